/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics for programs: one JSON object per line (the objects of the
 * mins/1 "diagnostics" array), or a SARIF 2.1.0 log, the format CI systems
 * read to annotate a change. A SARIF log is written in three parts (the
 * run's head with the rule table, results, the tail) so that a program can
 * stream results file by file. SARIF columns count code points; the
 * library's count bytes, so they are converted where the source is known.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

/* A JSON string, or null for NULL. Text that is not UTF-8 (file names
 * need not be) has its bad bytes replaced by U+FFFD rather than the value
 * lost. Shared by the writers built on jansson. */
json_t *mins__jansson_str(const char *s) {
  if (!s)
    return json_null();
  json_t *j = json_string(s);
  if (j)
    return j;
  mins__arena a = {0};
  size_t len, nbad, first;
  char *ok = mins__utf8_repair(&a, s, strlen(s), &len, &nbad, &first);
  j = ok ? json_stringn(ok, len) : NULL;
  mins__arena_free(&a);
  return j ? j : json_null();
}

static int dump(json_t *j, mins_write_fn write, void *payload) {
  if (!j)
    return MINS_ENOMEM;
  char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(j);
  if (!s)
    return MINS_ENOMEM;
  int rc = write(s, strlen(s), payload) || write("\n", 1, payload) ? MINS_EIO
                                                                   : MINS_OK;
  free(s);
  return rc;
}

/* A path as a URI reference: unreserved bytes and '/' kept, the rest
 * percent-encoded. */
static char *uri(const char *path) {
  size_t n = strlen(path);
  char *o = malloc(n * 3 + 1);
  if (!o)
    return NULL;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)path[i];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        (c >= '0' && c <= '9') || strchr("-._~/", c)) {
      o[k++] = (char)c;
    } else {
      snprintf(o + k, 4, "%%%02X", c);
      k += 3;
    }
  }
  o[k] = '\0';
  return o;
}

/* The column in code points of a byte column on a line of d. */
static unsigned code_points(const mins_doc *d, unsigned line, unsigned col) {
  if (!d || !line || line > d->nlines || col < 2)
    return col;
  size_t s = d->line_off[line - 1], e = s + col - 1;
  unsigned cp = 1;
  for (size_t i = s; i < e && i < d->len; i++)
    if (((unsigned char)d->src[i] & 0xC0) != 0x80)
      cp++;
  return cp;
}

static json_t *sarif_result(const mins_diag *g, const char *file,
                            const mins_doc *d) {
  json_t *r = json_object();
  json_t *msg = json_object();
  json_t *loc = json_object(), *phys = json_object(), *art = json_object();
  json_t *locs = json_array();
  char *u = uri(file ? file : "");
  if (!r || !msg || !loc || !phys || !art || !locs || !u) {
    json_decref(r);
    json_decref(msg);
    json_decref(loc);
    json_decref(phys);
    json_decref(art);
    json_decref(locs);
    free(u);
    return NULL;
  }
  json_object_set_new(r, "ruleId", mins__jansson_str(g->rule));
  int idx = mins__rule_index(g->rule);
  if (idx >= 0)
    json_object_set_new(r, "ruleIndex", json_integer(idx));
  json_object_set_new(r, "level", json_string(mins_severity_name(g->severity)));
  if (g->hint) {
    size_t n = strlen(g->message) + strlen(g->hint) + 4;
    char *t = malloc(n);
    if (t) {
      snprintf(t, n, "%s (%s)", g->message, g->hint);
      json_object_set_new(msg, "text", mins__jansson_str(t));
      free(t);
    }
  } else {
    json_object_set_new(msg, "text", mins__jansson_str(g->message));
  }
  json_object_set_new(r, "message", msg);
  json_object_set_new(art, "uri", json_string(u));
  free(u);
  json_object_set_new(phys, "artifactLocation", art);
  if (g->line) {
    json_t *region = json_object();
    json_object_set_new(region, "startLine", json_integer(g->line));
    if (g->column)
      json_object_set_new(region, "startColumn",
                          json_integer(code_points(d, g->line, g->column)));
    json_object_set_new(phys, "region", region);
  }
  json_object_set_new(loc, "physicalLocation", phys);
  json_array_append_new(locs, loc);
  json_object_set_new(r, "locations", locs);
  return r;
}

int mins_diag_write_json(const mins_diag *g, const char *file,
                         const mins_doc *d, unsigned flags, mins_write_fn write,
                         void *payload) {
  if (!g || !write)
    return MINS_EINVAL;
  if (flags & MINS_DIAGS_SARIF)
    return dump(sarif_result(g, file, d), write, payload);
  return mins__diag_write_json(file, g, write, payload);
}

int mins_sarif_begin(const char *tool, mins_write_fn write, void *payload) {
  if (!write)
    return MINS_EINVAL;
  json_t *rules = json_array();
  for (size_t i = 0; rules && i < mins_rule_count(); i++) {
    const mins_rule_info *ri = mins_rule_at(i);
    json_t *r = json_pack(
        "{s:s, s:{s:s}, s:{s:s}, s:{s:s}}", "id", ri->id, "shortDescription",
        "text", ri->summary, "defaultConfiguration", "level",
        mins_severity_name(ri->severity), "properties", "family", ri->family);
    json_array_append_new(rules, r);
  }
  json_t *log = json_pack(
      "{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:s, s:[]}]}", "version", "2.1.0",
      "$schema", "https://json.schemastore.org/sarif-2.1.0.json", "runs",
      "tool", "driver", "name", tool ? tool : "mins", "version",
      mins_version_string(), "rules", rules, "columnKind", "unicodeCodePoints",
      "results");
  if (!log)
    return MINS_ENOMEM;
  char *s = json_dumps(log, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(log);
  if (!s)
    return MINS_ENOMEM;
  /* everything up to the opening of the (empty, last) results array */
  size_t n = strlen(s);
  int rc = MINS_OK;
  if (n < 5 || strcmp(s + n - 5, "[]}]}") != 0)
    rc = MINS_EINVAL;
  else if (write(s, n - 4, payload) || write("\n", 1, payload))
    rc = MINS_EIO;
  free(s);
  return rc;
}

int mins_sarif_end(mins_write_fn write, void *payload) {
  if (!write)
    return MINS_EINVAL;
  return write("]}]}\n", 5, payload) ? MINS_EIO : MINS_OK;
}
