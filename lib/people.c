/* SPDX-License-Identifier: MIT */
/*
 * People: who was present, in attendance, sent apologies or was absent.
 * A person's text is split into name, title ("Cllr", "Deputy", "Sir"),
 * honours ("OBE", "JP"), role ("(Chairman)", "- Town Clerk") and
 * organisation (", City of London Police"), so that "Deputy Tom Sleigh" and
 * "Tom Sleigh" are one name. Lists come as front matter, Markdown lists,
 * "Name -<TAB>Role" lines, comma lists ("A, B and C"), label paragraphs
 * ("Present: ..."), sentences ("Apologies were received from ...") and
 * run-on lines from PDF conversion ("Douglas Barrow (Chairman) Peter Lisley
 * (Deputy Chairman) Lee Presland, City of London Police Lauren Tucker, ...").
 */
#include <stdio.h>
#include <string.h>
#include <threads.h>

#include "internal.h"

/* Titles that stand before a name; several may stack ("Cllr Mrs"). */
static const char *const titles[] = {
    "The Rt Hon", "Rt Hon", "The Right Honourable", "The Lord", "The Lady",
    "The Revd", "The Reverend", "County Councillor", "Borough Councillor",
    "District Councillor", "Parish Councillor", "City Councillor",
    "Councillors", "Councillor", "Cllrs", "Cllr", "Crs", "Cr", "Councilmembers",
    "Councilmember", "Council Members", "Council Member", "Vice Mayor", "Mayor",
    "Alderman", "Alderwoman", "Alderperson", "Deputy", "Sir", "Dame", "Dr",
    "Doctor", "Revd", "Rev", "Reverend", "Canon", "Father", "Lord", "Lady",
    "Baroness", "Baron", "Mr", "Mrs", "Ms", "Miss", "Mx", "Professor", "Prof",
    "PCSO", "PC", "Sgt", "Sergeant", "Inspector", "Chief Inspector",
    "Superintendent", "Commander", "Hon",
    /* Indian honorifics */
    "Shri", "Shrimati", "Smt", "Kumari", NULL};

/* Honours and post-nominals that follow a name. */
static const char *const honours[] = {
    "OBE", "MBE", "CBE",   "KBE", "DBE", "GBE", "KCB",   "CB",
    "JP",  "QC",  "KC",    "MP",  "MEP", "MSP", "AM",    "DL",
    "BEM", "CC",  "CVO",   "LVO", "MVO", "QPM", "FRICS", "FCA",
    "PhD", "FRS", "FREng", "Bt",  "MLA", "MCA", NULL};

/* Words that make a part a role, not a name or an organisation. */
static const char *const role_words[] = {
    "chair",          "chairman",       "chairwoman",
    "chairperson",    "vice",           "deputy chairman",
    "clerk",          "secretary",      "treasurer",
    "director",       "head",           "officer",
    "official",       "manager",        "executive",
    "chief",          "councillor",     "member",
    "adviser",        "advisor",        "minutes",
    "scribe",         "lead",           "coordinator",
    "co-ordinator",   "commissioner",   "commander",
    "inspector",      "superintendent", "surveyor",
    "chamberlain",    "remembrancer",   "solicitor",
    "assistant",      "president",      "mayor",
    "representative", "observer",       "guest",
    "facilitator",    "convenor",       "convener",
    "governor",       "trustee",        "auditor",
    "analyst",        "consultant",     "engineer",
    "architect",      "planner",        "warden",
    "attorney",       "counsel",        "recorder",
    "administrator",  "marshal",        "secretariat",
    "controller",     "comptroller",    "leader",
    "vicar",          "rector",         "churchwarden",
    "headteacher",    "principal",      NULL};

/* Role words that are not also surnames ("Head", "Guest", "Warden" are):
 * a part that ends with one is a post. */
static const char *const post_words[] = {
    "clerk",       "secretary",    "treasurer", "director",
    "manager",     "officer",      "executive", "administrator",
    "coordinator", "co-ordinator", "chairman",  "chairperson",
    "chairwoman",  "president",    "solicitor", "engineer",
    "planner",     "consultant",   "attorney",  "counsel",
    "analyst",     "auditor",      "assistant", "representative",
    "facilitator", "adviser",      "advisor",   "superintendent",
    "inspector",   "commissioner", "surveyor",  "controller",
    "comptroller", "recorder",     "scribe",    "secretariat",
    "ceo",         "cfo",          "coo",       "headteacher",
    NULL};

/* Words that make a part an organisation. */
static const char *const org_words[] = {
    "police",    "trust",      "council",    "corporation", "brigade",
    "service",   "services",   "department", "authority",   "association",
    "ltd",       "limited",    "plc",        "university",  "college",
    "school",    "company",    "group",      "board",       "agency",
    "office",    "foundation", "society",    "partnership", "commission",
    "institute", "network",    "centre",     "center",      "church",
    "hospital",  "nhs",        "ccg",        "government",  "ministry",
    "committee", "team",       "federation", "union",       "club",
    "housing",   "transport",  "division",   "directorate", "city of",
    "inc",       "llc",        "gmbh",       NULL};

/* Organisations a person comes from, not a unit of the host's own staff
 * ("Democratic Services", "Planning Department" are posts): "(Highland
 * Council)", "(Police Scotland)". */
static const char *const body_words[] = {
    "police",     "trust",       "council",    "corporation", "brigade",
    "authority",  "association", "ltd",        "limited",     "plc",
    "university", "college",     "school",     "company",     "agency",
    "foundation", "society",     "church",     "hospital",    "nhs",
    "government", "ministry",    "federation", "union",       "club",
    "inc",        "llc",         "gmbh",       NULL};

/* The lists above by first letter (case aside), each letter's entries in
 * list order: word_in and title_at look only through the entries of a
 * word's first letter instead of the whole list. Made once for the
 * process (call_once: parsers may run in threads). */
typedef struct by_letter {
  const char *const *list;
  unsigned char start[27]; /* letter k: order[start[k] .. start[k + 1]) */
  unsigned char order[128];
} by_letter;

static by_letter indexes[5];
static once_flag indexes_once = ONCE_FLAG_INIT;

static void index_lists(void) {
  const char *const *const lists[5] = {titles, role_words, org_words,
                                       body_words, post_words};
  for (int l = 0; l < 5; l++) {
    by_letter *x = &indexes[l];
    x->list = lists[l];
    unsigned char at = 0;
    for (int k = 0; k < 26; k++) {
      x->start[k] = at;
      for (int i = 0; lists[l][i] && at < sizeof x->order; i++)
        if ((lists[l][i][0] | 32) == 'a' + k)
          x->order[at++] = (unsigned char)i;
    }
    x->start[26] = at;
  }
}

/* The index of list, or NULL (a list not indexed: look through it all). */
static const by_letter *index_of(const char *const *list) {
  call_once(&indexes_once, index_lists);
  for (int l = 0; l < 5; l++)
    if (indexes[l].list == list)
      return &indexes[l];
  return NULL;
}

static int alpha(unsigned char c) {
  return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* "None.", "None received", "Nil", "N/A", "There were none": no one. */
static int nobody(const char *t, size_t n) {
  mins__trim(&t, &n, "*_");
  static const char *const words[] = {"none", "nil", "nobody", "n/a", NULL};
  for (int i = 0; words[i]; i++) {
    size_t wl = strlen(words[i]);
    if (mins__istarts(t, n, words[i]) &&
        (n == wl || !alpha((unsigned char)t[wl])))
      return 1;
  }
  return mins__istarts(t, n, "no ") || mins__istarts(t, n, "there were no");
}

/* A head count, not a person: "plus 23 tenants and residents", "4
 * members of the public", "two observers", "11 residents attended". A
 * number (in digits or words) followed within two words by people in the
 * plural. */
static int headcount(const char *t, size_t n) {
  static const char *const nums[] = {
      "two",           "three", "four",   "five",    "six",  "seven",
      "eight",         "nine",  "ten",    "several", "many", "some",
      "approximately", "about", "around", NULL};
  static const char *const plural[] = {
      "members",     "residents", "tenants",  "people",    "persons",
      "others",      "visitors",  "guests",   "observers", "parishioners",
      "attendees",   "public",    "students", "parents",   "staff",
      "councillors", "officers",  "press",    NULL};
  size_t i = 0;
  while (i < n) {
    while (i < n && !alpha((unsigned char)t[i]) &&
           !(t[i] >= '0' && t[i] <= '9'))
      i++;
    size_t j = i;
    while (j < n &&
           (alpha((unsigned char)t[j]) || (t[j] >= '0' && t[j] <= '9')))
      j++;
    if (j == i)
      break;
    int num = t[i] >= '0' && t[i] <= '9';
    for (int k = 0; !num && nums[k]; k++)
      num = mins__nieq(t + i, j - i, nums[k]);
    if (num) {
      /* the next words */
      size_t w = j;
      for (int q = 0; q < 3 && w < n; q++) {
        while (w < n && !alpha((unsigned char)t[w]))
          w++;
        size_t e = w;
        while (e < n && alpha((unsigned char)t[e]))
          e++;
        for (int k = 0; plural[k]; k++)
          if (mins__nieq(t + w, e - w, plural[k]))
            return 1;
        w = e;
      }
    }
    i = j;
  }
  return 0;
}

/* Does any entry of list (lower case, perhaps several words) stand in s as
 * whole words? One pass over the word starts of s. */
static int word_in(const char *s, size_t n, const char *const *list) {
  const by_letter *x = index_of(list);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!alpha(c) || (i > 0 && alpha((unsigned char)s[i - 1])))
      continue;
    c |= 32;
    size_t k = x ? x->start[c - 'a'] : 0, e = x ? x->start[c - 'a' + 1] : 0;
    for (;; k++) {
      const char *w;
      if (x) {
        if (k >= e)
          break;
        w = list[x->order[k]];
        if ((unsigned char)w[0] != c)
          continue; /* an entry in capitals, which no word opens */
      } else {
        w = list[k];
        if (!w)
          break;
        if ((unsigned char)w[0] != c)
          continue;
      }
      size_t j = 1;
      while (w[j] && i + j < n &&
             (unsigned char)(s[i + j] |
                             (alpha((unsigned char)s[i + j]) ? 32 : 0)) ==
                 (unsigned char)w[j])
        j++;
      if (!w[j] && (i + j == n || !alpha((unsigned char)s[i + j])))
        return 1;
    }
  }
  return 0;
}

