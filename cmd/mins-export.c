/* SPDX-License-Identifier: MIT */
/*
 * mins-export: turn minutes into what other tools and people use: the
 * mins/1 JSON (the same bytes as mins-parse), CSV tables, HTML pages with
 * an index and registers, and canonical minutes. The writers are library
 * stages; this program chooses where their output goes, never writes over
 * an input, writes every file through a temporary that is renamed into
 * place, and says on stderr what it wrote.
 */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

enum { F_JSON, F_JSONL, F_CSV, F_HTML, F_MD };
static const char *const formats[] = {"json", "jsonl", "csv",
                                      "html", "md",    NULL};

/* Where output goes. */
enum {
  TO_STREAM, /* standard output, or -o FILE made standard output */
  TO_DIR,    /* a file per input (html, md), or a file per table (csv) */
};

/* An input file's identity, to refuse writing over it. */
typedef struct fid {
  dev_t dev;
  ino_t ino;
} fid;

typedef struct job {
  int format, to, table; /* table: -1 for all (csv to a directory) */
  int public, quiet, colour, werror;
  size_t max_bytes; /* --max-size */
  char *outdir;
  char **rel;  /* per input: its output path below outdir */
  fid *inputs; /* identities of the input files */
  size_t ninputs;
  mins_index *ix;
  pthread_mutex_t mu;
  mins_output *tables[MINS_TABLE_COUNT];
  int failed; /* a write failed */
} job;

/* one line of the help to a line of source: clang-format would join them */
/* clang-format off */
static const char usage_text[] =
    "Usage: mins-export --to FORMAT [OPTION]... [FILE|DIR|-]...\n"
    "Export meeting minutes (Markdown with optional YAML front matter) as\n"
    "JSON, CSV, HTML or canonical minutes. Directories are read recursively\n"
    "for *.md, *.markdown and *.txt; with no FILE, or with -, standard input\n"
    "is read.\n"
    "\n"
    "Formats:\n"
    "  -t, --to=FORMAT       json   the mins/1 object of each file, indented\n"
    "                        jsonl  the mins/1 object of each file, one a "
    "line\n"
    "                        csv    tables of meetings, people, declarations,\n"
    "                               items, resolutions, actions and reviews\n"
    "                        html   a page per meeting; with -o DIR also an\n"
    "                               index and registers of resolutions and\n"
    "                               actions\n"
    "                        md     canonical minutes: full front matter and\n"
    "                               the body with its items normalised\n"
    "\n"
    "Output:\n"
    "  -o, --output=PATH     a FILE for json, jsonl, csv --table, or html and\n"
    "                        md of one input; a DIR (made if missing) for "
    "csv,\n"
    "                        and for html and md of several inputs, with a\n"
    "                        file per input named as below its operand\n"
    "      --table=KIND      csv: only the table KIND, to standard output or\n"
    "                        -o FILE (meetings, people, declarations, items,\n"
    "                        resolutions, actions, reviews)\n"
    "      --public          leave out exempt and confidential items with\n"
    "                        their text and records (see mins(5))\n"
    "  -q, --quiet           print neither diagnostics nor the files written\n"
    CMD_HELP_COLOR
    "\n"
    "Reading:\n"
    CMD_HELP_PATTERNS
    CMD_HELP_NO_INFER
    CMD_HELP_MAX_SIZE
    CMD_HELP_JOBS
    CMD_HELP_WERROR
    "\n"
    CMD_HELP_HELP
    CMD_HELP_VERSION
    "\n"
    "Files are written whole or not at all, never over an input, and each\n"
    "is named on standard error once written.\n"
    "\n"
    "Exit status: 0 if every file was read without an error diagnostic and\n"
    "exported, 1 if a file has an error (or a warning with --werror), 2 if a\n"
    "file could not be read or written or the usage was wrong.\n";
/* clang-format on */

/* ---- reading ------------------------------------------------------------- */

/* Read and parse path; diagnostics into err. Returns the document, or NULL
 * with *status set. */
