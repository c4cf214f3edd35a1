/* SPDX-License-Identifier: MIT */
/* The checks (lib/check.c) and rule configurations (lib/config.c): every
 * document of tests/data/check breaks exactly the rule its name says, at
 * the line tests/data/check/EXPECTED gives, and nothing else; mins(5)
 * documents every rule of the table with its default severity; and the
 * configuration API, the files it reads, and the JSON and SARIF writers
 * do what their comments say. */
#define _POSIX_C_SOURCE 200809L /* strtok_r */
#include <errno.h>
#include <stdlib.h>

#include <jansson.h>

#include "unit.h"

#define DATA MINS_SOURCE_DIR "/tests/data/check/"

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    fail_msg("cannot open %s: %s", path, strerror(errno));
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)n + 1);
  assert_non_null(buf);
  assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
  buf[n] = '\0';
  fclose(f);
  if (len)
    *len = (size_t)n;
  return buf;
}

/* Parse and check text with a configuration (NULL: the defaults). */
static mins_doc *checked(const char *name, const char *text,
                         const mins_rules *rules) {
  mins_parser *p = NULL;
  p = unit_parser();
  mins_doc *d = NULL;
  assert_int_equal(mins_parser_parse(&d, p, name, text, strlen(text)), 0);
  mins_parser_free(p);
  mins_check_options o = MINS_CHECK_OPTIONS_INIT;
  o.rules = rules;
  assert_int_equal(mins_doc_check(d, &o), 0);
  return d;
}

static void print_diags(const mins_doc *d) {
  for (size_t i = 0; i < mins_doc_diag_count(d); i++) {
    const mins_diag *g = mins_doc_diag(d, i);
    print_message("  %u:%u %s [%s] %s\n", g->line, g->column,
                  mins_severity_name(g->severity), g->rule, g->message);
  }
}

/* ---- the documents of tests/data/check ----------------------------------- */

static void one_rule_each(void **state) {
  (void)state;
  char *list = slurp(DATA "EXPECTED", NULL);
  int files = 0, failed = 0;
  for (char *save = NULL, *ln = strtok_r(list, "\n", &save); ln;
       ln = strtok_r(NULL, "\n", &save)) {
    if (ln[0] == '#' || !ln[0])
      continue;
    char file[128];
    unsigned line;
    assert_int_equal(sscanf(ln, "%127s %u", file, &line), 2);
    char rule[128];
    snprintf(rule, sizeof rule, "%s", file);
    *strstr(rule, ".md") = '\0';
    assert_non_null(mins_rule_find(rule)); /* the name is a rule's */
    char path[512];
    snprintf(path, sizeof path, DATA "%s", file);
    char *text = slurp(path, NULL);
    mins_doc *d = checked(file, text, NULL);
    const mins_diag *g = mins_doc_diag_count(d) ? mins_doc_diag(d, 0) : NULL;
    if (mins_doc_diag_count(d) != 1 || strcmp(g->rule, rule) != 0 ||
        g->line != line) {
      print_message("%s: want exactly [%s] at line %u, got:\n", file, rule,
                    line);
      print_diags(d);
      failed++;
    }
    mins_doc_free(d);
    free(text);
    files++;
  }
  free(list);
  assert_int_equal(failed, 0);
  assert_true(files >= 30);
  /* the clean document breaks nothing */
  char *text = slurp(DATA "clean.md", NULL);
  mins_doc *d = checked("clean.md", text, NULL);
  print_diags(d);
  assert_int_equal(mins_doc_diag_count(d), 0);
  mins_doc_free(d);
  free(text);
}

/* Every check rule has a document of its own. */
static void every_rule_has_a_document(void **state) {
  (void)state;
  char *list = slurp(DATA "EXPECTED", NULL);
  for (size_t i = 0; i < mins_rule_count(); i++) {
    const mins_rule_info *r = mins_rule_at(i);
    if (!r->check)
      continue;
    char want[128];
    snprintf(want, sizeof want, "\n%s.md ", r->id);
    if (!strstr(list, want))
      fail_msg("no document in tests/data/check breaks %s", r->id);
  }
  free(list);
}

/* ---- mins(5) and the table ----------------------------------------------- */

