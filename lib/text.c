/* SPDX-License-Identifier: MIT */
/*
 * Small string helpers shared by the stages: white space that includes
 * the no-break space, trimming, case-insensitive ASCII comparison (never the
 * locale), edit distance for "spelled two ways", and title casing of
 * all-capitals headings.
 */
#include <ctype.h>
#include <string.h>

#include "internal.h"

/* Length of a Unicode space at s (NBSP, thin, en/em spaces...), else 0. */
static size_t uspace(const char *s, const char *end) {
  const unsigned char *u = (const unsigned char *)s;
  if (end - s >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
    return 2;
  if (end - s >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] <= 0x8B || u[2] == 0xAF))
    return 3;
  if (end - s >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
    return 3;
  if (end - s >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return 3; /* BOM */
  return 0;
}

const char *mins__skip_space(const char *s, const char *end) {
  while (s < end) {
    unsigned char c = (unsigned char)*s;
    if (c < 0x80 && !mins__is_space(c))
      break; /* the common case: a visible ASCII character */
    if (mins__is_space((unsigned char)*s)) {
      s++;
      continue;
    }
    size_t k = uspace(s, end);
    if (!k)
      break;
    s += k;
  }
  return s;
}

/* Length of the space ending at e, else 0. */
static size_t uspace_back(const char *s, const char *e) {
  if (e - s >= 1 && mins__is_space((unsigned char)e[-1]))
    return 1;
  if (e - s >= 1 && (unsigned char)e[-1] < 0x80)
    return 0;
  if (e - s >= 2 && uspace(e - 2, e) == 2)
    return 2;
  if (e - s >= 3 && uspace(e - 3, e) == 3)
    return 3;
  return 0;
}

/* An en or em dash at s (3 bytes), stripped where the strip set has '-'. */
static int dash3(const char *s, const char *e) {
  return e - s >= 3 && (unsigned char)s[0] == 0xE2 &&
         (unsigned char)s[1] == 0x80 &&
         ((unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x94);
}

/* Printable ASCII other than the space: no space of any kind starts with
 * it, and it is most of any text. */
static int visible(unsigned char c) {
  return c > ' ' && c < 0x80;
}

void mins__trim(const char **sp, size_t *np, const char *strip) {
  const char *s = *sp, *e = s + *np;
  /* the common case: nothing to trim at either end */
  if (s < e && visible((unsigned char)s[0]) && visible((unsigned char)e[-1]) &&
      (!strip || (!strchr(strip, s[0]) && !strchr(strip, e[-1]))))
    return;
  int dashes = strip && strchr(strip, '-');
  for (;;) {
    const char *t = mins__skip_space(s, e);
    if (t < e && strip && *t && (unsigned char)*t < 0x80 && strchr(strip, *t))
      t++;
    else if (t < e && dashes && dash3(t, e))
      t += 3;
    if (t == s)
      break;
    s = t;
  }
  for (;;) {
    size_t k = uspace_back(s, e);
    if (k) {
      e -= k;
      continue;
    }
    if (e > s && strip && e[-1] && (unsigned char)e[-1] < 0x80 &&
        strchr(strip, e[-1])) {
      e--;
      continue;
    }
    if (dashes && e - s >= 3 && dash3(e - 3, e)) {
      e -= 3;
      continue;
    }
    break;
  }
  *sp = s;
  *np = (size_t)(e - s);
}

char *mins__clean(mins__arena *a, const char *s, size_t n) {
  mins__trim(&s, &n, NULL);
  char *out = mins__alloc(a, n + 1);
  if (!out)
    return NULL;
  const char *e = s + n;
  size_t k = 0;
  int sp = 0;
  while (s < e) {
    unsigned char ch = (unsigned char)*s;
    if (visible(ch)) {
      if (sp && k)
        out[k++] = ' ';
      sp = 0;
      /* a run of printable ASCII with single spaces between its words,
       * most of any text, is copied as it is */
      const char *r = s + 1;
      while (r < e) {
        if (visible((unsigned char)*r))
          r++;
        else if (*r == ' ' && r + 1 < e && visible((unsigned char)r[1]))
          r += 2;
        else
          break;
      }
      memcpy(out + k, s, (size_t)(r - s));
      k += (size_t)(r - s);
      s = r;
      continue;
    }
    const char *t = mins__skip_space(s, e);
    if (t != s) {
      sp = 1;
      s = t;
      continue;
    }
    if (sp && k)
      out[k++] = ' ';
    sp = 0;
    out[k++] = *s++;
  }
  out[k] = '\0';
  return out;
}

int mins__starts_with_any(const char *s, size_t n, const char *set) {
  const char *p = mins__skip_space(s, s + n);
  while (p < s + n && (*p == '*' || *p == '_' || *p == '>' || *p == '['))
    p++;
  if (p >= s + n)
    return 0;
  int c = mins__lower((unsigned char)*p);
  return c && strchr(set, c) != NULL;
}

const char *mins__istr(const char *s, size_t n, const char *needle) {
  size_t k = strlen(needle);
  if (k == 0)
    return s;
  if (k > n)
    return NULL;
  /* memchr for the first letter in either case, then compare the rest */
  int f = mins__lower((unsigned char)needle[0]);
  int F = f >= 'a' && f <= 'z' ? f - 32 : f;
  size_t last = n - k; /* the last place a match can start */
  /* the next place each case of the first byte stands, found with memchr
   * (most needles are rare in a paragraph, and the extractors call this
   * for every word list on every block); NULL past the end */
  const char *lo = memchr(s, f, last + 1);
  const char *up = F != f ? memchr(s, F, last + 1) : NULL;
  while (lo || up) {
    const char *c = !up || (lo && lo < up) ? lo : up;
    size_t i = (size_t)(c - s);
    size_t j = 1;
    while (j < k && mins__lower((unsigned char)s[i + j]) ==
                        mins__lower((unsigned char)needle[j]))
      j++;
    if (j == k)
      return c;
    if (c == lo)
      lo = i < last ? memchr(c + 1, f, last - i) : NULL;
    else
      up = i < last ? memchr(c + 1, F, last - i) : NULL;
  }
  return NULL;
}

size_t mins__edit_distance(const char *a, const char *b, size_t cap) {
  size_t n = strlen(a), m = strlen(b);
  if (n > 64 || m > 64)
    return cap + 1;
  if ((n > m ? n - m : m - n) > cap)
    return cap + 1;
  /* a bound first, in one pass over each: an edit changes the count of
   * at most one letter up and one down, so the distance is at least the
   * larger of what a has more of and what b has more of (letters counted
   * by their low five bits). Most pairs of names fail here. */
  int bag[32] = {0};
  for (size_t i = 0; i < n; i++)
    bag[mins__lower((unsigned char)a[i]) & 31]++;
  for (size_t j = 0; j < m; j++)
    bag[mins__lower((unsigned char)b[j]) & 31]--;
  size_t more = 0, fewer = 0;
  for (int q = 0; q < 32; q++) {
    if (bag[q] > 0)
      more += (size_t)bag[q];
    else
      fewer += (size_t)-bag[q];
  }
  if (more > cap || fewer > cap)
    return cap + 1;
  size_t prev[65], cur[65];
  for (size_t j = 0; j <= m; j++)
    prev[j] = j;
  for (size_t i = 1; i <= n; i++) {
    cur[0] = i;
    size_t best = cur[0];
    for (size_t j = 1; j <= m; j++) {
      size_t cost = mins__lower((unsigned char)a[i - 1]) ==
                            mins__lower((unsigned char)b[j - 1])
                        ? 0
                        : 1;
      size_t v = prev[j - 1] + cost;
      if (prev[j] + 1 < v)
        v = prev[j] + 1;
      if (cur[j - 1] + 1 < v)
        v = cur[j - 1] + 1;
      cur[j] = v;
      if (v < best)
        best = v;
    }
    if (best > cap)
      return cap + 1;
    memcpy(prev, cur, sizeof(size_t) * (m + 1));
  }
  return prev[m];
}

int mins__mostly_upper(const char *s, size_t n) {
  size_t up = 0, lo = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 'A' && c <= 'Z')
      up++;
    else if (c >= 'a' && c <= 'z')
      lo++;
  }
  return up >= 3 && lo * 5 <= up;
}

