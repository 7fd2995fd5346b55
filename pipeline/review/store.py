"""Review decisions, kept in OUT_DIR/review.sqlite as an append-only journal.

Every accept, reject, edit, addition and "document reviewed" is a new row, committed at
once: restarting the app or the browser loses nothing, and two tabs never overwrite
each other's work (for one row, the latest decision wins; all are kept).
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

STORE_NAME = "review.sqlite"
ACTIONS = ("accept", "reject", "edit", "add", "reviewed", "unreviewed")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    action TEXT NOT NULL,
    vals TEXT NOT NULL DEFAULT '{}',
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_doc ON decisions(doc_id);
"""


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    doc_id: str
    table: str
    row_key: str
    action: str
    values: dict


class ReviewStore:
    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / STORE_NAME
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        return conn

    def record(self, doc_id: str, table: str, row_key: str, action: str, values: dict | None = None) -> int:
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO decisions(doc_id, tbl, row_key, action, vals, at) VALUES (?, ?, ?, ?, ?, ?)",
                (doc_id, table, row_key, action, json.dumps(values or {}, ensure_ascii=False), time.time()))
            return int(cursor.lastrowid)

    def decisions(self, doc_id: str | None = None) -> list[Decision]:
        query = "SELECT id, doc_id, tbl, row_key, action, vals FROM decisions"
        args: tuple = ()
        if doc_id is not None:
            query += " WHERE doc_id = ?"
            args = (doc_id,)
        with self._connect() as conn:
            rows = conn.execute(query + " ORDER BY id", args).fetchall()
        return [Decision(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in rows]

    def latest(self, doc_id: str | None = None) -> dict[tuple[str, str, str], Decision]:
        return in_force(self.decisions(doc_id))

    def reviewed_docs(self) -> set[str]:
        return reviewed(self.decisions())


def in_force(decisions: list[Decision]) -> dict[tuple[str, str, str], Decision]:
    """The decision in force for each (doc, table, row): the latest one."""
    return {(d.doc_id, d.table, d.row_key): d for d in decisions}


def reviewed(decisions: list[Decision]) -> set[str]:
    """The documents whose latest reviewed/unreviewed decision says reviewed."""
    state: dict[str, bool] = {}
    for decision in decisions:
        if decision.action in ("reviewed", "unreviewed"):
            state[decision.doc_id] = decision.action == "reviewed"
    return {doc for doc, done in state.items() if done}