static int is_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
static int is_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}

static int name_like(const char *s, size_t n);
static int count_words(const char *s, size_t n);

/* Take a title at the start of s (with an optional dot). */
static size_t title_at(const char *s, size_t n) {
  if (n == 0)
    return 0;
  int c0 = s[0] | 32;
  if (c0 < 'a' || c0 > 'z')
    return 0; /* every title opens with a letter */
  /* the first letter settles most: only its titles, in list order */
  const by_letter *x = index_of(titles);
  for (size_t o = x->start[c0 - 'a']; o < x->start[c0 - 'a' + 1]; o++) {
    int i = x->order[o];
    size_t k = strlen(titles[i]);
    if (k <= n && mins__nieq(s, k, titles[i])) {
      size_t e = k;
      if (e < n && s[e] == '.')
        e++;
      if (e == n || s[e] == ' ' || s[e] == '\t' || s[e] == '\n')
        return e;
    }
  }
  return 0;
}

/* A personal title opening a bracket: "(Mr. P. Crowe)" names the holder of
 * the role written before it. */
static int personal_title(const char *s, size_t n) {
  static const char *const pt[] = {"Mr",   "Mrs", "Ms",   "Miss",
                                   "Mx",   "Dr",  "Cllr", "Councillor",
                                   "Prof", "Sir", "Dame", NULL};
  for (int i = 0; pt[i]; i++) {
    size_t k = strlen(pt[i]);
    if (k < n && memcmp(s, pt[i], k) == 0 &&
        (s[k] == '.' || s[k] == ' ' || s[k] == ','))
      return 1;
  }
  return 0;
}

static size_t honour_at(const char *s, size_t n) {
  if (n < 2 || n > 5 || !is_upper((unsigned char)s[0]))
    return 0; /* honours are short and in capitals */
  for (int i = 0; honours[i]; i++) {
    if (honours[i][0] != s[0])
      continue;
    size_t k = strlen(honours[i]);
    if (k == n && memcmp(s, honours[i], k) == 0)
      return k;
  }
  return 0;
}

static void trim(const char **s, size_t *n) {
  mins__trim(s, n, ",;:.-*_");
}

/* Does a part open or close with a role word: "Assistant Superintendent
 * of Business Services", "Student Board Member" (a post, though it names
 * a unit)? */
static int role_at_edge(const char *s, size_t n) {
  size_t w = 0;
  while (w < n && s[w] != ' ')
    w++;
  if (word_in(s, w, role_words))
    return 1;
  size_t l = n;
  while (l > 0 && s[l - 1] != ' ')
    l--;
  return word_in(s + l, n - l, role_words);
}

/* Find the separator " - " / " – " / " -\t" between a name and a role. */
static size_t dash_at(const char *s, size_t n, size_t *after) {
  int depth = 0;
  for (size_t i = 1; i + 1 < n; i++) {
    /* not inside brackets: "Ana Aguiar (AA - chair)" */
    if (s[i - 1] == '(')
      depth++;
    else if (s[i - 1] == ')' && depth > 0)
      depth--;
    if (depth > 0)
      continue;
    if (s[i] == '-' && (s[i - 1] == ' ' || s[i - 1] == '\t') &&
        (s[i + 1] == ' ' || s[i + 1] == '\t')) {
      *after = i + 1;
      return i - 1;
    }
    if (s[i] == '-' && s[i - 1] != ' ' && i + 1 < n && s[i + 1] == '\t') {
      *after = i + 1;
      return i;
    }
    if ((s[i - 1] == ' ' || s[i - 1] == '\t' ||
         is_lower((unsigned char)s[i - 1])) &&
        i + 3 <= n &&
        (memcmp(s + i, "\xE2\x80\x93", 3) == 0 ||
         memcmp(s + i, "\xE2\x80\x94", 3) == 0)) {
      *after = i + 3;
      return s[i - 1] == ' ' ? i - 1 : i;
    }
  }
  return MINS_NONE;
}

size_t mins__mention(const char *s, size_t n) {
  if (n < 4 || s[0] != '@' || !is_upper((unsigned char)s[1]))
    return 0;
  /* two capitalised words of letters: "@Maya Chen" */
  size_t sp = 1;
  while (sp < n && s[sp] != ' ')
    if (!alpha((unsigned char)s[sp++]) && s[sp - 1] != '-' && s[sp - 1] != '\'')
      return 0;
  return sp + 1 < n && is_upper((unsigned char)s[sp + 1]) ? 1 : 0;
}

