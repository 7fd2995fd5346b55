from __future__ import annotations

import pytest

from pipeline.layout import parse_layout
from tests.conftest import AL_MONITOR, MEMO, read_text


def zone_texts(text, layout, kind):
    return [z.text(text) for z in layout.zones if z.kind == kind]


def test_al_monitor_header_and_paywall():
    text = read_text(AL_MONITOR)
    layout = parse_layout(text)
    assert layout.title.text(text) == "US position in Iraq in jeopardy after strikes"
    assert layout.dateline_date.text(text) == "Dec 30, 2019"
    assert zone_texts(text, layout, "byline") == ["Jack Detsch", "Jack Detsch"]
    captions = zone_texts(text, layout, "caption")
    assert len(captions) == 1 and captions[0].startswith("al-monitor US Defense Secretary Mark Esper speaks")
    assert zone_texts(text, layout, "credit") == ["Photo by REUTERS/Tom Brenner."]  # credits are furniture
    assert "Topics covered" in zone_texts(text, layout, "meta")
    assert text[layout.body_start:].startswith("Senior Donald Trump administration officials insisted today")
    assert text[:layout.body_end].endswith("putting the continuation of US supplies in jeopardy.")
    paywall = text.index("Continue reading this article")
    assert layout.zone_at(paywall) == "boilerplate"
    assert layout.zone_at(text.index("Al-Monitor Archives")) == "boilerplate"
    assert layout.zone_at(text.index("Alex Mello")) == "body"


def test_memo_dateline_first_then_title_and_back_to_top():
    text = read_text(MEMO)
    layout = parse_layout(text)
    assert layout.dateline_date.text(text) == "December 31, 2019"
    assert layout.title.text(text) == "Memo: Backlash to U.S. Strikes in Iraq Underscores Failure of Max Pressure"
    assert layout.zone_at(text.index("Back to top")) == "boilerplate"
    assert text[:layout.body_end].endswith("blessing of the central government.")
    assert layout.zone_at(text.index("Dozens of angry Iraqi")) == "body"


@pytest.mark.parametrize("text", [
    "Clarksville police have arrested a suspect in a shooting Tuesday night that left one person dead.\n\nMore text.",
    "One line only, a body sentence that is long enough to count as reporting text here.",
])
def test_text_without_header_is_all_body(text):
    layout = parse_layout(text)
    assert layout.title is None and layout.dateline is None
    assert layout.body_start == 0
    assert layout.zone_at(0) == "body"


def test_crlf_offsets_stay_in_raw_text():
    text = "Strikes hit Iraq\r\n\r\nDecember 31, 2019\r\n\r\nIraqi militiamen breached the U.S. Embassy walls in Baghdad on Tuesday, officials said.\r\n"
    layout = parse_layout(text)
    assert layout.title.text(text) == "Strikes hit Iraq"
    assert layout.dateline_date.text(text) == "December 31, 2019"
    assert text[layout.body_start:layout.body_end].startswith("Iraqi militiamen")
    assert text[layout.body_start:layout.body_end].endswith("officials said.")


def test_rest_of_page_rule_does_not_fire_at_the_top():
    body = "Rockets hit the base overnight, wounding several soldiers, officials said on Monday.\n\n"
    text = "Related:\n\n" + body * 5
    layout = parse_layout(text)
    assert layout.body_end > len(text) - 5


def test_a_lead_opening_with_a_dateline_place_is_body_though_it_has_no_full_stop():
    text = ("Please enable Javascript to watch this video\n\n"
            "CHICAGO -- Five people were shot on Chicago's South Side Wednesday night\n\n"
            "The shooting took place near 71st and State.")
    layout = parse_layout(text, known_title="5 people shot on South Side")
    assert text[layout.body_start:].startswith("CHICAGO -- Five people")
    assert layout.zone_at(text.index("Five people")) == "body"


def test_a_video_playlist_is_furniture_and_a_live_blog_entry_is_not():
    body = "Police said a man was shot in the leg on Monday night near the park, and he is expected to survive.\n\n"
    text = (body + "0:45 Emergency responders work to extricate deputy from vehicle Pause\n\n"
            "1:27 1 dead after Fife collision, police say\n\n"
            "10:35 The minister said the talks would resume on Tuesday.\n\n"
            "Police said the investigation continues.\n")
    layout = parse_layout(text)
    assert layout.zone_at(text.index("Emergency responders")) == "boilerplate"
    assert layout.zone_at(text.index("1 dead after Fife")) == "boilerplate"
    assert layout.zone_at(text.index("The minister said")) == "body"
    assert layout.zone_at(text.index("the investigation continues")) == "body"


def test_a_closing_list_of_other_stories_is_furniture_and_a_widget_heading_is_only_its_line():
    body = ("Sheriff Chris Francis says an 11-year-old boy shot himself in the head Monday night.\n\n"
            "Francis says the boy had surgery overnight and is in the intensive care unit.\n\n")
    text = (body + "Related Coverage 4 shot in Southeast Portland, no arrests\n\n"
            "Deputies said the boy's brother found him in the bedroom of the home.\n\n"
            "More stories you may like on 7News\n\n"
            "9-year-old, grandmother found dead in SC home The coroner found two people dead on Sunday.\n")
    layout = parse_layout(text)
    assert layout.zone_at(text.index("4 shot in Southeast")) == "boilerplate"
    assert layout.zone_at(text.index("the boy's brother")) == "body"
    assert layout.zone_at(text.index("grandmother found dead")) == "boilerplate"


def test_a_social_media_line_closing_a_transcript_is_furniture():
    text = ("WALLACE: Do you really see those two as equivalent?\n\n"
            "PENCE: Mark Cuban knows as much about national security as I do about professional basketball.\n\n"
            "Follow Pam Key on Twitter @pamkeyNEN.")
    layout = parse_layout(text)
    assert layout.zone_at(text.index("Follow Pam Key")) == "boilerplate"
    assert layout.zone_at(text.index("Mark Cuban")) == "body"


def test_a_correction_note_is_furniture_from_its_words_to_the_end_of_its_line():
    """Guardian pages keep the whole article on one line and close it with the paper's note."""
    text = ("Talabani is survived by Hero and his sons Qubad and Bafel. This article was amended on 6 October 2017 "
            "to better describe the nature of Talabani's turf wars with the Barzani clan.\n\n"
            "Police said the bodies were found Wednesday night.\n\n"
            "This story has been corrected to show that the bodies were found Wednesday night, not Thursday.")
    layout = parse_layout(text)
    assert layout.zone_at(text.index("Talabani is survived")) == "body"
    assert layout.zone_at(text.index("This article was amended")) == "boilerplate"
    assert layout.zone_at(text.index("better describe")) == "boilerplate"
    assert layout.zone_at(text.index("Police said")) == "body"
    assert layout.zone_at(text.index("not Thursday")) == "boilerplate"
    # ... not a story that tells of another article's amendment
    other = "The bill, which lawmakers said this article was amended to weaken, passed on Monday."
    assert parse_layout(other).zone_at(other.index("this article")) == "body"
