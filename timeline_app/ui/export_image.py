"""Image exports (PNG, SVG, PDF) drawn by the same painter as the screen (``ui.painter``).

The layout for an export is computed once for the export size by the canvas's
``SceneBuilder``; every page of a multi-page PDF is a window onto that one layout, and each is
drawn by ``paint_scene``, the function that draws the canvas. Sizes are in logical pixels of
1/96 inch: a PNG at 300 DPI is drawn with a device-pixel ratio of 300/96, so its text prints
at the same physical size as a 96 DPI one, only sharper.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QImageWriter, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from timeline_app import APP_NAME
from timeline_app.core.axis import compute_axis
from timeline_app.core.export_data import (
    Cancelled,
    ExportCancelled,
    ExportError,
    ExportResult,
    ExportSpec,
    Progress,
    atomic_target,
    check_target,
)
from timeline_app.core.layout import LayoutOptions
from timeline_app.core.scene import SceneBuilder, SceneOptions
from timeline_app.core.store import Store
from timeline_app.core.timespan import DAY_SECONDS
from timeline_app.core.viewport import Viewport
from timeline_app.ui.painter import PaintState, Theme, default_font, paint_scene, text_measurer

LOGICAL_DPI = 96.0
MAX_PIXELS = 400_000_000  # a 20000 x 20000 image; beyond that QImage allocation fails anyway
PDF_MARGIN_MM = 10.0
LABEL_PADDING = 28.0  # logical pixels beside a label: marker, gap and a margin
MAX_LABEL_ROOM = 0.3  # at most this share of the width is kept free for the last labels


_app: QGuiApplication | None = None


def ensure_gui_app() -> None:
    """Fonts and painting need a QGuiApplication; make one (offscreen is fine) if none exists."""
    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([APP_NAME])


def export_range(store: Store, spec: ExportSpec, width: float = 0.0, room: float = 0.0) -> tuple[float, float]:
    """The time range to draw: the spec's, with open sides taken from the whole timeline.

    For the whole timeline the right side also leaves ``room`` logical pixels (of a page
    ``width`` wide) so the labels of the last events are not cut off.
    """
    extent = store.time_extent()
    if extent is None:
        now = time.time()
        extent = (now - 365 * DAY_SECONDS, now)
    first, last = extent
    pad = max((last - first) * 0.03, DAY_SECONDS)
    t0 = spec.t0 if spec.t0 is not None else first - pad
    t1 = spec.t1 if spec.t1 is not None else last + pad
    room = min(room, width * MAX_LABEL_ROOM)
    if spec.t1 is None and room > 0 and t1 > t0:
        t1 += (t1 - t0) * room / (width - room)
    if spec.t0 is not None and spec.t1 is None and t1 <= t0:
        t1 = t0 + 30 * DAY_SECONDS
    if spec.t1 is not None and spec.t0 is None and t0 >= t1:
        t0 = t1 - 30 * DAY_SECONDS
    return t0, t1


def label_room(store: Store, measure: Callable[[str], float]) -> float:
    """Logical pixels the titles of the latest events need right of their end."""
    rows = store.db.execute("SELECT title FROM events WHERE t1 IS NOT NULL ORDER BY t1 DESC LIMIT 40").fetchall()
    widest = max((measure(str(row[0])) for row in rows), default=0.0)
    return min(widest, LayoutOptions().max_label) + LABEL_PADDING  # the layout cuts longer titles


def page_range(store: Store, spec: ExportSpec, width: float, font: QFont) -> tuple[float, float]:
    return export_range(store, spec, width, label_room(store, text_measurer(font)) if spec.t1 is None else 0.0)


@dataclasses.dataclass
class PageRenderer:
    """Draws pages of one export: one layout for the whole range, each page a window onto it."""

    store: Store
    t0: float
    t1: float
    width: float  # logical pixels of one page
    height: float
    pages: int
    spec: ExportSpec
    font: QFont

    def __post_init__(self) -> None:
        self.measure = text_measurer(self.font)
        self.builder = SceneBuilder(self.store, self.measure)
        kinds = frozenset(self.spec.kinds) if self.spec.kinds is not None else None
        self.options = SceneOptions(title=self.spec.title, legend=self.spec.legend, kinds=kinds)
        whole = Viewport(width=self.width * self.pages)
        whole.show(self.t0, self.t1)
        self.whole = self.builder.build(whole, self.height, self.options)
        self.theme = Theme.dark_theme() if self.spec.dark else Theme.light()
        self.theme.transparent = self.spec.transparent

    def cut_kinds(self) -> list[str]:
        """Kinds whose lanes do not fit the height (even compacted): the image would lose them."""
        bottom = self.whole.lanes_frame.top + self.whole.lanes_frame.height + 0.5
        return [lane.kind for lane in self.whole.layout.lanes if lane.top + lane.height > bottom]

    def needed_height(self) -> float:
        """The page height (logical pixels) at which every lane fits, checked by laying it out."""
        height, scene = self.height, self.whole
        for _ in range(8):
            # a frame squeezed to nothing by the title, axis and legend hides part of the shortfall
            squeeze = max(0.0, scene.lanes_frame.top - (scene.undated_top or scene.legend_top or scene.height))
            if scene.max_scroll <= 0.5 and squeeze == 0.0:
                break
            height += max(1.0, scene.max_scroll + squeeze)
            scene = self.builder.build(scene.view, height, self.options)
        return height

    def paint(self, painter: QPainter, page: int) -> None:
        """Draw page ``page`` (0-based) at the painter's origin, ``width`` x ``height`` logical pixels."""
        scene = self.whole
        if self.pages > 1:
            view = Viewport(
                self.whole.view.start + page * self.width * self.whole.view.seconds_per_pixel,
                self.whole.view.seconds_per_pixel,
                self.width,
            )
            title = f"{self.spec.title}  ({page + 1}/{self.pages})" if self.spec.title else ""
            scene = dataclasses.replace(scene, view=view, axis=compute_axis(view, self.measure), title=title)
        paint_scene(painter, scene, self.theme, self.font, PaintState())


