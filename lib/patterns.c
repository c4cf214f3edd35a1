/* SPDX-License-Identifier: MIT */
/*
 * The pattern sets: one PCRE2 pattern per family (resolution openings,
 * action markers, people headings, ...), compiled once per parser with JIT
 * and a match limit, and replaceable by name so that a body with other
 * habits can be taught without recompiling (mins(5), PATTERNS). The
 * defaults below are the conventions of minutes-writing the library reads.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "internal.h"

/* A name, a default, and whether it is compiled caseless. */
typedef struct family_def {
  const char *name;
  const char *pattern;
  int caseless;
} family_def;

/* Capitalised words of a name or a role: "Head of Community Safety",
 * "Assistant Director, Public Protection", "Cllr J. Smith", "CG". */
#define OWNER                                                                  \
  "((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Revd|"     \
  "Rev|Alderman|Deputy)\\.?\\s+)?\\p{Lu}[\\p{L}\\p{N}'\\x{2019}.-]*"           \
  "(?:(?:\\s+(?:of|and|for|the|on|in|de|van|von|da|&))*\\s+"                   \
  "\\p{Lu}[\\p{L}\\p{N}'\\x{2019}.-]*"                                         \
  "|,\\s+\\p{Lu}[\\p{L}'\\x{2019}-]*(?:\\s+\\p{Lu}[\\p{L}'\\x{2019}-]*)*"      \
  "(?=\\s+\\p{Ll})"                                                            \
  "){0,8})"

/* Words after "to" that begin no task: "Deferred to the August meeting",
 * "referred to a working group" */
#define NOTVERB                                                                \
  "(?:be|the|a|an|this|that|these|those|its|their|his|her|our|all|each|"       \
  "every|some)\\b"

#define FRAC "\\\\frac\\s*\\{\\s*(\\d{1,3})\\s*\\}\\s*\\{\\s*(\\d{1,3})\\s*\\}"

#define MONTHS                                                                 \
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"       \
  "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"

