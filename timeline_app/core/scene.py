"""Everything one frame of the timeline shows, computed without Qt.

``SceneBuilder`` asks the store only for the visible window plus a margin, keeps the fetched
rows while the view stays inside that margin at the same zoom level, and caches one layout
per zoom level (see ``core.layout``). The canvas, exported images and the benchmark all go
through it, so what is measured is what is drawn.
"""

from __future__ import annotations

import heapq
import math
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from timeline_app.core.axis import Axis, MeasureText, compute_axis
from timeline_app.core.event_list import found_rows
from timeline_app.core.layout import (
    LEVELS_PER_DOUBLING,
    POINT_PRECISIONS,
    Frame,
    LayoutOptions,
    TimelineLayout,
    compute_lanes,
    compute_layout,
    elide,
    level_of,
    level_seconds_per_pixel,
)
from timeline_app.core.model import QUIET_KINDS, QUIET_SALIENCE, is_quiet
from timeline_app.core.store import COUNT_LEVELS, DensityGrid, EventRow, Store
from timeline_app.core.timespan import DAY_SECONDS
from timeline_app.core.viewport import Viewport

AXIS_HEIGHT = 40.0
TITLE_HEIGHT = 30.0
UNDATED_HEIGHT = 24.0
LEGEND_HEIGHT = 22.0
LEGEND_ROWS = 2
FETCH_LIMIT = 600  # most events one window asks the store for
FILTERED_LIMIT = FETCH_LIMIT * 4  # most events of a filter (a search) one window shows
KEPT_SEARCHES = 4  # searches whose lane extents are kept
UNDATED_SHOWN = 40
UNDATED_PAD = 8.0
UNDATED_GAP = 18.0
DENSITY_BUCKET_PIXELS = 4.0  # density bands have a bucket every few pixels
QUIET_MAX_SECONDS_PER_PIXEL = 2 * 3600.0  # quiet sayings show from about four months across a screen
EARLIER, LATER = "◂ earlier", "later ▸"
QUIET_ZOOM_FILL = 0.9  # a click on "zoom in to see N sayings" zooms to this share of the widest view showing them
LABEL_PEEK = 30.0  # pixels of a label that must reach into the view for its lane to count as in view
HINT_GAP = 10.0
# Lanes follow the course of a story (harm, the legal process, outcomes, civic and business
# life, speech); kinds not listed come after, in alphabetical order.
KIND_ORDER = (
    "death", "funeral", "shooting", "attack", "kidnapping", "accident", "disaster", "incident", "rescue", "medical",
    "investigation", "arrest", "charge", "plea", "hearing", "trial", "verdict", "conviction", "acquittal",
    "sentencing", "sentence", "dismissal", "pardon", "release", "escape", "deportation", "lawsuit", "dispute",
    "settlement", "appeal", "ruling", "election", "vote", "protest", "decision", "meeting", "appointment",
    "resignation", "leave", "return", "appearance", "withdrawal", "founding", "birth", "wedding", "acquisition",
    "merger", "deal", "bankruptcy", "layoffs", "launch", "discontinuation", "recall", "announcement", "statement",
    "event", "other",
)  # fmt: skip


def _undated_heading(rows: list[EventRow], count: int) -> str:
    return f"Undated ({count}):" if count else "Undated: none"


def kind_order(kinds: Sequence[str]) -> list[str]:
    """``kinds`` in lane order."""
    rank = {kind: index for index, kind in enumerate(KIND_ORDER)}
    return sorted(kinds, key=lambda kind: (rank.get(kind, len(rank)), kind))


@dataclass(frozen=True)
class SceneOptions:
    """What a frame includes; ``kinds`` None means every kind in the store."""

    title: str = ""
    legend: bool = True
    kinds: frozenset[str] | None = None
    hidden_kinds: frozenset[str] = frozenset()
    filter_ids: frozenset[int] | None = None
    undated_strip: bool = True
    scrollable: bool = False  # lanes that do not fit run on below the frame (the screen scrolls them)
    empty_lanes: bool = False  # keep lanes for kinds with nothing near the view
    # scrollable lanes for every kind with dated events (in the filter), in a fixed order; those
    # with nothing in view shrink to a strip with their name, so panning never adds or drops lanes
    steady_lanes: bool = False


def quiet_hint(count: int) -> str:
    """What a collapsed lane says when ``count`` quiet sayings in view are left out at this zoom."""
    return f"zoom in to see {count} saying" + ("" if count == 1 else "s")


