/* SPDX-License-Identifier: MIT */
/*
 * Dates and times as minutes write them: "Monday, 20 May 2019",
 * "TUESDAY MAY 6th 2014", "3RD DECEMBER, 2014", "13th Feb 2025", ISO dates,
 * "11.00 am", "1.15pm", "10.00 A.M."; and due phrases ("by 30 June",
 * "in September", "by the end of the year", "next quarter") resolved
 * against the meeting's date. No locale is consulted. A phrase that cannot
 * be resolved gives no date: never a guess.
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

static const char *const month_names[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
static const char *const day_names[7] = {"monday",   "tuesday", "wednesday",
                                         "thursday", "friday",  "saturday",
                                         "sunday"};

static int is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}

int mins__month_name(const char *s, size_t n) {
  if (n < 3 || n > 9)
    return 0;
  /* months start with one of these letters */
  switch (s[0] | 32) {
  case 'j':
  case 'f':
  case 'm':
  case 'a':
  case 's':
  case 'o':
  case 'n':
  case 'd':
    break;
  default:
    return 0;
  }
  for (int m = 0; m < 12; m++) {
    size_t full = strlen(month_names[m]);
    if (n == full && mins__nieq(s, n, month_names[m]))
      return m + 1;
    /* three-letter forms, and "Sept" */
    if (n == 3 && mins__nieq(s, 3,
                             (char[]){month_names[m][0], month_names[m][1],
                                      month_names[m][2], 0}))
      return m + 1;
    if (m == 8 && n == 4 && mins__nieq(s, 4, "sept"))
      return 9;
  }
  return 0;
}

int mins__weekday_name(const char *s, size_t n) {
  for (int d = 0; d < 7; d++) {
    if (mins__nieq(s, n, day_names[d]))
      return d;
    if (n == 3 && mins__nieq(s, 3,
                             (char[]){day_names[d][0], day_names[d][1],
                                      day_names[d][2], 0}))
      return d;
  }
  return -1;
}

static int leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : d[m - 1];
}

static int valid(int y, int m, int d) {
  return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
         d <= days_in(y, m);
}

static void put(char iso[11], int y, int m, int d) {
  /* callers pass a valid date; the modulo tells the compiler it fits */
  snprintf(iso, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
           (unsigned)d % 100u);
}

static int get_iso(const char *s, int *y, int *m, int *d) {
  if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
    return 0;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !is_digit((unsigned char)s[i]))
      return 0;
  *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
       (s[3] - '0');
  *m = (s[5] - '0') * 10 + (s[6] - '0');
  *d = (s[8] - '0') * 10 + (s[9] - '0');
  return valid(*y, *m, *d);
}

int mins__iso_valid(const char *s) {
  int y, m, d;
  return get_iso(s, &y, &m, &d);
}

/* Days since 1970-01-01 (proleptic Gregorian). */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long yy = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yy + (*m <= 2));
}

int mins__weekday(const char *iso) {
  int y, m, d;
  if (!get_iso(iso, &y, &m, &d))
    return -1;
  long z = days_from_civil(y, m, d);
  /* 1970-01-01 was a Thursday (3) */
  return (int)(((z % 7) + 7 + 3) % 7);
}

/* Read a number at s[i..n): up to maxd digits. */
static int num(const char *s, size_t n, size_t *i, int maxd, int *out) {
  size_t j = *i;
  int v = 0, k = 0;
  while (j < n && is_digit((unsigned char)s[j]) && k < maxd) {
    v = v * 10 + (s[j] - '0');
    j++;
    k++;
  }
  if (!k || (j < n && is_digit((unsigned char)s[j])))
    return 0;
  *i = j;
  *out = v;
  return k;
}

static size_t word_end(const char *s, size_t n, size_t i) {
  while (i < n && is_alpha((unsigned char)s[i]))
    i++;
  return i;
}

static size_t skip_ws(const char *s, size_t n, size_t i) {
  while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
                   (unsigned char)s[i] == 0xC2 || (unsigned char)s[i] == 0xA0))
    i++;
  return i;
}

/* Ordinal suffix, also as left by <sup> or OCR: "th", "st", "nd", "rd". */
static size_t ordinal(const char *s, size_t n, size_t i) {
  if (i + 2 <= n) {
    if (mins__istarts(s + i, n - i, "st") ||
        mins__istarts(s + i, n - i, "nd") ||
        mins__istarts(s + i, n - i, "rd") ||
        mins__istarts(s + i, n - i, "th")) {
      if (i + 2 == n || !is_alpha((unsigned char)s[i + 2]))
        return i + 2;
    }
  }
  return i;
}

