/* SPDX-License-Identifier: MIT */
/* Robustness of the parse path: bad input fails or is reported with its
 * position, never crashes; positions stay exact on long lines; limits
 * (size, nesting) are kept; a parser reused for many documents carries
 * nothing from one to the next. Large and hostile inputs are in the golden
 * cases huge-* and hostile-*; how work scales is in tests/bench. */
#include <stdlib.h>

#include "unit.h"

static mins_parser *parser_with(size_t max_bytes, unsigned max_depth) {
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  o.max_bytes = max_bytes;
  o.max_depth = max_depth;
  o.flags |= unit_parse_jit();
  mins_parser *p = NULL;
  assert_int_equal(mins_parser_new(&p, &o), MINS_OK);
  return p;
}

static size_t count_rule(const mins_doc *d, const char *rule) {
  size_t n = 0;
  for (size_t i = 0; i < mins_doc_diag_count(d); i++)
    if (strcmp(mins_doc_diag(d, i)->rule, rule) == 0)
      n++;
  return n;
}

static int cmp_unsigned(const void *a, const void *b) {
  unsigned x = *(const unsigned *)a, y = *(const unsigned *)b;
  return x < y ? -1 : x > y;
}

/* A line of 3,600 bytes with 300 action markers and a backslash escape in
 * every sentence: every record's column is where its "(" stands in the
 * file, also past the checkpoints body.c leaves every 256 bytes. */
static void columns_on_a_long_line(void **state) {
  (void)state;
  static const char head[] = "# 1. Report\n\n";
  char *text = malloc(8192);
  assert_non_null(text);
  size_t n = strlen(head);
  memcpy(text, head, n);
  for (int k = 0; k < 300; k++)
    n += (size_t)sprintf(text + n, "Do \\*it (%d). ", k % 9 + 1);
  text[n++] = '\n';
  text[n] = '\0';
  unsigned want[300], got[300];
  size_t nw = 0, ng = 0;
  const char *line = text + strlen(head);
  for (const char *s = line; (s = strchr(s, '(')) != NULL; s++)
    want[nw++] = (unsigned)(s - line) + 1;
  mins_doc *d = unit_parse(text);
  for (size_t i = 0; i < mins_doc_action_count(d); i++) {
    const mins_action *a = mins_doc_action(d, i);
    assert_int_equal(a->line, 3);
    got[ng++] = a->column;
    for (size_t k = 0; k < a->mention_count; k++) {
      assert_int_equal(a->mentions[k].line, 3);
      assert_true(ng < 300);
      got[ng++] = a->mentions[k].column;
    }
  }
  assert_int_equal(mins_doc_action_count(d), 9);
  assert_int_equal(ng, nw);
  qsort(got, ng, sizeof got[0], cmp_unsigned);
  for (size_t i = 0; i < nw; i++)
    assert_int_equal(got[i], want[i]);
  mins_doc_free(d);
  free(text);
}

/* Each repeat of a key counts the earlier ones, in the order written, with
 * ASCII case ignored: Date, date, DATE give 0, 1 and 2 diagnostics. */
static void duplicate_keys(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\nDate: 2024-01-01\ntitle: A\n"
                           "date: 2024-01-02\nDATE: 2024-01-03\n---\n# 1. A\n");
  assert_int_equal(count_rule(d, "fm-duplicate-key"), 3);
  unsigned lines[3];
  size_t k = 0;
  for (size_t i = 0; i < mins_doc_diag_count(d); i++)
    if (strcmp(mins_doc_diag(d, i)->rule, "fm-duplicate-key") == 0)
      lines[k++] = mins_doc_diag(d, i)->line;
  assert_int_equal(lines[0], 4);
  assert_int_equal(lines[1], 5);
  assert_int_equal(lines[2], 5);
  assert_string_equal(mins_doc_meeting(d)->date.value, "2024-01-03");
  mins_doc_free(d);
}

/* A billion-laughs front matter: one diagnostic for the anchors and one for
 * the aliases, each at the first, with the count; the keys that are plain
 * are still read. */
static void alias_bomb(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\ncommittee: Laughs\n"
                           "a: &a [lol, lol, lol]\n"
                           "b: &b [*a, *a, *a]\n"
                           "c: [*b, *b, *b]\n---\n# 1. A\n");
  assert_int_equal(count_rule(d, "fm-alias"), 2);
  const mins_diag *g = unit_diag(d, "fm-alias");
  assert_int_equal(g->line, 3);
  assert_int_equal(g->column, 4);
  assert_non_null(strstr(g->message, "anchors"));
  assert_non_null(strstr(g->message, "(2 in all)"));
  for (size_t i = 0; i < mins_doc_diag_count(d); i++) {
    g = mins_doc_diag(d, i);
    if (strcmp(g->rule, "fm-alias") == 0 && strstr(g->message, "aliases")) {
      assert_int_equal(g->line, 4);
      assert_int_equal(g->column, 8);
      assert_non_null(strstr(g->message, "(6 in all)"));
    }
  }
  assert_string_equal(mins_doc_meeting(d)->committee.value, "Laughs");
  mins_doc_free(d);
}

