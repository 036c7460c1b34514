"""The dashed "published" line at a hovered event's publication date is labelled in the axis
band, not over the events at the bottom of the lanes (offscreen, a real canvas on a real SQLite file)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Spec, add_article
from tests.ui.modal import activate
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui.canvas import TimelineView
from timeline_app.ui.painter import Theme

TEXT = (
    "A fire broke out at the Harlow mill on 2 May 2024. "
    "Two workers were injured in the fire on 9 May 2024. "
    "The owner was charged on 1 March 2024."
)


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
