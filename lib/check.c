/* SPDX-License-Identifier: MIT */
/*
 * The checks: what a careful second reader catches in draft minutes before
 * they go out. Each rule of the table marked `check` (diag.c) reads the
 * records of a parsed document (the meeting, people, items, resolutions,
 * actions) or scans its body once (HTML left by a conversion, placeholders,
 * unbalanced brackets and emphasis, paragraphs that open like a resolution)
 * and adds a diagnostic that points at the exact place. Then the rule
 * configuration in force for the document's committee is applied to every
 * diagnostic, the parse's included. Checks read the document and never
 * change its records; the scan is a single pass over the body, so that
 * checking costs little next to parsing.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

#include "internal.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

/* A rule id already looked up, by the address of its literal: the checks
 * ask about the same few ids for every item and paragraph. */
typedef struct seen_rule {
  const char *id;
  int index;
} seen_rule;

typedef struct ck {
  mins_doc *d;
  mins__levels lv;
  seen_rule seen[64];
  size_t nseen;
  int want_ph, want_unbalanced; /* text-placeholder, text-unbalanced */
  const char *src;
  size_t len;
  unsigned char *for_info; /* per item: listed in `for_information` */
  unsigned char *has_res;  /* per item: has a resolution */
} ck;

/* ---- small helpers ------------------------------------------------------- */

/* Classes of bytes, by table: the checks test every byte of a text. */
enum { C_ALPHA = 1, C_DIGIT = 2, C_WORD = 4 };
#define C_AL (C_ALPHA | C_WORD)
#define C_DI (C_DIGIT | C_WORD)
#define C_16(x) x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x
static const unsigned char cclass[256] = {
    C_16(0), C_16(0),
    /* ' ' to '/': the apostrophe and the hyphen are parts of words */
    0, 0, 0, 0, 0, 0, 0, C_WORD, 0, 0, 0, 0, 0, C_WORD, 0, 0, C_DI, C_DI, C_DI,
    C_DI, C_DI, C_DI, C_DI, C_DI, C_DI, C_DI, 0, 0, 0, 0, 0, 0, 0, C_AL, C_AL,
    C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL,
    C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, 0,
    0, 0, 0, 0, 0, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL,
    C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL, C_AL,
    C_AL, C_AL, C_AL, C_AL, 0, 0, 0, 0, 0,
    /* bytes of UTF-8 sequences: parts of words */
    C_16(C_WORD), C_16(C_WORD), C_16(C_WORD), C_16(C_WORD), C_16(C_WORD),
    C_16(C_WORD), C_16(C_WORD), C_16(C_WORD)};
#undef C_16
#undef C_AL
#undef C_DI

static int is_alpha(unsigned char c) {
  return cclass[c] & C_ALPHA;
}

static int is_alnum(unsigned char c) {
  return cclass[c] & (C_ALPHA | C_DIGIT);
}

static int word_char(unsigned char c) {
  return cclass[c] & C_WORD;
}

/* A letter as a bit (either case), other bytes all as bit 26: for sets of
 * first letters and of the letters of a name. */
static unsigned letter_bit(unsigned char c) {
  c |= 32;
  return c >= 'a' && c <= 'z' ? 1u << (c - 'a') : 1u << 26;
}

/* The word bytes (word_char) of t[0..64) as bits, and in *alnum those of
 * letters and digits; bytes from avail on (the end of the text) count as
 * neither. Sixteen bytes at a time: the word scans of the checks read
 * whole items, and a loop byte by byte mispredicts at every word's end. */
static uint64_t word_bits(const char *t, size_t avail, uint64_t *alnum) {
  char pad[64];
  if (avail < 64) {
    memset(pad, 0, sizeof pad);
    memcpy(pad, t, avail);
    t = pad;
  }
  uint64_t w = 0, a = 0;
#if defined(__SSE2__) && defined(__GNUC__)
  for (int k = 0; k < 4; k++) {
    __m128i x = _mm_loadu_si128((const __m128i *)(t + 16 * k));
    /* letters: (x | 32) - 'a' below 26, and digits: x - '0' below 10, as
     * signed compares shifted to the bottom of the signed range */
    __m128i letter =
        _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, _mm_set1_epi8(32)),
                                    _mm_set1_epi8((char)(128 - 'a'))),
                       _mm_set1_epi8((char)(-128 + 26)));
    __m128i digit =
        _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8((char)(128 - '0'))),
                       _mm_set1_epi8((char)(-128 + 10)));
    __m128i an = _mm_or_si128(letter, digit);
    /* the apostrophe, the hyphen and UTF-8's bytes (the top bit) */
    __m128i other = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\'')),
                                 _mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
    unsigned ab = (unsigned)_mm_movemask_epi8(an);
    unsigned wb = ab | (unsigned)_mm_movemask_epi8(other) |
                  (unsigned)_mm_movemask_epi8(x);
    a |= (uint64_t)ab << (16 * k);
    w |= (uint64_t)wb << (16 * k);
  }
#else
  for (int i = 0; i < 64; i++) {
    unsigned char c = (unsigned char)t[i];
    a |= (uint64_t)(is_alnum(c) != 0) << i;
    w |= (uint64_t)(word_char(c) != 0) << i;
  }
#endif
  *alnum = a;
  return w;
}

/* The words of t[0..n), counted up to `enough` (the callers compare the
 * count with a bound: an item's whole text need not be read for it). */
static size_t count_words(const char *t, size_t n, size_t enough) {
  /* a word is a run of word bytes that starts with a letter or a digit:
   * the starts of runs are the word bytes after a byte that is none */
  size_t w = 0;
  uint64_t carry = 0; /* the last byte read was a word byte */
  for (size_t b = 0; b < n && w < enough; b += 64) {
    uint64_t a, m = word_bits(t + b, n - b < 64 ? n - b : 64, &a);
    w += (size_t)__builtin_popcountll(m & ~(m << 1 | carry) & a);
    carry = m >> 63;
  }
  return w < enough ? w : enough;
}

/* The runs of word bytes of t[0..n) one after another, by the bits of
 * word_bits for a window of 64 bytes from `base`, loaded as the scan
 * passes its end. */
typedef struct wscan {
  const char *t;
  size_t n, base;
  uint64_t m; /* word bytes of t[base..base + 64) */
} wscan;

/* The first byte from i on that is (want 1) or is not (want 0) a word
 * byte; n if none. */
static size_t wscan_next(wscan *s, size_t i, int want) {
  while (i < s->n) {
    if (i - s->base >= 64) { /* unsigned: also for i before base */
      uint64_t a;
      s->base = i;
      s->m = word_bits(s->t + i, s->n - i < 64 ? s->n - i : 64, &a);
    }
    uint64_t x = (want ? s->m : ~s->m) >> (i - s->base);
    if (x) {
      size_t at = i + (size_t)__builtin_ctzll(x);
      return at < s->n ? at : s->n;
    }
    i = s->base + 64;
  }
  return s->n;
}

/* wscan_next, inline where the answer is in the window (most words). */
static inline size_t wscan_find(wscan *s, size_t i, int want) {
  if (i - s->base < 64) {
    uint64_t x = (want ? s->m : ~s->m) >> (i - s->base);
    if (x) {
      size_t at = i + (size_t)__builtin_ctzll(x);
      return at < s->n ? at : s->n;
    }
  }
  return wscan_next(s, i, want);
}

static int rule_index(ck *k, const char *rule) {
  for (size_t i = 0; i < k->nseen; i++)
    if (k->seen[i].id == rule)
      return k->seen[i].index;
  int r = mins__rule_index(rule);
  if (k->nseen < sizeof k->seen / sizeof k->seen[0]) {
    k->seen[k->nseen].id = rule;
    k->seen[k->nseen].index = r;
    k->nseen++;
  }
  return r;
}

static int on(ck *k, const char *rule) {
  int i = rule_index(k, rule);
  return i >= 0 && i < MINS__RULES_MAX && k->lv.level[i] != MINS_RULE_OFF;
}

static void emit(ck *k, const char *rule, unsigned line, unsigned col,
                 const char *hint, const char *fmt, ...) MINS_PRINTF(6, 7);
static void emit(ck *k, const char *rule, unsigned line, unsigned col,
                 const char *hint, const char *fmt, ...) {
  if (!on(k, rule))
    return;
  va_list ap;
  va_start(ap, fmt);
  mins__vdiag(&k->d->arena, &k->d->diags, rule, line ? line : 1, line ? col : 1,
              hint, fmt, ap);
  va_end(ap);
}

/* Line and column of a byte offset of the source. */
static void pos_of(const ck *k, size_t off, unsigned *line, unsigned *col) {
  mins__offset_pos(k->d, off, line, col);
}

/* A name as a key: lower case, one space between words, no dots. */
static void name_key(const char *s, char *out, size_t cap) {
  size_t k = 0;
  int space = 0;
  for (; s && *s && k + 1 < cap; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == ',')
      continue;
    /* a full stop ends an initial even with no space after it:
     * "M.Collins" is "M. Collins", not "Mcollins" */
    if (c == '.' && !is_alpha((unsigned char)s[1]))
      continue;
    if (mins__is_space(c) || c == '.') {
      space = k > 0;
      continue;
    }
    if (space && k + 2 < cap)
      out[k++] = ' ';
    space = 0;
    out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[k] = '\0';
}

/* "J. Smith", "John Smith" and "Cllr John Smith": one person when the last
 * words agree and the first names agree or one is an initial. */
static int same_keys(const char *ka, const char *kb) {
  if (!ka[0] || !kb[0])
    return 0;
  if (strcmp(ka, kb) == 0)
    return 1;
  const char *la = strrchr(ka, ' '), *lb = strrchr(kb, ' ');
  if (!la || !lb || strcmp(la, lb) != 0)
    return 0;
  /* first names: equal, or one is the other's initial */
  size_t fa = strcspn(ka, " "), fb = strcspn(kb, " ");
  if (fa == fb && memcmp(ka, kb, fa) == 0)
    return 1;
  return (fa == 1 || fb == 1) && ka[0] == kb[0];
}

static int same_person(const char *a, const char *b) {
  char ka[128], kb[128];
  name_key(a, ka, sizeof ka);
  name_key(b, kb, sizeof kb);
  return same_keys(ka, kb);
}

/* Could a one-word handle of a scribe tool be this name? "mgylling",
 * "gc" and "Markus" for Markus Gylling; "MikeS" for Mike Smith. */
static int handle_of(const char *handle, const char *name) {
  char h[64], kn[128];
  size_t k = 0;
  for (const char *p = handle; *p && k + 1 < sizeof h; p++) {
    unsigned char c = (unsigned char)*p;
    if (is_alpha(c))
      h[k++] = (char)(c | 32);
    else if (c == ' ')
      return 0; /* not one word */
  }
  h[k] = '\0';
  name_key(name, kn, sizeof kn);
  const char *last = strrchr(kn, ' ');
  if (k < 2 || !last)
    return 0;
  last++;
  size_t fl = strcspn(kn, " ");
  char cand[4][128];
  snprintf(cand[0], sizeof cand[0], "%.*s", (int)fl, kn); /* markus */
  snprintf(cand[1], sizeof cand[1], "%s", last);          /* gylling */
  snprintf(cand[2], sizeof cand[2], "%c%s", kn[0], last); /* mgylling */
  snprintf(cand[3], sizeof cand[3], "%.*s%c", (int)fl, kn, last[0]); /* mikes */
  for (int i = 0; i < 4; i++)
    if (strcmp(h, cand[i]) == 0)
      return 1;
  return k == 2 && h[0] == kn[0] && h[1] == last[0]; /* gc */
}

/* The value of a front matter key mins itself does not read. */
static const mins_value *extra(const mins_doc *d, const char *key) {
  for (size_t i = 0; i < mins_doc_extra_count(d); i++) {
    const char *k;
    const mins_value *v = mins_doc_extra(d, i, &k);
    if (k && mins__ieq(k, key))
      return v;
  }
  return NULL;
}

static const char *scalar(const mins_value *v) {
  return v && v->type == MINS_VALUE_SCALAR ? v->scalar : NULL;
}

/* ---- front matter -------------------------------------------------------- */

/* Every key mins reads, with the other bodies' spellings it accepts
 * (frontmatter.c) and the keys only the checks read. */