static const family_def defaults[PAT_FAMILY_COUNT] = {
    [PAT_ITEM_NUMBER] =
        {"item-number",
         "^[\\s\\x{a0}]*((?:agenda\\s+)?item\\s+|minute\\s+|min\\.\\s*|"
         "no\\.\\s*|subject\\s+(?:no\\.\\s*)?)?(\\d{1,3}[a-z]?(?:\\.\\d{1,3}[a-"
         "z]?)*)(?![\\d/])"
         "(\\.(?!\\d)|\\)|:)?[ \\t\\x{a0}]*(?:[-\\x{2013}\\x{2014}:]"
         "[ \\t\\x{a0}]*)?(.*)$",
         1},
    [PAT_MINUTE_NUMBER] =
        {"minute-number",
         "^[\\s\\x{a0}]*(?:(?:minute|min\\.)\\s+(?:no\\.?\\s*)?)?"
         "((?:[A-Z]{1,6}[\\s/]?){0,2}\\d{1,4}/"
         "\\d{2,4}(?:/\\d{1,4})?)(?![\\d/])\\.?[ "
         "\\t\\x{a0}]*(?:[-\\x{2013}\\x{2014}:]"
         "[ \\t\\x{a0}]*)?(.*)$",
         1},
    [PAT_RESOLUTION] =
        {"resolution",
         "^\\s*((?:and\\s+)?(?:it\\s+was\\s+(?:further\\s+|unanimously\\s+)?"
         "resolved|(?:unanimously\\s+)?resolved|(?:unanimously\\s+)?agreed|"
         "(?:unanimously\\s+)?decided|(?:unanimously\\s+)?determined)"
         "(?:\\s*\\(?unanimously\\)?)?"
         "(?:\\s*[,:;]\\s*|\\s*[-\\x{2013}\\x{2014}]\\s*|\\s+)?"
         "(?:that\\b|to\\b)?,?)",
         1},
    [PAT_RES_LABEL] =
        {"resolution-label",
         /* also the labels of working groups: "Consensus:",
          * "Outcome:", "Conclusion:" */
         "^\\s*(proposed\\s+|draft\\s+)?(?:(?:resolution|"
         "decision)s?\\s*(?:(?:#|no\\.?(?=\\s*\\d+\\s*:))?\\s*(\\d+))?|"
         "consensus|"
         "outcomes?|"
         "conclusions?)\\s*[:\\x{2013}\\x{2014}-]\\s*",
         1},
    [PAT_VOTE] =
        {"vote",
         "\\b(?:proposed|moved|motion\\s+(?:made\\s+)?by)\\b[^\\n]{0,300}?"
         "\\bsecond(?:ed)?\\b[\\s\\S]{0,400}?"
         "\\b(all\\s+(?:were\\s+)?in\\s+favou?r|unanimous(?:ly)?|carried|"
         "passed|(?:duly\\s+|re-?)?elected\\b|were\\s+agreed|was\\s+agreed|"
         "agreed\\b|"
         "resolved\\b|approved\\b|adopted\\b|accepted\\b|(?:motion\\s+)?"
         "(?:was\\s+)?(?:defeated|lost|fell|failed|not\\s+carried))",
         1},
    [PAT_ACTION_MARKER] =
        {"action-marker",
         /* group 1: "(3)"; groups 2 and 3: the numbers of a scar,
          * "( $\\frac{6}{6}$ )" or "$(\\frac{7}{7})$"; every form starts
          * with "(" or "$", which keeps the search fast */
         "(?:\\(\\s*(\\d{1,3})\\s*\\)|(?|\\(\\s*\\$\\s*" FRAC
         "\\s*\\$\\s*\\)|\\$\\s*\\(?\\s*" FRAC "\\s*\\)?\\s*\\$))"
         "(?=\\s*[.;:!?]?[\"'\\x{201d}\\x{2019}]?\\s*(?:$|\\n|\\p{Lu}|[*_(\\[])"
         ")",
         0},
    [PAT_ACTION_LABEL] =
        {"action-label",
         "^\\s*(?:(?:new\\s+)?action(?:\\s+(?:item|point))?s?(?!\\s+items?\\b)"
         "(?:\\s+by(?=\\s*:))?|"
         "AI|to-?do|(?-i:AP)(?=\\s*#?\\s*\\d))"
         "\\s*(?:#\\s*(\\d+(?:\\.\\d+)?)|(\\d+(?:[./]\\d+)*))?"
         "\\s*(?:\\(([^)\\n]{1,80})\\))?\\s*[:\\x{2013}\\x{2014}-]\\s*",
         1},
    [PAT_ACTION_SENT] =
        {"action-sentence",
         "(?:(?:^|\\G|(?<=[.;:!?]\\s)|(?<=[.;:!?]\\s\\s)|(?<=\\n))\\s*"
         "(?:(?i:it\\s+was\\s+agreed\\s+that)\\s+(?:[Tt]he\\s+)?" OWNER
         "\\s+(?:would|will|should|is\\s+to)|(?:[Tt]he\\s+)?" OWNER
         "\\s+(?:agreed\\s+to|undertook\\s+to|offered\\s+to|volunteered\\s+to|"
         "(?:was|were|has\\s+been|have\\s+been)\\s+(?:asked|tasked)\\s+to|"
         "is\\s+to|are\\s+to|to|will))|(?i:asked|requested)\\s+(?:that\\s+)?"
         "(?:[Tt]he\\s+)?" OWNER "\\s+to)\\s+(?!" NOTVERB ")\\p{Ll}",
         0},
    [PAT_OWNER] =
        {"owner",
         "(?:(?i:it\\s+was\\s+(?:agreed|resolved|decided|requested|noted|"
         "confirmed)\\s+that)\\s+(?:[Tt]he\\s+)?" OWNER
         "\\s+(?i:would|will|should|shall|is\\s+to|was\\s+to|agreed\\s+to|to)"
         "\\b|(?:^|\\G|(?<=[.;:!?]\\s)|(?<=[.;:!?]\\s\\s)|(?<=\\n))\\s*"
         "(?:[Tt]he\\s+)?" OWNER
         "\\s+(?:agreed|undertook|offered|volunteered|promised|confirmed\\s+"
         "(?:that\\s+)?(?:he|she|they)\\s+would|(?:was|were)\\s+(?:asked|"
         "tasked)|would|will|is\\s+to|was\\s+to|to)\\s+(?:to\\s+)?(?!" NOTVERB
         ")"
         "\\p{Ll}|(?i:asked|requested)\\s+(?:that\\s+)?(?:[Tt]he\\s+)?" OWNER
         "\\s+(?:(?i:to|should|would)\\s+)?(?!" NOTVERB ")\\p{Ll})",
         0},
    [PAT_PEOPLE_PRESENT] =
        {"people-present",
         "^\\s*(?:(?:(?:board|committee|council|voting|elected|commission)"
         "\\s+)?(?:members?|councill?ors?|council\\s*members?|commissioners?|"
         "trustees?|directors?|governors?|aldermen|supervisors?|selectmen|"
         "committee|board|panel)"
         "\\s+present|present(?:\\s+in\\s+the\\s+chair)?|attendees?|"
         "attendance|attending|those\\s+(?:attending|present)|participants|"
         "members|in\\s+the\\s+chair|voting\\s+members|committee\\s+members|"
         "board\\s+members|present\\s+members|sederunt|"
         "roll\\s+call(?!\\s+vote))\\b",
         1},
    [PAT_PEOPLE_ATTEND] =
        {"people-attendance",
         "^\\s*(?:(?:officers?|officials|staff|advisers?|advisors?)"
         "(?:\\s+in\\s+attendance|\\s+present|\\s+attending)?|in\\s+attendance|"
         "also\\s+(?:present|in\\s+attendance|attending)|guests?|observers?|"
         "other\\s+attendees|visitors?)\\b",
         1},
    [PAT_PEOPLE_APOL] =
        {"people-apologies",
         "^\\s*(?:apologies(?:\\s+for\\s+absence)?(?:\\s+(?:were\\s+)?"
         "received)?|regrets|apologies\\s+and\\s+substitutions|"
         "absent\\s+with\\s+apolog(?:y|ies))\\b",
         1},
    [PAT_PEOPLE_ABSENT] =
        {"people-absent",
         "^\\s*(?:absent(?:\\s+without\\s+apologies)?|not\\s+present|"
         "absences|(?:(?:board|committee|council|voting)\\s+)?(?:members?|"
         "councill?ors?|council\\s*members?|commissioners?|trustees?|"
         "directors?|governors?)\\s+absent)\\b",
         1},
    [PAT_ACTION_HEAD] =
        {"action-heading",
         "^\\s*(?:new\\s+|summary\\s+of\\s+|agreed\\s+)?(?:action\\s+(?:items?|"
         "points?|"
         "list|log|summary)|actions?(?:\\s+(?:agreed|arising|summary|list))?|"
         "next\\s+steps|to-?\\s*dos?|follow[\\s-]*ups?|tasks)\\s*:?\\s*$",
         1},
    [PAT_REVIEW_HEAD] =
        {"review-heading",
         "^\\s*(?:review(?:\\s+of)?(?:\\s+(?:outstanding|previous|open|"
         "past|last\\s+meeting'?s?))?\\s+actions?|(?:outstanding|previous|"
         "open|old|carried[\\s-]+forward|pending)\\s+actions?|matters?\\s+"
         "arising|action\\s+(?:log|tracker|list)\\s+review|progress\\s+(?:on|"
         "with)\\s+actions|previous\\s+action\\s+items?|actions?\\s+from\\s+"
         "(?:the\\s+)?(?:last|previous)|action\\s+(?:log|tracker))\\b",
         1},
    [PAT_STATUS] =
        {"status",
         "\\b(?:(completed?|done|closed|discharged|achieved|actioned|"
         "finished|resolved|delivered)|(on-?going|in\\s+progress|open|"
         "carried\\s+forward|continuing|pending|outstanding|not\\s+yet\\s+"
         "(?:done|complete)|deferred)|(withdrawn|dropped|cancell?ed|"
         "no\\s+longer\\s+(?:required|needed)|abandoned|superseded|removed))"
         "\\b",
         1},
    [PAT_DUE] =
        {"due",
         "\\b(?:by|before|at|to|for|in|on|until|no\\s+later\\s+than|ahead\\s+"
         "of|due|during)\\s+(?:the\\s+)?(?:(next\\s+(?:meeting|quarter|month|"
         "week|year))|(end\\s+of\\s+(?:the\\s+)?(?:(?:financial\\s+|"
         "calendar\\s+)?year|month|quarter|" MONTHS "(?:\\s+\\d{4})?))|"
         "((?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+)?"
         "(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" MONTHS
         "(?:,?\\s+\\d{4})?|" MONTHS "\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+"
         "\\d{4})?|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}|"
         "(?:mid-?\\s*|early\\s+|late\\s+)?" MONTHS "(?:\\s+\\d{4})?)|"
         "((?:next\\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day))\\b"
         /* no preposition: "to write to them next quarter", "to report
          * within two weeks" */
         "|\\b(next\\s+(?:week|month|quarter|year))\\b(?!\\s*(?:'|\xe2\x80\x99)"
         "s)"
         "|\\bwithin\\s+(?:the\\s+next\\s+)?((?:a|one|two|three|four|five|"
         "six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\\d{1,3})"
         "\\s+(?:working\\s+)?"
         "(?:days?|weeks?|months?))\\b",
         1},
    [PAT_BODY_DECISION] =
        {"body-decision",
         /* at the start of a sentence: group 1, the body, with group 2 a
          * verb in capitals, the mark of a decision in NHS and company
          * minutes ("The Board NOTED the report"), or group 3 a verb that
          * decides ("The PCC agreed to pay the Parish Share", "the
          * committee resolved not to object"); group 4, a deferral said
          * without its subject ("Deferred to the January meeting pending
          * guidance", "This item was postponed"); group 5, "Decision was
          * that ...", "The decision was to ...". The minutes of a meeting
          * approved in prose ("were approved as a correct record") are the
          * item's outcome, which the checks read, not a resolution. */
         "(?:^|\\G|(?<=[.;!?]\\s)|(?<=[.;!?]\\s\\s)|(?<=\\n))\\s*(?:"
         "(?:(?i:after|following)\\s+(?:\\w+\\s+){0,2}?"
         "(?i:discussion|debate|consideration|deliberation)s?,?\\s+)?"
         "((?i:the\\s+)?(?i:(?:full|parish|town|city|district|county|"
         "borough|community|parochial\\s+church|school|executive|"
         "management|steering|standing)\\s+)?"
         "(?i:board|committee|sub-committee|council|panel|group|cabinet|"
         "trustees|directors|governors|governing\\s+(?:body|board)|forum|"
         "partnership|pcc|senate|commission|working\\s+(?:group|party)|"
         "assembly|meeting)"
         "|Members|WG)\\s+(?:"
         "(APPROVED|AGREED|NOTED|RESOLVED|RECEIVED|ENDORSED|RATIFIED|DECIDED|"
         "ACCEPTED|SUPPORTED|DEFERRED|REJECTED|RECOMMENDED|CONFIRMED|ADOPTED|"
         "DECLINED)\\b"
         "|((?i:unanimously\\s+)?(?i:agreed|resolved|decided)\\s+"
         "(?:not\\s+)?(?:to|that)\\b|(?i:unanimously\\s+)?(?:approved|"
         "endorsed|ratified|adopted|rejected|declined)\\b))"
         "|((?i:deferred|postponed|held\\s+over)(?=\\s+(?i:to|until|till|"
         "pending|for|again)\\b|\\s*[.;]|\\s*$)|(?i:the|this)\\s+(?i:item|"
         "matter|application|motion)\\s+(?i:was|is|has\\s+been)\\s+"
         "(?i:deferred|postponed|held\\s+over)\\b)"
         "|((?i:the\\s+)?(?i:decision|consensus|conclusion|resolution)\\s+"
         "(?i:was|is)\\s+(?i:that|to)\\b))"
         /* group 6: "The minutes ... were APPROVED as an accurate record" */
         "|\\b(?:was|were)\\s+(?:(?i:unanimously)\\s+)?(APPROVED|AGREED|"
         "NOTED|RECEIVED|ENDORSED|RATIFIED|ACCEPTED|ADOPTED|CONFIRMED|"
         "DEFERRED|REJECTED)\\b",
         0},
};

