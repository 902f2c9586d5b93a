// CSV parsing and writing, and the roster's CSV import and export: what a
// spreadsheet writes is read, and every refusal says which row and why.
#include <doctest/doctest.h>

#include "model/csv.h"
#include "model/roster_csv.h"

using namespace mlt;

namespace {
using Rows = std::vector<std::vector<std::string>>;

const std::vector<RoleName> kRoles = {
    {"ml_product_manager", "ML product manager"}, {"mlops_engineer", "MLOps / ML DevOps engineer"},
    {"data_engineer", "Data engineer"},           {"ml_engineer", "ML engineer"},
    {"ml_researcher", "ML researcher"},           {"data_scientist", "Data scientist"},
};

// Ids "new-1", "new-2", ... in call order.
struct Counter {
  int n = 0;
  std::string operator()() { return "new-" + std::to_string(++n); }
};

RosterImport Import(std::string_view text, const std::vector<Person>& existing = {}) {
  Counter counter;
  return ImportRosterCsv(text, kRoles, existing, [&counter] { return counter(); });
}

// The import fails with exactly this message, and nothing is imported.
void ExpectError(std::string_view text, const std::string& message) {
  RosterImport r = Import(text);
  CHECK_FALSE(r.ok);
  CHECK(r.error == message);
  CHECK(r.people.empty());
}

Person MakePerson(std::string id, std::string name) {
  Person p;
  p.id = std::move(id);
  p.name = std::move(name);
  return p;
}
}  // namespace

// ---------------------------------------------------------------------------
// ParseCsv

TEST_CASE("csv: quoted fields keep commas, doubled quotes and line breaks, with line numbers") {
  CsvParseResult r =
      ParseCsv("name,notes\n\"Lovelace, Ada\",\"said \"\"hi\"\"\"\n\"Two\nline\",x\nlast,\"\"\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.rows ==
        Rows{{"name", "notes"}, {"Lovelace, Ada", "said \"hi\""}, {"Two\nline", "x"}, {"last", ""}});
  CHECK(r.line_of_row == std::vector<int>{1, 2, 3, 5});
}

TEST_CASE("csv: BOM, CRLF, lone CR, empty lines and a missing final newline") {
  CsvParseResult r = ParseCsv("\xEF\xBB\xBFid,name\r\n\r\n1,\"A\r\nB\"\r\n2,C\r3,D");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.rows == Rows{{"id", "name"}, {"1", "A\r\nB"}, {"2", "C"}, {"3", "D"}});
  CHECK(r.line_of_row == std::vector<int>{1, 3, 5, 6});
}

TEST_CASE("csv: empty fields, trailing separators and stray quotes are kept literally") {
  CsvParseResult r = ParseCsv("a,b,c\n,,\nx\"y,5\" tall,\"q\"z\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.rows == Rows{{"a", "b", "c"}, {"", "", ""}, {"x\"y", "5\" tall", "qz"}});
}

