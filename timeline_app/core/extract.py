"""Event extraction: every import passes each article through ``extract``.

Rules and a lexicon we own (``core/triggers.py``): sentences, clauses, trigger words with kinds,
filters for what is not a happening (conditionals, negations, questions, modals), participants,
dating against the publication date (``core/timex.py``) as honestly as the text allows, short
titles built from the clause, and one event per happening mentioned twice in the article.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import compress, count
from operator import attrgetter

from timeline_app.core import timex as timex_module
from timeline_app.core.model import QUIET_SALIENCE, Article, Event, Mention, Status
from timeline_app.core.names import NameIndex
from timeline_app.core.sentences import Sentence, split_sentences
from timeline_app.core.timespan import Precision, TimeSpan, as_day
from timeline_app.core.timex import Timex
from timeline_app.core.titles import CASE_KINDS, build_title, case_person
from timeline_app.core.tokens import Token, tokenize, word_set
from timeline_app.core.triggers import (
    GENERIC,
    IRREGULAR_PAST,
    KIND_REPEAT,
    KIND_WEIGHT,
    LEXICON,
    PRESENT_FORMS_NOT_PAST,
    Trigger,
)

Tagger = Callable[[str, "date | None"], list[Timex]]

CLAUSE_WORDS = word_set(
    "but while although though because whereas if unless whether after before when which who whom where including"
    " despite so"
)
NEW_PREDICATE = word_set("is are was were has have had will would could did does")
CLAUSE_PUNCT = frozenset(";:—–")
CONDITIONAL = word_set("if unless whether")
NEGATION = word_set("not never no n't cannot nobody none neither nor nothing")  # "Nobody was killed"
MODAL = word_set("would could might may should must can")
FUTURE = word_set("will 'll shall")
PLAN_WORDS = word_set(
    "plan plans planned planning expect expects expected intend intends intended aim aims going set scheduled"
    " due hope hopes hoped want wants wanted seek seeks sought try tries tried prepare prepares preparing"
    " will would poised agree agrees agreed agreeing offer offers offered promise promises promised vow vows vowed"
    " pledge pledges pledged threaten threatens threatened propose proposes proposed"
)
HEDGE_BEFORE_NOUN = word_set("potential possible proposed hypothetical any future prospective")
UNCERTAIN = word_set("uncertain unclear undecided unknown possible potential proposed hypothetical unlikely")
EXPECT_AFTER_NOUN = word_set("scheduled slated due planned expected")
EXPECT_BEFORE_NOUN = word_set(
    "awaits await awaiting faces face facing upcoming planned scheduled expected coming next forthcoming pending"
    " imminent"
)
PLANNED = word_set("planned scheduled slated")
ORDER_BEFORE_NOUN = word_set("ordered orders order requested requests sought seeks seek demanded demands")
PERFECT_OR_PASSIVE = word_set("was were has have had been is are be being get got gets")
DETERMINERS = word_set("the a an his her its their our my your this that these those 's")
EARLIER_CUES = word_set("earlier previously formerly ago")
RANK = {precision: index for index, precision in enumerate(Precision)}
DATED_PRECISIONS = frozenset(p for p in Precision if RANK[p] <= RANK[Precision.DECADE]) | {Precision.RANGE}


@dataclass(slots=True)
class _Candidate:
    """One trigger occurrence that passed the filters, before coreference."""

    trigger: Trigger
    sentence: Sentence
    token_index: int
    trigger_start: int
    trigger_end: int
    span: TimeSpan
    expected: bool
    participants: list[str]
    title: str
    dated: bool
    quality: int
    mentions: list[Mention] = field(default_factory=list)
    narrative: bool = False
    headline: bool = False
    anchors: bool = True  # dated by the text, so later undated narrative may lean on it
    inferred: bool = False  # its person comes from the sentence or article, not its own phrase
    definite: bool = False  # a noun after "the", "this", "its"...: it points back to something told
    plural: bool = False  # a plural noun ("the lawsuits"): may stand for several events of its kind
    argument: bool = False  # a noun in a verb trigger's clause ("will vote on the deal")
    newcomer: bool = False  # "a fisherman drowned", "two drivers died": someone new, so a happening of its own


def extract(article: Article, tagger: Tagger | None = None) -> list[Event]:
    """The events an article reports, with mentions pointing into ``article.text``."""
    text = article.text
    tag = tagger or timex_module.tag_times
    timexes = [
        t
        for t in tag(text, article.published)
        if t.type in ("DATE", "TIME") and t.value != "PRESENT_REF" and not _dateline(text, t)
    ]
    sentences = split_sentences(text)
    per_sentence = [tokenize(text, s.start, s.end) for s in sentences]
    names = NameIndex(sentences, per_sentence)
    candidates: list[_Candidate] = []
    for sentence, tokens, inside in zip(sentences, per_sentence, _per_sentence(timexes, sentences)):
        candidates.extend(_sentence_candidates(text, sentence, tokens, inside, names, article.published))
    if len(sentences) > 1 and sentences[1].paragraph > 0 and text[sentences[0].end - 1] not in '.!?"”':
        for candidate in candidates:
            candidate.headline = candidate.sentence.index == 0
        _headline_as_lead_tells(candidates)
    _follow_narrative(candidates, article.published)
    _bound_by_after(candidates, per_sentence)
    events = [(event, found) for event, found in _corefer(candidates) if not _bare_reference(event, text)]
    _score(events, candidates, len(sentences))
    people: list[str] | None = None
    for event, _ in events:
        if not event.participants and KIND_REPEAT.get(event.kind) != "many":
            if people is None:
                people = names.people_by_surname()[:3] or names.people_named()[:3]
            event.context = list(people)
    return [event for event, _ in events]


def _bare_reference(event: Event, text: str) -> bool:
    """A lone, undated "the decision", "the meeting" titled by its noun alone: a reference back to
    something the article tells another way (or not at all), not an event to draw."""
    if event.kind not in VAGUE_NOUN_KINDS or len(event.mentions) != 1 or event.span.earliest is not None:
        return False
    mention = event.mentions[0]
    before = text[max(0, mention.trigger_start - 6) : mention.trigger_start].split()
    definite = bool(before) and before[-1].lower() in ("the", "this", "that")  # not "a ceremony at ..."
    return definite and event.title.lower() == text[mention.trigger_start : mention.trigger_end].lower()


# -- one sentence ---------------------------------------------------------------------------------


def _headline_as_lead_tells(candidates: Sequence[_Candidate]) -> None:
    """A headline's present tense ("Varma recalls 200,000 kettles") tells the news the lead sentence
    gives as a plan ("said it would recall"): the headline's happening is that plan, expected too."""
    planned = {c.trigger.kind: c for c in candidates if c.sentence.index == 1 and c.expected}
    for candidate in candidates:
        lead = planned.get(candidate.trigger.kind) if candidate.headline and not candidate.expected else None
        if lead is not None:
            candidate.expected, candidate.span, candidate.dated = True, lead.span, lead.dated


def _per_sentence(timexes: Sequence[Timex], sentences: Sequence[Sentence]) -> list[list[Timex]]:
    """The expressions lying wholly inside each sentence, in the order given.

    Sentences are ordered and do not overlap, so an expression can only lie inside the last
    sentence starting at or before it (or, when empty, also at the end of the ones before).
    """
    starts = [sentence.start for sentence in sentences]
    inside: list[list[Timex]] = [[] for _ in sentences]
    for timex in timexes:
        position = bisect_right(starts, timex.start) - 1
        while position >= 0 and timex.end <= sentences[position].end:
            inside[position].append(timex)
            position -= 1
    return inside


def _dateline(text: str, timex: Timex) -> bool:
    """A date heading the article ("SANTA FE, N.M. Oct. 22, 2021 - ...") dates the report, not its events."""
    return timex.start < 200 and text[timex.end : timex.end + 3].lstrip().startswith(("-", "—", "–"))


