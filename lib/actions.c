/* SPDX-License-Identifier: MIT */
/*
 * Actions and reviews of earlier actions. An action is a number in brackets
 * closing a sentence ("report back (3).", glued "meeting(1)", or the
 * conversion scars "( $\frac{6}{6}$ )"), numbered in order of first use; a
 * number used again is a further mention. Also "ACTION:" labels, entries
 * under an "Action items" heading ("Tim: invite the Fellows"), "- [ ]"
 * tasks, and, in minutes that mark none of these, sentences that give
 * someone future work ("The Clerk agreed to chase it up"), flagged as
 * inferred. Owners and due dates come from the front matter or the
 * sentence. In an "Outstanding actions" or "Matters arising" item,
 * "Action 3 (26 February 2019) – ...: Completed." reviews an earlier
 * meeting's action, and so does an entry with no label that closes on a
 * status ("Church Lane pothole: repaired. Completed."), known by its words.
 */
#include <string.h>

#include "internal.h"

/* ---- owners and due dates -------------------------------------------- */

static int stop_owner(const char *s, size_t n) {
  /* pronouns, bodies as a whole, words that open a sentence without
   * naming anyone ("Perhaps to do with ..."), and a decision's word
   * opening one ("Deferred to the August meeting") */
  static const char *const stop[] = {"It",
                                     "This",
                                     "That",
                                     "There",
                                     "He",
                                     "She",
                                     "They",
                                     "We",
                                     "I",
                                     "You",
                                     "Members",
                                     "Group",
                                     "Committee",
                                     "Council",
                                     "Board",
                                     "Panel",
                                     "All",
                                     "Everyone",
                                     "Chairman asked",
                                     "Update",
                                     "An update",
                                     "Officers",
                                     "Partnership",
                                     "Meeting",
                                     "Minutes",
                                     "Item",
                                     "Report",
                                     "Perhaps",
                                     "Maybe",
                                     "Also",
                                     "However",
                                     "Then",
                                     "Therefore",
                                     "Thus",
                                     "Hopefully",
                                     "Ideally",
                                     "Now",
                                     "Still",
                                     "Next",
                                     "First",
                                     "Second",
                                     "Finally",
                                     "Please",
                                     "Need",
                                     "Needs",
                                     "Plan",
                                     "Plans",
                                     "Time",
                                     "Decision",
                                     "Proposal",
                                     "Agreed",
                                     "Note",
                                     "Question",
                                     "Nothing",
                                     "Something",
                                     "Someone",
                                     "Somebody",
                                     "Anyone",
                                     "Anybody",
                                     "Nobody",
                                     "Everybody",
                                     "Going",
                                     "Trying",
                                     "Important",
                                     "Difficult",
                                     "Easy",
                                     "Hard",
                                     "Good",
                                     "Better",
                                     "Best",
                                     "Action",
                                     "Actions",
                                     "Work",
                                     "Yes",
                                     "No",
                                     "Ok",
                                     "OK",
                                     "Okay",
                                     "Who",
                                     "What",
                                     "How",
                                     "Why",
                                     "When",
                                     "Where",
                                     "Which",
                                     "Discussion",
                                     "Agenda",
                                     "Review",
                                     "Task",
                                     "Tasks",
                                     "Issue",
                                     "Issues",
                                     "Deferred",
                                     "Postponed",
                                     "Adjourned",
                                     "Referred",
                                     "Carried",
                                     "Resolved",
                                     "Noted",
                                     "Proposed",
                                     "Seconded",
                                     "Moved",
                                     NULL};
  for (int k = 0; stop[k]; k++)
    if (mins__nieq(s, n, stop[k]))
      return 1;
  return 0;
}

/* Could o, which stands at offset os of t, own work: a person, a post
 * or a group at the start of its clause? Not a word no owner is
 * (stop_owner), not words with a sentence's small words ("Long term
 * item"), not an agenda's nouns ("Next week's discussion"), and not the
 * tail of a clause wrapped over a line ("... at Ash, Oak, Rowan and\n
 * Sycamore Crescents to monitor"): no owner is better than a wrong one. */
static int owner_plausible(const char *t, size_t os, const char *o, size_t on) {
  static const char *const small[] = {"of", "and", "for", "the", "on",
                                      "in", "de",  "van", "von", "da",
                                      "to", "at",  "&",   NULL};
  static const char *const nouns[] = {
      "item",  "items",    "topic",  "topics", "discussion", "question",
      "term",  "update",   "note",   "agenda", "meeting",    "week",
      "month", "proposal", "motion", NULL};
  if (!on || stop_owner(o, on))
    return 0;
  int lower = 0;
  for (size_t i = 0; i < on;) {
    while (i < on && (o[i] == ' ' || o[i] == ','))
      i++;
    size_t e = i;
    while (e < on && o[e] != ' ' && o[e] != ',')
      e++;
    if (e == i)
      break;
    for (int k = 0; nouns[k]; k++)
      if (mins__nieq(o + i, e - i, nouns[k]))
        return 0;
    if (o[i] >= 'a' && o[i] <= 'z') {
      int sm = 0;
      for (int k = 0; small[k] && !sm; k++)
        sm = mins__nieq(o + i, e - i, small[k]);
      /* "All, including Fellows" is a group; two such words a phrase */
      if (!sm && ++lower >= 2)
        return 0;
    }
    i = e;
  }
  /* a line break inside a clause: the line before ends with a comma, a
   * joining word, or runs on as wrapped prose does */
  size_t k = os;
  while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t'))
    k--;
  if (k > 0 && t[k - 1] == '\n') {
    size_t le = k - 1, ls = le;
    while (ls > 0 && t[ls - 1] != '\n')
      ls--;
    while (le > ls && t[le - 1] == ' ')
      le--;
    if (le > ls) {
      char last = t[le - 1];
      size_t w = le;
      while (w > ls && t[w - 1] != ' ')
        w--;
      static const char *const joins[] = {"and", "or", "of",  "the",  "at",
                                          "to",  "in", "for", "with", "from",
                                          "by",  "on", "a",   "an",   NULL};
      if (last == ',')
        return 0;
      for (int j = 0; joins[j]; j++)
        if (mins__nieq(t + w, le - w, joins[j]))
          return 0;
      if (le - ls >= 60 && last >= 'a' && last <= 'z')
        return 0;
    }
  }
  return 1;
}

/* ---- searches made of anchored tries ------------------------------------
 * PCRE2 tries a pattern with no literal to start from at nearly every
 * offset of the text. With the default action-sentence and due patterns, the
 * offsets where a match can open are few and easy to see: each search below
 * tries an anchored copy of the default (mins__match_anchored) at those offsets
 * only, in order, so that its first match is the plain search's. unit/patterns
 * compares every fixture read so with the same patterns set from outside. */

#define ALPHA(ch) ((((ch) | 32) >= 'a' && ((ch) | 32) <= 'z'))

/* A byte of \w (ASCII: the patterns are compiled without UCP). */
static int word_byte(unsigned char ch) {
  return ALPHA(ch) || (ch >= '0' && ch <= '9') || ch == '_';
}

/* Does "(?<=[.;:!?]\s)|(?<=[.;:!?]\s\s)|(?<=\n)" or a multiline "^" hold at
 * s[p], p > 0? */
static int clause_open(const char *s, size_t p) {
  unsigned char a = (unsigned char)s[p - 1];
  if (a == '\n' || a == '\r')
    return 1;
  if (!mins__is_space(a) || p < 2)
    return 0;
  unsigned char b = (unsigned char)s[p - 2];
  if (b == '.' || b == ';' || b == ':' || b == '!' || b == '?')
    return 1;
  if (!mins__is_space(b) || p < 3)
    return 0;
  b = (unsigned char)s[p - 3];
  return b == '.' || b == ';' || b == ':' || b == '!' || b == '?';
}

/* "(?i:asked|requested)\s" at s[p] (no \b before it in the patterns). */
static int asked_at(const char *s, size_t n, size_t p) {
  size_t k = (s[p] | 32) == 'a' ? 5 : (s[p] | 32) == 'r' ? 9 : 0;
  return k && p + k < n &&
         mins__nieq(s + p, k, k == 5 ? "asked" : "requested") &&
         mins__is_space((unsigned char)s[p + k]);
}

