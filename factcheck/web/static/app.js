// factcheck page: paste a story, check it, walk through the findings, apply fixes.
//
// Rules this file keeps:
// - Story text reaches the DOM only through textContent and text nodes, never as markup.
// - The API's start/end are code-point offsets (Python str indices); JS strings are
//   UTF-16, so every offset goes through offsetMap() before slicing.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const ui = {
    text: $("text"), review: $("review"), date: $("date"), country: $("country"),
    check: $("check"), edit: $("edit"), open: $("open"), file: $("file"),
    figuresToggle: $("figures-toggle"), undo: $("undo"), status: $("status"),
    detail: $("detail"), severity: $("detail-severity"), category: $("detail-category"),
    rule: $("detail-rule"), pos: $("detail-pos"), quote: $("detail-quote"),
    message: $("detail-message"), suggestionBox: $("suggestion-box"),
    suggestion: $("detail-suggestion"), apply: $("apply"), noSuggestion: $("no-suggestion"),
    evidence: $("evidence"), evidenceBox: $("evidence-box"), prev: $("prev"), next: $("next"),
    intro: $("intro"), list: $("finding-list"), figures: $("figures"), figureRows: $("figure-rows"),
  };

  const SEVERITY_RANK = { error: 2, warning: 1, info: 0 };
  const REQUEST_TIMEOUT_MS = 30000;
  const MAX_FIGURE_ROWS = 1000;

  const state = {
    text: null,          // the text the current results belong to
    toU16: (cp) => cp,   // code point offset -> UTF-16 index in state.text
    findings: [],
    quantities: null,    // null until fetched for state.text
    document: null,
    selected: -1,
    anchors: [],         // finding index -> the element where it starts
    stale: false,
    showFigures: false,
    undo: null,          // {text, label} before the last applied suggestion
    fixed: null,         // {start, end} code points of the last applied suggestion
    busy: false,
  };

  // -- offsets ---------------------------------------------------------------------

  // Python counts code points, JS counts UTF-16 units; they differ after any
  // character outside the Basic Multilingual Plane (emoji, some CJK).
  function offsetMap(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => Math.max(0, Math.min(cp, text.length));
    const units = new Uint32Array(text.length + 1);
    let cp = 0, u = 0;
    for (const ch of text) { units[cp++] = u; u += ch.length; }
    units[cp] = u;
    return (i) => units[Math.max(0, Math.min(i, cp))];
  }

  // -- front matter ----------------------------------------------------------------

  function readFrontMatter(text) {
    const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    if (!m) return {};
    const out = {};
    const line = /^(date|country)[ \t]*:[ \t]*["']?([^"'#\r\n]*?)["']?[ \t]*(?:#.*)?$/gm;
    let k;
    while ((k = line.exec(m[1] || "")) !== null) {
      const value = k[2].trim();
      if (k[1] === "date" && /^\d{4}-\d{2}-\d{2}/.test(value)) out.date = value.slice(0, 10);
      if (k[1] === "country" && /^[A-Za-z]{2}$/.test(value)) out.country = value.toUpperCase();
    }
    return out;
  }

  function fillFromFrontMatter(text) {
    const fm = readFrontMatter(text);
    for (const [key, input] of [["date", ui.date], ["country", ui.country]]) {
      if (fm[key]) {
        input.value = fm[key];
        input.classList.add("from-front-matter");
        input.title = "From the story's front matter";
      } else if (input.classList.contains("from-front-matter")) {
        input.classList.remove("from-front-matter");
        input.removeAttribute("title");
      }
    }
  }

  // -- talking to the server -----------------------------------------------------------

  async function api(path, payload) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let response;
    try {
      response = await fetch(path, {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: payload,
        signal: controller.signal,
      });
    } catch (err) {
      throw new Error(err.name === "AbortError"
        ? "The server took too long to answer."
        : "Cannot reach the factcheck server. Is `factcheck serve` still running?");
    } finally {
      clearTimeout(timer);
    }
    let data = null;
    try { data = await response.json(); } catch (_) { /* not JSON: reported below */ }
    if (!response.ok) {
      throw new Error((data && data.error) || `The server answered ${response.status}.`);
    }
    if (!data) throw new Error("The server sent an answer that is not JSON.");
    return data;
  }

  function payloadFor(text) {
    return JSON.stringify({
      text,
      date: ui.date.value || null,
      country: ui.country.value.trim().toUpperCase() || null,
    });
  }

  // -- checking ----------------------------------------------------------------------

  async function runCheck(announce) {
    if (state.busy) return;
    const text = ui.text.value;
    if (!text.trim()) {
      setStatus("Nothing to check yet: paste or type a story, or open a .md file.", "problem");
      ui.text.focus();
      return;
    }
    if (ui.country.value && !/^[A-Za-z]{2}$/.test(ui.country.value.trim())) {
      setStatus("Country must be a two-letter code such as PK, IN or GB.", "problem");
      ui.country.focus();
      return;
    }
    setBusy(true);
    setStatus("Checking…", "busy");
    const payload = payloadFor(text);
    try {
      const [checked, extracted] = await Promise.all([
        api("/api/check", payload),
        state.showFigures ? api("/api/extract", payload) : Promise.resolve(null),
      ]);
      state.text = text;
      state.toU16 = offsetMap(text);
      state.findings = checked.findings.slice().sort((a, b) => a.start - b.start || a.end - b.end);
      state.quantities = extracted ? extracted.quantities : null;
      state.document = checked.document || null;
      state.stale = false;
      ui.intro.hidden = true;
      if (state.document) reflectDocument(state.document);
      showReview();
      render();
      renderFigures();
      const summary = summarise(state.findings);
      setStatus((announce ? announce + " " : "") + summary.text, summary.kind);
      if (state.findings.length) {
        select(0, { focus: true });
      } else {
        hideDetail();
        ui.review.focus();
      }
    } catch (err) {
      setStatus(err.message, "problem");
    } finally {
      setBusy(false);
    }
  }

  function reflectDocument(doc) {
    // The server applies front matter over the fields; show what it used.
    if (doc.front_matter && doc.front_matter.date && doc.date) ui.date.value = doc.date;
    if (doc.front_matter && doc.front_matter.country && doc.country) ui.country.value = doc.country;
  }

  function summarise(findings) {
    if (!findings.length) {
      return { text: "No findings: nothing in this story looks wrong to factcheck.", kind: "ok" };
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity] = (counts[f.severity] || 0) + 1;
    const parts = ["error", "warning", "info"].filter((s) => counts[s])
      .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`);
    const n = findings.length;
    return { text: `${n} finding${n === 1 ? "" : "s"}: ${parts.join(", ")}.`, kind: counts.error ? "problem" : "" };
  }

  // -- the highlighted story ------------------------------------------------------------

  function render() {
    const text = state.text;
    const u = state.toU16;
    const spans = [];    // {s, e, kind: "finding"|"related"|"figure", i}
    state.findings.forEach((f, i) => {
      spans.push({ s: u(f.start), e: u(f.end), kind: "finding", i });
      for (const r of f.related || []) spans.push({ s: u(r.start), e: u(r.end), kind: "related", i });
    });
    if (state.fixed) spans.push({ s: u(state.fixed.start), e: u(state.fixed.end), kind: "fixed", i: 0 });
    if (state.showFigures && state.quantities) {
      state.quantities.forEach((q, i) => spans.push({ s: u(q.start), e: u(q.end), kind: "figure", i }));
    }
    const bodyStart = state.document ? u(state.document.body_start || 0) : 0;

    const cuts = new Set([0, text.length, bodyStart]);
    const startsAt = new Map();
    const endsAt = new Map();
    for (const sp of spans) {
      if (sp.e <= sp.s) continue;
      cuts.add(sp.s); cuts.add(sp.e);
      if (!startsAt.has(sp.s)) startsAt.set(sp.s, []);
      startsAt.get(sp.s).push(sp);
      if (!endsAt.has(sp.e)) endsAt.set(sp.e, []);
      endsAt.get(sp.e).push(sp);
    }
    const points = Array.from(cuts).filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);

    const frag = document.createDocumentFragment();
    const active = new Set();
    state.anchors = new Array(state.findings.length).fill(null);
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      for (const sp of endsAt.get(a) || []) active.delete(sp);
      for (const sp of startsAt.get(a) || []) active.add(sp);
      const piece = text.slice(a, b);
      const covering = [], related = [], figures = [];
      let fixed = false;
      for (const sp of active) {
        if (sp.kind === "fixed") fixed = true;
        else if (sp.kind === "finding") covering.push(sp.i);
        else if (sp.kind === "related") related.push(sp.i);
        else figures.push(sp.i);
      }
      const inFrontMatter = a < bodyStart;
      if (!covering.length && !related.length && !figures.length && !fixed) {
        if (inFrontMatter) {
          const el = document.createElement("span");
          el.className = "front-matter";
          el.textContent = piece;
          frag.appendChild(el);
        } else {
          frag.appendChild(document.createTextNode(piece));
        }
        continue;
      }
      const el = document.createElement(covering.length ? "mark" : "span");
      el.textContent = piece;
      if (inFrontMatter) el.classList.add("front-matter");
      if (fixed) {
        el.classList.add("fixed");
        el.title = "Changed by the last fix";
      }
      if (figures.length) {
        el.classList.add("fig");
        const q = state.quantities[figures[0]];
        el.title = describeQuantity(q);
      }
      if (related.length) el.dataset.related = related.join(" ");
      if (covering.length) {
        covering.sort((x, y) => rank(y) - rank(x) || width(x) - width(y) || x - y);
        el.classList.add("hl", "sev-" + state.findings[covering[0]].severity);
        el.dataset.findings = covering.join(" ");
        const starting = covering.filter((i) => u(state.findings[i].start) === a);
        for (const i of starting) if (!state.anchors[i]) state.anchors[i] = el;
        if (starting.length) {
          el.tabIndex = 0;
          el.setAttribute("role", "button");
          el.setAttribute("aria-label", starting.map(labelFor).join(" Also: "));
        }
      }
      frag.appendChild(el);
    }
    ui.review.replaceChildren(frag);
    renderList();
    if (state.selected >= 0) markSelected();
  }

  const rank = (i) => SEVERITY_RANK[state.findings[i].severity] || 0;
  const width = (i) => state.findings[i].end - state.findings[i].start;

  function labelFor(i) {
    const f = state.findings[i];
    return `${f.severity} ${i + 1} of ${state.findings.length}, ${f.category}: ${f.text}. ${f.message}`;
  }

  function describeQuantity(q) {
    const value = q.value === null || q.value === undefined ? "" : formatNumber(q.value);
    const range = q.low !== null && q.low !== undefined || q.high !== null && q.high !== undefined
      ? ` (${q.low ?? "…"} to ${q.high ?? "…"})` : "";
    return `${q.kind}: ${value}${q.unit ? " " + q.unit : ""}${range}`;
  }

  function formatNumber(x) {
    if (typeof x !== "number") return String(x);
    if (Math.abs(x) >= 10000) return x.toLocaleString("en-US", { maximumFractionDigits: 6 });
    return String(x);
  }

  // -- findings list and detail ------------------------------------------------------

  function renderList() {
    const items = state.findings.map((f, i) => {
      const li = document.createElement("li");
      const btn = document.createElement("button");
      btn.type = "button";
      btn.dataset.index = String(i);
      const badge = document.createElement("span");
      badge.className = "badge sev-" + f.severity;
      badge.textContent = f.severity;
      const what = document.createElement("span");
      what.className = "what";
      what.textContent = f.text;
      const why = document.createElement("span");
      why.className = "why";
      why.textContent = f.message;
      btn.append(badge, what, why);
      btn.setAttribute("aria-label", labelFor(i));
      li.appendChild(btn);
      return li;
    });
    ui.list.replaceChildren(...items);
    ui.list.classList.toggle("stale", state.stale);
  }

  function select(i, { focus = false, from = "text" } = {}) {
    if (i < 0 || i >= state.findings.length) return;
    state.selected = i;
    markSelected();
    showDetail(i);
    const anchor = state.anchors[i];
    if (anchor) {
      if (focus && from === "text") anchor.focus({ preventScroll: true });
      anchor.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
    if (focus && from === "list") {
      const btn = ui.list.querySelector(`button[data-index="${i}"]`);
      if (btn) btn.focus();
    }
  }

  function markSelected() {
    const i = state.selected;
    for (const el of ui.review.querySelectorAll(".selected, .related")) el.classList.remove("selected", "related");
    for (const el of ui.review.querySelectorAll("mark[data-findings]")) {
      if (el.dataset.findings.split(" ").includes(String(i))) el.classList.add("selected");
    }
    for (const el of ui.review.querySelectorAll("[data-related]")) {
      if (el.dataset.related.split(" ").includes(String(i))) el.classList.add("related");
    }
    for (const btn of ui.list.querySelectorAll("button")) {
      btn.setAttribute("aria-current", btn.dataset.index === String(i) ? "true" : "false");
    }
  }

  function showDetail(i) {
    const f = state.findings[i];
    ui.detail.hidden = false;
    ui.detail.className = "detail sev-" + f.severity + (state.stale ? " stale" : "");
    ui.severity.className = "badge sev-" + f.severity;
    ui.severity.textContent = f.severity;
    ui.category.textContent = f.category;
    ui.rule.textContent = f.rule;
    ui.rule.title = f.name || "";
    ui.pos.textContent = `${i + 1} of ${state.findings.length} · line ${f.line}`;
    ui.quote.textContent = f.text;
    ui.message.textContent = f.message;
    const hasSuggestion = typeof f.suggestion === "string" && f.suggestion.length > 0;
    ui.suggestionBox.hidden = !hasSuggestion;
    ui.noSuggestion.hidden = hasSuggestion;
    if (hasSuggestion) {
      ui.suggestion.textContent = f.suggestion;
      ui.apply.disabled = state.stale || state.busy;
      ui.apply.setAttribute("aria-label", `Replace ${f.text} with ${f.suggestion} and check again`);
    }
    const rows = evidenceRows(f.evidence || {});
    ui.evidence.replaceChildren(...rows);
    ui.evidenceBox.hidden = rows.length === 0;
    ui.prev.disabled = i === 0;
    ui.next.disabled = i === state.findings.length - 1;
  }

  // Evidence is whatever the rule recorded: numbers, strings, and nested records
  // (the reference row, the exchange rate used). Nested records become nested lists.
  function evidenceRows(record) {
    const rows = [];
    for (const [key, value] of Object.entries(record)) {
      const dt = document.createElement("dt");
      dt.textContent = key.replace(/_/g, " ");
      const dd = document.createElement("dd");
      dd.append(evidenceValue(value));
      rows.push(dt, dd);
    }
    return rows;
  }

  function evidenceValue(value) {
    if (value === null || value === undefined) return "—";
    if (typeof value === "number") return formatNumber(value);
    if (typeof value === "string" || typeof value === "boolean") return String(value);
    if (Array.isArray(value)) {
      if (value.length === 2 && value.every((v) => typeof v === "number")) {
        return `${formatNumber(value[0])} to ${formatNumber(value[1])}`;
      }
      if (value.every((v) => v === null || typeof v !== "object")) return value.map(evidenceValue).join(", ");
      const frag = document.createDocumentFragment();
      for (const item of value) frag.append(evidenceValue(item));
      return frag;
    }
    const dl = document.createElement("dl");
    dl.className = "nested";
    dl.append(...evidenceRows(value));
    return dl;
  }

  function hideDetail() {
    state.selected = -1;
    ui.detail.hidden = true;
  }

  // -- applying a suggestion ------------------------------------------------------------

  async function applySuggestion() {
    const i = state.selected;
    const f = state.findings[i];
    if (!f || !f.suggestion || state.stale || state.busy) return;
    const before = state.text;
    const u = state.toU16;
    const after = before.slice(0, u(f.start)) + f.suggestion + before.slice(u(f.end));
    state.undo = { text: before, label: `${f.text} → ${f.suggestion}` };
    const suggestionLength = Array.from(f.suggestion).length;
    state.fixed = { start: f.start, end: f.start + suggestionLength };
    ui.text.value = after;
    state.selected = -1;
    ui.undo.hidden = false;
    ui.undo.textContent = `Undo “${f.text} → ${f.suggestion}”`;
    await runCheck(`Replaced “${f.text}” with “${f.suggestion}”.`);
  }

  async function undoFix() {
    if (!state.undo || state.busy) return;
    const { text, label } = state.undo;
    state.undo = null;
    ui.undo.hidden = true;
    ui.text.value = text;
    state.selected = -1;
    state.fixed = null;
    await runCheck(`Undid “${label}”.`);
  }

  // -- figures --------------------------------------------------------------------------

  async function toggleFigures() {
    state.showFigures = !state.showFigures;
    ui.figuresToggle.setAttribute("aria-pressed", String(state.showFigures));
    ui.figuresToggle.textContent = state.showFigures ? "Hide figures" : "Show figures";
    if (state.showFigures && state.text !== null && !state.quantities) {
      try {
        setBusy(true);
        const data = await api("/api/extract", payloadFor(state.text));
        state.quantities = data.quantities;
      } catch (err) {
        setStatus(err.message, "problem");
      } finally {
        setBusy(false);
      }
    }
    if (state.text !== null) render();
    renderFigures();
  }

  function renderFigures() {
    const show = state.showFigures && Array.isArray(state.quantities);
    ui.figures.hidden = !show;
    if (!show) return;
    const qs = state.quantities;
    document.getElementById("figures-heading").textContent = `Figures (${qs.length})`;
    const rows = qs.slice(0, MAX_FIGURE_ROWS).map((q) => {
      const tr = document.createElement("tr");
      const range = (q.low !== null && q.low !== undefined) || (q.high !== null && q.high !== undefined)
        ? ` (${q.low === null || q.low === undefined ? "…" : formatNumber(q.low)}–${q.high === null || q.high === undefined ? "…" : formatNumber(q.high)})` : "";
      for (const cell of [q.text, q.kind, (q.value === null ? "—" : formatNumber(q.value)) + range, q.unit || ""]) {
        const td = document.createElement("td");
        td.textContent = cell;
        tr.appendChild(td);
      }
      return tr;
    });
    ui.figureRows.replaceChildren(...rows);
  }

  // -- modes, status, busy --------------------------------------------------------------

  function showReview() {
    ui.text.hidden = true;
    ui.review.hidden = false;
    ui.edit.hidden = false;
  }

  function showEditor() {
    ui.review.hidden = true;
    ui.text.hidden = false;
    ui.edit.hidden = true;
    ui.text.focus();
  }

  function markStale() {
    if (state.text === null || state.stale || ui.text.value === state.text) return;
    state.stale = true;
    state.fixed = null;
    ui.list.classList.add("stale");
    ui.detail.classList.add("stale");
    ui.apply.disabled = true;
    state.undo = null;
    ui.undo.hidden = true;
    setStatus("The text has changed since the last check. Press Check again.", "");
  }

  function setStatus(message, kind) {
    ui.status.textContent = message;
    ui.status.className = "status" + (kind ? " " + kind : "");
  }

  function setBusy(busy) {
    state.busy = busy;
    ui.check.disabled = busy;
    ui.apply.disabled = busy || state.stale;
    document.querySelector(".story-panel").setAttribute("aria-busy", String(busy));
  }

  // -- opening a file ---------------------------------------------------------------------

  function openFile(file) {
    if (!file) return;
    if (file.size > 5_000_000) {
      setStatus(`${file.name} is too large to check here (${Math.round(file.size / 1e6)} MB).`, "problem");
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      let text = String(reader.result);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      ui.text.value = text;
      fillFromFrontMatter(text);
      showEditor();
      markStale();
      setStatus(`Opened ${file.name}. Press Check.`, "");
    };
    reader.onerror = () => setStatus(`Could not read ${file.name}.`, "problem");
    reader.readAsText(file, "utf-8");
  }

  // -- keyboard and events --------------------------------------------------------------------

  function move(i, delta, from) {
    const n = state.findings.length;
    if (!n) return;
    const next = Math.max(0, Math.min(n - 1, (i < 0 ? (delta > 0 ? -1 : n) : i) + delta));
    select(next, { focus: true, from });
  }

  const NAV_KEYS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

  function findingsAt(el) {
    return el && el.dataset && el.dataset.findings ? el.dataset.findings.split(" ").map(Number) : [];
  }

  // A click focuses the highlight before it clicks it; let the click decide.
  let pointerDown = false;
  ui.review.addEventListener("mousedown", () => { pointerDown = true; });
  document.addEventListener("mouseup", () => { setTimeout(() => { pointerDown = false; }, 0); });

  ui.review.addEventListener("click", (event) => {
    const el = event.target.closest("mark[data-findings]");
    if (!el) return;
    const ids = findingsAt(el);
    // Clicking again on overlapping findings walks through them.
    const at = ids.indexOf(state.selected);
    select(ids[(at + 1) % ids.length], { focus: false });
  });

  ui.review.addEventListener("keydown", (event) => {
    const el = event.target.closest && event.target.closest("mark[data-findings]");
    if (event.key in NAV_KEYS) {
      event.preventDefault();
      const current = el ? anchorIndex(el) : state.selected;
      move(current, NAV_KEYS[event.key], "text");
    } else if (event.key === "Home" || event.key === "End") {
      event.preventDefault();
      select(event.key === "Home" ? 0 : state.findings.length - 1, { focus: true });
    } else if ((event.key === "Enter" || event.key === " ") && el) {
      event.preventDefault();
      const starting = state.anchors.map((a, i) => (a === el ? i : -1)).filter((i) => i >= 0);
      const at = starting.indexOf(state.selected);
      select(starting.length ? starting[(at + 1) % starting.length] : findingsAt(el)[0], { focus: true });
    } else if (event.key === "Escape") {
      showEditor();
    }
  });

  function anchorIndex(el) {
    if (state.selected >= 0 && state.anchors[state.selected] === el) return state.selected;
    const i = state.anchors.indexOf(el);
    return i >= 0 ? i : state.selected;
  }

  // Tabbing onto a highlight selects it, so the detail panel follows the focus.
  ui.review.addEventListener("focusin", (event) => {
    const el = event.target;
    if (pointerDown || !(el instanceof HTMLElement) || !el.dataset.findings) return;
    if (state.selected >= 0 && state.anchors[state.selected] === el) return;
    const i = state.anchors.indexOf(el);
    if (i >= 0) select(i, { focus: false });
  });

  ui.list.addEventListener("click", (event) => {
    const btn = event.target.closest("button[data-index]");
    if (btn) select(Number(btn.dataset.index), { focus: false });
  });
  ui.list.addEventListener("keydown", (event) => {
    const btn = event.target.closest("button[data-index]");
    if (!btn || !(event.key in NAV_KEYS)) return;
    event.preventDefault();
    move(Number(btn.dataset.index), NAV_KEYS[event.key], "list");
  });

  ui.check.addEventListener("click", () => runCheck());
  ui.edit.addEventListener("click", showEditor);
  ui.apply.addEventListener("click", applySuggestion);
  ui.undo.addEventListener("click", undoFix);
  ui.prev.addEventListener("click", () => move(state.selected, -1, "text"));
  ui.next.addEventListener("click", () => move(state.selected, 1, "text"));
  ui.figuresToggle.addEventListener("click", toggleFigures);
  ui.open.addEventListener("click", () => ui.file.click());
  ui.file.addEventListener("change", () => { openFile(ui.file.files[0]); ui.file.value = ""; });

  let frontMatterTimer = 0;
  ui.text.addEventListener("input", () => {
    markStale();
    clearTimeout(frontMatterTimer);
    frontMatterTimer = setTimeout(() => fillFromFrontMatter(ui.text.value), 250);
  });
  for (const input of [ui.date, ui.country]) {
    input.addEventListener("input", () => {
      input.classList.remove("from-front-matter");
      input.removeAttribute("title");
    });
  }

  ui.text.addEventListener("dragover", (event) => {
    if (event.dataTransfer && Array.from(event.dataTransfer.types).includes("Files")) event.preventDefault();
  });
  ui.text.addEventListener("drop", (event) => {
    const file = event.dataTransfer && event.dataTransfer.files[0];
    if (file) { event.preventDefault(); openFile(file); }
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runCheck();
    }
  });

  // Say early if the engine is missing, rather than on the first Check.
  fetch("/api/health").then((r) => r.json()).then((h) => {
    if (h && h.engine === false) setStatus("This server can list figures but its checking engine is not installed.", "problem");
  }).catch(() => { /* offline page without server: Check will say so */ });
})();
