"""Places in the two sample articles, resolved with the offline gazetteer."""

from __future__ import annotations

import csv

import pytest

from pipeline.evaluate.read_project import read_gold_jsonl
from pipeline.gazetteer import default_gazetteer
from tests.conftest import AL_MONITOR, CORPUS, MEMO

GOLD = read_gold_jsonl(CORPUS / "gold" / "corpus.gold.jsonl")
MISSED = {
    "Mar-a-Lago": "the model tags no entity there and the gazetteer has no facilities",
}
PLACES = [(doc.doc_id, m) for doc in GOLD.docs.values() for m in doc.mentions["locations"]]


@pytest.fixture(scope="module")
def predicted(corpus_run):
    with (corpus_run[0] / "locations.csv").open(encoding="utf-8", newline="") as handle:
        return {(r["doc_id"], int(r["start"])): r for r in csv.DictReader(handle)}


@pytest.mark.parametrize("doc_id, mention", [
    pytest.param(d, m, id=f"{d[:5]}-{m.start}-{m.text}",
                 marks=[pytest.mark.xfail(reason=MISSED[m.text], strict=True)] if m.text in MISSED else [])
    for d, m in PLACES])
def test_gold_place_found_and_resolved(predicted, doc_id, mention):
    row = predicted.get((doc_id, mention.start))
    assert row is not None, mention.text
    for attr in ("name", "country", "feature", "geonameid", "admin1"):
        if mention.get(attr):
            assert row[attr] == mention.get(attr), (mention.text, attr)


def test_countries_are_not_places_when_they_act_or_modify(predicted):
    texts = {(doc, r["text"], start) for (doc, start), r in predicted.items()}
    al = AL_MONITOR.read_text(encoding="utf-8")
    assert (AL_MONITOR.stem, "Iraq", al.index("Iraq promised")) not in texts  # an actor there
    assert (AL_MONITOR.stem, "US", al.index("US position")) not in texts  # a modifier
    memo = MEMO.read_text(encoding="utf-8")
    assert (MEMO.stem, "Iran", memo.index("Iran-backed") if "Iran-backed" in memo else -1) not in texts


def test_events_are_located(corpus_run):
    with (corpus_run[0] / "events.csv").open(encoding="utf-8", newline="") as handle:
        events = {(r["doc_id"], r["text"]): r for r in csv.DictReader(handle)}
    assert (events[(AL_MONITOR.stem, "strikes")]["location"], events[(AL_MONITOR.stem, "strikes")]["country"]) == (
        "Iraq", "IRQ")
    assert events[(MEMO.stem, "breached")]["location"] == "Baghdad"
    assert events[(MEMO.stem, "missile attack")]["country"] == "IRQ"


@pytest.mark.parametrize("text, context, country, feature", [
    ("Baghdad", (), "IRQ", "city"),
    ("Deir ez-Zor", (), "SYR", "city"),
    ("Deir al-Zor", (), "SYR", "city"),
    ("Kirkuk", (), "IRQ", "city"),
    ("Idlib", (), "SYR", "city"),
    ("al-Qa'im", (), "IRQ", "city"),
    ("U.S.", (), "USA", "country"),
    ("Fla.", (), "USA", "admin"),
    ("Oklahoma", (), "USA", "admin"),
    ("Georgia", ("USA",), "GEO", "country"),  # countries first, as a gazetteer must
    ("Harris County", (), "USA", "admin"),
])
def test_gazetteer_resolution(text, context, country, feature):
    place = default_gazetteer().resolve(text, context_countries=context)
    assert place is not None and (place.country, place.feature) == (country, feature)


def test_town_in_named_state():
    gazetteer = default_gazetteer()
    assert gazetteer.in_state("Clarksville", "Tennessee").geonameid == 4613868
    assert gazetteer.resolve("Harris County", context_admin1={"Texas"}).admin1 == "Texas"
    assert gazetteer.state("TX").name == "Texas" and gazetteer.state("Tenn.").name == "Tennessee"
