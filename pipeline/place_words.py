"""The words and small predicates the locations stage reads places by: locatives, agency
and person nouns, the marks of US local news, compass words, street corners, names of
people and actors that are not places, a broadcaster's market, sites the model left untagged.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.layout import FURNITURE_ZONES
from pipeline.matching import WordFilter
from pipeline.stages.extensions import per_doc, zone_of

FEATURE_BY_LABEL = {"GPE": "other", "LOC": "region", "FAC": "facility", "ORG": "facility"}
FACILITY_HEADS = {"embassy", "base", "airport", "compound", "hospital", "prison", "camp", "consulate", "palace",
                  "mosque", "church", "school", "university", "stadium", "bridge", "port", "refinery", "checkpoint"}
# heads after a name that make it a site ("al-Hawl camp", "Sednaya prison"), not a person;
# not "the Trump camp" (a person the story names: their side)
SITE_HEADS = {"camp", "prison", "airport", "airbase", "refinery", "dam", "checkpoint", "crossing", "stadium", "mosque"}
LOCATIVES = {"in", "into", "near", "from", "at", "to", "outside", "inside", "across"}
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
AREA_WORDS = {"area", "based", "region"}
# words that end a local agency's name ("Durham police", "Fort Bend County Sheriff's Office");
# the law-enforcement ones also mark a story as local ("fire" is too common for that)
LAW_AGENCY_WORDS = {"police", "sheriff", "sheriffs", "sheriff's", "marshals", "constable", "troopers"}
AGENCY_WORDS = LAW_AGENCY_WORDS | {"fire"}
# "an Evansville teen", "a Durham man": how local news names where its people are from
PERSON_NOUNS = {"man", "woman", "men", "women", "teen", "teens", "teenager", "boy", "girl", "child", "toddler",
                "resident", "residents", "family", "couple", "student", "mother", "father", "officer", "youth"}
# what a headline in title case runs into a place's name: "St. Paul Shooting", "Zanesville
# Bar Shooting", "North Richmond Shooting", "Killeen Police"
HEADLINE_TAIL_WORDS = {"shooting", "shootings", "stabbing", "homicide", "murder", "killing", "crash", "fire",
                       "standoff", "robbery", "attack", "blast", "explosion", "raid", "death", "deaths", "victim",
                       "victims", "suspect", "suspects"} | PERSON_NOUNS | LAW_AGENCY_WORDS
# a broadcaster's name before its market: "NBC 4 New York", "ABC7 Chicago", "WKRN Nashville"
BROADCASTER = re.compile(r"^(?:NBC|CBS|ABC|FOX|CW|PBS|[KW][A-Z]{2,3})\d*$")
agency_words = WordFilter(lower=AGENCY_WORDS)
person_words = WordFilter(lower=PERSON_NOUNS)
# what only US local news says: "the 300 block of South California", "the sheriff's office",
# "Harris County", "Terrebonne Parish" (not "County Cork", "Kent County Council"), "the
# district attorney", "the highway patrol", numbered streets ("18th Street South"),
# "County Road 42", "Interstate 95", a local station ("NBC10", the credit "(WMC-TV) -")
US_LOCAL_NEWS = re.compile(r"\b(?:\d+ block of|[Ss]heriff|[A-Z][a-z]+ (?:County|Parish)\b(?! Council)|"
                           r"[Dd]istrict [Aa]ttorney|[Hh]ighway [Pp]atrol|\d+(?:st|nd|rd|th) (?:Street|Avenue|Ave\.)|"
                           r"County Road \d|Interstate \d|(?:NBC|CBS|ABC|FOX)\d{1,2}\b)|"
                           # a local station's credit opening the lead: "(WMC-TV) -", "(KTVI) —" (not "(WHO)")
                           r"\((?:[KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM))?\s*\)\s*[-–—]")
# a city this big is the one meant, whatever small namesakes other states have ("Miami")
METROPOLIS = 250_000
MISREAD_LABELS = {"DATE", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central",
           "downtown"}
# a compass word or its adjective: "eastern", "north-east", "northwestern"
COMPASS_ADJECTIVE = re.compile(r"(?:north|south)?-?(?:north|south|east|west)(?:ern)?")
TOWN_STATE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), ?([A-Z]{2}\b|[A-Z][a-z]{1,4}\.)")
US_LOCAL_KEYS = ("block of", "heriff", "County", "Parish", "ttorney", "atrol", "Street", "Avenue", "Ave.",
                 "Interstate", "NBC", "CBS", "ABC", "FOX", "(K", "(W")


def us_local_news(text: str) -> bool:
    return any(key in text for key in US_LOCAL_KEYS) and US_LOCAL_NEWS.search(text) is not None


AGENCY_MENTION = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, LAW_AGENCY_WORDS))) + r")\b", re.I)


# nouns whose "of" phrase names a place of their kind: "the city of Lyon", "the towns of
# Budennovsk and Kizlyar", "the province of Idlib"
PLACE_KIND_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "province", "district", "county",
                    "suburb", "capital", "governorate", "municipality", "hamlet", "region", "port"}


def kind_of(doc: Doc, i: int) -> bool:
    """Whether token i follows "the city of", "the towns of"."""
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PLACE_KIND_NOUNS


def compass_of(doc: Doc, i: int) -> bool:
    """Whether token i follows "north of", "southwest of"."""
    return i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in COMPASS


def untagged_name_before(doc: Doc, end: int, taken: set[int], *, proper_nouns: bool = False) -> Span | None:
    """The one to three title-case words before token `end` that no entity or earlier
    place took ("Garner" police, "A Mountain Home" teen), if any."""
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].is_title and start - 1 not in taken and \
            (not proper_nouns or doc[start - 1].pos_ == "PROPN"):
        start -= 1
    return Span(doc, start, end, label="GPE") if start < end else None


def actor_spans(doc: Doc, which: str) -> list[tuple[int, int]]:
    """Offsets of the actors a place may sit inside, built once per Doc: "dictionary" (a
    dictionary actor: "Iraq's National Security Council"), "named" (a person or party)."""
    rows = doc._.actor_rows or ()
    return per_doc(doc, "actor_spans", lambda: {
        "dictionary": [(a.start, a.end) for a in rows if a.rule_id.startswith(("dict:", "group+dict:"))],
        "named": [(a.start, a.end) for a in rows if a.actor_type in ("person", "official", "political_party")],
    })[which]


def inside_actor(doc: Doc, ent: Span) -> bool:
    """Whether a place is inside a dictionary actor's name ("Iraq's National Security Council")."""
    return any(s <= ent.start_char and ent.end_char <= e and (s, e) != (ent.start_char, ent.end_char)
               for s, e in actor_spans(doc, "dictionary"))