/* The first match of the default action-sentence pattern in s[0..n) from
 * `at`. Its branches open at the start of a clause ("\G" at `at` only)
 * and take the blanks after it before a letter, so a clause opening in a
 * run of blanks after one tried in vain is not tried again; or at "asked"
 * or "requested", inside a word too. 1 found, 0 none, -1 on a PCRE2
 * error, -2 without the anchored copies. (The owner pattern opens at the
 * same places and at "it", but its tries cost as much as PCRE2's own
 * search: it is searched plainly.) */
static int clause_search(mins__ctx *c, const char *s, size_t n, size_t at,
                         mins__match_t *m) {
  size_t tried = 0;
  int have = 0;
  for (size_t p = at; p < n; p++) {
    int open = p == at || (clause_open(s, p) && !(have && p <= tried));
    if (!open && !asked_at(s, n, p))
      continue;
    int rc = mins__match_anchored(c->pat, PAT_ACTION_SENT, s, n, p, p == at, m);
    if (rc != 0)
      return rc;
    if (open) {
      tried = mins__blanks_end(s, n, p);
      have = 1;
    }
  }
  return 0;
}

/* Does the default due pattern open with this word ("by", "before", ...,
 * "next", "within"), case aside? */
static int due_word(const char *w, size_t len) {
  switch (len) {
  case 2:
    return mins__nieq(w, 2, "by") || mins__nieq(w, 2, "at") ||
           mins__nieq(w, 2, "to") || mins__nieq(w, 2, "in") ||
           mins__nieq(w, 2, "on") || mins__nieq(w, 2, "no");
  case 3:
    return mins__nieq(w, 3, "for") || mins__nieq(w, 3, "due");
  case 4:
    return mins__nieq(w, 4, "next");
  case 5:
    return mins__nieq(w, 5, "until") || mins__nieq(w, 5, "ahead");
  case 6:
    return mins__nieq(w, 6, "before") || mins__nieq(w, 6, "during") ||
           mins__nieq(w, 6, "within");
  default:
    return 0;
  }
}

/* The first match of the default due pattern in s[0..n) from `at`: each
 * of its branches opens with a whole word of due_word and a blank. */
static int due_search(mins__ctx *c, const char *s, size_t n, size_t at,
                      mins__match_t *m) {
  size_t p = at;
  while (p < n) {
    if (!ALPHA(s[p])) {
      p++;
      continue;
    }
    size_t e = p;
    while (e < n && ALPHA(s[e]))
      e++;
    if ((p == 0 || !word_byte((unsigned char)s[p - 1])) && e < n &&
        mins__is_space((unsigned char)s[e]) && due_word(s + p, e - p)) {
      int rc = mins__match_anchored(c->pat, PAT_DUE, s, n, p, 1, m);
      if (rc != 0)
        return rc;
    }
    p = e;
  }
  return 0;
}

/* One search of f from `at`: by anchored tries where that is exact. */
static int search(mins__ctx *c, mins__family f, const char *s, size_t n,
                  size_t at, mins__match_t *m) {
  int rc = -2;
  if (mins__patterns_default(c->pat, f)) {
    if (f == PAT_DUE)
      rc = due_search(c, s, n, at, m);
    else if (f == PAT_ACTION_SENT)
      rc = clause_search(c, s, n, at, m);
  }
  return rc == -2 ? mins__match(c->pat, f, s, n, at, m) : rc;
}

/* An owner as the text names it, less the '@' of a mention that gives a
 * display name ("@Luis Ortega", as Notion and Confluence export them);
 * a handle ("@maria.k") is the person's name and keeps it. */
static char *owner_text(mins__ctx *c, const char *o, size_t on) {
  size_t k = mins__mention(o, on);
  return mins__clean(&c->doc->arena, o + k, on - k);
}

/* The owner in a sentence, or NULL. */
static const char *find_owner(mins__ctx *c, const char *s, size_t n) {
  mins__match_t m;
  size_t at = 0;
  while (at < n && mins__match(c->pat, PAT_OWNER, s, n, at, &m) == 1) {
    for (int g = 1; g < 16; g++) {
      if (!MATCHED(m, g))
        continue;
      const char *o = s + m.gs[g];
      size_t on = GLEN(m, g);
      mins__trim(&o, &on, ",");
      if (on && owner_plausible(s, (size_t)(o - s), o, on))
        return owner_text(c, o, on);
      break;
    }
    at = m.end > at ? m.end : at + 1;
  }
  return NULL;
}

/* "Tim: invite the Fellows", "Tim to invite", "BillK to put ...",
 * "@user will ..." at the start of a list entry. */
/* A label about the meeting, not a name: "Next meeting", "Date of next
 * meeting", "Venue", "Note". */
static int meeting_label(const char *s) {
  static const char *const words[] = {"date",   "time", "venue", "location",
                                      "place",  "note", "notes", "close",
                                      "closed", NULL};
  size_t n = strlen(s);
  if (mins__istr(s, n, "meeting"))
    return 1;
  for (int k = 0; words[k]; k++)
    if (mins__nieq(s, n, words[k]))
      return 1;
  return 0;
}

/* Does an entry open with a label of a meeting ("Next meeting:", "Next
 * week's discussion -") and name no owner after it? */
static int meeting_entry(mins__ctx *c, const char *s, size_t n) {
  size_t lim = n < 48 ? n : 48, e = 0;
  while (e < lim && s[e] != ':' &&
         !(e > 0 && s[e - 1] == ' ' &&
           (s[e] == '-' || (unsigned char)s[e] == 0xE2)))
    e++;
  if (e >= lim)
    return 0;
  const char *l = s;
  size_t ln = e;
  mins__trim(&l, &ln, "*_");
  char *lab = mins__strndup(c->scratch, l, ln);
  if (!lab || !(meeting_label(lab) || mins__istr(l, ln, "discussion") ||
                mins__istr(l, ln, "agenda")))
    return 0;
  return find_owner(c, s + e, n - e) == NULL;
}

static const char *entry_owner(mins__ctx *c, const char *s, size_t n,
                               size_t *task) {
  *task = 0;
  size_t lim = n < 80 ? n : 80;
  for (size_t i = 1; i < lim; i++) {
    if (s[i] == ':' && i + 1 < n && s[i + 1] == ' ') {
      const char *o = s;
      size_t on = i;
      mins__trim(&o, &on, "*_");
      int words = 1;
      for (size_t k = 0; k < on; k++)
        if (o[k] == ' ')
          words++;
      if (on && words <= 5) {
        *task = i + 2;
        if (!owner_plausible(o, 0, o, on))
          return NULL; /* "Long term item: Making lists ..." */
        return owner_text(c, o, on);
      }
      break;
    }
    /* "@dev.patel — add TTL jitter", "Sam - fix the alert": a name, a
     * dash, and a task in lower case (a handle may be followed by any) */
    size_t dl = s[i] == '-' ? 1
                : (unsigned char)s[i] == 0xE2 && i + 2 < n &&
                        (unsigned char)s[i + 1] == 0x80 &&
                        ((unsigned char)s[i + 2] == 0x93 ||
                         (unsigned char)s[i + 2] == 0x94)
                    ? 3
                    : 0;
    if (dl && s[i - 1] == ' ' && i + dl + 1 < n && s[i + dl] == ' ') {
      const char *o = s;
      size_t on = i - 1;
      mins__trim(&o, &on, "*_");
      unsigned char t0 = (unsigned char)s[i + dl + 1];
      int words = 1;
      for (size_t k = 0; k < on; k++)
        if (o[k] == ' ')
          words++;
      if (on && words <= 4 && (o[0] == '@' || (t0 >= 'a' && t0 <= 'z')) &&
          owner_plausible(o, 0, o, on)) {
        *task = i + dl + 1;
        return owner_text(c, o, on);
      }
      break;
    }
    /* a sentence ends the search, not the dot of a handle ("@maria.k") */
    if ((s[i] == '.' && !(s[0] == '@' && !memchr(s, ' ', i))) || s[i] == ';')
      break;
  }
  /* "X to verb", "X will verb" with X of one to five words */
  static const char *const joins[] = {" to ",    " will ",   " agreed to ",
                                      " is to ", " should ", NULL};
  size_t best = MINS_NONE, bl = 0;
  for (int k = 0; joins[k]; k++) {
    const char *f = mins__istr(s, lim, joins[k]);
    if (f && (size_t)(f - s) < best) {
      best = (size_t)(f - s);
      bl = strlen(joins[k]);
    }
  }
  if (best != MINS_NONE && best > 0) {
    int words = 1;
    for (size_t k = 0; k < best; k++)
      if (s[k] == ' ')
        words++;
    unsigned char c0 = (unsigned char)s[0];
    /* "Markus, send email to the list": a name, then an imperative */
    for (size_t k = 0; k + 2 < best && s[0] >= 'A' && s[0] <= 'Z'; k++)
      if (s[k] == ',' && s[k + 1] == ' ' && s[k + 2] >= 'a' &&
          s[k + 2] <= 'z') {
        const char *o = s;
        size_t on = k;
        mins__trim(&o, &on, "*_");
        if (on && owner_plausible(o, 0, o, on)) {
          *task = k + 2;
          return owner_text(c, o, on);
        }
      }
    if (words <= 5 &&
        ((c0 >= 'A' && c0 <= 'Z') || c0 == '@' || c0 >= 0x80 || words == 1) &&
        best + bl < n && s[best + bl] >= 'a' && s[best + bl] <= 'z') {
      const char *o = s;
      size_t on = best;
      mins__trim(&o, &on, "*_");
      /* "AA/CG/DS We should work with ...": not the pronoun */
      static const char *const pron[] = {" We", " I", " They", " we", NULL};
      for (int k = 0; pron[k]; k++) {
        size_t pl = strlen(pron[k]);
        if (on > pl && memcmp(o + on - pl, pron[k], pl) == 0)
          on -= pl;
      }
      if (on && owner_plausible(o, 0, o, on)) {
        *task = best + bl;
        return owner_text(c, o, on);
      }
    }
  }
  return NULL;
}

