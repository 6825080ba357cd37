#include <strata/diff/MigrationGenerator.h>

#include <strata/diff/SqliteRebuild.h>
#include <strata/registry/Registry.h>
#include <strata/sql/DdlRenderer.h>
#include <strata/sql/SchemaComparison.h>
#include <strata/sql/SqlExpression.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

// The messages of this file, in the context "Strata::MigrationGenerator". A class with
// Q_DECLARE_TR_FUNCTIONS rather than a free tr() helper: lupdate filed the helper's strings under
// the class it was called from (Strata::Writer), so the catalogues never answered the lookups.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MigrationGenerator)
};

QString destructiveHelp()
{
    return Text::tr("Run strata generate with --allow-destructive to write it anyway, or change database.json back "
              "(a rename is written with \"renamedFrom\").");
}

// The name PostgreSQL gives an unnamed CHECK (ChooseConstraintName): <table>_<column>_check when the
// expression reads one column, else <table>_check. Generated constraints get it explicitly, so that
// the down section (and a later migration) can drop them by name.
QString checkName(const Table &table, const CheckConstraint &check)
{
    if (!check.name.isEmpty())
        return check.name;
    QStringList read;
    for (const Column &c : table.columns) {
        const QRegularExpression word(u"(^|[^A-Za-z0-9_])\"?"_s + QRegularExpression::escape(c.name)
                                      + u"\"?($|[^A-Za-z0-9_])"_s);
        if (word.match(check.expression).hasMatch())
            read.append(c.name);
    }
    return read.size() == 1 ? QString(table.name + u'_' + read.first() + u"_check"_s) : QString(table.name + u"_check"_s);
}

// An enum column is text with a CHECK: the generator handles it as that check (named as
// PostgreSQL names a column's own check), so that both directions see the same shape.
Table withEnumChecks(const Table &table, const Dialect &dialect)
{
    Table result = table;
    for (Column &c : result.columns) {
        if (c.type.kind != TypeKind::Enum || c.type.enumValues.isEmpty())
            continue;
        QStringList values;
        for (const QString &v : c.type.enumValues)
            values.append(dialect.quoteString(v));
        result.checks.append({result.name + u'_' + c.name + u"_check"_s,
                              dialect.quoteIdentifier(c.name) + u" IN ("_s + values.join(u", "_s) + u')', {}});
        c.type = ColumnType::parse(u"text"_s).value_or(ColumnType{});
        c.typeSpelling = u"text"_s;
    }
    return result;
}

// The portable form of a column's type, also for a catalog's dialect-specific spelling.
ColumnType portable(const ColumnType &type, const Dialect &dialect)
{
    if (type.kind != TypeKind::DialectSpecific)
        return type;
    return ColumnType::parse(type.dialectTypes.value(dialect.name()).toLower()).value_or(ColumnType{});
}

int integerRank(TypeKind kind)
{
    switch (kind) {
    case TypeKind::SmallInt: return 1;
    case TypeKind::Integer:
    case TypeKind::Serial: return 2;
    case TypeKind::BigInt:
    case TypeKind::BigSerial: return 3;
    default: return 0;
    }
}

// Whether every value of `from` fits `to` unchanged: the type changes that are not destructive.
bool widens(const ColumnType &fromType, const ColumnType &toType, const Dialect &dialect)
{
    const ColumnType from = portable(fromType, dialect);
    const ColumnType to = portable(toType, dialect);
    if (!from.isValid() || !to.isValid())
        return false;
    if (integerRank(from.kind) && integerRank(to.kind))
        return integerRank(to.kind) >= integerRank(from.kind);
    if (integerRank(from.kind) && (to.kind == TypeKind::Numeric && to.precision == 0))
        return true;
    if (from.kind == TypeKind::Real && to.kind == TypeKind::Double)
        return true;
    if (to.kind == TypeKind::Text)
        return from.isTextual() || from.isNumeric() || from.isTemporal() || from.kind == TypeKind::Boolean;
    if (to.kind == TypeKind::Varchar && (from.kind == TypeKind::Varchar || from.kind == TypeKind::Char))
        return to.length == 0 || (from.length > 0 && from.length <= to.length);
    if (from.kind == TypeKind::Numeric && to.kind == TypeKind::Numeric)
        return to.precision == 0
            || (from.precision > 0 && to.scale >= from.scale && to.precision - to.scale >= from.precision - from.scale);
    if (from.kind == TypeKind::Json && to.kind == TypeKind::Jsonb)
        return true;
    // Every date is a timestamp at midnight, and every timestamp one with a zone (the session's).
    if ((from.kind == TypeKind::Date || from.kind == TypeKind::Timestamp) && to.kind == TypeKind::TimestampTz)
        return true;
    if (from.kind == TypeKind::Date && to.kind == TypeKind::Timestamp)
        return true;
    return false;
}

