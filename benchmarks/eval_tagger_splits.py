"""Score our tagger on TimeBank and on the two halves of AQUAINT, in one table.

Run: ``python benchmarks/eval_tagger_splits.py [--sets timebank,aq-dev,aq-held] [--json]``.
The AQUAINT files, sorted by name, are split by position: even positions (0, 2, 4, ...) are the
development half, odd positions the held-out half. The split is fixed by this rule alone, so it
can be rebuilt anywhere; the held-out half is only ever looked at through these aggregate
figures. Scores are TempEval-3 style (``core/timeml_eval.py``): strict and relaxed span F1,
value F1 and type F1. Last line: JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline_app.core.timeml_eval import evaluate_files, timeml_files  # noqa: E402
from timeline_app.core.timex import tag_times  # noqa: E402

TBAQ = REPO.parent / "shared" / "data" / "timeml" / "tbaq-cleaned"
SETS = ("timebank", "aq-dev", "aq-held")
FIGURES = ("strict_f1", "relaxed_f1", "value_f1", "type_f1")


def aquaint_split(directory: Path) -> tuple[list[Path], list[Path]]:
    """The development half (even positions in name order) and the held-out half (odd positions)."""
    files = sorted(timeml_files(directory), key=lambda path: path.name)
    return files[0::2], files[1::2]


def set_files(name: str, tbaq: Path) -> list[Path]:
    """The ``.tml`` files of one named set."""
    if name == "timebank":
        return timeml_files(tbaq / "TimeBank")
    development, held_out = aquaint_split(tbaq / "AQUAINT")
    return development if name == "aq-dev" else held_out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated, from {', '.join(SETS)}")
    parser.add_argument("--data", type=Path, default=TBAQ, help="the tbaq-cleaned directory")
    args = parser.parse_args()
    names = [name.strip() for name in args.sets.split(",") if name.strip()]
    unknown = [name for name in names if name not in SETS]
    if unknown:
        print(f"--sets: unknown set {', '.join(unknown)} (choose from {', '.join(SETS)})", file=sys.stderr)
        return 1
    if not (args.data / "TimeBank").is_dir() or not (args.data / "AQUAINT").is_dir():
        print(f"{args.data}: TimeBank/ and AQUAINT/ not found", file=sys.stderr)
        return 1
    rows: dict[str, dict[str, float]] = {}
    print(f"{'set':10}{'files':>6}{'gold':>6}{'strict':>8}{'relaxed':>8}{'value':>8}{'type':>8}")
    for name in names:
        files = set_files(name, args.data)
        result = evaluate_files(files, tag_times).scores()
        rows[name] = {"files": len(files), "gold": result["gold"], **{k: round(result[k], 2) for k in FIGURES}}
        figures = "".join(f"{result[k]:8.2f}" for k in FIGURES)
        print(f"{name:10}{len(files):6}{int(result['gold']):6}{figures}")
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
