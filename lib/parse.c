/* SPDX-License-Identifier: MIT */
/*
 * The parser and the pipeline of one parse: check the input is text,
 * repair UTF-8, split and read the front matter, walk the body once into
 * blocks, then run the stages over the blocks: items and sections, the
 * meeting, people, resolutions, actions, and the front matter's action
 * updates. Problems with the document become diagnostics; only a binary or
 * oversized input, or running out of memory, fails the call.
 */
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "internal.h"

const char *mins_version_string(void) {
  return MINS_VERSION;
}

const char *mins_error_string(int err) {
  switch (err) {
  case MINS_OK:
    return "success";
  case MINS_ENOMEM:
    return "out of memory";
  case MINS_EINVAL:
    return "invalid argument";
  case MINS_EINPUT:
    return "not a text file (it contains NUL bytes)";
  case MINS_ETOOBIG:
    return "file too large";
  case MINS_EPATTERN:
    return "pattern does not compile";
  case MINS_EIO:
    return "write failed";
  case MINS_ENOTFOUND:
    return "no such name";
  case MINS_ELIMIT:
    return "pattern too complex: match limit reached";
  }
  return "unknown error";
}

void mins_free(void *p) {
  free(p);
}

int mins_parser_new(mins_parser **out, const mins_parse_options *opts) {
  if (!out)
    return MINS_EINVAL;
  *out = NULL;
  if (opts && opts->version != MINS_PARSE_OPTIONS_VERSION)
    return MINS_EINVAL;
  mins_parser *p = calloc(1, sizeof(*p));
  if (!p)
    return MINS_ENOMEM;
  mins_parse_options def = MINS_PARSE_OPTIONS_INIT;
  p->opts = opts ? *opts : def;
  if (!p->opts.max_bytes)
    p->opts.max_bytes = (size_t)256 << 20;
  if (!p->opts.max_depth)
    p->opts.max_depth = 64;
  int rc =
      mins__patterns_new(&p->pat, (p->opts.flags & MINS_PARSE_NO_JIT) != 0);
  if (rc) {
    free(p);
    return rc;
  }
  *out = p;
  return MINS_OK;
}

void mins_parser_free(mins_parser *p) {
  if (!p)
    return;
  mins__patterns_free(p->pat);
  mins__arena_free(&p->scratch);
  mins__arena_free(&p->diag_arena);
  free(p);
}

static void parser_diags_reset(mins_parser *p) {
  mins__arena_reset(&p->diag_arena);
  memset(&p->diags, 0, sizeof p->diags);
}

int mins_parser_set_pattern(mins_parser *p, const char *family,
                            const char *pattern) {
  if (!p || !family || !pattern)
    return MINS_EINVAL;
  parser_diags_reset(p);
  int f = mins__family_by_name(family);
  if (f < 0)
    return MINS_ENOTFOUND;
  size_t off = 0;
  char err[256] = "";
  int rc = mins__patterns_set(p->pat, (mins__family)f, pattern, &off, err,
                              sizeof err);
  if (rc == MINS_EPATTERN)
    mins__diag(&p->diag_arena, &p->diags, "pattern-bad", 0, (unsigned)off + 1,
               NULL, "pattern for '%s' does not compile at offset %zu: %s",
               family, off, err);
  return rc;
}

const char *mins_parser_pattern(const mins_parser *p, const char *family) {
  int f = mins__family_by_name(family);
  if (!p || f < 0)
    return NULL;
  return mins__patterns_get(p->pat, (mins__family)f);
}

