"""Events, casualties and actors on the two sample articles, as a careful reader lists them."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from tests.conftest import AL_MONITOR, CORPUS, MEMO


def rows(out, table, doc):
    with (out / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if r["doc_id"] == doc.stem]


@pytest.fixture(scope="module")
def out(corpus_run):
    return corpus_run[0]


def event(out, doc, text, start_after=0):
    return next(e for e in rows(out, "events", doc) if e["text"] == text and int(e["start"]) >= start_after)


def extract_one(nlp, text: str, published: date):
    """One article through the whole pipeline: its DocResult."""
    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)], default_published=published)
    assert result.document.status == "ok", result.document.error
    return result


def test_al_monitor_strikes(out):
    strikes = event(out, AL_MONITOR, "strikes")  # anchored at the headline
    assert int(strikes["start"]) < 50
    assert (strikes["event_type"], strikes["agent"], strikes["country"], strikes["date"]) == (
        "airstrike", "US military", "IRQ", "2019-12-29")
    assert strikes["acled_sub_event_type"] == "Air/drone strike"


def test_al_monitor_weekend_attack_toll(out):
    attack = event(out, AL_MONITOR, "attack")
    assert (attack["event_type"], attack["killed"], attack["injured"]) == ("attack", "1", "3")
    assert attack["date"] == "2019-12-28/2019-12-29" and attack["date_text"] == "this weekend"
    casualties = {(c["text"], c["kind"]): c for c in rows(out, "casualties", AL_MONITOR)}
    contractor = casualties[("an American contractor", "killed")]
    assert (contractor["best"], contractor["qualifier"], contractor["event_id"]) == ("1", "exact", attack["event_id"])
    troops = casualties[("several", "injured")]
    assert (troops["min"], troops["best"], troops["max"], troops["qualifier"], troops["victim"]) == (
        "3", "3", "9", "vague", "US troops")


def test_al_monitor_proxy_attacks_and_protests(out):
    attacks = event(out, AL_MONITOR, "attacks")
    assert (attacks["agent"], attacks["country"], attacks["date"]) == ("Iranian proxies", "IRQ", "2019-10-30/2019-12-30")
    protests = event(out, AL_MONITOR, "protests")
    assert protests["killed"] == "501"
    (dead,) = [c for c in rows(out, "casualties", AL_MONITOR) if c["text"] == "more than 500"]
    assert (dead["min"], dead["max"], dead["best"], dead["qualifier"]) == ("501", "", "501", "at_least")


def test_al_monitor_hypotheticals_are_not_events(out):
    texts = [e["text"] for e in rows(out, "events", AL_MONITOR)]
    assert "strike" not in texts  # "the possibility of a strike"
    assert "rocket fire" not in texts  # "the threat of ... rocket fire could pose"
    assert "bombs" not in texts  # "could target American forces with advanced roadside bombs"
    assert len([e for e in rows(out, "events", AL_MONITOR) if e["event_type"] == "airstrike"]) == 1  # one strike event


def test_memo_events(out):
    strikes = event(out, MEMO, "Strikes")
    assert (strikes["agent"], strikes["target"], strikes["killed"], strikes["country"]) == (
        "US military", "Kataib Hezbollah", "23", "IRQ")
    (toll,) = [c for c in rows(out, "casualties", MEMO) if c["text"] == "almost two dozen"]
    assert (toll["min"], toll["best"], toll["max"], toll["qualifier"]) == ("21", "23", "23", "approximate")
    breach = event(out, MEMO, "breached")
    assert (breach["event_type"], breach["location"], breach["agent"], breach["date"]) == (
        "storming", "Baghdad", "Iraqi militiamen", "2019-12-31")
    missile = event(out, MEMO, "missile attack")
    assert (missile["killed"], missile["target"], missile["country"]) == ("1", "US military", "IRQ")


def test_every_gold_event_is_located_as_the_gold_says(out):
    from pipeline.evaluate.read_project import read_gold_jsonl
    gold = read_gold_jsonl(CORPUS / "gold" / "corpus.gold.jsonl")
    for article in (AL_MONITOR, MEMO):
        doc = gold.docs[article.stem]
        predicted = {int(e["start"]): e for e in rows(out, "events", article)}
        for mention in doc.mentions["events"]:
            row = predicted.get(mention.start)
            assert row is not None, mention.text
            assert (row["location"], row["country"]) == (mention.get("location") or "", mention.get("country") or ""), \
                (doc.doc_id, mention.text)


@pytest.mark.xfail(reason="'ostensibly by the Kataib Hezbollah' attaches to the main verb, not the attack; "
                          "agents outside the trigger's own phrase are not yet found", strict=True)
def test_memo_missile_attack_agent(out):
    assert event(out, MEMO, "missile attack")["agent"] == "Kataib Hezbollah"


def test_actors_canonical_names_and_roles(out):
    actors = rows(out, "actors", AL_MONITOR) + rows(out, "actors", MEMO)
    names = {a["text"]: a["name"] for a in actors}
    assert names["Mahdi"] == "Adel Abdul Mahdi"  # a surname to the full name
    assert names["Interim-Prime Minister Adil Abdul-Mahdi"] == "Adel Abdul Mahdi"  # a spelling variant
    assert names["US troops"] == names["American forces"] == names["U.S. forces"] == "US military"
    kh = [a for a in actors if a["name"] == "Kataib Hezbollah"]
    assert kh and all(a["actor_type"] == "armed_group" for a in kh)  # the model says PERSON
    roles = {(a["text"], a["role"]) for a in actors}
    assert ("US troops", "victim") in roles
    assert ("an American contractor", "victim") in roles or ("American contractor", "victim") in roles
    assert ("Iraqi militiamen", "agent") in roles
    assert not [a for a in actors if a["name"] in ("Jack Detsch", "Tom Brenner", "al-Qa'im")]


def test_every_event_has_a_date(out):
    for doc in (AL_MONITOR, MEMO):
        for e in rows(out, "events", doc):
            assert e["date"], e["text"]


@pytest.mark.parametrize("paragraph, killed, injured", [
    # injured counts people hit and not killed (the Gun Violence Archive's convention)
    ("Four people were shot, one man fatally, outside a home Sunday, police said.", 1, 3),
    ("Six people were shot Saturday outside a home. Two of the victims died.", 2, 4),
    ("A man was killed and a woman was shot in the attack on Sunday.", 1, 1),
    ("Two men were shot dead outside a bar on Sunday.", 2, None),
    # the dead victim told again in a sentence of its own is not a second, wounded one
    ("A 17-year-old boy was shot to death late Tuesday in the Lawndale neighborhood. The boy was shot in the "
     "chest during an argument, police said.", 1, None),
    ("A 17-year-old boy was shot to death late Tuesday in the Lawndale neighborhood. Another man was shot in "
     "the leg during the argument, police said.", 1, 1),
    # a victim told again: by a pronoun, by a name, wounded and then dead
    ("Four people were shot, one man fatally, outside a home Sunday. Paramedics rushed the man to a hospital, "
     "where he died from a gunshot to the upper torso.", 1, 3),
    ("A 16-year-old was fatally shot early Sunday. Officers found Yac shot dead in the bedroom of his "
     "second-story apartment.", 1, None),
    ("A man was shot in the chest Tuesday night. He died Wednesday at the hospital.", 1, None),
    # the one person who died, named later, is not someone new; a name marked new, or in the
    # same sentence as the death, is
    ("A 17-year-old boy was shot and killed Tuesday night. Marcus Parker was shot in the chest near his "
     "home, police said.", 1, None),
    ("A 17-year-old boy was shot and killed Tuesday night. Marcus Parker was also shot in the leg, police "
     "said.", 1, 1),
    ("A 17-year-old boy was killed and Marcus Parker was wounded in the shooting Tuesday night.", 1, 1),
    # a named victim told twice, then described as dead: one person, killed
    ("Maleah Williams was injured when shots were fired from a vehicle. Williams was transported to a hospital. "
     "Family members confirmed Monday the toddler has died.", 1, None),
    # one of the dead told again is not the wounded one dying; a victim of another age, or
    # "the second victim", is someone new
    ("Three people were killed and another critically injured in a shooting Monday. Two men were pronounced "
     "dead at the scene, and the third person, a woman, died later.", 3, 1),
    ("Police found the body of a 15-year-old boy lying on the sidewalk. According to police, the second victim "
     "was a 13-year-old boy who was shot in the arm.", 1, 1),
    # single victims told apart (here by their family ties) are added up across sentences
    ("The coroner says the daughter died of multiple gunshot wounds. The cause of death of the father is a "
     "gunshot wound to the head. Police say the mother was taken to the hospital from the scene of the "
     "shooting.", 2, 1),
    # the people "a quadruple shooting" hit, less those killed, are the injured
    ("Two men have been arrested in connection to a deadly quadruple shooting Tuesday. The shooting "
     "happened near Ryburn and Riverside, leaving 27-year-old Brandon Lanier dead.", 1, 3),
    ("Police are investigating a double shooting in which two men were shot dead.", 2, None),
])
def test_event_tolls_keep_killed_out_of_injured(nlp, paragraph, killed, injured):
    text = f"Shooting under investigation\n\n{paragraph}\n\nNo arrests were made."
    result = extract_one(nlp, text, date(2016, 9, 1))
    main = max(result.events, key=lambda e: (e.killed or 0) + (e.injured or 0))
    assert (main.killed, main.injured) == (killed, injured)


def test_a_duration_does_not_date_an_event(nlp):
    """"within 30 minutes" governs the clause, but the day is "Saturday night"."""
    text = ("Girls shot in Chicago\n\nTwo girls, ages 11 and 12, were shot in the head within 30 minutes of each "
            "other in separate shootings Saturday night, Chicago police said.")
    result = extract_one(nlp, text, date(2017, 2, 12))
    main = max(result.events, key=lambda e: (e.injured or 0) + (e.killed or 0))
    assert (main.date, main.date_text) == ("2017-02-11", "Saturday night")


@pytest.mark.parametrize("text, location", [
    # a neighbourhood GeoNames lists as a town, and a part of town it does not know
    ("Teen shot in Lawndale\n\nCHICAGO — A 17-year-old boy was shot to death late Tuesday in North Lawndale, "
     "Chicago police said.", "North Lawndale"),
    ("Man shot on West Side\n\nCHICAGO — A man was shot and killed Tuesday night on the West Side, "
     "Chicago police said.", "West Side"),
    # a neighbourhood GeoNames places 12 km from the city's centre, and a story that does not name the city
    ("Man killed in Chatham\n\nA man was shot and killed Tuesday night in Chatham, Illinois police said. "
     "Officers found him on South St. Lawrence Avenue.", "Chatham"),
])
def test_an_event_in_a_part_of_town_happened_in_the_story_town(nlp, text, location):
    (event,) = [e for e in extract_one(nlp, text, date(2016, 9, 1)).events if e.killed]
    assert event.location == location and event.locality == "Chicago"


@pytest.mark.parametrize("text, locality", [
    ("Boy shot at theater\n\nA 12-year-old boy was accidentally shot Saturday in Pinellas County, deputies said. "
     "The shooting happened at a movie theater in Oldsmar.", "Oldsmar"),
    # two towns: the county has no one town
    ("Boy shot\n\nA 12-year-old boy was accidentally shot Saturday in Pinellas County, deputies said. "
     "He lives in Oldsmar and was taken to a hospital in Tampa.", ""),
])
def test_an_event_in_a_county_happened_in_the_one_town_the_story_names_there(nlp, text, locality):
    (event,) = [e for e in extract_one(nlp, text, date(2016, 9, 1)).events if e.injured]
    assert event.location == "Pinellas County" and event.locality == locality


@pytest.mark.parametrize("text, published, expected", [
    # the day belongs to the verb the event is told before, not to the event
    ("Seven young men remained hospitalized Tuesday, one with critical injuries, after they were attacked by a "
     "pair of gunmen in East Oakland, police said.", date(2013, 11, 26), ("2013-11-26", "")),
    ("A man died Sunday after he was shot Friday outside a bar.", date(2016, 8, 2), ("2016-07-29", "Friday")),
    # a casualty verb happens with the event it follows
    ("Four people were injured after a shooting late Friday night in Athens.", date(2016, 7, 30),
     ("2016-07-29", "late Friday night")),
    # a date in a future clause does not date a past event
    ("A mother has been charged after her son shot himself in the leg.\n\nShe is expected to be arraigned "
     "Tuesday in district court.", date(2014, 10, 28), ("2014-10-28", "")),
    # an update names the day only paragraphs down; a clock time with a weekday dates it too
    ("UPDATE: The sheriff's office says the case is a triple homicide.\n\nPreliminary autopsy results were "
     "released.\n\nThe victims were identified by relatives.\n\nThe children attended a local school.\n\n"
     "Deputies were called to the home Thursday afternoon.", date(2016, 11, 11), ("2016-11-10", "Thursday afternoon")),
    ("A 16-year-old girl is dead following a shooting around 10:30 Monday night at an apartment complex.",
     date(2016, 8, 2), ("2016-08-01", "around 10:30 Monday night")),
    # the day of a telling dates the telling; a day put before the teller, or on a verb with
    # no teller, dates the story
    ("A teenage boy shot his girlfriend inside their home, prosecutors said Wednesday.", date(2015, 11, 18),
     ("2015-11-18", "")),
    ("Monday night, police say a three-year-old boy was found shot in the leg.", date(2014, 11, 4),
     ("2014-11-03", "Monday night")),
    ("Deputies responded to a call reporting an accidental shooting at 5 p.m. on Thursday at a home.",
     date(2016, 12, 9), ("2016-12-08", "5 p.m. on Thursday")),
    # the day of the toll an event is told under ("injured ... in what police call a shooting"),
    # in a story whose next sentence gives the day of a telling
    ("Seven people were injured late Friday night in what authorities are calling a gang-related shooting.\n\n"
     "Malueg said Saturday the shooting appeared to be a flare-up between two gangs.", date(2016, 7, 30),
     ("2016-07-29", "late Friday night")),
    # a weekday and part of the day around the model's bare "morning"; a clock time and a day
    ("It happened at the gun range east of Neosho around 10 Friday morning, when a man was shot.",
     date(2017, 2, 18), ("2017-02-17", "Friday morning")),
    ("At about 11 p.m. Jan. 3, a shotgun went off inside a home, injuring a man in the abdomen.",
     date(2017, 1, 9), ("2017-01-03", "about 11 p.m. Jan. 3")),
    # a night told again by its small hours: the calendar day of the shots
    ("Four wounded in overnight shooting\n\nFour people were wounded in an overnight shooting, police said. "
     "Officers were called to a shooting around 1 a.m. Sunday in the 4000 block of Roebling Lane.",
     date(2013, 6, 2), ("2013-06-02", "around 1 a.m. Sunday")),
    # the "12:18 AM Monday morning" of a Monday story is that Monday
    ("One person is dead after a shooting at a club. Police said they responded to the shooting at 12:18 AM "
     "Monday morning.", date(2015, 5, 25), ("2015-05-25", "12:18 AM Monday morning")),
    # a clock time and its night told side by side ("around 11 p.m. on Sunday night")
    ("A 10-year-old boy was shot and killed at an apartment complex. Officers found him suffering from a gunshot "
     "wound around 11 p.m. on Sunday night, according to a news release.", date(2016, 8, 1),
     ("2016-07-31", "around 11 p.m. on Sunday night")),
    # a clock time after the day of a telling keeps the day of the shooting
    ("One man was killed and four were wounded in a shooting on Monday night. \u201cThis place is bad,\u201d "
     "a neighbor said Tuesday. The shooting took place shortly after 11 p.m., police said.", date(2014, 7, 8),
     ("2014-07-07", "Monday night")),
    # a span of a century dates no event ("breached for the first time in a century")
    ("Syrian forces breached the wall for the first time in a century, killing two men.", date(2018, 4, 14),
     ("2018-04-14", "")),
    # the deed an arrest is for is an event with the toll, dated by its own clause: the arrest's
    # day is not the shooting's, a passive "reported" dates what was reported
    ("A woman suspected of shooting a 2-year-old in a drive-by was arrested Friday night, police said. Another "
     "woman was arrested Friday morning in connection with the shooting that was reported Tuesday night.",
     date(2017, 3, 11), ("2017-03-07", "Tuesday night")),
    # a day told of someone in a relative clause dates no event; nor does a later arraignment
    ("Police said the boy, who turned 12 yesterday, was shot in the leg.", date(2016, 9, 1), ("2016-09-01", "")),
    ("A teen was shot several times during a robbery. He was ordered held without bail at his Saturday "
     "arraignment.", date(2015, 6, 25), ("2015-06-25", "")),
    # a week or weekend, then the day inside it that a sentence of the same incident names
    ("A 19-year-old woman was shot and killed last week at her apartment. The Dec. 15 death was ruled a "
     "homicide, the medical examiner said.", date(2016, 12, 23), ("2016-12-15", "Dec. 15")),
    ("A food truck operator shot over the weekend in a park has been laid to rest. He was one of five people "
     "shot Sunday night in Douglass Park.", date(2015, 6, 25), ("2015-06-21", "Sunday night")),
    # an arrest holds no toll: the death it is "in" is the shooting's, told with its own day
    ("An adult was arrested and a teen could be charged in the death of a Fairmont high school student. The "
     "16-year-old was shot by another 16-year-old Sunday, June 12 at an apartment complex.", date(2016, 6, 20),
     ("2016-06-12", "Sunday, June 12")),
    # a court appearance and a plea are no day of the shooting they are about
    ("A teen accused of shooting a police officer appeared in court Monday. Police said the "
     "teen was involved in a shootout with officers Sunday morning.", date(2016, 8, 14),
     ("2016-08-14", "Sunday morning")),
    ("Three men accused in the shooting death of a 10-year-old girl entered into plea agreements Friday. The girl "
     "was killed inside a home on March 31, 2014.", date(2015, 4, 17), ("2014-03-31", "March 31, 2014")),
    # "this week" told on a Wednesday takes in the weekend before it
    ("Iron River police released new information on an accidental fatal shooting this week. The 18-year-old was "
     "accidentally shot by his friend who was cleaning a gun Sunday night.", date(2016, 10, 5),
     ("2016-10-02", "Sunday night")),
    # ... not a day the same sentence gives a part of the toll
    ("Attacks this week have killed more than 250 people, and two dozen on Wednesday alone.", date(2018, 2, 21),
     ("2018-02-19/2018-02-25", "this week")),
])
def test_an_event_takes_the_date_of_its_own_time(nlp, text, published, expected):
    result = extract_one(nlp, f"Police report\n\n{text}", published)
    main = min(result.events, key=lambda e: (-((e.killed or 0) + (e.injured or 0)), e.start))
    assert (main.date, main.date_text) == expected


def test_the_headline_event_is_the_one_the_lead_introduces(nlp):
    text = ("2 wounded in Garfield Park shooting\n\nTwo people were wounded in a shooting Saturday night in the "
            "Garfield Park neighborhood.\n\nA 22-year-old man was shot in the neck and a 17-year-old boy was shot "
            "in the back, police said.")
    result = extract_one(nlp, text, date(2017, 1, 22))
    shootings = [e for e in result.events if e.event_type == "shooting"]
    assert len(shootings) == 1 and shootings[0].injured == 2
    assert sum(e.injured or 0 for e in result.events) == 2


def test_people_told_paragraphs_later_belong_to_the_story_incident(nlp):
    text = ("Shooting under investigation\n\nThree people were shot on Main Street on Friday night. The shooting "
            "happened after a party. Police said a fight broke out. Witnesses heard several shots. Officers found "
            "the victims outside. Two of them were taken to a hospital in critical condition.")
    result = extract_one(nlp, text, date(2016, 9, 1))
    assert len({c.event_id for c in result.casualties}) == 1
    assert [(e.event_type, e.injured) for e in result.events if e.injured] == [("shooting", 3)]


def test_a_wound_from_a_gunshot_is_the_story_shooting_told_again(nlp):
    text = ("Four shot in Long Beach\n\nFour people were shot, one man fatally, outside a home Sunday. Paramedics "
            "rushed the man to a hospital, where he died from a gunshot to the upper torso. The shootings were "
            "reported at 12:05 a.m. Two victims were listed in critical condition at an area hospital.")
    result = extract_one(nlp, text, date(2013, 4, 8))
    assert len({e.event_id for e in result.events if e.event_type == "shooting"}) == 1
    assert (sum(e.killed or 0 for e in result.events), sum(e.injured or 0 for e in result.events)) == (1, 3)


@pytest.mark.parametrize("sentence, happened", [
    ("\"I don't want to wake up tomorrow and hear another child is dead,\" his mother said.", False),
    ("\"We hope nobody else is killed,\" the chief said.", False),
    ("Police said the man wanted money and shot the clerk in the chest.", True),
    ("Police said the man wanted to kill his wife and shot her twice.", True),
])
def test_what_someone_wishes_or_fears_to_hear_has_not_happened(nlp, sentence, happened):
    result = extract_one(nlp, sentence, date(2016, 2, 29))
    assert bool(result.events) == happened


@pytest.mark.parametrize("sentence, triggers", [
    ("He was charged with murder and attempted murder.", []),
    ("Two men will be arraigned Monday on aggravated assault and reckless endangerment charges.", []),
    ("Creech has been booked into the county jail for first-degree murder.", []),
    ("He was found guilty of murder on Friday.", []),
    # the crime told is still an event
    ("The murder happened on Friday night outside a bar.", ["murder"]),
    ("He was charged in the shooting that killed a teenager.", ["shooting"]),
])
def test_a_crime_named_as_a_charge_is_not_an_event(nlp, sentence, triggers):
    result = extract_one(nlp, sentence, date(2016, 2, 29))
    assert [e.text for e in result.events] == triggers


def test_a_holiday_naming_an_occasion_does_not_date_the_event(nlp):
    """"a Christmas party" is held on some day near Christmas; the day the story names dates the shooting."""
    text = ("Seven hurt at party\n\nDeputies are looking for two suspects after a shooting at a Christmas party. "
            "Seven people were wounded at the party in Rockingham County on Saturday.")
    result = extract_one(nlp, text, date(2016, 12, 26))
    assert {(e.date, e.date_text) for e in result.events if e.injured} == {("2016-12-24", "Saturday")}
    assert any(d.text == "Christmas" for d in result.dates)  # still a date expression of its own


@pytest.mark.parametrize("text, dated", [
    # the day of the arrest, the identification: not the shooting's
    ("Police apprehended a suspect early Saturday in a shooting that left a man dead and three others hurt.",
     {("arrest", "early Saturday"), ("shooting", "")}),
    ("Police identified the victim Monday in a shooting that left a man dead.", {("shooting", "")}),
    # the arrest's own day
    ("Police arrested a man early Saturday.", {("arrest", "early Saturday")}),
])
def test_a_day_of_the_aftermath_does_not_date_the_incident(nlp, text, dated):
    result = extract_one(nlp, text, date(2013, 3, 25))
    assert {(e.event_type, e.date_text) for e in result.events} == dated


def test_an_incident_told_again_with_its_day_dates_the_toll(nlp):
    """The toll is counted under the first telling ("her son was shot and killed"); the day
    comes with a later one ("A shooting broke out ... on the evening of September 18")."""
    text = ("Mother calls for justice\n\nA heartbroken mother calls for justice nearly two months after her son was "
            "killed. He loved his 1-year-old son.\n\nA shooting broke out at the Birch Leaf Apartments on the "
            "evening of September 18.\n\nInvestigators have not revealed the motive behind the shooting, but six "
            "people were shot. Five survived but her son did not.")
    result = extract_one(nlp, text, date(2013, 11, 5))
    (main,) = [e for e in result.events if e.killed or e.injured]
    assert main.date == "2013-09-18"


@pytest.mark.parametrize("sentence, triggers", [
    ("He is charged in connection with the August 14 shooting death of a man at a grocery store.", ["shooting"]),
    ("Police said the shooting spree ended near the bridge.", ["shooting"]),
    ("The attack helicopter flew over the town.", []),
])
def test_an_event_word_before_death_or_spree_names_the_event(nlp, sentence, triggers):
    assert [e.text for e in extract_one(nlp, sentence, date(2014, 8, 22)).events] == triggers


def test_a_month_told_again_as_a_day_dates_the_event_by_the_day(nlp):
    text = ("Parents charged\n\nThe father and stepmother of a 6-year-old boy who was accidentally shot by his "
            "brother at a home in August have been charged, police said.\n\nThe boy was accidentally shot in the "
            "neck on Aug. 5 by his 9-year-old brother, police said.")
    result = extract_one(nlp, text, date(2015, 9, 10))
    (main,) = [e for e in result.events if e.killed or e.injured]
    assert main.date == "2015-08-05"


def test_a_week_told_again_as_the_day_of_the_wound_dates_the_shooting(nlp):
    """"last week's shooting", then "suffering a gunshot wound to the head last Thursday": the
    wound is the shooting told again, its day the shooting's."""
    text = ("Victim dies\n\nThe victim of last week's shooting in Manson has died. The sheriff's office reports "
            "Anna Sanchez died at a hospital in Spokane where she had been airlifted after suffering a gunshot "
            "wound to the head last Thursday.")
    result = extract_one(nlp, text, date(2016, 7, 6))
    (main,) = [e for e in result.events if e.killed or e.injured]
    assert (main.date, main.date_text) == ("2016-06-30", "last Thursday")


