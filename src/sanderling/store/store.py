"""The DuckDB store: one file, written only by ``Store`` in one transaction per batch.

    with Store.open("corpus.duckdb") as store:
        counts = store.add_results((record, result.to_dict()) for ...)

Crash safety: a batch of articles (their rows in every table and the skipped records next
to them) is one DuckDB transaction. A process killed at any moment leaves the store as it
was after the last commit; running the same ingest again skips what is stored (by
``article_key``) and writes the rest, so the store ends exactly as a clean run leaves it.
"""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

from ..dedup import iso_day
from ..errors import SanderlingError
from ..records import stable_id
from . import schema
from .schema import content_key

#: Articles per transaction in add_results. Small enough that a crash loses little work and
#: a batch's rows stay in memory; large enough that commits (an fsync each) cost little.
DEFAULT_BATCH = 32
#: The bytes every DuckDB database file carries at offset 8 (its format magic).
DUCKDB_MAGIC = b"DUCK"
#: Input keys that have their own article column; every other key goes to ``extra`` (JSON).
ARTICLE_KEYS = ("id", "title", "text", "date", "published", "url", "source", "html")


class StoreError(SanderlingError):
    """The store cannot be opened or written: one line, what happened and what to do."""


def duplicate_reason(stored_id: str) -> str:
    return f"same text as stored article {stored_id!r}; not stored twice"


def coder_version() -> str:
    from .. import __version__
    return __version__


def _io_message(path, e: BaseException) -> str:
    text = str(e).strip().splitlines()[0] if str(e).strip() else e.__class__.__name__
    low = text.lower()
    if "no space" in low or "disk full" in low or "file too large" in low or "errno 27" in low \
            or "errno 28" in low:
        hint = "free disk space (or raise the file-size limit)"
    elif "read-only" in low or "permission" in low or "errno 13" in low or "errno 30" in low:
        hint = "choose a writable place for --db or fix its permissions"
    else:
        hint = "fix the cause"
    return (f"cannot write to store {path}: {text}; everything committed before is intact; "
            f"{hint}, then run the same command again to resume")


def check_is_store(path: Union[str, os.PathLike]) -> None:
    """Refuse (without writing a byte) a path that exists and is not a Sanderling store."""
    import duckdb
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{p} is a directory; give --db a file name such as corpus.duckdb")
    try:
        with open(p, "rb") as f:
            head = f.read(16)
    except OSError as e:
        raise StoreError(f"cannot read {p} ({e.strerror}); check its permissions")
    if head[8:12] != DUCKDB_MAGIC:
        raise StoreError(f"{p} exists and is not a Sanderling store (not a DuckDB file); "
                         f"it was left untouched; give --db a new file name")
    try:
        con = duckdb.connect(str(p), read_only=True)
    except duckdb.Error as e:
        raise StoreError(f"{p} cannot be opened as a DuckDB file ({str(e).splitlines()[0]}); "
                         f"it was left untouched")
    try:
        try:
            rows = dict(con.execute("SELECT key, value FROM meta").fetchall())
        except duckdb.Error:
            rows = {}
    finally:
        con.close()
    if rows.get("application") != schema.APPLICATION:
        raise StoreError(f"{p} is a DuckDB file but not a Sanderling store (no Sanderling meta "
                         f"table); it was left untouched; give --db a new file name")
    if rows.get("schema_version") != schema.SCHEMA_VERSION:
        raise StoreError(f"{p} is a Sanderling store of schema version {rows.get('schema_version')}, "
                         f"this Sanderling reads version {schema.SCHEMA_VERSION}; "
                         f"ingest into a new file (or use the Sanderling that wrote it)")


def connect_read_only(path: Union[str, os.PathLike]):
    """A read-only connection to an existing store (for query, events, export)."""
    import duckdb
    if not Path(path).exists():
        raise StoreError(f"{path}: no such store; create it with sanderling ingest ... --db {path}")
    check_is_store(path)
    try:
        return duckdb.connect(str(path), read_only=True)
    except duckdb.Error as e:
        raise StoreError(f"cannot open {path} read-only ({str(e).splitlines()[0]}); "
                         f"is an ingest writing to it right now?")


