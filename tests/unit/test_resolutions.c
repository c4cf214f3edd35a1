/* SPDX-License-Identifier: MIT */
/* resolutions.c: every spelling, outcomes and conditions, continuations,
 * labels, votes, and what is not a decision. */
#include "unit.h"

static void one(const char *body, const char *formula, mins_outcome o,
                const char *cond) {
  char buf[1024];
  snprintf(buf, sizeof buf, "## 5. Item\n\n%s\n", body);
  mins_doc *d = unit_parse(buf);
  assert_int_equal(mins_doc_resolution_count(d), 1);
  const mins_resolution *r = mins_doc_resolution(d, 0);
  if (formula)
    assert_string_equal(r->formula, formula);
  assert_int_equal(r->outcome, o);
  if (cond)
    assert_string_equal(r->conditions, cond);
  else
    assert_null(r->conditions);
  assert_string_equal(r->item, "5");
  assert_int_equal(r->line, 3);
  mins_doc_free(d);
}

static void spellings(void **state) {
  (void)state;
  one("Resolved, that the update be noted.", "Resolved, that",
      MINS_OUTCOME_NOTED, NULL);
  one("Resolved that the strategy be agreed.", "Resolved that",
      MINS_OUTCOME_AGREED, NULL);
  one("RESOLVED \xE2\x80\x93 That the report be received.",
      "RESOLVED \xE2\x80\x93 That", MINS_OUTCOME_NOTED, NULL);
  one("RESOLVED: That the bid be approved.", "RESOLVED: That",
      MINS_OUTCOME_APPROVED, NULL);
  one("It was resolved to approve the accounts.", NULL, MINS_OUTCOME_APPROVED,
      NULL);
  one("Agreed: consideration be deferred to the next meeting.",
      "Agreed:", MINS_OUTCOME_DEFERRED, NULL);
  one("**RESOLVED** that the proposal be rejected.", NULL,
      MINS_OUTCOME_REJECTED, NULL);
  one("Resolved, that, subject to advice from the Remembrancer and feedback "
      "from London Fire Brigade, option 2 be endorsed.",
      "Resolved, that,", MINS_OUTCOME_ENDORSED,
      "subject to advice from the Remembrancer and feedback from London Fire "
      "Brigade");
  one("Resolved, that the application for the Heritage Lottery Fund be "
      "withdrawn.",
      NULL, MINS_OUTCOME_OTHER, NULL);
  one("Resolution: close issue 1", "Resolution:", MINS_OUTCOME_AGREED, NULL);
  /* what is still to be done is not what was done */
  one("Decision: The WG will keep the token. To be confirmed on the list.",
      "Decision:", MINS_OUTCOME_AGREED, NULL);
  one("Cllr Mrs Lintern proposed acceptance of the Minutes seconded by Cllr "
      "Hand. **Unanimously Agreed**",
      "vote", MINS_OUTCOME_APPROVED, NULL);
  one("The motion was proposed by Cllr A and seconded by Cllr B but was "
      "defeated.",
      "vote", MINS_OUTCOME_REJECTED, NULL);
}

static void not_decisions(void **state) {
  (void)state;
  const char *bodies[] = {"Proposed resolution: close the issue",
                          "Resolved issues were discussed at length.",
                          "It was agreed that the Clerk would write (1).",
                          "The Chairman proposed a vote.",
                          "Members agreed with the Chairman.",
                          NULL};
  for (int i = 0; bodies[i]; i++) {
    char buf[512];
    snprintf(buf, sizeof buf, "## 1. A\n\n%s\n", bodies[i]);
    mins_doc *d = unit_parse(buf);
    assert_int_equal(mins_doc_resolution_count(d), 0);
    mins_doc_free(d);
  }
}