/* Nesting past max_depth is reported once, where it is first passed; up to
 * the limit it is not. */
static void nesting_limit(void **state) {
  (void)state;
  mins_parser *p = parser_with(0, 5);
  mins_doc *d = NULL;
  const char *ok = "# 1. A\n\n> > > - - text\n";
  assert_int_equal(mins_parser_parse(&d, p, "ok", ok, strlen(ok)), MINS_OK);
  assert_int_equal(count_rule(d, "input-too-deep"), 0);
  mins_doc_free(d);
  const char *deep =
      "# 1. A\n\nfine\n\n> > > - - - - - text\n\n> > > > > > x\n";
  assert_int_equal(mins_parser_parse(&d, p, "deep", deep, strlen(deep)),
                   MINS_OK);
  assert_int_equal(count_rule(d, "input-too-deep"), 1);
  const mins_diag *g = unit_diag(d, "input-too-deep");
  assert_int_equal(g->line, 5);
  assert_int_equal(g->column, 11); /* the sixth level: the third "-" */
  assert_int_equal(g->severity, MINS_ERROR);
  mins_doc_free(d);
  mins_parser_free(p);
  /* the default is 64 */
  char *quotes = malloc(20000);
  assert_non_null(quotes);
  memset(quotes, '>', 10000);
  strcpy(quotes + 10000, " text\n");
  d = unit_parse(quotes);
  g = unit_diag(d, "input-too-deep");
  assert_non_null(g);
  assert_int_equal(g->line, 1);
  assert_int_equal(g->column, 65);
  assert_int_equal(count_rule(d, "input-too-deep"), 1);
  mins_doc_free(d);
  free(quotes);
}

/* Input the parser refuses: a NUL byte (with its position) and a size over
 * max_bytes; the call fails and the parser's list says why. */
static void refused(void **state) {
  (void)state;
  mins_parser *p = parser_with(64, 0);
  mins_doc *d = (mins_doc *)p; /* must be set to NULL */
  static const char bin[] = "# 1. A\n\nab\0cd\n";
  assert_int_equal(mins_parser_parse(&d, p, "bin", bin, sizeof bin - 1),
                   MINS_EINPUT);
  assert_null(d);
  assert_int_equal(mins_parser_diag_count(p), 1);
  assert_string_equal(mins_parser_diag(p, 0)->rule, "input-binary");
  assert_int_equal(mins_parser_diag(p, 0)->line, 3);
  assert_int_equal(mins_parser_diag(p, 0)->column, 3);
  char big[65];
  memset(big, 'a', sizeof big);
  assert_int_equal(mins_parser_parse(&d, p, "big", big, sizeof big),
                   MINS_ETOOBIG);
  assert_null(d);
  assert_string_equal(mins_parser_diag(p, 0)->rule, "input-too-big");
  /* exactly the limit is read */
  assert_int_equal(mins_parser_parse(&d, p, "big", big, 64), MINS_OK);
  assert_non_null(d);
  mins_doc_free(d);
  mins_parser_free(p);
}

/* Bad but readable text: reported with its position, and the rest read. */
static void read_anyway(void **state) {
  (void)state;
  mins_doc *d = unit_parse("# 1. Caf\xE9\n\n# 2. Next \xFF\xFE\n\n"
                           "Resolved, that it be noted.\n");
  const mins_diag *g = unit_diag(d, "input-utf8");
  assert_non_null(g);
  assert_int_equal(g->line, 1);
  assert_int_equal(g->column, 9);
  assert_non_null(strstr(g->message, "3 bytes"));
  assert_int_equal(mins_doc_item_count(d), 2);
  assert_string_equal(mins_doc_item(d, 0)->title, "Caf\xEF\xBF\xBD");
  assert_int_equal(mins_doc_resolution_count(d), 1);
  mins_doc_free(d);

  d = unit_parse("---\ncommittee: Open\n\n# 1. A\n\nResolved, that it be "
                 "noted.\n");
  g = unit_diag(d, "fm-unclosed");
  assert_non_null(g);
  assert_int_equal(g->line, 1);
  assert_int_equal(mins_doc_item_count(d), 1);
  assert_int_equal(mins_doc_item(d, 0)->line, 4);
  assert_int_equal(mins_doc_resolution_count(d), 1);
  mins_doc_free(d);

  d = unit_parse("---\ncommittee: [a, b\ndate: 2024-01-01\n---\n# 1. A\n");
  g = unit_diag(d, "fm-yaml");
  assert_non_null(g);
  assert_true(g->line >= 2 && g->line <= 4);
  assert_int_equal(mins_doc_item_count(d), 1);
  assert_int_equal(mins_doc_item(d, 0)->line, 5);
  mins_doc_free(d);

  d = unit_parse("");
  assert_non_null(unit_diag(d, "input-empty"));
  assert_int_equal(mins_doc_item_count(d), 0);
  mins_doc_free(d);
}

/* A bold paragraph about a page is a running header only when it is
 * repeated; otherwise what it says is read. */
