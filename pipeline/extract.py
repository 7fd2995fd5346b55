"""Batch extraction: inputs -> spaCy pipeline -> journal -> CSV tables.

`run_extract()` is the plain function behind `newsevents extract`; it returns a
summary and reports progress through an optional callback, so it is as usable from
Python as from the command line.
"""

from __future__ import annotations

import json
import multiprocessing
import time
from collections import Counter
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from spacy.language import Language

import pipeline
from pipeline.chunking import process_in_pieces
from pipeline.config import load_config
from pipeline.errors import Errors, NewsEventsError
from pipeline.ingest import SourceDoc, count_documents, expand_inputs, iter_sources
from pipeline.journal import JOURNAL_NAME, Journal
from pipeline.nlp import build_nlp, installed_model_label, model_label
from pipeline.rows import collect, document_row, failed_result
from pipeline.stages.extensions import DocMeta, keep_text
from pipeline.tables import TableWriter, atomic_open, dumps_text_record
from pipeline.timeparse import parse_calendar_date
from pipeline.types import EXTRACTION_TABLES, TABLES, DocResult, plain_values

OUTPUT_FILES = tuple(f"{name}.csv" for name in TABLES) + tuple(f"{name}.parquet" for name in TABLES) + (
    "texts.jsonl", "run.json", JOURNAL_NAME, "tables.sqlite")


@dataclass(frozen=True)
class ExtractOptions:
    model: str | None = None
    config: str | None = None
    published: date | None = None
    batch_size: int | None = None
    workers: int = 1
    resume: bool = False
    overwrite: bool = False
    shard: tuple[int, int] | None = None  # (i, N): this run takes documents i, i+N, i+2N, ...
    max_bytes: int = 20_000_000  # larger inputs are skipped with their size as the reason
    formats: tuple[str, ...] = ()  # besides CSV: "sqlite" (tables.sqlite), "parquet" (<table>.parquet)
    engine: str = "local"  # local (processes on this machine) or dask
    scheduler: str | None = None  # dask scheduler address; None starts a LocalCluster of `workers`


@dataclass
class RunSummary:
    out_dir: Path
    status: Counter = field(default_factory=Counter)
    rows: dict[str, int] = field(default_factory=dict)
    processed: int = 0
    resumed: int = 0
    elapsed: float = 0.0

    @property
    def any_ok(self) -> bool:
        return self.status.get("ok", 0) > 0


def parse_shard(value: str | None) -> tuple[int, int] | None:
    """'0/4' -> (0, 4)."""
    if not value:
        return None
    try:
        index, count = (int(part) for part in value.split("/"))
        if not 0 <= index < count:
            raise ValueError
    except ValueError:
        raise NewsEventsError(Errors.E014.format(value=value)) from None
    return index, count


def merge_runs(shard_dirs: Sequence[str | Path], out_dir: str | Path, *, overwrite: bool = False) -> RunSummary:
    """Combine shard folders into one; the result equals a single run byte for byte."""
    started = time.perf_counter()
    out = Path(out_dir)
    _prepare_out_dir(out, resume=False, overwrite=overwrite)
    summary = RunSummary(out_dir=out)
    journal = Journal(out / JOURNAL_NAME)
    manifest = {}
    try:
        for shard in shard_dirs:
            shard = Path(shard)
            if not (shard / JOURNAL_NAME).exists():
                raise NewsEventsError(Errors.E007.format(path=shard))
            if (shard / "run.json").exists() and not manifest:
                manifest = json.loads((shard / "run.json").read_text(encoding="utf-8"))
            journal.copy_from(shard / JOURNAL_NAME)
        _write_outputs(out, journal, summary, manifest=manifest)
    finally:
        journal.close()
    summary.elapsed = time.perf_counter() - started
    return summary


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    parsed = parse_calendar_date(value)
    if parsed is None:
        raise NewsEventsError(Errors.E008.format(value=value))
    return parsed


