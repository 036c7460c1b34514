"""The one painter of the timeline: draws a computed ``Scene`` on any QPainter.

The canvas (screen), PNG (QImage), SVG (QSvgGenerator) and PDF (QPdfWriter) exports all call
``paint_scene``, so what is exported is what is seen. ``render_timeline`` builds the scene
for a time range and paints it on a device in one call, for exports.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPaintDevice,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication

from timeline_app.core.layout import LayoutOptions, PlacedEvent
from timeline_app.core.scene import Scene, SceneBuilder, SceneOptions
from timeline_app.core.store import Store
from timeline_app.core.viewport import Viewport

KIND_COLORS = {
    "incident": "#d62728",
    "shooting": "#d62728",
    "death": "#8c2d04",
    "arrest": "#ff7f0e",
    "charge": "#e6550d",
    "lawsuit": "#9467bd",
    "filing": "#9467bd",
    "trial": "#1f77b4",
    "hearing": "#17becf",
    "verdict": "#2ca02c",
    "conviction": "#2ca02c",
    "sentence": "#8c564b",
    "settlement": "#bcbd22",
    "dismissal": "#7f7f7f",
    "appeal": "#e377c2",
    "announcement": "#3182bd",
    "other": "#969696",
}
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
    if not theme.transparent:
        painter.fillRect(QRectF(0, 0, width, height), theme.background)
    _paint_title(painter, scene, theme, font)
    _paint_lanes(painter, scene, theme)
    _paint_axis(painter, scene, theme, font)
    _paint_bands(painter, scene, theme)
    _paint_items(painter, scene, theme, state, options)
    _paint_clusters(painter, scene, theme, options)
    _paint_markers(painter, scene, theme, state)
    _paint_undated(painter, scene, theme)
    _paint_legend(painter, scene, theme)
    painter.restore()


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
    for lane in scene.layout.lanes:
        if lane.index % 2 == 1:
            painter.fillRect(QRectF(0, lane.top, width, lane.height), theme.lane_alt)
        color = theme.color_of(lane.kind)
        painter.fillRect(QRectF(0, lane.top, 3, lane.height), color)
        painter.setPen(theme.muted)
        painter.drawText(QRectF(8, lane.top, width / 3, 15), Qt.AlignmentFlag.AlignVCenter, lane.kind)


def _paint_axis(painter: QPainter, scene: Scene, theme: Theme, font: QFont) -> None:
    top = scene.axis_top
    width = scene.view.width
    frame_bottom = scene.lanes_frame.top + scene.lanes_frame.height
    painter.fillRect(QRectF(0, top, width, 40), theme.axis_background)
    grid = QPen(theme.grid)
    grid.setWidthF(1)
    painter.setPen(grid)
    for tick in scene.axis.minor:
        if 0 <= tick.x <= width:
            painter.drawLine(QPointF(tick.x, top + 20), QPointF(tick.x, frame_bottom))
    strong = QPen(theme.muted)
    strong.setWidthF(1)
    painter.setPen(strong)
    for tick in scene.axis.major:
        if 0 <= tick.x <= width:
            painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, top + 40))
    painter.drawLine(QPointF(0, top + 40), QPointF(width, top + 40))
    painter.setPen(theme.muted)
    for tick in scene.axis.minor:
        if tick.label:
            painter.drawText(QPointF(tick.label_x, top + 35), tick.label)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(theme.text)
    for tick in scene.axis.major:
        if tick.label:
            painter.drawText(QPointF(tick.label_x, top + 15), tick.label)
    painter.setFont(font)


def _paint_bands(painter: QPainter, scene: Scene, theme: Theme) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    width = scene.view.width
    for band in scene.layout.bands:
        lane = scene.layout.lanes[band.lane]
        base = theme.color_of(lane.kind)
        peak = max(1, band.peak)
        for x0, x1, count in band.buckets:
            left, right = scene.view_x(x0), scene.view_x(x1)
            if right < 0 or left > width:
                continue
            color = QColor(base)
            color.setAlphaF(0.15 + 0.85 * min(1.0, (count / peak) ** 0.5))
            h = band.height * (0.35 + 0.65 * min(1.0, (count / peak) ** 0.5))
            painter.fillRect(QRectF(left, band.y + band.height - h, max(1.0, right - left), h), color)


def _paint_items(painter: QPainter, scene: Scene, theme: Theme, state: PaintState, options: LayoutOptions) -> None:
    width = scene.view.width
    row_h = options.row_height
    for item in scene.layout.items:
        left = scene.view_x(item.left)
        right = scene.view_x(item.x1) + item.whisker_right + item.label_width + 40
        if right < 0 or left > width:
            continue
        _paint_item(painter, scene, theme, item, state, row_h)


def _paint_item(
    painter: QPainter, scene: Scene, theme: Theme, item: PlacedEvent, state: PaintState, row_h: float
) -> None:
    color = theme.color_of(item.event.kind)
    selected = item.event.id == state.selected
    hovered = item.event.id == state.hovered
    x0 = scene.view_x(item.x0)
    x1 = scene.view_x(item.x1)
    mid = item.y + row_h / 2
    if item.point:
        centre = (x0 + x1) / 2
        radius = (item.x1 - item.x0) / 2
        x0, x1 = centre - radius, centre + radius
        painter.setPen(QPen(theme.selection if selected else theme.background, 2 if selected else 1))
        painter.setBrush(color)
        painter.drawEllipse(QPointF(centre, mid), radius, radius)
    else:
        fill = QColor(color)
        fill.setAlpha(90 if not (selected or hovered) else 150)
        painter.setPen(QPen(theme.selection, 2) if selected else QPen(color, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(QRectF(x0, item.y + 2, max(2.0, x1 - x0), row_h - 4), 3, 3)
    if item.whisker_left:
        _whisker(painter, x0, x0 - item.whisker_left, mid, color)
    if item.whisker_right:
        _whisker(painter, x1, x1 + item.whisker_right, mid, color)
    label_x = x1 + (item.label_x - item.x1) if item.point else x0 + (item.label_x - item.x0)
    if not item.point and x0 < 0 < x1:
        label_x = max(label_x, 4.0)
    painter.setPen(theme.selection if selected else theme.text)
    font = painter.font()
    if selected or hovered:
        font.setUnderline(hovered)
        font.setBold(selected)
        painter.setFont(font)
    painter.drawText(QRectF(label_x, item.y, item.label_width + 2, row_h), Qt.AlignmentFlag.AlignVCenter, item.label)
    if selected or hovered:
        font.setUnderline(False)
        font.setBold(False)
        painter.setFont(font)


def _whisker(painter: QPainter, start: float, end: float, y: float, color: QColor) -> None:
    gradient = QLinearGradient(QPointF(start, y), QPointF(end, y))
    solid = QColor(color)
    faded = QColor(color)
    faded.setAlpha(0)
    gradient.setColorAt(0, solid)
    gradient.setColorAt(1, faded)
    pen = QPen(QBrush(gradient), 2)
    painter.setPen(pen)
    painter.drawLine(QPointF(start, y), QPointF(end, y))


def _paint_clusters(painter: QPainter, scene: Scene, theme: Theme, options: LayoutOptions) -> None:
    width = scene.view.width
    for cluster in scene.layout.clusters:
        x0, x1 = scene.view_x(cluster.x0), scene.view_x(cluster.x1)
        if x1 < 0 or x0 > width:
            continue
        lane = scene.layout.lanes[cluster.lane]
        color = theme.color_of(lane.kind)
        fill = QColor(color)
        fill.setAlpha(60)
        painter.setPen(QPen(color, 1))
        painter.setBrush(fill)
        rect = QRectF(x0, cluster.y + 1, max(x1 - x0, cluster.label_width), options.strip_height - 2)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(theme.text)
        painter.drawText(
            QRectF(x0, cluster.y, cluster.label_width, options.strip_height),
            Qt.AlignmentFlag.AlignCenter,
            cluster.label,
        )


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
    for moment in state.published:
        x = scene.view.x_of(moment)
        if 0 <= x <= scene.view.width:
            pen = QPen(theme.published, 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, top + 20), QPointF(x, bottom))
            painter.drawText(QPointF(x + 3, bottom - 4), "published")


def _paint_undated(painter: QPainter, scene: Scene, theme: Theme) -> None:
    if not scene.undated_top:
        return
    top = scene.undated_top
    width = scene.view.width
    painter.fillRect(QRectF(0, top, width, 24), theme.axis_background)
    painter.setPen(theme.muted)
    text = f"Undated ({scene.undated_count})"
    if scene.undated:
        text += ":  " + "  ·  ".join(row.title for row in scene.undated)
    elif not scene.undated_count:
        text = "Undated: none"
    painter.drawText(QRectF(8, top, width - 16, 24), Qt.AlignmentFlag.AlignVCenter, text)


def _paint_legend(painter: QPainter, scene: Scene, theme: Theme) -> None:
    if not scene.legend or not scene.legend_top:
        return
    top = scene.legend_top
    x = 8.0
    metrics = QFontMetricsF(painter.font())
    for kind in scene.kinds:
        color = theme.color_of(kind)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(x, top + 6, 10, 10), 2, 2)
        painter.setPen(theme.text)
        painter.drawText(QPointF(x + 14, top + 15), kind)
        x += 14 + metrics.horizontalAdvance(kind) + 16
        if x > scene.view.width - 40:
            break


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
    """Draw the events of ``store`` between ``t0`` and ``t1`` seconds onto ``device``, filling it."""
    width, height = float(device.width()), float(device.height())
    font = options.font or default_font()
    painter = QPainter(device)
    try:
        painter.setFont(font)
        measure = text_measurer(QFont(font, device))
        builder = SceneBuilder(store, measure)
        view = Viewport(width=width)
        view.show(t0, t1)
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
