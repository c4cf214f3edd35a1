/* SPDX-License-Identifier: MIT */
/*
 * The action tracker: actions followed across the meetings of committees.
 * mins_tracker_add copies from each document only what tracking needs (the
 * committee and date, the actions with their mentions, the reviews of
 * earlier actions), so that a document is freed at once and memory grows
 * with the actions, not with the files: a meeting without records costs
 * about a hundred bytes. mins_tracker_finish groups the meetings into
 * committees, orders each committee's meetings by date and walks them in order:
 * an action is opened by its meeting, carried by later listings and reviews,
 * and closed by a review that says done or dropped. "By the next meeting"
 * becomes the date of the committee's next meeting in the set. The rules
 * are documented in mins-actions(1); this file is their one implementation.
 */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "internal.h"
#include "tracker.h"

#define NO_DAY INT32_MIN
#define NO_NAME UINT32_MAX

/* ---- dates as day numbers ---------------------------------------------- */

/* Meetings keep their date as a day number: four bytes, and ordered. */
int32_t mins__track_day(const char *iso) {
  long z = mins__iso_days(iso);
  return z == LONG_MIN || z < INT32_MIN + 1 || z > INT32_MAX ? NO_DAY
                                                             : (int32_t)z;
}

/* ---- growable arrays in malloc'd memory --------------------------------- */

/* The big arrays live outside the arena: an arena keeps every old copy of a
 * growing array, which would double what the tracker holds. pp points to
 * the array's pointer (of any type: copied as bytes, not aliased). */
static int reserve(int *failed, void *pp, size_t n, size_t *cap, size_t elem) {
  if (*failed)
    return 0;
  if (n < *cap)
    return 1;
  void *p;
  memcpy(&p, pp, sizeof p);
  size_t c = *cap ? *cap * 2 : 64;
  void *q = c <= SIZE_MAX / elem ? realloc(p, c * elem) : NULL;
  if (!q) {
    *failed = 1;
    return 0;
  }
  *cap = c;
  memcpy(pp, &q, sizeof q);
  return 1;
}

/* A zeroed new last element of arr, or NULL with t->failed set. */
#define PUSH(t, arr, n, cap)                                                   \
  (reserve(&(t)->failed, &(arr), (n), &(cap), sizeof(*(arr)))                  \
       ? (memset(&(arr)[(n)], 0, sizeof(*(arr))), &(arr)[(n)++])               \
       : NULL)

/* ---- a string map: key -> index ---------------------------------------- */

typedef struct smap {
  const char **keys;
  size_t *vals;
  size_t cap, len;
} smap;

static uint64_t hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ull;
  }
  return h;
}

/* The slot of key (found or empty). The map keeps at most half full. */
static size_t smap_slot(const smap *m, const char *k, size_t n) {
  size_t i = (size_t)hash(k, n) & (m->cap - 1);
  while (m->keys[i] &&
         (strncmp(m->keys[i], k, n) != 0 || m->keys[i][n] != '\0'))
    i = (i + 1) & (m->cap - 1);
  return i;
}

static size_t smap_get(const smap *m, const char *k, size_t n) {
  if (!m->cap)
    return MINS_NONE;
  size_t i = smap_slot(m, k, n);
  return m->keys[i] ? m->vals[i] : MINS_NONE;
}

/* Set key (copied into a) to v. Returns 0, or -1 out of memory. */
static int smap_put(smap *m, mins__arena *a, const char *k, size_t n,
                    size_t v) {
  if ((m->len + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    smap nm = {calloc(cap, sizeof(char *)), calloc(cap, sizeof(size_t)), cap,
               0};
    if (!nm.keys || !nm.vals) {
      free(nm.keys);
      free(nm.vals);
      return -1;
    }
    for (size_t i = 0; i < m->cap; i++)
      if (m->keys[i]) {
        size_t j = smap_slot(&nm, m->keys[i], strlen(m->keys[i]));
        nm.keys[j] = m->keys[i];
        nm.vals[j] = m->vals[i];
      }
    nm.len = m->len;
    free(m->keys);
    free(m->vals);
    *m = nm;
  }
  size_t i = smap_slot(m, k, n);
  if (!m->keys[i]) {
    m->keys[i] = mins__strndup(a, k, n);
    if (!m->keys[i])
      return -1;
    m->len++;
  }
  m->vals[i] = v;
  return 0;
}

static void smap_free(smap *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

/* ---- the tracker --------------------------------------------------------- */

typedef struct meeting {
  int32_t day;
  uint32_t series;    /* index of its series (directory + name stem) */
  uint32_t name;      /* committee name as the document gives it */
  uint32_t committee; /* after finish */
  uint32_t ordinal;   /* 1-based within its committee, after finish */
  uint32_t dup;       /* 2, 3... for further meetings of one date */
  uint8_t name_fm;    /* the name is from the front matter */
  uint8_t skip;       /* undated or read twice: not tracked */
  uint8_t named_day;  /* the date is the file name's */
  uint64_t file_hash; /* to notice a file read twice */
  const char *file;   /* NULL for a meeting without records */
  const char *date;   /* ISO, made when needed */
  size_t act_first, act_count;
  size_t rev_first, rev_count;
} meeting;

typedef struct mention {
  const char *item, *text;
  unsigned line, column;
} mention;

typedef struct review {
  const char *ref_date, *ref_number, *note, *text, *item;
  mins_status status;
  mins_origin origin;
  unsigned line, column;
} review;

typedef struct action {
  mins_tracked pub;
  size_t meeting;   /* MINS_NONE: known from reviews only */
  size_t target;    /* the earlier action this one lists again */
  size_t men_first; /* its mentions in the same meeting */
  size_t men_count;
  int32_t open_day;
  uint32_t open_ord, last_ord, closed_ord;
  uint32_t committee;
} action;

typedef struct event {
  size_t action;
  mins_event e;
} event;

typedef struct series {
  const char *stem; /* file name without digits and month names */
  const char *dir;
} series;

typedef struct tdiag {
  mins_diag d;
  const char *file;
} tdiag;

typedef struct committee {
  mins_committee pub;
  size_t first, count; /* its meetings in t->bycomm */
  int offset_known;    /* "4.1" is meeting 4 + offset's first action */
  long offset;
} committee;

struct mins_tracker {
  mins_tracker_options opts;
  mins__arena arena;
  int failed, finished;
  meeting *m;
  size_t nm, cm;
  action *a;
  size_t na, ca;
  mention *men;
  size_t nmen, cmen;
  review *rev;
  size_t nrev, crev;
  event *ev;
  size_t nev, cev;
  series *ser;
  size_t nser, cser;
  const char **names;
  size_t nnames, cnames;
  tdiag *dg;
  size_t ndg, cdg;
  smap name_map, series_map, strings;
  /* after finish */
  committee *comm;
  size_t ncomm, ccomm;
  size_t *bycomm; /* meeting indices grouped by committee, in date order */
  size_t *order;  /* actions in meeting order */
  size_t norder;
  mins_event *events;
};

static void tdiag_add(mins_tracker *t, const char *file, const char *rule,
                      mins_severity sev, unsigned line, unsigned col,
                      const char *fmt, ...) MINS_PRINTF(7, 8);

static void tdiag_add(mins_tracker *t, const char *file, const char *rule,
                      mins_severity sev, unsigned line, unsigned col,
                      const char *fmt, ...) {
  tdiag *g = PUSH(t, t->dg, t->ndg, t->cdg);
  if (!g)
    return;
  va_list ap;
  va_start(ap, fmt);
  g->d.message = mins__vprintf(&t->arena, fmt, ap);
  va_end(ap);
  if (!g->d.message)
    g->d.message = "";
  g->d.rule = rule;
  g->d.severity = sev;
  g->d.line = line;
  g->d.column = col;
  g->file = file;
}

int mins_tracker_new(mins_tracker **out, const mins_tracker_options *opts) {
  if (!out)
    return MINS_EINVAL;
  *out = NULL;
  if (opts && (opts->version != MINS_TRACKER_OPTIONS_VERSION ||
               (unsigned)opts->name_dates > MINS_NAME_DATES_NONE))
    return MINS_EINVAL;
  mins_tracker *t = calloc(1, sizeof(mins_tracker));
  if (!t)
    return MINS_ENOMEM;
  mins_tracker_options def = MINS_TRACKER_OPTIONS_INIT;
  t->opts = opts ? *opts : def;
  *out = t;
  return MINS_OK;
}

void mins_tracker_free(mins_tracker *t) {
  if (!t)
    return;
  free(t->m);
  free(t->a);
  free(t->men);
  free(t->rev);
  free(t->ev);
  free(t->ser);
  free(t->names);
  free(t->dg);
  free(t->comm);
  free(t->bycomm);
  free(t->order);
  free(t->events);
  smap_free(&t->name_map);
  smap_free(&t->series_map);
  smap_free(&t->strings);
  mins__arena_free(&t->arena);
  free(t);
}

/* One copy of a string that recurs (owners, item titles, due phrases). */
static const char *intern(mins_tracker *t, const char *s) {
  if (!s)
    return NULL;
  size_t n = strlen(s);
  if (smap_get(&t->strings, s, n) == MINS_NONE &&
      smap_put(&t->strings, &t->arena, s, n, 0) != 0) {
    t->failed = 1;
    return NULL;
  }
  return t->strings.keys[smap_slot(&t->strings, s, n)];
}

static const char *copy(mins_tracker *t, const char *s) {
  const char *c = mins__strdup(&t->arena, s);
  if (s && !c)
    t->failed = 1;
  return c;
}

/* ---- slugs, series and dates from file names ----------------------------- */

char *mins__track_slug(mins__arena *a, const char *s) {
  size_t n = strlen(s);
  char *o = mins__alloc(a, n + 1);
  if (!o)
    return NULL;
  size_t k = 0;
  int dash = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && k)
        o[k++] = '-';
      o[k++] = (char)c;
      dash = 0;
    } else if (c >= 'A' && c <= 'Z') {
      if (dash && k)
        o[k++] = '-';
      o[k++] = (char)(c + 32);
      dash = 0;
    } else {
      dash = 1;
    }
  }
  o[k] = '\0';
  return o;
}

