"""`evaluate_run()`: score a run folder against gold, returning a JSON-ready report."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import Errors, NewsEventsError
from pipeline.evaluate.model import ATTRIBUTES, EvalSet, Mention
from pipeline.evaluate.read_annotations import load_label_map, read_brat, read_labelstudio
from pipeline.evaluate.read_project import read_gold_jsonl, read_run_folder
from pipeline.evaluate.read_records import read_records
from pipeline.evaluate.read_timeml import read_timeml
from pipeline.evaluate.records import score_records
from pipeline.evaluate.scoring import (SCHEMES, AttributeTally, Counts, align, attribute_agrees,
                                       annotated_types, attribute_tallies, prf, same_type, scope_predictions,
                                       values_agree)

FORMATS = ("auto", "jsonl", "csv", "brat", "labelstudio", "timeml", "records")


def detect_format(path: Path) -> str:
    if path.is_dir():
        if (path / "documents.csv").exists():
            return "csv"
        if next(path.rglob("*.ann"), None) is not None:
            return "brat"
        if next(path.rglob("*.tml"), None) is not None:
            return "timeml"
        raise NewsEventsError(Errors.E010.format(path=path, line=0, reason="cannot tell the gold format of this folder; pass --format"))
    suffix = path.suffix.lower()
    by_suffix = {".jsonl": "jsonl", ".json": "labelstudio", ".tml": "timeml", ".csv": "records", ".ann": "brat"}
    if suffix not in by_suffix:
        raise NewsEventsError(Errors.E010.format(path=path, line=0, reason="cannot tell the gold format; pass --format"))
    return by_suffix[suffix]


def load_gold(path: str | Path, *, fmt: str = "auto", label_map: str | Path | None = None) -> EvalSet:
    path = Path(path)
    if not path.exists():
        raise NewsEventsError(Errors.E002.format(path=path))
    fmt = detect_format(path) if fmt == "auto" else fmt
    if fmt == "jsonl":
        return read_gold_jsonl(path)
    if fmt == "csv":
        return read_run_folder(path)
    if fmt == "brat":
        return read_brat(path, label_map=load_label_map(label_map))
    if fmt == "labelstudio":
        return read_labelstudio(path, label_map=load_label_map(label_map))
    if fmt == "timeml":
        return read_timeml(path)
    if fmt == "records":
        return read_records(path)
    raise NewsEventsError(Errors.E010.format(path=path, line=0, reason=f"unknown format '{fmt}'"))


def context(text: str | None, start: int, end: int, width: int = 180) -> list[str]:
    """(before, span, after) around a span, cut at line breaks, for error reports."""
    if text is None:
        return ["", "", ""]
    left = max(text.rfind("\n", 0, start) + 1, start - width)
    right = text.find("\n", end)
    right = min(right if right != -1 else len(text), end + width)
    return [text[left:start], text[start:end], text[end:right]]


def _mention_json(mention: Mention, text: str | None) -> dict:
    return {"start": mention.start, "end": mention.end, "text": mention.text,
            "attrs": {k: v for k, v in mention.attrs.items() if v and not k.endswith(("_start", "_end"))},
            "origin": mention.origin, "context": context(text, mention.start, mention.end)}


def evaluate_run(pred_dir: str | Path, gold_path: str | Path, *, fmt: str = "auto", match: str = "strict",
                 min_overlap: float = 0.0, tolerance: float = 0.2, label_map: str | Path | None = None) -> dict:
    gold = load_gold(gold_path, fmt=fmt, label_map=label_map)
    pred = read_run_folder(pred_dir)
    tables = sorted(gold.tables)
    counts = {table: Counts() for table in tables}
    tallies = {table: {a: AttributeTally() for a in ATTRIBUTES[table]} for table in tables}
    # Attribute F1 (TempEval-3's value F1): correct values over the rows that give one.
    value_hits = {table: {a: 0 for a in ATTRIBUTES[table]} for table in tables}
    valued = {table: {a: [0, 0] for a in ATTRIBUTES[table]} for table in tables}  # [pred, gold]
    excluded = {table: 0 for table in tables}
    casualty = {"pairs": 0, "exact": 0, "within_tolerance": 0}
    per_doc: dict[str, dict] = {}
    errors: list[dict] = []
    missing_docs, mismatched = [], []
    gold_types = {table: annotated_types(table, (m for d in gold.docs.values() for m in d.mentions.get(table, [])))
                  for table in tables}

    for doc_id in sorted(gold.docs):
        gold_doc = gold.docs[doc_id]
        pred_doc = pred.docs.get(doc_id)
        if pred_doc is None:
            missing_docs.append(doc_id)
        elif gold_doc.text is not None and pred_doc.text is not None and gold_doc.text != pred_doc.text:
            mismatched.append(doc_id)
            continue
        text = gold_doc.text if gold_doc.text is not None else (pred_doc.text if pred_doc else None)
        doc_counts = {}
        for table in tables:
            gold_rows = gold_doc.mentions.get(table)
            if gold_rows is None:
                continue
            pred_rows = list(pred_doc.mentions.get(table, [])) if pred_doc else []
            pred_rows, dropped = scope_predictions(table, gold_types[table], pred_rows)
            excluded[table] += dropped
            alignment = align(gold_rows, pred_rows, min_overlap=min_overlap)
            table_counts = Counts()
            table_counts.add(table, alignment)
            counts[table].merge(table_counts)
            doc_counts[table] = {"pos": table_counts.pos, "act": table_counts.act,
                                 "f1": table_counts.scheme("overlap" if match == "overlap" else "strict")["f1"]}
            for attr, tally in attribute_tallies(table, alignment.pairs, match=match).items():
                tallies[table][attr].compared += tally.compared
                tallies[table][attr].correct += tally.correct
            for pair in alignment.pairs:
                for attr in ATTRIBUTES[table]:
                    value_hits[table][attr] += bool(attribute_agrees(table, attr, pair))
            for attr in ATTRIBUTES[table]:
                valued[table][attr][0] += sum(1 for m in pred_rows if m.get(attr) or m.span(attr))
                valued[table][attr][1] += sum(1 for m in gold_rows if m.get(attr) or m.span(attr))
            if table == "casualties":
                _casualty_counts(alignment.pairs, casualty, tolerance)
            errors.extend(_errors(doc_id, table, alignment, text))
        per_doc[doc_id] = doc_counts

    report = {
        "gold": {"path": str(gold_path), "format": gold.format, "docs": len(gold.docs), "tables": tables,
                 "labels_not_scored": dict(sorted(gold.unscored_labels.items(), key=lambda kv: (-kv[1], kv[0])))},
        "pred": {"path": str(pred_dir), "docs": len(pred.docs), "docs_missing": missing_docs,
                 "docs_text_mismatch": mismatched},
        "settings": {"match": match, "min_overlap": min_overlap, "tolerance": tolerance},
        "tables": {}, "documents": per_doc, "errors": errors,
    }
    total = Counts()
    for table in tables:
        total.merge(counts[table])
        attributes = {}
        for attr, tally in tallies[table].items():
            if tally.compared:
                attributes[attr] = {"compared": tally.compared, "correct": tally.correct,
                                    "accuracy": tally.accuracy(),
                                    **prf(value_hits[table][attr], *valued[table][attr])}
        report["tables"][table] = {**counts[table].as_dict(), "attributes": attributes,
                                   "excluded_predictions": excluded[table]}
    if tables:
        report["micro"] = {scheme: total.scheme(scheme) for scheme in SCHEMES}
        report["macro"] = {scheme: {k: round(sum(report["tables"][t][scheme][k] for t in tables) / len(tables), 4)
                                    for k in ("p", "r", "f1")} for scheme in SCHEMES}
    if casualty["pairs"]:
        report["casualty_counts"] = {"pairs": casualty["pairs"],
                                     "exact": round(casualty["exact"] / casualty["pairs"], 4),
                                     "within_tolerance": round(casualty["within_tolerance"] / casualty["pairs"], 4)}
    if gold.records:
        report["records"], record_errors = score_records(gold.records, pred.docs, tolerance=tolerance)
        report["record_errors"] = record_errors
    report["metrics"] = flat_metrics(report)
    return report


def _casualty_counts(pairs, tally: dict, tolerance: float) -> None:
    for pair in pairs:
        gold_best = pair.gold.get("best")
        if not gold_best:
            continue
        tally["pairs"] += 1
        pred_best = pair.pred.get("best")
        tally["exact"] += values_agree("best", gold_best, pred_best) if pred_best else 0
        if pred_best:
            g, p = int(float(gold_best)), int(float(pred_best))
            tally["within_tolerance"] += abs(g - p) <= tolerance * g if g else p == 0


def _errors(doc_id: str, table: str, alignment, text: str | None) -> list[dict]:
    out = []
    for mention in alignment.missing:
        out.append({"doc_id": doc_id, "table": table, "kind": "missing", "gold": _mention_json(mention, text)})
    for mention in alignment.spurious:
        out.append({"doc_id": doc_id, "table": table, "kind": "spurious", "pred": _mention_json(mention, text)})
    for pair in alignment.pairs:
        wrong = [attr for attr in ATTRIBUTES[table] if attribute_agrees(table, attr, pair) is False]
        if pair.exact and not wrong:
            continue
        kind = "partial" if not pair.exact else ("incorrect_type" if not same_type(table, pair) else "attribute")
        out.append({"doc_id": doc_id, "table": table, "kind": kind, "attributes": wrong,
                    "gold": _mention_json(pair.gold, text), "pred": _mention_json(pair.pred, text)})
    return out


def flat_metrics(report: dict) -> dict[str, float]:
    """Dotted metric names for --fail-under: events.strict.f1, dates.value.f1, records.killed.accuracy, ..."""
    metrics: dict[str, float] = {}
    for table, data in report.get("tables", {}).items():
        for scheme in SCHEMES:
            for key in ("p", "r", "f1"):
                metrics[f"{table}.{scheme}.{key}"] = data[scheme][key]
        for attr, values in data["attributes"].items():
            for key in ("accuracy", "p", "r", "f1"):
                if values.get(key) is not None:
                    metrics[f"{table}.{attr}.{key}"] = values[key]
    for average in ("micro", "macro"):
        for scheme, values in report.get(average, {}).items():
            for key in ("p", "r", "f1"):
                metrics[f"{average}.{scheme}.{key}"] = values[key]
    for key in ("exact", "within_tolerance"):
        if key in report.get("casualty_counts", {}):
            metrics[f"casualties.count.{key}"] = report["casualty_counts"][key]
    for name, values in report.get("records", {}).get("fields", {}).items():
        metrics[f"records.{name}.accuracy"] = values["accuracy"]
        if "within_tolerance" in values:
            metrics[f"records.{name}.within_tolerance"] = values["within_tolerance"]
    return metrics


def parse_fail_under(items: list[str]) -> dict[str, float]:
    bars = {}
    for item in items:
        name, sep, value = item.partition("=")
        try:
            if not sep or not name:
                raise ValueError
            bars[name.strip()] = float(value)
        except ValueError:
            raise NewsEventsError(Errors.E012.format(value=item)) from None
    return bars


def failures(metrics: dict[str, float], bars: dict[str, float]) -> list[str]:
    out = []
    for name, bar in bars.items():
        if name not in metrics:
            examples = ", ".join(m for m in sorted(metrics) if m.endswith(".f1"))[:300]
            raise NewsEventsError(Errors.E013.format(name=name, examples=examples))
        if metrics[name] < bar:
            out.append(f"{name} = {metrics[name]:.4f} < {bar}")
    return out