/* Try a date starting at s[i]. */
static int date_at(const char *s, size_t n, size_t i, int year_hint,
                   char iso[11], size_t *endp) {
  int y = 0, m = 0, d = 0;
  size_t j = i;
  if (is_digit((unsigned char)s[i])) {
    size_t k = j;
    int a;
    int nd = num(s, n, &k, 4, &a);
    if (nd == 4 && k < n && (s[k] == '-' || s[k] == '/' || s[k] == '.')) {
      /* ISO, also without its zeros ("2019-07-8"), or with slashes or
       * dots ("[2010/07/07 15:02]" in an IRC log); not inside a path or a
       * file name ("/2019-07-01-pwg") */
      char sep = s[k];
      if (i > 0 && (s[i - 1] == '/' || s[i - 1] == '_' || s[i - 1] == '-' ||
                    s[i - 1] == '.'))
        return 0;
      size_t q = k + 1;
      if (num(s, n, &q, 2, &m) >= 1 && q < n && s[q] == sep) {
        q++;
        if (num(s, n, &q, 2, &d) >= 1 && valid(a, m, d)) {
          if (q < n && (s[q] == '-' || s[q] == '/' || s[q] == '_' ||
                        (s[q] == '.' && q + 1 < n && s[q + 1] != ' ' &&
                         s[q + 1] != '\n')))
            return 0;
          put(iso, a, m, d);
          *endp = q;
          return 1;
        }
      }
      return 0;
    }
    if (nd >= 1 && nd <= 2 && k < n &&
        (s[k] == '/' || s[k] == '.' || s[k] == '-') && year_hint >= 0) {
      /* dd/mm/yyyy (UK order), or mm/dd/yyyy where the day cannot be
       * first ("2/24/2025"); where both orders are dates the caller asks
       * mins__slash_order which the writer meant */
      char sep = s[k];
      size_t q = k + 1;
      int yy;
      if (num(s, n, &q, 2, &m) && q < n && s[q] == sep) {
        q++;
        int yd = num(s, n, &q, 4, &yy);
        if (yd == 4 || yd == 2) {
          if (yd == 2)
            yy += 2000;
          /* "12-02-2025", as Indian minutes write them: with hyphens only
           * with a year of four digits */
          int sep_ok = sep == '/' || (sep == '-' && yd == 4);
          if (sep_ok && (valid(yy, m, a) || (a <= 12 && valid(yy, a, m)))) {
            if (valid(yy, m, a))
              put(iso, yy, m, a);
            else
              put(iso, yy, a, m);
            *endp = q;
            return 1;
          }
        }
      }
      if (sep != '-')
        return 0; /* "14-16 June 2025" goes on below */
    }
    if (nd < 1 || nd > 2)
      return 0;
    d = a;
    j = ordinal(s, n, k);
    /* "14–16 June 2025", "14 to 16 June": a meeting of several days
     * begins on the first */
    {
      size_t r = j;
      if (r < n && s[r] == '-')
        r++;
      else if (r + 3 <= n && (unsigned char)s[r] == 0xE2 &&
               (unsigned char)s[r + 1] == 0x80 &&
               ((unsigned char)s[r + 2] == 0x93 ||
                (unsigned char)s[r + 2] == 0x94))
        r += 3;
      else if (r + 4 <= n && mins__istarts(s + r, n - r, " to "))
        r += 4;
      int d2;
      size_t q = r;
      if (r > j && num(s, n, &q, 2, &d2) >= 1 && d2 > d) {
        q = ordinal(s, n, q);
        size_t w = skip_ws(s, n, q);
        if (w > q && mins__month_name(s + w, word_end(s, n, w) - w))
          j = q;
      }
    }
    /* OCR leaves 5" or 13"" for 5th */
    while (j < n && s[j] == '"')
      j++;
    j = skip_ws(s, n, j);
    if (mins__istarts(s + j, n - j, "of ")) {
      j = skip_ws(s, n, j + 3);
    }
    size_t we = word_end(s, n, j);
    m = mins__month_name(s + j, we - j);
    if (!m)
      return 0;
    j = we;
    if (j < n && s[j] == '.')
      j++;
    size_t save = j;
    j = skip_ws(s, n, j);
    if (j < n && s[j] == ',')
      j = skip_ws(s, n, j + 1);
    int yy;
    size_t q = j;
    if (num(s, n, &q, 4, &yy) == 4) {
      y = yy;
      j = q;
    } else {
      j = save;
      y = year_hint;
    }
  } else if (is_alpha((unsigned char)s[i])) {
    size_t we = word_end(s, n, i);
    m = mins__month_name(s + i, we - i);
    if (!m)
      return 0;
    j = we;
    if (j < n && s[j] == '.')
      j++;
    j = skip_ws(s, n, j);
    size_t q = j;
    if (!num(s, n, &q, 2, &d))
      return 0;
    q = ordinal(s, n, q);
    j = q;
    size_t save = j;
    j = skip_ws(s, n, j);
    if (j < n && s[j] == ',')
      j = skip_ws(s, n, j + 1);
    int yy;
    q = j;
    if (num(s, n, &q, 4, &yy) == 4) {
      y = yy;
      j = q;
    } else {
      j = save;
      y = year_hint;
    }
  } else {
    return 0;
  }
  if (y <= 0 || !valid(y, m, d))
    return 0;
  put(iso, y, m, d);
  *endp = j;
  return 1;
}

