"""Grammar around a casualty word that is not itself a count: who a subjectless verb is
about, a body found, a killer's suicide, the verbs of dying, "a deadly shooting", a yearly
statistic."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.stages.extensions import sentence_dates, sentence_index, sentence_spans

REFLEXIVES = {"himself", "herself"}
_FIND_LEMMAS = {"find", "discover", "recover", "locate", "pull", "retrieve", "identify", "exhume"}


def body_found(token: Token) -> bool:
    """A body found or named as someone's: a death ("the body of a man was found"), not
    "the student body" or "a governing body"."""
    if any(c.dep_ in ("compound", "amod") and c.lower_ in ("student", "governing", "legislative", "advisory")
           for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.ent_type_ not in ("ORG", "GPE", "NORP")
                                                        and g.pos_ in ("NOUN", "PROPN") and g.lower_ not in
                                                        ("water", "evidence", "work", "knowledge", "law")
                                                        for g in c.children) for c in token.children):
        return token.head.lemma_ in _FIND_LEMMAS or token.dep_ in ("nsubjpass", "dobj", "nsubj")
    return token.head.lemma_ in _FIND_LEMMAS and token.dep_ in ("dobj", "nsubjpass")


_GUNS = {"gun", "weapon", "firearm", "rifle", "pistol", "handgun", "shotgun", "revolver", "knife"}


def turned_on_self(token: Token) -> Token | None:
    """The reflexive of "turned the gun on himself"."""
    if not any(c.dep_ == "dobj" and c.lower_ in _GUNS for c in token.children):
        return None
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "on"
                 for g in c.children if g.dep_ == "pobj" and g.lower_ in REFLEXIVES), None)


def name_before(doc: Doc, predicate: Token) -> Token | None:
    """The person named just before a subjectless verb, with only the name's own apposition
    ("Damon Sochko, 16, of Morgantown, died") or commas between."""
    i = predicate.i - 1
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    end = i
    while i >= 0 and i > end - 12 and not doc[i].is_sent_end:
        token = doc[i]
        if token.ent_type_ == "PERSON" and token.dep_ != "compound":
            between = doc[token.i + 1:end + 1]
            if all(t.is_punct or token.is_ancestor(t) for t in between):
                return token
            return None
        i -= 1
    return None


def governing_subject(predicate: Token) -> Token | None:
    """The subject of the nearest verb above a predicate that has one."""
    verb = next((a for a in predicate.ancestors if a.pos_ in ("VERB", "AUX") and
                 any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb else None


def dies(token: Token) -> bool:
    """A verb of dying: "died", "perished", "passed away", "succumbed (to his injuries)", "did
    not survive (his injuries)"; not "passed the bill", "succumbed to pressure", "died of
    natural causes"."""
    lemma = token.lemma_
    if lemma == "survive" and any(c.dep_ == "neg" for c in token.children) and \
            not any(c.dep_ == "dobj" and c.lemma_.lower() not in _FATAL_CAUSES and c.lower_ not in DEADLY_EVENTS
                    for c in token.children):
        return True  # "Stuart did not survive his injuries"
    if lemma in ("die", "perish"):
        if any(c.lower_ == "aged" for c in token.children) and \
                not any(g.lower_ in DEADLY_EVENTS or g.lemma_.lower() in _FATAL_CAUSES for g in token.subtree):
            return False  # an obituary's "who has died aged 83", not "died aged 19 in a bombing"
        return not natural_death(token)
    if token.pos_ != "VERB":
        return False
    if lemma == "pass":
        return any(c.dep_ == "prt" and c.lower_ == "away" for c in token.children)
    if lemma == "succumb":
        causes = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pobj"]
        return not causes or any(g.lemma_.lower() in _FATAL_CAUSES for g in causes)
    return False


def natural_death(token: Token) -> bool:
    """Whether a death is told as of an illness ("died of natural causes", "died of a heart
    attack", "the deaths of her daughter and son from illness and malnutrition"), not of an
    attack ("died from the attack")."""
    causes = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
              for p in c.children if p.dep_ == "pobj" for g in (p, *(x for x in p.children if x.dep_ == "conj"))]
    return any(g.lemma_.lower() in _ILLNESSES and (g.lemma_.lower() not in ("attack", "failure") or
                                                   any(m.lower_ in _ORGANS for m in g.children))
               for g in causes)


# what one dies of that is no casualty ("died of natural causes", "died of cancer")
_ILLNESSES = {"cause", "causes", "cancer", "illness", "disease", "age", "overdose", "stroke", "attack", "failure",
              "malnutrition"}
