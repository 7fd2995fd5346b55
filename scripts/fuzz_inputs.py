"""Coverage-guided fuzzing (atheris) of the input readers and the gold readers.

    python scripts/fuzz_inputs.py -runs=3000          # CI runs this through tests/test_fuzz.py

Every reader must either return or raise the project's own clear errors (NewsEventsError,
DecodeError); anything else is a bug atheris reports with the input that caused it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from pipeline.errors import NewsEventsError
    from pipeline.evaluate.read_annotations import read_brat, read_labelstudio
    from pipeline.evaluate.read_project import read_gold_jsonl
    from pipeline.evaluate.read_records import read_records
    from pipeline.evaluate.read_timeml import read_timeml
    from pipeline.ingest import DecodeError, decode_bytes, iter_sources

WORK = Path(tempfile.mkdtemp(prefix="newsevents-fuzz-"))
EXPECTED = (NewsEventsError, DecodeError)


def one_input(data: bytes) -> None:
    if not data:
        return
    target, payload = data[0] % 7, data[1:]
    try:
        if target == 0:
            decode_bytes(payload)
        elif target == 1:
            path = WORK / "input.jsonl"
            path.write_bytes(payload)
            list(iter_sources([path]))
        elif target == 2:
            path = WORK / "input.txt"
            path.write_bytes(payload)
            list(iter_sources([path]))
        elif target == 3:
            path = WORK / "gold.jsonl"
            path.write_bytes(payload)
            read_gold_jsonl(path)
        elif target == 4:
            folder = WORK / "brat"
            folder.mkdir(exist_ok=True)
            (folder / "doc.txt").write_text("Rockets hit the base in Kirkuk on Monday, police said.\n", encoding="utf-8")
            (folder / "doc.ann").write_bytes(payload)
            read_brat(folder)
        elif target == 5:
            path = WORK / "tasks.json"
            path.write_bytes(payload)
            read_labelstudio(path)
        else:
            path = WORK / ("gold.tml" if payload[:1] == b"<" else "gold.csv")
            path.write_bytes(payload)
            (read_timeml if path.suffix == ".tml" else read_records)(path)
    except EXPECTED:
        pass


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
