"""Image exports: real PNG, SVG and PDF files drawn by the canvas's painter, checked by reading them back."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from tests.export_samples import build_sample_store
from timeline_app.core.export_data import ExportCancelled, ExportError, ExportSpec, range_from_dates
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui import export_image
from timeline_app.ui.export_image import PageRenderer
from timeline_app.ui.painter import kind_color

REPO = Path(__file__).resolve().parents[2]
DATED_TITLES = ["Shooting on the set", "Hearing in Santa Fe", "Charges filed", "Armorer convicted"]
_FIRST, _LAST = range_from_dates(date(2021, 7, 1), date(2024, 12, 31))
assert _FIRST is not None and _LAST is not None
RANGE: tuple[float, float] = (_FIRST, _LAST)


@pytest.fixture
def store(tmp_path: Path, qapp) -> Iterator[Store]:
    with build_sample_store(tmp_path / "sample.db") as opened:
        yield opened


def _spec(out: Path, fmt: str, **values) -> ExportSpec:
    return ExportSpec(out, fmt, t0=RANGE[0], t1=RANGE[1], title="Rust case", **values)


def _pdf_texts(path: Path) -> list[str]:
    """Text of each page, with pypdf's tabs and ligatures (fi) normalised."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]


def _x_of(day: date, width: float) -> float:
    start = TimeSpan.on_day(day).start_seconds()
    assert start is not None
    return (start + 43_200 - RANGE[0]) / (RANGE[1] - RANGE[0]) * width


def _has_color_near(image: QImage, x: float, color: QColor, reach: int = 4) -> bool:
    for px in range(max(0, int(x) - reach), min(image.width(), int(x) + reach + 1)):
        for py in range(image.height()):
            found = QColor(image.pixel(px, py))
            if (
                abs(found.red() - color.red()) + abs(found.green() - color.green()) + abs(found.blue() - color.blue())
                < 40
            ):
                return True
    return False


def test_png_has_the_requested_size_and_draws_the_events(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "timeline.png"
    result = export_image.export_image(store, _spec(out, "png", width=1200, height=700, dpi=150))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)
    assert result.written == 6
    assert abs(image.dotsPerMeterX() * 0.0254 - 150) < 1
    assert QColor(image.pixel(image.width() - 2, 3)).name() == "#ffffff"  # opaque white background
    shooting = _x_of(date(2021, 10, 21), 1200)
    assert _has_color_near(image, shooting, kind_color("incident"))
    hearing = _x_of(date(2023, 3, 3), 1200)
    assert _has_color_near(image, hearing, kind_color("hearing"))
    assert not _has_color_near(image, hearing, kind_color("incident"), reach=2)


