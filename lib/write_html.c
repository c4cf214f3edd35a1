/* SPDX-License-Identifier: MIT */
/*
 * The HTML writer: one standalone page per meeting that a clerk could
 * publish. Semantic HTML5 (header, nav, main, section per item, aside for
 * its records, footer), the style sheet inside the page with a print part,
 * and nothing fetched from elsewhere: the text is rendered by cmark in its
 * safe mode (raw HTML and javascript: links left out) and images become
 * links, so opening the page makes no request.
 *
 * The body is cut at the items' first lines and each piece rendered on its
 * own, so that an item's section holds exactly its text; the heading that
 * opened an item is replaced by the page's own, and headings inside an
 * item are kept below it. Blocks that hold a resolution or an action are
 * marked for the eye; the records themselves are listed after the item's
 * text with anchors (#item-5, #resolution-2, #action-3) that the index and
 * the registers link to.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmark.h>

#include "export.h"

/* ---- anchors ------------------------------------------------------------ */

static void id_put(char buf[MINS__ID_MAX], const char *prefix, const char *s) {
  size_t k = (size_t)snprintf(buf, MINS__ID_MAX, "%s", prefix);
  for (; s && *s && k + 1 < MINS__ID_MAX; s++) {
    char c = *s;
    int ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
             (c >= 'A' && c <= 'Z') || c == '.' || c == '_' || c == '-';
    buf[k++] = ok ? c : '-';
  }
  buf[k] = '\0';
}

void mins__id_item(const mins_doc *d, size_t i, char buf[MINS__ID_MAX]) {
  const mins_item *it = d->items.data;
  size_t same = 0;
  if (it[i].number) {
    for (size_t k = 0; k < i; k++)
      same += it[k].number && strcmp(it[k].number, it[i].number) == 0;
    id_put(buf, "item-", it[i].number);
    /* the same number twice (a converted document): keep ids unique */
    if (same) {
      size_t n = strlen(buf);
      snprintf(buf + n, MINS__ID_MAX - n, "-%zu", same + 1);
    }
    return;
  }
  for (size_t k = 0; k < i; k++)
    same += !it[k].number;
  snprintf(buf, MINS__ID_MAX, "topic-%zu", same + 1);
}

void mins__id_resolution(size_t i, char buf[MINS__ID_MAX]) {
  snprintf(buf, MINS__ID_MAX, "resolution-%zu", i + 1);
}

void mins__id_action(const mins_doc *d, size_t i, char buf[MINS__ID_MAX]) {
  const mins_action *a = d->actions.data;
  if (a[i].number) {
    id_put(buf, "action-", a[i].number);
    return;
  }
  size_t same = 0;
  for (size_t k = 0; k < i; k++)
    same += !a[k].number;
  snprintf(buf, MINS__ID_MAX, "action-u%zu", same + 1);
}

/* ---- dates ----------------------------------------------------------------
 */

