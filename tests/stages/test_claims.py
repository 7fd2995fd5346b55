"""Claims in the two sample articles: speaker, cue, kind, content and date."""

from __future__ import annotations

import csv

import pytest

from pipeline.evaluate.run import evaluate_run
from tests.conftest import AL_MONITOR, CORPUS, MEMO, extract_one


@pytest.fixture(scope="module")
def claims(corpus_run):
    with (corpus_run[0] / "claims.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def claim(claims, doc, content_start):
    return next(c for c in claims if c["doc_id"] == doc.stem and c["content"].startswith(content_start))


def test_state_department_quote(claims):
    c = claim(claims, AL_MONITOR, "We are not looking for any conflict")
    assert (c["speaker"], c["speaker_text"], c["cue"], c["quote"], c["kind"], c["date"]) == (
        "State Department", "the senior State Department official", "told", "direct", "statement", "2019-12-30")
    assert c["content"].startswith("We are not looking for any conflict in the Middle East,”")


def test_quote_split_by_its_attribution_is_one_claim(claims):
    """“…,” the official told reporters on Monday. “But …”: one statement, two quoted pieces."""
    c = claim(claims, AL_MONITOR, "We are not looking for any conflict")
    assert c["content"].endswith("to attack American interests.")
    text = (CORPUS / f"{c['doc_id']}.txt").read_text(encoding="utf-8")
    pieces = [text[int(s):int(e)] for s, e in (part.split("-") for part in c["content_parts"].split(";"))]
    assert pieces == ["We are not looking for any conflict in the Middle East",
                      "But we are not going to let Iran get away with using a proxy force to attack American interests."]
    assert not [r for r in claims if r["doc_id"] == c["doc_id"] and r["content"].startswith("But we are not going")]


def test_iraqi_government_statement_of_dec_29(claims):
    c = claim(claims, AL_MONITOR, "the bombings")
    assert (c["speaker"], c["cue"], c["date"]) == ("Iraqi government", "called", "2019-12-29")


def test_pentagon_characterization_is_a_direct_quote(claims):
    c = claim(claims, AL_MONITOR, "precision defensive strikes")
    assert (c["speaker"], c["cue"], c["quote"]) == ("Pentagon", "characterized", "direct")


def test_tweet_and_pronoun_speaker(claims):
    tweet = claim(claims, AL_MONITOR, "Leaving the Iraqi political response")
    assert (tweet["speaker"], tweet["cue"], tweet["quote"]) == ("Alex Mello", "tweeted", "direct")
    he = claim(claims, AL_MONITOR, "The threat of Iranian proxy rocket fire")
    assert (he["speaker_text"], he["speaker"], he["quote"]) == ("he", "Alex Mello", "indirect")


def test_kinds_from_the_cue_lexicon(claims):
    denial = claim(claims, MEMO, "involvement in the attack")
    assert (denial["kind"], denial["speaker_text"], denial["speaker"], denial["cue"]) == (
        "denial", "The group", "Kataib Hezbollah", "has denied")
    assert claim(claims, AL_MONITOR, "it would review US ties")["kind"] == "promise"
    assert claim(claims, MEMO, "Iran for a wide array")["kind"] == "accusation"
    assert claim(claims, MEMO, "The strikes on Shia militias")["kind"] == "condemnation"
    assert claim(claims, AL_MONITOR, "to resign")["kind"] == "threat"


def test_every_gold_claim_found(corpus_run):
    report = evaluate_run(corpus_run[0], CORPUS / "gold" / "corpus.gold.jsonl", match="overlap")
    claims_scores = report["tables"]["claims"]
    assert claims_scores["overlap"]["r"] == 1.0
    assert claims_scores["attributes"]["speaker"]["accuracy"] >= 0.9
    assert claims_scores["attributes"]["cue"]["accuracy"] >= 0.9


def test_speaker_recovered_when_the_parse_loses_it(claims):
    # The dashes around "who enjoys longstanding ties with US officials" cost the parse the
    # subject of "threatened"; the speaker is the person named before the cue.
    assert claim(claims, AL_MONITOR, "to resign")["speaker"] == "Barham Salih"


def claims_in(nlp, paragraph: str, *, cue_type: bool = False) -> list[tuple[str, ...]]:
    from datetime import date

    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    text = f"The debate went on.\n\n{paragraph}\n\nMore followed."
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)],
                              default_published=date(2016, 9, 1))
    assert result.document.status == "ok", result.document.error
    return [(c.content, c.cue, c.speaker) + ((c.cue_type,) if cue_type else ()) for c in result.claims]


