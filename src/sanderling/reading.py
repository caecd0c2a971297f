"""Reading raw inputs robustly: bytes -> text, files -> Articles, JSONL -> records.

Every refusal is a ``BadInput`` whose message names the record ("<name>: ..." or
"<name>:<line>: ...") and says what to do, so the CLI can print it as it is and go on
with the next record. Nothing here guesses an encoding or a language silently.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from pathlib import Path
from typing import IO, Iterator, Union

from . import settings
from .article import iso_date, looks_like_html, read_article
from .errors import BadInput
from .records import Article, stable_id

# --- thresholds ---
#: Binary sniffing looks at this many leading bytes.
BINARY_SNIFF_BYTES = 8192
#: Above this share of control characters (other than tab, newline, CR, form feed) the
#: input is binary. Text files have none; a few stray ones in scraped text are tolerated.
CONTROL_CHAR_MAX_SHARE = 0.05
#: A JSON string spends at most 6 bytes on one character ("\\u00e9"): longer lines are too big
#: for one article whatever they hold, and are refused before parsing.
JSON_BYTES_PER_CHAR_MAX = 6
#: The English check reads this many leading characters: enough words, bounded cost.
LANGUAGE_SAMPLE_CHARS = 20_000
#: Below this many letters (any script) the language cannot be told; the text passes.
LANGUAGE_MIN_LETTERS = 40
#: Above this share of letters outside the Latin script, the text is not English
#: (English news with a few foreign names stays far below it).
NON_LATIN_MAX_SHARE = 0.30
#: Below this many words, the stopword test is not reliable; only the script test runs.
LANGUAGE_MIN_WORDS = 25
#: English running text has 35-50% stopwords; name- and number-heavy English (results
#: tables, lists of officials) still has well above 10%. French, Spanish, German and
#: Italian text has under 8% English stopwords ("a", "in", "an", "on" ...).
ENGLISH_MIN_STOPWORD_SHARE = 0.12
#: Short texts (under LANGUAGE_MIN_WORDS): judged only from SHORT_MIN_WORDS words up, and refused
#: only when another language's function words outnumber English ones three to one (at least 3):
#: no English sentence in the gold sets (PLOVER, PETRARCH, event location) trips it.
SHORT_MIN_WORDS = 8
SHORT_OTHER_MIN_STOPWORDS = 3
SHORT_OTHER_RATIO = 3
#: When another language's stopwords outnumber English ones by this factor, it is that language.
OTHER_LANGUAGE_MARGIN = 1.0

#: Frequent English function words ("a", "in", "no" are also words elsewhere: the
#: comparison with OTHER_STOPWORDS, not this list alone, tells the languages apart).
ENGLISH_STOPWORDS = frozenset("""the of and to a in is that for on was with he it as at by from
his be have has had are were an they which said this not but or its their been who will would
there also after we you she her him more than about when up out over into them our could can
what all no one new two other some only just should these those year years said says told
against between because before while where government people last first being most such
may any under during both being then very how made many said""".split())
#: Frequent function words of languages we are likely to be given by mistake.
OTHER_STOPWORDS = {
    "French": frozenset("""le la les des du de un une et est que qui dans pour pas sur au aux
        par avec ce cette il elle sont ont été mais ou leur nous vous plus selon lors""".split()),
    "Spanish": frozenset("""el la los las del de un una y es que en por para con se su sus no
        al lo como más pero fue han ha este esta según sobre entre""".split()),
    "German": frozenset("""der die das den dem des ein eine einen und ist nicht mit von zu
        auf für sich im auch es sie er wird wurde sind hat haben nach bei aus dass""".split()),
    "Italian": frozenset("""il lo la gli le di del della dei un una che è per con non sono
        nel nella ha alla anche più come dal""".split()),
    "Portuguese": frozenset("""o os a as do da dos das um uma que não com para em no na é
        por se mais foi pelo pela ao""".split()),
}
#: Words of one or more letters (any script); digits and underscores are not words.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: Leading bytes of file formats people pass by mistake, and what to tell them.
MAGIC_NUMBERS = {
    b"%PDF": "a PDF file; extract its text first",
    b"\x1f\x8b": "gzip-compressed; decompress it first",
    b"PK\x03\x04": "a zip archive (or a .docx/.xlsx); extract its text first",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"BZh": "bzip2-compressed; decompress it first",
    b"\xfd7zXZ": "xz-compressed; decompress it first",
    b"WARC/": "a WARC archive; read it with the corpus WARC reader",
}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

PathOrFile = Union[str, os.PathLike, IO[bytes], IO[str]]


# ---------------------------------------------------------------- bytes -> text

def decode_input(data: bytes, *, name: str) -> str:
    """Bytes of one record -> text, or BadInput saying what is wrong and how to fix it."""
    if not data:
        raise BadInput(f"{name}: empty input (0 bytes); nothing to code")
    check_not_binary(data, name=name)
    max_bytes = settings.MAX_ARTICLE_CHARS * 4  # 4 bytes per character at most in UTF-8
    if len(data) > max_bytes:
        raise BadInput(too_large_message(name, f"{len(data):,} bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise BadInput(f"{name}: not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start}); "
                       f"re-encode it as UTF-8") from e
    check_text(text, name=name)
    return text


def check_not_binary(data: bytes, *, name: str) -> None:
    """Refuse known binary formats, UTF-16 text, NUL bytes and control-character soup."""
    for magic, what in MAGIC_NUMBERS.items():
        if data.startswith(magic):
            raise BadInput(f"{name}: binary input ({what}), not text")
    if data.startswith(UTF16_BOMS):
        raise BadInput(f"{name}: UTF-16 text, not UTF-8; re-encode it as UTF-8")
    head = data[:BINARY_SNIFF_BYTES]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise BadInput(f"{name}: binary input (NUL byte at offset {nul}), not text; "
                       f"give a UTF-8 text, HTML or JSONL file")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13) or b == 127)
    if controls > CONTROL_CHAR_MAX_SHARE * len(head):
        raise BadInput(f"{name}: binary input ({controls / len(head):.0%} control characters "
                       f"in the first {len(head):,} bytes), not text; "
                       f"give a UTF-8 text, HTML or JSONL file")


def check_text(text: str, *, name: str) -> None:
    """Refuse text that is blank or too large to be one article."""
    if not text.strip():
        raise BadInput(f"{name}: only whitespace ({len(text):,} characters); nothing to code")
    if len(text) > settings.MAX_ARTICLE_CHARS:
        raise BadInput(too_large_message(name, f"{len(text):,} characters"))


def too_large_message(name: str, size: str) -> str:
    return (f"{name}: too large for one article ({size}; the limit is "
            f"{settings.MAX_ARTICLE_CHARS:,} characters, settings.MAX_ARTICLE_CHARS); "
            f"split it into articles, e.g. one JSON object per line")


# ---------------------------------------------------------------- language

def check_english(text: str, *, name: str) -> None:
    """Refuse text that is clearly not English: another script, or too few English stopwords.

    Short texts (a headline, a sentence) pass unless they are mostly in another script.
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < LANGUAGE_MIN_LETTERS:
        return
    non_latin = [c for c in letters if not is_latin(c)]
    if len(non_latin) > NON_LATIN_MAX_SHARE * len(letters):
        raise BadInput(f"{name}: not English (mostly {script_name(non_latin)} script); "
                       f"Sanderling codes English-language news only")
    words = [w.lower() for w in WORD_RE.findall(sample)]
    if len(words) < LANGUAGE_MIN_WORDS:
        check_short_english(words, name=name)
        return
    english = stopword_share(words, ENGLISH_STOPWORDS)
    language, other = max(((lang, stopword_share(words, stops))
                           for lang, stops in OTHER_STOPWORDS.items()), key=lambda x: x[1])
    if english < ENGLISH_MIN_STOPWORD_SHARE or other > OTHER_LANGUAGE_MARGIN * english:
        guess = f"looks like {language}" if other > english else "too few English words"
        raise BadInput(f"{name}: not English ({guess}: {english:.0%} English function words, "
                       f"{ENGLISH_MIN_STOPWORD_SHARE:.0%} needed); "
                       f"Sanderling codes English-language news only")


