"""`make eval`: code the gold sets in ../shared/data and score each on its tuning and check parts.

Every development set is split by `sanderling.evaluation.split.part_of(record id)` into a
tuning part (two thirds: the only part rules, lexicons and training may look at) and a
check part (one third: stands in for unseen text). Each set is coded once; the system
output and the gold are then cut into the two parts and the reference scorers in
../shared/eval (unmodified) run on each part. The table at the end prints tuning, check
and their gap for every set; a change is kept only if the check column does not fall.
Beside the check figure and the gap it prints their 95% bootstrap intervals over records
(`sanderling.evaluation.bootstrap`): how far chance alone moves a part this small.

The gold text is read from a path and never copied into the repo. Outputs, split gold
files, the scorers' logs and `summary.json` go to --out (default out/). Each scorer
command is printed so a figure can be reproduced by hand.

The silver sets are the blind single-annotator annotations stored as offsets in
data/annotations/ (see its PROVENANCE.md): per source, the tuning-part articles (a tuning
signal) and, where annotated, check-part articles that nobody tunes on. They are rebuilt with
the article text from --shared at run time, coded and scored like the article sets.

    python scripts/eval_all.py [--shared ../shared] [--out out] [--only news36,gsr] [--skip-slow]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from sanderling.evaluation import bootstrap
from sanderling.evaluation.split import PARTS, part_of

#: name -> (gold file(s), kind). kind "sentences" scores with score.py; "articles" with
#: score_articles.py (two annotators where a B file exists, else the same file twice).
SETS = {
    "gsr": (("plover_gsr_dev.jsonl",), "sentences"),
    "petrarch": (("petrarch2_validation.jsonl",), "sentences"),
    "news300": (("news_sentences_300.jsonl",), "sentences"),
    "bbc12": (("bbc12_events_A.jsonl", "bbc12_events_B.jsonl"), "articles"),
    "news36": (("news36_events.jsonl",), "articles"),
}
SLOW = ("quotes", "places")
ANNOTATIONS = Path(__file__).resolve().parent.parent / "data" / "annotations"
#: silver set -> its annotation files in data/annotations (tuning-part and check-part articles;
#: each article's part is still decided by `part_of`, the file names only say which is which).
SILVER = {
    "silver_guardian": ("guardian_dev_100.events.jsonl", "guardian_dev_100_check.events.jsonl"),
    "silver_polnear": ("polnear_dev.events.jsonl", "polnear_check.events.jsonl"),
    "silver_bbc": ("bbc_politics_dev.events.jsonl", "bbc_politics_check.events.jsonl"),
}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write_jsonl(path: Path, records) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def code_records(records: list[dict], out: Path) -> float:
    """Code every record's text into out (one ArticleResult per line); returns seconds."""
    from sanderling.pipeline import code_articles
    from sanderling.records import Article

    articles = [Article(id=str(r["id"]), text=r["text"], published=r.get("date")) for r in records]
    t0 = time.perf_counter()
    with out.open("w", encoding="utf-8") as f:
        for result in code_articles(articles):
            f.write(json.dumps({"id": result.article.id, **result.to_dict()}, ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def run(cmd: list[str], log: Path) -> str:
    print("$ " + " ".join(cmd), flush=True)
    proc = subprocess.run(cmd, capture_output=True, text=True)
    text = proc.stdout + proc.stderr
    log.write_text("$ " + " ".join(cmd) + "\n" + text, encoding="utf-8")
    if proc.returncode:
        print(text, file=sys.stderr)
        raise SystemExit(f"scorer failed ({proc.returncode}): {' '.join(cmd)}")
    return proc.stdout


def split_file(src: Path, dst_dir: Path, stem: str) -> dict:
    """Write src's records into dst_dir/stem.<part>.jsonl; returns {part: path}."""
    recs = read_jsonl(src)
    paths = {}
    for part in PARTS:
        paths[part] = dst_dir / f"{stem}.{part}.jsonl"
        write_jsonl(paths[part], (r for r in recs if part_of(r["id"]) == part))
    return paths


def score_set(name: str, files: tuple, kind: str, data: Path, scorers: Path, out: Path) -> dict:
    gold_a = data / files[0]
    records = read_jsonl(gold_a)
    system = out / f"{name}.out.jsonl"
    secs = code_records(records, system)
    parts_dir = out / "parts"
    parts_dir.mkdir(exist_ok=True)
    sys_parts = split_file(system, parts_dir, f"{name}.out")
    gold_parts = [split_file(data / f, parts_dir, f"{name}.gold{i}") for i, f in enumerate(files)]
    figures = {"records": len(records), "seconds": round(secs, 2)}
    py = sys.executable
    counts = {}  # (part, measure) -> per-record counts, for the bootstrap intervals
    scorer = bootstrap.load_scorer(scorers / ("score.py" if kind == "sentences" else "score_articles.py"))
    for part in PARTS:
        if not read_jsonl(gold_parts[0][part]):
            figures[part] = None  # e.g. a silver set with no check-part articles annotated yet
            continue
        if kind == "sentences":
            cmd = [py, str(scorers / "score.py"), str(gold_parts[0][part]), str(sys_parts[part]), "--json"]
            res = json.loads(run(cmd, out / f"{name}.{part}.score.txt"))
            figures[part] = {"records": res["records"], "type": res["type"]["f1"], "type_p": res["type"]["precision"],
                             "type_r": res["type"]["recall"], "actor": res["actor"]["f1"], "dyad": res["dyad"]["f1"]}
            for k in INTERVAL_MEASURES["sentences"]:
                counts[part, k] = bootstrap.sentence_counts(scorer, gold_parts[0][part], sys_parts[part], k)
        else:
            b = gold_parts[1][part] if len(gold_parts) > 1 else gold_parts[0][part]
            base = [py, str(scorers / "score_articles.py"), str(gold_parts[0][part]), str(b), str(sys_parts[part]), "--json"]
            res = json.loads(run(base, out / f"{name}.{part}.score.txt"))
            loc = json.loads(run(base + ["--located"], out / f"{name}.{part}.located.txt"))
            figures[part] = {"records": res["articles"], "f1": res["f1"], "p": res["precision"], "r": res["recall"],
                             "located_f1": loc["f1"]}
            for k in INTERVAL_MEASURES["articles"]:
                counts[part, k] = bootstrap.article_counts(scorer, gold_parts[0][part], b, sys_parts[part],
                                                           located=k == "located_f1")
    add_intervals(name, figures, counts)
    return figures


#: the headline measures that get a bootstrap interval, by kind of set
INTERVAL_MEASURES = {"sentences": ("type", "dyad"), "articles": ("f1", "located_f1")}


def add_intervals(name: str, figures: dict, counts: dict) -> None:
    """Each part's interval ("<measure>_ci") and the gap's ("gap_ci"), from per-record counts;
    warns when the counts do not sum to the scorer's own figure."""
    gaps = {}
    for (part, k), c in counts.items():
        if figures.get(part) is None:
            continue
        if abs(bootstrap.f1(c) - figures[part][k]) > 1e-3:
            print(f"warning: {name} {part} {k}: per-record counts give {bootstrap.f1(c):.4f}, the scorer "
                  f"{figures[part][k]:.4f}; the interval is left out (has the scorer changed?)", file=sys.stderr)
            continue
        figures[part][f"{k}_ci"] = bootstrap.interval(c)
        if part == "check" and ("tuning", k) in counts:
            gaps[k] = bootstrap.gap_interval(counts["tuning", k], c)
    if gaps:
        figures["gap_ci"] = gaps


def rebuild_silver(name: str, data: Path, out: Path) -> Path | None:
    """Rebuild the silver set's gold records (text from the shared folder) into out/; None
    when none of its annotation files is present."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from annotations_to_gold import rebuild

    files = [ANNOTATIONS / f for f in SILVER[name] if (ANNOTATIONS / f).is_file()]
    if not files:
        return None
    records, problems = rebuild(files, data)
    for p in problems:
        print(f"{name}: skipped {p}", file=sys.stderr)
    path = out / f"{name}.gold.jsonl"
    write_jsonl(path, records)
    return path


def score_quotes(data: Path, scorers: Path, out: Path) -> dict:
    gold = data / "polnear_attribution_dev.jsonl"
    system = out / "quotes.out.jsonl"
    py = sys.executable
    run([py, "scripts/eval_quotes.py", str(gold), str(system)], out / "quotes.code.txt")
    parts_dir = out / "parts"
    parts_dir.mkdir(exist_ok=True)
    gold_parts = split_file(gold, parts_dir, "quotes.gold")
    sys_parts = split_file(system, parts_dir, "quotes.out")
    figures = {}
    for part in PARTS:
        res = json.loads(run([py, str(scorers / "score_quotes.py"), str(gold_parts[part]), str(sys_parts[part]),
                              "--json"], out / f"quotes.{part}.score.txt"))
        figures[part] = res
    return figures


def score_places(data: Path, out: Path) -> dict:
    parts_dir = out / "parts"
    parts_dir.mkdir(exist_ok=True)
    gold_parts = split_file(data / "event_location_dev.jsonl", parts_dir, "places.gold")
    figures = {}
    for part in PARTS:
        text = run([sys.executable, "scripts/eval_event_location.py", "--data", str(gold_parts[part])],
                   out / f"places.{part}.score.txt")
        figures[part] = json.loads(text[text.index("{"):])
    return figures


def _f(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def _ci(pair, signed: bool = False) -> str:
    if not pair:
        return "-"
    return f"{pair[0]:+.3f} .. {pair[1]:+.3f}" if signed else f"{pair[0]:.3f} .. {pair[1]:.3f}"


def table(summary: dict) -> str:
    rows = ["| set | measure | tuning | check | check 95% interval | gap (check - tuning) | gap 95% interval |",
            "|---|---|---|---|---|---|---|"]
    for name, fig in summary.items():
        if name in SETS or name in SILVER:
            keys = ("type", "dyad", "actor") if SETS.get(name, (0, ""))[1] == "sentences" else ("f1", "located_f1", "p", "r")
            t_fig, c_fig = fig["tuning"] or {}, fig["check"] or {}
            n = f"{name} ({t_fig.get('records', 0)}/{c_fig.get('records', 0)})"
            for k in keys:
                t, c = t_fig.get(k), c_fig.get(k)
                gap = f"{c - t:+.3f}" if t is not None and c is not None else "-"
                rows.append(f"| {n} | {k} | {_f(t)} | {_f(c)} | {_ci(c_fig.get(k + '_ci'))} | {gap} | "
                            f"{_ci((fig.get('gap_ci') or {}).get(k), signed=True)} |")
                n = ""
    rows.append(f"\nIntervals: 95% bootstrap over records; '-' where a part has fewer than "
                f"{bootstrap.MIN_RECORDS} records. A gap interval that holds 0 is within chance.")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--out", type=Path, default=Path("out"))
    ap.add_argument("--only", default="", help=f"comma-separated subset of {', '.join((*SETS, *SILVER, *SLOW))}")
    ap.add_argument("--skip-slow", action="store_true", help="skip the quote (928 articles) and place (7,175) sets")
    args = ap.parse_args()
    data, scorers, out = args.shared / "data", args.shared / "eval", args.out
    if not data.is_dir():
        print(f"no gold data at {data}: pass --shared PATH (the folder that holds data/ and eval/)", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    wanted = set(filter(None, args.only.split(","))) or set(SETS) | set(SILVER) | (set() if args.skip_slow else set(SLOW))
    unknown = wanted - set(SETS) - set(SILVER) - set(SLOW)
    if unknown:
        print(f"unknown set(s) {sorted(unknown)}: choose from {', '.join((*SETS, *SILVER, *SLOW))}", file=sys.stderr)
        return 2
    summary = {}
    for name, (files, kind) in SETS.items():
        if name in wanted:
            summary[name] = score_set(name, files, kind, data, scorers, out)
    for name in SILVER:
        if name in wanted:
            gold = rebuild_silver(name, data, out)
            if gold is not None:
                summary[name] = score_set(name, (gold.name,), "articles", out, scorers, out)
    if "quotes" in wanted:
        summary["quotes"] = score_quotes(data, scorers, out)
    if "places" in wanted:
        summary["places"] = score_places(data, out)
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    print()
    print(table(summary))
    for name in ("quotes", "places"):
        if name in summary:
            print(f"\n{name}: " + json.dumps({p: summary[name][p] for p in PARTS}))
    print(f"\nfigures in {out / 'summary.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
