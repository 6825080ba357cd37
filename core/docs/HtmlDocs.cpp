#include "HtmlDocs.h"

#include <QCoreApplication>

namespace Strata {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::HtmlDocs)
};
} // namespace

// PLACEHOLDER for the helper that writes the Html pages; replaced before it lands.
Result<DocsSite> buildHtmlDocs(const DocsInput &input, const DocsOptions &options, const DocsProgress &progress)
{
    Q_UNUSED(input);
    Q_UNUSED(options);
    Q_UNUSED(progress);
    return failure(Text::tr("The Html documentation is not written yet."));
}

} // namespace Strata