@dataclass(frozen=True)
class LaneHint:
    """ "◂ earlier" or "later ▸" in a collapsed lane (events of its kind lie that way), at view pixel
    ``x``; or, when the lane's events in view are all quiet sayings left out at this zoom, "zoom in
    to see N sayings" with ``zoom`` the span a click shows (``later`` is then False and unused)."""

    lane: int
    kind: str
    later: bool
    x: float
    width: float
    text: str
    zoom: tuple[float, float] | None = None


@dataclass
class Scene:
    """One frame: the view, its axis and layout, the undated strip and the legend."""

    view: Viewport
    height: float
    axis: Axis
    layout: TimelineLayout
    axis_top: float
    lanes_frame: Frame
    kinds: list[str]
    undated: list[EventRow] = field(default_factory=list)
    undated_count: int = 0
    undated_top: float = 0.0
    undated_heading: str = ""
    undated_boxes: list[tuple[float, float, EventRow]] = field(default_factory=list)  # x, width, row
    undated_more: tuple[float, float, str] | None = None  # x, width and text of "+N more…"
    legend_top: float = 0.0
    title: str = ""
    legend: bool = True
    legend_rows: list[list[tuple[float, str]]] = field(default_factory=list)  # x and kind per row
    legend_more: int = 0  # kinds the legend had no room for
    scroll_y: float = 0.0  # how far the lanes are scrolled up inside ``lanes_frame``
    scrollable: bool = False  # the lanes may run on below the frame (the screen scrolls them)
    lane_hints: list[LaneHint] = field(default_factory=list)  # where collapsed lanes' events are

    @property
    def lanes_height(self) -> float:
        """The height of all lanes, which may exceed the frame's when they scroll."""
        lanes = self.layout.lanes
        return lanes[-1].top + lanes[-1].height - self.lanes_frame.top if lanes else 0.0

    @property
    def max_scroll(self) -> float:
        return max(0.0, self.lanes_height - self.lanes_frame.height)

    def layout_x(self, x: float) -> float:
        """Layout pixels of view pixel ``x``."""
        return self.layout.x_of(self.view.time_at(x))

    def view_x(self, layout_x: float) -> float:
        return self.view.x_of(self.layout.origin + layout_x * self.layout.seconds_per_pixel)


@dataclass
class _Window:
    """Events fetched for ``t0``..``t1`` at one zoom level, with density counts when incomplete."""

    t0: float
    t1: float
    events: list[EventRow]
    complete: bool
    density: DensityGrid | None
    quiet: list[EventRow] = field(default_factory=list)  # fetched but left out at this zoom


