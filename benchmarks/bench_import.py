"""Import with extraction of many seed-sized articles: articles per second and peak memory.

Two workloads are written to text files (headline, dateline, text; not timed) and then go
through the work of an import (read the file as the importer does, look for a duplicate, tag
times, extract events, store article + events in one transaction) into one fresh SQLite file,
timed per phase, inside the ``import_session`` every import runs in (as ``import_files`` does):

1. N synthetic articles (default 10,000) of the seed's length, made by recombining our own
   sentence templates (names, kinds, dates vary) with background sentences. By default a fifth
   of the sentences report an event, which gives real news' density of events (about 5.8 per
   KB; the seed has 5.5) and a little more dates; ``--event-share 0.6`` gives the denser mix of
   earlier rounds (8.2 events and 6.0 dates per KB). The densities of both workloads are printed.
2. Then the real development news (the seed, TimeBank, AQUAINT and the SemEval trial articles,
   read from ``../shared``) into the same, already large, database. Their articles are of
   various lengths, so their speed is given per character and as seed-sized articles per second.

Prints figures; the last line is JSON.

Usage: python benchmarks/bench_import.py [N] [--event-share SHARE]   (default 10,000 and 0.2)
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval_semeval_timelines import DEFAULT as TRIAL  # noqa: E402
from eval_semeval_timelines import read_document  # noqa: E402

from timeline_app.core.extract import extract  # noqa: E402
from timeline_app.core.importer import import_session, read_article  # noqa: E402
from timeline_app.core.model import Article  # noqa: E402
from timeline_app.core.store import Store  # noqa: E402
from timeline_app.core.timeml_eval import read_timeml, timeml_files  # noqa: E402
from timeline_app.core.timex import Timex, tag_times  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed"
TIMEML = SHARED / "data" / "timeml"

FIRST = ["Maria", "John", "Aisha", "Kenji", "Lucia", "Omar", "Greta", "Pavel", "Nina", "Samuel", "Ines", "Tomas"]
LAST = ["Ortiz", "Keller", "Nakamura", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Brennan", "Sato"]
ORGS = ["Northwind Logistics", "Acme Foods", "Blue Harbor Bank", "Vantage Labs", "Riverside Clinic", "Helix Motors"]
CITIES = ["Springfield", "Lakeside", "Port Avery", "Millbrook", "Eastgate"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
TEMPLATES = [
    "{p}, a former manager at {org}, was arrested in {city} on {day} after a months-long inquiry into missing"
    " funds, according to people familiar with the case.",
    "Prosecutors charged {p} with fraud in {year}, saying the scheme had cost small investors in {city} more than"
    " four million dollars over several years.",
    "At a short hearing that drew a crowd of reporters and former employees, {p} pleaded not guilty to every count.",
    "A jury convicted {p} of embezzlement earlier this year, and the judge is expected to hand down a sentence"
    " once the probation report is complete.",
    "The judge dismissed the charges against {q} on {day}, finding that investigators had relied on records that"
    " were never shown to the defence.",
    "{org} reached a settlement with {q} in {year}, ending a dispute over unpaid fees that had dragged on through"
    " two courts and several rounds of mediation.",
    "{org} acquired {org2} for about two billion dollars in {month} {year}, its largest purchase since the company"
    " moved its headquarters to {city}.",
    "{p} resigned as chief executive of {org} on {day}, less than a year after taking over from the company's"
    " long-serving founder.",
    "Two people died when a bus crashed into a wall near {city} on {day}, and local officials closed the road for"
    " most of the afternoon.",
    "If convicted, {p} faces up to five years in prison and a fine that could exceed the amount the company says"
    " it lost.",
    "{p} told reporters outside the courthouse that the deal had been fair to everyone and that the family would"
    " not comment further.",
    "Shareholders filed a lawsuit against {org} in {year}, arguing that the board had hidden the size of its"
    " losses from the market.",
    "{p}, who founded {org} in {year} with two friends from university, declined to comment on the decision.",
    "The court ruled in favour of {org} in {month} {year}, although the written opinion has not yet been"
    " published by the clerk's office.",
    "Mr. {last} met U.S. officials in Washington on Oct. 3 to discuss the export licence, which the company says"
    " is essential to its plans.",
]
# Background sentences without events, as real reports have between the news.
FILLER = [
    "{org} employs about 4,000 people in {city} and three other towns, most of them in its warehouses and"
    " call centres.",
    "The case has drawn attention from investors and regulators alike, and several analysts now watch every"
    " filing closely.",
    "Local residents described {q} as a quiet neighbour who kept to himself and rarely talked about his work.",
    "Analysts at several banks remain divided over the outlook for the sector, which depends heavily on consumer"
    " spending.",
    "The old building on Main Street is now home to a small museum and a café that is popular with students.",
    "Shares of {org} are up about 12% this year, outpacing most of its rivals and the broader market index.",
    "Critics say the rules are too weak to protect small savers, while supporters argue they strike a fair balance.",
    "{city} is known for its harbour and its annual music festival, which draws visitors from across the region.",
]


def make_article(rng: random.Random, index: int, grow_to: int = 2650, event_share: float = 0.6) -> Article:
    """A synthetic article whose sentences add up to at least ``grow_to`` characters; about
    ``event_share`` of them report an event, the rest are background."""
    published = date(2020, 1, 1) + timedelta(days=rng.randrange(1500))
    sentences: list[str] = []
    while sum(len(s) + 1 for s in sentences) < grow_to:
        last = rng.choice(LAST)
        values = {
            "p": f"{rng.choice(FIRST)} {last}",
            "q": rng.choice(LAST),
            "last": last,
            "org": rng.choice(ORGS),
            "org2": rng.choice(ORGS),
            "city": rng.choice(CITIES),
            "year": str(rng.randrange(2010, published.year + 1)),
            "month": rng.choice(MONTHS),
            "day": rng.choice(["Monday", "Friday", "March 3", "last Tuesday", f"May {rng.randrange(1, 28)}"]),
        }
        pool = TEMPLATES if rng.random() < event_share else FILLER
        sentences.append(rng.choice(pool).format(**values))
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    text = "\n\n".join(paragraphs) + f"\n\nReport {index}."
    return Article(text=text, title=f"Synthetic {index}", published=published, source_path=f"synthetic-{index}")


def _fixed(timexes: list[Timex]) -> Callable[[str, date | None], list[Timex]]:
    """A tagger that returns expressions already found, so the tagger's time is counted once."""

    def tag(text: str, dct: date | None) -> list[Timex]:
        return timexes

    return tag