static void continuation(void **state) {
  (void)state;
  mins_doc *d = unit_parse("## 4. A\n\nResolved, that:\n\n(a) the report be "
                           "noted; and\n\n- b. the budget be approved.\n\n"
                           "Next paragraph.\n");
  assert_int_equal(mins_doc_resolution_count(d), 1);
  const char *t = mins_doc_resolution(d, 0)->text;
  assert_non_null(strstr(t, "(a) the report be noted"));
  assert_non_null(strstr(t, "the budget be approved"));
  assert_null(strstr(t, "Next paragraph"));
  mins_doc_free(d);
  d = unit_parse(
      "1. Adoption of Minutes:\n\nProposed by Councillor Galvin;\n\n"
      "Seconded by Councillor Browne;\n\nAnd Resolved:\n\n\"That, the "
      "draft Minutes, as circulated, be taken as read and adopted "
      "and signed.\"\n\n2. Other:\n\nx\n");
  assert_int_equal(mins_doc_resolution_count(d), 1);
  assert_int_equal(mins_doc_resolution(d, 0)->outcome, MINS_OUTCOME_APPROVED);
  assert_non_null(strstr(mins_doc_resolution(d, 0)->text, "draft Minutes"));
  mins_doc_free(d);
}

static void w3c_summary(void **state) {
  (void)state;
  mins_doc *d = unit_parse("### 1. Issue 1\n\n> ***Resolution #1: close issue "
                           "1***\n{: #resolution1 .resolution}\n\n### 2. "
                           "Resolutions\n\n* [Resolution #1](#resolution1): "
                           "close issue 1\n");
  assert_int_equal(mins_doc_resolution_count(d), 1);
  assert_string_equal(mins_doc_resolution(d, 0)->text,
                      "Resolution #1: close issue 1");
  mins_doc_free(d);
}

static void motions(void **state) {
  (void)state;
  mins_doc *d =
      unit_parse("## 2. Minutes\n\nMoved: Cr Chen\nSeconded: Cr Russo\n\n"
                 "That the Minutes be confirmed.\n\nCARRIED 5/0\n\n"
                 "## 3. Pool\n\nMoved: Cr Kaur\n\nSeconded: Cr Blake"
                 "\n\nThat Council closes the pool.\n\nLOST 2/3\n\n"
                 "Moved: Cr A\n\nThat the matter lie on the table.\n");
  assert_int_equal(mins_doc_resolution_count(d), 2);
  const mins_resolution *r = mins_doc_resolution(d, 0);
  assert_string_equal(r->text, "That the Minutes be confirmed.");
  assert_int_equal(r->outcome, MINS_OUTCOME_APPROVED);
  assert_int_equal(r->line, 6);
  r = mins_doc_resolution(d, 1);
  assert_int_equal(r->outcome, MINS_OUTCOME_REJECTED);
  assert_string_equal(r->item, "3");
  mins_doc_free(d);
}

/* North American forms: a numbered resolution with its mover and seconder
 * on lines of one paragraph, the result on its own; the motion in the
 * opening sentence; a one-sentence vote with "second by". */
static void motions_north_america(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## 3. Minutes\n\n**Resolution No. 2024-045**\nMoved by Councillor "
      "Brown\nSeconded by Deputy Mayor Patel\n\nTHAT the minutes be adopted "
      "as circulated.\n\n**CARRIED**\n\n## 4. Budget\n\nMoved by "
      "Councillor Brown, seconded by Councillor Wong, THAT the budget be "
      "adopted.\n\nDEFEATED\n\n## 5. Signs\n\nIt was moved by Cr Lee and "
      "seconded by Cr Park that new signs be installed.\nCarried "
      "unanimously.\n\n## 6. Consent agenda\n\nMotion by Smith, second by "
      "Jones, to approve the consent agenda. Motion carried 5-0.\n");
  assert_int_equal(mins_doc_resolution_count(d), 4);
  const mins_resolution *r = mins_doc_resolution(d, 0);
  assert_string_equal(r->text, "THAT the minutes be adopted as circulated.");
  assert_int_equal(r->line, 7);
  assert_int_equal(r->outcome, MINS_OUTCOME_APPROVED);
  r = mins_doc_resolution(d, 1);
  assert_string_equal(r->text, "THAT the budget be adopted.");
  assert_int_equal(r->outcome, MINS_OUTCOME_REJECTED);
  r = mins_doc_resolution(d, 2);
  assert_string_equal(r->text, "that new signs be installed.");
  assert_string_equal(r->item, "5");
  r = mins_doc_resolution(d, 3);
  assert_string_equal(r->item, "6");
  assert_true(strstr(r->text, "to approve the consent agenda") != NULL);
  mins_doc_free(d);
}

