// Broken projects: what a real folder of packages can hold after a bad merge, a crashed editor or a
// wrong `ln -s`. Each row builds one project at test time in a QTemporaryDir: a good package
// (@ok/good, table good_items) beside the broken one. The row is loaded twice, the way the
// applications load it (PackageScanner -> Registry, on a thread with a time limit, so that a hang
// fails the row instead of the suite) and with `strata validate` (a process with a time limit).
// Every row checks that the expected diagnostic codes are reported at a sensible file (and line),
// that @ok/good still loads with its tables, and that the CLI exits as expected without crashing.

#include "TestSupport.h"

#include <strata/common/Diagnostic.h>
#include <strata/loading/PackageScanner.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>
#include <future>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 FiftyMegabytes = 50LL * 1024 * 1024;
// A load or a CLI run that takes longer than this is taken for a hang.
constexpr qint64 HangMs = 20000;

// Bytes with NULs in them, written as a literal.
template<qsizetype N>
QByteArray raw(const char (&bytes)[N])
{
    return QByteArray(bytes, N - 1);
}

// A diagnostic the row expects: its code, the file it points at (a regular expression over the path
// relative to the project; empty = any), and its line and column (0 = not checked).
struct Expected
{
    QString code;
    QString file;
    int line = 0;
    int column = 0;
};

struct Case
{
    QString name;
    std::function<void(const QString &root)> build;
    QList<Expected> expected;
    int cliExit = 1;
    qint64 limitMs = 0; // the core load must take at most this long (0: only the hang limit)
    std::function<void(const QString &root)> cleanup; // permissions back, FIFOs released
};

// --- files ---------------------------------------------------------------------------------------

void write(const QString &path, const QByteArray &bytes)
{
    QVERIFY2(Strata::Test::writeFile(path, bytes), qPrintable(path));
}

void writeGood(const QString &root)
{
    write(root + u"/packages/good/database.json"_s, R"({
  "packageName": "@ok/good",
  "version": "1.0.0",
  "tables": [
    { "name": "good_items", "columns": [{ "name": "id", "type": "bigserial", "primaryKey": true }] }
  ]
}
)");
    write(root + u"/packages/good/migrations/001_good_items.sql"_s,
          "-- strata:up\nCREATE TABLE good_items (id INTEGER PRIMARY KEY);\n-- strata:down\nDROP TABLE good_items;\n");
}

QString bad(const QString &root, const QString &file = u"database.json"_s)
{
    return root + u"/packages/bad/"_s + file;
}

// The 1-based line of the first occurrence of `needle`.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

// The 1-based column (in code points, BOM excluded) of `needle` within its line.
int columnOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    QByteArray before = text.left(at);
    before = before.mid(before.lastIndexOf('\n') + 1);
    if (before.startsWith("\xEF\xBB\xBF"))
        before.remove(0, 3);
    return int(QString::fromUtf8(before).toUcs4().size()) + 1;
}

// --- the broken package, one member per line, so a row can find its line -------------------------

enum class Where { Top, Table, IdColumn, RefColumn, Reference, Index };
struct Override
{
    Where where;
    QString key;
    QString value; // raw JSON; empty = remove the key
};
using Members = QList<std::pair<QString, QString>>;

Members apply(Members members, Where where, const QList<Override> &overrides)
{
    for (const Override &o : overrides) {
        if (o.where != where)
            continue;
        auto it = std::find_if(members.begin(), members.end(), [&](const auto &m) { return m.first == o.key; });
        if (o.value.isEmpty()) {
            if (it != members.end())
                members.erase(it);
        } else if (it != members.end()) {
            it->second = o.value;
        } else {
            members.append({o.key, o.value});
        }
    }
    return members;
}

QString object(const Members &members, int indent)
{
    const QString pad(indent + 2, QLatin1Char(' '));
    QString out = u"{\n"_s;
    for (qsizetype i = 0; i < members.size(); ++i) {
        out += pad + QLatin1Char('"') + members.at(i).first + u"\": "_s + members.at(i).second
            + (i + 1 < members.size() ? u",\n"_s : u"\n"_s);
    }
    return out + QString(indent, QLatin1Char(' ')) + QLatin1Char('}');
}

QString array(const QStringList &items, int indent)
{
    const QString pad(indent + 2, QLatin1Char(' '));
    QString out = u"[\n"_s;
    for (qsizetype i = 0; i < items.size(); ++i)
        out += pad + items.at(i) + (i + 1 < items.size() ? u",\n"_s : u"\n"_s);
    return out + QString(indent, QLatin1Char(' ')) + QLatin1Char(']');
}

