"""newsevents_article: label the article's zones and fix its publication date."""

from __future__ import annotations

from datetime import date

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.layout import DATELINE_REACH, dateline_places, parse_layout
from pipeline.stages.extensions import doc_text, register_extensions
from pipeline.timeparse import parse_calendar_date


class ArticleStage:
    def __init__(self, *, header: str, boilerplate: str) -> None:
        register_extensions()
        self.header = header
        self.boilerplate = boilerplate

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta
        layout = parse_layout(doc_text(doc), header_rules=self.header, boilerplate_rules=self.boilerplate,
                              known_title=meta.title if meta is not None else "")
        doc._.layout = layout
        doc._.published, doc._.published_source = self._publication_date(doc, layout)
        return doc

    @staticmethod
    def _publication_date(doc: Doc, layout) -> tuple[date | None, str]:
        # The contract's order: the record's own date, then a dateline, then --published.
        meta = doc._.meta
        if meta is not None and meta.published is not None:
            return meta.published, "record"
        if layout.dateline_date is not None:
            parsed = parse_calendar_date(doc_text(doc)[layout.dateline_date.start:layout.dateline_date.end])
            if parsed is not None:
                return parsed, "dateline"
        if meta is not None and meta.default_published is not None:
            return meta.default_published, "default"
        return None, ""


_BULLETS = {"•", "·", "▪", "◦", "-", "–", "*"}


@Language.component("newsevents_paragraphs")
def paragraph_sentences(doc: Doc) -> Doc:
    """Paragraph breaks end sentences. Headlines, datelines and bullet points carry no full
    stop, and the parser would read a headline and the line after it as one sentence. A
    blank line always ends a sentence; a single line break does when the next line starts
    a bullet or a capitalised word after a short or finished line (not hard-wrapped text)."""
    text = doc_text(doc)
    _dateline_sentences(doc, text)
    if "\n" not in text:
        return doc
    # spaCy keeps line breaks in whitespace tokens, so only those need a look
    for i in numpy.flatnonzero(doc.to_array("IS_SPACE")).tolist():
        token = doc[i]
        breaks = token.text.count("\n")
        if not breaks or i + 1 >= len(doc):
            continue
        following = doc[i + 1]
        previous_line = text[text.rfind("\n", 0, token.idx) + 1:token.idx].strip()
        if breaks >= 2 or following.text in _BULLETS or following.is_space:
            following.is_sent_start = True
        elif following.text[:1].isupper() and (len(previous_line) <= 60 or previous_line[-1:] in ".!?:\"”'"):
            following.is_sent_start = True
    return doc


def _dateline_sentences(doc: Doc, text: str) -> None:
    """A dateline's place is not part of the lead's sentence: "BEXAR COUNTY, Texas - One
    female is dead" parses "COUNTY" as the subject unless the lead starts a sentence."""
    for match in dateline_places(text, 0, _HEADER_REACH):
        if match.end() >= len(text):
            continue
        lead = doc.char_span(match.end(), len(text), alignment_mode="expand")
        first = next((t for t in lead if not t.is_space), None) if lead is not None else None
        if first is not None and first.i > 0 and (first.text[:1].isupper() or first.text[:1].isdigit()):
            first.is_sent_start = True


# how far into the text a dateline may open a line: the header (title, photo credits) and more
_HEADER_REACH = 600 + DATELINE_REACH


@Language.factory(
    "newsevents_article",
    default_config={"header": "patterns/header.jsonl", "boilerplate": "patterns/boilerplate.jsonl"},
)
def make_article_stage(nlp: Language, name: str, header: str, boilerplate: str) -> ArticleStage:
    return ArticleStage(header=header, boilerplate=boilerplate)
