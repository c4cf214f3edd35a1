/* SPDX-License-Identifier: MIT */
/*
 * The search prefilter: most files of a large tree cannot match a rare
 * pattern, and reading their raw text costs far less than parsing it. Each
 * pattern is analysed for the text every match must contain ("atoms": runs
 * of letters and digits, since markup is punctuation and cannot sit inside
 * one unseen); a file is skipped only when, for every alternative of every
 * pattern, some atom occurs neither in the raw text nor in the raw text
 * with its markup removed. The record text a pattern meets is derived from
 * the raw text (emphasis and escapes removed, entities decoded, inline HTML
 * dropped, YAML escapes decoded, white space collapsed), so an atom may be
 * split in the raw text by markup ("Tide**way**", "26<sup>th</sup>",
 * "&#84;hames"): the second look covers exactly those tokens that hold
 * markup, and an entity it cannot decode makes the file a candidate. The
 * analysis follows only syntax whose meaning is certain; anything else
 * (recursion, conditionals, verbs, extended mode) means "may match".
 */
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "search.h"

/* ---- string vectors ---------------------------------------------------- */

int mins__grow(void **v, size_t *cap, size_t n, size_t elem) {
  if (n < *cap)
    return 0;
  size_t nc = *cap ? *cap * 2 : 8;
  void *nv = realloc(*v, nc * elem);
  if (!nv)
    return MINS_ENOMEM;
  *v = nv;
  *cap = nc;
  return 0;
}

static int atoms_add(mins__atoms *a, const char *s, size_t n) {
  for (size_t i = 0; i < a->n; i++)
    if (strlen(a->v[i]) == n && memcmp(a->v[i], s, n) == 0)
      return 0;
  if (mins__grow((void **)&a->v, &a->cap, a->n, sizeof(char *)))
    return MINS_ENOMEM;
  char *c = malloc(n + 1);
  if (!c)
    return MINS_ENOMEM;
  memcpy(c, s, n);
  c[n] = '\0';
  a->v[a->n++] = c;
  return 0;
}

static void atoms_free(mins__atoms *a) {
  for (size_t i = 0; i < a->n; i++)
    free(a->v[i]);
  free(a->v);
  memset(a, 0, sizeof *a);
}

void mins__branches_free(mins__branches *b) {
  for (size_t i = 0; i < b->n; i++)
    atoms_free(&b->v[i]);
  free(b->v);
  memset(b, 0, sizeof *b);
}

static mins__atoms *branch_new(mins__branches *b) {
  if (mins__grow((void **)&b->v, &b->cap, b->n, sizeof(mins__atoms)))
    return NULL;
  mins__atoms *a = &b->v[b->n++];
  memset(a, 0, sizeof *a);
  return a;
}

/* ---- atoms of a literal run --------------------------------------------- */

static int is_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* Length of a character at s that never belongs to an atom although it is
 * not ASCII: the Unicode spaces the record text collapses, and U+FFFD,
 * which stands for bytes that were not UTF-8. */
static size_t non_atom_char(const unsigned char *s, size_t n) {
  if (n >= 2 && s[0] == 0xC2 && (s[1] == 0xA0 || s[1] == 0x85))
    return 2;
  if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
      (s[2] <= 0x8B || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF))
    return 3;
  if (n >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
    return 3;
  if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
    return 3;
  if (n >= 3 && s[0] == 0xEF && s[1] == 0xBF && s[2] == 0xBD)
    return 3;
  return 0;
}

/* Split a literal run into atoms and add them to a. */
static int run_atoms(mins__atoms *a, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    size_t st = i;
    while (i < n) {
      if (u[i] >= 0x80) {
        if (non_atom_char(u + i, n - i))
          break;
        i++;
      } else if (is_alnum(u[i])) {
        i++;
      } else {
        break;
      }
    }
    if (i > st) {
      /* never end an atom inside a UTF-8 sequence cut by the run */
      size_t e = i;
      while (e > st && (u[e - 1] & 0xC0) == 0x80)
        e--;
      if (e > st && u[e - 1] >= 0xC0)
        e--;
      size_t full = i;
      if (e < full) {
        /* check the last sequence is complete */
        size_t need = u[e] >= 0xF0 ? 4 : u[e] >= 0xE0 ? 3 : 2;
        if (full - e == need)
          e = full;
      }
      if (e > st && atoms_add(a, s + st, e - st))
        return MINS_ENOMEM;
    }
    if (i < n) {
      size_t k = u[i] >= 0x80 ? non_atom_char(u + i, n - i) : 1;
      i += k ? k : 1;
    }
  }
  return 0;
}

