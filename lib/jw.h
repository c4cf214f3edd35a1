/* SPDX-License-Identifier: MIT */
/*
 * The streaming JSON writer shared by the document writer (write_json.c)
 * and the tracker's (write_tracker.c): members and elements written as the
 * records are walked, into a buffer flushed through the caller's write
 * callback, with RFC 8259 escaping. The layout is jansson's, byte for byte:
 * compact, or indented by two spaces, keys in the order written. Static
 * inline, so that each writer keeps the small calls (put, key) inlined in
 * its loops; a writer uses what it needs.
 */
#ifndef MINS_JW_H
#define MINS_JW_H

#include <string.h>

#include "internal.h"

/* Plain static, as when they lived in write_json.c (the compiler chooses
 * what to inline), and no warning in a writer that leaves one unused. */
#if defined(__GNUC__)
#define JW_FN static __attribute__((unused))
#else
#define JW_FN static
#endif

typedef struct jw {
  mins_write_fn fn;
  void *payload;
  int failed;
  int pretty;
  int depth;
  int raw_fffd; /* a byte that is not UTF-8 as U+FFFD itself, not escaped */
  unsigned char first[80]; /* no member written yet at this depth */
  size_t len;
  char buf[4096];
} jw;

JW_FN void flush(jw *w) {
  if (w->len && !w->failed && w->fn(w->buf, w->len, w->payload) != 0)
    w->failed = 1;
  w->len = 0;
}

/* put when s does not fit in what is left of the buffer */
JW_FN void put_long(jw *w, const char *s, size_t n) {
  flush(w);
  if (n > sizeof w->buf) {
    if (!w->failed && w->fn(s, n, w->payload) != 0)
      w->failed = 1;
    return;
  }
  memcpy(w->buf, s, n);
  w->len = n;
}

static inline void put(jw *w, const char *s, size_t n) {
  if (n > sizeof w->buf - w->len) {
    put_long(w, s, n);
    return;
  }
  memcpy(w->buf + w->len, s, n);
  w->len += n;
}

static inline void putc_(jw *w, char c) {
  if (w->len == sizeof w->buf)
    flush(w);
  w->buf[w->len++] = c;
}

JW_FN void newline(jw *w) {
  putc_(w, '\n');
  for (int i = 0; i < w->depth; i++)
    put(w, "  ", 2);
}

/* Before a member or an element: the comma and the indentation. */
static inline void next(jw *w) {
  if (!w->first[w->depth])
    putc_(w, ',');
  w->first[w->depth] = 0;
  if (w->pretty)
    newline(w);
}

/* A UTF-8 sequence's length at s (NUL-terminated: the NUL is no
 * continuation byte, so the test stops at it), or 0 if invalid. */
JW_FN size_t utf8_len(const unsigned char *s) {
  unsigned char c = s[0];
  size_t k = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
  if (!k)
    return 0;
  for (size_t i = 1; i < k; i++)
    if ((s[i] & 0xC0) != 0x80)
      return 0;
  if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0) ||
      (c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90))
    return 0;
  return k;
}

/* 1 for a byte copied as it is: not a control, a quote, a backslash, or
 * the start of a multi-byte sequence (checked the slow way). */
