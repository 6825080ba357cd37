#pragma once

#include <QCoreApplication>

namespace Strata {

// The one translation context of the HTML documentation's words ("Strata::HtmlDocs"), shared by the
// files that write its pages.
struct HtmlDocsText
{
    Q_DECLARE_TR_FUNCTIONS(Strata::HtmlDocs)
};

} // namespace Strata
