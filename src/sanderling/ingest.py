"""`sanderling ingest`: read a corpus in any of its usual shapes, code it on every core, store it.

    read     plain functions, one per input shape, each yielding ``Item`` (a record to code)
             or ``Refusal`` (a record that cannot be coded, with the reason), never stopping
             early: JSONL, CSV, WARC, a folder of .txt/.html, a single text file, stdin, a pipe
    filter   records whose text is already stored by this coder are not coded again
    code     ``WorkerPool``: N processes, each loading the pipeline once, one article at a time
             under a time budget; a worker that runs over it is killed and replaced, the
             article is skipped with the reason; workers return ``ArticleResult.to_dict()``
    write    the parent alone writes the store, one transaction per batch, in input order

Reading is bounded: a line or file past the article limit is refused without being kept in
memory, and an input that is binary (``/dev/zero``) or has no line end for far too long
stops the run with a message instead of filling the memory.
"""
from __future__ import annotations

import csv
import io
import json
import multiprocessing as mp
import os
import queue
import stat
import sys
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional, Union

from . import settings
from .errors import BadInput, SanderlingError
from .reading import HTML_SUFFIXES, check_not_binary, check_record, decode_input, parse_jsonl_line

# --- thresholds ---
#: A record (line, file, WARC body, CSV row) larger than this many bytes is refused unread:
#: UTF-8 spends at most 4 bytes per character and JSON escapes at most 6 (reading.py).
MAX_RECORD_BYTES = settings.MAX_ARTICLE_CHARS * 6
#: Bytes read at a time while skipping the rest of an oversized line.
SKIP_CHUNK = 1 << 20
#: An oversized line that goes on for this many bytes without a line end is not a corpus
#: line: the input is abandoned with a message (an endless stream would never end otherwise).
MAX_SKIP_BYTES = 64 * MAX_RECORD_BYTES
#: Seconds one article may take to code before it is abandoned (settings.py: both engines).
DEFAULT_TIME_BUDGET = settings.DEFAULT_TIME_BUDGET
#: Seconds past the budget before the parent kills a worker whose article did not stop by
#: itself (the pipeline's own budget check normally ends it first, keeping the worker).
BUDGET_GRACE = 5.0
#: Articles per store transaction, and the longest a coded article waits to be committed.
WRITE_BATCH = 32
WRITE_EVERY_SECONDS = 5.0
#: Articles a worker codes together through nlp.pipe, as code_articles does. Measured on the
#: worker's own coding of 200 BBC articles (pipeline._pipe_batch, same process, alternating):
#: one at a time 14.6 / 13.9 s, batches of 8 12.3 / 11.8 s, of 32 12.1 / 11.6 s; 8 keeps most
#: of the gain with less held in memory. (End to end through ingest the difference was lost in
#: the noise of a busy machine: 12.1 articles/s both ways, benchmarks/results/ingest_bbc_500*.)
#: An article that breaks or outlasts its batch is re-run alone.
WORKER_BATCH = 8
#: Batches a worker holds at once: the one it codes and the next, so that it never waits for
#: the parent (unpickling its answer, reading input, storing) between two batches. One batch in
#: flight vs two, 300 BBC articles, one worker, alternating: 23.9 / 23.9 s vs 22.0 / 20.8 s.
IN_FLIGHT = 2
#: Records read ahead per worker: the batches in flight and one more, bounding memory.
READ_AHEAD_PER_WORKER = (IN_FLIGHT + 1) * WORKER_BATCH
#: Records looked up in the store at once when filtering out what is already stored.
LOOKUP_CHUNK = 64

FORMATS = ("auto", "jsonl", "csv", "warc", "text")
TEXT_SUFFIXES = (".txt", ".text") + HTML_SUFFIXES
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
CSV_SUFFIXES = (".csv", ".tsv")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


class InputError(SanderlingError):
    """A whole input cannot be read on (binary, endless, missing): the run stops with this line."""


@dataclass
class Item:
    """A record to code: the input record (id, text, and any other keys) and where it came from."""
    input: str
    record: dict