static void find_due(mins__ctx *c, mins_action *a, const char *s, size_t n) {
  mins__match_t m;
  size_t at = 0;
  const char *pick = NULL;
  size_t pn = 0;
  char iso[11];
  int have = 0;
  const char *md = c->doc->meeting.date.value;
  while (at < n && search(c, PAT_DUE, s, n, at, &m) == 1) {
    const char *p = s + m.start;
    size_t pl = m.end - m.start;
    char tmp[11];
    int ok = mins__due_date(p, pl, md, tmp);
    int concrete = MATCHED(m, 4) || MATCHED(m, 3);
    /* "before the April meeting": a meeting in April, on a day only the
     * series knows, not the end of April */
    if (m.end + 8 <= n && mins__istarts(s + m.end, n - m.end, " meeting")) {
      pl += 8;
      ok = concrete = 0;
    }
    /* "in the meeting" or "at 11.00" are not dues: a phrase needs a date
     * word; prefer a concrete date over "the next meeting" */
    if (!pick || (concrete && !have) || (ok && !have)) {
      pick = p;
      pn = pl;
      if (ok) {
        memcpy(iso, tmp, 11);
        have = 1;
      }
    }
    at = m.end > at ? m.end : at + 1;
  }
  if (!pick) {
    /* "@Priya Nair — share the scorecards — 2025-03-18": a task list's
     * last column, after a dash, is its due date */
    size_t tn = n;
    mins__trim(&s, &tn, ".)");
    const char *e = s + tn, *d = e;
    while (d > s && d[-1] != ' ')
      d--;
    size_t dk = (size_t)(d - s);
    int dash = dk >= 3 && d[-2] == '-';
    dash |= dk >= 5 && (unsigned char)d[-4] == 0xE2 &&
            (unsigned char)d[-3] == 0x80 &&
            ((unsigned char)d[-2] == 0x93 || (unsigned char)d[-2] == 0x94);
    char tmp[11];
    if (dash && mins__parse_date(d, (size_t)(e - d), 0, tmp)) {
      a->due_text = mins__clean(&c->doc->arena, d, (size_t)(e - d));
      a->due = mins__strdup(&c->doc->arena, tmp);
    }
    return;
  }
  a->due_text = mins__clean(&c->doc->arena, pick, pn);
  if (have)
    a->due = mins__strdup(&c->doc->arena, iso);
}

/* ---- building ---------------------------------------------------------- */

static mins_action *new_action(mins__ctx *c, const mins__block *b, size_t at,
                               const char *number, size_t nl,
                               mins_action_style style) {
  mins_doc *d = c->doc;
  mins_action *a = VEC_PUSH(&d->arena, &d->actions, mins_action);
  mins__vec *mv = VEC_PUSH(&d->arena, &d->mentions, mins__vec);
  if (!a || !mv)
    return NULL;
  if (number)
    a->number = mins__strndup(&d->arena, number, nl);
  a->style = style;
  a->item_index = b ? b->item : MINS_NONE;
  if (b)
    mins__block_pos(c, b, at, &a->line, &a->column);
  return a;
}

static mins_action *by_number(mins__ctx *c, const char *num, size_t nl,
                              size_t *idx) {
  mins_action *as = c->doc->actions.data;
  for (size_t i = 0; i < c->doc->actions.len; i++)
    if (as[i].number && strlen(as[i].number) == nl &&
        memcmp(as[i].number, num, nl) == 0) {
      if (idx)
        *idx = i;
      return &as[i];
    }
  return NULL;
}

static void mention(mins__ctx *c, size_t ai, const mins__block *b, size_t at,
                    const char *text, size_t tn, unsigned flags) {
  mins_doc *d = c->doc;
  mins__vec *mv = &VEC_AT(d->mentions, mins__vec, ai);
  mins_mention *m = VEC_PUSH(&d->arena, mv, mins_mention);
  if (!m)
    return;
  m->item_index = b->item;
  m->text = mins__clean(&d->arena, text, tn);
  m->flags = flags;
  mins__block_pos(c, b, at, &m->line, &m->column);
}

/* Is the marker at k a sub-reference of a law or a document: glued to a
 * code with letters and digits ("100A(4)"), or after "Section 12",
 * "Regulation 12", "paragraph 3"? */
static int reference_before(const char *t, size_t from, size_t k) {
  size_t e = k;
  while (e > from && t[e - 1] == ' ')
    e--;
  size_t w = e;
  while (w > from && t[w - 1] != ' ' && t[w - 1] != '\n')
    w--;
  int digits = 0, letters = 0;
  for (size_t i = w; i < e; i++) {
    if (t[i] >= '0' && t[i] <= '9')
      digits = 1;
    else if ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z')
      letters = 1;
  }
  if (digits && letters)
    return 1;
  if (!digits || e == k)
    return 0;
  /* the word before the number */
  size_t pe = w;
  while (pe > from && t[pe - 1] == ' ')
    pe--;
  size_t pw = pe;
  while (pw > from && t[pw - 1] != ' ' && t[pw - 1] != '\n')
    pw--;
  static const char *const refs[] = {
      "section",   "sections", "s.",    "regulation", "regulations", "reg.",
      "paragraph", "para",     "para.", "paras",      "article",     "rule",
      "clause",    "schedule", "part",  "appendix",   "annex",       "standing",
      "order",     "chapter",  "item",  "minute",     NULL};
  for (int i = 0; refs[i]; i++)
    if (mins__nieq(t + pw, pe - pw, refs[i]))
      return 1;
  return 0;
}

