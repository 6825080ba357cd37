// strata-generate: writes a synthetic Strata project of any size for the benchmarks.
//
// The project is meant to be valid (strata validate reports no errors) and to look like a real
// one: packages form a DAG of dependencies, every package depends on the package owning the
// "workspaces" table, tables mix the portable types, reference their own package's tables and their
// dependencies' tables, carry indexes, and each package's migrations create exactly the declared
// schema as Strata renders it for SQLite (or, with --dialect postgresql, for PostgreSQL, comments
// included). The same arguments and seed always give the same bytes.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdint>
#include <cstdio>
#include <vector>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("strata-generate", text);
}

// SplitMix64: tiny and fully specified, so a seed gives the same project with any standard library
// (std::uniform_int_distribution is implementation-defined).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound).
    int below(int bound) { return bound <= 0 ? 0 : int(next() % quint64(bound)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

struct Options
{
    int packages = 10;
    int tablesPerPackage = 10;
    int columnsPerTable = 10;
    int migrationsPerPackage = 10;
    quint64 seed = 1;
    bool postgres = false; // --dialect postgresql: PostgreSQL migrations and "dialect": "postgresql"
    QString outDir;
};

enum class Kind { Id, Varchar, Integer, Boolean, Timestamp, Numeric, Enum, Jsonb, Text, Reference };

struct GenColumn
{
    QByteArray name;
    Kind kind = Kind::Text;
    int length = 0;          // varchar(n)
    bool notNull = false;
    bool boolDefault = false;
    QList<QByteArray> values; // enum
    QByteArray comment;
    int targetPackage = -1;  // reference
    int targetTable = -1;
    QByteArray onDelete;     // reference
};

struct GenIndex
{
    QList<QByteArray> columns;
    bool unique = false;
};

struct GenTable
{
    QByteArray name;
    bool scoped = false;
    bool global = false;
    QByteArray comment;
    QList<GenColumn> columns;
    QList<GenIndex> indexes;
    int migration = 0; // index of the migration that creates it
};

struct GenPackage
{
    int index = 0;
    QByteArray name;   // @bench/pkgNNNN
    QByteArray folder; // pkgNNNN
    QList<int> dependencies;
    QList<GenTable> tables;
    QList<QByteArray> migrationIds;
};

const char *const Nouns[] = {"accounts", "orders", "invoices", "line_items", "events", "tasks", "notes",
                             "tags", "files", "comments", "projects", "contacts", "payments", "shipments",
                             "products", "reviews", "sessions", "reports", "tickets", "messages"};
constexpr int NounCount = int(sizeof(Nouns) / sizeof(Nouns[0]));

const char *const EnumSets[][4] = {{"draft", "active", "archived", nullptr},
                                   {"low", "normal", "high", "urgent"},
                                   {"pending", "paid", "refunded", nullptr},
                                   {"open", "closed", nullptr, nullptr}};

QByteArray padded(int n)
{
    return QByteArray::number(n).rightJustified(4, '0');
}

QByteArray packageFolder(int p)
{
    return "pkg" + padded(p);
}

class Generator
{
public:
    explicit Generator(const Options &options) : m_options(options), m_random(options.seed) {}

    void build()
    {
        m_packages.reserve(m_options.packages);
        for (int p = 0; p < m_options.packages; ++p)
            m_packages.append(buildPackage(p));
    }

    bool write(QString *error) const
    {
        const QDir root(m_options.outDir);
        if (!root.mkpath(QStringLiteral("packages"))) {
            *error = tr("cannot create %1").arg(root.filePath(QStringLiteral("packages")));
            return false;
        }
        if (!writeFile(root.filePath(QStringLiteral("strata.json")),
                       m_options.postgres
                           ? "{\n  \"packages\": [\"packages/*\"],\n  \"dialect\": \"postgresql\"\n}\n"
                           : "{\n  \"packages\": [\"packages/*\"],\n  \"dialect\": \"sqlite\"\n}\n",
                       error))
            return false;
        for (const GenPackage &package : m_packages) {
            const QString folder = root.filePath(QStringLiteral("packages/") + QString::fromLatin1(package.folder));
            if (!QDir().mkpath(folder + QStringLiteral("/migrations"))) {
                *error = tr("cannot create %1").arg(folder);
                return false;
            }
            if (!writeFile(folder + QStringLiteral("/database.json"), databaseJson(package), error))
                return false;
            for (int m = 0; m < package.migrationIds.size(); ++m) {
                const QString file = folder + QStringLiteral("/migrations/")
                    + QString::fromLatin1(package.migrationIds.at(m)) + QStringLiteral(".sql");
                if (!writeFile(file, migrationSql(package, m), error))
                    return false;
            }
        }
        return true;
    }

private:
    GenPackage buildPackage(int p)
    {
        GenPackage package;
        package.index = p;
        package.folder = packageFolder(p);
        package.name = "@bench/" + package.folder;
        if (p > 0) {
            // Every package reaches the workspace table's owner directly, plus up to three others.
            package.dependencies.append(0);
            const int extra = m_random.below(4);
            for (int i = 0; i < extra && p > 1; ++i) {
                const int dep = 1 + m_random.below(p - 1);
                if (!package.dependencies.contains(dep))
                    package.dependencies.append(dep);
            }
        }

        const int tableCount = m_options.tablesPerPackage;
        for (int t = 0; t < tableCount; ++t)
            package.tables.append(buildTable(p, t, package));

        // Tables spread evenly over the first min(M, T) migrations, in order; further migrations
        // are small data fixes, so the schema of every migration count is the same.
        const int migrations = m_options.migrationsPerPackage;
        const int creating = std::min(migrations, tableCount);
        for (int t = 0; t < tableCount; ++t)
            package.tables[t].migration = creating > 0 ? int(qint64(t) * creating / tableCount) : 0;
        for (int m = 0; m < migrations; ++m) {
            QByteArray id = padded(m + 1) + '_';
            if (m < creating) {
                const GenTable *first = nullptr;
                for (const GenTable &table : std::as_const(package.tables)) {
                    if (table.migration == m) {
                        first = &table;
                        break;
                    }
                }
                id += "create_" + (first ? first->name : QByteArray("tables"));
            } else {
                id += "data_fix_" + QByteArray::number(m + 1 - creating);
            }
            package.migrationIds.append(id);
        }
        return package;
    }

    GenTable buildTable(int p, int t, const GenPackage &package)
    {
        GenTable table;
        if (p == 0 && t == 0) {
            table.name = "workspaces";
            table.comment = "A tenant: every workspace-scoped row belongs to one.";
        } else {
            table.name = "p" + padded(p) + '_' + Nouns[m_random.below(NounCount)] + '_' + QByteArray::number(t);
            // The workspace owner's own tables are shared ones, such as users.
            table.scoped = p > 0 && m_random.chance(70);
            table.global = !table.scoped && m_random.chance(50);
            if (m_random.chance(40))
                table.comment = "Synthetic table " + QByteArray::number(t) + " of " + package.name + '.';
        }

        GenColumn id;
        id.name = "id";
        id.kind = Kind::Id;
        table.columns.append(id);

        int references = 0;
        for (int c = 1; c < m_options.columnsPerTable; ++c) {
            GenColumn column;
            const QByteArray suffix = '_' + QByteArray::number(c);
            // At most two foreign keys per table, when there is something to point at.
            const bool canReference = (t > 0 || !package.dependencies.isEmpty()) && !(p == 0 && t == 0);
            const int roll = m_random.below(canReference && references < 2 ? 10 : 9);
            switch (roll) {
            case 0:
                column.kind = Kind::Varchar;
                column.name = "name" + suffix;
                column.length = 40 + 20 * m_random.below(10);
                column.notNull = m_random.chance(50);
                break;
            case 1:
                column.kind = Kind::Integer;
                column.name = "quantity" + suffix;
                column.notNull = m_random.chance(30);
                break;
            case 2:
                column.kind = Kind::Boolean;
                column.name = "is_active" + suffix;
                column.notNull = true;
                column.boolDefault = m_random.chance(50);
                break;
            case 3:
                column.kind = Kind::Timestamp;
                column.name = "created_at" + suffix;
                column.notNull = true;
                break;
            case 4:
                column.kind = Kind::Numeric;
                column.name = "amount" + suffix;
                column.notNull = true;
                break;
            case 5: {
                column.kind = Kind::Enum;
                column.name = "status" + suffix;
                column.notNull = true;
                const auto &set = EnumSets[m_random.below(4)];
                for (const char *v : set) {
                    if (v)
                        column.values.append(v);
                }
                break;
            }
            case 6:
                column.kind = Kind::Jsonb;
                column.name = "settings" + suffix;
                break;
            case 7:
            case 8:
                column.kind = Kind::Text;
                column.name = "description" + suffix;
                if (m_random.chance(50))
                    column.comment = "Free text shown in the detail view.";
                break;
            default: {
                column.kind = Kind::Reference;
                // Half within the package (an earlier table), half to a direct dependency.
                const bool local = t > 0 && (package.dependencies.isEmpty() || m_random.chance(50));
                if (local) {
                    column.targetPackage = p;
                    column.targetTable = m_random.below(t);
                } else {
                    column.targetPackage = package.dependencies.at(m_random.below(int(package.dependencies.size())));
                    column.targetTable = m_random.below(m_options.tablesPerPackage);
                }
                column.name = "ref" + suffix + "_id";
                column.notNull = m_random.chance(30);
                column.onDelete = column.notNull ? "cascade" : (m_random.chance(50) ? "set null" : "cascade");
                ++references;
                table.indexes.append(GenIndex{{column.name}, false});
                break;
            }
            }
            table.columns.append(column);
        }
        // One lookup index on a text-like column, unique per workspace on scoped tables.
        for (const GenColumn &column : std::as_const(table.columns)) {
            if (column.kind == Kind::Varchar) {
                if (table.scoped)
                    table.indexes.append(GenIndex{{"workspace_id", column.name}, true});
                else
                    table.indexes.append(GenIndex{{column.name}, false});
                break;
            }
        }
        return table;
    }

    // Only called once build() is done, so the package being referenced always exists.
    const GenTable &target(const GenColumn &column) const
    {
        return m_packages.at(column.targetPackage).tables.at(column.targetTable);
    }

    static QByteArray jsonString(const QByteArray &text)
    {
        QByteArray out = "\"";
        for (char c : text) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        return out + '"';
    }

    QByteArray columnJson(const GenColumn &c) const
    {
        QByteArray out = "{ \"name\": " + jsonString(c.name) + ", \"type\": ";
        switch (c.kind) {
        case Kind::Id: out += "\"bigserial\", \"primaryKey\": true"; break;
        case Kind::Varchar: out += "\"varchar(" + QByteArray::number(c.length) + ")\""; break;
        case Kind::Integer: out += "\"integer\""; break;
        case Kind::Boolean: out += "\"boolean\""; break;
        case Kind::Timestamp: out += "\"timestamptz\""; break;
        case Kind::Numeric: out += "\"numeric(12,2)\""; break;
        case Kind::Enum: out += "\"enum\""; break;
        case Kind::Jsonb: out += "\"jsonb\""; break;
        case Kind::Text: out += "\"text\""; break;
        case Kind::Reference: out += "\"bigint\""; break;
        }
        if (c.kind == Kind::Enum) {
            QList<QByteArray> quoted;
            for (const QByteArray &v : c.values)
                quoted.append(jsonString(v));
            out += ", \"values\": [" + quoted.join(", ") + "]";
        }
        if (c.notNull)
            out += ", \"notNull\": true";
        if (c.kind == Kind::Boolean)
            out += c.boolDefault ? ", \"default\": true" : ", \"default\": false";
        if (c.kind == Kind::Timestamp)
            out += ", \"defaultNow\": true";
        if (c.kind == Kind::Numeric)
            out += ", \"default\": 0";
        if (c.kind == Kind::Enum)
            out += ", \"default\": " + jsonString(c.values.first());
        if (c.kind == Kind::Reference) {
            out += ", \"references\": { \"table\": " + jsonString(target(c).name) + ", \"onDelete\": "
                + jsonString(c.onDelete) + " }";
        }
        if (!c.comment.isEmpty())
            out += ", \"comment\": " + jsonString(c.comment);
        return out + " }";
    }

    QByteArray databaseJson(const GenPackage &package) const
    {
        QByteArray out = "{\n  \"packageName\": " + jsonString(package.name) + ",\n  \"version\": \"1.0.0\",\n";
        out += "  \"description\": \"Synthetic benchmark package.\",\n";
        QList<QByteArray> deps;
        for (int d : package.dependencies)
            deps.append(jsonString(m_packages.at(d).name) + ": \"^1.0.0\"");
        out += "  \"dependencies\": {" + (deps.isEmpty() ? QByteArray() : " " + deps.join(", ") + " ") + "},\n";
        out += "  \"tables\": [";
        for (int t = 0; t < package.tables.size(); ++t) {
            const GenTable &table = package.tables.at(t);
            out += t == 0 ? "\n" : ",\n";
            out += "    {\n      \"name\": " + jsonString(table.name) + ",\n";
            if (table.scoped)
                out += "      \"workspaceScoped\": true,\n";
            if (table.global)
                out += "      \"global\": true,\n";
            if (!table.comment.isEmpty())
                out += "      \"comment\": " + jsonString(table.comment) + ",\n";
            out += "      \"columns\": [\n";
            for (int c = 0; c < table.columns.size(); ++c)
                out += "        " + columnJson(table.columns.at(c)) + (c + 1 < table.columns.size() ? ",\n" : "\n");
            out += "      ]";
            if (!table.indexes.isEmpty()) {
                out += ",\n      \"indexes\": [\n";
                for (int i = 0; i < table.indexes.size(); ++i) {
                    const GenIndex &index = table.indexes.at(i);
                    QList<QByteArray> columns;
                    for (const QByteArray &c : index.columns)
                        columns.append(jsonString(c));
                    out += "        { \"columns\": [" + columns.join(", ") + "]"
                        + (index.unique ? ", \"unique\": true" : "") + " }"
                        + (i + 1 < table.indexes.size() ? ",\n" : "\n");
                }
                out += "      ]";
            }
            out += "\n    }";
        }
        out += package.tables.isEmpty() ? "]\n}\n" : "\n  ]\n}\n";
        return out;
    }

    // The column as Strata's SQLite renderer writes it (core/sql/DdlRenderer.cpp).
    QByteArray columnSql(const GenColumn &c) const
    {
        QByteArray out = c.name + ' ';
        switch (c.kind) {
        case Kind::Id: return out + "INTEGER PRIMARY KEY";
        case Kind::Varchar: out += "VARCHAR(" + QByteArray::number(c.length) + ')'; break;
        case Kind::Integer:
        case Kind::Reference: out += "INTEGER"; break;
        case Kind::Boolean: out += "BOOLEAN"; break;
        case Kind::Numeric: out += "NUMERIC(12,2)"; break;
        case Kind::Timestamp:
        case Kind::Enum:
        case Kind::Jsonb:
        case Kind::Text: out += "TEXT"; break;
        }
        if (c.notNull)
            out += " NOT NULL";
        if (c.kind == Kind::Boolean)
            out += c.boolDefault ? " DEFAULT 1" : " DEFAULT 0";
        if (c.kind == Kind::Timestamp)
            out += " DEFAULT CURRENT_TIMESTAMP";
        if (c.kind == Kind::Numeric)
            out += " DEFAULT 0";
        if (c.kind == Kind::Enum) {
            QList<QByteArray> quoted;
            for (const QByteArray &v : c.values)
                quoted.append('\'' + v + '\'');
            out += " DEFAULT '" + c.values.first() + "' CHECK (" + c.name + " IN (" + quoted.join(", ") + "))";
        }
        if (c.kind == Kind::Reference)
            out += " REFERENCES " + target(c).name + " (id) ON DELETE " + c.onDelete.toUpper();
        return out;
    }

    // The column as Strata's PostgreSQL renderer would write it.
    QByteArray columnSqlPostgres(const GenColumn &c) const
    {
        QByteArray out = c.name + ' ';
        switch (c.kind) {
        case Kind::Id: return out + "bigserial PRIMARY KEY";
        case Kind::Varchar: out += "varchar(" + QByteArray::number(c.length) + ')'; break;
        case Kind::Integer: out += "integer"; break;
        case Kind::Reference: out += "bigint"; break;
        case Kind::Boolean: out += "boolean"; break;
        case Kind::Numeric: out += "numeric(12,2)"; break;
        case Kind::Timestamp: out += "timestamptz"; break;
        case Kind::Jsonb: out += "jsonb"; break;
        case Kind::Enum:
        case Kind::Text: out += "text"; break;
        }
        if (c.notNull)
            out += " NOT NULL";
        if (c.kind == Kind::Boolean)
            out += c.boolDefault ? " DEFAULT TRUE" : " DEFAULT FALSE";
        if (c.kind == Kind::Timestamp)
            out += " DEFAULT CURRENT_TIMESTAMP";
        if (c.kind == Kind::Numeric)
            out += " DEFAULT 0";
        if (c.kind == Kind::Enum) {
            QList<QByteArray> quoted;
            for (const QByteArray &v : c.values)
                quoted.append('\'' + v + '\'');
            out += " DEFAULT '" + c.values.first() + "' CHECK (" + c.name + " IN (" + quoted.join(", ") + "))";
        }
        if (c.kind == Kind::Reference)
            out += " REFERENCES " + target(c).name + " (id) ON DELETE " + c.onDelete.toUpper();
        return out;
    }

    static QByteArray sqlString(const QByteArray &text)
    {
        return '\'' + QByteArray(text).replace("'", "''") + '\'';
    }

    QByteArray createTableSql(const GenTable &table) const
    {
        QList<QByteArray> lines;
        for (const GenColumn &c : table.columns) {
            lines.append(m_options.postgres ? columnSqlPostgres(c) : columnSql(c));
            if (c.kind == Kind::Id && table.scoped)
                lines.append(m_options.postgres
                                 ? "workspace_id bigint NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE"
                                 : "workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE");
        }
        QByteArray out = "CREATE TABLE " + table.name + " (\n    " + lines.join(",\n    ") + "\n);\n";
        if (table.scoped)
            out += "CREATE INDEX " + table.name + "_workspace_id_idx ON " + table.name + " (workspace_id);\n";
        for (const GenIndex &index : table.indexes) {
            out += QByteArray(index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + table.name + '_'
                + index.columns.join('_') + "_idx ON " + table.name + " (" + index.columns.join(", ") + ");\n";
        }
        if (m_options.postgres) {
            if (!table.comment.isEmpty())
                out += "COMMENT ON TABLE " + table.name + " IS " + sqlString(table.comment) + ";\n";
            for (const GenColumn &c : table.columns) {
                if (!c.comment.isEmpty())
                    out += "COMMENT ON COLUMN " + table.name + '.' + c.name + " IS " + sqlString(c.comment) + ";\n";
            }
        }
        return out;
    }

    QByteArray migrationSql(const GenPackage &package, int m) const
    {
        QList<const GenTable *> tables;
        for (const GenTable &table : package.tables) {
            if (table.migration == m)
                tables.append(&table);
        }
        const int creating = std::min(m_options.migrationsPerPackage, m_options.tablesPerPackage);
        QByteArray out;
        if (m >= creating) {
            // A data fix: no schema change, realistic enough for the parser and the planner.
            const QByteArray &name = package.tables.at(m % package.tables.size()).name;
            out += "-- Removes rows left behind by the 0.9 importer.\n";
            out += "\n-- strata:up\nDELETE FROM " + name + " WHERE id < 0;\n";
            return out;
        }

        // Migrations of other packages whose tables these ones reference.
        QList<QByteArray> required;
        const auto require = [&](int p, int migration) {
            if (p == package.index)
                return;
            const QByteArray line = m_packages.at(p).name + ':' + m_packages.at(p).migrationIds.at(migration);
            if (!required.contains(line))
                required.append(line);
        };
        for (const GenTable *table : tables) {
            if (table->scoped)
                require(0, m_packages.at(0).tables.at(0).migration);
            for (const GenColumn &c : table->columns) {
                if (c.kind == Kind::Reference)
                    require(c.targetPackage, target(c).migration);
            }
        }

        out += "-- Creates";
        for (const GenTable *table : tables)
            out += ' ' + table->name;
        out += ".\n";
        for (const QByteArray &line : required)
            out += "-- strata:requires " + line + '\n';
        out += "\n-- strata:up\n";
        for (const GenTable *table : tables)
            out += createTableSql(*table) + '\n';
        out += "-- strata:down\n";
        for (auto it = tables.crbegin(); it != tables.crend(); ++it)
            out += "DROP TABLE " + (*it)->name + ";\n";
        return out;
    }

    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }

    Options m_options;
    Random m_random;
    QList<GenPackage> m_packages;
};

bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int *out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > 1000000) {
        QTextStream(stderr) << tr("strata-generate: --%1 must be a number from %2 to 1000000\n")
                                   .arg(option.names().first())
                                   .arg(minimum);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("strata-generate"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a synthetic, valid Strata project for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption packages(QStringLiteral("packages"), tr("Number of packages (at least 1)."), tr("N"),
                                      QStringLiteral("10"));
    const QCommandLineOption tables(QStringLiteral("tables-per-package"), tr("Tables per package."), tr("T"),
                                    QStringLiteral("10"));
    const QCommandLineOption columns(QStringLiteral("columns-per-table"),
                                     tr("Declared columns per table, the id included (at least 1)."), tr("C"),
                                     QStringLiteral("10"));
    const QCommandLineOption migrations(QStringLiteral("migrations-per-package"),
                                        tr("Migration files per package."), tr("M"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed (same seed, same project)."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption dialect(QStringLiteral("dialect"),
                                     tr("The dialect of strata.json and the migrations: sqlite or postgresql."),
                                     tr("DIALECT"), QStringLiteral("sqlite"));
    parser.addOptions({packages, tables, columns, migrations, seed, dialect});
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), tr("Folder to write the project into (created)."));
    parser.process(app);

    Options options;
    if (!readCount(parser, packages, 1, &options.packages) || !readCount(parser, tables, 1, &options.tablesPerPackage)
        || !readCount(parser, columns, 1, &options.columnsPerTable)
        || !readCount(parser, migrations, 0, &options.migrationsPerPackage))
        return 2;
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        QTextStream(stderr) << tr("strata-generate: --seed must be a non-negative number\n");
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << tr("strata-generate: give exactly one OUTDIR\n");
        return 2;
    }
    const QString dialectName = parser.value(dialect);
    if (dialectName != u"sqlite" && dialectName != u"postgresql") {
        QTextStream(stderr) << tr("strata-generate: --dialect must be sqlite or postgresql\n");
        return 2;
    }
    options.postgres = dialectName == u"postgresql";
    options.outDir = parser.positionalArguments().first();
    // Old packages left in the folder would silently join the project.
    if (QDir(options.outDir + QStringLiteral("/packages")).exists()) {
        QTextStream(stderr) << tr("strata-generate: %1 already holds a project; give an empty folder\n")
                                   .arg(options.outDir);
        return 2;
    }

    Generator generator(options);
    generator.build();
    QString error;
    if (!generator.write(&error)) {
        QTextStream(stderr) << QStringLiteral("strata-generate: ") << error << QLatin1Char('\n');
        return 1;
    }
    return 0;
}