def _check_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise ExportError(f"image size {width}x{height}: both sides must be positive")
    if width * height > MAX_PIXELS:
        raise ExportError(f"image size {width}x{height}: too large (at most {MAX_PIXELS // 1_000_000} megapixels)")


@dataclasses.dataclass(frozen=True)
class Fit:
    """Lanes an image had no room for, and the height (in the spec's units) that fits them all."""

    cut: tuple[str, ...] = ()
    needed: int = 0


def _fit(renderer: PageRenderer, to_spec_units: float) -> Fit:
    cut = renderer.cut_kinds()
    return Fit(tuple(cut), math.ceil(renderer.needed_height() * to_spec_units)) if cut else Fit()


def render_png(store: Store, spec: ExportSpec, target: Path, progress: Progress) -> Fit:
    width, height = round(spec.width * spec.scale), round(spec.height * spec.scale)
    _check_size(width, height)
    ratio = spec.dpi / LOGICAL_DPI * spec.scale
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"{spec.out}: not enough memory for a {width}x{height} image")
    image.fill(Qt.GlobalColor.transparent)
    image.setDevicePixelRatio(ratio)
    progress(10, "laying out")
    font = default_font()
    t0, t1 = page_range(store, spec, width / ratio, font)
    renderer = PageRenderer(store, t0, t1, width / ratio, height / ratio, 1, spec, font)
    progress(40, "drawing")
    painter = QPainter(image)
    try:
        renderer.paint(painter, 0)
    finally:
        painter.end()
    if not spec.transparent:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    dots_per_metre = round(spec.dpi * spec.scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.setText("Title", spec.title or "Timeline")
    image.setText("Software", APP_NAME)
    progress(80, "saving")
    writer = QImageWriter(str(target), QByteArray(b"png"))
    if not writer.write(image):
        raise ExportError(f"{spec.out}: could not write the PNG file ({writer.errorString()})")
    return _fit(renderer, ratio / spec.scale)


def render_svg(store: Store, spec: ExportSpec, target: Path, progress: Progress) -> Fit:
    width, height = round(spec.width), round(spec.height)
    _check_size(width, height)
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setResolution(round(LOGICAL_DPI))
    generator.setTitle(spec.title or "Timeline")
    generator.setDescription(f"Exported from {APP_NAME}")
    progress(10, "laying out")
    font = default_font()
    t0, t1 = page_range(store, spec, width, font)
    renderer = PageRenderer(store, t0, t1, width, height, 1, spec, font)
    progress(40, "drawing")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(f"{spec.out}: could not write the SVG file")
    try:
        renderer.paint(painter, 0)
    finally:
        painter.end()
    return _fit(renderer, 1.0)


def page_layout(spec: ExportSpec) -> QPageLayout:
    """The PDF page: a named or custom size, the orientation, and margins."""
    named = {
        "A3": QPageSize.PageSizeId.A3,
        "A4": QPageSize.PageSizeId.A4,
        "A5": QPageSize.PageSizeId.A5,
        "Letter": QPageSize.PageSizeId.Letter,
        "Legal": QPageSize.PageSizeId.Legal,
        "Tabloid": QPageSize.PageSizeId.Tabloid,
    }
    if spec.page_size in named:
        size = QPageSize(named[spec.page_size])
    else:
        size = QPageSize(QSizeF(spec.page_width_mm, spec.page_height_mm), QPageSize.Unit.Millimeter, "Custom")
    orientation = (
        QPageLayout.Orientation.Portrait if spec.orientation == "portrait" else QPageLayout.Orientation.Landscape
    )
    margins = QMarginsF(PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM, PDF_MARGIN_MM)
    return QPageLayout(size, orientation, margins, QPageLayout.Unit.Millimeter)


def render_pdf(
    store: Store,
    spec: ExportSpec,
    target: Path,
    progress: Progress,
    cancelled: Cancelled,
) -> Fit:
    writer = QPdfWriter(str(target))
    writer.setResolution(round(LOGICAL_DPI))
    writer.setPageLayout(page_layout(spec))
    writer.setTitle(spec.title or "Timeline")
    writer.setCreator(APP_NAME)
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(f"{spec.out}: could not write the PDF file")
    try:
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        progress(5, "laying out")
        font = default_font()
        t0, t1 = page_range(store, spec, rect.width() * spec.pages, font)
        renderer = PageRenderer(store, t0, t1, rect.width(), rect.height(), spec.pages, spec, font)
        for page in range(spec.pages):
            if cancelled():
                raise ExportCancelled
            if page:
                writer.newPage()
            painter.save()
            try:
                painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
                renderer.paint(painter, page)
            finally:
                painter.restore()
            progress(10 + math.floor(85 * (page + 1) / spec.pages), f"page {page + 1} of {spec.pages}")
    finally:
        painter.end()
    return _fit(renderer, 25.4 / LOGICAL_DPI)  # mm of printable height


def export_image(
    store: Store,
    spec: ExportSpec,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write a PNG, SVG or PDF of the timeline described by ``spec``; nothing is left behind on failure."""
    report = progress or (lambda _percent, _text: None)
    stop = cancelled or (lambda: False)
    check_target(spec.out, spec.force)
    ensure_gui_app()
    with atomic_target(spec.out, spec.force) as target:
        if spec.format == "png":
            fit = render_png(store, spec, target, report)
        elif spec.format == "svg":
            fit = render_svg(store, spec, target, report)
        elif spec.format == "pdf":
            fit = render_pdf(store, spec, target, report, stop)
        else:
            raise ExportError(f"{spec.out}: '{spec.format}' is not an image format (png, svg, pdf)")
        if stop():
            raise ExportCancelled
    report(100, "done")
    t0, t1 = export_range(store, spec)
    drawn = _count_drawn(store, spec, t0, t1)
    if not fit.cut:
        return ExportResult(spec.out, drawn)
    cut = _count_drawn(store, dataclasses.replace(spec, kinds=set(fit.cut)), t0, t1)
    return ExportResult(spec.out, drawn - cut, cut, _cut_note(spec, fit))


def _cut_note(spec: ExportSpec, fit: Fit) -> str:
    """Which lanes an image too short left out and what would show them."""
    kinds = ", ".join(fit.cut)
    lanes = "lane" if len(fit.cut) == 1 else "lanes"
    if spec.format == "pdf":
        needed = fit.needed + 2 * PDF_MARGIN_MM
        return f"no room for the {lanes} {kinds}: a page {needed:.0f} mm tall or fewer kinds would show them"
    return f"no room for the {lanes} {kinds}: a height of {fit.needed} px or fewer kinds would show them"


def _count_drawn(store: Store, spec: ExportSpec, t0: float, t1: float) -> int:
    """How many dated events of the exported kinds start in the exported range (from the
    store's per-day summary when every kind is drawn, so it stays instant at a million events)."""
    if spec.kinds is None:
        return store.count_starting(t0, t1)
    kinds = sorted(spec.kinds)
    sql = f"SELECT COUNT(*) FROM events WHERE kind IN ({', '.join('?' * len(kinds))}) AND t0 >= ? AND t0 < ?"
    return int(store.db.execute(sql, [*kinds, t0, t1]).fetchone()[0])
