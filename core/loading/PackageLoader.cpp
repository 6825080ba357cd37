#include <strata/loading/PackageLoader.h>

#include <strata/common/Logging.h>
#include <strata/json/JsonDocument.h>
#include <strata/loading/JsonObjectReader.h>
#include <strata/loading/MigrationFile.h>
#include <strata/validation/PackageRules.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::Loader". A class with Q_DECLARE_TR_FUNCTIONS rather than a
// free tr() helper, so that lupdate files them under the context they are looked up in.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::Loader)
};

const QStringList &packageKeys()
{
    static const QStringList keys{QStringLiteral("packageName"), QStringLiteral("version"),
                                  QStringLiteral("dependencies"), QStringLiteral("tables"),
                                  QStringLiteral("migrations"), QStringLiteral("description")};
    return keys;
}
const QStringList &tableKeys()
{
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("columns"),
                                  QStringLiteral("workspaceScoped"), QStringLiteral("global"),
                                  QStringLiteral("primaryKey"), QStringLiteral("indexes"),
                                  QStringLiteral("uniques"), QStringLiteral("checks"), QStringLiteral("comment"),
                                  QStringLiteral("renamedFrom")};
    return keys;
}
const QStringList &columnKeys()
{
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("primaryKey"),
                                  QStringLiteral("notNull"), QStringLiteral("unique"), QStringLiteral("default"),
                                  QStringLiteral("defaultSql"), QStringLiteral("defaultNow"),
                                  QStringLiteral("references"), QStringLiteral("values"), QStringLiteral("comment"),
                                  QStringLiteral("renamedFrom")};
    return keys;
}

// Records where every member of `object` stands: "key", "key[i]" for array items, "key.sub" for
// nested objects (FieldPath), so that rules can point at exactly the value they judge. `parent` is
// the path of `object` when it is nested, null for the object itself.
void recordLocations(const Json::Node &object, FieldLocations &fields, const FieldPath *parent = nullptr)
{
    if (!parent)
        fields.reserve(qsizetype(object.members.size()));
    for (const Json::Member &m : object.members) {
        // Top-level keys share the parser's string ("name", "type" are one QString per file).
        const FieldPath path = parent ? parent->fileKey(m.key) : FieldPath::fromFileKey(m.key);
        fields.set(path, m.value.location);
        if (m.value.isArray()) {
            // Scalars only ("primaryKey[1]", an index's "columns[0]"): objects in arrays (columns,
            // indexes) keep their own locations, and naming each would cost a string apiece.
            for (size_t i = 0; i < m.value.items.size(); ++i) {
                const Json::Node &item = m.value.items[i];
                if (!item.isObject() && !item.isArray())
                    fields.set(path.index(qsizetype(i)), item.location);
            }
        } else if (m.value.isObject()) {
            recordLocations(m.value, fields, &path);
        }
    }
}