def test_png_scale_and_transparency(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "big.png"
    export_image.export_image(store, _spec(out, "png", width=600, height=400, scale=2.0, transparent=True))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    assert image.hasAlphaChannel() and image.pixelColor(image.width() - 2, 3).alpha() == 0
    assert _has_color_near(image, _x_of(date(2021, 10, 21), 1200), kind_color("incident"))


def test_svg_is_xml_with_titles_and_axis_labels_as_text(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "timeline.svg"
    export_image.export_image(store, _spec(out, "svg", width=1400, height=800))
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    texts = [("".join(node.itertext())).strip() for node in root.iter() if node.tag.endswith("text")]
    for title in DATED_TITLES + ["Rust case", "2022", "2023"]:
        assert title in texts


def test_pdf_pages_and_text(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "timeline.pdf"
    export_image.export_image(store, _spec(out, "pdf", page_size="A4", orientation="landscape"))
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 841.9) < 2 and abs(float(box.height) - 595.3) < 2
    text = _pdf_texts(out)[0]
    for title in DATED_TITLES + ["Undated (1): Civil suits filed"]:
        assert title in text


def test_pdf_on_several_pages_splits_the_range(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "pages.pdf"
    spec = _spec(out, "pdf", page_size="Letter", orientation="portrait", pages=3)
    export_image.export_image(store, spec)
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    assert abs(float(reader.pages[0].mediabox.width) - 612) < 2
    texts = _pdf_texts(out)
    assert "Shooting on the set" in texts[0] and "Shooting on the set" not in texts[2]
    assert "Armorer convicted" in texts[2] and "(3/3)" in texts[2]


def test_failed_image_export_leaves_nothing(store: Store, tmp_path: Path, monkeypatch) -> None:
    def broken(self, painter, page) -> None:
        if page == 1:
            raise RuntimeError("disk vanished")
        original(self, painter, page)

    original = PageRenderer.paint
    monkeypatch.setattr(PageRenderer, "paint", broken)
    with pytest.raises(RuntimeError):
        export_image.export_image(store, _spec(tmp_path / "x.pdf", "pdf", pages=2))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.db", "sample.db-shm", "sample.db-wal"]


def test_cancel_and_refusals_leave_nothing(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export_image.export_image(store, _spec(tmp_path / "c.pdf", "pdf", pages=2), cancelled=lambda: True)
    with pytest.raises(ExportError, match="too large"):
        export_image.export_image(store, _spec(tmp_path / "huge.png", "png", width=30000, height=30000))
    existing = tmp_path / "old.svg"
    existing.write_text("<svg/>", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        export_image.export_image(store, _spec(existing, "svg"))
    assert existing.read_text(encoding="utf-8") == "<svg/>"
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".pdf", ".png") or ".part" in p.name]


def test_cli_image_export_runs_without_a_display(tmp_path: Path) -> None:
    build_sample_store(tmp_path / "cli.db").close()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "cli.png"
    args = ["export", "--db", str(tmp_path / "cli.db"), "--out", str(out), "--width", "800", "--height", "500"]
    done = subprocess.run(
        [sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert QImage(str(out)).width() == 800
    again = subprocess.run(
        [sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    assert again.returncode == 1 and again.stderr.strip() == f"{out}: already exists (use --force to overwrite)"


def _needed(note: str, unit: str) -> int:
    found = re.search(rf"(\d+) {unit}", note)
    assert found is not None, note
    return int(found.group(1))


def test_an_image_too_short_for_every_lane_says_what_it_left_out(store: Store, tmp_path: Path) -> None:
    short = export_image.export_image(store, _spec(tmp_path / "short.png", "png", width=800, height=200))
    assert short.skipped > 0 and short.written + short.skipped == 6
    assert "other" in short.note and "incident" not in short.note  # the bottom lanes go first
    assert f"{short.skipped} left out (no room for the lanes" in short.summary()
    height = _needed(short.note, "px")
    fits = export_image.export_image(store, _spec(tmp_path / "fits.png", "png", width=800, height=height))
    assert (fits.written, fits.skipped, fits.note) == (6, 0, "")
    still = export_image.export_image(store, _spec(tmp_path / "still.png", "png", width=800, height=height - 2))
    assert still.skipped > 0  # the height given is the least that fits
    hidpi = export_image.export_image(store, _spec(tmp_path / "hi.png", "png", width=800, height=300, scale=2, dpi=192))
    tall = _needed(hidpi.note, "px")
    again = _spec(tmp_path / "hi2.png", "png", width=800, height=tall, scale=2, dpi=192)
    assert export_image.export_image(store, again).skipped == 0
    page = dict(page_size="custom", page_width_mm=60, page_height_mm=400, orientation="landscape")
    pdf = export_image.export_image(store, _spec(tmp_path / "short.pdf", "pdf", **page))
    assert pdf.skipped > 0 and "mm tall" in pdf.note
    page["page_width_mm"] = _needed(pdf.note, "mm")
    assert export_image.export_image(store, _spec(tmp_path / "fits.pdf", "pdf", **page)).skipped == 0


def test_dark_theme_image(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "dark.png"
    export_image.export_image(store, _spec(out, "png", width=900, height=500, dark=True))
    image = QImage(str(out))
    assert QColor(image.pixel(image.width() - 2, 3)).lightness() < 60  # a dark background
    assert _has_color_near(image, _x_of(date(2021, 10, 21), 900), kind_color("incident").lighter(125))