@pytest.mark.parametrize("sentence, names", [
    # a relative shares the surname, not the dictionary entry
    ("Eric Trump and Melania Trump spoke on Monday.", ["Eric Trump", "Melania Trump"]),
    ("Donald Trump Jr. spoke on Monday.", ["Donald Trump Jr."]),
    # the model tags no name here: the given name the parser joins to the surname says who
    ("Ivanka Trump noted the rule in the interview last week.", ["Ivanka Trump"]),
    ("Asma Assad spoke on Monday.", ["Asma Assad"]),
    # an honorific or a party before the surname is no given name
    ("Mr. Trump spoke on Monday.", ["Donald Trump"]),
    ("Republican Trump spoke on Monday.", ["Donald Trump"]),
    ("Recep Erdoğan spoke on Monday.", ["Recep Tayyip Erdogan"]),  # the entry's own given name
    # a title or an initial keeps the entry
    ("President Trump spoke on Monday.", ["Donald Trump"]),
    ("Donald J. Trump spoke on Monday.", ["Donald Trump"]),
])
def test_a_relative_is_not_the_person_whose_surname_they_share(nlp, sentence, names):
    assert [a.name for a in nlp(sentence)._.actor_rows] == names


def test_other_events_named_after_the_incident_are_events_of_their_own(nlp):
    text = ("KENT, Wash. -- Prosecutors have charged a man with murder after a 1-year-old girl was shot in the back "
            "of her parents' car.\n\nThey believe the same gun was used in three other Seattle shootings.")
    events = extract_one(nlp, f"Girl killed\n\n{text}", date(2015, 12, 21)).events
    assert [e.location for e in events if e.text == "shot"] == ["Kent"]
    assert [e.location for e in events if e.text == "shootings"] == ["Seattle"]


