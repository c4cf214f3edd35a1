/* SPDX-License-Identifier: MIT */
/*
 * mins-parse: read minutes and print what was found in them: a summary for
 * people, or the mins/1 JSON contract (--json, --jsonl) for programs.
 * Problems found while reading are printed as diagnostics on stderr; with
 * --check the clerk's checks run too (lib/check.c), configured by the
 * command line and by .minscheck files found from each file's folder
 * upward, and the diagnostics can be written as JSON or SARIF instead.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common.h"

enum { OUT_NONE, OUT_SUMMARY, OUT_JSON, OUT_JSONL };
enum { FMT_GCC, FMT_JSON, FMT_SARIF };
static const char *const format_names[] = {"gcc", "json", "sarif", NULL};

/* The name of a configuration file, looked for from a file's folder up. */
#define CONFIG_NAME ".minscheck"

typedef struct opts {
  int out;
  int quiet;
  int colour;
  int werror;
  int check;
  int format;
  const mins_rules **rules; /* per file (SARIF): the configuration, or NULL */
  struct setup_rules *sr;   /* without rules: the configurations by folder, */
  pthread_mutex_t mu;       /* read under this lock */
  sbuf *sarif;              /* per file: SARIF results, one per line */
  size_t max_bytes;         /* --max-size */
} opts;

static const mins_rules *rules_for(struct setup_rules *sr, const char *path);

/* one line of the help to a line of source: clang-format would join them */
/* clang-format off */
static const char usage_text[] =
    "Usage: mins-parse [OPTION]... [FILE|DIR|-]...\n"
    "Read meeting minutes (Markdown with optional YAML front matter) and\n"
    "print the records found in them: the meeting, people, agenda items,\n"
    "resolutions and actions. Directories are read recursively for *.md,\n"
    "*.markdown and *.txt; with no FILE, or with -, standard input is read.\n"
    "\n"
    "Output:\n"
    "      --summary         a readable summary per file (the default)\n"
    "      --json            the mins/1 JSON object of each file, indented\n"
    "      --jsonl           the mins/1 JSON object of each file, one per "
    "line\n"
    CMD_HELP_OUTPUT
    CMD_HELP_QUIET
    CMD_HELP_COLOR
    "\n"
    "Reading:\n"
    CMD_HELP_PATTERNS
    CMD_HELP_NO_INFER
    CMD_HELP_MAX_SIZE
    CMD_HELP_JOBS
    CMD_HELP_WERROR
    "\n"
    "Checking:\n"
    "      --check           run every check rule (the clerk's check before\n"
    "                        circulation) and print only the diagnostics\n"
    "      --list-rules      list every rule: id, severity, family, when and\n"
    "                        summary\n"
    "      --disable=LIST    turn rules off: ids, families or all, by commas\n"
    "      --enable=LIST     turn rules back on at their default severity\n"
    "      --format=FORMAT   diagnostics as gcc (the default, on standard\n"
    "                        error), json (one object a line) or sarif\n"
    "                        (SARIF 2.1.0), both on standard output\n"
    "      --config=FILE     read rules from FILE, not from " CONFIG_NAME
    " files\n"
    "      --no-config       read no " CONFIG_NAME " file\n"
    "\n"
    CMD_HELP_HELP
    CMD_HELP_VERSION
    "\n"
    "Rules are configured by " CONFIG_NAME " files in a file's folder and the\n"
    "folders above it (nearer ones win), then by --disable and --enable.\n"
    "\n"
    "Exit status: 0 if every file was read without an error diagnostic,\n"
    "1 if a file has an error (or a warning with --werror), 2 if a file\n"
    "could not be read or the usage was wrong.\n";
/* clang-format on */

static const char *field(const mins_field *f) {
  return f->value ? f->value : NULL;
}

static void person_line(sbuf *o, const mins_person *p) {
  sb_puts(o, "    ");
  if (p->title)
    sb_printf(o, "%s ", p->title);
  sb_puts(o, p->name);
  if (p->honours)
    sb_printf(o, " %s", p->honours);
  if (p->role)
    sb_printf(o, " (%s)", p->role);
  if (p->organisation)
    sb_printf(o, ", %s", p->organisation);
  sb_puts(o, "\n");
}

