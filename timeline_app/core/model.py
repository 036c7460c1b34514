"""Domain types: articles, the events found in them, and the mentions linking the two."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from timeline_app.core.timespan import TimeSpan


class Status(str, Enum):
    """How an event stands: reported as fact, expected, disputed by sources, or edited by hand."""

    REPORTED = "reported"
    EXPECTED = "expected"
    CONFLICT = "conflict"
    CORRECTED = "corrected"


@dataclass
class Article:
    """One imported article. ``text`` is stored exactly, so character offsets stay valid."""

    text: str
    title: str
    published: date | None
    source_path: str = ""
    format: str = "txt"
    id: int | None = None
    imported_at: str = ""

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Mention:
    """Where an event is named: the evidence sentence and the trigger words, as offsets."""

    start: int
    end: int
    trigger_start: int
    trigger_end: int
    article_id: int | None = None
    event_id: int | None = None
    id: int | None = None

    def quote(self, text: str) -> str:
        return text[self.start : self.end]

    def trigger(self, text: str) -> str:
        return text[self.trigger_start : self.trigger_end]


QUIET_KINDS = frozenset(("statement", "announcement"))
QUIET_SALIENCE = 0.1
"""Sayings below this salience (a quote's attribution, a saying that is not news in itself) are
listed but left off the timeline when it is zoomed out; another article reporting one lifts it."""


def is_quiet(kind: str, salience: float) -> bool:
    """A saying the zoomed-out timeline leaves out (see ``QUIET_SALIENCE``).

    A salience of 0 means the event was never scored (made by hand or by a test): never quiet.
    """
    return kind in QUIET_KINDS and 0.0 < salience < QUIET_SALIENCE


@dataclass
class Event:
    """Something that happened (or is expected to), with an honest time span and its sources."""

    title: str
    kind: str
    span: TimeSpan
    participants: list[str] = field(default_factory=list)
    status: Status = Status.REPORTED
    confidence: float = 0.5
    salience: float = 0.0
    notes: str = ""
    mentions: list[Mention] = field(default_factory=list)
    id: int | None = None
    context: list[str] = field(default_factory=list)  # who its article is about, to merge an event naming nobody
