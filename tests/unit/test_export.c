/* SPDX-License-Identifier: MIT */
/* The export stages: canonical minutes (YAML quoting, headings, the two
 * round-trip properties on awkward input), CSV quoting and shape, public
 * copies, HTML escaping and anchors, the index, files written whole. */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, fileno */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

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

/* The output of a writer as a NUL-terminated string (free it). */
typedef int (*doc_writer)(const mins_doc *d, mins_write_fn w, void *p);

static char *run(doc_writer fn, const mins_doc *d) {
  mins__buf b = {0};
  assert_int_equal(fn(d, to_buf, &b), 0);
  mins__buf_addc(&b, '\0');
  assert_false(b.failed);
  return b.s;
}

static int md(const mins_doc *d, mins_write_fn w, void *p) {
  return mins_doc_write_md(d, 0, w, p);
}

static int html(const mins_doc *d, mins_write_fn w, void *p) {
  return mins_doc_write_html(d, NULL, w, p);
}

static int actions_csv(const mins_doc *d, mins_write_fn w, void *p) {
  return mins_doc_write_csv(d, MINS_TABLE_ACTIONS, w, p);
}

/* Records as JSON without positions, the file name and diagnostics. */
static void strip(json_t *j) {
  const char *k;
  json_t *v;
  size_t i;
  if (json_is_object(j)) {
    json_object_del(j, "line");
    json_object_del(j, "column");
    json_object_del(j, "end_line");
    json_object_foreach(j, k, v) strip(v);
  } else if (json_is_array(j)) {
    json_array_foreach(j, i, v) strip(v);
  }
}

static json_t *records(const mins_doc *d) {
  mins__buf b = {0};
  assert_int_equal(mins_doc_write_json(d, MINS_JSON_NO_DIAGS, to_buf, &b), 0);
  mins__buf_addc(&b, '\0');
  json_error_t e;
  json_t *j = json_loads(b.s, 0, &e);
  mins__buf_free(&b);
  assert_non_null(j);
  json_object_del(j, "file");
  strip(j);
  return j;
}

/* Both properties of canonical minutes on text; returns md(text). */
static char *round_trip(const char *text) {
  mins_doc *d1 = unit_parse(text);
  char *m1 = run(md, d1);
  mins_doc *d2 = unit_parse(m1);
  char *m2 = run(md, d2);
  assert_string_equal(m1, m2);
  json_t *r1 = records(d1), *r2 = records(d2);
  if (!json_equal(r1, r2)) {
    char *a = json_dumps(r1, JSON_INDENT(1)),
         *b = json_dumps(r2, JSON_INDENT(1));
    fprintf(stderr, "input records:\n%s\noutput records:\n%s\n", a, b);
    free(a);
    free(b);
    fail_msg("the records of md(x) differ from those of x");
  }
  json_decref(r1);
  json_decref(r2);
  free(m2);
  mins_doc_free(d1);
  mins_doc_free(d2);
  return m1;
}

static void md_quoting(void **state) {
  (void)state;
  char *m =
      round_trip("---\n"
                 "committee: \"Planning: Sub-committee #2\"\n"
                 "title: '\"Quoted\" title'\n"
                 "date: 2024-02-13\n"
                 "time: 7pm\n"
                 "location: \"- a dash first\"\n"
                 "chair: \"Yes\"\n"
                 "present:\n"
                 "  - \"Cllr Jane Doe OBE (arrived at 7.45pm)\"\n"
                 "  - {name: \"Ann \\u2028Line\", role: \"Chair\\nPerson\"}\n"
                 "apologies: [\"Mr Tab\\tName\"]\n"
                 "declarations: none\n"
                 "n: 007\n"
                 "s: \"3\"\n"
                 "b: true\n"
                 "q: \"true\"\n"
                 "odd key: {x: [], y: {}, z: ~}\n"
                 "---\n"
                 "## 1. Item\n\nText.\n");
  assert_non_null(strstr(m, "committee: \"Planning: Sub-committee #2\"\n"));
  assert_non_null(strstr(m, "title: \"\\\"Quoted\\\" title\"\n"));
  assert_non_null(strstr(m, "time: \"19:00\"\n"));
  assert_non_null(strstr(m, "location: \"- a dash first\"\n"));
  assert_non_null(strstr(m, "chair: \"Yes\"\n"));
  /* a line separator is escaped, never written raw into YAML */
  assert_non_null(strstr(m, "\\L"));
  assert_non_null(strstr(m, "declarations: []\n"));
  /* unknown keys keep their type: a plain 007 stays plain, "3" quoted */
  assert_non_null(strstr(m, "\"n\": 007\n")); /* n is a YAML 1.1 "no" */
  assert_non_null(strstr(m, "s: \"3\"\n"));
  assert_non_null(strstr(m, "b: true\n"));
  assert_non_null(strstr(m, "q: \"true\"\n"));
  /* arriving late is kept as a role in brackets after the name */
  assert_non_null(strstr(m, "name: Jane Doe (arrived at 7.45pm)\n"));
  assert_non_null(strstr(m, "    honours: OBE\n"));
  free(m);
}

