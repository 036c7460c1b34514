"""Fingerprint of what an import produces, to check that a speed change keeps the same output.

Imports the seed article, the SemEval-2015 trial articles, the TimeBank/AQUAINT TimeML articles
(real news) and synthetic benchmark articles into a fresh database the way the importer does and
prints one hash per part: the extracted events before storing (and any article's failure), the
``events --format json`` rows, each table (``imported_at`` left out) and the answers of a few
full-text searches. The last line is JSON.

Usage: python benchmarks/check_import_output.py [SYNTHETIC_COUNT]   (default 1,500)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import development_news, make_article  # noqa: E402

from timeline_app.core import extract as extract_module  # noqa: E402
from timeline_app.core.event_list import search_event_ids  # noqa: E402
from timeline_app.core.export_data import event_to_dict  # noqa: E402
from timeline_app.core.importer import _store_safely  # noqa: E402
from timeline_app.core.model import Article  # noqa: E402
from timeline_app.core.store import Store  # noqa: E402

TABLES = {
    "articles": "SELECT id, title, text, published, source_path, format, content_hash FROM articles ORDER BY id",
    "events": "SELECT * FROM events ORDER BY id",
    "mentions": "SELECT * FROM mentions ORDER BY id",
    "event_keys": "SELECT key, event_id FROM event_keys ORDER BY key, event_id, rowid",
    "event_spans": "SELECT * FROM event_spans ORDER BY id",
    "event_counts": "SELECT * FROM event_counts ORDER BY level, bucket, kind",
}
# Searches as the window's search box runs them (``search_event_ids``: titles and evidence sentences).
SEARCHES = ["fraud", "arrested", "pleaded not guilty", "Baldwin", "settlement", "court judge", "shooting death"]


def articles(synthetic: int) -> list[Article]:
    found = development_news()
    rng = random.Random(11)
    found.extend(make_article(rng, i) for i in range(synthetic))
    return found


def digest(rows: Iterable[Any]) -> str:
    hasher = hashlib.sha256()
    for row in rows:
        hasher.update(repr(row).encode("utf-8"))
        hasher.update(b"\n")
    return hasher.hexdigest()[:16]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Fingerprint the output of an import.")
    parser.add_argument("count", nargs="?", type=int, default=1500, help="synthetic articles (default 1,500)")
    count = parser.parse_args(argv[1:]).count
    extracted: list[str] = []
    original = extract_module.extract

    def recording(article: Article, *args: Any, **kwargs: Any) -> Any:
        events = original(article, *args, **kwargs)
        extracted.append(repr(events))
        return events

    hashes: dict[str, str] = {}
    errors = 0
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "check.db") as store:
        import timeline_app.core.importer as importer

        importer.extract = recording
        try:
            for article in articles(count):
                # As the importer does: a failure fails this article only (its message is part of the output).
                result = _store_safely(store, article, Path(article.source_path))
                if result.error:
                    extracted.append(result.error)
                    errors += 1
        finally:
            importer.extract = original
        hashes["extracted"] = digest(extracted)
        texts = {a.id: a.text for a in store.articles() if a.id is not None}
        rows = [event_to_dict(event, texts) for event in store.events()]
        hashes["events_json"] = digest([json.dumps(rows, indent=2, ensure_ascii=False)])
        for name, sql in TABLES.items():
            hashes[name] = digest(store.db.execute(sql).fetchall())
        searches = []
        for query in SEARCHES:
            searches.append((query, sorted(search_event_ids(store, query))))
        hashes["searches"] = digest(searches)
        events, stored = store.counts()
    for name, value in hashes.items():
        print(f"{name:14} {value}")
    print(f"{stored} articles, {events} events, {errors} failed")
    print(json.dumps({"total": digest(sorted(hashes.items())), **hashes}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
