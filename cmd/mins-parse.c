/* SPDX-License-Identifier: MIT */
/*
 * mins-parse: read minutes and print what was found in them: a summary for
 * people, or the mins/1 JSON contract (--json, --jsonl) for programs.
 * Problems found while reading are printed as diagnostics on stderr.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

enum { OUT_SUMMARY, OUT_JSON, OUT_JSONL };

typedef struct opts {
  int out;
  int quiet;
  int colour;
  int werror;
  size_t max_bytes; /* read no more: /dev/zero must not fill the memory */
} opts;

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
    "      --jsonl           the mins/1 JSON object of each file, one per line\n"
    "  -o, --output=FILE     write to FILE instead of standard output\n"
    "  -q, --quiet           do not print diagnostics on standard error\n"
    "      --color[=WHEN]    colour diagnostics: auto (default), always, never\n"
    "\n"
    "Reading:\n"
    "      --patterns=FILE   replace pattern families from FILE (see mins(5))\n"
    "      --no-infer        do not infer actions from sentences\n"
    "      --max-size=BYTES  largest file read (default 256 MiB)\n"
    "  -j, --jobs=N          files read in parallel (default: the cores)\n"
    "  -W, --werror          exit 1 on warnings too\n"
    "\n"
    "  -h, --help            print this help and exit\n"
    "  -V, --version         print the version and exit\n"
    "\n"
    "Exit status: 0 if every file was read without an error diagnostic,\n"
    "1 if a file has an error (or a warning with --werror), 2 if a file\n"
    "could not be read or the usage was wrong.\n";

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
  if (m->title.value && (!m->committee.value ||
                         strcmp(m->title.value, m->committee.value) != 0))
    sb_printf(o, "  Title:     %s\n", m->title.value);
  sb_printf(o, "  Date:      %s", m->date.value ? m->date.value
                                                : "(not stated)");
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
  static const char *const label[] = {"Present", "In attendance",
                                      "Apologies", "Absent"};
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
  sb_printf(o, "  Items %zu, resolutions %zu, actions %zu, reviews of earlier "
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
      sb_printf(o, "      resolution [%s] %s\n",
                mins_outcome_name(r->outcome), r->text);
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
                r->ref         ? r->ref
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
  const opts *op = payload;
  const char *name = cmd_display_name(path);
  char *buf;
  size_t len;
  (void)index;
  (void)err;
  if (cmd_read(path, op->max_bytes, &buf, &len) != 0) {
    /* stderr directly: the runner prints err after out, but errors of
     * reading need no order */
    if (errno == EFBIG)
      fprintf(stderr, "%s: %s: larger than %zu bytes (--max-size)\n", prog,
              name, op->max_bytes);
    else
      fprintf(stderr, "%s: %s: %s\n", prog, name, strerror(errno));
    return EXIT_TROUBLE;
  }
  mins_doc *d = NULL;
  int rc = mins_parser_parse(&d, p, name, buf, len);
  free(buf);
  int status = EXIT_OK;
  size_t nd = d ? mins_doc_diag_count(d) : mins_parser_diag_count(p);
  for (size_t i = 0; i < nd; i++) {
    const mins_diag *g = d ? mins_doc_diag(d, i) : mins_parser_diag(p, i);
    if (g->severity == MINS_ERROR ||
        (op->werror && g->severity == MINS_WARNING))
      status = EXIT_FAIL;
    if (!op->quiet) {
      /* into the err buffer so that messages keep the files' order */
      char *mb = NULL;
      size_t ml = 0;
      FILE *mf = open_memstream(&mb, &ml);
      if (mf) {
        cmd_print_diag(mf, name, g, op->colour);
        fclose(mf);
        sb_add(err, mb, ml);
        free(mb);
      }
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

int main(int argc, char **argv) {
  cmd_init(argv[0], "mins-parse");
  opts op = {OUT_SUMMARY, 0, 0, 0, (size_t)256 << 20};
  parse_setup setup = {0};
  const char *output = NULL, *colour = "auto";
  int jobs = 0;
  enum { O_JSON = 256, O_JSONL, O_SUMMARY, O_PATTERNS, O_NOINFER, O_MAXSIZE,
         O_COLOR };
  static const struct option longopts[] = {
      {"json", no_argument, NULL, O_JSON},
      {"jsonl", no_argument, NULL, O_JSONL},
      {"summary", no_argument, NULL, O_SUMMARY},
      {"output", required_argument, NULL, 'o'},
      {"quiet", no_argument, NULL, 'q'},
      {"color", optional_argument, NULL, O_COLOR},
      {"colour", optional_argument, NULL, O_COLOR},
      {"patterns", required_argument, NULL, O_PATTERNS},
      {"no-infer", no_argument, NULL, O_NOINFER},
      {"max-size", required_argument, NULL, O_MAXSIZE},
      {"jobs", required_argument, NULL, 'j'},
      {"werror", no_argument, NULL, 'W'},
      {"strict", no_argument, NULL, 'W'},
      {"help", no_argument, NULL, 'h'},
      {"version", no_argument, NULL, 'V'},
      {NULL, 0, NULL, 0}};
  opterr = 0;
  int c;
  while ((c = getopt_long(argc, argv, ":o:qj:WhV", longopts, NULL)) != -1) {
    switch (c) {
    case O_JSON:
      op.out = OUT_JSON;
      break;
    case O_JSONL:
      op.out = OUT_JSONL;
      break;
    case O_SUMMARY:
      op.out = OUT_SUMMARY;
      break;
    case 'o':
      output = optarg;
      break;
    case 'q':
      op.quiet = 1;
      break;
    case O_COLOR:
      colour = optarg ? optarg : "always";
      if (strcmp(colour, "auto") && strcmp(colour, "always") &&
          strcmp(colour, "never"))
        cmd_usage_error("--color takes auto, always or never, not '%s'",
                        colour);
      break;
    case O_PATTERNS:
      setup.patterns = optarg;
      break;
    case O_NOINFER:
      setup.no_infer = 1;
      break;
    case O_MAXSIZE: {
      char *end;
      unsigned long long v = strtoull(optarg, &end, 10);
      if (*end || v == 0)
        cmd_usage_error("--max-size takes a number of bytes, not '%s'",
                        optarg);
      setup.max_bytes = (size_t)v;
      op.max_bytes = (size_t)v;
      break;
    }
    case 'j': {
      char *end;
      long v = strtol(optarg, &end, 10);
      if (*end || v < 1 || v > 64)
        cmd_usage_error("--jobs takes a number from 1 to 64, not '%s'",
                        optarg);
      jobs = (int)v;
      break;
    }
    case 'W':
      op.werror = 1;
      break;
    case 'h':
      fputs(usage_text, stdout);
      return EXIT_OK;
    case 'V':
      cmd_version();
      return EXIT_OK;
    case ':':
      cmd_usage_error("option '%s' needs a value", argv[optind - 1]);
      break;
    default:
      cmd_usage_error("unknown option '%s'", argv[optind - 1]);
    }
  }
  op.colour = cmd_colour(2, colour);
  if (output && !freopen(output, "w", stdout)) {
    cmd_error("%s: %s", output, strerror(errno));
    return EXIT_TROUBLE;
  }
  pathlist files = {0};
  int errs = cmd_collect(&files, argv + optind, argc - optind);
  int rc = files.n ? cmd_run(&files, jobs ? jobs : cmd_default_jobs(), &setup,
                             one, &op)
                   : EXIT_OK;
  pathlist_free(&files);
  if (errs && rc < EXIT_TROUBLE)
    rc = EXIT_TROUBLE;
  if (fclose(stdout) != 0) {
    cmd_error("write error: %s", strerror(errno));
    return EXIT_TROUBLE;
  }
  return rc;
}
