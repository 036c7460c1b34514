"""Reading text articles (.txt, .md): decoding, publication date, title.

The text stored is the article text exactly as decoded (line endings untouched), so
character offsets into it stay valid for the life of the database.
"""

from __future__ import annotations

import codecs
import re
from datetime import date
from pathlib import Path

import charset_normalizer

from timeline_app.core.model import Article

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MAX_BYTES = 50 * 1024 * 1024


class ArticleError(Exception):
    """A file that cannot be read as an article; the message is one line for the user."""


_SEED_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATELINE = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})",
    re.IGNORECASE,
)
_MONTH_NUMBERS = {name: number for number, name in enumerate(_MONTH_ABBREVIATIONS, 1)}
_DATELINE_LINES = 3
_HEADLINE_MAX_WORDS = 16
_TITLE_WORDS = 10


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.01
_MOSTLY_NON_ASCII = 0.3


def decode_text(data: bytes, name: str) -> str:
    """Decode article text: a BOM (UTF-8/16/32) wins, then UTF-8, then a detected 8-bit encoding.

    Text that is not UTF-8 is read as Windows-1252 (ISO-8859-1 where cp1252 leaves a byte
    undefined) when it is mostly ASCII, the usual case for Western European articles; text
    that is mostly non-ASCII goes to charset-normalizer. Binary data is refused.
    """
    if not data.strip():
        raise ArticleError(f"{name}: file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked_text(data.decode(encoding), name)
            except UnicodeDecodeError:
                raise ArticleError(
                    f"{name}: starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()}"
                ) from None
    if b"\x00" in data[:4096]:
        raise ArticleError(f"{name}: looks like a binary file, not text")
    try:
        return _checked_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    return _checked_text(_decode_8bit(data, name), name)


def _decode_8bit(data: bytes, name: str) -> str:
    non_ascii = sum(1 for byte in data if byte > 0x7F) / len(data)
    if non_ascii >= _MOSTLY_NON_ASCII:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise ArticleError(f"{name}: not text in any encoding Chronicle recognises (not UTF-8, cp1252 or Latin-1)")
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _checked_text(text: str, name: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ArticleError(f"{name}: file is empty")
    sample = text[:20000]
    if len(_CONTROL.findall(sample)) > _MAX_CONTROL_SHARE * len(sample):
        raise ArticleError(f"{name}: looks like a binary file, not text")
    return text


def split_seed_date(text: str) -> tuple[date | None, str]:
    """Split the ``" date YYYY-MM-DD "`` prefix off a seed-format article."""
    match = _SEED_DATE.match(text)
    if match is None:
        return None, text
    try:
        published = date.fromisoformat(match.group(1))
    except ValueError:
        return None, text
    return published, text[match.end() :]


def find_dateline(text: str) -> date | None:
    """A publication date from a dateline in the first lines ("July 13, 2024 -")."""
    lines = [line for line in text.splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        match = _DATELINE.search(line[:120])
        if match is None:
            continue
        found = _dateline_date(match)
        if found is not None:
            return found
    return None


def _dateline_date(match: re.Match[str]) -> date | None:
    """The calendar date a dateline match spells ("July 13, 2024", "13 July 2024", "2024-07-13"),
    or ``None`` when there is no such day (30 February)."""
    year, month, day = match["y1"] or match["y2"] or match["y3"], match["m1"] or match["m2"], match["d1"] or match["d2"]
    try:
        if month is not None:
            return date(int(year), _MONTH_NUMBERS[month[:3].lower()], int(day))
        return date(int(year), int(match["m3"]), int(match["d3"]))
    except ValueError:
        return None


def make_title(text: str) -> str:
    """The first line when it reads like a headline, else the opening words of the text."""
    stripped = text.lstrip()
    first_line, _, rest = stripped.partition("\n")
    first_line = first_line.strip().lstrip("#").strip()
    words = first_line.split()
    looks_like_headline = (
        rest.strip() != ""
        and 0 < len(words) <= _HEADLINE_MAX_WORDS
        and not first_line.endswith((".", ",", ";", ":"))
        and _DATELINE.fullmatch(first_line) is None
    )
    if looks_like_headline:
        return first_line
    sentence = re.split(r"(?<=[.!?])\s", stripped, maxsplit=1)[0]
    opening = sentence.split()
    title = " ".join(opening[:_TITLE_WORDS])
    if len(opening) > _TITLE_WORDS:
        title = title.rstrip(",;:") + "…"
    return title or "Untitled article"


def article_from_text(
    text: str, source: str, published: date | None = None, fmt: str = "txt", require_date: bool = True
) -> Article:
    """Build an article from decoded text; ``published`` overrides any date in the text.

    With ``require_date=False`` an article whose date is not found keeps ``published=None``.
    """
    seed_date, body = split_seed_date(text)
    when = published or seed_date or find_dateline(body)
    if when is None and require_date:
        raise ArticleError(no_date_message(source))
    if not body.strip():
        raise ArticleError(f"{source}: no article text")
    return Article(text=body, title=make_title(body), published=when, source_path=source, format=fmt)


def no_date_message(source: str) -> str:
    return (
        f"{source}: no publication date found; give one with --date YYYY-MM-DD, import it as "
        "'date unknown' with --undated, or start the file with a dateline such as 'July 13, 2024 -'"
    )


def read_text_article(path: Path, published: date | None = None, max_bytes: int = MAX_BYTES) -> Article:
    """Read a .txt or .md article from disk; ``published`` is None when no date is found."""
    data = read_bytes(path, max_bytes)
    text = decode_text(data, str(path))
    fmt = "md" if path.suffix.lower() in (".md", ".markdown") else "txt"
    return article_from_text(text, str(path), published, fmt, require_date=False)


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file's bytes with one-line errors for missing, unreadable or oversized files."""
    try:
        if path.is_dir():
            raise ArticleError(f"{path}: is a directory, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise ArticleError(f"{path}: file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None
