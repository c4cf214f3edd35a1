/* SPDX-License-Identifier: MIT */
/*
 * The front matter: find the `---` block at the top of the file, read it
 * with libyaml's event parser into a small value tree (positions shifted to
 * the file's lines), and apply the keys mins knows to the meeting, the
 * people, declarations and action updates. Unknown keys are kept in order
 * for the writers. Anchors and aliases are refused (no alias bombs) and
 * nesting is bounded.
 */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "internal.h"

/* ---- finding the block ------------------------------------------------- */

/* Is the line at s[0..n) exactly "---" or "..." (trailing blanks allowed)? */
static int fence(const char *s, size_t n, int allow_dots) {
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
    n--;
  if (n != 3)
    return 0;
  return memcmp(s, "---", 3) == 0 || (allow_dots && memcmp(s, "...", 3) == 0);
}

/* ---- the value tree ----------------------------------------------------- */

typedef struct frame {
  mins_value *v;  /* the list or map being filled */
  mins__vec vals; /* mins_value */
  mins__vec keys; /* const char * */
  int want_key;   /* map: next scalar is a key */
} frame;

typedef struct yctx {
  mins__ctx *c;
  unsigned line0; /* file line of the YAML's first line, minus 1 */
  mins_value root;
  int have_root;
  int failed;
  /* anchors [0] and aliases [1] met, and the index of the one diagnostic
   * each gets: an alias bomb must not print a line per alias */
  size_t refs[2], ref_diag[2];
} yctx;

static void set_pos(yctx *y, mins_value *v, yaml_mark_t mk) {
  v->line = (unsigned)mk.line + 1 + y->line0;
  v->column = (unsigned)mk.column + 1;
}

static void fm_diag(yctx *y, const char *rule, yaml_mark_t mk,
                    const char *msg) {
  mins__doc_diag(y->c, rule, (unsigned)mk.line + 1 + y->line0,
                 (unsigned)mk.column + 1, NULL, "%s", msg);
}

/* An anchor (alias 0) or an alias (1): the first of each is reported; the
 * count of all is added to its message once the YAML has been read. */
static void ref_seen(yctx *y, int alias, yaml_mark_t mk) {
  if (y->refs[alias]++ == 0) {
    y->ref_diag[alias] = y->c->doc->diags.v.len;
    fm_diag(y, "fm-alias", mk,
            alias ? "YAML aliases are not read in front matter"
                  : "YAML anchors are not read in front matter");
  }
}

static void refs_counted(yctx *y) {
  mins_doc *d = y->c->doc;
  for (int k = 0; k < 2; k++) {
    if (y->refs[k] < 2 || y->ref_diag[k] >= d->diags.v.len)
      continue;
    char *m = mins__printf(&d->arena,
                           "YAML %s are not read in front matter (%zu in all)",
                           k ? "aliases" : "anchors", y->refs[k]);
    if (m)
      VEC_AT(d->diags.v, mins_diag, y->ref_diag[k]).message = m;
  }
}