/* Every rule is documented as `.It Sy ID Pq SEVERITY` in the DIAGNOSTICS
 * section of mins(5), with its default severity, and nothing else is. */
static void man_page_agrees(void **state) {
  (void)state;
  char *page = slurp(MINS_SOURCE_DIR "/man/mins.5", NULL);
  char *sec = strstr(page, "\n.Sh DIAGNOSTICS\n");
  assert_non_null(sec);
  char *end = strstr(sec + 1, "\n.Sh ");
  if (end)
    *end = '\0';
  size_t documented = 0;
  for (char *p = sec; (p = strstr(p, "\n.It Sy ")) != NULL; p++) {
    char id[128], sev[32];
    if (sscanf(p, "\n.It Sy %127s Pq %31s", id, sev) != 2)
      continue;
    const mins_rule_info *r = mins_rule_find(id);
    if (!r)
      fail_msg("mins(5) documents '%s', which is not in the table", id);
    if (strcmp(sev, mins_severity_name(r->severity)) != 0)
      fail_msg("mins(5) gives %s as %s, the table as %s", id, sev,
               mins_severity_name(r->severity));
    documented++;
  }
  for (size_t i = 0; i < mins_rule_count(); i++) {
    char want[160];
    snprintf(want, sizeof want, "\n.It Sy %s Pq ", mins_rule_at(i)->id);
    if (!strstr(sec, want))
      fail_msg("mins(5) does not document %s", mins_rule_at(i)->id);
  }
  assert_int_equal(documented, mins_rule_count());
  free(page);
}

/* ---- configuration ------------------------------------------------------- */

static const char seed_like[] =
    "---\ncommittee: Parks Committee\ndate: 2024-03-12\n---\n\n"
    "## 1. Play area\n\n"
    "The Clerk to obtain quotes for new swings ( $\\frac{1}{1}$ ).\n\n"
    "Resolved, that the updated be noted.\n";

static void rules_api(void **state) {
  (void)state;
  mins_rules *r = NULL;
  assert_int_equal(mins_rules_new(&r), 0);
  assert_int_equal(mins_rules_set(r, NULL, "no-such-rule", MINS_RULE_OFF),
                   MINS_ENOTFOUND);
  assert_int_equal(mins_rules_set(r, NULL, "text-html", 7), MINS_EINVAL);
  assert_int_equal(mins_rules_set_option(r, NULL, "quorum", "none"),
                   MINS_EINVAL);
  assert_int_equal(mins_rules_set_option(r, NULL, "colour", "red"),
                   MINS_ENOTFOUND);
  /* defaults: the parse's scar and the check's slip and no-due */
  mins_doc *d = checked("t.md", seed_like, r);
  assert_non_null(unit_diag(d, "action-scar"));
  assert_non_null(unit_diag(d, "resolution-slip"));
  assert_non_null(unit_diag(d, "action-no-due"));
  mins_doc_free(d);
  /* a parse rule turned off, a family turned off, a severity raised */
  assert_int_equal(mins_rules_set(r, NULL, "action-scar", MINS_RULE_OFF), 0);
  assert_int_equal(mins_rules_set(r, NULL, "resolutions", MINS_NOTE), 0);
  assert_int_equal(mins_rules_set(r, NULL, "action-no-due", MINS_ERROR), 0);
  d = checked("t.md", seed_like, r);
  assert_null(unit_diag(d, "action-scar"));
  assert_int_equal(unit_diag(d, "resolution-slip")->severity, MINS_NOTE);
  assert_int_equal(unit_diag(d, "action-no-due")->severity, MINS_ERROR);
  mins_doc_free(d);
  /* later settings win; "all" and back to the default */
  assert_int_equal(mins_rules_set(r, NULL, "all", MINS_RULE_OFF), 0);
  assert_int_equal(mins_rules_set(r, NULL, "action-no-due", MINS_RULE_DEFAULT),
                   0);
  d = checked("t.md", seed_like, r);
  assert_int_equal(mins_doc_diag_count(d), 1);
  assert_int_equal(mins_doc_diag(d, 0)->severity, MINS_NOTE);
  mins_doc_free(d);
  mins_rules_free(r);
  mins_rules_free(NULL);
  /* suggestions for misspelt names: rules, families, settings */
  assert_string_equal(mins_rule_suggest("action-scarr"), "action-scar");
  assert_string_equal(mins_rule_suggest("actoins"), "actions");
  assert_string_equal(mins_rule_suggest("quorom"), "quorum");
  assert_null(mins_rule_suggest("nothing-like-it"));
  assert_null(mins_rule_suggest(NULL));
}

