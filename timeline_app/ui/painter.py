"""The one painter of the timeline: draws a computed ``Scene`` on any QPainter.

The canvas (screen), PNG (QImage), SVG (QSvgGenerator) and PDF (QPdfWriter) exports all call
``paint_scene``, so what is exported is what is seen. ``render_timeline`` builds the scene
for a time range and paints it on a device in one call, for exports.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPaintDevice,
    QPaintEngine,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
    QTransform,
    qRgba,
)
from PySide6.QtWidgets import QApplication

from timeline_app.core.layout import LayoutOptions, PlacedEvent, TimelineLayout
from timeline_app.core.scene import LEGEND_HEIGHT, Scene, SceneBuilder, SceneOptions
from timeline_app.core.store import Store
from timeline_app.core.viewport import Viewport, clamp_seconds_per_pixel

# Families of kinds share a hue family: harm in reds, the legal process in blues and purples,
# outcomes in greens, civic and business life in oranges and teals, speech in greys.
KIND_COLORS = {
    "death": "#8c1c13",
    "shooting": "#d62728",
    "attack": "#e8434f",
    "accident": "#f08070",
    "disaster": "#b3475a",
    "arrest": "#ff7f0e",
    "charge": "#e6550d",
    "plea": "#c4701c",
    "trial": "#1f77b4",
    "hearing": "#17becf",
    "verdict": "#2ca02c",
    "conviction": "#238b45",
    "acquittal": "#74c476",
    "sentencing": "#8c564b",
    "sentence": "#8c564b",
    "dismissal": "#9e9ac8",
    "settlement": "#bcbd22",
    "lawsuit": "#9467bd",
    "appeal": "#e377c2",
    "ruling": "#3f5fbf",
    "election": "#006d77",
    "vote": "#2a9d8f",
    "appointment": "#52b788",
    "resignation": "#f4a261",
    "founding": "#8ab17d",
    "birth": "#90be6d",
    "acquisition": "#e9c46a",
    "merger": "#d4a017",
    "deal": "#a0522d",
    "launch": "#00a6d6",
    "announcement": "#6b6ecf",
    "statement": "#7f7f7f",
    "event": "#a3a3a3",
    "incident": "#d62728",
    "other": "#a3a3a3",
    # harm and its aftermath
    "kidnapping": "#a50f15",
    "funeral": "#67000d",
    "rescue": "#fb6a4a",
    "medical": "#c9184a",
    # the legal process
    "investigation": "#4a6fa5",
    "pardon": "#a1d99b",
    "release": "#41ab5d",
    "escape": "#f16913",
    "deportation": "#807dba",
    "dispute": "#756bb1",
    # civic and business life
    "protest": "#ee9b00",
    "decision": "#0a9396",
    "meeting": "#94d2bd",
    "leave": "#f6bd60",
    "return": "#84a59d",
    "appearance": "#5e9ea0",
    "withdrawal": "#bb3e03",
    "wedding": "#f28482",
    "bankruptcy": "#7f5539",
    "layoffs": "#9c6644",
    "discontinuation": "#4d908e",
    "recall": "#ca6702",
}
MAX_LABEL_SLACK = 600.0
WHISKER_STEPS = 8
EXPORT_LABEL_ROOM = 200.0  # pixels kept right of the last event for its label
_FALLBACK = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4")


def kind_color(kind: str) -> QColor:
    """The colour of a kind: a fixed one for common kinds, a stable pick for others."""
    name = KIND_COLORS.get(kind.lower()) or _FALLBACK[zlib.crc32(kind.encode("utf-8")) % len(_FALLBACK)]
    return QColor(name)


@dataclass
class Theme:
    """Colours for one look (light or dark)."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    lane_alt: QColor
    axis_background: QColor
    today: QColor
    selection: QColor
    published: QColor
    dark: bool = False
    transparent: bool = False
    kind_colors: dict[str, QColor] = field(default_factory=dict)
    _pens: dict[str, QPen] = field(default_factory=dict, repr=False)
    _fills: dict[tuple[str, bool], QColor] = field(default_factory=dict, repr=False)
    _markers: dict[tuple[str, float, float], QImage] = field(default_factory=dict, repr=False)

    def solid(self, color: QColor) -> QColor:
        """``color`` blended onto the background as an opaque colour (cheaper to fill); kept as is
        when the background is transparent."""
        if self.transparent or color.alpha() == 255:
            return color
        a = color.alphaF()
        bg = self.background
        return QColor.fromRgbF(
            color.redF() * a + bg.redF() * (1 - a),
            color.greenF() * a + bg.greenF() * (1 - a),
            color.blueF() * a + bg.blueF() * (1 - a),
        )

    def pen_of(self, kind: str) -> QPen:
        pen = self._pens.get(kind)
        if pen is None:
            pen = self._pens[kind] = QPen(self.color_of(kind), 1)
        return pen

    def fill_of(self, kind: str, marked: bool = False) -> QColor:
        key = (kind, marked)
        fill = self._fills.get(key)
        if fill is None:
            fill = QColor(self.color_of(kind))
            fill.setAlpha(150 if marked else 90)
            self._fills[key] = fill = self.solid(fill)
        return fill

    def marker_of(self, kind: str, radius: float, ratio: float = 1.0) -> QImage:
        """A round marker with a thin outline in the background colour, drawn once per kind, size and
        device pixel ratio (sharp on high-DPI screens)."""
        key = (kind, radius, ratio)
        image = self._markers.get(key)
        if image is None:
            size = int(2 * radius + 3)
            image = QImage(round(size * ratio), round(size * ratio), QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(0)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(self.background, 1))
            painter.setBrush(self.color_of(kind))
            painter.drawEllipse(QPointF(size / 2, size / 2), radius, radius)
            painter.end()
            self._markers[key] = image
        return image

    def color_of(self, kind: str) -> QColor:
        color = self.kind_colors.get(kind)
        if color is None:
            color = kind_color(kind)
            if self.dark:
                color = color.lighter(125)
            self.kind_colors[kind] = color
        return color

    @classmethod
    def light(cls) -> Theme:
        return cls(
            background=QColor("#ffffff"),
            text=QColor("#1d1d1f"),
            muted=QColor("#6e6e73"),
            grid=QColor(0, 0, 0, 28),
            lane_alt=QColor(0, 0, 0, 10),
            axis_background=QColor("#f3f3f5"),
            today=QColor("#e4002b"),
            selection=QColor("#0a64d8"),
            published=QColor("#7a4cc2"),
        )

    @classmethod
    def dark_theme(cls) -> Theme:
        return cls(
            background=QColor("#1e1f22"),
            text=QColor("#e8e8ea"),
            muted=QColor("#a0a0a8"),
            grid=QColor(255, 255, 255, 30),
            lane_alt=QColor(255, 255, 255, 10),
            axis_background=QColor("#2a2b2f"),
            today=QColor("#ff5c5c"),
            selection=QColor("#5aa2ff"),
            published=QColor("#c09bff"),
            dark=True,
        )

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        """Light or dark after the palette's window colour; background and text from the palette."""
        window = palette.color(QPalette.ColorRole.Base)
        theme = cls.dark_theme() if window.lightness() < 128 else cls.light()
        theme.background = window
        theme.text = palette.color(QPalette.ColorRole.Text)
        theme.selection = palette.color(QPalette.ColorRole.Highlight)
        return theme


