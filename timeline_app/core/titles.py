"""Short event titles (at most 60 characters) built from the trigger's clause.

"The film's armorer, Hannah Gutierrez-Reed, was convicted of involuntary manslaughter earlier"
gives "Hannah Gutierrez-Reed convicted of involuntary manslaughter"; "a judge dismissed all charges
against him" gives "Charges against Baldwin dismissed" (a nameless subject yields to a passive).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from timeline_app.core.sentences import COMPANY, MONTHS, TITLES
from timeline_app.core.timex import Timex
from timeline_app.core.tokens import Token, word_set
from timeline_app.core.triggers import GENERIC, IRREGULAR_PAST, LEXICON, Trigger

if TYPE_CHECKING:
    from timeline_app.core.names import NameIndex

MAX_TITLE = 60
AUX = word_set(
    "was were has have had been is are be being also then later reportedly currently formally officially"
    " finally ultimately subsequently recently already just first initially originally eventually again"
)
AUX_OR_NOT = AUX | {"not"}
PASSIVE_AUX = word_set("was were been is are be being got get gets")
FRONT_JUNK = word_set(
    "of in to or and as with during alongside among from at on for by having came come comes were was have has"
    " been is are be will would up into onto over under after before since until than"
)
FUTURE_AUX = word_set("will would shall could may might must")
LEADING = word_set(
    "after before when while who whom which that where but and because although though whereas so despite"
    " including ultimately however meanwhile"
)
OBJECT_STOPS = word_set(
    "in on at after before during since for from by as when while because which who whom where but"
    " although though whereas upon until over into through earlier previously ago"
)
DROP_WORDS = word_set("all the a an")
DEMONSTRATIVES = word_set("this these those")  # dropped before a noun ("This deal signed"), kept as a subject
TRAILING = word_set("of to for with by in on at and or the a an that his her its their")
OBJECT_PRONOUNS = frozenset(("him", "her", "them"))
SUBJECT_PRONOUNS = frozenset(("he", "she"))
NEW_PREDICATE_SUBJECTS = SUBJECT_PRONOUNS | {"they"}
SAYING = frozenset(("statement", "announcement"))
NOUN_COMPLEMENTS = word_set("of with against from between by over")
VERB_LIKE = word_set("is are was were has have had been be will would could")
TIME_PREPOSITIONS = word_set("on in at during since by from until of")
OBJECT_LEADS_ACTIVE = word_set(
    "that with to into onto against for about from by out off up down back away of over across through near around"
    " in on at during since after before as alongside among within without under until"
    " outside inside toward towards along beside behind past amid throughout"
)  # no direct object to make a passive of
NOTHING: frozenset[int] = frozenset()
AUX_OR_VERB = PASSIVE_AUX | VERB_LIKE
PUNCT = frozenset(',.;:!?"“”‘’()—–-')
QUOTES = frozenset('"“”‘')


def build_title(
    tokens: Sequence[Token],
    clauses: Sequence[int],
    index: int,
    length: int,
    entry: Trigger,
    names: NameIndex,
    timexes: Sequence[Timex],
    others: Sequence[int] = (),
    participants: Sequence[str] = (),
    starts: Sequence[int] | None = None,
    members: Sequence[int] | None = None,
) -> str:
    """A readable label for the event named at ``tokens[index:index+length]``.

    ``starts`` (each token's start) and ``members`` (the token indices of the trigger's clause, in
    order) may be given by a caller that has them for the sentence already.
    """
    clause = clauses[index]
    if members is None:
        members = [i for i, owner in enumerate(clauses) if owner == clause]
    in_timex: set[int] = set()
    if timexes and tokens:
        if starts is None:
            starts = [token.start for token in tokens]
        for t in timexes:  # the tokens starting inside an expression
            first, end = bisect_left(starts, t.start), bisect_left(starts, t.end)
            if (
                _period_modifier(t.text)
                and end < len(tokens)
                and tokens[end].text.isalpha()
                and tokens[end].text.islower()
            ):
                continue  # "a fall in third-quarter profit": the date describes a noun the title needs
            in_timex.update(range(first, end))
    if in_timex:
        left_out = _left_out(tokens, in_timex)
        keep = [i for i in members if i not in left_out]
    else:
        keep = list(members)
    previous = max(filter(index.__gt__, others), default=-1)  # the last other trigger before this one
    # ``keep`` is in order: the words before the trigger (after any other trigger) and after it are slices
    before = keep[bisect_right(keep, previous) : bisect_left(keep, index)]
    after = keep[bisect_left(keep, index + length) :]
    chain = _aux_chain(tokens, before)
    subject = _subject(tokens, before, names, chain)
    chain_start = before[: len(before) - len(chain)]  # the chain ends ``before``
    if entry.is_verb and not chain_start and previous >= 0 and _noun_trigger(tokens[previous]):
        subject = [previous]  # "That lawsuit was settled in 1991": the noun told before is what happened to
    if (
        entry.is_verb
        and previous >= 0
        and chain_start
        and chain_start[0] == previous + 1
        and not ((entry.kind == GENERIC and not chain) or _participle_on_phrase(tokens, index, length))
    ):
        # "an explosion at the Kelby plant killed": the other trigger heads it. Not for a generic verb
        # without auxiliaries: one telling of the noun itself ("the trial of X was held") is no event of
        # its own (``extract._noun_subject``), so what is left is a participle on the people after it
        # ("the trial of two Libyans suspected of blowing up ..."); nor for "the trial of two men accused of".
        phrase = [previous, *chain_start]
        located = tokens[chain_start[0]].lower in ("at", "in", "on", "near", "of") and len(phrase) <= 7
        if located and not any(tokens[i].text in PUNCT for i in phrase):
            subject = phrase
    if (
        entry.kind in SAYING
        and chain_start
        and tokens[chain_start[-1]].text in PUNCT
        and not _company_stop(tokens, chain_start[-1])
        and not (subject and all(names.is_name_at(tokens[i].start) or _company_stop(tokens, i) for i in subject))
    ):
        subject = []  # '"...," said Jobs': the speaker follows the verb (not "X, an employee, revealed")
    coordinated = chain_start
    listed = previous >= 0 and all(tokens[i].text == "," for i in before) and _finite(tokens[previous])
    if coordinated and (tokens[coordinated[-1]].lower in ("and", "but") or listed) and entry.is_verb:
        # "X called the decision unfair and said ...", "X tripled in 2004, doubled in 2005 and rose ...":
        # the verb shares the first verb's subject.
        if previous >= 0:
            head, head_previous = _chain_head(tokens, keep, others, previous)
            shared = _subject(tokens, [i for i in keep if head_previous < i < head], names)
        else:
            first_verb = _first_verb(tokens, keep, coordinated[-1])
            shared = _subject(tokens, [i for i in keep if i < first_verb], names)
        if shared:
            return build_title_from(" ".join(_words(tokens, shared, names)), tokens, after, index, length, names)
    if (
        entry.is_verb
        and before
        and tokens[before[0]].lower in ("and", "but")
        and not _subject(tokens, before[1:], names)
    ):
        sentence_names = [m for first, _, m in names.in_tokens(tokens) if first < before[0]]
        shared = _first_subject(tokens, clauses, names)
        if shared:
            # "Prosecutors in X are reviewing the case and have said ...": the first clause's subject.
            return build_title_from(" ".join(_words(tokens, shared, names)), tokens, after, index, length, names)
        if sentence_names:
            subject_name = names.short(names.canonical(sentence_names[0].words))
            return build_title_from(subject_name, tokens, after, index, length, names)
    adjunct = index > 0 and tokens[index - 1].text == ","  # "..., killing two workers": the main subject's deed
    if entry.is_verb and (not subject or adjunct) and _adverbial_participle(tokens, index, length):
        main = _main_subject(tokens, index, length, names)
        if main:
            verb = _past_of(tokens[index].lower, entry)
            return _finish([*_words(tokens, main, names), verb, *_object(tokens, after, names)])
    relative = (
        bool(before)
        and tokens[before[0]].lower in ("who", "which")
        and not any(tokens[i].lower not in LEADING for i in chain_start)
    )
    trigger_words = [tokens[i].text for i in range(index, index + length)]
    obj = _object(tokens, after, names)
    if not entry.is_verb:
        subject = [i for i in subject if i < index - len(_noun_phrase_indices(tokens, before, index, names))]
    common = _antecedent_phrase(tokens, before[0], names) if entry.is_verb and before else []
    if common and len(chain_start) > 1 and tokens[chain_start[-1]].text == ",":
        subject = common  # "The suspect, who has not been named, was arrested": the suspect was
    elif (
        entry.is_verb
        and keep
        and keep[0] < index
        and _closed_aside(tokens, keep, index)
        and all(i < max(j for j in keep if j < index and tokens[j].text == ",") for i in subject)
    ):
        # "The company, which was founded in 1998, said", "Lindqvist, who was appointed in 2021, will step down"
        closed = _antecedent_phrase(tokens, keep[0], names, whole=True) or _antecedent_name(tokens, keep[0], names)
        if closed:
            subject = closed + [i for i in chain_start if tokens[i].lower in FUTURE_AUX]
    object_relative = (
        bool(before)
        and tokens[before[0]].lower == "which"
        and bool(subject)
        and before[0] < subject[0] <= before[0] + 3  # "which [the opposition] Centre Party had tabled"
        and entry.kind not in SAYING
        and not any(tokens[i].lower in PASSIVE_AUX for i in chain)
        and all(tokens[i].text[:1].isalpha() for i in subject)
    )
    told_object = False
    if (
        entry.is_verb
        and not relative
        and object_relative
        and common
        and (not obj or obj[0].lower() in OBJECT_LEADS_ACTIVE)
    ):
        # "the motion, which the Centre Party had tabled last week": the motion is what was tabled
        noun = [i for i in common if tokens[i].lower not in DROP_WORDS]
        obj, told_object = ["the", *_words(tokens, noun, names, subject=False), *obj], True
    if entry.is_verb:
        passive = any(tokens[i].lower in PASSIVE_AUX for i in chain)
        has_name = any(_is_name_word(tokens[i], names) for i in subject)
        antecedent = names.name_before(tokens[before[0]].start) if relative and not common else None
        if relative and common:
            words = _words(tokens, common, names) + trigger_words + obj  # "The company, which was founded in 1998"
        elif antecedent is not None:
            words = [names.short(antecedent), *trigger_words, *obj]
        elif not subject and obj and entry.kind in SAYING and names.is_name_at(tokens[after[0]].start):
            words = [*obj, *trigger_words]
        elif subject and tokens[subject[-1]].lower in FUTURE_AUX | {"to"} and chain:
            # "Lund will be sworn in": keep the whole verb group after a future auxiliary.
            words = _words(tokens, subject, names) + [tokens[i].text for i in sorted(chain)] + trigger_words + obj
        elif (
            passive
            or has_name
            or told_object
            or not obj
            or entry.kind in SAYING
            or obj[0].lower() in OBJECT_LEADS_ACTIVE
            or obj[0].lower().endswith("ly")  # "profits fell sharply": no object to promote
            or any(word.lower() in VERB_LIKE for word in obj[1:])  # "ruled the evidence was admissible"
            or _amount(obj)  # "voted 88 to 81", "fell 6 percent": no object to promote
            or obj[0].lower() in ("them", "it", "these", "those")  # "Orion recalled them", not "Them recalled"
            or (entry.kind == GENERIC and _common_subject(tokens, subject, obj))  # "Train left the rails"
        ):
            words = _words(tokens, subject, names) + trigger_words + obj
            if entry.kind in SAYING and subject and (not obj or obj[0].lower() in OBJECT_LEADS_ACTIVE):
                report = _fronted_report(tokens, subject[0], names)  # "No one was hurt, Varma said"
                if not report and obj and obj[0].lower() in SAID_WHERE:
                    report = _that_report(tokens, after)  # "said in a preliminary report that the signal ..."
                words = _words(tokens, subject, names) + trigger_words + report if report else words
        else:
            participle = entry.participle if entry.participle.endswith("ed") else trigger_words[-1]
            words = _passive(obj, PARTICIPLES.get(participle.lower(), participle))
    else:
        complement = obj if after and _complement_opens(tokens[after[0]].lower, entry.kind) else []
        verbs = [position for position, word in enumerate(complement) if word.lower() in VERB_LIKE]
        complement = complement[: verbs[0]] if verbs else complement  # "visit to East Africa [was designed]"
        if _measure(complement):
            complement = []  # "a trial of about two weeks" says how long, not whose
        words = _noun_phrase(tokens, before, index, names) + trigger_words + complement
        if (
            subject
            and any(_is_name_word(tokens[i], names) for i in subject)
            and len(subject) <= 4
            and not _prepositional(tokens, subject)
        ):
            words = _words(tokens, subject, names) + words
        if len(words) == length:
            words = _with_participant(words, entry.kind, participants, names, tokens)
        if len(words) == length and index > 0 and tokens[index - 1].lower in ("its", "their"):
            owner = _owner_before(tokens, index - 1, names)  # "the iTunes store since its launch"
            words = [*words, "of", owner] if owner else words
        if len(words) == length:
            words = _clause_around(tokens, before, after, index, length, names) or words
    return _finish(words, keep_end=entry.is_verb and length > 1 and not obj)  # "sworn in", "stepped down"


def _left_out(tokens: Sequence[Token], in_timex: set[int]) -> set[int]:
    """The tokens a title leaves out: a date's, the preposition right before one ("on" Friday) and a
    conjunction between two ("2023 and 2024")."""
    left_out = set(in_timex)
    for i in in_timex:
        if i > 0 and tokens[i - 1].lower in TIME_PREPOSITIONS:
            left_out.add(i - 1)
        if i + 2 in in_timex and tokens[i + 1].lower in ("and", "or", ",", "ended", "ending"):
            left_out.add(i + 1)  # "2023 and 2024", "the quarter ended Sept. 30"
    return left_out


# Past forms whose participle differs, for a passive title ("Batch of toasters withdrawn").
_PAST_AND_PARTICIPLE = (  # pairs: the past, then its participle
    "took taken gave given withdrew withdrawn broke broken chose chosen drew drawn knew known threw thrown"
    " flew flown froze frozen drove driven rode ridden wore worn tore torn bore borne sank sunk sang sung"
    " rang rung overtook overtaken undertook undertaken began begun wrote written spoke spoken stole stolen"
    " shook shaken forgave forgiven hid hidden bit bitten ate eaten saw seen"
)


def _pairs(text: str) -> dict[str, str]:
    words = text.split()
    return dict(zip(words[::2], words[1::2], strict=True))


PARTICIPLES = _pairs(_PAST_AND_PARTICIPLE)
PARTICIPLE_FORMS = frozenset(PARTICIPLES.values())
AMOUNT_NEXT = word_set("to percent % per points point times million billion trillion cents shares")


def _amount(obj: Sequence[str]) -> bool:
    """ "88 to 81 against the motion", "6 percent", "$7.2 million", "100,000 shares": a tally or an
    amount, no object to make passive ("lost $7.2 million", not "7.2 million lost")."""
    if obj and obj[0] in CURRENCY:
        return True
    return len(obj) > 1 and obj[0][:1].isdigit() and obj[1].lower() in AMOUNT_NEXT


def _common_subject(tokens: Sequence[Token], subject: Sequence[int], obj: Sequence[str]) -> bool:
    """A definite or plural subject of common nouns ("the train", "strong winds") and an object that
    names nobody: for a verb the lexicon does not know, the active clause reads best ("Train left
    the rails"); "a truck struck a bus" and "the club fired Tova Brandt" still read best passive."""
    if not subject or tokens[subject[0]].lower in ("a", "an") or obj[0][:1].isupper():
        return False
    if len(subject) > 5:
        return False
    return all(_plain_noun_word(tokens[i]) for i in subject)


def _plain_noun_word(token: Token) -> bool:
    """A word that may be part of a plain noun phrase: no pronoun, clause word, verb form or "to"."""
    lower = token.lower
    if lower in PRONOUNS_AS_SUBJECT or lower in NEW_SUBJECTS or lower in LEADING or lower in VERB_LIKE:
        return False
    if lower == "to" or _finite(token) or lower.endswith("ing") or lower in PARTICIPLE_FORMS:
        return False
    return token.text.isalpha() or token.text[:1].isdigit()


REPORT_VERBS = VERB_LIKE | FUTURE_AUX | word_set("should can")
DATELINE_DASHES = frozenset(("-", "—", "–", "_"))
REPORT_STOPS = QUOTES | frozenset(("'", "’", "`", "(", ")", "_", "—", "–", "-"))


PERIOD_WORDS = word_set("quarter half year month week day end")


def _period_modifier(text: str) -> bool:
    """ "third-quarter", "first-half", "year-end": a period written as an adjective."""
    return "-" in text and text.rsplit("-", 1)[1].lower() in PERIOD_WORDS


def _antecedent_phrase(tokens: Sequence[Token], relative: int, names: NameIndex, whole: bool = False) -> list[int]:
    """The common noun phrase a ", who"/", which" clause hangs on ("the suspect", "the company"); empty
    when a name stands there (names are found another way) or there is no such phrase. ``whole``: with
    the noun it completes ("Shares of the company"), the subject of the verb after the aside."""
    comma = relative - 1
    if tokens[relative].lower not in ("who", "which") or comma < 1 or tokens[comma].text != ",":
        return []
    phrase: list[int] = []
    i = comma - 1
    while i >= 0 and len(phrase) < 5:
        token = tokens[i]
        if not token.text.isalpha() or token.lower in FRONT_JUNK or token.lower in LEADING or _finite(token):
            break
        phrase.insert(0, i)
        if token.lower in DETERMINERS_STOP:
            break
        i -= 1
    if not phrase or names.is_name_at(tokens[phrase[-1]].start) or not tokens[phrase[-1]].text.islower():
        return []
    of_phrase = i >= 2 and tokens[i].lower in DETERMINERS_STOP and tokens[i - 1].lower == "of"
    if whole and of_phrase and tokens[i - 2].text.isalpha():
        phrase = [i - 2, i - 1, *phrase]  # "Shares of the company, which ...": the shares
        i -= 2
    head = tokens[phrase[-1]].lower
    if head in ("not", "never", "ago") or head.endswith("ly") or (i >= 0 and tokens[i].text[:1] in "0123456789$£€"):
        return []  # "has not, which ...", "$48 million, which ...": no noun to hang on
    return phrase


def _closed_aside(tokens: Sequence[Token], keep: Sequence[int], index: int) -> bool:
    """The clause opens with "who"/"which" and a comma closes that aside before the verb, with at most
    an auxiliary after the comma (", which was founded in 1998, said", ", who ..., will step down")."""
    if tokens[keep[0]].lower not in ("who", "which"):
        return False
    inside = [i for i in keep if keep[0] < i < index]
    commas = [i for i in inside if tokens[i].text == ","]
    if not commas:
        return False
    return all(tokens[i].lower in FUTURE_AUX or tokens[i].lower in AUX for i in inside if i > commas[-1])


def _antecedent_name(tokens: Sequence[Token], relative: int, names: NameIndex) -> list[int]:
    """The name a ", who ..." clause hangs on ("Lindqvist, who ..."), as token indices."""
    comma = relative - 1
    if tokens[relative].lower not in ("who", "which") or comma < 1 or tokens[comma].text != ",":
        return []
    found: list[int] = []
    i = comma - 1
    while i >= 0 and len(found) < 4 and names.is_name_at(tokens[i].start):
        found.insert(0, i)
        i -= 1
    return found


SAID_WHERE = word_set("in on at during")


def _that_report(tokens: Sequence[Token], after: Sequence[int]) -> list[str]:
    """What was said after an adverbial and "that" ("said in a report that the signal had shown green"):
    the words of the that-clause, up to a punctuation mark."""
    for position, i in enumerate(after[:7]):
        if tokens[i].text in PUNCT or tokens[i].lower == "fact":
            return []
        if tokens[i].lower == "that" and position > 0:
            words: list[str] = []
            for j in after[position + 1 :]:
                if tokens[j].text in PUNCT or len(words) >= 10:
                    break
                words.append(tokens[j].text)
            return words
    return []


def _fronted_report(tokens: Sequence[Token], subject_start: int, names: NameIndex) -> list[str]:
    """What was said when it comes first, unquoted ("No one was seriously hurt, Varma said"): the
    words before the comma that opens the speaker's clause; empty for a quotation or no clause."""
    comma = subject_start - 1
    while comma > 0 and subject_start - comma <= 4 and tokens[comma].text.isalpha() and not _finite(tokens[comma]):
        comma -= 1  # ", chief executive Leena Korhonen said": a role before the name
    if comma <= 0 or tokens[comma].text != ",":
        return []
    content = tokens[:comma]
    dash = max((i for i, token in enumerate(content[:16]) if token.text in DATELINE_DASHES), default=-1)
    if dash >= 0 and not any(_finite(token) for token in content[:dash]):
        content = content[dash + 1 :]  # "LINDVIK, April 14 - A faulty signal ..., investigators said"
    while content and content[0].lower in LEADING:
        content = content[1:]  # "But the building held, an official said"
    if not content or any(token.text in REPORT_STOPS for token in content):
        return []  # '"We are ready," said Ada Park': the speaker is the title; or a dateline "(AP) _"
    if not any(token.lower in REPORT_VERBS or _finite(token) for token in content):
        return []  # "On Monday, the company said": no report before the comma
    words = [token.text for token in content]
    if not names.is_name_at(content[0].start) and words[0] != "I":
        words[0] = words[0].lower()
    return words


def _adverbial_participle(tokens: Sequence[Token], index: int, length: int) -> bool:
    """ "..., saying ...", "While introducing ...", "Citing ...": an -ing clause that shares the main verb's subject."""
    if not tokens[index + length - 1].lower.endswith("ing") or length > 1:
        return False
    before = index - 1
    while before >= 0 and (tokens[before].lower in ("later", "also", "then", "again") or tokens[before].text in QUOTES):
        before -= 1  # '..., later revealing', '"Antennagate," saying'
    return (
        before < 0 or tokens[before].text == "," or tokens[before].lower in ("while", "when", "after", "before", "by")
    )


def _owner_before(tokens: Sequence[Token], index: int, names: NameIndex) -> str | None:
    """The nearest name before ``tokens[index]`` in the sentence that is no person: what "its" stands for."""
    found = None
    for first, _, mention in names.in_tokens(tokens):
        if first >= index:
            break
        name = names.canonical(mention.words)
        if not names.is_person(name) and not mention.possessive:
            found = names.short(name)
    return found


def _participle_on_phrase(tokens: Sequence[Token], index: int, length: int) -> bool:
    """A participle after a noun, completed by "of", "by" or "with" ("two men accused of", "a jet
    hit by"): it tells of the noun before it, not of the phrase's head."""
    after = index + length
    return (
        tokens[index].lower.endswith("ed")
        and after < len(tokens)
        and tokens[after].lower in ("of", "by", "with")
        and tokens[index - 1].text[:1].isalpha()
    )


def _noun_trigger(token: Token) -> bool:
    return token.text[:1].islower() and any(not entry.is_verb for entry in LEXICON.get(token.lower, ()))


def _chain_head(tokens: Sequence[Token], keep: Sequence[int], others: Sequence[int], verb: int) -> tuple[int, int]:
    """The first verb of the coordinated or listed verbs ending at ``verb`` ("tripled in 2004, doubled in
    2005 and"), with the trigger before it (-1 for none)."""
    while True:
        previous = max((i for i in others if i < verb), default=-1)
        if previous < 0 or not _finite(tokens[previous]):
            return verb, previous
        between = [i for i in keep if previous < i < verb and tokens[i].lower not in AUX]
        if not between or not (
            tokens[between[-1]].lower in ("and", "but") or all(tokens[i].text == "," for i in between)
        ):
            return verb, previous
        verb = previous


def _first_verb(tokens: Sequence[Token], keep: Sequence[int], limit: int) -> int:
    """The first auxiliary or past verb of the clause before ``limit`` ("He had been mayor ... and resigned")."""
    for i in keep:
        if i >= limit:
            break
        lower = tokens[i].lower
        if lower in AUX or lower in VERB_LIKE or _finite(tokens[i]):
            return i
    return limit


def _finite(token: Token) -> bool:
    lower = token.lower
    return token.text[:1].islower() and (lower.endswith("ed") or lower in IRREGULAR_PAST)


def _clause_around(
    tokens: Sequence[Token], before: Sequence[int], after: Sequence[int], index: int, length: int, names: NameIndex
) -> list[str]:
    """A bare noun told by the words of its clause: "Boards of both companies approved the merger",
    "Storm weakened"; empty when the clause has no past verb right around the noun."""
    noun = [tokens[i].text for i in range(index, index + length)]
    verbs = [i for i in before if _finite(tokens[i]) and "-" not in tokens[i].text and index - i <= 4]
    if verbs:
        verb = verbs[-1]
        subject = _subject(tokens, [i for i in before if i < verb], names)
        if subject and tokens[subject[0]].lower in WH_WORDS:
            return []  # "have not said what caused the explosion": no one to name
        between = [tokens[i].text for i in before if verb < i]
        determined = any(word.lower() in DETERMINERS_STOP for word in between)  # not "anticipated announcement"
        if subject and determined and not QUOTES & set(between):
            return [*_words(tokens, subject, names), tokens[verb].text, *between, *noun]
        return []
    if after and after[0] == index + length and _finite(tokens[after[0]]):
        return [*noun, tokens[after[0]].text, *_object(tokens, list(after[1:]), names)]
    return []


def _past_of(word: str, entry: Trigger) -> str:
    """ "introducing" -> "introduced" from the lexicon's forms of the kind; else the kind's participle ("said")."""
    stem = word[:-3]
    for form in (stem + "ed", stem + "d", stem + stem[-1:] + "ed"):
        if any(other.kind == entry.kind and other.is_verb for other in LEXICON.get(form, ())):
            return form
    return entry.participle


def _main_subject(tokens: Sequence[Token], index: int, length: int, names: NameIndex) -> list[int]:
    """The subject of the sentence's main verb, outside the participial clause at ``index``."""
    comma = next((i for i in range(index + length, len(tokens)) if tokens[i].text == ","), len(tokens))
    skip = range(0, comma + 1) if index <= 1 else range(index - 1, len(tokens))  # leading or trailing clause
    before: list[int] = []
    for i, token in enumerate(tokens):
        if i in skip:
            continue
        if token.lower in AUX or token.lower in VERB_LIKE or _finite(token):
            return _subject(tokens, before, names) if before else []
        before.append(i)
    return []


MEASURE_WORDS = word_set("about nearly almost around some roughly more less over under several a few one")
UNIT_WORDS = word_set("second seconds minute minutes hour hours day days week weeks month months year years")


TO_COMPLEMENT_KINDS = frozenset(("return", "meeting", "decision"))  # "return to Cuba", "decision to sell"


def _complement_opens(word: str, kind: str) -> bool:
    """A word after a noun trigger that opens its complement ("trial of X"; "visit to Y" for a few kinds:
    elsewhere "to" starts a purpose, as in "a truce to undermine the talks")."""
    return word in NOUN_COMPLEMENTS or (word == "to" and kind in TO_COMPLEMENT_KINDS)


def _measure(complement: Sequence[str]) -> bool:
    """ "of about two weeks", "of 18 months": a length or amount, not a participant."""
    rest = [word.lower() for word in complement[1:]]
    near = set(rest[:4])  # "of about two weeks", not "of cable firm Nordnett two years [ago]"
    return bool(rest) and complement[0].lower() == "of" and (rest[0][:1].isdigit() or bool(near & UNIT_WORDS))


LINKS = {"deal": "with", "settlement": "with", "lawsuit": "against", "charge": "against"}
CASE_KINDS = word_set(
    "trial ruling verdict dismissal plea sentencing conviction acquittal appeal deal settlement lawsuit charge"
)


def _sentence_person(tokens: Sequence[Token], names: NameIndex) -> str | None:
    """The first person the sentence names, or the one its first personal pronoun stands for."""
    for _, _, mention in names.in_tokens(tokens):
        name = names.canonical(mention.words)
        if names.called_by_surname(name):
            return name
    for token in tokens:
        if token.lower in ("he", "she", "him", "her"):
            return names.person_before(token.start)
    return None


def case_person(tokens: Sequence[Token], names: NameIndex) -> str | None:
    """Whose case a bare "the trial" in this sentence is: the sentence's person, else the article's."""
    return _sentence_person(tokens, names) or names.main_person()


def _with_participant(
    words: list[str], kind: str, participants: Sequence[str], names: NameIndex, tokens: Sequence[Token]
) -> list[str]:
    """A bare noun ("Trial") takes its participant: "Trial of Hannah Gutierrez-Reed".

    A person in the noun's own phrase comes first; else, for the kinds of a court case, the
    person the article is about names the case ("Ruling in Baldwin case"); else the noun stays bare.
    """
    people = [name for name in participants if names.is_person(name)]
    if people:
        return [*words, LINKS.get(kind, "of"), people[0]]
    if kind not in CASE_KINDS:
        return words
    main = case_person(tokens, names)
    if main is not None:
        return [*words, "in", names.short(main), "case"]
    return words


def _first_subject(tokens: Sequence[Token], clauses: Sequence[int], names: NameIndex) -> list[int]:
    """The subject of the sentence's first clause: its words before the first auxiliary or past verb."""
    first: list[int] = []
    for i, token in enumerate(tokens):
        past = _finite(token)  # "broke", "filed"; not "Gutierrez-Reed"
        if clauses[i] != clauses[0] or token.lower in AUX or token.lower in VERB_LIKE or past:
            break
        first.append(i)
    return _subject(tokens, first, names) if len(first) < len(tokens) else []


def build_title_from(
    subject: str, tokens: Sequence[Token], after: Sequence[int], index: int, length: int, names: NameIndex
) -> str:
    """A title for a coordinated predicate ("..., and has appealed her conviction") with a borrowed subject."""
    words = [*subject.split(), *(tokens[i].text for i in range(index, index + length)), *_object(tokens, after, names)]
    return _finish(words)


def _passive(obj: list[str], participle: str) -> list[str]:
    """ "him of assault" + "acquitted" -> "Stone acquitted of assault"; else object then participle."""
    for position, word in enumerate(obj):
        if word.lower() in ("of", "to", "for", "on", "with") and position > 0:
            if all(w[:1].isupper() or w == "." for w in obj[:position]):  # "Mr. Stone", "Dr. Ames"
                return [*obj[:position], participle, *obj[position:]]
            break
    return [*_fitting_object(obj, participle), participle]


CUT_BEFORE = NOUN_COMPLEMENTS | word_set("to for on in at")


DEGREE_BEFORE_STOP = word_set("shortly soon immediately right long well")


WH_WORDS = word_set("what which who whom whose that it this")
CLAUSE_OPENERS = word_set("as while because although though since when")
ADVERBS_OPENING = word_set("now then later also still soon")


def _age_aside(tokens: Sequence[Token], comma: int) -> bool:
    """ ", 45," after a noun: an age."""
    return (
        comma + 2 < len(tokens)
        and tokens[comma + 1].text.isdigit()
        and len(tokens[comma + 1].text) <= 3
        and tokens[comma + 2].text == ","
    )


def _verb_within(tokens: Sequence[Token], start: int, reach: int) -> bool:
    """A finite verb after a subject noun within ``reach`` ("as the strike entered"; not "as a closed beta")."""
    for i in range(start + 1, min(len(tokens), start + reach)):
        previous = tokens[i - 1]
        subject_before = previous.text.isalpha() and previous.lower not in DETERMINERS_STOP
        if subject_before and (_finite(tokens[i]) or tokens[i].lower in VERB_LIKE) and "-" not in tokens[i].text:
            return True
        if tokens[i].text in PUNCT:
            return False
    return False


def _fitting_object(obj: list[str], participle: str) -> list[str]:
    """The object cut before a preposition so the participle still fits in a title: "Bribery
    conviction [of former Askvoll mayor Per Solheim] overturned", not a title that loses its verb."""
    if len(" ".join([*obj, participle])) <= MAX_TITLE:
        return obj
    for position, word in enumerate(obj[1:-1], start=1):  # "conviction of [former mayor] Per Solheim"
        named = len(obj)
        while named > position + 1 and obj[named - 1][:1].isupper():
            named -= 1
        shorter = [*obj[: position + 1], *obj[named:]]
        if word.lower() == "of" and named < len(obj) and len(" ".join([*shorter, participle])) <= MAX_TITLE:
            return shorter
    for position in range(len(obj) - 1, 0, -1):
        cut = [*obj[:position], participle]
        if obj[position].lower() in CUT_BEFORE and len(" ".join(cut)) <= MAX_TITLE:
            return obj[:position]
    return obj


def _quoted(tokens: Sequence[Token], segment: Sequence[int]) -> bool:
    if not segment or segment[0] == 0 or tokens[segment[0] - 1].text not in QUOTES:
        return False
    following = [t.text for t in tokens[segment[-1] + 1 : segment[-1] + 3]]
    return bool(following) and (following[0] in QUOTES or following[:2] in ([",", '"'], [",", "”"]))


def _aux_chain(tokens: Sequence[Token], before: Sequence[int]) -> list[int]:
    chain: list[int] = []
    for i in reversed(before):
        if tokens[i].lower in AUX_OR_NOT:
            chain.append(i)
        else:
            break
    return chain


ABBREVIATIONS = TITLES | MONTHS  # their full stop ends no object ("Dr. Barnett Slepian", "Oct. 23")


def _stop(tokens: Sequence[Token], i: int) -> bool:
    """Punctuation that ends an object or noun phrase; not the full stop of a title or month ("Dr.
    Barnett Slepian", "Oct. 23"). A subject still ends there: "Lt. Gen. Walter Boomer" is "Walter Boomer"."""
    return tokens[i].text in PUNCT and not _abbreviation_stop(tokens, i, ABBREVIATIONS)


def _abbreviation_stop(tokens: Sequence[Token], i: int, words: frozenset[str]) -> bool:
    """``tokens[i]`` is the full stop written right after one of ``words`` ("Dr.", "Inc.")."""
    return tokens[i].text == "." and i > 0 and tokens[i - 1].end == tokens[i].start and tokens[i - 1].lower in words


def _company_stop(tokens: Sequence[Token], i: int) -> bool:
    """The full stop of "Inc.", "Corp.", "Co." ends no subject ("Sun Microsystems Inc., snapping back ..., said")."""
    if not _abbreviation_stop(tokens, i, COMPANY):
        return False
    return i + 1 == len(tokens) or tokens[i + 1].text == "," or tokens[i + 1].text[:1].islower()  # not "Inc. Carnival"


def _subject(
    tokens: Sequence[Token], before: Sequence[int], names: NameIndex, chain: Sequence[int] | None = None
) -> list[int]:
    """The tokens naming who did it: the last non-empty comma-separated stretch before the verb.

    ``chain``, the auxiliaries ending ``before`` (``_aux_chain``), may be given by a caller that has them.
    """
    if chain is None:
        chain = _aux_chain(tokens, before)
    stretch: list[int] = []
    segments: list[list[int]] = [[]]
    for i in before[: len(before) - len(chain)]:
        token = tokens[i]
        if (token.text in PUNCT and not _company_stop(tokens, i)) or (
            token.lower in ("and", "but") and _pronoun_next(tokens, i)
        ):
            segments.append([])  # "fired from the company and he founded": the subject is "he"
        else:
            segments[-1].append(i)
    filled: list[list[int]] = []
    for segment in segments:
        if segment and not _quoted(tokens, segment):  # not a quoted title ("the film "Rust,"")
            kept = _without_leading(tokens, segment)
            if kept:
                filled.append(kept)
    if len(filled) > 1 and tokens[filled[-1][0]].text.isdigit() and all(tokens[i].text.isdigit() for i in filled[-1]):
        filled = filled[:-1]  # "identified as Mark Tate, 34, was arrested": an age, not who

    in_names = names.name_tokens(tokens)

    def is_name(segment: list[int]) -> bool:
        return all(i in in_names or _company_stop(tokens, i) for i in segment)

    listed = _listed(tokens, filled) if len(filled) > 1 else []
    if listed:
        return listed  # "Apple, Google and Microsoft announced", "Police, firefighters and paramedics arrived"
    if (
        len(filled) > 1
        and is_name(filled[-2])
        and filled[-2][-1] + 2 == filled[-1][0]
        and tokens[filled[-2][-1] + 1].text == ","  # "DAYTON, Ohio (AP) - A gunman": no apposition
        and _appositive(tokens, filled[-1], is_name)
    ):
        stretch = filled[-2]  # "Hannah Gutierrez-Reed, the armorer on the film "Rust," was sentenced"
    elif filled:
        stretch = filled[-1]
    named = list(filter(in_names.__contains__, stretch))  # ``stretch`` is in order
    if named and named[0] > stretch[0] and any(tokens[i].lower in VERB_LIKE for i in stretch if i > named[-1]):
        # "a revolver Baldwin was holding fired": the name is inside a relative clause on the subject.
        return [i for i in stretch if i < named[0]][-6:]
    lead = named[0] - 1 if named else -1
    while named and lead > stretch[0] and tokens[lead].lower in ("the", "a", "an"):
        lead -= 1  # "explosion at the Kelby plant": the name sits in a phrase after the head noun
    if named and not (named[0] > stretch[0] and tokens[lead].lower in NOUN_COMPLEMENTS | {"in", "at", "for"}):
        stretch = [i for i in stretch if i >= named[0]]
    stretch = stretch[-6:]
    if len(stretch) > 1 and tokens[stretch[-1]].lower in ("he", "she", "they"):
        stretch = stretch[-1:]  # "during his speech he stated": the pronoun is the subject
    while stretch and tokens[stretch[0]].lower in FRONT_JUNK:
        stretch = stretch[1:]  # "during the demonstration", "alongside iOS 5": no subject opens with these
    return stretch


def _appositive(tokens: Sequence[Token], segment: list[int], is_name: Callable[[list[int]], bool]) -> bool:
    """A description after a name ("the armorer on the film", "chairman of Genentech and a member of the
    board"): it names nobody, or opens with a lower-case word and is closed by a comma."""
    if not any(is_name([i]) for i in segment):
        return True
    first = tokens[segment[0]]
    closed = segment[-1] + 1 < len(tokens) and tokens[segment[-1] + 1].text == ","  # ", chairman of X, said"
    return closed and first.text[:1].islower() and first.lower not in ("and", "or") and not is_name([segment[0]])


LIST_ITEM_STOPS = FRONT_JUNK | LEADING | VERB_LIKE | AUX


def _listed(tokens: Sequence[Token], filled: list[list[int]]) -> list[int]:
    """A comma list ending in "and"/"or" right before the verb, as one subject ("Smith, Jones and Brown"),
    commas included; empty when the segments are no such list."""
    if len(filled) < 2 or len(filled[-1]) > 7:
        return []
    last = filled[-1]
    joins = [p for p, i in enumerate(last) if tokens[i].lower in ("and", "or")]
    if len(joins) != 1 or joins[0] in (0, len(last) - 1) or joins[0] > 3 or not _list_item(tokens, last[: joins[0]]):
        return []
    items: list[int] = list(last)
    count = 0
    for segment in reversed(filled[:-1]):
        if not (segment[-1] + 2 == items[0] and tokens[segment[-1] + 1].text == ","):
            break
        if not _list_item(tokens, segment):
            break
        items = [*segment, segment[-1] + 1, *items]
        count += 1
    return items if count else []


def _list_item(tokens: Sequence[Token], segment: Sequence[int]) -> bool:
    """One to three words that may be a listed name or noun: no preposition, clause word or verb."""
    return 0 < len(segment) <= 3 and all(
        tokens[i].lower not in LIST_ITEM_STOPS and not _finite(tokens[i]) and tokens[i].text not in QUOTES
        for i in segment
    )


def _pronoun_next(tokens: Sequence[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].lower in NEW_SUBJECTS


NEW_SUBJECTS = word_set("he she they we it")


def _without_leading(tokens: Sequence[Token], segment: list[int]) -> list[int]:
    """The segment without the clause words that open or close it ("but", "who", "that"); an inner "and" stays."""
    if not segment or (tokens[segment[0]].lower not in LEADING and tokens[segment[-1]].lower not in LEADING):
        return segment
    start, end = 0, len(segment)
    while start < end and tokens[segment[start]].lower in LEADING:
        start += 1
    while end > start and tokens[segment[end - 1]].lower in LEADING:
        end -= 1
    return segment[start:end]


def _object(tokens: Sequence[Token], after: Sequence[int], names: NameIndex) -> list[str]:
    picked: list[int] = []
    listed: frozenset[int] = NOTHING
    skip = -1
    for position, i in enumerate(after):
        token = tokens[i]
        text, lower = token.text, token.lower
        if i <= skip:
            continue
        if text == "," and _age_aside(tokens, i):
            skip = i + 2  # "the man, 45, was shot": an age between commas
            continue
        if text == "," and i not in listed and _list_item(tokens, picked):
            listed = frozenset(_list_after(tokens, after, position))  # "fired Smith, Jones and Brown"
        if _stop(tokens, i) and i not in listed:
            break
        if position > 0 and (lower in OBJECT_STOPS or lower == "that"):
            break
        if position == 0 and lower in CLAUSE_OPENERS and _verb_within(tokens, i + 1, 4):
            break  # "cancelled as the strike entered its third day": a clause, no object
        if token.lower in ("and", "but", "or") and not picked:
            break  # "was founded in 1953 and employs 2,300 people": a new predicate, no object
        if token.lower in ("and", "but") and i + 1 < len(tokens) and tokens[i + 1].lower in ADVERBS_OPENING:
            break  # "approved by the Senate and now goes to the House"
        if (
            not picked
            and _finite(token)
            and lower not in VERB_LIKE
            and "-" not in text
            and tokens[i - 1].lower not in AUX_OR_VERB
        ):
            break  # "an update released Thursday came with ...": the sentence's own verb, no object
        if lower in ("and", "but") and i + 1 < len(tokens):
            following = tokens[i + 1]
            if following.lower in NEW_PREDICATE_SUBJECTS:
                break  # "fired from the company and he founded ...": a new predicate
            if _finite(following):
                break  # "doubled in 2005 and increased by 16 percent": the next verb of a list
            if lower == "and" and _ing_pair(tokens, after[0] - 1, i + 1):
                break  # "killing two workers and wounding three others": the next -ing verb
        picked.append(i)
        if len(picked) >= 9:
            break
    last = picked[-1] if picked else -1
    cut_after = last >= 0 and last + 1 < len(tokens) and tokens[last + 1].lower in OBJECT_STOPS
    if cut_after and tokens[last].lower in DEGREE_BEFORE_STOP:
        picked.pop()  # "crashed shortly [after takeoff]": the adverb belongs to what was cut
    return _words(tokens, picked, names, subject=False)


def _ing_pair(tokens: Sequence[Token], verb: int, other: int) -> bool:
    return (
        verb >= 0
        and tokens[verb].lower.endswith("ing")
        and tokens[other].text.endswith("ing")
        and tokens[other].text.islower()
    )


def _list_after(tokens: Sequence[Token], after: Sequence[int], position: int) -> list[int]:
    """The rest of a comma list whose first item ends at ``after[position]`` (a comma): its commas and
    items up to the one after "and"/"or"; empty when no such list follows."""
    indices: list[int] = []
    item: list[int] = []
    items: list[list[int]] = []
    joined = False
    for i in after[position:]:
        if i != (indices[-1] + 1 if indices else after[position]):
            break  # a gap: a date or a word of another clause in between
        token = tokens[i]
        if token.text == "," or token.lower in ("and", "or"):
            if joined or (item and not _list_item(tokens, item)):
                break  # a comma after the last item ends the list
            joined = token.lower in ("and", "or")
            items, item = [*items, item] if item else items, []
        elif _stop(tokens, i) or token.lower in OBJECT_STOPS:
            break
        else:
            item.append(i)
        indices.append(i)
    if not joined or not item or not _list_item(tokens, item):
        return []
    first = tokens[after[position] - 1].text[:1].isupper()  # the item before the first comma
    if any(tokens[each[0]].text[:1].isupper() != first for each in [*items, item]):
        return []  # "Launchpad, and other features": not a list of like items
    return [i for i in indices if i <= item[-1]]


def _noun_phrase_indices(tokens: Sequence[Token], before: Sequence[int], index: int, names: NameIndex) -> list[int]:
    """Modifiers right before a noun trigger ("shooting", "Rust", "Hutchins’s"), up to a determiner."""
    picked: list[int] = []
    for i in reversed(before):
        token = tokens[i]
        if token.lower in DETERMINERS_STOP or _stop(tokens, i) or i < index - 3 or token.lower in VERB_LIKE:
            break
        if token.lower in ("and", "but", "or") and not (
            i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i + 1].text[:1].isupper()
        ):
            break  # "But [Thursday's] decision": a conjunction opens no noun phrase (a name may hold one)
        if not (names.is_name_at(token.start) or token.possessive or not _looks_verbal(token.lower)):
            break
        picked.insert(0, i)
        if token.possessive:
            break
    return picked


def _noun_phrase(tokens: Sequence[Token], before: Sequence[int], index: int, names: NameIndex) -> list[str]:
    return _words(tokens, _noun_phrase_indices(tokens, before, index, names), names, subject=False)


SUBJECT_PREPOSITIONS = word_set("in on at of for by with from to into after before during since")


def _prepositional(tokens: Sequence[Token], subject: Sequence[int]) -> bool:
    """ "Kopp in the [sniper shooting]": a phrase ending in a determiner after a preposition owns no noun
    ("Bank of New York's [acquisition]" and "Maria Lund won the [election]" do)."""
    return tokens[subject[-1]].lower in DETERMINERS_STOP and any(
        tokens[i].lower in SUBJECT_PREPOSITIONS for i in subject[:-1]
    )


DETERMINERS_STOP = word_set("the a an this that these those his her its their our all any of for in on at")


def _starts_noun_phrase(token: Token) -> bool:
    return token.text[:1].isalnum() and token.lower not in OBJECT_STOPS and token.lower not in TRAILING


def _looks_verbal(word: str) -> bool:
    return word.endswith(("ed", "es")) or word in VERB_LIKE


def _words(tokens: Sequence[Token], indices: Sequence[int], names: NameIndex, subject: bool = True) -> list[str]:
    words: list[str] = []
    for position, i in enumerate(indices):
        token = tokens[i]
        replace = OBJECT_PRONOUNS if position or not subject else PRONOUNS_AS_SUBJECT
        if token.lower in replace and not _possessive_her(tokens, i):
            person = names.person_before(token.start)
            words.append(names.short(person) if person else token.text)
        else:
            words.append(token.text)
    return words


PRONOUNS_AS_SUBJECT = OBJECT_PRONOUNS | SUBJECT_PRONOUNS


def _possessive_her(tokens: Sequence[Token], i: int) -> bool:
    """ "her" before a noun phrase ("her conviction") is a possessive, not an object to name."""
    return tokens[i].lower == "her" and i + 1 < len(tokens) and _starts_noun_phrase(tokens[i + 1])


def _is_name_word(token: Token, names: NameIndex) -> bool:
    return names.is_name_at(token.start) or token.lower in SUBJECT_PRONOUNS


QUOTE_JUNK = frozenset(['"', "''", "“", "”", "_"])  # a lone "'" may be a possessive ("Jobs' death")


def _finish(words: list[str], keep_end: bool = False) -> str:
    while words and (
        words[0].lower() in DROP_WORDS
        or not (words[0][:1].isalnum() or _has_alnum(words[0]) or words[0] in CURRENCY)
        or (words[0].lower() in DEMONSTRATIVES and len(words) > 1 and not _verbal(words[1]))
    ):
        words = words[1:]  # "the ...", and a quote mark left by a quotation before the verb
    words = [word for word in words if word not in QUOTE_JUNK and word.strip("`")]  # "` `" quotes, "_" dashes
    text = _joined(words).replace("''", "").strip(" ,;:")  # "a disgrace''": a closing quote written as two apostrophes
    if len(text) > MAX_TITLE:
        cut = text[: MAX_TITLE + 1].rsplit(" ", 1)[0]
        parts = cut.split()
        while len(parts) > 2 and parts[-1].lower() in TRAILING:
            parts.pop()
        rest = text.split()[len(parts) : len(parts) + 1]
        cut_name = bool(rest) and rest[0][:1].isupper()  # "... and armorer [Hannah Gutierrez-Reed]"
        if cut_name and len(parts) > 4 and "and" in (parts[-2].lower(), parts[-3].lower()):
            parts = parts[: len(parts) - 1 - [w.lower() for w in reversed(parts)].index("and")]
        elif not cut_name:
            parts = _before_open_phrase(parts, rest[0] if rest else "")
        text = " ".join(parts)[:MAX_TITLE]
    parts = text.split()
    while len(parts) > 2 and parts[-1].lower() in TRAILING and not keep_end:
        parts.pop()
    text = " ".join(parts)
    if not text:
        return "Event"
    if text[:1].islower() and not text.split(" ", 1)[0].islower():
        return text  # "iPod", "eBay": a name keeps its own case
    return text[:1].upper() + text[1:]


NO_SPACE_BEFORE = frozenset((",", ".", ";", ":", "%"))


def _joined(words: list[str]) -> str:
    """The words with a space between two, except before a mark or an apostrophe ("Jobs' death") and
    after a currency sign ("$2.3 million", "11%"); the words are not empty."""
    if not words:
        return ""
    glued = [
        word if word in NO_SPACE_BEFORE or word[0] in "'’" or previous[-1] in CURRENCY else " " + word
        for previous, word in zip(words, words[1:])
    ]
    return words[0] + "".join(glued)


PHRASE_OPENERS = word_set("of for with by in on at from into about over against after before than")


def _before_open_phrase(parts: list[str], following: str) -> list[str]:
    """A cut title ends before the phrase the cut broke: "ordered an audit [of the national]",
    "reopened the line with a speed limit [of 40 km]", "killed his mother [and 10 others]"; a
    coordination the cut left whole stays ("accused police and prosecutors [of ...]")."""
    broken = following.isalpha() and following.islower() and following not in PHRASE_OPENERS | TRAILING
    for k in range(len(parts) - 1, max(3, len(parts) - 4), -1):
        word = parts[k].lower()
        if word in PHRASE_OPENERS or (broken and word in ("and", "or")):
            return parts[:k]
    return parts


CURRENCY = frozenset("$£€¥")


def _verbal(word: str) -> bool:
    lower = word.lower()
    return lower in VERB_LIKE or lower in IRREGULAR_PAST or lower.endswith("ed") or lower in PASSIVE_AUX


def _has_alnum(word: str) -> bool:
    return any(ch.isalnum() for ch in word)
