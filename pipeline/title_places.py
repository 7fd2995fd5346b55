"""Places a record's title names when the title is not part of the text.

Scraped news often keeps the headline apart from the body (a JSONL record's `title`),
and the headline is where a local story names its town: "Police identify four killed in
Killeen shooting", "Boy, 13, dies after he was shot by Columbus police", "Waverly man
killed in Christmas Eve hunting accident", "WBRC FOX6 News - Birmingham, AL". Some pages
keep nothing else (a paywall, a sign-in form). Headlines are often in title case, which
the model reads poorly, so the title is read by the forms local news names a town in:

    "Birmingham, AL", "Hope, Ark."              a town and its state
    "in Killeen", "near Deer Lodge"             after a locative
    "Killeen shooting", "Columbus police",      before an incident, a police word or a
    "Waverly man", "Macon girl"                 person noun

A candidate is only a name the gazetteer reads as a town or county in the article's
context (the caller resolves it); these rows have no span in the text, so they point
into the title instead (`title_start`, `title_end`, zone `record_title`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.gazetteer import Gazetteer, Place, place_key
from pipeline.place_coherence import Reading
from pipeline.place_words import COMPASS, HEADLINE_TAIL_WORDS, METROPOLIS, PERSON_NOUNS, TOWN_STATE

_WORD = re.compile(r"[A-Z][\w.'’-]*|[a-z][\w'’-]*|\d[\w-]*|[^\w\s]")
_LOCATIVE = {"in", "near", "outside", "at"}
# what may follow a town's name in "in Miami Nightclub Shooting", "at Oak Cliff apartment"
_AFTER_TOWN = HEADLINE_TAIL_WORDS | {"bar", "party", "nightclub", "club", "apartment", "apartments", "motel",
                                     "hotel", "restaurant", "store", "home", "house"}
# what a town's name may modify: "Killeen shooting", "Columbus police", "Fresno house party"
_MODIFIED = HEADLINE_TAIL_WORDS | {"house", "home", "party", "bar", "pool"}
_AGE = re.compile(r"^\d+-year-olds?$")  # a person: "put Miami 6-year-old in deadly crossfire"
# a site's name after the headline: "- WSMV Channel 4", "- WBRC FOX6 News - Birmingham, AL",
# "| WBTV Charlotte", "- News9.com - Oklahoma City, OK"
_SITE_SUFFIX = re.compile(r"\s+[-–—|:]\s+(?=[^-–—|]*(?:\b[KW][A-Z]{2,3}\b|\.com\b|\bNews\b|\bChannel\b|\bFOX|"
                          r"\bNBC|\bCBS|\bABC))")
# capitalised words that end a run of name words in a headline
_BREAKS = HEADLINE_TAIL_WORDS | {
    "bar", "party", "update", "updated", "latest", "breaking", "watch", "video", "photos", "police", "news",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "day",
    "eve", "year", "the", "a", "an", "of", "and", "after", "in", "at", "for", "on", "by", "with", "to", "from", "near",
    "outside", "including", "mall", "home", "house", "school", "street", "road", "avenue", "church", "hospital",
    "court", "courthouse"}
# words that are never a town's whole name here
_NOT_NAMES = _BREAKS | COMPASS | {"new", "county", "city", "town", "park", "side", "end"}
# a town and its state's name in a site's name: "- WMC Action News 5 - Memphis, Tennessee"
# the words a station's name wraps its market's towns in: "Beckley, Bluefield & Lewisburg News, Weather,
# Sports", "WMC Action News 5", "Eastern Iowa Breaking News"
_SITE_WORDS = {"news", "weather", "sports", "traffic", "video", "closings", "etx", "breaking", "local", "latest",
               "live", "action", "eyewitness", "channel"}
_NOT_SITE_WORD = r"(?!(?:" + "|".join(sorted(w.title() for w in _SITE_WORDS)) + r")\b)"
_TOWN_STATE_NAME = re.compile(rf"\b({_NOT_SITE_WORD}[A-Z][a-z]+(?: {_NOT_SITE_WORD}[A-Z][a-z]+){{0,2}}), "
                              rf"((?:New |North |South |West |Rhode )?{_NOT_SITE_WORD}[A-Z][a-z]+)\b")

# a town before "News" in a site's name: "WRCBtv.com | Chattanooga News", "wave3.com-Louisville News"
_SITE_TOWN = re.compile(rf"(?<![\w.]){_NOT_SITE_WORD}([A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}) [Nn]ews\b")


@dataclass(frozen=True, slots=True)
class TitleName:
    start: int
    end: int
    text: str
    rule: str  # title_town_state, title_locative, title_modifier, title_resident, title_site_town
    state: str = ""  # the state written after the town ("Birmingham, AL")
    site: bool = False  # in the site's name after the headline: context, not the story's place


@lru_cache(maxsize=4096)
def title_names(title: str) -> tuple[TitleName, ...]:
    """The spans of a title that may name a town, widest first at each position. Only a
    town and its state is read in the site's name after the headline. Cached: the stage
    asks twice per article (is it US local news; which places)."""
    suffix = _SITE_SUFFIX.search(title)
    headline_end = suffix.start() if suffix is not None else len(title)
    found: list[TitleName] = []
    for match in TOWN_STATE.finditer(title):
        found.append(TitleName(match.start(1), match.end(1), match[1], "title_town_state", match[2],
                               site=match.start() >= headline_end))
    for match in _TOWN_STATE_NAME.finditer(title, headline_end):
        if not any(name.start == match.start(1) for name in found):
            found.append(TitleName(match.start(1), match.end(1), match[1], "title_town_state", match[2], site=True))
    for match in _SITE_TOWN.finditer(title, headline_end):  # "WRCBtv.com | Chattanooga News, Weather & Sports"
        if not any(name.start <= match.start(1) < name.end for name in found):
            found.append(TitleName(match.start(1), match.end(1), match[1], "title_site_town", site=True))
    words = [w for w in _WORD.finditer(title) if w.end() <= headline_end]
    taken = {i for name in found for i in range(name.start, name.end)}
    for i, word in enumerate(words):
        low = word[0].lower()
        if low in _LOCATIVE:  # "in Killeen", "near Deer Lodge", "in Miami Nightclub Shooting"
            first = i + 2 if i + 2 < len(words) and words[i + 1][0] in COMPASS else i + 1  # "in northwest Atlanta"
            run = _run(words, first, 1)
            for width in range(len(run), 0, -1):
                after = words[first + width][0] if first + width < len(words) else ""
                # not "in Cascade Mall shooting": part of a longer name; but "in Berrien County
                # Courthouse shooting" is in the county
                if not after[:1].isupper() or after.lower() in _AFTER_TOWN or \
                        run[width - 1][0].lower() in ("county", "parish"):
                    found.append(_name(title, words, first, width, "title_locative"))
        elif i > 0 and (low in _MODIFIED or _AGE.match(low)):  # "Killeen shooting", "Waverly man", "Miami 6-year-old"
            run = _run(words, i - 1, -1)
            # where a person (a person noun, an age) is from is not where it happened: "Atlanta man
            # ... shot while hunting"
            rule = "title_modifier" if low in _MODIFIED - PERSON_NOUNS else "title_resident"
            for width in range(len(run), 0, -1):
                found.append(_name(title, words, i - width, width, rule))
    out, seen = [], set()
    for name in found:
        if (name.start, name.end) in seen or not name.site and name.rule != "title_town_state" and \
                (taken.intersection(range(name.start, name.end)) or
                 all(w.lower() in _NOT_NAMES for w in name.text.split())):
            continue
        seen.add((name.start, name.end))
        out.append(name)
    return tuple(out)


def _name(title: str, words, first: int, width: int, rule: str) -> TitleName:
    start, end = words[first].start(), words[first + width - 1].end()
    return TitleName(start, end, title[start:end], rule)


def _run(words, first: int, step: int) -> list:
    """Up to three capitalised words from `first` on, forwards (step 1) or backwards (-1)."""
    run = []
    for i in range(first, first + 3 * step, step):
        if not 0 <= i < len(words) or not words[i][0][:1].isupper() or words[i][0].lower() in _BREAKS:
            break
        run.append(words[i])
    return run if step > 0 else run[::-1]


def site_names_us_town(gazetteer: Gazetteer, title: str) -> bool:
    """Whether the site's name after the title gives a US town and its state, or towns of one
    state: US local news."""
    return any(name.site and _us_state(gazetteer, name.state) is not None for name in title_names(title)) or \
        bool(_market_state(gazetteer, title))


def _us_state(gazetteer: Gazetteer, text: str) -> Place | None:
    """The US state after a town in a title: "AL", "Ala.", "Tennessee", "Georgia"."""
    return gazetteer.state(text) or gazetteer.us_state(text)


def title_readings(gazetteer: Gazetteer, title: str, countries: set[str], states: set[str],
                   implied: dict[str, set[str]], local: bool) -> list[tuple[TitleName, Reading]]:
    """The places a title names, read in the article's context (the arguments of
    Gazetteer.resolve): "Killeen shooting", "Garner police" (a small town too),
    "WBRC FOX6 News - Birmingham, AL"."""
    out, taken = [], set()
    for name in title_names(title):
        if taken.intersection(range(name.start, name.end)):
            continue
        choices = []
        if name.state:
            state = _us_state(gazetteer, name.state)
            place = gazetteer.in_state(name.text, state.admin1) if state is not None else None
        else:
            # a small town: "Garner shooting", "in Allison" of a story that names no other country than
            # the US (a page without the article names none: "outside Deer Lodge"); not "Young child killed"
            minor = name.rule == "title_modifier" or name.rule == "title_locative" and not countries - {"USA"}
            context = dict(context_countries=countries | ({"USA"} if minor else set()), context_admin1=states,
                           implied_admin1=implied, allow_minor=minor, local=local)
            place = gazetteer.resolve(name.text, **context)
            if place is None or place.feature not in ("city", "admin", "country") or \
                    not gazetteer.own_name(place, name.text):
                continue  # "Stickney Creek shooting": not Baytown, Tex., whose other name is Creek
            if name.site and (place.feature != "city" or place.country != "USA" or place.minor):
                continue  # a station's market is a US town of its own: not "South Georgia News"
            choices = gazetteer.namesakes(name.text, **context)
        if place is not None:
            taken.update(range(name.start, name.end))
            out.append((name, Reading(place_key(name.text), place, choices, fixed=bool(name.state))))
    return out


@lru_cache(maxsize=4096)
def _market_state(gazetteer: Gazetteer, title: str) -> str:
    """The one US state that has every town a site's name lists as its market ("KLTV.com -
    Tyler, Longview, Jacksonville": Texas, not Jacksonville, Fla.; "Beckley, Bluefield &
    Lewisburg News": West Virginia), or "". Cached: the stage asks twice per article."""
    suffix = _SITE_SUFFIX.search(title)
    if suffix is None:
        return ""
    towns = []
    for item in re.split(r",\s*|\s+&\s+|\s+and\s+|\s*[-–—|:]\s*", title[suffix.end():]):
        words = item.split()
        while words and words[-1].lower() in _SITE_WORDS:
            words.pop()
        name = " ".join(words)
        if 0 < len(words) <= 2 and all(w[:1].isupper() and w.lower() not in _SITE_WORDS for w in words):
            states = gazetteer.us_states_of(name, allow_minor=True)
            if states:
                towns.append(states)
    if len(towns) < 2:
        return ""
    common = frozenset.intersection(*towns)
    return next(iter(common)) if len(common) == 1 else ""