@pytest.mark.parametrize("paragraph, expected", [
    ("Clinton leads Trump by 46 percent to 42 percent, according to the poll.",
     [("Clinton leads Trump by 46 percent to 42 percent", "according to", "poll")]),
    ("According to the poll, Clinton leads Trump by 46 percent to 42 percent.",
     [("Clinton leads Trump by 46 percent to 42 percent", "According to", "poll")]),
    # the attribution inside the sentence it reports: the whole sentence is the content (without
    # its full stop), whatever the parse made of the aside
    ("Acts of protest, Mr. Obama said, are acts of patriotism.",
     [("Acts of protest, Mr. Obama said, are acts of patriotism", "said", "Obama")]),
    ("The middle one-fifth paid 8.9 percent, the agency said in a June report, and the bottom fifth paid "
     "0.8 percent.", [("The middle one-fifth paid 8.9 percent, the agency said in a June report, and the bottom "
                       "fifth paid 0.8 percent", "said", "")]),
    ("The difference now, he told me on Friday, is that he anchors a straight news program.",
     [("The difference now, he told me on Friday, is that he anchors a straight news program", "told", "")]),
    ("Language unclear on whether single mothers are covered, experts say.",
     [("Language unclear on whether single mothers are covered", "say", "experts")]),
    # the scene after the attribution ("as protesters ...") is the narrator's
    ("The ambassador was not at the embassy when it was breached, the State Department said, as protesters "
     "denounced the airstrikes.", [("The ambassador was not at the embassy when it was breached", "said",
                                    "State Department"), ("the airstrikes", "denounced", "protesters")]),
    # but not where the cue governs what follows, or an opening phrase stands before the comma
    ("Campaigning in Ohio in 2012, he barely mentioned climate change.",
     [("climate change", "barely mentioned", "")]),
    ("Protesters continued to call for an investigation of the shooting.",
     [("an investigation of the shooting", "call for", "protesters")]),
    ("Reid frequently mocked Romney for not releasing his tax returns.",
     [("Romney for not releasing his tax returns", "frequently mocked", "Reid")]),
    # a reporting verb inside an attributed quotation is part of its content, not a claim
    ("“I thought that Pence did all the things right that Trump did wrong,” said Chris Matthews.",
     [("I thought that Pence did all the things right that Trump did wrong", "said", "Chris Matthews")]),
    # one statement split by its attribution
    ('"It\'s heartbreaking," Ryan said. "And this country has to find new ways to heal."',
     [('It\'s heartbreaking," Ryan said. "And this country has to find new ways to heal.', "said", "Ryan")]),
    # the attribution beside a quotation: inverted, quote-only cues, a dash, a colon
    ("“The campaign is in panic mode. Full panic mode,” said Leslie Wimes, a Florida organizer.",
     [("The campaign is in panic mode. Full panic mode", "said", "Leslie Wimes")]),
    ('"This is a big year for our senator!" Scott\'s niece shouted.',
     [("This is a big year for our senator!", "shouted", "Scott's niece")]),
    ("“Donald Trump started attacking Latinos at the beginning of his campaign.” ― Azucena González",
     [("Donald Trump started attacking Latinos at the beginning of his campaign.", "―", "Azucena González")]),
    ("Limbaugh continued: “They are putting all kinds of pressure on Lester.”",
     [("They are putting all kinds of pressure on Lester.", "continued", "Limbaugh")]),
    # a transcript turn is its speaker's statement, claims inside it are its content; a label is no speaker
    ('"PENCE: Gennifer Flowers will not be attending the debate. Donald Trump was mocking them.',
     [("Gennifer Flowers will not be attending the debate. Donald Trump was mocking them.", ":", "PENCE")]),
    ("UPDATE: The police said the road was closed.", [("the road was closed", "said", "police")]),
])
def test_attribution_grammar(nlp, paragraph, expected):
    assert claims_in(nlp, paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # attitudes are claims too, with their holder named: what someone wants, plans, refuses
    ("Clinton wants to triple the size of the AmeriCorps program.",
     [("to triple the size of the AmeriCorps program", "wants", "Clinton", "intention")]),
    ("Trump refuses to make public his income tax returns.",
     [("to make public his income tax returns", "refuses", "Donald Trump", "intention")]),
    # ... supports or opposes, knows or sees
    ("A union representing flight attendants endorsed Hillary Clinton for president on Thursday.",
     [("Hillary Clinton for president", "endorsed", "union", "support")]),
    ("Critics of the program see reauthorization as an opportunity to fix problems.",
     [("reauthorization as an opportunity to fix problems", "see", "Critics of the program", "belief")]),
    # what evidence shows, the small clause whole
    ("Polling averages show Clinton with a lead in the low single digits.",
     [("Clinton with a lead in the low single digits", "show", "Polling averages", "evidence")]),
    # what someone spoke of, but not where
    ("Chief Justice John G. Roberts Jr. spoke of the legacy of racism.",
     [("of the legacy of racism", "spoke", "John G. Roberts Jr.", "speech")]),
    ("The senator spoke at a gathering of conservatives on Tuesday.", []),
    # no holder, no content, or a wh-word for content: nothing claimed
    ("We will see.", []),
    ("You can call the network whatever you want.", []),
    ("The militants attacked a checkpoint and killed two soldiers.", []),
    # whose belief is "is believed"? a person showing interest is no evidence
    ("Khaled Sharrouf is believed to have died in a US air strike in 2017.", []),
    ("Theresa May has so far shown little interest in Syria.", []),
])
def test_attitudes_and_evidence(nlp, paragraph, expected):
    assert [(c[0], c[1], c[2], c[3]) for c in claims_in(nlp, paragraph, cue_type=True)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a quoted title before the speaker is no part of what he said
    ("On “Fox News Sunday,” Mike Pence said his running mate would release his returns.",
     [("his running mate would release his returns", "said", "Mike Pence")]),
    # the speaker's own aside inside the attribution does not split the quotation
    ("“This is in their heads,” said Caddell, speaking of Clinton’s health issue. “It is one of the things "
     "worrying them.”",
     [("This is in their heads,” said Caddell, speaking of Clinton’s health issue. “It is one of the things "
       "worrying them.", "said", "Caddell"), ("of Clinton’s health issue", "speaking", "Caddell")]),
    # a quotation the attribution's participle leads into is the participle's
    ("“The American people do not agree with Trump,” Sanders said, suggesting a few questions, including, "
     "“Mr. Trump, do you really think that billionaires need a massive tax break?”",
     [("Mr. Trump, do you really think that billionaires need a massive tax break?", "suggesting", "Sanders"),
      ("The American people do not agree with Trump", "said", "Sanders")]),
    # a signature the model did not tag as a name; a paragraph opened by a closing mark
    ("“I’m so ashamed to be an American.” ― Jacklyn Ashley",
     [("I’m so ashamed to be an American.", "―", "Jacklyn Ashley")]),
    ("”Mr. Trump embodies the lasting legacy of racism in the United States.” ― Sonya Herridge",
     [("Mr. Trump embodies the lasting legacy of racism in the United States.", "―", "Sonya Herridge")]),
    # a whole quoted statement after the scene it was said in is what was said; told twice, one claim
    ("Ricardo Vilanova flew to Iraq. When I sat down with him in Erbil, he told me why: “I want to look them "
     "in the eyes,” he said.", [("I want to look them in the eyes", "told", "Ricardo Vilanova")]),
    ("Ricardo Vilanova flew to Iraq. When I met him in Erbil, “I want to look them in the eyes,” he said.",
     [("I want to look them in the eyes", "said", "Ricardo Vilanova")]),
    # ... a quoted phrase inside a sentence is no statement of its own
    ("The strikes were, in his words, “Precision Defensive Strikes,” Ricardo Vilanova said.",
     [("The strikes were, in his words, “Precision Defensive Strikes", "said", "Ricardo Vilanova")]),
])
def test_quotation_edges(nlp, paragraph, expected):
    assert claims_in(nlp, paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a claim named by a noun, with its owner
    ("Politifact checked Donald Trump’s claim that there have been thousands of shootings in Chicago.",
     [("that there have been thousands of shootings in Chicago", "claim", "Donald Trump")]),
    ("Clinton is seizing upon a New York Times report that Trump had a net loss of more than $915 million.",
     [("that Trump had a net loss of more than $915 million", "report", "New York Times")]),
    ("There were reports of shelling overnight.", []),
    # what is acknowledged, announced, stressed, urged is the object
    ("In an essay last week, Ivanka Trump acknowledged their uphill battle.",
     [("their uphill battle", "acknowledged", "Ivanka Trump")]),  # not Donald Trump
    ("Clinton stressed her support of the 2011 raid that killed Osama bin Laden.",
     [("her support of the 2011 raid that killed Osama bin Laden", "stressed", "Clinton")]),
    # what is called for may be an act; what is pointed to
    ("President Obama called for reducing the corporate tax rate to 28 percent.",
     [("reducing the corporate tax rate to 28 percent", "called for", "Obama")]),
    ("The IMF pointed to Britain's decision to leave the European Union.",
     [("to Britain's decision to leave the European Union", "pointed", "IMF")]),
    # the sentence an "as X pointed out" opens, without its full stop (as "according to" leaves it)
    ("As many tax experts have pointed out, Mr. Trump is free to disclose his returns.",
     [("Mr. Trump is free to disclose his returns", "have pointed", "many tax experts")]),
    # after a semicolon, what follows the cue; a clause the parser hung as an adverbial
    ("It’s an extremely unlikely scenario; Clinton’s team says she’ll continue her march this week.",
     [("she’ll continue her march this week", "says", "Clinton’s team")]),
    ("Trump said after the convention he would not accept Cruz's endorsement.",
     [("after the convention he would not accept Cruz's endorsement", "said", "Donald Trump")]),
])
def test_nouns_and_clauses(nlp, paragraph, expected):
    assert claims_in(nlp, paragraph) == expected


@pytest.mark.parametrize("paragraph, speaker", [
    # "the agency" stands for an agency named before, never for the person named last
    ("Bernie Sanders spoke on Monday. The middle fifth paid 8.9 percent of income in taxes, the agency said.", ""),
    ("The Congressional Budget Office published its report. The middle fifth paid 8.9 percent of income in "
     "taxes, the agency said.", "Congressional Budget Office"),
])
def test_an_organisation_anaphor_names_no_person(nlp, paragraph, speaker):
    (claim,) = [c for c in claims_in(nlp, paragraph) if c[1] == "said"]
    assert claim[2] == speaker