def check_short_english(words: list[str], *, name: str) -> None:
    """A sentence or headline: refuse only when another language's function words clearly dominate."""
    if len(words) < SHORT_MIN_WORDS:
        return
    english = sum(w in ENGLISH_STOPWORDS for w in words)
    language, other = max(((lang, sum(w in stops for w in words)) for lang, stops in OTHER_STOPWORDS.items()),
                          key=lambda x: x[1])
    if other >= SHORT_OTHER_MIN_STOPWORDS and other >= SHORT_OTHER_RATIO * max(english, 1):
        raise BadInput(f"{name}: not English (looks like {language}: {other} {language} function words, "
                       f"{english} English); Sanderling codes English-language news only")


def stopword_share(words: list[str], stopwords: frozenset) -> float:
    return sum(w in stopwords for w in words) / len(words)


def is_latin(char: str) -> bool:
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def script_name(chars: list[str]) -> str:
    """The most common script among the characters: "CYRILLIC", "ARABIC", "CJK", ..."""
    counts: dict[str, int] = {}
    for char in chars[:2000]:
        script = unicodedata.name(char, "UNKNOWN").split()[0]
        counts[script] = counts.get(script, 0) + 1
    script = max(counts, key=counts.get)
    return {"CJK": "Chinese/Japanese (CJK)", "HANGUL": "Korean (Hangul)"}.get(
        script, script.title())


# ---------------------------------------------------------------- files