TEST_CASE("csv: a header without commas but with semicolons or tabs picks that separator") {
  CsvParseResult r = ParseCsv("name;ml\n\"Doe; Jane\";7,5\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.rows == Rows{{"name", "ml"}, {"Doe; Jane", "7,5"}});

  r = ParseCsv("name\tml\nAda\t7\n");
  REQUIRE(r.ok);
  CHECK(r.rows == Rows{{"name", "ml"}, {"Ada", "7"}});

  // A comma in the header wins; a semicolon inside quotes does not count.
  r = ParseCsv("\"a;b\",c\n1;2,3\n");
  REQUIRE(r.ok);
  CHECK(r.rows == Rows{{"a;b", "c"}, {"1;2", "3"}});
  r = ParseCsv("\"a;b\"\n1;2\n");
  REQUIRE(r.ok);
  CHECK(r.rows == Rows{{"a;b"}, {"1;2"}});
}

TEST_CASE("csv: an unterminated quote is an error on the line where it opens") {
  CsvParseResult r = ParseCsv("a,b\n1,2\n3,\"open\nstill open\n");
  CHECK_FALSE(r.ok);
  CHECK(r.error == "Line 3, column 2: a quoted field is not closed (a closing \" is missing)");
  CHECK(r.rows.empty());
}

TEST_CASE("csv: each limit is checked and named") {
  CsvLimits limits;
  limits.max_bytes = 10;
  CsvParseResult r = ParseCsv(std::string(11, 'a'), limits);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "The file is too large (11 bytes; the limit is 10 bytes)");
  CHECK(ParseCsv(std::string(10, 'a'), limits).ok);
  CHECK(ParseCsv(std::string((8u << 20) + 1, 'a')).error ==
        "The file is too large (8.1 MB; the limit is 8 MB)");

  limits = CsvLimits{};
  limits.max_rows = 2;
  CHECK(ParseCsv("a\nb\n\n", limits).ok);
  r = ParseCsv("a\nb\n\nc\n", limits);
  CHECK(r.error == "Line 4: the file has too many rows (the limit is 2 rows)");

  limits = CsvLimits{};
  limits.max_columns = 3;
  CHECK(ParseCsv("a,b,c\n", limits).ok);
  r = ParseCsv("a,b,c\n1,2,3,4\n", limits);
  CHECK(r.error == "Line 2: the row has too many columns (the limit is 3 columns)");

  limits = CsvLimits{};
  limits.max_field = 4;
  CHECK(ParseCsv("abcd,\"ab\"\"c\"\n", limits).ok);
  r = ParseCsv("a,b\nx,abcde\n", limits);
  CHECK(r.error == "Line 2, column 2: the field is too long (the limit is 4 bytes per field)");
  r = ParseCsv("a\n\"ab\ncde\"\n", limits);
  CHECK(r.error == "Line 2, column 1: the field is too long (the limit is 4 bytes per field)");
}

TEST_CASE("csv: empty input has no rows") {
  CsvParseResult r = ParseCsv("");
  CHECK(r.ok);
  CHECK(r.rows.empty());
  r = ParseCsv("\xEF\xBB\xBF\r\n\n");
  CHECK(r.ok);
  CHECK(r.rows.empty());
}

// ---------------------------------------------------------------------------
// WriteCsv

TEST_CASE("csv: writing quotes only what needs it, with CRLF line ends") {
  Rows rows = {{"plain", "with,comma", "with \"quote\"", "two\nlines", "semi;colon", " padded", ""}, {""}};
  std::string text = WriteCsv(rows);
  CHECK(text ==
        "plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",\"semi;colon\",\" padded\",\r\n"
        "\"\"\r\n");
  CsvParseResult r = ParseCsv(text);
  REQUIRE(r.ok);
  CHECK(r.rows == rows);
}

TEST_CASE("csv: text a spreadsheet would run as a formula gets an apostrophe; numbers do not") {
  CHECK(WriteCsv({{"=SUM(A1:A9)", "+1 555 0100", "-x", "@cmd", "\tTab", "-1.5", "+3", "1e3", "-", "a=b"}}) ==
        "'=SUM(A1:A9),'+1 555 0100,'-x,'@cmd,\"'\tTab\",-1.5,+3,1e3,'-,a=b\r\n");
  CHECK(WriteCsv({{"\r=cmd"}}) == "\"'\r=cmd\"\r\n");
  CHECK(WriteCsv({{"=1+2"}}) == "'=1+2\r\n");

  // StripFormulaGuard undoes exactly what WriteCsv added, even for text that
  // already starts with apostrophes.
  for (std::string field : {"=x", "'=x", "''=x", "'plain", "'", "-1.5", "'-1.5", "@", "it's", ""}) {
    CsvParseResult r = ParseCsv(WriteCsv({{field, "pad"}}));
    REQUIRE(r.ok);
    CHECK(std::string(StripFormulaGuard(r.rows[0][0])) == field);
  }
  CHECK(StripFormulaGuard("'hello") == "'hello");
  CHECK(StripFormulaGuard("'=x") == "=x");
}

TEST_CASE("csv: plain numbers") {
  for (const char* s : {"0", "-1.5", "+3", ".5", "5.", "1e3", "-2E-4"}) CHECK_MESSAGE(IsPlainNumber(s), s);
  for (const char* s : {"", "-", "+", ".", "1e", "1 2", "1,5", "=1", "0x10", "nan", "-inf", "1.2.3"})
    CHECK_FALSE_MESSAGE(IsPlainNumber(s), s);
}

