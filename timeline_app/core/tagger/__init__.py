"""Our TIMEX3 tagger for English news: a grammar of precompiled rules (``grammar``) over a
lexicon (``lexicon``), with values turned into time spans by ``values``."""

from __future__ import annotations

import re
from datetime import date

from timeline_app.core.tagger.grammar import (
    ASCII_DIGIT_TRIGGER,
    DIGIT_RULES,
    DIGIT_TRIGGER,
    RULES,
    TRIGGER_PREFIXES,
    WORD_RULES,
    WORD_TRIGGER,
    Context,
    Found,
    Resolution,
)
from timeline_app.core.tagger.lexicon import trie_pattern
from timeline_app.core.tagger.values import time_span

__all__ = ["Found", "find_expressions", "time_span"]


def find_expressions(text: str, dct: date | None, full_scan: bool = False) -> list[Found]:
    """All temporal expressions of ``text``, sorted and not overlapping, resolved against ``dct``.

    Each rule runs only near its trigger words; ``full_scan`` runs every rule over the whole
    text instead (slow; tests use it to check that the triggers lose nothing)."""
    candidates: list[tuple[int, int, int, object]] = []
    lower = _lower(text)
    hits_of: dict[int, list[int]] = {}  # rule index -> its trigger offsets (any order, as in _windows)
    positions: dict[str, list[int]] = {}
    for match in WORD_TRIGGER.finditer(" " + lower):
        for word in TRIGGER_PREFIXES[match.group()[1:]]:
            found_at = positions.get(word)
            if found_at is None:
                positions[word] = [match.start()]
            else:
                found_at.append(match.start())
    digits = ASCII_DIGIT_TRIGGER if lower.isascii() else DIGIT_TRIGGER
    for match in digits.finditer(lower):
        for index in DIGIT_RULES[match.lastgroup or ""]:
            _hits(hits_of, index).append(match.start())
    capitals: dict[str, list[int]] = {}  # hits of a word written with a capital (rules share them)
    for word, word_hits in positions.items():  # only the trigger words present: a few of 150
        for index, rule in WORD_RULES[word]:
            if rule.capital:
                if word not in capitals:
                    capitals[word] = [hit for hit in word_hits if text[hit].isupper()]
                kept = capitals[word]
            else:
                kept = word_hits
            if rule.after is not None:
                kept = [hit for hit in kept if rule.after.match(lower, hit)]
            guard = rule.before
            if guard is not None:
                kept = [hit for hit in kept if guard.search(lower, hit - GUARD if hit > GUARD else 0, hit)]
            if kept:
                _hits(hits_of, index).extend(kept)
    if full_scan:
        ordered: list[int] | dict[int, list[int]] = list(range(len(RULES)))
    else:
        ordered = sorted(hits_of)  # rules in their order, as their candidates were always listed
    for index in ordered:
        rule = RULES[index]
        spans = [(0, len(text))] if full_scan else _windows(hits_of[index], len(text), rule.reach)
        pattern = rule.pattern
        for low, high in spans:
            for match in pattern.finditer(text, low, high):
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


GUARD = 30  # how far before a trigger word a rule's guard looks
TRIGGER_LENGTH = 12  # reaches count from the end of a trigger word, at most this long


def _hits(hits_of: dict[int, list[int]], index: int) -> list[int]:
    hits = hits_of.get(index)
    if hits is None:
        hits = hits_of[index] = []
    return hits


def _lower(text: str) -> str:
    """Lower-cased text with the same offsets (a few characters lengthen when lowered)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _windows(hits: list[int], size: int, reach: tuple[int, int]) -> list[tuple[int, int]]:
    """Stretches of text around each trigger, merged, where a rule's pattern can match."""
    hits.sort()
    before, after = reach
    after += TRIGGER_LENGTH
    merged: list[tuple[int, int]] = []
    high = -1
    for hit in hits:
        low = hit - before if hit > before else 0
        if merged and low <= high:
            high = hit + after
            merged[-1] = (merged[-1][0], high)
        else:
            high = hit + after
            merged.append((low, high))
    if merged and high > size:
        merged[-1] = (merged[-1][0], size)
    return merged


_POSSESSIVE = re.compile(r"['’]s\b")
_APPROX = re.compile(
    r"\b" + trie_pattern(["around", "about", "approximately", "roughly", "circa"]) + r"\s+$", re.IGNORECASE
)


def _approximate(text: str, found: Found) -> Found:
    """ "around Nov. 1": the hedge belongs to the expression (TIMEX3 mod APPROX)."""
    if found.mod or found.type not in ("DATE", "TIME") or not found.value[:1].isdigit():
        return found
    hedge = _APPROX.search(text, max(0, found.start - 16), found.start)
    if hedge is None or _POSSESSIVE.match(text, found.end):
        return found  # "get around Wednesday's ruling": a preposition before a possessive
    return Found(hedge.start(), found.end, found.type, found.value, "APPROX", found.span)


_SUFFIX = re.compile(
    r"\s+(?:(?P<so>or\s+so)|(?P<after>or\s+later|or\s+after|and\s+beyond)|(?P<before>or\s+earlier|or\s+before))(?![\w-])",
    re.IGNORECASE,
)


def _preceding(words: str) -> re.Pattern[str]:
    """A pattern for one of ``words`` (an alternation) right before a position (search up to it)."""
    return re.compile(rf"(?<![\w-])(?:{words})\s+$", re.IGNORECASE)