static const char *const known_keys[] = {
    "committee", "title", "date", "time", "end_time", "location", "chair",
    "clerk", "present", "in_attendance", "apologies", "absent", "declarations",
    "previous", "actions", "tags", "exempt", "members", "attendees",
    "participants", "other_attendees", "officers", "also_present", "guests",
    "regrets", "place", "venue", "chairman", "chairperson", "secretary",
    "scribe", "minute_taker", "start_time", "end", "previous_meeting",
    /* read by the checks */
    "membership", "quorum", "for_information", NULL};

/* Where a top-level key stands in the front matter: its own line. */
static void key_pos(const ck *k, const char *key, const mins_value *v,
                    unsigned *line, unsigned *col) {
  const mins_doc *d = k->d;
  size_t kl = strlen(key);
  for (unsigned l = 2; l + 1 < d->body_line && l <= d->nlines; l++) {
    const char *s = d->src + d->line_off[l - 1];
    size_t rest = d->len - d->line_off[l - 1];
    size_t q = rest > 0 && (s[0] == '"' || s[0] == '\'') ? 1 : 0;
    if (rest >= kl + q + 1 && memcmp(s + q, key, kl) == 0) {
      size_t e = kl + q * 2;
      while (e < rest && s[e] == ' ')
        e++;
      if (e < rest && s[e] == ':') {
        *line = l;
        *col = 1;
        return;
      }
    }
  }
  *line = v ? v->line : 1;
  *col = v ? v->column : 1;
}

