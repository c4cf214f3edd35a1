/* SPDX-License-Identifier: MIT */
/*
 * Shared program code: messages, memory helpers that exit with 2 on
 * failure (only programs may exit), file reading and directory walking,
 * colour detection and the ordered parallel runner.
 */
#include "common.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *prog = "mins";

void cmd_init(const char *argv0, const char *name) {
  (void)argv0;
  prog = name;
}

void cmd_error(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: ", prog);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void cmd_usage_error(const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "%s: ", prog);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nTry '%s --help'.\n", prog);
  exit(EXIT_TROUBLE);
}

void cmd_oom(void) {
  fprintf(stderr, "%s: out of memory\n", prog);
  exit(EXIT_TROUBLE);
}

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    cmd_oom();
  return p;
}

void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q)
    cmd_oom();
  return q;
}

char *xstrdup(const char *s) {
  size_t n = strlen(s);
  char *p = xmalloc(n + 1);
  memcpy(p, s, n + 1);
  return p;
}

void cmd_version(void) {
  printf("%s (mins) %s\n", prog, mins_version_string());
}

void sb_add(sbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
      cap *= 2;
    b->s = xrealloc(b->s, cap);
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

void sb_puts(sbuf *b, const char *s) {
  sb_add(b, s, strlen(s));
}

void sb_printf(sbuf *b, const char *fmt, ...) {
  va_list ap, aq;
  va_start(ap, fmt);
  va_copy(aq, ap);
  int n = vsnprintf(NULL, 0, fmt, aq);
  va_end(aq);
  if (n > 0) {
    if (b->len + (size_t)n + 1 > b->cap) {
      size_t cap = b->cap ? b->cap : 256;
      while (cap < b->len + (size_t)n + 1)
        cap *= 2;
      b->s = xrealloc(b->s, cap);
      b->cap = cap;
    }
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
  }
  va_end(ap);
}

void sb_free(sbuf *b) {
  free(b->s);
  b->s = NULL;
  b->len = b->cap = 0;
}

int sb_write(const char *data, size_t len, void *payload) {
  sb_add(payload, data, len);
  return 0;
}

int cmd_colour(int fd, const char *mode) {
  if (mode && strcmp(mode, "always") == 0)
    return 1;
  if (mode && strcmp(mode, "never") == 0)
    return 0;
  const char *nc = getenv("NO_COLOR");
  if (nc && *nc)
    return 0;
  const char *term = getenv("TERM");
  if (term && strcmp(term, "dumb") == 0)
    return 0;
  return isatty(fd);
}

static void pl_add(pathlist *l, char *s) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->v = xrealloc(l->v, l->cap * sizeof(char *));
  }
  l->v[l->n++] = s;
}

void pathlist_free(pathlist *l) {
  for (size_t i = 0; i < l->n; i++)
    free(l->v[i]);
  free(l->v);
  l->v = NULL;
  l->n = l->cap = 0;
}

