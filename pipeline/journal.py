"""The run journal: one committed SQLite row per finished document.

Results go to the journal as documents finish; the CSVs are written from it, in input
order, at the end of the run. A run killed at any point loses at most the documents
in flight, and `--resume` skips every document already journaled, so no row is lost
or written twice.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Iterator

from pipeline.types import TABLES, DocResult, EXTRACTION_TABLES, DocumentRow, plain_values

JOURNAL_NAME = "journal.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    key TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    doc_id TEXT NOT NULL,
    status TEXT NOT NULL,
    text TEXT,
    payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_seq ON docs(seq);
"""


def _encode(result: DocResult) -> str:
    payload = {"document": plain_values(result.document)}
    for table in EXTRACTION_TABLES:
        payload[table] = [plain_values(row) for row in result.table(table)]
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":"))


def _decode(payload: str) -> DocResult:
    data = json.loads(payload)
    rows = {table: tuple(TABLES[table](*values) for values in data.get(table, [])) for table in EXTRACTION_TABLES}
    return DocResult(document=DocumentRow(*data["document"]), **rows)


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.conn = sqlite3.connect(path)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.executescript(_SCHEMA)

    def done_keys(self) -> set[str]:
        return {key for (key,) in self.conn.execute("SELECT key FROM docs")}

    def add(self, items: list[tuple[str, int, DocResult, str | None]]) -> None:
        """Commit (key, seq, result, text) items in one transaction."""
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO docs(key, seq, doc_id, status, text, payload) VALUES (?, ?, ?, ?, ?, ?)",
                [(key, seq, result.document.doc_id, result.document.status, text, _encode(result))
                 for key, seq, result, text in items],
            )

    def results(self) -> Iterator[tuple[DocResult, str | None]]:
        """Every journaled document, in input order, with its text."""
        cursor = self.conn.execute("SELECT payload, text FROM docs ORDER BY seq, key")
        for payload, text in cursor:
            yield _decode(payload), text

    def copy_from(self, other: Path) -> None:
        """Take every document another journal holds (merging shards)."""
        with self.conn:
            self.conn.execute("ATTACH DATABASE ? AS other", (str(other),))
            self.conn.execute("INSERT OR REPLACE INTO docs SELECT key, seq, doc_id, status, text, payload FROM other.docs")
        self.conn.execute("DETACH DATABASE other")

    def close(self) -> None:
        self.conn.close()
