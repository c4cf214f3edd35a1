/* SPDX-License-Identifier: MIT */
/*
 * The body walk: cmark parses the Markdown after the front matter, and one
 * pass over its tree flattens it into blocks (headings, paragraphs, list
 * entries, HTML and code blocks), each with its plain text and a map from
 * text offsets back to file lines and columns. Inline HTML such as
 * <sup>th</sup> is dropped from the text (and remembered for the checks);
 * kramdown attribute lines ({: .no_toc}) are furniture. The cmark tree is
 * freed before the extractors run on the blocks.
 */
#include <string.h>

#include <cmark.h>

#include "internal.h"

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
  int lead_open;  /* a strong/emph span opened at the start of the text */
  size_t lead_len;
  int lead_done;
  int has_html;
  unsigned html_line, html_col;
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
  w->in_block = 1;
}

/* Is the text from s on only blanks? */
static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!mins__is_space((unsigned char)s[i]))
      return 0;
  return 1;
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
  /* drop trailing kramdown attribute lines */
  for (;;) {
    const char *nl = last_nl(t, n);
    size_t ls = nl ? (size_t)(nl - t) + 1 : 0;
    if (!is_ial(t + ls, n - ls))
      break;
    n = nl ? (size_t)(nl - t) : 0;
  }
  if (b->kind == BLK_PARA && (n == 0 || blank(t, n)))
    return;
  /* a task list entry: "[ ] task", "[x] task" */
  if (b->first_in_item && n >= 3 && t[0] == '[' && t[2] == ']' &&
      (t[1] == ' ' || t[1] == 'x' || t[1] == 'X') &&
      (n == 3 || t[3] == ' ')) {
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
  b->segs = w->segs.data;
  b->nsegs = w->segs.len;
  if (w->lead_done && w->lead_len > 0) {
    size_t off = (size_t)(t - w->text.s);
    b->lead_strong = w->lead_len > off ? w->lead_len - off : 0;
    if (b->lead_strong > n)
      b->lead_strong = n;
    b->bold_only = b->lead_strong > 0 && blank(t + b->lead_strong,
                                                n - b->lead_strong);
  }
  b->has_html = w->has_html;
  b->html_line = w->html_line;
  b->html_col = w->html_col;
  if (is_ial(b->text, b->len))
    return;
  mins__block *dst = VEC_PUSH(c->scratch, &c->blocks, mins__block);
  if (dst)
    *dst = *b;
}

/* Step *p (a source offset, column *col) over `left` bytes of block text:
 * one source byte a text byte, except backslash escapes, which the text does
 * not have. Stops at the end of the line. */
static void src_step(const mins_doc *d, size_t *p, unsigned *col, size_t left) {
  size_t q = *p;
  unsigned cc = *col;
  while (left > 0 && q < d->len && d->src[q] != '\n') {
    if (d->src[q] == '\\' && q + 1 < d->len && d->src[q + 1] != '\n' &&
        strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", d->src[q + 1])) {
      q++;
      cc++;
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
  cmark_node *root = cmark_parse_document(body, blen, CMARK_OPT_SOURCEPOS);
  if (!root)
    return MINS_ENOMEM;
  cmark_iter *it = cmark_iter_new(root);
  if (!it) {
    cmark_node_free(root);
    return MINS_ENOMEM;
  }
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
        w.strong_depth++;
      } else {
        w.strong_depth--;
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
  mins__buf_free(&w.text);
  return c->scratch->failed ? MINS_ENOMEM : MINS_OK;
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