@dataclass
class PaintState:
    """What is highlighted in a frame (screen only; exports use the defaults)."""

    selected: int | None = None
    hovered: int | None = None
    published: tuple[float, ...] = ()
    today: float | None = None


def text_measurer(font: QFont) -> Callable[[str], float]:
    """A cached text-width function for layout, from the font's metrics."""
    metrics = QFontMetricsF(font)
    cache: dict[str, float] = {}

    def measure(text: str) -> float:
        width = cache.get(text)
        if width is None:
            width = metrics.horizontalAdvance(text)
            if len(cache) > 50_000:
                cache.clear()
            cache[text] = width
        return width

    return measure


def paint_scene(
    painter: QPainter,
    scene: Scene,
    theme: Theme,
    font: QFont,
    state: PaintState | None = None,
    options: LayoutOptions | None = None,
) -> None:
    """Draw ``scene`` (computed by ``SceneBuilder``) with ``theme``; the only drawing code there is."""
    state = state or PaintState()
    options = options or LayoutOptions()
    width, height = scene.view.width, scene.height
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setFont(font)
    _CACHES.text.take(painter)
    if not theme.transparent:
        painter.fillRect(QRectF(0, 0, width, height), theme.background)
    _paint_title(painter, scene, theme, font)
    frame = scene.lanes_frame
    lanes_clip = QRectF(0, frame.top, scene.view.width, frame.height)
    painter.save()
    painter.setClipRect(lanes_clip)
    painter.translate(0, -scene.scroll_y)
    _paint_lanes(painter, scene, theme)
    painter.restore()
    _paint_axis(painter, scene, theme, font)
    painter.save()
    painter.setClipRect(lanes_clip)
    painter.translate(0, -scene.scroll_y)
    _paint_bands(painter, scene, theme)
    _paint_items(painter, scene, theme, state, options)
    _paint_clusters(painter, scene, theme, options)
    _paint_lane_names(painter, scene, theme)
    painter.restore()
    _paint_scroll_hints(painter, scene, theme)
    _paint_empty_hint(painter, scene, theme)
    _paint_markers(painter, scene, theme, state)
    _paint_undated(painter, scene, theme, state)
    _paint_legend(painter, scene, theme)
    painter.restore()
    _CACHES.text.painter = None


