/* SPDX-License-Identifier: MIT */
/*
 * The tracker's JSON writer: a tracked action as one object, and a
 * selection of them with their committees and the tracker's diagnostics in
 * one "mins-actions/1" document, in the style of the mins/1 contract:
 * lowercase names, ISO dates, numbers as strings, null for what is not
 * known. What depends on the day it is asked ("overdue", "days_open") is
 * measured at the caller's as_of date. mins-actions(1) documents each name.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "internal.h"
#include "tracker.h"

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
  put(o, "date", mins__jansson_str(e->date));
  put(o, "event", json_string(mins_event_kind_name(e->kind)));
  put(o, "status",
      e->kind == MINS_EVENT_MENTIONED
          ? json_null()
          : json_string(mins_status_name(e->status)));
  put(o, "via",
      e->kind != MINS_EVENT_REVIEWED        ? json_null()
      : e->origin == MINS_FROM_FRONT_MATTER ? json_string("front_matter")
                                            : json_string("prose"));
  put(o, "item", mins__jansson_str(e->item));
  put(o, "text", mins__jansson_str(e->text));
  put(o, "note", mins__jansson_str(e->note));
  put(o, "file", mins__jansson_str(e->file));
  put(o, "line", e->line ? json_integer(e->line) : json_null());
  return o;
}

/* Fill o (which may hold a "schema" already) with the action. */
static json_t *action_json(json_t *o, const mins_tracked *a,
                           const char *as_of) {
  if (!o)
    return NULL;
  int have_as_of = as_of && mins__track_day(as_of) != INT32_MIN;
  put(o, "id", mins__jansson_str(a->id));
  put(o, "committee", mins__jansson_str(a->committee));
  put(o, "committee_slug", mins__jansson_str(a->slug));
  put(o, "meeting", mins__jansson_str(a->date));
  put(o, "number", mins__jansson_str(a->number));
  put(o, "position", a->position ? json_integer(a->position) : json_null());
  put(o, "item", mins__jansson_str(a->item));
  put(o, "item_title", mins__jansson_str(a->item_title));
  put(o, "text", mins__jansson_str(a->text));
  put(o, "owner", mins__jansson_str(a->owner));
  put(o, "due", mins__jansson_str(a->due));
  put(o, "due_text", mins__jansson_str(a->due_text));
  put(o, "status", json_string(mins_status_name(a->status)));
  put(o, "status_date", mins__jansson_str(a->status_date));
  put(o, "closed", mins__jansson_str(a->closed));
  put(o, "overdue",
      have_as_of ? json_boolean(mins_tracked_overdue(a, as_of)) : json_null());
  put(o, "late", json_boolean(a->flags & MINS_TRACKED_LATE));
  put(o, "lapsed", json_boolean(a->flags & MINS_TRACKED_LAPSED));
  put(o, "from_review", json_boolean(a->flags & MINS_TRACKED_FROM_REVIEW));
  put(o, "inferred", json_boolean(a->flags & MINS_TRACKED_INFERRED));
  put(o, "days_open", jcount(mins_tracked_days_open(a, as_of)));
  put(o, "meetings_carried", json_integer(a->meetings_carried));
  put(o, "meetings_silent", json_integer(a->meetings_silent));
  put(o, "last_mentioned", mins__jansson_str(a->last_mentioned));
  put(o, "file", mins__jansson_str(a->file));
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

/* Writes through to the caller, indenting every line after the first by
 * `indent` spaces: pretty objects dumped alone sit inside the envelope. */
typedef struct nested {
  mins_write_fn write;
  void *payload;
  int indent;
  int failed;
} nested;

static int nested_write(const char *data, size_t len, void *p) {
  nested *n = p;
  static const char spaces[] = "        ";
  size_t from = 0;
  for (size_t i = 0; i < len && !n->failed; i++) {
    if (data[i] != '\n')
      continue;
    if (n->write(data + from, i + 1 - from, n->payload) != 0 ||
        n->write(spaces, (size_t)n->indent, n->payload) != 0)
      n->failed = 1;
    from = i + 1;
  }
  if (!n->failed && from < len &&
      n->write(data + from, len - from, n->payload) != 0)
    n->failed = 1;
  return n->failed ? -1 : 0;
}

/* One member of the envelope: "name": value, the value dumped on its own
 * (and freed) so that the envelope is never held whole in memory. */
static int member(nested *n, int first, const char *name, json_t *v,
                  unsigned flags) {
  int pretty = (flags & MINS_JSON_PRETTY) != 0;
  if (!v)
    return MINS_ENOMEM;
  char head[64];
  snprintf(head, sizeof head, "%s%s\"%s\":%s", first ? "" : ",",
           pretty ? "\n  " : "", name, pretty ? " " : "");
  size_t jf = pretty ? JSON_INDENT(2) : JSON_COMPACT;
  int rc = n->write(head, strlen(head), n->payload) != 0
               ? -1
               : json_dump_callback(v, nested_write, n,
                                    jf | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
  json_decref(v);
  return rc || n->failed ? MINS_EIO : MINS_OK;
}

static json_t *committees_json(const mins_tracker *t) {
  json_t *cs = json_array();
  for (size_t i = 0; cs && i < mins_tracker_committee_count(t); i++) {
    const mins_committee *c = mins_tracker_committee(t, i);
    json_t *o = json_object();
    put(o, "name", mins__jansson_str(c->name));
    put(o, "slug", mins__jansson_str(c->slug));
    put(o, "meetings", json_integer((json_int_t)c->meeting_count));
    put(o, "first", mins__jansson_str(c->first));
    put(o, "last", mins__jansson_str(c->last));
    put(o, "actions", json_integer((json_int_t)c->action_count));
    json_array_append_new(cs, o);
  }
  return cs;
}

static json_t *diagnostics_json(const mins_tracker *t) {
  json_t *ds = json_array();
  for (size_t i = 0; ds && i < mins_tracker_diag_count(t); i++) {
    const char *file;
    const mins_diag *g = mins_tracker_diag(t, i, &file);
    json_t *o = json_object();
    put(o, "file", mins__jansson_str(file));
    put(o, "line", g->line ? json_integer(g->line) : json_null());
    put(o, "column", g->column ? json_integer(g->column) : json_null());
    put(o, "severity", json_string(mins_severity_name(g->severity)));
    put(o, "rule", json_string(g->rule));
    put(o, "message", mins__jansson_str(g->message));
    json_array_append_new(ds, o);
  }
  return ds;
}

int mins_tracker_write_json(const mins_tracker *t, const size_t *sel, size_t n,
                            const char *as_of, unsigned flags,
                            mins_write_fn write, void *payload) {
  if (!t || !write)
    return MINS_EINVAL;
  int pretty = (flags & MINS_JSON_PRETTY) != 0;
  nested out = {write, payload, pretty ? 2 : 0, 0};
  int rc = write("{", 1, payload) != 0 ? MINS_EIO : MINS_OK;
  if (!rc)
    rc = member(&out, 1, "schema", json_string(MINS_ACTIONS_SCHEMA), flags);
  if (!rc)
    rc = member(&out, 0, "as_of", mins__jansson_str(as_of), flags);
  if (!rc)
    rc = member(&out, 0, "committees", committees_json(t), flags);
  /* the actions one by one, inside the array's brackets */
  const char *open = pretty ? ",\n  \"actions\": [" : ",\"actions\":[";
  if (!rc && write(open, strlen(open), payload) != 0)
    rc = MINS_EIO;
  if (!sel)
    n = mins_tracker_action_count(t);
  out.indent = pretty ? 4 : 0;
  for (size_t i = 0; !rc && i < n; i++) {
    const char *sep = i ? (pretty ? ",\n    " : ",") : (pretty ? "\n    " : "");
    json_t *o = action_json(json_object(),
                            mins_tracker_action(t, sel ? sel[i] : i), as_of);
    if (write(sep, strlen(sep), payload) != 0)
      rc = MINS_EIO;
    else if (!o)
      rc = MINS_ENOMEM;
    else if (json_dump_callback(o, nested_write, &out,
                                (pretty ? JSON_INDENT(2) : JSON_COMPACT) |
                                    JSON_PRESERVE_ORDER) != 0 ||
             out.failed)
      rc = MINS_EIO;
    json_decref(o);
  }
  out.indent = pretty ? 2 : 0;
  const char *close = pretty && n ? "\n  ]" : "]";
  if (!rc && write(close, strlen(close), payload) != 0)
    rc = MINS_EIO;
  if (!rc && !(flags & MINS_JSON_NO_DIAGS))
    rc = member(&out, 0, "diagnostics", diagnostics_json(t), flags);
  const char *end = pretty ? "\n}\n" : "}";
  if (!rc && write(end, strlen(end), payload) != 0)
    rc = MINS_EIO;
  return rc;
}