/* Under "Apologies" a formula is still a resolution, and names no one. */
static void in_people_sections(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Parks Committee\n\n## 1. Apologies\n\n"
      "Apologies were received from Ruth Evans and Tom Clark.\n\n"
      "Resolved, that the apologies be accepted.\n\n## 2. Minutes\n\n"
      "Resolved, that the minutes be approved.\n");
  assert_int_equal(mins_doc_resolution_count(d), 2);
  assert_string_equal(mins_doc_resolution(d, 0)->text,
                      "Resolved, that the apologies be accepted.");
  assert_string_equal(mins_doc_resolution(d, 0)->item, "1");
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 2);
  mins_doc_free(d);
}

/* An Apologies item whose business is a motion, as New Zealand and
 * Australian councils minute it: one resolution, and its lines are no
 * one's apologies; the apologies in its words are read. */
static void motion_in_apologies(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Council\n\n## 1 APOLOGIES\n\n**RESOLUTION CO/23/014**\n\n"
      "Moved: Cr Melser\nSeconded: Cr Law\n\nThat the apologies from Cr "
      "Brown and Cr Jane Ellis be received.\n\nCARRIED\n\n"
      "## 2 MINUTES\n\nThe minutes were confirmed.\n");
  /* the motion; the minutes confirmed in prose are no resolution */
  assert_int_equal(mins_doc_resolution_count(d), 1);
  const mins_resolution *r = mins_doc_resolution(d, 0);
  assert_string_equal(r->text,
                      "That the apologies from Cr Brown and Cr Jane Ellis be "
                      "received.");
  assert_string_equal(r->item, "1");
  assert_int_equal(r->outcome, MINS_OUTCOME_NOTED);
  assert_int_equal(r->line, 10);
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 2);
  assert_string_equal(mins_doc_person(d, MINS_APOLOGIES, 0)->name, "Brown");
  assert_string_equal(mins_doc_person(d, MINS_APOLOGIES, 1)->name,
                      "Jane Ellis");
  mins_doc_free(d);
  /* an apology for lateness is from someone present */
  d = unit_parse("# Council\n\n## 1 APOLOGIES\n\nMoved: Cr Melser\n"
                 "Seconded: Cr Law\n\nThat the apology for lateness from Cr "
                 "Brown be received.\n\nCARRIED\n");
  assert_int_equal(mins_doc_resolution_count(d), 1);
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 0);
  mins_doc_free(d);
}

/* A resolution in parts decides what its first deciding part decides;
 * "RESOLVED: That" goes on in the paragraphs of its parts. */
static void parts(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## 6.1 Annual Plan\n\nMoved: Mayor Corbett\nSeconded: Cr Melser\n\n"
      "That Council:\n\na) Receives the report; and\n\nb) Adopts the "
      "Consultation Document.\n\nCARRIED\n\n## 7. Budget\n\n"
      "**RESOLVED:** That\n\n(a) the forecast overspend be noted;\n\n"
      "(b) the virements be approved; and\n\n(c) the Director be asked to "
      "report.\n\nThe meeting ended.\n\n## 8. Report\n\nRESOLVED: That "
      "the report be noted.\n");
  assert_int_equal(mins_doc_resolution_count(d), 3);
  const mins_resolution *r = mins_doc_resolution(d, 0);
  assert_int_equal(r->outcome, MINS_OUTCOME_APPROVED);
  r = mins_doc_resolution(d, 1);
  assert_int_equal(r->outcome, MINS_OUTCOME_APPROVED);
  assert_string_equal(r->text,
                      "RESOLVED: That\n(a) the forecast overspend be noted;\n"
                      "(b) the virements be approved; and\n(c) the Director "
                      "be asked to report.");
  r = mins_doc_resolution(d, 2);
  assert_int_equal(r->outcome, MINS_OUTCOME_NOTED);
  mins_doc_free(d);
}

