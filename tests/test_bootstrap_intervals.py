"""Bootstrap intervals of the tuning/check table (sanderling.evaluation.bootstrap)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanderling.evaluation import bootstrap

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _counts(hits: int, misses: int, false_alarms: int) -> list:
    """One record per event: a hit (1 gold, 1 system, matched), a miss, a false alarm."""
    return [(1, 1, 1, 1)] * hits + [(0, 1, 0, 0)] * misses + [(0, 0, 0, 1)] * false_alarms


def test_f1_from_summed_counts():
    assert bootstrap.f1(_counts(6, 2, 2)) == pytest.approx(0.75)
    assert bootstrap.f1([]) == 0.0
    # recall and precision may count different true positives (article scorer)
    assert bootstrap.f1([(1, 4, 3, 4)]) == pytest.approx(2 * 0.75 * 0.25 / 1.0)


def test_interval_holds_the_figure_and_repeats():
    counts = _counts(30, 10, 10)
    lo, hi = bootstrap.interval(counts)
    assert lo < bootstrap.f1(counts) < hi
    assert bootstrap.interval(counts) == (lo, hi)  # fixed seed: the same run, the same interval


def test_fewer_records_give_a_wider_interval():
    small, large = _counts(12, 4, 4), _counts(120, 40, 40)
    lo_s, hi_s = bootstrap.interval(small)
    lo_l, hi_l = bootstrap.interval(large)
    assert hi_s - lo_s > hi_l - lo_l


def test_too_few_records_give_no_interval():
    assert bootstrap.interval(_counts(3, 1, 1)) is None
    assert bootstrap.gap_interval(_counts(30, 10, 10), _counts(3, 1, 1)) is None


def test_gap_interval_of_like_parts_holds_zero_and_of_unlike_parts_does_not():
    lo, hi = bootstrap.gap_interval(_counts(40, 10, 10), _counts(20, 5, 5))
    assert lo < 0 < hi
    lo, hi = bootstrap.gap_interval(_counts(90, 10, 10), _counts(20, 30, 30))
    assert hi < 0


def _write(path: Path, records: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.skipif(not (SHARED_EVAL / "score_articles.py").exists(), reason="needs ../shared/eval")
def test_article_counts_sum_to_the_reference_scorer(tmp_path):
    ev = lambda t, a, r, s: {"event": t, "actor": [{"code": a}], "recipient": [{"code": r}] if r else [],
                             "evidence": {"start": s, "end": s + 10}}
    gold = _write(tmp_path / "g.jsonl", [
        {"id": "a1", "events": [ev("ASSAULT", "KEN", "SOM", 0), ev("CONSULT", "FRA", "DEU", 20)]},
        {"id": "a2", "events": [ev("PROTEST", "CHL", None, 0)]}])
    system = _write(tmp_path / "s.jsonl", [
        {"id": "a1", "events": [ev("ASSAULT", "KEN", "SOM", 30), ev("ACCUSE", "FRA", "DEU", 20)]},
        {"id": "a2", "events": [ev("PROTEST", "CHL", None, 0)]}])
    scorer = bootstrap.load_scorer(SHARED_EVAL / "score_articles.py")
    for located in (False, True):
        cmd = [sys.executable, str(SHARED_EVAL / "score_articles.py"), str(gold), str(gold), str(system), "--json"]
        ref = json.loads(subprocess.run(cmd + (["--located"] if located else []), capture_output=True,
                                        text=True, check=True).stdout)
        counts = bootstrap.article_counts(scorer, gold, gold, system, located=located)
        assert bootstrap.f1(counts) == pytest.approx(ref["f1"], abs=1e-4)
    assert scorer.LOCATED is False  # the scorer's switch is put back


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="needs ../shared/eval")
def test_sentence_counts_sum_to_the_reference_scorer(tmp_path):
    gold = _write(tmp_path / "g.jsonl", [
        {"id": "s1", "events": [{"plover": "COERCE", "source": [{"code": "PER"}], "target": [{"code": "BOL"}]}]},
        {"id": "s2", "events": [{"plover": "AID", "source": [{"code": "JPN"}], "target": [{"code": "NPL"}]}]},
        {"id": "s3", "events": []}])
    system = _write(tmp_path / "s.jsonl", [
        {"id": "s1", "events": [{"event": "COERCE", "actor": [{"code": "PER"}], "recipient": [{"code": "ECU"}]}]},
        {"id": "s2", "events": [{"event": "AID", "actor": [{"code": "JPN"}], "recipient": [{"code": "NPL"}]}]},
        {"id": "s3", "events": [{"event": "THREATEN", "actor": [{"code": "IND"}], "recipient": []}]}])
    scorer = bootstrap.load_scorer(SHARED_EVAL / "score.py")
    cmd = [sys.executable, str(SHARED_EVAL / "score.py"), str(gold), str(system), "--json"]
    ref = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    for measure in ("type", "dyad"):
        counts = bootstrap.sentence_counts(scorer, gold, system, measure)
        assert bootstrap.f1(counts) == pytest.approx(ref[measure]["f1"], abs=1e-4)
