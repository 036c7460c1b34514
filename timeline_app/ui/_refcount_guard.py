"""Work around shiboken6 6.12.0 on Python 3.11: every void Qt method drops a reference to None.

shiboken 6.12 returns ``None`` from void methods without taking a reference (it assumes
``None`` is immortal, as it is from Python 3.12). On 3.11 each such call (``painter.drawLine``,
``widget.update``...) lowers ``None``'s count by one, and after a few thousand calls Python
aborts with "none_dealloc: deallocating None". Giving ``None`` a very large count makes it
effectively immortal, as on newer Pythons. Nothing is done on Python 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 48


def make_none_immortal() -> None:
    """Raise ``None``'s reference count far beyond what any session can drop (Python < 3.12 only)."""
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < _HEADROOM // 2:
        count.value += _HEADROOM
