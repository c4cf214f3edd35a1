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
#include "jw.h"

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
      diag(w, d->name, &VEC_AT(d->diags.v, mins_diag, i), 1);
    }
    close_(w, ']');
  }
  close_(w, '}');
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
  diag(&w, file, g, 1);
  putc_(&w, '\n');
  return jw_finish(&w);
}