/* Record numbers grouped by item, in document order: item i's are
 * order[start[i]] to order[start[i + 1] - 1], and i == the item count holds
 * those outside any item. The summary then reads each record once, not once
 * per item: a file of 100,000 items must not cost items times records. */
typedef struct groups {
  size_t *start, *order;
} groups;

static size_t resolution_item(const mins_doc *d, size_t k) {
  return mins_doc_resolution(d, k)->item_index;
}

static size_t action_item(const mins_doc *d, size_t k) {
  return mins_doc_action(d, k)->item_index;
}

static size_t review_item(const mins_doc *d, size_t k) {
  return mins_doc_review(d, k)->item_index;
}

static void group(groups *g, size_t ni, size_t n, const mins_doc *d,
                  size_t (*item)(const mins_doc *, size_t)) {
  size_t *next = xmalloc((ni + 1) * sizeof *next);
  g->start = xmalloc((ni + 2) * sizeof *g->start);
  g->order = xmalloc((n + 1) * sizeof *g->order);
  memset(g->start, 0, (ni + 2) * sizeof *g->start);
  /* an index past the items other than (size_t)-1 belongs nowhere */
  for (size_t k = 0; k < n; k++) {
    size_t i = item(d, k);
    if (i < ni || i == (size_t)-1)
      g->start[(i < ni ? i : ni) + 1]++;
  }
  for (size_t i = 0; i <= ni; i++) {
    g->start[i + 1] += g->start[i];
    next[i] = g->start[i];
  }
  for (size_t k = 0; k < n; k++) {
    size_t i = item(d, k);
    if (i < ni || i == (size_t)-1)
      g->order[next[i < ni ? i : ni]++] = k;
  }
  free(next);
}

static void groups_free(groups *g) {
  free(g->start);
  free(g->order);
}