/* The section families, in the order a heading is tried against them. */
static const mins__family section_families[] = {
    PAT_REVIEW_HEAD,   PAT_ACTION_HEAD,   PAT_PEOPLE_APOL,
    PAT_PEOPLE_ABSENT, PAT_PEOPLE_ATTEND, PAT_PEOPLE_PRESENT};
#define NSECTIONS (sizeof section_families / sizeof section_families[0])

/* The start of the line after the one at ls ("^" is multiline: after a
 * "\n", and after a "\r" too, to be safe), or NULL for none. */
static const char *next_line(const char *ls, const char *end) {
  const char *nl = memchr(ls, '\n', (size_t)(end - ls));
  const char *cr = memchr(ls, '\r', (size_t)((nl ? nl : end) - ls));
  if (cr)
    nl = cr;
  return nl ? nl + 1 : NULL;
}

/* Can the default section families match t[0..n)? Each opens, at the
 * start of a line and after blanks, with a word that begins with one of
 * these (lower case, by first letter, '|' between them). A byte past
 * ASCII may be a letter that folds to one of theirs ("ſ" is "s"
 * caseless), so it ends the comparison as a match. */
int mins__section_may_open(const char *t, size_t n) {
  static const char *const words[26] = {
      ['a' - 'a'] = "action|agreed|apolog|absen|advis|also|attend|aldermen",
      ['b' - 'a'] = "board",
      ['c' - 'a'] = "carried|committee|council|commission",
      ['d' - 'a'] = "director",
      ['e' - 'a'] = "elected",
      ['f' - 'a'] = "follow",
      ['g' - 'a'] = "governor|guest",
      ['i' - 'a'] = "in",
      ['m' - 'a'] = "matter|member",
      ['n' - 'a'] = "new|next|not",
      ['o' - 'a'] = "outstanding|open|old|officer|official|observer|other",
      ['p' - 'a'] = "previous|pending|progress|present|panel|participant",
      ['r' - 'a'] = "review|regret|roll",
      ['s' - 'a'] = "summary|staff|supervisor|selectmen|sederunt",
      ['t' - 'a'] = "to|task|trustee|those",
      ['v' - 'a'] = "voting|visitor"};
  const char *end = t + n;
  for (const char *ls = t; ls && ls < end;) {
    const char *p = ls;
    while (p < end && mins__is_space((unsigned char)*p))
      p++;
    if (p < end) {
      unsigned char c0 = (unsigned char)*p;
      if (c0 >= 0x80)
        return 1;
      c0 |= 32;
      const char *w = c0 >= 'a' && c0 <= 'z' ? words[c0 - 'a'] : NULL;
      /* each word of w against p, a byte at a time */
      for (const char *q = p; w && *w; w++) {
        if (*w == '|') {
          q = p;
          continue;
        }
        if (q < end && (unsigned char)*q >= 0x80)
          return 1;
        if (q >= end || (*q | 32) != *w) {
          /* not this word: the next one */
          while (*w && *w != '|')
            w++;
          if (!*w)
            break;
          q = p;
          continue;
        }
        q++;
        if (w[1] == '|' || !w[1])
          return 1;
      }
    }
    ls = next_line(ls, end);
  }
  return 0;
}

