"""Score newsevents on the development sets in ../shared/data (one command per set).

    python benchmarks/dev_eval.py corpus|tempeval|polnear|wikievents|gva|all [--workers 2] [--limit N]

Each set is turned into newsevents input (JSONL with the publication date) and into
gold that `newsevents evaluate` reads (TimeML, brat, project JSONL, records CSV);
then `extract` runs and `evaluate` scores it. Inputs, outputs and JSON/HTML reports go
to outputs/bench/<set>/. The data is read from ../shared/data and never copied into the
repository. The WikiEvents type map below is the documented conversion.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

from pipeline.evaluate.read_annotations import load_label_map
from pipeline.evaluate.read_timeml import read_timeml
from pipeline.evaluate.report import write_html
from pipeline.evaluate.run import evaluate_run
from pipeline.extract import ExtractOptions, run_extract

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "outputs" / "bench"
# WikiEvents' KAIROS event types and roles read as `newsevents evaluate` reads them in brat
LABELS = load_label_map()

# WikiEvents (KAIROS ontology) -> newsevents event types; types not listed are not scored.
def write_jsonl(path: Path, records) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def extract(name: str, inputs: Path, workers: int) -> tuple[Path, float]:
    out = OUT / name / "run"
    started = time.perf_counter()
    run_extract([inputs], out, options=ExtractOptions(workers=workers, overwrite=True))
    return out, time.perf_counter() - started


def score(name: str, run: Path, gold: Path, *, suffix: str = "", **kwargs) -> dict:
    report = evaluate_run(run, gold, **kwargs)
    (OUT / name / f"report{suffix}.json").write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    write_html(report, OUT / name / f"report{suffix}.html")
    return report


def show(name: str, metrics: dict[str, float], keys: list[str], elapsed: float) -> None:
    print(f"\n== {name} (extract {elapsed:.0f} s)")
    for key in keys:
        value = metrics.get(key)
        print(f"  {key:40s} {'-' if value is None else f'{value:.3f}'}")


def bench_corpus(args) -> None:
    run, elapsed = extract("corpus", ROOT / "corpus", args.workers)
    gold = ROOT / "corpus" / "gold" / "corpus.gold.jsonl"
    report = score("corpus", run, gold)
    keys = [f"{t}.{s}.f1" for t in report["tables"] for s in ("strict", "overlap")] + ["micro.strict.f1", "macro.strict.f1"]
    show("corpus (hand-made gold)", report["metrics"], keys, elapsed)


def bench_tempeval(args) -> None:
    source = DATA / "tempeval3-tbaq"
    if args.limit:  # score only the files that were extracted
        files = sorted(source.rglob("*.tml"), key=lambda p: p.stem)[: args.limit]
        source = OUT / "tempeval" / "gold"
        source.mkdir(parents=True, exist_ok=True)
        for old in source.glob("*.tml"):
            old.unlink()
        for file in files:
            (source / file.name).write_bytes(file.read_bytes())
    gold = read_timeml(source)
    docs = sorted(gold.docs.values(), key=lambda d: d.doc_id)
    inputs = OUT / "tempeval" / "input.jsonl"
    write_jsonl(inputs, ({"id": d.doc_id, "text": d.text, "published": d.published} for d in docs))
    run, elapsed = extract("tempeval", inputs, args.workers)
    report = score("tempeval", run, source, fmt="timeml", match="overlap")
    show("tempeval3-tbaq (TimeML)", report["metrics"],
         ["dates.strict.f1", "dates.exact.f1", "dates.overlap.f1", "dates.value.f1", "dates.value.accuracy",
          "dates.type.accuracy"], elapsed)


def bench_polnear(args) -> None:
    source = DATA / "polnear-dev"
    anns = sorted((source / "attributions").glob("*.ann"))[: args.limit or None]
    texts = {}
    for ann in anns:
        stem = ann.stem.rsplit("_", 1)[0]
        texts[ann.stem] = (source / "text" / f"{stem}.txt").read_bytes().decode("utf-8")
    inputs = OUT / "polnear" / "input.jsonl"
    write_jsonl(inputs, ({"id": doc_id, "text": text} for doc_id, text in texts.items()))
    gold_dir = OUT / "polnear" / "gold"
    gold_dir.mkdir(parents=True, exist_ok=True)
    for ann in anns:  # a flat brat folder: each .ann beside its .txt
        (gold_dir / ann.name).write_bytes(ann.read_bytes())
        (gold_dir / f"{ann.stem}.txt").write_text(texts[ann.stem], encoding="utf-8")
    run, elapsed = extract("polnear", inputs, args.workers)
    for threshold in (0.3, 0.8):
        report = score("polnear", run, gold_dir, suffix=f"-{threshold}", fmt="brat", match="overlap",
                       min_overlap=threshold)
        show(f"polnear-dev (brat), overlap >= {threshold}", report["metrics"],
             ["claims.overlap.p", "claims.overlap.r", "claims.overlap.f1", "claims.speaker.accuracy",
              "claims.cue.accuracy"], elapsed)
    recall_by_cue(run, gold_dir)


def recall_by_cue(run: Path, gold_dir: Path) -> None:
    """PolNeAR annotates every attribution, beliefs and perceptions too ("wants", "seems",
    "shows"); recall at overlap 0.3, split by whether the gold cue is a reporting word of
    the cue lexicon (models/dictionaries/cues.jsonl)."""
    import spacy

    from pipeline.config import data_path, load_config
    from pipeline.evaluate.read_annotations import read_brat

    lemmatizer = spacy.load(load_config().model, disable=["parser", "ner"])
    lexicon = {json.loads(line)["lemma"] for line in data_path("dictionaries/cues.jsonl").read_text().splitlines()
               if line.strip()}
    predicted: dict[str, list[tuple[int, int]]] = {}
    with (run / "claims.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            predicted.setdefault(row["doc_id"], []).append((int(row["content_start"]), int(row["content_end"])))
    totals, found = {True: 0, False: 0}, {True: 0, False: 0}
    for doc_id, doc in read_brat(gold_dir).docs.items():
        for mention in doc.mentions["claims"]:
            cue = (mention.get("cue") or "").strip()
            lemmas = {t.lemma_.lower() for t in lemmatizer(cue)} if cue else set()
            reporting = bool(lemmas & lexicon) or "according" in cue.lower() or cue in (":", "―", "—")
            totals[reporting] += 1
            found[reporting] += any(
                (min(e, mention.end) - max(s, mention.start)) / max(e - s, mention.end - mention.start) >= 0.3
                for s, e in predicted.get(doc_id, ()))
    for reporting, label in ((True, "cues in the lexicon"), (False, "other cues (seems, frustrated, ...)")):
        share = found[reporting] / totals[reporting] if totals[reporting] else 0.0
        print(f"  recall @0.3, {label:34s} {share:.3f}  of {totals[reporting]}")


def wikievents_gold(line: str) -> dict:
    record = json.loads(line)
    tokens = [tok for sentence in record["sentences"] for tok in sentence[0]]
    sentence_starts = {sentence[0][0][1] for sentence in record["sentences"] if sentence[0]}
    chars: list[str] = []
    for word, start, end in tokens:
        while len(chars) < start:
            chars.append("\n" if start in sentence_starts and len(chars) == start - 1 else " ")
        chars[start:end] = list(word)
    text = "".join(chars)
    entities = {m["id"]: m for m in record["entity_mentions"]}

    def span(start_token: int, end_token: int) -> tuple[int, int]:
        return tokens[start_token][1], tokens[end_token - 1][2]

    events, actors, locations = [], [], []
    for event in record["event_mentions"]:
        event_type = LABELS.event_type(event["event_type"])
        if event_type is None:
            continue
        s, e = span(event["trigger"]["start"], event["trigger"]["end"])
        events.append({"start": s, "end": e, "text": text[s:e], "event_type": event_type})
        for argument in event["arguments"]:
            role = LABELS.role(argument["role"])
            mention = entities.get(argument["entity_id"])
            if role is None or mention is None:
                continue
            s, e = span(mention["start"], mention["end"])
            row = {"start": s, "end": e, "text": text[s:e], "role": role}
            (locations if role == "event_location" else actors).append(row)
    return {"doc_id": record["doc_id"], "text": text, "events": events, "actors": actors, "locations": locations}


def bench_wikievents(args) -> None:
    lines = (DATA / "wikievents-dev" / "dev.jsonl").read_text(encoding="utf-8").splitlines()[: args.limit or None]
    golds = [wikievents_gold(line) for line in lines if line.strip()]
    gold = OUT / "wikievents" / "gold.jsonl"
    write_jsonl(gold, golds)
    inputs = OUT / "wikievents" / "input.jsonl"
    write_jsonl(inputs, ({"id": g["doc_id"], "text": g["text"]} for g in golds))
    run, elapsed = extract("wikievents", inputs, args.workers)
    report = score("wikievents", run, gold, match="overlap")
    show("wikievents-dev (triggers, arguments)", report["metrics"],
         ["events.overlap.p", "events.overlap.r", "events.overlap.f1", "events.type.f1",
          "actors.type.p", "actors.type.r", "actors.type.f1", "locations.type.f1", "locations.overlap.r"], elapsed)


def bench_gva(args) -> None:
    lines = (DATA / "gva-dev" / "gva_dev.jsonl").read_text(encoding="utf-8").splitlines()[: args.limit or None]
    records = [json.loads(line) for line in lines if line.strip()]
    inputs = OUT / "gva" / "input.jsonl"
    write_jsonl(inputs, ({"id": r["doc_id"], "text": r["text"], "title": r.get("title", ""),
                          "published": r.get("dct", "")} for r in records))
    gold = OUT / "gva" / "gold.csv"
    with gold.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc_id", "killed", "injured", "location", "admin1", "date"])
        for r in records:
            g = r["gold"]
            writer.writerow([r["doc_id"], g.get("num_killed", ""), g.get("num_injured", ""),
                             g.get("city_or_county", ""), g.get("state", ""), g.get("date", "")])
    run, elapsed = extract("gva", inputs, args.workers)
    report = score("gva", run, gold, fmt="records")
    show("gva-dev (records)", report["metrics"],
         [f"records.{f}.accuracy" for f in ("killed", "injured", "admin1", "location", "date")], elapsed)


BENCHES = {"corpus": bench_corpus, "tempeval": bench_tempeval, "polnear": bench_polnear,
           "wikievents": bench_wikievents, "gva": bench_gva}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set", choices=[*BENCHES, "all"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0, help="Only the first N documents (quick checks).")
    args = parser.parse_args()
    if args.set != "corpus" and not DATA.exists():
        sys.exit(f"{DATA} not found: the development data sits beside the project in ../shared/data")
    for name in BENCHES if args.set == "all" else [args.set]:
        BENCHES[name](args)


if __name__ == "__main__":
    main()
