"""Gold from annotation tools: brat standoff and Label Studio JSON exports.

Both tools give labelled regions and links between them (brat E/R lines, Label Studio
relations). A label map (models/gold/label_map.json, or --label-map) says which table
each label feeds and which span of the row it marks; linked regions of one table
become one row (a claim's content with its speaker and cue, a casualty count with its
victim). Event arguments become actor or location rows with the mapped role.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from pipeline.config import data_path
from pipeline.evaluate.model import PRIMARY_SPAN, EvalSet, Mention, frozen
from pipeline.evaluate.read_project import gold_error

DEFAULT_LABEL_MAP = "gold/label_map.json"
_PRIMARY_NAMES = {"", "primary", "content"}


def label_keys(label: str) -> list[str]:
    """A label's lookup keys, longest first: case and punctuation inside a level ignored,
    levels split at "." or ":" ("Conflict:Attack.Unspecified" -> conflict.attack.unspecified,
    conflict.attack, conflict)."""
    levels = [re.sub(r"[^0-9a-z]+", "", level.lower()) for level in re.split(r"[.:/]", label)]
    levels = [level for level in levels if level]
    return [".".join(levels[:n]) for n in range(len(levels), 0, -1)]


def _keyed(mapping: dict[str, object]) -> dict[str, object]:
    """A mapping under its labels' full lookup keys."""
    return {keys[0]: value for label, value in mapping.items() if (keys := label_keys(label))}


@dataclass(frozen=True)
class LabelMap:
    labels: dict[str, dict]
    roles: dict[str, str]
    event_types: dict[str, str] = field(default_factory=dict)
    _rules: dict = field(init=False, repr=False, compare=False)
    _types: dict = field(init=False, repr=False, compare=False)
    _roles: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_rules", _keyed(self.labels))
        object.__setattr__(self, "_types", _keyed(self.event_types))
        object.__setattr__(self, "_roles", _keyed(self.roles))

    def resolve(self, label: str) -> dict | None:
        """The label's rule (an `ignore` rule too), or None for a label the map does not know;
        another scheme's event type is the events table with that event_type."""
        if label in self.labels:
            return self.labels[label]
        for key in label_keys(label):
            if key in self._rules:
                return self._rules[key]
            if key in self._types:
                return {"table": "events", "attrs": {"event_type": self._types[key]}}
        return None

    def rule(self, label: str) -> dict | None:
        rule = self.resolve(label)
        if rule is None or rule.get("ignore"):
            return None
        return rule

    def event_type(self, label: str) -> str | None:
        """Another scheme's event type as a newsevents event_type ("Life.Die.Unspecified" -> killing)."""
        return next((self._types[key] for key in label_keys(label) if key in self._types), None)

    def role(self, name: str) -> str | None:
        """An argument role as an actor/location role; numbered roles ("Victim2") as their base."""
        return next((self._roles[key] for key in label_keys(re.sub(r"\d+$", "", name)) if key in self._roles), None)


def load_label_map(path: str | Path | None = None) -> LabelMap:
    file = Path(path) if path else data_path(DEFAULT_LABEL_MAP)
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise gold_error(file, getattr(err, "lineno", 0), f"bad label map: {err}") from None
    if not isinstance(raw.get("labels"), dict):
        raise gold_error(file, 0, "label map needs a 'labels' object")
    for label, rule in raw["labels"].items():
        if not rule.get("ignore") and rule.get("table") not in PRIMARY_SPAN:
            raise gold_error(file, 0, f"label '{label}': unknown table {rule.get('table')!r}")
    return LabelMap(labels=raw["labels"], roles=dict(raw.get("roles", {})),
                    event_types=dict(raw.get("event_types", {})))


@dataclass
class Region:
    id: str
    label: str
    fragments: list[tuple[int, int]]
    attrs: dict[str, str] = field(default_factory=dict)
    origin: str = ""

    @property
    def start(self) -> int:
        return min(s for s, _ in self.fragments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.fragments)


