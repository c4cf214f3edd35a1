/* SPDX-License-Identifier: MIT */
/*
 * The search stage: the pattern analysis behind the prefilter, markup
 * removal, the soundness of the prefilter on records whose text differs
 * from the raw text (emphasis, entities, inline HTML, escapes, links, YAML
 * escapes), and, over every example and fuzz-corpus file, that every word
 * of every record is found by a search whose prefilter passes the file.
 * Also: filters, inversion, match limits and the JSON of a hit.
 */
#include <dirent.h>
#include <stdlib.h>

#include <jansson.h>

#include "search.h"
#include "unit.h"

/* ---- helpers ----------------------------------------------------------- */

static mins_search *make(const char *pat, unsigned flags, unsigned types) {
  mins_search_options o = MINS_SEARCH_OPTIONS_INIT;
  o.flags = flags | unit_search_jit();
  o.types = types;
  mins_search *s = NULL;
  const char *p[] = {pat};
  assert_int_equal(mins_search_new(&s, p, 1, &o, NULL), 0);
  return s;
}

static int count_cb(const mins_hit *h, void *payload) {
  (void)h;
  (*(int *)payload)++;
  return 0;
}

static long hits(const mins_search *s, const mins_doc *d) {
  int n = 0;
  long rc = mins_search_doc(s, d, count_cb, &n, NULL);
  assert_true(rc >= 0);
  assert_int_equal(rc, n);
  return rc;
}

/* The atoms of a pattern as "a|b;c" (branches split by ';'), "" for none. */
static void atoms_are(const char *pat, unsigned flags, const char *want) {
  mins__branches b;
  int ci;
  int rc = mins__pattern_atoms(pat, flags, &b, &ci);
  char got[512] = "";
  if (rc == 1) {
    for (size_t i = 0; i < b.n; i++) {
      if (i)
        strcat(got, ";");
      for (size_t k = 0; k < b.v[i].n; k++) {
        if (k)
          strcat(got, "|");
        strcat(got, b.v[i].v[k]);
      }
    }
    mins__branches_free(&b);
  }
  if (strcmp(got, want) != 0)
    fail_msg("atoms of /%s/: want '%s', got '%s'", pat, want, got);
}

static void pattern_atoms(void **state) {
  (void)state;
  atoms_are("thames tideway", 0, "thames|tideway");
  atoms_are("^Resolved, that", 0, "Resolved|that");
  atoms_are("Heritage|Tideway", 0, "Heritage;Tideway");
  atoms_are("Heritage|.*", 0, ""); /* a branch needs nothing */
  atoms_are("colou?r", 0, "colo|r");
  atoms_are("ab*c", 0, "a|c");
  atoms_are("ab+c", 0, "ab|c");
  atoms_are("ab{2,}c", 0, "ab|c");
  atoms_are("ab{0,3}c", 0, "a|c");
  atoms_are("a{x}b", 0, "a|x|b"); /* a literal brace */
  atoms_are("(?:lic|LIC)ens", 0, "ens");
  atoms_are("(licen)(?:ce|se)", 0, "licen");
  atoms_are("(?i)tide\\.way", 0, "tide|way");
  atoms_are("a\\Qb.c\\E+d", 0, "ab|c|d");
  atoms_are("(?:noted)?", 0, "");
  atoms_are("\\bbid\\b", 0, "bid");
  atoms_are("[Tt]ideway", 0, "ideway");
  atoms_are("x(?=abc)y", 0, "x|y");
  atoms_are("(?x) a b", 0, "");     /* extended mode: not followed */
  atoms_are("a(*ACCEPT)bc", 0, ""); /* verbs end a match anywhere */
  atoms_are("(a)\\1(?1)", 0, "");   /* recursion */
  atoms_are("a.b|c", MINS_SEARCH_FIXED, "a|b|c");
  atoms_are("caf\xC3\xA9 au lait", 0, "caf\xC3\xA9|au|lait");
  atoms_are("Tom\xC2\xA0Sleigh", 0, "Tom|Sleigh"); /* NBSP is a space */
  mins__branches b;
  int ci = 0;
  assert_int_equal(mins__pattern_atoms("(?i)x", 0, &b, &ci), 1);
  assert_int_equal(ci, 1);
  mins__branches_free(&b);
}

