/* SPDX-License-Identifier: MIT */
/*
 * Shared program code: messages, memory helpers that exit with 2 on
 * failure (only programs may exit), file reading and directory walking,
 * colour detection and the ordered parallel runner.
 */
/* DT_REG and DT_DIR of readdir (a BSD and Linux extension; without them
 * every entry is stat()ed) */
#define _DEFAULT_SOURCE
#include "common.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *prog = "mins";
static const char *usage_text = "";

void cmd_init(const char *argv0, const char *name, const char *usage) {
  (void)argv0;
  prog = name;
  usage_text = usage;
  /* output into a file or a pipe is written 64 KiB at a time: the records
   * of ten thousand files are one or two writes a file with the default
   * buffer (a terminal keeps its line buffering) */
  static char out_buf[(size_t)1 << 16]; /* glibc takes no size without one */
  if (!isatty(STDOUT_FILENO))
    setvbuf(stdout, out_buf, _IOFBF, sizeof out_buf);
  /* so are the diagnostics into a file or a pipe (a check of ten thousand
   * files writes tens of thousands of lines: a write(2) a file unbuffered);
   * exit flushes them, and a terminal gets them as they come */
  static char err_buf[(size_t)1 << 16];
  if (!isatty(STDERR_FILENO))
    setvbuf(stderr, err_buf, _IOFBF, sizeof err_buf);
}

