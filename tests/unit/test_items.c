/* SPDX-License-Identifier: MIT */
/* items.c: numbered items in headings, paragraphs, lists and running text;
 * unnumbered topics; sections; furniture. */
#include "unit.h"

static void check_items(mins_doc *d, size_t n, const char *const *nums,
                        const char *const *titles) {
  assert_int_equal(mins_doc_item_count(d), n);
  for (size_t i = 0; i < n; i++) {
    const mins_item *it = mins_doc_item(d, i);
    if (nums[i])
      assert_string_equal(it->number, nums[i]);
    else
      assert_null(it->number);
    assert_string_equal(it->title, titles[i]);
  }
}

static void headings_mixed_levels(void **state) {
  (void)state;
  mins_doc *d =
      unit_parse("# COMMITTEE\n\n#### 1. APOLOGIES\n\nNone.\n\n"
                 "## 2. DECLARATIONS\n\nNone.\n\n### Item 3 \xE2\x80\x93 "
                 "Budget pdf icon PDF 61 KB\n\nMinutes:\n\nText.\n\n"
                 "## 3a. Sub\n\nx\n\n## 17.1: Deep\n\n#### **Sub "
                 "heading**\n\ntext\n");
  const char *nums[] = {"1", "2", "3", "3a", "17.1"};
  const char *titles[] = {"APOLOGIES", "DECLARATIONS", "Budget", "Sub", "Deep"};
  check_items(d, 5, nums, titles);
  assert_int_equal(mins_doc_item(d, 0)->line, 3);
  assert_int_equal(mins_doc_item(d, 0)->level, 4);
  assert_int_equal(mins_doc_item(d, 0)->kind, MINS_ITEM_APOLOGIES);
  assert_int_equal(mins_doc_item(d, 4)->end_line, 25);
  mins_doc_free(d);
}

static void not_items(void **state) {
  (void)state;
  mins_doc *d =
      unit_parse("## 1. Real\n\nx\n\n## 20 May 2019\n\n## "
                 "2023-06-15\n\n## 3 members of the public\n\ntext\n");
  assert_int_equal(mins_doc_item_count(d), 1);
  mins_doc_free(d);
}

static void minute_numbers(void **state) {
  (void)state;
  mins_doc *d = unit_parse("203/18 To receive apologies: none.\n\n204/18 "
                           "Declarations of interest \xE2\x80\x93 none.\n\n"
                           "Application 15/00707/F was noted.\n");
  const char *nums[] = {"203/18", "204/18"};
  const char *titles[] = {"To receive apologies", "Declarations of interest"};
  check_items(d, 2, nums, titles);
  mins_doc_free(d);
}

static void paragraphs_and_run_on(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "1\\. Election of Chairman It was proposed and seconded that Cllr D "
      "Llewellyn should remain as Chairman.\n\n"
      "2\\. Chairman signed his Acceptance of Office.\n\n"
      "5\\. Election of Vice-Chairman It was agreed. 6. The Minutes of the "
      "meeting were agreed as a true record.\n");
  const char *nums[] = {"1", "2", "5", "6"};
  const char *titles[] = {"Election of Chairman",
                          "Chairman signed his Acceptance of Office",
                          "Election of Vice-Chairman",
                          ("The Minutes of the meeting were agreed as a true "
                           "record")};
  check_items(d, 4, nums, titles);
  assert_true(mins_doc_item(d, 3)->column > 1);
  mins_doc_free(d);
}

static void ordered_list_items(void **state) {
  (void)state;
  mins_doc *d = unit_parse("1. Adoption of Minutes:\n\nCirculated.\n\n3. Home "
                           "and Social Development:\nCluid Housing\n\nText.\n\n"
                           "2. Customer Services:\n\nMore.\n\n1. a\n2. b\n");
  const char *nums[] = {"1", "3", "2"};
  const char *titles[] = {"Adoption of Minutes", "Home and Social Development",
                          "Customer Services"};
  check_items(d, 3, nums, titles);
  mins_doc_free(d);
}

