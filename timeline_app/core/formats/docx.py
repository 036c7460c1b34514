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
# A package may unpack to this many times the file size limit before it is refused (a zip bomb).
UNPACK_FACTOR = 10


def read_docx_article(path: Path, published: date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read a Word document; refuses files that are not .docx (old .doc included)."""
    name = str(path)
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise ArticleError(f"{name}: file is empty")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ArticleError(f"{name}: not a Word .docx file (not a zip package; old .doc files are not supported)")
    unpacked = _unpacked_size(data)
    if unpacked is None:
        raise ArticleError(f"{name}: not a Word .docx file (a zip archive without a Word document inside)")
    if unpacked > UNPACK_FACTOR * max_bytes:
        raise ArticleError(f"{name}: unpacks to {unpacked / 1e6:.0f} MB, too large for an article")
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


def _unpacked_size(data: bytes) -> int | None:
    """The package's unpacked size, or None when it holds no Word document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, OSError):
        return None
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or not any(n.startswith("word/") for n in names):
        return None
    return sum(entry.file_size for entry in entries)


def _blocks(document: Any) -> Iterator[str]:
    """Paragraph texts, and table rows as tab-separated lines, in document order."""
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                yield "\t".join(cell.text.strip() for cell in row.cells)
        elif block.text.strip():
            yield block.text