/* Markers "(3)" in a block. Returns the number found. */
static int markers(mins__ctx *c, mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  if (!memchr(t, '(', n) && !memchr(t, '$', n))
    return 0;
  int found = 0;
  size_t at = b->body;
  mins__match_t m;
  while (at < n) {
    int rc = mins__match(c->pat, PAT_ACTION_MARKER, t, n, at, &m);
    if (rc < 0) {
      mins__doc_diag(c, "pattern-limit", b->line, b->col, NULL,
                     "the action-marker pattern hit its match limit here");
      break;
    }
    if (rc == 0)
      break;
    at = m.end > at ? m.end : at + 1;
    /* the marker proper starts at k; a space before it is ms */
    size_t k = m.start;
    size_t ms = k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\t') ? k - 1 : k;
    int glued = ms == k;
    const char *num;
    size_t nl;
    unsigned flags = 0;
    if (MATCHED(m, 1)) {
      num = t + m.gs[1];
      nl = GLEN(m, 1);
    } else if (MATCHED(m, 2) && MATCHED(m, 3)) {
      if (GLEN(m, 2) != GLEN(m, 3) ||
          memcmp(t + m.gs[2], t + m.gs[3], GLEN(m, 2)) != 0)
        continue; /* a real fraction */
      num = t + m.gs[2];
      nl = GLEN(m, 2);
      flags |= MINS_ACTION_SCAR;
      glued = 0;
    } else {
      continue;
    }
    /* the marker must close a sentence: words before it */
    size_t ss = mins__sentence_start(t, b->body, ms);
    if (ss >= ms || ss + 2 > k)
      continue; /* an enumeration "(1) The first..." */
    {
      const char *w = t + ss;
      size_t wn = ms - ss;
      mins__trim(&w, &wn, NULL);
      if (wn < 3)
        continue;
    }
    if (glued && k > 0) {
      unsigned char p = (unsigned char)t[k - 1];
      if (!((p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') ||
            (p >= '0' && p <= '9') || p == '.' || p >= 0x80))
        glued = 0;
      if (reference_before(t, ss, k))
        continue; /* "Section 100A(4)", "Regulation 12(3)" */
    } else if (reference_before(t, ss, k)) {
      continue; /* "section 12 (3)" */
    }
    if (glued)
      flags |= MINS_ACTION_GLUED;
    size_t se = mins__sentence_end(t, n, m.end);
    if (se < m.end)
      se = m.end;
    /* the number's first use opens the action; later uses mention it */
    size_t idx;
    if (by_number(c, num, nl, &idx)) {
      mention(c, idx, b, k, t + ss, se - ss, flags);
      found++;
      continue;
    }
    mins_action *a = new_action(c, b, k, num, nl, MINS_ACTION_MARKER);
    if (!a)
      return found;
    a->flags |= flags;
    a->text = mins__clean(&c->doc->arena, t + ss, se - ss);
    a->owner = find_owner(c, t + ss, ms - ss);
    find_due(c, a, t + ss, ms - ss);
    if (flags & MINS_ACTION_SCAR)
      mins__doc_diag(c, "action-scar", a->line, a->column,
                     "write the marker as (n)",
                     "conversion scar read as action (%s)", a->number);
    found++;
  }
  if (found)
    b->used = 1;
  return found;
}

/* A label's whole content is a name or initials ("JS", "Town Clerk",
 * "Cllr Smith, Clerk"): up to four capitalised words. */
static int short_name(const char *s, size_t n) {
  mins__trim(&s, &n, ".;");
  if (n == 0 || n > 40)
    return 0;
  int words = 0;
  for (size_t i = 0; i < n; i++) {
    if (i == 0 || s[i - 1] == ' ' || s[i - 1] == '/' || s[i - 1] == ',') {
      if (s[i] == ' ')
        continue;
      unsigned char c0 = (unsigned char)s[i];
      if (!((c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80 || c0 == '&'))
        return 0;
      words++;
    }
  }
  return words >= 1 && words <= 4;
}

/* "... to check. Action: DS to email Jérôme about this." An ACTION label
 * inside running text opens an action to the end of its sentence. */
static int inline_labels(mins__ctx *c, mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  int found = 0;
  if (!(b->kw & KW_ACTION))
    return 0;
  for (size_t i = b->body + 1; i + 7 < n; i++) {
    /* "... Action: Clerk", "... (Action: Clerk)" */
    if (t[i - 1] != ' ' && t[i - 1] != '\n' && t[i - 1] != '(' &&
        t[i - 1] != '[')
      continue;
    size_t k;
    if (memcmp(t + i, "ACTION", 6) == 0)
      k = 6;
    else if (memcmp(t + i, "Action", 6) == 0)
      k = 6;
    else
      continue;
    if (t[i + k] == 's')
      continue;
    size_t q = i + k;
    while (q < n && t[q] == ' ')
      q++;
    /* "Action by: Clerk" */
    if (q + 2 < n && t[q] == 'b' && t[q + 1] == 'y' &&
        (t[q + 2] == ' ' || t[q + 2] == ':')) {
      q += 2;
      while (q < n && t[q] == ' ')
        q++;
    }
    if (q >= n || t[q] != ':')
      continue;
    q++;
    while (q < n && t[q] == ' ')
      q++;
    size_t se = mins__sentence_end(t, n, q);
    const char *rest = t + q;
    size_t rn = se - q;
    mins__trim(&rest, &rn, NULL);
    /* the bracket the label stood in */
    if (t[i - 1] == '(' || t[i - 1] == '[') {
      const char *close = memchr(rest, t[i - 1] == '(' ? ')' : ']', rn);
      if (close)
        rn = (size_t)(close - rest);
      mins__trim(&rest, &rn, NULL);
    }
    if (rn < 2)
      continue;
    mins_action *a = new_action(c, b, i, NULL, 0, MINS_ACTION_LABEL);
    if (!a)
      return found;
    size_t task;
    if (short_name(rest, rn)) {
      /* "... the report would be circulated. Action: JS": the owner is
       * named by the label, the work by the sentence before it */
      size_t ps = mins__sentence_start(t, b->body, i > 1 ? i - 2 : 0);
      a->text = mins__clean(&c->doc->arena, t + ps, se - ps);
      a->owner = mins__clean(&c->doc->arena, rest, rn);
      find_due(c, a, t + ps, i - ps);
    } else {
      a->text = mins__clean(&c->doc->arena, t + i, se - i);
      a->owner = entry_owner(c, rest, rn, &task);
      if (!a->owner)
        a->owner = find_owner(c, rest, rn);
      find_due(c, a, rest, rn);
    }
    found++;
    i = se;
  }
  if (found)
    b->used = 1;
  return found;
}

/* The status word in a review's text, after its label. */
/* Does a status word at s[i] stand after a separator (or at the start)
 * rather than inside the task's words ("to open the hall")? */
static int after_separator(const char *s, size_t i) {
  while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == '\n' ||
                   s[i - 1] == '*' || s[i - 1] == '_'))
    i--;
  if (i == 0)
    return 1;
  unsigned char p = (unsigned char)s[i - 1];
  if (strchr(".:;-([", p))
    return 1;
  /* an en or em dash */
  return i >= 3 && (unsigned char)s[i - 3] == 0xE2 &&
         (unsigned char)s[i - 2] == 0x80 && (p == 0x93 || p == 0x94);
}

/* The status word in a review's text after its label, and where it ends:
 * the first one that stands after a separator ("Contact X. Withdrawn –
 * the survey was cancelled"), else the last ("to open the hall
 * Completed"). */
static mins_status status_at(mins__ctx *c, const char *s, size_t n,
                             size_t *endp) {
  mins__match_t m;
  size_t at = 0, last_end = 0;
  mins_status st = MINS_STATUS_OPEN;
  while (at < n && mins__match(c->pat, PAT_STATUS, s, n, at, &m) == 1) {
    st = MATCHED(m, 1)   ? MINS_STATUS_DONE
         : MATCHED(m, 2) ? MINS_STATUS_ONGOING
         : MATCHED(m, 3) ? MINS_STATUS_DROPPED
                         : st;
    last_end = m.end;
    if (after_separator(s, m.start))
      break;
    at = m.end > at ? m.end : at + 1;
  }
  if (endp)
    *endp = last_end;
  return st;
}

static mins_status status_of(mins__ctx *c, const char *s, size_t n) {
  return status_at(c, s, n, NULL);
}

/* What a review says after its status word: "Completed – the swings were
 * ordered on 3 May" gives "the swings were ordered on 3 May". NULL when
 * nothing but punctuation follows. */
static char *note_after(mins__arena *a, const char *s, size_t n) {
  while (n > 0) {
    unsigned char ch = (unsigned char)*s;
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '.' || ch == ',' ||
        ch == ':' || ch == ';' || ch == '-' || ch == ')' || ch == '*' ||
        ch == '_') {
      s++, n--;
    } else if (n >= 3 && ch == 0xE2 && (unsigned char)s[1] == 0x80 &&
               ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94)) {
      s += 3, n -= 3; /* an en or em dash */
    } else {
      break;
    }
  }
  mins__trim(&s, &n, "*_(");
  /* a bracket opened before the status word and closed after it */
  if (n > 0 && s[n - 1] == ')' && !memchr(s, '(', n))
    n--;
  mins__trim(&s, &n, NULL);
  if (n < 2)
    return NULL;
  return mins__clean(a, s, n);
}

