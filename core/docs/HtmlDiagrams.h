#pragma once

#include <strata/docs/HtmlPages.h>

namespace Strata::HtmlDiagrams {

// The diagrams of the HTML documentation, as SVG markup ready for a page (links relative to it).
// The project's package graph and each package's ER diagram are laid out by Graphviz (one layout at
// a time in the process); a table's neighbourhood is laid out by hand (NeighbourhoodLayout says why).
QString packageGraph(const HtmlSite &site);
QString packageDiagram(const HtmlSite &site, const DocumentedPackage &package);
QString neighbourhood(const HtmlSite &site, const Table &table);

} // namespace Strata::HtmlDiagrams
