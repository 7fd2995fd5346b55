"""The count phrase of a casualty, read off the parse: a number with its qualifiers and
the words of one number ("at least 25", "two hundred", "hundreds of thousands", "between
10 and 15"), a vague word ("dozens"), a company of people counted by its "of" phrase ("a
family of seven"), and what is no count of people (a share, "77%"). pipeline.quantities
turns the phrase into low/best/high."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.quantities import PREFIXES

COUNT_WORDS = {"several", "dozens", "hundreds", "thousands", "millions", "scores", "few", "many", "dozen",
               "numerous", "some", "multiple", "number", "handful", "couple"}  # "a number of soldiers"
_LARGE = {"thousands", "millions", "hundreds"}
_COUNT_MODS = {"at", "least", "more", "than", "over", "nearly", "almost", "about", "around", "approximately", "up",
               "to", "as", "many", "some", "roughly", "fewer", "less", "no", "a", "an", "estimated", "only", "just",
               "close", "upwards", "of", "total", "tens"}
# nouns of a company of people whose "of" phrase counts them ("a family of seven")
_GROUPS_OF = {"family", "families", "group", "groups", "party", "crowd", "convoy", "team", "unit", "band"}


def expand_count(doc: Doc, token: Token) -> Span:
    """The whole count phrase around a number or count word: its qualifiers ("at least",
    "no fewer than"), the words of one number ("two hundred", "hundreds of thousands") and
    a range ("between 10 and 15")."""
    start = min([token.i] + [t.i for t in token.subtree if t.i < token.i and (t.lower_ in _COUNT_MODS or t.like_num
                                                                                or t.lower_ in COUNT_WORDS)])
    end = token.i + 1
    while end < len(doc) and (doc[end].like_num or doc[end].lower_ in ("dozen", "hundred", "thousand", "million")):
        if end + 1 < len(doc) and doc[end + 1].text == "-":
            break  # "two 25-year-old men": the second number is an age
        if _two_numbers(doc[end - 1], doc[end]):
            break  # "Channel 3 four men": two numbers, not one
        end += 1
    if end + 1 < len(doc) and doc[end - 1].lower_ in ("tens", "hundreds") and doc[end].lower_ == "of" and \
            doc[end + 1].lower_ in _LARGE:
        end += 2  # "hundreds of thousands"
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "to", "-", "or") and doc[end + 1].like_num and \
            (start > 0 and doc[start - 1].lower_ == "between" or doc[end].lower_ in ("to", "-")):
        end += 2  # "between 10 and 15", "10 to 15"
    if start > 0 and doc[start - 1].lower_ == "between":
        start -= 1
    for width in (3, 2, 1):  # "No fewer than 8": qualifier words the parse left outside
        if start - width >= 0:
            candidate = doc[start - width:end].text.lower()
            if any(candidate.startswith(prefix + " ") and len(prefix.split()) >= width for prefix, _ in PREFIXES):
                start -= width
                break
    while start < token.i and (doc[start].lower_ in ("of", "the") or _two_numbers(doc[start], doc[start + 1])):
        start += 1  # "tells Channel 3 four men": two numbers, not one
    return doc[start:end]


def counted(noun: Token) -> bool:
    """Whether a noun is a count or carries one ("thousands", "30 others")."""
    return noun.like_num or noun.lower_ in COUNT_WORDS or any(c.dep_ == "nummod" for c in noun.children)


def members_count(noun: Token) -> Token | None:
    """The number counting the members of a company of people ("a family of seven", "a
    group of 12 protesters"), if the noun is one."""
    if noun.lower_ not in _GROUPS_OF:
        return None
    members = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)
    if members is None or members.like_num:
        return members
    return next((c for c in members.children if c.dep_ == "nummod"), None)


def is_share(noun: Token) -> bool:
    """Whether a noun is a percentage ("77%", "40 percent")."""
    return noun.ent_type_ == "PERCENT" or noun.lower_ in ("%", "percent", "per cent")


def _two_numbers(first: Token, second: Token) -> bool:
    """Whether two number words side by side are two numbers ("Channel 3 four men"), not one
    written in two words ("two hundred")."""
    return first.like_num and second.like_num and first.is_digit != second.is_digit