static int is_digit(char c) {
  return c >= '0' && c <= '9';
}

static int is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void split_path(const char *path, const char **base, size_t *dirlen) {
  const char *sl = strrchr(path, '/');
  *base = sl ? sl + 1 : path;
  *dirlen = sl ? (size_t)(sl - path) : 0;
}

/* 2 if s starts with an ordinal's letters ("14th", "1st"), else 0. No
 * month name starts so, so they may always go with the number. */
static size_t ordinal(const char *s, size_t n) {
  if (n < 2)
    return 0;
  return mins__nieq(s, 2, "st") || mins__nieq(s, 2, "nd") ||
                 mins__nieq(s, 2, "rd") || mins__nieq(s, 2, "th")
             ? 2
             : 0;
}

/* The series of a file: its directory and its name without digits, month
 * names and the extension, so that "minutes_09May2024.md" and
 * "minutes_14Nov2024.md" in one folder are one series. */
static uint32_t series_of(mins_tracker *t, const char *path) {
  const char *base;
  size_t dl;
  split_path(path, &base, &dl);
  const char *dot = strrchr(base, '.');
  size_t bl = dot && dot != base ? (size_t)(dot - base) : strlen(base);
  mins__buf key = {0};
  mins__buf_add(&key, path, dl);
  mins__buf_addc(&key, '\0');
  size_t stem_at = key.len;
  for (size_t i = 0; i < bl;) {
    if (is_digit(base[i])) {
      size_t j = i;
      while (j < bl && is_digit(base[j]))
        j++;
      j += ordinal(base + j, bl - j); /* "14th": letters of the number */
      i = j;
    } else if (is_alpha(base[i])) {
      size_t j = i;
      while (j < bl && is_alpha(base[j]))
        j++;
      if (!(j - i >= 3 && mins__month_name(base + i, j - i)))
        mins__buf_add(&key, base + i, j - i);
      i = j;
    } else {
      mins__buf_addc(&key, base[i++]);
    }
  }
  if (key.failed) {
    mins__buf_free(&key);
    t->failed = 1;
    return 0;
  }
  /* the key holds a NUL between directory and stem: hash its bytes */
  mins__buf_addc(&key, '\x01');
  for (size_t i = 0; i < key.len; i++)
    if (key.s[i] == '\0')
      key.s[i] = '\x02';
  size_t idx = smap_get(&t->series_map, key.s, key.len);
  if (idx == MINS_NONE) {
    series *s = PUSH(t, t->ser, t->nser, t->cser);
    if (s) {
      s->dir = mins__strndup(&t->arena, path, dl);
      s->stem =
          mins__strndup(&t->arena, key.s + stem_at, key.len - stem_at - 1);
      idx = t->nser - 1;
      if (smap_put(&t->series_map, &t->arena, key.s, key.len, idx) != 0)
        t->failed = 1;
    } else {
      idx = 0;
    }
  }
  mins__buf_free(&key);
  return (uint32_t)idx;
}

static int digits(const char *s, size_t n, size_t i, size_t k, int *v) {
  if (i + k > n)
    return 0;
  int x = 0;
  for (size_t j = i; j < i + k; j++) {
    if (!is_digit(s[j]))
      return 0;
    x = x * 10 + (s[j] - '0');
  }
  if (i + k < n && is_digit(s[i + k]))
    return 0;
  *v = x;
  return 1;
}

static int32_t ymd(int y, int m, int d) {
  char iso[16];
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
    return NO_DAY;
  snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
  return mins__track_day(iso);
}

/* Six digits read as the caller says: YYMMDD, DDMMYY or MMDDYY, two-digit
 * years as POSIX strptime reads them (69-99: 19xx, 00-68: 20xx). */
static int32_t six_digits(long v, mins_name_dates how) {
  int a = (int)(v / 10000), b = (int)(v / 100 % 100), c = (int)(v % 100);
  int y = how == MINS_NAME_DATES_YMD ? a : c;
  y += y >= 69 ? 1900 : 2000;
  if (how == MINS_NAME_DATES_YMD)
    return ymd(y, b, c);
  return how == MINS_NAME_DATES_DMY ? ymd(y, b, a) : ymd(y, a, b);
}

/* A date the file name states without doubt: 2023-03-14, 2023_03_14,
 * 20230314, 14Mar2023, 9-May-2024, 14th_March_2024. Six-digit forms
 * (100707) only as the caller says: year first or day first cannot be
 * told from the name. */
static int32_t name_date(const char *path, mins_name_dates how) {
  if (how == MINS_NAME_DATES_NONE)
    return NO_DAY;
  const char *s;
  size_t dl;
  split_path(path, &s, &dl);
  size_t n = strlen(s);
  for (size_t i = 0; i < n; i++) {
    if (!is_digit(s[i]) || (i > 0 && is_digit(s[i - 1])))
      continue;
    int y, m, d;
    if (digits(s, n, i, 4, &y) && i + 10 <= n &&
        (s[i + 4] == '-' || s[i + 4] == '_' || s[i + 4] == '.') &&
        s[i + 7] == s[i + 4] && digits(s, n, i + 5, 2, &m) &&
        digits(s, n, i + 8, 2, &d))
      return ymd(y, m, d);
    if (digits(s, n, i, 8, &y))
      return ymd(y / 10000, y / 100 % 100, y % 100);
    if (how != MINS_NAME_DATES_SURE && digits(s, n, i, 6, &y))
      return six_digits(y, how);
    size_t k = i;
    while (k < n && is_digit(s[k]))
      k++;
    if (k - i > 2)
      continue;
    d = atoi(s + i);
    k += ordinal(s + k, n - k);
    while (k < n && (s[k] == '-' || s[k] == '_' || s[k] == ' ' || s[k] == '.'))
      k++;
    size_t w = k;
    while (w < n && is_alpha(s[w]))
      w++;
    m = w - k >= 3 ? mins__month_name(s + k, w - k) : 0;
    if (!m)
      continue;
    while (w < n && (s[w] == '-' || s[w] == '_' || s[w] == ' ' || s[w] == '.'))
      w++;
    if (digits(s, n, w, 4, &y))
      return ymd(y, m, d);
  }
  return NO_DAY;
}

/* ---- adding a document -------------------------------------------------- */

/* "4.1 CG to contact ..." or "4.1: ..." at the start of an unnumbered
 * action's words: the number a series gives it (science groups, W3C). */
