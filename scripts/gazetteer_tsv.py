"""Write a gazetteer table under models/gazetteer/: tab-separated, a header row, "\\n" line
ends, UTF-8 (the build_*.py scripts share it; run them from the repository root)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable, Sequence


def write_tsv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