@pytest.mark.parametrize("paragraph, expected", [
    # a clause before the cue sets the scene; the clause after it is what is said
    ("Writing for a Los Angeles Times panel that all agreed Pence won the debate, Mark Z. Barabak noted that "
     "the way Pence carried himself was critical to his success.",
     [("that the way Pence carried himself was critical to his success", "noted", "Mark Z. Barabak")]),
    ("Should Mr. Clarke's company run into financial trouble, environmentalists worry that the cost of "
     "reclaiming the mines could fall to West Virginia taxpayers.",
     [("that the cost of reclaiming the mines could fall to West Virginia taxpayers", "worry", "environmentalists")]),
    # one clause the parser split in two
    ("But Flynn said Trump has “enormous respect” for the military and his rubble comment was instead an "
     "expression of frustration with the strategy.",
     [("Trump has “enormous respect” for the military and his rubble comment was instead an expression of "
       "frustration with the strategy", "said", "Flynn")]),
    # a "that" clause the parser hung on the addressee
    ("In Honolulu last week, the president told a meeting of Pacific Island leaders that few people understood "
     "the stakes of climate change better than residents of low-lying islands.",
     [("that few people understood the stakes of climate change better than residents of low-lying islands",
       "told", "president")]),
    # whom the cue urges belongs to what is urged
    ("Graham urged Republicans to join the ranks of climate change believers.",
     [("Republicans to join the ranks of climate change believers", "urged", "Graham")]),
    # the accused and the charge; the accuser unnamed, not the accused
    ("Mr. Quiros was accused of using $50 million for personal expenses.",
     [("Mr. Quiros was accused of using $50 million for personal expenses", "was accused", "")]),
    ("He agreed to dissolve his charity, the Trump Foundation, which was accused of a series of legal violations.",
     [("of a series of legal violations", "was accused", ""),
      ("to dissolve his charity, the Trump Foundation, which was accused of a series of legal violations", "agreed",
       "")]),
    # a clause of time is the scene, not what was said; an indirect question with "when" is said
    ("Scott was speaking to the Virginia delegation when McAuliffe walked in the room.", []),
    ("Lawmakers have not said when they would take up the reauthorization.",
     [("when they would take up the reauthorization", "have not said", "Lawmakers")]),
    # a curly quotation mark may close a straight one, and the other way round
    ("The mayor said there was “no evidence\" yet of terrorism.\n\n\"We do not see a link to terrorism,\" the "
     "mayor said, adding that it would take \"more hours” before details emerge.",
     [("there was “no evidence\" yet of terrorism", "said", "mayor"),
      ("We do not see a link to terrorism", "said", "mayor"),
      ("that it would take \"more hours” before details emerge", "adding", "mayor")]),
])
def test_clause_choice(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # an adjective states its subject's attitude: with a clause, "about" or an infinitive
    ("Many Democrats are afraid that Mrs. Clinton's edge among black voters may be undercut by apathy.",
     [("that Mrs. Clinton's edge among black voters may be undercut by apathy", "are afraid", "Democrats",
       "belief")]),
    ("Protesters were frustrated that the police department released only some of the footage.",
     [("that the police department released only some of the footage", "were frustrated", "Protesters",
       "belief")]),
    ("Republicans weren't too concerned about this shift in strategy.",
     [("this shift in strategy", "weren't too concerned", "Republicans", "belief")]),
    ("Some Republicans were willing to go forward with a more limited climate bill.",
     [("to go forward with a more limited climate bill", "were willing", "Republicans", "intention")]),
    # an attitude word that holds nobody's attitude
    ("Frustrated voters stayed home.", []),
    ("It is clear that the plan failed.", []),
    # a form the lemmatizer reads as another word ("hoping" as "hop")
    ("The mayor is hoping that states will allow utilities to pass through the cost.",
     [("that states will allow utilities to pass through the cost", "is hoping", "mayor", "belief")]),
])
def test_attitude_adjectives(nlp, paragraph, expected):
    assert [(c[0], c[1], c[2], c[3]) for c in claims_in(nlp, paragraph, cue_type=True)] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a relative clause set off by a comma after the object is no part of what is endorsed
    ("Ted Cruz endorses Trump, who says he is honored.",
     [("Trump", "endorses", "Ted Cruz"), ("he is honored", "says", "Donald Trump")]),
    # a preposition that takes the content ("ruled against", "warned against", "agreed with")
    ("A federal appeals court ruled Friday against Ohio's procedure for removing voters from state rolls.",
     [("against Ohio's procedure for removing voters from state rolls", "ruled", "federal appeals court")]),
    ("Trump warned against potential hackers from China, Russia and North Korea.",
     [("against potential hackers from China, Russia and North Korea", "warned", "Donald Trump")]),
])
def test_object_edges(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


def test_a_cue_inside_the_next_quotation_does_not_take_a_signed_one(nlp):
    # the next signed quotation's "hope" is its own speaker's, not a cue for the one before
    # (the parser runs the signature line into the sentences around it)
    paragraph = ("”What is most infuriating is that he draws so much attention away from having the hard "
                 "conversations we should be having (about economics, justice, racism, violence, labor, the "
                 "environment, foreign policy, etc etc etc), which also implicate people in the center and on the "
                 "left.” ―\xa0Nell Carden Grey\n"
                 "“No sympathy, preparedness, integrity, a real fiasco. The most unqualified and ridiculous candidate "
                 "in the U.S. history and complete disrespect for Americans of this century and the previous ones. "
                 "Not a worthy representative for the most powerful nation in the world.” ― Oscar P. Quintero\n"
                 "“I just hope that this campaign gives the Hispanic community the anger to go out and register to "
                 "vote, that way they could be hear and respected.” ―\xa0Jorge Falcon")
    speakers = {content[:12]: speaker for content, _, speaker in claims_in(nlp, paragraph)}
    assert speakers == {"What is most": "Nell Carden Grey", "No sympathy,": "Oscar P. Quintero",
                        "I just hope ": "Jorge Falcon"}


def test_a_day_is_not_what_was_agreed_on(nlp):
    assert claims_in(nlp, "The ceasefire was agreed by Russia and Turkey on Monday.") == []
    assert claims_in(nlp, "Russia and Turkey agreed on a plan to avert a war.") == [
        ("on a plan to avert a war", "agreed", "Russia")]


def test_the_name_after_an_inverted_cue_is_the_speaker(nlp):
    # the parser hung "Dunford" on "speaking" and took a noun inside the quotation for the subject
    paragraph = ("“It’s the flow of foreign fighters,” said Dunford speaking to a conference on countering "
                 "extremism, “the ability to move resources, and the ideology that allows these groups to operate.”")
    claims = claims_in(nlp, paragraph)
    assert claims and {speaker for _, _, speaker in claims} == {"Dunford"}


@pytest.mark.parametrize("paragraph, expected", [
    # what a cue reports ends where, after a comma and "and", another speaker's attribution begins
    ("She said fathers and parents who adopt would not be eligible for the six weeks of paid leave, and when "
     "pressed on why the plan leaves out dads, the 34-year-old mother of three replied, \u201cIt's meant to benefit "
     "the mother.\u201d",
     [("It's meant to benefit the mother.", "replied", "34-year-old mother of three"),
      ("fathers and parents who adopt would not be eligible for the six weeks of paid leave", "said", "")]),
    # ... and leaves out its own attribution when that closes what it reports
    ("Juanita Castro spoke from Miami. The only thing on Cuban television is Elian's story, she said, and she "
     "feels the Cuban people are tired of it.",
     [("The only thing on Cuban television is Elian's story", "said", "Juanita Castro"),
      ("the Cuban people are tired of it", "feels", "Juanita Castro")]),
])
def test_content_ends_at_the_next_attribution(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, speaker", [
    # organisations conflict news quotes, from the actor dictionary (the model tags MSF a PERSON)
    ("Médecins Sans Frontières says 15 of the 20 hospitals it supports in eastern Ghouta have been hit by "
     "airstrikes.", "Médecins Sans Frontières"),
    ("The OPCW said on Friday that chlorine was likely used in the attack on Douma.",
     "Organisation for the Prohibition of Chemical Weapons"),
    # a relative who shares a dictionary person's surname is not that person
    ("Ivanka Trump noted the rule in an interview last week. She said fathers would not be eligible.", "Ivanka Trump"),
    # the WHO is an organisation, not a relative pronoun
    ("“At least 29 children and newborns are reported to have died,” the WHO said in a statement.",
     "World Health Organization"),
])
def test_speakers_named_by_the_dictionary_or_the_parse(nlp, paragraph, speaker):
    assert {s for _, _, s in claims_in(nlp, paragraph)} == {speaker}


def test_a_name_tagged_norp_with_a_person_in_apposition_is_that_person(nlp):
    paragraph = ("Kalin warned of a renewed exodus to Europe. Abu Mukhtar, an unemployed 48-year-old Idlib resident, "
                 "said the Tehran summit had temporarily calmed nerves. “It’s not so bad at the moment,” he said.")
    assert [s for _, _, s in claims_in(nlp, paragraph)] == ["Kalin", "Abu Mukhtar", "Abu Mukhtar"]


