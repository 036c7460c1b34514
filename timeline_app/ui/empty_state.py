"""The friendly page shown instead of the timeline when there is nothing to draw yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from timeline_app.core.paths import sample_files


class EmptyState(QWidget):
    """A centred message with "Import articles…" and "Open the sample timeline"."""

    importRequested = Signal()
    sampleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("Your timeline is empty", self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setFixedWidth(self.fontMetrics().averageCharWidth() * 64)
        self.import_button = QPushButton("&Import articles…", self)
        self.import_button.setAccessibleName("Import articles")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.importRequested)
        self.sample_button = QPushButton("Open the &sample timeline", self)
        self.sample_button.setAccessibleName("Open the sample timeline")
        self.sample_button.clicked.connect(self.sampleRequested)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(self.fontMetrics().height())
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.set_articles(0)

    def set_articles(self, articles: int) -> None:
        """Adapt the message to a store with no articles, or articles but no events found."""
        if articles == 0:
            self.heading.setText("Your timeline is empty")
            self.message.setText(
                "Import news articles (or drop files and folders here) and Chronicle will find the events in them "
                "and place them on a timeline. Or start with the sample: "
                f"{len(sample_files())} articles about one case."
            )
        else:
            noun = "article" if articles == 1 else "articles"
            self.heading.setText("No events found yet")
            self.message.setText(
                f"{articles} {noun} imported, but no events were found in them. Import more articles, "
                "or open the sample timeline."
            )
        self.message.setMinimumHeight(self.message.heightForWidth(self.message.width()))
