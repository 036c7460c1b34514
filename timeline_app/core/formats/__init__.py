"""Readers for article file formats beyond plain text: saved web pages, PDF and Word.

Each reader has the shape ``read_x(path, published, max_bytes) -> Article``: it returns the
article with the publication date it found (or ``published`` when given, or None), and raises
``ArticleError`` with one line for the user when the file cannot be read. The importer decides
what an undated article means. No reader touches the network.
"""

from __future__ import annotations

import re
from datetime import date

from timeline_app.core.model import Article
from timeline_app.core.reading import ArticleError, find_dateline, make_title

_BLANK_LINES = re.compile(r"\n{3,}")


def tidy_text(text: str) -> str:
    """Trim trailing spaces on lines and collapse runs of blank lines."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def build_article(
    text: str, source: str, fmt: str, title: str | None, found: date | None, published: date | None
) -> Article:
    """An article from extracted text; the title falls back to the first line, the date to a dateline."""
    body = tidy_text(text)
    if not body:
        raise ArticleError(f"{source}: no article text found")
    when = published or found or find_dateline(body)
    clean_title = " ".join((title or "").split())
    return Article(text=body, title=clean_title or make_title(body), published=when, source_path=source, format=fmt)
