/* SPDX-License-Identifier: MIT */
/*
 * The meeting from the text, where the front matter does not say: the
 * committee ("Minutes of the meeting of the Safer City Partnership Strategy
 * Group held at ..."), a title heading, the date and its weekday ("Monday,
 * 20 May 2019"), the start time ("at 11.00 am"), the place ("held at the
 * Guildhall EC2"), labels such as "Chair: ..." or "Date: ...", and the end
 * time ("The meeting closed at 1.15pm"). Only the heading area before the
 * first item is read for the meeting, so a date in a discussion is never
 * taken for the meeting's.
 */
#include <string.h>

#include <stdio.h>

#include "internal.h"

static void set(mins__ctx *c, mins_field *f, const char *v,
                const mins__block *b, size_t at) {
  if (!v)
    return;
  f->value = v;
  f->origin = MINS_FROM_TEXT;
  mins__block_pos(c, b, at, &f->line, &f->column);
}

/* One or two short words in capitals are acronyms: "DNSOP WG", "TSC". */
static int acronyms(const char *s, size_t n) {
  int words = 0;
  size_t w = 0;
  for (size_t i = 0; i <= n; i++) {
    if (i == n || s[i] == ' ') {
      if (w > 5)
        return 0;
      if (w)
        words++;
      w = 0;
    } else {
      w++;
    }
  }
  return words >= 1 && words <= 2;
}

/* Clean a name read from a heading: all capitals become title case. */
static char *clean_name(mins__ctx *c, const char *s, size_t n) {
  mins__trim(&s, &n, ",.:;-");
  if (mins__istarts(s, n, "the ")) {
    s += 4;
    n -= 4;
  }
  if (n == 0)
    return NULL;
  if (mins__mostly_upper(s, n) && !acronyms(s, n)) {
    char *t = mins__title_case(&c->doc->arena, s, n);
    return t ? mins__clean(&c->doc->arena, t, strlen(t)) : NULL;
  }
  return mins__clean(&c->doc->arena, s, n);
}

/* The block's text with line breaks as spaces (same offsets). */
static char *flat(mins__ctx *c, const mins__block *b) {
  char *t = mins__strndup(c->scratch, b->text, b->len);
  if (t)
    for (size_t i = 0; i < b->len; i++)
      if (t[i] == '\n')
        t[i] = ' ';
  return t;
}

/* Is p[0..n) a word that says what kind of meeting it was ("Ordinary",
 * "Annual", "Special")? */
static int kind_word(const char *p, size_t n) {
  static const char *const kinds[] = {
      "ordinary", "annual",     "general",   "extraordinary", "special",
      "regular",  "monthly",    "quarterly", "adjourned",     "statutory",
      "full",     "public",     "open",      "emergency",     "inaugural",
      "weekly",   "bi-monthly", "biannual",  "closed",        "private",
      "virtual",  "informal",   "formal",    "interim",       NULL};
  for (int k = 0; kinds[k]; k++)
    if (mins__nieq(p, n, kinds[k]))
      return 1;
  return 0;
}

/* The length of the kind words that open name ("Ordinary ", "Annual
 * General "), with the blanks after them. */
static size_t kind_prefix(const char *name) {
  const char *p = name, *last = name;
  while (*p) {
    while (*p == ' ')
      p++;
    const char *e = p;
    while (*e && *e != ' ')
      e++;
    if (e == p || !kind_word(p, (size_t)(e - p)))
      break;
    p = e;
    while (*p == ' ')
      p++;
    last = p;
  }
  return (size_t)(last - name);
}

/* Is the whole of name such words ("Ordinary", "Annual General")? */
static int meeting_kind_only(const char *name) {
  return *name && !name[kind_prefix(name)];
}

/* A body named by its kind alone ("Council", "Board", "Cabinet"): the
 * minutes name its organisation elsewhere. */
static int bare_body(const char *name) {
  static const char *const bodies[] = {"council",
                                       "board",
                                       "committee",
                                       "cabinet",
                                       "panel",
                                       "trustees",
                                       "directors",
                                       "governors",
                                       "executive",
                                       "commission",
                                       "senate",
                                       "assembly",
                                       "trust board",
                                       "board of directors",
                                       "board of trustees",
                                       "governing body",
                                       NULL};
  for (int k = 0; bodies[k]; k++)
    if (mins__ieq(name, bodies[k]))
      return 1;
  return 0;
}