char *mins__title_case(mins__arena *a, const char *s, size_t n) {
  static const char *const small[] = {"and", "of", "the",  "for", "to",
                                      "in",  "on", "a",    "an",  "at",
                                      "by",  "or", "with", NULL};
  char *out = mins__strndup(a, s, n);
  if (!out)
    return NULL;
  size_t i = 0, word = 0;
  while (i < n) {
    while (i < n && !isalpha((unsigned char)out[i]))
      i++;
    size_t j = i;
    while (j < n && (isalpha((unsigned char)out[j]) || out[j] == '\''))
      j++;
    if (j == i)
      break;
    int is_small = 0;
    for (int k = 0; small[k]; k++)
      if (word > 0 && mins__nieq(out + i, j - i, small[k]))
        is_small = 1;
    for (size_t k = i; k < j; k++) {
      unsigned char c = (unsigned char)out[k];
      if (k == i && !is_small)
        out[k] = (char)toupper(c);
      else
        out[k] = (char)tolower(c);
    }
    /* keep apostrophe-s lower: "CHILDREN'S" -> "Children's" */
    word++;
    i = j;
  }
  return out;
}

/* ---- sentences ------------------------------------------------------ */

static int abbrev_before(const char *t, size_t dot) {
  /* the word ending at t[dot] ('.') */
  size_t w = dot;
  while (w > 0 && t[w - 1] != ' ' && t[w - 1] != '\n' && t[w - 1] != '(')
    w--;
  size_t len = dot - w;
  if (len == 1 && t[w] >= 'A' && t[w] <= 'Z')
    return 1; /* an initial: "J." */
  static const char *const ab[] = {
      "e.g", "i.e", "Cllr",   "Mr",   "Mrs",  "Ms", "Dr", "St",   "No",  "Co",
      "Ltd", "etc", "approx", "Prof", "Revd", "vs", "cf", "para", "Fig", NULL};
  for (int k = 0; ab[k]; k++)
    if (mins__nieq(t + w, len, ab[k]))
      return 1;
  return 0;
}

