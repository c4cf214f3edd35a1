/* SPDX-License-Identifier: MIT */
/*
 * Resolutions: decisions in every spelling minutes use. A paragraph that
 * opens with a formula ("Resolved, that", "RESOLVED –", "It was resolved
 * to", "Agreed:") and its continuation (a lettered or numbered sub-list, or
 * the next paragraph after a bare "And Resolved:"); labels ("Resolution:",
 * "RESOLUTION #2:", "Decision:"); "it was resolved" inside running text; and
 * votes ("proposed by ..., seconded by ..., all in favour"). A resolution
 * only proposed, tabled or withdrawn is not a decision. Each gets an outcome
 * (noted, agreed, approved, endorsed, deferred, rejected, other) and its
 * conditions ("subject to advice from the Remembrancer").
 */
#include <string.h>

#include "internal.h"

typedef struct verb {
  const char *word;
  mins_outcome outcome;
} verb;

/* The verb of "... be <verb>" decides the outcome. */
static const verb verbs[] = {
    {"noted", MINS_OUTCOME_NOTED},         {"received", MINS_OUTCOME_NOTED},
    {"welcomed", MINS_OUTCOME_NOTED},      {"agreed", MINS_OUTCOME_AGREED},
    {"extended", MINS_OUTCOME_AGREED},     {"accepted", MINS_OUTCOME_APPROVED},
    {"approved", MINS_OUTCOME_APPROVED},   {"adopted", MINS_OUTCOME_APPROVED},
    {"renewed", MINS_OUTCOME_APPROVED},    {"confirmed", MINS_OUTCOME_APPROVED},
    {"signed", MINS_OUTCOME_APPROVED},     {"ratified", MINS_OUTCOME_APPROVED},
    {"granted", MINS_OUTCOME_APPROVED},    {"authorised", MINS_OUTCOME_APPROVED},
    {"authorized", MINS_OUTCOME_APPROVED}, {"endorsed", MINS_OUTCOME_ENDORSED},
    {"supported", MINS_OUTCOME_ENDORSED},  {"recommended", MINS_OUTCOME_ENDORSED},
    {"deferred", MINS_OUTCOME_DEFERRED},   {"postponed", MINS_OUTCOME_DEFERRED},
    {"adjourned", MINS_OUTCOME_DEFERRED},  {"rejected", MINS_OUTCOME_REJECTED},
    {"refused", MINS_OUTCOME_REJECTED},    {"declined", MINS_OUTCOME_REJECTED},
    {NULL, MINS_OUTCOME_OTHER}};

/* "resolved to approve", "agreed to defer": the infinitive form. */
static const verb infinitives[] = {
    {"note", MINS_OUTCOME_NOTED},         {"receive", MINS_OUTCOME_NOTED},
    {"agree", MINS_OUTCOME_AGREED},       {"approve", MINS_OUTCOME_APPROVED},
    {"accept", MINS_OUTCOME_APPROVED},    {"adopt", MINS_OUTCOME_APPROVED},
    {"grant", MINS_OUTCOME_APPROVED},     {"endorse", MINS_OUTCOME_ENDORSED},
    {"support", MINS_OUTCOME_ENDORSED},   {"recommend", MINS_OUTCOME_ENDORSED},
    {"defer", MINS_OUTCOME_DEFERRED},     {"postpone", MINS_OUTCOME_DEFERRED},
    {"reject", MINS_OUTCOME_REJECTED},    {"refuse", MINS_OUTCOME_REJECTED},
    {"decline", MINS_OUTCOME_REJECTED},   {NULL, MINS_OUTCOME_OTHER}};

static int word_at(const char *s, size_t n, size_t i, const char *w) {
  size_t k = strlen(w);
  if (i + k > n || !mins__nieq(s + i, k, w))
    return 0;
  if (i + k < n) {
    char c = s[i + k];
    if ((c | 32) >= 'a' && (c | 32) <= 'z')
      return 0;
  }
  return 1;
}

