"""Speed of our temporal tagger against dateparser.search_dates on news text (TBAQ concatenated).

Run: ``python benchmarks/bench_tagger.py [--dateparser-kb 50]``. dateparser takes many seconds
per MB, so it is timed on a slice of the text (default 50 KB) and scaled to 1 MB; the output
says so. Both are timed in the same run, so the ratio holds on a noisy machine. Our tagger is
also timed at 0.1, 1 and 10 MB to show that time grows linearly. Every figure is the fastest
of several runs (dateparser: 2, ours: 3 to 5). Last line: JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from timeline_app.core.timeml_eval import read_timeml, timeml_files  # noqa: E402
from timeline_app.core.timex import tag_times  # noqa: E402

TBAQ = REPO.parent / "shared" / "data" / "timeml" / "tbaq-cleaned"
MB = 1_000_000
DCT = date(1998, 2, 15)


def news_text(size: int) -> str:
    """``size`` characters of TBAQ article text, repeated as needed."""
    texts = [read_timeml(path).text for path in timeml_files(TBAQ)]
    corpus = "\n\n".join(texts)
    repeats = size // len(corpus) + 1
    return ("\n\n".join([corpus] * repeats))[:size]


def best_of(runs: int, work: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings: the one least disturbed by other work on a shared machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dateparser-kb", type=int, default=50, help="size of the slice dateparser tags (KB)")
    parser.add_argument("--skip-10mb", action="store_true", help="skip the 10 MB run")
    args = parser.parse_args()
    if not TBAQ.exists():
        print(f"{TBAQ}: TimeML data not found", file=sys.stderr)
        return 1
    one_mb = news_text(MB)
    tag_times(one_mb[:10_000], DCT)  # warm up (compiled patterns are cached by the import already)

    ours_1mb = best_of(5, lambda: tag_times(one_mb, DCT))
    found = len(tag_times(one_mb, DCT))

    from dateparser.search import search_dates

    search_dates("warm up on Friday", languages=["en"])
    slice_size = args.dateparser_kb * 1000
    piece = one_mb[:slice_size]
    theirs_slice = best_of(2, lambda: search_dates(piece, languages=["en"]))
    theirs_1mb = theirs_slice * MB / slice_size
    ours_slice = best_of(5, lambda: tag_times(piece, DCT))

    print(f"text: TBAQ news articles concatenated ({TBAQ})")
    print(f"ours:       {ours_1mb:8.3f} s per 1 MB ({found} expressions)")
    print(
        f"dateparser: {theirs_1mb:8.3f} s per 1 MB (timed on a {args.dateparser_kb} KB slice: "
        f"{theirs_slice:.3f} s, scaled x{MB / slice_size:.0f})"
    )
    print(f"ratio:      {theirs_1mb / ours_1mb:8.1f}x faster (same slice: {theirs_slice / ours_slice:.1f}x)")

    sizes = [MB // 10, MB] + ([] if args.skip_10mb else [10 * MB])
    growth = {}
    for size in sizes:
        text = one_mb[:size] if size <= MB else news_text(size)
        seconds = best_of(3 if size <= MB else 1, lambda text=text: tag_times(text, DCT))  # type: ignore[misc]
        growth[f"{size / MB:g}MB"] = seconds
        print(f"ours at {size / MB:>4g} MB: {seconds:8.3f} s  ({seconds / (size / MB):.3f} s/MB)")
    print(
        json.dumps(
            {
                "ours_s_per_mb": round(ours_1mb, 4),
                "dateparser_s_per_mb": round(theirs_1mb, 3),
                "dateparser_slice_kb": args.dateparser_kb,
                "ratio": round(theirs_1mb / ours_1mb, 1),
                "growth_s": {k: round(v, 4) for k, v in growth.items()},
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
