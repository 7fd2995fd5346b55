"""A corpus of bad inputs, generated here, goes through extract: every document is
accounted for in documents.csv with a clear reason, and every span validates."""

from __future__ import annotations

import codecs
import csv
import json

from pipeline.extract import ExtractOptions, run_extract
from pipeline.validate import validate_run

ARTICLE = "Gunmen attacked a police station in Kirkuk on Monday, killing five officers, police said."


def build(folder):
    folder.mkdir()
    files = {
        "binary.txt": bytes(range(256)) * 20,
        "empty.txt": b"",
        "blank.txt": b"   \n\t\n",
        "cp1252.txt": ("Iraq’s army said “dozens” were killed in Mosul — a café was hit. " * 3).encode("cp1252"),
        "utf16.txt": ARTICLE.encode("utf-16"),
        "bom.txt": codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        "crlf.txt": ("Strikes hit Iraq\r\n\r\nDecember 31, 2019\r\n\r\n" + ARTICLE + "\r\n").encode("utf-8"),
        "nul.txt": (ARTICLE + "\x00 More: rockets hit Baghdad on Tuesday.").encode("utf-8"),
        "controls.txt": ("\x07\x1b[31m" + ARTICLE + "\x0c").encode("utf-8"),
        "huge.txt": ("Rockets hit Kirkuk. " * 2000).encode("utf-8"),
        "page.html": ("<html><head><title>Attack in Kirkuk</title></head><body><nav>Home</nav><article><p>"
                      + ARTICLE + "</p></article></body></html>").encode("utf-8"),
        "menu.html": b"<html><body><nav>Home | News</nav></body></html>",
        "scanned.pdf": b"%PDF-1.4 not an article",
        "formula.txt": ("=HYPERLINK(\"http://x\") " + ARTICLE).encode("utf-8"),
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    lines = [
        json.dumps({"id": "ok-1", "text": ARTICLE, "published": "2019-12-30"}),
        "{broken json",
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "surrogate", "text": "Kirkuk \ud800 attack"}),
        json.dumps({"id": "ok-1", "text": "A duplicate id."}),
        json.dumps([1, 2, 3]),
        json.dumps({"id": "emoji", "text": "🔥 Protesters stormed the embassy in Baghdad on Tuesday 🇮🇶, witnesses said."}),
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(files) - 1 + len(lines)  # the .pdf in a folder walk is not an input


def test_every_bad_input_is_accounted_for(tmp_path):
    expected = build(tmp_path / "in")
    summary = run_extract([tmp_path / "in"], tmp_path / "out", options=ExtractOptions(max_bytes=20_000))
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8", newline="") as handle:
        listed = list(csv.DictReader(handle))
    assert len(listed) == expected and sum(summary.status.values()) == expected
    duplicates = [r for r in listed if r["doc_id"] == "ok-1"]
    assert [r["status"] for r in duplicates] == ["ok", "skipped"] and "duplicate doc_id" in duplicates[1]["error"]
    rows = {r["doc_id"]: r for r in listed if r["status"] != "skipped" or r["doc_id"] != "ok-1"}
    assert validate_run(tmp_path / "out") == []
    status = {doc_id: (row["status"], row["error"]) for doc_id, row in rows.items()}
    assert status["binary"][0] == "failed" and "binary" in status["binary"][1]
    assert status["empty"] == ("failed", "empty document") and status["blank"] == ("failed", "empty document")
    assert status["huge"][0] == "skipped" and "limit" in status["huge"][1]
    assert status["menu"][0] == "failed" and "no article text" in status["menu"][1]
    assert status["batch-2"][0] == "failed" and "invalid JSON" in status["batch-2"][1]
    assert status["surrogate"][0] == "failed" and "lone surrogate" in status["surrogate"][1]
    for ok in ("cp1252", "utf16", "bom", "crlf", "nul", "controls", "page", "formula", "ok-1", "emoji"):
        assert status[ok][0] == "ok", (ok, status[ok])
    assert rows["cp1252"]["encoding"] == "cp1252" and rows["utf16"]["encoding"] == "utf-16"
    assert summary.any_ok
