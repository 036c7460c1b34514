"""Score our tagger on our own TIMEX3 annotation of the 30 Wikinews trial articles.

Run: ``python benchmarks/eval_tagger_wikinews.py [--sets wn-dev,wn-held] [--errors] [--against FILE]``.

The articles are the SemEval-2015 Task 4 trial files (``../shared/data/semeval2015-timeline-trial``);
the gold expressions are ours (``benchmarks/gold/wikinews_trial_timex3.jsonl``): two annotators marked
them independently and blind to the tagger, then the differences were settled. Each gold line names
a document, a sentence and a token range, so the file holds no text of the articles. The tagger
reads each article as running text with its creation date, and is scored the TempEval-3 way
(``core/timeml_eval.py``). Files in name order are split by position: even positions are the
development half, odd positions the held-out half, which is only looked at through these figures.
``--against FILE`` scores another annotation file instead of the tagger (agreement between
annotators). Last line: JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.eval_tagger_articles import TABLE_HEAD, AnnotationError, figures, score, table_line  # noqa: E402
from benchmarks.wikinews import Document, join_tokens, read_document  # noqa: E402
from timeline_app.core.timeml_eval import GoldTimex, format_errors  # noqa: E402

ARTICLES = REPO.parent / "shared" / "data" / "semeval2015-timeline-trial" / "Corpus-trial-data_task4_TimeML"
GOLD = REPO / "benchmarks" / "gold" / "wikinews_trial_timex3.jsonl"
SETS = ("wn-dev", "wn-held")


def split_files(directory: Path) -> dict[str, list[Path]]:
    """The development half (even positions in name order) and the held-out half (odd positions)."""
    files = sorted(directory.glob("*.tml"), key=lambda path: path.name)
    return {"wn-dev": files[0::2], "wn-held": files[1::2]}


def read_annotations(path: Path, documents: dict[str, Document]) -> dict[str, list[GoldTimex]]:
    """Each document's expressions from a JSONL file of token ranges, checked against the articles."""
    found: dict[str, list[GoldTimex]] = {docid: [] for docid in documents}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        timex = _annotation(item, documents, f"{path.name}:{number}")
        if timex is not None:
            found[str(item["doc"])].append(timex)
    return {docid: sorted(timexes, key=lambda t: t.start) for docid, timexes in found.items()}


def _annotation(item: dict[str, object], documents: dict[str, Document], where: str) -> GoldTimex | None:
    document = documents.get(str(item["doc"]))
    if document is None:
        return None
    tokens = document.tokens.get(int(str(item["s"])))
    first, end = int(str(item["t0"])), int(str(item["t1"]))
    if tokens is None or not 0 <= first < end <= len(tokens):
        raise AnnotationError(f"{where}: no tokens {first}:{end} in sentence {item['s']} of {item['doc']}")
    start, stop = tokens[first][0], tokens[end - 1][1]
    text = document.text[start:stop]
    if "text" in item and text != join_tokens(str(item["text"]).split())[0]:
        raise AnnotationError(f"{where}: text {item['text']!r} is not the tokens' text {text!r}")
    return GoldTimex(start, stop, text, str(item["type"]), str(item["value"]), str(item.get("mod", "")))


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, from {', '.join(SETS)}")
    parser.add_argument("--gold", type=Path, default=GOLD, help="the gold annotation (JSONL of token ranges)")
    parser.add_argument("--against", type=Path, help="score this annotation file instead of the tagger")
    parser.add_argument("--articles", type=Path, default=ARTICLES, help="the trial TimeML directory")
    parser.add_argument("--errors", action="store_true", help="list each mismatch")
    args = parser.parse_args(list(argv) if argv is not None else None)
    names = [name.strip() for name in args.sets.split(",") if name.strip()]
    if any(name not in SETS for name in names):
        print(f"--sets: choose from {', '.join(SETS)}", file=sys.stderr)
        return 1
    if not args.articles.is_dir():
        print(f"{args.articles}: not found", file=sys.stderr)
        return 1
    halves = split_files(args.articles)
    read = {name: [read_document(path) for path in paths] for name, paths in halves.items()}
    documents = {doc.docid: doc for docs in read.values() for doc in docs}
    try:
        gold = read_annotations(args.gold, documents)
        other = read_annotations(args.against, documents) if args.against else None
    except (AnnotationError, OSError, ValueError, KeyError) as error:
        print(f"{error}", file=sys.stderr)
        return 1
    rows: dict[str, dict[str, float]] = {}
    print(TABLE_HEAD)
    for name in names:
        chosen = read[name]
        texts = {doc.docid: (doc.text, doc.dct) for doc in chosen}
        report = score(texts, gold, other)
        result = report.scores()
        rows[name] = {"files": len(chosen), **figures(result)}
        print(table_line(name, len(chosen), result))
        if args.errors:
            print(format_errors(report.mismatches))
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
