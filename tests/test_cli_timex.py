"""The tag-times and eval-timeml commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED

TBAQ = SHARED / "data" / "timeml" / "tbaq-cleaned"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline_app", *args], capture_output=True, text=True, cwd=REPO, timeout=120
    )


def test_tag_times_prints_json_with_offsets_into_the_raw_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    text = "Café news\r\nThe case was settled in 2022.\r\nThe judge ruled Friday; hearings follow next month."
    path.write_bytes(text.encode("utf-8"))
    out = run("tag-times", "--dct", "2024-07-13", str(path))
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [(r["text"], r["type"], r["value"]) for r in rows] == [
        ("2022", "DATE", "2022"),
        ("Friday", "DATE", "2024-07-12"),
        ("next month", "DATE", "2024-08"),
    ]
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
        assert set(row) <= {"start", "end", "text", "type", "value", "mod"}


def test_tag_times_mod_is_printed_only_when_set(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("It grew in early 2023 for about two weeks.", encoding="utf-8")
    rows = json.loads(run("tag-times", "--dct", "2024-07-13", str(path)).stdout)
    assert rows[0]["mod"] == "START" and rows[1]["mod"] == "APPROX"


def test_tag_times_without_dct_leaves_placeholders(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("He left yesterday.", encoding="utf-8")
    rows = json.loads(run("tag-times", str(path)).stdout)
    assert rows == [{"start": 8, "end": 17, "text": "yesterday", "type": "DATE", "value": "XXXX-XX-XX"}]


def test_tag_times_bad_input_one_line_errors(tmp_path: Path) -> None:
    missing = run("tag-times", "--dct", "2024-07-13", str(tmp_path / "nope.txt"))
    assert missing.returncode != 0 and missing.stderr.count("\n") == 1 and "nope.txt" in missing.stderr
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\xff\xfe\x00bad")
    bad = run("tag-times", "--dct", "2024-07-13", str(binary))
    assert bad.returncode != 0 and "bin.txt: not UTF-8" in bad.stderr and "Traceback" not in bad.stderr
    bad_date = run("tag-times", "--dct", "13/07/2024", str(binary))
    assert bad_date.returncode != 0 and "Traceback" not in bad_date.stderr


def test_tag_times_loads_no_qt_and_no_dateparser() -> None:
    code = (
        "import sys, runpy; sys.argv=['timeline-app','--version'];\n"
        "import timeline_app.cli as c, timeline_app.core.timex;\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6','dateparser')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True)
    assert out.stdout.strip() == "[]"


def _write_tml(path: Path) -> None:
    path.write_text(
        '<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
        'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>\n<TEXT>Prices fell '
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after '
        '<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of gains.</TEXT></TimeML>\n',
        encoding="utf-8",
    )


def test_eval_timeml_json_on_a_small_corpus(tmp_path: Path) -> None:
    _write_tml(tmp_path / "a.tml")
    out = run("eval-timeml", str(tmp_path), "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["documents"] == 1 and result["gold"] == 2
    assert result["strict_f1"] == pytest.approx(100.0) and result["value_f1"] == pytest.approx(100.0)


def test_eval_timeml_table_and_errors(tmp_path: Path) -> None:
    _write_tml(tmp_path / "a.tml")
    (tmp_path / "b.tml").write_text("<TimeML><TEXT>broken", encoding="utf-8")
    out = run("eval-timeml", str(tmp_path), "--errors")
    assert out.returncode == 1
    assert "strict" in out.stdout and "relaxed" in out.stdout and "value" in out.stdout
    assert "b.tml: not readable TimeML" in out.stderr and "Traceback" not in out.stderr
    assert run("eval-timeml", str(tmp_path / "none")).returncode != 0


def test_eval_timeml_on_timebank_meets_the_bar() -> None:
    if not (TBAQ / "TimeBank").exists():
        pytest.skip(f"TimeML data not found at {TBAQ}")
    result = json.loads(run("eval-timeml", str(TBAQ / "TimeBank"), "--json").stdout)
    assert result["relaxed_f1"] > 88 and result["value_f1"] > 75


def test_eval_timeml_takes_several_directories_and_files(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    _write_tml(tmp_path / "one" / "a.tml")
    _write_tml(tmp_path / "two" / "b.tml")
    _write_tml(tmp_path / "c.tml")
    out = run("eval-timeml", str(tmp_path / "one"), str(tmp_path / "two"), str(tmp_path / "c.tml"), "--json")
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["documents"] == 3 and result["gold"] == 6
    missing = run("eval-timeml", str(tmp_path / "one"), str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and "nowhere: not a directory" in missing.stderr


def test_aquaint_split_alternates_files_in_name_order(tmp_path: Path) -> None:
    from benchmarks.eval_tagger_splits import aquaint_split

    for name in ("d.tml", "a.tml", "c.tml", "b.tml", "e.tml"):
        _write_tml(tmp_path / name)
    development, held_out = aquaint_split(tmp_path)
    assert [p.name for p in development] == ["a.tml", "c.tml", "e.tml"]
    assert [p.name for p in held_out] == ["b.tml", "d.tml"]


def test_eval_tagger_splits_script_prints_the_table() -> None:
    if not (TBAQ / "AQUAINT").exists():
        pytest.skip(f"TimeML data not found at {TBAQ}")
    out = subprocess.run(
        [sys.executable, "benchmarks/eval_tagger_splits.py", "--sets", "aq-dev"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout.strip().splitlines()[-1])
    assert list(rows) == ["aq-dev"] and rows["aq-dev"]["files"] == 37 and rows["aq-dev"]["gold"] == 300
    assert "set" in out.stdout.splitlines()[0]
