"""pipeline.validate: a run checked against the output contract, and the ids it relies on."""

from __future__ import annotations

import csv
import json

from pipeline.extract import run_extract
from pipeline.validate import validate_run

TWO_CLAIMS_ONE_CONTENT = (
    "Kaya Sertkaya, a lawyer, spoke to reporters in Istanbul. Rojkan, 22, a law student at the University of "
    "Leeds, has been charged with propaganda for sharing pro-Kurdish material on Facebook, Sertkaya added."
)


def test_claims_of_one_content_have_ids_of_their_own_and_a_repeated_id_is_caught(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TWO_CLAIMS_ONE_CONTENT}) + "\n", encoding="utf-8")
    run_extract([src], tmp_path / "run")
    claims_csv = tmp_path / "run" / "claims.csv"
    with claims_csv.open(encoding="utf-8", newline="") as handle:
        claims = list(csv.DictReader(handle))
    start = TWO_CLAIMS_ONE_CONTENT.index("Rojkan")
    same = [c for c in claims if c["content_start"] == str(start)]
    # the charge (no one named brings it) and what Sertkaya added
    assert sorted((c["kind"], c["speaker_text"]) for c in same) == [("accusation", ""), ("statement", "Sertkaya")]
    assert sorted(c["claim_id"] for c in same) == [f"a:C{start}", f"a:C{start}-2"]
    assert validate_run(tmp_path / "run") == []
    # the same id twice is a violation
    text = claims_csv.read_text(encoding="utf-8")
    claims_csv.write_text(text.replace(f"a:C{start}-2,", f"a:C{start},"), encoding="utf-8")
    assert [v.column for v in validate_run(tmp_path / "run")] == ["claim_id"]
