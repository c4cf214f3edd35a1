/* SPDX-License-Identifier: MIT */
/* dates.c: dates and times as minutes write them, due phrases. */
#include "unit.h"

static void find(const char *s, int year, const char *want) {
  char iso[11];
  size_t a, b;
  int ok = mins__find_date(s, strlen(s), year, iso, &a, &b);
  if (!want) {
    assert_int_equal(ok, 0);
    return;
  }
  assert_int_equal(ok, 1);
  assert_string_equal(iso, want);
}

static void dates_in_text(void **state) {
  (void)state;
  find("Monday, 20 May 2019", 0, "2019-05-20");
  find("MONDAY 13th MAY 2015", 0, "2015-05-13");
  find("TUESDAY MAY 6th 2014", 0, "2014-05-06");
  find("ON WEDNESDAY, 3RD DECEMBER, 2014, AT 10.00 A.M.", 0, "2014-12-03");
  find("26th Sep 2024.", 0, "2024-09-26");
  find("13th Feb 2025.", 0, "2025-02-13");
  find("# 2023-06-15", 0, "2023-06-15");
  find("At 7.30pm on Wednesday 10 July 2013", 0, "2013-07-10");
  find("held on 02/03/15 were agreed", 0, "2015-03-02");
  find("on 23rd September", 2019, "2019-09-23");
  find("on 23rd September", 0, NULL);
  find("31 February 2019", 0, NULL);
  find("item 20 may be", 0, NULL);
  find("the 5\" November, 2014", 0, "2014-11-05");
  find("[2010/07/07 15:02] <alice> hello", 0, "2010-07-07");
  find("2021.03.04", 0, "2021-03-04");
  find("the 2019/20 budget", 0, NULL);
  find("see https://example.org/2010/07/07/post", 0, NULL);
  /* a meeting of several days: its first */
  find("Geneva, 14\xE2\x80\x93"
       "16 June 2025",
       0, "2025-06-14");
  find("from 14 to 16 June 2025", 0, "2025-06-14");
  /* month first only where day first is no date */
  find("memo of 2/24/2025.", 0, "2025-02-24");
  find("17/11/2014", 0, "2014-11-17");
  find("held on 29-01-2025 at", 0, "2025-01-29");
  find("14-16 June 2025", 0, "2025-06-14");
  find("call 01-23-45", 0, NULL);
}

static void slash_orders(void **state) {
  (void)state;
  const char *amb = "Meeting date: 3/12/2025";
  assert_true(mins__slash_ambiguous(amb + 14, strlen(amb + 14)));
  assert_false(mins__slash_ambiguous("3/3/2025", 8));
  assert_false(mins__slash_ambiguous("17/11/2014", 10));
  const char *uk = "held 3/12/2025; accounts to 17/11/2025";
  assert_int_equal(mins__slash_order(uk, strlen(uk)), 'd');
  const char *us = "held 3/12/2025; memo of 2/24/2025";
  assert_int_equal(mins__slash_order(us, strlen(us)), 'm');
  const char *in = "held 12-02-2025; minutes of 29-01-2025";
  assert_int_equal(mins__slash_order(in, strlen(in)), 'd');
  const char *none = "held 3/12/2025";
  assert_int_equal(mins__slash_order(none, strlen(none)), 0);
}

static void whole_dates(void **state) {
  (void)state;
  char iso[11];
  assert_true(mins__parse_date("Monday, 20 May 2019", 19, 0, iso));
  assert_string_equal(iso, "2019-05-20");
  assert_false(mins__parse_date("20 May 2019 at noon", 19, 0, iso));
  assert_true(mins__iso_valid("2024-02-29"));
  assert_false(mins__iso_valid("2023-02-29"));
  assert_int_equal(mins__weekday("2019-05-20"), 0); /* a Monday */
  assert_int_equal(mins__weekday("2024-01-23"), 1); /* a Tuesday */
}

static void time(const char *s, const char *want) {
  char t[6];
  size_t a, b;
  int ok = mins__find_time(s, strlen(s), t, &a, &b);
  if (!want) {
    assert_int_equal(ok, 0);
    return;
  }
  assert_int_equal(ok, 1);
  assert_string_equal(t, want);
}

static void times(void **state) {
  (void)state;
  time("held at the Guildhall EC2 at 11.00 am", "11:00");
  time("The meeting closed at 1.15pm", "13:15");
  time("AT 10.00 A.M.", "10:00");
  time("At 7.30pm on Wednesday", "19:30");
  time("starting at 14:30", "14:30");
  time("12 noon", "12:00");
  time("12.30 am", "00:30");
  time("a budget of 11.00 pounds", NULL);
  time("paragraph 3.2 of the report", NULL);
  time("held on 3 March 2025 at 19.30 in the Hall", "19:30");
  time("at 10.30", "10:30");
  time("what 19.30 means", NULL);
  time("sold for 19.30", NULL);
}

static void due(const char *phrase, const char *meeting, const char *want) {
  char iso[11];
  int ok = mins__due_date(phrase, strlen(phrase), meeting, iso);
  if (!want) {
    assert_int_equal(ok, 0);
    return;
  }
  assert_int_equal(ok, 1);
  assert_string_equal(iso, want);
}

static void dues(void **state) {
  (void)state;
  due("by 30 June 2019", NULL, "2019-06-30");
  due("on 23rd September", "2019-05-20", "2019-09-23");
  due("by 1 March", "2019-05-20", "2020-03-01");
  due("in September", "2019-05-20", "2019-09-30");
  due("in March", "2019-05-20", "2020-03-31");
  due("by the end of the year", "2019-05-20", "2019-12-31");
  due("by the end of the month", "2019-02-10", "2019-02-28");
  due("next quarter", "2019-05-20", "2019-09-30");
  due("next quarter", "2019-11-20", "2020-03-31");
  due("by the next meeting", "2019-05-20", NULL);
  due("by Friday", "2019-05-20", "2019-05-24");
  due("mid-September", "2019-05-20", "2019-09-15");
  due("as soon as possible", "2019-05-20", NULL);
  due("in September", NULL, NULL);
  due("within two weeks", "2024-03-12", "2024-03-26");
  due("within 10 working days", "2024-03-12", "2024-03-22");
  due("within a month", "2024-01-31", "2024-02-29");
  due("within the next three months", "2024-11-15", "2025-02-15");
  due("within reason", "2024-03-12", NULL);
}

int suite_dates(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(dates_in_text), cmocka_unit_test(whole_dates),
      cmocka_unit_test(times), cmocka_unit_test(dues),
      cmocka_unit_test(slash_orders)};
  return cmocka_run_group_tests_name("dates", tests, NULL, NULL);
}