static void unmarked_is(const char *in, const char *want) {
  size_t n;
  int unknown;
  char *t = mins__unmarked(in, strlen(in), &n, &unknown);
  assert_non_null(t);
  assert_int_equal(unknown, 0);
  if (strcmp(t, want) != 0)
    fail_msg("unmarked '%s': want '%s', got '%s'", in, want, t);
  free(t);
}

static void unmarked(void **state) {
  (void)state;
  unmarked_is("plain words only", "");
  unmarked_is("the Tide**way** bid", "Tideway ");
  unmarked_is("26<sup>th</sup> May", "26th ");
  unmarked_is("a <span class=\"x y\">Tide</span>way", "Tideway ");
  unmarked_is("Th&#97;mes &amp; Tide&#x77;ay", "Thames & Tideway ");
  unmarked_is("1\\. and \\*", "1. * ");
  unmarked_is("[Tide](http://x.org/a b)way", "Tideway ");
  unmarked_is("name: \"Tom \\x53leigh\"", "Sleigh\" ");
  unmarked_is("\"Tide\\\n   way\"", "\"Tideway\" ");
  size_t n;
  int unknown;
  char *t = mins__unmarked("Tide&zzunknown;way", 18, &n, &unknown);
  assert_int_equal(unknown, 1);
  free(t);
}

/* A document whose record text differs from the raw text: the record is
 * found, and the prefilter passes the file. */
static void sound_one(const char *text, const char *pat, unsigned flags,
                      unsigned types) {
  mins_doc *d = unit_parse(text);
  mins_search *s = make(pat, flags, types);
  if (hits(s, d) < 1)
    fail_msg("/%s/ finds no record in:\n%s", pat, text);
  if (!mins_search_prefilter(s, text, strlen(text)))
    fail_msg("the prefilter skips a file where /%s/ matches:\n%s", pat, text);
  mins_search_free(s);
  mins_doc_free(d);
}

static void prefilter_sound(void **state) {
  (void)state;
  const char *h = "## 4. Tideway consultation\n\n";
  char buf[1024];
#define DOC(body) (snprintf(buf, sizeof buf, "%s%s\n", h, body), buf)
  sound_one(DOC("Resolved, that the **Tha**mes Tide*way* bid be noted."),
            "Thames Tideway", 0, 0);
  sound_one(DOC("Resolved, that the Th&#97;mes Tide&#x77;ay be noted."),
            "thames tideway", MINS_SEARCH_CASELESS, 0);
  sound_one(DOC("Resolved, that the 26<sup>th</sup> report be noted."),
            "26th report", 0, 0);
  sound_one(DOC("Resolved, that the Thames\nTideway bid be noted."),
            "Thames Tideway bid", 0, 0);
  sound_one(DOC("Resolved, that [Thames](http://x.org) Tide`way` be noted."),
            "Thames Tideway", 0, 0);
  sound_one(DOC("Resolved, that Health &amp; Safety be noted."),
            "Health & Safety", MINS_SEARCH_FIXED, 0);
  sound_one(DOC("Resolved, that the Caf&eacute; licence be granted."), "Café",
            0, 0);
  sound_one(DOC("Resolved, that the CAFÉ licence be granted."), "café",
            MINS_SEARCH_CASELESS, 0);
  sound_one(DOC("Resolved, that item 1\\. be noted."), "item 1\\.", 0, 0);
  sound_one("---\nactions:\n  - number: 1\n    owner: \"Town Cl\\x65rk\"\n"
            "---\n\n## 1. Budget\n\nIt was agreed that this would be taken "
            "forward (1).\n",
            "Town Clerk", 0, MINS_RECORD_ACTION);
  sound_one("---\npresent:\n  - \"Tom Sl\\u0065igh (Chairman)\"\n---\n\n"
            "## 1. Budget\n\nText.\n",
            "Tom Sleigh", 0, MINS_RECORD_PERSON);
  /* the word the record text adds is no requirement on the file */
  sound_one(DOC("The Clerk agreed to circulate the report (1)."),
            "owner: Clerk", 0, MINS_RECORD_ACTION);
  /* and a file without the words is skipped */
  mins_search *s = make("Tideway bid", 0, 0);
  const char *other = "## 1. Budget\n\nResolved, that the **budget** be "
                      "noted at the 2<sup>nd</sup> reading.\n";
  assert_int_equal(mins_search_prefilter(s, other, strlen(other)), 0);
  mins_search_free(s);
  /* -v never skips */
  s = make("Tideway", MINS_SEARCH_INVERT, 0);
  assert_int_equal(mins_search_prefilter(s, other, strlen(other)), 1);
  mins_search_free(s);
#undef DOC
}