/* "... meeting of the X held ...", "Minutes of X Meeting held ..." */
static int committee_from(mins__ctx *c, const mins__block *b) {
  const char *t = flat(c, b);
  size_t n = b->len;
  if (!t)
    return 0;
  const char *p = mins__istr(t, n, "meeting of ");
  size_t s = 0, e = 0;
  if (p) {
    s = (size_t)(p - t) + 11;
    if (mins__istarts(t + s, n - s, "the "))
      s += 4;
  } else if ((p = mins__istr(t, n, "minutes of "))) {
    s = (size_t)(p - t) + 11;
    if (mins__istarts(t + s, n - s, "the "))
      s += 4;
    if (mins__istarts(t + s, n - s, "proceedings"))
      return 0;
  } else {
    return 0;
  }
  static const char *const ends[] = {
      " held ",          " meeting", " on ",     " at ",  " agm",   " annual ",
      " extraordinary ", ",",        " session", " was ", " were ", NULL};
  e = n;
  for (int k = 0; ends[k]; k++) {
    const char *f = mins__istr(t + s, n - s, ends[k]);
    if (f && (size_t)(f - t) < e)
      e = (size_t)(f - t);
  }
  if (e <= s + 2)
    return 0;
  /* "approve the minutes of the May 6 meeting" speaks of another meeting:
   * the heading's phrase opens its paragraph */
  if (p - t > 80)
    return 0;
  static const char *const verbs[] = {"approve", "adopt",   "confirm",
                                      "accept",  "sign",    "agree",
                                      "amend",   "receive", NULL};
  for (int k = 0; verbs[k]; k++)
    if (mins__istr(t, (size_t)(p - t), verbs[k]))
      return 0;
  /* a date is no committee */
  {
    char iso[11];
    size_t a, b2;
    if (mins__month_name(t + s, strcspn(t + s, " ,")) ||
        (mins__find_date(t + s, e - s, 2000, iso, &a, &b2) && a == 0))
      return 0;
  }
  /* "MINUTES OF THE 12TH SITTING OF THE COMMITTEE HELD ON ...": the
   * sitting's number is no part of the body's name */
  int sitting = 0;
  if (t[s] >= '0' && t[s] <= '9') {
    size_t k = s;
    while (k < e && t[k] != ' ')
      k++;
    static const char *const sit[] = {" sitting of ", " meeting of ",
                                      " session of ", NULL};
    for (int j = 0; sit[j]; j++)
      if (mins__istarts(t + k, e - k, sit[j])) {
        s = k + strlen(sit[j]);
        if (mins__istarts(t + s, e - s, "the "))
          s += 4;
        sitting = 1;
        break;
      }
    if (s >= e || (t[s] >= '0' && t[s] <= '9'))
      return 0;
  }
  char *name = clean_name(c, t + s, e - s);
  if (!name)
    return 0;
  /* "of the Committee" after a sitting's number: the headings name it */
  if (sitting && (mins__ieq(name, "committee") || mins__ieq(name, "board") ||
                  mins__ieq(name, "council")))
    return 0;
  /* "Minutes of the meeting held on ...": no name at all */
  static const char *const generic[] = {
      "meeting", "proceedings", "minutes", "the meeting", "a meeting",
      /* "Minutes of the last meeting were agreed" */
      "last", "previous", "last meeting", "previous meeting", NULL};
  for (int k = 0; generic[k]; k++)
    if (mins__ieq(name, generic[k]))
      return 0;
  /* "Minutes of the Ordinary Meeting", "... of the Annual General
   * Meeting": the kind of meeting, not the body that held it */
  if (meeting_kind_only(name))
    return 0;
  /* "Minutes of the Ordinary Council Meeting": the Council */
  size_t kp = kind_prefix(name);
  set(c, &c->doc->meeting.committee, name + kp, b, s + kp);
  return 1;
}

/* "held at the Guildhall EC2 at 11.00 am", "HELD IN ARAS ..., ON ..." */
static void location_from(mins__ctx *c, const mins__block *b) {
  const char *t = flat(c, b);
  size_t n = b->len;
  if (!t)
    return;
  const char *p = mins__istr(t, n, "held at ");
  if (!p)
    p = mins__istr(t, n, "held in ");
  if (!p)
    p = mins__istr(t, n, "held on ");
  if (!p || mins__istarts(p, (size_t)(t + n - p), "held on "))
    return;
  size_t s = (size_t)(p - t) + 8;
  size_t e = n;
  /* ends at a time, a date, a weekday, " on " or " at <digit>" */
  for (size_t i = s; i < n; i++) {
    if (mins__istarts(t + i, n - i, " on ") ||
        mins__istarts(t + i, n - i, ", on ") ||
        mins__istarts(t + i, n - i, " commencing") ||
        mins__istarts(t + i, n - i, " starting")) {
      e = i;
      break;
    }
    if (mins__istarts(t + i, n - i, " at ") && i + 4 < n && t[i + 4] >= '0' &&
        t[i + 4] <= '9') {
      e = i;
      break;
    }
    if (i > s && t[i - 1] == ' ') {
      size_t we = i;
      while (we < n && ((t[we] | 32) >= 'a' && (t[we] | 32) <= 'z'))
        we++;
      if (we - i >= 6 && mins__weekday_name(t + i, we - i) >= 0) {
        e = i;
        break;
      }
    }
  }
  const char *l = t + s;
  size_t ln = e - s;
  mins__trim(&l, &ln, ",.");
  /* "HELD AT THE VILLAGE HALL ON" with the date on the next line */
  static const char *const tails[] = {" on", " at", " commencing", NULL};
  for (int k = 0; tails[k]; k++) {
    size_t kl = strlen(tails[k]);
    if (ln > kl && mins__nieq(l + ln - kl, kl, tails[k])) {
      ln -= kl;
      mins__trim(&l, &ln, ",.");
    }
  }
  if (ln == 0 || ln > 160)
    return;
  /* "held in public", "held in private session", "held in person": how,
   * not where */
  static const char *const manners[] = {
      "public", "private", "person",  "camera",     "closed", "open session",
      "part",   "hybrid",  "virtual", "accordance", NULL};
  for (int k = 0; manners[k]; k++) {
    size_t ml = strlen(manners[k]);
    if (mins__istarts(l, ln, manners[k]) &&
        (ln == ml || !((l[ml] | 32) >= 'a' && (l[ml] | 32) <= 'z')))
      return;
  }
  char *name = clean_name(c, l, ln);
  set(c, &c->doc->meeting.location, name, b, s);
}

