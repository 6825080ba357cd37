#include <strata/docs/Docs.h>

#include <strata/docs/HtmlDocs.h>
#include <strata/docs/MarkdownDocs.h>

namespace Strata {

QString docsFormatName(DocsFormat format)
{
    return format == DocsFormat::Markdown ? QStringLiteral("markdown") : QStringLiteral("html");
}

std::optional<DocsFormat> docsFormatFromName(QStringView name)
{
    if (name.compare(u"html", Qt::CaseInsensitive) == 0)
        return DocsFormat::Html;
    if (name.compare(u"markdown", Qt::CaseInsensitive) == 0 || name.compare(u"md", Qt::CaseInsensitive) == 0)
        return DocsFormat::Markdown;
    return std::nullopt;
}

Result<DocsSite> buildDocs(const DocsInput &input, const DocsOptions &options, const DocsProgress &progress)
{
    switch (options.format) {
    case DocsFormat::Markdown:
        return buildMarkdownDocs(input, options, progress);
    case DocsFormat::Html:
        break;
    }
    return buildHtmlDocs(input, options, progress);
}

} // namespace Strata
