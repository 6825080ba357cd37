#include <strata/sql/CatalogReader.h>

#include <strata/common/Logging.h>
#include <strata/sql/SqlLexer.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace Strata {

const CatalogColumn *CatalogTable::column(QStringView columnName) const
{
    for (const CatalogColumn &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

const CatalogIndex *CatalogTable::index(QStringView indexName) const
{
    for (const CatalogIndex &i : indexes) {
        if (i.name == indexName)
            return &i;
    }
    return nullptr;
}

namespace {

// Runs a catalog query; on failure records the first error and returns false.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &v : values)
            query.addBindValue(v);
        ok = query.exec();
    }
    if (!ok) {
        qCWarning(lcSql) << "catalog query failed:" << query.lastError().text() << sql;
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("Strata::CatalogReader", "Cannot read the database catalog: %1")
                         .arg(query.lastError().text());
    }
    return ok;
}

QStringList jsonStrings(const QString &json)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        values.append(v.toString());
    return values;
}

// ---- SQLite: the pragma table-valued functions (3.16+), joined with sqlite_master so that each
// kind of fact is one query for every table (a query per table is 40,000 queries at 10,000 tables).

// A string literal for SQL text (the JSON of names goes into each of the four queries).
QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// The CHECK clauses of a stored CREATE TABLE statement, with their CONSTRAINT names: SQLite keeps
// checks only in that text. Walks tokens, so strings, quoted names and comments cannot fool it.
QList<CatalogCheck> sqliteChecks(const QString &createTable)
{
    QList<CatalogCheck> checks;
    const QByteArray utf8 = createTable.toUtf8();
    const char *data = utf8.constData();
    const qsizetype end = utf8.size();
    QByteArray previous, beforePrevious;
    int depth = 0;
    for (qsizetype pos = 0; pos < end;) {
        const SqlLexer::Token token = SqlLexer::next(data, pos, end, DialectKind::SQLite);
        const QByteArray text = QByteArray::fromRawData(data + pos, token.end - pos);
        if (token.kind == SqlLexer::TokenKind::Space || token.kind == SqlLexer::TokenKind::Comment) {
            pos = token.end;
            continue;
        }
        if (text == "(")
            ++depth;
        else if (text == ")")
            --depth;
        if (depth == 1 && token.kind == SqlLexer::TokenKind::Other && text.compare("check", Qt::CaseInsensitive) == 0) {
            qsizetype open = SqlLexer::skipSpaceAndComments(data, token.end, end, DialectKind::SQLite);
            if (open < end && data[open] == '(') {
                int inner = 0;
                qsizetype close = open;
                while (close < end) {
                    const SqlLexer::Token t = SqlLexer::next(data, close, end, DialectKind::SQLite);
                    if (t.end == close + 1 && data[close] == '(')
                        ++inner;
                    else if (t.end == close + 1 && data[close] == ')' && --inner == 0)
                        break;
                    close = t.end;
                }
                CatalogCheck check;
                if (beforePrevious.compare("constraint", Qt::CaseInsensitive) == 0)
                    check.name = SqlLexer::unquotedIdentifier(QString::fromUtf8(previous));
                check.definition = QStringLiteral("CHECK (")
                    + QString::fromUtf8(data + open + 1, close - open - 1).trimmed() + QLatin1Char(')');
                checks.append(check);
                pos = std::min(close + 1, end);
                beforePrevious = previous = {};
                continue;
            }
        }
        beforePrevious = previous;
        previous = QByteArray(text);
        pos = token.end;
    }
    return checks;
}