/* Can the default item-number pattern match t[0..n)? It opens at the
 * start of a line (multiline "^") with blanks and no-break spaces, then
 * a digit or "agenda", "item", "minute", "min.", "no." or "subject" (case
 * aside). A
 * byte past ASCII counts as a match (a letter may fold to one of theirs,
 * though none of these is known to). */
int mins__item_number_may_open(const char *t, size_t n) {
  const char *end = t + n;
  for (const char *ls = t; ls && ls < end;) {
    const char *p = ls;
    while (p < end && (mins__is_space((unsigned char)*p) ||
                       (*p == '\xC2' && p + 1 < end && p[1] == '\xA0')))
      p += *p == '\xC2' ? 2 : 1;
    if (p < end) {
      unsigned char c0 = (unsigned char)*p;
      size_t left = (size_t)(end - p);
      if (c0 >= 0x80 || (c0 >= '0' && c0 <= '9'))
        return 1;
      switch (c0 | 32) {
      case 'a':
        if (mins__istarts(p, left, "agenda"))
          return 1;
        break;
      case 'i':
        if (mins__istarts(p, left, "item"))
          return 1;
        break;
      case 'm':
        if (mins__istarts(p, left, "min"))
          return 1;
        break;
      case 'n':
        if (mins__istarts(p, left, "no"))
          return 1;
        break;
      case 's': /* "Subject No. 2:", as Indian corporations number them */
        if (mins__istarts(p, left, "subject"))
          return 1;
        break;
      default:
        break;
      }
    }
    ls = next_line(ls, end);
  }
  return 0;
}

