"""Turn input paths (folders, globs, files) into documents, without losing any.

Every input becomes exactly one ``SourceDoc``: readable ones carry their text, the
others carry ``status`` failed/skipped and a reason, so documents.csv accounts for
every file and every JSONL line. The document text is the decoded input with
nothing stripped or normalised (a UTF-8 BOM aside), because every span points into it.
"""

from __future__ import annotations

import codecs
import glob
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import charset_normalizer

from pipeline.errors import Errors, NewsEventsError

SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
DEFAULT_MAX_BYTES = 20_000_000
BINARY_CONTROL_RATIO = 0.05
GOLD_SUFFIXES = (".gold.jsonl",)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_SINGLE_BYTE_LATIN = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9",
                                "iso8859_15", "mac_roman", "mac_latin2", "cp850", "cp437"})


@dataclass(frozen=True, slots=True)
class SourceDoc:
    doc_id: str
    path: str
    text: str = ""
    line: int | None = None
    title: str = ""
    published: str = ""
    url: str = ""
    source: str = ""
    encoding: str = ""
    status: str = "ok"
    error: str = ""

    @property
    def key(self) -> str:
        """Identifies the input position, for resume: one key per file or JSONL line."""
        return f"{self.path}#{self.line}" if self.line is not None else self.path


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes to the document text; returns (text, encoding name)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as err:
                raise DecodeError(f"invalid {name} after byte-order mark: {err.reason}") from None
    try:
        return _reject_binary(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError("binary file: NUL bytes and no text encoding")
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise DecodeError("binary or undecodable file: no text encoding fits")
    if best.encoding in _SINGLE_BYTE_LATIN and best.encoding != "cp1252":
        # Several Latin code pages decode English alike; Windows-1252 is by far the
        # likeliest for English news, so it wins whenever it decodes the bytes.
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), best.encoding


def _reject_binary(text: str) -> str:
    """Bytes of control characters decode as UTF-8 too; text has few of them."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v")
    if sample and controls / len(sample) > BINARY_CONTROL_RATIO:
        raise DecodeError(f"binary file: {controls} control characters in the first {len(sample)}")
    return text


def expand_inputs(inputs: Iterable[str | Path], *, exclude: str | Path | None = None) -> list[Path]:
    """Folders (recursively, supported types only), globs and files, in a stable order.
    A folder walk skips `exclude` (the run's own output folder inside an input folder:
    `extract data/ -o data/run` twice must not read the first run's texts.jsonl)."""
    skip = Path(exclude).resolve() if exclude is not None else None
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.is_file() and _is_article_file(p.relative_to(path))
                     and (skip is None or not p.resolve().is_relative_to(skip))]
            files.extend(sorted(found, key=lambda p: p.as_posix()))
        elif path.exists():
            files.append(path)
        elif glob.has_magic(str(item)):
            matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True) if Path(p).is_file()
                             and (skip is None or not Path(p).resolve().is_relative_to(skip)))
            if not matches:
                raise NewsEventsError(Errors.E002.format(path=item))
            files.extend(matches)
        else:
            raise NewsEventsError(Errors.E002.format(path=item))
    unique: dict[str, Path] = {}
    for file in files:
        unique.setdefault(file.as_posix(), file)
    return list(unique.values())


def _is_article_file(relative: Path) -> bool:
    """Folder walks take supported files, but not hidden ones nor gold (*.gold.jsonl)."""
    name = relative.name.lower()
    if any(part.startswith(".") for part in relative.parts) or name.endswith(GOLD_SUFFIXES):
        return False
    return relative.suffix.lower() in SUPPORTED_SUFFIXES


def count_documents(files: Iterable[Path]) -> int:
    """How many documents the files hold (JSONL lines counted), for the progress bar."""
    total = 0
    for file in files:
        if file.suffix.lower() == ".jsonl":
            try:
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def iter_sources(files: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDoc]:
    """Yield one SourceDoc per document; duplicate doc_ids are kept but marked skipped."""
    seen: dict[str, str] = {}
    for file in files:
        for doc in _read_file(file, max_bytes):
            if doc.doc_id in seen and doc.status == "ok":
                first = seen[doc.doc_id]
                yield _replace_status(doc, "skipped", f"duplicate doc_id '{doc.doc_id}' (first used by {first})")
                continue
            seen.setdefault(doc.doc_id, doc.key)
            yield doc


