"""File > Export...: choose a format, a file and options, then export in the background.

``run_export_dialog(parent, store, visible_range)`` is what ``MainWindow.export_timeline``
calls. The export itself runs on a worker thread with its own connection to the database,
reporting progress; the window stays responsive and the export can be cancelled.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from timeline_app import APP_NAME
from timeline_app.core.export_data import (
    DATA_FORMATS,
    FORMAT_SUFFIXES,
    PAGE_SIZES_MM,
    SUFFIX_FORMATS,
    ExportCancelled,
    ExportError,
    ExportResult,
    ExportSpec,
    export_data,
    range_from_dates,
)
from timeline_app.core.store import Store

FORMAT_NAMES = {
    "png": "PNG image",
    "svg": "SVG vector image",
    "pdf": "PDF document",
    "csv": "CSV spreadsheet",
    "json": "JSON data (as `events --format json`)",
    "timelinejs": "TimelineJS JSON",
    "ics": "iCalendar (.ics)",
}
RANGE_VISIBLE, RANGE_ALL, RANGE_DATES = 0, 1, 2
# Export threads are kept here, not parented to a dialog, so no thread object is ever
# destroyed while it runs; the GUI thread drops each one after it has finished.
_THREADS: set[QThread] = set()


def run_export(
    store: Store, spec: ExportSpec, progress: Callable[[int, str], None], cancelled: Callable[[], bool]
) -> ExportResult:
    """Run one export (any format) with its own connection to a file database."""
    own = Store(store.path) if store.path is not None else None
    try:
        source = own or store
        if spec.format in DATA_FORMATS:
            progress(5, "reading events")
            return export_data(source, spec, progress, cancelled)
        from timeline_app.ui.export_image import export_image

        return export_image(source, spec, progress, cancelled)
    finally:
        if own is not None:
            own.close()


class ExportWorker(QObject):
    """Runs one export on a worker thread; results come back as queued signals."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, spec: ExportSpec) -> None:
        super().__init__()
        self.store = store
        self.spec = spec
        self.cancel_flag = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            result = run_export(self.store, self.spec, self.progressed.emit, self.cancel_flag.is_set)
        except ExportCancelled:
            self.failed.emit("")
        except ExportError as error:
            self.failed.emit(str(error))
        except Exception as error:  # a failed export must reach the user, never kill the thread silently
            self.failed.emit(f"{self.spec.out}: export failed ({type(error).__name__}: {error})")
        else:
            self.succeeded.emit(result)
        finally:
            QThread.currentThread().quit()  # direct: the GUI thread may be blocked waiting for us