static void summary(sbuf *o, const mins_doc *d) {
  const mins_meeting *m = mins_doc_meeting(d);
  sb_printf(o, "%s\n", mins_doc_name(d));
  sb_printf(o, "  Committee: %s\n",
            field(&m->committee) ? m->committee.value : "(not stated)");
  if (m->title.value &&
      (!m->committee.value || strcmp(m->title.value, m->committee.value) != 0))
    sb_printf(o, "  Title:     %s\n", m->title.value);
  sb_printf(o, "  Date:      %s",
            m->date.value ? m->date.value : "(not stated)");
  if (m->time.value)
    sb_printf(o, ", %s", m->time.value);
  if (m->end_time.value)
    sb_printf(o, " to %s", m->end_time.value);
  sb_puts(o, "\n");
  if (m->location.value)
    sb_printf(o, "  Place:     %s\n", m->location.value);
  if (m->chair.value)
    sb_printf(o, "  Chair:     %s\n", m->chair.value);
  if (m->clerk.value)
    sb_printf(o, "  Clerk:     %s\n", m->clerk.value);
  static const char *const label[] = {"Present", "In attendance", "Apologies",
                                      "Absent"};
  for (int l = 0; l < MINS_LIST_COUNT; l++) {
    size_t n = mins_doc_person_count(d, (mins_list)l);
    if (!n)
      continue;
    sb_printf(o, "  %s (%zu):\n", label[l], n);
    for (size_t i = 0; i < n; i++)
      person_line(o, mins_doc_person(d, (mins_list)l, i));
  }
  size_t nd = mins_doc_declaration_count(d);
  if (nd) {
    sb_printf(o, "  Declarations (%zu):\n", nd);
    for (size_t i = 0; i < nd; i++) {
      const mins_declaration *x = mins_doc_declaration(d, i);
      sb_printf(o, "    %s%s%s%s\n", x->name ? x->name : "(unnamed)",
                x->item ? " (item " : "", x->item ? x->item : "",
                x->item ? ")" : "");
    }
  } else if (mins_doc_declarations_none(d, NULL)) {
    sb_puts(o, "  Declarations: none\n");
  }
  size_t ni = mins_doc_item_count(d), nr = mins_doc_resolution_count(d),
         na = mins_doc_action_count(d), nv = mins_doc_review_count(d);
  sb_printf(o,
            "  Items %zu, resolutions %zu, actions %zu, reviews of earlier "
            "actions %zu\n",
            ni, nr, na, nv);
  /* each item with its records */
  groups gr, ga, gv;
  group(&gr, ni, nr, d, resolution_item);
  group(&ga, ni, na, d, action_item);
  group(&gv, ni, nv, d, review_item);
  for (size_t i = 0; i <= ni; i++) {
    if (i < ni) {
      const mins_item *it = mins_doc_item(d, i);
      sb_printf(o, "  %s%s%s%s\n", it->number ? it->number : "-",
                it->number && !strchr(it->number, '/') ? ". " : " ",
                it->title ? it->title : "",
                it->flags & MINS_ITEM_EXEMPT ? " [exempt]" : "");
    } else if (gr.start[i] < gr.start[i + 1] || ga.start[i] < ga.start[i + 1] ||
               gv.start[i] < gv.start[i + 1]) {
      sb_puts(o, "  (outside any item)\n");
    }
    for (size_t k = gr.start[i]; k < gr.start[i + 1]; k++) {
      const mins_resolution *r = mins_doc_resolution(d, gr.order[k]);
      sb_printf(o, "      resolution [%s] %s\n", mins_outcome_name(r->outcome),
                r->text);
    }
    for (size_t k = ga.start[i]; k < ga.start[i + 1]; k++) {
      const mins_action *a = mins_doc_action(d, ga.order[k]);
      sb_printf(o, "      action %s%s%s: %s\n", a->number ? "(" : "",
                a->number ? a->number : "", a->number ? ")" : "-",
                a->text ? a->text : "");
      sb_printf(o, "        owner: %s; due: %s%s%s%s; %s\n",
                a->owner ? a->owner : "?", a->due ? a->due : "?",
                a->due_text ? " (" : "", a->due_text ? a->due_text : "",
                a->due_text ? ")" : "", mins_status_name(a->status));
    }
    for (size_t k = gv.start[i]; k < gv.start[i + 1]; k++) {
      const mins_review *r = mins_doc_review(d, gv.order[k]);
      sb_printf(o, "      review of %s: %s\n",
                r->ref          ? r->ref
                : r->ref_number ? r->ref_number
                                : "?",
                mins_status_name(r->status));
    }
  }
  groups_free(&gr);
  groups_free(&ga);
  groups_free(&gv);
  sb_puts(o, "\n");
}

static int one(mins_parser *p, const char *path, size_t index, sbuf *out,
               sbuf *err, void *payload) {
  opts *op = payload;
  const char *name = cmd_display_name(path);
  char *buf;
  size_t len;
  if (cmd_read_minutes(path, op->max_bytes, &buf, &len, err) != 0)
    return EXIT_TROUBLE;
  mins_doc *d = NULL;
  int rc = mins_parser_parse(&d, p, name, buf, len);
  free(buf);
  const mins_rules *rules;
  if (op->rules) {
    rules = op->rules[index];
  } else {
    /* made by the first walk already: a look-up */
    pthread_mutex_lock(&op->mu);
    rules = rules_for(op->sr, path);
    pthread_mutex_unlock(&op->mu);
  }
  if (d && (op->check || rules)) {
    mins_check_options co = MINS_CHECK_OPTIONS_INIT;
    co.rules = rules;
    co.flags = op->check ? 0u : MINS_CHECK_RULES_ONLY;
    if (mins_doc_check(d, &co) == MINS_ENOMEM)
      cmd_oom();
  }
  int status = EXIT_OK;
  size_t nd = d ? mins_doc_diag_count(d) : mins_parser_diag_count(p);
  for (size_t i = 0; i < nd; i++) {
    const mins_diag *g = d ? mins_doc_diag(d, i) : mins_parser_diag(p, i);
    if (g->severity == MINS_ERROR ||
        (op->werror && g->severity == MINS_WARNING))
      status = EXIT_FAIL;
    if (op->format == FMT_JSON) {
      mins_diag_write_json(g, name, d, 0, sb_write, out);
    } else if (op->format == FMT_SARIF) {
      mins_diag_write_json(g, name, d, MINS_DIAGS_SARIF, sb_write,
                           &op->sarif[index]);
    } else if (!op->quiet) {
      cmd_format_diag(err, name, g, op->colour);
    }
  }
  if (rc) {
    if (rc == MINS_ENOMEM)
      cmd_oom();
    if (!nd)
      sb_printf(err, "%s: %s: %s\n", prog, name, mins_error_string(rc));
    return EXIT_TROUBLE;
  }
  switch (op->out) {
  case OUT_NONE:
    break;
  case OUT_JSON:
    mins_doc_write_json(d, MINS_JSON_PRETTY, sb_write, out);
    break;
  case OUT_JSONL:
    mins_doc_write_json(d, 0, sb_write, out);
    sb_add(out, "\n", 1);
    break;
  default:
    summary(out, d);
  }
  mins_doc_free(d);
  return status;
}