/* Compare keys as a person would type them: "End-Time" is "end_time". */
static void key_norm(const char *s, char *out, size_t cap) {
  size_t k = 0;
  for (; *s && k + 1 < cap; s++) {
    unsigned char c = (unsigned char)*s;
    out[k++] =
        c == '-' || c == ' ' ? '_' : (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  out[k] = '\0';
}

static void check_front_matter(ck *k) {
  mins_doc *d = k->d;
  if (!d->has_fm) {
    emit(k, "fm-missing", 1, 1,
         "begin the file with a '---' block giving at least committee and "
         "date",
         "no front matter: the meeting is read from the text alone");
    return;
  }
  for (size_t i = 0; i < mins_doc_extra_count(d); i++) {
    const char *key;
    const mins_value *v = mins_doc_extra(d, i, &key);
    if (!key)
      continue;
    char nk[64];
    key_norm(key, nk, sizeof nk);
    const char *best = NULL;
    size_t bd = 99;
    int exact = 0;
    for (int j = 0; known_keys[j]; j++) {
      if (strcmp(nk, known_keys[j]) == 0) {
        exact = mins__ieq(key, known_keys[j]) ? 1 : 2;
        best = known_keys[j];
        break;
      }
      size_t dist = mins__edit_distance(nk, known_keys[j], 2);
      if (dist < bd) {
        bd = dist;
        best = known_keys[j];
      }
    }
    if (exact == 1)
      continue;
    unsigned line, col;
    key_pos(k, key, v, &line, &col);
    size_t kl = strlen(nk);
    if (exact == 2 || (best && bd <= (kl >= 6 ? 2u : 1u) && kl >= 3)) {
      char hint[96];
      snprintf(hint, sizeof hint, "did you mean '%s'?", best);
      emit(k, "fm-key-typo", line, col, hint,
           "front matter key '%s' is not one mins reads", key);
    } else {
      emit(k, "fm-unknown-key", line, col, NULL,
           "front matter key '%s' is not one mins reads; it is kept for "
           "exports",
           key);
    }
  }
  /* the keys only the checks read */
  const mins_value *v = extra(d, "membership");
  if (v && v->type != MINS_VALUE_LIST && v->type != MINS_VALUE_NULL)
    emit(k, "fm-type", v->line, v->column, NULL,
         "'membership' should be a list of names");
  v = extra(d, "quorum");
  if (v && v->type != MINS_VALUE_NULL &&
      (!scalar(v) || mins__quorum(scalar(v), 1, NULL) != 0))
    emit(k, "fm-type", v->line, v->column,
         "write a number (3) or a fraction of the membership (1/3)",
         "'quorum' should be a number");
  v = extra(d, "for_information");
  if (v && v->type != MINS_VALUE_LIST && v->type != MINS_VALUE_SCALAR &&
      v->type != MINS_VALUE_NULL)
    emit(k, "fm-type", v->line, v->column, NULL,
         "'for_information' should be a list of item numbers");
}

/* ---- the meeting --------------------------------------------------------- */

static const char *const weekdays[] = {"Monday",   "Tuesday", "Wednesday",
                                       "Thursday", "Friday",  "Saturday",
                                       "Sunday"};

static void check_meeting(ck *k) {
  const mins_meeting *m = &k->d->meeting;
  if (!m->committee.value)
    emit(k, "meeting-no-committee", 1, 1,
         k->d->has_fm ? "add 'committee: Name' to the front matter"
                      : "add front matter with 'committee: Name'",
         "the minutes do not say which committee met");
  if (!m->date.value && !m->date_unknown)
    emit(k, "meeting-no-date", 1, 1,
         "add 'date: YYYY-MM-DD' to the front matter, or 'date: null' if it "
         "is not known",
         "the minutes do not say when the meeting was held");
  if (m->fm_date.value && m->text_date.value &&
      strcmp(m->fm_date.value, m->text_date.value) != 0) {
    char hint[64];
    snprintf(hint, sizeof hint, "the front matter gives %s at line %u",
             m->fm_date.value, m->fm_date.line);
    emit(k, "meeting-date-mismatch", m->text_date.line, m->text_date.column,
         hint, "the body dates the meeting %s, the front matter %s",
         m->text_date.value, m->fm_date.value);
  }
  if (m->text_weekday.value && m->text_date.value) {
    int want = mins__weekday(m->text_date.value);
    int got = mins__weekday_name(m->text_weekday.value,
                                 strlen(m->text_weekday.value));
    if (want >= 0 && got >= 0 && want != got) {
      char hint[64];
      snprintf(hint, sizeof hint, "%s was a %s", m->text_date.value,
               weekdays[want]);
      emit(k, "meeting-weekday", m->text_weekday.line, m->text_weekday.column,
           hint, "'%s' does not match the date %s", m->text_weekday.value,
           m->text_date.value);
    }
  }
}

/* ---- items --------------------------------------------------------------- */

typedef struct inum {
  int part[8];
  int letter[8]; /* the part was written as a letter: "4a" */
  int n;
  const char *series; /* what follows a '/', "18" of "203/18" */
  size_t slen;
} inum;

static int parse_inum(const char *s, inum *o) {
  memset(o, 0, sizeof *o);
  const char *p = s;
  while (*p && is_alpha((unsigned char)*p))
    p++; /* a letter prefix of a minute number: "P12/23" */
  if (*p == ' ')
    p++;
  if (!(*p >= '0' && *p <= '9'))
    return 0;
  while (*p && o->n < 8) {
    if (*p >= '0' && *p <= '9') {
      char *end;
      long v = strtol(p, &end, 10);
      p = end;
      o->part[o->n++] = v > 9999 ? 9999 : (int)v;
    } else if (*p == '.' && p[1] >= '0' && p[1] <= '9') {
      p++;
    } else if (((*p | 32) >= 'a' && (*p | 32) <= 'z') && o->n > 0 &&
               !is_alpha((unsigned char)p[1])) {
      o->letter[o->n] = 1;
      o->part[o->n++] = (*p | 32) - 'a' + 1;
      p++;
    } else if (*p == '/') {
      o->series = p + 1;
      o->slen = strlen(p + 1);
      break;
    } else {
      break;
    }
  }
  return o->n > 0;
}

static int inum_cmp(const inum *a, const inum *b) {
  for (int i = 0; i < a->n && i < b->n; i++)
    if (a->part[i] != b->part[i])
      return a->part[i] < b->part[i] ? -1 : 1;
  return a->n - b->n;
}

static int same_series(const inum *a, const inum *b) {
  return a->slen == b->slen &&
         (a->slen == 0 || memcmp(a->series, b->series, a->slen) == 0);
}

/* Does b follow a: "4" -> "5", "4" -> "4.1" or "4a", "4.2" -> "5"? */
static int follows(const inum *a, const inum *b) {
  if (b->n == a->n + 1) {
    for (int i = 0; i < a->n; i++)
      if (a->part[i] != b->part[i])
        return 0;
    return b->part[a->n] == 1;
  }
  if (b->n > a->n || b->n == 0)
    return 0;
  for (int i = 0; i + 1 < b->n; i++)
    if (a->part[i] != b->part[i])
      return 0;
  return b->part[b->n - 1] == a->part[b->n - 1] + 1;
}

/* The number that should have come after a, at b's depth, written in b's
 * style ("4" after "3"; "4b" after "4a"), or 0 if there is none. */
static int expected(const inum *a, const inum *b, char *out, size_t cap) {
  if (b->n > a->n || b->n == 0)
    return 0;
  size_t k = 0;
  for (int i = 0; i < b->n && k + 8 < cap; i++) {
    int v = i + 1 == b->n ? a->part[i] + 1 : a->part[i];
    if (b->letter[i] && v >= 1 && v <= 26)
      out[k++] = (char)('a' + v - 1);
    else
      k += (size_t)snprintf(out + k, cap - k, "%s%d", i ? "." : "", v);
  }
  out[k] = '\0';
  return 1;
}

/* Are the numbers between a and b (same depth) all somewhere else in the
 * document, earlier (taken out of turn) or later (out of order, which
 * item-number-order reports), so that none is missing? */
static int skipped_used(const mins_item *items, const inum *nums, size_t ni,
                        size_t i, const inum *a, const inum *b) {
  if (a->n != b->n)
    return 0;
  for (int d = 0; d + 1 < a->n; d++)
    if (a->part[d] != b->part[d])
      return 0;
  for (int v = a->part[a->n - 1] + 1; v < b->part[b->n - 1]; v++) {
    int used = 0;
    for (size_t j = 0; j < ni && !used; j++) {
      inum o;
      if (j == i || !items[j].number)
        continue;
      const inum *x = j < i ? &nums[j] : &o;
      if (j > i && !parse_inum(items[j].number, &o))
        continue;
      used = same_series(x, b) && x->n == b->n && x->part[b->n - 1] == v &&
             memcmp(x->part, b->part, sizeof(int) * (size_t)(b->n - 1)) == 0;
    }
    if (!used)
      return 0;
  }
  return 1;
}

/* Does the text just before an item say it is taken out of turn: "it was
 * agreed to take Item 3 at this point"? */
static int taken_out_of_turn(const ck *k, const mins_item *it) {
  size_t end = it->offset < k->len ? it->offset : k->len;
  size_t start = end > 600 ? end - 600 : 0;
  if (start < k->d->body_off)
    start = k->d->body_off;
  size_t nl = strlen(it->number);
  const char *t = k->src;
  for (size_t p = start; p + 5 + nl <= end; p++) {
    if (!mins__istarts(t + p, end - p, "item ") ||
        (p > 0 && is_alpha((unsigned char)t[p - 1])))
      continue;
    size_t q = p + 5;
    if (strncmp(t + q, it->number, nl) == 0 &&
        (q + nl >= end || !is_alnum((unsigned char)t[q + nl])))
      return 1;
  }
  return 0;
}

/* Is everything after an item's heading line blank, up to its end? */
/* A paragraph item whose text is a sentence of its own, not an agenda
 * heading waiting for its text: it ends with a full stop. */
static int sentence_item(const ck *k, const mins_item *it) {
  size_t s = it->offset < k->len ? it->offset : k->len;
  size_t e = it->end_offset < k->len ? it->end_offset : k->len;
  while (e > s && mins__is_space((unsigned char)k->src[e - 1]))
    e--;
  return e > s &&
         (k->src[e - 1] == '.' || count_words(k->src + s, e - s, 13) > 12);
}

static int child_of(const mins_item *parent, const mins_item *it) {
  if (!parent->number || !it->number)
    return 0;
  /* "VII. ACTION ITEMS" then "A. Resolution No. 23-24-07": outline
   * letters under a numeral */
  if (strspn(parent->number, "IVXL") == strlen(parent->number) &&
      it->number[0] >= 'A' && it->number[0] <= 'Z' && !it->number[1])
    return 1;
  size_t n = strlen(parent->number);
  return strncmp(parent->number, it->number, n) == 0 && it->number[n] != '\0' &&
         !(it->number[n] >= '0' && it->number[n] <= '9');
}

static void check_items(ck *k) {
  mins_doc *d = k->d;
  size_t ni = mins_doc_item_count(d);
  const mins_item *items = d->items.data;
  if (!ni)
    return;
  inum *nums = mins__alloc(&d->arena, ni * sizeof(inum));
  if (!nums)
    return;
  /* numbering, in the order the items come; an item taken out of turn
   * on purpose ("it was agreed to take Item 3 at this point") is not a
   * slip, nor are the items that then follow their own order */
  size_t prev = MINS_NONE;
  for (size_t i = 0; i < ni; i++) {
    const mins_item *it = &items[i];
    if (!it->number || !parse_inum(it->number, &nums[i]))
      continue;
    size_t first = MINS_NONE;
    for (size_t j = 0; j < i && first == MINS_NONE; j++)
      if (nums[j].n && same_series(&nums[j], &nums[i]) &&
          inum_cmp(&nums[j], &nums[i]) == 0)
        first = j;
    if (first != MINS_NONE) {
      char hint[64];
      snprintf(hint, sizeof hint, "item %s is at line %u", items[first].number,
               items[first].line);
      emit(k, "item-number-repeat", it->line, it->column, hint,
           "item number %s is used twice", it->number);
      continue;
    }
    if (prev == MINS_NONE || !same_series(&nums[prev], &nums[i]) ||
        follows(&nums[prev], &nums[i])) {
      prev = i;
      continue;
    }
    if (taken_out_of_turn(k, it))
      continue; /* announced: the sequence goes on from prev */
    const inum *a = &nums[prev], *b = &nums[i];
    if (inum_cmp(b, a) < 0) {
      /* the sequence goes on from here: a numbering that restarts is one
       * slip, and a swap is one too (its numbers are all used) */
      emit(k, "item-number-order", it->line, it->column, NULL,
           "item %s comes after item %s (line %u)", it->number,
           items[prev].number, items[prev].line);
    } else if (!skipped_used(items, nums, ni, i, a, b)) {
      char want[48], hint[80];
      int have = expected(a, b, want, sizeof want);
      snprintf(hint, sizeof hint, "did you mean %s?", want);
      emit(k, "item-number-gap", it->line, it->column, have ? hint : NULL,
           "item %s follows item %s: a number is skipped", it->number,
           items[prev].number);
    }
    prev = i;
  }
  /* heading levels of the top-level items */
  int count[7] = {0};
  int first_level = 0;
  for (size_t i = 0; i < ni; i++) {
    const mins_item *it = &items[i];
    if (!(it->flags & MINS_ITEM_HEADING) || it->level < 1 || it->level > 6 ||
        !it->number || nums[i].n != 1)
      continue; /* unnumbered topics: their levels are the outline */
    if (!first_level)
      first_level = it->level;
    count[it->level]++;
  }
  int major = first_level;
  for (int l = 1; l <= 6; l++)
    if (count[l] > count[major])
      major = l;
  for (size_t i = 0; major && i < ni; i++) {
    const mins_item *it = &items[i];
    if (!(it->flags & MINS_ITEM_HEADING) || it->level == major ||
        it->level < 1 || !it->number || nums[i].n != 1)
      continue;
    char hint[96];
    snprintf(hint, sizeof hint, "write it as the others are: '%.*s %s. ...'",
             major, "######", it->number);
    emit(k, "item-heading-level", it->line, it->column, hint,
         "item %s is a level-%d heading; the other items are level %d",
         it->number, it->level, major);
  }
  /* empty items: no text, no sub-items, nothing after the title */
  for (size_t i = 0; i < ni; i++) {
    const mins_item *it = &items[i];
    int empty = it->text_blocks == 0;
    if ((it->flags & MINS_ITEM_EXEMPT) || !empty)
      continue;
    if (i + 1 < ni && child_of(it, &items[i + 1]))
      continue;
    if (it->title &&
        (strchr(it->title, ':') ||
         mins__istr(it->title, strlen(it->title), " \xE2\x80\x93 ")))
      continue; /* "Apologies: none" says it in the title */
    if (!(it->flags & MINS_ITEM_HEADING) && sentence_item(k, it))
      continue; /* "4. No Declarations of Interest made.": a sentence */
    emit(k, "item-empty", it->line, it->column,
         "say what happened, even 'There was no other business.'",
         "item %s has no text",
         it->number ? it->number : (it->title ? it->title : ""));
  }
}

/* ---- people -------------------------------------------------------------- */

typedef struct pref {
  const mins_person *p;
  char key[128];
  size_t len;       /* of key */
  unsigned h;       /* a hash of key: keys of other hashes differ */
  unsigned letters; /* the letters in key, as bits (letter_bit) */
} pref;

/* The letters of a key, as bits. */
static unsigned key_letters(const char *k) {
  unsigned m = 0;
  for (; *k; k++)
    m |= letter_bit((unsigned char)*k);
  return m;
}

static unsigned key_hash(const char *k) {
  unsigned h = 2166136261u;
  for (; *k; k++)
    h = (h ^ (unsigned char)*k) * 16777619u;
  return h;
}

/* A person's key with its length, hash and letters, in one pass over it. */
static void pref_key(pref *r, const char *name) {
  name_key(name, r->key, sizeof r->key);
  unsigned h = 2166136261u, m = 0; /* key_hash's, key_letters' */
  size_t n = 0;
  for (; r->key[n]; n++) {
    unsigned char c = (unsigned char)r->key[n];
    h = (h ^ c) * 16777619u;
    m |= letter_bit(c);
  }
  r->len = n;
  r->h = h;
  r->letters = m;
}

/* Bits set in m. */
static size_t bits(unsigned m) {
  size_t n = 0;
  for (; m; m &= m - 1)
    n++;
  return n;
}

/* Are the keys of two people the same? */
static int same_key(const pref *a, const pref *b) {
  return a->h == b->h && strcmp(a->key, b->key) == 0;
}

static const char *list_word(mins_list l) {
  switch (l) {
  case MINS_APOLOGIES:
    return "as sending apologies";
  case MINS_ABSENT:
    return "as absent";
  case MINS_IN_ATTENDANCE:
    return "in attendance";
  default:
    return "as present";
  }
}

/* Words that make an owner or a declarant a post rather than a person,
 * by their first letter (a name's words are looked up in one short list,
 * not all of them: this runs on every person of every document). */
static const char *const *role_words(int c) {
  static const char *const a[] = {"all", "adviser", "advisor", "auditor", NULL};
  static const char *const b[] = {"board", NULL};
  static const char *const c_[] = {
      "clerk",       "chair",   "chairman",  "commissioner", "chamberlain",
      "comptroller", "council", "committee", "coordinator",  "co-ordinator",
      "commander",   "chief",   NULL};
  static const char *const d[] = {"director", "department", NULL};
  static const char *const e[] = {"everyone", "executive", "engineer", NULL};
  static const char *const g[] = {"group", NULL};
  static const char *const h[] = {"head", NULL};
  static const char *const i[] = {"inspector", NULL};
  static const char *const l[] = {"lead", NULL};
  static const char *const m[] = {"manager", "members", "mayor", NULL};
  static const char *const o[] = {"officer", NULL};
  static const char *const p[] = {"partnership", "police", NULL};
  static const char *const r[] = {"remembrancer", NULL};
  static const char *const s[] = {"secretary", "service",  "sergeant",
                                  "solicitor", "surveyor", NULL};
  static const char *const t[] = {"treasurer", "team", NULL};
  switch (c) {
  case 'a':
    return a;
  case 'b':
    return b;
  case 'c':
    return c_;
  case 'd':
    return d;
  case 'e':
    return e;
  case 'g':
    return g;
  case 'h':
    return h;
  case 'i':
    return i;
  case 'l':
    return l;
  case 'm':
    return m;
  case 'o':
    return o;
  case 'p':
    return p;
  case 'r':
    return r;
  case 's':
    return s;
  case 't':
    return t;
  default:
    return NULL;
  }
}

/* The lengths of the posts' words by first letter, as bits: made once for
 * the process (call_once: parsers may run in threads). */
static unsigned role_lens[26];
static once_flag role_once = ONCE_FLAG_INIT;

static void role_init(void) {
  for (int c = 'a'; c <= 'z'; c++) {
    const char *const *words = role_words(c);
    for (int i = 0; words && words[i]; i++)
      role_lens[c - 'a'] |= 1u << strlen(words[i]);
  }
}

/* Is a word of s a post ("Officers" too, "Allan" not)? Compared word by
 * word, and only a word of a post's first letter and length. */
static int role_like(const char *s) {
  call_once(&role_once, role_init);
  const char *p = s;
  while (p && *p) {
    while (*p && !is_alpha((unsigned char)*p))
      p++;
    const char *w = p;
    while (*p && (is_alpha((unsigned char)*p) || *p == '-'))
      p++;
    size_t whole = (size_t)(p - w), n = whole;
    if (n > 1 && (w[n - 1] | 32) == 's')
      n--; /* "Officers" */
    if (n < 3 || whole >= 32)
      continue;
    unsigned lens = role_lens[(w[0] | 32) - 'a'];
    if (!((lens >> n | lens >> whole) & 1))
      continue;
    const char *const *words = role_words(w[0] | 32);
    for (int i = 0; words && words[i]; i++)
      if (mins__nieq(w, n, words[i]) ||
          mins__nieq(w, (size_t)(p - w), words[i]))
        return 1;
  }
  return 0;
}

typedef struct people {
  pref *v;
  size_t n;
  char (*members)[128];
  size_t nmembers;
  const mins_value *membership;
} people;

/* Is the name someone present or in attendance, by name or by role? */
static int attending(const people *pp, const char *who) {
  for (size_t i = 0; i < pp->n; i++) {
    const mins_person *p = pp->v[i].p;
    if (p->list != MINS_PRESENT && p->list != MINS_IN_ATTENDANCE)
      continue;
    if (same_person(p->name, who) || (p->role && mins__ieq(p->role, who)))
      return 1;
    if (p->role && strlen(who) > 4 && mins__istr(p->role, strlen(p->role), who))
      return 1;
  }
  return 0;
}

static int member(const people *pp, const char *who) {
  for (size_t i = 0; i < pp->nmembers; i++)
    if (same_person(pp->members[i], who))
      return 1;
  return 0;
}

static void who_absent(ck *k, const people *pp, const char *rule,
                       const char *who, unsigned line, unsigned col,
                       const char *what) {
  if (!who || attending(pp, who))
    return;
  if (member(pp, who)) {
    emit(k, rule, line, col, "check the present list and the apologies",
         "%s %s, but is a member not recorded as present", what, who);
  } else if (!role_like(who)) {
    emit(k, rule, line, col, "check the present and in-attendance lists",
         "%s %s, who is neither present nor in attendance", what, who);
  }
}

static void check_people(ck *k) {
  mins_doc *d = k->d;
  people pp;
  memset(&pp, 0, sizeof pp);
  size_t total = 0;
  for (int l = 0; l < MINS_LIST_COUNT; l++)
    total += mins_doc_person_count(d, (mins_list)l);
  /* not cleared (mins__realloc of nothing): each entry is set below, and
   * clearing keys of 128 bytes cost more than making them */
  pp.v = mins__realloc(&d->arena, NULL, 0, (total + 1) * sizeof(pref));
  if (!pp.v)
    return;
  for (int l = 0; l < MINS_LIST_COUNT; l++)
    for (size_t i = 0; i < mins_doc_person_count(d, (mins_list)l); i++) {
      pref *r = &pp.v[pp.n++];
      r->p = mins_doc_person(d, (mins_list)l, i);
      pref_key(r, r->p->name);
    }
  /* a post read as a name ("Executive Engineer") is no one to compare */
  for (size_t i = 0; i < pp.n; i++)
    if (role_like(pp.v[i].p->name)) {
      pp.v[i].key[0] = '\0';
      pp.v[i].len = 0;
      pp.v[i].h = key_hash("");
      pp.v[i].letters = 0;
    }
  /* present and away; the same person twice */
  for (size_t i = 0; i < pp.n; i++) {
    const mins_person *a = pp.v[i].p;
    if (!pp.v[i].key[0])
      continue;
    for (size_t j = 0; j < pp.n; j++) {
      const mins_person *b = pp.v[j].p;
      if (i == j || !pp.v[j].key[0] || !same_key(&pp.v[i], &pp.v[j]))
        continue;
      int a_here = a->list == MINS_PRESENT || a->list == MINS_IN_ATTENDANCE;
      int b_here = b->list == MINS_PRESENT || b->list == MINS_IN_ATTENDANCE;
      if (!a_here && b_here && j < pp.n) {
        if (b->flags & MINS_PERSON_PART)
          continue; /* arrived late: apologies for lateness */
        char hint[64];
        snprintf(hint, sizeof hint, "listed %s at line %u", list_word(b->list),
                 b->line);
        emit(k, "people-present-and-absent", a->line, a->column, hint,
             "%s is listed %s and %s", a->name, list_word(b->list),
             list_word(a->list));
        break;
      }
      if (j < i && a_here == b_here &&
          (a->flags & MINS_PERSON_FRONT_MATTER) ==
              (b->flags & MINS_PERSON_FRONT_MATTER)) {
        char hint[64];
        snprintf(hint, sizeof hint, "first listed at line %u", b->line);
        emit(k, "people-duplicate", a->line, a->column, hint,
             "%s is listed twice", a->name);
        break;
      }
    }
  }
  /* one name spelled two ways: close, not equal, not one person's initial */
  const mins_meeting *m = &d->meeting;
  for (size_t i = 0; i < pp.n; i++) {
    const char *ka = pp.v[i].key;
    size_t la = pp.v[i].len;
    if (la < 5)
      continue;
    for (size_t j = 0; j < i; j++) {
      const char *kb = pp.v[j].key;
      size_t lb = pp.v[j].len;
      size_t lmin = la < lb ? la : lb;
      if (lmin < 5 || same_key(&pp.v[i], &pp.v[j]))
        continue;
      /* a spelling varies inside a name: the first letters or the last
       * three agree ("Jon"/"John", "Catherine"/"Katherine") */
      if (ka[0] != kb[0] && memcmp(ka + la - 3, kb + lb - 3, 3) != 0)
        continue;
      size_t cap = lmin >= 12 ? 2 : 1;
      /* each letter one key has and the other has not takes an edit */
      unsigned lt_a = pp.v[i].letters, lt_b = pp.v[j].letters;
      if (bits(lt_a & ~lt_b) > cap || bits(lt_b & ~lt_a) > cap)
        continue;
      size_t dist = mins__edit_distance(ka, kb, cap);
      if (dist == 0 || dist > cap)
        continue;
      /* report each pair once: the first of ka's spellings */
      int seen = 0;
      for (size_t q = 0; q < i && !seen; q++)
        seen = q != j && same_key(&pp.v[q], &pp.v[i]);
      if (seen)
        break;
      char hint[160];
      snprintf(hint, sizeof hint, "'%s' at line %u; spell the name one way",
               pp.v[j].p->name, pp.v[j].p->line);
      emit(k, "people-spelling", pp.v[i].p->line, pp.v[i].p->column, hint,
           "'%s' looks like '%s' spelled another way", pp.v[i].p->name,
           pp.v[j].p->name);
      break;
    }
  }
  /* the chair */
  if (m->chair.value) {
    mins_person cp;
    const char *chair = m->chair.value;
    mins__arena *a = &d->arena;
    if (mins__person_parse(a, chair, strlen(chair), &cp) && cp.name)
      chair = cp.name;
    int any = 0, found = 0, sent = 0, near = 0;
    char kc[128], kp[128];
    name_key(chair, kc, sizeof kc);
    size_t kc_len = strlen(kc);
    unsigned kc_letters = key_letters(kc);
    for (size_t i = 0; i < pp.n; i++) {
      const mins_person *p = pp.v[i].p;
      int here = p->list == MINS_PRESENT || p->list == MINS_IN_ATTENDANCE;
      any |= here;
      /* the person's key, made above unless the name reads as a post */
      const char *key = pp.v[i].key;
      if (!key[0]) {
        name_key(p->name, kp, sizeof kp);
        key = kp;
      }
      if (same_keys(key, kc)) {
        if (here)
          found = 1;
        else
          sent = 1;
      } else if (here && handle_of(p->name, chair)) {
        found = 1;
      } else if (here && kc_len >= 5 &&
                 bits(kc_letters & ~pp.v[i].letters) <= 2 &&
                 bits(pp.v[i].letters & ~kc_letters) <= 2 &&
                 mins__edit_distance(kc, pp.v[i].key, 2) <= 2) {
        near = 1;
      }
    }
    if (any && !found && !near)
      emit(k, "people-chair-absent", m->chair.line, m->chair.column,
           sent ? "who chaired in their absence?"
                : "add the chair to the present list",
           "the chair, %s, %s", chair,
           sent ? "is listed as away" : "is not among those present");
  }
  /* the membership: quorum, owners and declarants */
  pp.membership = extra(d, "membership");
  if (pp.membership && pp.membership->type == MINS_VALUE_LIST) {
    const mins_value *mv = pp.membership;
    pp.members = mins__alloc(&d->arena, (mv->count + 1) * 128);
    if (!pp.members)
      return;
    for (size_t i = 0; i < mv->count; i++) {
      const mins_value *e = &mv->items[i];
      const char *s = scalar(e);
      if (e->type == MINS_VALUE_MAP)
        for (size_t j = 0; j < e->count && !s; j++)
          if (mins__ieq(e->keys[j], "name"))
            s = scalar(&e->items[j]);
      mins_person p;
      if (s && mins__person_parse(&d->arena, s, strlen(s), &p) && p.name)
        snprintf(pp.members[pp.nmembers++], 128, "%s", p.name);
    }
  }
  const char *qv = scalar(extra(d, "quorum"));
  if (!qv)
    qv = k->lv.quorum;
  if (pp.nmembers || qv) {
    size_t here = 0, members_here = 0;
    unsigned line = 0, col = 0;
    for (size_t i = 0; i < pp.n; i++) {
      const mins_person *p = pp.v[i].p;
      if (p->list != MINS_PRESENT)
        continue;
      if (!line) {
        line = p->line;
        col = p->column;
      }
      here++;
      if (member(&pp, p->name))
        members_here++;
    }
    size_t count = pp.nmembers ? members_here : here;
    int need = 0;
    if (qv) {
      if (mins__quorum(qv, pp.nmembers, &need) != 0)
        need = 0; /* a fraction without a membership, or bad: fm-type */
    } else {
      need = (int)(pp.nmembers / 2 + 1); /* a majority of the membership */
    }
    if (need > 0 && (here || pp.nmembers) && count < (size_t)need) {
      char hint[96];
      snprintf(hint, sizeof hint, "the quorum is %d%s", need,
               qv ? "" : ", a majority of the membership");
      emit(k, "people-quorum", line, col, hint,
           "%zu member%s present, fewer than the quorum", count,
           count == 1 ? "" : "s");
    }
  }
  if (!pp.nmembers)
    return;
  for (size_t i = 0; i < mins_doc_action_count(d); i++) {
    const mins_action *a = mins_doc_action(d, i);
    char what[64];
    snprintf(what, sizeof what, "action %s%s%sis given to",
             a->number ? "(" : "", a->number ? a->number : "",
             a->number ? ") " : "");
    who_absent(k, &pp, "people-owner-absent", a->owner, a->line, a->column,
               what);
  }
  for (size_t i = 0; i < mins_doc_declaration_count(d); i++) {
    const mins_declaration *x = mins_doc_declaration(d, i);
    who_absent(k, &pp, "people-declarant-absent", x->name, x->line, x->column,
               "an interest is declared by");
  }
}

/* ---- resolutions --------------------------------------------------------- */

/* A closing list of what was decided or given: nothing to decide. */
static int summary_item(const mins_item *it) {
  static const char *const titles[] = {"resolutions",
                                       "decisions",
                                       "summary of resolutions",
                                       "summary of decisions",
                                       "action items",
                                       "actions",
                                       "summary of action items",
                                       "summary of actions",
                                       "action summary",
                                       NULL};
  /* every title opens with r, d, s or a: most items' are told by that */
  const unsigned first = 1u << ('r' - 'a') | 1u << ('d' - 'a') |
                         1u << ('s' - 'a') | 1u << ('a' - 'a');
  if (!it->title || !(letter_bit((unsigned char)it->title[0]) & first))
    return 0;
  for (int i = 0; titles[i]; i++)
    if (mins__ieq(it->title, titles[i]))
      return 1;
  return 0;
}

/* Titles of items that exist to take a decision. */
static int decision_item(const mins_item *it) {
  static const char *const words[] = {"strategy",
                                      "terms of reference",
                                      "standing orders",
                                      "constitution",
                                      "budget",
                                      "precept",
                                      "annual accounts",
                                      "annual return",
                                      "annual governance",
                                      "election of",
                                      "appointment of",
                                      "co-option",
                                      "motion",
                                      "approv",
                                      NULL};
  if (it->kind == MINS_ITEM_MINUTES)
    return 1;
  if (it->kind != MINS_ITEM_OTHER || !it->title)
    return 0;
  /* the title in lower case once, then a strstr a word (not an istr a
   * word: this runs on every item, and titles are short), and that only
   * for words whose first two letters stand together in the title */
  char low[256];
  size_t n = strlen(it->title);
  if (n >= sizeof low) {
    for (int i = 0; words[i]; i++)
      if (mins__istr(it->title, n, words[i]))
        return 1;
    return 0;
  }
  for (size_t i = 0; i <= n; i++)
    low[i] = (char)mins__lower((unsigned char)it->title[i]);
  uint64_t bg[11];
  mins__letter_pairs(low, n, bg);
  for (int i = 0; words[i]; i++)
    if (mins__has_word(low, bg, words[i]))
      return 1;
  return 0;
}

/* A word list, the first letters of its words and their lengths, as bits:
 * a word whose first letter or length has no bit (most words of a text)
 * is in no list, and is told so without reading the list. */
typedef struct wlist {
  const char *const *w;
  unsigned first;
  unsigned lens; /* bit l: a word of l bytes (l < 32) */
} wlist;

static wlist word_list(const char *const *w) {
  wlist l = {w, 0, 0};
  for (int i = 0; w[i]; i++) {
    size_t n = strlen(w[i]);
    l.first |= letter_bit((unsigned char)w[i][0]);
    l.lens |= n < 32 ? 1u << n : 0;
  }
  return l;
}

static int word_in_list(const char *t, size_t s, size_t e, wlist l) {
  char c0 = (char)(t[s] | 32);
  for (int i = 0; l.w[i]; i++)
    if (l.w[i][0] == c0 && mins__nieq(t + s, e - s, l.w[i]))
      return 1;
  return 0;
}

/* Is the word at t[s..e) one of the list? The bits inline, the list read
 * out of line only for a word that passes them. */
static inline int word_in(const char *t, size_t s, size_t e, wlist l) {
  return e > s && e - s < 32 && (l.lens >> (e - s) & 1) &&
         (l.first & letter_bit((unsigned char)t[s])) &&
         word_in_list(t, s, e, l);
}

/* The word before offset p (skipping blanks): [*ws, *we). */
static void word_before(const char *t, size_t from, size_t p, size_t *ws,
                        size_t *we) {
  size_t e = p;
  while (e > from && (t[e - 1] == ' ' || t[e - 1] == '\n'))
    e--;
  size_t s = e;
  while (s > from && word_char((unsigned char)t[s - 1]))
    s--;
  *ws = s;
  *we = e;
}

/* The word lists of prose_outcome with their first letters, and by first
 * letter the lengths of the words of verbs, answers, deciding and aux:
 * made once for the process (call_once: parsers may run in threads). */
static const char *const po_verbs[] = {
    "approved",   "agreed",     "adopted",   "accepted",  "endorsed",
    "ratified",   "confirmed",  "signed",    "carried",   "rejected",
    "refused",    "declined",   "deferred",  "postponed", "noted",
    "elected",    "re-elected", "appointed", "co-opted",  "resolved",
    "decided",    "determined", "received",  "granted",   "authorised",
    "authorized", "supported",  NULL};
static const char *const po_reporting[] = {"noted", "confirmed", "received",
                                           NULL};
static const char *const po_aux[] = {"was", "were", "be", "been", NULL};
static const char *const po_perfect[] = {"had", "has", "have", NULL};
static const char *const po_modal[] = {
    "to",   "will",  "would", "should", "could", "may", "might",
    "must", "shall", "can",   "cannot", "not",   NULL};
static const char *const po_adverbs[] = {
    "duly", "unanimously",  "formally", "then",
    "also", "subsequently", "further",  NULL};
static const char *const po_deciding[] = {"agreed", "resolved", "decided",
                                          NULL};
static const char *const po_answers[] = {"reply", "response", "answer", NULL};

static struct {
  wlist verbs, reporting, aux, perfect, modal, adverbs, deciding, answers;
  unsigned any;      /* the first letters of verbs, answers, deciding, aux */
  unsigned lens[27]; /* their words' lengths by first letter */
} po;
static once_flag po_once = ONCE_FLAG_INIT;

static void po_init(void) {
  po.verbs = word_list(po_verbs);
  po.reporting = word_list(po_reporting);
  po.aux = word_list(po_aux);
  po.perfect = word_list(po_perfect);
  po.modal = word_list(po_modal);
  po.adverbs = word_list(po_adverbs);
  po.deciding = word_list(po_deciding);
  po.answers = word_list(po_answers);
  po.any = po.verbs.first | po.answers.first | po.deciding.first | po.aux.first;
  const char *const *const wanted[] = {po_verbs, po_answers, po_deciding,
                                       po_aux};
  for (size_t l = 0; l < sizeof wanted / sizeof wanted[0]; l++)
    for (int w = 0; wanted[l][w]; w++) {
      size_t wl = strlen(wanted[l][w]);
      po.lens[__builtin_ctz(letter_bit((unsigned char)wanted[l][w][0]))] |=
          1u << (wl < 31 ? wl : 31);
    }
}

/* An outcome told in running text: "The minutes were approved as an
 * accurate record", "Members agreed that ...", "It was agreed that ...",
 * "Approved.", or the "Reply:" that answers a question (not a motion,
 * which wants a decision). Reports do not
 * count: "It was noted that", "had been agreed" (earlier, elsewhere),
 * "will be approved", "The Clerk agreed to write" (an action). */
static int prose_outcome(const char *t, size_t n, int decision) {
  call_once(&po_once, po_init);
  const wlist verbs_l = po.verbs, reporting_l = po.reporting, aux_l = po.aux,
              perfect_l = po.perfect, modal_l = po.modal,
              adverbs_l = po.adverbs, deciding_l = po.deciding,
              answers_l = po.answers;
  const unsigned any = po.any;
  const unsigned *lens = po.lens;
  size_t i = 0;
  wscan sc = {t, n, 1, 0}; /* base past 0: nothing loaded */
  while (i < n) {
    /* the next run of word bytes; a word if it starts with a letter */
    size_t ws = wscan_find(&sc, i, 1);
    size_t we = wscan_find(&sc, ws, 0);
    i = we;
    if (ws == we)
      continue; /* the end of the text */
    /* a word of no list (most words): nothing below would hold. One test
     * of bits, not a chain of branches: which way a word goes cannot be
     * guessed, and a wrong guess costs more than the bits */
    unsigned char c0 = (unsigned char)t[ws];
    unsigned lb = letter_bit(c0);
    size_t wl = we - ws;
    if (!(is_alpha(c0) & ((any & lb) != 0) & (wl <= 30) &
          (lens[__builtin_ctz(lb)] >> (wl & 31) & 1)))
      continue;
    /* where the sentence (or the line) starts */
    size_t b = ws;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '*' || t[b - 1] == '_' ||
                     t[b - 1] == '>' || t[b - 1] == '-'))
      b--;
    int opens = b == 0 || t[b - 1] == '\n' ||
                ((t[b - 1] == '.' || t[b - 1] == ':') && b < ws);
    size_t nx = we;
    while (nx < n && (t[nx] == '*' || t[nx] == '_'))
      nx++;
    /* "Reply:", "Approved.", "Accepted previous minutes." */
    if (!decision && opens && word_in(t, ws, we, answers_l) && nx < n &&
        t[nx] == ':')
      return 1; /* a question answered; a motion's reply decides nothing */
    if (opens && word_in(t, ws, we, verbs_l) &&
        !(nx + 3 <= n && mins__istarts(t + nx, n - nx, " to ")))
      return 1;
    /* "Members agreed that", "it was resolved that" */
    if (word_in(t, ws, we, deciding_l) &&
        mins__istarts(t + nx, n - nx, " that")) {
      size_t ps, pe;
      word_before(t, 0, ws, &ps, &pe);
      if (!word_in(t, ps, pe, perfect_l))
        return 1;
    }
    if (!word_in(t, ws, we, aux_l))
      continue;
    size_t ss, se;
    word_before(t, 0, ws, &ss, &se);
    /* "had been agreed", "will be approved": not this meeting's decision */
    if (word_in(t, ss, se, perfect_l) ||
        (mins__nieq(t + ws, we - ws, "be") && word_in(t, ss, se, modal_l)))
      continue;
    if (mins__nieq(t + ws, we - ws, "been"))
      continue; /* "has been" is a report; "had been" above */
    int it = mins__nieq(t + ss, se - ss, "it");
    /* the participle, past an adverb or two */
    size_t j = i;
    for (int hop = 0; hop < 3; hop++) {
      while (j < n && t[j] == ' ')
        j++;
      size_t vs = j;
      while (j < n && word_char((unsigned char)t[j]))
        j++;
      if (word_in(t, vs, j, adverbs_l))
        continue;
      if (!word_in(t, vs, j, verbs_l))
        break;
      if (it && word_in(t, vs, j, reporting_l))
        break; /* "It was noted that": a report */
      size_t after = j;
      while (after < n && t[after] == ' ')
        after++;
      if (mins__nieq(t + vs, j - vs, "received") &&
          mins__istarts(t + after, n - after, "from"))
        break; /* "Apologies were received from" */
      if (mins__nieq(t + vs, j - vs, "carried") &&
          (mins__istarts(t + after, n - after, "out") ||
           mins__istarts(t + after, n - after, "forward") ||
           mins__istarts(t + after, n - after, "over")))
        break;
      return 1;
    }
  }
  return 0;
}