def states_in_title(gazetteer: Gazetteer, title: str) -> set[str]:
    """The US states a title gives: those of its "Town, ST" pairs, else the one state of the
    towns a site's name lists as its market, else the state of the town before its "News",
    else the states and big cities it names."""
    found = set()
    for match in TOWN_STATE.finditer(title):
        state = gazetteer.state(match[2])
        if state is not None:
            found.add(state.admin1)
    if found:
        return found
    market = _market_state(gazetteer, title)
    if market:
        return {market}
    for name in title_names(title):  # "WRCBtv.com | Chattanooga News"
        place = gazetteer.resolve(name.text) if name.rule == "title_site_town" else None
        if place is not None and place.feature == "city" and place.country == "USA" and \
                gazetteer.own_name(place, name.text):
            return {place.admin1}
    words = re.findall(r"[A-Za-z][A-Za-z.']*", title)
    for width in (3, 2, 1):
        for i in range(len(words) - width + 1):
            name = " ".join(words[i:i + width])
            if not name[0].isupper() or len(name) < 4 or \
                    i > 0 and words[i - 1].lower() in ("north", "south", "east", "west", "northwest", "northeast",
                                                       "southwest", "southeast"):
                continue  # "South Austin" may be Chicago's Austin
            state = gazetteer.state(name)
            if state is not None and state.name == name:
                found.add(state.admin1)
                continue
            place = gazetteer.resolve(name)
            if place is not None and place.country == "USA" and place.feature == "city" and \
                    place.population > METROPOLIS and place_key(place.name) == place_key(name):
                found.add(place.admin1)
    return found
