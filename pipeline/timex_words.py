"""The words around a time expression: leading prepositions and modifiers.

`clean` turns "in the late 1990s", "nearly three months", "this coming Sunday" or
"Friday's" into the expression the grammar in pipeline.timex reads ("1990s", "three
months", "next sunday", "friday") and the TIMEX3 `mod` its modifier gives (END,
APPROX, ...).
"""

from __future__ import annotations

import re

from pipeline.timex_calendar import WEEKDAYS

_MODS = (("the late ", "END"), ("the early ", "START"), ("the mid-", "MID"), ("the mid ", "MID"),
         ("nearly ", "APPROX"), ("almost ", "APPROX"), ("about ", "APPROX"), ("around ", "APPROX"),
         ("approximately ", "APPROX"), ("roughly ", "APPROX"), ("some ", "APPROX"), ("no more than ", "EQUAL_OR_LESS"),
         ("no less than ", "EQUAL_OR_MORE"), ("not more than ", "EQUAL_OR_LESS"), ("more than ", "MORE_THAN"),
         ("over ", "MORE_THAN"), ("at least ", "EQUAL_OR_MORE"), ("less than ", "LESS_THAN"),
         ("under ", "LESS_THAN"), ("up to ", "EQUAL_OR_LESS"), ("at most ", "EQUAL_OR_LESS"),
         ("early ", "START"), ("early-", "START"), ("late ", "END"), ("late-", "END"), ("mid-", "MID"),
         ("mid ", "MID"), ("the end of ", "END"), ("the beginning of ", "START"), ("the start of ", "START"),
         ("the middle of ", "MID"), ("end of ", "END"), ("beginning of ", "START"), ("earlier ", ""),
         ("later ", ""), ("mid-", "MID"), ("sometime ", ""), ("some time ", ""),
         # "just after 10 p.m.", "shortly before noon", "in just three days": the time itself
         ("just ", ""), ("shortly ", ""), ("right ", ""), ("soon ", ""), ("not long ", ""))
_LEADING = re.compile(r"^(?:on|in|at(?!\s+(?:least|most)\b)|since|by|until|till|from|during|for|over the|within|of|throughout|as of|"
                      r"starting|beginning|through|before|after|between)\s+")



def clean(text: str) -> tuple[str, str]:
    """Lower-cased expression without leading prepositions and modifiers; returns (text, mod)."""
    s = " ".join(text.lower().replace("’", "'").replace("‘", "'").split())
    s = s.strip(" ,.;:()\"'")
    s = re.sub(r"(?<=[a-z0-9.])'s$", "", s)  # "Friday's"
    # "its fourth quarter"
    s = re.sub(r"^(?:its|their|our|his|her)\s+(?=(?:first|second|third|fourth|fiscal|latest)\b)", "", s)
    s = re.sub(r"^this past\s+(?=\w)", "past ", s)  # "this past spring"
    s = re.sub(r"^(?:this\s+|the\s+)?coming\s+(?=(?:" + "|".join(WEEKDAYS) + r")\b)", "next ", s)  # "this coming Sunday"
    mod = ""
    for _ in range(3):
        s = _LEADING.sub("", s)
        for prefix, name in _MODS:
            if s.startswith(prefix):
                s, mod = s[len(prefix):], mod or name
        s = re.sub(r"^(?:the|this past)\s+(?=(?:last|past|next|coming|previous|following)\b)", "", s)
    s = re.sub(r"^(?:a|an)\s+(?=\d)", "", s)  # "about a 40 minute (drive)"
    if re.search(r"\s+or so\b", s):
        s, mod = re.sub(r"\s+or so\b", "", s), mod or "APPROX"
    s = re.sub(r"^(\S+)\s+(second|minute|hour|day|week|month|year)s?\s+and\s+a\s+half$", r"\1 and a half \2s", s)
    # "two more weeks", "an additional year", "eight trading days", "a three-year period"
    s = re.sub(r"\b(?:more|additional|further|extra|trading|business|working|calendar)\s+(?=(?:\w+\s+)?"
               r"(?:second|minute|hour|day|night|week|month|quarter|year|decade|centur)\w*\b)", "", s)
    s = re.sub(r"^(?:(?:a|an|the)\s+)?(\S+?)[\s-](second|minute|hour|day|week|month|quarter|year|decade)s?[\s-]"
               r"(?:period|term|span|stretch|spell|stint|run|window|tenure|sentence|mandate|moratorium|ban|"
               r"ceasefire|truce|contract|lease|deadline)$", r"\1 \2s", s)
    return s.strip(), mod
