/* SPDX-License-Identifier: MIT */
/*
 * The canonical minutes writer (mins-export --to md): full front matter
 * built from the records, then the body as written, with the headings that
 * open numbered items rewritten as `## N. Title`. The front matter states
 * what was read, so a later reader guesses nothing: the meeting, the four
 * lists of people, declarations, exempt items, this meeting's actions with
 * their owners and due dates, reviews of earlier actions that the front
 * matter made (reviews made in prose stay in the prose), and unknown keys
 * as they were. A value is written only where the parser puts it back
 * unchanged, which gives the two properties the tests hold it to: parsing
 * the output gives the records of the input, and writing the output again
 * gives the same bytes.
 */
#include <stdio.h>
#include <string.h>

#include "export.h"

/* ---- YAML scalars ----------------------------------------------------- */

/* Length of the UTF-8 sequence at p (1 for a stray byte) and its code
 * point. */
static size_t cp_at(const unsigned char *p, size_t n, unsigned *cp) {
  unsigned c = p[0];
  size_t k = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (k > n)
    k = 1;
  for (size_t i = 1; i < k; i++)
    if ((p[i] & 0xC0) != 0x80)
      k = 1;
  if (k == 1) {
    *cp = c;
    return 1;
  }
  unsigned v = c & (0x3F >> (k - 1));
  for (size_t i = 1; i < k; i++)
    v = (v << 6) | (p[i] & 0x3F);
  *cp = v;
  return k;
}

/* Code points YAML does not let stand in a scalar as they are: C1
 * controls, the Unicode line and paragraph separators and NEL (YAML 1.1
 * line breaks, which would be folded), the byte-order mark and the two
 * non-characters. */
static int yaml_special(unsigned cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

/* Can s be written as a plain (unquoted) scalar and read back as the same
 * text? Conservative: letters, digits and a little punctuation, nothing
 * YAML gives a meaning to, and (unless any_word) none of the words YAML
 * 1.1 reads as booleans or null. */
static int plain_ok(const char *s, int any_word) {
  static const char *const words[] = {"true", "false", "yes", "no",   "on",
                                      "off",  "y",     "n",   "null", NULL};
  size_t n = strlen(s);
  if (!n || s[0] == ' ' || s[n - 1] == ' ')
    return 0;
  unsigned char c0 = (unsigned char)s[0];
  if (!((c0 >= 'a' && c0 <= 'z') || (c0 >= 'A' && c0 <= 'Z') ||
        (c0 >= '0' && c0 <= '9') || c0 >= 0x80))
    return 0;
  for (int i = 0; words[i] && !any_word; i++)
    if (mins__ieq(s, words[i]))
      return 0;
  for (size_t i = 0; i < n;) {
    unsigned cp;
    size_t k = cp_at((const unsigned char *)s + i, n - i, &cp);
    if (cp >= 0x80) {
      if (yaml_special(cp) || (k == 1))
        return 0;
    } else if (!((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                 (cp >= '0' && cp <= '9') ||
                 strchr(" .,'()/&+-_;?=$", (int)cp))) {
      return 0;
    }
    i += k;
  }
  return 1;
}

static void yaml_quoted(mins__sink *o, const char *s) {
  size_t n = strlen(s);
  mins__putc(o, '"');
  size_t run = 0;
  for (size_t i = 0; i < n;) {
    unsigned cp;
    size_t k = cp_at((const unsigned char *)s + i, n - i, &cp);
    char esc[12];
    esc[0] = '\0';
    if (cp == '"')
      strcpy(esc, "\\\"");
    else if (cp == '\\')
      strcpy(esc, "\\\\");
    else if (cp == '\n')
      strcpy(esc, "\\n");
    else if (cp == '\t')
      strcpy(esc, "\\t");
    else if (cp == '\r')
      strcpy(esc, "\\r");
    else if (cp < 0x20 || cp == 0x7F || (k == 1 && cp >= 0x80))
      snprintf(esc, sizeof esc, "\\x%02X", cp & 0xFFu);
    else if (cp == 0x2028)
      strcpy(esc, "\\L");
    else if (cp == 0x2029)
      strcpy(esc, "\\P");
    else if (yaml_special(cp))
      snprintf(esc, sizeof esc, "\\u%04X", cp);
    if (esc[0]) {
      mins__put(o, s + run, i - run);
      mins__puts(o, esc);
      run = i + k;
    }
    i += k;
  }
  mins__put(o, s + run, n - run);
  mins__putc(o, '"');
}

/* A string that is not UTF-8 (YAML cannot hold it) is written as the JSON
 * writer writes it, every byte above ASCII a U+FFFD, so that both give the
 * same record. Returns s, or the copy made in b. */
static const char *utf8_safe(mins__sink *o, mins__buf *b, const char *s) {
  size_t n = strlen(s);
  if (mins__utf8_check(s, n) == n)
    return s;
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)s[i] < 0x80)
      mins__buf_addc(b, s[i]);
    else
      mins__buf_add(b, "\xEF\xBF\xBD", 3);
  }
  mins__buf_addc(b, '\0');
  if (b->failed) {
    o->err = MINS_ENOMEM;
    return "";
  }
  return b->s;
}

