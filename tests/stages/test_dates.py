"""The dates stage on the two sample articles: every expression as a careful reader gives it."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from pipeline.evaluate.read_project import read_gold_jsonl
from pipeline.extract import process_batch
from pipeline.ingest import SourceDoc
from tests.conftest import AL_MONITOR, CORPUS, MEMO


@pytest.fixture(scope="module")
def dates(corpus_run):
    out, _ = corpus_run
    with (out / "dates.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def row(dates, doc, text, nth=0):
    return [r for r in dates if r["doc_id"] == doc.stem and r["text"] == text][nth]


@pytest.mark.parametrize("text, nth, value, first, last", [
    ("today", 0, "2019-12-30", "2019-12-30", "2019-12-30"),
    ("Monday", 0, "2019-12-30", "2019-12-30", "2019-12-30"),
    ("this weekend", 0, "2019-W52-WE", "2019-12-28", "2019-12-29"),
    ("Dec. 29", 0, "2019-12-29", "2019-12-29", "2019-12-29"),
    ("last week", 0, "2019-W52", "2019-12-23", "2019-12-29"),
    ("the past two months", 0, "P2M", "2019-10-30", "2019-12-30"),
    ("nearly three months", 0, "P3M", "2019-09-30", "2019-12-30"),  # TimeML: the modifier is in the extent
    ("today", 1, "2019-12-30", "2019-12-30", "2019-12-30"),
])
def test_al_monitor_dates(dates, text, nth, value, first, last):
    r = row(dates, AL_MONITOR, text, nth)
    assert (r["value"], r["first_day"], r["last_day"]) == (value, first, last)


@pytest.mark.parametrize("text, nth, value", [
    ("This morning", 0, "2019-12-31TMO"),
    ("Tuesday", 0, "2019-12-31"),  # the publication weekday is the publication day
    ("Tuesday", 1, "2019-12-31"),
    ("recent months", 0, "PXM"),
])
def test_memo_dates(dates, text, nth, value):
    assert row(dates, MEMO, text, nth)["value"] == value


def test_every_gold_date_found_with_its_value(dates):
    gold = read_gold_jsonl(CORPUS / "gold" / "corpus.gold.jsonl")
    found = {(r["doc_id"], int(r["start"]), int(r["end"])): r for r in dates}
    for doc in gold.docs.values():
        for mention in doc.mentions["dates"]:
            r = found.get((doc.doc_id, mention.start, mention.end))
            assert r is not None, mention.text
            for attr in ("value", "type", "first_day", "last_day", "anchor"):
                assert r[attr] == mention.get(attr), (mention.text, attr)


def test_no_number_becomes_a_date(dates):
    assert not [r for r in dates if r["text"].replace(",", "").isdigit() and len(r["text"]) != 4]


def read(nlp, text: str, published: date) -> list[tuple[str, str]]:
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)], default_published=published)
    assert result.document.status == "ok", result.document.error
    return [(r.text, r.value) for r in result.dates]


@pytest.mark.parametrize("text, published, expected", [
    # words before a date point it forward whatever the verb's tense
    ("The company declared a dividend payable Dec. 7 to stock of record Nov. 22.", date(1989, 10, 27),
     [("Dec. 7", "1989-12-07"), ("Nov. 22", "1989-11-22")]),
    ("Officials postponed until Tuesday morning any action on the case.", date(2000, 3, 30),
     [("Tuesday morning", "2000-04-04TMO")]),
    ("The group could leave for the United States as soon as Tuesday, Castro said.", date(2000, 4, 3),
     [("Tuesday", "2000-04-04")]),
    ("His father said he would be traveling to Washington on Thursday.", date(2000, 4, 5),
     [("Thursday", "2000-04-06")]),
    # "had been due to" looks back; a possessive weekday is over
    ("The offer had been due to expire Friday evening.", date(1989, 10, 30), [("Friday evening", "1989-10-27TEV")]),
    ("The move follows Tuesday's declaration by Ford.", date(1989, 10, 27), [("Tuesday", "1989-10-24")]),
    # TimeML extents: modifiers in, prepositions and a determiner before a calendar date out
    ("Prices rose nearly two years ago, early December and earlier this month.", date(1999, 12, 20),
     [("nearly two years ago", "1997"), ("early December", "1999-12"), ("earlier this month", "1999-12")]),
    ("It happened on the Dec. 21, 1988 flight.", date(1999, 1, 1), [("Dec. 21, 1988", "1988-12-21")]),
    # one entity, two expressions
    ("Earnings for the quarter ended Sept. 30 fell.", date(1989, 11, 2),
     [("the quarter", "1989-Q3"), ("Sept. 30", "1989-09-30")]),
    ("He was arrested twice between 1994 and 1997.", date(1999, 4, 19), [("1994", "1994"), ("1997", "1997")]),
    # a person's decade of life is an age, not the decade of a calendar
    ("Two men and two women, all in their 20s, were wounded in the 1990s riots.", date(2016, 12, 9),
     [("the 1990s", "199")]),
    ("A man in his early forties was arrested.", date(2016, 12, 9), []),
])
def test_date_grammar_in_context(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("Police said he was shot Tuesday and will be arraigned Friday.", date(2016, 9, 7),
     [("Tuesday", "past"), ("Friday", "future")]),
    ("The man is expected to be arraigned Tuesday.", date(2014, 10, 28), [("Tuesday", "future")]),
    ("The bill has been delayed since March.", date(2014, 10, 28), [("March", "perfect")]),
])
def test_each_date_keeps_the_tense_it_was_read_in(nlp, text, published, expected):
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)], default_published=published)
    assert result.document.status == "ok", result.document.error
    assert [(r.text, r.tense) for r in result.dates] == expected


@pytest.mark.parametrize("text, published, expected", [
    # an entity that does not read as a whole is read in its parts
    ("She took the stand for more than four hours Friday in a Tel Aviv court.", date(1998, 2, 27),
     [("more than four hours", "PT4H"), ("Friday", "1998-02-27")]),
    ("During the day Friday, Elian played in the yard.", date(2000, 1, 7), [("Friday", "2000-01-07")]),
    ("Prices rose after a small downward revision Friday to December's figures.", date(1998, 2, 6),
     [("Friday", "1998-02-06"), ("December", "1997-12")]),
    ("Jobs averaged 242,000 for the first nine months of 1997.", date(1998, 2, 6),
     [("the first nine months", "P9M"), ("1997", "1997")]),
    ("Videotapes show his car crossing the border in 1994, 1995 and 1997.", date(1999, 4, 19),
     [("1994", "1994"), ("1995", "1995"), ("1997", "1997")]),
    ("The bank will buy shares at the same price from today through Nov. 17.", date(1989, 10, 27),
     [("today", "1989-10-27"), ("Nov. 17", "1989-11-17")]),
    # possessives and a determiner the model leaves out
    ("Last Friday's announcement was the first official word.", date(1989, 10, 30), [("Last Friday", "1989-10-27")]),
    ("Supporters urged him to compete in this year's election.", date(1998, 3, 3), [("this year", "1998")]),
    # holidays the model tags EVENT
    ("Elian was found Thanksgiving Day clinging to an inner tube.", date(2000, 1, 7),
     [("Thanksgiving Day", "1999-11-25")]),
    # the year a fiscal year ends in is a span; "the year" alone is this one
    ("It had revenue of $76 million for the year ended March 31.", date(1989, 11, 2),
     [("the year", "P1Y"), ("March 31", "1989-03-31")]),
    # an age before a clock time is no part of it; the weekday after it is
    ("Marcus was shot by a friend, Aaron Harcum, 17, around 10:30 p.m. Wednesday.", date(2015, 12, 31),
     [("around 10:30 p.m. Wednesday", "2015-12-30T22:30")]),
    ("Munero fled to Florida in June 1998 and returned to Cuba later that year.", date(2000, 1, 28),
     [("June 1998", "1998-06"), ("later that year", "1998")]),
    # a weekday and the date it names, split by the model
    ("Some $14 million of that seeped out Friday Oct. 13 alone.", date(1989, 10, 27),
     [("Friday Oct. 13", "1989-10-13")]),
    # the end of a period is no period that ended
    ("The company expects to close the deal by the end of the month.", date(1989, 10, 27),
     [("the end of the month", "1989-10")]),
])
def test_expressions_the_model_splits_or_joins(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a pluperfect clause looks back, whatever "until" says
    ("Until Thursday, they had not called Kopp a suspect.", date(1999, 5, 7), [("Thursday", "1999-05-06")]),
    # "hurt" with a singular subject is past ("hurts" if present)
    ("Weakness in technology stocks hurt the index, which fell 1.4% on Friday.", date(1989, 10, 30),
     [("Friday", "1989-10-27")]),
    # what is scheduled is ahead; a record set is not
    ("The U.S. attorney has scheduled a news conference Thursday.", date(1999, 5, 5), [("Thursday", "1999-05-06")]),
    ("The issue is expected to dominate a NATO summit set for Washington in April.", date(1999, 3, 12),
     [("April", "1999-04")]),
    ("A memorial service planned at the university for Saturday was canceled.", date(1999, 10, 24),
     [("Saturday", "1999-10-23")]),
    ("The index is within 70 points of its record high set on Aug. 6.", date(1998, 2, 6), [("Aug. 6", "1997-08-06")]),
    ("The percentage change is since year-end.", date(1989, 10, 30), [("year-end", "1988-12-31")]),
    # a day in a relative clause the parser hung on the main verb after it
    ("A drive-by shooting that wounded four teenagers in Brentwood on Monday appears to have been gang-related.",
     date(2013, 1, 22), [("Monday", "2013-01-21")]),
    # but not a day the main verb's own words hold, past a comma or as its adverb
    ("The band, formed in Ohio last year, on Friday begins its first tour.", date(2013, 1, 22),
     [("last year", "2012"), ("Friday", "2013-01-25")]),
])
def test_tense_around_the_date(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a rank is no day of the month
    ("It was the 28th homicide this year in the city.", date(2014, 7, 8), [("this year", "2014")]),
    # a small-hours clock time after a night is the next morning
    ("Four people were wounded in a shooting overnight. Police received a call about shots fired at 1 a.m.",
     date(2013, 6, 2),
     [("overnight", "2013-06-01TNI"), ("1 a.m.", "2013-06-02T01:00")]),
    ("Two men were shot Friday night. Police were called at 11 p.m.", date(2016, 7, 30),
     [("Friday night", "2016-07-29TNI"), ("11 p.m.", "2016-07-29T23:00")]),
    # a show or a march is no time; a quotation's or a holiday's capital is no title
    ("Gonzalez said on CBS's ''60 Minutes'' that the boy was suffering.", date(2000, 4, 17), []),
    ("Baker, speaking on ABC News' \"This Week,\" said the blockade worked.", date(1990, 8, 16), []),
    ("The MP told BBC Radio 4's Today programme that the decision was driven by populism.", date(2019, 2, 20),
     []),
    ("Agents scanned the crowd at the annual March for Life on Capitol Hill.", date(1999, 4, 8), []),
    ("Troops withdrew. “Today around 1,000 people were rescued,” the ministry said.", date(2019, 2, 20),
     [("Today", "2019-02-20")]),
    ("Where will you celebrate New Year's Eve this time?", date(2016, 12, 18), [("New Year's Eve", "2016-12-31")]),
])
def test_what_is_and_is_not_a_day(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a clock time and its day told side by side are one time, whatever labels the model gave
    ("Officers found him wounded around 11 p.m. on Sunday night, according to a news release.", date(2016, 8, 1),
     [("around 11 p.m. on Sunday night", "2016-07-31T23:00")]),
    # "the day before" ending its phrase is the day before the one last told
    ("Two people were shot Sunday. In the shooting the day before, officers found a man wounded.",
     date(2017, 2, 5), [("Sunday", "2017-02-05"), ("the day before", "2017-02-04")]),
    # the day of a telling is no day of what is told: the clock time keeps the shooting's night
    ("A man was killed on Monday night. \u201cIt is bad,\u201d he said Tuesday. The shooting took place shortly "
     "after 11 p.m., police said.", date(2014, 7, 8),
     [("Monday night", "2014-07-07TNI"), ("Tuesday", "2014-07-08"), ("shortly after 11 p.m.", "2014-07-07T23:00")]),
    # a present passive of a charge is a state a past act left; a release is scheduled
    ("A Sumter County magistrate did not set bond for Rhythm Sharmell Portee, 17, at his hearing. Portee is charged "
     "with manslaughter in the shooting death of 19-year-old Kyre Raquan Bethea Thursday night.\n\nInvestigators "
     "say Bethea was shot in the chest as he and Portee played a game with a gun.", date(2017, 1, 28),
     [("Thursday night", "2017-01-26TNI")]),
    ("This is Home: A Refugee Story is released on Friday through Epix.", date(2018, 6, 20),
     [("Friday", "2018-06-22")]),
])
def test_days_and_times_read_since_session_15(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # an age or a count before "tomorrow" is no part of the day; a clock hour after "at" is
    ("The murder of Emily, who would have turned six tomorrow, is especially hard on her school.",
     date(2016, 3, 25), [("tomorrow", "2016-03-26")]),
    # "last weeks" before a noun is "last week's" without its apostrophe; "the last weeks" and
    # "past weeks" are some weeks up to publication
    ("The victim of last weeks shooting in Manson has died.", date(2016, 7, 6), [("last weeks", "2016-W26")]),
    ("Over the last weeks, the fighting spread to the north.", date(2016, 7, 6), [("the last weeks", "PXW")]),
    ("In past weeks, the fighting spread to the north.", date(2016, 7, 6), [("past weeks", "PXW")]),
    # a month and day without a year, told in the past more than a month back, is in the year
    # the story named that month with; not a day ahead, nor one of the last weeks
    ("They were returning home in December 2014 when she saw the lights. Riley spoke to police six days "
     "after the Dec. 6 shooting.", date(2016, 6, 28),
     [("December 2014", "2014-12"), ("six days", "P6D"), ("Dec. 6", "2014-12-06")]),
    ("The vote was held in December 2013. Liberia is due to hold its presidential run-off on 26 December.",
     date(2017, 12, 25), [("December 2013", "2013-12"), ("26 December", "2017-12-26")]),
    ("The strikes began in April 2016. The Guardian wrote on 9 April that the west could do nothing.",
     date(2018, 4, 10), [("April 2016", "2016-04"), ("9 April", "2018-04-09")]),
])
def test_days_and_times_read_since_session_16(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a dated update block of a page counts its days from its own date
    ("UPDATE 1/11: The boy was taken off life support on Sunday.\n\nPREVIOUS 1/4: Two boys were waiting in a parked "
     "car Monday when they found a loaded gun.", date(2016, 1, 12),
     [("Sunday", "2016-01-10"), ("Monday", "2016-01-04")]),
    ("UPDATE (3/10 at 12:45 p.m.):\n\nThe boy died Wednesday after being shot in the head Monday.", date(2016, 3, 7),
     [("12:45 p.m.", "2016-03-10T12:45"), ("Wednesday", "2016-03-09"), ("Monday", "2016-03-07")]),
    # ... an update mark far from the page's date is no block's date, nor is a fraction in a sentence
    ("UPDATE 6/2: The boy was hurt on Monday.", date(2016, 1, 12), [("Monday", "2016-01-11")]),
    ("Updated 3/4 of the voter rolls were purged on Monday.", date(2016, 3, 7), [("Monday", "2016-03-07")]),
])
def test_an_update_block_counts_days_from_its_own_date(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # "a year earlier" twice in a quarter's report is the same quarter a year back, not two years back
    ("Net income in the third quarter rose 10% to $5 million from $4.5 million a year earlier. Sales rose to "
     "$90 million from $80 million a year earlier.", date(1989, 10, 26),
     [("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3"), ("a year earlier", "1988-Q3")]),
    # a date that only names an event already told is no day "the next day" or "the same day"
    # counts from, after a date of its sentence's own clause ...
    ("Police arrested a man on Tuesday in connection with Sunday's shooting. He was charged the next day.",
     date(2016, 7, 7), [("Tuesday", "2016-07-05"), ("Sunday", "2016-07-03"), ("the next day", "2016-07-06")]),
    ("On Monday, a girl was shot just blocks away from Wednesday's incident. A boy was shot in Heart of Chicago "
     "the same day.", date(2016, 7, 7),
     [("Monday", "2016-07-04"), ("Wednesday", "2016-07-06"), ("the same day", "2016-07-04")]),
    # ... but it is when it is the sentence's only date
    ("Wednesday's shooting left three dead. The next day, police arrested a man.", date(2016, 7, 7),
     [("Wednesday", "2016-07-06"), ("The next day", "2016-07-07")]),
    # "the day" its own words tell ("the day he left", "the day of judgment") is not the day told last,
    # nor is "by the day"; "the day" set beside a date is that date
    ("Troops entered Afrin on Sunday. On the day he left, he gave her £20.", date(2018, 3, 20),
     [("Sunday", "2018-03-18"), ("the day", "P1D")]),
    ("Troops entered Afrin on Sunday. The situation is growing more dire by the day.", date(2018, 3, 20),
     [("Sunday", "2018-03-18"), ("the day", "P1D")]),
    ("He was last seen Nov. 3, the day before authorities issued a warrant.", date(1998, 11, 21),
     [("Nov. 3", "1998-11-03"), ("the day", "1998-11-03")]),
])
def test_the_day_later_dates_count_from(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a count after a day and month is no year of it
    ("On 12 March 14 people were killed in the shelling.", date(2017, 7, 20), [("12 March", "2017-03-12")]),
    ("On 16 and 17 July 36 civilians were killed.", date(2017, 7, 20), [("17 July", "2017-07-17")]),
    # ... a year is
    ("The offensive began on 12 March 2014 with heavy shelling.", date(2017, 7, 20),
     [("12 March 2014", "2014-03-12")]),
    # what is to begin on a day begins ahead, unless it had been due to
    ("Putin has ordered a daily humanitarian pause in eastern Ghouta to begin on Tuesday.", date(2018, 2, 26),
     [("Tuesday", "2018-02-27")]),
    ("The offer had been due to expire Friday evening.", date(1989, 10, 30), [("Friday evening", "1989-10-27TEV")]),
    # a week the model joined to the span before it is two expressions
    ("The redoubt finally fell this week after a month of fighting.", date(2019, 3, 23),
     [("this week", "2019-W12"), ("a month", "P1M")]),
])
def test_a_count_after_a_day_and_month(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a year range is one span of years; numbers, ages and idioms are no dates
    ("Foreign fighters flooded into Syria and Iraq from 2013-15.", date(2019, 2, 7), [("2013-15", "P3Y")]),
    ("Shamima Begum and Amira Abase, aged between 15 and 16 at the time, took a flight to Istanbul.",
     date(2019, 2, 14), []),
    ("The assault came after an 11th hour truce brokered by Moscow.", date(2019, 2, 12), []),
    # a day named by its date is that day in history
    ("The phrase was first used by George W Bush shortly after 9/11 and came to encompass a wide range of "
     "conflicts.", date(2019, 2, 10), [("9/11", "2001-09-11")]),
    ("The pullout would take between 60 and 100 days.", date(2018, 12, 19), []),
    ("In March three Indian journalists were run over by a truck.", date(2018, 5, 1), [("March", "2018-03")]),
    # a span counted from the month the story named, not from publication
    ("In the half-term break of February 2015, three pupils travelled to Syria. They took the route taken by "
     "Sharmeena Begum three months earlier.", date(2019, 2, 14),
     [("February 2015", "2015-02"), ("three months earlier", "2014-11")]),
    # a clock time with no day before it is on the day its sentence names after it
    ("Shots were fired at 7:45 p.m. near the headquarters of the club, which was holding the event Sunday.",
     date(2015, 5, 11), [("7:45 p.m.", "2015-05-10T19:45"), ("Sunday", "2015-05-10")]),
])
def test_spans_counts_and_clock_days(nlp, text, published, expected):
    assert read(nlp, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # a modal of what may yet happen looks ahead on its own verb; "could" keeps its past sense
    ("He may leave the decision to the UN security council in New York on Thursday.", date(2018, 12, 18),
     [("Thursday", "2018-12-20")]),
    ("Police could not reach him on Thursday.", date(2018, 12, 18), [("Thursday", "2018-12-13")]),
    # ... but not on a noun the date names ("the attack on Saturday")
    ("She insisted that the chemical weapons attack on Douma on Saturday cannot go unchallenged.",
     date(2018, 4, 12), [("Saturday", "2018-04-07")]),
    # "since" counts from the past
    ("Turkey has threatened to push deeper into Syria since sending forces into the enclave of Afrin in "
     "February.", date(2018, 12, 12), [("February", "2018-02")]),
    # ... and a gerund takes no tense of its clause: the deed a judge will hear of is past
    ("A man will face a judge on Tuesday for accidentally shooting a teenager on Christmas Eve.",
     date(2016, 12, 26), [("Tuesday", "2016-12-27"), ("Christmas Eve", "2016-12-24")]),
])
def test_modals_and_since_set_the_tense(nlp, text, published, expected):
    assert read(nlp, text, published) == expected