static void review(mins__ctx *c, mins__block *b, const mins__match_t *m) {
  mins_doc *d = c->doc;
  mins__arena *a = &d->arena;
  const char *t = b->text + b->body;
  size_t n = b->len - b->body;
  mins_review *r = VEC_PUSH(a, &d->reviews, mins_review);
  if (!r)
    return;
  r->origin = MINS_FROM_TEXT;
  r->item_index = b->item;
  mins__block_pos(c, b, b->body + m->start, &r->line, &r->column);
  const char *num = MATCHED(*m, 1)   ? t + m->gs[1]
                    : MATCHED(*m, 2) ? t + m->gs[2]
                                     : NULL;
  size_t nl = MATCHED(*m, 1) ? GLEN(*m, 1) : MATCHED(*m, 2) ? GLEN(*m, 2) : 0;
  if (num)
    r->ref_number = mins__strndup(a, num, nl);
  if (MATCHED(*m, 3)) {
    char iso[11];
    int yh = 0;
    if (d->meeting.date.value)
      yh = (d->meeting.date.value[0] - '0') * 1000 +
           (d->meeting.date.value[1] - '0') * 100 +
           (d->meeting.date.value[2] - '0') * 10 +
           (d->meeting.date.value[3] - '0');
    if (mins__parse_date(t + m->gs[3], GLEN(*m, 3), yh, iso))
      r->ref_date = mins__strdup(a, iso);
  }
  if (r->ref_date && r->ref_number)
    r->ref = mins__printf(a, "%s#%s", r->ref_date, r->ref_number);
  /* the status: after the bold label if there is one, else after the last
   * colon, else anywhere */
  const char *st = t + m->end;
  size_t sn = n - m->end;
  size_t send = 0; /* the status word's end, from the start of st */
  r->status = status_at(c, st, sn, &send);
  r->text = mins__clean(a, t, n);
  /* the note: what follows the status word */
  if (r->status != MINS_STATUS_OPEN && send) {
    r->note = note_after(a, st + send, sn - send);
    /* "Done. Closed": a second status word is no note */
    if (r->note && strlen(r->note) < 16 &&
        status_of(c, r->note, strlen(r->note)) != MINS_STATUS_OPEN)
      r->note = NULL;
  }
  b->used = 1;
}

/* Only closing punctuation in s[0..n)? */
static int only_closing(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strchr(" \t\n.,;:!)]*_", s[i]))
      return 0;
  return 1;
}

/* Does a colon or a dash stand before s[i] (spaces and emphasis aside):
 * the status given after an entry's topic ("Swing seat quotes – ongoing")? */
static int after_topic(const char *s, size_t i) {
  while (i > 0 && strchr(" \t*_", s[i - 1]))
    i--;
  if (i == 0)
    return 0;
  if (s[i - 1] == ':' || s[i - 1] == '-')
    return 1;
  return i >= 3 && (unsigned char)s[i - 3] == 0xE2 &&
         (unsigned char)s[i - 2] == 0x80 &&
         ((unsigned char)s[i - 1] == 0x93 || (unsigned char)s[i - 1] == 0x94);
}

/* Under "Matters arising" or "Outstanding actions", an entry with no
 * label that closes on a status ("Church Lane pothole: reported to
 * Highways, repaired on 2 February. Completed.") or gives one after its
 * topic ("Swing seat quotes – ongoing, two received"): a review that names
 * its action by its words only; the tracker finds the action by them. A
 * status inside a sentence ("discussions were ongoing") is not one. Returns
 * 1 if b is such a review, 0 if not, -1 when out of memory. */
static int unlabelled_review(mins__ctx *c, mins__block *b) {
  const char *t = b->text + b->body;
  size_t n = b->len - b->body;
  if (n < 8 || n > 1000)
    return 0;
  mins__match_t m;
  size_t at = 0;
  while (at < n && mins__match(c->pat, PAT_STATUS, t, n, at, &m) == 1) {
    at = m.end > at ? m.end : at + 1;
    if (m.start == 0 || !after_separator(t, m.start))
      continue;
    int closing = only_closing(t + m.end, n - m.end);
    if (!closing && !after_topic(t, m.start))
      continue;
    mins__arena *a = &c->doc->arena;
    mins_review *r = VEC_PUSH(a, &c->doc->reviews, mins_review);
    if (!r)
      return -1;
    r->origin = MINS_FROM_TEXT;
    r->item_index = b->item;
    mins__block_pos(c, b, b->body, &r->line, &r->column);
    r->status = MATCHED(m, 1)   ? MINS_STATUS_DONE
                : MATCHED(m, 2) ? MINS_STATUS_ONGOING
                                : MINS_STATUS_DROPPED;
    r->text = mins__clean(a, t, n);
    if (!closing)
      r->note = note_after(a, t + m.end, n - m.end);
    b->used = 1;
    return 1;
  }
  return 0;
}

/* The words of a task after "to": "to draft X" and "draft X" are one. */
static void task_words(const char **t, size_t *n) {
  mins__trim(t, n, ".:;-");
  if (mins__istarts(*t, *n, "to ")) {
    *t += 3;
    *n -= 3;
  }
  mins__trim(t, n, ".");
}

/* An action already recorded with the same owner and task (or the same
 * number), or MINS_NONE. */
static size_t repeated(mins__ctx *c, const char *owner, const char *task,
                       size_t tn, const char *num, size_t nl) {
  mins_action *as = c->doc->actions.data;
  task_words(&task, &tn);
  for (size_t i = 0; i < c->doc->actions.len; i++) {
    if (num && as[i].number && strlen(as[i].number) == nl &&
        memcmp(as[i].number, num, nl) == 0)
      return i;
    if (!owner || !as[i].owner || !mins__ieq(owner, as[i].owner) || !tn ||
        !as[i].text)
      continue;
    /* the recorded text holds the same task words */
    if (mins__istr(as[i].text, strlen(as[i].text),
                   mins__strndup(c->scratch, task, tn)))
      return i;
  }
  return MINS_NONE;
}

/* ---- action tables ------------------------------------------------------- */

enum { COL_NONE, COL_NUM, COL_ACTION, COL_OWNER, COL_DUE, COL_STATUS };

/* What a header cell names. */
static int column_kind(const char *s, size_t n) {
  static const struct {
    const char *word;
    int kind;
  } words[] = {{"action by", COL_OWNER}, {"actioned by", COL_OWNER},
               {"by whom", COL_OWNER},   {"owner", COL_OWNER},
               {"who", COL_OWNER},       {"responsible", COL_OWNER},
               {"lead", COL_OWNER},      {"assigned", COL_OWNER},
               {"assignee", COL_OWNER},  {"person", COL_OWNER},
               {"by when", COL_DUE},     {"due", COL_DUE},
               {"deadline", COL_DUE},    {"target", COL_DUE},
               {"timescale", COL_DUE},   {"when", COL_DUE},
               {"date", COL_DUE},        {"status", COL_STATUS},
               {"progress", COL_STATUS}, {"update", COL_STATUS},
               {"outcome", COL_STATUS},  {"action", COL_ACTION},
               {"task", COL_ACTION},     {"description", COL_ACTION},
               {"details", COL_ACTION},  {"what", COL_ACTION},
               {"ref", COL_NUM},         {"no", COL_NUM},
               {"ap", COL_NUM},          {"ap no", COL_NUM},
               {"number", COL_NUM},      {"#", COL_NUM},
               {"id", COL_NUM},          {NULL, 0}};
  mins__trim(&s, &n, "*_.:");
  for (int i = 0; words[i].word; i++) {
    size_t k = strlen(words[i].word);
    if (mins__nieq(s, n, words[i].word) ||
        (n > k && mins__istarts(s, n, words[i].word) && s[k] == ' '))
      return words[i].kind;
  }
  return COL_NONE;
}

/* A table of actions ("| No. | Action | Owner | Due |"): each row is an
 * action, or, under a review of earlier actions, a review. Returns the
 * rows read, 0 if the table is not one of actions. */