/* A string value: plain where that reads back the same, else quoted. */
static void yaml_str(mins__sink *o, const char *s) {
  mins__buf b = {0};
  s = utf8_safe(o, &b, s);
  if (plain_ok(s, 0))
    mins__puts(o, s);
  else
    yaml_quoted(o, s);
  mins__buf_free(&b);
}

static void indent(mins__sink *o, int n) {
  for (int i = 0; i < n; i++)
    mins__putc(o, ' ');
}

/* ---- unknown keys, written back as they were read ------------------------ */

static void value_inline(mins__sink *o, const mins_value *v, int ind);

/* A scalar of an unknown key. A plain scalar may be a number or a boolean
 * to a reader (the JSON writer makes it one), so it stays plain when it
 * can; a quoted one stays quoted, so that "3" remains a string. */
static void extra_scalar(mins__sink *o, const mins_value *v) {
  if (v->plain && plain_ok(v->scalar, 1))
    mins__puts(o, v->scalar);
  else
    yaml_quoted(o, v->scalar);
}

static void map_entries(mins__sink *o, const mins_value *v, int ind,
                        int first_inline) {
  for (size_t i = 0; i < v->count; i++) {
    if (i > 0 || !first_inline)
      indent(o, ind);
    yaml_str(o, v->keys[i] ? v->keys[i] : "");
    mins__putc(o, ':');
    const mins_value *e = &v->items[i];
    if ((e->type == MINS_VALUE_LIST || e->type == MINS_VALUE_MAP) && e->count) {
      mins__putc(o, '\n');
      if (e->type == MINS_VALUE_MAP) {
        map_entries(o, e, ind + 2, 0);
      } else {
        for (size_t k = 0; k < e->count; k++) {
          indent(o, ind + 2);
          mins__puts(o, "- ");
          value_inline(o, &e->items[k], ind + 4);
        }
      }
    } else {
      mins__putc(o, ' ');
      value_inline(o, e, ind + 2);
    }
  }
}

/* A value whose first line has been started ("key: " or "- "); ind is the
 * column of that first character. Ends with a newline. */
static void value_inline(mins__sink *o, const mins_value *v, int ind) {
  switch (v->type) {
  case MINS_VALUE_NULL:
    mins__puts(o, "null\n");
    return;
  case MINS_VALUE_SCALAR:
    extra_scalar(o, v);
    mins__putc(o, '\n');
    return;
  case MINS_VALUE_LIST:
    if (!v->count) {
      mins__puts(o, "[]\n");
      return;
    }
    for (size_t k = 0; k < v->count; k++) {
      if (k)
        indent(o, ind);
      mins__puts(o, "- ");
      value_inline(o, &v->items[k], ind + 2);
    }
    return;
  case MINS_VALUE_MAP:
    if (!v->count) {
      mins__puts(o, "{}\n");
      return;
    }
    map_entries(o, v, ind, 1);
    return;
  }
}

