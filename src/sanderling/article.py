"""Scraped text or HTML -> Article: a clean body plus metadata (title, byline, outlet, date, captions).

The body keeps paragraph breaks ("\\n\\n"): quote detection and evidence spans need them.
Everything the annotators should not read as reporting (image stubs, photo captions and
credits, bylines, datelines, table pipes, markdown residue, page furniture) is removed from
the body; what is worth keeping goes to the Article's metadata instead.

Plain functions, one job each, applied in order by ``clean_text``; HTML is first reduced to
paragraphs with the stdlib parser (``parse_html``) and then goes through the same cleaning.
Offsets downstream are offsets into ``Article.text``, i.e. into the cleaned body.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Optional

from .records import Article, stable_id

# --- thresholds (chosen by hand on invented scraped pages; see tests/test_article_*.py) ---
#: A headline is short: longer first lines are the lede, not a title.
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 200
#: Bylines, date lines and captions are looked for in this many leading paragraphs only.
HEAD_MAX_PARAGRAPHS = 8
#: A section label above the headline ("World", "Middle East") has at most this many words.
SECTION_LABEL_MAX_WORDS = 2
#: A byline line is short ("By A, B and C, Reuters" fits easily).
BYLINE_MAX_CHARS = 160
#: A person's name in a byline has 1..5 words ("Maria de la Cruz Ortega").
NAME_MAX_WORDS = 5
#: A caption line is short; a long paragraph that merely mentions a photo is body text.
CAPTION_MAX_WORDS = 60
#: Markdown image alt text this long is a real caption, shorter is "image" / "photo".
CAPTION_ALT_MIN_WORDS = 4
#: A standalone date line ("Published 4 March 2026 10:32 GMT") is short.
DATE_LINE_MAX_CHARS = 80
#: Under this many characters of <p> text, an HTML page is read from its other blocks.
HTML_MIN_PARAGRAPH_CHARS = 200
#: Hard-wrapped text: at least this many lines, none wider than the width, and at least
#: MIN_SHARE of them within FULL_SHARE of the widest (classic 70-80 column wrapping).
HARD_WRAP_MIN_LINES = 4
HARD_WRAP_MIN_WIDTH = 50
HARD_WRAP_MAX_WIDTH = 100
HARD_WRAP_FULL_SHARE = 0.75
HARD_WRAP_MIN_SHARE = 0.5
#: A breadcrumb part ("World | Africa | Kenya") has at most this many words.
NAV_PART_MAX_WORDS = 3
NAV_MAX_CHARS = 200
#: A wire dateline is looked for in this many leading body paragraphs (after a standfirst).
DATELINE_MAX_PARAGRAPH = 3
#: "Headline | Coast News": a <title> suffix this short (and shorter than the headline, or the
#: last of three or more parts) is the site name.
SITE_NAME_MAX_WORDS = 3
#: Sniffing HTML looks at this many leading characters.
HTML_SNIFF_CHARS = 2000

# --- lexicons (small and generic: page furniture, wire agencies, byline roles) ---
#: Lines that are page furniture, never reporting (compared lower-cased, without final ":").
BOILERPLATE_LINES = frozenset("""
advertisement|advertising|story continues below advertisement|skip to main content|skip to content
|share|share this|share this article|share this story|share on facebook|share on twitter|share on x
|read more|related|related articles|related stories|related topics|more on this story|see also
|follow us|subscribe|sign up|sign in|log in|continue reading|listen to this article|print|email
|comments|show comments|hide caption|toggle caption|enlarge this image|copy link|copied|close
|most read|most popular|trending|top stories|recommended|newsletter|sponsored|sponsored content
|getty images|afp via getty images|shutterstock|alamy|file photo|reuters pictures|ap photo
""".replace("\n", "").split("|"))
#: Headers of web-to-markdown readers, looked for in the first lines only.
READER_HEADER_RE = re.compile(r"^(?P<key>Title|URL Source|Published Time|Markdown Content|Author"
                              r"|Description|Warning):\s*(?P<value>.*)$")
READER_HEADER_MAX_LINES = 12
#: A short teaser or embed line ("Read more: ...", "Watch the video above.").
TEASER_LINE_RE = re.compile(
    r"^(?:read more|read also|also read|related|see also|watch|listen|more from|more on|"
    r"also on [\w’']+|click here)\s*:"
    r"|^(?:watch|listen|subscribe|sign up|click|see)\b.{0,120}\b(?:above|below|here)\s*[.:!]?$", re.I)
#: Kickers in capitals that look like a dateline but are labels ("EXCLUSIVE – ...").
KICKERS = frozenset("exclusive breaking update updated watch live analysis opinion comment "
                    "editorial video photos exclusive: factbox explainer timeline".split())
#: Wire agencies that appear in datelines and bylines.
AGENCIES = ("Reuters", "AP", "AFP", "Associated Press", "Agence France-Presse", "UPI", "dpa",
            "DPA", "Xinhua", "ANI", "PTI", "IANS", "Bloomberg", "EFE", "ANSA", "Kyodo", "Yonhap",
            "TASS", "Tass", "IRNA", "Anadolu", "AA", "CNA", "Bernama", "Interfax", "KUNA", "WAM",
            "APA", "SPA", "MENA", "BNA", "NNA", "RIA Novosti", "Sputnik")
_AGENCY_SET = frozenset(a.lower() for a in AGENCIES)
#: The last word of a byline part that is a role, not a name ("Staff Writer").
BYLINE_ROLE_WORDS = frozenset("""correspondent writer writers editor editors reporter reporters
staff contributor columnist bureau chief desk team analyst producer journalist""".split())
#: A byline part with one of these words is a publication, not a person ("Daily Herald").
OUTLET_WORDS = frozenset("""herald times post news journal tribune daily press guardian telegraph
agency network tv radio gazette chronicle standard observer express mail star review magazine
media online weekly monitor independent nation mirror wire service broadcasting""".split())
#: Lower-case words allowed inside personal names.
NAME_PARTICLES = frozenset("de da del della der den di do dos du el al la le van von bin ibn bint "
                           "y e ben ter af zu".split())
#: Words that make "By ..." a phrase, not a byline ("By Monday", "By March").
NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december the this that then now
contrast comparison far law noon night midnight dawn early late end order all some most""".split())
MONTHS = {m: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for m in names}

