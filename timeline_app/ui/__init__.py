"""PySide6 user interface of Chronicle. May import ``timeline_app.core``; never the reverse."""
