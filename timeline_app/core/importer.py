"""The one import path shared by the command line and the window.

``import_files`` is a generator: it yields one ``ImportResult`` per file, so a caller can
report progress and stop between files (each file is its own transaction).

A file whose content changed since it was imported is a new article (its text hashes
differently); the article imported before stays as it was.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from timeline_app.core.extract import extract
from timeline_app.core.formats.docx import DOCX_SUFFIXES, read_docx_article
from timeline_app.core.formats.html import HTML_SUFFIXES, read_html_article
from timeline_app.core.formats.pdf import PDF_SUFFIXES, read_pdf_article
from timeline_app.core.model import Article
from timeline_app.core.reading import MAX_BYTES, TEXT_SUFFIXES, ArticleError, no_date_message, read_text_article
from timeline_app.core.store import Store, StoreError

Reader = Callable[[Path, "date | None", int], Article]

READERS: dict[str, Reader] = {
    **{suffix: read_text_article for suffix in TEXT_SUFFIXES},
    **{suffix: read_html_article for suffix in HTML_SUFFIXES},
    **{suffix: read_pdf_article for suffix in PDF_SUFFIXES},
    **{suffix: read_docx_article for suffix in DOCX_SUFFIXES},
}

FORMAT_NAMES = {"txt": "Text", "md": "Markdown", "html": "Web page", "pdf": "PDF", "docx": "Word"}


@dataclass(frozen=True)
class ImportRequest:
    """One file to import, with what the user decided about it in the review step.

    ``published`` overrides the date found in the file; ``undated`` imports it as "date
    unknown" when no date is found or given; ``title`` replaces the detected title.
    ``article`` is the file as the review already read it (with the date it found): it is
    imported as is rather than read again.
    """

    path: Path
    published: date | None = None
    undated: bool = False
    title: str | None = None
    article: Article | None = field(default=None, compare=False, repr=False)


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


@dataclass
class ImportSummary:
    """What a batch did: articles imported, events found, duplicates skipped, files failed."""

    imported: int = 0
    events: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    cancelled: bool = False
    not_reached: int = 0

    def add(self, result: ImportResult) -> None:
        if result.error:
            self.errors.append(result.error)
        elif result.duplicate:
            self.duplicates += 1
        else:
            self.imported += 1
            self.events += result.events

    @property
    def failed(self) -> int:
        return len(self.errors)

    def line(self) -> str:
        text = (
            f"imported {self.imported} article(s), {self.events} event(s); "
            f"{self.duplicates} duplicate(s) skipped; {self.failed} failed"
        )
        if self.cancelled:
            text += f"; cancelled, {self.not_reached} file(s) not imported"
        return text


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files to import: files as given, folders replaced by the article files inside them.

    Hidden files and folders are skipped; a folder with no article file stays in the list so
    its import reports it. Each path appears once, in the order given.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(
                item
                for item in path.rglob("*")
                if item.suffix.lower() in READERS
                and item.is_file()
                and not any(part.startswith(".") for part in item.relative_to(path).parts)
            )
            found.extend(inside or [path])
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_article(
    path: Path, published: date | None = None, max_bytes: int = MAX_BYTES, allow_undated: bool = False
) -> Article:
    """Read any supported article file; ``ArticleError`` with one line otherwise.

    ``published`` overrides the date found in the file. Without a date the article is
    refused unless ``allow_undated`` (then ``published`` stays None: "date unknown").
    """
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        if path.is_dir():
            raise ArticleError(f"{path}: is a directory, not a file")
        known = ", ".join(sorted(READERS))
        raise ArticleError(f"{path}: unsupported file type '{path.suffix or '(none)'}' (supported: {known})")
    article = reader(path, published, max_bytes)
    if article.published is None and not allow_undated:
        raise ArticleError(no_date_message(str(path)))
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


# Importing allocates many short-lived objects but hardly any cyclic garbage: the collector's
# passes over everything already in memory (a window's whole state, the batch's articles) cost
# time and find nothing. During an import the objects that were there before are frozen out of
# the collector's passes and the youngest generation is collected less often.
IMPORT_GC_THRESHOLD = 20_000
_sessions = 0


@contextmanager
def import_session() -> Iterator[None]:
    """The garbage collector tuned for a batch import, restored when the outermost session ends."""
    global _sessions
    _sessions += 1
    threshold = gc.get_threshold()
    if _sessions == 1:
        gc.freeze()
        gc.set_threshold(max(threshold[0], IMPORT_GC_THRESHOLD), *threshold[1:])
    try:
        yield
    finally:
        _sessions -= 1
        if _sessions == 0:
            gc.set_threshold(*threshold)
            gc.unfreeze()


def import_files(
    store: Store,
    paths: Iterable[Path | ImportRequest],
    published: date | None = None,
    max_bytes: int = MAX_BYTES,
    allow_undated: bool = False,
) -> Iterator[ImportResult]:
    """Import each file in turn, yielding its result; a bad file never stops the batch.

    Items may be plain paths (dated by their own date, else ``published``; ``allow_undated``
    applies to all) or ``ImportRequest`` with per-file decisions from the review step. The
    batch runs in an ``import_session``.
    """
    with import_session():
        yield from _import_each(store, paths, published, max_bytes, allow_undated)


def _import_each(
    store: Store, paths: Iterable[Path | ImportRequest], published: date | None, max_bytes: int, allow_undated: bool
) -> Iterator[ImportResult]:
    for item in paths:
        try:
            if isinstance(item, ImportRequest):
                request = item
                article = _reviewed(request) or read_article(
                    request.path, request.published, max_bytes, request.undated
                )
            else:
                request = ImportRequest(Path(item))
                article = _dated(request.path, published, max_bytes, allow_undated)
        except ArticleError as error:
            yield ImportResult(request.path, error=str(error))
            continue
        if request.title and request.title.strip():
            article.title = " ".join(request.title.split())
        yield _store_safely(store, article, request.path)


def _dated(path: Path, fallback: date | None, max_bytes: int, allow_undated: bool) -> Article:
    """Read a file, dated by its own date, else by ``fallback`` (a batch's date for files that carry none)."""
    article = read_article(path, None, max_bytes, allow_undated=True)
    if article.published is None:
        article.published = fallback
    if article.published is None and not allow_undated:
        raise ArticleError(no_date_message(str(path)))
    return article


def _reviewed(request: ImportRequest) -> Article | None:
    """The article the review read, with the request's date applied as ``read_article`` would."""
    if request.article is None:
        return None
    published = request.published or request.article.published
    if published is None and not request.undated:
        raise ArticleError(no_date_message(str(request.path)))
    return replace(request.article, published=published, source_path=str(request.path.resolve()), id=None)


def _store_safely(store: Store, article: Article, path: Path) -> ImportResult:
    """Import one article; a failure in extraction or storage fails this file only."""
    try:
        return import_article(store, article)
    except (StoreError, sqlite3.Error) as error:
        return ImportResult(path, error=f"{path}: could not be stored ({' '.join(str(error).split())})")
    except Exception as error:  # noqa: BLE001 - one article's failure must not end the batch
        return ImportResult(path, error=f"{path}: event extraction failed ({type(error).__name__}: {error})")
