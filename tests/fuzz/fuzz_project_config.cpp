// Fuzzes reading strata.json (core/loading/ProjectConfig): the input is the file. Reading never
// fails; every finding and every recorded field location points inside the file at the line and
// column of its offset.

#include "FuzzSupport.h"
#include "ProjectFolder.h"

#include <strata/loading/ProjectConfigLoader.h>
#include <strata/model/ProjectConfig.h>

using namespace Strata;
using namespace Strata::Fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ProjectFolder folder;
    folder.clear();
    const QByteArray input = bytes(data, size);
    folder.write(QStringLiteral("strata.json"), input);

    const ProjectConfig config = loadProjectConfig(folder.root());
    FUZZ_CHECK(config.root == folder.root() && config.file == folder.root() + QStringLiteral("/strata.json"),
               config.file);
    FUZZ_CHECK(config.dialect == DialectKind::SQLite || config.dialect == DialectKind::PostgreSQL, QString());
    for (const Diagnostic &diagnostic : config.diagnostics) {
        FUZZ_CHECK(!diagnostic.code.isEmpty() && !diagnostic.message.isEmpty() && !diagnostic.help.isEmpty(),
                   diagnostic.code);
        FUZZ_CHECK(diagnostic.location.file == config.file, diagnostic.code + u' ' + describe(diagnostic.location));
        checkLocation(diagnostic.location, input, ByteOrderMark::Skipped);
    }
    static const FieldPath rules(u"rules");
    static const FieldPath disable = FieldPath(u"validation").key(u"disable");
    static const FieldPath keys[] = {
        FieldPath(u"packages"), FieldPath(u"dialect"), FieldPath(u"workspaceTable"),
        FieldPath(u"database"), rules, rules.key(u"tablePrefix"),
        rules.key(u"requireWorkspaceScope"), rules.key(u"requireComments"),
        FieldPath(u"validation"), disable.index(0), disable.index(1)};
    for (const FieldPath &key : keys) {
        if (!config.fields.contains(key))
            continue;
        const SourceLocation location = config.fields.value(key);
        FUZZ_CHECK(location.file == config.file, key.toString() + u' ' + describe(location));
        checkLocation(location, input, ByteOrderMark::Skipped);
    }
    // Reading is deterministic: a second read finds the same.
    const ProjectConfig again = loadProjectConfig(folder.root());
    FUZZ_CHECK(again.diagnostics == config.diagnostics && again.packageGlobs == config.packageGlobs
                   && again.disabledCodes == config.disabledCodes && again.database == config.database,
               QString());
    return 0;
}