/* ---- the front matter ---------------------------------------------------- */

static void key_str(mins__sink *o, int ind, const char *key, const char *v) {
  if (!v)
    return;
  indent(o, ind);
  mins__puts(o, key);
  mins__puts(o, ": ");
  yaml_str(o, v);
  mins__putc(o, '\n');
}

static void person(mins__sink *o, const mins_person *p) {
  int part = (p->flags & MINS_PERSON_PART) && p->role &&
             !strchr(p->role, '(') && !strchr(p->role, ')');
  if (!p->title && !p->honours && !p->role && !p->organisation) {
    mins__puts(o, "  - ");
    yaml_str(o, p->name);
    mins__putc(o, '\n');
    return;
  }
  /* "arrived at 10.12am" is a role the front matter cannot flag as part of
   * the meeting except in brackets after the name, where it is read so */
  mins__puts(o, "  - name: ");
  if (part) {
    mins__buf b = {0};
    mins__buf_add(&b, p->name, strlen(p->name));
    mins__buf_add(&b, " (", 2);
    mins__buf_add(&b, p->role, strlen(p->role));
    mins__buf_add(&b, ")", 2); /* with the NUL */
    if (b.failed)
      o->err = MINS_ENOMEM;
    else
      yaml_str(o, b.s);
    mins__buf_free(&b);
  } else {
    yaml_str(o, p->name);
  }
  mins__putc(o, '\n');
  key_str(o, 4, "title", p->title);
  key_str(o, 4, "honours", p->honours);
  if (!part)
    key_str(o, 4, "role", p->role);
  key_str(o, 4, "organisation", p->organisation);
}

static void declarations(mins__sink *o, const mins_doc *d) {
  if (!d->decls.len) {
    if (d->decl_none)
      mins__puts(o, "declarations: []\n");
    return;
  }
  mins__puts(o, "declarations:\n");
  for (size_t i = 0; i < d->decls.len; i++) {
    const mins_declaration *x = &VEC_AT(d->decls, mins_declaration, i);
    if (x->name && !x->item && x->text && strcmp(x->name, x->text) == 0) {
      mins__puts(o, "  - ");
      yaml_str(o, x->name);
      mins__putc(o, '\n');
      continue;
    }
    if (!x->name && !x->item && !x->text) {
      mins__puts(o, "  - {}\n");
      continue;
    }
    int first = 1;
    const char *keys[] = {"name", "item", "text"};
    const char *vals[] = {x->name, x->item, x->text};
    for (int k = 0; k < 3; k++) {
      if (!vals[k])
        continue;
      mins__puts(o, first ? "  - " : "    ");
      first = 0;
      mins__puts(o, keys[k]);
      mins__puts(o, ": ");
      yaml_str(o, vals[k]);
      mins__putc(o, '\n');
    }
  }
}

/* The due date as the front matter should give it: the words, when the
 * front matter gave words (they are the action's due_text), else the date. */
static const char *fm_due(const mins_doc *d, const mins_action *a) {
  const mins__fm_action *fa = d->fm_actions.data;
  const char *due = NULL;
  for (size_t i = 0; i < d->fm_actions.len; i++)
    if (fa[i].number && fa[i].due && strcmp(fa[i].number, a->number) == 0)
      due = fa[i].due;
  if (due && !mins__iso_valid(due))
    return due;
  return a->due;
}

