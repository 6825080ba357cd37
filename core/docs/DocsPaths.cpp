#include <strata/docs/DocsPaths.h>

#include <QSet>

using namespace Qt::StringLiterals;

namespace Strata {

namespace {

QString slugOf(const QString &name)
{
    QString slug;
    slug.reserve(name.size());
    for (const QChar c : name) {
        const bool kept = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                          || c == u'.' || c == u'_' || c == u'-';
        slug.append(kept ? c.toLower() : QChar(u'-'));
    }
    // "@acme/crm" -> "acme-crm": no leading or repeated dashes, and never "." or ".." alone.
    while (slug.contains(u"--"))
        slug.replace(u"--"_s, u"-"_s);
    while (slug.startsWith(u'-') || slug.startsWith(u'.'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("unnamed") : slug;
}

QString uniqueSlug(const QString &name, QSet<QString> &taken)
{
    const QString base = slugOf(name);
    QString slug = base;
    for (int n = 2; taken.contains(slug); ++n)
        slug = base + u'-' + QString::number(n);
    taken.insert(slug);
    return slug;
}

} // namespace

DocsPaths::DocsPaths(const DocsInput &input, QString extension) : m_extension(std::move(extension))
{
    QSet<QString> packageSlugs;
    QSet<QString> tableSlugs;
    for (const DocumentedPackage &package : input.packages) {
        m_packages.insert(package.definition.name, uniqueSlug(package.definition.name, packageSlugs));
        for (const Table &table : package.definition.tables) {
            if (!m_tables.contains(table.name))
                m_tables.insert(table.name, uniqueSlug(table.name, tableSlugs));
        }
    }
}

QString DocsPaths::projectPage() const
{
    return m_extension == u"md" ? QStringLiteral("README.md") : u"index."_s + m_extension;
}

QString DocsPaths::packagePage(const QString &package) const
{
    const auto it = m_packages.constFind(package);
    return it == m_packages.cend() ? QString() : u"packages/"_s + *it + u'.' + m_extension;
}

QString DocsPaths::tablePage(const QString &table) const
{
    const auto it = m_tables.constFind(table);
    return it == m_tables.cend() ? QString() : u"tables/"_s + *it + u'.' + m_extension;
}

QString DocsPaths::relativeLink(const QString &from, const QString &to)
{
    const qsizetype depth = from.count(u'/');
    QString link;
    for (qsizetype i = 0; i < depth; ++i)
        link += u"../"_s;
    return link + to;
}

} // namespace Strata
