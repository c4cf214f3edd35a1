/* SPDX-License-Identifier: MIT */
/* write_json.c: the mins/1 names, nulls for unknowns, extras, escaping. */
#include <jansson.h>

#include "unit.h"

static int to_buf(const char *data, size_t len, void *payload) {
  mins__buf *b = payload;
  mins__buf_add(b, data, len);
  return b->failed;
}

static int fail_write(const char *data, size_t len, void *payload) {
  (void)data;
  (void)len;
  (void)payload;
  return -1;
}

static void contract(void **state) {
  (void)state;
  mins_doc *d = unit_parse("---\ncommittee: \"A \\\"quoted\\\" body\"\nn: 3\n"
                           "flag: true\n---\n## 1. Item\n\nResolved, that it "
                           "be noted.\n\nThe Clerk agreed to write (1).\n");
  mins__buf b = {0};
  assert_int_equal(mins_doc_write_json(d, 0, to_buf, &b), 0);
  json_error_t e;
  json_t *j = json_loads(b.s, 0, &e);
  assert_non_null(j);
  assert_string_equal(json_string_value(json_object_get(j, "schema")),
                      "mins/1");
  assert_string_equal(json_string_value(json_object_get(j, "file")), "t.md");
  json_t *m = json_object_get(j, "meeting");
  static const char *const keys[] = {"committee", "title", "date", "time",
                                     "end_time", "location", "chair", "clerk",
                                     NULL};
  for (int i = 0; keys[i]; i++)
    assert_non_null(json_object_get(m, keys[i]));
  assert_true(json_is_null(json_object_get(m, "date")));
  assert_string_equal(json_string_value(json_object_get(m, "committee")),
                      "A \"quoted\" body");
  static const char *const arrays[] = {"present", "in_attendance",
                                       "apologies", "absent", "declarations",
                                       "items", "resolutions", "actions",
                                       "diagnostics", NULL};
  for (int i = 0; arrays[i]; i++)
    assert_true(json_is_array(json_object_get(j, arrays[i])));
  json_t *r = json_array_get(json_object_get(j, "resolutions"), 0);
  assert_string_equal(json_string_value(json_object_get(r, "outcome")),
                      "noted");
  assert_string_equal(json_string_value(json_object_get(r, "item")), "1");
  assert_true(json_is_null(json_object_get(r, "conditions")));
  json_t *a = json_array_get(json_object_get(j, "actions"), 0);
  assert_string_equal(json_string_value(json_object_get(a, "owner")), "Clerk");
  assert_string_equal(json_string_value(json_object_get(a, "status")), "open");
  assert_true(json_is_array(json_object_get(a, "mentions")));
  json_t *ex = json_object_get(j, "extra");
  assert_int_equal(json_integer_value(json_object_get(ex, "n")), 3);
  assert_true(json_is_true(json_object_get(ex, "flag")));
  json_decref(j);
  assert_null(strchr(b.s, '\n'));
  mins__buf_free(&b);
  assert_int_equal(mins_doc_write_json(d, 0, fail_write, NULL), MINS_EIO);
  mins_doc_free(d);
}

int suite_json(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(contract)};
  return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
