/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness for the front matter: the bytes are wrapped in `---`
 * fences so that every input reaches libyaml and the key handling.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <mins.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int sink(const char *d, size_t n, void *p) {
  (void)d;
  *(size_t *)p += n;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > (1 << 20))
    return 0;
  char *buf = malloc(size + 16);
  if (!buf)
    return 0;
  memcpy(buf, "---\n", 4);
  memcpy(buf + 4, data, size);
  memcpy(buf + 4 + size, "\n---\n# 1. A\n", 12);
  mins_parser *p;
  if (mins_parser_new(&p, NULL) == 0) {
    mins_doc *d;
    if (mins_parser_parse(&d, p, "fuzz", buf, size + 16) == 0) {
      size_t n = 0;
      mins_doc_write_json(d, 0, sink, &n);
      mins_doc_free(d);
    }
    mins_parser_free(p);
  }
  free(buf);
  return 0;
}
