"""Claims told inside other claims, dropped once the rows are made (pipeline/stages/claims.py):
a belief its speaker tells inside their own statement, a cue inside a quotation attributed
only once its pieces were joined (pipeline/quotations.py joins them)."""

from __future__ import annotations

from pipeline.types import ClaimRow


def without_cues_in_quotations(rows: list[ClaimRow]) -> list[ClaimRow]:
    """A cue inside a quotation attributed only once its pieces were joined is part of it, as
    one inside any attributed quotation is ("Abbott said: “...” “... We believe there needs to
    be a ceasefire.”": Abbott's words, no claim by "we")."""
    pieces = [(id(r), int(a), int(b)) for r in rows if r.quote == "direct" and r.cue_start is not None and
              r.content_parts for a, b in (part.split("-") for part in r.content_parts.split(";"))]
    return [r for r in rows if r.cue_start is None or
            not any(a <= r.cue_start < b and owner != id(r) for owner, a, b in pieces)]


def without_nested_attitudes(rows: list[ClaimRow]) -> list[ClaimRow]:
    """A belief, intention or stance its speaker tells inside their own statement is that
    statement's content, not a second claim: "Clinton said she thinks America is strongest
    ..." and "Clinton now says she opposes the deal" are one claim each, cue "said"; so is one
    inside what they declined or refused to tell ("declined to say whether he supports the
    deal"). A "he" or "she" the text leaves unresolved there is the statement's speaker."""
    outer = [r for r in rows if r.speaker and r.cue_start is not None and
             (r.cue_type == "speech" or r.rule_id in _UNTOLD_CUES and _to_tell(r.content))]

    def same_speaker(row: ClaimRow, other: ClaimRow) -> bool:
        return other.speaker == row.speaker if row.speaker else row.speaker_text.lower() in ("he", "she")

    def nested(row: ClaimRow) -> bool:
        return row.cue_type in ("belief", "intention", "support") and row.cue_start is not None and \
            any(same_speaker(row, o) and o.content_start <= row.cue_start and row.content_end <= o.content_end
                for o in outer if o is not row)
    return [r for r in rows if not nested(r)]


# an intention whose content is what was not told: "declined to say whether he supports ..."
_UNTOLD_CUES = {"cue_refuse", "cue_decline"}
_TELLING = {"say", "comment", "tell", "discuss", "confirm", "specify", "reveal", "disclose", "answer", "explain",
            "elaborate", "detail", "speculate"}


def _to_tell(content: str) -> bool:
    """Whether what was declined is a telling ("to say whether ...", not "to put their names to")."""
    words = content.lower().split()
    return len(words) > 1 and words[0] == "to" and words[1] in _TELLING
