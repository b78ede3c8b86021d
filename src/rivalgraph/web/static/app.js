// Dashboard behaviour: draw Vega-Lite charts and cytoscape graphs from JSON data blocks.
// The page's Content-Security-Policy forbids inline scripts, so the specs travel as
// <script type="application/json"> blocks (never executed) and this file reads them.
(function () {
  "use strict";

  function readJson(id) {
    var block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }

  function drawCharts(root) {
    root.querySelectorAll("[data-vega-spec]").forEach(function (el) {
      if (el.dataset.drawn) return;
      el.dataset.drawn = "1";
      var spec = readJson(el.dataset.vegaSpec);
      if (!spec || !window.vegaEmbed) return;
      // ast: true makes Vega interpret expressions instead of compiling them with
      // new Function(), which the CSP (no 'unsafe-eval') would block.
      window.vegaEmbed(el, spec, { ast: true, actions: false, renderer: "svg" })
        .then(function (result) {
          el.dataset.ready = "1";
          var view = result.view;
          view.addEventListener("click", function (_event, item) {
            if (item && item.datum && item.datum.href) window.location.assign(item.datum.href);
          });
        })
        .catch(function (err) {
          el.dataset.error = String(err);
          el.textContent = "The chart could not be drawn: " + err;
        });
    });
  }

  function drawGraphs(root) {
    root.querySelectorAll("[data-graph]").forEach(function (el) {
      if (el.dataset.drawn) return;
      el.dataset.drawn = "1";
      var data = readJson(el.dataset.graph);
      if (!data || !window.cytoscape) return;
      var cy = window.cytoscape({
        container: el,
        elements: data.elements,
        // Few neighbours would otherwise be zoomed in until the labels overlap.
        maxZoom: 1.1,
        minZoom: 0.3,
        layout: { name: "concentric", concentric: function (n) { return n.data("center") ? 2 : 1; },
                  levelWidth: function () { return 1; }, minNodeSpacing: 70, padding: 30, animate: false },
        style: [
          { selector: "node", style: { "label": "data(label)", "font-size": 11, "text-valign": "bottom",
            "text-margin-y": 4, "background-color": "#8aa4c8", "width": 18, "height": 18,
            "text-wrap": "ellipsis", "text-max-width": 120 } },
          { selector: "node[?center]", style: { "background-color": "#1f4e8c", "width": 28, "height": 28,
            "font-weight": "bold", "text-valign": "top", "text-margin-y": -6 } },
          { selector: "node[?sanctioned]", style: { "border-width": 3, "border-color": "#b3261e" } },
          { selector: "node[kind = 'EVENT']", style: { "shape": "round-rectangle", "background-color": "#d9a441" } },
          { selector: "edge", style: { "label": "data(label)", "font-size": 9, "curve-style": "bezier",
            "target-arrow-shape": "triangle", "width": 1.5, "line-color": "#9aa5b1",
            "target-arrow-color": "#9aa5b1", "text-rotation": "autorotate", "color": "#46505c" } },
          { selector: "edge[?negated]", style: { "line-style": "dashed", "line-color": "#b3261e",
            "target-arrow-color": "#b3261e" } }
        ]
      });
      cy.on("tap", "node", function (evt) {
        var href = evt.target.data("href");
        if (href && !evt.target.data("center")) window.location.assign(href);
      });
      el.dataset.ready = "1";
    });
  }

  function draw(root) { drawCharts(root); drawGraphs(root); }

  document.addEventListener("DOMContentLoaded", function () { draw(document); });
  document.addEventListener("htmx:afterSettle", function (evt) { draw(evt.target); });
})();
