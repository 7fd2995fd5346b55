"""States a US story implies without naming them, for reading its place names.

"Fairfield County" is Ohio's when the story also names Stoutsville, a town only Ohio has;
"Gary" makes Indiana the story's state; "the Iowa DNR" names Iowa; a station's market after
the record's title gives its state. pipeline.stages.locations reads names in these states
before others of the same name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.gazetteer import Gazetteer, place_key
from pipeline.place_words import METROPOLIS
from pipeline.stages.extensions import entities


def implied_states(gazetteer: Gazetteer, doc: Doc, mentions: list[Span], named: set[str], local: bool,
                   title_states: set[str]) -> dict[str, set[str]]:
    """States the article's places imply without naming them, each with the place names
    that imply it (a name does not vouch for its own reading): in a US story, a town or
    county only one state has ("Stoutsville" is in Ohio, so "Fairfield County" is
    Ohio's); a big city's state unless the name also fits a state the article names
    ("Lakewood" under a "LAKEWOOD, Wash." dateline is not Lakewood, Colo.); in a US
    story that names no state, the one state that has most of its places; a state that
    opens an organisation's name ("the Iowa DNR", "Texas Department of Public Safety");
    the states the record's title gives (`title_states`)."""
    implied: dict[str, set[str]] = {}
    for ent in mentions:
        # a town of 15,000+ outweighs small namesakes ("Gary" is Gary, Ind.)
        in_states = gazetteer.us_states_of(ent.text) or \
            (gazetteer.us_states_of(ent.text, allow_minor=True) if local else set())
        if not in_states or in_states & named:
            continue
        if len(in_states) == 1 and local:
            implied.setdefault(next(iter(in_states)), set()).add(place_key(ent.text))
            continue
        place = gazetteer.resolve(ent.text)
        if place is not None and place.country == "USA" and place.feature == "city" and place.population > 100_000:
            implied.setdefault(place.admin1, set()).add(place_key(ent.text))
    if local and not named:
        # the one state that has most of the story's places ("Butler County" and "Allison":
        # Iowa has both)
        support: dict[str, set[str]] = {}
        for ent in mentions:
            place = gazetteer.resolve(ent.text)
            if place is not None and place.feature == "city" and place.population > METROPOLIS:
                continue  # "Miami" is Miami, Fla., whatever small namesakes Texas has
            for state in gazetteer.us_states_of(ent.text, allow_minor=True):
                support.setdefault(state, set()).add(place_key(ent.text))
        ranked = sorted(support.items(), key=lambda kv: -len(kv[1]))
        if ranked and len(ranked[0][1]) >= 2 and (len(ranked) == 1 or len(ranked[1][1]) < len(ranked[0][1])):
            implied.setdefault(ranked[0][0], set()).update(ranked[0][1])
    for state in title_states:
        implied.setdefault(state, set()).add("<title>")
    for ent in entities(doc):
        if ent.label_ == "ORG":
            words = [t for t in ent if t.lower_ != "the"]
            for width in (2, 1):
                head = " ".join(t.text for t in words[:width])
                state = gazetteer.state(head) if len(words) > width and len(head) > 3 else None
                if state is not None and head == state.name:
                    implied.setdefault(state.admin1, set()).add(place_key(ent.text))
                    break
    return implied