static void item_text(const ck *k, const mins_item *it, const char **t,
                      size_t *n) {
  size_t s = it->offset < k->len ? it->offset : k->len;
  size_t e = it->end_offset < k->len ? it->end_offset : k->len;
  if (e < s)
    e = s;
  *t = k->src + s;
  *n = e - s;
}

/* Items listed in the front matter's `for_information`: no decision is
 * wanted of them. */
static void mark_for_information(ck *k) {
  const mins_value *v = extra(k->d, "for_information");
  size_t ni = mins_doc_item_count(k->d);
  if (!v)
    return;
  size_t cnt = v->type == MINS_VALUE_LIST ? v->count : 1;
  for (size_t j = 0; j < cnt; j++) {
    const char *num = scalar(v->type == MINS_VALUE_LIST ? &v->items[j] : v);
    for (size_t i = 0; num && i < ni; i++) {
      const mins_item *it = mins_doc_item(k->d, i);
      if (it->number && strcmp(it->number, num) == 0)
        k->for_info[i] = 1;
    }
  }
}

/* Does item i record an outcome in its prose? */
static unsigned char item_prose_outcome(const ck *k, size_t i, int decision) {
  const char *t;
  size_t n;
  item_text(k, mins_doc_item(k->d, i), &t, &n);
  return (unsigned char)prose_outcome(t, n, decision);
}

