"""Sentences with character offsets, for news text.

Abbreviations ("Oct.", "Mr.", "U.S.", "Inc."), initials ("J. K. Rowling") and full stops inside
quotations do not end a sentence; a line break always does (headlines, paragraphs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline_app.core.tokens import word_set

# Words that never end a sentence when followed by a full stop.
TITLES = word_set(
    "mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr rev hon pres supt insp det atty"
    " approx dept est"
)
NUMBERING = word_set("no vol fig")  # abbreviations only before a number
MONTHS = word_set("jan feb mar apr jun jul aug sep sept oct nov dec")
# Words that end a sentence only when the next word clearly starts a new one.
COMPANY = word_set("inc corp co ltd llc plc bros cos int'l intl")
STARTERS = word_set(
    "the a an in on at he she it they we i but and this that these those there his her their its"
    " meanwhile however after before when while after during since later earlier according police officials"
)

# Dotted US state and district abbreviations: after "City, " they end a sentence before a capital
# ("in Buffalo, N.Y. Slepian said"), unlike "U.S." or "U.N." ("On Monday, U.S. President ...").
STATES = frozenset(["n.y", "n.j", "n.h", "n.m", "n.c", "n.d", "s.c", "s.d", "r.i", "d.c", "w.va"])
_PLACE_BEFORE = re.compile(r"[A-Z][A-Za-z.'’-]*,\s+$")

# A run of stops (closing marks may follow) before white space, or a line break. Written to open with
# one character class so the search skips to the next ".", "!", "?" or line break in C.
_CANDIDATE = re.compile(r"[.!?\n](?:(?<=\n)|[.!?]*[\"'”’)\]]*(?=\s))")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’]*)\.$")
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.)*[A-Za-z]$")
_NEXT_WORD = re.compile(r"\s*[\"'“‘(]*([A-Za-z0-9]+)")


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into its text; ``paragraph`` counts blank-line separated blocks."""

    start: int
    end: int
    paragraph: int
    index: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order, trimmed of surrounding white space."""
    sentences: list[tuple[int, int]] = []
    start = 0
    for match in _CANDIDATE.finditer(text):
        stop, end = match.span()
        if text[stop] != "\n" and not _ends_sentence(text, start, stop, end):  # a line break always ends one
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return _number(sentences, text)


MAX_SENTENCE = 1200  # characters; run-on text is cut at a clause break so work per sentence stays bounded


def _append(sentences: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = _break_point(text, start, start + MAX_SENTENCE)
        _append(sentences, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        sentences.append((start, end))


def _break_point(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long sentence: after the last ';' or ',' before ``limit``, else a space."""
    for mark in (";", ",", " "):
        index = text.rfind(mark, start + MAX_SENTENCE // 2, limit)
        if index > start:
            return index + 1
    return limit


def _number(sentences: list[tuple[int, int]], text: str) -> list[Sentence]:
    """Index and paragraph numbers: a new paragraph after any line break between sentences."""
    numbered: list[Sentence] = []
    paragraph = 0
    previous_end = 0
    for index, (start, end) in enumerate(sentences):
        if index and "\n" in text[previous_end:start]:
            paragraph += 1
        numbered.append(Sentence(start, end, paragraph, index))
        previous_end = end
    return numbered


def _ends_sentence(text: str, start: int, stop: int, end: int) -> bool:
    """Whether the punctuation at ``stop`` really closes the sentence begun at ``start``."""
    if _inside_quote(text, start, stop) and not text[stop:end].rstrip(".!?").strip():
        return False
    if text[stop] != ".":
        return True
    if end - stop > 1 and text[stop + 1] == ".":
        return True  # an ellipsis or "..." style stop
    low = max(start, stop - 30)
    low = max(low, text.rfind(" ", low, stop) + 1)  # no word before the stop spans a space: search after it
    before = _WORD_BEFORE.search(text, low, stop + 1)
    if before is None:
        return True
    word = before.group(1).rstrip(".").lower()
    following = _NEXT_WORD.match(text, end)
    next_word = following.group(1) if following else ""
    if not next_word:
        return True
    if word in NUMBERING:
        return not next_word[0].isdigit()  # "No. 2", but "said no. He left"
    if word in TITLES or (word in MONTHS and next_word[0].isdigit()):
        return False
    if next_word[0].islower() or next_word[0].isdigit() and word in MONTHS:
        return False
    if word in STATES and next_word[0].isupper() and _PLACE_BEFORE.search(text, max(start, stop - 60), before.start()):
        return True
    if word in COMPANY or len(word.replace(".", "")) <= 3 and _INITIALISM.match(before.group(1).rstrip(".")):
        return next_word.lower() in STARTERS or _surname_subject(text, following.end() if following else end)
    return True


def _surname_subject(text: str, word_end: int) -> bool:
    """The capitalised word ending at ``word_end`` is a surname the article gives with a first name
    elsewhere, and a lower-case word follows it: a new sentence ("in the U.S. Jobs also noted",
    "Steve Jobs" told before), not a name's part ("U.S. President Ford", "U.S. Steel")."""
    start = word_end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:word_end]
    if not word[:1].isupper() or not word[1:].islower() or not _LOWER_NEXT.match(text, word_end, word_end + 3):
        return False
    if not _told_elsewhere(text, " " + word, word_end):
        return False  # no other " Word" in the text: no first name can precede it elsewhere
    # "First Word", not "the State Senate"; the capital comes first, then the checks before it (no word
    # character, no "the "), so the search skips in C to the next capital.
    pattern = re.compile(rf"[A-Z](?<!\w[A-Z])(?<![Tt]he [A-Z])[a-z]+ {re.escape(word)}\b")
    return any(match.end() != word_end for match in pattern.finditer(text))


_LOWER_NEXT = re.compile(r"\s+[a-z]")


def _told_elsewhere(text: str, phrase: str, end: int) -> bool:
    """Whether ``phrase`` occurs in ``text`` other than ending at ``end``."""
    first = text.find(phrase)
    return first >= 0 and (first + len(phrase) != end or text.find(phrase, first + 1) >= 0)


def _inside_quote(text: str, start: int, stop: int) -> bool:
    """True when a quotation opened in ``text[start:stop]`` is still open."""
    straight = text.count('"', start, stop) % 2 == 1
    curly = text.count("“", start, stop) > text.count("”", start, stop)
    return straight or curly