/* Order two strings so that the first is the shorter. */
static void shorter_first(const char **a, size_t *an, const char **b,
                          size_t *bn) {
  if (*an <= *bn)
    return;
  const char *x = *a;
  size_t y = *an;
  *a = *b;
  *an = *bn;
  *b = x;
  *bn = y;
}

/* Do two tasks speak of the same work ("Confirm planting date with parks
 * officer" and "Carol to confirm date with parks officer by 31 January",
 * "Ask scouts about helping" and "Rob will ask the scouts whether they can
 * help")? At least two, and three in five, of the content words of the
 * shorter occur in the other, compared on their first four letters. */
static int same_task(const char *a, const char *b) {
  size_t an = strlen(a), bn = strlen(b);
  shorter_first(&a, &an, &b, &bn);
  size_t words = 0;
  size_t found = mins__words_found(a, an, b, bn, &words);
  return found >= 2 && found * 5 >= words * 3;
}

/* Same owner: equal, or one the first name of the other ("Carol", "Carol
 * Finch"). */
static int same_owner(const char *a, const char *b) {
  if (!a || !b)
    return 0;
  size_t al = strlen(a), bl = strlen(b);
  shorter_first(&a, &al, &b, &bl);
  return mins__nieq(b, al, a) && (al == bl || b[al] == ' ');
}

/* An action of this meeting, written in the text without a number, that
 * a row of a closing table repeats: the same owner and the same work. */
static int repeated_action(mins__ctx *c, const char *owner, const char *task,
                           size_t *out) {
  if (!owner || !task)
    return 0;
  for (size_t k = 0; k < c->doc->actions.len; k++) {
    const mins_action *x = &VEC_AT(c->doc->actions, mins_action, k);
    if (!x->number && x->text && same_owner(x->owner, owner) &&
        same_task(x->text, task)) {
      *out = k;
      return 1;
    }
  }
  return 0;
}

/* A status cell that says nothing yet of what became of an action:
 * missing, "Open", "New", "Not started", "To do". */
static int fresh_status(const mins__cell *st) {
  if (!st)
    return 1;
  const char *s = st->s;
  size_t n = st->n;
  mins__trim(&s, &n, "*_.");
  return !n || mins__nieq(s, n, "open") || mins__nieq(s, n, "new") ||
         mins__nieq(s, n, "not started") || mins__nieq(s, n, "to do");
}

static int action_table(mins__ctx *c, mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  mins__cell cells[16];
  const char *nl = memchr(t, '\n', n);
  int nh = mins__table_row(t, (size_t)(nl - t), cells, 16);
  int kinds[16] = {0};
  int have[6] = {0};
  for (int i = 0; i < nh; i++) {
    kinds[i] = column_kind(cells[i].s, cells[i].n);
    have[kinds[i]] = 1;
  }
  if (!have[COL_ACTION] &&
      !(have[COL_OWNER] && (have[COL_DUE] || have[COL_STATUS])))
    return 0;
  /* under an "Action log" heading a table with owners and due dates but no
   * status is the log of this meeting's actions, not a review of earlier
   * ones: there is nothing it says became of them */
  int review_rows =
      b->section == SEC_REVIEW && !(have[COL_DUE] && !have[COL_STATUS]);
  mins__arena *a = &c->doc->arena;
  int rows = 0;
  unsigned line = b->line;
  const char *p = nl + 1;
  while (p < t + n) {
    const char *e = memchr(p, '\n', (size_t)(t + n - p));
    size_t ln = e ? (size_t)(e - p) : (size_t)(t + n - p);
    line++;
    int nc = mins__table_row(p, ln, cells, 16);
    size_t row_at = (size_t)(p - t);
    p = e ? e + 1 : t + n;
    if (nc <= 0)
      continue;
    const mins__cell *num = NULL, *act = NULL, *own = NULL, *due = NULL,
                     *st = NULL;
    for (int i = 0; i < nc && i < nh; i++) {
      const mins__cell *x = &cells[i];
      if (!x->n)
        continue;
      switch (kinds[i]) {
      case COL_NUM:
        num = x;
        break;
      case COL_ACTION:
        act = x;
        break;
      case COL_OWNER:
        own = x;
        break;
      case COL_DUE:
        due = x;
        break;
      case COL_STATUS:
        st = x;
        break;
      default:
        break;
      }
    }
    if (!act && !own)
      continue;
    const char *nums = num ? num->s : NULL;
    size_t numl = num ? num->n : 0;
    if (nums)
      mins__trim(&nums, &numl, ".):");
    /* a row with a reference of its own ("FA-25-08") of which nothing is
     * said yet ("Open", "New", blank) is this meeting's action, logged
     * with the rest; a review says what became of an earlier one */
    if (review_rows &&
        !(nums && mins__has_letter(nums, numl) && fresh_status(st))) {
      mins_review *r = VEC_PUSH(a, &c->doc->reviews, mins_review);
      if (!r)
        return rows;
      r->origin = MINS_FROM_TEXT;
      r->item_index = b->item;
      r->line = line;
      r->column = 1;
      if (nums && numl)
        r->ref_number = mins__strndup(a, nums, numl);
      r->text = act ? mins__clean(a, act->s, act->n) : NULL;
      r->status = st ? status_of(c, st->s, st->n) : MINS_STATUS_OPEN;
      r->note = st ? mins__clean(a, st->s, st->n) : NULL;
      rows++;
      continue;
    }
    /* a closing table that repeats actions given above ("**AP 1:** Dr
     * Souza to publish ..." then "| 1 | Publish ... | Dr Souza |"): the row
     * fills in what the first lacks */
    size_t have_i;
    if (nums && numl && by_number(c, nums, numl, &have_i)) {
      mins_action *x = &VEC_AT(c->doc->actions, mins_action, have_i);
      if (!x->owner && own)
        x->owner = mins__clean(a, own->s, own->n);
      if (!x->due && due) {
        char iso[11];
        x->due_text = mins__clean(a, due->s, due->n);
        if (mins__due_date(due->s, due->n, c->doc->meeting.date.value, iso))
          x->due = mins__strdup(a, iso);
      }
      mention(c, have_i, b, row_at, act ? act->s : t + row_at,
              act ? act->n : ln, 0);
      rows++;
      continue;
    }
    /* a closing table that repeats, with numbers, actions written in the
     * text without ("ACTION: Carol to confirm date with parks officer by
     * 31 January" then "| 1 | Confirm planting date ... | Carol |"): a
     * mention, and the number is the action's from now on */
    if (act && own) {
      char *task = mins__clean(a, act->s, act->n);
      char *who = mins__clean(a, own->s, own->n);
      if (repeated_action(c, who, task, &have_i)) {
        mins_action *x = &VEC_AT(c->doc->actions, mins_action, have_i);
        if (nums && numl && !by_number(c, nums, numl, NULL))
          x->number = mins__strndup(a, nums, numl);
        if (!x->due && due) {
          char iso[11];
          x->due_text = mins__clean(a, due->s, due->n);
          if (mins__due_date(due->s, due->n, c->doc->meeting.date.value, iso))
            x->due = mins__strdup(a, iso);
        }
        mention(c, have_i, b, row_at, act->s, act->n, 0);
        rows++;
        continue;
      }
    }
    mins_action *x =
        new_action(c, b, 0, nums && numl ? nums : NULL, numl, MINS_ACTION_LIST);
    if (!x)
      return rows;
    x->line = line;
    x->column = 1;
    x->text = act ? mins__clean(a, act->s, act->n) : NULL;
    x->owner = own ? mins__clean(a, own->s, own->n) : NULL;
    if (due) {
      char iso[11];
      x->due_text = mins__clean(a, due->s, due->n);
      if (mins__due_date(due->s, due->n, c->doc->meeting.date.value, iso))
        x->due = mins__strdup(a, iso);
    }
    if (st && !fresh_status(st))
      x->status = status_of(c, st->s, st->n);
    rows++;
  }
  if (rows)
    b->used = 1;
  return rows;
}

