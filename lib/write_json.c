/* SPDX-License-Identifier: MIT */
/*
 * The JSON writer: one object per document in the mins/1 contract
 * (mins-json(5)), built with jansson and dumped through the caller's write
 * callback. Names of the contract are kept; extensions (positions, kinds,
 * reviews of earlier actions, unknown front matter keys) are added beside
 * them. An unknown value is null, never an invented one.
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"

static json_t *str(const char *s) {
  if (!s)
    return json_null();
  json_t *j = json_string(s);
  if (j)
    return j;
  /* not UTF-8 after all: never lose the record for it */
  size_t n = strlen(s);
  char *fixed = malloc(n * 3 + 1);
  if (!fixed)
    return json_null();
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      fixed[k++] = (char)c;
    } else {
      memcpy(fixed + k, "\xEF\xBF\xBD", 3);
      k += 3;
    }
  }
  fixed[k] = '\0';
  j = json_string(fixed);
  free(fixed);
  return j ? j : json_null();
}

static json_t *uint_or_null(unsigned v) {
  return v ? json_integer(v) : json_null();
}

static void set(json_t *o, const char *k, json_t *v) {
  json_object_set_new(o, k, v ? v : json_null());
}

json_t *mins__json_str(const char *s) {
  return str(s);
}

json_t *mins__diag_json(const char *file, const mins_diag *g) {
  json_t *o = json_object();
  if (!o)
    return NULL;
  set(o, "file", str(file));
  set(o, "line", uint_or_null(g->line));
  set(o, "column", uint_or_null(g->column));
  set(o, "severity", json_string(mins_severity_name(g->severity)));
  set(o, "rule", str(g->rule));
  set(o, "message", str(g->message));
  if (g->hint)
    set(o, "hint", str(g->hint));
  return o;
}

static json_t *value(const mins_value *v) {
  switch (v->type) {
  case MINS_VALUE_NULL:
    return json_null();
  case MINS_VALUE_SCALAR:
    if (v->plain) {
      /* plain scalars that are numbers or booleans keep their type */
      json_error_t e;
      if (mins__ieq(v->scalar, "true"))
        return json_true();
      if (mins__ieq(v->scalar, "false"))
        return json_false();
      const char *s = v->scalar;
      size_t n = strlen(s);
      int num = n > 0 && n < 20;
      for (size_t i = 0; i < n && num; i++)
        if (!((s[i] >= '0' && s[i] <= '9') || (i == 0 && s[i] == '-')))
          num = 0;
      if (num && !(n > 1 && s[0] == '0')) {
        json_t *j = json_loads(s, JSON_DECODE_ANY, &e);
        if (j)
          return j;
      }
    }
    return str(v->scalar);
  case MINS_VALUE_LIST: {
    json_t *a = json_array();
    for (size_t i = 0; i < v->count; i++)
      json_array_append_new(a, value(&v->items[i]));
    return a;
  }
  case MINS_VALUE_MAP: {
    json_t *o = json_object();
    for (size_t i = 0; i < v->count; i++)
      set(o, v->keys[i] ? v->keys[i] : "", value(&v->items[i]));
    return o;
  }
  }
  return json_null();
}

static json_t *person(const mins_person *p) {
  json_t *o = json_object();
  set(o, "name", str(p->name));
  set(o, "title", str(p->title));
  set(o, "role", str(p->role));
  set(o, "organisation", str(p->organisation));
  set(o, "honours", str(p->honours));
  set(o, "line", uint_or_null(p->line));
  set(o, "column", uint_or_null(p->column));
  if (p->flags & MINS_PERSON_PART)
    set(o, "part", json_true());
  return o;
}

