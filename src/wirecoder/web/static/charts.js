/* wirecoder charts: small SVG charts; the network layout and the zoom use the vendored d3 modules.
 * Every label is set with textContent, never innerHTML: data from articles is untrusted. */
(function (global) {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
                 "#ff9da7", "#9c755f", "#bab0ac", "#1f77b4", "#8c564b", "#17becf", "#bcbd22"];

  function el(tag, attrs, parent) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, label, attrs) {
    var t = el("text", Object.assign({x: x, y: y}, attrs || {}), parent);
    t.textContent = label;
    return t;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function colourFor(types) {
    var map = {};
    types.slice().sort().forEach(function (t, i) { map[t] = PALETTE[i % PALETTE.length]; });
    return map;
  }

  function niceMax(v) {
    if (v <= 0) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var m = v / p, steps = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
    for (var i = 0; i < steps.length; i++) if (m <= steps[i] + 1e-9) return steps[i] * p;
    return 10 * p;
  }

  /* Dyad timeline: stacked bars of events by PLOVER type per period, a line for summed Goldstein. */
  function periodRange(period, freq) {
    /* [since, until] of a series period: a week starting on its Monday, or a month "YYYY-MM". */
    if (freq === "month" || period.length === 7) return [period, period];
    var d = new Date(period + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + 6);
    return [period, d.toISOString().slice(0, 10)];
  }

  function dyadChart(container, legend, series, onBar) {
    clear(container);
    if (legend) clear(legend);
    var width = Math.max(container.clientWidth || 800, 400), height = 300;
    var m = {top: 24, right: 72, bottom: 48, left: 48};
    var w = width - m.left - m.right, h = height - m.top - m.bottom;
    var svg = el("svg", {viewBox: "0 0 " + width + " " + height, width: width, height: height,
                         role: "img", "class": "dyad-svg"}, container);
    var title = el("title", {}, svg);
    title.textContent = "Events per period by PLOVER type, with summed Goldstein score";
    if (!series.length) { text(svg, width / 2, height / 2, "No events", {"text-anchor": "middle"}); return svg; }
    var types = {};
    series.forEach(function (row) { Object.keys(row.by_plover || {}).forEach(function (t) { types[t] = 1; }); });
    var colours = colourFor(Object.keys(types));
    var maxEvents = niceMax(Math.max.apply(null, series.map(function (r) { return r.events; })));
    var gs = series.map(function (r) { return r.goldstein_sum || 0; });
    var gMax = niceMax(Math.max(1, Math.max.apply(null, gs.map(Math.abs))));
    var g = el("g", {transform: "translate(" + m.left + "," + m.top + ")"}, svg);
    var band = w / series.length, barW = Math.max(2, band * 0.7);
    var y = function (v) { return h - (v / maxEvents) * h; };
    var yg = function (v) { return h / 2 - (v / gMax) * (h / 2); };
    // axes and grid
    [0, 0.5, 1].forEach(function (f) {
      var v = maxEvents * f;
      el("line", {x1: 0, x2: w, y1: y(v), y2: y(v), "class": "grid"}, g);
      text(g, -6, y(v) + 4, String(Math.round(v * 10) / 10), {"text-anchor": "end", "class": "tick"});
    });
    [-gMax, 0, gMax].forEach(function (v) {
      text(g, w + 6, yg(v) + 4, String(v), {"class": "tick goldstein-tick"});
    });
    text(g, -40, -8, "events", {"class": "axis-label"});
    text(g, w + m.right - 4, -8, "Goldstein", {"class": "axis-label goldstein-tick", "text-anchor": "end"});
    var labelEvery = Math.ceil(series.length / 12);
    series.forEach(function (row, i) {
      var x = i * band + (band - barW) / 2, base = 0;
      var bar = el("g", {"class": "bar", "data-period": row.period}, g);
      if (onBar && row.events) {
        bar.setAttribute("tabindex", "0");
        bar.setAttribute("role", "button");
        bar.addEventListener("click", function () { onBar(row.period); });
        bar.addEventListener("keydown", function (ev) { if (ev.key === "Enter") onBar(row.period); });
      }
      // a transparent column makes the whole period clickable, not only its coloured stack
      el("rect", {x: i * band, y: 0, width: band, height: h, "class": "hit"}, bar);
      var tip = el("title", {}, bar);
      tip.textContent = row.period + ": " + row.events + " event(s), Goldstein " + (row.goldstein_sum || 0).toFixed(1);
      Object.keys(row.by_plover || {}).sort().forEach(function (t) {
        var n = row.by_plover[t];
        if (!n) return;
        el("rect", {x: x, y: y(base + n), width: barW, height: y(base) - y(base + n), fill: colours[t], "data-type": t}, bar);
        base += n;
      });
      if (i % labelEvery === 0) {
        text(g, i * band + band / 2, h + 16, row.period, {"text-anchor": "middle", "class": "tick"});
      }
    });
    el("line", {x1: 0, x2: w, y1: h, y2: h, "class": "axis"}, g);
    var d = series.map(function (row, i) {
      return (i ? "L" : "M") + (i * band + band / 2).toFixed(1) + "," + yg(row.goldstein_sum || 0).toFixed(1);
    }).join(" ");
    el("path", {d: d, "class": "goldstein-line"}, g);
    series.forEach(function (row, i) {
      if (row.events) el("circle", {cx: i * band + band / 2, cy: yg(row.goldstein_sum || 0), r: 3, "class": "goldstein-dot"}, g);
    });
    if (legend) {
      Object.keys(colours).sort().forEach(function (t) {
        var item = document.createElement("span");
        item.className = "legend-item";
        var sw = document.createElement("span");
        sw.className = "swatch";
        sw.style.background = colours[t];
        item.appendChild(sw);
        item.appendChild(document.createTextNode(t));
        legend.appendChild(item);
      });
      var line = document.createElement("span");
      line.className = "legend-item";
      var sw2 = document.createElement("span");
      sw2.className = "swatch line";
      line.appendChild(sw2);
      line.appendChild(document.createTextNode("Goldstein sum"));
      legend.appendChild(line);
    }
    return svg;
  }

  /* Actor network: d3-force layout (vendored, offline), computed to rest before drawing so the picture is
   * the same on every load; d3-zoom pans and zooms, d3-drag moves a node. Edge width = events, colour =
   * mean Goldstein. Only the busiest nodes are labelled; every node names itself on hover. */
  var MAX_LABELS = 40;

  function networkChart(container, nodes, edges) {
    clear(container);
    var width = Math.max(container.clientWidth || 800, 400), height = 560;
    var svg = el("svg", {viewBox: "0 0 " + width + " " + height, width: width, height: height, "class": "network-svg"}, container);
    if (!nodes.length) { text(svg, width / 2, height / 2, "No actors", {"text-anchor": "middle"}); return svg; }
    var d3 = global.d3;
    if (!d3 || !d3.forceSimulation || !d3.zoom) {
      text(svg, width / 2, height / 2, "The network needs the vendored d3 scripts", {"text-anchor": "middle"});
      return svg;
    }
    var defs = el("defs", {}, svg);
    var marker = el("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
                               markerUnits: "userSpaceOnUse", orient: "auto"}, defs);
    el("path", {d: "M0,0 L10,5 L0,10 z", fill: "#666"}, marker);
    el("rect", {x: 0, y: 0, width: width, height: height, "class": "network-bg"}, svg);
    var view = el("g", {"class": "viewport"}, svg);
    var maxW = Math.max.apply(null, edges.map(function (e) { return e.weight; }).concat([1]));
    var maxN = Math.max.apply(null, nodes.map(function (n) { return n.events || 1; }));
    var radius = function (n) { return 4 + 12 * Math.sqrt((n.events || 1) / maxN); };
    var pts = nodes.map(function (n) { return {id: n.id, node: n}; });
    var byId = {};
    pts.forEach(function (p) { byId[p.id] = p; });
    var links = edges.filter(function (e) { return e.source in byId && e.target in byId; })
      .map(function (e) { return {source: byId[e.source], target: byId[e.target], edge: e}; });
    var springs = links.filter(function (l) { return l.source !== l.target; });
    var sim = d3.forceSimulation(pts)
      .force("link", d3.forceLink(springs).distance(70).strength(function (l) { return 0.2 + 0.6 * l.edge.weight / maxW; }))
      .force("charge", d3.forceManyBody().strength(-160).distanceMax(400))
      .force("x", d3.forceX(width / 2).strength(0.03))
      .force("y", d3.forceY(height / 2).strength(0.12))
      .force("collide", d3.forceCollide(function (p) { return radius(p.node) + 3; }))
      .stop();
    for (var i = 0; i < 300; i++) sim.tick();
    var pairs = {};
    links.forEach(function (l) { pairs[l.source.id + "\u0000" + l.target.id] = 1; });
    var edgeEls = links.map(function (l) {
      var e = l.edge, gold = e.goldstein == null ? 0 : e.goldstein;
      var colour = gold < -0.5 ? "#d62728" : gold > 0.5 ? "#2ca02c" : "#888";
      var path = el("path", {stroke: colour, "stroke-width": 1 + 5 * e.weight / maxW, fill: "none", "class": "edge"}, view);
      if (l.source !== l.target) path.setAttribute("marker-end", "url(#arrow)");
      var tip = el("title", {}, path);
      tip.textContent = (l.source.node.name || l.source.id) + " → " + (l.target.node.name || l.target.id) + ": " +
        e.weight + " event(s)" + (e.goldstein == null ? "" : ", mean Goldstein " + e.goldstein);
      return path;
    });
    var ranked = pts.slice().sort(function (a, b) { return (b.node.events || 0) - (a.node.events || 0); });
    var labelled = {};
    ranked.slice(0, MAX_LABELS).forEach(function (p) { labelled[p.id] = 1; });
    var nodeEls = pts.map(function (p) {
      var g = el("g", {"class": "node"}, view);
      el("circle", {r: radius(p.node)}, g);
      if (labelled[p.id]) text(g, radius(p.node) + 3, 4, p.node.name || p.id, {"class": "node-label"});
      var tip = el("title", {}, g);
      tip.textContent = (p.node.name || p.id) + (p.node.cameo ? " (" + p.node.cameo + ")" : "") + ": " + (p.node.events || 0) + " event(s)";
      return g;
    });

    function edgePath(l) {
      var a = l.source, b = l.target;
      if (a === b) {  // a loop above the node: events within one actor or country
        var r = radius(a.node);
        return "M" + (a.x - r / 2) + "," + (a.y - r) + " C" + (a.x - 2.5 * r) + "," + (a.y - 4 * r) + " " +
            (a.x + 2.5 * r) + "," + (a.y - 4 * r) + " " + (a.x + r / 2) + "," + (a.y - r);
      }
      var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var ux = dx / len, uy = dy / len, rb = radius(b.node) + 2, ra = radius(a.node);
      var bend = pairs[b.id + "\u0000" + a.id] ? 0.15 * len : 0;  // both directions: bend apart
      var mx = (a.x + b.x) / 2 - uy * bend, my = (a.y + b.y) / 2 + ux * bend;
      var ex = b.x - ux * rb - uy * bend * 0.3, ey = b.y - uy * rb + ux * bend * 0.3;
      return "M" + (a.x + ux * ra) + "," + (a.y + uy * ra) + " Q" + mx + "," + my + " " + ex + "," + ey;
    }
    function redraw() {
      links.forEach(function (l, k) { edgeEls[k].setAttribute("d", edgePath(l)); });
      pts.forEach(function (p, k) { nodeEls[k].setAttribute("transform", "translate(" + p.x + "," + p.y + ")"); });
    }
    redraw();
    // fit the laid-out graph in the box, then let the reader zoom and pan from there
    var xs = pts.map(function (p) { return p.x; }), ys = pts.map(function (p) { return p.y; });
    var x0 = Math.min.apply(null, xs) - 40, x1 = Math.max.apply(null, xs) + 120;
    var y0 = Math.min.apply(null, ys) - 40, y1 = Math.max.apply(null, ys) + 40;
    var k0 = Math.min(2, Math.min(width / (x1 - x0), height / (y1 - y0)));
    var zoom = d3.zoom().scaleExtent([0.1, 12]).on("zoom", function (ev) { view.setAttribute("transform", ev.transform.toString()); });
    d3.select(svg).call(zoom).call(zoom.transform, d3.zoomIdentity
      .translate(width / 2 - k0 * (x0 + x1) / 2, height / 2 - k0 * (y0 + y1) / 2).scale(k0));
    d3.selectAll(nodeEls).data(pts).call(d3.drag()
      .on("start", function (ev) { if (ev.sourceEvent) ev.sourceEvent.stopPropagation(); })
      .on("drag", function (ev, p) { p.x = ev.x; p.y = ev.y; redraw(); }));
    container.setAttribute("data-ready", "1");
    return svg;
  }

  /* World map: equirectangular projection of the vendored TopoJSON, circles sized by event counts. */
  function ringCentroid(rings) {
    var best = null, bestArea = -1;
    rings.forEach(function (ring) {
      var minX = 180, maxX = -180, minY = 90, maxY = -90;
      ring.forEach(function (p) { minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]); minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]); });
      var area = (maxX - minX) * (maxY - minY);
      if (area > bestArea) { bestArea = area; best = [(minX + maxX) / 2, (minY + maxY) / 2]; }
    });
    return best;
  }

  /* Markers by how exact the place is: a town is a filled circle, a district a ring, a province a diamond,
   * a country (drawn at its centre) a hollow square, so country-level guesses do not read as towns. */
  function marker(parent, m, x, y, r) {
    var shape = drawMarker(parent, m, x, y, r);
    shape.setAttribute("vector-effect", "non-scaling-stroke");  // outlines and dashes keep their size when zoomed
    return shape;
  }

  function drawMarker(parent, m, x, y, r) {
    var cls = "event-dot " + m.precision;
    if (m.precision === "province") {
      return el("rect", {x: x - r * 0.8, y: y - r * 0.8, width: r * 1.6, height: r * 1.6, "class": cls,
                         transform: "rotate(45 " + x + " " + y + ")"}, parent);
    }
    if (m.precision === "country") {
      return el("rect", {x: x - r * 0.85, y: y - r * 0.85, width: r * 1.7, height: r * 1.7, "class": cls}, parent);
    }
    return el("circle", {cx: x, cy: y, r: r, "class": cls}, parent);
  }

  function mapChart(container, topo, isoNumeric, places) {
    clear(container);
    var width = Math.max(container.clientWidth || 900, 400), height = width / 2;
    var px = function (lon) { return (lon + 180) / 360 * width; };
    var py = function (lat) { return (90 - lat) / 180 * height; };
    var svg = el("svg", {viewBox: "0 0 " + width + " " + height, width: width, height: height, "class": "map-svg"}, container);
    el("rect", {x: 0, y: 0, width: width, height: height, "class": "sea"}, svg);
    var view = el("g", {"class": "viewport"}, svg);
    var features = global.topojson.feature(topo, topo.objects.countries).features;
    var centroids = {};
    var land = el("g", {"class": "land"}, view);
    features.forEach(function (f) {
      if (!f.geometry) return;
      var polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
      var d = "";
      polys.forEach(function (poly) {
        poly.forEach(function (ring) {
          // a ring crossing the antimeridian would draw a line across the world: lift the pen instead
          d += ring.map(function (p, i) {
            var jump = i && Math.abs(p[0] - ring[i - 1][0]) > 180;
            return (i && !jump ? "L" : "M") + px(p[0]).toFixed(1) + "," + py(p[1]).toFixed(1);
          }).join("") + "Z";
        });
      });
      var path = el("path", {d: d, "data-id": f.id, "vector-effect": "non-scaling-stroke"}, land);
      var tip = el("title", {}, path);
      tip.textContent = (f.properties && f.properties.name) || "";
      centroids[f.id] = ringCentroid(polys.map(function (poly) { return poly[0]; }));
    });
    var marks = [];
    (places.points || []).forEach(function (p) {
      marks.push({lon: p.lon, lat: p.lat, n: p.events, label: (p.name || p.country || ""), precision: p.precision || "place"});
    });
    (places.countries || []).forEach(function (c) {
      var c0 = centroids[isoNumeric[c.country]];
      if (c0) marks.push({lon: c0[0], lat: c0[1], n: c.events, label: c.country, precision: "country"});
    });
    var maxN = Math.max.apply(null, marks.map(function (m) { return m.n; }).concat([1]));
    var order = {country: 0, province: 1, district: 2, place: 3};  // exact places drawn on top
    marks.sort(function (a, b) { return (order[a.precision] - order[b.precision]) || (b.n - a.n); });
    var dots = el("g", {"class": "dots"}, view);
    var drawn = marks.map(function (m) {
      var r = 2.5 + 12 * Math.sqrt(m.n / maxN);
      var shape = marker(dots, m, px(m.lon), py(m.lat), r);
      var tip = el("title", {}, shape);
      tip.textContent = m.label + " (" + (m.precision === "country" ? "country only" : m.precision) + "): " + m.n + " event(s)";
      return {m: m, r: r, shape: shape};
    });
    var d3 = global.d3;
    if (d3 && d3.zoom) {
      d3.select(svg).call(d3.zoom().scaleExtent([1, 40]).translateExtent([[0, 0], [width, height]])
        .on("zoom", function (ev) {
          view.setAttribute("transform", ev.transform.toString());
          var k = ev.transform.k;  // markers keep their size on screen as the map grows
          drawn.forEach(function (d) {
            var x = px(d.m.lon), y = py(d.m.lat);
            dots.removeChild(d.shape);
            d.shape = marker(dots, d.m, x, y, d.r / Math.sqrt(k));
            var tip = el("title", {}, d.shape);
            tip.textContent = d.m.label + " (" + (d.m.precision === "country" ? "country only" : d.m.precision) + "): " + d.m.n + " event(s)";
          });
        }));
    }
    return svg;
  }

  global.wirecoderCharts = {periodRange: periodRange, dyadChart: dyadChart, networkChart: networkChart, mapChart: mapChart};
})(window);