/* ---- the pattern walk -----------------------------------------------------
 */

enum { GIVE_UP = -100 };

typedef struct run {
  char buf[512];
  size_t len;
  int over; /* too long: cut, which only loses atoms */
} run;

typedef struct walker {
  const char *p;
  size_t n;
  int caseless;
  mins__atoms *atoms; /* of the branch being read */
  run r;
} walker;

static int flush(walker *w) {
  int rc = 0;
  if (w->r.len)
    rc = run_atoms(w->atoms, w->r.buf, w->r.len);
  w->r.len = 0;
  return rc;
}

static void run_add(walker *w, const char *s, size_t n) {
  if (w->r.len + n > sizeof w->r.buf) {
    w->r.over = 1;
    return;
  }
  memcpy(w->r.buf + w->r.len, s, n);
  w->r.len += n;
}

static size_t utf8_len(unsigned char c) {
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* Past a character class opened at i ("[" included); n on no end. */
static size_t class_end(const char *p, size_t n, size_t i) {
  size_t k = i + 1;
  if (k < n && p[k] == '^')
    k++;
  if (k < n && p[k] == ']')
    k++;
  while (k < n) {
    if (p[k] == '\\' && k + 1 < n) {
      k += 2;
      continue;
    }
    if (p[k] == '[' && k + 1 < n && p[k + 1] == ':') {
      const char *e = strstr(p + k + 2, ":]");
      if (e && (size_t)(e - p) < n) {
        k = (size_t)(e - p) + 2;
        continue;
      }
    }
    if (p[k] == ']')
      return k + 1;
    k++;
  }
  return n;
}

/* Past \Q...\E opened at i; n when it runs to the end. */
static size_t quote_end(const char *p, size_t n, size_t i) {
  const char *e = NULL;
  for (size_t k = i + 2; k + 1 < n; k++)
    if (p[k] == '\\' && p[k + 1] == 'E') {
      e = p + k;
      break;
    }
  return e ? (size_t)(e - p) + 2 : n;
}

/* Past the group opened at i; n when it is not closed. */
static size_t group_end(const char *p, size_t n, size_t i) {
  int depth = 0;
  size_t k = i;
  while (k < n) {
    char c = p[k];
    if (c == '\\' && k + 1 < n && p[k + 1] == 'Q') {
      k = quote_end(p, n, k);
      continue;
    }
    if (c == '\\') {
      k += 2;
      continue;
    }
    if (c == '[') {
      k = class_end(p, n, k);
      continue;
    }
    if (c == '(')
      depth++;
    if (c == ')' && --depth == 0)
      return k + 1;
    k++;
  }
  return n;
}

/* A quantifier at i: its minimum in *min and the offset past it, or i
 * when there is none. */
static size_t quantifier(const char *p, size_t n, size_t i, unsigned *min) {
  *min = 1;
  if (i >= n)
    return i;
  size_t k = i;
  if (p[k] == '*' || p[k] == '?') {
    *min = 0;
    k++;
  } else if (p[k] == '+') {
    k++;
  } else if (p[k] == '{') {
    size_t j = k + 1;
    unsigned lo = 0;
    int digits = 0;
    while (j < n && p[j] >= '0' && p[j] <= '9') {
      if (lo < 100000)
        lo = lo * 10 + (unsigned)(p[j] - '0');
      j++;
      digits++;
    }
    int comma = j < n && p[j] == ',';
    if (comma) {
      j++;
      while (j < n && p[j] >= '0' && p[j] <= '9') {
        j++;
        digits++;
      }
    }
    if (!digits || j >= n || p[j] != '}')
      return i; /* a literal brace */
    *min = lo;
    k = j + 1;
  } else {
    return i;
  }
  if (k < n && (p[k] == '+' || p[k] == '?'))
    k++;
  return k;
}

static int walk_seq(walker *w, size_t from, size_t to);

/* Does the range hold a top-level '|'? */
static int has_alternation(const char *p, size_t from, size_t to) {
  size_t k = from;
  while (k < to) {
    char c = p[k];
    if (c == '\\' && k + 1 < to && p[k + 1] == 'Q') {
      k = quote_end(p, to, k);
    } else if (c == '\\') {
      k += 2;
    } else if (c == '[') {
      k = class_end(p, to, k);
    } else if (c == '(') {
      k = group_end(p, to, k);
    } else {
      if (c == '|')
        return 1;
      k++;
    }
  }
  return 0;
}

static int is_opt(char c) {
  return c && strchr("imnsxJU^-", c) != NULL;
}

/* Option letters "(?i)", "(?-i:": returns the offset past them and sets
 * caseless; GIVE_UP for extended mode. */
static long options(walker *w, size_t k, size_t end) {
  int neg = 0;
  while (k < end && is_opt(w->p[k])) {
    char c = w->p[k];
    if (c == '-')
      neg = 1;
    else if (c == 'x')
      return GIVE_UP;
    else if (c == 'i' && !neg)
      w->caseless = 1;
    k++;
  }
  return (long)k;
}

/* Past the argument of an escape \d at i (braces, a name, hex digits). */
static size_t escape_end(const char *p, size_t to, size_t i) {
  char d = p[i + 1];
  size_t k = i + 2;
  if (k < to && p[k] == '{') {
    while (k < to && p[k] != '}')
      k++;
    return k < to ? k + 1 : to;
  }
  if ((d == 'g' || d == 'k') && k < to && (p[k] == '<' || p[k] == '\'')) {
    char close = p[k] == '<' ? '>' : '\'';
    k++;
    while (k < to && p[k] != close)
      k++;
    return k < to ? k + 1 : to;
  }
  if (d == 'x') {
    for (int j = 0; j < 2 && k < to && strchr("0123456789abcdefABCDEF", p[k]);
         j++)
      k++;
  } else if (d == 'c' || d == 'p' || d == 'P') {
    if (k < to)
      k++;
  } else if (d >= '0' && d <= '9') {
    while (k < to && p[k] >= '0' && p[k] <= '9')
      k++;
  }
  return k;
}

/* What one element of a pattern is. */
typedef struct element {
  size_t next; /* offset past it */
  char lit[8]; /* a literal character, when litn > 0 */
  size_t litn;
  int group; /* a group whose content counts: [gs, ge) */
  size_t gs, ge;
  int skip; /* nothing at all (a comment, an option setting) */
} element;

/* A group opened at i: what it holds. */
static int read_group(walker *w, size_t i, size_t to, element *el) {
  const char *p = w->p;
  size_t e = group_end(p, to, i);
  if (p[e - 1] != ')' || e - i < 2)
    return GIVE_UP; /* not closed: the compiler says so */
  el->next = e;
  if (p[i + 1] == '*')
    return GIVE_UP; /* verbs: (*ACCEPT) ends a match anywhere */
  if (p[i + 1] != '?') {
    el->group = 1;
    el->gs = i + 1;
    el->ge = e - 1;
    return 0;
  }
  size_t k = i + 2;
  char t = k < e ? p[k] : 0;
  char t2 = k + 1 < e ? p[k + 1] : 0;
  if (t == ':' || t == '>' || t == '|') {
    el->group = 1;
    el->gs = k + 1;
  } else if (t == '#') {
    el->skip = 1;
    return 0;
  } else if (t == '=' || t == '!' || t == '*' ||
             (t == '<' && (t2 == '=' || t2 == '!' || t2 == '*'))) {
    return 0; /* a lookaround: required of the text around, not counted */
  } else if (t == '<' || t == '\'' || (t == 'P' && t2 == '<')) {
    char close = t == '\'' ? '\'' : '>';
    size_t j = k + (t == 'P' ? 2 : 1);
    while (j < e && p[j] != close)
      j++;
    if (j >= e)
      return GIVE_UP;
    el->group = 1;
    el->gs = j + 1;
  } else if (is_opt(t)) {
    long r = options(w, k, e);
    if (r == GIVE_UP)
      return GIVE_UP;
    if (p[r] == ')') {
      el->skip = 1;
      return 0;
    }
    if (p[r] != ':')
      return GIVE_UP;
    el->group = 1;
    el->gs = (size_t)r + 1;
  } else {
    return GIVE_UP; /* recursion, conditionals, callouts */
  }
  el->ge = e - 1;
  return 0;
}

/* Read the element at i into el. */
static int read_element(walker *w, size_t i, size_t to, element *el) {
  const char *p = w->p;
  unsigned char c = (unsigned char)p[i];
  memset(el, 0, sizeof *el);
  el->next = i + 1;
  if (c == '\\') {
    if (i + 1 >= to)
      return GIVE_UP;
    unsigned char d = (unsigned char)p[i + 1];
    if (d == 'Q') {
      size_t e = quote_end(p, to, i);
      size_t ce = e >= 2 && p[e - 2] == '\\' && p[e - 1] == 'E' ? e - 2 : e;
      size_t cs = i + 2;
      el->next = e;
      if (ce <= cs) {
        el->skip = 1;
        return 0;
      }
      /* all but the last character join the run; a quantifier after \E
       * applies to the last one only */
      size_t last = ce - 1;
      while (last > cs && ((unsigned char)p[last] & 0xC0) == 0x80)
        last--;
      run_add(w, p + cs, last - cs);
      el->litn = ce - last <= sizeof el->lit ? ce - last : 0;
      memcpy(el->lit, p + last, el->litn);
      return 0;
    }
    if (d == 'E') {
      el->skip = 1;
      el->next = i + 2;
      return 0;
    }
    if (d >= 0x80 || !is_alnum(d)) {
      size_t k = d >= 0x80 ? utf8_len(d) : 1;
      if (i + 1 + k > to)
        return GIVE_UP;
      memcpy(el->lit, p + i + 1, k);
      el->litn = k;
      el->next = i + 1 + k;
      return 0;
    }
    el->next = escape_end(p, to, i); /* a class, an anchor, a reference */
    return 0;
  }
  if (c == '[') {
    el->next = class_end(p, to, i);
    return 0;
  }
  if (c == '(')
    return read_group(w, i, to, el);
  if (c == ')' || c == '|')
    return GIVE_UP;
  if (strchr(".^$*+?{", c))
    return 0;
  size_t k = utf8_len(c);
  if (i + k > to)
    k = to - i;
  memcpy(el->lit, p + i, k);
  el->litn = k;
  el->next = i + k;
  return 0;
}

static int walk_seq(walker *w, size_t from, size_t to) {
  size_t i = from;
  while (i < to) {
    element el;
    int rc = read_element(w, i, to, &el);
    if (rc)
      return rc;
    if (el.skip) {
      i = el.next;
      continue;
    }
    unsigned min;
    size_t q = quantifier(w->p, to, el.next, &min);
    if (el.litn) {
      if (q == el.next) {
        run_add(w, el.lit, el.litn);
      } else {
        if (min > 0)
          run_add(w, el.lit, el.litn);
        if (flush(w))
          return MINS_ENOMEM;
      }
    } else {
      if (flush(w))
        return MINS_ENOMEM;
      if (el.group && min > 0 && !has_alternation(w->p, el.gs, el.ge)) {
        rc = walk_seq(w, el.gs, el.ge);
        if (rc)
          return rc;
      }
    }
    i = q > el.next ? q : el.next;
  }
  return flush(w);
}

int mins__pattern_atoms(const char *pat, unsigned flags, mins__branches *out,
                        int *caseless) {
  memset(out, 0, sizeof *out);
  *caseless = (flags & MINS_SEARCH_CASELESS) != 0;
  size_t n = strlen(pat);
  if (flags & MINS_SEARCH_FIXED) {
    mins__atoms *a = branch_new(out);
    if (!a || run_atoms(a, pat, n))
      goto nomem;
    if (a->n)
      return 1;
    mins__branches_free(out);
    return 0;
  }
  walker w;
  memset(&w, 0, sizeof w);
  w.p = pat;
  w.n = n;
  w.caseless = *caseless;
  size_t start = 0, k = 0;
  for (;;) {
    /* find the end of this top-level branch */
    while (k < n && pat[k] != '|') {
      if (pat[k] == '\\' && k + 1 < n && pat[k + 1] == 'Q')
        k = quote_end(pat, n, k);
      else if (pat[k] == '\\')
        k += 2;
      else if (pat[k] == '[')
        k = class_end(pat, n, k);
      else if (pat[k] == '(')
        k = group_end(pat, n, k);
      else
        k++;
    }
    if (k > n)
      k = n;
    w.atoms = branch_new(out);
    if (!w.atoms)
      goto nomem;
    w.r.len = 0;
    int rc = walk_seq(&w, start, k);
    if (rc == MINS_ENOMEM)
      goto nomem;
    if (rc || w.atoms->n == 0) {
      mins__branches_free(out);
      return 0;
    }
    if (k >= n)
      break;
    start = ++k;
  }
  *caseless = w.caseless;
  return 1;
nomem:
  mins__branches_free(out);
  return MINS_ENOMEM;
}

/* ---- markup removed -------------------------------------------------------
 */

/* Byte classes of the scan: 1 white space, 2 markup that may hide text. */
static const unsigned char cls[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [' '] = 1,  ['*'] = 2,  ['_'] = 2,  ['`'] = 2,  ['\\'] = 2,
    ['<'] = 2,  ['&'] = 2,  ['['] = 2,  [']'] = 2,  ['~'] = 2};

static int is_ws(unsigned char c) {
  return cls[c] == 1;
}

/* An HTML tag or autolink opens at s[0] == '<'. */
static int tag_at(const char *s, size_t n) {
  if (n < 3)
    return 0;
  unsigned char c = (unsigned char)s[1];
  return ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '/' || c == '!' ||
         c == '?';
}

/* Past the '>' closing a tag at s[0], within lim bytes; 0 if none. */
static size_t tag_len(const char *s, size_t n) {
  size_t lim = n < 4096 ? n : 4096;
  const char *e = memchr(s, '>', lim);
  return e ? (size_t)(e - s) + 1 : 0;
}

/* "<http://...>", "<a@b.org>": an autolink, whose text the record keeps. */
static int autolink(const char *s, size_t n) {
  size_t k = 1;
  while (k < n && k < 34 &&
         (is_alnum((unsigned char)s[k]) || s[k] == '+' || s[k] == '.' ||
          s[k] == '-'))
    k++;
  if (k > 2 && k < n && s[k] == ':')
    return 1;
  for (k = 1; k < n && s[k] != '>' && !is_ws((unsigned char)s[k]); k++)
    if (s[k] == '@')
      return 1;
  return 0;
}

/* Past the ')' closing a link destination that opens at s[0] == '('. */
static size_t dest_len(const char *s, size_t n) {
  size_t lim = n < 4096 ? n : 4096;
  int depth = 0;
  for (size_t k = 0; k < lim; k++) {
    if (s[k] == '\\') {
      k++;
      continue;
    }
    if (s[k] == '(')
      depth++;
    else if (s[k] == ')' && --depth == 0)
      return k + 1;
    else if (s[k] == '\n' && k + 1 < lim && s[k + 1] == '\n')
      return 0;
  }
  return 0;
}

static size_t put_utf8(char *o, unsigned long cp) {
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    cp = 0xFFFD;
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | (cp >> 6));
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | (cp >> 12));
    o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | (cp >> 18));
  o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if ((c | 32) >= 'a' && (c | 32) <= 'f')
    return (c | 32) - 'a' + 10;
  return -1;
}

