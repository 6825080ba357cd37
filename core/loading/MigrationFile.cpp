#include <strata/loading/MigrationFile.h>

#include <strata/common/Suggest.h>
#include <strata/sql/SqlLexer.h>
#include <strata/sql/StatementSplitter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Strata {

namespace {

constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

// One line of the file: UTF-16 range of its text (without the line break) and its first UTF-8 byte.
struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype byteOffset = 0;
};

// "-- strata:name arguments" (or dbmate's "-- migrate:name arguments"), whitespace and case tolerant.
struct Directive
{
    QString name;          // lower case; empty for "-- strata:" alone
    QString written;       // as written, "strata:reqires", for messages
    QStringView arguments; // trimmed
    qsizetype argumentsIndex = 0; // index of `arguments` within the line
};

qsizetype utf8Length(QStringView text)
{
    qsizetype length = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        length += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3; // a pair makes 4
    }
    return length;
}

// 1-based column in code points of the character at `index` of `line`.
int columnAt(QStringView line, qsizetype index)
{
    int column = 1;
    for (qsizetype i = 0; i < index && i < line.size(); ++i) {
        if (!line.at(i).isLowSurrogate())
            ++column;
    }
    return column;
}

// Walks one line forward, keeping the UTF-16 index, the 1-based column (code points) and the UTF-8
// length so far, so that a run of positions along a line costs one walk over it: findings come in
// order (the requirements of a line, the syntax errors of a section), and 100,000 of them on one
// line must not walk it 100,000 times. Asked for a position behind it, it starts over.
class LineCursor
{
public:
    void reset(int lineIndex, QStringView line)
    {
        m_lineIndex = lineIndex;
        m_line = line;
        m_index = 0;
        m_column = 1;
        m_bytes = 0;
        // A lone surrogate (never in text decoded from UTF-8) makes toColumn() differ from the
        // step-by-code-point walk it stands for: Parser::fileLocation() then walks as it always did.
        m_wellFormed = true;
        for (qsizetype i = 0; i < line.size() && m_wellFormed; ++i) {
            const QChar c = line.at(i);
            if (c.isHighSurrogate())
                m_wellFormed = i + 1 < line.size() && line.at(++i).isLowSurrogate();
            else if (c.isLowSurrogate())
                m_wellFormed = false;
        }
    }
    int lineIndex() const { return m_lineIndex; }
    bool wellFormed() const { return m_wellFormed; }

    // To `index` (at most the line's length): as columnAt() and utf8Length() of the text before it.
    void toIndex(qsizetype index)
    {
        if (index < m_index)
            reset(m_lineIndex, m_line);
        while (m_index < index)
            step();
    }
    // To the first character of `column`, or the end of the line (well-formed lines only).
    void toColumn(int column)
    {
        if (column < m_column)
            reset(m_lineIndex, m_line);
        while (m_index < m_line.size() && (m_column < column || m_line.at(m_index).isLowSurrogate()))
            step();
    }

    qsizetype index() const { return m_index; }
    int column() const { return m_column; }
    qsizetype bytes() const { return m_bytes; }

private:
    void step()
    {
        const char16_t u = m_line.at(m_index++).unicode();
        m_bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : QChar::isSurrogate(u) ? 2 : 3; // as utf8Length()
        if (!QChar::isLowSurrogate(u)) // as columnAt()
            ++m_column;
    }

    int m_lineIndex = -1;
    QStringView m_line;
    qsizetype m_index = 0;
    int m_column = 1;
    qsizetype m_bytes = 0;
    bool m_wellFormed = true;
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool parseDirective(QStringView line, Directive *out)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && isBlank(line.at(i)))
        ++i;
    if (!line.mid(i).startsWith(u"--"))
        return false;
    i += 2;
    while (i < n && isBlank(line.at(i)))
        ++i;
    const qsizetype prefixStart = i;
    while (i < n && line.at(i).isLetter())
        ++i;
    const QStringView prefix = line.mid(prefixStart, i - prefixStart);
    if (prefix.compare(u"strata", Qt::CaseInsensitive) != 0 && prefix.compare(u"migrate", Qt::CaseInsensitive) != 0)
        return false;
    while (i < n && isBlank(line.at(i)))
        ++i;
    if (i >= n || line.at(i) != u':')
        return false;
    ++i;
    while (i < n && isBlank(line.at(i)))
        ++i;
    const qsizetype nameStart = i;
    while (i < n && (line.at(i).isLetterOrNumber() || line.at(i) == u'-' || line.at(i) == u'_'))
        ++i;
    out->name = line.mid(nameStart, i - nameStart).toString().toLower();
    out->written = prefix.toString().toLower() + u':' + line.mid(nameStart, i - nameStart).toString();
    while (i < n && isBlank(line.at(i)))
        ++i;
    out->argumentsIndex = i;
    out->arguments = line.mid(i).trimmed();
    return true;
}

