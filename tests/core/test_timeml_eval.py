"""The TempEval-3 style scorer, checked by hand on small cases and with a perfect tagger."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import SHARED
from timeline_app.core.timeml_eval import (
    GoldTimex,
    Tagged,
    TimeMLDocument,
    TimeMLError,
    evaluate,
    parse_timeml_text,
    read_timeml,
    score_document,
    scores,
    timeml_files,
)

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; <EVENT eid="e1">rose</EVENT> for \
<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>.
</TEXT>
</TimeML>
"""

TBAQ = SHARED / "data" / "timeml" / "tbaq-cleaned"


def test_reads_text_offsets_dct_and_gold() -> None:
    doc = parse_timeml_text(TML, "x.tml")
    assert doc.dct == date(1998, 1, 8)
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("yesterday", "DATE", "1998-01-07"),
        ("two weeks", "DURATION", "P2W"),
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
    assert "&" in doc.text and "<EVENT" not in doc.text


def test_a_perfect_tagger_scores_100() -> None:
    doc = parse_timeml_text(TML, "x.tml")

    def perfect(text: str, dct: date | None) -> Iterator[Tagged]:
        return (Tagged(t.start, t.end, t.type, t.value) for t in doc.timexes)

    result = evaluate([doc], perfect).scores()
    for key in ("strict_f1", "relaxed_f1", "value_f1", "type_f1", "strict_precision", "relaxed_recall"):
        assert result[key] == pytest.approx(100.0)


def test_hand_computed_case() -> None:
    gold = [
        GoldTimex(0, 10, "", "DATE", "2020"),
        GoldTimex(20, 30, "", "DURATION", "P1Y"),
        GoldTimex(40, 45, "", "DATE", "PAST_REF"),
    ]
    system = [
        Tagged(0, 10, "DATE", "2020"),  # strict, value and type right
        Tagged(22, 30, "DATE", "P1Y"),  # relaxed only, value right, type wrong
        Tagged(50, 55, "DATE", "2021"),  # spurious
        Tagged(60, 65, "SET", "P1D"),  # spurious
    ]
    report = score_document("doc", gold, system)
    counts = report.counts
    assert (counts.gold, counts.system, counts.strict, counts.relaxed) == (3, 4, 1, 2)
    result = scores(counts)
    assert result["strict_precision"] == pytest.approx(25.0)
    assert result["strict_recall"] == pytest.approx(100 / 3)
    assert result["relaxed_precision"] == pytest.approx(50.0)
    assert result["relaxed_recall"] == pytest.approx(200 / 3)
    relaxed_f1 = 2 * 0.5 * (2 / 3) / (0.5 + 2 / 3) * 100
    assert result["relaxed_f1"] == pytest.approx(relaxed_f1)
    assert result["value_f1"] == pytest.approx(relaxed_f1)  # both matches have the right value
    assert result["type_f1"] == pytest.approx(relaxed_f1 / 2)  # one of two types right
    kinds = sorted(m.kind for m in report.mismatches)
    assert kinds == ["missed", "span", "spurious", "spurious", "type"]


def test_one_system_expression_matches_one_gold_only() -> None:
    gold = [GoldTimex(0, 5, "", "DATE", "a"), GoldTimex(6, 10, "", "DATE", "b")]
    report = score_document("doc", gold, [Tagged(0, 10, "DATE", "a")])
    assert report.counts.relaxed == 1 and report.counts.strict == 0


def test_empty_sides_score_zero_not_crash() -> None:
    assert scores(score_document("d", [], []).counts)["relaxed_f1"] == 0.0


def test_bad_file_gives_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>unclosed", encoding="utf-8")
    with pytest.raises(TimeMLError, match=r"bad\.tml: not readable TimeML"):
        read_timeml(bad)


def test_scores_timebank_gold_perfectly_when_given_gold() -> None:
    if not TBAQ.exists():
        pytest.skip(f"TimeML data not found at {TBAQ}")
    docs: list[TimeMLDocument] = [read_timeml(p) for p in timeml_files(TBAQ / "TimeBank")[:20]]
    by_text = {doc.text: doc for doc in docs}

    def gold_tagger(text: str, dct: date | None) -> list[Tagged]:
        return [Tagged(t.start, t.end, t.type, t.value) for t in by_text[text].timexes]

    assert evaluate(docs, gold_tagger).scores()["value_f1"] == pytest.approx(100.0)


def test_error_table_counts_errors_by_class_and_kind() -> None:
    from timeline_app.core.timeml_eval import error_class, error_table

    assert error_class("last Friday") == "weekday"
    assert error_class("a year earlier") == "a year ago/earlier"
    assert error_class("now") == "present/past/future words"
    assert error_class("the third quarter") == "quarter, half, period"
    assert error_class("zzz") == "other"
    gold = [GoldTimex(0, 6, "Friday", "DATE", "2024-07-12"), GoldTimex(10, 13, "now", "DATE", "PRESENT_REF")]
    system = [Tagged(0, 6, "DATE", "2024-07-19"), Tagged(20, 24, "DATE", "2024")]
    report = score_document("d", gold, system, "Friday    now       2024")
    table = error_table(report.mismatches).splitlines()
    assert table[0].split() == ["class", "missed", "spurious", "span", "type", "value", "total"]
    rows = {line[:28].strip(): line[28:].split() for line in table[1:]}
    assert rows["weekday"] == ["0", "0", "0", "0", "1", "1"]
    assert rows["present/past/future words"] == ["1", "0", "0", "0", "0", "1"]
    assert rows["year"] == ["0", "1", "0", "0", "0", "1"]
    assert rows["total"] == ["1", "1", "0", "0", "1", "3"]
