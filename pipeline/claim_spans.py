"""Span helpers of the claims stage: a token's subtree, a speaker's noun phrase, a
sentence without its attribution, content trimmed of quotation marks, commas and a dangling
conjunction, and content carried on through a sentence break the parser made."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.stages.extensions import doc_text, sentence_of

STRIP = " \t\n,;:"


def relative_pronoun(token: Token) -> bool:
    """"who", "which", "that" opening a relative clause; not the World Health Organization
    ("the WHO said")."""
    return token.lower_ in ("who", "which", "that") and token.text != "WHO"


def subtree_span(doc: Doc, token: Token, *, with_mark: bool = False) -> Span:
    tokens = [t for t in token.subtree]
    return doc[tokens[0].i:tokens[-1].i + 1]


def noun_phrase(doc: Doc, token: Token) -> Span:
    """The speaker mention without relative clauses and appositions: "The senior US official
    (who spoke today)", "Alex Mello(, a security analyst ...)"."""
    asides = [a for a in token.children if a.dep_ in ("relcl", "appos", "acl", "punct", "mark")]
    tokens = [t for t in token.subtree if not any(t == a or a in t.ancestors for a in asides)]
    tokens = [t for t in tokens if t.i <= token.i or t.head == token and t.dep_ in ("compound", "prep", "pobj")
              or any(p.i > token.i and p.dep_ == "prep" for p in t.ancestors if p.head == token)]
    start, end = tokens[0].i, max(t.i for t in tokens) + 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def sentence_without(doc: Doc, sentence: Span, part: Span) -> Span:
    """The sentence's words without `part` (an attribution at its start, end or inside) and
    without its closing punctuation (a closing quotation mark stays): a statement's content
    ends with its words."""
    end = sentence.end
    while end > part.end and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in "”’\"'":
        end -= 1
    if part.start <= sentence.start:
        return doc[part.end:end]
    last = end
    while last > part.end and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    if part.end >= last:
        return doc[sentence.start:part.start]
    return doc[sentence.start:end]  # "Clinton, according to the poll, leads": the words on both sides


_DANGLING_CONJUNCTION = re.compile(r"[,;]?\s+(?:and|but|or)\Z")


def trim(doc: Doc, span: Span | None) -> Span | None:
    """Content without surrounding quotation marks, commas and spaces."""
    if span is None:
        return None
    start, end = span.start_char, span.end_char
    text = doc_text(doc)
    while start < end and (text[start] in STRIP + "“”\"‘’'" ):
        start += 1
    while end > start and (text[end - 1] in STRIP + "“‘" or
                           text[end - 1] == '"' and text[start:end].count('"') % 2 == 1):
        end -= 1  # a closing straight quote stays when its opening one is inside: 'the test as "provocative"'
    joined = _DANGLING_CONJUNCTION.search(text, start, end)
    if joined is not None and joined.start() > start:  # "as terrorists, and": the parse hung the "and" on it
        end = joined.start()
    if end > start and text[end - 1] in "”’" and text[start:end].count("“") < text[start:end].count("”"):
        end -= 1
        while end > start and text[end - 1] in STRIP:
            end -= 1
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def closing_quotation(doc: Doc, span: Span) -> Span | None:
    """The quotation that ends `span` (its closing mark may have been trimmed off) when it
    opens after a colon or comma with a capital, a whole statement of its own: "When I met him
    in Erbil, [“I want to look them in the eyes,”] he said", "He explained: [“...”] he said".
    A quoted phrase inside the sentence ("The US is “not looking for conflict,” he said") is
    none."""
    text = doc_text(doc)
    end = span.end_char
    while end > span.start_char and text[end - 1] in STRIP:
        end -= 1
    after = text[end:end + 3].lstrip(STRIP)
    if end <= span.start_char or not (text[end - 1] in "”\"" or after[:1] in ("”", '"')):
        return None
    opening = max(text.rfind("“", span.start_char, end - 1), text.rfind('"', span.start_char, end - 1))
    if opening <= span.start_char or text[opening + 1:opening + 2].islower() or \
            not text[span.start_char:opening].rstrip().endswith((":", ",")):
        return None
    quotation = trim(doc, doc.char_span(opening, end, alignment_mode="expand"))
    if quotation is None or not any(t.pos_ in ("VERB", "AUX") for t in quotation):
        return None  # "were, in his words, “Defensive and Fair,” he said": a phrase
    return quotation