// The names of the constraints a Writer drops. PostgreSQL's own where they are known: the
// interpreter's, by the migrated tables' (renamed) names, for the up section; for the down section
// first those the up section gave the constraints it added. PostgreSQL's default names otherwise.
struct ConstraintNames
{
    QHash<QString, QList<PostgresConstraint>> known; // by table
    QMap<QString, QStringList> enumTypes;            // PostgreSQL's enum types of the migrated side
    QHash<QString, QString> added;                   // key() -> name

    static QString key(const QString &table, PostgresConstraint::Kind kind, const QStringList &columns)
    {
        return table + u'\n' + QString::number(int(kind)) + u'\n' + columns.join(u'\n');
    }
    QString find(const QString &table, PostgresConstraint::Kind kind, const QStringList &columns,
                 const QString &fallback) const
    {
        if (const auto it = added.constFind(key(table, kind, columns)); it != added.cend())
            return *it;
        for (const PostgresConstraint &c : known.value(table)) {
            if (c.kind == kind && c.columns == columns)
                return c.name;
        }
        return fallback;
    }
    // The check at `position` of the table's checks, when the up section did not add it.
    QString check(const QString &table, qsizetype position, const QString &expression, const QString &fallback) const
    {
        if (const auto it = added.constFind(key(table, PostgresConstraint::Kind::Check, {expression})); it != added.cend())
            return *it;
        qsizetype n = 0;
        for (const PostgresConstraint &c : known.value(table)) {
            if (c.kind == PostgresConstraint::Kind::Check && n++ == position)
                return c.name;
        }
        return fallback;
    }
};

// Turns one list of a package's tables into another: `from` the tables as they are (renames
// already applied), `to` the tables as they should be.
class Writer
{
public:
    Writer(const Dialect &dialect, std::function<const Table *(const QString &)> lookup, bool up,
           const GenerationOptions &options, const ConstraintNames &names, const QHash<QString, QStringList> &triggers)
        : m_dialect(dialect), m_renderer(dialect), m_lookup(std::move(lookup)), m_up(up), m_options(options),
          m_names(names), m_triggers(triggers)
    {
    }

    QStringList statements;
    QList<GenerationRefusal> refusals;
    QSet<QString> referencedTables; // targets of the foreign keys it adds
    bool rebuilt = false;
    QHash<QString, QString> addedConstraints; // ConstraintNames::key() -> the name given

    QString id(const QString &name) const { return m_dialect.quoteIdentifier(name); }
    QString idList(const QStringList &names) const
    {
        QStringList quoted;
        for (const QString &n : names)
            quoted.append(id(n));
        return quoted.join(u", "_s);
    }

    void refuse(const QString &table, const QString &object, const QString &message, const QString &help,
                bool destructive)
    {
        if (!m_up || (destructive && m_options.allowDestructive))
            return;
        refusals.append({table, object, message, help, destructive});
    }

    // `rawTo`: the declared tables as `strata sql` renders them, for the tables created whole.
    void transform(const QList<Table> &from, const QList<Table> &to, const QList<Table> &rawTo)
    {
        m_from = &from;
        m_to = &to;
        QHash<QString, const Table *> fromByName;
        for (const Table &t : from)
            fromByName.insert(t.name, &t);
        QSet<QString> toNames;
        for (const Table &t : to)
            toNames.insert(t.name);

        QList<Table> created;
        for (const Table &t : rawTo) {
            if (fromByName.contains(t.name))
                continue;
            created.append(t);
            for (const Column &c : t.columns) {
                if (c.references.isSet())
                    referencedTables.insert(c.references.table);
            }
        }
        if (!created.isEmpty())
            statements += m_renderer.statements(created);

        for (const Table &t : to) {
            if (const Table *f = fromByName.value(t.name))
                alter(*f, t);
        }

        for (auto it = from.crbegin(); it != from.crend(); ++it) {
            if (toNames.contains(it->name))
                continue;
            refuse(it->name, {}, Text::tr("Table %1 would be dropped, with its rows.").arg(it->name), destructiveHelp(), true);
            statements.append(u"DROP TABLE "_s + id(it->name));
        }
    }

private:
    QList<SchemaDifference> differences(const Table &from, const Table &to) const
    {
        SchemaComparisonOptions options;
        options.declaredLookup = m_lookup;
        options.actualLookup = m_lookup;
        return compareSchemas({to}, {from}, m_dialect, options);
    }

