/* SPDX-License-Identifier: MIT */
/*
 * The body walk: cmark parses the Markdown after the front matter, and one
 * pass over its tree flattens it into blocks (headings, paragraphs, list
 * entries, HTML and code blocks), each with its plain text and a map from
 * text offsets back to file lines and columns. Inline HTML such as
 * <sup>th</sup> is dropped from the text (and remembered for the checks);
 * kramdown attribute lines ({: .no_toc}) are furniture. The cmark tree is
 * freed before the extractors run on the blocks. cmark allocates in the
 * parser's scratch arena (see cm_mem), not with malloc.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include <cmark.h>

#include "internal.h"

/* cmark allocates each node and each buffer of its parser one by one, and
 * frees them one by one: with malloc that costs as much as a third of the
 * parse. Here they come from the parser's scratch arena instead: an
 * allocation is a bump, a free does nothing, and the whole tree goes when
 * the arena is reset after the parse. cmark's allocator takes no context,
 * so the arena of the parse running on this thread is found through a
 * thread-local pointer, set and cleared around the cmark calls. Each block
 * has its size before it, for realloc. cmark cannot take a NULL back: like
 * cmark's own allocator, this one aborts when memory runs out. */
#if defined(__GNUC__)
/* one load, not a call to __tls_get_addr, at each of cmark's allocations:
 * the initial-exec model (eight bytes of the static TLS block) */
#define CM_TLS __attribute__((tls_model("initial-exec")))
#else
#define CM_TLS
#endif
static _Thread_local mins__arena *cm_arena CM_TLS;

typedef struct cm_head {
  size_t size; /* 8 bytes: the arena's alignment, and enough for cmark */
} cm_head;

static void *cm_realloc(void *p, size_t size) {
  cm_head *h = p ? (cm_head *)p - 1 : NULL;
  size_t old = h ? h->size : 0;
  if (h && size <= old)
    return p;
  if (size > SIZE_MAX - sizeof *h)
    abort();
  h = mins__realloc(cm_arena, h, h ? old + sizeof *h : 0, size + sizeof *h);
  if (!h)
    abort();
  h->size = size;
  return h + 1;
}

static void *cm_calloc(size_t n, size_t size) {
  if (size && n > (SIZE_MAX - sizeof(cm_head)) / size)
    abort();
  void *p = cm_realloc(NULL, n * size);
  memset(p, 0, n * size);
  return p;
}

static void cm_free(void *p) {
  (void)p; /* the arena is reset after the parse */
}

static cmark_mem cm_mem = {cm_calloc, cm_realloc, cm_free};

typedef struct list_state {
  int ordered;
  long next; /* number of the next item */
  int first;
  int count; /* entries in the list */
} list_state;

typedef struct walk {
  mins__ctx *c;
  unsigned shift; /* body_line - 1 */
  mins__buf text;
  mins__vec segs; /* in scratch */
  list_state lists[64];
  int nlists; /* may exceed 64: deeper lists count without state */
  int quote;
  int in_block;
  int item_first; /* next block opens a list item */
  int strong_depth;
  int lead_open; /* a strong/emph span opened at the start of the text */
  size_t lead_len;
  int lead_done;
  int has_html;
  unsigned html_line, html_col;
  /* strong spans that open a line after the first: "...\n**Absent:** X" */
  size_t lab_start[32], lab_end[32];
  int nlab, lab_open;
  int too_deep; /* reported once */
  mins__block cur;
} walk;

/* Lists and block quotes deeper than the parser's max_depth: the walk goes
 * on (cmark built the tree already, and iterates it without recursion), but
 * the document is not what minutes look like, so say so once. */
static void depth_check(walk *w, cmark_node *n) {
  unsigned depth = (unsigned)w->nlists + (unsigned)w->quote;
  if (w->too_deep || depth <= w->c->max_depth)
    return;
  w->too_deep = 1;
  mins__doc_diag(
      w->c, "input-too-deep", (unsigned)cmark_node_get_start_line(n) + w->shift,
      (unsigned)cmark_node_get_start_column(n), NULL,
      "lists and block quotes nested more than %u deep", w->c->max_depth);
}

