"""Every gold reader on tiny real-format fixtures, well-formed and malformed."""

from __future__ import annotations

import json

import pytest

from pipeline.errors import NewsEventsError
from pipeline.evaluate.read_annotations import read_brat, read_labelstudio
from pipeline.evaluate.read_project import read_gold_jsonl, read_run_folder
from pipeline.evaluate.read_records import read_records
from pipeline.evaluate.read_timeml import read_timeml
from tests.conftest import CORPUS

BRAT_TEXT = "The Post reports that Clinton was headed to an ER, sources said.\n"
BRAT_ANN = """T1\tSource 0 8\tThe Post
T2\tCue 9 16\treports
T3\tContent 17 49\tthat Clinton was headed to an ER
T4\tAttribution 9 16\treports
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tContent 22 29;44 49\tClinton an ER
T6\tSource 51 58\tsources
T7\tCue 59 63\tsaid
E2\tAttribution:T7 Content:T5 Source:T6 Cue:T7
A1\tNegated T3
"""


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_brat_attributions_become_claims(tmp_path):
    write(tmp_path / "doc.txt", BRAT_TEXT)
    write(tmp_path / "doc.ann", BRAT_ANN)
    gold = read_brat(tmp_path)
    assert gold.tables == {"claims"}
    claims = sorted(gold.docs["doc"].mentions["claims"], key=lambda c: c.start)
    assert [(c.text, c.span("speaker"), c.span("cue")) for c in claims] == [
        ("that Clinton was headed to an ER", (0, 8), (9, 16)),
        ("Clinton was headed to an ER", (51, 58), (59, 63)),  # discontinuous: full extent
    ]
    assert claims[0].get("Negated") == "true"
    assert claims[1].get("fragments") == "22 29;44 49"


@pytest.mark.parametrize("ann, message", [
    ("T1\tSource 0 8\tThe Pots\n", "the .ann says 'The Pots'"),
    ("T1\tSource 0 999\tThe Post\n", "bad offsets"),
    ("T1\tSource zero 8\tThe Post\n", "bad brat line"),
])
def test_malformed_brat_names_file_and_line(tmp_path, ann, message):
    write(tmp_path / "doc.txt", BRAT_TEXT)
    write(tmp_path / "doc.ann", ann)
    with pytest.raises(NewsEventsError, match=rf"doc.ann:1: .*{message}"):
        read_brat(tmp_path)


TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>APW19980807.0261</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> the town <TIMEX3 tid="t1" type="DATE" value="1998-08-06" temporalFunction="true" anchorTimeID="t0">Thursday</TIMEX3> &amp; fought for <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_text_dct_and_timex(tmp_path):
    gold = read_timeml(write(tmp_path / "APW19980807.0261.tml", TML))
    doc = gold.docs["APW19980807.0261"]
    assert doc.published == "1998-08-07"
    assert doc.text == "\nRebels attacked the town Thursday & fought for three days.\n"
    dates = doc.mentions["dates"]
    assert [(d.text, d.get("value"), d.get("type")) for d in dates] == [
        ("Thursday", "1998-08-06", "DATE"), ("three days", "P3D", "DURATION")]
    assert all(doc.text[d.start:d.end] == d.text for d in dates)


def test_malformed_timeml(tmp_path):
    with pytest.raises(NewsEventsError, match=r"bad.tml:\d+: malformed XML"):
        read_timeml(write(tmp_path / "bad.tml", TML.replace("</TEXT>", "")))


LS_TEXT = "Gunmen killed 3 in Kirkuk 😐 on Monday, police said."


def utf16(index):
    return len(LS_TEXT[:index].encode("utf-16-le")) // 2


def region(rid, words, label, *, units=False, shift=0):
    start = LS_TEXT.index(words) + shift
    end = start + len(words)
    if units:
        start, end = utf16(start), utf16(end)
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": words, "labels": [label]}}


def labelstudio_task(words="Kirkuk", label="Location", *, units=False, shift=0):
    content = LS_TEXT[:LS_TEXT.index(", police")]
    return [{"id": 7, "data": {"text": LS_TEXT, "doc_id": "k1"}, "annotations": [{"result": [
        region("r1", words, label, units=units, shift=shift),
        {"id": "r1", "from_name": "role", "to_name": "text", "type": "choices", "value": {"choices": ["event_location"]}},
        region("r2", "police", "Source", units=units),
        region("r3", content, "Content", units=units),
        {"type": "relation", "from_id": "r2", "to_id": "r3", "direction": "right"},
    ]}]}]