int mins_parser_load_patterns(mins_parser *p, const char *name,
                              const char *text, size_t len) {
  (void)name; /* the caller names the file in its messages */
  if (!p || (!text && len))
    return MINS_EINVAL;
  parser_diags_reset(p);
  int first = MINS_OK;
  size_t i = 0;
  unsigned line = 0;
  while (i < len) {
    line++;
    const char *ls = text + i; /* the line's start, for columns */
    const char *nl = memchr(text + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - text) : len;
    const char *s = text + i;
    size_t n = e - i;
    i = e + 1;
    mins__trim(&s, &n, NULL);
    if (n == 0 || s[0] == '#')
      continue;
    const char *eq = memchr(s, '=', n);
    if (!eq) {
      mins__diag(&p->diag_arena, &p->diags, "pattern-bad", line,
                 (unsigned)(s - ls) + 1, NULL, "expected 'family = pattern'");
      if (!first)
        first = MINS_EPATTERN;
      continue;
    }
    const char *k = s;
    size_t kn = (size_t)(eq - s);
    mins__trim(&k, &kn, NULL);
    const char *v = eq + 1;
    size_t vn = (size_t)(s + n - v);
    mins__trim(&v, &vn, NULL);
    char fam[64];
    if (kn >= sizeof fam)
      kn = sizeof fam - 1;
    memcpy(fam, k, kn);
    fam[kn] = '\0';
    int f = mins__family_by_name(fam);
    if (f < 0) {
      mins__diag(&p->diag_arena, &p->diags, "pattern-bad", line,
                 (unsigned)(k - ls) + 1, NULL, "unknown pattern family '%s'",
                 fam);
      if (!first)
        first = MINS_ENOTFOUND;
      continue;
    }
    char *pat = malloc(vn + 1);
    if (!pat)
      return MINS_ENOMEM;
    memcpy(pat, v, vn);
    pat[vn] = '\0';
    size_t off = 0;
    char err[256] = "";
    int rc =
        mins__patterns_set(p->pat, (mins__family)f, pat, &off, err, sizeof err);
    free(pat);
    if (rc) {
      mins__diag(&p->diag_arena, &p->diags, "pattern-bad", line,
                 (unsigned)(v - ls) + 1 + (unsigned)off, NULL,
                 "pattern for '%s' does not compile: %s", fam, err);
      if (!first)
        first = rc;
    }
  }
  return first;
}

size_t mins_parser_diag_count(const mins_parser *p) {
  return p ? p->diags.v.len : 0;
}

const mins_diag *mins_parser_diag(const mins_parser *p, size_t i) {
  if (!p || i >= p->diags.v.len)
    return NULL;
  return &VEC_AT(p->diags.v, mins_diag, i);
}

void mins__doc_diag(mins__ctx *c, const char *rule, unsigned line, unsigned col,
                    const char *hint, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  mins__vdiag(&c->doc->arena, &c->doc->diags, rule, line, col, hint, fmt, ap);
  va_end(ap);
}

/* Make the line table. */
static int lines(mins_doc *d) {
  /* every file passes through here: its line breaks are counted, then
   * recorded, 16 bytes at a time where SSE2 is there (a call of memchr a
   * line cost more than the search on short lines) */
  const unsigned char *s = (const unsigned char *)d->src;
  size_t len = d->len, n = 1, i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
  const __m128i nl = _mm_set1_epi8('\n');
  for (; i + 16 <= len; i += 16)
    n += (size_t)__builtin_popcount((unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + i)), nl)));
#endif
  for (; i < len; i++)
    n += s[i] == '\n';
  d->line_off = mins__alloc(&d->arena, n * sizeof(size_t));
  if (!d->line_off)
    return MINS_ENOMEM;
  size_t k = 0;
  d->line_off[k++] = 0;
  i = 0;
#if defined(__SSE2__) && defined(__GNUC__)
  for (; i + 16 <= len; i += 16) {
    unsigned bits = (unsigned)_mm_movemask_epi8(
        _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(s + i)), nl));
    while (bits) {
      d->line_off[k++] = i + (size_t)__builtin_ctz(bits) + 1;
      bits &= bits - 1;
    }
  }
#endif
  for (; i < len; i++)
    if (s[i] == '\n')
      d->line_off[k++] = i + 1;
  d->nlines = n;
  return MINS_OK;
}

/* Line and column of byte offset k. */
static void offset_pos(const mins_doc *d, size_t k, unsigned *line,
                       unsigned *col) {
  size_t lo = 0, hi = d->nlines;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (d->line_off[mid] <= k)
      lo = mid;
    else
      hi = mid;
  }
  *line = (unsigned)lo + 1;
  *col = (unsigned)(k - d->line_off[lo]) + 1;
}

/* Copy the diagnostics of a document into the parser's list. */
static void keep_diags(mins_parser *p, const mins_doc *d) {
  const mins_diag *g = d->diags.v.data;
  for (size_t i = 0; i < d->diags.v.len; i++) {
    mins_diag *q = VEC_PUSH(&p->diag_arena, &p->diags.v, mins_diag);
    if (!q)
      return;
    *q = g[i];
    q->message = mins__strdup(&p->diag_arena, g[i].message);
    q->hint = mins__strdup(&p->diag_arena, g[i].hint);
  }
}

