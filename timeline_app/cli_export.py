"""The ``export`` command: arguments, and running one export from them.

Qt is imported only for image formats (png, svg, pdf); without a display it runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from timeline_app.core.export_data import (
    DATA_FORMATS,
    FORMATS,
    ExportError,
    ExportResult,
    ExportSpec,
    export_data,
    format_for_path,
    parse_page_size,
    range_from_dates,
)
from timeline_app.core.store import Store


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be positive: {text!r}")
    return value


def add_export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", "-o", type=os.fsdecode, required=True, metavar="FILE", help="file to write")
    parser.add_argument("--format", choices=FORMATS, help="output format (default: from the extension of --out)")
    parser.add_argument("--from", dest="start", type=_iso_date, metavar="DATE", help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="end", type=_iso_date, metavar="DATE", help="last day, included (YYYY-MM-DD)")
    parser.add_argument("--kinds", nargs="+", metavar="KIND", help="only events of these kinds (default: all)")
    parser.add_argument("--title", default="", help="title drawn above the timeline / name of the calendar")
    parser.add_argument("--no-legend", dest="legend", action="store_false", help="leave out the legend of kinds")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    image = parser.add_argument_group("images (png, svg, pdf)")
    image.add_argument("--width", type=_positive_int, default=1920, help="width in pixels (default 1920)")
    image.add_argument("--height", type=_positive_int, default=1080, help="height in pixels (default 1080)")
    image.add_argument("--scale", type=_positive_float, default=1.0, help="multiply width and height (png)")
    image.add_argument("--dpi", type=_positive_int, default=96, help="resolution stored in the PNG (default 96)")
    image.add_argument("--transparent", action="store_true", help="transparent background (png, svg)")
    image.add_argument("--dark", action="store_true", help="dark theme: light text on a dark background")
    image.add_argument(
        "--page-size", default="A4", metavar="SIZE", help="PDF page: A4, A3, Letter, Legal or WxH in mm (default A4)"
    )
    image.add_argument("--orientation", choices=("landscape", "portrait"), default="landscape", help="PDF page")
    image.add_argument("--pages", type=_positive_int, default=1, help="PDF: split the range over this many pages")


def spec_from_args(args: argparse.Namespace) -> ExportSpec:
    out = _path(args.out)
    fmt = format_for_path(out, args.format)
    t0, t1 = range_from_dates(args.start, args.end)
    name, width_mm, height_mm = parse_page_size(args.page_size)
    return ExportSpec(
        out=out,
        format=fmt,
        t0=t0,
        t1=t1,
        kinds=set(args.kinds) if args.kinds else None,
        force=args.force,
        title=args.title,
        legend=args.legend,
        width=args.width,
        height=args.height,
        scale=args.scale,
        dpi=args.dpi,
        transparent=args.transparent,
        dark=args.dark,
        page_size=name,
        page_width_mm=width_mm,
        page_height_mm=height_mm,
        orientation=args.orientation,
        pages=args.pages,
    )


def _path(text: str) -> Path:
    return Path(text).expanduser()


def prepare_headless_qt() -> None:
    """Draw offscreen when there is no display to connect to."""
    if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def check_kinds(store: Store, kinds: set[str] | None) -> None:
    """A kind the store does not have is most likely a typo: say so rather than export nothing."""
    if kinds is None:
        return
    known = store.kinds()
    unknown = sorted(kinds - set(known))
    if unknown:
        raise ExportError(
            f"no events of kind {', '.join(unknown)} (kinds in the database: {', '.join(known) or 'none'})"
        )


def run_export(store: Store, spec: ExportSpec) -> ExportResult:
    check_kinds(store, spec.kinds)
    if spec.format in DATA_FORMATS:
        return export_data(store, spec)
    prepare_headless_qt()
    from timeline_app.ui.export_image import export_image

    return export_image(store, spec)


def run_export_command(store: Store, args: argparse.Namespace) -> int:
    try:
        spec = spec_from_args(args)
        result = run_export(store, spec)
    except ExportError as error:
        print(error, file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{error.filename or args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    except Exception as error:  # never a traceback: one line, and no file was left behind
        print(f"{args.out}: export failed ({type(error).__name__}: {error})", file=sys.stderr)
        return 1
    print(result.summary())
    return 0