/* Does "will" follow (blanks aside)? */
static int will_after(const char *s, size_t n) {
  size_t k = 0;
  while (k < n && mins__is_space((unsigned char)s[k]))
    k++;
  return k + 5 <= n && memcmp(s + k, "will", 4) == 0 &&
         mins__is_space((unsigned char)s[k + 4]);
}

/* Is o[0..on) someone whose future work a sentence can record ("The Clerk
 * will write", "Cllr Brown will speak", "Tom will ask" with Tom Lee
 * present), rather than a body or a thing ("Network Rail will close the
 * line", "The Government will publish")? A title, a post, or the first or
 * last name of someone the minutes list as there. */
static int someone(mins__ctx *c, const char *o, size_t on) {
  static const char *const words[] = {
      "cllr",      "councillor",    "mr",           "mrs",
      "ms",        "miss",          "dr",           "prof",
      "professor", "sir",           "dame",         "revd",
      "rev",       "alderman",      "clerk",        "chair",
      "chairman",  "chairperson",   "chairwoman",   "secretary",
      "treasurer", "officer",       "manager",      "director",
      "head",      "coordinator",   "co-ordinator", "lead",
      "mayor",     "president",     "engineer",     "surveyor",
      "warden",    "administrator", "captain",      "convenor",
      "convener",  "organiser",     "organizer",    "registrar",
      "bursar",    "editor",        "steward",      "trustee",
      NULL};
  size_t first_s = MINS_NONE, first_e = 0, last_s = 0, last_e = 0;
  for (size_t i = 0; i < on;) {
    while (i < on && (o[i] == ' ' || o[i] == ','))
      i++;
    size_t e = i;
    while (e < on && o[e] != ' ' && o[e] != ',' && o[e] != '.')
      e++;
    if (e == i) {
      i++;
      continue;
    }
    for (int k = 0; words[k]; k++)
      if (mins__nieq(o + i, e - i, words[k]))
        return 1;
    if (first_s == MINS_NONE) {
      first_s = i;
      first_e = e;
    }
    last_s = i;
    last_e = e;
    i = e;
  }
  if (first_s == MINS_NONE)
    return 0;
  for (int l = MINS_PRESENT; l <= MINS_IN_ATTENDANCE; l++)
    for (size_t i = 0; i < c->doc->people[l].len; i++) {
      const char *nm = VEC_AT(c->doc->people[l], mins_person, i).name;
      size_t nl = nm ? strlen(nm) : 0;
      if (!nl)
        continue;
      size_t fe = strcspn(nm, " ");
      const char *ls = strrchr(nm, ' ');
      ls = ls ? ls + 1 : nm;
      if ((fe == first_e - first_s && strncmp(nm, o + first_s, fe) == 0) ||
          (strlen(ls) == last_e - last_s &&
           strncmp(ls, o + last_s, last_e - last_s) == 0))
        return 1;
    }
  return 0;
}

/* ---- the stage ---------------------------------------------------------- */

int mins__actions(mins__ctx *c) {
  mins__block *bs = c->blocks.data;
  size_t nb = c->blocks.len;
  int marked = 0;
  int action_list_depth = 0;
  int last_section = -1;
  for (size_t i = 0; i < nb; i++) {
    mins__block *b = &bs[i];
    if (b->section != last_section || b->role == ROLE_SECTION) {
      action_list_depth = 0; /* a new list of action items */
      last_section = b->section;
    }
    if (b->kind != BLK_PARA || b->role == ROLE_FURNITURE ||
        b->role == ROLE_SECTION)
      continue;
    if (b->section == SEC_PRESENT || b->section == SEC_ATTEND ||
        b->section == SEC_APOL || b->section == SEC_ABSENT ||
        b->section == SEC_AGENDA || b->section == SEC_TITLE)
      continue;
    const char *t = b->text + b->body;
    size_t n = b->len - b->body;
    mins__match_t m;
    if (memchr(b->text, '|', b->len) && mins__is_table(b->text, b->len)) {
      int rows = action_table(c, b);
      marked += rows;
      if (rows)
        continue;
    }
    int label = n > 0 &&
                (!mins__patterns_default(c->pat, PAT_ACTION_LABEL) ||
                 mins__starts_with_any(t, n, "ant")) &&
                mins__match(c->pat, PAT_ACTION_LABEL, t, n, 0, &m) == 1 &&
                m.start == 0; /* a label on a later line of the paragraph
                                 closes its sentence: read below */
    /* reviews of earlier actions */
    if (b->section == SEC_REVIEW && label) {
      review(c, b, &m);
      continue;
    }
    if (b->section == SEC_SUMMARY && label) {
      /* "Action #2: ..." repeated at the end: a mention at most */
      const char *num = MATCHED(m, 1)   ? t + m.gs[1]
                        : MATCHED(m, 2) ? t + m.gs[2]
                                        : NULL;
      size_t nl = MATCHED(m, 1) ? GLEN(m, 1) : MATCHED(m, 2) ? GLEN(m, 2) : 0;
      if (num && by_number(c, num, nl, NULL)) {
        b->used = 1;
        continue;
      }
    }
    if (label && !(b->used && b->section != SEC_ACTIONS)) {
      const char *num = MATCHED(m, 1)   ? t + m.gs[1]
                        : MATCHED(m, 2) ? t + m.gs[2]
                                        : NULL;
      size_t nl = MATCHED(m, 1) ? GLEN(m, 1) : MATCHED(m, 2) ? GLEN(m, 2) : 0;
      const char *rest = t + m.end;
      size_t rn = n - m.end;
      /* "ACTION: Tim to ..." */
      if (num && by_number(c, num, nl, NULL))
        continue;
      /* the same words already taken as an action: a repeat */
      int dup = 0;
      for (size_t k = 0; k < c->doc->actions.len; k++) {
        const char *at = VEC_AT(c->doc->actions, mins_action, k).text;
        if (at && rn && strlen(at) >= 8 && mins__istr(rest, rn, at))
          dup = 1;
      }
      if (dup) {
        b->used = 1;
        continue;
      }
      mins_action *a =
          new_action(c, b, b->body + m.start, num, nl, MINS_ACTION_LABEL);
      if (!a)
        return MINS_ENOMEM;
      size_t task;
      a->text = mins__clean(&c->doc->arena, rest, rn);
      if (short_name(rest, rn) && i > 0 &&
          ((mins__block *)c->blocks.data)[i - 1].kind == BLK_PARA &&
          ((mins__block *)c->blocks.data)[i - 1].item == b->item) {
        /* "ACTION: Clerk" under the paragraph that says what to do */
        const mins__block *pb = &((mins__block *)c->blocks.data)[i - 1];
        size_t ps = mins__sentence_start(pb->text, pb->body,
                                         pb->len > 0 ? pb->len - 1 : 0);
        a->owner = mins__clean(&c->doc->arena, rest, rn);
        a->text = mins__clean(&c->doc->arena, pb->text + ps, pb->len - ps);
        find_due(c, a, pb->text + ps, pb->len - ps);
      } else {
        a->owner = entry_owner(c, rest, rn, &task);
        if (!a->owner)
          a->owner = find_owner(c, rest, rn);
        find_due(c, a, rest, rn);
      }
      if (b->task == 1) {
        a->status = MINS_STATUS_DONE;
        a->flags |= MINS_ACTION_CHECKED;
      }
      b->used = 1;
      marked++;
      continue;
    }
    /* entries under "Action items" and task-list entries */
    if ((b->section == SEC_ACTIONS && (b->first_in_item || !b->list_depth) &&
         (action_list_depth == 0 || b->list_depth <= action_list_depth ||
          !b->list_depth)) ||
        b->task >= 0) {
      if (b->section == SEC_ACTIONS && b->list_depth && !action_list_depth)
        action_list_depth = b->list_depth;
      if (b->section == SEC_ACTIONS && b->list_depth > action_list_depth &&
          b->task < 0)
        continue;
      const char *s = t;
      size_t sn = n;
      mins__trim(&s, &sn, NULL);
      if (sn == 0)
        continue;
      /* "4.1: CG to contact ...": a number first */
      const char *num = NULL;
      size_t nl = 0;
      size_t q = 0;
      while (q < sn && ((s[q] >= '0' && s[q] <= '9') || s[q] == '.'))
        q++;
      int dotted = 0;
      for (size_t z = 1; z + 1 < q; z++)
        if (s[z] == '.' && s[z + 1] >= '0' && s[z + 1] <= '9')
          dotted = 1;
      if (q > 0 && q < sn &&
          (s[q] == ':' || s[q] == ')' || (s[q] == ' ' && dotted)) &&
          s[0] >= '0' && s[0] <= '9') {
        num = s;
        nl = q;
        while (nl > 0 && num[nl - 1] == '.')
          nl--;
        s += q + 1;
        sn -= q + 1;
        mins__trim(&s, &sn, NULL);
      }
      /* a closing list that repeats actions recorded above ("ACTION: Chen
       * Wei to draft ..." then "- [ ] Chen Wei: draft ...") mentions them */
      size_t task0;
      const char *own0 = entry_owner(c, s, sn, &task0);
      /* "Next meeting: Tuesday 5 March 2024, 7pm" after the list, "Next
       * week's discussion - Improving contributor experience" in it: a
       * label of a meeting, not someone's work, unless the rest names
       * whose work it is */
      if (!own0 && b->task < 0 && meeting_entry(c, s, sn))
        continue;
      size_t same = repeated(c, own0, s + task0, sn - task0, num, nl);
      if (same != MINS_NONE) {
        mention(c, same, b, (size_t)(s - b->text), s, sn, 0);
        b->used = 1;
        marked++;
        continue;
      }
      mins_action *a =
          new_action(c, b, (size_t)(s - b->text), num, nl,
                     b->task >= 0 ? MINS_ACTION_TASK : MINS_ACTION_LIST);
      if (!a)
        return MINS_ENOMEM;
      a->text = mins__clean(&c->doc->arena, s, sn);
      a->owner = own0;
      if (!a->owner)
        a->owner = find_owner(c, s, sn);
      find_due(c, a, s, sn);
      if (b->task == 1) {
        a->status = MINS_STATUS_DONE;
        a->flags |= MINS_ACTION_CHECKED;
      }
      b->used = 1;
      marked++;
      continue;
    }
    int got = inline_labels(c, b) + markers(c, b);
    marked += got;
    if (!got && b->section == SEC_REVIEW && !b->used &&
        unlabelled_review(c, b) < 0)
      return MINS_ENOMEM;
  }
  /* minutes that mark no action: sentences that give someone work */
  if (marked == 0 && c->doc->actions.len == 0 &&
      !(c->flags & MINS_PARSE_NO_INFER)) {
    for (size_t i = 0; i < nb; i++) {
      mins__block *b = &bs[i];
      if (b->kind != BLK_PARA || b->role == ROLE_FURNITURE ||
          b->role == ROLE_SECTION || b->used)
        continue;
      if (b->section == SEC_PRESENT || b->section == SEC_ATTEND ||
          b->section == SEC_APOL || b->section == SEC_ABSENT ||
          b->section == SEC_AGENDA || b->section == SEC_TITLE ||
          b->section == SEC_REVIEW)
        continue;
      const char *t = b->text;
      size_t n = b->len;
      size_t at = b->body;
      mins__match_t m;
      while (at < n) {
        int rc = search(c, PAT_ACTION_SENT, t, n, at, &m);
        if (rc != 1)
          break;
        /* the owner is whichever alternative matched */
        int g = MATCHED(m, 1) ? 1 : MATCHED(m, 2) ? 2 : MATCHED(m, 3) ? 3 : 0;
        size_t os = g ? m.gs[g] : m.start;
        size_t ss = mins__sentence_start(t, b->body, os);
        size_t se = mins__sentence_end(t, n, os);
        at = se > at ? se : at + 1;
        const char *o = g ? t + m.gs[g] : t;
        size_t on = g ? GLEN(m, g) : 0;
        mins__trim(&o, &on, ",");
        if (!on || !owner_plausible(t, (size_t)(o - t), o, on))
          continue;
        if (will_after(t + os + on, n - os - on) && !someone(c, o, on))
          continue;
        mins_action *a = new_action(c, b, ss, NULL, 0, MINS_ACTION_SENTENCE);
        if (!a)
          return MINS_ENOMEM;
        a->flags |= MINS_ACTION_INFERRED;
        a->text = mins__clean(&c->doc->arena, t + ss, se - ss);
        a->owner = mins__clean(&c->doc->arena, o, on);
        find_due(c, a, t + os, se - os);
      }
    }
  }
  return c->doc->arena.failed ? MINS_ENOMEM : MINS_OK;
}