int mins__long_date(const char *iso, char buf[40]) {
  static const char *const days[] = {"Monday",   "Tuesday", "Wednesday",
                                     "Thursday", "Friday",  "Saturday",
                                     "Sunday"};
  static const char *const months[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  int wd = iso ? mins__weekday(iso) : -1;
  if (wd < 0)
    return 0;
  int m = (iso[5] - '0') * 10 + (iso[6] - '0');
  int day = (iso[8] - '0') * 10 + (iso[9] - '0');
  snprintf(buf, 40, "%s %d %s %.4s", days[wd], day, months[m - 1], iso);
  return 1;
}

static void date_html(mins__sink *o, const char *iso) {
  char buf[40];
  if (!iso)
    return;
  mins__puts(o, "<time datetime=\"");
  mins__put_html(o, iso);
  mins__puts(o, "\">");
  mins__put_html(o, mins__long_date(iso, buf) ? buf : iso);
  mins__puts(o, "</time>");
}

/* ---- the page's frame ------------------------------------------------------
 */

const char mins__css[] =
    ":root{--ink:#1b1b1b;--muted:#5a5a5a;--rule:#d0d0d0;--mark:#fff6d6;"
    "--act:#e6f0ff;--accent:#0b4f8a}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0 auto;max-width:46rem;padding:1.5rem 1rem 3rem;"
    "font:1rem/1.5 Georgia,'Times New Roman',serif;color:var(--ink);"
    "background:#fff}\n"
    "a{color:var(--accent)}\n"
    "h1,h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.25}\n"
    "h1{font-size:1.6rem;margin:.2rem 0 1rem}\n"
    "h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:1px solid "
    "var(--rule);padding-bottom:.2rem}\n"
    "h3{font-size:1.05rem;margin:1.2rem 0 .4rem}\n"
    ".site{font:.9rem system-ui,sans-serif;margin-bottom:1rem}\n"
    ".committee{font:600 .95rem system-ui,sans-serif;color:var(--muted);"
    "text-transform:uppercase;letter-spacing:.04em;margin:0}\n"
    "dl.meeting{display:grid;grid-template-columns:max-content 1fr;"
    "gap:.15rem 1rem;margin:0}\n"
    "dl.meeting dt{font-weight:600}\n"
    "dl.meeting dd{margin:0}\n"
    ".num{font-variant-numeric:tabular-nums}\n"
    "nav.agenda ul{list-style:none;padding-left:0}\n"
    ".preamble{color:var(--muted)}\n"
    "ul.people{columns:2 16rem;padding-left:1.2rem}\n"
    ".item{scroll-margin-top:1rem}\n"
    ".exempt-note{font:600 .9rem system-ui,sans-serif;color:#8a1c1c}\n"
    ".has-resolution{background:var(--mark);border-left:4px solid #d4a900;"
    "padding:.1rem .6rem;margin:.6rem 0}\n"
    ".has-action{border-left:4px solid var(--accent);padding:.1rem .6rem;"
    "margin:.6rem 0}\n"
    "aside.records{font-size:.95rem;border:1px solid var(--rule);"
    "border-radius:4px;padding:.2rem 1rem .6rem;margin:1rem 0}\n"
    "aside.records h3{margin-top:.6rem}\n"
    "aside.records li{margin:.3rem 0}\n"
    "li:target,section:target>h2{background:var(--mark)}\n"
    ".outcome,.status{font:600 .8rem system-ui,sans-serif;"
    "text-transform:uppercase;letter-spacing:.03em;padding:0 .3rem;"
    "border:1px solid currentColor;border-radius:3px;margin-right:.3rem}\n"
    ".meta{color:var(--muted);font-size:.9rem}\n"
    "table{border-collapse:collapse;width:100%;font-size:.95rem}\n"
    "th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;"
    "border-bottom:1px solid var(--rule)}\n"
    "th{font-family:system-ui,sans-serif}\n"
    "td time{white-space:nowrap}\n"
    "pre,code{font-family:ui-monospace,monospace;font-size:.9em}\n"
    "pre{overflow-x:auto}\n"
    "blockquote{margin-left:0;padding-left:1rem;border-left:3px solid "
    "var(--rule)}\n"
    "footer{margin-top:3rem;color:var(--muted);font-size:.85rem}\n"
    "@media print{\n"
    "@page{margin:2cm 1.8cm}\n"
    "body{max-width:none;padding:0;font-size:11pt;color:#000}\n"
    "nav,.site{display:none}\n"
    "a{color:inherit;text-decoration:none}\n"
    "h2,h3{break-after:avoid}\n"
    "aside.records,li,tr{break-inside:avoid}\n"
    ".has-resolution{background:none;border-left:2pt solid #000}\n"
    ".has-action{border-left:1pt dashed #000}\n"
    "aside.records{border:1pt solid #000}\n"
    "}\n";

void mins__html_head(mins__sink *o, const char *title) {
  mins__puts(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                "<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, "
                "initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"mins-export\">\n"
                "<title>");
  mins__put_html(o, title);
  mins__puts(o, "</title>\n<style>\n");
  mins__puts(o, mins__css);
  mins__puts(o, "</style>\n</head>\n<body>\n");
}

/* ---- cmark ----------------------------------------------------------------
 */

/* Images would be fetched: make each a link to the same address, with the
 * image's description as its text. */
static void images_to_links(cmark_node *root) {
  cmark_node **imgs = NULL;
  size_t n = 0, cap = 0;
  cmark_iter *it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node *nd = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER &&
        cmark_node_get_type(nd) == CMARK_NODE_IMAGE) {
      if (n == cap) {
        cap = cap ? cap * 2 : 8;
        cmark_node **v = realloc(imgs, cap * sizeof *v);
        if (!v)
          break;
        imgs = v;
      }
      imgs[n++] = nd;
    }
  }
  cmark_iter_free(it);
  for (size_t i = 0; i < n; i++) {
    cmark_node *img = imgs[i];
    cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
    if (!link)
      continue;
    cmark_node_set_url(link, cmark_node_get_url(img));
    cmark_node_set_title(link, cmark_node_get_title(img));
    cmark_node *c;
    while ((c = cmark_node_first_child(img)) != NULL)
      cmark_node_append_child(link, c);
    if (!cmark_node_first_child(link)) {
      cmark_node *t = cmark_node_new(CMARK_NODE_TEXT);
      if (t) {
        cmark_node_set_literal(t, "image");
        cmark_node_append_child(link, t);
      }
    }
    cmark_node_insert_before(img, link);
    cmark_node_free(img);
  }
  free(imgs);
}

