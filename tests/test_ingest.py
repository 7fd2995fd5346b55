from __future__ import annotations

import json

import pytest

from pipeline.errors import NewsEventsError
from pipeline.ingest import decode_bytes, DecodeError, expand_inputs, iter_sources
from tests.conftest import AL_MONITOR, CORPUS, MEMO


def test_sample_articles_read_exactly(tmp_path):
    docs = list(iter_sources(expand_inputs([CORPUS])))
    assert [d.doc_id for d in docs] == [AL_MONITOR.stem, MEMO.stem]
    for doc, path in zip(docs, (AL_MONITOR, MEMO)):
        assert doc.status == "ok"
        assert doc.text == path.read_bytes().decode("utf-8")  # nothing stripped or normalised
        assert doc.encoding == "utf-8"


def test_utf8_bom_removed_and_crlf_kept():
    text, encoding = decode_bytes(b"\xef\xbb\xbfLine one\r\nLine two")
    assert text == "Line one\r\nLine two"
    assert encoding == "utf-8-sig"


def test_windows_1252_detected():
    raw = "Iraq’s prime minister said “no” to the U.S. strikes — again, in Baghdad’s café.".encode("cp1252")
    text, encoding = decode_bytes(raw * 3)
    assert "Iraq’s prime minister said “no”" in text
    assert encoding == "cp1252"


def test_utf16_with_bom():
    text, _ = decode_bytes("Kirkuk attack".encode("utf-16"))
    assert text == "Kirkuk attack"


def test_binary_rejected():
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(bytes(range(256)) * 4)


def test_jsonl_records_and_bad_lines(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Two killed in Kirkuk.", "title": "T", "published": "2019-12-30"}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"text": "No id here, the line number gives one."}),
        "",
        json.dumps({"id": "e", "text": "   "}),
        json.dumps(["a list"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(iter_sources([path]))
    assert [(d.doc_id, d.line, d.status) for d in docs] == [
        ("a", 1, "ok"), ("batch-2", 2, "failed"), ("c", 3, "failed"), ("batch-4", 4, "ok"),
        ("e", 6, "failed"), ("batch-7", 7, "failed"),
    ]
    assert docs[0].published == "2019-12-30" and docs[0].title == "T"
    assert "invalid JSON" in docs[1].error
    assert "no 'text'" in docs[2].error
    assert docs[4].error == "empty document"


def test_duplicate_doc_ids_are_skipped_not_lost(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("Rockets hit the base.", encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text("Rockets hit the base again.", encoding="utf-8")
    docs = list(iter_sources(expand_inputs([tmp_path])))
    assert [d.status for d in docs] == ["ok", "skipped"]
    assert "duplicate doc_id 'story'" in docs[1].error


def test_inputs_folders_globs_files_and_missing(tmp_path):
    for name in ("b.txt", "a.txt", "c.jsonl", "notes.md"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.txt", "b.txt", "c.jsonl"]
    assert [p.name for p in expand_inputs([str(tmp_path / "*.txt")])] == ["a.txt", "b.txt"]
    assert [p.name for p in expand_inputs([tmp_path / "b.txt", tmp_path / "a.txt"])] == ["b.txt", "a.txt"]
    with pytest.raises(NewsEventsError, match="E002"):
        expand_inputs([tmp_path / "missing.txt"])
    skipped = list(iter_sources([tmp_path / "notes.md"]))
    assert skipped[0].status == "skipped" and "unsupported file type" in skipped[0].error


def test_folder_walk_skips_gold_and_hidden_files(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / ".cache").mkdir()
    for name in ("a.txt", "gold/corpus.gold.jsonl", ".cache/b.txt", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.txt"]
    assert [p.name for p in expand_inputs([tmp_path / "gold" / "corpus.gold.jsonl"])] == ["corpus.gold.jsonl"]


def test_html_page_main_text(tmp_path):
    page = ("<html><head><title>Strikes hit Iraq</title><meta name='date' content='2019-12-30'></head><body>"
            "<nav>Home | News | Sport</nav><article><h1>Strikes hit Iraq</h1>"
            "<p>Rockets hit the base in Kirkuk on Monday, killing one contractor, officials said.</p>"
            "<p>Officials said more attacks could follow in the coming days.</p></article>"
            "<footer>Copyright 2019 Example News</footer></body></html>")
    (tmp_path / "story.html").write_text(page, encoding="utf-8")
    (doc,) = list(iter_sources([tmp_path / "story.html"]))
    assert doc.status == "ok" and "Rockets hit the base in Kirkuk" in doc.text
    assert "Home | News" not in doc.text and "Copyright" not in doc.text
    (tmp_path / "empty.html").write_text("<html><body><nav>menu</nav></body></html>", encoding="utf-8")
    (empty,) = list(iter_sources([tmp_path / "empty.html"]))
    assert empty.status == "failed" and "no article text" in empty.error


def test_size_limit_skips_with_reason(tmp_path):
    (tmp_path / "big.txt").write_text("Kirkuk attack. " * 1000, encoding="utf-8")
    (doc,) = list(iter_sources([tmp_path / "big.txt"], max_bytes=1000))
    assert doc.status == "skipped" and "over the 1,000-byte limit" in doc.error


def test_folder_walk_and_glob_skip_the_runs_own_output(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "run").mkdir()
    (tmp_path / "run" / "texts.jsonl").write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    assert [p.name for p in expand_inputs([tmp_path], exclude=tmp_path / "run")] == ["a.txt"]
    assert [p.name for p in expand_inputs([str(tmp_path / "**" / "*.*")], exclude=tmp_path / "run")] == ["a.txt"]
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.txt", "texts.jsonl"]  # no run given: all
