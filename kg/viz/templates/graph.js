(function () {
  "use strict";
  var status = document.getElementById("kg-status");
  var report = window.kgReport || { errors: [], alerts: 0 };
  function sync() {
    status.setAttribute("data-errors", String(report.errors.length));
    status.setAttribute("data-error-text", report.errors.join(" | "));
    status.setAttribute("data-alerts", String(report.alerts));
  }
  window.kgSync = sync;

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function sentences(box, list, count) {
    list.forEach(function (pair) {
      box.appendChild(el("blockquote", pair[0]));
      box.appendChild(el("div", "— " + pair[1], "kg-doc"));
    });
    if (count > list.length) {
      box.appendChild(el("div", "… and " + (count - list.length) + " more", "kg-doc"));
    }
  }
  function edgeTip(e, fromLabel, toLabel) {
    var box = el("div", null, "kg-tip");
    var head = el("p");
    head.appendChild(el("b", fromLabel));
    head.appendChild(document.createTextNode(" " + e.kgRelation + " "));
    head.appendChild(el("b", toLabel));
    box.appendChild(head);
    box.appendChild(el("p", e.kgQualifier + " · confidence " + e.kgConfidence +
                            " · " + e.kgCount + " statement(s)"));
    sentences(box, e.kgSentences, e.kgCount);
    return box;
  }
  function nodeTip(n) {
    var box = el("div", null, "kg-tip");
    box.appendChild(el("b", n.label));
    box.appendChild(el("p", n.kgType + (n.kgAliases.length ? " · also: " + n.kgAliases.join(", ") : "")));
    return box;
  }

  try {
    var data = JSON.parse(document.getElementById("kg-data").textContent);
    var labels = {};
    data.nodes.forEach(function (n) { labels[n.id] = n.label; n.kgColor = n.color; n.title = nodeTip(n); });
    data.edges.forEach(function (e) { e.kgColor = e.color; e.title = edgeTip(e, labels[e.from], labels[e.to]); });
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);

    var state = { types: {}, qualifiers: {}, relation: "", confidence: 0 };
    function readControls() {
      document.querySelectorAll("[data-kg-type]").forEach(function (box) {
        state.types[box.getAttribute("data-kg-type")] = box.checked;
      });
      document.querySelectorAll("[data-kg-qualifier]").forEach(function (box) {
        state.qualifiers[box.getAttribute("data-kg-qualifier")] = box.checked;
      });
      state.relation = document.getElementById("kg-relation").value;
      state.confidence = parseFloat(document.getElementById("kg-confidence").value) || 0;
      document.getElementById("kg-confidence-value").textContent = state.confidence.toFixed(2);
    }
    readControls();
    function nodeVisible(n) { return state.types[n.kgType] !== false; }
    function edgeVisible(e) {
      if (state.qualifiers[e.kgQualifier] === false) { return false; }
      if (state.relation && e.kgRelation !== state.relation) { return false; }
      if (e.kgConfidence < state.confidence) { return false; }
      var a = nodes.get(e.from), b = nodes.get(e.to);
      return !!a && !!b && nodeVisible(a) && nodeVisible(b);
    }
    var nodeView = new vis.DataView(nodes, { filter: nodeVisible });
    var edgeView = new vis.DataView(edges, { filter: edgeVisible });
    var container = document.getElementById("kg-network");
    var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
    window.kgNetwork = network;

    function counts() {
      status.setAttribute("data-visible-nodes", String(nodeView.length));
      status.setAttribute("data-visible-edges", String(edgeView.length));
      document.getElementById("kg-counts").textContent =
        nodeView.length + " of " + nodes.length + " actors · " + edgeView.length + " of " + edges.length + " edges";
    }
    function applyFilters() {
      readControls();
      nodeView.refresh();
      edgeView.refresh();
      counts();
    }
    document.querySelectorAll("[data-kg-type], [data-kg-qualifier], #kg-relation").forEach(function (input) {
      input.addEventListener("change", applyFilters);
    });
    document.getElementById("kg-confidence").addEventListener("input", applyFilters);

    var highlighted = false;
    function highlight(id) {
      var keep = {};
      keep[id] = true;
      network.getConnectedNodes(id).forEach(function (other) { keep[other] = true; });
      nodes.update(nodes.get().map(function (n) {
        return { id: n.id, color: keep[n.id] ? n.kgColor : { background: "#e6e6e6", border: "#cccccc" },
                 font: { color: keep[n.id] ? "#222222" : "#bbbbbb" } };
      }));
      highlighted = true;
      status.setAttribute("data-highlighted", String(Object.keys(keep).length));
    }
    function unhighlight() {
      if (!highlighted) { return; }
      nodes.update(nodes.get().map(function (n) { return { id: n.id, color: n.kgColor, font: { color: "#222222" } }; }));
      highlighted = false;
      status.setAttribute("data-highlighted", "0");
    }
    function details(params) {
      var box = document.getElementById("kg-details");
      box.textContent = "";
      if (params.nodes.length) {
        var n = nodes.get(params.nodes[0]);
        box.appendChild(el("p", n.label)).style.fontWeight = "bold";
        box.appendChild(el("p", n.kgType + " · PageRank " + n.kgRank));
        if (n.kgAliases.length) { box.appendChild(el("p", "Also: " + n.kgAliases.join(", "))); }
        edgeView.get({ filter: function (e) { return e.from === n.id || e.to === n.id; } }).forEach(function (e) {
          box.appendChild(edgeTip(e, labels[e.from], labels[e.to]));
        });
      } else if (params.edges.length) {
        var e = edges.get(params.edges[0]);
        box.appendChild(edgeTip(e, labels[e.from], labels[e.to]));
      } else {
        box.appendChild(el("p", "Click an actor or an edge."));
      }
    }
    network.on("click", function (params) {
      if (params.nodes.length) { highlight(params.nodes[0]); } else { unhighlight(); }
      details(params);
    });

    document.getElementById("kg-search").addEventListener("input", function (event) {
      var q = String(event.target.value).trim().toLowerCase();
      if (!q) { network.unselectAll(); status.setAttribute("data-found", "0"); return; }
      var found = nodeView.getIds({ filter: function (n) {
        return n.label.toLowerCase().indexOf(q) >= 0 ||
          n.kgAliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
      } });
      status.setAttribute("data-found", String(found.length));
      network.selectNodes(found);
      if (found.length) { network.focus(found[0], { scale: 1.2, animation: false }); }
    });
    document.getElementById("kg-reset").addEventListener("click", function () {
      document.querySelectorAll("[data-kg-type], [data-kg-qualifier]").forEach(function (b) { b.checked = true; });
      document.getElementById("kg-relation").value = "";
      document.getElementById("kg-confidence").value = "0";
      document.getElementById("kg-search").value = "";
      unhighlight();
      applyFilters();
      network.fit();
    });

    var drawn = false;
    network.on("afterDrawing", function () {
      if (drawn) { return; }
      drawn = true;
      status.setAttribute("data-draw-ms", String(Math.round(performance.now())));
      status.setAttribute("data-nodes", String(nodeView.length));
      status.setAttribute("data-edges", String(edgeView.length));
      counts();
      status.setAttribute("data-ready", "1");
    });
    network.fit();
  } catch (err) {
    report.errors.push(String(err && err.stack || err));
  }
  sync();
})();