/* k hex digits at s as a code point, or -1. */
static long hex_cp(const char *s, size_t n, size_t k) {
  if (n < k)
    return -1;
  long v = 0;
  for (size_t i = 0; i < k; i++) {
    int h = hexval(s[i]);
    if (h < 0)
      return -1;
    v = v * 16 + h;
  }
  return v;
}

/* The entities minutes use; any other name makes the file a candidate. */
static const struct {
  const char *name;
  unsigned long cp;
} entities[] = {{"amp", '&'},       {"lt", '<'},        {"gt", '>'},
                {"quot", '"'},      {"apos", '\''},     {"nbsp", 0xA0},
                {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},
                {"rsquo", 0x2019},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
                {"hellip", 0x2026}, {"pound", 0xA3},    {"euro", 0x20AC},
                {"copy", 0xA9},     {"reg", 0xAE},      {"trade", 0x2122},
                {"bull", 0x2022},   {"middot", 0xB7},   {"deg", 0xB0},
                {"frac12", 0xBD},   {"frac14", 0xBC},   {"frac34", 0xBE},
                {"times", 0xD7},    {"shy", 0xAD},      {"sect", 0xA7},
                {"para", 0xB6},     {"eacute", 0xE9},   {"Eacute", 0xC9},
                {"egrave", 0xE8},   {"aacute", 0xE1},   {"agrave", 0xE0},
                {"acirc", 0xE2},    {"ecirc", 0xEA},    {"iacute", 0xED},
                {"oacute", 0xF3},   {"uacute", 0xFA},   {"ouml", 0xF6},
                {"uuml", 0xFC},     {"auml", 0xE4},     {"Ouml", 0xD6},
                {"Uuml", 0xDC},     {"Auml", 0xC4},     {"szlig", 0xDF},
                {"ccedil", 0xE7},   {"ntilde", 0xF1},   {"zwnj", 0x200C},
                {"zwj", 0x200D},    {"thinsp", 0x2009}, {"ensp", 0x2002},
                {"emsp", 0x2003},   {NULL, 0}};

