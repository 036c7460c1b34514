"""Our TIMEX3 tagger for English news: a grammar of precompiled rules (``grammar``) over a
lexicon (``lexicon``), with values turned into time spans by ``values``."""

from __future__ import annotations

from datetime import date

from timeline_app.core.tagger.grammar import RULES, Context, Found, Resolution
from timeline_app.core.tagger.values import time_span

__all__ = ["Found", "find_expressions", "time_span"]


def find_expressions(text: str, dct: date | None) -> list[Found]:
    """All temporal expressions of ``text``, sorted and not overlapping, resolved against ``dct``."""
    candidates: list[tuple[int, int, int, object]] = []
    for index, rule in enumerate(RULES):
        for match in rule.pattern.finditer(text):
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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _settle(cluster: list[tuple[int, int, int, object]], context: Context) -> list[Found]:
    """Longest candidates first; a rule that rejects its match lets the next one try."""
    chosen: list[Found] = []
    for start, end, index, match in sorted(cluster, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if any(start < f.end and f.start < end for f in chosen):
            continue
        resolution: Resolution | None = RULES[index].handle(match, context)  # type: ignore[arg-type]
        if resolution is None or not resolution.value:
            continue
        chosen.append(Found(start, end, resolution.type, resolution.value, resolution.mod))
    chosen.sort(key=lambda f: f.start)
    for item in chosen:
        if item.type in ("DATE", "TIME"):
            context.remember(item.value, item.end)
    return chosen
