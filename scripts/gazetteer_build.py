"""What the gazetteer build scripts share (run them from the repository root): the form in
which they compare names, and the writer of their tables under models/gazetteer/
(tab-separated, a header row, "\\n" line ends, UTF-8)."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence


def fold(name: str) -> str:
    """A name without case or diacritics: "Doña Ana County" and "Dona Ana County", "Al
    Qāmishlī" and "Al Qamishli" are one place."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def write_tsv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