static const unsigned char plain_byte[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

JW_FN void string(jw *w, const char *s) {
  if (!s) {
    put(w, "null", 4);
    return;
  }
  static const char hex[] = "0123456789ABCDEF";
  const unsigned char *p = (const unsigned char *)s;
  const unsigned char *run = p; /* bytes copied as they are, in one put */
  putc_(w, '"');
  for (;;) {
    /* bytes that need a look: controls (the NUL that ends s among them),
     * quote, backslash, non-ASCII */
    while (plain_byte[*p])
      p++;
    unsigned char c = *p;
    if (c == 0)
      break;
    if (c >= 0x80) {
      size_t k = utf8_len(p);
      if (k) {
        p += k;
        continue;
      }
    }
    put(w, (const char *)run, (size_t)(p - run));
    char esc[8];
    size_t el = 2;
    esc[0] = '\\';
    switch (c) {
    case '"':
      esc[1] = '"';
      break;
    case '\\':
      esc[1] = '\\';
      break;
    case '\b':
      esc[1] = 'b';
      break;
    case '\f':
      esc[1] = 'f';
      break;
    case '\n':
      esc[1] = 'n';
      break;
    case '\r':
      esc[1] = 'r';
      break;
    case '\t':
      esc[1] = 't';
      break;
    default:
      if (c >= 0x80 && w->raw_fffd) {
        /* as mins__utf8_repair would have it before jansson's dump */
        memcpy(esc, "\xEF\xBF\xBD", 3);
        el = 3;
        break;
      }
      if (c >= 0x80) {
        /* not UTF-8 after all: never lose the record for it */
        memcpy(esc, "\\uFFFD", 6);
      } else {
        memcpy(esc, "\\u00", 4);
        esc[4] = hex[c >> 4];
        esc[5] = hex[c & 15];
      }
      el = 6;
    }
    put(w, esc, el);
    p++;
    run = p;
  }
  put(w, (const char *)run, (size_t)(p - run));
  putc_(w, '"');
}

/* A key of the contract, k a string literal of plain ASCII: '"k":' is
 * one literal, written in one put (the writer's most frequent call). */
JW_FN void key_(jw *w, const char *quoted, size_t n) {
  next(w);
  put(w, quoted, n);
  if (w->pretty)
    putc_(w, ' ');
}
#define key(w, k) key_((w), "\"" k "\":", sizeof(k) + 2)

/* A key from the user's front matter: escaped like any string. */
JW_FN void user_key(jw *w, const char *k) {
  next(w);
  string(w, k);
  put(w, w->pretty ? ": " : ":", w->pretty ? 2 : 1);
}

JW_FN void open_(jw *w, char c) {
  putc_(w, c);
  if (w->depth < 79)
    w->depth++;
  w->first[w->depth] = 1;
}

JW_FN void close_(jw *w, char c) {
  int empty = w->first[w->depth];
  if (w->depth > 0)
    w->depth--;
  if (!empty && w->pretty)
    newline(w);
  putc_(w, c);
}

JW_FN void kstr_(jw *w, const char *quoted, size_t n, const char *v) {
  key_(w, quoted, n);
  string(w, v);
}
#define kstr(w, k, v) kstr_((w), "\"" k "\":", sizeof(k) + 2, (v))

/* The decimal digits of v, "0" for 0. */
JW_FN void digits(jw *w, unsigned long long v) {
  char b[24];
  size_t k = sizeof b;
  do {
    b[--k] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  put(w, b + k, sizeof b - k);
}

/* A line, a column: null for 0, "not known". */
JW_FN void kuint_(jw *w, const char *quoted, size_t n, unsigned v) {
  key_(w, quoted, n);
  if (!v) {
    put(w, "null", 4);
    return;
  }
  digits(w, v);
}
#define kuint(w, k, v) kuint_((w), "\"" k "\":", sizeof(k) + 2, (v))

/* A count: 0 is 0. */
JW_FN void kcount_(jw *w, const char *quoted, size_t n, unsigned long long v) {
  key_(w, quoted, n);
  digits(w, v);
}
#define kcount(w, k, v) kcount_((w), "\"" k "\":", sizeof(k) + 2, (v))

JW_FN void kbool_(jw *w, const char *quoted, size_t n, int v) {
  key_(w, quoted, n);
  put(w, v ? "true" : "false", v ? 4 : 5);
}
#define kbool(w, k, v) kbool_((w), "\"" k "\":", sizeof(k) + 2, (v))

/* One diagnostic: an object of a document's "diagnostics" array, also
 * written on its own by mins_diag_write_json (write_diags.c), and of the
 * tracker's, which leaves the hint out. */
JW_FN void diag(jw *w, const char *file, const mins_diag *g, int hint) {
  open_(w, '{');
  kstr(w, "file", file);
  kuint(w, "line", g->line);
  kuint(w, "column", g->column);
  kstr(w, "severity", mins_severity_name(g->severity));
  kstr(w, "rule", g->rule);
  kstr(w, "message", g->message);
  if (hint && g->hint)
    kstr(w, "hint", g->hint);
  close_(w, '}');
}

JW_FN void jw_init(jw *w, int pretty, mins_write_fn write, void *payload) {
  w->failed = 0;
  w->depth = 0;
  w->raw_fffd = 0;
  w->len = 0;
  w->fn = write;
  w->payload = payload;
  w->pretty = pretty;
  w->first[0] = 1;
}

JW_FN int jw_finish(jw *w) {
  flush(w);
  return w->failed ? MINS_EIO : MINS_OK;
}

#endif
