"""The stored article annotations (data/annotations) hold offsets, never news text, and
scripts/annotations_to_gold.py rebuilds full records from them and the shared corpus."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

from sanderling.ontology import PLOVER_TYPES, SECTORS

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = sorted((ROOT / "data" / "annotations").glob("*.events.jsonl"))
EVENT_KEYS = {"event", "mode", "actor", "recipient", "date", "date_from_text", "factuality",
              "evidence_start", "evidence_end", "event_text", "confidence"}
WORD = re.compile(r"[\w’']+")


def load_script():
    spec = importlib.util.spec_from_file_location("annotations_to_gold", ROOT / "scripts" / "annotations_to_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def records(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def test_annotation_files_exist():
    names = {p.name for p in ANNOTATIONS}
    assert {"guardian_dev_100.events.jsonl", "news36_qualification.events.jsonl",
            "polnear_dev.events.jsonl", "bbc_politics_dev.events.jsonl"} <= names


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.name)
def test_stored_annotations_are_offsets_only_and_use_the_ontology(path):
    for rec in records(path):
        assert re.fullmatch(r"[0-9a-f]{64}", rec["text_sha256"]), rec["id"]
        assert "text" not in rec and rec["source_file"].endswith(".jsonl")
        for ev in rec["events"]:
            assert set(ev) == EVENT_KEYS, (rec["id"], set(ev) ^ EVENT_KEYS)
            assert ev["event"] in PLOVER_TYPES
            assert ev["mode"] is None or ev["mode"] in PLOVER_TYPES[ev["event"]][1], ev["mode"]
            assert 0 <= ev["evidence_start"] < ev["evidence_end"]
            # a trigger is a few words (at most five), never a sentence of the article
            assert 0 < len(ev["event_text"].split()) <= 5, ev["event_text"]
            assert ev["confidence"] in {"high", "medium"}
            assert set(ev["factuality"]) == {"negated", "hypothetical", "future", "historical"}
            for ent in ev["actor"] + ev["recipient"]:
                # entity mentions are short too: no stored string can repeat a 6-word run of news text
                assert len((ent["text"] or "").split()) <= 5, ent
                assert ent["code"] is None or re.fullmatch(r"[A-Z]{3}", ent["code"]), ent
                assert ent["sector"] is None or ent["sector"] in SECTORS, ent


def test_rebuild_adds_text_and_evidence_and_skips_changed_text(tmp_path):
    # An invented article, not news: the script only slices it by the stored offsets.
    text = "The harbour council met on Monday. Fishermen blocked the quay to protest the new fees."
    shared = tmp_path / "shared" / "data"
    (shared / "corpus").mkdir(parents=True)
    (shared / "corpus" / "tiny.jsonl").write_text(
        json.dumps({"id": "a1", "date": "2020-01-01", "text": text}) + "\n"
        + json.dumps({"id": "a2", "date": "2020-01-02", "text": "Changed since annotation."}) + "\n",
        encoding="utf-8")
    start = text.index("Fishermen")
    event = {"event": "PROTEST", "mode": "obstruct", "actor": [], "recipient": [], "date": "2020-01-01",
             "date_from_text": False, "factuality": {}, "evidence_start": start, "evidence_end": len(text),
             "event_text": "blocked the quay", "confidence": "high"}
    ann = tmp_path / "tiny.events.jsonl"
    ann.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a1", "source_file": "corpus/tiny.jsonl", "attempt": 1,
         "text_sha256": hashlib.sha256(text.encode()).hexdigest(), "date": "2020-01-01", "events": [event]},
        {"id": "a2", "source_file": "corpus/tiny.jsonl", "text_sha256": "0" * 64, "date": None, "events": []},
        {"id": "a3", "source_file": "corpus/tiny.jsonl", "text_sha256": "0" * 64, "date": None, "events": []},
    ]) + "\n", encoding="utf-8")
    script = load_script()
    out = tmp_path / "gold.jsonl"
    assert script.main([str(out), str(ann), "--shared", str(shared)]) == 1  # problems are reported
    rebuilt = records(out)
    assert [r["id"] for r in rebuilt] == ["a1"]
    assert rebuilt[0]["text"] == text and rebuilt[0]["attempt"] == 1
    assert rebuilt[0]["events"][0]["evidence"] == "Fishermen blocked the quay to protest the new fees."
    _, problems = script.rebuild([ann], shared)
    assert any("a2" in p and "sha256" in p for p in problems)
    assert any("a3" in p and "not found" in p for p in problems)


def test_stored_offsets_give_sentences_holding_the_trigger():
    script = load_script()
    shared = script.default_shared()
    if not (shared / "corpus" / "guardian_dev_100.jsonl").is_file():
        pytest.skip("shared corpus not found beside the repo")
    rebuilt, problems = script.rebuild(ANNOTATIONS, shared)
    assert not problems
    assert sum(len(r["events"]) for r in rebuilt) == sum(len(r["events"]) for p in ANNOTATIONS for r in records(p))
    for rec in rebuilt:
        for ev in rec["events"]:
            sentence = ev["evidence"]
            assert sentence == sentence.strip() and len(sentence) > 10
            for word in WORD.findall(ev["event_text"]):
                assert word.lower() in sentence.lower(), (rec["id"], ev["event_text"])
            if rec["source_file"].startswith("corpus/"):
                for ent in ev["actor"] + ev["recipient"]:  # entity mentions are words of the article
                    assert not ent["text"] or ent["text"] in rec["text"], (rec["id"], ent["text"])