static const char *lead_number(mins_tracker *t, const char *s) {
  size_t i = 0;
  while (is_digit(s[i]))
    i++;
  if (i == 0 || i > 3 || s[i] != '.' || !is_digit(s[i + 1]))
    return NULL;
  size_t j = i + 1;
  while (is_digit(s[j]))
    j++;
  if (j - i > 4 || !(s[j] == ' ' || s[j] == ':' || s[j] == ')'))
    return NULL;
  return intern(t, mins__strndup(&t->arena, s, j));
}

int mins_tracker_add(mins_tracker *t, const mins_doc *d) {
  if (!t || !d)
    return MINS_EINVAL;
  if (t->finished)
    return MINS_EINVAL;
  if (t->failed)
    return MINS_ENOMEM;
  const mins_meeting *mt = mins_doc_meeting(d);
  const char *file = mins_doc_name(d);
  if (!file)
    file = "";
  size_t na = mins_doc_action_count(d), nr = mins_doc_review_count(d);
  meeting *m = PUSH(t, t->m, t->nm, t->cm);
  if (!m)
    return MINS_ENOMEM;
  m->file_hash = hash(file, strlen(file));
  m->series = series_of(t, file);
  m->name = NO_NAME;
  if (mt->committee.value && *mt->committee.value) {
    const char *cn = mt->committee.value;
    size_t idx = smap_get(&t->name_map, cn, strlen(cn));
    if (idx == MINS_NONE) {
      const char **np = PUSH(t, t->names, t->nnames, t->cnames);
      if (np) {
        idx = t->nnames - 1;
        if (smap_put(&t->name_map, &t->arena, cn, strlen(cn), idx) != 0)
          t->failed = 1;
        else
          *np = t->name_map.keys[smap_slot(&t->name_map, cn, strlen(cn))];
      }
    }
    m = &t->m[t->nm - 1]; /* PUSH may have moved the array */
    m->name = idx == MINS_NONE ? NO_NAME : (uint32_t)idx;
    m->name_fm = mt->committee.origin == MINS_FROM_FRONT_MATTER;
  }
  m->day = mins__track_day(mt->date.value);
  if (m->day == NO_DAY && !mt->date_unknown) {
    m->day = name_date(file, t->opts.name_dates);
    m->named_day = m->day != NO_DAY;
  }
  if (na || nr) {
    m->file = copy(t, file);
    if (m->day != NO_DAY)
      m->date = copy(t, mt->date.value && mins__iso_valid(mt->date.value)
                            ? mt->date.value
                            : NULL);
  }
  m->act_first = t->na;
  m->rev_first = t->nrev;
  size_t mi = t->nm - 1;
  for (size_t i = 0; i < na; i++) {
    const mins_action *x = mins_doc_action(d, i);
    action *a = PUSH(t, t->a, t->na, t->ca);
    if (!a)
      return MINS_ENOMEM;
    a->meeting = mi;
    a->target = MINS_NONE;
    mins_tracked *p = &a->pub;
    p->number = intern(t, x->number);
    if (!p->number && x->text) {
      p->number = lead_number(t, x->text);
      for (size_t k = 0; p->number && k < na; k++)
        if (mins_doc_action(d, k)->number &&
            strcmp(mins_doc_action(d, k)->number, p->number) == 0)
          p->number = NULL; /* the meeting numbers another one so */
    }
    p->position = (unsigned)(i + 1);
    p->file = t->m[mi].file;
    p->line = x->line;
    p->column = x->column;
    p->item = intern(t, x->item);
    if (x->item_index != MINS_NONE && x->item_index < mins_doc_item_count(d))
      p->item_title = intern(t, mins_doc_item(d, x->item_index)->title);
    p->text = copy(t, x->text);
    p->owner = intern(t, x->owner);
    p->due = intern(t, x->due);
    p->due_text = intern(t, x->due_text);
    p->status = x->status;
    if (x->flags & MINS_ACTION_INFERRED)
      p->flags |= MINS_TRACKED_INFERRED;
    if (x->flags & MINS_ACTION_FM_OWNER)
      p->flags |= MINS_TRACKED_FM_OWNER;
    if (x->flags & MINS_ACTION_FM_DUE)
      p->flags |= MINS_TRACKED_FM_DUE;
    a->men_first = t->nmen;
    for (size_t k = 0; k < x->mention_count; k++) {
      mention *mn = PUSH(t, t->men, t->nmen, t->cmen);
      if (!mn)
        return MINS_ENOMEM;
      mn->item = intern(t, x->mentions[k].item);
      mn->text = copy(t, x->mentions[k].text);
      mn->line = x->mentions[k].line;
      mn->column = x->mentions[k].column;
    }
    t->a[t->na - 1].men_count = t->nmen - t->a[t->na - 1].men_first;
  }
  for (size_t i = 0; i < nr; i++) {
    const mins_review *x = mins_doc_review(d, i);
    review *r = PUSH(t, t->rev, t->nrev, t->crev);
    if (!r)
      return MINS_ENOMEM;
    r->ref_date = intern(t, x->ref_date);
    r->ref_number = intern(t, x->ref_number);
    r->note = copy(t, x->note);
    r->text = copy(t, x->text);
    r->item = intern(t, x->item);
    r->status = x->status;
    r->origin = x->origin;
    r->line = x->line;
    r->column = x->column;
  }
  m = &t->m[mi];
  m->act_count = t->na - m->act_first;
  m->rev_count = t->nrev - m->rev_first;
  return t->failed || t->arena.failed ? MINS_ENOMEM : MINS_OK;
}

/* ---- finishing: committees and their meetings ---------------------------- */

/* The meeting's date as ISO text, made the first time it is needed. */
static const char *meeting_date(mins_tracker *t, size_t mi) {
  meeting *m = &t->m[mi];
  if (!m->date && m->day != NO_DAY) {
    char iso[11];
    mins__days_iso(m->day, iso);
    m->date = intern(t, iso);
  }
  return m->date;
}

/* A stable merge sort of indices with a context: qsort has no payload
 * parameter, and a file-level context would make the library unsafe for
 * two trackers on two threads. Returns 0, or -1 out of memory. */
typedef int (*idx_cmp)(const void *ctx, size_t a, size_t b);

static void merge_pass(size_t *v, size_t *tmp, size_t lo, size_t hi,
                       idx_cmp cmp, const void *ctx) {
  if (hi - lo < 2)
    return;
  size_t mid = lo + (hi - lo) / 2;
  merge_pass(v, tmp, lo, mid, cmp, ctx);
  merge_pass(v, tmp, mid, hi, cmp, ctx);
  if (cmp(ctx, v[mid - 1], v[mid]) <= 0)
    return; /* already in order */
  size_t i = lo, j = mid, k = lo;
  while (i < mid && j < hi)
    tmp[k++] = cmp(ctx, v[j], v[i]) < 0 ? v[j++] : v[i++];
  while (i < mid)
    tmp[k++] = v[i++];
  while (j < hi)
    tmp[k++] = v[j++];
  memcpy(v + lo, tmp + lo, (hi - lo) * sizeof(size_t));
}

static int sort_idx(size_t *v, size_t n, idx_cmp cmp, const void *ctx) {
  if (n < 2)
    return 0;
  size_t *tmp = malloc(n * sizeof(size_t));
  if (!tmp)
    return -1;
  merge_pass(v, tmp, 0, n, cmp, ctx);
  free(tmp);
  return 0;
}

/* Meetings by series. */
static int by_series(const void *ctx, size_t i, size_t j) {
  const mins_tracker *t = ctx;
  uint32_t a = t->m[i].series, b = t->m[j].series;
  return a != b ? (a < b ? -1 : 1) : 0;
}

/* Meetings by committee, then date, then file (stable for any -j). */
static int by_committee(const void *ctx, size_t i, size_t j) {
  const mins_tracker *t = ctx;
  const meeting *a = &t->m[i], *b = &t->m[j];
  if (a->committee != b->committee)
    return a->committee < b->committee ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  if (a->file_hash != b->file_hash)
    return a->file_hash < b->file_hash ? -1 : 1;
  return i < j ? -1 : i > j;
}

/* The name most of the meetings idx[i..j) give (name[] per meeting), the
 * latest meeting's on a tie; *times gets how many give it. count, one per
 * name, comes zeroed and is left with each name's tally: untally() zeroes
 * it again. */