@dataclass
class Refusal:
    input: str
    reason: str
    article_id: Optional[str] = None
    kind: str = "refused"


Record = Union[Item, Refusal]


class Stopped(KeyboardInterrupt):
    """Ctrl-C (SIGINT) or SIGTERM during ingest. Raised between store transactions, never inside
    one; carries the signal and the run's summary so far (everything counted there is stored)."""

    def __init__(self, signum: int, summary: Optional["Summary"] = None):
        super().__init__(signum)
        self.signum = signum
        self.summary = summary

    @property
    def exit_code(self) -> int:
        return 128 + self.signum   # the shell's convention: 130 for SIGINT, 143 for SIGTERM

    @property
    def name(self) -> str:
        import signal
        return signal.Signals(self.signum).name


class _StopSignals:
    """SIGINT and SIGTERM handlers for one ingest run (main thread only). Outside a store write a
    signal raises ``Stopped`` at once (a worker may be busy for up to the time budget); inside one
    (``writing()``) it is held until the transaction has committed, so a stop never splits a batch."""

    def __init__(self) -> None:
        self.pending: Optional[int] = None
        self.in_write = False
        self.previous: dict = {}

    def __enter__(self) -> "_StopSignals":
        import signal
        import threading
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGINT, signal.SIGTERM):
                self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc) -> None:
        import signal
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum, frame) -> None:
        self.pending = self.pending or signum
        if not self.in_write:
            raise Stopped(signum)

    def writing(self) -> "_Writing":
        return _Writing(self)


class _Writing:
    def __init__(self, stops: _StopSignals) -> None:
        self.stops = stops

    def __enter__(self) -> None:
        self.stops.in_write = True

    def __exit__(self, exc_type, exc, tb) -> None:
        self.stops.in_write = False
        if exc_type is None and self.stops.pending:
            raise Stopped(self.stops.pending)


# ====================================================================== reading

def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file")
    except PermissionError:
        raise InputError(f"{path}: cannot be read (permission denied)")
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror})")


def iter_bounded_lines(stream: IO[bytes], name: str, *, limit: int = MAX_RECORD_BYTES
                       ) -> Iterator[tuple[int, Optional[bytes]]]:
    """(line_no, bytes) per line; ``None`` for a line over ``limit`` (skipped, never held whole).

    The first bytes are sniffed: a binary stream (NUL bytes, an image, /dev/zero) stops here
    with InputError. A line that runs past MAX_SKIP_BYTES without a line end stops too.
    """
    line_no = 0
    first = True
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if first:
            first = False
            try:
                check_not_binary(line[:8192], name=name)
            except BadInput as e:
                raise InputError(f"{e}; stopped reading it") from None
        line_no += 1
        if len(line) > limit and not line.endswith(b"\n"):
            skipped = len(line)
            while True:
                chunk = stream.readline(SKIP_CHUNK)
                skipped += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
                if skipped > MAX_SKIP_BYTES:
                    raise InputError(f"{name}:{line_no}: no line end in {skipped:,} bytes; this is not "
                                     f"a line-delimited corpus (or an endless stream); stopped reading it")
            yield line_no, None
            continue
        yield line_no, line


def _too_big(name: str) -> str:
    return (f"{name}: record larger than {MAX_RECORD_BYTES:,} bytes (the article limit is "
            f"{settings.MAX_ARTICLE_CHARS:,} characters); refused without reading the rest; "
            f"split it into articles")


def read_jsonl(stream: IO[bytes], name: str) -> Iterator[Record]:
    """JSONL records: {"id", "text", "title"?, "date" or "published"?, "url"?, "source"?, ...}."""
    for line_no, line in iter_bounded_lines(stream, name):
        where = f"{name}:{line_no}"
        if line is None:
            yield Refusal(where, _too_big(where))
            continue
        if not line.strip():
            continue
        record = parse_jsonl_line(line, name=where)
        if isinstance(record, BadInput):
            yield Refusal(where, str(record), _id_of(line))
        else:
            yield Item(where, record)