/* Start of the sentence that contains offset k. */
size_t mins__sentence_start(const char *t, size_t from, size_t k) {
  size_t i = k;
  while (i > from) {
    char p = t[i - 1];
    if (p == '\n' && i >= 2 &&
        (t[i - 2] == '.' || t[i - 2] == ':' || t[i - 2] == '?' ||
         t[i - 2] == '!' || t[i - 2] == ';'))
      break;
    if (p == ' ' && i >= 2 &&
        (t[i - 2] == '.' || t[i - 2] == '?' || t[i - 2] == '!') &&
        (t[i - 2] != '.' || !abbrev_before(t, i - 2))) {
      /* a capital (or a quote) must follow */
      unsigned char c = (unsigned char)t[i];
      if ((c >= 'A' && c <= 'Z') || c == '"' || c >= 0x80 || c == '*' ||
          c == '(')
        break;
    }
    i--;
  }
  while (i < k && mins__is_space((unsigned char)t[i]))
    i++;
  return i;
}

/* End of the sentence at k: past its full stop. */
size_t mins__sentence_end(const char *t, size_t n, size_t k) {
  size_t i = k;
  while (i < n) {
    if ((t[i] == '.' || t[i] == '?' || t[i] == '!') &&
        (i + 1 == n || t[i + 1] == ' ' || t[i + 1] == '\n') &&
        (t[i] != '.' || !abbrev_before(t, i)))
      return i + 1;
    i++;
  }
  return n;
}

