"""Merging across articles an event that names nobody ("the shooting"), through who its article is about."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline_app.core.importer import import_article
from timeline_app.core.model import Article, Status
from timeline_app.core.store import Store

FIRST = (
    "Actor Tom Reyes was questioned on Monday about the shooting on the set of his new film. "
    "The shooting happened on May 3 during a rehearsal. Reyes has hired a lawyer."
)
SECOND = (
    "Tom Reyes will not face charges, prosecutors said. Reyes was rehearsing a scene when the shooting "
    "on the set took place. Investigators said the shooting could have been avoided."
)


def _import(store: Store, text: str, published: date, name: str) -> None:
    import_article(store, Article(text=text, title=name, published=published, source_path=name))


def shootings(store: Store) -> list:
    return [e for e in store.events() if e.kind == "shooting"]


def test_an_undated_mention_joins_the_dated_one_of_an_article_about_the_same_person(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        _import(store, FIRST, date(2025, 5, 14), "a")
        _import(store, SECOND, date(2025, 6, 2), "b")
        (shooting,) = shootings(store)
        assert {m.article_id for m in shooting.mentions} == {1, 2}
        assert (shooting.span.earliest, shooting.span.latest) == (date(2025, 5, 3), date(2025, 5, 3))
        assert shooting.participants == []  # the article's people help to merge; they are not shown


def test_two_undated_mentions_stay_apart_and_other_people_stay_apart(tmp_path: Path) -> None:
    undated = FIRST.replace(" on May 3", "")
    with Store(tmp_path / "t.db") as store:
        _import(store, undated, date(2025, 5, 14), "a")
        _import(store, SECOND, date(2025, 6, 2), "b")
        assert len(shootings(store)) == 2  # neither says when: it may be another shooting
    with Store(tmp_path / "u.db") as store:
        _import(store, FIRST, date(2025, 5, 14), "a")
        _import(store, SECOND.replace("Tom Reyes", "Ana Lind").replace("Reyes", "Lind"), date(2025, 6, 2), "b")
        assert len(shootings(store)) == 2


def test_a_death_that_names_nobody_is_never_a_conflict_with_a_named_one(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        _import(store, "Tom Reyes was questioned. Reyes said a crew member died in 2019.", date(2025, 5, 14), "a")
        _import(store, "Tom Reyes died in 2024. Reyes was 80.", date(2025, 6, 2), "b")
        deaths = [e for e in store.events() if e.kind == "death"]
        assert len(deaths) == 2
        assert all(e.status is not Status.CONFLICT for e in deaths)


def test_an_article_that_calls_nobody_by_surname_still_lends_its_people(tmp_path: Path) -> None:
    in_full = (
        "A camera operator was hurt after a gun held by actor Tom Reyes went off on a film set. "
        "Investigators said the weapon fired a live round."
    )
    with Store(tmp_path / "t.db") as store:
        _import(store, in_full, date(2025, 5, 4), "a")
        _import(store, FIRST, date(2025, 5, 14), "b")
        (shooting,) = shootings(store)
        assert {m.article_id for m in shooting.mentions} == {1, 2}
        assert (shooting.span.earliest, shooting.span.latest) == (date(2025, 5, 3), date(2025, 5, 3))
    with Store(tmp_path / "u.db") as store:
        _import(store, in_full.replace("Tom Reyes", "Ana Lind"), date(2025, 5, 4), "a")
        _import(store, FIRST, date(2025, 5, 14), "b")
        assert len(shootings(store)) == 2  # named in full, but someone else


def test_a_state_after_a_city_is_a_place_but_a_speaker_after_a_city_is_a_person() -> None:
    from timeline_app.core.extract import extract

    def participants(text: str, kind: str) -> list[str]:
        (event,) = [e for e in extract(Article(text=text, title="t", published=date(2025, 3, 13))) if e.kind == kind]
        return event.participants

    assert participants("A gunman opened fire at a depot in Lyngby, Ohio on Tuesday.", "shooting") == []
    assert participants("A gunman opened fire at a Lyngby depot on Tuesday.", "shooting") == []
    assert participants("In Lyngby, Odde said on Monday that the depot was closed.", "statement") == ["Odde"]
