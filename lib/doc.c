/* SPDX-License-Identifier: MIT */
/*
 * The document handle: accessors over the records a parse produced, the
 * names of the enumerations used in output, and freeing. Every record and
 * string lives in the document's arena.
 */
#include <stdlib.h>

#include "internal.h"

void mins_doc_free(mins_doc *d) {
  if (!d)
    return;
  mins__arena_free(&d->arena);
  free(d);
}

const char *mins_doc_name(const mins_doc *d) {
  return d ? d->name : NULL;
}

const char *mins_doc_source(const mins_doc *d, size_t *len) {
  if (len)
    *len = d ? d->len : 0;
  return d ? d->src : NULL;
}

unsigned mins_doc_body_line(const mins_doc *d) {
  return d ? d->body_line : 0;
}

size_t mins_doc_body_offset(const mins_doc *d) {
  return d ? d->body_off : 0;
}

int mins_doc_has_front_matter(const mins_doc *d) {
  return d ? d->has_fm : 0;
}

const mins_meeting *mins_doc_meeting(const mins_doc *d) {
  return d ? &d->meeting : NULL;
}

#define ACCESSORS(noun, type, vec)                                             \
  size_t mins_doc_##noun##_count(const mins_doc *d) {                          \
    return d ? d->vec.len : 0;                                                 \
  }                                                                            \
  const type *mins_doc_##noun(const mins_doc *d, size_t i) {                   \
    if (!d || i >= d->vec.len)                                                 \
      return NULL;                                                             \
    return &VEC_AT(d->vec, type, i);                                           \
  }

ACCESSORS(item, mins_item, items)
ACCESSORS(resolution, mins_resolution, resolutions)
ACCESSORS(action, mins_action, actions)
ACCESSORS(review, mins_review, reviews)
ACCESSORS(declaration, mins_declaration, decls)
ACCESSORS(diag, mins_diag, diags.v)

size_t mins_doc_person_count(const mins_doc *d, mins_list l) {
  if (!d || (unsigned)l >= MINS_LIST_COUNT)
    return 0;
  return d->people[l].len;
}

const mins_person *mins_doc_person(const mins_doc *d, mins_list l, size_t i) {
  if (!d || (unsigned)l >= MINS_LIST_COUNT || i >= d->people[l].len)
    return NULL;
  return &VEC_AT(d->people[l], mins_person, i);
}

int mins_doc_declarations_none(const mins_doc *d, unsigned *line) {
  if (line)
    *line = d ? d->decl_none_line : 0;
  return d ? d->decl_none : 0;
}

size_t mins_doc_extra_count(const mins_doc *d) {
  return d ? d->extra_vals.len : 0;
}

const mins_value *mins_doc_extra(const mins_doc *d, size_t i,
                                 const char **key) {
  if (!d || i >= d->extra_vals.len) {
    if (key)
      *key = NULL;
    return NULL;
  }
  if (key)
    *key = VEC_AT(d->extra_keys, const char *, i);
  return &VEC_AT(d->extra_vals, mins_value, i);
}

const char *mins_list_name(mins_list l) {
  static const char *const n[] = {"present", "in_attendance", "apologies",
                                  "absent"};
  return (unsigned)l < MINS_LIST_COUNT ? n[l] : "present";
}

const char *mins_item_kind_name(mins_item_kind k) {
  static const char *const n[] = {"other",        "apologies",
                                  "declarations", "minutes",
                                  "actions",      "aob",
                                  "next_meeting", "attendance",
                                  "procedural"};
  return (unsigned)k < sizeof n / sizeof n[0] ? n[k] : "other";
}

const char *mins_outcome_name(mins_outcome o) {
  static const char *const n[] = {"noted",    "agreed",   "approved",
                                  "endorsed", "deferred", "rejected",
                                  "other"};
  return (unsigned)o < sizeof n / sizeof n[0] ? n[o] : "other";
}

const char *mins_status_name(mins_status s) {
  static const char *const n[] = {"open", "done", "ongoing", "dropped"};
  return (unsigned)s < sizeof n / sizeof n[0] ? n[s] : "open";
}

const char *mins_action_style_name(mins_action_style s) {
  static const char *const n[] = {"marker", "label", "list", "task",
                                  "sentence"};
  return (unsigned)s < sizeof n / sizeof n[0] ? n[s] : "marker";
}
