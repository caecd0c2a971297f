"""The corpus store and `sanderling ingest`: formats, identity, crash safety, faults, exports.

Texts are invented. Most tests code in this process (``workers=0``, the session's pipeline);
the crash and time-budget tests run real processes and are marked slow.
"""
import csv
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

duckdb = pytest.importorskip("duckdb")

from sanderling.cli import main
from sanderling.ingest import InputError, iter_bounded_lines, read_path
from sanderling.store import Store, StoreError
from sanderling.store import comparable_rows as rows_of  # clock columns left out

ARTICLES = [
    {"id": "n1", "text": "The Kenyan foreign minister met his Ugandan counterpart in Kampala on Tuesday "
                         "to discuss grazing rights along the border.", "date": "2026-03-03",
     "url": "https://example.org/n1", "source": "Test Wire", "desk": "africa"},
    {"id": "n2", "text": "Police in Accra detained nine students outside the education ministry on Monday.",
     "date": "2026-02-09"},
    {"id": "n3", "text": "Chile and Bolivia signed a water-sharing accord in La Paz on Friday, officials said.",
     "date": "2026-01-30"},
    {"id": "n4", "text": "Norway pledged emergency aid to Malawi after floods destroyed thousands of homes.",
     "date": "2026-02-20"},
]
TABLES = ("articles", "entities", "mentions", "events", "quotes", "acronyms", "timexes", "skipped")


def write_jsonl(path, records, extra_lines=()):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
        for line in extra_lines:
            f.write(line)
    return path


def query(db, sql):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ---------------------------------------------------------------- store round trip, identity

@pytest.mark.slow
def test_round_trip_idempotent_and_versions(nlp, tmp_path):
    from sanderling import code_text
    db = tmp_path / "s.duckdb"
    rec = ARTICLES[0]
    result = code_text(rec["text"], id=rec["id"], published=rec["date"], nlp=nlp).to_dict()
    with Store.open(db) as store:
        assert store.add_results([(rec, result, "in:1")])["stored"] == 1
        assert store.add_results([(rec, result, "in:1")]) == {"stored": 0, "unchanged": 1, "recoded": 0,
                                                               "duplicate": 0, "events": 0, "quotes": 0}
    (article,) = query(db, "SELECT article_id, version, url, source, extra, n_events FROM articles")
    assert article[:4] == ("n1", 1, "https://example.org/n1", "Test Wire")
    assert json.loads(article[4]) == {"desk": "africa"}
    assert article[5] == len(result["events"]) > 0
    stored = query(db, "SELECT event_id, event, actor_codes, recipient_codes FROM events ORDER BY event_id")
    expect = sorted((e["id"], e["event"], [a["code"] for a in e["actor"] if a["code"]],
                     [r["code"] for r in e["recipient"] if r["code"]]) for e in result["events"])
    assert [tuple(r) for r in stored] == [tuple(e) for e in expect]
    assert query(db, "SELECT count(*) FROM mentions")[0][0] == sum(len(e["mentions"]) for e in result["entities"])
    assert {r[0] for r in query(db, "SELECT DISTINCT coder_version FROM events")} == {"0.1.0"}

    # a corrected text under the same id is version 2; the same text under another id is not stored twice
    fixed = dict(rec, text=rec["text"].replace("Tuesday", "Wednesday"))
    result2 = code_text(fixed["text"], id="n1", published=rec["date"], nlp=nlp).to_dict()
    with Store.open(db) as store:
        assert store.add_results([(fixed, result2)])["stored"] == 1
        assert store.add_results([(dict(rec, id="copy"), result)])["duplicate"] == 1
    assert query(db, "SELECT version FROM articles ORDER BY version") == [(1,), (2,)]
    assert query(db, "SELECT version FROM current_articles") == [(2,)]
    assert query(db, "SELECT kind FROM skipped") == [("duplicate",)]