def test_protests_a_government_resigned_amid_are_in_its_country(nlp):
    text = ("Prime minister resigns\n\nLebanese Prime Minister Saad Hariri resigned on Tuesday amid mass "
            "anti-government protests that have paralysed the country for two weeks.")
    (protests,) = [e for e in extract_one(nlp, text, date(2019, 10, 29)).events if e.event_type == "protest"]
    assert (protests.location, protests.country) == ("Lebanon", "LBN")


@pytest.mark.parametrize("text, expected", [
    ("A woman suspected of shooting a 2-year-old in a drive-by was arrested Friday night.",
     [("shooting", "shooting", 1), ("arrest", "arrested", None)]),
    ("He was arrested Saturday for allegedly shooting three people at a home before fleeing.",
     [("arrest", "arrested", None), ("shooting", "shooting", 3)]),
    # a deed not done is no event: "nearly succeeded in killing", "suggestions such as assassinating"
    ("Foreign fighters nearly succeeded in killing the leader.", []),
    ("Mattis blocked such suggestions as assassinating the president.", []),
    # what nearly happened to something else does not undo the deed that did it
    ("The museum keeps a culture nearly wiped out by the regime's assaults on the Kurds.",
     [("attack", "assaults", None)]),
])
def test_the_deed_an_arrest_is_for_holds_the_toll(nlp, text, expected):
    result = extract_one(nlp, text, date(2017, 3, 11))
    assert [(e.event_type, e.text, e.injured) for e in result.events] == expected


