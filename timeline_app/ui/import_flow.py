"""Importing articles from the window: review, background import with progress, summary.

``run_import`` is what every import entry point of the window calls. It reads the chosen
files (in the background), shows them for review (title, publication date, format; files
without a date must get one or be marked "date unknown"), imports them on a worker thread
with a progress dialog that can cancel between files, and ends with a summary.

The work itself goes through the one import path (``core.importer.import_files``). Tests can
pass ``SyncRunner()`` to run the work on the calling thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QDate, QEvent, QEventLoop, QObject, QSettings, Qt, QThread, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QIcon, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from timeline_app import APP_NAME
from timeline_app.core.importer import (
    FORMAT_NAMES,
    ImportRequest,
    ImportResult,
    ImportSummary,
    collect_files,
    import_files,
    read_article,
)
from timeline_app.core.model import Article
from timeline_app.core.reading import MAX_BYTES, ArticleError
from timeline_app.core.store import Store

MAX_MB_SETTING = "import/maxMegabytes"

# -- running work off the GUI thread ----------------------------------------------------------


class GeneratorWorker(QObject):
    """Runs a generator, emitting each item it yields; ``abort`` stops it between items."""

    yielded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, job: Callable[[], Iterator[Any]]) -> None:
        super().__init__()
        self._job = job
        self._abort = False

    def abort(self) -> None:
        self._abort = True

    @property
    def aborted(self) -> bool:
        return self._abort

    @Slot()
    def run(self) -> None:
        items: Iterator[Any] | None = None
        try:
            items = self._job()
            for item in items:
                self.yielded.emit(item)
                if self._abort:
                    break
        except Exception as error:  # noqa: BLE001 - report, never take the window down
            self.failed.emit(" ".join(str(error).split()) or type(error).__name__)
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()
            self.finished.emit()


class Runner(Protocol):
    """Starts a worker; ``wait`` returns once its thread (if any) is gone."""

    def start(self, worker: GeneratorWorker) -> None: ...

    def wait(self) -> None: ...


class ThreadRunner:
    """Runs each worker on its own QThread."""

    def __init__(self) -> None:
        self._thread: QThread | None = None

    def start(self, worker: GeneratorWorker) -> None:
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # Direct: quit from the worker thread itself, so it never waits on the GUI's event queue.
        worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.finished.connect(worker.deleteLater)
        self._thread = thread
        thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None


class SyncRunner:
    """Runs the worker right away on the calling thread (for tests)."""

    def start(self, worker: GeneratorWorker) -> None:
        worker.run()

    def wait(self) -> None:
        pass


# -- progress -------------------------------------------------------------------------------


class ProgressRun(QObject):
    """A generator run in the background behind a QProgressDialog with Cancel.

    ``itemDone(index, item)`` is emitted on the GUI thread for each yielded item.
    """

    itemDone = Signal(int, object)
    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        job: Callable[[], Iterator[Any]],
        names: Sequence[str],
        runner: Runner | None = None,
        verb: str = "Importing",
    ) -> None:
        super().__init__(parent)
        self.names = list(names)
        self.items: list[Any] = []
        self.errors: list[str] = []
        self.cancelled = False
        self.done = False
        self._verb = verb
        self._runner = runner or ThreadRunner()
        self.dialog = QProgressDialog(f"{verb} {len(self.names)} file(s)…", "Cancel", 0, len(self.names), parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(400)
        self.dialog.setMinimumWidth(460)
        self.dialog.setValue(0)
        self.dialog.canceled.connect(self.cancel)
        self.worker = GeneratorWorker(job)
        self.worker.yielded.connect(self._on_item)
        self.worker.failed.connect(self.errors.append)
        self.worker.finished.connect(self._on_finished)

    def start(self) -> None:
        if self.names:
            self.dialog.setLabelText(f"{self._verb} {self.names[0]} (1 of {len(self.names)})…")
        self._runner.start(self.worker)

    def cancel(self) -> None:
        """Stop after the file being worked on; what is done stays done."""
        if not self.done:
            self.cancelled = True
            self.worker.abort()
            self.dialog.setLabelText("Cancelling after the current file…")

    def wait(self) -> None:
        """Keep the window's event loop running until the work is over."""
        if not self.done:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            loop.exec()
        self._runner.wait()

    @Slot(object)
    def _on_item(self, item: Any) -> None:
        self.items.append(item)
        count, total = len(self.items), len(self.names)
        if count < total and not self.cancelled:
            self.dialog.setLabelText(f"{self._verb} {self.names[count]} ({count + 1} of {total})…")
        self.dialog.setValue(count)  # last: a modal progress dialog processes events here
        self.itemDone.emit(count - 1, item)

    @Slot()
    def _on_finished(self) -> None:
        self.done = True
        self.dialog.hide()
        # Gone with its timer: a run quicker than the minimum duration would otherwise still
        # show the dialog afterwards.
        self.dialog.deleteLater()
        self.finished.emit()


