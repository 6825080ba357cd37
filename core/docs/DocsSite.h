#pragma once

#include <strata/common/Result.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Strata {

// One file of the documentation: its path inside the output folder ('/'-separated, relative) and its
// exact bytes. The writers build every file in memory first, so that the same project always gives
// the same bytes (teams commit their docs) and `--check` can compare without writing anything.
struct DocsFile
{
    QString path;
    QByteArray content;
};

// The documentation as a set of files, kept sorted by path.
class DocsSite
{
public:
    void add(const QString &path, const QByteArray &content);
    const QList<DocsFile> &files() const { return m_files; }
    const DocsFile *file(const QString &path) const;
    void sort(); // by path; writeDocsSite and checkDocsSite sort a copy themselves

private:
    QList<DocsFile> m_files;
};

// The manifest Strata keeps in the output folder: the files it wrote there, so that the next run
// removes only its own pages that no longer exist and never a file someone else put there.
inline constexpr QLatin1StringView DocsManifestName{".strata-docs.json"};

struct DocsWriteSummary
{
    QStringList written;   // created or changed
    QStringList unchanged; // already held these bytes (not rewritten: their times stay)
    QStringList removed;   // written by an earlier run, no longer part of the documentation
};

// Writes `site` into `folder` (created when missing): only the files whose bytes differ, each
// replaced in one rename; removes the files the manifest lists that `site` no longer has (and the
// folders that leaves empty); then writes the manifest. Refuses, writing nothing, when a file it
// would write exists, is not in the manifest and holds other bytes: someone else's file.
Result<DocsWriteSummary> writeDocsSite(const QString &folder, const DocsSite &site);

// What `--check` reports: the folder against what writeDocsSite would leave there.
struct DocsCheck
{
    QStringList stale;   // present with other bytes
    QStringList missing; // not present
    QStringList extra;   // in the manifest (an earlier run wrote them) but no longer documentation
    bool upToDate() const { return stale.isEmpty() && missing.isEmpty() && extra.isEmpty(); }
};

// Reads `folder` and changes nothing. A folder that does not exist has every file missing.
DocsCheck checkDocsSite(const QString &folder, const DocsSite &site);

} // namespace Strata
