"""Cross-article deduplication on invented reports: the same real event is one cluster."""
import json
import random
import sys
import time
from pathlib import Path

import pytest

from sanderling import dedup
from sanderling.dedup import cluster_events, cluster_of

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "tests" / "resources" / "dedup_reports.jsonl"


def load_reports():
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines() if line.strip()]


def ref(text, code=None, sector=None, name=None):
    return {"text": text, "code": code, "sector": sector, "name": name or text}


def event(eid, article, published, etype, actors, recipients, evidence, place=None, negated=False, date=None):
    loc = {"resolved_place": place, "geonameid": hash(place) % 10**6, "country_code": "ZZZ",
           "resolution": "city"} if place else None
    return {"id": eid, "article_id": article, "published": published, "date": date or published,
            "event": etype, "actor": actors, "recipient": recipients, "evidence": {"text": evidence},
            "event_loc": loc, "factuality": {"negated": negated, "hypothetical": False}}


GUNMEN = ref("Black Reed Brigade", "ZZZ", "REB")
ATTACK = [
    event("a1", "outlet-a", "2026-05-04", "ASSAULT", [GUNMEN], [ref("a police station", "ZZZ", "COP")],
          "Black Reed Brigade fighters raided a police station in Morvane on Sunday, killing three officers.",
          "Morvane"),
    event("a2", "outlet-b", "2026-05-05", "ASSAULT", [ref("the brigade", "ZZZ", "REB", "Black Reed Brigade")], [],
          "Three police officers were killed when the Black Reed Brigade stormed their station in Morvane.",
          "Morvane", date="2026-05-04"),
    event("a3", "outlet-c", "2026-05-04", "ASSAULT", [ref("militants", "ZZZ", "REB")], [ref("police", "ZZZ", "COP")],
          "Militants attacked the Morvane police station overnight; three officers died, officials said.",
          "Morvane"),
]


def test_three_outlets_reporting_one_attack_in_their_own_words_make_one_cluster():
    clusters = cluster_events(ATTACK)
    assert len(clusters) == 1
    c = clusters[0]
    assert (c.n_reports, c.n_events, c.event) == (3, 3, "ASSAULT")
    assert c.member_event_ids == ["a1", "a2", "a3"]
    assert c.first_report.article_id == "outlet-a" and c.last_report.article_id == "outlet-b"
    assert c.date == "2026-05-04" and c.place == "Morvane"


@pytest.mark.parametrize("lookalike", [
    # the same group, the same day, another town
    event("x1", "outlet-d", "2026-05-04", "ASSAULT", [GUNMEN], [ref("soldiers", "ZZZ", "MIL")],
          "Black Reed Brigade fighters raided an army post in Salvey on Sunday, killing three soldiers.", "Salvey"),
    # the same town and group, ten days later
    event("x2", "outlet-d", "2026-05-14", "ASSAULT", [GUNMEN], [ref("a police station", "ZZZ", "COP")],
          "Black Reed Brigade fighters raided the police station in Morvane again, killing three officers.",
          "Morvane"),
    # a denial is not the act
    event("x3", "outlet-d", "2026-05-04", "ASSAULT", [GUNMEN], [ref("a police station", "ZZZ", "COP")],
          "Black Reed Brigade fighters did not raid the police station in Morvane on Sunday, officers said.",
          "Morvane", negated=True),
    # another type
    event("x4", "outlet-d", "2026-05-04", "THREATEN", [GUNMEN], [ref("a police station", "ZZZ", "COP")],
          "Black Reed Brigade fighters threatened to raid a police station in Morvane on Sunday.", "Morvane"),
    # another, named, actor
    event("x5", "outlet-d", "2026-05-04", "ASSAULT", [ref("Grey Hill Movement", "ZZZ", "REB")],
          [ref("a police station", "ZZZ", "COP")],
          "Grey Hill Movement fighters raided a police station in Morvane on Sunday, killing three officers.",
          "Morvane"),
])
def test_look_alike_events_stay_apart(lookalike):
    clusters = cluster_events(ATTACK + [lookalike])
    assert cluster_of(clusters)[lookalike["id"]] != cluster_of(clusters)["a1"]
    assert sorted(c.n_events for c in clusters) == [1, 3]