static void md_headings(void **state) {
  (void)state;
  char *m = round_trip("# Minutes\r\n\r\n"
                       "### 4) *Budget*\r\n\r\nText (1).\r\n\r\n"
                       "Item 5 \xE2\x80\x93 Roads\r\n=====\r\n\r\nMore.\r\n\r\n"
                       "## 6. See [the report](http://example.org/r) ##\r\n\r\n"
                       "#### 6.1. sub point\r\n\r\nx\r\n\r\n"
                       "- ## 7. Inside a list\r\n\r\n\r\n");
  assert_null(strchr(m, '\r'));
  assert_non_null(strstr(m, "\n## 4. Budget\n"));
  assert_non_null(strstr(m, "\n## 5. Roads\n"));
  /* a heading with a link keeps it as written */
  assert_non_null(
      strstr(m, "\n## 6. See [the report](http://example.org/r)\n"));
  assert_non_null(strstr(m, "\n### 6.1. sub point\n"));
  assert_non_null(strstr(m, "\n- ## 7. Inside a list\n"));
  /* one newline at the end */
  size_t n = strlen(m);
  assert_true(n > 2 && m[n - 1] == '\n' && m[n - 2] != '\n');
  free(m);
}

static void md_actions_and_reviews(void **state) {
  (void)state;
  char *m = round_trip(
      "---\ndate: 2019-05-20\nexempt: [7]\nactions:\n"
      "  - ref: \"2019-02-26#3\"\n    status: completed\n    note: Done.\n"
      "  - ref: \"2019-02-26#4\"\n"
      "  - number: 1\n    due: by the next meeting\n"
      "  - number: 2\n    owner: Town Clerk\n    status: dropped\n"
      "  - number: 9\n    owner: Nobody\n"
      "---\n## 3. Things\n\nThe Clerk agreed to write (1). It was agreed "
      "that a paper be brought (2).\n\n## 7. Secret (Exempt)\n\nx\n");
  assert_non_null(strstr(m, "exempt: [\"7\"]\n"));
  assert_non_null(strstr(m, "  - ref: \"2019-02-26#3\"\n    status: done\n"
                            "    note: Done.\n"));
  /* a review with no status says none, rather than "open" (ongoing) */
  assert_non_null(strstr(m, "  - ref: \"2019-02-26#4\"\n  - number"));
  assert_non_null(strstr(m, "  - number: 1\n    owner: Clerk\n"
                            "    due: by the next meeting\n"));
  assert_non_null(strstr(m, "  - number: 2\n    owner: Town Clerk\n"
                            "    status: dropped\n"));
  assert_non_null(strstr(m, "  - number: 9\n    owner: Nobody\n"));
  free(m);
}

static void md_empty_and_bad(void **state) {
  (void)state;
  char *m = round_trip("");
  assert_string_equal(m, "---\ndate: null\n---\n");
  free(m);
  m = round_trip("\xEF\xBB\xBFJust a line.");
  assert_string_equal(m, "---\ndate: null\n---\n\nJust a line.\n");
  free(m);
  /* an unclosed front matter is read as Markdown, and so kept */
  free(round_trip("---\ncommittee: X\n\nResolved, that it be noted.\n"));
  /* invalid UTF-8 in a name (the parser may cut a dash in two) */
  free(round_trip("Present\xE2\x80\x93 Cllr David Llewellyn - Chairman, "
                  "Cllr Ian Mack.\n\n1\\. Item\n\nText.\n"));
  mins_doc *d = unit_parse("x\n");
  assert_int_equal(mins_doc_write_md(d, 0, fail_write, NULL), MINS_EIO);
  assert_int_equal(mins_doc_write_md(d, 1, to_buf, NULL), MINS_EINVAL);
  mins_doc_free(d);
}

/* Split one CSV record (RFC 4180) at s; returns the field count and moves
 * *s past the record's CRLF. */
