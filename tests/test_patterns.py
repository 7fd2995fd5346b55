"""Every pattern and dictionary file in models/ loads and validates."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from pipeline.config import load_config, read_jsonl_rules
from pipeline.errors import NewsEventsError

DATA = resources.files("newsevents_models")
PATTERN_FILES = sorted(p.name for p in DATA.joinpath("patterns").iterdir() if p.name.endswith(".jsonl"))
DICTIONARY_FILES = sorted(p.name for p in DATA.joinpath("dictionaries").iterdir() if p.name.endswith(".jsonl"))


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_pattern_file_loads(name):
    rules = list(read_jsonl_rules(f"patterns/{name}"))
    assert rules, name
    for rule in rules:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", rule["id"]), rule["id"]


@pytest.mark.parametrize("name", DICTIONARY_FILES)
def test_dictionary_file_loads(name):
    assert list(read_jsonl_rules(f"dictionaries/{name}", required=()))


def test_config_names_registered_factories(nlp):
    config = load_config()
    assert [stage.factory for stage in config.stages] == [n for n in nlp.pipe_names if n.startswith("newsevents_")]


@pytest.mark.parametrize("content, message", [
    ('{"id": "x", "pattern": "("}\n', "bad regex"),
    ('{"id": "x"}\n{"id": "x"}\n', "duplicate id"),
    ("not json\n", "invalid JSON"),
    ('{"pattern": "a"}\n', "missing id"),
])
def test_bad_pattern_file_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(NewsEventsError, match=rf"bad.jsonl:\d+: {message}"):
        list(read_jsonl_rules(path))


def test_bad_config_is_one_clear_error(tmp_path):
    path = tmp_path / "pipeline.toml"
    path.write_text("[nlp\nmodel=", encoding="utf-8")
    with pytest.raises(NewsEventsError, match="E005"):
        load_config(path)