static void repeated_banner(void **state) {
  (void)state;
  mins_doc *d = unit_parse("# 1. A\n\n**Resolved, that the page be noted**\n\n"
                           "# 2. B\n\n**Resolved, that the page be noted**\n");
  assert_int_equal(mins_doc_resolution_count(d), 0);
  mins_doc_free(d);
  d = unit_parse("# 1. A\n\n**Resolved, that the page be noted**\n\n"
                 "# 2. B\n\n**Resolved, that the other page be noted**\n");
  assert_int_equal(mins_doc_resolution_count(d), 2);
  mins_doc_free(d);
}

static int to_buf(const char *data, size_t len, void *payload) {
  mins__buf *b = payload;
  mins__buf_add(b, data, len);
  return b->failed;
}

static char *json_of(mins_parser *p, const char *text) {
  mins_doc *d = NULL;
  assert_int_equal(mins_parser_parse(&d, p, "x", text, strlen(text)), MINS_OK);
  mins__buf b = {NULL, 0, 0, 0};
  assert_int_equal(mins_doc_write_json(d, 0, to_buf, &b), MINS_OK);
  mins_doc_free(d);
  return b.s;
}

/* One parser for many documents, as the programs use it: a document parsed
 * after others gives the same JSON as with a fresh parser, also after a
 * refused input. */
static void parser_reuse(void **state) {
  (void)state;
  static const char a[] =
      "---\ncommittee: A\ndate: 2024-01-01\nactions:\n  - number: 1\n"
      "    owner: Clerk\n---\n# 1. Report\n\nThe Clerk agreed to write (1).\n"
      "\nResolved, that it be noted.\n";
  static const char b[] = "## Present\n\n- Cllr X\n\n# 1. B\n\nAgreed: no.\n";
  mins_parser *fresh = parser_with(0, 0), *used = parser_with(0, 0);
  char *want = json_of(fresh, a);
  free(json_of(used, b));
  mins_doc *d = NULL;
  assert_int_equal(mins_parser_parse(&d, used, "bin", "a\0b", 3), MINS_EINPUT);
  free(json_of(used, "---\n: [\n---\n"));
  char *got = json_of(used, a);
  assert_string_equal(got, want);
  free(got);
  free(want);
  mins_parser_free(fresh);
  mins_parser_free(used);
}

/* A run of spaces (PDF conversions align with them) before action
 * markers: every marker is read and no pattern gives up. */
static void spaces_before_markers(void **state) {
  (void)state;
  static const char head[] = "# 1. Report\n\nThe Clerk agreed to do it";
  static const char tail[] = "now (3). Then more (4).\n";
  char *text = malloc(sizeof head + 20000 + sizeof tail);
  assert_non_null(text);
  strcpy(text, head);
  memset(text + strlen(head), ' ', 20000);
  strcpy(text + strlen(head) + 20000, tail);
  mins_doc *d = unit_parse(text);
  assert_int_equal(mins_doc_action_count(d), 2);
  assert_null(unit_diag(d, "pattern-limit"));
  const char *line = strchr(text, 'T'); /* line 3 */
  assert_int_equal(mins_doc_action(d, 1)->column,
                   (unsigned)(strstr(line, "(4)") - line) + 1);
  mins_doc_free(d);
  free(text);
}

/* The caseless helpers every extractor calls at every word: bounds and
 * case as before they were made faster. */
static void caseless_search(void **state) {
  (void)state;
  const char *s = "Members declared an Interest";
  assert_ptr_equal(mins__istr(s, strlen(s), " DECLARED "), s + 7);
  assert_ptr_equal(mins__istr(s, strlen(s), "interest"), s + 20);
  assert_null(mins__istr(s, strlen(s) - 1, "interest"));
  assert_null(mins__istr(s, 16, " declared "));
  assert_ptr_equal(mins__istr(s, 17, " declared "), s + 7);
  assert_null(mins__istr(s, strlen(s), " declares "));
  static const char ab[] = "a b";
  assert_ptr_equal(mins__istr(ab, 3, " B"), ab + 1);
  assert_null(mins__istr(ab, 2, " b"));
  assert_true(mins__nieq("aB", 2, "Ab"));
  assert_true(mins__nieq("abc", 2, "ab"));
  assert_false(mins__nieq("ab", 2, "abc"));
  assert_false(mins__nieq("ab", 2, "a"));
  assert_false(mins__nieq("a", 1, ""));
  assert_true(mins__nieq("", 0, ""));
}

int suite_robust(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(columns_on_a_long_line),
      cmocka_unit_test(duplicate_keys),
      cmocka_unit_test(alias_bomb),
      cmocka_unit_test(nesting_limit),
      cmocka_unit_test(refused),
      cmocka_unit_test(read_anyway),
      cmocka_unit_test(repeated_banner),
      cmocka_unit_test(parser_reuse),
      cmocka_unit_test(caseless_search),
      cmocka_unit_test(spaces_before_markers),
  };
  return cmocka_run_group_tests_name("robust", tests, NULL, NULL);
}