@pytest.mark.parametrize("paragraph, expected", [
    # a quotation inside what is reported keeps what it is said of, and its closing mark
    ("In a White House statement, President Obama condemned Friday's test as \"provocative and destabilizing\" and "
     "a \"grave threat\" to regional and international stability.",
     [("Friday's test as \"provocative and destabilizing\"", "condemned", "Obama")]),
    ("The foreign secretary, Jeremy Hunt, said Isis “had lost almost all the territory they once held”.",
     [("Isis “had lost almost all the territory they once held”", "said", "Jeremy Hunt")]),
    # what a quotation is all of stays the quotation ("characterized as “...”")
    ("The Iraqi government called the bombings, which the Pentagon characterized as “precision defensive "
     "strikes,” a “dangerous violation” of the rules.",
     [("the bombings, which the Pentagon characterized as “precision defensive strikes,” a “dangerous violation” of "
       "the rules", "called", "Iraqi government"), ("precision defensive strikes", "characterized", "Pentagon")]),
])
def test_a_mixed_quotation_keeps_what_it_is_said_of(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # a belief or intention told inside its speaker's own statement is that statement's content
    ("Clinton said she thinks America is strongest when people work together.",
     [("she thinks America is strongest when people work together", "said", "Clinton")]),
    ("For his part, Mr. Obama said he planned to stay active in fighting climate change.",
     [("he planned to stay active in fighting climate change", "said", "Obama")]),
    ("Clinton now says she opposes the deal.", [("she opposes the deal", "now says", "Clinton")]),
    # ... but someone else's is a claim of its own
    ("Clinton said Republicans think the tax cuts will pay for themselves.",
     [("Republicans think the tax cuts will pay for themselves", "said", "Clinton"),
      ("the tax cuts will pay for themselves", "think", "Republicans")]),
])
def test_an_attitude_inside_its_speakers_statement_is_no_second_claim(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # someone accused in a participle, by no one named, is accused by no one the text names
    ("The committee lists four cases in which Kaine defended people accused of rape or murder.",
     [("people accused of rape or murder", "defended", "Kaine"), ("of rape or murder", "accused", "")]),
    # what is reported runs on through a sentence break the parser made where the text has none
    ("At Monday’s presidential debate, Clinton mentioned disparaging remarks Trump had made about Machado as "
     "examples of the Republican nominee’s disrespect for women.",
     [("disparaging remarks Trump had made about Machado as examples of the Republican nominee’s disrespect for "
       "women", "mentioned", "Clinton")]),
    # an infinitive's second verb, which the parser hung on the cue; not a second predicate (the
    # same pledge told under "if" is a supposition: see test_what_a_cue_reports_and_what_is_no_telling)
    ("China raised its target after the Chinese pledged to cap and then gradually reduce their emissions.",
     [("to cap and then gradually reduce their emissions", "pledged", "Chinese")]),
    ("China would raise its target if the Chinese pledged to cap and then gradually reduce their emissions.", []),
    ("Turkey refuses to discuss these issues and will feel under no new pressure to engage.",
     [("to discuss these issues", "refuses", "Turkey")]),
    # "X charges that ...", which the parser reads as the actor's noun "charges"
    ("Trump charges that countries that stand to benefit from the deal donated millions of dollars to the Clinton "
     "Foundation.", [("that countries that stand to benefit from the deal donated millions of dollars to the Clinton "
                      "Foundation", "charges", "Donald Trump")]),
    # an amount added is nothing said
    ("The plan would eventually add $84 billion over 10 years, the Tax Policy Center said.",
     [("The plan would eventually add $84 billion over 10 years", "said", "Tax Policy Center")]),
])
def test_speakers_not_guessed_contents_not_cut_amounts_not_said(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


def test_a_lost_subject_is_the_active_subject_above_the_cue(nlp):
    # the parse hangs "rejected" on the passive "should be treated": its speaker is the
    # subject of "told", not the person named inside that subject's apposition
    paragraph = ("Shamima Begum left London in 2015. Tasnime Akunjee, a lawyer for Begum’s family when she first "
                 "disappeared, told the Guardian the teenager should be treated as a victim, and rejected claims that "
                 "it was too dangerous for officials to go.")
    assert {(cue, speaker) for _, cue, speaker in claims_in(nlp, paragraph) if cue in ("told", "rejected")} == {
        ("told", "Akunjee"), ("rejected", "Akunjee")}


@pytest.mark.parametrize("paragraph, expected", [
    # a quotation of a few words that opens its sentence before its attribution is said
    ("“You winning?” she said, but Kevin was drifting off again.", [("You winning?", "said", "")]),
    ("“Boo!” the crowd chanted.", [("Boo!", "chanted", "crowd")]),
    # ... a few quoted words inside a sentence are a scare quote
    ("Hundreds marched against the “peace plan” on Friday, officials said.",
     [("Hundreds marched against the “peace plan” on Friday", "said", "officials")]),
    # "According to X, ..." that the parser made the sentence's root
    ("According to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and desperation.",
     [("the move reeks of “fear” and desperation", "According to", "Rush Limbaugh")]),
    # the writer's own "I" is no one the story names
    ("Jack Letts went to Syria in 2014. I don’t know why he went, and I suspect no one does.",
     [("why he went", "don’t know", ""), ("no one does", "suspect", "")]),
])
def test_short_quotations_according_to_and_the_writer(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # a relative clause set off at the end of an object tells of a noun inside it, not what was cited
    ("He cited criticism of NBC's Matt Lauer, who took heat for his questioning of the Republican nominee.",
     [("criticism of NBC's Matt Lauer", "cited", "")]),
    # the second verb of an infinitive, hung on the main verb the participle qualifies
    ("Mrs. Clinton has embraced Mr. Obama's approach, promising to meet and in some cases exceed his goals without "
     "trying to pass cap-and-trade legislation.",
     [("Mr. Obama's approach", "has embraced", "Clinton"),
      ("to meet and in some cases exceed his goals without trying to pass cap-and-trade legislation", "promising",
       "Clinton")]),
])
def test_what_an_object_or_infinitive_reports(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # what is demanded, confirmed or reported is the object itself
    ("The United Nations demanded an immediate ceasefire in Idlib.",
     [("an immediate ceasefire in Idlib", "demanded", "United Nations")]),
    ("Kurdish officials confirmed his death on Sunday.", [("his death", "confirmed", "Kurdish officials")]),
    # evidence told by "it": the video just named, not a person
    ("The family released the video on Friday. It shows an officer aiming a gun at the man.",
     [("an officer aiming a gun at the man", "shows", "")]),
])
def test_objects_that_are_what_is_said(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # the speech word right before a quotation tells it, though the parser read it as a noun
    # and gave the quotation to the verb of the sentence
    ("The spot concludes with footage of Trump saying, “That makes me smart,” when Clinton noted he had paid no "
     "federal income tax.",
     [("That makes me smart", "saying", "Donald Trump"), ("he had paid no federal income tax", "noted", "Clinton")]),
    # a colon after the cue leads into the quotation
    ("The coroner, David Horsley, recorded a narrative verdict. The coroner continued: “He was someone who felt deeply "
     "about the world and its problems.”",
     [("He was someone who felt deeply about the world and its problems.", "continued", "coroner")]),
])
def test_the_word_leading_into_a_quotation_tells_it(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # a command or an obligation says nothing yet
    ("Now tell us this isn't a witch hunt of the highest order!", []),
    ("Hillary Clinton needs to sell herself and tell more jokes.", []),
    # a verb with an object of its own, joined to another clause, does not report that clause
    ("The paranoia remained but found other points of focus, such as the devil's hand in my brother's addiction.", []),
    ("He had fled to a neighbouring country, but didn’t find safety there.", []),
    # the state something was found in is no finding; a time shows nothing
    ("A few years later they were found abandoned on a roadside.", []),
    ("The body was found dumped in a field.", []),
    ("The last week appears to have shown that Assad can press ahead with this brutality.", []),
    ("“Most want to leave, like me,” said the 26-year-old.", [("Most want to leave, like me", "said", "26-year-old")]),
    # what is refused is not denied as untrue; what is put in danger is not threatened with
    ("The UN and other aid organisations have been denied access to Ghouta since late last year.", []),
    ("Kurdish militias threaten Turkey's sovereignty.", []),
    # ... an attribution joined at the end still does, its addressee no object of its own
    ("Shops have reopened and the city is calm, residents told the BBC.",
     [("Shops have reopened and the city is calm", "told", "residents")]),
])
def test_commands_obligations_and_joined_verbs_report_nothing(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # "who" after what a named person is said to be: that person speaks
    ("Donald Trump is a serial liar, rampant xenophobe and birther who has repeatedly pledged to ban all Muslims.",
     [("to ban all Muslims", "has repeatedly pledged", "Donald Trump")]),
    # ... not where the noun names someone else beside it
    ("One of the few to welcome the decision has been the Russian president, Vladimir Putin, who remarked that he "
     "agreed.", [("that he agreed", "remarked", "Vladimir Putin")]),
])
def test_who_after_a_predicate_noun(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


def test_a_quotation_no_cue_tells_does_not_take_a_later_attribution(nlp):
    # a scare quote, then narrative, then the speaker's own attributed quotation: two rows,
    # not one split quotation spanning the narrative
    paragraph = ("Shamima Begum fled London in 2015. She had been lured by propaganda videos about the “good life "
                 "they can provide”. She had also viewed beheading videos. The father of her newborn son is a fighter "
                 "and despite her four years in Syria, Begum said: “I actually do support some British values.”")
    said = [(content, speaker) for content, cue, speaker in claims_in(nlp, paragraph) if cue == "said"]
    assert said == [("I actually do support some British values.", "Shamima Begum")]


@pytest.mark.parametrize("paragraph, expected", [
    # what someone declined or refused to tell is no stance of theirs
    ("Obama declined to say whether he supports the deal.",
     [("to say whether he supports the deal", "declined", "Obama")]),
    # a "she" the text leaves unresolved inside a person's statement is that person's
    ("Theresa May said she would back military action.", [("she would back military action", "said", "Theresa May")]),
    # ... a belief told inside what was declined, not a telling, stays
    ("Three diplomats refused to put their names to their thoughts, which they collectively believed would be "
     "dismissed.", [("to put their names to their thoughts, which they collectively believed would be dismissed",
                     "refused", "diplomats"),
                    ("would be dismissed", "collectively believed", "diplomats")]),
])
def test_a_stance_inside_what_was_told_or_not_told(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # a verb that frames its object ("as", "to") characterises it: that is the claim
    ("Critics have painted Trump as a Romney caricature.",
     [("Trump as a Romney caricature", "have painted", "Critics")]),
    ("The New York Times likened the president to a mafia boss.",
     [("the president to a mafia boss", "likened", "New York Times")]),
    ("The foreign minister, Jean-Yves Le Drian, referred to them as enemies of the nation.",
     [("them as enemies of the nation", "referred", "Jean-Yves Le Drian")]),
    # ... also where the parser hangs the "as" on the object of a view
    ("Some veterans saw the comment as a dig at America's military.",
     [("the comment as a dig at America's military", "saw", "Some veterans")]),
    # ... unframed, the same verbs say nothing, and never tell a quotation
    ("He painted the house.", []),
    ("She has assumed a new role as state counsellor.", []),
    # "attacked X for Y" is an accusation; the act is none, with or without a reason's look-alike
    ("Trump attacked Clinton for her support of military action in Iraq and Libya.",
     [("Clinton for her support of military action in Iraq and Libya", "attacked", "Donald Trump")]),
    ("Rebels attacked the convoy for the third time. Jets attacked the town for hours.", []),
    ("Turkish troops will attack what Ankara regards as Kurdish terrorist havens.",
     [("what Ankara regards as Kurdish terrorist havens", "regards", "Turkey")]),
    ("The Kurds were savagely attacked by the Turkish military.", []),
])
def test_framing_verbs(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


def test_a_framing_verb_tells_no_quotation(nlp):
    paragraph = "The boys spray-painted “the people want to topple the regime” on a wall."
    assert not [cue for content, cue, speaker in claims_in(nlp, paragraph) if "paint" in cue]


@pytest.mark.parametrize("paragraph, expected", [
    # a pro-form stands for what was said before it; it is the claim's content
    ("Flynn said as much in an interview.", [("as much", "said", "Flynn")]),
    ("Clinton’s campaign manager Robby Mook said as much in an interview earlier Thursday morning.",
     [("as much", "said", "Robby Mook")]),  # "much" parsed as an adverb
    ("Republicans have said the same thing.", [("the same thing", "have said", "Republicans")]),
    ("The senator said so on Monday.", [("so", "said", "senator")]),
    # ... not a noun that is only the same one, nor "so" before what it qualifies
    ("They share the same customs and speak the same language.", []),
    ("He said so many things.", []),
])
def test_pro_form_contents(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # two objects of a denial: something withheld, not denied as untrue
    ("The state had long denied them identity papers.", []),
    ("Vladimir Putin had earlier rejected Erdoğan’s calls for a ceasefire.",
     [("Erdoğan’s calls for a ceasefire", "had earlier rejected", "Vladimir Putin")]),
    # the parser's second object is what the first is called
    ("Odinga branded the polling a “sham” due to the lack of reform.",
     [("the polling a “sham”", "branded", "Odinga")]),
    # a conjunction the parser hung on the content is no part of it
    ("Assad’s officials have branded all those who stood against him as terrorists, and years of language have "
     "clouded the reality.", [("all those who stood against him as terrorists", "have branded")]),
])
def test_second_objects_and_dangling_conjunctions(nlp, paragraph, expected):
    assert sorted((c, cue) for c, cue, s in claims_in(nlp, paragraph) if cue != "calls for") == \
        sorted(e[:2] for e in expected)