#: Columns that hold wall-clock times: the only ones two runs over the same input may differ in.
CLOCK_COLUMNS = frozenset({"coded_at", "skipped_at"})


def comparable_rows(path: Union[str, os.PathLike], table: str) -> list[str]:
    """The rows of ``table``, clock columns left out, as sorted strings: equal for two stores
    that hold the same data however they got there (a clean run, a killed and resumed one)."""
    con = connect_read_only(path)
    try:
        cur = con.execute(f"SELECT * FROM {table}")
        keep = [i for i, d in enumerate(cur.description) if d[0] not in CLOCK_COLUMNS]
        return sorted(repr(tuple(row[i] for i in keep)) for row in cur.fetchall())
    finally:
        con.close()


class Store:
    """A Sanderling store opened for writing (the ingest's parent process alone writes)."""

    def __init__(self, con, path: Path):
        self.con = con
        self.path = path
        self.version = coder_version()
        self.failed = False  # a write failed: no checkpoint on close

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: Union[str, os.PathLike]) -> "Store":
        """Open an existing store or create a new one; anything else is refused untouched."""
        import duckdb
        p = Path(path)
        exists = p.exists()
        if exists:
            check_is_store(p)
        else:
            parent = p.parent if str(p.parent) else Path(".")
            if not parent.is_dir():
                raise StoreError(f"cannot create store {p}: folder {parent} does not exist")
            if not os.access(parent, os.W_OK):
                raise StoreError(f"cannot create store {p}: folder {parent} is not writable; "
                                 f"choose a writable place for --db")
        try:
            con = duckdb.connect(str(p))
        except duckdb.Error as e:
            raise StoreError(_io_message(p, e)) from e
        store = cls(con, p)
        if not exists:
            try:
                con.execute("BEGIN")
                con.execute(schema.DDL)
                con.executemany("INSERT INTO meta VALUES (?, ?)", [
                    ("application", schema.APPLICATION), ("schema_version", schema.SCHEMA_VERSION),
                    ("created_by", f"sanderling {store.version}"),
                    ("created_at", dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))])
                con.execute("COMMIT")
            except (duckdb.Error, OSError) as e:
                con.close()
                _remove_quietly(p)
                raise StoreError(_io_message(p, e)) from e
        return store

    def close(self) -> None:
        try:
            if self.failed:  # a checkpoint now could half-write the file: the WAL replays next time
                self.con.execute("PRAGMA disable_checkpoint_on_shutdown")
            self.con.close()
        except Exception:  # noqa: BLE001  (closing after a failed write must not mask it)
            pass

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ reading state

    def stored_keys(self, keys: list[str]) -> dict[str, tuple[str, str]]:
        """article_key -> (article_id, coder_version) for those of ``keys`` already stored."""
        if not keys:
            return {}
        rows = self.con.execute("SELECT article_key, article_id, coder_version FROM articles "
                                "WHERE article_key IN (SELECT unnest(?))", [keys]).fetchall()
        return {k: (i, v) for k, i, v in rows}

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in schema.TABLES if t != "meta"}

    # ------------------------------------------------------------------ writing

    def add_results(self, items: Iterable[tuple], *, batch_size: int = DEFAULT_BATCH) -> dict[str, int]:
        """Store (article_meta, result_dict[, input_name[, coder_version]]) items.

        ``article_meta`` is the input record (id, text, title, date/published, url, source,
        any other keys); ``result_dict`` is ``ArticleResult.to_dict()``. Each batch of
        ``batch_size`` items is one transaction. Returns counts: stored, unchanged,
        recoded, duplicate.
        """
        totals = {"stored": 0, "unchanged": 0, "recoded": 0, "duplicate": 0}
        batch: list[tuple] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                _add(totals, self.write_batch(batch, []))
                batch = []
        if batch:
            _add(totals, self.write_batch(batch, []))
        return totals

    def write_batch(self, results: list[tuple], skips: list[dict]) -> dict[str, int]:
        """One transaction: the results' rows in every table, and the skipped records."""
        import duckdb
        counts = {"stored": 0, "unchanged": 0, "recoded": 0, "duplicate": 0, "events": 0, "quotes": 0}
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        try:
            self.con.execute("BEGIN")
            seen: dict[str, str] = {}
            rows: dict[str, list[tuple]] = {t: [] for t in schema.CHILD_TABLES}
            articles: list[tuple] = []
            recoded: list[str] = []
            skip_rows = [self._skip_row(s, now) for s in skips]
            keyed = []                      # (article_key, article_id) per result: two look-ups
            for item in results:
                meta, result = item[0], item[1]
                text = meta.get("text") if isinstance(meta.get("text"), str) else result["article"]["text"]
                keyed.append((content_key(text), str(meta.get("id") or result["article"]["id"])))
            stored_at, last_number = self._lookup(keyed)
            for item, (key, article_id) in zip(results, keyed):
                meta, result = item[0], item[1]
                input_name = item[2] if len(item) > 2 else None
                version = (item[3] if len(item) > 3 else None) or self.version
                stored = stored_at.get(key)
                if key in seen:  # the same text earlier in this batch
                    stored = (seen[key], 0, version)
                seen[key] = stored[0] if stored else article_id
                if stored and stored[0] != article_id:
                    counts["duplicate"] += 1
                    skip_rows.append(self._skip_row({
                        "article_id": article_id, "input": input_name, "kind": "duplicate",
                        "reason": duplicate_reason(stored[0])}, now))
                    continue
                if stored and stored[2] == version:
                    counts["unchanged"] += 1
                    continue
                if stored:  # same article, newer (or other) coder: its rows are re-written
                    counts["recoded"] += 1
                    number = stored[1]
                    recoded.append(key)
                else:
                    counts["stored"] += 1
                    number = last_number.get(article_id, 0) + 1
                    number += sum(1 for a in articles if a[1] == article_id)
                counts["events"] += len(result.get("events") or [])
                counts["quotes"] += len(result.get("quotes") or [])
                articles.append(_article_row(key, article_id, number, meta, result, input_name,
                                             version, now))
                for table, table_rows in _child_rows(key, article_id, result, version).items():
                    rows[table].extend(table_rows)
            if recoded:                     # their old rows go, in one statement per table
                for table in (*schema.CHILD_TABLES, "articles"):
                    self.con.execute(f"DELETE FROM {table} WHERE article_key IN (SELECT unnest(?))", [recoded])
            self._insert("articles", articles, conflict="")
            for table, table_rows in rows.items():
                self._insert(table, table_rows)
            self._insert("skipped", skip_rows)
            self.con.execute("COMMIT")
        except (duckdb.Error, OSError) as e:
            try:
                self.con.execute("ROLLBACK")
            except Exception:  # noqa: BLE001
                pass
            self.failed = True
            if isinstance(e, (duckdb.IOException, OSError)) or "disk" in str(e).lower():
                raise StoreError(_io_message(self.path, e)) from e
            raise
        return counts

    def _lookup(self, keyed: list[tuple[str, str]]) -> tuple[dict, dict]:
        """For a batch's (article_key, article_id) pairs, in two queries (not two per article):
        article_key -> (article_id, version, coder_version) of the texts already stored, and
        article_id -> the highest version number stored under that id."""
        if not keyed:
            return {}, {}
        keys = sorted({k for k, _ in keyed})
        ids = sorted({i for _, i in keyed})
        stored = {k: (i, v, c) for k, i, v, c in self.con.execute(
            "SELECT article_key, article_id, version, coder_version FROM articles "
            "WHERE article_key IN (SELECT unnest(?))", [keys]).fetchall()}
        numbers = dict(self.con.execute(
            "SELECT article_id, max(version) FROM articles WHERE article_id IN (SELECT unnest(?)) "
            "GROUP BY article_id", [ids]).fetchall())
        return stored, numbers

    def _insert(self, table: str, rows: list[tuple], conflict: str = " ON CONFLICT DO NOTHING") -> None:
        """Many rows in one statement: each column goes in as one list parameter and the rows
        are zipped back by ``unnest`` (DuckDB runs executemany row by row, ~100x slower; one
        multi-row VALUES with a parameter per cell took 1.5 s of the parent's 3.3 s CPU when
        ingesting 300 BBC articles, this 0.35 s; the final recluster fell from 1.1 s to 0.3 s)."""
        if not rows:
            return
        columns = [list(col) for col in zip(*rows)]
        select = ", ".join("unnest(?)" for _ in columns)
        self.con.execute(f"INSERT INTO {table} SELECT {select}{conflict}", columns)

    def add_skipped(self, skips: list[dict]) -> None:
        self.write_batch([], skips)

    def _skip_row(self, skip: dict, now) -> tuple:
        key = stable_id(skip.get("input"), skip.get("article_id"), skip["kind"], skip["reason"], length=20)
        return (key, skip.get("article_id"), skip.get("input"), skip["kind"], skip["reason"],
                skip.get("coder_version") or self.version, now)

    # ------------------------------------------------------------------ Ray shards

    def load_shards(self, folder: Union[str, os.PathLike], *, batch_size: int = DEFAULT_BATCH) -> dict[str, Any]:
        """Read the Parquet shards of the Ray engine (ENGINE_CONTRACT.md) into the store.

        Rows with a result are stored as the local engine stores them (same identity, so
        loading a shard twice is a no-op); rows with an error become skipped records. A file
        DuckDB cannot read (a run killed mid-write) is reported and left for a re-run.
        """
        import duckdb
        files = sorted(str(p) for p in Path(folder).glob("*.parquet"))
        totals: dict[str, Any] = {"files": len(files), "unreadable": [], "skipped": 0,
                                  "stored": 0, "unchanged": 0, "recoded": 0, "duplicate": 0}
        reader = duckdb.connect()  # in-memory: reading shards never touches the store
        try:
            for file in files:
                try:
                    cur = reader.execute("SELECT * FROM read_parquet(?)", [file])
                    columns = [d[0] for d in cur.description]
                except duckdb.Error as e:
                    totals["unreadable"].append(f"{file}: {str(e).splitlines()[0]}")
                    continue
                while True:
                    chunk = cur.fetchmany(batch_size)
                    if not chunk:
                        break
                    results, skips = [], []
                    for values in chunk:
                        row = dict(zip(columns, values))
                        article_id, article_json, result_json, version, error = (
                            row["article_id"], row["article_json"], row["result_json"],
                            row["coder_version"], row["error"])
                        name = f"{Path(file).name}:{article_id}"
                        if error is not None or result_json is None:
                            # shards before skip_kind existed: every error row was a refusal
                            kind = row.get("skip_kind") or "refused"
                            skips.append({"article_id": article_id, "input": name, "kind": kind,
                                          "reason": error or "no result", "coder_version": version})
                            continue
                        results.append((json.loads(article_json), json.loads(result_json), name, version))
                    totals["skipped"] += len(skips)
                    _add(totals, self.write_batch(results, skips))
        finally:
            reader.close()
        return totals

    # ------------------------------------------------------------------ clusters

    def recluster(self) -> Optional[int]:
        """Recompute event_clusters over the current events (needs ``sanderling.dedup``).

        Returns the number of clusters, or None when the dedup module is not installed.
        """
        try:
            from ..dedup import cluster_events
        except ImportError:
            return None
        import duckdb
        cur = self.con.execute(
            "SELECT event_id, article_id, CAST(published AS VARCHAR), event, CAST(date AS VARCHAR), "
            "actor, recipient, evidence_text, event_loc, negated, hypothetical FROM current_events")
        events = []
        for (eid, aid, published, event, date, actor, recipient, evidence, loc, negated,
             hypothetical) in cur.fetchall():
            events.append({"id": eid, "article_id": aid, "published": published, "event": event,
                           "date": date, "actor": json.loads(actor or "[]"),
                           "recipient": json.loads(recipient or "[]"), "evidence": {"text": evidence},
                           "event_loc": json.loads(loc) if loc else None,
                           "factuality": {"negated": bool(negated), "hypothetical": bool(hypothetical)}})
        clusters = cluster_events(events)
        rows = []
        for c in clusters:
            d = c.to_dict()
            first, last = d["first_report"], d["last_report"]
            for eid in d["member_event_ids"]:
                rows.append((d["cluster_id"], eid, d["event"], d["n_reports"], d["n_events"],
                             first.get("article_id"), first.get("published"), last.get("article_id"),
                             last.get("published"), d.get("date"), _place_name(d.get("place"))))
        try:
            self.con.execute("BEGIN")
            self.con.execute("DELETE FROM event_clusters")
            if rows:
                self._insert("event_clusters", rows)
            self.con.execute("COMMIT")
        except (duckdb.Error, OSError) as e:
            try:
                self.con.execute("ROLLBACK")
            except Exception:  # noqa: BLE001
                pass
            raise StoreError(_io_message(self.path, e)) from e
        return len(clusters)