def _id_of(line: bytes) -> Optional[str]:
    try:
        rec = json.loads(line)
        return str(rec["id"]) if isinstance(rec, dict) and rec.get("id") not in (None, "") else None
    except (ValueError, RecursionError, TypeError):
        return None


def read_csv(stream: IO[bytes], name: str, *, delimiter: str = ",") -> Iterator[Record]:
    """CSV with a header row naming the same fields as JSONL (at least ``text``)."""
    def lines():
        for _, line in iter_bounded_lines(stream, name):
            # an oversized physical line becomes one unmatched quote: csv refuses that row
            yield "\x00OVERSIZE\n" if line is None else line.decode("utf-8-sig", "replace")

    csv.field_size_limit(MAX_RECORD_BYTES)
    reader = csv.DictReader(lines(), delimiter=delimiter)
    row_no = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            row_no += 1
            yield Refusal(f"{name}:{row_no}", f"{name}:{row_no}: not valid CSV ({e})")
            continue
        row_no += 1
        where = f"{name}:{row_no}"
        if any(v and "\x00OVERSIZE" in v for v in row.values() if isinstance(v, str)):
            yield Refusal(where, _too_big(where), row.get("id"))
            continue
        if None in row:
            yield Refusal(where, f"{where}: more fields than the header names", row.get("id"))
            continue
        record = {k: v for k, v in row.items() if k is not None and v not in (None, "")}
        if "id" in record:
            record["id"] = record["id"].strip()
        checked = check_record(record, name=where)
        if isinstance(checked, BadInput):
            yield Refusal(where, str(checked), record.get("id"))
        else:
            yield Item(where, checked)


def read_text(stream: IO[bytes], name: str, *, article_id: Optional[str] = None,
              stream_input: bool = False) -> Iterator[Record]:
    """One article: a plain text or HTML file, read bounded.

    ``stream_input`` (stdin, a pipe, a device): binary bytes stop the run (``/dev/zero``)
    instead of being read up to the limit.
    """
    if stream_input and hasattr(stream, "peek"):
        try:
            check_not_binary(stream.peek(8192)[:8192], name=name)
        except BadInput as e:
            raise InputError(f"{e}; stopped reading it") from None
    data = stream.read(MAX_RECORD_BYTES // 6 * 4 + 1)  # UTF-8 bytes of the largest article
    if len(data) > MAX_RECORD_BYTES // 6 * 4:
        yield Refusal(name, _too_big(name), article_id)
        return
    try:
        text = decode_input(data, name=name)
    except BadInput as e:
        yield Refusal(name, str(e), article_id)
        return
    record = {"text": text}
    if article_id:
        record["id"] = article_id
    if name.lower().endswith(HTML_SUFFIXES):
        record["html"] = True
    checked = check_record(record, name=name)
    yield Refusal(name, str(checked), article_id) if isinstance(checked, BadInput) else Item(name, checked)


def read_warc(stream: IO[bytes], name: str) -> Iterator[Record]:
    """Web crawl archives: every HTML or plain-text response/resource record is an article.

    warcio (see docs/choices.md) streams records and reads gzip members one at a time;
    a body is read up to the article limit and the rest skipped unread.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed
    limit = MAX_RECORD_BYTES // 6 * 4
    try:
        for n, rec in enumerate(ArchiveIterator(stream), start=1):
            if rec.rec_type not in ("response", "resource", "conversion"):
                continue
            ctype = ""
            if rec.http_headers is not None:
                ctype = rec.http_headers.get_header("Content-Type") or ""
            else:
                ctype = rec.rec_headers.get_header("Content-Type") or ""
            if not ctype.lower().startswith(("text/html", "application/xhtml", "text/plain")):
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            rid = rec.rec_headers.get_header("WARC-Record-ID") or f"{name}#{n}"
            where = f"{name}#{n} ({url or rid})"
            body = rec.content_stream().read(limit + 1)
            if len(body) > limit:
                yield Refusal(where, _too_big(where), rid)
                continue
            try:
                text = decode_input(body, name=where)
            except BadInput as e:
                yield Refusal(where, str(e), rid)
                continue
            record = {"id": rid.strip("<>"), "text": text, "url": url,
                      "date": (rec.rec_headers.get_header("WARC-Date") or "")[:10] or None,
                      "html": "html" in ctype.lower()}
            record = {k: v for k, v in record.items() if v is not None}
            checked = check_record(record, name=where)
            yield Refusal(where, str(checked), rid) if isinstance(checked, BadInput) else Item(where, checked)
    except ArchiveLoadFailed as e:
        raise InputError(f"{name}: not a readable WARC archive ({str(e).strip()[:200]}); stopped reading it")


def read_folder(folder: Path, fmt: str) -> Iterator[Record]:
    """Every supported file under ``folder`` (sorted, recursive); .txt/.html ids = relative path."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    for p in files:
        kind = fmt if fmt != "auto" else _kind_by_name(p.name)
        if kind is None:
            continue
        if kind == "text":
            with open(p, "rb") as f:
                yield from read_text(f, str(p), article_id=str(p.relative_to(folder).with_suffix("")))
        else:
            yield from read_path(str(p), kind)


def _kind_by_name(name: str) -> Optional[str]:
    low = name.lower()
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(CSV_SUFFIXES):
        return "csv"
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def _sniff(stream) -> str:
    """The format of a stream without a useful name (stdin, a pipe): by its first bytes."""
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"WARC/", b"\x1f\x8b")):
        return "warc"
    return "text"


