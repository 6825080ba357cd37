#pragma once

#include <strata/docs/Docs.h>

namespace Strata {

// The Html documentation of `input` (Docs.h says what it holds).
Result<DocsSite> buildHtmlDocs(const DocsInput &input, const DocsOptions &options, const DocsProgress &progress);

} // namespace Strata
