/* SPDX-License-Identifier: MIT */
/*
 * The pages that span many meetings: an index of the meetings by committee
 * and date, a register of every resolution and one of every action, each
 * row linking back to the meeting's page and the record's anchor there.
 * A mins_index keeps copies of only what these pages show, so that an
 * export of thousands of meetings frees each document once its own page is
 * written. The order of the pages depends on what they show and the links,
 * not on the order meetings were added, so meetings read in parallel give
 * the same pages. The action register lists each action as the meeting that
 * recorded it states it: carrying actions across meetings is the action
 * tracker's work, not this page's.
 */
#include <stdlib.h>
#include <string.h>

#include "export.h"

typedef struct ix_meeting {
  const char *href, *file, *committee, *title, *date;
  size_t items, resolutions, actions;
  size_t seq;
} ix_meeting;

/* A row of a register: a resolution or an action. */
typedef struct ix_row {
  size_t meeting; /* index: the vector of meetings may move */
  size_t seq;
  const char *id, *item, *item_id, *text;
  /* resolutions */
  const char *outcome, *conditions;
  /* actions */
  const char *number, *owner, *due, *due_text, *status;
} ix_row;

struct mins_index {
  mins__arena arena;
  mins__vec meetings; /* ix_meeting */
  mins__vec res;      /* ix_row */
  mins__vec acts;     /* ix_row */
  size_t seq;
};

int mins_index_new(mins_index **out) {
  if (!out)
    return MINS_EINVAL;
  *out = calloc(1, sizeof(mins_index));
  return *out ? MINS_OK : MINS_ENOMEM;
}

void mins_index_free(mins_index *ix) {
  if (!ix)
    return;
  mins__arena_free(&ix->arena);
  free(ix);
}

static const char *copy(mins_index *ix, const char *s) {
  return s ? mins__strdup(&ix->arena, s) : NULL;
}

/* A row of meeting mi for the record with anchor id in item item_index. */
static ix_row *new_row(mins_index *ix, mins__vec *v, const mins_doc *d,
                       size_t mi, const char *id, const char *item,
                       size_t item_index, const char *text) {
  ix_row *x = VEC_PUSH(&ix->arena, v, ix_row);
  if (!x)
    return NULL;
  char iid[MINS__ID_MAX];
  x->meeting = mi;
  x->seq = ix->seq++;
  x->id = copy(ix, id);
  x->item = copy(ix, item);
  if (item_index != MINS_NONE && item_index < d->items.len) {
    mins__id_item(d, item_index, iid);
    x->item_id = copy(ix, iid);
  }
  x->text = copy(ix, text);
  return x;
}

int mins_index_add(mins_index *ix, const mins_doc *d, const char *href) {
  if (!ix || !d || !href)
    return MINS_EINVAL;
  mins__arena *a = &ix->arena;
  size_t mi = ix->meetings.len;
  ix_meeting *m = VEC_PUSH(a, &ix->meetings, ix_meeting);
  if (!m)
    return MINS_ENOMEM;
  m->href = copy(ix, href);
  m->file = copy(ix, d->name);
  m->committee = copy(ix, d->meeting.committee.value);
  m->title = copy(ix, d->meeting.title.value);
  m->date = copy(ix, d->meeting.date.value);
  m->items = d->items.len;
  m->resolutions = d->resolutions.len;
  m->actions = d->actions.len;
  m->seq = ix->seq++;
  char id[MINS__ID_MAX];
  for (size_t i = 0; i < d->resolutions.len; i++) {
    const mins_resolution *r = &VEC_AT(d->resolutions, mins_resolution, i);
    mins__id_resolution(i, id);
    ix_row *x =
        new_row(ix, &ix->res, d, mi, id, r->item, r->item_index, r->text);
    if (!x)
      return MINS_ENOMEM;
    x->outcome = mins_outcome_name(r->outcome);
    x->conditions = copy(ix, r->conditions);
  }
  for (size_t i = 0; i < d->actions.len; i++) {
    const mins_action *r = &VEC_AT(d->actions, mins_action, i);
    mins__id_action(d, i, id);
    ix_row *x =
        new_row(ix, &ix->acts, d, mi, id, r->item, r->item_index, r->text);
    if (!x)
      return MINS_ENOMEM;
    x->number = copy(ix, r->number);
    x->owner = copy(ix, r->owner);
    x->due = copy(ix, r->due);
    x->due_text = copy(ix, r->due_text);
    x->status = mins_status_name(r->status);
  }
  return a->failed ? MINS_ENOMEM : MINS_OK;
}

const char *mins_index_page_file(mins_index_page page) {
  static const char *const f[] = {"index.html", "resolutions.html",
                                  "actions.html"};
  return (unsigned)page < MINS_INDEX_PAGE_COUNT ? f[page] : NULL;
}

/* ---- order ----------------------------------------------------------------
 */

/* Unknown values sort last. */
static int cmp_opt(const char *a, const char *b) {
  if (!a || !b)
    return a ? -1 : b ? 1 : 0;
  return strcmp(a, b);
}

