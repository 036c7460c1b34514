"""The grammar: rules that find temporal expressions and resolve them against the DCT.

Each rule is a precompiled regular expression and a function that turns its match into a
TIMEX3 type, value and mod (or rejects it). All rules run over the text; overlapping
candidates are settled longest first; the survivors are resolved in text order, so that
anaphoric expressions ("a year earlier", "the quarter") can lean on the date before them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from dateutil.easter import easter

from timeline_app.core.tagger import values as V
from timeline_app.core.tagger.lexicon import (
    MODIFIER,
    MODIFIERS,
    MONTH,
    MONTHS,
    NUMBER,
    NUMBER_WORD,
    ONES,
    ORDINALS,
    PART_OF_DAY,
    PARTS_OF_DAY,
    SEASON,
    SEASONS,
    UNIT,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    number_value,
    trie_pattern,
)
from timeline_app.core.timespan import TimeSpan

IGNORE = re.IGNORECASE


# Patterns the handlers use on every match, compiled once.
_SPACES = re.compile(r"\s+")
_QUARTER_VALUE = re.compile(r"^\d{4}-Q\d$")
_RESULTS_PERIODS = frozenset({"P9M", "P6M"})  # the nine months, the first six months: reports for more than a quarter
_NON_DIGITS = re.compile(r"\D")


@dataclass(slots=True)
class Found:
    """A resolved expression before it becomes a ``Timex`` (never changed once made; not frozen
    because a frozen dataclass takes four times as long to build, and one is built per candidate)."""

    start: int
    end: int
    type: str
    value: str
    mod: str = ""
    span: TimeSpan | None = None  # set when the value alone would misstate the span


@dataclass(slots=True)
class Resolution:
    """What a rule made of its match. ``explicit``: the year is written out; ``anaphoric``:
    the value leans on an earlier date, so later anaphora should not lean on it. (Never changed
    once made; not frozen, as ``Found``, to be quick to build.)"""

    type: str
    value: str
    mod: str = ""
    explicit: bool = False
    anaphoric: bool = False
    span: TimeSpan | None = None
    skip: int = 0  # leading characters of the match that are not part of the expression


class Context:
    """What resolution needs: the text, the DCT, and the last calendar date seen."""

    def __init__(self, text: str, dct: date | None) -> None:
        self.text = text
        self.dct = dct
        self.last: str | None = None  # last calendar value (for "a year earlier")
        self.last_end = -10_000
        self.last_quarter: str | None = None  # last quarter named ("the third quarter")
        self.year_end = -10_000  # where the last written-out year ended
        self.year: int | None = None
        self.quarter_seen = -1  # where the last expression valued as a quarter ended
        self.months_seen = -1  # where the last results period of several months ("the nine months") ended
        self.days: dict[tuple[int, int], str] = {}  # the days of the month named so far, and their dates

    # -- tense ---------------------------------------------------------------------------

    def direction(self, start: int, end: int) -> int:
        """+1 when the clause speaks of the future, -1 of the past, 0 when its tense gives no cue."""
        return self.tense(start, end)[0]

    def tense(self, start: int, end: int) -> tuple[int, int]:
        """The direction (as ``direction``) and how far its cue is from the expression.

        +1 when the clause speaks of the future, -1 of the past, 0 when its tense gives no cue.

        The tense cue nearest the expression decides: in "said he will leave Friday" the
        future "will" governs "Friday", in "says it will buy shares issued July 1" the past
        "issued" governs "July 1". A cue after the expression counts a little farther away."""
        if _SINCE.search(self.text, max(0, start - 6), start):
            return -1, 0  # "since September": the last one
        left = _clause_start(self.text, start)
        right = _clause_end(self.text, end)
        best, best_distance = 0, 10_000
        # "until" looks ahead only after a future ("will stay until Friday"); alone it takes its
        # verb's tense ("Until Friday, they had not ...", "searched until 3 a.m. Wednesday")
        weak = strong = False
        for cue in _FUTURE.finditer(self.text, left, start):
            if cue.group()[0] == "M" or cue.group().lower() in _MODALS and _MODAL_PAST.match(self.text, cue.end()):
                continue  # the month "May"; "may have been": no future
            if cue.group().lower() in ("planned", "expected", "scheduled") and _PLAN_DONE.search(
                self.text, max(left, cue.start() - 12), cue.start()
            ):
                continue  # "began as previously planned Saturday": the plan was carried out
            best, best_distance = 1, start - cue.end()
            weak = (
                cue.group().lower() == "until"
                and not strong
                and not _DEADLINE_BEFORE.search(self.text, max(left, cue.start() - 40), cue.start())
            )
            strong = strong or not weak
            if best_distance < 40 and _HAD_BEEN.search(self.text, max(left, cue.start() - 10), cue.start()):
                best = -1  # "had been scheduled to expire Friday": a plan now past
        near = max(left, start - 40)
        scheduled = _scheduled(self.text, near, start)
        if scheduled is None and "ing" in self.text[near:start] and not _POSSESSIVE_END.match(self.text, end):
            scheduled = _PROGRESSIVE.search(self.text, near, start)  # "is meeting Friday"
        if scheduled is not None and start - scheduled.end() < best_distance:
            best, best_distance = 1, start - scheduled.end()  # "the trial begins Monday"
        after = _FUTURE_AFTER.search(self.text, end, right)
        if after is not None and after.start() - end + _AFTER_PENALTY < best_distance:
            best, best_distance = 1, after.start() - end + _AFTER_PENALTY
        past = _past_cue(self.text, left, start, end, right)
        if past is not None and (past < best_distance or weak and best_distance < _AFTER_PENALTY):
            return -1, past
        if best == 0 and past is None:
            return self._tense_later_in_sentence(end, right)
        return best, best_distance

    def _tense_later_in_sentence(self, end: int, right: int) -> tuple[int, int]:
        """No cue near: the first tense cue farther on in the same sentence ("In January, a week
        after the anniversary, a bombing killed a guard"), counted as far away."""
        stop = _sentence_end(self.text, right)
        if stop <= right:
            return 0, 10_000
        word = _WORD_START.search(self.text, max(end, right - 20), right)
        right = word.start() if word else right  # the clause may end inside a word
        future = _FUTURE_AFTER.search(self.text, right, stop)
        past = _past_cue(self.text, right, right, right, stop)
        far = right - end + _AFTER_PENALTY
        if past is not None and _REPORTING.match(self.text, right + past - _AFTER_PENALTY):
            past = None  # "..., officials said": the report's tense, not the date's
        if past is not None and (future is None or past - _AFTER_PENALTY < future.start() - right):
            return -1, far + past
        if future is not None:
            return 1, far + future.start() - right
        return 0, 10_000

    def past_unless_future(self, start: int, end: int) -> int:
        """Like ``direction`` but news defaults to the past (weekdays, seasons)."""
        return 1 if self.direction(start, end) > 0 else -1

    def note_period(self, value: str, end: int) -> None:
        """Note where reports of a quarter and of a longer period ("the first nine months") last
        ended: "a year earlier" compares whichever was spoken of last."""
        if "-Q" in value and _QUARTER_VALUE.match(value):
            self.quarter_seen = end
        elif value in _RESULTS_PERIODS:
            self.months_seen = end

    def months_last(self) -> bool:
        """Whether a period of several months was reported on after the last quarter."""
        return self.months_seen > self.quarter_seen >= 0

    def remember(self, found: Resolution, end: int) -> None:
        """Note a calendar date for anaphoric expressions that follow."""
        value = found.value[:10] if "T" in found.value else found.value
        if found.anaphoric or not value[:3].isdigit() or "X" in value or V.value_bounds(value) is None:
            return
        self.last = value
        self.last_end = end
        if len(value) == 10 and value[4] == "-" and value[8:].isdigit():
            self.days.setdefault((int(value[5:7]), int(value[8:])), value)
        if _QUARTER_VALUE.match(value):
            self.last_quarter = value
        if found.explicit:
            self.year = int(value[:4])
            self.year_end = end


_FUTURE_WORDS = (
    "will|won't|won’t|wo n't|shall|going to|plan to|plans to|planning|planned|scheduled|slated|expected|expect|expects|"
    "intend|intends|is to|are to|set to|upcoming|hope to|hopes to|aim to|aims to|until|would|proposed|due on|"
    "due in|due by|is due to|are due to|payable|effective|is set for|are set for|may|might|must|should|"
    "is supposed to|are supposed to|poised to|likely to|forecast to|predicted to|tipped to|aiming to|hoping to|"
    "expecting to|preparing to|due to take|due to be|due to begin|due to start|due to open|due to close|due to end|"
    "due to arrive|due to meet|due to return|due to appear|due to hold|due to resume|due to launch|due to vote"
)
_FUTURE = re.compile(r"\b" + trie_pattern(_FUTURE_WORDS.split("|")) + r"\b|['’]ll\b", IGNORE)
# "gave them until Friday", "has until May", "extended its deadline until Friday", "adjourned until
# Monday": a deadline or a delay looks ahead whatever the verb's tense
_DEADLINE_BEFORE = re.compile(
    r"\b(?:give|gives|gave|given|giving|grant|grants|granted|has|have|had|deadline|extend|extends|extended|"
    r"postpone|postpones|postponed|delay|delays|delayed|defer|defers|deferred|adjourn|adjourns|adjourned|"
    r"suspend|suspends|suspended|recess|recessed|pushed\s+back|put\s+off|held\s+over)\b(?:\s+[\w']+){0,4}\s+$",
    IGNORE,
)
# modals point ahead ("might walk out Friday"), but not "may have been", nor does the month "May"
_MODALS = ("may", "might", "must", "should")
_MODAL_PAST = re.compile(r"\s+(?:not\s+)?have\b", IGNORE)
_PAST_WORDS = (
    "was|were|had|did|said|says|told|came|went|took|made|got|gave|began|fell|rose|met|left|won|lost|paid|sold|"
    "held|found|saw|became|ran|brought|bought|thought|knew|ago|broke|fought|struck|spoke|wrote|drove|flew|fled|led|"
    "shot|sent|spent|kept|felt|built|caught|chose|stood|threw|withdrew|sought|taught|stole|swore|grew|drew|hid|meant|"
    "retook|overtook|undertook|mistook|overcame|overthrew|overran|upheld|withheld|understood|forgot|forgave|arose|"
    "heard|sat|shook|sank|froze|hung|rode|rang|sang|sprang|stuck|swept|swung|swam|tore|wore|woke|wept|slept|slid|"
    "spun|sped|shrank|strode|dealt|dug|bled|blew|clung|crept|forbade"
)
# a past-tense word, or the "ed" ending a word ("filed"); tries branch letter by letter (fast)
_PAST_CUE = re.compile(r"(?i:\b(?P<w>" + trie_pattern(_PAST_WORDS.split("|")) + r")\b)|ed\b(?<=[^\W\d_]ed)")
_WORD_START = re.compile(r"[a-z]*$", IGNORE)
_NOT_PAST_BEFORE = re.compile(
    r"\b"
    + trie_pattern(["is", "are", "be", "being", "been", "to", "will", "would", "the", "a", "an", "still"])
    + r"\s+$",
    IGNORE,
)


def _past_cue(text: str, left: int, start: int, end: int, right: int) -> int | None:
    """Distance from the expression ``text[start:end]`` to the nearest past-tense verb of its
    clause ("said", "rose", "filed"; not "the proposed", "to be paid"), or None. Cues are
    tried nearest first, so most calls look at one or two."""
    before = _nearest_past(text, left, start)
    best = None if before is None else start - before.end()
    for match in _PAST_CUE.finditer(text, end, right):
        distance = match.start() - end + _AFTER_PENALTY
        if best is not None and distance >= best:
            break
        if _is_past(text, left, match):
            return distance
    return best


PAST_STEP = 40  # how much of a clause ``_nearest_past`` looks at in one go


def _nearest_past(text: str, left: int, start: int) -> re.Match[str] | None:
    """The last past-tense cue in ``text[left:start]`` that is a past verb (as ``_is_past``).

    The clause is read backwards a stretch at a time, each cut just after a space: a cue never
    holds a space, so the stretches find exactly the cues one pass over the clause finds."""
    high = start
    while high > left:
        cut = text.rfind(" ", left, high - PAST_STEP) if high - PAST_STEP > left else -1
        low = cut + 1 if cut >= 0 else left
        for match in reversed(list(_PAST_CUE.finditer(text, low, high))):
            if _is_past(text, left, match):
                return match
        high = low
    return None


def _is_past(text: str, left: int, match: re.Match[str]) -> bool:
    """A ``_PAST_CUE`` match that is a past verb: not after "is", "to be", "the" ("the proposed")."""
    begin = match.start()
    if match.lastgroup != "w":
        if begin - left < 2:
            return False
        word = _WORD_START.search(text, max(left, begin - 20), begin)
        begin = word.start() if word else begin
    if _PLANNING_AFTER.match(text, match.end()):
        return False  # "were planning to drive": a plan, not a past event
    return not _NOT_PAST_BEFORE.search(text, max(left, begin - 12), begin)


_PLANNING_AFTER = re.compile(r"\s+(?:planning|preparing)\s+to\b", IGNORE)


# present-tense verbs of scheduled events: with a weekday or date they point ahead
_NOT_A_VERB_BEFORE = re.compile(r"(?:\bto|\b[Tt]he|\b[Aa]n?|\b[Ii]ts|\b[Tt]heir)\s$")  # "to close", "the close"


def _scheduled(text: str, low: int, high: int) -> re.Match[str] | None:
    """The first scheduled verb in ``text[low:high]`` (a verb, not the noun after an article)."""
    for found in _SCHEDULED.finditer(text, low, high):
        if not _NOT_A_VERB_BEFORE.search(text, max(0, found.start() - 7), found.start()):
            return found
    return None


# verbs of scheduled events, in the present: "the trial begins Monday" (a space stands for any spaces)
_SCHEDULED_VERBS = (
    "begin|begins|start|starts|open|opens|resume|resumes|meet|meets|convene|convenes|reconvene|reconvenes|end|ends|"
    "close|closes|arrive|arrives|leaves|visits|returns|travels|heads|expires|vote|votes|faces|testifies|hears|sits|"
    "hosts|launches|unveils|publishes|releases|delivers|holds|kick off|kicks off|goes on trial|takes office|"
    "takes effect|goes into effect|comes into force|enters into force|takes place|go to the polls|goes to the polls|"
    "head to the polls|heads to the polls|reports earnings|reports results|reports figures|reports its earnings|"
    "reports its results|reports its figures|take effect|go into effect|come into force|come into effect|"
    "comes into effect|enter into force|take office|go on trial|take place"
)
_SCHEDULED = re.compile(
    r"\b" + trie_pattern(_SCHEDULED_VERBS.split("|"), space=r"\s+") + r"\b"
    r"(?=(?:\s+[a-z]+){0,4}\s*(?:on\s+|this\s+|next\s+)?$)",
)
# the present progressive of an arranged event: "the board is meeting Friday" (not "Friday's vote")
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|am)\s+(?:also\s+|now\s+|still\s+)?(?!going\b)[a-z]{2,}ing\b"
    r"(?=(?:\s+(?!(?:the|a|an|his|her|its|their)\b)[\w-]+){0,3}\s*(?:on\s+|this\s+|next\s+)?$)"
)
_POSSESSIVE_END = re.compile(r"['’]s\b")
_SINCE = re.compile(r"\bsince\s+$", IGNORE)
_PLAN_DONE = re.compile(r"\b(?:as|than|previously|originally|already)\s+$", IGNORE)  # "rose less than expected"
_HAD_BEEN = re.compile(r"\bhad\s+(?:been\s+)?$", IGNORE)
_AFTER_PENALTY = 25  # a tense cue after the expression governs it less often than one before


_FUTURE_AFTER_WORDS = (
    "will|is to|are to|is scheduled|are scheduled|is expected|are expected|plan to|plans to|is planning|"
    "are planning|intend to|intends to|hope to|hopes to|are aiming|is aiming|are hoping|is hoping"
)
_FUTURE_AFTER = re.compile(r"\b" + trie_pattern(_FUTURE_AFTER_WORDS.split("|")) + r"\b", IGNORE)
_CLAUSE_BREAK = re.compile(r"[.;!?\n]\s")


def _clause_start(text: str, start: int) -> int:
    low = max(0, start - 120)
    cut = low
    for match in _CLAUSE_BREAK.finditer(text, low, start):
        cut = match.end()
    return cut


_REPORTING = re.compile(r"(?:said|says|told|added|reported|announced)\b", IGNORE)
_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")
SENTENCE_REACH = 200  # how far on a sentence is searched for its verb when none is near