def development_news() -> list[Article]:
    """The real news articles in ``../shared``: the seed, the SemEval trial set, TimeBank and AQUAINT."""
    found = [read_article(path) for path in sorted(SEED.glob("*.txt"))]
    for path in sorted((TRIAL / "Corpus-trial-data_task4_events_timelines_TimeML").glob("*.tml")):
        doc = read_document(path)
        found.append(Article(text=doc.text, title=doc.docid, published=doc.dct, source_path=doc.docid))
    for path in timeml_files(TIMEML):
        doc = read_timeml(path)
        found.append(Article(text=doc.text, title=doc.name, published=doc.dct, source_path=doc.name))
    return found


@dataclass
class Run:
    """What importing one list of articles took, by phase."""

    articles: int = 0
    chars: int = 0
    events: int = 0
    timexes: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    phases: dict[str, float] = field(
        default_factory=lambda: {"read": 0.0, "tagger": 0.0, "extraction": 0.0, "store": 0.0}
    )

    def per_kb(self, count: int) -> float:
        return round(1000 * count / self.chars, 2)


def write_files(articles: list[Article], folder: Path) -> list[Path]:
    """Each article as a text file the importer reads: headline, dateline, blank line, text."""
    folder.mkdir()
    paths = []
    for index, article in enumerate(articles):
        dateline = (
            f"{article.published:%B} {article.published.day}, {article.published.year}" if article.published else ""
        )
        path = folder / f"{index:05d}.txt"
        path.write_text(f"{article.title}\n{dateline}\n\n{article.text}\n", encoding="utf-8")
        paths.append(path)
    return paths


