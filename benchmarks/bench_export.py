"""Export speed at scale: a 3840x2160 PNG of a 1,000,000-event store (target: at most 3 s).

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_export --events 1000000

Builds (once, cached in the temp directory) the synthetic store of ``bench_render`` in a child
process, then times ``export_image`` in this process (the dialog's path: layout computed once
for the export size, painted by the canvas's painter, encoded, moved into place), broken into
stages, and the whole ``timeline-app export`` command as a user runs it (Python and Qt start
included). Also times an SVG and a one-page PDF of the same range. Last line: JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _store_path(count: int) -> Path:
    return Path(tempfile.gettempdir()) / f"chronicle-bench-export-{count}-v3.sqlite"


def _build(path: Path, count: int) -> None:
    command = [sys.executable, "-m", "benchmarks.bench_render", "--events", str(count), "--build-only"]
    subprocess.run([*command, "--db", str(path)], check=True, cwd=REPO)


def _time_export(store: object, spec: object, runs: int) -> tuple[list[float], dict[str, float]]:
    from timeline_app.ui.export_image import export_image

    totals: list[float] = []
    stages: dict[str, float] = {}
    for _ in range(runs):
        marks: list[tuple[str, float]] = [("setting up", time.perf_counter())]

        def mark(_percent: int, text: str, marks: list[tuple[str, float]] = marks) -> None:
            marks.append((text, time.perf_counter()))

        export_image(store, spec, mark)  # type: ignore[arg-type]
        totals.append(time.perf_counter() - marks[0][1])
        for (text, moment), (_next, following) in zip(marks, marks[1:]):
            stages[text] = stages.get(text, 0.0) + (following - moment) / runs
    return totals, stages


def measure(path: Path, width: int, height: int, runs: int, out_dir: Path) -> dict[str, object]:
    from PySide6.QtGui import QGuiApplication, QImage

    started = time.perf_counter()
    _app = QGuiApplication.instance() or QGuiApplication([])
    qt_start = time.perf_counter() - started

    from timeline_app.core.export_data import ExportSpec
    from timeline_app.core.store import Store

    store = Store(path)
    count = store.counts()[0]
    png = ExportSpec(out_dir / "bench.png", "png", width=width, height=height, force=True, title="Benchmark")
    png_times, png_stages = _time_export(store, png, runs)
    image = QImage(str(png.out))
    assert (image.width(), image.height()) == (width, height), "wrong PNG size"
    svg = ExportSpec(out_dir / "bench.svg", "svg", width=width, height=height, force=True)
    svg_times, _ = _time_export(store, svg, 1)
    pdf = ExportSpec(out_dir / "bench.pdf", "pdf", force=True)
    pdf_times, _ = _time_export(store, pdf, 1)
    store.close()

    command = [sys.executable, "-m", "timeline_app", "export", "--db", str(path), "--out", str(out_dir / "cli.png")]
    command += ["--width", str(width), "--height", str(height), "--force"]
    cli_started = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO, capture_output=True)
    cli_seconds = time.perf_counter() - cli_started
    for name, seconds in png_stages.items():
        print(f"  png {name:>12}: {seconds * 1000:7.1f} ms (mean)", file=sys.stderr)
    return {
        "events": count,
        "width": width,
        "height": height,
        "png_s_median": round(statistics.median(png_times), 3),
        "png_s_runs": [round(t, 3) for t in png_times],
        "png_bytes": png.out.stat().st_size,
        "cli_png_s": round(cli_seconds, 3),
        "svg_s": round(svg_times[0], 3),
        "pdf_s": round(pdf_times[0], 3),
        "qt_start_s": round(qt_start, 3),
        "target_s": 3.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--width", type=int, default=3840)
    parser.add_argument("--height", type=int, default=2160)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="where to keep the synthetic store")
    parser.add_argument("--keep", type=Path, help="folder to keep the exported files in (default: deleted)")
    parser.add_argument("--rebuild", action="store_true", help="build the store again even if cached")
    args = parser.parse_args(argv)
    path = args.db or _store_path(args.events)
    if args.rebuild or not path.exists():
        _build(path, args.events)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        result = measure(path, args.width, args.height, args.runs, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="chronicle-bench-export-") as folder:
            result = measure(path, args.width, args.height, args.runs, Path(folder))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
