"""Many void Qt calls must not bring Python down (shiboken6 6.12 on Python 3.11 drops None)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def test_a_long_session_of_void_calls_survives() -> None:
    code = (
        "import timeline_app.ui\n"
        "from PySide6.QtCore import QRectF\n"
        "rect = QRectF()\n"
        "for _ in range(50_000):\n"
        "    rect.setWidth(1.0)\n"
        "print('alive')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "alive"
