"""Exports for other tools: CSV, JSON, TimelineJS JSON and iCalendar, plus safe file writing.

Qt-free. The command line and the export dialog both describe an export with one
``ExportSpec``; data formats are written here, image formats by ``timeline_app.ui.export_image``.
Every export is written to a temporary file beside the target and moved into place only when
complete, so a failed export leaves no half-written file, and an existing file is replaced
only when the caller says so (``force``).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import html
import io
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from timeline_app import __version__
from timeline_app.core.model import Article, Event, Status
from timeline_app.core.store import Store, span_anchor
from timeline_app.core.timespan import DAY_SECONDS, Precision, TimeSpan, iso_text

DATA_FORMATS = ("csv", "json", "timelinejs", "ics")
IMAGE_FORMATS = ("png", "svg", "pdf")
FORMATS = IMAGE_FORMATS + DATA_FORMATS
SUFFIX_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf", ".csv": "csv", ".json": "json", ".ics": "ics"}
FORMAT_SUFFIXES = {"png": ".png", "svg": ".svg", "pdf": ".pdf", "csv": ".csv", "json": ".json"}
FORMAT_SUFFIXES.update({"timelinejs": ".json", "ics": ".ics"})

CSV_COLUMNS = (
    "id",
    "title",
    "kind",
    "earliest",
    "latest",
    "precision",
    "label",
    "status",
    "participants",
    "sources",
)
LIST_SEPARATOR = "; "


READ_CHUNK = 2000
Progress = Callable[[int, str], None]
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


class ExportError(Exception):
    """An export that cannot be done, with a one-line message (``path: what is wrong``)."""


@dataclass
class ExportSpec:
    """Everything that describes one export, for data and image formats alike.

    ``t0``/``t1`` are seconds since 1970 (``None`` = from the start / to the end of the
    timeline). ``kinds`` limits the export to those event kinds (``None`` = all kinds).
    Image fields are ignored by data formats.
    """

    out: Path
    format: str
    t0: float | None = None
    t1: float | None = None
    kinds: set[str] | None = None
    force: bool = False
    title: str = ""
    legend: bool = True
    width: int = 1920
    height: int = 1080
    scale: float = 1.0
    dpi: int = 96
    transparent: bool = False
    dark: bool = False  # light text on a dark background (images)
    page_size: str = "A4"
    page_width_mm: float = 0.0
    page_height_mm: float = 0.0
    orientation: str = "landscape"
    pages: int = 1


@dataclass
class Tally:
    """Events written and left out so far."""

    written: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, how many events it holds, and what was left out and why."""

    path: Path
    written: int
    skipped: int = 0
    note: str = ""

    def summary(self) -> str:
        text = f"wrote {self.written} event(s) to {self.path}"
        if self.skipped:
            text += f"; {self.skipped} left out ({self.note})" if self.note else f"; {self.skipped} left out"
        return text


PAGE_SIZES_MM = {"A3": (297.0, 420.0), "A4": (210.0, 297.0), "A5": (148.0, 210.0)}
PAGE_SIZES_MM.update({"Letter": (215.9, 279.4), "Legal": (215.9, 355.6), "Tabloid": (279.4, 431.8)})


def parse_page_size(text: str) -> tuple[str, float, float]:
    """``A4``, ``Letter``... or ``WxH`` in millimetres: (name, width mm, height mm) in portrait."""
    for name, (width, height) in PAGE_SIZES_MM.items():
        if text.strip().lower() == name.lower():
            return name, width, height
    parts = text.lower().replace("mm", "").replace("×", "x").split("x")
    try:
        width, height = (float(part) for part in parts)
    except ValueError:
        known = ", ".join(PAGE_SIZES_MM)
        raise ExportError(f"page size '{text}': use {known} or WIDTHxHEIGHT in mm (e.g. 400x200)") from None
    if not (10 <= width <= 5000 and 10 <= height <= 5000):
        raise ExportError(f"page size '{text}': each side must be between 10 and 5000 mm")
    return "custom", min(width, height), max(width, height)


# -- choosing the format and the events -------------------------------------------------------


def format_for_path(path: Path, given: str | None = None) -> str:
    """The export format: ``given`` when set, else guessed from the file extension."""
    if given:
        if given not in FORMATS:
            raise ExportError(f"{path}: unknown export format '{given}' (known: {', '.join(FORMATS)})")
        return given
    found = SUFFIX_FORMATS.get(path.suffix.lower())
    if found is None:
        known = ", ".join(sorted(SUFFIX_FORMATS))
        raise ExportError(
            f"{path}: cannot tell the format from the extension '{path.suffix or '(none)'}' "
            f"(known: {known}; or pass --format)"
        )
    return found


