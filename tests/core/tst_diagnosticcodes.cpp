// The catalog of diagnostic codes (core/common/DiagnosticCodes.h) and docs/validation.md agree: every
// code Strata reports is documented, with its severity, and the page documents no code that does not
// exist. A code is documented by a table row whose first cell is the code in backticks.
#include <strata/common/Diagnostic.h>
#include <strata/common/DiagnosticCodes.h>

#include <QFile>
#include <QMultiHash>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Strata;
using namespace Qt::StringLiterals;

namespace {

// Code -> the severity cell of each row that documents it (a code may be documented twice, e.g.
// duplicate-table as a package rule and as a project rule).
QMultiHash<QString, QString> documentedCodes(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    static const QRegularExpression row(u"^\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]*?)\\s*\\|"_s);
    QMultiHash<QString, QString> codes;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            codes.insert(match.captured(1), match.captured(2));
    }
    return codes;
}

QString severityCell(DefaultSeverity severity)
{
    switch (severity) {
    case DefaultSeverity::Error:
        return u"error"_s;
    case DefaultSeverity::Warning:
        return u"warning"_s;
    case DefaultSeverity::Either:
        return u"error or warning"_s;
    }
    return {};
}

} // namespace

class TestDiagnosticCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogIsComplete();
    void docsDocumentEveryCodeAndNoOther();
    void buildersUseTheCatalog();
};

void TestDiagnosticCodes::catalogIsComplete()
{
    QSet<QString> names;
    for (const DiagnosticCodeInfo &info : diagnosticCodes()) {
        const QString name = diagnosticCodeString(info.code);
        QCOMPARE(name, QString::fromLatin1(info.name.data(), qsizetype(info.name.size())));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(names.size(), qsizetype(diagnosticCodes().size()));
}

void TestDiagnosticCodes::docsDocumentEveryCodeAndNoOther()
{
    const QString path = QStringLiteral(STRATA_SOURCE_DIR) + u"/docs/validation.md"_s;
    QString error;
    const QMultiHash<QString, QString> documented = documentedCodes(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!documented.isEmpty(), "docs/validation.md documents no code at all: has its table format changed?");

    QStringList problems;
    QSet<QString> known;
    for (const DiagnosticCodeInfo &info : diagnosticCodes()) {
        const QString name = diagnosticCodeString(info.code);
        known.insert(name);
        if (!documented.contains(name)) {
            problems.append(u"%1: in the catalog (core/common/DiagnosticCodes.h) but not documented in "
                            "docs/validation.md"_s.arg(name));
            continue;
        }
        for (const QString &cell : documented.values(name)) {
            if (cell.toLower() != severityCell(info.severity))
                problems.append(u"%1: documented as \"%2\", the catalog says \"%3\""_s
                                    .arg(name, cell, severityCell(info.severity)));
        }
    }
    QStringList unknown;
    for (auto it = documented.cbegin(); it != documented.cend(); ++it) {
        if (!known.contains(it.key()) && !unknown.contains(it.key()))
            unknown.append(it.key());
    }
    unknown.sort();
    for (const QString &name : std::as_const(unknown))
        problems.append(u"%1: documented in docs/validation.md but no code of the catalog "
                        "(core/common/DiagnosticCodes.h)"_s.arg(name));
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TestDiagnosticCodes::buildersUseTheCatalog()
{
    const Diagnostic error = makeError(DiagnosticCode::UnknownReferenceTable, u"m"_s, {}, u"h"_s, u"p"_s);
    QCOMPARE(error.code, u"unknown-reference-table"_s);
    QCOMPARE(error.severity, Severity::Error);
    QVERIFY(error.hasCode(DiagnosticCode::UnknownReferenceTable));
    QVERIFY(!error.hasCode(DiagnosticCode::UnknownReferenceColumn));
    const Diagnostic warning = makeWarning(DiagnosticCode::NotSnakeCase, u"m"_s, {}, u"h"_s);
    QCOMPARE(warning.code, u"not-snake-case"_s);
    QCOMPARE(warning.severity, Severity::Warning);
}

QTEST_GUILESS_MAIN(TestDiagnosticCodes)
#include "tst_diagnosticcodes.moc"
