/* SPDX-License-Identifier: MIT */
/*
 * The table of every diagnostic the library can report, with its stable id,
 * default severity and family, and the helpers that add a diagnostic to a
 * list. mins(5) documents each row; a test keeps the two in step.
 */
#include <stdarg.h>
#include <string.h>

#include "internal.h"

static const mins_rule_info rules[] = {
    /* input: reported by every parse */
    {"input-binary", MINS_ERROR, "input",
     "the file has a NUL byte: not text, not read", 0},
    {"input-too-big", MINS_ERROR, "input",
     "the file is larger than the parser accepts", 0},
    {"input-empty", MINS_ERROR, "input", "the file is empty", 0},
    {"input-utf8", MINS_ERROR, "input",
     "invalid UTF-8, replaced by U+FFFD", 0},
    {"input-too-deep", MINS_ERROR, "input",
     "Markdown nesting deeper than the parser follows", 0},
    {"pattern-bad", MINS_ERROR, "input",
     "a pattern file line that cannot be used", 0},
    {"pattern-limit", MINS_WARNING, "input",
     "a pattern hit its match limit on a paragraph", 0},
    /* front matter: reported by every parse */
    {"fm-unclosed", MINS_ERROR, "front-matter",
     "front matter opened with --- and never closed", 0},
    {"fm-yaml", MINS_ERROR, "front-matter", "front matter is not valid YAML",
     0},
    {"fm-not-mapping", MINS_ERROR, "front-matter",
     "front matter is not a mapping of keys", 0},
    {"fm-alias", MINS_ERROR, "front-matter",
     "YAML anchors and aliases are not read", 0},
    {"fm-too-deep", MINS_ERROR, "front-matter",
     "front matter nested deeper than the parser follows", 0},
    {"fm-type", MINS_ERROR, "front-matter",
     "a front matter value has the wrong type", 0},
    {"fm-bad-date", MINS_ERROR, "front-matter", "a date that does not parse",
     0},
    {"fm-bad-time", MINS_ERROR, "front-matter", "a time that does not parse",
     0},
    {"fm-bad-status", MINS_ERROR, "front-matter",
     "an action status other than done, ongoing or dropped", 0},
    {"fm-duplicate-key", MINS_WARNING, "front-matter",
     "a key given twice; the last one is used", 0},
    /* actions: reported by every parse, as the text is read */
    {"action-scar", MINS_WARNING, "actions",
     "an action marker mangled by a PDF conversion ($\\frac{6}{6}$)", 0},
};

size_t mins_rule_count(void) {
  return sizeof(rules) / sizeof(rules[0]);
}

const mins_rule_info *mins_rule_at(size_t i) {
  return i < mins_rule_count() ? &rules[i] : NULL;
}

const mins_rule_info *mins_rule_find(const char *id) {
  if (!id)
    return NULL;
  for (size_t i = 0; i < mins_rule_count(); i++)
    if (strcmp(rules[i].id, id) == 0)
      return &rules[i];
  return NULL;
}

const char *mins_severity_name(mins_severity s) {
  switch (s) {
  case MINS_NOTE:
    return "note";
  case MINS_WARNING:
    return "warning";
  case MINS_ERROR:
    return "error";
  }
  return "error";
}

void mins__vdiag(mins__arena *a, mins__diags *d, const char *rule,
                 unsigned line, unsigned col, const char *hint,
                 const char *fmt, va_list ap) {
  mins_diag *g = VEC_PUSH(a, &d->v, mins_diag);
  if (!g)
    return;
  const mins_rule_info *r = mins_rule_find(rule);
  g->rule = r ? r->id : mins__strdup(a, rule);
  g->severity = r ? r->severity : MINS_ERROR;
  g->line = line;
  g->column = col;
  g->hint = hint ? mins__strdup(a, hint) : NULL;
  g->message = mins__vprintf(a, fmt, ap);
  if (!g->message)
    g->message = "";
}

void mins__diag(mins__arena *a, mins__diags *d, const char *rule,
                unsigned line, unsigned col, const char *hint,
                const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  mins__vdiag(a, d, rule, line, col, hint, fmt, ap);
  va_end(ap);
}