def through_split_sentence(doc: Doc, content: Span) -> Span:
    """What a cue reports, on through a sentence break the parser made where the text has
    none ("Clinton mentioned disparaging remarks | Trump had made about Machado as ...":
    no full stop after "remarks"), to the end of the sentence the text punctuates."""
    sentence = sentence_of(doc, content[-1])
    if content.end != sentence.end and not (content.end == sentence.end - 1 and doc[content.end].is_punct):
        return content
    last = doc[sentence.end - 1]
    if sentence.end >= len(doc) or last.is_punct or last.is_space or "\n" in last.whitespace_ or \
            doc[sentence.end].is_space or doc[sentence.end].is_punct:
        return content
    following = sentence_of(doc, doc[sentence.end])
    end = following.end
    while end > following.start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[content.start:end]


def in_actor_mention(token: Token) -> bool:
    """Whether a token lies in a mention the actors stage found (a person, a group, a state)."""
    return any(a.start <= token.idx < a.end for a in token.doc._.actor_rows or ())


# whom a statement is told to: "he told me on Friday" leaves the statement around it
ADDRESSEES = {"me", "us", "him", "her", "them", "you", "reporters"}
_ASIDE_EDGES = {",", "—", "–"}
# a cue's own words in an aside: "has", "not", "out", "in a statement", "on Monday", "me", "as"
_ASIDE_DEPS = {"aux", "auxpass", "neg", "advmod", "prt", "prep", "npadvmod", "dative", "agent", "mark"}


def aside_pieces(doc: Doc, token: Token, speaker: Span | None, content: Span,
                 content_preps: tuple[str, ...] = ()) -> str:
    """The content's pieces on both sides of the attribution it carries between commas or
    dashes, as "start-end;start-end": "Hawaii, [as one of Mr. Obama's climate advisers
    pointed out], normally does not get back-to-back hurricanes", "The idea, [says Sertip
    Mustafa, assistant manager of the textile museum], is to maintain ...". The attribution
    is the cue `token` with its speaker and its own words (no clause, no object but whom it
    is told to); empty when it does not stand whole inside the content between two edges."""
    if not content.start < token.i < content.end - 1:
        return ""
    block = {token.i}
    if speaker is not None:
        if not (content.start < speaker.start and speaker.end < content.end):
            return ""
        block.update(t.i for t in speaker.root.subtree)
        block.update(range(speaker.start, speaker.end))
    for child in token.children:
        if child.i > token.i and any(t.text in _ASIDE_EDGES for t in doc[token.i + 1:child.left_edge.i]):
            continue  # "the UN has said, with requests ... routinely denied": the sentence goes on
        if child.dep_ in _ASIDE_DEPS and child.lower_ not in content_preps and child.lower_ not in ("that", "about") \
                or child.dep_ == "dobj" and (child.lower_ in ADDRESSEES or child.lower_ == "it"):
            block.update(t.i for t in child.subtree)
    low, high = min(block), max(block)
    if any(i not in block and not doc[i].is_punct for i in range(low, high + 1)):
        return ""  # the attribution's words are not all together
    if not (content.start < low - 1 and high + 2 < content.end) or \
            doc[low - 1].text not in _ASIDE_EDGES or doc[high + 1].text not in _ASIDE_EDGES:
        return ""
    left, right = doc[low - 2], doc[high + 2]
    return f"{content.start_char}-{left.idx + len(left.text)};{right.idx}-{content.end_char}"
