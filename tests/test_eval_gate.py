"""Evaluation gate: pinned floors on the *check* parts of the development gold sets, so a
regression on text nobody tuned on shows the day it lands.

Each set is cut by `sanderling.evaluation.split` into tuning (two thirds) and check (one third);
only the check part is scored here, since the tuning part is what rules were written against.
The gold sets live outside the repo (../shared/data, or $SANDERLING_SHARED/data); without them
these tests skip. Scores come from the reference scorers in ../shared/eval, unmodified.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sanderling.evaluation.split import CHECK, read_part

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SANDERLING_SHARED", ROOT.parent / "shared"))
DATA, SCORERS = SHARED / "data", SHARED / "eval"

# Floors a little under the check-part figures measured when the gate was set (make eval,
# events branch), so machine noise cannot fail it but a real regression does.
SENTENCE_FLOORS = {
    "plover_gsr_dev": {"type": 0.85, "dyad": 0.62},          # check 0.885 / 0.667 (66 records, round 13)
    "petrarch2_validation": {"type": 0.66, "dyad": 0.36},    # check 0.727 / 0.412 (20 records, round 13)
    "news_sentences_300": {"type": 0.74, "dyad": 0.39},      # check 0.774 / 0.430 (103 records, round 17)
}
ARTICLE_FLOORS = {
    # name: (gold A, gold B, event F1 floor)
    "bbc12": ("bbc12_events_A", "bbc12_events_B", 0.72),     # check 0.765 (4 articles, round 17)
    "news36": ("news36_events", "news36_events", 0.33),      # check 0.355 (10 articles, round 17)
}

pytestmark = pytest.mark.skipif(not (DATA / "plover_gsr_dev.jsonl").exists() or not SCORERS.is_dir(),
                                reason="gold sets not found beside the repo (../shared/data)")


def check_part(name: str, tmp: Path) -> tuple[list[dict], Path]:
    records = read_part(DATA / f"{name}.jsonl", CHECK)
    path = tmp / f"{name}.check.gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records, path


def code(records: list[dict], nlp, out: Path) -> Path:
    from sanderling.pipeline import code_articles
    from sanderling.records import Article
    articles = [Article(id=str(r["id"]), text=r["text"], published=r.get("date")) for r in records]
    with out.open("w", encoding="utf-8") as f:
        for result in code_articles(articles, nlp=nlp):
            f.write(json.dumps({"id": result.article.id, "events": [e.to_dict() for e in result.events]}) + "\n")
    return out


def score(args: list) -> dict:
    proc = subprocess.run([sys.executable, *map(str, args), "--json"], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


@pytest.mark.parametrize("name", sorted(SENTENCE_FLOORS))
def test_eval_gate_sentence_sets(name, nlp, tmp_path):
    records, gold = check_part(name, tmp_path)
    out = code(records, nlp, tmp_path / f"{name}.out.jsonl")
    figures = score([SCORERS / "score.py", gold, out])
    for key, floor in SENTENCE_FLOORS[name].items():
        assert figures[key]["f1"] >= floor, f"{name} check {key} F1 {figures[key]['f1']} fell under {floor}"


@pytest.mark.parametrize("name", sorted(ARTICLE_FLOORS))
def test_eval_gate_full_articles(name, nlp, tmp_path):
    file_a, file_b, floor = ARTICLE_FLOORS[name]
    records, gold_a = check_part(file_a, tmp_path)
    gold_b = gold_a if file_b == file_a else check_part(file_b, tmp_path)[1]
    out = code(records, nlp, tmp_path / f"{name}.out.jsonl")
    figures = score([SCORERS / "score_articles.py", gold_a, gold_b, out])
    assert figures["f1"] >= floor, f"{name} check event F1 {figures['f1']} fell under {floor}"
