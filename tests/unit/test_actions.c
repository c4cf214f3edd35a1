/* SPDX-License-Identifier: MIT */
/* actions.c: markers, scars, mentions, owners, dues, labels, lists, tasks,
 * inference, reviews. */
#include "unit.h"

static void markers(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "---\ndate: 2019-05-20\n---\n"
      "## 4. Outstanding actions\n\n**SOS Bus** \xE2\x80\x93 Update to be "
      "provided at the next meeting(1).\n\n"
      "## 8. Strategy\n\nThe Director of Community and Children's Services "
      "agreed to take this point away and report back by 30 June 2019 (2). "
      "Members noted paragraph (7) of the report and Section 100A(4) of the "
      "Act.\n\n"
      "## 10. Update\n\nIt was agreed that the Head of Community Safety would "
      "give this presentation on 23rd September (3). The Chairman asked that "
      "consideration be given to a toolkit ( $\\frac{4}{4}$ ).\n\n"
      "## 15. Police\n\nThe Chairman asked that usage data be circulated "
      "(1).\n\n(1) The first option was rejected.\n");
  assert_int_equal(mins_doc_action_count(d), 4);
  const mins_action *a = mins_doc_action(d, 0);
  assert_string_equal(a->number, "1");
  assert_string_equal(a->item, "4");
  assert_true(a->flags & MINS_ACTION_GLUED);
  assert_string_equal(a->due_text, "at the next meeting");
  assert_null(a->due);
  assert_int_equal(a->mention_count, 1);
  assert_string_equal(a->mentions[0].item, "15");
  assert_int_equal(a->mentions[0].line, 18);
  a = mins_doc_action(d, 1);
  assert_string_equal(a->owner,
                      "Director of Community and Children's Services");
  assert_string_equal(a->due, "2019-06-30");
  assert_string_equal(a->text, "The Director of Community and Children's "
                               "Services agreed to take this point away and "
                               "report back by 30 June 2019 (2).");
  assert_int_equal(a->line, 10);
  a = mins_doc_action(d, 2);
  assert_string_equal(a->owner, "Head of Community Safety");
  assert_string_equal(a->due, "2019-09-23");
  a = mins_doc_action(d, 3);
  assert_string_equal(a->number, "4");
  assert_true(a->flags & MINS_ACTION_SCAR);
  assert_null(a->owner);
  assert_non_null(unit_diag(d, "action-scar"));
  mins_doc_free(d);
}

static void owners(void **state) {
  (void)state;
  static const char *const cases[][2] = {
      {"The Project Officer agreed to establish the number (1).",
       "Project Officer"},
      {"Town Clerk to circulate the usage data to Members (1).", "Town Clerk"},
      {"The Chairman asked that the Town Clerk circulate the data (1).",
       "Town Clerk"},
      {"The Assistant Director, Public Protection agreed to write (1).",
       "Assistant Director, Public Protection"},
      {"It was agreed that an update would be brought back (1).", NULL},
      {"The Chairman asked that this be reported back (1).", NULL},
      {NULL, NULL}};
  for (int i = 0; cases[i][0]; i++) {
    char buf[512];
    snprintf(buf, sizeof buf, "## 1. A\n\n%s\n", cases[i][0]);
    mins_doc *d = unit_parse(buf);
    assert_int_equal(mins_doc_action_count(d), 1);
    if (cases[i][1])
      assert_string_equal(mins_doc_action(d, 0)->owner, cases[i][1]);
    else
      assert_null(mins_doc_action(d, 0)->owner);
    mins_doc_free(d);
  }
}