def build_rows(result: EvalSet, doc_id: str, text: str, regions: dict[str, Region],
               groups: Iterable[list[tuple[str, str]]], label_map: LabelMap) -> None:
    """Turn regions and their links into rows: groups are [(role, region id), ...]."""
    used: set[str] = set()
    seen_rows: set[tuple] = set()
    for group in groups:
        members = [(role, regions[rid]) for role, rid in group if rid in regions]
        by_table: dict[str, dict[str, Region]] = {}
        trigger = None
        for role, region in members:
            rule = label_map.rule(region.label)
            if rule is None:
                continue
            span = rule.get("span", "")
            table_spans = by_table.setdefault(rule["table"], {})
            key = "primary" if span in _PRIMARY_NAMES else span
            table_spans.setdefault(key, region)
            if rule["table"] == "events" and key == "primary":
                trigger = region
        for table, spans in by_table.items():
            primary = spans.get("primary")
            if primary is None or trigger is not None and table in ("actors", "locations"):
                continue  # an event's actors and places are its arguments, below
            extra = {f"{name}_start": str(r.start) for name, r in spans.items() if name != "primary"}
            extra.update({f"{name}_end": str(r.end) for name, r in spans.items() if name != "primary"})
            extra.update({f"{name}_text" if name == "speaker" else name: text[r.start:r.end]
                          for name, r in spans.items() if name != "primary"})
            row_key = (table, primary.id, tuple(sorted((n, r.id) for n, r in spans.items())))
            if row_key not in seen_rows:
                seen_rows.add(row_key)
                _add(result, doc_id, text, table, primary, label_map, extra)
            used.update(r.id for r in spans.values())
        if trigger is not None:  # event arguments: actors and places with their role
            for role, region in members:
                mapped_role = label_map.role(role)
                rule = label_map.rule(region.label)
                if region is trigger or mapped_role is None or (rule and rule["table"] not in ("actors", "locations")):
                    continue
                # the role says the table: a country that attacks is an actor, a town a place
                table = "locations" if mapped_role == "event_location" else "actors"
                _add(result, doc_id, text, table, region, label_map, {"role": mapped_role})
                used.add(region.id)
    for region in regions.values():
        if label_map.resolve(region.label) is None:  # reported, so a user sees what a label map should add
            result.unscored_labels[region.label] = result.unscored_labels.get(region.label, 0) + 1
        rule = label_map.rule(region.label)
        if region.id in used or rule is None or rule.get("span", "") not in _PRIMARY_NAMES:
            continue
        _add(result, doc_id, text, rule["table"], region, label_map, {})


def _add(result: EvalSet, doc_id: str, text: str, table: str, region: Region, label_map: LabelMap,
         extra: dict[str, str]) -> None:
    rule = label_map.rule(region.label) or {}
    attrs = {**rule.get("attrs", {}), **region.attrs, **extra}
    if table == "events" and "event_type" not in attrs:  # a brat event's type ("Attack:T4")
        raw_type = region.attrs.get("type", "")
        attrs["event_type"] = label_map.event_type(raw_type) or raw_type
    if len(region.fragments) > 1:
        attrs["fragments"] = ";".join(f"{s} {e}" for s, e in region.fragments)
    result.add(doc_id, Mention(table, region.start, region.end, text[region.start:region.end],
                               frozen(attrs), origin=region.origin))


# ---------------------------------------------------------------- brat standoff

def read_brat(path: str | Path, *, label_map: LabelMap | None = None) -> EvalSet:
    """A folder of brat .txt/.ann pairs (or one .ann file); each .ann beside its .txt,
    or in a sibling folder with the same stem (PolNeAR's text/ and attributions/)."""
    path = Path(path)
    label_map = label_map or load_label_map()
    result = EvalSet(source=str(path), format="brat")
    ann_files = sorted(path.rglob("*.ann")) if path.is_dir() else [path]
    if not ann_files:
        raise gold_error(path, 0, "no .ann files found")
    for ann in ann_files:
        txt = _brat_text_file(ann)
        try:
            text = txt.read_bytes().decode("utf-8")
        except UnicodeDecodeError as err:
            raise gold_error(txt, 0, f"not UTF-8 text ({err.reason} at byte {err.start})") from None
        doc = result.doc(ann.stem)
        doc.text = text
        regions, groups = _parse_ann(ann, text)
        build_rows(result, doc.doc_id, text, regions, groups, label_map)
    return _annotated_everywhere(result)


