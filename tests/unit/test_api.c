/* SPDX-License-Identifier: MIT */
/* The public API's contracts: out is NULL on failure, _free(NULL), options
 * versions, error strings, binary and oversized input, parser diagnostics
 * kept on failure. Also the helpers the other suites use. */
#include <stdlib.h>

#include "unit.h"

unsigned unit_parse_jit(void) {
  const char *v = getenv("MINS_NO_JIT");
  return v && *v && strcmp(v, "0") != 0 ? MINS_PARSE_NO_JIT : 0;
}

mins_parser *unit_parser(void) {
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  o.flags = unit_parse_jit();
  mins_parser *p = NULL;
  assert_int_equal(mins_parser_new(&p, &o), 0);
  return p;
}

unsigned unit_search_jit(void) {
  return unit_parse_jit() ? MINS_SEARCH_NO_JIT : 0;
}

mins_doc *unit_parse_flags(const char *text, unsigned flags) {
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  o.flags = flags | unit_parse_jit();
  mins_parser *p = NULL;
  assert_int_equal(mins_parser_new(&p, &o), 0);
  mins_doc *d = NULL;
  assert_int_equal(mins_parser_parse(&d, p, "t.md", text, strlen(text)), 0);
  assert_non_null(d);
  mins_parser_free(p);
  return d;
}

mins_doc *unit_parse(const char *text) {
  return unit_parse_flags(text, 0);
}

const mins_diag *unit_diag(const mins_doc *d, const char *rule) {
  for (size_t i = 0; i < mins_doc_diag_count(d); i++)
    if (strcmp(mins_doc_diag(d, i)->rule, rule) == 0)
      return mins_doc_diag(d, i);
  return NULL;
}

static void free_null(void **state) {
  (void)state;
  mins_doc_free(NULL);
  mins_parser_free(NULL);
  mins_free(NULL);
}

static void bad_options(void **state) {
  (void)state;
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  o.version = 99;
  mins_parser *p = (mins_parser *)&o; /* must be reset to NULL */
  assert_int_equal(mins_parser_new(&p, &o), MINS_EINVAL);
  assert_null(p);
}

static void binary_input(void **state) {
  (void)state;
  mins_parser *p;
  mins_parse_options oj = MINS_PARSE_OPTIONS_INIT;
  oj.flags = unit_parse_jit();
  assert_int_equal(mins_parser_new(&p, &oj), 0);
  mins_doc *d = (mins_doc *)p;
  const char buf[] = "# 1. Item\n\nab\0cd";
  assert_int_equal(mins_parser_parse(&d, p, "b.bin", buf, sizeof buf - 1),
                   MINS_EINPUT);
  assert_null(d);
  assert_int_equal(mins_parser_diag_count(p), 1);
  const mins_diag *g = mins_parser_diag(p, 0);
  assert_string_equal(g->rule, "input-binary");
  assert_int_equal(g->line, 3);
  assert_int_equal(g->column, 3);
  mins_parser_free(p);
}

static void too_big(void **state) {
  (void)state;
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  o.max_bytes = 10;
  mins_parser *p;
  assert_int_equal(mins_parser_new(&p, &o), 0);
  mins_doc *d;
  assert_int_equal(mins_parser_parse(&d, p, "x", "01234567890", 11),
                   MINS_ETOOBIG);
  assert_null(d);
  assert_string_equal(mins_parser_diag(p, 0)->rule, "input-too-big");
  mins_parser_free(p);
}

static void empty_input(void **state) {
  (void)state;
  mins_doc *d = unit_parse("");
  assert_non_null(unit_diag(d, "input-empty"));
  assert_int_equal(mins_doc_item_count(d), 0);
  mins_doc_free(d);
}

static void utf8_repair(void **state) {
  (void)state;
  mins_doc *d =
      unit_parse("# 1. Caf\xe9 item\n\nResolved, that it be noted.\n");
  const mins_diag *g = unit_diag(d, "input-utf8");
  assert_non_null(g);
  assert_int_equal(g->line, 1);
  assert_int_equal(g->column, 9);
  assert_int_equal(mins_doc_item_count(d), 1);
  assert_string_equal(mins_doc_item(d, 0)->title, "Caf\xEF\xBF\xBD item");
  assert_int_equal(mins_doc_resolution_count(d), 1);
  mins_doc_free(d);
}

static void error_strings(void **state) {
  (void)state;
  for (int e = 0; e >= -7; e--)
    assert_true(strlen(mins_error_string(e)) > 0);
  assert_string_equal(mins_version_string(), MINS_VERSION);
}

static void bad_pattern(void **state) {
  (void)state;
  mins_parser *p;
  mins_parse_options oj = MINS_PARSE_OPTIONS_INIT;
  oj.flags = unit_parse_jit();
  assert_int_equal(mins_parser_new(&p, &oj), 0);
  assert_int_equal(mins_parser_set_pattern(p, "resolution", "(unclosed"),
                   MINS_EPATTERN);
  assert_string_equal(mins_parser_diag(p, 0)->rule, "pattern-bad");
  assert_int_equal(mins_parser_set_pattern(p, "no-such-family", "x"),
                   MINS_ENOTFOUND);
  /* a replacement is used: "Decided:" becomes the only resolution form */
  assert_int_equal(mins_parser_set_pattern(p, "resolution", "^(Decided:)"), 0);
  const char *t = "# 1. A\n\nDecided: the report be noted.\n\nResolved, that "
                  "the update be noted.\n";
  mins_doc *d;
  assert_int_equal(mins_parser_parse(&d, p, "t", t, strlen(t)), 0);
  assert_int_equal(mins_doc_resolution_count(d), 1);
  assert_string_equal(mins_doc_resolution(d, 0)->formula, "Decided:");
  mins_doc_free(d);
  const char *file = "# comment\nresolution = ^(Agreed:)\nnonsense\n"
                     "owner = (\n";
  assert_int_not_equal(mins_parser_load_patterns(p, "pats", file, strlen(file)),
                       0);
  assert_int_equal(mins_parser_diag_count(p), 2);
  assert_int_equal(mins_parser_diag(p, 0)->line, 3);
  assert_int_equal(mins_parser_diag(p, 1)->line, 4);
  mins_parser_free(p);
}

int suite_api(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(free_null),     cmocka_unit_test(bad_options),
      cmocka_unit_test(binary_input),  cmocka_unit_test(too_big),
      cmocka_unit_test(empty_input),   cmocka_unit_test(utf8_repair),
      cmocka_unit_test(error_strings), cmocka_unit_test(bad_pattern),
  };
  return cmocka_run_group_tests_name("api", tests, NULL, NULL);
}
