#pragma once

// Shared by tst_packagerules and tst_projectrules: writes a small project into a temporary folder,
// loads it the way the applications do (PackageScanner -> Registry), and finds a diagnostic by code
// and exact file:line:column.

#include <strata/common/Diagnostic.h>
#include <strata/loading/PackageScanner.h>
#include <strata/registry/ProjectLoading.h>
#include <strata/registry/Registry.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace RuleTest {

// Relative path -> content.
using Files = QMap<QString, QString>;

inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A database.json whose tables start on line 6, one line each, so that a row's expected line is
// 5 + the table's position (1-based) in `tables`.
inline QString database(const QString &name, const QStringList &tables, const QString &dependencies = text("[]"),
                        const QString &version = text("1.0.0"))
{
    QString out = text("{\n");
    out += text("  \"packageName\": \"") + name + text("\",\n");                     // line 2
    out += text("  \"version\": \"") + version + text("\",\n");                       // line 3
    out += text("  \"dependencies\": ") + dependencies + text(",\n");               // line 4
    out += text("  \"tables\": [\n");                                                // line 5
    for (qsizetype i = 0; i < tables.size(); ++i)                                    // line 6..
        out += text("    ") + tables.at(i) + (i + 1 < tables.size() ? text(",\n") : text("\n"));
    out += text("  ]\n}\n");
    return out;
}

// A minimal migration file.
inline QString migration(const QString &header = {})
{
    return header + text("-- strata:up\nSELECT 1;\n-- strata:down\nSELECT 1;\n");
}

inline QString describe(const Strata::Diagnostics &diagnostics, const QString &root)
{
    QStringList lines;
    for (const Strata::Diagnostic &d : diagnostics) {
        lines.append(QStringLiteral("  %1 %2 %3:%4:%5 [%6] %7 | help: %8")
                         .arg(Strata::severityName(d.severity), d.code,
                              QDir(root).relativeFilePath(d.location.file))
                         .arg(d.location.line)
                         .arg(d.location.column)
                         .arg(d.package, d.message, d.help));
    }
    return lines.isEmpty() ? QStringLiteral("  (none)") : lines.join(u'\n');
}

class Project
{
public:
    bool write(const Files &files)
    {
        if (!m_dir.isValid())
            return false;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QString path = m_dir.filePath(it.key());
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                return false;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return false;
            file.write(it.value().toUtf8());
        }
        return true;
    }

    void load() { Strata::discoverAndRegister(m_dir.path(), m_registry); }

    QString root() const { return m_dir.path(); }
    QString path(const QString &relative) const { return QDir::cleanPath(m_dir.filePath(relative)); }
    const Strata::Registry &registry() const { return m_registry; }
    const Strata::Diagnostics &diagnostics() const { return m_registry.diagnostics(); }
    QString report() const { return describe(diagnostics(), root()); }

    const Strata::Diagnostic *find(const QString &code) const
    {
        for (const Strata::Diagnostic &d : diagnostics()) {
            if (d.code == code)
                return &d;
        }
        return nullptr;
    }

    const Strata::Diagnostic *findAt(const QString &code, const QString &file, int line, int column) const
    {
        const QString absolute = path(file);
        for (const Strata::Diagnostic &d : diagnostics()) {
            if (d.code == code && QDir::cleanPath(d.location.file) == absolute && d.location.line == line
                && d.location.column == column)
                return &d;
        }
        return nullptr;
    }

    // The text of `file` from line:column (1-based, code points) on, for checking that a location
    // really points at the value a row means.
    QString textAt(const QString &file, int line, int column) const
    {
        QFile f(path(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        if (line < 1 || line > lines.size())
            return {};
        const QList<uint> ucs4 = lines.at(line - 1).toUcs4();
        if (column < 1 || column > ucs4.size() + 1)
            return {};
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + column - 1,
                                 ucs4.size() - column + 1);
    }

private:
    QTemporaryDir m_dir;
    Strata::Registry m_registry;
};

// The common check of a positive row: `code` is reported at file:line:column, that position holds
// `snippet`, and the diagnostic is complete (message, help, package).
#define RULETEST_EXPECT_AT(project, code, file, line, column, snippet)                                   \
    do {                                                                                                 \
        const Strata::Diagnostic *found_ = (project).findAt(code, file, line, column);                    \
        if (!found_)                                                                                     \
            QFAIL(qPrintable(QStringLiteral("expected %1 at %2:%3:%4; got:\n%5")                         \
                                 .arg(code, file)                                                        \
                                 .arg(line)                                                              \
                                 .arg(column)                                                            \
                                 .arg((project).report())));                                             \
        QVERIFY2((project).textAt(file, line, column).startsWith(snippet),                              \
                 qPrintable(QStringLiteral("the location holds \"%1\", not \"%2\"")                      \
                                .arg((project).textAt(file, line, column).left(40), snippet)));            \
        QVERIFY(!found_->message.isEmpty());                                                             \
        QVERIFY(!found_->help.isEmpty());                                                                \
    } while (false)

} // namespace RuleTest