# -- reading the chosen files -----------------------------------------------------------------


@dataclass
class Probe:
    """What reading one file found: an article (maybe undated) or the reason it can't be read."""

    path: Path
    article: Article | None = None
    error: str = ""


def probe_files(paths: Sequence[Path], max_bytes: int) -> Iterator[Probe]:
    for path in paths:
        try:
            yield Probe(path, read_article(path, None, max_bytes, allow_undated=True))
        except ArticleError as error:
            yield Probe(path, error=str(error))


# -- review ---------------------------------------------------------------------------------


class DateField(QDateEdit):
    """A publication date; may be "missing" until the user picks one."""

    MISSING = QDate(1700, 1, 1)

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(self.MISSING)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText("needs a date")
        self.setDate(QDate(value.year, value.month, value.day) if value else self.MISSING)
        self.setAccessibleName("Publication date")
        self._calendar_watched = False

    def value(self) -> date | None:
        if self.date() == self.MISSING:
            return None
        return date(self.date().year(), self.date().month(), self.date().day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def stepBy(self, steps: int) -> None:
        # Arrow keys on a missing date start from today, not from the placeholder's year.
        if self.value() is None:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._watch_calendar()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._watch_calendar()
        super().keyPressEvent(event)

    def _watch_calendar(self) -> None:
        # The calendar is made on first use only: a review of many files would otherwise build hundreds.
        if not self._calendar_watched:
            self._calendar_watched = True
            self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A missing date opens the calendar on this month, not on the placeholder's year.
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class ReviewDialog(QDialog):
    """Lists each chosen file with its title, publication date and format before importing."""

    COLUMNS = ("File", "Format", "Title", "Published", "Date unknown", "Status")
    FILE, FORMAT, TITLE, DATE, UNKNOWN, STATUS = range(6)

    def __init__(
        self, probes: Sequence[Probe], parent: QWidget | None = None, stored: Callable[[str], bool] | None = None
    ) -> None:
        """``stored(content_hash)`` tells which articles are already in the database."""
        super().__init__(parent)
        self.setWindowTitle(f"Import articles — {APP_NAME}")
        self.probes = list(probes)
        self.already_stored = {
            row
            for row, probe in enumerate(self.probes)
            if probe.article is not None and stored is not None and stored(probe.article.content_hash)
        }
        self.date_fields: dict[int, DateField] = {}
        self.unknown_boxes: dict[int, QCheckBox] = {}
        self.title_items: dict[int, QTableWidgetItem] = {}
        self.file_items: dict[int, QTableWidgetItem] = {}
        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.status_items: dict[int, QTableWidgetItem] = {}
        intro = QLabel(
            "Check each file's title and publication date. Relative dates in an article "
            "(“last Friday”, “in the coming weeks”) are read against its publication date; "
            "an article marked “date unknown” keeps them unresolved."
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.probes), len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.setAccessibleName("Files to import")
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        for row, probe in enumerate(self.probes):
            self._fill_row(row, probe)
        for row in self.date_fields:
            self._update_row(row)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()  # once: resizing to contents on every change is quadratic
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.STATUS, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName("Review notice")
        self.all_unknown = QPushButton("Mark undated files “date unknown”")
        self.all_unknown.clicked.connect(self.mark_all_undated_unknown)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_unknown)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addLayout(bottom)
        self.resize(1100, min(220 + 34 * len(self.probes), 700))
        self._update_summary()

    def _fill_row(self, row: int, probe: Probe) -> None:
        name = QTableWidgetItem(probe.path.name)
        name.setToolTip(str(probe.path))
        name.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, self.FILE, name)
        self.file_items[row] = name
        article = probe.article
        if article is None:
            self._fill_unreadable_row(row, probe)
            return
        fmt = QTableWidgetItem(FORMAT_NAMES.get(article.format, article.format))
        fmt.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, self.FORMAT, fmt)
        title = QTableWidgetItem(article.title)
        title.setToolTip("Double-click to edit the title")
        title.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, self.TITLE, title)
        self.title_items[row] = title
        field = DateField(article.published)
        field.dateChanged.connect(lambda _date, row=row: self._row_changed(row))
        self.date_fields[row] = field
        self.table.setCellWidget(row, self.DATE, field)
        unknown = QCheckBox()
        unknown.setAccessibleName(f"Date unknown for {probe.path.name}")
        unknown.toggled.connect(lambda _on, row=row: self._row_changed(row))
        self.unknown_boxes[row] = unknown
        self.table.setCellWidget(row, self.UNKNOWN, _centered(unknown))
        self.status_items[row] = QTableWidgetItem()
        self.status_items[row].setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, self.STATUS, self.status_items[row])

    def _fill_unreadable_row(self, row: int, probe: Probe) -> None:
        reason = probe.error.split(": ", 1)[-1]
        for column, text in ((self.FORMAT, "—"), (self.TITLE, "cannot be imported"), (self.STATUS, reason)):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setToolTip(probe.error)
            disabled = self.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            item.setForeground(QBrush(QColor("#b3261e")) if column == self.STATUS else disabled)
            self.table.setItem(row, column, item)

    # -- state -------------------------------------------------------------------------

    def row_of(self, path: Path) -> int:
        return next(row for row, probe in enumerate(self.probes) if probe.path == path)

    def needs_date(self, row: int) -> bool:
        return self.date_fields[row].value() is None and not self.unknown_boxes[row].isChecked()

    def blocking_rows(self) -> list[int]:
        return [row for row in self.date_fields if self.needs_date(row)]

    def update_state(self) -> None:
        """Refresh every row's flag and status, then the notice and the Import button."""
        for row in self.date_fields:
            self._update_row(row)
        self._update_summary()

    def _row_changed(self, row: int) -> None:
        self._update_row(row)
        self._update_summary()

    def _update_row(self, row: int) -> None:
        field = self.date_fields[row]
        unknown = self.unknown_boxes[row].isChecked()
        field.setEnabled(not unknown)
        field.setSpecialValueText("unknown" if unknown else "needs a date")
        status = self.status_items[row]
        flagged = field.value() is None and not unknown
        self.file_items[row].setIcon(self._warning if flagged else QIcon())
        if unknown:
            text, color = "date unknown: relative dates stay unresolved", QColor("#8a5a00")
        elif flagged:
            text, color = "no date in the file: pick one, or tick “Date unknown”", QColor("#b3261e")
        elif row in self.already_stored:
            text, color = (
                "already imported: will be skipped",
                self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text),
            )
        else:
            text, color = "ready", self.palette().color(QPalette.ColorRole.Text)
        status.setText(text)
        status.setToolTip(text)
        status.setForeground(QBrush(color))

    def _update_summary(self) -> None:
        blocking = self.blocking_rows()
        readable = len(self.date_fields)
        unreadable = len(self.probes) - readable
        parts = []
        if blocking:
            have = _count(len(blocking), "file has", "files have")
            parts.append(f"{have} no publication date: pick one or tick “Date unknown”.")
        if unreadable:
            cannot = _count(unreadable, "file cannot", "files cannot")
            parts.append(f"{cannot} be imported and will be listed in the summary.")
        self.notice.setText(" ".join(parts))
        self.notice.setVisible(bool(parts))
        self.all_unknown.setEnabled(bool(blocking))
        self.import_button.setText(f"Import {_count(readable, 'article', 'articles')}")
        self.import_button.setEnabled(readable > 0 and not blocking)

    @Slot()
    def mark_all_undated_unknown(self) -> None:
        for row in self.blocking_rows():
            box = self.unknown_boxes[row]
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
            self._update_row(row)
        self._update_summary()

    def requests(self) -> list[ImportRequest]:
        """What to import, with the user's titles and dates."""
        out = []
        for row, field in self.date_fields.items():
            title = self.title_items[row].text()
            unknown = self.unknown_boxes[row].isChecked()
            probe = self.probes[row]
            # the text read for review is imported as is: each file is read once
            out.append(ImportRequest(probe.path, None if unknown else field.value(), unknown, title, probe.article))
        return out

    def unreadable(self) -> list[str]:
        return [probe.error for probe in self.probes if probe.article is None]


