/* Strata documentation: the search box. */
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