/* A time range after a start time at s[e]: "10:00am – 1:00pm",
 * "09:30-11:30", "7pm to 9pm": the end time. */
static void end_of_range(mins__ctx *c, const mins__block *b, const char *s,
                         size_t n, size_t e) {
  mins_meeting *m = &c->doc->meeting;
  if (m->end_time.value)
    return;
  size_t k = e;
  while (k < n && s[k] == ' ')
    k++;
  if (k < n && s[k] == '-')
    k++;
  else if (k + 3 <= n && (memcmp(s + k, "\xE2\x80\x93", 3) == 0 ||
                          memcmp(s + k, "\xE2\x80\x94", 3) == 0))
    k += 3;
  else if (mins__istarts(s + k, n - k, "to ") ||
           mins__istarts(s + k, n - k, "until "))
    k += s[k] == 't' || s[k] == 'T' ? 3 : 6;
  else
    return;
  while (k < n && s[k] == ' ')
    k++;
  char hm[6];
  size_t a, z;
  if (k < n && s[k] >= '0' && s[k] <= '9' &&
      mins__find_time(s + k, n - k, hm, &a, &z) && a == 0)
    set(c, &m->end_time, mins__strdup(&c->doc->arena, hm), b,
        (size_t)(s + k - b->text));
}

/* "Thursday 25 May 2023, 10:00am – 1:00pm, Boardroom, Trust Headquarters",
 * "Held on Thursday 19th October 2023 at 6.30pm at Parkside Community
 * Room": the place after the time (and its end), in a line that gives the
 * date and time. e is where the start time ends. */
static void place_after_time(mins__ctx *c, const mins__block *b, size_t e) {
  const char *t = b->text;
  size_t n = b->len;
  const char *nl = memchr(t + e, '\n', n - e);
  size_t le = nl ? (size_t)(nl - t) : n;
  size_t k = e;
  /* past the end of a range: "– 1:00pm" */
  int dash = 0;
  for (;;) {
    size_t k0 = k;
    dash = 0;
    while (k < le &&
           (t[k] == ' ' || t[k] == '-' || (unsigned char)t[k] >= 0x80))
      if (t[k++] != ' ')
        dash = 1;
    if (!dash)
      k = k0; /* blanks only: "at 6.30pm at Parkside" */
    char hm[6];
    size_t a, z;
    if (k < le && t[k] >= '0' && t[k] <= '9' &&
        mins__find_time(t + k, le - k, hm, &a, &z) && a == 0)
      k += z;
    else
      break;
  }
  while (k < le && t[k] == ' ')
    k++;
  if (dash)
    ; /* "6:00 PM – District Office Board Room" */
  else if (k < le && t[k] == ',')
    k++;
  else if (mins__istarts(t + k, le - k, "at ") ||
           mins__istarts(t + k, le - k, "in "))
    k += 3;
  else
    return;
  while (k < le && t[k] == ' ')
    k++;
  /* "at 7.30pm in the Village Hall" */
  if (k + 5 < le && memcmp(t + k, "the ", 4) == 0 && t[k + 4] >= 'A' &&
      t[k + 4] <= 'Z')
    k += 4;
  if (k >= le || !(t[k] >= 'A' && t[k] <= 'Z'))
    return;
  const char *p = t + k;
  size_t pn = le - k;
  /* the place ends with its sentence: "in the Village Hall. Present: ..." */
  for (size_t q = 0; q + 1 < pn; q++)
    if ((p[q] == '.' || p[q] == ';') && p[q + 1] == ' ') {
      pn = q;
      break;
    }
  mins__trim(&p, &pn, ".,;");
  if (pn < 3 || pn > 120)
    return;
  set(c, &c->doc->meeting.location, clean_name(c, p, pn), b, k);
}

