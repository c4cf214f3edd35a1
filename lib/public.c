/* SPDX-License-Identifier: MIT */
/*
 * Public copies of a document (mins-export --public): agenda items that are
 * not for publication are cut out of the source text and every record that
 * stands in them is dropped, so that each writer, given the copy, cannot
 * leak them. Doing it once here, rather than in every writer, is what
 * makes "nothing of them remains in any format" checkable.
 *
 * What goes: each exempt item and the items numbered under it ("7.1" and
 * "7a" under "7"), from its first line up to the next item's (the last
 * one, to the end of the file); the front matter's text (the records it
 * gave stay, less those about exempt items); the resolutions, actions,
 * mentions, reviews and diagnostics on those lines or in those items;
 * declarations about those items. An action first written in an exempt item
 * goes entirely, even if a public item mentions it again: its text is the
 * exempt one. Lines and columns stay those of the original file.
 */
#include <stdlib.h>
#include <string.h>

#include "export.h"

typedef struct cut {
  size_t start, end;    /* bytes [start, end) of the source */
  unsigned first, last; /* lines; 0, 0 for the front matter, whose
                           records (people, actions) stay */
} cut;

/* Is number n an item numbered under e: "7.1", "7a", "7(a)" under "7"? */
static int under(const char *n, const char *e) {
  size_t k = strlen(e);
  if (strncmp(n, e, k) != 0)
    return 0;
  char c = n[k];
  return c == '.' || c == '(' || (c >= 'a' && c <= 'z');
}

static unsigned line_of(const mins_doc *d, size_t off) {
  unsigned line;
  mins__offset_pos(d, off, &line, NULL);
  return line;
}

static int in_cuts(const cut *cs, size_t nc, unsigned line) {
  for (size_t i = 0; i < nc; i++)
    if (line && line >= cs[i].first && line <= cs[i].last)
      return 1;
  return 0;
}

/* Where byte offset o of the original lands in the cut text. */
static size_t map_off(const cut *cs, size_t nc, size_t o) {
  size_t gone = 0;
  for (size_t i = 0; i < nc; i++) {
    if (o >= cs[i].end)
      gone += cs[i].end - cs[i].start;
    else if (o >= cs[i].start)
      return cs[i].start - gone;
  }
  return o - gone;
}

static int lines(mins_doc *d) {
  size_t n = 1;
  for (size_t i = 0; i < d->len; i++)
    n += d->src[i] == '\n';
  d->line_off = mins__alloc(&d->arena, n * sizeof(size_t));
  if (!d->line_off)
    return MINS_ENOMEM;
  size_t k = 0;
  d->line_off[k++] = 0;
  for (size_t i = 0; i < d->len; i++)
    if (d->src[i] == '\n')
      d->line_off[k++] = i + 1;
  d->nlines = n;
  return MINS_OK;
}

/* Mark the exempt items (with those under them) in gone[]; returns how
 * many. */
static size_t mark_exempt(const mins_doc *d, char *gone) {
  const mins_item *it = d->items.data;
  size_t ni = d->items.len, count = 0;
  for (size_t i = 0; i < ni; i++)
    if (it[i].flags & MINS_ITEM_EXEMPT)
      gone[i] = 1;
  for (size_t i = 0; i < ni; i++) {
    if (!gone[i] || !it[i].number)
      continue;
    for (size_t k = 0; k < ni; k++)
      if (!gone[k] && it[k].number && under(it[k].number, it[i].number))
        gone[k] = 1;
  }
  for (size_t i = 0; i < ni; i++)
    count += gone[i] != 0;
  return count;
}

/* The byte ranges to cut, merged and in order: the front matter (its text
 * may name what is exempt; the writers build theirs from the records) and
 * the exempt items. */
static size_t make_cuts(const mins_doc *d, const char *gone, cut *cs) {
  const mins_item *it = d->items.data;
  size_t ni = d->items.len, nc = 0;
  if (d->body_off) {
    cs[0].start = 0;
    cs[0].end = d->body_off;
    nc = 1;
  }
  size_t first = nc;
  for (size_t i = 0; i < ni; i++) {
    if (!gone[i])
      continue;
    size_t s = it[i].offset, e = d->len;
    for (size_t k = i + 1; k < ni; k++)
      if (it[k].offset > s) {
        e = it[k].offset;
        break;
      }
    if (it[i].end_offset > e)
      e = it[i].end_offset;
    if (s > d->len)
      s = d->len;
    if (e > d->len)
      e = d->len;
    if (nc && s <= cs[nc - 1].end) {
      if (e > cs[nc - 1].end)
        cs[nc - 1].end = e;
      continue;
    }
    cs[nc].start = s;
    cs[nc].end = e;
    nc++;
  }
  for (size_t i = first; i < nc; i++) {
    cs[i].first = line_of(d, cs[i].start);
    cs[i].last =
        cs[i].end > cs[i].start ? line_of(d, cs[i].end - 1) : cs[i].first;
  }
  return nc;
}

#define GONE(idx) ((idx) != MINS_NONE && (idx) < ni && gone[idx])
#define NEWIDX(idx) ((idx) != MINS_NONE && (idx) < ni ? remap[idx] : MINS_NONE)