/* Record numbers of items in the records that point at them. */
static void link_items(mins_doc *d) {
  mins_item *items = d->items.data;
  size_t ni = d->items.len;
#define ITEM_NUM(idx)                                                          \
  ((idx) != MINS_NONE && (idx) < ni ? items[idx].number : NULL)
  for (size_t i = 0; i < d->resolutions.len; i++) {
    mins_resolution *r = &VEC_AT(d->resolutions, mins_resolution, i);
    r->item = ITEM_NUM(r->item_index);
  }
  for (size_t i = 0; i < d->actions.len; i++) {
    mins_action *a = &VEC_AT(d->actions, mins_action, i);
    a->item = ITEM_NUM(a->item_index);
    mins__vec *mv = &VEC_AT(d->mentions, mins__vec, i);
    a->mentions = mv->data;
    a->mention_count = mv->len;
    for (size_t k = 0; k < mv->len; k++) {
      mins_mention *m = &VEC_AT(*mv, mins_mention, k);
      m->item = ITEM_NUM(m->item_index);
    }
  }
  for (size_t i = 0; i < d->reviews.len; i++) {
    mins_review *r = &VEC_AT(d->reviews, mins_review, i);
    r->item = ITEM_NUM(r->item_index);
  }
#undef ITEM_NUM
}

int mins_parser_parse(mins_doc **out, mins_parser *p, const char *name,
                      const char *buf, size_t len) {
  if (!out)
    return MINS_EINVAL;
  *out = NULL;
  if (!p || (!buf && len))
    return MINS_EINVAL;
  parser_diags_reset(p);
  mins__arena_reset(&p->scratch);
  if (!name)
    name = "<input>";
  if (len > p->opts.max_bytes) {
    mins__diag(&p->diag_arena, &p->diags, "input-too-big", 0, 0, NULL,
               "file is %zu bytes, more than the %zu this parser reads", len,
               p->opts.max_bytes);
    return MINS_ETOOBIG;
  }
  const char *nul = len ? memchr(buf, '\0', len) : NULL;
  if (nul) {
    /* a NUL byte: a binary file, not minutes */
    size_t k = (size_t)(nul - buf);
    unsigned line = 1, col = 1;
    for (size_t i = 0; i < k; i++) {
      if (buf[i] == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    mins__diag(&p->diag_arena, &p->diags, "input-binary", line, col, NULL,
               "binary file: NUL byte at line %u, column %u", line, col);
    return MINS_EINPUT;
  }
  mins_doc *d = calloc(1, sizeof(*d));
  if (!d)
    return MINS_ENOMEM;
  mins__ctx c;
  memset(&c, 0, sizeof c);
  c.doc = d;
  c.parser = p;
  c.pat = p->pat;
  c.scratch = &p->scratch;
  c.flags = p->opts.flags;
  c.max_depth = p->opts.max_depth;
  int rc = MINS_OK;
  d->name = mins__strdup(&d->arena, name);
  /* UTF-8: report the first bad byte and read the rest */
  size_t bad = mins__utf8_check(buf, len);
  if (bad < len) {
    size_t nlen, nbad, first;
    d->src = mins__utf8_repair(&d->arena, buf, len, &nlen, &nbad, &first);
    if (!d->src) {
      rc = MINS_ENOMEM;
      goto out;
    }
    d->len = nlen;
    if ((rc = lines(d)))
      goto out;
    /* the position of the first bad byte in the original text */
    unsigned line = 1, col = 1;
    for (size_t i = 0; i < first; i++) {
      if (buf[i] == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    mins__doc_diag(&c, "input-utf8", line, col, "save the file as UTF-8",
                   "invalid UTF-8 (%zu byte%s replaced by U+FFFD)", nbad,
                   nbad == 1 ? "" : "s");
  } else {
    d->src = mins__strndup(&d->arena, buf, len);
    if (!d->src) {
      rc = MINS_ENOMEM;
      goto out;
    }
    d->len = len;
    if ((rc = lines(d)))
      goto out;
  }
  {
    const char *s = d->src;
    size_t n = d->len;
    mins__trim(&s, &n, NULL);
    if (n == 0)
      mins__doc_diag(&c, "input-empty", 0, 0, NULL,
                     len ? "file has only white space" : "file is empty");
  }
  if ((rc = mins__frontmatter(&c)))
    goto out;
  if ((rc = mins__body_blocks(&c)))
    goto out;
  if ((rc = mins__items(&c)))
    goto out;
  if ((rc = mins__meeting_text(&c)))
    goto out;
  if ((rc = mins__people(&c)))
    goto out;
  if ((rc = mins__declarations(&c)))
    goto out;
  if ((rc = mins__resolutions(&c)))
    goto out;
  if ((rc = mins__actions(&c)))
    goto out;
  if ((rc = mins__actions_finish(&c)))
    goto out;
  link_items(d);
  if (d->arena.failed || p->scratch.failed)
    rc = MINS_ENOMEM;
out:
  (void)offset_pos;
  mins__arena_reset(&p->scratch);
  memset(&c.blocks, 0, sizeof c.blocks);
  keep_diags(p, d);
  if (rc) {
    mins_doc_free(d);
    return rc;
  }
  *out = d;
  return MINS_OK;
}