# --- compiled patterns ---
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
_DAY_MONTH = rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})"
_SEP = r"\s*(?:--?|—|–|―|:)\s+"
_CAPS_PLACE = r"[A-Z][A-Z'’.]+(?:[ \-][A-Z][A-Z'’.]*){0,4}"  # words never contain separators
_STATE = r"[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,3}"
_OUTLET = r"\((?P<outlet>[A-Z][A-Za-z .&'’\-]{0,40})\)"
#: "NAIROBI, March 4 (Reuters) -", "KYIV, Ukraine (AP) —", "LONDON, 4 March:", "WASHINGTON —".
DATELINE_RE = re.compile(
    rf"^(?P<place>{_CAPS_PLACE}(?:,\s+{_STATE})?)"
    rf"(?:,\s+(?P<date>{_DAY_MONTH}(?:,?\s+\d{{4}})?))?\s*(?:{_OUTLET})?"
    rf"(?P<sep>{_SEP})")
#: "Nairobi (AFP) -": a mixed-case place needs a known agency in brackets.
_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
AGENCY_DATELINE_RE = re.compile(
    rf"^(?P<place>[A-Z][\w'’.]+(?:[ \-][A-Z][\w'’.]+){{0,3}}(?:,\s+{_STATE})?)"
    rf"(?:,\s+(?P<date>{_DAY_MONTH}(?:,?\s+\d{{4}})?))?\s*\((?P<outlet>{_AGENCY_ALT})\)"
    rf"(?P<sep>{_SEP})")
AGENCY_SUFFIX_RE = re.compile(rf"^(?P<name>.+?)\s+(?P<agency>{_AGENCY_ALT})$")
MD_IMAGE_RE = re.compile(r"!\[(?P<alt>[^\]\n]{0,500})\]\((?P<url>[^)\s]*)(?:\s+\"[^\"\n]*\")?\)")
#: A line made only of links ("*   [News](/news)", "[Home](/) | [World](/world)").
LINK_ONLY_RE = re.compile(r"^(?:[*•·-]\s+)?(?:\[[^\]\n]{0,500}\]\([^)\s]*\)\s*[|·,]?\s*)+$")
#: "Image 1: ..." numbering that readers put in alt texts.
ALT_NUMBER_RE = re.compile(r"^(?:image|photo|picture|figure)\s*\d*\s*:\s*", re.I)
MD_EMPTY_LINK_RE = re.compile(r"\[\s*\]\([^)\s]*\)")
MD_LINK_RE = re.compile(r"\[(?P<label>[^\]\n]{1,500})\]\((?:https?://|/|#|www\.)[^)\s]*(?:\s+\"[^\"\n]*\")?\)")
#: **bold**, __bold__, *italic*: the markers go, the words stay ("f***" stays as it is).
MD_EMPHASIS_RE = re.compile(r"(\*\*|__)(?=\S)(?P<a>.+?)(?<=\S)\1"
                            r"|(?<![\w*])\*(?=[^\s*])(?P<b>[^*\n]+?)(?<=[^\s*])\*(?![\w*])")
MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
LIST_BULLET_RE = re.compile(r"^(?:[*•·▪►-])\s+")
PIPES_ONLY_RE = re.compile(r"^[\s|:\-=+*_.~]*$")
EDGE_PIPES_RE = re.compile(r"^[\s|]*\|\s*|\s*\|[\s|]*$")
#: "World | Africa", "Home > Politics": breadcrumbs and menus, not prose.
NAV_SPLIT_RE = re.compile(r"\s+[|>›»/·]\s+")
#: "Image caption ...", "Media caption: ...".
CAPTION_PREFIX_RE = re.compile(r"^(?:image|media|photo|picture|video)\s+caption\s*[:,]?\s*", re.I)
#: "Image copyright Getty Images", "Image source, Reuters", "Photo credit: ...".
CREDIT_LINE_RE = re.compile(r"^(?:image|photo|picture|video|media)\s+(?:copyright|source|credit)s?\b",
                            re.I)
#: A credited name: "Jane Doe", "Jane Doe/Reuters", "AFP via Getty Images".
_CREDIT_NAME = (r"[A-Z][\w.'’\-]*(?:(?:\s+|\s*/\s*|\s*,\s*)"
                r"(?:[A-Z][\w.'’\-]*|via|for|of|and|de|van|von|al|el)){0,8}")
#: Where a credit may start: the line start or a separator, then up to 3 capitalised words
#: ("/ Daily Herald photo by ..."). "released images by Maxar" has none, so it stays body text.
_CREDIT_LEAD = r"(?:^|[/|(.\-—–]\s*)(?:[A-Z][\w'’\-]*\s+){0,3}"
#: A photo credit at the end of a line: "/ Daily Herald photo by NAME", "(Photo: NAME/Agency)",
#: "Photograph: NAME/Reuters", "REUTERS/Name Surname", "/ Getty Images".
CREDIT_TAIL_RE = re.compile(
    rf"(?:{_CREDIT_LEAD}(?i:photos?|photographs?|pictures?|images?|video|file photo)\s*"
    rf"(?i:by|:|credit:?|courtesy(?: of)?)\s+{_CREDIT_NAME}\.?\)?"
    r"|\((?i:file\s+)?(?i:photo|photograph|picture|image|credit)s?\s*:?[^)]{0,80}\)"
    rf"|\b(?i:reuters|afp|ap|epa|epa-efe|xinhua|anadolu|getty images|ansa|dpa)\s*/\s*{_CREDIT_NAME}"
    r"|[/|(\-—–]\s*(?:AFP via )?(?:Getty Images|Shutterstock|Alamy|Pool)\)?"
    r"|\[(?i:file|photo|picture|image)s?:?\s*[^\]\n]{0,80}\]"
    rf"|\[[A-Z][\w.'’\- ]{{1,40}}/(?:{_AGENCY_ALT}|EPA|EPA-EFE|Getty Images|Al Jazeera|Pool|Handout)\]"
    r")\s*\|?\s*$")
#: Every credit CREDIT_TAIL_RE finds contains one of these (a cheap test before the regex).
CREDIT_HINTS = ("photo", "picture", "image", "video", "credit", "/", "getty", "shutterstock",
                "alamy", "pool")
#: "(Photo: NAME/Agency)" inside a body paragraph: dropped, the paragraph kept.
INLINE_CREDIT_RE = re.compile(r"\s*\((?:file\s+)?(?:photo|photograph|picture|image)s?\s*:[^)]{0,80}\)",
                              re.I)
BYLINE_START_RE = re.compile(r"^(?:written |words |story |text )?by\s+(?P<rest>\S.*)$", re.I)
TRAILER_RE = re.compile(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|"
                        r"produced)\s+by\b.{0,300}$", re.I)
TRAILER_REPORTERS_RE = re.compile(r"(?:^|;\s*|\(\s*)(?:additional\s+)?reporting by\s+([^;)]+)", re.I)
BYLINE_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+\|\s+|\s+[-—–]\s+")
#: "Ben Blanchard in Beijing": the place a reporter filed from is not a name.
BYLINE_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
                             r"(?=\s*(?:,|;|&|\band\b|\)|$))")
ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})")
#: "4 March 2026", "March 4, 2026", "Wed 4 Mar 2026".
TEXT_DATE_RE = re.compile(rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})"
                          rf"(?:st|nd|rd|th)?,?)\s+(?P<y>\d{{4}})", re.I)
DATE_LINE_PREFIX_RE = re.compile(r"^(?:published|updated|posted|last updated|first published|date)"
                                 r"(?:\s+on)?\s*:?\s*", re.I)
DATE_LINE_RESIDUE_RE = re.compile(
    r"^[\s,.|:/\-–—]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|at|on|\d{1,2}[:.]\d{2}|am|pm|a\.m\.|p\.m\."
    r"|gmt|utc|bst|cet|cest|est|edt|pst|pdt|[+\-]\d{2}:?\d{2}|[\s,.|:/\-–—])*$", re.I)
