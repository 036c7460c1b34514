"""The Wikinews reader (token offsets in running text) and the Wikinews tagger evaluation."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.eval_tagger_wikinews import GOLD, AnnotationError, read_annotations, score
from benchmarks.eval_tagger_wikinews import main as eval_main
from benchmarks.wikinews import join_tokens, read_document
from tests.conftest import REPO, SHARED

TRIAL = SHARED / "data" / "semeval2015-timeline-trial" / "Corpus-trial-data_task4_TimeML"

ARTICLE = """<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>77</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2011-06-07">2011-06-07</TIMEX3></DCT>
<TEXT><s id="1">June 7 , 2011</s>
<s id="2">The firm <EVENT eid="e1">said</EVENT> on Monday it wo n't pay $ 5 ( about £ 3 ) .</s>
<s id="3">Sales rose 4 % last year , the firm 's chief said .</s></TEXT></TimeML>
"""


def test_join_tokens_glues_punctuation_clitics_and_brackets() -> None:
    tokens = ["It", "'s", "(", "about", ")", "$", "5", ",", "it", "wo", "n't", "rise", "?"]
    text, spans = join_tokens(tokens)
    assert text == "It's (about) $5, it won't rise?"
    assert [text[a:b] for a, b in spans] == tokens


def _article(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "77_firm.tml").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_read_document_keeps_each_tokens_span(tmp_path: Path) -> None:
    doc = read_document(_article(tmp_path) / "77_firm.tml")
    assert doc.docid == "77" and str(doc.dct) == "2011-06-07"
    assert doc.text.splitlines()[0] == "June 7, 2011"
    start, end = doc.sentences[2]
    assert doc.text[start:end] == "The firm said on Monday it won't pay $5 (about £3)."
    monday = doc.tokens[2][4]
    assert doc.text[monday[0] : monday[1]] == "Monday"
    assert doc.text[doc.sentences[3][0] :] == "Sales rose 4% last year, the firm's chief said."


@pytest.mark.skipif(not TRIAL.is_dir(), reason="SemEval trial data not found")
def test_every_trial_token_is_found_at_its_span() -> None:
    for path in sorted(TRIAL.glob("*.tml")):
        doc = read_document(path)
        raw = path.read_text(encoding="utf-8")
        for match in re.finditer(r'<s id="(\d+)">(.*?)</s>', raw, re.S):
            tokens = html.unescape(re.sub(r"<[^>]+>", "", match.group(2))).split()
            spans = doc.tokens[int(match.group(1))]
            assert [doc.text[a:b] for a, b in spans] == tokens


def _write(path: Path, items: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


def test_annotations_map_token_ranges_to_text_and_score_against_themselves(tmp_path: Path) -> None:
    folder = _article(tmp_path)
    doc = read_document(folder / "77_firm.tml")
    items: list[dict[str, object]] = [
        {"doc": "77", "s": 1, "t0": 0, "t1": 4, "type": "DATE", "value": "2011-06-07"},
        {"doc": "77", "s": 2, "t0": 4, "t1": 5, "text": "Monday", "type": "DATE", "value": "2011-06-06"},
        {"doc": "77", "s": 3, "t0": 4, "t1": 6, "text": "last year", "type": "DATE", "value": "2010"},
    ]
    gold = read_annotations(_write(tmp_path / "gold.jsonl", items), {"77": doc})
    assert [t.text for t in gold["77"]] == ["June 7, 2011", "Monday", "last year"]
    texts = {"77": (doc.text, doc.dct)}
    perfect = score(texts, gold, gold).scores()
    assert (perfect["strict_f1"], perfect["value_f1"]) == (100.0, 100.0)
    tagger = score(texts, gold, None).scores()
    assert tagger["gold"] == 3 and tagger["relaxed_f1"] > 0


def test_an_annotation_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    doc = read_document(_article(tmp_path) / "77_firm.tml")
    outside = _write(tmp_path / "a.jsonl", [{"doc": "77", "s": 3, "t0": 9, "t1": 30, "type": "DATE", "value": "X"}])
    with pytest.raises(AnnotationError, match="no tokens 9:30 in sentence 3"):
        read_annotations(outside, {"77": doc})
    wrong = _write(tmp_path / "b.jsonl", [{"doc": "77", "s": 2, "t0": 4, "t1": 5, "text": "Tuesday", "type": "DATE"}])
    with pytest.raises(AnnotationError, match="'Tuesday' is not the tokens' text 'Monday'"):
        read_annotations(wrong, {"77": doc})


def test_script_reports_both_halves_with_their_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _article(tmp_path)
    gold = _write(
        tmp_path / "g.jsonl", [{"doc": "77", "s": 2, "t0": 4, "t1": 5, "type": "DATE", "value": "2011-06-06"}]
    )
    assert eval_main(["--articles", str(folder), "--gold", str(gold), "--against", str(gold)]) == 0
    rows = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert rows["wn-dev"] == {
        "files": 1,
        "gold": 1,
        "strict_f1": 100.0,
        "relaxed_f1": 100.0,
        "value_f1": 100.0,
        "type_f1": 100.0,
    }
    assert rows["wn-held"]["files"] == 0


@pytest.mark.skipif(not TRIAL.is_dir() or not GOLD.exists(), reason="SemEval trial data or our gold not found")
def test_our_gold_fits_the_trial_articles() -> None:
    done = subprocess.run(
        [sys.executable, "benchmarks/eval_tagger_wikinews.py", "--against", str(GOLD)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = json.loads(done.stdout.splitlines()[-1])
    assert rows["wn-dev"]["files"] == 15 and rows["wn-held"]["files"] == 15
    assert rows["wn-dev"]["value_f1"] == 100.0 and rows["wn-held"]["gold"] > 100


@pytest.mark.skipif(not TRIAL.is_dir() or not GOLD.exists(), reason="SemEval trial data or our gold not found")
def test_tagger_on_the_wikinews_development_half_meets_the_bar(capsys: pytest.CaptureFixture[str]) -> None:
    assert eval_main(["--sets", "wn-dev"]) == 0
    rows = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert rows["wn-dev"]["relaxed_f1"] > 92 and rows["wn-dev"]["value_f1"] > 88