/* ---- rules: the command line, configuration files, --list-rules ---------- */

/* --disable and --enable, in order, replayed after every file's settings. */
typedef struct cli_rule {
  char *name;
  int level;
} cli_rule;

struct setup_rules {
  cli_rule *cli;
  size_t ncli;
  const char *config; /* --config FILE */
  int no_config;
  /* configurations made so far, by folder */
  char **dirs;
  mins_rules **made;
  size_t nmade;
  mins_rules *plain; /* no file found: the command line alone */
  /* the folder of the last file as written, and its configuration: files
   * come folder by folder, and realpath costs a system call a component */
  char *last_dir;
  const mins_rules *last;
};
typedef struct setup_rules setup_rules;

static void add_cli_rules(setup_rules *sr, const char *list, int level) {
  char *copy = xstrdup(list);
  for (char *save = NULL, *t = strtok_r(copy, ",", &save); t;
       t = strtok_r(NULL, ",", &save)) {
    while (*t == ' ')
      t++;
    mins_rules *probe;
    if (mins_rules_new(&probe) != MINS_OK)
      cmd_oom();
    int rc = mins_rules_set(probe, NULL, t, level);
    mins_rules_free(probe);
    if (rc == MINS_ENOTFOUND) {
      const char *best = mins_rule_suggest(t);
      if (best)
        cmd_usage_error("no rule or family '%s' (did you mean '%s'?)", t, best);
      cmd_usage_error("no rule or family '%s' (see --list-rules)", t);
    }
    sr->cli = xrealloc(sr->cli, (sr->ncli + 1) * sizeof(cli_rule));
    sr->cli[sr->ncli].name = xstrdup(t);
    sr->cli[sr->ncli].level = level;
    sr->ncli++;
  }
  free(copy);
}

/* How a configuration file found by the walk up is named in messages:
 * relative to the working folder when it is below it. */
static const char *shown(const char *path) {
  static char cwd[PATH_MAX];
  if (path[0] != '/' || !getcwd(cwd, sizeof cwd))
    return path;
  size_t n = strlen(cwd);
  if (n > 1 && strncmp(path, cwd, n) == 0 && path[n] == '/')
    return path + n + 1;
  return path;
}

/* Read one configuration file into r; problems are printed and end the
 * program with 2, as a bad option would. Returns 0, or -1 if the file
 * does not exist. */
static int load_config(mins_rules *r, const char *path, int must) {
  char *buf;
  size_t len;
  if (cmd_read(path, (size_t)1 << 20, &buf, &len) != 0) {
    if (!must && errno == ENOENT)
      return -1;
    cmd_error("%s: %s", shown(path), strerror(errno));
    exit(EXIT_TROUBLE);
  }
  int rc = mins_rules_load(r, shown(path), buf, len);
  free(buf);
  if (rc == MINS_ENOMEM)
    cmd_oom();
  if (rc) {
    for (size_t i = 0; i < mins_rules_diag_count(r); i++)
      cmd_print_diag(stderr, shown(path), mins_rules_diag(r, i), 0);
    exit(EXIT_TROUBLE);
  }
  return 0;
}