/* Does the sentence before t[a] close the meeting ("The meeting closed
 * at 9.05pm", "ended at")? Its time is the end, not the start. */
static int closing_time(const char *t, size_t a) {
  size_t s = a;
  while (s > 0 && t[s - 1] != '.' && t[s - 1] != '\n')
    s--;
  /* the full stop of "9.05" is inside the time, not before it */
  static const char *const words[] = {"closed",     "ended",     "finished",
                                      "concluded",  "adjourned", "closure",
                                      "terminated", NULL};
  for (int k = 0; words[k]; k++)
    if (mins__istr(t + s, a - s, words[k]))
      return 1;
  return 0;
}

/* A label in the heading area: "Chair: Markus Gylling", "**Date:** ...",
 * on the line at offset off of the block (n bytes). */
static int label_line(mins__ctx *c, const mins__block *b, size_t off,
                      size_t n) {
  const char *t = b->text + off;
  const char *colon = memchr(t, ':', n < 40 ? n : 40);
  if (!colon)
    return 0;
  size_t k = (size_t)(colon - t);
  const char *v = colon + 1;
  size_t vn = n - k - 1;
  mins__trim(&v, &vn, "*_");
  const char *key = t;
  size_t kn = k;
  mins__trim(&key, &kn, "*_");
  mins_meeting *m = &c->doc->meeting;
  if (vn == 0)
    return 0;
  size_t at = (size_t)(v - b->text);
  /* one line only */
  const char *nl = memchr(v, '\n', vn);
  if (nl)
    vn = (size_t)(nl - v);
  if (mins__nieq(key, kn, "chair") || mins__nieq(key, kn, "chairman") ||
      mins__nieq(key, kn, "chairperson") || mins__nieq(key, kn, "chairs") ||
      mins__nieq(key, kn, "chair(s)") || mins__nieq(key, kn, "facilitator")) {
    if (!m->chair.value) {
      mins_person p;
      if (mins__person_parse(&c->doc->arena, v, vn, &p))
        set(c, &m->chair, p.name, b, at);
    }
    return 1;
  }
  if (mins__nieq(key, kn, "scribe") || mins__nieq(key, kn, "scribe(s)") ||
      mins__nieq(key, kn, "scribes") || mins__nieq(key, kn, "clerk") ||
      mins__nieq(key, kn, "minutes") || mins__nieq(key, kn, "minute taker") ||
      mins__nieq(key, kn, "minutes by") || mins__nieq(key, kn, "secretary") ||
      mins__nieq(key, kn, "note taker") || mins__nieq(key, kn, "notes")) {
    if (!m->clerk.value) {
      mins_person p;
      if (mins__person_parse(&c->doc->arena, v, vn, &p) && strlen(p.name) < 60)
        set(c, &m->clerk, p.name, b, at);
    }
    return 1;
  }
  if (mins__nieq(key, kn, "date")) {
    /* the date, perhaps with its weekday and times: "Tuesday, 7 November
     * 2023, 09:30-11:30 CET" */
    char iso[11];
    size_t a, e;
    if (!m->text_date.value && mins__parse_date(v, vn, 0, iso))
      set(c, &m->text_date, mins__strdup(&c->doc->arena, iso), b, at);
    else if (!m->text_date.value && mins__find_date(v, vn, 0, iso, &a, &e) &&
             a < 16) {
      set(c, &m->text_date, mins__strdup(&c->doc->arena, iso), b, at + a);
      char hm[6];
      size_t ta, te;
      if (!m->time.value && mins__find_time(v + e, vn - e, hm, &ta, &te)) {
        set(c, &m->time, mins__strdup(&c->doc->arena, hm), b, at + e + ta);
        end_of_range(c, b, v, vn, e + te);
        /* "Date: 2 April 2024, 7pm, Community Centre" */
        if (!m->location.value)
          place_after_time(c, b, at + e + te);
      }
    }
    return 1;
  }
  if (mins__nieq(key, kn, "time")) {
    char hm[6];
    size_t a, e;
    if (!m->time.value && mins__find_time(v, vn, hm, &a, &e)) {
      set(c, &m->time, mins__strdup(&c->doc->arena, hm), b, at + a);
      end_of_range(c, b, v, vn, e);
      if (!m->location.value)
        place_after_time(c, b, at + e);
    }
    return 1;
  }
  if (mins__nieq(key, kn, "location") || mins__nieq(key, kn, "venue") ||
      mins__nieq(key, kn, "place") || mins__nieq(key, kn, "where")) {
    if (!m->location.value)
      set(c, &m->location, mins__clean(&c->doc->arena, v, vn), b, at);
    return 1;
  }
  return 0;
}

/* The labels of a block: one, or one a line ("Date: ...\nLocation:
 * ...\nChairs: ..."), as minutes typed as plain text write them. */
