/* SPDX-License-Identifier: MIT */
/* tracker.c: committees and their order, reviews in the front matter and in
 * prose, numbers of a series ("Action 4.1"), listings, dues at the next
 * meeting, ages, files without a date, filters and sorting, the JSON. */
#include <jansson.h>

#include "unit.h"
#include "tracker.h"

/* Parse text as the file `name` and add it to the tracker. */
static void add(mins_tracker *t, const char *name, const char *text) {
  mins_parser *p = NULL;
  p = unit_parser();
  mins_doc *d = NULL;
  assert_int_equal(mins_parser_parse(&d, p, name, text, strlen(text)), 0);
  assert_int_equal(mins_tracker_add(t, d), 0);
  mins_doc_free(d); /* the tracker keeps copies */
  mins_parser_free(p);
}

static mins_tracker *fresh(void) {
  mins_tracker *t = NULL;
  assert_int_equal(mins_tracker_new(&t, NULL), 0);
  assert_non_null(t);
  return t;
}

static const mins_tracked *by_id(const mins_tracker *t, const char *id) {
  for (size_t i = 0; i < mins_tracker_action_count(t); i++)
    if (strcmp(mins_tracker_action(t, i)->id, id) == 0)
      return mins_tracker_action(t, i);
  return NULL;
}

static const mins_diag *tdiag(const mins_tracker *t, const char *rule,
                              const char **file) {
  for (size_t i = 0; i < mins_tracker_diag_count(t); i++) {
    const mins_diag *g = mins_tracker_diag(t, i, file);
    if (strcmp(g->rule, rule) == 0)
      return g;
  }
  return NULL;
}

#define FM(date) "---\ncommittee: Test Board\ndate: " date "\n---\n"

static const char m1[] = FM("2020-01-10") "## 1. Budget\n\n"
                                          "The Treasurer agreed to circulate "
                                          "the accounts by the next meeting "
                                          "(1). Town Clerk to book the hall "
                                          "by 31 March 2020 (2).\n\n"
                                          "## 2. Parks\n\nThe Chairman "
                                          "asked that the accounts include "
                                          "the parks (1).\n";
static const char m2[] =
    "---\ncommittee: Test Board\ndate: 2020-03-05\nactions:\n"
    "  - ref: \"2020-01-10#2\"\n    status: ongoing\n    note: \"Quote "
    "awaited.\"\n---\n"
    "## 1. Outstanding actions\n\n**Action 1 (10 January 2020)** \xE2\x80\x93 "
    "to circulate the accounts: Completed.\n\n"
    "## 2. Roads\n\nThe Surveyor agreed to inspect the bridge in September "
    "(1).\n";
static const char m3[] = FM("2020-06-01") "## 1. Matters arising\n\n"
                                          "**Action 2 (10 January 2020)** "
                                          "\xE2\x80\x93 to book the hall: "
                                          "Withdrawn.\n";

