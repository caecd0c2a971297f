"""decode_input: each bad input is refused with one message that names the record."""
import pytest

from sanderling import settings
from sanderling.errors import BadInput
from sanderling.reading import decode_input


def refused(data: bytes, name: str = "story.txt") -> str:
    with pytest.raises(BadInput) as info:
        decode_input(data, name=name)
    message = str(info.value)
    assert message.startswith(f"{name}: ")
    assert info.value.status == 400
    return message


def test_reading_decode_plain_utf8():
    assert decode_input("Caf\u00e9 talks \u2014 day two".encode("utf-8"), name="a") == \
        "Caf\u00e9 talks \u2014 day two"


def test_reading_decode_strips_utf8_bom():
    assert decode_input(b"\xef\xbb\xbfTalks resumed.", name="a") == "Talks resumed."


def test_reading_decode_empty():
    assert "empty input (0 bytes)" in refused(b"")


def test_reading_decode_whitespace_only():
    assert "only whitespace" in refused(b" \n\t\r\n  ")


def test_reading_decode_nul_bytes_are_binary():
    message = refused(b"Some text\x00\x00\x01 more")
    assert "binary input (NUL byte at offset 9)" in message


def test_reading_decode_control_characters_are_binary():
    message = refused(bytes(range(1, 9)) * 200)
    assert "binary input" in message and "control characters" in message


def test_reading_decode_known_binary_formats():
    assert "a PDF file" in refused(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert "gzip-compressed" in refused(b"\x1f\x8b\x08\x00\x00\x00\x00\x00")


def test_reading_decode_utf16_says_reencode():
    message = refused("Talks resumed.".encode("utf-16"))
    assert "UTF-16" in message and "re-encode it as UTF-8" in message


def test_reading_decode_not_utf8_names_byte_and_offset():
    data = "Les n\u00e9gociations ont repris.".encode("latin-1")
    message = refused(data, name="feed.txt")
    assert message == ("feed.txt: not UTF-8 text (byte 0xe9 at offset 5); "
                       "re-encode it as UTF-8")


def test_reading_decode_too_large_5mb():
    data = b"The council met again. " * (5 * 1024 * 1024 // 23 + 1)
    message = refused(data)
    assert "too large" in message
    assert f"{len(data):,} bytes" in message
    assert f"{settings.MAX_ARTICLE_CHARS:,} characters" in message


def test_reading_decode_too_many_characters(monkeypatch):
    monkeypatch.setattr(settings, "MAX_ARTICLE_CHARS", 100)
    message = refused(("\u00e9" * 101).encode("utf-8"))   # 202 bytes, 101 characters
    assert "(101 characters; the limit is 100 characters" in message


def test_reading_decode_at_the_limit_is_accepted(monkeypatch):
    monkeypatch.setattr(settings, "MAX_ARTICLE_CHARS", 100)
    assert len(decode_input(b"x" * 100, name="a")) == 100
