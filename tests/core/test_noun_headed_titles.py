"""A noun naming a happening at the head of its clause ("The funeral of X was held on Friday") is the
event, of the noun's kind and dated by the clause; the verb that only tells of it is no event of its
own. Real files through the importer into a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.article_files import write_html
from timeline_app.core.importer import import_files
from timeline_app.core.model import Event
from timeline_app.core.store import Store

PUBLISHED = date(2024, 3, 6)  # a Wednesday: "on Monday" is 4 March, "on Friday" 1 March


def _events(tmp_path: Path, paragraphs: list[str]) -> list[Event]:
    path = write_html(tmp_path / "story.html", "Court and city news", paragraphs, PUBLISHED)
    with Store(tmp_path / "t.db") as store:
        (result,) = import_files(store, [path])
        assert result.ok, result.error
        return store.events()


def _headed_by(events: list[Event], word: str) -> list[Event]:
    return [event for event in events if event.title.split()[0].lower() == word]


def test_trial_of_two_men_held_on_monday_is_a_trial_on_monday(tmp_path):
    events = _events(
        tmp_path,
        ["The trial of two men accused of the harbour bombing was held on Monday at a special court in the capital."],
    )
    (trial,) = _headed_by(events, "trial")
    assert trial.kind == "trial"
    assert trial.span.earliest == trial.span.latest == date(2024, 3, 4)


def test_funeral_and_sentencing_take_their_nouns_kind_and_the_clause_date(tmp_path):
    events = _events(
        tmp_path,
        [
            "The funeral of the former mayor was held on Friday in Springfield.",
            "The sentencing of John Keller took place on Monday, a week after the jury returned its verdict.",
        ],
    )
    (funeral,) = _headed_by(events, "funeral")
    assert funeral.kind == "funeral" and funeral.span.earliest == date(2024, 3, 1)
    (sentencing,) = _headed_by(events, "sentencing")
    assert sentencing.kind == "sentencing" and sentencing.span.earliest == date(2024, 3, 4)
    assert not [event for event in events if event.kind == "event"]


def test_a_deed_of_the_people_after_the_noun_is_not_titled_by_the_noun(tmp_path):
    # "delayed the trial of two men suspected of blowing up ... in 1994": the 1994 deed is theirs, not a trial.
    events = _events(
        tmp_path,
        ["The dispute has delayed the trial of two men suspected of blowing up a passenger jet over the sea in 1994."],
    )
    (deed,) = [event for event in events if event.span.earliest == date(1994, 1, 1)]
    assert deed.title.startswith("Two men suspected of blowing up")
    assert all(event.kind == "trial" for event in _headed_by(events, "trial"))


def test_a_noun_only_describing_the_subject_does_not_take_the_date(tmp_path):
    events = _events(
        tmp_path,
        [
            "The funeral home operator changed its fiscal year in December.",
            "While the visit was unrelated to the merger, the chairman answered questions about it on Tuesday.",
        ],
    )
    assert not [event for event in events if event.kind == "funeral" and event.span.earliest is not None]
    assert not [event for event in events if event.kind == "meeting" and event.span.earliest is not None]
