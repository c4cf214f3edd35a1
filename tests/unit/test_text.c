/* SPDX-License-Identifier: MIT */
/* text.c and utf8.c helpers. */
#include "unit.h"

static void trims(void **state) {
  (void)state;
  const char *s = "  \xC2\xA0\xE2\x80\x93 Title: \xE2\x80\x94 ";
  size_t n = strlen(s);
  mins__trim(&s, &n, ":-");
  assert_int_equal(n, 5);
  assert_memory_equal(s, "Title", 5);
  /* a name ending in a letter whose last byte looks like a dash byte */
  const char *o = "\xC3\x93";
  size_t on = 2;
  mins__trim(&o, &on, "-");
  assert_int_equal(on, 2);
}

static void clean_and_case(void **state) {
  (void)state;
  mins__arena a = {0};
  assert_string_equal(mins__clean(&a, "  a \n  b\t c ", 12), "a b c");
  assert_string_equal(mins__title_case(&a, "SAFER CITY AND THE GROUP", 24),
                      "Safer City and the Group");
  assert_true(mins__mostly_upper("MINUTES OF", 10));
  assert_false(mins__mostly_upper("Minutes of", 10));
  mins__arena_free(&a);
}

static void compare(void **state) {
  (void)state;
  assert_true(mins__ieq("Resolved", "RESOLVED"));
  assert_false(mins__ieq("Resolve", "RESOLVED"));
  assert_non_null(mins__istr("The Meeting Closed", 18, "meeting closed"));
  assert_int_equal(mins__edit_distance("Jon Averns", "John Averns", 3), 1);
  assert_true(mins__edit_distance("Tom Sleigh", "Tim Wiseman", 2) > 2);
}

static void utf8(void **state) {
  (void)state;
  assert_int_equal(mins__utf8_check("ab\xC3\xA9", 4), 4);
  assert_int_equal(mins__utf8_check("ab\xC3", 3), 2);
  assert_int_equal(mins__utf8_check("\xED\xA0\x80", 3), 0); /* surrogate */
  assert_int_equal(mins__utf8_check("\xC0\x80", 2), 0);     /* overlong */
  mins__arena a = {0};
  size_t n, bad, first;
  char *r = mins__utf8_repair(&a, "a\xFF" "b", 3, &n, &bad, &first);
  assert_string_equal(r, "a\xEF\xBF\xBD" "b");
  assert_int_equal(bad, 1);
  assert_int_equal(first, 1);
  mins__arena_free(&a);
}

int suite_text(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(trims), cmocka_unit_test(clean_and_case),
      cmocka_unit_test(compare), cmocka_unit_test(utf8)};
  return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
