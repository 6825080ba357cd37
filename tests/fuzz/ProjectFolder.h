#pragma once

// A project folder on disk for harnesses that load what Strata reads from files (strata.json, a
// package's folder): one temporary folder per process, emptied and filled again for every input.

#include "FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

namespace Strata::Fuzz {

class ProjectFolder
{
public:
    ProjectFolder() { FUZZ_CHECK(m_folder.isValid(), m_folder.errorString()); }

    QString root() const { return m_folder.path() + QStringLiteral("/project"); }

    // Removes what the previous input wrote; then `write` the files of this one.
    void clear()
    {
        QDir(root()).removeRecursively();
        m_files.clear();
        FUZZ_CHECK(QDir().mkpath(root()), root());
    }

    // `relativePath` below the root; its folders are created.
    void write(const QString &relativePath, const QByteArray &content)
    {
        const QString path = root() + u'/' + relativePath;
        FUZZ_CHECK(QDir().mkpath(path.section(u'/', 0, -2)), path);
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly) && file.write(content) == content.size(), path);
        m_files.insert(path, content);
    }

    // The content of a file this input wrote, by absolute path; nullptr for any other file.
    const QByteArray *content(const QString &path) const
    {
        const auto it = m_files.constFind(path);
        return it == m_files.cend() ? nullptr : &*it;
    }

private:
    QTemporaryDir m_folder;
    QHash<QString, QByteArray> m_files;
};

} // namespace Strata::Fuzz
