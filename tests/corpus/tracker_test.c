/* SPDX-License-Identifier: MIT */
/*
 * mins-tracker-test DIR: track every meeting of a corpus made by
 * gen-corpus.py and compare each action with DIR/truth.jsonl. The truth
 * gives each meeting's actions (number, owner, due: "by the next meeting"
 * already the next meeting's date there) and its reviews of earlier
 * actions (ref, status, via); from these this test derives what a tracker
 * must say: an action's status is that of its latest review, or open, and
 * its history holds each review with the reviewing meeting's date, status
 * and origin. Also: no action more or fewer than the truth's, and no
 * tracker diagnostic. Prints each difference and "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <mins.h>

static int shown = 0;

static void differ(const char *id, const char *what, const char *want,
                   const char *got) {
  if (shown++ < 40)
    fprintf(stderr, "%s: %s: want '%s', got '%s'\n", id, what,
            want ? want : "(null)", got ? got : "(null)");
}

static int same(const char *a, const char *b) {
  return (!a || !b) ? a == b : strcmp(a, b) == 0;
}

/* gen-corpus.py's slug: lowercase, runs of other characters one '-'. */
static void slug(const char *s, char *out, size_t cap) {
  size_t k = 0;
  int dash = 0;
  for (; *s && k + 2 < cap; s++) {
    char c = *s;
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && k)
        out[k++] = '-';
      out[k++] = c;
      dash = 0;
    } else {
      dash = 1;
    }
  }
  out[k] = '\0';
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *buf = NULL;
  size_t cap = 0, n = 0, k;
  do {
    if (n + 65536 > cap) {
      cap = (n + 65536) * 2;
      char *nb = realloc(buf, cap);
      if (!nb)
        break;
      buf = nb;
    }
    k = fread(buf + n, 1, cap - n, f);
    n += k;
  } while (k > 0);
  fclose(f);
  *len = n;
  return buf;
}

static const mins_tracked *find(const mins_tracker *t, const char *id) {
  for (size_t i = 0; i < mins_tracker_action_count(t); i++)
    if (strcmp(mins_tracker_action(t, i)->id, id) == 0)
      return mins_tracker_action(t, i);
  return NULL;
}

/* Does a's history hold a review at date with this status and origin? */
static int reviewed(const mins_tracked *a, const char *date, const char *status,
                    const char *via) {
  for (size_t i = 0; i < a->event_count; i++) {
    const mins_event *e = &a->events[i];
    if (e->kind == MINS_EVENT_REVIEWED && same(e->date, date) &&
        same(mins_status_name(e->status), status) &&
        same(e->origin == MINS_FROM_FRONT_MATTER ? "front_matter" : "prose",
             via))
      return 1;
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: mins-tracker-test DIR\n");
    return 2;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/truth.jsonl", argv[1]);
  size_t tl;
  char *text = slurp(path, &tl);
  json_t *truth = json_array();
  mins_parser *p;
  mins_tracker *t;
  if (!text || mins_parser_new(&p, NULL) || mins_tracker_new(&t, NULL)) {
    perror(path);
    return 2;
  }
  /* read every meeting into the tracker, freeing each at once */
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
    json_error_t e;
    json_t *m = json_loads(line, 0, &e);
    if (!m) {
      fprintf(stderr, "truth.jsonl: %s\n", e.text);
      return 2;
    }
    json_array_append_new(truth, m);
    const char *rel = json_string_value(json_object_get(m, "path"));
    snprintf(path, sizeof path, "%s/%s", argv[1], rel);
    size_t len;
    char *buf = slurp(path, &len);
    mins_doc *d;
    if (!buf || mins_parser_parse(&d, p, rel, buf, len) != 0) {
      fprintf(stderr, "%s: cannot read\n", rel);
      return 2;
    }
    free(buf);
    if (mins_tracker_add(t, d) != 0)
      return 2;
    mins_doc_free(d);
  }
  free(text);
  if (mins_tracker_finish(t) != 0)
    return 2;
  int passed = 0, failed = 0;
  size_t want_count = 0;
  char id[512], s[256];
  /* every action of the truth: owner, due, status from its reviews */
  for (size_t i = 0; i < json_array_size(truth); i++) {
    json_t *m = json_array_get(truth, i);
    const char *date = json_string_value(json_object_get(m, "date"));
    slug(json_string_value(json_object_get(m, "committee")), s, sizeof s);
    json_t *acts = json_object_get(m, "actions");
    for (size_t k = 0; k < json_array_size(acts); k++) {
      json_t *a = json_array_get(acts, k);
      want_count++;
      snprintf(id, sizeof id, "%s/%s#%s", s, date,
               json_string_value(json_object_get(a, "number")));
      const mins_tracked *x = find(t, id);
      if (!x) {
        differ(id, "action", id, NULL);
        failed++;
        continue;
      }
      /* the latest review in the truth gives the status */
      const char *status = "open";
      char ref[64];
      snprintf(ref, sizeof ref, "%s#%s", date,
               json_string_value(json_object_get(a, "number")));
      int bad = 0;
      for (size_t q = i + 1; q < json_array_size(truth); q++) {
        json_t *later = json_array_get(truth, q);
        if (!json_equal(json_object_get(later, "committee"),
                        json_object_get(m, "committee")))
          continue;
        json_t *revs = json_object_get(later, "reviews");
        for (size_t r = 0; r < json_array_size(revs); r++) {
          json_t *rv = json_array_get(revs, r);
          if (!same(json_string_value(json_object_get(rv, "ref")), ref))
            continue;
          const char *st = json_string_value(json_object_get(rv, "status"));
          const char *via = json_string_value(json_object_get(rv, "via"));
          const char *ld = json_string_value(json_object_get(later, "date"));
          status = st;
          if (!reviewed(x, ld, st, via)) {
            differ(id, "history", ld, "no such review");
            bad = 1;
          }
        }
      }
      const char *owner = json_string_value(json_object_get(a, "owner"));
      const char *due = json_string_value(json_object_get(a, "due"));
      if (!same(owner, x->owner)) {
        differ(id, "owner", owner, x->owner);
        bad = 1;
      }
      if (!same(due, x->due)) {
        differ(id, "due", due, x->due);
        bad = 1;
      }
      if (!same(status, mins_status_name(x->status))) {
        differ(id, "status", status, mins_status_name(x->status));
        bad = 1;
      }
      if (bad)
        failed++;
      else
        passed++;
    }
  }
  if (want_count != mins_tracker_action_count(t)) {
    fprintf(stderr, "actions: want %zu, got %zu\n", want_count,
            mins_tracker_action_count(t));
    failed++;
  }
  for (size_t i = 0; i < mins_tracker_diag_count(t); i++) {
    const char *file;
    const mins_diag *g = mins_tracker_diag(t, i, &file);
    fprintf(stderr, "%s:%u: %s [%s]\n", file ? file : "-", g->line, g->message,
            g->rule);
    failed++;
  }
  json_decref(truth);
  mins_tracker_free(t);
  mins_parser_free(p);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
