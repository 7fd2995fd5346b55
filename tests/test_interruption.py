"""Kill a run with SIGKILL at random points, resume it, and get the uninterrupted run's
tables byte for byte: nothing lost, nothing written twice, no half-written file."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

from pipeline.extract import run_extract
from pipeline.types import TABLES
from tests.conftest import AL_MONITOR, MEMO

KILLS = 20
MIN_KILLS = 10


def make_inputs(folder):
    paragraphs = [p for path in (AL_MONITOR, MEMO) for p in path.read_text(encoding="utf-8").split("\n\n")
                  if len(p.split()) > 12]
    path = folder / "in.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i, paragraph in enumerate(paragraphs * 60):  # enough that every run is still going when killed
            handle.write(json.dumps({"id": f"p{i:04d}", "text": paragraph, "published": "2019-12-30"}) + "\n")
    return path


def test_kill_and_resume_at_random_points(tmp_path):
    inputs = make_inputs(tmp_path)
    reference = tmp_path / "reference"
    run_extract([inputs], reference)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(inputs), "-o", str(out), "--batch-size", "1", "-q"]
    rng = random.Random(20191230)
    killed = 0
    for attempt in range(KILLS):
        process = subprocess.Popen(command + (["--resume"] if attempt else []), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(2.0, 4.0))
        ended = process.poll() is not None
        if not ended:
            os.killpg(process.pid, signal.SIGKILL)
            killed += 1
        process.wait()
        for name in TABLES:  # a killed run never leaves half a table in place of a final one
            final = out / f"{name}.csv"
            if final.exists():
                assert final.read_bytes().endswith(b"\n")
        if ended:
            break  # a fast machine finishes the input before the last kill
    assert killed >= MIN_KILLS, f"only {killed} runs were killed before the input was done; make the input larger"
    finished = subprocess.run(command + ["--resume"], capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    for name in list(TABLES) + ["texts"]:
        suffix = ".jsonl" if name == "texts" else ".csv"
        assert (out / f"{name}{suffix}").read_bytes() == (reference / f"{name}{suffix}").read_bytes(), name
    assert not list(out.glob(".*.tmp"))
