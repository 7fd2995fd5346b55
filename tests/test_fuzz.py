"""A short coverage-guided fuzz run (atheris) over the input and gold readers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_readers_survive_fuzzing(tmp_path):
    pytest.importorskip("atheris")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "fuzz_inputs.py"), "-runs=3000", "-seed=1",
                           f"-artifact_prefix={tmp_path}/"], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done 3000 runs" in done.stderr
