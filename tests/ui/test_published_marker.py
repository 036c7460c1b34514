"""The dashed "published" line at a hovered event's publication date is labelled in the axis
band, not over the events at the bottom of the lanes (offscreen, a real canvas on a real SQLite file)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Spec, add_article
from tests.ui.modal import activate
from timeline_app.core.scene import SceneBuilder, SceneOptions
from timeline_app.core.store import Store
from timeline_app.core.timespan import DAY_SECONDS, TimeSpan
from timeline_app.core.viewport import Viewport
from timeline_app.ui.canvas import TimelineView
from timeline_app.ui.painter import PaintState, Theme, paint_scene, text_measurer

TEXT = (
    "A fire broke out at the Harlow mill on 2 May 2024. "
    "Two workers were injured in the fire on 9 May 2024. "
    "The owner was charged on 1 March 2024."
)


def seconds_of(day: date) -> float:
    return float((day.toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)


def _near(color: QColor, target: QColor) -> bool:
    pairs = ((color.red(), target.red()), (color.green(), target.green()), (color.blue(), target.blue()))
    return all(abs(a - b) < 40 for a, b in pairs)


def _marked(image: QImage, rows: range, columns: range, target: QColor) -> set[int]:
    """The columns in ``columns`` with a pixel of about ``target``'s colour in ``rows``."""
    return {x for x in columns for y in rows if _near(image.pixelColor(x, y), target)}


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform and tooltips
def test_the_published_label_sits_in_the_axis_band_clear_of_the_bottom_lane(store: Store, qtbot: QtBot) -> None:
    specs = [
        Spec("Owner charged", "charge", TimeSpan.on_day(date(2024, 3, 1)), "The owner was charged", "charged"),
        Spec("Fire at the mill", "incident", TimeSpan.on_day(date(2024, 5, 2)), "A fire broke out", "fire"),
        Spec("Two workers hurt by the fire", "event", TimeSpan.on_day(date(2024, 5, 9)), "Two workers", "injured"),
    ]
    ids = add_article(store, TEXT, date(2024, 5, 12), specs)
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(700, 360)
    canvas = view.canvas
    canvas.set_store(store)
    activate(qtbot, view)
    canvas.fit_all()
    pos = canvas.event_position(ids[0])
    assert pos is not None
    qtbot.mouseMove(canvas, QPoint(1, 1))
    qtbot.mouseMove(canvas, pos.toPoint())
    assert canvas._hovered == ids[0] and canvas._published
    scene = canvas.scene()
    bottom_lane = scene.layout.lanes[-1]
    assert bottom_lane.kind == "event" and not bottom_lane.collapsed
    x = round(scene.view.x_of(canvas._published[0]))
    image = canvas.grab().toImage()
    purple = Theme.from_palette(canvas.palette()).published
    right = range(x + 3, min(x + 90, image.width()))
    frame_bottom = int(scene.lanes_frame.top + scene.lanes_frame.height)
    assert not _marked(image, range(frame_bottom - 16, frame_bottom), right, purple), "no label over the lanes"
    band = range(int(scene.axis_top) + 21, int(scene.axis_top) + 40)
    assert len(_marked(image, band, right, purple)) > 20, "the label is in the axis band"
    line = range(x - 1, x + 2)
    assert _marked(image, range(frame_bottom - 40, frame_bottom), line, purple), "the line runs down the lanes"


def test_close_publication_dates_keep_each_label_whole(store: Store, qtbot: QtBot) -> None:
    """Two sources published just far enough apart for two labels: both are drawn whole (the
    second's background, hiding the tick labels it cuts, never covers the first), wherever they fall."""
    specs = [Spec("Owner charged", "charge", TimeSpan.on_day(date(2021, 3, 1)), "The owner was charged", "charged")]
    add_article(store, TEXT, date(2025, 6, 1), specs)
    view = Viewport(width=1000.0)
    view.show(seconds_of(date(2021, 1, 1)), seconds_of(date(2025, 9, 1)))
    font = QApplication.font()
    scene = SceneBuilder(store, text_measurer(font)).build(view, 360.0, SceneOptions(scrollable=True))
    theme = Theme.light()
    band = range(int(scene.axis_top) + 21, int(scene.axis_top) + 40)
    width = QFontMetricsF(font).horizontalAdvance("published")
    for first in range(40, 1000 - 2 * round(width) - 30, 23):  # both labels left of the edge
        xs = (first, first + round(width) + 12)
        image = QImage(1000, 360, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        paint_scene(painter, scene, theme, font, PaintState(published=tuple(view.time_at(x) for x in xs)))
        painter.end()
        for x in xs:
            text = _marked(image, band, range(x + 4, x + round(width) + 7), theme.published)
            assert text and max(text) - min(text) > width * 0.85, f"the label at {x} is whole"