/* A proposal that names only its proposer and seconder records what was
 * decided before it; several votes in one paragraph are several. */
static void bare_proposals(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## 3. Minutes\n\nThe minutes were accepted as a true record. "
      "Proposed: Mr Holt. Seconded: Mrs Musgrove. Carried nem. con.\n\n"
      "## 4. Accounts\n\nMary presented the accounts.\nThe accounts were "
      "adopted.\nProposed: Kwame Asante   Seconded: Joan Feeney\n\n"
      "## 5. Elections\n\nChair: Joan Feeney, proposed by Mary O'Donnell, "
      "seconded by Ray Fletcher. Elected unopposed.\nSecretary: Tariq Aziz, "
      "proposed by Shirley Bamford, seconded by Kwame Asante. Elected "
      "unopposed.\n\n## 6. AOB\n\nMary proposed a raffle. Seconded: "
      "Joan.\n");
  assert_int_equal(mins_doc_resolution_count(d), 4);
  const mins_resolution *r = mins_doc_resolution(d, 0);
  assert_string_equal(r->text, "The minutes were accepted as a true record.");
  assert_int_equal(r->outcome, MINS_OUTCOME_APPROVED);
  r = mins_doc_resolution(d, 1);
  assert_string_equal(r->text, "The accounts were adopted.");
  assert_string_equal(r->item, "4");
  assert_int_equal(r->line, 8);
  r = mins_doc_resolution(d, 3);
  assert_string_equal(r->text,
                      "Secretary: Tariq Aziz, proposed by Shirley Bamford, "
                      "seconded by Kwame Asante. Elected unopposed.");
  assert_int_equal(r->line, 14);
  mins_doc_free(d);
}

/* Decisions given to the body: a verb in capitals, or one that decides;
 * not a body that agreed with someone or noted something. */
static void body_decisions(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## 47/23 Minutes\n\nThe minutes were APPROVED as an accurate "
      "record.\n\n## 52/23 Charity\n\nMr Ng left the room. The Board "
      "APPROVED the Charitable Funds Annual Report.\n\n## 5. Treasurer\n\n"
      "After discussion, the PCC agreed to pay the Parish Share monthly. "
      "The community council agreed not to object.\n\n## 6. Other\n\n"
      "Members agreed with the Chairman. The Committee noted the update.\n");
  assert_int_equal(mins_doc_resolution_count(d), 4);
  const mins_resolution *r = mins_doc_resolution(d, 0);
  assert_string_equal(r->text,
                      "The minutes were APPROVED as an accurate record.");
  assert_int_equal(r->outcome, MINS_OUTCOME_APPROVED);
  r = mins_doc_resolution(d, 1);
  assert_string_equal(r->text,
                      "The Board APPROVED the Charitable Funds Annual Report.");
  assert_int_equal(r->line, 7);
  assert_int_equal(r->column, 22);
  r = mins_doc_resolution(d, 2);
  assert_string_equal(r->text, "After discussion, the PCC agreed to pay the "
                               "Parish Share monthly.");
  assert_int_equal(r->outcome, MINS_OUTCOME_AGREED);
  r = mins_doc_resolution(d, 3);
  assert_string_equal(r->text, "The community council agreed not to object.");
  assert_string_equal(r->item, "5");
  mins_doc_free(d);
  /* "Agreed as a correct record.", a US motion with its tally lines, and a
   * motion to table */
  d = unit_parse("## 2. Minutes\n\nAgreed as a correct record.\n\n"
                 "## 3. Agenda\n\nMotion by O'Brien, second by Brooks, to "
                 "approve the agenda.\nAyes: Delgado, O'Brien. Noes: None.\n"
                 "Motion carried 5-0.\n\n## 4. Contract\n\nMotion by Lee to "
                 "table the item. Second by Brooks. Motion carried 4-1.\n");
  assert_int_equal(mins_doc_resolution_count(d), 3);
  assert_string_equal(mins_doc_resolution(d, 0)->text,
                      "Agreed as a correct record.");
  assert_string_equal(mins_doc_resolution(d, 1)->text,
                      "Motion by O'Brien, second by Brooks, to approve the "
                      "agenda.");
  assert_int_equal(mins_doc_resolution(d, 1)->outcome, MINS_OUTCOME_APPROVED);
  assert_int_equal(mins_doc_resolution(d, 2)->outcome, MINS_OUTCOME_DEFERRED);
  mins_doc_free(d);
}

