"""Fixtures for window tests: a real temp database filled with events built by hand."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from timeline_app.core.model import Article, Event, Mention
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan
from timeline_app.ui.settings import open_settings


@dataclass
class Spec:
    """An event to build: its sentence and trigger are found in the article text."""

    title: str
    kind: str
    span: TimeSpan
    sentence: str
    trigger: str
    participants: tuple[str, ...] = ()


def mention_for(text: str, sentence: str, trigger: str) -> Mention:
    start = text.index(sentence)
    trigger_start = text.index(trigger, start)
    return Mention(start, start + len(sentence), trigger_start, trigger_start + len(trigger))


def add_article(
    store: Store, text: str, published: date, specs: list[Spec], title: str = "", source: Path | None = None
) -> list[int]:
    """Store an article with the given events; returns the event ids."""
    article = Article(
        text=text, title=title or text[:30], published=published, source_path=str(source) if source else ""
    )
    events = [
        Event(
            title=spec.title,
            kind=spec.kind,
            span=spec.span,
            participants=list(spec.participants),
            mentions=[mention_for(text, spec.sentence, spec.trigger)],
        )
        for spec in specs
    ]
    return list(store.add_article(article, events).event_ids)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "timeline.db") as opened:
        yield opened


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return open_settings(tmp_path / "settings.ini")
