/* SPDX-License-Identifier: MIT */
/*
 * Declarations shared by the library's stages: the arena, growable arrays,
 * the document under construction, the flat list of text blocks the body
 * walk produces, and each stage's entry point. Nothing here is public.
 */
#ifndef MINS_INTERNAL_H
#define MINS_INTERNAL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mins.h"

#define MINS_NONE ((size_t)-1)

#if defined(__GNUC__)
#define MINS_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define MINS_PRINTF(a, b)
#endif

/* ---- arena.c: bump allocation, freed in one step ---------------------- */

typedef struct mins__chunk mins__chunk;
typedef struct mins__arena {
  mins__chunk *head;
  int failed; /* an allocation failed: the result is unusable */
} mins__arena;

void *mins__alloc(mins__arena *a, size_t size); /* zeroed, 8-aligned */
/* p (old bytes from the arena, or NULL) made size bytes long: in place when
 * it is the arena's last allocation and there is room, else a copy (the
 * old one stays until the arena goes). Not cleared; NULL on failure. */
void *mins__realloc(mins__arena *a, void *p, size_t old, size_t size);
char *mins__strndup(mins__arena *a, const char *s, size_t n);
char *mins__strdup(mins__arena *a, const char *s);
char *mins__printf(mins__arena *a, const char *fmt, ...) MINS_PRINTF(2, 3);
char *mins__vprintf(mins__arena *a, const char *fmt, va_list ap)
    MINS_PRINTF(2, 0);
void mins__arena_reset(mins__arena *a); /* keeps the first chunk */
void mins__arena_free(mins__arena *a);

/* A growable array in an arena: grows by doubling, the old copy is left in
 * the arena (amortised, freed with it). */
typedef struct mins__vec {
  void *data;
  size_t len, cap;
} mins__vec;

void *mins__vec_push(mins__arena *a, mins__vec *v, size_t elem);
#define VEC_PUSH(a, v, T) ((T *)mins__vec_push((a), (v), sizeof(T)))
#define VEC_AT(v, T, i) (((T *)(v).data)[i])

/* A string builder in malloc'd memory (for text that is copied later). */
typedef struct mins__buf {
  char *s;
  size_t len, cap;
  int failed;
} mins__buf;

void mins__buf_add(mins__buf *b, const char *s, size_t n);
void mins__buf_addc(mins__buf *b, char c);
void mins__buf_free(mins__buf *b);

/* ---- text.c: small string helpers (ASCII-case, UTF-8 aware trims) ---- */

/* ASCII white space (inline: asked of byte after byte). */
static inline int mins__is_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
const char *mins__skip_space(const char *s, const char *end);
/* The end of the run of PCRE2 blanks (\s: no NBSP) at s[p], s of n bytes. */
static inline size_t mins__blanks_end(const char *s, size_t n, size_t p) {
  while (p < n && mins__is_space((unsigned char)s[p]))
    p++;
  return p;
}
/* Trim spaces, tabs, newlines, NBSP and trailing punctuation in `strip`. */
void mins__trim(const char **s, size_t *n, const char *strip);
/* Copy collapsing runs of white space into one space; trims. */
char *mins__clean(mins__arena *a, const char *s, size_t n);
/* ASCII lower case, never the locale's. */
static inline int mins__lower(int c) {
  return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}
/* a is b, case aside (NULL only equals NULL). Inline, as mins__nieq. */
static inline int mins__ieq(const char *a, const char *b) {
  if (!a || !b)
    return a == b;
  while (*a && mins__lower((unsigned char)*a) == mins__lower((unsigned char)*b))
    a++, b++;
  return *a == *b;
}
/* a[0..an) is b, case aside. Inline: the extractors call it at every word
 * of every paragraph, most calls fail on the first byte, and a literal b
 * folds the strlen of mins__istarts away. */
static inline int mins__nieq(const char *a, size_t an, const char *b) {
  for (size_t i = 0; i < an; i++)
    if (!b[i] ||
        mins__lower((unsigned char)a[i]) != mins__lower((unsigned char)b[i]))
      return 0;
  return b[an] == '\0';
}
/* s[0..n) starts with prefix, case aside. */
static inline int mins__istarts(const char *s, size_t n, const char *prefix) {
  size_t k = strlen(prefix);
  return k <= n && mins__nieq(s, k, prefix);
}
/* Case-insensitive ASCII search. */
const char *mins__istr(const char *s, size_t n, const char *needle);
size_t mins__edit_distance(const char *a, const char *b, size_t cap);
/* Has s[0..n) an ASCII letter? A reference with letters ("FA-25-08",
 * "AP12") names one action across a committee's meetings (lib/text.c). */