int mins__find_date(const char *s, size_t n, int year_hint, char iso[11],
                    size_t *start, size_t *end) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (!is_digit(c) && !is_alpha(c))
      continue;
    if (i > 0 && (is_alpha((unsigned char)s[i - 1]) ||
                  is_digit((unsigned char)s[i - 1])))
      continue; /* not at a word start */
    size_t e;
    if (date_at(s, n, i, year_hint, iso, &e)) {
      if (start)
        *start = i;
      if (end)
        *end = e;
      return 1;
    }
  }
  return 0;
}

int mins__parse_date(const char *s, size_t n, int year_hint, char iso[11]) {
  mins__trim(&s, &n, ".,");
  size_t i = 0;
  /* an optional weekday: "Monday, 20 May 2019" */
  size_t we = word_end(s, n, 0);
  if (we > 0 && mins__weekday_name(s, we) >= 0) {
    i = we;
    while (i < n && (s[i] == ',' || s[i] == ' ' || s[i] == '\t'))
      i++;
  }
  size_t e;
  if (i < n && date_at(s, n, i, year_hint, iso, &e) && e == n)
    return 1;
  return 0;
}

int mins__find_time(const char *s, size_t n, char hhmm[6], size_t *start,
                    size_t *end) {
  for (size_t i = 0; i < n; i++) {
    if (i > 0 && (is_digit((unsigned char)s[i - 1]) || s[i - 1] == '.' ||
                  s[i - 1] == ':' || s[i - 1] == '/'))
      continue;
    if (!is_digit((unsigned char)s[i])) {
      if ((i == 0 || !is_alpha((unsigned char)s[i - 1])) &&
          (mins__istarts(s + i, n - i, "noon") ||
           mins__istarts(s + i, n - i, "midday"))) {
        size_t we = word_end(s, n, i);
        strcpy(hhmm, "12:00");
        if (start)
          *start = i;
        if (end)
          *end = we;
        return 1;
      }
      continue;
    }
    size_t j = i;
    int h, mm = 0, have_min = 0;
    if (!num(s, n, &j, 2, &h))
      continue;
    if (j + 1 < n && (s[j] == '.' || s[j] == ':') &&
        is_digit((unsigned char)s[j + 1])) {
      size_t q = j + 1;
      if (num(s, n, &q, 2, &mm) != 2)
        continue;
      j = q;
      have_min = 1;
    }
    size_t k = skip_ws(s, n, j);
    int pm = -1;
    if (k + 1 < n || k < n) {
      if (mins__istarts(s + k, n - k, "a.m.") ||
          mins__istarts(s + k, n - k, "p.m.")) {
        pm = (s[k] == 'p' || s[k] == 'P');
        k += 4;
      } else if (mins__istarts(s + k, n - k, "am") ||
                 mins__istarts(s + k, n - k, "pm")) {
        if (k + 2 == n || !is_alpha((unsigned char)s[k + 2])) {
          pm = (s[k] == 'p' || s[k] == 'P');
          k += 2;
        }
      } else if (mins__istarts(s + k, n - k, "hrs") ||
                 mins__istarts(s + k, n - k, "hours")) {
        pm = -2;
        k = word_end(s, n, k);
      }
    }
    /* "at 19.30": a time by the word before it */
    int at_word = i >= 3 && (s[i - 3] | 32) == 'a' && (s[i - 2] | 32) == 't' &&
                  s[i - 1] == ' ' &&
                  (i == 3 || !is_alpha((unsigned char)s[i - 4]));
    if (pm == -1 && !(have_min && (s[j - 3] == ':' || at_word)))
      continue; /* "11.00" alone is too often a number */
    if (pm == -1 && !have_min)
      continue;
    if (h > 23 || mm > 59)
      continue;
    if (pm >= 0) {
      if (h < 1 || h > 12)
        continue;
      if (pm == 1 && h != 12)
        h += 12;
      if (pm == 0 && h == 12)
        h = 0;
    }
    snprintf(hhmm, 6, "%02u:%02u", (unsigned)h % 100u, (unsigned)mm % 100u);
    if (start)
      *start = i;
    if (end)
      *end = k;
    return 1;
  }
  return 0;
}

