// Draws the network page's graph with cytoscape when it was built in
// (static/vendor); otherwise the server-rendered table stays the view.
// The data comes from /network.json with the page's filters.
"use strict";
(function () {
  const box = document.getElementById("graph");
  if (!box || typeof window.cytoscape !== "function") return;

  // Okabe–Ito colours and a shape per type, as in style.css.
  const looks = {
    PERSON: ["#0072b2", "ellipse"], ORG: ["#d55e00", "round-rectangle"],
    GPE: ["#009e73", "diamond"], LOC: ["#56b4e9", "triangle"], NORP: ["#cc79a7", "hexagon"],
  };
  const look = (t) => looks[t] || ["#777777", "octagon"];

  // Cytoscape adds a <style> element for its container unless an element
  // with this id exists; the Content-Security-Policy blocks inline styles,
  // so say it exists (style.css has the rule: position: relative).
  if (!document.getElementById("__________cytoscape_stylesheet")) {
    const marker = document.createElement("meta");
    marker.id = "__________cytoscape_stylesheet";
    document.head.appendChild(marker);
  }

  fetch(box.dataset.src, { headers: { Accept: "application/json" } })
    .then((r) => { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then((g) => {
      if (!g.nodes.length) return;
      box.hidden = false;
      document.getElementById("edges").open = false;
      const maxW = Math.max(1, ...g.edges.map((e) => e.weight));
      const maxN = Math.max(1, ...g.nodes.map((n) => n.weight));
      const cy = window.cytoscape({
        container: box,
        elements: {
          // Text goes to cytoscape as data, which it draws on a canvas: it
          // is never parsed as HTML.
          nodes: g.nodes.map((n) => ({ data: {
            id: n.id, label: n.name, color: look(n.type)[0], shape: look(n.type)[1],
            size: 18 + 30 * Math.sqrt(n.weight / maxN) } })),
          edges: g.edges.map((e, i) => ({ data: {
            id: "e" + i, source: e.source, target: e.target, weight: e.weight,
            width: 1 + 6 * (e.weight / maxW) } })),
        },
        style: [
          { selector: "node", style: {
            "background-color": "data(color)", shape: "data(shape)", width: "data(size)", height: "data(size)",
            label: "data(label)", "font-size": 11, color: "#1b1b1b", "text-valign": "bottom", "text-margin-y": 3,
            "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
          { selector: "edge", style: {
            width: "data(width)", "line-color": "#999", "target-arrow-color": "#999",
            "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8 } },
          { selector: "node:selected", style: { "border-width": 3, "border-color": "#000" } },
        ],
        layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 9000,
          idealEdgeLength: () => 90, padding: 20 },
      });
      cy.on("tap", "node", (ev) => {
        window.location.href = "/entity/" + encodeURIComponent(ev.target.id());
      });
      // For the console and the browser test.
      window.newsgraphGraph = cy;
      box.dataset.drawn = String(cy.nodes().length);
    })
    .catch(() => { /* keep the table */ });
})();