def _annotated_everywhere(result: EvalSet) -> EvalSet:
    """The tables a tool export annotates are those it has rows for; every document of
    the export is annotated for them (an article without a claim has no claims)."""
    for doc in result.docs.values():
        for table in result.tables:
            doc.mentions.setdefault(table, [])
    return result


def _brat_text_file(ann: Path) -> Path:
    beside = ann.with_suffix(".txt")
    if beside.exists():
        return beside
    stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)  # PolNeAR: annotator suffix on the .ann name
    for folder in (ann.parent.parent / "text", ann.parent.parent / "texts"):
        for candidate in (folder / f"{ann.stem}.txt", folder / f"{stem}.txt"):
            if candidate.exists():
                return candidate
    raise gold_error(ann, 0, f"no text file for {ann.name} (looked for {beside.name} beside it and in ../text/)")


def _parse_ann(ann: Path, text: str) -> tuple[dict[str, Region], list[list[tuple[str, str]]]]:
    regions: dict[str, Region] = {}
    groups: list[list[tuple[str, str]]] = []
    pending_attrs: list[tuple[int, str, str, str]] = []
    try:
        content = ann.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise gold_error(ann, 0, f"not UTF-8 text ({err.reason} at byte {err.start})") from None
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        ident = parts[0]
        try:
            if ident.startswith("T"):
                label, _, offsets = parts[1].partition(" ")
                fragments = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
                if any(len(f) != 2 or not 0 <= f[0] <= f[1] <= len(text) for f in fragments):
                    raise ValueError(f"bad offsets '{offsets}'")
                expected = parts[2] if len(parts) > 2 else None
                actual = " ".join(text[s:e] for s, e in fragments)
                if expected is not None and actual != expected:
                    raise ValueError(f"text at {offsets} is {actual!r}, the .ann says {expected!r}")
                regions[ident] = Region(ident, label, [tuple(f) for f in fragments], origin=f"{ann.name}:{number}")
            elif ident.startswith("E"):
                args = parts[1].split()
                trigger_type, _, trigger = args[0].rpartition(":")  # ids have no colon; a type may
                group = [("trigger", trigger)] + [tuple(a.rsplit(":", 1)) for a in args[1:]]
                groups.append(group)
                if trigger in regions:
                    regions[trigger].attrs.setdefault("type", trigger_type)
            elif ident.startswith("R"):
                args = parts[1].split()
                groups.append([tuple(a.split(":", 1)) for a in args[1:]])
            elif ident.startswith(("A", "M")):
                fields = parts[1].split()
                pending_attrs.append((number, fields[1], fields[0], fields[2] if len(fields) > 2 else "true"))
            elif ident.startswith("N"):
                fields = parts[1].split()
                pending_attrs.append((number, fields[1], "norm", fields[2]))
        except (IndexError, ValueError) as err:
            raise gold_error(ann, number, f"bad brat line: {err}") from None
    for number, target, name, value in pending_attrs:
        if target in regions:
            regions[target].attrs[name] = value
    return regions, groups


# ---------------------------------------------------------------- Label Studio

