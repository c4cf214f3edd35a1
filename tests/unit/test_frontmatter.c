/* SPDX-License-Identifier: MIT */
/* frontmatter.c: keys, people in both forms, errors at the file's lines. */
#include "unit.h"

static void keys(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "---\n"
      "committee: \"Safer City Partnership Strategy Group\"\n"
      "date: 2019-05-20\n"
      "time: \"11:00\"\n"
      "end_time: 1.15pm\n"
      "location: Guildhall\n"
      "chair: Douglas Barrow\n"
      "present:\n"
      "  - name: Douglas Barrow\n"
      "    role: Chairman\n"
      "  - \"Peter Lisley (Deputy Chairman)\"\n"
      "  - \"Lee Presland, City of London Police\"\n"
      "  - \"Deputy Tom Sleigh OBE\"\n"
      "apologies: [Don Randall, David Maher]\n"
      "custom: {a: 1, b: [x, y]}\n"
      "---\n"
      "# 1. Apologies\n");
  const mins_meeting *m = mins_doc_meeting(d);
  assert_string_equal(m->committee.value,
                      "Safer City Partnership Strategy Group");
  assert_int_equal(m->committee.line, 2);
  assert_int_equal(m->committee.column, 12);
  assert_string_equal(m->date.value, "2019-05-20");
  assert_int_equal(m->date.origin, MINS_FROM_FRONT_MATTER);
  assert_string_equal(m->time.value, "11:00");
  assert_string_equal(m->end_time.value, "13:15");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 4);
  const mins_person *p = mins_doc_person(d, MINS_PRESENT, 0);
  assert_string_equal(p->name, "Douglas Barrow");
  assert_string_equal(p->role, "Chairman");
  assert_int_equal(p->line, 9);
  p = mins_doc_person(d, MINS_PRESENT, 1);
  assert_string_equal(p->name, "Peter Lisley");
  assert_string_equal(p->role, "Deputy Chairman");
  p = mins_doc_person(d, MINS_PRESENT, 2);
  assert_string_equal(p->organisation, "City of London Police");
  p = mins_doc_person(d, MINS_PRESENT, 3);
  assert_string_equal(p->name, "Tom Sleigh");
  assert_string_equal(p->title, "Deputy");
  assert_string_equal(p->honours, "OBE");
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 2);
  assert_int_equal(mins_doc_extra_count(d), 1);
  const char *key;
  const mins_value *v = mins_doc_extra(d, 0, &key);
  assert_string_equal(key, "custom");
  assert_int_equal(v->type, MINS_VALUE_MAP);
  assert_int_equal(v->count, 2);
  assert_int_equal(mins_doc_body_line(d), 17);
  assert_int_equal(mins_doc_item(d, 0)->line, 17);
  assert_int_equal(mins_doc_diag_count(d), 0);
  mins_doc_free(d);
}

static void yaml_error_position(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\ncommittee: A\ndate: [unclosed\n---\n# 1. X\n");
  const mins_diag *g = unit_diag(d, "fm-yaml");
  assert_non_null(g);
  assert_int_equal(g->line, 4); /* libyaml stops at the fence: line 4 */
  assert_int_equal(mins_doc_item_count(d), 1);
  mins_doc_free(d);
}

static void unclosed(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\ncommittee: A\n\n# 1. Item\n\nText.\n");
  const mins_diag *g = unit_diag(d, "fm-unclosed");
  assert_non_null(g);
  assert_int_equal(g->line, 1);
  assert_int_equal(mins_doc_item_count(d), 1);
  mins_doc_free(d);
}

static void bad_values(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\ndate: 2019-02-30\ntime: late\npresent: {a: b}\n"
                           "actions:\n  - ref: \"2019-01-01#2\"\n    status: "
                           "finished-ish\n---\n");
  const mins_diag *g = unit_diag(d, "fm-bad-date");
  assert_non_null(g);
  assert_int_equal(g->line, 2);
  assert_int_equal(g->column, 7);
  assert_non_null(unit_diag(d, "fm-bad-time"));
  assert_non_null(unit_diag(d, "fm-type"));
  assert_non_null(unit_diag(d, "fm-bad-status"));
  assert_null(mins_doc_meeting(d)->date.value);
  mins_doc_free(d);
}

static void aliases_refused(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\na: &x [1, 2]\nb: *x\nc: [*x, *x, *x]\n---\n");
  assert_non_null(unit_diag(d, "fm-alias"));
  mins_doc_free(d);
}

static void not_mapping(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\n- a\n- b\n---\ntext\n");
  assert_non_null(unit_diag(d, "fm-not-mapping"));
  mins_doc_free(d);
  d = unit_parse("---\ndate: null\n---\ntext\n");
  assert_true(mins_doc_meeting(d)->date_unknown);
  assert_null(mins_doc_meeting(d)->date.value);
  mins_doc_free(d);
}

static void deep(void **state) {
  (void)state;
  char buf[2000] = "---\na: ";
  for (int i = 0; i < 200; i++)
    strcat(buf, "[");
  strcat(buf, "\n---\n");
  mins_doc *d = unit_parse(buf);
  assert_true(unit_diag(d, "fm-too-deep") || unit_diag(d, "fm-yaml"));
  mins_doc_free(d);
}

static void actions_entries(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "---\ndate: 2019-05-20\nactions:\n  - ref: \"2019-02-26#3\"\n"
      "    status: done\n    note: Circulated.\n  - number: 1\n"
      "    owner: Town Clerk\n    due: 2019-09-23\n---\n"
      "## 1. Item\n\nIt was agreed that this would be taken forward (1).\n");
  assert_int_equal(mins_doc_review_count(d), 1);
  const mins_review *r = mins_doc_review(d, 0);
  assert_string_equal(r->ref, "2019-02-26#3");
  assert_string_equal(r->ref_date, "2019-02-26");
  assert_string_equal(r->ref_number, "3");
  assert_int_equal(r->status, MINS_STATUS_DONE);
  assert_string_equal(r->note, "Circulated.");
  assert_int_equal(r->origin, MINS_FROM_FRONT_MATTER);
  assert_int_equal(mins_doc_action_count(d), 1);
  const mins_action *a = mins_doc_action(d, 0);
  assert_string_equal(a->owner, "Town Clerk");
  assert_string_equal(a->due, "2019-09-23");
  assert_true(a->flags & MINS_ACTION_FM_OWNER);
  mins_doc_free(d);
}

int suite_frontmatter(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(keys),       cmocka_unit_test(yaml_error_position),
      cmocka_unit_test(unclosed),   cmocka_unit_test(bad_values),
      cmocka_unit_test(aliases_refused), cmocka_unit_test(not_mapping),
      cmocka_unit_test(deep),       cmocka_unit_test(actions_entries)};
  return cmocka_run_group_tests_name("frontmatter", tests, NULL, NULL);
}