static int last_day(int y, int m, char iso[11]) {
  put(iso, y, m, days_in(y, m));
  return 1;
}

/* "within two weeks" of the meeting: its last day. Working days count
 * as calendar days, the generous reading. */
static int within(const char *s, size_t n, int my, int mm, int md,
                  char iso[11]) {
  static const char *const words[] = {
      "a",      "one",      "two",      "three", "four", "five",
      "six",    "seven",    "eight",    "nine",  "ten",  "eleven",
      "twelve", "thirteen", "fourteen", NULL};
  static const int values[] = {1, 1, 2,  3,  4,  5,  6, 7,
                               8, 9, 10, 11, 12, 13, 14};
  const char *p = mins__skip_space(s, s + n);
  if (mins__istarts(p, (size_t)(s + n - p), "the next "))
    p = mins__skip_space(p + 9, s + n);
  size_t k = 0;
  while (p + k < s + n && is_alpha((unsigned char)p[k]))
    k++;
  int count = 0;
  if (k) {
    for (int i = 0; words[i]; i++)
      if (mins__nieq(p, k, words[i]))
        count = values[i];
  } else {
    while (p + k < s + n && is_digit((unsigned char)p[k]) && count < 1000)
      count = count * 10 + (p[k++] - '0');
  }
  if (count <= 0 || count > 999)
    return 0;
  const char *rest = p + k;
  size_t rn = (size_t)(s + n - rest);
  long days = days_from_civil(my, mm, md);
  if (mins__istr(rest, rn, "month")) {
    int y = my, m = mm + count;
    y += (m - 1) / 12;
    m = (m - 1) % 12 + 1;
    int d = md <= days_in(y, m) ? md : days_in(y, m);
    put(iso, y, m, d);
    return 1;
  }
  if (mins__istr(rest, rn, "week"))
    days += 7L * count;
  else if (mins__istr(rest, rn, "day"))
    days += count;
  else
    return 0;
  int y, m, d;
  civil_from_days(days, &y, &m, &d);
  put(iso, y, m, d);
  return 1;
}

