/* kg explorer: search actors, grow their neighbourhood, read a line's statements.
   Every question goes to this server's own SPARQL endpoint (/query, same origin: the page's
   Content-Security-Policy allows no other address); all text from the store is inserted with
   textContent, never as HTML. */
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
  var PREFIXES = "PREFIX kg: <https://w3id.org/kgnews/ontology#>\n" +
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" +
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" +
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n" +
    "PREFIX dcterms: <http://purl.org/dc/terms/>\n";
  var KG = "https://w3id.org/kgnews/ontology#";
  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var statements = {};  // edge id -> {statement iri -> row}
  var expanded = {};
  var network = new vis.Network($("kg-network"), { nodes: nodes, edges: edges }, {
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 150 } },
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
  function sparql(query) {
    var body = new URLSearchParams();
    body.set("query", PREFIXES + query);
    return fetch("query", { method: "POST", body: body, credentials: "same-origin",
                            headers: { "Accept": "application/sparql-results+json" } })
      .then(function (r) {
        if (!r.ok) { return r.text().then(function (t) { throw new Error(t || r.statusText); }); }
        return r.json();
      })
      .then(function (j) { return j.results.bindings; });
  }
  function v(row, name) { return row[name] ? row[name].value : ""; }
  function literal(text) { return JSON.stringify(String(text)); }  // a valid SPARQL string
  function iri(text) {
    if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(text)) { throw new Error("not an IRI: " + text); }
    return "<" + text + ">";
  }
  function localName(text) { return text.replace(/^.*[#\/]/, ""); }
  function typeOf(t) { var n = t && t.indexOf(KG) === 0 ? t.slice(KG.length) : ""; return styles[n] ? n : ""; }
  function colour(kind) { return (styles[kind] || styles.Concept).color; }
  function counts() { setStatus("nodes", nodes.length); setStatus("edges", edges.length); }

  function addNode(id, label, kind) {
    var existing = nodes.get(id);
    if (existing) {
      if (kind && existing.kgType !== kind) {
        nodes.update({ id: id, kgType: kind, color: { background: colour(kind), border: "#333333" } });
      }
      return;
    }
    nodes.add({ id: id, label: label || localName(id), kgType: kind || "",
                title: (kind || "actor") + " · click to add its partners",
                color: { background: colour(kind), border: "#333333" } });
  }

  function search(text) {
    message("searching …");
    return sparql(
      "SELECT ?a (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?st) AS ?n) WHERE {\n" +
      "  { SELECT DISTINCT ?a WHERE { ?a kg:searchKey ?k FILTER(CONTAINS(?k, " +
      literal(text.trim().toLowerCase()) + ")) } LIMIT 50 }\n" +
      "  ?a rdfs:label ?l .\n" +
      "  OPTIONAL { ?a a ?t FILTER(STRSTARTS(STR(?t), STR(kg:))) }\n" +
      "  OPTIONAL { { ?st rdf:subject ?a } UNION { ?st rdf:object ?a } }\n" +
      "} GROUP BY ?a ORDER BY DESC(?n) ?label LIMIT 20").then(function (rows) {
      var box = $("kg-results");
      box.textContent = "";
      rows.forEach(function (row) {
        var b = el("button");
        b.type = "button";
        b.setAttribute("data-kg-actor", v(row, "a"));
        var sw = el("span", null, "kg-swatch");
        sw.style.background = colour(typeOf(v(row, "type")));
        b.appendChild(sw);
        b.appendChild(document.createTextNode(v(row, "label") + " (" + v(row, "n") + ")"));
        b.addEventListener("click", function () {
          addNode(v(row, "a"), v(row, "label"), typeOf(v(row, "type")));
          expand(v(row, "a"));
        });
        box.appendChild(b);
      });
      if (!rows.length) { box.appendChild(el("p", "No actor's name contains " + literal(text) + ".")); }
      setStatus("found", rows.length);
      message("");
    });
  }

  function expand(id) {
    if (expanded[id]) { network.selectNodes([id]); return Promise.resolve(); }
    expanded[id] = true;
    message("loading …");
    var x = iri(id);
    return sparql(
      "SELECT ?st ?s ?sl ?st_t ?p ?pl ?o ?ol ?ot ?neg ?mod ?sentence ?doc ?title ?date WHERE {\n" +
      "  { SELECT DISTINCT ?st WHERE { { ?st rdf:subject " + x + " } UNION { ?st rdf:object " + x + " } } LIMIT 300 }\n" +
      "  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .\n" +
      "  OPTIONAL { ?s rdfs:label ?sl } OPTIONAL { ?o rdfs:label ?ol } OPTIONAL { ?p rdfs:label ?pl }\n" +
      "  OPTIONAL { ?s a ?st_t FILTER(STRSTARTS(STR(?st_t), STR(kg:))) }\n" +
      "  OPTIONAL { ?o a ?ot FILTER(STRSTARTS(STR(?ot), STR(kg:))) }\n" +
      "  OPTIONAL { ?st kg:negated ?neg } OPTIONAL { ?st kg:modality ?mod }\n" +
      "  OPTIONAL { ?st kg:sentence ?sentence } OPTIONAL { ?st dcterms:date ?date }\n" +
      "  OPTIONAL { ?st prov:wasDerivedFrom ?d . OPTIONAL { ?d kg:docId ?doc } OPTIONAL { ?d dcterms:title ?title } }\n" +
      "}").then(function (rows) {
      rows.forEach(function (row) {
        var s = v(row, "s"), o = v(row, "o");
        addNode(s, v(row, "sl"), typeOf(v(row, "st_t")));
        addNode(o, v(row, "ol"), typeOf(v(row, "ot")));
        var key = s < o ? s + "\u0000" + o : o + "\u0000" + s;
        // ontology relations are camelCase local names (memberOf → member of)
        var relation = v(row, "pl") || localName(v(row, "p")).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
        var rows_ = statements[key] || (statements[key] = {});
        rows_[v(row, "st")] = {
          subject: v(row, "sl") || localName(s), relation: relation, object: v(row, "ol") || localName(o),
          negated: v(row, "neg") === "true", modality: localName(v(row, "mod") || "asserted"),
          sentence: v(row, "sentence"), doc: v(row, "doc"), title: v(row, "title"), date: v(row, "date")
        };
        var list = Object.keys(rows_).map(function (k) { return rows_[k]; });
        var label = list.length === 1 ? relation : list[0].relation + " ×" + list.length;
        var edge = { id: key, from: s, to: o, label: label, width: Math.min(6, 1 + Math.log2(list.length)),
                     arrows: list.every(function (r) { return r.subject === list[0].subject; }) ? "to" : "" };
        if (edges.get(key)) { edges.update(edge); } else { edges.add(edge); }
      });
      counts();
      message(rows.length ? "" : "no statements");
      network.fit({ animation: false });
      setStatus("expanded", Object.keys(expanded).length);
    });
  }

  function details(key) {
    var box = $("kg-details");
    box.textContent = "";
    var list = Object.keys(statements[key] || {}).map(function (k) { return statements[key][k]; });
    list.sort(function (a, b) { return (a.date || "9999").localeCompare(b.date || "9999") || a.doc.localeCompare(b.doc); });
    box.appendChild(el("p", list.length + " statement(s)"));
    list.forEach(function (r) {
      var item = el("div", null, "kg-statement");
      var qual = r.negated ? "negated" : r.modality;
      item.appendChild(el("strong", r.subject + " — " + r.relation + " → " + r.object));
      if (qual !== "asserted") { item.appendChild(el("span", " (" + qual + ")")); }
      if (r.sentence) { item.appendChild(el("blockquote", r.sentence)); }
      item.appendChild(el("div", [r.date || "undated", r.title || "", r.doc].filter(Boolean).join(" · "), "kg-meta"));
      box.appendChild(item);
    });
    setStatus("statements", list.length);
  }

  network.on("click", function (params) {
    var run;
    if (params.nodes.length) { run = expand(params.nodes[0]); }
    else if (params.edges.length) { details(params.edges[0]); }
    if (run) { run.catch(function (err) { message(String(err.message || err)); setStatus("failed", 1); }); }
  });
  $("kg-search-form").addEventListener("submit", function (e) {
    e.preventDefault();
    search($("kg-search").value).catch(function (err) { message(String(err.message || err)); setStatus("failed", 1); });
  });
  $("kg-clear").addEventListener("click", function () {
    nodes.clear(); edges.clear(); statements = {}; expanded = {};
    $("kg-details").textContent = ""; counts();
  });
  setStatus("ready", 1);
})();
