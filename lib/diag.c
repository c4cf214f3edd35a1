/* SPDX-License-Identifier: MIT */
/*
 * The table of every diagnostic the library can report, with its stable id,
 * default severity and family, and the helpers that add a diagnostic to a
 * list. mins(5) documents each row; a test keeps the two in step.
 */
#include <stdarg.h>
#include <string.h>
#include <threads.h>

#include "internal.h"

static const mins_rule_info rules[] = {
    /* input: reported by every parse */
    {"input-binary", MINS_ERROR, "input",
     "the file has a NUL byte: not text, not read", 0},
    {"input-too-big", MINS_ERROR, "input",
     "the file is larger than the parser accepts", 0},
    {"input-empty", MINS_ERROR, "input", "the file is empty", 0},
    {"input-utf8", MINS_ERROR, "input", "invalid UTF-8, replaced by U+FFFD", 0},
    {"input-too-deep", MINS_ERROR, "input",
     "Markdown nesting deeper than the parser follows", 0},
    {"pattern-bad", MINS_ERROR, "input",
     "a pattern file line that cannot be used", 0},
    {"pattern-limit", MINS_WARNING, "input",
     "a pattern hit its match limit on a paragraph", 0},
    /* front matter: reported by every parse */
    {"fm-unclosed", MINS_ERROR, "front-matter",
     "front matter opened with --- and never closed", 0},
    {"fm-yaml", MINS_ERROR, "front-matter", "front matter is not valid YAML",
     0},
    {"fm-not-mapping", MINS_ERROR, "front-matter",
     "front matter is not a mapping of keys", 0},
    {"fm-alias", MINS_ERROR, "front-matter",
     "YAML anchors and aliases are not read", 0},
    {"fm-too-deep", MINS_ERROR, "front-matter",
     "front matter nested deeper than the parser follows", 0},
    {"fm-type", MINS_ERROR, "front-matter",
     "a front matter value has the wrong type", 0},
    {"fm-bad-date", MINS_ERROR, "front-matter", "a date that does not parse",
     0},
    {"fm-bad-time", MINS_ERROR, "front-matter", "a time that does not parse",
     0},
    {"fm-bad-status", MINS_ERROR, "front-matter",
     "an action status other than done, ongoing or dropped", 0},
    {"fm-duplicate-key", MINS_WARNING, "front-matter",
     "a key given twice; the last one is used", 0},
    /* actions: reported by every parse, as the text is read */
    {"action-scar", MINS_WARNING, "actions",
     "an action marker mangled by a PDF conversion ($\\frac{6}{6}$)", 0},
    {"meeting-date-order", MINS_WARNING, "meeting",
     "a date such as 3/12/2025 that may put the day or the month first", 0},
    /* configuration: reported when a rule configuration is read */
    {"config-bad", MINS_ERROR, "input",
     "a configuration line that cannot be used", 0},
    /* checks: reported by mins_doc_check only (lib/check.c) */
    {"fm-missing", MINS_NOTE, "front-matter",
     "no front matter: the meeting is read from the text alone", 1},
    {"fm-unknown-key", MINS_NOTE, "front-matter",
     "a front matter key mins does not read (kept for exports)", 1},
    {"fm-key-typo", MINS_WARNING, "front-matter",
     "a front matter key that looks like a misspelt known key", 1},
    {"meeting-no-committee", MINS_WARNING, "meeting",
     "the committee is stated nowhere", 1},
    {"meeting-no-date", MINS_WARNING, "meeting",
     "the date of the meeting is stated nowhere", 1},
    {"meeting-date-mismatch", MINS_ERROR, "meeting",
     "the front matter's date and the body's date differ", 1},
    {"meeting-weekday", MINS_ERROR, "meeting",
     "a weekday that does not match the date written with it", 1},
    {"item-number-order", MINS_ERROR, "items",
     "an item numbered lower than the item before it", 1},
    {"item-number-gap", MINS_WARNING, "items", "an item number skipped", 1},
    {"item-number-repeat", MINS_ERROR, "items", "an item number used twice", 1},
    {"item-heading-level", MINS_WARNING, "items",
     "an item heading at another level than the other items'", 1},
    {"item-empty", MINS_WARNING, "items", "an item with no text at all", 1},
    {"people-present-and-absent", MINS_ERROR, "people",
     "someone listed as present and as sending apologies or absent", 1},
    {"people-duplicate", MINS_WARNING, "people", "the same person listed twice",
     1},
    {"people-spelling", MINS_WARNING, "people",
     "one name spelled two ways in one file", 1},
    {"people-chair-absent", MINS_WARNING, "people",
     "a chair who is not among those present", 1},
    {"people-quorum", MINS_ERROR, "people",
     "fewer members present than the quorum", 1},
    {"people-owner-absent", MINS_WARNING, "people",
     "an action owner who is neither present nor an officer", 1},
    {"people-declarant-absent", MINS_WARNING, "people",
     "a declarant who is neither present nor an officer", 1},
    {"resolution-missing", MINS_WARNING, "resolutions",
     "an item that calls for a decision (minutes, a strategy) with none", 1},
    {"resolution-no-outcome", MINS_NOTE, "resolutions",
     "an item with discussion but no outcome, where most items have one", 1},
    {"resolution-unreadable", MINS_WARNING, "resolutions",
     "a paragraph that starts like a resolution but cannot be read as one", 1},
    {"resolution-slip", MINS_WARNING, "resolutions",
     "a slip in a resolution's formula ('the updated be noted')", 1},
    {"resolution-style", MINS_WARNING, "resolutions",
     "a resolution formula other than the house style", 1},
    {"action-number-gap", MINS_WARNING, "actions", "an action number skipped",
     1},
    {"action-number-order", MINS_WARNING, "actions",
     "an action number first used out of order", 1},
    {"action-number-reuse", MINS_WARNING, "actions",
     "an action number used again for different work", 1},
    {"action-no-owner", MINS_WARNING, "actions", "an action with no owner", 1},
    {"action-no-due", MINS_NOTE, "actions", "an action with no due date", 1},
    {"action-glued", MINS_WARNING, "actions",
     "an action marker glued to the word before it: meeting(1)", 1},
    {"text-html", MINS_WARNING, "text", "HTML left by a conversion", 1},
    {"text-placeholder", MINS_WARNING, "text",
     "a placeholder left in the text: TBC, XXX, [name]", 1},
    {"text-unbalanced", MINS_WARNING, "text",
     "an unbalanced bracket or emphasis marker", 1},
};