static void topics(void **state) {
  (void)state;
  mins_doc *d =
      unit_parse("# Team meeting notes\n\n## Agenda\n\n- GSoC\n- "
                 "Fellows\n\n### GSoC\n\n- Mentors.\n\n### Fellows\n\n"
                 "- Capacity.\n\n## Action items\n\n- Tim: invite\n");
  const char *nums[] = {NULL, NULL};
  const char *titles[] = {"GSoC", "Fellows"};
  check_items(d, 2, nums, titles);
  mins_doc_free(d);
  d = unit_parse("Intro text.\n\n- Theft \xE2\x80\x93 theft continues.\n- "
                 "Personal safety \xE2\x80\x93 advice was asked.\n* Drugs "
                 "\xE2\x80\x93 some discussion.\n");
  const char *t2[] = {"Theft", "Personal safety", "Drugs"};
  const char *n2[] = {NULL, NULL, NULL};
  check_items(d, 3, n2, t2);
  mins_doc_free(d);
}

static void kinds(void **state) {
  (void)state;
  assert_int_equal(mins__item_kind("APOLOGIES"), MINS_ITEM_APOLOGIES);
  assert_int_equal(mins__item_kind("Declarations of Interest"),
                   MINS_ITEM_DECLARATIONS);
  assert_int_equal(mins__item_kind("Chairman to sign Declaration of Office"),
                   MINS_ITEM_PROCEDURAL);
  assert_int_equal(mins__item_kind("OUTSTANDING ACTIONS"), MINS_ITEM_ACTIONS);
  assert_int_equal(mins__item_kind("Matters arising"), MINS_ITEM_ACTIONS);
  assert_int_equal(mins__item_kind("ANY OTHER BUSINESS"), MINS_ITEM_AOB);
  assert_int_equal(mins__item_kind("To agree the minutes of the meeting"),
                   MINS_ITEM_MINUTES);
  assert_int_equal(mins__item_kind("Budget"), MINS_ITEM_OTHER);
}

static void exempt(void **state) {
  (void)state;
  mins_doc *d =
      unit_parse("---\nexempt: [\"2\"]\n---\n## 1. A (Exempt)\n\nx\n\n"
                 "## 2. B\n\ny\n\n## 3. C\n\nz\n");
  assert_true(mins_doc_item(d, 0)->flags & MINS_ITEM_EXEMPT);
  assert_true(mins_doc_item(d, 1)->flags & MINS_ITEM_EXEMPT);
  assert_false(mins_doc_item(d, 2)->flags & MINS_ITEM_EXEMPT);
  mins_doc_free(d);
}

static void outline_numbers(void **state) {
  (void)state;
  mins_doc *d = unit_parse("## I. CALL TO ORDER\n\nx\n\n## II. ROLL CALL\n\n"
                           "y\n\n## IV. OUT OF TURN\n\nz\n\n## III. MINUTES\n\n"
                           "w\n");
  const char *nums[] = {"I", "II", "III"};
  const char *titles[] = {"CALL TO ORDER", "ROLL CALL", "MINUTES"};
  check_items(d, 3, nums, titles);
  mins_doc_free(d);
  /* "I. Smith" is an initial, and letters under digits are sub-points */
  d = unit_parse("## 1. A\n\nI. Smith reported.\n\n## 2. B\n\n### A. Sub\n\n"
                 "x\n\n### B. Sub\n\ny\n");
  const char *n2[] = {"1", "2"};
  const char *t2[] = {"A", "B"};
  check_items(d, 2, n2, t2);
  mins_doc_free(d);
  /* bold numerals in paragraphs, lettered sub-items between them, a
   * lettered list in one paragraph; every numeral, not only I, M, N */
  d = unit_parse("**I. APPROVAL OF AGENDA**\n\nDone.\n\n**II. PUBLIC "
                 "COMMENT**\n\nNone.\n\n**III. CONSENT AGENDA**\n\nA. "
                 "Approval of Minutes\nB. Approval of Warrants\n\n**IV. "
                 "ACTION ITEMS**\n\n**A. Resolution No. 23-24-07: Budget**\n\n"
                 "Adopted.\n\n**B. Policy 5131**\n\nFailed.\n\n**V. "
                 "ADJOURNMENT**\n\nClosed.\n");
  const char *n3[] = {"I", "II", "III", "IV", "A", "B", "V"};
  const char *t3[] = {"APPROVAL OF AGENDA",
                      "PUBLIC COMMENT",
                      "CONSENT AGENDA",
                      "ACTION ITEMS",
                      "Resolution No. 23-24-07: Budget",
                      "Policy 5131",
                      "ADJOURNMENT"};
  check_items(d, 7, n3, t3);
  mins_doc_free(d);
}

