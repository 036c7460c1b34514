"""The SemEval-2015 Task 4 trial articles (Wikinews, TimeML files) as plain text with token offsets.

The files hold tokenized sentences (``<s id="N">`` with tokens split by spaces, ``<EVENT>`` tags
inside). A reader of the article sees them joined back into running text: no space before
closing punctuation, ``'s`` or ``n't``, none after an opening bracket or a currency sign, and
``&amp;`` is ``&``. The headline and the dateline stand on their own lines; the body is one block.
Every token keeps its character span in that text, so annotations made on tokens can be scored
against a tagger that reads the text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

TAG = re.compile(r"<[^>]+>")
SENTENCE = re.compile(r'<s id="(\d+)">(.*?)</s>', re.S)
NO_SPACE_BEFORE = frozenset(".,;:!?%)]")
NO_SPACE_AFTER = frozenset("([$£€")
CLITIC = re.compile(r"(?:['’]s|n't)(?!\w)")


@dataclass
class Document:
    docid: str
    dct: date
    text: str
    sentences: dict[int, tuple[int, int]]
    tokens: dict[int, list[tuple[int, int]]]


def join_tokens(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The running text of one sentence's tokens and each token's (start, end) in it."""
    text = ""
    spans: list[tuple[int, int]] = []
    for token in tokens:
        if text and not _glued(text[-1], token):
            text += " "
        spans.append((len(text), len(text) + len(token)))
        text += token
    return text, spans


def _glued(before: str, token: str) -> bool:
    return token[0] in NO_SPACE_BEFORE or before in NO_SPACE_AFTER or CLITIC.match(token) is not None


def read_document(path: Path) -> Document:
    """One trial article: id, creation date, running text, sentence spans and token spans."""
    raw = path.read_text(encoding="utf-8")
    docid = re.search(r"<DOCID>(.*?)</DOCID>", raw, re.S).group(1).strip()  # type: ignore[union-attr]
    dct_value = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"', raw).group(1)  # type: ignore[union-attr]
    sentences: dict[int, tuple[int, int]] = {}
    tokens: dict[int, list[tuple[int, int]]] = {}
    text = ""
    for match in SENTENCE.finditer(raw):
        sentence, spans = join_tokens(html.unescape(TAG.sub("", match.group(2))).split())
        if text:
            text += "\n" if len(sentences) <= 2 else " "
        number = int(match.group(1))
        sentences[number] = (len(text), len(text) + len(sentence))
        tokens[number] = [(len(text) + start, len(text) + end) for start, end in spans]
        text += sentence
    return Document(docid, date.fromisoformat(dct_value[:10]), text, sentences, tokens)