/* An entity at s[0] == '&': its length, the code point in *cp (or -1 when
 * the name is not known); 0 when this is no entity. */
static size_t entity(const char *s, size_t n, long *cp) {
  size_t k = 1;
  *cp = -1;
  if (k < n && s[k] == '#') {
    k++;
    int hex = k < n && (s[k] == 'x' || s[k] == 'X');
    if (hex)
      k++;
    size_t st = k;
    long v = 0;
    while (k < n && k - st < 8 &&
           (hex ? hexval(s[k]) >= 0 : s[k] >= '0' && s[k] <= '9')) {
      v = v * (hex ? 16 : 10) + (hex ? hexval(s[k]) : s[k] - '0');
      k++;
    }
    if (k == st || k >= n || s[k] != ';')
      return 0;
    *cp = v;
    return k + 1;
  }
  size_t st = k;
  while (k < n && k - st < 32 && is_alnum((unsigned char)s[k]))
    k++;
  if (k == st || k >= n || s[k] != ';')
    return 0;
  for (int e = 0; entities[e].name; e++)
    if (strlen(entities[e].name) == k - st &&
        memcmp(entities[e].name, s + st, k - st) == 0)
      *cp = (long)entities[e].cp;
  return k + 1;
}

/* A YAML escape after a backslash at s[0]: its length and the bytes it
 * stands for; 0 when it is none of the decoded ones. */
