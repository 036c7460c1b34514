"""Real article files in real formats, written by the tests themselves."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

STORY = [
    "The judge dismissed the case on Friday after prosecutors were found to have withheld evidence.",
    "The shooting happened in 2021 on a film set in New Mexico, the court heard.",
    "A settlement was reached in 2022 with the family, according to lawyers for both sides.",
    "Civil suits filed in 2023 and 2024 remain open, and developments are expected in the coming weeks.",
]


def html_page(title: str, paragraphs: list[str], published: date | None = None, charset: str = "utf-8") -> str:
    """A saved news page: the article among navigation, ads, scripts and a footer."""
    meta = f'<meta property="article:published_time" content="{published.isoformat()}T09:30:00Z">' if published else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}"><title>{title} | The Daily Ledger</title>{meta}
<script>window.tracker = function() {{ document.title = "hijacked"; }}; tracker();</script>
<link rel="stylesheet" href="https://cdn.example.invalid/site.css"></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<aside class="advert"><p>Subscribe today for just one dollar a week and get unlimited access!</p></aside>
<main><article><h1>{title}</h1>
{body}
</article></main>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Celebrity chef opens restaurant</a></li>
<li><a href="/b">Ten tips for a better garden</a></li></ul></aside>
<footer><p>Copyright 2024 The Daily Ledger. All rights reserved.</p><p>Privacy policy · Terms of use</p></footer>
<script src="https://ads.example.invalid/ad.js"></script>
</body></html>"""


def write_html(path: Path, title: str, paragraphs: list[str], published: date | None = None) -> Path:
    path.write_text(html_page(title, paragraphs, published), encoding="utf-8")
    return path


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: list[str], title: str | None = None) -> bytes:
    """A real one-page PDF with a text stream (Helvetica), written by hand with a correct xref."""
    commands = ["BT", "/F1 11 Tf", "14 TL", "50 790 Td"]
    for line in lines:
        commands.append(f"({_pdf_string(line)}) Tj T*")
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
        b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    info = None
    if title is not None:
        objects.append(b"<< /Title (" + _pdf_string(title).encode("latin-1") + b") >>")
        info = len(objects)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info is not None:
        trailer += b" /Info %d 0 R" % info
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def write_pdf(path: Path, lines: list[str], title: str | None = None) -> Path:
    path.write_bytes(pdf_bytes(lines, title))
    return path


def write_encrypted_pdf(path: Path, lines: list[str], password: str = "secret") -> Path:
    """A PDF that needs a password to open, encrypted by pypdf."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(lines))))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_docx(path: Path, title: str | None, paragraphs: list[str]) -> Path:
    """A real Word document made with python-docx."""
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
        document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path
