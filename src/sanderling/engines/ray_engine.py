"""The coding stage on a Ray cluster: JSONL or Parquet articles in, Parquet shards out.

    from sanderling.engines.ray_engine import code_to_shards
    summary = code_to_shards(["corpus/"], "shards/", ray_address="auto")

It is the same stage as local coding (``pipeline.code_articles`` over records read by
``reading``), laid out as a Ray Data pipeline:

    read   JSONL lines or Parquet rows (each row becomes the JSON line it stands for), by our
           own streaming reader: bounded memory, one row per record, errors per record
    code   ``map_batches(CodeBatch, compute=ActorPoolStrategy(size=N))``: each actor loads
           the spaCy pipeline once and codes a batch of articles with ``nlp.pipe``
    write  Parquet shards, one row per input record (``SHARD_SCHEMA``)

A shard row is {article_id, article_json, result_json, coder_version, error}: the input
record as it came (all its keys, JSON), the ArticleResult as JSON (``to_dict()``, exactly
what ``sanderling code`` writes), the coder's version, and for a record that was refused or
failed, no result and the reason. Nothing is lost: a bad record is a row too. The store reads
shards with ``Store.load_shards(DIR)`` (see ENGINE_CONTRACT.md and docs/cluster.md).

Ray and pyarrow are optional (``pip install sanderling[ray]``) and imported only inside
the functions that need them: importing this module does not import Ray, and nothing in
``sanderling`` imports this module.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

from ..errors import BadInput, SanderlingError
from ..settings import DEFAULT_TIME_BUDGET
from ..records import stable_id

#: The columns of a shard, in order; every one is a string, only result_json and error may be null.
SHARD_COLUMNS = ("article_id", "article_json", "result_json", "coder_version", "error", "skip_kind")
#: Articles per actor call (one nlp.pipe batch). The CLI's --batch-size default is 16 too:
#: large enough to amortise the call, small enough that one slow article delays few others.
DEFAULT_BATCH_SIZE = 16
#: JSONL is read in chunks of this many bytes: memory per read task stays bounded whatever
#: the file size (a line longer than the article limit is refused without being kept).
READ_CHUNK_BYTES = 1 << 20
#: Lines per block handed on by the reader: blocks stream to the actors as they are read.
READ_BLOCK_LINES = 256
#: A shard file holds at least this many rows (fewer files for DuckDB to open), except the
#: last of a write task. Rows are written only when a file is complete: a smaller figure
#: loses less work to a crash, a larger one makes fewer files.
SHARD_MIN_ROWS = 256
#: CPUs reserved by a read or write task. Zero: reading lines and writing Parquet cost little
#: next to coding, and an actor pool holding every CPU (the default) would otherwise leave the
#: reader no CPU to start on, and the run would wait for ever (seen with 2 actors on 2 CPUs).
IO_TASK_CPUS = 0
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
#: Stands in for a JSONL line longer than any article can be: it is refused, not kept.
OVERSIZE_MARK = b"\x00sanderling:oversize-line"
INSTALL_HINT = "the Ray engine needs the optional extra: pip install 'sanderling[ray]'"


def coder_version() -> str:
    """The version stamped on every shard row: the store's own (one place decides it)."""
    from ..store.store import coder_version as store_coder_version  # no duckdb import
    return store_coder_version()


# ---------------------------------------------------------------- coding a batch (no Ray needed)