_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Z]\.)+[A-Z]?|\bvs|\b[a-z](?:\.[a-z])*)$")


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence around ``start`` ends (a period after a short word such as "vs." or
    "Ala." does not end it), at most ``SENTENCE_REACH`` on."""
    if _SENTENCE_BREAK.match(text, start) and (
        text[start] != "." or not _ABBREVIATION.search(text, max(0, start - 6), start)
    ):
        return start  # the clause already ended the sentence
    stop = min(len(text), start + SENTENCE_REACH)
    for match in _SENTENCE_BREAK.finditer(text, start, stop):
        if match.group()[0] != "." or not _ABBREVIATION.search(text, max(0, match.start() - 6), match.start()):
            return match.start()
    return stop


def _clause_end(text: str, end: int) -> int:
    match = _CLAUSE_BREAK.search(text, end, min(len(text), end + 60))
    return match.start() if match else min(len(text), end + 60)


Handler = Callable[[re.Match[str], Context], Resolution | None]


@dataclass(frozen=True)
class Rule:
    """A pattern, its handler, and the triggers every match contains (for speed: the pattern only
    runs near a trigger). ``words`` are searched in the lower-cased text, or as written when they
    hold a capital; ``trigger`` is a regular expression searched in the text. The pattern is
    compiled the first time a text has one of its triggers (so that starting up stays quick)."""

    name: str
    source: str
    flags: int
    handle: Handler
    words: tuple[str, ...] = ()
    digits: tuple[str, ...] = ()
    reach: tuple[int, int] = (60, 60)
    before: re.Pattern[str] | None = None  # must match the lower-cased text just before a trigger word
    capital: bool = False  # the trigger word must start with a capital letter ("May", not "may")
    after: re.Pattern[str] | None = None  # must match the lower-cased text at a trigger word

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, self.flags)


RULES: list[Rule] = []

# Digit triggers, by kind: a rule with ``digits=("year",)`` runs near four-digit numbers only.
_DIGIT_KINDS = (
    r"(?=(?P<decade>\d\d0'?s|0'?s)|(?P<year>\d\d\d)|(?P<slash>[/-]\d)|(?P<clock>\s*[ap]\.?m)|(?P<q>q)|(?P<colon>:\d\d)"
    r"|(?P<ordinal>(?:st|nd|rd|th)\b))"
)
DIGIT_TRIGGER = re.compile(r"\d" + _DIGIT_KINDS)
# the same for ASCII text, where \d is [0-9]: ``re`` skips ahead to a range much faster than to a category
ASCII_DIGIT_TRIGGER = re.compile(r"[0-9]" + _DIGIT_KINDS)


def rule(
    name: str,
    pattern: str,
    words: tuple[str, ...] = (),
    trigger: str = "",
    flags: int = IGNORE,
    reach: tuple[int, int] = (60, 60),
    before: str = "",
    capital: bool = False,
    after: str = "",
) -> Callable[[Handler], Handler]:
    """Register ``handle`` for ``pattern`` (compiled once, at import). ``reach``: how far a match
    may start before its trigger and end after it."""

    def register(handle: Handler) -> Handler:
        kinds = tuple(trigger.split()) if trigger else ()
        guard = re.compile(before) if before else None
        follow = re.compile(after) if after else None
        RULES.append(Rule(name, pattern, flags, handle, words, kinds, reach, guard, capital, follow))
        return handle

    return register


MONTH_WORDS: tuple[str, ...] = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
)
MONTH_WORDS += ("november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.")
MONTH_WORDS += ("nov.", "dec.", "sept")
# abbreviations written without a period ("Jan 5", "Oct 2012"), with the space after them, so that
# "market" or "decline" trigger nothing
MONTH_WORDS += ("jan ", "feb ", "mar ", "apr ", "jun ", "jul ", "aug ", "sep ", "oct ", "nov ", "dec ")
WEEKDAY_WORDS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNIT_WORDS = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "centur")
SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")
PART_WORDS = ("morning", "afternoon", "evening", "night")


# -- building blocks -------------------------------------------------------------------------

L = r"(?<![\w$£€])"  # left word boundary that also refuses money
R = r"(?![\w])"
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)"
YEAR = rf"(?:{YEAR4}|'\d\d)"
# (a trie: at one place at most one of these words is followed by what PREFIX wants next)
_PREFIX_WORDS = (
    "early|earlier|late|later|mid|mid-|middle|end-|the end of|the beginning of|the start of|the middle of|the close of"
)
PREFIX = (
    "(?:(?P<pre>" + trie_pattern(_PREFIX_WORDS.split("|"), space=r"\s+") + ")"
    r"(?:\s+|(?<=-)|-(?=[A-Z\d])))?"  # "late November", "mid-1990s", "late-November", "end-2014"
)
PREFIX_MODS = {
    "early": "START",
    "earlier": "START",
    "beginning": "START",
    "start": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "later": "END",
    "end": "END",
    "close": "END",
}


def prefix_mod(match: re.Match[str]) -> str:
    text = match.groupdict().get("pre")
    if not text:
        return ""
    for word, mod in PREFIX_MODS.items():
        if word in text.lower():
            return mod
    return ""


def month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def year_number(text: str, ctx: Context) -> int:
    if text.startswith("'"):
        two = int(text[1:])
        base = ctx.dct.year if ctx.dct else 2000
        year = (base // 100) * 100 + two
        return year - 100 if year > base + 20 else year
    return int(text)


def day_number(text: str) -> int:
    return int(_NON_DIGITS.sub("", text))


def nearest_day(ctx: Context, month: int, day: int, direction: int, reach: int = 300) -> str:
    """A day with no year: the nearest fitting one around the DCT (or the next one, for the future,
    or the last one, for the past, when within ``reach`` days)."""
    if ctx.dct is None:
        return f"XXXX-{month:02d}-{day:02d}"
    dct = ctx.dct
    options = [V.safe_date(dct.year + k, month, day) for k in (-1, 0, 1)]
    real = [d for d in options if d is not None]
    if not real:
        return f"XXXX-{month:02d}-{day:02d}"
    if direction > 0:
        ahead = [d for d in real if d >= dct]
        if ahead and (ahead[0] - dct).days < reach:
            return V.day_value(ahead[0])
    if direction < 0:
        behind = [d for d in real if d <= dct]
        if behind and (dct - behind[-1]).days < reach:
            return V.day_value(behind[-1])
    # with no tense cue, news is more often about the past: a future day counts twice as far
    best = min(real, key=lambda d: 2 * (d - dct).days if d > dct else (dct - d).days)
    return V.day_value(best)


def month_year(ctx: Context, month: int, direction: int, start: int) -> str:
    """Year of a month named alone: this year's, or the nearest past/future one by tense."""
    if ctx.dct is None:
        return f"XXXX-{month:02d}"
    year = ctx.dct.year
    anchor = _anchor_year(ctx, start)
    if anchor is not None and not (direction > 0 and anchor < year or direction < 0 and anchor > year):
        return f"{anchor:04d}-{month:02d}"  # "in 1997 ... in June": June 1997; but not "since 2011 ... will ... June"
    if direction < 0 and month > ctx.dct.month:
        year -= 1
    elif direction > 0 and month < ctx.dct.month:
        year += 1
    elif direction == 0 and abs(month - ctx.dct.month) > 6:
        year += 1 if month < ctx.dct.month else -1
    return f"{year:04d}-{month:02d}"


NEAR_VERB = 20  # a past verb this close governs a month ("fell in August"); farther, a month may lie ahead


def _anchor_year(ctx: Context, start: int) -> int | None:
    """The year of a date mentioned just before (same sentence, nearby), if any."""
    if ctx.year is None or start - ctx.year_end > 80:
        return None
    between = ctx.text[ctx.year_end : start]
    if "\n" in between or ". " in between:
        return None
    return ctx.year


def relative(ctx: Context, unit: str, amount: int) -> str:
    """The calendar unit ``amount`` steps from the DCT: ("M", -1) is last month."""
    dct = ctx.dct
    if dct is None:
        return {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "Q": "XXXX-QX"}.get(unit, "XXXX")
    if unit == "Y":
        return f"{dct.year + amount:04d}"
    if unit == "DE":
        return f"{(dct.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(dct.year + 100 * amount) // 100:02d}"
    step = {"M": ("months", 1), "W": ("weeks", 1), "WE": ("weeks", 1), "D": ("days", 1), "Q": ("months", 3)}.get(unit)
    moved = V.add(dct, **{step[0]: amount * step[1]}) if step else None
    if moved is None:
        return "XXXX"
    if unit == "M":
        return f"{moved.year:04d}-{moved.month:02d}"
    if unit == "W":
        return V.week_value(moved)
    if unit == "WE":
        return V.week_value(moved) + "-WE"
    if unit == "Q":
        return f"{moved.year:04d}-Q{V.quarter_of(moved)}"
    return V.day_value(moved)


def weekday_value(ctx: Context, weekday: int, direction: int, shift: int = 0) -> str:
    """A weekday: the DCT itself, the previous one (past tense) or the next one (future)."""
    try:
        return _weekday_value(ctx, weekday, direction, shift)
    except OverflowError:
        return "XXXX-XX-XX"  # a DCT at an end of the calendar


def _weekday_value(ctx: Context, weekday: int, direction: int, shift: int) -> str:
    if ctx.dct is None:
        return "XXXX-XX-XX"
    dct = ctx.dct
    delta = weekday - dct.weekday()
    if shift < 0:  # "last Friday"
        back = (dct.weekday() - weekday) % 7 or 7
        return V.day_value(dct - timedelta(days=back))
    if shift > 0:  # "next Friday"
        ahead = (weekday - dct.weekday()) % 7 or 7
        return V.day_value(dct + timedelta(days=ahead))
    if delta == 0:
        return V.day_value(dct)
    if direction > 0:
        return V.day_value(dct + timedelta(days=delta % 7))
    return V.day_value(dct - timedelta(days=(-delta) % 7))


# -- explicit dates --------------------------------------------------------------------------

_MONTH_THEN_DIGIT = r"[a-z]+\.?,?\s+(?:of\s+)?['\d]"  # at a month trigger: a day or a year follows
_DIGIT_THEN_MONTH = r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?$"  # before a month trigger: a day precedes


def month_rule(
    name: str, pattern: str, reach: tuple[int, int], after: str = _MONTH_THEN_DIGIT
) -> Callable[[Handler], Handler]:
    """A rule triggered by a month name written with a capital ("May", not "may")."""
    return rule(name, pattern, words=MONTH_WORDS, capital=True, reach=reach, after=after)


def day_month_rule(name: str, pattern: str, reach: tuple[int, int]) -> Callable[[Handler], Handler]:
    """A rule triggered by a month name that follows a day ("5 January", "the 5th of May")."""
    return rule(name, pattern, words=MONTH_WORDS, reach=reach, before=_DIGIT_THEN_MONTH)


_WD = rf"(?:{WEEKDAY}\s?,?\s+)?"  # "Monday, June 7" (or, in tokenised text, "Monday , June 7")


@month_rule(
    "month-day-year",
    rf"{L}{_WD}{PREFIX}(?P<m>{MONTH})\s+(?P<d>{DAYNUM})\s?,?\s+(?P<y>{YEAR4}){R}",
    (40, 25),
    after=r"[a-z]+\.?\s+\d\d?(?:st|nd|rd|th)?\s?,?\s+\d{4}",
)
def _month_day_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    day = V.safe_date(int(m["y"]), month_number(m["m"]), day_number(m["d"]))
    return Resolution("DATE", V.day_value(day), prefix_mod(m), explicit=True) if day else None


@day_month_rule(
    "day-month-year", rf"{L}{_WD}(?:the\s+)?(?P<d>{DAYNUM})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR4}){R}", (45, 25)
)
def _day_month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    day = V.safe_date(int(m["y"]), month_number(m["m"]), day_number(m["d"]))
    return Resolution("DATE", V.day_value(day), explicit=True) if day else None


@month_rule(
    "month-day",
    rf"{L}{_WD}{PREFIX}(?P<m>{MONTH})\s+(?P<d>{DAYNUM})(?!\d|,?\s*\d{{4}}|:\d|\s*(?:%|percent|million|billion))",
    (40, 14),
)
def _month_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    month, day = month_number(m["m"]), day_number(m["d"])
    if not m["m"][0].isupper() or V.safe_date(2000, month, day) is None:
        return None
    ranged = _DAY_RANGE_YEAR.match(ctx.text, m.end())  # "Sept. 9 to 12, 1998": the year of the range
    anchor = int(ranged["y"]) if ranged else _anchor_year(ctx, m.start())
    if anchor is not None and V.safe_date(anchor, month, day):
        return Resolution("DATE", f"{anchor:04d}-{month:02d}-{day:02d}", prefix_mod(m))
    return Resolution("DATE", _day_in_year(ctx, m, month, day), prefix_mod(m))


_RANGE_TO = r"\s*(?:-|–|to|through|and|or)\s*"
_DAY_RANGE_YEAR = re.compile(rf"{_RANGE_TO}{DAYNUM},?\s+(?P<y>{YEAR4})(?!\w)", IGNORE)


@month_rule(
    "day-range-end",
    rf"{L}(?P<m>{MONTH})\s+(?P<d>{DAYNUM}){_RANGE_TO}(?P<d2>{DAYNUM})(?:,?\s+(?P<y>{YEAR4}))?(?![\w%]|\s*(?:percent|%))",
    (0, 30),
    after=r"[a-z]+\.?\s+\d\d?(?:st|nd|rd|th)?\s*(?:-|–|to\s|through\s|and\s|or\s)\s*\d",
)
def _day_range_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "May 10-12", "Aug. 7 and 9, 1998": the day ending a range is a date of its own (TimeML tags both
    ends), in the month and year of the first; the first is the month-day rules'."""
    month, first, last = month_number(m["m"]), day_number(m["d"]), day_number(m["d2"])
    if not m["m"][0].isupper() or not first < last:
        return None
    if m["y"]:
        year = int(m["y"])
    else:
        start = _day_in_year(ctx, m, month, first)
        if not start[:4].isdigit():
            return None
        year = int(start[:4])
    day = V.safe_date(year, month, last)
    if day is None:
        return None
    return Resolution("DATE", V.day_value(day), explicit=bool(m["y"]), skip=m.start("d2") - m.start())


