"""`sanderling` command line: a thin layer over the library (parse, call one function, format)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Iterator, Optional

from . import __version__
from .errors import BadInput, SanderlingError

CODE_EXAMPLES = """\
Examples:
  sanderling code examples/kenya_border_talks.txt --published 2026-03-06
  curl -s URL | sanderling code - --format json
  sanderling code --input articles.jsonl --output events.jsonl

Batch input lines are {"id": ..., "text": ..., "date": "YYYY-MM-DD"?}; each output line is
{"id": ..., "article", "entities", "events", "quotes", "acronyms", "timexes"}. A re-run
with the same --output resumes: ids already written are skipped, a half-written last line
is dropped. Bad records are reported on stderr, one line each, and skipped.
"""


def _iso_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2026-03-04")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sanderling", description="News reports in, PLOVER political event records out.")
    parser.add_argument("--version", action="version", version=f"sanderling {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    code = sub.add_parser(
        "code", help="code one article (text or HTML) or a JSONL batch into PLOVER events",
        description="Code one article, or a JSONL batch of articles, into PLOVER event records.",
        epilog=CODE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    code.add_argument("path", nargs="?", help="article file (plain text or HTML), or - for stdin")
    code.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                      help="publication date; relative dates ('on Tuesday') resolve against it")
    code.add_argument("--id", dest="article_id", help="article id (default: a hash of the text)")
    code.add_argument("--format", choices=("table", "json", "jsonl"), default=None,
                      help="output format (default: table on a terminal, json otherwise)")
    code.add_argument("--input", type=Path, metavar="IN.jsonl",
                      help="batch mode: JSONL of {id, text, date?}; a file, a pipe, or - for stdin")
    code.add_argument("--output", type=Path, metavar="OUT.jsonl",
                      help="batch mode: where to write one ArticleResult per line (default: stdout)")
    code.add_argument("--overwrite", action="store_true", help="batch mode: start OUT afresh instead of resuming")
    code.add_argument("--batch-size", type=int, default=16, help="articles per spaCy batch (default 16)")
    code.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    code.add_argument("--reported-only", action="store_true",
                      help="keep only events the text reports as having happened: drop those flagged "
                           "negated, hypothetical or future (historical ones stay)")
    code.add_argument("--actors", type=Path, metavar="MY_ACTORS.yaml",
                      help="an analyst's actor file adding or overriding actors (see examples/my_actors.yaml)")
    _add_store_commands(sub)
    return parser


INGEST_EXAMPLES = """\
Examples:
  sanderling ingest corpus.jsonl --db corpus.duckdb
  sanderling ingest pages/ crawl.warc.gz more.csv --db corpus.duckdb --workers 2
  zcat big.jsonl.gz | sanderling ingest - --db corpus.duckdb
  sanderling query --db corpus.duckdb "SELECT event, count(*) FROM events GROUP BY 1"

