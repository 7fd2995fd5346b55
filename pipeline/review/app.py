"""`newsevents review`: a local web app to accept, reject, fix and add rows.

Server-rendered pages (Starlette + Jinja2, autoescaped: an article containing <script>
shows as text), a small script for the buttons, every asset served from the package.
Decisions go to OUT_DIR/review.sqlite as they are made.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pipeline.review.data import EDITABLE, SPAN_COLUMNS, RunData, with_span_text
from pipeline.types import EXTRACTION_TABLES, TABLES

TABLE_COLORS = {"events": "#d9480f", "actors": "#1c7ed6", "casualties": "#c2255c", "locations": "#2b8a3e",
                "claims": "#7048e8", "dates": "#e67700"}
SHOWN_COLUMNS = {
    "events": ("text", "event_type", "date", "location", "country", "agent", "target", "killed", "injured"),
    "actors": ("text", "name", "actor_type", "country", "role"),
    "casualties": ("text", "kind", "min", "best", "max", "qualifier", "victim"),
    "locations": ("text", "name", "country", "admin1", "feature", "role"),
    "claims": ("speaker", "cue", "kind", "quote", "content", "date"),
    "dates": ("text", "value", "type", "first_day", "last_day"),
}


def segments(text: str, rows: dict) -> list[dict]:
    """The text cut at every span boundary; each piece lists the rows that cover it, so
    overlapping highlights stay readable (one underline colour per table)."""
    bounds = {0, len(text)}
    spans = []
    for table, table_rows in rows.items():
        for row in table_rows:
            if row.status == "rejected" or row.start is None or row.end is None or row.end <= row.start:
                continue
            spans.append((row.start, row.end, table, row.key))
            bounds.update((row.start, row.end))
    cuts = sorted(bounds)
    out = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [(t, k) for s, e, t, k in spans if s <= start and end <= e]
        out.append({"start": start, "text": text[start:end], "tables": sorted({t for t, _ in covering}),
                    "keys": [k for _, k in covering]})
    return out


def create_app(out_dir: str | Path) -> Starlette:
    data = RunData(out_dir)
    env = Environment(loader=PackageLoader("pipeline.review", "templates"), autoescape=select_autoescape(["html"]))

    async def index(request: Request) -> HTMLResponse:
        everything = data.summary()
        docs = list(everything)
        query = request.query_params
        if query.get("status") == "reviewed":
            docs = [d for d in docs if d["reviewed"]]
        elif query.get("status") == "todo":
            docs = [d for d in docs if not d["reviewed"]]
        if query.get("event_type"):
            docs = [d for d in docs if query["event_type"] in d["event_types"]]
        if query.get("country"):
            docs = [d for d in docs if query["country"] in d["countries"]]
        if query.get("casualties") == "yes":
            docs = [d for d in docs if d["has_casualties"]]
        page = env.get_template("index.html").render(
            docs=docs, total=len(everything), reviewed=sum(d["reviewed"] for d in everything), query=query,
            event_types=sorted({t for d in everything for t in d["event_types"]}),
            countries=sorted({c for d in everything for c in d["countries"]}), tables=EXTRACTION_TABLES,
            colors=TABLE_COLORS, out_dir=str(data.out_dir))
        return HTMLResponse(page)

    async def document(request: Request) -> Response:
        doc_id = request.path_params["doc_id"]
        try:
            doc = data.doc(doc_id)
        except KeyError:
            return HTMLResponse("<p>No such document.</p>", status_code=404)
        ids = [d["doc_id"] for d in data.documents]
        position = ids.index(doc_id)
        page = env.get_template("doc.html").render(
            doc=doc, segments=segments(doc.text, doc.rows), tables=EXTRACTION_TABLES, colors=TABLE_COLORS,
            columns=SHOWN_COLUMNS, editable=EDITABLE, span_columns=SPAN_COLUMNS,
            previous=ids[position - 1] if position > 0 else None,
            next=ids[position + 1] if position + 1 < len(ids) else None)
        return HTMLResponse(page)

    async def decide(request: Request) -> JSONResponse:
        body = await request.json()
        doc_id, table, action = body.get("doc_id", ""), body.get("table", ""), body.get("action", "")
        key = body.get("key", "")
        if doc_id not in data.texts or (table not in EXTRACTION_TABLES and action not in ("reviewed", "unreviewed")):
            return JSONResponse({"error": "unknown document or table"}, status_code=400)
        values = body.get("values") or {}
        if table in EDITABLE:
            allowed = set(EDITABLE[table]) | {c for span in TABLES[table].SPANS for c in span[:2]}
            values = {k: v for k, v in values.items() if k in allowed}
        if action == "add":
            key = f"added:{table}:{values.get(SPAN_COLUMNS[table][0], '')}-{values.get(SPAN_COLUMNS[table][1], '')}"
        try:
            if action in ("edit", "add"):
                with_span_text(table, values, data.texts[doc_id])  # refuse spans outside the text
            decision = data.store.record(doc_id, table or "documents", key or doc_id, action, values)
        except ValueError as err:
            return JSONResponse({"error": str(err)}, status_code=400)
        return JSONResponse({"ok": True, "id": decision, "key": key})

    async def doc_json(request: Request) -> JSONResponse:
        doc = data.doc(request.path_params["doc_id"])
        return JSONResponse({"doc_id": doc.doc_id, "reviewed": doc.reviewed,
                             "rows": {t: [{"key": r.key, "status": r.status, "values": r.values} for r in rows]
                                      for t, rows in doc.rows.items()}})

    static = Path(__file__).parent / "static"
    return Starlette(routes=[
        Route("/", index), Route("/doc/{doc_id:path}", document),
        Route("/api/decision", decide, methods=["POST"]), Route("/api/doc/{doc_id:path}", doc_json),
        Mount("/static", StaticFiles(directory=static), name="static"),
    ])


def serve(out_dir: str | Path, *, host: str = "127.0.0.1", port: int = 8765) -> None:
    import uvicorn

    uvicorn.run(create_app(out_dir), host=host, port=port, log_level="warning")
