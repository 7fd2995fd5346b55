"""newsevents_article: label the article's zones and fix its publication date."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.layout import parse_layout
from pipeline.stages.extensions import register_extensions
from pipeline.timeparse import parse_calendar_date


class ArticleStage:
    def __init__(self, *, header: str, boilerplate: str) -> None:
        register_extensions()
        self.header = header
        self.boilerplate = boilerplate

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.meta
        layout = parse_layout(doc.text, header_rules=self.header, boilerplate_rules=self.boilerplate,
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
            parsed = parse_calendar_date(doc.text[layout.dateline_date.start:layout.dateline_date.end])
            if parsed is not None:
                return parsed, "dateline"
        if meta is not None and meta.default_published is not None:
            return meta.default_published, "default"
        return None, ""


@Language.factory(
    "newsevents_article",
    default_config={"header": "patterns/header.jsonl", "boilerplate": "patterns/boilerplate.jsonl"},
)
def make_article_stage(nlp: Language, name: str, header: str, boilerplate: str) -> ArticleStage:
    return ArticleStage(header=header, boilerplate=boilerplate)
