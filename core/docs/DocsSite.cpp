#include <strata/docs/DocsSite.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::DocsSite)
};

QList<DocsFile> sortedFiles(const DocsSite &site)
{
    QList<DocsFile> files = site.files();
    std::sort(files.begin(), files.end(), [](const DocsFile &a, const DocsFile &b) { return a.path < b.path; });
    return files;
}

// The files the manifest of `folder` lists; none when it has no manifest (or one that is not ours).
QStringList manifestFiles(const QDir &folder)
{
    QFile file(folder.filePath(DocsManifestName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    QStringList files;
    for (const QJsonValue &value : manifest.value(u"files").toArray()) {
        const QString path = value.toString();
        // Only plain relative paths inside the folder: a manifest edited to say "../x" removes nothing.
        if (!path.isEmpty() && !QDir::isAbsolutePath(path) && QDir::cleanPath(path) == path && !path.startsWith(u"../"))
            files.append(path);
    }
    return files;
}

QByteArray manifestBytes(const QStringList &files)
{
    QJsonObject manifest;
    manifest.insert(u"generator", u"strata docs"_s);
    manifest.insert(u"files", QJsonArray::fromStringList(files));
    return QJsonDocument(manifest).toJson(QJsonDocument::Indented);
}

QStringList pathsOf(const QList<DocsFile> &files)
{
    QStringList paths;
    paths.reserve(files.size());
    for (const DocsFile &file : files)
        paths.append(file.path);
    return paths;
}

// Replaces `path` with `content` in one rename, so that a reader (or a crash) sees the old bytes or
// the new ones, never half a page. Unlike QSaveFile it does not force each file to the disk: for
// 11,000 pages that took 20 to 50 s, and documentation that a crash loses is written again.
bool replaceFile(const QString &path, const QByteArray &content, QString *error)
{
    const QString temporary = path + u".strata-new"_s;
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) != content.size()) {
        *error = out.errorString();
        out.remove();
        return false;
    }
    out.close();
    std::error_code code;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(path.toStdU16String()), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        QFile::remove(temporary);
        return false;
    }
    return true;
}

std::optional<QByteArray> readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

void removeEmptyParents(QDir &root, const QString &relativePath)
{
    QString folder = QFileInfo(relativePath).path();
    while (!folder.isEmpty() && folder != u".") {
        if (!root.rmdir(folder)) // fails, as wanted, on a folder that still holds something
            break;
        folder = QFileInfo(folder).path();
    }
}

} // namespace

void DocsSite::add(const QString &path, const QByteArray &content)
{
    m_files.append({path, content});
}

const DocsFile *DocsSite::file(const QString &path) const
{
    for (const DocsFile &file : m_files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

void DocsSite::sort()
{
    std::sort(m_files.begin(), m_files.end(), [](const DocsFile &a, const DocsFile &b) { return a.path < b.path; });
}

Result<DocsWriteSummary> writeDocsSite(const QString &folderPath, const DocsSite &site)
{
    const QList<DocsFile> files = sortedFiles(site);
    if (!QDir().mkpath(folderPath))
        return failure(Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folderPath)));
    QDir folder(folderPath);
    const QStringList previous = manifestFiles(folder);
    const QSet<QString> ours(previous.cbegin(), previous.cend());

    DocsWriteSummary summary;
    QList<const DocsFile *> toWrite;
    QStringList foreign;
    for (const DocsFile &file : files) {
        const std::optional<QByteArray> existing = readBytes(folder.filePath(file.path));
        if (existing && *existing == file.content) {
            summary.unchanged.append(file.path);
            continue;
        }
        if (existing && !ours.contains(file.path))
            foreign.append(file.path);
        toWrite.append(&file);
    }
    if (!foreign.isEmpty()) {
        return failure(Text::tr("%1 already holds files that Strata did not write, which the documentation would "
                                "replace: %2. Choose an empty folder, or move them away.")
                           .arg(QDir::toNativeSeparators(folderPath), foreign.join(u", ")));
    }

    // The manifest first names both the earlier pages and the new ones: a run that stops half way
    // leaves only files the manifest claims, so the next run replaces or removes them instead of
    // refusing them as someone else's.
    const QString manifestPath = folder.filePath(DocsManifestName);
    QString error;
    QStringList claimed = previous + pathsOf(files);
    claimed.sort();
    claimed.removeDuplicates();
    if (!toWrite.isEmpty() && !replaceFile(manifestPath, manifestBytes(claimed), &error))
        return failure(Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(manifestPath), error));

    QSet<QString> madeFolders;
    for (const DocsFile *file : std::as_const(toWrite)) {
        const QString path = folder.filePath(file->path);
        const QString parent = QFileInfo(path).path();
        if (!madeFolders.contains(parent)) {
            QDir().mkpath(parent);
            madeFolders.insert(parent);
        }
        if (!replaceFile(path, file->content, &error))
            return failure(Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
        summary.written.append(file->path);
    }

    QSet<QString> now;
    for (const DocsFile &file : files)
        now.insert(file.path);
    for (const QString &path : previous) {
        if (now.contains(path))
            continue;
        if (QFile::exists(folder.filePath(path)) && !folder.remove(path))
            return failure(Text::tr("Cannot remove the stale page %1.").arg(QDir::toNativeSeparators(folder.filePath(path))));
        summary.removed.append(path);
        removeEmptyParents(folder, path);
    }

    const QByteArray manifest = manifestBytes(pathsOf(files));
    if (readBytes(manifestPath) != manifest && !replaceFile(manifestPath, manifest, &error))
        return failure(Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(manifestPath), error));
    return summary;
}

DocsCheck checkDocsSite(const QString &folderPath, const DocsSite &site)
{
    const QList<DocsFile> files = sortedFiles(site);
    const QDir folder(folderPath);
    DocsCheck check;
    QSet<QString> now;
    for (const DocsFile &file : files) {
        now.insert(file.path);
        const std::optional<QByteArray> existing = readBytes(folder.filePath(file.path));
        if (!existing)
            check.missing.append(file.path);
        else if (*existing != file.content)
            check.stale.append(file.path);
    }
    for (const QString &path : manifestFiles(folder)) {
        if (!now.contains(path) && QFile::exists(folder.filePath(path)))
            check.extra.append(path);
    }
    std::sort(check.extra.begin(), check.extra.end());
    // The manifest is part of what a run leaves: without it the next run could not remove stale pages.
    const std::optional<QByteArray> manifest = readBytes(folder.filePath(DocsManifestName));
    if (!manifest)
        check.missing.append(DocsManifestName);
    else if (*manifest != manifestBytes(pathsOf(files)))
        check.stale.append(DocsManifestName);
    return check;
}

} // namespace Strata