def test_foreign_files_are_refused_and_untouched(tmp_path):
    text_file = tmp_path / "notes.duckdb"
    text_file.write_text("my notes\n")
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)")
    con.close()
    before = {p: sha(p) for p in (text_file, other)}
    for path in before:
        with pytest.raises(StoreError, match="not a Sanderling store"):
            Store.open(path)
        assert main(["ingest", "-", "--db", str(path), "--workers", "0"]) == 1
    assert {p: sha(p) for p in before} == before


def test_read_only_folder_is_one_clear_line(tmp_path, capsys):
    if os.geteuid() == 0:
        pytest.skip("root ignores folder permissions")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        src = write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1])
        assert main(["ingest", str(src), "--db", str(folder / "s.duckdb"), "--workers", "0"]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "not writable" in err[0]
    finally:
        folder.chmod(0o755)


# ---------------------------------------------------------------- inputs

def records_of(path, fmt="auto"):
    return list(read_path(str(path), fmt))


def test_jsonl_csv_folder_warc_inputs(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    jsonl = write_jsonl(tmp_path / "a.jsonl", ARTICLES[:2], ["{broken\n"])
    got = records_of(jsonl)
    assert [type(r).__name__ for r in got] == ["Item", "Item", "Refusal"]
    assert got[0].record["desk"] == "africa" and "a.jsonl:3" in got[2].reason

    with open(tmp_path / "b.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["id", "title", "text", "published", "url"])
        w.writeheader()
        w.writerow({"id": "c1", "title": "Accord", "text": ARTICLES[2]["text"], "published": "2026-01-30",
                    "url": "https://example.org/c1"})
        w.writerow({"id": "c2", "title": "", "text": "", "published": "", "url": ""})
    got = records_of(tmp_path / "b.csv")
    assert got[0].record == {"id": "c1", "title": "Accord", "text": ARTICLES[2]["text"],
                             "published": "2026-01-30", "url": "https://example.org/c1"}
    assert type(got[1]).__name__ == "Refusal"

    folder = tmp_path / "pages"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(ARTICLES[3]["text"], encoding="utf-8")
    (folder / "sub" / "two.html").write_text(
        f"<html><head><title>Floods</title></head><body><p>{ARTICLES[1]['text']}</p></body></html>")
    (folder / "skip.png").write_bytes(b"\x89PNG....")
    got = records_of(folder)
    assert [r.record["id"] for r in got] == ["one", "sub/two"]
    assert got[1].record.get("html") is True

    warc = tmp_path / "crawl.warc.gz"
    with open(warc, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        body = f"<html><body><p>{ARTICLES[0]['text']}</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/w1", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/i.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=img))
    got = records_of(warc)
    assert len(got) == 1 and got[0].record["url"] == "https://example.org/w1"
    assert "Ugandan" in got[0].record["text"]


def test_bounded_reading_refuses_an_oversized_line_and_goes_on():
    stream = io.BufferedReader(io.BytesIO(b'{"a": 1}\n' + b"x" * 10_000 + b"\n" + b'{"b": 2}\n'))
    assert list(iter_bounded_lines(stream, "s", limit=100)) == [(1, b'{"a": 1}\n'), (2, None), (3, b'{"b": 2}\n')]


def test_endless_binary_input_fails_with_a_message(tmp_path, capsys):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    for fmt in ("auto", "jsonl", "csv"):
        with pytest.raises(InputError, match="binary"):
            records_of("/dev/zero", fmt)
    assert main(["ingest", "/dev/zero", "--db", str(tmp_path / "s.duckdb"), "--workers", "0"]) == 1
    assert "binary input (NUL byte" in capsys.readouterr().err


@pytest.mark.slow
def test_ingest_stdin_fifo_and_reingest(nlp, tmp_path, monkeypatch, capsys):
    db = tmp_path / "s.duckdb"
    payload = "".join(json.dumps(r) + "\n" for r in ARTICLES[:2]) + "not json\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(payload.encode()))))
    assert main(["ingest", "-", "--db", str(db), "--workers", "0"]) == 0
    assert "2 articles coded" in capsys.readouterr().err
    assert query(db, "SELECT kind FROM skipped") == [("refused",)]

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    feed = "".join(json.dumps(r) + "\n" for r in ARTICLES[1:3])
    writer = threading.Thread(target=lambda: fifo.write_text(feed))
    writer.start()
    assert main(["ingest", str(fifo), "--db", str(db), "--workers", "0"]) == 0
    writer.join()
    err = capsys.readouterr().err
    assert "1 articles coded" in err and "1 already stored" in err
    assert sorted(r[0] for r in query(db, "SELECT article_id FROM articles")) == ["n1", "n2", "n3"]

    before = {t: rows_of(db, t) for t in TABLES}
    src = write_jsonl(tmp_path / "again.jsonl", ARTICLES[:3])
    assert main(["ingest", str(src), "--db", str(db), "--workers", "0"]) == 0
    assert "0 articles coded" in capsys.readouterr().err
    assert {t: rows_of(db, t) for t in TABLES} == before


@pytest.mark.slow
def test_code_batch_reads_a_pipe_and_honours_format(nlp, tmp_path, capsys, monkeypatch):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    feed = "".join(json.dumps(r) + "\n" for r in ARTICLES[:2])
    writer = threading.Thread(target=lambda: fifo.write_text(feed))
    writer.start()
    out = tmp_path / "out.json"
    assert main(["code", "--input", str(fifo), "--output", str(out), "--format", "json", "-q"]) == 0
    writer.join()
    assert [r["id"] for r in json.loads(out.read_text())] == ["n1", "n2"]
    payload = "".join(json.dumps(r) + "\n" for r in ARTICLES[2:4])
    stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(payload.encode())))
    monkeypatch.setattr(sys, "stdin", stdin)
    capsys.readouterr()
    assert main(["code", "--input", "-", "-q"]) == 0
    assert [json.loads(l)["id"] for l in capsys.readouterr().out.splitlines()] == ["n3", "n4"]
    same = write_jsonl(tmp_path / "same.jsonl", ARTICLES[:1])
    assert main(["code", "--input", str(same), "--output", str(same)]) == 1
    assert "both --input and --output" in capsys.readouterr().err
    assert json.loads(same.read_text())["id"] == "n1"


