"""Table-driven tests of the lexicon's words for happenings, and of states kept out (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.model import Article
from timeline_app.core.scene import KIND_ORDER
from timeline_app.core.triggers import KINDS

PUBLISHED = date(2025, 3, 13)


def kinds_by_trigger(text: str) -> dict[str, str]:
    """Trigger words (lower case) to the kind of the event they name."""
    article = Article(text=text, title="t", published=PUBLISHED)
    return {
        text[m.trigger_start : m.trigger_end].lower(): event.kind for event in extract(article) for m in event.mentions
    }


# (sentence, trigger, kind): words that name a happening a timeline reader wants
HAPPENINGS = [
    ("Velora settled its long trademark dispute with Brenn on Monday.", "dispute", "dispute"),
    ("The standoff at the Kelby depot ended on Tuesday.", "standoff", "dispute"),
    ("Mayor Ana Ruiz made an appearance at the fair on Saturday.", "appearance", "appearance"),
    ("Ana Ruiz appeared in court on Monday.", "appeared", "appearance"),
    ("Coach Ivo Lind returned to the bench on Sunday after a long illness.", "returned", "return"),
    ("On Monday the council decided to close the Kelby pool.", "decided", "decision"),
    ("The council's decision on Monday angered swimmers.", "decision", "decision"),
    ("Brenn Motors will discontinue the Tarn van in May.", "discontinue", "discontinuation"),
    ("The airline scrapped its Kelby route on March 2.", "scrapped", "discontinuation"),
    ("Tom Reyes underwent heart surgery on Tuesday.", "underwent heart surgery", "medical"),
    ("Tom Reyes had a kidney transplant on Tuesday.", "transplant", "medical"),
    ("Tom Reyes went on medical leave on Monday.", "medical leave", "leave"),
    ("Her last two absences came in January and March.", "absences", "leave"),
    ("Dana Holt missed the vote on Monday, her third absence this year.", "absence", "leave"),
    ("In her keynote address on Wednesday, Dana Holt showed the new van.", "address", "statement"),
    ("On Monday Tom Reyes asked Dana Holt to lead the plant.", "asked", "statement"),
    ("Dana Holt extended an invitation to the union on Friday.", "invitation", "statement"),
    ("Gunmen kidnapped two aid workers near Kelby on Sunday.", "kidnapped", "kidnapping"),
    ("Fishermen rescued three sailors off Kelby on Monday.", "rescued", "rescue"),
    ("Police evacuated the Kelby depot on Tuesday.", "evacuated", "rescue"),
    ("Thousands joined a protest in Kelby on Saturday.", "protest", "protest"),
    ("The ministry opened an investigation into the collapse on Monday.", "investigation", "investigation"),
    ("Mayor Ana Ruiz met with the strikers on Monday.", "met", "meeting"),
    ("The two leaders held a summit in Kelby on March 3.", "summit", "meeting"),
    ("The president visited Kelby on Tuesday.", "visited", "meeting"),
    ("Brenn Motors filed for bankruptcy on Monday.", "bankruptcy", "bankruptcy"),
    ("Brenn Motors announced 300 layoffs on Monday.", "layoffs", "layoffs"),
    ("The truce between the rebels and the army began on Sunday.", "truce", "deal"),
    ("A blaze destroyed the Kelby mill on Friday.", "blaze", "disaster"),
    ("The mayor survived an assassination attempt on Friday.", "assassination", "attack"),
    ("Gunmen assassinated the mayor of Kelby on Friday.", "assassinated", "death"),
    ("Tom Reyes was hospitalized on Monday after a fall.", "hospitalized", "medical"),
    ("Rebels freed two hostages near Kelby on Sunday.", "freed", "release"),
    ("Ivo Lind was released from prison on Monday.", "released", "release"),
    ("Ivo Lind was deported to Norway on Monday.", "deported", "deportation"),
    ("Two inmates escaped from Kelby jail on Sunday.", "escaped", "escape"),
    ("Hundreds attended the funeral of Mayor Ana Ruiz on Friday.", "funeral", "funeral"),
    ("Dana Holt and Tom Reyes got married in Kelby on Saturday.", "got married", "wedding"),
    ("Ivo Lind was executed by lethal injection on Tuesday.", "executed", "death"),
    ("The assembly impeached the governor on Monday.", "impeached", "charge"),
    ("The governor pardoned Ivo Lind on Friday.", "pardoned", "pardon"),
    ("A ferry capsized off Kelby on Sunday.", "capsized", "accident"),
    ("A fire destroyed the Kelby mill on Friday.", "fire", "disaster"),
    ("Kelby teachers began a strike on Monday.", "strike", "protest"),
    ("The riots broke out in Kelby on Saturday.", "riots", "protest"),
    ("The air strikes hit the Kelby depot on Tuesday.", "air strikes", "attack"),
    ("The army staged a coup on Tuesday.", "coup", "attack"),
    ("Police found a suspect in the slaying of Ivo Lind on Monday.", "slaying", "death"),
    ("The senate committee held a hearing on the collapse on Tuesday.", "hearing", "hearing"),
    ("The two sides resumed talks in Kelby on Monday.", "talks", "meeting"),
    ("A ceremony at the Kelby mill marked its reopening on Friday.", "ceremony", "meeting"),
    ("Ivo Lind fled to Norway on Monday.", "fled", "escape"),
    ("Brenn launched a tender offer for Velora on Monday.", "tender offer", "acquisition"),
    ("The clashes between police and strikers in Kelby on Saturday left two dead.", "clashes", "attack"),
    ("On Monday the mayor urged residents to leave Kelby.", "urged", "statement"),
    ("The union threatened a strike on Tuesday.", "threatened", "statement"),
    ("Brenn apologized to its customers on Friday.", "apologized", "statement"),
    ("A request from Ivo Lind reached the court on Monday.", "request", "statement"),
    ("The mayor cut short her trip to Oslo on Monday.", "trip", "meeting"),
    ("The troops withdrew from Kelby on Sunday.", "withdrew", "withdrawal"),
    ("Brenn announced the withdrawal of its bid on Monday.", "withdrawal", "withdrawal"),
    ("His return to Kelby on Monday drew a crowd.", "return", "return"),
    ("Velora completed the sale of its truck unit to Brenn on Monday.", "sale", "acquisition"),
    ("Brenn raised its hostile bid for Velora on Monday.", "bid", "acquisition"),
    ("The court granted bail to Ivo Lind on Monday.", "granted", "decision"),
]


def test_a_grant_is_titled_granted_not_decided() -> None:
    text = "The court granted bail to Ivo Lind on Monday."
    (event,) = extract(Article(text=text, title="t", published=PUBLISHED))
    assert event.title == "Bail to Ivo Lind granted"


@pytest.mark.parametrize(("text", "trigger", "kind"), HAPPENINGS)
def test_words_for_happenings_make_events_of_their_kind(text: str, trigger: str, kind: str) -> None:
    found = kinds_by_trigger(text)
    assert found.get(trigger) == kind, found


# (sentence, word): states that name no happening at all
STATES = [
    ("The Tarn van has two sliding doors.", "has"),
    ("The Kelby store sells bicycles.", "sells"),
    ("Tom Reyes owns a bakery in Kelby.", "owns"),
    ("The plant uses wind power.", "uses"),
    ("Demand for the Tarn van is strong.", "demand"),
    ("In the absence of evidence the case was closed.", "absence"),
    ("The council may decide on the pool next year.", "decide"),
]


@pytest.mark.parametrize(("text", "word"), STATES)
def test_states_make_no_event(text: str, word: str) -> None:
    assert word not in kinds_by_trigger(text)


# (sentence, word, kind): stock phrases that are not the happening the kind names (a dated past
# verb may still be a generic event)
NOT_OF_KIND = [
    ("A plant worker, who asked not to be named, said the line stopped on Monday.", "asked", "statement"),
    ("Asked about the strike on Monday, Tom Reyes said nothing.", "asked", "statement"),
    ("The guards had asked for better lighting, the manager said on Monday.", "asked", "statement"),
    ("The fund returned 5% last year.", "returned", "return"),
    ("The mailing address of the plant changed on Monday.", "address", "statement"),
    ("In the absence of evidence the case was closed on Monday.", "absence", "leave"),
    ("A rescue team reached Kelby on Monday.", "rescue", "rescue"),
    ("Tom Reyes met the deadline on Monday.", "met", "meeting"),
    ("Brenn released the Tarn van on Monday.", "released", "release"),
    ("The savings freed for new roads reached $2 million on Monday.", "freed", "release"),
    ("Brenn executed the trade on Monday.", "executed", "death"),
    ("The mayor came under fire on Monday for the budget.", "fire", "disaster"),
    ("The options have a strike price of $20.", "strike", "protest"),
    ("Tom Reyes has had a hearing aid since May.", "hearing", "hearing"),
    ("Brenn filed its tax return on Monday.", "return", "return"),
    ("Brenn reported a 5% return on equity on Monday.", "return", "return"),
    ("Brenn sales rose 5% on Monday.", "sales", "acquisition"),
    ("Ana Ruiz made a bid to win the seat on Monday.", "bid", "acquisition"),
]


@pytest.mark.parametrize(("text", "word", "kind"), NOT_OF_KIND)
def test_stock_phrases_are_not_of_the_kind(text: str, word: str, kind: str) -> None:
    assert kinds_by_trigger(text).get(word) != kind


def test_a_plan_told_by_a_clock_time_before_publication_is_dated_without_error() -> None:
    # "about to be deported" is expected; its governing time is a TIME span (datetime), not a day
    text = "Police said they arrested Ivo Lind at the airport early on Thursday morning as he was about to be deported."
    assert kinds_by_trigger(text).get("deported") == "deportation"


def test_every_kind_of_the_lexicon_has_its_place_among_the_lanes() -> None:
    assert set(KINDS) <= set(KIND_ORDER)
    assert len(KIND_ORDER) == len(set(KIND_ORDER))


def test_met_with_a_reaction_is_no_meeting() -> None:
    published = date(2025, 3, 13)
    text = "The plan was met with outrage on Monday. The minister met with union leaders on Monday."
    kinds = [e.kind for e in extract(Article(text=text, title="t", published=published))]
    assert kinds.count("meeting") == 1