static void check_outcomes(ck *k) {
  mins_doc *d = k->d;
  size_t ni = mins_doc_item_count(d);
  if (!ni)
    return;
  int want_missing = on(k, "resolution-missing");
  int want_none = on(k, "resolution-no-outcome");
  if (!want_missing && !want_none)
    return;
  /* which items record an outcome (UNREAD while their prose is not read:
   * reading it is most of this check, and it is read only where the
   * answer is wanted), which want a decision, which count for the habit */
  enum { UNREAD = 2 };
  unsigned char *outcome = mins__alloc(&d->arena, ni);
  unsigned char *decision = mins__alloc(&d->arena, ni);
  unsigned char *eligible = mins__alloc(&d->arena, ni);
  if (!outcome || !decision || !eligible)
    return;
  size_t neligible = 0, decided = 0, unread = 0;
  for (size_t i = 0; i < ni; i++) {
    const mins_item *it = mins_doc_item(d, i);
    decision[i] = (unsigned char)decision_item(it);
    outcome[i] = k->has_res[i];
    if (!outcome[i] && (decision[i] || it->kind == MINS_ITEM_OTHER ||
                        it->kind == MINS_ITEM_AOB))
      outcome[i] = UNREAD;
    eligible[i] = !decision[i] && !summary_item(it) &&
                  (it->kind == MINS_ITEM_OTHER || it->kind == MINS_ITEM_AOB) &&
                  !k->for_info[i];
    if (eligible[i]) {
      neligible++;
      decided += outcome[i] == 1;
      unread += outcome[i] == UNREAD;
    }
  }
  /* the minutes record outcomes as their habit when at least two of the
   * eligible items, and at least half, record one: read the eligible
   * items' prose until that is settled either way */
  for (size_t i = 0; i < ni && unread; i++) {
    if (decided >= 2 && decided * 2 >= neligible)
      break; /* settled: a habit */
    if (decided + unread < 2 || (decided + unread) * 2 < neligible)
      break; /* settled: no habit */
    if (!eligible[i] || outcome[i] != UNREAD)
      continue;
    outcome[i] = item_prose_outcome(k, i, 0);
    decided += outcome[i];
    unread--;
  }
  int habit = decided >= 2 && decided * 2 >= neligible;
  for (size_t i = 0; i < ni; i++) {
    const mins_item *it = mins_doc_item(d, i);
    if (k->for_info[i])
      continue;
    if (decision[i] && outcome[i] == UNREAD)
      outcome[i] = item_prose_outcome(k, i, 1);
    if (outcome[i] == 1)
      continue;
    const char *label = it->number ? it->number : (it->title ? it->title : "");
    if (decision[i]) {
      emit(k, "resolution-missing", it->line, it->column,
           it->kind == MINS_ITEM_MINUTES
               ? "add 'Resolved, that the minutes of the meeting held on ... "
                 "be approved as a correct record.'"
               : "add the decision: 'Resolved, that ...'",
           "item %s calls for a decision and records none", label);
      continue;
    }
    if ((it->kind != MINS_ITEM_OTHER && it->kind != MINS_ITEM_AOB) ||
        summary_item(it))
      continue;
    /* only where the minutes record outcomes as their habit */
    if (!habit)
      continue;
    const char *t;
    size_t n;
    item_text(k, it, &t, &n);
    if (count_words(t, n, 50) < 50)
      continue;
    if (outcome[i] == UNREAD && item_prose_outcome(k, i, 0))
      continue;
    emit(k, "resolution-no-outcome", it->line, it->column,
         "add what was decided or noted, or list the item under "
         "'for_information' in the front matter",
         "item %s has discussion but no outcome", label);
  }
}

/* The formula of a "Resolved" resolution, without trailing punctuation. */
static size_t formula_len(const char *f) {
  size_t n = strlen(f);
  while (n && (f[n - 1] == ',' || f[n - 1] == ':' || f[n - 1] == ' ' ||
               f[n - 1] == '-'))
    n--;
  return n;
}

