"""pipeline.quote_attribution and pipeline.quotations: which cue tells each quotation, when a
quotation goes on with the one before, and when quoted words are nobody's claim."""

from __future__ import annotations

import pytest

from tests.stages.test_claims import claims_in

NATO_STORY = (
    "NATO Secretary General Javier Solana says, “The accession of the Czech Republic is a demonstration "
    "that Europe is growing closer together.”\n\n"
    "Former Soviet leader Mikhail Gorbachev says the push east signifies a rejection of the common "
    "European security system.\n\n"
    "{third}\n\n"
    "“Extending membership helps to stabilize a region,” Solana said.\n\n"
    "“It is a historic day.”"
)


def test_a_later_paragraphs_quotation_does_not_go_on_past_another_speaker(nlp):
    """A quotation in a paragraph of narration, after someone else was told to speak, is not
    the first speaker's; and it does not join the next paragraph's quotation either."""
    claims = claims_in(nlp, NATO_STORY.format(
        third="In Moscow the plan is widely seen as “a dangerous game that puts the security of Europe at risk.”"))
    by_content = {content: speaker for content, _cue, speaker in claims}
    assert by_content["a dangerous game that puts the security of Europe at risk."] == ""
    # the quotation that opens the paragraph right after its speaker's goes on with him
    solana = [content for content, _cue, speaker in claims if speaker == "Javier Solana"]
    assert any(content.startswith("Extending membership") and content.endswith("It is a historic day.")
               for content in solana)
    assert not any("dangerous game" in content for content in solana)


@pytest.mark.parametrize("paragraph, expected", [
    # a name or a phrase quoted inside narration is nobody's claim ...
    ("Following an outcry from victims’ groups, the bill, known as the “Justice Against Sponsors of "
     "Terrorism Act,” passed.", []),
    ("In April, the US even dropped the “mother of all bombs” on an Isis tunnel complex.", []),
    # ... a clause quoted inside it is still a statement, whoever made it
    ("He compared Trump to a coach at a basketball game in hopes that “they'll go easier on him.”",
     [("they'll go easier on him.", "", "")]),
])
def test_quoted_words_no_one_is_told_to_say(nlp, paragraph, expected):
    assert claims_in(nlp, paragraph) == expected


@pytest.mark.parametrize("paragraph, words, expected", [
    # a cue after a quotation that closes its sentence, with a thing of its own as its object or
    # in a subject clause, tells what follows it; the quotation goes on with the attribution before
    ("“The coalition had just started and the government began introducing cuts and increasing fees,” recalls "
     "one friend, who prefers not to be named. “It was a big thing and there were student occupations all over "
     "the country.” She was soon reading less of her beloved English classics in favour of books about the "
     "Middle East.", "student occupations", [("recalls", "one friend")]),
    ("“The thing is, whenever Anna called, she gave us a false sense of security,” says Dirk. “Every time she "
     "would say: ‘Hiya, everything’s fine. I’m just growing vegetables.’ We thought she wasn’t actually in any "
     "danger.” What he didn’t know was that she had, in fact, been deployed to Dier ez-Zor.",
     "Every time", [("says", "Dirk")]),
])
def test_a_cue_telling_what_follows_leaves_the_quotation_before_it(nlp, paragraph, words, expected):
    assert [(cue, speaker) for content, cue, speaker in claims_in(nlp, paragraph) if words in content] == expected


def test_a_quotation_told_to_someone_after_a_full_stop_is_still_told(nlp):
    claims = claims_in(nlp, "Erdogan spoke in Ankara. “We will never give up.” he told the crowd.")
    assert [(content, cue) for content, cue, _speaker in claims] == [("We will never give up.", "told")]


def test_a_text_message_is_told(nlp):
    assert claims_in(nlp, "“If I disappear, please don’t leave my children here, find them,” Ziyaret texted from "
                          "Mosul in 2017.") == [
        ("If I disappear, please don’t leave my children here, find them", "texted", "Ziyaret")]