// The primary key from the pragma's key positions (1-based, in any order).
void setSqlitePrimaryKey(CatalogTable &table, QList<std::pair<int, QString>> key)
{
    std::sort(key.begin(), key.end());
    for (const auto &[position, name] : key)
        table.primaryKey.append(name);
    // An INTEGER PRIMARY KEY is the rowid: never NULL, though the pragma reports notnull = 0.
    if (table.primaryKey.size() == 1) {
        for (CatalogColumn &c : table.columns) {
            if (c.name == table.primaryKey.first() && c.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                c.notNull = true;
        }
    }
}

QList<CatalogTable> readSqlite(QSqlDatabase db, const QStringList &onlyTables, QString *error)
{
    QList<CatalogTable> tables;
    QHash<QString, qsizetype> byName;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The tables each query joins with: the user tables of the main schema.
    QString userTables = QStringLiteral("(SELECT rowid AS position, name, sql FROM sqlite_master "
                                        "WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'%1)");
    // The names go in as one JSON value: a statement with a bound value per table would not scale.
    const QString only = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(onlyTables)).toJson(QJsonDocument::Compact));
    userTables = userTables.arg(onlyTables.isEmpty() ? QString()
                                                     : QStringLiteral(" AND name IN (SELECT value FROM json_each(%1))")
                                                           .arg(quoted(only)));
    if (!run(query, QStringLiteral("SELECT name, sql FROM %1 ORDER BY position").arg(userTables), {}, error))
        return tables;
    while (query.next()) {
        CatalogTable table;
        table.name = query.value(0).toString();
        table.checks = sqliteChecks(query.value(1).toString());
        byName.insert(table.name, tables.size());
        tables.append(table);
    }
    const auto tableNamed = [&](const QVariant &name) -> CatalogTable * {
        const qsizetype i = byName.value(name.toString(), -1);
        return i < 0 ? nullptr : &tables[i];
    };

    QHash<QString, QList<std::pair<int, QString>>> keyColumns;
    if (run(query,
            QStringLiteral("SELECT t.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk "
                           "FROM %1 t JOIN pragma_table_info(t.name) p ORDER BY t.position, p.cid")
                .arg(userTables),
            {}, error)) {
        while (query.next()) {
            CatalogTable *table = tableNamed(query.value(0));
            if (!table)
                continue;
            CatalogColumn column;
            column.name = query.value(1).toString();
            column.type = query.value(2).toString();
            column.notNull = query.value(3).toInt() != 0;
            column.defaultValue = query.value(4).isNull() ? QString() : query.value(4).toString();
            if (const int position = query.value(5).toInt(); position > 0)
                keyColumns[table->name].append({position, column.name});
            table->columns.append(column);
        }
    }
    for (CatalogTable &table : tables)
        setSqlitePrimaryKey(table, keyColumns.value(table.name));

    if (run(query,
            QStringLiteral("SELECT t.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
                           "FROM %1 t JOIN pragma_foreign_key_list(t.name) f ORDER BY t.position, f.id DESC, f.seq")
                .arg(userTables),
            {}, error)) {
        // SQLite numbers keys last-declared first; descending ids list them in declaration order.
        CatalogTable *current = nullptr;
        int currentId = -1;
        while (query.next()) {
            CatalogTable *table = tableNamed(query.value(0));
            if (!table)
                continue;
            const int id = query.value(1).toInt();
            if (table != current || id != currentId) {
                current = table;
                currentId = id;
                CatalogForeignKey key;
                key.referencedTable = query.value(2).toString();
                key.onUpdate = query.value(5).toString().toUpper();
                key.onDelete = query.value(6).toString().toUpper();
                table->foreignKeys.append(key);
            }
            CatalogForeignKey &key = table->foreignKeys.last();
            key.columns.append(query.value(3).toString());
            if (!query.value(4).isNull())
                key.referencedColumns.append(query.value(4).toString());
        }
    }

    // index_list numbers indexes newest first: descending seq lists them in creation order.
    if (run(query,
            QStringLiteral("SELECT t.name, i.name, i.\"unique\", i.origin, i.partial, c.name "
                           "FROM %1 t JOIN pragma_index_list(t.name) i JOIN pragma_index_info(i.name) c "
                           "ORDER BY t.position, i.seq DESC, c.seqno")
                .arg(userTables),
            {}, error)) {
        while (query.next()) {
            CatalogTable *table = tableNamed(query.value(0));
            if (!table)
                continue;
            const QString name = query.value(1).toString();
            if (table->indexes.isEmpty() || table->indexes.last().name != name) {
                CatalogIndex index;
                index.name = name;
                index.unique = query.value(2).toInt() != 0;
                const QString origin = query.value(3).toString();
                index.origin = origin == QLatin1String("pk") ? CatalogIndex::Origin::PrimaryKey
                    : origin == QLatin1String("u")           ? CatalogIndex::Origin::UniqueConstraint
                                                             : CatalogIndex::Origin::Index;
                index.partial = query.value(4).toInt() != 0;
                table->indexes.append(index);
            }
            table->indexes.last().columns.append(query.value(5).isNull() ? QString() : query.value(5).toString());
        }
    }
    return tables;
}

