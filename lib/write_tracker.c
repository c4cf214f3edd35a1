/* SPDX-License-Identifier: MIT */
/*
 * The tracker's JSON writer: a tracked action as one object, and a
 * selection of them with their committees and the tracker's diagnostics in
 * one "mins-actions/1" document, in the style of the mins/1 contract:
 * lowercase names, ISO dates, numbers as strings, null for what is not
 * known. What depends on the day it is asked ("overdue", "days_open") is
 * measured at the caller's as_of date. mins-actions(1) documents each name.
 */
#include <string.h>

#include <jansson.h>

#include "internal.h"
#include "tracker.h"

/* A JSON string, or null for NULL. File names need not be UTF-8: their bad
 * bytes become U+FFFD rather than losing the value. */
static json_t *jstr(const char *s) {
  if (!s)
    return json_null();
  json_t *j = json_string(s);
  if (j)
    return j;
  mins__arena a = {0};
  size_t len, nbad, first;
  char *ok = mins__utf8_repair(&a, s, strlen(s), &len, &nbad, &first);
  j = ok ? json_stringn(ok, len) : NULL;
  mins__arena_free(&a);
  return j ? j : json_null();
}

static json_t *jcount(long v) {
  return v < 0 ? json_null() : json_integer(v);
}

static void put(json_t *o, const char *k, json_t *v) {
  json_object_set_new(o, k, v ? v : json_null());
}

static json_t *event_json(const mins_event *e) {
  json_t *o = json_object();
  if (!o)
    return NULL;
  put(o, "date", jstr(e->date));
  put(o, "event", json_string(mins_event_kind_name(e->kind)));
  put(o, "status",
      e->kind == MINS_EVENT_MENTIONED
          ? json_null()
          : json_string(mins_status_name(e->status)));
  put(o, "via",
      e->kind != MINS_EVENT_REVIEWED        ? json_null()
      : e->origin == MINS_FROM_FRONT_MATTER ? json_string("front_matter")
                                            : json_string("prose"));
  put(o, "item", jstr(e->item));
  put(o, "text", jstr(e->text));
  put(o, "note", jstr(e->note));
  put(o, "file", jstr(e->file));
  put(o, "line", e->line ? json_integer(e->line) : json_null());
  return o;
}

/* Fill o (which may hold a "schema" already) with the action. */
static json_t *action_json(json_t *o, const mins_tracked *a,
                           const char *as_of) {
  if (!o)
    return NULL;
  int have_as_of = as_of && mins__track_day(as_of) != INT32_MIN;
  put(o, "id", jstr(a->id));
  put(o, "committee", jstr(a->committee));
  put(o, "committee_slug", jstr(a->slug));
  put(o, "meeting", jstr(a->date));
  put(o, "number", jstr(a->number));
  put(o, "position", a->position ? json_integer(a->position) : json_null());
  put(o, "item", jstr(a->item));
  put(o, "item_title", jstr(a->item_title));
  put(o, "text", jstr(a->text));
  put(o, "owner", jstr(a->owner));
  put(o, "due", jstr(a->due));
  put(o, "due_text", jstr(a->due_text));
  put(o, "status", json_string(mins_status_name(a->status)));
  put(o, "status_date", jstr(a->status_date));
  put(o, "closed", jstr(a->closed));
  put(o, "overdue",
      have_as_of ? json_boolean(mins_tracked_overdue(a, as_of)) : json_null());
  put(o, "late", json_boolean(a->flags & MINS_TRACKED_LATE));
  put(o, "lapsed", json_boolean(a->flags & MINS_TRACKED_LAPSED));
  put(o, "from_review", json_boolean(a->flags & MINS_TRACKED_FROM_REVIEW));
  put(o, "inferred", json_boolean(a->flags & MINS_TRACKED_INFERRED));
  put(o, "days_open", jcount(mins_tracked_days_open(a, as_of)));
  put(o, "meetings_carried", json_integer(a->meetings_carried));
  put(o, "meetings_silent", json_integer(a->meetings_silent));
  put(o, "last_mentioned", jstr(a->last_mentioned));
  put(o, "file", jstr(a->file));
  put(o, "line", a->line ? json_integer(a->line) : json_null());
  json_t *h = json_array();
  for (size_t i = 0; h && i < a->event_count; i++)
    json_array_append_new(h, event_json(&a->events[i]));
  put(o, "history", h);
  return o;
}

static int dump(json_t *root, unsigned flags, mins_write_fn write,
                void *payload) {
  if (!root)
    return MINS_ENOMEM;
  size_t jf = (flags & MINS_JSON_PRETTY) ? JSON_INDENT(2) : JSON_COMPACT;
  int rc = json_dump_callback(root, write, payload, jf | JSON_PRESERVE_ORDER);
  json_decref(root);
  if (rc != 0)
    return MINS_EIO;
  if ((flags & MINS_JSON_PRETTY) && write("\n", 1, payload) != 0)
    return MINS_EIO;
  return MINS_OK;
}

int mins_tracked_write_json(const mins_tracked *a, const char *as_of,
                            unsigned flags, mins_write_fn write,
                            void *payload) {
  if (!a || !write)
    return MINS_EINVAL;
  /* each line names its schema, as each mins/1 object does */
  json_t *o = json_object();
  if (o)
    put(o, "schema", json_string(MINS_ACTIONS_SCHEMA));
  return dump(action_json(o, a, as_of), flags, write, payload);
}

int mins_tracker_write_json(const mins_tracker *t, const size_t *sel, size_t n,
                            const char *as_of, unsigned flags,
                            mins_write_fn write, void *payload) {
  if (!t || !write)
    return MINS_EINVAL;
  json_t *root = json_object();
  if (!root)
    return MINS_ENOMEM;
  put(root, "schema", json_string(MINS_ACTIONS_SCHEMA));
  put(root, "as_of", jstr(as_of));
  json_t *cs = json_array();
  for (size_t i = 0; cs && i < mins_tracker_committee_count(t); i++) {
    const mins_committee *c = mins_tracker_committee(t, i);
    json_t *o = json_object();
    put(o, "name", jstr(c->name));
    put(o, "slug", jstr(c->slug));
    put(o, "meetings", json_integer((json_int_t)c->meeting_count));
    put(o, "first", jstr(c->first));
    put(o, "last", jstr(c->last));
    put(o, "actions", json_integer((json_int_t)c->action_count));
    json_array_append_new(cs, o);
  }
  put(root, "committees", cs);
  json_t *as = json_array();
  if (!sel)
    n = mins_tracker_action_count(t);
  for (size_t i = 0; as && i < n; i++)
    json_array_append_new(
        as, action_json(json_object(), mins_tracker_action(t, sel ? sel[i] : i),
                        as_of));
  put(root, "actions", as);
  if (!(flags & MINS_JSON_NO_DIAGS)) {
    json_t *ds = json_array();
    for (size_t i = 0; ds && i < mins_tracker_diag_count(t); i++) {
      const char *file;
      const mins_diag *g = mins_tracker_diag(t, i, &file);
      json_t *o = json_object();
      put(o, "file", jstr(file));
      put(o, "line", g->line ? json_integer(g->line) : json_null());
      put(o, "column", g->column ? json_integer(g->column) : json_null());
      put(o, "severity", json_string(mins_severity_name(g->severity)));
      put(o, "rule", json_string(g->rule));
      put(o, "message", jstr(g->message));
      json_array_append_new(ds, o);
    }
    put(root, "diagnostics", ds);
  }
  return dump(root, flags, write, payload);
}
