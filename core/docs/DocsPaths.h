#pragma once

#include <strata/docs/DocsInput.h>

#include <QHash>
#include <QString>

namespace Strata {

// Where each page of the documentation lives, the same for HTML and Markdown (only the extension
// differs): the project page at the top, then packages/<slug>.<ext> and tables/<slug>.<ext>. A slug
// keeps the name's letters, digits, '.', '_' and '-' (lower-cased, the rest becomes '-'), and gets
// "-2", "-3"... when another name already took it, ignoring case so that the pages also coexist on
// case-insensitive file systems. Slugs are given in the input's order: the same project gives the
// same paths.
class DocsPaths
{
public:
    DocsPaths(const DocsInput &input, QString extension); // extension without the dot: "html", "md"

    QString projectPage() const; // "index.html" or "README.md"
    QString packagePage(const QString &package) const; // "packages/acme-crm.html"; empty if not documented
    QString tablePage(const QString &table) const;     // "tables/crm_deals.html"; empty if not documented

    // The link from the page at `from` to the page at `to` (both paths of this site): "../tables/x.html".
    static QString relativeLink(const QString &from, const QString &to);

private:
    QString m_extension;
    QHash<QString, QString> m_packages; // name -> slug
    QHash<QString, QString> m_tables;   // name -> slug
};

} // namespace Strata
