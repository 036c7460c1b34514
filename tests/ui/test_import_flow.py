"""The import dialog driven like a user would: select, review, edit a date, import, cancel, summary."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.article_files import STORY, write_docx, write_encrypted_pdf, write_html, write_pdf
from tests.ui.modal import when_modal
from timeline_app.core import importer
from timeline_app.core.importer import ImportRequest, ImportSummary
from timeline_app.core.model import Article, Event
from timeline_app.core.store import Store
from timeline_app.ui.import_flow import (
    ProgressRun,
    ReviewDialog,
    SummaryDialog,
    SyncRunner,
    ThreadRunner,
    import_with_progress,
    probe_files,
    run_import,
)

DAY = date(2024, 7, 13)

# The offscreen platform plugin says this whenever a dialog with a layout is shown; it is not our warning.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def chosen(tmp_path: Path) -> list[Path]:
    """What a user picks: a dated page, an undated page, a PDF, a Word file, a locked PDF."""
    folder = tmp_path / "articles"
    folder.mkdir()
    return [
        write_html(folder / "dated.html", "Judge dismisses case", STORY, DAY),
        write_html(folder / "undated.html", "Settlement reached", STORY[1:]),
        write_pdf(folder / "filing.pdf", ["July 14, 2024 - Santa Fe", *STORY], title="Court filing"),
        write_docx(folder / "notes.docx", "Reporter notes", STORY[:3]),
        write_encrypted_pdf(folder / "locked.pdf", STORY),
    ]


def _many(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    return [
        write_html(folder / f"story{i:02d}.html", f"Story {i}", [*STORY, f"Story number {i} has its own line."], DAY)
        for i in range(count)
    ]


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def test_review_lists_each_file_and_blocks_until_undated_files_are_decided(qtbot: QtBot, chosen: list[Path]) -> None:
    dialog = ReviewDialog(list(probe_files(chosen, 10_000_000)))
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {path.name: dialog.row_of(path) for path in chosen}
    table = dialog.table
    assert _cell(table, rows["dated.html"], dialog.FORMAT) == "Web page"
    assert _cell(table, rows["dated.html"], dialog.TITLE) == "Judge dismisses case"
    assert dialog.date_fields[rows["dated.html"]].value() == DAY
    assert (_cell(table, rows["filing.pdf"], dialog.FORMAT), dialog.date_fields[rows["filing.pdf"]].value()) == (
        "PDF",
        date(2024, 7, 14),
    )
    assert _cell(table, rows["notes.docx"], dialog.FORMAT) == "Word"
    assert "password-protected" in _cell(table, rows["locked.pdf"], dialog.STATUS)
    assert sorted(dialog.blocking_rows()) == sorted([rows["undated.html"], rows["notes.docx"]])
    assert "no date in the file" in _cell(table, rows["undated.html"], dialog.STATUS)
    assert not dialog.import_button.isEnabled()

    assert "2 files have no publication date" in dialog.notice.text()
    field = dialog.date_fields[rows["undated.html"]]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Up)  # a missing date steps to today, not to the placeholder
    assert field.value() == date.today()
    field.set_value(date(2024, 7, 1))
    assert not dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.unknown_boxes[rows["notes.docx"]], Qt.MouseButton.LeftButton)
    assert dialog.unknown_boxes[rows["notes.docx"]].isChecked()
    assert "date unknown" in _cell(table, rows["notes.docx"], dialog.STATUS)
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 4 articles"

    dialog.title_items[rows["dated.html"]].setText("Case against actor dismissed")
    requests = {request.path.name: request for request in dialog.requests()}
    assert set(requests) == {"dated.html", "undated.html", "filing.pdf", "notes.docx"}
    assert requests["undated.html"].published == date(2024, 7, 1)
    assert requests["notes.docx"].undated and requests["notes.docx"].published is None
    assert requests["dated.html"].title == "Case against actor dismissed"
    assert dialog.unreadable() == [f"{chosen[4]}: PDF is password-protected; remove the password and import it again"]


def test_mark_all_undated_unknown(qtbot: QtBot, chosen: list[Path]) -> None:
    dialog = ReviewDialog(list(probe_files(chosen, 10_000_000)))
    qtbot.addWidget(dialog)
    dialog.all_unknown.click()
    assert dialog.blocking_rows() == [] and dialog.import_button.isEnabled()


def test_run_import_review_edit_import_and_summary(qtbot: QtBot, tmp_path: Path, chosen: list[Path]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}

    def review(widget: QWidget) -> None:
        assert isinstance(widget, ReviewDialog)
        widget.date_fields[widget.row_of(chosen[1])].set_value(date(2024, 7, 1))
        widget.unknown_boxes[widget.row_of(chosen[3])].setChecked(True)
        when_modal(SummaryDialog, summary)
        widget.import_button.click()

    def summary(widget: QWidget) -> None:
        assert isinstance(widget, SummaryDialog)
        seen["counts"] = widget.counts.text()
        seen["failures"] = "\n".join(widget.failures.item(i).text() for i in range(widget.failures.count()))
        widget.accept()

    when_modal(ReviewDialog, review)
    with Store(tmp_path / "t.db") as store:
        result = run_import(parent, store, [chosen[0].parent], runner=SyncRunner())
        articles = {Path(a.source_path).name: a for a in store.articles()}
    assert (result.imported, result.failed, result.cancelled) == (4, 1, False)
    assert "4 articles imported" in seen["counts"]
    assert f"{result.events} event{'' if result.events == 1 else 's'} found" in seen["counts"]
    assert seen["failures"] == "locked.pdf: PDF is password-protected; remove the password and import it again"
    assert articles["undated.html"].published == date(2024, 7, 1)
    assert articles["notes.docx"].published is None
    assert articles["dated.html"].published == DAY


def test_each_file_is_read_once_and_imported_as_reviewed(
    qtbot: QtBot, tmp_path: Path, chosen: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    for suffix, reader in list(importer.READERS.items()):

        def counting(path: Path, published: date | None, limit: int, reader=reader) -> Article:
            reads.append(path.name)
            return reader(path, published, limit)

        monkeypatch.setitem(importer.READERS, suffix, counting)
    dated, undated = chosen[0], chosen[1]
    reviewed: dict[str, str] = {}

    def review(widget: QWidget) -> None:
        assert isinstance(widget, ReviewDialog)
        reviewed.update({probe.path.name: probe.article.text for probe in widget.probes if probe.article})
        widget.date_fields[widget.row_of(undated)].set_value(date(2024, 7, 1))
        write_html(dated, "Changed after the review", ["Something else entirely."], DAY)
        when_modal(SummaryDialog, lambda summary: summary.hide())
        widget.import_button.click()

    when_modal(ReviewDialog, review)
    with Store(tmp_path / "t.db") as store:
        result = run_import(None, store, [dated, undated], runner=SyncRunner())
        texts = {Path(a.source_path).name: a.text for a in store.articles()}
        published = {Path(a.source_path).name: a.published for a in store.articles()}
    assert result.imported == 2
    assert sorted(reads) == ["dated.html", "undated.html"]  # once each, for the review
    assert texts == reviewed  # what the user reviewed is what was stored
    assert published == {"dated.html": DAY, "undated.html": date(2024, 7, 1)}


def test_cancelling_the_review_imports_nothing(qtbot: QtBot, tmp_path: Path, chosen: list[Path]) -> None:
    def close(widget: QWidget) -> None:
        widget.close()

    when_modal(ReviewDialog, close)
    with Store(tmp_path / "t.db") as store:
        result = run_import(None, store, chosen, runner=SyncRunner())
        assert store.counts() == (0, 0)
    assert result.cancelled and result.imported == 0


def test_cancel_stops_between_files_and_keeps_what_is_imported(qtbot: QtBot, tmp_path: Path) -> None:
    files = _many(tmp_path / "many", 6)
    summary = ImportSummary()

    def cancel_after_two(run: ProgressRun) -> None:
        run.itemDone.connect(lambda index, _result: run.cancel() if index == 1 else None)

    with Store(tmp_path / "t.db") as store:
        import_with_progress(
            None, store, [ImportRequest(p) for p in files], summary, SyncRunner(), on_start=cancel_after_two
        )
        assert store.counts()[1] == 2
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert (summary.imported, summary.cancelled, summary.not_reached) == (2, True, 4)


def test_cancel_button_on_the_threaded_import(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = _many(tmp_path / "many", 30)

    cancel_clicked = threading.Event()
    calls: list[str] = []

    def slow_extract(article: Article) -> list[Event]:
        calls.append(article.title)
        if len(calls) > 1:  # from the second file on, the import is still busy when the user clicks Cancel
            cancel_clicked.wait(timeout=10)
        return []

    monkeypatch.setattr(importer, "extract", slow_extract)
    summary = ImportSummary()
    runs: list[ProgressRun] = []

    def click_cancel(widget: QWidget) -> None:
        assert isinstance(widget, QProgressDialog)
        button = widget.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()
        cancel_clicked.set()

    def on_start(run: ProgressRun) -> None:
        runs.append(run)
        run.dialog.setMinimumDuration(0)
        run.itemDone.connect(lambda index, _r: cancel_when_shown() if index == 0 else None)

    def cancel_when_shown() -> None:  # this run's own dialog, not one left over by another test
        dialog = runs[0].dialog
        if dialog.isVisible():
            click_cancel(dialog)
        else:
            QTimer.singleShot(20, cancel_when_shown)

    with Store(tmp_path / "t.db") as store:
        import_with_progress(None, store, [ImportRequest(p) for p in files], summary, ThreadRunner(), on_start=on_start)
        stored = store.counts()[1]
    assert summary.cancelled and 1 <= summary.imported < 30
    assert stored == summary.imported and summary.not_reached == 30 - summary.imported
    assert runs[0].done


def test_threaded_import_keeps_the_window_responsive(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _many(tmp_path / "many", 12)

    def slow_extract(article: Article) -> list[Event]:
        time.sleep(0.02)
        return []

    monkeypatch.setattr(importer, "extract", slow_extract)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    progress: list[int] = []
    summary = ImportSummary()

    def on_start(run: ProgressRun) -> None:
        run.itemDone.connect(lambda index, _r: progress.append(run.dialog.value()))

    with Store(tmp_path / "t.db") as store:
        import_with_progress(None, store, [ImportRequest(p) for p in files], summary, ThreadRunner(), on_start=on_start)
        assert store.counts()[1] == 12
    timer.stop()
    assert summary.imported == 12 and progress == list(range(1, 13))
    assert len(ticks) >= 10  # the GUI thread kept running its timers while the worker imported


def test_review_marks_articles_already_stored(qtbot: QtBot, tmp_path: Path, chosen: list[Path]) -> None:
    with Store(tmp_path / "t.db") as store:
        list(importer.import_files(store, chosen[:1]))
        dialog = ReviewDialog(
            list(probe_files(chosen[:3], 10_000_000)), stored=lambda h: store.find_article_by_hash(h) is not None
        )
    qtbot.addWidget(dialog)
    assert _cell(dialog.table, 0, dialog.STATUS) == "already imported: will be skipped"
    assert _cell(dialog.table, 2, dialog.STATUS) == "ready"


def test_nothing_readable_goes_straight_to_the_summary(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.pdf").write_text("not a pdf", encoding="utf-8")
    seen: list[str] = []

    def summary(widget: QWidget) -> None:
        assert isinstance(widget, SummaryDialog)
        seen.extend(widget.failures.item(i).text() for i in range(widget.failures.count()))
        widget.accept()

    when_modal(SummaryDialog, summary)
    with Store(tmp_path / "t.db") as store:
        result = run_import(None, store, [tmp_path / "empty.txt", tmp_path / "fake.pdf"], runner=SyncRunner())
    assert result.failed == 2 and result.imported == 0 and not result.cancelled
    assert seen == ["empty.txt: file is empty", "fake.pdf: not a PDF file (no %PDF header)"]


def test_summary_lists_each_failed_file(qtbot: QtBot) -> None:
    summary = ImportSummary(imported=2, events=5, duplicates=1, errors=["/a/b/empty.txt: file is empty"])
    dialog = SummaryDialog(summary)
    qtbot.addWidget(dialog)
    assert "2 articles imported" in dialog.counts.text() and "5 events found" in dialog.counts.text()
    assert "1 duplicate skipped" in dialog.counts.text()
    assert dialog.failures.item(0).text() == "empty.txt: file is empty"


def test_progress_dialog_of_a_quick_run_never_shows_up_afterwards(qtbot: QtBot) -> None:
    run = ProgressRun(None, "Import", lambda: iter([1, 2]), ["a.txt", "b.txt"], SyncRunner())
    shows_after = run.dialog.minimumDuration()
    run.start()
    run.wait()
    qtbot.wait(shows_after + 300)  # past the moment a progress dialog shows itself
    visible = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    assert run.done and visible == []
