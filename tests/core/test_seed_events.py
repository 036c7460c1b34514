"""Acceptance on the seed article: import it through the CLI and read the events back as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def seed_events(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], str]:
    from tests.conftest import SEED

    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED}")
    db = tmp_path_factory.mktemp("seed") / "seed.db"
    run = [sys.executable, "-m", "timeline_app"]
    subprocess.run([*run, "import", "--db", str(db), str(SEED)], cwd=REPO, check=True, capture_output=True)
    out = subprocess.run(
        [*run, "events", "--db", str(db), "--format", "json"], cwd=REPO, check=True, capture_output=True, text=True
    )
    arts = subprocess.run(
        [*run, "articles", "--db", str(db), "--format", "json"], cwd=REPO, check=True, capture_output=True, text=True
    )
    assert len(json.loads(arts.stdout)) == 1
    from timeline_app.core.store import Store

    with Store(Path(db)) as store:
        text = store.articles()[0].text
    return json.loads(out.stdout), text


def test_one_dismissal_of_the_charges_against_baldwin(seed_events):
    events, text = seed_events
    dismissals = [e for e in events if e["kind"] == "dismissal"]
    assert len(dismissals) == 1
    (dismissal,) = dismissals
    assert "Baldwin" in dismissal["title"]
    assert dismissal["latest"] == "2024-07-13" and dismissal["earliest"] is None
    quotes = [s["quote"] for s in dismissal["sources"]]
    assert any(q.startswith("Alec Baldwin") for q in quotes)
    assert any(q.startswith("Ultimately") for q in quotes)
    assert any(p.endswith("Baldwin") for p in dismissal["participants"])


def test_gutierrez_reed_conviction_open_start_and_no_conviction_of_baldwin(seed_events):
    events, _ = seed_events
    convictions = [e for e in events if e["kind"] == "conviction"]
    assert len(convictions) == 1
    (conviction,) = convictions
    assert "Gutierrez-Reed" in conviction["title"]
    assert conviction["earliest"] is None and conviction["latest"] == "2024-07-13"
    assert all("Baldwin" not in p for p in conviction["participants"])


def test_settlement_in_2022_and_suits_in_2023_and_2024(seed_events):
    events, _ = seed_events
    settlement = next(e for e in events if e["kind"] == "settlement")
    assert settlement["precision"] == "year"
    assert (settlement["earliest"], settlement["latest"]) == ("2022-01-01", "2022-12-31")
    suits = [e for e in events if e["kind"] == "lawsuit" and e["earliest"]]
    assert sorted(e["earliest"][:4] for e in suits) == ["2023", "2024"]


def test_shooting_death_present_without_invented_date(seed_events):
    events, _ = seed_events
    deaths = [e for e in events if e["kind"] == "death"]
    assert len(deaths) == 1
    assert any(s["trigger"] == "shooting death" for s in deaths[0]["sources"])
    assert deaths[0]["earliest"] is None and any("Hutchins" in p for p in deaths[0]["participants"])


def test_nothing_after_publication_unless_expected_and_sources_are_exact(seed_events):
    events, text = seed_events
    for event in events:
        if event["status"] != "expected":
            assert event["latest"] is None or event["latest"] <= "2024-07-13"
            assert event["earliest"] is None or event["earliest"] <= "2024-07-13"
        assert len(event["title"]) <= 60
        for source in event["sources"]:
            assert text[source["start"] : source["end"]] == source["quote"]
            assert text[source["trigger_start"] : source["trigger_end"]] == source["trigger"]
            assert source["start"] <= source["trigger_start"] < source["trigger_end"] <= source["end"]
