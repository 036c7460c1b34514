"""Bad input: each file gives one clear line, the rest of the batch imports, nothing stored changes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.article_files import STORY, pdf_bytes, write_encrypted_pdf, write_html
from tests.conftest import REPO
from timeline_app.core.importer import ImportSummary, import_files
from timeline_app.core.store import Store

DAY = date(2024, 7, 13)
GOOD_TEXT = "July 13, 2024 - The court ruled on Friday.\nThe hearing ended in the afternoon.\n"


def _bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each bad input with the words its one-line message must contain."""
    cases: dict[str, tuple[Path, str]] = {}

    def add(name: str, filename: str, content: bytes | None, expected: str) -> None:
        path = folder / filename
        if content is not None:
            path.write_bytes(content)
        cases[name] = (path, expected)

    add("empty", "empty.txt", b"", "file is empty")
    add("blank", "blank.md", b"  \n\n\t\n", "file is empty")
    add("binary-as-text", "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000), "binary file")
    add("control-bytes-as-text", "noise.txt", bytes(range(1, 9)) * 300, "binary file")
    add("text-as-pdf", "notes.pdf", b"These are my notes, not a PDF at all.\n", "not a PDF")
    add("zip-as-docx", "archive.docx", _zip_bytes(), "not a Word .docx file")
    add("text-as-docx", "letter.docx", b"Dear sir, this is plain text.\n", "not a Word .docx file")
    full = pdf_bytes(STORY)
    add("truncated-pdf", "truncated.pdf", full[: len(full) // 2], "damaged or truncated PDF")
    write_encrypted_pdf(folder / "locked.pdf", STORY)
    cases["password-pdf"] = (folder / "locked.pdf", "password-protected")
    add(
        "page-without-article",
        "menu.html",
        b"<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav>"
        b"<footer>(c)</footer></body></html>",
        "no article text found",
    )
    add("not-html", "data.html", b"just a line of text without any markup at all, on its own.", "not an HTML page")
    add("invalid-utf16", "broken16.txt", b"\xff\xfe" + b"\x00\xd8" * 3, "not valid UTF-16")
    (folder / "folder.txt").mkdir()
    cases["directory"] = (folder / "folder.txt", "is a directory")
    add("unknown-extension", "slides.pptx", b"whatever", "unsupported file type '.pptx'")
    add("missing", "gone.txt", None, "no such file")
    add("no-date", "undated.txt", b"The court ruled on Friday.\nNo date anywhere here.\n", "no publication date found")
    return cases


def _zip_bytes() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a word document")
    return buffer.getvalue()


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    folder = tmp_path / "bad"
    folder.mkdir()
    return _bad_files(folder)


def _snapshot(store: Store) -> list[tuple[object, ...]]:
    return [tuple(row) for row in store.db.execute("SELECT * FROM articles ORDER BY id").fetchall()]


def test_each_bad_file_gives_one_line_and_the_rest_imports(
    tmp_path: Path, bad_files: dict[str, tuple[Path, str]]
) -> None:
    good_before = tmp_path / "before.txt"
    good_before.write_text(GOOD_TEXT, encoding="utf-8")
    good_after = write_html(tmp_path / "after.html", "Trial ends", STORY, DAY)
    with Store(tmp_path / "t.db") as store:
        list(import_files(store, [good_before]))
        stored = _snapshot(store)
        paths = [path for path, _ in bad_files.values()]
        summary = ImportSummary()
        for result in import_files(store, [*paths, good_after]):
            summary.add(result)
        assert summary.imported == 1
        assert summary.failed == len(bad_files)
        by_path = {error.split(": ", 1)[0]: error for error in summary.errors}
        for name, (path, expected) in bad_files.items():
            message = by_path[str(path)]
            assert expected in message, name
            assert "\n" not in message and "Traceback" not in message, name
        assert _snapshot(store)[: len(stored)] == stored
        assert store.counts()[1] == 2


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(GOOD_TEXT + "word " * 5000, encoding="utf-8")
    with Store(":memory:") as store:
        (result,) = import_files(store, [big], max_bytes=10_000)
        assert "over the" in result.error and "limit" in result.error
        (result,) = import_files(store, [big], max_bytes=1_000_000)
        assert result.ok


def test_word_file_that_unpacks_to_far_too_much(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", b"<w:document>" + b" " * 3_000_000)
    with Store(":memory:") as store:
        (result,) = import_files(store, [path], max_bytes=100_000)
    assert "unpacks to 3 MB, too large" in result.error


def test_cli_prints_one_line_per_bad_file_on_stderr(tmp_path: Path, bad_files: dict[str, tuple[Path, str]]) -> None:
    good = write_html(tmp_path / "good.html", "Trial ends", STORY, DAY)
    paths = [str(path) for path, _ in bad_files.values()]
    run = subprocess.run(
        [sys.executable, "-m", "timeline_app", "import", "--db", str(tmp_path / "cli.db"), *paths, str(good)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == len(bad_files)
    for (path, expected), line in zip(bad_files.values(), lines):
        assert line.startswith(f"{path}: ") and expected in line
    assert "imported 1 article(s)" in run.stdout and f"{len(bad_files)} failed" in run.stdout
