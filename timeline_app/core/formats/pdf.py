"""PDF articles: the text of every page (pypdf), the title from the metadata or the first line.

A PDF's creation date is when the file was made, not when the article was published, so the
date comes from a dateline in the text or from the user.
"""

from __future__ import annotations

import io
import logging
import warnings
from datetime import date
from pathlib import Path

from timeline_app.core.formats import build_article
from timeline_app.core.model import Article
from timeline_app.core.reading import MAX_BYTES, ArticleError, read_bytes

PDF_SUFFIXES = (".pdf",)

# pypdf logs each repair it attempts on a damaged file; the one-line error says what matters.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf_article(path: Path, published: date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read a PDF; refuses files that are not PDFs, are damaged or need a password."""
    name = str(path)
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise ArticleError(f"{name}: file is empty")
    if b"%PDF-" not in data[:1024]:
        raise ArticleError(f"{name}: not a PDF file (no %PDF header)")
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ArticleError(f"{name}: PDF is password-protected; remove the password and import it again")
            title = reader.metadata.title if reader.metadata else None
            text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except ArticleError:
        raise
    except FileNotDecryptedError:
        raise ArticleError(f"{name}: PDF is password-protected; remove the password and import it again") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as error:
        raise ArticleError(f"{name}: damaged or truncated PDF ({_reason(error)})") from None
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on damaged files; never crash
        raise ArticleError(f"{name}: damaged or truncated PDF ({_reason(error)})") from None
    if not text.strip():
        raise ArticleError(f"{name}: no text in the PDF (a scanned image? Chronicle does no OCR)")
    return build_article(text, name, "pdf", title if isinstance(title, str) else None, None, published)


def _reason(error: Exception) -> str:
    message = " ".join(str(error).split())
    return (message[:80] + "…") if len(message) > 80 else (message or type(error).__name__)
