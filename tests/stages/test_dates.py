"""The dates stage on the two sample articles: every expression as a careful reader gives it."""

from __future__ import annotations

import csv

import pytest

from pipeline.evaluate.read_project import read_gold_jsonl
from tests.conftest import AL_MONITOR, CORPUS, MEMO


@pytest.fixture(scope="module")
def dates(corpus_run):
    out, _ = corpus_run
    with (out / "dates.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def row(dates, doc, text, nth=0):
    return [r for r in dates if r["doc_id"] == doc.stem and r["text"] == text][nth]


@pytest.mark.parametrize("text, nth, value, first, last", [
    ("today", 0, "2019-12-30", "2019-12-30", "2019-12-30"),
    ("Monday", 0, "2019-12-30", "2019-12-30", "2019-12-30"),
    ("this weekend", 0, "2019-W52-WE", "2019-12-28", "2019-12-29"),
    ("Dec. 29", 0, "2019-12-29", "2019-12-29", "2019-12-29"),
    ("last week", 0, "2019-W52", "2019-12-23", "2019-12-29"),
    ("the past two months", 0, "P2M", "2019-10-30", "2019-12-30"),
    ("three months", 0, "P3M", "2019-09-30", "2019-12-30"),  # "nearly" is the mod, outside the extent
    ("today", 1, "2019-12-30", "2019-12-30", "2019-12-30"),
])
def test_al_monitor_dates(dates, text, nth, value, first, last):
    r = row(dates, AL_MONITOR, text, nth)
    assert (r["value"], r["first_day"], r["last_day"]) == (value, first, last)


@pytest.mark.parametrize("text, nth, value", [
    ("This morning", 0, "2019-12-31TMO"),
    ("Tuesday", 0, "2019-12-31"),  # the publication weekday is the publication day
    ("Tuesday", 1, "2019-12-31"),
    ("recent months", 0, "PAST_REF"),
])
def test_memo_dates(dates, text, nth, value):
    assert row(dates, MEMO, text, nth)["value"] == value


def test_every_gold_date_found_with_its_value(dates):
    gold = read_gold_jsonl(CORPUS / "gold" / "corpus.gold.jsonl")
    found = {(r["doc_id"], int(r["start"]), int(r["end"])): r for r in dates}
    for doc in gold.docs.values():
        for mention in doc.mentions["dates"]:
            r = found.get((doc.doc_id, mention.start, mention.end))
            assert r is not None, mention.text
            for attr in ("value", "type", "first_day", "last_day", "anchor"):
                assert r[attr] == mention.get(attr), (mention.text, attr)


def test_no_number_becomes_a_date(dates):
    assert not [r for r in dates if r["text"].replace(",", "").isdigit() and len(r["text"]) != 4]