// ---- PostgreSQL: the system catalogs, which say more than information_schema (index columns,
// referential actions) and are not filtered by privileges.

QString referentialAction(const QString &code)
{
    if (code == QLatin1String("c"))
        return QStringLiteral("CASCADE");
    if (code == QLatin1String("r"))
        return QStringLiteral("RESTRICT");
    if (code == QLatin1String("n"))
        return QStringLiteral("SET NULL");
    if (code == QLatin1String("d"))
        return QStringLiteral("SET DEFAULT");
    return QStringLiteral("NO ACTION");
}

QList<CatalogTable> readPostgres(QSqlDatabase db, const QStringList &onlyTables, QString *error)
{
    QList<CatalogTable> tables;
    QList<qint64> oids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT c.oid::bigint, c.relname::text, coalesce(obj_description(c.oid, 'pg_class'), '') "
                            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                            "AND (? = 'all' OR c.relname::text IN (SELECT json_array_elements_text(?::json))) "
                            "ORDER BY c.oid"),
             {onlyTables.isEmpty() ? QStringLiteral("all") : QStringLiteral("some"),
              QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(onlyTables)).toJson(QJsonDocument::Compact))},
             error))
        return tables;
    while (query.next()) {
        oids.append(query.value(0).toLongLong());
        CatalogTable table;
        table.name = query.value(1).toString();
        table.comment = query.value(2).toString();
        tables.append(table);
    }

    for (qsizetype t = 0; t < tables.size(); ++t) {
        CatalogTable &table = tables[t];
        const QVariant oid = oids.at(t);

        if (run(query,
                QStringLiteral(
                    "SELECT a.attname::text, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
                    "coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attidentity <> '', "
                    "coalesce(col_description(a.attrelid, a.attnum), '') "
                    "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
                    "WHERE a.attrelid = ?::bigint::oid AND a.attnum > 0 AND NOT a.attisdropped "
                    "ORDER BY a.attnum"),
                {oid}, error)) {
            while (query.next()) {
                CatalogColumn column;
                column.name = query.value(0).toString();
                column.type = query.value(1).toString();
                column.notNull = query.value(2).toBool();
                column.defaultValue = query.value(3).toString();
                column.identity = query.value(4).toBool();
                column.comment = query.value(5).toString();
                table.columns.append(column);
            }
        }

        if (run(query,
                QStringLiteral(
                    "SELECT ic.relname::text, i.indisunique, i.indisprimary, coalesce(con.contype::text, ''), "
                    "i.indpred IS NOT NULL, array_to_json(ARRAY("
                    "  SELECT coalesce(a.attname::text, '') FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(num, "
                    "ord) "
                    "  LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num "
                    "  WHERE k.ord <= i.indnkeyatts ORDER BY k.ord))::text "
                    "FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
                    "LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid "
                    "  AND con.contype IN ('p', 'u') "
                    "WHERE i.indrelid = ?::bigint::oid ORDER BY i.indexrelid"),
                {oid}, error)) {
            while (query.next()) {
                CatalogIndex index;
                index.name = query.value(0).toString();
                index.unique = query.value(1).toBool();
                const QString constraintType = query.value(3).toString();
                index.origin = query.value(2).toBool()     ? CatalogIndex::Origin::PrimaryKey
                    : constraintType == QLatin1String("u") ? CatalogIndex::Origin::UniqueConstraint
                                                           : CatalogIndex::Origin::Index;
                index.partial = query.value(4).toBool();
                index.columns = jsonStrings(query.value(5).toString());
                if (index.origin == CatalogIndex::Origin::PrimaryKey)
                    table.primaryKey = index.columns;
                table.indexes.append(index);
            }
        }

        if (run(query,
                QStringLiteral(
                    "SELECT con.conname::text, fc.relname::text, con.confdeltype::text, con.confupdtype::text, "
                    "array_to_json(ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord) "
                    "  JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord))::text, "
                    "array_to_json(ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(num, "
                    "ord) "
                    "  JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord))::text "
                    "FROM pg_constraint con JOIN pg_class fc ON fc.oid = con.confrelid "
                    "WHERE con.conrelid = ?::bigint::oid AND con.contype = 'f' ORDER BY con.oid"),
                {oid}, error)) {
            while (query.next()) {
                CatalogForeignKey key;
                key.name = query.value(0).toString();
                key.referencedTable = query.value(1).toString();
                key.onDelete = referentialAction(query.value(2).toString());
                key.onUpdate = referentialAction(query.value(3).toString());
                key.columns = jsonStrings(query.value(4).toString());
                key.referencedColumns = jsonStrings(query.value(5).toString());
                table.foreignKeys.append(key);
            }
        }

        if (run(query,
                QStringLiteral("SELECT conname::text, pg_get_constraintdef(oid) FROM pg_constraint "
                               "WHERE conrelid = ?::bigint::oid AND contype = 'c' ORDER BY oid"),
                {oid}, error)) {
            while (query.next())
                table.checks.append({query.value(0).toString(), query.value(1).toString()});
        }
    }
    return tables;
}

} // namespace