def _replace_status(doc: SourceDoc, status: str, error: str) -> SourceDoc:
    return SourceDoc(doc_id=doc.doc_id, path=doc.path, line=doc.line, title=doc.title,
                     published=doc.published, url=doc.url, source=doc.source,
                     encoding=doc.encoding, status=status, error=error)


def _read_file(file: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDoc]:
    path = file.as_posix()
    suffix = file.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield SourceDoc(doc_id=file.stem, path=path, status="skipped",
                        error=f"unsupported file type '{file.suffix or '(none)'}' (expected {', '.join(SUPPORTED_SUFFIXES)})")
        return
    try:
        size = file.stat().st_size
        if suffix != ".jsonl" and size > max_bytes:
            yield SourceDoc(doc_id=file.stem, path=path, status="skipped",
                            error=f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)")
            return
        data = file.read_bytes()
    except OSError as err:
        yield SourceDoc(doc_id=file.stem, path=path, status="failed", error=f"cannot read file: {err.strerror}")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(file, data, max_bytes)
        return
    if suffix in (".html", ".htm"):
        yield _read_html(file, data)
        return
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as err:
        yield SourceDoc(doc_id=file.stem, path=path, status="failed", error=str(err))
        return
    if not text.strip():
        yield SourceDoc(doc_id=file.stem, path=path, encoding=encoding, status="failed", error="empty document")
        return
    yield SourceDoc(doc_id=file.stem, path=path, text=text, encoding=encoding)


def _read_html(file: Path, data: bytes) -> SourceDoc:
    """A web page through trafilatura's main-text extraction. The document text, which every
    span points into, is the extracted text; the run writes it to texts.jsonl."""
    import trafilatura

    path = file.as_posix()
    try:
        html, encoding = decode_bytes(data)
    except DecodeError as err:
        return SourceDoc(doc_id=file.stem, path=path, status="failed", error=str(err))
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or len(text.split()) < 5:  # menus and cookie banners are not articles
        return SourceDoc(doc_id=file.stem, path=path, encoding=encoding, status="failed",
                         error="no article text found in the HTML page")
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title or "") if metadata else ""
    published = (metadata.date or "") if metadata else ""
    return SourceDoc(doc_id=file.stem, path=path, text=text, title=title, published=published,
                     encoding=encoding, source="html")


def _read_jsonl(file: Path, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDoc]:
    path = file.as_posix()
    try:
        content, encoding = decode_bytes(data)
    except DecodeError as err:
        yield SourceDoc(doc_id=file.stem, path=path, status="failed", error=str(err))
        return
    # JSON Lines are split on "\n" only: U+2028 and friends may occur inside strings.
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        fallback_id = f"{file.stem}-{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield SourceDoc(doc_id=fallback_id, path=path, line=number, status="failed",
                            error=f"invalid JSON at column {err.colno}: {err.msg}")
            continue
        if not isinstance(record, dict):
            yield SourceDoc(doc_id=fallback_id, path=path, line=number, status="failed",
                            error="JSONL line is not an object")
            continue
        raw_id = record.get("id", record.get("doc_id"))
        doc_id = str(raw_id).strip() if raw_id not in (None, "") else fallback_id
        text = record.get("text")
        meta = {key: _as_str(record.get(key)) for key in ("title", "published", "url", "source")}
        if not isinstance(text, str):
            yield SourceDoc(doc_id=doc_id, path=path, line=number, status="failed",
                            error="record has no 'text' string", **meta)
            continue
        if not text.strip():
            yield SourceDoc(doc_id=doc_id, path=path, line=number, status="failed",
                            error="empty document", **meta)
            continue
        if len(text) > max_bytes:
            yield SourceDoc(doc_id=doc_id, path=path, line=number, status="skipped",
                            error=f"text has {len(text):,} characters, over the {max_bytes:,} limit (--max-bytes)", **meta)
            continue
        surrogate = next((i for i, ch in enumerate(text) if "\ud800" <= ch <= "\udfff"), None)
        if surrogate is not None:  # legal in JSON, not in Unicode text: it cannot be written out
            yield SourceDoc(doc_id=doc_id, path=path, line=number, status="failed",
                            error=f"invalid Unicode: lone surrogate at character {surrogate}", **meta)
            continue
        yield SourceDoc(doc_id=doc_id, path=path, line=number, text=text, encoding=encoding, **meta)


def _as_str(value: object) -> str:
    return "" if value is None else str(value).strip()