size_t mins_rule_count(void) {
  return sizeof(rules) / sizeof(rules[0]);
}

const mins_rule_info *mins_rule_at(size_t i) {
  return i < mins_rule_count() ? &rules[i] : NULL;
}

/* The table's ids by hash, made once for the process (call_once: parsers
 * may run in threads): every diagnostic, and every check that asks whether
 * its rule is on, looks its id up, and a walk of the table read a third of
 * it on average. Open addressing, a slot holding an index + 1. */
#define BY_HASH 256
static unsigned char by_hash[BY_HASH];
static once_flag by_hash_once = ONCE_FLAG_INIT;

static unsigned id_hash(const char *s) {
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h ^ (h >> 16);
}

static void by_hash_init(void) {
  _Static_assert(sizeof rules / sizeof rules[0] < BY_HASH / 2,
                 "the rule table outgrew its hash");
  for (size_t i = 0; i < mins_rule_count(); i++) {
    unsigned h = id_hash(rules[i].id) % BY_HASH;
    while (by_hash[h])
      h = (h + 1) % BY_HASH;
    by_hash[h] = (unsigned char)(i + 1);
  }
}

const mins_rule_info *mins_rule_find(const char *id) {
  if (!id)
    return NULL;
  call_once(&by_hash_once, by_hash_init);
  for (unsigned h = id_hash(id) % BY_HASH; by_hash[h]; h = (h + 1) % BY_HASH) {
    /* most ids asked about are the table's own (a diagnostic's rule) or
     * the same literal (the linker merges equal strings) */
    const mins_rule_info *r = &rules[by_hash[h] - 1];
    if (r->id == id || strcmp(r->id, id) == 0)
      return r;
  }
  return NULL;
}

const char *mins_severity_name(mins_severity s) {
  switch (s) {
  case MINS_NOTE:
    return "note";
  case MINS_WARNING:
    return "warning";
  case MINS_ERROR:
    return "error";
  }
  return "error";
}

void mins__vdiag(mins__arena *a, mins__diags *d, const char *rule,
                 unsigned line, unsigned col, const char *hint, const char *fmt,
                 va_list ap) {
  mins_diag *g = VEC_PUSH(a, &d->v, mins_diag);
  if (!g)
    return;
  const mins_rule_info *r = mins_rule_find(rule);
  g->rule = r ? r->id : mins__strdup(a, rule);
  g->severity = r ? r->severity : MINS_ERROR;
  g->line = line;
  g->column = col;
  g->hint = hint ? mins__strdup(a, hint) : NULL;
  g->message = mins__vprintf(a, fmt, ap);
  if (!g->message)
    g->message = "";
}

void mins__diag(mins__arena *a, mins__diags *d, const char *rule, unsigned line,
                unsigned col, const char *hint, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  mins__vdiag(a, d, rule, line, col, hint, fmt, ap);
  va_end(ap);
}
