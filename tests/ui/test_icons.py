"""The app icon: committed renderings of the SVG source, and the .ico/.icns containers."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from timeline_app import APP_ID
from timeline_app.core.desktop import ICON_SIZES

REPO = Path(__file__).resolve().parents[2]
ICONS = REPO / "resources" / "icons"


def _png(size: int, root: Path = ICONS) -> Path:
    return root / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def _decode(data: bytes) -> QImage:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage()
    assert image.loadFromData(data)
    return image


def test_svg_source_is_valid_and_square(qapp) -> None:
    renderer = QSvgRenderer(str(ICONS / f"{APP_ID}.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_renderings_have_their_size_and_a_transparent_corner(qapp, size: int) -> None:
    image = QImage(str(_png(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_ico_holds_a_png_per_size(qapp) -> None:
    data = (ICONS / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        image = _decode(data[offset : offset + length])
        side = width or 256
        assert (image.width(), image.height(), height or 256, planes, bits) == (side, side, side, 1, 32)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_pngs_from_16_to_512(qapp) -> None:
    data = (ICONS / f"{APP_ID}.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}
    expected |= {b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    found = {}
    offset = 8
    while offset < len(data):
        kind = data[offset : offset + 4]
        length = struct.unpack_from(">I", data, offset + 4)[0]
        image = _decode(data[offset + 8 : offset + length])
        assert image.width() == image.height()
        found[kind] = image.width()
        offset += length
    assert found == expected


def test_committed_renderings_match_the_svg(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    script = REPO / "packaging" / "make_icons.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True, env=env)
    for size in (16, 48, 256):
        fresh, committed = QImage(str(_png(size, tmp_path))), QImage(str(_png(size)))
        worst = max(
            abs(getattr(fresh.pixelColor(x, y), ch)() - getattr(committed.pixelColor(x, y), ch)())
            for x in range(0, size, max(1, size // 32))
            for y in range(0, size, max(1, size // 32))
            for ch in ("red", "green", "blue", "alpha")
        )
        assert worst <= 8, f"{size} px rendering is stale: run python packaging/make_icons.py"
