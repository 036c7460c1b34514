"""Where each event goes on the timeline: lanes by kind, stacked rows, clusters and density bands.

Qt-free: text is measured through a function passed in, so the layout is tested without a
display and the same layout drives the screen and exported images. Positions are pixels at
the layout's own ``seconds_per_pixel`` measured from ``origin`` seconds; drawing it at a view
zoomed in further (a smaller seconds per pixel) only spreads items apart, so one layout serves
every view between two zoom levels (``level_seconds_per_pixel``) and is cached per level.

Items are placed most salient first (spans far wider than the view after the events they
contain, which are what a zoomed-in reader came for), each in the first row of its lane where it (marker, bar,
whiskers and label) touches nothing already placed. What does not fit is gathered into
clusters with a count when the layout holds every event of the window, or left to the
density band when only the most salient events were fetched.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from timeline_app.core.store import DensityGrid, EventRow
from timeline_app.core.timespan import Precision

MeasureText = Callable[[str], float]

POINT_PRECISIONS = frozenset({Precision.DAY.value, Precision.HOUR.value, Precision.MINUTE.value})
LEVELS_PER_DOUBLING = 1
CLUSTER_TITLES = 4
SPARSE_ROWS = 3
_NARROW = 1000.0  # items up to this wide are indexed by their left edge


@dataclass(frozen=True)
class LayoutOptions:
    """Sizes in pixels."""

    row_height: float = 19.0
    lane_header: float = 12.0
    strip_height: float = 11.0  # clusters or the density band at the foot of each lane
    lane_gap: float = 2.0
    max_rows: int = 8
    marker: float = 9.0
    label_pad: float = 4.0
    item_gap: float = 8.0
    whisker: float = 48.0
    min_span: float = 4.0
    cluster_width: float = 36.0
    max_label: float = 300.0  # longer titles are cut with an ellipsis (the tooltip has them whole)
    wide_span: float = 1200.0  # spans longer than this (pixels) give way to the events they contain


@dataclass(frozen=True)
class Frame:
    """The vertical band the lanes share: ``top`` and ``height`` in pixels."""

    top: float
    height: float


@dataclass(frozen=True)
class Lane:
    kind: str
    index: int
    top: float
    height: float
    rows: int
    strip_top: float
    header: float  # height of the lane's name above its rows (0 when lanes are compact)
    strip_height: float

    @property
    def collapsed(self) -> bool:
        """A thin strip with only the lane's name: nothing of its kind is in view."""
        return self.rows == 0


@dataclass(frozen=True)
class PlacedEvent:
    """One event drawn in ``lane``/``row``: bar or point from ``x0`` to ``x1``, label from ``label_x``."""

    event: EventRow
    lane: int
    row: int
    x0: float
    x1: float
    point: bool
    label: str
    label_x: float
    label_width: float
    whisker_left: float
    whisker_right: float
    y: float  # top of the row

    @property
    def left(self) -> float:
        return self.x0 - self.whisker_left

    @property
    def right(self) -> float:
        return max(self.x1 + self.whisker_right, self.label_x + self.label_width)


@dataclass(frozen=True)
class Cluster:
    """Events that did not fit, gathered: ``count`` of them between times ``t0`` and ``t1``."""

    lane: int
    x0: float
    x1: float
    t0: float
    t1: float
    count: int
    label: str
    label_width: float
    y: float
    event_ids: tuple[int, ...]
    titles: tuple[str, ...] = ()  # of the most salient few, for a tooltip