static uint32_t most_given(const mins_tracker *t, const uint32_t *name,
                           const size_t *idx, size_t i, size_t j,
                           uint32_t *count, uint32_t *times) {
  uint32_t best = NO_NAME, bestc = 0;
  int32_t bestday = INT32_MIN;
  for (size_t k = i; k < j; k++)
    if (name[idx[k]] != NO_NAME)
      count[name[idx[k]]]++;
  for (size_t k = i; k < j; k++) {
    uint32_t n = name[idx[k]];
    int32_t day = t->m[idx[k]].day;
    if (n != NO_NAME &&
        (count[n] > bestc || (count[n] == bestc && day > bestday))) {
      best = n;
      bestc = count[n];
      bestday = day;
    }
  }
  *times = bestc;
  return best;
}

static void untally(const uint32_t *name, const size_t *idx, size_t i, size_t j,
                    uint32_t *count) {
  for (size_t k = i; k < j; k++)
    if (name[idx[k]] != NO_NAME)
      count[name[idx[k]]] = 0;
}

/* Runs of idx[] whose meetings share key(): [i, *end). */
static size_t run_end(const mins_tracker *t, const size_t *idx, size_t i,
                      int by_committee) {
  size_t j = i;
  while (j < t->nm &&
         (by_committee ? t->m[idx[j]].committee == t->m[idx[i]].committee
                       : t->m[idx[j]].series == t->m[idx[i]].series))
    j++;
  return j;
}

/* The name each meeting is grouped under (kept in m->committee for now):
 * its own when its front matter gives it or when another meeting of its
 * series shares it; otherwise the name most of its series gives, so that
 * a folder of one committee's minutes stays one committee when one file
 * names it differently or not at all. */
static int choose_names(mins_tracker *t, size_t *idx, const uint32_t *name,
                        uint32_t *count) {
  for (size_t i = 0; i < t->nm; i++)
    idx[i] = i;
  if (sort_idx(idx, t->nm, by_series, t) != 0)
    return MINS_ENOMEM;
  for (size_t i = 0, j; i < t->nm; i = j) {
    j = run_end(t, idx, i, 0);
    uint32_t bestc, best = most_given(t, name, idx, i, j, count, &bestc);
    for (size_t k = i; k < j; k++) {
      meeting *m = &t->m[idx[k]];
      if (m->name != NO_NAME && (m->name_fm || count[m->name] >= 2))
        m->committee = m->name;
      else if (bestc >= 2)
        m->committee = best;
      else
        m->committee = m->name;
    }
    untally(name, idx, i, j, count);
  }
  return MINS_OK;
}

/* The slug a meeting's committee goes by: its name's, else its series'. */
static const char *slug_of(mins_tracker *t, const meeting *m) {
  const char *s = NULL;
  if (m->committee != NO_NAME)
    s = mins__track_slug(&t->arena, t->names[m->committee]);
  if (!s || !*s)
    s = mins__track_slug(&t->arena, t->ser[m->series].stem);
  if (!s || !*s) {
    const char *dir = t->ser[m->series].dir, *sl = strrchr(dir, '/');
    s = mins__track_slug(&t->arena, sl ? sl + 1 : dir);
  }
  if (!s || !*s)
    s = "unknown";
  return intern(t, s);
}

static int by_slug(const void *ctx, size_t i, size_t j) {
  const mins_tracker *t = ctx;
  return strcmp(t->comm[i].pub.slug, t->comm[j].pub.slug);
}

static int group_committees(mins_tracker *t, size_t *idx) {
  smap slugs = {0};
  uint32_t *name = malloc((t->nm + 1) * sizeof(uint32_t));
  uint32_t *count = calloc(t->nnames + 1, sizeof(uint32_t));
  uint32_t *newc = NULL;
  int rc = MINS_ENOMEM;
  if (!name || !count)
    goto out;
  for (size_t i = 0; i < t->nm; i++)
    name[i] = t->m[i].name;
  if (choose_names(t, idx, name, count) != MINS_OK)
    goto out;
  /* the committee of each chosen name: by slug */
  for (size_t i = 0; i < t->nm; i++) {
    meeting *m = &t->m[i];
    const char *slug = slug_of(t, m);
    size_t c = slug ? smap_get(&slugs, slug, strlen(slug)) : 0;
    if (slug && c == MINS_NONE) {
      committee *cm = PUSH(t, t->comm, t->ncomm, t->ccomm);
      c = t->ncomm - 1;
      if (!cm || smap_put(&slugs, &t->arena, slug, strlen(slug), c) != 0) {
        t->failed = 1;
        goto out;
      }
      cm->pub.slug = slug;
    }
    m->committee = (uint32_t)c;
  }
  /* committees in slug order, and the meetings renumbered to match */
  newc = malloc((t->ncomm + 1) * sizeof(uint32_t));
  size_t *order = malloc((t->ncomm + 1) * sizeof(size_t));
  committee *sorted = malloc((t->ncomm + 1) * sizeof(committee));
  if (!newc || !order || !sorted) {
    free(order);
    free(sorted);
    goto out;
  }
  for (size_t c = 0; c < t->ncomm; c++)
    order[c] = c;
  if (sort_idx(order, t->ncomm, by_slug, t) != 0) {
    free(order);
    free(sorted);
    goto out;
  }
  for (size_t c = 0; c < t->ncomm; c++) {
    sorted[c] = t->comm[order[c]];
    newc[order[c]] = (uint32_t)c;
  }
  free(order);
  free(t->comm);
  t->comm = sorted;
  t->ccomm = t->ncomm + 1;
  for (size_t i = 0; i < t->nm; i++)
    t->m[i].committee = newc[t->m[i].committee];
  /* each committee's name: the one most of its meetings give */
  for (size_t i = 0; i < t->nm; i++)
    idx[i] = i;
  if (sort_idx(idx, t->nm, by_committee, t) != 0)
    goto out;
  for (size_t i = 0, j; i < t->nm; i = j) {
    j = run_end(t, idx, i, 1);
    uint32_t times, best = most_given(t, name, idx, i, j, count, &times);
    untally(name, idx, i, j, count);
    t->comm[t->m[idx[i]].committee].pub.name =
        best == NO_NAME ? NULL : t->names[best];
  }
  rc = MINS_OK;
out:
  smap_free(&slugs);
  free(name);
  free(count);
  free(newc);
  return rc;
}

/* Put each committee's dated meetings in order in t->bycomm; leave out
 * (with a diagnostic) meetings without a date and files read twice. */
static int order_meetings(mins_tracker *t, size_t *idx) {
  t->bycomm = malloc((t->nm + 1) * sizeof(size_t));
  if (!t->bycomm)
    return MINS_ENOMEM;
  size_t k = 0;
  for (size_t i = 0; i < t->nm; i++) {
    meeting *m = &t->m[idx[i]];
    if (m->day == NO_DAY) {
      m->skip = 1;
      if (m->act_count || m->rev_count)
        tdiag_add(t, m->file, "track-no-date", MINS_WARNING, 0, 0,
                  "no meeting date: its %zu action%s and %zu review%s are "
                  "not tracked",
                  m->act_count, m->act_count == 1 ? "" : "s", m->rev_count,
                  m->rev_count == 1 ? "" : "s");
      continue;
    }
    if (k > 0) {
      meeting *p = &t->m[t->bycomm[k - 1]];
      if (p->committee == m->committee && p->day == m->day) {
        if (p->file_hash == m->file_hash) {
          m->skip = 1; /* the same file given twice */
          continue;
        }
        m->dup = p->dup ? p->dup + 1 : 2;
        if (m->act_count || m->rev_count)
          tdiag_add(t, m->file, "track-same-date", MINS_WARNING, 0, 0,
                    "a further meeting of the committee on %s: its "
                    "actions are named %s~%u",
                    meeting_date(t, idx[i]), meeting_date(t, idx[i]), m->dup);
      }
    }
    if (m->named_day && (m->act_count || m->rev_count))
      tdiag_add(t, m->file, "track-date-from-name", MINS_NOTE, 0, 0,
                "the minutes give no date: the file name's is used");
    t->bycomm[k++] = idx[i];
  }
  for (size_t i = 0; i < k;) {
    committee *c = &t->comm[t->m[t->bycomm[i]].committee];
    c->first = i;
    size_t j = i;
    while (j < k &&
           t->m[t->bycomm[j]].committee == t->m[t->bycomm[i]].committee) {
      t->m[t->bycomm[j]].ordinal = (uint32_t)(j - i + 1);
      j++;
    }
    c->count = j - i;
    c->pub.meeting_count = c->count;
    c->pub.first = meeting_date(t, t->bycomm[i]);
    c->pub.last = meeting_date(t, t->bycomm[j - 1]);
    i = j;
  }
  /* committees whose meetings all lack a date */
  for (size_t c = 0; c < t->ncomm; c++)
    if (!t->comm[c].pub.meeting_count)
      t->comm[c].first = k;
  return t->failed ? MINS_ENOMEM : MINS_OK;
}