/* Headings inside a piece go below the page's h1 and the items' h2. */
static void push_headings(cmark_node *root, int min) {
  cmark_iter *it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node *nd = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER &&
        cmark_node_get_type(nd) == CMARK_NODE_HEADING &&
        cmark_node_get_heading_level(nd) < min)
      cmark_node_set_heading_level(nd, min);
  }
  cmark_iter_free(it);
}

/* Which records stand on the lines [first, last] of item ix. */
static unsigned marks(const mins_doc *d, size_t ix, unsigned first,
                      unsigned last) {
  unsigned m = 0;
  for (size_t i = 0; i < d->resolutions.len; i++) {
    const mins_resolution *r = &VEC_AT(d->resolutions, mins_resolution, i);
    if (r->item_index == ix && r->line >= first && r->line <= last)
      m |= 1;
  }
  for (size_t i = 0; i < d->actions.len; i++) {
    const mins_action *a = &VEC_AT(d->actions, mins_action, i);
    if (a->item_index == ix && a->line >= first && a->line <= last)
      m |= 2;
    for (size_t k = 0; k < a->mention_count; k++)
      if (a->mentions[k].item_index == ix && a->mentions[k].line >= first &&
          a->mentions[k].line <= last)
        m |= 2;
  }
  return m;
}

/* Render src[start, end) (whose first line is file line `line`) as the text
 * of item ix (MINS_NONE: before the first item). drop_heading: the piece
 * opens with the item's heading, which the page replaces. */
static void piece(mins__sink *o, const mins_doc *d, size_t start, size_t end,
                  unsigned line, size_t ix, int drop_heading) {
  if (end <= start)
    return;
  cmark_node *doc =
      cmark_parse_document(d->src + start, end - start, CMARK_OPT_DEFAULT);
  if (!doc) {
    o->err = MINS_ENOMEM;
    return;
  }
  cmark_node *first = cmark_node_first_child(doc);
  if (drop_heading && first &&
      cmark_node_get_type(first) == CMARK_NODE_HEADING &&
      cmark_node_get_start_line(first) == 1)
    cmark_node_free(first);
  images_to_links(doc);
  push_headings(doc, 3);
  for (cmark_node *b = cmark_node_first_child(doc); b; b = cmark_node_next(b)) {
    unsigned f = line + (unsigned)cmark_node_get_start_line(b) - 1;
    unsigned l = line + (unsigned)cmark_node_get_end_line(b) - 1;
    unsigned m = marks(d, ix, f, l);
    char *html = cmark_render_html(b, CMARK_OPT_DEFAULT);
    if (!html) {
      o->err = MINS_ENOMEM;
      break;
    }
    if (m)
      mins__puts(o, m == 1   ? "<div class=\"has-resolution\">\n"
                    : m == 2 ? "<div class=\"has-action\">\n"
                             : "<div class=\"has-resolution has-action\">\n");
    mins__puts(o, html);
    if (m)
      mins__puts(o, "</div>\n");
    free(html);
  }
  cmark_node_free(doc);
}

/* ---- the records ------------------------------------------------------------
 */

