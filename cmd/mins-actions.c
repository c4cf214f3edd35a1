/* SPDX-License-Identifier: MIT */
/*
 * mins-actions: every action of the given meetings, carried forward from
 * meeting to meeting of its committee, with its owner, due date, status
 * and history; filtered (open, closed, overdue, owner, committee, item,
 * dates) and printed as an aligned table, a report by owner, CSV or JSON.
 * The tracking itself is the library's (mins_tracker); this program reads
 * the files, asks, and lays out the answer.
 */
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "common.h"

enum { OUT_TABLE, OUT_OWNER, OUT_CSV, OUT_JSON, OUT_JSONL };

/* one line of the help to a line of source: clang-format would join them */
/* clang-format off */
static const char usage_text[] =
    "Usage: mins-actions [OPTION]... [FILE|DIR|-]...\n"
    "List the actions of meeting minutes across meetings: each with its\n"
    "committee, meeting, owner, due date and status, carried forward from\n"
    "meeting to meeting until a later meeting closes it. Directories are\n"
    "read recursively for *.md, *.markdown and *.txt; with no FILE, or with\n"
    "-, standard input is read. An action is named\n"
    "COMMITTEE-SLUG/YYYY-MM-DD#NUMBER, or COMMITTEE-SLUG/YYYY-MM-DD@POSITION\n"
    "when unnumbered.\n"
    "\n"
    "Selection (all given must hold):\n"
    "      --open            only actions not closed (open or ongoing)\n"
    "      --closed          only actions closed (done or dropped)\n"
    "      --overdue         only open actions due before the as-of date\n"
    "      --as-of=DATE      the date for --overdue and ages (default: today)\n"
    "      --owner=PATTERN   owner matches PATTERN (PCRE2, caseless)\n"
    "      --committee=PATTERN  committee name or slug matches PATTERN\n"
    "      --item=PATTERN    item number or title matches PATTERN\n"
    "      --since=DATE      opened on or after DATE (YYYY-MM-DD)\n"
    "      --until=DATE      opened on or before DATE\n"
    "      --sort=KEY        meeting (the default), due or owner\n"
    "\n"
    "Output:\n"
    "      --table           an aligned table (the default)\n"
    "      --by=owner        a report grouped by owner\n"
    "      --csv             CSV (RFC 4180) with a header line\n"
    "      --json            one mins-actions/1 JSON object, indented\n"
    "      --jsonl           one JSON object per action, one per line\n"
    "  -w, --width=N         table width (default: the terminal's, else\n"
    "                        COLUMNS, else 80; 0: no limit)\n"
    CMD_HELP_OUTPUT
    CMD_HELP_QUIET
    CMD_HELP_COLOR
    "\n"
    "Reading:\n"
    CMD_HELP_PATTERNS
    CMD_HELP_NO_INFER
    "      --name-dates=HOW  a date from the file name, when the minutes give\n"
    "                        none: sure (only forms that leave no doubt, the\n"
    "                        default), ymd, dmy or mdy (also six digits, as\n"
    "                        YYMMDD, DDMMYY or MMDDYY), or none\n"
    CMD_HELP_MAX_SIZE
    CMD_HELP_JOBS
    "\n"
    CMD_HELP_HELP
    CMD_HELP_VERSION
    "\n"
    "Exit status: 0 if an action was selected, 1 if none was, 2 if a file\n"
    "could not be read or the usage was wrong.\n";
/* clang-format on */

typedef struct opts {
  int out;
  int quiet;
  int colour;
  size_t max_bytes; /* --max-size */
  long width;       /* -1: not given */
  const char *as_of;
  mins_track_filter filter;
} opts;

/* ---- reading: files parsed on the runner's threads, added in turn ----- */

typedef struct reader {
  const opts *op;
  mins_tracker *t;
  pthread_mutex_t mu;
  int oom;
} reader;

