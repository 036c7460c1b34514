"""Cross-article coreference: the same happening reported by several articles is one event.

Two events are the same when they have the same kind, share a participant (by surname or last
word, so "Alec Baldwin" meets "Baldwin") and their spans are compatible; the merged event keeps
every source and narrows to the most precise span consistent with all (``TimeSpan.intersection``).
A kind that happens once to its participants (a death, a conviction) whose sources disagree on
the date is kept as one event with status ``CONFLICT``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from timeline_app.core.model import Event, Status
from timeline_app.core.timespan import Precision, TimeSpan, as_day, format_day
from timeline_app.core.triggers import KIND_REPEAT

ARTICLE_BONUS = 0.25


def participant_keys(event: Event) -> list[str]:
    """Lookup keys for candidates: ``kind|last word of a participant``.

    An event that names nobody ("the shooting happened on October 21") takes the people its article
    is about (``Event.context``) instead; ``find_match`` then asks more of the match.
    """
    names = event.participants or event.context
    keys = {f"{event.kind}|{name.split()[-1].lower()}" for name in names if name.split()}
    return sorted(keys)


def may_merge(event: Event) -> bool:
    """False for kinds that recur (statements, launches) unless dated to a month or finer."""
    if KIND_REPEAT.get(event.kind, "many") != "many":
        return True
    return not event.span.is_open and event.span.precision.rank <= Precision.MONTH.rank


def needs_same_span(event: Event) -> bool:
    """True when ``find_match`` only accepts candidates with exactly the event's earliest and latest."""
    return KIND_REPEAT.get(event.kind, "many") == "many"


def needs_overlap(event: Event) -> bool:
    """True when ``find_match`` ignores candidates whose span does not overlap the event's (all kinds but
    those that happen once, where the first candidate is the conflicting match)."""
    return KIND_REPEAT.get(event.kind, "many") != "once"


def find_match(event: Event, candidates: Iterable[Event]) -> tuple[Event, bool] | None:
    """The stored event ``event`` reports again, and whether the sources disagree on its date.

    Candidates are read once, in order. A planned event that ``event`` reports as happened
    matches too ("his trial is scheduled for July", then "the trial opened on July 9").
    """
    repeat = KIND_REPEAT.get(event.kind, "many")
    first: Event | None = None
    for candidate in candidates:
        if _came_true(candidate, event) and candidate.span.intersection(_plain(event.span)) is not None:
            return candidate, False
        if candidate.kind != event.kind or not _same_status(candidate, event):
            continue
        if first is None and not _by_context(event, candidate):
            first = candidate
        if repeat == "many" and not _same_precise_span(candidate.span, event.span):
            continue
        if _by_context(event, candidate) and candidate.span.is_open and event.span.is_open:
            continue  # met only through who the articles are about: one of them must say when
        if candidate.span.intersection(event.span) is not None:
            return candidate, False
    if repeat == "once" and first is not None:
        return first, True
    return None


def _came_true(stored: Event, new: Event) -> bool:
    """A planned event (``stored``) that a later report (``new``) names as happened, by the same people."""
    return (
        stored.kind == new.kind
        and stored.status is Status.EXPECTED
        and new.status is Status.REPORTED
        and KIND_REPEAT.get(new.kind, "many") != "many"
        and not _by_context(stored, new)
        and not new.span.is_open
    )


def _plain(span: TimeSpan) -> TimeSpan:
    return replace(span, expected=False) if span.expected else span


def _by_context(a: Event, b: Event) -> bool:
    """True when one of the two names nobody: they meet through their articles' people, not their own."""
    return not a.participants or not b.participants


def merge_into(stored: Event, new: Event, conflict: bool) -> Event:
    """``stored`` updated with a new source's report (mentions are added by the store)."""
    if conflict:
        stored.span = _hull(stored.span, new.span)
        stored.status = Status.CONFLICT
        note = f"sources disagree on the date: {new.span.label}"
        stored.notes = f"{stored.notes}; {note}" if stored.notes else note
    elif _came_true(stored, new):
        narrowed = _plain(stored.span).intersection(_plain(new.span))
        assert narrowed is not None
        stored.span, stored.status = _plain(narrowed), Status.REPORTED
    elif stored.status is not Status.CORRECTED:
        narrowed = stored.span.intersection(new.span)
        assert narrowed is not None
        stored.span = narrowed
    for name in new.participants:
        if name not in stored.participants and name.split()[-1] not in {p.split()[-1] for p in stored.participants}:
            stored.participants.append(name)
    if stored.status is not Status.CORRECTED and _better_title(new.title, stored.title):
        stored.title = new.title
    stored.confidence = max(stored.confidence, new.confidence)
    stored.salience = round(max(stored.salience, new.salience) + ARTICLE_BONUS, 3)
    return stored


VAGUE = frozenset(("it", "they", "them", "this", "that"))


def _better_title(candidate: str, current: str) -> bool:
    """Prefer a title that names what it is about over one with a bare pronoun or a lone noun."""

    def vague(title: str) -> bool:
        return bool(VAGUE & set(title.lower().split())) or len(title.split()) < 2

    return vague(current) and not vague(candidate)


def _same_status(a: Event, b: Event) -> bool:
    return (a.status is Status.EXPECTED) == (b.status is Status.EXPECTED)


def _same_precise_span(a: TimeSpan, b: TimeSpan) -> bool:
    precise = Precision.MONTH.rank
    return (
        not a.is_open
        and not b.is_open
        and a.precision.rank <= precise
        and b.precision.rank <= precise
        and (a.earliest == b.earliest and a.latest == b.latest)
    )


def _hull(a: TimeSpan, b: TimeSpan) -> TimeSpan:
    """The smallest span covering both (sources disagree: show the whole range they claim)."""
    earliest = None if a.earliest is None or b.earliest is None else min(as_day(a.earliest), as_day(b.earliest))
    latest = None if a.latest is None or b.latest is None else max(as_day(a.latest), as_day(b.latest))
    if earliest is None and latest is None:
        return TimeSpan.unknown()
    if earliest is None or latest is None:
        return TimeSpan(earliest, latest, Precision.OPEN, mod="BEFORE" if earliest is None else "ON_OR_AFTER")
    hint = f"{format_day(earliest)} – {format_day(latest)} (disputed)"
    return TimeSpan.between(earliest, latest, hint=hint)