// dbmate writes "-- migrate:up transaction:false" for a migration that must run outside a transaction.
bool hasTransactionFalse(QStringView arguments)
{
    const auto words = arguments.split(u' ', Qt::SkipEmptyParts);
    return std::any_of(words.begin(), words.end(), [](QStringView word) {
        return word.compare(u"transaction:false", Qt::CaseInsensitive) == 0;
    });
}

class Parser
{
public:
    Parser(const QString &text, const QString &file, DialectKind dialect, const QString &package)
        : m_text(text), m_dialect(dialect), m_package(package)
    {
        m_result.migration.file = file;
        m_fileName = QFileInfo(file).fileName();
        m_result.migration.location = {file, 1, 1, 0, 0};
    }

    MigrationFile::Parsed run();

private:
    enum class Section { Header, Up, Down, Ignored };

    void splitLines();
    QStringView lineText(int index) const
    {
        const Line &line = m_lines[index];
        return QStringView(m_text).mid(line.start, line.end - line.start);
    }
    SourceLocation locationAt(int lineIndex, qsizetype indexInLine, qsizetype length = 0) const;
    SourceLocation fileLocation(int line, int column) const;
    void handleDirective(int lineIndex, const Directive &directive);
    void startSection(Section section, int lineIndex, const Directive &directive);
    void closeSection(qsizetype end);
    void parseRequires(int lineIndex, const Directive &directive);
    void parseForeignKeys(int lineIndex, const Directive &directive);
    void checkForeignKeys();
    void checkHeader();
    void checkSection(const MigrationStep &step, const char *sectionName, bool isUp);
    void error(DiagnosticCode code, const QString &message, const SourceLocation &at, const QString &help)
    {
        m_result.diagnostics.append(makeError(code, message, at, help, m_package));
    }

    // Moves to `lineIndex` when it stands on another line.
    LineCursor &cursorOn(int lineIndex) const
    {
        if (m_cursor.lineIndex() != lineIndex)
            m_cursor.reset(lineIndex, lineText(lineIndex));
        return m_cursor;
    }

    const QString &m_text;
    DialectKind m_dialect;
    QString m_package;
    QString m_fileName;
    MigrationFile::Parsed m_result;
    QList<Line> m_lines;
    mutable LineCursor m_cursor; // where the last location was taken

    Section m_section = Section::Header;
    qsizetype m_sectionStart = 0;
    qsizetype m_headerEnd = -1; // UTF-16 end of the header: the first section marker
    bool m_seenUp = false;
    bool m_seenDown = false;
    SourceLocation m_foreignKeysAt; // the "-- strata:foreign-keys off" line, when there is one
};

void Parser::splitLines()
{
    qsizetype start = 0;
    qsizetype byteOffset = 0;
    const qsizetype size = m_text.size();
    m_lines.reserve(m_text.size() / 24 + 1);
    while (start <= size) {
        qsizetype newline = m_text.indexOf(u'\n', start);
        const bool last = newline < 0;
        if (last)
            newline = size;
        qsizetype end = newline;
        if (end > start && m_text.at(end - 1) == u'\r')
            --end;
        m_lines.append({start, end, byteOffset});
        byteOffset += utf8Length(QStringView(m_text).mid(start, newline - start)) + 1;
        if (last)
            break;
        start = newline + 1;
    }
}