# ---------------------------------------------------------------- exports

@pytest.mark.slow
def test_exports_plover_icews_parquet_and_events(nlp, tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    src = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    assert main(["ingest", str(src), "--db", str(db), "--workers", "0"]) == 0
    n_events = query(db, "SELECT count(*) FROM events")[0][0]
    assert n_events >= 3

    assert main(["export", "--db", str(db), "--to", str(tmp_path / "x"), "--format", "plover"]) == 0
    lines = (tmp_path / "x" / "events.plover.jsonl").read_text().splitlines()
    assert len(lines) == n_events
    for line in lines:
        rec = json.loads(line)
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "event_loc",
                "quad_code", "coder", "coded_date", "source", "url"} <= set(rec)
        assert isinstance(rec["actor"], list) and isinstance(rec["recipient"], list)
        assert isinstance(rec["context"], list) and rec["quad_code"] in (1, 2, 3, 4)
    first = next(json.loads(l) for l in lines if json.loads(l)["text_info"]["article_id"] == "n1")
    assert first["url"] == "https://example.org/n1" and first["source"] == "Test Wire"

    assert main(["export", "--db", str(db), "--to", str(tmp_path / "x"), "--format", "icews"]) == 0
    with open(tmp_path / "x" / "events.icews.tsv", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    header = rows[0]
    for col in ("Event ID", "Event Date", "CAMEO Code", "Root Code", "QuadClass", "Goldstein", "Source Country",
                "Target Country"):
        assert col in header
    assert len(rows) == n_events + 1 and all(len(r) == len(header) for r in rows)
    for r in rows[1:]:
        rec = dict(zip(header, r))
        if rec["CAMEO Code"]:
            assert rec["Root Code"] == rec["CAMEO Code"][:2] and -10 <= float(rec["Goldstein"]) <= 10

    assert main(["export", "--db", str(db), "--to", str(tmp_path / "x"), "--format", "parquet"]) == 0
    months = sorted(p.name for p in (tmp_path / "x" / "events").iterdir())
    assert "month=2026-03" in months
    back = duckdb.connect().execute(
        f"SELECT count(*) FROM read_parquet('{tmp_path}/x/events/*/*.parquet', hive_partitioning=true)").fetchone()
    assert back[0] == n_events
    assert main(["export", "--db", str(db), "--to", str(tmp_path / "x"), "--format", "plover"]) == 1  # exists

    capsys.readouterr()
    assert main(["events", "--db", str(db), "--actor", "KEN", "--format", "jsonl"]) == 0
    got = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert got and all("KEN" in e["actor_codes"] for e in got)
    out = tmp_path / "e.parquet"
    assert main(["events", "--db", str(db), "--format", "parquet", "--output", str(out)]) == 0
    assert duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}')").fetchone()[0] == n_events

    clustered = tmp_path / "c.jsonl"
    assert main(["events", "--db", str(db), "--clustered", "--format", "jsonl", "--output", str(clustered)]) == 0
    rows = [json.loads(l) for l in clustered.read_text().splitlines()]
    assert 0 < len(rows) <= n_events and all(r["n_reports"] >= 1 for r in rows)
    assert query(db, "SELECT count(DISTINCT event_id) FROM event_clusters")[0][0] == n_events

    assert main(["query", "--db", str(db), "DELETE FROM articles"]) == 1
    assert "read-only" in capsys.readouterr().err
    assert main(["query", "--db", str(db), "SELECT count(*) AS n FROM articles", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{"n": 4}]


# ---------------------------------------------------------------- processes: crash, budget, full disk

def _cli(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "sanderling.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


def _wait_for_a_commit(proc, db, timeout=240):
    """Return once the ingest writing ``db`` has committed a batch past the store's creation
    (its WAL grew), or has ended, or ``timeout`` seconds passed."""
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + timeout
    first = None
    while time.monotonic() < deadline and proc.poll() is None:
        size = wal.stat().st_size if wal.exists() else 0
        if size and first is None:
            first = size
        if first is not None and size > first:
            return
        time.sleep(0.05)


@pytest.mark.slow
def test_kill_9_mid_ingest_then_resume_equals_a_clean_run(nlp, tmp_path):
    from sanderling.ingest import ingest
    many = [dict(a, id=f"{a['id']}-{k}", text=a["text"].replace("on ", f"on day {k} of ", 1))
            for k in range(3) for a in ARTICLES]
    src = write_jsonl(tmp_path / "a.jsonl", many, ["{broken\n"])
    clean, crashed = tmp_path / "clean.duckdb", tmp_path / "crashed.duckdb"
    ingest([str(src)], clean, workers=0, progress=False, log=lambda m: None)

    proc = _cli("ingest", str(src), "--db", str(crashed), "--workers", "1", "--commit-every", "2")
    _wait_for_a_commit(proc, crashed)
    assert proc.poll() is None, "the ingest ended before it could be killed: " + proc.stderr.read()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = query(crashed, "SELECT count(*) FROM articles")[0][0]
    assert 0 < partial < len(many)

    proc = _cli("ingest", str(src), "--db", str(crashed), "--workers", "1")
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert f"{partial} already stored" in err and "3 skipped (2 duplicate text, 1 bad JSON)" in err
    for table in TABLES:
        assert rows_of(crashed, table) == rows_of(clean, table), table


def _descendants(pid):
    """Every live process below ``pid`` (workers hang off the forkserver, not the parent)."""
    children = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_sigterm_or_ctrl_c_stops_cleanly_then_resume_equals_a_clean_run(nlp, tmp_path, sig):
    from sanderling.ingest import ingest
    many = [dict(a, id=f"{a['id']}-{k}", text=a["text"].replace("on ", f"on day {k} of ", 1))
            for k in range(3) for a in ARTICLES]
    src = write_jsonl(tmp_path / "a.jsonl", many)
    clean, stopped = tmp_path / "clean.duckdb", tmp_path / "stopped.duckdb"
    ingest([str(src)], clean, workers=0, progress=False, log=lambda m: None)

    proc = _cli("ingest", str(src), "--db", str(stopped), "--workers", "1", "--commit-every", "2")
    _wait_for_a_commit(proc, stopped)
    assert proc.poll() is None, "the ingest ended before it could be stopped: " + proc.stderr.read()
    workers = _descendants(proc.pid)
    assert workers, "no worker process found"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err
    assert f"stopped by {signal.Signals(sig).name}" in err and "Run the same command again" in err
    assert "Traceback" not in err, err
    time.sleep(0.5)
    assert not [pid for pid in workers if _alive(pid)], "worker processes outlived the run"
    partial = query(stopped, "SELECT count(*) FROM articles")[0][0]
    assert 0 < partial < len(many)

    proc = _cli("ingest", str(src), "--db", str(stopped), "--workers", "1")
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert f"{partial} already stored" in err
    for table in TABLES:
        assert rows_of(stopped, table) == rows_of(clean, table), table


@pytest.mark.slow
def test_time_budget_abandons_an_article_and_the_run_goes_on(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", ARTICLES[:2])
    db = tmp_path / "s.duckdb"
    proc = _cli("ingest", str(src), "--db", str(db), "--workers", "1", "--time-budget", "0.001")
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 1 and "2 skipped (2 time budget)" in err
    assert query(db, "SELECT kind, count(*) FROM skipped GROUP BY 1") == [("time_budget", 2)]


@pytest.mark.slow
def test_full_disk_is_one_line_and_the_store_stays_resumable(nlp, tmp_path):
    import resource
    from sanderling.ingest import ingest
    db = tmp_path / "s.duckdb"
    ingest([str(write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1]))], db, workers=0, progress=False,
           log=lambda m: None)
    before = rows_of(db, "articles")
    limit = 4096  # the WAL (where a commit goes first) cannot take a batch of articles

    def small_disk():  # files may not grow past `limit` bytes: writes fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    src = write_jsonl(tmp_path / "b.jsonl", ARTICLES)
    proc = _cli("ingest", str(src), "--db", str(db), "--workers", "0", preexec_fn=small_disk)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 1
    lines = [l for l in err.splitlines() if l.strip()]
    assert len(lines) == 1 and "cannot write to store" in lines[0] and "run the same command again" in lines[0]
    after = rows_of(db, "articles")  # batches committed before the failure stay, nothing lost
    assert set(before) <= set(after) and len(after) < 4
    assert main(["ingest", str(src), "--db", str(db), "--workers", "0"]) == 0
    assert query(db, "SELECT count(*) FROM articles")[0][0] == 4


@pytest.mark.slow
def test_load_shards_stores_as_the_local_engine_does(nlp, tmp_path):
    """Ray shard rows (ENGINE_CONTRACT: article_id, article_json, result_json, coder_version,
    error) load into the same rows as add_results; a second load is a no-op; errors are skipped."""
    from sanderling import code_text
    rows = []
    for rec in ARTICLES[:2]:
        result = code_text(rec["text"], id=rec["id"], published=rec["date"], nlp=nlp).to_dict()
        rows.append((rec["id"], json.dumps(rec), json.dumps(result), "0.1.0", None))
    rows.append(("bad", "{broken", None, "0.1.0", "shard.jsonl:3: not valid JSON"))
    shards = tmp_path / "shards"
    shards.mkdir()
    mem = duckdb.connect()
    mem.execute("CREATE TABLE s (article_id VARCHAR, article_json VARCHAR, result_json VARCHAR, "
                "coder_version VARCHAR, error VARCHAR)")
    mem.executemany("INSERT INTO s VALUES (?, ?, ?, ?, ?)", rows)
    mem.execute(f"COPY s TO '{shards}/part-0.parquet' (FORMAT parquet)")
    (shards / "killed.parquet").write_bytes(b"PAR1 half a file")
    with Store.open(tmp_path / "ray.duckdb") as store:
        first = store.load_shards(shards)
        again = store.load_shards(shards)
    assert first["stored"] == 2 and first["skipped"] == 1 and len(first["unreadable"]) == 1
    assert again["stored"] == 0 and again["unchanged"] == 2
    with Store.open(tmp_path / "local.duckdb") as store:
        store.add_results([(json.loads(r[1]), json.loads(r[2]), f"part-0.parquet:{r[0]}") for r in rows[:2]])
    for table in ("entities", "mentions", "events", "quotes", "acronyms", "timexes"):
        assert rows_of(tmp_path / "ray.duckdb", table) == rows_of(tmp_path / "local.duckdb", table), table
    assert query(tmp_path / "ray.duckdb", "SELECT kind, reason FROM skipped") == [
        ("refused", "shard.jsonl:3: not valid JSON")]


@pytest.mark.slow
def test_a_worker_batch_answers_every_record_in_order(nlp):
    """Workers code a batch through nlp.pipe: a refused record is answered at once, the others
    are coded together, each answer carries its own sequence number; a batch past its budget is
    re-run article by article, so every article gets its own 'budget' answer."""
    from sanderling.ingest import _code_batch
    tasks = [(10, "a.jsonl:1", ARTICLES[0]), (11, "a.jsonl:2", {"id": "empty", "text": "   "}),
             (12, "a.jsonl:3", ARTICLES[1])]
    replies = _code_batch(nlp, tasks, True, None)
    assert sorted(seq for seq, _, _ in replies) == [10, 11, 12]
    status = {seq: st for seq, st, _ in replies}
    assert status == {10: "ok", 11: "refused", 12: "ok"}
    coded = {seq: payload for seq, st, payload in replies if st == "ok"}
    assert coded[10]["article"]["id"] == "n1" and coded[12]["article"]["id"] == "n2"
    assert any(ev["event"] == "COERCE" for ev in coded[12]["events"])
    slow = _code_batch(nlp, [(1, "b:1", ARTICLES[2]), (2, "b:2", ARTICLES[3])], True, 1e-6)
    assert [(seq, st) for seq, st, _ in slow] == [(1, "budget"), (2, "budget")]


@pytest.mark.slow
def test_batches_larger_than_a_pipe_buffer_flow_both_ways(tmp_path):
    """A worker holds two batches at once (ingest.IN_FLIGHT): the next one is sent while it
    codes. With batches and answers each larger than a pipe's send buffer neither side may
    wait on the other; every article comes back."""
    import socket
    from sanderling.ingest import WORKER_BATCH
    a, b = socket.socketpair()
    buffer = a.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF)
    a.close(), b.close()
    towns = ["Vellmark", "Orrin Bay", "Tashfield", "Korrow", "Linden Cross", "Marrowgate"]
    records = []
    for n in range(2 * WORKER_BATCH):
        lines = [f"Officials in {towns[(n + i) % 6]} said on Monday that {i + 2} wells had been "
                 f"repaired and that a market of {40 + i + 7 * n} stalls opened near the {towns[i % 6]} road."
                 for i in range(320)]
        records.append({"id": f"long-{n}", "text": " ".join(lines), "date": "2026-05-04"})
    assert sum(len(r["text"]) for r in records[WORKER_BATCH:]) > buffer
    src = write_jsonl(tmp_path / "long.jsonl", records)
    db = tmp_path / "s.duckdb"
    proc = _cli("ingest", str(src), "--db", str(db), "--workers", "1")
    try:
        _, err = proc.communicate(timeout=600)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert query(db, "SELECT count(*) FROM articles") == [(len(records),)]
    assert query(db, "SELECT count(DISTINCT article_key) FROM timexes") == [(len(records),)]