int mins__has_letter(const char *s, size_t n);
/* The content words of a task, four letters of each (lib/text.c). */
int mins__task_word(const char *t, size_t n, size_t *i, char w[5]);
/* How many of the content words of a[0..an) occur in b[0..bn); *words is
 * how many a has. */
size_t mins__words_found(const char *a, size_t an, const char *b, size_t bn,
                         size_t *words);
/* Uppercase ASCII letters make up most of the letters. */
int mins__mostly_upper(const char *s, size_t n);
/* Sentence bounds in running text, past abbreviations ("e.g.", "Cllr.")
 * and initials ("J. Smith"): the start of the sentence holding k (not
 * before from), and the end (past its full stop) of the one holding k. */
size_t mins__sentence_start(const char *t, size_t from, size_t k);
size_t mins__sentence_end(const char *t, size_t n, size_t k);
/* Pipe tables, which CommonMark leaves as paragraph text: a row's cells
 * (trimmed). Returns the number of cells, 0 if the line is not a row, -1
 * for the |---|---| line under a header. */
typedef struct mins__cell {
  const char *s;
  size_t n;
} mins__cell;
int mins__table_row(const char *line, size_t n, mins__cell *cells, int max);
/* Does a block's text hold a table: a header row, then a separator? */
int mins__is_table(const char *t, size_t n);
/* "SAFER CITY" -> "Safer City" for display, keeping short words lower. */
char *mins__title_case(mins__arena *a, const char *s, size_t n);

/* ---- utf8.c ----------------------------------------------------------- */

/* Return the offset of the first invalid UTF-8 sequence, or len. */
size_t mins__utf8_check(const char *s, size_t len);
/* Copy with invalid sequences replaced by U+FFFD; calls bad() on each. */
char *mins__utf8_repair(mins__arena *a, const char *s, size_t len,
                        size_t *outlen, size_t *nbad, size_t *first_bad);

/* ---- diag.c ------------------------------------------------------------ */

typedef struct mins__diags {
  mins__vec v; /* of mins_diag */
} mins__diags;

void mins__diag(mins__arena *a, mins__diags *d, const char *rule, unsigned line,
                unsigned col, const char *hint, const char *fmt, ...)
    MINS_PRINTF(7, 8);
void mins__vdiag(mins__arena *a, mins__diags *d, const char *rule,
                 unsigned line, unsigned col, const char *hint, const char *fmt,
                 va_list ap) MINS_PRINTF(7, 0);

/* ---- patterns.c: the PCRE2 pattern sets -------------------------------- */

typedef enum mins__family {
  PAT_ITEM_NUMBER,    /* "4.", "Item 4 –", "17.1", "4a)" */
  PAT_MINUTE_NUMBER,  /* "203/18" */
  PAT_RESOLUTION,     /* "Resolved, that", "RESOLVED –", "Agreed:" */
  PAT_RES_LABEL,      /* "Resolution:", "RESOLUTION #2:", "Decision:" */
  PAT_VOTE,           /* "proposed by ..., seconded by ..., all in favour" */
  PAT_ACTION_MARKER,  /* "(3)", "( $\frac{6}{6}$ )" */
  PAT_ACTION_LABEL,   /* "ACTION:", "Action #2:", "Action 4.1:" */
  PAT_ACTION_SENT,    /* "The Clerk agreed to ...": an inferred action */
  PAT_OWNER,          /* the owner in an action's sentence */
  PAT_PEOPLE_PRESENT, /* headings/labels */
  PAT_PEOPLE_ATTEND,
  PAT_PEOPLE_APOL,
  PAT_PEOPLE_ABSENT,
  PAT_ACTION_HEAD,   /* "Action items", "Actions" */
  PAT_REVIEW_HEAD,   /* "Outstanding actions", "Matters arising" */
  PAT_STATUS,        /* "Completed", "Closed", "Ongoing", "Withdrawn" */
  PAT_DUE,           /* "by the next meeting", "by 30 June 2019" */
  PAT_BODY_DECISION, /* "The Board APPROVED", "The PCC agreed to" */
  PAT_FAMILY_COUNT
} mins__family;

