"""Extraction and dating against the SemEval-2015 Task 4 trial timelines (30 Wikinews articles).

Imports every article (text and DCT from its TimeML file) into a temporary store through the
normal import path, then checks each gold timeline event that has a date (YYYY, YYYY-MM or
YYYY-MM-DD): *found* when one of its gold mentions (document, sentence, word) is the trigger of
an extracted event, *dated right* when that event's span lies inside the gold date.
Prints a summary; the last line is JSON.

Usage: python benchmarks/eval_semeval_timelines.py [DATA_DIR] [--misses]
(``--misses`` also lists each gold event not found or dated wrong, with its sentence.)
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.wikinews import Document, read_document  # noqa: E402
from timeline_app.core.importer import import_article  # noqa: E402
from timeline_app.core.model import Article, Event  # noqa: E402
from timeline_app.core.store import Store  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "semeval2015-timeline-trial"


def gold_span(value: str) -> tuple[date, date] | None:
    if value.startswith("XXXX"):
        return None
    pieces = [int(p) for p in value.split("-") if p.isdigit()]
    if not pieces:
        return None
    if len(pieces) == 1:
        return date(pieces[0], 1, 1), date(pieces[0], 12, 31)
    if len(pieces) == 2:
        return date(pieces[0], pieces[1], 1), date(pieces[0], pieces[1], calendar.monthrange(*pieces)[1])
    day = date(*pieces[:3])
    return day, day


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description="Score extraction and dating against the SemEval-2015 trial timelines."
    )
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT, help="the semeval2015-timeline-trial directory")
    parser.add_argument("--misses", action="store_true", help="list gold events not found or dated wrong")
    args = parser.parse_args(argv[1:])
    data, misses = args.data, args.misses
    docs = {
        d.docid: d
        for d in map(read_document, sorted((data / "Corpus-trial-data_task4_events_timelines_TimeML").glob("*.tml")))
    }
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        article_ids: dict[str, int] = {}
        for doc in docs.values():
            result = import_article(
                store, Article(text=doc.text, title=doc.docid, published=doc.dct, source_path=doc.docid)
            )
            assert result.article_id is not None
            article_ids[doc.docid] = result.article_id
        events = store.events()
    triggers: dict[tuple[int, int], list[tuple[int, int, str, Event]]] = {}
    for event in events:
        for mention in event.mentions:
            doc = next(d for d in docs.values() if article_ids[d.docid] == mention.article_id)
            word = doc.text[mention.trigger_start : mention.trigger_end].lower()
            key = (mention.article_id or 0, mention.start)
            triggers.setdefault(key, []).append((mention.trigger_start, mention.trigger_end, word, event))
    total = found = dated = 0
    per_timeline: dict[str, list[int]] = {}
    for timeline in sorted((data / "TimeLines_trial_data_task4_v1.2").glob("*.txt")):
        counts = per_timeline.setdefault(timeline.stem, [0, 0, 0])
        for line in timeline.read_text(encoding="utf-8").splitlines()[1:]:
            fields = line.split("\t")
            if len(fields) < 3 or (span := gold_span(fields[1])) is None:
                continue
            total += 1
            counts[0] += 1
            hit = _match(fields[2:], docs, article_ids, triggers)
            if hit is None:
                if misses:
                    print(f"missed  {fields[1]:10} {_gold_sentence(fields[2], docs)}")
                continue
            found += 1
            counts[1] += 1
            earliest, latest = hit.span.earliest, hit.span.latest
            if earliest is not None and latest is not None and span[0] <= _day(earliest) and _day(latest) <= span[1]:
                dated += 1
                counts[2] += 1
            elif misses:
                print(f"dated   {fields[1]:10} ours {hit.span.label:18} {_gold_sentence(fields[2], docs)}")
    for name, (n, f, d) in per_timeline.items():
        print(f"{name:22} gold dated events {n:3}  found {f:3}  dated right {d:3}")
    summary = {
        "gold_dated_events": total,
        "found": found,
        "dated_right": dated,
        "found_share": round(found / total, 3) if total else 0.0,
        "dated_right_share": round(dated / total, 3) if total else 0.0,
        "dated_right_of_found": round(dated / found, 3) if found else 0.0,
        "events_extracted": len(events),
    }
    print(
        f"found {found}/{total} ({summary['found_share']:.0%}), dated right {dated}/{total} "
        f"({summary['dated_right_share']:.0%}; {summary['dated_right_of_found']:.0%} of found)"
    )
    print(json.dumps(summary))
    return 0


def _day(value: date) -> date:
    return value.date() if hasattr(value, "hour") else value  # type: ignore[attr-defined]


def _gold_sentence(mention: str, docs: dict[str, Document]) -> str:
    """The sentence of a gold mention ``DOCID-SENTENCE-WORD`` with the word marked: "... [sold] ..."."""
    docid, sentence, word = mention.split("-", 2)
    doc = docs.get(docid)
    if doc is None or int(sentence) not in doc.sentences:
        return mention
    start, end = doc.sentences[int(sentence)]
    text = doc.text[start:end]
    marked = re.sub(rf"\b({re.escape(word.split('_')[0])})\b", r"[\1]", text, count=1, flags=re.I)
    return f"{docid}: {marked}"


def _match(
    mentions: list[str],
    docs: dict[str, Document],
    article_ids: dict[str, int],
    triggers: dict[tuple[int, int], list[tuple[int, int, str, Event]]],
) -> Event | None:
    """The extracted event whose trigger is one of the gold mentions ``DOCID-SENTENCE-WORD``."""
    for gold in mentions:
        docid, sentence, word = gold.split("-", 2)
        doc = docs.get(docid)
        if doc is None or int(sentence) not in doc.sentences:
            continue
        start, end = doc.sentences[int(sentence)]
        for key, hits in triggers.items():
            if key[0] != article_ids[docid]:
                continue
            for trigger_start, _, text, event in hits:
                if start <= trigger_start < end and word.lower().split("_")[0] in text.split():
                    return event
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
