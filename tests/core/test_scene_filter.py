"""A filtered scene (a search) reads only the rows it shows and draws what loading every row drew."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from timeline_app.core import scene as scene_module
from timeline_app.core.event_list import EventFilter, shown_extent
from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.scene import SceneBuilder, SceneOptions
from timeline_app.core.store import EventRow, Store
from timeline_app.core.timespan import DAY_SECONDS, TimeSpan
from timeline_app.core.viewport import Viewport

KINDS = ["shooting", "charge", "trial", "verdict", "settlement", "statement"]
FIRST_DAY = date(2019, 1, 1)
LIMIT = 40  # a small window limit, so that crowded windows are cut as at a million events


def measure(text: str) -> float:
    return 7.0 * len(text)


def _span(rng: random.Random, index: int) -> TimeSpan:
    day = FIRST_DAY + timedelta(days=rng.randrange(1500))
    choice = index % 7
    if choice == 0:
        return TimeSpan.in_year(day.year)
    if choice == 1:
        return TimeSpan.until(day)  # open start
    if choice == 2:
        return TimeSpan.unknown()
    return TimeSpan.on_day(day)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Six kinds of events over four years, some undated or open, with saliences that tie."""
    rng = random.Random(7)
    store = Store(tmp_path_factory.mktemp("filter") / "filter.sqlite")
    for article in range(6):
        events = []
        for index in range(60):
            kind = KINDS[(index + article) % len(KINDS)]
            salience = rng.choice([0.2, 0.4, 0.4, 0.6, 0.8, 0.9])
            event = Event(f"Event {article}-{index} of {kind}", kind, _span(rng, index), salience=salience)
            event.mentions = [Mention(0, 4, 0, 4)]
            events.append(event)
        store.add_article(Article(f"Article number {article}.", f"Story {article}", date(2023, 6, 1)), events)
    yield store
    store.close()


class AllRowsBuilder(SceneBuilder):
    """The way a filtered scene was built before: every row of the filter loaded, then the most
    salient inside the window kept (the reference the new reads must match)."""

    def _fetch_filtered(self, t0: float, t1: float, ids: frozenset[int]) -> tuple[list[EventRow], bool]:
        assert self.store is not None
        rows = self.store.event_rows(sorted(ids))
        inside = [r for r in rows if r.t0 is not None and r.t1 is not None and r.t0 < t1 and r.t1 > t0]
        inside.sort(key=lambda r: -r.salience)
        return inside[: scene_module.FILTERED_LIMIT], len(inside) <= scene_module.FILTERED_LIMIT

    def kind_extents(self, filter_ids: frozenset[int] | None = None) -> dict[str, tuple[float, float]]:
        if filter_ids is None or self.store is None:
            return super().kind_extents(filter_ids)
        extents: dict[str, tuple[float, float]] = {}
        for row in self.store.event_rows(sorted(filter_ids)):
            if row.t0 is not None and row.t1 is not None:
                first, last = extents.get(row.kind, (row.t0, row.t1))
                extents[row.kind] = (min(first, row.t0), max(last, row.t1))
        return extents


def _views() -> Iterator[Viewport]:
    start = float((FIRST_DAY.toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)
    for days, offset in ((1700, -60), (400, 0), (400, 500), (90, 700), (30, 900), (7, 1200), (3000, -900)):
        view = Viewport(width=1000.0)
        view.show(start + offset * DAY_SECONDS, start + (offset + days) * DAY_SECONDS)
        yield view


def _filters(store: Store) -> Iterator[frozenset[int]]:
    ids = [int(row[0]) for row in store.db.execute("SELECT id FROM events ORDER BY id").fetchall()]
    rng = random.Random(3)
    yield frozenset(ids)
    yield frozenset(rng.sample(ids, len(ids) // 3))
    yield frozenset(rng.sample(ids, 12))
    yield frozenset(i for i in ids if store.event_rows([i])[0].t0 is None)  # only undated events
    yield frozenset([max(ids) + 1000])  # an id no longer stored
    yield frozenset()


@pytest.mark.parametrize("steady", [True, False])
def test_a_filtered_scene_is_the_one_every_row_gave(
    store: Store, monkeypatch: pytest.MonkeyPatch, steady: bool
) -> None:
    monkeypatch.setattr(scene_module, "FILTERED_LIMIT", LIMIT)
    new, old = SceneBuilder(store, measure), AllRowsBuilder(store, measure)
    cut = 0
    for ids in _filters(store):
        for hidden in (frozenset(), frozenset({"trial", "statement"})):
            options = SceneOptions(filter_ids=ids, hidden_kinds=hidden, scrollable=True, steady_lanes=steady)
            for view in _views():
                built, expected = new.build(view, 500.0, options), old.build(view, 500.0, options)
                assert built == expected
                cut += not built.layout.complete
    assert cut  # some windows held more than the limit and drew only the most salient


def test_a_crowded_window_reads_the_most_salient_earliest_first(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scene_module, "FILTERED_LIMIT", LIMIT)
    ids = frozenset(int(row[0]) for row in store.db.execute("SELECT id FROM events").fetchall())
    t0, t1 = _bounds(store)
    rows, complete = SceneBuilder(store, measure)._fetch(t0, t1, SceneOptions(filter_ids=ids))
    dated = [r for r in store.event_rows(sorted(ids)) if r.t0 is not None]
    expected = sorted(dated, key=lambda r: (-r.salience, r.t0, r.id))[:LIMIT]
    assert not complete and list(rows) == expected


def test_lane_extents_of_a_filter_are_the_sql_aggregate_per_kind(store: Store) -> None:
    builder = SceneBuilder(store, measure)
    for ids in _filters(store):
        extents = builder.kind_extents(ids)
        for kind in KINDS:
            others = frozenset(KINDS) - {kind}
            assert extents.get(kind) == shown_extent(store, EventFilter(ids, others))


def test_dated_events_have_both_ends(store: Store) -> None:
    """Every stored event has t0 and t1 both set or both unset (open spans included), so the
    aggregate's MIN(t0) and MAX(t1) over events with a t0 are over events with both."""
    one_sided = store.db.execute("SELECT COUNT(*) FROM events WHERE (t0 IS NULL) != (t1 IS NULL)").fetchone()[0]
    assert one_sided == 0
    assert store.db.execute("SELECT COUNT(*) FROM events WHERE t0 IS NULL").fetchone()[0] > 0


def _bounds(store: Store) -> tuple[float, float]:
    extent = store.time_extent()
    assert extent is not None
    return extent[0] - DAY_SECONDS, extent[1] + DAY_SECONDS


def test_only_the_last_few_searches_are_kept(store: Store) -> None:
    builder = SceneBuilder(store, measure)
    ids = sorted(int(row[0]) for row in store.db.execute("SELECT id FROM events").fetchall())
    builder.kind_extents(None)
    for size in range(10, 30):
        search = frozenset(ids[:size])
        assert builder.kind_extents(search) == AllRowsBuilder(store, measure).kind_extents(search)
    kept = [key for key in builder._extents if key is not None]
    assert len(kept) == scene_module.KEPT_SEARCHES and kept[-1] == frozenset(ids[:29])
    assert None in builder._extents  # the unfiltered extents stay