static int cmp_meeting(const void *pa, const void *pb) {
  const ix_meeting *a = *(ix_meeting *const *)pa, *b = *(ix_meeting *const *)pb;
  int c = cmp_opt(a->committee, b->committee);
  if (!c)
    c = cmp_opt(a->date, b->date);
  if (!c)
    c = strcmp(a->href, b->href);
  return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

/* A row with its meeting, for sorting and writing. */
typedef struct ref {
  const ix_row *r;
  const ix_meeting *m;
} ref;

static int cmp_ref(const void *pa, const void *pb) {
  const ref *a = pa, *b = pb;
  int c = cmp_opt(a->m->date, b->m->date);
  if (!c)
    c = cmp_opt(a->m->committee, b->m->committee);
  if (!c)
    c = strcmp(a->m->href, b->m->href);
  return c ? c : (a->r->seq > b->r->seq) - (a->r->seq < b->r->seq);
}

/* ---- pages ----------------------------------------------------------------
 */

static void nav(mins__sink *o, mins_index_page page) {
  static const char *const label[] = {"Meetings", "Resolutions", "Actions"};
  mins__puts(o, "<nav class=\"site\" aria-label=\"Registers\">");
  for (int p = 0; p < MINS_INDEX_PAGE_COUNT; p++) {
    if (p)
      mins__puts(o, " · ");
    if (p == (int)page)
      mins__putf(o, "<strong aria-current=\"page\">%s</strong>", label[p]);
    else
      mins__putf(o, "<a href=\"%s\">%s</a>",
                 mins_index_page_file((mins_index_page)p), label[p]);
  }
  mins__puts(o, "</nav>\n");
}

/* <time datetime="2019-05-20">2019-05-20</time>: ISO dates sort and read
 * the same in a table. */
static void iso_time(mins__sink *o, const char *iso) {
  mins__puts(o, "<time datetime=\"");
  mins__put_html(o, iso);
  mins__puts(o, "\">");
  mins__put_html(o, iso);
  mins__puts(o, "</time>");
}

static void date_cell(mins__sink *o, const ix_meeting *m) {
  mins__puts(o, "<td><a href=\"");
  mins__put_html(o, m->href);
  mins__puts(o, "\">");
  if (m->date)
    iso_time(o, m->date);
  else
    mins__puts(o, "date not stated");
  mins__puts(o, "</a></td>");
}

static void link(mins__sink *o, const ix_meeting *m, const char *id,
                 const char *text) {
  if (!id) {
    mins__put_html(o, text);
    return;
  }
  mins__puts(o, "<a href=\"");
  mins__put_html(o, m->href);
  mins__putc(o, '#');
  mins__put_html(o, id);
  mins__puts(o, "\">");
  mins__put_html(o, text);
  mins__puts(o, "</a>");
}

static void cell(mins__sink *o, const char *s) {
  mins__puts(o, "<td>");
  mins__put_html(o, s);
  mins__puts(o, "</td>");
}

static void meetings_page(mins__sink *o, const mins_index *ix) {
  size_t n = ix->meetings.len;
  ix_meeting **v = malloc((n ? n : 1) * sizeof *v);
  if (!v) {
    o->err = MINS_ENOMEM;
    return;
  }
  for (size_t i = 0; i < n; i++)
    v[i] = &VEC_AT(ix->meetings, ix_meeting, i);
  qsort(v, n, sizeof *v, cmp_meeting);
  mins__puts(o, "<header>\n<h1>Minutes</h1>\n");
  size_t committees = 0;
  for (size_t i = 0; i < n; i++)
    committees += i == 0 || cmp_opt(v[i]->committee, v[i - 1]->committee);
  mins__putf(o, "<p>%zu meeting%s of %zu committee%s.</p>\n</header>\n<main>\n",
             n, n == 1 ? "" : "s", committees, committees == 1 ? "" : "s");
  for (size_t i = 0; i < n; i++) {
    const ix_meeting *m = v[i];
    if (i == 0 || cmp_opt(m->committee, v[i - 1]->committee)) {
      if (i)
        mins__puts(o, "</tbody>\n</table>\n</section>\n");
      mins__puts(o, "<section>\n<h2>");
      mins__put_html(o, m->committee ? m->committee : "Committee not stated");
      mins__puts(o, "</h2>\n<table>\n<thead><tr><th scope=\"col\">Date</th>"
                    "<th scope=\"col\">Meeting</th>"
                    "<th scope=\"col\">Items</th>"
                    "<th scope=\"col\">Resolutions</th>"
                    "<th scope=\"col\">Actions</th></tr></thead>\n<tbody>\n");
    }
    mins__puts(o, "<tr>");
    date_cell(o, m);
    mins__puts(o, "<td><a href=\"");
    mins__put_html(o, m->href);
    mins__puts(o, "\">");
    mins__put_html(o, m->title ? m->title : m->file);
    mins__puts(o, "</a>");
    mins__putf(o, "</td><td>%zu</td><td>%zu</td><td>%zu</td></tr>\n", m->items,
               m->resolutions, m->actions);
  }
  if (n)
    mins__puts(o, "</tbody>\n</table>\n</section>\n");
  mins__puts(o, "</main>\n");
  free(v);
}

static ref *rows(const mins_index *ix, const mins__vec *src, size_t *n) {
  *n = src->len;
  ref *v = malloc((*n ? *n : 1) * sizeof *v);
  if (!v)
    return NULL;
  for (size_t i = 0; i < *n; i++) {
    v[i].r = &VEC_AT(*src, ix_row, i);
    v[i].m = &VEC_AT(ix->meetings, ix_meeting, v[i].r->meeting);
  }
  qsort(v, *n, sizeof *v, cmp_ref);
  return v;
}

static void item_cell(mins__sink *o, const ref *x) {
  mins__puts(o, "<td>");
  if (x->r->item)
    link(o, x->m, x->r->item_id, x->r->item);
  mins__puts(o, "</td>");
}

/* A register's own cells of a row, after the date and the committee. */
typedef void (*row_fn)(mins__sink *o, const ref *x);

static void res_row(mins__sink *o, const ref *x) {
  const ix_row *r = x->r;
  item_cell(o, x);
  mins__putf(o, "<td><span class=\"outcome\">%s</span></td><td>", r->outcome);
  link(o, x->m, r->id, r->text);
  if (r->conditions) {
    mins__puts(o, " <span class=\"meta\">Conditions: ");
    mins__put_html(o, r->conditions);
    mins__puts(o, "</span>");
  }
  mins__puts(o, "</td>");
}

static void act_row(mins__sink *o, const ref *x) {
  const ix_row *r = x->r;
  mins__puts(o, "<td>");
  if (r->number) {
    mins__puts(o, "<strong>(");
    mins__put_html(o, r->number);
    mins__puts(o, ")</strong> ");
  }
  link(o, x->m, r->id, r->text ? r->text : "(front matter only)");
  mins__puts(o, "</td>");
  item_cell(o, x);
  cell(o, r->owner);
  mins__puts(o, "<td>");
  if (r->due)
    iso_time(o, r->due);
  else
    mins__put_html(o, r->due_text);
  mins__putf(o, "</td><td><span class=\"status\">%s</span></td>", r->status);
}

/* A register: a table of rows by date of meeting. cols are the columns
 * after Date and Committee. */
static void register_page(mins__sink *o, const mins_index *ix,
                          const mins__vec *src, const char *title,
                          const char *noun, const char *note,
                          const char *const *cols, row_fn fn) {
  size_t n;
  ref *v = rows(ix, src, &n);
  if (!v) {
    o->err = MINS_ENOMEM;
    return;
  }
  mins__putf(o,
             "<header>\n<h1>%s</h1>\n<p>%zu %s%s, by date of meeting%s.</p>"
             "\n</header>\n<main>\n<table>\n<thead><tr>"
             "<th scope=\"col\">Date</th><th scope=\"col\">Committee</th>",
             title, n, noun, n == 1 ? "" : "s", note);
  for (int i = 0; cols[i]; i++)
    mins__putf(o, "<th scope=\"col\">%s</th>", cols[i]);
  mins__puts(o, "</tr></thead>\n<tbody>\n");
  for (size_t i = 0; i < n; i++) {
    mins__puts(o, "<tr>");
    date_cell(o, v[i].m);
    cell(o, v[i].m->committee);
    fn(o, &v[i]);
    mins__puts(o, "</tr>\n");
  }
  mins__puts(o, "</tbody>\n</table>\n</main>\n");
  free(v);
}

int mins_index_write_html(const mins_index *ix, mins_index_page page,
                          mins_write_fn write, void *payload) {
  static const char *const titles[] = {"Minutes", "Register of resolutions",
                                       "Register of actions"};
  static const char *const res_cols[] = {"Item", "Outcome", "Resolution", NULL};
  static const char *const act_cols[] = {"Action", "Item",   "Owner",
                                         "Due",    "Status", NULL};
  if (!ix || !write || (unsigned)page >= MINS_INDEX_PAGE_COUNT)
    return MINS_EINVAL;
  mins__sink o;
  mins__sink_init(&o, write, payload);
  mins__html_head(&o, titles[page]);
  nav(&o, page);
  if (page == MINS_INDEX_MEETINGS)
    meetings_page(&o, ix);
  else if (page == MINS_INDEX_RESOLUTIONS)
    register_page(&o, ix, &ix->res, titles[page], "resolution", "", res_cols,
                  res_row);
  else
    register_page(&o, ix, &ix->acts, titles[page], "action",
                  ", each as the meeting that recorded it states it", act_cols,
                  act_row);
  mins__puts(&o, "<footer>\n<p>Generated by mins-export.</p>\n</footer>\n"
                 "</body>\n</html>\n");
  return mins__sink_end(&o);
}
