"""Casualty phrasings, table-driven: sentence -> (kind, count text, min, best, max, qualifier).

Each sentence runs through the real pipeline; the rows are the casualties.csv rows it
yields. Known misses are xfail with the reason, so they stay visible.
"""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.ingest import SourceDoc

K, I = "killed", "injured"

CASES = [
    # plain numbers, digits and words
    ("Five people were killed in the attack.", [(K, "Five", 5, 5, 5, "exact")]),
    ("The blast killed 12 soldiers.", [(K, "12", 12, 12, 12, "exact")]),
    ("A bombing in Kabul killed twenty-one people.", [(K, "twenty-one", 21, 21, 21, "exact")]),
    ("Militants killed 5,200 villagers over the years, the report said.", [(K, "5,200", 5200, 5200, 5200, "exact")]),
    ("The gunman killed three people and wounded seven.", [(K, "three", 3, 3, 3, "exact"), (I, "seven", 7, 7, 7, "exact")]),
    ("Two soldiers died in the ambush.", [(K, "Two", 2, 2, 2, "exact")]),
    ("Three people were injured when the car bomb exploded.", [(I, "Three", 3, 3, 3, "exact")]),
    ("The shelling wounded 40 civilians.", [(I, "40", 40, 40, 40, "exact")]),
    ("Four protesters were hurt in the clashes.", [(I, "Four", 4, 4, 4, "exact")]),
    ("Police said 14 people were wounded in the shooting.", [(I, "14", 14, 14, 14, "exact")]),
    # qualified counts
    ("At least 25 people were killed in the airstrike.", [(K, "At least 25", 25, 25, None, "at_least")]),
    ("More than 500 protesters have been killed since October.", [(K, "More than 500", 501, 501, None, "at_least")]),
    ("The protests left more than 500 dead.", [(K, "more than 500", 501, 501, None, "at_least")]),
    ("The strikes resulted in almost two dozen dead.", [(K, "almost two dozen", 21, 23, 23, "approximate")]),
    ("Nearly 30 people were killed in the fighting.", [(K, "Nearly 30", 26, 29, 29, "approximate")]),
    ("About 40 soldiers were wounded in the assault.", [(I, "About 40", 36, 40, 44, "approximate")]),
    ("Up to 20 people may have been injured, officials said.", []),  # modal: not reported as happened
    ("As many as 15 civilians were killed in the raid.", [(K, "As many as 15", None, 15, 15, "at_most")]),
    ("Fewer than 10 people were wounded in the attack.", [(I, "Fewer than 10", None, 9, 9, "at_most")]),
    ("Between 10 and 15 fighters were killed in the battle.", [(K, "Between 10 and 15", 10, 12, 15, "range")]),
    ("Some 200 people were killed in the massacre.", [(K, "Some 200", 180, 200, 220, "approximate")]),
    ("No fewer than 8 police officers were killed.", [(K, "No fewer than 8", 8, 8, None, "at_least")]),
    # vague quantities
    ("Dozens of people were wounded in the explosion.", [(I, "Dozens", 24, 24, 99, "vague")]),
    ("Hundreds of civilians have been killed in the war.", [(K, "Hundreds", 200, 200, 999, "vague")]),
    ("The attack wounded several US troops.", [(I, "several", 3, 3, 9, "vague")]),
    ("A few soldiers were injured in the blast.", [(I, "A few", 2, 3, 5, "vague")]),
    ("Scores of people were killed in the riots.", [(K, "Scores", 40, 40, 99, "vague")]),
    ("Thousands of people have died in the conflict.", [(K, "Thousands", 2000, 2000, 9999, "vague")]),
    ("A dozen soldiers were killed in the ambush.", [(K, "A dozen", 12, 12, 12, "exact")]),
    ("Two dozen people were killed in the bombing.", [(K, "Two dozen", 24, 24, 24, "exact")]),
    ("Dozens were killed and hundreds wounded in the attack.", [(K, "Dozens", 24, 24, 99, "vague"), (I, "hundreds", 200, 200, 999, "vague")]),
    # singular victims
    ("A suspected Iran-backed attack killed an American contractor.", [(K, "an American contractor", 1, 1, 1, "exact")]),
    ("A police officer was killed in the shooting.", [(K, "A police officer", 1, 1, 1, "exact")]),
    ("One person was killed and three were injured.", [(K, "One", 1, 1, 1, "exact"), (I, "three", 3, 3, 3, "exact")]),
    ("The explosion killed one and wounded three.", [(K, "one", 1, 1, 1, "exact"), (I, "three", 3, 3, 3, "exact")]),
    ("Timothy Agnew was killed in the shooting.", [(K, "Timothy Agnew", 1, 1, 1, "exact")]),
    ("A soldier died of his wounds on Tuesday.", [(K, "A soldier", 1, 1, 1, "exact")]),
    ("This comes after the death of an American contractor.", [(K, "an American contractor", 1, 1, 1, "exact")]),
    ("A man was shot in the leg on Monday night.", [(I, "A man", 1, 1, 1, "exact")]),
    ("A man was shot and killed outside a bar.", [(K, "A man", 1, 1, 1, "exact")]),
    ("A 20-year-old man was fatally shot on Sunday.", [(K, "A 20-year-old man", 1, 1, 1, "exact")]),
    ("A 17-year-old boy was shot to death late Tuesday.", [(K, "A 17-year-old boy", 1, 1, 1, "exact")]),
    ("Another man was shot in the leg.", [(I, "Another man", 1, 1, 1, "exact")]),
    ("A shooting left one person dead and three people injured.", [(K, "one", 1, 1, 1, "exact"), (I, "three", 3, 3, 3, "exact")]),
    ("Lisa Downs and Donald Johnson suffered multiple gunshot wounds.", [(I, "Lisa Downs", 1, 1, 1, "exact"), (I, "Donald Johnson", 1, 1, 1, "exact")]),
    ("Three people suffered from gunshot wounds.", [(I, "Three", 3, 3, 3, "exact")]),
    ("The teenager was taken to the hospital with a gunshot wound.", [(I, "The teenager", 1, 1, 1, "exact")]),
    ("One juvenile was killed and two others were left in critical condition.", [(K, "One", 1, 1, 1, "exact"), (I, "two", 2, 2, 2, "exact")]),
    ("The name of a 20-year-old man who was killed in the shooting was released.", [(K, "a 20-year-old man", 1, 1, 1, "exact")]),
    ("He was shot and shot again.", [(I, "He", 1, 1, 1, "exact")]),
    ("Three people were killed and another critically injured in the shooting.", [(K, "Three", 3, 3, 3, "exact"), (I, "another", 1, 1, 1, "exact")]),
    ("A 3-year-old girl is recovering after being accidentally shot by her brother.", [(I, "A 3-year-old girl", 1, 1, 1, "exact")]),
    # tolls that rise
    ("The death toll rose to 30 on Sunday.", [(K, "30", 30, 30, 30, "exact")]),
    ("The death toll stands at 45.", [(K, "45", 45, 45, 45, "exact")]),
    # zero counts
    ("No one was killed in the attack.", [(K, "No one", 0, 0, 0, "exact")]),
    ("Nobody was injured in the blast, police said.", [(I, "Nobody", 0, 0, 0, "exact")]),
    # negation, hypotheticals, futures and non-casualty uses
    ("The militants threatened to kill 50 hostages.", []),
    ("The group could kill hundreds of people if it obtains the weapons.", []),
    ("Officials warned that the strikes might kill civilians.", []),
    ("Iran-backed groups could target American forces with roadside bombs.", []),
    ("The court sentenced him to death.", []),
    ("He faces the death penalty.", []),
    ("Rising prices hurt the economy.", []),
    ("The army will deploy 5,000 troops next week.", []),
    ("Iraq invited 5,200 American troops to fight the Islamic State.", []),
    ("Police arrested three men on Tuesday.", []),
    # several victims in one sentence
    ("The bombing killed 3 soldiers and 2 civilians.", [(K, "3", 3, 3, 3, "exact"), (K, "2", 2, 2, 2, "exact")]),
    ("Two were killed and 11 wounded when gunmen opened fire.", [(K, "Two", 2, 2, 2, "exact"), (I, "11", 11, 11, 11, "exact")]),
    ("Fighting killed 17 people, including 5 children.", [(K, "17", 17, 17, 17, "exact")]),
    # local-news phrasings: the victim as object, possessor or left dead
    ("A man accidentally shot and killed his 4-year-old daughter, police said.",
     [(K, "his 4-year-old daughter", 1, 1, 1, "exact")]),
    ("A teenage boy executed his girlfriend inside their home, prosecutors said.", [(K, "his girlfriend", 1, 1, 1, "exact")]),
    ("A shooting in Salisbury left a 7-year-old girl dead and her grandmother wounded.",
     [(K, "a 7-year-old girl", 1, 1, 1, "exact"), (I, "her grandmother", 1, 1, 1, "exact")]),
    ("The shooting resulted in multiple victims, one suffering fatal injuries.", [(K, "one", 1, 1, 1, "exact")]),
    ("A woman pleaded guilty Wednesday in her young child's accidental shooting death.",
     [(K, "her young child", 1, 1, 1, "exact")]),
    ("A man was killed in a shooting that also left three other people wounded.",
     [(K, "A man", 1, 1, 1, "exact"), (I, "three", 3, 3, 3, "exact")]),
    ("A stray bullet struck an 11-year-old girl in a car, police said.", [(I, "an 11-year-old girl", 1, 1, 1, "exact")]),
    ("A one-year-old was rushed to the hospital after a shooting overnight.", [(I, "A one-year-old", 1, 1, 1, "exact")]),
    ("Multiple people were injured when someone opened fire.", [(I, "Multiple", 2, 3, None, "vague")]),
    ("The bullet hit the wall of the house.", []),
    ("Police said two 25-year-old men were killed in the shooting.", [(K, "two", 2, 2, 2, "exact")]),
    # the victim named by a relative clause, a name that died, the subject of a later verb
    ("Police released the name of a man who was accidentally shot and killed while hunting.",
     [(K, "a man", 1, 1, 1, "exact")]),
    ("Madueno died on December 25 as a result of his injuries, according to police.",
     [(K, "Madueno", 1, 1, 1, "exact")]),
    ("The passenger of a truck shot himself while handling a revolver and died as a result, police said.",
     [(K, "The passenger", 1, 1, 1, "exact")]),
    ("One female is dead and another is in critical condition after a shooting.",
     [(K, "One", 1, 1, 1, "exact"), (I, "another", 1, 1, 1, "exact")]),
    # wounded, then dead: one person, counted once as killed
    ("The 4-year-old girl who was shot inside a home has died from her injuries, according to police.",
     [(K, "The 4-year-old girl", 1, 1, 1, "exact")]),
    ("A teenager accidentally shot another teen in the chest, killing the youth.",
     [(K, "the youth", 1, 1, 1, "exact")]),
    # a deadly shooting with no count: at least one dead; a count, when given, replaces it
    ("Police are investigating a deadly shooting on Main Street.", [(K, "deadly", 1, 1, None, "at_least")]),
    ("Police are investigating a fatal shooting. The victim, a 30-year-old man, died at the scene.",
     [(K, "The victim", 1, 1, 1, "exact")]),
    ("Police said there have been no fatal shootings in the city.", []),
    ("The man is accused of fatally shooting his girlfriend in 2015.", [(K, "his girlfriend", 1, 1, 1, "exact")]),
    # a headline's bare noun, a name the parse hung elsewhere, a shared article, "found ... dead"
    ("Teenager was killed when a gun went off inside a car.", [(K, "Teenager", 1, 1, 1, "exact")]),
    ("Jane Doe, 34, of Springfield, died Tuesday after being stabbed outside a bar.",
     [(K, "Jane Doe", 1, 1, 1, "exact")]),
    ("A mother and son were found fatally shot in their home.",
     [(K, "A mother", 1, 1, 1, "exact"), (K, "son", 1, 1, 1, "exact")]),
    ("Deputies found the driver dead inside the car.", [(K, "the driver", 1, 1, 1, "exact")]),
    # the one who fired and then killed himself is counted; "she shot herself" is the victim again
    ("A man shot and killed his wife before turning the gun on himself.",
     [(K, "his wife", 1, 1, 1, "exact"), (K, "himself", 1, 1, 1, "exact")]),
    ("He killed his neighbor and himself, police said.",
     [(K, "his neighbor", 1, 1, 1, "exact"), (K, "himself", 1, 1, 1, "exact")]),
    ("A girl was airlifted to a hospital after she accidentally shot herself.", [(I, "A girl", 1, 1, 1, "exact")]),
    ("A man shot his son and killed his wife, police said.",
     [(I, "his son", 1, 1, 1, "exact"), (K, "his wife", 1, 1, 1, "exact")]),
    # a victim named, then described, dies: one person, killed; a death that could have been
    ("Police say Maria Lopez was wounded in the shooting. The woman died at the hospital on Sunday.",
     [(K, "The woman", 1, 1, 1, "exact")]),
    ("“He could have been dead,” his mother said.", []),
    # two ages are two people; someone marked new is counted again; "left ... injured"
    ("A 17-year-old was shot and killed on Wednesday. The 19-year-old was taken to a hospital with a gunshot wound.",
     [(K, "A 17-year-old", 1, 1, 1, "exact"), (I, "The 19-year-old", 1, 1, 1, "exact")]),
    ("A 15-year-old was shot. He later died at the hospital. Another 15-year-old was also shot.",
     [(K, "He", 1, 1, 1, "exact"), (I, "Another 15-year-old", 1, 1, 1, "exact")]),
    ("Police are investigating a shooting that left a 15-year-old boy critically injured.",
     [(I, "a 15-year-old boy", 1, 1, 1, "exact")]),
    # a body found is a death, unless the story counts its dead elsewhere
    ("Police found the body of a man in a field on Sunday.", [(K, "a man", 1, 1, 1, "exact")]),
    ("Two bodies were recovered from the river.", [(K, "Two", 2, 2, 2, "exact")]),
    ("Three people were killed in the fire. Firefighters found the three bodies in the kitchen.",
     [(K, "Three", 3, 3, 3, "exact")]),
    ("The student body held a vigil.", []),
    # people hit by fire, "a total of", sent to a hospital with injuries
    ("The gunman opened fire on the crowd, striking three people.", [(I, "three", 3, 3, 3, "exact")]),
    ("A total of four people received non-life-threatening wounds, according to police.",
     [(I, "four", 4, 4, 4, "exact")]),
    ("A shooting early Sunday sent four people to the hospital with injuries.", [(I, "four", 4, 4, 4, "exact")]),
    ("Police said one of the suspects was struck by return fire from the officers.", [(I, "one", 1, 1, 1, "exact")]),
    ("A boy was shot in the leg. In addition to the boy, an 8-year-old girl was shot inside the home.",
     [(I, "A boy", 1, 1, 1, "exact"), (I, "an 8-year-old girl", 1, 1, 1, "exact")]),
    # someone else: another age, or the other side when only single victims are counted
    ("A 37-year-old woman was shot and injured during the shootout. The 17-year-old was taken to the hospital "
     "with a gunshot wound.", [(I, "A 37-year-old woman", 1, 1, 1, "exact"), (I, "The 17-year-old", 1, 1, 1, "exact")]),
    ("A police officer was shot during a traffic stop on Thursday night. Police said the suspect was struck by "
     "return fire.", [(I, "A police officer", 1, 1, 1, "exact"), (I, "the suspect", 1, 1, 1, "exact")]),
    # statistics over a year are not an incident's toll
    ("The city has recorded 45 homicides so far this year.", []),
    ("There were 150 murders in Chicago in 2016, police said.", []),
    ("Including the six weekend victims, 104 people have been shot in Toledo this year.", []),
    ("The state's rate was 19.3 deaths per 100,000 people.", []),
    ("Two people were killed in a shooting a year ago.", [(K, "Two", 2, 2, 2, "exact")]),
    ("Four people were shot on the 1700 block of Telegraph Avenue on Saturday.", [(I, "Four", 4, 4, 4, "exact")]),
    # other ways to die: passed away, succumbed, lost a life, claimed lives; not natural causes
    ("A 9-year-old boy was critically injured in a shooting. The boy was taken off life support on Sunday and "
     "passed away.", [(K, "The boy", 1, 1, 1, "exact")]),
    ("A man was shot on Tuesday. He succumbed to his wounds at the hospital.", [(K, "He", 1, 1, 1, "exact")]),
    ("The shooting injured three men and claimed the life of one woman.",
     [(I, "three", 3, 3, 3, "exact"), (K, "one", 1, 1, 1, "exact")]),
    ("A woman lost her life in the shooting.", [(K, "A woman", 1, 1, 1, "exact")]),
    ("The crash took the lives of three people.", [(K, "three", 3, 3, 3, "exact")]),
    ("The senator passed the bill and succumbed to pressure from donors.", []),
    ("His father died of natural causes in April.", []),
    # a body named as someone's
    ("The man's body was discovered on Parkmead Drive just after 5 p.m.", [(K, "The man", 1, 1, 1, "exact")]),
    ("His body was found in a field on Sunday.", [(K, "His body", 1, 1, 1, "exact")]),
    # a number left wounded after "and"; one of a group already counted; someone marked new
    ("The shooting left two people dead and two more wounded.",
     [(K, "two", 2, 2, 2, "exact"), (I, "two", 2, 2, 2, "exact")]),
    ("Police say two others were injured, one of which was in critical condition.", [(I, "two", 2, 2, 2, "exact")]),
    ("A shooting left five people injured. One of the victims had serious injuries.", [(I, "five", 5, 5, 5, "exact")]),
    ("Police said one of the suspects was injured.", [(I, "one", 1, 1, 1, "exact")]),
    ("A mother and her son were found dead inside a car. When crews arrived, the two were found inside the car "
     "with gunshot wounds.", [(K, "A mother", 1, 1, 1, "exact"), (K, "her son", 1, 1, 1, "exact")]),
    ("Audrianna Stone died from 2 gunshot wounds to the upper body.", [(K, "Audrianna Stone", 1, 1, 1, "exact")]),
    ("He is charged in the shooting deaths of three people. All three were shot in the head. A fourth person, shot "
     "in the arm, was able to flee.", [(K, "three", 3, 3, 3, "exact"), (I, "A fourth person", 1, 1, 1, "exact")]),
    ("A shooting left one man dead and four seriously wounded. Police are searching for two men suspected of "
     "shooting the five people.", [(K, "one", 1, 1, 1, "exact"), (I, "four", 4, 4, 4, "exact")]),
    ("Wayne Jefferson tells Channel 3 four men were shot at 3:40 a.m.", [(I, "four", 4, 4, 4, "exact")]),
    ("Four people were shot. At the hospitals, 2 of the gunshot victims died as a result of their injuries.",
     [(I, "Four", 4, 4, 4, "exact"), (K, "2", 2, 2, 2, "exact")]),
    ("A shooting left one person dead and three others injured. He also said of the three people shot, two were in "
     "critical condition.", [(K, "one", 1, 1, 1, "exact"), (I, "three", 3, 3, 3, "exact")]),
    ("A shooting left a man dead and three others injured. Two of the three survivors were taken to a hospital.",
     [(K, "a man", 1, 1, 1, "exact"), (I, "three", 3, 3, 3, "exact")]),
    # hurt, told by where the victims are taken or lie, and dead by "did not survive"
    ("Of the people who were shot, three died and one has been upgraded to serious condition.",
     [(K, "three", 3, 3, 3, "exact"), (I, "one", 1, 1, 1, "exact")]),
    ("They found three people dead and transported one to the hospital.",
     [(K, "three", 3, 3, 3, "exact"), (I, "one", 1, 1, 1, "exact")]),
    ("One person is dead and another person is in the hospital after two shootings.",
     [(K, "One", 1, 1, 1, "exact"), (I, "another person", 1, 1, 1, "exact")]),
    ("Their little boy is resting in the hospital after suffering a gunshot wound.",
     [(I, "Their little boy", 1, 1, 1, "exact")]),
    ("As he fired, a 16-year-old girl ran into the room and was hit in the shoulder by a bullet.",
     [(I, "a 16-year-old girl", 1, 1, 1, "exact")]),
    ("A man was shot on Main Street. He was treated and released from the hospital.", [(I, "A man", 1, 1, 1, "exact")]),
    ("He became ill and was transported to the hospital for examination.", []),
    ("Seven people were hit. Stuart did not survive his injuries. The six others hit in the gunfire were taken to "
     "a local hospital.", [(K, "Stuart", 1, 1, 1, "exact"), (I, "six", 6, 6, 6, "exact")]),
    ("The company did not survive the recession.", []),
    ("Doctors said the wounded man may not survive his injuries.", [(I, "the wounded man", 1, 1, 1, "exact")]),
    ("Three people are dead and seven more injured. One of the wounded played dead to survive.",
     [(K, "Three", 3, 3, 3, "exact"), (I, "seven", 7, 7, 7, "exact")]),
    ("A 50-year-old man was shot and killed; a second man was critically injured.",
     [(K, "A 50-year-old man", 1, 1, 1, "exact"), (I, "a second man", 1, 1, 1, "exact")]),
    # a wish is no casualty; different family ties are different people
    ("\"I don't want to wake up tomorrow and hear another child is dead,\" his mother said.", []),
    ("The coroner says the daughter died of multiple gunshot wounds. The cause of death of the father is a "
     "gunshot wound to the head. Police say the mother was taken to the hospital from the scene.",
     [(K, "the daughter", 1, 1, 1, "exact"), (K, "the father", 1, 1, 1, "exact"), (I, "the mother", 1, 1, 1, "exact")]),
    # "a quadruple shooting" counts the people shot, "a triple homicide" the dead, unless the
    # article counts them in words of its own
    ("Two men have been arrested in connection to a deadly Dayton quadruple shooting Tuesday.",
     [(K, "deadly", 1, 1, None, "at_least"), (I, "quadruple", 4, 4, 4, "exact")]),
    ("Police are investigating a triple homicide on the east side.", [(K, "triple", 3, 3, 3, "exact")]),
    ("Police are investigating a double-shooting on Main Street.", [(I, "double", 2, 2, 2, "exact")]),
    ("He used a double-barrelled shotgun in the robbery.", []),
    ("He is charged with a double murder. The shooting left two people dead and two more wounded.",
     [(K, "two", 2, 2, 2, "exact"), (I, "two", 2, 2, 2, "exact")]),
    # a count the model swallowed into the day and month before it is still the count
    ("On 12 March 14 people were killed in the shelling.", [(K, "14", 14, 14, 14, "exact")]),
    ("On 16 and 17 July 36 civilians were reportedly killed in two coalition airstrikes.",
     [(K, "36", 36, 36, 36, "exact")]),
    # a family or group "of seven" counts its members; a share is no count, unless one stands beside it
    ("A family of seven civilians was reportedly killed when airstrikes hit the city.",
     [(K, "seven", 7, 7, 7, "exact")]),
    ("Airstrikes killed a family of six in Idlib.", [(K, "six", 6, 6, 6, "exact")]),
    ("Its records suggest 77% were potentially killed by the Assad regime.", []),
    ("They estimate that 20%, some 180 people, were killed.", [(K, "some 180", 162, 180, 198, "approximate")]),
    # things shot down are no casualties; a hospital visit for an illness is no injury; an
    # obituary's death is none, a bombing's is
    ("The Russian military reportedly shot down seven of the 13 drones in the swarm attack.", []),
    ("Two of the victims died.", [(K, "Two", 2, 2, 2, "exact")]),
    ("An official said the boy had been taken to hospital several times with breathing difficulties.", []),
    ("The boy was taken to hospital with gunshot wounds.", [(I, "The boy", 1, 1, 1, "exact")]),
    ("Jalal Talabani, who has died aged 83, was the first non-Arab to lead the nation.", []),
    ("He died aged 19 in a bombing in Kabul.", [(K, "He", 1, 1, 1, "exact")]),
    # an adjective before the first noun leaves a counted noun after it alone
    ("Dead civilians and thousands fleeing the fighting mark a new phase of the war.", []),
    # "one of its volunteers" who died is one; numbers of the largest orders
    ("The White Helmets said one of its volunteers, Firas Juma, died on Monday.", [(K, "one", 1, 1, 1, "exact")]),
    ("Hundreds of thousands have died in Syria.",
     [(K, "Hundreds of thousands", 200_000, 200_000, 999_999, "vague")]),
    ("Tens of thousands of people have been killed.", [(K, "Tens of thousands", 20_000, 20_000, 99_999, "vague")]),
    ("Millions have died.", [(K, "Millions", 2_000_000, 2_000_000, 9_999_999, "vague")]),
    # "shot dead", before or after the dead, is killed, not shot
    ("Soldiers shot dead three protesters.", [(K, "three", 3, 3, 3, "exact")]),
    ("Gunmen shot three people dead.", [(K, "three", 3, 3, 3, "exact")]),
    ("Police shot dead a man who attacked officers with a knife.", [(K, "a man", 1, 1, 1, "exact")]),
    # deaths of an illness are no casualties; deaths of an attack are
    ("After the deaths of her daughter and son in recent months from illness and malnutrition she decided to flee.",
     []),
    ("He died of a heart attack.", []),
    ("Five people died from the attack.", [(K, "Five", 5, 5, 5, "exact")]),
    # "a number of", "a couple of" are vague counts, not one
    ("The group said it had killed a number of soldiers.", [(K, "a number", 2, 3, None, "vague")]),
    ("A couple of people were injured.", [(I, "A couple", 2, 2, 2, "vague")]),
]

XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def run_sentence(nlp):
    from pipeline.extract import process_batch

    def run(sentence):
        source = SourceDoc(doc_id="t", path="t.txt", text=sentence)
        (result,) = process_batch(nlp, [source], default_published=date(2019, 12, 30))
        assert result.document.status == "ok", result.document.error  # no rows for a failed document either
        return [(r.kind, r.text, r.min, r.best, r.max, r.qualifier) for r in result.casualties]
    return run


@pytest.mark.parametrize("sentence, expected", [
    pytest.param(s, e, marks=pytest.mark.xfail(reason=XFAIL[s], strict=True)) if s in XFAIL else (s, e)
    for s, e in CASES])
def test_casualty_phrasing(run_sentence, sentence, expected):
    assert sorted(run_sentence(sentence), key=str) == sorted(expected, key=str)


def test_rising_toll_supersedes(nlp):
    from pipeline.extract import process_batch

    text = ("A car bomb exploded in Baghdad on Sunday, killing 12 people, police said.\n\n"
            "The death toll from the bombing later rose to 30, hospital officials said.")
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)], default_published=date(2019, 12, 30))
    (event,) = [e for e in result.events if e.event_type == "bombing"]
    assert event.killed == 30


def test_repeated_toll_counted_once(nlp):
    from pipeline.extract import process_batch

    text = ("Gunmen kill 5 in Kirkuk\n\n"
            "Gunmen killed five people in Kirkuk on Monday, police said.\n\n"
            "The attack, which killed five people, was the deadliest this year.")
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)], default_published=date(2019, 12, 30))
    assert sum(e.killed or 0 for e in result.events) == 5