static mins_doc *load(mins_parser *p, const char *path, const job *j, sbuf *err,
                      int *status) {
  const char *name = cmd_display_name(path);
  char *buf;
  size_t len;
  *status = EXIT_OK;
  if (cmd_read_minutes(path, j->max_bytes, &buf, &len, err) != 0) {
    *status = EXIT_TROUBLE;
    return NULL;
  }
  mins_doc *d = NULL;
  int rc = mins_parser_parse(&d, p, name, buf, len);
  free(buf);
  size_t nd = d ? mins_doc_diag_count(d) : mins_parser_diag_count(p);
  for (size_t i = 0; i < nd; i++) {
    const mins_diag *g = d ? mins_doc_diag(d, i) : mins_parser_diag(p, i);
    if (g->severity == MINS_ERROR || (j->werror && g->severity == MINS_WARNING))
      *status = EXIT_FAIL;
    if (!j->quiet)
      cmd_format_diag(err, name, g, j->colour);
  }
  if (rc == MINS_ENOMEM)
    cmd_oom();
  if (rc) {
    if (!nd)
      sb_printf(err, "%s: %s: %s\n", prog, name, mins_error_string(rc));
    *status = EXIT_TROUBLE;
    return NULL;
  }
  return d;
}

/* ---- writing ---------------------------------------------------------------
 */

static int same_file(const job *j, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0)
    return 0;
  for (size_t i = 0; i < j->ninputs; i++)
    if (j->inputs[i].dev == st.st_dev && j->inputs[i].ino == st.st_ino)
      return 1;
  return 0;
}

/* mkdir -p of the directories above path. */
static int make_parents(const char *path) {
  char *p = xstrdup(path);
  int rc = 0;
  for (char *s = strchr(p + 1, '/'); s; s = strchr(s + 1, '/')) {
    *s = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST)
      rc = -1;
    *s = '/';
    if (rc)
      break;
  }
  free(p);
  return rc;
}

typedef int (*writer)(const mins_doc *d, mins_write_fn w, void *payload,
                      const void *arg);

/* Write one file through a temporary; says so in err. Returns an exit
 * status. */
static int write_file(const job *j, const char *path, const mins_doc *d,
                      writer fn, const void *arg, sbuf *err) {
  if (same_file(j, path)) {
    sb_printf(err, "%s: %s: is an input file; not written over\n", prog, path);
    return EXIT_TROUBLE;
  }
  mins_output *o;
  if (make_parents(path) != 0 || mins_output_open(&o, path) != 0) {
    sb_printf(err, "%s: %s: %s\n", prog, path, strerror(errno));
    return EXIT_TROUBLE;
  }
  int rc = fn(d, mins_output_write, o, arg);
  if (rc == MINS_ENOMEM)
    cmd_oom();
  if (rc) {
    int e = errno;
    mins_output_abort(o);
    sb_printf(err, "%s: %s: %s\n", prog, path, strerror(e ? e : EIO));
    return EXIT_TROUBLE;
  }
  if (mins_output_commit(o) != 0) {
    sb_printf(err, "%s: %s: %s\n", prog, path, strerror(errno));
    return EXIT_TROUBLE;
  }
  if (!j->quiet)
    sb_printf(err, "%s: wrote %s\n", prog, path);
  return EXIT_OK;
}

static int w_md(const mins_doc *d, mins_write_fn w, void *payload,
                const void *arg) {
  (void)arg;
  return mins_doc_write_md(d, 0, w, payload);
}

static int w_html(const mins_doc *d, mins_write_fn w, void *payload,
                  const void *arg) {
  return mins_doc_write_html(d, arg, w, payload);
}

typedef struct index_page {
  const mins_index *ix;
  mins_index_page page;
} index_page;

static int w_index(const mins_doc *d, mins_write_fn w, void *payload,
                   const void *arg) {
  const index_page *ip = arg;
  (void)d;
  return mins_index_write_html(ip->ix, ip->page, w, payload);
}

/* "../" for each directory in rel, then "index.html". */
static char *index_href(const char *rel) {
  sbuf b = {0};
  for (const char *s = rel; (s = strchr(s, '/')) != NULL; s++)
    sb_puts(&b, "../");
  sb_puts(&b, mins_index_page_file(MINS_INDEX_MEETINGS));
  return b.s;
}