static void actions(mins__sink *o, const mins_doc *d) {
  int open = 0;
  for (size_t i = 0; i < d->reviews.len; i++) {
    const mins_review *r = &VEC_AT(d->reviews, mins_review, i);
    if (r->origin != MINS_FROM_FRONT_MATTER || !r->ref)
      continue;
    if (!open++)
      mins__puts(o, "actions:\n");
    mins__puts(o, "  - ref: ");
    yaml_str(o, r->ref);
    mins__putc(o, '\n');
    if (r->status != MINS_STATUS_OPEN)
      key_str(o, 4, "status", mins_status_name(r->status));
    key_str(o, 4, "note", r->note);
  }
  for (size_t i = 0; i < d->actions.len; i++) {
    const mins_action *a = &VEC_AT(d->actions, mins_action, i);
    if (!a->number)
      continue; /* the front matter names actions by number only */
    const char *due = fm_due(d, a);
    if (!a->owner && !due && a->status == MINS_STATUS_OPEN && a->text)
      continue;
    if (!open++)
      mins__puts(o, "actions:\n");
    mins__puts(o, "  - number: ");
    yaml_str(o, a->number);
    mins__putc(o, '\n');
    key_str(o, 4, "owner", a->owner);
    key_str(o, 4, "due", due);
    if (a->status != MINS_STATUS_OPEN)
      key_str(o, 4, "status", mins_status_name(a->status));
  }
}

static void front_matter(mins__sink *o, const mins_doc *d) {
  const mins_meeting *m = &d->meeting;
  mins__puts(o, "---\n");
  key_str(o, 0, "committee", m->committee.value);
  key_str(o, 0, "title", m->title.value);
  if (m->date.value)
    key_str(o, 0, "date", m->date.value);
  else
    mins__puts(o, "date: null\n");
  key_str(o, 0, "time", m->time.value);
  key_str(o, 0, "end_time", m->end_time.value);
  key_str(o, 0, "location", m->location.value);
  key_str(o, 0, "chair", m->chair.value);
  key_str(o, 0, "clerk", m->clerk.value);
  for (int l = 0; l < MINS_LIST_COUNT; l++) {
    if (!d->people[l].len)
      continue;
    mins__puts(o, mins_list_name((mins_list)l));
    mins__puts(o, ":\n");
    for (size_t i = 0; i < d->people[l].len; i++)
      person(o, &VEC_AT(d->people[l], mins_person, i));
  }
  declarations(o, d);
  key_str(o, 0, "previous", m->previous.value);
  if (d->exempt.len) {
    mins__puts(o, "exempt: [");
    for (size_t i = 0; i < d->exempt.len; i++) {
      if (i)
        mins__puts(o, ", ");
      yaml_quoted(o, VEC_AT(d->exempt, const char *, i));
    }
    mins__puts(o, "]\n");
  }
  actions(o, d);
  for (size_t i = 0; i < d->extra_vals.len; i++) {
    yaml_str(o, VEC_AT(d->extra_keys, const char *, i));
    const mins_value *v = &VEC_AT(d->extra_vals, mins_value, i);
    if ((v->type == MINS_VALUE_LIST || v->type == MINS_VALUE_MAP) && v->count) {
      mins__puts(o, ":\n");
      if (v->type == MINS_VALUE_MAP) {
        map_entries(o, v, 2, 0);
      } else {
        for (size_t k = 0; k < v->count; k++) {
          mins__puts(o, "  - ");
          value_inline(o, &v->items[k], 4);
        }
      }
    } else {
      mins__puts(o, ": ");
      value_inline(o, v, 2);
    }
  }
  mins__puts(o, "---\n");
}

/* ---- the body --------------------------------------------------------------
 */

/* End of the line starting at p (the offset of its '\n', or n). */
static size_t line_end(const char *s, size_t n, size_t p) {
  const char *nl = memchr(s + p, '\n', n - p);
  return nl ? (size_t)(nl - s) : n;
}

/* Does the line [p, e) open an ATX heading ("## ...")? */
static int atx_line(const char *s, size_t p, size_t e) {
  size_t k = 0;
  while (k < 3 && p + k < e && s[p + k] == ' ')
    k++;
  size_t h = 0;
  while (p + k + h < e && s[p + k + h] == '#')
    h++;
  if (h < 1 || h > 6)
    return 0;
  size_t q = p + k + h;
  return q == e || s[q] == ' ' || s[q] == '\t' || s[q] == '\r';
}