int mins_doc_public(mins_doc **out, const mins_doc *d) {
  if (!out)
    return MINS_EINVAL;
  *out = NULL;
  if (!d)
    return MINS_EINVAL;
  int rc = MINS_ENOMEM;
  size_t ni = d->items.len;
  char *gone = calloc(ni + 1, 1);
  size_t *remap = calloc(ni + 1, sizeof(size_t));
  cut *cs = calloc(ni + 2, sizeof(cut));
  mins_doc *c = calloc(1, sizeof *c);
  if (!gone || !remap || !cs || !c)
    goto out;
  mark_exempt(d, gone);
  size_t nc = make_cuts(d, gone, cs);
  mins__arena *a = &c->arena;

  /* what is kept as it is, shared with d */
  c->name = d->name;
  c->body_line = d->body_line;
  c->body_off = 0; /* the front matter is cut */
  c->has_fm = d->has_fm;
  c->meeting = d->meeting;
  for (int l = 0; l < MINS_LIST_COUNT; l++)
    c->people[l] = d->people[l];
  c->extra_keys = d->extra_keys;
  c->extra_vals = d->extra_vals;
  c->fm_actions = d->fm_actions;
  c->decl_none = d->decl_none;
  c->decl_none_line = d->decl_none_line;

  /* the text without the cut items */
  c->src = mins__alloc(a, d->len + 1);
  if (!c->src)
    goto out;
  size_t at = 0, from = 0;
  for (size_t i = 0; i < nc; i++) {
    memcpy(c->src + at, d->src + from, cs[i].start - from);
    at += cs[i].start - from;
    from = cs[i].end;
  }
  memcpy(c->src + at, d->src + from, d->len - from);
  at += d->len - from;
  c->src[at] = '\0';
  c->len = at;
  if (lines(c))
    goto out;

  /* the records */
  size_t kept = 0;
  for (size_t i = 0; i < ni; i++) {
    remap[i] = MINS_NONE;
    if (gone[i])
      continue;
    mins_item *x = VEC_PUSH(a, &c->items, mins_item);
    if (!x)
      goto out;
    *x = VEC_AT(d->items, mins_item, i);
    x->offset = map_off(cs, nc, x->offset);
    x->end_offset = map_off(cs, nc, x->end_offset);
    remap[i] = kept++;
  }
  for (size_t i = 0; i < d->resolutions.len; i++) {
    const mins_resolution *r = &VEC_AT(d->resolutions, mins_resolution, i);
    if (GONE(r->item_index) || in_cuts(cs, nc, r->line))
      continue;
    mins_resolution *x = VEC_PUSH(a, &c->resolutions, mins_resolution);
    if (!x)
      goto out;
    *x = *r;
    x->item_index = NEWIDX(r->item_index);
  }
  for (size_t i = 0; i < d->actions.len; i++) {
    const mins_action *r = &VEC_AT(d->actions, mins_action, i);
    if (GONE(r->item_index) || in_cuts(cs, nc, r->line))
      continue;
    mins_action *x = VEC_PUSH(a, &c->actions, mins_action);
    if (!x)
      goto out;
    *x = *r;
    x->item_index = NEWIDX(r->item_index);
    x->mentions = NULL;
    x->mention_count = 0;
    if (r->mention_count) {
      mins_mention *ms = mins__alloc(a, r->mention_count * sizeof *ms);
      if (!ms)
        goto out;
      for (size_t k = 0; k < r->mention_count; k++) {
        const mins_mention *m = &r->mentions[k];
        if (GONE(m->item_index) || in_cuts(cs, nc, m->line))
          continue;
        ms[x->mention_count] = *m;
        ms[x->mention_count].item_index = NEWIDX(m->item_index);
        x->mention_count++;
      }
      x->mentions = ms;
    }
  }
  for (size_t i = 0; i < d->reviews.len; i++) {
    const mins_review *r = &VEC_AT(d->reviews, mins_review, i);
    if (GONE(r->item_index) || in_cuts(cs, nc, r->line))
      continue;
    mins_review *x = VEC_PUSH(a, &c->reviews, mins_review);
    if (!x)
      goto out;
    *x = *r;
    x->item_index = NEWIDX(r->item_index);
  }
  for (size_t i = 0; i < d->decls.len; i++) {
    const mins_declaration *r = &VEC_AT(d->decls, mins_declaration, i);
    int about = 0;
    for (size_t k = 0; k < ni && r->item && !about; k++)
      about = gone[k] && VEC_AT(d->items, mins_item, k).number &&
              strcmp(VEC_AT(d->items, mins_item, k).number, r->item) == 0;
    if (about || in_cuts(cs, nc, r->line))
      continue;
    mins_declaration *x = VEC_PUSH(a, &c->decls, mins_declaration);
    if (!x)
      goto out;
    *x = *r;
  }
  for (size_t i = 0; i < d->diags.v.len; i++) {
    const mins_diag *g = &VEC_AT(d->diags.v, mins_diag, i);
    if (in_cuts(cs, nc, g->line))
      continue;
    mins_diag *x = VEC_PUSH(a, &c->diags.v, mins_diag);
    if (!x)
      goto out;
    *x = *g;
  }
  if (a->failed)
    goto out;
  *out = c;
  c = NULL;
  rc = MINS_OK;
out:
  mins_doc_free(c);
  free(gone);
  free(remap);
  free(cs);
  return rc;
}
