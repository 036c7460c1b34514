"""Word tokens with character offsets into the article text."""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[,.]\d+)+|\w+(?:[-'’&.]\w+)*(?:['’]s?)?|[^\w\s]")
_POSSESSIVE = ("'s", "’s", "'", "’")


class Token(NamedTuple):
    """A word or punctuation mark.

    ``lower`` drops a possessive ending ("Baldwin’s" -> "baldwin"); ``bare`` is the word without
    it ("Baldwin"); ``possessive`` says whether it had one.
    """

    text: str
    lower: str
    start: int
    end: int
    bare: str
    possessive: bool


# Builds a Token without the generated ``__new__`` (a Python call per token): the same tuple.
_new_token = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    tokens: list[Token] = []
    append = tokens.append
    find = text.find
    finish = start
    # Only white space lies between tokens (any other character starts one), so each word is found
    # at the first place it occurs after the previous one: no match objects needed.
    for word in _TOKEN.findall(text, start, len(text) if end is None else end):
        begin = find(word, finish)
        finish = begin + len(word)
        last = word[-1]
        if last in "'’" or (last == "s" and len(word) > 3 and word[-2] in "'’"):
            append(_possessive_token(word, begin, finish))
            continue
        lower = word.lower()
        if "’" in lower:
            lower = lower.replace("’", "'")
        append(_new_token(Token, (word, lower, begin, finish, word, False)))
    return tokens


def _possessive_token(word: str, start: int, end: int) -> Token:
    bare = word
    for ending in _POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            bare = word[: -len(ending)]
            break
    lower = word.lower()
    if lower.endswith(("'s", "’s")) and len(lower) > 3:
        lower = lower[:-2]
    return Token(word, lower.replace("’", "'"), start, end, bare, len(word) > 2)


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (for lexicon tables)."""
    return frozenset(words.split())