def test_a_toll_belongs_to_the_violent_event_of_its_sentence(nlp):
    from pipeline.extract import process_batch

    text = ("Police apprehended a suspect early Saturday in a shooting that left a man dead and three others "
            "injured in a public housing development in Coney Island, Brooklyn.")
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)],
                              default_published=date(2013, 3, 23))
    tolls = {(e.event_type, e.killed, e.injured) for e in result.events if e.killed or e.injured}
    assert tolls == {("shooting", 1, 3)}


@pytest.mark.parametrize("text, killed", [
    # someone who could not be saved died; "deceased" is dead
    ("Police arrived to find the teen shot. They tried to resuscitate the teen on the scene but were unable "
     "to save him.", 1),
    ("A man was shot on Monday. Doctors could not save him.", 1),
    ("A boy was shot on Monday. The boy could not be saved.", 1),
    ("Four people were shot on Saturday. Two of the victims, Cameron Wilkins and Felicia Williams, were "
     "pronounced deceased by the coroner.", 2),
    # ... not one saved, a house, nor a relative long dead, nor one who may not survive
    ("A man was shot on Monday. Medics saved him.", 0),
    ("A fire broke out on Monday. Firefighters could not save the house.", 0),
    ("A man was shot on Monday. His deceased father had owned the gun.", 0),
    ("A man was shot on Monday. He may not survive.", 0),
])
def test_one_who_could_not_be_saved_died(nlp, text, killed):
    from tests.stages.test_events import extract_one

    result = extract_one(nlp, text, date(2016, 9, 27))
    assert sum(e.killed or 0 for e in result.events) == killed