static void seg_add(walk *w, cmark_node *n) {
  int line = cmark_node_get_start_line(n);
  int col = cmark_node_get_start_column(n);
  if (line <= 0)
    return;
  mins__seg *s = VEC_PUSH(w->c->scratch, &w->segs, mins__seg);
  if (!s)
    return;
  s->off = w->text.len;
  s->line = (unsigned)line + w->shift;
  s->col = (unsigned)(col > 0 ? col : 1);
}

static void block_start(walk *w, mins__block_kind kind, cmark_node *n) {
  memset(&w->cur, 0, sizeof w->cur);
  w->cur.kind = kind;
  w->cur.line = (unsigned)cmark_node_get_start_line(n) + w->shift;
  w->cur.col = (unsigned)cmark_node_get_start_column(n);
  w->cur.end_line = (unsigned)cmark_node_get_end_line(n) + w->shift;
  if (w->cur.end_line < w->cur.line)
    w->cur.end_line = w->cur.line;
  w->cur.list_depth = w->nlists;
  w->cur.quote_depth = w->quote;
  w->cur.task = -1;
  w->cur.item = MINS_NONE;
  if (w->nlists > 0 && w->nlists <= 64) {
    list_state *l = &w->lists[w->nlists - 1];
    w->cur.ordered = l->ordered;
    w->cur.list_len = l->count;
    if (w->item_first) {
      w->cur.first_in_item = 1;
      w->cur.list_first = l->first;
      if (l->ordered)
        w->cur.list_number = l->next - 1;
    }
  }
  w->item_first = 0;
  w->text.len = 0;
  if (w->text.s)
    w->text.s[0] = '\0';
  w->segs.len = 0;
  w->segs.data = NULL;
  w->segs.cap = 0;
  w->strong_depth = 0;
  w->lead_open = 0;
  w->lead_len = 0;
  w->lead_done = 0;
  w->has_html = 0;
  w->nlab = 0;
  w->lab_open = 0;
  w->in_block = 1;
}

/* Is the text from s on only blanks (no-break spaces included)? */
static int blank(const char *s, size_t n) {
  return mins__skip_space(s, s + n) == s + n;
}

/* Does t[at - off ...] spell the lower-case word w (case aside)? */
static int word_around(const char *t, size_t n, size_t at, size_t off,
                       const char *w) {
  if (at < off)
    return 0;
  size_t s = at - off;
  for (size_t i = 0; w[i]; i++)
    if (s + i >= n || (t[s + i] | 32) != w[i])
      return 0;
  return 1;
}

/* The words that stand around t[i], a 'c', 'v', 'm' or 'g' in either
 * case: each word is found from a rare letter in it. */
static unsigned keyword_at(const char *t, size_t n, size_t i) {
  switch (t[i] | 32) {
  case 'c':
    /* the letter after the 'c' tells the three apart */
    switch (i + 1 < n ? t[i + 1] | 32 : 0) {
    case 'l':
      return word_around(t, n, i, 2, "declar") ? KW_DECLAR : 0;
    case 'o':
      return word_around(t, n, i, 2, "second") ? KW_SECOND : 0;
    case 't':
      return word_around(t, n, i, 1, "action") ? KW_ACTION : 0;
    default:
      return 0;
    }
  case 'v':
    return word_around(t, n, i, 5, "resolved") ? KW_RESOLVED : 0;
  case 'm':
    return word_around(t, n, i, 6, "unanimous") ? KW_UNANIM : 0;
  case 'g':
    return word_around(t, n, i, 5, "apolog") ? KW_APOLOG : 0;
  default:
    return 0;
  }
}