/* Parse the YAML text into y->root. Returns 0, or -1 after a diagnostic. */
static int load(yctx *y, const char *text, size_t len) {
  mins__ctx *c = y->c;
  mins__arena *a = &c->doc->arena;
  yaml_parser_t parser;
  yaml_event_t ev;
  frame stack[130];
  int depth = 0;
  int rc = 0, done = 0;
  unsigned maxd = c->max_depth ? c->max_depth : 64;
  if (maxd > 128)
    maxd = 128;
  if (!yaml_parser_initialize(&parser))
    return -1;
  yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
  while (!done) {
    if (!yaml_parser_parse(&parser, &ev)) {
      yaml_mark_t mk = parser.problem_mark;
      char msg[320], where[64] = "";
      /* the error is often found far from its cause (an unclosed quote at
       * the end of the block): say where the construct began */
      if (parser.context && (parser.context_mark.line != mk.line ||
                             parser.context_mark.column != mk.column))
        snprintf(where, sizeof where, " begun at line %u, column %u",
                 (unsigned)parser.context_mark.line + 1 + y->line0,
                 (unsigned)parser.context_mark.column + 1);
      snprintf(msg, sizeof msg, "front matter is not valid YAML: %s%s%s%s",
               parser.problem ? parser.problem : "syntax error",
               parser.context ? " " : "", parser.context ? parser.context : "",
               where);
      fm_diag(y, "fm-yaml", mk, msg);
      rc = -1;
      break;
    }
    mins_value tmp;
    memset(&tmp, 0, sizeof tmp);
    int is_value = 0, open = 0;
    switch (ev.type) {
    case YAML_STREAM_END_EVENT:
      done = 1;
      break;
    case YAML_DOCUMENT_END_EVENT:
      done = 1; /* only the first document */
      break;
    case YAML_ALIAS_EVENT:
      ref_seen(y, 1, ev.start_mark);
      tmp.type = MINS_VALUE_NULL;
      set_pos(y, &tmp, ev.start_mark);
      is_value = 1;
      break;
    case YAML_SCALAR_EVENT: {
      if (ev.data.scalar.anchor)
        ref_seen(y, 0, ev.start_mark);
      const char *v = (const char *)ev.data.scalar.value;
      size_t n = ev.data.scalar.length;
      int plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
      set_pos(y, &tmp, ev.start_mark);
      if (plain &&
          (n == 0 || (n == 1 && v[0] == '~') || mins__nieq(v, n, "null"))) {
        tmp.type = MINS_VALUE_NULL;
      } else {
        tmp.type = MINS_VALUE_SCALAR;
        tmp.scalar = mins__strndup(a, v, n);
        tmp.plain = plain;
      }
      is_value = 1;
      break;
    }
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
      const yaml_char_t *anchor = ev.type == YAML_SEQUENCE_START_EVENT
                                      ? ev.data.sequence_start.anchor
                                      : ev.data.mapping_start.anchor;
      if (anchor)
        ref_seen(y, 0, ev.start_mark);
      if ((unsigned)depth >= maxd) {
        mins__doc_diag(y->c, "fm-too-deep",
                       (unsigned)ev.start_mark.line + 1 + y->line0,
                       (unsigned)ev.start_mark.column + 1, NULL,
                       "front matter nested deeper than %u levels", maxd);
        rc = -1;
        done = 1;
        break;
      }
      open = 1;
      break;
    }
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: {
      frame *f = &stack[--depth];
      f->v->count = f->vals.len;
      f->v->items = f->vals.data;
      f->v->keys = f->keys.data;
      tmp = *f->v;
      is_value = 1;
      break;
    }
    default:
      break;
    }
    if (open) {
      frame *f = &stack[depth++];
      memset(f, 0, sizeof *f);
      f->v = mins__alloc(a, sizeof(mins_value));
      if (!f->v) {
        rc = -1;
        yaml_event_delete(&ev);
        break;
      }
      f->v->type = ev.type == YAML_SEQUENCE_START_EVENT ? MINS_VALUE_LIST
                                                        : MINS_VALUE_MAP;
      set_pos(y, f->v, ev.start_mark);
      f->want_key = f->v->type == MINS_VALUE_MAP;
    } else if (is_value) {
      if (depth == 0) {
        y->root = tmp;
        y->have_root = 1;
      } else {
        frame *f = &stack[depth - 1];
        if (f->v->type == MINS_VALUE_MAP && f->want_key) {
          const char **k = VEC_PUSH(a, &f->keys, const char *);
          if (k)
            *k = tmp.type == MINS_VALUE_SCALAR ? tmp.scalar : "";
          if (tmp.type == MINS_VALUE_LIST || tmp.type == MINS_VALUE_MAP)
            fm_diag(y, "fm-type", ev.start_mark,
                    "a front matter key must be a plain value");
          f->want_key = 0;
        } else {
          mins_value *slot = VEC_PUSH(a, &f->vals, mins_value);
          if (slot)
            *slot = tmp;
          if (f->v->type == MINS_VALUE_MAP)
            f->want_key = 1;
        }
      }
    }
    yaml_event_delete(&ev);
  }
  yaml_parser_delete(&parser);
  refs_counted(y);
  return rc;
}

/* ---- applying the keys ----------------------------------------------------
 */

static const char *scalar(const mins_value *v) {
  return v && v->type == MINS_VALUE_SCALAR ? v->scalar : NULL;
}

static const mins_value *map_get(const mins_value *m, const char *key) {
  if (!m || m->type != MINS_VALUE_MAP)
    return NULL;
  for (size_t i = 0; i < m->count; i++)
    if (mins__ieq(m->keys[i], key))
      return &m->items[i];
  return NULL;
}

static void type_diag(mins__ctx *c, const mins_value *v, const char *key,
                      const char *want) {
  mins__doc_diag(c, "fm-type", v->line, v->column, NULL, "'%s' should be %s",
                 key, want);
}