static mins_rules *with_cli(setup_rules *sr, mins_rules *r) {
  if (!r && mins_rules_new(&r) != MINS_OK)
    cmd_oom();
  for (size_t i = 0; i < sr->ncli; i++)
    if (mins_rules_set(r, NULL, sr->cli[i].name, sr->cli[i].level) ==
        MINS_ENOMEM)
      cmd_oom();
  return r;
}

static const mins_rules *rules_for_dir(setup_rules *sr, const char *path);

/* The configuration for the files of one folder: the .minscheck files from
 * the folder up to the root (or to one that says root = true), the
 * farthest first, then the command line. NULL when there is nothing. */
static const mins_rules *rules_for(setup_rules *sr, const char *path) {
  if (sr->config || sr->no_config) {
    if (!sr->plain && (sr->config || sr->ncli)) {
      mins_rules *r;
      if (mins_rules_new(&r) != MINS_OK)
        cmd_oom();
      if (sr->config)
        load_config(r, sr->config, 1);
      sr->plain = with_cli(sr, r);
    }
    return sr->plain;
  }
  const char *base = strrchr(path, '/');
  size_t dl = base ? (size_t)(base - path) : 0;
  if (sr->last_dir && strcmp(path, "-") != 0 && strlen(sr->last_dir) == dl &&
      strncmp(sr->last_dir, path, dl) == 0)
    return sr->last;
  const mins_rules *r = rules_for_dir(sr, path);
  free(sr->last_dir);
  sr->last_dir = NULL;
  if (strcmp(path, "-") != 0) {
    sr->last_dir = xmalloc(dl + 1);
    memcpy(sr->last_dir, path, dl);
    sr->last_dir[dl] = '\0';
    sr->last = r;
  }
  return r;
}

/* rules_for without the cache of the last folder. */
static const mins_rules *rules_for_dir(setup_rules *sr, const char *path) {
  /* the folder, made absolute so that the walk up can reach the root */
  char dir[PATH_MAX];
  if (strcmp(path, "-") == 0) {
    if (!getcwd(dir, sizeof dir))
      return NULL;
  } else {
    char *copy = xstrdup(path);
    char *slash = strrchr(copy, '/');
    if (slash)
      *(slash == copy ? slash + 1 : slash) = '\0';
    if (!realpath(slash ? copy : ".", dir)) {
      free(copy);
      return NULL;
    }
    free(copy);
  }
  for (size_t i = 0; i < sr->nmade; i++)
    if (strcmp(sr->dirs[i], dir) == 0)
      return sr->made[i];
  /* the files, nearest first */
  char **found = NULL;
  size_t nfound = 0;
  char at[PATH_MAX];
  snprintf(at, sizeof at, "%s", dir);
  for (;;) {
    char file[PATH_MAX + 16];
    snprintf(file, sizeof file, "%s%s" CONFIG_NAME, at,
             strcmp(at, "/") == 0 ? "" : "/");
    mins_rules *probe;
    if (mins_rules_new(&probe) != MINS_OK)
      cmd_oom();
    if (load_config(probe, file, 0) == 0) {
      found = xrealloc(found, (nfound + 1) * sizeof(char *));
      found[nfound++] = xstrdup(file);
    }
    int root = mins_rules_root(probe);
    mins_rules_free(probe);
    char *slash = strrchr(at, '/');
    if (root || !slash || strcmp(at, "/") == 0)
      break;
    if (slash == at)
      at[1] = '\0';
    else
      *slash = '\0';
  }
  mins_rules *r = NULL;
  if (nfound) {
    if (mins_rules_new(&r) != MINS_OK)
      cmd_oom();
    for (size_t i = nfound; i-- > 0;)
      load_config(r, found[i], 1);
    r = with_cli(sr, r);
  } else if (sr->ncli) {
    if (!sr->plain)
      sr->plain = with_cli(sr, NULL);
    r = sr->plain;
  }
  for (size_t i = 0; i < nfound; i++)
    free(found[i]);
  free(found);
  sr->dirs = xrealloc(sr->dirs, (sr->nmade + 1) * sizeof(char *));
  sr->made = xrealloc(sr->made, (sr->nmade + 1) * sizeof(mins_rules *));
  sr->dirs[sr->nmade] = xstrdup(dir);
  sr->made[sr->nmade] = r;
  sr->nmade++;
  return r;
}

