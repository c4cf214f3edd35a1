/* SPDX-License-Identifier: MIT */
/*
 * mins-roundtrip: the two properties of canonical minutes, checked on
 * every file given (directories are walked for *.md, *.markdown, *.txt):
 *
 *   md(md(x)) == md(x), byte for byte, and
 *   records(parse(md(x))) == records(parse(x)),
 *
 * where records are the mins/1 JSON without positions (line, column,
 * end_line), the file name and the diagnostics. Each failure prints the
 * file and the first paths at which the records differ. Exit 0 when every
 * file holds both, 1 otherwise, 2 on trouble.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>
#include <mins.h>

typedef struct buf {
  char *s;
  size_t len, cap;
} buf;

static int put(const char *data, size_t len, void *payload) {
  buf *b = payload;
  if (b->len + len + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 4096;
    while (cap < b->len + len + 1)
      cap *= 2;
    char *s = realloc(b->s, cap);
    if (!s)
      return -1;
    b->s = s;
    b->cap = cap;
  }
  memcpy(b->s + b->len, data, len);
  b->len += len;
  b->s[b->len] = '\0';
  return 0;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  buf b = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (put(chunk, n, &b)) {
      free(b.s);
      fclose(f);
      return NULL;
    }
  fclose(f);
  *len = b.len;
  return b.s ? b.s : calloc(1, 1);
}

/* Drop positions, recursively. */
static void strip(json_t *j) {
  if (json_is_object(j)) {
    json_object_del(j, "line");
    json_object_del(j, "column");
    json_object_del(j, "end_line");
    const char *k;
    json_t *v;
    json_object_foreach(j, k, v) strip(v);
  } else if (json_is_array(j)) {
    size_t i;
    json_t *v;
    json_array_foreach(j, i, v) strip(v);
  }
}

static json_t *records(const mins_doc *d) {
  buf b = {0};
  if (mins_doc_write_json(d, MINS_JSON_NO_DIAGS, put, &b) != 0) {
    free(b.s);
    return NULL;
  }
  json_error_t e;
  json_t *j = json_loads(b.s, 0, &e);
  free(b.s);
  if (j) {
    json_object_del(j, "file");
    strip(j);
  }
  return j;
}

/* Print where a and b differ (up to *left lines). */
static void diff(const char *path, json_t *a, json_t *b, int *left) {
  if (*left <= 0 || json_equal(a, b))
    return;
  char p[512];
  if (json_is_object(a) && json_is_object(b)) {
    const char *k;
    json_t *v;
    json_object_foreach(a, k, v) {
      snprintf(p, sizeof p, "%s.%s", path, k);
      json_t *w = json_object_get(b, k);
      if (!w) {
        printf("    %s: only in the input\n", p);
        --*left;
      } else {
        diff(p, v, w, left);
      }
    }
    json_object_foreach(b, k, v) if (!json_object_get(a, k)) {
      printf("    %s.%s: only in the output\n", path, k);
      --*left;
    }
    return;
  }
  if (json_is_array(a) && json_is_array(b)) {
    size_t na = json_array_size(a), nb = json_array_size(b);
    if (na != nb) {
      printf("    %s: %zu entries in the input, %zu in the output\n", path, na,
             nb);
      --*left;
    }
    for (size_t i = 0; i < na && i < nb; i++) {
      snprintf(p, sizeof p, "%s[%zu]", path, i);
      diff(p, json_array_get(a, i), json_array_get(b, i), left);
    }
    return;
  }
  char *sa = json_dumps(a, JSON_ENCODE_ANY),
       *sb = json_dumps(b, JSON_ENCODE_ANY);
  printf("    %s: input %.200s, output %.200s\n", path, sa ? sa : "?",
         sb ? sb : "?");
  free(sa);
  free(sb);
  --*left;
}

typedef struct stats {
  size_t files, unstable, changed, trouble;
} stats;

static mins_doc *parse(mins_parser *p, const char *name, const char *s,
                       size_t n) {
  mins_doc *d = NULL;
  if (mins_parser_parse(&d, p, name, s, n) != 0)
    return NULL;
  return d;
}