struct mins__patterns {
  char *source[PAT_FAMILY_COUNT]; /* NULL: the default */
  pcre2_code *code[PAT_FAMILY_COUNT];
  pcre2_code *sections; /* the section defaults as one pattern, or NULL */
  /* anchored copies of the defaults, made on first use by
   * mins__match_anchored: [f][1] as written, [f][0] without "\G" */
  pcre2_code *anchored[PAT_FAMILY_COUNT][2];
  unsigned char anchored_jitted[PAT_FAMILY_COUNT][2];
  unsigned char anchored_tried[PAT_FAMILY_COUNT][2];
  unsigned char jitted[PAT_FAMILY_COUNT]; /* code[i] has JIT code */
  unsigned char sections_jitted;
  int nojit; /* MINS_PARSE_NO_JIT */
  pcre2_match_data *md;
  pcre2_match_context *mctx;
  pcre2_jit_stack *jit;
};

const char *mins__family_name(size_t i) {
  return i < PAT_FAMILY_COUNT ? defaults[i].name : NULL;
}

const char *mins_pattern_family(size_t i) {
  return mins__family_name(i);
}

int mins__family_by_name(const char *name) {
  for (int i = 0; i < PAT_FAMILY_COUNT; i++)
    if (name && strcmp(defaults[i].name, name) == 0)
      return i;
  return -1;
}