static int csv_record(const char **s) {
  const char *p = *s;
  int fields = 1;
  while (*p) {
    if (*p == '"') {
      for (p++; *p && !(*p == '"' && p[1] != '"'); p++)
        if (*p == '"')
          p++;
      assert_int_equal(*p, '"');
      p++;
      continue;
    }
    if (*p == ',')
      fields++;
    else if (*p == '\r') {
      assert_int_equal(p[1], '\n');
      *s = p + 2;
      return fields;
    } else
      assert_int_not_equal(*p, '\n'); /* a bare LF only inside quotes */
    p++;
  }
  fail_msg("record without CRLF");
  return 0;
}

static void csv_tables(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "---\ncommittee: \"Roads, Paths and \\\"Bridges\\\"\"\ndate: 2024-01-02\n"
      "present: [\"Ann Able, Parish Council\"]\n"
      "declarations: [{name: Ann Able, text: \"Owns a shop,\\nnearby\"}]\n"
      "---\n"
      "## 1. Item, one\n\nResolved, that the \"report\", as amended, be "
      "noted.\n\nThe Clerk agreed to write\nto them (1).\n");
  for (int t = 0; t < MINS_TABLE_COUNT; t++) {
    mins__buf h = {0}, b = {0};
    assert_int_equal(mins_csv_write_header((mins_table)t, to_buf, &h), 0);
    assert_int_equal(mins_doc_write_csv(d, (mins_table)t, to_buf, &b), 0);
    mins__buf_addc(&h, '\0');
    mins__buf_addc(&b, '\0');
    const char *p = h.s;
    int cols = csv_record(&p);
    assert_string_equal(p, "");
    assert_true(strncmp(h.s, "file,date,committee,", 20) == 0);
    for (p = b.s; *p;)
      assert_int_equal(csv_record(&p), cols);
    mins__buf_free(&h);
    mins__buf_free(&b);
  }
  char *a = run(actions_csv, d);
  assert_non_null(strstr(a, "t.md,2024-01-02,\"Roads, Paths and "
                            "\"\"Bridges\"\"\",1,1,Clerk,"));
  free(a);
  mins__buf b = {0};
  assert_int_equal(mins_doc_write_csv(d, MINS_TABLE_DECLARATIONS, to_buf, &b),
                   0);
  mins__buf_addc(&b, '\0');
  assert_non_null(strstr(b.s, ",Ann Able,,\"Owns a shop,\nnearby\",5\r\n"));
  mins__buf_free(&b);
  assert_int_equal(mins_table_by_name("Action"), MINS_TABLE_ACTIONS);
  assert_int_equal(mins_table_by_name("people"), MINS_TABLE_PEOPLE);
  assert_int_equal(mins_table_by_name("person"), MINS_TABLE_PEOPLE);
  assert_int_equal(mins_table_by_name("minutes"), MINS_ENOTFOUND);
  assert_string_equal(mins_table_name(MINS_TABLE_REVIEWS), "reviews");
  assert_null(mins_table_name(MINS_TABLE_COUNT));
  assert_int_equal(mins_doc_write_csv(d, MINS_TABLE_ITEMS, fail_write, NULL),
                   MINS_EIO);
  mins_doc_free(d);
}

static const char exempt_doc[] =
    "---\nexempt: [\"5\"]\ndeclarations:\n  - {name: Ann Able, item: \"4\", "
    "text: SECRET-D}\n---\n"
    "## 1. Open\n\nThe Clerk agreed to write (1).\n\n"
    "## 4. Land deal (Confidential)\n\nSECRET-A text (2). Also (1).\n\n"
    "Resolved, that SECRET-A be agreed.\n\n"
    "## 4.1. Sub part\n\nSECRET-B.\n\n"
    "## 5. Staff\n\nSECRET-C (3).\n\n"
    "## 6. Closing\n\nResolved, that the meeting close (4).\n";