static void carried_and_closed(void **state) {
  (void)state;
  mins_tracker *t = fresh();
  /* out of order on purpose: the tracker orders by date */
  add(t, "b/2020-06-01.md", m3);
  add(t, "b/2020-01-10.md", m1);
  add(t, "b/2020-03-05.md", m2);
  assert_int_equal(mins_tracker_finish(t), 0);
  assert_int_equal(mins_tracker_action_count(t), 3);
  assert_int_equal(mins_tracker_committee_count(t), 1);
  const mins_committee *c = mins_tracker_committee(t, 0);
  assert_string_equal(c->slug, "test-board");
  assert_string_equal(c->first, "2020-01-10");
  assert_string_equal(c->last, "2020-06-01");
  assert_int_equal(c->meeting_count, 3);

  const mins_tracked *a = mins_tracker_action(t, 0);
  assert_string_equal(a->id, "test-board/2020-01-10#1");
  assert_string_equal(a->owner, "Treasurer");
  /* "by the next meeting": the committee's next meeting in the set */
  assert_string_equal(a->due, "2020-03-05");
  assert_true(a->flags & MINS_TRACKED_DUE_NEXT);
  assert_int_equal(a->status, MINS_STATUS_DONE);
  assert_string_equal(a->closed, "2020-03-05");
  assert_int_equal(a->meetings_carried, 1);
  assert_int_equal(a->meetings_silent, 0);
  assert_false(a->flags & MINS_TRACKED_LATE);
  /* opened, mentioned under item 2, reviewed in prose */
  assert_int_equal(a->event_count, 3);
  assert_int_equal(a->events[0].kind, MINS_EVENT_OPENED);
  assert_int_equal(a->events[1].kind, MINS_EVENT_MENTIONED);
  assert_string_equal(a->events[1].item, "2");
  assert_int_equal(a->events[2].kind, MINS_EVENT_REVIEWED);
  assert_int_equal(a->events[2].origin, MINS_FROM_TEXT);
  assert_string_equal(a->events[2].file, "b/2020-03-05.md");
  assert_int_equal(a->events[2].line, 11);
  assert_int_equal(mins_tracked_days_open(a, "2030-01-01"), 55);

  a = mins_tracker_action(t, 1);
  assert_string_equal(a->id, "test-board/2020-01-10#2");
  assert_int_equal(a->status, MINS_STATUS_DROPPED);
  assert_string_equal(a->closed, "2020-06-01");
  assert_int_equal(a->event_count, 3);
  assert_int_equal(a->events[1].origin, MINS_FROM_FRONT_MATTER);
  assert_int_equal(a->events[1].status, MINS_STATUS_ONGOING);
  assert_string_equal(a->events[1].note, "Quote awaited.");
  assert_int_equal(a->meetings_carried, 2);
  /* dropped after its due date: not "late", which is for work done */
  assert_false(a->flags & MINS_TRACKED_LATE);
  assert_false(mins_tracked_overdue(a, "2030-01-01"));

  a = mins_tracker_action(t, 2);
  assert_string_equal(a->id, "test-board/2020-03-05#1");
  assert_string_equal(a->due, "2020-09-30"); /* "in September" */
  assert_int_equal(a->status, MINS_STATUS_OPEN);
  /* the June meeting did not mention it */
  assert_int_equal(a->meetings_silent, 1);
  assert_true(a->flags & MINS_TRACKED_LAPSED);
  assert_string_equal(a->last_mentioned, "2020-03-05");
  assert_true(mins_tracked_overdue(a, "2020-10-01"));
  assert_false(mins_tracked_overdue(a, "2020-09-30"));
  assert_int_equal(mins_tracked_days_open(a, "2020-03-15"), 10);
  assert_int_equal(mins_tracked_days_open(a, "2020-03-01"), -1);
  assert_null(tdiag(t, "track-unresolved", NULL));
  mins_tracker_free(t);
}

/* The last meeting of the set has no next meeting: the due stays unknown,
 * with its words. */
static void next_meeting_unknown(void **state) {
  (void)state;
  mins_tracker *t = fresh();
  add(t, "b/2020-01-10.md", m1);
  assert_int_equal(mins_tracker_finish(t), 0);
  const mins_tracked *a = by_id(t, "test-board/2020-01-10#1");
  assert_non_null(a);
  assert_null(a->due);
  assert_string_equal(a->due_text, "by the next meeting");
  assert_false(mins_tracked_overdue(a, "2099-01-01"));
  mins_tracker_free(t);
}

/* A science group's series: numbers meeting.sequence, reviews that name
 * only the number, actions listed again, one file naming the committee
 * otherwise and one not at all. */