static void person(mins__sink *o, const mins_person *p) {
  mins__puts(o, "<li>");
  if (p->title) {
    mins__put_html(o, p->title);
    mins__putc(o, ' ');
  }
  mins__put_html(o, p->name);
  if (p->honours) {
    mins__putc(o, ' ');
    mins__put_html(o, p->honours);
  }
  if (p->role) {
    mins__puts(o, " <span class=\"meta\">(");
    mins__put_html(o, p->role);
    mins__puts(o, ")</span>");
  }
  if (p->organisation) {
    mins__puts(o, ", <span class=\"meta\">");
    mins__put_html(o, p->organisation);
    mins__puts(o, "</span>");
  }
  mins__puts(o, "</li>\n");
}

static void attendance(mins__sink *o, const mins_doc *d) {
  static const char *const heads[] = {"Present", "In attendance", "Apologies",
                                      "Absent"};
  size_t total = 0;
  for (int l = 0; l < MINS_LIST_COUNT; l++)
    total += d->people[l].len;
  if (!total)
    return;
  mins__puts(o, "<section id=\"attendance\">\n<h2>Attendance</h2>\n");
  for (int l = 0; l < MINS_LIST_COUNT; l++) {
    if (!d->people[l].len)
      continue;
    mins__putf(o, "<h3>%s</h3>\n<ul class=\"people %s\">\n", heads[l],
               mins_list_name((mins_list)l));
    for (size_t i = 0; i < d->people[l].len; i++)
      person(o, &VEC_AT(d->people[l], mins_person, i));
    mins__puts(o, "</ul>\n");
  }
  mins__puts(o, "</section>\n");
}

static void item_link(mins__sink *o, const mins_doc *d, size_t ix) {
  char id[MINS__ID_MAX];
  if (ix == MINS_NONE || ix >= d->items.len)
    return;
  const mins_item *it = &VEC_AT(d->items, mins_item, ix);
  mins__id_item(d, ix, id);
  mins__puts(o, "<a href=\"#");
  mins__puts(o, id);
  mins__puts(o, "\">");
  if (it->number) {
    mins__puts(o, "item ");
    mins__put_html(o, it->number);
  } else {
    mins__put_html(o, it->title ? it->title : "topic");
  }
  mins__puts(o, "</a>");
}

static void declarations(mins__sink *o, const mins_doc *d) {
  if (!d->decls.len && !d->decl_none)
    return;
  mins__puts(o, "<section id=\"declarations\">\n"
                "<h2>Declarations of interest</h2>\n");
  if (!d->decls.len) {
    mins__puts(o, "<p>There were no declarations.</p>\n</section>\n");
    return;
  }
  mins__puts(o, "<ul>\n");
  for (size_t i = 0; i < d->decls.len; i++) {
    const mins_declaration *x = &VEC_AT(d->decls, mins_declaration, i);
    mins__puts(o, "<li>");
    if (x->name) {
      mins__puts(o, "<strong>");
      mins__put_html(o, x->name);
      mins__puts(o, "</strong>");
    }
    if (x->item) {
      mins__puts(o, " <span class=\"meta\">(item ");
      mins__put_html(o, x->item);
      mins__puts(o, ")</span>");
    }
    if (x->text && (!x->name || strcmp(x->text, x->name) != 0)) {
      mins__puts(o, x->name || x->item ? ": " : "");
      mins__put_html(o, x->text);
    }
    mins__puts(o, "</li>\n");
  }
  mins__puts(o, "</ul>\n</section>\n");
}

static void resolution(mins__sink *o, const mins_doc *d, size_t i) {
  const mins_resolution *r = &VEC_AT(d->resolutions, mins_resolution, i);
  char id[MINS__ID_MAX];
  mins__id_resolution(i, id);
  const char *oc = mins_outcome_name(r->outcome);
  mins__putf(o, "<li id=\"%s\" class=\"resolution outcome-%s\">", id, oc);
  mins__putf(o, "<span class=\"outcome\">%s</span> ", oc);
  mins__put_html(o, r->text);
  if (r->conditions) {
    mins__puts(o, " <span class=\"meta\">Conditions: ");
    mins__put_html(o, r->conditions);
    mins__puts(o, "</span>");
  }
  mins__puts(o, "</li>\n");
}