def test_a_that_clause_hung_on_a_phrase_after_the_addressee(nlp):
    paragraph = ("“We live in Satan's kingdom,” my father often said.\n\nHe also told one of his young protégés on a "
                 "regular basis that “terrorism is the answer.” Birchers despised communists.")
    told = [(content, cue) for content, cue, speaker in claims_in(nlp, paragraph)]
    assert ("terrorism is the answer.", "also told") in told
    assert ("We live in Satan's kingdom", "often said") in told


@pytest.mark.parametrize("paragraph, expected", [
    # the attribution goes on after its comma: what was said ends before it, and the second
    # verb is the attribution's speaker's
    ("The attack killed 12 civilians, Syria's health ministry said on Sunday, adding that rescue teams were still "
     "searching the rubble.",
     [("The attack killed 12 civilians", "said", "health ministry"),
      ("that rescue teams were still searching the rubble", "adding", "health ministry")]),
    ("The strike killed 25 fighters, Syria's health ministry said, and added that the group would be held "
     "responsible.",
     [("The strike killed 25 fighters", "said", "health ministry"),
      ("that the group would be held responsible", "added", "health ministry")]),
    # ... not where the words before the attribution only open the sentence
    ("Though that transition was relatively seamless, Fowler said, replacing Clinton would be much more "
     "acrimonious.",
     [("Though that transition was relatively seamless, Fowler said, replacing Clinton would be much more "
       "acrimonious", "said", "Fowler")]),
])
def test_an_attribution_that_goes_on_after_its_comma(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # the subject of what was said, which the parser hung on the cue, is part of it
    ("Air Wars, a group that tracks the civilian cost of the campaign, said between nine and 50 civilians died in "
     "that attack.", [("between nine and 50 civilians died in that attack", "said", "Air Wars")]),
    ("Pompeo claimed the US under Obama had been timid about asserting itself.",
     [("the US under Obama had been timid about asserting itself", "claimed", "Mike Pompeo")]),
    # ... never where the telling was made, nor the one told ("forcefully told a young woman who ...")
    ("Syria's health ministry said on Sunday in a statement killed 12 people.",
     [("killed 12 people", "said", "health ministry")]),
])
def test_a_lost_subject_of_what_was_said(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


def test_a_clause_past_the_cues_own_infinitive_is_not_its_content(nlp):
    paragraph = ("Turkey claims to have encircled Afrin in northern Syria, besieging up to 200,000 civilians, many of "
                 "whom were attempting to flee what they fear will be an imminent blockade.")
    claimed = [content for content, cue, speaker in claims_in(nlp, paragraph) if cue == "claims"]
    assert len(claimed) == 1 and claimed[0].startswith("to have encircled Afrin")


@pytest.mark.parametrize("paragraph, speaker", [
    # a cue the parser joined to the reported clause is the teller's when that clause's
    # subject cannot speak ...
    ("Mike Pompeo, the hawkish director of the CIA, has declared that years of soft US policy towards Russia are "
     "over and vowed to promote democracy and human rights.", "Mike Pompeo"),
    # ... and the reported clause's own subject's when it can
    ("Merrill says Machado promised to continue supporting Clinton and said she would stand up to the attacks.",
     "Machado"),
])
def test_the_speaker_of_a_cue_joined_to_a_reported_clause(nlp, paragraph, speaker):
    second = [s for content, cue, s in claims_in(nlp, paragraph) if cue in ("vowed", "said")]
    assert second == [speaker]


@pytest.mark.parametrize("pronoun, speaker", [("She denies", "Sarah Jones"), ("He denied", "Abu Sayyaf")])
def test_a_kunya_tells_a_persons_gender(nlp, pronoun, speaker):
    paragraph = ("Sarah Jones served tea to the Isis oil minister, Abu Sayyaf, for a year. "
                 f"Abu Sayyaf was killed in a raid by US commandos. {pronoun} being a senior member of Isis.")
    assert [s for content, cue, s in claims_in(nlp, paragraph) if cue in ("denies", "denied")] == [speaker]


def test_a_cue_telling_words_of_its_own_does_not_take_the_quotation_before_it(nlp):
    # the quotation closes its sentence; the next sentence's "said" reports its own clause
    paragraph = ("“Mostly it was a normal life in Raqqa,” she said. “But when I saw my first severed head in a bin "
                 "it didn’t faze me at all.” She said Sultana and Abase had also married foreign fighters.")
    from datetime import date

    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=paragraph)],
                              default_published=date(2016, 9, 1))
    cue_of = {c.content: c.cue_start for c in result.claims}
    head = next(content for content in cue_of if "severed head" in content)
    assert cue_of[head] == paragraph.index("said")  # the attribution before it goes on, not the next one
    assert cue_of["Sultana and Abase had also married foreign fighters"] == paragraph.rindex("said")
    # ... but a quotation its attribution splits is still the attribution's
    split = claims_in(nlp, "“Every time you say that,” Tester said, “you give ammunition to the people.”")
    assert [cue for content, cue, speaker in split if "Every time" in content] == ["said"]


