#pragma once

#include <QByteArray>
#include <QString>

namespace Strata {

// The data of the HTML documentation's search box: assets/search-index.js, which sets
// window.STRATA_SEARCH to [kind, name, page, context] rows ("p" package, "t" table, "c" column),
// in the order they were added (the site's order: the same project gives the same bytes). A
// script rather than JSON because browsers refuse fetch() on file://. Every string is a JSON
// string with '<', '>', '&' and the line separators escaped too.
class SearchIndex
{
public:
    static constexpr const char *Path = "assets/search-index.js";

    void addPackage(const QString &name, const QString &page, const QString &version);
    void addTable(const QString &name, const QString &page, const QString &package);
    void addColumn(const QString &name, const QString &pageAndAnchor, const QString &table);

    QByteArray script() const;

private:
    void add(char kind, const QString &name, const QString &page, const QString &context);
    QString m_rows;
};

} // namespace Strata
