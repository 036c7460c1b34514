"""Saved web pages (.html, .htm): the article's main text, title and publication date.

trafilatura takes the main text and leaves menus, ads and footers out; htmldate (through
trafilatura's metadata) finds the publication date in the page's markup. Both are given the
page as a string: nothing is fetched, no script runs, and lxml's HTML parser resolves no
external entities.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from pathlib import Path

from timeline_app.core.formats import build_article
from timeline_app.core.model import Article
from timeline_app.core.reading import MAX_BYTES, ArticleError, decode_text, read_bytes

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Fewer words than this is page furniture (a menu, a cookie notice), not an article.
MIN_ARTICLE_WORDS = 15
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_LOOKS_LIKE_HTML = re.compile(r"<\s*(!doctype|html|head|body|p|div|article|title)\b", re.IGNORECASE)

# trafilatura and htmldate log every page they find little in; the one-line error says it.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def decode_html(data: bytes, name: str) -> str:
    """Decode a page: a byte-order mark, then a declared charset, then text detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:4096])
        if declared is not None:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    return decode_text(data, name)


def _date_params() -> dict[str, object]:
    # No extensive search: a date found somewhere in the running text is not the page's date.
    return {"original_date": True, "extensive_search": False, "max_date": date.today().isoformat()}


def read_html_article(path: Path, published: date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read a saved web page; ``published`` overrides the date found in its metadata."""
    name = str(path)
    html = decode_html(read_bytes(path, max_bytes), name)
    if _LOOKS_LIKE_HTML.search(html[:20000]) is None:
        raise ArticleError(f"{name}: not an HTML page")
    import trafilatura  # imported here: it takes a while to load and only pages need it

    try:
        document = trafilatura.bare_extraction(
            html,
            fast=True,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            date_extraction_params=_date_params(),
        )
    except Exception as error:  # noqa: BLE001 - a malformed page must give one line, never a crash
        raise ArticleError(f"{name}: cannot read the page ({type(error).__name__})") from None
    text = getattr(document, "text", None) or ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        raise ArticleError(f"{name}: no article text found in the page (only menus, links or boilerplate)")
    found = _parse_date(getattr(document, "date", None))
    return build_article(text, name, "html", getattr(document, "title", None), found, published)


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