static void per_committee(void **state) {
  (void)state;
  mins_rules *r = NULL;
  assert_int_equal(mins_rules_new(&r), 0);
  /* spelled another way: compared without case, spaces or punctuation */
  assert_int_equal(
      mins_rules_set(r, "parks-committee", "action-no-due", MINS_RULE_OFF), 0);
  assert_int_equal(
      mins_rules_set(r, "Other Committee", "resolution-slip", MINS_RULE_OFF),
      0);
  mins_doc *d = checked("t.md", seed_like, r);
  assert_null(unit_diag(d, "action-no-due"));
  assert_non_null(unit_diag(d, "resolution-slip"));
  mins_doc_free(d);
  mins_rules_free(r);
}

static void config_file(void **state) {
  (void)state;
  mins_rules *r = NULL;
  assert_int_equal(mins_rules_new(&r), 0);
  const char *good = "# comment\n"
                     "[check]\n"
                     "disable = action-scar, text\n"
                     "resolution-slip = error   # raised\n"
                     "resolution-formula = \"Resolved, that\"\n"
                     "[committee \"Parks Committee\"]\n"
                     "action-no-due = off\n"
                     "root = true\n";
  assert_int_equal(mins_rules_load(r, "good", good, strlen(good)), 0);
  assert_int_equal(mins_rules_diag_count(r), 0);
  assert_true(mins_rules_root(r));
  mins_doc *d = checked("t.md", seed_like, r);
  assert_null(unit_diag(d, "action-scar"));
  assert_null(unit_diag(d, "action-no-due"));
  assert_int_equal(unit_diag(d, "resolution-slip")->severity, MINS_ERROR);
  mins_doc_free(d);
  /* every bad line is named by line and column, with a hint if near */
  const char *bad = "[check]\n"
                    "disable = action-scarr\n"
                    "nonsense\n"
                    "text-html = loud\n"
                    "[section]\n"
                    "quorum = many\n";
  assert_int_equal(mins_rules_load(r, "bad", bad, strlen(bad)), MINS_EINVAL);
  assert_int_equal(mins_rules_diag_count(r), 5);
  const mins_diag *g = mins_rules_diag(r, 0);
  assert_string_equal(g->rule, "config-bad");
  assert_int_equal(g->line, 2);
  assert_int_equal(g->column, 11);
  assert_string_equal(g->hint, "did you mean 'action-scar'?");
  assert_int_equal(mins_rules_diag(r, 1)->line, 3);
  assert_int_equal(mins_rules_diag(r, 2)->line, 4);
  assert_int_equal(mins_rules_diag(r, 2)->column, 13);
  assert_int_equal(mins_rules_diag(r, 3)->line, 5);
  assert_int_equal(mins_rules_diag(r, 4)->line, 6);
  mins_rules_free(r);
}

/* A house style stated in the configuration wins over the document's
 * own habit; without one, the habit of most resolutions is the style. */
static void house_style(void **state) {
  (void)state;
  const char *text = "---\ncommittee: Parks Committee\ndate: 2024-03-12\n"
                     "---\n\n## 1. Play area\n\nRESOLVED: That the report "
                     "be noted.\n\n## 2. Allotments\n\nRESOLVED: That the "
                     "report be noted.\n\n## 3. Bins\n\nResolved, that the "
                     "report be noted.\n";
  mins_doc *d = checked("t.md", text, NULL);
  const mins_diag *g = unit_diag(d, "resolution-style");
  assert_non_null(g);
  assert_int_equal(g->line, 16);
  mins_doc_free(d);
  mins_rules *r = NULL;
  assert_int_equal(mins_rules_new(&r), 0);
  assert_int_equal(
      mins_rules_set_option(r, NULL, "resolution-formula", "Resolved, that"),
      0);
  d = checked("t.md", text, r);
  size_t n = 0;
  for (size_t i = 0; i < mins_doc_diag_count(d); i++)
    n += strcmp(mins_doc_diag(d, i)->rule, "resolution-style") == 0;
  assert_int_equal(n, 2);
  mins_doc_free(d);
  mins_rules_free(r);
}