def process_batch(nlp: Language, sources: Sequence[SourceDoc], *, default_published: date | None = None,
                  batch_size: int = 32) -> list[DocResult]:
    """Run the pipeline over documents; a document that fails becomes a failed result."""
    results: dict[int, DocResult] = {}
    runnable = []
    for index, source in enumerate(sources):
        if source.status != "ok":
            results[index] = DocResult(document=document_row(source))
        elif len(source.text) > nlp.max_length:  # past the model's limit: in pieces, offsets mapped back
            results[index] = process_in_pieces(source, nlp.max_length,
                                               lambda piece: _process_one(nlp, piece, default_published))
        else:
            runnable.append(index)
    for group in _by_size(runnable, sources, batch_size):
        try:
            docs = [_make_doc(nlp, sources[i], default_published) for i in group]
            for index, doc in zip(group, nlp.pipe(docs, batch_size=len(docs))):
                results[index] = collect(sources[index], doc)
        except Exception:  # one bad document must not sink its batch: redo them one by one
            for index in group:
                results[index] = _process_one(nlp, sources[index], default_published)
    return [results[i] for i in range(len(sources))]


# Characters per nlp.pipe minibatch. The model pads a minibatch to its longest document, so
# a few long articles in a batch of 32 drive a worker's memory up (about 950 MB for the
# model alone on the Guardian texts, against 350 MB with this budget) without being faster.
BATCH_CHARS = 50_000


