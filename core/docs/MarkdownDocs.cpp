#include "MarkdownDocs.h"

#include <QCoreApplication>

namespace Strata {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Strata::MarkdownDocs)
};
} // namespace

// PLACEHOLDER for the helper that writes the Markdown pages; replaced before it lands.
Result<DocsSite> buildMarkdownDocs(const DocsInput &input, const DocsOptions &options, const DocsProgress &progress)
{
    Q_UNUSED(input);
    Q_UNUSED(options);
    Q_UNUSED(progress);
    return failure(Text::tr("The Markdown documentation is not written yet."));
}

} // namespace Strata
