"""Six more short news stories we wrote (tests/core/news/), imported as files: what a reader expects.

Domains the first four do not cover: quarterly results with a resignation, a derailment and its
investigation, an appeal overturning a conviction, a product recall, a minister and a vote of no
confidence, a wildfire with evacuations. Each mixes the dates of wire copy (weekdays, "last week",
"two years ago", "earlier this year", "next week") with a quote, a negation, a condition and a plan.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.core.test_news_of_our_own import day, events_of, nothing_after, one
from timeline_app.core.model import Event, Status


def titled(events: list[Event], title: str) -> Event:
    found = [e for e in events if e.title == title]
    assert len(found) == 1, [(e.kind, e.title) for e in events]
    return found[0]


def test_quarterly_results_and_a_resignation(tmp_path: Path) -> None:
    events = events_of(tmp_path, "results")
    published = date(2025, 10, 23)
    nothing_after(events, published)
    resignation = one(events, "resignation")
    assert day(resignation) == (published, published) and "Anders Holm" in resignation.participants
    purchase = one(events, "acquisition")  # "led the purchase of cable firm Nordnett two years ago"
    assert purchase.title == "Purchase of cable firm Nordnett" and day(purchase)[0] == date(2023, 1, 1)
    successor = one(events, "appointment")  # "The board is expected to name a new chief executive early next year"
    assert successor.status is Status.EXPECTED and day(successor)[0] == date(2026, 1, 1)
    assert day(titled(events, "Holm joined Brekke"))[0] == date(2019, 1, 1)
    assert day(titled(events, "Company sold its stake"))[0] == date(2025, 10, 1)  # "Earlier this month"
    saying = titled(events, "Company said operating profit fell to 412 million crowns")
    assert day(saying)[1] == published  # "a year earlier" is what was said, not when
    assert not [e for e in events if "feared" in e.title and e.kind == "event"]  # a state of mind
    assert not [e for e in events if "questions" in e.title]  # "He did not take questions"


def test_a_derailment_and_its_investigation(tmp_path: Path) -> None:
    events = events_of(tmp_path, "derailment")
    published = date(2026, 4, 14)
    nothing_after(events, published)
    derailment = one(events, "accident")  # "derailed near Lindvik last week"
    assert day(derailment) == (date(2026, 4, 6), date(2026, 4, 12))
    assert day(titled(events, "Train left the rails")) == (date(2026, 4, 6), date(2026, 4, 6))
    assert not [e for e in events if e.kind == "death"]  # "Nobody was killed"
    titled(events, "Transport Minister Ola Berg ordered an audit")  # cut before "of the national ..."
    assert any(e.title.startswith("Report said the driver braked") for e in events)
    assert any(e.title.startswith("Accident investigators said a faulty signal") for e in events)


def test_an_appeal_court_overturns_a_conviction(tmp_path: Path) -> None:
    events = events_of(tmp_path, "appeal")
    published = date(2025, 9, 5)
    nothing_after(events, published)
    ruling = one(events, "ruling")
    assert ruling.title == "Bribery conviction of Per Solheim overturned"
    assert day(ruling) == (published, published)
    conviction = one(events, "conviction")  # the first trial's; "If convicted again" is no conviction
    assert conviction.span.precision.value == "month" and day(conviction)[0] == date(2024, 3, 1)
    assert one(events, "appeal").title == "Solheim appealed"  # not the "appeals court"
    retrial = one(events, "trial")  # "ordered a new trial", "the retrial"; "unlikely to start" is no other
    assert retrial.status is Status.EXPECTED and day(retrial)[0] == published
    assert day(titled(events, "Solheim won a third term"))[0] == date(2021, 1, 1)
    assert day(titled(events, "Solheim elected mayor"))[0] == date(2011, 1, 1)
    assert not [e for e in events if "comment" in e.title]  # "Eva Lie did not comment"
    assert not [e for e in events if "admitted" in e.title or "recorded" in e.title]


def test_a_product_recall(tmp_path: Path) -> None:
    events = events_of(tmp_path, "recall")
    published = date(2026, 2, 20)
    nothing_after(events, published)
    recall = one(events, "recall")  # the headline's "recalls", the lead's "would recall", "the recall"
    assert recall.status is Status.EXPECTED and day(recall) == (published, None)
    assert len(recall.mentions) >= 3 and "Friday" not in recall.title
    assert day(titled(events, "Varma founded"))[0] == date(1953, 1, 1)
    assert day(titled(events, "Batch of toasters withdrawn"))[0] == date(2023, 1, 1)
    assert day(titled(events, "Varma Steel kettle launched"))[0] == date(2024, 9, 1)
    titled(events, "Varma said no one was seriously hurt")
    titled(events, "Leena Korhonen said customers should stop using the kettles")


def test_a_minister_survives_a_vote_of_no_confidence(tmp_path: Path) -> None:
    events = events_of(tmp_path, "minister")
    published = date(2025, 11, 19)
    nothing_after(events, published)
    vote = titled(events, "Lawmakers voted 88 to 81 against the motion")
    assert day(vote) == (published, published)
    appointment = one(events, "appointment")  # "in September", and "two months after she was appointed"
    assert appointment.span.precision.value == "month" and day(appointment)[0] == date(2025, 9, 1)
    election = one(events, "election")  # 2017; "would call an early election if ..." is a condition
    assert day(election)[0] == date(2017, 1, 1)
    march = titled(events, "Larger march planned")
    assert march.status is Status.EXPECTED and day(march)[0] == date(2025, 11, 24)
    budget = one(events, "vote", Status.EXPECTED)
    assert day(budget) == (date(2025, 12, 4), date(2025, 12, 4))
    assert day(titled(events, "Farmers protested outside parliament"))[0] == date(2025, 11, 18)
    tabled = titled(events, "Centre Party tabled the motion over a tax")  # "the motion, which ... had tabled"
    assert day(tabled) == (date(2025, 11, 10), date(2025, 11, 16))  # "last week"


def test_a_wildfire_with_evacuations(tmp_path: Path) -> None:
    events = events_of(tmp_path, "wildfire")
    published = date(2025, 8, 11)
    nothing_after(events, published)
    death = one(events, "death")
    assert death.title == "One firefighter died" and day(death)[0] == date(2025, 8, 10)
    arrest = one(events, "arrest")
    assert day(arrest)[0] == date(2025, 8, 10)
    assert not [e for e in events if e.kind in ("charge", "ruling")]  # "has not been charged", "truck overturned"
    assert day(titled(events, "Fire broke out near the village of Salir"))[0] == date(2025, 8, 9)
    titled(events, "Fire burned about 9,000 hectares")
    titled(events, "Strong winds pushed the flames toward the coast")
    emergency = titled(events, "Regional government declared a state of emergency")
    assert day(emergency) == (published, published)
    assert not [e for e in events if e.title.lower().startswith(("afternoon", "outside", "2019"))]
    assert "Salir" not in [name for e in events for name in e.participants]  # "the village of Salir": where
