from __future__ import annotations

import csv
import shutil
import sqlite3

import pytest

from pipeline.errors import NewsEventsError
from pipeline.extract import ExtractOptions, run_extract
from pipeline.journal import JOURNAL_NAME
from pipeline.types import TABLES, columns
from pipeline.validate import validate_run
from tests.conftest import AL_MONITOR, CORPUS, MEMO


def read_rows(path):
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_corpus_run_is_valid_and_complete(corpus_run):
    out, summary = corpus_run
    assert summary.status["ok"] == 2 and summary.any_ok
    assert validate_run(out) == []
    for name, row_type in TABLES.items():
        with (out / f"{name}.csv").open(encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split(",")
        assert header[:len(row_type.REQUIRED)] == list(row_type.REQUIRED), name
        assert header == columns(row_type)


def test_every_span_points_at_its_words(corpus_run):
    out, _ = corpus_run
    texts = {AL_MONITOR.stem: AL_MONITOR.read_text(encoding="utf-8"), MEMO.stem: MEMO.read_text(encoding="utf-8")}
    checked = 0
    for name, row_type in TABLES.items():
        for row in read_rows(out / f"{name}.csv"):
            for start, end, text_col in row_type.SPANS:
                if row[start]:
                    assert texts[row["doc_id"]][int(row[start]):int(row[end])] == row[text_col]
                    checked += 1
    assert checked > 100


def test_sample_documents_rows(corpus_run):
    out, _ = corpus_run
    docs = {row["doc_id"]: row for row in read_rows(out / "documents.csv")}
    al = docs[AL_MONITOR.stem]
    assert (al["title"], al["published"], al["published_source"]) == (
        "US position in Iraq in jeopardy after strikes", "2019-12-30", "dateline")
    memo = docs[MEMO.stem]
    assert memo["published"] == "2019-12-31" and memo["title"].startswith("Memo: Backlash to U.S. Strikes")


def test_nothing_extracted_from_furniture(corpus_run):
    out, _ = corpus_run
    text = AL_MONITOR.read_text(encoding="utf-8")
    paywall = text.index("Continue reading this article")
    for name in ("actors", "locations", "dates"):
        for row in read_rows(out / f"{name}.csv"):
            if row["doc_id"] == AL_MONITOR.stem:
                assert int(row["start"]) < paywall, (name, row["text"])
                assert row["zone"] not in ("byline", "meta", "boilerplate")
    actors = {row["name"] for row in read_rows(out / "actors.csv")}
    assert "Jack Detsch" not in actors  # the byline
    assert "Tom Brenner" not in actors  # the photo credit
    assert "Mark Esper" in actors and "Adel Abdul Mahdi" in actors


def test_ner_rows_for_every_table(corpus_run):
    out, summary = corpus_run
    locations = {(r["text"], r["country"]) for r in read_rows(out / "locations.csv")}
    assert ("Baghdad", "IRQ") in locations and ("Syria", "SYR") in locations and ("U.S.", "USA") in locations
    dates = {(r["doc_id"], r["text"]): r["value"] for r in read_rows(out / "dates.csv")}
    assert dates[(AL_MONITOR.stem, "today")] == "2019-12-30"
    assert dates[(MEMO.stem, "December 31, 2019")] == "2019-12-31"
    assert summary.rows["actors"] > 20 and summary.rows["locations"] > 20


def write_bad_batch(folder):
    folder.mkdir()
    shutil.copy(AL_MONITOR, folder / "a-good.txt")
    (folder / "b-binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "c-empty.txt").write_bytes(b"")
    cp1252 = ("Iraq’s government said on Monday that “dozens” of protesters stormed the embassy "
              "in Baghdad — a café nearby was damaged.\n")
    (folder / "d-cp1252.txt").write_bytes(cp1252.encode("cp1252"))
    return cp1252


def test_failure_isolation(tmp_path):
    cp1252 = write_bad_batch(tmp_path / "in")
    summary = run_extract([tmp_path / "in"], tmp_path / "out")
    docs = {row["doc_id"]: row for row in read_rows(tmp_path / "out" / "documents.csv")}
    assert list(docs) == ["a-good", "b-binary", "c-empty", "d-cp1252"]
    assert docs["a-good"]["status"] == "ok"
    assert docs["b-binary"]["status"] == "failed" and "binary" in docs["b-binary"]["error"]
    assert docs["c-empty"]["status"] == "failed" and docs["c-empty"]["error"] == "empty document"
    assert docs["d-cp1252"]["status"] == "ok" and docs["d-cp1252"]["encoding"] == "cp1252"
    assert summary.status == {"ok": 2, "failed": 2}
    locations = [r for r in read_rows(tmp_path / "out" / "locations.csv") if r["doc_id"] == "d-cp1252"]
    assert [(r["text"], int(r["start"])) for r in locations if r["text"] == "Baghdad"] == [
        ("Baghdad", cp1252.index("Baghdad"))]
    assert validate_run(tmp_path / "out") == []


def test_long_article_processed_in_pieces_with_offsets_mapped_back(nlp):
    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    text = MEMO.read_text(encoding="utf-8")
    whole = SourceDoc(doc_id="memo", path="memo.txt", text=text)
    (reference,) = process_batch(nlp, [whole])
    limit = nlp.max_length
    nlp.max_length = 1500  # the memo (4,812 characters) now exceeds the model's limit
    try:
        (pieced,) = process_batch(nlp, [whole])
    finally:
        nlp.max_length = limit
    assert pieced.document.status == "ok" and pieced.document.chars == len(text)
    assert pieced.document.published == "2019-12-31"
    for table in ("events", "actors", "casualties", "locations", "claims", "dates"):
        for row in pieced.table(table):
            for start, end, column in type(row).SPANS:
                if getattr(row, start) is not None:
                    assert text[getattr(row, start):getattr(row, end)] == getattr(row, column), (table, row)
    for event in pieced.events:
        assert event.event_id == f"memo:E{event.start}"
    assert {(d.start, d.value) for d in pieced.dates} == {(d.start, d.value) for d in reference.dates}
    assert {c.text for c in pieced.casualties} == {c.text for c in reference.casualties}


def test_stage_exception_becomes_failed_row(monkeypatch, nlp):
    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc
    from pipeline.stages.casualties import CasualtiesStage

    def broken(self, doc):
        if "Kirkuk" in doc.text:
            raise RuntimeError("stage exploded")
        return original(self, doc)

    original = CasualtiesStage.__call__
    monkeypatch.setattr(CasualtiesStage, "__call__", broken)
    bad = SourceDoc(doc_id="bad", path="bad.txt", text="Rockets hit the base in Kirkuk on Monday.")
    good = SourceDoc(doc_id="good", path="good.txt", text="Rockets hit the base in Mosul on Monday.")
    results = process_batch(nlp, [bad, good])
    assert results[0].document.status == "failed" and "RuntimeError: stage exploded" in results[0].document.error
    assert results[1].document.status == "ok" and results[1].locations


def test_rerun_is_byte_identical(tmp_path, corpus_run):
    out, _ = corpus_run
    again = tmp_path / "again"
    run_extract([CORPUS], again)
    for name in list(TABLES) + ["texts"]:
        suffix = ".jsonl" if name == "texts" else ".csv"
        assert (out / f"{name}{suffix}").read_bytes() == (again / f"{name}{suffix}").read_bytes(), name


def test_resume_skips_done_documents_and_duplicates_nothing(tmp_path):
    write_bad_batch(tmp_path / "in")
    reference = tmp_path / "reference"
    run_extract([tmp_path / "in"], reference)

    partial = tmp_path / "partial"
    run_extract([tmp_path / "in"], partial)
    # Simulate a run killed after two documents: the journal holds only those, no CSVs.
    with sqlite3.connect(partial / JOURNAL_NAME) as conn:
        conn.execute("DELETE FROM docs WHERE seq >= 2")
    for name in TABLES:
        (partial / f"{name}.csv").unlink()
    summary = run_extract([tmp_path / "in"], partial, options=ExtractOptions(resume=True))
    assert summary.resumed == 2 and summary.processed == 2
    for name in TABLES:
        assert (partial / f"{name}.csv").read_bytes() == (reference / f"{name}.csv").read_bytes(), name


def test_existing_output_needs_resume_or_overwrite(tmp_path, corpus_run):
    out, _ = corpus_run
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    with pytest.raises(NewsEventsError, match="E004"):
        run_extract([CORPUS], copy)
    with pytest.raises(NewsEventsError, match="E011"):
        run_extract([CORPUS], copy, options=ExtractOptions(resume=True, overwrite=True))
    summary = run_extract([CORPUS], copy, options=ExtractOptions(overwrite=True))
    assert summary.processed == 2 and summary.resumed == 0


def test_output_folder_inside_the_input_folder_is_not_read(tmp_path):
    shutil.copy(MEMO, tmp_path / MEMO.name)
    for _ in range(2):  # the second run walks a folder holding the first run's texts.jsonl
        summary = run_extract([tmp_path], tmp_path / "run", options=ExtractOptions(overwrite=True))
    assert summary.processed == 1
    assert [r["doc_id"] for r in read_rows(tmp_path / "run" / "documents.csv")] == [MEMO.stem]


def test_two_workers_match_one(tmp_path, corpus_run):
    out, _ = corpus_run
    run_extract([CORPUS], tmp_path / "w2", options=ExtractOptions(workers=2, batch_size=1))
    for name in TABLES:
        assert (out / f"{name}.csv").read_bytes() == (tmp_path / "w2" / f"{name}.csv").read_bytes(), name


def test_publication_date_sources(tmp_path):
    import json

    records = [
        {"id": "record", "text": "December 31, 2019\n\nMilitiamen stormed the embassy in Baghdad on Tuesday.",
         "published": "2020-01-02"},
        {"id": "dateline", "text": "December 31, 2019\n\nMilitiamen stormed the embassy in Baghdad on Tuesday."},
        {"id": "default", "text": "Militiamen stormed the embassy in Baghdad on Tuesday, witnesses said."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    from datetime import date

    run_extract([src], tmp_path / "out", options=ExtractOptions(published=date(2019, 12, 31)))
    docs = {r["doc_id"]: (r["published"], r["published_source"]) for r in read_rows(tmp_path / "out" / "documents.csv")}
    assert docs == {"record": ("2020-01-02", "record"), "dateline": ("2019-12-31", "dateline"),
                    "default": ("2019-12-31", "default")}
    run_extract([src], tmp_path / "none")
    docs = {r["doc_id"]: r["published"] for r in read_rows(tmp_path / "none" / "documents.csv")}
    assert docs["default"] == ""


def test_shards_merge_to_a_single_run(tmp_path, corpus_run):
    from pipeline.extract import merge_runs, parse_shard

    out, _ = corpus_run
    write_bad_batch(tmp_path / "in")
    shutil.copy(MEMO, tmp_path / "in" / "e-memo.txt")
    single = tmp_path / "single"
    run_extract([tmp_path / "in"], single)
    for i in range(2):
        run_extract([tmp_path / "in"], tmp_path / f"shard{i}", options=ExtractOptions(shard=parse_shard(f"{i}/2")))
    merge_runs([tmp_path / "shard1", tmp_path / "shard0"], tmp_path / "merged")
    for name in list(TABLES) + ["texts"]:
        suffix = ".jsonl" if name == "texts" else ".csv"
        assert (single / f"{name}{suffix}").read_bytes() == (tmp_path / "merged" / f"{name}{suffix}").read_bytes()
    with pytest.raises(NewsEventsError, match="E014"):
        parse_shard("2/2")


def test_dask_engine_matches_local(tmp_path, corpus_run):
    pytest.importorskip("distributed")
    out, _ = corpus_run
    run_extract([CORPUS], tmp_path / "dask", options=ExtractOptions(engine="dask", workers=2, batch_size=1))
    for name in list(TABLES) + ["texts"]:
        suffix = ".jsonl" if name == "texts" else ".csv"
        assert (out / f"{name}{suffix}").read_bytes() == (tmp_path / "dask" / f"{name}{suffix}").read_bytes(), name


def test_sqlite_tables_for_machines(tmp_path):
    out = tmp_path / "out"
    run_extract([CORPUS], out, options=ExtractOptions(formats=("sqlite",)))
    with sqlite3.connect(out / "tables.sqlite") as conn:
        for name in TABLES:
            with (out / f"{name}.csv").open(encoding="utf-8") as handle:
                assert conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] == sum(1 for _ in handle) - 1
        start, end, text = conn.execute("SELECT start, end, text FROM dates LIMIT 1").fetchone()
    assert isinstance(start, int) and AL_MONITOR.read_text(encoding="utf-8")[start:end] == text


def test_minibatches_keep_order_and_a_character_budget():
    from pipeline.extract import BATCH_CHARS, _by_size
    from pipeline.ingest import SourceDoc

    sizes = [10, BATCH_CHARS // 2, BATCH_CHARS // 2, 5, BATCH_CHARS * 3, 7, 8, 9]
    sources = [SourceDoc(doc_id=str(i), path="x", text="a" * n) for i, n in enumerate(sizes)]
    groups = list(_by_size(list(range(len(sources))), sources, batch_size=2))
    assert [i for group in groups for i in group] == list(range(len(sources)))  # input order, nothing lost
    for group in groups:
        assert len(group) <= 2
        assert len(group) == 1 or sum(sizes[i] for i in group) <= BATCH_CHARS  # a longer document goes alone
    assert [4] in groups
