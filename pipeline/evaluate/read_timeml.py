"""TimeML / TempEval-3 `.tml` files: the TEXT element's text, the DCT and TIMEX3 mentions.

The document text is the character content of <TEXT> with the tags removed (XML
entities decoded); TIMEX3 offsets are code points into it. The creation time
(functionInDocument="CREATION_TIME") is the publication date.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from pipeline.evaluate.model import EvalSet, Mention, frozen
from pipeline.evaluate.read_project import gold_error


def tml_files(path: Path) -> list[Path]:
    return sorted(path.rglob("*.tml")) if path.is_dir() else [path]


def read_timeml_doc(file: Path) -> tuple[str, str, list[tuple[int, int, dict[str, str]]]]:
    """(text, dct value, [(start, end, TIMEX3 attributes)]) of one .tml file."""
    try:
        root = ET.parse(file).getroot()
    except ET.ParseError as err:
        raise gold_error(file, err.position[0], f"malformed XML ({err.msg if hasattr(err, 'msg') else err})") from None
    text_element = root.find(".//TEXT")
    if text_element is None:
        raise gold_error(file, 0, "no <TEXT> element")
    dct = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value", "")
            break
    pieces: list[str] = []
    timexes: list[tuple[int, int, dict[str, str]]] = []
    position = 0

    def walk(element: ET.Element) -> None:
        nonlocal position
        start = position
        if element.text:
            pieces.append(element.text)
            position += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                pieces.append(child.tail)
                position += len(child.tail)
        if element.tag == "TIMEX3":
            timexes.append((start, position, dict(element.attrib)))

    walk(text_element)
    return "".join(pieces), dct[:10] if len(dct) >= 10 else dct, timexes


def read_timeml(path: str | Path) -> EvalSet:
    path = Path(path)
    result = EvalSet(source=str(path), format="timeml", tables={"dates"})
    for file in tml_files(path):
        text, dct, timexes = read_timeml_doc(file)
        doc = result.doc(file.stem.removesuffix(".tml"))
        doc.text, doc.published = text, dct
        doc.mentions.setdefault("dates", [])
        for start, end, attrib in timexes:
            attrs = {"value": attrib.get("value", ""), "type": attrib.get("type", ""),
                     "tid": attrib.get("tid", ""), "mod": attrib.get("mod", "")}
            result.add(doc.doc_id, Mention("dates", start, end, text[start:end], frozen(attrs),
                                           origin=f"{file.name}:{attrib.get('tid', '')}"))
    if not result.docs:
        raise gold_error(path, 0, "no .tml files found")
    return result