static size_t yaml_escape(const char *s, size_t n, char *o, size_t *on) {
  long cp = -1;
  size_t len = 0;
  if (n >= 2 && s[1] == 'x')
    cp = hex_cp(s + 2, n - 2, 2), len = 4;
  else if (n >= 2 && s[1] == 'u')
    cp = hex_cp(s + 2, n - 2, 4), len = 6;
  else if (n >= 2 && s[1] == 'U')
    cp = hex_cp(s + 2, n - 2, 8), len = 10;
  if (cp < 0)
    return 0;
  *on = put_utf8(o, (unsigned long)cp);
  return len;
}

/* Past the ']' closing a reference label at s[0] == '['; 0 if none. */
static size_t label_len(const char *s, size_t n) {
  const char *e = memchr(s, ']', n);
  return e ? (size_t)(e - s) + 1 : 0;
}

/* The markup of one token removed, appended at o; returns bytes written. */
static size_t strip(const char *t, size_t n, char *o, int *unknown) {
  size_t k = 0, w = 0;
  while (k < n) {
    char c = t[k];
    size_t l;
    long cp;
    switch (c) {
    case '<':
      if (tag_at(t + k, n - k) && (l = tag_len(t + k, n - k)) > 0) {
        if (autolink(t + k, n - k))
          k++; /* its text stays */
        else
          k += l;
        continue;
      }
      break;
    case '&':
      if ((l = entity(t + k, n - k, &cp)) > 0) {
        if (cp < 0)
          *unknown = 1;
        else
          w += put_utf8(o + w, (unsigned long)cp);
        k += l;
        continue;
      }
      break;
    case '\\':
      if (k + 1 < n) {
        char d = t[k + 1];
        size_t on;
        if (d == '\n' || d == '\r') {
          /* a YAML line continuation joins the lines */
          k++;
          while (k < n && is_ws((unsigned char)t[k]))
            k++;
          continue;
        }
        if ((unsigned char)d < 0x80 && !is_alnum((unsigned char)d)) {
          o[w++] = d;
          k += 2;
          continue;
        }
        if ((l = yaml_escape(t + k, n - k, o + w, &on)) > 0) {
          w += on;
          k += l;
          continue;
        }
      }
      o[w++] = ' ';
      k++;
      continue;
    case ']':
      if (k + 1 < n && t[k + 1] == '(' && (l = dest_len(t + k + 1, n - k - 1)))
        k += 1 + l;
      else if (k + 1 < n && t[k + 1] == '[' &&
               (l = label_len(t + k + 1, n - k - 1)) > 0)
        k += 1 + l; /* "[text][label]": the label is not text */
      else
        k++;
      continue;
    case '*':
    case '_':
    case '`':
    case '[':
    case '!':
    case '>':
    case '~':
      k++;
      continue;
    default:
      break;
    }
    o[w++] = c;
    k++;
  }
  return w;
}

