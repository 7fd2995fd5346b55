"""CSV cells are safe to open in a spreadsheet, and the project reads them back exactly."""

from __future__ import annotations

import csv
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.evaluate.read_project import read_run_folder
from pipeline.extract import run_extract
from pipeline.tables import FORMULA_STARTS, neutralize, unneutralize
from pipeline.validate import validate_run


@given(st.text())
def test_neutralize_round_trips(text):
    assert unneutralize(neutralize(text)) == text
    assert not neutralize(text).startswith(FORMULA_STARTS)


@settings(deadline=None, max_examples=50)
@given(st.sampled_from(FORMULA_STARTS + ("'", "")), st.text(max_size=10))
def test_dangerous_starts_are_marked(start, rest):
    cell = neutralize(start + rest)
    if start and start != "'":
        assert cell == "'" + start + rest


def test_formula_cells_in_a_run(tmp_path):
    record = {"id": "evil", "title": "=HYPERLINK(\"http://example.invalid\",\"click\")",
              "text": "Gunmen attacked a police station in Kirkuk on Monday, killing five officers, police said."}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(record) + "\n", encoding="utf-8")
    run_extract([src], tmp_path / "out")
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["title"].startswith("'=")  # a spreadsheet shows it as text
    assert validate_run(tmp_path / "out") == []
    assert read_run_folder(tmp_path / "out").docs["evil"].text == record["text"]