static void set_field(mins__ctx *c, mins_field *f, const mins_value *v,
                      const char *key) {
  const char *s = scalar(v);
  if (v->type == MINS_VALUE_MAP) {
    /* chair: {name: ..., role: ...} */
    s = scalar(map_get(v, "name"));
  }
  if (!s) {
    if (v->type != MINS_VALUE_NULL)
      type_diag(c, v, key, "a single value");
    return;
  }
  f->value = mins__clean(&c->doc->arena, s, strlen(s));
  f->line = v->line;
  f->column = v->column;
  f->origin = MINS_FROM_FRONT_MATTER;
}

static void set_date(mins__ctx *c, mins_field *f, const mins_value *v,
                     const char *key) {
  const char *s = scalar(v);
  if (!s) {
    if (v->type != MINS_VALUE_NULL)
      type_diag(c, v, key, "a date (YYYY-MM-DD)");
    return;
  }
  char iso[11];
  size_t n = strlen(s);
  if (!mins__iso_valid(s) && !mins__parse_date(s, n, 0, iso)) {
    mins__doc_diag(c, "fm-bad-date", v->line, v->column,
                   "write dates as YYYY-MM-DD", "'%s' is not a date: '%s'", key,
                   s);
    return;
  }
  if (mins__iso_valid(s))
    memcpy(iso, s, 11);
  f->value = mins__strdup(&c->doc->arena, iso);
  f->line = v->line;
  f->column = v->column;
  f->origin = MINS_FROM_FRONT_MATTER;
}

static void set_time(mins__ctx *c, mins_field *f, const mins_value *v,
                     const char *key) {
  const char *s = scalar(v);
  if (!s) {
    if (v->type != MINS_VALUE_NULL)
      type_diag(c, v, key, "a time (HH:MM)");
    return;
  }
  size_t n = strlen(s);
  char t[6];
  size_t a, b;
  int ok = 0;
  if (n == 5 && s[2] == ':' && s[0] >= '0' && s[0] <= '2' && s[1] >= '0' &&
      s[1] <= '9' && s[3] >= '0' && s[3] <= '5' && s[4] >= '0' && s[4] <= '9' &&
      (s[0] - '0') * 10 + (s[1] - '0') < 24) {
    memcpy(t, s, 6);
    ok = 1;
  } else if (n == 4 && s[1] == ':' && s[0] >= '0' && s[0] <= '9' &&
             s[2] >= '0' && s[2] <= '5' && s[3] >= '0' && s[3] <= '9') {
    t[0] = '0';
    memcpy(t + 1, s, 5);
    ok = 1;
  } else if (mins__find_time(s, n, t, &a, &b) && a == 0 && b == n) {
    ok = 1;
  }
  if (!ok) {
    mins__doc_diag(c, "fm-bad-time", v->line, v->column,
                   "write times as HH:MM (24-hour)", "'%s' is not a time: '%s'",
                   key, s);
    return;
  }
  f->value = mins__strdup(&c->doc->arena, t);
  f->line = v->line;
  f->column = v->column;
  f->origin = MINS_FROM_FRONT_MATTER;
}

static void add_person(mins__ctx *c, mins_list list, const mins_value *v,
                       const char *key) {
  mins__arena *a = &c->doc->arena;
  mins_person p;
  memset(&p, 0, sizeof p);
  if (v->type == MINS_VALUE_SCALAR) {
    if (!mins__person_parse(a, v->scalar, strlen(v->scalar), &p))
      return;
  } else if (v->type == MINS_VALUE_MAP) {
    const char *name = scalar(map_get(v, "name"));
    if (!name) {
      type_diag(c, v, key, "a name or a mapping with a 'name'");
      return;
    }
    if (!mins__person_parse(a, name, strlen(name), &p))
      return;
    /* one pass over the mapping's keys */
    for (size_t i = 0; i < v->count; i++) {
      const char *k = v->keys[i];
      const char *s = scalar(&v->items[i]);
      if (!s || !k)
        continue;
      const char **dst = NULL;
      if (mins__ieq(k, "title"))
        dst = &p.title;
      else if (mins__ieq(k, "honours") || mins__ieq(k, "honors"))
        dst = &p.honours;
      else if (mins__ieq(k, "role") || mins__ieq(k, "position"))
        dst = &p.role;
      else if (mins__ieq(k, "organisation") || mins__ieq(k, "organization") ||
               mins__ieq(k, "org") || mins__ieq(k, "affiliation"))
        dst = &p.organisation;
      if (dst)
        *dst = mins__clean(a, s, strlen(s));
    }
  } else if (v->type == MINS_VALUE_NULL) {
    return;
  } else {
    type_diag(c, v, key, "a list of names");
    return;
  }
  mins_person *q = mins__person_add(c, list);
  if (!q)
    return;
  p.list = list;
  p.line = v->line;
  p.column = v->column;
  p.flags |= MINS_PERSON_FRONT_MATTER;
  *q = p;
}

