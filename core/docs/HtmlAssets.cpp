#include <strata/docs/HtmlAssets.h>

namespace Strata::HtmlAssets {

QByteArray styleSheet()
{
    return QByteArrayLiteral(R"css(/* Strata documentation: one style sheet, no external resources. */
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa;
  --accent: #0969da; --accent-soft: #ddf4ff; --warn: #9a6700; --error: #cf222e;
  --card: #ffffff; --head: #eef2f6; --focus: #fff8c5; --cluster: #f6f8fa; --edge: #8c959f;
  --mono: ui-monospace, "DejaVu Sans Mono", "SFMono-Regular", Menlo, Consolas, monospace;
  --sans: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", Roboto, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #30363d; --soft: #161b22;
    --accent: #4493f8; --accent-soft: #12263f; --warn: #d29922; --error: #f85149;
    --card: #161b22; --head: #21262d; --focus: #3b3213; --cluster: #10151c; --edge: #6e7681;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.55 var(--sans); }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
code, .mono { font-family: var(--mono); font-size: 0.9em; }
header.top { position: sticky; top: 0; z-index: 10; display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px;
  padding: 10px 24px; background: var(--soft); border-bottom: 1px solid var(--line); }
header.top .brand { font-weight: 600; color: var(--fg); font-size: 16px; }
nav.crumbs { color: var(--muted); font-size: 14px; flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; }
nav.crumbs a { color: var(--muted); }
.search { position: relative; flex: 0 1 360px; min-width: 200px; }
.search input { width: 100%; padding: 6px 10px; font: inherit; font-size: 14px; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 6px; }
.search input:focus { outline: 2px solid var(--accent); outline-offset: -1px; }
#search-results { position: absolute; right: 0; left: 0; top: calc(100% + 4px); margin: 0; padding: 4px 0; list-style: none;
  max-height: 70vh; overflow-y: auto; background: var(--card); border: 1px solid var(--line); border-radius: 6px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18); }
#search-results li a { display: block; padding: 5px 12px; color: var(--fg); overflow-wrap: anywhere; }
#search-results li a:hover, #search-results li a.active { background: var(--accent-soft); text-decoration: none; }
#search-results .kind { display: inline-block; min-width: 64px; color: var(--muted); font-size: 12px; text-transform: uppercase; }
#search-results .context { color: var(--muted); font-size: 13px; }
#search-results .none { padding: 5px 12px; color: var(--muted); }
main { max-width: 1180px; margin: 0 auto; padding: 8px 24px 48px; }
h1 { font-size: 28px; margin: 24px 0 4px; overflow-wrap: anywhere; }
h2 { font-size: 20px; margin: 36px 0 10px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 20px 0 6px; }
.lead { color: var(--muted); margin: 0 0 12px; }
.comment { white-space: pre-wrap; overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 0 8px; margin-left: 6px; border: 1px solid var(--line); border-radius: 999px;
  font-size: 12px; color: var(--muted); vertical-align: middle; font-weight: 500; }
.counts { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
.counts li { padding: 10px 16px; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); min-width: 120px; }
.counts b { display: block; font-size: 22px; }
.table-wrap { overflow-x: auto; margin: 8px 0 16px; border: 1px solid var(--line); border-radius: 8px; }
table.data { border-collapse: collapse; width: 100%; font-size: 14px; }
table.data th, table.data td { text-align: left; padding: 6px 12px; border-bottom: 1px solid var(--line); vertical-align: top; }
table.data tr:last-child td { border-bottom: none; }
table.data th { background: var(--soft); font-weight: 600; white-space: nowrap; }
table.data td.name { font-family: var(--mono); white-space: nowrap; }
table.data tr:target td { background: var(--focus); }
.key { color: var(--warn); font-weight: 600; font-size: 12px; }
.muted { color: var(--muted); }
.nowrap { white-space: nowrap; }
ul.plain { padding-left: 20px; }
ul.inline { display: flex; flex-wrap: wrap; gap: 4px 14px; padding: 0; list-style: none; }
.problems li.error::marker { color: var(--error); }
.problems li.warning::marker { color: var(--warn); }
.problems .severity { font-weight: 600; }
.problems li.error .severity { color: var(--error); }
.problems li.warning .severity { color: var(--warn); }
.diagram { overflow: auto; margin: 8px 0 16px; padding: 12px; border: 1px solid var(--line); border-radius: 8px;
  background: var(--soft); max-height: 80vh; }
.diagram svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.diagram.wide svg { max-width: none; }
.diagram-svg text { font-family: var(--mono); font-size: 12px; fill: var(--fg); }
.diagram-svg .node .box { fill: var(--card); stroke: var(--edge); stroke-width: 1; }
.diagram-svg .node.focus .box { fill: var(--focus); stroke: var(--warn); stroke-width: 1.5; }
.diagram-svg .node.other .box { stroke-dasharray: 4 3; }
.diagram-svg .node .rule { stroke: var(--line); }
.diagram-svg .node .title { font-weight: 700; }
.diagram-svg .node .sub, .diagram-svg .node .type { fill: var(--muted); }
.diagram-svg .node .mark { fill: var(--warn); font-size: 10px; }
.diagram-svg a:hover .box { stroke: var(--accent); stroke-width: 2; }
.diagram-svg .cluster rect { fill: var(--cluster); stroke: var(--line); }
.diagram-svg .cluster text { fill: var(--muted); font-weight: 700; }
.diagram-svg .edge path { fill: none; stroke: var(--edge); stroke-width: 1.2; }
.diagram-svg .edge polygon { fill: var(--edge); }
details.sql summary { cursor: pointer; color: var(--muted); }
pre { overflow-x: auto; padding: 10px 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px;
  font: 13px/1.45 var(--mono); white-space: pre; }
footer { max-width: 1180px; margin: 0 auto; padding: 16px 24px 32px; color: var(--muted); font-size: 13px;
  border-top: 1px solid var(--line); }
@media (max-width: 640px) {
  header.top { padding: 8px 12px; position: static; }
  .search { flex: 1 1 100%; }
  main { padding: 4px 12px 32px; }
  h1 { font-size: 22px; }
  table.data th, table.data td { padding: 5px 8px; white-space: nowrap; }
  /* Rows stay one line high and the table scrolls sideways; comments wrap in a column of their own. */
  table.data td .comment { display: block; min-width: 16em; white-space: pre-wrap; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --line: #bbb; --soft: #fff; --card: #fff; --head: #eee; --cluster: #fff; }
  header.top .search, #search-results { display: none; }
  header.top { position: static; background: none; }
  a { color: inherit; }
  .diagram { max-height: none; overflow: visible; break-inside: avoid; }
  .diagram.wide svg { max-width: 100%; }
  .table-wrap { overflow: visible; }
  h2 { break-after: avoid; }
  tr { break-inside: avoid; }
}
)css");
}

