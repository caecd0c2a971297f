"""The learned event-type classifier and its post-step (sanderling.learned). Invented sentences only."""
import importlib.util
import json
from pathlib import Path

import pytest

from sanderling.evaluation.split import part_of
from sanderling.learned import policy
from sanderling.learned.model import LABELS, TypeModel, fit

ROOT = Path(__file__).resolve().parent.parent
SHELLING = "Rebel gunmen shelled the hill town of Varnok overnight, killing four farmers and wounding a priest."
TRUCE = "The two rival clans signed a truce in Orlenburg on Sunday after weeks of mediation by church leaders."


def test_policy_filters_corrects_and_adds():
    probs = {t: 0.0 for t in LABELS} | {"ASSAULT": 0.9, "CONSULT": 0.01, "AGREE": 0.3}
    th = policy.Thresholds(filter_below=0.05, add_above=0.8, correct_above=1.01)
    assert policy.apply_types({"CONSULT"}, probs, th) == {"ASSAULT"}            # dropped, then added
    assert policy.apply_types({"AGREE"}, probs, th) == {"AGREE", "ASSAULT"}
    only_empty = policy.Thresholds(filter_below=0.0, add_above=0.8, add_only_empty=True)
    assert policy.apply_types({"AGREE"}, probs, only_empty) == {"AGREE"}
    assert policy.apply_types(set(), probs, only_empty) == {"ASSAULT"}
    per_type = policy.Thresholds(add_above=0.8, add_by_type={"ASSAULT": 1.01})
    assert policy.apply_types(set(), probs, per_type) == set()
    correct = policy.Thresholds(filter_below=0.05, add_above=1.01, correct_above=0.8)
    assert policy.apply_types({"CONSULT"}, probs, correct) == {"ASSAULT"}


def test_fit_is_deterministic_and_learns_a_cue():
    feats = [{"w:shell", "w:town"}, {"w:shell", "w:village"}, {"w:sign", "w:truce"}, {"w:sign", "w:pact"},
             {"w:weather", "w:rain"}, {"w:rain", "w:town"}]
    labels = [{"ASSAULT"}, {"ASSAULT"}, {"AGREE"}, {"AGREE"}, set(), set()]
    a = fit(feats, labels, min_count=1, steps=100, l2=1e-5, lr=0.1)
    b = fit(feats, labels, min_count=1, steps=100, l2=1e-5, lr=0.1)
    assert (a.weights == b.weights).all() and (a.bias == b.bias).all()
    p = a.proba({"w:shell", "w:city"})
    assert p["ASSAULT"] > 0.5 > p["AGREE"]


def test_shipped_model_loads_small_and_complete():
    model = TypeModel.load()
    assert model.labels == LABELS
    assert set(model.meta["thresholds"]) >= {"filter_below", "add_above", "correct_above"}
    folder = ROOT / "src" / "sanderling" / "models" / "event_classifier"
    assert sum(p.stat().st_size for p in folder.iterdir()) < 5_000_000


@pytest.mark.slow
def test_shipped_model_reads_an_invented_attack(nlp):
    from sanderling.learned.features import sentence_features
    model = TypeModel.load()
    p1 = model.proba(sentence_features(next(nlp(SHELLING).sents)))
    p2 = model.proba(sentence_features(next(nlp(SHELLING).sents)))
    assert p1 == p2
    assert p1["ASSAULT"] > 0.5 and p1["ASSAULT"] == max(p1.values())


@pytest.mark.slow
def test_component_is_off_by_default_and_switchable(nlp, monkeypatch):
    from sanderling.learned.component import EventClassifier
    from sanderling.annotators.base import layer
    assert "sanderling_event_classifier" in nlp.pipe_names
    monkeypatch.delenv("SANDERLING_EVENT_CLASSIFIER", raising=False)
    doc = nlp(TRUCE + " " + SHELLING)
    rule_events = list(layer(doc, "events"))
    before = [(e.event, e.why) for e in rule_events]
    assert not any(w.startswith("model:") for _, w in before)
    add_all = {"filter_below": 0.0, "add_above": 0.0, "correct_above": 1.01}
    EventClassifier(enabled=False, thresholds=add_all)(doc)
    assert [(e.event, e.why) for e in layer(doc, "events")] == before
    monkeypatch.setenv("SANDERLING_EVENT_CLASSIFIER", "0")
    EventClassifier(enabled=True, thresholds=add_all)(doc)
    assert [(e.event, e.why) for e in layer(doc, "events")] == before
    monkeypatch.setenv("SANDERLING_EVENT_CLASSIFIER", "1")
    EventClassifier(enabled=False, thresholds=add_all, require_coded=False)(doc)
    added = [e for e in layer(doc, "events") if e.why.startswith("model:")]
    assert len(added) == 2 * len(LABELS) - len({(e.evidence.start, e.event) for e in rule_events})