def test_symmetric_types_match_with_the_sides_swapped_and_others_do_not():
    a, b = ref("Kaldor", "AAA", "GOV", "Kaldor"), ref("Besset", "BBB", "GOV", "Besset")
    text1 = "Kaldor and Besset held talks on river water sharing in Lume on Friday."
    text2 = "Besset met Kaldor in Lume on Friday for talks on sharing river water."
    consult = [event("c1", "p", "2026-01-09", "CONSULT", [a], [b], text1),
               event("c2", "q", "2026-01-09", "CONSULT", [b], [a], text2)]
    accuse = [event("d1", "p", "2026-01-09", "ACCUSE", [a], [b], text1),
              event("d2", "q", "2026-01-09", "ACCUSE", [b], [a], text2)]
    assert len(cluster_events(consult)) == 1
    assert len(cluster_events(accuse)) == 2


def test_the_same_sentence_in_two_undated_articles_is_one_event():
    text = "The Harrow Party accused the cabinet of hiding the cost of the new bridge."
    evs = [event("u1", "copy-1", None, "ACCUSE", [ref("Harrow Party", "GBR", "OPP")], [], text),
           event("u2", "copy-2", None, "ACCUSE", [ref("Harrow Party", "GBR", "OPP")], [], text)]
    [c] = cluster_events(evs)
    assert c.n_reports == 2 and c.date is None


def test_clusters_do_not_depend_on_the_order_of_the_input():
    reports = load_reports()
    expected = [(c.cluster_id, c.member_event_ids, c.n_reports) for c in cluster_events(reports)]
    rng = random.Random(7)
    for _ in range(5):
        rng.shuffle(reports)
        assert [(c.cluster_id, c.member_event_ids, c.n_reports) for c in cluster_events(reports)] == expected


def test_pairwise_precision_and_recall_on_the_invented_reports():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from eval_dedup import evaluate_set
    finally:
        sys.path.pop(0)
    rows = {r["part"]: r for r in evaluate_set(REPORTS)}
    assert rows["all"]["reports"] == 44 and rows["all"]["events"] == 22
    # Measured (scripts/eval_dedup.py): tuning P 1.000 R 1.000, check P 1.000 R 0.889,
    # all P 0.926 R 0.962. A drop below these floors is a regression.
    assert rows["all"]["precision"] >= 0.9 and rows["all"]["recall"] >= 0.9
    assert rows["check"]["precision"] >= 0.9 and rows["check"]["recall"] >= 0.85


def test_blocking_keeps_comparisons_far_below_all_pairs():
    rng = random.Random(3)
    actors = [ref(f"Group {i}", f"C{i % 40:02d}", "REB") for i in range(400)]
    words = "raid post town bridge market convoy fighters officers killed wounded night dawn".split()
    evs = []
    for i in range(10_000):
        day = 1 + i % 365
        date = f"2026-{1 + (day - 1) // 31 % 12:02d}-{1 + (day - 1) % 28:02d}"
        text = " ".join(rng.choice(words) for _ in range(12))
        evs.append(event(f"e{i}", f"art{i}", date, rng.choice(["ASSAULT", "COERCE"]),
                         [rng.choice(actors)], [], text))
    prepared = dedup._prepare(evs)
    start = time.perf_counter()
    pairs = sum(1 for _ in dedup.candidate_pairs(prepared))
    clusters = cluster_events(evs)
    elapsed = time.perf_counter() - start
    all_pairs = len(evs) * (len(evs) - 1) // 2
    assert pairs < all_pairs / 100
    assert sum(c.n_events for c in clusters) == len(evs)
    assert elapsed < 60  # generous: about 3 s on one busy core
