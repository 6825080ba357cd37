#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Strata {

// The frame every page of the HTML documentation shares: head (viewport, colour schemes, the one
// style sheet and script, nothing from the network), the top bar with the project's name, the
// breadcrumbs and the search box, then the page's own body and the footer.
struct HtmlPageFrame
{
    struct Crumb
    {
        QString label; // plain text
        QString page;  // a path of the site; empty: the current page (not a link)
    };
    QString page;        // this page's path in the site: "tables/crm_deals.html"
    QString title;       // plain text
    QString projectName; // plain text
    QList<Crumb> crumbs;
};

// `body` is markup already (every piece of data in it escaped by its writer).
QByteArray htmlPage(const HtmlPageFrame &frame, const QString &body);

} // namespace Strata
