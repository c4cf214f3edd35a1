/* SPDX-License-Identifier: MIT */
/* people.c: a person's parts, and runs of people in every form. */
#include "unit.h"

static void parse_one(const char *s, const char *name, const char *title,
                      const char *hon, const char *role, const char *org) {
  mins__arena a = {0};
  mins_person p;
  assert_int_equal(mins__person_parse(&a, s, strlen(s), &p), 1);
  assert_string_equal(p.name, name);
#define OPT(field, want)                                                       \
  if (want)                                                                    \
    assert_string_equal(p.field, want);                                        \
  else                                                                         \
    assert_null(p.field);
  OPT(title, title)
  OPT(honours, hon)
  OPT(role, role)
  OPT(organisation, org)
#undef OPT
  mins__arena_free(&a);
}

static void one_person(void **state) {
  (void)state;
  parse_one("Deputy Tom Sleigh", "Tom Sleigh", "Deputy", NULL, NULL, NULL);
  /* a mention of a display name, a handle */
  parse_one("@Maya Chen", "Maya Chen", NULL, NULL, NULL, NULL);
  parse_one("@maria.k", "@maria.k", NULL, NULL, NULL, NULL);
  parse_one("Peter Lisley (Deputy Chairman)", "Peter Lisley", NULL, NULL,
            "Deputy Chairman", NULL);
  parse_one("Lee Presland, City of London Police", "Lee Presland", NULL, NULL,
            NULL, "City of London Police");
  parse_one("Chris Pelham -\tAssistant Director, Community and Children's "
            "Services",
            "Chris Pelham", NULL, NULL,
            "Assistant Director, Community and Children's Services", NULL);
  parse_one("Chris Rumbles, Clerk -\tTown Clerk's Department", "Chris Rumbles",
            NULL, NULL, "Clerk, Town Clerk's Department", NULL);
  parse_one("Alderman Sir David Wootton OBE JP", "David Wootton",
            "Alderman Sir", "OBE JP", NULL, NULL);
  parse_one("Cllr Mrs D Clements (Vice-Chair)", "D Clements", "Cllr Mrs", NULL,
            "Vice-Chair", NULL);
  parse_one("Director of Travel & Transportation (Mr. P. Crowe)", "P. Crowe",
            "Mr.", NULL, "Director of Travel & Transportation", NULL);
  parse_one("Vicky Bright \xE2\x80\x93 Clerk", "Vicky Bright", NULL, NULL,
            "Clerk", NULL);
  parse_one("Mr M Storey (arrived at 10.12am)", "M Storey", "Mr", NULL,
            "arrived at 10.12am", NULL);
  parse_one("Councillor Graham Pryce (Leader of the Council) (in the Chair)",
            "Graham Pryce", "Councillor", NULL,
            "Leader of the Council, in the Chair", NULL);
  mins__arena a = {0};
  mins_person p;
  assert_int_equal(mins__person_parse(&a, "6 members of the public", 23, &p),
                   0);
  assert_int_equal(mins__person_parse(&a, "None", 4, &p), 0);
  mins__arena_free(&a);
}

static void run_on_line(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "## Attendees\n\n"
      "Douglas Barrow (Chairman) Peter Lisley (Deputy Chairman) Lee Presland, "
      "City of London Police Lauren Tucker, Guinness Trust Jon Averns, City of "
      "London Corporation Tim Wiseman, CCG David Bulbrook, London Fire "
      "Brigade\n\n"
      "Chris Pelham -\tAssistant Director\nXenia Koumi -\tProject Officer\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 7);
  static const char *const names[] = {
      "Douglas Barrow", "Peter Lisley", "Lee Presland",  "Lauren Tucker",
      "Jon Averns",     "Tim Wiseman",  "David Bulbrook"};
  static const char *const orgs[] = {NULL,
                                     NULL,
                                     "City of London Police",
                                     "Guinness Trust",
                                     "City of London Corporation",
                                     "CCG",
                                     "London Fire Brigade"};
  for (size_t i = 0; i < 7; i++) {
    const mins_person *p = mins_doc_person(d, MINS_PRESENT, i);
    assert_string_equal(p->name, names[i]);
    if (orgs[i])
      assert_string_equal(p->organisation, orgs[i]);
    assert_int_equal(p->line, 3);
  }
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 0)->role, "Chairman");
  assert_int_equal(mins_doc_person(d, MINS_PRESENT, 1)->column, 27);
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 2);
  assert_int_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 1)->line, 6);
  assert_string_equal(mins_doc_meeting(d)->chair.value, "Douglas Barrow");
  mins_doc_free(d);
}

