"""TempEval-3 style scoring of a temporal tagger on TimeML (.tml) files.

Strict span match: same start and end. Relaxed: the spans overlap. Matching is one to one
(each gold expression pairs with at most one system expression). Attribute F1 (value, type)
is relaxed F1 times the attribute accuracy over the relaxed matches, as in TempEval-3.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class GoldTimex:
    """A TIMEX3 of a TimeML document: offsets into its plain ``<TEXT>``."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str = ""


@dataclass
class TimeMLDocument:
    """The plain text inside ``<TEXT>``, its creation date and gold expressions."""

    name: str
    text: str
    dct: date | None
    timexes: list[GoldTimex]


class TimeMLError(ValueError):
    """A file that is not readable TimeML."""


def read_timeml(path: Path) -> TimeMLDocument:
    """Parse one ``.tml`` file; raise ``TimeMLError`` with ``path: what is wrong``."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        raise TimeMLError(f"{path}: not readable TimeML ({error})") from None
    return parse_timeml_root(root, path.name, str(path))


def parse_timeml_text(xml_text: str, name: str = "document") -> TimeMLDocument:
    """Parse TimeML given as a string."""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError as error:
        raise TimeMLError(f"{name}: not readable TimeML ({error})") from None
    return parse_timeml_root(root, name, name)


def parse_timeml_root(root: ET.Element, name: str, where: str) -> TimeMLDocument:
    dct: date | None = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            value = timex.get("value", "")
            try:
                dct = date.fromisoformat(value[:10])
            except ValueError:
                dct = None
            break
    body = root.find("TEXT")
    if body is None:
        raise TimeMLError(f"{where}: no <TEXT> element")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    _walk(body, pieces, timexes, [0])
    text = "".join(pieces)
    timexes = [GoldTimex(t.start, t.end, text[t.start : t.end], t.type, t.value, t.mod) for t in timexes]
    return TimeMLDocument(name, text, dct, timexes)


def _walk(node: ET.Element, pieces: list[str], timexes: list[GoldTimex], pos: list[int]) -> None:
    def add(text: str | None) -> None:
        if text:
            pieces.append(text)
            pos[0] += len(text)

    add(node.text)
    for child in node:
        start = pos[0]
        _walk(child, pieces, timexes, pos)
        if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
            timexes.append(
                GoldTimex(start, pos[0], "", child.get("type", ""), child.get("value", ""), child.get("mod", ""))
            )
        add(child.tail)


@dataclass(frozen=True)
class Tagged:
    """A system expression to score (the subset of ``Timex`` the scorer needs)."""

    start: int
    end: int
    type: str
    value: str


@dataclass
class Counts:
    """Tallies from which every score is computed."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.value_ok += other.value_ok
        self.type_ok += other.type_ok


@dataclass
class Mismatch:
    """One error, for error listings: missed, spurious, span or attribute differences."""

    document: str
    kind: str  # missed, spurious, span, value, type
    gold: GoldTimex | None
    system: Tagged | None
    system_text: str = ""


@dataclass
class Report:
    counts: Counts = field(default_factory=Counts)
    mismatches: list[Mismatch] = field(default_factory=list)
    documents: int = 0

    def scores(self) -> dict[str, float]:
        return scores(self.counts)


def _prf(matched_system: int, matched_gold: int, system: int, gold: int) -> tuple[float, float, float]:
    precision = matched_system / system if system else 0.0
    recall = matched_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def scores(counts: Counts) -> dict[str, float]:
    """Percentages: strict/relaxed P, R, F1; value and type F1 and accuracy."""
    sp, sr, sf = _prf(counts.strict, counts.strict, counts.system, counts.gold)
    rp, rr, rf = _prf(counts.relaxed, counts.relaxed, counts.system, counts.gold)
    value_acc = counts.value_ok / counts.relaxed if counts.relaxed else 0.0
    type_acc = counts.type_ok / counts.relaxed if counts.relaxed else 0.0
    return {
        "gold": counts.gold,
        "system": counts.system,
        "strict_precision": 100 * sp,
        "strict_recall": 100 * sr,
        "strict_f1": 100 * sf,
        "relaxed_precision": 100 * rp,
        "relaxed_recall": 100 * rr,
        "relaxed_f1": 100 * rf,
        "value_accuracy": 100 * value_acc,
        "value_f1": 100 * rf * value_acc,
        "type_accuracy": 100 * type_acc,
        "type_f1": 100 * rf * type_acc,
    }