Run the same command again after a crash or Ctrl-C: what is stored is kept, the rest is
coded. Tables and columns: docs/schema.md ("Store").
"""


def _add_store_commands(sub) -> None:
    from .ingest import DEFAULT_TIME_BUDGET, FORMATS
    ing = sub.add_parser("ingest", help="code a corpus (JSONL, CSV, WARC, folders, stdin) into a DuckDB store",
                         description="Code a corpus into a DuckDB store, on every core, resumable.",
                         epilog=INGEST_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    ing.add_argument("paths", nargs="+", metavar="PATH",
                     help="JSONL/CSV/WARC file, folder of .txt/.html, - for stdin, or a pipe")
    ing.add_argument("--db", required=True, type=Path, metavar="FILE.duckdb", help="the store (created if new)")
    ing.add_argument("--workers", type=int, default=None,
                     help="coding processes (default: all cores; 0 = in this process, no time budget)")
    ing.add_argument("--commit-every", type=int, default=32, metavar="N",
                     help="articles per store transaction (default 32)")
    ing.add_argument("--format", choices=FORMATS, default="auto",
                     help="input format (default: by file name; stdin and pipes are sniffed)")
    ing.add_argument("--engine", choices=("local", "ray"), default="local",
                     help="local processes (default) or a Ray cluster (pip install 'sanderling[ray]')")
    ing.add_argument("--ray-address", default=None, metavar="ADDR",
                     help="Ray cluster to join (auto, host:6379, ray://host:10001); default: a local Ray")
    ing.add_argument("--shards", type=Path, default=None, metavar="DIR",
                     help="Ray engine: where the Parquet shards go (default: FILE.duckdb.shards/)")
    ing.add_argument("--time-budget", type=float, default=DEFAULT_TIME_BUDGET, metavar="SECONDS",
                     help=f"abandon an article that takes longer (default {DEFAULT_TIME_BUDGET:g}; 0 = none)")
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    q = sub.add_parser("query", help="run read-only SQL on a store")
    q.add_argument("sql", help='SQL, e.g. "SELECT event, count(*) FROM events GROUP BY 1"')
    q.add_argument("--db", required=True, type=Path, metavar="FILE.duckdb")
    q.add_argument("--format", choices=("csv", "json", "table"), default=None,
                   help="default: table on a terminal, csv otherwise")

    ev = sub.add_parser("events", help="select events from a store (raw or clustered)")
    ev.add_argument("--db", required=True, type=Path, metavar="FILE.duckdb")
    ev.add_argument("--actor", metavar="CODE", help="an actor code, e.g. USA")
    ev.add_argument("--recipient", metavar="CODE", help="a recipient code, e.g. KOR")
    ev.add_argument("--type", metavar="TYPE", help="a PLOVER type, e.g. CONSULT")
    ev.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD")
    ev.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD")
    ev.add_argument("--clustered", action="store_true",
                    help="one row per real event (cluster of reports), with n_reports")
    ev.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv")
    ev.add_argument("--output", type=Path, metavar="FILE", help="default: stdout (required for parquet)")

    ex = sub.add_parser("export", help="export a store's events as PLOVER JSONL, ICEWS TSV or Parquet")
    ex.add_argument("--db", required=True, type=Path, metavar="FILE.duckdb")
    ex.add_argument("--to", required=True, type=Path, metavar="DIR")
    ex.add_argument("--format", choices=("plover", "icews", "parquet"), required=True)
    ex.add_argument("--overwrite", action="store_true", help="replace an earlier export in DIR")


def main(argv: Optional[list[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "code":
            if args.actors:
                from .actor_kb import use_overlay
                use_overlay(args.actors)  # a bad file stops here, every bad entry named
            if args.input:
                if args.path:
                    parser.error("give either PATH or --input, not both")
                return code_batch(args)
            if not args.path:
                parser.error("code needs a PATH (or - for stdin), or --input IN.jsonl")
            return code_one(args)
        if args.command == "ingest":
            return ingest_cmd(args)
        if args.command == "query":
            return query_cmd(args)
        if args.command == "events":
            return events_cmd(args)
        if args.command == "export":
            return export_cmd(args)
    except SanderlingError as e:
        print(f"sanderling: error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("sanderling: interrupted", file=sys.stderr)
        return 130
    return 0


# -- one article ---------------------------------------------------------------------------

def code_one(args) -> int:
    from .article import read_article
    from .pipeline import code_article
    from .reading import checked_article, decode_input, read_path

    article_id = args.article_id or _default_id(args.path)
    if args.path == "-":
        text = decode_input(sys.stdin.buffer.read(), name="<stdin>")
        article = checked_article(read_article(text, id=article_id, published=args.published), name="<stdin>")
    else:
        article = read_path(args.path, id=article_id, published=args.published)
    result = code_article(article)
    if args.reported_only:
        result = result.reported_only()
    fmt = args.format or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(format_table(result.to_dict()))
    return 0


def _default_id(path: str) -> Optional[str]:
    if path and path != "-":
        return Path(path).stem
    return None


# -- batch ---------------------------------------------------------------------------------

def code_batch(args) -> int:
    from .pipeline import code_articles
    from .reading import iter_jsonl, record_to_article

    out_path: Optional[Path] = args.output
    in_name = "<stdin>" if str(args.input) == "-" else str(args.input)
    if out_path and out_path.exists() and str(args.input) != "-" and args.input.exists() \
            and out_path.resolve() == args.input.resolve():
        raise BadInput(f"{out_path} is both --input and --output; write the output to another file")
    fmt = args.format or "jsonl"
    if fmt != "jsonl" and out_path and out_path.exists() and not args.overwrite:
        raise BadInput(f"{out_path} exists; --format {fmt} cannot resume it: give --overwrite or another --output")
    done: set[str] = set()
    if out_path and out_path.exists() and not args.overwrite and fmt == "jsonl":
        done = _resume_ids(out_path)
        if done:
            print(f"sanderling: resuming {out_path}: {len(done)} articles already coded", file=sys.stderr)
    bad = skipped = 0

    def articles():
        nonlocal bad, skipped
        seen: set[str] = set()
        source = sys.stdin.buffer if in_name == "<stdin>" else args.input
        for line_no, rec in iter_jsonl(source, name=in_name):
            if isinstance(rec, BadInput):
                bad += 1
                print(f"sanderling: skipped: {rec}", file=sys.stderr)
                continue
            rid = str(rec["id"])
            if rid in done:
                skipped += 1
                continue
            if rid in seen:
                bad += 1
                print(f"sanderling: skipped: {args.input}:{line_no}: duplicate id {rid!r}", file=sys.stderr)
                continue
            seen.add(rid)
            name = f"{args.input}:{line_no} (id {rid!r})"
            try:
                _record_date(rec.get("published") or rec.get("date"), name)
                article = record_to_article(rec, name=name)
            except BadInput as e:
                bad += 1
                print(f"sanderling: skipped: {e}", file=sys.stderr)
                continue
            yield article

    from .ingest import is_regular_file
    # a pipe or FIFO can be read once only: it is not counted (no total on the progress bar)
    total = _count_lines(args.input) - len(done) if is_regular_file(str(args.input)) else 0
    out = open(out_path, "a" if done else "w", encoding="utf-8") if out_path else sys.stdout
    coded = 0
    try:
        progress = _progress(args, total=total)
        def failed(article, error):
            nonlocal bad
            bad += 1
            print(f"sanderling: skipped: article {article.id!r}: coding failed "
                  f"({error.__class__.__name__}: {error}); please report it", file=sys.stderr)

        if fmt == "json":
            out.write("[")
        for result in code_articles(articles(), batch_size=args.batch_size, on_error=failed):
            record = (result.reported_only() if args.reported_only else result).to_dict()
            line = {"id": result.article.id, **record}
            if fmt == "jsonl":
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            elif fmt == "json":
                out.write((",\n" if coded else "\n") + json.dumps(line, ensure_ascii=False, indent=2))
            else:
                out.write(("\n" if coded else "") + format_table(record) + "\n")
            out.flush()
            coded += 1
            progress.update(1)
        progress.close()
        if fmt == "json":
            out.write("\n]\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"sanderling: coded {coded} articles, skipped {bad} bad records"
          + (f", {skipped} already in {out_path}" if skipped else ""), file=sys.stderr)
    return 0 if (coded or skipped or not bad) else 1


# -- store: ingest, query, events, export ----------------------------------------------------

def ingest_cmd(args) -> int:
    from .ingest import Stopped, ingest
    if args.engine == "ray":
        return _ingest_ray(args)
    if args.workers is not None and args.workers < 0:
        raise BadInput("--workers must be 0 or more")
    if args.commit_every < 1:
        raise BadInput("--commit-every must be 1 or more")
    try:
        summary = ingest([str(p) for p in args.paths], args.db, workers=args.workers, fmt=args.format,
                         time_budget=args.time_budget or None, progress=False if args.quiet else None,
                         commit_every=args.commit_every)
    except Stopped as stop:
        if stop.summary is not None:
            print(stop.summary.line(args.db), file=sys.stderr)
        print(f"sanderling: ingest stopped by {stop.name}; everything counted above is stored. "
              f"Run the same command again to resume where it stopped.", file=sys.stderr)
        return stop.exit_code
    print(summary.line(args.db), file=sys.stderr)
    nothing = summary.coded + summary.unchanged + summary.recoded == 0
    return 1 if nothing and sum(summary.skipped.values()) else 0


def _ingest_ray(args) -> int:
    from .engines.ray_engine import code_to_shards
    from .store import Store
    shard_dir = args.shards or Path(str(args.db) + ".shards")
    with Store.open(args.db) as store:  # refuse a foreign --db before any coding
        pass
    run = code_to_shards([str(p) for p in args.paths], shard_dir, ray_address=args.ray_address,
                         num_actors=args.workers, progress=not args.quiet and sys.stderr.isatty(),
                         time_budget=args.time_budget or None)
    with Store.open(args.db) as store:
        totals = store.load_shards(shard_dir)
        store.recluster()
    for bad in totals["unreadable"]:
        print(f"sanderling: shard not loaded (a re-run re-codes it): {bad}", file=sys.stderr)
    print(f"sanderling: ingest (ray) into {args.db}: {run.get('coded', 0)} coded in {len(run.get('shards', []))} "
          f"new shards; stored {totals['stored']}, already stored {totals['unchanged']}, "
          f"skipped {totals['skipped'] + totals['duplicate']}", file=sys.stderr)
    return 0


def query_cmd(args) -> int:
    from .store import connect_read_only
    from .store.exports import run_query, write_rows
    con = connect_read_only(args.db)
    try:
        columns, rows = run_query(con, args.sql)
        fmt = args.format or ("table" if sys.stdout.isatty() else "csv")
        write_rows(columns, rows, fmt, sys.stdout)
    finally:
        con.close()
    return 0


def events_cmd(args) -> int:
    from .store import StoreError, connect_read_only
    from .store.exports import events_sql, has_clusters, iter_rows, write_rows
    if args.format == "parquet" and not args.output:
        raise BadInput("--format parquet needs --output FILE.parquet")
    con = connect_read_only(args.db)
    try:
        if args.clustered and not has_clusters(con):
            raise StoreError(f"{args.db} has no event clusters yet (they are computed at the end of an "
                             f"ingest by sanderling.dedup); run the ingest again, or drop --clustered")
        sql, params = events_sql(actor=args.actor, recipient=args.recipient, type=args.type,
                                 since=args.since, until=args.until, clustered=args.clustered)
        if args.format == "parquet":
            from .store.exports import copy_to_parquet
            n = copy_to_parquet(con, sql, params, args.output)
        else:
            cur = con.execute(sql, params)
            columns = [d[0] for d in cur.description]
            out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
            try:
                n = write_rows(columns, iter_rows(cur), args.format, out)
            finally:
                if out is not sys.stdout:
                    out.close()
    finally:
        con.close()
    print(f"sanderling: {n} {'clustered ' if args.clustered else ''}events", file=sys.stderr)
    return 0


def export_cmd(args) -> int:
    from .store import connect_read_only
    from .store.exports import export
    con = connect_read_only(args.db)
    try:
        path, n = export(con, args.to, args.format, overwrite=args.overwrite)
    finally:
        con.close()
    print(f"sanderling: exported {n} events to {path}", file=sys.stderr)
    return 0


def _record_date(value, name: str) -> Optional[str]:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise BadInput(f"{name}: date {value!r} is not YYYY-MM-DD")


def _resume_ids(path: Path) -> set[str]:
    """Ids of complete lines already in OUT; a truncated last line (killed run) is cut off."""
    ids: set[str] = set()
    good_end = 0
    with open(path, "rb") as f:
        for raw in f:
            if not raw.endswith(b"\n"):
                break
            try:
                ids.add(str(json.loads(raw)["id"]))
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(raw)
    if good_end < path.stat().st_size:
        with open(path, "r+b") as f:
            f.truncate(good_end)
        print(f"sanderling: dropped a half-written last line from {path}", file=sys.stderr)
    return ids


def _count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return sum(1 for line in f if line.strip())
    except OSError as e:
        raise BadInput(f"{path}: cannot read input ({e.strerror})") from e


class _NoProgress:
    def update(self, n): pass
    def close(self): pass


def _progress(args, total: int):
    if args.quiet or not sys.stderr.isatty() or os.environ.get("CI"):
        return _NoProgress()
    from tqdm import tqdm
    return tqdm(total=max(total, 0), unit="article", desc="coding", file=sys.stderr)


# -- table ---------------------------------------------------------------------------------

def _names(entities: list[dict]) -> str:
    parts = []
    for e in entities:
        label = e.get("name") or e.get("text") or "?"
        code = "/".join(x for x in (e.get("code"), e.get("sector")) if x)
        parts.append(f"{label} [{code}]" if code else label)
    return "; ".join(parts) or "-"


def format_table(result: dict, width: int = 110) -> str:
    """A readable events table for one article, then quotes: for people, not parsers."""
    art = result["article"]
    lines = [f"{art.get('title') or art['id']}  (published {art.get('published') or 'unknown'})", ""]
    events = result["events"]
    if not events:
        lines.append("No PLOVER events found.")
    for i, ev in enumerate(events, 1):
        flags = [k for k, v in ev["factuality"].items() if v]
        kind = ev["event"] + (f"/{ev['mode']}" if ev.get("mode") else "")
        lines.append(f"{i:>2}. {ev.get('date') or '????-??-??'}  {kind:<22} cameo {ev.get('cameo') or '-':<4}"
                     + (f"  [{', '.join(flags)}]" if flags else ""))
        lines.append(f"    actor:     {_names(ev['actor'])}")
        lines.append(f"    recipient: {_names(ev['recipient'])}")
        loc = ev.get("event_loc")
        if loc:
            lines.append(f"    where:     {loc.get('resolved_place') or loc.get('extracted_place')}"
                         f" ({loc.get('country_code') or '?'})")
        evidence = " ".join(ev["evidence"]["text"].split())
        if len(evidence) > width:
            evidence = evidence[: width - 3] + "..."
        lines.append(f"    evidence:  \"{evidence}\"  <- {ev['why']}")
    if result["quotes"]:
        lines += ["", f"Quotes ({len(result['quotes'])}):"]
        for q in result["quotes"]:
            who = (q.get("speaker") or {}).get("name") or (q.get("speaker") or {}).get("text") or "?"
            content = " ".join(q["content"].split())
            if len(content) > width - 20:
                content = content[: width - 23] + "..."
            lines.append(f"  {who} ({q.get('cue') or 'said'}): {content}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
