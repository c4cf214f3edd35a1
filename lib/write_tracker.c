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

#include "internal.h"
#include "jw.h"
#include "tracker.h"

static void event(jw *w, const mins_event *e) {
  open_(w, '{');
  kstr(w, "date", e->date);
  kstr(w, "event", mins_event_kind_name(e->kind));
  kstr(w, "status",
       e->kind == MINS_EVENT_MENTIONED ? NULL : mins_status_name(e->status));
  kstr(w, "via",
       e->kind != MINS_EVENT_REVIEWED        ? NULL
       : e->origin == MINS_FROM_FRONT_MATTER ? "front_matter"
                                             : "prose");
  kstr(w, "item", e->item);
  kstr(w, "text", e->text);
  kstr(w, "note", e->note);
  kstr(w, "file", e->file);
  kuint(w, "line", e->line);
  close_(w, '}');
}

/* One action, streamed: these were jansson objects dumped one by one, and
 * building and freeing them cost as much as parsing the meetings. The
 * bytes are the same: jw writes jansson's layout, and raw_fffd (set by the
 * callers) stands for the repair mins__jansson_str made. */
static void action(jw *w, const mins_tracked *a, const char *as_of,
                   int schema) {
  int have_as_of = as_of && mins__track_day(as_of) != INT32_MIN;
  open_(w, '{');
  if (schema) /* each line names its schema, as each mins/1 object does */
    kstr(w, "schema", MINS_ACTIONS_SCHEMA);
  kstr(w, "id", a->id);
  kstr(w, "committee", a->committee);
  kstr(w, "committee_slug", a->slug);
  kstr(w, "meeting", a->date);
  kstr(w, "number", a->number);
  kuint(w, "position", a->position);
  kstr(w, "item", a->item);
  kstr(w, "item_title", a->item_title);
  kstr(w, "text", a->text);
  kstr(w, "owner", a->owner);
  kstr(w, "due", a->due);
  kstr(w, "due_text", a->due_text);
  kstr(w, "status", mins_status_name(a->status));
  kstr(w, "status_date", a->status_date);
  kstr(w, "closed", a->closed);
  if (have_as_of)
    kbool(w, "overdue", mins_tracked_overdue(a, as_of));
  else
    kstr(w, "overdue", NULL);
  kbool(w, "late", a->flags & MINS_TRACKED_LATE);
  kbool(w, "lapsed", a->flags & MINS_TRACKED_LAPSED);
  kbool(w, "from_review", a->flags & MINS_TRACKED_FROM_REVIEW);
  kbool(w, "inferred", a->flags & MINS_TRACKED_INFERRED);
  long days = mins_tracked_days_open(a, as_of);
  if (days < 0)
    kstr(w, "days_open", NULL);
  else
    kcount(w, "days_open", (unsigned long long)days);
  kcount(w, "meetings_carried", a->meetings_carried);
  kcount(w, "meetings_silent", a->meetings_silent);
  kstr(w, "last_mentioned", a->last_mentioned);
  kstr(w, "file", a->file);
  kuint(w, "line", a->line);
  key(w, "history");
  open_(w, '[');
  for (size_t i = 0; i < a->event_count; i++) {
    next(w);
    event(w, &a->events[i]);
  }
  close_(w, ']');
  close_(w, '}');
}

int mins_tracked_write_json(const mins_tracked *a, const char *as_of,
                            unsigned flags, mins_write_fn write,
                            void *payload) {
  if (!a || !write)
    return MINS_EINVAL;
  jw w;
  jw_init(&w, (flags & MINS_JSON_PRETTY) != 0, write, payload);
  w.raw_fffd = 1;
  action(&w, a, as_of, 1);
  if (w.pretty)
    putc_(&w, '\n');
  return jw_finish(&w);
}

static void committee(jw *w, const mins_committee *c) {
  open_(w, '{');
  kstr(w, "name", c->name);
  kstr(w, "slug", c->slug);
  kcount(w, "meetings", c->meeting_count);
  kstr(w, "first", c->first);
  kstr(w, "last", c->last);
  kcount(w, "actions", c->action_count);
  close_(w, '}');
}

/* The envelope streamed member by member, through jw's buffer, so that it
 * is never held whole in memory. */
int mins_tracker_write_json(const mins_tracker *t, const size_t *sel, size_t n,
                            const char *as_of, unsigned flags,
                            mins_write_fn write, void *payload) {
  if (!t || !write)
    return MINS_EINVAL;
  jw w;
  jw_init(&w, (flags & MINS_JSON_PRETTY) != 0, write, payload);
  w.raw_fffd = 1;
  open_(&w, '{');
  kstr(&w, "schema", MINS_ACTIONS_SCHEMA);
  kstr(&w, "as_of", as_of);
  key(&w, "committees");
  open_(&w, '[');
  for (size_t i = 0; i < mins_tracker_committee_count(t); i++) {
    next(&w);
    committee(&w, mins_tracker_committee(t, i));
  }
  close_(&w, ']');
  key(&w, "actions");
  open_(&w, '[');
  if (!sel)
    n = mins_tracker_action_count(t);
  for (size_t i = 0; i < n && !w.failed; i++) {
    next(&w);
    action(&w, mins_tracker_action(t, sel ? sel[i] : i), as_of, 0);
  }
  close_(&w, ']');
  if (!(flags & MINS_JSON_NO_DIAGS)) {
    key(&w, "diagnostics");
    open_(&w, '[');
    for (size_t i = 0; i < mins_tracker_diag_count(t); i++) {
      const char *file;
      const mins_diag *g = mins_tracker_diag(t, i, &file);
      next(&w);
      diag(&w, file, g, 0);
    }
    close_(&w, ']');
  }
  close_(&w, '}');
  if (w.pretty)
    putc_(&w, '\n');
  return jw_finish(&w);
}