# taken to a hospital with these, nobody is hurt by violence ("with breathing difficulties"); the
# illnesses one dies of are _ILLNESSES above
AILMENTS = {"difficulties", "difficulty", "problems", "illness", "pneumonia", "fever", "symptoms", "infection",
            "dehydration", "malnutrition", "hypothermia", "pains", "pain", "cholera", "diarrhoea", "diarrhea"}
# what a fatal "attack" or "failure" is of when it is an illness ("a heart attack", "kidney failure")
_ORGANS = {"heart", "kidney", "liver", "respiratory", "organ", "asthma", "cardiac", "renal"}
# what one succumbs to and dies of
_FATAL_CAUSES = {"injury", "wound", "burn", "gunshot", "wounds", "injuries", "burns", "trauma"}


# "a deadly shooting", "a fatal stabbing" with no count: at least one person died
DEADLY_EVENTS = {"shooting", "stabbing", "attack", "bombing", "explosion", "blast", "ambush", "shootout", "clash",
                  "raid", "airstrike", "assault", "incident", "accident", "crash", "rampage", "standoff"}


_DEADLY = {"deadly", "fatal", "lethal"}

# "a quadruple shooting" is four people shot, "a double homicide" two people killed
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "sextuple": 6}
MULTIPLE_EVENTS = {"shooting": "injured", "stabbing": "injured", "homicide": "killed", "murder": "killed",
                   "killing": "killed", "slaying": "killed"}


def multiple_mark(token: Token) -> tuple[Token, int] | None:
    """The word that counts an incident's victims, and its number: "quadruple" of "a deadly
    quadruple shooting" (4; the parser often takes the pair for a noun and a verb), "double"
    of "double-homicide" (2). Not "a double-barrelled shotgun"."""
    if token.lower_ not in MULTIPLE_EVENTS or token.i == 0:
        return None
    mark = token.nbor(-1)
    if mark.text == "-" and mark.i > 0:
        mark = mark.nbor(-1)
    return (mark, _MULTIPLES[mark.lower_]) if mark.lower_ in _MULTIPLES else None


def deadly_mark(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ == "amod" and c.lower_ in _DEADLY), None)


_STATISTIC_NOUNS = {"homicides", "murders", "killings", "shootings", "deaths", "fatalities", "slayings"}


def statistic(doc: Doc, token: Token) -> bool:
    """'the city's 45th homicide', '150 murders this year': a count over a year or a month
    is a statistic, not an incident's toll."""
    if token.lower_ not in _STATISTIC_NOUNS and not (token.head.lower_ in _STATISTIC_NOUNS and token.dep_ == "amod"):
        return False
    return _over_period(doc, token)


def tally(doc: Doc, count: Span, predicate: Token) -> bool:
    """A count of people over a year ("104 people shot in Toledo this year", "55
    people were shot in Daytona Beach last year") or a rate ("19.3 deaths per 100,000
    people"): a statistic, not an incident's toll."""
    if count.end < len(doc) and doc[count.end].lower_ == "per" or \
            any(c.dep_ == "prep" and c.lower_ == "per" for c in predicate.children):
        return True
    sentence = sentence_spans(doc)[sentence_index(doc, predicate)]
    if any(t.lower_ in DEADLY_EVENTS and t.tag_ == "NN" for t in sentence):
        return False  # "two people were killed in a shooting last year": one incident
    return _over_period(doc, predicate, months=False)  # "a shooting last month" is an incident


# "100 murders a year", "per year" ("a year earlier", "a year ago" are a date)
_RATE = re.compile(r"\b(?:per|a|each|every) year\b(?!\s+(?:ago|earlier|later|before|after|and|or)\b)")


def _over_period(doc: Doc, token: Token, *, months: bool = True) -> bool:
    """Whether a token's sentence is dated by a year (or a month), or counts "so far"."""
    text = sentence_spans(doc)[sentence_index(doc, token)].text.lower()
    if any(phrase in text for phrase in ("so far", "to date", "year-to-date", "annually")) or _RATE.search(text):
        return True
    period = r"\d{4}(?:-\d{2})?" if months else r"\d{4}"
    return any(re.fullmatch(period, row.value) for row, _ in sentence_dates(doc, token))


def unsaved(token: Token, is_person) -> bool:
    """Whether "save" tells that someone could not be saved: "Doctors were unable to save
    him", "medics could not save the boy", "the boy could not be saved"; not "saved the boy",
    "could not save the house". `is_person` tells a person's word."""
    negated = any(c.dep_ == "neg" for c in token.children) or \
        token.dep_ == "xcomp" and (token.head.lemma_ in ("unable", "fail") or
                                   any(c.dep_ == "neg" for c in token.head.children))
    return negated and any(c.dep_ in ("dobj", "nsubjpass") and  # "the boy could not be saved"
                           (c.lower_ in ("him", "her", "them", "he", "she", "they") or is_person(c))
                           for c in token.children)