def _sentence_candidates(
    text: str,
    sentence: Sentence,
    tokens: Sequence[Token],
    sentence_timexes: Sequence[Timex],
    names: NameIndex,
    published: date | None,
) -> list[_Candidate]:
    """The candidates of one sentence; ``sentence_timexes`` are the expressions inside it."""
    if not tokens or text[sentence.start : sentence.end].rstrip("\"'”’ ").endswith("?"):
        return []
    lowers = list(map(_LOWER, tokens))  # read by the scans below, made once
    hits = _find_triggers(tokens, lowers, sentence_timexes, published)
    lexical = [i for i, entry, _ in hits if entry.kind != GENERIC]
    hits = [hit for hit in hits if hit[1].kind != GENERIC or not _beside_lexical(hit, lexical, tokens)]
    if not hits or (not lexical and not sentence_timexes):
        return []  # nothing, or generic verbs alone with no date to keep them by
    clauses, members = _clauses(tokens, lowers)
    starts = [token.start for token in tokens] if sentence_timexes else None  # for titles leaving dates out
    hits = [hit for hit in hits if hit[1].kind != GENERIC or _noun_subject(tokens, clauses, hit[0], hits) is None]
    hits, widen = _fold_nouns_into_verbs(hits, clauses)
    found: list[_Candidate] = []
    earlier_cue = not EARLIER_CUES.isdisjoint(lowers)
    for index, entry, length in hits:
        if entry.kind == GENERIC and not sentence_timexes:
            continue  # a generic verb is kept only with a date of its own
        if tokens[index].lower in ("ended", "ending") and index > 0 and tokens[index - 1].lower in PERIOD_NOUNS:
            continue  # "the quarter ended Sept. 30" names a period, not a happening
        if entry.is_verb and tokens[index].lower == "met" and _met_with_reaction(tokens, index):
            continue  # "was met with outrage": a reaction, not a meeting
        clause = clauses[index]
        clause_members = members[clause]  # the trigger's clause: its token indices, in order
        state = _modality(tokens, clauses, index, entry, clause_members)
        if state == "skip":
            continue
        expected = state == "expected"
        clause_range = _clause_range(tokens, clause_members)
        clause_timexes = [t for t in sentence_timexes if t.start < clause_range[1] and t.end > clause_range[0]]
        if clause_timexes and starts is not None:  # not a date of an aside inside the clause ("who ... last fall,")
            clause_timexes = [t for t in clause_timexes if clause in _clauses_of(clauses, starts, t)]
        told: Sequence[Timex] = ()  # dates the title leaves out though they do not date the trigger
        if expected and index > 0 and tokens[index - 1].lower == "would":
            # "said on Friday it would recall ...": a date before "would" is the saying's
            told = clause_timexes
            clause_timexes = [t for t in clause_timexes if t.start > tokens[index].start]
        linked = _when_linked(tokens, clauses, clause) if not clause_timexes and sentence_timexes else None
        if linked is None and not clause_timexes and sentence_timexes and entry.is_verb and entry.kind not in REPORTING:
            linked = _verbless_after(tokens, clauses, members, clause)  # "crashed after takeoff on Sunday"
        if linked is not None:  # "two drivers died when trees fell on Saturday": one time for both
            low, high = _clause_range(tokens, members[linked])
            clause_timexes = [t for t in sentence_timexes if t.start < high and t.end > low]
        argument = not entry.is_verb and any(  # "scheduled for May" dates the noun: a plan, not another deed
            e.is_verb
            and clauses[i] == clause
            and e.words[0] not in EXPECT_AFTER_NOUN
            and not (i > index + 1 and _reduced_relative(tokens, i))
            for i, e, _ in hits
        )
        if argument and _subject_of_verb(tokens, clauses, index, hits):
            argument = False  # "the explosion killed 20 workers on March 2": the subject happened then too
        if argument and _light_verb_object(tokens, index):
            argument = False  # "led the purchase of Nordnett two years ago": the verb only tells the noun
        if argument:
            # A noun that is another verb's argument ("charged in the death of X on Jan 31") takes
            # only a date written right beside it ("the October 2021 shooting").
            touching = tokens[_modifier_start(tokens, index)].start  # "the October 2021 (sniper) shooting"
            reach = tokens[min(len(tokens) - 1, index + length + 1)].end
            beside = tokens[min(len(tokens) - 1, index + length + 1)].start  # "a release on June 24"
            told = told or clause_timexes  # the title leaves out the dates it does not take
            clause_timexes = [
                t
                for t in clause_timexes
                if (t.end <= tokens[index].start and t.end > touching)
                or (t.start >= tokens[index].end and (t.end <= reach or t.start <= beside))
            ]
        if entry.is_verb and _prenominal(tokens, index, length):
            clause_timexes = []  # "the recently announced phone went on sale Tuesday": announced before that
        if entry.is_verb and clause_timexes and _pluperfect(tokens, index):
            # "the court ruled on Friday that the judge had wrongly admitted ...": before that day
            told = told or clause_timexes
            clause_timexes = [t for t in clause_timexes if not _told_by_another_verb(tokens, index, t)]
        if not clause_timexes and (entry.kind == GENERIC or state == "infinitive"):
            continue  # no date to keep it by
        first_token, end_token = tokens[index], tokens[index + length - 1]
        if index in widen:
            first_token, end_token = tokens[widen[index][0]], tokens[widen[index][1]]
        if not entry.is_verb and _names_a_document(tokens, index + length):
            continue  # "an arrest warrant", "a search warrant": a paper, not the happening
        if not expected and not entry.is_verb and _future_noun(text, tokens, index, length, clause_timexes, published):
            expected = True  # "slated for a release on June 24" in a June 16 paper: a noun has no tense
        if not expected and not entry.is_verb and _sought(tokens, index):
            expected = True  # "a reward for information leading to the arrest": not one yet
        cue_members = clause_members if earlier_cue else ()
        spans = _date(text, tokens, cue_members, index, clause_timexes, published, expected, entry)
        undated = not any(dated for _, dated in spans)
        present = bool(published) and sentence.index > 0 and state == "fact" and undated
        if present and published and _present_saying(tokens, index, entry):
            spans = [(TimeSpan.on_day(published), True)]
        else:
            present = False
        if (entry.kind == GENERIC or state == "infinitive") and not any(dated for _, dated in spans):
            continue
        narrative = entry.is_verb and state == "fact" and (_simple_past(tokens, index) or _adverbial_ing(tokens, index))
        if narrative and _temporal_preposition(tokens, index) is not None:
            narrative = False  # "resigned on Thursday after the company reported ...": not that day, but before it
        others = [i for i, _, _ in hits if i != index and clauses[i] == clause]
        participants = names.participants(tokens, clauses, index, others, entry.is_verb, clause_members)
        title = build_title(
            tokens,
            clauses,
            index,
            length,
            entry,
            names,
            told or clause_timexes,
            others,
            participants,
            starts,
            clause_members,
        )
        inferred = False
        if not entry.is_verb and entry.kind in CASE_KINDS and title.endswith(" case"):
            person = case_person(tokens, names)  # "Trial in Baldwin case": Baldwin takes part
            if person and not any(names.is_person(name) for name in participants):
                participants, inferred = [person, *participants], True
        for span, dated in spans:
            found.append(
                _Candidate(
                    entry,
                    sentence,
                    index,
                    first_token.start,
                    end_token.end,
                    span,
                    expected,
                    participants,
                    title,
                    dated,
                    _quality(entry, participants, dated, title),
                    [Mention(sentence.start, sentence.end, first_token.start, end_token.end)],
                    narrative and not dated and span.mod != "BEFORE",
                    anchors=not present and entry.kind not in NO_ANCHOR,
                    inferred=inferred,
                    definite=not entry.is_verb and _definite(tokens, index),
                    argument=argument,
                    newcomer=entry.is_verb
                    and not any(names.is_person(name) for name in participants)
                    and _indefinite_subject(tokens, clauses, index),
                    plural=_plural(entry),
                )
            )
    return found


def _told_by_another_verb(tokens: Sequence[Token], index: int, timex: Timex) -> bool:
    """A date before the trigger with another verb or "that" between them belongs to that verb
    ("said Thursday that he had ordered"); not "On Aug. 7, X had ended", "Earlier this year, X had"."""
    if timex.start > tokens[index].start:
        return False
    between = (t for t in tokens[:index] if t.start >= timex.end)
    return any(t.lower == "that" or (t.lower not in PERFECT_OR_PASSIVE and _past_word(t)) for t in between)


def _pluperfect(tokens: Sequence[Token], index: int) -> bool:
    """ "had (wrongly) admitted": a past before the past told around it."""
    return any(tokens[i].lower in ("had", "'d") for i in range(max(0, index - 3), index))


LIGHT_VERBS = word_set("led made held staged conducted completed finalised finalized carried")


def _light_verb_object(tokens: Sequence[Token], index: int) -> bool:
    """A noun right after "led the", "held a", "completed its": the verb adds no happening of its own."""
    return any(tokens[i].lower in LIGHT_VERBS for i in range(max(0, index - 3), index)) and (
        index > 0 and tokens[index - 1].lower in DETERMINERS
    )


def _beside_lexical(hit: tuple[int, Trigger, int], lexical: Sequence[int], tokens: Sequence[Token]) -> bool:
    """A generic verb right beside a lexicon trigger, or saying when one began or ended ("the trial
    of X opened on May 8"): the lexicon's trigger names the happening and takes the date."""
    index = hit[0]
    if any(-2 <= i - index <= 4 for i in lexical):
        return True
    return tokens[index].lower in ASPECTUAL and any(0 < index - i <= 6 for i in lexical)


ASPECTUAL = word_set("opened began started ended concluded resumed happened occurred closed finished completed")


def _subject_of_verb(
    tokens: Sequence[Token], clauses: Sequence[int], index: int, hits: Sequence[tuple[int, Trigger, int]]
) -> bool:
    """A noun trigger opening its clause before the clause's verb trigger, not inside a phrase
    of another noun ("The explosion ... killed", not "charged over the death of")."""
    verbs = [i for i, e, _ in hits if e.is_verb and clauses[i] == clauses[index]]
    if not verbs or min(verbs) < index or next(e for i, e, _ in hits if i == min(verbs)).kind == GENERIC:
        return False  # a generic past verb after a noun is often a participle on it ("a conference held")
    verb = min(verbs)
    if any(t.lower in PERFECT_OR_PASSIVE for t in tokens[max(index + 1, verb - 2) : verb]):
        return False  # "the lawsuit was settled in 1981": what the verb ended began before its date
    for i in range(index - 1, -1, -1):
        if clauses[i] != clauses[index] or tokens[i].text in PUNCT_STOP:
            return True
        if tokens[i].lower in NOUN_ANCHORS | {"of", "to", "for", "after", "before", "during"}:
            return False
    return True


