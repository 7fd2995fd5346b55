"""Showing an evaluation report: a rich table for the terminal, an HTML page for error analysis."""

from __future__ import annotations

import html
from pathlib import Path

from rich.console import Console
from rich.table import Table

from pipeline.tables import atomic_open


def print_report(report: dict, console: Console) -> None:
    match = report["settings"]["match"]
    gold = report["gold"]
    console.print(f"gold: {gold['path']} ({gold['format']}, {gold['docs']} documents); "
                  f"predictions: {report['pred']['path']}")
    unscored = gold.get("labels_not_scored") or {}
    if unscored:
        shown = ", ".join(f"{label} ({count})" for label, count in list(unscored.items())[:12])
        console.print(f"[yellow]gold labels not scored[/yellow] (no table takes them; add them to a --label-map): "
                      f"{shown}{', ...' if len(unscored) > 12 else ''}")
    for label in ("docs_missing", "docs_text_mismatch"):
        if report["pred"][label]:
            console.print(f"[yellow]{label.replace('_', ' ')}[/yellow]: {len(report['pred'][label])} "
                          f"({', '.join(report['pred'][label][:5])}{'...' if len(report['pred'][label]) > 5 else ''})")
    if report["tables"]:
        table = Table(title="span scores (SemEval-2013)")
        for column in ("table", "gold", "pred", "cor", "par", "mis", "spu", "strict P", "R", "F1", "overlap F1"):
            table.add_column(column, justify="right" if column not in ("table",) else "left")
        rows = list(report["tables"].items()) + [("micro", None), ("macro", None)]
        for name, data in rows:
            counts = ["", "", "", "", "", ""] if data is None else [
                str(data[k]) for k in ("pos", "act", "cor", "par", "mis", "spu")]
            scores = report.get(name, {}) if data is None else data
            strict = scores.get("strict", {})
            table.add_row(name, *counts, _num(strict.get("p")), _num(strict.get("r")), _num(strict.get("f1")),
                          _num(scores.get("overlap", {}).get("f1")))
        console.print(table)
        attributes = Table(title=f"attributes on matched rows (match={match})")
        for column in ("table", "attribute", "compared", "accuracy", "value F1"):
            attributes.add_column(column, justify="left" if column in ("table", "attribute") else "right")
        for name, data in report["tables"].items():
            for attr, values in data["attributes"].items():
                attributes.add_row(name, attr, str(values["compared"]), _num(values["accuracy"]), _num(values["f1"]))
        if attributes.row_count:
            console.print(attributes)
    if "casualty_counts" in report:
        counts = report["casualty_counts"]
        console.print(f"casualty counts on {counts['pairs']} matched rows: exact {_num(counts['exact'])}, "
                      f"within tolerance {_num(counts['within_tolerance'])}")
    if "records" in report:
        records = Table(title=f"record-level fields ({report['records']['docs']} articles)")
        for column in ("field", "compared", "accuracy", "within tolerance"):
            records.add_column(column, justify="left" if column == "field" else "right")
        for name, values in report["records"]["fields"].items():
            records.add_row(name, str(values["compared"]), _num(values["accuracy"]),
                            _num(values.get("within_tolerance")))
        console.print(records)


def _num(value) -> str:
    return "-" if value is None else f"{value:.3f}"


_CSS = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #1d2330; }
h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
td, th { border-bottom: 1px solid #dde; padding: .25rem .6rem; text-align: right; }
td:first-child, th:first-child { text-align: left; }
.err { border-left: 4px solid #bbb; padding: .3rem .8rem; margin: .4rem 0; background: #fafafc; }
.missing { border-color: #d9534f; } .spurious { border-color: #f0ad4e; }
.partial, .incorrect_type, .attribute { border-color: #5b8def; }
mark { background: #ffe58a; padding: 0 .1rem; } .meta { color: #667; font-size: 12px; }
code { background: #eef; padding: 0 .2rem; }
"""


def write_html(report: dict, path: str | Path) -> None:
    esc = html.escape
    parts = [f"<!doctype html><meta charset='utf-8'><title>newsevents evaluation</title><style>{_CSS}</style>",
             "<h1>newsevents evaluation</h1>",
             f"<p>gold <code>{esc(report['gold']['path'])}</code> ({esc(report['gold']['format'])}, "
             f"{report['gold']['docs']} documents) &middot; predictions <code>{esc(report['pred']['path'])}</code>"
             f" &middot; match {esc(report['settings']['match'])}</p>"]
    if report["tables"]:
        parts.append("<h2>Span scores</h2><table><tr><th>table</th><th>gold</th><th>pred</th><th>correct</th>"
                     "<th>partial</th><th>missing</th><th>spurious</th><th>strict F1</th><th>overlap F1</th></tr>")
        for name, data in report["tables"].items():
            parts.append(f"<tr><td>{esc(name)}</td><td>{data['pos']}</td><td>{data['act']}</td>"
                         f"<td>{data['cor']}</td><td>{data['par']}</td><td>{data['mis']}</td>"
                         f"<td>{data['spu']}</td><td>{data['strict']['f1']:.3f}</td>"
                         f"<td>{data['overlap']['f1']:.3f}</td></tr>")
        parts.append("</table>")
    if "records" in report:
        parts.append("<h2>Record-level fields</h2><table><tr><th>field</th><th>compared</th><th>accuracy</th></tr>")
        for name, values in report["records"]["fields"].items():
            parts.append(f"<tr><td>{esc(name)}</td><td>{values['compared']}</td><td>{values['accuracy']:.3f}</td></tr>")
        parts.append("</table>")
        for error in report.get("record_errors", [])[:2000]:
            parts.append(f"<div class='err missing'><b>{esc(error['doc_id'])}</b> {esc(error['field'])}: "
                         f"gold <code>{esc(error['gold'])}</code>, predicted <code>{esc(error['pred'])}</code></div>")
    errors = report.get("errors", [])
    parts.append(f"<h2>Misses and spurious rows ({len(errors)})</h2>")
    for error in errors:
        mention = error.get("gold") or error.get("pred")
        before, span, after = mention["context"]
        detail = ""
        if "gold" in error and "pred" in error:
            detail = (f" &middot; predicted <code>{esc(error['pred']['text'])}</code> "
                      f"{esc(str(error['pred']['attrs']))}")
        wrong = f" &middot; wrong: {esc(', '.join(error.get('attributes', [])))}" if error.get("attributes") else ""
        parts.append(f"<div class='err {esc(error['kind'])}'><div class='meta'>{esc(error['doc_id'])} &middot; "
                     f"{esc(error['table'])} &middot; <b>{esc(error['kind'])}</b>{wrong} &middot; "
                     f"{esc(str(mention['attrs']))}{detail}</div>"
                     f"{esc(before)}<mark>{esc(span)}</mark>{esc(after)}</div>")
    with atomic_open(Path(path)) as handle:
        handle.write("\n".join(parts) + "\n")
