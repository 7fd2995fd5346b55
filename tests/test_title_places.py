"""A record's title that is not in its text: the places it names (pipeline/title_places.py)."""

from __future__ import annotations

import json
import pytest

from pipeline.evaluate.run import evaluate_run
from pipeline.extract import run_extract
from pipeline.title_places import title_names
from pipeline.validate import validate_run
from tests.conftest import extract_one


@pytest.mark.parametrize("title, names", [
    ("Police identify four killed in Killeen shooting", [("Killeen", "title_locative")]),
    ("Boy, 13, dies after he was shot by Columbus police on Near East Side", [("Columbus", "title_modifier")]),
    ("Waverly man killed in Christmas Eve hunting accident", [("Waverly", "title_resident")]),
    ("Teen Killed, Another Wounded in St. Paul Shooting", [("St. Paul", "title_locative")]),
    ("2 bailiffs, shooter dead in Berrien County Courthouse shooting", [("Berrien County", "title_locative")]),
    ("7-year-old boy injured in accidental shooting in northwest Atlanta", [("Atlanta", "title_locative")]),
    ("Police identify victims of Southeast Fresno house party shooting", [("Southeast Fresno", "title_modifier")]),
    ("Police: Feud on Facebook put Miami 6-year-old in deadly crossfire", [("Miami", "title_resident")]),
    # part of a longer name: a mall, an avenue
    ("Five dead in Cascade Mall shooting; gunman still at large", []),
    ("15-year-old boy critically injured in Massachusetts Avenue shooting", []),
])
def test_title_names(title, names):
    found = [(n.text, n.rule) for n in title_names(title)]
    assert found[:1] == names  # the widest reading first; narrower ones are tried when it is no town


@pytest.mark.parametrize("title, town, state", [
    ("Man kills ex-wife, shoots teen daughter - WBRC FOX6 News - Birmingham, AL", "Birmingham", "AL"),
    ("3 shot at Whitehaven apartment complex - WMC Action News 5 - Memphis, Tennessee", "Memphis", "Tennessee"),
    ("Teen shot to death in Roswell apartment complex - WTVM.com-Columbus, GA News Weather & Sports", "Columbus",
     "GA"),
])
def test_a_site_name_after_the_headline_is_context_not_the_story_place(title, town, state):
    (site,) = [n for n in title_names(title) if n.site]
    assert (site.text, site.state) == (town, state)
    assert all(n.start < title.index(" - ") for n in title_names(title) if not n.site)


def test_a_paywall_page_is_placed_by_its_title(nlp):
    title = "Police identify four killed in Killeen shooting"
    result = extract_one(nlp, "Already a subscriber? Click on the button below to log in.", title=title,
                         path="t.jsonl")
    (town,) = result.locations
    assert (town.name, town.admin1, town.country, town.zone) == ("Killeen", "Texas", "USA", "record_title")
    assert town.start is None and title[town.title_start:town.title_end] == "Killeen"


@pytest.mark.parametrize("title, name, admin1", [
    ("5 dead in murder-suicide at family cabin outside Deer Lodge", "Deer Lodge", "Montana"),  # a small town
    ("7-year-old shot, killed in Southwest Charlotte, 3 others injured", "Charlotte", "North Carolina"),
    ("Police identify victims of Southeast Fresno house party shooting", "Fresno", "California"),
])
def test_a_page_without_the_article_is_placed_by_its_title(nlp, title, name, admin1):
    text = "Want to become a full access subscriber? We offer delivery options."
    (town,) = extract_one(nlp, text, title=title, path="t.jsonl").locations
    assert (town.name, town.admin1) == (name, admin1)


def test_an_event_the_text_does_not_place_takes_the_title_town_not_a_resident_town(nlp):
    text = "A man was shot and killed Saturday night, police said. No arrests have been made."
    events = extract_one(nlp, text, title="Man killed in Killeen shooting", path="t.jsonl").events
    (event,) = [e for e in events if e.event_type == "shooting"]
    assert (event.location, event.country, event.locality) == ("Killeen", "USA", "Killeen")
    # "Atlanta man": where he is from, not where he was shot
    text = "A man was accidentally shot and killed by his brother while hunting Saturday, deputies said."
    title = "Atlanta man accidentally shot and killed by brother while hunting"
    events = extract_one(nlp, text, title=title, path="t.jsonl").events
    assert events and all(e.location != "Atlanta" for e in events)


def test_a_title_that_opens_the_text_is_read_there_not_twice(nlp):
    text = "Man killed in Killeen shooting\n\nA man was shot and killed Saturday night, police said."
    result = extract_one(nlp, text, title="Man killed in Killeen shooting", path="t.jsonl")
    assert [r.zone for r in result.locations if r.name == "Killeen"] == ["title"]
    assert all(text[r.start:r.end] == r.text for r in result.locations)


def test_title_places_are_valid_output_and_count_for_the_record(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "title": "Boy, 13, dies after he was shot by Columbus police",
                               "text": "Enjoy the convenience of home delivery. Sign up today!"}) + "\n",
                   encoding="utf-8")
    run_extract([src], tmp_path / "run")
    assert validate_run(tmp_path / "run") == []
    gold = tmp_path / "gold.csv"
    gold.write_text("doc_id,state,city_or_county\na,Ohio,Columbus\n", encoding="utf-8")
    fields = evaluate_run(tmp_path / "run", gold)["records"]["fields"]
    assert fields["admin1"]["accuracy"] == 1.0 and fields["location"]["accuracy"] == 1.0
    # a title span that does not match the title is caught
    rows = (tmp_path / "run" / "locations.csv").read_text(encoding="utf-8")
    (tmp_path / "run" / "locations.csv").write_text(rows.replace(",Columbus,Columbus,", ",Columbia,Columbus,"),
                                                   encoding="utf-8")
    assert [v.column for v in validate_run(tmp_path / "run")] == ["text"]