/* With the default pattern, body decisions are looked for only around the
 * words that can carry one (resolutions.c, body_decision); the same
 * pattern set from outside is run over whole paragraphs. Both must find
 * the same decisions: after abbreviations, a verb in capitals after a
 * semicolon (the sentence is the decision), none in the near misses
 * ("agreed with", "noted", a verb in capitals after no body). */
static void body_decisions_windowed(void **state) {
  (void)state;
  static const char text[] =
      "## 4. Grants\n\nThe Treasurer, Mr. Fry, reported on the fund, e.g. "
      "the Town Council APPROVED the grant in March. Members noted it.\n\n"
      "## 5. Lighting\n\nFollowing lengthy and detailed discussions, the "
      "sub-committee unanimously agreed that the lamps be replaced; the "
      "Board RATIFIED the decision. The tenants agreed to help.\n\n"
      "## 6. Other\n\nMembers agreed with the Chairman. It was discussed "
      "and the report DEFERRED. The minutes were CONFIRMED.\n";
  mins_parser *def = unit_parser(), *set = unit_parser();
  const char *src = mins_parser_pattern(def, "body-decision");
  assert_non_null(src);
  assert_int_equal(mins_parser_set_pattern(set, "body-decision", src), 0);
  mins_doc *a = NULL, *b = NULL;
  assert_int_equal(mins_parser_parse(&a, def, "a", text, strlen(text)), 0);
  assert_int_equal(mins_parser_parse(&b, set, "b", text, strlen(text)), 0);
  assert_int_equal(mins_doc_resolution_count(a), 3);
  assert_int_equal(mins_doc_resolution_count(b), 3);
  for (size_t i = 0; i < 3; i++) {
    const mins_resolution *ra = mins_doc_resolution(a, i);
    const mins_resolution *rb = mins_doc_resolution(b, i);
    assert_string_equal(ra->text, rb->text);
    assert_int_equal(ra->line, rb->line);
    assert_int_equal(ra->column, rb->column);
  }
  assert_string_equal(mins_doc_resolution(a, 1)->text,
                      "Following lengthy and detailed discussions, the "
                      "sub-committee unanimously agreed that the lamps be "
                      "replaced; the Board RATIFIED the decision.");
  assert_string_equal(mins_doc_resolution(a, 0)->text,
                      "The Treasurer, Mr. Fry, reported on the fund, e.g. the "
                      "Town Council APPROVED the grant in March.");
  assert_string_equal(mins_doc_resolution(a, 2)->text,
                      "The minutes were CONFIRMED.");
  mins_doc_free(a);
  mins_doc_free(b);
  mins_parser_free(def);
  mins_parser_free(set);
}

/* Prose deferrals (not minutes approved in prose), a motion in parts in
 * one paragraph, and the labels of working groups. */