static int wanted(const char *name) {
  const char *dot = strrchr(name, '.');
  if (!dot)
    return 0;
  return strcmp(dot, ".md") == 0 || strcmp(dot, ".markdown") == 0 ||
         strcmp(dot, ".txt") == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The directories being walked, innermost first: a link back to one of
 * them is a loop (two links to "." would otherwise make the walk
 * exponential: 2^64 paths before the depth limit). */
typedef struct ancestor {
  dev_t dev;
  ino_t ino;
  const struct ancestor *up;
} ancestor;

static int is_ancestor(const ancestor *a, const struct stat *st) {
  for (; a; a = a->up)
    if (a->dev == st->st_dev && a->ino == st->st_ino)
      return 1;
  return 0;
}

/* Walk a directory; returns errors printed. depth bounds nesting. */
static int walk(pathlist *out, const char *dir, int depth, const ancestor *up) {
  ancestor self = {0, 0, up};
  struct stat dst;
  if (stat(dir, &dst) == 0) {
    self.dev = dst.st_dev;
    self.ino = dst.st_ino;
  }
  if (depth > 64) {
    cmd_error("%s: directories nested too deeply", dir);
    return 1;
  }
  DIR *d = opendir(dir);
  if (!d) {
    cmd_error("%s: %s", dir, strerror(errno));
    return 1;
  }
  pathlist names = {0};
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue; /* ., .., and hidden files */
    pl_add(&names, xstrdup(e->d_name));
  }
  closedir(d);
  qsort(names.v, names.n, sizeof(char *), cmp_str);
  int errs = 0;
  size_t dl = strlen(dir);
  int slash = dl > 0 && dir[dl - 1] == '/';
  for (size_t i = 0; i < names.n; i++) {
    size_t n = dl + strlen(names.v[i]) + 2;
    char *p = xmalloc(n);
    snprintf(p, n, "%s%s%s", dir, slash ? "" : "/", names.v[i]);
    struct stat st;
    if (stat(p, &st) != 0) {
      /* a dangling link: say so only if it looks like minutes */
      if (wanted(names.v[i])) {
        cmd_error("%s: %s", p, strerror(errno));
        errs++;
      }
      free(p);
      continue;
    }
    if (S_ISDIR(st.st_mode) && is_ancestor(&self, &st)) {
      /* a warning, not an error: the files are read once all the same */
      cmd_error("%s: directory loop, not followed", p);
      free(p);
    } else if (S_ISDIR(st.st_mode)) {
      errs += walk(out, p, depth + 1, &self);
      free(p);
    } else if (S_ISREG(st.st_mode) && wanted(names.v[i])) {
      pl_add(out, p);
    } else {
      free(p);
    }
  }
  pathlist_free(&names);
  return errs;
}

int cmd_collect(pathlist *out, char **args, int nargs) {
  int errs = 0;
  if (nargs == 0) {
    pl_add(out, xstrdup("-"));
    return 0;
  }
  for (int i = 0; i < nargs; i++) {
    const char *a = args[i];
    if (strcmp(a, "-") == 0) {
      pl_add(out, xstrdup("-"));
      continue;
    }
    struct stat st;
    if (stat(a, &st) != 0) {
      cmd_error("%s: %s", a, strerror(errno));
      errs++;
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      size_t before = out->n;
      errs += walk(out, a, 0, NULL);
      if (out->n == before) {
        cmd_error("%s: no minutes files found (*.md, *.markdown, *.txt)", a);
        errs++;
      }
    } else {
      pl_add(out, xstrdup(a));
    }
  }
  return errs;
}

const char *cmd_display_name(const char *path) {
  return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

int cmd_read(const char *path, size_t max, char **buf, size_t *len) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  *buf = NULL;
  *len = 0;
  if (!f)
    return -1;
  size_t cap = 0, n = 0;
  char *b = NULL;
  struct stat st;
  if (f != stdin && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode)) {
    if ((size_t)st.st_size > max) {
      fclose(f);
      errno = EFBIG;
      return -1;
    }
    cap = (size_t)st.st_size + 1;
    b = xmalloc(cap);
  }
  for (;;) {
    if (n + 65536 > cap) {
      cap = cap ? cap * 2 : 65536 * 2;
      if (cap < n + 65536)
        cap = n + 65536;
      b = xrealloc(b, cap);
    }
    size_t k = fread(b + n, 1, cap - n - 1, f);
    n += k;
    if (n > max) {
      free(b);
      if (f != stdin)
        fclose(f);
      errno = EFBIG;
      return -1;
    }
    if (k == 0)
      break;
  }
  int err = ferror(f);
  int saved = errno;
  if (f != stdin)
    fclose(f);
  if (err) {
    free(b);
    errno = saved ? saved : EIO;
    return -1;
  }
  b[n] = '\0';
  *buf = b;
  *len = n;
  return 0;
}