@pytest.mark.parametrize("sentence, triggers", [
    # an event promised, urged or feared has not happened
    ("The Kurds are fleeing their enclave as a promised storming of Afrin draws near.", []),
    ("She became one of the group's most vocal proponents, urging attacks on US soil.", []),
    ("The strikes were meant to deter attacks on the embassy.", ["strikes"]),
    ("The Kurds fear attack by Turkey if the troops are withdrawn.", []),
    ("Isis members circulated a leaflet calling for the execution of a leading foreigner.", []),
    ("Deputies responded to a call for a shooting in south Bexar County on Tuesday night.", ["shooting"]),
    # a strike of workers is no attack
    ("International Women’s Day included a call for a global strike.", []),
    ("Teachers held a nationwide strike on Monday.", []),
    # showing something is no demonstration, nor is resigning in protest a protest
    ("Putin travelled to Cairo, demonstrating Russia's new clout in the region.", []),
    ("Iran is raising the pressure on Israel, as last weekend's aerial clashes demonstrated.", ["clashes"]),
    ("Jim Mattis, who resigned in protest, opposed the withdrawal.", []),
    ("Thousands demonstrated in Cairo on Friday.", ["demonstrated"]),
    ("Students staged a protest in Istanbul on Monday.", ["protest"]),
])
def test_events_not_held(nlp, sentence, triggers):
    assert [e.text for e in extract_one(nlp, sentence, date(2018, 3, 20)).events] == triggers