static void series_numbers(void **state) {
  (void)state;
  mins_tracker *t = fresh();
  add(t, "g/minutes_01Feb2024.md",
      "# Ocean model group meeting minutes\n\n1st Feb 2024.\n\n"
      "## Actions\n\n* DS to email Jerome about this.\n");
  add(t, "g/minutes_14Mar2024.md",
      "# Ocean group meeting minutes\n\n14th March 2024.\n\n"
      "## Review actions from previous meetings\n\n"
      "1. **Action 1.1: DS to email Jerome.** _Ongoing_\n\n"
      "## Actions\n\n* 1.1: DS to email Jerome about this.\n"
      "* 2.1: AA to draft the plan.\n");
  add(t, "g/minutes_09May2024.md",
      "# Ocean model group meeting minutes\n\n9th May 2024.\n\n"
      "## Review actions from previous meetings\n\n"
      "1. **Action 1.1: DS to email Jerome.** _Closed_\n"
      "2. **Action 2.1: AA to draft the plan.** _Ongoing_\n\n"
      "## Actions\n\n* 2.1: AA to draft the plan.\n"
      "* 3.1: CG to contact Rachel.\n");
  add(t, "g/minutes_20Jun2024.md",
      "# Ocean model group meeting minutes\n\n20th June 2024.\n\n"
      "## Review actions from previous meetings\n\n"
      "1. **Action 3.1: CG to contact Rachel.** _Closed_\n"
      "2. **Action 9.9: nobody.** _Closed_\n");
  assert_int_equal(mins_tracker_finish(t), 0);
  /* one committee, under the name most of the series gives */
  assert_int_equal(mins_tracker_committee_count(t), 1);
  assert_string_equal(mins_tracker_committee(t, 0)->name, "Ocean model group");
  assert_int_equal(mins_tracker_action_count(t), 3);
  /* 1.1 is meeting 1's first action, unnumbered there */
  const mins_tracked *a = by_id(t, "ocean-model-group/2024-02-01@1");
  assert_non_null(a);
  assert_int_equal(a->status, MINS_STATUS_DONE);
  assert_string_equal(a->closed, "2024-05-09");
  assert_int_equal(a->event_count, 4); /* opened, reviewed, listed, closed */
  assert_int_equal(a->events[2].kind, MINS_EVENT_LISTED);
  a = by_id(t, "ocean-model-group/2024-03-14#2.1");
  assert_non_null(a);
  assert_int_equal(a->status, MINS_STATUS_ONGOING);
  a = by_id(t, "ocean-model-group/2024-05-09#3.1");
  assert_non_null(a);
  assert_int_equal(a->status, MINS_STATUS_DONE);
  const char *file;
  const mins_diag *g = tdiag(t, "track-unresolved", &file);
  assert_non_null(g);
  assert_string_equal(file, "g/minutes_20Jun2024.md");
  assert_non_null(strstr(g->message, "9.9"));
  mins_tracker_free(t);
}

/* Front matter names win; a file with none joins its folder's committee
 * only when the rest of the folder agrees. */
static void grouping(void **state) {
  (void)state;
  mins_tracker *t = fresh();
  add(t, "a/2021-01-01.md",
      "---\ncommittee: Alpha\ndate: 2021-01-01\n---\n"
      "## 1. A\n\nThe Clerk agreed to act (1).\n");
  add(t, "a/2021-02-01.md",
      "---\ncommittee: Alpha\ndate: 2021-02-01\n---\n"
      "## 1. A\n\nThe Clerk agreed to act (1).\n");
  add(t, "a/2021-03-01.md",
      "---\ncommittee: Beta\ndate: 2021-03-01\n---\n"
      "## 1. A\n\nThe Clerk agreed to act (1).\n");
  add(t, "a/2021-04-01.md",
      "---\ndate: 2021-04-01\n---\n"
      "## 1. A\n\nThe Clerk agreed to act (1).\n");
  add(t, "a/2021-04-01.md",
      "---\ndate: 2021-04-01\n---\n"
      "## 1. A\n\nThe Clerk agreed to act (1).\n");
  add(t, "z/notes.md",
      "---\ndate: 2021-05-01\n---\n"
      "## 1. A\n\nThe Clerk agreed to act (1).\n");
  assert_int_equal(mins_tracker_finish(t), 0);
  assert_int_equal(mins_tracker_committee_count(t), 3);
  assert_non_null(by_id(t, "alpha/2021-04-01#1")); /* read twice, kept once */
  assert_non_null(by_id(t, "beta/2021-03-01#1"));
  assert_non_null(by_id(t, "notes/2021-05-01#1")); /* no name: the file's */
  assert_int_equal(mins_tracker_action_count(t), 5);
  mins_tracker_free(t);
}