@pytest.mark.slow
def test_added_event_has_rule_name_probability_and_parse_roles(nlp, monkeypatch):
    from sanderling.learned.component import EventClassifier
    from sanderling.annotators.base import layer
    monkeypatch.delenv("SANDERLING_EVENT_CLASSIFIER", raising=False)
    doc = nlp(SHELLING)
    doc._.sanderling_events = []                      # as if the rules had found nothing
    th = {"filter_below": 0.0, "add_above": 0.5, "correct_above": 1.01}
    EventClassifier(enabled=True, thresholds=th, require_coded=True)(doc)
    assert layer(doc, "events") == []                 # nobody in the sentence has a code
    clf = EventClassifier(enabled=True, thresholds=th, require_coded=False)
    clf(doc)
    events = layer(doc, "events")
    assert [e.event for e in events] == ["ASSAULT"]
    ev = events[0]
    assert ev.why.startswith("model:ASSAULT:p=") and 0.5 <= ev.confidence <= 1.0
    assert ev.evidence.text == SHELLING and ev.event_text in SHELLING
    assert [a.text for a in ev.actor] in ([], ["Rebel gunmen"]) and ev.trigger_start >= 0
    doc2 = nlp(SHELLING)
    doc2._.sanderling_events = []
    clf(doc2)
    assert [e.to_dict() for e in layer(doc2, "events")] == [e.to_dict() for e in events]


@pytest.mark.slow
def test_filter_drops_unlikely_rule_events(nlp, monkeypatch):
    from sanderling.learned.component import EventClassifier
    from sanderling.annotators.base import layer
    monkeypatch.delenv("SANDERLING_EVENT_CLASSIFIER", raising=False)
    doc = nlp("Peru accused Chile of poisoning the rivers that feed its coastal farms.")
    assert layer(doc, "events")
    EventClassifier(enabled=True, thresholds={"filter_below": 1.01, "add_above": 1.01, "correct_above": 1.01})(doc)
    assert layer(doc, "events") == []


def _invented_set(n: int) -> list[dict]:
    """Tiny invented gold records, all of the tuning part."""
    shapes = [("Militia fighters shelled the border post at {p}.", "ASSAULT"),
              ("Police arrested twelve traders in {p} on Monday.", "COERCE"),
              ("The mayor of {p} signed a water-sharing pact with farmers.", "AGREE"),
              ("Heavy rain flooded the market in {p}.", None)]
    out, k = [], 0
    while len(out) < n:
        rid = f"invented-{k}"
        k += 1
        if part_of(rid) != "tuning":
            continue
        text, t = shapes[len(out) % len(shapes)]
        out.append({"id": rid, "text": text.format(p=f"Vellan{k}"),
                    "events": [{"plover": t, "source": [], "target": []}] if t else []})
    return out


@pytest.mark.slow
def test_training_script_runs_on_a_tiny_invented_set(tmp_path, capsys):
    data = tmp_path / "data"
    data.mkdir()
    with (data / "plover_gsr_dev.jsonl").open("w", encoding="utf-8") as f:
        for r in _invented_set(16):
            f.write(json.dumps(r) + "\n")
    spec = importlib.util.spec_from_file_location("train_event_classifier",
                                                  ROOT / "scripts" / "train_event_classifier.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "model"
    assert mod.main(["--shared", str(tmp_path), "--out", str(out), "--folds", "2", "--steps", "30",
                     "--min-count", "1"]) == 0
    printed = capsys.readouterr().out
    assert "16 sentences" in printed and "wrote" in printed
    model = TypeModel.load(out)
    assert model.meta["units"] == 16 and model.labels == LABELS


@pytest.mark.slow
def test_added_event_takes_coded_subject_and_object(nlp, monkeypatch):
    from sanderling.learned.component import EventClassifier
    from sanderling.annotators.base import layer
    monkeypatch.delenv("SANDERLING_EVENT_CLASSIFIER", raising=False)
    doc = nlp("Bolivian soldiers attacked Paraguayan border posts on Tuesday, killing three guards.")
    doc._.sanderling_events = []
    EventClassifier(enabled=True, thresholds={"filter_below": 0.0, "add_above": 0.3, "correct_above": 1.01,
                                              "add_by_type": {t: 1.01 for t in LABELS if t != "ASSAULT"}})(doc)
    events = layer(doc, "events")
    assert [e.event for e in events] == ["ASSAULT"]
    assert [a.code for a in events[0].actor] == ["BOL"] and [r.code for r in events[0].recipient] == ["PRY"]
