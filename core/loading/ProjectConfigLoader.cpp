#include <strata/loading/ProjectConfigLoader.h>

#include <strata/common/DiagnosticCodes.h>
#include <strata/common/Logging.h>
#include <strata/common/Suggest.h>
#include <strata/json/JsonDocument.h>
#include <strata/loading/JsonObjectReader.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::ProjectConfig". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::ProjectConfig)
};

constexpr qint64 MaxConfigSize = 1024 * 1024;

void readRules(JsonObjectReader &root, ProjectConfig &config, Diagnostics &diagnostics)
{
    const Json::Node *rules = root.object(QStringLiteral("rules"));
    if (!rules)
        return;
    JsonObjectReader reader(*rules,
                            {QStringLiteral("tablePrefix"), QStringLiteral("requireWorkspaceScope"),
                             QStringLiteral("requireComments")},
                            Text::tr("\"rules\" in strata.json"), diagnostics, {});
    if (auto prefix = reader.string(QStringLiteral("tablePrefix")))
        config.rules.tablePrefix = *prefix;
    if (auto scope = reader.boolean(QStringLiteral("requireWorkspaceScope")))
        config.rules.requireWorkspaceScope = *scope;
    if (auto comments = reader.boolean(QStringLiteral("requireComments")))
        config.rules.requireComments = *comments;
    const FieldPath rulesPath(u"rules");
    for (const Json::Member &m : rules->members)
        config.fields.set(rulesPath.fileKey(m.key), m.value.location);
}

void readValidation(JsonObjectReader &root, ProjectConfig &config, Diagnostics &diagnostics)
{
    const Json::Node *validation = root.object(QStringLiteral("validation"));
    if (!validation)
        return;
    JsonObjectReader reader(*validation, {QStringLiteral("disable")}, Text::tr("\"validation\" in strata.json"),
                            diagnostics, {});
    QList<SourceLocation> locations;
    if (auto codes = reader.stringList(QStringLiteral("disable"), false, &locations)) {
        config.disabledCodes = *codes;
        const FieldPath disable = FieldPath(u"validation").key(u"disable");
        for (qsizetype i = 0; i < locations.size(); ++i)
            config.fields.set(disable.index(i), locations.at(i));
        // A misspelt code would skip nothing, silently: say so where it is written. Only as many
        // as are listed get a suggestion (a list of a million codes must not cost a million searches).
        const QStringList names = diagnosticCodeNames();
        int unknown = 0;
        for (qsizetype i = 0; i < config.disabledCodes.size() && i < locations.size(); ++i) {
            const QString &code = config.disabledCodes.at(i);
            if (diagnosticCodeNamed(code))
                continue;
            const QString near = ++unknown <= FindingsPerFileAndCode ? suggest(code, names) : QString();
            diagnostics.append(makeWarning(
                DiagnosticCode::UnknownRuleCode, Text::tr("\"%1\" in \"validation.disable\" names no rule").arg(code),
                locations.at(i),
                near.isEmpty() ? Text::tr("the codes are listed in docs/validation.md")
                               : Text::tr("did you mean \"%1\"?").arg(near)));
        }
    }
}

// "plugins": folders of package plugins. Each folder's location is kept: a folder that is missing or
// holds a plugin that cannot be loaded is reported there (registration/PluginLoader.cpp).
void readPlugins(JsonObjectReader &root, ProjectConfig &config)
{
    QList<SourceLocation> locations;
    const auto folders = root.stringList(QStringLiteral("plugins"), false, &locations);
    if (!folders)
        return;
    const FieldPath plugins(u"plugins");
    for (qsizetype i = 0; i < folders->size(); ++i) {
        const SourceLocation at = i < locations.size() ? locations.at(i) : root.location(u"plugins");
        if (folders->at(i).trimmed().isEmpty()) {
            config.diagnostics.append(makeError(DiagnosticCode::InvalidValue,
                                                Text::tr("an empty folder name in \"plugins\""), at,
                                                Text::tr("write a folder relative to the project, e.g. \"build/plugins\"")));
            continue;
        }
        config.fields.set(plugins.index(config.pluginFolders.size()), at);
        config.pluginFolders.append(folders->at(i));
    }
}

} // namespace

ProjectConfig loadProjectConfig(const QString &rootPath)
{
    ProjectConfig config;
    config.root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    const QString path = config.root + QStringLiteral("/strata.json");
    if (!QFileInfo::exists(path))
        return config;
    config.file = path;

    QFile file(path);
    // Only regular files: opening a FIFO would block until something writes to it.
    if (const QFileInfo info(path); !info.isFile()) {
        config.diagnostics.append(makeError(DiagnosticCode::FileUnreadable,
                                            Text::tr("strata.json is not a regular file"), SourceLocation{path, 1, 1},
                                            Text::tr("replace it with a regular file")));
        return config;
    }
    if (file.size() > MaxConfigSize) {
        config.diagnostics.append(makeError(DiagnosticCode::FileTooLarge,
                                            Text::tr("strata.json is larger than 1 MB"), SourceLocation{path, 1, 1},
                                            Text::tr("strata.json holds only project settings; shorten it")));
        return config;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        config.diagnostics.append(makeError(DiagnosticCode::FileUnreadable,
                                            Text::tr("cannot read strata.json: %1").arg(file.errorString()),
                                            SourceLocation{path, 1, 1},
                                            Text::tr("check the file's permissions")));
        return config;
    }
    const Result<Json::Node> parsed = Json::parse(file.readAll(), path);
    if (!parsed) {
        config.diagnostics.append(makeError(DiagnosticCode::JsonSyntax, parsed.error().message,
                                            parsed.error().location,
                                            Text::tr("fix the JSON syntax of strata.json")));
        return config;
    }
    if (!expectObject(*parsed, QStringLiteral("strata.json"), config.diagnostics, {}))
        return config;

    JsonObjectReader root(*parsed,
                          {QStringLiteral("packages"), QStringLiteral("dialect"), QStringLiteral("workspaceTable"),
                           QStringLiteral("database"), QStringLiteral("rules"), QStringLiteral("validation"),
                           QStringLiteral("plugins")},
                          QStringLiteral("strata.json"), config.diagnostics, {});
    for (const Json::Member &m : parsed->members)
        config.fields.set(FieldPath::fromFileKey(m.key), m.value.location);

    if (const Json::Node *packages = root.value(u"packages"); packages && packages->isString()) {
        config.packageGlobs = {packages->string}; // a single glob is a natural shorthand
    } else if (auto globs = root.stringList(QStringLiteral("packages"))) {
        config.packageGlobs = *globs;
    }
    if (auto dialect = root.string(QStringLiteral("dialect"))) {
        if (!parseDialectName(*dialect, &config.dialect)) {
            config.diagnostics.append(makeError(
                DiagnosticCode::InvalidValue, Text::tr("unknown dialect \"%1\" in strata.json").arg(*dialect),
                root.location(u"dialect"), Text::tr("write \"sqlite\" or \"postgresql\"")));
        }
    }
    if (auto table = root.string(QStringLiteral("workspaceTable")))
        config.workspaceTable = *table;
    if (auto database = root.string(QStringLiteral("database")))
        config.database = *database;
    readPlugins(root, config);
    readRules(root, config, config.diagnostics);
    readValidation(root, config, config.diagnostics);
    qCDebug(lcScanner) << "project" << config.root << "dialect" << dialectName(config.dialect)
                       << "globs" << config.packageGlobs;
    return config;
}

} // namespace Strata
