"""Mentions of one happening within an article (sentences of our own): coreference and plurals."""

from __future__ import annotations

from datetime import date

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.model import Article, Event


def events_of(text: str, published: date = date(2025, 3, 13)) -> list[Event]:
    return extract(Article(text=text, title="t", published=published))


def of_kind(events: list[Event], kind: str) -> list[Event]:
    found = [e for e in events if e.kind == kind]
    assert found, [(e.kind, e.title) for e in events]
    return found


def triggers(text: str, event: Event) -> list[str]:
    return [text[m.trigger_start : m.trigger_end] for m in event.mentions]


def test_a_later_definite_mention_of_a_repeatable_kind_is_the_same_event() -> None:
    text = (
        "Orvane unveiled its first folding tablet on Monday in Oslo. "
        "Reviewers praised the battery. The launch drew long queues outside its shops."
    )
    (launch,) = of_kind(events_of(text), "launch")
    assert triggers(text, launch) == ["unveiled", "launch"]
    assert launch.span.earliest == date(2025, 3, 10)


def test_an_indefinite_noun_of_a_repeatable_kind_stays_its_own_event() -> None:
    text = "Orvane unveiled its first folding tablet on Monday. A launch followed on Wednesday."
    launches = of_kind(events_of(text), "launch")
    assert [triggers(text, e) for e in launches] == [["unveiled"], ["launch"]]


def test_a_noun_of_the_verbs_own_kind_is_its_object_not_a_second_event() -> None:
    text = "The Varga family filed a lawsuit against the city of Tornby in May over the collapse."
    (suit,) = of_kind(events_of(text), "lawsuit")
    assert triggers(text, suit) == ["filed a lawsuit"]
    assert suit.span.precision.value == "month" and suit.span.earliest == date(2024, 5, 1)


def test_mentions_without_participants_of_one_happening_are_one_event() -> None:
    text = (
        "Two guards were hurt in a shooting at the Kelby depot on Saturday, police said.\n\n"
        "The shooting happened shortly after noon. Witnesses said the shooting on the loading dock was brief.\n\n"
        "The depot reopened on Monday. The fatal shooting was the third at a depot this year."
    )
    shootings = of_kind(events_of(text, date(2025, 3, 11)), "shooting")
    assert len(shootings) == 1
    assert len(shootings[0].mentions) == 4


def test_a_plural_noun_is_a_mention_of_every_compatible_event_of_its_kind() -> None:
    text = (
        "Dock workers filed a lawsuit against the Port of Selm in 2021, and a second lawsuit was filed in 2023. "
        "The lawsuits seek back pay for night shifts."
    )
    suits = of_kind(events_of(text), "lawsuit")
    assert sorted(str(e.span.earliest)[:4] for e in suits) == ["2021", "2023"]
    plural = text.index("lawsuits")
    assert all(any(m.trigger_start == plural for m in e.mentions) for e in suits)
    for suit in suits:  # the plural does not widen or narrow either suit's year
        assert suit.span.precision.value == "year"


def test_a_plural_noun_with_one_compatible_event_joins_it_and_alone_stands_alone() -> None:
    one = "The Brenn estate sued the Halvik clinic in 2022. The lawsuits are pending."
    (suit,) = of_kind(events_of(one), "lawsuit")
    assert len(suit.mentions) == 2
    alone = "Several lawsuits from former tenants against the Brenn estate are pending."
    assert len(of_kind(events_of(alone), "lawsuit")) == 1


def test_a_year_that_is_not_over_at_publication_ends_at_publication() -> None:
    text = "The council approved the budget. The Varga family filed a lawsuit against Tornby in 2025."
    (suit,) = of_kind(events_of(text, date(2025, 7, 13)), "lawsuit")
    assert suit.span.earliest == date(2025, 1, 1)
    assert suit.span.latest == date(2025, 7, 13)


def titles(text: str, published: date = date(2025, 3, 13)) -> dict[str, str]:
    return {e.kind: e.title for e in events_of(text, published)}


