"""The side panel: the selected event and its source article, evidence highlighted.

The article is shown as plain text (never interpreted as HTML). Highlights are placed on
exact character offsets from the event's mentions, converted to the UTF-16 positions Qt
counts in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.store import Store
from timeline_app.core.timespan import format_day


def utf16_position(text: str, index: int) -> int:
    """The UTF-16 code unit position of Python character ``index`` in ``text``."""
    index = max(0, min(index, len(text)))
    prefix = text[:index]
    if prefix.isascii():
        return index
    return index + sum(1 for char in prefix if ord(char) > 0xFFFF)


QUOTE_CHARS = 90


class ArticlePanel(QWidget):
    """Details of one event and the source sentence that supports it."""

    editRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.current_event: Event | None = None
        self.article: Article | None = None
        self.mentions: list[Mention] = []  # the shown article's evidence for the event
        self.sources: list[list[Mention]] = []  # the event's mentions, grouped by article
        self._articles: dict[int, Article | None] = {}
        self._build()
        self.show_event(None)

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title_label.setFont(font)
        self.title_label.setAccessibleName("Event title")
        self.title_label.setTextFormat(self.title_label.textFormat().PlainText)

        self.when_label = self._value_label("Date")
        self.kind_label = self._value_label("Kind")
        self.participants_label = self._value_label("Participants")
        self.status_label = self._value_label("Status")
        form = QFormLayout()
        form.addRow("Date:", self.when_label)
        form.addRow("Kind:", self.kind_label)
        form.addRow("Who:", self.participants_label)
        form.addRow("Status:", self.status_label)

        self.sources_label = QLabel("&Sources:", self)
        self.source_list = QListWidget(self)
        self.source_list.setAccessibleName("Sources")
        self.source_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.source_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.source_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.source_list.setAlternatingRowColors(True)
        self.sources_label.setBuddy(self.source_list)
        self.source_list.currentRowChanged.connect(self.show_source)

        self.article_label = QLabel(self)
        self.article_label.setWordWrap(True)
        self.article_label.setTextFormat(self.article_label.textFormat().PlainText)
        self.article_label.setAccessibleName("Article")
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setCenterOnScroll(True)
        self.text_view.setAcceptDrops(False)  # dropped files go to the window, which imports them
        self.text_view.setAccessibleName("Source article text")
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.open_button = QPushButton("&Open original file", self)
        self.open_button.setAccessibleName("Open the original article file")
        self.open_button.clicked.connect(self.open_original)
        self.edit_button = QPushButton("&Edit event…", self)
        self.edit_button.setAccessibleName("Edit this event")
        self.edit_button.clicked.connect(self._request_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(form)
        layout.addWidget(self.sources_label)
        layout.addWidget(self.source_list)
        layout.addWidget(self.article_label)
        layout.addWidget(self.text_view, 1)
        layout.addLayout(buttons)

    def _value_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(label.textFormat().PlainText)
        label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    # -- showing ------------------------------------------------------------------------

    def set_store(self, store: Store | None) -> None:
        self.store = store
        self._articles.clear()
        self.show_event(None)

    def show_event(self, event_id: int | None) -> None:
        """Show an event (``None`` or an unknown id clears the panel)."""
        event = self.store.event(event_id) if self.store is not None and event_id is not None else None
        self.current_event = event
        self._articles.clear()
        self.source_list.blockSignals(True)
        self.source_list.clear()
        self.source_list.blockSignals(False)
        self.sources = _by_article(event.mentions) if event is not None else []
        if event is None:
            self._show_nothing()
            return
        self.title_label.setText(event.title)
        self.when_label.setText(event.span.label)
        self.kind_label.setText(event.kind)
        self.participants_label.setText(", ".join(event.participants) or "—")
        self.status_label.setText(event.status.value)
        self.edit_button.setEnabled(True)
        for mentions in self.sources:
            item = QListWidgetItem(self._source_name(mentions), self.source_list)
            item.setToolTip(item.text())
        several = len(self.sources) > 1
        self.sources_label.setText(f"&Sources ({len(self.sources)} articles):")
        self.sources_label.setVisible(several)
        self.source_list.setVisible(several)
        if self.sources:
            self.source_list.setCurrentRow(0)
            self.show_source(0)
        else:
            self._show_article(None, [])

    def _show_nothing(self) -> None:
        self.title_label.setText("No event selected")
        for label in (self.when_label, self.kind_label, self.participants_label, self.status_label):
            label.setText("")
        self.sources_label.hide()
        self.source_list.hide()
        self.edit_button.setEnabled(False)
        self._show_article(None, [])
        self.text_view.setPlainText("Click an event on the timeline or in the list to see its source here.")

    def show_source(self, index: int) -> None:
        """Show the event's ``index``-th source article with all its evidence highlighted."""
        if self.current_event is None or not 0 <= index < len(self.sources):
            return
        mentions = self.sources[index]
        article = self._article(mentions[0].article_id)
        self._show_article(article, mentions)
        if self.source_list.currentRow() != index:
            self.source_list.setCurrentRow(index)

    def _article(self, article_id: int | None) -> Article | None:
        if article_id is None or self.store is None:
            return None
        if article_id not in self._articles:
            self._articles[article_id] = self.store.article(article_id)
        return self._articles[article_id]

    def _source_name(self, mentions: list[Mention]) -> str:
        """Two lines: when and which article, then the start of its first evidence sentence."""
        article = self._article(mentions[0].article_id)
        if article is None:
            return "(missing article)"
        published = format_day(article.published) if article.published else "undated"
        quote = " ".join(mentions[0].quote(article.text).split())
        if len(quote) > QUOTE_CHARS:
            quote = quote[:QUOTE_CHARS].rstrip() + "…"
        count = f"{len(mentions)} sentences: " if len(mentions) > 1 else ""
        return f"{published} · {article.title}\n{count}“{quote}”"

    def _show_article(self, article: Article | None, mentions: list[Mention]) -> None:
        self.article = article
        self.mentions = mentions
        self.text_view.setExtraSelections([])
        if article is None:
            self.article_label.setText("")
            self.text_view.setPlainText("No source text for this event." if self.current_event is not None else "")
            self.open_button.setEnabled(False)
            self.open_button.setToolTip("")
            return
        published = format_day(article.published) if article.published else "undated"
        self.article_label.setText(f"{article.title}\nPublished {published}")
        self.text_view.setPlainText(article.text)
        path = Path(article.source_path) if article.source_path else None
        exists = path is not None and path.is_file()
        self.open_button.setEnabled(exists)
        self.open_button.setToolTip(str(path) if exists else "The original file is not available")
        if mentions:
            self._highlight(article.text, mentions)

    # -- highlighting -------------------------------------------------------------------

    def _cursor(self, text: str, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(utf16_position(text, start))
        cursor.setPosition(utf16_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _highlight(self, text: str, mentions: list[Mention]) -> None:
        palette = self.text_view.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        sentence_format = QTextCharFormat()
        soft = QColor(accent)
        soft.setAlpha(70)
        sentence_format.setBackground(soft)
        trigger_format = QTextCharFormat()
        trigger_format.setBackground(accent)
        trigger_format.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        trigger_format.setFontWeight(QFont.Weight.Bold)
        selections = []
        for mention in mentions:
            for start, end, char_format in (
                (mention.start, mention.end, sentence_format),
                (mention.trigger_start, mention.trigger_end, trigger_format),
            ):
                if 0 <= start < end <= len(text):
                    selection = QTextEdit.ExtraSelection()
                    selection.cursor = self._cursor(text, start, end)
                    selection.format = char_format
                    selections.append(selection)
        self.text_view.setExtraSelections(selections)
        anchor = QTextCursor(self.text_view.document())
        anchor.setPosition(utf16_position(text, min(mentions[0].start, len(text))))
        self.text_view.setTextCursor(anchor)
        self.text_view.centerCursor()

    def highlighted_texts(self) -> list[str]:
        """The texts currently highlighted: each evidence sentence, then its trigger."""
        return [
            selection.cursor.selectedText().replace("\u2029", "\n") for selection in self.text_view.extraSelections()
        ]

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.article is not None and self.mentions:
            self._highlight(self.article.text, self.mentions)

    # -- actions ------------------------------------------------------------------------

    def open_original(self) -> bool:
        if self.article is None or not self.article.source_path:
            return False
        path = Path(self.article.source_path)
        if not path.is_file():
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _request_edit(self) -> None:
        if self.current_event is not None and self.current_event.id is not None:
            self.editRequested.emit(self.current_event.id)


def _by_article(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by their article, articles in order of first mention."""
    groups: dict[int | None, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(mention.article_id, []).append(mention)
    return list(groups.values())