class SceneBuilder:
    """Builds scenes for one store, caching fetched windows and layouts per zoom level."""

    def __init__(self, store: Store | None, measure: MeasureText, options: LayoutOptions | None = None) -> None:
        self.store = store
        self.measure = measure
        self.options = options or LayoutOptions()
        self._layouts: OrderedDict[tuple[object, ...], TimelineLayout] = OrderedDict()
        self._windows: OrderedDict[tuple[object, ...], _Window] = OrderedDict()
        self._all_kinds: list[str] | None = None
        self._weights: dict[str, float] | None = None
        self._undated: tuple[list[EventRow], int] | None = None
        self._filtered: list[Span] | None = None
        self._filter_key: frozenset[int] | None = None
        self._extents: dict[frozenset[int] | None, dict[str, tuple[float, float]]] = {}

    def invalidate(self) -> None:
        """Forget everything read from the store (call after it changed)."""
        self._layouts.clear()
        self._windows.clear()
        self._all_kinds = None
        self._weights = None
        self._undated = None
        self._filtered = None
        self._filter_key = None
        self._extents.clear()

    def kinds(self) -> list[str]:
        if self._all_kinds is None:
            self._all_kinds = kind_order(self.store.kinds()) if self.store is not None else []
        return self._all_kinds

    def _lane_weights(self) -> dict[str, float]:
        if self._weights is None:
            counts = self.store.kind_counts() if self.store is not None else {}
            self._weights = {kind: float(n) ** 0.5 for kind, n in counts.items()}
        return self._weights

    def shown_kinds(self, options: SceneOptions) -> list[str]:
        kinds = self.kinds() if options.kinds is None else kind_order(list(options.kinds))
        return [kind for kind in kinds if kind not in options.hidden_kinds]

    def build(
        self, view: Viewport, height: float, options: SceneOptions = SceneOptions(), scroll_y: float = 0.0
    ) -> Scene:
        top = TITLE_HEIGHT if options.title else 0.0
        bottom = height
        legend_top = 0.0
        kinds = self.shown_kinds(options)
        legend_rows, legend_more = self._legend_rows(kinds, view.width) if options.legend else ([], 0)
        if options.legend:
            bottom -= LEGEND_HEIGHT * max(1, len(legend_rows))
            legend_top = bottom
        undated_top = 0.0
        if options.undated_strip:
            bottom -= UNDATED_HEIGHT
            undated_top = bottom
        frame = Frame(top + AXIS_HEIGHT, max(0.0, bottom - top - AXIS_HEIGHT))
        axis = compute_axis(view, self.measure)
        layout, window = self._layout(view, frame, kinds, options)
        undated, undated_count = self._undated_rows(options) if options.undated_strip else ([], 0)
        scene = Scene(
            view=view.copy(),
            height=height,
            axis=axis,
            layout=layout,
            axis_top=top,
            lanes_frame=frame,
            kinds=kinds,
            undated=undated,
            undated_count=undated_count,
            undated_top=undated_top,
            undated_heading=_undated_heading(undated, undated_count),
            undated_boxes=self._undated_boxes(undated, undated_count, view.width),
            legend_top=legend_top,
            title=options.title,
            legend=options.legend,
            legend_rows=legend_rows,
            legend_more=legend_more,
            scrollable=options.scrollable,
            lane_hints=self._lane_hints(layout, window, view, options),
        )
        scene.scroll_y = min(max(0.0, scroll_y), scene.max_scroll)
        if len(scene.undated_boxes) < undated_count:
            text = f"+{undated_count - len(scene.undated_boxes)} more…"
            x = scene.undated_boxes[-1][0] + scene.undated_boxes[-1][1] + UNDATED_GAP if scene.undated_boxes else 0.0
            x = max(x, UNDATED_PAD + self.measure(scene.undated_heading) + UNDATED_GAP)
            scene.undated_more = (x, self.measure(text), text)
        return scene

    def _legend_rows(self, kinds: list[str], width: float) -> tuple[list[list[tuple[float, str]]], int]:
        """The legend's swatches, wrapped into at most ``LEGEND_ROWS`` rows; and how many did not fit."""
        rows: list[list[tuple[float, str]]] = [[]]
        x = 8.0
        for index, kind in enumerate(kinds):
            advance = 14 + self.measure(kind) + 16
            if x + advance > width - 8 and rows[-1]:
                if len(rows) == LEGEND_ROWS:
                    return rows, len(kinds) - index
                rows.append([])
                x = 8.0
            rows[-1].append((x, kind))
            x += advance
        return rows, 0

    def _layout(
        self, view: Viewport, frame: Frame, kinds: list[str], options: SceneOptions
    ) -> tuple[TimelineLayout, _Window]:
        level = level_of(view.seconds_per_pixel)
        spp = level_seconds_per_pixel(level)
        window = self._window(view, level, spp, options)
        collapsed: frozenset[str] = frozenset()
        if self._steady(options):
            extents = self.kind_extents(options.filter_ids)
            kinds = [kind for kind in kinds if kind in extents]
            collapsed = frozenset(kinds).difference(self._kinds_in_view(kinds, window, view))
        elif not options.empty_lanes:
            kinds = self._kinds_in_view(kinds, window, view)
        key = (
            level,
            frame,
            tuple(kinds),
            options.filter_ids,
            options.kinds,
            options.scrollable,
            window.t0,
            window.t1,
            collapsed,
        )
        layout = self._layouts.get(key)
        if layout is not None:
            self._layouts.move_to_end(key)
            return layout, window
        lanes = compute_lanes(
            kinds,
            frame,
            self.options,
            self._lane_weights(),
            scrollable=options.scrollable,
            sparse=not window.complete,
            collapsed=collapsed,
        )
        shown = set(kinds) - collapsed
        layout = compute_layout(
            (e for e in window.events if e.kind in shown),
            lanes,
            origin=window.t0,
            seconds_per_pixel=spp,
            measure=self.measure,
            complete=window.complete,
            density=window.density,
            options=self.options,
            fit_rows=options.scrollable,
        )
        self._layouts[key] = layout
        while len(self._layouts) > 24:
            self._layouts.popitem(last=False)
        return layout, window

    @staticmethod
    def _steady(options: SceneOptions) -> bool:
        return options.steady_lanes and options.scrollable and not options.empty_lanes

    def kind_extents(self, filter_ids: frozenset[int] | None = None) -> dict[str, tuple[float, float]]:
        """About when each kind's dated events (among ``filter_ids``) start and end: the first and
        last instant, or without a filter the first and last day an event of the kind starts on."""
        extents = self._extents.get(filter_ids)
        if extents is None:
            if self.store is None:
                extents = {}
            elif filter_ids is not None:
                extents = _span_extents(self._filtered_spans(filter_ids))
            else:
                extents = _summary_extents(self.store)
            self._extents[filter_ids] = extents
            searches = [key for key in self._extents if key is not None]
            for key in searches[:-KEPT_SEARCHES]:  # a search's ids are large: keep the last few
                del self._extents[key]
        return extents

    def _lane_hints(
        self, layout: TimelineLayout, window: _Window, view: Viewport, options: SceneOptions
    ) -> list[LaneHint]:
        """For each collapsed lane: "◂ earlier" after its name and "later ▸" at the right edge when
        its kind has events that way; or, when quiet sayings of its kind in view are left out at this
        zoom, "zoom in to see N sayings" after its name (and no arrows: its events are here)."""
        collapsed = [lane for lane in layout.lanes if lane.collapsed]
        if not collapsed:
            return []
        extents = self.kind_extents(options.filter_ids)
        earlier_width, later_width = self.measure(EARLIER), self.measure(LATER)
        quiet = _quiet_in_view(window.quiet, view)
        hints = []
        for lane in collapsed:
            sayings = quiet.get(lane.kind)
            if sayings:
                text = quiet_hint(len(sayings))
                x = 8 + self.measure(lane.kind) + HINT_GAP
                zoom = quiet_zoom(sayings, view.width)
                hints.append(LaneHint(lane.index, lane.kind, False, x, self.measure(text), text, zoom))
                continue
            first, last = extents.get(lane.kind, (view.start, view.end))
            if first < view.start:
                x = 8 + self.measure(lane.kind) + HINT_GAP
                hints.append(LaneHint(lane.index, lane.kind, False, x, earlier_width, EARLIER))
            if last > view.end:
                x = view.width - HINT_GAP - later_width
                hints.append(LaneHint(lane.index, lane.kind, True, x, later_width, LATER))
        return hints

    def _window(self, view: Viewport, level: int, spp: float, options: SceneOptions) -> _Window:
        """The fetched events around ``view`` at this zoom level: a cached window holding the view,
        or a new one spanning the view and a view's width either side."""
        base = (level, options.filter_ids, options.kinds)
        for key, window in reversed(self._windows.items()):
            if key[0] == base and window.t0 <= view.start and view.end <= window.t1:
                self._windows.move_to_end(key)
                return window
        margin = view.span
        t0, t1 = view.start - margin, view.end + margin
        events, complete = self._fetch(t0, t1, options)
        quiet: list[EventRow] = []
        if options.filter_ids is None and spp > QUIET_MAX_SECONDS_PER_PIXEL:
            quiet = [e for e in events if is_quiet(e.kind, e.salience)]
            events = [e for e in events if not is_quiet(e.kind, e.salience)]  # zoomed out: happenings
        density = None
        if not complete and self.store is not None:
            density = self.store.density_grid(t0, t1, DENSITY_BUCKET_PIXELS * spp)
        window = _Window(t0, t1, list(events), complete, density, quiet)
        self._windows[(base, t0, t1)] = window
        while len(self._windows) > 24:
            self._windows.popitem(last=False)
        return window

    def _kinds_in_view(self, kinds: list[str], window: _Window, view: Viewport) -> list[str]:
        """The kinds with an event (or, zoomed out, a density count) in ``view``; a label reaching
        ``LABEL_PEEK`` pixels into the view from the left counts."""
        slack = (self.options.max_label + self.options.whisker) * view.seconds_per_pixel
        start, end = view.start - slack, view.end
        present: set[str] = set()
        for e in window.events:
            if e.kind in present or (e.t0 or 0.0) >= end or (e.t1 or 0.0) <= start:
                continue
            reach = self._reach(e, view.seconds_per_pixel) if (e.t1 or 0.0) <= view.start else view.end
            if reach > view.start + LABEL_PEEK * view.seconds_per_pixel:
                present.add(e.kind)
        density = window.density
        if density is not None and density.width > 0:
            first = max(0, int((view.start - density.start) // density.width))
            last = max(first, int((view.end - density.start) // density.width) + 1)
            present.update(kind for kind, counts in density.counts.items() if any(counts[first:last]))
        return [kind for kind in kinds if kind in present]

    def _reach(self, event: EventRow, seconds_per_pixel: float) -> float:
        """About where (seconds) an event's label or open-end whisker ends on screen."""
        o = self.options
        t0, t1 = event.t0 or 0.0, event.t1 or 0.0
        point = event.precision in POINT_PRECISIONS and not (event.open_start or event.open_end)
        anchor = (t0 + t1) / 2 + o.marker / 2 * seconds_per_pixel if point else t0
        label = elide(event.title or event.label, o.max_label, self.measure)[1]
        whisker = t1 + o.whisker * seconds_per_pixel if event.open_end else t1
        return max(whisker, anchor + (o.label_pad + label) * seconds_per_pixel)

    def _fetch(self, t0: float, t1: float, options: SceneOptions) -> tuple[Sequence[EventRow], bool]:
        if self.store is None:
            return [], True
        if options.filter_ids is not None:
            return self._fetch_filtered(t0, t1, options.filter_ids)
        return self.store.salient_events(t0, t1, FETCH_LIMIT)

    def _fetch_filtered(self, t0: float, t1: float, ids: frozenset[int]) -> tuple[list[EventRow], bool]:
        """The ``FILTERED_LIMIT`` most salient of ``ids`` overlapping [t0, t1) (ties: earlier, then lower
        id first), and whether that is all of them. Only those few are read as full rows."""
        assert self.store is not None
        inside = [span for span in self._filtered_spans(ids) if span[1] < t1 and span[2] > t0]
        shown = heapq.nsmallest(FILTERED_LIMIT, inside, key=_salient_first)
        order = {span[0]: index for index, span in enumerate(shown)}
        rows = self.store.event_rows(list(order))
        rows.sort(key=lambda row: order[row.id])
        return rows, len(inside) <= FILTERED_LIMIT

    def _filtered_spans(self, ids: frozenset[int]) -> list[Span]:
        """The dated events among ``ids`` as light tuples (kept while the filter stays)."""
        if self._filtered is None or self._filter_key != ids:
            assert self.store is not None
            self._filtered = dated_spans(self.store, ids)
            self._filter_key = ids
        return self._filtered

    def _undated_boxes(self, rows: list[EventRow], count: int, width: float) -> list[tuple[float, float, EventRow]]:
        """Where each undated title goes in the strip (left to right, as many as fit)."""
        x = UNDATED_PAD + self.measure(_undated_heading(rows, count)) + UNDATED_GAP
        more = self.measure(f"+{count} more…") + UNDATED_GAP  # room kept for "+N more…"
        boxes = []
        for index, row in enumerate(rows):
            title_width = self.measure(row.title)
            last = index == len(rows) - 1 and len(rows) == count
            if x + title_width > width - UNDATED_PAD - (0.0 if last else more):
                break
            boxes.append((x, title_width, row))
            x += title_width + UNDATED_GAP
        return boxes

    def _undated_rows(self, options: SceneOptions) -> tuple[list[EventRow], int]:
        if self.store is None:
            return [], 0
        if self._undated is None:
            self._undated = (self.store.undated_events(UNDATED_SHOWN), self.store.undated_count())
        rows, count = self._undated
        shown = set(self.shown_kinds(options))
        if options.filter_ids is not None:
            rows = [r for r in rows if r.id in options.filter_ids]
            count = len(rows)
        return [r for r in rows if r.kind in shown], count


def _quiet_in_view(rows: Iterable[EventRow], view: Viewport) -> dict[str, list[EventRow]]:
    """The quiet sayings among ``rows`` that overlap ``view``, by kind."""
    found: dict[str, list[EventRow]] = {}
    for row in rows:
        if row.t0 is not None and row.t1 is not None and row.t0 < view.end and row.t1 > view.start:
            found.setdefault(row.kind, []).append(row)
    return found


def hides_quiet(seconds_per_pixel: float) -> bool:
    """Whether a view at this scale leaves quiet sayings out (its layout level decides)."""
    return level_seconds_per_pixel(level_of(seconds_per_pixel)) > QUIET_MAX_SECONDS_PER_PIXEL


def quiet_zoom(rows: Sequence[EventRow], width: float) -> tuple[float, float]:
    """A span (seconds) zoomed in far enough for quiet sayings to show: all of ``rows`` when they
    fit, or else the first of them near the left."""
    first = min(row.t0 or 0.0 for row in rows)
    last = max(row.t1 or 0.0 for row in rows)
    # the layout's zoom level, not the view, decides (a level's scale is at least the view's)
    level = math.floor(math.log2(QUIET_MAX_SECONDS_PER_PIXEL) * LEVELS_PER_DOUBLING + 1e-9)
    widest = level_seconds_per_pixel(level) * max(1.0, width) * QUIET_ZOOM_FILL
    pad = (last - first) * 0.1 + DAY_SECONDS / 2
    if last - first + 2 * pad <= widest:
        span = max(last - first + 2 * pad, widest / 3)  # some days around them, not a lone saying
        middle = (first + last) / 2
        return middle - span / 2, middle + span / 2
    lead = widest * 0.1
    return first - lead, first - lead + widest


Span = tuple[int, float, float, float, str]  # id, t0, t1, salience, kind of a dated event


def dated_spans(store: Store, ids: frozenset[int]) -> list[Span]:
    """``Span`` tuples of the dated events among ``ids`` (from the search's one pass, no full rows)."""
    rows = found_rows(store, ids)
    return [(i, t0, t1, salience, kind) for i, t0, t1, salience, kind in rows if t0 is not None and t1 is not None]


def _salient_first(span: Span) -> tuple[float, float, int]:
    return -span[3], span[1], span[0]


def _span_extents(spans: Iterable[Span]) -> dict[str, tuple[float, float]]:
    """First start and last end of each kind's ``spans``."""
    extents: dict[str, list[float]] = {}
    for _, t0, t1, _, kind in spans:
        extent = extents.get(kind)
        if extent is None:
            extents[kind] = [t0, t1]
            continue
        if t0 < extent[0]:
            extent[0] = t0
        if t1 > extent[1]:
            extent[1] = t1
    return {kind: (first, last) for kind, (first, last) in extents.items()}


def _summary_extents(store: Store) -> dict[str, tuple[float, float]]:
    """First and last day on which each kind's events start, read from the store's count summary
    (a coarse grid over everything, then a day grid over each kind's first and last coarse bucket)."""
    extent = store.time_extent()
    if extent is None:
        return {}
    coarse = store.density_grid(extent[0], extent[1] + DAY_SECONDS, COUNT_LEVELS[-1] * DAY_SECONDS)
    days: dict[int, DensityGrid] = {}

    def day_grid(bucket: int) -> DensityGrid:
        grid = days.get(bucket)
        if grid is None:
            start = coarse.start + bucket * coarse.width
            grid = days[bucket] = store.density_grid(start, start + coarse.width, DAY_SECONDS)
        return grid

    extents: dict[str, tuple[float, float]] = {}
    for kind, counts in coarse.counts.items():
        used = [index for index, n in enumerate(counts) if n]
        if not used:
            continue
        first_days, last_days = day_grid(used[0]), day_grid(used[-1])
        first_counts, last_counts = first_days.counts.get(kind, []), last_days.counts.get(kind, [])
        first = next((i for i, n in enumerate(first_counts) if n), 0)
        last = max((i for i, n in enumerate(last_counts) if n), default=len(last_counts) - 1)
        extents[kind] = (
            first_days.start + first * first_days.width,
            last_days.start + (last + 1) * last_days.width,
        )
    return extents


def nearest_of_kind(store: Store, kind: str, t: float, later: bool, skip_quiet: bool = False) -> int | None:
    """The event of ``kind`` starting first at or after ``t`` (``later``), or last before it;
    with ``skip_quiet`` not a quiet saying (one a zoomed-out view leaves out), when there is another."""
    loud = ""
    params: list[object] = [t, kind]
    if skip_quiet and kind in QUIET_KINDS:
        loud = " AND NOT (salience > 0 AND salience < ?)"  # see model.is_quiet
        params.append(QUIET_SALIENCE)
    where = f"WHERE t0 {'>=' if later else '<'} ? AND kind = ?{loud}"
    order = "ORDER BY t0, id" if later else "ORDER BY t0 DESC, id DESC"
    row = store.db.execute(f"SELECT id FROM events INDEXED BY events_t0 {where} {order} LIMIT 1", params).fetchone()
    if row is None and loud:
        return nearest_of_kind(store, kind, t, later)
    return None if row is None else int(row[0])