/* Compile a pattern, and JIT-compile it unless jit is 0; *jitted says
 * whether that worked. */
static pcre2_code *compile(const char *pat, int caseless, size_t *erroff,
                           char *err, size_t errlen, int jit,
                           unsigned char *jitted) {
  *jitted = 0;
  int code = 0;
  PCRE2_SIZE off = 0;
  uint32_t opts = PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_MULTILINE;
  if (caseless)
    opts |= PCRE2_CASELESS;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opts,
                                 &code, &off, NULL);
  if (!re) {
    if (erroff)
      *erroff = off;
    if (err && errlen)
      pcre2_get_error_message(code, (PCRE2_UCHAR *)err, errlen);
    return NULL;
  }
  /* JIT is an optimisation: without it (no JIT on this CPU) we still match */
  if (jit)
    *jitted = pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0;
  return re;
}

/* One match of re against s[0..n) from start (never past n). With JIT
 * code, pcre2_jit_match: it skips the checks of its arguments that
 * pcre2_match makes on every call, which these callers never need (the
 * stages match tens of thousands of times in a thousand files). */
static int run(mins__patterns *p, const pcre2_code *re, int jitted,
               const char *s, size_t n, size_t start) {
  if (jitted)
    return pcre2_jit_match(re, (PCRE2_SPTR)s, n, start, 0, p->md, p->mctx);
  return pcre2_match(re, (PCRE2_SPTR)s, n, start, PCRE2_NO_UTF_CHECK, p->md,
                     p->mctx);
}