def test_who_carries_out_an_event_in_a_relative_clause_is_its_agent(nlp):
    text = "The US supported the Kurdish militias who led the ground assault on Islamic State strongholds in Raqqa."
    (event,) = extract_one(nlp, text, date(2018, 1, 20)).events
    assert (event.text, event.agent, event.target) == ("assault", "Kurdish militias", "Islamic State")


@pytest.mark.parametrize("sentence, expected", [
    # what a projectile hits is the event; the verb is its trigger, dated by its clause
    ("A bullet struck an 11-year-old girl in a car Saturday afternoon in West Palm Beach, police said.",
     [("shooting", "struck", "", "11-year-old girl", "Saturday afternoon")]),
    ("The boy was hit by a stray bullet on Monday.", [("shooting", "hit", "", "boy", "Monday")]),
    ("On Monday one of the bullets hit Ariana Wilson.", [("shooting", "hit", "", "Ariana Wilson", "Monday")]),
    ("Four rockets had hit the town of Douma on Tuesday morning.",
     [("shelling", "hit", "", "town", "Tuesday morning")]),
    ("Two rockets landed near the embassy on Sunday.", [("shelling", "landed", "", "", "Sunday")]),
    # who fired it is the agent, not the projectile
    ("The convoy was struck by a Turkish missile on Friday.",
     [("shelling", "struck", "Turkish military", "convoy", "Friday")]),
    ("Mortars fired by the army rained down on the village on Sunday.",
     [("shelling", "rained down", "army", "village", "Sunday")]),
    # a gun that went off or discharged is the shooting (not a patient discharged)
    ("The gun discharged accidentally shortly after 3 p.m. Thursday.",
     [("shooting", "discharged", "", "", "3 p.m. Thursday")]),
    ("The handgun went off while the boy was playing with it on Thursday.",
     [("shooting", "went off", "", "", "Thursday")]),
    ("The patient was discharged from hospital on Monday.", []),
    # a projectile counted or described is no hit (fired at something it is: trg_fire_at; bullets
    # fired are a shooting, a rocket fired a shelling)
    ("Rebels fired a rocket at the base.", [("shelling", "fired", "rebels", "base", "")]),
    ("Gunmen fired bullets at the car on Monday.", [("shooting", "fired", "gunmen", "car", "Monday")]),
    ("Jackson then fired a handgun at Milner on Monday.", [("shooting", "fired", "Jackson", "Milner", "Monday")]),
    ("Bullet holes were visible in the door.", []),
    ("The army has thousands of missiles.", []),
])
def test_a_projectile_hitting_is_an_event(nlp, sentence, expected):
    result = extract_one(nlp, sentence, date(2018, 2, 21))
    assert [(e.event_type, e.text, e.agent, e.target, e.date_text) for e in result.events] == expected


