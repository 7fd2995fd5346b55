"""pipeline.event_dates: when an event happened, on the real model."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stages.test_events import extract_one


@pytest.mark.parametrize("text, published, expected", [
    # a span before or after a day told on the clause it is counted from
    ("Police said he was taken into custody late Tuesday night, five days after he allegedly shot up a "
     "restaurant, killing four people.", date(2017, 4, 5), ("shooting", "2017-03-30", "five days")),
    ("A month and a half after a shooting at the skate park left one person dead, police told a news "
     "conference Friday afternoon that the man had been arrested.", date(2015, 5, 8),
     ("shooting", "2015-03-24", "A month and a half")),
    # the event's own day wins; an inexact span, or one counted from no day told, counts nothing
    ("Three days after the Wednesday shooting in a home, Reese was charged with murder.", date(2017, 2, 18),
     ("shooting", "2017-02-15", "Wednesday")),
    ("Questions remain about a drug bust on a Friday night, and why there have been no arrests almost a month "
     "after a triple homicide.", date(2015, 9, 20), ("killing", "2015-09-20", "")),
])
def test_a_span_before_or_after_a_day_is_counted(nlp, text, published, expected):
    result = extract_one(nlp, text, published)
    event_type = expected[0]
    row = next(e for e in result.events if e.event_type == event_type)
    assert (row.event_type, row.date, row.date_text) == expected
    if row.date_text:  # the date's span is the words that justify it
        assert text[row.date_start:row.date_end] == row.date_text


def test_a_toll_told_on_an_event_word_is_that_events(nlp):
    text = ("Two people were shot Sunday in Lansdowne, a day after a man was fatally shot and another injured in a "
            "shooting nearby, police said.")
    result = extract_one(nlp, text, date(2017, 2, 5))
    by_date = {e.date: (e.killed, e.injured) for e in result.events if e.killed or e.injured}
    assert by_date == {"2017-02-05": (None, 2), "2017-02-04": (1, 1)}


@pytest.mark.parametrize("text, published, expected", [
    # a death told after the act that caused it: the act's day is the incident's
    ("According to the sheriff's office, Damon Sochko, 16, died Wednesday after being shot in the head Monday.",
     date(2016, 3, 10), ("2016-03-07", "Monday")),
    ("A man died Sunday after he was stabbed on Friday night.", date(2016, 3, 10), ("2016-03-04", "Friday night")),
    # ... a death of its own day stays
    ("A man died Sunday when he was shot outside a bar.", date(2016, 3, 10), ("2016-03-06", "Sunday")),
    # being taken off life support is no day of the shooting
    ("A boy was accidentally shot by his brother at their home. The boy was taken off life support on Sunday and "
     "passed away.", date(2016, 1, 12), ("2016-01-12", "")),
])
def test_a_death_after_its_cause_is_dated_by_the_cause(nlp, text, published, expected):
    result = extract_one(nlp, text, published)
    (row,) = [e for e in result.events if e.killed]
    assert (row.date, row.date_text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a day the parser hung on a proceeding's noun before the event closes the event's own phrase
    ("SHELTON, Wash. — A Mason County judge on Wednesday found probable cause for a first-degree manslaughter "
     "charge against a 13-year-old boy in the accidental shooting death of his 14-year-old friend on the "
     "Skokomish Reservation Tuesday night.", date(2014, 6, 25), ("shooting", "2014-06-24", "Tuesday night")),
    # ... a day on the proceeding's verb is still the proceeding's
    ("Police charged a man Friday in the shooting death of his neighbor.", date(2016, 3, 5),
     ("shooting", "2016-03-05", "")),
])
def test_a_day_closing_the_events_phrase_after_a_proceedings_noun(nlp, text, published, expected):
    result = extract_one(nlp, text, published)
    row = next(e for e in result.events if e.event_type == expected[0])
    assert (row.event_type, row.date, row.date_text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a clause telling who or what someone is does not take the day of the sentence it describes in
    ("A Cook County Judge on Saturday ordered held without bail an 18-year-old high school student in "
     "connection with a failed drug heist that ended with five people shot, three fatally.\n\nThree days after "
     "the Wednesday shooting in a Southwest Side home, Torrence Reese was charged with three counts of murder.",
     date(2017, 2, 18), ("2017-02-15", "Wednesday")),
    # ... a day of its own words dates it
    ("Deir ez-Zor, where up to 200 Russian mercenaries were killed by a US counterattack on 7 February, is "
     "far from Ghouta.", date(2018, 3, 20), ("2018-02-07", "7 February")),
    # ... rather than the time of the toll it is told under
    ("Other Britons killed fighting Isis in the past year include Luke Rutter, 22, from Birkenhead, and Ryan "
     "Lock, 20, who shot himself to avoid capture on 21 December 2016.", date(2017, 12, 5),
     ("2016-12-21", "21 December 2016")),
    # ... and a clause about a day is that day
    ("The city fell last Sunday, the same day Campbell was killed.", date(2018, 3, 20), ("2018-03-18", "last Sunday")),
])
def test_a_relative_clause_about_someone_keeps_its_own_day(nlp, text, published, expected):
    result = extract_one(nlp, text, published)
    row = next(e for e in result.events if e.event_type in ("shooting", "killing"))
    assert (row.date, row.date_text) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the rest of a sentence whose participle tells what someone is accused of is a later day
    ("Two teenagers accused of shooting a police officer were ordered held without bail on Tuesday. The officer "
     "was shot Saturday night during a traffic stop.", date(2016, 3, 9), ("shooting", "2016-03-05", "Saturday night")),
    ("One of two men accused of killing a shop owner appeared in court for the first time Monday. Police said the "
     "owner was killed Friday morning during a robbery.", date(2016, 3, 9), ("killing", "2016-03-04", "Friday morning")),
    # ... a relative clause's sentence may still tell its day
    ("Deputies responded Monday evening to a hospital about a boy who had been shot in the foot.", date(2016, 3, 9),
     ("shooting", "2016-03-07", "Monday evening")),
    # ... a participle's "after" phrase tells a time, not what someone did
    ("Officials insisted today that the strikes were a defensive measure taken after a suspected attack on Sunday "
     "killed an American contractor.", date(2019, 12, 30), ("attack", "2019-12-29", "Sunday")),
    # ... and a verb the parser hung on its subject as a participle is no clause about someone
    ("The war's roots lie in 2013, when tens of thousands protested in Kiev.", date(2018, 3, 4),
     ("protest", "2013-01-01/2013-12-31", "2013")),
])
def test_a_participle_about_someone_keeps_its_own_day(nlp, text, published, expected):
    result = extract_one(nlp, text, published)
    row = next(e for e in result.events if e.event_type == expected[0])
    assert (row.event_type, row.date, row.date_text) == expected


def test_only_what_the_story_tells_as_an_incident_takes_its_day(nlp):
    # "a backdrop to macabre executions": no one incident, so not the clash's Friday
    text = ("Turkish troops clashed with Kurdish fighters near Afrin on Friday.\n\nThe city, once a backdrop to "
            "macabre executions posted on social media, is now in ruins.")
    result = extract_one(nlp, text, date(2017, 10, 14))
    dated = {e.text: (e.date_start is not None, e.date_text) for e in result.events}
    assert dated == {"clashed": (True, "Friday"), "executions": (False, "")}
    # ... nor an indefinite noun that is no incident the story tells of
    result = extract_one(nlp, "Turkish troops clashed with Kurdish fighters near Afrin on Friday.\n\nDoctors said they "
                              "had treated patients in the town of Shifounieh after a bombing.", date(2018, 2, 26))
    assert [(e.text, e.date_text) for e in result.events if e.text == "bombing"] == [("bombing", "")]
    # ... but in a story of an incident of violence, an indefinite noun of its kind does
    result = extract_one(nlp, "A man was shot dead in Ardmore on Sunday night.\n\nA sixteen year old girl is dead "
                              "following an overnight shooting in Ardmore.", date(2018, 2, 26))
    assert [(e.text, e.date_text) for e in result.events if e.text == "shooting"] == [("shooting", "Sunday night")]
    # ... nor does "every" one
    result = extract_one(nlp, "Kurdish fighters clashed with Isis near Baghuz on Friday.\n\nHis men whooped and "
                              "cheered at every explosion.", date(2019, 3, 3))
    assert [(e.text, e.date_text) for e in result.events if e.text == "explosion"] == [("explosion", "")]


@pytest.mark.parametrize("text, published, expected", [
    # an event in a "when" clause of an arrest happened at the arrest's time
    ("Robinson was arrested on 22 July while on holiday in the town of Didim, when armed police raided the resort "
     "in which he was staying. I spoke to him today.", date(2017, 8, 24), ("2017-07-22", "22 July")),
    # a century dates no event: the publication day, no words
    ("We are standing before the massacre of the 21st century, said a doctor.", date(2018, 2, 20),
     ("2018-02-20", "")),
])
def test_the_time_of_a_when_clause_and_no_century(nlp, text, published, expected):
    result = extract_one(nlp, text, published)
    row = next(e for e in result.events if e.event_type in ("attack", "killing"))
    assert (row.date, row.date_text) == expected


def test_a_killing_long_before_told_far_from_the_storys_is_another_event(nlp):
    text = ("A British film-maker has been killed while working alongside Kurdish forces fighting Isis in Syria. "
            "He had travelled to Raqqa in the spring. Friends said he was a gifted photographer. He used the nom "
            "de guerre Firaz Dag. He took the name from his uncle, who was killed in Turkey in the 1990s.")
    result = extract_one(nlp, text, date(2017, 9, 26))
    killings = sorted((e.date, e.date_text) for e in result.events if e.event_type == "killing")
    assert killings == [("1990-01-01/1999-12-31", "the 1990s"), ("2017-09-26", "")]
