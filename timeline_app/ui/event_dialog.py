"""A small dialog to correct an event by hand: title, kind, dates and label, status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from timeline_app.core.model import Event, Status
from timeline_app.core.timespan import Precision, TimeSpan, iso_text, parse_iso


def corrected_span(original: TimeSpan, earliest: date | None, latest: date | None, label: str) -> TimeSpan:
    """The span after a hand edit: unchanged bounds keep their precision, new ones are explicit."""
    hint = label.strip()
    if earliest == original.earliest and latest == original.latest:
        keep_hint = hint if hint != original.label else original.hint
        return replace(original, hint=keep_hint)
    if hint == original.label:
        hint = ""  # the old label no longer describes the new dates
    if earliest is None and latest is None:
        return TimeSpan(None, None, Precision.UNKNOWN, hint=hint)
    if earliest is None or latest is None:
        mod = "ON_OR_BEFORE" if earliest is None else "ON_OR_AFTER"
        return TimeSpan(earliest, latest, Precision.OPEN, mod=mod, hint=hint)
    if earliest == latest:
        return replace(TimeSpan.on_day(earliest), hint=hint)
    return TimeSpan.between(earliest, latest, hint=hint)


class EventDialog(QDialog):
    """Edit a copy of an event; ``edited_event()`` gives the corrected event after accept."""

    def __init__(self, event: Event, kinds: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit event")
        self.original = event
        self.title_edit = QLineEdit(event.title, self)
        self.title_edit.setAccessibleName("Title")
        self.kind_edit = QComboBox(self)
        self.kind_edit.setEditable(True)
        self.kind_edit.addItems(sorted(set(kinds) | {event.kind}))
        self.kind_edit.setCurrentText(event.kind)
        self.kind_edit.setAccessibleName("Kind")
        self.earliest_edit = QLineEdit(iso_text(event.span.earliest) or "", self)
        self.earliest_edit.setPlaceholderText("YYYY-MM-DD, empty for open")
        self.earliest_edit.setAccessibleName("Earliest date")
        self.latest_edit = QLineEdit(iso_text(event.span.latest) or "", self)
        self.latest_edit.setPlaceholderText("YYYY-MM-DD, empty for open")
        self.latest_edit.setAccessibleName("Latest date")
        self.label_edit = QLineEdit(event.span.label, self)
        self.label_edit.setPlaceholderText("empty for the calendar label")
        self.label_edit.setAccessibleName("Date label")
        self.participants_edit = QLineEdit(", ".join(event.participants), self)
        self.participants_edit.setAccessibleName("Participants")
        self.status_edit = QComboBox(self)
        for status in Status:
            self.status_edit.addItem(status.value, status)
        self.status_edit.setCurrentIndex(list(Status).index(Status.CORRECTED))
        self.status_edit.setAccessibleName("Status")
        self.notes_edit = QPlainTextEdit(event.notes, self)
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setTabChangesFocus(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout(self)
        for text, widget in (
            ("&Title:", self.title_edit),
            ("&Kind:", self.kind_edit),
            ("&Earliest:", self.earliest_edit),
            ("&Latest:", self.latest_edit),
            ("Date &label:", self.label_edit),
            ("&Participants:", self.participants_edit),
            ("&Status:", self.status_edit),
            ("&Notes:", self.notes_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def edited_event(self) -> Event:
        """The event as edited; raises ``ValueError`` with a message when a field is wrong."""
        title = self.title_edit.text().strip()
        kind = self.kind_edit.currentText().strip()
        if not title:
            raise ValueError("the title cannot be empty")
        if not kind:
            raise ValueError("the kind cannot be empty")
        earliest = _parse_day(self.earliest_edit.text(), "earliest")
        latest = _parse_day(self.latest_edit.text(), "latest")
        if earliest is not None and latest is not None and earliest > latest:
            raise ValueError("the earliest date is after the latest date")
        span = corrected_span(self.original.span, earliest, latest, self.label_edit.text())
        participants = [name.strip() for name in self.participants_edit.text().split(",") if name.strip()]
        status = self.status_edit.currentData()
        return replace(
            self.original,
            title=title,
            kind=kind,
            span=span,
            participants=participants,
            status=status if isinstance(status, Status) else Status.CORRECTED,
            notes=self.notes_edit.toPlainText(),
            mentions=list(self.original.mentions),
        )

    def accept(self) -> None:
        try:
            self.edited_event()
        except ValueError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()


def _parse_day(text: str, name: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = parse_iso(text)
    except ValueError:
        raise ValueError(f"{name} date: {text!r} is not a date in YYYY-MM-DD form") from None
    return value