@pytest.mark.parametrize("sentence, expected", [
    # firing at or on someone is a shooting, a projectile fired a shelling
    ("Gunmen fired at the convoy on Monday.", [("shooting", "fired", "gunmen", "convoy", "Monday")]),
    ("On Tuesday Turkish forces fired on a convoy of pro-regime forces.",
     [("shooting", "fired", "Turkish military", "Syrian military", "Tuesday")]),
    ("A gunman fired shots at a car on Sunday, police said.", [("shooting", "fired", "gunman", "car", "Sunday")]),
    ("Shots were fired at the house on Sunday.", [("shooting", "fired", "", "house", "Sunday")]),
    ("Suspected Israeli missiles were fired at several Syrian locations on Monday.",
     [("shelling", "fired", "Israeli military", "locations", "Monday")]),
    ("Isis members fired a guided missile at a Kurdish position on Saturday.",
     [("shelling", "fired", "Islamic State", "position", "Saturday")]),
    # ... not a dismissal, nor what rouses a crowd, nor tear gas
    ("Trump fired Comey in May.", []),
    ("The speech fired up the crowd.", []),
    ("Police fired tear gas at protesters on Monday.", []),
])
def test_firing_at_someone_is_a_shooting(nlp, sentence, expected):
    result = extract_one(nlp, sentence, date(2018, 2, 21))
    assert [(e.event_type, e.text, e.agent, e.target, e.date_text) for e in result.events] == expected