static void quorum(void **state) {
  (void)state;
  const char *text = "---\ncommittee: Parks Committee\ndate: 2024-03-12\n"
                     "membership: [Ann Baker, Tom Clark, Priya Shah, "
                     "Ruth Evans, Sarah Lee, Gary Holt]\n"
                     "present: [Ann Baker, Tom Clark, Priya Shah]\n---\n\n"
                     "## 1. Play area\n\nResolved, that the report be "
                     "noted.\n";
  /* three of six: the default, a majority, is four */
  mins_doc *d = checked("t.md", text, NULL);
  assert_non_null(unit_diag(d, "people-quorum"));
  mins_doc_free(d);
  /* a third of the membership is two: met */
  mins_rules *r = NULL;
  assert_int_equal(mins_rules_new(&r), 0);
  assert_int_equal(mins_rules_set_option(r, NULL, "quorum", "1/3"), 0);
  d = checked("t.md", text, r);
  assert_null(unit_diag(d, "people-quorum"));
  mins_doc_free(d);
  mins_rules_free(r);
}

/* MINS_CHECK_RULES_ONLY configures the parse's diagnostics, adds none. */
static void rules_only(void **state) {
  (void)state;
  mins_rules *r = NULL;
  assert_int_equal(mins_rules_new(&r), 0);
  assert_int_equal(mins_rules_set(r, NULL, "action-scar", MINS_ERROR), 0);
  mins_parser *p = NULL;
  p = unit_parser();
  mins_doc *d = NULL;
  assert_int_equal(
      mins_parser_parse(&d, p, "t.md", seed_like, strlen(seed_like)), 0);
  mins_check_options o = MINS_CHECK_OPTIONS_INIT;
  o.rules = r;
  o.flags = MINS_CHECK_RULES_ONLY;
  assert_int_equal(mins_doc_check(d, &o), 0);
  assert_int_equal(mins_doc_diag_count(d), 1);
  assert_int_equal(mins_doc_diag(d, 0)->severity, MINS_ERROR);
  /* a bad options version or no document */
  o.version = 99;
  assert_int_equal(mins_doc_check(d, &o), MINS_EINVAL);
  assert_int_equal(mins_doc_check(NULL, NULL), MINS_EINVAL);
  mins_doc_free(d);
  mins_parser_free(p);
  mins_rules_free(r);
}

/* ---- positions and order ------------------------------------------------- */

static void sorted_by_position(void **state) {
  (void)state;
  char *text = slurp(MINS_SOURCE_DIR "/tests/fuzz/corpus/parse/"
                                     "002_0ccd680b9b6edd39.txt",
                     NULL);
  mins_doc *d = checked("seed.txt", text, NULL);
  assert_true(mins_doc_diag_count(d) > 10);
  for (size_t i = 1; i < mins_doc_diag_count(d); i++) {
    const mins_diag *a = mins_doc_diag(d, i - 1), *b = mins_doc_diag(d, i);
    assert_true(a->line < b->line ||
                (a->line == b->line && a->column <= b->column));
  }
  /* the glued marker of "meeting(1)" points at its bracket */
  const mins_diag *g = unit_diag(d, "action-glued");
  assert_non_null(g);
  assert_int_equal(g->line, 39);
  assert_string_equal(g->hint, "write 'meeting (1)'");
  g = unit_diag(d, "text-html");
  assert_int_equal(g->line, 33);
  assert_int_equal(g->column, 33);
  mins_doc_free(d);
  free(text);
}