static void check_style(ck *k) {
  mins_doc *d = k->d;
  size_t nr = mins_doc_resolution_count(d);
  if (!on(k, "resolution-style") || nr == 0)
    return;
  const char *style = k->lv.style;
  size_t style_len = style ? strlen(style) : 0;
  if (!style) {
    /* the document's own habit: a formula most of them share */
    size_t best = 0, total = 0;
    for (size_t i = 0; i < nr; i++) {
      const mins_resolution *r = mins_doc_resolution(d, i);
      if (!r->formula ||
          !mins__istarts(r->formula, strlen(r->formula), "resolved"))
        continue;
      total++;
      size_t fl = formula_len(r->formula), same = 0;
      for (size_t j = 0; j < nr; j++) {
        const mins_resolution *q = mins_doc_resolution(d, j);
        if (q->formula && formula_len(q->formula) == fl &&
            memcmp(q->formula, r->formula, fl) == 0)
          same++;
      }
      if (same > best) {
        best = same;
        style = r->formula;
        style_len = fl;
      }
    }
    if (best < 2 || best * 2 <= total)
      return;
  }
  for (size_t i = 0; i < nr; i++) {
    const mins_resolution *r = mins_doc_resolution(d, i);
    if (!r->formula ||
        !mins__istarts(r->formula, strlen(r->formula), "resolved"))
      continue;
    size_t fl = formula_len(r->formula);
    if (fl == style_len && memcmp(r->formula, style, fl) == 0)
      continue;
    /* "RESOLVED:" over a list of parts ("1. that the report be noted;")
     * is the form of a resolution in parts, not a slip of the style */
    size_t fn = strlen(r->formula);
    if (!strncmp(r->text, r->formula, fn)) {
      const char *after = r->text + fn;
      while (*after == ' ' || *after == '\t')
        after++;
      if (*after == '\n')
        continue;
    }
    char hint[96];
    snprintf(hint, sizeof hint, "write '%.*s'", (int)style_len, style);
    emit(k, "resolution-style", r->line, r->column, hint,
         "'%.*s' where the house style is '%.*s'", (int)fl, r->formula,
         (int)style_len, style);
  }
}

/* Slips in the standard formulas, in the source lines of a resolution. */
static void check_slips(ck *k) {
  mins_doc *d = k->d;
  static const char *const dets[] = {"the",   "this", "that",  "these",
                                     "those", "its",  "their", NULL};
  static const char *const bases[] = {"note",    "agree",  "approve", "adopt",
                                      "endorse", "accept", "receive", "defer",
                                      "reject",  NULL};
  if (!on(k, "resolution-slip"))
    return;
  for (size_t i = 0; i < mins_doc_resolution_count(d); i++) {
    const mins_resolution *r = mins_doc_resolution(d, i);
    if (!r->line || r->line > d->nlines)
      continue;
    /* the paragraph: from its line to the next blank line */
    size_t s = d->line_off[r->line - 1] + (r->column ? r->column - 1 : 0);
    size_t e = s;
    while (e < d->len) {
      const char *nl = memchr(d->src + e, '\n', d->len - e);
      e = nl ? (size_t)(nl - d->src) + 1 : d->len;
      size_t b = e;
      while (b < d->len &&
             (d->src[b] == ' ' || d->src[b] == '\t' || d->src[b] == '\r'))
        b++;
      if (b >= d->len || d->src[b] == '\n')
        break;
    }
    const char *t = d->src;
    for (size_t p = s; p + 3 < e; p++) {
      if ((t[p] | 32) != 'b' || /* 'b' or 'B': nothing else | 32 is 'b' */
          !(p == s || !word_char((unsigned char)t[p - 1])) ||
          (t[p + 1] | 32) != 'e' || t[p + 2] != ' ')
        continue; /* the rare letter first */
      /* "<det> <word>ed be": a participle where the noun should be */
      size_t we = p;
      while (we > s && t[we - 1] == ' ')
        we--;
      size_t ws = we;
      while (ws > s && is_alpha((unsigned char)t[ws - 1]))
        ws--;
      size_t ds = ws, de = ws;
      while (de > s && t[de - 1] == ' ')
        de--;
      ds = de;
      while (ds > s && is_alpha((unsigned char)t[ds - 1]))
        ds--;
      size_t wl = we - ws;
      int det = 0;
      for (int q = 0; dets[q]; q++)
        det |= de > ds && mins__nieq(t + ds, de - ds, dets[q]);
      if (det && wl > 4 && mins__nieq(t + we - 2, 2, "ed") &&
          !mins__nieq(t + we - 3, 3, "eed") &&
          !mins__nieq(t + ws, wl, "hundred")) {
        /* "updated" -> "update", "reported" -> "report" */
        size_t keep = wl - 2;
        char c1 = (char)(t[ws + keep - 1] | 32),
             c2 = (char)(t[ws + keep - 2] | 32);
        if (strchr("aeiou", c2) && !strchr("aeiouwy", c1))
          keep++;
        char hint[128];
        snprintf(hint, sizeof hint, "did you mean '%.*s %.*s be'?",
                 (int)(de - ds), t + ds, (int)keep, t + ws);
        unsigned line, col;
        pos_of(k, ws, &line, &col);
        emit(k, "resolution-slip", line, col, hint,
             "'%.*s %.*s be': a participle where a noun should be",
             (int)(de - ds), t + ds, (int)wl, t + ws);
        continue;
      }
      /* "be note": the participle lost its ending */
      size_t vs = p + 3, ve = vs;
      while (ve < e && is_alpha((unsigned char)t[ve]))
        ve++;
      for (int q = 0; bases[q]; q++) {
        if (!mins__nieq(t + vs, ve - vs, bases[q]))
          continue;
        char hint[64];
        snprintf(hint, sizeof hint, "did you mean 'be %s%s'?", bases[q],
                 bases[q][strlen(bases[q]) - 1] == 'e' ? "d" : "ed");
        unsigned line, col;
        pos_of(k, vs, &line, &col);
        emit(k, "resolution-slip", line, col, hint,
             "'be %s': the formula wants a participle", bases[q]);
      }
    }
  }
}

/* ---- actions ------------------------------------------------------------- */

/* Words too common to tell two sentences' work apart. */
static const char *const stop_words[] = {
    "that", "this", "with", "from", "have", "been", "were", "will", "would",
    "should", "could", "which", "their", "there", "about", "into", "more",
    "also", "what", "when", "where", "whether", "other", "action", "actions",
    "meeting", "update", "updates", "next", "report", "agreed", "asked", "they",
    "them", "then", "than", "some", "such", "being", "provide", "provided",
    "going", "forward", "following",
    /* three letters: kept for names such as "SOS Bus", but not these */
    "the", "and", "but", "for", "was", "are", "not", "any", "all", "has", "had",
    "its", "our", "his", "her", "who", "why", "how", "may", "can", "due", "per",
    "via", "out", "off", "one", "two", "new", "see", "use", "set", "get", "put",
    "now", "yet", "too", "own", "way", "day", NULL};

/* The function words by first letter: those of letter c are
 * stop_by[stop_at[c - 'a']] to stop_by[stop_at[c - 'a' + 1]], made once for
 * the process (call_once: parsers may run in threads). */
static const char *stop_by[sizeof stop_words / sizeof stop_words[0]];
static unsigned char stop_at[27];
static once_flag stop_once = ONCE_FLAG_INIT;

static void stop_init(void) {
  size_t k = 0;
  for (int c = 'a'; c <= 'z'; c++) {
    stop_at[c - 'a'] = (unsigned char)k;
    for (int q = 0; stop_words[q]; q++)
      if (stop_words[q][0] == c)
        stop_by[k++] = stop_words[q];
  }
  stop_at[26] = (unsigned char)k;
}

/* The significant words of a sentence, lower case: no function words, no
 * posts ("the Clerk to write", "the Clerk to order" are two jobs). */
static size_t sentence_words(const char *t, char words[][16], size_t cap) {
  call_once(&stop_once, stop_init);
  size_t n = 0;
  for (size_t i = 0; t && t[i] && n < cap;) {
    if (!is_alpha((unsigned char)t[i])) {
      i++;
      continue;
    }
    size_t j = i;
    while (t[j] && is_alpha((unsigned char)t[j]))
      j++;
    size_t wl = j - i;
    if (wl >= 3 && wl < 16) {
      char w[16];
      for (size_t q = 0; q < wl; q++)
        w[q] = (char)(t[i + q] | 32);
      w[wl] = '\0';
      int skip = role_like(w);
      for (int q = stop_at[w[0] - 'a']; q < stop_at[w[0] - 'a' + 1] && !skip;
           q++)
        skip = strcmp(stop_by[q], w) == 0;
      if (!skip)
        memcpy(words[n++], w, wl + 1);
    }
    i = j;
  }
  return n;
}

/* The bold topic that opens the paragraph of a line: "**SOS Bus** - ...",
 * copied to out; "" if there is none. */
static void topic_of(const ck *k, unsigned line, char *out, size_t cap) {
  const mins_doc *d = k->d;
  out[0] = '\0';
  if (!line || line > d->nlines)
    return;
  /* up to the paragraph's first line */
  unsigned a = line;
  while (a > d->body_line) {
    const char *s = d->src + d->line_off[a - 2];
    while (*s == ' ' || *s == '\t')
      s++;
    if (*s == '\n' || *s == '\r' || *s == '#')
      break;
    a--;
  }
  const char *s = d->src + d->line_off[a - 1];
  while (*s == ' ' || *s == '\t')
    s++;
  if ((*s == '-' || *s == '+') && s[1] == ' ')
    s += 2; /* a list entry */
  if (!((s[0] == '*' || s[0] == '_') && s[1] == s[0]))
    return;
  char mark = s[0];
  s += 2;
  size_t n = 0;
  while (s[n] && s[n] != mark && s[n] != '\n' && n + 1 < cap)
    n++;
  if (s[n] != mark)
    return;
  for (size_t i = 0; i < n; i++)
    out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
  out[n] = '\0';
  while (n && (out[n - 1] == ' ' || out[n - 1] == ':' || out[n - 1] == '-'))
    out[--n] = '\0';
}

/* Does a sentence point back at work already given: "as agreed earlier",
 * "see above", "to follow up"? Then its number is a further mention. */
static int refers_back(const char *t) {
  static const char *const cues[] = {
      "earlier",    "above",      "previously",  "already",     "again",
      "as agreed",  "as minuted", "as noted",    "follow up",   "followed up",
      "follow-up",  "the matter", "this action", "that action", "same action",
      "see action", "remind",     "chase",       "progress",    NULL};
  size_t n = t ? strlen(t) : 0;
  for (int i = 0; cues[i]; i++)
    if (mins__istr(t, n, cues[i]))
      return 1;
  return 0;
}

static int share_word(char a[][16], size_t na, char b[][16], size_t nb) {
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++)
      if (strcmp(a[i], b[j]) == 0)
        return 1;
  return 0;
}

/* "meeting(1)": the word before the marker at (line, col). */
static void glued(ck *k, const char *num, unsigned line, unsigned col) {
  const mins_doc *d = k->d;
  char hint[96] = "";
  if (line && line <= d->nlines && col > 1) {
    size_t o = d->line_off[line - 1] + col - 1;
    size_t ws = o;
    while (ws > d->line_off[line - 1] &&
           word_char((unsigned char)d->src[ws - 1]))
      ws--;
    if (o - ws > 0 && o - ws < 40)
      snprintf(hint, sizeof hint, "write '%.*s (%s)'", (int)(o - ws),
               d->src + ws, num ? num : "");
  }
  emit(k, "action-glued", line, col, hint[0] ? hint : NULL,
       "action marker (%s) is glued to the word before it", num ? num : "");
}

/* Is every action number between lo and hi (exclusive) used somewhere,
 * so that none is missing, only out of order? */
static int numbers_used(const mins_doc *d, int lo, int hi) {
  for (int v = lo + 1; v < hi; v++) {
    int used = 0;
    for (size_t i = 0; i < mins_doc_action_count(d) && !used; i++) {
      const mins_action *a = mins_doc_action(d, i);
      used = a->number && !strchr(a->number, '.') && atoi(a->number) == v;
    }
    if (!used)
      return 0;
  }
  return 1;
}