# (text, kind, title): participial clauses, particles, inner "and", names that keep their case.
TITLES = [
    ("Mayor Ada Holm spoke on Monday, saying the city would rebuild the bridge.", "statement", "Ada Holm said"),
    (
        "While introducing the new tablet, Orvane's chief Lea Moen thanked the staff.",
        "launch",
        "Orvane's chief Lea Moen introduced the new tablet",
    ),
    ("The company settled out of court in 1981.", "settlement", "Company settled out of court"),
    ("Ola Berg took leave in 2009, later revealing he had cancer.", "announcement", "Ola Berg revealed he had cancer"),
    ("Orvane Corp announced on Monday that it would close two plants.", "announcement", "Orvane Corp announced"),
    ("Actor Tom Reyes and producer Mark Hale were sued in May.", "lawsuit", "Tom Reyes and producer Mark Hale sued"),
    ("The iPod was released in 2001.", "launch", "iPod released"),
    ("The boards of both firms approved the merger on Sunday.", "merger", "Boards of both firms approved the merger"),
    ("The storm weakened on Saturday afternoon.", "disaster", "Storm weakened"),
    ("Analysts discussed a long anticipated merger in 2024.", "merger", "Merger"),
    ("The song purchased during the demonstration in May 2024 was a hit.", "acquisition", "Song purchased"),
    ("Brenn Motors has shipped four vans in 2024 with new batteries.", "launch", "Brenn Motors shipped four vans"),
    ("During his speech on March 3, he stated that the plant would close.", "statement", "He stated"),
    (
        "Ola Berg was born in Santa Cruz. In 1985 he was fired from the bank and he founded Bergco.",
        "founding",
        "Ola Berg founded Bergco",
    ),
]


@pytest.mark.parametrize(("text", "kind", "expected"), TITLES)
def test_titles_read_as_a_reader_would_say_them(text: str, kind: str, expected: str) -> None:
    assert titles(text)[kind].startswith(expected), titles(text)


def test_adding_is_saying_only_beside_a_quote_or_that() -> None:
    said = events_of('"We will rebuild," the mayor added on Monday. She added that the bridge was safe.')
    assert [e.kind for e in said].count("statement") >= 1
    feature = events_of("The update adds support for new printers. The firm added two shops in 2024.")
    assert not [e for e in feature if e.kind == "statement"]


def test_a_passive_infinitive_looks_ahead() -> None:
    text = "Brenn Motors showed its new van on Monday, to be released in June."
    released = [e for e in events_of(text) if "released" in triggers(text, e)]
    assert released and all(e.status.value == "expected" for e in released)


def test_a_place_takes_no_part() -> None:
    (charge,) = of_kind(events_of("Prosecutors in Santa Clara charged Tom Reyes on Monday."), "charge")
    assert charge.participants == ["Tom Reyes"]


def test_a_shooting_named_by_an_earlier_shooting_death_is_that_death() -> None:
    text = (
        "A judge dismissed the case over the shooting death of Lena Fox on the Dust set. "
        "The legal saga surrounding the Dust shooting continues, with further developments expected"
        " in the coming weeks."
    )
    events = events_of(text)
    (death,) = of_kind(events, "death")
    assert triggers(text, death) == ["shooting death", "shooting"]
    assert not [e for e in events if e.kind == "shooting"]  # and not an expected shooting in the coming weeks


def test_a_named_death_far_from_an_unnamed_one_is_not_given_its_date() -> None:
    text = (
        "The March 2, 2024, explosion at a chemical plant killed more than 20 workers. "
        "The company paid a fine. The union called a strike. Investors sold their shares. "
        "Prosecutors say Ola Berg was killed by a single shot fired through a window of his home."
    )
    deaths = of_kind(events_of(text), "death")
    berg = [e for e in deaths if "Berg" in e.title]
    assert len(deaths) == 2 and berg
    assert berg[0].span.earliest is None  # no day the text does not give


def test_a_happening_that_is_the_subject_of_a_deed_shares_its_date() -> None:
    text = "An explosion at a chemical plant in Kelby killed 20 workers on March 2."
    events = events_of(text)
    (blast,) = of_kind(events, "accident")
    assert (blast.span.earliest, blast.span.latest) == (date(2025, 3, 2), date(2025, 3, 2))
    (death,) = of_kind(events, "death")
    assert death.title == "Explosion at a chemical plant in Kelby killed 20 workers"
    settled = events_of("The first lawsuit against the Brenn estate was settled out of court in 1981.")
    assert all(e.span.earliest is None for e in settled if e.kind == "lawsuit")  # it began before it ended


def test_agreeing_to_buy_is_a_plan_not_a_purchase() -> None:
    text = "Halvorsen Foods said on Monday it had agreed to buy Kvist Dairy."
    (purchase,) = of_kind(events_of(text), "acquisition")
    assert purchase.status.value == "expected"
    assert purchase.span.earliest == date(2025, 3, 13)  # not the Monday it was said
