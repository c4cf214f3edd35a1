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
#include <stdio.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "internal.h"

typedef struct verb {
  const char *word;
  mins_outcome outcome;
} verb;

/* The verb of "... be <verb>" decides the outcome. */
static const verb verbs[] = {{"noted", MINS_OUTCOME_NOTED},
                             {"received", MINS_OUTCOME_NOTED},
                             {"welcomed", MINS_OUTCOME_NOTED},
                             {"agreed", MINS_OUTCOME_AGREED},
                             {"extended", MINS_OUTCOME_AGREED},
                             {"accepted", MINS_OUTCOME_APPROVED},
                             {"approved", MINS_OUTCOME_APPROVED},
                             {"adopted", MINS_OUTCOME_APPROVED},
                             {"renewed", MINS_OUTCOME_APPROVED},
                             {"confirmed", MINS_OUTCOME_APPROVED},
                             {"signed", MINS_OUTCOME_APPROVED},
                             {"ratified", MINS_OUTCOME_APPROVED},
                             {"granted", MINS_OUTCOME_APPROVED},
                             {"authorised", MINS_OUTCOME_APPROVED},
                             {"authorized", MINS_OUTCOME_APPROVED},
                             {"endorsed", MINS_OUTCOME_ENDORSED},
                             {"supported", MINS_OUTCOME_ENDORSED},
                             {"recommended", MINS_OUTCOME_ENDORSED},
                             {"deferred", MINS_OUTCOME_DEFERRED},
                             {"postponed", MINS_OUTCOME_DEFERRED},
                             {"adjourned", MINS_OUTCOME_DEFERRED},
                             {"held over", MINS_OUTCOME_DEFERRED},
                             {"rejected", MINS_OUTCOME_REJECTED},
                             {"refused", MINS_OUTCOME_REJECTED},
                             {"declined", MINS_OUTCOME_REJECTED},
                             {NULL, MINS_OUTCOME_OTHER}};

/* "resolved to approve", "agreed to defer": the infinitive form. */
static const verb infinitives[] = {
    {"note", MINS_OUTCOME_NOTED},       {"receive", MINS_OUTCOME_NOTED},
    {"agree", MINS_OUTCOME_AGREED},     {"approve", MINS_OUTCOME_APPROVED},
    {"accept", MINS_OUTCOME_APPROVED},  {"adopt", MINS_OUTCOME_APPROVED},
    {"grant", MINS_OUTCOME_APPROVED},   {"endorse", MINS_OUTCOME_ENDORSED},
    {"support", MINS_OUTCOME_ENDORSED}, {"recommend", MINS_OUTCOME_ENDORSED},
    {"defer", MINS_OUTCOME_DEFERRED},   {"postpone", MINS_OUTCOME_DEFERRED},
    {"table", MINS_OUTCOME_DEFERRED},   {"reject", MINS_OUTCOME_REJECTED},
    {"refuse", MINS_OUTCOME_REJECTED},  {"decline", MINS_OUTCOME_REJECTED},
    {NULL, MINS_OUTCOME_OTHER}};

/* "That Council adopts ...", "That the Board notes ...": the present. */
static const verb presents[] = {
    {"notes", MINS_OUTCOME_NOTED},       {"receives", MINS_OUTCOME_NOTED},
    {"agrees", MINS_OUTCOME_AGREED},     {"approves", MINS_OUTCOME_APPROVED},
    {"adopts", MINS_OUTCOME_APPROVED},   {"accepts", MINS_OUTCOME_APPROVED},
    {"confirms", MINS_OUTCOME_APPROVED}, {"endorses", MINS_OUTCOME_ENDORSED},
    {"supports", MINS_OUTCOME_ENDORSED}, {"defers", MINS_OUTCOME_DEFERRED},
    {"rejects", MINS_OUTCOME_REJECTED},  {"refuses", MINS_OUTCOME_REJECTED},
    {NULL, MINS_OUTCOME_OTHER}};

/* Nouns of a proposal: "proposed acceptance of the minutes". */
static const verb nouns[] = {{"acceptance", MINS_OUTCOME_APPROVED},
                             {"approval", MINS_OUTCOME_APPROVED},
                             {"adoption", MINS_OUTCOME_APPROVED},
                             {"deferral", MINS_OUTCOME_DEFERRED},
                             {"deferment", MINS_OUTCOME_DEFERRED},
                             {"rejection", MINS_OUTCOME_REJECTED},
                             {NULL, MINS_OUTCOME_OTHER}};

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
  static const char *const cwords[] = {"subject to ",        "provided that ",
                                       "on condition that ", "conditional on ",
                                       "conditional upon ",  NULL};
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
    /* "To be confirmed on the list": still to be done, not done */
    if (i >= 3 && word_at(t, n, i - 3, "to"))
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
  /* a bare verb or a noun: "approved", "noted", "acceptance of" */
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && t[i - 1] != ' ')
      continue;
    if (i >= 6 && mins__nieq(t + i - 6, 6, "to be ") &&
        (i == 6 || t[i - 7] == ' ' || t[i - 7] == '\n'))
      continue;
    for (int v = 0; verbs[v].word; v++)
      if (word_at(t, n, i, verbs[v].word))
        return verbs[v].outcome;
    for (int v = 0; nouns[v].word; v++)
      if (word_at(t, n, i, nouns[v].word))
        return nouns[v].outcome;
    for (int v = 0; presents[v].word; v++)
      if (word_at(t, n, i, presents[v].word))
        return presents[v].outcome;
  }
  return MINS_OUTCOME_OTHER;
}

static int enumerated(const char *t, size_t n);

/* A resolution in parts ("That Council: a) Receives the report; and b)
 * Adopts the Consultation Document", "(a) the overspend be noted; (b) the
 * virements be approved") decides what its strongest part decides: a
 * report received or noted on the way to a decision is its preamble. The
 * parts are the lines that open with a marker. */