/* Past the token holding offset i: white space ends it, except inside a
 * tag, a link destination or a YAML line continuation. */
static size_t token_end(const char *s, size_t n, size_t i) {
  size_t k = i;
  while (k < n) {
    unsigned char c = (unsigned char)s[k];
    size_t l;
    if (c == '<' && tag_at(s + k, n - k) && (l = tag_len(s + k, n - k))) {
      k += l;
      continue;
    }
    if (c == ']' && k + 1 < n && s[k + 1] == '(' &&
        (l = dest_len(s + k + 1, n - k - 1))) {
      k += 1 + l;
      continue;
    }
    if (c == '\\' && k + 1 < n && (s[k + 1] == '\n' || s[k + 1] == '\r')) {
      k += 2;
      while (k < n && is_ws((unsigned char)s[k]))
        k++;
      continue;
    }
    if (is_ws(c))
      break;
    k++;
  }
  return k;
}

char *mins__unmarked(const char *buf, size_t len, size_t *outlen,
                     int *unknown) {
  *unknown = 0;
  *outlen = 0;
  char *o = malloc(len + 2);
  if (!o)
    return NULL;
  const unsigned char *u = (const unsigned char *)buf;
  size_t w = 0, i = 0, done = 0;
  while (i < len) {
    /* markup is rare: skip to it, four bytes a step, then back to the
     * start of its token */
    while (i + 4 <= len && cls[u[i]] != 2 && cls[u[i + 1]] != 2 &&
           cls[u[i + 2]] != 2 && cls[u[i + 3]] != 2)
      i += 4;
    while (i < len && cls[u[i]] != 2)
      i++;
    if (i >= len)
      break;
    size_t tok = i;
    while (tok > done && !is_ws(u[tok - 1]))
      tok--;
    size_t e = token_end(buf, len, i);
    w += strip(buf + tok, e - tok, o + w, unknown);
    o[w++] = ' ';
    i = done = e;
  }
  o[w] = '\0';
  *outlen = w;
  return o;
}

