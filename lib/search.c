/* SPDX-License-Identifier: MIT */
/*
 * Search: PCRE2 patterns matched against records rather than lines. Each
 * record has one searchable text (a resolution's text, an action's text and
 * owner, an item's title, a person as listed) with its white space
 * collapsed, so that a phrase broken over two lines of the file is still
 * one phrase and ^ and $ are the record's ends. A search holds compiled
 * patterns, a match context whose limits stop a pathological pattern with
 * an error instead of a hang, the filters (committee, dates, owner) and
 * the prefilter that skips files unparsed; it is immutable once made, so
 * threads share it, and match data lives only inside each call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "search.h"

struct mins_search {
  unsigned flags, types;
  char *committee, *owner;
  char since[11], until[11]; /* "" when not set; padded for comparison */
  size_t n;
  pcre2_code **code;
  pcre2_match_context *mctx;
  mins__prefilter *pf;
};

static const char *const type_names[] = {"resolution", "action", "item",
                                         "person"};

const char *mins_record_type_name(mins_record_type t) {
  for (unsigned i = 0; i < 4; i++)
    if ((unsigned)t == 1u << i)
      return type_names[i];
  return NULL;
}

unsigned mins_record_type_parse(const char *name) {
  if (!name)
    return 0;
  if (strcmp(name, "any") == 0)
    return MINS_RECORD_ANY;
  for (unsigned i = 0; i < 4; i++)
    if (strcmp(name, type_names[i]) == 0)
      return 1u << i;
  return 0;
}

void mins_search_free(mins_search *s) {
  if (!s)
    return;
  for (size_t i = 0; i < s->n; i++)
    pcre2_code_free(s->code[i]);
  free(s->code);
  pcre2_match_context_free(s->mctx);
  mins__prefilter_free(s->pf);
  free(s->committee);
  free(s->owner);
  free(s);
}

/* "2005", "2005-03" or "2005-03-14" into a bound that compares with ISO
 * dates as strings: since pads nothing, until pads with 9s. */
static int date_bound(const char *in, int until, char out[11]) {
  size_t n = strlen(in);
  if (n != 4 && n != 7 && n != 10)
    return 0;
  for (size_t i = 0; i < n; i++) {
    int dash = i == 4 || i == 7;
    if (dash ? in[i] != '-' : !(in[i] >= '0' && in[i] <= '9'))
      return 0;
  }
  if (n >= 7) {
    int m = (in[5] - '0') * 10 + (in[6] - '0');
    if (m < 1 || m > 12)
      return 0;
  }
  if (n == 10 && !mins__iso_valid(in))
    return 0;
  /* a year or a month counts whole: "2005" until is "2005-99-99" */
  static const char pad[] = "-99-99";
  memcpy(out, in, n);
  out[n] = '\0';
  if (until && n < 10)
    memcpy(out + n, pad + (n - 4), 10 - n + 1);
  return 1;
}

static char *dup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d)
    memcpy(d, s, n);
  return d;
}

static void set_error(mins_search_error *err, size_t pattern, size_t offset,
                      const char *msg) {
  if (!err)
    return;
  err->pattern = pattern;
  err->offset = offset;
  snprintf(err->message, sizeof err->message, "%s", msg);
}

/* The source handed to PCRE2: -F escaped, -w in word boundaries. *shift
 * gets how far the user's pattern moved, for error offsets. */
static char *source(const char *pat, unsigned flags, size_t *shift) {
  size_t n = strlen(pat);
  char *src = malloc(n * 2 + 16);
  if (!src)
    return NULL;
  size_t k = 0;
  *shift = 0;
  if (flags & MINS_SEARCH_WORD) {
    memcpy(src, "\\b(?:", 5);
    k = 5;
    *shift = 5;
  }
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)pat[i];
    if ((flags & MINS_SEARCH_FIXED) && c < 0x80 &&
        !((c | 32) >= 'a' && (c | 32) <= 'z') && !(c >= '0' && c <= '9'))
      src[k++] = '\\';
    src[k++] = (char)c;
  }
  if (flags & MINS_SEARCH_WORD) {
    memcpy(src + k, ")\\b", 3);
    k += 3;
  }
  src[k] = '\0';
  return src;
}

