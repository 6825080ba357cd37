#include <strata/diff/SqliteRebuild.h>

#include <strata/sql/SqlLexer.h>

using namespace Qt::StringLiterals;

namespace Strata {

QStringList sqliteRebuild(const Table &from, const Table &to, const DdlRenderer &renderer, const Dialect &dialect,
                          const QStringList &triggers)
{
    const auto id = [&](const QString &name) { return dialect.quoteIdentifier(name); };
    Table staging = to;
    staging.name = u"strata_new_"_s + to.name;
    staging.indexes.clear();
    QStringList common;
    for (const Column &c : to.columns) {
        if (from.column(c.name))
            common.append(id(c.name));
    }
    QStringList statements;
    statements.append(renderer.createTable(staging));
    if (!common.isEmpty())
        statements.append(u"INSERT INTO %1 (%2) SELECT %2 FROM %3"_s.arg(id(staging.name), common.join(u", "_s),
                                                                         id(from.name)));
    statements.append(u"DROP TABLE "_s + id(from.name));
    // Since SQLite 3.26 a RENAME checks every trigger and view of the schema and fails on one that
    // names the table just dropped (another table's trigger, a view): "error in trigger t: no such
    // table: main.parents". The legacy rename checks nothing and rewrites nothing, which is what a
    // rebuild needs: those triggers and views name the table under the name it gets back.
    statements.append(u"PRAGMA legacy_alter_table = ON"_s);
    statements.append(u"ALTER TABLE %1 RENAME TO %2"_s.arg(id(staging.name), id(to.name)));
    statements.append(u"PRAGMA legacy_alter_table = OFF"_s);
    statements += renderer.createIndexes(to);
    statements += triggers;
    return statements;
}

QString renamedInSql(const QString &sql, const QString &from, const QString &to, const Dialect &dialect)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *data = utf8.constData();
    const qsizetype end = utf8.size();
    QString result;
    for (qsizetype pos = 0; pos < end;) {
        const SqlLexer::Token token = SqlLexer::next(data, pos, end, dialect.kind());
        if (SqlLexer::identifierAt(data, pos, token).compare(from, Qt::CaseInsensitive) == 0)
            result += dialect.quoteIdentifier(to);
        else
            result += QString::fromUtf8(data + pos, token.end - pos);
        pos = token.end;
    }
    return result;
}

} // namespace Strata