@rule(
    "day-range-start",
    rf"{L}(?P<d>{DAYNUM})(?=\s*(?:-|–|and|to|or|through)\s*{DAYNUM}\s+(?:of\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?{R})",
    words=MONTH_WORDS,
    capital=True,
    reach=(20, 2),
    before=r"\d(?:st|nd|rd|th)?\s*(?:-|–|and|to|or|through)\s*\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?$",
)
def _day_range_start(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "on 3 and 4 April", "from 3 to 10 June": the first day of a day-first range is a date of its
    own, in the month (and year) written after the second."""
    month, first = month_number(m["m"]), day_number(m["d"])
    if not m["m"][0].isupper() or V.safe_date(2000, month, first) is None:
        return None
    if m["y"]:
        day = V.safe_date(int(m["y"]), month, first)
        return Resolution("DATE", V.day_value(day), explicit=True) if day else None
    return Resolution("DATE", _day_in_year(ctx, m, month, first))


_BOUND_BEFORE = re.compile(r"\b(?:since|from|until|till|before|after|by|through)\s+$", IGNORE)


def _day_in_sentence_year(ctx: Context, start: int, month: int, day: int, direction: int) -> str | None:
    """A day in the year named just before it in the sentence ("the 2015 election was held on 7 May"),
    unless that year bounds a stretch ("risen since 2011, figures published on 12 March showed")."""
    anchor = _anchor_year(ctx, start)
    if anchor is None or ctx.dct is None or anchor == ctx.dct.year:
        return None
    if "," in ctx.text[ctx.year_end : start] or _BOUND_BEFORE.search(
        ctx.text, max(0, ctx.year_end - 16), max(0, ctx.year_end - 4)
    ):
        return None
    if direction > 0 and anchor < ctx.dct.year or direction < 0 and anchor > ctx.dct.year:
        return None
    written = V.safe_date(anchor, month, day)
    return V.day_value(written) if written is not None else None


def _day_in_year(ctx: Context, m: re.Match[str], month: int, day: int) -> str:
    """The year of a day named without one, from the tense around it."""
    named = ctx.days.get((month, day))
    if named is not None:
        return named  # the same day named again in the story: the same date ("leave on 31 October ... to 31 October")
    direction, distance = ctx.tense(m.start(), m.end())
    in_year = _day_in_sentence_year(ctx, m.start(), month, day, direction)
    if in_year is not None:
        return in_year
    adjacent = distance <= 4 and _VERB_ON.fullmatch(ctx.text[m.start() - distance : m.start()]) is not None
    reach = 366 if adjacent else 300  # "arrived on Jan. 30": the verb right before decides
    return nearest_day(ctx, month, day, direction, reach)


_VERB_ON = re.compile(r"\s+(?:on\s+)?")  # "arrived Jan. 30", "began on Jan. 4"; not "extended to"


@day_month_rule("day-month", rf"{L}{_WD}(?:the\s+)?(?P<d>{DAYNUM})\s+(?:of\s+)?(?P<m>{MONTH}){R}(?!\s*\d)", (30, 12))
def _day_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    month, day = month_number(m["m"]), day_number(m["d"])
    if not m["m"][0].isupper() or V.safe_date(2000, month, day) is None:
        return None
    if month in (3, 5) and len(m["m"]) <= 5 and not re.search(r"\d(?:st|nd|rd|th)|of", m[0]) and _verb_month(m, ctx):
        return None
    the = m[0][:4].lower() == "the " and not re.search(r"\d(?:st|nd|rd|th)|of", m[0])
    skip = m.start("d") - m.start() if the else 0  # "the 9 March vote": the article is not the date's
    return Resolution("DATE", _day_in_year(ctx, m, month, day), skip=skip)


_MARCH_VERB = re.compile(
    r"\s+(?:on|to|through|in|into|against|from|toward|towards|down|past|along|for|across)\b", IGNORE
)
_DATE_PREPOSITION = re.compile(
    r"(?:\b(?:on|since|until|till|by|from|before|after|of|between|to|through|and|or|dated)|[,(]|^)\s*$", IGNORE
)


def _verb_month(m: re.Match[str], ctx: Context) -> bool:
    """ "5 March" and "3 May" (the day-month order of British and international news) are dates, but a
    count before the verb is not: "some 30 March on the capital", "5 May be freed". A preposition or
    a weekday before the day decides for the date."""
    if not m[0][:1].isdigit():
        return False  # "Tuesday, 19 March", "the 3rd of March"
    if _DATE_PREPOSITION.search(ctx.text, max(0, m.start() - 10), m.start()):
        return False
    verb = _MAY_VERB if month_number(m["m"]) == 5 else _MARCH_VERB
    return verb.match(ctx.text, m.end()) is not None or m["m"].isupper()  # "30 MARCH": a headline's verb


@rule(
    "numeric-us",
    r"(?<![\w/.$-])(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{4}|\d\d)(?![\w/])",
    trigger="slash",
    reach=(6, 12),
)
def _numeric_us(m: re.Match[str], ctx: Context) -> Resolution | None:
    year = int(m["y"]) if len(m["y"]) == 4 else year_number("'" + m["y"], ctx)
    day = V.safe_date(year, int(m["m"]), int(m["d"]))
    return Resolution("DATE", V.day_value(day)) if day else None


@rule(
    "numeric-day-first",
    r"(?<![\w/.$-])(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>\d{4})(?![\w/])",
    trigger="slash",
    reach=(6, 12),
)
def _numeric_day_first(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "21/03/2013": day first, as written outside the US; only a day past the 12th
    says so (a month cannot be 13 or more), else the US order is read."""
    day = V.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Resolution("DATE", V.day_value(day), explicit=True) if day else None


@rule(
    "iso",
    r"(?<![\w/.-])(?P<y>\d{4})(?P<s>[-/])(?P<m>\d\d)(?P=s)(?P<d>\d\d)"
    r"(?:T(?P<h>\d\d):(?P<mi>\d\d)(?::(?P<sec>\d\d)(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/])",
    trigger="year slash",
    reach=(1, 20),
)
def _iso(m: re.Match[str], ctx: Context) -> Resolution | None:
    day = V.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if day is None:
        return None
    if m["h"] and int(m["h"]) < 24 and int(m["mi"]) < 60:
        seconds = f":{m['sec']}" if m["sec"] and int(m["sec"]) < 60 else ""
        return Resolution("TIME", f"{V.day_value(day)}T{m['h']}:{m['mi']}{seconds}")
    return Resolution("DATE", V.day_value(day))


@month_rule(
    "month-year",
    rf"{L}{PREFIX}(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR}){R}",
    (30, 14),
    after=r"[a-z]+\.?,?\s+(?:of\s+)?(?:'\d\d|\d{4})",
)
def _month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    if not m["m"][0].isupper():
        return None
    year = year_number(m["y"], ctx)
    return Resolution("DATE", f"{year:04d}-{month_number(m['m']):02d}", prefix_mod(m), explicit=True)


_MONTH_CUE_WORDS = (
    "in|since|until|till|by|from|through|to|of|during|before|after|last|next|this|early|late|mid|"
    "between|and|or|on|for|that|each|every|past|ago|its|the"
)
_MONTH_CUE = re.compile(r"(?:\b" + trie_pattern(_MONTH_CUE_WORDS.split("|")) + r"\s+|mid-)$", IGNORE)


@month_rule(
    "month",
    rf"{L}(?P<rel>(?:last|next|this|coming|past|previous)\s+)?{PREFIX}(?P<m>{MONTH})(?![\w]|['’](?!s\b)|\s+\d)",
    (30, 12),
    after="",
)
def _month(m: re.Match[str], ctx: Context) -> Resolution | None:
    name = m["m"]
    if not name[0].isupper():
        return None  # "this march", "a long march": the noun
    bare = not m["rel"] and not m["pre"]
    if bare and name.lower() == "march" and _MARCH_NOUN.search(ctx.text, max(0, m.start() - 5), m.end() + 10):
        return None  # "the March on Washington", "the March for Life": the noun
    if bare and _NAME_FOLLOWS.match(ctx.text, m.end()) and not _after_preposition(ctx, m.start()):
        return None  # "April Smith", "March Madness", "the May Department Stores"; but "in May Congress"
    if len(name) <= 4 and not name.endswith(".") and name.lower() not in ("may", "june", "july"):
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not (_MONTH_DASH_AFTER.match(ctx.text, m.end()) or _MONTH_RANGE_START.search(before)):
            return None  # but "Jan-March", "the Jan-Mar quarter": a range of months
    month = month_number(name)
    if month in (3, 5) or name.lower() in ("jan", "mar", "sept", "sep"):
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        if not (m["rel"] or m["pre"] or _MONTH_CUE.search(before) or _MONTH_RANGE_START.search(before)):
            return None
        if name.lower() == "may" and _MAY_VERB.match(ctx.text, m.end()):
            return None
    rel = (m["rel"] or "").strip().lower()
    if rel and ctx.dct is not None:
        year = ctx.dct.year
        # "last February" said in March is a year back (last month would be "last month");
        # "next April" said in March likewise a year ahead
        if rel in ("last", "past", "previous"):
            back = (ctx.dct.month - month) % 12 or 12
            year += (ctx.dct.month - back - (12 if back == 1 else 0) - 1) // 12
        elif rel in ("next", "coming"):
            ahead = (month - ctx.dct.month) % 12 or 12
            year += (ctx.dct.month + ahead + (12 if ahead == 1 else 0) - 1) // 12
        value = f"{year:04d}-{month:02d}"
    elif rel:
        value = f"XXXX-{month:02d}"
    else:
        direction, distance = ctx.tense(m.start(), m.end())
        if direction < 0 and distance > NEAR_VERB and (month - ctx.dct.month if ctx.dct else 0) == 1:
            direction = 0  # "told of a cutback in September" (said in August): the coming one
        value = _range_end_month(ctx, month, m.start()) or month_year(ctx, month, direction, m.start())
        upto = _MONTH_RANGE_END.match(ctx.text, m.end())
        if upto is not None and month_number(upto["m"]) > month:  # "January-November": one year
            value = month_year(ctx, month_number(upto["m"]), direction, m.start())[:5] + f"{month:02d}"
    return Resolution("DATE", value, prefix_mod(m))


def _range_end_month(ctx: Context, month: int, start: int) -> str | None:
    """ "April-June", "from August to May": the month that ends a range follows the month that starts it."""
    last = ctx.last
    if last is None or len(last) != 7 or not 0 < start - ctx.last_end <= 10:
        return None
    if not _MONTH_TO.search(ctx.text, max(0, start - 24), start):
        return None
    year = int(last[:4]) + (1 if month < int(last[5:]) else 0)
    return f"{year:04d}-{month:02d}"


_MONTH_DASH_AFTER = re.compile(rf"\s*[-–]\s*(?-i:(?=[A-Z])){MONTH}(?![\w])", IGNORE)
_MONTH_TO = re.compile(rf"(?<![\w.])(?-i:(?=[A-Z])){MONTH}\s*(?:[-–]|\s(?:to|through|until|till)\s)\s*$", IGNORE)
_MARCH_NOUN = re.compile(r"\b(?:the|a)\s+March\s+(?:for|on|of|to|against|through|from)\b", IGNORE)
_MONTH_RANGE_START = re.compile(rf"(?<![\w.])(?-i:(?=[A-Z])){MONTH}\s*[-–]\s*$", IGNORE)
_MONTH_RANGE_END = re.compile(rf"\s*(?:-|–|to|through|and)\s*(?-i:(?=[A-Z]))(?P<m>{MONTH})(?!\w)", IGNORE)


_MAY_VERB = re.compile(r"\s+(?:be|have|not|also|well|never|still|seem|take|need)\b", IGNORE)
_TIME_PREPOSITION = re.compile(r"\b(?:in|since|until|till|by|from|through|during|before|after|early|late)\s+$", IGNORE)


def _after_preposition(ctx: Context, start: int) -> bool:
    return _TIME_PREPOSITION.search(ctx.text, max(0, start - 10), start) is not None


_NAME_FOLLOWS = re.compile(r"\s+(?!(?:I|A|The|In|On|At|By|And|But)\b)[A-Z][a-z]")
_COUNT_NOUN = re.compile(
    r"\s+(?:people|persons|men|women|children|shares|troops|soldiers|workers|employees|jobs|units|cars|homes|"
    r"miles|feet|meters|tons|barrels|acres|points|votes|members|students|cases|deaths|residents|passengers|seats|"
    r"delegates|companies|firms|vehicles|patients|victims|refugees|prisoners|copies|items|rooms|beds|flights|"
    r"words|pages|signatures|calls|complaints|incidents|attacks|arrests|households|families|customers|users|"
    r"runs|yards|goals|games|to\s+\d)\b",
    IGNORE,
)
# "of 1997" is a year ("the first nine months of 1997"), but not after a number ("1,500 of 2000
# workers") or in a name ("the Clean Air Act of 1990")
_OF_COUNT_OR_NAME = re.compile(r"(?:\d|\b(?-i:[A-Z])[a-z]+)\s+of\s+$", IGNORE)
_COUNT_BEFORE_WORDS = (
    "about|some|nearly|almost|approximately|roughly|over|than|only|all|section|article|rule|no.|"
    "number|room|route|flight|chapter|code|model|form|title|item|part|page|suite|highway|interstate|bill|"
    "resolution|amendment|paragraph"
)
_COUNT_BEFORE = re.compile(r"(?:\b" + trie_pattern(_COUNT_BEFORE_WORDS.split("|")) + r"\s+|[#№])$", IGNORE)

# a company's year and quarters: "fiscal" in American, "financial" in British reports
_FISCAL = "(?:fiscal|financial)"


@rule(
    "year",
    rf"{L}(?P<fiscal>fiscal(?:\s+year)?\s+|financial\s+year\s+|(?:the\s+)?year\s+|FY\s*|the\s+(?=\d{{4}}\s+{_FISCAL}\s+year))?"
    rf"{PREFIX}(?P<y>{YEAR4})"
    r"(?![\w%]|[,.]\d|-(?!(?:\d\d|\d{4})(?![\w-]))|/(?!(?:\d\d|\d{4})(?![\w/-]))|\s*(?:%|percent))"
    rf"(?:\s+{_FISCAL}\s+year(?![\w-]))?",  # "the 2014 fiscal year"
    trigger="year decade",  # "2010's US Open" triggers a decade
    reach=(25, 8),  # with the trigger's length, enough for "2014 financial year"
)
def _year(m: re.Match[str], ctx: Context) -> Resolution | None:
    year = int(m["y"])
    if not m["fiscal"] and not m["pre"]:
        low = max(0, m.start() - 15)
        if _COUNT_NOUN.match(ctx.text, m.end()) or _COUNT_BEFORE.search(ctx.text, low, m.start()):
            return None
        if _OF_COUNT_OR_NAME.search(ctx.text, low, m.start()):
            return None
        name = _NAME_BEFORE.search(ctx.text, low, m.start())
        named = name is not None and name["w"].lower() not in _NOT_NAMES and not _sentence_start(ctx.text, name.start())
        if named and not _RANGE_AFTER.match(ctx.text, m.end()):
            return None  # "Windows 2000", "Agenda 2000", "H.R. 2001": a name, not a year
        if m.start() > 1 and ctx.text[m.start() - 1] in "-–" and ctx.text[m.start() - 2].isdigit():
            return None  # "1-800-555-1998"; "1997-98" is the range rule's
        if year < 1600 or year > (ctx.dct.year + 30 if ctx.dct else 2100):
            return None
    return Resolution("DATE", f"{year:04d}", prefix_mod(m), explicit=True)


@rule(
    "year-range-end",
    r"(?<=(?P<c>1[6-9]|20)\d\d(?P<s>[-–/]))(?P<y>\d\d|(?:1[6-9]|20)\d\d)(?![\w%/-])",
    trigger="year",
    reach=(0, 12),
)
def _year_range_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "1997-98", "1939-1945", "2012/13": the end of a range of years is a year of its own (TimeML marks both)."""
    if ctx.text[m.start() - 6 : m.start() - 5].isdigit():
        return None  # part of a longer number
    first = int(ctx.text[m.start() - 5 : m.start() - 1])
    year = int(m["y"]) if len(m["y"]) == 4 else int(m["c"]) * 100 + int(m["y"])
    if len(m["y"]) == 2 and year <= first:
        year += 100  # "1999-00"
    if not first < year <= first + 100 or m["s"] == "/" and year != first + 1:
        return None  # "2012/13" (a season, a fiscal year) runs into the next year only
    return Resolution("DATE", f"{year:04d}", explicit=True)


_RANGE_AFTER = re.compile(r"[-–](?:\d\d|\d{4})(?![\w-])")  # "Steve Jobs 1955-2011": life dates, not a name


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` begins a sentence (or the text, or a line)."""
    before = text[max(0, at - 3) : at]
    return not before.strip() or before.rstrip()[-1:] in ".!?\"'“‘(_-" or "\n" in before


# a capitalised word before a year makes a name ("Windows 2000"), unless it is one of these
_NAME_BEFORE = re.compile(r"(?-i:(?<![\w.])(?P<w>[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*))\s+$")
_NOT_NAMES = frozenset(
    re.split(
        r"\s+",
        "in by since until till from through before after during of for at and or to mid early late fiscal between "
        "about around circa as on within the a an but than year fy summer winter spring fall autumn christmas easter "
        "jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. a.d. b.c. ad bc while when if because although "
        "though unlike like last next this that",
    )
)


_DECADE_BEFORE = re.compile(r"(?<!\d)(?P<c>1\d|20)(?P<t>\d)0['’]?s\s+(?:and|or|to|through)\s+$", IGNORE)
_WARM = re.compile(
    r"\b(?:temperatures?|degrees|highs?|lows?|fahrenheit|celsius|mercury|thermometers?|forecasts?)\b", IGNORE
)


def _named_before(text: str, start: int) -> bool:
    """Whether a capitalised word that is no preposition or time word, and does not start the
    sentence, comes right before ``start``: then the word at ``start`` is part of a name."""
    name = _NAME_BEFORE.search(text, max(0, start - 15), start)
    return name is not None and name["w"].lower() not in _NOT_NAMES and not _sentence_start(text, name.start())


@rule("decade", rf"{L}(?:the\s+)?{PREFIX}(?P<y>1\d\d0|20\d0|'\d0|[1-9]0(?=s))'?s{R}", trigger="decade", reach=(25, 8))
def _decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m[0][-2] in "'’" and not m["pre"] and m[0][:1].isdigit():
        return None  # "since 2010's US Open": a year in the possessive, no decade
    if len(m["y"]) == 2:
        tens = int(m["y"][0])
        pair = _DECADE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        if pair is not None:  # "the 1970s and 80s": the century of the first
            century = int(pair["c"]) + (1 if tens < int(pair["t"]) else 0)
        elif m[0][:3].lower() != "the" or _WARM.search(ctx.text, max(0, m.start() - 60), m.start()):
            return None  # "in his 60s", "temperatures in the 80s": an age or a temperature
        else:
            century = 19 if ctx.dct is None or tens * 10 > ctx.dct.year % 100 else ctx.dct.year // 100
        return Resolution("DATE", f"{century:02d}{tens}", prefix_mod(m))  # "the 80s"
    year = year_number(m["y"], ctx) if m["y"].startswith("'") else int(m["y"])
    if year % 100 == 0 and 1000 <= year < 2000 and not m["y"].startswith("'"):
        return Resolution("DATE", f"{year // 100:02d}", prefix_mod(m))  # "the 1800s": the century, not 1800-09
    return Resolution("DATE", f"{year // 10:03d}", prefix_mod(m))


@rule(
    "century",
    rf"{L}(?:the\s+)?{PREFIX}(?P<n>\d{{1,2}})(?:st|nd|rd|th)[\s-]+century{R}",
    words=("century",),
    reach=(25, 5),
)
def _century(m: re.Match[str], ctx: Context) -> Resolution | None:
    number = int(m["n"])
    if not 1 <= number <= 30:
        return None
    return Resolution("DATE", f"{number - 1:02d}", prefix_mod(m))


_WORD_YEAR_TAIL = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
)


@rule(
    "word-year",
    rf"{L}(?:the\s+year\s+)?(?:nineteen|twenty)[\s-]+{_WORD_YEAR_TAIL}{R}|{L}(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+\w+)?{R}",
    words=("nineteen", "thousand", "twenty"),
    reach=(25, 40),
)
def _word_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    if _COUNTED.match(ctx.text, m.end()):
        return None  # "two thousand years", "twenty-five people": a count
    year = word_year(m[0])
    return Resolution("DATE", f"{year:04d}", explicit=True) if year is not None else None


_COUNTED = re.compile(
    r"\s+(?:more\s+|other\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|people|"
    r"dollars|troops|times|miles|percent)\b",
    IGNORE,
)