mins_outcome mins__outcome(const char *t, size_t n, const char **cond,
                           size_t *condlen) {
  *cond = NULL;
  *condlen = 0;
  /* conditions: "subject to ...", "provided that ...", "on condition" */
  static const char *const cwords[] = {"subject to ", "provided that ",
                                       "on condition that ", "conditional on ",
                                       "conditional upon ", NULL};
  for (int k = 0; cwords[k] && !*cond; k++) {
    const char *f = mins__istr(t, n, cwords[k]);
    if (!f)
      continue;
    size_t s = (size_t)(f - t), e = s;
    while (e < n && t[e] != ',' && t[e] != ';' && t[e] != '\n' &&
           !(t[e] == '.' && (e + 1 == n || t[e + 1] == ' ')))
      e++;
    *cond = t + s;
    *condlen = e - s;
  }
  /* "... be noted", "... not be approved" */
  for (size_t i = 0; i + 3 < n; i++) {
    if (!(i == 0 || t[i - 1] == ' ' || t[i - 1] == '\n'))
      continue;
    if (!word_at(t, n, i, "be"))
      continue;
    size_t j = i + 3;
    int neg = i >= 4 && word_at(t, n, i - 4, "not");
    if (word_at(t, n, j, "not")) {
      neg = 1;
      j += 4;
    }
    /* "be taken as read and adopted": look a few words on */
    for (int w = 0; w < 6 && j < n; w++) {
      for (int v = 0; verbs[v].word; v++) {
        if (word_at(t, n, j, verbs[v].word)) {
          if (neg && (verbs[v].outcome == MINS_OUTCOME_APPROVED ||
                      verbs[v].outcome == MINS_OUTCOME_AGREED ||
                      verbs[v].outcome == MINS_OUTCOME_ENDORSED))
            return MINS_OUTCOME_REJECTED;
          return verbs[v].outcome;
        }
      }
      while (j < n && t[j] != ' ')
        j++;
      while (j < n && t[j] == ' ')
        j++;
    }
    return MINS_OUTCOME_OTHER;
  }
  /* "resolved to approve", "agreed to note" */
  for (size_t i = 0; i + 3 < n; i++) {
    if (!(i == 0 || t[i - 1] == ' '))
      continue;
    if (!word_at(t, n, i, "to"))
      continue;
    for (int v = 0; infinitives[v].word; v++)
      if (word_at(t, n, i + 3, infinitives[v].word))
        return infinitives[v].outcome;
    break;
  }
  /* a bare verb: "approved", "noted" */
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && t[i - 1] != ' ')
      continue;
    for (int v = 0; verbs[v].word; v++)
      if (word_at(t, n, i, verbs[v].word))
        return verbs[v].outcome;
  }
  return MINS_OUTCOME_OTHER;
}

static mins_resolution *add(mins__ctx *c, const mins__block *b, size_t s,
                            const char *text, size_t tn, const char *formula,
                            size_t fn, mins_outcome dflt, unsigned flags) {
  mins__arena *a = &c->doc->arena;
  mins_resolution *r = VEC_PUSH(a, &c->doc->resolutions, mins_resolution);
  if (!r)
    return NULL;
  mins__trim(&text, &tn, NULL);
  r->text = mins__strndup(a, text, tn);
  if (formula) {
    mins__trim(&formula, &fn, NULL);
    r->formula = mins__clean(a, formula, fn);
  }
  /* the outcome from the words after the formula ("to" included, for
   * "resolved to approve") */
  const char *body = text;
  size_t bn = tn;
  if (formula && fn <= tn) {
    body = text + fn;
    bn = tn - fn;
    if (fn >= 2 && mins__nieq(text + fn - 2, 2, "to")) {
      body -= 2;
      bn += 2;
    }
  }
  const char *cond;
  size_t cl;
  mins_outcome o = mins__outcome(body, bn, &cond, &cl);
  if (o == MINS_OUTCOME_OTHER && dflt != MINS_OUTCOME_OTHER &&
      !mins__istr(body, bn, " be "))
    o = dflt;
  r->outcome = o;
  if (cond) {
    const char *cc = cond;
    mins__trim(&cc, &cl, ",;");
    r->conditions = mins__clean(a, cc, cl);
  }
  r->item_index = b->item;
  mins__block_pos(c, b, s, &r->line, &r->column);
  r->flags = flags;
  return r;
}

/* Join a block's text from `from` with the blocks that continue it: a
 * lettered sub-list after "Resolved, that:" */
static char *with_continuation(mins__ctx *c, size_t i, size_t from,
                               size_t *len, size_t *last) {
  mins__block *bs = c->blocks.data;
  mins__block *b = &bs[i];
  mins__buf buf = {0};
  mins__buf_add(&buf, b->text + from, b->len - from);
  size_t j = i + 1;
  *last = i;
  const char *t = b->text + from;
  size_t tn = b->len - from;
  mins__trim(&t, &tn, NULL);
  int wants = tn == 0 || t[tn - 1] == ':' || t[tn - 1] == '-' ||
              (tn >= 3 && memcmp(t + tn - 3, "\xE2\x80\x93", 3) == 0);
  while (j < c->blocks.len) {
    mins__block *n = &bs[j];
    if (n->kind != BLK_PARA || n->item != b->item || n->role == ROLE_ITEM)
      break;
    int sub = n->list_depth > b->list_depth;
    if (!(sub || (wants && j == i + 1)))
      break;
    mins__buf_addc(&buf, '\n');
    mins__buf_add(&buf, n->text, n->len);
    n->used = 1;
    *last = j;
    j++;
    if (!sub)
      break;
  }
  if (buf.failed) {
    mins__buf_free(&buf);
    return NULL;
  }
  char *out = mins__strndup(c->scratch, buf.s ? buf.s : "", buf.len);
  *len = buf.len;
  mins__buf_free(&buf);
  return out;
}