static void prose_and_labels(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## 1. Minutes\n\nThe minutes of the meeting held on 2 April 2024 "
      "were accepted as a true record.\n\n## 2. Parking\n\nPostponed until "
      "the survey is complete.\n\n## 3. Plan\n\nMoved: Cr Hale\nSeconded: "
      "Cr Ito\n\nThat the Board:\n1. Receives the report; and\n2. Approves "
      "the plan.\n\nCARRIED\n\n## 4. Other\n\nMembers agreed with the "
      "Chairman. The minutes of this meeting were confirmed at the next "
      "meeting.\n");
  /* the minutes accepted are item 1's outcome, not a resolution */
  assert_int_equal(mins_doc_resolution_count(d), 2);
  assert_string_equal(mins_doc_resolution(d, 0)->item, "2");
  assert_int_equal(mins_doc_resolution(d, 0)->outcome, MINS_OUTCOME_DEFERRED);
  assert_string_equal(mins_doc_resolution(d, 1)->item, "3");
  assert_int_equal(mins_doc_resolution(d, 1)->outcome, MINS_OUTCOME_APPROVED);
  mins_doc_free(d);
  d = unit_parse("## 1. Tokens\n\nOutcome: no consensus, revisit in May.\n\n"
                 "Consensus: adopt the draft.\n\nDecision was that the "
                 "editors will merge it.\n\nConclusion: none.\n");
  assert_int_equal(mins_doc_resolution_count(d), 2);
  assert_string_equal(mins_doc_resolution(d, 0)->text,
                      "Consensus: adopt the draft.");
  assert_int_equal(mins_doc_resolution(d, 1)->outcome, MINS_OUTCOME_AGREED);
  mins_doc_free(d);
}

/* Numbered paragraphs under an item ("4.3 Senate APPROVED ..."), and the
 * decisions of a UN working party. */
static void numbered_paragraphs(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Senate\n\n## 4. Curriculum\n\n4.1 The DVC introduced the paper."
      "\n\n4.2 Senate APPROVED the framework.\n\n4.3 The Academic Registrar "
      "to circulate guidance by 30 April 2025.\n\n## 5. Working Party\n\n"
      "5.1 The Working Party decided to continue its work.\n\n"
      "5.2 There were 4.3 million responses.\n");
  assert_int_equal(mins_doc_resolution_count(d), 2);
  assert_string_equal(mins_doc_resolution(d, 0)->text,
                      "Senate APPROVED the framework.");
  assert_int_equal(mins_doc_resolution(d, 0)->outcome, MINS_OUTCOME_APPROVED);
  assert_string_equal(mins_doc_resolution(d, 1)->item, "5");
  assert_int_equal(mins_doc_action_count(d), 1);
  assert_string_equal(mins_doc_action(d, 0)->owner, "Academic Registrar");
  mins_doc_free(d);
  /* "... and resolved:" with its list, as Kenyan minutes write it */
  d = unit_parse("# Committee\n\n## 1. The Bill\n\nThe Committee considered "
                 "the Bill and resolved:\n\n1. THAT, Clause 5 be amended;\n"
                 "2. THAT, the Clerk prepares the report.\n");
  assert_int_equal(mins_doc_resolution_count(d), 1);
  assert_non_null(strstr(mins_doc_resolution(d, 0)->text, "Clause 5"));
  mins_doc_free(d);
}

int suite_resolutions(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(spellings),
                                     cmocka_unit_test(numbered_paragraphs),
                                     cmocka_unit_test(not_decisions),
                                     cmocka_unit_test(continuation),
                                     cmocka_unit_test(w3c_summary),
                                     cmocka_unit_test(motions),
                                     cmocka_unit_test(motions_north_america),
                                     cmocka_unit_test(in_people_sections),
                                     cmocka_unit_test(motion_in_apologies),
                                     cmocka_unit_test(parts),
                                     cmocka_unit_test(bare_proposals),
                                     cmocka_unit_test(body_decisions),
                                     cmocka_unit_test(body_decisions_windowed),
                                     cmocka_unit_test(prose_and_labels)};
  return cmocka_run_group_tests_name("resolutions", tests, NULL, NULL);
}