SENTENCE_END_RE = re.compile(r"[.!?…:]['\"’”»)\]]*$")
_ODD_SPACE = "\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: Runs of whitespace other than one plain space (one plain space is left alone: faster).
SPACES_RE = re.compile(rf"[{_ODD_SPACE}][ {_ODD_SPACE}]*| [ {_ODD_SPACE}]+")
#: Soft hyphens, zero-width characters and C0 control characters (not tab or newline).
INVISIBLE_RE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f]")
BLANK_LINES_RE = re.compile(r"\n[ \t]*\n")


@dataclass
class Cleaned:
    """What cleaning found: the body paragraphs and the metadata taken out of them."""
    paragraphs: list[str]
    title: Optional[str] = None
    byline: list[str] = field(default_factory=list)
    outlet: Optional[str] = None
    published: Optional[str] = None
    captions: list[str] = field(default_factory=list)
    dateline: Optional[str] = None


# ---------------------------------------------------------------- public entry points

def read_article(raw: str, *, id: str | None = None, published: str | None = None,
                 title: str | None = None, html: bool | None = None) -> Article:
    """Scraped text or an HTML page -> Article. ``html=None`` sniffs the content.

    ``published`` and ``title`` given by the caller win over what the page says.
    The id defaults to a hash of the cleaned body, so re-scraping gives the same id.
    """
    if html is None:
        html = looks_like_html(raw)
    cleaned = clean_html(raw, title=title) if html else clean_text(raw, title=title)
    text = "\n\n".join(cleaned.paragraphs)
    published = (iso_date(published) or published) if published else cleaned.published
    return Article(id=id or stable_id(text), text=text, title=title or cleaned.title,
                   byline=cleaned.byline, outlet=cleaned.outlet, published=published,
                   captions=cleaned.captions)


def looks_like_html(raw: str) -> bool:
    """True for an HTML page or fragment: a doctype, <html>, <body>, or several <p> tags."""
    head = raw[:HTML_SNIFF_CHARS].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) or "<html" in head or "<body" in head:
        return True
    return len(re.findall(r"<p[\s>]", head)) >= 1 and "</p>" in raw.lower()


# ---------------------------------------------------------------- plain text

def clean_text(raw: str, *, title: str | None = None) -> Cleaned:
    """Scraped plain text (or markdown) -> body paragraphs and metadata."""
    cleaned = Cleaned(paragraphs=[])
    raw_lines = take_reader_headers(normalise_whitespace(raw).split("\n"), cleaned)
    lines = [clean_line(line, cleaned) for line in raw_lines]
    paragraphs = join_lines(lines)
    paragraphs = take_head_metadata(paragraphs, cleaned, known_title=title or cleaned.title)
    paragraphs = take_trailer(paragraphs, cleaned)
    for index, paragraph in enumerate(paragraphs[:DATELINE_MAX_PARAGRAPH]):
        paragraphs[index] = take_dateline(paragraph, cleaned)
        if cleaned.dateline:
            break
    cleaned.paragraphs = [p for p in paragraphs if p]
    if not cleaned.paragraphs and cleaned.title and title is None:
        cleaned.paragraphs, cleaned.title = [cleaned.title], None  # a headline alone is the text
    return cleaned


def take_reader_headers(lines: list[str], cleaned: Cleaned) -> list[str]:
    """Headers a web-to-markdown reader puts first ("Title: ...", "URL Source: ...").

    Title, Published Time and Author become metadata; the header lines are dropped.
    """
    start = 0
    while start < len(lines) and start < READER_HEADER_MAX_LINES:
        line = lines[start].strip()
        match = READER_HEADER_RE.match(line)
        if line and not match:
            break
        if match:
            key, value = match.group("key").lower(), match.group("value").strip()
            if key == "title" and value:
                cleaned.title = value
            elif key == "published time" and value:
                cleaned.published = iso_date(value)
            elif key == "author" and value:
                parsed = parse_byline(re.sub(r"^by\s+", "", value, flags=re.I))
                add_names(cleaned.byline, parsed[0] if parsed else [])
        start += 1
    return lines[start:] if start and cleaned.title is not None or start > 1 else lines


