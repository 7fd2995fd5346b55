"""Quotations split by their attribution.

News splits one statement around its attribution:

    "It's heartbreaking," Ryan said. "And this country has to find new ways ..."
    "On this basis," Zero Hedge said, "true white youth unemployment is ..."
    "Maybe I can ...," she continued.

    "We have got to do everything possible ..."

A reader takes each as one statement by one speaker, as PolNeAR and most quotation
corpora annotate it. The claims stage finds the pieces; `merge_split_quotations` joins
consecutive pieces of one speaker when nothing but the attribution (cue, speaker, a few
words such as "in an interview", the speaker's own aside "speaking of her health") and
punctuation lies between them. The merged row's
content span runs from the first piece to the last; `content_parts` lists the pieces
("start-end;start-end") so that a reader can still highlight the quoted words alone.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.types import ClaimRow

# Words that may stand between two pieces besides the attribution itself (quotation
# marks, punctuation and white space, a paragraph break included, always may).
_MAX_OTHER_WORDS = 4  # "in a phone interview", "on Friday"
_MAX_OTHER_WITH_CUE = 32  # the speaker's title: ", Rep. Jim Jordan (R-Ohio), an oversight panel member, said"
_MAX_GAP = 280


def merge_split_quotations(text: str, rows: list[ClaimRow]) -> list[ClaimRow]:
    """Rows in content order, with the pieces of one split quotation merged into one row."""
    merged: list[ClaimRow] = []
    for row in sorted(rows, key=lambda r: (r.content_start, r.content_end)):
        last = merged[-1] if merged else None
        if last is not None and _same_cue_overlap(last, row):
            merged[-1] = _union(text, last, row)
            continue
        if last is not None and _told_twice(last, row):
            # "he told me why: “I want to look them in the eyes,” he said": one statement
            merged[-1] = row if last.kind == "statement" and row.kind != "statement" else last
            continue
        # “A,” said Caddell, speaking of her health. “B”: a claim of the speaker's own
        # inside the attribution does not split the quotation
        back = len(merged) - 1
        while back > 0 and merged[back].quote != "direct" and merged[back].speaker == row.speaker and row.speaker:
            back -= 1
        nested = merged[back + 1:]
        if merged and _continues(text, merged[back], row, nested):
            merged[back] = _join(text, merged[back], row)
        else:
            merged.append(row)
    return merged


def opens_its_paragraph(text: str, start: int) -> bool:
    """Whether only white space and opening quotation marks stand between the start of the
    line and `start` (a quotation that opens its paragraph)."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip(" \t\"“‘'`")


def _same_cue_overlap(first: ClaimRow, second: ClaimRow) -> bool:
    """Two readings of one attribution (the clause the cue governs, the quotation it
    introduces) that overlap are one claim."""
    return first.cue_start is not None and first.cue_start == second.cue_start and \
        second.content_start < first.content_end


def _told_twice(first: ClaimRow, second: ClaimRow) -> bool:
    """Two cues of one speaker that report the very same words."""
    return (first.content_start, first.content_end) == (second.content_start, second.content_end) and \
        bool(first.speaker_text) and first.speaker_text.lower() == second.speaker_text.lower()


def _union(text: str, first: ClaimRow, second: ClaimRow) -> ClaimRow:
    end = max(first.content_end, second.content_end)
    return dataclasses.replace(first, content=text[first.content_start:end], content_end=end,
                               quote="direct" if "direct" in (first.quote, second.quote) else first.quote)


def _continues(text: str, first: ClaimRow, second: ClaimRow, nested: list[ClaimRow] = ()) -> bool:
    """Whether `second` goes on with `first`'s quotation; `nested` are the speaker's own claims
    that stand between them."""
    if first.quote != "direct" or second.quote != "direct":
        return False
    if first.content_end is None or second.content_start is None or second.content_start < first.content_end:
        return False
    if first.speaker and second.speaker and first.speaker != second.speaker:
        return False
    if first.cue_start is not None and second.cue_start is not None and first.cue_start != second.cue_start:
        return False  # each piece has its own attribution: “A,” she said. … “B,” she added.
    if not (first.speaker or second.speaker):
        return False
    if second.rule_id == "cue_dash" and first.rule_id != "cue_dash":
        return False  # a signature ("” ― Sonya Herridge") signs the one quotation it closes
    gap_start, gap_end = first.content_end, second.content_start
    if gap_end - gap_start > _MAX_GAP:
        return False
    gap = text[gap_start:gap_end]
    if not any(mark in gap for mark in "\"“”‘’'`"):
        return False  # two pieces of one quotation are each closed and reopened
    if "\n" in gap and first.cue_start is None and not opens_its_paragraph(text, first.content_start):
        return False  # a quotation inside a paragraph's narration ("seen in Moscow as “a dangerous game”") ends there
    if any(r.cue_start is None or not (gap_start <= r.cue_start and r.content_end <= gap_end) for r in nested):
        return False  # only a claim wholly inside the attribution ("speaking of ...") may stand between
    spans = [(r.cue_start, r.cue_end) for r in (first, second) if r.cue_start is not None] + \
            [(r.speaker_start, r.speaker_end) for r in (first, second) if r.speaker_start is not None] + \
            [(r.cue_start, r.content_end) for r in nested]
    other = []
    for match in re.finditer(r"\w[\w'’.-]*", gap):
        start, end = gap_start + match.start(), gap_start + match.end()
        if not any(s <= start and end <= e for s, e in spans):
            other.append(match.group())
    # the speaker's title may stand in the attribution of a piece that has one; a quotation no cue
    # tells does not take the next one's across a passage of narrative ("about the “good life they
    # can provide”. She had also viewed ... Begum said: “...”")
    cue_in_gap = first.cue_start is not None and \
        any(s is not None and gap_start <= s < gap_end for s in (first.cue_start, second.cue_start))
    return len(other) <= (_MAX_OTHER_WITH_CUE if cue_in_gap else _MAX_OTHER_WORDS)


def _join(text: str, first: ClaimRow, second: ClaimRow) -> ClaimRow:
    parts = (first.content_parts or f"{first.content_start}-{first.content_end}") + \
        f";{second.content_start}-{second.content_end}"
    keep = first if first.cue or not second.cue else second
    speaker_from = first if first.speaker_start is not None else second
    return dataclasses.replace(
        keep, claim_id=first.claim_id, content=text[first.content_start:second.content_end],
        content_start=first.content_start, content_end=second.content_end, content_parts=parts,
        speaker=speaker_from.speaker, speaker_start=speaker_from.speaker_start, speaker_end=speaker_from.speaker_end,
        speaker_text=speaker_from.speaker_text, zone=first.zone,
        kind=first.kind if first.kind != "statement" else second.kind, date=first.date or second.date)