_THIS_BEFORE = _preceding("this|the")
_MORE_BEFORE = _preceding("more|most")
_THEN_BEFORE = _preceding("then")
_RIGHT_BEFORE = _preceding("right")
_ARTICLE_BEFORE = _preceding("an?|the")
_TIMES_BEFORE = _preceding(
    r"once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+times"
)
_EARLIER_IN_BEFORE = _preceding(r"(?P<w>earlier|later)\s+in")
_UNIT_BEFORE = re.compile(r"\b(?:ago|(?:year|month|week|day|decade|hour|minute)s?)\s+$", re.IGNORECASE)
_YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?$")
_ORDINAL_AFTER = re.compile(r"\s+(?:the\s+)?(?P<d>[123]?\d)(?:st|nd|rd|th)(?![\w-])")
_ORDINAL_FIRST = frozenset("0123456789tT")
_PERIOD_NOUN = re.compile(r"\s+(?:period|span|stretch|term|window|time\s+frame|timeframe)(?![\w-])", re.IGNORECASE)
_PAST_OR_COMING = re.compile(r"(?:past|coming|previous|following)\s", re.IGNORECASE)


def _extend(text: str, found: Found) -> Found:
    """Words around an expression that belong to it: "1994 or later" (ON_OR_AFTER), "the next two
    years or so" (APPROX), "this past spring", "the previous Friday", "right now"."""
    start, end, mod = found.start, found.end, found.mod
    suffix = _SUFFIX.match(text, end) if not mod and found.type in ("DATE", "DURATION") else None
    if suffix is not None and suffix["so"]:
        end, mod = suffix.end(), "APPROX"
    elif suffix is not None and found.type == "DATE" and found.value[:1].isdigit():
        end, mod = suffix.end(), "ON_OR_AFTER" if suffix["after"] else "ON_OR_BEFORE"
    if found.type == "SET":
        times = _TIMES_BEFORE.search(text, max(0, start - 24), start)  # "twice a week": one set
        start = times.start() if times else start
    if found.type == "DURATION" and "-" in text[start:end]:
        noun = _PERIOD_NOUN.match(text, end)  # "a three-year period": the noun phrase is the expression
        if noun is not None:
            end = noun.end()
            article = _ARTICLE_BEFORE.search(text, max(0, start - 5), start)
            start = article.start() if article else start
    if text[start - 4 : start] == " in " and not mod and found.type == "DATE" and _YEAR_OR_MONTH.match(found.value):
        earlier = _EARLIER_IN_BEFORE.search(text, max(0, start - 12), start)  # "later in 2013", "earlier in March"
        if earlier is not None and not _UNIT_BEFORE.search(text, max(0, earlier.start() - 10), earlier.start()):
            start, mod = earlier.start(), "START" if earlier["w"].lower() == "earlier" else "END"
    if (
        text[end + 1 : end + 2] in _ORDINAL_FIRST
        and text[end] == " "
        and len(found.value) == 10
        and text[start].isupper()
    ):
        day = _ORDINAL_AFTER.match(text, end)  # "Wednesday 20th": the day of the month of that weekday
        same = day is not None and found.value[8:].isdigit() and int(day["d"]) == int(found.value[8:])
        if day is not None and same and not text[start:end][-1].isdigit():
            end = day.end()
    if found.type == "DATE" and _PAST_OR_COMING.match(text, start):
        this = _THIS_BEFORE.search(text, max(0, start - 6), start)
        start = this.start() if this else start
    elif found.value == "PRESENT_REF" and text[start : start + 3].lower() == "now":
        right = _RIGHT_BEFORE.search(text, max(0, start - 7), start)
        start = right.start() if right else start
    elif found.value == "PRESENT_REF" and text[start : start + 7].lower() == "current":
        then = _THEN_BEFORE.search(text, max(0, start - 6), start)  # "the then current price": a past present
        if then is not None:
            return Found(then.start(), end, found.type, "PAST_REF", mod)
    elif found.value == "PAST_REF" and text[start : start + 8].lower() == "recently":
        more = _MORE_BEFORE.search(text, max(0, start - 6), start)  # "more recently", "most recently"
        start = more.start() if more else start
    if (start, end, mod) == (found.start, found.end, found.mod):
        return found
    return Found(start, end, found.type, found.value, mod, found.span if mod == found.mod else None)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _settle(cluster: list[tuple[int, int, int, object]], context: Context) -> list[Found]:
    """Longest candidates first; a rule that rejects its match lets the next one try."""
    chosen: list[tuple[Found, Resolution]] = []
    ordered = cluster if len(cluster) == 1 else sorted(cluster, key=lambda c: (c[0] - c[1], c[2], c[0]))
    for start, end, index, match in ordered:
        if chosen and any(start < f.end and f.start < end for f, _ in chosen):
            continue
        resolution: Resolution | None = RULES[index].handle(match, context)  # type: ignore[arg-type]
        if resolution is None or not resolution.value:
            continue
        found = Found(start + resolution.skip, end, resolution.type, resolution.value, resolution.mod, resolution.span)
        chosen.append((found, resolution))
    if len(chosen) > 1:
        chosen.sort(key=lambda pair: pair[0].start)
    out: list[Found] = []
    text = context.text
    for found, resolution in chosen:
        item = _extend(text, _approximate(text, found))
        if out and out[-1].end > item.start:
            continue
        out.append(item)
        context.note_period(item.value, item.end)
        if item.type in ("DATE", "TIME"):
            context.remember(resolution, item.end)
    return out
