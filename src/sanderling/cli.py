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
    code.add_argument("--input", type=Path, metavar="IN.jsonl", help="batch mode: JSONL of {id, text, date?}")
    code.add_argument("--output", type=Path, metavar="OUT.jsonl",
                      help="batch mode: where to write one ArticleResult per line (default: stdout)")
    code.add_argument("--overwrite", action="store_true", help="batch mode: start OUT afresh instead of resuming")
    code.add_argument("--batch-size", type=int, default=16, help="articles per spaCy batch (default 16)")
    code.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    code.add_argument("--actors", type=Path, metavar="MY_ACTORS.yaml",
                      help="an analyst's actor file adding or overriding actors (see examples/my_actors.yaml)")
    return parser


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
    done: set[str] = set()
    if out_path and out_path.exists() and not args.overwrite:
        done = _resume_ids(out_path)
        if done:
            print(f"sanderling: resuming {out_path}: {len(done)} articles already coded", file=sys.stderr)
    bad = skipped = 0

    def articles():
        nonlocal bad, skipped
        seen: set[str] = set()
        for line_no, rec in iter_jsonl(args.input, name=str(args.input)):
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

    total = _count_lines(args.input) - len(done)
    out = open(out_path, "a" if done else "w", encoding="utf-8") if out_path else sys.stdout
    coded = 0
    try:
        progress = _progress(args, total=total)
        def failed(article, error):
            nonlocal bad
            bad += 1
            print(f"sanderling: skipped: article {article.id!r}: coding failed "
                  f"({error.__class__.__name__}: {error}); please report it", file=sys.stderr)

        for result in code_articles(articles(), batch_size=args.batch_size, on_error=failed):
            record = result.to_dict()
            line = {"id": result.article.id, **record}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            out.flush()
            coded += 1
            progress.update(1)
        progress.close()
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"sanderling: coded {coded} articles, skipped {bad} bad records"
          + (f", {skipped} already in {out_path}" if skipped else ""), file=sys.stderr)
    return 0 if (coded or skipped or not bad) else 1


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
