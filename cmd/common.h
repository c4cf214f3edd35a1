/* SPDX-License-Identifier: MIT */
/*
 * What the mins-* programs share: messages in one format, reading files and
 * walking directories in a stable order, colour only on a terminal, and a
 * runner that processes files on several threads and prints their output
 * in the order given.
 */
#ifndef MINS_CMD_COMMON_H
#define MINS_CMD_COMMON_H

#include <stddef.h>
#include <stdio.h>

#include <mins.h>

/* Exit codes, the same for every program (grep's). */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_TROUBLE = 2 };

extern const char *prog; /* set from argv[0]'s base name by cmd_init */

/* printf checking of the message helpers (clang's -Wformat-nonliteral
 * wants it on anything that passes a format on) */
#if defined(__GNUC__)
#define CMD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CMD_PRINTF(a, b)
#endif

void cmd_init(const char *argv0, const char *name);
/* "prog: message" on stderr. */
void cmd_error(const char *fmt, ...) CMD_PRINTF(1, 2);
/* "prog: unknown option '--x'" and the Try line; exits 2. */
void cmd_usage_error(const char *fmt, ...) CMD_PRINTF(1, 2);
/* Out of memory in a program: message and exit 2. */
void cmd_oom(void);
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* Print the version line: "prog (mins) X.Y.Z". */
void cmd_version(void);

/* A string buffer in memory. */
typedef struct sbuf {
  char *s;
  size_t len, cap;
} sbuf;
void sb_add(sbuf *b, const char *s, size_t n);
void sb_puts(sbuf *b, const char *s);
void sb_printf(sbuf *b, const char *fmt, ...) CMD_PRINTF(2, 3);
void sb_free(sbuf *b);
/* A mins_write_fn into an sbuf. */
int sb_write(const char *data, size_t len, void *payload);

/* Colour: 1 if stdout (or stderr, for fd 2) is a terminal and NO_COLOR is
 * unset and TERM is not "dumb". mode: "auto", "always", "never". */
int cmd_colour(int fd, const char *mode);

/* Collect input paths: files as given, directories walked recursively for
 * *.md, *.markdown and *.txt in sorted order, "-" for stdin. Returns the
 * number of errors (printed). */
typedef struct pathlist {
  char **v;
  size_t n, cap;
} pathlist;
int cmd_collect(pathlist *out, char **args, int nargs);
void pathlist_free(pathlist *l);

/* Read a whole file ("-": stdin). 0 or -1 with errno set. */
int cmd_read(const char *path, size_t max, char **buf, size_t *len);
/* How a file is named in messages: "<stdin>" for "-". */
const char *cmd_display_name(const char *path);

/* Print a diagnostic as "prog: file:line:col: severity: message [rule]". */
void cmd_print_diag(FILE *f, const char *file, const mins_diag *g, int colour);
/* The same into a buffer, so that messages keep the files' order. */
void cmd_format_diag(sbuf *b, const char *file, const mins_diag *g, int colour);

/* Options every program shares for parsing. */
typedef struct parse_setup {
  const char *patterns; /* --patterns FILE */
  int no_infer;
  size_t max_bytes;
} parse_setup;
/* 1 when the environment says MINS_NO_JIT=1: match without PCRE2's JIT,
 * for valgrind. */
int cmd_no_jit(void);
/* getopt_long values of the reading options programs share: --color,
 * --patterns, --no-infer, --max-size (and 'j' for -j/--jobs). */
enum {
  CMD_OPT_COLOR = 1000,
  CMD_OPT_PATTERNS,
  CMD_OPT_NOINFER,
  CMD_OPT_MAXSIZE
};
/* Their entries of a getopt_long table, with -q, -W, -h and -V. */
/* clang-format off */
#define CMD_COMMON_LONGOPTS                                   \
  {"quiet", no_argument, NULL, 'q'},                          \
  {"color", optional_argument, NULL, CMD_OPT_COLOR},          \
  {"colour", optional_argument, NULL, CMD_OPT_COLOR},         \
  {"patterns", required_argument, NULL, CMD_OPT_PATTERNS},    \
  {"no-infer", no_argument, NULL, CMD_OPT_NOINFER},           \
  {"max-size", required_argument, NULL, CMD_OPT_MAXSIZE},     \
  {"jobs", required_argument, NULL, 'j'},                     \
  {"werror", no_argument, NULL, 'W'},                         \
  {"strict", no_argument, NULL, 'W'},                         \
  {"help", no_argument, NULL, 'h'},                           \
  {"version", no_argument, NULL, 'V'}
/* clang-format on */
/* Their lines of --help. */
#define CMD_COMMON_HELP                                                        \
  "Reading:\n"                                                                 \
  "      --patterns=FILE   replace pattern families from FILE (see mins(5))\n" \
  "      --no-infer        do not infer actions from sentences\n"              \
  "      --max-size=BYTES  largest file read (default 256 MiB)\n"              \
  "  -j, --jobs=N          files read in parallel (default: the cores)\n"      \
  "  -W, --werror          exit 1 on warnings too\n"                           \
  "\n"                                                                         \
  "  -h, --help            print this help and exit\n"                         \
  "  -V, --version         print the version and exit\n"
/* Handle option c of getopt_long (optstring starting with ':') if it is
 * one of those, or -h (print usage, exit 0), -V (exit 0), a missing value
 * or an unknown option (exit 2): sets the setup, *colour or *jobs, exits 2
 * on a bad value. */
void cmd_common_option(int c, char **argv, const char *usage,
                       parse_setup *setup, const char **colour, int *jobs);

/* Make a parser from the setup; prints and returns NULL on failure. */
mins_parser *cmd_parser(const parse_setup *s);

/* The options of every program that reads minutes: --color[=WHEN],
 * --patterns=FILE, --no-infer, --max-size=BYTES and -j/--jobs=N. Put
 * CMD_READING_OPTIONS in the getopt_long table; cmd_reading_option handles
 * c if it is one of them (a bad value is a usage error: exit 2) and
 * returns 1, else returns 0. */
enum { CMD_O_COLOR = 0x10000, CMD_O_PATTERNS, CMD_O_NOINFER, CMD_O_MAXSIZE };
#define CMD_READING_OPTIONS                                                    \
  {"color", optional_argument, NULL, CMD_O_COLOR},                             \
      {"colour", optional_argument, NULL, CMD_O_COLOR},                        \
      {"patterns", required_argument, NULL, CMD_O_PATTERNS},                   \
      {"no-infer", no_argument, NULL, CMD_O_NOINFER},                          \
      {"max-size", required_argument, NULL, CMD_O_MAXSIZE}, {                  \
    "jobs", required_argument, NULL, 'j'                                       \
  }
int cmd_reading_option(int c, const char *arg, parse_setup *setup,
                       const char **colour, int *jobs);

/* Run fn over files on `jobs` threads; output buffers are printed to
 * stdout in input order. fn returns an exit status; the worst is
 * returned. */
typedef int (*cmd_file_fn)(mins_parser *p, const char *path, size_t index,
                           sbuf *out, sbuf *err, void *payload);
int cmd_run(const pathlist *files, int jobs, const parse_setup *setup,
            cmd_file_fn fn, void *payload);
int cmd_default_jobs(void);

/* Values of options every program shares; a bad value is a usage error
 * (exit 2). --color[=WHEN] (NULL: "always"), --max-size=BYTES, -j N. */
const char *cmd_colour_arg(const char *arg);
size_t cmd_size_arg(const char *arg);
int cmd_jobs_arg(const char *arg);

#endif