static void apologies_sentence(void **state) {
  (void)state;
  mins_doc *d = unit_parse("## 1. Apologies\n\nApologies were received from "
                           "Don Randall, David Maher, Bob Benton and Alex "
                           "Wrigley.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 4);
  assert_string_equal(mins_doc_person(d, MINS_APOLOGIES, 3)->name,
                      "Alex Wrigley");
  assert_int_equal(mins_doc_person(d, MINS_APOLOGIES, 1)->column, 43);
  mins_doc_free(d);
  d = unit_parse("## 1. Apologies\n\nThere were no apologies.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 0);
  mins_doc_free(d);
}

static void labels(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "**Present:** Cllr. R. Crisp - Chair, Cllr. A. Collins - Vice Chair, "
      "Cllr. S. Leet & Cllr. M. Peake.\n\n"
      "Regrets: Evan Owens, Ric Wright\n\n"
      "MEMBERS PRESENT:\n\nCouncillors Browne, Collins and Galvin.\n\n"
      "## 1. Item\n\nText.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 7);
  const mins_person *p = mins_doc_person(d, MINS_PRESENT, 0);
  assert_string_equal(p->name, "R. Crisp");
  assert_string_equal(p->title, "Cllr.");
  assert_string_equal(p->role, "Chair");
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 3)->name, "M. Peake");
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 4)->name, "Browne");
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 4)->title, "Councillor");
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 2);
  mins_doc_free(d);
}

static void lists(void **state) {
  (void)state;
  mins_doc *d = unit_parse("### Present\n\n* Shigeki Ohtsu (TSC)\n* Colin "
                           "Ihrig (TSC)\n* Mikeal Rogers\n\n### Standup\n\n"
                           "* **Shigeki**: preparing.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 3);
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 0)->role, "TSC");
  assert_int_equal(mins_doc_person(d, MINS_PRESENT, 2)->line, 5);
  mins_doc_free(d);
}

static void declarations(void **state) {
  (void)state;
  mins_doc *d = unit_parse("## 2. Declarations of interest\n\nThere were no "
                           "declarations.\n");
  unsigned line;
  assert_true(mins_doc_declarations_none(d, &line));
  assert_int_equal(line, 3);
  mins_doc_free(d);
  d = unit_parse("## 2. Declarations\n\nCllr. Jenkinson, declared an interest "
                 "in Item 14 on the agenda.\n");
  assert_int_equal(mins_doc_declaration_count(d), 1);
  assert_string_equal(mins_doc_declaration(d, 0)->name, "Jenkinson");
  assert_string_equal(mins_doc_declaration(d, 0)->item, "14");
  mins_doc_free(d);
  d = unit_parse("## 3 CONFLICTS OF INTEREST\n\nThere were no conflicts of "
                 "interest declared.\n");
  assert_true(mins_doc_declarations_none(d, &line));
  assert_int_equal(mins_doc_declaration_count(d), 0);
  mins_doc_free(d);
  /* several in one paragraph, each with its item */
  d = unit_parse("## 1. Declarations of interest\n\nCllr Jones declared a "
                 "non-pecuniary interest in item 4 as a Scout leader. Cllr "
                 "Patel declared a pecuniary interest in item 5 (application "
                 "25/0012) and left the room.\n");
  assert_int_equal(mins_doc_declaration_count(d), 2);
  assert_string_equal(mins_doc_declaration(d, 0)->item, "4");
  assert_string_equal(mins_doc_declaration(d, 1)->name, "Patel");
  assert_string_equal(mins_doc_declaration(d, 1)->item, "5");
  mins_doc_free(d);
}

/* Head counts are no one; lines without commas are a person each. */
static void counts_and_lines(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Parkside TRA\n\nPresent:\nJoan Feeney - Chair\nTariq Aziz - "
      "Secretary\nRay Fletcher\nplus 23 tenants and residents (see "
      "attendance sheet)\n\n**Also present:** two observers, Gail Porter, "
      "4 members of the public\n\n## 1. Welcome\n\nHello.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 3);
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 1)->name, "Tariq Aziz");
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 1)->role, "Secretary");
  assert_int_equal(mins_doc_person(d, MINS_PRESENT, 1)->line, 5);
  assert_string_equal(mins_doc_meeting(d)->clerk.value, "Tariq Aziz");
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 1);
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 0)->name,
                      "Gail Porter");
  mins_doc_free(d);
}

/* A table headed by its own label; bodies in brackets are organisations;
 * a title alone is a post; declarations in a declarations item. */
