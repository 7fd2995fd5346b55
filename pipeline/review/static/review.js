// newsevents review: decisions are posted as they are made; the page never holds state
// the server does not have.
(function () {
  "use strict";
  const root = document.querySelector(".doc");
  if (!root) return;
  const docId = root.dataset.docId;
  let selectedRow = null;
  let selection = null;

  async function decide(table, key, action, values) {
    const response = await fetch("/api/decision", {
      method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ doc_id: docId, table: table, key: key, action: action, values: values || {} }),
    });
    const body = await response.json();
    if (!response.ok) { alert(body.error || "The decision was not saved."); throw new Error(body.error); }
    return body;
  }

  function setStatus(row, status) {
    row.className = row.className.replace(/status-\S+/, "status-" + status);
    row.querySelector(".state").textContent = status;
  }

  function spansFor(key) {
    return Array.from(document.querySelectorAll(".hl")).filter((el) => el.dataset.keys.split(" ").includes(key));
  }

  document.querySelectorAll("tr.row").forEach((row) => {
    const table = row.dataset.table, key = row.dataset.key;
    row.querySelector(".accept").addEventListener("click", async () => { await decide(table, key, "accept"); setStatus(row, "accepted"); });
    row.querySelector(".reject").addEventListener("click", async () => { await decide(table, key, "reject"); setStatus(row, "rejected"); });
    row.querySelector(".edit").addEventListener("click", () => startEdit(row));
    row.addEventListener("mouseenter", () => spansFor(key).forEach((el) => el.classList.add("active")));
    row.addEventListener("mouseleave", () => spansFor(key).forEach((el) => el.classList.remove("active")));
    row.addEventListener("click", (event) => {
      if (event.target.closest("button, input")) return;
      document.querySelectorAll("tr.row.active").forEach((r) => r.classList.remove("active"));
      row.classList.add("active");
      selectedRow = row;
      document.getElementById("fix-span").disabled = !selection;
      const first = spansFor(key)[0];
      if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  });

  function startEdit(row) {
    if (row.classList.contains("editing")) return;
    row.classList.add("editing");
    row.querySelectorAll("td.editable").forEach((cell) => {
      const input = document.createElement("input");
      input.value = cell.textContent;
      input.name = cell.dataset.col;
      cell.textContent = "";
      cell.classList.add("editing");
      cell.appendChild(input);
    });
    const button = row.querySelector(".edit");
    button.textContent = "💾";
    button.title = "Save";
    button.onclick = async (event) => {
      event.stopPropagation();
      const values = {};
      row.querySelectorAll("td.editing input").forEach((input) => { values[input.name] = input.value; });
      await decide(row.dataset.table, row.dataset.key, "edit", values);
      row.querySelectorAll("td.editing").forEach((cell) => {
        const value = cell.querySelector("input").value;
        cell.classList.remove("editing");
        cell.textContent = value;
      });
      row.classList.remove("editing");
      button.textContent = "✎";
      button.title = "Edit values";
      button.onclick = null;
      setStatus(row, "edited");
    };
  }

  document.querySelectorAll(".hl").forEach((el) => {
    el.addEventListener("mouseenter", () => {
      el.dataset.keys.split(" ").forEach((key) => {
        const row = document.querySelector('tr.row[data-key="' + CSS.escape(key) + '"]');
        if (row) row.classList.add("active");
      });
    });
    el.addEventListener("mouseleave", () => document.querySelectorAll("tr.row.active").forEach((r) => { if (r !== selectedRow) r.classList.remove("active"); }));
    el.addEventListener("click", () => {
      const key = el.dataset.keys.split(" ")[0];
      const row = document.querySelector('tr.row[data-key="' + CSS.escape(key) + '"]');
      if (row) row.scrollIntoView({ block: "center", behavior: "smooth" });
    });
  });

  function offsetOf(node, offset) {
    // Code-point offset in the document text: each piece carries its start.
    const piece = node.nodeType === 3 ? node.parentElement : node;
    const start = Number(piece.dataset.start);
    return start + Array.from(node.textContent.slice(0, offset)).length;
  }

  document.getElementById("text").addEventListener("mouseup", () => {
    const sel = window.getSelection();
    const bar = document.getElementById("selection-bar");
    if (!sel || sel.isCollapsed) { bar.hidden = true; selection = null; return; }
    const a = offsetOf(sel.anchorNode, sel.anchorOffset), b = offsetOf(sel.focusNode, sel.focusOffset);
    selection = { start: Math.min(a, b), end: Math.max(a, b), text: sel.toString() };
    document.getElementById("selection-text").textContent = "“" + selection.text + "” (" + selection.start + "–" + selection.end + ")";
    document.getElementById("fix-span").disabled = !selectedRow;
    bar.hidden = false;
  });

  const spanColumns = { claims: ["content_start", "content_end"] };
  function spanValues(table) {
    const names = spanColumns[table] || ["start", "end"];
    const values = {};
    values[names[0]] = selection.start;
    values[names[1]] = selection.end;
    return values;
  }

  document.getElementById("add-row").addEventListener("click", async () => {
    if (!selection) return;
    const table = document.getElementById("add-table").value;
    await decide(table, "", "add", spanValues(table));
    window.location.reload();
  });

  document.getElementById("fix-span").addEventListener("click", async () => {
    if (!selection || !selectedRow) return;
    await decide(selectedRow.dataset.table, selectedRow.dataset.key, "edit", spanValues(selectedRow.dataset.table));
    window.location.reload();
  });

  document.getElementById("mark-reviewed").addEventListener("click", async (event) => {
    const button = event.currentTarget;
    const done = !button.classList.contains("on");
    await decide("", docId, done ? "reviewed" : "unreviewed");
    button.classList.toggle("on", done);
    button.textContent = done ? "✓ reviewed" : "Mark document reviewed";
  });
})();
