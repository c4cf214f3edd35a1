/* SPDX-License-Identifier: MIT */
/*
 * mins-grep: search the records of minutes (resolutions by default) with
 * PCRE2 patterns and answer as grep does, one line a record, with the
 * meeting and item it belongs to. The library does the matching and the
 * prefilter that skips, unparsed, every file that cannot match; this
 * program reads options, walks the files, runs them in parallel in a
 * stable order and prints.
 */
#include <errno.h>
#include <getopt.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "common.h"

enum { OUT_LINES, OUT_COUNT, OUT_FILES, OUT_QUIET, OUT_JSON };

typedef struct opts {
  mins_search *search;
  int out;
  int names;  /* print file names */
  int colour; /* highlight on stdout */
  size_t max_bytes;
  atomic_int found; /* a record matched somewhere */
  atomic_int stop;  /* give up the remaining files (-q, or a limit) */
} opts;

/* one line of the help to a line of source: clang-format would join them */
/* clang-format off */
static const char usage_text[] =
    "Usage: mins-grep [OPTION]... PATTERN [FILE|DIR|-]...\n"
    "       mins-grep [OPTION]... -e PATTERN... [FILE|DIR|-]...\n"
    "Search the records of meeting minutes (resolutions by default) for\n"
    "PCRE2 patterns and print each record that matches, with its meeting\n"
    "and item. A record is matched as one line: its text with white space\n"
    "collapsed. Directories are searched recursively for *.md, *.markdown\n"
    "and *.txt; with no FILE, or with -, standard input is read.\n"
    "\n"
    "Matching:\n"
    "  -e, --regexp=PATTERN  a pattern; may be given several times\n"
    "  -i, --ignore-case     ignore case\n"
    "  -w, --word-regexp     match whole words only\n"
    "  -F, --fixed-strings   patterns are plain strings\n"
    "  -v, --invert-match    select the records that do not match\n"
    "  -t, --type=TYPE       records to search: resolution (the default),\n"
    "                        action, item, person or any; may be repeated\n"
    "                        or given as a list (-t action,resolution)\n"
    "\n"
    "Filters:\n"
    "      --committee=TEXT  only meetings whose committee contains TEXT\n"
    "      --since=DATE      only meetings on or after DATE (YYYY[-MM[-DD]])\n"
    "      --until=DATE      only meetings on or before DATE\n"
    "      --owner=TEXT      only actions whose owner contains TEXT\n"
    "                        (-t action unless -t is given)\n"
    "\n"
    "Output:\n"
    "  -c, --count           print the number of matching records per file\n"
    "  -l, --files-with-matches  print only the names of files with a match\n"
    "  -q, --quiet           print nothing; the exit status tells\n"
    "  -H, --with-filename   print the file name with each match\n"
    "  -h, --no-filename     never print file names\n"
    "      --json            print each matching record as a JSON object,\n"
    "                        one per line\n"
    "      --color[=WHEN]    highlight matches: auto (default), always, never\n"
    "\n"
    "Reading:\n"
    CMD_HELP_PATTERNS
    CMD_HELP_NO_INFER
    CMD_HELP_MAX_SIZE
    "      --no-prefilter    parse every file, even one that cannot match\n"
    "  -j, --jobs=N          files searched in parallel (default: the cores)\n"
    "\n"
    "      --help            print this help and exit\n"
    CMD_HELP_VERSION
    "\n"
    "Exit status: 0 if a record was selected, 1 if none was, 2 if a file\n"
    "could not be read, a pattern is wrong or too complex, or the usage was\n"
    "wrong.\n";
/* clang-format on */

#define C_FILE "\033[35m"
#define C_LINE "\033[32m"
#define C_SEP "\033[36m"
#define C_MATCH "\033[1;31m"
#define C_OFF "\033[0m"