/* ---- finishing: the walk ---------------------------------------------- */

typedef struct walk {
  mins__arena scratch;
  smap numbers; /* "committee\x01number" -> latest action with it */
  smap words;   /* "committee\x01words" -> latest unnumbered action */
  smap outside; /* "committee\x01date#number" -> action known from reviews */
  const char **norm; /* per action: its words normalised, or NULL */
  size_t nnorm;
} walk;

static const char *key(walk *w, uint32_t c, const char *s) {
  return mins__printf(&w->scratch, "%u\x01%s", (unsigned)c, s);
}

/* Words for comparing: ASCII lowercase, every other run one space, without
 * a leading "Action", "4.1" or "(3)". */
static const char *normal(walk *w, const char *s) {
  if (!s)
    return NULL;
  size_t n = strlen(s);
  char *o = mins__alloc(&w->scratch, n + 1);
  if (!o)
    return NULL;
  size_t k = 0;
  int space = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if ((c >= 'a' && c <= 'z') || is_digit(c) || (unsigned char)c >= 0x80) {
      if (space && k)
        o[k++] = ' ';
      o[k++] = c;
      space = 0;
    } else {
      space = 1;
    }
  }
  o[k] = '\0';
  char *p = o;
  if (strncmp(p, "action ", 7) == 0)
    p += 7;
  while (is_digit(*p)) {
    char *q = p;
    while (is_digit(*q))
      q++;
    if (*q != ' ')
      break;
    p = q + 1;
  }
  return p;
}

static int dotted(const char *num) {
  return num && strchr(num, '.') && is_digit(num[0]);
}

/* "FA-25-08", "AP12": a reference with letters, one action's across the
 * committee's meetings, as "4.1" is. */
static int lettered(const char *num) {
  return num && mins__has_letter(num, strlen(num));
}

/* The meeting part of "4.1", or -1 when it cannot be a meeting's place
 * (keeps the offset arithmetic far from overflow). */
static long meeting_part(const char *num) {
  long n = strtol(num, NULL, 10);
  return n >= 0 && n <= 1000000 ? n : -1;
}

static size_t root(const mins_tracker *t, size_t ai) {
  while (ai != MINS_NONE && t->a[ai].target != MINS_NONE)
    ai = t->a[ai].target;
  return ai;
}

static int closed(mins_status s) {
  return s == MINS_STATUS_DONE || s == MINS_STATUS_DROPPED;
}

static void emit(mins_tracker *t, size_t ai, mins_event_kind kind, size_t mi,
                 const char *item, unsigned line, unsigned col, mins_status st,
                 mins_origin o, const char *text, const char *note) {
  event *e = PUSH(t, t->ev, t->nev, t->cev);
  if (!e)
    return;
  e->action = ai;
  e->e.kind = kind;
  e->e.date = meeting_date(t, mi);
  e->e.file = t->m[mi].file;
  e->e.line = line;
  e->e.column = col;
  e->e.item = item;
  e->e.status = st;
  e->e.origin = o;
  e->e.text = text;
  e->e.note = note;
  if (t->m[mi].ordinal > t->a[ai].last_ord)
    t->a[ai].last_ord = t->m[mi].ordinal;
}

/* Apply a status said at meeting mi. */
static void set_status(mins_tracker *t, size_t ai, size_t mi, mins_status s) {
  action *a = &t->a[ai];
  if (s == MINS_STATUS_OPEN)
    return; /* named without a status: a mention */
  a->pub.status = s;
  a->pub.status_date = meeting_date(t, mi);
  if (closed(s)) {
    a->pub.closed = a->pub.status_date;
    a->closed_ord = t->m[mi].ordinal;
  } else {
    a->pub.closed = NULL;
    a->closed_ord = 0;
  }
}

/* The committee's first meeting on day, or MINS_NONE. */
static size_t meeting_on(const mins_tracker *t, const committee *c,
                         int32_t day) {
  size_t lo = c->first, hi = c->first + c->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->m[t->bycomm[mid]].day < day)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < c->first + c->count && t->m[t->bycomm[lo]].day == day
             ? t->bycomm[lo]
             : MINS_NONE;
}

/* How many of the committee's meetings were held on or before day. */
static uint32_t held_by(const mins_tracker *t, const committee *c,
                        int32_t day) {
  size_t lo = c->first, hi = c->first + c->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t->m[t->bycomm[mid]].day <= day)
      lo = mid + 1;
    else
      hi = mid;
  }
  return (uint32_t)(lo - c->first);
}

/* The action of meeting mi numbered num, or MINS_NONE. */
static size_t numbered_in(const mins_tracker *t, size_t mi, const char *num) {
  const meeting *m = &t->m[mi];
  for (size_t i = m->act_first; i < m->act_first + m->act_count; i++)
    if (t->a[i].pub.number && strcmp(t->a[i].pub.number, num) == 0)
      return root(t, i);
  return MINS_NONE;
}

/* The action a dated review names: numbered so at that meeting, or, when
 * the meeting numbers none of its actions, the one at that place ("Action
 * 2 (14 March 2023)" of minutes that wrote "ACTION:" lines). */
static size_t named_in(const mins_tracker *t, size_t mi, const char *num) {
  size_t ai = numbered_in(t, mi, num);
  const meeting *m = &t->m[mi];
  if (ai != MINS_NONE || !is_digit(num[0]))
    return ai;
  for (size_t i = m->act_first; i < m->act_first + m->act_count; i++)
    if (t->a[i].pub.number)
      return MINS_NONE;
  char *end;
  unsigned long k = strtoul(num, &end, 10);
  return *end || k < 1 || k > m->act_count ? MINS_NONE
                                           : root(t, m->act_first + k - 1);
}

/* "4.1" in a series that numbers actions meeting.sequence: meeting 4 (by
 * the committee's offset) and its first action, numbered there or not. */
static size_t by_sequence(const mins_tracker *t, const committee *c,
                          const char *num, uint32_t before) {
  if (!c->offset_known || !dotted(num))
    return MINS_NONE;
  long n = meeting_part(num), k = strtol(strchr(num, '.') + 1, NULL, 10);
  long j = n - c->offset;
  if (n < 0 || j < 1 || j >= (long)before || k < 1 || k > 1000000)
    return MINS_NONE;
  size_t mj = t->bycomm[c->first + (size_t)j - 1];
  size_t ai = numbered_in(t, mj, num);
  if (ai != MINS_NONE)
    return ai;
  const meeting *m = &t->m[mj];
  if ((size_t)k <= m->act_count &&
      !t->a[m->act_first + (size_t)k - 1].pub.number)
    return root(t, m->act_first + (size_t)k - 1);
  return MINS_NONE;
}

/* The offset of a committee that numbers its actions "meeting.sequence":
 * for most first uses of such numbers, the meeting part less the meeting's
 * place in the set is one value (0 when the set starts at meeting 1). */
static void find_offset(mins_tracker *t, walk *w, committee *c, uint32_t ci) {
  long vals[16];
  size_t cnt[16], nv = 0, total = 0;
  smap seen = {0};
  for (size_t q = c->first; q < c->first + c->count; q++) {
    meeting *m = &t->m[t->bycomm[q]];
    for (size_t i = m->act_first; i < m->act_first + m->act_count; i++) {
      const char *num = t->a[i].pub.number;
      if (!dotted(num))
        continue;
      const char *k = key(w, ci, num);
      if (!k || smap_get(&seen, k, strlen(k)) != MINS_NONE)
        continue;
      if (smap_put(&seen, &w->scratch, k, strlen(k), 1) != 0)
        break;
      if (meeting_part(num) < 0)
        continue;
      long off = meeting_part(num) - (long)m->ordinal;
      total++;
      size_t v = 0;
      while (v < nv && vals[v] != off)
        v++;
      if (v == nv && nv < 16) {
        vals[nv] = off;
        cnt[nv++] = 0;
      }
      if (v < nv)
        cnt[v]++;
    }
  }
  smap_free(&seen);
  for (size_t v = 0; v < nv; v++)
    if (cnt[v] * 2 > total) {
      c->offset_known = 1;
      c->offset = vals[v];
    }
}

