"""The window around the canvas at scale: opening, selecting, searching, filtering, paging and sorting the list.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_window --events 1000000

Uses the synthetic store of ``bench_render`` (built once in the temp directory, in a child
process; again when the cached one has another schema than the app). Prints one line per figure and a last line of JSON.
``search_ms_median`` searches "court" (about a tenth of the events) three times, so two of the three
find what the canvas read for it kept; ``search_new_word_ms_median`` searches three other words as
common, each for the first time.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.bench_render import ensure_store

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

    from timeline_app.ui.event_table import EventTable
    from timeline_app.ui.main_window import MainWindow

NEW_WORDS = ("council", "police", "hospital")  # subjects of bench_render's titles, as common as "court"
SORTS = ((2, "title"), (1, "kind"), (4, "sources"), (0, "when"))  # the list's columns by header


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def _sort_next(table: EventTable, column: int, orders: Iterator[Qt.SortOrder]) -> None:
    table.sort_by(column, next(orders))


def _search(window: MainWindow, text: str) -> None:
    """Type ``text`` in the search box and apply it at once (as Enter does)."""
    window.search_box.setText(text)
    window.apply_search()


def measure(path: Path, count: int) -> dict[str, object]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from timeline_app.core.store import Store
    from timeline_app.ui.app import make_application
    from timeline_app.ui.main_window import MainWindow

    _app = make_application()  # kept alive for the measurement
    settings_path = Path(tempfile.mkdtemp()) / "settings.ini"
    started = time.perf_counter()
    store = Store(path)
    window = MainWindow(store, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    QApplication.processEvents()
    window.canvas.repaint()
    open_s = time.perf_counter() - started

    ids = [row[0] for row in store.db.execute("SELECT id FROM events ORDER BY random() LIMIT 50").fetchall()]
    picks = iter(ids * 2)
    select_ms = _median_ms(lambda: window.select_event(next(picks)), 20)
    model = window.table.source_model
    reload_ms = _median_ms(model.reload, 5)
    fetch_ms = _median_ms(model.fetchMore, 10)
    table = window.table
    orders = iter([Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder] * 10)
    sorted_ms: dict[str, float] = {}
    for column, name in SORTS:  # alternate the direction so each click really sorts again
        sorted_ms[name] = _median_ms(functools.partial(_sort_next, table, column, orders), 4)
    table.sort_by(2, Qt.SortOrder.AscendingOrder)
    sorted_fetch_ms = _median_ms(model.fetchMore, 5)  # the next page by title
    table.sort_by(0, Qt.SortOrder.AscendingOrder)
    kinds = store.kinds()
    random.seed(1)
    toggles = iter(random.choices(kinds, k=20))
    kind_ms = _median_ms(lambda: window.set_kind_shown(next(toggles), False), 5)
    window.show_all_kinds()

    search_ms = _median_ms(lambda: _search(window, "court"), 3)
    found = len(window.search_ids or ())
    zoom_results_ms = _median_ms(window.zoom_to_results, 3)
    words = iter(NEW_WORDS)  # each as common as "court", none searched before: nothing cached for it
    new_word_ms = _median_ms(lambda: _search(window, next(words)), len(NEW_WORDS))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close()
    store.close()
    return {
        "events": count,
        "open_to_first_paint_s": round(open_s, 3),
        "select_ms_median": select_ms,
        "list_reload_ms_median": reload_ms,
        "list_fetch_page_ms_median": fetch_ms,
        **{f"sort_{name}_ms_median": value for name, value in sorted_ms.items()},
        "sorted_fetch_page_ms_median": sorted_fetch_ms,
        "hide_kind_ms_median": kind_ms,
        "search_ms_median": search_ms,
        "search_results": found,
        "zoom_to_results_ms_median": zoom_results_ms,
        "search_new_word_ms_median": new_word_ms,
        "rss_mb": round(rss_mb, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="where the synthetic store is kept")
    args = parser.parse_args(argv)
    path = args.db or Path(tempfile.gettempdir()) / f"chronicle-window-bench-{args.events}.sqlite"
    ensure_store(path, args.events)  # built again when cached with another schema
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = measure(path, args.events)
    for key, value in result.items():
        print(f"{key}: {value}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
