"""Four short news stories we wrote (tests/core/news/), imported as files: what a reader expects to see.

They are not the development data: each topic (a merger, an election, a storm, a trial) checks
that the rules hold on news the rules were not tuned on.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.importer import import_article, import_files
from timeline_app.core.model import Article, Event, Status, is_quiet
from timeline_app.core.store import Store

NEWS = Path(__file__).parent / "news"


def events_of(tmp_path: Path, name: str) -> list[Event]:
    with Store(tmp_path / f"{name}.sqlite") as store:
        (result,) = list(import_files(store, [NEWS / f"{name}.txt"]))
        assert result.ok, result
        return store.events()


def one(events: list[Event], kind: str, status: Status | None = None) -> Event:
    found = [e for e in events if e.kind == kind and (status is None or e.status is status)]
    assert len(found) == 1, [(e.kind, e.title, e.span.label) for e in events]
    return found[0]


def day(event: Event) -> tuple[date | None, date | None]:
    def plain(value: date | None) -> date | None:
        return value.date() if value is not None and hasattr(value, "hour") else value  # type: ignore[attr-defined]

    return plain(event.span.earliest), plain(event.span.latest)


def nothing_after(events: list[Event], published: date) -> None:
    for event in events:
        if event.status is not Status.EXPECTED:
            earliest, latest = day(event)
            assert latest is None or latest <= published, (event.title, event.span.label)
            assert earliest is None or earliest <= published, (event.title, event.span.label)


def test_a_merger_story(tmp_path: Path) -> None:
    events = events_of(tmp_path, "merger")
    published = date(2025, 3, 4)
    nothing_after(events, published)
    deal = one(events, "deal")  # "the deal" the shareholders will vote on is this one, not a second
    assert deal.status is Status.REPORTED and day(deal) == (date(2025, 3, 3), date(2025, 3, 3))
    assert "Halvorsen Foods" in deal.participants
    purchase = one(events, "acquisition")  # agreed to, not done: pending the regulators
    assert purchase.status is Status.EXPECTED and day(purchase)[0] == published
    assert day(one(events, "merger"))[0] == date(2025, 3, 2)  # approved on Sunday evening
    founding = one(events, "founding")
    assert founding.span.precision.value == "year" and day(founding)[0] == date(1921, 1, 1)
    vote = one(events, "vote")
    assert vote.status is Status.EXPECTED and day(vote)[0] == date(2025, 5, 1)
    assert all(is_quiet(e.kind, e.salience) for e in events if e.kind == "statement")


def test_an_election_story(tmp_path: Path) -> None:
    events = events_of(tmp_path, "election")
    published = date(2025, 11, 10)
    nothing_after(events, published)
    election = one(events, "election", Status.REPORTED)
    assert day(election) == (date(2025, 11, 9), date(2025, 11, 9))
    assert "Lund" in election.title
    assert not [e for e in events if e.kind == "vote"]  # "52 percent of the vote" is the election
    resignation = one(events, "resignation")
    assert resignation.title == "Dahl resigned as party leader"
    assert day(resignation)[0] == date(2025, 11, 10)
    sworn = one(events, "appointment")
    assert sworn.status is Status.EXPECTED and day(sworn) == (date(2025, 12, 1), date(2025, 12, 1))
    assert sworn.title == "Lund will be sworn in"
    assert one(events, "election", Status.EXPECTED).span.precision.value == "year"  # the next, in 2029


def test_a_storm_story(tmp_path: Path) -> None:
    events = events_of(tmp_path, "storm")
    published = date(2026, 1, 18)
    nothing_after(events, published)
    deaths = [e for e in events if e.kind == "death"]
    drivers = [e for e in deaths if "drivers" in e.title]
    assert len(drivers) == 1 and day(drivers[0])[0] == date(2026, 1, 17)  # "died when trees fell ... on Saturday"
    (toll,) = [e for e in deaths if "three" in e.title]  # the headline's toll stays its own
    assert day(toll) == (date(2026, 1, 16), date(2026, 1, 16))  # "struck ... on Friday night, killing three"
    (fisherman,) = [e for e in deaths if "Fisherman" in e.title]  # a newcomer near a place: not the toll
    assert len(fisherman.mentions) == 1
    struck = [e for e in events if "struck" in e.title]
    assert struck and day(struck[0])[0] == date(2026, 1, 16)
    assert all(not e.title.lower().startswith(("onto", "on ", "of ")) for e in events)


def test_a_trial_story(tmp_path: Path) -> None:
    events = events_of(tmp_path, "trial")
    published = date(2025, 6, 6)
    nothing_after(events, published)
    arrest, charge = one(events, "arrest"), one(events, "charge")
    assert (day(arrest)[0], day(charge)[0]) == (date(2024, 3, 1), date(2024, 8, 1))
    conviction = one(events, "conviction")
    assert day(conviction) == (date(2025, 6, 5), date(2025, 6, 5)) and "Lars Moe" in conviction.participants
    trial = one(events, "trial")
    assert day(trial) == (date(2025, 5, 12), date(2025, 5, 12))
    plea = one(events, "plea")
    assert day(plea) == (None, published)  # told after a flashback to August 2024: no day is given
    sentencing = one(events, "sentencing")
    assert sentencing.status is Status.EXPECTED and day(sentencing) == (date(2025, 6, 20), date(2025, 6, 20))
    assert "Sentencing" not in sentencing.participants
    assert all(is_quiet(e.kind, e.salience) for e in events if e.kind == "statement")


@pytest.mark.parametrize("name", sorted(path.stem for path in NEWS.glob("*.txt")))
def test_every_title_is_short_and_every_source_is_exact(tmp_path: Path, name: str) -> None:
    with Store(tmp_path / "t.sqlite") as store:
        list(import_files(store, [NEWS / f"{name}.txt"], published=date(2025, 6, 6)))  # for the two undated ones
        (article,) = store.articles()
        for event in store.events():
            assert 0 < len(event.title) <= 60
            last = event.title.split()[-1].lower()
            assert last not in ("of", "the", "a", "an", "and", "to", "with"), event.title  # "sworn in" may end one
            for mention in event.mentions:
                assert mention.start <= mention.trigger_start < mention.trigger_end <= mention.end
                assert mention.trigger(article.text).strip() == mention.trigger(article.text)


def test_two_reports_of_a_shooting_read_as_one_story(tmp_path: Path) -> None:
    """The first report names the suspect in full only; the second tells the shooting again without a name."""
    with Store(tmp_path / "w.sqlite") as store:
        for name, published in (("warehouse-shooting", date(2025, 6, 4)), ("warehouse-charge", date(2025, 6, 6))):
            text = (NEWS / f"{name}.txt").read_text(encoding="utf-8")
            import_article(store, Article(text=text, title=name, published=published, source_path=name))
        events = store.events()
    nothing_after(events, date(2025, 6, 6))
    shooting = one(events, "shooting")
    assert {m.article_id for m in shooting.mentions} == {1, 2}
    assert day(shooting) == (date(2025, 6, 3), date(2025, 6, 3))
    charge = one(events, "charge")  # the headline and the lead sentence's "A former worker was charged"
    assert day(charge) == (date(2025, 6, 5), date(2025, 6, 5)) and len(charge.mentions) == 2
    deaths = [e for e in events if e.kind == "death"]
    assert sorted(e.title for e in deaths) == ["Forklift driver died in hospital", "Gunman killed two workers"]
    (arrest,) = [e for e in events if e.kind == "arrest"]
    assert "Tate" in arrest.title and "Ohio" not in arrest.participants
