"""Event extraction on sentences we write, with temporal expressions we construct."""

from __future__ import annotations

import re
from datetime import date

from timeline_app.core.extract import extract
from timeline_app.core.model import Article, Status
from timeline_app.core.sentences import split_sentences
from timeline_app.core.timespan import Precision, TimeSpan
from timeline_app.core.timex import Timex

DCT = date(2024, 3, 8)


def tagger_for(spans: dict[str, TimeSpan]):
    """A tagger that marks each given phrase wherever it occurs with the given span."""

    def tag(text: str, dct: date | None) -> list[Timex]:
        found = []
        for phrase, span in spans.items():
            for match in re.finditer(re.escape(phrase), text):
                found.append(Timex(match.start(), match.end(), phrase, "DATE", span.value, span=span))
        return sorted(found, key=lambda t: t.start)

    return tag


def events_of(text: str, spans: dict[str, TimeSpan] | None = None):
    article = Article(text=text, title="t", published=DCT)
    return article, extract(article, tagger_for(spans or {}))


def test_sentences_keep_abbreviations_initials_and_quotes_together():
    text = 'Mr. Jones met J. R. Smith of Acme Inc. in the U.S. on Oct. 21, 2021. "I left. Then I came back," he said.'
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == [
        "Mr. Jones met J. R. Smith of Acme Inc. in the U.S. on Oct. 21, 2021.",
        '"I left. Then I came back," he said.',
    ]


def test_a_state_after_a_city_ends_a_sentence_before_a_capital():
    text = (
        "He was shot at his home in Amherst, N.Y. Barnett said the doctor died. "
        "On Monday, U.S. President Ford spoke in Albany, N.Y., on the case. He lived in Washington, D.C. and Maine."
    )
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == [
        "He was shot at his home in Amherst, N.Y.",
        "Barnett said the doctor died.",
        "On Monday, U.S. President Ford spoke in Albany, N.Y., on the case.",
        "He lived in Washington, D.C. and Maine.",
    ]


def test_a_surname_after_an_initialism_starts_a_sentence_and_no_is_a_word() -> None:
    text = (
        "Steve Jobs spoke first. Half of them live in the U.S. Jobs also noted the sales. "
        "The State Senate met. In the U.S. Senate members voted. U.S. President Ford said no. He met U.S. Steel "
        "workers at No. 2 plant."
    )
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == [
        "Steve Jobs spoke first.",
        "Half of them live in the U.S.",
        "Jobs also noted the sales.",
        "The State Senate met.",
        "In the U.S. Senate members voted.",
        "U.S. President Ford said no.",
        "He met U.S. Steel workers at No. 2 plant.",
    ]


def test_sentence_offsets_and_paragraphs():
    text = "First one here.\n\nSecond one. Third one!"
    sentences = split_sentences(text)
    assert [text[s.start : s.end] for s in sentences] == ["First one here.", "Second one.", "Third one!"]
    assert [s.paragraph for s in sentences] == [0, 1, 1]


def test_passive_conviction_with_year_is_dated_to_the_year():
    article, events = events_of(
        "The pharmacist Maria Lopez was convicted of fraud in 2019.", {"2019": TimeSpan.in_year(2019)}
    )
    (event,) = events
    assert event.kind == "conviction"
    assert event.span == TimeSpan.in_year(2019)
    assert event.title == "Maria Lopez convicted of fraud"
    assert event.participants == ["Maria Lopez"]
    mention = event.mentions[0]
    assert mention.trigger(article.text) == "convicted"
    assert mention.quote(article.text) == article.text


def test_past_without_date_is_open_until_publication_and_earlier_is_strictly_before():
    _, events = events_of("Police arrested Tom Reed. The mayor, Ann Bell, resigned earlier.")
    arrest, resignation = events
    assert arrest.span == TimeSpan.until(DCT)
    assert arrest.span.precision is Precision.OPEN
    assert resignation.kind == "resignation"
    assert resignation.span == TimeSpan.until(DCT, strictly_before=True)


def test_conditionals_negations_questions_and_modals_are_not_events():
    text = (
        "He faces ten years in prison if convicted. She did not pull the trigger. Was the company acquired? "
        "The board could appoint a new chief."
    )
    _, events = events_of(text)
    assert events == []


def test_plans_are_expected_never_past_facts():
    _, events = events_of("Acme will launch the phone in June 2024.", {"June 2024": TimeSpan.in_month(2024, 6)})
    (event,) = events
    assert event.status is Status.EXPECTED
    assert event.span.expected
    assert event.span.earliest == date(2024, 6, 1)


def test_past_event_never_dated_after_publication():
    _, events = events_of("Acme acquired Beta Corp in 2025.", {"2025": TimeSpan.in_year(2025)})
    (event,) = events
    assert event.span.latest == DCT and event.span.earliest is None


def test_coordinated_dates_give_one_event_each():
    spans = {"2021": TimeSpan.in_year(2021), "2022": TimeSpan.in_year(2022)}
    _, events = events_of("New lawsuits were filed against Delta Farms in 2021 and 2022.", spans)
    assert [e.span for e in events] == [TimeSpan.in_year(2021), TimeSpan.in_year(2022)]
    assert {e.kind for e in events} == {"lawsuit"}


