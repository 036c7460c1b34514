"""Words of English temporal expressions and the regular-expression pieces built from them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}

UNITS: dict[str, str] = {
    "second": "S",
    "minute": "MIN",
    "hour": "H",
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
}

ONES: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
VAGUE_NUMBERS = (
    "a few",
    "a couple of",
    "a couple",
    "couple of",
    "few",
    "several",
    "many",
    "some",
    "numerous",
    "a number of",
)

MODIFIERS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "nearly": "APPROX",
    "almost": "APPROX",
    "some": "APPROX",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "longer than": "MORE_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}


def trie_pattern(words: Iterable[str], space: str = r"\ ") -> str:
    """A regular expression matching any of ``words`` that branches letter by letter (fast in ``re``);
    a space in a word stands for ``space``. Where several words match, the longest is tried first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            (space if char == " " else re.escape(char)) + build(child) for char, child in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first (so "sept" beats "sep"), written as a trie: the
    words that match at one place are prefixes of each other, so the trie tries them in the same
    order, with one branch per letter instead of one per word (much faster in ``re``)."""
    return "(?:" + trie_pattern({str(w) for w in words}, space=r"\s+") + ")"


def _month_pattern() -> str:
    full = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
    short = [m for m in MONTHS if len(m) <= 4 and m not in full]
    return r"(?:" + alternation(full) + r"|" + alternation(short) + r"\.?)"


MONTH = _month_pattern()
WEEKDAY = (
    r"(?:"
    + alternation([w for w in WEEKDAYS if len(w) > 4])
    + r"|"
    + alternation([w for w in WEEKDAYS if len(w) <= 5 and not w.endswith("day")])
    + r"\.)"
)
SEASON = alternation(SEASONS)
PART_OF_DAY = alternation(PARTS_OF_DAY)
_ONE_WORD = alternation(ONES)
_TEN_WORD = alternation(TENS)
NUMBER_WORD = rf"(?:{_TEN_WORD}(?:[\s-]+{alternation([w for w in ONES if ONES[w] < 10 and ONES[w] > 0])})?|{_ONE_WORD})"
_HUNDREDS = r"(?:an?|one|two|three|four|five|several)\s+hundred"
NUMBER = (
    rf"(?:{_HUNDREDS}|\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\.\d+)?|{NUMBER_WORD}|an?|{alternation(VAGUE_NUMBERS)})"
)
UNIT = r"(?:second|minute|hour|day|week|weekend|month|quarter|year|decade|centur(?:y|ie))"
ORDINAL = alternation(ORDINALS)
MODIFIER = alternation(MODIFIERS)


def number_value(text: str) -> float | None:
    """The number a word or digits stand for; ``None`` for vague amounts ("several")."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    joined = " ".join(words)
    if joined in ("a", "an", "one"):
        return 1
    if words[-1] == "hundred":
        head = number_value(" ".join(words[:-1])) if len(words) > 1 else 1
        return None if head is None else head * 100
    try:
        return float(joined.replace(",", "") if joined[:1].isdigit() else joined)  # "1,000"
    except ValueError:
        pass
    total = 0
    for word in words:
        if word in TENS:
            total += TENS[word]
        elif word in ONES:
            total += ONES[word]
        else:
            return None
    return total