int mins__person_parse(mins__arena *a, const char *s, size_t n,
                       mins_person *out) {
  memset(out, 0, sizeof *out);
  trim(&s, &n);
  {
    size_t k = mins__mention(s, n);
    s += k;
    n -= k;
  }
  /* bullets */
  while (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
         (unsigned char)s[2] == 0xA2) {
    s += 3;
    n -= 3;
    trim(&s, &n);
  }
  if (mins__istarts(s, n, "and ")) {
    s += 4;
    n -= 4;
    trim(&s, &n);
  }
  if (n == 0 || n > 200)
    return 0;
  /* the common case, a plain name ("Douglas Barrow"): letters, spaces,
   * dots, hyphens and apostrophes, no title, no honours */
  {
    int plain = is_upper((unsigned char)s[0]) && n < 60;
    for (size_t i = 0; i < n && plain; i++) {
      unsigned char ch = (unsigned char)s[i];
      if (!(alpha(ch) || ch == ' ' || ch == '.' || ch == '\'' ||
            (ch == '-' && i > 0 && s[i - 1] != ' ')))
        plain = 0;
    }
    if (plain && (mins__nieq(s, n, "none") || mins__nieq(s, n, "nobody") ||
                  mins__istarts(s, n, "no ")))
      return 0;
    if (plain && !title_at(s, n)) {
      const char *lw = s + n;
      while (lw > s && lw[-1] != ' ')
        lw--;
      if (!honour_at(lw, (size_t)(s + n - lw)) && !word_in(s, n, role_words)) {
        out->text = out->name = mins__clean(a, s, n);
        return out->name != NULL;
      }
    }
  }
  out->text = mins__clean(a, s, n);
  const char *role = NULL, *org = NULL;
  size_t rolen = 0, orgn = 0;
  char rolebuf[256];
  rolebuf[0] = '\0';
  /* "Director of Travel (Mr. P. Crowe)": a role, the name in brackets */
  const char *lb = memchr(s, '(', n);
  if (lb && s[n - 1] == ')') {
    const char *in = lb + 1;
    size_t inn = (size_t)(s + n - 1 - in);
    size_t outn = (size_t)(lb - s);
    if (personal_title(in, inn) && outn > 3 &&
        (!name_like(s, outn) || memchr(s, ',', outn) ||
         word_in(s, outn, role_words) || word_in(s, outn, org_words))) {
      role = s;
      rolen = (size_t)(lb - s);
      s = in;
      n = inn;
    }
  }
  /* roles in brackets: "(Chairman)", "(arrived at 10.12am)", "(AA - chair)" */
  if (!role) {
    const char *p = memchr(s, '(', n);
    if (p) {
      const char *q = memchr(p, ')', (size_t)(s + n - p));
      if (q) {
        role = p + 1;
        rolen = (size_t)(q - p - 1);
        const char *tail = q + 1;
        size_t tn = (size_t)(s + n - tail);
        n = (size_t)(p - s);
        /* "(auditor) – for item 3 only": a dash after the bracket (the
         * trim below would take it) */
        int dashed = 0;
        {
          const char *dt = tail;
          size_t dn = tn;
          mins__trim(&dt, &dn, NULL);
          dashed =
              dn && (dt[0] == '-' || (dn > 3 && (unsigned char)dt[0] == 0xE2 &&
                                      (unsigned char)dt[1] == 0x80 &&
                                      ((unsigned char)dt[2] == 0x93 ||
                                       (unsigned char)dt[2] == 0x94)));
        }
        /* "Name (Role), Organisation" */
        trim(&tail, &tn);
        /* "(Leader of the Council) (in the Chair)": one role */
        while (tn > 2 && tail[0] == '(' && memchr(tail, ')', tn)) {
          const char *q2 = memchr(tail, ')', tn);
          size_t pn = (size_t)(q2 - tail - 1);
          if (rolen + pn + 3 >= sizeof rolebuf)
            break;
          if (role != rolebuf) {
            memmove(rolebuf, role, rolen);
            role = rolebuf;
          }
          memcpy(rolebuf + rolen, ", ", 2);
          memcpy(rolebuf + rolen + 2, tail + 1, pn);
          rolen += pn + 2;
          rolebuf[rolen] = '\0';
          tn -= (size_t)(q2 + 1 - tail);
          tail = q2 + 1;
          trim(&tail, &tn);
        }
        if (tn && dashed) {
          /* "(Hollis & Co, auditors) – for item 4 only": more of the
           * role */
          const char *r2 = tail;
          size_t r2n = tn;
          trim(&r2, &r2n);
          if (r2n && rolen + r2n + 3 < sizeof rolebuf) {
            char tmp[256];
            snprintf(tmp, sizeof tmp, "%.*s, %.*s", (int)rolen, role, (int)r2n,
                     r2);
            memcpy(rolebuf, tmp, sizeof tmp);
            role = rolebuf;
            rolen = strlen(rolebuf);
          }
          tn = 0;
        }
        if (tn) {
          org = tail;
          orgn = tn;
        } else if (rolen && word_in(role, rolen, body_words) &&
                   !word_in(role, rolen, role_words)) {
          /* "Cllr Kenneth Fraser (Highland Council)", "PC Lewis Duncan
           * (Police Scotland)": the body the person comes from */
          org = role;
          orgn = rolen;
          role = NULL;
          rolen = 0;
        }
      }
    }
  }
  /* " - Role" */
  size_t after;
  size_t d = dash_at(s, n, &after);
  if (d != MINS_NONE) {
    const char *r = s + after;
    size_t rn = n - after;
    trim(&r, &rn);
    n = d;
    if (rn) {
      if (role) {
        char tmp[256];
        snprintf(tmp, sizeof tmp, "%.*s, %.*s", (int)rolen, role, (int)rn, r);
        memcpy(rolebuf, tmp, sizeof tmp);
        role = rolebuf;
        rolen = strlen(rolebuf);
      } else {
        role = r;
        rolen = rn;
      }
    }
  }
  trim(&s, &n);
  /* ", Organisation" or ", Role" */
  const char *comma = memchr(s, ',', n);
  if (comma) {
    const char *r = comma + 1;
    size_t rn = (size_t)(s + n - r);
    trim(&r, &rn);
    n = (size_t)(comma - s);
    /* honours after a comma: "Sir John Smith, OBE" */
    if (rn && honour_at(r, rn) == rn) {
      out->honours = mins__strndup(a, r, rn);
    } else if (rn && word_in(r, rn, role_words) &&
               (!word_in(r, rn, org_words) || role_at_edge(r, rn))) {
      if (role) {
        char tmp[256];
        snprintf(tmp, sizeof tmp, "%.*s, %.*s", (int)rn, r, (int)rolen, role);
        memcpy(rolebuf, tmp, sizeof tmp);
        role = rolebuf;
        rolen = strlen(rolebuf);
      } else {
        role = r;
        rolen = rn;
      }
    } else if (rn) {
      org = r;
      orgn = rn;
    }
  }
  trim(&s, &n);
  /* "City Clerk Mary Lopez": a role before the name (three words or
   * more) */
  if (!role && memchr(s, ' ', n) &&
      memchr((const char *)memchr(s, ' ', n) + 1, ' ',
             n - (size_t)((const char *)memchr(s, ' ', n) + 1 - s))) {
    size_t words = 0, last_role_end = 0, i = 0;
    int all_caps = 1;
    while (i < n) {
      while (i < n && s[i] == ' ')
        i++;
      size_t j = i;
      while (j < n && s[j] != ' ')
        j++;
      if (j == i)
        break;
      if (!is_upper((unsigned char)s[i]))
        all_caps = 0;
      words++;
      if (word_in(s + i, j - i, role_words) && !title_at(s + i, j - i))
        last_role_end = j;
      i = j;
    }
    if (all_caps && words >= 3 && last_role_end > 0 && last_role_end < n) {
      const char *rest = s + last_role_end;
      size_t rn = n - last_role_end;
      mins__trim(&rest, &rn, NULL);
      if (count_words(rest, rn) >= 2) {
        role = s;
        rolen = last_role_end;
        s = rest;
        n = rn;
      }
    }
  }
  /* titles */
  char titlebuf[128];
  size_t tl = 0;
  for (;;) {
    size_t k = title_at(s, n);
    if (!k || k >= n)
      break;
    if (tl + k + 2 < sizeof titlebuf) {
      if (tl)
        titlebuf[tl++] = ' ';
      memcpy(titlebuf + tl, s, k);
      tl += k;
    }
    s += k;
    n -= k;
    trim(&s, &n);
  }
  /* honours at the end */
  char honbuf[64];
  size_t hl = 0;
  for (;;) {
    size_t sp = n;
    while (sp > 0 && s[sp - 1] != ' ' && s[sp - 1] != ',')
      sp--;
    if (sp == 0)
      break;
    size_t k = honour_at(s + sp, n - sp);
    if (!k)
      break;
    if (hl + k + 2 < sizeof honbuf) {
      memmove(honbuf + k + (hl ? 1 : 0), honbuf, hl);
      memcpy(honbuf, s + sp, k);
      if (hl)
        honbuf[k] = ' ';
      hl += k + (hl ? 1 : 0);
    }
    n = sp;
    trim(&s, &n);
  }
  trim(&s, &n);
  if (n == 0)
    return 0;
  /* a name starts with a letter (or a handle character) */
  unsigned char c0 = (unsigned char)s[0];
  if (c0 >= '0' && c0 <= '9')
    return 0;
  if (nobody(s, n) || mins__istr(s, n, "members of the public") ||
      mins__istr(s, n, "member of the public") || headcount(s, n))
    return 0;
  out->name = mins__clean(a, s, n);
  if (tl)
    out->title = mins__strndup(a, titlebuf, tl);
  if (hl && !out->honours)
    out->honours = mins__strndup(a, honbuf, hl);
  if (role) {
    trim(&role, &rolen);
    if (rolen)
      out->role = mins__clean(a, role, rolen);
    if (mins__istr(role, rolen, "arrived") || mins__istr(role, rolen, "left") ||
        mins__istr(role, rolen, "part of") ||
        mins__istr(role, rolen, "from item") ||
        mins__istr(role, rolen, "for item") || mins__istr(role, rolen, "until"))
      out->flags |= MINS_PERSON_PART;
  }
  if (org) {
    trim(&org, &orgn);
    if (orgn)
      out->organisation = mins__clean(a, org, orgn);
  }
  return out->name != NULL;
}

mins_person *mins__person_add(mins__ctx *c, mins_list list) {
  return VEC_PUSH(&c->doc->arena, &c->doc->people[list], mins_person);
}

/* ---- splitting runs of people ---------------------------------------- */

typedef struct part {
  size_t s, e; /* offsets in the block text */
} part;

/* Words of a part that are capitalised (a name has only such words). */
static int name_like(const char *s, size_t n) {
  size_t k = title_at(s, n);
  while (k && k < n) {
    s += k;
    n -= k;
    while (n && *s == ' ')
      s++, n--;
    k = title_at(s, n);
  }
  if (n == 0)
    return 0;
  int words = 0;
  size_t i = 0;
  while (i < n) {
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
      i++;
    if (i >= n)
      break;
    size_t j = i;
    while (j < n && s[j] != ' ' && s[j] != '\t')
      j++;
    unsigned char c0 = (unsigned char)s[i];
    int particle =
        mins__nieq(s + i, j - i, "de") || mins__nieq(s + i, j - i, "van") ||
        mins__nieq(s + i, j - i, "von") || mins__nieq(s + i, j - i, "da") ||
        mins__nieq(s + i, j - i, "le") || mins__nieq(s + i, j - i, "la") ||
        mins__nieq(s + i, j - i, "du") || mins__nieq(s + i, j - i, "del") ||
        mins__nieq(s + i, j - i, "der") || mins__nieq(s + i, j - i, "bin");
    if (!is_upper(c0) && c0 < 0x80 && !particle && c0 != '(')
      return 0;
    words++;
    i = j;
  }
  return words >= 1 && words <= 5;
}

static int count_words(const char *s, size_t n) {
  int w = 0, in = 0;
  for (size_t i = 0; i < n; i++) {
    int sp = s[i] == ' ' || s[i] == '\t' || s[i] == '\n';
    if (!sp && !in)
      w++;
    in = !sp;
  }
  return w;
}

/* Words outside brackets. */
static int unbracketed_words(const char *s, size_t n) {
  int w = 0, in = 0, depth = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '(')
      depth++;
    int sp = depth > 0 || s[i] == ' ' || s[i] == '\t' || s[i] == '\n';
    if (s[i] == ')' && depth > 0)
      depth--;
    if (!sp && !in)
      w++;
    in = !sp;
  }
  return w;
}

/* Internal to people_split's flags: a sentence repeating a list (the
 * apologies of a header said again in item 1) adds only new names. */
#define PEOPLE_DEDUPE (1u << 31)

/* Names never hold sentences: "seconded by John Pike", "that the
 * accounts be approved": two words in lower case that are no particle of
 * a name ("de", "van", "of") make a sentence. */
static int sentence_name(const char *s) {
  static const char *const small[] = {
      "of",  "and", "the", "de",  "van", "von", "da", "le",  "la",  "du",
      "del", "der", "bin", "ben", "al",  "y",   "di", "dos", "das", NULL};
  int lower = 0;
  for (const char *w = s; *w;) {
    while (*w == ' ')
      w++;
    const char *e = w;
    while (*e && *e != ' ')
      e++;
    if (e > w && is_lower((unsigned char)*w)) {
      int sm = 0;
      for (int k = 0; small[k] && !sm; k++)
        sm = mins__nieq(w, (size_t)(e - w), small[k]);
      if (!sm && ++lower >= 2)
        return 1;
    }
    w = e;
  }
  return 0;
}

/* Add a person from text [s, e) of block b; a name the list already
 * holds (said twice, in a label and a sentence) is not added again. */
static mins_person *add_from(mins__ctx *c, const mins__block *b, size_t s,
                             size_t e, mins_list list, unsigned flags) {
  mins_person p;
  if (!mins__person_parse(&c->doc->arena, b->text + s, e - s, &p) ||
      sentence_name(p.name))
    return NULL;
  mins_person *have = c->doc->people[list].data;
  size_t nhave = (flags & PEOPLE_DEDUPE) ? c->doc->people[list].len : 0;
  flags &= ~PEOPLE_DEDUPE;
  for (size_t i = 0; i < nhave; i++) {
    if (mins__ieq(have[i].name, p.name))
      return NULL;
    /* "Mrs L Price" and "Mrs Price": the same surname and title */
    const char *a = strrchr(have[i].name, ' ');
    const char *z = strrchr(p.name, ' ');
    a = a ? a + 1 : have[i].name;
    z = z ? z + 1 : p.name;
    if (mins__ieq(a, z) &&
        (!strchr(p.name, ' ') || !strchr(have[i].name, ' ')) && have[i].title &&
        p.title && mins__ieq(have[i].title, p.title))
      return NULL;
  }
  /* skip leading blanks for the position */
  while (s < e && mins__is_space((unsigned char)b->text[s]))
    s++;
  mins__block_pos(c, b, s, &p.line, &p.column);
  p.list = list;
  p.flags |= flags;
  mins_person *q = mins__person_add(c, list);
  if (q)
    *q = p;
  return q;
}