static void labels_lists_tasks(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## 1. Release\n\nACTION: Tim to invite the Fellows by 2025-03-01\n\n"
      "## Action items\n\n- Emma: reach out to mentors\n- Frank will start a "
      "discussion\n  - a detail\n- [x] Tim: done already\n\n"
      "## Actions\n\n* 4.1: CG to contact Rachel Killick.\n");
  assert_int_equal(mins_doc_action_count(d), 5);
  const mins_action *a = mins_doc_action(d, 0);
  assert_int_equal(a->style, MINS_ACTION_LABEL);
  assert_string_equal(a->owner, "Tim");
  assert_string_equal(a->due, "2025-03-01");
  assert_string_equal(a->item, "1");
  assert_string_equal(mins_doc_action(d, 1)->owner, "Emma");
  assert_int_equal(mins_doc_action(d, 1)->style, MINS_ACTION_LIST);
  assert_string_equal(mins_doc_action(d, 2)->owner, "Frank");
  a = mins_doc_action(d, 3);
  assert_int_equal(a->style, MINS_ACTION_TASK);
  assert_int_equal(a->status, MINS_STATUS_DONE);
  a = mins_doc_action(d, 4);
  assert_string_equal(a->number, "4.1");
  assert_string_equal(a->owner, "CG");
  mins_doc_free(d);
  /* a label in brackets, "Action by:" */
  d = unit_parse("## 1. Hedges\n\nThe hedge needs cutting (Action: Clerk). "
                 "The gate is broken.\n\nAction by: Tom Lee\n");
  assert_int_equal(mins_doc_action_count(d), 2);
  assert_string_equal(mins_doc_action(d, 0)->owner, "Clerk");
  assert_string_equal(mins_doc_action(d, 0)->text,
                      "The hedge needs cutting (Action: Clerk).");
  assert_string_equal(mins_doc_action(d, 1)->owner, "Tom Lee");
  mins_doc_free(d);
}

static void inferred(void **state) {
  (void)state;
  mins_doc *d = unit_parse("1\\. Footpaths: The Clerk agreed to chase it up. "
                           "It was agreed that the Chairman would write to "
                           "Highways.\n\n2\\. Other: It was noted.\n");
  assert_int_equal(mins_doc_action_count(d), 2);
  const mins_action *a = mins_doc_action(d, 0);
  assert_true(a->flags & MINS_ACTION_INFERRED);
  assert_string_equal(a->owner, "Clerk");
  assert_string_equal(a->text, "The Clerk agreed to chase it up.");
  assert_string_equal(mins_doc_action(d, 1)->owner, "Chairman");
  mins_doc_free(d);
  d = unit_parse_flags("## 1. A\n\nThe Clerk agreed to chase it up.\n",
                       MINS_PARSE_NO_INFER);
  assert_int_equal(mins_doc_action_count(d), 0);
  mins_doc_free(d);
  /* "X will ...": a post, a title or someone there; not a body, a thing,
   * or "will be" */
  d = unit_parse("Present: Tom Lee, Ann Fox\n\n## 1. Roads\n\n"
                 "The Clerk will report it to Highways. Network Rail will "
                 "close the line in May. Tom will ask the scouts. The Clerk "
                 "will be on leave in June. Cllr Brown will speak to the "
                 "landowner by 30 June 2024.\n");
  assert_int_equal(mins_doc_action_count(d), 3);
  assert_string_equal(mins_doc_action(d, 0)->owner, "Clerk");
  assert_string_equal(mins_doc_action(d, 1)->owner, "Tom");
  assert_string_equal(mins_doc_action(d, 2)->owner, "Cllr Brown");
  assert_string_equal(mins_doc_action(d, 2)->due, "2024-06-30");
  mins_doc_free(d);
  /* a club's posts are posts */
  d = unit_parse("## 6. Any other business\n\nThe Captain will circulate the "
                 "regatta schedule by 30 April 2025.\n");
  assert_int_equal(mins_doc_action_count(d), 1);
  assert_string_equal(mins_doc_action(d, 0)->owner, "Captain");
  mins_doc_free(d);
}

static void reviews(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "---\ndate: 2019-05-20\n---\n## 4. Outstanding actions\n\n"
      "**Action 3 (26 February 2019)** \xE2\x80\x93 to open the usage data: "
      "Completed.\n\n"
      "**Action 5 (26 February 2019)** \xE2\x80\x93 to review: Ongoing.\n\n"
      "1. **Action 2.4: Contact Sarah Wakelin.** _Withdrawn_ \xE2\x80\x93 "
      "the survey was cancelled.\n");
  assert_int_equal(mins_doc_review_count(d), 3);
  const mins_review *r = mins_doc_review(d, 0);
  assert_string_equal(r->ref, "2019-02-26#3");
  assert_int_equal(r->status, MINS_STATUS_DONE);
  assert_int_equal(r->line, 6);
  assert_int_equal(mins_doc_review(d, 1)->status, MINS_STATUS_ONGOING);
  r = mins_doc_review(d, 2);
  assert_null(r->ref);
  assert_string_equal(r->ref_number, "2.4");
  assert_int_equal(r->status, MINS_STATUS_DROPPED);
  /* what follows the status word is the review's note */
  assert_string_equal(r->note, "the survey was cancelled.");
  assert_null(mins_doc_review(d, 0)->note);
  assert_int_equal(mins_doc_action_count(d), 0);
  mins_doc_free(d);
}