/* An action known only from reviews: its meeting is not in the set, or
 * does not have it. */
static size_t outside(mins_tracker *t, walk *w, uint32_t ci, size_t mi,
                      const review *r, int32_t day) {
  const char *id = mins__printf(&w->scratch, "%u\x01%s#%s", (unsigned)ci,
                                r->ref_date, r->ref_number);
  if (!id)
    return MINS_NONE;
  size_t ai = smap_get(&w->outside, id, strlen(id));
  if (ai != MINS_NONE)
    return ai;
  action *a = PUSH(t, t->a, t->na, t->ca);
  if (!a)
    return MINS_NONE;
  ai = t->na - 1;
  if (smap_put(&w->outside, &w->scratch, id, strlen(id), ai) != 0) {
    t->failed = 1;
    return MINS_NONE;
  }
  a->meeting = MINS_NONE;
  a->target = MINS_NONE;
  a->committee = ci;
  a->open_day = day;
  a->open_ord = held_by(t, &t->comm[ci], day);
  a->last_ord = a->open_ord;
  a->pub.date = r->ref_date;
  a->pub.number = r->ref_number;
  a->pub.file = t->m[mi].file;
  a->pub.line = r->line;
  a->pub.column = r->column;
  a->pub.text = r->text ? r->text : r->note;
  a->pub.flags = MINS_TRACKED_FROM_REVIEW;
  return ai;
}

static const char *status_words(mins_status s) {
  return mins_status_name(s);
}

/* The open action of an earlier meeting whose words a review gives
 * ("Church Lane pothole: reported, repaired on 2 February. Completed." for
 * "Clerk to report the Church Lane pothole to Highways"): at least three,
 * and half, of the action's content words in the review, and more of them
 * than of any other action's; MINS_NONE when none or two fit as well. */
static size_t by_words(const mins_tracker *t, const committee *c,
                       const meeting *m, const char *text) {
  size_t tn = strlen(text);
  size_t best = MINS_NONE, best_found = 0;
  int tie = 0;
  for (size_t q = c->first; q < c->first + m->ordinal - 1; q++) {
    const meeting *p = &t->m[t->bycomm[q]];
    for (size_t i = p->act_first; i < p->act_first + p->act_count; i++) {
      const action *a = &t->a[i];
      if (a->target != MINS_NONE || closed(a->pub.status) || !a->pub.text)
        continue;
      size_t words;
      size_t found =
          mins__words_found(a->pub.text, strlen(a->pub.text), text, tn, &words);
      if (found < 3 || found * 2 < words || found < best_found)
        continue;
      tie = found == best_found;
      best_found = found;
      best = i;
    }
  }
  return tie ? MINS_NONE : best;
}

/* The action a review of meeting mi is about, or MINS_NONE (said). */
static size_t resolve(mins_tracker *t, walk *w, uint32_t ci, size_t mi,
                      const review *r) {
  committee *c = &t->comm[ci];
  meeting *m = &t->m[mi];
  if (r->ref_date && r->ref_number) {
    int32_t day = mins__track_day(r->ref_date);
    if (day == NO_DAY || day >= m->day) {
      tdiag_add(t, m->file, "track-future-ref", MINS_WARNING, r->line,
                r->column, "review of %s#%s: not an earlier meeting's action",
                r->ref_date, r->ref_number);
      return MINS_NONE;
    }
    size_t mj = meeting_on(t, c, day);
    size_t ai = mj == MINS_NONE ? MINS_NONE : named_in(t, mj, r->ref_number);
    if (ai != MINS_NONE)
      return ai;
    if (mj != MINS_NONE)
      tdiag_add(t, m->file, "track-not-found", MINS_WARNING, r->line, r->column,
                "review of %s#%s: that meeting has no action %s; it is "
                "known from this review",
                r->ref_date, r->ref_number, r->ref_number);
    return outside(t, w, ci, mi, r, day);
  }
  if (r->ref_number) {
    const char *k = key(w, ci, r->ref_number);
    size_t ai = k ? smap_get(&w->numbers, k, strlen(k)) : MINS_NONE;
    if (ai == MINS_NONE)
      ai = by_sequence(t, c, r->ref_number, m->ordinal);
    if (ai != MINS_NONE)
      return root(t, ai);
    tdiag_add(t, m->file, "track-unresolved", MINS_WARNING, r->line, r->column,
              "review of action %s: no earlier meeting of the committee "
              "has an action with this number",
              r->ref_number);
    return MINS_NONE;
  }
  /* no number: the words of an open action of an earlier meeting */
  const char *rn = normal(w, r->text);
  size_t best = MINS_NONE;
  if (rn && *rn)
    for (size_t q = c->first; q < c->first + m->ordinal - 1; q++) {
      const meeting *p = &t->m[t->bycomm[q]];
      for (size_t i = p->act_first; i < p->act_first + p->act_count; i++) {
        if (t->a[i].target != MINS_NONE || closed(t->a[i].pub.status) ||
            i >= w->nnorm || !w->norm[i] || strlen(w->norm[i]) < 12)
          continue;
        if (strstr(rn, w->norm[i]))
          best = i;
      }
    }
  if (best == MINS_NONE && r->text)
    best = by_words(t, c, m, r->text);
  if (best == MINS_NONE)
    tdiag_add(t, m->file, "track-unresolved", MINS_WARNING, r->line, r->column,
              "a review (%s) names no action number, and its words match "
              "no open action",
              status_words(r->status));
  return best;
}

/* This meeting's action ai: new, or an earlier action listed again (the
 * same "4.1" in a series that numbers so, or the same words unnumbered).
 * Returns the earlier action, or MINS_NONE. */
static size_t listed_again(mins_tracker *t, walk *w, uint32_t ci, size_t ai) {
  const action *a = &t->a[ai];
  const meeting *m = &t->m[a->meeting];
  size_t tgt = MINS_NONE;
  if (dotted(a->pub.number) || lettered(a->pub.number)) {
    const char *k = key(w, ci, a->pub.number);
    tgt = k ? smap_get(&w->numbers, k, strlen(k)) : MINS_NONE;
    if (tgt == MINS_NONE && dotted(a->pub.number))
      tgt = by_sequence(t, &t->comm[ci], a->pub.number, m->ordinal);
  } else if (!a->pub.number && ai < w->nnorm && w->norm[ai] && *w->norm[ai]) {
    const char *k = key(w, ci, w->norm[ai]);
    tgt = k ? smap_get(&w->words, k, strlen(k)) : MINS_NONE;
    if (tgt != MINS_NONE && closed(t->a[root(t, tgt)].pub.status))
      tgt = MINS_NONE;
  }
  return tgt == MINS_NONE ? MINS_NONE : root(t, tgt);
}