/* An unnumbered heading at the items' level ends the item above it. */
static void heading_ends_item(void **state) {
  (void)state;
  mins_doc *d = unit_parse("### Minute 52/23 Report\n\nApproved.\n\n"
                           "### Minute 53/23 Any Other Business\n\nNone.\n\n"
                           "### Date of next meeting\n\n27 July 2023.\n");
  assert_int_equal(mins_doc_item_count(d), 2);
  assert_int_equal(mins_doc_item(d, 1)->end_line, 7);
  mins_doc_free(d);
}

/* Numbered entries that look like page furniture or counts are items. */
static void furniture_lookalikes(void **state) {
  (void)state;
  /* "2. Minutes" is an item, not the page's "Minutes" label; a leading
   * space does not change it */
  mins_doc *d = unit_parse("1. Apologies\n\nNone.\n\n 2. Minutes\n\n"
                           "Approved.\n\n3. Play area\n\nNoted.\n");
  const char *nums[] = {"1", "2", "3"};
  const char *titles[] = {"Apologies", "Minutes", "Play area"};
  check_items(d, 3, nums, titles);
  mins_doc_free(d);
  /* a heading's sub-number may have a title in lower case; a version
   * number is not a sub-number */
  d = unit_parse("## 3. Reports\n\nx\n\n### 3.2 issue two\n\ny\n\n"
                 "### 3.0 upgrade notes\n\nz\n");
  const char *n2[] = {"3", "3.2"};
  const char *t2[] = {"Reports", "issue two"};
  check_items(d, 2, n2, t2);
  mins_doc_free(d);
}

/* Minutes written as one Markdown list, each entry an item with its text
 * inside; but numbered points under topic headings stay points. */
static void structured_lists(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Parks\n\n1. Apologies\n\n   None received.\n\n2. Play area\n\n"
      "   Resolved, that the report be noted.\n\n3. Any other business\n\n"
      "   None.\n");
  const char *nums[] = {"1", "2", "3"};
  const char *titles[] = {"Apologies", "Play area", "Any other business"};
  check_items(d, 3, nums, titles);
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 0);
  assert_string_equal(mins_doc_resolution(d, 0)->item, "2");
  mins_doc_free(d);
  d = unit_parse("# Parks\n\n1. **Apologies** None received.\n"
                 "2. **Play area:** Resolved, that the report be noted.\n"
                 "3. **Any other business** None.\n");
  check_items(d, 3, nums, titles);
  mins_doc_free(d);
  d = unit_parse("# Parks\n\n## Budget\n\n1. **Income** rose.\n"
                 "2. **Costs** fell.\n\n## Play area\n\n1. Swings\n\n"
                 "   Broken.\n\n2. Slide\n\n   Fine.\n");
  const char *t2[] = {"Budget", "Play area"};
  const char *n2[] = {NULL, NULL};
  check_items(d, 2, n2, t2);
  mins_doc_free(d);
  /* bulleted, under an agenda heading: the agenda is the minutes */
  d = unit_parse("# SIG Node\n\n## 2024-05-14\n\n### Agenda\n\n"
                 "- KEP-1234 graduation\n  - Decision: beta in 1.31\n"
                 "- CI flakes\n  - AI: Dawn to file issues\n");
  const char *t3[] = {"KEP-1234 graduation", "CI flakes"};
  check_items(d, 2, n2, t3);
  assert_int_equal(mins_doc_action_count(d), 1);
  mins_doc_free(d);
  /* entries that are what people said are a discussion, not items */
  d = unit_parse("# Council\n\n## Minutes\n\n- Ryan: cadence\n  - weekly\n"
                 "- Mara: streams\n  - two\n- Jack: policy\n  - none\n");
  assert_int_equal(mins_doc_item_count(d), 0);
  mins_doc_free(d);
}