static void tables(void **state) {
  (void)state;
  mins_doc *d =
      unit_parse("---\ndate: 2024-05-01\n---\n## 3. Actions\n\n"
                 "| No. | Action | Owner | Due |\n|---|---|---|---|\n"
                 "| 1 | Circulate the report | Town Clerk | 30/06/2024 |\n"
                 "| 2 | Book the hall | J. Smith | July 2024 |\n\n"
                 "## 4. Matters arising\n\n| Ref | Action | Status |\n"
                 "| --- | --- | --- |\n| 7 | Fix the gate | Completed |\n"
                 "| 8 | Trim hedges | In progress |\n");
  assert_int_equal(mins_doc_action_count(d), 2);
  const mins_action *a = mins_doc_action(d, 0);
  assert_string_equal(a->number, "1");
  assert_string_equal(a->text, "Circulate the report");
  assert_string_equal(a->owner, "Town Clerk");
  assert_string_equal(a->due, "2024-06-30");
  assert_int_equal(a->line, 8);
  assert_string_equal(mins_doc_action(d, 1)->due, "2024-07-31");
  assert_int_equal(mins_doc_review_count(d), 2);
  assert_string_equal(mins_doc_review(d, 0)->ref_number, "7");
  assert_int_equal(mins_doc_review(d, 0)->status, MINS_STATUS_DONE);
  assert_int_equal(mins_doc_review(d, 1)->status, MINS_STATUS_ONGOING);
  mins_doc_free(d);
  /* an action log with references of its own: a row nothing is said of
   * yet is this meeting's action (open), a row with an outcome a review;
   * a bare number is a place in an earlier list, reviewed whatever it says */
  d = unit_parse(
      "---\ndate: 2025-11-18\n---\n## Action log\n\n"
      "| Ref | Action | Owner | Deadline | Status |\n"
      "|---|---|---|---|---|\n"
      "| FA-25-07 | Circulate the forecast | DA | 31/10/2025 | Done |\n"
      "| FA-25-09 | Review the mandate | SC | 31/12/2025 | Open |\n"
      "| 4 | Book the auditors | LP | 30/11/2025 | Open |\n");
  assert_int_equal(mins_doc_action_count(d), 1);
  a = mins_doc_action(d, 0);
  assert_string_equal(a->number, "FA-25-09");
  assert_string_equal(a->owner, "SC");
  assert_string_equal(a->due, "2025-12-31");
  assert_int_equal(a->status, MINS_STATUS_OPEN);
  assert_int_equal(mins_doc_review_count(d), 2);
  assert_string_equal(mins_doc_review(d, 0)->ref_number, "FA-25-07");
  assert_int_equal(mins_doc_review(d, 0)->status, MINS_STATUS_DONE);
  assert_string_equal(mins_doc_review(d, 1)->ref_number, "4");
  mins_doc_free(d);
}

/* Action points ("AP 1:") and their closing table, reviews with minute
 * numbers and topics in brackets, an action log of this meeting under a
 * review heading, and a label of the meeting under "Actions". */
