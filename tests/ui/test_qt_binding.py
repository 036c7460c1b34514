"""The installed Qt binding must survive a long session of void calls.

shiboken6 6.12.0 on Python 3.11 drops a reference to ``None`` on every Qt method that
returns nothing; after a few thousand calls Python aborts ("none_dealloc"). pyproject.toml
keeps PySide6 below 6.12 on Python < 3.12; this test catches a binding that brings it back.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def test_a_long_session_of_void_calls_survives() -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QRectF\n"
        "rect = QRectF()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(50_000):\n"
        "    rect.setWidth(1.0)\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    assert abs(int(out.stdout.strip())) < 1000