unsigned mins__keywords(const char *t, size_t n) {
  /* Every paragraph passes through here: where SSE2 is there (every
   * x86-64) 16 bytes at a time, each letter with the letters on both
   * sides of it that its words have ("ec" or "ac" before a 'c' and l, o
   * or t after it; "lve"; "imo"; "og"), so that keyword_at is asked
   * about few places; a table look-up a byte at the ends. */
  static const unsigned char stop[256] = {
      ['c'] = 1, ['C'] = 1, ['v'] = 1, ['V'] = 1,
      ['m'] = 1, ['M'] = 1, ['g'] = 1, ['G'] = 1};
  const unsigned char *u = (const unsigned char *)t;
  unsigned m = 0;
  size_t i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
  if (n >= 18) {
    /* byte 0 alone, then blocks from byte 1, so that the bytes before
     * and after a block are the text's: [i - 1, i + 17) */
    if (stop[u[0]])
      m |= keyword_at(t, n, 0);
    const __m128i fold = _mm_set1_epi8(0x20);
#define EQ(v, ch) _mm_cmpeq_epi8((v), _mm_set1_epi8(ch))
    for (i = 1; i + 17 <= n; i += 16) {
      /* | 0x20 makes 'C' 'c' and nothing else 'c' (likewise the others) */
      const __m128i *p = (const __m128i *)(u + i);
      __m128i x = _mm_or_si128(_mm_loadu_si128(p), fold);
      __m128i b =
          _mm_or_si128(_mm_loadu_si128((const __m128i *)(u + i - 1)), fold);
      __m128i a =
          _mm_or_si128(_mm_loadu_si128((const __m128i *)(u + i + 1)), fold);
      __m128i c = _mm_and_si128(
          _mm_and_si128(EQ(x, 'c'), _mm_or_si128(EQ(b, 'e'), EQ(b, 'a'))),
          _mm_or_si128(_mm_or_si128(EQ(a, 'l'), EQ(a, 'o')), EQ(a, 't')));
      __m128i v =
          _mm_and_si128(_mm_and_si128(EQ(x, 'v'), EQ(b, 'l')), EQ(a, 'e'));
      __m128i mm =
          _mm_and_si128(_mm_and_si128(EQ(x, 'm'), EQ(b, 'i')), EQ(a, 'o'));
      __m128i g = _mm_and_si128(EQ(x, 'g'), EQ(b, 'o'));
      unsigned bits = (unsigned)_mm_movemask_epi8(
          _mm_or_si128(_mm_or_si128(c, v), _mm_or_si128(mm, g)));
      while (bits) {
        m |= keyword_at(t, n, i + (size_t)__builtin_ctz(bits));
        bits &= bits - 1;
      }
    }
#undef EQ
  }
#endif
  for (; i < n; i++)
    if (stop[u[i]])
      m |= keyword_at(t, n, i);
  return m;
}

/* A kramdown attribute list on its own line: "{: #id .class}". */
static int is_ial(const char *s, size_t n) {
  mins__trim(&s, &n, NULL);
  return n >= 3 && s[0] == '{' && s[1] == ':' && s[n - 1] == '}' &&
         !memchr(s, '\n', n);
}

static const char *last_nl(const char *s, size_t n) {
  while (n > 0) {
    n--;
    if (s[n] == '\n')
      return s + n;
  }
  return NULL;
}

/* Is t[s..e) with what follows it a label ("Absent:" in bold, or the
 * bold word followed by a colon)? */
static int label_span(const char *t, size_t n, size_t s, size_t e) {
  if (e <= s || e - s > 60)
    return 0;
  size_t k = e;
  while (k > s && (t[k - 1] == ' ' || t[k - 1] == '\t'))
    k--;
  if (k > s && t[k - 1] == ':')
    return 1;
  return e < n && t[e] == ':';
}

/* Push the block, or, when several of its lines open with a bold label
 * ("**Present:** ...\n**Absent:** ...\n**Also present:** ..."), one block
 * a label, as if each had been a paragraph of its own. */
