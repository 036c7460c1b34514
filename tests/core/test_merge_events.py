"""Merging the same event reported by several articles, in a real SQLite file."""

from __future__ import annotations

from datetime import date

from timeline_app.core.importer import import_article
from timeline_app.core.model import Article, Status
from timeline_app.core.store import Store
from timeline_app.core.timespan import TimeSpan


def _article(text: str, published: date, name: str) -> Article:
    return Article(text=text, title=name, published=published, source_path=name)


def test_same_conviction_in_two_articles_is_one_event_with_both_sources(tmp_path):
    with Store(tmp_path / "t.db") as store:
        import_article(store, _article("Jane Ortiz was convicted of fraud. She will appeal.", date(2023, 5, 2), "a"))
        import_article(store, _article("Ortiz was convicted of fraud earlier.", date(2023, 6, 1), "b"))
        convictions = [e for e in store.events() if e.kind == "conviction"]
        assert len(convictions) == 1
        (event,) = convictions
        assert {m.article_id for m in event.mentions} == {1, 2}
        assert event.span.latest == date(2023, 5, 2) and event.span.earliest is None
        assert event.status is Status.REPORTED


def test_disagreeing_sources_on_a_once_only_event_are_a_conflict(tmp_path):
    with Store(tmp_path / "t.db") as store:
        import_article(store, _article("Tim Webb died in 2019.", date(2023, 1, 1), "a"))
        import_article(store, _article("Tim Webb died in 2020.", date(2023, 2, 1), "b"))
        deaths = [e for e in store.events() if e.kind == "death"]
        assert len(deaths) == 1
        assert deaths[0].status is Status.CONFLICT
        assert (deaths[0].span.earliest, deaths[0].span.latest) == (date(2019, 1, 1), date(2020, 12, 31))
        assert len(deaths[0].mentions) == 2


def test_different_people_are_not_merged(tmp_path):
    with Store(tmp_path / "t.db") as store:
        import_article(store, _article("Jane Ortiz was arrested.", date(2023, 5, 2), "a"))
        import_article(store, _article("Mark Lee was arrested.", date(2023, 5, 3), "b"))
        assert len([e for e in store.events() if e.kind == "arrest"]) == 2


def test_sample_case_file_merges_the_same_events_across_articles(tmp_path):
    from tests.conftest import REPO
    from timeline_app.core.importer import import_files

    samples = sorted((REPO / "resources" / "samples").glob("*.txt"))
    with Store(tmp_path / "t.db") as store:
        results = list(import_files(store, samples))
        assert all(r.ok for r in results)
        events = store.events()
    deaths = [e for e in events if e.kind == "death"]
    assert len(deaths) == 1
    assert len({m.article_id for m in deaths[0].mentions}) >= 3
    assert deaths[0].span.earliest == deaths[0].span.latest == date(2021, 10, 21)
    convictions = [e for e in events if e.kind == "conviction" and e.participants]
    assert len(convictions) == 1 and convictions[0].span.earliest == date(2024, 3, 6)
    assert len({m.article_id for m in convictions[0].mentions}) == 2
    dismissals = sorted((e.span.earliest, e.span.latest) for e in events if e.kind == "dismissal")
    assert dismissals == [(date(2023, 4, 1), date(2023, 4, 30)), (date(2024, 7, 12), date(2024, 7, 12))]
    # April: "His trial is scheduled to begin in July"; July: "The trial had opened earlier in the week".
    # The planned trial came true: one reported trial of Baldwin with both articles as sources.
    (baldwin_trial,) = [e for e in events if e.kind == "trial" and any("Baldwin" in p for p in e.participants)]
    assert baldwin_trial.status is Status.REPORTED and not baldwin_trial.span.expected
    assert (baldwin_trial.span.earliest, baldwin_trial.span.latest) == (date(2024, 7, 8), date(2024, 7, 14))
    assert len({m.article_id for m in baldwin_trial.mentions}) == 2
    last_publication_ends = TimeSpan.on_day(date(2024, 7, 15)).end_seconds()
    assert last_publication_ends is not None
    for event in events:
        start = event.span.start_seconds()  # bounds may be dates or date-times ("that night")
        if event.status is not Status.EXPECTED:
            assert start is None or start < last_publication_ends


def test_an_article_with_hundreds_of_participants_is_stored(tmp_path):
    names = [f"Person{chr(65 + i % 26)}{chr(65 + i // 26)} Example{i}" for i in range(600)]
    text = " ".join(f"{name} was arrested." for name in names)
    with Store(tmp_path / "t.db") as store:
        import_article(store, _article(text, date(2023, 5, 2), "a"))
        import_article(store, _article(text + " Again.", date(2023, 5, 3), "b"))
        arrests = [e for e in store.events() if e.kind == "arrest"]
        assert len(arrests) == 600
        assert all(len({m.article_id for m in e.mentions}) == 2 for e in arrests)


def test_a_planned_event_that_came_true_is_one_reported_event(tmp_path):
    with Store(tmp_path / "t.db") as store:
        import_article(store, _article("The trial of Jane Ortiz is scheduled to begin in May.", date(2023, 3, 2), "a"))
        import_article(store, _article("The trial of Jane Ortiz opened on May 8.", date(2023, 5, 9), "b"))
        import_article(store, _article("The trial of Mark Lee is scheduled for May.", date(2023, 3, 2), "c"))
        trials = [e for e in store.events() if e.kind == "trial"]
        ortiz = [e for e in trials if "Jane Ortiz" in e.participants]
        assert len(ortiz) == 1 and ortiz[0].status is Status.REPORTED
        assert (ortiz[0].span.earliest, ortiz[0].span.latest) == (date(2023, 5, 8), date(2023, 5, 8))
        assert {m.article_id for m in ortiz[0].mentions} == {1, 2}
        lee = [e for e in trials if "Mark Lee" in e.participants]
        assert len(lee) == 1 and lee[0].status is Status.EXPECTED  # another man's planned trial stays planned