def day_seconds(day: date) -> float:
    """Seconds since 1970-01-01 at the start of ``day``."""
    return float((day.toordinal() - date(1970, 1, 1).toordinal()) * DAY_SECONDS)


def range_from_dates(start: date | None, end: date | None) -> tuple[float | None, float | None]:
    """Seconds for an inclusive ``start``..``end`` day range (either may be open)."""
    t0 = None if start is None else day_seconds(start)
    t1 = None if end is None else day_seconds(end) + DAY_SECONDS
    if t0 is not None and t1 is not None and t1 <= t0:
        raise ExportError(f"the range ends ({end}) before it starts ({start})")
    return t0, t1


def in_range(event: Event, t0: float | None, t1: float | None) -> bool:
    """True when the event's place on the axis overlaps [t0, t1). Undated events only
    belong to an export of the whole timeline."""
    if t0 is None and t1 is None:
        return True
    start, end = span_anchor(event.span)
    if start is None or end is None:
        return False
    low = -math.inf if t0 is None else t0
    high = math.inf if t1 is None else t1
    return start < high and end > low


def select_events(store: Store, spec: ExportSpec) -> list[Event]:
    """The stored events an export holds, in time order (undated last)."""
    return list(iter_events(store, spec))


def iter_events(
    store: Store, spec: ExportSpec, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Iterator[Event]:
    """The events an export holds, in time order (undated last), read a chunk at a time so a
    million-event export never holds every event in memory."""
    where, params = "", []
    if spec.kinds is not None:
        kinds = sorted(spec.kinds)
        where, params = f"WHERE kind IN ({', '.join('?' * len(kinds))})", kinds
    ids = [
        int(row[0]) for row in store.db.execute(f"SELECT id FROM events {where} ORDER BY t0 IS NULL, t0, id", params)
    ]
    for first in range(0, len(ids), READ_CHUNK):
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None and first:
            progress(10 + 85 * first // len(ids), f"{first:,} of {len(ids):,} events")
        for event in store.events(ids[first : first + READ_CHUNK]):
            if in_range(event, spec.t0, spec.t1):
                yield event


def article_index(store: Store) -> dict[int, Article]:
    return {article.id: article for article in store.articles() if article.id is not None}


# -- JSON (the same as ``events --format json``) ------------------------------------------------


def event_to_dict(event: Event, texts: dict[int, str]) -> dict[str, Any]:
    """An event as ``events --format json`` prints it (see the README's contract)."""
    span = event.span.to_dict()
    sources = []
    for mention in event.mentions:
        text = texts.get(mention.article_id or 0, "")
        sources.append(
            {
                "article_id": mention.article_id,
                "quote": mention.quote(text),
                "trigger": mention.trigger(text),
                "start": mention.start,
                "end": mention.end,
                "trigger_start": mention.trigger_start,
                "trigger_end": mention.trigger_end,
            }
        )
    return {
        "id": event.id,
        "title": event.title,
        "kind": event.kind,
        "earliest": span["earliest"],
        "latest": span["latest"],
        "precision": span["precision"],
        "value": span["value"],
        "mod": span["mod"],
        "label": span["label"],
        "participants": event.participants,
        "status": event.status.value,
        "confidence": event.confidence,
        "salience": event.salience,
        "notes": event.notes,
        "sources": sources,
    }


def json_chunks(events: Iterable[Event], articles: dict[int, Article], tally: Tally) -> Iterator[str]:
    """The text of ``json.dumps(list, indent=2)`` over the events, an event at a time."""
    texts = {article_id: article.text for article_id, article in articles.items()}
    separator = "[\n"
    for event in events:
        item = json.dumps(event_to_dict(event, texts), indent=2, ensure_ascii=False)
        yield separator + "  " + item.replace("\n", "\n  ")
        separator = ",\n"
        tally.written += 1
    yield "[]\n" if separator == "[\n" else "\n]\n"


def events_json(events: Iterable[Event], articles: dict[int, Article]) -> str:
    return "".join(json_chunks(events, articles, Tally()))


# -- CSV ---------------------------------------------------------------------------------------


def source_titles(event: Event, articles: dict[int, Article]) -> list[str]:
    """Titles of the articles an event comes from, each once, in mention order."""
    titles: list[str] = []
    for mention in event.mentions:
        article = articles.get(mention.article_id or 0)
        title = article.title if article is not None else f"article {mention.article_id}"
        if title not in titles:
            titles.append(title)
    return titles


def event_csv_row(event: Event, articles: dict[int, Article]) -> list[str]:
    span = event.span
    return [
        "" if event.id is None else str(event.id),
        event.title,
        event.kind,
        iso_text(span.earliest) or "",
        iso_text(span.latest) or "",
        span.precision.value,
        span.label,
        event.status.value,
        LIST_SEPARATOR.join(event.participants),
        LIST_SEPARATOR.join(source_titles(event, articles)),
    ]


def csv_chunks(events: Iterable[Event], articles: dict[int, Article], tally: Tally) -> Iterator[str]:
    """One row per event; list cells (participants, sources) are joined with ``"; "``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in events:
        writer.writerow(event_csv_row(event, articles))
        tally.written += 1
        if out.tell() > 1 << 16:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    yield out.getvalue()


def events_csv(events: Iterable[Event], articles: dict[int, Article]) -> str:
    return "".join(csv_chunks(events, articles, Tally()))


def read_events_csv(text: str) -> list[dict[str, Any]]:
    """Read a CSV export back: one dict per row, list cells split again, empty dates as ``None``."""
    rows: list[dict[str, Any]] = []
    for raw in csv.DictReader(io.StringIO(text, newline="")):
        row: dict[str, Any] = dict(raw)
        for name in ("participants", "sources"):
            row[name] = row[name].split(LIST_SEPARATOR) if row[name] else []
        for name in ("earliest", "latest"):
            row[name] = row[name] or None
        row["id"] = int(row["id"]) if row["id"] else None
        rows.append(row)
    return rows


# -- TimelineJS --------------------------------------------------------------------------------

_YEAR_ONLY = {Precision.YEAR, Precision.DECADE, Precision.CENTURY}
_MONTH_LEVEL = {Precision.MONTH, Precision.SEASON, Precision.QUARTER, Precision.HALF}


def timelinejs_date(value: date, precision: Precision) -> dict[str, int]:
    """A TimelineJS date object holding only the parts the precision supports."""
    result = {"year": value.year}
    if precision in _YEAR_ONLY:
        return result
    result["month"] = value.month
    if precision in _MONTH_LEVEL:
        return result
    result["day"] = value.day
    if isinstance(value, datetime) and precision in (Precision.HOUR, Precision.MINUTE):
        result["hour"] = value.hour
        if precision is Precision.MINUTE:
            result["minute"] = value.minute
    return result


def _single_unit(span: TimeSpan) -> bool:
    """True when the span is exactly one calendar unit that ``start_date`` alone names."""
    return span.precision in (Precision.DAY, Precision.HOUR, Precision.MINUTE, Precision.MONTH, Precision.YEAR)


def timelinejs_slide(event: Event, articles: dict[int, Article]) -> dict[str, Any] | None:
    """One TimelineJS slide, or ``None`` for an event with no date at all."""
    span = event.span
    if span.is_unknown:
        return None
    slide: dict[str, Any] = {}
    if span.earliest is None:
        assert span.latest is not None
        slide["start_date"] = timelinejs_date(span.latest, Precision.DAY)
    else:
        slide["start_date"] = timelinejs_date(span.earliest, span.precision)
        if span.latest is not None and not _single_unit(span):
            end = timelinejs_date(span.latest, span.precision)
            if end != slide["start_date"]:
                slide["end_date"] = end
    slide["display_date"] = span.label
    slide["text"] = {"headline": html.escape(event.title), "text": _slide_text(event, articles)}
    slide["group"] = event.kind
    if event.id is not None:
        slide["unique_id"] = f"event-{event.id}"
    return slide


def _slide_text(event: Event, articles: dict[int, Article]) -> str:
    parts = [f"<p>{html.escape(event.span.label)} · {html.escape(event.kind)}</p>"]
    if event.participants:
        parts.append(f"<p>Participants: {html.escape(', '.join(event.participants))}</p>")
    titles = source_titles(event, articles)
    if titles:
        parts.append(f"<p>Sources: {html.escape('; '.join(titles))}</p>")
    return "".join(parts)


def events_timelinejs(events: Iterable[Event], articles: dict[int, Article], title: str = "") -> tuple[str, int]:
    """TimelineJS JSON text and the number of undated events left out (TimelineJS needs a date)."""
    slides, skipped = [], 0
    for event in events:
        slide = timelinejs_slide(event, articles)
        if slide is None:
            skipped += 1
        else:
            slides.append(slide)
    document: dict[str, Any] = {}
    if title:
        document["title"] = {"text": {"headline": html.escape(title), "text": ""}}
    document["events"] = slides
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n", skipped


# -- iCalendar (RFC 5545) ----------------------------------------------------------------------


def ics_escape(text: str) -> str:
    """Escape a TEXT value (RFC 5545 3.3.11)."""
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    ).replace("\r", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (RFC 5545 3.1), never inside a character."""
    pieces: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with one space
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def _ics_date(value: date) -> str:
    return value.strftime("%Y%m%d")


def _ics_datetime(value: datetime) -> str:
    return value.strftime("%Y%m%dT%H%M%S")


def ics_placement(span: TimeSpan) -> tuple[list[str], str] | None:
    """DTSTART/DTEND lines for a span and the label to add to the summary ("" for none).

    Day-precise events are all-day entries; ranges are multi-day entries with an exclusive
    DTEND; a year-precise event covers its whole year. An open start ("by 13 Jul 2024") is
    placed on its latest day, an open end ("since ...") on its earliest day, both with the
    label in the summary. ``None`` for an undated event: a calendar cannot hold it.
    """
    earliest, latest = span.earliest, span.latest
    if earliest is None and latest is None:
        return None
    if earliest is None or latest is None:
        day = latest if earliest is None else earliest
        assert day is not None
        day = day.date() if isinstance(day, datetime) else day
        return _all_day(day, day), span.label
    if isinstance(earliest, datetime) and isinstance(latest, datetime):
        step = timedelta(minutes=1) if span.precision is Precision.MINUTE else timedelta(hours=1)
        lines = [f"DTSTART:{_ics_datetime(earliest)}", f"DTEND:{_ics_datetime(latest + step)}"]
        return lines, ""
    first = earliest.date() if isinstance(earliest, datetime) else earliest
    last = latest.date() if isinstance(latest, datetime) else latest
    label = "" if span.precision is Precision.DAY and not span.expected else span.label
    return _all_day(first, last), label


def _all_day(first: date, last: date) -> list[str]:
    return [f"DTSTART;VALUE=DATE:{_ics_date(first)}", f"DTEND;VALUE=DATE:{_ics_date(last + timedelta(days=1))}"]


def ics_uid(event: Event) -> str:
    """A stable UID: the same stored event exported twice updates one calendar entry."""
    digest = hashlib.sha1(f"{event.id}|{event.title}|{event.kind}".encode()).hexdigest()[:16]
    return f"chronicle-event-{event.id}-{digest}@timeline-app"


def ics_event_lines(event: Event, articles: dict[int, Article], stamp: str) -> list[str] | None:
    placed = ics_placement(event.span)
    if placed is None:
        return None
    dates, label = placed
    summary = f"{event.title} ({label})" if label else event.title
    details = [f"When: {event.span.label}", f"Kind: {event.kind}", f"Status: {event.status.value}"]
    if event.participants:
        details.append(f"Participants: {', '.join(event.participants)}")
    titles = source_titles(event, articles)
    if titles:
        details.append(f"Sources: {'; '.join(titles)}")
    lines = ["BEGIN:VEVENT", f"UID:{ics_uid(event)}", f"DTSTAMP:{stamp}", *dates]
    lines.append(f"SUMMARY:{ics_escape(summary)}")
    lines.append(f"DESCRIPTION:{ics_escape(chr(10).join(details))}")
    lines.append(f"CATEGORIES:{ics_escape(event.kind)}")
    expected = event.status is Status.EXPECTED or event.span.expected
    lines.append(f"STATUS:{'TENTATIVE' if expected else 'CONFIRMED'}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    return lines


def ics_chunks(
    events: Iterable[Event], articles: dict[int, Article], tally: Tally, title: str = "", now: datetime | None = None
) -> Iterator[str]:
    """An iCalendar file, an entry at a time; undated events are counted in ``tally.skipped``."""
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    stamp = moment.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Chronicle//timeline-app {__version__}//EN"]
    lines += ["CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if title:
        lines += [f"NAME:{ics_escape(title)}", f"X-WR-CALNAME:{ics_escape(title)}"]
    yield "".join(ics_fold(line) + "\r\n" for line in lines)
    for event in events:
        entry = ics_event_lines(event, articles, stamp)
        if entry is None:
            tally.skipped += 1
        else:
            tally.written += 1
            yield "".join(ics_fold(line) + "\r\n" for line in entry)
    yield "END:VCALENDAR\r\n"


def events_ics(
    events: Iterable[Event], articles: dict[int, Article], title: str = "", now: datetime | None = None
) -> tuple[str, int]:
    """An iCalendar file and the number of undated events left out."""
    tally = Tally()
    text = "".join(ics_chunks(events, articles, tally, title, now))
    return text, tally.skipped


# -- writing files safely ----------------------------------------------------------------------


def check_target(path: Path, force: bool) -> None:
    """Refuse early what ``write_atomic`` would refuse at the end."""
    if path.is_dir():
        raise ExportError(f"{path}: is a directory")
    if path.exists() and not force:
        raise ExportError(f"{path}: already exists (use --force to overwrite)")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: folder {path.parent} does not exist")


@contextlib.contextmanager
def atomic_target(path: Path, force: bool) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; moved into place only when the block succeeds.

    On any exception the temporary file is removed and ``path`` is untouched. Without
    ``force`` an existing ``path`` is never replaced, not even one that appeared meanwhile.
    """
    check_target(path, force)
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=f".part{path.suffix}")
    except OSError as error:
        raise ExportError(f"{path}: cannot write in {path.parent} ({error.strerror or error})") from None
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        if not temp.exists() or temp.stat().st_size == 0:
            raise ExportError(f"{path}: nothing was written")
        _set_default_mode(temp, path)
        _move_into_place(temp, path, force)
    except OSError as error:  # disk full, permissions...: name the file the user asked for
        raise ExportError(f"{path}: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _set_default_mode(temp: Path, path: Path) -> None:
    """Give the new file the mode a plain ``open()`` would have (mkstemp makes it private)."""
    if path.exists():
        mode = path.stat().st_mode & 0o777
    else:
        mask = os.umask(0)
        os.umask(mask)
        mode = 0o666 & ~mask
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def _move_into_place(temp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)  # fails if path exists: no overwrite even in a race
    except FileExistsError:
        raise ExportError(f"{path}: already exists (use --force to overwrite)") from None
    except OSError:
        if path.exists():
            raise ExportError(f"{path}: already exists (use --force to overwrite)") from None
        os.replace(temp, path)


def write_text_atomic(path: Path, text: str, force: bool) -> None:
    with atomic_target(path, force) as temp:
        temp.write_text(text, encoding="utf-8", newline="")


# -- data exports ------------------------------------------------------------------------------


def data_chunks(
    fmt: str, events: Iterable[Event], articles: dict[int, Article], tally: Tally, title: str = ""
) -> Iterator[str]:
    """The text of a data export, piece by piece; ``tally`` counts what was written and left out."""
    if fmt == "csv":
        return csv_chunks(events, articles, tally)
    if fmt == "json":
        return json_chunks(events, articles, tally)
    if fmt == "ics":
        return ics_chunks(events, articles, tally, title)
    if fmt == "timelinejs":
        return _timelinejs_chunks(events, articles, tally, title)
    raise ExportError(f"'{fmt}' is not a data format (data formats: {', '.join(DATA_FORMATS)})")


def _timelinejs_chunks(
    events: Iterable[Event], articles: dict[int, Article], tally: Tally, title: str
) -> Iterator[str]:
    listed = list(events)
    text, skipped = events_timelinejs(listed, articles, title)
    tally.written, tally.skipped = len(listed) - skipped, skipped
    yield text


def render_data(fmt: str, events: list[Event], articles: dict[int, Article], title: str = "") -> tuple[str, int]:
    """The text of a data export and how many events it had to leave out."""
    tally = Tally()
    text = "".join(data_chunks(fmt, events, articles, tally, title))
    return text, tally.skipped


def export_data(
    store: Store, spec: ExportSpec, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> ExportResult:
    """Write a CSV, JSON, TimelineJS or iCalendar export of the events ``spec`` selects.

    Events are read and written a chunk at a time; ``progress`` hears how far it got and
    ``cancelled`` may stop it (``ExportCancelled``, nothing written).
    """
    check_target(spec.out, spec.force)
    if spec.format not in DATA_FORMATS:
        raise ExportError(f"{spec.out}: '{spec.format}' is not a data format ({', '.join(DATA_FORMATS)})")
    tally = Tally()
    events = iter_events(store, spec, progress, cancelled)
    with atomic_target(spec.out, spec.force) as temp, temp.open("w", encoding="utf-8", newline="") as out:
        for chunk in data_chunks(spec.format, events, article_index(store), tally, spec.title):
            out.write(chunk)
    if progress is not None:
        progress(100, "done")
    note = "undated: no date to place them on" if tally.skipped else ""
    return ExportResult(spec.out, tally.written, tally.skipped, note)