static void push_block(walk *w, mins__block *b, size_t base) {
  mins__ctx *c = w->c;
  size_t cuts[33];
  size_t ends[33];
  int nc = 0;
  if (b->kind == BLK_PARA && b->lead_strong &&
      label_span(b->text, b->len, 0, b->lead_strong)) {
    for (int i = 0; i < w->nlab && nc < 32; i++) {
      if (w->lab_start[i] < base)
        continue;
      size_t s = w->lab_start[i] - base, e = w->lab_end[i] - base;
      if (s > 0 && s < b->len && e <= b->len &&
          label_span(b->text, b->len, s, e)) {
        cuts[nc] = s;
        ends[nc] = e;
        nc++;
      }
    }
  }
  if (nc == 0) {
    mins__block *dst = VEC_PUSH(c->scratch, &c->blocks, mins__block);
    if (dst)
      *dst = *b;
    return;
  }
  cuts[nc] = b->len;
  size_t from = 0, lead = b->lead_strong;
  size_t si = 0; /* the first segment of the part */
  for (int k = 0; k <= nc; k++) {
    size_t to = cuts[k];
    size_t te = to;
    while (te > from && b->text[te - 1] == '\n')
      te--;
    mins__block part = *b;
    if (k > 0) {
      part.first_in_item = 0;
      part.list_first = 0;
    }
    part.text = b->text + from;
    part.len = te - from;
    part.kw = mins__keywords(part.text, part.len);
    part.lead_strong = lead - from;
    part.bold_only =
        blank(part.text + part.lead_strong, part.len - part.lead_strong);
    /* its segments: from the one that holds its first byte */
    while (si + 1 < b->nsegs && b->segs[si + 1].off <= from)
      si++;
    size_t se = si;
    while (se < b->nsegs && b->segs[se].off < to)
      se++;
    mins__seg *sg = mins__alloc(c->scratch, sizeof *sg * (se - si + 1));
    if (!sg)
      return;
    size_t ns = 0;
    for (size_t q = si; q < se; q++) {
      sg[ns] = b->segs[q];
      if (sg[ns].off < from) {
        sg[ns].col += (unsigned)(from - sg[ns].off);
        sg[ns].off = 0;
      } else {
        sg[ns].off -= from;
      }
      ns++;
    }
    part.segs = sg;
    part.nsegs = ns;
    if (ns) {
      part.line = sg[0].line;
      part.col = sg[0].col;
      part.end_line = sg[ns - 1].line;
    }
    if (k > 0)
      part.line = ns ? sg[0].line : part.line;
    if (k < nc)
      part.end_line = ns ? sg[ns - 1].line : part.end_line;
    mins__block *dst = VEC_PUSH(c->scratch, &c->blocks, mins__block);
    if (!dst)
      return;
    *dst = part;
    if (k < nc) {
      from = cuts[k];
      lead = ends[k];
    }
  }
}

static void block_end(walk *w) {
  mins__ctx *c = w->c;
  mins__block *b = &w->cur;
  w->in_block = 0;
  if (w->text.failed) {
    c->scratch->failed = 1;
    return;
  }
  const char *t = w->text.s ? w->text.s : "";
  size_t n = w->text.len;
  /* drop trailing kramdown attribute lines (they end with '}') */
  while (n > 0 && t[n - 1] == '}') {
    const char *nl = last_nl(t, n);
    size_t ls = nl ? (size_t)(nl - t) + 1 : 0;
    if (!is_ial(t + ls, n - ls))
      break;
    n = nl ? (size_t)(nl - t) : 0;
  }
  /* and leading ones: "{: .no_toc}" above "**Present:** ..." */
  size_t skip_ial = 0;
  for (;;) {
    const char *nl = memchr(t + skip_ial, '\n', n - skip_ial);
    if (!nl || !is_ial(t + skip_ial, (size_t)(nl - t) - skip_ial))
      break;
    skip_ial = (size_t)(nl - t) + 1;
  }
  /* and white space cmark keeps: no-break spaces at the start */
  skip_ial = (size_t)(mins__skip_space(t + skip_ial, t + n) - t);
  if (skip_ial) {
    t += skip_ial;
    n -= skip_ial;
    mins__seg *sg = w->segs.data;
    size_t keep = 0;
    for (size_t i = 0; i < w->segs.len; i++) {
      if (sg[i].off < skip_ial) {
        /* a segment that starts before the cut: keep its tail */
        size_t next = i + 1 < w->segs.len ? sg[i + 1].off : w->text.len;
        if (next <= skip_ial)
          continue;
        sg[keep] = sg[i];
        sg[keep].col += (unsigned)(skip_ial - sg[i].off);
        sg[keep].off = 0;
        keep++;
        continue;
      }
      sg[keep] = sg[i];
      sg[keep].off -= skip_ial;
      keep++;
    }
    w->segs.len = keep;
    if (keep) {
      b->line = sg[0].line;
      b->col = sg[0].col;
    }
  }
  if (b->kind == BLK_PARA && (n == 0 || blank(t, n)))
    return;
  /* a task list entry: "[ ] task", "[x] task" */
  if (b->first_in_item && n >= 3 && t[0] == '[' && t[2] == ']' &&
      (t[1] == ' ' || t[1] == 'x' || t[1] == 'X') && (n == 3 || t[3] == ' ')) {
    b->task = t[1] != ' ';
    size_t skip = n > 3 ? 4 : 3;
    t += skip;
    n -= skip;
    mins__seg *sg = w->segs.data;
    for (size_t i = 0; i < w->segs.len; i++) {
      if (sg[i].off >= skip) {
        sg[i].off -= skip;
      } else {
        sg[i].col += (unsigned)(skip - sg[i].off);
        sg[i].off = 0;
      }
    }
  }
  b->text = mins__strndup(c->scratch, t, n);
  b->len = n;
  b->kw = mins__keywords(t, n);
  b->segs = w->segs.data;
  b->nsegs = w->segs.len;
  if (w->lead_done && w->lead_len > 0) {
    size_t off = (size_t)(t - w->text.s);
    b->lead_strong = w->lead_len > off ? w->lead_len - off : 0;
    if (b->lead_strong > n)
      b->lead_strong = n;
    b->bold_only =
        b->lead_strong > 0 && blank(t + b->lead_strong, n - b->lead_strong);
  }
  b->has_html = w->has_html;
  b->html_line = w->html_line;
  b->html_col = w->html_col;
  if (is_ial(b->text, b->len))
    return;
  push_block(w, b, (size_t)(t - (w->text.s ? w->text.s : t)));
}