def word_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000."""
    words = text.lower().replace("the year", "").replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = number_value(" ".join(w for w in words[2:] if w != "and")) if len(words) > 2 else 0
        return None if rest is None else 2000 + int(rest)
    century = 1900 if words[0] == "nineteen" else 2000
    rest = number_value(" ".join(words[1:]))
    return None if rest is None else century + int(rest)


# -- seasons, quarters, halves -------------------------------------------------------------------

_SEASON_NAME = re.compile(r"\s+(?!(?:The|In|On|At|And|But|I|A)\b)(?-i:[A-Z][a-z])")

_REL = (
    r"(?P<rel>last|this|next|coming|past|previous|current|following|the\s+past|the\s+coming|the\s+next|the\s+last|the)"
)


@rule(
    "season",
    rf"{L}{PREFIX}(?:{_REL}\s+)?(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{YEAR4})(?:[-–/](?P<y2>\d\d|{YEAR4})(?![\w/-]))?)?{R}(?!-)",
    words=SEASON_WORDS,
    reach=(40, 20),
)
def _season(m: re.Match[str], ctx: Context) -> Resolution | None:
    code = SEASONS[m["s"].lower()]
    if code == "FA" and not (m["rel"] or m["y"] or m["pre"]):
        return None  # "fall" the verb
    if m["y2"] and int(m["y2"][-2:]) != (int(m["y"]) + 1) % 100:
        return None  # a season runs into the next year only: "the winter of 2012-13" (TimeML: 2012-WI)
    if m["y"]:
        return Resolution("DATE", f"{m['y']}-{code}", prefix_mod(m))
    named = not m["rel"] or m["rel"].lower() == "the"
    if named and not m["pre"] and m["s"][0].isupper() and _SEASON_NAME.match(ctx.text, m.end()):
        return None  # "the Winter Olympics", "the Summer Palace": a name
    if named and not m["pre"] and m["s"][0].isupper() and _named_before(ctx.text, m.start()):
        return None  # "the Arab Spring", "the Prague Spring": a name
    if ctx.dct is None:
        return Resolution("DATE", f"XXXX-{code}", prefix_mod(m))
    rel = re.sub(r"^the\s+", "", (m["rel"] or "").lower())
    year = ctx.dct.year
    # seasons in the order a year's values run; a December DCT is in that year's winter, the last
    order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
    if ctx.dct.month == 12:
        order["WI"] = 4
    here = order["WI"] if ctx.dct.month in (12, 1, 2) else (ctx.dct.month - 3) // 3 + 1
    place = order[code]
    if rel in ("last", "past", "previous"):
        year -= 1 if place >= here else 0
    elif rel in ("next", "coming", "following"):
        year += 1 if place <= here else 0
    elif not rel or rel == "the":
        direction = ctx.direction(m.start(), m.end())
        if direction < 0 and place > here:
            year -= 1
        elif direction > 0 and place < here:
            year += 1
    return Resolution("DATE", f"{year:04d}-{code}", prefix_mod(m))


_QUARTER_WORD_BARE = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter)"
_QUARTER_WORD = rf"(?P<q>{_QUARTER_WORD_BARE})"


@rule(
    "quarter",
    rf"{L}{PREFIX}(?:(?P<det>the|this|last|next|a)\s+(?!(?:\S+\s+){{0,2}}?{_QUARTER_WORD_BARE}-))?(?:(?P<ye>year-earlier|year-ago|year\s+earlier|prior-year)\s+)?"
    rf"(?:(?P<rel>this|last|next)\s+year's\s+)?(?:(?P<y1>{YEAR4})(?:'s)?\s+)?(?:{_FISCAL}[\s-]+)?"
    rf"{_QUARTER_WORD}[\s-]+(?:{_FISCAL}\s+)?(?P<unit>quarter|half)(?:\s+(?:of\s+)?(?:{_FISCAL}\s+)?(?P<y2>{YEAR4})|\s+of\s+(?P<ofrel>this|last|next|the\s+current|the\s+previous|the)\s+(?:{_FISCAL}\s+)?year)?{R}",
    words=("quarter", "half"),
    reach=(50, 40),
    before=rf"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final|latter)[\s-]+(?:{_FISCAL}\s+)?$",
)
def _quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = "Q" if m["unit"].lower() == "quarter" else "H"
    if m["q"].lower() == "latter" and unit == "Q":
        return None  # only a half is "the latter"
    number = ORDINALS.get(m["q"].lower(), 2)
    if unit == "H" and m["q"].lower() in ("last", "final", "latter"):
        number = 2
    if unit == "H" and number > 2:
        return None
    year_text = m["y1"] or m["y2"]
    if year_text:
        year = int(year_text)
    elif ctx.dct is None:
        return Resolution("DATE", f"XXXX-{unit}{number}", prefix_mod(m))
    else:
        year = ctx.dct.year
        current = V.quarter_of(ctx.dct) if unit == "Q" else (1 if ctx.dct.month <= 6 else 2)
        rel = (m["rel"] or "").lower() or {"the previous": "last", "the current": "this"}.get(
            _SPACES.sub(" ", (m["ofrel"] or "").lower()), (m["ofrel"] or "").lower()
        )
        det = (m["det"] or "").lower()
        if rel == "last":
            year -= 1
        elif rel == "next":
            year += 1
        elif det == "last":
            year -= 1 if number >= current else 0
        elif det == "next":
            year += 1 if number <= current else 0
        elif rel != "this" and number > current and current == 1 and ctx.direction(m.start(), m.end()) < 0:
            year -= 1
    value = f"{year:04d}-{unit}{number}"
    if m["ye"]:
        return Resolution("DATE", V.shift(value, -1, "Y") or value, prefix_mod(m), anaphoric=True)
    return Resolution("DATE", value, prefix_mod(m))


@rule(
    "q-number",
    rf"{L}(?:(?i:{_FISCAL})\s+)?(?:(?P<q>[1-4])Q\s*(?P<y>{YEAR})?{R}|(?P<unit>[QH])(?P<q2>[1-4])(?:\s+(?P<y2>{YEAR}))?{R})",
    words=("q1", "q2", "q3", "q4", "h1", "h2"),
    trigger="q",
    flags=0,
    reach=(13, 10),  # "financial Q2"
)
def _q_number(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "Q3 2024", "3Q", and the halves of company reports: "H1 2013"."""
    number = int(m["q"] or m["q2"])
    unit = m["unit"] or "Q"
    if unit == "H" and number > 2:
        return None
    year_text = m["y"] or m["y2"]
    if year_text:
        return Resolution("DATE", f"{year_number(year_text, ctx):04d}-{unit}{number}")
    if ctx.dct is None:
        return Resolution("DATE", f"XXXX-{unit}{number}")
    return Resolution("DATE", f"{ctx.dct.year:04d}-{unit}{number}")


@rule("fy-short", r"(?<![\w-])FY\s?(?P<y>\d\d)(?![\w/-])", words=("fy",), flags=0, reach=(0, 6))
def _fy_short(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "FY13": a fiscal year written with two digits."""
    year = year_number("'" + m["y"], ctx)  # as "'13" is
    return Resolution("DATE", f"{year:04d}")


@rule(
    "the-quarter",
    r"(?<![\w-])(?:the|this|that)\s+(?:(?:comparable|same|corresponding)\s+(?=year-))?"
    r"(?P<which>latest|recent|most\s+recent|current|same|past|previous|just-ended|"
    r"just\s+ended|year-earlier|year-ago|comparable|prior-year|year\s+earlier|fiscal|1\d\d\d|20\d\d)?\s*"
    rf"(?:{_FISCAL}\s+)?(?P<unit>quarter|period)(?![\w-])",
    words=("quarter", "period"),
    reach=(40, 10),
)
def _the_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    which = _SPACES.sub(" ", (m["which"] or "").lower())
    is_period = m["unit"].lower() == "period"
    if ctx.dct is None:
        return None if is_period and not which else Resolution("DATE", "XXXX-QX")
    latest = _latest_quarter(ctx)
    named = ctx.last_quarter
    if which in ("year-earlier", "year-ago", "year earlier", "prior-year"):
        shifted = V.shift(_reported_quarter(ctx), -1, "Y")
        return Resolution("DATE", shifted, anaphoric=True) if shifted else None
    if which.isdigit():
        if is_period and ctx.months_last():
            return Resolution("DATE", which, anaphoric=True)  # "the nine months ... the 1988 period": the year
        quarter = (named or latest)[-1]
        return Resolution("DATE", f"{which}-Q{quarter}", anaphoric=True)
    if which in ("latest", "recent", "most recent", "just-ended", "just ended"):
        return Resolution("DATE", latest, anaphoric=named is not None)
    if which == "current":
        return Resolution("DATE", relative(ctx, "Q", 0))
    if which in ("past", "previous"):
        shifted = V.shift(named, -1, "Q") if named else latest
        return Resolution("DATE", shifted, anaphoric=True) if shifted else None
    if is_period and which not in ("same", "comparable"):
        return None
    return Resolution("DATE", named or latest, anaphoric=named is not None)


_YEAR_BACK = (
    r"(?P<back>last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior|preceding)\s+year|"
    rf"(?P<y>{YEAR4}))"
)


@rule(
    "period-year-back",
    r"(?<![\w-])(?:(?:the|that)\s+(?P<which>same|comparable|corresponding|year-earlier|year-ago|similar)?\s*"
    rf"(?P<unit>quarter|period)\s+(?:(?:of|in|for)\s+)?{_YEAR_BACK}"
    r"|(?P<rel>last\s+year's|the\s+previous\s+year's|the\s+prior\s+year's)\s+(?:(?P<q>first|second|third|fourth)\s+)?"
    r"(?P<unit2>quarter|period))(?![\w-])",
    words=("quarter", "period"),
    reach=(30, 36),
)
def _period_year_back(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the same period last year", "the quarter a year ago", "last year's third quarter": one
    expression, the quarter under discussion a year back (TIMEX3 takes the whole noun phrase)."""
    if ctx.dct is None:
        return Resolution("DATE", "XXXX-QX")
    if m["q"]:
        return Resolution("DATE", f"{ctx.dct.year - 1:04d}-Q{ORDINALS[m['q'].lower()]}")
    base = _reported_quarter(ctx)
    if m["y"]:
        if m["unit"].lower() == "quarter" and not m["which"]:
            return None  # "the quarter in 1990": a quarter and a year, each its own
        return Resolution("DATE", f"{m['y']}-{base[-2:]}", anaphoric=True)
    shifted = V.shift(base, -1, "Y")
    return Resolution("DATE", shifted, anaphoric=True) if shifted else None


def _reported_quarter(ctx: Context) -> str:
    """The quarter results are compared for: the last one named, unless it lies after the DCT
    (a forecast for "the third quarter of 1990" is not what "the year-ago period" compares)."""
    latest = _latest_quarter(ctx)
    if ctx.last_quarter and ctx.last_quarter[:4].isdigit() and ctx.last_quarter <= latest:
        return ctx.last_quarter
    return latest


def _latest_quarter(ctx: Context) -> str:
    """The last quarter that has ended by the DCT (what news reports on)."""
    return relative(ctx, "Q", -1)


@rule(
    "year-earlier",
    r"(?<![\w-])(?P<w>year-earlier|year-ago|a\s+year\s+ago|a\s+year\s+earlier)(?![\w-])",
    words=("year",),
    reach=(12, 20),
    after=r"year(?:-earlier|-ago|\s+earlier|\s+ago)",
)
def _year_earlier(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = _SPACES.sub(" ", m["w"].lower())
    if not word.startswith("a "):
        follow = ctx.text[m.end() : m.end() + 20].lower()
        if re.match(r"\s+(?:quarter|period|nine|six|level|figure|first|second|third|fourth)", follow):
            return None  # handled by the quarter rules, or not a date
    if ctx.dct is None and (word.endswith("ago") or ctx.last is None):
        return Resolution("DATE", "XXXX")
    if ctx.last_quarter and ctx.months_last():
        anchor = ctx.last_quarter[:4]  # "For the nine months, ... a year earlier": the year before
    elif ctx.last_quarter:
        anchor = ctx.last_quarter
    elif _month_in_sentence(ctx, m.start()):
        assert ctx.last is not None
        anchor = ctx.last  # "sales in September rose 3% from a year ago": September of last year
    elif word == "a year ago" or ctx.last is None:
        assert ctx.dct is not None
        anchor = f"{ctx.dct.year:04d}"
    else:
        anchor = ctx.last[:4]  # "a year earlier" than a day is still read at the year
    shifted = V.shift(anchor, -1, "Y")
    return Resolution("DATE", shifted, anaphoric=True) if shifted else None


def _month_in_sentence(ctx: Context, start: int) -> bool:
    """Whether the date named last is a month of the same sentence."""
    last = ctx.last
    if last is None or len(last) != 7 or not last[5:].isdigit() or not 0 <= start - ctx.last_end <= 150:
        return False
    return _CLAUSE_BREAK.search(ctx.text, ctx.last_end, start) is None


# -- relative words --------------------------------------------------------------------------

_DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}


@rule(
    "day-word",
    rf"{L}(?:(?P<pre>early|late|earlier|later)\s+)?(?P<w>yesterday|today|tomorrow){R}(?!'s\s+(?:world|society))",
    words=("yesterday", "today", "tomorrow"),
    reach=(10, 10),
)
def _day_word(m: re.Match[str], ctx: Context) -> Resolution | None:
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["pre"] or "").lower(), "")
    if (
        m["w"][0].isupper()
        and not m["pre"]
        and not _sentence_start(ctx.text, m.start())
        and _TITLE_WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ):
        return None  # "The Day After Tomorrow", "USA Today": a title, not a day
    if m["w"].lower() == "today" and re.search(r"\bof\s+$", ctx.text[max(0, m.start() - 8) : m.start()]):
        return Resolution("DATE", "PRESENT_REF")  # "the children of today": nowadays; "from today" is the day
    return Resolution("DATE", relative(ctx, "D", _DAY_WORDS[m["w"].lower()]), mod)


_TITLE_WORD_BEFORE = re.compile(r"(?-i:\b[A-Z][A-Za-z]*)\s+$")
_REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "once": "PAST_REF",
    "soon": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "shortly": "FUTURE_REF",
}


# one pattern word each (a trie; each is whole, so at one place at most one matches)
_REF_WORDS = (
    "now|currently|current|at present|presently|nowadays|these days|the present|recently|recent|lately|the past|"
    "soon|the near future|the foreseeable future|the future|future|the near term|the short term|the long term"
)