/* ---- every word of every record, in every example --------------------- */

static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  char *b = NULL;
  size_t cap = 0;
  *n = 0;
  for (;;) {
    if (*n + 4096 > cap) {
      cap = cap ? cap * 2 : 65536;
      b = realloc(b, cap + 1);
      assert_non_null(b);
    }
    size_t k = fread(b + *n, 1, cap - *n, f);
    if (!k)
      break;
    *n += k;
  }
  fclose(f);
  b[*n] = '\0';
  return b;
}

typedef struct words {
  char **v;
  size_t n;
} words;

static int collect(const mins_hit *h, void *payload) {
  words *w = payload;
  const char *t = h->text;
  size_t i = 0;
  while (i < h->text_len && w->n < 400) {
    while (i < h->text_len && !((unsigned char)t[i] >= 0x80 ||
                                ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z')))
      i++;
    size_t st = i;
    while (i < h->text_len && ((unsigned char)t[i] >= 0x80 ||
                               ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z') ||
                               (t[i] >= '0' && t[i] <= '9')))
      i++;
    if (i - st >= 3) {
      int dup = 0;
      for (size_t k = 0; k < w->n && !dup; k++)
        dup = strlen(w->v[k]) == i - st && !memcmp(w->v[k], t + st, i - st);
      if (!dup) {
        w->v = realloc(w->v, (w->n + 1) * sizeof(char *));
        w->v[w->n] = malloc(i - st + 1);
        memcpy(w->v[w->n], t + st, i - st);
        w->v[w->n][i - st] = '\0';
        w->n++;
      }
    }
  }
  return 0;
}

static void every_word_of(const char *path) {
  size_t n;
  char *buf = slurp(path, &n);
  if (!buf || memchr(buf, '\0', n)) {
    free(buf);
    return;
  }
  mins_doc *d = unit_parse(buf);
  mins_search *all = make("", 0, MINS_RECORD_ANY);
  words w = {0};
  assert_true(mins_search_doc(all, d, collect, &w, NULL) >= 0);
  mins_search_free(all);
  for (size_t i = 0; i < w.n; i++) {
    for (int ci = 0; ci < 2; ci++) {
      mins_search *s =
          make(w.v[i], MINS_SEARCH_FIXED | (ci ? MINS_SEARCH_CASELESS : 0),
               MINS_RECORD_ANY);
      if (hits(s, d) < 1)
        fail_msg("%s: '%s' finds nothing", path, w.v[i]);
      if (!mins_search_prefilter(s, buf, n))
        fail_msg("%s: the prefilter skips the file for '%s'", path, w.v[i]);
      mins_search_free(s);
    }
    free(w.v[i]);
  }
  free(w.v);
  mins_doc_free(d);
  free(buf);
}

static void every_word_in(const char *dir) {
  DIR *dd = opendir(dir);
  if (!dd)
    return;
  struct dirent *e;
  while ((e = readdir(dd)) != NULL) {
    size_t l = strlen(e->d_name);
    if (l < 4 || (strcmp(e->d_name + l - 3, ".md") != 0 &&
                  strcmp(e->d_name + l - 4, ".txt") != 0))
      continue;
    char path[2048];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    every_word_of(path);
  }
  closedir(dd);
}

static void prefilter_every_word(void **state) {
  (void)state;
  every_word_in(MINS_SOURCE_DIR "/examples");
  every_word_in(MINS_SOURCE_DIR "/examples/series");
  every_word_in(MINS_SOURCE_DIR "/examples/styles");
  every_word_in(MINS_SOURCE_DIR "/tests/fuzz/corpus");
  every_word_in(MINS_SOURCE_DIR "/../shared/corpus");
}

/* ---- records, filters, limits ------------------------------------------ */

static const char *meeting =
    "---\ncommittee: Licensing Committee\ndate: 2019-05-20\n"
    "present:\n  - \"Deputy Tom Sleigh (Chairman)\"\n"
    "actions:\n  - number: 1\n    owner: Town Clerk\n---\n\n"
    "## 4. Licensing Policy\n\nIt was agreed that this would be taken "
    "forward (1).\n\nResolved, that the Licensing Policy Statement be "
    "adopted.\n\n## 5. Budget\n\nResolved, that the\nbudget be noted.\n";

static long count_with(const char *pat, mins_search_options *o) {
  mins_doc *d = unit_parse(meeting);
  mins_search *s = NULL;
  const char *p[] = {pat};
  o->flags |= unit_search_jit();
  assert_int_equal(mins_search_new(&s, p, 1, o, NULL), 0);
  long n = hits(s, d);
  mins_search_free(s);
  mins_doc_free(d);
  return n;
}

static void records_and_filters(void **state) {
  (void)state;
  mins_search_options o = MINS_SEARCH_OPTIONS_INIT;
  o.flags |= unit_search_jit();
  assert_int_equal(count_with("Licensing", &o), 1);
  assert_int_equal(count_with("^Resolved, that the budget be noted\\.$", &o),
                   1); /* the line break is a space */
  o.types = MINS_RECORD_ANY;
  assert_int_equal(count_with("Licensing", &o), 2); /* item, resolution */
  assert_int_equal(count_with("^Deputy Tom Sleigh \\(Chairman\\)$", &o), 1);
  assert_int_equal(count_with("\\(owner: Town Clerk\\)$", &o), 1);
  o.flags = MINS_SEARCH_INVERT;
  o.types = 0;
  assert_int_equal(count_with("Licensing", &o), 1);
  o.flags = MINS_SEARCH_WORD;
  assert_int_equal(count_with("Licens", &o), 0);
  o.flags = MINS_SEARCH_CASELESS | MINS_SEARCH_WORD;
  assert_int_equal(count_with("licensing", &o), 1);
  o.flags = 0;
  o.committee = "licensing";
  assert_int_equal(count_with("noted", &o), 1);
  o.committee = "planning";
  assert_int_equal(count_with("noted", &o), 0);
  o.committee = NULL;
  o.since = "2019";
  o.until = "2019-05";
  assert_int_equal(count_with("noted", &o), 1);
  o.since = "2019-05-21";
  assert_int_equal(count_with("noted", &o), 0);
  o.since = NULL;
  o.until = "2019-05-19";
  assert_int_equal(count_with("noted", &o), 0);
  o.until = NULL;
  o.owner = "clerk";
  assert_int_equal(count_with("forward", &o), 1); /* types: actions */
  o.owner = "chairman";
  assert_int_equal(count_with("forward", &o), 0);
  /* bad dates and patterns are refused with a reason */
  mins_search *s = NULL;
  mins_search_error e;
  const char *bad[] = {"a(b"};
  assert_int_equal(mins_search_new(&s, bad, 1, NULL, &e), MINS_EPATTERN);
  assert_null(s);
  assert_int_equal(e.offset, 3);
  assert_true(strlen(e.message) > 0);
  mins_search_options b = MINS_SEARCH_OPTIONS_INIT;
  b.flags |= unit_search_jit();
  b.since = "2019-13";
  const char *ok[] = {"x"};
  assert_int_equal(mins_search_new(&s, ok, 1, &b, &e), MINS_EINVAL);
  b.since = "19-01-01";
  assert_int_equal(mins_search_new(&s, ok, 1, &b, &e), MINS_EINVAL);
  assert_int_equal(mins_record_type_parse("action"), MINS_RECORD_ACTION);
  assert_int_equal(mins_record_type_parse("any"), MINS_RECORD_ANY);
  assert_int_equal(mins_record_type_parse("motion"), 0);
}

static int span_cb(const mins_hit *h, void *payload) {
  char *out = payload;
  for (size_t i = 0; i < h->span_count; i++) {
    strncat(out, h->text + h->spans[i].start,
            h->spans[i].end - h->spans[i].start);
    strcat(out, "|");
  }
  return 0;
}

static void spans_and_patterns(void **state) {
  (void)state;
  mins_doc *d = unit_parse(meeting);
  const char *p[] = {"Licens\\w+", "Policy", "icy S"};
  mins_search *s = NULL;
  mins_search_options so = MINS_SEARCH_OPTIONS_INIT;
  so.flags |= unit_search_jit();
  assert_int_equal(mins_search_new(&s, p, 3, &so, NULL), 0);
  char out[256] = "";
  assert_int_equal(mins_search_doc(s, d, span_cb, out, NULL), 1);
  /* matches of several patterns merge where they overlap */
  assert_string_equal(out, "Licensing|Policy S|");
  mins_search_free(s);
  mins_doc_free(d);
}

static void match_limit(void **state) {
  (void)state;
  mins_doc *d = unit_parse(meeting);
  /* nested quantifiers over a text with no digit: exponential without
   * a limit */
  mins_search *s = make("^(.+)*\\d", 0, MINS_RECORD_RESOLUTION);
  unsigned line = 0;
  assert_int_equal(mins_search_doc(s, d, NULL, NULL, &line), MINS_ELIMIT);
  assert_true(line > 0);
  assert_non_null(strstr(mins_error_string(MINS_ELIMIT), "limit"));
  mins_search_free(s);
  mins_doc_free(d);
}

typedef struct jctx {
  const mins_doc *d;
  char *out;
  size_t len;
} jctx;

static int jwrite(const char *data, size_t len, void *payload) {
  jctx *j = payload;
  j->out = realloc(j->out, j->len + len + 1);
  memcpy(j->out + j->len, data, len);
  j->len += len;
  j->out[j->len] = '\0';
  return 0;
}

static int jhit(const mins_hit *h, void *payload) {
  jctx *j = payload;
  assert_int_equal(mins_hit_write_json(j->d, h, jwrite, j), 0);
  return 1;
}

static void hit_json(void **state) {
  (void)state;
  mins_doc *d = unit_parse(meeting);
  mins_search *s = make("Statement", 0, 0);
  jctx j = {d, NULL, 0};
  assert_int_equal(mins_search_doc(s, d, jhit, &j, NULL), 1);
  json_error_t e;
  json_t *o = json_loads(j.out, 0, &e);
  assert_non_null(o);
  assert_string_equal(json_string_value(json_object_get(o, "type")),
                      "resolution");
  assert_string_equal(
      json_string_value(json_object_get(json_object_get(o, "meeting"), "date")),
      "2019-05-20");
  assert_string_equal(
      json_string_value(json_object_get(json_object_get(o, "item"), "number")),
      "4");
  assert_string_equal(
      json_string_value(json_array_get(json_object_get(o, "matches"), 0)),
      "Statement");
  json_t *r = json_object_get(o, "record");
  assert_string_equal(json_string_value(json_object_get(r, "outcome")),
                      "approved");
  assert_int_equal(json_integer_value(json_object_get(o, "line")), 15);
  json_decref(o);
  free(j.out);
  mins_search_free(s);
  mins_doc_free(d);
}

int suite_grep(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(pattern_atoms),
      cmocka_unit_test(unmarked),
      cmocka_unit_test(prefilter_sound),
      cmocka_unit_test(prefilter_every_word),
      cmocka_unit_test(records_and_filters),
      cmocka_unit_test(spans_and_patterns),
      cmocka_unit_test(match_limit),
      cmocka_unit_test(hit_json),
  };
  return cmocka_run_group_tests_name("grep", tests, NULL, NULL);
}