/* Where a run of names ends: a sentence after it ("... 6 Members of the
 * Public.   PCSO Sara Clipperton was present for part of the meeting."). */
static size_t run_end(const char *t, size_t from, size_t to) {
  for (size_t i = from; i + 1 < to; i++) {
    if (t[i] != '.' || (t[i + 1] != ' ' && t[i + 1] != '\n'))
      continue;
    /* an initial or a title's dot: "J. Smith", "Cllr. R." */
    size_t w = i;
    while (w > from && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '(' &&
           t[w - 1] != ',')
      w--;
    if (i - w <= 2 || title_at(t + w, i - w + 1))
      continue;
    /* the rest must read as a sentence: a verb soon after */
    size_t k = i + 1;
    while (k < to && (t[k] == ' ' || t[k] == '\n'))
      k++;
    if (k >= to)
      return i;
    const char *verbs[] = {" was ",     " were ",   " is ",    " are ",
                           " has ",     " had ",    " will ",  " welcomed ",
                           " thanked ", " opened ", " noted ", NULL};
    size_t lim = to - k < 120 ? to - k : 120;
    for (int v = 0; verbs[v]; v++)
      if (mins__istr(t + k, lim, verbs[v]))
        return i;
  }
  return to;
}

static int is_sep_and(const char *t, size_t i, size_t to) {
  return i + 5 <= to && t[i] == ' ' && (t[i + 1] == 'a' || t[i + 1] == 'A') &&
         mins__nieq(t + i + 1, 3, "and") && t[i + 4] == ' ';
}

/* The singular of a plural title opening a part: "Councillors R. Ahmed"
 * gives "Councillor"; NULL if none. */
static const char *plural_title(const char *s, size_t n) {
  static const char *const pl[][2] = {{"Councillors ", "Councillor"},
                                      {"Cllrs ", "Cllr"},
                                      {"Cllrs. ", "Cllr"},
                                      {"Councilmembers ", "Councilmember"},
                                      {"Council Members ", "Council Member"},
                                      {"Aldermen ", "Alderman"},
                                      {"Trustees ", "Trustee"},
                                      {"Crs ", "Cr"},
                                      {NULL, NULL}};
  for (int i = 0; pl[i][0]; i++)
    if (mins__istarts(s, n, pl[i][0]))
      return pl[i][1];
  return NULL;
}

/* A line of one person with a post: "Helen Shaw, Company Secretary
 * (minutes)", "Mrs Carol Hughes, Clerk to Governors (minute taker)": one
 * comma outside brackets, a name before it, and after it a post or a body
 * (a role or organisation word, or honours), not another name ("Cllr B
 * Jones"). 1 for such a line, 0 for a line with no comma, -1 for any
 * other (several commas, a list run over lines). */
static int post_line(const char *s, size_t n) {
  mins__trim(&s, &n, NULL);
  size_t comma = MINS_NONE;
  int depth = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '(')
      depth++;
    else if (s[i] == ')' && depth > 0)
      depth--;
    else if (s[i] == ',' && !depth) {
      if (comma != MINS_NONE)
        return -1;
      comma = i;
    }
  }
  if (n && s[n - 1] == ',')
    return -1;
  if (comma == MINS_NONE)
    return 0;
  const char *r = s + comma + 1;
  size_t rn = n - comma - 1;
  trim(&r, &rn);
  size_t pre = comma;
  /* a title opens another name ("Cllr B Jones"), unless it stands alone
   * ("Superintendent", a rank and a post) or what follows it is a post
   * too ("Chief Business Official", "Deputy Mayor") */
  size_t tk = title_at(r, rn);
  if (!rn || (tk && tk < rn && !word_in(r + tk, rn - tk, role_words)) ||
      !name_like(s, pre) || count_words(s, pre) > 5 || memchr(s, '(', pre))
    return -1;
  /* the post's own words, before any bracket or dash */
  size_t pw = 0;
  while (pw < rn && r[pw] != '(' && !(r[pw] == '-' && pw && r[pw - 1] == ' ') &&
         (unsigned char)r[pw] != 0xE2)
    pw++;
  /* a post in brackets only after words that are no name: "Benson & Co
   * (auditor)", not "Mere Ngata (Democracy Advisor)" */
  if (!word_in(r, pw, role_words) && !word_in(r, pw, org_words) &&
      honour_at(r, rn) != rn &&
      !(pw < rn && word_in(r, rn, role_words) && !name_like(r, pw)))
    return -1;
  return 1;
}

/* The end of the piece of a people run that starts at i: the next
 * newline, or semicolon outside brackets, or to. */
static size_t piece_end(const char *t, size_t i, size_t to) {
  int depth = 0;
  for (; i < to; i++) {
    if (t[i] == '(')
      depth++;
    else if (t[i] == ')' && depth > 0)
      depth--;
    else if (t[i] == '\n' || (t[i] == ';' && !depth))
      return i;
  }
  return to;
}