def test_labelstudio_spans_relations_and_choices(tmp_path):
    path = write(tmp_path / "export.json", json.dumps(labelstudio_task()))
    gold = read_labelstudio(path)
    doc = gold.docs["k1"]
    (place,) = doc.mentions["locations"]
    assert (place.text, place.get("role")) == ("Kirkuk", "event_location")
    (claim,) = doc.mentions["claims"]
    police = LS_TEXT.index("police")
    assert claim.span("speaker") == (police, police + 6)
    assert claim.text == "Gunmen killed 3 in Kirkuk 😐 on Monday"


def test_labelstudio_json_min_export(tmp_path):
    """JSON_MIN puts the task's data fields and each control's regions side by side."""
    killed = LS_TEXT.index("killed")
    record = {"text": LS_TEXT, "doc_id": "k1", "id": 7, "annotator": 1, "created_at": "2024-03-09T21:52:49.513742Z",
              "label": [{"start": killed, "end": killed + 6, "text": "killed", "labels": ["Conflict.Attack"]},
                        {**region("r", "Kirkuk", "GPE")["value"]}],
              "sentiment": "neutral"}
    gold = read_labelstudio(write(tmp_path / "min.json", json.dumps([record])))
    doc = gold.docs["k1"]
    assert [(m.text, m.get("event_type")) for m in doc.mentions["events"]] == [("killed", "attack")]
    assert [m.text for m in doc.mentions["locations"]] == ["Kirkuk"]
    assert doc.text == LS_TEXT


def test_labelstudio_utf16_offsets_are_converted(tmp_path):
    # "Monday" follows an emoji: Label Studio (JavaScript) counts it as two UTF-16 units.
    task = labelstudio_task("Monday", label="Date", units=True)
    assert task[0]["annotations"][0]["result"][0]["value"]["start"] == LS_TEXT.index("Monday") + 1
    path = write(tmp_path / "export.json", json.dumps(task))
    doc = read_labelstudio(path).docs["k1"]
    (date,) = doc.mentions["dates"]
    assert (date.start, date.text) == (LS_TEXT.index("Monday"), "Monday")
    assert doc.mentions["claims"][0].span("speaker") == (LS_TEXT.index("police"), LS_TEXT.index("police") + 6)


def test_labelstudio_wrong_offsets_fail_clearly(tmp_path):
    path = write(tmp_path / "export.json", json.dumps(labelstudio_task(shift=-3)))
    with pytest.raises(NewsEventsError, match=r"export.json:0: task 0 \(id 7\): region r1 text 'Kirkuk' is not at"):
        read_labelstudio(path)
    with pytest.raises(NewsEventsError, match="list of tasks"):
        read_labelstudio(write(tmp_path / "x.json", "{}"))


def test_records_csv_with_aliases(tmp_path):
    path = write(tmp_path / "gold.csv", "doc_id,num_killed,num_injured,state,city_or_county,date\n"
                                        "a,1,3,Tennessee,Clarksville,2015-01-20\nb,0,,Ohio,,\n")
    gold = read_records(path)
    assert gold.records["a"] == {"killed": "1", "injured": "3", "admin1": "Tennessee", "location": "Clarksville",
                                 "date": "2015-01-20"}
    assert gold.records["b"] == {"killed": "0", "admin1": "Ohio"}


def test_records_id_columns_of_acled_and_gtd(tmp_path):
    acled = read_records(write(tmp_path / "acled.csv", "event_id_cnty,fatalities,admin1\nIRQ1,25,Al Anbar\n"))
    assert acled.records == {"IRQ1": {"killed": "25", "admin1": "Al Anbar"}}
    # a doc_id column is the id; ACLED's own id and a second admin column are kept out of the way
    both = read_records(write(tmp_path / "both.csv", "event_id_cnty,doc_id,admin1,province,nkill\nIRQ1,a,Anbar,X,3\n"))
    assert both.records == {"a": {"admin1": "Anbar", "killed": "3"}}


