"""The ``export`` command, run as a user would: a real database file, real output files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.export_samples import build_sample_store
from timeline_app.cli import main
from timeline_app.core.export_data import read_events_csv

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "sample.db"
    build_sample_store(path).close()
    return path


def test_export_csv_from_the_extension(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.csv"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    assert "wrote 7 event(s)" in capsys.readouterr().out
    assert len(read_events_csv(out.read_text(encoding="utf-8"))) == 7


def test_export_json_equals_events_json(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.json"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["events", "--db", str(db), "--format", "json"]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(capsys.readouterr().out)


def test_export_timelinejs_and_range(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "tl.json"
    args = ["export", "--db", str(db), "--out", str(out), "--format", "timelinejs", "--from", "2023-01-01"]
    assert main(args) == 0
    headlines = [slide["text"]["headline"] for slide in json.loads(out.read_text(encoding="utf-8"))["events"]]
    assert "Shooting on the set" not in headlines and "Charges filed" in headlines


def test_export_refuses_to_overwrite_without_force(db: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cal.ics"
    out.write_text("precious", encoding="utf-8")
    assert main(["export", "--db", str(db), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.strip() == f"{out}: already exists (use --force to overwrite)"
    assert out.read_text(encoding="utf-8") == "precious"
    assert main(["export", "--db", str(db), "--out", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_export_bad_input_gets_one_line(db: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "x.docx")]) == 1
    err = capsys.readouterr().err.strip()
    assert "cannot tell the format" in err and "\n" not in err
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "missing" / "x.csv")]) == 1
    assert "does not exist" in capsys.readouterr().err
    args = ["export", "--db", str(db), "--out", str(tmp_path / "x.csv"), "--from", "2024-01-02", "--to", "2024-01-01"]
    assert main(args) == 1
    assert "before it starts" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "x.csv"), "--kinds", "incident", "shootng"]) == 1
    assert capsys.readouterr().err.startswith("no events of kind shootng (kinds in the database: charge, conviction")
    assert list(tmp_path.glob("x.*")) == []


def test_data_export_loads_no_qt(db: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from timeline_app.cli import main;"
        f"rc = main(['export', '--db', {str(db)!r}, '--out', {str(tmp_path / 'q.ics')!r}]);"
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout.split()[-2:] == ["0", "False"]


def test_image_export_says_which_lanes_did_not_fit(db: Path, tmp_path: Path, capsys, qapp) -> None:
    # ``qapp`` first: in this process the export must not make a bare QGuiApplication the widget tests cannot use
    out = tmp_path / "short.png"
    args = ["export", "--db", str(db), "--out", str(out), "--width", "800", "--height", "200", "--dark"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "left out (no room for the lanes" in printed and "px or fewer kinds would show them" in printed