    void alter(const Table &from, const Table &to)
    {
        const QList<SchemaDifference> diffs = differences(from, to);
        if (diffs.isEmpty())
            return;
        checkRefusals(from, to, diffs);
        if (m_dialect.kind() == DialectKind::SQLite)
            alterSqlite(from, to, diffs);
        else
            alterPostgres(from, to, diffs);
    }

    void checkRefusals(const Table &from, const Table &to, const QList<SchemaDifference> &diffs)
    {
        for (const SchemaDifference &d : diffs) {
            switch (d.kind) {
            case SchemaDifference::Kind::ExtraColumn:
                refuse(to.name, d.object,
                       Text::tr("Column %1.%2 would be dropped, with its values.").arg(to.name, d.object), destructiveHelp(),
                       true);
                break;
            case SchemaDifference::Kind::MissingColumn: {
                const Column *c = to.column(d.object);
                if (c && c->notNull && !c->defaultValue.isSet() && !c->type.isSerial())
                    refuse(to.name, d.object,
                           Text::tr("Column %1.%2 is added NOT NULL without a default to a table that may hold rows.")
                               .arg(to.name, d.object),
                           Text::tr("Give it a default, or add it nullable, backfill it, then make it NOT NULL."), false);
                break;
            }
            case SchemaDifference::Kind::ColumnType: {
                const Column *a = from.column(d.object);
                const Column *b = to.column(d.object);
                // A PostgreSQL enum type's values are all text.
                const bool enumToText = a && b && b->type.kind == TypeKind::Text && a->type.kind == TypeKind::DialectSpecific
                    && m_names.enumTypes.contains(a->type.dialectTypes.value(u"postgresql"_s));
                if (a && b && !enumToText && !widens(a->type, b->type, m_dialect))
                    refuse(to.name, d.object,
                           Text::tr("Column %1.%2 would change type from %3 to %4, which may not hold every value.")
                               .arg(to.name, d.object, d.actual, d.expected),
                           destructiveHelp(), true);
                break;
            }
            case SchemaDifference::Kind::Check: {
                // An enum's check replaced by one with fewer values drops those values.
                if (d.expected.isEmpty())
                    break;
                for (const Column &c : to.columns) {
                    const std::optional<QStringList> now = SqlExpression::inListValues(d.expected, c.name);
                    if (!now)
                        continue;
                    for (const CheckConstraint &old : from.checks) {
                        const std::optional<QStringList> before = SqlExpression::inListValues(old.expression, c.name);
                        if (!before)
                            continue;
                        QStringList removed;
                        for (const QString &v : *before) {
                            if (!now->contains(v))
                                removed.append(v);
                        }
                        if (!removed.isEmpty())
                            refuse(to.name, c.name,
                                   Text::tr("Column %1.%2 would no longer allow the values %3.")
                                       .arg(to.name, c.name, removed.join(u", "_s)),
                                   destructiveHelp(), true);
                    }
                }
                break;
            }
            default:
                break;
            }
        }
    }

    // SQLite's ALTER TABLE adds a column only when the rows need no check and no new key.
    bool addableOnSqlite(const Table &to, const Column &c) const
    {
        if (to.primaryKeyColumns().contains(c.name) || c.unique)
            return false;
        const QString defaultSql = m_dialect.defaultExpression(c);
        if (c.notNull && defaultSql.isEmpty())
            return false;
        if (defaultSql.startsWith(u'(') || defaultSql.contains(u"CURRENT_"_s, Qt::CaseInsensitive))
            return false;
        if (c.references.isSet() && !defaultSql.isEmpty())
            return false;
        return true;
    }

    // SQLite's ALTER TABLE DROP COLUMN (3.35) refuses a column that a key, an index, a constraint
    // of the table, a foreign key or a trigger uses
    // (https://www.sqlite.org/lang_altertable.html#altertabdropcol); such a column goes with a
    // rebuild. Checked by name, word by word, which errs towards the rebuild.
    bool droppableOnSqlite(const Table &from, const QString &name) const
    {
        const Column *c = from.column(name);
        if (!c || c->primaryKey || c->unique || c->references.isSet() || from.primaryKeyColumns().contains(name))
            return false;
        for (const Index &index : from.indexes) {
            if (index.columns.contains(name, Qt::CaseInsensitive))
                return false;
        }
        for (const UniqueConstraint &unique : from.uniques) {
            if (unique.columns.contains(name, Qt::CaseInsensitive))
                return false;
        }
        const auto mentions = [&](const QString &sql) { return renamedInSql(sql, name, name + u'_', m_dialect) != sql; };
        for (const CheckConstraint &check : from.checks) {
            if (mentions(check.expression))
                return false;
        }
        for (const QStringList &triggers : m_triggers) {
            for (const QString &trigger : triggers) {
                if (mentions(trigger))
                    return false;
            }
        }
        return true;
    }

