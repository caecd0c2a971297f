"""read_path: files -> Article, HTML by suffix or content, with the same refusals as decode_input."""
from pathlib import Path

import pytest

from sanderling.errors import BadInput
from sanderling.reading import read_path

ARTICLES = Path(__file__).parent / "resources" / "articles"


def test_reading_path_text_file():
    article = read_path(ARTICLES / "wire_scraped.txt")
    assert article.title.startswith("Kenyan lawmakers")
    assert article.outlet == "Reuters"


def test_reading_path_html_file():
    article = read_path(ARTICLES / "page.html", id="pact")
    assert article.id == "pact"
    assert article.outlet == "The Harbour Times"
    assert "<p>" not in article.text


def test_reading_path_html_content_in_a_txt_file(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text("<html><body><p>The strike ended on Friday after nine days of talks "
                    "between the union and the port operator.</p></body></html>", encoding="utf-8")
    assert read_path(path).text.startswith("The strike ended on Friday")


def test_reading_path_missing_file(tmp_path):
    with pytest.raises(BadInput, match=r"nope\.txt: no such file"):
        read_path(tmp_path / "nope.txt")


def test_reading_path_directory(tmp_path):
    with pytest.raises(BadInput, match="is a directory"):
        read_path(tmp_path)


@pytest.mark.parametrize("data, expected", [
    (b"", "empty input"), (b"\x00\x01\x02binary", "binary input"),
    ("Caf\u00e9".encode("cp1252"), "not UTF-8 text"),
])
def test_reading_path_bad_bytes(tmp_path, data, expected):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(BadInput, match=expected):
        read_path(path)


def test_reading_path_nothing_left_after_cleaning(tmp_path):
    path = tmp_path / "furniture.txt"
    path.write_text("Advertisement\n\n| | |\n\n![](https://example.test/a.jpg)\n\nShare this article\n")
    with pytest.raises(BadInput, match="no article text left"):
        read_path(path)


def test_reading_path_non_english(tmp_path):
    path = tmp_path / "es.txt"
    path.write_text("El presidente anunci\u00f3 el martes un nuevo paquete de medidas para ayudar a los "
                    "agricultores afectados por la sequ\u00eda, y los sindicatos celebraron la decisi\u00f3n "
                    "pero consideran que la cantidad es insuficiente para cubrir las p\u00e9rdidas.",
                    encoding="utf-8")
    with pytest.raises(BadInput, match="es.txt: not English \\(looks like Spanish"):
        read_path(path)
    assert read_path(path, english=False).text.startswith("El presidente")