static int read_one(mins_parser *p, const char *path, size_t index, sbuf *out,
                    sbuf *err, void *payload) {
  reader *r = payload;
  const char *name = cmd_display_name(path);
  char *buf;
  size_t len;
  (void)index;
  (void)out;
  if (cmd_read_minutes(path, r->op->max_bytes, &buf, &len, err) != 0)
    return EXIT_TROUBLE;
  mins_doc *d = NULL;
  int rc = mins_parser_parse(&d, p, name, buf, len);
  free(buf);
  /* only errors: the other diagnostics are mins-parse --check's */
  size_t nd = d ? mins_doc_diag_count(d) : mins_parser_diag_count(p);
  for (size_t i = 0; i < nd && !r->op->quiet; i++) {
    const mins_diag *g = d ? mins_doc_diag(d, i) : mins_parser_diag(p, i);
    if (g->severity == MINS_ERROR)
      cmd_format_diag(err, name, g, r->op->colour);
  }
  if (rc) {
    if (rc == MINS_ENOMEM)
      cmd_oom();
    if (!nd && !r->op->quiet)
      sb_printf(err, "%s: %s: %s\n", prog, name, mins_error_string(rc));
    return rc == MINS_EINPUT ? EXIT_OK : EXIT_TROUBLE;
  }
  pthread_mutex_lock(&r->mu);
  if (mins_tracker_add(r->t, d) != MINS_OK)
    r->oom = 1;
  pthread_mutex_unlock(&r->mu);
  mins_doc_free(d);
  return EXIT_OK;
}

/* ---- cells --------------------------------------------------------------- */

/* Display width: one column a code point (no East Asian wide forms). */
static size_t cols(const char *s, size_t n) {
  size_t w = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)s[i] & 0xC0) != 0x80)
      w++;
  return w;
}

/* Bytes of s that fill at most w columns. */
static size_t fit(const char *s, size_t n, size_t w) {
  size_t i = 0, c = 0;
  while (i < n) {
    size_t j = i + 1;
    while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80)
      j++;
    if (c + 1 > w)
      break;
    c++;
    i = j;
  }
  return i;
}

/* Output goes out as it is made, a block at a time: never the whole of it
 * in memory. */
static void flush(sbuf *o, int all) {
  if (o->len && (all || o->len >= 65536)) {
    fwrite(o->s, 1, o->len, stdout);
    o->len = 0;
  }
}