    QString createIndex(const Table &table, const QString &name) const
    {
        for (const Index &index : table.indexes) {
            if (DdlRenderer::indexName(table, index) == name) {
                Table one = table;
                one.indexes = {index};
                return m_renderer.createIndexes(one).value(0);
            }
        }
        return {};
    }

    void noteReference(const Column &c)
    {
        if (c.references.isSet())
            referencedTables.insert(c.references.table);
    }

    void alterSqlite(const Table &from, const Table &to, const QList<SchemaDifference> &diffs)
    {
        const bool simple = std::all_of(diffs.cbegin(), diffs.cend(), [&](const SchemaDifference &d) {
            if (d.kind == SchemaDifference::Kind::Index)
                return true;
            if (d.kind == SchemaDifference::Kind::MissingColumn) {
                const Column *c = to.column(d.object);
                return c && addableOnSqlite(to, *c);
            }
            if (d.kind == SchemaDifference::Kind::ExtraColumn)
                return droppableOnSqlite(from, d.object);
            return false;
        });
        if (!simple) {
            rebuildSqlite(from, to);
            return;
        }
        QStringList drops, creates;
        for (const SchemaDifference &d : diffs) {
            if (d.kind == SchemaDifference::Kind::MissingColumn) {
                const Column &c = *to.column(d.object);
                noteReference(c);
                statements.append(u"ALTER TABLE %1 ADD COLUMN %2"_s.arg(
                    id(to.name), m_renderer.columnDefinition(to, c, true)));
            } else if (d.kind == SchemaDifference::Kind::ExtraColumn) {
                statements.append(u"ALTER TABLE %1 DROP COLUMN %2"_s.arg(id(to.name), id(d.object)));
            } else {
                if (!d.actual.isEmpty())
                    drops.append(u"DROP INDEX "_s + id(d.object));
                if (!d.expected.isEmpty())
                    creates.append(createIndex(to, d.object));
            }
        }
        statements += drops;
        statements += creates;
    }

    // diff/SqliteRebuild.h says how; the table's triggers come from the migrated schema.
    void rebuildSqlite(const Table &from, const Table &to)
    {
        rebuilt = true;
        for (const Column &c : to.columns) {
            const Column *before = from.column(c.name);
            if (c.references.isSet() && (!before || before->references != c.references))
                referencedTables.insert(c.references.table);
        }
        statements += sqliteRebuild(from, to, m_renderer, m_dialect, m_triggers.value(from.name.toLower()));
    }