void cmd_print_diag(FILE *f, const char *file, const mins_diag *g,
                    int colour) {
  const char *sev = mins_severity_name(g->severity);
  const char *on = "", *off = "";
  if (colour) {
    on = g->severity == MINS_ERROR     ? "\033[1;31m"
         : g->severity == MINS_WARNING ? "\033[1;35m"
                                       : "\033[1;36m";
    off = "\033[0m";
  }
  if (g->line && g->column)
    fprintf(f, "%s: %s:%u:%u: %s%s%s: %s [%s]\n", prog, file, g->line,
            g->column, on, sev, off, g->message, g->rule);
  else if (g->line)
    fprintf(f, "%s: %s:%u: %s%s%s: %s [%s]\n", prog, file, g->line, on, sev,
            off, g->message, g->rule);
  else
    fprintf(f, "%s: %s: %s%s%s: %s [%s]\n", prog, file, on, sev, off,
            g->message, g->rule);
  if (g->hint)
    fprintf(f, "%s: %s:%u:%u: note: %s\n", prog, file, g->line, g->column,
            g->hint);
}

int cmd_no_jit(void) {
  const char *v = getenv("MINS_NO_JIT");
  return v && *v && strcmp(v, "0") != 0;
}

void cmd_format_diag(sbuf *b, const char *file, const mins_diag *g,
                     int colour) {
  char *mb = NULL;
  size_t ml = 0;
  FILE *mf = open_memstream(&mb, &ml);
  if (!mf)
    cmd_oom();
  cmd_print_diag(mf, file, g, colour);
  fclose(mf);
  sb_add(b, mb, ml);
  free(mb);
}

void cmd_common_option(int c, char **argv, const char *usage,
                       parse_setup *setup, const char **colour, int *jobs) {
  const char *arg = optarg;
  char *end;
  switch (c) {
  case CMD_OPT_COLOR:
    *colour = arg ? arg : "always";
    if (strcmp(*colour, "auto") && strcmp(*colour, "always") &&
        strcmp(*colour, "never"))
      cmd_usage_error("--color takes auto, always or never, not '%s'",
                      *colour);
    return;
  case CMD_OPT_PATTERNS:
    setup->patterns = arg;
    return;
  case CMD_OPT_NOINFER:
    setup->no_infer = 1;
    return;
  case CMD_OPT_MAXSIZE: {
    unsigned long long v = strtoull(arg, &end, 10);
    if (*end || v == 0)
      cmd_usage_error("--max-size takes a number of bytes, not '%s'", arg);
    setup->max_bytes = (size_t)v;
    return;
  }
  case 'j': {
    long v = strtol(arg, &end, 10);
    if (*end || v < 1 || v > 64)
      cmd_usage_error("--jobs takes a number from 1 to 64, not '%s'", arg);
    *jobs = (int)v;
    return;
  }
  case 'h':
    fputs(usage, stdout);
    exit(EXIT_OK);
  case 'V':
    cmd_version();
    exit(EXIT_OK);
  case ':':
    cmd_usage_error("option '%s' needs a value", argv[optind - 1]);
    return;
  default:
    cmd_usage_error("unknown option '%s'", argv[optind - 1]);
  }
}

mins_parser *cmd_parser(const parse_setup *s) {
  mins_parse_options o = MINS_PARSE_OPTIONS_INIT;
  if (s && s->no_infer)
    o.flags |= MINS_PARSE_NO_INFER;
  if (cmd_no_jit())
    o.flags |= MINS_PARSE_NO_JIT;
  if (s && s->max_bytes)
    o.max_bytes = s->max_bytes;
  mins_parser *p;
  int rc = mins_parser_new(&p, &o);
  if (rc == MINS_ENOMEM)
    cmd_oom();
  if (rc) {
    cmd_error("cannot make a parser: %s", mins_error_string(rc));
    return NULL;
  }
  if (s && s->patterns) {
    char *buf;
    size_t len;
    if (cmd_read(s->patterns, (size_t)1 << 20, &buf, &len) != 0) {
      cmd_error("%s: %s", s->patterns, strerror(errno));
      mins_parser_free(p);
      return NULL;
    }
    rc = mins_parser_load_patterns(p, s->patterns, buf, len);
    free(buf);
    if (rc) {
      for (size_t i = 0; i < mins_parser_diag_count(p); i++)
        cmd_print_diag(stderr, s->patterns, mins_parser_diag(p, i), 0);
      mins_parser_free(p);
      return NULL;
    }
  }
  return p;
}