static void set_people(mins__ctx *c, mins_list list, const mins_value *v,
                       const char *key) {
  if (v->type == MINS_VALUE_LIST) {
    for (size_t i = 0; i < v->count; i++)
      add_person(c, list, &v->items[i], key);
  } else if (v->type == MINS_VALUE_SCALAR) {
    /* "A, B and C" in one string: split as a sentence would be */
    mins__arena *a = &c->doc->arena;
    const char *s = v->scalar;
    size_t n = strlen(s), i = 0;
    while (i < n) {
      size_t j = i;
      while (j < n && s[j] != ',' && s[j] != ';')
        j++;
      const char *part = s + i;
      size_t pn = j - i;
      /* "B and C" */
      const char *and = mins__istr(part, pn, " and ");
      size_t first = and? (size_t)(and-part) : pn;
      for (int k = 0; k < 2; k++) {
        const char *q = k ? (and? and+5 : NULL) : part;
        size_t qn = k ? (and? pn - first - 5 : 0) : first;
        if (!q || !qn)
          continue;
        mins_person p;
        memset(&p, 0, sizeof p);
        if (!mins__person_parse(a, q, qn, &p))
          continue;
        mins_person *dst = mins__person_add(c, list);
        if (!dst)
          return;
        p.list = list;
        p.line = v->line;
        p.column = v->column;
        p.flags |= MINS_PERSON_FRONT_MATTER;
        *dst = p;
      }
      i = j + 1;
    }
  } else if (v->type == MINS_VALUE_MAP) {
    type_diag(c, v, key, "a list of people");
  }
}

static const char *plain_or_num(mins__arena *a, const mins_value *v) {
  (void)a;
  return scalar(v);
}

static void set_declarations(mins__ctx *c, const mins_value *v) {
  mins__arena *a = &c->doc->arena;
  if (v->type == MINS_VALUE_NULL ||
      (v->type == MINS_VALUE_LIST && v->count == 0)) {
    c->doc->decl_none = 1;
    c->doc->decl_none_line = v->line;
    return;
  }
  if (v->type == MINS_VALUE_SCALAR) {
    const char *s = v->scalar;
    if (mins__ieq(s, "none") || mins__ieq(s, "no")) {
      c->doc->decl_none = 1;
      c->doc->decl_none_line = v->line;
      return;
    }
  }
  if (v->type != MINS_VALUE_LIST) {
    type_diag(c, v, "declarations", "a list");
    return;
  }
  for (size_t i = 0; i < v->count; i++) {
    const mins_value *e = &v->items[i];
    mins_declaration *d = VEC_PUSH(a, &c->doc->decls, mins_declaration);
    if (!d)
      return;
    d->line = e->line;
    d->column = e->column;
    d->origin = MINS_FROM_FRONT_MATTER;
    if (e->type == MINS_VALUE_SCALAR) {
      mins_person p;
      if (mins__person_parse(a, e->scalar, strlen(e->scalar), &p))
        d->name = p.name;
      d->text = e->scalar;
    } else if (e->type == MINS_VALUE_MAP) {
      const char *s = scalar(map_get(e, "name"));
      if (s) {
        mins_person p;
        if (mins__person_parse(a, s, strlen(s), &p))
          d->name = p.name;
      }
      d->item = plain_or_num(a, map_get(e, "item"));
      d->text = scalar(map_get(e, "text"));
      if (!d->text)
        d->text = scalar(map_get(e, "interest"));
    } else {
      type_diag(c, e, "declarations", "a name or {name, item, text}");
    }
  }
}

