#pragma once

#include <QByteArray>

namespace Strata::HtmlAssets {

// The files every HTML documentation site carries in assets/: its one style sheet (light and dark
// from the reader's system setting, narrow screens, print) and its one script (the search box).
// Nothing is loaded from the network. The search data itself is assets/search-index.js (SearchIndex).
inline constexpr const char *StylePath = "assets/strata-docs.css";
inline constexpr const char *ScriptPath = "assets/search.js";

QByteArray styleSheet();
QByteArray searchScript();

} // namespace Strata::HtmlAssets