int cmd_reading_option(int c, const char *arg, parse_setup *setup,
                       const char **colour, int *jobs) {
  char *end;
  switch (c) {
  case CMD_O_COLOR:
    *colour = arg ? arg : "always";
    if (strcmp(*colour, "auto") && strcmp(*colour, "always") &&
        strcmp(*colour, "never"))
      cmd_usage_error("--color takes auto, always or never, not '%s'", *colour);
    return 1;
  case CMD_O_PATTERNS:
    setup->patterns = arg;
    return 1;
  case CMD_O_NOINFER:
    setup->no_infer = 1;
    return 1;
  case CMD_O_MAXSIZE: {
    unsigned long long v = strtoull(arg, &end, 10);
    if (*end || v == 0)
      cmd_usage_error("--max-size takes a number of bytes, not '%s'", arg);
    setup->max_bytes = (size_t)v;
    return 1;
  }
  case 'j': {
    long v = strtol(arg, &end, 10);
    if (*end || v < 1 || v > 64)
      cmd_usage_error("--jobs takes a number from 1 to 64, not '%s'", arg);
    *jobs = (int)v;
    return 1;
  }
  default:
    return 0;
  }
}

int cmd_default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)(n > 64 ? 64 : n) : 1;
}

/* ---- the ordered parallel runner ---------------------------------------- */

typedef struct slot {
  sbuf out, err;
  int rc;
  int done;
} slot;

typedef struct runner {
  const pathlist *files;
  const parse_setup *setup;
  cmd_file_fn fn;
  void *payload;
  pthread_mutex_t mu;
  pthread_cond_t done_cv;  /* a slot was filled: the printer waits on it */
  pthread_cond_t space_cv; /* a slot was printed: workers wait on it */
  int printer_waiting;
  int workers_waiting;
  size_t next;    /* next file to take */
  size_t printed; /* files printed so far */
  size_t window;  /* how far ahead of the printer workers may run */
  size_t chunk;   /* files a worker takes at once */
  slot *slots;    /* ring of `window` slots */
  int failed;     /* a worker could not make a parser */
} runner;

/* Workers take files in chunks and wake the printer once a chunk, and the
 * printer wakes workers only when one waits: with many small files (a
 * search that skips most of them unparsed) a wake-up per file would cost
 * more than the work. */
static void *worker(void *arg) {
  runner *r = arg;
  mins_parser *p = cmd_parser(r->setup);
  pthread_mutex_lock(&r->mu);
  if (!p) {
    r->failed = 1;
    pthread_cond_signal(&r->done_cv);
    pthread_cond_broadcast(&r->space_cv);
  }
  pthread_mutex_unlock(&r->mu);
  size_t n = r->files->n;
  for (;;) {
    pthread_mutex_lock(&r->mu);
    while (!r->failed && r->next < n &&
           (r->next + r->chunk < n ? r->next + r->chunk : n) >
               r->printed + r->window) {
      r->workers_waiting++;
      pthread_cond_wait(&r->space_cv, &r->mu);
      r->workers_waiting--;
    }
    if (r->failed || r->next >= n) {
      pthread_mutex_unlock(&r->mu);
      break;
    }
    size_t first = r->next;
    size_t end = first + r->chunk < n ? first + r->chunk : n;
    r->next = end;
    pthread_mutex_unlock(&r->mu);
    for (size_t i = first; i < end; i++) {
      slot *s = &r->slots[i % r->window];
      s->rc = r->fn(p, r->files->v[i], i, &s->out, &s->err, r->payload);
    }
    pthread_mutex_lock(&r->mu);
    for (size_t i = first; i < end; i++)
      r->slots[i % r->window].done = 1;
    if (r->printer_waiting)
      pthread_cond_signal(&r->done_cv);
    pthread_mutex_unlock(&r->mu);
  }
  mins_parser_free(p);
  return NULL;
}