static void public_copy(void **state) {
  (void)state;
  mins_doc *d = unit_parse(exempt_doc);
  assert_int_equal(mins_doc_item_count(d), 5);
  mins_doc *p = NULL;
  assert_int_equal(mins_doc_public(&p, d), 0);
  assert_int_equal(mins_doc_item_count(p), 2);
  assert_string_equal(mins_doc_item(p, 1)->number, "6");
  assert_int_equal(mins_doc_resolution_count(p), 1);
  assert_int_equal(mins_doc_resolution(p, 0)->item_index, 1);
  /* actions 2 and 3 go; action 1 stays without its mention in item 4 */
  assert_int_equal(mins_doc_action_count(p), 2);
  assert_string_equal(mins_doc_action(p, 0)->number, "1");
  assert_int_equal(mins_doc_action(p, 0)->mention_count, 0);
  assert_string_equal(mins_doc_action(p, 1)->number, "4");
  assert_int_equal(mins_doc_action(p, 1)->item_index, 1);
  assert_int_equal(mins_doc_declaration_count(p), 0);
  size_t n;
  const char *src = mins_doc_source(p, &n);
  assert_int_equal(strlen(src), n);
  assert_null(strstr(src, "SECRET"));
  assert_null(strstr(src, "Land deal"));
  assert_non_null(strstr(src, "## 6. Closing"));
  /* lines stay those of the original file */
  assert_int_equal(mins_doc_item(p, 1)->line, mins_doc_item(d, 4)->line);
  /* every writer given the copy */
  doc_writer ws[] = {md, html, actions_csv};
  for (size_t i = 0; i < sizeof ws / sizeof ws[0]; i++) {
    char *o = run(ws[i], p);
    assert_null(strstr(o, "SECRET"));
    assert_null(strstr(o, "Land deal"));
    free(o);
  }
  mins_doc_free(p);
  mins_doc_free(d);
  /* nothing exempt: the same records and text */
  d = unit_parse("## 1. A\n\nResolved, that it be noted (1).\n");
  assert_int_equal(mins_doc_public(&p, d), 0);
  json_t *a = records(d), *b = records(p);
  assert_true(json_equal(a, b));
  json_decref(a);
  json_decref(b);
  assert_string_equal(mins_doc_source(p, NULL), mins_doc_source(d, NULL));
  mins_doc_free(p);
  mins_doc_free(d);
  assert_int_equal(mins_doc_public(&p, NULL), MINS_EINVAL);
  assert_null(p);
}

static void html_page(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "---\ncommittee: \"<b>Board</b> & Co\"\ndate: 2019-05-20\n---\n"
      "<script>alert(1)</script>\n\n"
      "## 5. Title <i>x</i>\n\nSee ![chart](http://example.org/c.png) and "
      "[bad](javascript:alert(1)).\n\nThe Clerk agreed to write (3).\n\n"
      "Resolved, that it be noted.\n\n"
      "## 5. Same number\n\ntext\n");
  char *h = run(html, d);
  assert_true(strncmp(h, "<!DOCTYPE html>\n<html lang=\"en\">", 32) == 0);
  assert_non_null(strstr(h, "&lt;b&gt;Board&lt;/b&gt; &amp; Co"));
  assert_null(strstr(h, "<script"));
  assert_null(strstr(h, "<img"));
  assert_null(strstr(h, "javascript:"));
  assert_non_null(strstr(h, "<a href=\"http://example.org/c.png\">chart</a>"));
  assert_non_null(strstr(h, "id=\"item-5\""));
  assert_non_null(strstr(h, "id=\"item-5-2\""));
  assert_non_null(strstr(h, "id=\"action-3\""));
  assert_non_null(strstr(h, "id=\"resolution-1\""));
  assert_non_null(strstr(h, "href=\"#item-5\""));
  assert_non_null(strstr(h, "<time datetime=\"2019-05-20\">Monday 20 May "
                            "2019</time>"));
  assert_non_null(strstr(h, "@media print"));
  assert_non_null(strstr(h, "class=\"has-action\""));
  assert_non_null(strstr(h, "class=\"has-resolution\""));
  /* the item's own heading is replaced, not repeated */
  assert_null(strstr(h, "Same number</h3>"));
  assert_true(strcmp(h + strlen(h) - 8, "</html>\n") == 0);
  free(h);
  mins_html_options o = MINS_HTML_OPTIONS_INIT;
  o.version = 7;
  assert_int_equal(mins_doc_write_html(d, &o, to_buf, NULL), MINS_EINVAL);
  assert_int_equal(mins_doc_write_html(d, NULL, fail_write, NULL), MINS_EIO);
  mins_doc_free(d);
}