    void alterPostgres(const Table &from, const Table &to, const QList<SchemaDifference> &diffs)
    {
        const QString table = u"ALTER TABLE "_s + id(to.name) + u' ';
        QStringList dependentDrops, dropConstraints, dropColumns, addColumns, alterColumns, addConstraints, dependentAdds,
            indexes, comments;
        QSet<QString> foreignKeysDone;
        const auto columnOf = [](const Table &t, const QString &name) { return t.column(name); };
        for (const SchemaDifference &d : diffs) {
            switch (d.kind) {
            case SchemaDifference::Kind::MissingTable:
            case SchemaDifference::Kind::ExtraTable:
                break;
            case SchemaDifference::Kind::MissingColumn: {
                Column c = *to.column(d.object);
                c.unique = false; // the Unique difference adds it, named
                noteReference(c);
                addColumns.append(table + u"ADD COLUMN "_s + m_renderer.columnDefinition(to, c, true));
                break;
            }
            case SchemaDifference::Kind::ExtraColumn:
                dropColumns.append(table + u"DROP COLUMN "_s + id(d.object));
                break;
            case SchemaDifference::Kind::ColumnType: {
                const Column &c = *to.column(d.object);
                const QString type = m_dialect.typeName(c.type.isSerial() ? c.type.referencingType() : c.type);
                alterColumns.append(table + u"ALTER COLUMN %1 TYPE %2 USING %1::%2"_s.arg(id(c.name), type));
                break;
            }
            case SchemaDifference::Kind::Nullability:
                alterColumns.append(table + u"ALTER COLUMN "_s + id(d.object)
                                    + (d.expected == u"NOT NULL" ? u" SET NOT NULL"_s : u" DROP NOT NULL"_s));
                break;
            case SchemaDifference::Kind::Default:
                alterColumns.append(table + u"ALTER COLUMN "_s + id(d.object)
                                    + (d.expected.isEmpty() ? u" DROP DEFAULT"_s : QString(u" SET DEFAULT "_s + d.expected)));
                break;
            case SchemaDifference::Kind::Comment: {
                const QString value = d.expected.isEmpty() ? u"NULL"_s : m_dialect.quoteString(d.expected);
                comments.append(d.object.isEmpty()
                                    ? u"COMMENT ON TABLE %1 IS %2"_s.arg(id(to.name), value)
                                    : u"COMMENT ON COLUMN %1.%2 IS %3"_s.arg(id(to.name), id(d.object), value));
                break;
            }
            case SchemaDifference::Kind::PrimaryKey:
                if (!d.actual.isEmpty()) {
                    const QStringList key = from.primaryKeyColumns();
                    dropDependents(from, key, dependentDrops, dependentAdds);
                    dropConstraints.append(table + u"DROP CONSTRAINT "_s
                                           + id(m_names.find(from.name, PostgresConstraint::Kind::PrimaryKey, key,
                                                             to.name + u"_pkey"_s)));
                }
                if (!d.expected.isEmpty()) {
                    addConstraints.append(table + u"ADD PRIMARY KEY ("_s + idList(to.primaryKeyColumns()) + u')');
                    added(to.name, PostgresConstraint::Kind::PrimaryKey, to.primaryKeyColumns(), to.name + u"_pkey"_s);
                }
                break;
            case SchemaDifference::Kind::ForeignKey: {
                if (foreignKeysDone.contains(d.object))
                    break;
                foreignKeysDone.insert(d.object);
                const Column *before = columnOf(from, d.object);
                const Column *after = columnOf(to, d.object);
                const QString name = to.name + u'_' + d.object + u"_fkey"_s;
                // Dropped already when it depended on a key its table's change drops.
                if (before && before->references.isSet()
                    && !m_foreignKeysDropped.contains(from.name + u'.' + d.object)) {
                    m_foreignKeysDropped.insert(from.name + u'.' + d.object);
                    dropConstraints.append(table + u"DROP CONSTRAINT "_s
                                           + id(m_names.find(from.name, PostgresConstraint::Kind::ForeignKey,
                                                             {d.object}, name)));
                }
                if (after && after->references.isSet()) {
                    noteReference(*after);
                    const Table *target = after->references.table == to.name ? &to : m_lookup(after->references.table);
                    addConstraints.append(table + u"ADD CONSTRAINT %1 FOREIGN KEY (%2) %3"_s.arg(
                                              id(name), id(d.object), m_renderer.referenceClause(to, after->references, target)));
                    added(to.name, PostgresConstraint::Kind::ForeignKey, {d.object}, name);
                }
                break;
            }
            case SchemaDifference::Kind::Unique: {
                const QStringList columns = d.object.split(u", "_s);
                const QString name = to.name + u'_' + columns.join(u'_') + u"_key"_s;
                if (!d.actual.isEmpty()) {
                    dropDependents(from, columns, dependentDrops, dependentAdds);
                    dropConstraints.append(table + u"DROP CONSTRAINT "_s
                                           + id(m_names.find(from.name, PostgresConstraint::Kind::Unique, columns, name)));
                }
                if (!d.expected.isEmpty()) {
                    addConstraints.append(table + u"ADD CONSTRAINT %1 UNIQUE (%2)"_s.arg(id(name), idList(columns)));
                    added(to.name, PostgresConstraint::Kind::Unique, columns, name);
                }
                break;
            }
            case SchemaDifference::Kind::Index:
                if (!d.actual.isEmpty())
                    dropConstraints.append(u"DROP INDEX "_s + id(d.object));
                if (!d.expected.isEmpty())
                    indexes.append(createIndex(to, d.object));
                break;
            case SchemaDifference::Kind::Check:
                if (!d.actual.isEmpty()) {
                    const QString key = SqlExpression::normalized(d.actual);
                    for (qsizetype i = 0; i < from.checks.size(); ++i) {
                        const CheckConstraint &check = from.checks.at(i);
                        if (SqlExpression::normalized(check.expression) == key) {
                            dropConstraints.append(table + u"DROP CONSTRAINT "_s
                                                   + id(m_names.check(from.name, i, key, checkName(from, check))));
                            break;
                        }
                    }
                }
                if (!d.expected.isEmpty()) {
                    for (const CheckConstraint &check : to.checks) {
                        if (check.expression == d.expected && check.name == d.object) {
                            addConstraints.append(table + u"ADD CONSTRAINT %1 CHECK (%2)"_s.arg(
                                                      id(checkName(to, check)), check.expression.trimmed()));
                            added(to.name, PostgresConstraint::Kind::Check, {SqlExpression::normalized(check.expression)},
                                  checkName(to, check));
                            break;
                        }
                    }
                }
                break;
            case SchemaDifference::Kind::EnumValues:
                break; // enum columns come here as their checks (withEnumChecks)
            }
        }
        statements += dependentDrops + dropConstraints + dropColumns + addColumns + alterColumns + addConstraints
            + dependentAdds + indexes + comments;
    }

