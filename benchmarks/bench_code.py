"""Throughput and peak memory of full coding against bare spaCy, on 1 and 2 processes.

Usage:
    python benchmarks/bench_code.py ratio ../shared/data/corpus/bbc_news_2225.jsonl --limit 250
    python benchmarks/bench_code.py scale ../shared/data/corpus/bbc_news_2225.jsonl \
        --checkpoints 250,500,1000,2225

``ratio``: for each number of processes (--processes 1,2) the bare model (`load_model()`,
the same en_core_web_sm with no Sanderling component) and the full coder are run on the
same articles, alternately, each in a fresh subprocess (so peak RSS is that run's own,
children included); the time excludes loading and a warm-up. Both sides use spaCy's own
``nlp.pipe(n_process=N)``; the full coder turns each Doc into an ArticleResult in the
parent, as a corpus run does. The figure that matters on a shared, noisy machine is the
ratio of the two articles/s measured in the same run.

``ratio --modes spacy,ingest``: the same comparison for the corpus command itself: ``ingest()``
into a fresh DuckDB file with ``workers=N`` (one pipeline per worker process, text in and
records out, each batch committed) against bare spaCy ``nlp.pipe(n_process=N)``. Worker start-up
(each worker loads the model) is measured once per setting by ingesting one article and taken
off the time, so both sides are timed from a loaded model.

``scale``: one stream of articles through each side, recording elapsed time and RSS at
each checkpoint: time should grow linearly with the count, memory stay flat.

Results go to stdout as JSON and to --json-out.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def load_articles(path: Path, limit: int):
    from sanderling.records import Article
    out = []
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if len(out) >= limit:
                break
            if not line.strip():
                continue
            rec = json.loads(line)
            out.append(Article(id=str(rec.get("id", i)), text=rec.get("text") or "",
                               published=(rec.get("date") or rec.get("published") or "2005-06-01")[:10]))
    return out


def rss_mib() -> float:
    """Current resident memory of this process (Linux /proc), MiB."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the nlp.pipe workers end with
    the stream): on a shared machine it varies less than elapsed time."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def peak_rss_mib() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mib": round(own, 1), "peak_child_rss_mib": round(kids, 1)}


def stream(mode: str, articles, n_process: int, batch_size: int):
    """Yield once per article coded: bare parse, or full coding (ArticleResult built)."""
    from sanderling.nlp import get_nlp, load_model
    from sanderling.pipeline import _make_doc, _result
    if mode == "spacy":
        nlp = load_model()
        list(nlp.pipe([a.text for a in articles[:3]]))          # warm-up
        yield "ready"
        for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size, n_process=n_process):
            yield None
    else:
        nlp = get_nlp()
        list(nlp.pipe([_make_doc(nlp, a) for a in articles[:3]]))
        yield "ready"
        docs = nlp.pipe((_make_doc(nlp, a) for a in articles), batch_size=batch_size, n_process=n_process)
        for article, doc in zip(articles, docs):
            _result(article, doc)
            yield None


def ingest_worker(args) -> dict:
    """Time sanderling.ingest.ingest() on the first --limit records, net of worker start-up."""
    import tempfile
    from sanderling.ingest import ingest
    lines = []
    with args.corpus.open(encoding="utf-8") as f:
        for line in f:
            if len(lines) >= args.limit:
                break
            if line.strip():
                lines.append(line if line.endswith("\n") else line + "\n")
    with tempfile.TemporaryDirectory() as tmp:
        one, full = Path(tmp, "one.jsonl"), Path(tmp, "corpus.jsonl")
        one.write_text(lines[0], encoding="utf-8")
        full.write_text("".join(lines), encoding="utf-8")
        quiet = lambda msg: None  # noqa: E731
        t0 = time.perf_counter()
        ingest([str(one)], Path(tmp, "startup.duckdb"), workers=args.n_process, progress=False, log=quiet)
        startup = time.perf_counter() - t0
        t0 = time.perf_counter()
        summary = ingest([str(full)], Path(tmp, "run.duckdb"), workers=args.n_process, progress=False, log=quiet)
        total = time.perf_counter() - t0
    seconds = max(total - startup, 1e-6)
    done = len(lines)
    return {"mode": "ingest", "n_process": args.n_process, "articles": done, "coded": summary.coded,
            "seconds": round(seconds, 2), "seconds_with_startup": round(total, 2),
            # no CPU figure: the startup run's workers cannot be told apart from the timed run's
            "startup_seconds": round(startup, 2), "cpu_seconds": None,
            "articles_per_s": round(done / seconds, 2), **peak_rss_mib()}