Result<QList<CatalogTable>> readCatalog(QSqlDatabase db, DialectKind kind, const QStringList &onlyTables)
{
    // The readers go on past a failed query (reading what they can) and keep its first error.
    QString error;
    QList<CatalogTable> tables;
    switch (kind) {
    case DialectKind::SQLite:
        tables = readSqlite(db, onlyTables, &error);
        break;
    case DialectKind::PostgreSQL:
        tables = readPostgres(db, onlyTables, &error);
        break;
    }
    if (!error.isEmpty())
        return failure(error);
    return tables;
}

namespace {

// ---- SQLite through its C API: the same facts as readSqlite(), without Qt's per-query cost (a
// QSqlQuery and a QVariant per value were about a quarter of the segmented replay).

// One statement of the C reader, finalized with the object.
class SqliteStatement
{
public:
    explicit SqliteStatement(sqlite3 *db) : m_db(db) {}
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Ready to step; false after recording the error.
    bool start(const QByteArray &sql, QString *error)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_sql = sql;
        if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            return failed(error);
        return true;
    }
    // PRAGMA name("object"): run directly rather than as pragma_name(?1) in a SELECT, whose
    // virtual table prepares this very statement for each call and copies its rows (with a sorter
    // for the ORDER BY on top): the catalog reads were a third of the replay.
    bool startPragma(const char *pragma, const QByteArray &object, QString *error)
    {
        QByteArray sql = QByteArrayLiteral("PRAGMA ") + pragma + "(\"";
        sql += QByteArray(object).replace('"', "\"\"") + "\")";
        return start(sql, error);
    }
    // The next row; false at the end, or after recording the error.
    bool next(QString *error)
    {
        const int step = sqlite3_step(m_statement);
        if (step == SQLITE_ROW)
            return true;
        if (step != SQLITE_DONE)
            failed(error);
        return false;
    }
    QString text(int column) const
    {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return value ? QString::fromUtf8(value, sqlite3_column_bytes(m_statement, column)) : QString();
    }
    QByteArray bytes(int column) const
    {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArray(value, sqlite3_column_bytes(m_statement, column));
    }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    int integer(int column) const { return sqlite3_column_int(m_statement, column); }

private:
    bool failed(QString *error)
    {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        qCWarning(lcSql) << "catalog query failed:" << message << m_sql;
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("Strata::CatalogReader", "Cannot read the database catalog: %1")
                         .arg(message);
        return false;
    }