def _centered(widget: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(6, 0, 6, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return holder


# -- summary --------------------------------------------------------------------------------


class SummaryDialog(QDialog):
    """How the import went: counts, then each failed file with its one-line reason."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {'cancelled' if summary.cancelled else 'finished'} — {APP_NAME}")
        lines = [
            _count(summary.imported, "article imported", "articles imported"),
            _count(summary.events, "event found", "events found"),
            _count(summary.duplicates, "duplicate skipped (already imported)", "duplicates skipped (already imported)"),
        ]
        if summary.cancelled:
            lines.append(f"Cancelled: {_count(summary.not_reached, 'file was', 'files were')} not imported.")
        heading = "Import cancelled" if summary.cancelled else "Import finished"
        self.counts = QLabel(f"<b>{heading}</b><br>" + "<br>".join(lines))
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        self.failures = QListWidget(self)
        self.failures.setAccessibleName("Failed files")
        if summary.errors:
            layout.addWidget(QLabel(_count(summary.failed, "file failed:", "files failed:")))
            for error in summary.errors:
                path, _, reason = error.partition(": ")
                self.failures.addItem(f"{Path(path).name}: {reason}" if reason else error)
                self.failures.item(self.failures.count() - 1).setToolTip(error)
            layout.addWidget(self.failures, 1)
        else:
            self.failures.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setDefault(True)
        self.ok_button.setFocus()
        self.resize(640, 360 if summary.errors else 160)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


# -- the flow -------------------------------------------------------------------------------


def max_import_bytes() -> int:
    """The size limit for one file, from the settings (megabytes; default 50)."""
    value = QSettings().value(MAX_MB_SETTING, MAX_BYTES / (1024 * 1024))
    try:
        megabytes = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return MAX_BYTES
    return int(megabytes * 1024 * 1024) if megabytes > 0 else MAX_BYTES


def import_job(store: Store, requests: Sequence[ImportRequest], max_bytes: int) -> Iterator[ImportResult]:
    """The import generator run on the worker thread, with its own connection to the file."""
    if store.path is None:
        yield from import_files(store, requests, max_bytes=max_bytes)
        return
    worker_store = Store(store.path)
    try:
        yield from import_files(worker_store, requests, max_bytes=max_bytes)
    finally:
        worker_store.close()


def import_with_progress(
    parent: QWidget | None,
    store: Store,
    requests: Sequence[ImportRequest],
    summary: ImportSummary,
    runner: Runner | None = None,
    max_bytes: int = MAX_BYTES,
    on_start: Callable[[ProgressRun], None] | None = None,
) -> ProgressRun:
    """Import in the background behind a progress dialog; results go into ``summary``."""
    run = ProgressRun(
        parent,
        f"Importing articles — {APP_NAME}",
        lambda: import_job(store, requests, max_bytes),
        [request.path.name for request in requests],
        runner,
    )
    run.itemDone.connect(lambda _index, result: summary.add(result))
    if on_start is not None:
        on_start(run)
    run.start()
    run.wait()
    summary.errors.extend(f"{store.path or 'database'}: import stopped ({error})" for error in run.errors)
    if run.cancelled:
        summary.cancelled = True
        summary.not_reached = len(requests) - len(run.items)
    return run


def read_for_review(
    parent: QWidget | None, paths: Sequence[Path], runner: Runner | None, max_bytes: int
) -> list[Probe] | None:
    """Read the chosen files in the background; None when the user cancels."""
    run = ProgressRun(
        parent,
        f"Reading files — {APP_NAME}",
        lambda: probe_files(paths, max_bytes),
        [path.name for path in paths],
        runner,
        verb="Reading",
    )
    run.start()
    run.wait()
    if run.cancelled:
        return None
    probes: list[Probe] = list(run.items)
    reason = run.errors[0] if run.errors else "not read"
    probes.extend(Probe(path, error=f"{path}: could not be read ({reason})") for path in paths[len(probes) :])
    return probes


def run_import(
    parent: QWidget | None,
    store: Store,
    paths: list[Path],
    runner: Runner | None = None,
    max_bytes: int | None = None,
) -> ImportSummary:
    """Review, import in the background and summarise; returns what was done."""
    limit = max_bytes if max_bytes is not None else max_import_bytes()
    files = collect_files(paths)
    summary = ImportSummary()
    if not files:
        return summary
    probes = read_for_review(parent, files, runner, limit)
    if probes is None:
        summary.cancelled, summary.not_reached = True, len(files)
        return summary
    summary.errors.extend(probe.error for probe in probes if probe.article is None)
    if len(summary.errors) < len(probes):
        review = ReviewDialog(probes, parent, lambda digest: store.find_article_by_hash(digest) is not None)
        if review.exec() != QDialog.DialogCode.Accepted:
            return ImportSummary(cancelled=True, not_reached=len(files))
        import_with_progress(parent, store, review.requests(), summary, runner, limit)
    SummaryDialog(summary, parent).exec()
    return summary