@pytest.mark.parametrize("text, events, tolled", [
    # a death in a crash or accident of travel is no violent event and no event's toll
    ("Two soldiers died in a helicopter crash near Mosul.", [], []),
    ("Gunmen shot a man on Friday. His brother died in a car crash the night before.", ["shooting"], []),
    # ... a hunting accident is still one of a gun
    ("A Waverly man was killed in a hunting accident on Christmas Eve.", ["killing"], [("killing", 1)]),
])
def test_a_death_in_a_travel_mishap_is_no_violence(nlp, text, events, tolled):
    from tests.stages.test_events import extract_one

    result = extract_one(nlp, text, date(2016, 12, 26))
    assert [e.event_type for e in result.events] == events
    assert [(e.event_type, e.killed) for e in result.events if e.killed] == tolled


def test_a_death_before_the_attack_is_not_its_toll(nlp):
    """A story of a shooting at a funeral names whose funeral it was: that death is dated
    before the shooting, so it is no toll of it."""
    from tests.stages.test_events import extract_one

    text = ("Four people were shot while attending a funeral service Friday in Southwest Fresno. People were "
            "gathered for the funeral of Brandon Porraz, who died Nov. 27. Porraz was killed in a high-speed "
            "motorcycle accident.")
    result = extract_one(nlp, text, date(2016, 12, 10))
    shooting = next(e for e in result.events if e.event_type == "shooting")
    assert (shooting.killed, shooting.injured, shooting.date) == (None, 4, "2016-12-09")
    assert all(e.date == "2016-11-27" for e in result.events if e.killed)