/* A setext underline: up to three spaces, a run of '=' or '-', blanks. */
static int setext_line(const char *s, size_t p, size_t e) {
  size_t k = 0;
  while (k < 3 && p + k < e && s[p + k] == ' ')
    k++;
  char c = p + k < e ? s[p + k] : 0;
  if (c != '=' && c != '-')
    return 0;
  size_t q = p + k;
  while (q < e && s[q] == c)
    q++;
  while (q < e && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r'))
    q++;
  return q == e;
}

static int blank_line(const char *s, size_t p, size_t e) {
  for (; p < e; p++)
    if (s[p] != ' ' && s[p] != '\t' && s[p] != '\r')
      return 0;
  return 1;
}

/* The end (past the newline) of the heading that opens at offset p, or 0
 * when what stands there is not a heading this writer knows how to
 * replace (a heading inside a list or quote is left as written). */
static size_t heading_end(const mins_doc *d, size_t p) {
  const char *s = d->src;
  size_t n = d->len;
  if (p >= n)
    return 0;
  size_t e = line_end(s, n, p);
  if (atx_line(s, p, e))
    return e < n ? e + 1 : n;
  /* setext: the text lines, then the underline */
  for (size_t q = p; q < n;) {
    size_t qe = line_end(s, n, q);
    if (blank_line(s, q, qe))
      return 0;
    if (q > p && setext_line(s, q, qe))
      return qe < n ? qe + 1 : n;
    q = qe < n ? qe + 1 : n;
  }
  return 0;
}

/* Markdown-escape a title, so that it reads back as the same text. */
static void md_text(mins__sink *o, const char *s) {
  mins__buf b = {0};
  for (s = utf8_safe(o, &b, s); *s; s++) {
    if (strchr("\\`*_[]<>#&!~|", *s))
      mins__putc(o, '\\');
    mins__putc(o, *s);
  }
  mins__buf_free(&b);
}

static int alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

/* The heading's text after its number as written, into b: the ATX marks
 * and closing sequence or the setext underline gone, lines joined. Returns
 * 0 when the number is not found in it. */
static int raw_title(const mins_doc *d, size_t p, size_t he, const char *num,
                     mins__buf *b) {
  const char *s = d->src;
  mins__buf t = {0};
  size_t e = line_end(s, d->len, p);
  if (atx_line(s, p, e)) {
    size_t q = p;
    while (q < e && (s[q] == ' ' || s[q] == '#'))
      q++;
    size_t z = e;
    while (z > q && (s[z - 1] == ' ' || s[z - 1] == '\t' || s[z - 1] == '\r'))
      z--;
    size_t h = z;
    while (h > q && s[h - 1] == '#')
      h--;
    if (h == q || s[h - 1] == ' ' || s[h - 1] == '\t') {
      z = h; /* a closing sequence */
      while (z > q && (s[z - 1] == ' ' || s[z - 1] == '\t'))
        z--;
    }
    mins__buf_add(&t, s + q, z - q);
  } else {
    /* setext: every line but the underline */
    for (size_t q = p; q < he;) {
      size_t qe = line_end(s, d->len, q);
      size_t next = qe < d->len ? qe + 1 : d->len;
      if (next >= he)
        break;
      const char *ln = s + q;
      size_t lnn = qe - q;
      mins__trim(&ln, &lnn, NULL);
      if (t.len)
        mins__buf_addc(&t, ' ');
      mins__buf_add(&t, ln, lnn);
      q = next;
    }
  }
  mins__buf_addc(&t, '\0');
  int found = 0;
  size_t nl = strlen(num);
  for (size_t i = 0; !t.failed && i + nl < t.len; i++) {
    if (memcmp(t.s + i, num, nl) != 0 || (i > 0 && alnum(t.s[i - 1])) ||
        (t.s[i + nl] >= '0' && t.s[i + nl] <= '9'))
      continue;
    const char *r = t.s + i + nl;
    if (*r == '.' || *r == ')' || *r == ':')
      r++;
    while (*r == ' ' || *r == '\t')
      r++;
    if (*r == '-' || *r == ':')
      r++;
    else if (strncmp(r, "\xE2\x80\x93", 3) == 0 ||
             strncmp(r, "\xE2\x80\x94", 3) == 0)
      r += 3;
    while (*r == ' ' || *r == '\t')
      r++;
    mins__buf_add(b, r, strlen(r) + 1);
    found = 1;
    break;
  }
  mins__buf_free(&t);
  return found && !b->failed;
}

/* The canonical heading of a numbered item: "## 4. Title", a level deeper
 * for each dot of the number ("### 17.1. Title"); minute numbers
 * ("203/18 Title") take no dot. The title is the parsed one (emphasis and
 * furniture gone), unless the heading holds a link, code or HTML: then it
 * stays as written, so that no address is lost. */
static void item_heading(mins__sink *o, const mins_doc *d, const mins_item *it,
                         size_t he) {
  int level = 2;
  for (const char *p = it->number; *p; p++)
    if (*p == '.' && level < 6)
      level++;
  for (int i = 0; i < level; i++)
    mins__putc(o, '#');
  mins__putc(o, ' ');
  mins__puts(o, it->number);
  /* the closing dot is what makes "3.2. issue two" an item: without it a
   * title in lower case is not read as one */
  if (!strchr(it->number, '/'))
    mins__putc(o, '.');
  mins__buf raw = {0};
  if (raw_title(d, it->offset, he, it->number, &raw) &&
      strpbrk(raw.s, "[`<\\")) {
    mins__putc(o, ' ');
    mins__puts(o, raw.s);
  } else if (it->title && *it->title) {
    mins__putc(o, ' ');
    md_text(o, it->title);
  }
  mins__buf_free(&raw);
  mins__putc(o, '\n');
}

/* Copy s[p, e) with CRLF line ends made LF. */
static void copy_lf(mins__sink *o, const char *s, size_t p, size_t e) {
  size_t run = p;
  for (size_t i = p; i < e; i++) {
    if (s[i] == '\r' && i + 1 < e && s[i + 1] == '\n') {
      mins__put(o, s + run, i - run);
      run = i + 1;
    }
  }
  mins__put(o, s + run, e - run);
}

static void body(mins__sink *o, const mins_doc *d) {
  const char *s = d->src;
  size_t n = d->len;
  size_t p = d->body_off;
  if (p == 0 && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
    p = 3;
  /* leading blank lines go: one blank line follows the front matter */
  for (;;) {
    size_t e = line_end(s, n, p);
    if (e >= n || !blank_line(s, p, e))
      break;
    p = e + 1;
  }
  /* trailing white space goes: the file ends with one newline */
  while (n > p && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' ||
                   s[n - 1] == '\t'))
    n--;
  if (n <= p)
    return;
  mins__putc(o, '\n');
  const mins_item *items = d->items.data;
  size_t ni = d->items.len;
  for (size_t i = 0; i < ni; i++) {
    const mins_item *it = &items[i];
    if (!it->number || !(it->flags & MINS_ITEM_HEADING) || it->offset < p ||
        it->offset >= n)
      continue;
    size_t he = heading_end(d, it->offset);
    if (!he)
      continue;
    copy_lf(o, s, p, it->offset);
    item_heading(o, d, it, he);
    p = he < n ? he : n;
  }
  copy_lf(o, s, p, n);
  mins__putc(o, '\n');
}

int mins_doc_write_md(const mins_doc *d, unsigned flags, mins_write_fn write,
                      void *payload) {
  if (!d || !write || flags)
    return MINS_EINVAL;
  mins__sink o;
  mins__sink_init(&o, write, payload);
  front_matter(&o, d);
  body(&o, d);
  return mins__sink_end(&o);
}