def shard_rows(items: Iterable[tuple[str, Union[str, bytes]]], *, nlp=None,
               version: Optional[str] = None, batch_size: int = DEFAULT_BATCH_SIZE,
               english: bool = True, budget_s: Optional[float] = None) -> list[dict]:
    """(name, JSONL line) pairs -> shard rows, one per item, in order.

    ``name`` says where the line came from ("corpus.jsonl:12") for error messages. A line that
    is not a usable record, an article that is refused (empty, not English, too large), an
    article whose coding fails and one that runs past ``budget_s`` seconds (abandoned, the
    batch goes on) each give a row with ``error`` and ``skip_kind`` set and no result.
    """
    from ..pipeline import TimeBudgetExceeded, code_articles
    from ..reading import parse_jsonl_line, record_to_article, too_large_message

    version = version or coder_version()
    rows: list[dict] = []
    pending = []  # (row, article) to code
    for name, line in items:
        raw = line if isinstance(line, bytes) else line.encode("utf-8", "surrogatepass")
        if raw == OVERSIZE_MARK:
            record = BadInput(too_large_message(name, "a line over the limit (not read whole)"))
            raw = b""
        else:
            record = parse_jsonl_line(raw, name=name)
        if isinstance(record, BadInput):
            text = raw.decode("utf-8", "replace")
            rows.append(_row(_bad_line_id(text, name), text, None, version, str(record)))
            continue
        row = _row(record["id"], json.dumps(record, ensure_ascii=False, default=str), None, version, None)
        rows.append(row)
        try:
            pending.append((row, record_to_article(record, name=f"{name} (id {record['id']!r})",
                                                   english=english)))
        except BadInput as e:
            row["error"], row["skip_kind"] = str(e), "refused"
    failures: dict[int, Exception] = {}
    # a list, not the generator: failures are known only once their batch has run
    results = list(code_articles((a for _, a in pending), nlp=nlp, batch_size=batch_size, budget_s=budget_s,
                                 on_error=lambda article, e: failures.__setitem__(id(article), e)))
    done = iter(results)
    for row, article in pending:
        if id(article) in failures:
            e = failures[id(article)]
            if isinstance(e, TimeBudgetExceeded):
                row["error"], row["skip_kind"] = str(e), "time_budget"
            else:
                row["error"], row["skip_kind"] = (
                    f"article {article.id!r}: coding failed ({e.__class__.__name__}: {e}); "
                    f"please report it with the article text"), "failed"
            continue
        result = next(done)
        row["result_json"] = json.dumps(result.to_dict(), ensure_ascii=False)
    return rows


def _bad_line_id(text: str, name: str) -> str:
    """The record's own id when the line is a JSON object with one, else a hash of the line."""
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        record = None
    if isinstance(record, dict) and isinstance(record.get("id"), (str, int)) and str(record["id"]).strip():
        return str(record["id"])
    return stable_id(text or name)


def _row(article_id, article_json, result_json, version, error) -> dict:
    """A shard row; ``skip_kind`` (refused | failed | time_budget, as the store's skipped table
    has it) is set with every error."""
    return {"article_id": str(article_id), "article_json": article_json, "result_json": result_json,
            "coder_version": version, "error": error, "skip_kind": "refused" if error else None}


def shard_schema():
    import pyarrow as pa
    nullable = {"result_json", "error", "skip_kind"}
    return pa.schema([pa.field(c, pa.string(), nullable=c in nullable) for c in SHARD_COLUMNS])


def rows_to_table(rows: list[dict]):
    import pyarrow as pa
    return pa.Table.from_pylist(rows, schema=shard_schema())


class CodeBatch:
    """A Ray Data actor: loads the Sanderling pipeline once, then codes batches of lines."""

    def __init__(self, english: bool = True, budget_s: Optional[float] = None):
        from ..nlp import get_nlp
        self.nlp = get_nlp()
        self.version = coder_version()
        self.english = english
        self.budget_s = budget_s

    def __call__(self, batch):
        names = batch.column("name").to_pylist()
        lines = batch.column("line").to_pylist()
        rows = shard_rows(zip(names, lines), nlp=self.nlp, version=self.version,
                          batch_size=max(1, len(lines)), english=self.english, budget_s=self.budget_s)
        return rows_to_table(rows)


# ---------------------------------------------------------------- reading

def iter_line_blocks(stream, path: str, *, chunk_bytes: int = READ_CHUNK_BYTES,
                     block_lines: int = READ_BLOCK_LINES) -> Iterator[tuple[list[str], list[bytes]]]:
    """A binary stream of JSONL -> blocks of (names, lines); memory bounded by chunk and line limit.

    Each line keeps its final newline (a last line without one is reported as truncated by
    ``parse_jsonl_line``). A line over the size limit is not kept whole: its first bytes are
    kept and the line is refused by ``parse_jsonl_line`` as too large.
    """
    from .. import settings
    from ..reading import JSON_BYTES_PER_CHAR_MAX
    max_line = settings.MAX_ARTICLE_CHARS * JSON_BYTES_PER_CHAR_MAX
    names: list[str] = []
    lines: list[bytes] = []
    line_no = 0
    partial = bytearray()
    oversize = False

    def emit(line: bytes, too_big: bool):
        nonlocal line_no
        line_no += 1
        if too_big:
            line = OVERSIZE_MARK
        elif not line.strip():
            return
        names.append(f"{path}:{line_no}")
        lines.append(line)

    while True:
        chunk = stream.read(chunk_bytes)
        if not chunk:
            break
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            if end < 0:
                if not oversize:
                    partial += chunk[start:]
                    if len(partial) > max_line:
                        oversize, partial = True, partial[:64]
                break
            if oversize:
                emit(bytes(partial), True)
            else:
                emit(bytes(partial) + chunk[start:end + 1], False)
            partial, oversize, start = bytearray(), False, end + 1
        if len(lines) >= block_lines:
            yield names, lines
            names, lines = [], []
    if partial or oversize:
        emit(bytes(partial), oversize)
    if lines:
        yield names, lines