def read_labelstudio(path: str | Path, *, label_map: LabelMap | None = None) -> EvalSet:
    """A Label Studio JSON export (list of tasks with annotations), or its JSON_MIN export."""
    path = Path(path)
    label_map = label_map or load_label_map()
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise gold_error(path, getattr(err, "lineno", 0), f"not a Label Studio JSON export: {err}") from None
    if not isinstance(tasks, list):
        raise gold_error(path, 1, "a Label Studio export is a JSON list of tasks")
    result = EvalSet(source=str(path), format="labelstudio")
    for index, task in enumerate(tasks):
        where = f"task {index} (id {task.get('id')})" if isinstance(task, dict) else f"task {index}"
        if isinstance(task, dict) and "data" not in task and "annotations" not in task:
            task = _from_json_min(task)  # the JSON_MIN export: data fields and results side by side
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise gold_error(path, 0, f"{where}: no 'data' object")
        data = task["data"]
        text = data.get("text")
        if not isinstance(text, str):
            text = next((v for v in data.values() if isinstance(v, str) and len(v) > 20), None)
        if text is None:
            raise gold_error(path, 0, f"{where}: no text in data")
        doc_id = str(data.get("doc_id") or data.get("id") or task.get("id") or index)
        doc = result.doc(doc_id)
        doc.text, doc.published = text, str(data.get("published") or "")
        annotations = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
        if not annotations:
            continue
        regions, groups = _ls_regions(path, where, text, annotations[0].get("result", []))
        build_rows(result, doc_id, text, regions, groups, label_map)
    return _annotated_everywhere(result)


def _from_json_min(record: dict) -> dict:
    """A JSON_MIN record as a task: each control's regions ({"start", "end", "text",
    "labels"}) become an annotation's results, the other fields its data."""
    results, data = [], {}
    for name, value in record.items():
        items = value if isinstance(value, list) else [value]
        regions = [v for v in items if isinstance(v, dict) and "start" in v and
                   any(k.endswith("labels") for k in v)]
        if not regions or len(regions) != len(items):
            data[name] = value
            continue
        for index, region in enumerate(regions):
            kind = next(k for k in region if k.endswith("labels"))
            results.append({"id": f"{name}-{index}", "from_name": name, "type": kind, "value": region})
    return {"id": record.get("id"), "data": data, "annotations": [{"result": results}]}


def _components(pairs: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """Relations that share a region make one group: a claim's content with its source
    and its cue, linked by two relations, is one row."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        ids = [rid for _, rid in pair]
        for other in ids[1:]:
            parent[find(other)] = find(ids[0])
    merged: dict[str, list[tuple[str, str]]] = {}
    for pair in pairs:
        for role, rid in pair:
            members = merged.setdefault(find(rid), [])
            if (role, rid) not in members and rid not in [r for _, r in members]:
                members.append((role, rid))
    return list(merged.values())


def _utf16_to_codepoints(text: str, offset: int) -> int:
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def _ls_regions(path: Path, where: str, text: str, results: list) -> tuple[dict[str, Region], list]:
    regions: dict[str, Region] = {}
    extras: list[dict] = []
    groups: list[list[tuple[str, str]]] = []
    for item in results:
        kind = item.get("type")
        if kind == "relation":
            groups.append([("from", str(item.get("from_id"))), ("to", str(item.get("to_id")))])
            continue
        value = item.get("value", {})
        if kind in ("labels", "hypertextlabels") and "start" in value:
            start, end, expected = int(value["start"]), int(value["end"]), value.get("text")
            if expected is not None and text[start:end] != expected:
                # Label Studio counts in UTF-16 code units; Python strings in code points.
                start, end = _utf16_to_codepoints(text, start), _utf16_to_codepoints(text, end)
                if text[start:end] != expected:
                    raise gold_error(path, 0, f"{where}: region {item.get('id')} text {expected!r} "
                                              f"is not at {value['start']}:{value['end']}")
            labels = value.get(kind) or []
            regions[str(item.get("id"))] = Region(str(item.get("id")), labels[0] if labels else "",
                                                  [(start, end)], origin=f"{path.name}:{where}")
        else:
            extras.append(item)
    groups = _components(groups)
    for item in extras:  # per-region choices / text areas / numbers become attributes
        region = regions.get(str(item.get("id")))
        value = item.get("value", {})
        if region is None:
            continue
        for key in ("choices", "text", "number", "rating"):
            if key in value:
                raw = value[key]
                region.attrs[item.get("from_name", key)] = str(raw[0] if isinstance(raw, list) and raw else raw)
    return regions, groups