static mins_status parse_status(const char *s) {
  if (!s)
    return MINS_STATUS_OPEN;
  if (mins__ieq(s, "done") || mins__ieq(s, "closed") ||
      mins__ieq(s, "complete") || mins__ieq(s, "completed"))
    return MINS_STATUS_DONE;
  if (mins__ieq(s, "open"))
    return MINS_STATUS_OPEN;
  if (mins__ieq(s, "ongoing") || mins__ieq(s, "in progress") ||
      mins__ieq(s, "on-going"))
    return MINS_STATUS_ONGOING;
  if (mins__ieq(s, "dropped") || mins__ieq(s, "withdrawn") ||
      mins__ieq(s, "cancelled"))
    return MINS_STATUS_DROPPED;
  return (mins_status)-1;
}

int mins__actions_finish(mins__ctx *c) {
  mins_doc *d = c->doc;
  mins__arena *a = &d->arena;
  mins__fm_action *fa = d->fm_actions.data;
  for (size_t i = 0; i < d->fm_actions.len; i++) {
    mins__fm_action *f = &fa[i];
    mins_status st = parse_status(f->status);
    if (f->status && st == (mins_status)-1) {
      mins__doc_diag(c, "fm-bad-status", f->line, f->column,
                     "use done, ongoing or dropped",
                     "'%s' is not an action status", f->status);
      st = MINS_STATUS_OPEN;
    }
    if (f->ref) {
      mins_review *r = VEC_PUSH(a, &d->reviews, mins_review);
      if (!r)
        break;
      r->ref = f->ref;
      const char *h = strchr(f->ref, '#');
      if (h) {
        char iso[11];
        size_t dl = (size_t)(h - f->ref);
        if (dl == 10 && mins__iso_valid(mins__strndup(a, f->ref, 10)))
          r->ref_date = mins__strndup(a, f->ref, 10);
        else if (mins__parse_date(f->ref, dl, 0, iso))
          r->ref_date = mins__strdup(a, iso);
        r->ref_number = mins__strdup(a, h + 1);
      } else {
        r->ref_number = f->ref;
      }
      r->status = st;
      r->note = f->note;
      r->line = f->line;
      r->column = f->column;
      r->origin = MINS_FROM_FRONT_MATTER;
      r->item_index = MINS_NONE;
      continue;
    }
    if (!f->number)
      continue;
    size_t idx;
    mins_action *ac = by_number(c, f->number, strlen(f->number), &idx);
    if (!ac) {
      ac = new_action(c, NULL, 0, f->number, strlen(f->number),
                      MINS_ACTION_MARKER);
      if (!ac)
        break;
      ac->item_index = MINS_NONE;
      ac->line = f->line;
      ac->column = f->column;
    }
    if (f->owner) {
      ac->owner = f->owner;
      ac->flags |= MINS_ACTION_FM_OWNER;
    }
    if (f->due) {
      char iso[11];
      if (mins__iso_valid(f->due)) {
        ac->due = f->due;
        ac->flags |= MINS_ACTION_FM_DUE;
      } else if (mins__due_date(f->due, strlen(f->due), d->meeting.date.value,
                                iso)) {
        ac->due = mins__strdup(a, iso);
        ac->due_text = f->due;
        ac->flags |= MINS_ACTION_FM_DUE;
      } else {
        ac->due_text = f->due;
      }
    }
    if (f->status && st != (mins_status)-1)
      ac->status = st;
  }
  /* dues that waited for the meeting's date */
  mins_action *as = d->actions.data;
  for (size_t i = 0; i < d->actions.len; i++) {
    if (!as[i].due && as[i].due_text && d->meeting.date.value) {
      char iso[11];
      if (mins__due_date(as[i].due_text, strlen(as[i].due_text),
                         d->meeting.date.value, iso))
        as[i].due = mins__strdup(a, iso);
    }
  }
  return a->failed ? MINS_ENOMEM : MINS_OK;
}
