"""Shared fixtures. Everything runs on the real spaCy model and real files; nothing downloads."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
AL_MONITOR = CORPUS / "al-monitor-2019-12-30-us-position-in-iraq.txt"
MEMO = CORPUS / "memo-2019-12-31-backlash-to-us-strikes.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """One extract run over corpus/, shared by the tests that only read its output."""
    from pipeline.extract import run_extract

    out = tmp_path_factory.mktemp("corpus_run")
    summary = run_extract([CORPUS], out)
    return out, summary


@pytest.fixture(scope="session")
def parse(nlp):
    """A sentence through the model's own components only (tagger, parser, NER; no stages)."""
    syntax = [component for name, component in nlp.pipeline
              if name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")]

    def run(text: str):
        doc = nlp.make_doc(text)
        for component in syntax:
            doc = component(doc)
        return doc
    return run


def read_text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


def extract_one(nlp, text: str, *, title: str = "", path: str = "t.txt"):
    """One article through the whole pipeline (published 1 Sep 2016 unless its text says
    otherwise): its DocResult."""
    from datetime import date

    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path=path, text=text, title=title)],
                              default_published=date(2016, 9, 1))
    assert result.document.status == "ok", result.document.error
    return result