@dataclass(frozen=True)
class Band:
    """Density of one lane: equal buckets from layout pixel ``x0``, ``bucket_width`` pixels each."""

    lane: int
    y: float
    height: float
    x0: float
    bucket_width: float
    counts: tuple[int, ...]
    peak: int

    def bucket_at(self, x: float) -> int | None:
        index = int((x - self.x0) // self.bucket_width)
        return index if 0 <= index < len(self.counts) and self.counts[index] else None


@dataclass
class TimelineLayout:
    origin: float
    seconds_per_pixel: float
    lanes: list[Lane]
    items: list[PlacedEvent] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    complete: bool = True  # every event of the window is in ``items`` or ``clusters``
    _index: tuple[list[float], list[PlacedEvent], list[PlacedEvent]] | None = field(default=None, repr=False)

    def x_of(self, t: float) -> float:
        return (t - self.origin) / self.seconds_per_pixel

    def items_between(self, x0: float, x1: float) -> list[PlacedEvent]:
        """Items that may show between layout pixels ``x0`` and ``x1`` (found by bisection)."""
        if self._index is None:
            narrow = sorted((i for i in self.items if i.right - i.left <= _NARROW), key=lambda i: i.left)
            wide = [i for i in self.items if i.right - i.left > _NARROW]
            self._index = ([i.left for i in narrow], narrow, wide)
        lefts, narrow, wide = self._index
        first = bisect.bisect_left(lefts, x0 - _NARROW)
        last = bisect.bisect_right(lefts, x1)
        found = [i for i in narrow[first:last] if i.right >= x0]
        found.extend(i for i in wide if i.right >= x0 and i.left <= x1)
        return found


def level_of(seconds_per_pixel: float) -> int:
    """The cached zoom level covering ``seconds_per_pixel`` (one per doubling)."""
    return math.ceil(math.log2(seconds_per_pixel) * LEVELS_PER_DOUBLING - 1e-9)


def level_seconds_per_pixel(level: int) -> float:
    """The seconds per pixel a level lays out at: never finer than the views it serves."""
    return float(2.0 ** (level / LEVELS_PER_DOUBLING))


def compute_lanes(
    kinds: Sequence[str],
    frame: Frame,
    options: LayoutOptions | None = None,
    weights: Mapping[str, float] | None = None,
    *,
    scrollable: bool = False,
    sparse: bool = False,
    collapsed: Collection[str] = frozenset(),
) -> list[Lane]:
    """Lanes for ``kinds`` stacked in ``frame``: one row each, extra rows shared by ``weights``.

    Weights are stable (events per kind in the whole store), so lanes do not jump while zooming.
    When they do not fit, ``scrollable`` lanes keep their names and run on below the frame (the
    screen scrolls them); otherwise (an exported image) they become compact. ``sparse`` lanes (only
    the most salient events fetched, the rest a density band) get no more than their share of
    the frame, at least ``SPARSE_ROWS``, so that zoomed out most lanes stay in sight. Scrollable
    lanes of ``collapsed`` kinds (nothing in view) are thin strips holding only their names.
    """
    o = options or LayoutOptions()
    if not kinds:
        return []
    header, strip, gap = o.lane_header, o.strip_height, o.lane_gap
    if scrollable:
        # as many rows as a lane may need; ``compute_layout(fit_rows=True)`` keeps those used
        most = o.max_rows
        opened = [kind for kind in kinds if kind not in collapsed]
        if sparse and opened:
            room = frame.height - (len(kinds) - len(opened)) * (header + gap)
            share = int((room / len(opened) - header - strip - gap) // o.row_height)
            most = min(o.max_rows, max(SPARSE_ROWS, share))
        rows = {kind: 0 if kind in collapsed else most for kind in kinds}
        return _stack(kinds, frame.top, rows, header, strip, gap, o)
    if len(kinds) * (header + strip + gap + o.row_height) > frame.height:
        # too many lanes for names: rows and a thin strip only; the legend names the colours
        header, gap = 0.0, 1.0
        strip = max(6.0, min(o.strip_height, frame.height / len(kinds) - gap - o.row_height))
    fixed = header + strip + gap
    spare_rows = max(0, int((frame.height - len(kinds) * (fixed + o.row_height)) // o.row_height))
    rows = {kind: 1 for kind in kinds}
    total = sum(max(0.0, (weights or {}).get(kind, 1.0)) for kind in kinds) or 1.0
    shares = {kind: max(0.0, (weights or {}).get(kind, 1.0)) / total for kind in kinds}
    while spare_rows > 0:
        open_kinds = [k for k in kinds if rows[k] < o.max_rows]
        if not open_kinds:
            break
        kind = max(open_kinds, key=lambda k: (shares[k] / rows[k], -kinds.index(k)))
        rows[kind] += 1
        spare_rows -= 1
    used = sum(fixed + rows[kind] * o.row_height for kind in kinds)
    extra = max(0.0, frame.height - used) / len(kinds)
    lanes = []
    top = frame.top
    for index, kind in enumerate(kinds):
        height = fixed + rows[kind] * o.row_height + extra
        strip_top = top + header + rows[kind] * o.row_height
        lanes.append(Lane(kind, index, top, height, rows[kind], strip_top, header, strip))
        top += height
    return lanes


def compute_layout(
    events: Iterable[EventRow],
    lanes: Sequence[Lane],
    origin: float,
    seconds_per_pixel: float,
    measure: MeasureText,
    *,
    complete: bool = True,
    density: DensityGrid | None = None,
    options: LayoutOptions = LayoutOptions(),
    fit_rows: bool = False,
) -> TimelineLayout:
    """Lay out ``events`` (dated rows) in ``lanes``.

    ``complete`` says the events are all the window holds (overflow becomes clusters);
    otherwise they are its most salient ones and ``density`` (counts per kind and bucket)
    becomes density bands. ``fit_rows`` shrinks each lane to the rows it used (at least one),
    restacking the lanes below it.
    """
    layout = TimelineLayout(origin, seconds_per_pixel, list(lanes), complete=complete)
    lane_of = {lane.kind: lane for lane in lanes if not lane.collapsed}
    rows: dict[int, list[_Row]] = {lane.index: [_Row() for _ in range(lane.rows)] for lane in lanes}
    overflow: dict[int, list[PlacedEvent]] = {lane.index: [] for lane in lanes}
    wide = options.wide_span * seconds_per_pixel
    ordered = sorted(
        (e for e in events if e.kind in lane_of and e.t0 is not None),
        key=lambda e: ((e.t1 or e.t0 or 0.0) - (e.t0 or 0.0) > wide, -e.salience, e.t0, e.id),
    )
    for event in ordered:
        lane = lane_of[event.kind]
        box = _box(event, lane, layout, measure, options)
        for row_index, row in enumerate(rows[lane.index]):
            left, right = _padded(box, options)
            if row.fits(left, right):
                row.add(left, right)
                y = lane.top + lane.header + row_index * options.row_height
                layout.items.append(_with_row(box, row_index, y))
                break
        else:
            overflow[lane.index].append(box)
    if fit_rows:
        _fit_rows(layout, options)
        lane_of = {lane.kind: lane for lane in layout.lanes}
        lanes = layout.lanes
    layout.items.sort(key=lambda item: (item.lane, item.row, item.x0))
    if complete:
        for lane in lanes:
            layout.clusters.extend(_clusters(overflow[lane.index], lane, layout, measure, options))
    if density is not None:
        layout.bands.extend(_bands(density, lanes, layout, options))
    return layout


def _stack(
    kinds: Sequence[str], top: float, rows: Mapping[str, int], header: float, strip: float, gap: float, o: LayoutOptions
) -> list[Lane]:
    """Lanes of ``rows[kind]`` rows each, one under the other from ``top``; a lane of no rows is
    collapsed to its name (no strip)."""
    lanes = []
    for index, kind in enumerate(kinds):
        lane_strip = strip if rows[kind] else 0.0
        height = header + rows[kind] * o.row_height + lane_strip + gap
        lanes.append(
            Lane(kind, index, top, height, rows[kind], top + header + rows[kind] * o.row_height, header, lane_strip)
        )
        top += height
    return lanes


def _fit_rows(layout: TimelineLayout, o: LayoutOptions) -> None:
    """Shrink every lane to the rows its items use and move the items with their lanes."""
    used = {lane.index: 0 if lane.collapsed else 1 for lane in layout.lanes}
    for item in layout.items:
        used[item.lane] = max(used[item.lane], item.row + 1)
    old = layout.lanes
    if not old:
        return
    kinds = [lane.kind for lane in old]
    rows = {lane.kind: used[lane.index] for lane in old}
    first = old[0]
    strip = max(lane.strip_height for lane in old)
    layout.lanes = _stack(kinds, first.top, rows, first.header, strip, o.lane_gap, o)
    shift = {lane.index: new.top - lane.top for lane, new in zip(old, layout.lanes)}
    layout.items = [_with_row(item, item.row, item.y + shift[item.lane]) for item in layout.items]


def _padded(box: PlacedEvent, o: LayoutOptions) -> tuple[float, float]:
    """The extent a box reserves in its row: bars may touch bars, labels and markers keep a gap."""
    bar_left = not box.point and not box.whisker_left
    bar_right = not box.point and not box.whisker_right and box.label_x + box.label_width <= box.x1
    left = box.left + 1.0 if bar_left else box.left - o.item_gap / 2
    right = box.right - 1.0 if bar_right else box.right + o.item_gap / 2
    return left, max(left, right)


class _Row:
    """Occupied intervals of one row, kept sorted and disjoint."""

    def __init__(self) -> None:
        self.starts: list[float] = []
        self.ends: list[float] = []

    def fits(self, left: float, right: float) -> bool:
        index = bisect.bisect_left(self.ends, left)
        return index >= len(self.starts) or self.starts[index] > right

    def add(self, left: float, right: float) -> None:
        index = bisect.bisect_left(self.ends, left)
        self.starts.insert(index, left)
        self.ends.insert(index, right)


def _box(event: EventRow, lane: Lane, layout: TimelineLayout, measure: MeasureText, o: LayoutOptions) -> PlacedEvent:
    assert event.t0 is not None and event.t1 is not None
    point = event.precision in POINT_PRECISIONS and not (event.open_start or event.open_end)
    x0 = layout.x_of(event.t0)
    if point:
        x0 = layout.x_of((event.t0 + event.t1) / 2) - o.marker / 2
        x1 = x0 + o.marker
        label_x = x1 + o.label_pad
    else:
        x1 = max(layout.x_of(event.t1), x0 + o.min_span)
        label_x = x0 + o.label_pad
    label, width = elide(event.title or event.label, o.max_label, measure)
    return PlacedEvent(
        event=event,
        lane=lane.index,
        row=-1,
        x0=x0,
        x1=x1,
        point=point,
        label=label,
        label_x=label_x,
        label_width=width,
        whisker_left=o.whisker if event.open_start else 0.0,
        whisker_right=o.whisker if event.open_end else 0.0,
        y=0.0,
    )


def elide(text: str, limit: float, measure: MeasureText) -> tuple[str, float]:
    """``text`` cut at a word (or letter) with "…" so that it measures at most ``limit``."""
    width = measure(text)
    if width <= limit:
        return text, width
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if measure(text[:middle].rstrip() + "…") <= limit:
            low = middle
        else:
            high = middle - 1
    cut = text[:low]
    space = cut.rfind(" ")
    if space > low * 0.6:
        cut = cut[:space]
    short = cut.rstrip(" ,;:-") + "…"
    return short, measure(short)


def _with_row(box: PlacedEvent, row: int, y: float) -> PlacedEvent:
    return PlacedEvent(
        box.event,
        box.lane,
        row,
        box.x0,
        box.x1,
        box.point,
        box.label,
        box.label_x,
        box.label_width,
        box.whisker_left,
        box.whisker_right,
        y,
    )


def _clusters(
    boxes: list[PlacedEvent], lane: Lane, layout: TimelineLayout, measure: MeasureText, o: LayoutOptions
) -> list[Cluster]:
    """Gather what did not fit into badges along the lane's strip; badges never overlap."""
    if not boxes:
        return []
    boxes.sort(key=lambda b: b.x0)
    groups: list[list[PlacedEvent]] = [[boxes[0]]]
    for box in boxes[1:]:
        group = groups[-1]
        if box.x0 - group[0].x0 <= o.cluster_width:
            group.append(box)
        else:
            groups.append([box])
    clusters: list[Cluster] = []
    for group in groups:
        cluster = _cluster(group, lane, layout, measure, o)
        if clusters and cluster.x0 < clusters[-1].x1 + o.item_gap:
            merged = _cluster([*_members(clusters[-1], boxes), *group], lane, layout, measure, o)
            clusters[-1] = merged
        else:
            clusters.append(cluster)
    return clusters


def _members(cluster: Cluster, boxes: list[PlacedEvent]) -> list[PlacedEvent]:
    ids = set(cluster.event_ids)
    return [box for box in boxes if box.event.id in ids]


def _cluster(
    group: list[PlacedEvent], lane: Lane, layout: TimelineLayout, measure: MeasureText, o: LayoutOptions
) -> Cluster:
    label = f"+{len(group)}"
    width = measure(label) + 2 * o.label_pad
    left = min(box.x0 for box in group)
    right = max(max(box.x1 for box in group), left + width)
    t0 = min(box.event.t0 or 0.0 for box in group)
    t1 = max(box.event.t1 or 0.0 for box in group)
    ids = tuple(box.event.id for box in group)
    salient = sorted(group, key=lambda box: -box.event.salience)[:CLUSTER_TITLES]
    titles = tuple(box.event.title for box in salient)
    return Cluster(lane.index, left, right, t0, t1, len(group), label, width, lane.strip_top, ids, titles)


def _bands(density: DensityGrid, lanes: Sequence[Lane], layout: TimelineLayout, o: LayoutOptions) -> list[Band]:
    bands = []
    x0 = layout.x_of(density.start)
    width = density.width / layout.seconds_per_pixel
    for lane in lanes:
        counts = density.counts.get(lane.kind)
        if not counts or lane.collapsed:
            continue
        height = max(2.0, lane.strip_height - 4)
        bands.append(Band(lane.index, lane.strip_top + 2, height, x0, width, tuple(counts), max(counts)))
    return bands


# -- hit testing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """What lies under a point: an event, a cluster or a band bucket (a time range to zoom into)."""

    event: PlacedEvent | None = None
    cluster: Cluster | None = None
    t0: float = 0.0
    t1: float = 0.0


def hit_test(layout: TimelineLayout, x: float, y: float, options: LayoutOptions = LayoutOptions()) -> Hit | None:
    """The event, cluster or band bucket at layout pixel ``x`` and view pixel ``y``."""
    slack = 2.0
    for item in layout.items:
        if item.y <= y < item.y + options.row_height and item.x0 - slack <= x <= item.right + slack:
            return Hit(event=item)
    for cluster in layout.clusters:
        height = max(options.strip_height, layout.lanes[cluster.lane].strip_height)
        if cluster.y <= y < cluster.y + height and cluster.x0 - slack <= x <= cluster.x1 + slack:
            return Hit(cluster=cluster, t0=cluster.t0, t1=cluster.t1)
    for band in layout.bands:
        if band.y - 2 <= y < band.y + band.height + 2:
            index = band.bucket_at(x)
            if index is not None:
                x0 = band.x0 + index * band.bucket_width
                t0 = layout.origin + x0 * layout.seconds_per_pixel
                return Hit(t0=t0, t1=t0 + band.bucket_width * layout.seconds_per_pixel)
    return None
