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
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function setStatus(name, value) { status.setAttribute("data-" + name, String(value)); }

  // statement rows: [relation, qualifier, confidence, doc index, date, sentence, forward, doc id]
  var BIG = 18, SMALL = 10, HOVER = 16, TIP_STATEMENTS = 4, LIST_STATEMENTS = 300;

  try {
    var data = JSON.parse($("kg-data").textContent);
    var docs = data.docs || [], dates = data.dates || [], pairMode = data.mode === "pair";
    var labels = {};
    data.nodes.forEach(function (n) { labels[n.id] = n.label; });
    function docName(i, fallback) {
      var d = docs[i];
      if (!d) { return fallback || ""; }
      return (d.date ? d.date + " · " : "") + (d.title || d.id) + (d.outlet ? " · " + d.outlet : "");
    }

    var state = { types: {}, qualifiers: {}, communities: {}, collapsed: {}, relation: "",
                  confidence: 0, top: data.initial, degree: 1, isolated: false, colour: "type",
                  doc: -1, since: 0, until: Math.max(0, dates.length - 1), undated: true,
                  pinned: {} };
    function timeActive() { return dates.length > 0 && (state.since > 0 || state.until < dates.length - 1); }
    function statementPasses(s) {
      if (state.qualifiers[s[1]] === false) { return false; }
      if (state.relation && s[0] !== state.relation) { return false; }
      if (s[2] < state.confidence) { return false; }
      if (state.doc >= 0 && s[3] !== state.doc) { return false; }
      if (dates.length) {
        if (!s[4]) { return state.undated; }
        if (s[4] < dates[state.since] || s[4] > dates[state.until]) { return false; }
      }
      return true;
    }

    function statementBox(box, s, e) {
      var line = el("div", null, "kg-st");
      var a = s[6] ? labels[e.from] : labels[e.to], b = s[6] ? labels[e.to] : labels[e.from];
      if (s[4]) { line.appendChild(el("span", s[4], "kg-date")); }
      line.appendChild(el("b", a));
      line.appendChild(document.createTextNode(" " + s[0] + " "));
      line.appendChild(el("b", b));
      if (s[1] !== "asserted") { line.appendChild(el("span", " · " + s[1], "kg-qual")); }
      box.appendChild(line);
      if (s[5]) { box.appendChild(el("blockquote", s[5])); }
      box.appendChild(el("div", "— " + docName(s[3], s[7]), "kg-doc"));
    }
    function kindsText(e) {
      return Object.keys(e.kgKinds).map(function (k) { return k + " " + e.kgKinds[k]; }).join(", ");
    }
    function edgeTip(e, limit) {
      var box = el("div", null, "kg-tip");
      var head = el("p");
      head.appendChild(el("b", labels[e.from]));
      head.appendChild(document.createTextNode(pairMode ? " — " : " " + e.kgRelation + " "));
      head.appendChild(el("b", labels[e.to]));
      box.appendChild(head);
      var shown = e.kgStatements.filter(statementPasses);
      box.appendChild(el("p", e.kgCount + " statement(s) · " + kindsText(e) +
                              " · confidence up to " + e.kgConfidence +
                              (shown.length < e.kgCount ? " · " + shown.length + " match the filters" : "")));
      shown.slice(0, limit).forEach(function (s) { statementBox(box, s, e); });
      if (shown.length > limit) { box.appendChild(el("div", "… and " + (shown.length - limit) + " more (click the edge)", "kg-doc")); }
      return box;
    }
    function nodeTip(n) {
      var box = el("div", null, "kg-tip");
      box.appendChild(el("b", n.label));
      box.appendChild(el("p", n.kgType + (n.kgAliases.length ? " · also: " + n.kgAliases.join(", ") : "")));
      return box;
    }
    data.nodes.forEach(function (n) {
      n.kgTypeColor = n.color; n.kgColor = n.color; n.title = nodeTip(n);
      n.font = { size: SMALL };
    });
    data.edges.forEach(function (e) {
      e.kgColor = e.color;
      e.title = edgeTip(e, TIP_STATEMENTS);
    });
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);

    function readControls() {
      document.querySelectorAll("[data-kg-type]").forEach(function (box) {
        state.types[box.getAttribute("data-kg-type")] = box.checked;
      });
      document.querySelectorAll("[data-kg-qualifier]").forEach(function (box) {
        state.qualifiers[box.getAttribute("data-kg-qualifier")] = box.checked;
      });
      document.querySelectorAll("[data-kg-community]").forEach(function (box) {
        state.communities[box.getAttribute("data-kg-community")] = box.checked;
      });
      state.relation = $("kg-relation").value;
      state.confidence = parseFloat($("kg-confidence").value) || 0;
      $("kg-confidence-value").textContent = state.confidence.toFixed(2);
      state.top = parseInt($("kg-top").value, 10) || 1;
      $("kg-top-value").textContent = String(state.top);
      state.degree = parseInt($("kg-degree").value, 10) || 1;
      $("kg-degree-value").textContent = String(state.degree);
      state.isolated = $("kg-isolated").checked;
      state.doc = parseInt($("kg-doc").value, 10);
      if (dates.length) {
        var a = parseInt($("kg-since").value, 10), b = parseInt($("kg-until").value, 10);
        state.since = Math.min(a, b); state.until = Math.max(a, b);
        state.undated = $("kg-undated").checked;
        $("kg-time-value").textContent = dates[state.since] + " – " + dates[state.until];
      }
    }

    // what is drawn: computed in one pass, read by the DataView filters
    var shownNodes = {}, shownEdges = {}, degrees = {};
    function baseNode(n) {
      if (state.types[n.kgType] === false) { return false; }
      if (state.communities[String(n.kgCommunity)] === false) { return false; }
      if (state.pinned[n.id]) { return true; }
      return !n.kgLinked || n.kgOrder < state.top;
    }
    function compute() {
      var base = {}, candidates = [];
      degrees = {};
      nodes.forEach(function (n) { if (baseNode(n)) { base[n.id] = true; degrees[n.id] = {}; } });
      edges.forEach(function (e) {
        if (!base[e.from] || !base[e.to]) { return; }
        if (!e.kgStatements.some(statementPasses)) { return; }
        candidates.push(e);
        if (e.from !== e.to) { degrees[e.from][e.to] = true; degrees[e.to][e.from] = true; }
      });
      shownNodes = {};
      Object.keys(base).forEach(function (id) {
        var d = Object.keys(degrees[id]).length;
        if (d >= state.degree || (d === 0 && state.isolated) || state.pinned[id]) { shownNodes[id] = true; }
      });
      shownEdges = {};
      candidates.forEach(function (e) { if (shownNodes[e.from] && shownNodes[e.to]) { shownEdges[e.id] = true; } });
    }
    var nodeView = new vis.DataView(nodes, { filter: function (n) { return !!shownNodes[n.id]; } });
    var edgeView = new vis.DataView(edges, { filter: function (e) { return !!shownEdges[e.id]; } });

    var labelled = {};
    function relabel() {
      // labels always on for the most central visible actors, on hover (or zoomed in) for the rest
      var order = nodeView.get().sort(function (a, b) { return a.kgOrder - b.kgOrder; });
      var next = {};
      order.slice(0, data.labelled).forEach(function (n) { next[n.id] = true; });
      var changes = [];
      Object.keys(labelled).forEach(function (id) { if (!next[id]) { changes.push({ id: id, font: { size: SMALL } }); } });
      Object.keys(next).forEach(function (id) { if (!labelled[id]) { changes.push({ id: id, font: { size: BIG } }); } });
      labelled = next;
      if (changes.length) { nodes.update(changes); }
      setStatus("labelled", Object.keys(labelled).length);
    }

    readControls();
    compute();
    var container = $("kg-network");
    var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
    window.kgNetwork = network;
    relabel();

    function clusterId(c) { return "community:" + c; }
    function openClusters() {
      Object.keys(state.collapsed).forEach(function (c) {
        if (network.isCluster(clusterId(c))) { network.openCluster(clusterId(c)); }
      });
    }
    function makeClusters() {
      var made = 0;
      Object.keys(state.collapsed).forEach(function (c) {
        if (!state.collapsed[c]) { return; }
        var info = (data.communities || []).filter(function (x) { return String(x.index) === c; })[0];
        var members = nodeView.getIds({ filter: function (n) { return String(n.kgCommunity) === c; } });
        if (members.length < 2) { return; }
        network.cluster({
          joinCondition: function (n) { return String(n.kgCommunity) === c && !!shownNodes[n.id]; },
          clusterNodeProperties: {
            id: clusterId(c), label: (info ? info.name : "community") + " (" + members.length + ")",
            shape: "hexagon", size: 22 + Math.min(30, members.length),
            color: { background: info ? info.color : "#cccccc", border: "#333333" },
            font: { size: BIG }, kgCommunity: Number(c), kgMembers: members.length
          },
          clusterEdgeProperties: { label: "", arrows: "" }
        });
        made += 1;
      });
      setStatus("clusters", made);
    }

    function notice() {
      var linked = 0, hiddenLinked = 0, isolated = 0;
      nodes.forEach(function (n) {
        if (n.kgLinked) { linked += 1; if (!shownNodes[n.id]) { hiddenLinked += 1; } } else { isolated += 1; }
      });
      var parts = [];
      if (state.top < linked) {
        parts.push("Showing the " + Math.min(state.top, linked) + " most central of " + linked +
                   " actors in statements (the largest connected group first, by PageRank);" +
                   " use Actors or Show more for the rest.");
      } else if (hiddenLinked) {
        parts.push(hiddenLinked + " actors in statements are hidden by the filters.");
      }
      if (isolated && !state.isolated) { parts.push(isolated + " actors in no statement are hidden."); }
      $("kg-view-notice").textContent = parts.join(" ");
    }
    function counts() {
      var shownN = Object.keys(shownNodes).length, shownE = Object.keys(shownEdges).length;
      setStatus("visible-nodes", shownN);
      setStatus("visible-edges", shownE);
      setStatus("top", state.top);
      $("kg-counts").textContent =
        shownN + " of " + nodes.length + " actors · " + shownE + " of " + edges.length + " edges";
      notice();
    }
    function applyFilters(refit) {
      readControls();
      openClusters();
      compute();
      nodeView.refresh();
      edgeView.refresh();
      relabel();
      makeClusters();
      counts();
      if (refit) { network.fit(); }
    }
    window.kgApply = applyFilters;
    document.querySelectorAll("[data-kg-type], [data-kg-qualifier], [data-kg-community], #kg-relation, #kg-isolated, #kg-doc, #kg-undated")
      .forEach(function (input) { input.addEventListener("change", function () { applyFilters(false); }); });
    ["kg-confidence", "kg-degree", "kg-since", "kg-until"].forEach(function (id) {
      var input = $(id);
      if (input) { input.addEventListener("input", function () { applyFilters(false); }); }
    });
    $("kg-top").addEventListener("change", function () { applyFilters(true); });
    $("kg-top").addEventListener("input", function () { $("kg-top-value").textContent = $("kg-top").value; });
    $("kg-more").addEventListener("click", function () {
      var top = $("kg-top");
      top.value = String(Math.min(parseInt(top.max, 10), parseInt(top.value, 10) * 2));
      applyFilters(true);
    });
    $("kg-colour").addEventListener("change", function () {
      state.colour = $("kg-colour").value;
      nodes.update(nodes.get().map(function (n) {
        var color = state.colour === "community" ? { background: n.kgCommunityColor, border: "#333333" } : n.kgTypeColor;
        return { id: n.id, kgColor: color, color: color };
      }));
      setStatus("colour", state.colour);
      // the legend follows the colours: type swatches go blank (the shape still tells the type)
      // and the communities, with their colours, come up under them
      document.body.classList.toggle("kg-by-community", state.colour === "community");
      $("kg-types-heading").textContent = state.colour === "community" ? "Actor types (by shape)" : "Actor types";
      var box = $("kg-communities-box");
      if (box && state.colour === "community") {
        box.open = true;
        $("kg-legend-types").insertAdjacentElement("afterend", box);
      }
      setStatus("legend", state.colour === "community" && box ? "community" : "type");
    });
    document.querySelectorAll("[data-kg-collapse]").forEach(function (button) {
      button.addEventListener("click", function () {
        var c = button.getAttribute("data-kg-collapse");
        openClusters();
        state.collapsed[c] = !state.collapsed[c];
        button.setAttribute("aria-pressed", String(!!state.collapsed[c]));
        button.textContent = state.collapsed[c] ? "expand" : "collapse";
        makeClusters();
      });
    });

    // the document list: click a document to see only its statements
    var list = $("kg-docs");
    docs.slice(0, 1000).forEach(function (d, i) {
      var item = el("li");
      var link = el("a", docName(i));
      link.href = "#";
      link.setAttribute("data-kg-doc", String(i));
      link.addEventListener("click", function (event) {
        event.preventDefault();
        $("kg-doc").value = String(i);
        applyFilters(true);
      });
      item.appendChild(link);
      item.appendChild(el("span", " " + d.statements + " statements", "kg-count"));
      if (d.url) { item.appendChild(el("div", d.url, "kg-doc")); }
      list.appendChild(item);
    });
    if (docs.length > 1000) { list.appendChild(el("li", "… and " + (docs.length - 1000) + " more (use the Document menu)")); }

    var highlighted = false;
    function highlight(id) {
      var keep = {};
      keep[id] = true;
      network.getConnectedNodes(id).forEach(function (other) { keep[other] = true; });
      nodes.update(nodeView.get().map(function (n) {
        return { id: n.id, color: keep[n.id] ? n.kgColor : { background: "#e6e6e6", border: "#cccccc" },
                 font: { color: keep[n.id] ? "#222222" : "#bbbbbb", size: keep[n.id] || labelled[n.id] ? BIG : SMALL } };
      }));
      highlighted = true;
      setStatus("highlighted", Object.keys(keep).length);
    }
    function unhighlight() {
      if (!highlighted) { return; }
      nodes.update(nodes.get().map(function (n) {
        return { id: n.id, color: n.kgColor, font: { color: "#222222", size: labelled[n.id] ? BIG : SMALL } };
      }));
      highlighted = false;
      setStatus("highlighted", 0);
    }
    function timeline(box, e) {
      // statements of one pair by date: a bar per date, then the statements in order
      var shown = e.kgStatements.filter(statementPasses);
      var byDate = {};
      shown.forEach(function (s) { var k = s[4] || "undated"; byDate[k] = (byDate[k] || 0) + 1; });
      var keys = Object.keys(byDate).sort();
      if (keys.length > 1) {
        var most = Math.max.apply(null, keys.map(function (k) { return byDate[k]; }));
        var chart = el("div", null, "kg-timeline");
        keys.forEach(function (k) {
          var row = el("div", null, "kg-bar");
          row.appendChild(el("span", k, "kg-date"));
          var bar = el("span", null, "kg-bar-fill");
          bar.style.width = Math.max(4, Math.round(120 * byDate[k] / most)) + "px";
          row.appendChild(bar);
          row.appendChild(el("span", " " + byDate[k]));
          chart.appendChild(row);
        });
        box.appendChild(chart);
      }
    }
    function details(params) {
      var box = $("kg-details");
      box.textContent = "";
      var id = params.nodes.length ? params.nodes[0] : null;
      if (id !== null && network.isCluster(id)) {
        var members = network.getNodesInCluster(id).map(function (m) { return labels[m]; });
        box.appendChild(el("p", "Community of " + members.length + " actors")).style.fontWeight = "bold";
        box.appendChild(el("p", members.join(", ")));
        setStatus("details", "community");
      } else if (id !== null) {
        var n = nodes.get(id);
        box.appendChild(el("p", n.label)).style.fontWeight = "bold";
        box.appendChild(el("p", n.kgType + " · PageRank " + n.kgRank + " · community " + (n.kgCommunity + 1)));
        if (n.kgAliases.length) { box.appendChild(el("p", "Also: " + n.kgAliases.join(", "))); }
        edgeView.get({ filter: function (e) { return e.from === n.id || e.to === n.id; } }).forEach(function (e) {
          box.appendChild(edgeTip(e, 3));
        });
        setStatus("details", "actor");
      } else if (params.edges.length && edges.get(params.edges[0])) {
        var e = edges.get(params.edges[0]);
        var tip = edgeTip(e, 0);
        timeline(tip, e);
        e.kgStatements.filter(statementPasses).slice(0, LIST_STATEMENTS).forEach(function (s) { statementBox(tip, s, e); });
        box.appendChild(tip);
        setStatus("details", "edge");
      } else {
        box.appendChild(el("p", "Click an actor or an edge."));
      }
    }
    network.on("click", function (params) {
      if (params.nodes.length && !network.isCluster(params.nodes[0])) { highlight(params.nodes[0]); } else { unhighlight(); }
      details(params);
    });
    network.on("doubleClick", function (params) {
      if (params.nodes.length && network.isCluster(params.nodes[0])) {
        var c = String(network.body.nodes[params.nodes[0]].options.kgCommunity);
        var button = document.querySelector('[data-kg-collapse="' + c + '"]');
        if (button) { button.click(); }
      }
    });
    network.on("hoverNode", function (params) {
      if (!labelled[params.node] && nodes.get(params.node)) { nodes.update({ id: params.node, font: { size: HOVER } }); }
    });
    network.on("blurNode", function (params) {
      if (!labelled[params.node] && nodes.get(params.node) && !highlighted) { nodes.update({ id: params.node, font: { size: SMALL } }); }
    });

    $("kg-search").addEventListener("input", function (event) {
      var q = String(event.target.value).trim().toLowerCase();
      var hadPins = Object.keys(state.pinned).length > 0;
      state.pinned = {};
      if (!q) {
        network.unselectAll(); setStatus("found", 0);
        if (hadPins) { applyFilters(false); }
        return;
      }
      function match(n) {
        return n.label.toLowerCase().indexOf(q) >= 0 ||
          n.kgAliases.some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
      }
      var found = nodeView.getIds({ filter: match });
      if (!found.length) {
        // an actor outside the current view: show it (and keep it shown while searched)
        nodes.getIds({ filter: match }).slice(0, 20).forEach(function (id) { state.pinned[id] = true; });
        if (Object.keys(state.pinned).length) { applyFilters(false); }
        found = nodeView.getIds({ filter: match });
      } else if (hadPins) { applyFilters(false); }
      setStatus("found", found.length);
      network.selectNodes(found);
      if (found.length) { network.focus(found[0], { scale: 1.2, animation: false }); }
    });
    $("kg-reset").addEventListener("click", function () {
      document.querySelectorAll("[data-kg-type], [data-kg-qualifier], [data-kg-community]").forEach(function (b) { b.checked = true; });
      $("kg-relation").value = "";
      $("kg-confidence").value = "0";
      $("kg-search").value = "";
      $("kg-top").value = String(data.initial);
      $("kg-degree").value = "1";
      $("kg-isolated").checked = false;
      $("kg-doc").value = "-1";
      if (dates.length) { $("kg-since").value = "0"; $("kg-until").value = String(dates.length - 1); $("kg-undated").checked = true; }
      state.pinned = {};
      openClusters();
      state.collapsed = {};
      document.querySelectorAll("[data-kg-collapse]").forEach(function (b) { b.textContent = "collapse"; b.setAttribute("aria-pressed", "false"); });
      unhighlight();
      applyFilters(true);
    });

    var drawn = false;
    network.on("afterDrawing", function () {
      if (drawn) { return; }
      drawn = true;
      // fit again once the canvas has its final size (a fit inside the first draw is undone)
      setTimeout(function () {
        network.fit();
        setStatus("draw-ms", Math.round(performance.now()));
        setStatus("nodes", nodes.length);
        setStatus("edges", edges.length);
        setStatus("scale", network.getScale().toFixed(2));
        counts();
        setStatus("ready", 1);
      }, 0);
    });
    readControls();
    counts();
    network.fit();
  } catch (err) {
    report.errors.push(String(err && err.stack || err));
  }
  sync();
})();