def iter_parquet_blocks(stream, path: str, *, block_lines: int = READ_BLOCK_LINES
                        ) -> Iterator[tuple[list[str], list[bytes]]]:
    """A Parquet file -> blocks of (names, lines): each row as the JSON line it stands for."""
    import pyarrow.parquet as pq
    row_no = 0
    for batch in pq.ParquetFile(stream).iter_batches(batch_size=block_lines):
        names, lines = [], []
        for row in batch.to_pylist():
            row_no += 1
            names.append(f"{path}:row {row_no}")
            lines.append(json.dumps(row, ensure_ascii=False, default=str).encode("utf-8", "surrogatepass"))
        yield names, lines


def _input_datasource(paths: list[str]):
    """One Ray datasource for JSONL and Parquet files: rows {name, line}, streamed in blocks."""
    import pyarrow as pa
    from ray.data.datasource import FileBasedDatasource

    class ArticleLines(FileBasedDatasource):
        def _open_input_source(self, filesystem, path: str, **open_args):
            if path.lower().endswith(PARQUET_SUFFIXES):
                return filesystem.open_input_file(path)  # Parquet needs random access (footer)
            return super()._open_input_source(filesystem, path, **open_args)

        def _read_stream(self, f, path: str):
            blocks = (iter_parquet_blocks(f, path) if path.lower().endswith(PARQUET_SUFFIXES)
                      else iter_line_blocks(f, path))
            for names, lines in blocks:
                yield pa.table({"name": pa.array(names, pa.string()), "line": pa.array(lines, pa.binary())})

    suffixes = [s.lstrip(".") for s in JSONL_SUFFIXES + PARQUET_SUFFIXES]
    return ArticleLines(paths, file_extensions=suffixes)


def split_inputs(paths: Iterable[Union[str, os.PathLike]]) -> tuple[list[str], list[str]]:
    """Input paths (files or folders; local paths or URIs such as s3://) -> (jsonl, parquet).

    Raises BadInput for a local path that does not exist and for a file of another kind.
    """
    jsonl, parquet = [], []
    for path in paths:
        text = str(path)
        local = "://" not in text
        if local:
            p = Path(text)
            if not p.exists():
                raise BadInput(f"{text}: no such file or folder")
            text = str(p.resolve())
            if p.is_dir():
                files = sorted(q for q in p.rglob("*") if q.is_file())
                jsonl += [str(q.resolve()) for q in files if q.suffix.lower() in JSONL_SUFFIXES]
                parquet += [str(q.resolve()) for q in files if q.suffix.lower() in PARQUET_SUFFIXES]
                continue
        lower = text.lower()
        if lower.endswith(JSONL_SUFFIXES):
            jsonl.append(text)
        elif lower.endswith(PARQUET_SUFFIXES):
            parquet.append(text)
        else:
            raise BadInput(f"{text}: the Ray engine reads JSONL (.jsonl, .ndjson, .json) or Parquet "
                           f"(.parquet) files; convert it or use the local engine")
    if not jsonl and not parquet:
        raise BadInput("no JSONL or Parquet input files found in the given paths")
    return jsonl, parquet


# ---------------------------------------------------------------- the run