typedef struct mins__patterns mins__patterns;
typedef struct mins__match_t {
  size_t start, end;     /* whole match */
  size_t gs[16], ge[16]; /* group k at [k]; MINS_NONE if unset */
  int rc;                /* PCRE2 return; < 0 on no match or error */
} mins__match_t;
#define MATCHED(m, k) ((m).gs[k] != MINS_NONE)
#define GLEN(m, k) ((m).ge[k] - (m).gs[k])

int mins__patterns_new(mins__patterns **out, int nojit);
void mins__patterns_free(mins__patterns *p);
int mins__patterns_set(mins__patterns *p, mins__family f, const char *pat,
                       size_t *erroff, char *err, size_t errlen);
const char *mins__patterns_get(const mins__patterns *p, mins__family f);
/* 1 while a family has its built-in pattern: the stages may then skip
 * text that cannot match it by a cheap test (never for a user's pattern) */
int mins__patterns_default(const mins__patterns *p, mins__family f);
/* First byte (after blanks) is one of the ASCII letters in set, in either
 * case. */
int mins__starts_with_any(const char *s, size_t n, const char *set);
int mins__family_by_name(const char *name);
const char *mins__family_name(size_t i);
/* Match the section families (review, action items, apologies, absent,
 * attendance, present) at once: the family that matched, -1 for none, -2
 * when a family was replaced (then match them one by one). */
int mins__match_section(mins__patterns *p, const char *s, size_t n,
                        mins__match_t *m);
/* 0 when the default section families cannot match s[0..n) (a necessary
 * condition, for a fast path while they are the defaults). */
int mins__section_may_open(const char *s, size_t n);
/* 0 when the default item-number pattern cannot match s[0..n). */
int mins__item_number_may_open(const char *s, size_t n);
/* Match family f against s[0..n) from offset start. 1 found, 0 none,
 * negative on a PCRE2 error (match limit). */
int mins__match(mins__patterns *p, mins__family f, const char *s, size_t n,
                size_t start, mins__match_t *m);
/* Match f's default pattern at offset `at` only (anchored): one step of a
 * search that the caller runs over the offsets where a match can start.
 * g: "\G" holds at `at` (the offset the search starts from). 1 found, 0
 * none, -1 on a PCRE2 error, -2 when f is not its default (or the copy
 * could not be compiled): then search with mins__match. */
int mins__match_anchored(mins__patterns *p, mins__family f, const char *s,
                         size_t n, size_t at, int g, mins__match_t *m);

/* ---- blocks: the body as a flat list ----------------------------------- */

typedef enum mins__block_kind {
  BLK_HEADING,
  BLK_PARA,
  BLK_HTML,  /* an HTML block */
  BLK_BREAK, /* a thematic break */
  BLK_CODE
} mins__block_kind;

typedef struct mins__seg {
  size_t off;         /* offset in the block text */
  unsigned line, col; /* where that text starts in the file */
} mins__seg;

typedef struct mins__block {
  mins__block_kind kind;
  int level;         /* heading level, 0 otherwise */
  int list_depth;    /* lists around it */
  int ordered;       /* innermost list is ordered */
  long list_number;  /* its list item's number (ordered), else 0 */
  int first_in_item; /* first block of its list item */
  int list_first;    /* first item of its list */
  int list_len;      /* entries in its innermost list */
  int task;          /* -1 no, 0 "[ ]", 1 "[x]" */
  int quote_depth;
  int bold_only;      /* the whole paragraph is strong/emphasis */
  size_t lead_strong; /* length of text in a leading strong span */
  int has_html;       /* inline HTML inside */
  unsigned html_line, html_col;
  char *text; /* plain text; breaks as '\n' */
  size_t len;
  mins__seg *segs;
  size_t nsegs;
  unsigned line, col, end_line;
  size_t item; /* index of the item it belongs to */
  int used;    /* taken as a record, a title or furniture */
  int section; /* SEC_*: the heading or label it stands under */
  int role;    /* ROLE_* */
  size_t body; /* offset in text where the content starts (after
                  an item number and title, or a label) */
  unsigned kw; /* KW_*: words the text holds, found in one pass */
} mins__block;

/* Words the stages look for in every paragraph, found once per block. */
enum {
  KW_DECLAR = 1u << 0,   /* "declar..." */
  KW_SECOND = 1u << 2,   /* "second..." */
  KW_RESOLVED = 1u << 3, /* "resolved" */
  KW_ACTION = 1u << 4,   /* "action" */
  KW_UNANIM = 1u << 5,   /* "unanimous..." */
  KW_APOLOG = 1u << 6    /* "apolog..." */
};
unsigned mins__keywords(const char *t, size_t n);