int mins_search_new(mins_search **out, const char *const *patterns,
                    size_t npatterns, const mins_search_options *opts,
                    mins_search_error *err) {
  if (!out)
    return MINS_EINVAL;
  *out = NULL;
  if (!patterns || npatterns == 0 ||
      (opts && opts->version != MINS_SEARCH_OPTIONS_VERSION)) {
    set_error(err, 0, 0, "no pattern, or options of another version");
    return MINS_EINVAL;
  }
  mins_search_options def = MINS_SEARCH_OPTIONS_INIT;
  if (!opts)
    opts = &def;
  int rc = MINS_ENOMEM;
  mins_search *s = calloc(1, sizeof *s);
  if (!s)
    return MINS_ENOMEM;
  s->flags = opts->flags;
  s->types = opts->types & MINS_RECORD_ANY;
  if (!s->types)
    s->types = opts->owner ? MINS_RECORD_ACTION : MINS_RECORD_RESOLUTION;
  if ((opts->since && !date_bound(opts->since, 0, s->since)) ||
      (opts->until && !date_bound(opts->until, 1, s->until))) {
    set_error(err, 0, 0, "a date is YYYY, YYYY-MM or YYYY-MM-DD");
    rc = MINS_EINVAL;
    goto fail;
  }
  if ((opts->committee && !(s->committee = dup(opts->committee))) ||
      (opts->owner && !(s->owner = dup(opts->owner))))
    goto fail;
  s->code = calloc(npatterns, sizeof *s->code);
  if (!s->code)
    goto fail;
  uint32_t copts = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF |
                   ((s->flags & MINS_SEARCH_CASELESS) ? PCRE2_CASELESS : 0);
  for (size_t i = 0; i < npatterns; i++) {
    if (!patterns[i]) {
      set_error(err, i, 0, "no pattern");
      rc = MINS_EINVAL;
      goto fail;
    }
    size_t shift;
    char *src = source(patterns[i], s->flags, &shift);
    if (!src)
      goto fail;
    int code;
    PCRE2_SIZE off;
    s->code[i] = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, copts,
                               &code, &off, NULL);
    free(src);
    if (!s->code[i]) {
      if (code == PCRE2_ERROR_NOMEMORY)
        goto fail;
      char msg[128];
      pcre2_get_error_message(code, (PCRE2_UCHAR *)msg, sizeof msg);
      size_t at = off > shift ? off - shift : 0;
      size_t len = strlen(patterns[i]);
      set_error(err, i, at > len ? len : at, msg);
      rc = MINS_EPATTERN;
      goto fail;
    }
    s->n++;
    if (!(s->flags & MINS_SEARCH_NO_JIT))
      (void)pcre2_jit_compile(s->code[i], PCRE2_JIT_COMPLETE);
  }
  s->mctx = pcre2_match_context_create(NULL);
  if (!s->mctx)
    goto fail;
  pcre2_set_match_limit(s->mctx, opts->match_limit ? (uint32_t)opts->match_limit
                                                   : 1000000u);
  pcre2_set_depth_limit(s->mctx, opts->depth_limit ? (uint32_t)opts->depth_limit
                                                   : 100000u);
  pcre2_set_heap_limit(s->mctx,
                       opts->heap_limit ? (uint32_t)opts->heap_limit : 65536u);
  /* the searchable text of an action adds the word "owner" */
  static const char *const inject[] = {"owner", NULL};
  rc = mins__prefilter_new(&s->pf, patterns, npatterns, s->flags,
                           (s->types & MINS_RECORD_ACTION) ? inject : NULL);
  if (rc)
    goto fail;
  *out = s;
  return MINS_OK;