/* Minutes typed as plain text: a numbered title line over its text is an
 * item, one list to Markdown; a label before the list does not take it;
 * a list wrapped at a fixed width is no list of items. */
static void title_lines(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "PARKSIDE TENANTS AND RESIDENTS ASSOCIATION\n\nMINUTES OF THE ANNUAL "
      "GENERAL MEETING\n\nApologies:\nLes Brindley, Evelyn Shaw\n\n"
      "1. Welcome and introductions\nJoan welcomed everyone.\n\n"
      "2. Minutes of the 2022 AGM\nThe minutes were read and agreed.\n\n"
      "3. Any other business\nNone.\n");
  const char *nums[] = {"1", "2", "3"};
  const char *titles[] = {"Welcome and introductions",
                          "Minutes of the 2022 AGM", "Any other business"};
  check_items(d, 3, nums, titles);
  assert_int_equal(mins_doc_item(d, 1)->line, 11);
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 2);
  assert_string_equal(mins_doc_meeting(d)->committee.value,
                      "Parkside Tenants and Residents Association");
  mins_doc_free(d);
  d = unit_parse("# Parks\n\n## 1. Play area\n\nThe Clerk reported:\n\n"
                 "1. The swings in the play area have been\nrepaired by the "
                 "contractor.\n2. The slide is awaiting\nA new part.\n");
  const char *n2[] = {"1"};
  const char *t2[] = {"Play area"};
  check_items(d, 1, n2, t2);
  mins_doc_free(d);
}

/* Boards that write no numbers: each topic a bold label, its text after
 * it; labels of the meeting itself are not topics. */
static void label_topics(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Willow Creek HOA\n## Board Meeting Minutes\n### June 3, 2024\n\n"
      "**Date:** June 3, 2024\n\n**Call to order:** At 6:32 PM.\n\n"
      "**Approval of minutes:** Approved 3-0.\n\n"
      "**Treasurer's report**\n\nA balance of $48,210.\n\n"
      "**Pool resurfacing:** The bid was accepted.\n");
  const char *nums[] = {NULL, NULL, NULL, NULL};
  const char *titles[] = {"Call to order", "Approval of minutes",
                          "Treasurer's report", "Pool resurfacing"};
  check_items(d, 4, nums, titles);
  assert_string_equal(mins_doc_meeting(d)->committee.value,
                      "Willow Creek HOA Board");
  mins_doc_free(d);
  /* under topic headings, bold labels are points of the topic */
  d = unit_parse("# Board\n\n## Pool\n\n**Cost:** high.\n\n**Bids:** two."
                 "\n\n**Start:** May.\n\n## Roads\n\nx\n");
  const char *t2[] = {"Pool", "Roads"};
  check_items(d, 2, nums, t2);
  mins_doc_free(d);
}

/* text_blocks counts what is under an item, not its own heading. */
static void text_blocks(void **state) {
  (void)state;
  mins_doc *d = unit_parse("## 1. Empty\n\n## 2. Full\n\nOne.\n\nTwo.\n");
  assert_int_equal(mins_doc_item_count(d), 2);
  assert_int_equal(mins_doc_item(d, 0)->text_blocks, 0);
  assert_int_equal(mins_doc_item(d, 1)->text_blocks, 2);
  mins_doc_free(d);
  /* a paragraph item counts the text after its title */
  d = unit_parse("1. Apologies\n\nNone.\n\n2. Play area. The Committee "
                 "noted it.\n\nx\n\n3. Any other business\n");
  assert_int_equal(mins_doc_item_count(d), 3);
  assert_int_equal(mins_doc_item(d, 0)->text_blocks, 1);
  assert_int_equal(mins_doc_item(d, 1)->text_blocks, 2);
  assert_int_equal(mins_doc_item(d, 2)->text_blocks, 0);
  mins_doc_free(d);
}

/* Minutes typed as one ordered list, each entry an item with its title
 * run into its text ("Title – text", "Title: text", "TITLE. Text"); the
 * records inside belong to it. A present label with its own names is not
 * continued by such a list; a list of tasks under "Actions:" is no item. */