int cmd_run(const pathlist *files, int jobs, const parse_setup *setup,
            cmd_file_fn fn, void *payload) {
  int worst = EXIT_OK;
  if (jobs < 1)
    jobs = 1;
  if ((size_t)jobs > files->n)
    jobs = files->n ? (int)files->n : 1;
  if (jobs == 1) {
    mins_parser *p = cmd_parser(setup);
    if (!p)
      return EXIT_TROUBLE;
    sbuf out = {0}, err = {0};
    for (size_t i = 0; i < files->n; i++) {
      int rc = fn(p, files->v[i], i, &out, &err, payload);
      if (err.len)
        fwrite(err.s, 1, err.len, stderr);
      if (out.len)
        fwrite(out.s, 1, out.len, stdout);
      out.len = err.len = 0;
      if (rc > worst)
        worst = rc;
    }
    sb_free(&out);
    sb_free(&err);
    mins_parser_free(p);
    return worst;
  }
  runner r;
  memset(&r, 0, sizeof r);
  r.files = files;
  r.setup = setup;
  r.fn = fn;
  r.payload = payload;
  r.chunk = files->n >= (size_t)jobs * 64 ? 8 : 1;
  r.window = (size_t)jobs * 4 * r.chunk;
  r.slots = calloc(r.window, sizeof(slot));
  if (!r.slots)
    cmd_oom();
  pthread_mutex_init(&r.mu, NULL);
  pthread_cond_init(&r.done_cv, NULL);
  pthread_cond_init(&r.space_cv, NULL);
  pthread_t th[64];
  int started = 0;
  for (int i = 0; i < jobs && i < 64; i++)
    if (pthread_create(&th[i], NULL, worker, &r) == 0)
      started++;
  if (!started) {
    cmd_error("cannot start threads");
    return EXIT_TROUBLE;
  }
  for (size_t i = 0; i < files->n; i++) {
    slot *s = &r.slots[i % r.window];
    pthread_mutex_lock(&r.mu);
    while (!s->done && !r.failed) {
      r.printer_waiting = 1;
      pthread_cond_wait(&r.done_cv, &r.mu);
      r.printer_waiting = 0;
    }
    int failed = r.failed && !s->done;
    pthread_mutex_unlock(&r.mu);
    if (failed) {
      worst = EXIT_TROUBLE;
      break;
    }
    if (s->err.len)
      fwrite(s->err.s, 1, s->err.len, stderr);
    if (s->out.len)
      fwrite(s->out.s, 1, s->out.len, stdout);
    if (s->rc > worst)
      worst = s->rc;
    s->out.len = s->err.len = 0;
    pthread_mutex_lock(&r.mu);
    s->done = 0;
    r.printed = i + 1;
    if (r.workers_waiting)
      pthread_cond_broadcast(&r.space_cv);
    pthread_mutex_unlock(&r.mu);
  }
  for (int i = 0; i < started; i++)
    pthread_join(th[i], NULL);
  for (size_t i = 0; i < r.window; i++) {
    sb_free(&r.slots[i].out);
    sb_free(&r.slots[i].err);
  }
  free(r.slots);
  pthread_mutex_destroy(&r.mu);
  pthread_cond_destroy(&r.done_cv);
  pthread_cond_destroy(&r.space_cv);
  return worst;
}

/* ---- values of shared options ------------------------------------------- */

const char *cmd_colour_arg(const char *arg) {
  const char *c = arg ? arg : "always";
  if (strcmp(c, "auto") && strcmp(c, "always") && strcmp(c, "never"))
    cmd_usage_error("--color takes auto, always or never, not '%s'", c);
  return c;
}

size_t cmd_size_arg(const char *arg) {
  char *end;
  unsigned long long v = strtoull(arg, &end, 10);
  if (*end || v == 0)
    cmd_usage_error("--max-size takes a number of bytes, not '%s'", arg);
  return (size_t)v;
}

int cmd_jobs_arg(const char *arg) {
  char *end;
  long v = strtol(arg, &end, 10);
  if (*end || v < 1 || v > 64)
    cmd_usage_error("--jobs takes a number from 1 to 64, not '%s'", arg);
  return (int)v;
}