fail:
  if (rc == MINS_ENOMEM)
    set_error(err, 0, 0, "out of memory");
  mins_search_free(s);
  return rc;
}

int mins_search_prefilter(const mins_search *s, const char *buf, size_t len) {
  if (!s || !buf)
    return 1;
  return mins__prefilter_may_match(s->pf, buf, len);
}

/* ---- one document ----------------------------------------------------------
 */

typedef struct scan {
  const mins_search *s;
  pcre2_match_data *md;
  pcre2_match_context *big; /* a larger JIT stack, made when needed */
  pcre2_jit_stack *stack;
  mins__buf text;
  mins_span *spans;
  size_t nspans, cap;
  mins_hit_fn fn;
  void *payload;
  long hits;
  int stop;
  unsigned err_line; /* the record a limit stopped at */
} scan;

/* Append s with its white space collapsed, after a space when word is set
 * and the text is not empty. */
static void add_clean(mins__buf *b, const char *s, int word) {
  if (!s)
    return;
  const char *e = s + strlen(s);
  int space = word && b->len > 0;
  while (s < e) {
    const char *t = mins__skip_space(s, e);
    if (t != s) {
      space = 1;
      s = t;
      continue;
    }
    if (space && b->len)
      mins__buf_addc(b, ' ');
    space = 0;
    const char *w = s;
    while (s < e && mins__skip_space(s, e) == s)
      s++;
    mins__buf_add(b, w, (size_t)(s - w));
  }
}

/* Append a fixed piece ("(", ", ") with no white space handling. */
static void add_raw(mins__buf *b, const char *s) {
  mins__buf_add(b, s, strlen(s));
}

static int span_add(scan *c, size_t st, size_t en) {
  if (mins__grow((void **)&c->spans, &c->cap, c->nspans, sizeof(mins_span)))
    return MINS_ENOMEM;
  c->spans[c->nspans].start = st;
  c->spans[c->nspans].end = en;
  c->nspans++;
  return 0;
}

static int by_start(const void *a, const void *b) {
  const mins_span *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? 1 : x->end > y->end ? -1 : 0;
}

/* Sort the spans and merge those that overlap (several patterns). */
static void spans_merge(scan *c) {
  if (c->nspans < 2)
    return;
  qsort(c->spans, c->nspans, sizeof(mins_span), by_start);
  size_t k = 0;
  for (size_t i = 1; i < c->nspans; i++) {
    if (c->spans[i].start <= c->spans[k].end) {
      if (c->spans[i].end > c->spans[k].end)
        c->spans[k].end = c->spans[i].end;
    } else {
      c->spans[++k] = c->spans[i];
    }
  }
  c->nspans = k + 1;
}

static int pcre_error(int rc) {
  switch (rc) {
  case PCRE2_ERROR_NOMEMORY:
    return MINS_ENOMEM;
  case PCRE2_ERROR_MATCHLIMIT:
  case PCRE2_ERROR_DEPTHLIMIT:
  case PCRE2_ERROR_HEAPLIMIT:
  case PCRE2_ERROR_JIT_STACKLIMIT:
    return MINS_ELIMIT;
  default:
    return MINS_EINVAL;
  }
}

/* One match attempt; a JIT stack too small for a legitimate pattern on a
 * long record gets a larger one (still bounded) before it counts as a
 * limit. */
static int try_match(scan *c, size_t i, const char *t, size_t n, size_t start) {
  int rc = pcre2_match(c->s->code[i], (PCRE2_SPTR)t, n, start, 0, c->md,
                       c->big ? c->big : c->s->mctx);
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT && !c->big) {
    c->big = pcre2_match_context_copy(c->s->mctx);
    c->stack = pcre2_jit_stack_create(64 * 1024, 8 * 1024 * 1024, NULL);
    if (!c->big || !c->stack)
      return PCRE2_ERROR_NOMEMORY;
    pcre2_jit_stack_assign(c->big, NULL, c->stack);
    rc = pcre2_match(c->s->code[i], (PCRE2_SPTR)t, n, start, 0, c->md, c->big);
  }
  return rc;
}