SourceLocation Parser::locationAt(int lineIndex, qsizetype indexInLine, qsizetype length) const
{
    const QStringView line = lineText(lineIndex);
    SourceLocation location;
    location.file = m_result.migration.file;
    location.line = lineIndex + 1;
    if (indexInLine >= 0 && indexInLine <= line.size()) {
        LineCursor &cursor = cursorOn(lineIndex);
        cursor.toIndex(indexInLine);
        location.column = cursor.column();
        location.offset = m_lines[lineIndex].byteOffset + cursor.bytes();
    } else {
        location.column = columnAt(line, indexInLine);
        location.offset = m_lines[lineIndex].byteOffset + utf8Length(line.left(indexInLine));
    }
    location.length = utf8Length(line.mid(indexInLine, length));
    return location;
}

// A 1-based line and code point column of the file (from the statement splitter) as a location.
SourceLocation Parser::fileLocation(int line, int column) const
{
    const int lineIndex = qBound(0, line - 1, int(m_lines.size()) - 1);
    qsizetype index = 0;
    if (LineCursor &cursor = cursorOn(lineIndex); cursor.wellFormed()) {
        cursor.toColumn(column);
        index = cursor.index();
    } else {
        const QStringView text = lineText(lineIndex);
        for (int c = 1; c < column && index < text.size(); ++c)
            index += text.at(index).isHighSurrogate() && index + 1 < text.size() ? 2 : 1;
    }
    SourceLocation location = locationAt(lineIndex, index);
    location.column = column; // the end of a line may lie past its last character
    return location;
}

void Parser::closeSection(qsizetype end)
{
    const QString sql = m_text.mid(m_sectionStart, end - m_sectionStart);
    if (m_section == Section::Up)
        m_result.migration.up.sql = sql;
    else if (m_section == Section::Down)
        m_result.migration.down.sql = sql;
}

void Parser::startSection(Section section, int lineIndex, const Directive &directive)
{
    const Line &line = m_lines[lineIndex];
    closeSection(line.start);
    if (m_headerEnd < 0)
        m_headerEnd = line.start;

    const QStringView text = lineText(lineIndex);
    const qsizetype markerStart = text.indexOf(u'-');
    const SourceLocation marker = locationAt(lineIndex, markerStart, text.trimmed().size());
    bool &seen = section == Section::Up ? m_seenUp : m_seenDown;
    if (seen) {
        error(DiagnosticCode::MigrationDuplicateSection,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Migration %1 has a second \"%2\" section")
                  .arg(m_fileName, directive.written),
              marker,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Merge both sections into one: a migration has one up "
                                          "section and at most one down section."));
        m_section = Section::Ignored;
    } else {
        seen = true;
        m_section = section;
        MigrationStep &step = section == Section::Up ? m_result.migration.up : m_result.migration.down;
        step.firstLine = lineIndex + 2;
        (section == Section::Up ? m_result.migration.upLocation : m_result.migration.downLocation) = marker;
    }
    const qsizetype next = lineIndex + 1 < m_lines.size() ? m_lines[lineIndex + 1].start : m_text.size();
    m_sectionStart = next;
}

void Parser::parseRequires(int lineIndex, const Directive &directive)
{
    const QStringView text = lineText(lineIndex);
    const auto malformed = [&](const SourceLocation &at, const QString &written) {
        error(DiagnosticCode::MigrationMalformedRequires,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Malformed requirement \"%1\" in migration %2: expected "
                                          "<package>:<migration id>")
                  .arg(written, m_fileName),
              at,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Write \"-- strata:requires <package>:<migration id>\", "
                                          "for example \"-- strata:requires @acme/core:0001_init\"."));
    };
    if (directive.arguments.isEmpty()) {
        malformed(locationAt(lineIndex, text.indexOf(u'-'), text.trimmed().size()), directive.written);
        return;
    }
    // Several requirements may share a line, separated by spaces or commas.
    qsizetype i = directive.argumentsIndex;
    while (i < text.size()) {
        while (i < text.size() && (text.at(i).isSpace() || text.at(i) == u','))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !text.at(i).isSpace() && text.at(i) != u',')
            ++i;
        if (i == start)
            break;
        const QStringView token = text.mid(start, i - start);
        const SourceLocation at = locationAt(lineIndex, start, token.size());
        const qsizetype colon = token.lastIndexOf(u':');
        if (colon <= 0 || colon == token.size() - 1) {
            malformed(at, token.toString());
            continue;
        }
        m_result.migration.requirements.append(
            {token.left(colon).toString(), token.mid(colon + 1).toString(), at});
    }
}