def _by_size(indexes: list[int], sources: Sequence[SourceDoc], batch_size: int) -> Iterator[list[int]]:
    """Minibatches of at most `batch_size` documents and BATCH_CHARS characters (a longer
    document alone), in input order."""
    group: list[int] = []
    chars = 0
    for index in indexes:
        size = len(sources[index].text)
        if group and (len(group) >= batch_size or chars + size > BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(index)
        chars += size
    if group:
        yield group


def _make_doc(nlp: Language, source: SourceDoc, default_published: date | None):
    if len(source.text) > nlp.max_length:
        raise ValueError(f"document has {len(source.text)} characters, over the model's max_length {nlp.max_length}")
    doc = keep_text(nlp.make_doc(source.text), source.text)
    doc._.meta = DocMeta(doc_id=source.doc_id, title=source.title,
                         published=parse_calendar_date(source.published) if source.published else None,
                         default_published=default_published)
    return doc


def _process_one(nlp: Language, source: SourceDoc, default_published: date | None) -> DocResult:
    try:
        return collect(source, nlp(_make_doc(nlp, source, default_published)))
    except Exception as err:  # reported in documents.csv, never raised
        return failed_result(source, f"{type(err).__name__}: {err}")


# Worker processes keep their own pipeline, built once by the initializer.
_WORKER: dict[str, object] = {}


def _init_worker(model: str | None, config: str | None) -> None:
    _WORKER["nlp"] = build_nlp(model=model, config=config)


def _worker_batch(sources: list[SourceDoc], default_published: date | None, batch_size: int) -> list[DocResult]:
    return process_batch(_WORKER["nlp"], sources, default_published=default_published, batch_size=batch_size)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _prepare_out_dir(out_dir: Path, *, resume: bool, overwrite: bool) -> None:
    if resume and overwrite:
        raise NewsEventsError(Errors.E011)
    existing = [name for name in OUTPUT_FILES if (out_dir / name).exists()]
    if existing and not resume:
        if not overwrite:
            raise NewsEventsError(Errors.E004.format(path=out_dir))
        for name in existing:
            (out_dir / name).unlink()
        for suffix in ("-wal", "-shm"):
            (out_dir / f"{JOURNAL_NAME}{suffix}").unlink(missing_ok=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob(".*.tmp"):  # left by a run killed while writing; never a final file
        stale.unlink()


def run_extract(inputs: Sequence[str | Path], out_dir: str | Path, *, options: ExtractOptions = ExtractOptions(),
                on_start: Callable[[int], None] | None = None,
                on_progress: Callable[[int], None] | None = None) -> RunSummary:
    started = time.perf_counter()
    out = Path(out_dir)
    files = expand_inputs(inputs, exclude=out)
    cfg = load_config(options.config)
    batch_size = options.batch_size or cfg.batch_size
    _prepare_out_dir(out, resume=options.resume, overwrite=options.overwrite)
    summary = RunSummary(out_dir=out)
    if on_start is not None:
        on_start(count_documents(files))

    journal = Journal(out / JOURNAL_NAME)
    try:
        done = journal.done_keys() if options.resume else set()
        pending = _pending_sources(files, done, summary, on_progress, shard=options.shard, max_bytes=options.max_bytes)
        model_name = _run_batches(pending, journal, options=options, cfg_model=cfg.model, batch_size=batch_size,
                                  summary=summary, on_progress=on_progress)
        _write_outputs(out, journal, summary, manifest={
            "newsevents": pipeline.__version__, "schema_version": pipeline.SCHEMA_VERSION,
            "model": model_name, "config": str(cfg.path.name),
            "default_published": options.published.isoformat() if options.published else "",
        })
        if options.formats:
            write_machine_tables(out, journal, options.formats)
    finally:
        journal.close()
    summary.elapsed = time.perf_counter() - started
    return summary


def _pending_sources(files, done: set[str], summary: RunSummary, on_progress: Callable[[int], None] | None,
                     *, shard: tuple[int, int] | None = None, max_bytes: int) -> Iterator[tuple[int, SourceDoc]]:
    for seq, source in enumerate(iter_sources(files, max_bytes=max_bytes)):
        if shard is not None and seq % shard[1] != shard[0]:
            continue  # another shard's document; seq stays global so shards merge in input order
        if source.key in done:
            summary.resumed += 1
            if on_progress is not None:
                on_progress(1)
            continue
        yield seq, source


def _run_batches(pending: Iterator[tuple[int, SourceDoc]], journal: Journal, *, options: ExtractOptions,
                 cfg_model: str, batch_size: int, summary: RunSummary,
                 on_progress: Callable[[int], None] | None) -> str:
    def record(batch: list[tuple[int, SourceDoc]], results: list[DocResult]) -> None:
        journal.add([(source.key, seq, result, source.text if source.status == "ok" else None)
                     for (seq, source), result in zip(batch, results)])
        summary.processed += len(batch)
        if on_progress is not None:
            on_progress(len(batch))

    if options.engine == "dask":
        return _run_dask(pending, record, options=options, cfg_model=cfg_model, batch_size=batch_size)
    if options.workers <= 1:
        nlp = build_nlp(model=options.model, config=options.config)
        for batch in _batches(pending, batch_size):
            record(batch, process_batch(nlp, [s for _, s in batch], default_published=options.published,
                                        batch_size=batch_size))
        return model_label(nlp)

    context = multiprocessing.get_context("spawn")
    in_flight: dict[Future, list[tuple[int, SourceDoc]]] = {}
    with ProcessPoolExecutor(max_workers=options.workers, mp_context=context, initializer=_init_worker,
                             initargs=(options.model, options.config)) as pool:
        batches = _batches(pending, batch_size)
        exhausted = False
        while in_flight or not exhausted:
            # A bounded window keeps memory flat however long the input is.
            while not exhausted and len(in_flight) < 2 * options.workers:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                future = pool.submit(_worker_batch, [s for _, s in batch], options.published, batch_size)
                in_flight[future] = batch
            if not in_flight:
                break
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                record(in_flight.pop(future), future.result())
    return installed_model_label(options.model or cfg_model)


@lru_cache(maxsize=2)
def _dask_worker_nlp(model: str | None, config: str | None) -> Language:
    return build_nlp(model=model, config=config)  # once per worker process


def _dask_batch(sources: list[SourceDoc], model: str | None, config: str | None, published: date | None,
                batch_size: int) -> list[DocResult]:
    return process_batch(_dask_worker_nlp(model, config), sources, default_published=published, batch_size=batch_size)


def _run_dask(pending, record, *, options: ExtractOptions, cfg_model: str, batch_size: int) -> str:
    """The same per-batch function on a Dask cluster; workers send back plain rows."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise NewsEventsError(Errors.E015) from None
    cluster = None
    if options.scheduler:
        client = Client(options.scheduler)
    else:
        cluster = LocalCluster(n_workers=max(options.workers, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        window = 2 * max(options.workers, 1)
        batches = _batches(pending, batch_size)
        in_flight = {}
        for batch in islice(batches, window):
            future = client.submit(_dask_batch, [s for _, s in batch], options.model, options.config,
                                   options.published, batch_size, pure=False)
            in_flight[future] = batch
        queue = as_completed(list(in_flight))
        for future in queue:
            record(in_flight.pop(future), future.result())
            batch = next(batches, None)
            if batch is not None:  # keep the window full, memory flat
                new = client.submit(_dask_batch, [s for _, s in batch], options.model, options.config,
                                    options.published, batch_size, pure=False)
                in_flight[new] = batch
                queue.add(new)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return installed_model_label(options.model or cfg_model)


def write_machine_tables(out: Path, journal: Journal, formats: Sequence[str]) -> None:
    """The same tables for machines: typed columns, no spreadsheet neutralisation."""
    import dataclasses
    import sqlite3

    tables: dict[str, list[tuple]] = {name: [] for name in TABLES}
    for result, _text in journal.results():  # one pass over the journal for every format
        tables["documents"].append(tuple(plain_values(result.document)))
        for name in EXTRACTION_TABLES:
            tables[name].extend(tuple(plain_values(row)) for row in result.table(name))
    if "sqlite" in formats:
        tmp = out / ".tables.sqlite.tmp"
        tmp.unlink(missing_ok=True)
        conn = sqlite3.connect(tmp)
        try:
            for name, row_type in TABLES.items():
                fields = dataclasses.fields(row_type)
                columns = ", ".join(f'"{f.name}" {_sql_type(f.type)}' for f in fields)
                marks = ", ".join("?" * len(fields))
                conn.execute(f'CREATE TABLE "{name}" ({columns})')
                conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', tables[name])
            conn.commit()
        finally:
            conn.close()
        tmp.replace(out / "tables.sqlite")
    if "parquet" in formats:
        try:
            import pandas as pd
            import pyarrow  # noqa: F401
        except ImportError:
            raise NewsEventsError(Errors.E016) from None
        for name, row_type in TABLES.items():
            frame = pd.DataFrame.from_records(tables[name], columns=[f.name for f in dataclasses.fields(row_type)])
            tmp = out / f".{name}.parquet.tmp"
            frame.to_parquet(tmp, index=False)
            tmp.replace(out / f"{name}.parquet")


def _sql_type(annotation) -> str:
    text = str(annotation)
    return "INTEGER" if "int" in text else "REAL" if "float" in text else "TEXT"


def _write_outputs(out: Path, journal: Journal, summary: RunSummary, *, manifest: dict) -> None:
    writer = TableWriter(out, TABLES)
    error: BaseException | None = None
    try:
        with atomic_open(out / "texts.jsonl") as texts:
            for result, text in journal.results():
                writer.write("documents", [result.document])
                summary.status[result.document.status] += 1
                for table in EXTRACTION_TABLES:
                    writer.write(table, result.table(table))
                if text is not None:
                    texts.write(dumps_text_record(result.document.doc_id, text))
    except BaseException as err:
        error = err
        raise
    finally:
        writer.close(error=error)
    summary.rows = {table: writer.counts[table] for table in EXTRACTION_TABLES}
    with atomic_open(out / "run.json") as handle:
        handle.write(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