@rule(
    "ref",
    r"(?<![\w-])(?P<w>" + trie_pattern(_REF_WORDS.split("|"), space=r"\s+") + r")(?![\w-])",
    words=("now", "current", "present", "recent", "lately", "past", "soon", "future", "days", "term"),
    reach=(30, 20),
)
def _ref(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = _SPACES.sub(" ", m["w"].lower())
    after = ctx.text[m.end() : m.end() + 30]
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if word == "now" and re.match(r"\s*,?\s+(?:then|here)\b", after):
        return None
    if m["w"] == "Now" and after[:1] == "," and _sentence_start(ctx.text, m.start()):
        return None  # "Now, he says, ...": a discourse marker opening the sentence, no time
    if word == "future" and not re.match(r"\s+(?:plans?|years?|months?|growth|earnings|sales|results)\b", after):
        return None  # "the future" is tagged whole; "future" alone mostly modifies a thing
    if word == "current":
        if _CURRENT_UNIT.match(after) or before.endswith("electric "):
            return None  # "the current quarter" is handled by the quarter rules; "current account" is a term
        if re.search(r"\b(?:the|a|its|their)\s+$", before) is None and not re.match(r"\s+[a-z]", after):
            return None
    if word == "the past" and (
        re.match(r"\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|quarters?|hours?)\b", after)
        or _COUNT_AFTER.match(after)
    ):
        return None  # "the past two years", "the past three summers": a stretch of time, not the past
    if word == "soon" and re.match(r"\s+after\b", after):
        return None
    if word == "soon" and before.endswith("as ") and re.match(r"\s+as\b", after):
        return None  # "as soon as the talks end": a conjunction ("as soon as possible" has its own rule)
    return Resolution("DATE", _REFS[word])


# "the current quarter" is the quarter rules'; "current account" is a term of its own
_CURRENT_UNIT = re.compile(
    r"\s+(?:(?:fiscal|financial|calendar)\s+)?(?:quarter|year|half|month|week|season|account|accounts)\b|-", IGNORE
)
_COUNT_AFTER = re.compile(rf"\s+(?:\d+|{NUMBER_WORD}|few|several|couple|many)\b", IGNORE)


_ORDINAL_DAYS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


@rule(
    "nth-day",
    rf"(?<=(?:\bis|'s)\s)(?:the\s+)?(?P<o>{'|'.join(_ORDINAL_DAYS)}|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?day"
    r"(?=\s+(?:of|in|since)\b)",
    words=("day",),
    reach=(30, 4),
    before=r"(?:\bis|'s)\s+(?:the\s+)?[a-z0-9]+\s+(?:straight\s+|consecutive\s+)?$",
)
def _nth_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "It's the second day of the offensive": in the present tense, the publication day."""
    if ctx.dct is None:
        return None
    return Resolution("DATE", V.day_value(ctx.dct))


@rule("asap", rf"{L}as\s+soon\s+as\s+possible{R}", words=("soon",), reach=(4, 20))
def _asap(m: re.Match[str], ctx: Context) -> Resolution | None:
    return Resolution("DATE", "FUTURE_REF")


# the words before a unit in "this week", "the coming year" (a trie: at one place at most one is followed by spaces)
_THIS_UNIT_WORDS = (
    "this|last|next|past|coming|previous|the past|the coming|the next|the last|the previous|the following|"
    "the current|current"
)
_THIS_UNIT_REL = trie_pattern(_THIS_UNIT_WORDS.split("|"), space=r"\s+")


@rule(
    "this-unit",
    rf"{L}(?P<pre>{trie_pattern(['early', 'earlier', 'late', 'later', 'mid', 'mid-'])})?\s*(?P<rel>{_THIS_UNIT_REL})"
    rf"\s+(?:(?P<fiscal>{_FISCAL})\s+)?(?P<u>week|weekend|month|year|decade|century){R}(?!-)",
    words=UNIT_WORDS,
    reach=(30, 12),
    before=rf"\b(?:this|last|next|past|coming|previous|following|current)\s+(?:{_FISCAL}\s+)?$",
)
def _this_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    rel = _SPACES.sub(" ", m["rel"].lower())
    unit = UNITS[m["u"].lower()]
    mod = PREFIX_MODS.get((m["pre"] or "").lower().rstrip("-"), "")
    if m["fiscal"] and unit != "Y":
        return None  # only a year is fiscal
    if (
        m["u"][0].isupper()
        and m["rel"][0].isupper()
        and _QUOTE_OR_NAME.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None  # ABC News' "This Week": a title
    if rel.startswith("the ") and rel not in ("the current",):
        after = ctx.text[m.end() : m.end() + 12]
        if re.match(r"\s+(?:or|and)\b(?!\s+so\b)", after):
            return None  # "the next year or two"; but "the next year or so" is one expression
        if rel == "the next" and ctx.last and ctx.direction(m.start(), m.end()) < 0:
            rel = "the following"  # "was struck down the next year": the year after the one just named
        if rel in ("the following", "the previous"):
            anchor = ctx.last if ctx.last and unit in ("Y", "M", "W", "D") else None
            if anchor is None and rel == "the previous" and ctx.dct is not None and unit in ("Y", "M", "W"):
                anchor = V.day_value(ctx.dct)  # no date named before: the one before the DCT's
            if anchor is None:
                return None
            anchor = {"Y": anchor[:4], "M": anchor[:7]}.get(unit, anchor) if unit in ("Y", "M") else anchor
            if unit == "M" and len(anchor) < 7 or unit in ("W", "D") and not V.value_bounds(anchor):
                return None
            shifted = V.shift(anchor, 1 if rel == "the following" else -1, unit)
            if shifted and unit == "W" and re.fullmatch(r"\d{4}-\d\d-\d\d", shifted):
                shifted = V.week_value(date.fromisoformat(shifted))  # "the following week": a week, not a day
            return Resolution("DATE", shifted, mod, anaphoric=True) if shifted else None
    if unit == "CE" and rel in ("past", "the past"):
        return Resolution("DURATION", "P100Y", mod)  # "the past century": the last hundred years, not the 1800s
    if unit == "DE" and (
        rel in ("past", "the past")
        or rel in ("last", "the last", "next", "the next", "coming", "the coming")
        and _STRETCH_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        # "the past decade", "over the last (next) decade": ten years up to (from) now, not the 2000s
        return Resolution("DURATION", "P10Y", mod)
    amount = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "the past": -1}
    amount.update({"next": 1, "coming": 1, "the coming": 1, "the next": 1, "the last": -1, "the previous": -1})
    step = amount.get(rel, 0)
    if unit == "WE" and step == 0 and ctx.dct is not None and ctx.past_unless_future(m.start(), m.end()) < 0:
        step = -1 if ctx.dct.weekday() < 5 else 0
    if unit == "WE" and rel in ("coming", "the coming") and ctx.dct is not None and ctx.dct.weekday() < 5:
        step = 0  # "this coming weekend" said on a Thursday: the weekend two days ahead
    value = relative(ctx, unit, step)
    pre = (m["pre"] or "").lower()
    if pre == "earlier" and step == 0 and unit == "W":
        return Resolution("DATE", value, mod, span=_earlier_week(ctx, value))
    if pre in ("earlier", "later") and step == 0:
        return Resolution("DATE", value, mod, span=_so_far(ctx, value, mod))
    return Resolution("DATE", value, mod)


_STRETCH_BEFORE = re.compile(r"\b(?:over|for|during|throughout)\s+$", IGNORE)
_QUOTE_OR_NAME = re.compile(r"(?:[\"“'‘]|\b[A-Z][\w.]*['’]s?)\s*$")


@rule("the-weekend", rf"{L}(?:the|this)\s+weekend{R}", words=("weekend",), reach=(12, 10))
def _the_weekend(m: re.Match[str], ctx: Context) -> Resolution | None:
    direction = ctx.past_unless_future(m.start(), m.end())
    if ctx.dct is None:
        return Resolution("DATE", "XXXX-WXX-WE")
    step = 0 if direction > 0 or ctx.dct.weekday() >= 5 else -1
    return Resolution("DATE", relative(ctx, "WE", step))


_UNIT_NAMES = "second|minute|hour|day|week|weekend|month|quarter|year|decade|century|centuries"


@rule(
    "ago",
    rf"{L}(?:(?P<mod>{MODIFIER})\s+)?(?P<n>{NUMBER})[\s-]+(?P<u>{UNIT})s?(?P<so>\s+or\s+so)?\s+(?P<dir>ago|earlier|later|"
    rf"from\s+now|from\s+today|hence)(?:\s+(?P<today>today)(?![\w']))?{R}",
    words=("ago", "earlier", "later", "now", "hence", "today"),
    reach=(50, 10),
    before=trie_pattern(_UNIT_NAMES.split("|")) + r"s?\s+(?:or\s+so\s+)?(?:from\s+)?$",
)
def _ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = UNITS[m["u"].lower()]
    direction = _SPACES.sub(" ", m["dir"].lower())
    amount = number_value(m["n"])
    sign = 1 if direction in ("later", "from now", "from today", "hence") else -1
    mod = MODIFIERS.get(_SPACES.sub(" ", (m["mod"] or "").lower()), "")
    if mod and mod != "APPROX":
        mod = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER"}.get(mod, "") if sign < 0 else mod
    if m["so"]:
        mod = mod or "APPROX"  # "a week or so ago"
    if direction in ("earlier", "later") and unit in ("D", "W", "H", "MIN", "S"):
        return None  # "three days later": TimeBank marks the duration (without "later")
    if unit in ("S", "MIN", "H"):
        return Resolution("DURATION", f"PT{_num(amount)}{unit[0]}" if amount is not None else f"PTX{unit[0]}")
    if amount is None or amount != int(amount):
        value = {"D": "PAST_REF", "W": "PAST_REF"}.get(unit, "PAST_REF") if sign < 0 else "FUTURE_REF"
        return Resolution("DATE", value)
    step = int(amount) * sign
    anchored = direction in ("earlier", "later")
    if anchored and unit in ("D", "W", "H", "MIN", "S"):
        return None  # "three days later": TimeBank marks the duration
    if anchored and ctx.last and "X" not in ctx.last and V.value_bounds(ctx.last) is not None:
        shifted = V.shift(ctx.last, step, "Q" if unit == "Q" else unit) if unit in ("Y", "M", "W", "D", "Q") else None
        if shifted:
            return Resolution("DATE", shifted, mod, anaphoric=True)
        if unit in ("DE", "CE") and ctx.last[:4].isdigit():  # "two decades later" than 1998: the 2010s
            year = int(ctx.last[:4]) + step * (10 if unit == "DE" else 100)
            if 0 < year < 10_000:
                value = f"{year:04d}"[:3] if unit == "DE" else f"{year:04d}"[:2]
                return Resolution("DATE", value, mod, anaphoric=True)
    if unit == "WE":
        unit = "W"
    if m["today"] and sign < 0 and ctx.dct is not None and unit in ("Y", "M", "W", "D"):
        day = V.shift(V.day_value(ctx.dct), step, unit)  # "a year ago today": that day a year back
        return Resolution("DATE", day, mod) if day else None
    return Resolution("DATE", relative(ctx, unit, step), mod, anaphoric=anchored)


@rule(
    "units-ago",
    r"(?<![\w-])(?P<u>(?:hour|day|week|month|year|decade)s)\s+ago(?![\w-])",
    words=("ago",),
    reach=(12, 4),
    before=r"(?<![\d\w-])[a-z]+s\s+$",
)
def _units_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "years ago", "just months ago": some time back, with no count."""
    if re.search(
        r"\b(?:the|few|several|many|some|couple|of)\s+$", ctx.text[max(0, m.start() - 10) : m.start()], IGNORE
    ):
        return None  # counted ("a few years ago"): the ago rule's
    return Resolution("DATE", "PAST_REF")


def _num(amount: float | None) -> str:
    if amount is None:
        return "X"
    return str(int(amount)) if amount == int(amount) else str(amount)


_STRETCH_PREPOSITION = re.compile(r"\b(?:for|within|in|after|over|than)\s+$", IGNORE)
_RATE = re.compile(
    r"(?:\d|\bpercent|%|\bmillion|\bbillion|\btimes|\btwice|\bonce|\bdollars?|\bcents?|\btons?|\bbarrels|"
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundreds?|thousands?|dozens?|several|many)"
    r"\s+[a-z]+s\b)"
    r"[^.,;]{0,20}$",
    re.I,
)

# -- durations -------------------------------------------------------------------------------

# "the past (three years)", "its first (six months)": tries, each word followed by spaces
_DUR_REL_WORDS = (
    "past|last|next|first|coming|previous|following|latest|final|initial|remaining|ensuing|subsequent|year-earlier"
)
_DUR_REL = (
    rf"(?:(?:{trie_pattern(['the', 'its', 'their', 'his', 'her', 'our'])}\s+)?"
    rf"(?P<rel>{trie_pattern(_DUR_REL_WORDS.split('|'))})\s+)?"
)


# words that count units ("three", "several", "a couple of"); a trie, since guards are searched for
_COUNT_WORDS = (
    "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|few|several|many|some|"
    "couple|hundred|numerous|of|other"
)