def worker(args) -> dict:
    if args.mode == "ingest":
        return ingest_worker(args)
    articles = load_articles(args.corpus, args.limit)
    checkpoints = sorted({int(c) for c in args.checkpoints.split(",")} | {len(articles)}) \
        if args.checkpoints else [len(articles)]
    gen = stream(args.mode, articles, args.n_process, args.batch_size)
    next(gen)
    t0, cpu0, done, marks = time.perf_counter(), cpu_seconds(), 0, []
    for _ in gen:
        done += 1
        if done in checkpoints:
            marks.append({"articles": done, "seconds": round(time.perf_counter() - t0, 2),
                          "rss_mib": round(rss_mib(), 1)})
            print(json.dumps(marks[-1]), file=sys.stderr, flush=True)   # progress
    seconds = time.perf_counter() - t0
    cpu = cpu_seconds() - cpu0
    return {"mode": args.mode, "n_process": args.n_process, "articles": done,
            "chars": sum(len(a.text) for a in articles), "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu, 2),
            "articles_per_s": round(done / seconds, 2), "checkpoints": marks, **peak_rss_mib()}


def run_worker(mode: str, corpus: Path, limit: int, n_process: int, batch_size: int,
               checkpoints: str = "") -> dict:
    cmd = [sys.executable, __file__, "worker", str(corpus), "--mode", mode, "--limit", str(limit),
           "--n-process", str(n_process), "--batch-size", str(batch_size)]
    if checkpoints:
        cmd += ["--checkpoints", checkpoints]
    out = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if out.returncode:
        raise SystemExit(f"benchmark worker failed ({out.returncode}): {' '.join(cmd)}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=("ratio", "scale", "worker"))
    ap.add_argument("corpus", type=Path, help="JSONL with a 'text' field per line")
    ap.add_argument("--limit", type=int, default=250)
    ap.add_argument("--processes", default="1,2")
    ap.add_argument("--rounds", type=int, default=1, help="alternating rounds per setting (median ratio kept)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--checkpoints", default="")
    ap.add_argument("--mode", choices=("spacy", "sanderling", "ingest"))
    ap.add_argument("--modes", default="spacy,sanderling",
                    help="ratio: baseline,side (spacy,sanderling or spacy,ingest); scale: which sides to run")
    ap.add_argument("--n-process", type=int, default=1)
    ap.add_argument("--json-out", type=Path)
    args = ap.parse_args()

    if args.command == "worker":
        print(json.dumps(worker(args)))
        return 0
    report = {"command": args.command, "corpus": args.corpus.name, "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "runs": []}
    if args.command == "ratio":
        for p in (int(x) for x in args.processes.split(",")):
            pairs = []                      # one (spacy, sanderling) pair per round
            base, side = args.modes.split(",")
            for _ in range(args.rounds):
                pair = {}
                for mode in (base, side):
                    pair[mode] = run_worker(mode, args.corpus, args.limit, p, args.batch_size)
                    report["runs"].append(pair[mode])
                pairs.append({"spacy": pair[base], "sanderling": pair[side]})
            median = statistics.median
            report.setdefault("ratios", []).append({
                "n_process": p, "articles": pairs[0]["spacy"]["articles"], "rounds": len(pairs),
                "spacy_articles_per_s": round(median(q["spacy"]["articles_per_s"] for q in pairs), 2),
                "sanderling_articles_per_s": round(median(q["sanderling"]["articles_per_s"] for q in pairs), 2),
                # the ratio of each round (both sides measured back to back), median over rounds
                "ratio_to_spacy": round(median(q["spacy"]["seconds"] / q["sanderling"]["seconds"]
                                               for q in pairs), 3),
                "ratios_per_round": [round(q["spacy"]["seconds"] / q["sanderling"]["seconds"], 3)
                                     for q in pairs],
                # the same on CPU seconds (parent + pipe workers), less moved by other jobs
                "cpu_ratio_to_spacy": round(median(q["spacy"]["cpu_seconds"] / q["sanderling"]["cpu_seconds"]
                                                   for q in pairs), 3)
                if all(q["sanderling"]["cpu_seconds"] for q in pairs) else None,
                "spacy_peak_rss_mib": max(max(q["spacy"]["peak_rss_mib"], q["spacy"]["peak_child_rss_mib"])
                                          for q in pairs),
                "sanderling_peak_rss_mib": max(max(q["sanderling"]["peak_rss_mib"],
                                                   q["sanderling"]["peak_child_rss_mib"]) for q in pairs)})
    else:
        for mode in args.modes.split(","):
            report["runs"].append(run_worker(mode, args.corpus, args.limit, int(args.processes.split(",")[0]),
                                             args.batch_size, args.checkpoints))
    text = json.dumps(report, indent=2)
    print(text)
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
