"""pipeline.event_mentions: which tellings of events are one event."""

from __future__ import annotations

from pipeline.event_mentions import EventMention, cluster


def mention(i: int, event_type: str, family: str, **kwargs) -> EventMention:
    return EventMention(i * 10, i * 10 + 5, event_type, i, i, event_type, f"trg_{event_type}", "body",
                        family=family, **kwargs)


BOMBING = "Explosions/Remote violence"
ATTACK = "Violence against civilians"


def test_a_definite_mention_joins_the_event_told_before_and_an_indefinite_one_starts_a_new():
    mentions = [mention(0, "bombing", BOMBING, indefinite=True), mention(1, "bombing", BOMBING, definite=True),
                mention(2, "bombing", BOMBING, indefinite=True)]
    assert [m.cluster for m in cluster(mentions)] == [0, 0, 1]


def test_the_attack_names_the_bombing_but_not_a_kind_of_attack():
    plain = [mention(0, "bombing", BOMBING, indefinite=True), mention(1, "attack", ATTACK, definite=True)]
    assert [m.cluster for m in cluster(plain)] == [0, 0]
    chemical = [mention(0, "airstrike", BOMBING, indefinite=True),
                mention(1, "attack", ATTACK, definite=True, modified=True)]
    assert [m.cluster for m in cluster(chemical)] == [0, 1]


def test_a_mention_set_apart_or_of_another_number_is_another_event():
    apart = [mention(0, "shooting", ATTACK), mention(1, "shooting", ATTACK, separate=True)]
    assert [m.cluster for m in cluster(apart)] == [0, 1]
    number = [mention(0, "attack", ATTACK, plural=False), mention(1, "attack", ATTACK, plural=True)]
    assert [m.cluster for m in cluster(number)] == [0, 1]


def test_a_verb_with_a_day_long_before_publication_far_from_an_undated_event_is_another():
    from datetime import date

    from pipeline.types import DateRow

    def told(i: int, day: str) -> EventMention:
        row = DateRow(doc_id="d", start=0, end=4, text=day, value=day, type="DATE", first_day=f"{day}-01-01",
                      last_day=f"{day}-12-31")
        return mention(i, "killing", ATTACK, date=row)

    published = date(2017, 9, 26)
    far = [mention(0, "killing", ATTACK), told(5, "1995")]
    assert [m.cluster for m in cluster(far, published)] == [0, 1]
    # ... near it, or without a publication day, it is the same event told again
    near = [mention(0, "killing", ATTACK), told(2, "1995")]
    assert [m.cluster for m in cluster(near, published)] == [0, 0]
    assert [m.cluster for m in cluster(far)] == [0, 0]
