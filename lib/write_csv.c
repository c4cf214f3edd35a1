/* SPDX-License-Identifier: MIT */
/*
 * The CSV writer: one table per kind of record (meetings, people,
 * declarations, items, resolutions, actions, reviews), RFC 4180 (CRLF line
 * ends, a field quoted when it holds a comma, a quote or a line break, its
 * quotes doubled), UTF-8 without a byte-order mark, a header row written
 * apart so that many documents make one table. Every row starts with the
 * file, the meeting's date and its committee: a spreadsheet user filters
 * one table and needs no join. Unknown values are empty fields; flags are
 * "true" or empty, as a spreadsheet filters them best.
 */
#include <stdio.h>
#include <string.h>

#include "export.h"

static const char *const table_names[MINS_TABLE_COUNT] = {
    "meetings",    "people",  "declarations", "items",
    "resolutions", "actions", "reviews"};

/* The columns of each table, comma-separated: the header row. */
static const char *const headers[MINS_TABLE_COUNT] = {
    ("file,date,committee,title,time,end_time,location,chair,clerk,previous,"
     "present,in_attendance,apologies,absent,items,resolutions,actions,"
     "reviews"),
    "file,date,committee,list,name,title,honours,role,organisation,part,line",
    "file,date,committee,name,item,text,line",
    "file,date,committee,number,title,kind,exempt,line",
    "file,date,committee,item,outcome,conditions,text,line",
    ("file,date,committee,number,item,owner,due,due_text,status,style,"
     "inferred,text,mentions,line"),
    "file,date,committee,ref,ref_date,ref_number,status,note,via,item,line"};

const char *mins_table_name(mins_table t) {
  return (unsigned)t < MINS_TABLE_COUNT ? table_names[t] : NULL;
}

int mins_table_by_name(const char *name) {
  if (!name)
    return MINS_ENOTFOUND;
  size_t n = strlen(name);
  for (int t = 0; t < MINS_TABLE_COUNT; t++) {
    const char *tn = table_names[t];
    size_t k = strlen(tn);
    /* "actions" or "action"; "people" or "person" */
    if (mins__ieq(name, tn) ||
        (n + 1 == k && tn[n] == 's' && mins__istarts(tn, k, name)) ||
        (t == MINS_TABLE_PEOPLE && mins__ieq(name, "person")))
      return t;
  }
  return MINS_ENOTFOUND;
}

/* One field: quoted when RFC 4180 asks for it. */
static void field(mins__sink *o, const char *s, int first) {
  if (!first)
    mins__putc(o, ',');
  if (!s)
    return;
  if (!strpbrk(s, ",\"\r\n")) {
    mins__put_text(o, s, strlen(s));
    return;
  }
  mins__putc(o, '"');
  for (const char *p = s, *q; *p; p = q) {
    q = strchr(p, '"');
    q = q ? q + 1 : p + strlen(p);
    mins__put_text(o, p, (size_t)(q - p));
    if (q[-1] == '"')
      mins__putc(o, '"');
  }
  mins__putc(o, '"');
}

static void num(mins__sink *o, size_t v) {
  mins__putf(o, ",%zu", v);
}

static void line_no(mins__sink *o, unsigned v) {
  if (v)
    mins__putf(o, ",%u", v);
  else
    mins__putc(o, ',');
}

static void flag(mins__sink *o, int on) {
  field(o, on ? "true" : NULL, 0);
}

static void eol(mins__sink *o) {
  mins__put(o, "\r\n", 2);
}

/* The three columns every row starts with. */
static void lead(mins__sink *o, const mins_doc *d) {
  field(o, d->name, 1);
  field(o, d->meeting.date.value, 0);
  field(o, d->meeting.committee.value, 0);
}

static void meetings(mins__sink *o, const mins_doc *d) {
  const mins_meeting *m = &d->meeting;
  lead(o, d);
  const mins_field *f[] = {&m->title, &m->time,  &m->end_time, &m->location,
                           &m->chair, &m->clerk, &m->previous};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
    field(o, f[i]->value, 0);
  for (int l = 0; l < MINS_LIST_COUNT; l++)
    num(o, d->people[l].len);
  num(o, d->items.len);
  num(o, d->resolutions.len);
  num(o, d->actions.len);
  num(o, d->reviews.len);
  eol(o);
}

