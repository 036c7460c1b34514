"""Command line of Chronicle: a stable contract that scripts and tests rely on.

Nothing here imports Qt unless the window is asked for.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from timeline_app import __version__
from timeline_app.core.export_data import event_to_dict
from timeline_app.core.model import Article
from timeline_app.core.paths import default_database_path
from timeline_app.core.store import Store, StoreError

EXTRACTION_NOTE = (
    "Events are found on import by rule-based extraction (timeline_app.core.extract) and dated against each"
    " article's publication date; the same event reported by several articles is merged into one."
)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from None


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"database file (default: {default_database_path()})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Chronicle: turn news articles into a zoomable timeline. Without a command, opens the window.",
        epilog=EXTRACTION_NOTE,
    )
    parser.add_argument("--version", action="version", version=f"Chronicle {__version__}")
    _db_option(parser)
    _import_dialog_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import", help="import article files (.txt, .md, .html, .htm, .pdf, .docx)", epilog=EXTRACTION_NOTE
    )
    _db_option(imp)
    imp.add_argument("--date", type=_iso_date, help="publication date for files that carry none (YYYY-MM-DD)")
    imp.add_argument(
        "--undated",
        action="store_true",
        help="import files with no publication date as 'date unknown' (relative dates stay unresolved)",
    )
    imp.add_argument("--max-mb", type=float, default=50, help="refuse files larger than this many MB (default 50)")
    imp.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="article files, or folders to import the article files in"
    )

    events = commands.add_parser("events", help="list the stored events")
    _db_option(events)
    events.add_argument("--format", choices=("json", "csv", "table"), default="table")

    articles = commands.add_parser("articles", help="list the stored articles: id, title, published, path")
    _db_option(articles)
    articles.add_argument("--format", choices=("json", "table"), default="table")

    _export_parser(commands)
    tag = commands.add_parser("tag-times", help="print the temporal expressions of a text file as JSON")
    tag.add_argument("--dct", type=_iso_date, help="publication date the relative expressions lean on (YYYY-MM-DD)")
    tag.add_argument("file", type=Path, metavar="FILE")

    evaluate = commands.add_parser("eval-timeml", help="score tag-times on TimeML (.tml) files, TempEval-3 style")
    evaluate.add_argument(
        "paths", nargs="+", type=Path, metavar="DIR", help="directories of .tml files (or single .tml files)"
    )
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--errors", action="store_true", help="also list each missed, spurious or mismatched expression"
    )
    evaluate.add_argument("--by-class", action="store_true", help="also count the errors by class of expression")
    commands.add_parser(
        "install-desktop",
        help="add Chronicle to your desktop's launcher (entry, icons, metainfo under XDG_DATA_HOME)",
    )
    commands.add_parser("uninstall-desktop", help="remove what install-desktop added")
    return parser


def _import_dialog_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--import-dialog",
        action="store_true",
        default=argparse.SUPPRESS,
        help="open the window and ask for article files to import (the launcher's Import articles action)",
    )


def _open_store(args: argparse.Namespace, create: bool = False) -> Store:
    """The database named by ``--db`` (or the default); only ``import`` may create a new file."""
    path = getattr(args, "db", None) or default_database_path()
    if not create and not Path(path).exists():
        raise StoreError(f"{path}: no such database (import articles into it first)")
    return Store(path)


def _cmd_import(args: argparse.Namespace) -> int:
    from timeline_app.core.importer import ImportSummary, collect_files, import_files

    summary = ImportSummary()
    max_bytes = int(args.max_mb * 1024 * 1024)
    files = collect_files(args.files)  # a folder stands for the article files inside it, as in the window
    with _open_store(args, create=True) as store:
        for result in import_files(store, files, args.date, max_bytes, allow_undated=args.undated):
            summary.add(result)
            if result.error:
                print(result.error, file=sys.stderr)
    print(summary.line())
    return 1 if summary.failed else 0


def _article_texts(store: Store) -> dict[int, str]:
    return {article.id: article.text for article in store.articles() if article.id is not None}


def _cmd_events(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        texts = _article_texts(store)
        rows = [event_to_dict(event, texts) for event in store.events()]
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif args.format == "csv":
        columns = ["id", "title", "kind", "earliest", "latest", "precision", "label", "status", "participants"]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([("; ".join(row[c]) if c == "participants" else row[c]) for c in columns])
        sys.stdout.write(out.getvalue())
    else:
        print(_table(["id", "label", "kind", "title"], [[r["id"], r["label"], r["kind"], r["title"]] for r in rows]))
    return 0


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "path": article.source_path,
        "format": article.format,
    }


def _cmd_articles(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        rows = [article_to_dict(article) for article in store.articles()]
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        print(
            _table(
                ["id", "published", "title", "path"], [[r["id"], r["published"], r["title"], r["path"]] for r in rows]
            )
        )
    return 0


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [[("" if value is None else str(value)) for value in row] for row in rows]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines += ["  ".join(value.ljust(w) for value, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _export_parser(commands: Any) -> None:
    from timeline_app.cli_export import add_export_arguments

    export = commands.add_parser(
        "export",
        help="export the timeline as an image (png, svg, pdf) or data (csv, json, timelinejs, ics)",
        description="Export the timeline. The format comes from the extension of --out unless --format is given. "
        "An existing file is never replaced without --force; a failed export leaves no file behind.",
    )
    _db_option(export)
    add_export_arguments(export)


def _cmd_export(args: argparse.Namespace) -> int:
    from timeline_app.cli_export import run_export_command

    with _open_store(args) as store:
        return run_export_command(store, args)


def _cmd_tag_times(args: argparse.Namespace) -> int:
    from timeline_app.core.timex import tag_times

    try:
        text = args.file.read_bytes().decode("utf-8")
    except OSError as error:
        print(f"{args.file}: {error.strerror or error}", file=sys.stderr)
        return 1
    except UnicodeDecodeError as error:
        print(f"{args.file}: not UTF-8 text ({error.reason} at byte {error.start})", file=sys.stderr)
        return 1
    rows = [timex.to_dict() for timex in tag_times(text, args.dct)]
    print(json.dumps(rows, indent=2, ensure_ascii=False))
    return 0


def _cmd_eval_timeml(args: argparse.Namespace) -> int:
    from timeline_app.core.timeml_eval import (
        TimeMLError,
        error_table,
        evaluate,
        format_errors,
        format_table,
        read_timeml,
        timeml_files,
    )
    from timeline_app.core.timex import tag_times

    paths: list[Path] = []
    for given in args.paths:
        if given.is_dir():
            found = timeml_files(given)
            if not found:
                print(f"{given}: no .tml files", file=sys.stderr)
                return 1
            paths.extend(found)
        elif given.is_file():
            paths.append(given)
        else:
            print(f"{given}: not a directory", file=sys.stderr)
            return 1
    documents, failed = [], 0
    for path in paths:
        try:
            documents.append(read_timeml(path))
        except TimeMLError as error:
            failed += 1
            print(error, file=sys.stderr)
    report = evaluate(documents, tag_times)
    result = report.scores()
    if args.json:
        print(json.dumps({"documents": report.documents, **result}, indent=2))
    else:
        if args.errors:
            print(format_errors(report.mismatches))
        if args.by_class:
            print(error_table(report.mismatches))
        where = str(args.paths[0]) if len(args.paths) == 1 else f"{len(args.paths)} paths"
        print(format_table(result, f"{where}: {report.documents} document(s)"))
    return 1 if failed else 0


def _cmd_gui(args: argparse.Namespace, files: Sequence[str]) -> int:
    from timeline_app.ui.app import run_app

    return run_app(
        getattr(args, "db", None), [Path(f) for f in files], ask_for_files=getattr(args, "import_dialog", False)
    )


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from timeline_app.core.desktop import DesktopError, install_desktop

    try:
        written = install_desktop()
    except DesktopError as error:
        print(error, file=sys.stderr)
        return 1
    for path in written:
        print(f"installed {path}")
    return 0


def _cmd_uninstall_desktop(args: argparse.Namespace) -> int:
    from timeline_app.core.desktop import DesktopError, uninstall_desktop

    try:
        removed = uninstall_desktop()
    except DesktopError as error:
        print(error, file=sys.stderr)
        return 1
    for path in removed:
        print(f"removed {path}")
    if not removed:
        print("nothing to remove: Chronicle was not installed on this desktop")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": _cmd_import,
    "events": _cmd_events,
    "articles": _cmd_articles,
    "export": _cmd_export,
    "tag-times": _cmd_tag_times,
    "eval-timeml": _cmd_eval_timeml,
    "install-desktop": _cmd_install_desktop,
    "uninstall-desktop": _cmd_uninstall_desktop,
}


def _first_positional(arguments: Sequence[str]) -> str | None:
    index = 0
    while index < len(arguments):
        item = arguments[index]
        if item == "--db":
            index += 2
        elif item.startswith("-"):
            index += 1
        else:
            return item
    return None


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline-app", description="Open the Chronicle window.")
    _db_option(parser)
    _import_dialog_option(parser)
    parser.add_argument("files", nargs="*", help="article files to import on start")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = _first_positional(arguments)
    if first is not None and first not in COMMANDS:
        args = _gui_parser().parse_args(arguments)
        return _cmd_gui(args, args.files)
    args = build_parser().parse_args(arguments)
    if args.command is None:
        return _cmd_gui(args, [])
    try:
        return COMMANDS[args.command](args)
    except StoreError as error:
        print(error, file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