/* A fenced code block (``` or ~~~), as opposed to an indented one. */
static int fenced(mins__ctx *c, cmark_node *n, unsigned shift) {
  unsigned line = (unsigned)cmark_node_get_start_line(n) + shift;
  size_t lo = mins__line_offset(c->doc, line);
  const char *src = c->doc->src + lo, *end = c->doc->src + c->doc->len;
  /* list markers and quotes before the fence */
  while (src < end && *src != '\n' && *src != '`' && *src != '~')
    src++;
  return src + 2 < end && ((src[0] == '`' && src[1] == '`' && src[2] == '`') ||
                           (src[0] == '~' && src[1] == '~' && src[2] == '~'));
}

/* Where HTML stands in the file, for the checks (text-html): the blocks
 * are freed after the parse, the document keeps these. */
static void record_html(mins__ctx *c, cmark_node *n) {
  mins__pos *p = VEC_PUSH(&c->doc->arena, &c->doc->html, mins__pos);
  if (!p)
    return;
  p->line = (unsigned)cmark_node_get_start_line(n) + c->doc->body_line - 1;
  p->col = (unsigned)cmark_node_get_start_column(n);
}

/* An entity at s ("&amp;", "&#8217;", "&rsquo;"): its length in the source
 * and in the text cmark makes of it (UTF-8), or 0 if cmark would leave it
 * as written. Named entities beyond the five of XML are counted by where
 * their code points mostly lie: Latin-1's take two bytes, the others
 * (dashes, quotes, symbols) three. */