int mins__due_date(const char *s, size_t n, const char *meeting, char iso[11]) {
  int my, mm, md;
  int have = get_iso(meeting, &my, &mm, &md);
  /* a full date in the phrase needs no meeting */
  size_t a, b;
  char buf[11];
  /* "before the April meeting": a meeting on a day only the series
   * knows, not the month's end */
  if (mins__istr(s, n, "meeting") &&
      !mins__find_date(s, n, have ? my : 0, buf, &a, &b))
    return 0; /* "to the November 20 meeting" names its day */
  if (mins__find_date(s, n, have ? my : 0, buf, &a, &b)) {
    int y, m, d;
    get_iso(buf, &y, &m, &d);
    /* a date without a year: the next such date on or after the meeting */
    int had_year = 0;
    for (size_t i = a; i < b; i++)
      if (i + 3 < b && is_digit((unsigned char)s[i]) &&
          is_digit((unsigned char)s[i + 1]) &&
          is_digit((unsigned char)s[i + 2]) &&
          is_digit((unsigned char)s[i + 3]))
        had_year = 1;
    if (!had_year && have &&
        days_from_civil(y, m, d) < days_from_civil(my, mm, md)) {
      if (!valid(y + 1, m, d))
        return 0;
      put(buf, y + 1, m, d);
    }
    memcpy(iso, buf, 11);
    return 1;
  }
  if (!have)
    return 0;
  if (mins__istr(s, n, "next meeting"))
    return 0; /* only a series knows: mins-actions resolves it */
  const char *wi = mins__istr(s, n, "within ");
  if (wi)
    return within(wi + 7, (size_t)(s + n - wi - 7), my, mm, md, iso);
  if (mins__istr(s, n, "next week")) {
    int y, m, d;
    civil_from_days(days_from_civil(my, mm, md) + 7, &y, &m, &d);
    put(iso, y, m, d);
    return 1;
  }
  if (mins__istr(s, n, "next month")) {
    int y = my, m = mm + 1;
    if (m > 12)
      m = 1, y++;
    return last_day(y, m, iso);
  }
  if (mins__istr(s, n, "next quarter")) {
    int q = (mm - 1) / 3 + 1; /* this quarter, 1..4 */
    int y = my;
    q++;
    if (q > 4)
      q = 1, y++;
    return last_day(y, q * 3, iso);
  }
  if (mins__istr(s, n, "next year")) {
    return last_day(my + 1, 12, iso);
  }
  const char *eo = mins__istr(s, n, "end of");
  if (eo) {
    const char *rest = eo + 6;
    size_t rn = (size_t)(s + n - rest);
    if (mins__istr(rest, rn, "financial year")) {
      /* the UK financial year ends on 31 March */
      int y = mm <= 3 ? my : my + 1;
      put(iso, y, 3, 31);
      return 1;
    }
    if (mins__istr(rest, rn, "year"))
      return last_day(my, 12, iso);
    if (mins__istr(rest, rn, "quarter"))
      return last_day(my, ((mm - 1) / 3 + 1) * 3, iso);
    if (mins__istr(rest, rn, "month"))
      return last_day(my, mm, iso);
  }
  /* a month alone: "in September", "end of March", "mid-September" */
  for (size_t i = 0; i < n; i++) {
    if (!is_alpha((unsigned char)s[i]) ||
        (i > 0 && is_alpha((unsigned char)s[i - 1])))
      continue;
    size_t we = word_end(s, n, i);
    int m = mins__month_name(s + i, we - i);
    if (!m || we - i < 3)
      continue;
    int y = my;
    size_t q = skip_ws(s, n, we);
    int yy;
    if (num(s, n, &q, 4, &yy) == 4)
      y = yy;
    else if (m < mm)
      y = my + 1;          /* the next such month after the meeting */
    int d = days_in(y, m); /* "in September": by its last day */
    if (mins__istr(s, i, "mid"))
      d = 15;
    else if (mins__istr(s, i, "early"))
      d = 10;
    put(iso, y, m, d);
    return 1;
  }
  /* a weekday: "by Friday", the next one after the meeting */
  for (size_t i = 0; i < n; i++) {
    if (!is_alpha((unsigned char)s[i]) ||
        (i > 0 && is_alpha((unsigned char)s[i - 1])))
      continue;
    size_t we = word_end(s, n, i);
    if (we - i < 6)
      continue;
    int wd = mins__weekday_name(s + i, we - i);
    if (wd < 0)
      continue;
    char mi[11];
    put(mi, my, mm, md);
    int cur = mins__weekday(mi);
    int add = (wd - cur + 7) % 7;
    if (add == 0)
      add = 7;
    int y, m, d;
    civil_from_days(days_from_civil(my, mm, md) + add, &y, &m, &d);
    put(iso, y, m, d);
    return 1;
  }
  return 0;
}

/* ---- day numbers, for the action tracker (tracker.c) ------------------- */

long mins__iso_days(const char *iso) {
  int y, m, d;
  return get_iso(iso, &y, &m, &d) ? days_from_civil(y, m, d) : LONG_MIN;
}

void mins__days_iso(long days, char iso[11]) {
  int y, m, d;
  civil_from_days(days, &y, &m, &d);
  if (valid(y, m, d))
    put(iso, y, m, d);
  else
    memcpy(iso, "0000-00-00", 11);
}

/* The two numbers of a slash date at s ("3/12/2025", "12-02-2025"), 0 if
 * s opens none. */
static int slash_parts(const char *s, size_t n, int *a, int *b) {
  size_t q = 0;
  int y;
  if (!num(s, n, &q, 2, a) || q >= n || (s[q] != '/' && s[q] != '-'))
    return 0;
  char sep = s[q++];
  if (!num(s, n, &q, 2, b) || q >= n || s[q] != sep)
    return 0;
  q++;
  int yd = num(s, n, &q, 4, &y);
  return yd == 4 || (yd == 2 && sep == '/');
}

int mins__slash_ambiguous(const char *s, size_t n) {
  int a, b;
  return slash_parts(s, n, &a, &b) && a != b && a >= 1 && b >= 1 && a <= 12 &&
         b <= 12;
}

int mins__slash_order(const char *s, size_t n) {
  int dm = 0, md = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_digit((unsigned char)s[i]) ||
        (i > 0 && (is_digit((unsigned char)s[i - 1]) || s[i - 1] == '/' ||
                   s[i - 1] == '-')))
      continue;
    int a, b;
    if (!slash_parts(s + i, n - i, &a, &b))
      continue;
    if (a > 12 && a <= 31 && b >= 1 && b <= 12)
      dm = 1;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12)
      md = 1;
  }
  return dm == md ? 0 : dm ? 'd' : 'm';
}