/* Does a pattern match the text? 1 or 0, spans collected unless the
 * search is inverted; negative on a limit or no memory. */
static int match_text(scan *c, const char *t, size_t n) {
  int matched = 0;
  int invert = (c->s->flags & MINS_SEARCH_INVERT) != 0;
  c->nspans = 0;
  for (size_t i = 0; i < c->s->n; i++) {
    size_t start = 0;
    while (start <= n) {
      int rc = try_match(c, i, t, n, start);
      if (rc == PCRE2_ERROR_NOMATCH)
        break;
      if (rc < 0)
        return pcre_error(rc);
      matched = 1;
      if (invert)
        return 1;
      PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->md);
      if (ov[1] > ov[0] && span_add(c, ov[0], ov[1]))
        return MINS_ENOMEM;
      if (ov[1] > start) {
        start = ov[1];
      } else {
        /* an empty match: step over one character */
        start++;
        while (start < n && ((unsigned char)t[start] & 0xC0) == 0x80)
          start++;
      }
    }
  }
  spans_merge(c);
  return matched;
}

/* Test the text built in c->text for one record and report a hit. */
static int consider(scan *c, mins_hit *h) {
  if (c->text.failed)
    return MINS_ENOMEM;
  const char *t = c->text.s ? c->text.s : "";
  size_t n = c->text.len;
  int m = match_text(c, t, n);
  if (m < 0) {
    c->err_line = h->line;
    return m;
  }
  if (m == ((c->s->flags & MINS_SEARCH_INVERT) != 0))
    return 0;
  h->text = t;
  h->text_len = n;
  h->span_count = c->nspans;
  h->spans = c->nspans ? c->spans : NULL;
  c->hits++;
  if (c->fn && c->fn(h, c->payload))
    c->stop = 1;
  return 0;
}

static void hit_init(mins_hit *h, mins_record_type type, size_t index,
                     unsigned line, unsigned column) {
  memset(h, 0, sizeof *h);
  h->type = type;
  h->index = index;
  h->line = line;
  h->column = column;
}

static void text_reset(mins__buf *b) {
  b->len = 0;
  if (b->s)
    b->s[0] = '\0';
}

static const mins_item *item_at(const mins_doc *d, size_t i) {
  return i < mins_doc_item_count(d) ? mins_doc_item(d, i) : NULL;
}

static int meeting_passes(const mins_search *s, const mins_doc *d) {
  const mins_meeting *m = mins_doc_meeting(d);
  if (s->committee && (!m->committee.value ||
                       !mins__istr(m->committee.value,
                                   strlen(m->committee.value), s->committee)))
    return 0;
  if (s->since[0] || s->until[0]) {
    const char *date = m->date.value;
    if (!date)
      return 0;
    if (s->since[0] && strcmp(date, s->since) < 0)
      return 0;
    if (s->until[0] && strcmp(date, s->until) > 0)
      return 0;
  }
  return 1;
}

static int people(scan *c, const mins_doc *d) {
  for (int l = 0; l < MINS_LIST_COUNT && !c->stop; l++) {
    size_t np = mins_doc_person_count(d, (mins_list)l);
    for (size_t i = 0; i < np && !c->stop; i++) {
      const mins_person *p = mins_doc_person(d, (mins_list)l, i);
      text_reset(&c->text);
      add_clean(&c->text, p->title, 1);
      add_clean(&c->text, p->name, 1);
      add_clean(&c->text, p->honours, 1);
      if (p->role) {
        add_raw(&c->text, c->text.len ? " (" : "(");
        add_clean(&c->text, p->role, 0);
        add_raw(&c->text, ")");
      }
      if (p->organisation) {
        add_raw(&c->text, c->text.len ? ", " : "");
        add_clean(&c->text, p->organisation, 0);
      }
      mins_hit h;
      hit_init(&h, MINS_RECORD_PERSON, i, p->line, p->column);
      h.list = (mins_list)l;
      h.person = p;
      int rc = consider(c, &h);
      if (rc)
        return rc;
    }
  }
  return 0;
}

