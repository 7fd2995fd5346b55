from __future__ import annotations

import csv
import shutil
import subprocess
import sys

from tests.conftest import AL_MONITOR, CORPUS


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_extract_then_validate(tmp_path):
    out = tmp_path / "demo"
    done = run_cli("extract", CORPUS, "-o", out)
    assert done.returncode == 0, done.stderr
    assert "documents ok" in done.stderr and "actors rows" in done.stderr
    checked = run_cli("validate", out)
    assert checked.returncode == 0, checked.stderr
    assert "valid" in checked.stderr


def test_exit_1_when_no_document_succeeds(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    done = run_cli("extract", tmp_path, "-o", tmp_path / "out", "-q")
    assert done.returncode == 1, done.stderr
    assert (tmp_path / "out" / "documents.csv").exists()


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("extract", tmp_path / "missing", "-o", tmp_path / "out").returncode == 2
    assert run_cli("extract", CORPUS).returncode == 2  # no -o
    bad_date = run_cli("extract", CORPUS, "-o", tmp_path / "o2", "--published", "soon")
    assert bad_date.returncode == 2 and "E008" in bad_date.stderr
    bad_model = run_cli("extract", CORPUS, "-o", tmp_path / "o3", "--model", "no_such_model_xyz")
    assert bad_model.returncode == 2 and "E001" in bad_model.stderr
    assert run_cli("validate", tmp_path).returncode == 2


def _copy_and_edit(out, dest, table, edit):
    """A copy of a run whose `table`.csv rows went through edit(header, rows)."""
    shutil.copytree(out, dest)
    path = dest / f"{table}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    edit(rows[0], rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return dest


def test_validate_names_file_row_and_column(tmp_path, corpus_run):
    out, _ = corpus_run

    def edit(header, rows):
        rows[3][header.index("start")] = str(int(rows[3][header.index("start")]) + 1)
        rows[5][header.index("country")] = "ZZZ"

    broken = _copy_and_edit(out, tmp_path / "broken", "locations", edit)
    done = run_cli("validate", broken)
    assert done.returncode == 1
    assert "locations.csv row 3 column text" in done.stderr
    assert "locations.csv row 5 column country" in done.stderr


def test_python_module_and_console_script_agree():
    help_text = run_cli("--help").stdout
    assert "extract" in help_text and "validate" in help_text
    script = shutil.which("newsevents")
    if script:
        assert "extract" in subprocess.run([script, "--help"], capture_output=True, text=True).stdout


def test_resume_from_cli(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(AL_MONITOR, src / AL_MONITOR.name)
    out = tmp_path / "out"
    assert run_cli("extract", src, "-o", out, "-q").returncode == 0
    again = run_cli("extract", src, "-o", out)
    assert again.returncode == 2 and "E004" in again.stderr
    resumed = run_cli("extract", src, "-o", out, "--resume")
    assert resumed.returncode == 0 and "already done" in resumed.stderr


def test_validate_checks_split_quotation_pieces(tmp_path, corpus_run):
    out, _ = corpus_run
    assert run_cli("validate", out).returncode == 0
    split = []

    def edit(header, rows):
        split.extend(i for i, row in enumerate(rows[1:], start=1) if row[header.index("content_parts")])
        assert split, "the corpus has a quotation split by its attribution"
        parts = rows[split[0]][header.index("content_parts")].split(";")
        rows[split[0]][header.index("content_parts")] = ";".join(reversed(parts))

    broken = _copy_and_edit(out, tmp_path / "broken", "claims", edit)
    done = run_cli("validate", broken)
    assert done.returncode == 1
    assert f"claims.csv row {split[0]} column content_parts" in done.stderr
