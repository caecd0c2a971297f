"""The learned precision filter (sanderling.learned.event_filter). Invented sentences only."""
import importlib.util
import json
from pathlib import Path

import pytest

from sanderling.evaluation.split import part_of
from sanderling.learned import event_filter as ef
from sanderling.learned.model import TypeModel, fit

ROOT = Path(__file__).resolve().parent.parent
RAID = "Armed men from Tolvania raided a police post in Morvenia on Tuesday, killing two officers."


def test_sample_weight_changes_what_is_learned():
    feats = [{"a"}, {"a"}, {"a"}, {"b"}]
    labels = [{"KEEP"}, set(), set(), {"KEEP"}]
    plain = fit(feats, labels, labels=("KEEP",), min_count=1, steps=200, l2=1e-5, lr=0.1)
    light = fit(feats, labels, labels=("KEEP",), min_count=1, steps=200, l2=1e-5, lr=0.1,
                sample_weight=[1.0, 0.1, 0.1, 1.0])
    assert plain.proba({"a"})["KEEP"] < 0.5 < light.proba({"a"})["KEEP"]


def test_prob_bins_cover_zero_to_one():
    assert [ef.prob_bin(p) for p in (0.0, 0.1, 0.2, 0.5, 0.99, 1.0)] == ["0", "1", "2", "3", "4", "4"]


def test_shipped_weights_small_with_threshold():
    model = TypeModel.load(ef.package_path())
    assert model.labels == (ef.LABEL,)
    assert 0.0 < model.meta["threshold"] < 0.5
    assert sum(p.stat().st_size for p in ef.package_path().iterdir()) < 2_000_000


def test_switch_reads_the_environment(monkeypatch):
    monkeypatch.setenv(ef.ENV_SWITCH, "0")
    assert ef.is_enabled(True) is False
    monkeypatch.setenv(ef.ENV_SWITCH, "1")
    assert ef.is_enabled(False) is True
    monkeypatch.delenv(ef.ENV_SWITCH)
    assert ef.is_enabled(True) is True


@pytest.mark.slow
def test_features_read_type_rule_trigger_and_clause(nlp):
    from sanderling.annotators.base import layer
    doc = nlp(RAID)
    events = layer(doc, "events")
    assert events
    feats = ef.candidate_features(doc, events, None)[0]
    t = events[0].event
    assert "t:" + t in feats and any(f.startswith("r:") for f in feats)
    assert any(f.startswith("l:") and f.endswith("|" + t) for f in feats)
    assert "cf:realis|" + t in feats and "n:" + str(sum(e.evidence.start == events[0].evidence.start
                                                         for e in events)) in feats


@pytest.mark.slow
def test_filter_only_removes_and_threshold_decides(nlp, monkeypatch):
    from sanderling.annotators.base import layer
    monkeypatch.delenv(ef.ENV_SWITCH, raising=False)
    doc = nlp(RAID)
    monkeypatch.setenv(ef.ENV_SWITCH, "0")
    before = [(e.event, e.why) for e in layer(nlp(RAID), "events")]
    monkeypatch.delenv(ef.ENV_SWITCH)
    after = [(e.event, e.why) for e in layer(doc, "events")]
    assert set(after) <= set(before) and ("ASSAULT" in {t for t, _ in after})
    keep_all = ef.EventFilter(enabled=True, threshold=0.0)
    monkeypatch.setenv(ef.ENV_SWITCH, "0")
    doc2 = nlp(RAID)
    monkeypatch.delenv(ef.ENV_SWITCH)
    keep_all(doc2)
    assert [(e.event, e.why) for e in layer(doc2, "events")] == before
    scores = keep_all.scores(doc2)
    assert len(scores) == len(before) and all(0.0 < p < 1.0 for p in scores)
    ef.EventFilter(enabled=True, threshold=1.01)(doc2)
    assert layer(doc2, "events") == []


def _invented_articles(n: int) -> list[dict]:
    """Tiny invented article gold, all of the tuning part: one true raid, one false alarm shape."""
    out, k = [], 0
    while len(out) < n:
        rid = f"invented-art-{k}"
        k += 1
        if part_of(rid) != "tuning":
            continue
        text = (f"Gunmen from Tolvania attacked a checkpoint in Morvenia{k} on Monday. "
                f"Refugees from Morvenia arrived in Tolvania by bus.")
        out.append({"id": rid, "date": "2019-03-04", "text": text,
                    "events": [{"event": "ASSAULT", "actor": [{"code": "TLV"}], "recipient": [],
                                "evidence_start": 0, "evidence_end": text.index(".") + 1,
                                "event_text": "attacked"}]})
    return out


@pytest.mark.slow
def test_training_script_runs_on_a_tiny_invented_set(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    with (data / "news36_events.jsonl").open("w", encoding="utf-8") as f:
        for r in _invented_articles(10):
            f.write(json.dumps(r) + "\n")
    spec = importlib.util.spec_from_file_location("train_event_filter", ROOT / "scripts" / "train_event_filter.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "model"
    assert mod.main(["--shared", str(tmp_path), "--out", str(out), "--folds", "2", "--steps", "30",
                     "--min-count", "1", "--extra"]) == 0
    printed = capsys.readouterr().out
    assert "10 articles" in printed and "chosen threshold" in printed and "wrote" in printed
    model = TypeModel.load(out)
    assert model.labels == (ef.LABEL,) and model.meta["candidates"] > 0
