"""Data exports: CSV and JSON round-trip, TimelineJS shape, iCalendar parses, files are written safely."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import icalendar
import pytest

from tests.export_samples import build_sample_store
from timeline_app.core.export_data import (
    ExportCancelled,
    ExportError,
    ExportSpec,
    article_index,
    atomic_target,
    event_to_dict,
    events_ics,
    export_data,
    format_for_path,
    ics_fold,
    parse_page_size,
    range_from_dates,
    read_events_csv,
)
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with build_sample_store(tmp_path / "sample.db") as opened:
        yield opened


def test_csv_round_trips_every_event(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = export_data(store, ExportSpec(out, "csv"))
    rows = read_events_csv(out.read_text(encoding="utf-8"))
    events = store.events()
    assert result.written == len(events) == len(rows) == 7
    title = store.articles()[0].title
    for event, row in zip(events, rows):
        assert row["id"] == event.id
        assert row["title"] == event.title
        assert row["kind"] == event.kind
        assert TimeSpan.from_dict({**row, "hint": event.span.hint}).earliest == event.span.earliest
        assert row["latest"] == (event.span.to_dict()["latest"])
        assert row["label"] == event.span.label
        assert row["participants"] == event.participants
        assert row["sources"] == ([title] if event.mentions else [])


def test_json_export_matches_the_events_command_and_round_trips(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    export_data(store, ExportSpec(out, "json"))
    loaded = json.loads(out.read_text(encoding="utf-8"))
    texts: dict[Any, str] = {article.id: article.text for article in store.articles() if article.id is not None}
    assert loaded == [event_to_dict(event, texts) for event in store.events()]
    for item, event in zip(loaded, store.events()):
        span = TimeSpan.from_dict({**item, "hint": event.span.hint, "expected": event.span.expected})
        assert span == event.span
        for source, mention in zip(item["sources"], event.mentions):
            assert source["quote"] == texts[mention.article_id][source["start"] : source["end"]]


def test_timelinejs_has_the_documented_shape(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "timeline.json"
    result = export_data(store, ExportSpec(out, "timelinejs", title="Rust case"))
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["title"]["text"]["headline"] == "Rust case"
    slides = {slide["text"]["headline"]: slide for slide in document["events"]}
    assert result.skipped == 1 and "Civil suits filed" not in slides  # undated: TimelineJS needs a date
    assert len(slides) == 6
    for slide in document["events"]:
        assert set(slide["start_date"]) <= {"year", "month", "day", "hour", "minute"}
        assert isinstance(slide["start_date"]["year"], int)
        assert isinstance(slide["text"]["text"], str)
    assert slides["Shooting on the set"]["start_date"] == {"year": 2021, "month": 10, "day": 21}
    settlement = slides["Settlement, with the family; reached"]
    assert settlement["start_date"] == {"year": 2022} and "end_date" not in settlement
    assert slides["Charges filed"]["start_date"] == {"year": 2023, "month": 1}
    assert slides["Armorer convicted"]["start_date"] == {"year": 2024, "month": 7, "day": 13}
    assert slides["Armorer convicted"]["display_date"] == "by 13 Jul 2024"
    weeks = next(
        s for s in document["events"] if s["start_date"] == {"year": 2024, "month": 7, "day": 13} and "end_date" in s
    )
    assert weeks["end_date"] == {"year": 2024, "month": 8, "day": 31}


def _calendar_events(text: str) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(text)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def _when(entry: Any, name: str) -> Any:
    return entry[name].dt


def test_ics_parses_with_all_day_year_and_open_entries(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "timeline.ics"
    result = export_data(store, ExportSpec(out, "ics", title="Rust case, 2021–2024"))
    raw = out.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert b"\n" not in raw.replace(b"\r\n", b"")
    text = raw.decode("utf-8")
    calendar = icalendar.Calendar.from_ical(text)
    assert "\r\nNAME:Rust case\\, 2021–2024\r\n" in text  # TEXT value, comma escaped (RFC 7986 NAME)
    assert calendar["VERSION"] == "2.0" and "PRODID" in calendar
    entries = _calendar_events(text)
    assert result.skipped == 1 and len(entries) == 6
    shooting = entries["Shooting on the set"]
    assert _when(shooting, "DTSTART") == date(2021, 10, 21) and _when(shooting, "DTEND") == date(2021, 10, 22)
    settlement = entries["Settlement, with the family; reached (2022)"]
    assert _when(settlement, "DTSTART") == date(2022, 1, 1) and _when(settlement, "DTEND") == date(2023, 1, 1)
    conviction = entries["Armorer convicted (by 13 Jul 2024)"]
    assert _when(conviction, "DTSTART") == date(2024, 7, 13)
    hearing = entries["Hearing in Santa Fe"]
    assert _when(hearing, "DTSTART") == datetime(2023, 3, 3, 14, 30)
    long_one = next(event for summary, event in entries.items() if summary.startswith("Further developments"))
    assert "ünïcödé" in str(long_one["SUMMARY"]) and str(long_one["STATUS"]) == "TENTATIVE"
    assert _when(long_one, "DTEND") - _when(long_one, "DTSTART") == timedelta(days=50)
    uids = [str(event["UID"]) for event in entries.values()]
    assert len(set(uids)) == len(uids)
    assert all("DTSTAMP" in event for event in entries.values())


def test_ics_is_stable_apart_from_the_stamp(store: Store) -> None:
    events, articles = store.events(), article_index(store)
    moment = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    first, _ = events_ics(events, articles, now=moment)
    second, _ = events_ics(events, articles, now=moment)
    assert first == second and "DTSTAMP:20250102T030405Z" in first


def test_ics_fold_never_splits_a_character() -> None:
    line = "SUMMARY:" + "é" * 100
    folded = ics_fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert folded.replace("\r\n ", "") == line


def test_range_and_kinds_select_events(store: Store, tmp_path: Path) -> None:
    t0, t1 = range_from_dates(date(2022, 6, 1), date(2023, 12, 31))
    out = tmp_path / "some.csv"
    export_data(store, ExportSpec(out, "csv", t0=t0, t1=t1))
    titles = {row["title"] for row in read_events_csv(out.read_text(encoding="utf-8"))}
    assert titles == {"Settlement, with the family; reached", "Hearing in Santa Fe", "Charges filed"}
    out2 = tmp_path / "kinds.csv"
    export_data(store, ExportSpec(out2, "csv", kinds={"incident", "lawsuit"}))
    titles = {row["title"] for row in read_events_csv(out2.read_text(encoding="utf-8"))}
    assert titles == {"Shooting on the set", "Civil suits filed"}
    with pytest.raises(ExportError, match="before it starts"):
        range_from_dates(date(2023, 1, 2), date(2023, 1, 1))


def test_existing_file_is_refused_without_force(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        export_data(store, ExportSpec(out, "json"))
    assert out.read_text(encoding="utf-8") == "keep me"
    export_data(store, ExportSpec(out, "json", force=True))
    assert json.loads(out.read_text(encoding="utf-8"))[0]["title"] == "Shooting on the set"
    assert [p.name for p in tmp_path.iterdir() if ".part" in p.name] == []


def test_failed_write_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "broken.png"
    with pytest.raises(RuntimeError), atomic_target(out, force=False) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("renderer crashed")
    assert list(tmp_path.iterdir()) == []
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_target(out, force=True) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("renderer crashed")
    assert out.read_bytes() == b"old" and list(tmp_path.iterdir()) == [out]


def test_a_file_appearing_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "race.csv"
    with pytest.raises(ExportError, match="already exists"), atomic_target(out, force=False) as temp:
        temp.write_text("new", encoding="utf-8")
        out.write_text("someone else's", encoding="utf-8")
    assert out.read_text(encoding="utf-8") == "someone else's"
    assert list(tmp_path.iterdir()) == [out]


def test_format_comes_from_the_extension() -> None:
    assert format_for_path(Path("a.PNG")) == "png"
    assert format_for_path(Path("a.ics")) == "ics"
    assert format_for_path(Path("a.json"), "timelinejs") == "timelinejs"
    with pytest.raises(ExportError, match="cannot tell the format"):
        format_for_path(Path("a.docx"))


def test_page_sizes() -> None:
    assert parse_page_size("a4") == ("A4", 210.0, 297.0)
    assert parse_page_size("Letter")[0] == "Letter"
    assert parse_page_size("400x200mm") == ("custom", 200.0, 400.0)
    with pytest.raises(ExportError, match="page size"):
        parse_page_size("huge")


def test_a_write_error_names_the_target_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "full.csv"
    with pytest.raises(ExportError) as caught, atomic_target(out, force=False) as temp:
        temp.write_text("part", encoding="utf-8")
        raise OSError(28, "No space left on device", str(temp))
    assert str(caught.value) == f"{out}: No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_events_are_read_in_chunks_in_time_order(store: Store, tmp_path: Path, monkeypatch) -> None:
    from timeline_app.core import export_data as module

    monkeypatch.setattr(module, "READ_CHUNK", 2)
    out = tmp_path / "chunked.json"
    heard: list[int] = []
    export_data(store, ExportSpec(out, "json"), lambda percent, _text: heard.append(percent))
    texts = {article.id: article.text for article in store.articles() if article.id is not None}
    expected = json.dumps([event_to_dict(e, texts) for e in store.events()], indent=2, ensure_ascii=False) + "\n"
    assert out.read_text(encoding="utf-8") == expected  # byte for byte what `events --format json` prints
    assert heard == sorted(heard) and heard[-1] == 100 and len(heard) > 2


def test_cancelled_data_export_writes_nothing(store: Store, tmp_path: Path, monkeypatch) -> None:
    from timeline_app.core import export_data as module

    monkeypatch.setattr(module, "READ_CHUNK", 2)
    calls = iter([False, False, True])
    with pytest.raises(ExportCancelled):
        export_data(store, ExportSpec(tmp_path / "stop.csv", "csv"), cancelled=lambda: next(calls))
    assert sorted(p.name for p in tmp_path.iterdir() if "stop" in p.name) == []