@rule(
    "duration",
    rf"{L}(?:(?!over\s+the\b)(?P<mod>{MODIFIER})\s+)?(?:the\s+(?![^\s]*-))?{_DUR_REL}(?P<n>{NUMBER})(?:\s+(?:or|to)\s+(?P<n2>{NUMBER}))?"
    rf"(?P<sep>[\s-]+)(?:(?:more|additional|extra|straight|consecutive|trading|business|working|calendar)\s+)?"
    rf"(?P<u>{UNIT})(?P<pl>s)?(?P<old>-old|-long)?{R}(?!-(?!old|long))"
    r"(?P<alt>\s+or\s+(?:two|three|four|five|six|\d+)(?![\w-]))?",
    words=UNIT_WORDS,
    reach=(42, 12),
    before=rf"(?:\d|\b{trie_pattern(_COUNT_WORDS.split('|'))})[\s-]+(?:[a-z]+\s+)?$",
)
def _duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = UNITS[m["u"].lower()]
    if unit == "WE":
        return None
    amount = number_value(m["n"])
    raw = m["n"].lower()
    if raw in ("some", "many") and not m["pl"]:
        return None
    if (
        unit == "D"
        and raw == "one"
        and not m["pl"]
        and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return Resolution("DATE", "FUTURE_REF")  # "Islam will one day be ...": some day ahead
    if raw == "many" and ctx.text[max(0, m.start() - 3) : m.start()].lower() == "as ":
        return None  # "his second trip in as many years": no stretch of time of its own
    if raw in ("a", "an") and m["pl"]:
        return None
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", raw):
        return None  # "the 1988 quarter" is a date
    follow = ctx.text[m.end() : m.end() + 8]
    fraction = amount is not None or "couple" in raw
    if unit == "Q" and fraction and (re.match(r"\s+of\b", follow) or (m["pl"] and "-" in m["sep"])):
        return None  # "a quarter of the shares", "three-quarters": fractions; "several quarters of losses" is time
    if unit == "S" and raw in ("a", "an", "one") and not m["pl"]:
        return None  # "a second round": an ordinal
    if unit == "Y" and (m["old"] == "-old" or re.match(r"\s+old\b", follow)):
        return None  # ages ("52 years old") are not times of events
    if m["u"][0].isupper() and not m["u"].isupper() and not _sentence_start(ctx.text, m.start("u")):
        return None  # "on 60 Minutes", "Seven Days in May": a unit written with a capital is a title
    mod = MODIFIERS.get(_SPACES.sub(" ", (m["mod"] or "").lower()), "")
    skip = 0
    if (m["mod"] or "").lower() == "over" and not _OVER_MORE_THAN.search(ctx.text, max(0, m.start() - 20), m.start()):
        skip = (m.start("rel") if m["rel"] else m.start("n")) - m.start()
        mod = ""  # "grew over three years": "over" means during, a signal outside the expression
    if (
        m["rel"]
        and m["rel"].lower() == "last"
        and _LAST_VERB.search(ctx.text, max(0, m.start("rel") - 12), m.start("rel"))
    ):
        skip = m.start("n") - m.start()  # "expected to last six weeks": "last" is the verb
    adjective = not m["pl"] and not m["rel"] and not m["mod"] and amount is not None and amount > 1
    if m["old"] == "-long" and raw in ("a", "an") and not m["mod"] and not m["rel"]:
        skip = m.start("u") - m.start()  # "a day-long meeting": the article belongs to the noun
    if adjective and m[0][:4].lower() == "the ":
        skip = m.start("n") - m.start()  # "the two day rally": the number and unit modify the noun
    if "couple" in raw:
        amount, mod = 2, mod or "APPROX"
    if m["n2"]:
        amount = None
    if m["alt"]:
        mod = mod or "APPROX"  # "a year or two": about the first amount
    before = ctx.text[max(0, m.start() - 25) : m.start()]
    plain_a = amount == 1 and raw in ("a", "an") and not m["rel"] and not m["mod"]
    anchored = _ANCHORED_AFTER.match(ctx.text, m.end()) is not None  # "$40 a week earlier": no rate
    rate = plain_a and unit in ("Y", "M", "W", "D", "H", "Q") and not anchored and _RATE.search(before)
    if rate and not _STRETCH_PREPOSITION.search(before):  # but "drove on the M25 for an hour": a stretch
        return Resolution("SET", "PT1H" if unit == "H" else f"P1{unit}")  # "$5 a year"
    prefix = "PT" if unit in ("S", "MIN", "H") else "P"
    letter = {"MIN": "M", "S": "S", "H": "H", "DE": "DE", "CE": "CE", "Q": "M"}.get(unit, unit)
    if amount is None:
        number, letter = "X", _VAGUE_LETTER.get(unit, letter)
    elif unit == "Q":
        number = _num(amount * 3)
    else:
        number = _num(amount)
        if letter == "DE":
            number, letter = _num(amount * 10), "Y"
        elif letter == "CE":
            number, letter = _num(amount * 100), "Y"
        if "." in number:
            value = half_duration(amount, unit)
            return Resolution("DURATION", value, mod, skip=skip) if value else None
    return Resolution("DURATION", f"{prefix}{number}{letter}", mod, skip=skip)


_LONG_UNITS = {"hour": "PT1H", "day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "decade": "P10Y"}


_MANY_LONG = {"hours": "PTXH", "days": "PXD", "weeks": "PXW", "months": "PXM", "years": "PXY", "decades": "PXE"}


@rule(
    "unit-long",
    rf"{L}(?:(?P<u>hour|day|week|month|year|decade)-?|(?P<many>hours|days|weeks|months|years|decades)-)long{R}(?!-)",
    words=(
        *(f"{unit}{sep}long" for unit in _LONG_UNITS for sep in ("", "-")),
        *(f"{units}-long" for units in _MANY_LONG),
    ),
    reach=(2, 14),
)
def _unit_long(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "a weeklong visit", "their third day-long meeting": one unit; "a decades-long feud": several."""
    if m["many"]:
        return Resolution("DURATION", _MANY_LONG[m["many"].lower()])
    return Resolution("DURATION", _LONG_UNITS[m["u"].lower()])


_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|shall)\s+$", IGNORE)
_ANCHORED_AFTER = re.compile(r"\s+(?:earlier|later|ago|before|after)\b", IGNORE)
_LAST_VERB = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|not|n't|did|does|do)\s+$", IGNORE)


def half_duration(amount: float, unit: str) -> str | None:
    """A duration of so many units and a half: 2.5 years is P2Y6M, 1.5 hours PT1H30M."""
    whole = int(amount)
    if amount - whole != 0.5:
        return None
    if unit in ("DE", "CE"):
        return f"P{(whole * 2 + 1) * (5 if unit == 'DE' else 50)}Y"
    big, small = {
        "Y": (("P", "Y"), ("", "6M")),
        "M": (("P", "M"), ("", "15D")),
        "W": (("P", "W"), ("", "3DT12H")),
        "D": (("P", "D"), ("T", "12H")),
        "H": (("PT", "H"), ("", "30M")),
        "MIN": (("PT", "M"), ("", "30S")),
    }.get(unit, (("", ""), ("", "")))
    if not big[0]:
        return None
    if whole == 0:
        return big[0] + small[0] + small[1] if big[0] == "P" else big[0] + small[1]
    return f"{big[0]}{whole}{big[1]}{small[0]}{small[1]}"


@rule(
    "duration-half",
    rf"{L}(?:(?P<mod>{MODIFIER})\s+)?(?:(?P<n>{NUMBER})(?:\s+1/2|\s*½|\s+and\s+a\s+half)[\s-]+(?P<u>{UNIT})s?"
    rf"|(?P<n2>{NUMBER})\s+(?P<u2>{UNIT})s?\s+and\s+a\s+half|half\s+(?:an?\s+)?(?P<u3>{UNIT})"
    rf"|the\s+(?:past|last|next|first)\s+(?P<u4>{UNIT})\s+and\s+a\s+half){R}(?!-)",
    words=("half", "½"),
    trigger="slash",
    reach=(40, 30),
)
def _duration_half(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "2 1/2 years", "2½ years", "two and a half years", "a minute and a half", "half an hour",
    "the past year and a half"."""
    name = m["u"] or m["u2"] or m["u3"] or m["u4"]
    unit = UNITS[name.lower()]
    number = m["n"] or m["n2"]
    whole = number_value(number) if number else 1 if m["u4"] else 0
    if whole is None or whole != int(whole) or (number and number.lower() in ("a", "an") and m["n"]):
        return None
    value = half_duration(whole + 0.5, unit)
    mod = MODIFIERS.get(_SPACES.sub(" ", (m["mod"] or "").lower()), "")
    if m["u4"] and m["mod"] and m["mod"].lower() == "over":  # "over the past year and a half": during it
        skip = m.group().lower().index("the", len(m["mod"]))
        return Resolution("DURATION", value, skip=skip) if value else None
    return Resolution("DURATION", value, mod) if value else None


# "over" means "more than" after these ("to last over a week", "for over a year"); elsewhere it
# is the preposition "during" ("sales grew over three years") and stays out of the expression
_OVER_MORE_THAN = re.compile(
    r"\b(?:for|in|within|after|than|of|to|last|lasts|lasted|lasting|take|takes|took|taking|spend|spends|spent|"
    r"spending|at|just|by|only|already|since)\s+$",
    IGNORE,
)


@rule(
    "vague-duration",
    r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bjust\s)|(?<=\bonly\s)|(?<=\bmere\s)|"
    r"(?<=\btook\s)|(?<=\btake\s)|(?<=\btakes\s)|(?<=\blasted\s)|(?<=\bspent\s))"
    r"(?P<u>(?:hour|day|week|month|year|decade|centurie)s)"
    r"(?P<alt>\s+or\s+(?:hour|day|week|month|year|decade|centurie)s)?(?![\w-])",
    words=UNIT_WORDS,
    reach=(12, 10),
    before=r"\b(?:for|over|in|within|just|only|mere|took|take|takes|lasted|spent)\s+$",
)
def _vague_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    follow = ctx.text[m.end() : m.end() + 9].lower()
    if follow.startswith((" ago", " earlier")) or not m["alt"] and follow.startswith((" of", " to ")):
        return None  # "years ago" is another rule's; "days of talks": a count; but "weeks or months of"
    unit = UNITS[m["u"].lower()[:-1]]
    prefix = "PT" if unit == "H" else "P"
    mod = "APPROX" if m["alt"] else ""  # "within weeks or months"
    return Resolution("DURATION", f"{prefix}X{_VAGUE_LETTER.get(unit, unit)}", mod)


@rule(
    "units-long",
    r"(?<![\w-])(?P<u>hour|day|week|month|year|decade)s-long(?![\w-])",
    words=("hours-long", "days-long", "weeks-long", "months-long", "years-long", "decades-long"),
    reach=(0, 2),
)
def _units_long(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "a years-long dispute": a stretch of some of those units."""
    unit = UNITS[m["u"].lower()]
    return Resolution("DURATION", f"{'PT' if unit == 'H' else 'P'}X{_VAGUE_LETTER.get(unit, unit)}")


@rule(
    "over-the-units",
    r"(?:(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bacross\s)|(?<=\bdown\s))the\s+(?P<u>(?:month|year|decade|centurie)s)"
    r"(?![\w-])(?!\s+(?:of|to|ahead|before|after|that|when|which|in\s+which|since)\b)",
    words=("months", "years", "decades", "centuries"),
    reach=(6, 12),
    before=r"\b(?:over|through|across|down)\s+the\s+$",
)
def _over_the_units(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "over the years", "down the centuries": a long, vague stretch of time."""
    unit = UNITS[m["u"].lower()[:-1]]
    return Resolution("DURATION", f"PX{_VAGUE_LETTER.get(unit, unit)}")


@rule(
    "fortnight",
    rf"{L}(?:(?:(?P<mod>{MODIFIER})\s+)?(?P<n>an?|one|two|three|four|several|a\s+few)|(?P<rel>(?:the\s+)?(?:past|last|next|coming)))\s+fortnights?"
    r"(?:\s+(?P<ago>ago))?(?![\w-])|(?<![\w-])(?P<set>fortnightly)(?![\w-])",
    words=("fortnight",),
    reach=(30, 14),
)
def _fortnight(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "a fortnight" (British news): two weeks ("a fortnight later": the duration, as with days);
    "a fortnight ago": the week two weeks back."""
    if m["set"]:
        if _NOUN_FOLLOWS.match(ctx.text, m.end()):
            return None  # "a fortnightly magazine"
        return Resolution("SET", "P2W")
    mod = MODIFIERS.get(_SPACES.sub(" ", (m["mod"] or "").lower()), "")
    if m["rel"]:  # "the past fortnight"
        return None if m["ago"] or m[0].lower().endswith("s") else Resolution("DURATION", "P2W")
    count = number_value(m["n"])
    if m["ago"] is None:
        return Resolution("DURATION", f"P{_num(2 * count)}W" if count else "PXW", mod)
    if count is None:
        return Resolution("DATE", "PAST_REF")  # "a few fortnights ago"
    return Resolution("DATE", relative(ctx, "W", -2 * int(count)), mod)


# TIMEX3 units for vague amounts: E a decade, C a century ("decades": PXE, "centuries": PXC)
_VAGUE_LETTER = {"DE": "E", "CE": "C", "Q": "Q"}


@rule(
    "recent-units",
    rf"{L}(?P<w>recent|coming|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+coming|the\s+past\s+several|"
    rf"the\s+past|the\s+last|the\s+next)\s+(?P<u>(?:hour|day|week|month|year|decade|quarter)s)"
    rf"(?:\s+and\s+(?:hour|day|week|month|year)s)?{R}",
    words=UNIT_WORDS,
    reach=(30, 30),
    before=r"\b(?:recent|coming|few|several|past|last|next)\s+$",
)
def _recent_units(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = _SPACES.sub(" ", m["w"].lower())
    unit = UNITS[m["u"].lower()[:-1]]
    if word == "recent" and unit in ("Y", "DE"):
        return Resolution("DATE", "PAST_REF", span=_horizon(ctx, unit, -1, f"recent {m['u'].lower()}"))
    if word in ("coming", "the coming", "the next few"):
        return Resolution("DATE", "FUTURE_REF", span=_horizon(ctx, unit, 1, f"coming {m['u'].lower()}"))
    prefix = "PT" if unit == "H" else "P"
    return Resolution("DURATION", f"{prefix}X{_VAGUE_LETTER.get(unit, unit)}")


@rule(
    "units-ahead",
    rf"{L}the\s+(?P<u>(?:hour|day|week|month|year|quarter)s)\s+ahead{R}",
    words=("ahead",),
    reach=(25, 6),
)
def _units_ahead(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the weeks ahead": as "the coming weeks"."""
    unit = UNITS[m["u"].lower()[:-1]]
    return Resolution("DATE", "FUTURE_REF", span=_horizon(ctx, unit, 1, f"coming {m['u'].lower()}"))


# -- sets ------------------------------------------------------------------------------------

_SET_WORDS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "biweekly": "P2W",
    "quarterly": "P1Q",
}


@rule(
    "set-word",
    rf"{L}(?P<w>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly){R}",
    words=("daily", "weekly", "monthly", "quarterly", "annually", "yearly", "hourly", "nightly", "biweekly"),
    reach=(2, 12),
)
def _set_word(m: re.Match[str], ctx: Context) -> Resolution | None:
    after = ctx.text[m.end() : m.end() + 20].lower()
    if re.search(r"\b(?:a|an|the|its|their|his|her|our|per)\s+$", ctx.text[max(0, m.start() - 8) : m.start()], IGNORE):
        return None  # an adjective: "a daily newspaper", "its annual meeting"
    if re.match(r"\s+(?:newspaper|paper|magazine|basis|report|publication|show|meeting)", after):
        return None
    if m["w"].lower() != "annually" and _NOUN_FOLLOWS.match(ctx.text, m.end()):
        return None  # the adjective before its noun: "daily flights", "average daily volume"
    if m["w"].lower() == "daily" and _NAME_AFTER.match(ctx.text, m.end()):
        return None  # "the Communist Party daily Granma": the noun, a newspaper
    return Resolution("SET", _SET_WORDS[m["w"].lower()])


_NAME_AFTER = re.compile(rf"\s+(?!{WEEKDAY}|{MONTH})(?-i:[A-Z][a-z])", IGNORE)
# a lower-case word after "daily" that is not a function word: the noun "daily" modifies
_NOUN_FOLLOWS = re.compile(
    r"\s+(?!(?:in|at|on|for|from|to|and|or|but|since|until|through|during|by|with|as|after|before|except|"
    r"than|is|are|was|were|be|been|will|would|so|if|because|while|when|where|that|which|who|this|that|"
    r"throughout|over|around|about|across|into|under|between|among|basis)\b)[a-z]"
)


@rule(
    "set-every",
    rf"{L}(?P<q>every|each|per)\s+(?:(?P<n>other|few|several|couple\s+of|{NUMBER})\s+)?"
    rf"(?P<u>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{PART_OF_DAY})(?P<pl>s)?{R}",
    words=("every", "each", "per"),
    reach=(2, 30),
    after=r"(?!per)|per\s",  # "per" the word, not "percent" or "period"
)
def _set_every(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m["u"].lower().rstrip(".")
    quantifier = m["q"].lower()
    if quantifier == "a":
        return None  # "a year" is a duration unless money precedes: the duration rule decides
    if word in WEEKDAYS:
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}")
    if word in MONTHS and m["u"][0].isupper():
        return Resolution("SET", f"XXXX-{MONTHS[word]:02d}")
    if word in SEASONS:
        return Resolution("SET", f"XXXX-{SEASONS[word]}")
    if word in PARTS_OF_DAY and not m["n"]:
        return Resolution("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}")  # "every morning"
    if word not in UNITS and word + "s" not in UNITS:
        return None
    unit = UNITS.get(word, "")
    if not unit:
        return None
    vague = (m["n"] or "").lower() in ("few", "several")  # "every few weeks"
    count = 2 if m["n"] and m["n"].lower()[:5] in ("other", "coupl") else (number_value(m["n"]) if m["n"] else 1)
    if vague:
        return Resolution("SET", f"PTX{unit[0]}" if unit in ("S", "MIN", "H") else f"PX{_VAGUE_LETTER.get(unit, unit)}")
    if count is None:
        return None
    if unit in ("S", "MIN", "H"):
        return Resolution("SET", f"PT{_num(count)}{unit[0]}")
    if unit == "WE":
        return Resolution("SET", "XXXX-WXX-WE")
    return Resolution("SET", f"P{_num(count)}{unit}")


@rule(
    "set-plural-day",
    rf"{L}(?:on\s+)?(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?:\s+(?P<p>{PART_OF_DAY})s?)?{R}",
    words=WEEKDAY_WORDS,
    reach=(5, 30),
    after=r"[a-z]+ys\b",
)
def _set_plural_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    value = f"XXXX-WXX-{WEEKDAYS[m['d'].lower()] + 1}"
    if m["p"]:
        value += "T" + PARTS_OF_DAY[m["p"].lower()]
    return Resolution("SET", value)


@rule(
    "set-day-parts",
    rf"{L}(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?P<p>{PART_OF_DAY})s{R}",
    words=WEEKDAY_WORDS,
    reach=(2, 30),
    after=r"[a-z]+day\s+(?:morning|afternoon|evening|night)s\b",
)
def _set_day_parts(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "Tuesday nights", "Sunday mornings": every such part of that weekday."""
    if not m["d"][0].isupper():
        return None
    return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[m['d'].lower()] + 1}T{PARTS_OF_DAY[m['p'].lower()]}")


# -- weekdays and times ----------------------------------------------------------------------

_CLOCK = r"(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m)(?!\w)"
# time zones written after a clock: American, European, Asian and Australian abbreviations
ZONE_NAMES = r"(?-i:[ECMP][SD]?T|GMT|UTC|BST|[CEW]ES?T|A[ECW][SD]T|JST|KST|HKT|SGT|IST|MSK|SAST|NZ[SD]T)"
_ZONE = rf"(?:\s+\(?(?:{ZONE_NAMES}|local\s+time)\)?)?"
_DAY_AFTER = (
    rf"(?:,?\s+(?:(?-i:on|this|last|next)\s+)?(?P<day>{WEEKDAY}|yesterday|today|tomorrow|tonight)"
    rf"(?:,?\s+(?P<m2>{MONTH})\s+(?P<d2>{DAYNUM}))?"
    rf"|,?\s+(?:(?-i:on)\s+)?(?:(?P<m3>{MONTH})\s+(?P<d3>{DAYNUM})|(?P<d4>{DAYNUM})\s+(?P<m4>{MONTH}))"
    rf"(?:,?\s+(?P<y3>{YEAR4}))?(?!\w))?"  # "11pm on 29 March 2019", "5 p.m. EST Nov. 9"
)


@rule(
    "clock",
    rf"{L}(?:(?P<approx>about|around|approximately|shortly\s+(?:before|after))\s+)?{_CLOCK}{_ZONE}{_DAY_AFTER}",
    trigger="clock",
    reach=(40, 60),
)
def _clock(m: re.Match[str], ctx: Context) -> Resolution | None:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    if not 1 <= hour <= 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    hour = (hour % 12) + (12 if pm else 0)
    day = _day_of(m, ctx)
    later = None if m["day"] or m["m3"] or m["m4"] else _DAY_AFTER_ZONE.match(ctx.text, m.end())
    if later is not None:  # "10:30 a.m. (1530 GMT) Monday": the day after the other clock
        day = weekday_value(ctx, WEEKDAYS[later["wd"].lower().rstrip(".")], ctx.past_unless_future(m.start(), m.end()))
    mod = "APPROX" if m["approx"] else ""
    clock = f"T{hour:02d}:{minute:02d}"
    return Resolution("TIME", f"{day}{clock}", mod)


@rule(
    "zone-clock",
    rf"{L}(?:(?P<h>[01]\d|2[0-3])|(?P<h1>[01]?\d|2[0-3])\.)(?P<mi>[0-5]\d)\s+(?:(?-i:GMT|UTC|BST)|local\s+time(?!\w))"
    rf"{_DAY_AFTER}",
    words=("gmt", "utc", "bst", "local time"),
    reach=(6, 50),
    before=r"\d[.]?\d\d\s+$",
)
def _zone_clock(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "(1530 GMT)", "2025 GMT Saturday", "0245 local time", "14.30 BST": a 24-hour clock time in news style."""
    day = _day_of(m, ctx)
    later = None if m["day"] or m["m3"] or m["m4"] else _DAY_AFTER_PAREN.match(ctx.text, m.end())
    if later is not None:  # "(1530 GMT) Monday"
        day = weekday_value(ctx, WEEKDAYS[later["wd"].lower().rstrip(".")], ctx.past_unless_future(m.start(), m.end()))
    return Resolution("TIME", f"{day}T{int(m['h'] or m['h1']):02d}:{m['mi']}")


_HOUR_WORDS = {w: n for w, n in ONES.items() if 1 <= n <= 12}


@rule(
    "oclock",
    rf"{L}(?:(?P<approx>about|around|approximately)\s+)?(?P<h>1[0-2]|0?[1-9]|{'|'.join(_HOUR_WORDS)})\s+o['’]clock"
    rf"(?:\s+(?P<ampm>[ap]\.m\.?|[ap]m|in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?(?!\w)",
    words=("o'clock", "o’clock"),
    reach=(25, 25),
)
def _oclock(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "nine o'clock", "10 o'clock in the evening": a time of the story's day."""
    hour = _HOUR_WORDS.get(m["h"].lower()) or int(m["h"])
    later = (m["ampm"] or "").lower()
    if later.startswith("p") or later.endswith(("afternoon", "evening", "night")):
        hour = hour % 12 + 12
    elif later:
        hour %= 12
    return Resolution("TIME", f"{_day_of(m, ctx)}T{hour:02d}:00", "APPROX" if m["approx"] else "")


_ZONE24 = rf"\s*(?:{ZONE_NAMES}(?![\w+-])|local\s+time(?!\w))"  # "14:30 GMT", "16:00 local time"


@rule(
    "bare-clock",
    r"\b(?:(?P<p>at|by|until|till|from|before|after|around|about|since|to|and)\s+|(?=\d{1,2}:\d\d" + _ZONE24 + r"))"
    r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)"
    r"(?![\w:.,]\d|\s*(?:[ap]\.?m|%|percent))(?!\w)(?:\s*(?:hrs|hours)\b)?(?:" + _ZONE24 + r")?" + _DAY_AFTER,
    trigger="colon",
    reach=(10, 60),
)
def _bare_clock(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "at 10:30", "by 17:45", "14:30 GMT": a clock time with no a.m. or p.m. (a 24-hour clock or clear
    from context; a time zone after it makes it one without a preposition); the preposition is a signal,
    outside the expression, and the zone is part of it. "to" or "and" ends a range of clocks: "from 19:00 to 06:00"."""
    if (m["p"] or "").lower() in ("to", "and") and not _CLOCK_BEFORE.search(
        ctx.text, max(0, m.start() - 16), m.start()
    ):
        return None
    value = f"{_day_of(m, ctx)}T{int(m['h']):02d}:{m['mi']}"
    return Resolution("TIME", value, skip=m.start("h") - m.start())


_CLOCK_BEFORE = re.compile(r"(?:\d:\d\d|\d\s*[ap]\.?m\.?)\s+$", IGNORE)
_DAY_AFTER_PAREN = re.compile(rf"\)\s*,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b", IGNORE)
_DAY_AFTER_ZONE = re.compile(rf"\s*\(\d{{4}}\s+(?:GMT|UTC)\)\s*,?\s+(?:on\s+)?(?P<wd>{WEEKDAY})\b", IGNORE)


def _day_of(m: re.Match[str], ctx: Context) -> str:
    groups = m.groupdict()
    month_text, day_text = groups.get("m3") or groups.get("m4"), groups.get("d3") or groups.get("d4")
    if month_text and day_text:
        month, day = month_number(month_text), day_number(day_text)
        if groups.get("y3"):
            written = V.safe_date(int(groups["y3"]), month, day)
            return V.day_value(written) if written else f"{groups['y3']}-{month:02d}"
        return nearest_day(ctx, month, day, ctx.direction(m.start(), m.end()))
    if groups.get("m2") and groups.get("d2"):
        return nearest_day(ctx, month_number(groups["m2"]), day_number(groups["d2"]), 0)
    name = (groups.get("day") or "").lower().rstrip(".")
    if name in _DAY_WORDS:
        return relative(ctx, "D", _DAY_WORDS[name])
    if name == "tonight":
        return relative(ctx, "D", 0)
    if name in WEEKDAYS:
        return weekday_value(ctx, WEEKDAYS[name], ctx.past_unless_future(m.start(), m.end()))
    return story_day(ctx, m.start())


STORY_DAY_REACH = 250  # how far back a day named sets the day of a bare clock time


def story_day(ctx: Context, start: int) -> str:
    """The day a bare clock time or part of a day is on: the day named just before ("killed
    Thursday ... at 7:15 p.m."; "late Wednesday ... ¶ at about 6:20 p.m."), else the DCT's."""
    last = ctx.last
    near = last is not None and len(last) == 10 and 0 <= start - ctx.last_end <= STORY_DAY_REACH
    if near and last is not None and ctx.text.count("\n\n", ctx.last_end, start) <= 1:
        return last
    return relative(ctx, "D", 0)


@rule(
    "noon",
    rf"{L}(?P<w>noon|midnight|midday)(?:\s+(?P<tz>{ZONE_NAMES}(?!\w)|local\s+time(?!\w)))?{_DAY_AFTER}",
    words=("noon", "midnight", "midday"),
    reach=(2, 50),
)
def _noon(m: re.Match[str], ctx: Context) -> Resolution | None:
    word = m["w"].lower()
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if word == "midnight" and re.search(r"\b(?:the|a)\s+$", before) and not m["day"]:
        return None
    day = _day_of(m, ctx)
    clock = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24"}[word]
    return Resolution("TIME", f"{day}{clock}")


_ADJECTIVE_OVERNIGHT = re.compile(r"\s+(?!(?:in|on|at|and|as|when|to|from|after|before|while|the|but)\b)[a-z]")


@rule(
    "part-of-day",
    rf"{L}(?P<pre>early|late|mid-?)?\s*(?:(?P<wrel>last|next|this|coming|past|previous)\s+(?={WEEKDAY}))?"
    rf"(?P<which>this|last|yesterday|tomorrow|{WEEKDAY}|the)\s*(?P<p>{PART_OF_DAY})(?:\s+(?P<day>{WEEKDAY}|yesterday|today))?{R}"
    rf"|{L}(?P<ton>tonight|overnight)(?:\s+(?P<tday>{WEEKDAY}))?{R}|{L}(?P<pre2>early|late|mid-?)?\s*(?P<p2>{PART_OF_DAY})\s+(?P<day2>{WEEKDAY}|yesterday|today|tomorrow){R}"
    rf"|{L}(?:the\s+)?(?P<pre3>early|late|mid-?)\s*(?P<p3>morning|afternoon|evening){R}",
    words=PART_WORDS + ("tonight", "overnight"),
    reach=(30, 30),
)
def _part_of_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    if m["ton"]:
        word = m["ton"].lower()
        if m["tday"]:  # "overnight Tuesday", "tonight Friday": the night of that day
            weekday = WEEKDAYS[m["tday"].lower().rstrip(".")]
            return Resolution("TIME", weekday_value(ctx, weekday, ctx.past_unless_future(m.start(), m.end())) + "TNI")
        if word == "overnight":
            if _ADJECTIVE_OVERNIGHT.match(ctx.text, m.end()):
                return None  # "overnight rates": an adjective
            return Resolution(
                "TIME", relative(ctx, "D", -1 if ctx.past_unless_future(m.start(), m.end()) < 0 else 0) + "TNI"
            )
        return Resolution("TIME", relative(ctx, "D", 0) + "TNI")
    if m["p3"]:  # "in mid afternoon": the day of the story
        mod = {"early": "START", "late": "END", "mid": "MID"}[m["pre3"].lower().rstrip("-")]
        return Resolution("TIME", story_day(ctx, m.start()) + "T" + PARTS_OF_DAY[m["p3"].lower()], mod)
    if m["p"] and m["p"][0].isupper() and m["which"][0].isupper() and _NAME_FOLLOWS.match(ctx.text, m.end()):
        return None  # "Saturday Night Live", "Friday Night Lights": a title
    part = PARTS_OF_DAY[(m["p"] or m["p2"]).lower()]
    pre = (m["pre"] or m["pre2"] or "").lower().rstrip("-")
    mod = {"early": "START", "late": "END", "mid": "MID"}.get(pre, "")
    which = (m["which"] or m["day"] or m["day2"] or "").lower().rstrip(".")
    if which == "the" and not m["day"]:
        if ctx.last and re.match(r"^\d{4}-\d\d-\d\d", ctx.last) and m.start() - ctx.last_end < 200:
            return Resolution("TIME", ctx.last[:10] + "T" + part, mod)
        return None
    if which == "last" and part == "NI":
        day = relative(ctx, "D", -1)
    elif which == "last":
        return None
    elif which in ("this", "the"):
        day = relative(ctx, "D", 0)
    elif which in _DAY_WORDS:
        day = relative(ctx, "D", _DAY_WORDS[which])
    elif which in WEEKDAYS and m["wrel"]:  # "last Thursday night"
        wrel = m["wrel"].lower()
        shift = -1 if wrel in ("last", "past", "previous") else 1 if wrel in ("next", "coming") else 0
        day = weekday_value(ctx, WEEKDAYS[which], 1, shift)
    elif which in WEEKDAYS:
        day = weekday_value(ctx, WEEKDAYS[which], ctx.past_unless_future(m.start(), m.end()))
    else:
        return None
    return Resolution("TIME", f"{day}T{part}", mod)


@rule(
    "weekday",
    rf"{L}(?:(?P<pre>early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|coming|past|previous|following)\s+)?"
    rf"(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday){R}"
    rf"(?:\s+(?:of\s+)?(?P<wk>last|next|this)\s+week(?![\w-]))?",  # "on Thursday last week"
    words=WEEKDAY_WORDS,
    reach=(25, 12),  # with the trigger's length, enough for "Wednesday of last week"
)
def _weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    name = m["d"]
    if not name[0].isupper() and not m["rel"]:
        return None
    if _PAPER_AFTER.match(ctx.text, m.end()) or _PAPER_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "the Sunday Times", "Monday Night Football", "the Mail on Sunday": a title
    if not m["rel"] and not m["pre"] and _DAY_NAME_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "Super Tuesday", "Bloody Sunday": a name (holidays are the holiday rule's)
    rel = (m["rel"] or "").lower()
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["pre"] or "").lower(), "")
    if m["wk"]:
        if rel or ctx.dct is None:
            return None
        weeks = {"last": -1, "this": 0, "next": 1}[m["wk"].lower()]
        offset = 7 * weeks + WEEKDAYS[name.lower()] - ctx.dct.weekday()
        try:
            return Resolution("DATE", V.day_value(ctx.dct + timedelta(days=offset)), mod)
        except OverflowError:
            return None  # a DCT at an end of the calendar
    shared = None if rel or m["pre"] else _SHARED_PART.match(ctx.text, m.end())
    if shared is not None:  # "Monday and Tuesday nights": every Monday night
        return Resolution("SET", f"XXXX-WXX-{WEEKDAYS[name.lower()] + 1}T{PARTS_OF_DAY[shared['p'].lower()]}")
    shift = -1 if rel in ("last", "past", "previous") else (1 if rel in ("next", "coming", "following") else 0)
    weekday = WEEKDAYS[name.lower()]
    if rel in ("previous", "following"):
        anchored = _weekday_from_story_day(ctx, m.start(), weekday, shift)
        if anchored is not None:  # "rose Friday, after falling the previous Friday": a week before that one
            return Resolution("DATE", anchored, anaphoric=True)
    if rel == "this":
        direction = 1
    elif shift or ctx.dct is None or ctx.dct.weekday() == weekday:
        direction = 0  # the value does not depend on tense
    elif _SOON_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()) or (
        _IS_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) and not _POSSESSIVE_AFTER.match(ctx.text, m.end())
    ):
        direction = 1  # "could arrive as early as Tuesday", "the vote is Tuesday": the coming one
    else:
        direction = ctx.past_unless_future(m.start(), m.end())
    value = weekday_value(ctx, weekday, direction, shift)
    paired = None if rel or m["pre"] else _paired_weekday(ctx, m.start(), weekday, value)
    return Resolution("DATE", paired or value, mod)


def _weekday_from_story_day(ctx: Context, start: int, weekday: int, shift: int) -> str | None:
    """ "the previous Friday", "the following Monday": counted from the last day the story named (the
    words are anaphoric: from the DCT a writer says "last Friday"), not from the DCT."""
    last = ctx.last
    if last is None or len(last) != 10 or start < ctx.last_end:
        return None
    try:
        day = date.fromisoformat(last)
    except ValueError:
        return None
    if shift < 0:
        return V.day_value(day - timedelta(days=(day.weekday() - weekday) % 7 or 7))
    return V.day_value(day + timedelta(days=(weekday - day.weekday()) % 7 or 7))


_PAIR_BEFORE = re.compile(rf"{WEEKDAY}\s*(?:(?P<range>to|through|until|till|-|–)|,|and|or)\s*(?:on\s+)?$", IGNORE)


def _paired_weekday(ctx: Context, start: int, weekday: int, value: str) -> str | None:
    """ "Monday through Friday", "meets on Wednesday and Thursday" (ahead): the second day is the first
    of its name after the day just named. Two past days keep their own values ("statements made
    Friday and Thursday")."""
    last = ctx.last
    if ctx.dct is None or last is None or len(last) != 10 or not 0 <= start - ctx.last_end <= 16:
        return None
    pair = _PAIR_BEFORE.search(ctx.text, max(0, start - 24), start)
    if pair is None or not pair["range"] and not (last > V.day_value(ctx.dct) and value < last):
        return None
    try:
        before = date.fromisoformat(last)
    except ValueError:
        return None
    ahead = (weekday - before.weekday()) % 7
    return V.day_value(before + timedelta(days=ahead)) if ahead else None


_PAPER_AFTER = re.compile(
    r"\s+(?-i:Times|Telegraph|Express|Mirror|Herald|Tribune|Observer|Star|Post|Independent|Sport|Night\s+Football|"
    r"Night\s+Live|Bloody)\b"
)
_PAPER_BEFORE = re.compile(r"\b(?:the|The)\s+(?-i:Mail|Independent|Sun)\s+on\s+$")
_IS_BEFORE = re.compile(r"\b(?:is|are)\s+(?:on\s+)?$", IGNORE)
_DAY_NAME_BEFORE = re.compile(r"(?-i:\b(?:Black|Super|Bloody|Cyber|Ash|Palm|Holy|Maundy|Easter|Good))\s+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_SOON_BEFORE = re.compile(
    r"\b(?:as\s+(?:soon|early)\s+as|ahead\s+of|in\s+advance\s+of|(?:run|build)-up\s+to|awaits?|awaiting|"
    r"awaited)\s+(?:on\s+|the\s+)?$",
    IGNORE,
)
_SHARED_PART = re.compile(
    rf"\s+(?:and|or)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?P<p>{PART_OF_DAY})s\b"
)


@rule(
    "earlier-later",
    rf"{L}(?P<w>earlier|later)\s+(?P<x>this|in\s+the|that)\s+(?P<u>week|month|year|day|morning|afternoon|evening|decade)(?!-)",
    words=("earlier", "later"),
    reach=(2, 30),
)
def _earlier_later(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = m["u"].lower()
    mod = "START" if m["w"].lower() == "earlier" else "END"
    if m["x"].lower() == "that":
        return None
    if unit in PARTS_OF_DAY:
        return Resolution("TIME", relative(ctx, "D", 0) + "T" + PARTS_OF_DAY[unit], mod)
    value = relative(ctx, UNITS[unit], 0)
    if unit == "week" and mod == "START":
        return Resolution("DATE", value, mod, span=_earlier_week(ctx, value))
    return Resolution("DATE", value, mod, span=_so_far(ctx, value, mod))


def _earlier_week(ctx: Context, value: str) -> TimeSpan | None:
    """ "earlier this week": the days of the week before the DCT; on a Monday or Tuesday, the past seven days.

    News written at the start of a week means the days just gone ("the trial opened earlier in
    the week" in a Monday paper is last week's), so the span reaches back a full week there.
    """
    bounds = V.value_bounds(value)
    if ctx.dct is None or bounds is None or not bounds[0] <= ctx.dct <= bounds[1]:
        return None
    first = bounds[0] if (ctx.dct - bounds[0]).days >= 2 else V.add(ctx.dct, days=-7)
    last = V.add(ctx.dct, days=-1)
    if first is None or last is None:
        return None
    return TimeSpan.between(first, last, value=value, mod="START")


_HORIZON_DAYS = {"H": 1, "D": 10, "W": 49, "M": 183, "Q": 274, "Y": 1826, "DE": 7305}


def _horizon(ctx: Context, unit: str, sign: int, hint: str) -> TimeSpan | None:
    """ "recent weeks", "the coming weeks": a range from (or up to) the DCT, about as long as the words say."""
    if ctx.dct is None:
        return None
    other = V.add(ctx.dct, days=sign * _HORIZON_DAYS.get(unit, 30))
    if other is None:
        return None
    first, last = (other, ctx.dct) if sign < 0 else (ctx.dct, other)
    span = TimeSpan.between(first, last, hint=hint, value="PAST_REF" if sign < 0 else "FUTURE_REF")
    return TimeSpan(span.earliest, span.latest, span.precision, span.value, "", span.hint, sign > 0)


def _so_far(ctx: Context, value: str, mod: str) -> TimeSpan | None:
    """ "earlier this year": from the start of the year to the DCT; "later this year": from the DCT to its end."""
    bounds = V.value_bounds(value)
    if ctx.dct is None or bounds is None or not bounds[0] <= ctx.dct <= bounds[1]:
        return None
    first, last, _ = bounds
    label = V.time_span(value, "", None)
    name = label.label if label is not None else value
    if mod == "START":
        return TimeSpan.between(first, ctx.dct, hint=f"early {name}", value=value, mod=mod)
    span = TimeSpan.between(ctx.dct, last, hint=f"later {name}", value=value, mod=mod)
    return TimeSpan(span.earliest, span.latest, span.precision, value, mod, span.hint, True)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7}
_DECADE_WORDS.update({"eighties": 8, "nineties": 9})


@rule(
    "decade-word",
    rf"{L}the\s+{PREFIX}(?:(?P<c>nineteen|19)(?:-|\s+))?(?P<d>twenties|thirties|forties|fifties|sixties|seventies|"
    rf"eighties|nineties){R}",
    words=tuple(_DECADE_WORDS),
    reach=(40, 2),
)
def _decade_word(m: re.Match[str], ctx: Context) -> Resolution | None:
    tens = _DECADE_WORDS[m["d"].lower()]
    century = 19 if m["c"] or ctx.dct is None or tens * 10 > ctx.dct.year % 100 else ctx.dct.year // 100
    return Resolution("DATE", f"{century:02d}{tens}", prefix_mod(m))


@rule(
    "end-of-unit",
    rf"{L}(?P<pre>the\s+(?:end|beginning|start|middle|close)\s+of)\s+"
    rf"(?P<rel>the\s+(?:last|next|past|previous|current)|the|this|last|next)\s+(?:{_FISCAL}\s+)?"
    rf"(?P<u>year|month|week|quarter|decade|century){R}",
    words=("year", "month", "week", "quarter", "decade", "century"),
    reach=(40, 12),
    before=rf"\bof\s+(?:the\s+)?(?:the|this|last|next|past|previous|current)\s+(?:{_FISCAL}\s+)?$",
)
def _end_of_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = UNITS[m["u"].lower()]
    rel = _SPACES.sub(" ", m["rel"].lower()).removeprefix("the ")
    step = {"last": -1, "past": -1, "previous": -1, "next": 1}.get(rel, 0)
    return Resolution("DATE", relative(ctx, unit, step), prefix_mod(m))


_NTH_FOLLOWS = re.compile(
    r"\s*(?:[.,;:)!?]|$)|\s+(?:and|or|at|when|after|before|to|in|for|with|but|as|if|because|while|until|from|"
    r"the|a|an|was|is|will|would|could|should|had|has|have|he|she|it|they|we|i|you|there)\b",
    IGNORE,
)


@rule(
    "the-nth",
    r"(?<![\w-])(?:on|by|until|till|from|since|before|after)\s+(?P<the>the\s+)(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])",
    trigger="ordinal",
    reach=(30, 4),
)
def _the_nth(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "on the 21st": a day of the month the story is in (the one last named, or the DCT's), before
    or after the DCT as the tense says; the preposition is a signal, outside the expression."""
    if not _NTH_FOLLOWS.match(ctx.text, m.end()) or ctx.dct is None:
        return None  # "on the 21st floor", "by the 5th century"
    day = int(m["d"])
    last = ctx.last
    if last is not None and last[5:7].isdigit() and m.start() - ctx.last_end <= STORY_DAY_REACH:
        value = V.safe_date(int(last[:4]), int(last[5:7]), day)  # "began on March 3 and ended on the 5th"
        return Resolution("DATE", V.day_value(value), skip=m.start("the") - m.start()) if value else None
    dct = ctx.dct
    months = [(dct.year + (dct.month + k - 1) // 12, (dct.month + k - 1) % 12 + 1) for k in (-1, 0, 1)]
    options = [d for d in (V.safe_date(year, month, day) for year, month in months if 0 < year < 10_000) if d]
    if not options:
        return None
    direction = ctx.direction(m.start(), m.end())
    if direction > 0:
        options = [d for d in options if d >= dct] or options
        best = options[0]
    elif direction < 0:
        options = [d for d in options if d <= dct] or options
        best = options[-1]
    else:
        best = min(options, key=lambda d: abs((d - dct).days))
    return Resolution("DATE", V.day_value(best), skip=m.start("the") - m.start())


@rule(
    "anchored-day",
    rf"{L}(?:(?P<det>the)\s+(?P<rel>next|following|previous|same|preceding)\s+day|"
    rf"the\s+(?P<u>day|week|month|year)\s+(?P<ba>before|after))(?:\s+(?P<dw>yesterday|tomorrow))?{R}(?!\s+(?:of|that|when|in)\b)",
    words=("day", "week before", "week after", "month before", "month after", "year before", "year after"),
    reach=(25, 10),
)
def _anchored_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    step = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(
        (m["rel"] or m["ba"] or "").lower(), 0
    )
    unit = UNITS[(m["u"] or "day").lower()]
    if m["dw"]:
        if unit != "D" or (step > 0) != (m["dw"].lower() == "tomorrow") or m["dw"][0].isupper():
            return None  # only "the day after tomorrow", "the day before yesterday" (not a title) are one day
        return Resolution("DATE", relative(ctx, "D", 2 * step)) if ctx.dct else None
    if m["ba"] and re.match(r"\s+\w", ctx.text[m.end() : m.end() + 12]):
        return None  # "the day before the vote", "the day after airing": a signal and another event, no date
    if unit != "D":
        return _unit_before_or_after(ctx, unit, step)
    anchor = ctx.last if ctx.last and re.match(r"^\d{4}-\d\d-\d\d$", ctx.last) else None
    if anchor is None:
        if step == 0:
            return None
        if ctx.dct is None:
            return Resolution("DATE", "XXXX-XX-XX")
        anchor = V.day_value(ctx.dct)
    shifted = V.shift(anchor, step, "D")
    return Resolution("DATE", shifted, anaphoric=True) if shifted else None


def _unit_before_or_after(ctx: Context, unit: str, step: int) -> Resolution | None:
    """ "the year before", "the month after": next to the date the story named last (or, looking
    back with none named, to the DCT's)."""
    anchor = ctx.last if ctx.last and "X" not in ctx.last else None
    if anchor is None and step < 0 and ctx.dct is not None:
        anchor = V.day_value(ctx.dct)
    if anchor is None:
        return None
    if unit in ("Y", "M"):
        anchor = anchor[: 4 if unit == "Y" else 7]
        if len(anchor) < (4 if unit == "Y" else 7) or V.value_bounds(anchor) is None:
            return None
    elif not re.fullmatch(r"\d{4}-\d\d-\d\d", anchor):
        return None
    shifted = V.shift(anchor, step, unit)
    if shifted and unit == "W":
        shifted = V.week_value(date.fromisoformat(shifted))
    return Resolution("DATE", shifted, anaphoric=True) if shifted else None


@rule(
    "that-day",
    rf"{L}(?:(?P<pre>earlier|later)\s+)?that\s+(?P<u>day|{PART_OF_DAY})(?![\w-])",
    words=("day", "morning", "afternoon", "evening", "night"),
    reach=(20, 10),
    before=r"\bthat\s+$",
)
def _that_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "that day", "later that night": the day of the date before it (story time)."""
    last = ctx.last
    if last is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", last):
        return None
    mod = PREFIX_MODS.get((m["pre"] or "").lower(), "")
    part = m["u"].lower()
    if part == "day":
        return Resolution("DATE", last, mod, anaphoric=True)
    return Resolution("TIME", f"{last}T{PARTS_OF_DAY[part]}", mod, anaphoric=True)


@rule(
    "next-part-of-day",
    rf"{L}the\s+(?P<rel>next|following|previous)\s+(?P<p>{PART_OF_DAY}){R}",
    words=tuple(f"{rel} {part}" for rel in ("next", "following", "previous") for part in PART_WORDS),
    reach=(30, 10),
)
def _next_part_of_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the next morning", "the previous night": a part of the day after (before) the story's day."""
    last = ctx.last
    if last is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", last) or m.start() - ctx.last_end > STORY_DAY_REACH:
        return None
    day = V.shift(last, -1 if m["rel"].lower() == "previous" else 1, "D")
    return Resolution("TIME", f"{day}T{PARTS_OF_DAY[m['p'].lower()]}", anaphoric=True) if day else None


@rule(
    "year-end",
    rf"{L}(?:year-end|year\s+end|year['’]s\s+end){R}",
    words=("year-end", "year end", "year's", "year’s"),
    reach=(2, 10),
)
def _year_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    if _OTHER_YEAR_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None  # "last year-end", "next year's end": not this year's
    return Resolution("DATE", relative(ctx, "Y", 0), "END")


_OTHER_YEAR_BEFORE = re.compile(r"\b(?:last|next|previous|coming|that)\s+$", IGNORE)


_AWARD_BEFORE = re.compile(
    r"(?:\b(?P<w>person|player|manager|coach|footballer|cricketer|athlete|rookie|driver|album|song|book|car|word)"
    r"|(?-i:\b[A-Z]\w*))\s+of\s+$",
    IGNORE,
)
_PERIOD_ENDED = re.compile(r"\s+(?:ended|ending|to(?!\s+(?:come|date)\b)|through)\b", IGNORE)


@rule(
    "the-unit",
    rf"{L}(?:(?P<pre>earlier|later)\s+(?:in\s+(?=the)|(?=that)))?(?P<det>the|that|the\s+full)\s+(?:(?P<fiscal>{_FISCAL})\s+)?(?P<u>year|month|week){R}(?![\w-]|\s+(?:before|after|earlier|ago|two|nineteen|of\s+\d))",
    words=("year", "month", "week"),
    reach=(30, 12),
    before=r"\b(?:the|that|full|the\s+fiscal|the\s+financial)\s+$",
)
def _the_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    unit = UNITS[m["u"].lower()]
    det = _SPACES.sub(" ", m["det"].lower())
    if m["fiscal"] and unit != "Y":
        return None
    mod = PREFIX_MODS.get((m["pre"] or "").lower(), "")
    award = _AWARD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) if unit == "Y" else None
    if award is not None and (award["w"] or m["u"][0].isupper()):
        return None  # "Time's Person of the Year", "player of the year": an award
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if det == "that":
        if not ctx.last or "X" in ctx.last:
            return None
        anchor = {"Y": ctx.last[:4], "M": ctx.last[:7]}.get(unit, ctx.last)
        if unit == "W" and re.fullmatch(r"\d{4}-\d\d-\d\d", anchor):
            anchor = V.week_value(date.fromisoformat(anchor))  # "that week": the week of that day
        if V.value_bounds(anchor) is None or unit == "M" and len(anchor) < 7 or unit == "W" and "W" not in anchor:
            return None
        return Resolution("DATE", anchor, mod, anaphoric=True)
    if not m["pre"] and not re.search(r"\b(?:in|for|during|of|through|throughout|by)\s+$", before):
        return None
    if not m["pre"] and det == "the" and _PERIOD_ENDED.match(ctx.text, m.end()):
        return Resolution("DURATION", f"P1{unit}")  # "for the year ended June 30", "in the week to Saturday"
    if unit != "Y" and not m["pre"]:
        return Resolution(
            "DATE", {"M": "XXXX-XX", "W": "XXXX-WXX"}[unit] if ctx.dct is None else relative(ctx, unit, 0)
        )
    return Resolution("DATE", relative(ctx, unit, 0), mod)


@rule(
    "half-of-month",
    rf"{L}(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR4}))?{R}",
    words=MONTH_WORDS,
    capital=True,
    reach=(30, 12),
    before=r"\bhalf\s+of\s+$",
)
def _half_of_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the second half of March": the month, its start or end (not a half-year)."""
    if not m["m"][0].isupper():
        return None
    month = month_number(m["m"])
    mod = "START" if m["h"].lower() == "first" else "END"
    if m["y"]:
        return Resolution("DATE", f"{m['y']}-{month:02d}", mod, explicit=True)
    return Resolution("DATE", month_year(ctx, month, ctx.direction(m.start(), m.end()), m.start()), mod)


@month_rule(
    "month-rel-year",
    rf"{L}{PREFIX}(?P<m>{MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year{R}",
    (30, 30),
    after=r"[a-z]+\.?\s+(?:of\s+)?(?:this|last|next)\s",
)
def _month_rel_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    if not m["m"][0].isupper():
        return None
    step = {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    year = relative(ctx, "Y", step)
    return Resolution("DATE", f"{year}-{month_number(m['m']):02d}", prefix_mod(m))


@rule(
    "named-word-year",
    rf"{L}(?:(?P<m>{MONTH})\s+(?:of\s+)?|(?:the\s+)?(?P<s>{SEASON})\s+of\s+)(?:the\s+year\s+)?"
    rf"(?P<y>(?:nineteen|twenty)[\s-]+{_WORD_YEAR_TAIL}|two\s+thousand(?:\s+and\s+\w+)?){R}",
    words=("nineteen", "thousand", "twenty"),
    reach=(40, 40),
)
def _named_word_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    year = word_year(m["y"])
    if year is None:
        return None
    if m["m"]:
        if not m["m"][0].isupper():
            return None
        return Resolution("DATE", f"{year:04d}-{month_number(m['m']):02d}", explicit=True)
    return Resolution("DATE", f"{year:04d}-{SEASONS[m['s'].lower()]}", explicit=True)


# -- holidays ----------------------------------------------------------------------------------


def _fixed(month: int, day: int) -> Callable[[int], date | None]:
    return lambda year: V.safe_date(year, month, day)


def _nth_weekday(month: int, weekday: int, nth: int) -> Callable[[int], date | None]:
    """The ``nth`` weekday of a month (``nth`` -1: the last one)."""

    def find(year: int) -> date | None:
        first = V.safe_date(year, month, 1)
        if first is None:
            return None
        if nth > 0:
            offset = (weekday - first.weekday()) % 7 + 7 * (nth - 1)
            return first + timedelta(days=offset)
        last = V.add(first, months=1)
        if last is None:
            return None
        last -= timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    return find


def _easter(shift: int) -> Callable[[int], date | None]:
    def find(year: int) -> date | None:
        if not 1583 <= year <= 4099:
            return None
        return easter(year) + timedelta(days=shift)

    return find


def _election_day(year: int) -> date | None:
    """US Election Day: the Tuesday after the first Monday of November."""
    monday = _nth_weekday(11, 0, 1)(year)
    return monday + timedelta(days=1) if monday else None


HOLIDAYS: dict[str, Callable[[int], date | None]] = {
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "valentine's day": _fixed(2, 14),
    "independence day": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "veterans day": _fixed(11, 11),
    "thanksgiving day": _nth_weekday(11, 3, 4),
    "thanksgiving": _nth_weekday(11, 3, 4),
    "labor day": _nth_weekday(9, 0, 1),
    "memorial day": _nth_weekday(5, 0, -1),
    "mother's day": _nth_weekday(5, 6, 2),
    "father's day": _nth_weekday(6, 6, 3),
    "martin luther king day": _nth_weekday(1, 0, 3),
    "presidents' day": _nth_weekday(2, 0, 3),
    "election day": _election_day,
    "easter sunday": _easter(0),
    "easter": _easter(0),
    "good friday": _easter(-2),
    "palm sunday": _easter(-7),
    "ash wednesday": _easter(-46),
    "black friday": lambda year: _day_after(_nth_weekday(11, 3, 4)(year), 1),
    "cyber monday": lambda year: _day_after(_nth_weekday(11, 3, 4)(year), 4),
    "may day": _fixed(5, 1),
    "easter monday": _easter(1),
    "st. patrick's day": _fixed(3, 17),
    "july fourth": _fixed(7, 4),
    "remembrance day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance sunday": _nth_weekday(11, 6, 2),
    "bonfire night": _fixed(11, 5),
    "bastille day": _fixed(7, 14),
}


def _day_after(day: date | None, days: int) -> date | None:
    return day + timedelta(days=days) if day else None


_HOLIDAY = (
    r"(?:new\s+year['’]s\s+(?:day|eve)|christmas(?:\s+(?:eve|day))?|boxing\s+day|valentine['’]s\s+day|"
    r"independence\s+day|the\s+fourth\s+of\s+july|halloween|veterans['’]?\s+day|thanksgiving(?:\s+day)?|"
    r"labor\s+day|memorial\s+day|mother['’]s\s+day|father['’]s\s+day|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|"
    r"presidents['’]?\s+day|easter(?:\s+(?:sunday|monday))?|good\s+friday|palm\s+sunday|ash\s+wednesday|"
    r"(?:st\.?|saint)\s+patrick['’]s\s+day|july\s+fourth|remembrance\s+(?:day|sunday)|armistice\s+day|"
    r"bonfire\s+night|guy\s+fawkes\s+night|bastille\s+day|"
    r"(?-i:Black\s+Friday|Cyber\s+Monday|May\s+Day|Election\s+Day))"
)


def _every_year(find: Callable[[int], date | None]) -> str:
    """The TIMEX3 value of a holiday every year: its day, its month when the day moves, or a year."""
    days = [day for day in (find(year) for year in (2001, 2002, 2003)) if day is not None]
    if len(days) < 3:
        return "P1Y"
    if len({(day.month, day.day) for day in days}) == 1:
        return f"XXXX-{days[0].month:02d}-{days[0].day:02d}"
    if len({day.month for day in days}) == 1:
        return f"XXXX-{days[0].month:02d}"
    return "P1Y"


_THE_BEFORE = re.compile(r"\bthe\s+$", IGNORE)


@rule(
    "holiday",
    rf"{L}(?:(?P<rel>last|next|this|every|each)\s+)?(?P<h>{_HOLIDAY})(?:,?\s+(?P<y>{YEAR4}))?{R}(?!(?:['’]s)?\s+(?:trees?|cards?|gifts?|carols?|lights|decorations|music|movies?|story|stories|special|spirit|"
    rf"presents?|party|parties|dinner)\b)",
    words=("new year", "christmas", "boxing day", "valentine", "independence day", "fourth of july", "halloween")
    + ("veteran", "thanksgiving", "labor day", "memorial day", "mother", "father", "martin luther", "presidents")
    + ("easter", "good friday", "election day", "palm sunday", "ash wednesday", "black friday", "cyber monday")
    + ("may day", "patrick", "july fourth", "remembrance", "armistice", "bonfire night", "guy fawkes", "bastille"),
    reach=(12, 40),
    after=r"(?!mother|father)|(?:mother|father)['’]s\s+day",  # not every "father" in the text
)
def _holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    name = _SPACES.sub(" ", m["h"].lower()).replace("’", "'")
    name = re.sub(r"veterans'? day", "veterans day", name)
    name = re.sub(r"presidents'? day", "presidents' day", name)
    name = re.sub(r"martin luther king(?: jr\.?)? day", "martin luther king day", name)
    name = re.sub(r"^(?:st\.?|saint) ", "st. ", name).replace("guy fawkes night", "bonfire night")
    if not m["h"][0].isupper() and not name.startswith("the "):
        return None
    if (
        not m["rel"]
        and _NAME_FOLLOWS.match(ctx.text, m.end())
        and _THE_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start())
    ):
        return None  # "the Good Friday Agreement", "the Christmas Truce": a name
    find = HOLIDAYS.get(name)
    if find is None:
        return None
    if (m["rel"] or "").lower() in ("every", "each"):
        return None if m["y"] else Resolution("SET", _every_year(find))  # "every Christmas"
    if m["y"]:
        day = find(int(m["y"]))
        return Resolution("DATE", V.day_value(day), explicit=True) if day else None
    if ctx.dct is None:
        return Resolution("DATE", "XXXX-XX-XX")
    rel = (m["rel"] or "").lower()
    options = [d for d in (find(ctx.dct.year + k) for k in (-1, 0, 1)) if d is not None]
    if not options:
        return None
    direction = {"last": -1, "next": 1, "this": 0}.get(rel, ctx.direction(m.start(), m.end()))
    if direction < 0:
        behind = [d for d in options if d <= ctx.dct and (rel != "last" or d < ctx.dct)]
        chosen = behind[-1] if behind else options[0]
    elif direction > 0:
        ahead = [d for d in options if d >= ctx.dct and (rel != "next" or d > ctx.dct)]
        chosen = ahead[0] if ahead else options[-1]
    else:
        chosen = min(options, key=lambda d: abs((d - ctx.dct).days))  # type: ignore[operator]
    return Resolution("DATE", V.day_value(chosen))


# -- triggers (after every rule is registered) ------------------------------------------------


TRIGGER_WORDS = sorted({word for item in RULES for word in item.words})
# A non-letter, then a trigger word: search " " + lower-cased text, so a match's start is the
# word's offset in the text. (Starting with a character class lets ``re`` skip ahead fast.)
WORD_TRIGGER = re.compile(r"[^a-z]" + trie_pattern(TRIGGER_WORDS))
# A trigger match is the longest word; it also counts for the shorter words it starts with.
_TRIGGER_SET = frozenset(TRIGGER_WORDS)
TRIGGER_PREFIXES = {
    word: [word[:n] for n in range(1, len(word) + 1) if word[:n] in _TRIGGER_SET] for word in TRIGGER_WORDS
}
# The rules each trigger word (and each kind of digit trigger) starts, in rule order.
WORD_RULES: dict[str, list[tuple[int, Rule]]] = {
    word: [(index, item) for index, item in enumerate(RULES) if word in item.words] for word in TRIGGER_WORDS
}
DIGIT_RULES: dict[str, list[int]] = {
    kind: [index for index, item in enumerate(RULES) if kind in item.digits] for kind in DIGIT_TRIGGER.groupindex
}