static int one(mins_parser *p, const char *path, size_t index, sbuf *out,
               sbuf *err, void *payload) {
  job *j = payload;
  int status;
  mins_doc *d = load(p, path, j, err, &status);
  if (!d)
    return status;
  mins_doc *pub = NULL;
  if (j->public) {
    if (mins_doc_public(&pub, d) != 0)
      cmd_oom();
  }
  const mins_doc *x = pub ? pub : d;
  int rc = 0, st = status;
  switch (j->format) {
  case F_JSON:
  case F_JSONL:
    rc = mins_doc_write_json(x, j->format == F_JSON ? MINS_JSON_PRETTY : 0,
                             sb_write, out);
    if (j->format == F_JSONL)
      sb_add(out, "\n", 1);
    break;
  case F_CSV:
    if (j->to == TO_STREAM) {
      rc = mins_doc_write_csv(x, (mins_table)j->table, sb_write, out);
      break;
    }
    /* a directory of tables: the runner calls this in input order */
    for (int t = 0; t < MINS_TABLE_COUNT && !rc; t++)
      rc =
          mins_doc_write_csv(x, (mins_table)t, mins_output_write, j->tables[t]);
    if (rc && rc != MINS_ENOMEM) {
      pthread_mutex_lock(&j->mu);
      j->failed = 1;
      pthread_mutex_unlock(&j->mu);
      rc = 0;
      st = EXIT_TROUBLE;
    }
    break;
  case F_HTML:
  case F_MD: {
    if (j->to == TO_STREAM) {
      rc = j->format == F_MD ? mins_doc_write_md(x, 0, sb_write, out)
                             : mins_doc_write_html(x, NULL, sb_write, out);
      break;
    }
    sbuf target = {0};
    sb_printf(&target, "%s/%s", j->outdir, j->rel[index]);
    int w;
    if (j->format == F_MD) {
      w = write_file(j, target.s, x, w_md, NULL, err);
    } else {
      char *up = index_href(j->rel[index]);
      mins_html_options o = MINS_HTML_OPTIONS_INIT;
      o.index = up;
      w = write_file(j, target.s, x, w_html, &o, err);
      free(up);
      pthread_mutex_lock(&j->mu);
      if (mins_index_add(j->ix, x, j->rel[index]) != 0)
        cmd_oom();
      pthread_mutex_unlock(&j->mu);
    }
    sb_free(&target);
    if (w > st)
      st = w;
    break;
  }
  }
  if (rc == MINS_ENOMEM)
    cmd_oom();
  mins_doc_free(pub);
  mins_doc_free(d);
  return st;
}

/* ---- output names
 * ------------------------------------------------------------ */

/* The output name of input path, found below operand arg: its path below a
 * directory operand, or its base name, with the extension ext. */
