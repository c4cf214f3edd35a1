/* SPDX-License-Identifier: MIT */
/*
 * The JSON writer: one object per document in the mins/1 contract
 * (mins(5), JSON OUTPUT), streamed through the caller's write callback.
 * It writes as it walks the records, with RFC 8259 escaping, instead of
 * building a tree: JSON is on the hot path of every pipeline (`--jsonl`
 * over decades of meetings), and a tree costs more than the parse itself.
 * Reading JSON (tests, tools) uses jansson. The layout is jansson's:
 * compact, or indented by two spaces.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

typedef struct jw {
  mins_write_fn fn;
  void *payload;
  int failed;
  int pretty;
  int depth;
  unsigned char first[80]; /* no member written yet at this depth */
  size_t len;
  char buf[4096];
} jw;

static void flush(jw *w) {
  if (w->len && !w->failed && w->fn(w->buf, w->len, w->payload) != 0)
    w->failed = 1;
  w->len = 0;
}

/* put when s does not fit in what is left of the buffer */
static void put_long(jw *w, const char *s, size_t n) {
  flush(w);
  if (n > sizeof w->buf) {
    if (!w->failed && w->fn(s, n, w->payload) != 0)
      w->failed = 1;
    return;
  }
  memcpy(w->buf, s, n);
  w->len = n;
}

static inline void put(jw *w, const char *s, size_t n) {
  if (n > sizeof w->buf - w->len) {
    put_long(w, s, n);
    return;
  }
  memcpy(w->buf + w->len, s, n);
  w->len += n;
}

static inline void putc_(jw *w, char c) {
  if (w->len == sizeof w->buf)
    flush(w);
  w->buf[w->len++] = c;
}

static void newline(jw *w) {
  putc_(w, '\n');
  for (int i = 0; i < w->depth; i++)
    put(w, "  ", 2);
}

/* Before a member or an element: the comma and the indentation. */
static inline void next(jw *w) {
  if (!w->first[w->depth])
    putc_(w, ',');
  w->first[w->depth] = 0;
  if (w->pretty)
    newline(w);
}

/* A UTF-8 sequence's length at s (NUL-terminated: the NUL is no
 * continuation byte, so the test stops at it), or 0 if invalid. */