static void action_points_and_logs(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "---\ndate: 2024-03-06\n---\n## 1. Matters arising\n\n"
      "- AP 1 (Feb): Dr Karim to circulate the induction \xE2\x80\x93 done.\n"
      "- Action 38/23 (Freedom to Speak Up report to be scheduled): Ongoing "
      "\xE2\x80\x93 July.\n\n## 2. Teaching\n\n**AP 1:** Dr Souza to "
      "publish the allocation.\n\n## Summary of action points\n\n"
      "| AP | Action | Owner | Deadline |\n|----|----|----|----|\n"
      "| 1 | Publish allocation | Dr Souza | 22/03/2024 |\n"
      "| 2 | Ask Faculty | Prof. Rowntree | Next meeting |\n\n"
      "**Action log**\n\n| Minute | Action | Lead | Due date |\n"
      "|---|---|---|---|\n| 50/23 | Breakdown of spend | Chief Finance "
      "Officer | June 2024 |\n\n## Actions\n\n- Sandra: write the letter"
      "\n\nNext meeting: Tuesday 5 March 2024, 7pm.\n");
  assert_int_equal(mins_doc_review_count(d), 2);
  const mins_review *r = mins_doc_review(d, 0);
  assert_string_equal(r->ref_number, "1");
  assert_int_equal(r->status, MINS_STATUS_DONE);
  r = mins_doc_review(d, 1);
  assert_string_equal(r->ref_number, "38/23");
  assert_int_equal(r->status, MINS_STATUS_ONGOING);
  assert_int_equal(mins_doc_action_count(d), 4);
  const mins_action *a = mins_doc_action(d, 0);
  assert_string_equal(a->number, "1");
  assert_string_equal(a->owner, "Dr Souza");
  assert_string_equal(a->due, "2024-03-22");
  assert_int_equal(a->line, 11);
  a = mins_doc_action(d, 1);
  assert_string_equal(a->number, "2");
  assert_string_equal(a->owner, "Prof. Rowntree");
  a = mins_doc_action(d, 2);
  assert_string_equal(a->owner, "Chief Finance Officer");
  assert_string_equal(a->due, "2024-06-30");
  assert_string_equal(mins_doc_action(d, 3)->owner, "Sandra");
  mins_doc_free(d);
}

static void label_names_owner(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\ndate: 2024-03-01\n---\n## 2. Website\n\nThe "
                           "site needs new photos. **Action: JS**\n\n## 3. "
                           "Hall\n\nThe boiler must be serviced by 1 April.\n\n"
                           "ACTION: Clerk\n");
  assert_int_equal(mins_doc_action_count(d), 2);
  const mins_action *a = mins_doc_action(d, 0);
  assert_string_equal(a->owner, "JS");
  assert_string_equal(a->text, "The site needs new photos. Action: JS");
  a = mins_doc_action(d, 1);
  assert_string_equal(a->owner, "Clerk");
  assert_string_equal(a->text, "The boiler must be serviced by 1 April.");
  assert_string_equal(a->due, "2024-04-01");
  mins_doc_free(d);
}

/* Labels of open-source notes: "AI:", "TODO:"; owners as handles; a
 * weekday as the due date. */
static void oss_labels(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\ndate: 2024-05-14\n---\n# X\n\n## 1. A\n\n"
                           "- AI: @bobm to update the KEP by Friday\n"
                           "- TODO: Ed to book the room by next Tuesday\n");
  assert_int_equal(mins_doc_action_count(d), 2);
  const mins_action *a = mins_doc_action(d, 0);
  assert_string_equal(a->owner, "@bobm");
  assert_string_equal(a->due, "2024-05-17");
  a = mins_doc_action(d, 1);
  assert_string_equal(a->owner, "Ed");
  assert_string_equal(a->due_text, "by next Tuesday");
  mins_doc_free(d);
}

/* Columns count the file's bytes: entities and escapes as written. */
static void positions_past_entities(void **state) {
  (void)state;
  mins_doc *d = unit_parse("# 1. A\n\nTom &amp; Jerry &#8217;s &rsquo; \\( "
                           "agreed to do it (1).\n");
  assert_int_equal(mins_doc_action_count(d), 1);
  assert_int_equal(mins_doc_action(d, 0)->line, 3);
  assert_int_equal(mins_doc_action(d, 0)->column, 53);
  mins_doc_free(d);
}

/* Due phrases without a preposition, and words that only look like one. */
static void bare_dues(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "---\ndate: 2024-03-12\n---\n## 1. Parks\n\n"
      "The Clerk to write to the council next quarter (1).\n\n"
      "The Treasurer to circulate the accounts within two weeks (2).\n\n"
      "Fellows to join next week's meeting (3).\n");
  assert_int_equal(mins_doc_action_count(d), 3);
  assert_string_equal(mins_doc_action(d, 0)->due, "2024-06-30");
  assert_string_equal(mins_doc_action(d, 0)->due_text, "next quarter");
  assert_string_equal(mins_doc_action(d, 1)->due, "2024-03-26");
  /* "next week's meeting" names a meeting, not a deadline */
  assert_null(mins_doc_action(d, 2)->due_text);
  mins_doc_free(d);
}

/* An owner is a person, a post or a group at the start of its clause:
 * not the tail of a wrapped clause, a decision's word, or a phrase. */