static void index_pages(void **state) {
  (void)state;
  mins_index *ix = NULL;
  assert_int_equal(mins_index_new(&ix), 0);
  const char *docs[] = {
      "---\ncommittee: B Board\ndate: 2020-01-01\n---\n## 1. X\n\n"
      "Resolved, that it be noted.\n",
      "---\ncommittee: A Board\ndate: 2021-01-01\n---\n## 2. Y\n\n"
      "The Clerk agreed to write (1).\n",
      "---\ncommittee: A Board\ndate: 2019-01-01\n---\n## 3. Z\n\ntext\n"};
  const char *href[] = {"b/2020.html", "a/2021.html", "a/2019.html"};
  for (int i = 0; i < 3; i++) {
    mins_doc *d = unit_parse(docs[i]);
    assert_int_equal(mins_index_add(ix, d, href[i]), 0);
    mins_doc_free(d); /* the index keeps its own copies */
  }
  mins__buf b = {0};
  assert_int_equal(mins_index_write_html(ix, MINS_INDEX_MEETINGS, to_buf, &b),
                   0);
  mins__buf_addc(&b, '\0');
  const char *a19 = strstr(b.s, "a/2019.html"),
             *a21 = strstr(b.s, "a/2021.html"),
             *b20 = strstr(b.s, "b/2020.html");
  assert_true(a19 && a21 && b20 && a19 < a21 && a21 < b20);
  assert_non_null(strstr(b.s, "3 meetings of 2 committees"));
  mins__buf_free(&b);
  memset(&b, 0, sizeof b);
  assert_int_equal(
      mins_index_write_html(ix, MINS_INDEX_RESOLUTIONS, to_buf, &b), 0);
  mins__buf_addc(&b, '\0');
  assert_non_null(strstr(b.s, "href=\"b/2020.html#resolution-1\""));
  assert_non_null(strstr(b.s, "href=\"b/2020.html#item-1\""));
  mins__buf_free(&b);
  memset(&b, 0, sizeof b);
  assert_int_equal(mins_index_write_html(ix, MINS_INDEX_ACTIONS, to_buf, &b),
                   0);
  mins__buf_addc(&b, '\0');
  assert_non_null(strstr(b.s, "href=\"a/2021.html#action-1\""));
  mins__buf_free(&b);
  assert_string_equal(mins_index_page_file(MINS_INDEX_ACTIONS), "actions.html");
  assert_int_equal(
      mins_index_write_html(ix, MINS_INDEX_PAGE_COUNT, to_buf, NULL),
      MINS_EINVAL);
  mins_index_free(ix);
  mins_index_free(NULL);
}

/* Files in dir whose name starts with prefix. */
static int count_files(const char *dir, const char *prefix) {
  DIR *d = opendir(dir);
  assert_non_null(d);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
  closedir(d);
  return n;
}

static void output_files(void **state) {
  (void)state;
  char dir[] = "/tmp/mins-unit-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[128];
  snprintf(path, sizeof path, "%s/out.txt", dir);
  mins_output *o = NULL;
  assert_int_equal(mins_output_open(&o, path), 0);
  assert_int_equal(mins_output_write("half", 4, o), 0);
  /* nothing is there until the commit */
  struct stat st;
  assert_int_not_equal(stat(path, &st), 0);
  assert_int_equal(mins_output_commit(o), 0);
  FILE *f = fopen(path, "r");
  char got[16] = "";
  assert_non_null(f);
  assert_non_null(fgets(got, sizeof got, f));
  fclose(f);
  assert_string_equal(got, "half");
  /* replacing keeps the old file's mode; giving up keeps the old file */
  assert_int_equal(chmod(path, 0640), 0);
  assert_int_equal(mins_output_open(&o, path), 0);
  assert_int_equal(mins_output_write("new", 3, o), 0);
  mins_output_abort(o);
  f = fopen(path, "r");
  assert_non_null(fgets(got, sizeof got, f));
  fclose(f);
  assert_string_equal(got, "half");
  assert_int_equal(mins_output_open(&o, path), 0);
  assert_true(mins_output_fd(o) >= 0);
  assert_int_equal(mins_output_write("new", 3, o), 0);
  assert_int_equal(mins_output_commit(o), 0);
  assert_int_equal(stat(path, &st), 0);
  assert_int_equal(st.st_mode & 0777, 0640);
  /* no temporary file is left behind */
  assert_int_equal(count_files(dir, ".out.txt."), 0);
  assert_int_equal(count_files(dir, "out.txt"), 1);
  /* a directory that is not there */
  snprintf(path, sizeof path, "%s/no/such/dir.txt", dir);
  errno = 0;
  assert_int_equal(mins_output_open(&o, path), MINS_EIO);
  assert_null(o);
  assert_int_equal(errno, ENOENT);
  mins_output_abort(NULL);
  snprintf(path, sizeof path, "%s/out.txt", dir);
  unlink(path);
  rmdir(dir);
}

int suite_export(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(md_quoting),
                                     cmocka_unit_test(md_headings),
                                     cmocka_unit_test(md_actions_and_reviews),
                                     cmocka_unit_test(md_empty_and_bad),
                                     cmocka_unit_test(csv_tables),
                                     cmocka_unit_test(public_copy),
                                     cmocka_unit_test(html_page),
                                     cmocka_unit_test(index_pages),
                                     cmocka_unit_test(output_files)};
  return cmocka_run_group_tests_name("export", tests, NULL, NULL);
}