def import_all(store: Store, paths: list[Path]) -> Run:
    """The work of importing each file, timed by phase: read it as the importer does, tag times,
    extract events with those tags, store (the steps of ``import_files`` and ``import_article``)."""
    run = Run(articles=len(paths))
    clock = time.perf_counter
    began, cpu_began = clock(), time.process_time()
    for path in paths:
        t0 = clock()
        article = read_article(path, allow_undated=True)
        run.chars += len(article.text)
        t1 = clock()
        timexes = tag_times(article.text, article.published)
        run.timexes += len(timexes)
        t2 = clock()
        found = extract(article, _fixed(timexes))
        t3 = clock()
        if store.find_article_by_hash(article.content_hash) is None:
            run.events += len(store.add_article(article, found).event_ids)
        t4 = clock()
        run.phases["read"] += t1 - t0
        run.phases["tagger"] += t2 - t1
        run.phases["extraction"] += t3 - t2
        run.phases["store"] += t4 - t3
    run.seconds, run.cpu_seconds = clock() - began, time.process_time() - cpu_began
    return run


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Import with extraction of many seed-sized articles.")
    parser.add_argument("count", nargs="?", type=int, default=10_000, help="synthetic articles (default 10,000)")
    parser.add_argument(
        "--event-share", type=float, default=0.2, help="share of synthetic sentences that report an event (default 0.2)"
    )
    options = parser.parse_args(argv[1:])
    count, event_share = options.count, options.event_share
    seed_chars = sum(len(read_article(path).text) for path in SEED.glob("*.txt"))
    rng = random.Random(7)
    # The last sentence and the closing line overshoot ``grow_to`` by about 90 characters on average.
    synthetic = [make_article(rng, i, grow_to=seed_chars - 90, event_share=event_share) for i in range(count)]
    news = development_news()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store, import_session():
        synthetic_files = write_files(synthetic, Path(tmp) / "synthetic")
        news_files = write_files(news, Path(tmp) / "news")
        made = import_all(store, synthetic_files)
        real = import_all(store, news_files)
        stored_events, _ = store.counts()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    real_rate = real.chars / seed_chars / real.seconds  # seed-sized articles per second
    result = {
        "seed_chars": seed_chars,
        "synthetic": {
            "articles": count,
            "event_share": event_share,
            "mean_chars": round(made.chars / count),
            "seconds": round(made.seconds, 2),
            "articles_per_second": round(count / made.seconds, 1),
            "articles_per_cpu_second": round(count / made.cpu_seconds, 1),
            "ms_per_article": {name: round(1000 * value / count, 2) for name, value in made.phases.items()},
            "events_per_kb": made.per_kb(made.events),
            "timexes_per_kb": made.per_kb(made.timexes),
        },
        "real_news": {
            "articles": real.articles,
            "chars": real.chars,
            "seconds": round(real.seconds, 2),
            "seed_sized_articles_per_second": round(real_rate, 1),
            "seed_sized_per_cpu_second": round(real.chars / seed_chars / real.cpu_seconds, 1),
            "ms_per_seed_sized_article": {
                name: round(1000 * value * seed_chars / real.chars, 2) for name, value in real.phases.items()
            },
            "events_per_kb": real.per_kb(real.events),
            "timexes_per_kb": real.per_kb(real.timexes),
        },
        "events_stored_after_merge": stored_events,
        "peak_rss_mb": round(peak_mb, 1),
    }
    print(
        f"{count} synthetic articles of ~{made.chars / count:.0f} chars (the seed has {seed_chars}):"
        f" {count / made.seconds:.0f} articles/s wall, {count / made.cpu_seconds:.0f} per CPU second;"
        f" {made.per_kb(made.events)} events and {made.per_kb(made.timexes)} dates per KB"
    )
    print(
        f"then {real.articles} real news articles ({real.chars / 1000:.0f} KB) into the same database:"
        f" {real.chars / 1000 / real.seconds:.0f} KB/s = {real_rate:.0f} seed-sized articles/s;"
        f" {real.per_kb(real.events)} events and {real.per_kb(real.timexes)} dates per KB"
    )
    print(f"peak RSS {peak_mb:.0f} MB")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