static void tables_and_bodies(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Board\n\n| **Present:** | |\n|---|---|\n| Professor Sir Alan "
      "Hargreaves | Chair |\n| Dr Priya Raman | Chief Executive |\n\n"
      "**In attendance:** Cllr Kenneth Fraser (Highland Council), PC Lewis "
      "Duncan (Police Scotland), Helen Yeo (Democratic Services), Dr. Robert "
      "Hayes, Superintendent\n\n### 46/23 Declarations of Interest\n\n"
      "Mr Ng declared that he is a trustee of the Carers' Trust, referenced "
      "in item 52/23.\n\n### 52/23 Carers\n\nMr Ng, having declared his "
      "interest, left the room.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 2);
  const mins_person *p = mins_doc_person(d, MINS_PRESENT, 0);
  assert_string_equal(p->name, "Alan Hargreaves");
  assert_string_equal(p->role, "Chair");
  assert_int_equal(p->line, 5);
  assert_string_equal(mins_doc_meeting(d)->chair.value, "Alan Hargreaves");
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 4);
  p = mins_doc_person(d, MINS_IN_ATTENDANCE, 0);
  assert_string_equal(p->organisation, "Highland Council");
  assert_null(p->role);
  p = mins_doc_person(d, MINS_IN_ATTENDANCE, 1);
  assert_string_equal(p->name, "Lewis Duncan");
  assert_string_equal(p->title, "PC");
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 2)->role,
                      "Democratic Services");
  p = mins_doc_person(d, MINS_IN_ATTENDANCE, 3);
  assert_string_equal(p->name, "Robert Hayes");
  assert_string_equal(p->role, "Superintendent");
  assert_int_equal(mins_doc_declaration_count(d), 1);
  assert_string_equal(mins_doc_declaration(d, 0)->name, "Ng");
  assert_string_equal(mins_doc_declaration(d, 0)->item, "52/23");
  mins_doc_free(d);
  /* a post that names a unit is a post, not an organisation or a person */
  d = unit_parse(
      "# Board\n\nAlso present: Linda Cho, Assistant "
      "Superintendent of Business Services; Alex Ruiz, Student Board "
      "Member\n\n## 1. Call to order\n\nCalled.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 2);
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 0)->role,
                      "Assistant Superintendent of Business Services");
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 1)->role,
                      "Student Board Member");
  mins_doc_free(d);
}

/* A long role in brackets leaves a name a name; roles in brackets one
 * after the other make one role, and the chair is read from it. */
static void bracketed_roles(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Cabinet\n\n**PRESENT:**\n\nCouncillor Graham Pryce (Leader of the "
      "Council) (in the Chair)\n\n**Officers in attendance:** Jane Armitage "
      "(Chief Executive), Clare Oduya (Director of Resources and Section 151 "
      "Officer), Paul Dent (Monitoring Officer).\n\n## 1. Minutes\n\n"
      "RESOLVED: That the minutes be approved.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 1);
  assert_string_equal(mins_doc_meeting(d)->chair.value, "Graham Pryce");
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 3);
  const mins_person *p = mins_doc_person(d, MINS_IN_ATTENDANCE, 1);
  assert_string_equal(p->name, "Clare Oduya");
  assert_string_equal(p->role, "Director of Resources and Section 151 Officer");
  assert_int_equal(p->line, 7);
  mins_doc_free(d);
}

static void table(void **state) {
  (void)state;
  mins_doc *d = unit_parse("## Present\n\n| Name | Role | Organisation |\n"
                           "|---|---|---|\n| Jane Smith | Chair | Parish "
                           "Council |\n| Cllr Bob Jones | | |\n\n## 1. "
                           "Item\n\nx\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 2);
  const mins_person *p = mins_doc_person(d, MINS_PRESENT, 0);
  assert_string_equal(p->name, "Jane Smith");
  assert_string_equal(p->role, "Chair");
  assert_string_equal(p->organisation, "Parish Council");
  assert_int_equal(p->line, 5);
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 1)->title, "Cllr");
  mins_doc_free(d);
}

/* Several bold labels on the lines of one paragraph, as a board's
 * minutes open; "Name, Post"; "Board members present". */