int mins__patterns_new(mins__patterns **out, int nojit) {
  *out = NULL;
  mins__patterns *p = calloc(1, sizeof(*p));
  if (!p)
    return MINS_ENOMEM;
  p->nojit = nojit;
  for (int i = 0; i < PAT_FAMILY_COUNT; i++) {
    p->code[i] = compile(defaults[i].pattern, defaults[i].caseless, NULL, NULL,
                         0, !p->nojit, &p->jitted[i]);
    if (!p->code[i]) {
      mins__patterns_free(p);
      return MINS_EPATTERN; /* a bug in the defaults: the unit tests see it */
    }
  }
  /* one pattern for the six section families, while they are the
   * defaults: a heading costs one match instead of six */
  {
    char u[4096];
    size_t k = 0;
    k += (size_t)snprintf(u + k, sizeof u - k, "^\\s*(?:");
    for (size_t i = 0; i < NSECTIONS; i++) {
      const char *body = defaults[section_families[i]].pattern;
      if (strncmp(body, "^\\s*", 4) == 0)
        body += 4;
      k += (size_t)snprintf(u + k, sizeof u - k, "%s(%s)", i ? "|" : "", body);
    }
    k += (size_t)snprintf(u + k, sizeof u - k, ")");
    if (k < sizeof u)
      p->sections =
          compile(u, 1, NULL, NULL, 0, !p->nojit, &p->sections_jitted);
  }
  p->md = pcre2_match_data_create(16, NULL);
  p->mctx = pcre2_match_context_create(NULL);
  p->jit = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
  if (!p->md || !p->mctx || !p->jit) {
    mins__patterns_free(p);
    return MINS_ENOMEM;
  }
  /* bounded work on hostile text: a paragraph that makes a pattern
   * backtrack without end fails the match instead of hanging */
  pcre2_set_match_limit(p->mctx, 2000000);
  pcre2_set_depth_limit(p->mctx, 10000);
  pcre2_jit_stack_assign(p->mctx, NULL, p->jit);
  *out = p;
  return MINS_OK;
}

void mins__patterns_free(mins__patterns *p) {
  if (!p)
    return;
  for (int i = 0; i < PAT_FAMILY_COUNT; i++) {
    pcre2_code_free(p->code[i]);
    free(p->source[i]);
  }
  for (int i = 0; i < PAT_FAMILY_COUNT; i++) {
    pcre2_code_free(p->anchored[i][0]);
    pcre2_code_free(p->anchored[i][1]);
  }
  pcre2_code_free(p->sections);
  pcre2_match_data_free(p->md);
  pcre2_match_context_free(p->mctx);
  pcre2_jit_stack_free(p->jit);
  free(p);
}

int mins__patterns_set(mins__patterns *p, mins__family f, const char *pat,
                       size_t *erroff, char *err, size_t errlen) {
  if ((int)f < 0 || f >= PAT_FAMILY_COUNT || !pat)
    return MINS_EINVAL;
  unsigned char jitted;
  pcre2_code *re = compile(pat, defaults[f].caseless, erroff, err, errlen,
                           !p->nojit, &jitted);
  if (!re)
    return MINS_EPATTERN;
  size_t plen = strlen(pat);
  char *copy = malloc(plen + 1);
  if (copy)
    memcpy(copy, pat, plen + 1);
  if (!copy) {
    pcre2_code_free(re);
    return MINS_ENOMEM;
  }
  pcre2_code_free(p->code[f]);
  free(p->source[f]);
  p->code[f] = re;
  p->jitted[f] = jitted;
  p->source[f] = copy;
  for (size_t i = 0; i < NSECTIONS; i++)
    if (section_families[i] == f) {
      /* a section family of the user's: the union no longer holds */
      pcre2_code_free(p->sections);
      p->sections = NULL;
    }
  return MINS_OK;
}