def score_document(name: str, gold: Sequence[GoldTimex], system: Sequence[Tagged], text: str = "") -> Report:
    """Match system to gold one to one: exact spans first, then the best remaining overlaps."""
    report = Report(documents=1)
    counts = report.counts
    counts.gold = len(gold)
    counts.system = len(system)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    exact = {(g.start, g.end): i for i, g in enumerate(gold)}
    for j, s in enumerate(system):
        i = exact.get((s.start, s.end))
        if i is not None and i not in pairs:
            pairs[i] = j
            used.add(j)
    candidates: list[tuple[int, int, int]] = []
    for i, g in enumerate(gold):
        if i in pairs:
            continue
        for j, s in enumerate(system):
            if j in used:
                continue
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((-overlap, i, j))
    for _, i, j in sorted(candidates):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    for i, j in pairs.items():
        g, s = gold[i], system[j]
        counts.relaxed += 1
        strict = (g.start, g.end) == (s.start, s.end)
        counts.strict += strict
        counts.value_ok += g.value == s.value
        counts.type_ok += g.type == s.type
        stext = text[s.start : s.end]
        if not strict:
            report.mismatches.append(Mismatch(name, "span", g, s, stext))
        if g.value != s.value:
            report.mismatches.append(Mismatch(name, "value", g, s, stext))
        if g.type != s.type:
            report.mismatches.append(Mismatch(name, "type", g, s, stext))
    for i, g in enumerate(gold):
        if i not in pairs:
            report.mismatches.append(Mismatch(name, "missed", g, None))
    for j, s in enumerate(system):
        if j not in used:
            report.mismatches.append(Mismatch(name, "spurious", None, s, text[s.start : s.end]))
    return report


class TaggedLike(Protocol):
    """Anything with a span, a type and a value (``Tagged``, ``Timex``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def type(self) -> str: ...
    @property
    def value(self) -> str: ...


Tagger = Callable[[str, "date | None"], Iterable[TaggedLike]]


def evaluate(documents: Iterable[TimeMLDocument], tagger: Tagger) -> Report:
    """Tag each document's text with its DCT and add up the scores."""
    total = Report()
    for doc in documents:
        system = [Tagged(t.start, t.end, t.type, t.value) for t in tagger(doc.text, doc.dct)]
        report = score_document(doc.name, doc.timexes, system, doc.text)
        total.counts.add(report.counts)
        total.mismatches.extend(report.mismatches)
        total.documents += 1
    return total


def evaluate_files(paths: Iterable[Path], tagger: Tagger) -> Report:
    """Read each ``.tml`` file (raising ``TimeMLError`` on a bad one) and score ``tagger`` on them all."""
    return evaluate((read_timeml(path) for path in paths), tagger)


def timeml_files(directory: Path) -> list[Path]:
    """All ``.tml`` files under ``directory``, sorted."""
    return sorted(p for p in directory.rglob("*.tml") if p.is_file())