static void dates_and_outsiders(void **state) {
  (void)state;
  mins_tracker *t = fresh();
  /* no date in the text: the file name's, when it leaves no doubt */
  add(t, "c/board-2022-05-04.md",
      "# Board\n\n## 1. Matters arising\n\n"
      "**Action 3 (2 March 2022)** \xE2\x80\x93 "
      "to paint the fence: Ongoing.\n\n"
      "**Action 4 (2 March 2022)** \xE2\x80\x93 "
      "to mend the gate: Completed.\n");
  add(t, "c/board-100707.md",
      "# Board\n\n## 1. Items\n\n"
      "The Clerk agreed to write (1).\n");
  add(t, "c/board-2022-06-01.md",
      "---\ncommittee: Board\ndate: 2022-06-01\n---\n## 1. Matters arising\n\n"
      "**Action 2 (4 May 2022)** \xE2\x80\x93 to write: Completed.\n");
  assert_int_equal(mins_tracker_finish(t), 0);
  const char *file;
  assert_non_null(tdiag(t, "track-date-from-name", &file));
  assert_string_equal(file, "c/board-2022-05-04.md");
  assert_non_null(tdiag(t, "track-no-date", &file));
  assert_string_equal(file, "c/board-100707.md");
  assert_non_null(tdiag(t, "track-not-found", &file));
  assert_string_equal(file, "c/board-2022-06-01.md");
  /* actions of a meeting outside the set, known from its reviews */
  const mins_tracked *a = by_id(t, "board/2022-03-02#3");
  assert_non_null(a);
  assert_true(a->flags & MINS_TRACKED_FROM_REVIEW);
  assert_int_equal(a->position, 0);
  assert_int_equal(a->status, MINS_STATUS_ONGOING);
  assert_int_equal(a->meetings_silent, 1);
  a = by_id(t, "board/2022-03-02#4");
  assert_non_null(a);
  assert_int_equal(a->status, MINS_STATUS_DONE);
  a = by_id(t, "board/2022-05-04#2");
  assert_non_null(a);
  assert_true(a->flags & MINS_TRACKED_FROM_REVIEW);
  assert_int_equal(mins_tracker_action_count(t), 3);
  mins_tracker_free(t);
}

/* Six digits in a file name are a date only when the caller says how to
 * read them. */
static void six_digit_names(void **state) {
  (void)state;
  static const mins_name_dates how[] = {
      MINS_NAME_DATES_SURE, MINS_NAME_DATES_YMD, MINS_NAME_DATES_DMY,
      MINS_NAME_DATES_MDY, MINS_NAME_DATES_NONE};
  static const char *const want[] = {NULL, "board/2010-07-21@1",
                                     "board/2021-07-10@1", "board/2021-10-07@1",
                                     NULL};
  for (int k = 0; k < 5; k++) {
    mins_tracker_options o = MINS_TRACKER_OPTIONS_INIT;
    o.name_dates = how[k];
    mins_tracker *t = NULL;
    assert_int_equal(mins_tracker_new(&t, &o), 0);
    add(t, "x/Minutes100721.md",
        "# Board\n\n## Action Items\n\n* Roger to update the wiki.\n");
    /* a date that leaves no doubt: read unless the caller says none */
    add(t, "y/Minutes-2010-07-28.md",
        "# Board\n\n## Action Items\n\n* Liza to write the notes.\n");
    assert_int_equal(mins_tracker_finish(t), 0);
    if (want[k])
      assert_non_null(by_id(t, want[k]));
    else
      assert_non_null(tdiag(t, "track-no-date", NULL));
    assert_int_equal(mins_tracker_action_count(t),
                     (size_t)(how[k] == MINS_NAME_DATES_NONE   ? 0
                              : how[k] == MINS_NAME_DATES_SURE ? 1
                                                               : 2));
    mins_tracker_free(t);
  }
}

/* "Action 2 (date)" of a meeting that numbered none of its actions: the
 * second of them. */