/* What a block stands under. */
enum {
  SEC_NONE = 0,
  SEC_TITLE, /* before the first item: the meeting's heading area */
  SEC_PRESENT,
  SEC_ATTEND,
  SEC_APOL,
  SEC_ABSENT,
  SEC_AGENDA,
  SEC_ACTIONS,  /* "Action items" */
  SEC_REVIEW,   /* "Outstanding actions", "Matters arising" */
  SEC_SUMMARY,  /* a closing list of resolutions or actions */
  SEC_DECISIONS /* "Decisions", "Resolutions": each entry a decision */
};

/* What a block is. */
enum {
  ROLE_TEXT = 0,
  ROLE_ITEM,     /* opens an item */
  ROLE_SECTION,  /* a heading or label that opens a section */
  ROLE_LABEL,    /* "Present: A, B" - a label with its content */
  ROLE_FURNITURE /* page furniture, attribute lines, "Minutes:" */
};

/* ---- config.c: rule configurations, read by check.c ------------------- */

typedef struct mins__pos {
  unsigned line, col;
} mins__pos;

#define MINS__RULES_MAX 96 /* rows of the table in diag.c, with room */

/* The configuration in force for one document. */
typedef struct mins__levels {
  signed char level[MINS__RULES_MAX]; /* MINS_RULE_OFF or a severity */
  const char *style;                  /* resolution-formula, or NULL */
  const char *quorum;                 /* quorum, or NULL */
} mins__levels;

/* Resolve r (NULL: the defaults) for a document of this committee. */
void mins__rules_levels(const mins_rules *r, const char *committee,
                        mins__levels *out);
/* Index of a rule in the table, or -1. */
int mins__rule_index(const char *id);
/* A quorum, "3" or "1/3" of `members`: 0 and *need (if not NULL) set, or -1
 * if the value is not one (or is a fraction of no members). */
int mins__quorum(const char *v, size_t members, int *need);

/* ---- the document under construction ----------------------------------- */

typedef struct mins__fm_action {
  const char *ref, *number, *owner, *due, *status, *note;
  unsigned line, column;
} mins__fm_action;

struct mins_doc {
  mins__arena arena;
  char *name;
  char *src;
  size_t len;
  size_t *line_off; /* start offset of each line, 0-based index */
  size_t nlines;
  unsigned body_line;
  size_t body_off;
  int has_fm;
  mins_meeting meeting;
  mins__vec people[MINS_LIST_COUNT]; /* mins_person */
  mins__vec items;                   /* mins_item */
  mins__vec resolutions;             /* mins_resolution */
  mins__vec actions;                 /* mins_action */
  mins__vec mentions;                /* mins__vec per action */
  mins__vec reviews;                 /* mins_review */
  mins__vec decls;                   /* mins_declaration */
  mins__vec extra_keys;              /* const char * */
  mins__vec extra_vals;              /* mins_value */
  mins__vec fm_actions;              /* mins__fm_action */
  mins__vec exempt;                  /* const char * item numbers */
  mins__diags diags;
  int decl_none;
  unsigned decl_none_line;
  mins__vec html; /* mins__pos: inline HTML and HTML blocks, for the checks */
};

/* The state of one parse, shared by the stages. */
typedef struct mins__ctx {
  mins_doc *doc;
  mins_parser *parser;
  mins__patterns *pat;
  mins__arena *scratch; /* freed after the parse */
  mins__vec blocks;     /* mins__block */
  unsigned flags;
  unsigned max_depth;
} mins__ctx;

struct mins_parser {
  mins_parse_options opts;
  mins__patterns *pat;
  mins__arena scratch;
  mins__arena diag_arena;
  mins__diags diags;
};

/* Position of byte offset k of a block's text in the file. */
void mins__block_pos(const mins__ctx *c, const mins__block *b, size_t k,
                     unsigned *line, unsigned *col);
/* Byte offset of a 1-based line in the source. */
/* The line and column (from 1) of a byte offset of the source; col may
 * be NULL. */
void mins__offset_pos(const mins_doc *d, size_t off, unsigned *line,
                      unsigned *col);
size_t mins__line_offset(const mins_doc *d, unsigned line);

void mins__doc_diag(mins__ctx *c, const char *rule, unsigned line, unsigned col,
                    const char *hint, const char *fmt, ...) MINS_PRINTF(6, 7);

/* ---- the stages ------------------------------------------------------- */

/* frontmatter.c: find, parse and apply the front matter. Sets body_off and
 * body_line. */
