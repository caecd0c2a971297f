"""The Ray engine: shard rows equal local coding; bad records become error rows; Ray stays optional."""
import io
import json
import subprocess
import sys

import pytest

from sanderling.engines import ray_engine
from sanderling.records import stable_id

ARTICLES = [
    {"id": "r1", "title": "Talks in Valdoria", "url": "https://example.org/r1", "source": "Coastal Wire",
     "date": "2026-04-02",
     "text": "The foreign minister of Norway met his Brazilian counterpart in Oslo on Tuesday to discuss "
             "fishing rights.\n\nBoth sides agreed to meet again in May."},
    {"id": "r2", "date": "2026-04-03",
     "text": "Police in Nairobi arrested fifteen students who were protesting outside parliament on Wednesday."},
    {"id": "r3", "date": "2026-04-03", "extra": {"kept": [1, 2]},
     "text": "Japan accused China of sending warships into disputed waters near the islands."},
    {"id": "r4", "text": "Rebels attacked an army base in northern Mali, killing six soldiers, officials said."},
]


def _lines(records):
    return [(f"in.jsonl:{i}", json.dumps(r) + "\n") for i, r in enumerate(records, 1)]


def _local_results(records, nlp):
    from sanderling.pipeline import code_articles
    from sanderling.reading import check_record, record_to_article
    arts = [record_to_article(check_record(r, name="x")) for r in records]
    return {res.article.id: json.dumps(res.to_dict(), ensure_ascii=False) for res in code_articles(arts, nlp=nlp)}


def test_line_blocks_stream_numbered_lines_and_refuse_oversize_lines_without_keeping_them(monkeypatch):
    from sanderling import settings
    monkeypatch.setattr(settings, "MAX_ARTICLE_CHARS", 10)  # a line over 60 bytes is too large
    data = b'{"id": 1}\n\n' + b"x" * 200 + b'\n{"id": 3}'
    blocks = list(ray_engine.iter_line_blocks(io.BytesIO(data), "f.jsonl", chunk_bytes=7, block_lines=2))
    names = [n for ns, _ in blocks for n in ns]
    lines = [x for _, xs in blocks for x in xs]
    assert names == ["f.jsonl:1", "f.jsonl:3", "f.jsonl:4"]  # the blank line 2 is skipped
    assert lines == [b'{"id": 1}\n', ray_engine.OVERSIZE_MARK, b'{"id": 3}']
    rows = ray_engine.shard_rows(zip(names, lines), nlp=object(), version="t")
    assert [r["error"] is not None for r in rows] == [True, True, True]
    assert "too large" in rows[1]["error"] and "f.jsonl:3" in rows[1]["error"]


@pytest.mark.slow
def test_shard_rows_equal_local_coding_and_keep_bad_records_as_error_rows(nlp):
    bad = ["{broken json\n", json.dumps({"id": "empty", "text": "   "}) + "\n"]
    items = _lines(ARTICLES) + [("in.jsonl:9", bad[0]), ("in.jsonl:10", bad[1])]
    rows = ray_engine.shard_rows(items, nlp=nlp, version="v-test")
    assert [r["article_id"] for r in rows] == ["r1", "r2", "r3", "r4", stable_id("{broken json\n"), "empty"]
    local = _local_results(ARTICLES, nlp)
    for row in rows[:4]:
        assert row["error"] is None and row["coder_version"] == "v-test"
        assert row["result_json"] == local[row["article_id"]]
        assert json.loads(row["article_json"]) == next(a for a in ARTICLES if a["id"] == row["article_id"])
    assert "in.jsonl:9" in rows[4]["error"] and rows[4]["article_json"] == bad[0]
    assert rows[5]["result_json"] is None and "whitespace" in rows[5]["error"]