static void put_name(sbuf *o, const opts *op, const char *name, char sep) {
  if (op->colour)
    sb_printf(o, C_FILE "%s" C_OFF C_SEP "%c" C_OFF, name, sep);
  else
    sb_printf(o, "%s%c", name, sep);
}

/* "item 5", "item 4 action 2", "present": where the record stands. */
static void label(sbuf *o, const mins_hit *h) {
  const char *num = h->item ? h->item->number : NULL;
  switch (h->type) {
  case MINS_RECORD_PERSON: {
    const char *l = mins_list_name(h->list);
    for (; *l; l++)
      sb_add(o, *l == '_' ? " " : l, 1);
    return;
  }
  case MINS_RECORD_ACTION:
    if (num)
      sb_printf(o, "item %s ", num);
    sb_puts(o, "action");
    if (h->action->number)
      sb_printf(o, " %s", h->action->number);
    return;
  default:
    if (num)
      sb_printf(o, "item %s", num);
    else if (h->item && h->item->title)
      sb_printf(o, "item \"%s\"", h->item->title);
    else
      sb_puts(o, mins_record_type_name(h->type));
  }
}

typedef struct file_ctx {
  opts *op;
  const mins_doc *doc;
  const char *name;
  sbuf *out;
  long count;
} file_ctx;

static int on_hit(const mins_hit *h, void *payload) {
  file_ctx *f = payload;
  opts *op = f->op;
  sbuf *o = f->out;
  f->count++;
  atomic_store(&op->found, 1);
  switch (op->out) {
  case OUT_QUIET:
    atomic_store(&op->stop, 1);
    return 1;
  case OUT_FILES:
    put_name(o, op, f->name, '\n');
    return 1;
  case OUT_COUNT:
    return 0;
  case OUT_JSON:
    if (mins_hit_write_json(f->doc, h, sb_write, o) == MINS_ENOMEM)
      cmd_oom();
    sb_add(o, "\n", 1);
    return 0;
  }
  if (op->names)
    put_name(o, op, f->name, ':');
  if (op->colour)
    sb_printf(o, C_LINE "%u" C_OFF C_SEP ":" C_OFF " ", h->line);
  else
    sb_printf(o, "%u: ", h->line);
  const mins_meeting *m = mins_doc_meeting(f->doc);
  if (m->date.value)
    sb_printf(o, "%s ", m->date.value);
  if (m->committee.value)
    sb_printf(o, "%s ", m->committee.value);
  label(o, h);
  sb_puts(o, ": ");
  size_t at = 0;
  for (size_t i = 0; i < h->span_count; i++) {
    const mins_span *s = &h->spans[i];
    sb_add(o, h->text + at, s->start - at);
    if (op->colour)
      sb_puts(o, C_MATCH);
    sb_add(o, h->text + s->start, s->end - s->start);
    if (op->colour)
      sb_puts(o, C_OFF);
    at = s->end;
  }
  sb_add(o, h->text + at, h->text_len - at);
  sb_add(o, "\n", 1);
  return 0;
}

static void put_count(sbuf *o, const opts *op, const char *name, long n) {
  if (op->out != OUT_COUNT)
    return;
  if (op->names)
    put_name(o, op, name, ':');
  sb_printf(o, "%ld\n", n);
}

