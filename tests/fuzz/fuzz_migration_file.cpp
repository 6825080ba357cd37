// Fuzzes the migration file parser (core/loading/MigrationFile): "-- strata:up" / "-- strata:down"
// sections, header directives and the SQL syntax check of each section. The first byte of the input
// picks the dialect, the rest is the file. Every finding points inside the file at the line and
// column of its offset; the sections are the file's own text; a second parse gives the same result.

#include "FuzzSupport.h"

#include <strata/loading/MigrationFile.h>

using namespace Strata;
using namespace Strata::Fuzz;

namespace {

const QString File = QStringLiteral("/fuzz/migrations/0001_fuzz.sql");

void checkStep(const MigrationStep &step, const QString &text, int lines)
{
    FUZZ_CHECK(step.sql.isEmpty() || text.contains(step.sql), step.sql.left(80));
    FUZZ_CHECK(step.firstLine >= 1 && step.firstLine <= lines + 1, QStringLiteral("first line %1").arg(step.firstLine));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const DialectKind dialect = data[0] & 1 ? DialectKind::PostgreSQL : DialectKind::SQLite;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    // The file's bytes as the parser sees them (invalid UTF-8 already replaced).
    const QByteArray content = text.toUtf8();
    const int lines = int(text.count(u'\n')) + 1;

    const MigrationFile::Parsed result = MigrationFile::parse(text, File, dialect, QStringLiteral("fuzz"));
    const Migration &migration = result.migration;
    FUZZ_CHECK(migration.id == u"0001_fuzz", migration.id);
    FUZZ_CHECK(migration.checksum.size() == 64, migration.checksum);
    checkStep(migration.up, text, lines);
    checkStep(migration.down, text, lines);
    for (const SourceLocation &marker : {migration.upLocation, migration.downLocation}) {
        if (marker.isValid())
            checkLocation(marker, content, ByteOrderMark::Counted);
    }
    for (const MigrationRequirement &requirement : migration.requirements) {
        FUZZ_CHECK(!requirement.package.isEmpty() && !requirement.migrationId.isEmpty(), requirement.package);
        checkLocation(requirement.location, content, ByteOrderMark::Counted);
    }
    for (const Diagnostic &diagnostic : result.diagnostics) {
        FUZZ_CHECK(!diagnostic.code.isEmpty() && !diagnostic.message.isEmpty() && !diagnostic.help.isEmpty(),
                   diagnostic.code);
        FUZZ_CHECK(diagnostic.location.file == File && diagnostic.package == u"fuzz", diagnostic.code);
        FUZZ_CHECK(diagnostic.location.line >= 1 && diagnostic.location.line <= lines,
                   diagnostic.code + u' ' + describe(diagnostic.location));
        // A syntax error may stand just past the end of its line, where the statement should go on.
        checkLocation(diagnostic.location, content, ByteOrderMark::Counted,
                      diagnostic.code == u"sql-syntax" ? ColumnCheck::AtLeast : ColumnCheck::Exact);
    }

    const MigrationFile::Parsed again = MigrationFile::parse(text, File, dialect, QStringLiteral("fuzz"));
    FUZZ_CHECK(again.diagnostics == result.diagnostics, QStringLiteral("a second parse finds otherwise"));
    FUZZ_CHECK(again.migration.checksum == migration.checksum, QString());
    return 0;
}