static void one(mins_parser *p, const char *path, stats *st, int verbose) {
  size_t n;
  char *src = slurp(path, &n);
  if (!src) {
    fprintf(stderr, "mins-roundtrip: %s: %s\n", path, strerror(errno));
    st->trouble++;
    return;
  }
  st->files++;
  buf m1 = {0}, m2 = {0};
  json_t *r1 = NULL, *r2 = NULL;
  mins_doc *d1 = parse(p, path, src, n), *d2 = NULL, *d3 = NULL;
  if (!d1) {
    /* binary or too big: not minutes, nothing to round-trip */
    goto out;
  }
  if (mins_doc_write_md(d1, 0, put, &m1) != 0 ||
      !(d2 = parse(p, path, m1.s, m1.len)) ||
      mins_doc_write_md(d2, 0, put, &m2) != 0) {
    fprintf(stderr, "mins-roundtrip: %s: cannot write or read back\n", path);
    st->trouble++;
    goto out;
  }
  if (m1.len != m2.len || memcmp(m1.s, m2.s, m1.len) != 0) {
    st->unstable++;
    printf("%s: md(md(x)) differs from md(x)\n", path);
    if (verbose) {
      size_t k = 0, line = 1;
      while (k < m1.len && k < m2.len && m1.s[k] == m2.s[k])
        line += m1.s[k++] == '\n';
      printf("    first difference at line %zu\n", line);
    }
  }
  r1 = records(d1);
  r2 = records(d2);
  if (!r1 || !r2) {
    st->trouble++;
    goto out;
  }
  if (!json_equal(r1, r2)) {
    st->changed++;
    printf("%s: the records of md(x) differ from those of x\n", path);
    int left = verbose ? 40 : 8;
    diff("", r1, r2, &left);
  }
out:
  json_decref(r1);
  json_decref(r2);
  mins_doc_free(d1);
  mins_doc_free(d2);
  mins_doc_free(d3);
  free(m1.s);
  free(m2.s);
  free(src);
}

static int wanted(const char *name) {
  const char *dot = strrchr(name, '.');
  return dot && (strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0 ||
                 strcmp(dot, ".txt") == 0);
}

static int cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(mins_parser *p, const char *path, stats *st, int verbose) {
  struct stat sb;
  if (stat(path, &sb) != 0) {
    fprintf(stderr, "mins-roundtrip: %s: %s\n", path, strerror(errno));
    st->trouble++;
    return;
  }
  if (!S_ISDIR(sb.st_mode)) {
    one(p, path, st, verbose);
    return;
  }
  DIR *dir = opendir(path);
  if (!dir) {
    st->trouble++;
    return;
  }
  char **names = NULL;
  size_t nn = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    if (nn == cap) {
      cap = cap ? cap * 2 : 64;
      char **v = realloc(names, cap * sizeof *v);
      if (!v)
        break;
      names = v;
    }
    names[nn++] = strdup(e->d_name);
  }
  closedir(dir);
  qsort(names, nn, sizeof *names, cmp);
  for (size_t i = 0; i < nn; i++) {
    char full[4096];
    snprintf(full, sizeof full, "%s/%s", path, names[i]);
    struct stat cs;
    if (stat(full, &cs) == 0 && (S_ISDIR(cs.st_mode) || wanted(names[i])))
      walk(p, full, st, verbose);
    free(names[i]);
  }
  free(names);
}

int main(int argc, char **argv) {
  int verbose = 0, first = 1;
  if (argc > 1 && strcmp(argv[1], "-v") == 0) {
    verbose = 1;
    first = 2;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: mins-roundtrip [-v] FILE|DIR...\n");
    return 2;
  }
  mins_parser *p;
  if (mins_parser_new(&p, NULL) != 0)
    return 2;
  stats st = {0};
  for (int i = first; i < argc; i++)
    walk(p, argv[i], &st, verbose);
  mins_parser_free(p);
  printf("%zu files: %zu not stable, %zu with other records, %zu trouble\n",
         st.files, st.unstable, st.changed, st.trouble);
  if (st.trouble)
    return 2;
  return st.unstable || st.changed ? 1 : 0;
}