static int one(mins_parser *p, const char *path, size_t index, sbuf *out,
               sbuf *err, void *payload) {
  opts *op = payload;
  const char *name = cmd_display_name(path);
  (void)index;
  if (atomic_load(&op->stop))
    return EXIT_OK;
  char *buf;
  size_t len;
  if (cmd_read_minutes(path, op->max_bytes, &buf, &len, err) != 0)
    return EXIT_TROUBLE;
  /* a binary file is an error whether or not the pattern is in it */
  if (memchr(buf, '\0', len)) {
    free(buf);
    sb_printf(err, "%s: %s: %s\n", prog, name, mins_error_string(MINS_EINPUT));
    return EXIT_TROUBLE;
  }
  if (!mins_search_prefilter(op->search, buf, len)) {
    free(buf);
    put_count(out, op, name, 0);
    return EXIT_OK;
  }
  mins_doc *d = NULL;
  int rc = mins_parser_parse(&d, p, name, buf, len);
  free(buf);
  if (rc) {
    if (rc == MINS_ENOMEM)
      cmd_oom();
    sb_printf(err, "%s: %s: %s\n", prog, name, mins_error_string(rc));
    return EXIT_TROUBLE;
  }
  file_ctx f = {op, d, name, out, 0};
  unsigned line;
  long n = mins_search_doc(op->search, d, on_hit, &f, &line);
  int status = EXIT_OK;
  if (n == MINS_ENOMEM)
    cmd_oom();
  if (n < 0) {
    /* a pathological pattern: stop everything, it would do it again */
    atomic_store(&op->stop, 1);
    sb_printf(err, "%s: %s:%u: error: %s [grep-limit]\n", prog, name, line,
              mins_error_string((int)n));
    status = EXIT_TROUBLE;
  } else {
    put_count(out, op, name, f.count);
  }
  mins_doc_free(d);
  return status;
}

/* "-t action,resolution" */
static unsigned parse_types(const char *arg) {
  unsigned t = 0;
  char *copy = xstrdup(arg);
  for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
    unsigned k = mins_record_type_parse(tok);
    if (!k) /* exits: copy is not freed, tok is still needed */
      cmd_bad_value("--type", "resolution, action, item, person or any", tok);
    t |= k;
  }
  free(copy);
  return t;
}

