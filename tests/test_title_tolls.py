"""Tolls a record's title tells (pipeline/title_tolls.py), and the rows they give where the
text tells none; headlines from scraped US local news."""

from __future__ import annotations

import csv
import json

import pytest

from pipeline.evaluate.run import evaluate_run
from pipeline.extract import run_extract
from pipeline.title_tolls import title_toll
from pipeline.validate import validate_run


@pytest.mark.parametrize("title, killed, injured", [
    ("Five dead in Cascade Mall shooting; gunman still at large", ("Five dead", 5), None),
    ("Police identify four killed in Killeen shooting", ("four killed", 4), None),
    ("4 Shot, 1 Killed During Argument In Detroit", ("1 Killed", 1), ("4 Shot", 3)),  # the shot include the dead
    ("Shooting at Kansas City club kills one, injures eight", ("kills one", 1), ("injures eight", 8)),
    ("Boy, 13, dies after he was shot by Columbus police on Near East Side", ("Boy, 13, dies", 1), None),
    ("Teen Shot To Death In Pacoima", ("Teen Shot To Death", 1), None),
    ("Des Moines teen shot in the head dies", ("teen shot in the head dies", 1), None),  # one person, not two
    ("1 charged in apparent accidental shooting that killed Columbia teen Sunday", ("killed Columbia teen", 1), None),
    ("Toddler becomes fourth to die in Bucksport shooting", ("fourth to die", 4), None),
    ("Attempt to deal with stray dogs led to accidental shooting death", ("shooting death", 1), None),
    ("Father of 5 killed in shooting that left another six injured", ("Father of 5 killed", 1), ("six injured", 6)),
    ("Four Injured In Miami Gardens Shooting", None, ("Four Injured", 4)),
    ("Boy, 3, wounded in accidental shooting in Florissant, police say", None, ("Boy, 3, wounded", 1)),
    ("Bullet grazes teen after skate park dispute leads to drive-by in Sumner", None, ("grazes teen", 1)),
    ("Jefferson County boy, 4, shoots self in groin with grandfather's handgun", None, ("boy, 4, shoots self", 1)),
    # no toll: an arrest, a custody, an age that is no count, a count of children one has
    ("2 Phenix City men charged with attempted murder in drive-by shooting", None, None),
    ("Police: Vortex gunman in custody", None, None),
    ("Man accused of killing 14-year-old indicted on murder charge", ("killing 14-year-old", 1), None),
    ("Why you shouldn't bring your pet to a holiday party", None, None),
])
def test_a_headline_tells_its_toll(title, killed, injured):
    found = title_toll(title)
    assert [None if r is None else (title[r.start:r.end], r.best) for r in found] == [killed, injured]


def _run(tmp_path, records):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run_extract([src], tmp_path / "run")
    return tmp_path / "run"


def test_a_page_without_its_story_takes_the_titles_toll(tmp_path):
    """A sign-in page keeps the story only in its record's title: an event of the title with
    its toll, spans into the title, and the record scored from it."""
    run = _run(tmp_path, [
        {"id": "paywall", "title": "Teen Shot To Death In Pacoima", "published": "2016-12-30",
         "text": "Already a subscriber?\n\nClick on the button below to set up your account or log in."},
        {"id": "told", "title": "Two wounded in Pacoima shooting", "published": "2016-12-30",
         "text": "Police said a man was killed in a shooting in Pacoima on Thursday night."},
    ])
    assert validate_run(run) == []
    with (run / "events.csv").open(encoding="utf-8") as handle:
        events = {row["doc_id"]: row for row in csv.DictReader(handle)}
    paywall = events["paywall"]
    assert (paywall["zone"], paywall["start"], paywall["text"], paywall["killed"], paywall["event_type"]) == (
        "record_title", "", "Teen Shot To Death", "1", "shooting")
    assert "Teen Shot To Death In Pacoima"[int(paywall["title_start"]):int(paywall["title_end"])] == paywall["text"]
    assert (events["told"]["killed"], events["told"]["injured"]) == ("1", "")  # the text's toll, not the title's
    gold = tmp_path / "gold.csv"
    gold.write_text("doc_id,killed,injured\npaywall,1,0\ntold,1,0\n", encoding="utf-8")
    fields = evaluate_run(run, gold)["records"]["fields"]
    assert fields["killed"]["accuracy"] == 1.0 and fields["injured"]["accuracy"] == 1.0
