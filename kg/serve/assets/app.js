// The query page: saved questions, the editor, and a results table.
// Everything shown is inserted with textContent (never innerHTML), so no
// value from the store can become markup.
"use strict";

const ENTITY_NS = "https://w3id.org/newskg/id/entity/";
const ARTICLE_NS = "https://w3id.org/newskg/id/article/";
let prefixes = {};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
}

function compact(iri) {
  for (const [p, ns] of Object.entries(prefixes)) {
    if (p !== "kgid" && iri.startsWith(ns)) return p + ":" + iri.slice(ns.length);
  }
  if (prefixes.kgid && iri.startsWith(prefixes.kgid)) return "kgid:" + iri.slice(prefixes.kgid.length);
  return iri;
}

function termNode(term) {
  if (!term) return "";
  if (term.type === "uri") {
    const v = term.value;
    if (v.startsWith(ENTITY_NS)) {
      return el("a", { href: "/entity?iri=" + encodeURIComponent(v), class: "entity", title: v }, compact(v));
    }
    const rest = v.slice(ARTICLE_NS.length);
    if (v.startsWith(ARTICLE_NS) && rest && !rest.includes("/")) {
      return el("a", { href: "/article?id=" + encodeURIComponent(decodeURIComponent(rest)), class: "article", title: v }, compact(v));
    }
    return el("span", { class: "iri", title: v }, compact(v));
  }
  if (term.type === "bnode") return el("span", { class: "bnode" }, "_:" + term.value);
  if (term.type === "triple") return el("span", { class: "triple" }, "<< … >>");
  const lit = el("span", { class: "literal" }, term.value);
  if (term["xml:lang"]) lit.append(el("sup", { class: "lang" }, "@" + term["xml:lang"]));
  return lit;
}

function setStatus(text, kind) {
  const s = document.getElementById("status");
  s.textContent = text;
  s.className = "status" + (kind ? " " + kind : "");
}

function showTable(data, truncated, maxRows) {
  const out = document.getElementById("results");
  out.replaceChildren();
  const vars = data.head.vars;
  const rows = data.results.bindings;
  if (truncated) {
    out.append(el("p", { class: "warning" }, `Only the first ${maxRows} rows are shown: the server caps results (--max-rows).`));
  }
  const head = el("tr", {}, ...vars.map((v) => el("th", {}, "?" + v)));
  const body = el("tbody", {}, ...rows.map((b) => el("tr", {}, ...vars.map((v) => el("td", {}, termNode(b[v]))))));
  out.append(el("table", { id: "result-table", class: "table" }, el("thead", {}, head), body));
  setStatus(`${rows.length} row${rows.length === 1 ? "" : "s"}`, "ok");
}

async function runQuery() {
  const query = document.getElementById("editor").value;
  const out = document.getElementById("results");
  setStatus("Running…", "busy");
  const started = performance.now();
  let resp;
  try {
    resp = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/sparql-query",
        Accept: "application/sparql-results+json, text/turtle;q=0.9",
      },
      body: query,
    });
  } catch (err) {
    setStatus("The server did not answer: " + err, "error");
    return;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const type = resp.headers.get("Content-Type") || "";
  if (!resp.ok) {
    out.replaceChildren(el("pre", { class: "error" }, await resp.text()));
    setStatus(`Error ${resp.status}`, "error");
    return;
  }
  if (type.startsWith("text/turtle")) {
    out.replaceChildren(el("pre", { class: "turtle" }, await resp.text()));
    setStatus(`graph in ${seconds} s`, "ok");
    return;
  }
  const data = await resp.json();
  if (typeof data.boolean === "boolean") {
    out.replaceChildren(el("p", { class: "boolean" }, data.boolean ? "yes" : "no"));
    setStatus(`answer in ${seconds} s`, "ok");
    return;
  }
  showTable(data, resp.headers.get("X-KG-Truncated") === "true", resp.headers.get("X-KG-Max-Rows"));
  setStatus(`${data.results.bindings.length} rows in ${seconds} s`, "ok");
}

async function loadSaved(item, inputs, run) {
  const params = new URLSearchParams();
  for (const [name, input] of Object.entries(inputs)) params.set(name, input.value);
  const resp = await fetch(`/api/saved/${encodeURIComponent(item.name)}?${params}`);
  if (!resp.ok) {
    setStatus(await resp.text(), "error");
    return;
  }
  const data = await resp.json();
  document.getElementById("editor").value = data.query;
  if (run) await runQuery();
}

function savedItem(item) {
  const inputs = {};
  const fields = item.params.map((p) => {
    const input = el("input", { type: "text", name: p.name, value: p.default, "aria-label": p.name });
    inputs[p.name] = input;
    return el("label", { class: "param" }, el("span", { class: "pname" }, p.name), input, el("small", {}, p.description));
  });
  const runButton = el("button", { type: "button", class: "run-saved", "data-name": item.name }, "Run");
  const editButton = el("button", { type: "button", class: "secondary" }, "Edit");
  runButton.addEventListener("click", () => loadSaved(item, inputs, true));
  editButton.addEventListener("click", () => loadSaved(item, inputs, false));
  return el(
    "li",
    { class: "saved-item", "data-name": item.name },
    el("h3", {}, item.title),
    item.description ? el("p", { class: "desc" }, item.description) : null,
    ...fields,
    el("div", { class: "buttons" }, runButton, editButton),
  );
}

async function init() {
  document.getElementById("query-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    runQuery();
  });
  document.getElementById("editor").addEventListener("keydown", (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") {
      ev.preventDefault();
      runQuery();
    }
  });
  try {
    prefixes = await (await fetch("/api/prefixes")).json();
  } catch (err) {
    prefixes = {};
  }
  const list = document.getElementById("saved-list");
  try {
    const saved = await (await fetch("/api/saved")).json();
    list.replaceChildren(...saved.map(savedItem));
    if (!saved.length) list.replaceChildren(el("li", { class: "muted" }, "No saved questions."));
  } catch (err) {
    list.replaceChildren(el("li", { class: "error" }, "Could not load the saved questions."));
  }
  document.body.dataset.ready = "true";
}

document.addEventListener("DOMContentLoaded", init);
