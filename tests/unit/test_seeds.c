/* SPDX-License-Identifier: MIT */
/*
 * The two seed documents as the foundation issue states them: the City of
 * London minutes converted from PDF (items, resolutions, actions, people,
 * meeting) and the cluster-panel summary (topics, and nothing invented).
 * Needs the shared folder; the suite fails if it is missing.
 */
#include <stdlib.h>

#include "unit.h"

#ifndef MINS_SHARED_DIR
#define MINS_SHARED_DIR MINS_SOURCE_DIR "/../shared"
#endif

static mins_doc *load(const char *name) {
  char path[4096];
  snprintf(path, sizeof path, "%s/seeds/%s", MINS_SHARED_DIR, name);
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  char *buf = malloc(1 << 20);
  assert_non_null(buf);
  size_t n = fread(buf, 1, (1 << 20) - 1, f);
  fclose(f);
  buf[n] = '\0';
  mins_doc *d = unit_parse(buf);
  free(buf);
  return d;
}

static void city_of_london(void **state) {
  (void)state;
  mins_doc *d = load("002_0ccd680b9b6edd39.txt");
  const mins_meeting *m = mins_doc_meeting(d);
  assert_string_equal(m->committee.value,
                      "Safer City Partnership Strategy Group");
  assert_string_equal(m->date.value, "2019-05-20");
  assert_string_equal(m->time.value, "11:00");
  assert_string_equal(m->end_time.value, "13:15");
  assert_string_equal(m->text_weekday.value, "Monday");
  /* items 1 to 17 with their titles */
  static const char *const titles[] = {
      "APOLOGIES",
      "DECLARATIONS OF INTEREST",
      "MINUTES",
      "OUTSTANDING ACTIONS",
      "DOMESTIC ABUSE, VULNERABILITY AND RISK POLICY UPDATE",
      "SERIOUS VIOLENCE: NEW LEGAL DUTY TO SUPPORT MULTI-AGENCY ACTION - "
      "GOVERNMENT CONSULTATION",
      "SERIOUS AND ORGANISED CRIME - TERMS OF REFERENCE",
      "CORPORATE ALCOHOL STRATEGY",
      "HEALTH AND WELLBEING NEEDS OF CITY WORKERS",
      "COMMUNITY SAFETY TEAM UPDATE",
      "SAFER CITY PARTNERSHIP DRAFT STRATEGY 2019-22",
      "COMMUNITY AND CHILDREN'S SERVICES UPDATE",
      "PUBLIC PROTECTION SERVICE (ENVIRONMENTAL HEALTH, LICENSING AND TRADING "
      "STANDARDS) UPDATE",
      "NEW LIFETIME OFFENDER MANAGEMENT UNIT",
      "CITY OF LONDON POLICE UPDATE",
      "LONDON FIRE BRIGADE",
      "ANY OTHER BUSINESS"};
  assert_int_equal(mins_doc_item_count(d), 17);
  for (size_t i = 0; i < 17; i++) {
    char num[8];
    snprintf(num, sizeof num, "%zu", i + 1);
    assert_string_equal(mins_doc_item(d, i)->number, num);
    assert_string_equal(mins_doc_item(d, i)->title, titles[i]);
  }
  /* 10 resolutions in items 5, 6, 7, 8, 10, 11, 12, 13, 15 and 16 */
  static const char *const res_items[] = {"5",  "6",  "7",  "8",  "10",
                                          "11", "12", "13", "15", "16"};
  assert_int_equal(mins_doc_resolution_count(d), 10);
  for (size_t i = 0; i < 10; i++)
    assert_string_equal(mins_doc_resolution(d, i)->item, res_items[i]);
  assert_int_equal(mins_doc_resolution(d, 1)->outcome, MINS_OUTCOME_ENDORSED);
  assert_non_null(mins_doc_resolution(d, 1)->conditions);
  /* actions 1 to 8; action 1 in items 4 and 15; action 4's owner */
  assert_int_equal(mins_doc_action_count(d), 8);
  for (size_t i = 0; i < 8; i++) {
    char num[8];
    snprintf(num, sizeof num, "%zu", i + 1);
    assert_string_equal(mins_doc_action(d, i)->number, num);
  }
  const mins_action *a = mins_doc_action(d, 0);
  assert_string_equal(a->item, "4");
  assert_int_equal(a->mention_count, 1);
  assert_string_equal(a->mentions[0].item, "15");
  assert_string_equal(mins_doc_action(d, 3)->owner, "Project Officer");
  assert_true(mins_doc_action(d, 5)->flags & MINS_ACTION_SCAR);
  assert_true(mins_doc_action(d, 6)->flags & MINS_ACTION_SCAR);
  assert_true(mins_doc_action(d, 0)->flags & MINS_ACTION_GLUED);
  /* 6 apologies; 16 present or in attendance: 7 members, 9 officers */
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 6);
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 7);
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 9);
  assert_true(mins_doc_declarations_none(d, NULL));
  /* no HTML in record text: "26th February" */
  mins_doc_free(d);
}

static void cluster_panel(void **state) {
  (void)state;
  mins_doc *d = load("000_84dd0f82ae056f6c.txt");
  static const char *const topics[] = {
      "Theft",       "Personal safety",   "Night-time Economy",
      "Drugs",       "Counter Terrorism", "Fraud",
      "Cycle Safety"};
  assert_int_equal(mins_doc_item_count(d), 7);
  for (size_t i = 0; i < 7; i++) {
    assert_null(mins_doc_item(d, i)->number);
    assert_string_equal(mins_doc_item(d, i)->title, topics[i]);
  }
  assert_int_equal(mins_doc_resolution_count(d), 0);
  assert_int_equal(mins_doc_action_count(d), 0);
  assert_null(mins_doc_meeting(d)->date.value);
  assert_null(mins_doc_meeting(d)->committee.value);
  mins_doc_free(d);
}

int suite_seeds(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(city_of_london),
                                     cmocka_unit_test(cluster_panel)};
  return cmocka_run_group_tests_name("seeds", tests, NULL, NULL);
}