@pytest.mark.parametrize("sentence, triggers", [
    # what forces prepare or brace for has not happened
    ("Syrian government forces are massing around the province in preparation for the assault.", []),
    ("Residents have been bracing themselves for a Turkish attack.", []),
    # nor is what is offered as an option
    ("“They have no other options. Either to surrender or die,” the commander said.", []),
    ("The assault began on Tuesday.", ["assault"]),
])
def test_what_is_prepared_for_or_an_option_has_not_happened(nlp, sentence, triggers):
    result = extract_one(nlp, sentence, date(2018, 9, 4))
    assert [e.text for e in result.events] == triggers


@pytest.mark.parametrize("text, expected", [
    # the weapon that kills is the event's type: its subject, or its passive agent
    ("A roadside bomb killed three soldiers near Mosul on Sunday.", "bombing"),
    ("An explosive device killed two policemen in Kabul.", "bombing"),
    ("Four civilians were killed by a drone in Yemen.", "airstrike"),
    ("A rocket killed two children in Douma.", "shelling"),
    # ... not a weapon someone used, nor a person
    ("A man killed his wife with a bomb.", "killing"),
    ("Gunmen killed five villagers.", "killing"),
])
def test_a_weapon_that_kills_types_the_event(nlp, text, expected):
    result = extract_one(nlp, text, date(2019, 5, 14))
    assert [e.event_type for e in result.events] == [expected]


