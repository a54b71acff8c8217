// Renders the report from the JSON block. Everything from the digests is set as text (textContent, DOM properties),
// never parsed as HTML, so markup in a title or abstract shows as written.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var root = document.documentElement;
  var colours = {
    Model: '#2f5fd0', Method: '#2b9a66', Dataset: '#c77c0e', Benchmark: '#c0392b', Organization: '#7d3cc0',
    Metric: '#6b7385', Hardware: '#0f8b8d', paper: '#9aa3b5', topic: '#e0a400', cluster: '#1d2433'
  };

  var entitiesByKey = new Map(data.entities.map(function (e) { return [e.key, e]; }));
  var papersById = new Map(data.papers.map(function (p) { return [p.id, p]; }));
  var clustersById = new Map(data.clusters.map(function (c) { return [c.id, c]; }));
  var relationsByPaper = groupBy(data.relations, function (r) { return [r.paper]; });
  var relationsByEntity = groupBy(data.relations, function (r) { return [r.source, r.target]; });
  var papersByTopic = groupBy(data.papers, function (p) { return p.topics; });

  function groupBy(items, keysOf) {
    var map = new Map();
    items.forEach(function (item) {
      new Set(keysOf(item)).forEach(function (k) {
        if (!map.has(k)) map.set(k, []);
        map.get(k).push(item);
      });
    });
    return map;
  }

  // el('a', {className: 'x'}, 'text', child): string children become text nodes.
  function el(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      if (k === 'dataset') Object.keys(props.dataset).forEach(function (d) { node.dataset[d] = props.dataset[d]; });
      else if (k === 'onclick') node.addEventListener('click', props.onclick);
      else node[k] = props[k];
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }

  function safeUrl(url) { return /^https?:\/\//i.test(url || '') ? url : null; }
  function entityName(key) { var e = entitiesByKey.get(key); return e ? e.name : key; }
  function paperTitle(id) { var p = papersById.get(id); return p ? p.title : id; }
  function fixed(x) { return typeof x === 'number' ? x.toFixed(4) : ''; }
  function clusterLabel(id) { var c = clustersById.get(id); return c ? c.label : id; }

  function paperLink(id) {
    return el('a', { href: '#paper-' + encodeURIComponent(id), className: 'paper-link' }, paperTitle(id));
  }
  function entityButton(key) {
    return el('button', { type: 'button', className: 'link', onclick: function () { showDetails('entity', key); } }, entityName(key));
  }
  function relationItem(r) {
    return el('li', null,
      entityButton(r.source), ' ', el('span', { className: 'kind' }, r.type), ' ', entityButton(r.target),
      r.metric || r.value ? ' (' + [r.metric, r.value].filter(Boolean).join(' ') + ')' : null,
      el('div', { className: 'evidence' }, '“' + r.evidence + '”'),
      el('div', null, 'in ', paperLink(r.paper)));
  }
  function list(items, render) {
    var ul = el('ul');
    items.forEach(function (x) { ul.appendChild(el('li', null, render(x))); });
    return ul;
  }

  // Header
  var s = data.summary;
  document.getElementById('summary').textContent =
    s.papers + ' papers · ' + s.entities + ' entities · ' + s.relations + ' relations · ' + s.topics + ' topics' +
    (s.clusters ? ' · ' + s.clusters + ' clusters' : '') + ' · ' + s.leaderboardRows + ' leaderboard rows';
  // A large corpus is shown in part; each section says how much, and graph.json / clusters.json hold everything.
  var complete = ' The complete data is in graph.json and clusters.json.';
  if (s.papersShown < s.papers)
    document.getElementById('papers-note').textContent = 'Showing ' + s.papersShown + ' of ' + s.papers +
      ' papers: the representative papers of the listed clusters, then the most central; ' + (s.papers - s.papersShown) + ' are left out.' + complete;
  if (s.clustersShown < s.clusters)
    document.getElementById('clusters-note').textContent = 'Showing the ' + s.clustersShown + ' largest of ' + s.clusters +
      ' clusters; ' + (s.clusters - s.clustersShown) + ' are left out.' + complete;
  if (s.leaderboardsShown < s.leaderboards)
    document.getElementById('leaderboards-note').textContent = 'Showing the ' + s.leaderboardsShown + ' most reported of ' + s.leaderboards +
      ' benchmarks; ' + (s.leaderboards - s.leaderboardsShown) + ' are left out.' + complete;

  // Details panel
  var details = document.getElementById('details');
  function showDetails(kind, ref) {
    details.textContent = '';
    if (kind === 'entity') {
      var e = entitiesByKey.get(ref);
      if (!e) return;
      details.appendChild(el('div', { className: 'kind' }, e.types.join(' / ')));
      details.appendChild(el('h3', null, e.name));
      if (e.aliases.length) details.appendChild(el('p', { className: 'note' }, 'Also: ' + e.aliases.join(', ')));
      details.appendChild(el('p', { className: 'note' }, 'Degree ' + e.degree +
        (e.pageRank !== undefined ? ' · PageRank ' + fixed(e.pageRank) + ' · betweenness ' + fixed(e.betweenness) : '') +
        (e.cluster ? ' · cluster ' + clusterLabel(e.cluster) : '')));
      details.appendChild(el('h4', null, 'Papers (' + e.paperCount + ')'));
      if (e.papers.length < e.paperCount) details.appendChild(el('p', { className: 'note' }, e.papers.length + ' of them shown here; graph.json lists all.'));
      details.appendChild(list(e.papers, function (id) {
        var p = papersById.get(id);
        var m = p && p.mentions.filter(function (x) { return x.key === e.key; })[0];
        return el('span', null, paperLink(id), m && m.introduced ? ' (introduces it)' : null,
          m && m.evidence ? el('div', { className: 'evidence' }, '“' + m.evidence + '”') : null);
      }));
      var rels = relationsByEntity.get(e.key) || [];
      details.appendChild(el('h4', null, 'Relations and evidence (' + rels.length + ')'));
      var ul = el('ul', { className: 'relations' });
      rels.forEach(function (r) { ul.appendChild(relationItem(r)); });
      details.appendChild(ul);
    } else if (kind === 'paper') {
      var p = papersById.get(ref);
      if (!p) return;
      details.appendChild(el('div', { className: 'kind' }, 'Paper'));
      details.appendChild(el('h3', null, p.title));
      if (p.translatedTitle) details.appendChild(el('p', { className: 'note' }, p.translatedTitle));
      details.appendChild(el('p', null, paperLink(p.id)));
      details.appendChild(el('h4', null, 'Entities (' + p.mentions.length + ')'));
      details.appendChild(list(p.mentions, function (m) { return el('span', null, entityButton(m.key), m.introduced ? ' (introduced)' : null); }));
      var prs = relationsByPaper.get(p.id) || [];
      details.appendChild(el('h4', null, 'Relations and evidence (' + prs.length + ')'));
      var ul2 = el('ul', { className: 'relations' });
      prs.forEach(function (r) { ul2.appendChild(relationItem(r)); });
      details.appendChild(ul2);
    } else if (kind === 'topic') {
      var tp = papersByTopic.get(ref) || [];
      details.appendChild(el('div', { className: 'kind' }, 'Topic'));
      details.appendChild(el('h3', null, ref));
      details.appendChild(el('h4', null, 'Papers (' + tp.length + ')'));
      details.appendChild(list(tp.map(function (p) { return p.id; }), paperLink));
    } else if (kind === 'cluster') {
      var c = clustersById.get(ref);
      if (!c) return;
      details.appendChild(el('div', { className: 'kind' }, 'Cluster ' + c.id + ' · ' + c.size + ' ' + c.kind));
      details.appendChild(el('h3', null, c.label));
      [['Key models', c.keyModels], ['Key benchmarks', c.keyBenchmarks], ['Key methods', c.keyMethods]].forEach(function (kv) {
        if (!kv[1].length) return;
        details.appendChild(el('h4', null, kv[0]));
        details.appendChild(list(kv[1], entityButton));
      });
      details.appendChild(el('h4', null, 'Representative papers'));
      details.appendChild(list(c.representativePapers, paperLink));
    }
  }

  // Graph
  var g = data.graph;
  var weightRange = {};
  g.nodes.forEach(function (n) {
    var r = weightRange[n.kind] || (weightRange[n.kind] = { min: n.weight, max: n.weight });
    r.min = Math.min(r.min, n.weight); r.max = Math.max(r.max, n.weight);
  });
  function size(n) {
    var r = weightRange[n.kind], base = n.kind === 'cluster' || n.kind === 'topic' ? 34 : n.kind === 'paper' ? 12 : 16;
    return base + (r.max > r.min ? (n.weight - r.min) / (r.max - r.min) : 0.5) * 26;
  }
  var elements = g.nodes.map(function (n) {
    return { group: 'nodes', data: { id: n.id, kind: n.kind, ref: n.ref, label: n.label, type: n.type || n.kind, colour: colours[n.type || n.kind] || '#888', size: size(n) } };
  }).concat(g.edges.map(function (e, i) {
    return { group: 'edges', data: { id: 'edge' + i, source: e.source, target: e.target, kind: e.kind } };
  }));
  document.getElementById('graph-title').textContent = data.clusters.length ? 'Topic clusters and their key entities' : 'Topics, papers and entities';
  document.getElementById('graph-note').textContent = 'Scroll to zoom, drag to move, click a node for its papers and evidence.' +
    (g.omittedNodes > 0 ? ' Showing ' + g.nodes.length + ' nodes; ' + g.omittedNodes + ' less central ones are left out.' : '');

  var cy = cytoscape({
    container: document.getElementById('graph'),
    elements: elements,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
        'font-family': getComputedStyle(document.body).fontFamily, // the page's CJK font stack, not the canvas default
        'font-size': 9, color: '#1d2433', 'text-valign': 'bottom', 'text-margin-y': 2, 'text-wrap': 'ellipsis',
        'text-max-width': '140px', 'min-zoomed-font-size': 7 } },
      { selector: 'node[kind = "paper"]', style: { shape: 'round-rectangle', 'font-size': 7 } },
      { selector: 'node[kind = "topic"], node[kind = "cluster"]', style: { shape: 'hexagon', 'font-size': 12, 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 1, 'line-color': '#c3c9d6', 'curve-style': 'bezier', opacity: 0.7 } },
      { selector: 'edge[kind != "MENTIONS"][kind != "INTRODUCES"][kind != "ABOUT"][kind != "IN_CLUSTER"]', style: {
        'line-color': '#7d8aa5', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#7d8aa5', width: 1.5 } },
      { selector: '.faded', style: { opacity: 0.12 } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1d2433' } }
    ],
    layout: { name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: false, padding: 20 }
  });
  function selectNode(node) {
    cy.elements().addClass('faded');
    node.closedNeighborhood().removeClass('faded');
    showDetails(node.data('kind'), node.data('ref'));
  }
  cy.on('tap', 'node', function (evt) { selectNode(evt.target); });
  // A link to report.html#node=e:<entity key> (or p:<paper id>, t:<topic>, c:<cluster>) opens with that node
  // selected; &hide=paper,Metric opens with those kinds and types filtered out.
  function applyHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    (params.get('hide') || '').split(',').forEach(function (t) {
      var box = boxes[t];
      if (box && box.checked) { box.checked = false; box.dispatchEvent(new Event('change')); }
    });
    var node = params.get('node') ? cy.getElementById(params.get('node')) : null;
    if (node && node.nonempty()) { node.select(); selectNode(node); cy.fit(node.closedNeighborhood(), 80); }
  }
  window.addEventListener('hashchange', applyHash);
  cy.on('tap', function (evt) { if (evt.target === cy) cy.elements().removeClass('faded'); });

  // Filters: one checkbox per node kind and entity type present in the graph.
  var filters = document.getElementById('graph-filters');
  var present = [];
  g.nodes.forEach(function (n) { var t = n.type || n.kind; if (present.indexOf(t) < 0) present.push(t); });
  var order = ['cluster', 'topic', 'paper'].concat(data.entityTypes);
  present.sort(function (a, b) { return order.indexOf(a) - order.indexOf(b); });
  function countVisible() { root.setAttribute('data-visible-nodes', String(cy.nodes().filter(function (n) { return n.visible(); }).length)); }
  var boxes = {};
  present.forEach(function (t) {
    var box = boxes[t] = el('input', { type: 'checkbox', checked: true, dataset: { type: t } });
    box.addEventListener('change', function () {
      cy.batch(function () {
        cy.nodes().filter(function (n) { return n.data('type') === t; }).style('display', box.checked ? 'element' : 'none');
      });
      countVisible();
    });
    var swatch = el('span', { className: 'swatch' });
    swatch.style.background = colours[t] || '#888';
    filters.appendChild(el('label', null, box, swatch, t));
  });

  // Clusters
  if (data.clusters.length) {
    document.getElementById('clusters-section').hidden = false;
    document.getElementById('clusters-link').hidden = false;
    var cbody = document.getElementById('clusters-body');
    data.clusters.forEach(function (c) {
      function names(keys) { var span = el('span'); keys.forEach(function (k, i) { if (i) span.appendChild(document.createTextNode(', ')); span.appendChild(entityButton(k)); }); return span; }
      var papers = el('span');
      c.representativePapers.forEach(function (id, i) { if (i) papers.appendChild(document.createTextNode('; ')); papers.appendChild(paperLink(id)); });
      cbody.appendChild(el('tr', { className: 'cluster-row' },
        el('td', null, el('button', { type: 'button', className: 'link', onclick: function () { showDetails('cluster', c.id); } }, c.label)),
        el('td', null, c.kind), el('td', { className: 'num' }, c.size), el('td', null, names(c.keyModels)), el('td', null, names(c.keyBenchmarks)),
        el('td', null, names(c.keyMethods)), el('td', null, papers)));
    });
  }

  // Leaderboards
  var boards = document.getElementById('leaderboards');
  if (!data.leaderboards.length) boards.appendChild(el('p', { className: 'note' }, 'No EVALUATED_ON relations in this graph.'));
  data.leaderboards.forEach(function (b) {
    var body = el('tbody');
    b.rows.forEach(function (r) {
      body.appendChild(el('tr', { className: 'lb-row' },
        el('td', null, entityButton(r.model)), el('td', null, r.metric || ''), el('td', { className: 'num' }, r.value || ''),
        el('td', null, paperLink(r.paper)), el('td', { className: 'evidence' }, r.evidence)));
    });
    boards.appendChild(el('div', { className: 'leaderboard' },
      el('h3', null, el('button', { type: 'button', className: 'link', onclick: function () { showDetails('entity', b.benchmark); } }, b.name)),
      b.totalRows > b.rows.length ? el('p', { className: 'note' }, 'The first ' + b.rows.length + ' of ' + b.totalRows + ' rows.') : null,
      el('table', { className: 'data' },
        el('thead', null, el('tr', null, el('th', null, 'Model'), el('th', null, 'Metric'), el('th', null, 'Value'), el('th', null, 'Paper'), el('th', null, 'Evidence'))),
        body)));
  });

  // Central entities
  var byPageRank = data.central.measure === 'pagerank';
  document.getElementById('central-note').textContent = byPageRank
    ? 'Ranked by PageRank from the graph analysis.'
    : 'Ranked by degree (papers that mention the entity plus related entities); PageRank appears once analysis has run.';
  var headCells = ['#', 'Entity', 'Type', 'Degree', 'Papers'].concat(byPageRank ? ['PageRank', 'Betweenness', 'Cluster'] : []);
  document.getElementById('central-head').appendChild(el.apply(null, ['tr', null].concat(headCells.map(function (h) { return el('th', null, h); }))));
  var centralBody = document.getElementById('central-body');
  data.central.keys.forEach(function (key, i) {
    var e = entitiesByKey.get(key);
    var cells = [el('td', { className: 'num' }, i + 1), el('td', null, entityButton(key)), el('td', null, e.type),
      el('td', { className: 'num' }, e.degree), el('td', { className: 'num' }, e.paperCount)];
    if (byPageRank) cells.push(el('td', { className: 'num' }, fixed(e.pageRank)), el('td', { className: 'num' }, fixed(e.betweenness)), el('td', null, e.cluster ? clusterLabel(e.cluster) : ''));
    centralBody.appendChild(el.apply(null, ['tr', { className: 'central-row' }].concat(cells)));
  });

  // Paper cards
  var papersEl = document.getElementById('papers');
  var cards = data.papers.map(function (p) {
    var entities = el('div', { className: 'chips' });
    p.mentions.forEach(function (m) {
      var e = entitiesByKey.get(m.key);
      entities.appendChild(el('span', { className: 'chip' + (m.introduced ? ' introduced' : ''), title: (e ? e.type : '') + (m.introduced ? ', introduced here' : ''), onclick: function () { showDetails('entity', m.key); } }, entityName(m.key)));
    });
    var topics = el('div', { className: 'chips' });
    p.topics.forEach(function (t) { topics.appendChild(el('span', { className: 'chip topic' + (t === p.primaryTopic ? ' primary' : ''), onclick: function () { showDetails('topic', t); } }, t)); });
    var rels = el('ul', { className: 'relations' });
    (relationsByPaper.get(p.id) || []).forEach(function (r) { rels.appendChild(relationItem(r)); });
    var url = safeUrl(p.url);
    var card = el('article', { className: 'paper-card', id: 'paper-' + p.id },
      el('h3', null, url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, p.title) : p.title),
      p.translatedTitle ? el('p', { className: 'translated' }, p.translatedTitle) : null,
      el('div', { className: 'note' }, p.id + (p.cluster ? ' · cluster ' + clusterLabel(p.cluster) : '') + (p.pageRank !== undefined ? ' · PageRank ' + fixed(p.pageRank) : '')),
      p.topics.length ? topics : null,
      p.mentions.length ? entities : null,
      rels.childNodes.length ? rels : null,
      el('details', { className: 'abstract' }, el('summary', null, 'Abstract'), el('p', null, p.abstract)));
    card.dataset.search = [p.title, p.translatedTitle || '', p.id].concat(p.topics, p.mentions.map(function (m) { return entityName(m.key); })).join('\n').toLowerCase();
    papersEl.appendChild(card);
    return card;
  });
  document.getElementById('paper-filter').addEventListener('input', function (evt) {
    var q = evt.target.value.trim().toLowerCase();
    cards.forEach(function (c) { c.hidden = q !== '' && c.dataset.search.indexOf(q) < 0; });
  });

  countVisible();
  applyHash();

  // What rendered, for the page's own test (read from the DOM by headless Chromium).
  root.setAttribute('data-graph-nodes', String(cy.nodes().length));
  root.setAttribute('data-graph-edges', String(cy.edges().length));
  root.setAttribute('data-leaderboard-rows', String(document.querySelectorAll('tr.lb-row').length));
  root.setAttribute('data-central-rows', String(document.querySelectorAll('tr.central-row').length));
  root.setAttribute('data-paper-cards', String(document.querySelectorAll('article.paper-card').length));
  root.setAttribute('data-ready', 'true');
  // Counts canvas pixels once cytoscape has drawn, to tell a drawn graph from an empty canvas.
  function countPainted() {
    var painted = 0;
    document.querySelectorAll('#graph canvas').forEach(function (canvas) {
      if (!canvas.width || !canvas.height) return;
      var pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      for (var i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) painted++;
    });
    root.setAttribute('data-graph-painted', String(painted));
  }
  requestAnimationFrame(function () { requestAnimationFrame(countPainted); });
})();
