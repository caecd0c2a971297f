"""Reading a store out: SQL queries, event selections, and PLOVER / ICEWS / Parquet exports.

Every function takes a read-only DuckDB connection (``connect_read_only``): nothing here
can change a store.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Optional

from ..ontology import PLOVER_TYPES
from .store import StoreError

#: PLOVER quad -> quad_code (PLOVER manual: 1 verbal cooperation .. 4 material conflict).
QUAD_CODES = {"verbal cooperation": 1, "material cooperation": 2, "verbal conflict": 3,
              "material conflict": 4}
#: CAMEO root -> ICEWS/GDELT QuadClass (1 verbal coop 01-05, 2 material coop 06-09,
#: 3 verbal conflict 10-14, 4 material conflict 15-20; GDELT 1.0 event codebook).
def cameo_quad_class(root: str) -> Optional[int]:
    try:
        n = int(root)
    except (TypeError, ValueError):
        return None
    return 1 if 1 <= n <= 5 else 2 if n <= 9 else 3 if n <= 14 else 4 if n <= 20 else None


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """CAMEO code -> Goldstein score (cameo_goldstein.tsv; provenance in its header)."""
    text = resources.files(__package__).joinpath("cameo_goldstein.tsv").read_text(encoding="utf-8")
    rows = [l.split("\t") for l in text.splitlines() if l and not l.startswith("#")][1:]
    return {code: float(score) for code, score in rows}


def goldstein(cameo: Optional[str]) -> Optional[float]:
    """The Goldstein score of a CAMEO code, else of its root; None for no code."""
    if not cameo:
        return None
    table = goldstein_table()
    return table.get(cameo, table.get(cameo[:2]))


# ---------------------------------------------------------------------- query

def run_query(con, sql: str):
    import duckdb
    try:
        cur = con.execute(sql)
    except duckdb.Error as e:
        first = str(e).strip().splitlines()[0]
        hint = ("the store is opened read-only; queries cannot change it"
                if "read-only" in first.lower() or "read only" in first.lower()
                else "see docs/schema.md for the tables and columns")
        raise StoreError(f"query failed: {first} ({hint})") from None
    if cur.description is None:
        return [], []
    return [d[0] for d in cur.description], iter_rows(cur)


def iter_rows(cur, size: int = 1000):
    """Rows of a DuckDB result, fetched a thousand at a time (bounded memory)."""
    while True:
        chunk = cur.fetchmany(size)
        if not chunk:
            return
        yield from chunk


def write_rows(columns: list[str], rows: Iterable[tuple], fmt: str, out) -> int:
    """Rows -> csv | json (a JSON array) | jsonl | table, written to ``out`` (a text stream)."""
    n = 0
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(columns)
        for row in rows:
            w.writerow([_csv_cell(v) for v in row])
            n += 1
    elif fmt in ("json", "jsonl"):
        if fmt == "json":
            out.write("[")
        for row in rows:
            text = json.dumps(dict(zip(columns, (_plain(v) for v in row))), ensure_ascii=False)
            out.write((",\n " if n and fmt == "json" else "") + text + ("\n" if fmt == "jsonl" else ""))
            n += 1
        if fmt == "json":
            out.write("]\n")
    else:
        rows = [[_cell(v) for v in row] for row in rows]
        n = len(rows)
        widths = [min(40, max([len(c)] + [len(r[i]) for r in rows])) for i, c in enumerate(columns)]
        out.write("  ".join(c[:40].ljust(w) for c, w in zip(columns, widths)).rstrip() + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        for r in rows:
            out.write("  ".join(v[:w].ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")
        out.write(f"({n} rows)\n")
    return n


def _plain(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


def _csv_cell(v):
    """Lists (actor codes) as "USA;KOR", JSON objects as JSON, dates as ISO."""
    if v is None:
        return ""
    v = _plain(v)
    if isinstance(v, list):
        return ";".join("" if x is None else str(x) for x in v)
    return json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v


def _cell(v) -> str:
    if v is None:
        return ""
    v = _plain(v)
    return json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else " ".join(str(v).split())


# ---------------------------------------------------------------------- events

EVENT_COLUMNS = ("event_id", "article_id", "date", "published", "event", "mode", "context", "cameo",
                 "actor_codes", "recipient_codes", "event_text", "negated", "hypothetical",
                 "place", "place_country", "evidence_text", "title", "url", "source", "coder_version")


def events_sql(*, actor=None, recipient=None, type=None, since=None, until=None,
               clustered: bool = False) -> tuple[str, list]:
    """The SELECT behind ``sanderling events``: current versions of articles only.

    ``clustered``: one row per event cluster (its first report's event) with n_reports.
    """
    where, params = [], []
    if actor:
        where.append("list_contains(actor_codes, ?)")
        params.append(actor.upper())
    if recipient:
        where.append("list_contains(recipient_codes, ?)")
        params.append(recipient.upper())
    if type:
        where.append("event = ?")
        params.append(type.upper())
    if since:
        where.append("coalesce(date, published) >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("coalesce(date, published) <= CAST(? AS DATE)")
        params.append(until)
    cond = (" WHERE " + " AND ".join(where)) if where else ""
    cols = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)
    if not clustered:
        return f"SELECT {cols} FROM current_events e{cond} ORDER BY coalesce(date, published), event_id", params
    sql = (f"SELECT {cols}, c.cluster_id, c.n_reports, c.n_events FROM current_events e "
           f"JOIN event_clusters c ON c.event_id = e.event_id{cond} "
           f"QUALIFY row_number() OVER (PARTITION BY c.cluster_id "
           f"ORDER BY e.published NULLS LAST, e.article_id, e.event_id) = 1 "
           f"ORDER BY coalesce(e.date, e.published), c.cluster_id")
    return sql, params


def copy_to_parquet(con, sql: str, params: list, path) -> int:
    """Write a SELECT to one Parquet file (DuckDB COPY); returns the number of rows."""
    import duckdb
    try:
        con.execute(f"COPY ({sql}) TO '{_sql_str(str(path))}' (FORMAT parquet)", params)
        return con.execute("SELECT count(*) FROM read_parquet(?)", [str(path)]).fetchone()[0]
    except duckdb.Error as e:
        raise StoreError(f"cannot write {path} ({str(e).splitlines()[0]}); "
                         f"free space or choose a writable place for --output") from None


def has_clusters(con) -> bool:
    return con.execute("SELECT count(*) FROM event_clusters").fetchone()[0] > 0


# ---------------------------------------------------------------------- exports

def _out_file(folder: Path, name: str, overwrite: bool) -> Path:
    path = folder / name
    if path.exists() and not overwrite:
        raise StoreError(f"{path} exists; give --overwrite to replace it, or another --to folder")
    return path


def _atomic_write(path: Path, write) -> int:
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            n = write(f)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            tmp.unlink()
        except OSError:
            pass
        if not isinstance(e, OSError):
            raise
        raise StoreError(f"cannot write {path} ({e.strerror or e}); nothing was exported; "
                         f"free space or choose a writable --to folder") from None
    return n


def _events_rows(con):
    cur = con.execute(
        "SELECT event_id, article_id, CAST(coalesce(date, published) AS VARCHAR) AS date, event, mode, context, cameo, "
        "actor, recipient, event_text, event_loc, negated, hypothetical, future, historical, evidence_text, "
        "evidence_sentence, confidence, why, title, url, source, CAST(published AS VARCHAR) AS published, "
        "coder_version, CAST(CAST(coded_at AS DATE) AS VARCHAR) AS coded_date "
        "FROM current_events ORDER BY coalesce(date, published), article_id, event_id")
    names = [d[0] for d in cur.description]
    while True:
        chunk = cur.fetchmany(1000)
        if not chunk:
            return
        for row in chunk:
            yield dict(zip(names, row))


def plover_record(r: dict) -> dict:
    """One stored event in the PLOVER record layout (PLOVER.md "Record fields")."""
    quad = PLOVER_TYPES.get(r["event"], (None,))[0]
    context = [c.strip() for c in (r["context"] or "").replace(";", ",").split(",") if c.strip()]
    return {
        "id": r["event_id"], "date": r["date"],
        "actor": json.loads(r["actor"] or "[]"), "recipient": json.loads(r["recipient"] or "[]"),
        "event": r["event"], "mode": r["mode"], "context": context, "event_text": r["event_text"],
        "event_loc": json.loads(r["event_loc"]) if r["event_loc"] else None,
        "quad_code": QUAD_CODES.get(quad), "cameo": r["cameo"],
        "text_info": {"article_id": r["article_id"], "title": r["title"], "published": r["published"],
                      "sentence": r["evidence_sentence"], "evidence": r["evidence_text"]},
        "factuality": {"negated": r["negated"], "hypothetical": r["hypothetical"],
                       "future": r["future"], "historical": r["historical"]},
        "confidence": r["confidence"], "why": r["why"],
        "coder": f"sanderling {r['coder_version']}", "coded_date": r["coded_date"],
        "source": r["source"], "url": r["url"],
    }


ICEWS_COLUMNS = ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
                 "Event Text", "CAMEO Code", "Root Code", "QuadClass", "Goldstein", "Intensity",
                 "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number",
                 "Publisher", "URL", "City", "Country", "Latitude", "Longitude",
                 "PLOVER Event", "PLOVER Mode")


def icews_row(r: dict) -> list:
    """One stored event as an ICEWS-style row (ICEWS_COLUMNS); Intensity = Goldstein, as ICEWS does."""
    actors, targets = json.loads(r["actor"] or "[]"), json.loads(r["recipient"] or "[]")
    loc = json.loads(r["event_loc"]) if r["event_loc"] else {}
    cameo = r["cameo"] or ""
    root = cameo[:2] if cameo else ""
    quad = cameo_quad_class(root) if root else QUAD_CODES.get(PLOVER_TYPES.get(r["event"], (None,))[0])
    score = goldstein(cameo)
    city = loc.get("resolved_place") if loc.get("resolution") not in (None, "country") else ""

    def names(xs, key):
        return ";".join(str(x.get(key) or "") for x in xs if x.get(key)) if xs else ""
    return [r["event_id"], r["date"] or "", names(actors, "name") or names(actors, "text"),
            names(actors, "sector"), names(actors, "code"), r["event_text"] or "", cameo, root,
            quad if quad is not None else "", "" if score is None else score, "" if score is None else score,
            names(targets, "name") or names(targets, "text"), names(targets, "sector"), names(targets, "code"),
            r["article_id"], r["evidence_sentence"] if r["evidence_sentence"] is not None else "",
            r["source"] or "", r["url"] or "", city or "", loc.get("country_code") or "",
            loc.get("lat") if loc.get("lat") is not None else "", loc.get("lon") if loc.get("lon") is not None else "",
            r["event"], r["mode"] or ""]


def export(con, folder: Path, fmt: str, *, overwrite: bool = False) -> tuple[Path, int]:
    """Write the store's current events to ``folder``; returns (path written, number of events)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create {folder} ({e.strerror}); choose a writable --to folder") from None
    if fmt == "plover":
        path = _out_file(folder, "events.plover.jsonl", overwrite)

        def write(f):
            n = 0
            for r in _events_rows(con):
                f.write(json.dumps(plover_record(r), ensure_ascii=False) + "\n")
                n += 1
            return n
        return path, _atomic_write(path, write)
    if fmt == "icews":
        path = _out_file(folder, "events.icews.tsv", overwrite)

        def write(f):
            w = csv.writer(f, delimiter="\t", lineterminator="\n")
            w.writerow(ICEWS_COLUMNS)
            n = 0
            for r in _events_rows(con):
                w.writerow([" ".join(str(v).split()) if isinstance(v, str) else v for v in icews_row(r)])
                n += 1
            return n
        return path, _atomic_write(path, write)
    if fmt == "parquet":
        return export_parquet(con, folder, overwrite=overwrite)
    raise StoreError(f"unknown export format {fmt!r}; use plover, icews or parquet")


def export_parquet(con, folder: Path, *, overwrite: bool = False) -> tuple[Path, int]:
    """events/month=YYYY-MM/*.parquet (month of the event date, else the publication date;
    'unknown' when neither is known); DuckDB, Spark, pandas and Arrow read the partitions."""
    import duckdb
    import shutil
    target = folder / "events"
    if target.exists():
        if not overwrite:
            raise StoreError(f"{target} exists; give --overwrite to replace it, or another --to folder")
        shutil.rmtree(target)
    n = con.execute("SELECT count(*) FROM current_events").fetchone()[0]
    sql = ("SELECT *, coalesce(strftime(coalesce(date, published), '%Y-%m'), 'unknown') AS month "
           "FROM current_events ORDER BY coalesce(date, published), article_id, event_id")
    try:
        con.execute(f"COPY ({sql}) TO '{_sql_str(str(target))}' (FORMAT parquet, PARTITION_BY (month))")
    except duckdb.Error as e:
        raise StoreError(f"cannot write {target} ({str(e).splitlines()[0]}); "
                         f"free space or choose a writable --to folder") from None
    return target, n


def _sql_str(s: str) -> str:
    return s.replace("'", "''")