static void walk_meeting(mins_tracker *t, walk *w, uint32_t ci, size_t mi) {
  meeting *m = &t->m[mi];
  /* reviews first: they name earlier meetings' actions, and this
   * meeting's numbers must not answer them */
  for (size_t i = m->rev_first; i < m->rev_first + m->rev_count; i++) {
    review r = t->rev[i];
    size_t ai = resolve(t, w, ci, mi, &r);
    if (ai == MINS_NONE)
      continue;
    emit(t, ai, MINS_EVENT_REVIEWED, mi, r.item, r.line, r.column, r.status,
         r.origin, r.text, r.note);
    set_status(t, ai, mi, r.status);
  }
  for (size_t ai = m->act_first; ai < m->act_first + m->act_count; ai++) {
    size_t tgt = listed_again(t, w, ci, ai);
    action *a = &t->a[ai];
    size_t men_first = a->men_first, men_count = a->men_count;
    if (tgt != MINS_NONE) {
      a->target = tgt;
      emit(t, tgt, MINS_EVENT_LISTED, mi, a->pub.item, a->pub.line,
           a->pub.column, MINS_STATUS_ONGOING, MINS_FROM_TEXT, a->pub.text,
           NULL);
      action *g = &t->a[tgt];
      if (!closed(g->pub.status))
        set_status(t, tgt, mi, MINS_STATUS_ONGOING);
      if (!g->pub.owner)
        g->pub.owner = t->a[ai].pub.owner;
    } else {
      a->committee = ci;
      a->open_day = m->day;
      a->open_ord = a->last_ord = m->ordinal;
      a->pub.date = meeting_date(t, mi);
      emit(t, ai, MINS_EVENT_OPENED, mi, a->pub.item, a->pub.line,
           a->pub.column, a->pub.status, MINS_FROM_TEXT, a->pub.text, NULL);
      if (closed(t->a[ai].pub.status)) /* "- [x]": done when written */
        set_status(t, ai, mi, t->a[ai].pub.status);
      a = &t->a[ai];
      if (a->pub.number) {
        const char *k = key(w, ci, a->pub.number);
        if (!k || smap_put(&w->numbers, &w->scratch, k, strlen(k), ai) != 0)
          t->failed = 1;
      } else if (ai < w->nnorm && w->norm[ai] && *w->norm[ai]) {
        const char *k = key(w, ci, w->norm[ai]);
        if (!k || smap_put(&w->words, &w->scratch, k, strlen(k), ai) != 0)
          t->failed = 1;
      }
      tgt = ai;
    }
    for (size_t k = men_first; k < men_first + men_count; k++)
      emit(t, tgt, MINS_EVENT_MENTIONED, mi, t->men[k].item, t->men[k].line,
           t->men[k].column, MINS_STATUS_OPEN, MINS_FROM_TEXT, t->men[k].text,
           NULL);
  }
}

/* ---- finishing: dues, ages, names, order -------------------------------- */

static void resolve_due(mins_tracker *t, action *a) {
  mins_tracked *p = &a->pub;
  if (p->due || !p->due_text || !p->date)
    return;
  if (mins__istr(p->due_text, strlen(p->due_text), "next meeting")) {
    /* the committee's next meeting in the set, if there is one */
    const committee *c = &t->comm[a->committee];
    uint32_t k = held_by(t, c, a->open_day);
    if (k < c->count) {
      p->due = meeting_date(t, t->bycomm[c->first + k]);
      p->flags |= MINS_TRACKED_DUE_NEXT;
    }
    return;
  }
  char iso[11];
  if (mins__due_date(p->due_text, strlen(p->due_text), p->date, iso))
    p->due = intern(t, iso);
}

static void derive(mins_tracker *t, size_t ai) {
  action *a = &t->a[ai];
  const committee *c = &t->comm[a->committee];
  mins_tracked *p = &a->pub;
  uint32_t last = (uint32_t)c->count;
  uint32_t end = p->closed ? a->closed_ord : last;
  p->meetings_carried = end > a->open_ord ? end - a->open_ord : 0;
  p->meetings_silent =
      !p->closed && last > a->last_ord ? last - a->last_ord : 0;
  if (a->last_ord >= 1 && a->last_ord <= c->count)
    p->last_mentioned = meeting_date(t, t->bycomm[c->first + a->last_ord - 1]);
  if (p->meetings_silent)
    p->flags |= MINS_TRACKED_LAPSED;
  if (p->status == MINS_STATUS_DONE && p->closed && p->due &&
      strcmp(p->due, p->closed) < 0)
    p->flags |= MINS_TRACKED_LATE;
  p->committee = c->pub.name;
  p->slug = c->pub.slug;
  unsigned dup = a->meeting != MINS_NONE ? t->m[a->meeting].dup : 0;
  char d[16] = "";
  if (dup)
    snprintf(d, sizeof d, "~%u", dup);
  if (p->number)
    p->id =
        mins__printf(&t->arena, "%s/%s%s#%s", p->slug, p->date, d, p->number);
  else
    p->id =
        mins__printf(&t->arena, "%s/%s%s@%u", p->slug, p->date, d, p->position);
  if (!p->id)
    t->failed = 1;
}

/* "4.1" < "4.2" < "10": numbers compared part by part. */
static int cmp_number(const char *a, const char *b) {
  if (!a || !b)
    return (a == NULL) - (b == NULL);
  while (*a && *b) {
    if (is_digit(*a) && is_digit(*b)) {
      char *ea, *eb;
      unsigned long x = strtoul(a, &ea, 10), y = strtoul(b, &eb, 10);
      if (x != y)
        return x < y ? -1 : 1;
      a = ea;
      b = eb;
    } else {
      if (*a != *b)
        return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
      a++;
      b++;
    }
  }
  return (*a != '\0') - (*b != '\0');
}

static int by_meeting(const void *ctx, size_t i, size_t j) {
  const mins_tracker *t = ctx;
  const action *a = &t->a[i], *b = &t->a[j];
  if (a->committee != b->committee)
    return a->committee < b->committee ? -1 : 1;
  if (a->open_day != b->open_day)
    return a->open_day < b->open_day ? -1 : 1;
  unsigned da = a->meeting != MINS_NONE ? t->m[a->meeting].dup : 0;
  unsigned db = b->meeting != MINS_NONE ? t->m[b->meeting].dup : 0;
  if (da != db)
    return da < db ? -1 : 1;
  /* an action known from reviews only comes after the meeting's own */
  if ((a->pub.position == 0) != (b->pub.position == 0))
    return a->pub.position == 0 ? 1 : -1;
  if (a->pub.position != b->pub.position)
    return a->pub.position < b->pub.position ? -1 : 1;
  return cmp_number(a->pub.number, b->pub.number);
}

/* Each action's history: the events, grouped by action, oldest first. */
static int histories(mins_tracker *t) {
  size_t *start = calloc(t->na + 1, sizeof(size_t));
  t->events = malloc((t->nev + 1) * sizeof(mins_event));
  if (!start || !t->events) {
    free(start);
    return MINS_ENOMEM;
  }
  for (size_t i = 0; i < t->nev; i++)
    start[t->ev[i].action + 1]++;
  for (size_t i = 0; i < t->na; i++)
    start[i + 1] += start[i];
  for (size_t i = 0; i < t->na; i++) {
    t->a[i].pub.events = t->events + start[i];
    t->a[i].pub.event_count = start[i + 1] - start[i];
  }
  for (size_t i = 0; i < t->nev; i++)
    t->events[start[t->ev[i].action]++] = t->ev[i].e;
  free(start);
  free(t->ev);
  t->ev = NULL;
  t->nev = t->cev = 0;
  return MINS_OK;
}

int mins_tracker_finish(mins_tracker *t) {
  if (!t)
    return MINS_EINVAL;
  if (t->finished)
    return MINS_OK;
  if (t->failed)
    return MINS_ENOMEM;
  t->finished = 1;
  int rc = MINS_ENOMEM;
  walk w;
  memset(&w, 0, sizeof w);
  size_t *idx = malloc((t->nm + 1) * sizeof(size_t));
  w.norm = calloc(t->na + 1, sizeof(char *));
  if (!idx || !w.norm)
    goto out;
  w.nnorm = t->na;
  if ((rc = group_committees(t, idx)) != MINS_OK)
    goto out;
  if ((rc = order_meetings(t, idx)) != MINS_OK)
    goto out;
  rc = MINS_ENOMEM;
  for (size_t i = 0; i < t->na; i++)
    if (!t->a[i].pub.number)
      w.norm[i] = normal(&w, t->a[i].pub.text);
  for (size_t ci = 0; ci < t->ncomm; ci++) {
    committee *c = &t->comm[ci];
    find_offset(t, &w, c, (uint32_t)ci);
    for (size_t q = c->first; q < c->first + c->count; q++)
      walk_meeting(t, &w, (uint32_t)ci, t->bycomm[q]);
  }
  if (t->failed || w.scratch.failed)
    goto out;
  /* the events hold what the histories need of reviews and mentions */
  free(t->rev);
  free(t->men);
  t->rev = NULL;
  t->men = NULL;
  t->nrev = t->crev = t->nmen = t->cmen = 0;
  /* the tracked actions: those that are not listings of earlier ones */
  t->order = malloc((t->na + 1) * sizeof(size_t));
  if (!t->order)
    goto out;
  for (size_t i = 0; i < t->na; i++) {
    action *a = &t->a[i];
    if (a->target != MINS_NONE ||
        (a->meeting != MINS_NONE && t->m[a->meeting].skip))
      continue;
    resolve_due(t, a);
    derive(t, i);
    t->comm[a->committee].pub.action_count++;
    t->order[t->norder++] = i;
  }
  if (sort_idx(t->order, t->norder, by_meeting, t) != 0)
    goto out;
  if (histories(t) != MINS_OK || t->failed || t->arena.failed)
    goto out;
  rc = MINS_OK;
out:
  free(idx);
  free(w.norm);
  smap_free(&w.numbers);
  smap_free(&w.words);
  smap_free(&w.outside);
  mins__arena_free(&w.scratch);
  if (rc)
    t->failed = 1;
  return rc;
}