int mins__people_split(mins__ctx *c, const mins__block *b, size_t from,
                       size_t to, mins_list list, unsigned flags) {
  const char *t = b->text;
  if (to > b->len)
    to = b->len;
  while (from < to && mins__is_space((unsigned char)t[from]))
    from++;
  if (from >= to || nobody(t + from, to - from))
    return 0;
  int added = 0;
  /* one person a line: "Name -<TAB>Role" lines, list-like lines */
  size_t lines = 0, dash_lines = 0;
  for (size_t i = from; i < to;) {
    const char *nl = memchr(t + i, '\n', to - i);
    size_t le = nl ? (size_t)(nl - t) : to;
    size_t aft;
    if (dash_at(t + i, le - i, &aft) != MINS_NONE)
      dash_lines++;
    lines++;
    i = le + 1;
  }
  /* or lines with no commas, some with a post: "Joan Feeney - Chair\nRay
   * Fletcher\n..." */
  int commas =
      memchr(t + from, ',', to - from) || memchr(t + from, ';', to - from);
  if (lines >= 2 && (dash_lines * 2 >= lines || (dash_lines && !commas))) {
    for (size_t i = from; i < to;) {
      const char *nl = memchr(t + i, '\n', to - i);
      size_t le = nl ? (size_t)(nl - t) : to;
      if (add_from(c, b, i, le, list, flags))
        added++;
      i = le + 1;
    }
    return added;
  }
  /* "Helen Shaw, Company Secretary (minutes)\nRaj Patel, Finance
   * Officer", "Linda Marsh, President; Robert Chen, Vice President; Frank
   * Novak": a line, a list entry or a semicolon's part that holds one
   * person with a post is one person, whatever brackets the post carries.
   * Every piece must be a name alone or a name with a post. */
  {
    int ok = 1, one = 0;
    size_t pieces = 0;
    for (size_t i = from; i <= to && ok;) {
      size_t le = piece_end(t, i, to);
      int k = post_line(t + i, le - i);
      if (k < 0)
        ok = 0;
      one += k;
      pieces++;
      i = le + 1;
    }
    if (ok && one && (pieces >= 2 || one == 1)) {
      for (size_t i = from; i <= to;) {
        size_t le = piece_end(t, i, to);
        if (post_line(t + i, le - i) == 1) {
          if (add_from(c, b, i, le, list, flags))
            added++;
        } else if (le > i) {
          added += mins__people_split(c, b, i, le, list, flags);
        }
        i = le + 1;
      }
      return added;
    }
  }
  to = run_end(t, from, to);
  /* "Councillors Browne, Collins and Galvin": a plural title for all */
  const char *plural = NULL;
  size_t pk = 0;
  if (mins__istarts(t + from, to - from, "councillors ") ||
      mins__istarts(t + from, to - from, "cllrs ")) {
    plural =
        mins__istarts(t + from, to - from, "cllrs ") ? "Cllr" : "Councillor";
    pk = plural[0] == 'C' && plural[1] == 'l' ? 6 : 12;
    from += pk;
  }
  /* parts: commas, semicolons, newlines, " and " / " & " before the last,
   * and a closing bracket followed by a capital: "(Chairman) Peter" */
  part parts[512];
  size_t np = 0, st = from;
  int depth = 0;
  int bracket_names = 0;
  for (size_t i = from; i < to; i++) {
    if (t[i] == '(') {
      depth++;
      if (personal_title(t + i + 1, to - i - 1))
        bracket_names++;
    }
    if (t[i] == ')' && depth > 0)
      depth--;
  }
  depth = 0;
  for (size_t i = from; i <= to && np < 512; i++) {
    int cut = 0;
    size_t skip = 1;
    if (i == to) {
      cut = 1;
    } else if (t[i] == '(') {
      depth++;
    } else if (t[i] == ')') {
      if (depth > 0)
        depth--;
      if (depth == 0 && i + 2 < to && t[i + 1] == ' ' &&
          is_upper((unsigned char)t[i + 2])) {
        i++; /* cut after the bracket */
        cut = 1;
      }
    } else if (depth == 0 &&
               (t[i] == ';' || (t[i] == '\n' && !bracket_names))) {
      cut = 1;
    } else if (depth == 0 && t[i] == ',') {
      /* "Role, Division (Mr. X)": in bracket-name lists cut only after
       * a closing bracket */
      if (!bracket_names || (i > 0 && t[i - 1] == ')'))
        cut = 1;
    } else if (depth == 0 &&
               (is_sep_and(t, i, to) || (t[i] == ' ' && i + 2 < to &&
                                         t[i + 1] == '&' && t[i + 2] == ' '))) {
      /* "and" joins two names; not inside "Children and Families" */
      size_t r = i + (t[i + 1] == '&' ? 3 : 5);
      if (r < to &&
          (title_at(t + r, to - r) || is_upper((unsigned char)t[r])) &&
          !bracket_names) {
        /* the left side is a name: not an organisation's "and" */
        if (!word_in(t + st, i - st, org_words)) {
          cut = 1;
          skip = r - i;
        }
      }
    }
    if (cut) {
      size_t e = i;
      if (e > st) {
        parts[np].s = st;
        parts[np].e = e;
        np++;
      }
      st = i + skip;
      if (skip > 1)
        i = st - 1;
    }
  }
  /* "JS (Chair), AB, CD, MK": a run made only of initials names people by
   * their initials, as branch and working-group minutes do; there an
   * upper-case part is the next person, not the body of the one before */
  int initials_run = np >= 2;
  for (size_t k = 0; k < np && initials_run; k++) {
    const char *ps = t + parts[k].s;
    size_t pn = parts[k].e - parts[k].s;
    mins__trim(&ps, &pn, ",;.");
    if (mins__istarts(ps, pn, "and ")) {
      ps += 4;
      pn -= 4;
    }
    const char *br = memchr(ps, '(', pn);
    if (br && ps[pn - 1] == ')')
      pn = (size_t)(br - ps);
    mins__trim(&ps, &pn, NULL);
    initials_run = pn >= 2 && pn <= 3;
    for (size_t q = 0; q < pn && initials_run; q++)
      initials_run = is_upper((unsigned char)ps[q]);
  }
  /* merge: organisations and roles attach to the person before them; an
   * "Org Name Name" part splits (the run-on form) */
  mins_person *last = NULL;
  for (size_t k = 0; k < np; k++) {
    size_t s = parts[k].s, e = parts[k].e;
    const char *ps = t + s;
    size_t pn = e - s;
    mins__trim(&ps, &pn, ",;.");
    if (pn == 0)
      continue;
    s = (size_t)(ps - t);
    e = s + pn;
    if (mins__istarts(ps, pn, "and ")) {
      s += 4;
      ps += 4;
      pn -= 4;
    }
    int words = count_words(ps, pn);
    int is_org = word_in(ps, pn, org_words);
    int is_role = word_in(ps, pn, role_words);
    /* "Assistant Superintendent of Business Services": a post */
    int edge = is_org && is_role && role_at_edge(ps, pn);
    if (edge)
      is_org = 0;
    int acronym = pn >= 2 && pn <= 6 && !initials_run;
    for (size_t q = 0; q < pn && acronym; q++)
      if (!is_upper((unsigned char)ps[q]))
        acronym = 0;
    /* "L. Nguyen, Clerk", "Jenna Moss, Community Manager": a short part
     * that ends with a post is the post of the person before */
    int post = 0;
    if (is_role && words <= 4) {
      size_t lw = pn;
      while (lw > 0 && ps[lw - 1] != ' ')
        lw--;
      post = word_in(ps + lw, pn - lw, post_words);
    }
    /* a title alone is a post: "Dr. Robert Hayes, Superintendent" */
    size_t tk = title_at(ps, pn);
    int titled = tk && tk < pn;
    if (last && !memchr(ps, '(', pn) && !titled &&
        (is_org || acronym || edge ||
         (is_role && (post || !name_like(ps, pn))))) {
      /* the organisation (or role) of the person before, perhaps followed
       * by the next name: "City of London Police Lauren Tucker" */
      size_t we = pn, split = MINS_NONE;
      int caps = 0;
      /* the last two capitalised words, if they are not org words */
      size_t i = pn;
      while (i > 0 && caps < 2) {
        size_t j = i;
        while (j > 0 && ps[j - 1] != ' ')
          j--;
        if (j == i)
          break;
        if (!is_upper((unsigned char)ps[j]) ||
            word_in(ps + j, i - j, org_words) ||
            word_in(ps + j, i - j, role_words))
          break;
        caps++;
        i = j > 0 ? j - 1 : 0;
        if (caps == 2)
          split = j;
      }
      if (split != MINS_NONE && split > 0 && words >= 3) {
        we = split;
        const char *o = ps;
        size_t on = we;
        mins__trim(&o, &on, ",");
        if (is_org || acronym || !is_role)
          last->organisation = mins__clean(&c->doc->arena, o, on);
        else if (!last->role)
          last->role = mins__clean(&c->doc->arena, o, on);
        last = add_from(c, b, s + split, e, list, flags);
        if (last)
          added++;
      } else {
        if (is_org || acronym || !is_role) {
          if (!last->organisation)
            last->organisation = mins__clean(&c->doc->arena, ps, pn);
        } else if (!last->role) {
          /* "Hon. Grace Wanjiru, MCA — Chairperson": honours, then the
           * post after a dash */
          size_t hk = 0, after;
          while (hk < pn && ps[hk] != ' ')
            hk++;
          hk = honour_at(ps, hk);
          if (hk && hk < pn && !last->honours &&
              dash_at(ps, pn, &after) != MINS_NONE && after > hk) {
            last->honours = mins__strndup(&c->doc->arena, ps, hk);
            ps += after;
            pn -= after;
            trim(&ps, &pn);
          }
          last->role = mins__clean(&c->doc->arena, ps, pn);
        }
      }
      continue;
    }
    /* a sentence, not a name (a role in brackets does not count: "Clare
     * Oduya (Director of Resources and Section 151 Officer)") */
    if (words > (bracket_names ? 14 : 8) &&
        (bracket_names || unbracketed_words(ps, pn) > 8))
      continue;
    /* "..., Councillors R. Ahmed, J. Baker and T. Dunn": a plural title
     * in the run applies to the names after it */
    const char *pl = plural_title(ps, pn);
    if (pl)
      plural = pl;
    mins_person *p = add_from(c, b, s, e, list, flags);
    if (p) {
      if (pl)
        p->title = pl;
      else if (plural && !p->title)
        p->title = plural;
      added++;
      last = p;
    }
  }
  return added;
}

/* A table whose header is a people label and nothing else ("| **Present:**
 * | |", "| Apologies | |"), as word processors lay out the attendance: the
 * list it heads, or -1. */
static int table_label(mins__ctx *c, const mins__cell *cells, int nh) {
  if (nh < 1 || !cells[0].n || cells[0].n > 40)
    return -1;
  /* the other columns empty, or a person's parts: "| Attendee | Role |" */
  static const char *const cols[] = {"role",
                                     "position",
                                     "title",
                                     "post",
                                     "organisation",
                                     "organization",
                                     "representing",
                                     "affiliation",
                                     "company",
                                     "department",
                                     NULL};
  for (int i = 1; i < nh; i++) {
    const char *x = cells[i].s;
    size_t xn = cells[i].n;
    mins__trim(&x, &xn, "*_: ");
    int ok = xn == 0;
    for (int k = 0; cols[k] && !ok; k++)
      ok = mins__nieq(x, xn, cols[k]);
    if (!ok)
      return -1;
  }
  const char *h = cells[0].s;
  size_t hn = cells[0].n;
  mins__trim(&h, &hn, "*_: ");
  mins__match_t m;
  int f = mins__match_section(c->pat, h, hn, &m);
  if (f == -2) {
    static const mins__family order[] = {PAT_PEOPLE_APOL, PAT_PEOPLE_ABSENT,
                                         PAT_PEOPLE_ATTEND, PAT_PEOPLE_PRESENT};
    f = -1;
    for (size_t i = 0; i < 4 && f < 0; i++)
      if (mins__match(c->pat, order[i], h, hn, 0, &m) == 1)
        f = (int)order[i];
  }
  if (f < 0 || m.end < hn)
    return -1;
  return f == PAT_PEOPLE_PRESENT  ? MINS_PRESENT
         : f == PAT_PEOPLE_ATTEND ? MINS_IN_ATTENDANCE
         : f == PAT_PEOPLE_APOL   ? MINS_APOLOGIES
         : f == PAT_PEOPLE_ABSENT ? MINS_ABSENT
                                  : -1;
}

/* A table of people under a people heading: "| Name | Role |
 * Organisation |". The name is the column so headed (else the first);
 * role and organisation columns are read when headed so. */
static int people_table(mins__ctx *c, mins__block *b, mins_list list) {
  const char *t = b->text;
  size_t n = b->len;
  mins__cell cells[16];
  const char *nl = memchr(t, '\n', n);
  int nh = mins__table_row(t, (size_t)(nl - t), cells, 16);
  int cname = 0, crole = -1, corg = -1;
  /* "| **Present:** | |": the label heads the names, the next column
   * their posts */
  if (nh >= 2 && table_label(c, cells, nh) >= 0)
    crole = 1;
  /* "| | |": a table with an empty header under a people label, the
   * names first and their posts next */
  int empty = nh >= 2;
  for (int i = 0; i < nh && empty; i++)
    empty = cells[i].n == 0;
  if (empty)
    crole = 1;
  for (int i = 0; i < nh; i++) {
    const char *h = cells[i].s;
    size_t hn = cells[i].n;
    if (mins__istr(h, hn, "name") || mins__istr(h, hn, "member") ||
        mins__istr(h, hn, "attendee"))
      cname = i;
    else if (mins__istr(h, hn, "role") || mins__istr(h, hn, "position") ||
             mins__istr(h, hn, "office") || mins__istr(h, hn, "title"))
      crole = i;
    else if (mins__istr(h, hn, "organi") || mins__istr(h, hn, "represent") ||
             mins__istr(h, hn, "company") || mins__istr(h, hn, "affiliation") ||
             mins__istr(h, hn, "body"))
      corg = i;
  }
  int added = 0;
  unsigned line = b->line;
  const char *p = nl + 1;
  while (p < t + n) {
    const char *e = memchr(p, '\n', (size_t)(t + n - p));
    size_t ln = e ? (size_t)(e - p) : (size_t)(t + n - p);
    line++;
    int nc = mins__table_row(p, ln, cells, 16);
    p = e ? e + 1 : t + n;
    if (nc <= cname || !cells[cname].n)
      continue;
    mins_person pr;
    if (!mins__person_parse(&c->doc->arena, cells[cname].s, cells[cname].n,
                            &pr))
      continue;
    if (crole >= 0 && crole < nc && cells[crole].n)
      pr.role = mins__clean(&c->doc->arena, cells[crole].s, cells[crole].n);
    if (corg >= 0 && corg < nc && cells[corg].n)
      pr.organisation =
          mins__clean(&c->doc->arena, cells[corg].s, cells[corg].n);
    pr.list = list;
    pr.line = line;
    pr.column = 1;
    mins_person *q = mins__person_add(c, list);
    if (!q)
      return added;
    *q = pr;
    added++;
  }
  return added;
}