def _noun_subject(
    tokens: Sequence[Token], clauses: Sequence[int], index: int, hits: Sequence[tuple[int, Trigger, int]]
) -> int | None:
    """The noun trigger a generic verb only tells of: the subject opening the verb's clause ("The
    funeral of X was held on Friday", "The sentencing of X took place", "the bombings ... claimed 217
    lives"). That noun names the happening (and takes the clause's date); the verb is no event of its
    own. None for a verb after "of", "to", a comma or in -ing ("suspected of blowing up", "the offer,
    advertised"): a participle or gerund tells of something else."""
    verb = tokens[index]
    if index == 0 or verb.lower.endswith("ing") or tokens[index - 1].lower in GERUND_BEFORE:
        return None
    if tokens[index - 1].text in PUNCT_STOP:
        return None
    clause = clauses[index]
    nouns = [i for i, e, _ in hits if not e.is_verb and e.kind != GENERIC and i < index and clauses[i] == clause]
    if not nouns:
        return None
    noun = nouns[0]
    if any(e.is_verb and e.kind != GENERIC and noun < i < index for i, e, _ in hits):
        return None  # a verb of its own between them: the generic verb is not the noun's
    after = noun + next(n for i, _, n in hits if i == noun)
    if after < index and tokens[after].lower not in NOUN_SUBJECT_NEXT:
        return None  # "the funeral home", "the death toll": the trigger only describes the subject
    chain = index
    while chain - 1 > noun and tokens[chain - 1].lower in AUXILIARIES:
        chain -= 1  # "was held", "has been postponed": the verb's own auxiliaries
    if any(tokens[i].text in PUNCT_STOP or tokens[i].lower in AUXILIARIES | RELATIVES for i in range(after, chain)):
        return None  # "the visit was unrelated ..., X answered", "death was among the topics raised"
    for i in range(noun - 1, -1, -1):
        if clauses[i] != clause or tokens[i].text in PUNCT_STOP:
            break
        if noun - i > 3 or tokens[i].lower in NOUN_ANCHORS | GERUND_BEFORE or _verb_word(tokens[i].lower):
            return None  # "blocked the trial of ...": the noun is another verb's object
    return noun


GERUND_BEFORE = word_set("of to for after before during without by that which who")
NOUN_SUBJECT_NEXT = word_set("of in at on near for from over against between by with during last this")
AUXILIARIES = word_set("was were is are be been being has have had will would could should may might did does do not")
RELATIVES = word_set("who whom whose which that where when")


def _fold_nouns_into_verbs(
    hits: list[tuple[int, Trigger, int]], clauses: Sequence[int]
) -> tuple[list[tuple[int, Trigger, int]], dict[int, tuple[int, int]]]:
    """ "filed civil lawsuits against X": a noun naming the same kind as a verb of its clause is that
    verb's object, one happening with one mention, not a second event.

    Returns the hits left and, per verb, the token range its trigger widens to when the noun is
    close by ("filed a lawsuit", "the suit was filed").
    """
    kept: list[tuple[int, Trigger, int]] = []
    widen: dict[int, tuple[int, int]] = {}
    verb_kinds = {entry.kind for _, entry, _ in hits if entry.is_verb}
    if not any(not entry.is_verb and entry.kind in verb_kinds for _, entry, _ in hits):
        return hits, widen  # no noun shares a kind with a verb of the sentence
    for hit in hits:
        index, entry, length = hit
        verbs = [i for i, e, n in hits if e.is_verb and e.kind == entry.kind and clauses[i] == clauses[index]]
        if entry.is_verb or not verbs:
            kept.append(hit)
            continue
        verb = min(verbs, key=lambda i: abs(i - index))
        verb_length = next(n for i, _, n in hits if i == verb)
        first, last = min(verb, index), max(verb + verb_length, index + length) - 1
        if last - first < 6:
            low, high = widen.get(verb, (verb, verb + verb_length - 1))
            widen[verb] = (min(low, first), max(high, last))
    return kept, widen


def _indefinite_subject(tokens: Sequence[Token], clauses: Sequence[int], index: int) -> bool:
    """The verb's clause opens with an indefinite or counted subject ("A fisherman drowned", "Two drivers died")."""
    opening = next(
        (i for i in range(index) if clauses[i] == clauses[index] and tokens[i].lower not in CLAUSE_WORDS), -1
    )
    if opening < 0:
        return False
    first = tokens[opening]
    return first.lower in INDEFINITE or first.text.isdigit()


INDEFINITE = word_set("a an another two three four five six seven eight nine ten dozens several many some")


def _definite(tokens: Sequence[Token], index: int) -> bool:
    """A noun determined by "the", "this", "its" or a possessive ("the fatal shooting", "Apple's launch")."""
    for i in range(index - 1, max(-1, index - 4), -1):
        token = tokens[i]
        if token.lower in DEFINITE or token.possessive:
            return True
        if token.lower in ("a", "an") or token.text in PUNCT_STOP or token.lower in NOUN_ANCHORS | {"of", "and", "or"}:
            return False
    return False


DEFINITE = word_set("the this that these those its his her their")


def _plural(entry: Trigger) -> bool:
    """A plural noun form whose singular is in the lexicon too ("lawsuits", "shootings")."""
    return not entry.is_verb and len(entry.words) == 1 and _plural_noun(entry.words[0], entry.kind)


@cache
def _plural_noun(word: str, kind: str) -> bool:
    if not word.endswith("s"):
        return False
    singulars = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return any(not other.is_verb and other.kind == kind for s in singulars for other in LEXICON.get(s, ()))


def _bound_by_after(candidates: Sequence[_Candidate], per_sentence: Sequence[Sequence[Token]]) -> None:
    """ "A jury convicted her on March 6 after a trial": an undated noun after "after" (or "before")
    ends by (or starts from) the date of the dated verb it is the adverbial of; so does an undated
    verb ("resigned on Thursday after the company reported a loss")."""
    for candidate in candidates:
        if candidate.dated or candidate.expected:
            continue
        tokens = per_sentence[candidate.sentence.index]
        cue = _temporal_preposition(tokens, candidate.token_index)
        if cue is None:
            continue
        verbs = [
            other
            for other in candidates
            if other.sentence.index == candidate.sentence.index
            and (other.trigger.is_verb or candidate.trigger.is_verb)  # "a vote on Wednesday, after she was ..."
            and other.dated
            and not other.expected
            and other.token_index < candidate.token_index
        ]
        if not verbs:
            continue
        span = verbs[-1].span
        if cue == "after" and span.latest is not None:
            bounded = TimeSpan.until(span.latest)
        elif cue == "before" and span.earliest is not None and candidate.span.latest is not None:
            bounded = TimeSpan(span.earliest, candidate.span.latest, Precision.RANGE)
        else:
            continue
        merged = candidate.span.intersection(bounded)
        if merged is not None:
            candidate.span = merged


def _temporal_preposition(tokens: Sequence[Token], index: int) -> str | None:
    """ "after" or "before" heading the noun phrase of ``tokens[index]`` ("after a two-week trial")."""
    for i in range(index - 1, max(-1, index - 4), -1):
        word = tokens[i].lower
        if word in ("after", "before"):
            return word
        if tokens[i].text in PUNCT_STOP or word in ("and", "or", "of", "in", "on", "to", "with"):
            return None
    return None


PUNCT_STOP = frozenset(",;:()")


def _prenominal(tokens: Sequence[Token], index: int, length: int) -> bool:
    """A participle used as an adjective before a noun ("the (recently) announced phone")."""
    before = index - 1
    if before >= 0 and tokens[before].lower.endswith("ly"):
        before -= 1
    after = index + length
    if before < 0 or after >= len(tokens):
        return False
    if tokens[before].lower not in ("the", "a", "an", "its", "their", "his", "her"):
        # "admitted recorded phone calls": a participle between a verb and its object's noun
        previous = tokens[before]
        verb_before = (
            before == index - 1
            and previous.lower not in PERFECT_OR_PASSIVE
            and previous.lower not in AUXILIARY
            and _past_word(previous)
            and _past_word(tokens[index])
        )
        if not (verb_before and tokens[after].text.isalpha() and tokens[after].text.islower()):
            return False
    following = tokens[after]
    return following.text[:1].isalnum() and following.lower not in NOUN_ANCHORS | {"to", "that", "as", "and", "or"}


NO_ANCHOR = frozenset(("birth",))  # "born in 1961, he founded ...": a birth dates no later deed


DOCUMENT_NOUNS = word_set("warrant warrants order orders papers record records")
LEADING_TO = word_set("leading leads lead")
SEEKING = word_set("warrant warrants reward rewards search calls call")


def _names_a_document(tokens: Sequence[Token], after: int) -> bool:
    """The noun trigger modifies a document noun right after it ("arrest warrant")."""
    return after < len(tokens) and tokens[after].lower in DOCUMENT_NOUNS


def _sought(tokens: Sequence[Token], index: int) -> bool:
    """ "information leading to the arrest", "a warrant for his arrest": a noun a reward, warrant or
    search is for, not a happening."""
    window = [token.lower for token in tokens[max(0, index - 4) : index]]
    if "for" in window and not SEEKING.isdisjoint(window[: window.index("for")]):
        return True  # "a warrant for his arrest", "the search for the killer"
    return "to" in window and not LEADING_TO.isdisjoint(window[: window.index("to")])


def _future_noun(
    text: str, tokens: Sequence[Token], index: int, length: int, timexes: Sequence[Timex], published: date | None
) -> bool:
    """A noun trigger whose own date, written beside it, lies wholly after publication names a planned happening.

    "a release on June 24" is planned; "under the agreement, filming will resume in January" is
    not an agreement in January.
    """
    if published is None:
        return False
    before = tokens[index - 1].start if index > 0 else tokens[index].start
    beside = tokens[min(len(tokens) - 1, index + length + 1)].start
    near = [t for t in timexes if before < t.end <= tokens[index].start or tokens[index].end <= t.start <= beside]
    governing = _governing(text, tokens[index].start, near)
    return bool(governing) and all(
        t.span is not None and t.span.earliest is not None and _after(t.span.earliest, published) for t in governing
    )