static int is_dir(const char *path) {
  struct stat st;
  return strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* --since and --until: the library checks a date, but does not say which
 * option it was in, so each is tried alone. */
static const char *date_arg(const char *opt, const char *v) {
  static const char *const probe[] = {"x"};
  mins_search_options so = MINS_SEARCH_OPTIONS_INIT;
  mins_search *s;
  so.flags |= MINS_SEARCH_NO_JIT;
  so.since = v;
  int rc = mins_search_new(&s, probe, 1, &so, NULL);
  if (rc == MINS_ENOMEM)
    cmd_oom();
  if (rc)
    cmd_bad_value(opt, "a date YYYY, YYYY-MM or YYYY-MM-DD", v);
  mins_search_free(s);
  return v;
}

int main(int argc, char **argv) {
  cmd_init(argv[0], "mins-grep", usage_text);
  static opts op;
  mins_search_options so = MINS_SEARCH_OPTIONS_INIT;
  cmd_options co = CMD_OPTIONS_INIT;
  const char **pats = NULL;
  size_t npats = 0;
  int names = -1;
  op.out = OUT_LINES;
  enum { O_JSON = 256, O_COMMITTEE, O_SINCE, O_UNTIL, O_OWNER, O_NOPRE };
  static const struct option longopts[] = {
      CMD_COLOR_LONGOPTS,
      CMD_READING_LONGOPTS,
      CMD_INFO_LONGOPTS,
      {"regexp", required_argument, NULL, 'e'},
      {"ignore-case", no_argument, NULL, 'i'},
      {"word-regexp", no_argument, NULL, 'w'},
      {"fixed-strings", no_argument, NULL, 'F'},
      {"invert-match", no_argument, NULL, 'v'},
      {"type", required_argument, NULL, 't'},
      {"committee", required_argument, NULL, O_COMMITTEE},
      {"since", required_argument, NULL, O_SINCE},
      {"until", required_argument, NULL, O_UNTIL},
      {"owner", required_argument, NULL, O_OWNER},
      {"count", no_argument, NULL, 'c'},
      {"files-with-matches", no_argument, NULL, 'l'},
      {"quiet", no_argument, NULL, 'q'},
      {"silent", no_argument, NULL, 'q'},
      {"with-filename", no_argument, NULL, 'H'},
      {"no-filename", no_argument, NULL, 'h'},
      {"json", no_argument, NULL, O_JSON},
      {"no-prefilter", no_argument, NULL, O_NOPRE},
      {NULL, 0, NULL, 0}};
  /* -q and -h are grep's: print nothing, and no file names */
  int c;
  while ((c = cmd_getopt(argc, argv, ":e:iwFvt:clqHhj:V", longopts)) != -1) {
    switch (c) {
    case 'e':
      pats = xrealloc(pats, (npats + 1) * sizeof *pats);
      pats[npats++] = optarg;
      break;
    case 'i':
      so.flags |= MINS_SEARCH_CASELESS;
      break;
    case 'w':
      so.flags |= MINS_SEARCH_WORD;
      break;
    case 'F':
      so.flags |= MINS_SEARCH_FIXED;
      break;
    case 'v':
      so.flags |= MINS_SEARCH_INVERT;
      break;
    case 't':
      so.types |= parse_types(optarg);
      break;
    case O_COMMITTEE:
      so.committee = optarg;
      break;
    case O_SINCE:
      so.since = date_arg("--since", optarg);
      break;
    case O_UNTIL:
      so.until = date_arg("--until", optarg);
      break;
    case O_OWNER:
      so.owner = optarg;
      break;
    case 'c':
      op.out = OUT_COUNT;
      break;
    case 'l':
      op.out = OUT_FILES;
      break;
    case 'q':
      op.out = OUT_QUIET;
      break;
    case O_JSON:
      op.out = OUT_JSON;
      break;
    case 'H':
      names = 1;
      break;
    case 'h':
      names = 0;
      break;
    case O_NOPRE:
      so.flags |= MINS_SEARCH_NO_PREFILTER;
      break;
    default:
      cmd_option(&co, c);
    }
  }
  if (npats == 0) {
    if (optind >= argc)
      cmd_usage_error("no pattern given");
    pats = xrealloc(pats, sizeof *pats);
    pats[npats++] = argv[optind++];
  }
  mins_search_error se;
  if (cmd_no_jit())
    so.flags |= MINS_SEARCH_NO_JIT;
  int rc = mins_search_new(&op.search, pats, npats, &so, &se);
  if (rc == MINS_ENOMEM)
    cmd_oom();
  if (rc == MINS_EPATTERN) {
    cmd_error("pattern '%s': %s at offset %zu", pats[se.pattern], se.message,
              se.offset);
    free(pats);
    return EXIT_TROUBLE;
  }
  if (rc) {
    free(pats);
    cmd_usage_error("%s", se.message);
  }
  free(pats);
  op.max_bytes = co.setup.max_bytes;
  op.colour = op.out == OUT_LINES || op.out == OUT_COUNT || op.out == OUT_FILES
                  ? cmd_colour(1, co.colour)
                  : 0;
  int nargs = argc - optind;
  op.names =
      names >= 0 ? names : nargs > 1 || (nargs == 1 && is_dir(argv[optind]));
  /* a first walk tells what cannot be read, before any output; the
   * second gives the files one at a time (no list: memory does not grow
   * with the files) */
  int errs = 0;
  size_t nfiles = cmd_walk_first(argv + optind, nargs, &errs, NULL, NULL);
  cmd_walk *walk = cmd_walk_new(argv + optind, nargs, 1);
  rc = cmd_run_walk(walk, nfiles, co.jobs, &co.setup, one, &op);
  cmd_walk_free(walk);
  mins_search_free(op.search);
  if (op.out == OUT_QUIET && atomic_load(&op.found))
    rc = EXIT_OK; /* grep -q: a match wins over an error */
  else if (errs || rc == EXIT_TROUBLE)
    rc = EXIT_TROUBLE;
  else
    rc = atomic_load(&op.found) ? EXIT_OK : EXIT_FAIL;
  if (fclose(stdout) != 0) {
    cmd_error("write error: %s", strerror(errno));
    return EXIT_TROUBLE;
  }
  return rc;
}