/* The list for the raw seed: each of these, at its line. */
static void seed_002(void **state) {
  (void)state;
  static const struct {
    const char *rule;
    unsigned line;
  } want[] = {
      {"action-scar", 127},
      {"action-scar", 149},
      {"action-glued", 39},
      {"action-glued", 41},
      {"action-glued", 95},
      {"text-html", 33},
      {"text-html", 117},
      {"fm-missing", 1},
      {"item-heading-level", 27},
      {"item-heading-level", 31},
      {"item-heading-level", 201},
      {"resolution-slip", 131},
      {"resolution-slip", 159},
      {"resolution-no-outcome", 91},
      {"resolution-no-outcome", 161},
      {"resolution-no-outcome", 201},
  };
  char *text = slurp(MINS_SOURCE_DIR "/tests/fuzz/corpus/parse/"
                                     "002_0ccd680b9b6edd39.txt",
                     NULL);
  mins_doc *d = checked("seed.txt", text, NULL);
  for (size_t w = 0; w < sizeof want / sizeof want[0]; w++) {
    int found = 0;
    for (size_t i = 0; i < mins_doc_diag_count(d) && !found; i++) {
      const mins_diag *g = mins_doc_diag(d, i);
      found = g->line == want[w].line && strcmp(g->rule, want[w].rule) == 0;
    }
    if (!found)
      fail_msg("seed 002: no %s at line %u", want[w].rule, want[w].line);
  }
  /* and no error: the seed reads, its slips are warnings and notes */
  for (size_t i = 0; i < mins_doc_diag_count(d); i++)
    assert_int_not_equal(mins_doc_diag(d, i)->severity, MINS_ERROR);
  mins_doc_free(d);
  free(text);
}

/* ---- writers ------------------------------------------------------------- */

static int to_buf(const char *data, size_t len, void *payload) {
  mins__buf_add(payload, data, len);
  return 0;
}

static void json_and_sarif(void **state) {
  (void)state;
  mins_doc *d = checked("dir/a b.md", seed_like, NULL);
  const mins_diag *g = unit_diag(d, "resolution-slip");
  mins__buf b = {0};
  assert_int_equal(mins_diag_write_json(g, "dir/a b.md", d, 0, to_buf, &b), 0);
  json_error_t e;
  json_t *j = json_loadb(b.s, b.len, 0, &e);
  assert_non_null(j);
  assert_string_equal(json_string_value(json_object_get(j, "rule")),
                      "resolution-slip");
  assert_int_equal(json_integer_value(json_object_get(j, "line")), g->line);
  assert_non_null(json_object_get(j, "hint"));
  json_decref(j);
  /* a SARIF log of two results, columns in code points */
  b.len = 0;
  assert_int_equal(mins_sarif_begin("mins-parse", to_buf, &b), 0);
  assert_int_equal(
      mins_diag_write_json(g, "dir/a b.md", d, MINS_DIAGS_SARIF, to_buf, &b),
      0);
  mins__buf_add(&b, ",", 1);
  assert_int_equal(mins_diag_write_json(unit_diag(d, "action-scar"),
                                        "dir/a b.md", d, MINS_DIAGS_SARIF,
                                        to_buf, &b),
                   0);
  assert_int_equal(mins_sarif_end(to_buf, &b), 0);
  j = json_loadb(b.s, b.len, 0, &e);
  if (!j)
    fail_msg("SARIF is not JSON: %s at %d", e.text, e.position);
  assert_string_equal(json_string_value(json_object_get(j, "version")),
                      "2.1.0");
  json_t *run = json_array_get(json_object_get(j, "runs"), 0);
  json_t *rules = json_object_get(
      json_object_get(json_object_get(run, "tool"), "driver"), "rules");
  assert_int_equal(json_array_size(rules), mins_rule_count());
  json_t *res = json_object_get(run, "results");
  assert_int_equal(json_array_size(res), 2);
  json_t *r0 = json_array_get(res, 0);
  assert_string_equal(json_string_value(json_object_get(r0, "ruleId")),
                      "resolution-slip");
  assert_string_equal(json_string_value(json_object_get(r0, "level")),
                      "warning");
  json_t *loc = json_object_get(
      json_array_get(json_object_get(r0, "locations"), 0), "physicalLocation");
  assert_string_equal(json_string_value(json_object_get(
                          json_object_get(loc, "artifactLocation"), "uri")),
                      "dir/a%20b.md");
  json_t *region = json_object_get(loc, "region");
  assert_int_equal(json_integer_value(json_object_get(region, "startLine")),
                   g->line);
  /* the rule's index points at its row of the table */
  json_int_t idx = json_integer_value(json_object_get(r0, "ruleIndex"));
  assert_string_equal(json_string_value(json_object_get(
                          json_array_get(rules, (size_t)idx), "id")),
                      "resolution-slip");
  json_decref(j);
  mins__buf_free(&b);
  mins_doc_free(d);
}

