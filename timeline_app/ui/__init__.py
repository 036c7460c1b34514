"""PySide6 user interface of Chronicle. May import ``timeline_app.core``; never the reverse."""

from timeline_app.ui._refcount_guard import make_none_immortal

make_none_immortal()