def test_a_relative_clause_the_parser_made_a_clause_is_not_what_was_said(nlp):
    paragraph = ("He pointed to the hundred foreign fighters a month still crossing Turkey’s border into Iraq and "
                 "Syria that suggested a continuing level of resilience.")
    assert [content for content, cue, speaker in claims_in(nlp, paragraph) if cue == "pointed"] == \
        ["to the hundred foreign fighters"]
    # ... an embedded question still is
    assert claims_in(nlp, "She asked who had fired first.") == [("who had fired first", "asked", "")]


def test_an_unframed_framing_verb_does_not_end_what_was_said(nlp):
    paragraph = ("Soldiers said they had seen women with guns among those fighting, and that two female suicide "
                 "bombers had attacked in the last month.")
    said = [content for content, cue, speaker in claims_in(nlp, paragraph) if cue == "said"]
    assert said and said[0].endswith("had attacked in the last month")


@pytest.mark.parametrize("paragraph, expected", [
    # what an actor shows is its conduct, no evidence ...
    ("The Trinidadian authorities have shown little interest in reuniting the family.", []),
    # ... what a poll or a video shows is
    ("A new poll shows that Trump remains in a tight race.",
     [("that Trump remains in a tight race", "shows", "new poll")]),
])
def test_evidence_is_no_actors_conduct(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # an accusation told as not made is none
    ("Neither Clinton nor her allies have been charged with any crime.", []),
    ("Mr. Trump has never been charged.", []),
    ("She did not accuse him of lying.", []),
    # ... one made reports the accused with the charge
    ("Prosecutors charged him with murder.", [("him with murder", "charged", "Prosecutors")]),
])
def test_accusations_made_and_not_made(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # what a thing threatens or promises is no one's threat or promise
    ("Increasing tensions threaten to lead to a full-blown military escalation.", []),
    ("The deal promises to be a tough fight.", []),
    # ... nor is threatening someone with nothing threatened
    ("Rojava doesn't threaten them militarily. It threatens them.", []),
    # ... people's and groups' are
    ("The militants threatened to kill the hostages.", [("to kill the hostages", "threatened", "militants")]),
    ("The president promised to withdraw the troops.", [("to withdraw the troops", "promised", "president")]),
    # the charge the parser hung on a passive's agent is no part of the accuser's name
    ("Iran has been accused by its enemies of attempting to create a crescent of influence.",
     [("Iran has been accused by its enemies of attempting to create a crescent of influence",
       "has been accused", "its enemies")]),
])
def test_threats_promises_and_accusers(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


def test_a_quotation_right_after_its_speakers_reported_words_goes_on_with_them(nlp):
    paragraph = ("Muthana said she had not been in contact with US officials since her capture. “I would tell them "
                 "please forgive me for being so ignorant. I believe that America gives second chances.”")
    rows = claims_in(nlp, paragraph)
    quoted = [(cue, speaker) for content, cue, speaker in rows if content.startswith("I would tell them")]
    assert quoted == [("said", "Muthana")]
    # ... the quotation's own cues are its speaker's words, not claims of their own
    assert not [cue for content, cue, speaker in rows if cue in ("would tell", "believe")]
    # ... not after a deed ("proposed a ban"), nor after a cue inside another quotation
    deed = claims_in(nlp, "In 2015 the Harper government proposed a ban on citizenship oaths under a niqab. "
                          "“That’s when things started changing.”")
    assert [speaker for content, cue, speaker in deed if content.startswith("That’s when")] in ([""], [])


@pytest.mark.parametrize("paragraph, quotation, speaker", [
    # ... also after an attribution that closes its sentence ("..., she said.", "..., says X, a ...")
    ("Russian obstructionism was thwarting the search for justice, Carla Del Ponte said. “It was all about the "
     "inaction of the security council.”", "It was all about", "Carla Del Ponte"),
    ("Refugees who arrived tended to learn Turkish, says Saadi Haruti, a professor of history at Erbil’s "
     "Salahaddin University. “Sometimes they even forgot their own language.”", "Sometimes they", "Saadi Haruti"),
])
def test_a_quotation_after_an_attribution_that_closes_its_sentence(nlp, paragraph, quotation, speaker):
    assert [s for content, cue, s in claims_in(nlp, paragraph) if content.startswith(quotation)] == [speaker]


def test_an_opening_mark_typed_for_the_closing_one_closes_the_quotation(nlp):
    paragraph = ("“There is absolutely no cause for concern. Cyprus remains one of the safest places in Europe.“ "
                 "The island is expecting more than three million tourists this year. The Guardian writes that the "
                 "path has been cleared for British military action.")
    rows = claims_in(nlp, paragraph)
    assert ("that the path has been cleared for British military action", "writes", "Guardian") in rows
    assert any(content.endswith("safest places in Europe.") for content, cue, speaker in rows)


@pytest.mark.parametrize("paragraph, expected", [
    # speech acts of complaint, praise and pleading
    ("Sanders has railed against the special-interest provisions that pock the tax code.",
     [("against the special-interest provisions that pock the tax code", "has railed", "Sanders")]),
    ("Trump bemoaned the unrest in Charlotte.", [("the unrest in Charlotte", "bemoaned", "Donald Trump")]),
    ("Kasich exhorted Republicans to vote their conscience.",
     [("Republicans to vote their conscience", "exhorted", "Kasich")]),
    ("Erdoğan reaffirmed that Turkey will not countenance Assad remaining in power.",
     [("that Turkey will not countenance Assad remaining in power", "reaffirmed", "Recep Tayyip Erdogan")]),
    # ... "rail" in no other sense
    ("The train railed through the valley.", []),
    # thanks, congratulations and a grilling are framed by what they are for
    ("Putin congratulated Erdogan on his election victory.",
     [("Erdogan on his election victory", "congratulated", "Vladimir Putin")]),
    ("Warren grilled Wells Fargo CEO John Stumpf for his role in the scheme.",
     [("Wells Fargo CEO John Stumpf for his role in the scheme", "grilled", "Warren")]),
    ("He grilled the steaks on Sunday.", []),
])
def test_more_speech_acts(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # a quotation inside what is reported keeps what it is said of, a pronoun too
    ("Friends describe him as “an amazing guy”.", [("him as “an amazing guy”", "describe", "Friends")]),
    ("Lindsey Graham criticised the withdrawal, calling it “an Obama-like mistake”.",
     [("the withdrawal", "criticised", "Lindsey Graham"), ("it “an Obama-like mistake”", "calling", "Lindsey Graham")]),
])
def test_a_quotation_keeps_the_pronoun_it_is_said_of(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # a comment told as not made says nothing ...
    ("The Home Office would not comment on whether it would seek their extradition.", []),
    ("Relatives of the pair said they did not wish to comment on their capture.",
     [("they did not wish to comment on their capture", "said", "Relatives of the pair")]),
    # ... nor takes a quotation before it as its speaker's
    ("“We held training at her local mosque.” Donald Trump has not commented on her situation.",
     [("We held training at her local mosque.", "", "")]),
    # what a comment, complaint or tweet is about is what was said
    ("The governor commented on the shooting death of Crutcher.",
     [("on the shooting death of Crutcher", "commented", "governor")]),
    ("Trump complained about his microphone after the debate.",
     [("about his microphone", "complained", "Donald Trump")]),
    ("The president tweeted about the strikes on Sunday.", [("about the strikes", "tweeted", "president")]),
])
def test_comments_made_and_not_made(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # what no one says is no one's claim; "No 10" is a place, not a "no"
    ("He was the ultimate authority and no one could argue with him about religious law.", []),
    ("No one knows how it will end.", []),
    ("A No 10 spokesman said details would be released this evening.",
     [("details would be released this evening", "said", "spokesman")]),
    # a place is defended with arms, a decision with words
    ("The US has refused to lift a finger to defend Afrin.",
     [("to lift a finger to defend Afrin", "has refused", "United States")]),
    ("The minister defended the decision to strike.", [("the decision to strike", "defended", "minister")]),
    # the place where speakers are is not whom they speak for
    ("Doctors inside Ghouta say up to 12 medical facilities have been bombed.",
     [("up to 12 medical facilities have been bombed", "say", "Doctors inside Ghouta")]),
    # one named by a tie to another, or with someone named in an aside, is who speaks
    ("The father of Shamima Begum, a teenager who travelled to Syria to join Islamic State, has urged the "
     "government not to revoke her citizenship.",
     [("the government not to revoke her citizenship", "has urged", "father of Shamima Begum")]),
    ("Several sources have suggested the US-led coalition against Isis is seeking to hand over suspects.",
     [("the US-led coalition against Isis is seeking to hand over suspects", "have suggested", "Several sources"),
      ("to hand over suspects", "is seeking", "US-led coalition")]),
    # a cue closing its sentence with no words of its own tells the quotation after it
    ("There will be no running. Munef al-Shami, an opposition leader, agreed. “The Turks will help us.”",
     [("The Turks will help us.", "agreed", "Munef al-Shami")]),
    # a remark or comment names what was said; a user of a platform is not the platform
    ("Finally, we come to Williamson’s remark that “a dead terrorist can’t cause any harm to Britain”.",
     [("a dead terrorist can’t cause any harm to Britain", "remark", "Williamson")]),
    ("As one Twitter user @nycsouthpaw pointed out, the gap between the candidates is vast.",
     [("the gap between the candidates is vast", "pointed", "one Twitter user @nycsouthpaw")]),
    # one accused in a participle clause is no accuser; what is made certain is no promise
    ("At least three British men are in custody in Syria, accused of being members of Isis.",
     [("of being members of Isis", "accused", "")]),
    ("The intervention has assured a long-term Russian military presence in Syria.", []),
    ("The minister assured MPs that the troops would return.",
     [("that the troops would return", "assured", "minister")]),
    # a subject the parser made the cue's object still opens what was said
    ("Begum has said all she wants to do is come home to the UK so her child can receive proper medical care.",
     [("all she wants to do is come home to the UK so her child can receive proper medical care", "has said",
       "Begum")]),
])
def test_who_says_and_what_is_said(nlp, paragraph, expected):
    assert sorted(claims_in(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, kind", [
    # a condemning word condemns where the content says something is one ...
    ("Ankara regards the YPG as a terrorist organisation.", "condemnation"),
    ("Iraq's deputy speaker said Trump's latest comments were a blatant violation of sovereignty.", "condemnation"),
    ("The ministry said the regime's illegal use of weapons was the biggest killer of civilians.", "condemnation"),
    # ... not where it names what is told of
    ("The SDF said its fighters advanced deep into areas controlled by the terrorist organisation.", "statement"),
    ("The court said Prakash must stay behind bars for now to answer local terrorism charges.", "statement"),
    ("Turkey said it would shortly mount an assault on the Kurdish-held town of Afrin.", "statement"),
    # ... nor where it is the topic a cue takes ("discuss terrorism")
    ("The Syrian delegation would only discuss terrorism.", "statement"),
    # ... nor where the cue is negated
    ("The US, EU and Britain, however, do not consider the YPG a terrorist group.", "statement"),
])
def test_a_condemnation_says_what_something_is(nlp, paragraph, kind):
    from datetime import date

    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=paragraph)],
                              default_published=date(2018, 1, 20))
    assert [c.kind for c in result.claims] == [kind]


