"""Property-based: whatever the text, extract never crashes and every span validates."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import process_batch, run_extract
from pipeline.ingest import SourceDoc
from pipeline.validate import validate_run

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400)
NEWSY = st.lists(st.sampled_from([
    "Gunmen killed ", "at least 25 ", "people ", "in Kirkuk ", "on Monday", ". ", "\n\n", "“", "”", ", he said",
    "Dec. 29", " dozens ", "were wounded", " the U.S. ", "strikes ", "Iraq's ", "—", "\r\n", "5,200", "\t",
]), min_size=1, max_size=40).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(TEXT, NEWSY))
def test_any_text_gives_valid_rows(nlp, text):
    (result,) = process_batch(nlp, [SourceDoc(doc_id="x", path="x.txt", text=text)])
    assert result.document.status == "ok", result.document.error
    for table in ("events", "actors", "casualties", "locations", "claims", "dates"):
        for row in result.table(table):
            for start, end, column in type(row).SPANS:
                if getattr(row, start) is not None:
                    assert text[getattr(row, start):getattr(row, end)] == getattr(row, column)


def test_lone_surrogate_is_a_failed_row_not_a_crash(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "bad", "text": "Kirkuk \ud800 attack"}) + "\n" +
                   json.dumps({"id": "good", "text": "Rockets hit Kirkuk on Monday."}) + "\n", encoding="utf-8")
    summary = run_extract([src], tmp_path / "out")
    assert summary.status == {"ok": 1, "failed": 1}
    assert validate_run(tmp_path / "out") == []
