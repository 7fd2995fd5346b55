"""Reading and writing the output tables: CSV with the contract's columns, atomically."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterable, Iterator

from pipeline.types import TABLES, columns, plain_values


def _default_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_FILE_MODE = _default_file_mode()


# Spreadsheets run a cell that starts with = + - @ (or tab, CR) as a formula. Text cells
# that start so get a leading apostrophe, as spreadsheets themselves mark text; a text
# cell that starts with an apostrophe followed by such a character gets one too, so the
# rule reverses exactly. Every reader of the project (validate, evaluate, review) undoes it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(text: str) -> str:
    if text.startswith(FORMULA_STARTS) or (text.startswith("'") and text[1:2] in FORMULA_STARTS + ("'",)):
        return "'" + text
    return text


def unneutralize(cell: str) -> str:
    if cell.startswith("'") and cell[1:2] in FORMULA_STARTS + ("'",):
        return cell[1:]
    return cell


def format_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, 6))
    if isinstance(value, int):
        return str(value)
    return neutralize(str(value))


def row_values(row) -> list[str]:
    return [format_cell(value) for value in plain_values(row)]


@contextmanager
def atomic_open(path: Path, *, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside `path`, fsync, then rename over it.

    A crash leaves either the old file or the new one in place, never half of one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, _FILE_MODE)  # mkstemp makes 0600 files; outputs are ordinary files
        encoding = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else ""
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


class TableWriter:
    """Streams rows of every table into their CSV files; all files appear on close()."""

    def __init__(self, out_dir: Path, tables: Iterable[str]) -> None:
        self.out_dir = out_dir
        self._contexts = {}
        self._writers = {}
        self.counts: dict[str, int] = {}
        for name in tables:
            ctx = atomic_open(out_dir / f"{name}.csv")
            handle = ctx.__enter__()
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(columns(TABLES[name]))
            self._contexts[name] = ctx
            self._writers[name] = writer
            self.counts[name] = 0

    def write(self, table: str, rows: Iterable) -> None:
        writer = self._writers[table]
        for row in rows:
            writer.writerow(row_values(row))
            self.counts[table] += 1

    def close(self, *, error: BaseException | None = None) -> None:
        for ctx in self._contexts.values():
            if error is None:
                ctx.__exit__(None, None, None)
            else:
                ctx.__exit__(type(error), error, error.__traceback__)


def read_table(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """A table as written by the project, with spreadsheet neutralisation undone."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [{k: unneutralize(v) if isinstance(v, str) else v for k, v in row.items()} for row in reader]
        return list(reader.fieldnames or []), rows


def iter_texts(path: Path) -> Iterator[tuple[str, str]]:
    """(doc_id, text) pairs of a run's texts.jsonl."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                yield record["doc_id"], record["text"]


def dumps_text_record(doc_id: str, text: str) -> str:
    # ASCII escapes keep lone surrogates (legal in JSON input) round-trippable.
    return json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=True) + "\n"