/* Brackets and placeholders inside code spans are code; an unclosed
 * backtick is only a backtick. */
static void code_spans(void **state) {
  (void)state;
  const char *text =
      "---\ncommittee: C\ndate: 2024-03-12\n---\n\n"
      "## 1. Fees\n\nThe call `f(x` costs `` a ` TBC `` "
      "nothing.\n\nA stray ` here, then (an open bracket and ``x`` "
      "after.\n\n"
      "Resolved, that the report be noted.\n";
  mins_doc *d = checked("t.md", text, NULL);
  print_diags(d);
  assert_int_equal(mins_doc_diag_count(d), 1);
  const mins_diag *g = unit_diag(d, "text-unbalanced");
  assert_non_null(g);
  assert_int_equal(g->line, 10);
  assert_int_equal(g->column, 22);
  mins_doc_free(d);
}

/* An initial glued to its surname ("M.Collins") is the initial and the
 * surname: not the same name as "Collins" spelled another way, and the same
 * key as "M. Collins". A real slip ("Catherine"/"Katherine") still is. */
static void glued_initials(void **state) {
  (void)state;
  const char *text =
      "---\ncommittee: C\ndate: 2024-03-12\n---\n\n"
      "Present: Councillors Browne, Collins and Foley.\n\n"
      "In attendance: Mr. M.Collins (Senior Engineer), Catherine Hale "
      "(Clerk), Katherine Hale (Treasurer).\n\n"
      "## 1. Roads\n\nResolved, that the report be noted.\n";
  mins_doc *d = checked("t.md", text, NULL);
  print_diags(d);
  size_t spelling = 0;
  for (size_t i = 0; i < mins_doc_diag_count(d); i++) {
    const mins_diag *g = mins_doc_diag(d, i);
    if (strcmp(g->rule, "people-spelling") == 0) {
      spelling++;
      assert_non_null(strstr(g->message, "Hale"));
    }
  }
  assert_int_equal(spelling, 1);
  mins_doc_free(d);
}

/* SARIF columns count code points: "£" is two bytes, one column. */
static void sarif_columns(void **state) {
  (void)state;
  const char *text = "---\ncommittee: C\ndate: 2024-03-12\n---\n\n"
                     "## 1. Fees\n\nThe fee of £5 is TBC.\n\nResolved, that "
                     "the report be noted.\n";
  mins_doc *d = checked("t.md", text, NULL);
  const mins_diag *g = unit_diag(d, "text-placeholder");
  assert_non_null(g);
  assert_int_equal(g->column, 19); /* bytes */
  mins__buf b = {0};
  assert_int_equal(
      mins_diag_write_json(g, "t.md", d, MINS_DIAGS_SARIF, to_buf, &b), 0);
  json_error_t e;
  json_t *j = json_loadb(b.s, b.len, 0, &e);
  assert_non_null(j);
  json_t *region = json_object_get(
      json_object_get(json_array_get(json_object_get(j, "locations"), 0),
                      "physicalLocation"),
      "region");
  assert_int_equal(json_integer_value(json_object_get(region, "startColumn")),
                   18);
  json_decref(j);
  mins__buf_free(&b);
  mins_doc_free(d);
}

int suite_check(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(one_rule_each),
      cmocka_unit_test(every_rule_has_a_document),
      cmocka_unit_test(man_page_agrees),
      cmocka_unit_test(rules_api),
      cmocka_unit_test(per_committee),
      cmocka_unit_test(config_file),
      cmocka_unit_test(house_style),
      cmocka_unit_test(quorum),
      cmocka_unit_test(rules_only),
      cmocka_unit_test(sorted_by_position),
      cmocka_unit_test(seed_002),
      cmocka_unit_test(json_and_sarif),
      cmocka_unit_test(sarif_columns),
      cmocka_unit_test(code_spans),
      cmocka_unit_test(glued_initials),
  };
  return cmocka_run_group_tests_name("check", tests, NULL, NULL);
}