static void place_in_unnumbered(void **state) {
  (void)state;
  mins_tracker *t = fresh();
  add(t, "p/2021-01-05.md",
      "---\ncommittee: P\ndate: 2021-01-05\n---\n"
      "## Actions\n\n* Ann to order paper.\n"
      "* Bob to fix the door.\n");
  add(t, "p/2021-02-02.md",
      "---\ncommittee: P\ndate: 2021-02-02\n---\n"
      "## 1. Matters arising\n\n"
      "**Action 2 (5 January 2021)** \xE2\x80\x93 "
      "the door: Completed.\n");
  assert_int_equal(mins_tracker_finish(t), 0);
  assert_int_equal(mins_tracker_action_count(t), 2);
  const mins_tracked *a = by_id(t, "p/2021-01-05@2");
  assert_non_null(a);
  assert_string_equal(a->owner, "Bob");
  assert_int_equal(a->status, MINS_STATUS_DONE);
  a = by_id(t, "p/2021-01-05@1");
  assert_non_null(a);
  assert_int_equal(a->status, MINS_STATUS_OPEN);
  assert_true(a->flags & MINS_TRACKED_LAPSED);
  mins_tracker_free(t);
}

/* "Matters arising" entries with no label and no number: the status
 * closing the entry (or given after its topic) reviews the earlier action
 * whose words the entry gives; a status inside a sentence is no review,
 * and an entry that fits two actions equally fits neither. */
static void matters_arising_by_words(void **state) {
  (void)state;
  mins_tracker *t = fresh();
  add(t, "s/2024-01-10.md",
      "---\ncommittee: S\ndate: 2024-01-10\n---\n"
      "## 1. Highways\n\nACTION: Clerk to report the Church Lane pothole "
      "to County Highways.\n\n"
      "## 2. Playground\n\nACTION: Cllr Green to obtain three quotes for a "
      "new swing seat.\n\n"
      "ACTION: Clerk to order a new bench for the playground.\n\n"
      "ACTION: Clerk to order a new bin for the playground.\n");
  add(t, "s/2024-02-14.md",
      "---\ncommittee: S\ndate: 2024-02-14\n---\n"
      "## 1. Matters arising\n\n"
      "- Church Lane pothole: the Clerk reported it to Highways; repaired "
      "on 2 February. Completed.\n"
      "- Swing seat quotes \xE2\x80\x93 ongoing, Cllr Green has obtained "
      "two so far.\n"
      "- Order for the playground: done.\n"
      "- The Clerk said talks with the school were ongoing about the "
      "field.\n");
  assert_int_equal(mins_tracker_finish(t), 0);
  const mins_tracked *a = by_id(t, "s/2024-01-10@1");
  assert_non_null(a);
  assert_int_equal(a->status, MINS_STATUS_DONE);
  a = by_id(t, "s/2024-01-10@2");
  assert_non_null(a);
  assert_int_equal(a->status, MINS_STATUS_ONGOING);
  assert_int_equal(a->event_count, 2);
  assert_string_equal(a->events[1].note, "Cllr Green has obtained two so far.");
  /* the bench and the bin: "order ... playground" fits both alike */
  assert_int_equal(by_id(t, "s/2024-01-10@3")->status, MINS_STATUS_OPEN);
  assert_int_equal(by_id(t, "s/2024-01-10@4")->status, MINS_STATUS_OPEN);
  const char *file = NULL;
  const mins_diag *g = tdiag(t, "track-unresolved", &file);
  assert_non_null(g);
  assert_int_equal(g->line, 9);
  /* three entries were reviews; the talks with the school were not */
  size_t unresolved = 0;
  for (size_t i = 0; i < mins_tracker_diag_count(t); i++)
    unresolved +=
        strcmp(mins_tracker_diag(t, i, &file)->rule, "track-unresolved") == 0;
  assert_int_equal(unresolved, 1);
  mins_tracker_free(t);
}

static mins_tracker *three(void) {
  mins_tracker *t = fresh();
  add(t, "b/2020-01-10.md", m1);
  add(t, "b/2020-03-05.md", m2);
  add(t, "b/2020-06-01.md", m3);
  assert_int_equal(mins_tracker_finish(t), 0);
  return t;
}

static size_t pick(mins_tracker *t, mins_track_filter *f, size_t **sel) {
  size_t n = 99;
  if (unit_parse_jit())
    f->flags |= MINS_SELECT_NO_JIT;
  assert_int_equal(mins_tracker_select(sel, &n, t, f), 0);
  return n;
}