static void check_actions(ck *k) {
  mins_doc *d = k->d;
  size_t na = mins_doc_action_count(d);
  int prev = -1;
  const mins_action *pa = NULL;
  for (size_t i = 0; i < na; i++) {
    const mins_action *a = mins_doc_action(d, i);
    /* numbering of plain numbers, in order of first use */
    if (a->number && !strchr(a->number, '.') &&
        a->style == MINS_ACTION_MARKER) {
      int v = atoi(a->number);
      if (prev >= 0 && v < prev) {
        emit(k, "action-number-order", a->line, a->column, NULL,
             "action (%s) is first used after action (%s) (line %u)", a->number,
             pa->number, pa->line);
      } else if (prev >= 0 && v > prev + 1 && !numbers_used(d, prev, v)) {
        char hint[48];
        snprintf(hint, sizeof hint, "did you mean (%d)?", prev + 1);
        emit(k, "action-number-gap", a->line, a->column, hint,
             "action (%s) follows action (%s): a number is skipped", a->number,
             pa->number);
      }
      if (v > prev) {
        prev = v;
        pa = a;
      }
    }
    if (a->flags & MINS_ACTION_GLUED)
      glued(k, a->number, a->line, a->column);
    for (size_t j = 0; j < a->mention_count; j++)
      if (a->mentions[j].flags & MINS_ACTION_GLUED)
        glued(k, a->number, a->mentions[j].line, a->mentions[j].column);
    /* a number used again for other work: the sentences share no word,
     * the paragraphs no bold topic, and the later one does not point back */
    if (a->mention_count && on(k, "action-number-reuse")) {
      char w1[48][16], w2[48][16], t1[64], t2[64];
      size_t n1 = sentence_words(a->text, w1, 48);
      topic_of(k, a->line, t1, sizeof t1);
      for (size_t j = 0; j < a->mention_count; j++) {
        const mins_mention *mn = &a->mentions[j];
        if (refers_back(mn->text))
          continue;
        size_t n2 = sentence_words(mn->text, w2, 48);
        topic_of(k, mn->line, t2, sizeof t2);
        if (!n1 || !n2 || share_word(w1, n1, w2, n2) ||
            (t1[0] && strcmp(t1, t2) == 0))
          continue;
        char hint[96];
        snprintf(hint, sizeof hint,
                 "action (%s) is at line %u; give new work a new number",
                 a->number ? a->number : "", a->line);
        emit(k, "action-number-reuse", mn->line, mn->column, hint,
             "action (%s) is used again for what reads as other work",
             a->number ? a->number : "");
      }
    }
    if (a->status != MINS_STATUS_OPEN || (a->flags & MINS_ACTION_CHECKED))
      continue;
    int no_due = !a->due && !a->due_text && !(a->flags & MINS_ACTION_INFERRED);
    if (a->owner && !no_due)
      continue;
    char label[48];
    snprintf(label, sizeof label, "%s%s%s", a->number ? "(" : "",
             a->number ? a->number : "", a->number ? ") " : "");
    if (!a->owner)
      emit(k, "action-no-owner", a->line, a->column,
           "name who does it in the sentence ('The Clerk to ...') or in the "
           "front matter's actions",
           "action %shas no owner", label);
    if (no_due)
      emit(k, "action-no-due", a->line, a->column,
           "say by when ('by the next meeting', 'by 30 June') or give "
           "'due:' in the front matter's actions",
           "action %shas no due date", label);
  }
}

/* ---- the text ------------------------------------------------------------ */

static void check_html(ck *k) {
  mins_doc *d = k->d;
  const mins__pos *hp = d->html.data;
  if (!on(k, "text-html"))
    return;
  for (size_t i = 0; i < d->html.len; i++) {
    unsigned line = hp[i].line, col = hp[i].col;
    if (!line || line > d->nlines || !col)
      continue;
    size_t o = d->line_off[line - 1] + col - 1;
    if (o >= d->len)
      continue;
    const char *s = d->src + o;
    size_t rest = d->len - o;
    while (rest && (*s == ' ' || *s == '\t')) {
      s++;
      rest--;
    }
    /* closing tags, comments, <br> (a line break) and declarations are
     * not reported: the opening tag says it */
    if (rest < 2 || s[0] != '<' || s[1] == '/' || s[1] == '!' || s[1] == '?' ||
        mins__istarts(s, rest, "<br"))
      continue;
    size_t tl = 1;
    while (tl < rest && tl < 20 &&
           (is_alnum((unsigned char)s[tl]) || s[tl] == '-'))
      tl++;
    emit(k, "text-html", line, col,
         "write the text without HTML: 26th, not "
         "26<sup>th</sup>",
         "HTML '%.*s>' left in the text, probably by a conversion", (int)tl, s);
  }
}

/* Words that stand for something not yet written. */
static int placeholder_word(const char *s, size_t n, int bracketed) {
  static const char *const upper[] = {"TBC",   "TBA", "TBD", "TODO",
                                      "FIXME", "XXX", NULL};
  static const char *const any_case[] = {"tbc", "tba", "tbd", NULL};
  static const char *const inside[] = {"name",
                                       "names",
                                       "date",
                                       "time",
                                       "venue",
                                       "place",
                                       "location",
                                       "amount",
                                       "number",
                                       "figure",
                                       "title",
                                       "organisation",
                                       "organization",
                                       "person",
                                       "surname",
                                       "details",
                                       "to follow",
                                       "to be confirmed",
                                       "?",
                                       "...",
                                       "\xE2\x80\xA6",
                                       NULL};
  for (int i = 0; upper[i]; i++)
    if (n == strlen(upper[i]) && memcmp(s, upper[i], n) == 0)
      return 1;
  for (int i = 0; any_case[i]; i++)
    if (mins__nieq(s, n, any_case[i]))
      return 1;
  if (!bracketed)
    return 0;
  for (int i = 0; inside[i]; i++)
    if (mins__nieq(s, n, inside[i]))
      return 1;
  return mins__istarts(s, n, "insert ") || mins__istarts(s, n, "add ") ||
         mins__istarts(s, n, "enter ");
}

typedef struct open_mark {
  char c;
  size_t off;
} open_mark;

/* Is the ')' at off an enumerator, "1)", "a)", "iv)", or a smiley? */
static int enumerator(const char *t, size_t start, size_t off) {
  size_t e = off;
  if (e > start && t[e - 1] == '-')
    e--; /* ":-)" */
  if (e > start && (t[e - 1] == ':' || t[e - 1] == ';' || t[e - 1] == '8'))
    return e < off || t[e - 1] != '8';
  size_t b = off;
  while (b > start && is_alnum((unsigned char)t[b - 1]) && off - b < 4)
    b--;
  /* "1)", "a)", "iv)" after a blank, the start, or emphasis: "**i)**" */
  return b < off && (b == start || t[b - 1] == ' ' || t[b - 1] == '\t' ||
                     t[b - 1] == '\n' || t[b - 1] == '*' || t[b - 1] == '_');
}

/* The bytes scan_unit looks at; the rest it steps over. Placeholders
 * (TBC, tbd, TODO, XXX, FIXME) are found from their second letter, which
 * is rare ('b', 'B', 'O', 'X', 'I'), not from the first ('t' is one letter
 * of ten in English). */
static const char stops[] = "\\`<()[]*_bBOXI?\n";

/* Does a placeholder word (TBC, TBA, TBD, TODO, tbc...; XXX; FIXME) start
 * with the letters t[i], t[i + 1]? */
static int placeholder_start(const char *t, size_t i) {
  unsigned char c = (unsigned char)t[i];
  if ((c | 32) == 't')
    return (t[i + 1] | 32) == 'b' || t[i + 1] == 'O';
  if (c == 'X')
    return t[i + 1] == 'X';
  return c == 'F' && t[i + 1] == 'I';
}

/* One unit of text (a paragraph, a heading, a list entry's first lines):
 * placeholders, brackets and strong emphasis. */
static void scan_unit(ck *k, size_t start, size_t end) {
  const char *t = k->src;
  size_t lead = start;
  while (lead < end && (t[lead] == ' ' || t[lead] == '\t'))
    lead++;
  if (lead < end && t[lead] == '<')
    return; /* an HTML block: text-html reports it, its text is markup */
  open_mark stack[32];
  int depth = 0, overflow = 0;
  size_t stray = MINS_NONE;
  size_t strong[2] = {MINS_NONE, MINS_NONE}; /* last unmatched ** and __ */
  size_t escaped = MINS_NONE; /* the character after the last backslash */
  int want_ph = k->want_ph;
  for (size_t i = start; i < end; i++) {
    /* most bytes matter to no rule: step over them, 16 at a time with
     * glibc's vectorised strcspn (the source ends with a NUL, and a line
     * break stops it within the unit) */
    i += strcspn(t + i, stops);
    if (i >= end)
      break;
    unsigned char c = (unsigned char)t[i];
    if (c == '\n')
      continue;
    switch (c) {
    case '\\':
      i++; /* an escape: the next character is literal */
      escaped = i;
      break;
    case '`': {
      /* a code span: skip to the closing run of the same length */
      size_t r = i;
      while (r < end && t[r] == '`')
        r++;
      size_t run = r - i, q = r, close = MINS_NONE;
      while (q < end && close == MINS_NONE) {
        const char *f = memchr(t + q, '`', end - q);
        if (!f)
          break;
        size_t fs = (size_t)(f - t), fe = fs;
        while (fe < end && t[fe] == '`')
          fe++;
        if (fe - fs == run)
          close = fe;
        q = fe;
      }
      /* unclosed, the run is only backticks (CommonMark) */
      i = (close != MINS_NONE ? close : r) - 1;
      break;
    }
    case '<': {
      /* a tag or an autolink: its brackets are not the text's */
      if (i + 1 < end && (is_alpha((unsigned char)t[i + 1]) ||
                          t[i + 1] == '/' || t[i + 1] == '!')) {
        const char *gt = memchr(t + i, '>', end - i);
        const char *nl = memchr(t + i, '\n', end - i);
        if (gt && (!nl || gt < nl))
          i = (size_t)(gt - t);
      }
      break;
    }
    case '(':
    case '[':
      if (c == '[' && want_ph) {
        const char *cl = memchr(t + i + 1, ']', end - i - 1);
        if (cl && (size_t)(cl - t) - i - 1 < 40) {
          size_t ce = (size_t)(cl - t);
          int link = ce + 1 < end &&
                     (t[ce + 1] == '(' || t[ce + 1] == '[' || t[ce + 1] == ':');
          if (!link && placeholder_word(t + i + 1, ce - i - 1, 1)) {
            unsigned line, col;
            pos_of(k, i, &line, &col);
            emit(k, "text-placeholder", line, col,
                 "fill it in before the minutes go out",
                 "placeholder '%.*s' left in the text", (int)(ce - i + 1),
                 t + i);
          }
        }
      }
      if (depth < 32) {
        stack[depth].c = (char)c;
        stack[depth].off = i;
        depth++;
      } else {
        overflow = 1;
      }
      break;
    case ')':
    case ']':
      if (depth > 0 && stack[depth - 1].c == (c == ')' ? '(' : '[')) {
        depth--;
      } else if (!(c == ')' && enumerator(t, start, i)) && stray == MINS_NONE &&
                 !overflow) {
        stray = i;
      }
      break;
    case '*':
    case '_': {
      size_t r = i;
      while (r < end && t[r] == (char)c)
        r++;
      size_t run = r - i;
      /* ** or *** toggles strong; __ only between words' edges */
      int intraword = c == '_' && i > start && r < end &&
                      is_alnum((unsigned char)t[i - 1]) &&
                      is_alnum((unsigned char)t[r]);
      if ((run == 2 || run == 3) && !intraword) {
        int w = c == '_';
        strong[w] = strong[w] == MINS_NONE ? i : MINS_NONE;
      }
      i = r - 1;
      break;
    }
    case 'b':
    case 'B':
    case 'O':
    case 'X':
    case 'I': {
      /* the second letter of a placeholder: the word starts at i - 1 (a
       * letter scan_unit stepped over, unless a backslash escaped it) */
      size_t w = i - 1;
      if (want_ph && i > start && w != escaped && w + 2 < end &&
          placeholder_start(t, w) &&
          (w == start || !word_char((unsigned char)t[w - 1]))) {
        size_t r = w;
        while (r < end && is_alpha((unsigned char)t[r]))
          r++;
        if (r - w >= 3 && r - w <= 5 &&
            (r == end || !word_char((unsigned char)t[r])) &&
            placeholder_word(t + w, r - w, 0)) {
          unsigned line, col;
          pos_of(k, w, &line, &col);
          emit(k, "text-placeholder", line, col,
               "fill it in before the minutes go out",
               "placeholder '%.*s' left in the text", (int)(r - w), t + w);
        }
        i = r - 1;
      }
      break;
    }
    case '?':
      /* "???" standing for something unknown; "PR 129???" is a question */
      if (want_ph && i + 2 < end && t[i + 1] == '?' && t[i + 2] == '?' &&
          (i == start || !word_char((unsigned char)t[i - 1]))) {
        unsigned line, col;
        pos_of(k, i, &line, &col);
        emit(k, "text-placeholder", line, col,
             "fill it in before the minutes go out",
             "placeholder '?\?\?' left in the text");
        while (i + 1 < end && t[i + 1] == '?')
          i++;
      }
      break;
    default:
      break;
    }
  }
  size_t at = MINS_NONE;
  char what[64] = "";
  if (depth > 0 && !overflow) {
    at = stack[0].off;
    snprintf(what, sizeof what, "'%c' is never closed", stack[0].c);
  } else if (stray != MINS_NONE) {
    at = stray;
    snprintf(what, sizeof what, "'%c' closes nothing", t[stray]);
  }
  for (int w = 0; w < 2; w++)
    if (strong[w] != MINS_NONE && (at == MINS_NONE || strong[w] < at)) {
      at = strong[w];
      snprintf(what, sizeof what, "'%s' opens emphasis that is never closed",
               w ? "__" : "**");
    }
  if (at != MINS_NONE) {
    unsigned line, col;
    pos_of(k, at, &line, &col);
    emit(k, "text-unbalanced", line, col, NULL, "%s", what);
  }
}

