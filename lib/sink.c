/* SPDX-License-Identifier: MIT */
/*
 * The buffered sink the export writers emit through. Writers produce many
 * small pieces (a cell, an escaped character); calling the caller's
 * mins_write_fn for each would cost a call per byte, so pieces collect in
 * a buffer that is handed on in large chunks. The first failure of the
 * callback is kept and later writes are dropped, so a writer checks once,
 * at the end, instead of after every piece.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "export.h"

void mins__sink_init(mins__sink *s, mins_write_fn fn, void *payload) {
  s->fn = fn;
  s->payload = payload;
  s->err = 0;
  s->len = 0;
}

static void flush(mins__sink *s) {
  if (s->len && !s->err && s->fn(s->buf, s->len, s->payload) != 0)
    s->err = MINS_EIO;
  s->len = 0;
}

void mins__put(mins__sink *s, const char *p, size_t n) {
  if (s->err || !n)
    return;
  if (s->len + n > sizeof s->buf) {
    flush(s);
    if (n > sizeof s->buf) {
      /* a large piece goes straight through */
      if (!s->err && s->fn(p, n, s->payload) != 0)
        s->err = MINS_EIO;
      return;
    }
  }
  memcpy(s->buf + s->len, p, n);
  s->len += n;
}

void mins__puts(mins__sink *s, const char *p) {
  if (p)
    mins__put(s, p, strlen(p));
}

void mins__putc(mins__sink *s, char c) {
  if (s->len == sizeof s->buf)
    flush(s);
  if (!s->err)
    s->buf[s->len++] = c;
}

void mins__putf(mins__sink *s, const char *fmt, ...) {
  char small[256];
  va_list ap, aq;
  va_start(ap, fmt);
  va_copy(aq, ap);
  int n = vsnprintf(small, sizeof small, fmt, aq);
  va_end(aq);
  if (n < 0) {
    va_end(ap);
    return;
  }
  if ((size_t)n < sizeof small) {
    mins__put(s, small, (size_t)n);
  } else {
    char *big = malloc((size_t)n + 1);
    if (!big) {
      s->err = MINS_ENOMEM;
    } else {
      vsnprintf(big, (size_t)n + 1, fmt, ap);
      mins__put(s, big, (size_t)n);
      free(big);
    }
  }
  va_end(ap);
}

int mins__sink_end(mins__sink *s) {
  flush(s);
  return s->err;
}

void mins__put_text(mins__sink *s, const char *p, size_t n) {
  while (n) {
    size_t ok = mins__utf8_check(p, n);
    mins__put(s, p, ok);
    if (ok == n)
      return;
    mins__put(s, "\xEF\xBF\xBD", 3);
    p += ok + 1;
    n -= ok + 1;
  }
}

void mins__put_htmln(mins__sink *s, const char *p, size_t n) {
  size_t run = 0; /* start of the unescaped run */
  for (size_t i = 0; i < n; i++) {
    const char *rep;
    switch (p[i]) {
    case '&':
      rep = "&amp;";
      break;
    case '<':
      rep = "&lt;";
      break;
    case '>':
      rep = "&gt;";
      break;
    case '"':
      rep = "&quot;";
      break;
    case '\'':
      rep = "&#39;";
      break;
    default:
      continue;
    }
    mins__put_text(s, p + run, i - run);
    mins__puts(s, rep);
    run = i + 1;
  }
  mins__put_text(s, p + run, n - run);
}

void mins__put_html(mins__sink *s, const char *p) {
  if (p)
    mins__put_htmln(s, p, strlen(p));
}
