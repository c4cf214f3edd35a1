/* SPDX-License-Identifier: MIT */
/*
 * mins-bench-floor: the least a full parse of minutes must cost, to measure
 * mins-parse against (DESIGN.md, section 6). For each file it does what
 * libmins cannot avoid and nothing else: read the file, hand the front
 * matter to libyaml's event parser, hand the body to cmark_parse_document
 * with the options libmins uses (CMARK_OPT_SOURCEPOS), walk the tree once
 * with cmark_iter, and free both. Files and directories are taken the way
 * mins-parse takes them (directories walked for *.md, *.markdown and *.txt
 * in sorted order), one process over all of them, so that the two programs
 * see the same file list and the same process model. It prints the number
 * of files, YAML events and cmark nodes, so that no work can be optimised
 * away and a run can be checked.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmark.h>
#include <yaml.h>

typedef struct totals {
  unsigned long files, events, nodes, bad_yaml, errors;
} totals;

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 65536, n = 0, k;
  char *buf = malloc(cap);
  while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
    n += k;
    if (n == cap) {
      char *nb = realloc(buf, cap *= 2);
      if (!nb)
        free(buf);
      buf = nb;
    }
  }
  fclose(f);
  *len = n;
  return buf;
}

/* Is s[0..n) a fence line ("---", or "..." to close), blanks allowed? */
static int fence(const char *s, size_t n, int close) {
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    n--;
  return n == 3 &&
         (memcmp(s, "---", 3) == 0 || (close && memcmp(s, "...", 3) == 0));
}

/* The front matter's YAML as [*ys, *ye) and where the body starts, as
 * libmins splits them; 0 when there is no closed front matter. */
static int split(const char *s, size_t n, size_t *ys, size_t *ye,
                 size_t *body) {
  size_t start = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  const char *nl = memchr(s + start, '\n', n - start);
  if (!nl || !fence(s + start, (size_t)(nl - s) - start, 0))
    return 0;
  size_t pos = (size_t)(nl - s) + 1;
  *ys = pos;
  while (pos < n) {
    const char *e = memchr(s + pos, '\n', n - pos);
    size_t le = e ? (size_t)(e - s) : n;
    if (fence(s + pos, le - pos, 1)) {
      *ye = pos;
      *body = e ? le + 1 : n;
      return 1;
    }
    pos = e ? le + 1 : n;
  }
  return 0;
}

static void yaml_events(const char *s, size_t n, totals *t) {
  yaml_parser_t p;
  yaml_event_t ev;
  if (!yaml_parser_initialize(&p))
    return;
  yaml_parser_set_input_string(&p, (const unsigned char *)s, n);
  for (;;) {
    if (!yaml_parser_parse(&p, &ev)) {
      t->bad_yaml++;
      break;
    }
    t->events++;
    int end = ev.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&ev);
    if (end)
      break;
  }
  yaml_parser_delete(&p);
}

static void one(const char *path, totals *t) {
  size_t len = 0, ys = 0, ye = 0, body = 0;
  char *buf = read_file(path, &len);
  if (!buf) {
    fprintf(stderr, "mins-bench-floor: %s: %s\n", path, strerror(errno));
    t->errors++;
    return;
  }
  if (split(buf, len, &ys, &ye, &body))
    yaml_events(buf + ys, ye - ys, t);
  cmark_node *root =
      cmark_parse_document(buf + body, len - body, CMARK_OPT_SOURCEPOS);
  cmark_iter *it = cmark_iter_new(root);
  while (cmark_iter_next(it) != CMARK_EVENT_DONE)
    t->nodes++;
  cmark_iter_free(it);
  cmark_node_free(root);
  free(buf);
  t->files++;
}

static int wanted(const char *name) {
  const char *dot = strrchr(name, '.');
  return dot && (strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0 ||
                 strcmp(dot, ".txt") == 0);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *dir, totals *t) {
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "mins-bench-floor: %s: %s\n", dir, strerror(errno));
    t->errors++;
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      char **nn = realloc(names, cap * sizeof *names);
      if (!nn)
        break;
      names = nn;
    }
    names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, cmp_str);
  for (size_t i = 0; i < n; i++) {
    size_t pl = strlen(dir) + strlen(names[i]) + 2;
    char *p = malloc(pl);
    struct stat st;
    snprintf(p, pl, "%s/%s", dir, names[i]);
    if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
      walk(p, t);
    else if (stat(p, &st) == 0 && S_ISREG(st.st_mode) && wanted(names[i]))
      one(p, t);
    free(p);
    free(names[i]);
  }
  free(names);
}

int main(int argc, char **argv) {
  totals t = {0, 0, 0, 0, 0};
  if (argc < 2) {
    fputs("Usage: mins-bench-floor FILE|DIR...\n", stderr);
    return 2;
  }
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
      walk(argv[i], &t);
    else
      one(argv[i], &t);
  }
  printf("%lu files, %lu YAML events (%lu front matters invalid), "
         "%lu cmark nodes, %lu unreadable\n",
         t.files, t.events, t.bad_yaml, t.nodes, t.errors);
  return t.errors ? 1 : 0;
}
