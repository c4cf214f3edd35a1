/* SPDX-License-Identifier: MIT */
/*
 * What the mins-* programs share: messages in one format, reading files and
 * walking directories in a stable order, colour only on a terminal, and a
 * runner that processes files on several threads and prints their output
 * in the order given.
 */
#ifndef MINS_CMD_COMMON_H
#define MINS_CMD_COMMON_H

#include <getopt.h>
#include <stddef.h>
#include <stdio.h>

#include <mins.h>

/* Exit codes, the same for every program (grep's). */
enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_TROUBLE = 2 };

extern const char *prog; /* the program's name, set by cmd_init */

/* printf checking of the message helpers (clang's -Wformat-nonliteral
 * wants it on anything that passes a format on) */
#if defined(__GNUC__)
#define CMD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CMD_PRINTF(a, b)
#endif

/* name: the program's, for messages; usage: its --help text. */
void cmd_init(const char *argv0, const char *name, const char *usage);
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

/* The same walk one file at a time, for a program that reads each file as
 * the walk reaches it and so keeps no list: the memory it takes is the
 * directories open, not the files. Errors are printed as cmd_collect
 * prints them, unless quiet (a second walk of operands a first one
 * checked). */
typedef struct cmd_walk cmd_walk;
cmd_walk *cmd_walk_new(char **args, int nargs, int quiet);
/* The next file's path (the caller frees it), or NULL at the end. */
char *cmd_walk_next(cmd_walk *w);
/* The errors met so far (printed unless quiet). */
int cmd_walk_errors(const cmd_walk *w);
void cmd_walk_free(cmd_walk *w); /* NULL ok */
/* A first walk, for a program that reads the files in a second one: its
 * errors printed (before any output, as cmd_collect's), visit (unless
 * NULL) called on each file's path. Returns the number of files; *errs
 * is the number of errors. */
size_t cmd_walk_first(char **args, int nargs, int *errs,
                      void (*visit)(const char *path, void *payload),
                      void *payload);

/* Read a whole file ("-": stdin). 0 or -1 with errno set. */
int cmd_read(const char *path, size_t max, char **buf, size_t *len);
/* How a file is named in messages: "<stdin>" for "-". */
const char *cmd_display_name(const char *path);

/* Print a diagnostic as "prog: file:line:col: severity: message [rule]". */
void cmd_print_diag(FILE *f, const char *file, const mins_diag *g, int colour);
/* The same into a buffer, so that messages keep the files' order. */
void cmd_format_diag(sbuf *b, const char *file, const mins_diag *g, int colour);

/* What reading minutes is set up with: --patterns, --no-infer, --max-size.
 * max_bytes also bounds cmd_read_minutes, so that /dev/zero or a huge file
 * is refused before it fills the memory, not after. */
typedef struct parse_setup {
  const char *patterns; /* --patterns FILE */
  int no_infer;
  size_t max_bytes;
} parse_setup;
/* The default of --max-size: 256 MiB, the parser's own. */
#define CMD_MAX_SIZE ((size_t)256 << 20)
/* 1 when the environment says MINS_NO_JIT=1: match without PCRE2's JIT,
 * for valgrind. */
int cmd_no_jit(void);

/* Make a parser from the setup; prints and returns NULL on failure. */
mins_parser *cmd_parser(const parse_setup *s);

/* Read path for parsing, at most max bytes: 0, or -1 with
 * "prog: file: reason" added to err. */
int cmd_read_minutes(const char *path, size_t max, char **buf, size_t *len,
                     sbuf *err);

/* ---- options every program shares ---------------------------------------
 *
 * Reading: --patterns=FILE, --no-infer, --max-size=BYTES, -j/--jobs=N;
 * output: -o/--output=FILE, -q/--quiet, --color[=WHEN]; -W/--werror for the
 * programs that count warnings; -h/--help and -V/--version. A program puts
 * the groups it has in its getopt_long table, reads its command line with
 * cmd_getopt, handles its own options in a switch and hands every other
 * value to cmd_option. So the programs take these options, word their bad
 * values and exit on them in one way. */
typedef struct cmd_options {
  parse_setup setup;
  int jobs;           /* -j: 0 until given, for one thread a core */
  const char *colour; /* --color: "auto", "always" or "never" */
  const char *output; /* -o */
  int quiet;          /* -q */
  int werror;         /* -W */
} cmd_options;
#define CMD_OPTIONS_INIT                                                       \
  { {NULL, 0, CMD_MAX_SIZE}, 0, "auto", NULL, 0, 0 }

/* getopt_long values of the shared options without a letter; above the
 * programs' own (256 on). --help has one too: mins-grep's -h is grep's
 * --no-filename. */
