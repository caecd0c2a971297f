"""iter_jsonl: every line is reported, good or bad; one bad line never stops the file."""
import io
from pathlib import Path

import pytest

from sanderling.errors import BadInput
from sanderling.reading import iter_jsonl, record_to_article
from sanderling.records import stable_id

RECORDS = Path(__file__).parent / "resources" / "articles" / "records.jsonl"


@pytest.fixture(scope="module")
def results():
    return dict(iter_jsonl(RECORDS))


def message(results, line_no):
    item = results[line_no]
    assert isinstance(item, BadInput), item
    assert str(item).startswith(f"{RECORDS}:{line_no}: ")
    return str(item)


def test_reading_jsonl_every_non_blank_line_reported(results):
    assert sorted(results) == [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]   # line 5 is blank
    good = [n for n, r in results.items() if isinstance(r, dict)]
    assert good == [1, 2, 3, 11]


def test_reading_jsonl_ids(results):
    assert results[1]["id"] == "ok-1"
    assert results[2]["id"] == "7"                                    # a number becomes a string
    assert results[3]["id"] == stable_id(results[3]["text"])          # missing -> content hash
    assert results[1]["date"] == "2026-03-02"                         # other fields kept


def test_reading_jsonl_bad_json(results):
    assert "not valid JSON" in message(results, 4)


def test_reading_jsonl_not_an_object(results):
    assert "expected a JSON object" in message(results, 6) and "got an array" in message(results, 6)


def test_reading_jsonl_missing_or_bad_text(results):
    assert 'no "text" field (fields: body, id)' in message(results, 7)
    assert '"text" must be a string, got a number' in message(results, 8)
    assert "only whitespace" in message(results, 9)


def test_reading_jsonl_bad_id(results):
    assert '"id" must be a string or an integer, got a boolean' in message(results, 10)


def test_reading_jsonl_truncated_last_line(results):
    assert "truncated last line" in message(results, 12)


def test_reading_jsonl_valid_last_line_without_newline_is_fine():
    stream = io.BytesIO(b'{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}')
    assert [r["id"] for _, r in iter_jsonl(stream, name="s")] == ["a", "b"]


def test_reading_jsonl_text_stream_and_bad_utf8_line():
    stream = io.BytesIO(b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "Fine."}\n')
    out = list(iter_jsonl(stream, name="stdin"))
    assert str(out[0][1]) == "stdin:1: not UTF-8 text (byte 0xe9 at offset 24); re-encode it as UTF-8"
    assert out[1] == (2, {"id": "b", "text": "Fine."})
    text_out = list(iter_jsonl(io.StringIO('{"text": "Caf\u00e9 talks."}\n'), name="t"))
    assert text_out[0][1]["text"] == "Caf\u00e9 talks."


def test_reading_jsonl_missing_file_is_reported_not_raised(tmp_path):
    out = list(iter_jsonl(tmp_path / "nope.jsonl"))
    assert len(out) == 1 and out[0][0] == 0 and "cannot be read" in str(out[0][1])


def test_reading_jsonl_record_to_article(results):
    article = record_to_article(results[1], name="r1")
    assert article.id == "ok-1" and article.published == "2026-03-02"
    assert article.text.startswith("Police in the capital arrested 14 protesters")
    with pytest.raises(BadInput, match="not English"):
        record_to_article({"id": "fr", "text": "Le gouvernement a annonc\u00e9 mardi une nouvelle "
                           "s\u00e9rie de mesures pour les agriculteurs et les syndicats ont salu\u00e9 "
                           "cette d\u00e9cision, mais ils estiment que le montant reste insuffisant "
                           "face aux pertes subies depuis le printemps dans le sud du pays."}, name="fr")


def test_reading_jsonl_huge_line_refused_before_parsing(monkeypatch):
    from sanderling import settings
    monkeypatch.setattr(settings, "MAX_ARTICLE_CHARS", 10)
    stream = io.BytesIO(b'{"id": "big", "text": "' + b"x" * 100 + b'"}\n{"id": "s", "text": "Short."}\n')
    out = list(iter_jsonl(stream, name="s"))
    assert "too large for one article (a 126-byte line" in str(out[0][1])
    assert out[1][1]["id"] == "s"