static void label_lines(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Willow Creek Homeowners Association\n\n"
      "**Board members present:** Linda Park (President), Tom Reyes\n"
      "**Absent:** Mark Ellis\n"
      "**Also present:** Jenna Moss, Community Manager; L. Nguyen, Clerk\n\n"
      "Text.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 2);
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 0)->role, "President");
  assert_int_equal(mins_doc_person_count(d, MINS_ABSENT), 1);
  assert_string_equal(mins_doc_person(d, MINS_ABSENT, 0)->name, "Mark Ellis");
  assert_int_equal(mins_doc_person(d, MINS_ABSENT, 0)->line, 4);
  assert_int_equal(mins_doc_person(d, MINS_ABSENT, 0)->column, 13);
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 2);
  const mins_person *p = mins_doc_person(d, MINS_IN_ATTENDANCE, 0);
  assert_string_equal(p->name, "Jenna Moss");
  assert_string_equal(p->role, "Community Manager");
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 1)->role, "Clerk");
  mins_doc_free(d);
  /* a surname that is also a post stays a name */
  d = unit_parse("**Present:** John Smith, Sarah Head, Tom Guest\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 3);
  mins_doc_free(d);
}

/* The chair from "X called the meeting to order", only when X is present. */
static void chair_calls_to_order(void **state) {
  (void)state;
  mins_doc *d = unit_parse("# Council\n\n**Present:** Mayor J. Tremblay, "
                           "Councillor R. Wong\n\n### 1. CALL TO ORDER\n\n"
                           "Mayor Tremblay called the meeting to order at 7:00 "
                           "p.m.\n");
  assert_string_equal(mins_doc_meeting(d)->chair.value, "J. Tremblay");
  assert_int_equal(mins_doc_meeting(d)->chair.line, 7);
  mins_doc_free(d);
  d = unit_parse("# Council\n\n**Present:** Councillor R. Wong\n\n"
                 "### 1. CALL TO ORDER\n\nThe meeting was called to order by "
                 "Mayor Tremblay at 7:00 p.m.\n");
  assert_null(mins_doc_meeting(d)->chair.value);
  mins_doc_free(d);
}

/* US roll calls: labels a line in one paragraph, "Name, Post" pieces
 * between semicolons; the clerk from the signature. */
static void roll_call(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Board\n\n**ROLL CALL:**\nTrustees present: Amy Fox, President; Ben "
      "Gale, Treasurer; Cy Hart\nTrustees absent: Dee Ives\nAlso present: "
      "Eve Jay, Superintendent; Finn Kay, Business Manager\n\n"
      "## 1. Minutes\n\nApproved.\n\nRespectfully submitted,\n\n"
      "Gus Lamb\nRecording Secretary\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 3);
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 0)->name, "Amy Fox");
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 0)->role, "President");
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 2)->name, "Cy Hart");
  assert_int_equal(mins_doc_person_count(d, MINS_ABSENT), 1);
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 2);
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 1)->role,
                      "Business Manager");
  assert_string_equal(mins_doc_meeting(d)->chair.value, "Amy Fox");
  assert_string_equal(mins_doc_meeting(d)->clerk.value, "Gus Lamb");
  mins_doc_free(d);
  /* a rank that is also a post ("Superintendent"), and a post that opens
   * with a title ("Chief ..."): one person each */
  d = unit_parse("# Board\n\nStaff present: Hal Ito, Superintendent; Ida "
                 "Joy, Chief Business Official; Jan Kerr, Deputy Mayor\n\n"
                 "## 1. Minutes\n\nApproved.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 3);
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 0)->role,
                      "Superintendent");
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 1)->name,
                      "Ida Joy");
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 1)->role,
                      "Chief Business Official");
  assert_string_equal(mins_doc_person(d, MINS_IN_ATTENDANCE, 2)->role,
                      "Deputy Mayor");
  mins_doc_free(d);
}

/* "Name, Post (minutes)" lines: one person; "(minutes)", "(note taker)"
 * mark the clerk before a post named Secretary. Names hold no
 * sentences. */