static int label(mins__ctx *c, const mins__block *b) {
  const char *nl = memchr(b->text, '\n', b->len);
  size_t first = nl ? (size_t)(nl - b->text) : b->len;
  if (!label_line(c, b, 0, b->len))
    return 0;
  for (size_t at = first + 1; nl && at < b->len;) {
    nl = memchr(b->text + at, '\n', b->len - at);
    size_t le = nl ? (size_t)(nl - b->text) : b->len;
    if (!label_line(c, b, at, le - at))
      break;
    at = le + 1;
  }
  return 1;
}

/* A title from a heading: "# JMMP global ocean model development meeting
 * minutes", "# Node Foundation TSC Meeting 2015-06-10". */
static char *title_from(mins__ctx *c, const mins__block *b) {
  const char *t = b->text;
  size_t n = b->len;
  mins__trim(&t, &n, "#");
  /* a title over several lines stops before the line with the date */
  char iso[11];
  size_t a, e;
  if (memchr(t, '\n', n) && mins__find_date(t, n, 0, iso, &a, &e)) {
    size_t ls = a;
    while (ls > 0 && t[ls - 1] != '\n')
      ls--;
    if (ls > 0)
      n = ls;
  }
  if (n == 0 || n > 200)
    return NULL;
  return clean_name(c, t, n);
}

/* Is one of words a word of t? */
static int has_word(const char *t, const char *const *words) {
  size_t n = strlen(t);
  for (int k = 0; words[k]; k++) {
    size_t wl = strlen(words[k]);
    for (const char *f = mins__istr(t, n, words[k]); f;
         f = mins__istr(f + 1, n - (size_t)(f + 1 - t), words[k])) {
      int before = f == t || !((f[-1] | 32) >= 'a' && (f[-1] | 32) <= 'z');
      int after = !(((f[wl] | 32) >= 'a' && (f[wl] | 32) <= 'z'));
      if (before && after)
        return 1;
      if (f + 1 >= t + n)
        break;
    }
  }
  return 0;
}

/* Does a title name an organisation ("The Corporation of the Town of
 * Miltonvale", "Lakeview Unified School District", "Willow Creek HOA")? */
static int names_org(const char *t) {
  static const char *const words[] = {
      "corporation", "district",   "hoa",          "company",
      "ltd",         "limited",    "inc",          "plc",
      "university",  "college",    "school",       "city",
      "town",        "county",     "borough",      "village",
      "parish",      "shire",      "municipality", "institute",
      "foundation",  "department", "charity",      "nhs",
      "church",      "diocese",    "cathedral",    "project",
      NULL};
  return has_word(t, words);
}

/* Does a title name a body that meets ("Parochial Church Council",
 * "Board of Education") rather than a place or an organisation's name? */
static int names_body(const char *t) {
  static const char *const words[] = {"council",       "committee",
                                      "board",         "group",
                                      "association",   "panel",
                                      "trust",         "partnership",
                                      "forum",         "cabinet",
                                      "senate",        "assembly",
                                      "commission",    "authority",
                                      "society",       "club",
                                      "federation",    "network",
                                      "team",          "executive",
                                      "governors",     "trustees",
                                      "directors",     "wg",
                                      "sig",           "tsc",
                                      "pcc",           "union",
                                      "sub-committee", "subcommittee",
                                      "working party", "vestry",
                                      "synod",         NULL};
  return has_word(t, words);
}

/* The committee part of a title: without "minutes", "meeting", dates. */
static char *committee_from_title(mins__ctx *c, const char *title) {
  size_t n = strlen(title);
  char *s = mins__strndup(c->scratch, title, n);
  if (!s)
    return NULL;
  /* cut at a date, an em dash, "meeting" or "minutes" */
  char iso[11];
  size_t a, e;
  if (mins__find_date(s, n, 0, iso, &a, &e))
    n = a;
  /* "Publishing Working Group Telco — 2018-03-12", "X – Minutes": a dash
   * cuts off a date or a word of the document; "Oakfield School – Full
   * Governing Board" keeps both parts */
  static const char *const dashes[] = {" \xE2\x80\x94", " \xE2\x80\x93", " - ",
                                       NULL};
  for (int k = 0; dashes[k]; k++) {
    const char *f = mins__istr(s, n, dashes[k]);
    if (!f)
      continue;
    const char *tail = f + strlen(dashes[k]);
    size_t tn = (size_t)(s + n - tail);
    char iso2[11];
    size_t a2, e2;
    if (tn == 0 || mins__find_date(tail, tn, 0, iso2, &a2, &e2) ||
        mins__istr(tail, tn, "minutes") || mins__istr(tail, tn, "meeting") ||
        mins__istr(tail, tn, "notes") || mins__istr(tail, tn, "agenda"))
      n = (size_t)(f - s);
  }
  static const char *const cuts[] = {
      " meeting",  " minutes",           " telco",
      " call",     " regular",           " special",
      " ordinary", " extraordinary",     " annual",
      " held ",    " \xE2\x80\x93 held", " - held",
      NULL};
  for (int k = 0; cuts[k]; k++) {
    const char *f = mins__istr(s, n, cuts[k]);
    if (f)
      n = (size_t)(f - s);
  }
  /* "Minutes of ...", "Held in the Council Chamber ...": no name */
  if (mins__istarts(s, n, "minutes of ") || mins__istarts(s, n, "held "))
    return NULL;
  const char *p = s;
  mins__trim(&p, &n, ",.:;-");
  /* "Regular Council": the kind of meeting before the body's name */
  {
    char *w = mins__strndup(c->scratch, p, n);
    size_t kp = w ? kind_prefix(w) : 0;
    if (kp < n) {
      p += kp;
      n -= kp;
    }
  }
  /* "HTTPBIS WG Interim", "Planning Committee Special": the kind of
   * meeting after the body's name is no part of it */
  for (;;) {
    size_t w = n;
    while (w > 0 && p[w - 1] != ' ')
      w--;
    if (w == 0 || !kind_word(p + w, n - w))
      break;
    n = w;
    mins__trim(&p, &n, ",.:;-");
  }
  if (n < 3)
    return NULL;
  /* a bare date or a word like "Minutes" is no committee */
  if (mins__nieq(p, n, "minutes") || mins__nieq(p, n, "agenda"))
    return NULL;
  return mins__clean(&c->doc->arena, p, n);
}