static void titled_list_items(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "Present: Ann Kerr (Chair), Bob Lyle, Cath Moss.\n\n"
      "1. Apologies \xE2\x80\x93 Apologies were received from Dan Neal.\n"
      "2. Previous minutes \xE2\x80\x93 The minutes of the meeting held on "
      "3 May 2024 were agreed and signed.\n"
      "3. Footpaths \xE2\x80\x93 Bob Lyle reported a fallen tree. Bob to "
      "contact the ranger by 30 June.\n"
      "4. Bus shelter \xE2\x80\x93 Deferred to the July meeting.\n");
  assert_int_equal(mins_doc_item_count(d), 4);
  assert_string_equal(mins_doc_item(d, 0)->title, "Apologies");
  assert_string_equal(mins_doc_item(d, 2)->number, "3");
  assert_string_equal(mins_doc_item(d, 2)->title, "Footpaths");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 3);
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 1);
  assert_string_equal(mins_doc_person(d, MINS_APOLOGIES, 0)->name, "Dan Neal");
  /* the minutes agreed in prose are item 2's outcome, not a resolution */
  assert_int_equal(mins_doc_resolution_count(d), 1);
  assert_string_equal(mins_doc_resolution(d, 0)->item, "4");
  assert_int_equal(mins_doc_resolution(d, 0)->outcome, MINS_OUTCOME_DEFERRED);
  assert_int_equal(mins_doc_action_count(d), 1);
  assert_string_equal(mins_doc_action(d, 0)->item, "3");
  assert_string_equal(mins_doc_action(d, 0)->owner, "Bob");
  mins_doc_free(d);
  /* "Title: text" and "TITLE. Text" */
  d = unit_parse("1. Welcome: The Chair opened the meeting.\n"
                 "2. Finance: The report was noted.\n"
                 "3. Grants: None this month.\n");
  assert_int_equal(mins_doc_item_count(d), 3);
  assert_string_equal(mins_doc_item(d, 1)->title, "Finance");
  mins_doc_free(d);
  d = unit_parse("1. APOLOGIES. None.\n2. ACCOUNTS. The accounts were "
                 "presented.\n3. RENTS. No change.\n");
  assert_int_equal(mins_doc_item_count(d), 3);
  assert_string_equal(mins_doc_item(d, 1)->title, "ACCOUNTS");
  mins_doc_free(d);
  /* a list of tasks is no list of items, nor a list of sentences */
  d = unit_parse("## 1. Grants\n\nText.\n\nActions:\n\n"
                 "1. Peter Quayle: Obtain quotes.\n"
                 "2. Ann Kerr: Book the hall.\n");
  assert_int_equal(mins_doc_item_count(d), 1);
  mins_doc_free(d);
  d = unit_parse("1. The meeting opened at 7pm.\n2. The Chair welcomed "
                 "everyone.\n3. Nothing else was raised.\n");
  assert_int_equal(mins_doc_item_count(d), 0);
  mins_doc_free(d);
  /* a topic in sentence case before text in lower case: minutes; a name
   * or a post before it: tasks */
  d = unit_parse("## Minutes\n\n1. Water troughs: the tap on plot 14 leaks.\n"
                 "2. Skip hire: skip booked for May.\n");
  assert_int_equal(mins_doc_item_count(d), 2);
  assert_string_equal(mins_doc_item(d, 0)->title, "Water troughs");
  mins_doc_free(d);
  d = unit_parse("1. Peter Quayle: obtain quotes.\n"
                 "2. Clerk and Treasurer: book the hall.\n");
  assert_int_equal(mins_doc_item_count(d), 0);
  mins_doc_free(d);
}

/* "**7. NEW BUSINESS**" then "7.1 Budget amendment" over its motion:
 * sub-items under their own item only; a numbered paragraph that is a
 * sentence stays text. */