static void action(mins__sink *o, const mins_doc *d, size_t i) {
  const mins_action *a = &VEC_AT(d->actions, mins_action, i);
  char id[MINS__ID_MAX];
  mins__id_action(d, i, id);
  const char *st = mins_status_name(a->status);
  mins__putf(o, "<li id=\"%s\" class=\"action status-%s\">", id, st);
  if (a->number) {
    mins__puts(o, "<strong class=\"num\">(");
    mins__put_html(o, a->number);
    mins__puts(o, ")</strong> ");
  }
  if (a->text)
    mins__put_html(o, a->text);
  else
    mins__puts(o, "<em>(stated in the front matter only)</em>");
  mins__puts(o, "<br><span class=\"meta\">Owner: ");
  mins__put_html(o, a->owner ? a->owner : "not stated");
  mins__puts(o, "; due: ");
  if (a->due)
    date_html(o, a->due);
  else if (!a->due_text)
    mins__puts(o, "not stated");
  if (a->due_text) {
    mins__puts(o, a->due ? " (" : "");
    mins__put_html(o, a->due_text);
    mins__puts(o, a->due ? ")" : "");
  }
  mins__putf(o, "; </span><span class=\"status\">%s</span>", st);
  if (a->flags & MINS_ACTION_INFERRED)
    mins__puts(o, " <span class=\"meta\">(read from the sentence)</span>");
  int said = 0;
  for (size_t k = 0; k < a->mention_count; k++) {
    const mins_mention *m = &a->mentions[k];
    if (m->item_index == MINS_NONE)
      continue;
    mins__puts(o, said++ ? ", "
                         : "<br><span class=\"meta\">Mentioned again "
                           "in ");
    item_link(o, d, m->item_index);
  }
  if (said)
    mins__puts(o, "</span>");
  mins__puts(o, "</li>\n");
}

static void review(mins__sink *o, const mins_doc *d, size_t i) {
  const mins_review *r = &VEC_AT(d->reviews, mins_review, i);
  const char *st = mins_status_name(r->status);
  mins__putf(o, "<li id=\"review-%zu\" class=\"review status-%s\">", i + 1, st);
  mins__puts(o, "Action ");
  if (r->ref_number) {
    mins__puts(o, "(");
    mins__put_html(o, r->ref_number);
    mins__puts(o, ")");
  }
  if (r->ref_date) {
    mins__puts(o, " of ");
    date_html(o, r->ref_date);
  }
  mins__putf(o, " <span class=\"status\">%s</span>", st);
  const char *txt = r->note ? r->note : r->text;
  if (txt) {
    mins__puts(o, " ");
    mins__put_html(o, txt);
  }
  mins__puts(o, "</li>\n");
}

/* The records of item ix (MINS_NONE: those outside every item). */
static void records(mins__sink *o, const mins_doc *d, size_t ix) {
  size_t nr = 0, na = 0, nm = 0, nv = 0;
  for (size_t i = 0; i < d->resolutions.len; i++)
    nr += VEC_AT(d->resolutions, mins_resolution, i).item_index == ix;
  for (size_t i = 0; i < d->actions.len; i++) {
    const mins_action *a = &VEC_AT(d->actions, mins_action, i);
    na += a->item_index == ix;
    for (size_t k = 0; k < a->mention_count && ix != MINS_NONE; k++)
      nm += a->mentions[k].item_index == ix && a->item_index != ix;
  }
  for (size_t i = 0; i < d->reviews.len; i++)
    nv += VEC_AT(d->reviews, mins_review, i).item_index == ix;
  if (!nr && !na && !nm && !nv)
    return;
  mins__puts(o, "<aside class=\"records\">\n");
  if (nr) {
    mins__puts(o, "<h3>Resolutions</h3>\n<ul class=\"resolutions\">\n");
    for (size_t i = 0; i < d->resolutions.len; i++)
      if (VEC_AT(d->resolutions, mins_resolution, i).item_index == ix)
        resolution(o, d, i);
    mins__puts(o, "</ul>\n");
  }
  if (na) {
    mins__puts(o, "<h3>Actions</h3>\n<ul class=\"actions\">\n");
    for (size_t i = 0; i < d->actions.len; i++)
      if (VEC_AT(d->actions, mins_action, i).item_index == ix)
        action(o, d, i);
    mins__puts(o, "</ul>\n");
  }
  if (nm) {
    mins__puts(o, "<h3>Actions mentioned again</h3>\n<ul>\n");
    for (size_t i = 0; i < d->actions.len; i++) {
      const mins_action *a = &VEC_AT(d->actions, mins_action, i);
      int here = 0;
      for (size_t k = 0; k < a->mention_count; k++)
        here |= a->mentions[k].item_index == ix;
      if (!here || a->item_index == ix)
        continue;
      char id[MINS__ID_MAX];
      mins__id_action(d, i, id);
      mins__putf(o, "<li><a href=\"#%s\">Action", id);
      if (a->number) {
        mins__puts(o, " (");
        mins__put_html(o, a->number);
        mins__puts(o, ")");
      }
      mins__puts(o, "</a>");
      if (a->item_index != MINS_NONE) {
        mins__puts(o, " of ");
        item_link(o, d, a->item_index);
      }
      mins__puts(o, "</li>\n");
    }
    mins__puts(o, "</ul>\n");
  }
  if (nv) {
    mins__puts(o,
               "<h3>Earlier actions reviewed</h3>\n<ul class=\"reviews\">\n");
    for (size_t i = 0; i < d->reviews.len; i++)
      if (VEC_AT(d->reviews, mins_review, i).item_index == ix)
        review(o, d, i);
    mins__puts(o, "</ul>\n");
  }
  mins__puts(o, "</aside>\n");
}