/* Words that name a committee of a larger body. */
static const char *const committee_words[] = {"committee", "sub-committee",
                                              "subcommittee", NULL};

/* The committee named by its organisation and its body: "UNISON
 * Eastshire County Branch" and "Branch Committee" give "UNISON Eastshire
 * County Branch Committee", the word they share said once. */
static char *join_org(mins__arena *a, const char *org, const char *body) {
  const char *lw = strrchr(org, ' ');
  lw = lw ? lw + 1 : org;
  size_t ln = strlen(lw);
  if (ln && mins__istarts(body, strlen(body), lw) && body[ln] == ' ')
    body += ln + 1;
  return mins__printf(a, "%s %s", org, body);
}

/* The first heading of the area after first that names a body, as a
 * committee ("## Parochial Church Council", "## Board of Education –
 * Regular Meeting Minutes"), with its block in *at; NULL for none. */
static char *body_heading(mins__ctx *c, const mins__block *first,
                          const mins__block **at) {
  const mins__block *bs = c->blocks.data;
  for (size_t i = 0; i < c->blocks.len; i++) {
    const mins__block *h = &bs[i];
    if (h->item != MINS_NONE || h->section != SEC_TITLE)
      break;
    if (h == first || h->kind != BLK_HEADING)
      continue;
    char *t = title_from(c, h);
    char *cm = t && names_body(t) ? committee_from_title(c, t) : NULL;
    if (cm && names_body(cm)) {
      *at = h;
      return cm;
    }
  }
  return NULL;
}

