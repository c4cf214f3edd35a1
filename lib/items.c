/* SPDX-License-Identifier: MIT */
/*
 * The structure of the body: which blocks open agenda items, which open
 * sections (people, agenda, action items, reviews of earlier actions), and
 * which are furniture. Minutes number their items in headings at any level
 * ("#### 4. OUTSTANDING ACTIONS"), in paragraphs ("203/18 To receive...",
 * "1\. Election of Chairman It was..."), in ordered lists left by PDF
 * conversion, and sometimes inside running text ("...duly elected. 6. The
 * Minutes..."); or they do not number them and use headings or
 * "Topic – text" bullets. The mode is chosen from the whole document, then
 * every block is given its item and section.
 */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { MODE_HEADINGS, MODE_PARAS, MODE_TOPICS, MODE_BULLETS, MODE_NONE };

typedef struct cand {
  int ok;
  const char *num; /* start in block text */
  size_t numlen;
  size_t title, titlelen; /* offsets in block text */
  size_t body;            /* where the content after the title starts */
  int minute;             /* a "203/18" minute number */
  int strong;             /* a prefix (Item, terminator) makes it certain */
  int seq;                /* "IV." or "C.": its place in the sequence (4, 3) */
  int structured;         /* an entry of a list of items with their text */
  int label_topic;        /* "**Pool resurfacing:** text": a topic label */
  int titled;             /* "5. Finance – text": titlelen and body set */
  int sub;                /* "5.1 Approval of Contract": a paragraph that
                             opens a sub-item of the current item only */
} cand;

/* ---- titles --------------------------------------------------------- */

/* Trailing furniture of web and PDF exports: "pdf icon PDF 61 KB". */
static void strip_furniture(const char *s, size_t *n) {
  const char *pdf = mins__istr(s, *n, "pdf icon");
  if (pdf)
    *n = (size_t)(pdf - s);
  const char *p2 = mins__istr(s, *n, "(PDF ");
  if (p2 && mins__istr(p2, *n - (size_t)(p2 - s), "KB)"))
    *n = (size_t)(p2 - s);
}

static char *make_title(mins__arena *a, const char *s, size_t n) {
  strip_furniture(s, &n);
  mins__trim(&s, &n, ":.-");
  /* strip a trailing en or em dash left by "4 – " forms */
  while (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x93", 3) == 0 ||
                    memcmp(s + n - 3, "\xE2\x80\x94", 3) == 0)) {
    n -= 3;
    mins__trim(&s, &n, ":.-");
  }
  if (n == 0)
    return NULL;
  return mins__clean(a, s, n);
}

/* Words that open a sentence after a run-on title: "Election of Chairman
 * It was proposed..." */
static const char *const openers[] = {
    "It ",        "The ",     "There ",    "This ",       "A ",
    "An ",        "Members ", "Cllr ",     "Councillor ", "Having ",
    "Following ", "No ",      "With ",     "Mr ",         "Mrs ",
    "Ms ",        "All ",     "As ",       "In ",         "We ",
    "Apologies ", "Nothing ", "Concerns ", "Comment ",    NULL};

/* Where the title of a paragraph-opened item ends (offset from t). */
static size_t title_end(const char *t, size_t n, size_t *body) {
  size_t lim = n < 160 ? n : 160;
  /* a colon (not in a time "7:30") before any sentence end */
  for (size_t i = 0; i < lim; i++) {
    if (t[i] == ':' && !(i + 1 < n && t[i + 1] >= '0' && t[i + 1] <= '9')) {
      *body = i + 1;
      return i;
    }
    if ((t[i] == '.' || t[i] == '?' || t[i] == '!') &&
        (i + 1 == n || t[i + 1] == ' ' || t[i + 1] == '\n'))
      break;
    if (t[i] == '\n')
      break;
  }
  /* a dash: "Declarations of interest – none" */
  for (size_t i = 1; i + 3 <= lim; i++) {
    if (t[i - 1] == ' ' && (memcmp(t + i, "\xE2\x80\x93", 3) == 0 ||
                            memcmp(t + i, "\xE2\x80\x94", 3) == 0 ||
                            (t[i] == '-' && t[i + 1] == ' '))) {
      *body = i + (t[i] == '-' ? 1 : 3);
      return i - 1;
    }
    if ((t[i] == '.' || t[i] == '?') && i + 1 < n && t[i + 1] == ' ')
      break;
  }
  /* the first line, when the paragraph goes on below it */
  const char *nl = memchr(t, '\n', n);
  if (nl && (size_t)(nl - t) <= 120) {
    *body = (size_t)(nl - t) + 1;
    return (size_t)(nl - t);
  }
  /* a bullet or a sub-number: "Matters arising • It was", "Reports 8.1",
   * before the first sentence ends */
  for (size_t i = 1; i < lim; i++) {
    if ((t[i - 1] == '.' || t[i - 1] == '?') && t[i] == ' ' && i >= 3 &&
        t[i - 3] != ' ' && t[i - 3] != '.')
      break;
    if ((unsigned char)t[i] == 0xE2 && i + 2 < n &&
        (unsigned char)t[i + 1] == 0x80 && (unsigned char)t[i + 2] == 0xA2) {
      *body = i;
      return i;
    }
    if (t[i - 1] == ' ' && t[i] >= '0' && t[i] <= '9') {
      size_t j = i;
      while (j < n && t[j] >= '0' && t[j] <= '9')
        j++;
      if (j < n && t[j] == '.' && j + 1 < n &&
          ((t[j + 1] >= '0' && t[j + 1] <= '9') || t[j + 1] == ' ')) {
        *body = i;
        return i - 1;
      }
    }
  }
  /* a sentence opener after two or more title words: "Election of
   * Chairman It was proposed" (a lower-case word must follow the opener,
   * so that "Update On The Budget" stays whole) */
  size_t words = 0;
  for (size_t i = 1; i < lim && i < 100; i++) {
    if (t[i - 1] != ' ')
      continue;
    words++;
    if (words < 2)
      continue;
    for (int k = 0; openers[k]; k++) {
      size_t kl = strlen(openers[k]);
      if (i + kl >= n || memcmp(t + i, openers[k], kl) != 0)
        continue;
      size_t w = i + kl;
      int lower_soon = 0;
      for (int q = 0; q < 2 && w < n; q++) {
        if (t[w] >= 'a' && t[w] <= 'z')
          lower_soon = 1;
        while (w < n && t[w] != ' ')
          w++;
        while (w < n && t[w] == ' ')
          w++;
      }
      if (lower_soon) {
        *body = i;
        return i - 1;
      }
    }
  }
  /* the first sentence, if short */
  for (size_t i = 0; i < lim; i++) {
    if ((t[i] == '.' || t[i] == '?' || t[i] == '!') &&
        (i + 1 == n || t[i + 1] == ' ') && i >= 3) {
      /* not after an initial or an abbreviation: "Cllr. R. Crisp" */
      if (i >= 2 && (t[i - 2] == ' ' || t[i - 2] == '.'))
        continue;
      if (i >= 4 && mins__istarts(t + i - 4, 4, "cllr"))
        continue;
      *body = i + 1;
      return i;
    }
  }
  if (n <= 100) {
    *body = n;
    return n;
  }
  /* give up: the first words */
  size_t e = 80;
  while (e > 0 && t[e] != ' ')
    e--;
  *body = 0;
  return e ? e : 80;
}

/* ---- item numbers --------------------------------------------------- */

static int is_digit(char c) {
  return c >= '0' && c <= '9';
}

