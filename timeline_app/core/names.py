"""Participants: capitalised name sequences, normalised within an article.

"Alec Baldwin", "Baldwin" and "Baldwin’s" are one participant; pronouns ("him", "his") and
relative clauses ("Baldwin, who ...") point to the nearest person named before them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter, itemgetter

from timeline_app.core.places import KNOWN_PLACES, is_place_name, modifies_noun
from timeline_app.core.sentences import Sentence
from timeline_app.core.tokens import Token, word_set
from timeline_app.core.triggers import IRREGULAR_PAST, LEXICON

NOT_NAMES = word_set(
    "i he she it we they you his her its their our my your this that these those the a an in on at for by to of"
    " and but or if while when after before despite throughout ultimately meanwhile however also then there here"
    " monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
    " september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday"
    " mr mrs ms dr prof sen rep gov gen st no yes"
    # people in general opening a sentence ("Analysts said ..."), no one's name
    " analysts scientists retailers investigators officials lawmakers residents witnesses experts authorities"
    " economists researchers critics farmers workers customers investors shareholders firefighters"
)
ROLES = word_set(
    "ceo cfo coo cto chairman chairwoman president director judge senator governor minister secretary spokesman"
    " spokeswoman spokesperson chief executive founder co-founder cofounder attorney prosecutor detective sheriff"
    " officer lawyer vice prime king queen prince princess pope professor mayor actor actress producer armorer"
    " singer coach manager editor analyst commissioner councillor councilman councilwoman chancellor inspector"
)
SUBJECT_VERBS = word_set("was were is are has had have said says will told")
CONNECTORS = word_set("of de van von der la del")
PRONOUNS = word_set("he him his she her hers himself herself")
POSSESSIVE_PRONOUNS = frozenset(("his", "her", "their"))
RELATIVES = frozenset(("who", "whom", "whose"))


@dataclass(slots=True)
class NameMention:
    """One name in the text: character offsets, the words, and whether it ends in a possessive.

    Slotted (read often, by the quickest attribute access); do not change one once made.
    """

    start: int
    end: int
    words: tuple[str, ...]
    possessive: bool


def find_names(
    tokens: Sequence[Token], known: set[str], capitals: Sequence[int] | None = None
) -> list[tuple[int, int, NameMention]]:
    """Name sequences as (first token, last token, mention); ``known`` holds words seen capitalised mid-sentence.

    ``capitals``, the indices of the tokens starting with a capital, may be given by a caller that has them.
    """
    found: list[tuple[int, int, NameMention]] = []
    consumed = -1  # the last token of the name (or dateline) found last
    if capitals is None:
        capitals = _capitals(tokens)
    # Only a token with a capital may be a name's word: judge those once, then visit them left to right.
    named = [
        i
        for i in capitals
        if _name_word(tokens[i].bare)
        and ((i > 0 and tokens[i - 1].text not in OPENING_MARKS) or _opening_name(tokens, i, known))
    ]
    name_words = set(named)
    for index in named:
        if index <= consumed:
            continue
        first = last = index
        while not tokens[last].possessive:
            if last + 1 in name_words:
                last += 1
            elif last + 2 in name_words and tokens[last + 1].lower in CONNECTORS:
                last += 2
            else:
                break
        words = (tokens[first].bare,) if first == last else tuple(tokens[i].bare for i in range(first, last + 1))
        dateline = tokens[first].start < 200 and all(word.isupper() for word in words)
        consumed = last
        if dateline and (len(words) > 1 or "." in words[0]):
            continue  # a dateline ("SANTA FE, N.M."), not a participant
        found.append((first, last, NameMention(tokens[first].start, tokens[last].end, words, tokens[last].possessive)))
    return found


def _capitals(tokens: Sequence[Token]) -> list[int]:
    """The indices of the tokens starting with a capital letter."""
    # Each token's first character tested in C: ``compress`` keeps the indices whose test is true.
    return list(compress(count(), map(str.isupper, map(_FIRST, map(_TEXT, tokens)))))


_TEXT = attrgetter("text")  # a token's ``text``, for ``map``
_FIRST = itemgetter(0)
OPENING_MARKS = frozenset(('"', "“", "‘", "(", "-", "—"))  # after these, a capital may only open a sentence


def _opening_name(tokens: Sequence[Token], index: int, known: set[str]) -> bool:
    """A name word opening the sentence or a quotation: known as a name, or followed by a capital or a verb."""
    word = tokens[index].bare
    alone = index + 1 >= len(tokens) or not tokens[index + 1].bare[:1].isupper()
    if alone and any(not entry.is_verb for entry in LEXICON.get(word.lower(), ())):
        return False  # "Sentencing is scheduled ...": an event noun opening the sentence
    following = index + 1 < len(tokens) and (
        tokens[index + 1].bare[:1].isupper() or tokens[index + 1].lower in SUBJECT_VERBS
    )
    return word in known or following or word in KNOWN_PLACES  # "Canada sued ..."


@lru_cache(maxsize=8192)
def _name_word(word: str) -> bool:
    """A capitalised word with a letter that is no function word or role ("Baldwin", not "The" or "Judge")."""
    if not word[:1].isupper() or not (word.isalpha() or any(ch.isalpha() for ch in word)):
        return False
    lower = word.lower()
    return lower not in NOT_NAMES and lower not in ROLES


LOCATIVE = frozenset(("in", "at", "near", "outside", "across", "around", "throughout"))
ORG_ENDINGS = frozenset(
    [
        "Inc",
        "Corp",
        "Co",
        "Ltd",
        "LLC",
        "Company",
        "Group",
        "News",
        "Court",
        "Office",
        "Conference",
        "Council",
        "Commission",
        "Committee",
        "University",
        "Foundation",
        "Bank",
        "Agency",
        "Department",
        "Ministry",
        "Party",
        "Union",
        "League",
        "Board",
        "Institute",
        "Museum",
        "Airport",
        "Hospital",
        "School",
        "College",
        "Records",
        "Studio",
        "Studios",
        "Motors",
        "Store",
        "Center",
        "Centre",
        "Association",
        "Police",
        "Service",
        "Library",
        "Cathedral",
        "Stadium",
        "Arena",
        "Theater",
        "Theatre",
        "Prison",
        "Embassy",
        "Parliament",
        "Airlines",
        "Airways",
        "Bureau",
        "Authority",
        "Fund",
    ]
)


def _modifies_next(tokens: Sequence[Token], last: int, name: str) -> bool:
    """A well-known place right before a noun it modifies ("the Santa Fe district attorney")."""
    return last + 1 < len(tokens) and modifies_noun(tokens[last + 1].text) and is_place_name(name)


OFFICE_ROLES = word_set("minister mayor governor senator councillor sheriff premier ambassador secretary")
DEMONYM_ENDINGS = ("ish", "ese")  # "Finnish", "Danish", "Chinese"; "-ian" names people too ("Elian")
DEMONYMS = word_set(
    "french dutch greek swiss czech thai american canadian mexican brazilian argentine chilean peruvian colombian"
    " cuban haitian german austrian belgian italian russian ukrainian belarusian romanian hungarian bulgarian"
    " serbian croatian slovenian slovak norwegian estonian latvian lithuanian georgian armenian iranian iraqi"
    " syrian israeli palestinian lebanese jordanian egyptian libyan tunisian algerian moroccan saudi yemeni"
    " afghan pakistani indian bangladeshi indonesian malaysian australian korean nigerian kenyan tanzanian"
    " ugandan ethiopian somali sudanese african european asian arab jewish muslim catholic"
)


def _modifier_word(tokens: Sequence[Token], index: int) -> bool:
    """A one-word name before an office ("Transport Minister", "Loule mayor") or a nationality before a
    common noun ("Finnish appliance maker"): it says which office or where from, it takes no part."""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.lower in OFFICE_ROLES:
        return True
    lower = tokens[index].lower
    demonym = lower.endswith(DEMONYM_ENDINGS) or lower in DEMONYMS
    return (
        demonym
        and following.text.isalpha()
        and following.text.islower()
        and following.lower not in SUBJECT_VERBS
        and not following.lower.endswith("ed")
        and following.lower not in IRREGULAR_PAST
    )


SETTLEMENTS = word_set("village town city county region province district island port")
COMPASS = word_set("north south east west northeast northwest southeast southwest")


def _placed_by_of(tokens: Sequence[Token], first: int) -> bool:
    """ "the village of Salir", "north of Loule": a place."""
    return (
        first > 1
        and tokens[first - 1].lower == "of"
        and (tokens[first - 2].lower in SETTLEMENTS or tokens[first - 2].lower in COMPASS)
    )


class NameIndex:
    """Every name in an article, its canonical participant, and pronoun resolution."""

    def __init__(self, sentences: Sequence[Sentence], per_sentence: Sequence[Sequence[Token]]) -> None:
        capitals = [_capitals(tokens) for tokens in per_sentence]
        known = {tokens[i].bare for tokens, found in zip(per_sentence, capitals) for i in found if i}
        self._known = known
        self._by_sentence = {
            s.start: find_names(tokens, known, found) for s, tokens, found in zip(sentences, per_sentence, capitals)
        }
        self.mentions: list[NameMention] = [m for found in self._by_sentence.values() for _, _, m in found]
        self._starts = [m.start for m in self.mentions]
        self._canonical = _canonical_names([m.words for m in self.mentions])
        self._short = _short_forms(self._canonical, [m.words for m in self.mentions])
        self._persons: dict[str, bool] = {}
        self._name_tokens: dict[int, set[int]] = {}
        self._main_person: str | None = ""  # "" until asked
        self._places = {
            self.canonical(mention.words)
            for tokens in per_sentence
            for first, _, mention in self.in_tokens(tokens)
            if first > 0
            and (tokens[first - 1].lower in LOCATIVE or _placed_by_of(tokens, first))
            and not mention.possessive
        } - set(self._short)  # "in Steve Jobs' place", "in Baldwin's case": people, not places
        self._places |= self._states_after_places(per_sentence)

    def _states_after_places(self, per_sentence: Sequence[Sequence[Token]]) -> set[str]:
        """ "in Dayton, Ohio": the name after a place and a comma is a place too (a state, a country), and so
        is a name between "at a" and a noun ("at a Dayton warehouse")."""
        found: set[str] = set()
        for tokens in per_sentence:
            previous: tuple[int, str] | None = None
            for first, last, mention in self.in_tokens(tokens):
                name = self.canonical(mention.words)
                after_place = previous is not None and previous[1] in self._places and first == previous[0] + 2
                if (
                    after_place
                    and tokens[first - 1].text == ","
                    and not mention.possessive
                    and name not in self._short
                    and not _verb_after(tokens, last)  # "In Washington, Obama said": a person
                ):
                    found.add(name)
                previous = (last, name)
                if (
                    first > 1
                    and tokens[first - 1].lower in ("a", "the")
                    and tokens[first - 2].lower in LOCATIVE
                    and last + 1 < len(tokens)
                    and tokens[last + 1].text.isalpha()
                    and tokens[last + 1].text.islower()
                    and not mention.possessive
                    and name not in self._short
                ):
                    found.add(name)  # "at a Dayton warehouse": where, not who
        return found

    def canonical(self, words: tuple[str, ...]) -> str:
        name = self._canonical.get(words)  # every name of the article is there
        return name if name is not None else " ".join(words)

    def short(self, name: str) -> str:
        """The form used in titles: "Baldwin" for "Alec Baldwin" when the article uses it."""
        return self._short.get(name, name)

    def is_name_at(self, position: int) -> bool:
        """True when a name mention covers the character at ``position``."""
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self.mentions[index].end

    def name_tokens(self, tokens: Sequence[Token]) -> AbstractSet[int]:
        """The indices of a sentence's tokens that start inside a name (``is_name_at``), found once per
        sentence; do not change it."""
        start = tokens[0].start if tokens else -1
        found = self._name_tokens.get(start)
        if found is None:
            mentions = self._by_sentence.get(start)
            if mentions is None:  # not a sentence of the article: ask token by token
                return {i for i, token in enumerate(tokens) if self.is_name_at(token.start)}
            # A sentence's names lie inside it and cover whole tokens, first to last.
            found = self._name_tokens[start] = set()
            for first, last, _ in mentions:
                found.update(range(first, last + 1))
        return found

    def person_before(self, position: int) -> str | None:
        """The nearest person (a name of two or more words, or its short form) mentioned before ``position``."""
        for mention in reversed(self.mentions):
            if mention.end > position:
                continue
            name = self.canonical(mention.words)
            if " " in name and self._person(name):
                return name  # "born in San Francisco, he ...": a place is nobody's "he"
        return None

    def is_person(self, name: str) -> bool:
        """A likely person: called by its last word alone ("Baldwin") or of two words or more, never a place.

        A name the article puts after "in", "at", "near"... ("in Santa Fe") is a place.
        """
        return self._person(name)

    def _judge_person(self, name: str) -> bool:
        if name in self._places or name.isupper() or name.split()[-1].rstrip(".") in ORG_ENDINGS:
            return False
        return self._short.get(name, name) != name or len(name.split()) >= 2

    def _person(self, name: str) -> bool:
        """``is_person``, remembered per name (pronouns ask it again and again)."""
        known = self._persons.get(name)
        if known is None:
            known = self._persons[name] = self._judge_person(name)
        return known

    def called_by_surname(self, name: str) -> bool:
        """A stronger person cue: the article also uses the name's last word alone ("Baldwin")."""
        return self.is_person(name) and self._short.get(name, name) != name

    def main_person(self) -> str | None:
        """The person the article mentions most (ties: the first named), or ``None``; found once."""
        if self._main_person == "":
            people = self.people_by_surname()  # most mentioned first; a stable sort keeps ties in order
            self._main_person = people[0] if people else None
        return self._main_person

    def people_by_surname(self) -> list[str]:
        """The people the article calls by their last name alone ("Baldwin"), most mentioned first."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            name = self.canonical(mention.words)
            if self.called_by_surname(name):
                counts[name] = counts.get(name, 0) + 1
        return sorted(counts, key=lambda name: -counts[name])

    def people_named(self) -> list[str]:
        """People the article names (two words or more, never a place), most mentioned first, then first named.

        For an article that calls nobody by surname alone ("actor Alec Baldwin", "Director Joel Souza").
        """
        counts: dict[str, int] = {}
        for mention in self.mentions:
            name = self.canonical(mention.words)
            if self._person(name):
                counts[name] = counts.get(name, 0) + 1
        return sorted(counts, key=lambda name: -counts[name])

    def name_before(self, position: int) -> str | None:
        for mention in reversed(self.mentions):
            if mention.end <= position:
                return self.canonical(mention.words)
        return None

    def in_tokens(self, tokens: Sequence[Token]) -> list[tuple[int, int, NameMention]]:
        cached = self._by_sentence.get(tokens[0].start) if tokens else None
        return cached if cached is not None else find_names(tokens, self._known)

    def participants(
        self,
        tokens: Sequence[Token],
        clauses: Sequence[int],
        index: int,
        others: Sequence[int],
        verb: bool = True,
        members: Sequence[int] | None = None,
    ) -> list[str]:
        """Canonical names in the trigger's clause that are nearer to it than to any other trigger.

        A noun trigger takes only the names in its own phrase ("Hutchins’s death", "dismissal of X").
        ``members`` (the clause's token indices, in order) may be given by a caller that has them.
        """
        clause = clauses[index]
        found: list[str] = []
        low, high = 0, len(tokens)
        if not verb:
            low = max(0, index - 3)
            high = index + 1
            while high < len(tokens) and high < index + 9 and tokens[high].text not in ",;:.()":
                high += 1

        def nearest_is_mine(position: int) -> bool:
            mine = abs(position - index)
            return all(abs(position - other) >= mine for other in others)

        for first, last, mention in self.in_tokens(tokens):
            if clauses[first] != clause or not low <= first < high:
                continue
            if others and not nearest_is_mine(first if first > index else last):
                continue
            name = self.canonical(mention.words)
            if name in found or name in self._places:  # "Prosecutors in New Mexico": a place takes no part
                continue
            if not mention.possessive and _modifies_next(tokens, last, name):
                continue  # "a New Mexico film set": where, not who
            if not mention.possessive and first == last and _modifier_word(tokens, first):
                continue  # "Transport Minister Ola Berg", "Loule mayor", "Finnish appliance maker": no one
            found.append(name)
        if not found and not verb and index > 0 and tokens[index - 1].lower in POSSESSIVE_PRONOUNS:
            person = self.person_before(tokens[index - 1].start)  # "her conviction"
            found.extend([person] if person else [])
        if not found and verb:
            found.extend(self._pronoun_participants(tokens, clauses, index, others, members))
        return found[:4]

    def _pronoun_participants(
        self,
        tokens: Sequence[Token],
        clauses: Sequence[int],
        index: int,
        others: Sequence[int],
        members: Sequence[int] | None = None,
    ) -> list[str]:
        if members is None:
            clause = clauses[index]
            members = [i for i, owner in enumerate(clauses) if owner == clause]
        first = members[0]
        if tokens[first].lower in RELATIVES:
            name = self.name_before(tokens[first].start)
            return [name] if name else []
        for i in [i for i in members if tokens[i].lower in PRONOUNS]:
            if all(abs(i - o) >= abs(i - index) for o in others):
                name = self.person_before(tokens[i].start)
                return [name] if name else []
        return []


def _verb_after(tokens: Sequence[Token], last: int) -> bool:
    if last + 1 >= len(tokens):
        return False
    word = tokens[last + 1]
    lower = word.lower
    return word.text.islower() and (
        lower.endswith(("ed", "s")) or lower in IRREGULAR_PAST or lower in ("will", "would")
    )


def _canonical_names(names: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Map each name to the longest name sharing its last word, or containing it when it is one word."""
    by_last: dict[str, tuple[str, ...]] = {}
    for words in names:
        key = words[-1].lower()
        if key not in by_last or len(words) > len(by_last[key]):
            by_last[key] = words
    canonical: dict[tuple[str, ...], str] = {}
    containing: dict[str, set[tuple[str, ...]]] = {}  # word -> the longer names holding it
    for longer in by_last.values():
        if len(longer) > 1:
            for word in longer:
                containing.setdefault(word, set()).add(longer)
    for words in dict.fromkeys(names):
        best = by_last[words[-1].lower()]
        if len(best) == 1:
            holding = containing.get(words[0], ())
            if len(holding) == 1:
                best = next(iter(holding))
        canonical[words] = " ".join(best)
    return canonical


def _short_forms(canonical: dict[tuple[str, ...], str], names: Sequence[tuple[str, ...]]) -> dict[str, str]:
    """A canonical person name shortens to its last word when the article uses that word alone."""
    alone = {words[0] for words in names if len(words) == 1}
    short: dict[str, str] = {}
    for name in set(canonical.values()):
        words = name.split()
        if len(words) > 1 and words[-1] in alone:
            short[name] = words[-1]
    return short