static char *rel_name(const char *arg, const char *path, const char *ext) {
  const char *r;
  size_t al = strlen(arg);
  if (strcmp(path, "-") == 0)
    r = "stdin";
  else if (strncmp(path, arg, al) == 0 && path[al] == '/' && al)
    r = path + al + 1;
  else if (strncmp(path, arg, al) == 0 && al && arg[al - 1] == '/')
    r = path + al;
  else
    r = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  while (*r == '/')
    r++;
  const char *dot = strrchr(r, '.');
  const char *slash = strrchr(r, '/');
  size_t stem = dot && (!slash || dot > slash) ? (size_t)(dot - r) : strlen(r);
  sbuf b = {0};
  sb_add(&b, r, stem);
  sb_puts(&b, ext);
  return b.s;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collect the inputs, operand by operand, with their output names when
 * want_rel (else *rel is NULL). Returns the number of errors printed. */
static int collect(pathlist *files, char ***rel, char **args, int nargs,
                   const char *ext, int want_rel) {
  int errs = 0;
  size_t cap = 0;
  *rel = NULL;
  if (nargs == 0)
    errs += cmd_collect(files, NULL, 0);
  for (int i = 0; i < nargs; i++) {
    size_t before = files->n;
    errs += cmd_collect(files, args + i, 1);
    if (!want_rel)
      continue;
    if (files->n > cap) {
      cap = files->n * 2;
      *rel = xrealloc(*rel, cap * sizeof(char *));
    }
    for (size_t k = before; k < files->n; k++)
      (*rel)[k] = rel_name(args[i], files->v[k], ext);
  }
  if (nargs == 0 && want_rel) {
    *rel = xmalloc(sizeof(char *));
    (*rel)[0] = rel_name("-", "-", ext);
  }
  return errs;
}

/* Two inputs must not make one output. Returns the errors printed. */
static int check_names(char **rel, size_t n) {
  int errs = 0;
  char **sorted = xmalloc((n ? n : 1) * sizeof(char *));
  memcpy(sorted, rel, n * sizeof(char *));
  qsort(sorted, n, sizeof(char *), cmp_str);
  for (size_t k = 1; k < n; k++)
    if (strcmp(sorted[k], sorted[k - 1]) == 0) {
      cmd_error("two inputs would both be written to '%s'; export them "
                "separately",
                sorted[k]);
      errs++;
    }
  free(sorted);
  return errs;
}

/* ---- main -----------------------------------------------------------------
 */

static int finish_tables(job *j) {
  int st = EXIT_OK;
  for (int t = 0; t < MINS_TABLE_COUNT; t++) {
    sbuf path = {0};
    sb_printf(&path, "%s/%s.csv", j->outdir, mins_table_name((mins_table)t));
    if (j->failed) {
      mins_output_abort(j->tables[t]);
      st = EXIT_TROUBLE;
    } else if (mins_output_commit(j->tables[t]) != 0) {
      cmd_error("%s: %s", path.s, strerror(errno));
      st = EXIT_TROUBLE;
    } else if (!j->quiet) {
      fprintf(stderr, "%s: wrote %s\n", prog, path.s);
    }
    sb_free(&path);
  }
  if (j->failed)
    cmd_error("%s: write error; no table written", j->outdir);
  return st;
}

static int start_tables(job *j) {
  for (int t = 0; t < MINS_TABLE_COUNT; t++) {
    sbuf path = {0};
    sb_printf(&path, "%s/%s.csv", j->outdir, mins_table_name((mins_table)t));
    int bad = same_file(j, path.s);
    if (bad)
      cmd_error("%s: is an input file; not written over", path.s);
    else if (mins_output_open(&j->tables[t], path.s) != 0)
      cmd_error("%s: %s", path.s, strerror(errno)), bad = 1;
    else if (mins_csv_write_header((mins_table)t, mins_output_write,
                                   j->tables[t]) != 0)
      cmd_error("%s: %s", path.s, strerror(errno)), bad = 1;
    sb_free(&path);
    if (bad) {
      for (int k = 0; k <= t; k++)
        mins_output_abort(j->tables[k]);
      return EXIT_TROUBLE;
    }
  }
  return EXIT_OK;
}

static int finish_index(job *j) {
  int st = EXIT_OK;
  for (int pg = 0; pg < MINS_INDEX_PAGE_COUNT; pg++) {
    sbuf path = {0}, err = {0};
    sb_printf(&path, "%s/%s", j->outdir,
              mins_index_page_file((mins_index_page)pg));
    index_page ip = {j->ix, (mins_index_page)pg};
    int w = write_file(j, path.s, NULL, w_index, &ip, &err);
    if (err.len)
      fwrite(err.s, 1, err.len, stderr);
    if (w > st)
      st = w;
    sb_free(&path);
    sb_free(&err);
  }
  return st;
}

/* -o FILE and the inputs of a stream: is FILE one of them? */
typedef struct out_input {
  struct stat st; /* FILE's */
  int exists;
  job *j; /* its inputs get FILE's identity when it is one */
} out_input;

/* cmd_walk_first's visit: keep FILE's identity if path is FILE. */
static void output_input(const char *path, void *payload) {
  out_input *oi = payload;
  struct stat st;
  if (!oi->j->ninputs && strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
      st.st_dev == oi->st.st_dev && st.st_ino == oi->st.st_ino) {
    oi->j->inputs[0].dev = st.st_dev;
    oi->j->inputs[0].ino = st.st_ino;
    oi->j->ninputs = 1;
  }
}

static int is_dir(const char *path) {
  struct stat st;
  size_t n = strlen(path);
  return (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) ||
         (n && path[n - 1] == '/');
}

int main(int argc, char **argv) {
  cmd_init(argv[0], "mins-export", usage_text);
  job j;
  memset(&j, 0, sizeof j);
  j.format = -1;
  j.table = -1;
  cmd_options co = CMD_OPTIONS_INIT;
  const char *table = NULL;
  enum { O_TABLE = 256, O_PUBLIC };
  static const struct option longopts[] = {
      CMD_OUTPUT_LONGOPTS,
      CMD_READING_LONGOPTS,
      CMD_WERROR_LONGOPTS,
      CMD_INFO_LONGOPTS,
      {"to", required_argument, NULL, 't'},
      {"table", required_argument, NULL, O_TABLE},
      {"public", no_argument, NULL, O_PUBLIC},
      {NULL, 0, NULL, 0}};
  int c;
  while ((c = cmd_getopt(argc, argv, ":t:o:qj:WhV", longopts)) != -1) {
    switch (c) {
    case 't':
      j.format = cmd_word_arg("--to", optarg, formats);
      break;
    case O_TABLE:
      table = optarg;
      j.table = mins_table_by_name(optarg);
      if (j.table < 0)
        cmd_bad_value("--table",
                      "meetings, people, declarations, items, resolutions, "
                      "actions or reviews",
                      optarg);
      break;
    case O_PUBLIC:
      j.public = 1;
      break;
    default:
      cmd_option(&co, c);
    }
  }
  const char *output = co.output;
  j.quiet = co.quiet;
  j.werror = co.werror;
  j.max_bytes = co.setup.max_bytes;
  if (j.format < 0)
    cmd_usage_error("say what to export to with --to FORMAT (json, jsonl, "
                    "csv, html, md)");
  if (table && j.format != F_CSV)
    cmd_usage_error("--table is for --to csv");
  j.colour = cmd_colour(2, co.colour);

  /* where the output goes */
  j.to = TO_STREAM;
  int per_input = j.format == F_HTML || j.format == F_MD;

  /* One stream (json, jsonl, a csv table) is written as the files are
   * read, with no list of them: a first walk says what cannot be read,
   * counts the files and finds whether -o FILE is one of them; the second
   * gives them one at a time. A file per input or per table wants the
   * list: the output names (a file per input), the inputs' identities (no
   * file written over one). */
  int streaming = !per_input && !(j.format == F_CSV && j.table < 0);
  pathlist files = {0};
  cmd_walk *walk = NULL;
  size_t nfiles = 0;
  int errs = 0;
  j.inputs = xmalloc(sizeof(fid));
  memset(j.inputs, 0, sizeof(fid));
  if (streaming) {
    out_input oi;
    memset(&oi, 0, sizeof oi);
    oi.j = &j;
    oi.exists = output && stat(output, &oi.st) == 0;
    nfiles = cmd_walk_first(argv + optind, argc - optind, &errs,
                            oi.exists ? output_input : NULL, &oi);
    walk = cmd_walk_new(argv + optind, argc - optind, 1);
  } else {
    errs = collect(&files, &j.rel, argv + optind, argc - optind,
                   j.format == F_HTML ? ".html" : ".md", per_input && output);
    nfiles = files.n;
    j.ninputs = output ? files.n : 0;
    j.inputs = xrealloc(j.inputs, (j.ninputs ? j.ninputs : 1) * sizeof(fid));
    memset(j.inputs, 0, (j.ninputs ? j.ninputs : 1) * sizeof(fid));
    for (size_t i = 0; i < j.ninputs; i++) {
      struct stat st;
      if (strcmp(files.v[i], "-") != 0 && stat(files.v[i], &st) == 0) {
        j.inputs[i].dev = st.st_dev;
        j.inputs[i].ino = st.st_ino;
      }
    }
  }
  if (j.format == F_CSV && j.table < 0) {
    if (!output)
      cmd_usage_error("--to csv writes a table per kind of record: give "
                      "-o DIR, or --table KIND for one table");
    j.to = TO_DIR;
  } else if (per_input && output && (is_dir(output) || files.n > 1)) {
    j.to = TO_DIR;
  } else if (per_input && files.n > 1) {
    cmd_usage_error("--to %s writes a file per input: give -o DIR",
                    formats[j.format]);
  } else if (output && is_dir(output)) {
    cmd_error("%s: is a directory; --to %s%s writes one file", output,
              formats[j.format], j.format == F_CSV ? " --table" : "");
    return EXIT_TROUBLE;
  }

  /* an operand that cannot be read is reported and the others exported;
   * two inputs that would make one output stop everything */
  int clash = j.to == TO_DIR && per_input ? check_names(j.rel, files.n) : 0;

  int rc = EXIT_OK;
  mins_output *stream = NULL;
  pthread_mutex_init(&j.mu, NULL);
  if (clash) {
    rc = EXIT_TROUBLE;
  } else if (j.to == TO_DIR) {
    size_t n = strlen(output);
    while (n > 1 && output[n - 1] == '/')
      n--;
    char *dir = xmalloc(n + 1);
    memcpy(dir, output, n);
    dir[n] = '\0';
    j.outdir = dir;
    sbuf probe = {0};
    sb_printf(&probe, "%s/x", dir);
    if (make_parents(probe.s) != 0) {
      cmd_error("%s: %s", dir, strerror(errno));
      rc = EXIT_TROUBLE;
    }
    sb_free(&probe);
    if (!rc && j.format == F_HTML && mins_index_new(&j.ix) != 0)
      cmd_oom();
    if (!rc && j.format == F_CSV)
      rc = start_tables(&j);
    if (!rc) {
      /* a directory of tables takes the rows in input order */
      rc = cmd_run(&files, j.format == F_CSV ? 1 : co.jobs, &co.setup, one, &j);
      int fin = j.format == F_CSV    ? finish_tables(&j)
                : j.format == F_HTML ? finish_index(&j)
                                     : EXIT_OK;
      if (fin > rc)
        rc = fin;
    }
  } else {
    if (output) {
      /* -o FILE: standard output becomes a temporary renamed at the end */
      if (same_file(&j, output)) {
        cmd_error("%s: is an input file; not written over", output);
        rc = EXIT_TROUBLE;
      } else if (mins_output_open(&stream, output) != 0 ||
                 dup2(mins_output_fd(stream), STDOUT_FILENO) < 0) {
        cmd_error("%s: %s", output, strerror(errno));
        rc = EXIT_TROUBLE;
      }
    }
    if (!rc && j.format == F_CSV) {
      sbuf h = {0};
      mins_csv_write_header((mins_table)j.table, sb_write, &h);
      fwrite(h.s, 1, h.len, stdout);
      sb_free(&h);
    }
    if (!rc)
      rc = walk ? cmd_run_walk(walk, nfiles, co.jobs, &co.setup, one, &j)
                : cmd_run(&files, co.jobs, &co.setup, one, &j);
  }
  cmd_walk_free(walk);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cmd_error("write error: %s", strerror(errno));
    rc = EXIT_TROUBLE;
    mins_output_abort(stream);
    stream = NULL;
  }
  if (errs && rc < EXIT_TROUBLE)
    rc = EXIT_TROUBLE;
  /* the stream is kept unless writing it failed: an unreadable input is
   * reported and left out, as on standard output */
  if (stream && !nfiles) {
    mins_output_abort(stream); /* nothing was read: leave the file alone */
  } else if (stream) {
    if (mins_output_commit(stream) != 0) {
      cmd_error("%s: %s", output, strerror(errno));
      rc = EXIT_TROUBLE;
    } else if (!j.quiet) {
      fprintf(stderr, "%s: wrote %s\n", prog, output);
    }
  }
  for (size_t i = 0; j.rel && i < files.n; i++)
    free(j.rel[i]);
  free(j.rel);
  free(j.inputs);
  free(j.outdir);
  mins_index_free(j.ix);
  pthread_mutex_destroy(&j.mu);
  pathlist_free(&files);
  if (fclose(stdout) != 0 && rc < EXIT_TROUBLE) {
    cmd_error("write error: %s", strerror(errno));
    return EXIT_TROUBLE;
  }
  return rc;
}