static int items(scan *c, const mins_doc *d) {
  size_t ni = mins_doc_item_count(d);
  for (size_t i = 0; i < ni && !c->stop; i++) {
    const mins_item *it = mins_doc_item(d, i);
    text_reset(&c->text);
    add_clean(&c->text, it->title, 0);
    mins_hit h;
    hit_init(&h, MINS_RECORD_ITEM, i, it->line, it->column);
    h.item = it;
    h.item_record = it;
    int rc = consider(c, &h);
    if (rc)
      return rc;
  }
  return 0;
}

static int resolutions(scan *c, const mins_doc *d) {
  size_t nr = mins_doc_resolution_count(d);
  for (size_t i = 0; i < nr && !c->stop; i++) {
    const mins_resolution *r = mins_doc_resolution(d, i);
    text_reset(&c->text);
    add_clean(&c->text, r->text, 0);
    mins_hit h;
    hit_init(&h, MINS_RECORD_RESOLUTION, i, r->line, r->column);
    h.item = item_at(d, r->item_index);
    h.resolution = r;
    int rc = consider(c, &h);
    if (rc)
      return rc;
  }
  return 0;
}

static int actions(scan *c, const mins_doc *d) {
  size_t na = mins_doc_action_count(d);
  const char *owner = c->s->owner;
  for (size_t i = 0; i < na && !c->stop; i++) {
    const mins_action *a = mins_doc_action(d, i);
    if (owner && (!a->owner || !mins__istr(a->owner, strlen(a->owner), owner)))
      continue;
    text_reset(&c->text);
    add_clean(&c->text, a->text, 0);
    if (a->owner) {
      add_raw(&c->text, c->text.len ? " (owner: " : "(owner: ");
      add_clean(&c->text, a->owner, 0);
      add_raw(&c->text, ")");
    }
    mins_hit h;
    hit_init(&h, MINS_RECORD_ACTION, i, a->line, a->column);
    h.item = item_at(d, a->item_index);
    h.action = a;
    int rc = consider(c, &h);
    if (rc)
      return rc;
  }
  return 0;
}

long mins_search_doc(const mins_search *s, const mins_doc *d, mins_hit_fn fn,
                     void *payload, unsigned *line) {
  if (line)
    *line = 0;
  if (!s || !d)
    return MINS_EINVAL;
  if (!meeting_passes(s, d))
    return 0;
  scan c;
  memset(&c, 0, sizeof c);
  c.s = s;
  c.fn = fn;
  c.payload = payload;
  c.md = pcre2_match_data_create(1, NULL);
  if (!c.md)
    return MINS_ENOMEM;
  /* the order of the document: who was there, then the agenda, then the
   * records of each item */
  int (*const stage[])(scan *, const mins_doc *) = {people, items, resolutions,
                                                    actions};
  static const unsigned bit[] = {MINS_RECORD_PERSON, MINS_RECORD_ITEM,
                                 MINS_RECORD_RESOLUTION, MINS_RECORD_ACTION};
  long rc = 0;
  for (int k = 0; k < 4 && !c.stop && rc == 0; k++) {
    if (!(s->types & bit[k]))
      continue;
    if (s->owner && bit[k] != MINS_RECORD_ACTION)
      continue;
    rc = stage[k](&c, d);
  }
  if (rc == MINS_ELIMIT && line)
    *line = c.err_line;
  mins__buf_free(&c.text);
  free(c.spans);
  pcre2_match_data_free(c.md);
  pcre2_match_context_free(c.big);
  pcre2_jit_stack_free(c.stack);
  return rc ? rc : c.hits;
}

