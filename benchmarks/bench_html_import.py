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

from timeline_app.core.importer import ImportSummary, import_files, read_article
from timeline_app.core.store import Store

PEOPLE = ["Maria Lopez", "James Carter", "Aisha Khan", "Tom Becker", "Elena Rossi", "David Chen", "Sara Novak"]
ROLES = ["city councillor", "county prosecutor", "union leader", "school principal", "state senator", "doctor"]
PLACES = ["Springfield", "the river district", "Santa Fe", "the north county", "Riverside", "the old port"]
ORGS = ["city council", "transport authority", "state health department", "school board", "water utility"]
THINGS = ["bridge", "budget plan", "new clinic", "bus network", "housing project", "flood barrier", "court case"]
STATES = ["under review", "delayed", "over budget", "popular with residents", "on hold", "in dispute"]
PLANS = ["review", "approve", "reopen", "fund", "replace", "expand"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
TEMPLATES = [
    "{person}, a {role} in {place}, said the {thing} had been {state} for {n} years.",
    "The {org} said on {weekday} that it would {plan} the {thing} by {month}.",
    "According to {person}, the {thing} was {state} long before the vote in {year}.",
    "Residents of {place} have complained about the {thing} for years, and many attended the meeting.",
    '"We have waited long enough," {person} told reporters outside the town hall in {place}.',
    "The {thing} costs about {n} million dollars a year, according to figures from the {org}.",
    "Critics say the {thing} is {state}, while supporters point to the jobs it brings to {place}.",
    "{person} is expected to {plan} the {thing} in the coming weeks, officials said.",
    "The {org} first proposed the {thing} in {month} {year}, after a study of traffic in {place}.",
    "Officials declined to say when the {thing} would be finished.",
]
NAV_ITEMS = ["News", "World", "Business", "Politics", "Sport", "Culture", "Opinion", "Weather", "Podcasts"]
NAV = "".join(f'<li><a href="/section/{w.lower()}">{w}</a></li>' for w in NAV_ITEMS)
RELATED = "".join(
    f'<li><a href="/story/{i}">{PEOPLE[i % 7]} on the {THINGS[i % 7]} in {PLACES[i % 6]}</a></li>' for i in range(10)
)


def sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        person=rng.choice(PEOPLE),
        role=rng.choice(ROLES),
        place=rng.choice(PLACES),
        org=rng.choice(ORGS),
        thing=rng.choice(THINGS),
        state=rng.choice(STATES),
        plan=rng.choice(PLANS),
        weekday=rng.choice(WEEKDAYS),
        month=rng.choice(MONTHS),
        year=rng.randint(2005, 2024),
        n=rng.randint(2, 40),
    )


def page(index: int, rng: random.Random) -> str:
    published = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3650))
    title = f"{rng.choice(ORGS).capitalize()} to {rng.choice(PLANS)} {rng.choice(THINGS)} in {rng.choice(PLACES)}"
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


def import_once(paths: list[Path], db: Path) -> tuple[float, ImportSummary, int, float]:
    """Import every page into a fresh database: (seconds, summary, dated articles, mean text KB)."""
    summary = ImportSummary()
    with Store(db) as store:
        started = time.perf_counter()
        for result in import_files(store, paths):
            summary.add(result)
        elapsed = time.perf_counter() - started
        dated = store.db.execute("SELECT COUNT(*) FROM articles WHERE published IS NOT NULL").fetchone()[0]
        text_kb = (store.db.execute("SELECT AVG(LENGTH(text)) FROM articles").fetchone()[0] or 0) / 1024
    return elapsed, summary, int(dated), text_kb


def read_only(paths: list[Path]) -> float:
    """Seconds to read every page (main text, title, date) without extracting or storing."""
    started = time.perf_counter()
    for path in paths:
        read_article(path)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3, help="import this many times (fresh database each); median")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = []
        for index in range(args.pages):
            path = root / f"page_{index:04d}.html"
            path.write_text(page(index, rng), encoding="utf-8")
            paths.append(path)
        page_kb = sum(path.stat().st_size for path in paths) / len(paths) / 1024
        read_article(paths[0])  # load trafilatura once, outside the timings
        reading = read_only(paths)
        runs = [import_once(paths, root / f"bench{run}.db") for run in range(args.runs)]
    elapsed, summary, dated, text_kb = sorted(runs, key=lambda run: run[0])[len(runs) // 2]
    rate = summary.imported / elapsed
    print(f"pages: {args.pages}, average page {page_kb:.1f} KB, article text {text_kb:.1f} KB")
    print(f"runs (s): {', '.join(f'{run[0]:.2f}' for run in runs)}")
    print(f"median run: imported {summary.imported} ({dated} dated), failed {summary.failed}, in {elapsed:.2f} s")
    print(f"reading only (HTML to article, no extraction, no storing): {len(paths) / reading:.1f} pages/s")
    print(f"end to end: {rate:.1f} articles/s (target >= 50)")
    figures = {"pages": args.pages, "imported": summary.imported, "seconds": round(elapsed, 3)}
    figures["reading_pages_per_second"] = round(len(paths) / reading, 1)
    print(json.dumps({**figures, "articles_per_second": round(rate, 1)}))


if __name__ == "__main__":
    main()
