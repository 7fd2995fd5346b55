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


# --- a site's market: its towns' one state; its town a row of its own rule, the record's last resort

@pytest.mark.parametrize("title, state", [
    ("Suspect in campsite murders pleads not guilty - KLTV.com - Tyler, Longview, Jacksonville |ETX News", "Texas"),
    ("Fayette County child injured - Beckley, Bluefield & Lewisburg News, Weather, Sports", "West Virginia"),
    ("Shooting victim identified - WRCBtv.com | Chattanooga News, Weather & Sports", "Tennessee"),
    ("4 shot near Superdome - WAFB 9 News Baton Rouge, Louisiana News, Weather, Sports", "Louisiana"),
])
def test_a_site_market_gives_the_story_state(title, state):
    from pipeline.gazetteer import default_gazetteer
    from pipeline.title_places import states_in_title
    assert states_in_title(default_gazetteer(), title) == {state}


def test_a_market_of_towns_in_no_one_state_gives_none():
    from pipeline.gazetteer import default_gazetteer
    from pipeline.title_places import states_in_title
    # Savannah and Beaufort share no state; nor does the list read as a big city's state
    assert states_in_title(default_gazetteer(), "Man shot - WXYZ - Savannah, Beaufort News") == set()


def test_the_site_town_places_only_a_story_that_places_nothing(tmp_path):
    src = tmp_path / "in.jsonl"
    site = " - WMC Action News 5 - Memphis, Tennessee"
    records = [
        {"id": "a", "title": "Girl shot in chest while getting ready for prom" + site,
         "text": "An 18-year-old woman is in critical condition after police said she was shot inside her home."},
        {"id": "b", "title": "Man shot at gas station" + site,
         "text": "A man was shot Sunday at a gas station in Southaven, Miss., police said."},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run_extract([src], tmp_path / "run")
    assert validate_run(tmp_path / "run") == []
    rows = (tmp_path / "run" / "locations.csv").read_text(encoding="utf-8").splitlines()
    assert any(r.startswith("a,") and ",Memphis,Memphis,USA,Tennessee," in r and ",title_site+" in r for r in rows)
    events = (tmp_path / "run" / "events.csv").read_text(encoding="utf-8")
    assert "Memphis" not in events  # where the publisher is places no event
    gold = tmp_path / "gold.csv"
    gold.write_text("doc_id,state,city_or_county\na,Tennessee,Memphis\nb,Mississippi,Southaven\n", encoding="utf-8")
    fields = evaluate_run(tmp_path / "run", gold)["records"]["fields"]
    assert fields["admin1"]["accuracy"] == 1.0 and fields["location"]["accuracy"] == 1.0
