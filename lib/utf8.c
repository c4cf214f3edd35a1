/* SPDX-License-Identifier: MIT */
/*
 * UTF-8 validation and repair. Minutes arrive from PDF converters and word
 * processors; an invalid byte is reported (with its line and column) and
 * replaced by U+FFFD so that the rest of the file is still read.
 */
#include <string.h>

#include "internal.h"

/* Length of the valid sequence at s, or 0 if invalid. */
static size_t seq_len(const unsigned char *s, size_t n) {
  unsigned char c = s[0];
  if (c < 0x80)
    return 1;
  if (c < 0xC2)
    return 0;
  if (c < 0xE0) {
    if (n < 2 || (s[1] & 0xC0) != 0x80)
      return 0;
    return 2;
  }
  if (c < 0xF0) {
    if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
      return 0;
    if (c == 0xE0 && s[1] < 0xA0)
      return 0; /* overlong */
    if (c == 0xED && s[1] >= 0xA0)
      return 0; /* surrogate */
    return 3;
  }
  if (c < 0xF5) {
    if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
        (s[3] & 0xC0) != 0x80)
      return 0;
    if (c == 0xF0 && s[1] < 0x90)
      return 0;
    if (c == 0xF4 && s[1] >= 0x90)
      return 0;
    return 4;
  }
  return 0;
}

size_t mins__utf8_check(const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  while (i < len) {
    /* fast path over ASCII, eight bytes at a time */
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull)
        break;
      i += 8;
    }
    if (i >= len)
      break;
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = seq_len(s + i, len - i);
    if (!k)
      return i;
    i += k;
  }
  return len;
}

char *mins__utf8_repair(mins__arena *a, const char *str, size_t len,
                        size_t *outlen, size_t *nbad, size_t *first_bad) {
  const unsigned char *s = (const unsigned char *)str;
  /* at most 3 bytes out for each byte in */
  char *out = mins__alloc(a, len * 3 + 1);
  if (!out)
    return NULL;
  size_t i = 0, k = 0, bad = 0;
  *first_bad = len;
  while (i < len) {
    size_t q = seq_len(s + i, len - i);
    if (q) {
      memcpy(out + k, s + i, q);
      k += q;
      i += q;
      continue;
    }
    if (!bad)
      *first_bad = i;
    bad++;
    memcpy(out + k, "\xEF\xBF\xBD", 3);
    k += 3;
    i++;
  }
  out[k] = '\0';
  *outlen = k;
  *nbad = bad;
  return out;
}