static size_t utf8_len(const unsigned char *s) {
  unsigned char c = s[0];
  size_t k = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
  if (!k)
    return 0;
  for (size_t i = 1; i < k; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
      (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
    return 0;
  return k;
}

/* 1 for a byte copied as it is: not a control, a quote, a backslash, or
 * the start of a multi-byte sequence (checked the slow way). */
static const unsigned char plain_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static void string(jw *w, const char *s) {
  if (!s) {
    put(w, "null", 4);
    return;
  }
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *p = (const unsigned char *)s;
  const unsigned char *run = p; /* bytes copied as they are, in one put */
  putc_(w, '"');
  for (;;) {
    /* bytes that need a look: controls (the NUL that ends s among them),
     * quote, backslash, non-ASCII */
    while (plain_byte[*p])
      p++;
    unsigned char c = *p;
    if (c == 0)
      break;
    if (c >= 0x80) {
      size_t k = utf8_len(p);
      if (k) {
        p += k;
        continue;
      }
    }
    put(w, (const char *)run, (size_t)(p - run));
    char esc[8];
    size_t el = 2;
    esc[0] = '\\';
    switch (c) {
    case '"':
      esc[1] = '"';
      break;
    case '\\':
      esc[1] = '\\';
      break;
    case '\b':
      esc[1] = 'b';
      break;
    case '\f':
      esc[1] = 'f';
      break;
    case '\n':
      esc[1] = 'n';
      break;
    case '\r':
      esc[1] = 'r';
      break;
    case '\t':
      esc[1] = 't';
      break;
    default:
      if (c >= 0x80) {
        /* not UTF-8 after all: never lose the record for it */
        memcpy(esc, "\\uFFFD", 6);
      } else {
        memcpy(esc, "\\u00", 4);
        esc[4] = hex[c >> 4];
        esc[5] = hex[c & 15];
      }
      el = 6;
    }
    put(w, esc, el);
    p++;
    run = p;
  }
  put(w, (const char *)run, (size_t)(p - run));
  putc_(w, '"');
}

/* A key of the contract, k a string literal of plain ASCII: '"k":' is
 * one literal, written in one put (the writer's most frequent call). */
static void key_(jw *w, const char *quoted, size_t n) {
  next(w);
  put(w, quoted, n);
  if (w->pretty)
    putc_(w, ' ');
}
#define key(w, k) key_((w), "\"" k "\":", sizeof(k) + 2)

/* A key from the user's front matter: escaped like any string. */
static void user_key(jw *w, const char *k) {
  next(w);
  string(w, k);
  put(w, w->pretty ? ": " : ":", w->pretty ? 2 : 1);
}

static void open_(jw *w, char c) {
  putc_(w, c);
  if (w->depth < 79)
    w->depth++;
  w->first[w->depth] = 1;
}

static void close_(jw *w, char c) {
  int empty = w->first[w->depth];
  if (w->depth > 0)
    w->depth--;
  if (!empty && w->pretty)
    newline(w);
  putc_(w, c);
}

static void kstr_(jw *w, const char *quoted, size_t n, const char *v) {
  key_(w, quoted, n);
  string(w, v);
}
#define kstr(w, k, v) kstr_((w), "\"" k "\":", sizeof(k) + 2, (v))

static void kuint_(jw *w, const char *quoted, size_t n, unsigned v) {
  key_(w, quoted, n);
  if (!v) {
    put(w, "null", 4);
    return;
  }
  char b[16];
  size_t k = sizeof b;
  while (v) {
    b[--k] = (char)('0' + v % 10);
    v /= 10;
  }
  put(w, b + k, sizeof b - k);
}
#define kuint(w, k, v) kuint_((w), "\"" k "\":", sizeof(k) + 2, (v))

static void kbool_(jw *w, const char *quoted, size_t n, int v) {
  key_(w, quoted, n);
  put(w, v ? "true" : "false", v ? 4 : 5);
}
#define kbool(w, k, v) kbool_((w), "\"" k "\":", sizeof(k) + 2, (v))

/* A plain YAML scalar that reads as a JSON number keeps its type. */
static int json_number(const char *s) {
  size_t n = strlen(s), i = 0;
  if (n == 0 || n > 18)
    return 0;
  if (s[0] == '-')
    i++;
  if (i == n || (s[i] == '0' && n > i + 1))
    return 0;
  for (; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return 0;
  return 1;
}

static void value(jw *w, const mins_value *v) {
  switch (v->type) {
  case MINS_VALUE_NULL:
    put(w, "null", 4);
    return;
  case MINS_VALUE_SCALAR:
    if (v->plain &&
        (mins__ieq(v->scalar, "true") || mins__ieq(v->scalar, "false"))) {
      int t = mins__ieq(v->scalar, "true");
      put(w, t ? "true" : "false", t ? 4 : 5);
    } else if (v->plain && json_number(v->scalar)) {
      put(w, v->scalar, strlen(v->scalar));
    } else {
      string(w, v->scalar);
    }
    return;
  case MINS_VALUE_LIST:
    open_(w, '[');
    for (size_t i = 0; i < v->count; i++) {
      next(w);
      value(w, &v->items[i]);
    }
    close_(w, ']');
    return;
  case MINS_VALUE_MAP:
    open_(w, '{');
    for (size_t i = 0; i < v->count; i++) {
      user_key(w, v->keys[i] ? v->keys[i] : "");
      value(w, &v->items[i]);
    }
    close_(w, '}');
    return;
  }
}

static const char *item_title(const mins_doc *d, size_t i) {
  if (i == MINS_NONE || i >= d->items.len)
    return NULL;
  return VEC_AT(d->items, mins_item, i).title;
}

static void person(jw *w, const mins_person *p) {
  next(w);
  open_(w, '{');
  kstr(w, "name", p->name);
  kstr(w, "title", p->title);
  kstr(w, "role", p->role);
  kstr(w, "organisation", p->organisation);
  kstr(w, "honours", p->honours);
  kuint(w, "line", p->line);
  kuint(w, "column", p->column);
  if (p->flags & MINS_PERSON_PART)
    kbool(w, "part", 1);
  close_(w, '}');
}

/* One diagnostic: an object of the "diagnostics" array, also written on
 * its own by mins_diag_write_json (write_diags.c). */
static void diag(jw *w, const char *file, const mins_diag *g) {
  open_(w, '{');
  kstr(w, "file", file);
  kuint(w, "line", g->line);
  kuint(w, "column", g->column);
  kstr(w, "severity", mins_severity_name(g->severity));
  kstr(w, "rule", g->rule);
  kstr(w, "message", g->message);
  if (g->hint)
    kstr(w, "hint", g->hint);
  close_(w, '}');
}

static void document(jw *w, const mins_doc *d, unsigned flags) {
  open_(w, '{');
  kstr(w, "schema", MINS_SCHEMA);
  kstr(w, "file", d->name);
  const mins_meeting *m = &d->meeting;
  key(w, "meeting");
  open_(w, '{');
  kstr(w, "committee", m->committee.value);
  kstr(w, "title", m->title.value);
  kstr(w, "date", m->date.value);
  kstr(w, "time", m->time.value);
  kstr(w, "end_time", m->end_time.value);
  kstr(w, "location", m->location.value);
  kstr(w, "chair", m->chair.value);
  kstr(w, "clerk", m->clerk.value);
  kstr(w, "previous", m->previous.value);
  close_(w, '}');
  /* the lists' keys, in the order of mins_list (mins_list_name) */
  static const struct {
    const char *quoted;
    size_t n;
  } lists[MINS_LIST_COUNT] = {
#define QUOTED(k) {"\"" k "\":", sizeof(k) + 2}
      QUOTED("present"), QUOTED("in_attendance"), QUOTED("apologies"),
      QUOTED("absent")
#undef QUOTED
  };
  for (int l = 0; l < MINS_LIST_COUNT; l++) {
    key_(w, lists[l].quoted, lists[l].n);
    open_(w, '[');
    for (size_t i = 0; i < d->people[l].len; i++)
      person(w, &VEC_AT(d->people[l], mins_person, i));
    close_(w, ']');
  }
  key(w, "declarations");
  open_(w, '[');
  for (size_t i = 0; i < d->decls.len; i++) {
    const mins_declaration *x = &VEC_AT(d->decls, mins_declaration, i);
    next(w);
    open_(w, '{');
    kstr(w, "name", x->name);
    kstr(w, "item", x->item);
    kstr(w, "text", x->text);
    kuint(w, "line", x->line);
    close_(w, '}');
  }
  close_(w, ']');
  kbool(w, "no_declarations", d->decl_none);
  key(w, "items");
  open_(w, '[');
  for (size_t i = 0; i < d->items.len; i++) {
    const mins_item *x = &VEC_AT(d->items, mins_item, i);
    next(w);
    open_(w, '{');
    kstr(w, "number", x->number);
    kstr(w, "title", x->title);
    kuint(w, "line", x->line);
    kuint(w, "column", x->column);
    kuint(w, "end_line", x->end_line);
    kstr(w, "kind", mins_item_kind_name(x->kind));
    if (x->flags & MINS_ITEM_EXEMPT)
      kbool(w, "exempt", 1);
    close_(w, '}');
  }
  close_(w, ']');
  key(w, "resolutions");
  open_(w, '[');
  for (size_t i = 0; i < d->resolutions.len; i++) {
    const mins_resolution *x = &VEC_AT(d->resolutions, mins_resolution, i);
    next(w);
    open_(w, '{');
    kstr(w, "item", x->item);
    kstr(w, "text", x->text);
    kstr(w, "outcome", mins_outcome_name(x->outcome));
    kstr(w, "conditions", x->conditions);
    kuint(w, "line", x->line);
    kuint(w, "column", x->column);
    kstr(w, "formula", x->formula);
    kstr(w, "item_title", item_title(d, x->item_index));
    close_(w, '}');
  }
  close_(w, ']');
  key(w, "actions");
  open_(w, '[');
  for (size_t i = 0; i < d->actions.len; i++) {
    const mins_action *x = &VEC_AT(d->actions, mins_action, i);
    next(w);
    open_(w, '{');
    kstr(w, "number", x->number);
    kstr(w, "item", x->item);
    kstr(w, "text", x->text);
    kstr(w, "owner", x->owner);
    kstr(w, "due", x->due);
    kstr(w, "status", mins_status_name(x->status));
    kuint(w, "line", x->line);
    kuint(w, "column", x->column);
    kstr(w, "due_text", x->due_text);
    kstr(w, "style", mins_action_style_name(x->style));
    kstr(w, "item_title", item_title(d, x->item_index));
    if (x->flags & MINS_ACTION_INFERRED)
      kbool(w, "inferred", 1);
    key(w, "mentions");
    open_(w, '[');
    for (size_t k = 0; k < x->mention_count; k++) {
      const mins_mention *mm = &x->mentions[k];
      next(w);
      open_(w, '{');
      kstr(w, "item", mm->item);
      kstr(w, "item_title", item_title(d, mm->item_index));
      kstr(w, "text", mm->text);
      kuint(w, "line", mm->line);
      kuint(w, "column", mm->column);
      close_(w, '}');
    }
    close_(w, ']');
    close_(w, '}');
  }
  close_(w, ']');
  key(w, "reviews");
  open_(w, '[');
  for (size_t i = 0; i < d->reviews.len; i++) {
    const mins_review *x = &VEC_AT(d->reviews, mins_review, i);
    next(w);
    open_(w, '{');
    kstr(w, "ref", x->ref);
    kstr(w, "ref_date", x->ref_date);
    kstr(w, "ref_number", x->ref_number);
    kstr(w, "status", mins_status_name(x->status));
    kstr(w, "note", x->note);
    kstr(w, "text", x->text);
    kstr(w, "item", x->item);
    kuint(w, "line", x->line);
    kstr(w, "via",
         x->origin == MINS_FROM_FRONT_MATTER ? "front_matter" : "prose");
    close_(w, '}');
  }
  close_(w, ']');
  if (d->extra_vals.len) {
    key(w, "extra");
    open_(w, '{');
    for (size_t i = 0; i < d->extra_vals.len; i++) {
      user_key(w, VEC_AT(d->extra_keys, const char *, i));
      value(w, &VEC_AT(d->extra_vals, mins_value, i));
    }
    close_(w, '}');
  }
  if (!(flags & MINS_JSON_NO_DIAGS)) {
    key(w, "diagnostics");
    open_(w, '[');
    for (size_t i = 0; i < d->diags.v.len; i++) {
      next(w);
      diag(w, d->name, &VEC_AT(d->diags.v, mins_diag, i));
    }
    close_(w, ']');
  }
  close_(w, '}');
}

static void jw_init(jw *w, int pretty, mins_write_fn write, void *payload) {
  w->failed = 0;
  w->depth = 0;
  w->len = 0;
  w->fn = write;
  w->payload = payload;
  w->pretty = pretty;
  w->first[0] = 1;
}

static int jw_finish(jw *w) {
  flush(w);
  return w->failed ? MINS_EIO : MINS_OK;
}

int mins_doc_write_json(const mins_doc *d, unsigned flags, mins_write_fn write,
                        void *payload) {
  if (!d || !write)
    return MINS_EINVAL;
  jw w;
  jw_init(&w, (flags & MINS_JSON_PRETTY) != 0, write, payload);
  document(&w, d, flags);
  if (w.pretty)
    putc_(&w, '\n');
  return jw_finish(&w);
}

int mins__diag_write_json(const char *file, const mins_diag *g,
                          mins_write_fn write, void *payload) {
  jw w;
  jw_init(&w, 0, write, payload);
  diag(&w, file, g);
  putc_(&w, '\n');
  return jw_finish(&w);
}