/* ---- reading ------------------------------------------------------------ */

size_t mins_tracker_action_count(const mins_tracker *t) {
  return t && t->finished && !t->failed ? t->norder : 0;
}

const mins_tracked *mins_tracker_action(const mins_tracker *t, size_t i) {
  return i < mins_tracker_action_count(t) ? &t->a[t->order[i]].pub : NULL;
}

size_t mins_tracker_committee_count(const mins_tracker *t) {
  return t && t->finished && !t->failed ? t->ncomm : 0;
}

const mins_committee *mins_tracker_committee(const mins_tracker *t, size_t i) {
  return i < mins_tracker_committee_count(t) ? &t->comm[i].pub : NULL;
}

size_t mins_tracker_diag_count(const mins_tracker *t) {
  return t ? t->ndg : 0;
}

const mins_diag *mins_tracker_diag(const mins_tracker *t, size_t i,
                                   const char **file) {
  if (!t || i >= t->ndg)
    return NULL;
  if (file)
    *file = t->dg[i].file;
  return &t->dg[i].d;
}

const char *mins_event_kind_name(mins_event_kind k) {
  static const char *const names[] = {"opened", "mentioned", "listed",
                                      "reviewed"};
  return (unsigned)k < 4 ? names[k] : "opened";
}

int mins_tracked_overdue(const mins_tracked *a, const char *as_of) {
  if (!a || !a->due || a->closed || !as_of || !mins__iso_valid(as_of))
    return 0;
  return strcmp(a->due, as_of) < 0;
}

long mins_tracked_days_open(const mins_tracked *a, const char *as_of) {
  if (!a || !a->date)
    return -1;
  int32_t from = mins__track_day(a->date);
  int32_t to = mins__track_day(a->closed ? a->closed : as_of);
  if (from == NO_DAY || to == NO_DAY || to < from)
    return -1;
  return (long)(to - from);
}

/* ---- selecting ------------------------------------------------------------
 */

typedef struct matcher {
  pcre2_code *re;
  pcre2_match_data *md;
} matcher;

static int compile(mins_tracker *t, matcher *m, const char *what,
                   const char *pat, int jit) {
  memset(m, 0, sizeof *m);
  if (!pat)
    return MINS_OK;
  int err;
  PCRE2_SIZE off;
  m->re =
      pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                    PCRE2_UTF | PCRE2_CASELESS | PCRE2_UCP, &err, &off, NULL);
  if (!m->re) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(err, msg, sizeof msg);
    tdiag_add(t, NULL, "pattern-bad", MINS_ERROR, 0, (unsigned)off + 1,
              "the %s pattern '%s': %s at offset %zu", what, pat,
              (const char *)msg, (size_t)off);
    return MINS_EPATTERN;
  }
  if (jit)
    pcre2_jit_compile(m->re, PCRE2_JIT_COMPLETE);
  m->md = pcre2_match_data_create_from_pattern(m->re, NULL);
  return m->md ? MINS_OK : MINS_ENOMEM;
}

/* 1 if the pattern finds s; a missing pattern finds everything, a missing
 * s nothing. */
static int finds(const matcher *m, const char *s) {
  if (!m->re)
    return 1;
  if (!s)
    return 0;
  return pcre2_match(m->re, (PCRE2_SPTR)s, strlen(s), 0, 0, m->md, NULL) >= 0;
}

static void matcher_free(matcher *m) {
  pcre2_match_data_free(m->md);
  pcre2_code_free(m->re);
}

static int ieq_cmp(const char *a, const char *b) {
  for (;; a++, b++) {
    int x = (unsigned char)*a, y = (unsigned char)*b;
    if (x >= 'A' && x <= 'Z')
      x += 32;
    if (y >= 'A' && y <= 'Z')
      y += 32;
    if (x != y || !x)
      return x - y;
  }
}

/* Both NULL-last: a missing due date or owner sorts after the others. */
static int cmp_null_last(const char *a, const char *b, int caseless) {
  if (!a || !b)
    return (a == NULL) - (b == NULL);
  return caseless ? ieq_cmp(a, b) : strcmp(a, b);
}

typedef struct sort_by {
  const mins_tracker *t;
  mins_track_sort key;
} sort_by;

/* Selected actions (indices in meeting order) by due date or owner; the
 * sort is stable, so meeting order decides the rest. */
static int by_filter_sort(const void *ctx, size_t i, size_t j) {
  const sort_by *s = ctx;
  const mins_tracked *a = mins_tracker_action(s->t, i);
  const mins_tracked *b = mins_tracker_action(s->t, j);
  int c = 0;
  if (s->key == MINS_SORT_OWNER)
    c = cmp_null_last(a->owner, b->owner, 1);
  if (!c)
    c = cmp_null_last(a->due, b->due, 0);
  return c;
}

static int date_ok(const char *s) {
  return !s || mins__iso_valid(s);
}

int mins_tracker_select(size_t **out, size_t *count, mins_tracker *t,
                        const mins_track_filter *f) {
  if (out)
    *out = NULL;
  if (count)
    *count = 0;
  if (!out || !count || !t || !f || !t->finished ||
      f->version != MINS_TRACK_FILTER_VERSION)
    return MINS_EINVAL;
  if (t->failed)
    return MINS_ENOMEM;
  if (!date_ok(f->as_of) || !date_ok(f->since) || !date_ok(f->until) ||
      ((f->flags & MINS_SELECT_OVERDUE) && !f->as_of))
    return MINS_EINVAL;
  matcher owner, comm, item;
  int jit = !(f->flags & MINS_SELECT_NO_JIT);
  int rc = compile(t, &owner, "owner", f->owner, jit);
  int rc2 = compile(t, &comm, "committee", f->committee, jit);
  int rc3 = compile(t, &item, "item", f->item, jit);
  size_t *sel = NULL;
  if (rc || rc2 || rc3) {
    rc = rc ? rc : rc2 ? rc2 : rc3;
    goto out;
  }
  rc = MINS_ENOMEM;
  sel = malloc((t->norder + 1) * sizeof(size_t));
  if (!sel)
    goto out;
  size_t n = 0;
  unsigned want = f->flags & (MINS_SELECT_OPEN | MINS_SELECT_CLOSED);
  for (size_t i = 0; i < t->norder; i++) {
    const mins_tracked *a = &t->a[t->order[i]].pub;
    if (want == MINS_SELECT_OPEN && a->closed)
      continue;
    if (want == MINS_SELECT_CLOSED && !a->closed)
      continue;
    if ((f->flags & MINS_SELECT_OVERDUE) && !mins_tracked_overdue(a, f->as_of))
      continue;
    if ((f->since && strcmp(a->date, f->since) < 0) ||
        (f->until && strcmp(a->date, f->until) > 0))
      continue;
    if (!finds(&owner, a->owner))
      continue;
    if (comm.re && !finds(&comm, a->committee) && !finds(&comm, a->slug))
      continue;
    if (item.re && !finds(&item, a->item) && !finds(&item, a->item_title))
      continue;
    sel[n++] = i;
  }
  sort_by sb = {t, f->sort};
  if (f->sort != MINS_SORT_MEETING &&
      sort_idx(sel, n, by_filter_sort, &sb) != 0)
    goto out;
  *out = sel;
  *count = n;
  sel = NULL;
  rc = MINS_OK;
out:
  free(sel);
  matcher_free(&owner);
  matcher_free(&comm);
  matcher_free(&item);
  return rc;
}