static size_t entity(const char *s, size_t n, size_t *text) {
  if (n < 3 || s[0] != '&')
    return 0;
  size_t e = 1;
  while (e < n && e < 34 && s[e] != ';' && s[e] != '\n' && s[e] != ' ')
    e++;
  if (e >= n || s[e] != ';' || e < 2)
    return 0;
  if (s[1] == '#') {
    unsigned long v = 0;
    int hex = e > 2 && (s[2] == 'x' || s[2] == 'X');
    size_t i = hex ? 3 : 2;
    if (i >= e)
      return 0;
    for (; i < e; i++) {
      int c = (unsigned char)s[i], d;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (hex && (c | 32) >= 'a' && (c | 32) <= 'f')
        d = (c | 32) - 'a' + 10;
      else
        return 0;
      v = v * (hex ? 16 : 10) + (unsigned long)d;
      if (v > 0x10FFFF)
        v = 0xFFFD + 0x110000; /* too big: U+FFFD */
    }
    if (v == 0 || v > 0x10FFFF)
      v = 0xFFFD;
    *text = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
    return e + 1;
  }
  static const char *const ascii[] = {"amp", "lt", "gt", "quot", "apos", NULL};
  static const char *const latin1[] = {
      "nbsp",   "copy",   "reg",    "pound",  "sect",   "deg",    "para",
      "middot", "frac12", "frac14", "frac34", "eacute", "egrave", "aacute",
      "agrave", "oacute", "uacute", "iacute", "ouml",   "uuml",   "auml",
      "ccedil", "ntilde", "szlig",  "times",  "divide", "plusmn", "laquo",
      "raquo",  "cent",   "yen",    "sup2",   "sup3",   "acute",  "iexcl",
      "iquest", NULL};
  for (int k = 0; ascii[k]; k++)
    if (strlen(ascii[k]) == e - 1 && memcmp(s + 1, ascii[k], e - 1) == 0) {
      *text = 1;
      return e + 1;
    }
  for (size_t i = 1; i < e; i++)
    if (!((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z') &&
        !(s[i] >= '0' && s[i] <= '9'))
      return 0;
  *text = 3;
  for (int k = 0; latin1[k]; k++)
    if (strlen(latin1[k]) == e - 1 && memcmp(s + 1, latin1[k], e - 1) == 0)
      *text = 2;
  return e + 1;
}

/* Step *p (a source offset, column *col) over `left` bytes of block text:
 * one source byte a text byte, except backslash escapes, which the text does
 * not have, and entities, which it has decoded. Stops at the end of the
 * line. */
static void src_step(const mins_doc *d, size_t *p, unsigned *col, size_t left) {
  size_t q = *p;
  unsigned cc = *col;
  while (left > 0 && q < d->len && d->src[q] != '\n') {
    if (d->src[q] == '\\' && q + 1 < d->len && d->src[q + 1] != '\n' &&
        strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", d->src[q + 1])) {
      q++;
      cc++;
    } else if (d->src[q] == '&') {
      size_t tl = 0, sl = entity(d->src + q, d->len - q, &tl);
      if (sl && tl <= left) {
        q += sl;
        cc += (unsigned)sl;
        left -= tl;
        continue;
      }
      if (sl)
        break; /* inside the entity's text: its start */
    }
    q++;
    cc++;
    left--;
  }
  *p = q;
  *col = cc;
}

/* Text bytes between checkpoint segments of one long text node, so that
 * mins__block_pos walks at most this far: without them a line of n bytes
 * with m records costs n * m. */
#define SEG_STEP 256

static void add_text(walk *w, cmark_node *n, const char *s) {
  if (!s)
    return;
  size_t len = strlen(s);
  size_t segs_before = w->segs.len;
  seg_add(w, n);
  if (len > SEG_STEP && w->segs.len > segs_before) {
    const mins_doc *d = w->c->doc;
    mins__seg first = VEC_AT(w->segs, mins__seg, w->segs.len - 1);
    size_t p = mins__line_offset(d, first.line) + first.col - 1;
    unsigned col = first.col;
    for (size_t done = SEG_STEP; done < len; done += SEG_STEP) {
      src_step(d, &p, &col, SEG_STEP);
      if (p >= d->len || d->src[p] == '\n')
        break;
      mins__seg *cp = VEC_PUSH(w->c->scratch, &w->segs, mins__seg);
      if (!cp)
        break;
      cp->off = first.off + done;
      cp->line = first.line;
      cp->col = col;
    }
  }
  mins__buf_add(&w->text, s, len);
}

int mins__body_blocks(mins__ctx *c) {
  mins_doc *d = c->doc;
  const char *body = d->src + d->body_off;
  size_t blen = d->len - d->body_off;
  cm_arena = c->scratch;
  cmark_parser *cp = cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS, &cm_mem);
  cmark_parser_feed(cp, body, blen);
  cmark_node *root = cmark_parser_finish(cp);
  cmark_parser_free(cp);
  cmark_iter *it = cmark_iter_new(root);
  walk w;
  memset(&w, 0, sizeof w);
  w.c = c;
  w.shift = d->body_line - 1;
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node *n = cmark_iter_get_node(it);
    cmark_node_type t = cmark_node_get_type(n);
    int enter = ev == CMARK_EVENT_ENTER;
    switch (t) {
    case CMARK_NODE_LIST:
      if (enter) {
        if (w.nlists < 64) {
          list_state *l = &w.lists[w.nlists];
          l->ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
          l->next = cmark_node_get_list_start(n);
          l->first = 1;
          l->count = 0;
          for (cmark_node *ch = cmark_node_first_child(n); ch;
               ch = cmark_node_next(ch))
            l->count++;
        }
        w.nlists++;
        depth_check(&w, n);
      } else {
        w.nlists--;
      }
      break;
    case CMARK_NODE_ITEM:
      if (enter) {
        if (w.nlists > 0 && w.nlists <= 64) {
          list_state *l = &w.lists[w.nlists - 1];
          l->next++;
          w.item_first = 1;
        }
      } else if (w.nlists > 0 && w.nlists <= 64) {
        w.lists[w.nlists - 1].first = 0;
        w.item_first = 0;
      }
      break;
    case CMARK_NODE_BLOCK_QUOTE:
      w.quote += enter ? 1 : -1;
      if (enter)
        depth_check(&w, n);
      break;
    case CMARK_NODE_HEADING:
    case CMARK_NODE_PARAGRAPH:
      if (enter) {
        block_start(&w, t == CMARK_NODE_HEADING ? BLK_HEADING : BLK_PARA, n);
        if (t == CMARK_NODE_HEADING)
          w.cur.level = cmark_node_get_heading_level(n);
      } else {
        block_end(&w);
      }
      break;
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
      if (enter && t == CMARK_NODE_HTML_BLOCK)
        record_html(c, n);
      if (enter && t == CMARK_NODE_CODE_BLOCK && !fenced(c, n, w.shift)) {
        /* an indented "code" block in minutes is text set in from a word
         * processor or a PDF ("2.            To Consider Apologies"):
         * read it as a paragraph */
        block_start(&w, BLK_PARA, n);
        const char *lit = cmark_node_get_literal(n);
        if (lit) {
          size_t ll = strlen(lit);
          while (ll && lit[ll - 1] == '\n')
            ll--;
          mins__seg *s = VEC_PUSH(c->scratch, &w.segs, mins__seg);
          if (s) {
            s->off = 0;
            s->line = w.cur.line;
            s->col = w.cur.col;
          }
          /* collapse the runs of spaces a layout left */
          int sp = 0;
          for (size_t i = 0; i < ll; i++) {
            if (lit[i] == ' ' || lit[i] == '\t') {
              if (!sp)
                mins__buf_addc(&w.text, ' ');
              sp = 1;
              continue;
            }
            sp = 0;
            mins__buf_addc(&w.text, lit[i]);
          }
        }
        block_end(&w);
        break;
      }
      if (enter) {
        block_start(&w,
                    t == CMARK_NODE_HTML_BLOCK   ? BLK_HTML
                    : t == CMARK_NODE_CODE_BLOCK ? BLK_CODE
                                                 : BLK_BREAK,
                    n);
        if (t != CMARK_NODE_THEMATIC_BREAK) {
          const char *lit = cmark_node_get_literal(n);
          if (lit) {
            mins__seg *s = VEC_PUSH(c->scratch, &w.segs, mins__seg);
            if (s) {
              s->off = 0;
              /* a fenced block's text starts on the line after the fence */
              size_t lo = mins__line_offset(c->doc, w.cur.line);
              const char *src = c->doc->src + lo;
              while (*src == ' ')
                src++;
              s->line = w.cur.line + (t == CMARK_NODE_CODE_BLOCK &&
                                      (*src == '`' || *src == '~'));
              s->col = w.cur.col;
            }
            mins__buf_add(&w.text, lit, strlen(lit));
          }
        }
        /* breaks are kept: they separate sections in converted text */
        block_end(&w);
      }
      break;
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
      if (w.in_block)
        add_text(&w, n, cmark_node_get_literal(n));
      break;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      if (w.in_block) {
        if (w.lead_open && !w.lead_done)
          w.lead_len = w.text.len;
        mins__buf_addc(&w.text, '\n');
      }
      break;
    case CMARK_NODE_HTML_INLINE:
      record_html(c, n);
      if (w.in_block) {
        /* <br> is a line break; other tags and comments are dropped from
         * the text, and the first is remembered for the checks */
        const char *lit = cmark_node_get_literal(n);
        if (lit && mins__istarts(lit, strlen(lit), "<br")) {
          mins__buf_addc(&w.text, '\n');
        } else if (!w.has_html) {
          w.has_html = 1;
          w.html_line = (unsigned)cmark_node_get_start_line(n) + w.shift;
          w.html_col = (unsigned)cmark_node_get_start_column(n);
        }
      }
      break;
    case CMARK_NODE_STRONG:
    case CMARK_NODE_EMPH:
      if (!w.in_block)
        break;
      if (enter) {
        if (w.strong_depth == 0 && !w.lead_done &&
            blank(w.text.s ? w.text.s : "", w.text.len))
          w.lead_open = 1;
        /* a span opening a later line of the paragraph */
        if (w.strong_depth == 0 && w.text.len > 0 &&
            w.text.s[w.text.len - 1] == '\n' && w.nlab < 32 &&
            t == CMARK_NODE_STRONG) {
          w.lab_start[w.nlab] = w.text.len;
          w.lab_open = 1;
        }
        w.strong_depth++;
      } else {
        w.strong_depth--;
        if (w.strong_depth == 0 && w.lab_open) {
          w.lab_end[w.nlab++] = w.text.len;
          w.lab_open = 0;
        }
        if (w.strong_depth == 0 && w.lead_open && !w.lead_done) {
          w.lead_len = w.text.len;
          /* "**Present:** names": the span may continue with more spans */
          cmark_node *next = cmark_node_next(n);
          int more = 0;
          if (next) {
            cmark_node_type nt = cmark_node_get_type(next);
            if (nt == CMARK_NODE_STRONG || nt == CMARK_NODE_EMPH)
              more = 1;
            else if (nt == CMARK_NODE_TEXT) {
              const char *lit = cmark_node_get_literal(next);
              if (lit && blank(lit, strlen(lit)) && cmark_node_next(next) &&
                  (cmark_node_get_type(cmark_node_next(next)) ==
                       CMARK_NODE_STRONG ||
                   cmark_node_get_type(cmark_node_next(next)) ==
                       CMARK_NODE_EMPH))
                more = 1;
            }
          }
          if (!more)
            w.lead_done = 1;
        }
      }
      break;
    default:
      break;
    }
  }
  cmark_iter_free(it);
  cmark_node_free(root);
  cm_arena = NULL;
  mins__buf_free(&w.text);
  return c->scratch->failed ? MINS_ENOMEM : MINS_OK;
}

