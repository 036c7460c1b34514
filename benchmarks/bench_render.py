"""Timeline rendering speed at scale: paint, zoom step, open-to-first-paint and memory.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_render --events 1000000

Builds (once, cached in the temp directory) a store of N synthetic events spread over 50 years
with realistic kinds, precisions and salience, in a child process so its memory does not count.
A cached store written with another schema than the app's (``PRAGMA user_version``), or whose
build did not finish, is built again.
Then opens it as the window would, renders a 1600x900 canvas offscreen at zoom levels from 50
years to 1 day, zooms notch by notch with real wheel events, and prints per-level figures and a
last line of JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

KINDS = (
    ("incident", 18),
    ("arrest", 8),
    ("charge", 10),
    ("lawsuit", 10),
    ("hearing", 9),
    ("trial", 6),
    ("verdict", 6),
    ("sentence", 5),
    ("settlement", 6),
    ("dismissal", 4),
    ("appeal", 4),
    ("announcement", 14),
)
PRECISIONS = (("day", 70), ("month", 9), ("year", 5), ("week", 3), ("range", 3), ("open", 7), ("unknown", 3))
SUBJECTS = ("council", "company", "court", "minister", "union", "police", "hospital", "school", "bank", "city")
VERBS = {
    "incident": "Fire at",
    "arrest": "Arrest near",
    "charge": "Charges against",
    "lawsuit": "Suit filed against",
    "hearing": "Hearing on",
    "trial": "Trial of",
    "verdict": "Verdict for",
    "sentence": "Sentence for",
    "settlement": "Settlement with",
    "dismissal": "Case dismissed against",
    "appeal": "Appeal by",
    "announcement": "Statement from",
}
FIRST_DAY = date(1976, 1, 1)
DAYS = 50 * 365
EPOCH = date(1970, 1, 1)
SPANS = {
    "50 years": 50 * 365.25,
    "20 years": 20 * 365.25,
    "10 years": 10 * 365.25,
    "5 years": 5 * 365.25,
    "2 years": 2 * 365.25,
    "1 year": 365.25,
    "6 months": 182.0,
    "3 months": 91.0,
    "1 month": 30.0,
    "2 weeks": 14.0,
    "1 week": 7.0,
    "3 days": 3.0,
    "1 day": 1.0,
}
WIDTH, HEIGHT = 1600, 900


def _seconds(day: date) -> float:
    return float((day - EPOCH).days * 86_400)


def synthetic_rows(count: int, seed: int = 7) -> list[tuple[object, ...]]:
    """Rows for ``events``: title, kind, earliest, latest, precision, label, salience, t0, t1."""
    rng = random.Random(seed)
    kinds = [k for k, _ in KINDS]
    kind_weights = [w for _, w in KINDS]
    precisions = [p for p, _ in PRECISIONS]
    precision_weights = [w for _, w in PRECISIONS]
    picked_kinds = rng.choices(kinds, kind_weights, k=count)
    picked_precisions = rng.choices(precisions, precision_weights, k=count)
    rows: list[tuple[object, ...]] = []
    for index in range(count):
        kind, precision = picked_kinds[index], picked_precisions[index]
        # news clusters: some days are much busier than others
        offset = int(DAYS * rng.random() ** 0.8) if rng.random() < 0.5 else rng.randrange(DAYS)
        day = FIRST_DAY + timedelta(days=offset)
        first, last, label = _span(day, precision, rng)
        salience = round(rng.random() ** 4, 4)
        title = f"{VERBS[kind]} {rng.choice(SUBJECTS)} {index}"
        t0 = t1 = None
        if precision == "open":
            t0, t1 = _seconds(day), _seconds(day) + 86_400.0
        elif first is not None and last is not None:
            t0, t1 = _seconds(first), _seconds(last) + 86_400.0
        earliest = first.isoformat() if first else None
        latest = last.isoformat() if last else None
        rows.append((title, kind, earliest, latest, precision, label, salience, t0, t1))
    return rows


def _span(day: date, precision: str, rng: random.Random) -> tuple[date | None, date | None, str]:
    if precision == "day":
        return day, day, day.isoformat()
    if precision == "week":
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(days=6), f"week of {start.isoformat()}"
    if precision == "month":
        start = day.replace(day=1)
        end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return start, end, start.strftime("%b %Y")
    if precision == "year":
        return day.replace(month=1, day=1), day.replace(month=12, day=31), str(day.year)
    if precision == "range":
        return day, day + timedelta(days=rng.randrange(2, 120)), "range"
    if precision == "open":
        return None, day + timedelta(days=1), f"by {day.isoformat()}"
    return None, None, "date unknown"


def build_store(path: Path, count: int) -> None:
    """Create the database with the app's schema and fill it in one transaction."""
    from timeline_app.core.store import Store

    started = time.perf_counter()
    final, path = path, _partial(path)  # renamed when done: an interrupted build leaves no cache
    _remove(path)
    store = Store(path)
    conn = store.db.conn
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")  # up to 1 GB in this build-only child: index inserts stay in memory
    chunk = 100_000
    with conn:
        for first in range(0, count, chunk):
            rows = synthetic_rows(min(chunk, count - first), seed=first)
            conn.executemany(
                "INSERT INTO events (title, kind, earliest, latest, precision, label, salience, t0, t1)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        conn.execute("INSERT INTO event_spans (id, t0, t1) SELECT id, t0, t1 FROM events WHERE t0 IS NOT NULL")
        conn.execute(
            "INSERT INTO events_fts (rowid, title) SELECT id, title FROM events"
        )  # the store indexes new titles
    store.rebuild_counts()  # plain SQL inserts bypass the store's per-day counts
    conn.execute("ANALYZE")
    store.close()
    _remove(final)
    os.replace(path, final)
    print(f"built {count} events in {time.perf_counter() - started:.1f} s: {final}", file=sys.stderr)


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def _remove(path: Path) -> None:
    """Delete a database file and its journal files, if any."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def stale_reason(path: Path) -> str | None:
    """Why the cached store at ``path`` cannot be used (missing, unreadable, or written with another
    schema than this app's ``SCHEMA_VERSION``: its figures would be wrong), or None when it can."""
    from timeline_app.core.store import SCHEMA_VERSION

    if not path.exists():
        return "not built yet"
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        return f"unreadable ({error})"
    if version != SCHEMA_VERSION:
        return f"schema {version}, the app writes {SCHEMA_VERSION}"
    return None


def ensure_store(path: Path, count: int, rebuild: bool = False) -> None:
    """Build the synthetic store at ``path`` in a child process unless a usable one is cached there."""
    reason = "asked to rebuild" if rebuild else stale_reason(path)
    if reason is None:
        return
    print(f"building {path}: {reason}", file=sys.stderr)
    command = [sys.executable, "-m", "benchmarks.bench_render", "--events", str(count), "--build-only"]
    subprocess.run([*command, "--db", str(path)], check=True, cwd=Path(__file__).resolve().parent.parent)


def _store_path(count: int) -> Path:
    return Path(tempfile.gettempdir()) / f"chronicle-bench-{count}-v3.sqlite"


def measure(path: Path, count: int) -> dict[str, object]:
    started = time.perf_counter()
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QImage, QWheelEvent
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    app_ready = time.perf_counter()

    opened = time.perf_counter()  # from here: import the app, open the database, first frame
    from timeline_app.core.store import Store
    from timeline_app.ui.canvas import TimelineCanvas

    store = Store(path)
    canvas = TimelineCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.set_store(store)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.render(image)
    first_paint = time.perf_counter() - opened

    centre = _seconds(FIRST_DAY) + DAYS * 86_400 * 0.55
    per_level: dict[str, float] = {}
    for name, days in SPANS.items():
        half = days * 86_400 / 2
        canvas.zoom_to(centre - half, centre + half)
        canvas.render(image)  # the first paint of a level builds its layout
        times = []
        for _ in range(7):
            t = time.perf_counter()
            canvas.render(image)
            times.append((time.perf_counter() - t) * 1000)
        per_level[name] = round(statistics.median(times), 2)
        print(f"  {name:>9}: repaint {per_level[name]:6.2f} ms median", file=sys.stderr)

    steps = []
    rng = random.Random(3)
    canvas.zoom_to(centre - SPANS["50 years"] * 43_200, centre + SPANS["50 years"] * 43_200)
    canvas.render(image)
    for direction in (1, -1):
        for _ in range(46):
            pos = QPointF(rng.uniform(200, WIDTH - 200), HEIGHT / 2)
            wheel = QWheelEvent(
                pos,
                QPointF(canvas.mapToGlobal(pos.toPoint())),
                QPoint(0, 0),
                QPoint(0, 120 * direction),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            )
            t = time.perf_counter()
            QApplication.sendEvent(canvas, wheel)
            canvas.render(image)
            steps.append((time.perf_counter() - t) * 1000)
    print(f"  zoom steps: median {statistics.median(steps):.2f} ms, max {max(steps):.2f} ms", file=sys.stderr)
    store.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "events": count,
        "paint_ms_median": max(per_level.values()),
        "zoom_step_ms_median": round(statistics.median(steps), 2),
        "open_to_first_paint_s": round(first_paint, 3),
        "rss_mb": round(rss_mb, 1),
        "paint_ms_median_by_span": per_level,
        "zoom_step_ms_p90": round(statistics.quantiles(steps, n=10)[-1], 2),
        "zoom_step_ms_max": round(max(steps), 2),
        "qt_start_s": round(app_ready - started, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--rebuild", action="store_true", help="build the store again even if cached")
    parser.add_argument("--db", type=Path, help="where to keep the synthetic store")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    path = args.db or _store_path(args.events)
    if args.build_only:
        build_store(path, args.events)
        return 0
    ensure_store(path, args.events, args.rebuild)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = measure(path, args.events)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