    void added(const QString &table, PostgresConstraint::Kind kind, const QStringList &columns, const QString &name)
    {
        addedConstraints.insert(ConstraintNames::key(table, kind, columns), name);
    }

    // PostgreSQL drops no key that a foreign key depends on: the package's foreign keys on `key` of
    // `from` are dropped before it and, where their own definition does not change (their table's
    // change adds them otherwise), added back under the same name after the table's new keys.
    void dropDependents(const Table &from, const QStringList &key, QStringList &drops, QStringList &adds)
    {
        for (const Table &child : *m_from) {
            for (const Column &c : child.columns) {
                if (!c.references.isSet() || c.references.table != from.name)
                    continue;
                const QStringList referenced = c.references.column.isEmpty() ? from.primaryKeyColumns()
                                                                             : QStringList{c.references.column};
                const QString marker = child.name + u'.' + c.name;
                if (referenced != key || m_foreignKeysDropped.contains(marker))
                    continue;
                m_foreignKeysDropped.insert(marker);
                const QString name = m_names.find(child.name, PostgresConstraint::Kind::ForeignKey, {c.name},
                                                  child.name + u'_' + c.name + u"_fkey"_s);
                drops.append(u"ALTER TABLE %1 DROP CONSTRAINT %2"_s.arg(id(child.name), id(name)));
                const auto childTo = std::find_if(m_to->cbegin(), m_to->cend(),
                                                  [&](const Table &t) { return t.name == child.name; });
                if (childTo == m_to->cend())
                    continue;
                const Column *after = childTo->column(c.name);
                if (!after || !after->references.isSet())
                    continue;
                const QList<SchemaDifference> own = differences(child, *childTo);
                if (std::any_of(own.cbegin(), own.cend(), [&](const SchemaDifference &d) {
                        return d.kind == SchemaDifference::Kind::ForeignKey && d.object == c.name;
                    }))
                    continue;
                const Table *target = after->references.table == childTo->name ? &*childTo
                                                                                : m_lookup(after->references.table);
                adds.append(u"ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) %4"_s.arg(
                    id(child.name), id(name), id(c.name), m_renderer.referenceClause(*childTo, after->references, target)));
                added(child.name, PostgresConstraint::Kind::ForeignKey, {c.name}, name);
            }
        }
    }

    const Dialect &m_dialect;
    DdlRenderer m_renderer;
    std::function<const Table *(const QString &)> m_lookup;
    bool m_up;
    const GenerationOptions &m_options;
    const ConstraintNames &m_names;
    const QHash<QString, QStringList> &m_triggers; // SQLite: by lower-case table name
    const QList<Table> *m_from = nullptr;
    const QList<Table> *m_to = nullptr;
    QSet<QString> m_foreignKeysDropped; // "table.column"
};

// The declared tables as a database holds them once created: key columns NOT NULL (the renderer
// writes it, or the dialect implies it). The comparison promotes key columns on its declared
// (expected) side only; in the down direction the declared tables are the other side, and without
// this every table with a key differed, so SQLite's down section rebuilt every table of the package.
QList<Table> asHeld(QList<Table> tables)
{
    for (Table &t : tables) {
        const QStringList key = t.primaryKeyColumns();
        for (Column &c : t.columns) {
            if (key.contains(c.name))
                c.notNull = true;
        }
    }
    return tables;
}

// The renames "renamedFrom" asks for, where the migrated side still has the old name and not the new.
struct Renames
{
    QStringList up;
    QStringList down;
};

