"""pipeline.claim_speaker: who a cue's claim is by, read from the parse."""

from __future__ import annotations

import pytest

from pipeline.claim_speaker import speaker_of, unattributed_passive


@pytest.mark.parametrize("sentence, cue, speaker", [
    ("The ministry said the strikes were illegal.", "said", "The ministry"),
    ("The strikes were condemned by the ministry.", "condemned", "the ministry"),
    # the World Health Organization is no relative pronoun
    ("“At least 29 children have died,” the WHO said in a statement.", "said", "the WHO"),
    # a passive with no "by" phrase is by no one named, whatever the parser made its subject
    ("The commander is believed to have fled to Turkey.", "believed", None),
    ("With an estimated 850 Britons believed to have joined the war, any insight is valued.", "believed", None),
    # who is quoted as saying it, not who quotes them
    ("“All European states must cooperate,” he was quoted as saying.", "saying", "he"),
    ("Bloomberg News quoted Russian sources as saying as many as 200 Russians could have been killed.",
     "saying", "Russian sources"),
    # a cue the parser joined to the main verb is said by the clause before it, not by a showdown
    ("The Persian Gulf showdown took a more personal turn Thursday when Iraq's Saddam Hussein called President "
     "Bush a liar and said the outbreak of holy war could bring thousands of Americans home in coffins.",
     "said", "Iraq's Saddam Hussein"),
    # the noun right before the cue that the parser joined to the place or to a conjunction
    ("Arbach is from Sisseton and police warn that he is armed and dangerous.", "warn", "police"),
    ("Tour operators weighed in after Europe's central aviation agency warned airlines to exercise caution.",
     "warned", "Europe's central aviation agency"),
    # ... not a noun inside the subject's own phrase, nor a date
    ("US-backed fighters besieging the final area of territory occupied by Islamic State said they had pushed "
     "further.", "said", "US-backed fighters"),
    ("HTS grew bolder, and on 10 January declared it had forced other groups into a surrender deal.",
     "declared", "HTS"),
    # two titles before one name are that person's; a title with its article is someone else
    ("YPJ commander and spokesperson Nesrin Abdullah said the loss was great.", "said",
     "spokesperson Nesrin Abdullah"),
    ("The minister and Ahmed Ali said the talks failed.", "said", "The minister"),
    # one asked is not who asks; one worried is who worries
    ("Asked more about the claim the Douma attack was staged, Yakovenko denies he was implying it.", "Asked",
     None),
    ("Asked about the device, O'Neill said the bomb was homemade.", "Asked", None),
])
def test_speaker_of(parse, sentence, cue, speaker):
    doc = parse(sentence)
    token = next(t for t in doc if t.text == cue)
    found = speaker_of(doc, token, guess=False)
    assert (found.text if found is not None else None) == speaker


@pytest.mark.parametrize("sentence, cue, expected", [
    ("Two men said to be members of the group were arrested.", "said", True),
    ("Officials said to wait for the results.", "said", False),
    ("He was accused of fraud.", "accused", True),
    ("Prosecutors accused him of fraud.", "accused", False),
])
def test_unattributed_passive(parse, sentence, cue, expected):
    doc = parse(sentence)
    token = next(t for t in doc if t.text == cue)
    assert unattributed_passive(token) is expected


@pytest.mark.parametrize("sentence, cue, speaker", [
    # the name after a cue that follows a quotation, past its description
    ("Trump “will lose the peace by withdrawing” tweeted retired US army general Jack Keane.", "tweeted",
     "retired US army general Jack Keane"),
    ("“We will win,” said Dunford.", "said", "Dunford"),
])
def test_a_speaker_after_the_cue(parse, sentence, cue, speaker):
    doc = parse(sentence)
    token = next(t for t in doc if t.text == cue)
    assert speaker_of(doc, token, guess=False).text == speaker