def normalise_whitespace(raw: str) -> str:
    """Unify newlines, drop invisible characters, turn exotic spaces and tabs into one space."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = INVISIBLE_RE.sub("", text)
    return SPACES_RE.sub(" ", text)


def clean_line(line: str, cleaned: Cleaned) -> Optional[str]:
    """One scraped line -> its text, "" for a blank line, None for a line to drop.

    Image stubs, caption and credit lines, table rules and page furniture are dropped here
    (captions kept on ``cleaned``); markdown emphasis, links and edge pipes are unwrapped.
    """
    line = line.strip()
    if not line:
        return ""
    if "](" in line:  # the markdown checks are skipped for the common plain line
        line = strip_images(line, cleaned)
        if LINK_ONLY_RE.match(line):
            return None  # a menu item or a bare link, not prose
        line = MD_EMPTY_LINK_RE.sub("", line)
        line = MD_LINK_RE.sub(lambda m: m.group("label"), line)
    if PIPES_ONLY_RE.match(line):
        return None
    if "|" in line:
        line = EDGE_PIPES_RE.sub("", line)
    if line[0] in "#*-•·▪►":
        line = LIST_BULLET_RE.sub("", MD_HEADING_RE.sub("", line))
    if "*" in line or "__" in line:
        line = MD_EMPHASIS_RE.sub(lambda m: m.group("a") or m.group("b"), line)
    if "  " in line:  # left by removed markup; odd spaces went in normalise_whitespace
        line = SPACES_RE.sub(" ", line)
    line = line.strip()
    if not line or PIPES_ONLY_RE.match(line) or is_boilerplate(line):
        return None
    caption = caption_of(line)
    if caption is not None:
        if caption:
            cleaned.captions.append(caption)
        return None
    return INLINE_CREDIT_RE.sub("", line) if "(" in line else line


def strip_images(line: str, cleaned: Cleaned) -> str:
    """Remove markdown image stubs; a descriptive alt text is kept as a caption."""
    for match in MD_IMAGE_RE.finditer(line):
        alt = ALT_NUMBER_RE.sub("", match.group("alt").strip())
        if len(alt.split()) >= CAPTION_ALT_MIN_WORDS:
            cleaned.captions.append(alt)
    return MD_IMAGE_RE.sub("", line)


def is_boilerplate(line: str) -> bool:
    """Page furniture: "Advertisement", "Read more: ...", "World | Africa" breadcrumbs."""
    key = line.lower().rstrip(" :.")
    if key in BOILERPLATE_LINES or TEASER_LINE_RE.match(line) and len(line.split()) <= 20:
        return True
    if len(line) > NAV_MAX_CHARS:
        return False
    parts = NAV_SPLIT_RE.split(line)
    return len(parts) > 1 and all(len(part.split()) <= NAV_PART_MAX_WORDS and
                                  not ends_sentence(part) for part in parts)


def caption_of(line: str) -> Optional[str]:
    """The caption a line holds ("" for a bare credit), or None when it is not a caption line."""
    if CREDIT_LINE_RE.match(line):
        return ""
    if CAPTION_PREFIX_RE.match(line):
        return CAPTION_PREFIX_RE.sub("", line).strip()
    lowered = line.lower()
    if (any(hint in lowered for hint in CREDIT_HINTS) and len(line.split()) <= CAPTION_MAX_WORDS
            and CREDIT_TAIL_RE.search(line)):
        return line.rstrip(" |")
    return None


def join_lines(lines: list[Optional[str]]) -> list[str]:
    """Lines -> paragraphs.

    Scraped text has one paragraph per line: every line is a paragraph, except a line that
    starts in lower case after an unfinished one (a line broken at a link). In hard-wrapped
    text (e-mail, wire feeds) lines are joined up to a blank line or the end of a sentence.
    Dropped lines (None) join nothing and break nothing.
    """
    wrapped = is_hard_wrapped([line for line in lines if line])
    paragraphs: list[list[str]] = []
    joinable = False  # may the next line continue paragraphs[-1]?
    for line in lines:
        if line is None:
            continue
        if line == "":
            joinable = False
            continue
        if joinable and (continues(paragraphs[-1][-1], line) or
                         wrapped and not ends_sentence(paragraphs[-1][-1])):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
        joinable = True
    return [" ".join(parts) for parts in paragraphs]


def is_hard_wrapped(lines: list[str]) -> bool:
    """Most lines nearly as long as the longest, and none longer than a terminal line."""
    if len(lines) < HARD_WRAP_MIN_LINES:
        return False
    width = max(len(line) for line in lines)
    if not HARD_WRAP_MIN_WIDTH <= width <= HARD_WRAP_MAX_WIDTH:
        return False
    full = sum(len(line) >= HARD_WRAP_FULL_SHARE * width for line in lines)
    return full >= HARD_WRAP_MIN_SHARE * len(lines)


def continues(previous: str, line: str) -> bool:
    """A line that starts in lower case after an unfinished line is the same sentence."""
    return line[:1].islower() and not ends_sentence(previous)


def ends_sentence(line: str) -> bool:
    return bool(SENTENCE_END_RE.search(line))


def take_head_metadata(paragraphs: list[str], cleaned: Cleaned, *,
                       known_title: str | None) -> list[str]:
    """Take title, bylines and date lines from the leading paragraphs; return the rest."""
    body = list(paragraphs)
    while len(body) > 1 and (not known_title and is_section_label(body[0], body[1])
                             or take_date_line(body[0], cleaned)):
        body.pop(0)  # furniture above the headline: "Politics", "4 March 2026"
    if known_title:
        cleaned.title = known_title
        if body and same_text(body[0], known_title):
            body.pop(0)
    elif len(body) > 1 and looks_like_headline(body[0]):
        cleaned.title = body.pop(0)
    kept: list[str] = []
    for index, paragraph in enumerate(body):
        if index < HEAD_MAX_PARAGRAPHS and take_byline(paragraph, cleaned):
            continue
        if index < HEAD_MAX_PARAGRAPHS and take_date_line(paragraph, cleaned):
            continue
        if cleaned.title and index < HEAD_MAX_PARAGRAPHS and same_text(paragraph, cleaned.title):
            continue  # the headline repeated under the image
        kept.append(paragraph)
    return kept


def is_section_label(paragraph: str, following: str) -> bool:
    """"World" or "Middle East" above a headline is the site section, not the title."""
    return (len(paragraph.split()) <= SECTION_LABEL_MAX_WORDS and not ends_sentence(paragraph)
            and looks_like_headline(following))


def same_text(a: str, b: str) -> bool:
    return " ".join(a.lower().split()) == " ".join(b.lower().split())


def looks_like_headline(paragraph: str) -> bool:
    """Short, no sentence-final period, not all lower case."""
    words = paragraph.split()
    return (1 < len(words) <= TITLE_MAX_WORDS and len(paragraph) <= TITLE_MAX_CHARS
            and not re.search(r"[.,;:…]['\"’”»)]*$", paragraph)
            and any(w.lstrip("'\"‘“(")[:1].isupper() for w in words)
            and not BYLINE_START_RE.match(paragraph) and not DATELINE_RE.match(paragraph + " "))


def take_byline(paragraph: str, cleaned: Cleaned) -> bool:
    """"By NAME", "By NAME and NAME, Reuters" -> names (and outlet) on ``cleaned``."""
    match = BYLINE_START_RE.match(paragraph)
    if not match or len(paragraph) > BYLINE_MAX_CHARS:
        return False
    parsed = parse_byline(match.group("rest"))
    if parsed is None:
        return False
    names, outlet = parsed
    add_names(cleaned.byline, names)
    if outlet and not cleaned.outlet:
        cleaned.outlet = outlet
    return True


def parse_byline(rest: str) -> Optional[tuple[list[str], Optional[str]]]:
    """"A Smith and B Jones, Reuters" -> (["A Smith", "B Jones"], "Reuters"); None if not names."""
    names: list[str] = []
    outlet = None
    rest = BYLINE_PLACE_RE.sub("", rest.strip().rstrip("."))
    for part in BYLINE_SPLIT_RE.split(rest):
        part = part.strip()
        tail = AGENCY_SUFFIX_RE.match(part)
        if tail:  # "JEAN DUPONT Associated Press"
            part, outlet = tail.group("name"), outlet or tail.group("agency")
        if not part:
            continue
        words = part.split()
        if part.lower() in _AGENCY_SET:
            outlet = outlet or part
        elif words[-1].lower() in BYLINE_ROLE_WORDS:
            continue
        elif names and any(w.lower().strip(".") in OUTLET_WORDS for w in words):
            outlet = outlet or part  # "By A Smith | Daily Herald"
        elif looks_like_name(words):
            names.append(" ".join(w.title() if w.isupper() and len(w) > 2 else w for w in words))
        elif names and all(w[:1].isupper() for w in words) and len(words) <= 4:
            outlet = outlet or part  # "By A Smith, Daily Herald"
        else:
            return None
    return (names, outlet) if names else None


def looks_like_name(words: list[str]) -> bool:
    if not 1 <= len(words) <= NAME_MAX_WORDS or words[0].lower() in NOT_NAMES:
        return False
    if not words[0][:1].isupper():
        return False
    return all((w[:1].isupper() or w.lower() in NAME_PARTICLES) and not any(c.isdigit() for c in w)
               for w in words)


def add_names(byline: list[str], names: list[str]) -> None:
    for name in names:
        if not any(same_text(name, known) for known in byline):
            byline.append(name)


def take_date_line(paragraph: str, cleaned: Cleaned) -> bool:
    """A standalone "Published 4 March 2026 10:32 GMT" line: dropped, date kept if none given."""
    if len(paragraph) > DATE_LINE_MAX_CHARS:
        return False
    rest = DATE_LINE_PREFIX_RE.sub("", paragraph)
    match = ISO_DATE_RE.search(rest) or TEXT_DATE_RE.search(rest)
    if not match:
        return False
    residue = rest[:match.start()] + " " + rest[match.end():]
    residue = re.sub(r"T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?", " ", residue)
    if not DATE_LINE_RESIDUE_RE.match(residue):
        return False
    cleaned.published = cleaned.published or iso_date(match.group(0))
    return True


def iso_date(value: str) -> Optional[str]:
    """"2026-03-04T10:00Z" / "4 March 2026" / "March 4, 2026" -> "2026-03-04"; None if unsure."""
    match = ISO_DATE_RE.search(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = TEXT_DATE_RE.search(value)
        if not match:
            return None
        month_word = (match.group("m1") or match.group("m2")).lower().rstrip(".")
        month = MONTHS.get(month_word) or MONTHS.get(month_word[:3], 0)
        day, year = int(match.group("d1") or match.group("d2")), int(match.group("y"))
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def take_dateline(paragraph: str, cleaned: Cleaned) -> str:
    """Drop a wire dateline ("NAIROBI, March 4 (Reuters) -") from the first body paragraph."""
    match = AGENCY_DATELINE_RE.match(paragraph) or DATELINE_RE.match(paragraph)
    if not match:
        return paragraph
    is_colon = match.group("sep").strip() == ":"
    if is_colon and not (match.group("date") or match.group("outlet")):
        return paragraph  # "UPDATE: ..." is not a dateline
    if match.group("place").lower() in KICKERS:
        return paragraph
    rest = paragraph[match.end():]
    if not rest[:1].isupper() and not rest[:1] in "\"'“‘":
        return paragraph
    cleaned.dateline = match.group("place")
    if match.group("outlet") and not cleaned.outlet:
        cleaned.outlet = match.group("outlet").strip()
    return rest


def take_trailer(paragraphs: list[str], cleaned: Cleaned) -> list[str]:
    """Drop wire trailers ("Reporting by A; Editing by B"); reporters join the byline."""
    while paragraphs and TRAILER_RE.match(paragraphs[-1]):
        for match in TRAILER_REPORTERS_RE.finditer(paragraphs[-1]):
            parsed = parse_byline(match.group(1))
            if parsed:
                add_names(cleaned.byline, parsed[0])
        paragraphs = paragraphs[:-1]
    return paragraphs


# ---------------------------------------------------------------- HTML

#: Containers whose text is never article body.
SKIP_TAGS = frozenset("""script style noscript template nav footer aside form button select
option svg iframe object canvas figure head menu dialog""".split())
#: Tags that end a paragraph and start a new text block.
BLOCK_TAGS = frozenset("""p div section article main header h1 h2 h3 h4 h5 h6 li ul ol table tr
td th blockquote pre dl dt dd hr figure figcaption address""".split())
PAGE_TITLE_SEPARATORS_RE = re.compile(r"\s+[|\-—–:·]\s+")


class PageParser(HTMLParser):
    """Collects paragraphs, captions and metadata from one HTML page in a single pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.paragraphs: list[tuple[str, bool]] = []   # (text, inside <article>)
        self.blocks: list[str] = []                    # fallback text when there is no <p>
        self.captions: list[str] = []
        self.authors: list[str] = []
        self._skip = 0
        self._article = 0
        self._in = {"title": 0, "h1": 0, "figcaption": 0, "ld": 0, "author": 0}
        self._paragraph: Optional[list[str]] = None
        self._block: list[str] = []
        self._caption: list[str] = []
        self._author: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag in BLOCK_TAGS:
            self._end_paragraph()
            self._end_block()
        if tag == "meta":
            self._read_meta(attributes)
        elif tag == "script" and "ld+json" in attributes.get("type", "").lower():
            self._in["ld"] += 1
            self.json_ld.append("")
        if tag == "figcaption":
            self._in["figcaption"] += 1
            self._caption = []
        elif tag in SKIP_TAGS:
            self._skip += 1
        if tag == "article":
            self._article += 1
        elif tag in ("title", "h1"):
            self._in[tag] += 1
        elif tag == "p" and not self._skip:
            self._paragraph = []
        elif (tag == "a" and "author" in attributes.get("rel", "").lower().split()
              and not self._in["author"]):
            self._in["author"] += 1
            self._author = []
        if tag == "br":
            self._block.append("\n")
            if self._paragraph is not None:
                self._paragraph.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self._end_paragraph()
            self._end_block()
        if tag == "script" and self._in["ld"]:
            self._in["ld"] -= 1
        if tag == "figcaption" and self._in["figcaption"]:
            self._in["figcaption"] -= 1
            caption = " ".join("".join(self._caption).split())
            if caption:
                self.captions.append(caption)
        elif tag in SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag == "article" and self._article:
            self._article -= 1
        elif tag in ("title", "h1") and self._in[tag]:
            self._in[tag] -= 1
        elif tag == "a" and self._in["author"]:
            self._in["author"] -= 1
            self.authors.append(" ".join("".join(self._author).split()))

    def handle_data(self, data: str) -> None:
        if self._in["ld"]:
            self.json_ld[-1] += data
            return
        if self._in["figcaption"]:
            self._caption.append(data)
            return
        if self._in["title"]:
            self.title_parts.append(data)
            return
        if self._in["author"]:
            self._author.append(data)
        if self._skip:
            return
        if self._in["h1"]:
            self.h1_parts.append(data)
        if self._paragraph is not None:
            self._paragraph.append(data)
        self._block.append(data)

    def close(self) -> None:
        super().close()
        self._end_paragraph()
        self._end_block()

    def _read_meta(self, attributes: dict[str, str]) -> None:
        key = (attributes.get("property") or attributes.get("name") or
               attributes.get("itemprop") or "").lower()
        content = attributes.get("content", "").strip()
        if key and content and key not in self.meta:
            self.meta[key] = content

    def _end_paragraph(self) -> None:
        if self._paragraph is not None:
            text = tidy_html_text("".join(self._paragraph))
            if text:
                self.paragraphs.append((text, self._article > 0))
            self._paragraph = None

    def _end_block(self) -> None:
        text = tidy_html_text("".join(self._block))
        if text:
            self.blocks.append(text)
        self._block = []