def _paint_title(painter: QPainter, scene: Scene, theme: Theme, font: QFont) -> None:
    if not scene.title:
        return
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 12)
    painter.setFont(bold)
    painter.setPen(theme.text)
    painter.drawText(QRectF(8, 0, scene.view.width - 16, 28), Qt.AlignmentFlag.AlignVCenter, scene.title)
    painter.setFont(font)


def _paint_lanes(painter: QPainter, scene: Scene, theme: Theme) -> None:
    width = scene.view.width
    top = scene.lanes_frame.top + scene.scroll_y
    bottom = top + scene.lanes_frame.height
    for lane in scene.layout.lanes:
        if lane.top + lane.height < top or lane.top > bottom:
            continue
        if lane.index % 2 == 1:
            painter.fillRect(QRectF(0, lane.top, width, lane.height), theme.solid(theme.lane_alt))
        painter.fillRect(QRectF(0, lane.top, 3, lane.height), theme.color_of(lane.kind))


def _paint_lane_names(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Each lane's kind above its rows, or, in compact lanes, at the left of the first row when free."""
    painter.setPen(theme.muted)
    compact = [lane for lane in scene.layout.lanes if not lane.header]
    for lane in scene.layout.lanes:
        if lane.header:
            _draw_label(painter, 8, lane.top + lane.header / 2 + 2, lane.kind)
            if lane.top < scene.lanes_frame.top + scene.scroll_y < lane.top + lane.height - lane.header:
                _paint_sticky_name(painter, scene, theme, lane.kind)
    lanes = scene.layout.lanes
    for hint in scene.lane_hints:
        lane = lanes[hint.lane]
        _draw_label(painter, hint.x, lane.top + lane.header / 2 + 2, hint.text)
    if not compact:
        return
    metrics = painter.fontMetrics()
    widest = max(metrics.horizontalAdvance(lane.kind) for lane in compact) + 16
    near = scene.layout.items_between(scene.layout_x(-MAX_LABEL_SLACK), scene.layout_x(widest))
    taken = {item.lane for item in near if item.row == 0 and scene.view_x(item.left) < widest}
    for lane in compact:
        if lane.index not in taken:
            _draw_label(painter, 8, lane.top + 10, lane.kind)


def _paint_sticky_name(painter: QPainter, scene: Scene, theme: Theme, kind: str) -> None:
    """The name of a lane scrolled partly out of sight, pinned at the top of the frame."""
    y = scene.lanes_frame.top + scene.scroll_y
    width = painter.fontMetrics().horizontalAdvance(kind) + 12
    painter.fillRect(QRectF(3, y, width, 14), theme.solid(theme.axis_background))
    painter.setPen(theme.muted)
    _draw_label(painter, 8, y + 7, kind)


def _paint_scroll_hints(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """A fade and an arrow at the frame's edge where more lanes lie scrolled out of sight."""
    frame = scene.lanes_frame
    if scene.max_scroll <= 0 or not scene.scrollable:
        return
    width = scene.view.width
    shade = QColor(theme.text)
    for edge, more, direction in (
        (frame.top, scene.scroll_y > 0.5, 1.0),
        (frame.top + frame.height, scene.scroll_y < scene.max_scroll - 0.5, -1.0),
    ):
        if not more:
            continue
        gradient = QLinearGradient(QPointF(0, edge), QPointF(0, edge + 8 * direction))
        shade.setAlpha(60)
        gradient.setColorAt(0, shade)
        shade.setAlpha(0)
        gradient.setColorAt(1, shade)
        painter.fillRect(QRectF(0, min(edge, edge + 8 * direction), width, 8), QBrush(gradient))
        # a small arrow at the right edge (beside the vertical scroll bar), covering little
        tip = edge + 2 * direction
        base = edge + 8 * direction
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.muted)
        painter.drawPolygon([QPointF(width - 12, tip), QPointF(width - 17, base), QPointF(width - 7, base)])


def _paint_empty_hint(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Say so when no lane has anything near the view (below the lanes' names, if any)."""
    if any(not lane.collapsed for lane in scene.layout.lanes) or not scene.kinds:
        return
    frame = scene.lanes_frame
    top = max(frame.top, frame.top + scene.lanes_height - scene.scroll_y)
    if frame.top + frame.height - top < 24:
        return
    painter.setPen(theme.muted)
    painter.drawText(
        QRectF(0, top, scene.view.width, frame.top + frame.height - top),
        Qt.AlignmentFlag.AlignCenter,
        "No dated events here. Ctrl+0 shows them all.",
    )


def _paint_axis(painter: QPainter, scene: Scene, theme: Theme, font: QFont) -> None:
    top = scene.axis_top
    width = scene.view.width
    frame_bottom = scene.lanes_frame.top + scene.lanes_frame.height
    painter.fillRect(QRectF(0, top, width, 40), theme.axis_background)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(theme.solid(theme.grid), 0))
    lines = [
        QLineF(round(t.x) + 0.5, top + 20, round(t.x) + 0.5, frame_bottom)
        for t in scene.axis.minor
        if 0 <= t.x <= width
    ]
    painter.drawLines(lines)
    painter.setPen(QPen(theme.muted, 0))
    majors = [QLineF(round(t.x) + 0.5, top, round(t.x) + 0.5, top + 40) for t in scene.axis.major if 0 <= t.x <= width]
    majors.append(QLineF(0, top + 40.5, width, top + 40.5))
    painter.drawLines(majors)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(theme.muted)
    for tick in scene.axis.minor:
        if tick.label:
            _draw_label(painter, tick.label_x, top + 30, tick.label)
    painter.setPen(theme.text)
    for tick in scene.axis.major:
        if tick.label:
            _draw_label(painter, tick.label_x, top + 10, tick.label)


def _paint_bands(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Density as a strip per lane whose opacity follows the number of events per bucket.

    Each band is one image (a pixel per bucket, made once per layout) scaled into place, so
    a repaint costs one ``drawImage`` per lane on every device.
    """
    if not scene.layout.bands:
        return
    layout, view = scene.layout, scene.view
    scale = layout.seconds_per_pixel / view.seconds_per_pixel
    shift = (layout.origin - view.start) / view.seconds_per_pixel
    painter.save()
    painter.setClipRect(QRectF(0, 0, view.width, scene.height + scene.lanes_height), Qt.ClipOperation.IntersectClip)
    top = scene.lanes_frame.top + scene.scroll_y
    bottom = top + scene.lanes_frame.height
    for band, image in zip(layout.bands, _band_images(layout, theme)):
        if not top - band.height < band.y < bottom:
            continue
        target = QRectF(shift + band.x0 * scale, band.y, len(band.counts) * band.bucket_width * scale, band.height)
        painter.drawImage(target, image, QRectF(image.rect()))
    painter.restore()


def _band_images(layout: TimelineLayout, theme: Theme) -> list[QImage]:
    key = (id(layout), theme.dark)
    cache = _CACHES.band_images
    cached = cache.get(key)
    if cached is not None and cached[0] is layout:
        return cached[1]
    images = [
        _band_image(band.counts, band.peak, theme.color_of(layout.lanes[band.lane].kind)) for band in layout.bands
    ]
    cache[key] = (layout, images)
    while len(cache) > 8:
        cache.popitem(last=False)
    return images


def _band_image(counts: Sequence[int], peak: int, color: QColor) -> QImage:
    """One row of pixels, a bucket each: transparent for none, up to ``color`` at the peak."""
    peak = max(1, peak)
    levels = bytes(0 if n <= 0 else 40 + int(215 * min(1.0, (n / peak) ** 0.5)) for n in counts)
    image = QImage(levels, len(levels), 1, len(levels), QImage.Format.Format_Indexed8)
    image.setColorTable([qRgba(color.red(), color.green(), color.blue(), alpha) for alpha in range(256)])
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def _paint_items(painter: QPainter, scene: Scene, theme: Theme, state: PaintState, options: LayoutOptions) -> None:
    row_h = options.row_height
    raster = painter.paintEngine().type() == QPaintEngine.Type.Raster
    # labels keep their pixel width when the view is zoomed in past the layout, hence the slack
    x0, x1 = scene.layout_x(-MAX_LABEL_SLACK), scene.layout_x(scene.view.width)
    top = scene.lanes_frame.top + scene.scroll_y  # only the rows scrolled into sight
    bottom = top + scene.lanes_frame.height
    items = [i for i in scene.layout.items_between(x0, x1) if top - row_h < i.y < bottom]
    plain = [i for i in items if i.event.id not in (state.selected, state.hovered)]
    marked = [i for i in items if i.event.id in (state.selected, state.hovered)]
    painter.save()
    # bars and whiskers first, without antialiasing: crisp and fast
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for item in plain:
        if not item.point:
            _paint_bar(painter, scene, theme, item, False, False, row_h)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for item in plain:
        if item.point:
            _paint_point(painter, scene, theme, item, False, row_h, raster)
    for item in plain:
        _paint_label(painter, scene, item, row_h, theme.text)
    for item in marked:
        selected = item.event.id == state.selected
        if item.point:
            _paint_point(painter, scene, theme, item, selected, row_h, False)
        else:
            _paint_bar(painter, scene, theme, item, selected, True, row_h)
        font = QFont(painter.font())
        font.setUnderline(item.event.id == state.hovered)
        font.setBold(selected)
        painter.setFont(font)
        _paint_label(painter, scene, item, row_h, theme.selection if selected else theme.text, plain=False)
    painter.restore()


def _paint_bar(
    painter: QPainter, scene: Scene, theme: Theme, item: PlacedEvent, selected: bool, marked: bool, row_h: float
) -> None:
    color = theme.color_of(item.event.kind)
    x0, x1 = scene.view_x(item.x0), scene.view_x(item.x1)
    painter.setPen(QPen(theme.selection, 2) if selected else theme.pen_of(item.event.kind))
    painter.setBrush(theme.fill_of(item.event.kind, marked))
    painter.drawRect(QRectF(round(x0) + 1.5, item.y + 2.5, max(2.0, round(x1 - x0) - 3), row_h - 5))
    if item.whisker_left:
        _whisker(painter, x0, x0 - item.whisker_left, item.y + row_h / 2, color)
    if item.whisker_right:  # under the label, which starts inside the bar
        _whisker(painter, x1 - 1, x1 + item.whisker_right, item.y + row_h - 3, color)


def _paint_point(
    painter: QPainter, scene: Scene, theme: Theme, item: PlacedEvent, selected: bool, row_h: float, raster: bool
) -> None:
    centre = scene.view_x((item.x0 + item.x1) / 2)
    radius = (item.x1 - item.x0) / 2
    mid = item.y + row_h / 2
    if raster and not selected:
        ratio = painter.device().devicePixelRatioF()
        image = theme.marker_of(item.event.kind, radius, ratio)
        half = image.width() / ratio / 2
        painter.drawImage(QPointF(round(centre - half), round(mid - half)), image)
    else:
        painter.setPen(QPen(theme.selection, 2) if selected else QPen(theme.background, 1))
        painter.setBrush(theme.color_of(item.event.kind))
        painter.drawEllipse(QPointF(centre, mid), radius, radius)


def _paint_label(
    painter: QPainter, scene: Scene, item: PlacedEvent, row_h: float, color: QColor, plain: bool = True
) -> None:
    if item.point:
        x1 = scene.view_x((item.x0 + item.x1) / 2) + (item.x1 - item.x0) / 2
        label_x = x1 + (item.label_x - item.x1)
    else:
        x0, x1 = scene.view_x(item.x0), scene.view_x(item.x1)
        label_x = x0 + (item.label_x - item.x0)
        if x0 < 0 < x1:
            label_x = max(label_x, 4.0)
    painter.setPen(color)
    _draw_label(painter, label_x, item.y + row_h / 2, item.label, plain)


@dataclass
class _TextState:
    """What ``_draw_label`` needs to know about the painter, read once per frame (not per label)."""

    painter: QPainter | None = None
    raster: bool = False
    font_key: str = ""
    height: float = 0.0
    baseline: float = 0.0  # from the vertical centre to the baseline

    def take(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        self.painter = painter
        self.raster = painter.paintEngine().type() == QPaintEngine.Type.Raster
        self.font_key = painter.font().key()
        self.height = metrics.height()
        self.baseline = (metrics.ascent() - metrics.descent()) / 2


class _ThreadCaches(threading.local):
    """Per-thread drawing state and caches: exports paint on a worker thread while the screen paints."""

    def __init__(self) -> None:
        self.text = _TextState()
        self.static_text: OrderedDict[tuple[str, str], QStaticText] = OrderedDict()
        self.band_images: OrderedDict[tuple[int, bool], tuple[TimelineLayout, list[QImage]]] = OrderedDict()


_CACHES = _ThreadCaches()


def _draw_label(painter: QPainter, x: float, centre_y: float, text: str, plain: bool = True) -> None:
    """Draw one line of text vertically centred on ``centre_y``.

    In the frame's plain font on a raster device the layout is a cached ``QStaticText``; other
    fonts (bold, underlined) and vector devices (SVG, PDF, whose text stays searchable) draw
    ordinary text.
    """
    state = _CACHES.text
    if state.painter is not painter:
        state.take(painter)
    if not plain or not state.raster:
        metrics = painter.fontMetrics()
        painter.drawText(QPointF(x, centre_y + (metrics.ascent() - metrics.descent()) / 2), text)
        return
    key = (state.font_key, text)
    cache = _CACHES.static_text
    static = cache.get(key)
    if static is None:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        static.prepare(QTransform(), painter.font())
        cache[key] = static
        if len(cache) > 4000:
            cache.popitem(last=False)
    painter.drawStaticText(QPointF(x, centre_y - state.height / 2), static)


def _whisker(painter: QPainter, start: float, end: float, y: float, color: QColor) -> None:
    """A line from ``start`` fading out towards ``end``: an open bound."""
    if painter.paintEngine().type() == QPaintEngine.Type.Raster:
        gradient = QLinearGradient(QPointF(start, y), QPointF(end, y))
        faded = QColor(color)
        faded.setAlpha(0)
        gradient.setColorAt(0, color)
        gradient.setColorAt(1, faded)
        painter.setPen(QPen(QBrush(gradient), 2))
        painter.drawLine(QPointF(start, y), QPointF(end, y))
        return
    # SVG and PDF writers draw gradient pens solid: fade in steps instead
    for step in range(WHISKER_STEPS):
        faded = QColor(color)
        faded.setAlphaF(color.alphaF() * (1 - step / WHISKER_STEPS))
        painter.setPen(QPen(faded, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        a = start + (end - start) * step / WHISKER_STEPS
        b = start + (end - start) * (step + 1) / WHISKER_STEPS
        painter.drawLine(QPointF(a, y), QPointF(b, y))


def _paint_clusters(painter: QPainter, scene: Scene, theme: Theme, options: LayoutOptions) -> None:
    """Badges with a count in each lane's strip; the count's font fits the strip so that it never
    reaches into the row above."""
    width = scene.view.width
    if not scene.layout.clusters:
        return
    painter.save()
    small = QFont(painter.font())
    small.setPixelSize(max(6, int(min(options.strip_height, painter.fontMetrics().height()) - 1)))
    painter.setFont(small)
    top = scene.lanes_frame.top + scene.scroll_y
    bottom = top + scene.lanes_frame.height
    for cluster in scene.layout.clusters:
        x0, x1 = scene.view_x(cluster.x0), scene.view_x(cluster.x1)
        if x1 < 0 or x0 > width or not top - options.strip_height < cluster.y < bottom:
            continue
        lane = scene.layout.lanes[cluster.lane]
        color = theme.color_of(lane.kind)
        fill = QColor(color)
        fill.setAlpha(60)
        painter.setPen(QPen(color, 1))
        painter.setBrush(fill)
        strip = lane.strip_height
        rect = QRectF(x0, cluster.y + 1, max(x1 - x0, cluster.label_width), max(2.0, strip - 2))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(theme.text)
        label_x = min(max(x0, 4.0), x1 - cluster.label_width) if x1 - x0 > cluster.label_width else x0
        painter.drawText(
            QRectF(label_x, cluster.y + strip / 2 - 8, cluster.label_width, 16),
            Qt.AlignmentFlag.AlignCenter,
            cluster.label,
        )
    painter.restore()


PUBLISHED = "published"  # the label of the dashed line at a hovered event's publication date


def _paint_markers(painter: QPainter, scene: Scene, theme: Theme, state: PaintState) -> None:
    top = scene.axis_top
    bottom = scene.lanes_frame.top + scene.lanes_frame.height
    if state.today is not None:
        x = scene.view.x_of(state.today)
        if 0 <= x <= scene.view.width:
            pen = QPen(theme.today, 1.5)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.drawText(QPointF(x + 3, top + 40 + 12), "today")
    xs = sorted(x for x in (scene.view.x_of(moment) for moment in state.published) if 0 <= x <= scene.view.width)
    if not xs:
        return
    _paint_published_labels(painter, scene, theme, xs)
    painter.setPen(QPen(theme.published, 1.5, Qt.PenStyle.DashLine))
    painter.drawLines([QLineF(x, top + 20, x, bottom) for x in xs])  # over the labels' backgrounds


def _paint_published_labels(painter: QPainter, scene: Scene, theme: Theme, xs: list[float]) -> None:
    """ "published" beside each dashed line, in the axis band's lower row (on its background, over
    the tick labels there) where it covers no event's label; one that would run into the previous
    one is left out (its line says enough)."""
    metrics = painter.fontMetrics()
    width = metrics.horizontalAdvance(PUBLISHED) + 6
    ticks = [(t.label_x, t.label_x + metrics.horizontalAdvance(t.label)) for t in scene.axis.minor if t.label]
    y = scene.axis_top + 20
    end = -1e9
    for x in xs:
        left = min(x + 2, scene.view.width - width)
        if left < end + 4:
            continue
        # hide the tick labels it would cut into wholly, not leave pieces of them
        cover = [(a, b) for a, b in ticks if a < left + width and b > left]
        x0 = max(end, min([left, *(a - 1 for a, _ in cover)]))  # never over the previous label
        x1 = max([left + width, *(b + 1 for _, b in cover)])
        painter.fillRect(QRectF(x0, y + 1, x1 - x0, 18), theme.solid(theme.axis_background))
        painter.setPen(theme.published)
        _draw_label(painter, left + 3, y + 10, PUBLISHED)
        end = left + width


def _paint_undated(painter: QPainter, scene: Scene, theme: Theme, state: PaintState) -> None:
    """The strip of events without a date: a count, then as many titles as fit (each selectable)."""
    if not scene.undated_top:
        return
    top = scene.undated_top
    painter.fillRect(QRectF(0, top, scene.view.width, 24), theme.axis_background)
    painter.setPen(theme.muted)
    _draw_label(painter, 8, top + 12, scene.undated_heading)
    for x, _width, row in scene.undated_boxes:
        selected = row.id == state.selected
        painter.fillRect(QRectF(x - 6, top + 9, 4, 6), theme.color_of(row.kind))
        if selected or row.id == state.hovered:
            font = QFont(painter.font())
            font.setUnderline(True)  # not bold: the title keeps the width the strip measured
            painter.setFont(font)
            painter.setPen(theme.selection if selected else theme.text)
            _draw_label(painter, x, top + 12, row.title, plain=False)
            painter.setFont(_plain(font))
            painter.setPen(theme.muted)
        else:
            _draw_label(painter, x, top + 12, row.title)
    if scene.undated_more is not None:
        x, _width, text = scene.undated_more
        painter.setPen(theme.selection)
        _draw_label(painter, x, top + 12, text)


def _plain(font: QFont) -> QFont:
    plain = QFont(font)
    plain.setBold(False)
    plain.setUnderline(False)
    return plain


def _paint_legend(painter: QPainter, scene: Scene, theme: Theme) -> None:
    """Swatches and names of the kinds shown, in rows computed by the scene (never over the lanes)."""
    if not scene.legend or not scene.legend_top:
        return
    metrics = QFontMetricsF(painter.font())
    x = 8.0
    top = scene.legend_top
    for index, row in enumerate(scene.legend_rows):
        top = scene.legend_top + index * LEGEND_HEIGHT
        for x, kind in row:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.color_of(kind))
            painter.drawRoundedRect(QRectF(x, top + 6, 10, 10), 2, 2)
            painter.setPen(theme.text)
            painter.drawText(QPointF(x + 14, top + 15), kind)
            x += 14 + metrics.horizontalAdvance(kind) + 16
    if scene.legend_more:
        painter.setPen(theme.muted)
        painter.drawText(QPointF(x, top + 15), f"+{scene.legend_more} more")


# -- exports -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderOptions:
    """Options of an exported image."""

    title: str = ""
    legend: bool = True
    kinds: frozenset[str] | None = None  # None: every kind
    transparent: bool = False
    dark: bool = False
    undated_strip: bool = True
    font: QFont | None = None


def default_font() -> QFont:
    app = QApplication.instance()
    font = QApplication.font() if isinstance(app, QApplication) else QFont()
    if font.pointSizeF() <= 0:
        font.setPointSizeF(9)
    return font


def render_timeline(device: QPaintDevice, store: Store, t0: float, t1: float, options: RenderOptions) -> None:
    """Draw the events of ``store`` between ``t0`` and ``t1`` seconds onto ``device``, filling it.

    ``t0`` sits near the left edge and ``t1`` leaves room on the right for the last labels.
    """
    width, height = float(device.width()), float(device.height())
    font = options.font or default_font()
    painter = QPainter(device)
    try:
        painter.setFont(font)
        measure = text_measurer(QFont(font, device))
        builder = SceneBuilder(store, measure)
        view = Viewport(width=width)
        view.show(t0, t1)
        room = min(EXPORT_LABEL_ROOM, width / 4)
        view.seconds_per_pixel = clamp_seconds_per_pixel(max(t1 - t0, 1.0) / max(1.0, width - room - 16))
        view.start = t0 - 8 * view.seconds_per_pixel
        scene = builder.build(
            view,
            height,
            SceneOptions(
                title=options.title,
                legend=options.legend,
                kinds=options.kinds,
                undated_strip=options.undated_strip,
            ),
        )
        theme = Theme.dark_theme() if options.dark else Theme.light()
        theme.transparent = options.transparent
        paint_scene(painter, scene, theme, QFont(font, device), PaintState(today=time.time()))
    finally:
        painter.end()
