"""Batch mode: bad records are reported and skipped; a killed run resumes without duplicates."""
import json

import pytest

from sanderling.cli import main

GOOD = [
    {"id": "a1", "text": "Police in Lagos arrested twelve protesters outside the state assembly on Monday.",
     "date": "2026-02-11"},
    {"id": "a2", "text": "The Chilean president visited Argentina and met her counterpart in Buenos Aires.",
     "date": "2026-02-11"},
]


def write_jsonl(path, lines):
    path.write_text("".join(l if isinstance(l, str) else json.dumps(l) + "\n" for l in lines), encoding="utf-8")


def read_ids(path):
    return [json.loads(l)["id"] for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def test_cli_batch_skips_malformed_lines_and_names_them(tmp_path, capsys):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [GOOD[0], "{not json\n", {"id": "x", "text": ""}, ["a", "list"], GOOD[1]])
    assert main(["code", "--input", str(src), "--output", str(out), "-q"]) == 0
    assert read_ids(out) == ["a1", "a2"]
    err = capsys.readouterr().err
    assert "in.jsonl:2" in err and "in.jsonl:4" in err
    assert "skipped 3 bad records" in err


def test_cli_batch_output_lines_carry_the_contract_keys(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, GOOD)
    main(["code", "--input", str(src), "--output", str(out), "-q"])
    for line in out.read_text().splitlines():
        rec = json.loads(line)
        assert set(rec) == {"id", "article", "entities", "events", "quotes", "acronyms", "timexes"}
        assert rec["article"]["published"] == "2026-02-11"


def test_cli_batch_resumes_after_a_killed_run_without_duplicates(tmp_path, capsys):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, GOOD)
    main(["code", "--input", str(src), "--output", str(out), "-q"])
    first = out.read_text().splitlines()
    # Simulate a run killed while writing the second line.
    out.write_text(first[0] + "\n" + first[1][: len(first[1]) // 2], encoding="utf-8")
    assert main(["code", "--input", str(src), "--output", str(out), "-q"]) == 0
    assert read_ids(out) == ["a1", "a2"]
    assert "half-written" in capsys.readouterr().err
    # A third run has nothing left to do and duplicates nothing.
    main(["code", "--input", str(src), "--output", str(out), "-q"])
    assert read_ids(out) == ["a1", "a2"]


def test_cli_batch_exits_nonzero_only_when_nothing_could_be_coded(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, ["garbage\n", {"id": 3}])
    assert main(["code", "--input", str(src), "--output", str(out), "-q"]) == 1


def test_cli_batch_reports_a_bad_date(tmp_path, capsys):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [dict(GOOD[0], date="last week"), GOOD[1]])
    main(["code", "--input", str(src), "--output", str(out), "-q"])
    assert read_ids(out) == ["a2"]
    assert "last week" in capsys.readouterr().err


def test_cli_batch_missing_input_file_is_a_clean_error(tmp_path, capsys):
    assert main(["code", "--input", str(tmp_path / "nope.jsonl"), "-q"]) == 1
    assert "nope.jsonl" in capsys.readouterr().err


def test_cli_batch_one_failing_article_does_not_lose_its_batch(tmp_path, capsys, monkeypatch):
    from sanderling.annotators.events import component  # the component calls code_doc from here

    real = component.code_doc

    def flaky(doc):
        if "Chilean" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(component, "code_doc", flaky)
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, [GOOD[1], GOOD[0]])
    assert main(["code", "--input", str(src), "--output", str(out), "-q"]) == 0
    assert read_ids(out) == ["a1"]
    err = capsys.readouterr().err
    assert "'a2'" in err and "boom" in err
