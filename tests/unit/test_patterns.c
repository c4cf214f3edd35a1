/* SPDX-License-Identifier: MIT */
/* patterns.c and the stages' fast paths. Where a family has its default
 * pattern, the stages skip PCRE2 on text that cannot match it (a literal
 * test first, a window around the words it turns on); a pattern set from a
 * configuration file is always run plainly. Setting every family to its
 * own default text turns the fast paths off without changing what is
 * matched, so a parse with such a parser must give the same JSON, byte
 * for byte, as a parse with the defaults. Checked over every minutes file
 * the repository holds and the shared real corpus. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>

#include "unit.h"

typedef struct out {
  char *s;
  size_t len, cap;
} out;

static int put(const char *data, size_t len, void *payload) {
  out *o = payload;
  if (o->len + len + 1 > o->cap) {
    size_t cap = (o->len + len + 1) * 2;
    char *s = realloc(o->s, cap);
    if (!s)
      return -1;
    o->s = s;
    o->cap = cap;
  }
  memcpy(o->s + o->len, data, len);
  o->len += len;
  o->s[o->len] = '\0';
  return 0;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    fail_msg("cannot open %s: %s", path, strerror(errno));
  out o = {NULL, 0, 0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    assert_int_equal(put(chunk, n, &o), 0);
  fclose(f);
  *len = o.len;
  return o.s ? o.s : calloc(1, 1);
}

static char *json_of(mins_parser *p, const char *name, const char *text,
                     size_t len) {
  mins_doc *d = NULL;
  assert_int_equal(mins_parser_parse(&d, p, name, text, len), 0);
  out o = {NULL, 0, 0};
  assert_int_equal(mins_doc_write_json(d, 0, put, &o), 0);
  mins_doc_free(d);
  return o.s;
}

/* Compare the two parsers on every .md and .txt file of dir; returns how
 * many files were compared. */
static size_t compare_dir(mins_parser *fast, mins_parser *plain,
                          const char *dir) {
  DIR *dd = opendir(dir);
  if (!dd)
    return 0;
  size_t files = 0;
  struct dirent *e;
  while ((e = readdir(dd)) != NULL) {
    size_t l = strlen(e->d_name);
    if (l < 4 || (strcmp(e->d_name + l - 3, ".md") != 0 &&
                  strcmp(e->d_name + l - 4, ".txt") != 0))
      continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    size_t len;
    char *text = slurp(path, &len);
    char *a = json_of(fast, e->d_name, text, len);
    char *b = json_of(plain, e->d_name, text, len);
    if (strcmp(a, b) != 0)
      fail_msg("%s: the default patterns' fast paths read it otherwise "
               "than the same patterns run plainly",
               path);
    free(a);
    free(b);
    free(text);
    files++;
  }
  closedir(dd);
  return files;
}

static void fast_paths_agree(void **state) {
  (void)state;
  mins_parser *fast = unit_parser(), *plain = unit_parser();
  size_t families = 0;
  for (const char *f; (f = mins_pattern_family(families)) != NULL; families++) {
    const char *src = mins_parser_pattern(fast, f);
    assert_non_null(src);
    assert_int_equal(mins_parser_set_pattern(plain, f, src), 0);
  }
  assert_true(families > 10);
  size_t files = 0;
  files += compare_dir(fast, plain, MINS_SOURCE_DIR "/examples");
  files += compare_dir(fast, plain, MINS_SOURCE_DIR "/examples/series");
  files += compare_dir(fast, plain, MINS_SOURCE_DIR "/examples/styles");
  files += compare_dir(fast, plain, MINS_SOURCE_DIR "/tests/data/styles");
  files += compare_dir(fast, plain, MINS_SOURCE_DIR "/tests/data/check");
  files += compare_dir(fast, plain,
                       MINS_SOURCE_DIR
                       "/tests/data/tracker/friends-of-elmwood-park");
  files += compare_dir(fast, plain, MINS_SHARED_DIR "/corpus");
  files += compare_dir(fast, plain, MINS_SHARED_DIR "/seeds");
  assert_true(files > 40);
  mins_parser_free(fast);
  mins_parser_free(plain);
}

int suite_patterns(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(fast_paths_agree)};
  return cmocka_run_group_tests_name("patterns", tests, NULL, NULL);
}