def named_actor(doc: Doc, ent: Span) -> bool:
    """Whether a place is (inside) a person's or party's name ("Sadr", not Sadr City)."""
    return any(s <= ent.start_char and ent.end_char <= e for s, e in actor_spans(doc, "named"))


def station_market(doc: Doc, ent: Span) -> bool:
    """Whether the place is the market in a broadcaster's name ("NBC 4 New York")."""
    before = doc[max(0, ent.start - 2):ent.start]
    return any(BROADCASTER.match(t.text) for t in before) and all(t.like_num or BROADCASTER.match(t.text)
                                                                   for t in before[-1:])


_STREETS = {"avenues", "streets", "roads", "boulevards", "drives", "lanes", "places", "courts", "aves", "sts"}


def street_corner(doc: Doc, ent: Span) -> bool:
    """A name in "the intersection of X and Y", "the corner of X and Y", "X and Y
    avenues": a street."""
    window = doc[max(0, ent.start - 6):ent.start]
    words = [t.lower_ for t in window]
    for cue in ("intersection", "corner"):
        if cue in words:
            after = words[words.index(cue) + 1:]
            return after[:1] == ["of"] and not any(t in (".", ";") for t in after)
    following = [t.lower_.rstrip(".") for t in doc[ent.end:ent.end + 4]]  # "Vermont and Manchester avenues"
    if following[:1] == ["and"] and any(w in _STREETS for w in following[2:4]):
        return True
    preceding = [t.lower_ for t in doc[max(0, ent.start - 3):ent.start]]  # "... and Manchester avenues"
    return "and" in preceding and bool(following) and following[0] in _STREETS


def surname(person: Span) -> str:
    words = [t.text for t in person if t.text.rstrip(".").lower() not in NAME_SUFFIXES and not t.is_punct]
    return words[-1] if words else ""


def without_the(text: str) -> str:
    return " ".join(re.sub(r"^(?:the|The)\s+", "", text).split())


def untagged_sites(doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
    """"at Mar-a-Lago in Palm Beach": a named site the model left untagged, between "at"
    and "in" and a place entity (a facility in that place)."""
    out = []
    for token in doc[:-3]:
        obj = next((c for c in token.children if c.dep_ == "pobj"), None) if token.lower_ == "at" else None
        if obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != token.i + 1:
            continue
        start, end = token.i + 1, obj.i + 1
        if taken.intersection(range(start, end)) or end + 1 >= len(doc) or doc[end].lower_ != "in" or \
                doc[end + 1].ent_type_ not in ("GPE", "LOC") or \
                not all(t.pos_ == "PROPN" and t.is_title or t.text == "-" or t.lower_ in ("a", "de", "la", "of")
                        for t in doc[start:end]):
            continue
        span = Span(doc, start, end, label="FAC")
        if zone_of(doc, span.start_char, span.end_char) not in FURNITURE_ZONES:
            out.append((span, "site_in_town"))
            taken.update(range(start, end))
    return out
