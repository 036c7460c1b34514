"""Scoring the tagger on plain-text articles annotated with character offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.eval_tagger_articles import main

ARTICLES = {
    "a": ("2021-03-19", "The council met on Tuesday and will vote again next month."),
    "b": ("2018-12-05", "Shares rose 3% in the past two years, the firm said on 4 December."),
}


def _folder(tmp_path: Path, gold: list[dict[str, object]]) -> Path:
    (tmp_path / "texts").mkdir()
    lines = []
    for key, (dct, text) in ARTICLES.items():
        (tmp_path / "texts" / f"{key}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"id": key, "dct": dct}))
    (tmp_path / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(item) + "\n" for item in gold), encoding="utf-8")
    return tmp_path


def _span(key: str, words: str, kind: str, value: str) -> dict[str, object]:
    start = ARTICLES[key][1].index(words)
    return {"id": key, "start": start, "end": start + len(words), "text": words, "type": kind, "value": value}


GOLD = [
    _span("a", "Tuesday", "DATE", "2021-03-16"),
    _span("a", "next month", "DATE", "2021-04"),
    _span("b", "the past two years", "DURATION", "P2Y"),
    _span("b", "4 December", "DATE", "2018-12-04"),
]


def _last_json(capsys: pytest.CaptureFixture[str]) -> dict[str, float]:
    return json.loads(capsys.readouterr().out.splitlines()[-1])


def test_an_annotation_scored_against_itself_is_perfect(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path, GOLD)
    assert main([str(folder), "--against", str(folder / "gold.jsonl")]) == 0
    row = _last_json(capsys)
    assert row["articles"] == 2 and row["gold"] == 4
    assert (row["strict_f1"], row["relaxed_f1"], row["value_f1"], row["type_f1"]) == (100.0, 100.0, 100.0, 100.0)


def test_the_tagger_is_scored_on_the_texts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(_folder(tmp_path, GOLD)), "--errors"]) == 0
    row = _last_json(capsys)
    assert row["value_f1"] == 100.0 and row["strict_f1"] == 100.0


def test_a_wrong_offset_or_text_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wrong_text = dict(GOLD[0], text="Monday")
    assert main([str(_folder(tmp_path, [wrong_text]))]) == 1
    assert "text 'Monday' is not the article's 'Tuesday'" in capsys.readouterr().err
    (tmp_path / "gold.jsonl").write_text(json.dumps(dict(GOLD[0], end=999)) + "\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert "no characters 19:999 in article a" in capsys.readouterr().err
    assert main([str(tmp_path / "missing")]) == 1