static mins_outcome parts_outcome(const char *t, size_t n, mins_outcome o) {
  for (size_t i = 0; i < n; i++) {
    if (t[i] != '\n' || !enumerated(t + i + 1, n - i - 1))
      continue;
    size_t s = i + 1, e = s;
    while (e < n && t[e] != '\n')
      e++;
    const char *cond;
    size_t cl;
    mins_outcome p = mins__outcome(t + s, e - s, &cond, &cl);
    if (p != MINS_OUTCOME_NOTED && p != MINS_OUTCOME_OTHER)
      return p;
    if (p == MINS_OUTCOME_NOTED && o == MINS_OUTCOME_OTHER)
      o = p;
    i = e - 1;
  }
  return o;
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
  if (o == MINS_OUTCOME_NOTED || o == MINS_OUTCOME_OTHER)
    o = parts_outcome(body, bn, o);
  /* a decision with no formula (a label, a list of decisions, a vote) was
   * agreed unless its words say otherwise; "Resolved, that X be
   * withdrawn" keeps "other" */
  if (o == MINS_OUTCOME_OTHER && dflt != MINS_OUTCOME_OTHER &&
      (!mins__istr(body, bn, " be ") ||
       (flags & (MINS_RES_LABEL | MINS_RES_VOTE))))
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

/* Append a paragraph's text with its line breaks (a wrapped line) and runs
 * of blanks as single spaces: a resolution's own lines separate its parts
 * only. */
static void add_flat(mins__buf *buf, const char *t, size_t n) {
#define BLANK(ch) ((ch) == ' ' || (ch) == '\n' || (ch) == '\t' || (ch) == '\r')
  size_t i = 0;
  while (i < n) {
    if (BLANK(t[i])) {
      /* a run of blanks: one space, or a line break before a line that
       * opens a part ("(b) it would harm ..."); none at the end */
      int sp = 1;
      for (; i < n && BLANK(t[i]); i++)
        if (t[i] == '\n' && enumerated(t + i + 1, n - i - 1))
          sp = 2;
      if (i < n)
        mins__buf_addc(buf, sp == 2 ? '\n' : ' ');
      continue;
    }
    /* words and the single spaces between them, copied as they are */
    size_t j = i + 1;
    while (j < n &&
           (!BLANK(t[j]) || (t[j] == ' ' && j + 1 < n && !BLANK(t[j + 1]))))
      j++;
    mins__buf_add(buf, t + i, j - i);
    i = j;
  }
#undef BLANK
}

/* Does a paragraph open with a part marker: "(a)", "a)", "b.", "(ii)",
 * "1."? */
static int enumerated(const char *t, size_t n) {
  size_t i = 0;
  if (i < n && t[i] == '(')
    i++;
  size_t s = i;
  while (i < n && i - s < 4 &&
         ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= '0' && t[i] <= '9')))
    i++;
  if (i == s || i >= n)
    return 0;
  if (i - s > 1) {
    /* roman numerals only, when more than one letter */
    for (size_t k = s; k < i; k++)
      if (!strchr("ivx0123456789", t[k]))
        return 0;
  }
  return (t[i] == ')' || t[i] == '.') && i + 1 < n && t[i + 1] == ' ';
}

/* Join a block's text from `from` with the blocks that continue it: a
 * lettered sub-list after "Resolved, that:" */
