/* SPDX-License-Identifier: MIT */
/* meeting.c: the meeting read from the heading area when the front matter
 * is silent: committee, date, times, place and labels. */
#include "unit.h"

static void field(const mins_field *f, const char *value, unsigned line) {
  if (!value) {
    assert_null(f->value);
    return;
  }
  assert_non_null(f->value);
  assert_string_equal(f->value, value);
  assert_int_equal(f->line, line);
}

/* Labels one a line in a plain paragraph, a date label with its times. */
static void label_lines(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Minutes of the DNSOP WG session at IETF 118\n\n"
      "Date: Tuesday, 7 November 2023, 09:30-11:30 CET\n"
      "Location: Congress Hall II, Prague\nChairs: Benno Overeinder, "
      "Suzanne Woolf\nMinutes: Paul Hoffman\n\n## 1. Administrivia\n\n"
      "Note Well was presented.\n");
  const mins_meeting *m = mins_doc_meeting(d);
  field(&m->committee, "DNSOP WG", 1);
  field(&m->date, "2023-11-07", 3);
  field(&m->time, "09:30", 3);
  field(&m->end_time, "11:30", 3);
  field(&m->location, "Congress Hall II, Prague", 4);
  field(&m->chair, "Benno Overeinder", 5);
  field(&m->clerk, "Paul Hoffman", 6);
  mins_doc_free(d);
}

/* The place after the time on a line of date, time and place; "held in
 * public" is no place; the kind of meeting is no committee. */
static void place_after_time(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "**Northfield Community Health NHS Foundation Trust**\n\n"
      "**Minutes of the Board of Directors meeting held in public**\n\n"
      "**Thursday 25 May 2023, 10:00am \xE2\x80\x93 1:00pm, Boardroom, Trust "
      "Headquarters, Kings Road**\n\n### Minute 45/23 Welcome\n\nHello.\n");
  const mins_meeting *m = mins_doc_meeting(d);
  /* the body named by its kind alone, under its organisation's name */
  field(&m->committee,
        "Northfield Community Health NHS Foundation Trust Board of Directors",
        1);
  field(&m->time, "10:00", 5);
  field(&m->end_time, "13:00", 5);
  field(&m->location, "Boardroom, Trust Headquarters, Kings Road", 5);
  mins_doc_free(d);
  d = unit_parse("PARKSIDE TENANTS AND RESIDENTS ASSOCIATION\n\nMINUTES OF "
                 "THE ANNUAL GENERAL MEETING\n\nHeld on Thursday 19th October "
                 "2023 at 6.30pm at Parkside Community Room\n\n1. Welcome\n"
                 "Joan welcomed everyone.\n\n2. AOB\nNone.\n\nMeeting closed "
                 "8.05pm.\n");
  m = mins_doc_meeting(d);
  field(&m->committee, "Parkside Tenants and Residents Association", 1);
  field(&m->date, "2023-10-19", 5);
  field(&m->location, "Parkside Community Room", 5);
  field(&m->end_time, "20:05", 13);
  mins_doc_free(d);
}

/* Plain label lines in one paragraph, the meeting's first: the people
 * labels after them are read as such (and a date label after a people
 * label is no person); the place after a label's time, and "in the
 * Village Hall" up to the end of its sentence. */
static void plain_label_lines(void **state) {
  (void)state;
  mins_doc *d = unit_parse("# Allotment Committee\n\n"
                           "Date: 2 April 2024, 7pm, Community Centre\n"
                           "Present: Jane Doe (Chair), Ann Fox\n"
                           "Apologies: Tom Lee\n\n## 1. Water\n\nIt leaks.\n");
  const mins_meeting *m = mins_doc_meeting(d);
  field(&m->date, "2024-04-02", 3);
  field(&m->time, "19:00", 3);
  field(&m->location, "Community Centre", 3);
  field(&m->chair, "Jane Doe", 4);
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 2);
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 1)->name, "Ann Fox");
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 1);
  mins_doc_free(d);
  d = unit_parse("# Allotment Committee\n\n"
                 "Present: Jane Doe (Chair), Ann Fox\n"
                 "Date: 2 April 2024\n\n## 1. Water\n\nIt leaks.\n");
  m = mins_doc_meeting(d);
  field(&m->date, "2024-04-02", 4);
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 2);
  mins_doc_free(d);
  /* the closing time is no start time */
  d = unit_parse("# Hall Committee\n\nMinutes of the meeting held on 3 March "
                 "2025.\n\nThe meeting closed at 9.05pm.\n");
  m = mins_doc_meeting(d);
  field(&m->time, NULL, 0);
  field(&m->end_time, "21:05", 5);
  mins_doc_free(d);
  d = unit_parse("# Little Snoring Parish Council\n\nMinutes of the meeting "
                 "held on Wednesday 10 January 2024 at 7.30pm in the Village "
                 "Hall. Cllr Brown took the chair.\n");
  m = mins_doc_meeting(d);
  field(&m->location, "Village Hall", 3);
  mins_doc_free(d);
}

/* A place names no body: the heading below it that does is the
 * committee; an organisation's name is kept, with its body when a heading
 * names that too. */
static void committee_heading(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# St Michael and All Angels, Little Brinsworth\n\n## Parochial "
      "Church Council\n\n### Minutes of the meeting held on Wednesday 17 "
      "January 2024 at 7.30pm in the Church Room\n\n**1. Opening prayer**"
      "\n\nPrayer.\n\n**2. AOB**\n\nNone.\n");
  field(&mins_doc_meeting(d)->committee, "Parochial Church Council", 3);
  mins_doc_free(d);
  d = unit_parse("# Lakeview Unified School District\n## Board of Education "
                 "\xE2\x80\x93 Regular Meeting Minutes\n\n**I. CALL TO "
                 "ORDER**\n\nCalled.\n\n**II. ROLL CALL**\n\nAll.\n");
  /* the organisation, then its body */
  field(&mins_doc_meeting(d)->committee,
        "Lakeview Unified School District Board of Education", 1);
  mins_doc_free(d);
  /* "Ordinary Council Meeting" under the shire's name; the kind of
   * meeting before or after a body is no part of it */
  d = unit_parse("# MINUTES OF THE ORDINARY COUNCIL MEETING\n\n## SHIRE OF "
                 "DARLING RANGE\n\n## 1. OPENING\n\nOpened.\n");
  field(&mins_doc_meeting(d)->committee, "Shire of Darling Range Council", 3);
  mins_doc_free(d);
  d = unit_parse("# HTTPBIS WG Interim Meeting \xE2\x80\x94 2024-03-05\n\n"
                 "## Agenda bashing\n\nNone.\n");
  field(&mins_doc_meeting(d)->committee, "HTTPBIS WG", 1);
  mins_doc_free(d);
  /* a kind alone with no organisation named: the body as written */
  d = unit_parse("# Minutes of the Ordinary Council Meeting held on 3 May "
                 "2024\n\n## 1. Opening\n\nOpened.\n");
  field(&mins_doc_meeting(d)->committee, "Council", 1);
  mins_doc_free(d);
}

int suite_meeting(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(label_lines), cmocka_unit_test(place_after_time),
      cmocka_unit_test(plain_label_lines), cmocka_unit_test(committee_heading)};
  return cmocka_run_group_tests_name("meeting", tests, NULL, NULL);
}
