"""Word tokens with character offsets into the article text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+(?:[-'’&.]\w+)*(?:['’]s?)?|[^\w\s]")


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark; ``lower`` drops a possessive ending ("Baldwin’s" -> "baldwin")."""

    text: str
    lower: str
    start: int
    end: int

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("'s", "’s", "'", "’")) and len(self.text) > 2

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        for ending in ("'s", "’s", "'", "’"):
            if self.text.endswith(ending) and len(self.text) > len(ending) + 1:
                return self.text[: -len(ending)]
        return self.text


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    tokens = []
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word = match.group()
        lower = word.lower()
        if lower.endswith(("'s", "’s")) and len(lower) > 3 and not lower.endswith(("n't", "n’t")):
            lower = lower[:-2]
        tokens.append(Token(word, lower.replace("’", "'"), match.start(), match.end()))
    return tokens


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string (for lexicon tables)."""
    return frozenset(words.split())