/* Is the word after the formula a sentence's next word? */
static int formula_ok(const char *t, size_t n, const mins__match_t *m) {
  size_t e = m->end;
  const char *f = t + m->start;
  size_t fn = m->end - m->start;
  /* the formula ended on a separator or on "that"/"to" */
  if (fn == 0)
    return 0;
  char last = f[fn - 1];
  if (last == ',' || last == ':' || last == ';' || last == '-' ||
      (unsigned char)last >= 0x80)
    return 1;
  if (fn >= 4 && (mins__nieq(f + fn - 4, 4, "that") ||
                  mins__nieq(f + fn - 2, 2, "to")))
    return 1;
  if (fn >= 2 && mins__nieq(f + fn - 2, 2, "to"))
    return 1;
  /* "RESOLVED" alone, or followed by a capital: "Resolved That" */
  while (e < n && (t[e] == ' ' || t[e] == '*' || t[e] == '_'))
    e++;
  if (e >= n)
    return 1;
  unsigned char c0 = (unsigned char)t[e];
  if (c0 == '"' || c0 == '\'' || c0 >= 0x80 || (c0 >= 'A' && c0 <= 'Z'))
    return 1;
  return 0;
}

/* "It was resolved that ...", "RESOLVED" inside a paragraph. */
static int inline_resolution(mins__ctx *c, mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  static const char *const keys[] = {"it was resolved", "it was unanimously resolved",
                                     "it was further resolved",
                                     "it was agreed unanimously",
                                     "it was unanimously agreed", NULL};
  int found = 0;
  for (size_t i = 1; i < n; i++) {
    /* every opening below starts a word: skip the other bytes cheaply */
    if (t[i - 1] != ' ' && t[i - 1] != '\n')
      continue;
    size_t klen = 0;
    for (int k = 0; keys[k]; k++) {
      size_t kl = strlen(keys[k]);
      if (i + kl <= n && mins__nieq(t + i, kl, keys[k]) &&
          (t[i - 1] == ' ' || t[i - 1] == '\n'))
        klen = kl;
    }
    if (!klen && i + 8 <= n && memcmp(t + i, "RESOLVED", 8) == 0 &&
        (t[i - 1] == ' ' || t[i - 1] == '\n') &&
        (i + 8 == n || !(t[i + 8] >= 'A' && t[i + 8] <= 'Z')))
      klen = 8;
    if (!klen)
      continue;
    /* "it was resolved" must go on with "that" or "to" */
    size_t e = i + klen;
    while (e < n && (t[e] == ' ' || t[e] == ',' || t[e] == ':' ||
                     t[e] == '-'))
      e++;
    if (klen != 8 && !(word_at(t, n, e, "that") || word_at(t, n, e, "to")))
      continue;
    size_t end = e;
    while (end < n && !((t[end] == '.' && (end + 1 == n || t[end + 1] == ' ' ||
                                           t[end + 1] == '\n'))))
      end++;
    if (end < n)
      end++;
    size_t fe = e;
    if (word_at(t, n, fe, "that"))
      fe += 4;
    else if (word_at(t, n, fe, "to"))
      fe += 2;
    if (add(c, b, i, t + i, end - i, t + i, fe - i, MINS_OUTCOME_AGREED, 0))
      found++;
    i = end;
  }
  return found;
}

static int vote(mins__ctx *c, mins__block *b) {
  mins__match_t m;
  const char *t = b->text;
  size_t n = b->len;
  if (mins__match(c->pat, PAT_VOTE, t, n, 0, &m) != 1)
    return 0;
  /* from the start of the sentence that proposes */
  size_t s = m.start;
  while (s > 0 && !(t[s - 1] == '\n' ||
                    ((t[s - 1] == ' ') && s >= 2 &&
                     (t[s - 2] == '.' || t[s - 2] == ';') &&
                     !(s >= 4 && t[s - 4] == ' '))))
    s--;
  size_t e = m.ge[1];
  while (e < n && !(t[e] == '.' && (e + 1 == n || t[e + 1] == ' ' ||
                                    t[e + 1] == '\n')))
    e++;
  if (e < n)
    e++;
  const char *w = t + m.gs[1];
  size_t wn = GLEN(m, 1);
  mins_outcome dflt = MINS_OUTCOME_AGREED;
  if (mins__istr(w, wn, "defeated") || mins__istr(w, wn, "lost") ||
      mins__istr(w, wn, "fell") || mins__istr(w, wn, "not carried"))
    dflt = MINS_OUTCOME_REJECTED;
  mins_resolution *r =
      add(c, b, s, t + s, e - s, NULL, 0, dflt, MINS_RES_VOTE);
  if (r) {
    r->formula = "vote";
    if (dflt == MINS_OUTCOME_REJECTED)
      r->outcome = MINS_OUTCOME_REJECTED;
    else if (r->outcome == MINS_OUTCOME_OTHER)
      r->outcome = dflt;
  }
  return r != NULL;
}