void mins__offset_pos(const mins_doc *d, size_t off, unsigned *line,
                      unsigned *col) {
  size_t lo = 0, hi = d->nlines;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (d->line_off[mid] <= off)
      lo = mid;
    else
      hi = mid;
  }
  *line = (unsigned)lo + 1;
  if (col)
    *col = d->nlines ? (unsigned)(off - d->line_off[lo]) + 1 : 1;
}

size_t mins__line_offset(const mins_doc *d, unsigned line) {
  if (line == 0)
    return 0;
  if (line - 1 >= d->nlines)
    return d->len;
  return d->line_off[line - 1];
}

void mins__block_pos(const mins__ctx *c, const mins__block *b, size_t k,
                     unsigned *line, unsigned *col) {
  *line = b->line;
  *col = b->col;
  if (!b->nsegs)
    return;
  /* the last segment that starts at or before k */
  size_t lo = 0, hi = b->nsegs;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (b->segs[mid].off <= k)
      lo = mid;
    else
      hi = mid;
  }
  const mins__seg *s = &b->segs[lo];
  if (s->off > k) {
    *line = s->line;
    *col = s->col;
    return;
  }
  /* walk the source from the segment's start, stepping over backslash
   * escapes, which the text does not have */
  const mins_doc *d = c->doc;
  size_t p = mins__line_offset(d, s->line) + (s->col ? s->col - 1 : 0);
  unsigned cc = s->col;
  src_step(d, &p, &cc, k - s->off);
  *line = s->line;
  *col = cc;
}
