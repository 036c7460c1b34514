"""The view onto the time axis: which instant is at the left edge and how many seconds a pixel spans.

Qt-free, so zooming and panning can be tested without a display. The canvas keeps one
``Viewport`` and asks it where to draw; it never keeps its own idea of the view.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from timeline_app.core.timespan import DAY_SECONDS

YEAR_SECONDS = 365.2425 * DAY_SECONDS
# Zoomed in, a pixel is a tenth of a second (a 1600 px view shows under three minutes);
# zoomed out, the view spans about a thousand years.
MIN_SECONDS_PER_PIXEL = 0.1
MAX_SECONDS_PER_PIXEL = 1000 * YEAR_SECONDS / 1600
# Seconds since 1970 of 0001-01-01 and 9999-12-31: the calendar the axis can label.
EARLIEST_TIME = -62_135_596_800.0
LATEST_TIME = 253_402_214_400.0
ZOOM_STEP = 1.25


@dataclass
class Viewport:
    """``start`` seconds at the left edge, ``seconds_per_pixel``, ``width`` in pixels."""

    start: float = 0.0
    seconds_per_pixel: float = DAY_SECONDS
    width: float = 800.0

    @property
    def end(self) -> float:
        return self.start + self.seconds_per_pixel * self.width

    @property
    def span(self) -> float:
        return self.seconds_per_pixel * self.width

    def time_at(self, x: float) -> float:
        return self.start + x * self.seconds_per_pixel

    def x_of(self, t: float) -> float:
        return (t - self.start) / self.seconds_per_pixel

    def copy(self) -> Viewport:
        return Viewport(self.start, self.seconds_per_pixel, self.width)

    def set_width(self, width: float) -> None:
        """Resize keeping the time at the centre in place."""
        width = max(1.0, float(width))
        centre = self.time_at(self.width / 2)
        self.width = width
        self.start = centre - width / 2 * self.seconds_per_pixel
        self._clamp_start()

    def zoom(self, factor: float, x: float) -> None:
        """Multiply the seconds per pixel by ``1 / factor`` keeping the time at ``x`` fixed.

        ``factor > 1`` zooms in. At the limits the zoom stops smoothly (it is clamped, not refused).
        """
        if factor <= 0 or not math.isfinite(factor):
            return
        anchor = self.time_at(x)
        spp = clamp_seconds_per_pixel(self.seconds_per_pixel / factor)
        self.seconds_per_pixel = spp
        self.start = anchor - x * spp
        self._clamp_start()

    def pan(self, dx: float) -> None:
        """Move the view by ``dx`` pixels (positive shows later times)."""
        self.start += dx * self.seconds_per_pixel
        self._clamp_start()

    def show(self, t0: float, t1: float, margin: float = 0.0) -> None:
        """Fit [t0, t1] into the width, leaving ``margin`` (a fraction of the span) on both sides."""
        if t1 < t0:
            t0, t1 = t1, t0
        span = max(t1 - t0, MIN_SECONDS_PER_PIXEL * self.width)
        span *= 1 + 2 * margin
        centre = (t0 + t1) / 2
        self.seconds_per_pixel = clamp_seconds_per_pixel(span / self.width)
        self.start = centre - self.width / 2 * self.seconds_per_pixel
        self._clamp_start()

    def _clamp_start(self) -> None:
        latest_start = LATEST_TIME - self.span
        self.start = min(max(self.start, EARLIEST_TIME), max(EARLIEST_TIME, latest_start))


def clamp_seconds_per_pixel(value: float) -> float:
    return min(max(value, MIN_SECONDS_PER_PIXEL), MAX_SECONDS_PER_PIXEL)