# ---------------------------------------------------------------------- rows

def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _add(totals: dict, counts: dict) -> None:
    for k, v in counts.items():
        totals[k] = totals.get(k, 0) + v


def _remove_quietly(path: Path) -> None:
    for p in (path, Path(str(path) + ".wal")):
        try:
            p.unlink()
        except OSError:
            pass


def _place_name(place) -> Optional[str]:
    if place is None or isinstance(place, str):
        return place
    if isinstance(place, dict):
        return place.get("resolved_place") or place.get("extracted_place") or place.get("name")
    return str(place)


def _str_or_none(value) -> Optional[str]:
    return value if isinstance(value, str) and value.strip() else None


def _article_row(key, article_id, number, meta, result, input_name, version, now) -> tuple:
    art = result["article"]
    extra = {k: v for k, v in meta.items() if k not in ARTICLE_KEYS}
    published = iso_day(art.get("published")) or iso_day(meta.get("published")) or iso_day(meta.get("date"))
    return (key, article_id, number, _str_or_none(meta.get("title")) or art.get("title"), published,
            _str_or_none(meta.get("url")), _str_or_none(meta.get("source")), art.get("outlet"),
            list(art.get("byline") or []), list(art.get("captions") or []), art["text"],
            len(art["text"]), json.dumps(extra, ensure_ascii=False, default=str) if extra else None,
            input_name, len(result.get("events") or []), len(result.get("quotes") or []),
            version, now)


