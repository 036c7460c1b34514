"""Score the tagger on plain-text articles annotated by hand with character offsets.

Run: ``python benchmarks/eval_tagger_articles.py DIR [--gold FILE] [--against FILE] [--errors]``.

``DIR`` holds ``texts/<id>.txt`` (one article each, UTF-8), ``manifest.jsonl`` (one line per
article with its ``id`` and ``dct``, the publication date YYYY-MM-DD) and the gold annotation
``gold.jsonl``: one expression per line with the article ``id``, ``start`` and ``end`` (character
offsets, end exclusive), ``type``, ``value`` and ``mod``; a ``text`` field, when there, must equal
the article's text at those offsets. This is how a fresh sample of news is measured without the
articles entering the repository. Scores are TempEval-3 style (``core/timeml_eval.py``);
``--against FILE`` scores another annotation instead of the tagger (agreement between
annotators). Last line: JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline_app.core.timeml_eval import GoldTimex, Report, Tagged, format_errors, score_document  # noqa: E402
from timeline_app.core.timex import tag_times  # noqa: E402

FIGURES = ("strict_f1", "relaxed_f1", "value_f1", "type_f1")


class AnnotationError(ValueError):
    """A line of an annotation file that does not fit its article."""


def read_articles(folder: Path) -> dict[str, tuple[str, date]]:
    """Each article's text and creation date, by id."""
    articles = {}
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            text = (folder / "texts" / f"{item['id']}.txt").read_text(encoding="utf-8")
            articles[str(item["id"])] = (text, date.fromisoformat(item["dct"]))
    return articles


def read_annotations(path: Path, articles: dict[str, tuple[str, date]]) -> dict[str, list[GoldTimex]]:
    """Each article's expressions, checked against its text."""
    found: dict[str, list[GoldTimex]] = {key: [] for key in articles}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        key, start, end = str(item["id"]), int(item["start"]), int(item["end"])
        if key not in articles or not 0 <= start < end <= len(articles[key][0]):
            raise AnnotationError(f"{path.name}:{number}: no characters {start}:{end} in article {key}")
        text = articles[key][0][start:end]
        if "text" in item and item["text"] != text:
            raise AnnotationError(f"{path.name}:{number}: text {item['text']!r} is not the article's {text!r}")
        found[key].append(GoldTimex(start, end, text, item["type"], item["value"], item.get("mod", "")))
    return {key: sorted(timexes, key=lambda t: t.start) for key, timexes in found.items()}


def score(
    articles: dict[str, tuple[str, date]], gold: dict[str, list[GoldTimex]], other: dict[str, list[GoldTimex]] | None
) -> Report:
    """The tagger's (or another annotation's) scores against the gold over all articles."""
    total = Report()
    for key, (text, dct) in articles.items():
        found = other[key] if other is not None else tag_times(text, dct)
        system = [Tagged(t.start, t.end, t.type, t.value) for t in found]
        report = score_document(key, gold[key], system, text)
        total.counts.add(report.counts)
        total.mismatches.extend(report.mismatches)
        total.documents += 1
    return total


def figures(result: dict[str, float]) -> dict[str, float]:
    """The gold count and the four F1 figures of a result, rounded for the JSON line."""
    return {"gold": result["gold"], **{k: round(result[k], 2) for k in FIGURES}}


def table_line(name: str, files: int, result: dict[str, float]) -> str:
    """One line of the printed table: a name, files, gold and the four F1 figures."""
    return f"{name:10}{files:6}{int(result['gold']):6}" + "".join(f"{result[k]:8.2f}" for k in FIGURES)


TABLE_HEAD = f"{'set':10}{'files':>6}{'gold':>6}{'strict':>8}{'relaxed':>8}{'value':>8}{'type':>8}"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="texts/, manifest.jsonl and gold.jsonl")
    parser.add_argument("--gold", type=Path, help="the gold annotation (default: FOLDER/gold.jsonl)")
    parser.add_argument("--against", type=Path, help="score this annotation file instead of the tagger")
    parser.add_argument("--errors", action="store_true", help="list each mismatch")
    args = parser.parse_args(list(argv) if argv is not None else None)
    try:
        articles = read_articles(args.folder)
        gold = read_annotations(args.gold or args.folder / "gold.jsonl", articles)
        other = read_annotations(args.against, articles) if args.against else None
    except (AnnotationError, OSError, ValueError, KeyError) as error:
        print(f"{args.folder}: {error}", file=sys.stderr)
        return 1
    report = score(articles, gold, other)
    result = report.scores()
    row = {"articles": len(articles), **figures(result)}
    print(TABLE_HEAD)
    print(table_line(args.folder.name, len(articles), result))
    if args.errors:
        print(format_errors(report.mismatches))
    print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
