#include <strata/loading/MigrationFile.h>

#include <strata/common/Utf8.h>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <optional>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

// Migration files on disk: listing a package's migrations folder and reading a file for the parser
// (MigrationFile.cpp), with a fast path of plain system calls for the common case and Qt's file
// classes, which word the findings, for everything else.
namespace Strata {

namespace {

constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

// The whole content of `path` when it is a regular file of at most `maxSize` bytes that can be read;
// nullopt otherwise. Non-blocking open: a FIFO must never hang the loader (it is refused by fstat).
std::optional<QByteArray> readRegularFile(const QString &path, qint64 maxSize)
{
#ifndef Q_OS_UNIX
    Q_UNUSED(path);
    Q_UNUSED(maxSize);
    return std::nullopt;
#else
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return std::nullopt;
    std::optional<QByteArray> result;
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size <= maxSize) {
        // One byte more than the size, so that a file that grew since fstat is read to its end too.
        QByteArray bytes(qsizetype(info.st_size) + 1, Qt::Uninitialized);
        qsizetype filled = 0;
        bool ok = true;
        for (;;) {
            if (filled == bytes.size()) {
                if (bytes.size() > maxSize) {
                    ok = false; // grew past the limit: let the careful path report it
                    break;
                }
                bytes.resize(bytes.size() * 2);
            }
            const ssize_t n = ::read(fd, bytes.data() + filled, size_t(bytes.size() - filled));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                ok = false;
                break;
            }
            if (n == 0)
                break;
            filled += n;
        }
        if (ok) {
            bytes.truncate(filled);
            result = std::move(bytes);
        }
    }
    ::close(fd);
    return result;
#endif
}

} // namespace

MigrationFile::Parsed MigrationFile::read(const QString &file, DialectKind dialect, const QString &package)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    // The common case, a readable regular file of valid UTF-8, in four system calls; anything else
    // (a folder, an unreadable or oversized file, bad bytes) takes the path below, which words the finding.
    if (std::optional<QByteArray> bytes = readRegularFile(path, MaxFileSize); bytes && Utf8::firstInvalidOffset(*bytes) < 0) {
        if (bytes->startsWith("\xEF\xBB\xBF"))
            bytes->remove(0, 3);
        return parse(QString::fromUtf8(*bytes), path, dialect, package);
    }
    const QString fileName = QFileInfo(path).fileName();
    const auto failed = [&](DiagnosticCode code, const QString &message, const SourceLocation &at,
                            const QString &help) {
        // The file name is still checked; the missing up section of the empty text is no news.
        Parsed result = parse(QString(), path, dialect, package);
        result.diagnostics.removeIf(
            [](const Diagnostic &d) { return d.hasCode(DiagnosticCode::MigrationMissingUp); });
        result.diagnostics.append(makeError(code, message, at, help, package));
        return result;
    };
    const SourceLocation start{path, 1, 1, 0, 0};

    QFile input(path);
    if (QFileInfo(path).isDir() || !input.open(QIODevice::ReadOnly)) {
        const QString reason = QFileInfo(path).isDir()
            ? QCoreApplication::translate("Strata::MigrationFile", "it is a folder")
            : input.errorString();
        return failed(DiagnosticCode::MigrationUnreadable,
                      QCoreApplication::translate("Strata::MigrationFile", "Cannot read migration file %1: %2")
                          .arg(fileName, reason),
                      start,
                      QCoreApplication::translate("Strata::MigrationFile",
                                                  "Check that the file exists and that you may read it."));
    }
    if (input.size() > MaxFileSize) {
        return failed(DiagnosticCode::MigrationTooLarge,
                      QCoreApplication::translate("Strata::MigrationFile",
                                                  "Migration file %1 is larger than 16 MB")
                          .arg(fileName),
                      start,
                      QCoreApplication::translate("Strata::MigrationFile",
                                                  "Split the migration into several smaller files."));
    }
    QByteArray bytes = input.readAll();
    const qsizetype bad = Utf8::firstInvalidOffset(bytes);
    if (bad >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad) + 1;
        SourceLocation at{path, int(bytes.left(bad).count('\n')) + 1, 1, bad, 1};
        at.column = int(QString::fromUtf8(bytes.mid(lineStart, bad - lineStart)).toUcs4().size()) + 1;
        return failed(DiagnosticCode::MigrationEncoding,
                      QCoreApplication::translate("Strata::MigrationFile",
                                                  "Migration file %1 is not valid UTF-8")
                          .arg(fileName),
                      at,
                      QCoreApplication::translate("Strata::MigrationFile",
                                                  "Save the file with UTF-8 encoding."));
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return parse(QString::fromUtf8(bytes), path, dialect, package);
}

QStringList MigrationFile::listFolder(const QString &folder)
{
    const QDir dir(folder);
    // What entryList({"*.sql"}, QDir::Files) lists: files and symbolic links to files, not hidden
    // (no leading dot), names ending in .sql in any case. Read directly: QDir compiled the wildcard
    // and looked up every entry, a tenth of the loading of a large project.
    QStringList names;
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(folder);
    if (DIR *stream = ::opendir(native.constData())) {
        while (const dirent *entry = ::readdir(stream)) {
            const char *name = entry->d_name;
            const size_t length = std::strlen(name);
            if (name[0] == '.')
                continue;
            const bool ascii = std::all_of(name, name + length, [](char c) { return (c & 0x80) == 0; });
            if (ascii ? length < 4 || strcasecmp(name + length - 4, ".sql") != 0
                      : !QFile::decodeName(name).endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
                continue; // (beyond ASCII, letters such as U+017F fold to "s" as they did in QDir's filter)
            bool file = entry->d_type == DT_REG;
            if (entry->d_type == DT_LNK || entry->d_type == DT_UNKNOWN) {
                struct stat info;
                file = ::fstatat(dirfd(stream), name, &info, 0) == 0 && S_ISREG(info.st_mode);
            }
            if (file)
                names.append(QFile::decodeName(QByteArray(name, qsizetype(length))));
        }
        ::closedir(stream);
    }
#else
    for (QDirIterator it(folder, QDir::Files); it.hasNext();) {
        it.next();
        const QString name = it.fileName();
        if (name.endsWith(QLatin1String(".sql"), Qt::CaseInsensitive))
            names.append(name);
    }
#endif
    // Plain code unit order, as the migration ids sort; QDir's order may follow the locale.
    std::sort(names.begin(), names.end());
    QStringList paths;
    paths.reserve(names.size());
    for (const QString &name : std::as_const(names))
        paths.append(dir.absoluteFilePath(name));
    return paths;
}

} // namespace Strata