/* Does a paragraph read as a run of names, not a sentence or a heading?
 * Most comma/line parts are name-like and it does not end with a colon. */
static int people_run(const char *t, size_t n) {
  mins__trim(&t, &n, NULL);
  if (n == 0 || t[n - 1] == ':' || nobody(t, n))
    return 0;
  /* "Representatives of the following States attended: Austria, ...": a
   * sentence before a colon introduces a list of something else */
  {
    const char *colon = memchr(t, ':', n);
    size_t cn = colon ? (size_t)(colon - t) : 0;
    if (colon && count_words(t, cn) >= 4 && !name_like(t, cn))
      return 0;
  }
  size_t parts = 0, names = 0, s = 0;
  int depth = 0;
  /* "Councillors Browne and Foley": the plural title is for each */
  if (mins__istarts(t, n, "councillors ") || mins__istarts(t, n, "cllrs "))
    s = (t[1] | 32) == 'l' ? 6 : 12;
  for (size_t i = s; i <= n; i++) {
    if (i < n && t[i] == '(')
      depth++;
    if (i < n && t[i] == ')' && depth > 0)
      depth--;
    /* parts end at commas, semicolons, line ends and " and " */
    int and_ = i + 5 <= n && !depth && mins__nieq(t + i, 5, " and ");
    if (i < n && !and_ &&
        (depth || (t[i] != ',' && t[i] != ';' && t[i] != '\n')))
      continue;
    const char *p = t + s;
    size_t pn = i - s;
    if (and_)
      i += 4;
    mins__trim(&p, &pn, ".&");
    /* "Name (Role)", "Name - Role", "Name, Org": the name comes first */
    size_t cut = pn;
    for (size_t k = 0; k < pn; k++)
      if (p[k] == '(' || (k > 0 && p[k] == '-' && p[k - 1] == ' ') ||
          (unsigned char)p[k] == 0xE2 || p[k] == '\t') {
        cut = k;
        break;
      }
    if (pn) {
      parts++;
      if (name_like(p, cut) && count_words(p, cut) <= 5)
        names++;
    }
    s = i + 1;
  }
  return parts > 0 && names * 2 >= parts;
}

/* "Apologies were received from A, B and C." in running text: every
 * sentence that gives apologies "from" someone, not "No apologies". */
static int apologies_sentence(mins__ctx *c, mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  int added = 0;
  size_t at = b->body;
  while (at < n) {
    const char *a = mins__istr(t + at, n - at, "apolog");
    if (!a)
      break;
    size_t i = (size_t)(a - t);
    /* the sentence around it */
    size_t ss = mins__sentence_start(t, at, i);
    size_t se = mins__sentence_end(t, n, i);
    at = se + 1;
    if (mins__istr(t + ss, i - ss + 8 < se - ss ? i - ss + 8 : se - ss,
                   "no apolog") ||
        mins__istr(t + ss, i - ss, "no "))
      continue;
    /* an apology for lateness or for leaving early is from someone
     * present: "That the apology for lateness from Cr Brown be received" */
    {
      size_t ln = i + 40 < se ? 40 : se - i;
      if (mins__istr(t + i, ln, "lateness") ||
          mins__istr(t + i, ln, "late arrival") ||
          mins__istr(t + i, ln, "arriving late") ||
          mins__istr(t + i, ln, "early departure") ||
          mins__istr(t + i, ln, "leaving early") ||
          mins__istr(t + i, ln, "for being late"))
        continue;
    }
    size_t lim = i + 120 < se ? i + 120 : se;
    const char *from = NULL;
    static const char *const keys[] = {" from:", " from ", " by ", ": ", NULL};
    for (int k = 0; keys[k] && !from; k++) {
      const char *f = mins__istr(t + i, lim - i, keys[k]);
      if (f)
        from = f + strlen(keys[k]);
    }
    if (!from)
      continue;
    size_t s = (size_t)(from - t);
    size_t e = se;
    /* "... noted." / "... accepted." */
    static const char *const tails[] = {
        " noted", " accepted", " received", " were ",     " was ", " had ",
        " has ",  " have ",    " be ",      " sustained", NULL};
    size_t se0 = e; /* the earliest tail, searched in the whole rest */
    for (int k = 0; tails[k]; k++) {
      const char *f = mins__istr(t + s, se0 - s, tails[k]);
      if (f && (size_t)(f - t) < e)
        e = (size_t)(f - t);
    }
    const char *rest = t + s;
    size_t rn = e - s;
    mins__trim(&rest, &rn, ".");
    if (rn == 0 || mins__istarts(rest, rn, "none") ||
        mins__istarts(rest, rn, "no ") || mins__istarts(rest, rn, "nobody"))
      continue;
    added += mins__people_split(c, b, s, e, MINS_APOLOGIES, PEOPLE_DEDUPE);
  }
  return added;
}

/* A paragraph of a motion that names no one present or absent: its
 * number ("RESOLUTION CO/23/014", "COUNCIL RESOLUTION 2023/011", "Motion
 * #12"), or a line of its own ("Moved: Cr Melser", "Seconded: Cr Law",
 * "CARRIED"). Returns 1 for a number or an opening line (the motion goes
 * on), 2 for its result (it ends there), 0 otherwise. */
static int motion_part(const char *t, size_t n) {
  const char *nl = memchr(t, '\n', n);
  size_t first = nl ? (size_t)(nl - t) : n;
  int k = mins__motion_line(t, first);
  if (k >= 3)
    return 2;
  if (k)
    return 1;
  /* a number heading the motion: short, one line, no sentence */
  const char *s = t;
  size_t sn = first;
  mins__trim(&s, &sn, "*_");
  if (sn == 0 || sn > 60 || nl || s[sn - 1] == '.')
    return 0;
  size_t w = 0, words = 0;
  while (w < sn && words < 3) {
    size_t e = w;
    while (e < sn && s[e] != ' ')
      e++;
    if (mins__nieq(s + w, e - w, "resolution") ||
        mins__nieq(s + w, e - w, "motion") ||
        mins__nieq(s + w, e - w, "amendment"))
      return 1;
    words++;
    w = e;
    while (w < sn && s[w] == ' ')
      w++;
  }
  return 0;
}

/* The person present whose surname is the last word of t[0..n), or NULL. */
static mins_person *present_by_surname(mins__ctx *c, const char *t, size_t n) {
  mins__trim(&t, &n, ".,");
  size_t w = n;
  while (w > 0 && t[w - 1] != ' ')
    w--;
  if (n - w < 2)
    return NULL;
  mins_person *ps = c->doc->people[MINS_PRESENT].data;
  mins_person *found = NULL;
  for (size_t i = 0; i < c->doc->people[MINS_PRESENT].len; i++) {
    const char *nm = ps[i].name;
    size_t nl = strlen(nm), s = nl;
    while (s > 0 && nm[s - 1] != ' ')
      s--;
    if (nl - s == n - w && memcmp(nm + s, t + w, n - w) == 0) {
      if (found)
        return NULL; /* two of that name: say nothing */
      found = &ps[i];
    }
  }
  return found;
}

/* "Mayor Tremblay called the meeting to order", "The meeting was called to
 * order by Chair Smith": the chair, when the person is among those
 * present (nothing is guessed from a name alone). */
static void chair_from_call_to_order(mins__ctx *c) {
  mins__block *bs = c->blocks.data;
  for (size_t i = 0; i < c->blocks.len; i++) {
    mins__block *b = &bs[i];
    if (b->kind != BLK_PARA)
      continue;
    const char *t = b->text;
    size_t n = b->len;
    const char *f = mins__istr(t, n, " called the meeting to order");
    const char *subj = NULL;
    size_t sn = 0;
    if (f) {
      /* the words before, back to the sentence's start */
      const char *s = f;
      while (s > t && s[-1] != '.' && s[-1] != '\n' && f - s < 60)
        s--;
      subj = s;
      sn = (size_t)(f - s);
    } else if ((f = mins__istr(t, n, "called to order by "))) {
      subj = f + 19;
      const char *e = subj;
      while (e < t + n && *e != '.' && *e != ',' && *e != '\n' &&
             !(e + 3 < t + n && memcmp(e, " at ", 4) == 0))
        e++;
      sn = (size_t)(e - subj);
    }
    if (!subj || sn == 0)
      continue;
    mins_person *p = present_by_surname(c, subj, sn);
    if (!p)
      continue;
    mins_meeting *m = &c->doc->meeting;
    m->chair.value = p->name;
    mins__block_pos(c, b, (size_t)(subj - t), &m->chair.line, &m->chair.column);
    m->chair.origin = MINS_FROM_TEXT;
    return;
  }
}

/* A role that marks who took the minutes: "(minutes)", "minute taker",
 * "(note taker)", "scribe", "(clerk)". */