// Foreign keys follow a renamed table or column (both dialects rewrite them), and so do the
// constraints' known names, which stay what they were.
Renames applyRenames(QList<Table> &migrated, const QList<Table> &declared, const Dialect &dialect,
                     QHash<QString, QList<PostgresConstraint>> &constraints, QHash<QString, QStringList> &triggers)
{
    // SQLite rewrites the triggers that name a renamed table (any table's) or a renamed column
    // (the table's own): a rebuild after the rename makes them again from the rewritten text.
    const auto followInTriggers = [&](const QString &table, const QString &from, const QString &to) {
        for (auto it = triggers.begin(); it != triggers.end(); ++it) {
            if (!table.isEmpty() && it.key() != table.toLower())
                continue;
            for (QString &sql : *it)
                sql = renamedInSql(sql, from, to, dialect);
        }
    };
    const auto followTable = [&](const QString &from, const QString &to) {
        for (Table &t : migrated) {
            for (Column &c : t.columns) {
                if (c.references.table == from)
                    c.references.table = to;
            }
        }
        if (constraints.contains(from))
            constraints.insert(to, constraints.take(from));
        followInTriggers({}, from, to);
        if (triggers.contains(from.toLower()))
            triggers.insert(to.toLower(), triggers.take(from.toLower()));
    };
    const auto followColumn = [&](const QString &table, const QString &from, const QString &to) {
        for (Table &t : migrated) {
            for (Column &c : t.columns) {
                if (c.references.table == table && c.references.column == from)
                    c.references.column = to;
            }
        }
        for (PostgresConstraint &c : constraints[table])
            c.columns.replaceInStrings(QRegularExpression(u"^"_s + QRegularExpression::escape(from) + u"$"_s), to);
        followInTriggers(table, from, to);
    };
    Renames renames;
    const auto id = [&](const QString &name) { return dialect.quoteIdentifier(name); };
    const auto find = [&](const QString &name) -> Table * {
        for (Table &t : migrated) {
            if (t.name == name)
                return &t;
        }
        return nullptr;
    };
    for (const Table &t : declared) {
        Table *current = find(t.name);
        if (!current && !t.renamedFrom.isEmpty()) {
            if (Table *old = find(t.renamedFrom)) {
                renames.up.append(u"ALTER TABLE %1 RENAME TO %2"_s.arg(id(old->name), id(t.name)));
                renames.down.prepend(u"ALTER TABLE %1 RENAME TO %2"_s.arg(id(t.name), id(old->name)));
                old->name = t.name;
                followTable(t.renamedFrom, t.name);
                current = old;
            }
        }
        if (!current)
            continue;
        for (const Column &c : t.columns) {
            if (c.renamedFrom.isEmpty() || current->column(c.name))
                continue;
            for (Column &old : current->columns) {
                if (old.name != c.renamedFrom)
                    continue;
                renames.up.append(
                    u"ALTER TABLE %1 RENAME COLUMN %2 TO %3"_s.arg(id(t.name), id(old.name), id(c.name)));
                renames.down.prepend(
                    u"ALTER TABLE %1 RENAME COLUMN %2 TO %3"_s.arg(id(t.name), id(c.name), id(old.name)));
                // The key, indexes and uniques name columns too.
                for (QString &k : current->primaryKey)
                    k = k == old.name ? c.name : k;
                for (Index &index : current->indexes)
                    index.columns.replaceInStrings(QRegularExpression(u"^"_s + QRegularExpression::escape(old.name) + u"$"_s), c.name);
                for (UniqueConstraint &u : current->uniques)
                    u.columns.replaceInStrings(QRegularExpression(u"^"_s + QRegularExpression::escape(old.name) + u"$"_s), c.name);
                old.name = c.name;
                followColumn(t.name, c.renamedFrom, c.name);
                break;
            }
        }
    }
    return renames;
}

} // namespace

