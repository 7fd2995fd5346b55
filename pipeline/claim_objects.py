"""What a cue's object says: the object as a framing verb frames it ("painted Trump as a
caricature"), a second object ("branded the polling a “sham”"), a pro-form standing for what
was said before ("said as much"), an object without the relative clause set off after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pipeline.claim_spans import subtree_span, trim

if TYPE_CHECKING:
    from pipeline.claim_grammar import Cue


def second_object(doc: Doc, children: list[Token], obj: Token) -> Token | None:
    """A second object right after the first ("branded the polling a “sham”", "denying them
    the right ..."), not a date the parser made one."""
    first = subtree_span(doc, obj)
    return next((c for c in children if c.dep_ == "dobj" and c.i > obj.i and not c.ent_type_ and
                 all(t.is_quote for t in doc[first.end:c.left_edge.i])), None)


def framed_object(doc: Doc, token: Token, obj: Token | None, cue: Cue) -> Span | None:
    """The object with what frames it ("painted Trump as a Romney caricature", "derided the
    deal as toothless", "likened RT to the BBC", "referred to King as a hero"), on the verb
    or hung on the object; None without one."""
    children = list(token.children)
    if obj is None and "as" in cue.frame_preps:  # "referred to King as ...": the object of "to"
        to = next((c for c in children if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
    if obj is None:
        return None
    frame = next((c for c in list(obj.children) + children if c.dep_ == "prep" and c.lower_ in cue.frame_preps
                  and c.i > obj.i and any(g.dep_ in ("pobj", "pcomp") for g in c.children) and
                  not any(t.ent_type_ in ("DATE", "TIME", "ORDINAL") or t.lemma_ == "time" for t in c.subtree)),
                 None)  # not "attacked the convoy for the third time", "for hours"
    if frame is None:
        return None
    return trim(doc, doc[subtree_span(doc, obj).start:max(subtree_span(doc, obj).end,
                                                          subtree_span(doc, frame).end)])


def pro_form(doc: Doc, token: Token, obj: Token | None) -> Span | None:
    """What a cue's pro-form object stands for is said before; the pro-form is the claim's
    content: "said as much", "has said the same thing", "doesn't think so", "said so"."""
    much = next((c for c in token.children if c.lower_ == "much" and c.dep_ in ("dobj", "advmod") and
                 any(a.lower_ == "as" and a.i == c.i - 1 for a in c.children)), None)
    if much is not None:
        return doc[much.i - 1:much.i + 1]
    if obj is not None and (obj.lower_ == "same" or obj.lemma_ == "thing" and any(
            c.lower_ == "same" and c.dep_ == "amod" for c in obj.children)) and \
            any(c.lower_ == "the" for c in obj.children):  # not "speaking the same language"
        return trim(doc, subtree_span(doc, obj))
    if obj is None and not any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        so = next((c for c in token.children if c.lower_ == "so" and c.dep_ == "advmod" and c.i == token.i + 1), None)
        if so is not None and not (so.i + 1 < len(doc) and doc[so.i + 1].dep_ in ("advmod", "acomp", "amod")):
            return doc[so.i:so.i + 1]  # not "said so many times" / "so far"
    return None


def without_aside(doc: Doc, noun: Token) -> Span:
    """A noun's phrase without a relative clause set off by a comma at its end: "endorses
    Trump, who says he is honored" endorses Trump; what he says is his own claim ("cited
    criticism of NBC's Matt Lauer, who took heat for ..." cited the criticism)."""
    span = subtree_span(doc, noun)
    aside = next((c for word in span for c in word.children if c.dep_ == "relcl" and c.i > word.i and
                  c.left_edge.i > span.start and doc[c.left_edge.i - 1].text == "," and
                  c.right_edge.i + 1 >= span.end - 1), None)
    return doc[span.start:aside.left_edge.i - 1] if aside is not None else span