def test_same_event_twice_in_an_article_is_one_event_with_two_mentions():
    text = (
        "A judge dismissed the charges against Paul Grant on Tuesday.\n\n"
        "Grant thanked his family.\n\nThe judge dismissed Grant's case with prejudice."
    )
    article, events = events_of(text, {"on Tuesday": TimeSpan.on_day(date(2024, 3, 5))})
    dismissals = [e for e in events if e.kind == "dismissal"]
    assert len(dismissals) == 1
    (dismissal,) = dismissals
    assert len(dismissal.mentions) == 2
    assert dismissal.span == TimeSpan.on_day(date(2024, 3, 5))
    assert dismissal.title == "Charges against Paul Grant dismissed"
    assert dismissal.participants == ["Paul Grant"]


def test_participants_are_normalised_and_pronouns_resolved():
    text = "Alec Stone's lawyer spoke. A court acquitted him of assault. Stone was sentenced in absentia."
    _, events = events_of(text)
    acquittal = next(e for e in events if e.kind == "acquittal")
    sentencing = next(e for e in events if e.kind == "sentencing")
    assert acquittal.participants == ["Alec Stone"]
    assert sentencing.participants == ["Alec Stone"]
    assert acquittal.title == "Stone acquitted of assault"


def test_generic_kind_needs_a_past_tense_verb_and_its_own_date():
    spans = {"on 4 May 2023": TimeSpan.on_day(date(2023, 5, 4))}
    _, events = events_of("The river flooded the old town on 4 May 2023. The river flows north.", spans)
    (event,) = events
    assert event.kind == "event"
    assert event.span == TimeSpan.on_day(date(2023, 5, 4))


def test_titles_are_short():
    text = (
        "The chief financial officer of the regional transport authority announced a sweeping and costly"
        " reorganisation of every bus route in the northern districts."
    )
    _, events = events_of(text)
    assert events and all(len(e.title) <= 60 for e in events)


def test_salience_prefers_early_legal_events_over_late_statements():
    text = "A jury convicted Ray Moss of arson.\n\n" + "Neighbours talked.\n\n" * 5 + "Moss said he was innocent."
    _, events = events_of(text)
    conviction = next(e for e in events if e.kind == "conviction")
    statement = next(e for e in events if e.kind == "statement")
    assert conviction.salience > statement.salience


def test_narrative_day_carries_to_following_simple_past_in_the_paragraph_only():
    monday = TimeSpan.on_day(date(2024, 3, 4))
    text = (
        "Nora Vance unveiled the new tablet (the X2) on Monday. She demoed its camera. She had announced it before."
        "\n\nVance praised the team."
    )
    _, events = events_of(text, {"on Monday": monday})
    launch = next(e for e in events if e.kind == "launch" and e.span == monday and "tablet" in e.title)
    demo = next(e for e in events if "demoed" in e.title)
    assert launch.span == monday
    assert demo.span == monday
    perfect = next(e for e in events if e.kind == "announcement")
    assert perfect.span.is_open  # a pluperfect does not follow the narrative day
    later = next(e for e in events if "praised" in e.title)
    assert later.span == TimeSpan.until(DCT)  # a new paragraph starts without an anchor


def test_reporting_verb_dated_by_when_said_not_by_what_was_said():
    _, events = events_of("Lena Ruiz said that the firm sold 10,000 cars in 2019.", {"in 2019": TimeSpan.in_year(2019)})
    statement = next(e for e in events if e.kind == "statement")
    assert statement.span == TimeSpan.until(DCT)
    assert statement.title.startswith("Lena Ruiz said")


def test_future_reference_never_dates_a_reported_fact():
    soon = TimeSpan.since(DCT)
    tag = {"soon": TimeSpan(soon.earliest, None, soon.precision, "FUTURE_REF", soon.mod, expected=True)}
    _, events = events_of("Omar Diaz announced that the app would be available soon.", tag)
    (event,) = events
    assert event.status is Status.REPORTED and event.span == TimeSpan.until(DCT)


def test_inverted_speaker_title():
    _, events = events_of('"We are ready," said Ada Park.')
    (event,) = events
    assert event.title == "Ada Park said"


def test_bare_nouns_are_kinds_not_happenings():
    _, events = events_of("Fighting terrorism requires arrest and conviction of its leaders.")
    assert events == []


def test_a_dateline_dates_the_report_not_the_events():
    text = "Cinema worker hurt on film set\nSANTA FE, N.M. Oct. 22, 2021 - A cinematographer died on the set."
    spans = {"Oct. 22, 2021": TimeSpan.on_day(date(2021, 10, 22))}
    article = Article(text=text, title="t", published=date(2021, 10, 22))
    (event,) = extract(article, tagger_for(spans))
    assert event.kind == "death"
    assert event.span == TimeSpan.until(date(2021, 10, 22))
    assert "SANTA FE" not in event.participants


def test_run_on_text_is_cut_into_bounded_sentences():
    text = "Acme acquired Beta and " * 2000 + "it ended."
    sentences = split_sentences(text)
    assert len(sentences) > 10
    assert all(s.end - s.start <= 1200 for s in sentences)
    assert sentences[0].start == 0 and sentences[-1].end == len(text)
    article, events = events_of(text)
    assert events and all(len(e.title) <= 60 for e in events)