def read_path(path: Union[str, os.PathLike], *, id: str | None = None,
              published: str | None = None, english: bool = True) -> Article:
    """A text or HTML file -> Article. HTML by suffix (.html/.htm) or by content.

    Raises BadInput for a missing file and for every bad-input case of decode_input,
    for a page with no article text, and (with ``english``) for non-English text.
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as e:
        raise BadInput(f"{name}: no such file") from e
    except IsADirectoryError as e:
        raise BadInput(f"{name}: is a directory; give a file (or use the corpus reader)") from e
    except OSError as e:
        raise BadInput(f"{name}: cannot be read ({e.strerror})") from e
    raw = decode_input(data, name=name)
    is_html = name.lower().endswith(HTML_SUFFIXES) or looks_like_html(raw)
    article = read_article(raw, id=id, published=published, html=is_html)
    return checked_article(article, name=name, english=english)


def checked_article(article: Article, *, name: str, english: bool = True) -> Article:
    """Refuse an article whose cleaned body is empty or (with ``english``) not English."""
    if not article.text.strip():
        raise BadInput(f"{name}: no article text left after removing markup, captions and "
                       f"page furniture; is it an article page?")
    if english:
        check_english(article.text, name=name)
    return article


# ---------------------------------------------------------------- JSONL

def iter_jsonl(path_or_file: PathOrFile, *, name: str | None = None
               ) -> Iterator[tuple[int, Union[dict, BadInput]]]:
    """Yield (line_no, record) or (line_no, BadInput) for every non-blank line; never stops early.

    A record is a JSON object with a string "text". Its "id" is made a string; a record
    without an id (or with a null one) gets the content hash of its text, as read_article
    does, so re-reading the same file gives the same ids even when lines move. A final
    line cut off by a killed writer is reported as truncated. ``name`` defaults to the path.
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        name = name or str(path_or_file)
        try:
            handle = open(path_or_file, "rb")
        except OSError as e:
            yield 0, BadInput(f"{name}: cannot be read ({e.strerror})")
            return
        with handle:
            yield from _iter_lines(handle, name)
    else:
        yield from _iter_lines(path_or_file, name or getattr(path_or_file, "name", "<stream>"))


def _iter_lines(handle: IO, name: str) -> Iterator[tuple[int, Union[dict, BadInput]]]:
    for line_no, line in enumerate(handle, start=1):
        if isinstance(line, bytes):
            if not line.strip():
                continue
            yield line_no, parse_jsonl_line(line, name=f"{name}:{line_no}")
        elif line.strip():
            yield line_no, parse_jsonl_line(line.encode("utf-8", "surrogatepass"),
                                            name=f"{name}:{line_no}")


def parse_jsonl_line(line: bytes, *, name: str) -> Union[dict, BadInput]:
    """One JSONL line -> the record, or the BadInput that says why it cannot be used."""
    complete = line.endswith(b"\n")
    if len(line) > settings.MAX_ARTICLE_CHARS * JSON_BYTES_PER_CHAR_MAX:
        return BadInput(too_large_message(name, f"a {len(line):,}-byte line"))
    try:
        if line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        return BadInput(f"{name}: not UTF-8 text (byte 0x{line[e.start]:02x} at offset "
                        f"{e.start}); re-encode it as UTF-8")
    try:
        record = json.loads(text.rstrip("\r\n"))
    except json.JSONDecodeError as e:
        where = f"{e.msg} column {e.colno}" if e.msg.endswith(" at") else f"{e.msg} at column {e.colno}"
        if not complete:
            return BadInput(f"{name}: truncated last line (invalid JSON and no final newline: "
                            f"{where}); the writer was probably interrupted; "
                            f"re-export the file or drop the line")
        return BadInput(f"{name}: not valid JSON ({where})")
    except RecursionError:
        return BadInput(f"{name}: JSON nested too deeply")
    return check_record(record, name=name)


def check_record(record, *, name: str) -> Union[dict, BadInput]:
    """A parsed JSON value -> a record with a string id and text, or BadInput."""
    if not isinstance(record, dict):
        return BadInput(f'{name}: expected a JSON object like {{"id": ..., "text": ...}}, '
                        f"got {json_type(record)}")
    if "text" not in record:
        keys = ", ".join(sorted(record)[:8]) or "none"
        return BadInput(f'{name}: no "text" field (fields: {keys}); '
                        f'each line needs {{"id": ..., "text": ...}}')
    text = record["text"]
    if not isinstance(text, str):
        return BadInput(f'{name}: "text" must be a string, got {json_type(text)}')
    try:
        check_text(text, name=name)
    except BadInput as e:
        return e
    record_id = record.get("id")
    if record_id is None:
        record_id = stable_id(text)
    elif isinstance(record_id, bool) or not isinstance(record_id, (str, int)):
        return BadInput(f'{name}: "id" must be a string or an integer, got {json_type(record_id)}')
    elif not str(record_id).strip():
        return BadInput(f'{name}: "id" is empty; give a non-empty id or leave it out')
    return {**record, "id": str(record_id)}


def json_type(value) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def record_to_article(record: dict, *, name: str = "<record>", english: bool = True) -> Article:
    """A checked JSONL record -> Article. Uses "title" and "published" (or "date") when given."""
    published = record.get("published") or record.get("date")
    published = iso_date(published) if isinstance(published, str) else None
    title = record.get("title")
    article = read_article(record["text"], id=record["id"],
                           published=published,
                           title=title if isinstance(title, str) and title.strip() else None)
    return checked_article(article, name=name, english=english)
