"""The one import path shared by the command line and the window.

``import_files`` is a generator: it yields one ``ImportResult`` per file, so a caller can
report progress and stop between files (each file is its own transaction).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from timeline_app.core.extract import extract
from timeline_app.core.model import Article
from timeline_app.core.reading import MAX_BYTES, TEXT_SUFFIXES, ArticleError, read_text_article
from timeline_app.core.store import Store

Reader = Callable[[Path, "date | None", int], Article]

READERS: dict[str, Reader] = {suffix: read_text_article for suffix in TEXT_SUFFIXES}


@dataclass(frozen=True)
class ImportResult:
    """The outcome for one file: stored, skipped as a duplicate, or failed with a message."""

    path: Path
    article_id: int | None = None
    events: int = 0
    duplicate: bool = False
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def read_article(path: Path, published: date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read any supported article file; ``ArticleError`` with one line otherwise."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        if path.is_dir():
            raise ArticleError(f"{path}: is a directory, not a file")
        known = ", ".join(sorted(READERS))
        raise ArticleError(f"{path}: unsupported file type '{path.suffix or '(none)'}' (supported: {known})")
    article = reader(path, published, max_bytes)
    article.source_path = str(path.resolve())
    return article


def import_article(store: Store, article: Article) -> ImportResult:
    """Extract events from an article and store both in one transaction."""
    path = Path(article.source_path)
    existing = store.find_article_by_hash(article.content_hash)
    if existing is not None:
        return ImportResult(path, existing, duplicate=True)
    events = extract(article)
    result = store.add_article(article, events)
    return ImportResult(path, result.article_id, events=len(result.event_ids), duplicate=not result.created)


def import_files(
    store: Store, paths: Iterable[Path], published: date | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[ImportResult]:
    """Import each file in turn, yielding its result; a bad file never stops the batch."""
    for path in paths:
        try:
            article = read_article(path, published, max_bytes)
        except ArticleError as error:
            yield ImportResult(path, error=str(error))
            continue
        yield import_article(store, article)
