/* kg explorer: search actors, grow their neighbourhood, read a line's statements, run named
   queries and SPARQL and draw the actors of their answers.
   Every question goes to this server's own read-only JSON API (api/search, api/neighbours,
   api/statements, api/actors, api/queries, api/named) or its read-only SPARQL endpoint (query;
   same origin: the page's Content-Security-Policy allows no other address);
   all text from the store is inserted with textContent, never as HTML. Each step's time in the
   browser (request + drawing, performance.now) is kept on #kg-status as data-*-ms. */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var status = $("kg-status");
  function setStatus(key, value) { status.setAttribute("data-" + key, String(value)); }
  window.addEventListener("error", function (e) {
    setStatus("errors", parseInt(status.getAttribute("data-errors"), 10) + 1);
    setStatus("error-text", String(e.message).slice(0, 300));
  });
  var styles = JSON.parse($("kg-styles").textContent);
  var config = JSON.parse($("kg-config").textContent);
  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var expanded = {};
  var network = new vis.Network($("kg-network"), { nodes: nodes, edges: edges }, {
    // no physics: partners are placed on a ring around the actor that was expanded, so a step
    // costs one drawing and the browser stays idle between steps
    physics: false,
    nodes: { shape: "dot", size: 12, font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" },
             borderWidth: 1 },
    edges: { font: { size: 11, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
             color: { color: "#8a8a8a", highlight: "#333333" }, smooth: false },
    interaction: { hover: true }
  });
  window.kgExplorer = network;

  function message(text) { $("kg-message").textContent = text || ""; }
  function el(tag, text, cls) {
    var x = document.createElement(tag);
    if (text !== undefined && text !== null) { x.textContent = text; }
    if (cls) { x.className = cls; }
    return x;
  }
  function oneLine(text) { return String(text).trim().split("\n")[0].slice(0, 300); }
  function refused(r) {  // an error answer as one readable line (JSON {"error": …} or text)
    return r.text().then(function (t) {
      var text = t;
      try { text = JSON.parse(t).error || t; } catch (ignored) { /* plain text */ }
      throw new Error(oneLine(text || r.status + " " + r.statusText));
    });
  }
  function api(path, params) {
    var query = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      [].concat(params[k]).forEach(function (v) { query.append(k, v); });
    });
    return fetch("api/" + path + "?" + query.toString(), {
      credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (!r.ok) { return refused(r); }
        var timing = /dur=([0-9.]+)/.exec(r.headers.get("Server-Timing") || "");
        serverMs = timing ? Math.round(parseFloat(timing[1])) : -1;
        return r.json();
      });
  }
  var serverMs = -1;  // the server's time for the last answer (its Server-Timing header)
  function timed(step, started) {
    setStatus(step + "-ms", Math.round(performance.now() - started));
    setStatus(step + "-server-ms", serverMs);
  }
  function pairKey(a, b) { return a < b ? a + "\u0000" + b : b + "\u0000" + a; }
  function localName(text) { return text.replace(/^.*[#\/]/, ""); }
  function colour(kind) { return (styles[kind] || styles.Concept).color; }
  function counts() { setStatus("nodes", nodes.length); setStatus("edges", edges.length); }

  function addNode(id, label, kind, x, y) {
    var existing = nodes.get(id);
    if (existing) {
      if (kind && existing.kgType !== kind) {
        nodes.update({ id: id, kgType: kind, color: { background: colour(kind), border: "#333333" } });
      }
      return false;
    }
    nodes.add({ id: id, label: label || localName(id), kgType: kind || "", x: x || 0, y: y || 0,
                title: (kind || "actor") + " · click to add its partners",
                color: { background: colour(kind), border: "#333333" } });
    return true;
  }

  function search(text) {
    var started = performance.now();
    message("searching …");
    return api("search", { q: text.trim(), limit: 20 }).then(function (answer) {
      var box = $("kg-results");
      box.textContent = "";
      answer.actors.forEach(function (actor) {
        var b = el("button");
        b.type = "button";
        b.setAttribute("data-kg-actor", actor.iri);
        var sw = el("span", null, "kg-swatch");
        sw.style.background = colour(actor.type);
        b.appendChild(sw);
        b.appendChild(document.createTextNode(actor.label + " (" + actor.degree + ")"));
        b.addEventListener("click", function () {
          addNode(actor.iri, actor.label, actor.type);
          expand(actor.iri).catch(failed);
        });
        box.appendChild(b);
      });
      if (!answer.actors.length) { box.appendChild(el("p", "No actor's name contains " + JSON.stringify(text) + ".")); }
      if (answer.partial) { box.appendChild(el("p", "The name index is still loading: exact names only for now.", "kg-meta")); }
      setStatus("found", answer.actors.length);
      message("");
      timed("search", started);
    });
  }

  function lineLabel(line) {
    var total = 0;
    line.relations.forEach(function (r) { total += r.count; });
    if (!line.relations.length) { return ""; }
    return line.relations[0].label + (total > 1 || line.capped ? " ×" + total + (line.capped ? "+" : "") : "");
  }

  function expand(id) {
    if (expanded[id]) { network.selectNodes([id]); return Promise.resolve(); }
    expanded[id] = true;
    var started = performance.now();
    message("loading …");
    return api("neighbours", { actor: id, limit: 25 }).then(function (answer) {
      addNode(answer.actor.iri, answer.actor.label, answer.actor.type);
      var centre = network.getPositions([answer.actor.iri])[answer.actor.iri] || { x: 0, y: 0 };
      var fresh = answer.partners.filter(function (p) { return !nodes.get(p.iri); });
      var away = Math.atan2(centre.y, centre.x);  // open the ring away from the first actor
      var radius = 180 + 12 * fresh.length;
      fresh.forEach(function (p, i) {
        var angle = (centre.x || centre.y ? away - Math.PI / 2 : 0) +
          (centre.x || centre.y ? Math.PI : 2 * Math.PI) * (i + 0.5) / fresh.length;
        addNode(p.iri, p.label, p.type, centre.x + radius * Math.cos(angle),
                centre.y + radius * Math.sin(angle));
      });
      answer.partners.forEach(function (p) { addNode(p.iri, p.label, p.type); });
      answer.lines.forEach(function (line) {
        var key = pairKey(line.source, line.target);
        var total = 0;
        line.relations.forEach(function (r) { total += r.count; });
        var forward = line.relations.every(function (r) { return r.forward; });
        var backward = line.relations.every(function (r) { return !r.forward; });
        var edge = { id: key, from: forward || !backward ? line.source : line.target,
                     to: forward || !backward ? line.target : line.source, label: lineLabel(line),
                     kgPair: [line.source, line.target],
                     title: line.relations.map(function (r) { return r.label + " ×" + r.count; }).join(", ") || "statements",
                     width: Math.min(6, 1 + Math.log2(Math.max(1, total))),
                     arrows: (forward || backward) && line.relations.length ? "to" : "" };
        if (edges.get(key)) { edges.update(edge); } else { edges.add(edge); }
      });
      counts();
      message(answer.total > answer.partners.length ?
        answer.actor.label + ": " + answer.partners.length + " of " + answer.total + " partners shown" :
        (answer.partners.length ? "" : "no partners"));
      network.fit({ animation: false });
      network.redraw();
      setStatus("expanded", Object.keys(expanded).length);
      timed("expand", started);
    });
  }

  function showStatements(box, page) {
    page.statements.forEach(function (r) {
      var item = el("div", null, "kg-statement");
      var qual = r.negated ? "negated" : r.modality;
      item.appendChild(el("strong", r.subject + " — " + r.relation + " → " + r.object));
      if (qual !== "asserted") { item.appendChild(el("span", " (" + qual + ")")); }
      if (r.sentence) { item.appendChild(el("blockquote", r.sentence)); }
      var extra = [];
      if (r.time) { extra.push("time " + r.time); }
      if (r.place) { extra.push("place " + localName(r.place)); }
      if (r.attributed_to) { extra.push("according to " + localName(r.attributed_to)); }
      if (r.confidence !== null) { extra.push("confidence " + r.confidence); }
      item.appendChild(el("div", [r.date || "undated", r.title || "", r.doc].concat(extra).filter(Boolean).join(" · "), "kg-meta"));
      box.appendChild(item);
    });
  }

  function details(key, offset) {
    var edge = edges.get(key);
    if (!edge) { return Promise.resolve(); }
    var started = performance.now();
    var box = $("kg-details");
    offset = offset || 0;
    if (!offset) { box.textContent = ""; setStatus("statements", 0); }
    message("loading statements …");
    return api("statements", { a: edge.kgPair[0], b: edge.kgPair[1], offset: offset, limit: 50 }).then(function (page) {
      var old = box.querySelector(".kg-more");
      if (old) { old.remove(); }
      showStatements(box, page);
      if (!offset && !page.statements.length) { box.appendChild(el("p", "No statements between these two.", "kg-meta")); }
      var shown = offset + page.statements.length;
      setStatus("statements", shown);
      if (page.more) {
        var more = el("button", "more statements", "kg-more");
        more.type = "button";
        more.addEventListener("click", function () { details(key, shown).catch(failed); });
        box.appendChild(more);
      }
      message("");
      timed("details", started);
    });
  }

  function failed(err) { message(String(err.message || err)); setStatus("failed", 1); }

  // -- result tables: named queries and SPARQL --------------------------------------------------
  var table = null;  // the answer shown: {columns: [...], rows: [[{type, value} | null]], truncated}
  var queries = {};
  function isActor(cell) { return !!cell && cell.type === "uri" && cell.value.indexOf(config.entity) === 0; }
  function tableFailed(err) {
    table = null;
    $("kg-table-box").textContent = "";
    $("kg-draw").disabled = true;
    var line = $("kg-table-message");
    line.textContent = String(err.message || err);
    line.className = "kg-error";
    setStatus("rows", -1);
    setStatus("table-error", line.textContent);
  }
  function showTable(answer, started) {
    table = answer;
    var box = $("kg-table-box");
    box.textContent = "";
    var t = el("table");
    var head = el("tr");
    answer.columns.forEach(function (c) { head.appendChild(el("th", c)); });
    t.appendChild(head);
    var actors = 0;
    answer.rows.forEach(function (row) {
      var tr = el("tr");
      row.forEach(function (cell) {
        var td = el("td", cell ? (cell.type === "uri" ? localName(cell.value) : cell.value) : "");
        if (cell && cell.type === "uri") { td.title = cell.value; }
        if (isActor(cell)) { td.className = "kg-actor-cell"; actors += 1; }
        tr.appendChild(td);
      });
      t.appendChild(tr);
    });
    box.appendChild(t);
    var line = $("kg-table-message");
    line.className = "kg-meta";
    line.textContent = answer.rows.length + " row" + (answer.rows.length === 1 ? "" : "s") +
      (answer.truncated ? " (the first " + answer.rows.length + " shown)" : "") +
      (actors ? "" : "; no actors to draw");
    $("kg-draw").disabled = !actors;
    setStatus("rows", answer.rows.length);
    timed("table", started);
  }
  function showParams(name) {
    var q = queries[name];
    var box = $("kg-query-params");
    box.textContent = "";
    $("kg-query-about").textContent = q ? q.description : "";
    if (!q) { return; }
    q.params.forEach(function (p) {
      var label = el("label", p.name + (p.kind !== "string" ? " (" + p.kind + ")" : "") + " ");
      var input = el("input");
      input.name = p.name;
      input.setAttribute("data-kg-param", p.name);
      input.placeholder = p.default !== null ? p.default : p.description;
      input.title = p.description;
      input.required = p.default === null;
      if (p.kind === "integer") { input.inputMode = "numeric"; }
      label.appendChild(input);
      box.appendChild(label);
    });
  }
  function loadQueries() {
    return api("queries", {}).then(function (answer) {
      var select = $("kg-query-name");
      answer.queries.forEach(function (q) {
        queries[q.name] = q;
        var option = el("option", q.name);
        option.value = q.name;
        select.appendChild(option);
      });
      showParams(select.value);
      setStatus("queries", answer.queries.length);
    });
  }
  function runNamed() {
    var started = performance.now();
    var params = { name: $("kg-query-name").value };
    [].forEach.call($("kg-query-params").querySelectorAll("input"), function (input) {
      if (input.value.trim()) { params[input.name] = input.value.trim(); }
    });
    $("kg-table-message").textContent = "running …";
    return api("named", params).then(function (answer) { showTable(answer, started); });
  }
  function runSparql(text) {
    var started = performance.now();
    $("kg-table-message").textContent = "running …";
    return fetch("query", {
      method: "POST", credentials: "same-origin", body: new URLSearchParams({ query: text }),
      headers: { "Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded" } })
      .then(function (r) {
        if (!r.ok) { return refused(r); }
        return r.text().then(function (t) {
          var answer;
          try { answer = JSON.parse(t); } catch (ignored) {
            throw new Error("only SELECT and ASK answers can be shown here");
          }
          if (typeof answer.boolean === "boolean") {
            return { columns: ["answer"], rows: [[{ type: "literal", value: String(answer.boolean) }]] };
          }
          var vars = answer.head.vars;
          var bindings = answer.results.bindings;
          return { columns: vars, truncated: bindings.length > 1000,
                   rows: bindings.slice(0, 1000).map(function (b) {
                     return vars.map(function (v) {
                       if (!b[v]) { return null; }
                       return { type: b[v].type === "typed-literal" ? "literal" : b[v].type, value: b[v].value };
                     });
                   }) };
        });
      })
      .then(function (answer) { showTable(answer, started); });
  }
  function draw() {
    if (!table) { return Promise.resolve(); }
    var started = performance.now();
    var rows = table.rows.map(function (row) {
      var seen = {};
      return row.filter(isActor).map(function (c) { return c.value; })
        .filter(function (iri) { return seen[iri] ? false : (seen[iri] = true); });
    });
    var all = [];
    var known = {};
    rows.forEach(function (row) {
      row.forEach(function (iri) { if (!known[iri]) { known[iri] = true; all.push(iri); } });
    });
    all = all.slice(0, 200);
    return api("actors", { iri: all }).then(function (answer) {
      var fresh = answer.actors.filter(function (a) { return !nodes.get(a.iri); });
      var radius = 150 + 15 * fresh.length;
      fresh.forEach(function (a, i) {
        var angle = 2 * Math.PI * i / Math.max(1, fresh.length);
        addNode(a.iri, a.label, a.type, radius * Math.cos(angle), radius * Math.sin(angle));
      });
      answer.actors.forEach(function (a) { addNode(a.iri, a.label, a.type); });
      rows.forEach(function (row) {
        for (var i = 0; i < row.length; i += 1) {
          for (var j = i + 1; j < row.length; j += 1) {
            var key = pairKey(row[i], row[j]);
            if (!nodes.get(row[i]) || !nodes.get(row[j]) || edges.get(key)) { continue; }
            edges.add({ id: key, from: row[i], to: row[j], label: "", kgPair: [row[i], row[j]],
                        dashes: true, title: "in one result row · click for statements" });
          }
        }
      });
      counts();
      setStatus("drawn", answer.actors.length);
      network.fit({ animation: false });
      network.redraw();
      timed("draw", started);
    });
  }

  network.on("click", function (params) {
    if (params.nodes.length) { expand(params.nodes[0]).catch(failed); }
    else if (params.edges.length) { details(params.edges[0]).catch(failed); }
  });
  $("kg-search-form").addEventListener("submit", function (e) {
    e.preventDefault();
    search($("kg-search").value).catch(failed);
  });
  $("kg-clear").addEventListener("click", function () {
    nodes.clear(); edges.clear(); expanded = {};
    $("kg-details").textContent = ""; counts();
  });
  $("kg-query-name").addEventListener("change", function () { showParams($("kg-query-name").value); });
  $("kg-named-form").addEventListener("submit", function (e) {
    e.preventDefault();
    runNamed().catch(tableFailed);
  });
  $("kg-sparql-form").addEventListener("submit", function (e) {
    e.preventDefault();
    runSparql($("kg-sparql").value).catch(tableFailed);
  });
  $("kg-draw").addEventListener("click", function () { draw().catch(failed); });
  loadQueries().catch(tableFailed);
  api("search", { q: "" }).catch(function () {});  // the server starts reading its name index
  setStatus("ready-ms", Math.round(performance.now()));
  setStatus("ready", 1);
})();