int mins__patterns_default(const mins__patterns *p, mins__family f) {
  return (int)f >= 0 && f < PAT_FAMILY_COUNT && !p->source[f];
}

const char *mins__patterns_get(const mins__patterns *p, mins__family f) {
  if ((int)f < 0 || f >= PAT_FAMILY_COUNT)
    return NULL;
  return p->source[f] ? p->source[f] : defaults[f].pattern;
}

int mins__match_section(mins__patterns *p, const char *s, size_t n,
                        mins__match_t *m) {
  if (!p->sections)
    return -2;
  int rc = run(p, p->sections, p->sections_jitted, s, n, 0);
  if (rc < 0)
    return -1;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
  m->start = ov[0];
  m->end = ov[1];
  for (int i = 1; i < rc && (size_t)i <= NSECTIONS; i++)
    if (ov[2 * i] != PCRE2_UNSET)
      return (int)section_families[i - 1];
  return -1;
}

/* Fill m from the match data after run() returned rc. */
static int fill(mins__patterns *p, int rc, mins__match_t *m) {
  m->rc = rc;
  for (int i = 0; i < 16; i++)
    m->gs[i] = m->ge[i] = MINS_NONE;
  if (rc < 0)
    return rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(p->md);
  m->start = ov[0];
  m->end = ov[1];
  for (int i = 0; i < rc && i < 16; i++) {
    if (ov[2 * i] == PCRE2_UNSET)
      continue;
    m->gs[i] = ov[2 * i];
    m->ge[i] = ov[2 * i + 1];
  }
  return 1;
}

int mins__match(mins__patterns *p, mins__family f, const char *s, size_t n,
                size_t start, mins__match_t *m) {
  /* pcre2_jit_match does not check the offset: say what pcre2_match would */
  int rc = start > n ? PCRE2_ERROR_BADOFFSET
                     : run(p, p->code[f], p->jitted[f], s, n, start);
  return fill(p, rc, m);
}

/* The default pattern of f compiled anchored (a match only at the offset
 * given), with "\G" (g) or without it: "\G" holds at the offset a search
 * starts from, so a caller that tries chosen offsets of one search uses
 * the copy without it at every offset but the first. NULL if it cannot be
 * made. */
static pcre2_code *anchored(mins__patterns *p, mins__family f, int g) {
  if (p->anchored_tried[f][g])
    return p->anchored[f][g];
  p->anchored_tried[f][g] = 1;
  const char *src = defaults[f].pattern;
  size_t len = strlen(src);
  char *pat = malloc(len + 1);
  if (!pat)
    return NULL;
  size_t k = 0;
  for (size_t i = 0; i < len; i++) {
    if (!g && strncmp(src + i, "\\G|", 3) == 0) {
      i += 2; /* "\G|" */
      continue;
    }
    pat[k++] = src[i];
  }
  pat[k] = '\0';
  int code = 0;
  PCRE2_SIZE off = 0;
  uint32_t opts =
      PCRE2_UTF | PCRE2_NO_UTF_CHECK | PCRE2_MULTILINE | PCRE2_ANCHORED;
  if (defaults[f].caseless)
    opts |= PCRE2_CASELESS;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, opts,
                                 &code, &off, NULL);
  free(pat);
  if (re && !p->nojit)
    p->anchored_jitted[f][g] = pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0;
  p->anchored[f][g] = re;
  return re;
}

int mins__match_anchored(mins__patterns *p, mins__family f, const char *s,
                         size_t n, size_t at, int g, mins__match_t *m) {
  g = g != 0;
  pcre2_code *re =
      mins__patterns_default(p, f) && at <= n ? anchored(p, f, g) : NULL;
  if (!re) {
    m->rc = PCRE2_ERROR_BADOPTION;
    return -2;
  }
  return fill(p, run(p, re, p->anchored_jitted[f][g], s, n, at), m);
}