/* ---- pipe tables ---------------------------------------------------- */

int mins__table_row(const char *line, size_t n, mins__cell *cells, int max) {
  mins__trim(&line, &n, NULL);
  size_t pipes = 0;
  for (size_t i = 0; i < n; i++)
    if (line[i] == '|' && (i == 0 || line[i - 1] != '\\'))
      pipes++;
  if (pipes == 0 || (line[0] != '|' && pipes < 2))
    return 0;
  int nc = 0, sep = 1, dash = 0;
  size_t i = line[0] == '|' ? 1 : 0;
  while (i <= n && nc < max) {
    size_t j = i;
    while (j < n && !(line[j] == '|' && line[j - 1] != '\\'))
      j++;
    if (j == n && i == n)
      break; /* after a closing pipe */
    const char *c = line + i;
    size_t cn = j - i;
    mins__trim(&c, &cn, NULL);
    for (size_t k = 0; k < cn; k++)
      if (c[k] == '-')
        dash = 1;
      else if (c[k] != ':')
        sep = 0;
    cells[nc].s = c;
    cells[nc].n = cn;
    nc++;
    i = j + 1;
    if (j >= n)
      break;
  }
  /* "|---|:--|" is the line under a header; "| | |" is an empty header */
  return sep && dash ? -1 : nc;
}

int mins__is_table(const char *t, size_t n) {
  const char *nl = memchr(t, '\n', n);
  if (!nl)
    return 0;
  mins__cell cells[16];
  if (mins__table_row(t, (size_t)(nl - t), cells, 16) < 2)
    return 0;
  const char *l2 = nl + 1;
  const char *nl2 = memchr(l2, '\n', (size_t)(t + n - l2));
  size_t l2n = nl2 ? (size_t)(nl2 - l2) : (size_t)(t + n - l2);
  return mins__table_row(l2, l2n, cells, 16) == -1;
}

/* The next word of four letters or more in t from *i that is not a
 * function word, lower-cased to its first four letters in w ("reported"
 * and "report" are one word); 0 at the end. */
int mins__task_word(const char *t, size_t n, size_t *i, char w[5]) {
  static const char *const common[] = {
      "about", "after", "also",  "been",    "before", "could", "from",
      "have",  "into",  "their", "them",    "they",   "that",  "this",
      "what",  "when",  "which", "will",    "with",   "would", "should",
      "there", "were",  "next",  "meeting", NULL};
  while (*i < n) {
    while (*i < n && !(((t[*i] | 32) >= 'a' && (t[*i] | 32) <= 'z')))
      (*i)++;
    size_t s = *i;
    while (*i < n && ((t[*i] | 32) >= 'a' && (t[*i] | 32) <= 'z'))
      (*i)++;
    if (*i - s < 4)
      continue;
    int skip = 0;
    for (int k = 0; common[k] && !skip; k++)
      skip = mins__nieq(t + s, *i - s, common[k]);
    if (skip)
      continue;
    for (size_t k = 0; k < 4; k++)
      w[k] = (char)(t[s + k] | 32);
    w[4] = '\0';
    return 1;
  }
  return 0;
}

size_t mins__words_found(const char *a, size_t an, const char *b, size_t bn,
                         size_t *words) {
  size_t found = 0, i = 0;
  char w[5], v[5];
  *words = 0;
  while (mins__task_word(a, an, &i, w)) {
    (*words)++;
    size_t j = 0;
    while (mins__task_word(b, bn, &j, v))
      if (!strcmp(w, v)) {
        found++;
        break;
      }
  }
  return found;
}

int mins__has_letter(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z')
      return 1;
  return 0;
}