/* cmd_walk_first's visit: the configuration of path's folder made. */
static void make_rules(const char *path, void *payload) {
  rules_for(payload, path);
}

static void setup_rules_free(setup_rules *sr) {
  for (size_t i = 0; i < sr->nmade; i++) {
    if (sr->made[i] != sr->plain)
      mins_rules_free(sr->made[i]);
    free(sr->dirs[i]);
  }
  mins_rules_free(sr->plain);
  free(sr->last_dir);
  free(sr->dirs);
  free(sr->made);
  for (size_t i = 0; i < sr->ncli; i++)
    free(sr->cli[i].name);
  free(sr->cli);
}

static int write_stdout(const char *data, size_t len, void *payload) {
  (void)payload;
  return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}

/* A JSON string: quotes, backslashes and control characters escaped. */
static void json_str(const char *s) {
  putchar('"');
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      printf("\\%c", c);
    else if (c < 0x20)
      printf("\\u%04x", c);
    else
      putchar(c);
  }
  putchar('"');
}

static void list_rules(int format) {
  for (size_t i = 0; i < mins_rule_count(); i++) {
    const mins_rule_info *r = mins_rule_at(i);
    const char *when = r->check ? "check" : "parse";
    if (format == FMT_JSON) {
      static const char *const keys[] = {"id", "severity", "family", "when",
                                         "summary"};
      const char *vals[] = {r->id, mins_severity_name(r->severity), r->family,
                            when, r->summary};
      for (int k = 0; k < 5; k++) {
        printf("%s\"%s\":", k ? "," : "{", keys[k]);
        json_str(vals[k]);
      }
      puts("}");
    } else {
      printf("%-26s %-7s %-12s %-5s %s\n", r->id,
             mins_severity_name(r->severity), r->family, when, r->summary);
    }
  }
}

