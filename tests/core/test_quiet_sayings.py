"""Sayings on the timeline: a quote's attribution is listed but left off the zoomed-out timeline."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from timeline_app.core.extract import extract
from timeline_app.core.model import QUIET_SALIENCE, Article, is_quiet
from timeline_app.core.scene import SceneBuilder, SceneOptions
from timeline_app.core.store import Store
from timeline_app.core.timespan import DAY_SECONDS
from timeline_app.core.viewport import Viewport

PUBLISHED = date(2025, 3, 13)


def sayings(text: str) -> list[float]:
    events = extract(Article(text=text, title="t", published=PUBLISHED))
    return [e.salience for e in events if e.kind in ("statement", "announcement")]


QUIET = [
    "Officials said a gunman shot two guards at the depot on Tuesday.",  # the shooting is the news
    "The coach said the team had trained hard all winter.",  # background, no date of its own
    "A spokesman for the Varga family said the city must answer for the collapse.",
    "The river agency says the water is safe to drink.",  # a present "says" is dated by the report only
]
NEWS = [
    "The mayor testified on March 3 that the budget was sound.",  # dated by its own clause
    "Brenn Motors announced a new colour for its vans.",  # an announcement with nothing beside it
]


@pytest.mark.parametrize("text", QUIET)
def test_an_attribution_or_a_background_saying_is_quiet(text: str) -> None:
    found = sayings(text)
    assert found and all(0 < s < QUIET_SALIENCE for s in found)


@pytest.mark.parametrize("text", NEWS)
def test_a_saying_that_is_news_in_itself_is_not_quiet(text: str) -> None:
    found = sayings(text)
    assert found and all(s >= QUIET_SALIENCE for s in found)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "quiet.sqlite") as store:
        text = (
            "A gunman shot two guards at the Kelby depot on March 3, police said. "
            "The depot manager said the guards had asked for better lighting."
        )
        events = extract(Article(text=text, title="Depot", published=PUBLISHED))
        store.add_article(Article(text=text, title="Depot", published=PUBLISHED), events)
        yield store


def _layout_kinds(store: Store, days: float, options: SceneOptions | None = None) -> set[str]:
    view = Viewport(width=1000.0)
    middle = (date(2025, 3, 3).toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS
    view.show(middle - days / 2 * DAY_SECONDS, middle + days / 2 * DAY_SECONDS)
    scene = SceneBuilder(store, lambda text: 7.0 * len(text)).build(view, 600.0, options or SceneOptions())
    return {item.event.kind for item in scene.layout.items}


def test_the_zoomed_out_timeline_leaves_quiet_sayings_out_and_shows_them_zoomed_in(store: Store) -> None:
    quiet = [e for e in store.events() if is_quiet(e.kind, e.salience)]
    assert [e.kind for e in quiet] == ["statement", "statement"]
    assert _layout_kinds(store, 3 * 365) == {"shooting"}
    assert _layout_kinds(store, 20) == {"shooting", "statement"}
    everything = frozenset(e.id for e in store.events() if e.id is not None)
    assert "statement" in _layout_kinds(store, 3 * 365, SceneOptions(filter_ids=everything))  # a search shows all


def test_claiming_lives_is_no_saying() -> None:
    events = extract(Article(text="The floods in Vestby claimed 12 lives on March 3.", title="t", published=PUBLISHED))
    assert not [e for e in events if e.kind == "statement"]


def test_a_title_does_not_open_with_a_quote_mark() -> None:
    text = "``We will rebuild,'' said Mayor Ada Holm on Monday."
    events = extract(Article(text=text, title="t", published=PUBLISHED))
    assert events and all(e.title[:1].isalnum() for e in events)


def test_an_event_never_scored_is_never_quiet() -> None:
    assert not is_quiet("statement", 0.0)  # made by hand: shown like any other
    assert is_quiet("statement", 0.05) and not is_quiet("shooting", 0.05)
