#pragma once

// Helpers of the `strata docs` tests: the golden project, a folder read back as files, and the
// Mermaid blocks of Markdown pages.

#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QMap>
#include <QRegularExpression>

namespace Strata::Test::Docs {

// tests/data/docs/project: three packages with a workspace-scoped table, a composite key, references
// across packages with ON DELETE, an index, a unique, a check, and comments holding markup, script
// tags, pipes and line breaks.
inline QString goldenProject()
{
    return testDataDir() + QStringLiteral("/docs/project");
}

// Every file below `folder` (hidden ones too, the manifest among them), by '/'-separated relative path.
inline QMap<QString, QByteArray> filesIn(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(root.relativeFilePath(path), readFile(path));
    }
    return files;
}

// The text of every ```mermaid block of the Markdown files, in path order, each with where it is.
struct MermaidBlockFound
{
    QString page;
    int index = 0; // of the page's blocks, from 1
    QString text;
};

inline QList<MermaidBlockFound> mermaidBlocksIn(const QMap<QString, QByteArray> &files)
{
    static const QRegularExpression block(QStringLiteral("```mermaid\\n(.*?)```\\n"),
                                          QRegularExpression::DotMatchesEverythingOption);
    QList<MermaidBlockFound> found;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it.key().endsWith(u".md"))
            continue;
        int index = 0;
        auto matches = block.globalMatch(QString::fromUtf8(it.value()));
        while (matches.hasNext())
            found.append({it.key(), ++index, matches.next().captured(1)});
    }
    return found;
}

inline QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

} // namespace Strata::Test::Docs
