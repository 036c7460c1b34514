"""The day a story tells carries to its undated sentences; a flashback's day does not (sentences of our own)."""

from __future__ import annotations

from datetime import date

from timeline_app.core.extract import extract
from timeline_app.core.model import Article


def spans(text: str, published: date) -> dict[str, tuple[date | None, date | None]]:
    events = extract(Article(text=text, title="t", published=published))
    return {
        text[e.mentions[0].trigger_start : e.mentions[0].trigger_end]: (e.span.earliest, e.span.latest) for e in events
    }


def test_the_story_day_carries_to_the_undated_happenings_told_after_it() -> None:
    text = "Brenn Motors unveiled an electric van on Monday in Hamar. The company demonstrated its charger."
    found = spans(text, date(2025, 3, 12))  # a Wednesday
    assert found["demonstrated"] == (date(2025, 3, 10), date(2025, 3, 10))


def test_a_flashback_day_does_not_date_the_undated_sentence_after_it() -> None:
    text = (
        "Ola Berg was sentenced on Monday to four years in prison. "
        "A jury convicted him on March 6 after a trial of nine days. "
        "Judge Anna Lie criticised the defence and praised the witnesses."
    )
    found = spans(text, date(2025, 4, 16))
    assert found["convicted"] == (date(2025, 3, 6), date(2025, 3, 6))
    assert found["praised"] == (None, date(2025, 4, 16))  # told after a flashback: by publication, no more


def test_after_a_sentence_of_background_the_story_day_resumes() -> None:
    text = (
        "Brenn Motors unveiled an electric van on Monday in Hamar. "
        "In April, a trade blog published photos of a prototype. "
        "The company demonstrated its charger and showed a cheaper model."
    )
    found = spans(text, date(2025, 6, 11))  # a Wednesday; Monday is June 9
    assert found["unveiled"] == (date(2025, 6, 9), date(2025, 6, 9))
    assert found["demonstrated"] == (date(2025, 6, 9), date(2025, 6, 9))
