/* wirecoder charts: small hand-written SVG charts, no dependencies.
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

  /* Actor network: a small deterministic force layout; edge width = events, colour = mean Goldstein. */
  function networkChart(container, nodes, edges) {
    clear(container);
    var width = Math.max(container.clientWidth || 800, 400), height = 480;
    var svg = el("svg", {viewBox: "0 0 " + width + " " + height, width: width, height: height, "class": "network-svg"}, container);
    if (!nodes.length) { text(svg, width / 2, height / 2, "No actors", {"text-anchor": "middle"}); return svg; }
    var index = {};
    var pts = nodes.map(function (n, i) {
      index[n.id] = i;
      var a = 2 * Math.PI * i / nodes.length;
      return {x: width / 2 + Math.cos(a) * width / 3, y: height / 2 + Math.sin(a) * height / 3, vx: 0, vy: 0, node: n};
    });
    var links = edges.filter(function (e) { return e.source in index && e.target in index; });
    var k = Math.sqrt(width * height / Math.max(pts.length, 1)) * 0.6;
    for (var step = 0; step < 300; step++) {
      var t = 0.1 * (1 - step / 300);
      pts.forEach(function (p) { p.vx = 0; p.vy = 0; });
      for (var i = 0; i < pts.length; i++) {
        for (var j = i + 1; j < pts.length; j++) {
          var dx = pts[i].x - pts[j].x, dy = pts[i].y - pts[j].y, d2 = dx * dx + dy * dy + 0.01;
          var f = k * k / d2;
          pts[i].vx += dx * f; pts[i].vy += dy * f; pts[j].vx -= dx * f; pts[j].vy -= dy * f;
        }
      }
      links.forEach(function (e) {
        var a = pts[index[e.source]], b = pts[index[e.target]];
        var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01, f = d / k;
        a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
      });
      pts.forEach(function (p) {
        p.vx += (width / 2 - p.x) * 0.05; p.vy += (height / 2 - p.y) * 0.05;
        var v = Math.sqrt(p.vx * p.vx + p.vy * p.vy) || 1, cap = Math.min(v, k * t * 10);
        p.x = Math.min(width - 40, Math.max(40, p.x + p.vx / v * cap));
        p.y = Math.min(height - 20, Math.max(20, p.y + p.vy / v * cap));
      });
    }
    var defs = el("defs", {}, svg);
    var marker = el("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
                               markerUnits: "userSpaceOnUse", orient: "auto"}, defs);
    el("path", {d: "M0,0 L10,5 L0,10 z", fill: "#666"}, marker);
    var maxW = Math.max.apply(null, links.map(function (e) { return e.weight; }).concat([1]));
    var maxN = Math.max.apply(null, nodes.map(function (n) { return n.events || 1; }));
    var radius = function (n) { return 5 + 10 * Math.sqrt((n.events || 1) / maxN); };
    var pairs = {};
    links.forEach(function (e) { pairs[e.source + "\u0000" + e.target] = 1; });
    links.forEach(function (e) {
      var a = pts[index[e.source]], b = pts[index[e.target]];
      var gold = e.goldstein == null ? 0 : e.goldstein;
      var colour = gold < -0.5 ? "#d62728" : gold > 0.5 ? "#2ca02c" : "#888";
      var attrs = {stroke: colour, "stroke-width": 1 + 5 * e.weight / maxW, fill: "none", "class": "edge"};
      var d;
      if (e.source === e.target) {  // a loop above the node: events within one actor or country
        var r = radius(a.node);
        d = "M" + (a.x - r / 2) + "," + (a.y - r) + " C" + (a.x - 2.5 * r) + "," + (a.y - 4 * r) + " " +
            (a.x + 2.5 * r) + "," + (a.y - 4 * r) + " " + (a.x + r / 2) + "," + (a.y - r);
      } else {
        var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
        var ux = dx / len, uy = dy / len, rb = radius(b.node) + 2, ra = radius(a.node);
        var bend = pairs[e.target + "\u0000" + e.source] ? 0.15 * len : 0;  // both directions: bend apart
        var mx = (a.x + b.x) / 2 - uy * bend, my = (a.y + b.y) / 2 + ux * bend;
        var ex = b.x - ux * rb - uy * bend * 0.3, ey = b.y - uy * rb + ux * bend * 0.3;
        d = "M" + (a.x + ux * ra) + "," + (a.y + uy * ra) + " Q" + mx + "," + my + " " + ex + "," + ey;
        attrs["marker-end"] = "url(#arrow)";
      }
      attrs.d = d;
      var path = el("path", attrs, svg);
      var tip = el("title", {}, path);
      tip.textContent = e.source + " → " + e.target + ": " + e.weight + " event(s)" +
        (e.goldstein == null ? "" : ", mean Goldstein " + e.goldstein);
    });
    pts.forEach(function (p) {
      var g = el("g", {"class": "node"}, svg);
      el("circle", {cx: p.x, cy: p.y, r: radius(p.node)}, g);
      text(g, p.x + 12, p.y + 4, p.node.name || p.node.id, {"class": "node-label"});
      var tip = el("title", {}, g);
      tip.textContent = (p.node.name || p.node.id) + (p.node.cameo ? " (" + p.node.cameo + ")" : "") + ": " + (p.node.events || 0) + " event(s)";
    });
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

  function mapChart(container, topo, isoNumeric, places) {
    clear(container);
    var width = Math.max(container.clientWidth || 900, 400), height = width / 2;
    var px = function (lon) { return (lon + 180) / 360 * width; };
    var py = function (lat) { return (90 - lat) / 180 * height; };
    var svg = el("svg", {viewBox: "0 0 " + width + " " + height, width: width, height: height, "class": "map-svg"}, container);
    el("rect", {x: 0, y: 0, width: width, height: height, "class": "sea"}, svg);
    var features = global.topojson.feature(topo, topo.objects.countries).features;
    var centroids = {};
    var land = el("g", {"class": "land"}, svg);
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
      var path = el("path", {d: d, "data-id": f.id}, land);
      var tip = el("title", {}, path);
      tip.textContent = (f.properties && f.properties.name) || "";
      centroids[f.id] = ringCentroid(polys.map(function (poly) { return poly[0]; }));
    });
    var marks = [];
    (places.points || []).forEach(function (p) { marks.push({lon: p.lon, lat: p.lat, n: p.events, label: (p.name || p.country || "")}); });
    (places.countries || []).forEach(function (c) {
      var c0 = centroids[isoNumeric[c.country]];
      if (c0) marks.push({lon: c0[0], lat: c0[1], n: c.events, label: c.country});
    });
    var maxN = Math.max.apply(null, marks.map(function (m) { return m.n; }).concat([1]));
    var dots = el("g", {"class": "dots"}, svg);
    marks.forEach(function (m) {
      var c = el("circle", {cx: px(m.lon), cy: py(m.lat), r: 3 + 14 * Math.sqrt(m.n / maxN), "class": "event-dot"}, dots);
      var tip = el("title", {}, c);
      tip.textContent = m.label + ": " + m.n + " event(s)";
    });
    return svg;
  }

  global.wirecoderCharts = {periodRange: periodRange, dyadChart: dyadChart, networkChart: networkChart, mapChart: mapChart};
})(window);