int main(int argc, char **argv) {
  cmd_init(argv[0], "mins-parse", usage_text);
  opts op;
  memset(&op, 0, sizeof op);
  op.out = OUT_SUMMARY;
  op.format = FMT_GCC;
  setup_rules sr = {0};
  cmd_options co = CMD_OPTIONS_INIT;
  int out_given = 0, want_list = 0;
  enum {
    O_JSON = 256,
    O_JSONL,
    O_SUMMARY,
    O_CHECK,
    O_LIST_RULES,
    O_DISABLE,
    O_ENABLE,
    O_FORMAT,
    O_CONFIG,
    O_NO_CONFIG
  };
  static const struct option longopts[] = {
      CMD_OUTPUT_LONGOPTS,
      CMD_READING_LONGOPTS,
      CMD_WERROR_LONGOPTS,
      CMD_INFO_LONGOPTS,
      {"check", no_argument, NULL, O_CHECK},
      {"list-rules", no_argument, NULL, O_LIST_RULES},
      {"disable", required_argument, NULL, O_DISABLE},
      {"enable", required_argument, NULL, O_ENABLE},
      {"format", required_argument, NULL, O_FORMAT},
      {"config", required_argument, NULL, O_CONFIG},
      {"no-config", no_argument, NULL, O_NO_CONFIG},
      {"json", no_argument, NULL, O_JSON},
      {"jsonl", no_argument, NULL, O_JSONL},
      {"summary", no_argument, NULL, O_SUMMARY},
      {NULL, 0, NULL, 0}};
  int c;
  while ((c = cmd_getopt(argc, argv, ":o:qj:WhV", longopts)) != -1) {
    switch (c) {
    case O_JSON:
      op.out = OUT_JSON;
      out_given = 1;
      break;
    case O_JSONL:
      op.out = OUT_JSONL;
      out_given = 1;
      break;
    case O_SUMMARY:
      op.out = OUT_SUMMARY;
      out_given = 1;
      break;
    case O_CHECK:
      op.check = 1;
      break;
    case O_LIST_RULES:
      want_list = 1;
      break;
    case O_DISABLE:
      add_cli_rules(&sr, optarg, MINS_RULE_OFF);
      break;
    case O_ENABLE:
      add_cli_rules(&sr, optarg, MINS_RULE_DEFAULT);
      break;
    case O_FORMAT:
      op.format = cmd_word_arg("--format", optarg, format_names);
      break;
    case O_CONFIG:
      sr.config = optarg;
      break;
    case O_NO_CONFIG:
      sr.no_config = 1;
      break;
    default:
      cmd_option(&co, c);
    }
  }
  op.quiet = co.quiet;
  op.werror = co.werror;
  op.max_bytes = co.setup.max_bytes;
  if (op.format != FMT_GCC && out_given)
    cmd_usage_error("--format=%s writes the diagnostics on standard output; "
                    "it does not go with --json, --jsonl or --summary",
                    format_names[op.format]);
  if (sr.config && sr.no_config)
    cmd_usage_error("--config and --no-config do not go together");
  op.colour = cmd_colour(2, co.colour);
  if (cmd_output(co.output) != 0)
    return EXIT_TROUBLE;
  if (want_list) {
    list_rules(op.format);
    setup_rules_free(&sr);
    return fclose(stdout) == 0 ? EXIT_OK : EXIT_TROUBLE;
  }
  /* a check prints its findings, not the records, unless asked to */
  if ((op.check && !out_given) || op.format != FMT_GCC)
    op.out = OUT_NONE;
  pathlist files = {0};
  cmd_walk *walk = NULL;
  size_t nfiles = 0;
  int errs = 0;
  op.sr = &sr;
  pthread_mutex_init(&op.mu, NULL);
  if (op.format == FMT_SARIF) {
    /* one log of every file's results, in order: a list, and each file's
     * configuration, made before the workers start */
    errs = cmd_collect(&files, argv + optind, argc - optind);
    nfiles = files.n;
    if (files.n) {
      op.rules = xmalloc(files.n * sizeof(mins_rules *));
      for (size_t i = 0; i < files.n; i++)
        op.rules[i] = rules_for(&sr, files.v[i]);
    }
    op.sarif = calloc(files.n ? files.n : 1, sizeof(sbuf));
    if (!op.sarif)
      cmd_oom();
  } else {
    /* a first walk tells what cannot be read and makes the folders'
     * configurations (a bad one ends the program), before any output, as
     * a list made first would; the second gives the files to read, one at
     * a time: no list, so that memory does not grow with the files */
    nfiles =
        cmd_walk_first(argv + optind, argc - optind, &errs, make_rules, &sr);
    walk = cmd_walk_new(argv + optind, argc - optind, 1);
  }
  int rc = walk ? cmd_run_walk(walk, nfiles, co.jobs, &co.setup, one, &op)
                : cmd_run(&files, co.jobs, &co.setup, one, &op);
  cmd_walk_free(walk);
  pthread_mutex_destroy(&op.mu);
  if (op.format == FMT_SARIF) {
    /* one log: the results of every file, in order, joined by commas */
    int first = 1;
    mins_sarif_begin("mins-parse", write_stdout, NULL);
    for (size_t i = 0; i < files.n; i++) {
      const char *p = op.sarif[i].s;
      while (p && *p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (!first)
          fputs(",\n", stdout);
        fwrite(p, 1, n, stdout);
        first = 0;
        p += n + (nl ? 1 : 0);
      }
      sb_free(&op.sarif[i]);
    }
    if (!first)
      fputs("\n", stdout);
    mins_sarif_end(write_stdout, NULL);
    free(op.sarif);
  }
  free(op.rules);
  setup_rules_free(&sr);
  pathlist_free(&files);
  if (errs && rc < EXIT_TROUBLE)
    rc = EXIT_TROUBLE;
  if (fclose(stdout) != 0) {
    cmd_error("write error: %s", strerror(errno));
    return EXIT_TROUBLE;
  }
  return rc;
}