def test_importing_the_cli_and_coding_locally_does_not_import_ray():
    code = ("import sys, sanderling.cli, sanderling.engines, sanderling.pipeline\n"
            "from sanderling.engines import ray_engine\n"
            "bad = [m for m in ('ray', 'pyarrow') if m in sys.modules]\n"
            "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.slow
def test_coding_a_text_does_not_import_ray():
    code = ("import sys\nfrom sanderling import code_text\n"
            "r = code_text('Police in Lagos arrested twelve protesters on Monday.', published='2026-01-05')\n"
            "print(len(r.events), 'ray' in sys.modules, 'pyarrow' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[1:] == ["False", "False"]


def test_inputs_of_another_kind_are_refused_with_the_fix(tmp_path):
    from sanderling.errors import BadInput
    (tmp_path / "a.csv").write_text("id,text\n")
    with pytest.raises(BadInput, match="JSONL .* or Parquet"):
        ray_engine.split_inputs([tmp_path / "a.csv"])
    with pytest.raises(BadInput, match="no such file"):
        ray_engine.split_inputs([tmp_path / "missing.jsonl"])
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x.jsonl").write_text("{}\n")
    (tmp_path / "d" / "y.parquet").write_bytes(b"")
    jsonl, parquet = ray_engine.split_inputs([tmp_path / "d"])
    assert [p.rsplit("/", 1)[1] for p in jsonl + parquet] == ["x.jsonl", "y.parquet"]


@pytest.mark.slow
def test_ray_engine_on_a_local_ray_writes_shards_equal_to_local_coding(tmp_path, nlp):
    ray = pytest.importorskip("ray")
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ARTICLES[:3]) + "{oops\n",
                                 encoding="utf-8")
    pq.write_table(pa.Table.from_pylist([ARTICLES[3]]), src / "b.parquet")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        # two actors on two CPUs: the pool holds every CPU, reading and writing must still run
        summary = ray_engine.code_to_shards([src], tmp_path / "shards", num_actors=2, batch_size=2,
                                            progress=False)
    finally:
        ray.shutdown()
    assert summary["rows"] == 5 and summary["coded"] == 4 and summary["errors"] == 1
    rows = {r["article_id"]: r for r in ray_engine.read_shards(tmp_path / "shards")}
    local = _local_results(ARTICLES, nlp)
    assert {k: rows[k]["result_json"] for k in local} == local
    assert summary["events"] == sum(len(json.loads(v)["events"]) for v in local.values()) > 0
    assert json.loads(rows["r3"]["article_json"])["extra"] == {"kept": [1, 2]}
    bad = [r for r in rows.values() if r["error"]]
    assert len(bad) == 1 and "a.jsonl:4" in bad[0]["error"] and bad[0]["article_json"] == "{oops\n"
    schema = pq.read_schema(summary["shards"][0])
    assert schema.names == list(ray_engine.SHARD_COLUMNS)
    # The store reads the shards (ENGINE_CONTRACT.md); a second load changes nothing.
    pytest.importorskip("duckdb")
    from sanderling.store import Store
    with Store.open(tmp_path / "s.duckdb") as store:
        first = store.load_shards(tmp_path / "shards")
        again = store.load_shards(tmp_path / "shards")
        assert store.recluster() >= 1
        n_events = store.con.execute("SELECT count(*) FROM current_events").fetchone()[0]
        n_clustered = store.con.execute("SELECT count(DISTINCT event_id) FROM event_clusters").fetchone()[0]
    assert (first["stored"], first["skipped"], first["unreadable"]) == (4, 1, [])
    assert again["stored"] == 0 and again["unchanged"] == 4
    assert n_events == summary["events"] == n_clustered


def test_parquet_rows_become_the_json_lines_they_stand_for(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pq.write_table(pa.Table.from_pylist(ARTICLES[:3]), tmp_path / "a.parquet")
    with open(tmp_path / "a.parquet", "rb") as f:
        blocks = list(ray_engine.iter_parquet_blocks(f, "a.parquet", block_lines=2))
    assert [len(names) for names, _ in blocks] == [2, 1]
    names = [n for ns, _ in blocks for n in ns]
    records = [json.loads(x) for _, xs in blocks for x in xs]
    assert names == ["a.parquet:row 1", "a.parquet:row 2", "a.parquet:row 3"]
    assert [r["id"] for r in records] == ["r1", "r2", "r3"] and records[0]["url"] == ARTICLES[0]["url"]


@pytest.mark.slow
def test_a_local_ingest_does_not_import_ray(tmp_path):
    pytest.importorskip("duckdb")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(ARTICLES[1]) + "\n", encoding="utf-8")
    code = ("import sys\nfrom sanderling.cli import main\n"
            f"rc = main(['ingest', {str(src)!r}, '--db', {str(tmp_path / 'db.duckdb')!r}, '--workers', '1', '-q'])\n"
            "print(rc, 'ray' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-2:] == ["0", "False"]


def test_an_article_past_the_time_budget_is_an_error_row_and_the_batch_goes_on(nlp):
    """The Ray actors' per-article budget (shard_rows, what CodeBatch runs): a budget no article
    can meet abandons each one with a time_budget row; a generous one codes them all."""
    items = _lines(ARTICLES[:3])
    rows = ray_engine.shard_rows(items, nlp=nlp, version="v-test", batch_size=3, budget_s=1e-6)
    assert [r["skip_kind"] for r in rows] == ["time_budget"] * 3
    assert all(r["result_json"] is None and "time budget" in r["error"] for r in rows)
    rows = ray_engine.shard_rows(items, nlp=nlp, version="v-test", batch_size=3, budget_s=600)
    assert [r["skip_kind"] for r in rows] == [None] * 3 and all(r["result_json"] for r in rows)