static void owner_plausibility(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## 1. Estates\n\nResidents asked whether lighting can be fitted at "
      "Elm, Birch and\nWillow Gardens to deter vandalism at the garages "
      "behind the shops.\n\nReferred to the area committee for a view.\n\n"
      "The Estates Officer to report back by 30 September.\n");
  assert_int_equal(mins_doc_action_count(d), 1);
  assert_string_equal(mins_doc_action(d, 0)->owner, "Estates Officer");
  mins_doc_free(d);
  d = unit_parse("## Action items\n\n- Ana: draft the charter\n"
                 "- Open question: Who owns the roadmap?\n"
                 "- Next week's agenda - budget review\n");
  assert_int_equal(mins_doc_action_count(d), 2);
  assert_string_equal(mins_doc_action(d, 0)->owner, "Ana");
  assert_null(mins_doc_action(d, 1)->owner);
  mins_doc_free(d);
}

/* A closing table that repeats, with numbers, actions the text gave
 * without: the same owner and the same work make one action, which takes
 * the table's number and due date; another owner, or other work, is an
 * action of its own. */
static void summary_table_repeats(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## 2. Planting\n\nCarol has spoken to the parks officer. ACTION: "
      "Carol to confirm date with parks officer by 31 January.\n\nRob will "
      "ask the scouts whether they can help on the day. ACTION: Rob\n\n"
      "## Action summary\n\n| # | Action | Who | By when |\n|---|---|---|"
      "---|\n| 1 | Confirm planting date with parks officer | Carol | 31 Jan "
      "|\n| 2 | Ask scouts about helping | Rob | next meeting |\n| 3 | "
      "Confirm planting date with parks officer | Ken | 31 Jan |\n| 4 | "
      "Order the bulbs | Carol | 15 Feb |\n");
  assert_int_equal(mins_doc_action_count(d), 4);
  const mins_action *a = mins_doc_action(d, 0);
  assert_string_equal(a->number, "1");
  assert_string_equal(a->owner, "Carol");
  assert_int_equal(a->mention_count, 1);
  assert_int_equal(a->line, 3);
  a = mins_doc_action(d, 1);
  assert_string_equal(a->number, "2");
  assert_string_equal(a->due_text, "next meeting");
  a = mins_doc_action(d, 2);
  assert_string_equal(a->number, "3");
  assert_string_equal(a->owner, "Ken");
  a = mins_doc_action(d, 3);
  assert_string_equal(a->number, "4");
  assert_string_equal(a->text, "Order the bulbs");
  mins_doc_free(d);
}

/* Entries of an action-items list that name their owner before a dash:
 * a handle (its dots are no sentence's end) or a name before a task in
 * lower case; a label before a dash and a capital is no owner. */
static void dash_owners(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## Action items\n\n- [ ] @dev.patel \xE2\x80\x94 add TTL jitter (due "
      "2024-04-26)\n- [x] @maria.k \xE2\x80\x93 send the notice\n- Sam - fix "
      "the alert delay\n- Budget - Review in May\n");
  assert_int_equal(mins_doc_action_count(d), 4);
  assert_string_equal(mins_doc_action(d, 0)->owner, "@dev.patel");
  assert_string_equal(mins_doc_action(d, 0)->due, "2024-04-26");
  assert_string_equal(mins_doc_action(d, 1)->owner, "@maria.k");
  assert_int_equal(mins_doc_action(d, 1)->status, MINS_STATUS_DONE);
  assert_string_equal(mins_doc_action(d, 2)->owner, "Sam");
  assert_null(mins_doc_action(d, 3)->owner);
  mins_doc_free(d);
}

int suite_actions(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(oss_labels),
                                     cmocka_unit_test(positions_past_entities),
                                     cmocka_unit_test(bare_dues),
                                     cmocka_unit_test(markers),
                                     cmocka_unit_test(owners),
                                     cmocka_unit_test(labels_lists_tasks),
                                     cmocka_unit_test(inferred),
                                     cmocka_unit_test(reviews),
                                     cmocka_unit_test(tables),
                                     cmocka_unit_test(label_names_owner),
                                     cmocka_unit_test(action_points_and_logs),
                                     cmocka_unit_test(owner_plausibility),
                                     cmocka_unit_test(summary_table_repeats),
                                     cmocka_unit_test(dash_owners)};
  return cmocka_run_group_tests_name("actions", tests, NULL, NULL);
}