/* ---- the prefilter ---------------------------------------------------------
 */

typedef struct pf_atom {
  char *text;
  pcre2_code *code;
} pf_atom;

typedef struct pf_branch {
  pf_atom *atoms; /* longest first: the longest is the rarest, mostly */
  size_t n;
} pf_branch;

struct mins__prefilter {
  int all; /* every file may match */
  pf_branch *b;
  size_t nb;
};

void mins__prefilter_free(mins__prefilter *pf) {
  if (!pf)
    return;
  for (size_t i = 0; i < pf->nb; i++) {
    for (size_t k = 0; k < pf->b[i].n; k++) {
      free(pf->b[i].atoms[k].text);
      pcre2_code_free(pf->b[i].atoms[k].code);
    }
    free(pf->b[i].atoms);
  }
  free(pf->b);
  free(pf);
}

static int longer_first(const void *a, const void *b) {
  size_t x = strlen(((const pf_atom *)a)->text);
  size_t y = strlen(((const pf_atom *)b)->text);
  return x < y ? 1 : x > y ? -1 : 0;
}

/* An atom found inside a word the record text adds ("owner") tells
 * nothing about the file. */
static int injected(const char *atom, const char *const *inject) {
  for (size_t i = 0; inject && inject[i]; i++) {
    size_t an = strlen(atom), wn = strlen(inject[i]);
    for (size_t k = 0; an <= wn && k + an <= wn; k++)
      if (mins__nieq(inject[i] + k, an, atom))
        return 1;
  }
  return 0;
}

/* The atoms of one pattern into pf; 0, or 1 when the pattern requires
 * nothing (every file may match). */
