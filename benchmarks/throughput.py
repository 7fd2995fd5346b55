"""Throughput against bare spaCy, measured in one run on the same texts.

    python benchmarks/throughput.py [--docs 1000] [--workers 1] [--batch-size 32] [--engine local|dask] [--repeat 2]

Texts: ../shared/data/guardian-syria as JSONL, repeated to --docs documents. Prints
(a) bare `nlp.pipe` with the same model and batch size, (b) `extract` end to end with
CSV writing, their words/s and the ratio (b)/(a), each stage's share of the pipeline's
time (the articles with their publication dates, and the dates stage again without them),
and peak RSS. Nothing here is a test: it reports, it does not assert.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import spacy

from pipeline.config import load_config
from pipeline.nlp import build_nlp

ROOT = Path(__file__).resolve().parent.parent
GUARDIAN = ROOT.parent / "shared" / "data" / "guardian-syria" / "guardian_sdf_sample.csv"


def texts_file(folder: Path, docs: int) -> tuple[Path, list[str]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from guardian_to_jsonl import convert

    path = folder / "guardian.jsonl"
    base = folder / "base.jsonl"
    convert(GUARDIAN, base)
    records = [json.loads(line) for line in base.read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as handle:
        for i in range(docs):
            record = dict(records[i % len(records)], id=f"{records[i % len(records)]['id']}-{i}")
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    texts = [(records[i % len(records)]["text"], records[i % len(records)].get("published", "")) for i in range(docs)]
    return path, texts


def run_child(args: list[str]) -> tuple[float, float, str]:
    """Run a command; its wall time, its peak RSS in MB (the largest of it and the worker
    processes it waited for: the per-process peak, not a sum) and its output."""
    started = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        sys.exit(f"{' '.join(args)} failed:\n{output}")
    return elapsed, usage.ru_maxrss / 1024, output


def bare_pipe(path: Path, batch_size: int) -> None:
    """(a): the model alone over the texts, in its own process."""
    cfg = load_config()
    nlp = spacy.load(cfg.model, exclude=list(cfg.exclude))
    texts = (json.loads(line)["text"] for line in path.open(encoding="utf-8"))
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass


def stage_shares(texts: list[tuple[str, str]], batch_size: int, *, dated: bool = True) -> dict[str, float]:
    """Each component's share of pipeline time over (text, publication date) pairs; with
    `dated` false, as if no article had a publication date (relative dates then read unresolved)."""
    nlp = build_nlp()
    totals = {name: 0.0 for name in nlp.pipe_names}
    docs = [nlp.make_doc(text) for text, _ in texts]
    from pipeline.stages.extensions import DocMeta

    for doc, (_, published) in zip(docs, texts):
        doc._.meta = DocMeta(doc_id="x", published=date.fromisoformat(published[:10]) if dated and published else None)
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(doc) for doc in docs]
        totals[name] += time.perf_counter() - started
    whole = sum(totals.values())
    return {name: value / whole for name, value in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--stage-sample", type=int, default=200, help="Documents for the per-stage timing.")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="dask: a LocalCluster of --workers processes (needs the dask extra)")
    parser.add_argument("--repeat", type=int, default=1, help="Runs per side, alternating; the fastest counts.")
    parser.add_argument("--skip-bare", action="store_true", help="Only (b): for the memory run at 10,000 documents.")
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)  # internal: run (a) on this file
    args = parser.parse_args()
    if args.bare:
        bare_pipe(args.bare, args.batch_size)
        return
    if not GUARDIAN.exists():
        sys.exit(f"{GUARDIAN} not found")
    work = Path(tempfile.mkdtemp(prefix="newsevents-bench-"))
    try:
        path, texts = texts_file(work, args.docs)
        words = sum(len(text.split()) for text, _ in texts)
        # each side in its own process, so that neither's memory is charged to the other;
        # with --repeat the sides alternate and each keeps its fastest run (timeit's rule:
        # slower runs measure the machine's other load, not the code)
        bare_runs, extract_runs = [], []
        for _ in range(args.repeat):
            if not args.skip_bare:
                bare_runs.append(run_child(
                    [sys.executable, __file__, "--bare", str(path), "--batch-size", str(args.batch_size)])[:2])
            extract_runs.append(run_child([
                sys.executable, "-m", "pipeline", "extract", str(path), "-o", str(work / "out"), "--workers",
                str(args.workers), "--batch-size", str(args.batch_size), "--overwrite", "--engine", args.engine])[:2])
        bare_seconds, bare_rss = min(bare_runs) if bare_runs else (float("nan"), float("nan"))
        extract_seconds, extract_rss = min(extract_runs)
        with (work / "out" / "documents.csv").open(encoding="utf-8", newline="") as handle:
            ok = sum(1 for row in csv.DictReader(handle) if row["status"] == "ok")
        print(f"documents: {args.docs} ({words:,} words), batch size {args.batch_size}, workers {args.workers}, "
              f"engine {args.engine}")
        if args.skip_bare:
            print("(a) bare nlp.pipe:        skipped (--skip-bare)")
        else:
            print(f"(a) bare nlp.pipe:        {bare_seconds:8.1f} s  {words / bare_seconds:10,.0f} words/s  "
                  f"{args.docs / bare_seconds:6.1f} docs/s  peak RSS {bare_rss:,.0f} MB")
        print(f"(b) extract end to end:   {extract_seconds:8.1f} s  {words / extract_seconds:10,.0f} words/s  "
              f"{args.docs / extract_seconds:6.1f} docs/s  peak RSS per process {extract_rss:,.0f} MB  (ok {ok})")
        if not args.skip_bare:
            print(f"ratio (b)/(a): {bare_seconds / extract_seconds:.3f}   (both include loading the model)")
        if args.repeat > 1:
            print("all runs (s): bare " + ", ".join(f"{s:.1f}" for s, _ in bare_runs) +
                  "; extract " + ", ".join(f"{s:.1f}" for s, _ in extract_runs))
        if not args.stage_sample:
            return
        shares = stage_shares(texts[: args.stage_sample], args.batch_size)
        print(f"share of pipeline time per component ({min(args.stage_sample, args.docs)} documents):")
        for name, share in sorted(shares.items(), key=lambda kv: -kv[1]):
            print(f"  {name:24s} {share:6.1%}")
        undated = stage_shares(texts[: args.stage_sample], args.batch_size, dated=False)["newsevents_dates"]
        print(f"  (newsevents_dates with no publication date, relative dates read unresolved: {undated:.1%})")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