static void header(mins__sink *o, const mins_doc *d, const char *h1,
                   const mins_html_options *opts) {
  const mins_meeting *m = &d->meeting;
  if (opts && opts->index) {
    mins__puts(o, "<nav class=\"site\"><a href=\"");
    mins__put_html(o, opts->index);
    mins__puts(o, "\">All meetings</a></nav>\n");
  }
  mins__puts(o, "<header>\n");
  if (m->committee.value && strcmp(h1, m->committee.value) != 0) {
    mins__puts(o, "<p class=\"committee\">");
    mins__put_html(o, m->committee.value);
    mins__puts(o, "</p>\n");
  }
  mins__puts(o, "<h1>");
  mins__put_html(o, h1);
  mins__puts(o, "</h1>\n<dl class=\"meeting\">\n");
  if (m->date.value) {
    mins__puts(o, "<dt>Date</dt><dd>");
    date_html(o, m->date.value);
    mins__puts(o, "</dd>\n");
  }
  if (m->time.value) {
    mins__puts(o, "<dt>Time</dt><dd><time>");
    mins__put_html(o, m->time.value);
    mins__puts(o, "</time>");
    if (m->end_time.value) {
      mins__puts(o, " to <time>");
      mins__put_html(o, m->end_time.value);
      mins__puts(o, "</time>");
    }
    mins__puts(o, "</dd>\n");
  }
  const char *labels[] = {"Place", "Chair", "Clerk"};
  const char *vals[] = {m->location.value, m->chair.value, m->clerk.value};
  for (int i = 0; i < 3; i++) {
    if (!vals[i])
      continue;
    mins__putf(o, "<dt>%s</dt><dd>", labels[i]);
    mins__put_html(o, vals[i]);
    mins__puts(o, "</dd>\n");
  }
  if (m->previous.value) {
    mins__puts(o, "<dt>Previous meeting</dt><dd>");
    date_html(o, m->previous.value);
    mins__puts(o, "</dd>\n");
  }
  mins__puts(o, "</dl>\n</header>\n");
}

static void agenda(mins__sink *o, const mins_doc *d) {
  if (!d->items.len)
    return;
  mins__puts(o, "<nav class=\"agenda\" aria-label=\"Agenda\">\n"
                "<h2>Agenda</h2>\n<ul>\n");
  for (size_t i = 0; i < d->items.len; i++) {
    const mins_item *it = &VEC_AT(d->items, mins_item, i);
    char id[MINS__ID_MAX];
    mins__id_item(d, i, id);
    mins__putf(o, "<li><a href=\"#%s\">", id);
    if (it->number) {
      mins__puts(o, "<span class=\"num\">");
      mins__put_html(o, it->number);
      mins__puts(o, "</span> ");
    }
    mins__put_html(o, it->title ? it->title : "");
    mins__puts(o, "</a></li>\n");
  }
  mins__puts(o, "</ul>\n</nav>\n");
}