void Parser::parseForeignKeys(int lineIndex, const Directive &directive)
{
    const QStringView text = lineText(lineIndex);
    const SourceLocation at = locationAt(lineIndex, text.indexOf(u'-'), text.trimmed().size());
    if (directive.arguments.compare(u"off", Qt::CaseInsensitive) == 0) {
        m_result.migration.foreignKeysOff = true;
        m_foreignKeysAt = at;
        return;
    }
    // Foreign keys are on for every migration: "on" (or nothing) would say nothing, and a typo must
    // not leave a rebuild running with them on.
    error(DiagnosticCode::MigrationMalformedForeignKeys,
          QCoreApplication::translate("Strata::MigrationFile",
                                      "Malformed directive \"%1\" in migration %2: expected \"-- strata:foreign-keys off\"")
              .arg(text.trimmed().toString(), m_fileName),
          at,
          QCoreApplication::translate("Strata::MigrationFile",
                                      "Write \"-- strata:foreign-keys off\" for a migration that rebuilds tables, "
                                      "or remove the line: foreign keys are on otherwise."));
}

// The directive is for SQLite's table rebuilds, and works through the migration's transaction.
void Parser::checkForeignKeys()
{
    if (!m_result.migration.foreignKeysOff)
        return;
    if (m_result.migration.noTransaction) {
        error(DiagnosticCode::MigrationForeignKeysNoTransaction,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Migration %1 turns foreign keys off but runs without a transaction")
                  .arg(m_fileName),
              m_foreignKeysAt,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Remove \"-- strata:no-transaction\" or \"-- strata:foreign-keys off\": the "
                                          "foreign keys are checked before the migration's transaction commits."));
    } else if (m_dialect == DialectKind::PostgreSQL) {
        m_result.diagnostics.append(makeWarning(
            DiagnosticCode::MigrationForeignKeysIgnored,
            QCoreApplication::translate("Strata::MigrationFile",
                                        "\"-- strata:foreign-keys off\" in migration %1 does nothing on PostgreSQL")
                .arg(m_fileName),
            m_foreignKeysAt,
            QCoreApplication::translate("Strata::MigrationFile",
                                        "Remove the line: it is for SQLite's table rebuilds, and PostgreSQL keeps its "
                                        "constraints on."),
            m_package));
    }
}

void Parser::handleDirective(int lineIndex, const Directive &directive)
{
    if (directive.name == u"up") {
        startSection(Section::Up, lineIndex, directive);
        if (hasTransactionFalse(directive.arguments))
            m_result.migration.noTransaction = true;
    } else if (directive.name == u"down") {
        startSection(Section::Down, lineIndex, directive);
    } else if (directive.name == u"requires") {
        parseRequires(lineIndex, directive);
    } else if (directive.name == u"no-transaction") {
        m_result.migration.noTransaction = true;
    } else if (directive.name == u"foreign-keys") {
        parseForeignKeys(lineIndex, directive);
    } else {
        static const QStringList known = {QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("requires"),
                                          QStringLiteral("no-transaction"), QStringLiteral("foreign-keys")};
        const QStringView text = lineText(lineIndex);
        const SourceLocation at = locationAt(lineIndex, text.indexOf(u'-'), text.trimmed().size());
        const QString guess = suggest(directive.name, known);
        const QString message = guess.isEmpty()
            ? QCoreApplication::translate("Strata::MigrationFile", "Unknown directive \"%1\" in migration %2")
                  .arg(directive.written, m_fileName)
            : QCoreApplication::translate("Strata::MigrationFile",
                                          "Unknown directive \"%1\" in migration %2; did you mean \"%3\"?")
                  .arg(directive.written, m_fileName, QStringLiteral("strata:") + guess);
        m_result.diagnostics.append(makeWarning(
            DiagnosticCode::MigrationUnknownDirective, message, at,
            QCoreApplication::translate("Strata::MigrationFile",
                                        "Use one of strata:up, strata:down, strata:requires, "
                                        "strata:no-transaction and strata:foreign-keys, or write the comment "
                                        "without \"strata:\"."),
            m_package));
    }
}