static void people(mins__sink *o, const mins_doc *d) {
  for (int l = 0; l < MINS_LIST_COUNT; l++)
    for (size_t i = 0; i < d->people[l].len; i++) {
      const mins_person *p = &VEC_AT(d->people[l], mins_person, i);
      lead(o, d);
      field(o, mins_list_name((mins_list)l), 0);
      field(o, p->name, 0);
      field(o, p->title, 0);
      field(o, p->honours, 0);
      field(o, p->role, 0);
      field(o, p->organisation, 0);
      flag(o, p->flags & MINS_PERSON_PART);
      line_no(o, p->line);
      eol(o);
    }
}

static void declarations(mins__sink *o, const mins_doc *d) {
  for (size_t i = 0; i < d->decls.len; i++) {
    const mins_declaration *x = &VEC_AT(d->decls, mins_declaration, i);
    lead(o, d);
    field(o, x->name, 0);
    field(o, x->item, 0);
    field(o, x->text, 0);
    line_no(o, x->line);
    eol(o);
  }
}

static void items(mins__sink *o, const mins_doc *d) {
  for (size_t i = 0; i < d->items.len; i++) {
    const mins_item *x = &VEC_AT(d->items, mins_item, i);
    lead(o, d);
    field(o, x->number, 0);
    field(o, x->title, 0);
    field(o, mins_item_kind_name(x->kind), 0);
    flag(o, x->flags & MINS_ITEM_EXEMPT);
    line_no(o, x->line);
    eol(o);
  }
}

static void resolutions(mins__sink *o, const mins_doc *d) {
  for (size_t i = 0; i < d->resolutions.len; i++) {
    const mins_resolution *x = &VEC_AT(d->resolutions, mins_resolution, i);
    lead(o, d);
    field(o, x->item, 0);
    field(o, mins_outcome_name(x->outcome), 0);
    field(o, x->conditions, 0);
    field(o, x->text, 0);
    line_no(o, x->line);
    eol(o);
  }
}

static void actions(mins__sink *o, const mins_doc *d) {
  for (size_t i = 0; i < d->actions.len; i++) {
    const mins_action *x = &VEC_AT(d->actions, mins_action, i);
    lead(o, d);
    field(o, x->number, 0);
    field(o, x->item, 0);
    field(o, x->owner, 0);
    field(o, x->due, 0);
    field(o, x->due_text, 0);
    field(o, mins_status_name(x->status), 0);
    field(o, mins_action_style_name(x->style), 0);
    flag(o, x->flags & MINS_ACTION_INFERRED);
    field(o, x->text, 0);
    num(o, x->mention_count);
    line_no(o, x->line);
    eol(o);
  }
}

static void reviews(mins__sink *o, const mins_doc *d) {
  for (size_t i = 0; i < d->reviews.len; i++) {
    const mins_review *x = &VEC_AT(d->reviews, mins_review, i);
    lead(o, d);
    field(o, x->ref, 0);
    field(o, x->ref_date, 0);
    field(o, x->ref_number, 0);
    field(o, mins_status_name(x->status), 0);
    field(o, x->note, 0);
    field(o, x->origin == MINS_FROM_FRONT_MATTER ? "front_matter" : "prose", 0);
    field(o, x->item, 0);
    line_no(o, x->line);
    eol(o);
  }
}

int mins_csv_write_header(mins_table t, mins_write_fn write, void *payload) {
  if ((unsigned)t >= MINS_TABLE_COUNT || !write)
    return MINS_EINVAL;
  mins__sink o;
  mins__sink_init(&o, write, payload);
  mins__puts(&o, headers[t]);
  eol(&o);
  return mins__sink_end(&o);
}

int mins_doc_write_csv(const mins_doc *d, mins_table t, mins_write_fn write,
                       void *payload) {
  static void (*const rows[MINS_TABLE_COUNT])(mins__sink *,
                                              const mins_doc *) = {
      meetings, people, declarations, items, resolutions, actions, reviews};
  if (!d || (unsigned)t >= MINS_TABLE_COUNT || !write)
    return MINS_EINVAL;
  mins__sink o;
  mins__sink_init(&o, write, payload);
  rows[t](&o, d);
  return mins__sink_end(&o);
}