/* Is the first word of a paragraph close to "resolved"? */
static int resolved_like(const char *w, size_t n) {
  static const char target[] = "resolved";
  if (n < 7 || n > 9)
    return 0;
  char lw[10];
  const unsigned has = 1u << ('r' - 'a') | 1u << ('e' - 'a') |
                       1u << ('s' - 'a') | 1u << ('o' - 'a') |
                       1u << ('l' - 'a') | 1u << ('v' - 'a') |
                       1u << ('d' - 'a');
  unsigned foreign = 0; /* letters "resolved" has not */
  for (size_t i = 0; i < n; i++) {
    lw[i] = (char)(w[i] | 32);
    foreign += !(letter_bit((unsigned char)lw[i]) & has);
  }
  lw[n] = '\0';
  /* one edit brings in one letter at most, a swap none: "Members",
   * "Council" are two edits away at least, told without measuring */
  if (foreign > 1)
    return 0;
  if (strcmp(lw, target) == 0 || strcmp(lw, "resolve") == 0)
    return 1;
  if (mins__edit_distance(lw, target, 1) <= 1)
    return 1;
  /* a swap of two letters: "resloved" */
  if (n == 8)
    for (size_t i = 0; i + 1 < n; i++) {
      char s[10];
      memcpy(s, lw, n + 1);
      char c = s[i];
      s[i] = s[i + 1];
      s[i + 1] = c;
      if (strcmp(s, target) == 0)
        return 1;
    }
  return 0;
}

static int resolution_near(const mins_doc *d, unsigned line) {
  for (size_t i = 0; i < d->resolutions.len; i++) {
    unsigned l = VEC_AT(d->resolutions, mins_resolution, i).line;
    if (l >= line && l <= line + 2)
      return 1;
  }
  return 0;
}

/* A paragraph whose first word is (nearly) "Resolved" and that the parser
 * did not read as a resolution. */
static void paragraph_start(ck *k, size_t s, size_t e) {
  const char *t = k->src;
  while (s < e && (t[s] == ' ' || t[s] == '\t' || t[s] == '>' || t[s] == '*' ||
                   t[s] == '_'))
    s++;
  size_t w = s;
  while (w < e && is_alpha((unsigned char)t[w]))
    w++;
  if (!resolved_like(t + s, w - s))
    return;
  if (mins__nieq(t + s, w - s, "resolved")) {
    /* well formed: "Resolved," "Resolved:" "RESOLVED -" "Resolved that",
     * "Resolved To" or the word alone; if the parser did not read such a
     * paragraph, that is the parser's to mend, not the clerk's */
    size_t q = w;
    while (q < e && (t[q] == ' ' || t[q] == '*' || t[q] == '_'))
      q++;
    unsigned char c = q < e ? (unsigned char)t[q] : '\n';
    if (c == ',' || c == ':' || c == ';' || c == '-' || c == '\n' ||
        c == '\r' || c >= 0x80 || (c >= 'A' && c <= 'Z') ||
        mins__istarts(t + q, e - q, "that ") ||
        mins__istarts(t + q, e - q, "to "))
      return;
  }
  /* "RESOLVED:" alone, its text in the next paragraph, is read */
  unsigned line, col;
  pos_of(k, s, &line, &col);
  if (resolution_near(k->d, line))
    return;
  emit(k, "resolution-unreadable", line, col,
       "write 'Resolved, that ... be noted.' (or approved, agreed...)",
       "this paragraph opens like a resolution but cannot be read as one");
}

/* Does a line (after up to three spaces) open a block of its own? */
static int block_opener(const char *s, size_t n) {
  if (n == 0)
    return 0;
  if (s[0] == '#' || s[0] == '>' || s[0] == '|' || s[0] == '<')
    return 1;
  if ((s[0] == '-' || s[0] == '*' || s[0] == '+') && (n == 1 || s[1] == ' '))
    return 1;
  size_t i = 0;
  while (i < n && i < 9 && s[i] >= '0' && s[i] <= '9')
    i++;
  return i > 0 && i < n && (s[i] == '.' || s[i] == ')') &&
         (i + 1 == n || s[i + 1] == ' ');
}

/* A line of only '-', '=', '*' or '_' (and blanks): a rule or an
 * underline. */
static int rule_line(const char *s, size_t n) {
  char c = 0;
  size_t cnt = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')
      continue;
    if (!c && (s[i] == '-' || s[i] == '=' || s[i] == '*' || s[i] == '_'))
      c = s[i];
    if (s[i] != c)
      return 0;
    cnt++;
  }
  return cnt >= 2;
}

/* One pass over the body: units of text, fenced code and HTML comments
 * skipped. */
static void scan_body(ck *k) {
  const mins_doc *d = k->d;
  k->want_ph = on(k, "text-placeholder");
  k->want_unbalanced = on(k, "text-unbalanced");
  int want_text = k->want_ph || k->want_unbalanced;
  int want_res = on(k, "resolution-unreadable");
  if (!want_text && !want_res)
    return;
  const char *t = k->src;
  size_t i = d->body_off, unit = MINS_NONE;
  char fence = 0;
  size_t fence_len = 0;
  int comment = 0;
  /* the lines from the parse's table, not a memchr a line: L holds i */
  size_t L = d->body_line ? d->body_line - 1 : 0;
  while (L + 1 < d->nlines && d->line_off[L + 1] <= i)
    L++;
  while (L > 0 && d->line_off[L] > i)
    L--;
  for (; i < k->len; L++) {
    int last = L + 1 >= d->nlines; /* no line break after it */
    size_t le = last ? k->len : d->line_off[L + 1] - 1;
    size_t next = last ? k->len : le + 1;
    size_t ind = i;
    while (ind < le && ind - i < 4 && t[ind] == ' ')
      ind++;
    const char *s = t + ind;
    size_t n = le - ind;
    if (comment) {
      if (mins__istr(t + i, le - i, "-->"))
        comment = 0;
      i = next;
      continue;
    }
    if (fence) {
      size_t r = 0;
      while (r < n && s[r] == fence)
        r++;
      if (r >= fence_len) {
        size_t q = r;
        while (q < n && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r'))
          q++;
        if (q == n)
          fence = 0;
      }
      i = next;
      continue;
    }
    int blank = 1;
    for (size_t q = i; q < le && blank; q++)
      blank = mins__is_space((unsigned char)t[q]);
    int opens_fence =
        n >= 3 && (s[0] == '`' || s[0] == '~') && s[1] == s[0] && s[2] == s[0];
    int opens_comment =
        n >= 4 && memcmp(s, "<!--", 4) == 0 && !mins__istr(s + 4, n - 4, "-->");
    int ruled = !blank && rule_line(s, n);
    if (blank || opens_fence || opens_comment || ruled || block_opener(s, n)) {
      if (unit != MINS_NONE && want_text)
        scan_unit(k, unit, i);
      unit = MINS_NONE;
    }
    if (opens_fence) {
      fence = s[0];
      fence_len = 0;
      while (fence_len < n && s[fence_len] == fence)
        fence_len++;
    } else if (opens_comment) {
      comment = 1;
    } else if (!blank && !ruled && unit == MINS_NONE) {
      unit = i;
      if (want_res && s[0] != '#' && s[0] != '|' && s[0] != '<') {
        size_t p = ind;
        if (block_opener(s, n) && s[0] != '>') {
          while (p < le && t[p] != ' ')
            p++;
        }
        paragraph_start(k, p, le);
      }
    }
    if (unit != MINS_NONE && n > 0 && s[0] == '#') {
      /* a heading is a unit of one line */
      if (want_text)
        scan_unit(k, unit, next);
      unit = MINS_NONE;
    }
    i = next;
  }
  if (unit != MINS_NONE && want_text)
    scan_unit(k, unit, k->len);
}

/* ---- the entry point ----------------------------------------------------- */

typedef struct sortable {
  mins_diag g;
  size_t i;
} sortable;

static int by_position(const void *a, const void *b) {
  const sortable *x = a, *y = b;
  if (x->g.line != y->g.line)
    return x->g.line < y->g.line ? -1 : 1;
  if (x->g.column != y->g.column)
    return x->g.column < y->g.column ? -1 : 1;
  return x->i < y->i ? -1 : x->i > y->i;
}

/* Remove what is turned off, set severities, sort by position. */
static int apply(ck *k, int sort) {
  mins_doc *d = k->d;
  mins_diag *g = d->diags.v.data;
  size_t n = 0;
  for (size_t i = 0; i < d->diags.v.len; i++) {
    int r = rule_index(k, g[i].rule);
    if (r >= 0 && r < MINS__RULES_MAX) {
      if (k->lv.level[r] == MINS_RULE_OFF)
        continue;
      g[i].severity = (mins_severity)k->lv.level[r];
    }
    g[n++] = g[i];
  }
  d->diags.v.len = n;
  if (!sort || n < 2)
    return MINS_OK;
  if (n <= 32) {
    /* a few (most documents): an insertion sort, stable as the index
     * breaks ties below, in place, without the allocations of qsort */
    for (size_t i = 1; i < n; i++) {
      mins_diag x = g[i];
      size_t j = i;
      while (j > 0 &&
             (g[j - 1].line > x.line ||
              (g[j - 1].line == x.line && g[j - 1].column > x.column))) {
        g[j] = g[j - 1];
        j--;
      }
      g[j] = x;
    }
    return MINS_OK;
  }
  sortable *s = malloc(n * sizeof *s);
  if (!s)
    return MINS_ENOMEM;
  for (size_t i = 0; i < n; i++) {
    s[i].g = g[i];
    s[i].i = i;
  }
  qsort(s, n, sizeof *s, by_position);
  for (size_t i = 0; i < n; i++)
    g[i] = s[i].g;
  free(s);
  return MINS_OK;
}

int mins_doc_check(mins_doc *d, const mins_check_options *opts) {
  if (!d || (opts && opts->version != MINS_CHECK_OPTIONS_VERSION))
    return MINS_EINVAL;
  ck k;
  memset(&k, 0, sizeof k);
  k.d = d;
  k.src = d->src;
  k.len = d->len;
  mins__rules_levels(opts ? opts->rules : NULL, d->meeting.committee.value,
                     &k.lv);
  if (opts && (opts->flags & MINS_CHECK_RULES_ONLY))
    return apply(&k, 0);
  size_t ni = d->items.len;
  k.for_info = mins__alloc(&d->arena, ni + 1);
  k.has_res = mins__alloc(&d->arena, ni + 1);
  if (!k.for_info || !k.has_res)
    return MINS_ENOMEM;
  for (size_t i = 0; i < d->resolutions.len; i++) {
    size_t it = VEC_AT(d->resolutions, mins_resolution, i).item_index;
    if (it < ni)
      k.has_res[it] = 1;
  }
  mark_for_information(&k);
  check_front_matter(&k);
  check_meeting(&k);
  check_items(&k);
  check_people(&k);
  check_outcomes(&k);
  check_style(&k);
  check_slips(&k);
  check_actions(&k);
  check_html(&k);
  scan_body(&k);
  if (d->arena.failed)
    return MINS_ENOMEM;
  return apply(&k, 1);
}
