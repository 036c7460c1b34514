"""A small store with events of every kind of time span, built for the export tests."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from timeline_app.core.model import Article, Event, Mention, Status
from timeline_app.core.store import Store
from timeline_app.core.timespan import Precision, TimeSpan

ARTICLE_TEXT = (
    "The crew member was shot on the set on Oct. 21, 2021. A settlement was reached in 2022. "
    "Civil suits were filed, and the armorer was convicted earlier. "
    "A hearing happened at 14:30 on 3 March 2023. Developments are expected in the coming weeks."
)


def _mention(text: str, sentence: str, trigger: str) -> Mention:
    start = text.index(sentence)
    trigger_start = text.index(trigger, start)
    return Mention(start, start + len(sentence), trigger_start, trigger_start + len(trigger))


def sample_events(text: str = ARTICLE_TEXT) -> list[Event]:
    published = date(2024, 7, 13)
    return [
        Event(
            "Shooting on the set",
            "incident",
            TimeSpan.on_day(date(2021, 10, 21)),
            participants=["Halyna Hutchins", "Alec Baldwin"],
            mentions=[_mention(text, "The crew member was shot on the set on Oct. 21, 2021.", "shot")],
        ),
        Event(
            "Settlement, with the family; reached",
            "settlement",
            TimeSpan.in_year(2022),
            participants=["Hutchins family, estate"],
            mentions=[_mention(text, "A settlement was reached in 2022.", "settlement")],
        ),
        Event(
            "Armorer convicted",
            "conviction",
            TimeSpan.until(published),
            participants=["Hannah Gutierrez-Reed"],
            mentions=[_mention(text, "Civil suits were filed, and the armorer was convicted earlier.", "convicted")],
        ),
        Event(
            "Civil suits filed",
            "lawsuit",
            TimeSpan.unknown(),
            mentions=[_mention(text, "Civil suits were filed, and the armorer was convicted earlier.", "filed")],
        ),
        Event(
            "Hearing in Santa Fe",
            "hearing",
            TimeSpan.at_time(datetime(2023, 3, 3, 14, 30)),
            mentions=[_mention(text, "A hearing happened at 14:30 on 3 March 2023.", "hearing")],
        ),
        Event(
            "Further developments — a very long title that certainly needs folding in a calendar file, ünïcödé",
            "other",
            TimeSpan(date(2024, 7, 13), date(2024, 8, 31), Precision.RANGE, hint="coming weeks", expected=True),
            status=Status.EXPECTED,
            mentions=[_mention(text, "Developments are expected in the coming weeks.", "Developments")],
        ),
        Event("Charges filed", "charge", TimeSpan.in_month(2023, 1)),
    ]


def build_sample_store(path: Path) -> Store:
    store = Store(path)
    article = Article(ARTICLE_TEXT, "Case against Baldwin dismissed, judge rules", date(2024, 7, 13))
    store.add_article(article, sample_events())
    return store