def code_to_shards(paths: Iterable[Union[str, os.PathLike]], shard_dir: Union[str, os.PathLike],
                   ray_address: Optional[str] = None, num_actors: Optional[int] = None,
                   batch_size: int = DEFAULT_BATCH_SIZE, *, english: bool = True,
                   progress: Optional[bool] = None,
                   time_budget: Optional[float] = DEFAULT_TIME_BUDGET) -> dict[str, Any]:
    """Code every record of ``paths`` on Ray into Parquet shards under ``shard_dir``.

    ``ray_address``: None uses the Ray already initialised in this process, else starts a
    local one; "auto" or "ray://host:10001" or "host:6379" joins a running cluster.
    ``num_actors``: pipelines running at once (default: the cluster's CPUs, one per actor).
    ``time_budget``: seconds an article may take (as in the local engine); one that runs past it
    is abandoned with a ``time_budget`` error row and its batch goes on; None: no budget.
    Returns {"shards": [new files], "rows", "coded", "errors", "events", "shard_dir"}.
    Files already in ``shard_dir`` are left alone; each run adds its own files.
    """
    try:
        import ray
        from ray.data import ActorPoolStrategy, DataContext
    except ImportError as e:
        raise SanderlingError(INSTALL_HINT) from e
    jsonl, parquet = split_inputs(paths)
    out = str(shard_dir)
    local_out = "://" not in out
    if local_out:
        Path(out).mkdir(parents=True, exist_ok=True)
        out = str(Path(out).resolve())
    before = set(_list_shards(out)) if local_out else set()

    started = False
    if not ray.is_initialized():
        ray.init(address=ray_address, include_dashboard=False, log_to_driver=False,
                 logging_level="WARNING")
        started = True
    try:
        context = DataContext.get_current()
        saved = (context.enable_progress_bars, context.op_resource_reservation_enabled)
        context.enable_progress_bars = sys.stderr.isatty() if progress is None else progress
        # Ray Data reserves a CPU for every operator by default; with one actor per CPU (our
        # default) the second actor then never gets one and the fixed-size pool waits for it
        # for ever (seen: 2 actors, 2 CPUs). Reading and writing ask for no CPU (IO_TASK_CPUS),
        # so no reservation is needed.
        context.op_resource_reservation_enabled = False
        actors = num_actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        # one read operator for both kinds (Ray's own Parquet reader adds a file-listing task
        # that asks for a CPU the actor pool holds)
        ds = ray.data.read_datasource(_input_datasource(jsonl + parquet), num_cpus=IO_TASK_CPUS)
        ds = ds.map_batches(CodeBatch, fn_constructor_kwargs={"english": english, "budget_s": time_budget},
                            batch_size=batch_size, batch_format="pyarrow",
                            compute=ActorPoolStrategy(size=actors), num_cpus=1)
        ds.write_parquet(out, min_rows_per_file=SHARD_MIN_ROWS, ray_remote_args={"num_cpus": IO_TASK_CPUS})
    finally:
        if "saved" in locals():
            context.enable_progress_bars, context.op_resource_reservation_enabled = saved
        if started:
            ray.shutdown()
    new = sorted(set(_list_shards(out)) - before) if local_out else []
    return {"shard_dir": out, "shards": new, **summarise_shards(new)}


def _list_shards(folder: str) -> list[str]:
    return [str(p) for p in Path(folder).glob("*.parquet")]


def summarise_shards(files: list[str]) -> dict[str, int]:
    """Row, coded, error and event counts of shard files (reads two columns only)."""
    import pyarrow.parquet as pq
    rows = coded = errors = events = 0
    for f in files:
        table = pq.read_table(f, columns=["error", "result_json"])
        for error, result in zip(table.column("error").to_pylist(), table.column("result_json").to_pylist()):
            rows += 1
            if error is None:
                coded += 1
                events += len(json.loads(result)["events"])
            else:
                errors += 1
    return {"rows": rows, "coded": coded, "errors": errors, "events": events}


def read_shards(folder: Union[str, os.PathLike]) -> list[dict]:
    """Every row of every shard in ``folder`` (small corpora and tests; the store uses DuckDB)."""
    import pyarrow.parquet as pq
    rows: list[dict] = []
    for f in sorted(_list_shards(str(folder))):
        rows += pq.read_table(f).to_pylist()
    return rows


def main(argv: Optional[list[str]] = None) -> int:
    """``python -m sanderling.engines.ray_engine IN... --shards DIR [--ray-address ADDR]``."""
    import argparse
    parser = argparse.ArgumentParser(prog="python -m sanderling.engines.ray_engine",
                                     description="Code JSONL/Parquet articles on Ray into Parquet shards.")
    parser.add_argument("paths", nargs="+", help="JSONL or Parquet files, or folders of them")
    parser.add_argument("--shards", required=True, help="folder (or URI) for the Parquet shards")
    parser.add_argument("--ray-address", default=None, help='"auto" to join the running cluster')
    parser.add_argument("--num-actors", type=int, default=None, help="pipelines at once (default: CPUs)")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    args = parser.parse_args(argv)
    try:
        summary = code_to_shards(args.paths, args.shards, ray_address=args.ray_address,
                                 num_actors=args.num_actors, batch_size=args.batch_size)
    except SanderlingError as e:
        print(f"sanderling: error: {e}", file=sys.stderr)
        return 1
    print(f"sanderling: {summary['rows']} records -> {len(summary['shards'])} shards in "
          f"{summary['shard_dir']}: {summary['coded']} coded ({summary['events']} events), "
          f"{summary['errors']} refused or failed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
