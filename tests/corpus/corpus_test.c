/* SPDX-License-Identifier: MIT */
/*
 * mins-corpus-test DIR: parse every meeting of a corpus made by
 * gen-corpus.py and compare every record with DIR/truth.jsonl: the
 * meeting's fields, the people, declarations, items, resolutions, actions
 * (number, items, owner, due, text) and the reviews of earlier actions.
 * A due date of "by the next meeting" is a fact of the series, not of one
 * file: here it must be unknown with its words kept; mins-actions resolves
 * it (its own test). Prints each difference and "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <mins.h>

static int shown = 0;
static const char *cur;

static void differ(const char *what, const char *want, const char *got) {
  if (shown++ < 40)
    fprintf(stderr, "%s: %s: want '%s', got '%s'\n", cur, what,
            want ? want : "(null)", got ? got : "(null)");
}

static int same(const char *a, const char *b) {
  if (!a || !b)
    return a == b;
  return strcmp(a, b) == 0;
}

static int field(const char *what, json_t *t, const char *key,
                 const char *got) {
  json_t *v = json_object_get(t, key);
  const char *want = json_is_string(v) ? json_string_value(v) : NULL;
  if (!same(want, got)) {
    differ(what, want, got);
    return 1;
  }
  return 0;
}

static int names(const char *what, json_t *arr, const mins_doc *d,
                 mins_list l) {
  size_t n = json_array_size(arr);
  int bad = 0;
  if (n != mins_doc_person_count(d, l)) {
    char w[32], g[32];
    snprintf(w, sizeof w, "%zu", n);
    snprintf(g, sizeof g, "%zu", mins_doc_person_count(d, l));
    differ(what, w, g);
    return 1;
  }
  for (size_t i = 0; i < n; i++)
    if (!same(json_string_value(json_array_get(arr, i)),
              mins_doc_person(d, l, i)->name)) {
      differ(what, json_string_value(json_array_get(arr, i)),
             mins_doc_person(d, l, i)->name);
      bad = 1;
    }
  return bad;
}

static int count(const char *what, size_t want, size_t got) {
  if (want == got)
    return 0;
  char w[32], g[32];
  snprintf(w, sizeof w, "%zu", want);
  snprintf(g, sizeof g, "%zu", got);
  differ(what, w, g);
  return 1;
}

static int check(json_t *t, const mins_doc *d) {
  int bad = 0;
  const mins_meeting *m = mins_doc_meeting(d);
  bad |= field("committee", t, "committee", m->committee.value);
  bad |= field("date", t, "date", m->date.value);
  bad |= field("time", t, "time", m->time.value);
  bad |= field("end_time", t, "end_time", m->end_time.value);
  bad |= field("location", t, "location", m->location.value);
  bad |= field("chair", t, "chair", m->chair.value);
  bad |= field("clerk", t, "clerk", m->clerk.value);
  bad |= names("present", json_object_get(t, "present"), d, MINS_PRESENT);
  bad |= names("in_attendance", json_object_get(t, "in_attendance"), d,
               MINS_IN_ATTENDANCE);
  bad |= names("apologies", json_object_get(t, "apologies"), d,
               MINS_APOLOGIES);
  json_t *decl = json_object_get(t, "declarations");
  if (!count("declarations", json_array_size(decl),
             mins_doc_declaration_count(d)))
    for (size_t i = 0; i < json_array_size(decl); i++)
      if (!same(json_string_value(json_array_get(decl, i)),
                mins_doc_declaration(d, i)->name)) {
        differ("declaration", json_string_value(json_array_get(decl, i)),
               mins_doc_declaration(d, i)->name);
        bad = 1;
      }
  json_t *items = json_object_get(t, "items");
  if (count("items", json_array_size(items), mins_doc_item_count(d)))
    bad = 1;
  else
    for (size_t i = 0; i < json_array_size(items); i++) {
      json_t *it = json_array_get(items, i);
      const mins_item *x = mins_doc_item(d, i);
      if (!same(json_string_value(json_array_get(it, 0)), x->number)) {
        differ("item number", json_string_value(json_array_get(it, 0)),
               x->number);
        bad = 1;
      }
      if (!same(json_string_value(json_array_get(it, 1)), x->title)) {
        differ("item title", json_string_value(json_array_get(it, 1)),
               x->title);
        bad = 1;
      }
    }
  json_t *res = json_object_get(t, "resolutions");
  if (count("resolutions", json_array_size(res),
            mins_doc_resolution_count(d)))
    bad = 1;
  else
    for (size_t i = 0; i < json_array_size(res); i++) {
      json_t *r = json_array_get(res, i);
      const mins_resolution *x = mins_doc_resolution(d, i);
      bad |= field("resolution item", r, "item", x->item);
      bad |= field("resolution text", r, "text", x->text);
      bad |= field("resolution outcome", r, "outcome",
                   mins_outcome_name(x->outcome));
      bad |= field("resolution conditions", r, "conditions", x->conditions);
    }
  json_t *acts = json_object_get(t, "actions");
  if (count("actions", json_array_size(acts), mins_doc_action_count(d)))
    bad = 1;
  else
    for (size_t i = 0; i < json_array_size(acts); i++) {
      json_t *a = json_array_get(acts, i);
      const mins_action *x = mins_doc_action(d, i);
      bad |= field("action number", a, "number", x->number);
      bad |= field("action owner", a, "owner", x->owner);
      json_t *ti = json_object_get(a, "text");
      /* the truth's text is the sentence; a front-matter-only action has
       * the same sentence */
      if (!same(json_string_value(ti), x->text)) {
        differ("action text", json_string_value(ti), x->text);
        bad = 1;
      }
      const char *due = json_string_value(json_object_get(a, "due"));
      if (x->due_text && strstr(x->due_text, "next meeting") && !x->due) {
        /* the series' next meeting: checked by mins-actions */
      } else if (!same(due, x->due)) {
        differ("action due", due, x->due);
        bad = 1;
      }
      json_t *its = json_object_get(a, "items");
      size_t ni = json_array_size(its);
      /* the items it is mentioned in, each once, in order */
      const char *seen[64];
      size_t ns = 0;
      seen[ns++] = x->item;
      for (size_t k = 0; k < x->mention_count && ns < 64; k++) {
        int dup = 0;
        for (size_t q = 0; q < ns; q++)
          dup |= same(seen[q], x->mentions[k].item);
        if (!dup)
          seen[ns++] = x->mentions[k].item;
      }
      if (count("action items", ni, ns)) {
        bad = 1;
      } else {
        if (!same(json_string_value(json_array_get(its, 0)), x->item)) {
          differ("action item", json_string_value(json_array_get(its, 0)),
                 x->item);
          bad = 1;
        }
        for (size_t q = 1; q < ns; q++)
          if (!same(json_string_value(json_array_get(its, q)), seen[q])) {
            differ("action mention item",
                   json_string_value(json_array_get(its, q)), seen[q]);
            bad = 1;
          }
      }
    }
  json_t *revs = json_object_get(t, "reviews");
  if (count("reviews", json_array_size(revs), mins_doc_review_count(d)))
    bad = 1;
  else
    for (size_t i = 0; i < json_array_size(revs); i++) {
      json_t *r = json_array_get(revs, i);
      const mins_review *x = mins_doc_review(d, i);
      bad |= field("review ref", r, "ref", x->ref);
      bad |= field("review status", r, "status", mins_status_name(x->status));
      bad |= field("review via", r, "via",
                   x->origin == MINS_FROM_FRONT_MATTER ? "front_matter"
                                                       : "prose");
    }
  return bad;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: mins-corpus-test DIR\n");
    return 2;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/truth.jsonl", argv[1]);
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    return 2;
  }
  mins_parser *p;
  if (mins_parser_new(&p, NULL))
    return 2;
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  int passed = 0, failed = 0;
  while ((len = getline(&line, &cap, f)) > 0) {
    json_error_t e;
    json_t *t = json_loadb(line, (size_t)len, 0, &e);
    if (!t) {
      fprintf(stderr, "truth.jsonl: %s\n", e.text);
      failed++;
      continue;
    }
    const char *rel = json_string_value(json_object_get(t, "path"));
    snprintf(path, sizeof path, "%s/%s", argv[1], rel);
    cur = rel;
    FILE *mf = fopen(path, "rb");
    if (!mf) {
      perror(path);
      failed++;
      json_decref(t);
      continue;
    }
    char *buf = NULL;
    size_t bl = 0;
    FILE *mem = open_memstream(&buf, &bl);
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, mf)) > 0)
      fwrite(chunk, 1, k, mem);
    fclose(mf);
    fclose(mem);
    mins_doc *d;
    if (mins_parser_parse(&d, p, rel, buf, bl) != 0) {
      fprintf(stderr, "%s: parse failed\n", rel);
      failed++;
    } else {
      if (check(t, d))
        failed++;
      else
        passed++;
      mins_doc_free(d);
    }
    free(buf);
    json_decref(t);
  }
  free(line);
  fclose(f);
  mins_parser_free(p);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
