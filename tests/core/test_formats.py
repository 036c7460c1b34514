"""Each supported format read from real files written by the tests."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from tests.article_files import STORY, html_page, write_docx, write_encrypted_pdf, write_html, write_pdf
from timeline_app.core.importer import READERS, read_article
from timeline_app.core.reading import ArticleError, decode_text

DAY = date(2024, 7, 13)


def test_every_format_is_registered() -> None:
    for suffix in (".txt", ".md", ".html", ".htm", ".pdf", ".docx"):
        assert suffix in READERS


def test_html_keeps_the_article_and_leaves_the_furniture_out(tmp_path: Path) -> None:
    page = write_html(tmp_path / "story.html", "Court dismisses case", STORY, DAY)
    article = read_article(page)
    assert article.title == "Court dismisses case"
    assert article.published == DAY
    assert article.format == "html"
    for sentence in STORY:
        assert sentence in article.text
    for furniture in ("Subscribe today", "Most read", "Copyright 2024", "Privacy policy", "tracker", "World"):
        assert furniture not in article.text


def test_html_date_from_a_time_element_and_title_from_the_headline(tmp_path: Path) -> None:
    html = html_page("Verdict reached", STORY).replace(
        "<h1>Verdict reached</h1>",
        '<h1>Verdict reached</h1><p class="byline"><time datetime="2023-03-02">2 March 2023</time></p>',
    )
    (tmp_path / "verdict.htm").write_text(html, encoding="utf-8")
    article = read_article(tmp_path / "verdict.htm")
    assert article.published == date(2023, 3, 2)
    assert "Verdict reached" in article.title


def test_html_without_a_date_is_undated_not_guessed_from_the_text(tmp_path: Path) -> None:
    page = write_html(tmp_path / "nodate.html", "Suits remain open", STORY)
    article = read_article(page, allow_undated=True)
    assert article.published is None
    with pytest.raises(ArticleError, match="no publication date found"):
        read_article(page)


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    html = html_page(
        "Café society",
        ["Renée said the café in Zürich would reopen in the coming weeks, a long-awaited move."] * 3,
        DAY,
        "windows-1252",
    )
    (tmp_path / "legacy.html").write_bytes(html.encode("cp1252"))
    article = read_article(tmp_path / "legacy.html")
    assert "Renée said the café in Zürich" in article.text


def test_pdf_title_from_metadata_and_date_from_dateline(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "story.pdf", ["July 13, 2024 - Santa Fe", *STORY], title="Case dismissed")
    article = read_article(pdf)
    assert (article.title, article.published, article.format) == ("Case dismissed", DAY, "pdf")
    assert STORY[1] in article.text


def test_pdf_title_from_first_line_without_metadata(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path / "plain.pdf", ["Settlement reached", *STORY])
    article = read_article(pdf, published=DAY)
    assert article.title == "Settlement reached"


def test_pdf_with_an_empty_user_password_opens(tmp_path: Path) -> None:
    pdf = write_encrypted_pdf(tmp_path / "open.pdf", ["Owner-only protection", *STORY], password="")
    article = read_article(pdf, published=DAY)
    assert STORY[0] in article.text


def test_docx_paragraphs_title_and_dateline(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "story.docx", "Judge ends trial", ["13 July 2024", *STORY])
    article = read_article(path)
    assert (article.title, article.published, article.format) == ("Judge ends trial", DAY, "docx")
    assert all(sentence in article.text for sentence in STORY)


def test_docx_without_title_property_uses_first_line(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "untitled.docx", None, ["Trial ends", *STORY])
    assert read_article(path, published=DAY).title == "Trial ends"


TEXT = "July 13, 2024 - Renée’s café in Zürich reopened, “finally”, at a cost of 5 €.\nIt had closed in 2022.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with a BOM
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252"],
)
def test_text_encodings_are_detected(encoded: bytes) -> None:
    assert decode_text(encoded, "x.txt") == TEXT


def test_latin1_text_is_decoded() -> None:
    text = "Le 13 juillet 2024, la société a été condamnée à Genève.\n"
    assert decode_text(text.encode("latin-1"), "x.txt") == text


def test_mostly_non_ascii_text_goes_to_detection() -> None:
    text = "Суд закрыл дело в пятницу после того, как обвинение скрыло доказательства от защиты. " * 4
    assert decode_text(text.encode("cp1251"), "x.txt") == text


def test_text_file_in_cp1252_imports(tmp_path: Path) -> None:
    (tmp_path / "legacy.txt").write_bytes(TEXT.encode("cp1252"))
    article = read_article(tmp_path / "legacy.txt")
    assert article.published == DAY and "Zürich" in article.text


def test_html_import_fetches_nothing_and_expands_no_external_entity(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("import tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    html = html_page("Entities", STORY, DAY).replace(
        "<!DOCTYPE html>", f'<!DOCTYPE html [<!ENTITY leak SYSTEM "file://{secret}">]>'
    )
    html = html.replace(f"<p>{STORY[0]}</p>", f"<p>{STORY[0]} &leak;</p><img src='http://example.invalid/x.png'>")
    (tmp_path / "entities.html").write_text(html, encoding="utf-8")
    article = read_article(tmp_path / "entities.html")
    assert STORY[0] in article.text
    assert "TOP-SECRET" not in article.text