def _adverbial_ing(tokens: Sequence[Token], index: int) -> bool:
    """ "..., saying", "while introducing": an -ing clause hanging off the sentence's verb shares its time."""
    if not tokens[index].lower.endswith("ing") or index == 0:
        return False
    return tokens[index - 1].text == "," or tokens[index - 1].lower in ("while", "when", "by")


def _simple_past(tokens: Sequence[Token], index: int) -> bool:
    """A verb in the simple past ("announced", "was convicted"), not a perfect ("had announced")."""
    word = tokens[index].lower
    if not (word in IRREGULAR_PAST or word.endswith("ed")):
        return False
    return PERFECT.isdisjoint(map(_LOWER, tokens[max(0, index - 3) : index]))


PERFECT = frozenset(("had", "has", "have", "'d", "having"))


def _follow_narrative(candidates: Sequence[_Candidate], published: date | None) -> None:
    """Undated simple-past happenings take the day of the dated happening just told in the same paragraph.

    News tells a day's events in order: "Jobs gave a keynote on Monday. He announced ..." places
    the announcement on that Monday. Only day- or week-precise anchors carry over, never across
    a paragraph, and an anchor after the publication date never does. Nor does a flashback: a
    day more than ``NEWS_DAYS`` before publication ("a jury convicted her on March 6" in an April
    story) dates its own sentence, not the undated ones told after it. A sentence of background
    with a coarser date ("In April, a blog had shown a prototype") leaves the story's day for
    that sentence only: the next undated happening is back on it.
    """
    anchor: TimeSpan | None = None
    story: TimeSpan | None = None  # the story's own day, told in this paragraph
    paragraph = flashback = -1
    for candidate in candidates:
        if candidate.sentence.paragraph != paragraph:
            anchor, story, paragraph = None, None, candidate.sentence.paragraph
        if anchor is None and story is not None and candidate.sentence.index > flashback >= 0:
            anchor = story  # back from a sentence about another time ("In April, ...") to the story's day
        span = candidate.span
        if candidate.dated and not candidate.expected and not span.is_open and candidate.anchors:
            fine = RANK[span.precision] <= RANK[Precision.WEEK]
            late = published is not None and span.latest is not None and _after(span.latest, published)
            stale = (
                published is not None and span.latest is not None and (published - as_day(span.latest)).days > NEWS_DAYS
            )
            anchor = span if fine and not late and not stale else None
            story = anchor or story
            # A background date ("In April, ...") leaves the story for its own sentence only; a day
            # long before publication ("convicted on March 6") starts another story: no carrying on.
            story = None if fine and stale else story
            flashback = candidate.sentence.index if anchor is None else -1
        elif candidate.narrative and anchor is not None:
            candidate.span = anchor
            candidate.quality += 1


NEWS_DAYS = 7  # a dated happening this close to publication is the story's own day


def _quality(entry: Trigger, participants: list[str], dated: bool, title: str = "") -> int:
    words = title.lower().split()
    vague = not VAGUE_TITLE_WORDS.isdisjoint(words) or len(words) < 2
    return int(entry.is_verb) * 2 + int(bool(participants)) * 2 + int(dated) - 2 * int(vague)


VAGUE_TITLE_WORDS = frozenset(("it", "they", "them"))


def _modifier_start(tokens: Sequence[Token], index: int) -> int:
    """The token before a noun trigger, or before the plain noun modifying it ("the Oct. 23 sniper
    shooting"): a date ending right there is written beside the noun."""
    previous = tokens[index - 1] if index > 1 else None
    if (
        previous is not None
        and previous.text.isalpha()
        and previous.text.islower()
        and previous.lower not in NOT_MODIFIERS
    ):
        return index - 2
    return max(0, index - 1)


NOT_MODIFIERS = word_set("the a an and or of in on at for by to from with after before since during")


def _clauses_of(clauses: Sequence[int], starts: Sequence[int], timex: Timex) -> tuple[int, int]:
    """The clauses of a temporal expression's first and last tokens ("the day | before authorities ...")."""
    first = min(bisect_left(starts, timex.start), len(clauses) - 1)
    last = max(first, bisect_right(starts, timex.end - 1) - 1)
    return clauses[first], clauses[last]


VAGUE_NOUN_KINDS = frozenset(("decision", "return", "meeting", "dispute", "appearance"))
PERIOD_NOUNS = word_set("quarter quarters period periods year years month months week weeks half season")
RELATIVE_WORDS = word_set("who which")
VERB_GROUP = word_set("was were is are has have had will would could can may might must did does do")


def _opens_aside(
    tokens: Sequence[Token], index: int, members: dict[int, list[int]], ids: list[int], asides: list[tuple[int, int]]
) -> bool:
    """ ", who ..." / ", which ..." on a name in a main clause (not inside another relative clause),
    with no quotation in it: an aside its clause resumes after ("Kopp, who is from Vermont, was")."""
    if asides or index < 2 or tokens[index - 1].text != ",":
        return False
    owner = members.get(ids[index - 2], [index - 2])
    if tokens[owner[0]].lower in CLAUSE_WORDS:
        return False  # "operators who work in Kenya and Tanzania, which boast ..., say": not the main clause
    end = next(
        (i for i in range(index + 1, len(tokens)) if tokens[i].text == "," and _verb_group_next(tokens, i)), None
    )
    return end is not None and not any(tokens[i].text in QUOTE_MARKS for i in range(index, end))


QUOTE_MARKS = frozenset(['"', "“", "”", "''", "``", "‘", "’", "'", "`"])