enum {
  CMD_OPT_PATTERNS = 0x1000,
  CMD_OPT_NO_INFER,
  CMD_OPT_MAX_SIZE,
  CMD_OPT_COLOR,
  CMD_OPT_HELP
};
/* The groups' entries of a getopt_long table. */
/* clang-format off */
#define CMD_READING_LONGOPTS                                  \
  {"patterns", required_argument, NULL, CMD_OPT_PATTERNS},    \
  {"no-infer", no_argument, NULL, CMD_OPT_NO_INFER},          \
  {"max-size", required_argument, NULL, CMD_OPT_MAX_SIZE},    \
  {"jobs", required_argument, NULL, 'j'}
#define CMD_COLOR_LONGOPTS                                    \
  {"color", optional_argument, NULL, CMD_OPT_COLOR},          \
  {"colour", optional_argument, NULL, CMD_OPT_COLOR}
#define CMD_OUTPUT_LONGOPTS                                   \
  {"output", required_argument, NULL, 'o'},                   \
  {"quiet", no_argument, NULL, 'q'},                          \
  CMD_COLOR_LONGOPTS
#define CMD_WERROR_LONGOPTS                                   \
  {"werror", no_argument, NULL, 'W'},                         \
  {"strict", no_argument, NULL, 'W'}
#define CMD_INFO_LONGOPTS                                     \
  {"help", no_argument, NULL, CMD_OPT_HELP},                  \
  {"version", no_argument, NULL, 'V'}
/* clang-format on */

/* Their lines of --help, where a program words them as the others do
 * (man/mins-*.1 say the same: tests/check/help-man.cmake). */
#define CMD_HELP_OUTPUT                                                        \
  "  -o, --output=FILE     write to FILE instead of standard output\n"
#define CMD_HELP_QUIET                                                         \
  "  -q, --quiet           do not print diagnostics on standard error\n"
#define CMD_HELP_COLOR                                                         \
  "      --color[=WHEN]    colour diagnostics: auto (default), always, "       \
  "never\n"
#define CMD_HELP_PATTERNS                                                      \
  "      --patterns=FILE   replace pattern families from FILE (see mins(5))\n"
#define CMD_HELP_NO_INFER                                                      \
  "      --no-infer        do not infer actions from sentences\n"
#define CMD_HELP_MAX_SIZE                                                      \
  "      --max-size=BYTES  largest file read (default 256 MiB)\n"
#define CMD_HELP_JOBS                                                          \
  "  -j, --jobs=N          files read in parallel (default: the cores)\n"
#define CMD_HELP_WERROR "  -W, --werror          exit 1 on warnings too\n"
#define CMD_HELP_HELP "  -h, --help            print this help and exit\n"
#define CMD_HELP_VERSION "  -V, --version         print the version and exit\n"

/* getopt_long with messages of our own (opterr off); shortopts must start
 * with ':' so that a missing value is told from an unknown option. */
int cmd_getopt(int argc, char **argv, const char *shortopts,
               const struct option *longopts);
/* Handle c, a value of cmd_getopt that the program does not handle itself:
 * set o from a shared option, print --help (the text given to cmd_init)
 * or the version and exit 0, or end with a usage error (exit 2) on a bad
 * or missing value or an unknown option. */
void cmd_option(cmd_options *o, int c);

/* A usage error about a value: "prog: OPT takes WANT, not 'VALUE'" and the
 * Try line; exits 2. */
void cmd_bad_value(const char *opt, const char *want, const char *value);
/* The value of a numeric option, from min to max; anything else (a sign,
 * a space, a unit) is a bad value. */
long cmd_number_arg(const char *opt, const char *arg, long min, long max);
/* The value of an option that takes one of words (NULL-terminated): its
 * index. Anything else is a bad value, and the message lists the words. */
int cmd_word_arg(const char *opt, const char *arg, const char *const *words);

/* -o FILE of a program that writes one stream: FILE becomes standard
 * output (NULL: it stays). 0, or -1 with the error printed. */
int cmd_output(const char *path);

/* Run fn over files on `jobs` threads (0: one a core); output buffers are
 * printed to stdout in input order. fn returns an exit status; the worst is
 * returned, and EXIT_OK for no files. */
typedef int (*cmd_file_fn)(mins_parser *p, const char *path, size_t index,
                           sbuf *out, sbuf *err, void *payload);
int cmd_run(const pathlist *files, int jobs, const parse_setup *setup,
            cmd_file_fn fn, void *payload);
/* The same over the files of a walk, each read as the walk reaches it (the
 * walk is read on one thread at a time, in order); n, the number of files
 * a first walk found, sizes the threads. */
int cmd_run_walk(cmd_walk *walk, size_t n, int jobs, const parse_setup *setup,
                 cmd_file_fn fn, void *payload);

#endif