QByteArray searchScript()
{
    // Results are built as elements with textContent: names and comments never become markup.
    // The index is a script (assets/search-index.js) rather than JSON read with fetch(), which
    // browsers refuse on file://; it is loaded on the first use of the box, not with every page.
    return QByteArrayLiteral(R"js(/* Strata documentation: the search box. */
(function () {
  'use strict';
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  if (!input || !list) return;
  var root = document.body.getAttribute('data-root') || '';
  var labels = { p: list.getAttribute('data-package'), t: list.getAttribute('data-table'),
                 c: list.getAttribute('data-column') };
  var requested = false;
  var active = -1;

  function withIndex(then) {
    if (window.STRATA_SEARCH) { then(); return; }
    if (requested) return;
    requested = true;
    var script = document.createElement('script');
    script.src = root + 'assets/search-index.js';
    script.onload = then;
    document.head.appendChild(script);
  }

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
    active = -1;
  }

  function show() {
    clear();
    var query = input.value.trim().toLowerCase();
    if (!query || !window.STRATA_SEARCH) { list.hidden = true; return; }
    var entries = window.STRATA_SEARCH;
    var hits = [];
    for (var i = 0; i < entries.length && hits.length < 2000; i++) {
      var at = entries[i][1].toLowerCase().indexOf(query);
      if (at >= 0) hits.push({ entry: entries[i], rank: entries[i][1].length === query.length ? 0 : at === 0 ? 1 : 2, order: i });
    }
    hits.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });
    if (hits.length === 0) {
      var none = document.createElement('li');
      none.className = 'none';
      none.textContent = list.getAttribute('data-none');
      list.appendChild(none);
    }
    for (var k = 0; k < hits.length && k < 40; k++) {
      var e = hits[k].entry;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + e[2];
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = labels[e[0]] || e[0];
      var name = document.createElement('code');
      name.textContent = e[1];
      link.appendChild(kind);
      link.appendChild(name);
      if (e[3]) {
        var context = document.createElement('span');
        context.className = 'context';
        context.textContent = ' \u2014 ' + e[3];
        link.appendChild(context);
      }
      item.appendChild(link);
      list.appendChild(item);
    }
    list.hidden = false;
  }

  function move(step) {
    var links = list.querySelectorAll('a');
    if (links.length === 0) return;
    if (active >= 0) links[active].classList.remove('active');
    active = (active + step + links.length) % links.length;
    links[active].classList.add('active');
    links[active].scrollIntoView({ block: 'nearest' });
  }

  input.addEventListener('focus', function () { withIndex(show); });
  input.addEventListener('input', function () { withIndex(show); });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') { move(1); event.preventDefault(); }
    else if (event.key === 'ArrowUp') { move(-1); event.preventDefault(); }
    else if (event.key === 'Enter') {
      var links = list.querySelectorAll('a');
      if (links.length > 0) window.location.href = links[Math.max(active, 0)].href;
    } else if (event.key === 'Escape') { input.value = ''; clear(); list.hidden = true; }
  });
  document.addEventListener('click', function (event) {
    if (!list.contains(event.target) && event.target !== input) list.hidden = true;
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && document.activeElement !== input) { input.focus(); event.preventDefault(); }
  });
})();
)js");
}

} // namespace Strata::HtmlAssets
