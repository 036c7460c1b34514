"""The main window on a real SQLite file: selection, the panel's highlight, navigation, search, state."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Spec, add_article, mention_for
from tests.ui.modal import when_modal
from timeline_app.core.importer import collect_files
from timeline_app.core.model import Mention, Status
from timeline_app.core.paths import sample_files
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui.event_dialog import EventDialog
from timeline_app.ui.import_flow import ReviewDialog, SummaryDialog, SyncRunner
from timeline_app.ui.main_window import MainWindow, format_moment

STORY = (
    "Crew members gathered early on the ranch 🤠 near Santa Fe. "
    "A cinematographer was shot on the set on Oct. 21, 2021, during a rehearsal. "
    "The family reached a settlement in 2022 after months of talks. "
    "A judge dismissed the case this week."
)
SHOOTING = "A cinematographer was shot on the set on Oct. 21, 2021, during a rehearsal."
SETTLEMENT = "The family reached a settlement in 2022 after months of talks."
DISMISSAL = "A judge dismissed the case this week."


def _story(store: Store, source: Path | None = None) -> list[int]:
    return add_article(
        store,
        STORY,
        date(2024, 7, 13),
        [
            Spec("Shooting on set", "incident", TimeSpan.on_day(date(2021, 10, 21)), SHOOTING, "shot", ("crew",)),
            Spec("Family settlement", "settlement", TimeSpan.in_year(2022), SETTLEMENT, "settlement"),
            Spec("Case dismissed", "ruling", TimeSpan.until(date(2024, 7, 13)), DISMISSAL, "dismissed"),
        ],
        title="Case dismissed",
        source=source,
    )


def _window(qtbot: QtBot, store: Store, settings: QSettings) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_selecting_an_event_highlights_exactly_its_sentence_and_trigger(qtbot, store, settings) -> None:
    shooting, settlement, _ = _story(store)
    window = _window(qtbot, store, settings)
    window.canvas.fit_all()
    position = window.canvas.event_position(settlement)
    assert position is not None
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=position.toPoint())
    assert window.canvas.selected_event() == settlement
    assert window.panel.highlighted_texts() == [SETTLEMENT, "settlement"]
    assert window.panel.title_label.text() == "Family settlement"
    assert window.panel.when_label.text() == "2022"
    assert window.table.selected_event() == settlement
    # The emoji before the sentence is outside the BMP: offsets must be converted for Qt.
    window.canvas.eventSelected.emit(shooting)
    assert window.panel.highlighted_texts() == [SHOOTING, "shot"]
    cursor = window.panel.text_view.textCursor()
    assert cursor.position() == STORY.index(SHOOTING) + 1
    assert window.panel.participants_label.text() == "crew"


def test_text_is_shown_as_plain_text_never_html(qtbot, store, settings) -> None:
    text = "<b>Bold claim</b> & <i>more</i>: the board resigned on Monday."
    sentence = "the board resigned on Monday."
    (event_id,) = add_article(
        store,
        text,
        date(2024, 3, 6),
        [Spec("Board resigns", "resignation", TimeSpan.on_day(date(2024, 3, 4)), sentence, "resigned")],
    )
    window = _window(qtbot, store, settings)
    window.select_event(event_id)
    assert window.panel.text_view.toPlainText() == text
    assert window.panel.highlighted_texts() == [sentence, "resigned"]


def test_several_sources_switch(qtbot, store, settings, tmp_path) -> None:
    (shooting, *_rest) = _story(store)
    other_text = "Police said on Friday that a cinematographer was shot on a film set in New Mexico."
    second = store.add_article(_article(other_text, date(2021, 10, 22), tmp_path / "missing.txt")).article_id
    sentence = "a cinematographer was shot on a film set in New Mexico."
    start = other_text.index(sentence)
    trigger = other_text.index("shot")
    store.db["mentions"].insert(
        {
            "event_id": shooting,
            "article_id": second,
            "start": start,
            "end": start + len(sentence),
            "trigger_start": trigger,
            "trigger_end": trigger + 4,
        }
    )
    window = _window(qtbot, store, settings)
    window.select_event(shooting)
    panel = window.panel
    assert panel.source_list.count() == 2
    assert panel.source_list.isVisible()
    assert panel.highlighted_texts() == [SHOOTING, "shot"]
    panel.source_list.setCurrentRow(1)
    assert panel.text_view.toPlainText() == other_text
    assert panel.highlighted_texts() == [sentence, "shot"]
    assert not panel.open_button.isEnabled()  # its file does not exist


def _article(text: str, published: date, source: Path):
    from timeline_app.core.model import Article

    return Article(text=text, title=text[:20], published=published, source_path=str(source))


def test_sources_count_articles_in_the_list_and_the_panel_alike(qtbot, store, settings, tmp_path) -> None:
    (shooting, *_rest) = _story(store)
    crew = "Crew members gathered early on the ranch 🤠 near Santa Fe."
    other_text = "Police said on Friday that a cinematographer was shot on a film set in New Mexico."
    second = store.add_article(_article(other_text, date(2021, 10, 22), tmp_path / "missing.txt")).article_id
    first = store.db.execute("SELECT article_id FROM mentions WHERE event_id = ?", [shooting]).fetchone()[0]
    for article_id, text, sentence, trigger in (
        (first, STORY, crew, "gathered"),
        (second, other_text, other_text, "shot"),
    ):
        mention = mention_for(text, sentence, trigger)
        store.db["mentions"].insert(
            {
                "event_id": shooting,
                "article_id": article_id,
                "start": mention.start,
                "end": mention.end,
                "trigger_start": mention.trigger_start,
                "trigger_end": mention.trigger_end,
            }
        )
    window = _window(qtbot, store, settings)
    window.select_event(shooting)
    table = window.table
    row = table.source_model.row_for(shooting)
    assert row is not None
    assert table.source_model.index(row, 4).data() == "2"
    assert "articles" in table.source_model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    panel = window.panel
    assert panel.source_list.count() == 2
    assert panel.sources_label.text() == "&Sources (2 articles):"
    assert panel.source_list.item(0).text().split("\n")[1].startswith("2 sentences: “A cinematographer")
    assert panel.highlighted_texts() == [SHOOTING, "shot", crew, "gathered"]
    panel.source_list.setCurrentRow(1)
    assert panel.highlighted_texts() == [other_text, "shot"]


def test_open_original_button_follows_the_file(qtbot, store, settings, tmp_path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(STORY, encoding="utf-8")
    shooting, *_ = _story(store, source)
    window = _window(qtbot, store, settings)
    window.select_event(shooting)
    assert window.panel.open_button.isEnabled()
    source.unlink()
    window.select_event(None)
    window.select_event(shooting)
    assert not window.panel.open_button.isEnabled()


def test_keyboard_navigation(qtbot, store, settings) -> None:
    shooting, settlement, dismissal = _story(store)
    window = _window(qtbot, store, settings)
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    first = window.selected_event()
    assert first in {shooting, settlement, dismissal}
    qtbot.keyClick(window.canvas, Qt.Key.Key_Right)
    second = window.selected_event()
    assert second is not None and second != first
    assert window.table.selected_event() == second
    qtbot.keyClick(window.canvas, Qt.Key.Key_Left)
    assert window.selected_event() == first
    qtbot.keyClick(window.canvas, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is window.panel.text_view
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert window.selected_event() is None
    assert window.canvas.selected_event() is None
    assert window.table.selected_event() is None
    assert window.panel.highlighted_texts() == []


def test_empty_state_and_sample_import(qtbot, store, settings) -> None:
    window = _window(qtbot, store, settings)
    assert window.stack.currentWidget() is window.empty_state
    assert window.empty_state.import_button.isVisible()
    qtbot.mouseClick(window.empty_state.sample_button, Qt.MouseButton.LeftButton)
    events, articles = store.counts()
    assert articles == len(sample_files()) > 0
    expected = window.timeline if events else window.empty_state
    assert window.stack.currentWidget() is expected
    assert f"from {articles} articles" in window.counts_label.text()


def test_search_narrows_and_zooms_to_results(qtbot, store, settings) -> None:
    shooting, settlement, dismissal = _story(store)
    add_article(
        store,
        "Shareholders approved the merger on Tuesday.",
        date(2019, 5, 9),
        [
            Spec(
                "Merger approved",
                "vote",
                TimeSpan.on_day(date(2019, 5, 7)),
                "Shareholders approved the merger on Tuesday.",
                "approved",
            )
        ],
    )
    window = _window(qtbot, store, settings)
    assert window.table.model().rowCount() == 4
    qtbot.keyClicks(window.search_box, "merger")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.search_ids is not None and len(window.search_ids) == 1
    assert window.table.model().rowCount() == 1
    assert window.shown_label.text() == "1 shown, 3 hidden"
    window.zoom_to_results()
    start, end = window.visible_range()
    merger_day = (date(2019, 5, 7) - date(1970, 1, 1)).days * 86_400
    assert start <= merger_day < end
    assert end - start < 30 * 86_400
    window.search_box.clear()
    window.apply_search()
    assert window.table.model().rowCount() == 4
    window.set_kind_shown("vote", False)
    window.set_kind_shown("incident", False)
    assert window.table.model().rowCount() == 2
    assert window.shown_label.text() == "2 shown, 2 hidden"
    assert shooting not in _table_ids(window) and settlement in _table_ids(window) and dismissal in _table_ids(window)


def _table_ids(window: MainWindow) -> set[int]:
    model = window.table.source_model
    return {row.id for row in model.rows}


def test_table_selection_syncs_with_canvas(qtbot, store, settings) -> None:
    shooting, settlement, _ = _story(store)
    window = _window(qtbot, store, settings)
    table = window.table
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 2).data() == "Family settlement")
    rect = table.visualRect(table.model().index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.canvas.selected_event() == settlement
    assert window.panel.highlighted_texts() == [SETTLEMENT, "settlement"]
    window.canvas.eventSelected.emit(shooting)
    assert table.selected_event() == shooting
    window.canvas.eventSelected.emit(-1)
    assert table.selected_event() is None


def test_state_is_remembered(qtbot, store, settings, tmp_path) -> None:
    _story(store)
    window = _window(qtbot, store, settings)
    qtbot.waitUntil(lambda: window._view_restored)
    window.canvas.zoom_to(1.6e9, 1.7e9)
    start, end = window.visible_range()
    window.panel_dock.hide()
    window.close()
    assert Path(settings.fileName()).is_file()
    again = _window(qtbot, store, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.waitUntil(lambda: again.visible_range()[0] == pytest.approx(start, rel=1e-3))
    restored = again.visible_range()
    assert restored[0] == pytest.approx(start, rel=1e-3)
    assert restored[1] == pytest.approx(end, rel=1e-3)
    assert not again.panel_dock.isVisible()


def test_hidden_kinds_are_remembered_per_database(qtbot, store, settings, tmp_path) -> None:
    _story(store)
    window = _window(qtbot, store, settings)
    window.set_kind_shown("settlement", False)
    window.close()
    again = _window(qtbot, store, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again.hidden_kinds == {"settlement"}
    checked = {action.text(): action.isChecked() for action in again.kinds_menu.actions() if action.isCheckable()}
    assert checked == {"incident": True, "ruling": True, "settlement": False}
    model = again.table.source_model
    assert {model.rows[row].kind for row in range(model.rowCount())} == {"incident", "ruling"}
    assert again.shown_label.text() == "2 shown, 1 hidden"
    with Store(tmp_path / "other.db") as other:
        add_article(
            other,
            "The family reached a settlement in 2022 after months of talks.",
            date(2023, 1, 1),
            [Spec("Settled", "settlement", TimeSpan.in_year(2022), SETTLEMENT, "settlement")],
        )
    assert again.open_database(tmp_path / "other.db")
    assert again.hidden_kinds == set()  # another database, its own choice
    assert again.table.source_model.rowCount() == 1
    again.show_all_kinds()
    again.close()
    third = _window(qtbot, store, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert third.hidden_kinds == {"settlement"}  # showing all in the other database left this one alone
    third.show_all_kinds()
    third.close()
    assert _window(qtbot, store, QSettings(settings.fileName(), QSettings.Format.IniFormat)).hidden_kinds == set()


def test_import_paths_expands_folders_and_reports_errors(qtbot, store, settings, tmp_path) -> None:
    folder = tmp_path / "clips"
    (folder / "deeper").mkdir(parents=True)
    (folder / "a.txt").write_text("March 3, 2024 - The council voted to close the library.", encoding="utf-8")
    (folder / "deeper" / "b.md").write_text("# Plant\n\nMay 1, 2023 - The plant shut down.", encoding="utf-8")
    (folder / "notes.pdfx").write_text("ignored", encoding="utf-8")
    (folder / ".hidden.txt").write_text("ignored", encoding="utf-8")
    undated = tmp_path / "nodate.txt"
    undated.write_text("No date in here at all, but a story all the same about a vote.", encoding="utf-8")
    assert collect_files([folder]) == [folder / "a.txt", folder / "deeper" / "b.md"]
    window = _window(qtbot, store, settings)
    window.import_runner = SyncRunner()
    seen: dict[str, str] = {}

    def review(widget: QWidget) -> None:
        assert isinstance(widget, ReviewDialog)
        seen["blocked"] = str(widget.blocking_rows() == [widget.row_of(undated)])
        widget.mark_all_undated_unknown()
        when_modal(SummaryDialog, summary)
        widget.import_button.click()

    def summary(widget: QWidget) -> None:
        assert isinstance(widget, SummaryDialog)
        seen["counts"] = widget.counts.text()
        widget.accept()

    when_modal(ReviewDialog, review)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(undated))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    assert seen["blocked"] == "True"
    assert "3 articles imported" in seen["counts"]
    assert store.counts()[1] == 3
    assert window.last_import_summary.imported == 3
    assert {article.published for article in store.articles()} >= {None}


def test_hand_correction_is_saved_as_corrected(qtbot, store, settings) -> None:
    _, settlement, _ = _story(store)
    window = _window(qtbot, store, settings)
    window.select_event(settlement)
    event = store.event(settlement)
    assert event is not None
    dialog = EventDialog(event, store.kinds(), window)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Hutchins family settlement")
    dialog.earliest_edit.setText("2022-10-05")
    dialog.latest_edit.setText("2022-10-05")
    dialog.label_edit.setText("")
    window.save_event(dialog.edited_event())
    saved = store.event(settlement)
    assert saved is not None
    assert saved.title == "Hutchins family settlement"
    assert saved.status is Status.CORRECTED
    assert saved.span.label == "5 Oct 2022"
    assert len(saved.mentions) == 1
    assert window.panel.title_label.text() == "Hutchins family settlement"
    assert window.panel.status_label.text() == "corrected"
    dialog.earliest_edit.setText("2023-01-01")
    with pytest.raises(ValueError, match="after the latest"):
        dialog.edited_event()
    again = EventDialog(saved, store.kinds(), window)
    qtbot.addWidget(again)
    again.earliest_edit.setText("2022-11-01")
    again.latest_edit.setText("2022-11-30")  # the label field still says "5 Oct 2022"
    assert again.edited_event().span.label == "1–30 Nov 2022"
    again.label_edit.setText("late 2022")
    assert again.edited_event().span.label == "late 2022"


def test_format_moment() -> None:
    day = (date(2024, 7, 13) - date(1970, 1, 1)).days * 86_400
    assert format_moment(day + 3600 * 14.5) == "13 Jul 2024"
    assert format_moment(day + 3600 * 14.5, 60) == "13 Jul 2024 14:30"
    assert format_moment(float("nan")) == ""


def test_mention_dataclass_is_what_the_panel_reads() -> None:
    mention = Mention(0, 5, 1, 3)
    assert mention.quote("hello world") == "hello"


def test_pointer_time_and_filtered_selection(qtbot, store, settings) -> None:
    shooting, settlement, _ = _story(store)
    window = _window(qtbot, store, settings)
    day = (date(2022, 3, 1) - date(1970, 1, 1)).days * 86_400
    window.canvas.pointerTimeChanged.emit(float(day))
    assert window.pointer_label.text() == "1 Mar 2022"
    window.select_event(shooting)
    window.set_kind_shown("settlement", False)
    assert window.selected_event() == shooting
    window.set_kind_shown("incident", False)
    assert window.selected_event() is None
    assert window.canvas.selected_event() is None
    window.show_all_kinds()
    window.select_event(settlement)
    assert window.table.selected_event() == settlement


def test_open_another_database(qtbot, store, settings, tmp_path) -> None:
    _story(store)
    window = _window(qtbot, store, settings)
    other_path = tmp_path / "other.db"
    with Store(other_path) as other:
        add_article(
            other,
            "The bridge reopened on Monday.",
            date(2020, 6, 3),
            [
                Spec(
                    "Bridge reopens",
                    "opening",
                    TimeSpan.on_day(date(2020, 6, 1)),
                    "The bridge reopened on Monday.",
                    "reopened",
                )
            ],
        )
    assert window.open_database(other_path)
    assert window.windowTitle().startswith("other.db")
    assert window.table.model().rowCount() == 1
    assert window.counts_label.text() == "1 event from 1 article"
    assert store.counts()[0] == 3  # the first store is untouched and still open
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    assert not window.open_database(bad)
    assert window._message_box is not None and str(bad) in window._message_box.text()
    assert window.table.model().rowCount() == 1
    window.close()


def test_menus_offer_the_file_actions_with_shortcuts(qtbot, store, settings) -> None:
    window = _window(qtbot, store, settings)
    file_menu = window.file_menu
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts == [
        "&Open database…",
        "&New database…",
        "&Import articles…",
        "Import &folder…",
        "&Export…",
        "&Quit",
    ]
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert window.import_action in window.toolbar.actions()
    window.export_action.trigger()
    dialog = window._export_dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle().startswith("Export")
    dialog.reject()
    unnamed = [
        widget
        for widget in (window.search_box, window.kinds_button, window.canvas, window.table, window.panel.text_view)
        if not widget.accessibleName()
    ]
    assert unnamed == []