/* Does the text after a number look like a date ("20 May 2019")? */
static int date_like(const char *t, size_t n) {
  char iso[11];
  size_t a, b;
  /* "20 May 2019": the word after the number must be a month */
  size_t i = 0;
  while (i < n && t[i] >= '0' && t[i] <= '9')
    i++;
  while (i < n && ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z') && i < 6)
    i++; /* "20th" */
  while (i < n && (t[i] == ' ' || t[i] == ',' || t[i] == '.'))
    i++;
  size_t w = i;
  while (w < n && ((t[w] | 32) >= 'a' && (t[w] | 32) <= 'z'))
    w++;
  if (!mins__month_name(t + i, w - i))
    return 0;
  if (mins__find_date(t, n < 40 ? n : 40, 2000, iso, &a, &b) && a == 0)
    return 1;
  return 0;
}

/* The value of a Roman numeral of capitals (I to XXXIX), or 0. */
static int roman(const char *s, size_t n) {
  static const char *const r[] = {"I",   "II",   "III", "IV", "V", "VI",
                                  "VII", "VIII", "IX",  "X",  NULL};
  int tens = 0;
  while (n > 0 && s[0] == 'X' && tens < 3) {
    tens++;
    s++;
    n--;
  }
  if (n == 0)
    return tens * 10;
  for (int i = 0; r[i]; i++)
    if (strlen(r[i]) == n && memcmp(s, r[i], n) == 0)
      return tens * 10 + i + 1;
  return 0;
}

/* "IV. Public hearing", "C. Approval of minutes": outline numbering with
 * Roman numerals or capital letters, followed by a terminator and a
 * capitalised title. Accepted only in sequence (see the walk). */
static int letter_candidate(const char *t, size_t n, cand *out) {
  const char *p = mins__skip_space(t, t + n);
  size_t i = (size_t)(p - t), j = i;
  while (j < n && t[j] >= 'A' && t[j] <= 'Z' && j - i < 6)
    j++;
  if (j == i || j + 2 >= n || (t[j] != '.' && t[j] != ')') || t[j + 1] != ' ')
    return 0;
  size_t r = j + 2;
  while (r < n && t[r] == ' ')
    r++;
  if (r >= n || !(t[r] >= 'A' && t[r] <= 'Z'))
    return 0;
  int v = roman(t + i, j - i);
  if (!v && j - i == 1)
    v = 100 + (t[i] - 'A' + 1); /* a letter: 101 for A */
  if (!v)
    return 0;
  /* "A. Approval of Minutes\nB. Approval of Warrants": a list in one
   * paragraph (a consent agenda), not an item */
  {
    const char *nl = memchr(t + r, '\n', n - r);
    if (nl && nl + 3 < t + n && nl[1] == t[i] + 1 && j - i == 1 &&
        (nl[2] == '.' || nl[2] == ')') && nl[3] == ' ')
      return 0;
  }
  memset(out, 0, sizeof *out);
  out->ok = 1;
  out->seq = v;
  out->num = t + i;
  out->numlen = j - i;
  out->title = r;
  return 1;
}

/* Does a line hold the end of a sentence: a full stop after a word of
 * four letters or more, then a capital ("... the report. The Chair")? An
 * abbreviation ("No. 2", "St. Mary's") ends none. */
static int sentence_in(const char *t, size_t n) {
  for (size_t i = 4; i + 2 < n; i++) {
    if (t[i] != '.' || t[i + 1] != ' ' || !(t[i + 2] >= 'A' && t[i + 2] <= 'Z'))
      continue;
    size_t w = i;
    while (w > 0 && ((t[w - 1] | 32) >= 'a' && (t[w - 1] | 32) <= 'z'))
      w--;
    if (i - w >= 4)
      return 1;
  }
  return 0;
}

static int number_candidate(mins__ctx *c, const mins__block *b, cand *out,
                            int heading) {
  memset(out, 0, sizeof *out);
  const char *t = b->text;
  size_t n = b->len;
  mins__match_t m;
  /* the built-in forms open with a digit, "Item", "Minute" or "No." */
  int digit = 0;
  {
    const char *p = mins__skip_space(t, t + n);
    digit = p < t + n && *p >= '0' && *p <= '9';
  }
  /* ... or a committee's letters before a minute number ("HASC/23/45",
   * "CAB 12/24"): a capital, and a slash near the start */
  int code = 0;
  {
    const char *p = mins__skip_space(t, t + n);
    code = p < t + n && *p >= 'A' && *p <= 'Z' &&
           memchr(p, '/', (size_t)(t + n - p) < 16 ? (size_t)(t + n - p) : 16);
  }
  if (!digit && !code && mins__patterns_default(c->pat, PAT_ITEM_NUMBER) &&
      mins__patterns_default(c->pat, PAT_MINUTE_NUMBER) &&
      !mins__starts_with_any(t, n, "imnabs"))
    return letter_candidate(t, n, out); /* "V. Public comment" */
  /* a minute number: "203/18 To receive apologies" (a slash near the
   * start, for the built-in form) */
  if ((!mins__patterns_default(c->pat, PAT_MINUTE_NUMBER) ||
       memchr(t, '/', n < 16 ? n : 16)) &&
      mins__match(c->pat, PAT_MINUTE_NUMBER, t, n, 0, &m) == 1) {
    size_t rs = m.gs[2];
    if (MATCHED(m, 1) && rs != MINS_NONE && rs < n && !is_digit(t[rs])) {
      out->ok = 1;
      out->minute = 1;
      out->strong = 1;
      out->num = t + m.gs[1];
      out->numlen = GLEN(m, 1);
      out->title = rs;
      return 1;
    }
  }
  if ((!digit && mins__patterns_default(c->pat, PAT_ITEM_NUMBER) &&
       !mins__item_number_may_open(t, n)) ||
      mins__match(c->pat, PAT_ITEM_NUMBER, t, n, 0, &m) != 1)
    return letter_candidate(t, n, out);
  if (!MATCHED(m, 2))
    return 0;
  size_t rs = MATCHED(m, 4) ? m.gs[4] : n;
  int prefix = MATCHED(m, 1);
  int term = MATCHED(m, 3);
  const char *rest = t + rs;
  size_t rn = n - rs;
  /* the rest must begin a title: a letter, a quote, an opening bracket */
  if (rn == 0 && !heading)
    return 0;
  if (rn > 0) {
    unsigned char r0 = (unsigned char)rest[0];
    /* "34. 20/00871/FUL - Land at Mill Lane": a reference may open the
     * title after a terminator and a space; "1.5 million" may not */
    int spaced =
        term && m.ge[3] < n && (t[m.ge[3]] == ' ' || t[m.ge[3]] == '\t');
    if ((is_digit((char)r0) && !spaced) || r0 == '%' || r0 == '/' ||
        r0 == ',' || r0 == '.' || r0 == ')')
      return 0;
    if (!term && !prefix && rs > m.ge[2] &&
        !(t[m.ge[2]] == ' ' || t[m.ge[2]] == '\t'))
      return 0;
  }
  if (!prefix && date_like(t + m.gs[2], n - m.gs[2]))
    return 0;
  /* "3 members of the public": a bare number needs a capital or a dash */
  if (!prefix && !term) {
    int dash = 0;
    for (size_t i = m.ge[2]; i < rs; i++)
      if (t[i] == '-' || t[i] == ':' || (unsigned char)t[i] == 0xE2)
        dash = 1;
    /* a heading "3.2 issue two": a sub-number is no count of things
     * (but "3.0 upgrade" is a version: sub-items count from 1) */
    const char *dot = heading ? memchr(t + m.gs[2], '.', GLEN(m, 2)) : NULL;
    int dotted = dot && dot + 1 < t + m.ge[2] && dot[1] >= '1' && dot[1] <= '9';
    if (!dash && !dotted && !(rn > 0 && rest[0] >= 'A' && rest[0] <= 'Z'))
      return 0;
    if (!heading && !dash) {
      /* "5.1 Adoption of Resolution 25-02\nMotion by ...": a sub-number
       * over a title line, no sentence, is a sub-item (the walk takes it
       * under its own item only); "3.2 The Committee noted ..." is a
       * numbered paragraph */
      const char *dt = memchr(t + m.gs[2], '.', GLEN(m, 2));
      if (!dt || !(dt + 1 < t + m.ge[2] && dt[1] >= '1' && dt[1] <= '9') ||
          !(rn > 0 && rest[0] >= 'A' && rest[0] <= 'Z'))
        return 0;
      const char *nl = memchr(rest, '\n', rn);
      size_t ll = nl ? (size_t)(nl - rest) : rn;
      size_t lw = ll;
      while (lw > 0 && rest[lw - 1] != ' ')
        lw--;
      /* "... Brightline Roofing, Inc.": an abbreviation ends no sentence */
      int abbrev = ll - lw <= 5 && rest[lw] >= 'A' && rest[lw] <= 'Z';
      if (ll == 0 || ll > 100 || (rest[ll - 1] == '.' && !abbrev) ||
          rest[ll - 1] == ',' || sentence_in(rest, ll))
        return 0;
      out->sub = 1;
    }
  }
  /* a sub-number alone is not a paragraph item: "8.1" in running text
   * is handled by the heading or the run-on split */
  size_t nl = GLEN(m, 2);
  out->ok = 1;
  out->strong = prefix || term;
  out->num = t + m.gs[2];
  out->numlen = nl;
  out->title = rs;
  return 1;
}

/* ---- sections --------------------------------------------------------- */

/* "Decisions", "Consented Decisions", "Resolutions", "Summary of
 * resolutions", "Decisions made" */
static int decisions_title(const char *s, size_t n) {
  static const char *const pre[] = {"consented ", "key ", "summary of ",
                                    "agreed ", NULL};
  static const char *const post[] = {" made", " taken", " agreed", NULL};
  if (n < 8 || n > 40)
    return 0;
  /* it ends with "decisions", "resolutions" or a word of post */
  char last = (char)(s[n - 1] | 32);
  if (last != 's' && last != 'e' && last != 'n' && last != 'd')
    return 0;
  for (int a = 0; pre[a]; a++)
    if (mins__istarts(s, n, pre[a])) {
      size_t k = strlen(pre[a]);
      s += k;
      n -= k;
      break;
    }
  for (int c = 0; post[c]; c++) {
    size_t k = strlen(post[c]);
    if (n > k && mins__nieq(s + n - k, k, post[c])) {
      n -= k;
      break;
    }
  }
  return mins__nieq(s, n, "decisions") || mins__nieq(s, n, "resolutions");
}

static int section_of(mins__ctx *c, const char *t, size_t n) {
  mins__match_t m;
  if (n > 120)
    return SEC_NONE;
  /* "Yn bresennol / Present", "Ymddiheuriadau / Apologies": a label given
   * in two languages, as Welsh councils write them, is read by its
   * English half */
  for (size_t i = 1; n <= 80 && i + 3 < n; i++)
    if (t[i] == '/' && t[i - 1] == ' ' && t[i + 1] == ' ') {
      int sec = section_of(c, t + i + 2, n - i - 2);
      if (sec != SEC_NONE)
        return sec;
      break;
    }
  /* every built-in section word opens with one of these letters */
  int builtin = 1;
  for (int f = PAT_PEOPLE_PRESENT; f <= PAT_REVIEW_HEAD; f++)
    builtin &= mins__patterns_default(c->pat, (mins__family)f);
  if (builtin && !mins__starts_with_any(t, n, "abcdfgikmnoprstv"))
    return SEC_NONE;
  int f = builtin && !mins__section_may_open(t, n)
              ? -1
              : mins__match_section(c->pat, t, n, &m);
  if (f == -2) {
    /* the families one by one, in the same order */
    static const mins__family order[] = {PAT_REVIEW_HEAD,   PAT_ACTION_HEAD,
                                         PAT_PEOPLE_APOL,   PAT_PEOPLE_ABSENT,
                                         PAT_PEOPLE_ATTEND, PAT_PEOPLE_PRESENT};
    f = -1;
    for (size_t i = 0; i < sizeof order / sizeof order[0] && f < 0; i++)
      if (mins__match(c->pat, order[i], t, n, 0, &m) == 1)
        f = (int)order[i];
  }
  if (f == PAT_REVIEW_HEAD)
    return SEC_REVIEW;
  if (f == PAT_ACTION_HEAD)
    return SEC_ACTIONS;
  if (f == PAT_PEOPLE_APOL)
    return SEC_APOL;
  if (f == PAT_PEOPLE_ABSENT)
    return SEC_ABSENT;
  if (f == PAT_PEOPLE_ATTEND)
    return SEC_ATTEND;
  if (f == PAT_PEOPLE_PRESENT) {
    /* "Members" alone is a heading; "Members agreed" is a sentence */
    if (m.end < n) {
      const char *r = t + m.end;
      size_t rn = n - m.end;
      mins__trim(&r, &rn, ":-");
      if (rn > 0 && r[0] != '(' && !(rn >= 3 && (unsigned char)r[0] == 0xE2))
        return SEC_NONE;
    }
    return SEC_PRESENT;
  }
  const char *s = t;
  size_t sn = n;
  mins__trim(&s, &sn, ":.");
  if (mins__nieq(s, sn, "agenda") || mins__istarts(s, sn, "agenda items") ||
      mins__istarts(s, sn, "agenda:") || mins__nieq(s, sn, "the agenda") ||
      mins__nieq(s, sn, "proposed agenda"))
    return SEC_AGENDA;
  if (decisions_title(s, sn))
    return SEC_DECISIONS;
  if (mins__nieq(s, sn, "summary of action items") ||
      mins__nieq(s, sn, "action summary") ||
      mins__nieq(s, sn, "summary of actions"))
    return SEC_SUMMARY;
  return SEC_NONE;
}

/* Headings that are labels of the page rather than topics. */
static int furniture_heading(const char *t, size_t n) {
  static const char *const words[] = {"minutes",
                                      "minutes:",
                                      "notes",
                                      "meeting notes",
                                      "links",
                                      "content",
                                      "content:",
                                      "contents",
                                      "table of contents",
                                      "discussion",
                                      "today's agenda",
                                      "today\xE2\x80\x99s agenda",
                                      "proceedings",
                                      "summary",
                                      "attendance",
                                      "meeting minutes",
                                      "general discussion",
                                      "other",
                                      "topics",
                                      "items",
                                      NULL};
  mins__trim(&t, &n, ":#");
  for (int i = 0; words[i]; i++)
    if (mins__nieq(t, n, words[i]))
      return 1;
  return 0;
}

void mins__letter_pairs(const char *low, size_t n, uint64_t bg[11]) {
  memset(bg, 0, 11 * sizeof bg[0]);
  for (size_t i = 0; i + 1 < n; i++)
    if (low[i] >= 'a' && low[i] <= 'z' && low[i + 1] >= 'a' &&
        low[i + 1] <= 'z') {
      unsigned k =
          (unsigned)(low[i] - 'a') * 26u + (unsigned)(low[i + 1] - 'a');
      bg[k / 64] |= (uint64_t)1 << (k % 64);
    }
}

int mins__has_word(const char *low, const uint64_t bg[11], const char *needle) {
  unsigned k = (unsigned)(needle[0] - 'a') * 26u + (unsigned)(needle[1] - 'a');
  return (bg[k / 64] >> (k % 64) & 1) && strstr(low, needle) != NULL;
}

/* item_kind's short name for it */
static int has(const char *low, const uint64_t bg[11], const char *needle) {
  return mins__has_word(low, bg, needle);
}

/* The kind from a lower-cased copy of the title, searched with strstr. */
mins_item_kind mins__item_kind(const char *title) {
  if (!title)
    return MINS_ITEM_OTHER;
  char low[256];
  size_t n = strlen(title);
  if (n >= sizeof low)
    n = sizeof low - 1;
  for (size_t i = 0; i < n; i++)
    low[i] =
        (char)((title[i] >= 'A' && title[i] <= 'Z') ? title[i] + 32 : title[i]);
  low[n] = '\0';
  const char *t = low;
  uint64_t bg[11];
  mins__letter_pairs(low, n, bg);
  if (has(t, bg, "apolog"))
    return MINS_ITEM_APOLOGIES;
  if (has(t, bg, "declaration") && has(t, bg, "interest"))
    return MINS_ITEM_DECLARATIONS;
  if ((has(t, bg, "interests") || has(t, bg, "conflict")) && n < 40)
    return MINS_ITEM_DECLARATIONS;
  if (has(t, bg, "matters arising") || has(t, bg, "outstanding action") ||
      has(t, bg, "review actions") || has(t, bg, "review of actions") ||
      has(t, bg, "action log") || has(t, bg, "actions from") ||
      has(t, bg, "previous actions") || has(t, bg, "action tracker"))
    return MINS_ITEM_ACTIONS;
  if (has(t, bg, "any other business") || !strcmp(t, "aob") ||
      has(t, bg, "other business") || !strncmp(t, "aob", sizeof "aob" - 1) ||
      has(t, bg, "any other items") || has(t, bg, "competent business") ||
      !strncmp(t, "aocb", sizeof "aocb" - 1))
    return MINS_ITEM_AOB;
  if (has(t, bg, "next meeting") || has(t, bg, "future meeting") ||
      has(t, bg, "dates of meetings"))
    return MINS_ITEM_NEXT_MEETING;
  if (has(t, bg, "minutes") && !has(t, bg, "minute taker") &&
      !has(t, bg, "minuting"))
    return MINS_ITEM_MINUTES;
  if (has(t, bg, "those attending") || has(t, bg, "attendance") ||
      (has(t, bg, "roll call") && !has(t, bg, "vote")) ||
      !strcmp(t, "present") || !strncmp(t, "present:", sizeof "present:" - 1))
    return MINS_ITEM_ATTENDANCE;
  if (has(t, bg, "welcome") || has(t, bg, "election of") ||
      has(t, bg, "declaration of office") ||
      has(t, bg, "acceptance of office") ||
      has(t, bg, "public participation") || has(t, bg, "public forum") ||
      has(t, bg, "open forum") || has(t, bg, "public question") ||
      has(t, bg, "close of meeting") || has(t, bg, "closure") ||
      has(t, bg, "introductions") || has(t, bg, "chairman's announcements") ||
      has(t, bg, "chair's announcements") ||
      has(t, bg, "exclusion of the public") ||
      has(t, bg, "exclude the public") || has(t, bg, "urgent business"))
    return MINS_ITEM_PROCEDURAL;
  return MINS_ITEM_OTHER;
}

/* ---- making items ------------------------------------------------------ */

static size_t add_item(mins__ctx *c, mins__block *b, const cand *k,
                       unsigned flags) {
  mins_doc *d = c->doc;
  mins__arena *a = &d->arena;
  mins_item *it = VEC_PUSH(a, &d->items, mins_item);
  if (!it)
    return MINS_NONE;
  if (k && k->numlen) {
    const char *num = k->num;
    size_t nn = k->numlen;
    mins__trim(&num, &nn, ".):");
    it->number = mins__strndup(a, num, nn);
  } else {
    flags |= MINS_ITEM_UNNUMBERED;
  }
  size_t ts = k ? k->title : 0;
  size_t tl = k ? k->titlelen : b->len;
  if (ts > b->len)
    ts = b->len;
  if (ts + tl > b->len)
    tl = b->len - ts;
  it->title = make_title(a, b->text + ts, tl);
  it->kind = mins__item_kind(it->title);
  if (it->title && (mins__istr(it->title, strlen(it->title), "(exempt)") ||
                    mins__istr(it->title, strlen(it->title), "confidential") ||
                    mins__istr(it->title, strlen(it->title), "(non-public)") ||
                    mins__istr(it->title, strlen(it->title), "[exempt]") ||
                    mins__istr(it->title, strlen(it->title), "(private)")))
    flags |= MINS_ITEM_EXEMPT;
  unsigned line, col;
  mins__block_pos(c, b, k && k->num ? (size_t)(k->num - b->text) : 0, &line,
                  &col);
  if (b->kind == BLK_HEADING || (b->first_in_item && b->ordered)) {
    line = b->line;
    col = b->col;
  }
  it->line = line;
  it->column = col;
  it->level = b->kind == BLK_HEADING ? b->level : 0;
  it->flags = flags | (b->kind == BLK_HEADING ? MINS_ITEM_HEADING : 0);
  return d->items.len - 1;
}

/* Is v the next in its sequence (I, II, III or A, B, C), or a first one?
 * A letter sequence may also follow a numeral one (sub-items). */
static int seq_next(int *last, int v) {
  /* last holds the last numeral (low bits) and the last letter (x1000):
   * "V." follows "IV." over the lettered sub-items "A.", "B." between */
  int num = *last % 1000, let = *last / 1000;
  if (v > 100) {
    if (v == 101 || v == let + 1) {
      *last = num + v * 1000;
      return 1;
    }
    return 0;
  }
  if (v == 1 || v == num + 1) {
    *last = v; /* a new numeral: its letters start again at A */
    return 1;
  }
  return 0;
}

/* Split block i at text offset k: the tail becomes a new block i+1. */
static int split_block(mins__ctx *c, size_t i, size_t k) {
  mins__block *nb = VEC_PUSH(c->scratch, &c->blocks, mins__block);
  if (!nb)
    return -1;
  mins__block *bs = c->blocks.data;
  memmove(&bs[i + 2], &bs[i + 1], (c->blocks.len - i - 2) * sizeof *bs);
  mins__block *b = &bs[i], *t = &bs[i + 1];
  *t = *b;
  t->text = b->text + k;
  t->len = b->len - k;
  /* segments of the tail, shifted */
  size_t first = 0;
  while (first + 1 < b->nsegs && b->segs[first + 1].off <= k)
    first++;
  mins__seg *ns =
      mins__alloc(c->scratch, sizeof(mins__seg) * (b->nsegs - first + 1));
  if (!ns)
    return -1;
  size_t cnt = 0;
  for (size_t j = first; j < b->nsegs; j++) {
    ns[cnt] = b->segs[j];
    if (ns[cnt].off <= k) {
      unsigned l, cc;
      mins__block_pos(c, b, k, &l, &cc);
      ns[cnt].line = l;
      ns[cnt].col = cc;
      ns[cnt].off = 0;
    } else {
      ns[cnt].off -= k;
    }
    cnt++;
  }
  t->segs = ns;
  t->nsegs = cnt;
  unsigned l, cc;
  mins__block_pos(c, b, k, &l, &cc);
  t->line = l;
  t->col = cc;
  t->first_in_item = 0;
  t->lead_strong = 0;
  t->bold_only = 0;
  t->kw = mins__keywords(t->text, t->len);
  /* the tail is read afresh: no role or body of the head's */
  t->role = ROLE_TEXT;
  t->body = 0;
  b->len = k;
  /* trim the head's trailing blanks */
  while (b->len && mins__is_space((unsigned char)b->text[b->len - 1]))
    b->len--;
  /* a body that began in the blanks trimmed: empty, not past the end */
  if (b->body > b->len)
    b->body = b->len;
  b->end_line = l;
  return 0;
}

/* In paragraph mode, look for the next item number inside running text:
 * "... was duly elected. 6. The Minutes of the meeting ..." */
static size_t find_inline_number(const mins__block *b, long want) {
  const char *t = b->text;
  size_t n = b->len;
  char num[24];
  int nl = snprintf(num, sizeof num, "%ld.", want);
  for (size_t i = 2; i + (size_t)nl + 2 < n; i++) {
    if (t[i - 1] != ' ' && t[i - 1] != '\n')
      continue;
    if (memcmp(t + i, num, (size_t)nl) != 0)
      continue;
    /* after a sentence end */
    size_t j = i - 1;
    while (j > 0 && (t[j] == ' ' || t[j] == '\n'))
      j--;
    if (!(t[j] == '.' || t[j] == '!' || t[j] == '?' || t[j] == ':' ||
          t[j] == ')'))
      continue;
    size_t r = i + (size_t)nl;
    if (r < n && t[r] == ' ' && r + 1 < n && t[r + 1] >= 'A' && t[r + 1] <= 'Z')
      return i;
  }
  return MINS_NONE;
}

static long lead_number(const char *s, size_t n) {
  long v = 0;
  size_t i = 0;
  while (i < n && is_digit(s[i]) && i < 9)
    v = v * 10 + (s[i++] - '0');
  return i ? v : -1;
}

/* A list entry that reads as an item title: short, or ending its first
 * line with a colon, or bold, rather than a sentence. */
static int title_like(const mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  const char *nl = memchr(t, '\n', n);
  size_t first = nl ? (size_t)(nl - t) : n;
  if (b->lead_strong)
    return 1;
  for (size_t i = 0; i < first && i < 120; i++)
    if (t[i] == ':')
      return 1;
  if (first > 90)
    return 0;
  /* a sentence: ends with a full stop and has a lower-case verb-like word */
  if (first > 0 && t[first - 1] == '.' && first > 50)
    return 0;
  return 1;
}

/* A heading that names the document: "Board of Directors Meeting
 * Minutes", "Regular Council Meeting". */
static int title_words(const char *t, size_t n) {
  return mins__istr(t, n, "minutes") || mins__istr(t, n, "meeting") ||
         mins__istr(t, n, "notes");
}

/* Labels of the meeting itself, not topics: "**Date:** 3 June 2024". */
static int meta_label(const char *t, size_t n) {
  static const char *const words[] = {"date",
                                      "time",
                                      "venue",
                                      "location",
                                      "place",
                                      "where",
                                      "when",
                                      "chair",
                                      "chairman",
                                      "chairperson",
                                      "chairs",
                                      "clerk",
                                      "secretary",
                                      "scribe",
                                      "scribes",
                                      "minutes",
                                      "minute taker",
                                      "minutes by",
                                      "note taker",
                                      "notes",
                                      "recorder",
                                      "facilitator",
                                      "quorum",
                                      "meeting",
                                      "attendees",
                                      "present",
                                      "absent",
                                      "apologies",
                                      "regrets",
                                      "guests",
                                      "staff",
                                      "also present",
                                      "in attendance",
                                      "agenda",
                                      "next meeting",
                                      "called by",
                                      "start",
                                      "end",
                                      "dial-in",
                                      "call",
                                      NULL};
  mins__trim(&t, &n, "*_: ");
  for (int k = 0; words[k]; k++)
    if (mins__nieq(t, n, words[k]))
      return 1;
  return 0;
}

/* A paragraph that opens with a bold topic, as boards without numbered
 * items write them: "**Pool resurfacing:** After discussion, ..." or
 * "**Treasurer's report**" over the paragraphs of its text. Sets *title
 * to the topic's length and *body to where its text starts. */
static int topic_label(mins__ctx *c, const mins__block *bs, size_t nb, size_t i,
                       size_t *title, size_t *body) {
  const mins__block *b = &bs[i];
  if (b->kind != BLK_PARA || b->list_depth || b->quote_depth ||
      !b->lead_strong || b->lead_strong > 80)
    return 0;
  const char *t = b->text;
  size_t e = b->lead_strong, te = e;
  while (te > 0 && (t[te - 1] == ' ' || t[te - 1] == ':'))
    te--;
  int colon = te < e || (e < b->len && t[e] == ':');
  if (b->bold_only) {
    /* a bold line alone: the next block must be its text */
    if (colon || i + 1 >= nb || bs[i + 1].kind != BLK_PARA ||
        bs[i + 1].bold_only)
      return 0;
  } else if (!colon) {
    return 0;
  }
  if (te < 3 || memchr(t, '\n', te) || meta_label(t, te) ||
      section_of(c, t, te) != SEC_NONE)
    return 0;
  /* a sentence in bold is no topic */
  if (t[te - 1] == '.' || t[te - 1] == '?')
    return 0;
  size_t k = e;
  while (k < b->len && (t[k] == ':' || mins__is_space((unsigned char)t[k])))
    k++;
  *title = te;
  *body = k;
  return 1;
}

/* A numbered entry whose first line is a title over lines of text, as
 * minutes typed in a word processor and saved as text come: "1. Welcome
 * and introductions\nJoan welcomed everyone ...". The title is short,
 * no sentence (no full stop, comma or colon at its end), and the text
 * below it opens with a capital or a digit; a paragraph wrapped at a
 * fixed width has a long first line, or one that runs on into the next. */
static int title_line_over_text(const mins__block *b) {
  if (!b->ordered || !b->first_in_item)
    return 0;
  const char *t = b->text;
  const char *nl = memchr(t, '\n', b->len);
  if (!nl)
    return 0;
  size_t n = (size_t)(nl - t);
  size_t rest = b->len - n - 1;
  if (n < 3 || n > 60 || rest == 0)
    return 0;
  char last = t[n - 1];
  if (last == '.' || last == ',' || last == ';' || last == '-' ||
      !(t[0] >= 'A' && t[0] <= 'Z'))
    return 0;
  /* the title's last word is no word a sentence goes on from */
  static const char *const joins[] = {"the", "a",  "an",   "and",  "or",
                                      "of",  "to", "for",  "in",   "on",
                                      "at",  "by", "with", "that", NULL};
  size_t w = n;
  while (w > 0 && t[w - 1] != ' ')
    w--;
  for (int k = 0; joins[k]; k++)
    if (mins__nieq(t + w, n - w, joins[k]))
      return 0;
  unsigned char c0 = (unsigned char)nl[1];
  return (c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9');
}

/* Does the entry at block i hold more than its first paragraph (an
 * indented paragraph, a sub-list), or text after a bold title? */
static int structured_entry(const mins__block *bs, size_t nb, size_t i) {
  const mins__block *b = &bs[i];
  if (b->lead_strong && !b->bold_only)
    return 1;
  if (title_line_over_text(b))
    return 1;
  return i + 1 < nb && bs[i + 1].list_depth >= 1 &&
         bs[i + 1].quote_depth == b->quote_depth &&
         (bs[i + 1].list_depth > 1 || !bs[i + 1].first_in_item) &&
         bs[i + 1].kind != BLK_HEADING;
}

/* Does a list entry open with a title: a bold one, or a short line that is
 * neither a sentence nor a speaker's words ("Mara: I agree ...")? */
static int entry_title(const mins__block *b) {
  if (b->lead_strong)
    return 1;
  const char *t = b->text;
  const char *nl = memchr(t, '\n', b->len);
  size_t n = nl ? (size_t)(nl - t) : b->len;
  if (n == 0 || n > 90 || t[n - 1] == '.')
    return 0;
  /* a speaker: one to three capitalised words and a colon */
  size_t i = 0;
  int words = 0;
  while (i < n && words < 4) {
    if (!(t[i] >= 'A' && t[i] <= 'Z'))
      break;
    while (i < n && t[i] != ' ' && t[i] != ':' && t[i] != ',')
      i++;
    words++;
    if (i < n && t[i] == ':')
      return 0;
    if (i < n && t[i] == ',') /* "Mara, Jack: ..." */
      i++;
    while (i < n && t[i] == ' ')
      i++;
  }
  return 1;
}

/* Is the top-level list that opens at block s written as minutes in
 * Markdown's own way, each entry an item with its text inside ("1.
 * Apologies\n\n   None.\n\n2. Minutes\n\n   Approved.")? Half of its
 * entries, and at least two, must hold more than a title. *end gets the
 * block after the list. */
static int structured_list(const mins__block *bs, size_t nb, size_t s,
                           size_t *end) {
  size_t entries = 0, full = 0, titled = 0, j = s;
  for (; j < nb && bs[j].list_depth >= 1; j++) {
    if (j > s && bs[j].list_depth == 1 && bs[j].list_first)
      break; /* the next list */
    if (bs[j].list_depth == 1 && bs[j].first_in_item) {
      entries++;
      if (structured_entry(bs, nb, j))
        full++;
      if (entry_title(&bs[j]))
        titled++;
    }
  }
  *end = j;
  /* and its entries open with titles, not with what someone said
   * ("Ryan: Let's come back to ...") */
  return entries >= 2 && full >= 2 && full * 2 >= entries &&
         titled * 3 >= entries * 2;
}

/* Has t[0..n) a word of three letters or more that opens in lower case
 * ("Water troughs"), as a topic does and names and posts do not ("Clerk
 * and Treasurer", "Head of Finance")? */
static int lower_word(const char *t, size_t n) {
  for (size_t i = 1; i + 2 < n; i++) {
    if (t[i - 1] != ' ' || !(t[i] >= 'a' && t[i] <= 'z'))
      continue;
    size_t e = i;
    while (e < n && t[e] >= 'a' && t[e] <= 'z')
      e++;
    if (e - i >= 3 && !mins__nieq(t + i, e - i, "and") &&
        !mins__nieq(t + i, e - i, "the") && !mins__nieq(t + i, e - i, "for"))
      return 1;
  }
  return 0;
}

/* An entry of an ordered list that is a whole minute, its title run into
 * its text, as clerks type them in a word processor: "5. Finance – Peter
 * presented the accounts.", "2. Apologies: Apologies were received from
 * ...", "1. APOLOGIES. Apologies were ...". The title is on the first
 * line, a few words with no sentence in it, closed by a dash, a colon, or
 * (a title in capitals) a full stop; the text after it opens as a
 * sentence does. Sets *tlen to the title's length and *body to where the
 * text starts. */
/* Does t hold a word that makes it a sentence: "was", "were", "is",
 * "are", "has", "had", or a lower-case word ending in "ed" ("Minutes
 * approved")? */
static int verb_in(const char *t, size_t n) {
  static const char *const aux[] = {"was", "were", "is",   "are",
                                    "has", "had",  "have", NULL};
  for (size_t i = 0; i < n;) {
    while (i < n && t[i] == ' ')
      i++;
    size_t j = i;
    while (j < n && t[j] != ' ')
      j++;
    if (j - i >= 4 && t[i] >= 'a' && t[i] <= 'z' && t[j - 2] == 'e' &&
        t[j - 1] == 'd')
      return 1;
    for (int k = 0; aux[k]; k++)
      if (mins__nieq(t + i, j - i, aux[k]))
        return 1;
    i = j;
  }
  return 0;
}

static int titled_entry(mins__ctx *c, const mins__block *b, size_t *tlen,
                        size_t *body) {
  const char *t = b->text;
  size_t n = b->len;
  if (b->kind != BLK_PARA || !b->ordered || !b->first_in_item || n < 6 ||
      !(t[0] >= 'A' && t[0] <= 'Z'))
    return 0;
  size_t lim = n < 90 ? n : 90, te = 0, bs = 0;
  int words = 1;
  for (size_t i = 1; i < lim && !te; i++) {
    char ch = t[i];
    if (ch == '\n' || ch == ';' || ch == '?' || ch == '!' || ch == '(')
      return 0;
    if (ch == ':' && i + 1 < n && (t[i + 1] == ' ' || t[i + 1] == '\n')) {
      te = i;
      bs = i + 1;
    } else if (ch == ' ' && i + 2 < n &&
               ((t[i + 1] == '-' && t[i + 2] == ' ') ||
                (i + 4 < n &&
                 (memcmp(t + i + 1, "\xE2\x80\x93", 3) == 0 ||
                  memcmp(t + i + 1, "\xE2\x80\x94", 3) == 0) &&
                 t[i + 4] == ' '))) {
      te = i;
      bs = i + (t[i + 1] == '-' ? 2 : 4);
    } else if (ch == '.' && i + 1 < n && t[i + 1] == ' ') {
      /* a title in capitals ends with a full stop; so does a short one
       * with no verb before a sentence ("3. Treasurer's report. AB
       * reported ...", as village clerks type them); any other full stop
       * ends a sentence, and a sentence is no title */
      if (i < 3 || (!mins__mostly_upper(t, i) &&
                    !(words <= 4 && !verb_in(t, i) && i + 2 < n &&
                      t[i + 2] >= 'A' && t[i + 2] <= 'Z')))
        return 0;
      te = i;
      bs = i + 1;
    } else if (ch == ' ' && ++words > 8) {
      return 0;
    }
  }
  if (!te || te < 2)
    return 0;
  while (bs < n && mins__is_space((unsigned char)t[bs]))
    bs++;
  if (bs >= n)
    return 0;
  unsigned char b0 = (unsigned char)t[bs];
  /* "Peter: obtain the quotes" is a task, not a minute; "Water troughs:
   * the tap on plot 14 leaks" is a minute, its title no one's name (a word
   * in lower case) */
  if (b0 >= 'a' && b0 <= 'z' && !lower_word(t, te))
    return 0;
  /* the words of a motion or a record are no title: "Moved: Cr Chen",
   * "Resolved: that ...", "Action: ..." */
  mins__match_t m;
  if (mins__motion_line(t, bs) || mins__opens_resolution(c, t, n, b->kw) ||
      mins__match(c->pat, PAT_RES_LABEL, t, bs, 0, &m) == 1 ||
      mins__match(c->pat, PAT_ACTION_LABEL, t, bs, 0, &m) == 1)
    return 0;
  *tlen = te;
  *body = bs;
  return 1;
}

/* Is the ordered list that opens at block s a list of such minutes? Two
 * in three of its entries, and at least two, must be titled; the list
 * must not stand under a label or heading of actions, decisions or
 * people ("Actions:", then "1. Peter Quayle: Obtain quotes."). */
static int titled_list(mins__ctx *c, const mins__block *bs, size_t nb, size_t s,
                       size_t *end) {
  size_t entries = 0, titled = 0, j = s, tl, bd;
  for (; j < nb && bs[j].list_depth >= 1; j++) {
    if (j > s && bs[j].list_depth == 1 && bs[j].list_first)
      break;
    if (bs[j].list_depth == 1 && bs[j].first_in_item) {
      entries++;
      if (titled_entry(c, &bs[j], &tl, &bd))
        titled++;
    }
  }
  *end = j;
  if (!bs[s].ordered || entries < 2 || titled < 2 || titled * 3 < entries * 2)
    return 0;
  if (s > 0 && (bs[s - 1].kind == BLK_HEADING ||
                (bs[s - 1].kind == BLK_PARA && bs[s - 1].len > 0 &&
                 bs[s - 1].text[bs[s - 1].len - 1] == ':'))) {
    int sec = section_of(c, bs[s - 1].text, bs[s - 1].len);
    if (sec != SEC_NONE && sec != SEC_AGENDA)
      return 0;
  }
  return 1;
}

/* Does a list entry read as a person ("Helen Shaw, Company Secretary
 * (minutes)", "Cllr J Smith – arrived 7.45pm"), not a sentence? Names and
 * posts have few words in lower case outside brackets ("Head of
 * Finance"); a sentence has many ("Apologies were received from ..."). */
static int person_entry(const char *t, size_t n) {
  static const char *const small[] = {
      "of", "and", "the", "for", "de", "van", "von", "da", "le", "la",
      "du", "del", "der", "to",  "&",  "in",  "on",  "at", NULL};
  if (n > 160)
    return 0;
  int depth = 0, words = 0, lower = 0;
  for (size_t i = 0; i < n; i++) {
    if (t[i] == '(')
      depth++;
    else if (t[i] == ')' && depth > 0)
      depth--;
    if (depth || t[i] == ' ' || t[i] == '\n' || t[i] == '(' || t[i] == ')' ||
        (i > 0 && t[i - 1] != ' ' && t[i - 1] != '\n' && t[i - 1] != '('))
      continue;
    size_t e = i;
    while (e < n && t[e] != ' ' && t[e] != '\n' && t[e] != ',')
      e++;
    words++;
    if (t[i] >= 'a' && t[i] <= 'z') {
      int sm = 0;
      for (int k = 0; small[k] && !sm; k++)
        sm = mins__nieq(t + i, e - i, small[k]);
      lower += !sm;
    }
  }
  return words <= 12 && lower <= 1;
}

/* Do most entries of the list at block s read as people? */
static int people_list(const mins__block *bs, size_t nb, size_t s) {
  size_t entries = 0, people = 0;
  int depth = bs[s].list_depth;
  for (size_t j = s; j < nb && bs[j].list_depth >= depth; j++) {
    if (j > s && bs[j].list_depth == depth && bs[j].list_first)
      break;
    if (bs[j].list_depth == depth && bs[j].first_in_item) {
      entries++;
      people += (size_t)person_entry(bs[j].text, bs[j].len);
    }
  }
  return entries > 0 && people * 3 >= entries * 2;
}

/* Is this block's text a heading-like short line? */
static int short_line(const mins__block *b) {
  return b->len <= 120 && !memchr(b->text, '\n', b->len);
}

/* A "Topic – text" bullet: a short topic before an en/em dash. */
static size_t topic_dash(const mins__block *b) {
  const char *t = b->text;
  size_t lim = b->len < 80 ? b->len : 80;
  size_t words = 1;
  for (size_t i = 1; i + 3 <= lim; i++) {
    if (t[i] == ' ')
      words++;
    if (t[i] == '.' || t[i] == ',' || t[i] == ';')
      return 0;
    if (words > 7)
      return 0;
    if (t[i - 1] == ' ' && (memcmp(t + i, "\xE2\x80\x93", 3) == 0 ||
                            memcmp(t + i, "\xE2\x80\x94", 3) == 0))
      return i;
    if (t[i - 1] == ' ' && t[i] == '-' && i + 1 < lim && t[i + 1] == ' ')
      return i;
  }
  return 0;
}

static int text_cmp(const void *pa, const void *pb) {
  const mins__block *a = *(mins__block *const *)pa;
  const mins__block *b = *(mins__block *const *)pb;
  if (a->len != b->len)
    return a->len < b->len ? -1 : 1;
  return memcmp(a->text, b->text, a->len);
}

/* For each block, 1 if another block has the same text (a running header
 * repeated on every page). Sorted, not compared pairwise: a converted
 * document may have tens of thousands of paragraphs. NULL on no memory. */
static char *repeated_blocks(mins__ctx *c) {
  mins__block *bs = c->blocks.data;
  size_t nb = c->blocks.len;
  mins__block **order = mins__alloc(c->scratch, (nb + 1) * sizeof *order);
  char *rep = mins__alloc(c->scratch, nb + 1);
  if (!order || !rep)
    return NULL;
  for (size_t i = 0; i < nb; i++)
    order[i] = &bs[i];
  qsort(order, nb, sizeof *order, text_cmp);
  for (size_t i = 1; i < nb; i++)
    if (text_cmp(&order[i - 1], &order[i]) == 0)
      rep[order[i - 1] - bs] = rep[order[i] - bs] = 1;
  return rep;
}

/* Is t[0..n) a label of when and where the meeting was ("Date",
 * "Time", "Venue")? */
static int meeting_label(const char *t, size_t n) {
  static const char *const when[] = {
      "date",  "time", "venue",   "location",      "place",
      "where", "when", "held at", "date and time", NULL};
  mins__trim(&t, &n, "*_");
  for (int k = 0; when[k]; k++)
    if (mins__nieq(t, n, when[k]))
      return 1;
  return 0;
}

/* The start of the first line after offset from that opens with a
 * people label ("Members absent:", "Staff present:", "Also present:"), or
 * with a label of the meeting's date, time or place when stop_when is set,
 * or MINS_NONE. */
static size_t next_people_label(mins__ctx *c, const mins__block *b, size_t from,
                                int stop_when) {
  const char *t = b->text;
  size_t n = b->len;
  for (size_t i = from; i < n;) {
    const char *nl = memchr(t + i, '\n', n - i);
    if (!nl)
      break;
    size_t ls = (size_t)(nl - t) + 1;
    size_t lim = n - ls < 48 ? n - ls : 48, cl = 0;
    while (cl < lim && t[ls + cl] != ':' && t[ls + cl] != '\n')
      cl++;
    if (cl < lim && t[ls + cl] == ':' && cl > 2) {
      const char *lt = t + ls;
      size_t ln = cl;
      mins__trim(&lt, &ln, "*_");
      int sec = section_of(c, lt, ln);
      if ((sec >= SEC_PRESENT && sec <= SEC_ABSENT) ||
          (stop_when && meeting_label(lt, ln)))
        return ls;
    }
    i = ls;
  }
  return MINS_NONE;
}

/* Is the sub-number num ("5.2") under the current item: its parent
 * ("5") or a sibling ("5.1")? */
static int sub_of_current(const mins__ctx *c, size_t cur, const char *num,
                          size_t nn) {
  if (cur == MINS_NONE)
    return 0;
  const char *have = VEC_AT(c->doc->items, mins_item, cur).number;
  const char *dot = memchr(num, '.', nn);
  if (!have || !dot)
    return 0;
  size_t pl = (size_t)(dot - num), hl = strlen(have);
  const char *hd = memchr(have, '.', hl);
  if (hd)
    hl = (size_t)(hd - have);
  return pl == hl && memcmp(have, num, pl) == 0;
}

/* Split block i at text offset k (split_block), keeping the candidates in
 * step: the tail is examined afresh. */
static int split_cands(mins__ctx *c, size_t i, size_t k, cand **cands) {
  if (split_block(c, i, k) != 0)
    return -1;
  mins__block *bs = c->blocks.data;
  cand *nc = mins__alloc(c->scratch, sizeof(cand) * (c->blocks.len + 1));
  if (!nc)
    return -1;
  memcpy(nc, *cands, sizeof(cand) * (i + 1));
  /* the head's candidate was read on the whole paragraph: nothing of it
   * may lie past what is left */
  cand *h = &nc[i];
  size_t hl = bs[i].len;
  if (h->body > hl)
    h->body = hl;
  if (h->title > hl)
    h->title = hl;
  if (h->titlelen > hl - h->title)
    h->titlelen = hl - h->title;
  memcpy(nc + i + 2, *cands + i + 1, sizeof(cand) * (c->blocks.len - i - 2));
  memset(&nc[i + 1], 0, sizeof(cand));
  number_candidate(c, &bs[i + 1], &nc[i + 1], 0);
  *cands = nc;
  return 0;
}

/* "4.3 Senate APPROVED the revised framework": where an item's
 * paragraphs are numbered under it (4.1, 4.2, ...), as senates, UN bodies
 * and scrutiny reports number them, the paragraph's number is no part of
 * its text: the offset of the text after it, 0 where there is none. The
 * number must extend the item's own ("4.3" in item 4) and be followed by
 * a capital, so a figure opening a sentence stays ("4.3 million"). */
static size_t paragraph_number(const mins__block *b, const char *num) {
  size_t nn = strlen(num);
  const char *t = b->text;
  if (b->kind != BLK_PARA || b->len < nn + 4 || memcmp(t, num, nn) != 0 ||
      t[nn] != '.' || !(t[nn + 1] >= '0' && t[nn + 1] <= '9'))
    return 0;
  size_t k = nn + 1;
  while (k < b->len && k < nn + 4 && t[k] >= '0' && t[k] <= '9')
    k++;
  if (k < b->len && (t[k] == '.' || t[k] == ')'))
    k++;
  if (k >= b->len || (t[k] != ' ' && t[k] != '\t'))
    return 0;
  while (k < b->len && (t[k] == ' ' || t[k] == '\t'))
    k++;
  return k < b->len && t[k] >= 'A' && t[k] <= 'Z' ? k : 0;
}

int mins__items(mins__ctx *c) {
  mins__block *bs = c->blocks.data;
  size_t nb = c->blocks.len;
  char *repeated = NULL;
  /* furniture: "Minutes:" labels, page numbers, repeated page banners */
  for (size_t i = 0; i < nb; i++) {
    mins__block *b = &bs[i];
    const char *t = b->text;
    size_t n = b->len;
    mins__trim(&t, &n, NULL);
    /* "2. Minutes" in an ordered list is the item on the last minutes */
    int numbered = b->ordered && b->list_number > 0 && b->first_in_item;
    if (b->kind == BLK_PARA &&
        ((!numbered &&
          (mins__nieq(t, n, "minutes:") || mins__nieq(t, n, "minutes"))) ||
         (n > 0 && n <= 4 && lead_number(t, n) >= 0 &&
          (size_t)(lead_number(t, n) >= 0) && b->list_depth == 0 &&
          !b->first_in_item && strspn(t, "0123456789") == n) ||
         (mins__istarts(t, n, "page ") && n < 20 &&
          strspn(t + 5, "0123456789 ofOF") == n - 5))) {
      b->role = ROLE_FURNITURE;
      b->used = 1;
    }
    if (b->kind == BLK_PARA && b->bold_only && n < 200 &&
        mins__istr(t, n, "page")) {
      if (!repeated && !(repeated = repeated_blocks(c)))
        return MINS_ENOMEM;
      if (repeated[i]) {
        b->role = ROLE_FURNITURE;
        b->used = 1;
      }
    }
  }

  /* candidates and the mode */
  cand *cands = mins__alloc(c->scratch, sizeof(cand) * (nb + 1));
  if (!cands)
    return MINS_ENOMEM;
  size_t nhead = 0, npara = 0, nlist = 0, nheadings = 0, ntopics = 0;
  size_t nstruct = 0, nlabels = 0;
  size_t list_end = 0; /* the list being read ends before this block */
  int list_ok = 0;     /* and is a structured list */
  int seen_para = 0;   /* headings before any paragraph are the title's */
  char hiso[11];
  for (size_t i = 0; i < nb; i++) {
    mins__block *b = &bs[i];
    if (b->role == ROLE_FURNITURE)
      continue;
    if (b->kind == BLK_HEADING) {
      nheadings++;
      if (number_candidate(c, b, &cands[i], 1))
        nhead++;
      else if (!section_of(c, b->text, b->len) &&
               !furniture_heading(b->text, b->len) && b->level > 1 &&
               (seen_para || !title_words(b->text, b->len)) &&
               !mins__parse_date(b->text, b->len, 0, hiso))
        ntopics++;
    } else if (b->kind == BLK_PARA && b->quote_depth == 0) {
      size_t lt, lb;
      seen_para = 1;
      if (b->list_depth == 0 && !number_candidate(c, b, &cands[i], 0) &&
          topic_label(c, bs, nb, i, &lt, &lb)) {
        memset(&cands[i], 0, sizeof cands[i]);
        cands[i].label_topic = 1;
        cands[i].titlelen = lt;
        cands[i].body = lb;
        nlabels++;
      } else if (b->list_depth == 0) {
        if (cands[i].ok && !cands[i].sub)
          npara++;
      } else if (b->list_depth == 1 && b->ordered && b->first_in_item &&
                 b->list_len == 1) {
        /* an ordered list of one entry: "1. Adoption of Minutes:" */
        cand *k = &cands[i];
        memset(k, 0, sizeof *k);
        k->ok = 2;
        k->title = 0;
        nlist++;
      } else if (b->list_depth == 1 && b->first_in_item &&
                 (i < list_end
                      ? list_ok
                      : (list_ok = structured_list(bs, nb, i, &list_end) ? 1
                                   : titled_list(c, bs, nb, i, &list_end)
                                       ? 2
                                       : 0))) {
        /* a list whose entries hold the minutes of each item, numbered
         * or bulleted ("- KEP-1234 graduation\n  - Decision: ..."), or
         * an ordered list of minutes with their titles run in ("5.
         * Finance – Peter presented the accounts.") */
        cand *k = &cands[i];
        memset(k, 0, sizeof *k);
        k->ok = 2;
        k->structured = 1;
        if (list_ok == 2 && titled_entry(c, b, &k->titlelen, &k->body))
          k->titled = 1;
        nstruct++;
      }
    }
  }
  /* outline letters and numerals ("A.", "IV.") are items only in minutes
   * that do not number with digits: elsewhere they are sub-points */
  {
    size_t arabic = 0, seqs = 0;
    for (size_t i = 0; i < nb; i++)
      if (cands[i].ok == 1)
        cands[i].seq ? seqs++ : arabic++;
    if (arabic >= 2 && seqs) {
      for (size_t i = 0; i < nb; i++)
        if (cands[i].ok == 1 && cands[i].seq) {
          cands[i].ok = 0;
          if (bs[i].kind == BLK_HEADING)
            nhead--;
          else
            npara--;
        }
    }
  }
  /* numbered headings first; then numbers written in paragraphs; then
   * unnumbered topic headings; then one-entry ordered lists (weak: PDF
   * conversions make them, but so do numbered points inside a topic) */
  int mode;
  if (nhead >= 2 || (nhead >= 1 && npara + nlist < 2))
    mode = MODE_HEADINGS;
  else if (npara >= 2 || (npara >= 1 && npara + nlist >= 2 && ntopics < 2))
    mode = MODE_PARAS;
  else if (ntopics >= 2)
    mode = MODE_TOPICS;
  else if (nlist >= 2)
    mode = MODE_PARAS;
  else if (nstruct >= 2 && ntopics == 0 && nhead == 0)
    mode = MODE_PARAS; /* the whole document is one list of items */
  else
    mode = MODE_TOPICS;
  /* bold topic labels are items only in minutes with no other structure */
  int label_topics = mode == MODE_TOPICS && nlabels >= 3 && ntopics == 0 &&
                     nhead == 0 && npara == 0 && nlist == 0;
  /* entries of such a list are items only when the document has no other
   * structure: otherwise they are numbered points of an item */
  if (nstruct && (mode != MODE_PARAS || npara + nlist > 0))
    for (size_t i = 0; i < nb; i++)
      if (cands[i].structured)
        cands[i].ok = 0;

  /* does an agenda heading have a "Minutes" heading after it, at its
   * level? then the agenda's sub-headings are only the agenda */
  int agenda_level = 0, agenda_split = 0;
  for (size_t i = 0; i < nb; i++) {
    mins__block *b = &bs[i];
    if (b->kind != BLK_HEADING)
      continue;
    if (!agenda_level && section_of(c, b->text, b->len) == SEC_AGENDA)
      agenda_level = b->level;
    else if (agenda_level && b->level <= agenda_level &&
             furniture_heading(b->text, b->len))
      agenda_split = 1;
  }

  /* the walk */
  size_t cur = MINS_NONE; /* current item */
  int sec = SEC_TITLE, sec_level = 0, sec_label = 0, sec_list_depth = 0;
  int seq_last = 0; /* the last Roman or letter item: 4 for IV, 103 for C */
  long last_num = 0;
  int any_item = 0;
  char used_nums[64] = {0}; /* paragraph mode: numbers 1..63 seen */
  for (size_t i = 0; i < c->blocks.len; i++) {
    bs = c->blocks.data;
    mins__block *b = &bs[i];
    nb = c->blocks.len;
    if (b->role == ROLE_FURNITURE) {
      b->item = cur;
      b->section = sec;
      continue;
    }
    /* a label paragraph's section lasts for itself and a list after it;
     * the label holds its own names, so the list continues it only if its
     * entries read as people */
    if (sec_label &&
        (!(b->list_depth > 0 && b->kind == BLK_PARA) ||
         (b->list_first && b->first_in_item && !people_list(bs, nb, i)))) {
      sec = any_item ? SEC_NONE : SEC_TITLE;
      sec_label = 0;
    }
    /* a label inside a list ("- Follow ups:") opens a section for the
     * entries below it only */
    if (sec_list_depth > 0 && b->list_depth <= sec_list_depth) {
      sec = any_item ? SEC_NONE : SEC_TITLE;
      sec_list_depth = 0;
    }
    int opened = 0, keep_sec = 0;
    cand *k = i < nb ? &cands[i] : NULL;
    if (i >= nb)
      k = NULL;
    if (b->kind == BLK_HEADING) {
      /* a numbered heading names a section only by its title ("4.
       * Outstanding actions", "6. Resolutions"): the item's kind says so
       * below, so the section patterns run on the others only */
      int hsec =
          mode == MODE_HEADINGS && k && k->ok
              ? (decisions_title(b->text + k->title, b->len - k->title)
                     ? SEC_DECISIONS
                     : section_of(c, b->text + k->title, b->len - k->title))
              : section_of(c, b->text, b->len);
      /* "##### Resolution", "### Decision" over a list: a heading in the
       * singular names a section too ("Decision:" in a paragraph is a
       * label of one decision) */
      if (!hsec && !(k && k->ok)) {
        const char *ht = b->text;
        size_t hn = b->len;
        mins__trim(&ht, &hn, ":");
        if (mins__nieq(ht, hn, "resolution") || mins__nieq(ht, hn, "decision"))
          hsec = SEC_DECISIONS;
      }
      /* only action sections ride on a numbered heading ("3. Actions");
       * its kind says the rest ("4. Apologies") */
      if (mode == MODE_HEADINGS && k && k->ok && hsec != SEC_ACTIONS &&
          hsec != SEC_DECISIONS && hsec != SEC_REVIEW)
        hsec = SEC_NONE;
      if (k && k->ok && k->seq && !seq_next(&seq_last, k->seq))
        k->ok = 0; /* "I. Smith" out of sequence is no item */
      if (mode == MODE_HEADINGS && k && k->ok && !hsec) {
        size_t body;
        size_t te = b->len - k->title;
        (void)body;
        k->titlelen = te;
        cur = add_item(c, b, k, 0);
        opened = 1;
      } else if (mode == MODE_HEADINGS && k && k->ok && hsec) {
        /* "## 6. Resolutions", "## 4. Outstanding actions" */
        k->titlelen = b->len - k->title;
        cur = add_item(c, b, k, 0);
        opened = 1;
        sec = hsec == SEC_AGENDA ? SEC_NONE : hsec;
        keep_sec = 1;
        sec_level = b->level;
      } else if (hsec) {
        if (hsec == SEC_REVIEW && mode != MODE_HEADINGS) {
          cand t;
          memset(&t, 0, sizeof t);
          t.titlelen = b->len;
          cur = add_item(c, b, &t, 0);
          opened = 1;
          sec = hsec;
          keep_sec = 1;
        } else if (hsec == SEC_ACTIONS || hsec == SEC_SUMMARY ||
                   hsec == SEC_DECISIONS || hsec == SEC_AGENDA ||
                   hsec == SEC_PRESENT || hsec == SEC_ATTEND ||
                   hsec == SEC_ABSENT ||
                   (hsec == SEC_APOL && (mode == MODE_TOPICS || !any_item))) {
          /* "##### Resolution" under "#### Node should not change
           * rlimits": the item's own decisions stay in it */
          int inner = hsec == SEC_DECISIONS && cur != MINS_NONE &&
                      (VEC_AT(c->doc->items, mins_item, cur).flags &
                       MINS_ITEM_HEADING) &&
                      VEC_AT(c->doc->items, mins_item, cur).level < b->level;
          if (!inner &&
              (mode != MODE_HEADINGS || !any_item || hsec == SEC_ACTIONS ||
               hsec == SEC_SUMMARY || hsec == SEC_DECISIONS))
            cur = MINS_NONE;
        } else if (hsec == SEC_APOL && mode != MODE_TOPICS) {
          /* "Apologies" sub-heading of a numbered item: keep the item */
        }
        sec = hsec;
        sec_level = b->level;
        b->role = ROLE_SECTION;
        b->used = 1;
      } else if (mode == MODE_TOPICS) {
        /* an unnumbered topic: a heading with content of its own */
        int title_area = !any_item && (b->level == 1 || sec == SEC_TITLE) &&
                         (i == 0 || b->level == 1 ||
                          mins__istr(b->text, b->len, "minutes") ||
                          mins__istr(b->text, b->len, "meeting"));
        char iso[11];
        int is_date = mins__parse_date(b->text, b->len, 0, iso);
        int container = i + 1 < nb && bs[i + 1].kind == BLK_HEADING &&
                        bs[i + 1].level > b->level;
        int in_agenda =
            sec == SEC_AGENDA && agenda_split && b->level > sec_level;
        if (title_area || is_date || furniture_heading(b->text, b->len) ||
            container || in_agenda) {
          if (!in_agenda && !title_area && !is_date) {
            cur = any_item ? cur : MINS_NONE;
            if (sec_level && b->level <= sec_level)
              sec = any_item ? SEC_NONE : SEC_TITLE;
          }
          b->role = title_area || is_date ? ROLE_TEXT : ROLE_FURNITURE;
          if (!in_agenda && !(sec == SEC_TITLE))
            sec = any_item ? SEC_NONE : SEC_TITLE;
          b->item = cur;
          b->section = sec;
          continue;
        }
        cand t;
        memset(&t, 0, sizeof t);
        t.titlelen = b->len;
        cur = add_item(c, b, &t, 0);
        opened = 1;
      } else {
        if (sec_level && b->level <= sec_level && sec != SEC_TITLE) {
          /* an unnumbered heading ends a section opened at its level */
          sec = any_item ? SEC_NONE : SEC_TITLE;
          sec_level = 0;
        }
        /* numbered items as headings, then "### Date of next meeting" at
         * their level: the last item ends above it */
        if (mode == MODE_HEADINGS && cur != MINS_NONE) {
          const mins_item *ci = &VEC_AT(c->doc->items, mins_item, cur);
          if ((ci->flags & MINS_ITEM_HEADING) && ci->level > 0 &&
              b->level <= ci->level)
            cur = MINS_NONE;
        }
      }
    } else if (b->kind == BLK_PARA) {
      /* a label: "Present: A, B", "**Apologies:** C" (only a paragraph
       * with a colon or a dash near its start, or in bold, can be one) */
      int labelish = b->lead_strong || b->bold_only ||
                     memchr(b->text, ':', b->len < 60 ? b->len : 60) ||
                     memchr(b->text, '-', b->len < 40 ? b->len : 40) ||
                     mins__istr(b->text, b->len < 40 ? b->len : 40, "\xE2\x80");
      if (labelish && (!b->list_depth || b->first_in_item)) {
        size_t lab = b->lead_strong;
        const char *colon = NULL;
        size_t lim = b->len < 60 ? b->len : 60;
        for (size_t j = 0; j < lim; j++) {
          if (b->text[j] == ':' || (unsigned char)b->text[j] == 0xE2 ||
              b->text[j] == '\n')
            break;
          (void)colon;
        }
        size_t cl = 0;
        while (cl < lim && b->text[cl] != ':' && b->text[cl] != '\n')
          cl++;
        int has_colon = cl < lim && b->text[cl] == ':';
        size_t lablen = has_colon ? cl : (lab ? lab : b->len);
        int ls = lablen <= 48 ? section_of(c, b->text, lablen) : SEC_NONE;
        if (!ls && !has_colon) {
          /* "Present– Cllr ...": a dash after the label */
          size_t dl = 0;
          while (dl < lim && b->text[dl] != '-' &&
                 (unsigned char)b->text[dl] != 0xE2 && b->text[dl] != ' ')
            dl++;
          if (dl < lim && dl > 3 && b->text[dl] != ' ' &&
              (b->text[dl] == '-' ||
               memcmp(b->text + dl, "\xE2\x80\x93", 3) == 0 ||
               memcmp(b->text + dl, "\xE2\x80\x94", 3) == 0) &&
              section_of(c, b->text, dl) >= SEC_PRESENT &&
              section_of(c, b->text, dl) <= SEC_ABSENT) {
            ls = section_of(c, b->text, dl);
            cl = dl + (b->text[dl] == '-' ? 0 : 2); /* the dash's last byte */
            has_colon = 1;
          }
        }
        /* "Meeting date: 3/12/2025\nDuration: 32 minutes\nParticipants:
         * A, B", "Date: 2 April 2024, 7pm\nPresent: A, B\nApologies: C":
         * labels of the meeting a line, one paragraph, as meeting tools
         * export them and plain text types them; a people label among them
         * opens a paragraph of its own */
        int label_ok =
            (has_colon || b->bold_only || lab) &&
            !(k && k->ok && mode == MODE_PARAS && (!has_colon || k->titled));
        size_t roll = MINS_NONE;
        if (!ls && has_colon && cl <= 24 && b->list_depth == 0 && !any_item)
          roll = next_people_label(c, b, cl + 1, 0);
        /* "Members present: A; B\nMembers absent: None\nStaff present:
         * C": a roll call of labels a line, one paragraph; each label
         * becomes a paragraph of its own; "Present: A, B\nDate: 2 April
         * 2024": the date is no one */
        else if (ls >= SEC_PRESENT && ls <= SEC_ABSENT && label_ok)
          roll = next_people_label(c, b, has_colon ? cl + 1 : lab, 1);
        if (roll != MINS_NONE) {
          if (split_cands(c, i, roll, &cands) != 0)
            return MINS_ENOMEM;
          bs = c->blocks.data;
          b = &bs[i];
          nb = c->blocks.len;
          k = &cands[i];
        }
        /* "Chair: X", "Scribe: Y", "Date: Z": a label of the meeting ends a
         * section a label opened ("Guests:" with nobody after it) */
        if (!ls && has_colon && sec_level == 7 && cl <= 24 &&
            b->list_depth == 0) {
          sec = any_item ? SEC_NONE : SEC_TITLE;
          sec_level = 0;
          sec_list_depth = 0;
        }
        if (ls && ls != SEC_SUMMARY && label_ok) {
          size_t lbody = b->len;
          if (has_colon || lab) {
            size_t body = has_colon ? cl + 1 : lab;
            while (body < b->len &&
                   (b->text[body] == ':' || b->text[body] == '-' ||
                    mins__is_space((unsigned char)b->text[body])))
              body++;
            /* en/em dash after the label */
            while (body + 3 <= b->len &&
                   (memcmp(b->text + body, "\xE2\x80\x93", 3) == 0 ||
                    memcmp(b->text + body, "\xE2\x80\x94", 3) == 0)) {
              body += 3;
              while (body < b->len &&
                     mins__is_space((unsigned char)b->text[body]))
                body++;
            }
            lbody = body;
          }
          if (ls == SEC_REVIEW || ls == SEC_ACTIONS || ls == SEC_AGENDA) {
            if (lbody >= b->len || b->bold_only) {
              /* a bold pseudo-heading opening a section */
              sec = ls;
              sec_level = 7;
              sec_list_depth = b->list_depth;
              b->role = ROLE_SECTION;
              b->used = 1;
              b->item = cur;
              b->section = sec;
              continue;
            }
          } else {
            b->body = lbody;
            b->role = b->body < b->len ? ROLE_LABEL : ROLE_SECTION;
            sec = ls;
            if (b->role == ROLE_SECTION) {
              /* "MEMBERS PRESENT:" alone: the paragraphs below are its */
              b->used = 1;
              sec_level = 7;
              sec_list_depth = b->list_depth;
            } else {
              sec_label = 1;
            }
            b->item = cur;
            b->section = sec;
            continue;
          }
        }
      }
      if (k && k->ok && k->seq && !seq_next(&seq_last, k->seq))
        k->ok = 0;
      if (label_topics && k && k->label_topic) {
        cand t = *k;
        b->body = k->body;
        cur = add_item(c, b, &t, 0);
        opened = 1;
      } else if (mode == MODE_PARAS && k && k->ok && b->quote_depth == 0) {
        long num = k->ok == 2  ? (b->ordered ? b->list_number : -1)
                   : k->minute ? -1
                               : lead_number(k->num, k->numlen);
        int accept = 1;
        if (num >= 0 && num < 64 && used_nums[num] && k->ok == 2 &&
            !b->bold_only)
          accept = 0;
        if (num >= 0 && last_num > 0 && (num > last_num + 8))
          accept = 0;
        if (k->ok == 2 && !k->titled && !short_line(b) &&
            !memchr(b->text, ':', b->len) && b->len > 200)
          accept = 0;
        /* an enumeration inside an item restarts at 1: a number far below
         * the last item's is not an item ("1. We are comfortable ...") */
        if (num >= 0 && last_num > 0 && num + 2 < last_num && !b->bold_only)
          accept = 0;
        /* an entry of a list of minutes is an item, whatever it says
         * ("1. Minutes of the last meeting were agreed and signed.") */
        if (k->ok == 2 && !k->titled && !k->structured && !title_like(b))
          accept = 0;
        /* a sub-item only under its own item: "5.2" after "5." or "5.1" */
        if (k->sub && !sub_of_current(c, cur, k->num, k->numlen))
          accept = 0;
        if (accept) {
          cand kk = *k;
          char numbuf[24];
          if (k->ok == 2 && b->ordered) {
            snprintf(numbuf, sizeof numbuf, "%ld", b->list_number);
            kk.num = mins__strdup(c->scratch, numbuf);
            kk.numlen = strlen(numbuf);
          }
          size_t body = 0;
          size_t te = title_end(b->text + kk.title, b->len - kk.title, &body);
          if (k->ok == 2 && b->lead_strong && !b->bold_only &&
              b->lead_strong < b->len) {
            /* "1. **Apologies** None received.": the bold words */
            te = b->lead_strong;
            body = te;
            while (te > 0 && strchr(" :.-", b->text[te - 1]))
              te--;
          }
          if (k->titled) {
            te = k->titlelen;
            body = k->body;
          }
          if (b->bold_only && short_line(b) && k->seq) {
            /* "**A. Resolution No. 23-24-07: Adoption of the Budget**":
             * a bold line is all title */
            te = b->len - kk.title;
            body = te;
          }
          kk.titlelen = te;
          b->body = kk.title + body;
          cur = add_item(c, b, &kk, 0);
          opened = 1;
          if (num >= 0) {
            last_num = num;
            if (num < 64)
              used_nums[num] = 1;
          }
        }
      } else if (mode == MODE_TOPICS && b->list_depth == 1 &&
                 b->first_in_item && !b->ordered && sec != SEC_AGENDA &&
                 sec != SEC_ACTIONS && sec != SEC_REVIEW &&
                 sec != SEC_PRESENT && sec != SEC_ATTEND && sec != SEC_APOL &&
                 nheadings == 0) {
        size_t dash = topic_dash(b);
        if (dash) {
          cand t;
          memset(&t, 0, sizeof t);
          t.titlelen = dash;
          b->body = dash + 3 <= b->len ? dash + 3 : b->len;
          if (b->text[dash] == '-')
            b->body = dash + 1;
          cur = add_item(c, b, &t, 0);
          opened = 1;
        }
      }
    }
    if (opened) {
      any_item = 1;
      sec_list_depth = 0;
      b->role = ROLE_ITEM;
      /* a new item ends the sections before it, unless its own heading
       * names one ("## 4. Outstanding actions") */
      if (!keep_sec)
        sec = SEC_NONE;
      if (cur != MINS_NONE) {
        mins_item *it = &VEC_AT(c->doc->items, mins_item, cur);
        if (it->kind == MINS_ITEM_ACTIONS) {
          sec = SEC_REVIEW;
          sec_level = b->kind == BLK_HEADING ? b->level : 7;
        } else if (it->kind == MINS_ITEM_APOLOGIES) {
          sec = SEC_APOL;
          sec_level = b->kind == BLK_HEADING ? b->level : 7;
        } else if (it->kind == MINS_ITEM_ATTENDANCE) {
          sec = SEC_PRESENT;
          sec_level = b->kind == BLK_HEADING ? b->level : 7;
        } else if (it->title && decisions_title(it->title, strlen(it->title))) {
          sec = SEC_DECISIONS;
        } else if (it->title &&
                   (mins__ieq(it->title, "action items") ||
                    mins__ieq(it->title, "summary of action items"))) {
          sec = SEC_SUMMARY;
        }
      }
      /* paragraph mode: the next number inside this paragraph's text */
      if (mode == MODE_PARAS && b->kind == BLK_PARA && last_num > 0) {
        size_t at = find_inline_number(b, last_num + 1);
        if (at != MINS_NONE && at >= b->body && at > 0) {
          /* the tail is examined as a block of its own */
          if (split_cands(c, i, at, &cands) != 0)
            return MINS_ENOMEM;
        }
      }
    } else if (mode == MODE_PARAS && b->kind == BLK_PARA && last_num > 0 &&
               b->list_depth == 0 && b->quote_depth == 0) {
      size_t at = find_inline_number(b, last_num + 1);
      if (at != MINS_NONE) {
        if (split_cands(c, i, at, &cands) != 0)
          return MINS_ENOMEM;
      }
    }
    b = &((mins__block *)c->blocks.data)[i];
    b->item = cur;
    b->section = sec;
  }
  /* item extents: from its first block to the block before the next item */
  mins_doc *d = c->doc;
  bs = c->blocks.data;
  nb = c->blocks.len;
  size_t ni = d->items.len;
  mins_item *items = d->items.data;
  for (size_t i = 0; i < ni; i++) {
    items[i].offset = mins__line_offset(d, items[i].line);
    items[i].end_line = items[i].line;
  }
  for (size_t i = 0; i < nb; i++) {
    /* a body found in a paragraph before it was split stays inside what
     * is left of it: the later stages read len - body */
    if (bs[i].body > bs[i].len)
      bs[i].body = bs[i].len;
    size_t it = bs[i].item;
    if (it == MINS_NONE || it >= ni)
      continue;
    if (bs[i].role == ROLE_TEXT && bs[i].body == 0 && items[it].number)
      bs[i].body = paragraph_number(&bs[i], items[it].number);
    if (bs[i].end_line > items[it].end_line)
      items[it].end_line = bs[i].end_line;
    if (bs[i].role != ROLE_ITEM && bs[i].role != ROLE_FURNITURE &&
        bs[i].kind != BLK_BREAK)
      items[it].text_blocks++;
    else if (bs[i].role == ROLE_ITEM && bs[i].kind != BLK_HEADING &&
             bs[i].body < bs[i].len) {
      /* a paragraph item's text after its title: "3. Play area. The
       * Committee noted..." (a heading item's heading is its title) */
      const char *rest = bs[i].text + bs[i].body;
      size_t rn = bs[i].len - bs[i].body;
      mins__trim(&rest, &rn, NULL);
      if (rn > 0)
        items[it].text_blocks++;
    }
  }
  for (size_t i = 0; i < ni; i++) {
    size_t next_line = i + 1 < ni ? items[i + 1].line : 0;
    if (next_line && items[i].end_line >= next_line)
      items[i].end_line =
          next_line > items[i].line ? next_line - 1 : items[i].line;
    items[i].end_offset = mins__line_offset(d, items[i].end_line + 1);
    if (items[i].end_offset < items[i].offset)
      items[i].end_offset = items[i].offset;
    /* exempt from the front matter */
    for (size_t e = 0; e < d->exempt.len; e++) {
      const char *x = VEC_AT(d->exempt, const char *, e);
      if (items[i].number && x && strcmp(items[i].number, x) == 0)
        items[i].flags |= MINS_ITEM_EXEMPT;
    }
  }
  return c->scratch->failed || d->arena.failed ? MINS_ENOMEM : MINS_OK;
}