static json_t *build(const mins_doc *d, unsigned flags) {
  json_t *root = json_object();
  set(root, "schema", json_string(MINS_SCHEMA));
  set(root, "file", str(d->name));
  const mins_meeting *m = &d->meeting;
  json_t *mt = json_object();
  set(mt, "committee", str(m->committee.value));
  set(mt, "title", str(m->title.value));
  set(mt, "date", str(m->date.value));
  set(mt, "time", str(m->time.value));
  set(mt, "end_time", str(m->end_time.value));
  set(mt, "location", str(m->location.value));
  set(mt, "chair", str(m->chair.value));
  set(mt, "clerk", str(m->clerk.value));
  set(mt, "previous", str(m->previous.value));
  set(root, "meeting", mt);
  for (int l = 0; l < MINS_LIST_COUNT; l++) {
    json_t *a = json_array();
    for (size_t i = 0; i < d->people[l].len; i++)
      json_array_append_new(a, person(&VEC_AT(d->people[l], mins_person, i)));
    set(root, mins_list_name((mins_list)l), a);
  }
  json_t *decl = json_array();
  for (size_t i = 0; i < d->decls.len; i++) {
    const mins_declaration *x = &VEC_AT(d->decls, mins_declaration, i);
    json_t *o = json_object();
    set(o, "name", str(x->name));
    set(o, "item", str(x->item));
    set(o, "text", str(x->text));
    set(o, "line", uint_or_null(x->line));
    json_array_append_new(decl, o);
  }
  set(root, "declarations", decl);
  set(root, "no_declarations", json_boolean(d->decl_none));
  json_t *items = json_array();
  for (size_t i = 0; i < d->items.len; i++) {
    const mins_item *x = &VEC_AT(d->items, mins_item, i);
    json_t *o = json_object();
    set(o, "number", str(x->number));
    set(o, "title", str(x->title));
    set(o, "line", uint_or_null(x->line));
    set(o, "column", uint_or_null(x->column));
    set(o, "end_line", uint_or_null(x->end_line));
    set(o, "kind", json_string(mins_item_kind_name(x->kind)));
    if (x->flags & MINS_ITEM_EXEMPT)
      set(o, "exempt", json_true());
    json_array_append_new(items, o);
  }
  set(root, "items", items);
  json_t *res = json_array();
  for (size_t i = 0; i < d->resolutions.len; i++) {
    const mins_resolution *x = &VEC_AT(d->resolutions, mins_resolution, i);
    json_t *o = json_object();
    set(o, "item", str(x->item));
    set(o, "text", str(x->text));
    set(o, "outcome", json_string(mins_outcome_name(x->outcome)));
    set(o, "conditions", str(x->conditions));
    set(o, "line", uint_or_null(x->line));
    set(o, "column", uint_or_null(x->column));
    set(o, "formula", str(x->formula));
    json_array_append_new(res, o);
  }
  set(root, "resolutions", res);
  json_t *acts = json_array();
  for (size_t i = 0; i < d->actions.len; i++) {
    const mins_action *x = &VEC_AT(d->actions, mins_action, i);
    json_t *o = json_object();
    set(o, "number", str(x->number));
    set(o, "item", str(x->item));
    set(o, "text", str(x->text));
    set(o, "owner", str(x->owner));
    set(o, "due", str(x->due));
    set(o, "status", json_string(mins_status_name(x->status)));
    set(o, "line", uint_or_null(x->line));
    set(o, "column", uint_or_null(x->column));
    set(o, "due_text", str(x->due_text));
    set(o, "style", json_string(mins_action_style_name(x->style)));
    if (x->flags & MINS_ACTION_INFERRED)
      set(o, "inferred", json_true());
    json_t *ms = json_array();
    for (size_t k = 0; k < x->mention_count; k++) {
      const mins_mention *mm = &x->mentions[k];
      json_t *mo = json_object();
      set(mo, "item", str(mm->item));
      set(mo, "text", str(mm->text));
      set(mo, "line", uint_or_null(mm->line));
      set(mo, "column", uint_or_null(mm->column));
      json_array_append_new(ms, mo);
    }
    set(o, "mentions", ms);
    json_array_append_new(acts, o);
  }
  set(root, "actions", acts);
  json_t *revs = json_array();
  for (size_t i = 0; i < d->reviews.len; i++) {
    const mins_review *x = &VEC_AT(d->reviews, mins_review, i);
    json_t *o = json_object();
    set(o, "ref", str(x->ref));
    set(o, "ref_date", str(x->ref_date));
    set(o, "ref_number", str(x->ref_number));
    set(o, "status", json_string(mins_status_name(x->status)));
    set(o, "note", str(x->note));
    set(o, "text", str(x->text));
    set(o, "item", str(x->item));
    set(o, "line", uint_or_null(x->line));
    set(o, "via", json_string(x->origin == MINS_FROM_FRONT_MATTER
                                  ? "front_matter"
                                  : "prose"));
    json_array_append_new(revs, o);
  }
  set(root, "reviews", revs);
  if (d->extra_vals.len) {
    json_t *ex = json_object();
    for (size_t i = 0; i < d->extra_vals.len; i++)
      set(ex, VEC_AT(d->extra_keys, const char *, i),
          value(&VEC_AT(d->extra_vals, mins_value, i)));
    set(root, "extra", ex);
  }
  if (!(flags & MINS_JSON_NO_DIAGS)) {
    json_t *dg = json_array();
    for (size_t i = 0; i < d->diags.v.len; i++) {
      const mins_diag *g = &VEC_AT(d->diags.v, mins_diag, i);
      json_array_append_new(dg, mins__diag_json(d->name, g));
    }
    set(root, "diagnostics", dg);
  }
  return root;
}

typedef struct sink {
  mins_write_fn fn;
  void *payload;
  int failed;
} sink;

static int dump_cb(const char *buf, size_t size, void *data) {
  sink *s = data;
  if (s->fn(buf, size, s->payload) != 0) {
    s->failed = 1;
    return -1;
  }
  return 0;
}

int mins_doc_write_json(const mins_doc *d, unsigned flags, mins_write_fn write,
                        void *payload) {
  if (!d || !write)
    return MINS_EINVAL;
  json_t *root = build(d, flags);
  if (!root)
    return MINS_ENOMEM;
  sink s = {write, payload, 0};
  size_t jf = (flags & MINS_JSON_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT;
  int rc = json_dump_callback(root, dump_cb, &s, jf | JSON_PRESERVE_ORDER);
  json_decref(root);
  if (s.failed)
    return MINS_EIO;
  if (rc != 0)
    return MINS_ENOMEM;
  if ((flags & MINS_JSON_PRETTY) && write("\n", 1, payload) != 0)
    return MINS_EIO;
  return MINS_OK;
}