@pytest.mark.parametrize("paragraph, kind", [
    # a warning threatens when it warns someone off, names the speaker's answer, or is an infinitive
    ("The Trump administration warned Iraq many times about the possibility of a strike.", "threat"),
    ("Trump warned the Syrian president not to recklessly attack Idlib province.", "threat"),
    ("The White House warned that the US would respond swiftly if Assad used chemical weapons again.", "threat"),
    ("The militia warned the plan could make American forces legitimate targets.", "threat"),
    ("Israel has been repeatedly warning to attack Iranian positions in Syria.", "threat"),
    # ... else it tells of a danger
    ("Aid agencies warned that a large-scale assault on Idlib could cause a humanitarian crisis.", "statement"),
    ("The UN has warned of the worst humanitarian catastrophe of this century.", "statement"),
    ("Germany warned that their repatriation would be extremely difficult.", "statement"),
    # ... also where the parser takes what it warns of for whom it warns
    ("Critics have warned the decision to suspend the approach could put the UK's opposition to the death penalty "
     "in jeopardy.", "statement"),
    ("Guterres warned the major powers they are rushing towards catastrophe.", "statement"),
])
def test_a_warning_is_a_threat_only_of_the_speakers_own_doing(nlp, paragraph, kind):
    from datetime import date

    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=paragraph)],
                              default_published=date(2018, 1, 20))
    assert [c.kind for c in result.claims] == [kind]


def _claims(nlp, paragraph):
    from datetime import date

    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=paragraph)],
                              default_published=date(2018, 12, 21))
    assert result.document.status == "ok", result.document.error
    return [(c.speaker, c.cue, c.content) for c in result.claims]