static int to_stdout(const char *data, size_t len, void *payload) {
  (void)payload;
  return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

static void pad(sbuf *o, size_t n) {
  for (size_t i = 0; i < n; i++)
    sb_add(o, " ", 1);
}

/* A cell cut to w columns, its end marked with '…'; an action's name is
 * cut in the middle, so that its date and number stay. */
static void cell(sbuf *o, const char *s, size_t w, int middle, int last) {
  size_t n = strlen(s), c = cols(s, n);
  if (c <= w) {
    sb_add(o, s, n);
    if (!last)
      pad(o, w - c);
    return;
  }
  if (w == 0)
    return;
  const char *tail = middle ? strrchr(s, '/') : NULL;
  size_t tc = tail ? cols(tail, strlen(tail)) : 0;
  if (tail && tc + 2 <= w) {
    sb_add(o, s, fit(s, n, w - tc - 1));
    sb_puts(o, "\xE2\x80\xA6");
    sb_puts(o, tail);
    return;
  }
  sb_add(o, s, fit(s, n, w - 1));
  sb_puts(o, "\xE2\x80\xA6");
}

static char *status_cell(const mins_tracked *a, const char *as_of) {
  sbuf b = {0};
  sb_puts(&b, mins_status_name(a->status));
  if (mins_tracked_overdue(a, as_of))
    sb_puts(&b, " overdue");
  if (a->flags & MINS_TRACKED_LATE)
    sb_puts(&b, " late");
  if (a->flags & MINS_TRACKED_LAPSED)
    sb_puts(&b, " lapsed");
  return b.s;
}

static const char *due_cell(const mins_tracked *a) {
  return a->due ? a->due : a->due_text ? "?" : "-";
}

/* ---- the table ------------------------------------------------------------
 */

enum { C_ID, C_STATUS, C_DUE, C_OWNER, C_TEXT, NCOL };

static const char *const heads[NCOL] = {"ACTION", "STATUS", "DUE", "OWNER",
                                        "TEXT"};

typedef struct table {
  size_t w[NCOL];
  int show[NCOL];
  size_t indent;
  int below; /* the text on lines of its own under each row */
} table;

static const char *cell_text(const mins_tracked *a, int c, char **tmp,
                             const char *as_of) {
  switch (c) {
  case C_ID:
    return a->id;
  case C_STATUS:
    return *tmp = status_cell(a, as_of);
  case C_DUE:
    return due_cell(a);
  case C_OWNER:
    return a->owner ? a->owner : "-";
  default:
    return a->text ? a->text : "";
  }
}

enum {
  TEXT_MIN = 30,
  TEXT_BELOW = 4,
  OWNER_MAX = 24,
  OWNER_MIN = 12,
  ID_MIN = 24
};

/* Column widths for rows sel[0..n) in `width` columns (0: no limit). The
 * text wraps in the last column, or, when that would leave it fewer than
 * TEXT_MIN columns, on lines of its own under each row; then the owner is
 * cut, and last the action's name, in its middle. */
static void layout(table *tb, mins_tracker *t, const size_t *sel, size_t n,
                   long width, const char *as_of) {
  size_t nat[NCOL];
  for (int c = 0; c < NCOL; c++)
    nat[c] = tb->show[c] ? strlen(heads[c]) : 0;
  for (size_t i = 0; i < n; i++) {
    const mins_tracked *a = mins_tracker_action(t, sel[i]);
    for (int c = 0; c < NCOL; c++) {
      if (!tb->show[c])
        continue;
      char *tmp = NULL;
      const char *s = cell_text(a, c, &tmp, as_of);
      size_t w = cols(s, strlen(s));
      if (w > nat[c])
        nat[c] = w;
      free(tmp);
    }
  }
  memcpy(tb->w, nat, sizeof nat);
  if (width <= 0)
    return;
  if (tb->w[C_OWNER] > OWNER_MAX)
    tb->w[C_OWNER] = OWNER_MAX;
  size_t fixed = tb->indent;
  for (int c = 0; c < C_TEXT; c++)
    if (tb->show[c])
      fixed += tb->w[c] + 2;
  size_t want = nat[C_TEXT] < TEXT_MIN ? nat[C_TEXT] : TEXT_MIN;
  if ((long)(fixed + want) <= width) {
    size_t room = (size_t)width - fixed;
    tb->w[C_TEXT] = room < nat[C_TEXT] ? room : nat[C_TEXT];
    return;
  }
  tb->below = 1;
  fixed -= 2; /* no gap after the last column on the line */
  static const int order[] = {C_OWNER, C_ID};
  static const size_t least[] = {OWNER_MIN, ID_MIN};
  for (int k = 0; k < 2; k++) {
    int c = order[k];
    if (!tb->show[c] || (long)fixed <= width)
      continue;
    size_t over = fixed - (size_t)width;
    size_t can = tb->w[c] > least[k] ? tb->w[c] - least[k] : 0;
    size_t cut = over < can ? over : can;
    tb->w[c] -= cut;
    fixed -= cut;
  }
  size_t room = (size_t)width > tb->indent + TEXT_BELOW + 10
                    ? (size_t)width - tb->indent - TEXT_BELOW
                    : 10;
  tb->w[C_TEXT] = room;
}

/* The next line of text wrapped at w columns: its length in *len, and the
 * offset where the following line starts. */
static size_t wrap(const char *s, size_t n, size_t w, size_t *len) {
  if (cols(s, n) <= w) {
    *len = n;
    return n;
  }
  size_t k = fit(s, n, w);
  size_t b = k;
  while (b > 0 && s[b] != ' ')
    b--;
  if (b == 0) { /* one word longer than the column: cut it */
    *len = k;
    return k;
  }
  *len = b;
  while (b < n && s[b] == ' ')
    b++;
  return b;
}

static void end_line(sbuf *o) {
  /* no spaces at the end of a line */
  while (o->len && o->s[o->len - 1] == ' ')
    o->s[--o->len] = '\0';
  sb_puts(o, "\n");
}

static void row(sbuf *o, const table *tb, const char *const cells[NCOL],
                int head) {
  int lastc = tb->below ? C_OWNER : C_TEXT;
  while (lastc > 0 && !tb->show[lastc])
    lastc--;
  const char *txt = cells[C_TEXT];
  size_t tn = strlen(txt), at = 0;
  pad(o, tb->indent);
  for (int c = 0; c <= lastc; c++) {
    if (!tb->show[c])
      continue;
    if (c == C_TEXT) {
      size_t len;
      at = wrap(txt, tn, tb->w[C_TEXT], &len);
      sb_add(o, txt, len);
    } else {
      cell(o, cells[c], tb->w[c], c == C_ID, c == lastc);
      if (c != lastc)
        sb_puts(o, "  ");
    }
  }
  end_line(o);
  if (!tb->show[C_TEXT] || (tb->below && head))
    return;
  size_t lead = tb->indent;
  if (tb->below)
    lead += TEXT_BELOW;
  else
    for (int c = 0; c < C_TEXT; c++)
      if (tb->show[c])
        lead += tb->w[c] + 2;
  while (at < tn) {
    size_t len;
    size_t next = wrap(txt + at, tn - at, tb->w[C_TEXT], &len);
    pad(o, lead);
    sb_add(o, txt + at, len);
    end_line(o);
    at += next;
  }
}

static void action_row(sbuf *o, const table *tb, const mins_tracked *a,
                       const char *as_of) {
  const char *cells[NCOL];
  char *tmp[NCOL] = {0};
  for (int c = 0; c < NCOL; c++)
    cells[c] = cell_text(a, c, &tmp[c], as_of);
  row(o, tb, cells, 0);
  for (int c = 0; c < NCOL; c++)
    free(tmp[c]);
}

static void print_table(sbuf *o, mins_tracker *t, const size_t *sel, size_t n,
                        const opts *op) {
  table tb = {{0}, {1, 1, 1, 1, 1}, 0, 0};
  layout(&tb, t, sel, n, op->width, op->as_of);
  row(o, &tb, heads, 1);
  for (size_t i = 0; i < n; i++) {
    action_row(o, &tb, mins_tracker_action(t, sel[i]), op->as_of);
    flush(o, 0);
  }
}

/* ---- the report by owner ------------------------------------------------- */

/* Owners are one when they differ only in case (the parser has collapsed
 * their spaces). */
static int same_owner(const char *a, const char *b) {
  return (!a || !b) ? a == b : strcasecmp(a, b) == 0;
}

/* sel comes in the library's owner order: each owner's actions together,
 * by due date, then meeting. */
static void print_by_owner(sbuf *o, mins_tracker *t, const size_t *sel,
                           size_t n, const opts *op) {
  table tb = {{0}, {1, 1, 1, 0, 1}, 2, 0};
  layout(&tb, t, sel, n, op->width, op->as_of);
  for (size_t i = 0; i < n;) {
    const char *who = mins_tracker_action(t, sel[i])->owner;
    size_t j = i, open = 0, late = 0;
    while (j < n && same_owner(mins_tracker_action(t, sel[j])->owner, who)) {
      const mins_tracked *a = mins_tracker_action(t, sel[j]);
      open += !a->closed;
      late += mins_tracked_overdue(a, op->as_of);
      j++;
    }
    if (i)
      sb_puts(o, "\n");
    sb_printf(o, "%s: %zu action%s, %zu open, %zu overdue\n",
              who ? who : "(no owner)", j - i, j - i == 1 ? "" : "s", open,
              late);
    row(o, &tb, heads, 1);
    for (size_t k = i; k < j; k++) {
      action_row(o, &tb, mins_tracker_action(t, sel[k]), op->as_of);
      flush(o, 0);
    }
    i = j;
  }
}

/* ---- CSV (RFC 4180) --------------------------------------------------------
 */

static void csv_field(sbuf *o, const char *s, int last) {
  if (s && strpbrk(s, ",\"\r\n")) {
    sb_puts(o, "\"");
    for (const char *p = s; *p; p++) {
      if (*p == '"')
        sb_puts(o, "\"");
      sb_add(o, p, 1);
    }
    sb_puts(o, "\"");
  } else if (s) {
    sb_puts(o, s);
  }
  sb_puts(o, last ? "\r\n" : ",");
}

static void csv_num(sbuf *o, long v) {
  char b[32];
  if (v < 0) {
    csv_field(o, NULL, 0);
    return;
  }
  snprintf(b, sizeof b, "%ld", v);
  csv_field(o, b, 0);
}

/* The history after the opening, in one cell: "2023-05-16 reviewed done
 * (prose); 2023-07-18 listed". */
static char *history_cell(const mins_tracked *a) {
  sbuf b = {0};
  sb_puts(&b, "");
  for (size_t i = 0; i < a->event_count; i++) {
    const mins_event *e = &a->events[i];
    if (e->kind == MINS_EVENT_OPENED)
      continue;
    sb_printf(&b, "%s%s %s", b.len ? "; " : "", e->date,
              mins_event_kind_name(e->kind));
    if (e->kind == MINS_EVENT_REVIEWED)
      sb_printf(&b, " %s (%s)", mins_status_name(e->status),
                e->origin == MINS_FROM_FRONT_MATTER ? "front matter" : "prose");
  }
  return b.s;
}

static void print_csv(sbuf *o, mins_tracker *t, const size_t *sel, size_t n,
                      const opts *op) {
  sb_puts(o, "id,committee,committee_slug,meeting,number,item,item_title,"
             "owner,due,due_text,status,status_date,closed,overdue,late,"
             "lapsed,days_open,meetings_carried,meetings_silent,"
             "last_mentioned,text,history,file,line\r\n");
  for (size_t i = 0; i < n; i++) {
    const mins_tracked *a = mins_tracker_action(t, sel[i]);
    csv_field(o, a->id, 0);
    csv_field(o, a->committee, 0);
    csv_field(o, a->slug, 0);
    csv_field(o, a->date, 0);
    csv_field(o, a->number, 0);
    csv_field(o, a->item, 0);
    csv_field(o, a->item_title, 0);
    csv_field(o, a->owner, 0);
    csv_field(o, a->due, 0);
    csv_field(o, a->due_text, 0);
    csv_field(o, mins_status_name(a->status), 0);
    csv_field(o, a->status_date, 0);
    csv_field(o, a->closed, 0);
    csv_field(o, mins_tracked_overdue(a, op->as_of) ? "true" : "false", 0);
    csv_field(o, a->flags & MINS_TRACKED_LATE ? "true" : "false", 0);
    csv_field(o, a->flags & MINS_TRACKED_LAPSED ? "true" : "false", 0);
    csv_num(o, mins_tracked_days_open(a, op->as_of));
    csv_num(o, (long)a->meetings_carried);
    csv_num(o, (long)a->meetings_silent);
    csv_field(o, a->last_mentioned, 0);
    csv_field(o, a->text, 0);
    char *h = history_cell(a);
    csv_field(o, h, 0);
    free(h);
    csv_field(o, a->file, 0);
    char ln[16];
    snprintf(ln, sizeof ln, "%u", a->line);
    csv_field(o, a->line ? ln : NULL, 1);
    flush(o, 0);
  }
}

/* ---- options ------------------------------------------------------------ */

/* A calendar date written YYYY-MM-DD. */
static int is_date(const char *s) {
  static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
      return 0;
  int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
  if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
    return 0;
  return !(m == 2 && d == 29 && (y % 4 || (y % 100 == 0 && y % 400)));
}

static const char *date_arg(const char *opt, const char *v) {
  if (!is_date(v))
    cmd_bad_value(opt, "a date YYYY-MM-DD", v);
  return v;
}

static long terminal_width(void) {
  struct winsize ws;
  if (isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
    return ws.ws_col;
  const char *c = getenv("COLUMNS");
  if (c && *c) {
    char *end;
    long v = strtol(c, &end, 10);
    if (!*end && v > 0)
      return v;
  }
  return 80;
}

static void print_tracker_diags(const mins_tracker *t, const opts *op) {
  for (size_t i = 0; i < mins_tracker_diag_count(t); i++) {
    const char *file;
    const mins_diag *g = mins_tracker_diag(t, i, &file);
    if (file)
      cmd_print_diag(stderr, file, g, op->colour);
    else
      fprintf(stderr, "%s: %s: %s [%s]\n", prog,
              mins_severity_name(g->severity), g->message, g->rule);
  }
}

int main(int argc, char **argv) {
  cmd_init(argv[0], "mins-actions", usage_text);
  opts op;
  memset(&op, 0, sizeof op);
  op.width = -1;
  mins_track_filter f = MINS_TRACK_FILTER_INIT;
  mins_tracker_options to = MINS_TRACKER_OPTIONS_INIT;
  cmd_options co = CMD_OPTIONS_INIT;
  static const char *const sorts[] = {"meeting", "due", "owner", NULL};
  static const char *const by[] = {"owner", NULL};
  static const char *const name_dates[] = {"sure", "ymd",  "dmy",
                                           "mdy",  "none", NULL};
  enum {
    O_OPEN = 256,
    O_CLOSED,
    O_OVERDUE,
    O_ASOF,
    O_OWNER,
    O_COMMITTEE,
    O_ITEM,
    O_SINCE,
    O_UNTIL,
    O_SORT,
    O_TABLE,
    O_BY,
    O_CSV,
    O_JSON,
    O_JSONL,
    O_NAMEDATES
  };
  static const struct option longopts[] = {
      CMD_OUTPUT_LONGOPTS,
      CMD_READING_LONGOPTS,
      CMD_INFO_LONGOPTS,
      {"open", no_argument, NULL, O_OPEN},
      {"closed", no_argument, NULL, O_CLOSED},
      {"overdue", no_argument, NULL, O_OVERDUE},
      {"as-of", required_argument, NULL, O_ASOF},
      {"owner", required_argument, NULL, O_OWNER},
      {"committee", required_argument, NULL, O_COMMITTEE},
      {"item", required_argument, NULL, O_ITEM},
      {"since", required_argument, NULL, O_SINCE},
      {"until", required_argument, NULL, O_UNTIL},
      {"sort", required_argument, NULL, O_SORT},
      {"table", no_argument, NULL, O_TABLE},
      {"by", required_argument, NULL, O_BY},
      {"csv", no_argument, NULL, O_CSV},
      {"json", no_argument, NULL, O_JSON},
      {"jsonl", no_argument, NULL, O_JSONL},
      {"name-dates", required_argument, NULL, O_NAMEDATES},
      {"width", required_argument, NULL, 'w'},
      {NULL, 0, NULL, 0}};
  int c;
  while ((c = cmd_getopt(argc, argv, ":w:o:qj:hV", longopts)) != -1) {
    switch (c) {
    case O_OPEN:
      f.flags |= MINS_SELECT_OPEN;
      break;
    case O_CLOSED:
      f.flags |= MINS_SELECT_CLOSED;
      break;
    case O_OVERDUE:
      f.flags |= MINS_SELECT_OVERDUE;
      break;
    case O_ASOF:
      op.as_of = date_arg("--as-of", optarg);
      break;
    case O_OWNER:
      f.owner = optarg;
      break;
    case O_COMMITTEE:
      f.committee = optarg;
      break;
    case O_ITEM:
      f.item = optarg;
      break;
    case O_SINCE:
      f.since = date_arg("--since", optarg);
      break;
    case O_UNTIL:
      f.until = date_arg("--until", optarg);
      break;
    case O_SORT: /* in the order of mins_track_sort */
      f.sort = (mins_track_sort)cmd_word_arg("--sort", optarg, sorts);
      break;
    case O_TABLE:
      op.out = OUT_TABLE;
      break;
    case O_BY:
      cmd_word_arg("--by", optarg, by);
      op.out = OUT_OWNER;
      break;
    case O_CSV:
      op.out = OUT_CSV;
      break;
    case O_JSON:
      op.out = OUT_JSON;
      break;
    case O_JSONL:
      op.out = OUT_JSONL;
      break;
    case O_NAMEDATES: /* in the order of mins_name_dates */
      to.name_dates =
          (mins_name_dates)cmd_word_arg("--name-dates", optarg, name_dates);
      break;
    case 'w':
      op.width = cmd_number_arg("--width", optarg, 0, 10000);
      break;
    default:
      cmd_option(&co, c);
    }
  }
  op.quiet = co.quiet;
  op.max_bytes = co.setup.max_bytes;
  char today[11];
  if (!op.as_of) {
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(today, sizeof today, "%Y-%m-%d", &tm);
    op.as_of = today;
  }
  f.as_of = op.as_of;
  if (op.width < 0)
    op.width = terminal_width();
  op.colour = cmd_colour(2, co.colour);
  if (cmd_output(co.output) != 0)
    return EXIT_TROUBLE;
  reader r;
  memset(&r, 0, sizeof r);
  r.op = &op;
  if (mins_tracker_new(&r.t, &to) != MINS_OK)
    cmd_oom();
  pthread_mutex_init(&r.mu, NULL);
  pathlist files = {0};
  int errs = cmd_collect(&files, argv + optind, argc - optind);
  int rc = cmd_run(&files, co.jobs, &co.setup, read_one, &r);
  pathlist_free(&files);
  pthread_mutex_destroy(&r.mu);
  if (r.oom || mins_tracker_finish(r.t) == MINS_ENOMEM)
    cmd_oom();
  if (op.out == OUT_OWNER)
    f.sort = MINS_SORT_OWNER;
  size_t *sel = NULL, n = 0;
  if (cmd_no_jit())
    f.flags |= MINS_SELECT_NO_JIT;
  int src = mins_tracker_select(&sel, &n, r.t, &f);
  if (src == MINS_ENOMEM)
    cmd_oom();
  if (!op.quiet || src == MINS_EPATTERN)
    print_tracker_diags(r.t, &op);
  if (src != MINS_OK) {
    if (src != MINS_EPATTERN)
      cmd_error("cannot select actions: %s", mins_error_string(src));
    mins_tracker_free(r.t);
    return EXIT_TROUBLE;
  }
  sbuf o = {0};
  switch (op.out) {
  case OUT_OWNER:
    print_by_owner(&o, r.t, sel, n, &op);
    break;
  case OUT_CSV:
    print_csv(&o, r.t, sel, n, &op);
    break;
  case OUT_JSON:
    mins_tracker_write_json(r.t, sel, n, op.as_of, MINS_JSON_PRETTY, to_stdout,
                            NULL);
    break;
  case OUT_JSONL:
    for (size_t i = 0; i < n; i++) {
      mins_tracked_write_json(mins_tracker_action(r.t, sel[i]), op.as_of, 0,
                              sb_write, &o);
      sb_puts(&o, "\n");
      flush(&o, 0);
    }
    break;
  default:
    if (n)
      print_table(&o, r.t, sel, n, &op);
  }
  flush(&o, 1);
  sb_free(&o);
  mins_free(sel);
  mins_tracker_free(r.t);
  if (errs && rc < EXIT_TROUBLE)
    rc = EXIT_TROUBLE;
  if (rc < EXIT_TROUBLE)
    rc = n ? EXIT_OK : EXIT_FAIL;
  if (fclose(stdout) != 0) {
    cmd_error("write error: %s", strerror(errno));
    return EXIT_TROUBLE;
  }
  return rc;
}
