"""The review app without a browser: decisions, persistence, escaping, exports."""

from __future__ import annotations

import json
import shutil

import pytest
from starlette.testclient import TestClient

from pipeline.evaluate.run import evaluate_run
from pipeline.extract import run_extract
from pipeline.review.app import create_app
from pipeline.review.data import RunData, export_gold
from pipeline.review.exports import export_brat, export_labelstudio
from pipeline.review.store import ReviewStore
from tests.conftest import AL_MONITOR


@pytest.fixture()
def run(tmp_path, corpus_run):
    out = tmp_path / "run"
    shutil.copytree(corpus_run[0], out)
    return out


def first_row(run, table):
    doc = RunData(run).doc(AL_MONITOR.stem)
    return doc.rows[table][0]


def test_decisions_persist_and_apply(run):
    client = TestClient(create_app(run))
    event = first_row(run, "events")
    actor = first_row(run, "actors")
    assert client.post("/api/decision", json={"doc_id": AL_MONITOR.stem, "table": "events", "key": event.key,
                                              "action": "accept"}).status_code == 200
    assert client.post("/api/decision", json={"doc_id": AL_MONITOR.stem, "table": "actors", "key": actor.key,
                                              "action": "edit", "values": {"name": "Fixed Name"}}).json()["ok"]
    doc = RunData(run).doc(AL_MONITOR.stem)  # a fresh load, as after a restart
    assert doc.rows["events"][0].status == "accepted"
    assert doc.rows["actors"][0].status == "edited" and doc.rows["actors"][0].values["name"] == "Fixed Name"


def test_two_tabs_do_not_overwrite_each_other(run):
    first, second = ReviewStore(run), ReviewStore(run)
    event, actor = first_row(run, "events"), first_row(run, "actors")
    first.record(AL_MONITOR.stem, "events", event.key, "reject")
    second.record(AL_MONITOR.stem, "actors", actor.key, "accept")
    doc = RunData(run).doc(AL_MONITOR.stem)
    assert doc.rows["events"][0].status == "rejected" and doc.rows["actors"][0].status == "accepted"


def test_added_row_and_fixed_span_take_their_text_from_the_document(run):
    client = TestClient(create_app(run))
    text = AL_MONITOR.read_text(encoding="utf-8")
    start = text.index("Horizon Client access")
    response = client.post("/api/decision", json={"doc_id": AL_MONITOR.stem, "table": "actors", "action": "add",
                                                  "values": {"start": start, "end": start + 21, "name": "Horizon"}})
    assert response.status_code == 200
    added = [r for r in RunData(run).doc(AL_MONITOR.stem).rows["actors"] if r.status == "added"]
    assert [r.values["text"] for r in added] == ["Horizon Client access"]
    bad = client.post("/api/decision", json={"doc_id": AL_MONITOR.stem, "table": "actors", "action": "add",
                                             "values": {"start": 10**6, "end": 10**6 + 3}})
    assert bad.status_code == 400


def test_article_text_is_escaped(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "evil.txt").write_text("<script>alert('x')</script> Gunmen attacked a base in Kirkuk on Monday.",
                                  encoding="utf-8")
    run_extract([src], tmp_path / "out")
    client = TestClient(create_app(tmp_path / "out"))
    page = client.get("/doc/evil").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert client.get("/").status_code == 200 and "evil" in client.get("/").text


def test_export_gold_and_evaluate_against_it(run, tmp_path):
    store = ReviewStore(run)
    event = first_row(run, "events")
    store.record(AL_MONITOR.stem, "events", event.key, "reject")
    store.record(AL_MONITOR.stem, "", AL_MONITOR.stem, "reviewed")
    counts = export_gold(run, tmp_path / "gold")
    assert counts["documents"] == 1
    report = evaluate_run(run, tmp_path / "gold", fmt="csv")
    assert report["tables"]["events"]["spu"] == 1  # the rejected row
    assert report["tables"]["actors"]["strict"]["f1"] == 1.0


@pytest.mark.parametrize("fmt", ["labelstudio", "brat"])
def test_exports_round_trip_through_evaluate(run, tmp_path, fmt):
    dest = tmp_path / ("tasks.json" if fmt == "labelstudio" else "brat")
    (export_labelstudio if fmt == "labelstudio" else export_brat)(run, dest)
    report = evaluate_run(run, dest, fmt=fmt)
    for table, scores in report["tables"].items():
        assert scores["exact"]["f1"] == 1.0, table
    if fmt == "labelstudio":
        tasks = json.loads(dest.read_text(encoding="utf-8"))
        assert tasks[0]["annotations"][0]["result"] and tasks[0]["predictions"]
