"""One reading per name, and readings near one another (pipeline/place_coherence.py),
on the real gazetteer and, end to end, on the real model."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import default_gazetteer, distance_km, place_key
from pipeline.place_coherence import Reading, cohere
from tests.conftest import extract_one


def reading(name, admin1, **kwargs):
    gazetteer = default_gazetteer()
    choices = [p for p in gazetteer.candidates(name) if p.country == "USA" and p.feature == "city"]
    place = next(p for p in choices if p.admin1 == admin1)
    return Reading(place_key(name), place, choices, **kwargs)


def test_a_town_far_from_the_story_takes_its_namesake_next_to_another_place():
    henderson, evansville = reading("Henderson", "Nevada"), reading("Evansville", "Indiana")
    (moved, how), (kept, same) = cohere([henderson, evansville])
    assert (moved.admin1, how) == ("Kentucky", "near") and distance_km(moved, kept) < 40
    assert (kept.admin1, same) == ("Indiana", "")


def test_a_dateline_reads_its_name_throughout():
    dateline, mention = reading("Topeka", "Kansas", dateline=True), reading("Topeka", "Indiana")
    assert [(p.admin1, how) for p, how in cohere([dateline, mention])] == [("Kansas", ""), ("Kansas", "same_name")]


@pytest.mark.parametrize("first, second, named", [
    (("Charleston", "West Virginia"), ("Staten Island", "New York"), {"West Virginia"}),  # in a state the story names
    (("Washington", "District of Columbia"), ("Trenton", "New Jersey"), set()),  # a big city stays
])
def test_readings_that_stay_where_they_are(first, second, named):
    (place, how), _ = cohere([reading(*first), reading(*second)], named)
    assert (place.admin1, how) == (first[1], "")


def test_a_lone_place_is_read_as_the_gazetteer_reads_it():
    ((place, how),) = cohere([reading("Henderson", "Nevada")])
    assert (place.admin1, how) == ("Nevada", "")


@pytest.mark.parametrize("text, town, admin1", [
    ("HENDERSON — A 17-year-old girl was killed in a shooting on Powell Street, Henderson police said. A man was "
     "taken to a hospital in Evansville.", "Henderson", "Kentucky"),
    ("RICHMOND — One man was killed and three were wounded in a shooting on First Street, police said. The "
     "victims were taken to a hospital in San Pablo.", "RICHMOND", "California"),
])
def test_the_story_places_read_its_namesakes(nlp, text, town, admin1):
    rows = [r for r in extract_one(nlp, text).locations if r.text == town]
    assert rows and all(r.admin1 == admin1 for r in rows)


# --- a part of a big city the gazetteer lacks, read as a small namesake far away

def test_a_small_town_far_from_the_story_city_is_a_part_of_it_in_local_news():
    ensley, birmingham = reading("Ensley", "Florida"), reading("Birmingham", "Alabama")
    (part, how), (city, same) = cohere([ensley, birmingham], local=True)
    assert (part.name, part.admin1, part.feature, part.lat, how) == ("Ensley", "Alabama", "other", None, "part_of_city")
    assert (city.admin1, same) == ("Alabama", "")
    # outside US local news the gazetteer's reading stands
    assert cohere([ensley, birmingham])[0] == (ensley.place, "")


def test_a_far_town_stays_in_a_story_of_more_than_one_state():
    gazetteer = default_gazetteer()
    durham, new_york = reading("Durham", "New Hampshire"), reading("New York", "New York")
    state = Reading("new hampshire", gazetteer.state("New Hampshire"))
    assert cohere([durham, new_york, state], local=True)[0] == (durham.place, "")
    madisonville, cincinnati = reading("Madisonville", "Kentucky"), reading("Cincinnati", "Ohio")
    lexington = reading("Lexington", "Kentucky")
    assert cohere([madisonville, cincinnati, lexington], local=True)[0][0].admin1 == "Kentucky"


@pytest.mark.parametrize("title, text, part, city, admin1", [
    ("Birmingham leaders react to developments in death of 4-year-old - WBRC FOX6 News - Birmingham, AL",
     "Birmingham Mayor William Bell reacted to Saturday's fatal shooting in Ensley while joining Police Chief A.C. "
     "Roper in announcing an arrest in the case.", "Ensley", "Birmingham", "Alabama"),
    ("Family identifies 5-year-old boy fatally shot in Madisonville",
     "A 5-year-old boy was fatally shot Sunday night in Madisonville, Cincinnati police said. Officers found him "
     "in the 5000 block of Chandler Street.", "Madisonville", "Cincinnati", "Ohio"),
])
def test_a_neighbourhood_the_gazetteer_lacks_is_in_the_story_city(nlp, title, text, part, city, admin1):
    result = extract_one(nlp, text, title=title)
    rows = [r for r in result.locations if r.text == part]
    assert rows and all((r.admin1, r.feature) == (admin1, "other") for r in rows)
    (event,) = [e for e in result.events if e.killed]
    assert event.locality == city
