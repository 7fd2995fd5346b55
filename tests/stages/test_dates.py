"""The dates stage on the two sample articles: every expression as a careful reader gives it."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from pipeline.evaluate.read_project import read_gold_jsonl
from pipeline.extract import process_batch
from pipeline.ingest import SourceDoc
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
    ("nearly three months", 0, "P3M", "2019-09-30", "2019-12-30"),  # TimeML: the modifier is in the extent
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


def read(nlp, text: str, published: date) -> list[tuple[str, str]]:
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)], default_published=published)
    return [(r.text, r.value) for r in result.dates]


@pytest.mark.parametrize("text, published, expected", [
    # words before a date point it forward whatever the verb's tense
    ("The company declared a dividend payable Dec. 7 to stock of record Nov. 22.", date(1989, 10, 27),
     [("Dec. 7", "1989-12-07"), ("Nov. 22", "1989-11-22")]),
    ("Officials postponed until Tuesday morning any action on the case.", date(2000, 3, 30),
     [("Tuesday morning", "2000-04-04TMO")]),
    ("The group could leave for the United States as soon as Tuesday, Castro said.", date(2000, 4, 3),
     [("Tuesday", "2000-04-04")]),
    ("His father said he would be traveling to Washington on Thursday.", date(2000, 4, 5),
     [("Thursday", "2000-04-06")]),
    # "had been due to" looks back; a possessive weekday is over
    ("The offer had been due to expire Friday evening.", date(1989, 10, 30), [("Friday evening", "1989-10-27TEV")]),
    ("The move follows Tuesday's declaration by Ford.", date(1989, 10, 27), [("Tuesday", "1989-10-24")]),
    # TimeML extents: modifiers in, prepositions and a determiner before a calendar date out
    ("Prices rose nearly two years ago, early December and earlier this month.", date(1999, 12, 20),
     [("nearly two years ago", "1997"), ("early December", "1999-12"), ("earlier this month", "1999-12")]),
    ("It happened on the Dec. 21, 1988 flight.", date(1999, 1, 1), [("Dec. 21, 1988", "1988-12-21")]),
    # one entity, two expressions
    ("Earnings for the quarter ended Sept. 30 fell.", date(1989, 11, 2),
     [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
    ("He was arrested twice between 1994 and 1997.", date(1999, 4, 19), [("1994", "1994"), ("1997", "1997")]),
    # a person's decade of life is an age, not the decade of a calendar
    ("Two men and two women, all in their 20s, were wounded in the 1990s riots.", date(2016, 12, 9),
     [("the 1990s", "199")]),
    ("A man in his early forties was arrested.", date(2016, 12, 9), []),
])
def test_date_grammar_in_context(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Police said he was shot Tuesday and will be arraigned Friday.", date(2016, 9, 7),
     [("Tuesday", "past"), ("Friday", "future")]),
    ("The man is expected to be arraigned Tuesday.", date(2014, 10, 28), [("Tuesday", "future")]),
    ("The bill has been delayed since March.", date(2014, 10, 28), [("March", "perfect")]),
])
def test_each_date_keeps_the_tense_it_was_read_in(nlp, text, published, expected):
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)], default_published=published)
    assert [(r.text, r.tense) for r in result.dates] == expected