static void set_actions(mins__ctx *c, const mins_value *v) {
  mins__arena *a = &c->doc->arena;
  if (v->type == MINS_VALUE_NULL)
    return;
  if (v->type != MINS_VALUE_LIST) {
    type_diag(c, v, "actions", "a list");
    return;
  }
  for (size_t i = 0; i < v->count; i++) {
    const mins_value *e = &v->items[i];
    if (e->type != MINS_VALUE_MAP) {
      type_diag(c, e, "actions", "a mapping (ref/number, status, owner...)");
      continue;
    }
    mins__fm_action *fa = VEC_PUSH(a, &c->doc->fm_actions, mins__fm_action);
    if (!fa)
      return;
    fa->ref = scalar(map_get(e, "ref"));
    fa->number = scalar(map_get(e, "number"));
    fa->owner = scalar(map_get(e, "owner"));
    fa->due = scalar(map_get(e, "due"));
    fa->status = scalar(map_get(e, "status"));
    fa->note = scalar(map_get(e, "note"));
    fa->line = e->line;
    fa->column = e->column;
    if (!fa->ref && !fa->number)
      type_diag(c, e, "actions", "an entry with 'ref' or 'number'");
  }
}

static void set_exempt(mins__ctx *c, const mins_value *v) {
  mins__arena *a = &c->doc->arena;
  if (v->type == MINS_VALUE_SCALAR) {
    const char **s = VEC_PUSH(a, &c->doc->exempt, const char *);
    if (s)
      *s = v->scalar;
    return;
  }
  if (v->type != MINS_VALUE_LIST) {
    if (v->type != MINS_VALUE_NULL)
      type_diag(c, v, "exempt", "a list of item numbers");
    return;
  }
  for (size_t i = 0; i < v->count; i++) {
    const char *n = scalar(&v->items[i]);
    if (!n) {
      type_diag(c, &v->items[i], "exempt", "an item number");
      continue;
    }
    const char **s = VEC_PUSH(a, &c->doc->exempt, const char *);
    if (s)
      *s = n;
  }
}

/* Keys read into the model; a key in the right column is read as the one in
 * the left (other bodies' front matter). */
static const char *const synonyms[][2] = {{"members", "present"},
                                          {"attendees", "present"},
                                          {"participants", "present"},
                                          {"other_attendees", "in_attendance"},
                                          {"officers", "in_attendance"},
                                          {"also_present", "in_attendance"},
                                          {"guests", "in_attendance"},
                                          {"regrets", "apologies"},
                                          {"place", "location"},
                                          {"venue", "location"},
                                          {"chairman", "chair"},
                                          {"chairperson", "chair"},
                                          {"secretary", "clerk"},
                                          {"scribe", "clerk"},
                                          {"minute_taker", "clerk"},
                                          {"start_time", "time"},
                                          {"end", "end_time"},
                                          {"previous_meeting", "previous"},
                                          {NULL, NULL}};

static const char *canonical_key(const char *k) {
  for (int i = 0; synonyms[i][0]; i++)
    if (mins__ieq(k, synonyms[i][0]))
      return synonyms[i][1];
  return k;
}

typedef struct key_at {
  const char *key;
  size_t index;
} key_at;

/* Keys in ASCII-caseless order, then in the order written. */
static int key_cmp(const void *pa, const void *pb) {
  const key_at *a = pa, *b = pb;
  const unsigned char *x = (const unsigned char *)a->key;
  const unsigned char *y = (const unsigned char *)b->key;
  for (;; x++, y++) {
    int cx = *x >= 'A' && *x <= 'Z' ? *x + 32 : *x;
    int cy = *y >= 'A' && *y <= 'Z' ? *y + 32 : *y;
    if (cx != cy)
      return cx < cy ? -1 : 1;
    if (!cx)
      break;
  }
  return a->index < b->index ? -1 : a->index > b->index;
}

/* For each key, how many keys before it are the same one (mins__ieq).
 * Sorted rather than compared pairwise: a hostile front matter of a million
 * keys must not cost a million squared. NULL when out of memory. */
static size_t *earlier_same(mins__ctx *c, const mins_value *root) {
  size_t n = root->count;
  key_at *ks = mins__alloc(c->scratch, (n + 1) * sizeof *ks);
  size_t *same = mins__alloc(c->scratch, (n + 1) * sizeof *same);
  if (!ks || !same)
    return NULL;
  for (size_t i = 0; i < n; i++) {
    ks[i].key = root->keys[i] ? root->keys[i] : "";
    ks[i].index = i;
  }
  qsort(ks, n, sizeof *ks, key_cmp);
  for (size_t i = 1; i < n; i++)
    if (mins__ieq(ks[i - 1].key, ks[i].key))
      same[ks[i].index] = same[ks[i - 1].index] + 1;
  return same;
}

