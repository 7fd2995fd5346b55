"""Pipeline settings and the data files in models/ (installed as ``newsevents_models``)."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterator

from pipeline.errors import Errors, NewsEventsError

DATA_PACKAGE = "newsevents_models"


def data_path(relative: str | Path) -> Path:
    """Resolve a file of models/ by its relative name; absolute paths are used as given."""
    candidate = Path(relative)
    if candidate.is_absolute():
        return candidate
    return Path(str(resources.files(DATA_PACKAGE).joinpath(str(relative))))


@dataclass(frozen=True)
class StageSpec:
    factory: str
    config: dict[str, Any] = field(default_factory=dict)
    before: str = ""  # a model component to run before (default: after everything)


@dataclass(frozen=True)
class PipelineConfig:
    model: str
    exclude: tuple[str, ...]
    batch_size: int
    stages: tuple[StageSpec, ...]
    path: Path


def load_config(path: str | Path | None = None) -> PipelineConfig:
    cfg_path = Path(path) if path is not None else data_path("pipeline.toml")
    try:
        raw = tomllib.loads(cfg_path.read_text(encoding="utf-8"))
        nlp = raw["nlp"]
        stages = tuple(StageSpec(s["factory"], dict(s.get("config", {})), str(s.get("before", "")))
                       for s in raw.get("stages", []))
        return PipelineConfig(
            model=str(nlp["model"]),
            exclude=tuple(nlp.get("exclude", [])),
            batch_size=int(nlp.get("batch_size", 32)),
            stages=stages,
            path=cfg_path,
        )
    except FileNotFoundError:
        raise NewsEventsError(Errors.E005.format(path=cfg_path, reason="file not found")) from None
    except tomllib.TOMLDecodeError as err:
        raise NewsEventsError(Errors.E005.format(path=cfg_path, reason=str(err))) from None
    except (KeyError, TypeError, ValueError) as err:
        raise NewsEventsError(Errors.E005.format(path=cfg_path, reason=f"missing or bad key {err}")) from None


def read_jsonl_rules(path: str | Path, *, required: tuple[str, ...] = ("id",)) -> Iterator[dict[str, Any]]:
    """Yield the rule objects of a JSONL pattern or dictionary file, checked line by line."""
    file = data_path(path)
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise NewsEventsError(Errors.E006.format(path=file, line=0, reason="file not found")) from None
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise NewsEventsError(Errors.E006.format(path=file, line=number, reason=f"invalid JSON ({err.msg})")) from None
        if not isinstance(obj, dict):
            raise NewsEventsError(Errors.E006.format(path=file, line=number, reason="expected a JSON object"))
        missing = [key for key in required if key not in obj]
        if missing:
            raise NewsEventsError(Errors.E006.format(path=file, line=number, reason=f"missing {', '.join(missing)}"))
        rule_id = obj.get("id")
        if rule_id is not None:
            if rule_id in seen:
                raise NewsEventsError(Errors.E006.format(path=file, line=number, reason=f"duplicate id '{rule_id}'"))
            seen.add(rule_id)
        if "pattern" in obj and isinstance(obj["pattern"], str):
            try:
                re.compile(obj["pattern"])
            except re.error as err:
                raise NewsEventsError(Errors.E006.format(path=file, line=number, reason=f"bad regex ({err})")) from None
        yield obj
