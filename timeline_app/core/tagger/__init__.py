"""Our TIMEX3 tagger for English news: a grammar of precompiled rules (``grammar``) over a
lexicon (``lexicon``), with values turned into time spans by ``values``."""

from __future__ import annotations

import re
from datetime import date

from timeline_app.core.tagger.grammar import RULES, Context, Found, Resolution
from timeline_app.core.tagger.values import time_span

__all__ = ["Found", "find_expressions", "time_span"]


def find_expressions(text: str, dct: date | None) -> list[Found]:
    """All temporal expressions of ``text``, sorted and not overlapping, resolved against ``dct``."""
    candidates: list[tuple[int, int, int, object]] = []
    lower = _lower(text)
    windows: dict[object, list[tuple[int, int]]] = {}
    for index, rule in enumerate(RULES):
        key = rule.trigger.pattern if rule.trigger is not None else rule.words
        if key not in windows:
            windows[key] = _windows(text, lower, rule.words, rule.trigger)
        for low, high in windows[key]:
            for match in rule.pattern.finditer(text, low, high):
                start, end = _trim(text, match.start(), match.end())
                if end > start:
                    candidates.append((start, end, index, match))
    candidates.sort(key=lambda c: (c[0], -c[1]))
    context = Context(text, dct)
    found: list[Found] = []
    cluster: list[tuple[int, int, int, object]] = []
    cluster_end = -1
    for candidate in candidates:
        if cluster and candidate[0] >= cluster_end:
            found.extend(_settle(cluster, context))
            cluster = []
        cluster.append(candidate)
        cluster_end = max(cluster_end, candidate[1]) if len(cluster) > 1 else candidate[1]
    if cluster:
        found.extend(_settle(cluster, context))
    return found


REACH = 60  # no expression reaches further than this from its trigger word


def _lower(text: str) -> str:
    """Lower-cased text with the same offsets (a few characters lengthen when lowered)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _windows(text: str, lower: str, words: tuple[str, ...], trigger: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Stretches of text around each trigger, merged, where a rule's pattern can match."""
    hits: list[int] = []
    for word in words:
        haystack = lower if word.islower() or not word.isalpha() and word.lower() == word else text
        find = haystack.find
        position = find(word)
        while position >= 0:
            hits.append(position)
            position = find(word, position + 1)
    if trigger is not None:
        hits.extend(match.start() for match in trigger.finditer(text))
    if not words and trigger is None:
        return [(0, len(text))]
    hits.sort()
    merged: list[tuple[int, int]] = []
    size = len(text)
    for hit in hits:
        low, high = max(0, hit - REACH), min(size, hit + REACH)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _settle(cluster: list[tuple[int, int, int, object]], context: Context) -> list[Found]:
    """Longest candidates first; a rule that rejects its match lets the next one try."""
    chosen: list[tuple[Found, Resolution]] = []
    for start, end, index, match in sorted(cluster, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if any(start < f.end and f.start < end for f, _ in chosen):
            continue
        resolution: Resolution | None = RULES[index].handle(match, context)  # type: ignore[arg-type]
        if resolution is None or not resolution.value:
            continue
        chosen.append((Found(start, end, resolution.type, resolution.value, resolution.mod), resolution))
    chosen.sort(key=lambda pair: pair[0].start)
    for item, resolution in chosen:
        if item.type in ("DATE", "TIME"):
            context.remember(resolution, item.end)
    return [item for item, _ in chosen]