static void apply(mins__ctx *c, const mins_value *root) {
  mins_doc *d = c->doc;
  mins_meeting *m = &d->meeting;
  size_t *same = earlier_same(c, root);
  if (!same)
    return;
  for (size_t i = 0; i < root->count; i++) {
    const char *key = root->keys[i];
    const mins_value *v = &root->items[i];
    for (size_t j = 0; j < same[i]; j++)
      mins__doc_diag(c, "fm-duplicate-key", v->line, v->column, NULL,
                     "'%s' is given twice; the last one is used", key);
    const char *k = canonical_key(key);
    int known = 1;
    if (mins__ieq(k, "committee"))
      set_field(c, &m->committee, v, key);
    else if (mins__ieq(k, "title"))
      set_field(c, &m->title, v, key);
    else if (mins__ieq(k, "location"))
      set_field(c, &m->location, v, key);
    else if (mins__ieq(k, "chair"))
      set_field(c, &m->chair, v, key);
    else if (mins__ieq(k, "clerk"))
      set_field(c, &m->clerk, v, key);
    else if (mins__ieq(k, "date")) {
      if (v->type == MINS_VALUE_NULL) {
        m->date_unknown = 1;
      } else {
        set_date(c, &m->fm_date, v, key);
        m->date = m->fm_date;
      }
    } else if (mins__ieq(k, "previous"))
      set_date(c, &m->previous, v, key);
    else if (mins__ieq(k, "time"))
      set_time(c, &m->time, v, key);
    else if (mins__ieq(k, "end_time"))
      set_time(c, &m->end_time, v, key);
    else if (mins__ieq(k, "present"))
      set_people(c, MINS_PRESENT, v, key);
    else if (mins__ieq(k, "in_attendance"))
      set_people(c, MINS_IN_ATTENDANCE, v, key);
    else if (mins__ieq(k, "apologies"))
      set_people(c, MINS_APOLOGIES, v, key);
    else if (mins__ieq(k, "absent"))
      set_people(c, MINS_ABSENT, v, key);
    else if (mins__ieq(k, "declarations"))
      set_declarations(c, v);
    else if (mins__ieq(k, "actions"))
      set_actions(c, v);
    else if (mins__ieq(k, "exempt"))
      set_exempt(c, v);
    else
      known = 0;
    if (!known) {
      /* unknown keys (and tags) are kept as written */
      const char **kk = VEC_PUSH(&d->arena, &d->extra_keys, const char *);
      mins_value *vv = VEC_PUSH(&d->arena, &d->extra_vals, mins_value);
      if (kk && vv) {
        *kk = key;
        *vv = *v;
      }
    }
  }
}

int mins__frontmatter(mins__ctx *c) {
  mins_doc *d = c->doc;
  const char *s = d->src;
  size_t n = d->len;
  size_t start = 0;
  d->body_off = 0;
  d->body_line = 1;
  if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
    start = 3;
  const char *nl = memchr(s + start, '\n', n - start);
  size_t l1 = nl ? (size_t)(nl - s) : n;
  if (!fence(s + start, l1 - start, 0))
    return MINS_OK;
  d->has_fm = 1;
  /* find the closing fence */
  size_t pos = nl ? l1 + 1 : n;
  unsigned line = 2;
  size_t close = MINS_NONE, after = n;
  while (pos < n) {
    const char *e = memchr(s + pos, '\n', n - pos);
    size_t le = e ? (size_t)(e - s) : n;
    if (fence(s + pos, le - pos, 1)) {
      close = pos;
      after = e ? le + 1 : n;
      break;
    }
    pos = e ? le + 1 : n;
    line++;
  }
  if (close == MINS_NONE) {
    mins__doc_diag(c, "fm-unclosed", 1, 1,
                   "close it with a line '---' after the last key",
                   "front matter is opened with '---' but never closed; "
                   "the file is read as Markdown");
    return MINS_OK;
  }
  d->body_off = after;
  d->body_line = line + 1;
  yctx y;
  memset(&y, 0, sizeof y);
  y.c = c;
  y.line0 = 1; /* YAML text starts on line 2 */
  size_t ys = l1 + 1;
  if (load(&y, s + ys, close - ys) != 0 || !y.have_root)
    return d->arena.failed ? MINS_ENOMEM : MINS_OK;
  if (y.root.type == MINS_VALUE_NULL)
    return MINS_OK;
  if (y.root.type != MINS_VALUE_MAP) {
    mins__doc_diag(c, "fm-not-mapping", y.root.line, y.root.column, NULL,
                   "front matter should be a mapping of keys ('date: ...')");
    return MINS_OK;
  }
  apply(c, &y.root);
  return d->arena.failed ? MINS_ENOMEM : MINS_OK;
}
