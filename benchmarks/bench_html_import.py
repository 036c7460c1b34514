"""Import 1,000 saved HTML pages end to end (read, extract main text and date, store).

Each page holds a few KB of article text among the usual page furniture: navigation, ads,
related links, scripts and a footer. Prints articles per second; the last line is JSON.
Run: ``python benchmarks/bench_html_import.py [--pages N]`` (one core, one run at a time).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from timeline_app.core.importer import ImportSummary, import_files
from timeline_app.core.store import Store

_VOCABULARY = (
    "court judge jury trial evidence witness lawyer prosecutor defense verdict appeal hearing city council "
    "mayor budget vote election campaign police officer report investigation company shares market profit "
    "loss quarter announced said told reporters week month year morning afternoon statement agreement"
)
WORDS = _VOCABULARY.split()
NAV = "".join(f'<li><a href="/section/{w}">{w.title()}</a></li>' for w in WORDS[:14])
RELATED = "".join(f'<li><a href="/story/{i}">{" ".join(WORDS[i : i + 6]).capitalize()}</a></li>' for i in range(10))


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    return " ".join(words).capitalize() + "."


def page(index: int, rng: random.Random) -> str:
    published = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3650))
    title = " ".join(rng.choice(WORDS) for _ in range(6)).title()
    paragraphs = "\n".join(f"<p>{' '.join(sentence(rng) for _ in range(4))}</p>" for _ in range(rng.randint(6, 10)))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Example Times</title>
<meta property="article:published_time" content="{published.isoformat()}T08:00:00+00:00">
<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/static/site.css">
<script>var dataLayer = []; function track(e) {{ dataLayer.push(e); }} track({{page: {index}}});</script>
</head><body>
<header><div class="logo">Example Times</div><nav><ul>{NAV}</ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<div class="ad-banner"><a href="/ads/1">Sponsored: the best deals of the season, limited offer</a></div>
<main><article><h1>{title}</h1><p class="byline">By Staff Reporter</p>
{paragraphs}
</article>
<aside class="related"><h2>Related stories</h2><ul>{RELATED}</ul></aside>
<div class="newsletter"><p>Sign up for our newsletter to receive the top stories every morning.</p></div>
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/terms">Terms</a></li></ul><p>Copyright 2024 Example Times. All rights reserved.</p></footer>
<script src="/static/ads.js"></script><script>track({{loaded: true}});</script>
</body></html>"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = []
        for index in range(args.pages):
            path = root / f"page_{index:04d}.html"
            path.write_text(page(index, rng), encoding="utf-8")
            paths.append(path)
        sizes = [path.stat().st_size for path in paths]
        summary = ImportSummary()
        with Store(root / "bench.db") as store:
            started = time.perf_counter()
            for result in import_files(store, paths):
                summary.add(result)
            elapsed = time.perf_counter() - started
            dated = store.db.execute("SELECT COUNT(*) FROM articles WHERE published IS NOT NULL").fetchone()[0]
            text_kb = store.db.execute("SELECT AVG(LENGTH(text)) FROM articles").fetchone()[0] / 1024
    rate = summary.imported / elapsed
    print(f"pages: {args.pages}, average page {sum(sizes) / len(sizes) / 1024:.1f} KB, article text {text_kb:.1f} KB")
    print(f"imported {summary.imported} ({dated} dated), failed {summary.failed}, in {elapsed:.2f} s")
    print(f"{rate:.1f} articles/s (target >= 50)")
    print(
        json.dumps(
            {
                "pages": args.pages,
                "imported": summary.imported,
                "seconds": round(elapsed, 3),
                "articles_per_second": round(rate, 1),
            }
        )
    )


if __name__ == "__main__":
    main()