static void filters(void **state) {
  (void)state;
  mins_tracker *t = three();
  size_t *sel;
  mins_track_filter f = MINS_TRACK_FILTER_INIT;
  assert_int_equal(pick(t, &f, &sel), 3);
  mins_free(sel);
  f.flags = MINS_SELECT_OPEN;
  assert_int_equal(pick(t, &f, &sel), 1);
  assert_string_equal(mins_tracker_action(t, sel[0])->id,
                      "test-board/2020-03-05#1");
  mins_free(sel);
  f.flags = MINS_SELECT_CLOSED;
  assert_int_equal(pick(t, &f, &sel), 2);
  mins_free(sel);
  f.flags = MINS_SELECT_OVERDUE;
  f.as_of = "2020-09-30";
  assert_int_equal(pick(t, &f, &sel), 0);
  mins_free(sel);
  f.as_of = "2020-10-01";
  assert_int_equal(pick(t, &f, &sel), 1);
  mins_free(sel);
  f = (mins_track_filter)MINS_TRACK_FILTER_INIT;
  f.owner = "^town|surv";
  assert_int_equal(pick(t, &f, &sel), 2);
  mins_free(sel);
  f.owner = NULL;
  f.item = "roads";
  assert_int_equal(pick(t, &f, &sel), 1);
  mins_free(sel);
  f.item = NULL;
  f.committee = "^test-b";
  assert_int_equal(pick(t, &f, &sel), 3);
  mins_free(sel);
  f.committee = "nothing";
  assert_int_equal(pick(t, &f, &sel), 0);
  mins_free(sel);
  f.committee = NULL;
  f.since = "2020-02-01";
  assert_int_equal(pick(t, &f, &sel), 1);
  mins_free(sel);
  f.since = NULL;
  f.until = "2020-01-10";
  assert_int_equal(pick(t, &f, &sel), 2);
  mins_free(sel);
  mins_tracker_free(t);
}

static void sorting(void **state) {
  (void)state;
  mins_tracker *t = three();
  size_t *sel;
  mins_track_filter f = MINS_TRACK_FILTER_INIT;
  f.sort = MINS_SORT_DUE;
  assert_int_equal(pick(t, &f, &sel), 3);
  assert_string_equal(mins_tracker_action(t, sel[0])->due, "2020-03-05");
  assert_string_equal(mins_tracker_action(t, sel[1])->due, "2020-03-31");
  assert_string_equal(mins_tracker_action(t, sel[2])->due, "2020-09-30");
  mins_free(sel);
  f.sort = MINS_SORT_OWNER;
  assert_int_equal(pick(t, &f, &sel), 3);
  assert_string_equal(mins_tracker_action(t, sel[0])->owner, "Surveyor");
  assert_string_equal(mins_tracker_action(t, sel[1])->owner, "Town Clerk");
  assert_string_equal(mins_tracker_action(t, sel[2])->owner, "Treasurer");
  mins_free(sel);
  mins_tracker_free(t);
}

static void bad_input(void **state) {
  (void)state;
  mins_tracker *t;
  size_t *sel = (size_t *)&sel, n = 7;
  mins_track_filter f = MINS_TRACK_FILTER_INIT;
  assert_int_equal(mins_tracker_new(&t, NULL), 0);
  /* not finished yet */
  assert_int_equal(mins_tracker_select(&sel, &n, t, &f), MINS_EINVAL);
  assert_null(sel);
  assert_int_equal(n, 0);
  assert_int_equal(mins_tracker_finish(t), 0);
  assert_int_equal(mins_tracker_action_count(t), 0);
  assert_int_equal(mins_tracker_add(t, NULL), MINS_EINVAL);
  f.flags = MINS_SELECT_OVERDUE; /* without as_of */
  assert_int_equal(mins_tracker_select(&sel, &n, t, &f), MINS_EINVAL);
  f.flags = 0;
  f.since = "2020-02-30";
  assert_int_equal(mins_tracker_select(&sel, &n, t, &f), MINS_EINVAL);
  f.since = NULL;
  f.owner = "(unclosed";
  assert_int_equal(mins_tracker_select(&sel, &n, t, &f), MINS_EPATTERN);
  const mins_diag *g = tdiag(t, "pattern-bad", NULL);
  assert_non_null(g);
  assert_int_equal(g->severity, MINS_ERROR);
  assert_non_null(strstr(g->message, "owner"));
  assert_int_equal(g->column, 10);
  mins_tracker_free(t);
  mins_tracker_free(NULL);
  assert_int_equal(mins_tracker_new(NULL, NULL), MINS_EINVAL);
  mins_tracker_options o = MINS_TRACKER_OPTIONS_INIT;
  o.version = 99;
  t = (mins_tracker *)&o;
  assert_int_equal(mins_tracker_new(&t, &o), MINS_EINVAL);
  assert_null(t);
}