static void sub_item_paragraphs(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "**6. MINUTES**\n\nApproved.\n\n**7. NEW BUSINESS**\n\n"
      "7.1 Budget Amendment No. 2\nMotion by Ruiz, seconded by Park, to "
      "approve the amendment. Motion carried 4-0.\n\n"
      "7.2 Fee Schedule\n\nMotion by Park, seconded by Ruiz, to table the "
      "item. Motion carried 4-0.\n\n"
      "7.3 The Board noted the staffing report.\n\n**8. ADJOURNMENT**\n\n"
      "9.1 Stray Sub Item\n");
  assert_int_equal(mins_doc_item_count(d), 5);
  assert_string_equal(mins_doc_item(d, 2)->number, "7.1");
  assert_string_equal(mins_doc_item(d, 2)->title, "Budget Amendment No. 2");
  assert_string_equal(mins_doc_item(d, 3)->number, "7.2");
  assert_string_equal(mins_doc_item(d, 4)->number, "8");
  assert_string_equal(mins_doc_resolution(d, 0)->item, "7.1");
  mins_doc_free(d);
}

/* "##### Resolution" over a list, nested in a topic: each entry a
 * resolution of that topic. */
static void resolution_heading(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## Topics\n\n### Release cadence\n\nLong discussion.\n\n"
      "#### Resolution\n\n- Release every six weeks.\n- Keep the LTS line."
      "\n\n### Website\n\nNo change.\n");
  assert_int_equal(mins_doc_resolution_count(d), 2);
  assert_string_equal(mins_doc_resolution(d, 1)->text, "Keep the LTS line.");
  assert_string_equal(mins_doc_item(d, mins_doc_item_count(d) - 2)->title,
                      "Release cadence");
  mins_doc_free(d);
}

/* Minute numbers with the committee's letters ("HASC/23/45", "CAB
 * 12/24"), as headings or paragraphs; a declaration names its minute. */
static void coded_minute_numbers(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Scrutiny Committee\n\n## HASC/23/45 Declarations of Interest\n\n"
      "Councillor Hawken declared an interest in minute HASC/23/47.\n\n"
      "## HASC/23/46 Minutes\n\nRESOLVED that the minutes be approved.\n\n"
      "## HASC/23/47 Care Home Fees\n\nRESOLVED that the report be "
      "noted.\n");
  assert_int_equal(mins_doc_item_count(d), 3);
  assert_string_equal(mins_doc_item(d, 0)->number, "HASC/23/45");
  assert_string_equal(mins_doc_item(d, 0)->title, "Declarations of Interest");
  assert_string_equal(mins_doc_resolution(d, 1)->item, "HASC/23/47");
  assert_int_equal(mins_doc_declaration_count(d), 1);
  assert_string_equal(mins_doc_declaration(d, 0)->item, "HASC/23/47");
  mins_doc_free(d);
  d = unit_parse("CABINET\n\nCAB 11/24 Apologies\n\nNone.\n\nCAB 12/24 "
                 "Budget Monitoring\n\nRESOLVED that the position be "
                 "noted.\n");
  assert_int_equal(mins_doc_item_count(d), 2);
  assert_string_equal(mins_doc_item(d, 1)->number, "CAB 12/24");
  assert_string_equal(mins_doc_item(d, 1)->title, "Budget Monitoring");
  assert_string_equal(mins_doc_resolution(d, 0)->item, "CAB 12/24");
  mins_doc_free(d);
}

int suite_items(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(headings_mixed_levels),
                                     cmocka_unit_test(not_items),
                                     cmocka_unit_test(minute_numbers),
                                     cmocka_unit_test(paragraphs_and_run_on),
                                     cmocka_unit_test(ordered_list_items),
                                     cmocka_unit_test(topics),
                                     cmocka_unit_test(kinds),
                                     cmocka_unit_test(exempt),
                                     cmocka_unit_test(outline_numbers),
                                     cmocka_unit_test(furniture_lookalikes),
                                     cmocka_unit_test(text_blocks),
                                     cmocka_unit_test(structured_lists),
                                     cmocka_unit_test(label_topics),
                                     cmocka_unit_test(title_lines),
                                     cmocka_unit_test(heading_ends_item),
                                     cmocka_unit_test(titled_list_items),
                                     cmocka_unit_test(sub_item_paragraphs),
                                     cmocka_unit_test(resolution_heading),
                                     cmocka_unit_test(coded_minute_numbers)};
  return cmocka_run_group_tests_name("items", tests, NULL, NULL);
}