// ---------------------------------------------------------------------------
// ImportRosterCsv

TEST_CASE("roster: export then import gives the same people, tricky names included") {
  std::vector<Person> people;
  const char* names[] = {"Ada \"The Countess\" Lovelace",
                         "Hopper, Grace",
                         "Line\nbreak",
                         "Zo\xC3\xAB \xE6\x9D\x8E \xF0\x9F\x9A\x80",
                         "=HYPERLINK(\"http://x\")",
                         "-dash",
                         "'quoted",
                         "+44 20 7946 0000",
                         "@here"};
  int n = 0;
  for (const char* name : names) {
    Person p = MakePerson("p" + std::to_string(++n), name);
    p.role = n % 2 ? "ml_engineer" : "Prompt whisperer";
    p.team = n % 3 ? "Vision, core" : "";
    p.kind = PersonKind(n % 3);
    p.skills = {7, 6.5, 0, 10, 3.5, 1, 9.5};
    p.notes = n == 1 ? "first line\nsecond, with \"quotes\"\n" : "";
    people.push_back(p);
  }
  std::string text = ExportRosterCsv(people);
  CHECK(text.rfind("id,name,role,team,kind,ml,software,communication,data,infra,product,research,notes\r\n",
                   0) == 0);
  CHECK(text.find(",7,6.5,0,10,3.5,1,9.5,") != std::string::npos);
  CHECK(text.find("\"'=HYPERLINK(\"\"http://x\"\")\"") != std::string::npos);

  RosterImport r = Import(text);
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.ignored_columns.empty());
  REQUIRE(r.people.size() == people.size());
  for (size_t i = 0; i < people.size(); ++i) CHECK_MESSAGE(r.people[i] == people[i], people[i].name);
}

TEST_CASE("roster: skills are exported with at most one decimal") {
  Person p = MakePerson("p1", "A");
  p.skills = {7, 6.5, 6.25, 0.04, 9.96, 0, 10};
  std::string text = ExportRosterCsv({p});
  CHECK(text.find("p1,A,,,member,7,6.5,6.3,0,10,0,10,\r\n") != std::string::npos);
}

