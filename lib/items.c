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
    "It ",        "The ",     "There ",   "This ",      "A ",
    "An ",        "Members ", "Cllr ",    "Councillor ", "Having ",
    "Following ", "No ",      "With ",    "Mr ",        "Mrs ",
    "Ms ",        "All ",     "As ",      "In ",        "We ",
    "Apologies ", "Nothing ", "Concerns ", "Comment ",  NULL};

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
  /* the first line, when the paragraph goes on below it */
  const char *nl = memchr(t, '\n', n);
  if (nl && (size_t)(nl - t) <= 120) {
    *body = (size_t)(nl - t) + 1;
    return (size_t)(nl - t);
  }
  /* a bullet or a sub-number: "Matters arising • It was", "Reports 8.1" */
  for (size_t i = 1; i < lim; i++) {
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
  /* a sentence opener after two or more words */
  size_t words = 0;
  for (size_t i = 1; i < lim; i++) {
    if (t[i - 1] != ' ')
      continue;
    words++;
    if (words < 2)
      continue;
    for (int k = 0; openers[k]; k++) {
      size_t kl = strlen(openers[k]);
      if (i + kl <= n && memcmp(t + i, openers[k], kl) == 0) {
        *body = i;
        return i - 1;
      }
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
  if (mins__find_date(t, n < 40 ? n : 40, 2000, iso, &a, &b) && a == 0)
    return 1;
  return 0;
}

static int number_candidate(mins__ctx *c, const mins__block *b, cand *out,
                            int heading) {
  memset(out, 0, sizeof *out);
  const char *t = b->text;
  size_t n = b->len;
  mins__match_t m;
  /* a minute number: "203/18 To receive apologies" */
  if (mins__match(c->pat, PAT_MINUTE_NUMBER, t, n, 0, &m) == 1) {
    size_t rs = m.gs[2];
    if (MATCHED(m, 1) && rs != MINS_NONE && rs < n &&
        !is_digit(t[rs])) {
      out->ok = 1;
      out->minute = 1;
      out->strong = 1;
      out->num = t + m.gs[1];
      out->numlen = GLEN(m, 1);
      out->title = rs;
      return 1;
    }
  }
  if (mins__match(c->pat, PAT_ITEM_NUMBER, t, n, 0, &m) != 1)
    return 0;
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
    if (is_digit((char)r0) || r0 == '%' || r0 == '/' || r0 == ',' ||
        r0 == '.' || r0 == ')')
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
    if (!dash && !(rn > 0 && rest[0] >= 'A' && rest[0] <= 'Z'))
      return 0;
    if (!heading && !dash)
      return 0;
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

static int section_of(mins__ctx *c, const char *t, size_t n) {
  mins__match_t m;
  if (n > 120)
    return SEC_NONE;
  if (mins__match(c->pat, PAT_REVIEW_HEAD, t, n, 0, &m) == 1)
    return SEC_REVIEW;
  if (mins__match(c->pat, PAT_ACTION_HEAD, t, n, 0, &m) == 1)
    return SEC_ACTIONS;
  if (mins__match(c->pat, PAT_PEOPLE_APOL, t, n, 0, &m) == 1)
    return SEC_APOL;
  if (mins__match(c->pat, PAT_PEOPLE_ABSENT, t, n, 0, &m) == 1)
    return SEC_ABSENT;
  if (mins__match(c->pat, PAT_PEOPLE_ATTEND, t, n, 0, &m) == 1)
    return SEC_ATTEND;
  if (mins__match(c->pat, PAT_PEOPLE_PRESENT, t, n, 0, &m) == 1) {
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
  if (mins__nieq(s, sn, "resolutions") || mins__nieq(s, sn, "decisions") ||
      mins__nieq(s, sn, "summary of resolutions") ||
      mins__nieq(s, sn, "summary of decisions") ||
      mins__nieq(s, sn, "summary of action items") ||
      mins__nieq(s, sn, "action summary"))
    return SEC_SUMMARY;
  return SEC_NONE;
}

/* Headings that are labels of the page rather than topics. */
static int furniture_heading(const char *t, size_t n) {
  static const char *const words[] = {
      "minutes", "minutes:", "notes", "meeting notes", "links", "content",
      "content:", "contents", "table of contents", "discussion",
      "today's agenda", "today\xE2\x80\x99s agenda", "proceedings",
      "summary", "attendance", "meeting minutes", "general discussion",
      "other", "topics", "items", NULL};
  mins__trim(&t, &n, ":#");
  for (int i = 0; words[i]; i++)
    if (mins__nieq(t, n, words[i]))
      return 1;
  return 0;
}

mins_item_kind mins__item_kind(const char *t) {
  if (!t)
    return MINS_ITEM_OTHER;
  size_t n = strlen(t);
  if (mins__istr(t, n, "apolog"))
    return MINS_ITEM_APOLOGIES;
  if (mins__istr(t, n, "declaration") && mins__istr(t, n, "interest"))
    return MINS_ITEM_DECLARATIONS;
  if (mins__istr(t, n, "interests") && n < 40)
    return MINS_ITEM_DECLARATIONS;
  if (mins__istr(t, n, "matters arising") ||
      mins__istr(t, n, "outstanding action") ||
      mins__istr(t, n, "review actions") ||
      mins__istr(t, n, "review of actions") ||
      mins__istr(t, n, "action log") || mins__istr(t, n, "actions from") ||
      mins__istr(t, n, "previous actions") ||
      mins__istr(t, n, "action tracker"))
    return MINS_ITEM_ACTIONS;
  if (mins__istr(t, n, "any other business") || mins__nieq(t, n, "aob") ||
      mins__istr(t, n, "other business") || mins__istarts(t, n, "aob") ||
      mins__istr(t, n, "any other items"))
    return MINS_ITEM_AOB;
  if (mins__istr(t, n, "next meeting") || mins__istr(t, n, "future meeting") ||
      mins__istr(t, n, "dates of meetings"))
    return MINS_ITEM_NEXT_MEETING;
  if (mins__istr(t, n, "minutes") && !mins__istr(t, n, "minute taker") &&
      !mins__istr(t, n, "minuting"))
    return MINS_ITEM_MINUTES;
  if (mins__istr(t, n, "those attending") || mins__istr(t, n, "attendance") ||
      mins__nieq(t, n, "present") || mins__istarts(t, n, "present:"))
    return MINS_ITEM_ATTENDANCE;
  if (mins__istr(t, n, "welcome") || mins__istr(t, n, "election of") ||
      mins__istr(t, n, "declaration of office") ||
      mins__istr(t, n, "acceptance of office") ||
      mins__istr(t, n, "public participation") ||
      mins__istr(t, n, "public forum") || mins__istr(t, n, "open forum") ||
      mins__istr(t, n, "public question") ||
      mins__istr(t, n, "close of meeting") ||
      mins__istr(t, n, "closure") || mins__istr(t, n, "introductions") ||
      mins__istr(t, n, "chairman's announcements") ||
      mins__istr(t, n, "chair's announcements") ||
      mins__istr(t, n, "exclusion of the public") ||
      mins__istr(t, n, "urgent business"))
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
  mins__seg *ns = mins__alloc(c->scratch, sizeof(mins__seg) *
                                              (b->nsegs - first + 1));
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
  b->len = k;
  /* trim the head's trailing blanks */
  while (b->len && mins__is_space((unsigned char)b->text[b->len - 1]))
    b->len--;
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
    if (r < n && t[r] == ' ' && r + 1 < n && t[r + 1] >= 'A' &&
        t[r + 1] <= 'Z')
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
    if (b->kind == BLK_PARA &&
        (mins__nieq(t, n, "minutes:") || mins__nieq(t, n, "minutes") ||
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
  size_t nhead = 0, npara = 0, nheadings = 0;
  for (size_t i = 0; i < nb; i++) {
    mins__block *b = &bs[i];
    if (b->role == ROLE_FURNITURE)
      continue;
    if (b->kind == BLK_HEADING) {
      nheadings++;
      if (number_candidate(c, b, &cands[i], 1))
        nhead++;
    } else if (b->kind == BLK_PARA && b->quote_depth == 0) {
      if (b->list_depth == 0) {
        if (number_candidate(c, b, &cands[i], 0))
          npara++;
      } else if (b->list_depth == 1 && b->ordered && b->first_in_item &&
                 b->list_len == 1) {
        /* an ordered list of one entry: "1. Adoption of Minutes:" */
        cand *k = &cands[i];
        memset(k, 0, sizeof *k);
        k->ok = 2;
        k->title = 0;
        npara++;
      }
    }
  }
  int mode;
  if (nhead >= 2 || (nhead >= 1 && npara < 2))
    mode = MODE_HEADINGS;
  else if (npara >= 2)
    mode = MODE_PARAS;
  else
    mode = MODE_TOPICS;

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
  int sec = SEC_TITLE, sec_level = 0, sec_label = 0;
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
    /* a label paragraph's section lasts for itself and a list after it */
    if (sec_label && !(b->list_depth > 0 && b->kind == BLK_PARA)) {
      sec = any_item ? SEC_NONE : SEC_TITLE;
      sec_label = 0;
    }
    int opened = 0;
    cand *k = i < nb ? &cands[i] : NULL;
    if (i >= nb)
      k = NULL;
    if (b->kind == BLK_HEADING) {
      int hsec = section_of(c, b->text, b->len);
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
        sec_level = b->level;
      } else if (hsec) {
        if (hsec == SEC_REVIEW && mode != MODE_HEADINGS) {
          cand t;
          memset(&t, 0, sizeof t);
          t.titlelen = b->len;
          cur = add_item(c, b, &t, 0);
          opened = 1;
        } else if (hsec == SEC_ACTIONS || hsec == SEC_SUMMARY ||
                   hsec == SEC_AGENDA || hsec == SEC_PRESENT ||
                   hsec == SEC_ATTEND || hsec == SEC_ABSENT ||
                   (hsec == SEC_APOL && (mode == MODE_TOPICS || !any_item))) {
          if (mode != MODE_HEADINGS || !any_item || hsec == SEC_ACTIONS ||
              hsec == SEC_SUMMARY)
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
        int in_agenda = sec == SEC_AGENDA && agenda_split &&
                        b->level > sec_level;
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
      } else if (sec_level && b->level <= sec_level && sec != SEC_TITLE) {
        /* an unnumbered heading ends a section opened at its level */
        sec = any_item ? SEC_NONE : SEC_TITLE;
        sec_level = 0;
      }
    } else if (b->kind == BLK_PARA) {
      /* a label: "Present: A, B", "**Apologies:** C" */
      if (!b->list_depth || b->first_in_item) {
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
        int ls = section_of(c, b->text,
                            has_colon ? cl : (lab ? lab : b->len));
        if (!ls && !has_colon) {
          /* "Present– Cllr ...": a dash after the label */
          size_t dl = 0;
          while (dl < lim && b->text[dl] != '-' &&
                 (unsigned char)b->text[dl] != 0xE2 && b->text[dl] != ' ')
            dl++;
          if (dl < lim && dl > 3 && b->text[dl] != ' ' &&
              section_of(c, b->text, dl) >= SEC_PRESENT &&
              section_of(c, b->text, dl) <= SEC_ABSENT) {
            ls = section_of(c, b->text, dl);
            cl = dl;
            has_colon = 1;
          }
        }
        if (ls && ls != SEC_SUMMARY && (has_colon || b->bold_only || lab) &&
            !(k && k->ok && mode == MODE_PARAS && !has_colon)) {
          if (has_colon || lab) {
            size_t body = has_colon ? cl + 1 : lab;
            while (body < b->len && (b->text[body] == ':' ||
                                     b->text[body] == '-' ||
                                     mins__is_space((unsigned char)
                                                        b->text[body])))
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
            b->body = body;
          }
          if (ls == SEC_REVIEW || ls == SEC_ACTIONS || ls == SEC_AGENDA) {
            if (b->body >= b->len || b->bold_only) {
              /* a bold pseudo-heading opening a section */
              sec = ls;
              sec_level = 7;
              b->role = ROLE_SECTION;
              b->used = 1;
              b->item = cur;
              b->section = sec;
              continue;
            }
          } else {
            b->role = b->body < b->len ? ROLE_LABEL : ROLE_SECTION;
            sec = ls;
            if (b->role == ROLE_SECTION) {
              /* "MEMBERS PRESENT:" alone: the paragraphs below are its */
              b->used = 1;
              sec_level = 7;
            } else {
              sec_label = 1;
            }
            b->item = cur;
            b->section = sec;
            continue;
          }
        }
      }
      if (mode == MODE_PARAS && k && k->ok && b->quote_depth == 0) {
        long num = k->ok == 2 ? b->list_number
                              : (k->minute ? -1 : lead_number(k->num,
                                                              k->numlen));
        int accept = 1;
        if (num >= 0 && num < 64 && used_nums[num] && k->ok == 2)
          accept = 0;
        if (num >= 0 && last_num > 0 && (num > last_num + 8))
          accept = 0;
        if (k->ok == 2 && !short_line(b) && !memchr(b->text, ':', b->len) &&
            b->len > 200)
          accept = 0;
        if (accept) {
          cand kk = *k;
          char numbuf[24];
          if (k->ok == 2) {
            snprintf(numbuf, sizeof numbuf, "%ld", b->list_number);
            kk.num = mins__strdup(c->scratch, numbuf);
            kk.numlen = strlen(numbuf);
          }
          size_t body = 0;
          size_t te = title_end(b->text + kk.title, b->len - kk.title, &body);
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
      b->role = ROLE_ITEM;
      if (sec != SEC_REVIEW && sec != SEC_SUMMARY && sec != SEC_ACTIONS)
        sec = SEC_NONE;
      else if (b->kind == BLK_HEADING && b->level <= sec_level)
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
        } else if (it->title &&
                   (mins__ieq(it->title, "resolutions") ||
                    mins__ieq(it->title, "action items") ||
                    mins__ieq(it->title, "summary of action items"))) {
          sec = SEC_SUMMARY;
        }
      }
      /* paragraph mode: the next number inside this paragraph's text */
      if (mode == MODE_PARAS && b->kind == BLK_PARA && last_num > 0) {
        size_t at = find_inline_number(b, last_num + 1);
        if (at != MINS_NONE && at > b->body) {
          if (split_block(c, i, at) != 0)
            return MINS_ENOMEM;
          /* the tail is examined as a block of its own */
          bs = c->blocks.data;
          mins__block *tail = &bs[i + 1];
          cand *nc = mins__alloc(c->scratch,
                                 sizeof(cand) * (c->blocks.len + 1));
          if (!nc)
            return MINS_ENOMEM;
          memcpy(nc, cands, sizeof(cand) * i + sizeof(cand));
          memcpy(nc + i + 2, cands + i + 1,
                 sizeof(cand) * (c->blocks.len - i - 2));
          number_candidate(c, tail, &nc[i + 1], 0);
          cands = nc;
          if (cur != MINS_NONE) {
            /* mark the tail's item as found in text when it opens */
          }
        }
      }
    } else if (mode == MODE_PARAS && b->kind == BLK_PARA && last_num > 0 &&
               b->list_depth == 0 && b->quote_depth == 0) {
      size_t at = find_inline_number(b, last_num + 1);
      if (at != MINS_NONE) {
        if (split_block(c, i, at) != 0)
          return MINS_ENOMEM;
        bs = c->blocks.data;
        cand *nc = mins__alloc(c->scratch, sizeof(cand) * (c->blocks.len + 1));
        if (!nc)
          return MINS_ENOMEM;
        memcpy(nc, cands, sizeof(cand) * (i + 1));
        memcpy(nc + i + 2, cands + i + 1,
               sizeof(cand) * (c->blocks.len - i - 2));
        memset(&nc[i + 1], 0, sizeof(cand));
        number_candidate(c, &bs[i + 1], &nc[i + 1], 0);
        cands = nc;
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
    size_t it = bs[i].item;
    if (it == MINS_NONE || it >= ni)
      continue;
    if (bs[i].end_line > items[it].end_line)
      items[it].end_line = bs[i].end_line;
    if (bs[i].role != ROLE_ITEM && bs[i].role != ROLE_FURNITURE &&
        bs[i].kind != BLK_BREAK)
      items[it].text_blocks++;
    else if (bs[i].role == ROLE_ITEM && bs[i].body < bs[i].len) {
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
      items[i].end_line = next_line > items[i].line ? next_line - 1
                                                    : items[i].line;
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