def read_path(path: str, fmt: str = "auto") -> Iterator[Record]:
    """Any input: a file, a folder, ``-`` (stdin), a FIFO or /dev/fd/N (bash ``<(...)``)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if path != "-":
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file or folder")
        if p.is_dir():
            yield from read_folder(p, fmt)
            return
    kind = fmt if fmt != "auto" else (_kind_by_name(path) if path != "-" else None)
    stream = _open_binary(path)
    if not isinstance(stream, io.BufferedReader):
        stream = io.BufferedReader(stream) if hasattr(stream, "readinto") else stream
    try:
        if kind is None:
            kind = _sniff(stream)
        name = "<stdin>" if path == "-" else path
        if kind == "jsonl":
            yield from read_jsonl(stream, name)
        elif kind == "csv":
            yield from read_csv(stream, name, delimiter="\t" if name.lower().endswith(".tsv") else ",")
        elif kind == "warc":
            yield from read_warc(stream, name)
        else:
            yield from read_text(stream, name, article_id=None if path == "-" else Path(path).stem,
                                 stream_input=not is_regular_file(path))
    finally:
        if path != "-":
            stream.close()


def read_inputs(paths: Iterable[str], fmt: str = "auto") -> Iterator[Record]:
    for path in paths:
        yield from read_path(path, fmt)


def is_regular_file(path: str) -> bool:
    try:
        return path != "-" and stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


# ====================================================================== coding

def _worker_main(conn, english: bool, budget_s: Optional[float] = None) -> None:
    """A worker process: load the pipeline once, then code one batch of records per message
    (a list of (seq, name, record)), answering ("done", [(seq, status, payload), ...]).

    ``budget_s``: the pipeline's own budget (SIGALRM in this main thread) abandons a slow
    article without losing the worker (a batch gets budget_s per article; one that runs out is
    re-run an article at a time); the parent's kill after BUDGET_GRACE more seconds is the
    backstop for code that does not return to Python (a C loop)."""
    import signal
    # The parent handles Ctrl-C and SIGTERM (also when sent to the whole process group) and
    # stops us itself: a worker that died first would record its article as failed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    from .nlp import get_nlp
    nlp = get_nlp()
    try:
        conn.send(("ready", None, None))
    except OSError:  # the parent stopped while we loaded
        return
    # The parent may send the next batch while we code this one (IN_FLIGHT). A thread takes it
    # off the pipe at once: were it left there, a batch larger than the pipe's buffer would
    # block the parent's send while our answer waited for the parent to read: a deadlock.
    inbox: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive_into, args=(conn, inbox), daemon=True).start()
    while True:
        msg = inbox.get()
        if msg is None:
            return
        try:
            conn.send(("done", _code_batch(nlp, msg, english, budget_s)))
        except OSError:  # the parent is gone
            return


def _receive_into(conn, inbox) -> None:
    """Move messages from the pipe to ``inbox`` until the pipe closes (then None)."""
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            msg = None
        inbox.put(msg)
        if msg is None:
            return


def _code_batch(nlp, tasks: list, english: bool, budget_s: Optional[float]) -> list:
    """[(seq, name, record)] -> [(seq, status, payload)]: refused records answered at once, the
    rest coded together through nlp.pipe (pipeline._pipe_batch isolates a failing or slow one)."""
    from .pipeline import TimeBudgetExceeded, _pipe_batch, _result
    replies, todo = [], []
    for seq, name, record in tasks:
        try:
            todo.append((seq, name, article_of(record, name, english)))
        except BadInput as e:
            replies.append((seq, "refused", str(e)))
    if not todo:
        return replies
    for (seq, name, _), (article, doc, error) in zip(todo, _pipe_batch(nlp, [a for _, _, a in todo], budget_s)):
        if error is None:
            try:
                replies.append((seq, "ok", _result(article, doc).to_dict()))
                continue
            except Exception as e:  # noqa: BLE001  (one article must not stop the run)
                error = e
        if isinstance(error, TimeBudgetExceeded):
            replies.append((seq, "budget", f"{name}: {error}"))
        else:
            replies.append((seq, "failed", f"{name}: coding failed ({error.__class__.__name__}: {error}); "
                                           f"please report it with the article text"))
    return replies


def article_of(record: dict, name: str, english: bool = True):
    """A checked record -> Article (HTML records, from .html files and WARC, are cleaned as HTML)."""
    from .article import read_article
    from .reading import checked_article, record_to_article
    if record.get("html"):
        art = read_article(record["text"], id=record["id"], html=True,
                           published=_published(record), title=record.get("title") or None)
        return checked_article(art, name=name, english=english)
    return record_to_article(record, name=name, english=english)


def _published(record: dict) -> Optional[str]:
    from .article import iso_date
    value = record.get("published") or record.get("date")
    return iso_date(value) if isinstance(value, str) else None


class _Worker:
    def __init__(self, ctx, english: bool, budget_s: Optional[float] = None):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, english, budget_s), daemon=True)
        self.proc.start()
        child.close()
        # Batches sent and not answered, oldest first: [(seq, name, record), ...] each. The
        # worker codes the first (since ``started``); the others wait in its pipe.
        self.batches: deque = deque()
        self.started = 0.0
        self.ready = False

    @property
    def task(self) -> Optional[list]:
        """The batch being coded, or None when idle."""
        return self.batches[0] if self.batches else None

    def send(self, batch: list) -> None:
        if not self.batches:
            self.started = time.monotonic()
        self.batches.append(batch)
        self.conn.send(batch)

    def answered(self) -> None:
        """The first batch came back: the next one (if any) starts now."""
        self.batches.popleft()
        self.started = time.monotonic()

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        except Exception:  # noqa: BLE001
            pass
        self.conn.close()


class WorkerPool:
    """N coding processes, a batch of up to WORKER_BATCH articles each at a time, results in
    input order.

    ``time_budget``: seconds an article may take (a batch: that many per article, from the
    moment a ready worker gets it); past it (and BUDGET_GRACE) the worker is killed and a new
    one started. A worker killed or dead on a batch has its articles re-run one at a time, so
    only the culprit comes back as ("budget", reason) or ("failed", reason).
    """

    def __init__(self, workers: int, *, time_budget: Optional[float] = DEFAULT_TIME_BUDGET,
                 english: bool = True):
        method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
        self.ctx = mp.get_context(method)
        self.english = english
        self.time_budget = time_budget
        self.n = max(1, workers)
        self.workers = [_Worker(self.ctx, english, time_budget) for _ in range(self.n)]

    def close(self) -> None:
        for w in self.workers:
            if w.task is None and w.ready:
                try:
                    w.conn.send(None)
                except OSError:
                    pass
        for w in self.workers:
            w.proc.join(2)
            if w.proc.is_alive():
                w.kill()
        self.workers = []

    def _replace(self, w: _Worker) -> None:
        w.kill()
        self.workers[self.workers.index(w)] = _Worker(self.ctx, self.english, self.time_budget)

    def imap(self, tasks: Iterable[tuple[Any, Optional[tuple]]]) -> Iterator[tuple[Any, str, Any]]:
        """tasks: (tag, (name, record)) to code, or (tag, None) passed through as (tag, "pass", None).

        Yields (tag, status, payload) in task order; status is ok | refused | failed | budget | pass.
        """
        tasks = iter(tasks)
        window = self.n * READ_AHEAD_PER_WORKER
        todo: deque = deque()        # (seq, name, record) not yet sent
        alone: set = set()           # seqs of a batch that failed: re-run one at a time
        tags: dict[int, Any] = {}
        done: dict[int, tuple] = {}
        next_seq = next_out = 0
        exhausted = False
        while True:
            while not exhausted and next_seq - next_out < window:
                try:
                    tag, work = next(tasks)
                except StopIteration:
                    exhausted = True
                    break
                tags[next_seq] = tag
                if work is None:
                    done[next_seq] = ("pass", None)
                else:
                    todo.append((next_seq, *work))
                next_seq += 1
            # Idle workers get their next batch before results are handed on: the caller
            # may spend a while storing them, and a worker must not wait for that.
            for w in self.workers:
                while w.ready and len(w.batches) < IN_FLIGHT and todo:
                    batch = [todo.popleft()]
                    while todo and len(batch) < WORKER_BATCH and batch[0][0] not in alone \
                            and todo[0][0] not in alone:
                        batch.append(todo.popleft())
                    w.send(batch)
            while next_out in done:
                status, payload = done.pop(next_out)
                yield tags.pop(next_out), status, payload
                next_out += 1
            if exhausted and next_out == next_seq:
                return
            timeout = None
            if self.time_budget:
                busy = [w.started + self.time_budget * len(w.task) + BUDGET_GRACE
                        for w in self.workers if w.task is not None]
                if busy:
                    timeout = max(0.0, min(busy) - time.monotonic())
            ready = wait([w.conn for w in self.workers], timeout=timeout)
            for w in list(self.workers):
                if w.conn in ready:
                    try:
                        msg = w.conn.recv()
                    except (EOFError, OSError):
                        code = w.proc.exitcode
                        self._requeue_waiting(w, todo)
                        if w.task is not None and len(w.task) > 1:
                            self._retry_alone(w.task, todo, alone)
                        elif w.task is not None:
                            seq, name, _ = w.task[0]
                            done[seq] = ("failed", f"{name}: the coding process died (exit code {code}); "
                                                   f"the article was skipped, please report it")
                        elif not w.ready:
                            self.close()
                            raise SanderlingError(f"a coding process could not start (exit code {code}); "
                                                  f"run `sanderling code` on one file to see why")
                        self._replace(w)
                        continue
                    if msg[0] == "ready":
                        w.ready = True
                        continue
                    for seq, status, payload in msg[1]:
                        done[seq] = (status, payload)
                    w.answered()
                elif (w.task is not None and self.time_budget
                      and time.monotonic() - w.started >= self.time_budget * len(w.task) + BUDGET_GRACE):
                    self._requeue_waiting(w, todo)
                    if len(w.task) > 1:
                        self._retry_alone(w.task, todo, alone)
                    else:
                        seq, name, _ = w.task[0]
                        done[seq] = ("budget", f"{name}: coding took longer than the time budget "
                                               f"({self.time_budget:g} s, --time-budget); abandoned")
                    self._replace(w)

    @staticmethod
    def _requeue_waiting(w: _Worker, todo: deque) -> None:
        """A worker about to be replaced: the batches waiting behind its current one go back
        first, as they were (they are not to blame)."""
        while len(w.batches) > 1:
            todo.extendleft(reversed(w.batches.pop()))

    @staticmethod
    def _retry_alone(batch: list, todo: deque, alone: set) -> None:
        """A batch whose worker died or hung: its articles go back first, one per message."""
        alone.update(seq for seq, _, _ in batch)
        todo.extendleft(reversed(batch))


class InlinePool:
    """``--workers 0``: code in this process (no time budget; for tests and debugging)."""

    def __init__(self, english: bool = True):
        from .nlp import get_nlp
        self.nlp = get_nlp()
        self.english = english

    def close(self) -> None:
        pass

    def imap(self, tasks):
        from .pipeline import code_article
        for tag, work in tasks:
            if work is None:
                yield tag, "pass", None
                continue
            name, record = work
            try:
                article = article_of(record, name, self.english)
            except BadInput as e:
                yield tag, "refused", str(e)
                continue
            try:
                yield tag, "ok", code_article(article, nlp=self.nlp).to_dict()
            except Exception as e:  # noqa: BLE001
                yield tag, "failed", f"{name}: coding failed ({e.__class__.__name__}: {e})"


# ====================================================================== the ingest

@dataclass
class Summary:
    read: int = 0
    coded: int = 0
    unchanged: int = 0
    recoded: int = 0
    events: int = 0
    quotes: int = 0
    skipped: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self, db) -> str:
        skipped = sum(self.skipped.values())
        reasons = ", ".join(f"{n} {k}" for k, n in self.skipped.most_common())
        rate = self.coded / self.seconds if self.seconds else 0.0
        return (f"sanderling: ingest into {db}: {self.coded} articles coded ({self.events} events, "
                f"{self.quotes} quotes; {rate:.1f} articles/s), {self.unchanged} already stored"
                + (f", {self.recoded} re-coded by this coder" if self.recoded else "")
                + f", {skipped} skipped" + (f" ({reasons})" if reasons else ""))


def _skip_kind(reason: str) -> str:
    low = reason.lower()
    for key, kind in (("not valid json", "bad JSON"), ("truncated", "bad JSON"), ("too large", "too large"),
                      ("larger than", "too large"), ("not english", "not English"), ("empty", "empty"),
                      ("only whitespace", "empty"), ("binary", "binary"), ("not utf-8", "not UTF-8"),
                      ('no "text"', "no text"), ("csv", "bad CSV"), ("no article text", "no article text")):
        if key in low:
            return kind
    return "refused"


def ingest(paths: list[str], db: Union[str, os.PathLike], *, workers: Optional[int] = None,
           fmt: str = "auto", time_budget: Optional[float] = DEFAULT_TIME_BUDGET,
           progress: Optional[bool] = None, english: bool = True, log=None,
           commit_every: int = WRITE_BATCH) -> Summary:
    """Code every record of ``paths`` into the store ``db``; returns the summary.

    Raises StoreError (store refused or not writable) and InputError (an input cannot be read
    on); everything committed before either is kept, and the same call resumes. Ctrl-C or
    SIGTERM raises ``Stopped`` after the articles already coded are stored (never in the middle
    of a transaction); the same call then resumes where it stopped.
    """
    from .store import Store
    log = log or (lambda msg: print(msg, file=sys.stderr))
    workers = (os.cpu_count() or 1) if workers is None else workers
    summary = Summary()
    started = time.monotonic()
    store = Store.open(db)
    pool: Optional[WorkerPool] = None
    bar = _progress_bar(paths, progress)
    results: list[tuple] = []
    skips: list[dict] = []
    last_write = time.monotonic()

    def flush():
        nonlocal results, skips, last_write
        if results or skips:
            with stops.writing():  # a signal now waits for the commit
                counts = store.write_batch(results, skips)
                results, skips = [], []
                summary.coded += counts["stored"]
                summary.recoded += counts["recoded"]
                summary.unchanged += counts["unchanged"]
                summary.events += counts["events"]
                summary.quotes += counts["quotes"]
                if counts["duplicate"]:
                    summary.skipped["duplicate text"] += counts["duplicate"]
        last_write = time.monotonic()

    stops = _StopSignals().__enter__()
    try:
        pool = (WorkerPool(workers, time_budget=time_budget, english=english) if workers > 0
                else InlinePool(english=english))
        for rec, status, payload in pool.imap(_tasks(read_inputs(paths, fmt), store, summary)):
            summary.read += 1
            if isinstance(rec, Refusal):
                summary.skipped["duplicate text" if rec.kind == "duplicate" else _skip_kind(rec.reason)] += 1
                skips.append({"article_id": rec.article_id, "input": rec.input, "kind": rec.kind,
                              "reason": rec.reason})
            elif status == "pass":  # already stored by this coder
                summary.unchanged += 1
            elif status == "ok":
                results.append((rec.record, payload, rec.input))
            else:
                kind = {"refused": _skip_kind(payload), "budget": "time budget",
                        "failed": "coding failed"}[status]
                summary.skipped[kind] += 1
                skips.append({"article_id": rec.record.get("id"), "input": rec.input,
                              "kind": {"budget": "time_budget", "failed": "failed"}.get(status, "refused"),
                              "reason": payload})
            bar.update(1)
            if len(results) + len(skips) >= commit_every or time.monotonic() - last_write > WRITE_EVERY_SECONDS:
                flush()
        flush()
        with stops.writing():
            n = store.recluster()
        if n is not None:
            log(f"sanderling: {n} event clusters recomputed")
    except Stopped as stop:
        # Keep what the workers finished: store it (a second signal waits for this commit).
        stops.pending = stops.pending or stop.signum
        if results or skips:
            stops.in_write = True
            try:
                flush()
            except Stopped:
                pass
            finally:
                stops.in_write = False
        stop.summary = summary
        raise
    finally:
        stops.__exit__(None, None, None)
        bar.close()
        if pool is not None:
            pool.close()
        store.close()
        summary.seconds = time.monotonic() - started
    return summary


def _tasks(records: Iterator[Record], store, summary: Summary) -> Iterator[tuple[Record, Optional[tuple]]]:
    """Records -> pool tasks; articles whose text this coder already stored are passed through."""
    from .store.schema import content_key
    from .store.store import duplicate_reason
    chunk: list[Record] = []

    def drain():
        keys = [content_key(r.record["text"]) for r in chunk if isinstance(r, Item)]
        stored = store.stored_keys(keys)
        for r in chunk:
            if not isinstance(r, Item):
                yield r, None
                continue
            article_id, version = stored.get(content_key(r.record["text"]), (None, None))
            if article_id is not None and article_id != r.record["id"]:
                yield Refusal(r.input, duplicate_reason(article_id), r.record["id"], kind="duplicate"), None
            elif version == store.version:
                yield r, None
            else:
                yield r, (f"{r.input} (id {r.record['id']!r})", r.record)

    for r in records:
        chunk.append(r)
        if len(chunk) >= LOOKUP_CHUNK:
            yield from drain()
            chunk = []
    if chunk:
        yield from drain()


class _NoBar:
    def update(self, n): pass
    def close(self): pass


def _progress_bar(paths: list[str], progress: Optional[bool]):
    if progress is None:
        progress = sys.stderr.isatty() and not os.environ.get("CI")
    if not progress:
        return _NoBar()
    from tqdm import tqdm
    total = None
    if all(is_regular_file(p) and _kind_by_name(p) == "jsonl" for p in paths):
        total = sum(_count_lines(p) for p in paths)
    return tqdm(total=total, unit="article", desc="ingest", file=sys.stderr, smoothing=0.1)


def _count_lines(path: str) -> int:
    n = 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += block.count(b"\n")
    return n