/* A label resolution already recorded under the same number (the closing
 * summary of W3C minutes repeats each one). */
static int seen_label(mins__ctx *c, const char *num, size_t nn,
                      const char *text, size_t tn) {
  mins_resolution *rs = c->doc->resolutions.data;
  for (size_t i = 0; i < c->doc->resolutions.len; i++) {
    if (!(rs[i].flags & MINS_RES_LABEL) || !rs[i].formula)
      continue;
    if (num) {
      const char *h = strchr(rs[i].formula, '#');
      const char *d = h ? h + 1 : NULL;
      if (!d) {
        d = rs[i].formula;
        while (*d && !(*d >= '0' && *d <= '9'))
          d++;
      }
      while (d && *d == ' ')
        d++;
      if (d && strlen(d) >= nn && strncmp(d, num, nn) == 0 &&
          !(d[nn] >= '0' && d[nn] <= '9'))
        return 1;
    }
    const char *rt = rs[i].text + strlen(rs[i].formula);
    size_t rn = strlen(rt);
    mins__trim(&rt, &rn, NULL);
    mins__trim(&text, &tn, NULL);
    if (rn == tn && strncmp(rt, text, tn) == 0)
      return 1;
  }
  return 0;
}

int mins__resolutions(mins__ctx *c) {
  for (size_t i = 0; i < c->blocks.len; i++) {
    mins__block *b = &((mins__block *)c->blocks.data)[i];
    if (b->kind != BLK_PARA || b->used || b->role == ROLE_FURNITURE ||
        b->role == ROLE_SECTION || b->section == SEC_AGENDA)
      continue;
    if (b->section == SEC_PRESENT || b->section == SEC_ATTEND ||
        b->section == SEC_APOL || b->section == SEC_ABSENT)
      continue;
    const char *t = b->text + b->body;
    size_t n = b->len - b->body;
    if (n == 0)
      continue;
    mins__match_t m;
    unsigned char c0 = (unsigned char)t[0];
    int maybe = c0 == 'R' || c0 == 'r' || c0 == 'A' || c0 == 'a' ||
                c0 == 'I' || c0 == 'i' || c0 == 'U' || c0 == 'u' ||
                c0 == 'D' || c0 == 'd' || c0 == ' ';
    if (maybe && mins__match(c->pat, PAT_RESOLUTION, t, n, 0, &m) == 1 &&
        formula_ok(t, n, &m)) {
      size_t len, last;
      size_t off = b->body + m.start;
      char *text = with_continuation(c, i, off, &len, &last);
      if (!text)
        return MINS_ENOMEM;
      b = &((mins__block *)c->blocks.data)[i];
      size_t fn = m.end - m.start;
      if (add(c, b, off, text, len, text, fn, MINS_OUTCOME_AGREED, 0))
        b->used = 1;
      continue;
    }
    if (mins__match(c->pat, PAT_RES_LABEL, t, n, 0, &m) == 1) {
      if (MATCHED(m, 1))
        continue; /* "Proposed resolution:" is not a decision */
      const char *num = MATCHED(m, 2) ? t + m.gs[2] : NULL;
      size_t nn = MATCHED(m, 2) ? GLEN(m, 2) : 0;
      if (seen_label(c, num, nn, t + m.end, n - m.end)) {
        b->used = 1;
        continue;
      }
      size_t len, last;
      size_t off = b->body + m.start;
      char *text = with_continuation(c, i, off, &len, &last);
      if (!text)
        return MINS_ENOMEM;
      b = &((mins__block *)c->blocks.data)[i];
      if (add(c, b, off, text, len, text, m.end - m.start,
              MINS_OUTCOME_AGREED, MINS_RES_LABEL))
        b->used = 1;
      continue;
    }
    if (inline_resolution(c, b))
      continue;
    vote(c, b);
  }
  return c->doc->arena.failed ? MINS_ENOMEM : MINS_OK;
}
