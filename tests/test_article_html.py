"""HTML pages -> Article through the stdlib parser: body paragraphs, metadata, captions."""
from pathlib import Path

import pytest

from sanderling.article import looks_like_html, parse_html, read_article

ARTICLES = Path(__file__).parent / "resources" / "articles"


@pytest.fixture(scope="module")
def page():
    return read_article((ARTICLES / "page.html").read_text(encoding="utf-8"))


def test_article_html_metadata(page):
    assert page.title == "Coastal states sign fisheries pact after decade of disputes"   # og:title
    assert page.outlet == "The Harbour Times"                                             # og:site_name
    assert page.published == "2026-02-17"                          # article:published_time
    assert page.byline == ["Lena Fischer", "Tomas Berg"]           # meta + JSON-LD + byline, no URL


def test_article_html_caption_from_figcaption(page):
    assert page.captions == ["Ministers pose after the signing ceremony in Bergen. "
                             "Photo: Ola Hansen/Harbour Times"]
    assert "Ministers pose" not in page.text


def test_article_html_body_paragraphs(page):
    paragraphs = page.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Five coastal states on Tuesday signed")   # dateline gone
    assert paragraphs[1] == ("\u201cThis is a fair deal for our fishermen and for the fish,\u201d the "
                             "Norwegian fisheries minister told reporters after the ceremony.")
    assert "agreed limits were higher than scientists" in paragraphs[2]      # <em> unwrapped


def test_article_html_furniture_skipped(page):
    for junk in ("Subscribe", "Home", "Read more", "Advertisement", "All rights reserved",
                 "dataLayer", "not body", "color", "By Lena", "<", "&"):
        assert junk not in page.text


def test_article_html_given_published_wins(page):
    raw = (ARTICLES / "page.html").read_text(encoding="utf-8")
    assert read_article(raw, published="2026-02-18").published == "2026-02-18"


def test_article_html_without_article_element_uses_all_paragraphs():
    raw = ("<html><head><title>Port strike ends - Coast News</title></head><body>"
           "<div class='menu'><p>Sign in</p></div>"
           "<p>Dock workers returned to work on Friday after a nine-day strike over pay.</p>"
           "<p>The union said members had accepted a 6% rise.</p>"
           "<footer><p>Contact us</p></footer></body></html>")
    article = read_article(raw)
    assert article.title == "Port strike ends"
    assert article.text == ("Dock workers returned to work on Friday after a nine-day strike over pay."
                            "\n\nThe union said members had accepted a 6% rise.")


def test_article_html_without_paragraphs_falls_back_to_blocks():
    raw = ("<html><body><nav>Home | World</nav><h1>Flood waters recede</h1>"
           "<div>Flood waters began to recede in the delta on Sunday, officials said, "
           "allowing relief convoys to reach villages cut off for a week.</div>"
           "<div>The government said 40,000 people remained in shelters across the region, "
           "and that schools would reopen once buildings had been inspected.</div>"
           "<script>var x = 1;</script></body></html>")
    article = read_article(raw)
    assert article.title == "Flood waters recede"
    assert article.text.startswith("Flood waters began to recede in the delta on Sunday")
    assert "40,000 people remained" in article.text
    assert "var x" not in article.text and "Home" not in article.text


def test_article_html_entities_and_breaks():
    page = parse_html("<article><p>Tom &amp; Jerry&nbsp;met<br>at noon &#8212; briefly.</p></article>")
    assert page.paragraphs == [("Tom & Jerry met\nat noon \u2014 briefly.", True)]


@pytest.mark.parametrize("raw, expected", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("  <html lang='en'>", True),
    ("<p>One paragraph.</p>\n<p>Two.</p>", True),
    ("Plain text that mentions <p> tags in passing.", False),
    ("Profits rose 5% as costs fell < 2%.", False),
])
def test_article_html_sniffing(raw, expected):
    assert looks_like_html(raw) is expected


@pytest.mark.parametrize("page_title, expected", [
    ("Port strike ends after nine days | Coast News", "Port strike ends after nine days"),
    ("Kenya - Ethiopia talks end", "Kenya - Ethiopia talks end"),
    ("Talks end | World | Coast News", "Talks end | World"),
])
def test_article_html_title_suffix(page_title, expected):
    raw = f"<html><head><title>{page_title}</title></head><body><p>Body text.</p></body></html>"
    assert read_article(raw).title == expected