int mins__meeting_text(mins__ctx *c) {
  mins_doc *d = c->doc;
  mins_meeting *m = &d->meeting;
  mins__block *bs = c->blocks.data;
  size_t nb = c->blocks.len;
  int year = 0;
  size_t title_blocks = 0;
  const mins__block *first_heading = NULL;
  for (size_t i = 0; i < nb && title_blocks < 12; i++) {
    mins__block *b = &bs[i];
    if (b->section != SEC_TITLE && b->item != MINS_NONE)
      break;
    if (b->item != MINS_NONE)
      break;
    if (b->kind != BLK_PARA && b->kind != BLK_HEADING)
      continue;
    title_blocks++;
    if (b->kind == BLK_HEADING && !first_heading && b->section == SEC_TITLE)
      first_heading = b;
    if (b->section == SEC_TITLE || b->kind == BLK_HEADING) {
      if (label(c, b)) {
        b->used = 1;
        continue;
      }
    }
    /* only the heading area speaks of the meeting: not the agenda, not the
     * lists of people */
    if (b->section != SEC_TITLE)
      continue;
    if (!m->committee.value || m->committee.origin == MINS_FROM_TEXT)
      if (!m->committee.value)
        committee_from(c, b);
    if (!m->location.value)
      location_from(c, b);
    if (!m->text_date.value) {
      char iso[11];
      size_t a, e;
      if (mins__find_date(b->text, b->len, 0, iso, &a, &e)) {
        set(c, &m->text_date, mins__strdup(&d->arena, iso), b, a);
        /* the weekday written before it */
        size_t w = a;
        while (w > 0 && (b->text[w - 1] == ' ' || b->text[w - 1] == ',' ||
                         b->text[w - 1] == '\n'))
          w--;
        size_t ws = w;
        while (ws > 0 &&
               ((b->text[ws - 1] | 32) >= 'a' && (b->text[ws - 1] | 32) <= 'z'))
          ws--;
        if (w > ws && mins__weekday_name(b->text + ws, w - ws) >= 0 &&
            w - ws >= 6) {
          char *wd = mins__title_case(&d->arena, b->text + ws, w - ws);
          set(c, &m->text_weekday, wd, b, ws);
        }
        year = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 +
               (iso[2] - '0') * 10 + (iso[3] - '0');
      }
    }
    if (!m->time.value) {
      char hm[6];
      size_t a, e;
      if (mins__find_time(b->text, b->len, hm, &a, &e) &&
          !closing_time(b->text, a)) {
        set(c, &m->time, mins__strdup(&d->arena, hm), b, a);
        end_of_range(c, b, b->text, b->len, e);
        if (!m->location.value)
          place_after_time(c, b, e);
      }
    }
  }
  (void)year;
  /* "# St Michael and All Angels, Little Brinsworth\n## Parochial Church
   * Council": the place names no body; a heading of the area that does
   * names the committee */
  if (first_heading && !m->committee.value) {
    char *t0 = title_from(c, first_heading);
    /* "# Maple Grove Unified School District\n## Board of Education —
     * Regular Meeting Minutes": the organisation, then its body */
    char *org = t0 && names_org(t0) && !names_body(t0)
                    ? committee_from_title(c, t0)
                    : NULL;
    const mins__block *h = NULL;
    if (org && names_org(org)) {
      char *cm = body_heading(c, first_heading, &h);
      if (cm && !names_org(cm))
        set(c, &m->committee, join_org(&d->arena, org, cm), first_heading, 0);
    } else if (t0 && !names_body(t0) && !names_org(t0)) {
      char *cm = body_heading(c, first_heading, &h);
      if (cm)
        set(c, &m->committee, cm, h, 0);
    } else if (t0 && names_body(t0) && !has_word(t0, committee_words)) {
      /* "# COUNTY ASSEMBLY OF NAKURU\n## COMMITTEE ON HEALTH SERVICES":
       * a committee of the body the first heading names */
      char *cm = body_heading(c, first_heading, &h);
      char *parent = committee_from_title(c, t0);
      if (cm && parent && has_word(cm, committee_words) && !names_org(cm) &&
          !bare_body(cm))
        set(c, &m->committee, join_org(&d->arena, parent, cm), first_heading,
            0);
    }
  }
  if (first_heading) {
    char *t = title_from(c, first_heading);
    if (t && !m->title.value)
      set(c, &m->title, t, first_heading, 0);
    if (t && !m->committee.value) {
      char *cm = committee_from_title(c, t);
      if (cm)
        set(c, &m->committee, cm, first_heading, 0);
    }
  }
  /* "Minutes of the Board Meeting" under "BRIGHTWATER HOUSING ASSOCIATION
   * LIMITED", "Ordinary Council Meeting" under "SHIRE OF DARLING RANGE":
   * the body is named by its kind alone, its organisation by a heading or
   * a title line of the area */
  if (m->committee.value && m->committee.origin == MINS_FROM_TEXT &&
      bare_body(m->committee.value)) {
    for (size_t i = 0; i < nb; i++) {
      const mins__block *h = &bs[i];
      if (h->item != MINS_NONE || h->section != SEC_TITLE)
        break;
      int line = h->kind == BLK_PARA && h->len <= 120 &&
                 !memchr(h->text, '\n', h->len) &&
                 (h->bold_only || mins__mostly_upper(h->text, h->len));
      if (h->kind != BLK_HEADING && !line)
        continue;
      char *t0 = title_from(c, h);
      char *t = t0 ? committee_from_title(c, t0) : NULL;
      if (!t || strlen(t) > 100 || (!names_org(t) && !names_body(t)))
        continue;
      char iso[11];
      size_t a, e;
      size_t tn = strlen(t);
      if (mins__istr(t, tn, "minutes") || mins__istr(t, tn, "meeting") ||
          mins__istr(t, tn, "agenda") || mins__find_date(t, tn, 0, iso, &a, &e))
        continue;
      const char *body = m->committee.value;
      const char *const one[] = {body, NULL};
      char *cm = has_word(t, one) ? t : join_org(&d->arena, t, body);
      set(c, &m->committee, cm, h, 0);
      break;
    }
  }
  /* "Mayor Ortiz called the meeting to order at 7:00 p.m." */
  for (size_t i = 0; i < nb && !m->time.value; i++) {
    mins__block *b = &bs[i];
    if (b->kind != BLK_PARA)
      continue;
    const char *f = mins__istr(b->text, b->len, "to order at");
    if (!f)
      f = mins__istr(b->text, b->len, "meeting opened at");
    if (!f)
      f = mins__istr(b->text, b->len, "meeting commenced at");
    if (!f)
      continue;
    size_t off = (size_t)(f - b->text);
    char hm[6];
    size_t a, e;
    if (mins__find_time(f, b->len - off, hm, &a, &e) && a < 24)
      set(c, &m->time, mins__strdup(&d->arena, hm), b, off + a);
  }
  /* no heading: a short line in capitals at the top is the title
   * ("CITY OF MAPLE GROVE / CITY COUNCIL REGULAR MEETING MINUTES") */
  if (!first_heading && nb > 0 && bs[0].kind == BLK_PARA &&
      bs[0].section == SEC_TITLE && bs[0].len <= 160 &&
      (mins__mostly_upper(bs[0].text, bs[0].len) || bs[0].bold_only)) {
    char *t = title_from(c, &bs[0]);
    if (t && !m->title.value)
      set(c, &m->title, t, &bs[0], 0);
    if (t && !m->committee.value) {
      char *cm = committee_from_title(c, t);
      if (cm)
        set(c, &m->committee, cm, &bs[0], 0);
    }
  }
  /* "Meeting date: 3/12/2025": day first in Britain, month first in the
   * United States. Another slash date of the file that can be read only
   * one way settles it; else the date is not known, and the check says
   * so rather than guess. */
  if (m->text_date.value && m->text_date.line &&
      m->text_date.line <= d->nlines) {
    size_t off = mins__line_offset(d, m->text_date.line) +
                 (m->text_date.column ? m->text_date.column - 1 : 0);
    if (off < d->len && mins__slash_ambiguous(d->src + off, d->len - off)) {
      int order = mins__slash_order(d->src + d->body_off, d->len - d->body_off);
      const char *v = m->text_date.value;
      char iso[11];
      memcpy(iso, v, 11);
      memcpy(iso + 5, v + 8, 2);
      memcpy(iso + 8, v + 5, 2);
      /* the front matter's date, where it is one of the two readings,
       * settles it; where it is neither, the mismatch check speaks */
      if (m->fm_date.value)
        order = strcmp(m->fm_date.value, iso) == 0 ? 'm' : 'd';
      /* "Tuesday 3/12/2025": the weekday written with it settles it too */
      if (!order && m->text_weekday.value) {
        int wd = mins__weekday_name(m->text_weekday.value,
                                    strlen(m->text_weekday.value));
        int d1 = mins__weekday(v), d2 = mins__weekday(iso);
        if (wd >= 0 && d1 != d2)
          order = wd == d1 ? 'd' : wd == d2 ? 'm' : 0;
      }
      size_t span = 0;
      while (off + span < d->len && span < 10 &&
             ((d->src[off + span] >= '0' && d->src[off + span] <= '9') ||
              d->src[off + span] == '/'))
        span++;
      if (order == 'm') {
        m->text_date.value = mins__strdup(&d->arena, iso);
      } else if (order == 0) {
        char hint[96];
        snprintf(hint, sizeof hint,
                 "it reads as %s (day first) or %.4s-%.2s-%.2s (month first);"
                 " write the year first",
                 v, v, v + 8, v + 5);
        mins__doc_diag(c, "meeting-date-order", m->text_date.line,
                       m->text_date.column, hint,
                       "'%.*s' may put the day or the month first", (int)span,
                       d->src + off);
        memset(&m->text_date, 0, sizeof m->text_date);
      }
    }
  }
  /* the date: the front matter's wins; the text's is kept apart */
  if (!m->date.value && m->text_date.value && !m->date_unknown)
    m->date = m->text_date;
  /* "The meeting closed at 1.15pm", anywhere */
  for (size_t i = nb; i-- > 0;) {
    mins__block *b = &bs[i];
    if (b->kind != BLK_PARA)
      continue;
    static const char *const keys[] = {
        "meeting closed at", "meeting ended at", "meeting was adjourned at",
        "meeting adjourned at", "adjourned the meeting at",
        "meeting finished at", "meeting concluded at", "meeting was closed at",
        "meeting terminated at", "meeting closed at ", "meeting ended ",
        "meeting closed ", "meeting finished ", "closed the meeting at",
        /* "Motion to adjourn at 8:42
         * p.m. ... Carried" */
        "motion to adjourn at", NULL};
    const char *f = NULL;
    for (int k = 0; keys[k] && !f; k++)
      f = mins__istr(b->text, b->len, keys[k]);
    if (!f)
      continue;
    size_t off = (size_t)(f - b->text);
    char hm[6];
    size_t a, e;
    if (mins__find_time(f, b->len - off, hm, &a, &e) && a < 40) {
      if (!m->end_time.value)
        set(c, &m->end_time, mins__strdup(&d->arena, hm), b, off + a);
      /* the paragraph is taken when it says only this: "Motion by Lee,
       * second by Brooks, to adjourn. Motion carried 5-0. The meeting
       * adjourned at 8:14 PM." holds a decision still to read */
      if (!(b->kw & KW_SECOND) && !mins__istr(b->text, b->len, "resolved"))
        b->used = 1;
      break;
    }
  }
  return d->arena.failed ? MINS_ENOMEM : MINS_OK;
}
