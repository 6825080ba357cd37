#include <strata/docs/SearchIndex.h>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {
void appendJsString(QString &out, const QString &text)
{
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u < 0x20 || u == u'<' || u == u'>' || u == u'&' || u == 0x2028 || u == 0x2029) {
            out += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    out += u'"';
}
} // namespace

void SearchIndex::add(char kind, const QString &name, const QString &page, const QString &context)
{
    m_rows += m_rows.isEmpty() ? u"\n["_s : u",\n["_s;
    m_rows += u'"' + QChar::fromLatin1(kind) + u"\","_s;
    appendJsString(m_rows, name);
    m_rows += u',';
    appendJsString(m_rows, page);
    m_rows += u',';
    appendJsString(m_rows, context);
    m_rows += u']';
}

void SearchIndex::addPackage(const QString &name, const QString &page, const QString &version)
{
    add('p', name, page, version);
}

void SearchIndex::addTable(const QString &name, const QString &page, const QString &package)
{
    add('t', name, page, package);
}

void SearchIndex::addColumn(const QString &name, const QString &pageAndAnchor, const QString &table)
{
    add('c', name, pageAndAnchor, table);
}

QByteArray SearchIndex::script() const
{
    return (u"/* Strata documentation: what the search box finds. */\nwindow.STRATA_SEARCH = ["_s + m_rows
            + u"\n];\n"_s)
        .toUtf8();
}

} // namespace Strata