/* ---- JSON ------------------------------------------------------------------
 */

/* A position, or null when unknown (json_pack's "o?" takes NULL). */
static json_t *jpos(unsigned v) {
  return v ? json_integer(v) : NULL;
}

/* The record as mins-parse --json writes it in its list ("s?": a NULL
 * string is null). */
static json_t *record(const mins_hit *h) {
  json_t *o = NULL;
  if (h->resolution) {
    const mins_resolution *x = h->resolution;
    o = json_pack("{s:s?,s:s?,s:s,s:s?,s:s?}", "item", x->item, "text", x->text,
                  "outcome", mins_outcome_name(x->outcome), "conditions",
                  x->conditions, "formula", x->formula);
  } else if (h->action) {
    const mins_action *x = h->action;
    o = json_pack("{s:s?,s:s?,s:s?,s:s?,s:s?,s:s,s:s?,s:s}", "number",
                  x->number, "item", x->item, "text", x->text, "owner",
                  x->owner, "due", x->due, "status",
                  mins_status_name(x->status), "due_text", x->due_text, "style",
                  mins_action_style_name(x->style));
    if (o && (x->flags & MINS_ACTION_INFERRED))
      json_object_set_new(o, "inferred", json_true());
  } else if (h->item_record) {
    const mins_item *x = h->item_record;
    o = json_pack("{s:s?,s:s?,s:o?,s:s}", "number", x->number, "title",
                  x->title, "end_line", jpos(x->end_line), "kind",
                  mins_item_kind_name(x->kind));
  } else if (h->person) {
    const mins_person *x = h->person;
    o = json_pack("{s:s,s:s?,s:s?,s:s?,s:s?,s:s?}", "list",
                  mins_list_name(h->list), "name", x->name, "title", x->title,
                  "role", x->role, "organisation", x->organisation, "honours",
                  x->honours);
  }
  if (o) {
    json_object_set_new(o, "line", h->line ? jpos(h->line) : json_null());
    json_object_set_new(o, "column", h->column ? jpos(h->column) : json_null());
  }
  return o;
}

typedef struct sink {
  mins_write_fn fn;
  void *payload;
} sink;

static int dump_to(const char *buf, size_t size, void *data) {
  sink *k = data;
  return k->fn(buf, size, k->payload) ? -1 : 0;
}

int mins_hit_write_json(const mins_doc *d, const mins_hit *h,
                        mins_write_fn write, void *payload) {
  if (!d || !h || !write)
    return MINS_EINVAL;
  const mins_meeting *m = mins_doc_meeting(d);
  json_t *ms = json_array();
  for (size_t i = 0; ms && i < h->span_count; i++)
    json_array_append_new(ms,
                          json_stringn(h->text + h->spans[i].start,
                                       h->spans[i].end - h->spans[i].start));
  json_t *item = h->item ? json_pack("{s:s?,s:s?}", "number", h->item->number,
                                     "title", h->item->title)
                         : NULL;
  json_t *o =
      json_pack("{s:s,s:s?,s:s,s:{s:s?,s:s?},s:o?,s:o?,s:o?,s:s%,s:o?,s:o?}",
                "schema", MINS_SCHEMA, "file", mins_doc_name(d), "type",
                mins_record_type_name(h->type), "meeting", "committee",
                m->committee.value, "date", m->date.value, "item", item, "line",
                jpos(h->line), "column", jpos(h->column), "text", h->text,
                h->text_len, "matches", ms, "record", record(h));
  if (!o)
    return MINS_ENOMEM;
  sink k = {write, payload};
  int rc =
      json_dump_callback(o, dump_to, &k, JSON_COMPACT | JSON_PRESERVE_ORDER);
  json_decref(o);
  return rc ? MINS_EIO : MINS_OK;
}