int mins__frontmatter(mins__ctx *c);
/* body.c: cmark parse and the walk into c->blocks. */
int mins__body_blocks(mins__ctx *c);
/* items.c: find agenda items, set each block's item. */
int mins__items(mins__ctx *c);
mins_item_kind mins__item_kind(const char *title);
/* The pairs of letters side by side in low (lower case, n bytes), as bits
 * of bg; then does low (NUL-terminated) hold needle (of two letters a-z
 * first, at least)? strstr is asked only when the needle's first two
 * letters stand together in low: for titles, most needles' do not. */
void mins__letter_pairs(const char *low, size_t n, uint64_t bg[11]);
int mins__has_word(const char *low, const uint64_t bg[11], const char *needle);
/* meeting.c: committee, title, date, time, place, end time from the text. */
int mins__meeting_text(mins__ctx *c);
/* people.c */
int mins__people(mins__ctx *c);
/* Parse one person's text into a record (name, title, honours, role,
 * organisation); returns 0 if no name was found. */
/* 1 where s opens with the '@' of a mention of a display name ("@Maya
 * Chen"), which is no part of the name; 0 otherwise (a handle such as
 * "@maria.k" is the name). */
size_t mins__mention(const char *s, size_t n);
int mins__person_parse(mins__arena *a, const char *s, size_t n,
                       mins_person *out);
/* Split a run of names ("A, B and C", run-on lines) into people. */
int mins__people_split(mins__ctx *c, const mins__block *b, size_t from,
                       size_t to, mins_list list, unsigned flags);
mins_person *mins__person_add(mins__ctx *c, mins_list list);
int mins__declarations(mins__ctx *c);
/* resolutions.c */
/* Does a paragraph open with a resolution's formula ("Resolved, that")? */
int mins__opens_resolution(mins__ctx *c, const char *t, size_t n, unsigned kw);
int mins__resolutions(mins__ctx *c);
/* What the first line of t is in a motion: 0 text, 1 its opening ("Moved:
 * Cr Chen", "Motion by Smith"), 2 its seconder, 3 its result ("CARRIED"),
 * 4 a lost result ("LOST", "Motion failed"). */
int mins__motion_line(const char *t, size_t n);
mins_outcome mins__outcome(const char *text, size_t n, const char **cond,
                           size_t *condlen);
/* actions.c */
int mins__actions(mins__ctx *c);
int mins__actions_finish(mins__ctx *c);
/* dates.c */
/* Find a date in s; on success write "YYYY-MM-DD" to iso (11 bytes) and
 * the span. year_hint is used when the text has none (0: required). */
int mins__find_date(const char *s, size_t n, int year_hint, char iso[11],
                    size_t *start, size_t *end);
/* The whole of s (trimmed) is a date. */
int mins__parse_date(const char *s, size_t n, int year_hint, char iso[11]);
int mins__find_time(const char *s, size_t n, char hhmm[6], size_t *start,
                    size_t *end);
int mins__iso_valid(const char *s);
/* s opens a slash date whose numbers both fit a month ("3/12/2025"): day
 * first or month first, the text alone cannot say. */
int mins__slash_ambiguous(const char *s, size_t n);
/* The order the slash dates of a text settle: 'd' where one can only be
 * day first ("17/11/2014"), 'm' where one can only be month first
 * ("2/24/2025"), 0 where none does or they disagree. */
int mins__slash_order(const char *s, size_t n);
/* 0 = Monday .. 6 = Sunday, from an ISO date; -1 if invalid. */
int mins__weekday(const char *iso);
int mins__weekday_name(const char *s, size_t n); /* -1 if not a weekday */
int mins__month_name(const char *s, size_t n);   /* 1..12, or 0 */
/* Resolve a due phrase relative to the meeting date. */
int mins__due_date(const char *phrase, size_t n, const char *meeting,
                   char iso[11]);
/* Days since 1970-01-01 of a valid ISO date, else LONG_MIN; and back. */
long mins__iso_days(const char *iso);
void mins__days_iso(long days, char iso[11]);
/* write_json.c: one diagnostic object and a newline, as in the mins/1
 * "diagnostics" array (write_diags.c writes them on their own). */
int mins__diag_write_json(const char *file, const mins_diag *g,
                          mins_write_fn write, void *payload);
/* write_diags.c: a jansson string of s (null for NULL), bad UTF-8 bytes
 * replaced by U+FFFD. */
struct json_t;
struct json_t *mins__jansson_str(const char *s);

#endif