/* The first line of the body, skipping a byte-order mark. */
static size_t body_start(const mins_doc *d) {
  size_t p = d->body_off;
  if (p == 0 && d->len >= 3 && memcmp(d->src, "\xEF\xBB\xBF", 3) == 0)
    p = 3;
  return p;
}

static void items(mins__sink *o, const mins_doc *d) {
  const mins_item *it = d->items.data;
  size_t ni = d->items.len;
  size_t start = body_start(d);
  size_t first = ni ? it[0].offset : d->len;
  if (first < start)
    first = start;
  if (first > start) {
    mins__puts(o, "<section class=\"preamble\" aria-label=\"Preamble\">\n");
    piece(o, d, start, first, d->body_line, MINS_NONE, 0);
    mins__puts(o, "</section>\n");
  }
  for (size_t i = 0; i < ni; i++) {
    char id[MINS__ID_MAX];
    mins__id_item(d, i, id);
    size_t s = it[i].offset, e = d->len;
    for (size_t k = i + 1; k < ni; k++)
      if (it[k].offset >= s) {
        e = it[k].offset;
        break;
      }
    mins__putf(o, "<section class=\"item%s\" id=\"%s\">\n<h2>",
               it[i].flags & MINS_ITEM_EXEMPT ? " exempt" : "", id);
    if (it[i].number) {
      mins__puts(o, "<span class=\"num\">");
      mins__put_html(o, it[i].number);
      mins__puts(o, strchr(it[i].number, '/') ? "</span> " : ".</span> ");
    }
    mins__put_html(o, it[i].title ? it[i].title : "");
    mins__puts(o, "</h2>\n");
    if (it[i].flags & MINS_ITEM_EXEMPT)
      mins__puts(o, "<p class=\"exempt-note\">Exempt: not for "
                    "publication.</p>\n");
    piece(o, d, s, e, it[i].line, i, (it[i].flags & MINS_ITEM_HEADING) != 0);
    records(o, d, i);
    mins__puts(o, "</section>\n");
  }
  /* records outside every item: before the first, or the front matter's */
  size_t outside = 0;
  for (size_t i = 0; i < d->resolutions.len; i++)
    outside +=
        VEC_AT(d->resolutions, mins_resolution, i).item_index == MINS_NONE;
  for (size_t i = 0; i < d->actions.len; i++)
    outside += VEC_AT(d->actions, mins_action, i).item_index == MINS_NONE;
  for (size_t i = 0; i < d->reviews.len; i++)
    outside += VEC_AT(d->reviews, mins_review, i).item_index == MINS_NONE;
  if (outside) {
    mins__puts(o, "<section id=\"other-records\">\n"
                  "<h2>Recorded outside the agenda items</h2>\n");
    records(o, d, MINS_NONE);
    mins__puts(o, "</section>\n");
  }
}

int mins_doc_write_html(const mins_doc *d, const mins_html_options *opts,
                        mins_write_fn write, void *payload) {
  if (!d || !write || (opts && opts->version != MINS_HTML_OPTIONS_VERSION))
    return MINS_EINVAL;
  const mins_meeting *m = &d->meeting;
  char date[40];
  const char *h1 = m->title.value       ? m->title.value
                   : m->committee.value ? m->committee.value
                                        : "Minutes";
  mins__sink o;
  mins__sink_init(&o, write, payload);
  /* the tab's title: the committee and the date, what tells pages apart */
  mins__buf t = {0};
  const char *ts = m->committee.value ? m->committee.value : h1;
  mins__buf_add(&t, ts, strlen(ts));
  if (m->date.value && mins__long_date(m->date.value, date)) {
    mins__buf_add(&t, ", ", 2);
    mins__buf_add(&t, date, strlen(date));
  }
  mins__buf_addc(&t, '\0');
  mins__html_head(&o, t.failed ? h1 : t.s);
  mins__buf_free(&t);
  header(&o, d, h1, opts);
  agenda(&o, d);
  mins__puts(&o, "<main>\n");
  attendance(&o, d);
  declarations(&o, d);
  items(&o, d);
  mins__puts(&o, "</main>\n<footer>\n<p>Generated by mins-export from "
                 "<code>");
  mins__put_html(&o, opts && opts->source ? opts->source : d->name);
  mins__puts(&o, "</code>.</p>\n</footer>\n</body>\n</html>\n");
  return mins__sink_end(&o);
}
