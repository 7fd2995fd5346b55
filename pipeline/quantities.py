"""Counts as reporters write them: "five", "5,200", "twenty-one", "3.5 million", "a dozen",
"almost two dozen", "more than 500", "dozens", "several" -> min / best / max / qualifier.

No library reads vague quantities, so the conventions are ours (see README, "Counting
conventions"). Lower bounds are conservative, as ACLED's are: a vague plural gives the
least number its grammar allows ("dozens" is at least 24, "hundreds" at least 200).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

UNITS = {"zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "lone": 1, "two": 2, "three": 3,
         "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
         "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19, "both": 2, "pair": 2, "couple": 2}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"dozen": 12, "score": 20, "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague words: (min, best, max); max None = open-ended.
VAGUE = {
    "several": (3, 3, 9), "a few": (2, 3, 5), "few": (2, 3, 5), "a handful of": (2, 4, 6), "a handful": (2, 4, 6),
    "a number of": (2, 3, None), "a number": (2, 3, None), "some": (2, 3, None), "many": (10, 10, None),
    "numerous": (10, 10, None),
    "scores": (40, 40, 99), "scores of": (40, 40, 99), "dozens": (24, 24, 99), "dozens of": (24, 24, 99),
    "hundreds": (200, 200, 999), "hundreds of": (200, 200, 999), "thousands": (2000, 2000, 9999),
    "thousands of": (2000, 2000, 9999), "tens of thousands": (20000, 20000, 99999),
    "tens of thousands of": (20000, 20000, 99999), "hundreds of thousands": (200_000, 200_000, 999_999),
    "hundreds of thousands of": (200_000, 200_000, 999_999), "millions": (2_000_000, 2_000_000, 9_999_999),
    "millions of": (2_000_000, 2_000_000, 9_999_999), "multiple": (2, 3, None), "more": (2, 2, None),
    "a couple of": (2, 2, 2), "a couple": (2, 2, 2),
}
PREFIXES = [  # (words, qualifier)
    ("at least", "at_least"), ("no fewer than", "at_least"), ("no less than", "at_least"), ("a minimum of", "at_least"),
    ("more than", "more_than"), ("over", "more_than"), ("upwards of", "more_than"), ("in excess of", "more_than"),
    ("nearly", "nearly"), ("almost", "nearly"), ("close to", "nearly"), ("just under", "nearly"),
    ("about", "about"), ("around", "about"), ("approximately", "about"), ("roughly", "about"), ("some", "about"),
    ("an estimated", "about"), ("estimated", "about"), ("up to", "at_most"), ("as many as", "at_most"),
    ("at most", "at_most"), ("no more than", "at_most"), ("fewer than", "fewer_than"), ("less than", "fewer_than"),
    ("under", "fewer_than"), ("only", "exact"), ("just", "exact"), ("exactly", "exact"),
]


@dataclass(frozen=True, slots=True)
class Quantity:
    min: int | None
    best: int | None
    max: int | None
    qualifier: str  # exact, approximate, at_least, at_most, vague, range


def parse_number(text: str) -> float | None:
    """A number in digits or words: "5,200", "3.5 million", "twenty-one", "two dozen", "a hundred"."""
    s = " ".join(text.lower().replace("-", " ").replace("–", " ").split())
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    if not s:
        return None
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(dozen|hundred|thousand|million|billion|k|m|bn)?", s)
    if match:
        scale = {"k": 1000, "m": 1_000_000, "bn": 1_000_000_000}.get(match[2] or "", SCALES.get(match[2] or "", 1))
        return float(match[1]) * scale
    total, current, seen = 0.0, 0.0, False
    for word in s.split():
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0.0
        elif re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_quantity(text: str) -> Quantity | None:
    """The count a phrase gives, or None when it gives none."""
    s = " ".join(text.lower().replace("–", "-").split()).strip(" ,.")
    s = re.sub(r"^(?:the|a total of|total of|a further|another)\s+", "", s) if not s.startswith("a few") else s
    range_match = re.fullmatch(r"(?:between\s+)?(.+?)\s*(?:-|to|and|or)\s*(.+)", s)
    if range_match and not s.startswith(tuple(p for p, _ in PREFIXES)):
        low, high = parse_number(range_match[1]), parse_number(range_match[2])
        if low is not None and high is not None and low < high:
            low_i, high_i = int(low), int(high)
            return Quantity(low_i, (low_i + high_i) // 2, high_i, "range")
    qualifier = "exact"
    for prefix, name in PREFIXES:
        if s.startswith(prefix + " "):
            s, qualifier = s[len(prefix) + 1:], name
            break
    if s in VAGUE:
        low, best, high = VAGUE[s]
        if qualifier in ("more_than", "at_least"):
            high = None
        return Quantity(low, best, high, "vague")
    plus = re.fullmatch(r"(.+?)\s*(?:\+|or more|and more|plus)", s)
    if plus:
        s, qualifier = plus[1], "at_least"
    number = parse_number(s)
    if number is None:
        return None
    n = int(number) if number == int(number) else int(math.floor(number))
    if qualifier == "exact":
        return Quantity(n, n, n, "exact")
    if qualifier == "at_least":
        return Quantity(n, n, None, "at_least")
    if qualifier == "more_than":
        return Quantity(n + 1, n + 1, None, "at_least")
    if qualifier == "nearly":  # "almost two dozen": a little under 24
        return Quantity((85 * n + 99) // 100, max(n - 1, 0), max(n - 1, 0), "approximate")
    if qualifier == "about":
        return Quantity(9 * n // 10, n, (11 * n + 9) // 10, "approximate")
    if qualifier == "at_most":
        return Quantity(None, n, n, "at_most")
    if qualifier == "fewer_than":
        return Quantity(None, max(n - 1, 0), max(n - 1, 0), "at_most")
    return Quantity(n, n, n, "exact")