// A valid package (@bad/pkg, table bad_items with a self-reference, an index, a unique and a check)
// with `overrides` applied: a row replaces one value with a value of the wrong type, and so on.
QByteArray badDatabase(const QList<Override> &overrides = {})
{
    const Members reference = apply({{u"table"_s, u"\"bad_items\""_s},
                                     {u"column"_s, u"\"id\""_s},
                                     {u"onDelete"_s, u"\"cascade\""_s},
                                     {u"onUpdate"_s, u"\"no action\""_s}},
                                    Where::Reference, overrides);
    const Members idColumn = apply({{u"name"_s, u"\"id\""_s}, {u"type"_s, u"\"bigserial\""_s},
                                    {u"primaryKey"_s, u"true"_s}},
                                   Where::IdColumn, overrides);
    const Members refColumn = apply({{u"name"_s, u"\"ref_id\""_s},
                                     {u"type"_s, u"\"bigint\""_s},
                                     {u"notNull"_s, u"false"_s},
                                     {u"unique"_s, u"false"_s},
                                     {u"comment"_s, u"\"The row this one follows.\""_s},
                                     {u"references"_s, object(reference, 10)}},
                                    Where::RefColumn, overrides);
    const Members index = apply({{u"name"_s, u"\"bad_items_ref_idx\""_s}, {u"columns"_s, u"[\"ref_id\"]"_s},
                                 {u"unique"_s, u"false"_s}},
                                Where::Index, overrides);
    const Members table = apply({{u"name"_s, u"\"bad_items\""_s},
                                 {u"comment"_s, u"\"Rows of the broken package.\""_s},
                                 {u"workspaceScoped"_s, u"false"_s},
                                 {u"global"_s, u"false"_s},
                                 {u"columns"_s, array({object(idColumn, 8), object(refColumn, 8)}, 6)},
                                 {u"indexes"_s, array({object(index, 8)}, 6)},
                                 {u"uniques"_s, u"[[\"id\", \"ref_id\"]]"_s},
                                 {u"checks"_s, u"[\"ref_id > 0\"]"_s}},
                                Where::Table, overrides);
    const Members top = apply({{u"packageName"_s, u"\"@bad/pkg\""_s},
                               {u"version"_s, u"\"1.0.0\""_s},
                               {u"description"_s, u"\"Broken on purpose.\""_s},
                               {u"dependencies"_s, u"[]"_s},
                               {u"migrations"_s, u"\"migrations\""_s},
                               {u"tables"_s, array({object(table, 4)}, 2)}},
                              Where::Top, overrides);
    return (object(top, 0) + QLatin1Char('\n')).toUtf8();
}

QByteArray goodMigration(const QByteArray &name = "bad_items")
{
    return "-- strata:up\nCREATE TABLE " + name + " (id INTEGER PRIMARY KEY);\n-- strata:down\nDROP TABLE " + name
        + ";\n";
}

// The broken package's database.json is `text`, and it has a valid migrations folder.
std::function<void(const QString &)> badFile(const QByteArray &text)
{
    return [text](const QString &root) {
        write(bad(root), text);
        write(bad(root, u"migrations/001_bad_items.sql"_s), goodMigration());
    };
}

const QString BadFile = u"^packages/bad/database\\.json$"_s;

// --- the rows ------------------------------------------------------------------------------------

// `value` replaces the value of `key`; the diagnostic points at `value`, or at `inner` within it
// (the array item or member value that has the wrong type).
void addWrongType(QList<Case> &cases, const QString &name, Where where, const QString &key, const QString &value,
                  const QString &inner = {})
{
    const QByteArray text = badDatabase({{where, key, value}});
    const QByteArray needle = (u"\""_s + key + u"\": "_s + value).toUtf8();
    QVERIFY2(text.count(needle) == 1, needle.constData());
    int column = columnOf(text, needle) + int(needle.size() - value.toUtf8().size());
    if (!inner.isEmpty())
        column += int(value.indexOf(inner));
    cases.append({u"wrong type: "_s + name, badFile(text), {{u"wrong-type"_s, BadFile, lineOf(text, needle), column}}});
}

void addTruncated(QList<Case> &cases, const QString &name, const QByteArray &upTo, bool includeNeedle = true)
{
    const QByteArray full = badDatabase();
    const qsizetype at = full.indexOf(upTo);
    QVERIFY2(at >= 0, upTo.constData());
    const QByteArray text = full.left(at + (includeNeedle ? upTo.size() : 0));
    // The parser meets the end of the file on the last line of what is left.
    cases.append({u"truncated: "_s + name, badFile(text), {{u"json-syntax"_s, BadFile, int(text.count('\n')) + 1}}});
}

void addStrataJson(QList<Case> &cases, const QString &name, const QByteArray &strataJson, const QString &code,
                   const QByteArray &needle = {})
{
    cases.append({u"strata.json: "_s + name,
                  [strataJson](const QString &root) {
                      write(root + u"/strata.json"_s, strataJson);
                      badFile(badDatabase())(root);
                  },
                  {{code, u"^strata\\.json$"_s, needle.isEmpty() ? 0 : lineOf(strataJson, needle)}}});
}