def test_the_attack_names_the_bombing_told_before(nlp):
    text = ("A British soldier was killed by a roadside bomb in Manbij on Thursday. Five others were wounded in "
            "the attack.")
    result = extract_one(nlp, text, date(2018, 3, 31))
    (row,) = result.events
    assert (row.event_type, row.killed, row.injured) == ("bombing", 1, 5)


@pytest.mark.parametrize("text, expected", [
    # the killing verb that tells an event gives it its agent and target ("killed ... in an ambush")
    ("Militants killed three soldiers in an ambush in Borno state.", ("ambush", "militants", "soldiers")),
    ("Gunmen killed 12 villagers in a raid on Monday.", ("raid", "gunmen", "villagers")),
    # ... but not the event word as its own agent
    ("An attack killed an American contractor.", ("attack", "", "American contractor")),
    # ... nor a clash those killed fought in
    ("She was one of eight British nationals killed fighting alongside the YPG.", ("fighting", "", "")),
])
def test_an_event_takes_the_arguments_of_the_killing_that_tells_it(nlp, text, expected):
    result = extract_one(nlp, text, date(2019, 5, 14))
    (row,) = result.events
    assert (row.text, row.agent, row.target) == expected


def test_the_killed_are_victims_where_they_are_also_the_target(nlp):
    result = extract_one(nlp, "Militants killed three soldiers in an ambush in Borno state.", date(2019, 5, 14))
    assert {(a.text, a.role) for a in result.actors} == {("Militants", "agent"), ("soldiers", "victim")}


def test_a_kind_of_attack_is_no_later_strike(nlp):
    text = ("US warships fired missiles at an air base on Friday. The strike followed the chemical attack on Douma, "
            "which killed dozens.")
    result = extract_one(nlp, text, date(2018, 4, 14))
    assert {(e.text, e.acled_sub_event_type) for e in result.events} >= {("attack", "Chemical weapon")}


@pytest.mark.parametrize("text, expected", [
    # the one found shot was shot (the parser makes him the participle's subject)
    ("Police found a 21-month-old boy shot in the head on Sunday.", ("", "21-month-old boy")),
    ("Officers found a man shot dead in his car.", ("", "man")),
    # ... not a clause of its own
    ("Police found that the gunman shot two people.", ("gunman", "people")),
])
def test_someone_found_shot_is_the_target(nlp, text, expected):
    result = extract_one(nlp, text, date(2016, 8, 14))
    (row,) = result.events
    assert (row.agent, row.target) == expected