// Reads files of at most MaxFileSize; a refusal or a read error becomes a diagnostic.
std::optional<QByteArray> readSmallFile(const QString &path, const QString &package, Diagnostics &diagnostics)
{
    QFile file(path);
    const SourceLocation at{path, 1, 1};
    // Only regular files: opening a FIFO or a device would block or never end.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        diagnostics.append(makeError(DiagnosticCode::FileUnreadable,
                                     Text::tr("%1 is not a regular file").arg(info.fileName()), at,
                                     Text::tr("replace it with a regular file"), package));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.append(makeError(DiagnosticCode::FileUnreadable,
                                     Text::tr("cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                                     at, Text::tr("check that the file exists and is readable"), package));
        return std::nullopt;
    }
    if (file.size() > PackageLoader::MaxFileSize) {
        diagnostics.append(makeError(
            DiagnosticCode::FileTooLarge,
            Text::tr("%1 is %2 MB, more than the %3 MB Strata reads")
                .arg(QFileInfo(path).fileName())
                .arg(file.size() / (1024 * 1024))
                .arg(PackageLoader::MaxFileSize / (1024 * 1024)),
            at, Text::tr("split the package, or check that this is the file you meant"), package));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        diagnostics.append(makeError(DiagnosticCode::FileUnreadable,
                                     Text::tr("cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                                     at, Text::tr("check that the file exists and is readable"), package));
        return std::nullopt;
    }
    return bytes;
}

class Loader
{
public:
    Loader(const QString &folder, const ProjectConfig &project) : m_project(project)
    {
        m_def.directory = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        m_def.file = m_def.directory + QStringLiteral("/database.json");
        m_def.location = SourceLocation{m_def.file, 1, 1};
    }

    PackageDefinition load()
    {
        const std::optional<QByteArray> bytes = readSmallFile(m_def.file, {}, m_diagnostics);
        if (!bytes)
            return fail();
        const Result<Json::Node> parsed = Json::parse(*bytes, m_def.file);
        if (!parsed) {
            m_diagnostics.append(makeError(DiagnosticCode::JsonSyntax, parsed.error().message,
                                           parsed.error().location, Text::tr("fix the JSON syntax of database.json")));
            readPackageJson(); // still name the package if package.json can
            return fail();
        }
        if (!expectObject(*parsed, QStringLiteral("database.json"), m_diagnostics, {})) {
            readPackageJson();
            return fail();
        }
        readPackage(*parsed);
        readMigrations(*parsed);

        const Diagnostics ruleFindings = validatePackage(m_def, &m_project);
        m_diagnostics += ruleFindings;
        finish();
        qCDebug(lcLoader) << "loaded" << m_def.name << m_def.tables.size() << "tables"
                          << m_def.migrations.size() << "migrations" << m_def.diagnostics.size() << "findings";
        return std::move(m_def);
    }

private:
    PackageDefinition fail()
    {
        m_def.loaded = false;
        if (m_def.name.isEmpty())
            m_def.name = QDir(m_def.directory).dirName();
        finish();
        qCDebug(lcLoader) << "failed to load" << m_def.directory;
        return std::move(m_def);
    }

    void finish()
    {
        for (Diagnostic &d : m_diagnostics) {
            if (d.package.isEmpty())
                d.package = m_def.name;
        }
        limitFindingsPerFile(m_diagnostics);
        m_def.diagnostics = std::move(m_diagnostics);
    }

    void readPackage(const Json::Node &root)
    {
        JsonObjectReader reader(root, packageKeys(), QStringLiteral("database.json"), m_diagnostics, {});
        m_def.location = root.location;
        recordTopLevelLocations(root);

        const bool needsPackageJson = !reader.has(u"packageName") || !reader.has(u"version")
            || !reader.has(u"dependencies");
        if (needsPackageJson)
            readPackageJson();

        if (auto name = reader.string(QStringLiteral("packageName")))
            m_def.name = *name;
        else if (m_def.name.isEmpty() && !reader.has(u"packageName"))
            reader.missing(QStringLiteral("packageName"));
        if (auto version = reader.string(QStringLiteral("version")))
            m_def.version = *version;
        reader.string(QStringLiteral("description")); // for people only; read to check its type
        if (reader.has(u"dependencies")) {
            m_def.dependencies.clear(); // database.json wins over package.json
            readDependencies(*reader.value(u"dependencies"), reader);
        }
        if (const Json::Node *tables = reader.array(QStringLiteral("tables"))) {
            m_def.tables.reserve(qsizetype(tables->items.size()));
            for (const Json::Node &table : tables->items)
                readTable(table);
        }
    }

    void recordTopLevelLocations(const Json::Node &root)
    {
        for (const Json::Member &m : root.members) {
            m_def.fields.set(FieldPath::fromFileKey(m.key), m.value.location);
            if (m.key == u"dependencies" && m.value.isArray()) {
                const FieldPath dependencies(u"dependencies");
                for (size_t i = 0; i < m.value.items.size(); ++i)
                    m_def.fields.set(dependencies.index(qsizetype(i)), m.value.items[i].location);
            }
        }
    }

    void readDependencies(const Json::Node &deps, JsonObjectReader &reader)
    {
        if (deps.isArray()) {
            for (const Json::Node &item : deps.items) {
                if (!item.isString()) {
                    reader.wrongType(QStringLiteral("dependencies"), item, Text::tr("a package name (a string)"));
                    continue;
                }
                m_def.dependencies.append(Dependency{item.string, {}, item.location});
            }
        } else if (deps.isObject()) {
            for (const Json::Member &m : deps.members) {
                if (!m.value.isString()) {
                    reader.wrongType(m.key, m.value, Text::tr("a version range (a string)"));
                    continue;
                }
                m_def.dependencies.append(Dependency{m.key, m.value.string, m.keyLocation});
                m_def.fields.set(FieldPath::dependency(m.key), m.value.location);
            }
        } else {
            reader.wrongType(QStringLiteral("dependencies"), deps,
                             Text::tr("an array of package names or an object of names and version ranges"));
        }
    }

    // npm monorepo interop: what database.json leaves out comes from package.json beside it.
    void readPackageJson()
    {
        const QString path = m_def.directory + QStringLiteral("/package.json");
        if (!QFileInfo::exists(path))
            return;
        const std::optional<QByteArray> bytes = readSmallFile(path, {}, m_diagnostics);
        if (!bytes)
            return;
        const Result<Json::Node> parsed = Json::parse(*bytes, path);
        if (!parsed) {
            m_diagnostics.append(makeError(DiagnosticCode::JsonSyntax, parsed.error().message,
                                           parsed.error().location, Text::tr("fix the JSON syntax of package.json")));
            return;
        }
        if (!parsed->isObject())
            return;
        if (const Json::Node *name = parsed->member(u"name"); name && name->isString()) {
            m_def.name = name->string;
            m_def.fields.set(FieldPath(u"packageName"), name->location);
        }
        if (const Json::Node *version = parsed->member(u"version"); version && version->isString()) {
            m_def.version = version->string;
            m_def.fields.set(FieldPath(u"version"), version->location);
        }
        for (const char *key : {"dependencies", "devDependencies", "peerDependencies"}) {
            const Json::Node *deps = parsed->member(QString::fromLatin1(key));
            if (!deps || !deps->isObject())
                continue;
            for (const Json::Member &m : deps->members) {
                if (!m.value.isString())
                    continue;
                Dependency dep{m.key, m.value.string, m.keyLocation, true};
                m_def.dependencies.append(dep);
            }
        }
    }

    void readTable(const Json::Node &node)
    {
        if (!expectObject(node, Describe([] { return Text::tr("a table"); }), m_diagnostics, {}))
            return;
        Table table;
        table.location = node.location;
        const Json::Node *nameNode = node.member(u"name");
        const Describe what = [nameNode] {
            return nameNode && nameNode->isString() ? Text::tr("table \"%1\"").arg(nameNode->string) : Text::tr("a table");
        };
        JsonObjectReader reader(node, tableKeys(), what, m_diagnostics, {});
        recordLocations(node, table.fields);

        if (auto name = reader.string(QStringLiteral("name"), true))
            table.name = *name;
        if (auto scoped = reader.boolean(QStringLiteral("workspaceScoped")))
            table.workspaceScoped = *scoped;
        if (auto global = reader.boolean(QStringLiteral("global")))
            table.global = *global;
        if (auto comment = reader.string(QStringLiteral("comment")))
            table.comment = *comment;
        if (auto old = reader.string(QStringLiteral("renamedFrom")))
            table.renamedFrom = *old;
        if (auto key = reader.stringList(QStringLiteral("primaryKey")))
            table.primaryKey = *key;
        if (const Json::Node *columns = reader.array(QStringLiteral("columns"), true)) {
            table.columns.reserve(qsizetype(columns->items.size()));
            for (const Json::Node &column : columns->items)
                readColumn(column, table);
        }
        if (const Json::Node *indexes = reader.array(QStringLiteral("indexes"))) {
            for (const Json::Node &index : indexes->items)
                readIndex(index, table);
        }
        if (const Json::Node *uniques = reader.array(QStringLiteral("uniques"))) {
            for (const Json::Node &unique : uniques->items)
                readUnique(unique, table, reader);
        }
        if (const Json::Node *checks = reader.array(QStringLiteral("checks"))) {
            for (const Json::Node &check : checks->items)
                readCheck(check, table);
        }
        m_def.tables.append(std::move(table));
    }

    void readColumn(const Json::Node &node, Table &table)
    {
        if (!expectObject(node, Describe([&table] { return Text::tr("a column of table \"%1\"").arg(table.name); }),
                          m_diagnostics, {}))
            return;
        Column column;
        column.location = node.location;
        const Json::Node *nameNode = node.member(u"name");
        const Describe what = [nameNode, &table] {
            return nameNode && nameNode->isString() ? Text::tr("column \"%1.%2\"").arg(table.name, nameNode->string)
                                                    : Text::tr("a column of table \"%1\"").arg(table.name);
        };
        JsonObjectReader reader(node, columnKeys(), what, m_diagnostics, {});
        recordLocations(node, column.fields);

        if (auto name = reader.string(QStringLiteral("name"), true))
            column.name = *name;
        readColumnType(reader, column);
        if (auto v = reader.boolean(QStringLiteral("primaryKey")))
            column.primaryKey = *v;
        if (auto v = reader.boolean(QStringLiteral("notNull")))
            column.notNull = *v;
        if (auto v = reader.boolean(QStringLiteral("unique")))
            column.unique = *v;
        if (auto v = reader.string(QStringLiteral("comment")))
            column.comment = *v;
        if (auto v = reader.string(QStringLiteral("renamedFrom")))
            column.renamedFrom = *v;
        readDefault(reader, column);
        if (const Json::Node *refs = reader.object(QStringLiteral("references")))
            readReference(*refs, column, what);
        table.columns.append(std::move(column));
    }

    void readColumnType(JsonObjectReader &reader, Column &column)
    {
        const Json::Node *type = reader.value(u"type");
        if (!type) {
            reader.missing(QStringLiteral("type"));
            return;
        }
        if (type->isString()) {
            column.typeSpelling = type->string;
            column.type = ColumnType::parse(type->string).value_or(ColumnType{}); // the package rules say why
        } else if (type->isObject()) {
            // {"postgresql": "tsvector", "sqlite": "TEXT"}: a native type per dialect.
            QMap<QString, QString> byDialect;
            for (const Json::Member &m : type->members) {
                DialectKind kind;
                if (!parseDialectName(m.key, &kind)) {
                    m_diagnostics.append(makeError(
                        DiagnosticCode::InvalidValue, Text::tr("unknown dialect \"%1\" in the type of %2").arg(m.key, column.name),
                        m.keyLocation, Text::tr("use the keys \"sqlite\" and \"postgresql\"")));
                    continue;
                }
                if (!m.value.isString() || m.value.string.trimmed().isEmpty()) {
                    reader.wrongType(m.key, m.value, Text::tr("a native type name (a string)"));
                    continue;
                }
                byDialect.insert(dialectName(kind), m.value.string);
            }
            column.type = ColumnType::dialectSpecific(byDialect);
            column.typeSpelling = QStringLiteral("{") + byDialect.keys().join(QStringLiteral(", ")) + QStringLiteral("}");
        } else {
            reader.wrongType(QStringLiteral("type"), *type,
                             Text::tr("a type name or an object of native types by dialect"));
            return;
        }
        // Kept on any type, so that the rules can say when "values" stands on a column that is no enum.
        if (auto values = reader.stringList(QStringLiteral("values")))
            column.type.enumValues = *values;
    }

    void readDefault(JsonObjectReader &reader, Column &column)
    {
        // Any JSON value is kept (objects and arrays suit json columns); the rules judge the fit.
        if (const Json::Node *literal = reader.value(u"default"))
            column.defaultValue = ColumnDefault{ColumnDefault::Kind::Literal, literal->toJsonValue(), {}};
        // When several are given, the rules report "conflicting-defaults"; keep the first for rendering.
        if (auto sql = reader.string(QStringLiteral("defaultSql")); sql && !column.defaultValue.isSet())
            column.defaultValue = ColumnDefault{ColumnDefault::Kind::Sql, {}, *sql};
        if (auto now = reader.boolean(QStringLiteral("defaultNow")); now && *now && !column.defaultValue.isSet())
            column.defaultValue = ColumnDefault{ColumnDefault::Kind::Now, {}, {}};
    }

    void readReference(const Json::Node &node, Column &column, const Describe &columnWhat)
    {
        static const QStringList keys{QStringLiteral("table"), QStringLiteral("column"), QStringLiteral("onDelete"),
                                      QStringLiteral("onUpdate")};
        JsonObjectReader reader(node, keys, Describe([&columnWhat] { return Text::tr("the reference of %1").arg(columnWhat()); }),
                                m_diagnostics, {});
        if (auto table = reader.string(QStringLiteral("table"), true))
            column.references.table = *table;
        if (auto target = reader.string(QStringLiteral("column")))
            column.references.column = *target;
        if (auto action = reader.string(QStringLiteral("onDelete")))
            column.references.onDelete = action->toLower();
        if (auto action = reader.string(QStringLiteral("onUpdate")))
            column.references.onUpdate = action->toLower();
    }

    void readIndex(const Json::Node &node, Table &table)
    {
        const Describe what = [&table] { return Text::tr("an index of table \"%1\"").arg(table.name); };
        if (!expectObject(node, what, m_diagnostics, {}))
            return;
        Index index;
        index.location = node.location;
        static const QStringList keys{QStringLiteral("name"), QStringLiteral("columns"), QStringLiteral("unique")};
        JsonObjectReader reader(node, keys, what, m_diagnostics, {});
        recordLocations(node, index.fields);
        if (auto name = reader.string(QStringLiteral("name")))
            index.name = *name;
        if (auto columns = reader.stringList(QStringLiteral("columns"), true))
            index.columns = *columns;
        if (auto unique = reader.boolean(QStringLiteral("unique")))
            index.unique = *unique;
        table.indexes.append(std::move(index));
    }

    void readUnique(const Json::Node &node, Table &table, JsonObjectReader &tableReader)
    {
        UniqueConstraint unique;
        unique.location = node.location;
        const Json::Node *columns = &node;
        if (node.isObject()) { // {"columns": [...]} reads naturally too
            columns = node.member(u"columns");
            JsonObjectReader reader(node, {QStringLiteral("columns")},
                                    Text::tr("a unique constraint of table \"%1\"").arg(table.name), m_diagnostics, {});
            if (!columns) {
                reader.missing(QStringLiteral("columns"));
                return;
            }
        }
        if (!columns->isArray()) {
            tableReader.wrongType(QStringLiteral("uniques"), *columns, Text::tr("an array of column names"));
            return;
        }
        for (size_t i = 0; i < columns->items.size(); ++i) {
            const Json::Node &item = columns->items[i];
            if (!item.isString()) {
                tableReader.wrongType(QStringLiteral("uniques"), item, Text::tr("a column name (a string)"));
                continue;
            }
            unique.fields.set(FieldPath(u"columns").index(unique.columns.size()), item.location);
            unique.columns.append(item.string);
        }
        table.uniques.append(std::move(unique));
    }

    void readCheck(const Json::Node &node, Table &table)
    {
        CheckConstraint check;
        check.location = node.location;
        if (node.isString()) {
            check.expression = node.string;
        } else if (expectObject(node, Text::tr("a check of table \"%1\"").arg(table.name), m_diagnostics, {})) {
            JsonObjectReader reader(node, {QStringLiteral("name"), QStringLiteral("expression")},
                                    Text::tr("a check of table \"%1\"").arg(table.name), m_diagnostics, {});
            if (auto name = reader.string(QStringLiteral("name")))
                check.name = *name;
            if (auto expression = reader.string(QStringLiteral("expression"), true))
                check.expression = *expression;
        } else {
            return;
        }
        table.checks.append(std::move(check));
    }

    void readMigrations(const Json::Node &root)
    {
        QString folder = QStringLiteral("migrations");
        bool explicitFolder = false;
        if (const Json::Node *node = root.member(u"migrations")) {
            if (node->isString()) {
                folder = node->string;
                explicitFolder = true;
            } else {
                m_diagnostics.append(makeError(DiagnosticCode::WrongType,
                                               Text::tr("\"migrations\" must be a folder name (a string), not %1")
                                                   .arg(node->typeDescription()),
                                               node->location, Text::tr("write the folder, e.g. \"migrations\"")));
            }
        }
        m_def.migrationsDir = QDir::cleanPath(QDir(m_def.directory).absoluteFilePath(folder));
        const QFileInfo info(m_def.migrationsDir);
        if (!info.isDir()) {
            if (explicitFolder) {
                m_diagnostics.append(makeError(DiagnosticCode::MigrationsFolderMissing,
                                               Text::tr("the migrations folder \"%1\" does not exist").arg(folder),
                                               m_def.fields.value(u"migrations", m_def.location),
                                               Text::tr("create the folder or correct \"migrations\"")));
            }
            return;
        }
        const QStringList files = MigrationFile::listFolder(m_def.migrationsDir);
        m_def.migrations.reserve(files.size());
        for (const QString &file : files) {
            MigrationFile::Parsed result = MigrationFile::read(file, m_project.dialect, m_def.name);
            m_def.migrations.append(std::move(result.migration));
            m_diagnostics += result.diagnostics;
        }
    }

    const ProjectConfig &m_project;
    PackageDefinition m_def;
    Diagnostics m_diagnostics;
};

} // namespace

PackageDefinition PackageLoader::load(const QString &folder, const ProjectConfig &project)
{
    return Loader(folder, project).load();
}

} // namespace Strata
