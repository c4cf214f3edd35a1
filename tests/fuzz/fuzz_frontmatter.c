/* SPDX-License-Identifier: MIT */
/*
 * libFuzzer harness for the front matter: the bytes are wrapped in `---`
 * fences so that every input reaches libyaml and the key handling. The
 * parser is made once and reused (see fuzz_parse.c).
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

static mins_parser *parser;

static void free_parser(void) {
  mins_parser_free(parser);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char head[] = "---\n", tail[] = "\n---\n# 1. A\n";
  if (size > (1 << 20))
    return 0;
  if (!parser) {
    if (mins_parser_new(&parser, NULL))
      abort();
    atexit(free_parser);
  }
  size_t len = sizeof head - 1 + size + sizeof tail - 1;
  char *buf = malloc(len);
  if (!buf)
    return 0;
  memcpy(buf, head, sizeof head - 1);
  if (size)
    memcpy(buf + sizeof head - 1, data, size);
  memcpy(buf + sizeof head - 1 + size, tail, sizeof tail - 1);
  mins_doc *d;
  if (mins_parser_parse(&d, parser, "fuzz", buf, len) == 0) {
    size_t n = 0;
    mins_doc_write_json(d, 0, sink, &n);
    mins_doc_free(d);
  }
  free(buf);
  return 0;
}