def _verb_group_next(tokens: Sequence[Token], index: int) -> bool:
    """A verb group right after the comma at ``index`` ("..., was indicted", "..., resigned")."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.lower in VERB_GROUP or following.lower in IRREGULAR_PAST:
        return True
    return following.text.islower() and following.lower.endswith("ed")


def _clauses(tokens: Sequence[Token], lowers: Sequence[str]) -> tuple[list[int], dict[int, list[int]]]:
    """A clause number per token, and each clause's token indices in order; a clause word or clause
    punctuation starts a new clause. ``lowers`` are the tokens' lower forms.

    A parenthesis is an aside: the words after it continue the clause it interrupted. Only the
    cue tokens are looked at one by one: the words between two cues stay in the clause they are in.
    """
    ids: list[int] = []
    members: dict[int, list[int]] = {}
    current = highest = 0
    interrupted: list[int] = []
    asides: list[tuple[int, int]] = []  # (the aside's clause, the clause it interrupted)
    done = 0  # the tokens before this one have their clause
    # A cue's text is punctuation or a plain lower-case word, so its ``lower`` is the same: test that alone.
    for index in _indices(lowers, _CLAUSE_CUES.__contains__):
        if index > done:
            ids.extend([current] * (index - done))
            members.setdefault(current, []).extend(range(done, index))
        done = index + 1
        token = tokens[index]
        if token.text == "(":
            interrupted.append(current)
            highest += 1
            current = highest
        elif token.text == ")" and interrupted:
            ids.append(current)
            members.setdefault(current, []).append(index)
            current = interrupted.pop()
            continue
        elif token.text == "," and asides and asides[-1][0] == current and _verb_group_next(tokens, index):
            ids.append(current)  # "Kopp, who is from Vermont, was indicted": the aside ends here
            members.setdefault(current, []).append(index)
            current = asides.pop()[1]
            continue
        elif token.lower in RELATIVE_WORDS and _opens_aside(tokens, index, members, ids, asides):
            highest += 1
            asides.append((highest, ids[index - 2]))  # back to the clause of the name, not the comma's
            current = highest
        elif (
            token.text in CLAUSE_PUNCT
            or (index > 0 and token.lower in CLAUSE_WORDS)
            or index + 1 < len(tokens)
            and (
                (token.text == "," and tokens[index + 1].lower in CLAUSE_WORDS)
                or (token.lower == "and" and tokens[index + 1].lower in NEW_PREDICATE)
            )
        ):
            highest += 1
            current = highest
        ids.append(current)
        members.setdefault(current, []).append(index)
    if len(tokens) > done:
        ids.extend([current] * (len(tokens) - done))
        members.setdefault(current, []).extend(range(done, len(tokens)))
    for clause in [c for c, found in members.items() if _restrictive_opening(tokens, found[0])]:
        _close_restrictive(tokens, ids, members, clause)
    return ids, members


REACTIONS = word_set(
    "outrage anger criticism skepticism scepticism resistance protests protest derision applause approval"
    " silence disbelief dismay alarm concern opposition cheers relief hostility indifference"
)


def _met_with_reaction(tokens: Sequence[Token], index: int) -> bool:
    """ "met with outrage", "was met with widespread criticism": how something was received."""
    after = [token.lower for token in tokens[index + 1 : index + 4]]
    return bool(after) and after[0] == "with" and not REACTIONS.isdisjoint(after[1:])


def _restrictive_opening(tokens: Sequence[Token], first: int) -> bool:
    """A "who"/"which" clause right after its noun, with no comma ("doctors who perform abortions")."""
    if first == 0 or tokens[first].lower not in RELATIVE_WORDS:
        return False
    before = tokens[first - 1]
    return before.text[:1].isalnum() and before.lower not in PREPOSITIONS  # not "the place from which"


def _main_verb_at(tokens: Sequence[Token], found: Sequence[int], position: int) -> bool:
    """A verb group, or a past form after the relative clause already has its verb ("who was
    arrested in 1995 died"), not one right after an auxiliary ("was arrested")."""
    lower = tokens[found[position]].lower
    if tokens[found[position - 1]].lower in NOT_AFTER_CLOSE:
        return False  # "which killed ... and injured", "who says he has": still the relative clause
    if lower in VERB_GROUP:
        return True
    if not (lower in IRREGULAR_PAST or (lower.endswith("ed") and tokens[found[position]].text.islower())):
        return False
    previous = tokens[found[position - 1]]
    if previous.lower in VERB_GROUP or previous.lower in NOT_AFTER_CLOSE:
        return False
    following = tokens[found[position] + 1].lower if found[position] + 1 < len(tokens) else ""
    if following == "by" or _reduced_relative(tokens, found[position]):
        return False  # "investors who bought bonds sold by Keating's staff": a participle on "bonds"
    return any(_verb_word(tokens[i].lower) for i in found[1:position])


PREPOSITIONS = word_set("of in on at from by with for to into about through under over after before during")
NOT_AFTER_CLOSE = word_set("been being not be and or but he she they it we i you who that")


def _verb_word(lower: str) -> bool:
    return lower in VERB_GROUP or lower in IRREGULAR_PAST or lower.endswith("ed")


def _close_restrictive(tokens: Sequence[Token], ids: list[int], members: dict[int, list[int]], clause: int) -> None:
    """ "doctors who perform abortions were shot": from the verb group after the relative clause's own
    verb, the words belong to the clause of the noun before "who" again."""
    found = members[clause]
    closing = next((p for p in range(2, len(found)) if _main_verb_at(tokens, found, p)), None)
    if closing is None or found[closing] - found[0] != closing:
        return  # no verb group, or a nested clause in between
    if any(not tokens[i].text[:1].isalnum() for i in found[1:closing]):
        return  # punctuation in between (a quotation, a dash): not one plain relative clause
    outer = ids[found[0] - 1]
    moved = found[closing:]
    members[clause] = found[:closing]
    members[outer] = sorted([*members[outer], *moved])
    for i in moved:
        ids[i] = outer


_CLAUSE_CUES = CLAUSE_PUNCT | CLAUSE_WORDS | {"(", ")", ",", "and"}


def _clause_range(tokens: Sequence[Token], members: Sequence[int]) -> tuple[int, int]:
    """The character range of a clause from its first to its last token."""
    return tokens[members[0]].start, tokens[members[-1]].end


def _verbless_after(
    tokens: Sequence[Token], clauses: Sequence[int], members: dict[int, list[int]], clause: int
) -> int | None:
    """The clause right after ``clause`` when it is a phrase opened by "after"/"before" with no verb of
    its own ("crashed shortly after takeoff on Sunday"): its date is the happening's day."""
    last = members[clause][-1]
    following = last + 1
    if following + 1 >= len(tokens) or tokens[following].lower not in ("after", "before"):
        return None
    if not tokens[following + 1].text.isalnum():
        return None  # "has expanded three times before, adding ...": an adverb
    phrase = members[clauses[following]]
    comma = next((n for n, i in enumerate(phrase) if tokens[i].text in PUNCT_STOP), len(phrase))
    phrase = phrase[:comma]  # "after takeoff on Sunday[, killing ...]"
    if any(
        tokens[i].lower in NEW_PREDICATE or _past_word(tokens[i]) or tokens[i].lower.endswith("ing") for i in phrase
    ):
        return None
    # the date must be the phrase's own adjunct ("on Sunday"), not inside its noun ("Thursday's ruling")
    if not any(
        tokens[i].lower in ("on", "in", "at", "during") and tokens[i + 1].text[:1].isupper() for i in phrase[:-1]
    ):
        return None
    return clauses[following]


def _when_linked(tokens: Sequence[Token], clauses: Sequence[int], clause: int) -> int | None:
    """The clause joined to ``clause`` by "when" (either way round): the two happen at one time."""
    owners = list(clauses)
    first, last = owners.index(clause), len(owners) - 1 - owners[::-1].index(clause)
    if tokens[first].lower == "when" and first > 0:
        return clauses[first - 1]
    following = last + 1
    if following < len(tokens) and tokens[following].text == ",":
        following += 1
    if following < len(tokens) and tokens[following].lower == "when":
        return clauses[following]
    return None


def _find_triggers(
    tokens: Sequence[Token], lowers: Sequence[str], timexes: Sequence[Timex], published: date | None
) -> list[tuple[int, Trigger, int]]:
    """(token index, lexicon entry, length in tokens) of each trigger, left to right; ``lowers`` are
    the tokens' lower forms."""
    hits: list[tuple[int, Trigger, int]] = []
    covered = -1
    # Only a lexicon word or a past form may start a trigger: visit those alone, left to right.
    for index in _indices(lowers, _MAY_START.__getitem__):
        token = tokens[index]
        if index <= covered or (timexes and any(t.start <= token.start < t.end for t in timexes)):
            continue  # already part of a trigger, or inside a temporal expression
        if index > 0 and token.text[:1].isupper() and tokens[index - 1].text not in ('"', "“", "‘"):
            continue  # part of a name ("Apple Store Launch")
        entry = _match_entry(tokens, index) if token.lower in LEXICON else None
        if entry is None:
            if _generic_verb(tokens, index):
                entry = _generic_entry(token.lower)
            else:
                continue
        hits.append((index, entry, len(entry.words)))
        covered = index + len(entry.words) - 1
    return hits


_TRIGGER_STARTS = frozenset(LEXICON) | IRREGULAR_PAST


class _StartTest(dict[str, bool]):
    """Whether a word may start a trigger (a lexicon word or a past form), remembered per word."""

    def __missing__(self, word: str) -> bool:
        starts = word in _TRIGGER_STARTS or word[-2:] == "ed"
        if len(self) < 100_000:  # bounded: a long import meets many words
            self[word] = starts
        return starts


_MAY_START = _StartTest()


@lru_cache(maxsize=4096)
def _generic_entry(word: str) -> Trigger:
    """The generic kind's entry for a past verb the lexicon lacks (frozen, so shared)."""
    return Trigger(GENERIC, "many", KIND_WEIGHT[GENERIC], word, True, (word,), None)


_LOWER = attrgetter("lower")  # a token's ``lower``, for ``map``


def _indices(lowers: Sequence[str], test: Callable[[str], bool]) -> list[int]:
    """The indices of the words (tokens' lower forms) that pass ``test``, in order.

    With a set's or dict's own lookup as ``test`` the whole scan runs in C (``compress`` keeps
    the indices whose test is true): no Python step per token.
    """
    return list(compress(count(), map(test, lowers)))


def _match_entry(tokens: Sequence[Token], index: int) -> Trigger | None:
    for entry in LEXICON.get(tokens[index].lower, ()):
        length = len(entry.words)
        # the first word is the lexicon's key: only a longer form needs its other words compared
        if length > 1 and tuple(t.lower for t in tokens[index : index + length]) != entry.words:
            continue
        if entry.context is not None and _context_matches(tokens, index, length, entry) == entry.excluding:
            continue
        previous = tokens[index - 1] if index > 0 else None
        if not entry.is_verb and any(t.lower == "so-called" for t in tokens[max(0, index - 2) : index]):
            continue  # 'the so-called "death grip"': a name for something, no happening
        if not entry.is_verb and index + length < len(tokens) and tokens[index + length].lower in MODIFIED_HEADS:
            continue  # "an appeals court", "the trial judge": the noun names the court, not a happening
        if entry.is_verb and _has_noun_form(entry) and not _verb_reading(tokens, index, previous):
            continue
        if (
            entry.is_verb
            and tokens[index].lower == "tried"
            and tokens[index + 1 : index + 2]
            and (tokens[index + 1].lower == "to")
        ):
            continue
        return entry
    return None


def _verb_reading(tokens: Sequence[Token], index: int, previous: Token | None) -> bool:
    """Whether a word that is also a noun ("arrest", "release") is used as a verb here."""
    if previous is None:
        return False
    if previous.lower in DETERMINERS or previous.possessive:
        return False
    word = tokens[index].lower
    if word.endswith("ed"):
        return True
    if word.endswith("ing"):  # ", killing three people", "after killing his wife"; not "the targeted killing"
        return previous.text == "," or previous.lower in ING_VERB_LEFT
    if previous.text[:1].isupper() and index > 1 and tokens[index - 2].lower in DETERMINERS:
        return False  # "a U.S. release", "the Apple launch": a name modifying the noun
    return previous.lower in VERB_LEFT or (previous.text[:1].isupper() and index > 1)


MODIFIED_HEADS = word_set(
    "court courts judge judges lawyer lawyers attorney attorneys panel board committee commission campaign"
)
ING_VERB_LEFT = word_set("after before while when by without and or was were is are been be also")
VERB_LEFT = word_set("to will would could can may might should must did do does not never they we i you who 'll also")


def _has_noun_form(entry: Trigger) -> bool:
    return entry.words[0] in _NOUN_STARTS


_NOUN_STARTS = frozenset(word for word, entries in LEXICON.items() if any(not e.is_verb for e in entries))


def _context_matches(tokens: Sequence[Token], index: int, length: int, entry: Trigger) -> bool:
    pattern = entry.context
    assert pattern is not None
    window = [*tokens[max(0, index - 4) : index], *tokens[index + length : index + length + 4]]
    if entry.after_only:
        window = list(tokens[index + length : index + length + 6])
    return any(pattern.match(token.lower) for token in window)


def _generic_verb(tokens: Sequence[Token], index: int) -> bool:
    """A past-tense verb that may carry a dated happening the lexicon does not name."""
    word = tokens[index].lower
    if word in PRESENT_FORMS_NOT_PAST or word in PERFECT_OR_PASSIVE:
        return False
    past = word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed") and word.isalpha())
    if not past or index == 0:
        return False
    previous = tokens[index - 1].lower
    if previous in DETERMINERS or previous in ("to", "be", "being", "very", "more", "most"):
        return False
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if following not in ("by", "with") and word not in MADE_OR_SOLD:
        return True  # a reduced relative is followed by these, or is a made or sold thing
    return not _reduced_relative(tokens, index)


SUBJECT_PRONOUNS = word_set("i we you he she they it who which that")
NOT_NOUNS = word_set("also then not never just still and or but only first later soon again")


def _reduced_relative(tokens: Sequence[Token], index: int) -> bool:
    """ "cars packed with explosives", "an event hosted by the club", "the Royal Courts, located in
    London": a participle describing a noun.

    An "-ed" word right after a common noun (or a comma) and followed by "by" or "with", or a past
    participle after a comma and before a preposition, is a passive participle on that noun, not
    the verb of a clause of its own (unlike "investors, betting on a clash, pushed up the shares").
    """
    word, previous = tokens[index].lower, tokens[index - 1]
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if word in MADE_OR_SOLD and _counted_noun_before(tokens, index) and following in NOUN_ANCHORS:
        return True  # "200,000 electric kettles sold in Europe", "300 homes built on the site"
    if previous.text == "," and _past_word(tokens[index]) and following in ASIDE_PREPOSITIONS:
        return True  # "the Royal Courts of Justice, located in central London"
    if not word.endswith("ed") or following not in ("by", "with"):
        return False
    lower = previous.lower
    noun = (
        previous.text[:1].islower()
        and previous.text.isalpha()
        and lower not in SUBJECT_PRONOUNS | PERFECT_OR_PASSIVE | AUXILIARY | NOT_NOUNS
        and not lower.endswith("ly")
    )
    return noun or previous.text == ","


MADE_OR_SOLD = word_set("sold built made bought produced manufactured shipped imported exported delivered installed")


def _counted_noun_before(tokens: Sequence[Token], index: int) -> bool:
    """A plural common noun right before, counted by a number a few words back ("200,000 electric kettles")."""
    previous = tokens[index - 1]
    if not (previous.text.isalpha() and previous.text.islower() and previous.lower.endswith("s")):
        return False
    return any(t.text[:1].isdigit() for t in tokens[max(0, index - 4) : index - 1])


def _anchored_noun(tokens: Sequence[Token], clauses: Sequence[int], index: int, length: int) -> bool:
    """A noun trigger that refers to a particular happening: determined, possessed, named or complemented."""
    for i in range(index - 1, max(-1, index - 4), -1):
        token = tokens[i]
        named = token.text[:1].isupper() and i > 0
        if token.lower in DETERMINERS or token.possessive or named or token.text[:1].isdigit():
            return True
        if token.text in ",;:()" or token.lower in ("and", "or", "of", "for", "in", "on", "to", "with"):
            break
    after = index + length
    if after < len(tokens) and clauses[after] == clauses[index] and tokens[after].lower in SUBJECT_VERBS:
        first = index == 0 or tokens[index - 1].text in PUNCT_STOP or tokens[index - 1].lower in CLAUSE_WORDS
        if first:
            return True  # "Sentencing is scheduled for June 20": the subject of its clause is one happening
    return after < len(tokens) and tokens[after].lower in NOUN_ANCHORS


NOUN_ANCHORS = word_set("with against from between by over in on at")
SUBJECT_VERBS = word_set("is was will has had begins began starts started opened ended")


def _modality(
    tokens: Sequence[Token], clauses: Sequence[int], index: int, entry: Trigger, members: Sequence[int]
) -> str:
    """``fact``, ``expected`` or ``skip`` (negated, conditional, hypothetical); ``members`` are the
    token indices of the trigger's clause, in order."""
    clause = clauses[index]
    if "not" in entry.words:
        return "fact"
    words = [tokens[i].lower for i in range(max(0, index - 4), index) if clauses[i] == clause]
    clause_first = tokens[members[0]].lower
    if clause_first in CONDITIONAL or not CONDITIONAL.isdisjoint(words[-2:]):
        return "skip"
    joined = "".join(words)  # an apostrophe in none of the words: no "n't" ending either
    if not NEGATION.isdisjoint(words) or (
        ("'" in joined or "’" in joined) and any(word.endswith(("n't", "n’t")) for word in words)
    ):
        return "skip"
    if entry.is_verb and clause_first in NEGATIVE_SUBJECTS:
        return "skip"  # "None of the guards was arrested"
    if entry.is_verb and _negated_auxiliary(tokens, index):
        return "skip"  # "did not comment", "was not charged": the auxiliary is the trigger
    if entry.kind == GENERIC and tokens[index].lower in PLANNED and words[-1:] in (["is"], ["are"]):
        return "expected"  # "a larger march is planned for next week"
    infinitive = "to" in words and (
        words[-1:] == ["to"] or words[-2:] == ["to", "be"] or words[-3:] == ["to", "have", "been"]
    )
    if entry.is_verb and infinitive:
        if any(word in PLAN_WORDS for word in words[: words.index("to")]) or words[-2:] == ["to", "be"]:
            return "expected"  # "to be released in mid-2011": a passive infinitive looks ahead
        return "infinitive"
    if not FUTURE.isdisjoint(words):
        return "expected"
    if entry.is_verb and words[-1:] == ["would"] and _reported_plan(tokens, index):
        return "expected"  # "Varma said on Friday it would recall 200,000 kettles": a plan, told
    if not MODAL.isdisjoint(words):
        return "skip"
    if not entry.is_verb:
        if not _anchored_noun(tokens, clauses, index, len(entry.words)):
            return "skip"  # a bare noun ("requires arrest and conviction") names a kind, not a happening
        if any(tokens[i].lower == "without" and clauses[i] == clause for i in range(max(0, index - 6), index)):
            return "skip"  # "released without charge", "cannot return him without holding a (political asylum) hearing"
        near = words[-2:]
        clause_words = {tokens[i].lower for i in members}
        if not HEDGE_BEFORE_NOUN.isdisjoint(near) or clause_words & UNCERTAIN:
            return "skip"
        if not EXPECT_BEFORE_NOUN.isdisjoint(near):
            return "expected"
        if not ORDER_BEFORE_NOUN.isdisjoint(words):
            return "expected"  # "the judges ordered a new trial": it is yet to come
        following = []  # "the trial of X is scheduled", not "the shooting continues, with talks expected"
        for i in range(index + 1, min(len(tokens), index + 7)):
            if clauses[i] != clause or tokens[i].text in PUNCT_STOP:
                break
            following.append(tokens[i].lower)
        if not EXPECT_AFTER_NOUN.isdisjoint(following):
            return "expected"
        if any(a in ("set", "poised") and b == "to" for a, b in zip(following, following[1:])):
            return "expected"  # "the trial is set to begin on Wednesday"
        if _takes_place_later(following):
            return "expected"  # "the trial will begin on Wednesday": its subject has yet to happen
    return "fact"


TAKES_PLACE = word_set("begin start open resume reopen happen occur close conclude")
HELD = word_set("held completed finalized finalised staged heard")
SOFTENERS = word_set("also now then likely probably only still finally")


ASIDE_PREPOSITIONS = word_set("in at on near as by outside inside along across off")


def _takes_place_later(following: Sequence[str]) -> bool:
    """The words after a noun say it will take place ("will begin", "will be held", "is to start",
    "will take place"), not what it will bring about ("the settlement will cost ...")."""
    for i, word in enumerate(following):
        if word in FUTURE:
            verb = following[i + 1 :]
        elif word in ("is", "are") and following[i + 1 : i + 2] == ["to"]:
            verb = following[i + 2 :]
        else:
            continue
        verb = [w for w in verb if w not in SOFTENERS]
        if verb[:1] == ["be"]:
            return verb[1:2] != [] and verb[1] in HELD
        return verb[:2] == ["take", "place"] or (verb[:1] != [] and verb[0] in TAKES_PLACE)
    return False


REPORTING_VERBS = word_set("said says told announced confirmed promised pledged vowed")


def _reported_plan(tokens: Sequence[Token], index: int) -> bool:
    """ "X said (that) it would ...": a saying just before, and no condition ("if", "unless") after."""
    before = {token.lower for token in tokens[max(0, index - 8) : index]}
    after = {token.lower for token in tokens[index + 1 :]}
    return not REPORTING_VERBS.isdisjoint(before) and CONDITIONAL.isdisjoint(after)


NEGATIVE_SUBJECTS = word_set("nobody none neither nothing")
NEGATED_AUXILIARY = word_set("did was were had could would")


def _negated_auxiliary(tokens: Sequence[Token], index: int) -> bool:
    """ "Eva Lie did not comment": a past auxiliary taken as a generic verb, negated right after it."""
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    return tokens[index].lower in NEGATED_AUXILIARY and (following in NEGATION or following in ("n't", "n’t"))


# -- dating ---------------------------------------------------------------------------------------


def _date(
    text: str,
    tokens: Sequence[Token],
    cue_members: Sequence[int],
    index: int,
    timexes: Sequence[Timex],
    published: date | None,
    expected: bool,
    entry: Trigger,
) -> list[tuple[TimeSpan, bool]]:
    """The spans this mention supports (several for "filed in 2023 and 2024"); ``True`` when dated.

    ``cue_members`` are the token indices of the trigger's clause that may hold an "earlier" cue
    (empty when its sentence has none).
    """
    if entry.kind in REPORTING:
        timexes = [t for t in timexes if not _inside_complement(tokens, index, t)]
    if not expected:
        timexes = [t for t in timexes if t.span is None or not (t.span.expected or t.value == "FUTURE_REF")]
    governing = _governing(text, tokens[index].start, timexes)
    spans: list[tuple[TimeSpan, bool]] = []
    for timex in governing:
        span = timex.span
        if span is None or span.is_unknown:
            continue
        if not expected and _since(text, timex, span, published) and published is not None and span.earliest:
            span = TimeSpan.between(as_day(span.earliest), published)  # "have warned since at least 2018"
        if expected:
            told_before = timex.end <= tokens[index].start or not entry.is_verb
            if told_before and published is not None and span.latest is not None and _after(published, span.latest):
                continue  # "said on Monday it had agreed to buy", "ordered a new trial on Friday": when it was said
            spans.append((replace(span, expected=True), True))
        elif published is not None and span.earliest is not None and _after(span.earliest, published):
            continue  # a past happening cannot start after its report: keep to what is honest
        else:
            if published is not None and span.latest is not None and _after(span.latest, published):
                span = span.intersection(TimeSpan.until(published)) or span  # "in 2024", told in July 2024
            spans.append((span, span.precision in DATED_PRECISIONS and not span.is_open))
    if spans:
        return spans
    if published is None:
        return [(TimeSpan.unknown(), False)]
    if expected:
        return [(replace(TimeSpan.since(published), expected=True), False)]
    earlier = any(tokens[i].lower in EARLIER_CUES for i in cue_members) or any(t.value == "PAST_REF" for t in governing)
    return [(_until(published, earlier), False)]


@lru_cache(maxsize=4096)
def _until(published: date, earlier: bool) -> TimeSpan:
    """Happened by the publication date (or before it): one shared frozen span per day."""
    return TimeSpan.until(published, strictly_before=earlier)


def _present_saying(tokens: Sequence[Token], index: int, entry: Trigger) -> bool:
    """ "X says", "the company claims": a saying in the simple present is made as the article is written.

    Only in the body (a headline's present tense tells the past) and never after an auxiliary
    ("has said", "does not say").
    """
    if entry.kind != "statement" or not entry.is_verb or len(entry.words) > 1 or index == 0:
        return False
    word = tokens[index].lower
    if not word.endswith("s") or word.endswith("ss") or word == entry.participle:
        return False
    return tokens[index - 1].lower not in PERFECT_OR_PASSIVE | AUXILIARY


AUXILIARY = word_set("do does did will would can could may might should must")


def _inside_complement(tokens: Sequence[Token], index: int, timex: Timex) -> bool:
    """True when ``timex`` sits in what was said ("said that ... last year", a quotation), not when it was said."""
    if timex.start < tokens[index].start:
        if _QUOTES & {t.text for t in tokens if timex.end <= t.start < tokens[index].start}:
            return True
        return _fronted_content(tokens, index, timex)
    between = [t for t in tokens if tokens[index].end <= t.start < timex.start]
    if any(t.lower == "that" or t.text in _QUOTES for t in between):
        return True
    # "said its merger with Odde was completed in 2019": a clause of its own, "that" left out
    return len(between) > 2 and any(t.lower in _CLAUSE_VERBS for t in between[2:])


ADVERBS_BEFORE_VERB = word_set("later also then again first since")


def _fronted_content(tokens: Sequence[Token], index: int, timex: Timex) -> bool:
    """ "Profit fell ... from 665 million a year earlier, the company said": the date is in what was
    said, told before the saying, when a verb comes before it and a comma after it."""
    comma = next((i for i in range(index - 1, -1, -1) if tokens[i].text == ","), -1)
    if comma < 0 or timex.end > tokens[comma].start or tokens[index].lower.endswith("ing"):
        return False  # "took time off in early 2009, later revealing ...": the -ing clause is no attribution
    if not any(t.lower not in ADVERBS_BEFORE_VERB and not t.lower.endswith("ly") for t in tokens[comma + 1 : index]):
        return False  # no speaker between the comma and the verb
    return any(t.end <= timex.start and (t.lower in _CLAUSE_VERBS or _past_word(t)) for t in tokens[:comma])


def _past_word(token: Token) -> bool:
    lower = token.lower
    return token.text[:1].islower() and (lower in IRREGULAR_PAST or (lower.endswith("ed") and len(lower) > 4))


_CLAUSE_VERBS = frozenset(("was", "were", "is", "are", "had", "has", "have", "will", "would", "could", "did"))


_QUOTES = frozenset('"“”')
REPORTING = frozenset(("statement", "announcement", "ruling"))


def _governing(text: str, position: int, timexes: Sequence[Timex]) -> list[Timex]:
    """The nearest temporal expression to the trigger, with any coordinated with it ("2023 and 2024")."""
    timexes = [t for t in timexes if not (t.end <= position and _in_aside(text, t, position))]
    if len(timexes) <= 1:
        return timexes  # none, or one: nothing to choose between or coordinate
    ordered = sorted(timexes, key=lambda t: t.start)
    # a date with another date between it and the trigger belongs to an earlier verb
    screened = {i for i, t in enumerate(ordered[:-1]) if ordered[i + 1].end <= position} if len(ordered) > 1 else ()
    nearest = min(range(len(ordered)), key=lambda i: _distance(position, ordered[i], text) + 20_000 * (i in screened))
    outer = ordered[nearest].span
    finer = [
        i
        for i, t in enumerate(ordered)
        if t.span is not None
        and outer is not None
        and RANK[t.span.precision] < RANK[outer.precision]
        and outer.contains(t.span)
    ]
    if finer:
        nearest = min(finer, key=lambda i: _distance(position, ordered[i], text))
    group = [ordered[nearest]]
    for following in ordered[nearest + 1 :]:
        if _COORDINATION.fullmatch(text[group[-1].end : following.start]):
            group.append(following)
        else:
            break
    return group


def _since(text: str, timex: Timex, span: TimeSpan, published: date | None) -> bool:
    """ "since (at least) 2018" before a date that is before the report: from then until the report."""
    if published is None or span.earliest is None or as_day(span.earliest) >= published:
        return False
    return _SINCE.search(text, max(0, timex.start - 16), timex.start) is not None


_SINCE = re.compile(r"\bsince(?:\s+at\s+least)?\s+$", re.IGNORECASE)
_COORDINATION = re.compile(r"\s*(,|and|, and|&)\s*")


def _distance(position: int, timex: Timex, text: str = "") -> int:
    """How far a date is from the trigger; a date before it counts a little further.

    A date before the trigger that belongs to a coordinated earlier predicate ("fought cancer in
    2004 and took leave in 2009") or to an aside between commas ("Jobs, born on February 24, 1955,
    built ...") counts far: a date after the trigger, if any, wins.
    """
    if timex.start >= position:
        return timex.start - position
    between = text[timex.end : position]
    if _COORDINATED_PREDICATE.search(between) or _LISTED_PREDICATE.fullmatch(between):
        return position - timex.end + 10_000
    return (position - timex.end) + 5


def _in_aside(text: str, timex: Timex, position: int) -> bool:
    """A date in an aside between commas that closes before the trigger ("Jobs, born on May 2, 1950, built")."""
    return bool(_ASIDE.search(text[max(0, timex.start - 60) : timex.start])) and "," in text[timex.end : position]


_COORDINATED_PREDICATE = re.compile(r"^[^,;]*\b(?:and|but)\b(?!\s*\d)")
_LISTED_PREDICATE = re.compile(r"\s*,\s*")  # "tripled in 2004, doubled in 2005": the date ends the verb before
_ASIDE = re.compile(
    r",\s*(?:(?:born|aged|founded|married|named|elected)\b[^,]*|(?:who|which)\b[^,.;!?]*)$"
)  # ", born on May 2, 1950,", ", who was appointed in 2021,"


def _after(day: date, published: date) -> bool:
    """``day`` falls after ``published``; either may be a datetime (a TIME span), compared by its day."""
    return as_day(day) > as_day(published)


# -- coreference and salience ---------------------------------------------------------------------


def _corefer(candidates: Sequence[_Candidate]) -> list[tuple[Event, list[_Candidate]]]:
    """One event per happening: later mentions of a once-or-case kind join a compatible earlier event.

    An undated plural noun ("the civil lawsuits") is resolved last: it is a mention of every
    compatible event of its kind in the article, not of one picked at random.
    """
    events: list[tuple[Event, list[_Candidate]]] = []
    plurals = [c for c in candidates if c.plural and not c.dated and not c.expected]
    for candidate in candidates:
        if candidate.plural and not candidate.dated and not candidate.expected:
            continue
        if candidate.argument and candidate.definite:
            # "shareholders will vote on the deal in May": the deal told before, not a new one in May.
            told = _family_antecedent(events, candidate, governed=True)
            if told is not None:
                _attach(events, candidate, told, narrow=False)
                continue
        _attach(events, candidate, _find_antecedent(events, candidate))
    for candidate in plurals:
        targets = _plural_antecedents(events, candidate)
        if not targets:
            _attach(events, candidate, _find_antecedent(events, candidate))
        for target in targets:
            _attach(events, candidate, target, narrow=False)
    return events


def _attach(
    events: list[tuple[Event, list[_Candidate]]],
    candidate: _Candidate,
    target: tuple[Event, list[_Candidate]] | None,
    narrow: bool = True,
) -> None:
    """Make ``candidate`` a new event, or a further mention of ``target``."""
    if target is None:
        event = Event(
            title=candidate.title,
            kind=candidate.trigger.kind,
            span=candidate.span,
            participants=list(candidate.participants),
            status=Status.EXPECTED if candidate.expected else Status.REPORTED,
            confidence=_confidence(candidate),
            mentions=list(candidate.mentions),
        )
        events.append((event, [candidate]))
        return
    event, members = target
    if narrow and not (event.status is Status.EXPECTED and not candidate.expected and not candidate.dated):
        # an undated "the recall" told of a planned recall says nothing of when: no narrowing to a day
        merged = event.span.intersection(candidate.span)
        assert merged is not None
        event.span = merged
    members.append(candidate)
    if not any(
        m.start == candidate.mentions[0].start and m.trigger_start == candidate.trigger_start for m in event.mentions
    ):
        event.mentions.extend(replace(m) if candidate.plural else m for m in candidate.mentions)
    for name in candidate.participants if candidate.trigger.is_verb else ():
        if name not in event.participants:
            event.participants.append(name)
    best = max(members, key=lambda member: member.quality)
    event.title = best.title
    event.confidence = max(event.confidence, _confidence(candidate))


def _plural_antecedents(
    events: Sequence[tuple[Event, list[_Candidate]]], candidate: _Candidate
) -> list[tuple[Event, list[_Candidate]]]:
    """Every event of the plural's kind it may stand for: compatible time, no conflicting participant."""
    found = []
    for event, members in events:
        if event.kind != candidate.trigger.kind or event.status is Status.EXPECTED:
            continue
        if event.span.intersection(candidate.span) is None:
            continue
        if candidate.participants and event.participants and not set(candidate.participants) & set(event.participants):
            continue
        found.append((event, members))
    return found


def _find_antecedent(
    events: Sequence[tuple[Event, list[_Candidate]]], candidate: _Candidate
) -> tuple[Event, list[_Candidate]] | None:
    kind = candidate.trigger.kind
    if candidate.newcomer:
        lead = (
            candidate.sentence.index == 1 and kind != "death"
        )  # a death is counted: "a fisherman drowned" is one of a toll
        return _headline_antecedent(events, candidate) if lead else None
    if _loose(candidate) and (KIND_REPEAT.get(kind) != "many" or candidate.definite):
        found = _family_antecedent(events, candidate)
        if found is None and candidate.definite and not candidate.expected:
            found = _family_antecedent(events, candidate, any_status=True)  # "the recall" of a planned recall
        return found
    if KIND_REPEAT.get(kind) == "many":
        return None
    for event, members in reversed(events):
        if event.kind != kind and not (
            candidate.definite
            and _named_in(members, candidate)
            and set(candidate.participants) & set(event.participants)
        ):
            continue  # "the Rust shooting" is the "shooting death" of Rust's cinematographer
        if (event.status is Status.EXPECTED) != candidate.expected:
            continue
        if candidate.dated and any(m.trigger_start == candidate.trigger_start for m in members):
            continue  # "filed in 2023 and 2024": two events from one trigger
        if event.span.intersection(candidate.span) is None:
            continue
        headline = candidate.headline or any(member.headline for member in members)
        shared = set(candidate.participants) & set(event.participants)
        if not headline and candidate.participants and event.participants and not shared:
            continue
        last = max(member.sentence.index for member in members)
        if not headline and not shared and candidate.sentence.index - last > NEAR_SENTENCES:
            continue  # naming nobody in common, only a mention close by may tell the same happening again
        return event, members
    return None


NEAR_SENTENCES = 3


def _headline_antecedent(
    events: Sequence[tuple[Event, list[_Candidate]]], candidate: _Candidate
) -> tuple[Event, list[_Candidate]] | None:
    """The headline's event of the kind that the lead sentence tells again with an indefinite subject
    ("Gunman charged with murder" / "A former worker was charged on Thursday ...")."""
    for event, members in events:
        if (
            event.kind == candidate.trigger.kind
            and any(member.headline for member in members)
            and (event.status is Status.EXPECTED) == candidate.expected
            and event.span.intersection(candidate.span) is not None
        ):
            return event, members
    return None


def _named_in(members: Sequence[_Candidate], candidate: _Candidate) -> bool:
    """A noun that an earlier mention's compound trigger contains ("shooting" in "shooting death")."""
    word = candidate.trigger.words[0]
    return not candidate.trigger.is_verb and any(word in member.trigger.words[:-1] for member in members)


def _confidence(candidate: _Candidate) -> float:
    trigger = candidate.trigger
    return _confidence_of(trigger.is_verb, candidate.dated, bool(candidate.participants), trigger.kind == GENERIC)


@cache
def _confidence_of(verb: bool, dated: bool, named: bool, generic: bool) -> float:
    """The confidence of a verb or noun, dated or not, naming someone or not, generic or not (16 values)."""
    score = 0.5 + 0.15 * verb + 0.2 * dated + 0.1 * named
    if generic:
        score -= 0.2
    return round(min(score, 0.95), 2)


def _score(events: Sequence[tuple[Event, list[_Candidate]]], candidates: Sequence[_Candidate], count: int) -> None:
    """Salience from the kind, the earliest position in the article and the number of mentions."""
    reported = {c.sentence.index for c in candidates if c.trigger.kind not in ATTRIBUTION}
    for event, members in events:
        first = min(member.sentence.index for member in members)
        position = 1.0 - 0.5 * (first / max(count - 1, 1))
        weight = KIND_WEIGHT.get(event.kind, 0.4) * _attribution_factor(event, members, reported)
        salience = weight * position + 0.15 * math.log2(len(event.mentions))
        if event.kind in ATTRIBUTION and not _news(event, members, reported):
            salience = min(salience, QUIET_CEILING) * (QUIET_SALIENCE - 0.001) / QUIET_CEILING
        event.salience = round(salience, 3)


ATTRIBUTION = frozenset(("statement", "announcement"))
QUIET_CEILING = 0.5  # sayings that are not news are mapped from [0, this] to just under QUIET_SALIENCE


def _news(event: Event, members: Sequence[_Candidate], reported: set[int]) -> bool:
    """Whether a saying is news in itself rather than a quote's attribution or background.

    It is when one of its mentions stands alone in its sentence (no happening beside it) and
    either carries a date of its own ("testified on May 3") or is an announcement. A present
    "says" is dated by the report, not by the text: that is no date of its own.
    """
    return any(
        member.sentence.index not in reported and ((member.dated and member.anchors) or event.kind == "announcement")
        for member in members
    )


def _attribution_factor(event: Event, members: Sequence[_Candidate], reported: set[int]) -> float:
    """How much a saying counts beside the happenings: a case chronology is of happenings.

    "Investigators said the weapon fired a live round" is first a shooting with its source named:
    the saying (or announcing) sinks well below it. A saying alone in its sentence but undated ("the lawyer
    said the actor would fight") is background; a dated one ("testified on May 3") keeps its weight.
    """
    if event.kind not in ATTRIBUTION:
        return 1.0
    if all(member.sentence.index in reported for member in members):
        return 0.25
    return 0.5 if event.span.is_open and event.kind == "statement" else 1.0


# Kinds a bare "the ruling", "the decision", "the agreement" may stand for: the court's last word on
# a case is often a dismissal or a verdict, and "the agreement" of a settlement story is the settlement.
FAMILY: dict[str, frozenset[str]] = {
    kind: group
    for group in (
        frozenset(("ruling", "dismissal", "verdict", "conviction", "acquittal", "sentencing")),
        frozenset(("deal", "settlement")),
        frozenset(("election", "vote")),
    )
    for kind in group
}


def _loose(candidate: _Candidate) -> bool:
    """A noun mention with no date or participant of its own ("the ruling", "the court's decision")."""
    own = not candidate.participants or candidate.inferred
    return not candidate.trigger.is_verb and not candidate.dated and own


def _family_antecedent(
    events: Sequence[tuple[Event, list[_Candidate]]],
    candidate: _Candidate,
    governed: bool = False,
    any_status: bool = False,
) -> tuple[Event, list[_Candidate]] | None:
    """The event of the candidate's family mentioned last before it, when its time is compatible.

    A loose noun refers back to what the article just told, not to the first event of its kind:
    "the judge dismissed the case ... as the ruling was read" is the dismissal. A ``governed`` noun
    (another verb's definite argument) takes any status, and its time too when the verb is
    expected; its participants, if any, must agree ("appealed her conviction" is hers).
    """
    kind = candidate.trigger.kind
    family = FAMILY.get(kind, frozenset((kind,)))
    best: tuple[int, tuple[Event, list[_Candidate]]] | None = None
    for event, members in events:
        named = not governed and _named_in(members, candidate)
        if event.kind not in family and not named:  # "the shooting" after "the shooting death of X"
            continue
        shared = set(candidate.participants) & set(event.participants)
        if governed and candidate.participants and event.participants and not shared:
            continue  # "appealed her conviction": hers, not another's
        if not governed and not any_status and (event.status is Status.EXPECTED) != candidate.expected:
            continue
        if not (governed and candidate.expected) and event.span.intersection(candidate.span) is None:
            continue
        last = max((m.trigger_start for m in members if m.trigger_start < candidate.trigger_start), default=-1)
        if last >= 0 and (best is None or last > best[0]):
            best = (last, (event, members))
    return best[1] if best is not None else None