TEST_CASE("roster: header names ignore case, spaces and hyphens; aliases; unknown columns are listed") {
  RosterImport r = Import(
      " Name ,ML Expertise,SWE,comms,Data-Engineering,DevOps,Product sense,RESEARCH,Type,Salary,Start date\n"
      "Ada,1,2,3,4,5,6,7,candidate,100,2024\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.ignored_columns == std::vector<std::string>{"Salary", "Start date"});
  REQUIRE(r.people.size() == 1);
  CHECK(r.people[0].name == "Ada");
  CHECK(r.people[0].skills == SkillLevels{1, 2, 3, 4, 5, 6, 7});
  CHECK(r.people[0].kind == PersonKind::Candidate);

  // The app's own skill labels work as headers too.
  r = Import(
      "name,Software engineering,Communication & writing,Infrastructure & DevOps,infrastructure\nA,1,2,3\n");
  CHECK_FALSE(r.ok);
  CHECK(r.error ==
        "The header has two columns for the same thing: \"Infrastructure & DevOps\" (column D) and "
        "\"infrastructure\" (column E)");
  r = Import("name,Software engineering,Communication & writing,Infrastructure & DevOps\nA,1,2,3\n");
  REQUIRE(r.ok);
  CHECK(r.people[0].skills == SkillLevels{0, 1, 2, 0, 3, 0, 0});
}

TEST_CASE("roster: only the name column is required, and short rows are padded") {
  RosterImport r = Import("team,name,ml\nVision,Ada,7\nVision,Grace\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  REQUIRE(r.people.size() == 2);
  CHECK(r.people[1].name == "Grace");
  CHECK(r.people[1].team == "Vision");
  CHECK(r.people[1].skills == SkillLevels{});
  CHECK(r.people[1].kind == PersonKind::Member);
  CHECK(r.people[1].role.empty());
  CHECK(r.people[0].id == "new-1");
  CHECK(r.people[1].id == "new-2");

  ExpectError("id,role\n1,ml_engineer\n",
              "The header has no \"name\" column (the first row must name the columns, e.g. name,role,team)");
}

TEST_CASE("roster: roles match by id, by name or id in any case, else stay custom") {
  RosterImport r = Import(
      "name,role\nA,ml_engineer\nB,ml engineer\nC,  Data Scientist \nD,MLOps / ML DevOps engineer\n"
      "E,Prompt whisperer\nF,\nG,ML-RESEARCHER\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  std::vector<std::string> got;
  for (const Person& p : r.people) got.push_back(p.role);
  CHECK(got == std::vector<std::string>{"ml_engineer", "ml_engineer", "data_scientist", "mlops_engineer",
                                        "Prompt whisperer", "", "ml_researcher"});
}

TEST_CASE("roster: kind spellings") {
  RosterImport r = Import(
      "name,kind\nA,\nB,Member\nC,candidate\nD,Applicant\nE,open_position\nF,Open position\nG,open\n"
      "H,position\nI,VACANCY\nJ,open-position\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  std::vector<PersonKind> got;
  for (const Person& p : r.people) got.push_back(p.kind);
  using K = PersonKind;
  CHECK(got == std::vector<K>{K::Member, K::Member, K::Candidate, K::Candidate, K::OpenPosition,
                              K::OpenPosition, K::OpenPosition, K::OpenPosition, K::OpenPosition,
                              K::OpenPosition});
}

TEST_CASE("roster: skill values, with a decimal comma") {
  RosterImport r = Import("name,ml,software,data\nA,\"7,5\",10,\nB, 0 ,6.25,3\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.people[0].skills == SkillLevels{7.5, 10, 0, 0, 0, 0, 0});
  CHECK(r.people[1].skills == SkillLevels{0, 6.25, 0, 3, 0, 0, 0});

  r = Import("name;ml\nA;7,5\n");  // the usual way a comma-decimal spreadsheet saves
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.people[0].skills[int(Skill::Ml)] == 7.5);
}

TEST_CASE("roster: each kind of bad row is refused with its row and line") {
  ExpectError("name,ml\nAda,7\nBob,8\nCy,eleven\n",
              "Row 4 (line 4): ml must be a number from 0 to 10, found \"eleven\"");
  ExpectError("name,ML\nAda,10.5\n", "Row 2 (line 2): ML must be a number from 0 to 10, found \"10.5\"");
  ExpectError("name,ml\nAda,-1\n", "Row 2 (line 2): ml must be a number from 0 to 10, found \"-1\"");
  ExpectError("name,swe\nAda,\"1,2,3\"\n",
              "Row 2 (line 2): swe must be a number from 0 to 10, found \"1,2,3\"");
  ExpectError("name,ml\nAda,7.5.1\n", "Row 2 (line 2): ml must be a number from 0 to 10, found \"7.5.1\"");
  ExpectError("name,ml\nAda,nan\n", "Row 2 (line 2): ml must be a number from 0 to 10, found \"nan\"");
  ExpectError("name,type\nAda,boss\n",
              "Row 2 (line 2): type must be member, candidate or open_position, found \"boss\"");
  ExpectError("name,team\nAda,x\n  ,Vision\n", "Row 3 (line 3): name is empty; every person needs a name");
  ExpectError("name,team\nAda,x,extra\n", "Row 2 (line 2): has 3 fields but the header has 2");

  // A quoted line break makes the file line differ from the spreadsheet row.
  ExpectError("name,notes\nAda,\"long\r\nnote\"\r\nBob,\"x\ny\nz\"\nCy,x,oops\n",
              "Row 4 (line 7): has 3 fields but the header has 2");
  // Blank lines are rows in a spreadsheet, and are numbered as such.
  ExpectError("name,ml\n\nAda,x\n", "Row 3 (line 3): ml must be a number from 0 to 10, found \"x\"");
  // The first problem is reported, not a later one.
  ExpectError("name,ml,kind\nAda,eleven,boss\n",
              "Row 2 (line 2): ml must be a number from 0 to 10, found \"eleven\"");
  ExpectError("kind,ml,name\nboss,eleven,\n",
              "Row 2 (line 2): kind must be member, candidate or open_position, found \"boss\"");
  // Long values are cut in the message.
  ExpectError("name,ml\nAda," + std::string(100, 'x') + "\n",
              "Row 2 (line 2): ml must be a number from 0 to 10, found \"" + std::string(40, 'x') + "...\"");
}

TEST_CASE("roster: bad files are refused as a whole") {
  ExpectError("", "The file is empty");
  ExpectError("\r\n\r\n", "The file is empty");
  ExpectError("name,role\n", "The file has no people (only a header)");
  ExpectError("name,role\n,\n  ,  \n", "The file has no people (only a header)");
  ExpectError(
      "name,ml,ML expertise\nA,1,2\n",
      "The header has two columns for the same thing: \"ml\" (column B) and \"ML expertise\" (column C)");
  ExpectError("name,team,name\nA,x,B\n", "The header has the column \"name\" twice (columns A and C)");
  ExpectError("name\n\"Ada\n", "Line 2, column 1: a quoted field is not closed (a closing \" is missing)");
  ExpectError("name\nJos\xE9\n",
              "Line 2: the file is not UTF-8 text (found the byte 0xE9). Save it as \"CSV UTF-8\" and import "
              "it again.");
}

TEST_CASE("roster: an import that would make the roster larger than a workspace allows is refused") {
  std::vector<Person> existing(DocumentLimits{}.max_people - 1);
  CHECK(Import("name\nA\n", existing).ok);
  RosterImport r = Import("name\nA\nB\n", existing);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "The import would bring the roster to 100001 people; the limit is 100000");
  CHECK(r.people.empty());
}

TEST_CASE("roster: nothing is imported when a later row is bad") {
  std::string text = "name,team\n";
  for (int i = 0; i < 50; ++i) text += "Person " + std::to_string(i) + ",T\n";
  text += " ,Vision\n";
  RosterImport r = Import(text);
  CHECK_FALSE(r.ok);
  CHECK(r.error == "Row 52 (line 52): name is empty; every person needs a name");
  CHECK(r.people.empty());
}

TEST_CASE("roster: blank rows are skipped") {
  RosterImport r = Import("name,ml\n,\nAda,1\n   ,  \n\nBob,2\n,,\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  REQUIRE(r.people.size() == 2);
  CHECK(r.people[1].name == "Bob");
}

TEST_CASE("roster: ids must be unique in the file, and an import never takes an existing id") {
  ExpectError("id,name\na,Ada\nb,Bob\n\"a\",Cy\n",
              "Row 4 (line 4): the id \"a\" is also used by row 2; ids must be unique");

  // "p1" is taken by an existing person; "new-1" (the generator's first id) is
  // written in the file further down, so the generator is asked again.
  std::vector<Person> existing = {MakePerson("p1", "Old")};
  RosterImport r = Import("id,name\np1,Ada\n,Bob\nnew-1,Cy\np2,Dee\n", existing);
  REQUIRE_MESSAGE(r.ok, r.error);
  std::vector<std::string> ids;
  for (const Person& p : r.people) ids.push_back(p.id);
  CHECK(ids == std::vector<std::string>{"new-2", "new-3", "new-1", "p2"});
}

TEST_CASE("roster: an id generator that repeats itself, or is missing, does not block the import") {
  RosterImport r = ImportRosterCsv("name\nA\nB\n", kRoles, {MakePerson("same", "X")}, [] { return "same"; });
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.people[0].id == "imported-1");
  CHECK(r.people[1].id == "imported-2");
  r = ImportRosterCsv("name\nA\n", kRoles, std::vector<Person>{}, nullptr);
  REQUIRE(r.ok);
  CHECK(r.people[0].id == "imported-1");
}

TEST_CASE("roster: text cells are trimmed (notes are not) and Windows line breaks become \\n") {
  RosterImport r = Import("name,team,notes\n  Ada  , Vision ,\" keep \r\n spaces \"\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.people[0].name == "Ada");
  CHECK(r.people[0].team == "Vision");
  CHECK(r.people[0].notes == " keep \n spaces ");
}

TEST_CASE("roster: a data column without a header is reported as ignored") {
  RosterImport r = Import("name,,ml\nAda,secret,3\n");
  REQUIRE_MESSAGE(r.ok, r.error);
  CHECK(r.ignored_columns == std::vector<std::string>{"column B (no header)"});
  r = Import("name,,ml,\nAda,,3,\n");
  REQUIRE(r.ok);
  CHECK(r.ignored_columns.empty());
}