static int clerk_marker(const char *r, size_t rn) {
  return mins__istr(r, rn, "minute") || mins__istr(r, rn, "scribe") ||
         mins__istr(r, rn, "note taker") || mins__istr(r, rn, "notetaker") ||
         mins__istr(r, rn, "note-taker") || mins__ieq(r, "clerk") ||
         (rn > 7 && mins__nieq(r + rn - 7, 7, ", clerk"));
}

/* Posts whose holder takes the minutes: a clerk by any name, the
 * secretaries who minute ("Minute Secretary", "Recording Secretary") and
 * the officers English councils give the task ("Democratic Services
 * Officer", "Committee Officer"). */
static const char *const clerk_words[] = {"clerk",
                                          "minute secretary",
                                          "minutes secretary",
                                          "recording secretary",
                                          "democratic services officer",
                                          "democratic services manager",
                                          "democratic services adviser",
                                          "democratic services advisor",
                                          "committee officer",
                                          "committee administrator",
                                          "committee services officer",
                                          "committee secretary",
                                          NULL};

/* "Respectfully submitted,\nAngela Diaz, Secretary", "Minutes taken by
 * Carla Ruiz": the clerk from the signature of the minutes, when no role
 * said. The name is the rest of the paragraph (or the next one), one
 * person; a line of text after it is no name. */
static void clerk_from_signature(mins__ctx *c) {
  static const char *const sig[] = {
      "respectfully submitted", "minutes taken by",
      "minutes recorded by",    "minutes prepared by",
      "minutes submitted by",   "recorded by",
      "submitted by",           NULL};
  mins__block *bs = c->blocks.data;
  /* the signature closes the minutes: read the last paragraphs only */
  size_t stop = c->blocks.len > 40 ? c->blocks.len - 40 : 0;
  for (size_t i = c->blocks.len; i-- > stop;) {
    mins__block *b = &bs[i];
    if (b->kind != BLK_PARA || b->len > 200)
      continue;
    const char *t = b->text;
    size_t n = b->len;
    mins__trim(&t, &n, "*_");
    int k = 0;
    for (; sig[k]; k++)
      if (mins__istarts(t, n, sig[k]))
        break;
    if (!sig[k])
      continue;
    size_t at = strlen(sig[k]);
    while (at < n && (t[at] == ',' || t[at] == ':' || t[at] == '.' ||
                      mins__is_space((unsigned char)t[at])))
      at++;
    const mins__block *nb = b;
    size_t off = (size_t)(t - b->text) + at;
    if (at >= n) {
      /* the name is the next paragraph */
      if (i + 1 >= c->blocks.len || bs[i + 1].kind != BLK_PARA)
        return;
      nb = &bs[i + 1];
      off = 0;
    }
    /* the name's line, and a post on the line after it ("Carla Ruiz\nBoard
     * Clerk") */
    const char *s = nb->text + off;
    size_t sn = nb->len - off;
    const char *nl = memchr(s, '\n', sn);
    size_t ln = nl ? (size_t)(nl - s) : sn;
    mins_person p;
    if (ln == 0 || ln > 80 || !mins__person_parse(&c->doc->arena, s, ln, &p) ||
        !name_like(p.name, strlen(p.name)) ||
        count_words(p.name, strlen(p.name)) > 4)
      return;
    mins_meeting *m = &c->doc->meeting;
    m->clerk.value = p.name;
    mins__block_pos(c, nb, off, &m->clerk.line, &m->clerk.column);
    m->clerk.origin = MINS_FROM_TEXT;
    return;
  }
}

int mins__people(mins__ctx *c) {
  mins__block *bs = c->blocks.data;
  size_t nb = c->blocks.len;
  int fm_present = c->doc->people[MINS_PRESENT].len > 0;
  int fm_attend = c->doc->people[MINS_IN_ATTENDANCE].len > 0;
  int fm_apol = c->doc->people[MINS_APOLOGIES].len > 0;
  int fm_absent = c->doc->people[MINS_ABSENT].len > 0;
  int present_blocks = 0; /* in the current present section */
  int last_sec = SEC_NONE;
  int in_motion = 0; /* inside a motion under a people heading */
  size_t last_item = MINS_NONE;
  for (size_t i = 0; i < nb; i++) {
    mins__block *b = &bs[i];
    if (b->role == ROLE_FURNITURE || b->role == ROLE_SECTION ||
        b->kind != BLK_PARA)
      goto next;
    int sec = b->section;
    if (sec != last_sec)
      present_blocks = 0;
    if (sec != last_sec || b->item != last_item || b->role == ROLE_ITEM)
      in_motion = 0;
    last_item = b->item;
    int people_sec = sec == SEC_PRESENT || sec == SEC_ATTEND ||
                     sec == SEC_APOL || sec == SEC_ABSENT;
    /* "Resolved, that the apologies be accepted." names no one */
    if ((people_sec || (b->kw & KW_APOLOG)) &&
        mins__opens_resolution(c, b->text + b->body, b->len - b->body, b->kw))
      goto next;
    /* an Apologies item whose business is a motion ("Moved: Cr Melser /
     * Seconded: Cr Law / That the apology from Cr Brown be received. /
     * CARRIED"): its lines name the movers, not the absent; only the
     * motion's words may give apologies, and the motion is left whole for
     * the resolutions */
    if (people_sec && b->role != ROLE_LABEL) {
      int mp = motion_part(b->text + b->body, b->len - b->body);
      if (mp || in_motion) {
        in_motion = mp != 2;
        if (!fm_apol && sec == SEC_APOL && (b->kw & KW_APOLOG) && !mp)
          apologies_sentence(c, b);
        last_sec = sec;
        goto next;
      }
    }
    if (!people_sec && memchr(b->text, '|', b->len) && b->text[0] == '|' &&
        mins__is_table(b->text, b->len)) {
      /* a table headed by its own label, outside any people section */
      mins__cell cells[16];
      const char *nl = memchr(b->text, '\n', b->len);
      int nh = mins__table_row(b->text, (size_t)(nl - b->text), cells, 16);
      int l = table_label(c, cells, nh);
      int from_fm = (l == MINS_PRESENT && fm_present) ||
                    (l == MINS_IN_ATTENDANCE && fm_attend) ||
                    (l == MINS_APOLOGIES && fm_apol) ||
                    (l == MINS_ABSENT && fm_absent);
      if (l >= 0 && (from_fm || people_table(c, b, (mins_list)l) > 0))
        b->used = 1;
      if (l >= 0)
        goto next;
    }
    if (people_sec) {
      mins_list l = sec == SEC_PRESENT  ? MINS_PRESENT
                    : sec == SEC_ATTEND ? MINS_IN_ATTENDANCE
                    : sec == SEC_APOL   ? MINS_APOLOGIES
                                        : MINS_ABSENT;
      /* officers listed with their posts after the members */
      if (l == MINS_PRESENT && present_blocks > 0 && b->role != ROLE_LABEL) {
        size_t dl = 0, ln = 0;
        for (size_t k = 0; k < b->len;) {
          const char *nl = memchr(b->text + k, '\n', b->len - k);
          size_t le = nl ? (size_t)(nl - b->text) : b->len;
          size_t aft;
          if (dash_at(b->text + k, le - k, &aft) != MINS_NONE)
            dl++;
          ln++;
          k = le + 1;
        }
        if (dl >= 2 && dl * 2 >= ln)
          l = MINS_IN_ATTENDANCE;
      }
      int from_fm = (l == MINS_PRESENT && fm_present) ||
                    (l == MINS_IN_ATTENDANCE && fm_attend) ||
                    (l == MINS_APOLOGIES && fm_apol) ||
                    (l == MINS_ABSENT && fm_absent);
      if (!from_fm && memchr(b->text, '|', b->len) &&
          mins__is_table(b->text, b->len)) {
        if (people_table(c, b, l) > 0)
          b->used = 1;
      } else if (l == MINS_APOLOGIES && b->role != ROLE_LABEL &&
                 (b->kw & KW_APOLOG)) {
        if (!from_fm)
          apologies_sentence(c, b);
        b->used = 1;
      } else if (!from_fm && b->role != ROLE_ITEM) {
        size_t s = b->role == ROLE_LABEL ? b->body : 0;
        /* under a heading, a paragraph is a list of people only if it
         * reads as one; a label's words, and list entries, are trusted */
        size_t before = c->doc->people[l].len;
        /* a long list entry that does not read as names is a numbered
         * paragraph of prose ("1. The Working Party held its session ...,
         * with Ms. Ingrid Larsen (Norway) as Chair.") */
        int run = people_run(b->text + s, b->len - s);
        if ((b->role == ROLE_LABEL ||
             (b->list_depth && (run || count_words(b->text, b->len) <= 12)) ||
             run) &&
            mins__people_split(c, b, s, b->len, l, 0) > 0)
          b->used = 1;
        /* "PRESENT IN THE CHAIR: Councillor J. Scanlan": the label names
         * the chair */
        mins_field *chair = &c->doc->meeting.chair;
        if (b->role == ROLE_LABEL && c->doc->people[l].len == before + 1 &&
            !chair->value && mins__istr(b->text, b->body, "in the chair")) {
          const mins_person *pr =
              &VEC_AT(c->doc->people[l], mins_person, before);
          chair->value = pr->name;
          chair->line = pr->line;
          chair->column = pr->column;
          chair->origin = MINS_FROM_TEXT;
        }
      } else if (!from_fm && b->role == ROLE_ITEM && b->body < b->len) {
        /* "1. Those Attending: Cllr J Nicholas-Letch (Chairman), ..." */
        if (mins__people_split(c, b, b->body, b->len, l, 0) > 0)
          b->used = 1;
      } else if (from_fm) {
        b->used = 1;
      }
      present_blocks++;
    } else if (!fm_apol && (b->kw & KW_APOLOG) &&
               mins__istr(b->text, b->len < 200 ? b->len : 200, "apolog")) {
      if (apologies_sentence(c, b))
        b->used = 1;
    }
    last_sec = sec;
  next:;
  }
  /* the chair and the clerk from roles, when the front matter is silent */
  mins_meeting *m = &c->doc->meeting;
  int clerk_taker = m->clerk.value != NULL;
  /* "(Vice-Chancellor, in the Chair)": who is said to be in the chair
   * chairs, whatever other post the list gives ("President", "Vice")
   * to someone before */
  int chair_said = m->chair.value != NULL, chair_in = 0;
  for (int l = 0; l < MINS_LIST_COUNT; l++) {
    if (l == MINS_APOLOGIES || l == MINS_ABSENT)
      continue;
    mins_person *ps = c->doc->people[l].data;
    for (size_t i = 0; i < c->doc->people[l].len; i++) {
      const char *r = ps[i].role;
      if (!r)
        continue;
      /* "(Maer / Mayor)": a post in two languages, read by its English
       * half */
      const char *sl = strstr(r, " / ");
      if (sl)
        r = sl + 3;
      size_t rn = strlen(r);
      int vice = mins__istr(r, rn, "vice") || mins__istr(r, rn, "deputy");
      int in_chair = mins__istr(r, rn, "in the chair") != NULL;
      if ((!m->chair.value || (in_chair && !chair_said && !chair_in)) &&
          (in_chair || !vice) &&
          (mins__istarts(r, rn, "chair") || mins__istr(r, rn, "- chair") ||
           mins__istr(r, rn, " chair") || mins__ieq(r, "mayor") || in_chair ||
           /* Irish councils: not the Leas-Chathaoirleach, the deputy */
           (mins__istr(r, rn, "cathaoirleach") && !mins__istr(r, rn, "leas")) ||
           mins__istr(r, rn, "president") || mins__istr(r, rn, "presiding") ||
           /* South African and Kenyan councils: the Speaker presides */
           mins__ieq(r, "speaker"))) {
        chair_in = in_chair;
        m->chair.value = ps[i].name;
        m->chair.line = ps[i].line;
        m->chair.column = ps[i].column;
        m->chair.origin = ps[i].flags & MINS_PERSON_FRONT_MATTER
                              ? MINS_FROM_FRONT_MATTER
                              : MINS_FROM_TEXT;
      }
      /* who took the minutes ("(minutes)", "(note taker)") before whose
       * post is a clerk's ("Clerk to Governors", "Board Clerk") */
      int taker = clerk_marker(r, rn);
      if ((!m->clerk.value || (taker && !clerk_taker)) &&
          (taker || word_in(r, rn, clerk_words) || mins__ieq(r, "secretary"))) {
        clerk_taker = taker;
        m->clerk.value = ps[i].name;
        m->clerk.line = ps[i].line;
        m->clerk.column = ps[i].column;
        m->clerk.origin = ps[i].flags & MINS_PERSON_FRONT_MATTER
                              ? MINS_FROM_FRONT_MATTER
                              : MINS_FROM_TEXT;
      }
    }
  }
  if (!m->clerk.value)
    clerk_from_signature(c);
  if (!m->chair.value)
    chair_from_call_to_order(c);
  return c->doc->arena.failed ? MINS_ENOMEM : MINS_OK;
}