static int collect(const char *data, size_t len, void *payload) {
  mins__buf_add(payload, data, len);
  return 0;
}

static void json(void **state) {
  (void)state;
  mins_tracker *t = three();
  mins__buf b = {0};
  assert_int_equal(
      mins_tracker_write_json(t, NULL, 0, "2020-10-01", 0, collect, &b), 0);
  json_error_t e;
  json_t *root = json_loadb(b.s, b.len, 0, &e);
  assert_non_null(root);
  assert_string_equal(json_string_value(json_object_get(root, "schema")),
                      MINS_ACTIONS_SCHEMA);
  json_t *acts = json_object_get(root, "actions");
  assert_int_equal(json_array_size(acts), 3);
  json_t *a = json_array_get(acts, 2);
  assert_string_equal(json_string_value(json_object_get(a, "id")),
                      "test-board/2020-03-05#1");
  assert_true(json_is_true(json_object_get(a, "overdue")));
  assert_true(json_is_true(json_object_get(a, "lapsed")));
  assert_int_equal(json_integer_value(json_object_get(a, "days_open")), 210);
  assert_string_equal(
      json_string_value(json_object_get(
          json_array_get(json_object_get(json_array_get(acts, 1), "history"),
                         1),
          "via")),
      "front_matter");
  json_decref(root);
  mins__buf_free(&b);
  /* one action, as a line of JSON lines: no as_of, so no "overdue" */
  assert_int_equal(
      mins_tracked_write_json(mins_tracker_action(t, 0), NULL, 0, collect, &b),
      0);
  root = json_loadb(b.s, b.len, 0, &e);
  assert_non_null(root);
  assert_true(json_is_null(json_object_get(root, "overdue")));
  assert_int_equal(json_integer_value(json_object_get(root, "days_open")), 55);
  assert_null(memchr(b.s, '\n', b.len));
  json_decref(root);
  mins__buf_free(&b);
  mins_tracker_free(t);
}

static void slugs(void **state) {
  (void)state;
  mins__arena a = {0};
  assert_string_equal(mins__track_slug(&a, "Safer City Partnership"),
                      "safer-city-partnership");
  assert_string_equal(mins__track_slug(&a, "Community and Children's "
                                           "Services Committee"),
                      "community-and-children-s-services-committee");
  assert_string_equal(mins__track_slug(&a, "  --Culture, Heritage--  "),
                      "culture-heritage");
  assert_string_equal(mins__track_slug(&a, "Comit\xC3\xA9 d'\xC3\xA9thique"),
                      "comit-d-thique");
  assert_int_equal(mins__track_day("1970-01-02"), 1);
  assert_int_equal(
      mins__track_day("2024-03-01") - mins__track_day("2024-02-28"), 2);
  assert_int_equal(mins__track_day("2023-02-29"), INT32_MIN);
  mins__arena_free(&a);
}

int suite_tracker(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(carried_and_closed),
      cmocka_unit_test(next_meeting_unknown),
      cmocka_unit_test(series_numbers),
      cmocka_unit_test(grouping),
      cmocka_unit_test(dates_and_outsiders),
      cmocka_unit_test(place_in_unnumbered),
      cmocka_unit_test(matters_arising_by_words),
      cmocka_unit_test(six_digit_names),
      cmocka_unit_test(filters),
      cmocka_unit_test(sorting),
      cmocka_unit_test(bad_input),
      cmocka_unit_test(json),
      cmocka_unit_test(slugs),
  };
  return cmocka_run_group_tests_name("tracker", tests, NULL, NULL);
}
