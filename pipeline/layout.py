"""Find an article's parts in raw text: title, dateline, byline, captions, boilerplate.

Scraped articles lead with a header (title, photo caption, byline, topic tags,
dateline) and often end with site furniture ("Continue reading this article by
registering...", "Back to top"). Extractors must see the title and body, not the
furniture, and every offset must stay in the raw text, so this module only labels
character ranges ("zones"); it never returns a cleaned copy.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from pipeline.config import read_jsonl_rules

# Zones whose words are site furniture or metadata, not reporting.
FURNITURE_ZONES = frozenset({"byline", "meta", "boilerplate", "dateline", "credit"})
HEADER_MAX_LINES = 15
REST_SCOPE_MIN_POSITION = 0.3  # a "rest of page" rule only fires past 30% of the text

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"
DATE_PATTERN = re.compile(
    rf"{_WEEKDAY}?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}){_TIME}?",
    re.IGNORECASE,
)
# A local story's place line: "CLARKSVILLE, Tenn. (WSMV) —", "BEXAR COUNTY, Texas -",
# "LONDON —" (capitals, an optional state, an optional station, a dash)
DATELINE_PLACE = re.compile(r"([A-Z][A-Z.'’\- ]{2,40}?)(?:,\s*([A-Z][A-Za-z.]{1,14}(?:\s[A-Z][A-Za-z.]+)?))?"
                            r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|--|–|-|>>|»)\s")
DATELINE_REACH = 400  # characters into the body a dateline place may open a line


def dateline_places(text: str, start: int = 0, reach: int = DATELINE_REACH) -> Iterator[re.Match]:
    """Dateline places that open the line at `start` or a line starting within `reach`
    characters after it, in order."""
    for line in [start] + [start + m.end() for m in re.finditer(r"\n\s*", text[start:start + reach])]:
        match = DATELINE_PLACE.match(text, line)
        if match is not None and match.start(1) == line:
            yield match


_NAME_LINE = re.compile(r"^(?:[A-Z][\w'’.-]+)(?:\s+(?:[A-Z][\w'’.-]+|de|al|van|von|bin|el)){1,3}$")
_CREDIT = re.compile(r"\b(?:Photo|Photograph|Image|Picture)s?\s*(?:by|:|credit).*$|\((?:AP|AFP|Reuters|Getty)[^)]*\)\s*$",
                     re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s*$")


@dataclass(frozen=True, slots=True)
class Zone:
    start: int
    end: int
    kind: str
    rule_id: str = ""

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


@dataclass(frozen=True, slots=True)
class ArticleLayout:
    zones: tuple[Zone, ...]
    body_start: int
    body_end: int
    title: Zone | None = None
    dateline: Zone | None = None
    dateline_date: Zone | None = None  # the date inside the dateline line
    starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts", tuple(zone.start for zone in self.zones))  # zone_at runs per mention

    def zone_at(self, offset: int) -> str:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and self.zones[index].start <= offset < self.zones[index].end:
            return self.zones[index].kind
        return "body"


@dataclass(frozen=True, slots=True)
class _LineRule:
    id: str
    kind: str
    pattern: re.Pattern[str]
    scope: str = "line"


@lru_cache(maxsize=8)
def load_rules(path: str) -> tuple[_LineRule, ...]:
    rules = []
    for obj in read_jsonl_rules(path, required=("id", "pattern")):
        rules.append(_LineRule(id=obj["id"], kind=obj.get("kind", "boilerplate"),
                               pattern=re.compile(obj["pattern"]), scope=obj.get("scope", "line")))
    return tuple(rules)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end before any '\\r\\n' or '\\n'."""
    spans = []
    position = 0
    for raw in text.split("\n"):
        end = position + len(raw)
        content_end = end - 1 if raw.endswith("\r") else end
        spans.append((position, content_end))
        position = end + 1
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_body_line(line: str) -> bool:
    words = line.split()
    if len(words) >= 25 or (len(words) >= 8 and bool(_SENTENCE_END.search(line))):
        return True
    place = DATELINE_PLACE.match(line)  # "CHICAGO -- Five people were shot ... Wednesday night"
    return place is not None and len(line[place.end():].split()) >= 6


def parse_layout(text: str, *, header_rules: str | Path = "patterns/header.jsonl",
                 boilerplate_rules: str | Path = "patterns/boilerplate.jsonl",
                 known_title: str = "") -> ArticleLayout:
    header = load_rules(str(header_rules))
    boilerplate = load_rules(str(boilerplate_rules))
    zones: list[Zone] = []
    title = dateline = dateline_date = None
    lines = [(s, e) for s, e in (_strip_span(text, s, e) for s, e in _lines(text)) if e > s]

    body_index = None
    for index, (start, end) in enumerate(lines[:HEADER_MAX_LINES]):
        line = text[start:end]
        rule = next((r for r in header if r.pattern.search(line)), None)
        date_match = DATE_PATTERN.fullmatch(line) or (
            DATE_PATTERN.search(line) if rule is not None and rule.kind == "dateline" else None)
        if date_match and (rule is None or rule.kind == "dateline") and dateline is None:
            dateline = Zone(start, end, "dateline", rule.id if rule else "hd_date_line")
            dateline_date = Zone(start + date_match.start(), start + date_match.end(), "dateline")
            zones.append(dateline)
        elif rule is not None and rule.kind == "caption":
            credit = _CREDIT.search(line)
            if credit is not None and credit.start() > 0:
                zones.append(Zone(start, start + credit.start(), "caption", rule.id))
                zones.append(Zone(start + credit.start(), end, "credit", "hd_photo_credit"))
            else:
                zones.append(Zone(start, end, "caption", rule.id))
        elif _is_body_line(line) and not (known_title and line == known_title.strip()):
            body_index = index
            break
        elif rule is not None:
            zones.append(Zone(start, end, rule.kind, rule.id))
        elif title is None and (not known_title or line == known_title.strip()):
            title = Zone(start, end, "title", "hd_first_line")
            zones.append(title)
        elif _NAME_LINE.match(line):
            zones.append(Zone(start, end, "byline", "hd_name_line"))
        else:
            zones.append(Zone(start, end, "meta", "hd_short_line"))
    if body_index is None:
        # No body-like line near the top: there is no header to label, it is all body.
        zones, title, dateline, dateline_date, body_index = [], None, None, None, 0

    body_start = lines[body_index][0] if body_index < len(lines) else (lines[-1][1] if lines else 0)
    body_end = len(text)
    for start, end in lines[body_index:]:
        line = text[start:end]
        rule = next((r for r in boilerplate if r.pattern.search(line)), None)
        if rule is None:
            continue
        if rule.scope == "rest" and start >= REST_SCOPE_MIN_POSITION * len(text):
            zones.append(Zone(start, len(text), "boilerplate", rule.id))
            body_end = start
            break
        if rule.scope == "line":
            zones.append(Zone(start, end, "boilerplate", rule.id))
        elif rule.scope == "tail":  # from the words on: a correction note closing the text's one line
            zones.append(Zone(start + rule.pattern.search(line).start(), end, "boilerplate", rule.id))
    for zone in sorted((z for z in zones if z.kind == "boilerplate"), key=lambda z: -z.start):
        if zone.start < body_end and not text[zone.end:body_end].strip():
            body_end = zone.start  # furniture lines that close the page are not body
    body_end = _strip_span(text, body_start, body_end)[1] if body_end > body_start else body_end
    zones.sort(key=lambda z: (z.start, z.end))
    return ArticleLayout(zones=tuple(zones), body_start=body_start, body_end=body_end,
                         title=title, dateline=dateline, dateline_date=dateline_date)