def format_table(result: dict[str, float], title: str = "") -> str:
    """A readable table of the scores."""
    lines = []
    if title:
        lines.append(title)
    lines.append(f"gold {int(result['gold'])}  system {int(result['system'])}")
    lines.append(f"{'':10}{'P':>8}{'R':>8}{'F1':>8}")
    for kind in ("strict", "relaxed"):
        p, r, f = (result[f"{kind}_{m}"] for m in ("precision", "recall", "f1"))
        lines.append(f"{kind:10}{p:8.2f}{r:8.2f}{f:8.2f}")
    lines.append(f"{'value':10}{'':8}{'acc':>8}{'F1':>8}")
    lines.append(f"{'':10}{'':8}{result['value_accuracy']:8.2f}{result['value_f1']:8.2f}")
    lines.append(f"{'type':10}{'':8}{result['type_accuracy']:8.2f}{result['type_f1']:8.2f}")
    return "\n".join(lines)


def format_errors(mismatches: Iterable[Mismatch]) -> str:
    """One line per error: kind, document, gold (text type value mod) and system (text type value)."""
    lines = []
    for item in mismatches:
        gold = item.gold
        system = item.system
        left = f"{gold.text!r} {gold.type} {gold.value} {gold.mod}".rstrip() if gold else "-"
        right = f"{item.system_text!r} {system.type} {system.value}" if system else "-"
        lines.append(f"{item.kind:8} {item.document}: gold {left} | ours {right}")
    return "\n".join(lines)


# Classes of expression for error tables, tried in order on the gold text (or ours when there is no
# gold): a rough grouping by the word that carries the time, to see which kinds of error dominate.
ERROR_CLASSES: tuple[tuple[str, str], ...] = (
    ("weekday", r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"),
    ("clock, part of day", r"\d\s*[ap]\.?m\b|o'clock|\bnoon\b|midnight|night|morning|evening|afternoon|\d:\d\d"),
    ("month and day", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"),
    ("month", r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"),
    ("a year ago/earlier", r"year[- ](?:ago|earlier)\b|\bago\b"),
    ("quarter, half, period", r"quarter|\bhalf\b|period"),
    ("week", r"\bweek"),
    (
        "present/past/future words",
        r"^(?:now|right now|current|currently|recent|recently|more recently|soon|as soon as possible|future|"
        r"the future|the past|today|once|previously|already|then|earlier|the time|yet|lately|nowadays)$",
    ),
    ("set", r"\b(?:annually|daily|weekly|monthly|hourly|yearly|every|each|per)\b|times?\s+a\b"),
    ("year", r"\b(?:1[5-9]|20)\d\d\b|\bfiscal\b|year"),
    ("duration", r"\b(?:second|minute|hour|day|month|decade|centur)"),
)
_ERROR_CLASS_PATTERNS = tuple((name, re.compile(pattern, re.IGNORECASE)) for name, pattern in ERROR_CLASSES)
ERROR_KINDS = ("missed", "spurious", "span", "type", "value")


def error_class(text: str) -> str:
    """The class of an expression's text (``other`` when none fits)."""
    for name, pattern in _ERROR_CLASS_PATTERNS:
        if pattern.search(text):
            return name
    return "other"


def error_table(mismatches: Iterable[Mismatch]) -> str:
    """Errors counted by class of expression and kind, biggest class first."""
    counts: dict[tuple[str, str], int] = {}
    for item in mismatches:
        text = item.gold.text if item.gold else item.system_text
        key = (error_class(text.strip()), item.kind)
        counts[key] = counts.get(key, 0) + 1
    names = sorted({name for name, _ in counts}, key=lambda n: (-sum(counts.get((n, k), 0) for k in ERROR_KINDS), n))
    lines = [f"{'class':28}" + "".join(f"{kind:>9}" for kind in ERROR_KINDS) + f"{'total':>8}"]
    for name in names:
        row = [counts.get((name, kind), 0) for kind in ERROR_KINDS]
        lines.append(f"{name:28}" + "".join(f"{n:9}" for n in row) + f"{sum(row):8}")
    totals = [sum(counts.get((name, kind), 0) for name in names) for kind in ERROR_KINDS]
    lines.append(f"{'total':28}" + "".join(f"{n:9}" for n in totals) + f"{sum(totals):8}")
    return "\n".join(lines)