static int add_pattern(mins__prefilter *pf, const char *pat, unsigned flags,
                       const char *const *inject) {
  mins__branches br;
  int caseless;
  int rc = mins__pattern_atoms(pat, flags, &br, &caseless);
  if (rc <= 0)
    return rc == 0 ? 1 : rc;
  rc = 0;
  pf_branch *nb = realloc(pf->b, (pf->nb + br.n) * sizeof *nb);
  if (!nb) {
    mins__branches_free(&br);
    return MINS_ENOMEM;
  }
  pf->b = nb;
  int all = 0;
  /* PCRE2_UCP is not allowed with PCRE2_LITERAL, and not needed: in UTF
   * mode case folding is Unicode's either way, as in the patterns */
  uint32_t opts = PCRE2_LITERAL | PCRE2_UTF | PCRE2_MATCH_INVALID_UTF |
                  (caseless ? PCRE2_CASELESS : 0);
  for (size_t i = 0; i < br.n && !all && rc == 0; i++) {
    pf_branch *b = &pf->b[pf->nb++];
    b->n = 0;
    b->atoms = calloc(br.v[i].n, sizeof(pf_atom));
    if (!b->atoms) {
      rc = MINS_ENOMEM;
      break;
    }
    for (size_t k = 0; k < br.v[i].n; k++) {
      const char *t = br.v[i].v[k];
      if (injected(t, inject))
        continue;
      int err;
      PCRE2_SIZE off;
      pcre2_code *code =
          pcre2_compile((PCRE2_SPTR)t, strlen(t), opts, &err, &off, NULL);
      if (!code) {
        /* a literal always compiles but for memory; be safe anyway */
        continue;
      }
      if (!(flags & MINS_SEARCH_NO_JIT))
        (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
      b->atoms[b->n].code = code;
      b->atoms[b->n].text = br.v[i].v[k];
      br.v[i].v[k] = NULL;
      b->n++;
    }
    if (b->n == 0)
      all = 1;
    qsort(b->atoms, b->n, sizeof(pf_atom), longer_first);
  }
  for (size_t i = 0; i < br.n; i++)
    for (size_t k = 0; k < br.v[i].n; k++)
      free(br.v[i].v[k]);
  for (size_t i = 0; i < br.n; i++)
    br.v[i].n = 0;
  mins__branches_free(&br);
  return rc ? rc : all;
}

int mins__prefilter_new(mins__prefilter **out, const char *const *patterns,
                        size_t n, unsigned flags, const char *const *inject) {
  *out = NULL;
  mins__prefilter *pf = calloc(1, sizeof *pf);
  if (!pf)
    return MINS_ENOMEM;
  if (flags & (MINS_SEARCH_INVERT | MINS_SEARCH_NO_PREFILTER))
    pf->all = 1;
  for (size_t i = 0; i < n && !pf->all; i++) {
    int rc = add_pattern(pf, patterns[i], flags, inject);
    if (rc < 0) {
      mins__prefilter_free(pf);
      return rc;
    }
    if (rc == 1)
      pf->all = 1;
  }
  *out = pf;
  return 0;
}

static int found(const pf_atom *a, const char *s, size_t n,
                 pcre2_match_data *md) {
  int rc = pcre2_match(a->code, (PCRE2_SPTR)s, n, 0, 0, md, NULL);
  /* an error (it cannot be a limit on a literal) counts as found */
  return rc != PCRE2_ERROR_NOMATCH;
}

int mins__prefilter_may_match(const mins__prefilter *pf, const char *buf,
                              size_t len) {
  if (!pf || pf->all)
    return 1;
  pcre2_match_data *md = pcre2_match_data_create(1, NULL);
  if (!md)
    return 1;
  int may = 0;
  /* the raw text as it is */
  for (size_t i = 0; i < pf->nb && !may; i++) {
    size_t k = 0;
    while (k < pf->b[i].n && found(&pf->b[i].atoms[k], buf, len, md))
      k++;
    may = k == pf->b[i].n;
  }
  if (!may) {
    /* atoms that markup may hide: look in the tokens that have markup */
    size_t tn;
    int unknown;
    char *t = mins__unmarked(buf, len, &tn, &unknown);
    if (!t || unknown) {
      may = 1;
    } else if (tn) {
      for (size_t i = 0; i < pf->nb && !may; i++) {
        size_t k = 0;
        while (k < pf->b[i].n && (found(&pf->b[i].atoms[k], t, tn, md) ||
                                  found(&pf->b[i].atoms[k], buf, len, md)))
          k++;
        may = k == pf->b[i].n;
      }
    }
    free(t);
  }
  pcre2_match_data_free(md);
  return may;
}