static char *with_continuation(mins__ctx *c, size_t i, size_t from, size_t *len,
                               size_t *last) {
  mins__block *bs = c->blocks.data;
  mins__block *b = &bs[i];
  mins__buf buf = {0};
  add_flat(&buf, b->text + from, b->len - from);
  size_t j = i + 1;
  *last = i;
  const char *t = b->text + from;
  size_t tn = b->len - from;
  mins__trim(&t, &tn, NULL);
  /* "RESOLVED:", "RESOLVED – That" with the words below it */
  int wants =
      tn == 0 || t[tn - 1] == ':' || t[tn - 1] == '-' ||
      (tn >= 3 && memcmp(t + tn - 3, "\xE2\x80\x93", 3) == 0) ||
      (tn >= 4 && mins__nieq(t + tn - 4, 4, "that") &&
       (tn == 4 || t[tn - 5] == ' ' || t[tn - 5] == ':' || t[tn - 5] == '*'));
  int next_para = wants; /* "RESOLVED:" alone: the next paragraph is its */
  while (j < c->blocks.len) {
    mins__block *n = &bs[j];
    if (n->kind != BLK_PARA || n->item != b->item || n->role == ROLE_ITEM)
      break;
    int sub = n->list_depth > b->list_depth;
    /* "(a) the report be noted; and", "b. the budget be approved" */
    int part = wants && enumerated(n->text, n->len);
    if (!(sub || part || next_para))
      break;
    mins__buf_addc(&buf, '\n');
    if (n->list_depth && n->first_in_item) {
      /* keep the list's numbering: "1. The scale is too large." */
      char mark[32];
      if (n->ordered)
        snprintf(mark, sizeof mark, "%ld. ", n->list_number);
      else
        snprintf(mark, sizeof mark, "- ");
      mins__buf_add(&buf, mark, strlen(mark));
    }
    add_flat(&buf, n->text, n->len);
    n->used = 1;
    *last = j;
    j++;
    /* "That the application be refused for the following reasons:" goes
     * on with its list */
    next_para = 0;
    if (!sub && !part) {
      const char *nt = n->text;
      size_t nn = n->len;
      mins__trim(&nt, &nn, NULL);
      wants = nn > 0 && nt[nn - 1] == ':';
      if (!wants)
        break;
    }
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

/* Where the sentence starts that closes block b with "and resolved:",
 * "resolved as follows:" or "agreed as follows:"; MINS_NONE if it does
 * not end so. */
static size_t closing_resolved(const mins__block *b, size_t n) {
  static const char *const ends[] = {
      " and resolved:", " resolved as follows:", " agreed as follows:",
      " decided as follows:", NULL};
  const char *t = b->text;
  while (n > 0 && mins__is_space((unsigned char)t[n - 1]))
    n--;
  if (n == 0 || t[n - 1] != ':')
    return MINS_NONE;
  for (int k = 0; ends[k]; k++) {
    size_t el = strlen(ends[k]);
    if (n > b->body + el && mins__nieq(t + n - el, el, ends[k]))
      return mins__sentence_start(t, b->body, n - el);
  }
  return MINS_NONE;
}

/* Can the built-in formula open this text? Its first word must be one of
 * the formula's ("It" only in "It was resolved"). */
static int formula_word(const char *t, size_t n, unsigned kw) {
  const char *p = mins__skip_space(t, t + n);
  size_t k = 0;
  while (p + k < t + n && ((p[k] | 32) >= 'a' && (p[k] | 32) <= 'z'))
    k++;
  if (mins__nieq(p, k, "it"))
    return (kw & KW_RESOLVED) != 0;
  return mins__nieq(p, k, "resolved") || mins__nieq(p, k, "agreed") ||
         mins__nieq(p, k, "and") || mins__nieq(p, k, "unanimously") ||
         mins__nieq(p, k, "decided") || mins__nieq(p, k, "determined");
}

/* Is the word after the formula a sentence's next word? */
static int formula_ok(const char *t, size_t n, const mins__match_t *m) {
  size_t e = m->end;
  const char *f = t + m->start;
  size_t fn = m->end - m->start;
  while (fn > 0 && mins__is_space((unsigned char)f[fn - 1]))
    fn--;
  /* the formula ended on a separator or on "that"/"to" */
  if (fn == 0)
    return 0;
  char last = f[fn - 1];
  if (last == ',' || last == ':' || last == ';' || last == '-' ||
      (unsigned char)last >= 0x80)
    return 1;
  if (fn >= 4 &&
      (mins__nieq(f + fn - 4, 4, "that") || mins__nieq(f + fn - 2, 2, "to")))
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
  /* "Agreed as a correct record.", "Agreed by all.", "Resolved
   * unanimously" (not "Agreed actions were reviewed") */
  static const char *const after[] = {"as",          "by",      "with", "nem",
                                      "unanimously", "subject", "and",  NULL};
  for (int k = 0; after[k]; k++)
    if (word_at(t, n, e, after[k]))
      return 1;
  return 0;
}

/* "It was resolved that ...", "RESOLVED" inside a paragraph. */
static int inline_resolution(mins__ctx *c, mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  static const char *const keys[] = {
      "it was resolved",           "it was unanimously resolved",
      "it was further resolved",   "it was agreed unanimously",
      "it was unanimously agreed", NULL};
  int found = 0;
  /* most paragraphs say neither: look once before looking everywhere */
  if (!(b->kw & (KW_RESOLVED | KW_UNANIM)))
    return 0;
  for (size_t i = 1; i < n; i++) {
    /* every opening below starts a word with 'i' or 'R': skip the other
     * bytes cheaply */
    if ((t[i - 1] != ' ' && t[i - 1] != '\n') ||
        (t[i] != 'i' && t[i] != 'I' && t[i] != 'R'))
      continue;
    size_t klen = 0;
    /* "it was ..." before trying each key */
    int itwas = i + 7 < n && (t[i + 1] | 32) == 't' && t[i + 2] == ' ' &&
                (t[i + 3] | 32) == 'w';
    for (int k = 0; itwas && keys[k]; k++) {
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
    while (e < n && (t[e] == ' ' || t[e] == ',' || t[e] == ':' || t[e] == '-'))
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

/* Does a proposal name only its proposer and seconder ("Proposed: Mr
 * Holt. Seconded: Mrs Musgrove.", "Proposed by Catriona Ross, seconded by
 * Alasdair Munro"), so that what was decided is said before it? t opens
 * with the proposing word; the proposal ends at the seconder's line or
 * sentence. */
static int names_only(const char *t, size_t n) {
  const char *sec = mins__istr(t, n < 160 ? n : 160, "second");
  if (!sec)
    return 0;
  size_t e = (size_t)(sec - t);
  while (e < n && t[e] != '\n' &&
         !(t[e] == '.' && (e + 1 == n || t[e + 1] == ' ') &&
           !(e >= 2 && t[e - 2] == ' ')))
    e++;
  static const char *const motion_words[] = {
      " that ", " to ",  "acceptance", "approval",  "adoption",
      "motion", " the ", " a ",        "amendment", NULL};
  for (int k = 0; motion_words[k]; k++)
    if (mins__istr(t, e, motion_words[k]))
      return 0;
  return e < 140;
}

/* The statement a bare proposal follows: the sentence before offset s in
 * the paragraph ("The minutes were accepted as a true record. Proposed:
 * ..."), or the last sentence of the paragraph before (same item) when the
 * proposal opens its own. It must state an outcome. Sets the block and the
 * span; 0 if there is none. */
static int statement_before(mins__ctx *c, size_t bi, size_t s, size_t *blk,
                            size_t *ss, size_t *se) {
  mins__block *bs = c->blocks.data;
  mins__block *b = &bs[bi];
  const char *t = b->text;
  size_t e = s;
  while (e > b->body && mins__is_space((unsigned char)t[e - 1]))
    e--;
  size_t k = bi;
  if (e <= b->body) {
    /* the paragraph before, if it is this item's text */
    if (bi == 0)
      return 0;
    k = bi - 1;
    mins__block *p = &bs[k];
    if (p->kind != BLK_PARA || p->item != b->item || p->used ||
        p->role == ROLE_SECTION || p->role == ROLE_FURNITURE)
      return 0;
    t = p->text;
    e = p->len;
    while (e > p->body && mins__is_space((unsigned char)t[e - 1]))
      e--;
    if (e <= p->body)
      return 0;
    b = p;
  }
  if (t[e - 1] != '.')
    return 0;
  size_t st = mins__sentence_start(t, b->body, e - 1);
  if (st >= e)
    return 0;
  const char *cond;
  size_t cl;
  mins_outcome o = mins__outcome(t + st, e - st, &cond, &cl);
  if (o == MINS_OUTCOME_OTHER)
    return 0;
  *blk = k;
  *ss = st;
  *se = e;
  return 1;
}

/* "proposed by ..., seconded by ..., all were in favour", several in a
 * paragraph ("Chair: Joan Feeney, proposed by Mary O'Donnell, seconded by
 * Ray Fletcher. Elected unopposed.\nSecretary: ..."); a proposal that
 * names only its proposer and seconder records what the sentence before
 * it says was decided ("The minutes were accepted as a true record.
 * Proposed: Mr Holt. Seconded: Mrs Musgrove. Carried nem. con."). */
static int vote(mins__ctx *c, size_t bi) {
  mins__match_t m;
  mins__block *b = &((mins__block *)c->blocks.data)[bi];
  const char *t = b->text;
  size_t n = b->len;
  int found = 0;
  /* a vote is seconded: skip the paragraphs that do not say so */
  if (mins__patterns_default(c->pat, PAT_VOTE) && !(b->kw & KW_SECOND))
    return 0;
  size_t from = b->body;
  while (from < n && mins__match(c->pat, PAT_VOTE, t, n, from, &m) == 1) {
    /* from the start of the sentence that proposes */
    size_t s = m.start;
    while (s > from &&
           !(t[s - 1] == '\n' || ((t[s - 1] == ' ') && s >= 2 &&
                                  (t[s - 2] == '.' || t[s - 2] == ';') &&
                                  !(s >= 4 && t[s - 4] == ' '))))
      s--;
    /* "Motion: that the subscription be increased.\nProposed by ...":
     * the motion's words on the line above its proposer are its text */
    if (s == m.start && s > from && t[s - 1] == '\n') {
      size_t ps = s - 1;
      while (ps > from && t[ps - 1] != '\n')
        ps--;
      const char *l = t + ps;
      size_t ln = s - 1 - ps;
      if (mins__istarts(l, ln, "motion:") ||
          mins__istarts(l, ln, "motion that ") || mins__istarts(l, ln, "that "))
        s = ps;
    }
    size_t e = m.ge[1];
    while (e < n && !(t[e] == '.' &&
                      (e + 1 == n || t[e + 1] == ' ' || t[e + 1] == '\n')))
      e++;
    if (e < n)
      e++;
    const char *w = t + m.gs[1];
    size_t wn = GLEN(m, 1);
    mins_outcome dflt = MINS_OUTCOME_AGREED;
    if (mins__istr(w, wn, "defeated") || mins__istr(w, wn, "lost") ||
        mins__istr(w, wn, "fell") || mins__istr(w, wn, "not carried") ||
        mins__istr(w, wn, "failed"))
      dflt = MINS_OUTCOME_REJECTED;
    size_t blk = bi, ss = s, se = e;
    if (s == m.start && names_only(t + s, n - s))
      statement_before(c, bi, s, &blk, &ss, &se);
    mins__block *sb = &((mins__block *)c->blocks.data)[blk];
    mins_resolution *r =
        add(c, sb, ss, sb->text + ss, se - ss, NULL, 0, dflt, MINS_RES_VOTE);
    if (!r)
      return found;
    found++;
    sb->used = 1;
    r->formula = "vote";
    if (dflt == MINS_OUTCOME_REJECTED)
      r->outcome = MINS_OUTCOME_REJECTED;
    else if (r->outcome == MINS_OUTCOME_OTHER)
      r->outcome = dflt;
    from = e > m.end ? e : m.end;
  }
  if (found)
    return found;
  /* "The accounts were adopted.\nProposed: Kwame Asante   Seconded: Joan
   * Feeney": a bare proposal after what was decided, with no result */
  for (size_t i = b->body; i < n; i++) {
    if (i > b->body && t[i - 1] != '\n' &&
        !(t[i - 1] == ' ' && i >= 2 && t[i - 2] == '.'))
      continue;
    if (!(mins__istarts(t + i, n - i, "proposed") ||
          mins__istarts(t + i, n - i, "moved") ||
          mins__istarts(t + i, n - i, "proposer")))
      continue;
    if (!names_only(t + i, n - i))
      return 0;
    size_t blk, ss, se;
    if (!statement_before(c, bi, i, &blk, &ss, &se))
      return 0;
    mins__block *sb = &((mins__block *)c->blocks.data)[blk];
    mins_resolution *r = add(c, sb, ss, sb->text + ss, se - ss, NULL, 0,
                             MINS_OUTCOME_AGREED, MINS_RES_VOTE);
    if (!r)
      return 0;
    r->formula = "vote";
    sb->used = 1;
    b->used = 1;
    return 1;
  }
  return 0;
}

/* The words the default body-decision pattern turns on: every match
 * holds one, with no full stop between the match's start and it, and ends
 * within DECISION_AFTER bytes of its end. Verbs in capitals of five
 * letters or more end in "ED" ("NOTED", "APPROVED"); the others, in any
 * case, are "agreed", "resolved", "decided", "approved", "endorsed",
 * "ratified", "adopted", "rejected", "declined", "deferred", "held",
 * "postponed", "decision", "consensus", "conclusion" and "resolution",
 * told apart by first letter and length. unit/patterns keeps this in step
 * with the pattern: it compares every fixture read with the pattern set
 * from outside, which is run over whole paragraphs. */
static int decision_trigger(const char *w, size_t len) {
  /* every trigger ends in 'd', 'n' or 's' ("...ED", "decision",
   * "consensus"): most words go here */
  char last = (char)(len ? w[len - 1] | 32 : 0);
  if (len < 4 || (last != 'd' && last != 'n' && last != 's'))
    return 0;
  if (len >= 5 && w[len - 1] == 'D' && w[len - 2] == 'E') {
    size_t k = 0;
    while (k < len && w[k] >= 'A' && w[k] <= 'Z')
      k++;
    if (k == len)
      return 1;
  }
#define IS(word) mins__nieq(w + 1, len - 1, (word) + 1)
  switch (w[0] | 32) {
  case 'a':
    return len == 6   ? IS("agreed")
           : len == 7 ? IS("adopted")
           : len == 8 ? IS("approved")
                      : 0;
  case 'r':
    return len == 8    ? IS("resolved") || IS("ratified") || IS("rejected")
           : len == 10 ? IS("resolution")
                       : 0;
  case 'd':
    return len == 7   ? IS("decided")
           : len == 8 ? IS("declined") || IS("deferred") || IS("decision")
                      : 0;
  case 'e':
    return len == 8 && IS("endorsed");
  case 'h':
    return len == 4 && IS("held");
  case 'p':
    return len == 9 && IS("postponed");
  case 'c':
    return len == 9 ? IS("consensus") : len == 10 ? IS("conclusion") : 0;
  default:
    return 0;
  }
#undef IS
}

#define LETTER(ch) ((((ch) | 32) >= 'a' && ((ch) | 32) <= 'z'))

/* The next trigger word at or after t[from]: its start, its end in *end;
 * n when there is none. Words are runs of ASCII letters; a word's first
 * letter rules most of them out before any comparison: a trigger's first
 * letter (a, c, d, e, h, p, r in either case) or a capital, which may open
 * a verb in capitals. Every paragraph that reaches body_decision passes
 * through here, so where SSE2 is there (every x86-64) the word starts are
 * found 16 bytes at a time. */
static size_t next_trigger(const char *t, size_t n, size_t from, size_t *end) {
  static const unsigned char first[256] = {
      ['a'] = 1, ['r'] = 1, ['d'] = 1, ['e'] = 1, ['h'] = 1, ['p'] = 1,
      ['c'] = 1, ['A'] = 1, ['R'] = 1, ['D'] = 1, ['E'] = 1, ['H'] = 1,
      ['P'] = 1, ['C'] = 1, ['B'] = 2, ['F'] = 2, ['G'] = 2, ['I'] = 2,
      ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2,
      ['Q'] = 2, ['S'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2,
      ['X'] = 2, ['Y'] = 2, ['Z'] = 2};
  size_t i = from;
  while (i < n && i > 0 && LETTER(t[i - 1]) && LETTER(t[i]))
    i++; /* from inside a word: its end */
#if defined(__SSE2__) && defined(__GNUC__)
  {
    const unsigned char *u = (const unsigned char *)t;
    const __m128i fold = _mm_set1_epi8(0x20), z = _mm_set1_epi8(25);
    const __m128i la = _mm_set1_epi8('a'), lc = _mm_set1_epi8('c');
    const __m128i ld = _mm_set1_epi8('d'), le = _mm_set1_epi8('e');
    const __m128i lh = _mm_set1_epi8('h'), lp = _mm_set1_epi8('p');
    const __m128i lr = _mm_set1_epi8('r'), ua = _mm_set1_epi8('A');
    for (; i + 16 <= n; i += 16) {
      __m128i x = _mm_loadu_si128((const __m128i *)(u + i));
      /* letters: (x | 0x20) - 'a' below 26; capitals: x - 'A' below 26 */
      __m128i y = _mm_sub_epi8(_mm_or_si128(x, fold), la);
      unsigned lm =
          (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(y, z), y));
      unsigned prev = i > 0 && LETTER(t[i - 1]);
      unsigned starts = lm & ~((lm << 1) | prev);
      if (!starts)
        continue;
      __m128i cap = _mm_sub_epi8(x, ua);
      __m128i hit = _mm_or_si128(
          _mm_or_si128(
              _mm_cmpeq_epi8(_mm_min_epu8(cap, z), cap),
              _mm_or_si128(_mm_cmpeq_epi8(x, la), _mm_cmpeq_epi8(x, lc))),
          _mm_or_si128(
              _mm_or_si128(_mm_cmpeq_epi8(x, ld), _mm_cmpeq_epi8(x, le)),
              _mm_or_si128(
                  _mm_cmpeq_epi8(x, lh),
                  _mm_or_si128(_mm_cmpeq_epi8(x, lp), _mm_cmpeq_epi8(x, lr)))));
      unsigned cand = starts & (unsigned)_mm_movemask_epi8(hit);
      while (cand) {
        unsigned bit = (unsigned)__builtin_ctz(cand);
        cand &= cand - 1;
        /* the word's end: the first byte after it that is no letter */
        unsigned rest = ~lm & 0xFFFFu & (0xFFFFu << bit);
        size_t s = i + bit, e;
        if (rest) {
          e = i + (unsigned)__builtin_ctz(rest);
        } else {
          e = i + 16;
          while (e < n && LETTER(t[e]))
            e++;
        }
        if (decision_trigger(t + s, e - s)) {
          *end = e;
          return s;
        }
      }
    }
    /* the tail: not from inside a word checked above */
    while (i < n && i > 0 && LETTER(t[i - 1]) && LETTER(t[i]))
      i++;
  }
#endif
  while (i < n) {
    while (i < n && !LETTER(t[i]))
      i++;
    size_t s = i;
    while (i < n && LETTER(t[i]))
      i++;
    /* 1: a trigger's first letter; 2: a capital, which may open a verb
     * in capitals */
    if (s < n && first[(unsigned char)t[s]] && decision_trigger(t + s, i - s)) {
      *end = i;
      return s;
    }
  }
  *end = n;
  return n;
}

/* Can the default body-decision pattern's last branch, "\\b(?:was|were)\\s+
 * (?:(?i:unanimously)\\s+)?(APPROVED|...)\\b", open at t[p] (t has n
 * bytes)? A necessary condition: the word "was" or "were", blanks, then
 * a capital or a 'u'. */
static int was_capital(const char *t, size_t n, size_t p) {
  if (t[p] != 'w' || (p > 0 && (LETTER(t[p - 1]) || t[p - 1] == '_' ||
                                (t[p - 1] >= '0' && t[p - 1] <= '9'))))
    return 0;
  size_t k;
  if (p + 3 <= n && t[p + 1] == 'a' && t[p + 2] == 's')
    k = p + 3;
  else if (p + 4 <= n && t[p + 1] == 'e' && t[p + 2] == 'r' && t[p + 3] == 'e')
    k = p + 4;
  else
    return 0;
  if (k >= n || !mins__is_space((unsigned char)t[k]))
    return 0;
  while (k < n && mins__is_space((unsigned char)t[k]))
    k++;
  return k < n && ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] | 32) == 'u');
}

/* The first match of the default body-decision pattern in a search of
 * t[0..n) from `from`, made of anchored tries at the offsets where a match
 * can open: where its opening assertion "(?:^|\\G|(?<=[.;!?]\\s)|(?<=[.;!?]
 * \\s\\s)|(?<=\\n))" holds ("\\G" at `from` only, and only when `from` is
 * where the caller's search began, `g`), and where its last branch can
 * (was_capital). Every other branch opens at the assertion, takes the
 * blanks after it and goes on with a letter, so an opening in a run of
 * blanks after one tried in vain fails too and is not tried again. PCRE2
 * itself would try every offset of the window. 1 found, 0 none, -1 on a
 * PCRE2 error, -2 if the anchored copies are not there. */
static int decision_search(mins__ctx *c, const char *t, size_t n, size_t from,
                           int g, mins__match_t *m) {
  size_t tried = 0; /* openings up to here give what a tried one gave */
  int have_tried = 0;
  for (size_t p = from; p < n; p++) {
    int open;
    if (p == from) {
      open = g;
    } else {
      unsigned char a = (unsigned char)t[p - 1];
      open = a == '\n' || a == '\r' ||
             (mins__is_space(a) && p >= 2 && strchr(".;!?", t[p - 2]) &&
              t[p - 2]) ||
             (mins__is_space(a) && p >= 3 &&
              mins__is_space((unsigned char)t[p - 2]) &&
              strchr(".;!?", t[p - 3]) && t[p - 3]);
      if (open && have_tried && p <= tried)
        open = 0;
    }
    if (!open && !was_capital(t, n, p))
      continue;
    int rc = mins__match_anchored(c->pat, PAT_BODY_DECISION, t, n, p,
                                  p == from && g, m);
    if (rc != 0)
      return rc;
    if (open) {
      tried = mins__blanks_end(t, n, p);
      have_tried = 1;
    }
  }
  return 0;
}

/* Decisions the minutes give to the body in running text:
 * "The Board APPROVED the Charitable Funds Annual Report", "The PCC agreed
 * to pay the Parish Share in monthly instalments", "After discussion, the
 * committee resolved not to object." A verb in capitals is a decision in
 * any case; in lower case only one that decides (agreed to, resolved
 * that, approved), not "Members agreed with the Chairman" or "The
 * Committee noted the update". Also deferrals ("Deferred to the January
 * meeting") and "Decision was that ...".
 *
 * The pattern can open at any sentence and has no literal to start from,
 * so PCRE2 would try it at every byte of every paragraph. With the default
 * pattern it is tried only from the full stop before each trigger word
 * (next_trigger) to a little past it: a match cannot open at a full stop
 * (so "\\G" there matches nothing), and the end is moved past the word
 * and blanks it falls in (so "\\b" and "$" there mean what they mean in
 * the whole text); inside that window, only at the offsets where a match
 * can open (decision_search). A pattern from a configuration file is tried
 * over the whole paragraph. */
#define DECISION_AFTER 24
static int body_decision(mins__ctx *c, mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  mins__match_t m;
  int found = 0;
  size_t at = b->body;
  int dflt_pat = mins__patterns_default(c->pat, PAT_BODY_DECISION);
  while (at < n) {
    if (dflt_pat) {
      size_t ve, vs = next_trigger(t, n, at, &ve);
      if (vs >= n)
        break;
      size_t from = at;
      for (size_t k = vs; k > at; k--)
        if (t[k - 1] == '.') {
          from = k - 1;
          break;
        }
      size_t lim = n - ve > DECISION_AFTER ? ve + DECISION_AFTER : n;
      while (lim < n && mins__is_space((unsigned char)t[lim]))
        lim++;
      while (lim < n && (t[lim] | 32) >= 'a' && (t[lim] | 32) <= 'z')
        lim++;
      int rc = decision_search(c, t, lim, from, from == at, &m);
      if (rc == -2)
        rc = mins__match(c->pat, PAT_BODY_DECISION, t, lim, from, &m);
      if (rc != 1) {
        at = ve;
        continue;
      }
    } else if (mins__match(c->pat, PAT_BODY_DECISION, t, n, at, &m) != 1) {
      break;
    }
    /* the match may open on the blanks before its sentence (at \G) */
    size_t ms = m.start;
    while (ms < m.end && mins__is_space((unsigned char)t[ms]))
      ms++;
    size_t ss = mins__sentence_start(t, b->body, ms);
    size_t se = mins__sentence_end(t, n, m.end);
    mins_resolution *r =
        add(c, b, ss, t + ss, se - ss, NULL, 0, MINS_OUTCOME_AGREED, 0);
    if (!r)
      return found;
    /* a deferral is deferred (group 4, mins(5) PATTERNS) */
    if (MATCHED(m, 4))
      r->outcome = MINS_OUTCOME_DEFERRED;
    else if (MATCHED(m, 5) && r->outcome == MINS_OUTCOME_OTHER)
      r->outcome = MINS_OUTCOME_AGREED; /* "Decision was that ..." */
    found++;
    at = se > m.end ? se : m.end;
  }
  if (found)
    b->used = 1;
  return found;
}

/* The word a paragraph opens with, lower-cased into w (up to 15 bytes). */
static void first_word(const char *t, size_t n, char w[16]) {
  const char *p = mins__skip_space(t, t + n);
  size_t k = 0;
  while (p + k < t + n && k < 15 &&
         ((p[k] | 32) >= 'a' && (p[k] | 32) <= 'z')) {
    w[k] = (char)(p[k] | 32);
    k++;
  }
  w[k] = '\0';
}

/* What a line of a motion is. */
enum { LN_TEXT, LN_OPEN, LN_SECOND, LN_RESULT, LN_LOST };

/* "Moved by Cr Chen", "Proposed: J Smith", "Motion by Smith", "It was moved
 * by", "On a motion by"; "Seconded by", "Second: Jones"; "CARRIED 5/0",
 * "Motion carried", "Carried unanimously", "DEFEATED", "Not carried". */
static int motion_line(const char *t, size_t n) {
  char w[16], w2[16];
  first_word(t, n, w);
  const char *p = mins__skip_space(t, t + n);
  size_t k = 0;
  while (p + k < t + n && ((p[k] | 32) >= 'a' && (p[k] | 32) <= 'z'))
    k++;
  first_word(p + k, (size_t)(t + n - p - k), w2);
  if (!strcmp(w, "carried") || !strcmp(w, "passed") || !strcmp(w, "adopted"))
    return LN_RESULT;
  if (!strcmp(w, "lost") || !strcmp(w, "defeated") || !strcmp(w, "failed") ||
      (!strcmp(w, "not") && !strcmp(w2, "carried")))
    return LN_LOST;
  if (!strcmp(w, "motion") || !strcmp(w, "the")) {
    /* "Motion carried 5-0", "The motion was carried" */
    const char *q = p + k;
    size_t qn = (size_t)(t + n - q);
    if (qn < 40) {
      if (mins__istr(q, qn, "not carried") || mins__istr(q, qn, "defeated") ||
          mins__istr(q, qn, "lost") || mins__istr(q, qn, "failed"))
        return LN_LOST;
      if (mins__istr(q, qn, "carried") || mins__istr(q, qn, "passed") ||
          mins__istr(q, qn, "adopted"))
        return LN_RESULT;
    }
  }
  if (!strcmp(w, "seconded") || !strcmp(w, "seconder") ||
      (!strcmp(w, "second") && (!strcmp(w2, "by") || !w2[0])))
    return LN_SECOND;
  if (!strcmp(w, "moved") || !strcmp(w, "proposed") || !strcmp(w, "mover") ||
      !strcmp(w, "proposer") ||
      (!strcmp(w, "motion") && (!strcmp(w2, "by") || !w2[0])) ||
      (!strcmp(w, "it") && !strcmp(w2, "was") &&
       (mins__istr(t, n < 20 ? n : 20, "was moved") ||
        mins__istr(t, n < 20 ? n : 20, "was proposed"))) ||
      ((!strcmp(w, "on") || !strcmp(w, "upon")) &&
       mins__istr(t, n < 16 ? n : 16, "motion")))
    return LN_OPEN;
  return LN_TEXT;
}

int mins__motion_line(const char *t, size_t n) {
  return motion_line(t, n);
}

/* A count of votes, not the motion's words: "Ayes: Delgado, O'Brien.
 * Noes: None.", "Roll call vote: ...", "For: 5 Against: 2". */
static int tally_line(const char *t, size_t n) {
  static const char *const words[] = {"ayes",        "aye",        "noes",
                                      "nays",        "yeas",       "abstain",
                                      "abstentions", "abstention", "roll call",
                                      "for:",        "against",    "votes",
                                      "vote:",       NULL};
  const char *p = mins__skip_space(t, t + n);
  size_t pn = (size_t)(t + n - p);
  for (int k = 0; words[k]; k++)
    if (mins__istarts(p, pn, words[k]))
      return 1;
  return 0;
}

/* In an opening line that carries the motion ("Moved by Cr Chen, seconded
 * by Cr Russo, THAT the report be received"), where its words begin. */
static size_t motion_words(const char *t, size_t n) {
  for (size_t i = 1; i + 5 < n; i++) {
    if ((t[i - 1] == ' ' || t[i - 1] == ',' || t[i - 1] == ':') &&
        mins__istarts(t + i, n - i, "that "))
      return i;
  }
  return MINS_NONE;
}

/* A motion written as councils in Australia, New Zealand, Canada and the
 * United States write them, over one paragraph's lines or several
 * paragraphs:
 *
 *   **Resolution No. 2024-045**
 *   Moved by Councillor Brown
 *   Seconded by Deputy Mayor Patel
 *
 *   THAT the minutes ... be adopted as circulated.
 *
 *   **CARRIED**
 *
 * The resolution is the motion's words; the result decides a lost one.
 * Lines before the opening one (a resolution number) stay out of it. */
static int motion(mins__ctx *c, size_t i) {
  mins__block *bs = c->blocks.data;
  mins__block *b = &bs[i];
  /* the opening line, within the first few lines of the paragraph */
  const char *t = b->text;
  size_t n = b->len, at = b->body, open = MINS_NONE;
  for (int ln = 0; at < n && ln < 4; ln++) {
    const char *nl = memchr(t + at, '\n', n - at);
    size_t le = nl ? (size_t)(nl - t) : n;
    /* an opening line's first word is one of moved, proposed, mover,
     * proposer, motion, it, on, upon: its first letter rules out most */
    const char *p = mins__skip_space(t + at, t + le);
    char c0 = p < t + le ? (char)(*p | 32) : 0;
    if ((c0 == 'm' || c0 == 'p' || c0 == 'i' || c0 == 'o' || c0 == 'u') &&
        motion_line(t + at, le - at) == LN_OPEN) {
      open = at;
      break;
    }
    at = le + 1;
  }
  if (open == MINS_NONE)
    return 0;
  mins__buf buf = {0};
  int result = 0;
  size_t first_blk = MINS_NONE, first_off = 0, end_blk = i;
  for (size_t j = i; j < c->blocks.len && j < i + 12 && !result; j++) {
    mins__block *x = &bs[j];
    if (j > i && (x->kind != BLK_PARA || x->item != b->item ||
                  x->role == ROLE_ITEM || x->used))
      break;
    size_t lat = j == i ? open : 0;
    int added_here = 0;
    while (lat < x->len && !result) {
      const char *nl = memchr(x->text + lat, '\n', x->len - lat);
      size_t le = nl ? (size_t)(nl - x->text) : x->len;
      const char *l = x->text + lat;
      size_t ll = le - lat;
      int kind = motion_line(l, ll);
      size_t from = MINS_NONE;
      if (kind == LN_OPEN || kind == LN_SECOND) {
        from = motion_words(l, ll); /* the motion in the same line */
        /* "Motion by O'Brien, second by Brooks, to approve the agenda":
         * the whole line is the motion */
        if (from == MINS_NONE && kind == LN_OPEN &&
            mins__istr(l, ll, "second") && mins__istr(l, ll, " to "))
          from = 0;
      } else if (kind == LN_RESULT || kind == LN_LOST) {
        result = kind;
      } else if (!tally_line(l, ll)) {
        from = 0;
      }
      if (from != MINS_NONE && from < ll) {
        if (first_blk == MINS_NONE) {
          first_blk = j;
          first_off = lat + from;
        } else {
          /* a line that opens a part ("b) Adopts the consultation
           * document") stays a line, in one paragraph as over several:
           * the parts decide the outcome */
          mins__buf_addc(&buf, added_here && !enumerated(l + from, ll - from)
                                   ? ' '
                                   : '\n');
        }
        if (!added_here && x->list_depth && x->first_in_item && x->ordered &&
            lat == 0) {
          char mark[24];
          snprintf(mark, sizeof mark, "%ld. ", x->list_number);
          mins__buf_add(&buf, mark, strlen(mark));
        }
        add_flat(&buf, l + from, ll - from);
        added_here = 1;
      }
      lat = le + 1;
    }
    end_blk = j;
  }
  if (!result || first_blk == MINS_NONE || buf.failed) {
    mins__buf_free(&buf);
    return buf.failed ? -1 : 0;
  }
  mins_outcome dflt =
      result == LN_LOST ? MINS_OUTCOME_REJECTED : MINS_OUTCOME_AGREED;
  mins_resolution *r = add(c, &bs[first_blk], first_off, buf.s, buf.len, NULL,
                           0, dflt, MINS_RES_VOTE);
  mins__buf_free(&buf);
  if (!r)
    return -1;
  r->formula = "vote";
  if (dflt == MINS_OUTCOME_REJECTED)
    r->outcome = MINS_OUTCOME_REJECTED;
  for (size_t k = i; k <= end_blk; k++)
    bs[k].used = 1;
  return 1;
}

/* The words of a label that record no decision: "no consensus",
 * "none", "to be decided", or only a motion's result. */
static int undecided(const char *t, size_t n) {
  static const char *const words[] = {"no consensus",
                                      "no decision",
                                      "not decided",
                                      "undecided",
                                      "no agreement",
                                      "not agreed",
                                      "more discussion",
                                      "further discussion",
                                      "to be decided",
                                      "to be determined",
                                      "tbd",
                                      "unresolved",
                                      "not resolved",
                                      NULL};
  mins__trim(&t, &n, ".*_");
  if (n == 0 || mins__nieq(t, n, "none") || mins__nieq(t, n, "n/a") ||
      mins__motion_line(t, n) >= LN_RESULT)
    return 1;
  size_t lim = n < 80 ? n : 80;
  for (int k = 0; words[k]; k++)
    if (mins__istr(t, lim, words[k]))
      return 1;
  return 0;
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

/* Does text repeat a resolution already recorded (a closing summary)? */
static int repeats(mins__ctx *c, const char *t, size_t n) {
  mins__trim(&t, &n, ".");
  if (n < 4)
    return 0;
  mins_resolution *rs = c->doc->resolutions.data;
  for (size_t i = 0; i < c->doc->resolutions.len; i++)
    if (mins__istr(rs[i].text, strlen(rs[i].text), "") &&
        n <= strlen(rs[i].text) &&
        mins__istr(rs[i].text, strlen(rs[i].text),
                   mins__strndup(c->scratch, t, n)))
      return 1;
  return 0;
}

/* Did the match open the paragraph? The patterns are compiled multiline,
 * so "^" also matches after a line break inside a paragraph, where a
 * formula is the wrapped middle of a sentence ("... and Members\nagreed
 * that a Meeting would be held"), not an opening. */
static int opens(const char *t, const mins__match_t *m) {
  return mins__skip_space(t, t + m->start) == t + m->start;
}

int mins__opens_resolution(mins__ctx *c, const char *t, size_t n, unsigned kw) {
  mins__match_t m;
  if (mins__patterns_default(c->pat, PAT_RESOLUTION) && !formula_word(t, n, kw))
    return 0;
  return mins__match(c->pat, PAT_RESOLUTION, t, n, 0, &m) == 1 &&
         opens(t, &m) && formula_ok(t, n, &m);
}

int mins__resolutions(mins__ctx *c) {
  int decisions_depth = 0;
  size_t last_decision = MINS_NONE; /* an index: the vector may move */
  for (size_t i = 0; i < c->blocks.len; i++) {
    mins__block *b = &((mins__block *)c->blocks.data)[i];
    if (b->kind != BLK_PARA || b->used || b->role == ROLE_FURNITURE ||
        b->role == ROLE_SECTION || b->section == SEC_AGENDA)
      continue;
    /* under "Apologies" or "Present" only a formula is a resolution
     * ("Resolved, that the apologies be accepted."); labels, votes and
     * motions there are names and notes */
    int people = b->section == SEC_PRESENT || b->section == SEC_ATTEND ||
                 b->section == SEC_APOL || b->section == SEC_ABSENT;
    const char *t = b->text + b->body;
    size_t n = b->len - b->body;
    if (n == 0)
      continue;
    mins__match_t m;
    int maybe = !mins__patterns_default(c->pat, PAT_RESOLUTION) ||
                formula_word(t, n, b->kw);
    if (maybe && mins__match(c->pat, PAT_RESOLUTION, t, n, 0, &m) == 1 &&
        opens(t, &m) && formula_ok(t, n, &m)) {
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
    if (people) {
      /* a motion moved and seconded there is the item's business
       * ("Moved: Cr Melser / Seconded: Cr Law / That the apologies be
       * received. / CARRIED") */
      int mo = motion(c, i);
      if (mo < 0)
        return MINS_ENOMEM;
      if (!mo)
        vote(c, i);
      continue;
    }
    if ((!mins__patterns_default(c->pat, PAT_RES_LABEL) ||
         mins__starts_with_any(t, n, "rdpco")) &&
        mins__match(c->pat, PAT_RES_LABEL, t, n, 0, &m) == 1 && opens(t, &m)) {
      if (MATCHED(m, 1))
        continue; /* "Proposed resolution:" is not a decision */
      /* "Outcome: no consensus, to be discussed again", "Decision:
       * none", "Outcome: CARRIED" (the result of a motion above) */
      if (undecided(t + m.end, n - m.end))
        continue;
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
      if (add(c, b, off, text, len, text, m.end - m.start, MINS_OUTCOME_AGREED,
              MINS_RES_LABEL))
        b->used = 1;
      continue;
    }
    {
      /* "The Committee considered the Bill clause by clause and
       * resolved:" with the resolutions listed below it, as Kenyan and
       * Indian minutes write them: the sentence and its list */
      size_t rs = closing_resolved(b, n);
      if (rs != MINS_NONE) {
        size_t len, last;
        char *text = with_continuation(c, i, rs, &len, &last);
        if (!text)
          return MINS_ENOMEM;
        b = &((mins__block *)c->blocks.data)[i];
        if (last > i &&
            add(c, b, rs, text, len, NULL, 0, MINS_OUTCOME_AGREED, 0))
          b->used = 1;
        if (last > i)
          continue;
      }
    }
    if (inline_resolution(c, b))
      continue;
    /* a motion with its result on a line of its own, before a vote in
     * one sentence: "be adopted" in a motion's words is not its result */
    int mo = motion(c, i);
    if (mo < 0)
      return MINS_ENOMEM;
    if (mo)
      continue;
    if (vote(c, i))
      continue;
    if (body_decision(c, b))
      continue;
    /* an entry of a "Decisions" list is a decision, unless it repeats one
     * recorded above */
    if (b->section == SEC_DECISIONS && b->role != ROLE_ITEM &&
        b->list_depth > decisions_depth && decisions_depth &&
        last_decision != MINS_NONE) {
      /* "- Meetings once a week\n    - Review once a month": one decision */
      mins_resolution *r =
          &VEC_AT(c->doc->resolutions, mins_resolution, last_decision);
      r->text = mins__printf(&c->doc->arena, "%s\n%.*s", r->text, (int)n, t);
      b->used = 1;
      continue;
    }
    if (b->section != SEC_DECISIONS)
      decisions_depth = 0, last_decision = MINS_NONE;
    if (b->section == SEC_DECISIONS && b->role != ROLE_ITEM &&
        (b->first_in_item || !b->list_depth)) {
      if (!decisions_depth)
        decisions_depth = b->list_depth;
      mins_resolution *r = NULL;
      if (!repeats(c, t, n))
        r = add(c, b, b->body, t, n, NULL, 0, MINS_OUTCOME_AGREED,
                MINS_RES_LABEL);
      if (r) {
        b->used = 1;
        last_decision = c->doc->resolutions.len - 1;
      }
    }
  }
  return c->doc->arena.failed ? MINS_ENOMEM : MINS_OK;
}