QByteArray dependingOn(const QByteArray &name, const QByteArray &dependency, const QByteArray &table)
{
    return "{\n  \"packageName\": \"" + name + "\",\n  \"version\": \"1.0.0\",\n  \"dependencies\": [\"" + dependency
        + "\"],\n  \"tables\": [{ \"name\": \"" + table
        + "\", \"columns\": [{ \"name\": \"id\", \"type\": \"bigserial\", \"primaryKey\": true }] }]\n}\n";
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QList<Case> buildCases()
{
    QList<Case> cases;

    cases.append({u"control: the generated package is valid"_s, badFile(badDatabase()), {}, 0});

    // Truncated at several points.
    addTruncated(cases, u"after the first brace"_s, "{");
    addTruncated(cases, u"inside a key"_s, "\"packageNa");
    addTruncated(cases, u"after a colon"_s, "\"version\": ");
    addTruncated(cases, u"inside a string"_s, "\"type\": \"bigser");
    addTruncated(cases, u"inside a literal"_s, "\"primaryKey\": tr");
    addTruncated(cases, u"after an opening bracket"_s, "\"columns\": [");
    addTruncated(cases, u"after a comma"_s, "\"name\": \"bad_items\",");
    addTruncated(cases, u"before the last brace"_s, "}\n", false);
    {
        QByteArray full = badDatabase();
        const QByteArray text = full.left(full.lastIndexOf('}'));
        cases.append({u"truncated: without the last brace"_s, badFile(text),
                      {{u"json-syntax"_s, BadFile, int(text.count('\n')) + 1}}});
    }

    // Wrong types, every key of every object.
    addWrongType(cases, u"packageName"_s, Where::Top, u"packageName"_s, u"42"_s);
    addWrongType(cases, u"version"_s, Where::Top, u"version"_s, u"[1, 0, 0]"_s);
    addWrongType(cases, u"description"_s, Where::Top, u"description"_s, u"false"_s);
    addWrongType(cases, u"dependencies"_s, Where::Top, u"dependencies"_s, u"\"@ok/good\""_s);
    addWrongType(cases, u"dependencies item"_s, Where::Top, u"dependencies"_s, u"[17]"_s, u"17"_s);
    addWrongType(cases, u"dependencies range"_s, Where::Top, u"dependencies"_s, u"{\"@ok/good\": 1}"_s, u"1}"_s);
    addWrongType(cases, u"tables"_s, Where::Top, u"tables"_s, u"{\"bad_items\": {}}"_s);
    addWrongType(cases, u"a table"_s, Where::Top, u"tables"_s, u"[\"bad_items\"]"_s, u"\"bad_items\""_s);
    addWrongType(cases, u"migrations"_s, Where::Top, u"migrations"_s, u"true"_s);
    addWrongType(cases, u"table name"_s, Where::Table, u"name"_s, u"7"_s);
    addWrongType(cases, u"table columns"_s, Where::Table, u"columns"_s, u"\"id, ref_id\""_s);
    addWrongType(cases, u"a column"_s, Where::Table, u"columns"_s, u"[[\"id\"]]"_s, u"[\"id\"]"_s);
    addWrongType(cases, u"workspaceScoped"_s, Where::Table, u"workspaceScoped"_s, u"\"yes\""_s);
    addWrongType(cases, u"global"_s, Where::Table, u"global"_s, u"0"_s);
    addWrongType(cases, u"table primaryKey"_s, Where::Table, u"primaryKey"_s, u"\"id\""_s);
    addWrongType(cases, u"indexes"_s, Where::Table, u"indexes"_s, u"{\"columns\": [\"ref_id\"]}"_s);
    addWrongType(cases, u"uniques"_s, Where::Table, u"uniques"_s, u"\"ref_id\""_s);
    addWrongType(cases, u"checks"_s, Where::Table, u"checks"_s, u"12"_s);
    addWrongType(cases, u"table comment"_s, Where::Table, u"comment"_s, u"[\"a\"]"_s);
    addWrongType(cases, u"column name"_s, Where::RefColumn, u"name"_s, u"[\"ref_id\"]"_s);
    addWrongType(cases, u"column type"_s, Where::RefColumn, u"type"_s, u"64"_s);
    addWrongType(cases, u"column primaryKey"_s, Where::IdColumn, u"primaryKey"_s, u"\"true\""_s);
    addWrongType(cases, u"notNull"_s, Where::RefColumn, u"notNull"_s, u"\"no\""_s);
    addWrongType(cases, u"unique"_s, Where::RefColumn, u"unique"_s, u"1"_s);
    addWrongType(cases, u"defaultSql"_s, Where::RefColumn, u"defaultSql"_s, u"5"_s);
    addWrongType(cases, u"defaultNow"_s, Where::RefColumn, u"defaultNow"_s, u"\"now\""_s);
    addWrongType(cases, u"values"_s, Where::RefColumn, u"values"_s, u"\"a, b\""_s);
    addWrongType(cases, u"column comment"_s, Where::RefColumn, u"comment"_s, u"{}"_s);
    addWrongType(cases, u"references"_s, Where::RefColumn, u"references"_s, u"\"bad_items\""_s);
    addWrongType(cases, u"references.table"_s, Where::Reference, u"table"_s, u"3"_s);
    addWrongType(cases, u"references.column"_s, Where::Reference, u"column"_s, u"null"_s);
    addWrongType(cases, u"references.onDelete"_s, Where::Reference, u"onDelete"_s, u"true"_s);
    addWrongType(cases, u"references.onUpdate"_s, Where::Reference, u"onUpdate"_s, u"[\"cascade\"]"_s);
    addWrongType(cases, u"index name"_s, Where::Index, u"name"_s, u"9"_s);
    addWrongType(cases, u"index columns"_s, Where::Index, u"columns"_s, u"\"ref_id\""_s);
    addWrongType(cases, u"index unique"_s, Where::Index, u"unique"_s, u"\"false\""_s);

    // strata.json: broken or of the wrong types; the packages load with the defaults.
    addStrataJson(cases, u"truncated"_s, "{\n  \"packages\": [\"packages/*\"],\n  \"dialect\": ", u"json-syntax"_s);
    addStrataJson(cases, u"not an object"_s, "[\"packages/*\"]\n", u"wrong-type"_s);
    addStrataJson(cases, u"packages"_s, "{\n  \"packages\": 5\n}\n", u"wrong-type"_s, "\"packages\"");
    addStrataJson(cases, u"dialect"_s, "{\n  \"dialect\": [\"sqlite\"]\n}\n", u"wrong-type"_s, "\"dialect\"");
    addStrataJson(cases, u"unknown dialect"_s, "{\n  \"dialect\": \"oracle\"\n}\n", u"invalid-value"_s, "\"dialect\"");
    addStrataJson(cases, u"workspaceTable"_s, "{\n  \"workspaceTable\": {}\n}\n", u"wrong-type"_s, "\"workspaceTable\"");
    addStrataJson(cases, u"database"_s, "{\n  \"database\": 1\n}\n", u"wrong-type"_s, "\"database\"");
    addStrataJson(cases, u"rules"_s, "{\n  \"rules\": \"strict\"\n}\n", u"wrong-type"_s, "\"rules\"");
    addStrataJson(cases, u"rules.requireWorkspaceScope"_s, "{\n  \"rules\": {\n    \"requireWorkspaceScope\": \"yes\"\n  }\n}\n",
                  u"wrong-type"_s, "\"requireWorkspaceScope\"");
    addStrataJson(cases, u"validation.disable"_s, "{\n  \"validation\": {\n    \"disable\": \"unknown-key\"\n  }\n}\n",
                  u"wrong-type"_s, "\"disable\"");
    addStrataJson(cases, u"invalid UTF-8"_s, "{\n  \"workspaceTable\": \"w\xC3\x28\"\n}\n", u"json-syntax"_s,
                  "\"workspaceTable\"");
    cases.append({u"strata.json: a folder"_s,
                  [](const QString &root) {
                      QDir().mkpath(root + u"/strata.json"_s);
                      badFile(badDatabase())(root);
                  },
                  {{u"file-unreadable"_s, u"^strata\\.json$"_s}}});
    cases.append({u"strata.json: a FIFO"_s,
                  [](const QString &root) {
                      QVERIFY(::mkfifo(QFile::encodeName(root + u"/strata.json"_s).constData(), 0644) == 0);
                      badFile(badDatabase())(root);
                  },
                  {{u"file-unreadable"_s, u"^strata\\.json$"_s}}, 1, 0,
                  [](const QString &root) {
                      // Wakes a reader that blocked on the FIFO, so that a failing row does not leave it stuck.
                      const int fd = ::open(QFile::encodeName(root + u"/strata.json"_s).constData(), O_WRONLY | O_NONBLOCK);
                      if (fd >= 0)
                          ::close(fd);
                  }});

    // Empty, blank and not an object.
    cases.append({u"empty database.json"_s, badFile(QByteArray()), {{u"json-syntax"_s, BadFile, 1}}});
    cases.append({u"whitespace-only database.json"_s, badFile(" \n\t\n   \n"), {{u"json-syntax"_s, BadFile}}});
    cases.append({u"database.json is an array"_s, badFile("[]\n"), {{u"wrong-type"_s, BadFile, 1, 1}}});
    cases.append({u"database.json is null"_s, badFile("null"), {{u"wrong-type"_s, BadFile, 1, 1}}});

    // Encoding.
    {
        QByteArray bytes = badDatabase({{Where::Table, u"comment"_s, u"\"cafe au lait\""_s}});
        bytes.replace("cafe au lait", "caf\xC3\x28 au lait");
        cases.append({u"invalid UTF-8 in a string"_s, badFile(bytes),
                      {{u"json-syntax"_s, BadFile, lineOf(bytes, "caf\xC3\x28")}}});
    }
    {
        QByteArray bytes = badDatabase();
        bytes.replace("\"checks\"", "\"che\xFF\xFEks\"");
        cases.append({u"invalid UTF-8 in a key"_s, badFile(bytes), {{u"json-syntax"_s, BadFile, lineOf(bytes, "\xFF\xFE")}}});
    }
    {
        QByteArray bytes = badDatabase();
        bytes.replace("Broken on purpose.", raw("Broken\0on purpose."));
        cases.append({u"NUL byte in a string"_s, badFile(bytes), {{u"json-syntax"_s, BadFile, lineOf(bytes, "\"description\"")}}});
    }
    {
        QByteArray bytes = badDatabase();
        bytes.replace("\"version\": ", raw("\"version\":\0 "));
        cases.append({u"NUL byte between tokens"_s, badFile(bytes), {{u"json-syntax"_s, BadFile, lineOf(bytes, "\"version\"")}}});
    }
    {
        const QByteArray bytes = QByteArray(1024, '\0');
        cases.append({u"database.json of NUL bytes"_s, badFile(bytes), {{u"json-syntax"_s, BadFile, 1, 1}}});
    }
    {
        // A BOM is not part of the text: the columns after it are counted without it.
        const QByteArray bytes = "\xEF\xBB\xBF{\"packageName\": 5, \"version\": \"1.0.0\", \"tables\": []}\n";
        cases.append({u"BOM"_s, badFile(bytes), {{u"wrong-type"_s, BadFile, 1, columnOf(bytes, "5,")}}});
    }
    {
        QByteArray bytes = badDatabase({{Where::RefColumn, u"type"_s, u"\"strnig\""_s}});
        const int line = lineOf(bytes, "\"strnig\"");
        bytes.replace("\n", "\r\n");
        cases.append({u"CRLF line ends"_s, badFile(bytes), {{u"unknown-type"_s, BadFile, line}}});
    }

    // Numbers and names out of range.
    {
        const QByteArray text = badDatabase({{Where::IdColumn, u"primaryKey"_s, u"1e999999"_s}});
        // Out of the range of a double: refused where it stands, like any number JSON cannot hold.
        cases.append({u"huge number for a boolean"_s, badFile(text),
                      {{u"json-syntax"_s, BadFile, lineOf(text, "1e999999"), columnOf(text, "1e999999")}}});
    }
    {
        const QByteArray text = badDatabase({{Where::RefColumn, u"type"_s, u"\"varchar(99999999999999999999999999)\""_s}});
        cases.append({u"huge varchar length"_s, badFile(text),
                      {{u"invalid-type-parameter"_s, BadFile, lineOf(text, "varchar(9999")}}});
    }
    {
        const QByteArray digits(400, '9');
        const QByteArray text = badDatabase({{Where::Table, u"checks"_s, QString::fromLatin1(digits)}});
        cases.append({u"400-digit number for checks"_s, badFile(text),
                      {{u"json-syntax"_s, BadFile, lineOf(text, digits), columnOf(text, digits)}}});
    }
    {
        const QString name = QString(10000, QLatin1Char('t'));
        const QByteArray text = badDatabase({{Where::Table, u"name"_s, u"\""_s + name + u"\""_s}});
        cases.append({u"10,000-character table name"_s, badFile(text),
                      {{u"identifier-too-long"_s, BadFile, lineOf(text, "\"tttt")}}});
    }
    {
        const QString name = QString(10000, QLatin1Char('c'));
        const QByteArray text = badDatabase({{Where::RefColumn, u"name"_s, u"\""_s + name + u"\""_s}});
        cases.append({u"10,000-character column name"_s, badFile(text),
                      {{u"identifier-too-long"_s, BadFile, lineOf(text, "\"cccc")}}});
    }
    {
        const QByteArray text = "{\n  \"packageName\": \"@bad/empty\",\n  \"version\": \"1.0.0\",\n"
                                "  \"tables\": [\n    { \"name\": \"empty_table\", \"columns\": [] }\n  ]\n}\n";
        cases.append({u"a table with no columns"_s, badFile(text),
                      {{u"empty-table"_s, BadFile, lineOf(text, "empty_table")}}});
    }

    // Size: refused by size, before reading.
    {
        Case huge{u"50 MB database.json"_s,
                  [](const QString &root) {
                      QFile file(bad(root));
                      QDir().mkpath(QFileInfo(file).absolutePath());
                      QVERIFY(file.open(QIODevice::WriteOnly));
                      // Valid JSON all the way: only its size is wrong.
                      file.write("{\"packageName\": \"@bad/huge\", \"version\": \"1.0.0\", \"description\": \"");
                      const QByteArray chunk(1024 * 1024, 'x');
                      for (int i = 0; i < 50; ++i)
                          file.write(chunk);
                      file.write("\", \"tables\": []}\n");
                      QVERIFY(file.size() > FiftyMegabytes);
                  },
                  {{u"file-too-large"_s, BadFile, 1}}};
        huge.limitMs = 2000;
        cases.append(huge);
    }
    {
        Case huge{u"50 MB migration"_s,
                  [](const QString &root) {
                      badFile(badDatabase())(root);
                      QFile file(bad(root, u"migrations/002_huge.sql"_s));
                      QVERIFY(file.open(QIODevice::WriteOnly));
                      file.write("-- strata:up\n");
                      const QByteArray line = "INSERT INTO bad_items (id) VALUES (1);\n";
                      QByteArray chunk;
                      while (chunk.size() < 1024 * 1024)
                          chunk += line;
                      for (int i = 0; i < 50; ++i)
                          file.write(chunk);
                      QVERIFY(file.size() > FiftyMegabytes);
                  },
                  {{u"migration-too-large"_s, u"^packages/bad/migrations/002_huge\\.sql$"_s}}};
        huge.limitMs = 2000;
        cases.append(huge);
    }
    {
        // Deep nesting: an error, never a stack overflow.
        QByteArray text = "{\"packageName\": \"@bad/deep\", \"version\": \"1.0.0\", \"tables\": ";
        text += QByteArray(100000, '[') + QByteArray(100000, ']') + "}\n";
        cases.append({u"100,000 nested arrays"_s, badFile(text), {{u"json-syntax"_s, BadFile, 1}}});
    }
    {
        QByteArray text = "{\"packageName\": \"@bad/deep\", \"version\": \"1.0.0\", \"description\": ";
        for (int i = 0; i < 100000; ++i)
            text += "{\"a\":";
        text += "1" + QByteArray(100000, '}') + "}\n";
        cases.append({u"100,000 nested objects"_s, badFile(text), {{u"json-syntax"_s, BadFile, 1}}});
    }

    // Links, folders and special files where database.json should be.
    cases.append({u"folder symlinked to its parent"_s,
                  [](const QString &root) {
                      badFile(badDatabase())(root);
                      QVERIFY(::symlink("..", QFile::encodeName(bad(root, u"loop"_s)).constData()) == 0);
                      QVERIFY(::symlink(".", QFile::encodeName(root + u"/packages/self"_s).constData()) == 0);
                  },
                  {}, 0});
    cases.append({u"database.json a symlink to itself"_s,
                  [](const QString &root) {
                      QDir().mkpath(bad(root, u"migrations"_s));
                      QVERIFY(::symlink("database.json", QFile::encodeName(bad(root)).constData()) == 0);
                  },
                  {{u"file-unreadable"_s, BadFile}}});
    cases.append({u"database.json a dangling symlink"_s,
                  [](const QString &root) {
                      QDir().mkpath(bad(root, u"migrations"_s));
                      QVERIFY(::symlink("gone.json", QFile::encodeName(bad(root)).constData()) == 0);
                  },
                  {{u"file-unreadable"_s, BadFile}}});
    cases.append({u"database.json is a folder"_s,
                  [](const QString &root) { QDir().mkpath(bad(root)); },
                  {{u"file-unreadable"_s, BadFile}}});
    cases.append({u"database.json is a FIFO"_s,
                  [](const QString &root) {
                      QDir().mkpath(bad(root, u"migrations"_s));
                      QVERIFY(::mkfifo(QFile::encodeName(bad(root)).constData(), 0644) == 0);
                  },
                  {{u"file-unreadable"_s, BadFile}}, 1, 0,
                  [](const QString &root) {
                      const int fd = ::open(QFile::encodeName(bad(root)).constData(), O_WRONLY | O_NONBLOCK);
                      if (fd >= 0)
                          ::close(fd);
                  }});
    cases.append({u"package.json is a FIFO"_s,
                  [](const QString &root) {
                      // No packageName in database.json, so the loader looks at package.json.
                      badFile(badDatabase({{Where::Top, u"packageName"_s, QString()}}))(root);
                      QVERIFY(::mkfifo(QFile::encodeName(bad(root, u"package.json"_s)).constData(), 0644) == 0);
                  },
                  {{u"file-unreadable"_s, u"^packages/bad/package\\.json$"_s}}, 1, 0,
                  [](const QString &root) {
                      const int fd = ::open(QFile::encodeName(bad(root, u"package.json"_s)).constData(), O_WRONLY | O_NONBLOCK);
                      if (fd >= 0)
                          ::close(fd);
                  }});
    if (!runningAsRoot()) {
        cases.append({u"database.json without read permission"_s,
                      [](const QString &root) {
                          badFile(badDatabase())(root);
                          QVERIFY(QFile::setPermissions(bad(root), {}));
                      },
                      {{u"file-unreadable"_s, BadFile}}, 1, 0,
                      [](const QString &root) { QFile::setPermissions(bad(root), QFile::ReadOwner | QFile::WriteOwner); }});
        cases.append({u"package folder without read permission"_s,
                      [](const QString &root) {
                          badFile(badDatabase())(root);
                          QVERIFY(QFile::setPermissions(root + u"/packages/bad"_s, {}));
                      },
                      {{u"file-unreadable"_s, u"^packages/bad(/database\\.json)?$"_s}}, 1, 0,
                      [](const QString &root) {
                          QFile::setPermissions(root + u"/packages/bad"_s,
                                                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                      }});
    }

    // Packages that do not fit together.
    {
        const QByteArray text = dependingOn("@bad/self", "@bad/self", "self_items");
        cases.append({u"a package that depends on itself"_s, badFile(text),
                      {{u"dependency-cycle"_s, BadFile, lineOf(text, "\"@bad/self\"]")}}});
    }
    cases.append({u"two packages with the same name"_s,
                  [](const QString &root) {
                      write(bad(root), dependingOn("@bad/twin", "@ok/good", "twin_one"));
                      write(root + u"/packages/bad2/database.json"_s, dependingOn("@bad/twin", "@ok/good", "twin_two"));
                  },
                  {{u"duplicate-package"_s, u"^packages/bad2?/database\\.json$"_s, 2}}});
    cases.append({u"a cycle of three"_s,
                  [](const QString &root) {
                      write(root + u"/packages/a/database.json"_s, dependingOn("@cy/a", "@cy/b", "a_items"));
                      write(root + u"/packages/b/database.json"_s, dependingOn("@cy/b", "@cy/c", "b_items"));
                      write(root + u"/packages/c/database.json"_s, dependingOn("@cy/c", "@cy/a", "c_items"));
                  },
                  {{u"dependency-cycle"_s, u"^packages/[abc]/database\\.json$"_s, 4}}});
    {
        const QByteArray text = dependingOn("@bad/orphan", "@nowhere/gone", "orphan_items");
        cases.append({u"a dependency that is not in the project"_s, badFile(text),
                      {{u"missing-dependency"_s, BadFile, lineOf(text, "@nowhere/gone")}}});
    }
    {
        const QByteArray text = badDatabase({{Where::Top, u"packageName"_s, QString()}});
        cases.append({u"broken package.json beside it"_s,
                      [text](const QString &root) {
                          badFile(text)(root);
                          write(bad(root, u"package.json"_s), "{\n  \"name\": \"@bad/pkg\",\n  \"version\": \n");
                      },
                      {{u"json-syntax"_s, u"^packages/bad/package\\.json$"_s, 4}}});
    }

    // Migrations.
    {
        const QByteArray text = badDatabase({{Where::Top, u"migrations"_s, u"\"sql\""_s}});
        cases.append({u"the migrations folder is missing"_s,
                      [text](const QString &root) { write(bad(root), text); },
                      {{u"migrations-folder-missing"_s, BadFile, lineOf(text, "\"sql\"")}}});
    }
    cases.append({u"a migration with no up section"_s,
                  [](const QString &root) {
                      badFile(badDatabase())(root);
                      write(bad(root, u"migrations/002_no_up.sql"_s), "-- just a note\nCREATE TABLE x (id INTEGER);\n");
                  },
                  {{u"migration-missing-up"_s, u"^packages/bad/migrations/002_no_up\\.sql$"_s}}});
    cases.append({u"invalid UTF-8 in a migration"_s,
                  [](const QString &root) {
                      badFile(badDatabase())(root);
                      write(bad(root, u"migrations/002_latin1.sql"_s),
                            "-- strata:up\nINSERT INTO bad_items (id) VALUES (1);\n-- caf\xE9\n-- strata:down\nSELECT 1;\n");
                  },
                  {{u"migration-encoding"_s, u"^packages/bad/migrations/002_latin1\\.sql$"_s, 3, 7}}});
    cases.append({u"NUL bytes in a migration"_s,
                  [](const QString &root) {
                      badFile(badDatabase())(root);
                      write(bad(root, u"migrations/002_nul.sql"_s),
                            raw("-- strata:up\nSELECT\0 1;\n-- strata:down\nSELECT 1;\n"));
                  },
                  {{u"sql-syntax"_s, u"^packages/bad/migrations/002_nul\\.sql$"_s, 2}}});
    cases.append({u"an empty migration file"_s,
                  [](const QString &root) {
                      badFile(badDatabase())(root);
                      write(bad(root, u"migrations/002_empty.sql"_s), QByteArray());
                  },
                  {{u"migration-missing-up"_s, u"^packages/bad/migrations/002_empty\\.sql$"_s}}});
    cases.append({u"a migration with a broken SQL statement"_s,
                  [](const QString &root) {
                      badFile(badDatabase())(root);
                      write(bad(root, u"migrations/002_broken.sql"_s),
                            "-- strata:up\nCREATE TABLE y (id INTEGER PRIMARY KEY);\nCREATE TABLE (;\n");
                  },
                  {{u"sql-syntax"_s, u"^packages/bad/migrations/002_broken\\.sql$"_s, 3}}});
    return cases;
}

const QList<Case> &cases()
{
    static const QList<Case> all = buildCases();
    return all;
}

// --- running -------------------------------------------------------------------------------------

// The core load on a thread of its own: a loader that blocks (a FIFO, a loop) fails the row after
// `timeoutMs` instead of hanging the suite. On a time-out the thread and its registry are left behind.
struct CoreLoad
{
    Strata::Registry *registry = nullptr;
    qint64 elapsedMs = -1;
    bool finished = false;
};

CoreLoad loadWithTimeout(const QString &root, qint64 timeoutMs)
{
    auto registry = new Strata::Registry;
    auto done = std::make_shared<std::promise<qint64>>();
    std::future<qint64> result = done->get_future();
    std::thread([root, registry, done] {
        QElapsedTimer timer;
        timer.start();
        Strata::discoverAndRegister(root, *registry);
        done->set_value(timer.elapsed());
    }).detach();
    CoreLoad load;
    if (result.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return load; // the registry leaks with the stuck thread
    load.registry = registry;
    load.elapsedMs = result.get();
    load.finished = true;
    return load;
}

struct CliRun
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out, err;
    qint64 elapsedMs = -1;
};

CliRun runCli(const QStringList &arguments, qint64 timeoutMs)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(STRATA_CLI_PATH), arguments);
    CliRun run;
    run.finished = process.waitForStarted(int(timeoutMs)) && process.waitForFinished(int(timeoutMs));
    run.elapsedMs = timer.elapsed();
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString relative(const QString &root, const QString &file)
{
    if (file.isEmpty())
        return file;
    return QDir(root).relativeFilePath(file);
}

bool matches(const Expected &e, const QString &code, const QString &file, int line, int column)
{
    return code == e.code && (e.file.isEmpty() || QRegularExpression(e.file).match(file).hasMatch())
        && (e.line == 0 || line == e.line) && (e.column == 0 || column == e.column);
}

QString describeExpected(const Expected &e)
{
    return QStringLiteral("[%1] at %2:%3:%4").arg(e.code, e.file.isEmpty() ? u"*"_s : e.file,
                                                  e.line ? QString::number(e.line) : u"*"_s,
                                                  e.column ? QString::number(e.column) : u"*"_s);
}

} // namespace

class TestMalformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void project_data();
    void project();
};

void TestMalformed::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(STRATA_CLI_PATH)), "build the strata target first");
    QVERIFY2(cases().size() >= 30, "at least 30 broken projects");
}

void TestMalformed::project_data()
{
    QTest::addColumn<int>("index");
    for (qsizetype i = 0; i < cases().size(); ++i)
        QTest::newRow(qPrintable(cases().at(i).name)) << int(i);
}

void TestMalformed::project()
{
    QFETCH(int, index);
    const Case &c = cases().at(index);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = QDir(dir.path()).canonicalPath() + u"/project"_s;
    QVERIFY(QDir().mkpath(root + u"/packages"_s));
    writeGood(root);
    c.build(root);
    if (QTest::currentTestFailed())
        return;
    struct Cleanup
    {
        const Case &c;
        QString root;
        ~Cleanup()
        {
            if (c.cleanup)
                c.cleanup(root);
        }
    } cleanup{c, root};

    // --- the core, as the workbench loads it.
    const CoreLoad load = loadWithTimeout(root, HangMs);
    QVERIFY2(load.finished, qPrintable(u"the core load did not finish within %1 ms"_s.arg(HangMs)));
    std::unique_ptr<Strata::Registry> registry(load.registry);
    if (c.limitMs > 0) {
        QVERIFY2(load.elapsedMs <= c.limitMs,
                 qPrintable(u"the core load took %1 ms (limit %2 ms)"_s.arg(load.elapsedMs).arg(c.limitMs)));
    }

    QStringList found;
    for (const Strata::Diagnostic &d : registry->diagnostics()) {
        found.append(QStringLiteral("  %1 %2:%3:%4 [%5] %6")
                         .arg(Strata::severityName(d.severity), relative(root, d.location.file))
                         .arg(d.location.line)
                         .arg(d.location.column)
                         .arg(d.code, d.message));
        QVERIFY2(!d.message.isEmpty() && !d.code.isEmpty(), qPrintable(d.code));
    }
    const QString report = u"\ncore diagnostics:\n"_s + found.join(QLatin1Char('\n'));
    for (const Expected &e : c.expected) {
        const bool present = std::any_of(registry->diagnostics().cbegin(), registry->diagnostics().cend(),
                                         [&](const Strata::Diagnostic &d) {
                                             return matches(e, d.code, relative(root, d.location.file),
                                                            d.location.line, d.location.column);
                                         });
        QVERIFY2(present, qPrintable(u"core: expected "_s + describeExpected(e) + report));
    }
    if (c.expected.isEmpty())
        QVERIFY2(Strata::countErrors(registry->diagnostics()) == 0, qPrintable(u"core: expected no errors"_s + report));

    const Strata::PackageDefinition *good = registry->package(u"@ok/good");
    QVERIFY2(good, qPrintable(u"core: @ok/good did not load"_s + report));
    QVERIFY(good->loaded);
    QCOMPARE(good->tables.size(), 1);
    QCOMPARE(good->tables.first().name, u"good_items"_s);
    QCOMPARE(good->migrations.size(), 1);
    QVERIFY2(Strata::countErrors(registry->diagnosticsOf(u"@ok/good"_s)) == 0, qPrintable(report));

    // --- the command line, as CI runs it.
    const qint64 cliLimit = HangMs;
    const CliRun validate = runCli({u"validate"_s, u"-C"_s, root, u"--format"_s, u"json"_s}, cliLimit);
    const QString cliReport = u"\nstdout:\n"_s + QString::fromUtf8(validate.out.left(4000)) + u"\nstderr:\n"_s
        + QString::fromUtf8(validate.err.left(4000));
    QVERIFY2(validate.finished, qPrintable(u"strata validate did not finish within %1 ms"_s.arg(cliLimit)));
    QVERIFY2(validate.status == QProcess::NormalExit, qPrintable(u"strata validate crashed"_s + cliReport));
    if (c.limitMs > 0) {
        // Twice the core's limit: the process also starts up and prints.
        QVERIFY2(validate.elapsedMs <= 2 * c.limitMs,
                 qPrintable(u"strata validate took %1 ms (limit %2 ms)"_s.arg(validate.elapsedMs).arg(2 * c.limitMs)));
    }
    QVERIFY2(validate.exitCode == c.cliExit,
             qPrintable(u"strata validate exited %1, expected %2"_s.arg(validate.exitCode).arg(c.cliExit) + cliReport));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(validate.out, &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString() + cliReport));
    const QJsonArray diagnostics = json.value(u"diagnostics"_s).toArray();
    for (const Expected &e : c.expected) {
        const bool present = std::any_of(diagnostics.begin(), diagnostics.end(), [&](const QJsonValue &v) {
            const QJsonObject d = v.toObject();
            return matches(e, d.value(u"code"_s).toString(), d.value(u"file"_s).toString(),
                           d.value(u"line"_s).toInt(), d.value(u"column"_s).toInt());
        });
        QVERIFY2(present, qPrintable(u"cli: expected "_s + describeExpected(e) + cliReport));
    }

    // `strata list` still lists every package; it fails only on a dependency cycle, which leaves no
    // dependency order to list them in.
    const bool cycle = std::any_of(c.expected.begin(), c.expected.end(),
                                   [](const Expected &e) { return e.code == u"dependency-cycle"_s; });
    const CliRun list = runCli({u"-C"_s, root, u"list"_s, u"--format"_s, u"json"_s}, cliLimit);
    QVERIFY2(list.finished && list.status == QProcess::NormalExit, qPrintable(QString::fromUtf8(list.err)));
    QVERIFY2(list.exitCode == (cycle ? 1 : 0),
             qPrintable(u"strata list exited %1:\n"_s.arg(list.exitCode) + QString::fromUtf8(list.err)));
    bool listed = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out).object().value(u"packages"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(u"name"_s).toString() == u"@ok/good") {
            listed = true;
            QCOMPARE(p.value(u"tables"_s).toArray(), QJsonArray{u"good_items"_s});
        }
    }
    QVERIFY2(listed, qPrintable(u"strata list does not show @ok/good:\n"_s + QString::fromUtf8(list.out)));
}

QTEST_GUILESS_MAIN(TestMalformed)
#include "tst_malformed.moc"