def tidy_html_text(text: str) -> str:
    """Collapse HTML source whitespace, keeping <br> line breaks."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def parse_html(raw: str) -> PageParser:
    parser = PageParser()
    parser.feed(raw)
    parser.close()
    return parser


def clean_html(raw: str, *, title: str | None = None) -> Cleaned:
    """An HTML page -> paragraphs (from <article>, else every <p>) and its metadata."""
    page = parse_html(raw)
    ld = json_ld_fields(page.json_ld)
    outlet = page.meta.get("og:site_name") or ld.get("publisher")
    page_title = title or page_title_of(page, outlet) or ld.get("headline")
    in_article = [text for text, inside in page.paragraphs if inside]
    paragraphs = in_article or [text for text, _ in page.paragraphs]
    if sum(len(p) for p in paragraphs) < HTML_MIN_PARAGRAPH_CHARS and page.blocks:
        paragraphs = page.blocks
    cleaned = clean_text("\n\n".join(paragraphs), title=page_title)
    cleaned.captions = page.captions + cleaned.captions
    cleaned.outlet = outlet or cleaned.outlet
    meta_authors = [a for a in (page.meta.get("author"), page.meta.get("article:author"),
                                page.meta.get("byl"), page.meta.get("parsely-author"))
                    if a and not a.startswith(("http://", "https://", "/"))]
    authors = []
    for value in meta_authors + ld.get("authors", []) + page.authors:
        parsed = parse_byline(re.sub(r"^by\s+", "", value, flags=re.I))
        authors.extend(parsed[0] if parsed else [])
    add_names(authors, cleaned.byline)
    cleaned.byline = []
    add_names(cleaned.byline, authors)
    published = (page.meta.get("article:published_time") or ld.get("datePublished")
                 or page.meta.get("date") or page.meta.get("pubdate")
                 or page.meta.get("parsely-pub-date") or page.meta.get("dc.date"))
    cleaned.published = (iso_date(published) if published else None) or cleaned.published
    return cleaned


def page_title_of(page: PageParser, outlet: Optional[str]) -> Optional[str]:
    """og:title, else <h1>, else <title> without its " | Outlet" suffix."""
    for candidate in (page.meta.get("og:title"), page.meta.get("twitter:title"),
                      " ".join("".join(page.h1_parts).split())):
        if candidate:
            return candidate.strip()
    title = " ".join("".join(page.title_parts).split())
    if not title:
        return None
    parts = PAGE_TITLE_SEPARATORS_RE.split(title)
    is_site_name = len(parts) > 1 and (
        outlet is not None and same_text(parts[-1], outlet)
        or len(parts[-1].split()) <= SITE_NAME_MAX_WORDS
        and (len(parts) > 2 or len(parts[-1].split()) < len(parts[0].split())))
    if is_site_name:
        title = title[:title.rfind(parts[-1])].rstrip(" |-—–:·")
    return title


def json_ld_fields(blobs: list[str]) -> dict:
    """headline, datePublished, publisher name and author names from JSON-LD blocks."""
    found: dict = {"authors": []}
    for blob in blobs:
        try:
            data = json.loads(blob)
        except ValueError:
            continue
        for item in walk_json_ld(data):
            for key in ("headline", "datePublished"):
                if isinstance(item.get(key), str) and key not in found:
                    found[key] = item[key]
            publisher = item.get("publisher")
            if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
                found.setdefault("publisher", publisher["name"])
            authors = item.get("author")
            for author in authors if isinstance(authors, list) else [authors]:
                name = author.get("name") if isinstance(author, dict) else author
                if isinstance(name, str) and name not in found["authors"]:
                    found["authors"].append(name)
    return found


def walk_json_ld(data, depth: int = 0):
    """The dicts of a JSON-LD document that describe an article (also inside @graph)."""
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from walk_json_ld(item, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
            yield data
        if "@graph" in data:
            yield from walk_json_ld(data["@graph"], depth + 1)