GeneratedMigration generateMigration(const Registry &registry, const MigratedSchema &migrated, const QString &package,
                                     const GenerationOptions &options)
{
    GeneratedMigration result;
    result.package = package;
    const std::unique_ptr<Dialect> dialect = Dialect::create(migrated.dialect);

    const QList<Table> rawDeclared = registry.effectiveTables(package);
    QList<Table> declared;
    for (const Table &t : rawDeclared)
        declared.append(withEnumChecks(t, *dialect));
    QList<Table> current = migrated.tablesOf(package);
    ConstraintNames upNames;
    upNames.known = migrated.constraints;
    upNames.enumTypes = migrated.enumTypes;
    QHash<QString, QStringList> triggers = migrated.triggers;
    const Renames renames = applyRenames(current, declared, *dialect, upNames.known, triggers);

    // Foreign keys that name no column find their target's key: on the declared side among the
    // declared tables, on the migrated side among what the migrations produce.
    QHash<QString, const Table *> declaredByName, migratedByName;
    const QList<Table> allDeclared = registry.effectiveTables();
    for (const Table &t : allDeclared)
        declaredByName.insert(t.name, &t);
    for (const Table &t : migrated.tables)
        migratedByName.insert(t.name, &t);
    const auto declaredLookup = [&](const QString &name) -> const Table * {
        const Table *t = declaredByName.value(name);
        return t ? t : migratedByName.value(name);
    };
    const auto migratedLookup = [&](const QString &name) -> const Table * {
        const Table *t = migratedByName.value(name);
        return t ? t : declaredByName.value(name);
    };

    Writer up(*dialect, declaredLookup, true, options, upNames, triggers);
    up.transform(current, declared, rawDeclared);
    if (up.statements.isEmpty() && renames.up.isEmpty())
        return result;
    ConstraintNames downNames = upNames;
    downNames.added = up.addedConstraints;
    Writer down(*dialect, migratedLookup, false, options, downNames, triggers);
    down.transform(asHeld(declared), current, current);

    result.refusals = up.refusals;
    // Declarations that do not validate would be written as they stand (a type Strata does not know
    // became a column without one): their errors are fixed first.
    if (const int errors = countErrors(registry.diagnosticsOf(package)); errors > 0)
        result.refusals.prepend({{}, {},
                                 Text::tr("Package %1 has %n error(s) in its declarations.", nullptr, errors).arg(package),
                                 Text::tr("Fix what strata validate (or the Problems list) reports first."), false});
    result.up = renames.up + up.statements;
    result.down = down.statements + renames.down;
    result.foreignKeysOff = up.rebuilt || down.rebuilt;

    // A foreign key into another package's table needs that package's migrations to have run.
    QStringList targets = up.referencedTables.values();
    targets.sort();
    for (const QString &target : targets) {
        const TableRef ref = registry.findTable(target);
        if (!ref || ref.package == package)
            continue;
        const PackageDefinition *other = registry.package(ref.package);
        if (other && !other->migrations.isEmpty()) {
            const QString requirement = ref.package + u':' + other->migrations.last().id;
            if (!result.requirements.contains(requirement))
                result.requirements.append(requirement);
        }
    }
    return result;
}

QString migrationFileText(const GeneratedMigration &migration)
{
    QString text = u"-- Written by strata generate for %1.\n"_s.arg(migration.package);
    for (const QString &requirement : migration.requirements)
        text += u"-- strata:requires "_s + requirement + u'\n';
    if (migration.foreignKeysOff)
        text += u"-- strata:foreign-keys off\n"_s;
    text += u"\n-- strata:up\n"_s;
    for (const QString &statement : migration.up)
        text += statement + u";\n"_s;
    text += u"\n-- strata:down\n"_s;
    for (const QString &statement : migration.down)
        text += statement + u";\n"_s;
    return text;
}

QString nextMigrationId(const QStringList &existingIds, const QString &name)
{
    static const QRegularExpression leading(u"^(\\d+)"_s);
    QString last;
    qint64 highest = -1;
    for (const QString &existing : existingIds) {
        const QRegularExpressionMatch match = leading.match(existing);
        if (match.hasMatch() && match.captured(1).toLongLong() >= highest) {
            highest = match.captured(1).toLongLong();
            last = match.captured(1);
        }
    }
    if (last.isEmpty())
        return u"0001_"_s + name;
    if (last.size() == 14) {
        qint64 stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s).toLongLong();
        stamp = std::max(stamp, highest + 1);
        return QString::number(stamp) + u'_' + name;
    }
    return u"%1_%2"_s.arg(highest + 1, int(last.size()), 10, QLatin1Char('0')).arg(name);
}

bool isValidMigrationName(const QString &name)
{
    static const QRegularExpression identifier(u"^[a-z0-9_]+$"_s);
    return identifier.match(name).hasMatch();
}

QString nextMigrationPath(const PackageDefinition &package, const QString &name)
{
    if (package.migrationsDir.isEmpty() || package.directory.isEmpty())
        return {};
    QStringList ids;
    for (const Migration &m : package.migrations)
        ids.append(m.id);
    return package.migrationsDir + u'/' + nextMigrationId(ids, name) + u".sql"_s;
}

Result<> writeMigrationFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(text.toUtf8()) < 0)
        return failure(file.errorString());
    return {};
}

} // namespace Strata