// Before the first section marker only comments and directives belong.
void Parser::checkHeader()
{
    const qsizetype end = m_headerEnd < 0 ? m_text.size() : m_headerEnd;
    const QByteArray header = QStringView(m_text).left(end).toUtf8();
    const qsizetype at = SqlLexer::skipSpaceAndComments(header.constData(), 0, header.size(), m_dialect);
    if (at >= header.size())
        return;
    // The offending byte lies on the line whose first byte is the last one at or before it.
    const auto it = std::upper_bound(m_lines.cbegin(), m_lines.cend(), at,
                                     [](qsizetype offset, const Line &line) { return offset < line.byteOffset; });
    const int lineIndex = int(it - m_lines.cbegin()) - 1;
    const QByteArray lineBytes = header.mid(m_lines[lineIndex].byteOffset, at - m_lines[lineIndex].byteOffset);
    const SourceLocation location =
        locationAt(lineIndex, QString::fromUtf8(lineBytes).size(), lineText(lineIndex).trimmed().size());
    error(DiagnosticCode::MigrationSqlBeforeUp,
          QCoreApplication::translate("Strata::MigrationFile",
                                      "Migration %1 has SQL before its \"-- strata:up\" line")
              .arg(m_fileName),
          location,
          QCoreApplication::translate("Strata::MigrationFile",
                                      "Move the statements below \"-- strata:up\"; only comments and "
                                      "strata directives may come before it."));
}

void Parser::checkSection(const MigrationStep &step, const char *sectionName, bool isUp)
{
    QList<SqlSyntaxError> errors;
    const QList<SqlStatement> statements = StatementSplitter::split(step.sql, m_dialect, &errors);
    const QString dialectTitle =
        m_dialect == DialectKind::PostgreSQL ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
    for (const SqlSyntaxError &e : errors) {
        error(DiagnosticCode::SqlSyntax,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Syntax error in the %1 section of migration %2: %3")
                  .arg(QLatin1String(sectionName), m_fileName, e.message),
              fileLocation(step.firstLine + e.line - 1, e.column),
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Correct the statement at this position so that it is valid %1 SQL.")
                  .arg(dialectTitle));
    }
    if (isUp && statements.isEmpty()) {
        m_result.diagnostics.append(makeWarning(
            DiagnosticCode::MigrationEmptyUp,
            QCoreApplication::translate("Strata::MigrationFile",
                                        "The up section of migration %1 has no statements")
                .arg(m_fileName),
            m_result.migration.upLocation,
            QCoreApplication::translate("Strata::MigrationFile",
                                        "Add the statements that apply the migration below "
                                        "\"-- strata:up\", or delete the file."),
            m_package));
    }
}

MigrationFile::Parsed Parser::run()
{
    Migration &migration = m_result.migration;
    QString id = m_fileName;
    if (id.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
        id.chop(4);
    migration.id = id;
    if (id.isEmpty() || !id.at(0).isDigit()) {
        error(DiagnosticCode::InvalidMigrationName,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Migration file name %1 does not start with a number")
                  .arg(m_fileName),
              migration.location,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Rename the file so that it starts with its sequence number, "
                                          "for example 0001_create_users.sql."));
    }

    splitLines();
    for (int i = 0; i < m_lines.size(); ++i) {
        Directive directive;
        if (parseDirective(lineText(i), &directive))
            handleDirective(i, directive);
    }
    closeSection(m_text.size());
    checkForeignKeys();

    if (!m_seenUp) {
        error(DiagnosticCode::MigrationMissingUp,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Migration %1 has no \"-- strata:up\" section")
                  .arg(m_fileName),
              migration.location,
              QCoreApplication::translate("Strata::MigrationFile",
                                          "Add a line \"-- strata:up\" above the statements that apply "
                                          "the migration."));
    } else {
        checkHeader();
        checkSection(migration.up, "up", true);
    }
    if (m_seenDown)
        checkSection(migration.down, "down", false);
    migration.checksum = migration.computeChecksum();
    return std::move(m_result);
}

} // namespace

MigrationFile::Parsed MigrationFile::parse(const QString &text, const QString &file, DialectKind dialect,
                                           const QString &package)
{
    const QString path = QDir::isAbsolutePath(file) ? file : QFileInfo(file).absoluteFilePath();
    return Parser(text, path, dialect, package).run();
}

} // namespace Strata
