/* SPDX-License-Identifier: MIT */
/*
 * The bump arena that owns every string and record of a document, and the
 * growable arrays and string builders built on it. An arena is freed in
 * one step; allocation failure sets a flag the caller checks once, so the
 * stages need no error path for each small allocation.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define CHUNK_MIN 16384

struct mins__chunk {
  mins__chunk *next;
  size_t size, used;
  /* data follows, aligned */
  max_align_t data[];
};

/* A new chunk for an allocation of size bytes (a multiple of 8) that the
 * head chunk has no room for. */
static void *alloc_chunk(mins__arena *a, size_t size) {
  mins__chunk *c = a->head;
  size_t want = CHUNK_MIN;
  if (c && c->size < (size_t)1 << 20)
    want = c->size * 2; /* grow for large documents */
  if (want < size)
    want = size;
  /* not zeroed: PCRE2's JIT reads past the end of a subject in whole
   * vectors (within the page, harmlessly), which valgrind reports as use
   * of unwritten bytes; runs under valgrind set MINS_NO_JIT=1 instead of
   * paying for zeroing every chunk */
  mins__chunk *n = malloc(sizeof(*n) + want);
  if (!n) {
    a->failed = 1;
    return NULL;
  }
  n->size = want;
  n->used = size;
  if (c && c->size - c->used >= 256 && size > want / 2) {
    /* a big one-off: keep the current chunk at the head */
    n->next = c->next;
    c->next = n;
    return n->data;
  }
  n->next = c;
  a->head = n;
  return n->data;
}

/* Bytes from the arena, not cleared: for strings about to be copied. The
 * bump is inline in this file's functions; a new chunk is not. */
static inline void *alloc_raw(mins__arena *a, size_t size) {
  size = (size + 7u) & ~(size_t)7u;
  if (size == 0)
    size = 8;
  mins__chunk *c = a->head;
  if (!c || c->size - c->used < size)
    return alloc_chunk(a, size);
  void *p = (char *)c->data + c->used;
  c->used += size;
  return p;
}

void *mins__alloc(mins__arena *a, size_t size) {
  void *p = alloc_raw(a, size);
  if (p)
    memset(p, 0, (size + 7u) & ~(size_t)7u);
  return p;
}

void *mins__realloc(mins__arena *a, void *p, size_t old, size_t size) {
  mins__chunk *c = a->head;
  size_t o8 = (old + 7u) & ~(size_t)7u, s8 = (size + 7u) & ~(size_t)7u;
  if (p && c && (char *)p + o8 == (char *)c->data + c->used &&
      s8 - o8 <= c->size - c->used) {
    /* the last allocation of the chunk, with room after it: in place */
    c->used += s8 - o8;
    return p;
  }
  void *q = alloc_raw(a, size);
  if (q && p && old)
    memcpy(q, p, old < size ? old : size);
  return q;
}

char *mins__strndup(mins__arena *a, const char *s, size_t n) {
  char *p = alloc_raw(a, n + 1);
  if (!p)
    return NULL;
  if (n)
    memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

char *mins__strdup(mins__arena *a, const char *s) {
  return s ? mins__strndup(a, s, strlen(s)) : NULL;
}

char *mins__vprintf(mins__arena *a, const char *fmt, va_list ap) {
  /* one formatting into a buffer on the stack, copied: most messages are
   * short; a longer one is formatted again, into its own size */
  char small[256];
  va_list aq;
  va_copy(aq, ap);
  int n = vsnprintf(small, sizeof small, fmt, aq);
  va_end(aq);
  if (n < 0)
    return NULL;
  if ((size_t)n < sizeof small)
    return mins__strndup(a, small, (size_t)n);
  char *p = mins__alloc(a, (size_t)n + 1);
  if (p)
    vsnprintf(p, (size_t)n + 1, fmt, ap);
  return p;
}

char *mins__printf(mins__arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = mins__vprintf(a, fmt, ap);
  va_end(ap);
  return p;
}

void mins__arena_reset(mins__arena *a) {
  mins__chunk *c = a->head;
  if (!c)
    return;
  /* keep the largest chunk for the next use */
  mins__chunk *keep = c;
  for (mins__chunk *i = c; i; i = i->next)
    if (i->size > keep->size)
      keep = i;
  while (c) {
    mins__chunk *n = c->next;
    if (c != keep)
      free(c);
    c = n;
  }
  keep->next = NULL;
  keep->used = 0;
  a->head = keep;
  a->failed = 0;
}

void mins__arena_free(mins__arena *a) {
  mins__chunk *c = a->head;
  while (c) {
    mins__chunk *n = c->next;
    free(c);
    c = n;
  }
  a->head = NULL;
}

void *mins__vec_push(mins__arena *a, mins__vec *v, size_t elem) {
  if (v->len == v->cap) {
    size_t cap = v->cap ? v->cap * 2 : 8;
    /* not cleared: each element is, as it is pushed */
    void *d = alloc_raw(a, cap * elem);
    if (!d)
      return NULL;
    if (v->len)
      memcpy(d, v->data, v->len * elem);
    v->data = d;
    v->cap = cap;
  }
  void *p = (char *)v->data + v->len * elem;
  v->len++;
  memset(p, 0, elem);
  return p;
}

void mins__buf_add(mins__buf *b, const char *s, size_t n) {
  if (b->failed)
    return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1)
      cap *= 2;
    char *p = realloc(b->s, cap);
    if (!p) {
      b->failed = 1;
      return;
    }
    b->s = p;
    b->cap = cap;
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
  b->s[b->len] = '\0';
}

void mins__buf_addc(mins__buf *b, char c) {
  mins__buf_add(b, &c, 1);
}

void mins__buf_free(mins__buf *b) {
  free(b->s);
  b->s = NULL;
  b->len = b->cap = 0;
}