/* ---- declarations of interest ------------------------------------------ */

/* "There were no declarations", "No Declarations of Interest made",
 * "None declared". */
static int no_declarations(const char *t, size_t n) {
  if (n > 200)
    n = 200;
  return (mins__istr(t, n, "no declaration") ||
          mins__istr(t, n, "no interests") ||
          mins__istr(t, n, "none declared") ||
          mins__istr(t, n, "no declared interest") ||
          mins__istr(t, n, "no interests were declared") ||
          mins__istr(t, n, "no disclosures") ||
          mins__istr(t, n, "no conflicts of interest") ||
          mins__istr(t, n, "no conflict of interest") ||
          mins__istr(t, n, "no declarable interest")) &&
         !mins__istr(t, n, "declared an interest");
}

int mins__declarations(mins__ctx *c) {
  mins_doc *d = c->doc;
  mins__block *bs = c->blocks.data;
  int fm = d->decls.len > 0 || d->decl_none;
  for (size_t i = 0; i < c->blocks.len; i++) {
    mins__block *b = &bs[i];
    if (b->kind != BLK_PARA || b->role == ROLE_FURNITURE ||
        b->role == ROLE_SECTION)
      continue;
    const char *t = b->text;
    size_t n = b->len;
    size_t item = b->item;
    /* a paragraph that says nothing of declaring or interests is skipped
     * before looking closer */
    if (!(b->kw & KW_DECLAR) &&
        !(item != MINS_NONE &&
          VEC_AT(d->items, mins_item, item).kind == MINS_ITEM_DECLARATIONS))
      continue;
    int in_item = item != MINS_NONE && VEC_AT(d->items, mins_item, item).kind ==
                                           MINS_ITEM_DECLARATIONS;
    if (in_item || b->role == ROLE_ITEM) {
      if (no_declarations(t + b->body, n - b->body) ||
          (in_item && (mins__nieq(t + b->body, n - b->body, "none") ||
                       mins__nieq(t + b->body, n - b->body, "none.")))) {
        if (!d->decl_none && !d->decls.len) {
          d->decl_none = 1;
          unsigned col;
          mins__block_pos(c, b, b->body, &d->decl_none_line, &col);
        }
        continue;
      }
    }
    if (fm)
      continue;
    /* "<name> declared a non-pecuniary interest in item 5 ..." */
    static const char *const verbs[] = {" declared ", " declares ",
                                        " declaring ", NULL};
    /* every declaration of the paragraph, in order ("Cllr Jones declared
     * ... Cllr Patel declared ...") */
    for (size_t from = 0; from < n;) {
      const char *f = NULL;
      int v = -1;
      for (int q = 0; verbs[q]; q++) {
        const char *g = mins__istr(t + from, n - from, verbs[q]);
        if (g && (!f || g < f)) {
          f = g;
          v = q;
        }
      }
      if (!f)
        break;
      size_t at = (size_t)(f - t);
      size_t after = at + strlen(verbs[v]);
      from = after;
      /* in a declarations item, any declaration ("Mr Ng declared that he
       * is a trustee of ..."); elsewhere one of an interest */
      if (!(in_item && v == 0) &&
          !mins__istr(t + after, n - after < 60 ? n - after : 60, "interest"))
        continue;
      /* "Anil Mistry, having declared his interest, did not vote": the
       * declaration made before, told again */
      {
        size_t w = at;
        while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n')
          w--;
        size_t ws = w > 0 ? w - 1 : 0;
        while (ws > 0 && t[ws - 1] != ' ' && t[ws - 1] != '\n')
          ws--;
        if (mins__nieq(t + w, at - w, "having") ||
            mins__nieq(t + w, at - w, "had") ||
            mins__nieq(t + w, at - w, "previously") ||
            mins__nieq(t + w, at - w, "already") ||
            (w > ws + 1 && mins__nieq(t + ws, w - 1 - ws, "had")))
          continue;
      }
      /* the name: the capitalised words before the verb, in this sentence */
      size_t s = at;
      /* not into the title of the item the paragraph opens: "3.
       * Declarations of interest: Duncan Reid declared ..." */
      size_t floor = b->role == ROLE_ITEM && b->body < at ? b->body : 0;
      while (s > floor && t[s - 1] != '.' && t[s - 1] != '\n' &&
             t[s - 1] != ';')
        s--;
      while (s < at && mins__is_space((unsigned char)t[s]))
        s++;
      const char *nm = t + s;
      size_t nn = at - s;
      mins__trim(&nm, &nn, ",");
      if (!nn || nn > 80 || mins__istarts(nm, nn, "it was") ||
          mins__istarts(nm, nn, "no "))
        continue;
      mins_person p;
      if (!mins__person_parse(&d->arena, nm, nn, &p))
        continue;
      mins_declaration *x = VEC_PUSH(&d->arena, &d->decls, mins_declaration);
      if (!x)
        return MINS_ENOMEM;
      x->name = p.name;
      x->origin = MINS_FROM_TEXT;
      /* the sentence */
      size_t e = after;
      while (e < n && !(t[e] == '.' &&
                        (e + 1 == n || t[e + 1] == ' ' || t[e + 1] == '\n')))
        e++;
      x->text = mins__clean(&d->arena, t + s, (e < n ? e + 1 : e) - s);
      /* "in item 14", "in Item 14 on the agenda", "minute 203/18" */
      const char *it = mins__istr(t + after, e - after, "item ");
      if (!it)
        it = mins__istr(t + after, e - after, "minute ");
      if (it) {
        const char *q = it + (mins__istarts(it, 5, "item ") ? 5 : 7);
        size_t k = 0;
        /* a committee's letters before a minute number: "HASC/23/48" */
        while (q + k < t + e && k < 6 && q[k] >= 'A' && q[k] <= 'Z')
          k++;
        if (k && !(q + k < t + e && (q[k] == '/' || q[k] == ' ') &&
                   q + k + 1 < t + e && q[k + 1] >= '0' && q[k + 1] <= '9'))
          k = 0;
        else if (k)
          k++;
        while (q + k < t + e &&
               ((q[k] >= '0' && q[k] <= '9') || q[k] == '.' || q[k] == '/' ||
                (k > 0 && q[k] >= 'a' && q[k] <= 'z' && k < 4)))
          k++;
        while (k > 0 && q[k - 1] == '.')
          k--;
        if (k)
          x->item = mins__strndup(&d->arena, q, k);
      }
      mins__block_pos(c, b, s, &x->line, &x->column);
      b->used = 1;
      from = e > from ? e : from;
    }
  }
  return d->arena.failed ? MINS_ENOMEM : MINS_OK;
}
