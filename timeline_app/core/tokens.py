"""Word tokens with character offsets into the article text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[,.]\d+)+|\w+(?:[-'’&.]\w+)*(?:['’]s?)?|[^\w\s]")
# A plain lower-case word, the commonest token, exactly where ``_TOKEN`` would match it alone (nothing
# word-like follows): it is its own lower form and no possessive.
_PLAIN = r"[a-z]+(?![\w'’]|[-&.]\w)"
# The same tokens, each with the white space before it (offsets follow from the lengths); a plain word
# comes in the second group, any other token in the third.
_SPACED_TOKEN = re.compile(rf"(\s*)(?:({_PLAIN})|({_TOKEN.pattern}))")
_POSSESSIVE = ("'s", "’s", "'", "’")


@dataclass(slots=True)
class Token:
    """A word or punctuation mark.

    ``lower`` drops a possessive ending ("Baldwin’s" -> "baldwin"); ``bare`` is the word without
    it ("Baldwin"); ``possessive`` says whether it had one.

    Slotted: every rule reads these fields again and again, and a slot is the quickest attribute
    Python reads. Do not change a token once made.
    """

    text: str
    lower: str
    start: int
    end: int
    bare: str
    possessive: bool


_new = object.__new__  # a bare Token, its fields set in place: no ``__init__`` call per token


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    tokens: list[Token] = []
    append = tokens.append
    finish = start
    # Only white space lies between tokens (any other character starts one), so each word starts
    # where the white space before it ends: no match objects needed.
    for space, plain, word in _SPACED_TOKEN.findall(text, start, len(text) if end is None else end):
        begin = finish + len(space)
        if plain:
            finish = begin + len(plain)
            token = _new(Token)
            token.text = token.lower = token.bare = plain
            token.start, token.end, token.possessive = begin, finish, False
            append(token)
            continue
        finish = begin + len(word)
        if "'" in word or "’" in word:
            last = word[-1]
            if last in "'’" or (last == "s" and len(word) > 3 and word[-2] in "'’"):
                append(_possessive_token(word, begin, finish))
                continue
            lower = word.lower().replace("’", "'")
        else:
            lower = word.lower()
        token = _new(Token)
        token.text = token.bare = word
        token.lower, token.start, token.end, token.possessive = lower, begin, finish, False
        append(token)
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
