"""Word articles (.docx): the body's paragraphs and tables in order (python-docx).

The title comes from the document properties or the first line; the date from a dateline in
the text or from the user (a document's created date is not a publication date).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from timeline_app.core.formats import build_article
from timeline_app.core.model import Article
from timeline_app.core.reading import MAX_BYTES, ArticleError, read_bytes

DOCX_SUFFIXES = (".docx",)


def read_docx_article(path: Path, published: date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read a Word document; refuses files that are not .docx (old .doc included)."""
    name = str(path)
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise ArticleError(f"{name}: file is empty")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ArticleError(f"{name}: not a Word .docx file (not a zip package; old .doc files are not supported)")
    if not _has_word_document(data):
        raise ArticleError(f"{name}: not a Word .docx file (a zip archive without a Word document inside)")
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        text = "\n\n".join(_blocks(document))
        title = document.core_properties.title
    except PackageNotFoundError:
        raise ArticleError(f"{name}: not a Word .docx file (no Word document inside the package)") from None
    except Exception as error:  # noqa: BLE001 - a damaged package must give one line, never a crash
        raise ArticleError(f"{name}: damaged Word file ({type(error).__name__})") from None
    return build_article(text, name, "docx", title, None, published)


def _has_word_document(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError):
        return False
    return "[Content_Types].xml" in names and any(n.startswith("word/") for n in names)


def _blocks(document: Any) -> Iterator[str]:
    """Paragraph texts, and table rows as tab-separated lines, in document order."""
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                yield "\t".join(cell.text.strip() for cell in row.cells)
        elif block.text.strip():
            yield block.text