    sqlite3 *m_db;
    QByteArray m_sql;
    sqlite3_stmt *m_statement = nullptr;
};

QList<CatalogTable> readSqliteHandle(sqlite3 *db, const QStringList &onlyTables, QString *error)
{
    QList<CatalogTable> tables;
    const QSet<QString> only(onlyTables.cbegin(), onlyTables.cend());
    SqliteStatement list(db);
    if (!list.start(QByteArrayLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"),
                    error))
        return tables;
    while (list.next(error)) {
        CatalogTable table;
        table.name = list.text(0);
        if (!only.isEmpty() && !only.contains(table.name))
            continue;
        table.checks = sqliteChecks(list.text(1));
        tables.append(table);
    }
    SqliteStatement rows(db), columnsOf(db);
    for (CatalogTable &table : tables) {
        const QByteArray name = table.name.toUtf8();
        // cid, name, type, notnull, dflt_value, pk; in column order.
        QList<std::pair<int, QString>> keyColumns;
        if (rows.startPragma("table_info", name, error)) {
            while (rows.next(error)) {
                CatalogColumn column;
                column.name = rows.text(1);
                column.type = rows.text(2);
                column.notNull = rows.integer(3) != 0;
                column.defaultValue = rows.isNull(4) ? QString() : rows.text(4);
                if (const int position = rows.integer(5); position > 0)
                    keyColumns.append({position, column.name});
                table.columns.append(column);
            }
        }
        setSqlitePrimaryKey(table, keyColumns);
        // id, seq, table, from, to, on_update, on_delete, match. SQLite numbers keys last-declared
        // first: the groups of descending ids list them in declaration order.
        if (rows.startPragma("foreign_key_list", name, error)) {
            int currentId = -1;
            QList<CatalogForeignKey> keys;
            while (rows.next(error)) {
                const int id = rows.integer(0);
                if (id != currentId || keys.isEmpty()) {
                    currentId = id;
                    CatalogForeignKey key;
                    key.referencedTable = rows.text(2);
                    key.onUpdate = rows.text(5).toUpper();
                    key.onDelete = rows.text(6).toUpper();
                    keys.append(key);
                }
                CatalogForeignKey &key = keys.last();
                key.columns.append(rows.text(3));
                if (!rows.isNull(4))
                    key.referencedColumns.append(rows.text(4));
            }
            std::reverse(keys.begin(), keys.end());
            table.foreignKeys = std::move(keys);
        }
        // seq, name, unique, origin, partial, newest first: reversed, in creation order.
        if (rows.startPragma("index_list", name, error)) {
            QList<CatalogIndex> indexes;
            while (rows.next(error)) {
                CatalogIndex index;
                index.name = rows.text(1);
                index.unique = rows.integer(2) != 0;
                const QByteArray origin = rows.bytes(3);
                index.origin = origin == "pk"  ? CatalogIndex::Origin::PrimaryKey
                    : origin == "u"            ? CatalogIndex::Origin::UniqueConstraint
                                               : CatalogIndex::Origin::Index;
                index.partial = rows.integer(4) != 0;
                indexes.append(index);
            }
            std::reverse(indexes.begin(), indexes.end());
            // seqno, cid, name (null for an expression), in key order.
            for (CatalogIndex &index : indexes) {
                if (!columnsOf.startPragma("index_info", index.name.toUtf8(), error))
                    continue;
                while (columnsOf.next(error))
                    index.columns.append(columnsOf.isNull(2) ? QString() : columnsOf.text(2));
            }
            table.indexes = std::move(indexes);
        }
    }
    return tables;
}

} // namespace

Result<QList<CatalogTable>> readSqliteCatalog(sqlite3 *db, const QStringList &onlyTables)
{
    QString error;
    QList<CatalogTable> tables = readSqliteHandle(db, onlyTables, &error);
    if (!error.isEmpty())
        return failure(error);
    return tables;
}

} // namespace Strata
