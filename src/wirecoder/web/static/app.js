/* wirecoder dashboard: wires each page to its data. The page's JSON twin is embedded in
 * <script type="application/json" id="page-data">; the dashboard fetches the JSON API.
 * Untrusted strings only ever go through textContent. */
(function () {
  "use strict";
  var charts = window.wirecoderCharts;

  function pageData() {
    var node = document.getElementById("page-data");
    return node ? JSON.parse(node.textContent) : null;
  }

  function td(row, value, cls) {
    var cell = document.createElement("td");
    if (cls) cell.className = cls;
    if (value instanceof Node) cell.appendChild(value); else cell.textContent = value == null ? "" : String(value);
    row.appendChild(cell);
    return cell;
  }

  function side(p) {
    var span = document.createElement("span");
    if (!p) { span.textContent = "—"; span.className = "muted"; return span; }
    span.className = "actor";
    span.textContent = (p.name || p.text || "") + (p.cameo ? " (" + p.cameo + ")" : p.country ? " (" + p.country + ")" : "");
    span.title = p.text || "";
    return span;
  }

  function eventType(e) {
    var parts = [];
    if (e.cameo && e.cameo.code) parts.push(e.cameo.code + " " + (e.cameo.name || ""));
    if (e.plover && e.plover.type) parts.push(e.plover.type);
    if (e.acled && e.acled.event_type) parts.push(e.acled.event_type);
    if (e.negated) parts.push("negated");
    if (e.hypothetical) parts.push("hypothetical");
    if (e.future) parts.push("future");
    if (e.background) parts.push("background");
    return parts.join(" · ");
  }

  function eventHref(e) {
    var aid = (e.article && e.article.id) || e.article_id;
    return "/articles/" + encodeURIComponent(aid) + "?event=" + encodeURIComponent(e.id) + "#ev-" + encodeURIComponent(e.id);
  }

  function fillEvents(tbody, items) {
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    items.forEach(function (e) {
      var row = document.createElement("tr");
      row.setAttribute("data-event", e.id);
      td(row, e.date, "nowrap");
      td(row, side(e.source));
      td(row, eventType(e));
      td(row, side(e.target));
      td(row, e.location ? e.location.name : "");
      td(row, e.fatalities, "num");
      td(row, e.confidence == null ? "" : e.confidence.toFixed(2), "num confidence");
      var link = document.createElement("a");
      link.href = eventHref(e);
      link.className = "event-link";
      var sentence = (e.evidence && e.evidence.sentence) || "(evidence)";
      link.textContent = sentence.length > 180 ? sentence.slice(0, 177) + "…" : sentence;
      td(row, link, "evidence-cell");
      tbody.appendChild(row);
    });
    if (!items.length) {
      var empty = document.createElement("tr");
      td(empty, "No events between these actors.", "muted").colSpan = 8;
      tbody.appendChild(empty);
    }
  }

  /* The shared event filters of a form (minimum confidence, flagged kinds, date precision) as a query
   * string with a leading "&". Flagged events are left out unless ticked, as in the API. */
  function filterQuery(form) {
    var out = [];
    var conf = form.querySelector("input[name='min_confidence']");
    if (conf && conf.value !== "") out.push("min_confidence=" + encodeURIComponent(conf.value));
    ["include", "precision"].forEach(function (name) {
      var ticked = Array.prototype.filter.call(form.querySelectorAll("input[name='" + name + "']"), function (box) {
        return box.checked;
      }).map(function (box) { return box.value; });
      if (ticked.length) out.push(name + "=" + encodeURIComponent(ticked.join(",")));
    });
    return out.length ? "&" + out.join("&") : "";
  }

  /* A plain GET filter form leaves its empty fields out of the URL ("since=" is not a date). */
  function dropEmptyFields() {
    Array.prototype.forEach.call(document.querySelectorAll("form.filters[method='get']"), function (form) {
      form.addEventListener("submit", function () {
        var emptied = Array.prototype.filter.call(form.elements, function (el) {
          return el.name && (el.tagName === "INPUT" && el.type !== "checkbox" && el.type !== "hidden") && el.value === "";
        });
        emptied.forEach(function (el) { el.disabled = true; });
        setTimeout(function () { emptied.forEach(function (el) { el.disabled = false; }); }, 0);
      });
    });
  }

  function getJSON(url) {
    return fetch(url, {headers: {Accept: "application/json"}}).then(function (r) {
      if (!r.ok) return r.json().then(function (body) { throw new Error(JSON.stringify(body.detail)); });
      return r.json();
    });
  }

  function initDashboard() {
    var form = document.getElementById("dyad-form");
    var status = document.getElementById("dyad-status");
    var chart = document.getElementById("dyad-chart");
    var legend = document.getElementById("dyad-legend");
    var tbody = document.querySelector("#dyad-events tbody");
    var more = document.getElementById("dyad-more");
    var caption = document.getElementById("dyad-events-caption");
    var current = null;
    function showEvents(dyad, range, label) {
      var filter = "dyad=" + encodeURIComponent(dyad) + (range ? "&since=" + range[0] + "&until=" + range[1] : "") +
        filterQuery(form);
      return getJSON("/events.json?" + filter + "&limit=25").then(function (evs) {
        fillEvents(tbody, evs.items);
        caption.textContent = "Events of " + dyad + (label ? " in the " + label : "") + ": " + evs.total +
          (range ? " (click another bar, or Show for all periods)" : " (click a bar for one period)");
        while (more.firstChild) more.removeChild(more.firstChild);
        if (evs.total > evs.items.length) {
          var link = document.createElement("a");
          link.href = "/events?" + filter;
          link.textContent = "All " + evs.total + " events →";
          more.appendChild(link);
        }
        return evs;
      });
    }
    function show(a, b, freq) {
      if (!a || !b) { status.textContent = "Pick two actors."; return; }
      status.removeAttribute("data-ready");
      status.textContent = "Loading " + a + "–" + b + "…";
      var q = "a=" + encodeURIComponent(a) + "&b=" + encodeURIComponent(b) + "&freq=" + encodeURIComponent(freq) +
        filterQuery(form);
      var dyad = a + "-" + b;
      current = [a, b, freq];
      Promise.all([getJSON("/dyad.json?" + q), showEvents(dyad, null, null)]).then(function (res) {
        var series = res[0].series, evs = res[1];
        charts.dyadChart(chart, legend, series, function (period) {
          showEvents(dyad, charts.periodRange(period, freq), freq + " of " + period).then(function () {
            caption.setAttribute("data-period", period);
          });
        });
        status.textContent = a + "–" + b + ": " + evs.total + " event(s) in " + series.filter(function (r) { return r.events; }).length + " " + freq + "(s) with events.";
        status.setAttribute("data-ready", "1");
        if (history.replaceState) history.replaceState(null, "", "/?" + q);
      }).catch(function (err) { status.textContent = "Could not load the dyad: " + err.message; });
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      show(form.elements.a.value, form.elements.b.value, form.elements.freq.value);
    });
    // changing a filter redraws the shown dyad: chart, counts and table
    Array.prototype.forEach.call(form.querySelectorAll("input[name='min_confidence'], input[type='checkbox']"), function (el) {
      el.addEventListener("change", function () { if (current) show(current[0], current[1], form.elements.freq.value); });
    });
    Array.prototype.forEach.call(document.querySelectorAll(".dyad-pick"), function (link) {
      link.addEventListener("click", function (ev) {
        ev.preventDefault();
        form.elements.a.value = link.getAttribute("data-a");
        form.elements.b.value = link.getAttribute("data-b");
        show(link.getAttribute("data-a"), link.getAttribute("data-b"), form.elements.freq.value);
      });
    });
    var params = new URLSearchParams(location.search);
    if (params.get("min_confidence")) form.elements.min_confidence.value = params.get("min_confidence");
    ["include", "precision"].forEach(function (name) {
      var wanted = params.getAll(name).join(",").split(",");
      Array.prototype.forEach.call(form.querySelectorAll("input[name='" + name + "']"), function (box) {
        box.checked = wanted.indexOf(box.value) >= 0;
      });
    });
    if (params.get("a") && params.get("b")) {
      form.elements.a.value = params.get("a");
      form.elements.b.value = params.get("b");
      if (params.get("freq")) form.elements.freq.value = params.get("freq");
      show(params.get("a"), params.get("b"), form.elements.freq.value);
    }
  }

  function initArticle() {
    var selected = document.querySelector("mark.selected");
    if (selected) selected.scrollIntoView({block: "center"});
    // hovering an event in the list outlines its evidence in the text
    Array.prototype.forEach.call(document.querySelectorAll(".event-list a[data-event]"), function (link) {
      var id = link.getAttribute("data-event");
      function marks() {
        return Array.prototype.filter.call(document.querySelectorAll("mark[data-events]"), function (m) {
          return m.getAttribute("data-events").split(" ").indexOf(id) >= 0;
        });
      }
      link.addEventListener("mouseenter", function () { marks().forEach(function (m) { m.classList.add("hover"); }); });
      link.addEventListener("mouseleave", function () { marks().forEach(function (m) { m.classList.remove("hover"); }); });
    });
  }

  function initMap(data) {
    var box = document.getElementById("map-chart");
    Promise.all([getJSON("/static/vendor/world-atlas/countries-110m.json"), getJSON("/static/iso3-numeric.json")])
      .then(function (res) { charts.mapChart(box, res[0], res[1], data); box.setAttribute("data-ready", "1"); })
      .catch(function (err) { box.textContent = "Could not draw the map: " + err.message; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var page = document.body.getAttribute("data-page");
    var data = pageData();
    dropEmptyFields();
    if (page === "dashboard") initDashboard();
    else if (page === "article") initArticle();
    else if (page === "dyad" && data && data.series && data.series.length) {
      charts.dyadChart(document.getElementById("dyad-chart"), document.getElementById("dyad-legend"), data.series, function (period) {
        var range = charts.periodRange(period, data.freq);
        location.href = "/events?dyad=" + encodeURIComponent(data.a + "-" + data.b) + "&since=" + range[0] + "&until=" + range[1] +
          filterQuery(document.querySelector("form.filters"));
      });
    } else if (page === "network" && data) {
      charts.networkChart(document.getElementById("network-chart"), data.nodes || [], data.edges || []);
    } else if (page === "map" && data) initMap(data);
  });
})();