@pytest.mark.parametrize("paragraph, expected", [
    # a cue whose object is its content reports the object, not a clause the parser hung before it
    ("UK defence and foreign ministers, habitually inclined to keep differences with the US out of public "
     "sight, openly criticised Trump's decision.",
     [("UK defence and foreign ministers", "openly criticised", "Trump's decision")]),
    # acts done to something are no telling: "maintain" reports a clause only
    ("The people who continually inspect, maintain, repair and replace them tend to be contractors.", []),
    ("The US and its allies also maintain the SDF as a buffer against the Assad regime.", []),
    ("The general maintained that the withdrawal was a mistake.",
     [("general", "maintained", "that the withdrawal was a mistake")]),
    # defending oneself is fighting, not speaking
    ("Their former allies will be sitting ducks, unable to defend themselves against the weaponry.", []),
    # a passive report with an infinitive is by no one named, whatever the parser made its subject
    ("With an estimated 850 Britons believed to have joined the war in Syria, any insight is valued.", []),
    ("The two men thought to be responsible are now back in Russia.", []),
    # a cue in a clause of time or condition is no attribution aside ("since" may be the adverb)
    ("About 10 of Santiago's family members stood when his case was called, holding up a sign.", []),
    ("Reports of an attack using chlorine would represent a further escalation if confirmed.", []),
    ("The vote was postponed after the third-placed candidate alleged fraud, a claim since dismissed by the "
     "supreme court.", [("supreme court", "dismissed", "a claim since dismissed by the supreme court")]),
    # a supposition is no claim; a clause before a semicolon is not what the cue after it reports
    ("The general said Russia would use its air defences if the US sought to strike Syria.",
     [("general", "said", "Russia would use its air defences if the US sought to strike Syria")]),
    ("Around a million of Idlib’s inhabitants fled there from other areas, in some cases by arrangement with the "
     "government when rebel groups elsewhere surrendered; yet the regime seeks to use the heavy presence of "
     "jihadists as a pretext.",
     [("Syrian government", "seeks", "to use the heavy presence of jihadists as a pretext")]),
    # done to a person, not to what was said; a name given, not a call
    ("She met a man on Tinder who rejected him.", []),
    ("Putin demonstratively embraced the Syrian president Bashar al-Assad.", []),
    ("Renas, a 26-year-old Londoner, asked to be called only by her Kurdish nom de guerre.",
     [("Renas", "asked", "to be called only by her Kurdish nom de guerre")]),
    # a phone call, a meeting or an election called is no calling something something
    ("Neighbors called police after hearing shots.", []),
    ("Anyone with information is asked to call Crime Stoppers.", [("", "is asked", "to call Crime Stoppers")]),
    ("Theresa May has called an emergency cabinet meeting.", []),
    ("Anyone with information is urged to call the TIPS Hotline at 816-474-8477.",
     [("", "is urged", "to call the TIPS Hotline at 816-474-8477")]),
    ("In 2013 the US failed to enforce what Barack Obama called a red line.",
     [("Barack Obama", "called", "what Barack Obama called a red line")]),
    ("Police called the death a homicide.", [("police", "called", "the death a homicide")]),
    ("Lavrov’s deputy, Mikhail Bogdanov, called the threat of a strike “extremely dangerous”.",
     [("Mikhail Bogdanov", "called", "the threat of a strike “extremely dangerous")]),
    # a gun pointed is no point made
    ("A 17-year-old boy pointed a gun at her and fired.", []),
    ("Officials pointed out that the attack was planned.", [("officials", "pointed", "that the attack was planned")]),
    # someone or something found is no finding; a finding that, a verdict or a judgement is
    ("Upon arrival, police found four people shot inside a vehicle.", []),
    ("The gun belongs to the boy's father and was found behind a TV.", []),
    ("Investigators found the fire was set deliberately.", [("Investigators", "found", "the fire was set deliberately")]),
    ("The jury found him guilty of murder.", [("jury", "found", "him guilty of murder")]),
    ("Not everyone finds that pitch compelling.", [("Not everyone", "finds", "that pitch compelling")]),
    # a "when" clause is the time of what "which" stands for, not what was assumed
    ("First impressions: Canada is cold, which he assumed when he was given a winter coat on arrival.",
     [("", "assumed", "Canada is cold")]),
    ("Muthana earlier described herself as “ignorant and arrogant” when she fled the US.",
     [("Muthana", "earlier described", "herself as “ignorant and arrogant”")]),
    # the charge an accused is charged with
    ("The 17-year-old suspect, of Hartford, has been charged with first-degree assault.",
     [("", "has been charged", "The 17-year-old suspect, of Hartford, has been charged with first-degree assault")]),
])
def test_what_a_cue_reports_and_what_is_no_telling(nlp, paragraph, expected):
    assert _claims(nlp, paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # meeting someone is no view of them; being seen somewhere is the witnesses' claim
    ("Against a backdrop of friction, it is unclear who Bolton will be seeing in Ankara.", []),
    ("Witnesses saw him in Abu Kamal after Ramadan.", [("Witnesses", "saw", "him in Abu Kamal")]),
    # recognising a government is an act; recognising that ... a belief
    ("Other Arab countries are preparing to recognise Assad as victor by sending diplomats to Damascus.", []),
    # what is planned or prepared is not yet told (the plan is its own claim)
    ("Ryan plans to bemoan America's broken politics.", [("Ryan", "plans", "to bemoan America's broken politics")]),
    # a purpose is no one's intention
    ("Turkey launched the operation, which aims to create a 30km-deep buffer zone.", []),
])
def test_meetings_acts_plans_and_purposes(nlp, paragraph, expected):
    assert _claims(nlp, paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # the teller's own participle the parser hung on the reported clause: the teller's words,
    # and no part of what the teller said before it
    ("Diane Abbott, the shadow home secretary, said Javid had a moral responsibility for the baby, adding that he "
     "“behaved shamefully”.",
     [("Diane Abbott", "said", "Javid had a moral responsibility for the baby"),
      ("Diane Abbott", "adding", "that he “behaved shamefully”")]),
    ("Bashar Ja’afari, Syria’s ambassador to the UN, said the fight against terrorism would continue regardless, "
     "noting the ceasefire excluded Islamic State.",
     [("Syria’s ambassador", "said", "the fight against terrorism would continue regardless"),
      ("Syria’s ambassador", "noting", "the ceasefire excluded Islamic State")]),
    # ... not where the clause's verb is a cue of its own, nor a deed of the scene reported
    ("He said the Syrian government delegation had refused to discuss the agenda, insisting instead it would only "
     "discuss terrorism.",
     [("", "said", "the Syrian government delegation had refused to discuss the agenda, insisting instead it would "
                   "only discuss terrorism"),
      ("Syrian government", "insisting", "it would only discuss terrorism"),
      ("Syrian government", "had refused", "to discuss the agenda"),
      ("Syrian government", "would only discuss", "terrorism")]),
    ("A witness said Reed approached Javon on Monday, asking about a man who had robbed him.",
     [("witness", "said", "Reed approached Javon on Monday, asking about a man who had robbed him"),
      ("Reed", "asking", "about a man who had robbed him")]),
    # adding to something is no adding words; a possessive the parser cut from its object
    ("Some have been giving birth during the journey, adding to the complicated medical needs of the camp.", []),
    ("The Kurdish authorities said they would not attend the talks, blaming Turkey’s weeklong offensive.",
     [("Kurdish authorities", "said", "they would not attend the talks"),
      ("Kurdish authorities", "blaming", "Turkey’s weeklong offensive")]),
])
def test_the_tellers_participle(nlp, paragraph, expected):
    assert sorted(_claims(nlp, paragraph)) == sorted(expected)


@pytest.mark.parametrize("paragraph, expected", [
    # a reported clause's subject whose first part the parser hung on the cue as its object
    ("Investigators tell us the 5-year-old and his 6-year-old brother were alone in the trailer.",
     [("Investigators", "tell", "the 5-year-old and his 6-year-old brother were alone in the trailer")]),
])
def test_a_subjects_first_part_hung_on_the_cue(nlp, paragraph, expected):
    assert sorted(_claims(nlp, paragraph)) == sorted(expected)


def test_a_cue_inside_a_quotation_joined_to_an_attributed_one_is_its_content(nlp):
    paragraph = ("When it was pointed out that Russia had vetoed calls for an investigation, Abbott said: “There has "
                 "to be a political negotiation. We believe more bombing is not the answer to the crisis in Syria.” "
                 "“There is a response which falls short of more bombing. We believe there needs to be a "
                 "coordinated international drive to achieve a ceasefire.” Asked about the circumstances in which "
                 "Labour would support military action, Abbott cited the Second World War.")
    claims = _claims(nlp, paragraph)
    assert [c for c in claims if c[1] == "believe"] == []
    assert ("Abbott", "said") in [c[:2] for c in claims]


def test_a_cue_inside_a_joined_quotations_piece_is_dropped_after_the_join(nlp):
    """The rows of a claim found inside a quotation only attributed when its pieces were joined
    go with the join (`without_cues_in_quotations`); the joined claim itself stays."""
    import dataclasses

    from pipeline.nested_claims import without_cues_in_quotations

    paragraph = ("Abbott said: “There has to be a political negotiation.” “There is a response which falls short of "
                 "more bombing. We believe there needs to be a ceasefire.”")
    result = extract_one(nlp, paragraph)
    (joined,) = [c for c in result.claims if c.content_parts]
    at = paragraph.index("believe")
    inner = dataclasses.replace(joined, claim_id="t:inner", cue="believe", cue_start=at, cue_end=at + 7,
                                content_parts="", quote="direct")
    assert without_cues_in_quotations([joined, inner]) == [joined]


@pytest.mark.parametrize("paragraph, expected", [
    # a person's pronoun alone says nothing; a person questioned is interrogated
    ("Since the men they are alleged to have killed included Americans, there is a case.", []),
    ("Senators are expected to question him for many hours.", []),
    ("Trump questioned Cruz's eligibility to run for president.",
     [("Donald Trump", "questioned", "Cruz's eligibility to run for president")]),
    # the frame the parser hung on where it was said
    ("Turkey has softened its line, although Erdoğan recently described him in a speech as a terrorist.",
     [("Recep Tayyip Erdogan", "recently described", "him in a speech as a terrorist")]),
])
def test_persons_and_frames(nlp, paragraph, expected):
    assert _claims(nlp, paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a ruling rules on something; ruling a country governs it; seeing fit decides
    ("The court ruled that the ban was unlawful.", [("court", "ruled", "that the ban was unlawful")]),
    ("The coroner ruled the manner of death as accidental.",
     [("coroner", "ruled", "the manner of death as accidental")]),
    ("Assad ruled Syria for two decades.", []),
    ("The government is arming a nation ruled by an authoritarian despot, and yet no one is speaking out.", []),
    ("It is appalling that a British cabinet minister would see fit to send two men to stand trial in America.", []),
])
def test_rulings(nlp, paragraph, expected):
    assert _claims(nlp, paragraph) == expected