def _child_rows(key: str, article_id: str, result: dict, version: str) -> dict[str, list[tuple]]:
    rows: dict[str, list[tuple]] = {t: [] for t in schema.CHILD_TABLES}
    for ent in result.get("entities") or []:
        mentions = ent.get("mentions") or []
        rows["entities"].append((key, ent["id"], ent.get("name"), ent.get("code"), ent.get("sector"),
                                 ent.get("role"), len(mentions), version))
        for m in mentions:
            rows["mentions"].append((key, ent["id"], m["start"], m["end"], m.get("text"), version))
    for ev in result.get("events") or []:
        fact = ev.get("factuality") or {}
        evid = ev.get("evidence") or {}
        loc = ev.get("event_loc") or None
        rows["events"].append((
            key, ev["id"], article_id, iso_day(ev.get("date")), ev["event"], ev.get("mode"),
            ev.get("context"), ev.get("cameo"),
            [a.get("code") for a in ev.get("actor") or [] if a.get("code")],
            [r.get("code") for r in ev.get("recipient") or [] if r.get("code")],
            json.dumps(ev.get("actor") or [], ensure_ascii=False),
            json.dumps(ev.get("recipient") or [], ensure_ascii=False), ev.get("event_text"),
            bool(fact.get("negated")), bool(fact.get("hypothetical")), bool(fact.get("future")),
            bool(fact.get("historical")), evid.get("sentence"), evid.get("start"), evid.get("end"),
            evid.get("text"), _place_name(loc), (loc or {}).get("country_code"),
            (loc or {}).get("geonameid"), (loc or {}).get("lat"), (loc or {}).get("lon"),
            json.dumps(loc, ensure_ascii=False) if loc else None, ev.get("confidence"), ev.get("why"),
            version))
    for n, q in enumerate(result.get("quotes") or []):
        sp = q.get("speaker") or {}
        rows["quotes"].append((key, n, sp.get("text"), sp.get("entity_id"), sp.get("name"), sp.get("code"),
                               q.get("cue"), q.get("content"), q.get("start"), q.get("end"),
                               bool(q.get("direct")), version))
    for a in result.get("acronyms") or []:
        rows["acronyms"].append((key, a["short"], a["long"], a.get("entity_id"), version))
    for n, t in enumerate(result.get("timexes") or []):
        rows["timexes"].append((key, n, t.get("text"), t.get("value"), t.get("start"), t.get("end"),
                                t.get("granularity"), version))
    return rows
