"""The export dialog: real widgets, a real database file, exports written on a worker thread."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from tests.export_samples import build_sample_store
from timeline_app.core.export_data import range_from_dates
from timeline_app.core.store import Store
from timeline_app.ui.export_dialog import ExportDialog, open_export_dialog

VISIBLE = range_from_dates(date(2022, 1, 1), date(2023, 12, 31))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with build_sample_store(tmp_path / "sample.db") as opened:
        yield opened


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def _dialog(qtbot, store: Store, **kwargs) -> ExportDialog:
    assert VISIBLE[0] is not None and VISIBLE[1] is not None
    dialog = ExportDialog(store, (VISIBLE[0], VISIBLE[1]), **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _choose(dialog: ExportDialog, fmt: str, path: Path) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
    dialog.file_edit.setText(str(path))


def test_png_export_runs_in_the_background(qtbot, store: Store, tmp_path: Path, warnings) -> None:
    dialog = _dialog(qtbot, store)
    _choose(dialog, "png", tmp_path / "shot.png")
    dialog.width_spin.setValue(900)
    dialog.height_spin.setValue(500)
    dialog.title_edit.setText("Rust case")
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.export_button.click()
        assert dialog.is_running()
    assert warnings == []
    assert dialog.result_of_export is not None and dialog.result_of_export.path == tmp_path / "shot.png"
    assert QImage(str(tmp_path / "shot.png")).width() == 900
    assert progress and max(progress) == 100
    assert not dialog.is_running()


def test_format_and_extension_follow_each_other(qtbot, store: Store) -> None:
    dialog = _dialog(qtbot, store)
    dialog.file_edit.setText("/tmp/out/timeline.png")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("ics"))
    assert dialog.file_edit.text() == "/tmp/out/timeline.ics"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("timelinejs"))
    assert dialog.file_edit.text() == "/tmp/out/timeline.json"
    qtbot.keyClicks(dialog.file_edit, "x")  # user types: timeline.jsonx has no known extension
    dialog.file_edit.clear()
    qtbot.keyClicks(dialog.file_edit, "/tmp/out/t.pdf")
    assert dialog.current_format() == "pdf"
    assert dialog.pdf_box.isEnabled() and not dialog.image_box.isEnabled()


def test_spec_reflects_range_kinds_and_pages(qtbot, store: Store, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, store, hidden_kinds={"other"})
    _choose(dialog, "pdf", tmp_path / "x.pdf")
    spec = dialog.build_spec()
    assert (spec.t0, spec.t1) == VISIBLE
    assert spec.kinds is not None and "other" not in spec.kinds and "incident" in spec.kinds
    dialog.all_radio.setChecked(True)
    dialog.page_box.setCurrentIndex(dialog.page_box.findData("Letter"))
    dialog.orientation_box.setCurrentIndex(dialog.orientation_box.findData("portrait"))
    dialog.pages_spin.setValue(3)
    spec = dialog.build_spec()
    assert (spec.t0, spec.t1, spec.page_size, spec.orientation, spec.pages) == (None, None, "Letter", "portrait", 3)
    dialog.dates_radio.setChecked(True)
    assert dialog.from_edit.isEnabled()
    dialog.from_edit.setDate(dialog.from_edit.date().fromString("2022-03-01", "yyyy-MM-dd"))
    dialog.to_edit.setDate(dialog.to_edit.date().fromString("2022-03-31", "yyyy-MM-dd"))
    assert dialog.build_spec().t0 == range_from_dates(date(2022, 3, 1), None)[0]


def test_existing_file_is_replaced_only_when_confirmed(qtbot, store: Store, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "events.json"
    out.write_text("keep", encoding="utf-8")
    answers = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    dialog = _dialog(qtbot, store)
    _choose(dialog, "json", out)
    dialog.all_radio.setChecked(True)
    dialog.start_export()
    assert not dialog.is_running() and out.read_text(encoding="utf-8") == "keep"
    answers.append(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.start_export()
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 7


def test_cancel_leaves_no_file(qtbot, store: Store, tmp_path: Path, warnings) -> None:
    dialog = _dialog(qtbot, store)
    out = tmp_path / "long.pdf"
    _choose(dialog, "pdf", out)
    dialog.pages_spin.setValue(150)
    dialog.start_export()
    dialog.cancel_or_close()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=20_000)
    assert not out.exists() and not list(tmp_path.glob("*.part*"))
    assert "cancelled" in dialog.status.text() and warnings == []
    assert dialog.result_of_export is None and dialog.export_button.isEnabled()


def test_bad_choice_gets_one_line(qtbot, store: Store, tmp_path: Path, warnings) -> None:
    dialog = _dialog(qtbot, store)
    _choose(dialog, "csv", tmp_path / "missing-folder" / "x.csv")
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_running(), timeout=10_000)
    assert len(warnings) == 1 and "does not exist" in warnings[0] and "\n" not in warnings[0]
    for row in range(dialog.kinds_list.count()):
        dialog.kinds_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.start_export()
    assert "no kinds chosen" in warnings[1]


def test_open_export_dialog_does_not_block(qtbot, store: Store, tmp_path: Path) -> None:
    results: list[object] = []
    dialog = open_export_dialog(None, store, None, (), results.append)
    qtbot.addWidget(dialog)
    assert not dialog.visible_radio.isEnabled() and dialog.all_radio.isChecked()
    _choose(dialog, "csv", tmp_path / "all.csv")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.export_button.click()
    assert len(results) == 1 and (tmp_path / "all.csv").exists()


def test_dialog_offers_a_dark_theme_and_says_what_a_short_image_left_out(
    qtbot, store: Store, tmp_path: Path, warnings
) -> None:
    dialog = _dialog(qtbot, store)
    dialog.show()
    _choose(dialog, "png", tmp_path / "short.png")
    assert dialog.dark_check.isEnabled() and not dialog.build_spec().dark
    dialog.dark_check.setChecked(True)
    dialog.width_spin.setValue(800)
    dialog.height_spin.setValue(200)
    dialog.all_radio.setChecked(True)
    assert dialog.build_spec().dark
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert warnings == []
    result = dialog.result_of_export
    assert result is not None and result.skipped > 0
    assert "left out (no room for the lanes" in dialog.status.text()
    assert dialog.isVisible()  # kept open on the message, to try a taller image
    assert QColor(QImage(str(tmp_path / "short.png")).pixel(795, 3)).lightness() < 60
    _choose(dialog, "csv", tmp_path / "x.csv")
    assert not dialog.dark_check.isEnabled()