class ExportDialog(QDialog):
    """The export dialog. ``exported`` carries the result; ``result_of_export`` keeps it."""

    exported = Signal(object)

    def __init__(
        self,
        store: Store,
        visible_range: tuple[float, float] | None = None,
        hidden_kinds: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.visible_range = visible_range
        self.result_of_export: ExportResult | None = None
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self.setWindowTitle(f"Export timeline — {APP_NAME}")
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_target())
        layout.addWidget(self._build_range())
        columns = QHBoxLayout()
        columns.addWidget(self._build_content(hidden_kinds))
        right = QVBoxLayout()
        right.addWidget(self._build_image())
        right.addWidget(self._build_pdf())
        right.addStretch(1)
        columns.addLayout(right)
        layout.addLayout(columns)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton("Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.file_edit.textEdited.connect(self._file_edited)
        self._format_changed()

    # -- building --------------------------------------------------------------------------

    def _build_target(self) -> QGroupBox:
        box = QGroupBox("Format and file", self)
        form = QFormLayout(box)
        self.format_box = QComboBox(box)
        for fmt, name in FORMAT_NAMES.items():
            self.format_box.addItem(name, fmt)
        form.addRow("&Format:", self.format_box)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(str(Path.home() / "timeline.png"), box)
        self.file_edit.setAccessibleName("File")
        browse = QPushButton("&Browse…", box)
        browse.clicked.connect(self.browse)
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        form.addRow("F&ile:", row)
        return box

    def _build_range(self) -> QGroupBox:
        box = QGroupBox("Range", self)
        row = QHBoxLayout(box)
        self.range_group = QButtonGroup(box)
        self.visible_radio = QRadioButton("&Visible range", box)
        self.all_radio = QRadioButton("&Whole timeline", box)
        self.dates_radio = QRadioButton("Fro&m", box)
        for index, radio in enumerate((self.visible_radio, self.all_radio, self.dates_radio)):
            self.range_group.addButton(radio, index)
            row.addWidget(radio)
        self.from_edit = QDateEdit(box)
        self.to_edit = QDateEdit(box)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(1, 1, 1))
        first, last = self._initial_dates()
        self.from_edit.setDate(first)
        self.to_edit.setDate(last)
        row.addWidget(self.from_edit)
        row.addWidget(QLabel("to", box))
        row.addWidget(self.to_edit)
        self.visible_radio.setEnabled(self.visible_range is not None)
        (self.visible_radio if self.visible_range is not None else self.all_radio).setChecked(True)
        self.range_group.idToggled.connect(lambda *_: self._update_enabled())
        return box

    def _initial_dates(self) -> tuple[QDate, QDate]:
        window = self.visible_range or self.store.time_extent()
        if window is None:
            today = QDate.currentDate()
            return today.addYears(-1), today
        return _qdate(window[0]), _qdate(max(window[0], window[1] - 1))

    def _build_content(self, hidden_kinds: Iterable[str]) -> QGroupBox:
        box = QGroupBox("Content", self)
        form = QFormLayout(box)
        self.title_edit = QLineEdit(box)
        self.title_edit.setPlaceholderText("none")
        form.addRow("&Title:", self.title_edit)
        self.legend_check = QCheckBox("Show the &legend of kinds", box)
        self.legend_check.setChecked(True)
        form.addRow(self.legend_check)
        self.kinds_list = QListWidget(box)
        self.kinds_list.setAccessibleName("Kinds to include")
        hidden = set(hidden_kinds)
        for kind in self.store.kinds():
            item = QListWidgetItem(kind, self.kinds_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if kind in hidden else Qt.CheckState.Checked)
        form.addRow("&Kinds:", self.kinds_list)
        return box

    def _build_image(self) -> QGroupBox:
        self.image_box = QGroupBox("Image", self)
        form = QFormLayout(self.image_box)
        self.width_spin = _spin(16, 20000, 1920, " px")
        self.height_spin = _spin(16, 20000, 1080, " px")
        self.scale_spin = QDoubleSpinBox(self.image_box)
        self.scale_spin.setRange(0.25, 8.0)
        self.scale_spin.setSingleStep(0.5)
        self.scale_spin.setValue(1.0)
        self.scale_spin.setSuffix(" ×")
        self.dpi_spin = _spin(36, 1200, 96, " dpi")
        self.transparent_check = QCheckBox("&Transparent background", self.image_box)
        form.addRow("&Width:", self.width_spin)
        form.addRow("&Height:", self.height_spin)
        form.addRow("&Scale:", self.scale_spin)
        form.addRow("&Resolution:", self.dpi_spin)
        form.addRow(self.transparent_check)
        self.dark_check = QCheckBox("&Dark theme (light text on dark)", self.image_box)
        self.dark_check.setAccessibleName("Dark theme")
        form.addRow(self.dark_check)
        return self.image_box

    def _build_pdf(self) -> QGroupBox:
        self.pdf_box = QGroupBox("PDF pages", self)
        form = QFormLayout(self.pdf_box)
        self.page_box = QComboBox(self.pdf_box)
        for name, (width, height) in PAGE_SIZES_MM.items():
            self.page_box.addItem(f"{name} ({width:g} × {height:g} mm)", name)
        self.page_box.addItem("Custom", "custom")
        self.page_box.setCurrentIndex(self.page_box.findData("A4"))
        self.page_width = _spin(10, 5000, 420, " mm")
        self.page_height = _spin(10, 5000, 297, " mm")
        self.orientation_box = QComboBox(self.pdf_box)
        self.orientation_box.addItem("Landscape", "landscape")
        self.orientation_box.addItem("Portrait", "portrait")
        self.pages_spin = _spin(1, 200, 1, "")
        self.pages_spin.setToolTip("1: the whole range fitted on one page; more: the range split across pages")
        form.addRow("&Page size:", self.page_box)
        form.addRow("Custom width:", self.page_width)
        form.addRow("Custom height:", self.page_height)
        form.addRow("&Orientation:", self.orientation_box)
        form.addRow("Pa&ges:", self.pages_spin)
        self.page_box.currentIndexChanged.connect(lambda *_: self._update_enabled())
        return self.pdf_box

    # -- reacting ----------------------------------------------------------------------------

    def current_format(self) -> str:
        return str(self.format_box.currentData())

    def _format_changed(self) -> None:
        fmt = self.current_format()
        text = self.file_edit.text().strip()
        if text:
            path = Path(text)
            suffix = FORMAT_SUFFIXES[fmt]
            if SUFFIX_FORMATS.get(path.suffix.lower()) != (fmt if fmt != "timelinejs" else "json"):
                self.file_edit.setText(str(path.with_suffix(suffix)))
        self._update_enabled()

    def _file_edited(self, text: str) -> None:
        found = SUFFIX_FORMATS.get(Path(text).suffix.lower())
        if found and found != self.current_format() and not (found == "json" and self.current_format() == "timelinejs"):
            self.format_box.setCurrentIndex(self.format_box.findData(found))

    def _update_enabled(self) -> None:
        fmt = self.current_format()
        image = fmt not in DATA_FORMATS
        self.image_box.setEnabled(fmt in ("png", "svg"))
        for widget in (self.scale_spin, self.dpi_spin):
            widget.setEnabled(fmt == "png")
        self.transparent_check.setEnabled(fmt in ("png", "svg"))
        self.pdf_box.setEnabled(fmt == "pdf")
        custom = self.page_box.currentData() == "custom"
        self.page_width.setEnabled(custom)
        self.page_height.setEnabled(custom)
        self.legend_check.setEnabled(image)
        self.title_edit.setEnabled(fmt not in ("csv", "json"))
        dates = self.range_group.checkedId() == RANGE_DATES
        self.from_edit.setEnabled(dates)
        self.to_edit.setEnabled(dates)

    def browse(self) -> None:
        fmt = self.current_format()
        pattern = f"{FORMAT_NAMES[fmt]} (*{FORMAT_SUFFIXES[fmt]})"
        name, _ = QFileDialog.getSaveFileName(
            self, "Export to", self.file_edit.text(), pattern, options=QFileDialog.Option.DontConfirmOverwrite
        )
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(FORMAT_SUFFIXES[fmt])
            self.file_edit.setText(str(path))
            self._file_edited(str(path))

    # -- the spec ----------------------------------------------------------------------------

    def selected_kinds(self) -> set[str] | None:
        """The checked kinds, or ``None`` when all are checked."""
        items = [self.kinds_list.item(row) for row in range(self.kinds_list.count())]
        checked = {item.text() for item in items if item.checkState() == Qt.CheckState.Checked}
        return None if len(checked) == len(items) else checked

    def selected_range(self) -> tuple[float | None, float | None]:
        choice = self.range_group.checkedId()
        if choice == RANGE_VISIBLE and self.visible_range is not None:
            return self.visible_range
        if choice == RANGE_DATES:
            return range_from_dates(_pydate(self.from_edit.date()), _pydate(self.to_edit.date()))
        return None, None

    def build_spec(self, force: bool = False) -> ExportSpec:
        text = self.file_edit.text().strip()
        if not text:
            raise ExportError("no file chosen: type a file name or use Browse…")
        t0, t1 = self.selected_range()
        kinds = self.selected_kinds()
        if kinds is not None and not kinds:
            raise ExportError("no kinds chosen: tick at least one kind to include")
        page = str(self.page_box.currentData())
        return ExportSpec(
            out=Path(text).expanduser(),
            format=self.current_format(),
            t0=t0,
            t1=t1,
            kinds=kinds,
            force=force,
            title=self.title_edit.text().strip(),
            legend=self.legend_check.isChecked(),
            width=self.width_spin.value(),
            height=self.height_spin.value(),
            scale=self.scale_spin.value(),
            dpi=self.dpi_spin.value(),
            transparent=self.transparent_check.isChecked(),
            dark=self.dark_check.isChecked(),
            page_size=page,
            page_width_mm=float(min(self.page_width.value(), self.page_height.value())),
            page_height_mm=float(max(self.page_width.value(), self.page_height.value())),
            orientation=str(self.orientation_box.currentData()),
            pages=self.pages_spin.value(),
        )

    # -- running -----------------------------------------------------------------------------

    def start_export(self) -> None:
        """Check the choices, ask before replacing a file, then export on a worker thread."""
        if self._thread is not None:
            return
        try:
            spec = self.build_spec()
        except ExportError as error:
            self._show_error(str(error))
            return
        if spec.out.exists() and not spec.out.is_dir():
            answer = QMessageBox.question(
                self,
                APP_NAME,
                f"{spec.out.name} already exists in {spec.out.parent}.\nReplace it?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            spec.force = True
        self._launch(spec)

    def _launch(self, spec: ExportSpec) -> None:
        self._set_running(True)
        self.status.setText(f"Exporting to {spec.out}…")
        thread = QThread()
        _THREADS.add(thread)
        worker = ExportWorker(self.store, spec)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        thread.finished.connect(self._thread_done)
        self._thread, self._worker = thread, worker
        thread.start()

    def is_running(self) -> bool:
        return self._thread is not None

    def cancel_or_close(self) -> None:
        if self._worker is not None:
            self._worker.cancel_flag.set()
            self.status.setText("Cancelling…")
            return
        super().reject()

    def reject(self) -> None:
        """Escape or Cancel: stop a running export first; close only when none runs."""
        self.cancel_or_close()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.export_button.setEnabled(not running)
        for box in self.findChildren(QGroupBox):
            box.setEnabled(not running)
        if not running:
            self._update_enabled()

    @Slot(int, str)
    def _progressed(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"{text} — %p%")

    @Slot(object)
    def _succeeded(self, result: ExportResult) -> None:
        self.result_of_export = result
        self.status.setText(result.summary())
        self.exported.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.status.setText(message or "Export cancelled; nothing was written.")
        if message:
            self._show_error(message)

    @Slot()
    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            _THREADS.discard(self._thread)
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._set_running(False)
        result = self.result_of_export
        # An image that left lanes out stays open on its message, so the height can be raised.
        if result is not None and not (result.skipped and self.current_format() not in DATA_FORMATS):
            self.accept()

    def _show_error(self, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, APP_NAME, message)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self._thread is not None:
            self.cancel_or_close()
            self._thread.wait()
            self._thread_done()
        super().closeEvent(event)


def open_export_dialog(
    parent: QWidget | None,
    store: Store,
    visible_range: tuple[float, float] | None = None,
    hidden_kinds: Iterable[str] = (),
    on_exported: Callable[[ExportResult], None] | None = None,
) -> ExportDialog:
    """Open File > Export... window-modally without blocking the caller; ``on_exported`` gets the result."""
    dialog = ExportDialog(store, visible_range, hidden_kinds, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_exported is not None:
        dialog.exported.connect(on_exported)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog


def run_export_dialog(
    parent: QWidget | None,
    store: Store,
    visible_range: tuple[float, float] | None = None,
    hidden_kinds: Iterable[str] = (),
) -> ExportResult | None:
    """Open File > Export... modally; the result of the export, or ``None`` when cancelled."""
    dialog = ExportDialog(store, visible_range, hidden_kinds, parent)
    dialog.exec()
    result = dialog.result_of_export
    dialog.deleteLater()
    return result


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def _qdate(seconds: float) -> QDate:
    moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    return QDate(moment.year, moment.month, moment.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