/* "prog: message\n" on stderr. */
static void verror(const char *fmt, va_list ap) CMD_PRINTF(1, 0);
static void verror(const char *fmt, va_list ap) {
  fprintf(stderr, "%s: ", prog);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

void cmd_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verror(fmt, ap);
  va_end(ap);
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

/* ---- walking the operands ------------------------------------------------
 *
 * One file at a time, so that a program can read each file as the walk
 * reaches it and hold no list of them: the memory of a walk is the
 * directories open from the operand down, not the files. */

/* An entry of a directory, with its type when readdir tells it (a regular
 * file then needs no stat). */
typedef struct entry {
  char *name;
  unsigned char type; /* DT_* or 0 (unknown) */
} entry;

/* A directory being walked: its entries, sorted, and which is next. The
 * frames of the walk, from the operand down, are the directories open: a
 * link back to one of them is a loop (two links to "." would otherwise
 * make the walk exponential: 2^64 paths before the depth limit). */
typedef struct frame {
  char *dir;
  entry *e;
  size_t n, next;
  dev_t dev;
  ino_t ino;
} frame;

struct cmd_walk {
  char **args;
  int nargs, arg; /* the operands, and the next */
  int quiet;      /* errors counted, not printed */
  int errs;
  int stdin_done; /* no operand: "-" given once */
  frame *f;       /* the directories open, the operand's first */
  size_t depth, cap;
  int in_dir;   /* a directory operand is being walked */
  size_t found; /* files found below it */
};

#if defined(DT_REG)
#define ENTRY_TYPE(d) ((d)->d_type)
#else
#define ENTRY_TYPE(d) 0 /* unknown: every entry is stat()ed */
#define DT_REG 1
#endif

static void walk_error(cmd_walk *w, int count, const char *fmt, ...)
    CMD_PRINTF(3, 4);
static void walk_error(cmd_walk *w, int count, const char *fmt, ...) {
  w->errs += count;
  if (w->quiet)
    return;
  va_list ap;
  va_start(ap, fmt);
  verror(fmt, ap);
  va_end(ap);
}

static int by_name(const void *a, const void *b) {
  return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

/* Open the directory dir (ownership passes to the walk) of identity st,
 * below depth directories: its entries sorted, a frame on the walk. */
static void walk_push(cmd_walk *w, char *dir, const struct stat *st) {
  if (w->depth > 64) {
    walk_error(w, 1, "%s: directories nested too deeply", dir);
    free(dir);
    return;
  }
  DIR *d = opendir(dir);
  if (!d) {
    walk_error(w, 1, "%s: %s", dir, strerror(errno));
    free(dir);
    return;
  }
  frame f = {dir, NULL, 0, 0, st ? st->st_dev : 0, st ? st->st_ino : 0};
  size_t cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue; /* ., .., and hidden files */
    if (f.n == cap) {
      cap = cap ? cap * 2 : 64;
      f.e = xrealloc(f.e, cap * sizeof *f.e);
    }
    f.e[f.n].name = xstrdup(e->d_name);
    f.e[f.n].type = (unsigned char)ENTRY_TYPE(e);
    f.n++;
  }
  closedir(d);
  qsort(f.e, f.n, sizeof *f.e, by_name);
  if (w->depth == w->cap) {
    w->cap = w->cap ? w->cap * 2 : 8;
    w->f = xrealloc(w->f, w->cap * sizeof *w->f);
  }
  w->f[w->depth++] = f;
}

static void walk_pop(cmd_walk *w) {
  frame *f = &w->f[--w->depth];
  for (size_t i = 0; i < f->n; i++)
    free(f->e[i].name);
  free(f->e);
  free(f->dir);
}

cmd_walk *cmd_walk_new(char **args, int nargs, int quiet) {
  cmd_walk *w = xmalloc(sizeof *w);
  memset(w, 0, sizeof *w);
  w->args = args;
  w->nargs = nargs;
  w->quiet = quiet;
  return w;
}

/* The next file below the open directories, or NULL when they are done. */
static char *walk_below(cmd_walk *w) {
  while (w->depth > 0) {
    frame *f = &w->f[w->depth - 1];
    if (f->next == f->n) {
      walk_pop(w);
      continue;
    }
    const entry *e = &f->e[f->next++];
    size_t dl = strlen(f->dir), n = dl + strlen(e->name) + 2;
    int slash = dl > 0 && f->dir[dl - 1] == '/';
    char *p = xmalloc(n);
    snprintf(p, n, "%s%s%s", f->dir, slash ? "" : "/", e->name);
    if (e->type == DT_REG) {
      /* a regular file, as readdir says: no stat needed */
      if (wanted(e->name)) {
        w->found++;
        return p;
      }
      free(p);
      continue;
    }
    struct stat st;
    if (stat(p, &st) != 0) {
      /* a dangling link: say so only if it looks like minutes */
      if (wanted(e->name))
        walk_error(w, 1, "%s: %s", p, strerror(errno));
      free(p);
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      int loop = 0;
      for (size_t i = 0; i < w->depth && !loop; i++)
        loop = w->f[i].dev == st.st_dev && w->f[i].ino == st.st_ino;
      if (loop) {
        /* a warning, not an error: the files are read once all the same */
        walk_error(w, 0, "%s: directory loop, not followed", p);
        free(p);
      } else {
        walk_push(w, p, &st);
      }
    } else if (S_ISREG(st.st_mode) && wanted(e->name)) {
      w->found++;
      return p;
    } else {
      free(p);
    }
  }
  return NULL;
}

char *cmd_walk_next(cmd_walk *w) {
  for (;;) {
    if (w->in_dir) {
      char *p = walk_below(w);
      if (p)
        return p;
      if (!w->found)
        walk_error(w, 1, "%s: no minutes files found (*.md, *.markdown, *.txt)",
                   w->args[w->arg - 1]);
      w->in_dir = 0;
    }
    if (w->nargs == 0 && !w->stdin_done) {
      w->stdin_done = 1;
      return xstrdup("-");
    }
    if (w->arg >= w->nargs)
      return NULL;
    const char *a = w->args[w->arg++];
    if (strcmp(a, "-") == 0)
      return xstrdup("-");
    struct stat st;
    if (stat(a, &st) != 0) {
      walk_error(w, 1, "%s: %s", a, strerror(errno));
      continue;
    }
    if (!S_ISDIR(st.st_mode))
      return xstrdup(a);
    w->found = 0;
    w->in_dir = 1;
    walk_push(w, xstrdup(a), &st);
  }
}

int cmd_walk_errors(const cmd_walk *w) {
  return w->errs;
}

void cmd_walk_free(cmd_walk *w) {
  if (!w)
    return;
  while (w->depth > 0)
    walk_pop(w);
  free(w->f);
  free(w);
}

size_t cmd_walk_first(char **args, int nargs, int *errs,
                      void (*visit)(const char *path, void *payload),
                      void *payload) {
  cmd_walk *w = cmd_walk_new(args, nargs, 0);
  size_t n = 0;
  for (char *p; (p = cmd_walk_next(w)) != NULL; free(p)) {
    if (visit)
      visit(p, payload);
    n++;
  }
  *errs = cmd_walk_errors(w);
  cmd_walk_free(w);
  return n;
}

int cmd_collect(pathlist *out, char **args, int nargs) {
  cmd_walk *w = cmd_walk_new(args, nargs, 0);
  char *p;
  while ((p = cmd_walk_next(w)) != NULL)
    pl_add(out, p);
  int errs = cmd_walk_errors(w);
  cmd_walk_free(w);
  return errs;
}

const char *cmd_display_name(const char *path) {
  return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

int cmd_read(const char *path, size_t max, char **buf, size_t *len) {
  /* open and read, not stdio: a regular file is read in one read(2) into
   * a buffer of its size (a short read is its end), where fopen and fread
   * cost a FILE, its buffer and two more reads a file */
  int std = strcmp(path, "-") == 0;
  int fd = std ? STDIN_FILENO : open(path, O_RDONLY);
  *buf = NULL;
  *len = 0;
  if (fd < 0)
    return -1;
  size_t cap = 0, n = 0;
  char *b = NULL;
  struct stat st;
  int regular = 0;
  if (!std && fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    if ((size_t)st.st_size > max) {
      close(fd);
      errno = EFBIG;
      return -1;
    }
    /* room for the file, its NUL and one byte more, so that a file that
     * grew since is seen to have grown */
    cap = (size_t)st.st_size + 2;
    b = xmalloc(cap);
    regular = 1;
  }
  int err = 0;
  for (;;) {
    if (n + 1 >= cap) {
      /* a stream, or a file that grew: double */
      cap = cap < 65536 ? 65536 : cap * 2;
      b = xrealloc(b, cap);
    }
    size_t want = cap - n - 1;
    ssize_t k = read(fd, b + n, want);
    if (k < 0 && errno == EINTR)
      continue;
    if (k < 0) {
      err = errno ? errno : EIO;
      break;
    }
    n += (size_t)k;
    if (n > max) {
      free(b);
      if (!std)
        close(fd);
      errno = EFBIG;
      return -1;
    }
    if (k == 0 || (regular && (size_t)k < want))
      break;
  }
  if (!std)
    close(fd);
  if (err) {
    free(b);
    errno = err;
    return -1;
  }
  b[n] = '\0';
  *buf = b;
  *len = n;
  return 0;
}

int cmd_read_minutes(const char *path, size_t max, char **buf, size_t *len,
                     sbuf *err) {
  if (cmd_read(path, max, buf, len) == 0)
    return 0;
  if (errno == EFBIG)
    sb_printf(err, "%s: %s: larger than %zu bytes (--max-size)\n", prog,
              cmd_display_name(path), max);
  else
    sb_printf(err, "%s: %s: %s\n", prog, cmd_display_name(path),
              strerror(errno));
  return -1;
}

/* ":LINE" */
static void sb_num(sbuf *b, unsigned v) {
  char d[12];
  int k = 0;
  do
    d[k++] = (char)('0' + v % 10);
  while ((v /= 10) && k < 11);
  char o[13];
  int n = 0;
  o[n++] = ':';
  while (k > 0)
    o[n++] = d[--k];
  sb_add(b, o, (size_t)n);
}

/* "prog: file:line:col: severity: message [rule]", and the hint on a line
 * of its own. Built with plain appends: a check of ten thousand files
 * writes tens of thousands of these. */
void cmd_format_diag(sbuf *b, const char *file, const mins_diag *g,
                     int colour) {
  const char *sev = mins_severity_name(g->severity);
  sb_puts(b, prog);
  sb_puts(b, ": ");
  sb_puts(b, file);
  if (g->line) {
    sb_num(b, g->line);
    if (g->column)
      sb_num(b, g->column);
  }
  sb_puts(b, ": ");
  if (colour)
    sb_puts(b, g->severity == MINS_ERROR     ? "\033[1;31m"
               : g->severity == MINS_WARNING ? "\033[1;35m"
                                             : "\033[1;36m");
  sb_puts(b, sev);
  if (colour)
    sb_puts(b, "\033[0m");
  sb_puts(b, ": ");
  sb_puts(b, g->message);
  sb_puts(b, " [");
  sb_puts(b, g->rule);
  sb_puts(b, "]\n");
  if (g->hint) {
    sb_puts(b, prog);
    sb_puts(b, ": ");
    sb_puts(b, file);
    sb_num(b, g->line);
    sb_num(b, g->column);
    sb_puts(b, ": note: ");
    sb_puts(b, g->hint);
    sb_puts(b, "\n");
  }
}

void cmd_print_diag(FILE *f, const char *file, const mins_diag *g, int colour) {
  sbuf b = {0};
  cmd_format_diag(&b, file, g, colour);
  fwrite(b.s, 1, b.len, f);
  sb_free(&b);
}

int cmd_no_jit(void) {
  const char *v = getenv("MINS_NO_JIT");
  return v && *v && strcmp(v, "0") != 0;
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

static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)(n > 64 ? 64 : n) : 1;
}

/* ---- the ordered parallel runner ---------------------------------------- */

/* The files a run reads: a list made beforehand, or a walk that gives
 * them one at a time. */
typedef struct source {
  const pathlist *list;
  cmd_walk *walk;
  size_t next; /* in the list */
} source;

/* The next path, or NULL at the end; *owned when it is the walk's (the
 * caller frees it), not the list's. */
static char *source_next(source *s, int *owned) {
  *owned = s->walk != NULL;
  if (s->walk)
    return cmd_walk_next(s->walk);
  return s->next < s->list->n ? s->list->v[s->next++] : NULL;
}

typedef struct slot {
  sbuf out, err;
  char *path;
  int owned; /* path is to be freed */
  int rc;
  int done;
} slot;

typedef struct runner {
  source *src;
  const parse_setup *setup;
  cmd_file_fn fn;
  void *payload;
  pthread_mutex_t mu;
  pthread_cond_t done_cv;  /* a slot was filled: the printer waits on it */
  pthread_cond_t space_cv; /* a slot was printed: workers wait on it */
  int printer_waiting;
  int workers_waiting;
  size_t next;        /* next file to take */
  int ended;          /* the source has no more: next is the count */
  size_t printed;     /* files printed so far */
  size_t window;      /* how far ahead of the printer workers may run */
  size_t chunk;       /* files a worker takes at once */
  slot *slots;        /* ring of `window` slots */
  int failed;         /* a worker could not make a parser */
  mins_parser *spare; /* made by cmd_run, for the first worker */
} runner;

/* Workers take files in chunks and wake the printer once a chunk, and the
 * printer wakes workers only when one waits: with many small files (a
 * search that skips most of them unparsed) a wake-up per file would cost
 * more than the work. The source is read under the lock, in order, as far
 * as the window allows. */
static void *worker(void *arg) {
  runner *r = arg;
  pthread_mutex_lock(&r->mu);
  mins_parser *p = r->spare;
  r->spare = NULL;
  pthread_mutex_unlock(&r->mu);
  if (!p)
    p = cmd_parser(r->setup);
  pthread_mutex_lock(&r->mu);
  if (!p) {
    r->failed = 1;
    pthread_cond_signal(&r->done_cv);
    pthread_cond_broadcast(&r->space_cv);
  }
  pthread_mutex_unlock(&r->mu);
  for (;;) {
    pthread_mutex_lock(&r->mu);
    while (!r->failed && !r->ended &&
           r->next + r->chunk > r->printed + r->window) {
      r->workers_waiting++;
      pthread_cond_wait(&r->space_cv, &r->mu);
      r->workers_waiting--;
    }
    size_t first = r->next;
    while (!r->failed && !r->ended && r->next < first + r->chunk) {
      slot *s = &r->slots[r->next % r->window];
      s->path = source_next(r->src, &s->owned);
      if (!s->path)
        r->ended = 1;
      else
        r->next++;
    }
    size_t end = r->next;
    if (first == end) {
      /* nothing left: the printer may be waiting for the end */
      if (r->printer_waiting)
        pthread_cond_signal(&r->done_cv);
      pthread_mutex_unlock(&r->mu);
      break;
    }
    pthread_mutex_unlock(&r->mu);
    for (size_t i = first; i < end; i++) {
      slot *s = &r->slots[i % r->window];
      s->rc = r->fn(p, s->path, i, &s->out, &s->err, r->payload);
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

/* cmd_run over a source of about n files (the threads and the chunks are
 * sized by it; the source says where it ends). */
static int run(source *src, size_t n, int jobs, const parse_setup *setup,
               cmd_file_fn fn, void *payload) {
  int worst = EXIT_OK;
  if (!n)
    return EXIT_OK;
  if (jobs < 1)
    jobs = default_jobs();
  if ((size_t)jobs > n)
    jobs = (int)n;
  /* one parser first, here: a bad --patterns file is told once, not once
   * a thread */
  mins_parser *p = cmd_parser(setup);
  if (!p)
    return EXIT_TROUBLE;
  if (jobs == 1) {
    sbuf out = {0}, err = {0};
    char *path;
    int owned;
    for (size_t i = 0; (path = source_next(src, &owned)) != NULL; i++) {
      int rc = fn(p, path, i, &out, &err, payload);
      if (owned)
        free(path);
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
  r.src = src;
  r.setup = setup;
  r.fn = fn;
  r.payload = payload;
  r.spare = p;
  r.chunk = n >= (size_t)jobs * 64 ? 8 : 1;
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
    mins_parser_free(p);
    return EXIT_TROUBLE;
  }
  for (size_t i = 0;; i++) {
    slot *s = &r.slots[i % r.window];
    pthread_mutex_lock(&r.mu);
    while (!s->done && !r.failed && !(r.ended && i >= r.next)) {
      r.printer_waiting = 1;
      pthread_cond_wait(&r.done_cv, &r.mu);
      r.printer_waiting = 0;
    }
    int failed = r.failed && !s->done;
    int end = !s->done && r.ended && i >= r.next;
    pthread_mutex_unlock(&r.mu);
    if (failed)
      worst = EXIT_TROUBLE;
    if (failed || end)
      break;
    if (s->err.len)
      fwrite(s->err.s, 1, s->err.len, stderr);
    if (s->out.len)
      fwrite(s->out.s, 1, s->out.len, stdout);
    if (s->rc > worst)
      worst = s->rc;
    s->out.len = s->err.len = 0;
    if (s->owned)
      free(s->path);
    s->path = NULL;
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
    if (r.slots[i].owned)
      free(r.slots[i].path);
    sb_free(&r.slots[i].out);
    sb_free(&r.slots[i].err);
  }
  free(r.slots);
  pthread_mutex_destroy(&r.mu);
  pthread_cond_destroy(&r.done_cv);
  pthread_cond_destroy(&r.space_cv);
  return worst;
}

int cmd_run(const pathlist *files, int jobs, const parse_setup *setup,
            cmd_file_fn fn, void *payload) {
  source src = {files, NULL, 0};
  return run(&src, files->n, jobs, setup, fn, payload);
}

int cmd_run_walk(cmd_walk *walk, size_t n, int jobs, const parse_setup *setup,
                 cmd_file_fn fn, void *payload) {
  source src = {NULL, walk, 0};
  return run(&src, n, jobs, setup, fn, payload);
}

/* -o FILE: standard output goes to a temporary file beside FILE, renamed
 * over it when the program ends, so that FILE may also be one of the
 * inputs and a reader never sees half of it. */
static mins_output *out_file;
static const char *out_path;

static void output_commit(void) {
  if (!out_file)
    return;
  mins_output *o = out_file;
  out_file = NULL;
  if (fflush(stdout) != 0 || mins_output_commit(o) != MINS_OK) {
    fprintf(stderr, "%s: %s: %s\n", prog, out_path, strerror(errno));
    fflush(stderr); /* _exit flushes nothing */
    _exit(2);
  }
}

int cmd_output(const char *path) {
  if (!path || strcmp(path, "-") == 0)
    return 0;
  if (mins_output_open(&out_file, path) != MINS_OK) {
    cmd_error("%s: %s", path, strerror(errno));
    return -1;
  }
  fflush(stdout);
  if (dup2(mins_output_fd(out_file), STDOUT_FILENO) < 0) {
    cmd_error("%s: %s", path, strerror(errno));
    mins_output_abort(out_file);
    out_file = NULL;
    return -1;
  }
  out_path = path;
  atexit(output_commit);
  return 0;
}

/* ---- options every program shares --------------------------------------- */

/* What cmd_getopt was last called with, to name a bad option. */
static char **opt_argv;
static const char *opt_short;
static const struct option *opt_long;

int cmd_getopt(int argc, char **argv, const char *shortopts,
               const struct option *longopts) {
  opterr = 0;
  opt_argv = argv;
  opt_short = shortopts;
  opt_long = longopts;
  return getopt_long(argc, argv, shortopts, longopts, NULL);
}

void cmd_bad_value(const char *opt, const char *want, const char *value) {
  cmd_usage_error("%s takes %s, not '%s'", opt, want, value);
}

/* Only digits: strtol and strtoull would take "-1" (as a huge number),
 * " 5" and "+5". */
static int all_digits(const char *s) {
  if (!*s)
    return 0;
  for (; *s; s++)
    if (*s < '0' || *s > '9')
      return 0;
  return 1;
}

long cmd_number_arg(const char *opt, const char *arg, long min, long max) {
  errno = 0;
  long v = strtol(arg, NULL, 10);
  if (!all_digits(arg) || errno || v < min || v > max) {
    char want[64];
    snprintf(want, sizeof want, "a number from %ld to %ld", min, max);
    cmd_bad_value(opt, want, arg);
  }
  return v;
}

static size_t size_arg(const char *opt, const char *arg) {
  errno = 0;
  unsigned long long v = strtoull(arg, NULL, 10);
  if (!all_digits(arg) || errno || v == 0 || v > SIZE_MAX)
    cmd_bad_value(opt, "a number of bytes", arg);
  return (size_t)v;
}

int cmd_word_arg(const char *opt, const char *arg, const char *const *words) {
  size_t n = 0;
  for (; words[n]; n++)
    if (strcmp(arg, words[n]) == 0)
      return (int)n;
  sbuf want = {0}; /* "a, b or c" */
  for (size_t i = 0; i < n; i++)
    sb_printf(&want, "%s%s", i == 0 ? "" : i + 1 < n ? ", " : " or ", words[i]);
  cmd_bad_value(opt, want.s, arg);
  return -1;
}

static const char *colour_arg(const char *arg) {
  static const char *const when[] = {"auto", "always", "never", NULL};
  return when[cmd_word_arg("--color", arg ? arg : "always", when)];
}

/* 1 if "--abbrev" begins more than one long option (aliases such as
 * --color and --colour are one): getopt_long says '?' for that as for an
 * unknown option. */
static int ambiguous(const char *word) {
  size_t n = strcspn(word + 2, "=");
  const struct option *first = NULL;
  for (const struct option *o = opt_long; o->name; o++) {
    if (strncmp(o->name, word + 2, n) != 0)
      continue;
    if (first && (first->val != o->val || first->has_arg != o->has_arg))
      return 1;
    first = o;
  }
  return 0;
}

/* The option getopt_long stopped at, as it was written. A short one is
 * named by its letter: in "-qZ" or "-Zq" argv[optind - 1] need not be the
 * word it stands in. A letter the program takes (optopt in shortopts) was
 * the value of a long option, given a value it does not take. */
static void bad_option(int c) {
  const char *word = opt_argv[optind - 1];
  if (c == ':' && strncmp(word, "--", 2) != 0)
    cmd_usage_error("option '-%c' needs a value", optopt);
  if (c == ':')
    cmd_usage_error("option '%s' needs a value", word);
  if (optopt > 0 && optopt < 128 && optopt != ':' && !strchr(opt_short, optopt))
    cmd_usage_error("unknown option '-%c'", optopt);
  size_t n = strcspn(word, "=");
  if (optopt)
    cmd_usage_error("option '%.*s' takes no value", (int)n, word);
  if (strncmp(word, "--", 2) == 0 && ambiguous(word))
    cmd_usage_error("option '%.*s' is ambiguous", (int)n, word);
  cmd_usage_error("unknown option '%.*s'", (int)n, word);
}

void cmd_option(cmd_options *o, int c) {
  switch (c) {
  case CMD_OPT_PATTERNS:
    o->setup.patterns = optarg;
    return;
  case CMD_OPT_NO_INFER:
    o->setup.no_infer = 1;
    return;
  case CMD_OPT_MAX_SIZE:
    o->setup.max_bytes = size_arg("--max-size", optarg);
    return;
  case 'j':
    o->jobs = (int)cmd_number_arg("--jobs", optarg, 1, 64);
    return;
  case 'o':
    o->output = optarg;
    return;
  case 'q':
    o->quiet = 1;
    return;
  case CMD_OPT_COLOR:
    o->colour = colour_arg(optarg);
    return;
  case 'W':
    o->werror = 1;
    return;
  case 'h':
  case CMD_OPT_HELP:
    fputs(usage_text, stdout);
    exit(EXIT_OK);
  case 'V':
    cmd_version();
    exit(EXIT_OK);
  default:
    bad_option(c);
  }
}