@pytest.mark.parametrize("content, message", [
    ("killed,injured\n1,2\n", "needs a doc_id column"),
    ("doc_id,killed\na,three\n", r"gold.csv:2: killed 'three' is not an integer"),
    ("doc_id,colour\na,red\n", "no record field"),
    ("doc_id,killed\na,1,2\n", r"gold.csv:2: more cells"),
])
def test_malformed_records(tmp_path, content, message):
    with pytest.raises(NewsEventsError, match=message):
        read_records(write(tmp_path / "gold.csv", content))


def test_project_jsonl_checks_every_span(tmp_path):
    good = {"doc_id": "d", "text": "Rockets hit Kirkuk.", "locations": [{"start": 12, "end": 18, "text": "Kirkuk"}],
            "events": []}
    gold = read_gold_jsonl(write(tmp_path / "g.jsonl", json.dumps(good) + "\n"))
    assert gold.tables == {"locations", "events"} and gold.docs["d"].mentions["events"] == []
    bad = dict(good, locations=[{"start": 11, "end": 18, "text": "Kirkuk"}])
    with pytest.raises(NewsEventsError, match=r"g.jsonl:2: start: text\[11:18\] is ' Kirkuk', not 'Kirkuk'"):
        read_gold_jsonl(write(tmp_path / "g.jsonl", json.dumps(good) + "\n" + json.dumps(bad) + "\n"))
    with pytest.raises(NewsEventsError, match=r"g.jsonl:1: invalid JSON"):
        read_gold_jsonl(write(tmp_path / "g.jsonl", "{oops\n"))


def test_corpus_gold_loads_and_covers_every_table():
    gold = read_gold_jsonl(CORPUS / "gold" / "corpus.gold.jsonl")
    assert gold.tables == {"events", "actors", "casualties", "locations", "claims", "dates"}
    for doc in gold.docs.values():
        assert doc.text == (CORPUS / f"{doc.doc_id}.txt").read_bytes().decode("utf-8")
        for table, rows in doc.mentions.items():
            assert rows, (doc.doc_id, table)


def test_run_folder_reads_as_gold(corpus_run):
    out, _ = corpus_run
    gold = read_run_folder(out)
    assert set(gold.docs) == {p.stem for p in CORPUS.glob("*.txt")}
    assert sum(len(d.mentions["actors"]) for d in gold.docs.values()) > 20


ACE_TEXT = "US jets struck Kataib Hezbollah in al-Qaim on Sunday, killing 25 fighters.\n"
ACE_ANN = """T1\tGPE 0 2\tUS
T2\tConflict:Attack 8 14\tstruck
T3\tORG 15 31\tKataib Hezbollah
T4\tgpe 35 42\tal-Qaim
T5\tDATE 46 52\tSunday
T6\tLife.Die.Unspecified 54 61\tkilling
T7\tPER 65 73\tfighters
T8\tWEAPON 3 7\tjets
E1\tConflict:Attack:T2 Attacker:T1 Target:T3 Place:T4 Instrument:T8
E2\tLife.Die.Unspecified:T6 Victim:T7 Place:T4
"""


def test_brat_labels_of_other_schemes(tmp_path):
    """ACE / KAIROS event types and NER labels, in any case, feed the tables; an attacking
    country is an actor; a label no table takes is reported, not silently dropped."""
    write(tmp_path / "doc.txt", ACE_TEXT)
    write(tmp_path / "doc.ann", ACE_ANN)
    gold = read_brat(tmp_path)
    doc = gold.docs["doc"]
    assert sorted((m.text, m.get("event_type")) for m in doc.mentions["events"]) == [
        ("killing", "killing"), ("struck", "attack")]
    assert sorted((m.text, m.get("role")) for m in doc.mentions["actors"]) == [
        ("Kataib Hezbollah", "target"), ("US", "agent"), ("fighters", "victim")]
    assert {(m.text, m.get("role")) for m in doc.mentions["locations"]} == {("al-Qaim", "event_location")}
    assert [m.text for m in doc.mentions["dates"]] == ["Sunday"]
    assert gold.unscored_labels == {"WEAPON": 1}


def test_unscored_labels_reach_the_report(tmp_path, corpus_run):
    from pipeline.evaluate.run import evaluate_run

    write(tmp_path / "doc.txt", ACE_TEXT)
    write(tmp_path / "doc.ann", ACE_ANN)
    report = evaluate_run(corpus_run[0], tmp_path)
    assert report["gold"]["labels_not_scored"] == {"WEAPON": 1}
    assert report["gold"]["tables"] == ["actors", "dates", "events", "locations"]