static void minute_takers(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Trust\n\nPresent:\n\nIan Moss (Chair)\nJo Nash, Secretary\n\n"
      "In attendance:\n\nKim Orr, Governance Officer (note taker)\n"
      "Lee Pym, Auditor\n\n## 1. Apologies\n\nNone.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_IN_ATTENDANCE), 2);
  const mins_person *p = mins_doc_person(d, MINS_IN_ATTENDANCE, 0);
  assert_string_equal(p->name, "Kim Orr");
  assert_string_equal(p->role, "Governance Officer, note taker");
  assert_string_equal(mins_doc_meeting(d)->clerk.value, "Kim Orr");
  mins_doc_free(d);
  d = unit_parse("Apologies: Ann Bell, seconded by John Pike, that the "
                 "accounts be approved.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 1);
  assert_string_equal(mins_doc_person(d, MINS_APOLOGIES, 0)->name, "Ann Bell");
  mins_doc_free(d);
}

/* The chair from a label ("PRESENT IN THE CHAIR:") or an Irish post
 * (Cathaoirleach, not the Leas-Chathaoirleach); the clerk from an English
 * council's post. */
static void chairs_and_clerks(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Municipal District\n\nPRESENT IN THE CHAIR: Councillor J. "
      "Scanlan.\n\nMEMBERS PRESENT:\n\nCouncillors Browne and Foley.\n\n"
      "## 1. Minutes\n\nAdopted.\n");
  assert_string_equal(mins_doc_meeting(d)->chair.value, "J. Scanlan");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 3);
  mins_doc_free(d);
  d = unit_parse("# District\n\nPresent: Councillor B. Moran "
                 "(Leas-Chathaoirleach), Councillor A. Burke (Cathaoirleach)"
                 "\n\nIn attendance: Kate Smith (Democratic Services "
                 "Officer)\n\n## 1. Minutes\n\nAdopted.\n");
  assert_string_equal(mins_doc_meeting(d)->chair.value, "A. Burke");
  assert_string_equal(mins_doc_meeting(d)->clerk.value, "Kate Smith");
  mins_doc_free(d);
}

/* Conventions of styles round 3: initials, bilingual labels, who is "in
 * the Chair", post-nominals before a dashed post, "Absent with apology". */
static void initials_and_languages(void **state) {
  (void)state;
  mins_doc *d = unit_parse(
      "# Branch\n\nPresent: JS (Chair), AB, CD, MK\n\nApologies: HG, NS\n\n"
      "## 1. Minutes\n\nAgreed.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 4);
  assert_string_equal(mins_doc_person(d, MINS_PRESENT, 1)->name, "AB");
  assert_null(mins_doc_person(d, MINS_PRESENT, 0)->organisation);
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 2);
  assert_string_equal(mins_doc_meeting(d)->chair.value, "JS");
  mins_doc_free(d);
  d = unit_parse("# Cyngor Tref\n\n**Yn bresennol / Present:** Cllr Gareth "
                 "Jones (Maer / Mayor), Cllr Siân Evans\n\n"
                 "## 1. Cofnodion / Minutes\n\nRESOLVED to approve.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 2);
  assert_string_equal(mins_doc_meeting(d)->chair.value, "Gareth Jones");
  mins_doc_free(d);
  d = unit_parse("# Senate\n\nPresent: Professor Helen Ward (Vice-Chancellor, "
                 "in the Chair), Ms Priya Shah (Students' Union President)"
                 "\n\n## 1. Minutes\n\nApproved.\n");
  assert_string_equal(mins_doc_meeting(d)->chair.value, "Helen Ward");
  mins_doc_free(d);
  d = unit_parse("# Assembly\n\n**MEMBERS PRESENT**\n\n1. Hon. Grace Wanjiru, "
                 "MCA \xE2\x80\x94 Chairperson\n2. Hon. Ali Hassan, MCA\n\n"
                 "**ABSENT WITH APOLOGY**\n\n1. Hon. John Mwangi, MCA\n\n"
                 "## 1. Minutes\n\nConfirmed.\n");
  assert_int_equal(mins_doc_person_count(d, MINS_PRESENT), 2);
  const mins_person *p = mins_doc_person(d, MINS_PRESENT, 0);
  assert_string_equal(p->honours, "MCA");
  assert_string_equal(p->role, "Chairperson");
  assert_int_equal(mins_doc_person_count(d, MINS_APOLOGIES), 1);
  assert_int_equal(mins_doc_person_count(d, MINS_ABSENT), 0);
  mins_doc_free(d);
}

int suite_people(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(chair_calls_to_order),
                                     cmocka_unit_test(initials_and_languages),
                                     cmocka_unit_test(label_lines),
                                     cmocka_unit_test(one_person),
                                     cmocka_unit_test(run_on_line),
                                     cmocka_unit_test(apologies_sentence),
                                     cmocka_unit_test(labels),
                                     cmocka_unit_test(lists),
                                     cmocka_unit_test(declarations),
                                     cmocka_unit_test(table),
                                     cmocka_unit_test(bracketed_roles),
                                     cmocka_unit_test(counts_and_lines),
                                     cmocka_unit_test(tables_and_bodies),
                                     cmocka_unit_test(roll_call),
                                     cmocka_unit_test(minute_takers),
                                     cmocka_unit_test(chairs_and_clerks)};
  return cmocka_run_group_tests_name("people", tests, NULL, NULL);
}
