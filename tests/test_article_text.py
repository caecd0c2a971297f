"""Plain scraped text -> Article: what is removed from the body and what is kept as metadata."""
from pathlib import Path

import pytest

from sanderling.article import (clean_line, Cleaned, is_hard_wrapped, iso_date, parse_byline,
                                read_article, take_dateline)

ARTICLES = Path(__file__).parent / "resources" / "articles"


@pytest.fixture(scope="module")
def wire():
    return read_article((ARTICLES / "wire_scraped.txt").read_text(encoding="utf-8"))


def test_article_wire_story_title_taken_out_of_text(wire):
    assert wire.title == "Kenyan lawmakers reject emergency budget as protests spread"
    assert "Kenyan lawmakers reject" not in wire.text


def test_article_wire_story_byline_and_outlet(wire):
    assert wire.byline[:2] == ["Peter Mwangi", "Grace Njeri"]
    assert "Joseph Kamau" in wire.byline            # from "Additional reporting by"
    assert "Alison Reed" not in wire.byline          # an editor is not a byline
    assert wire.outlet == "Reuters"
    assert "By Peter" not in wire.text and "Editing by" not in wire.text


def test_article_wire_story_dateline_removed(wire):
    assert wire.text.startswith("Kenya's parliament on Wednesday rejected")
    assert "NAIROBI" not in wire.text and "(Reuters)" not in wire.text


def test_article_wire_story_images_and_captions(wire):
    assert "![" not in wire.text and "](" not in wire.text and "http" not in wire.text
    assert any(c.startswith("Protesters gather outside parliament") and "photo by Amina Odhiambo" in c
               for c in wire.captions)
    assert "Police fire tear gas at demonstrators near the central business district" in wire.captions
    assert any("(Photo: Samuel Otieno/Daily Herald)" in c for c in wire.captions)
    assert "Protesters gather" not in wire.text and "Photo:" not in wire.text


def test_article_wire_story_residue_and_furniture_removed(wire):
    for residue in ("|", "**", "#", "Advertisement", "Read more", "World | Africa"):
        assert residue not in wire.text
    assert "rejected a emergency budget proposed" in wire.text   # bold markers gone, words kept


def test_article_wire_story_paragraphs_and_date(wire):
    paragraphs = wire.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[1].startswith('"We will not pass a budget')
    assert all(p == p.strip() and "  " not in p and "\n" not in p for p in paragraphs)
    assert wire.published == "2026-03-04"             # from "Published 4 March 2026 10:32 GMT"


def test_article_given_published_wins_over_page_date():
    raw = (ARTICLES / "wire_scraped.txt").read_text(encoding="utf-8")
    assert read_article(raw, published="2026-03-05").published == "2026-03-05"


def test_article_ap_style_byline_dateline_and_bbc_captions():
    article = read_article((ARTICLES / "wire_ap_style.txt").read_text(encoding="utf-8"))
    assert article.byline == ["Jean Dupont"]
    assert article.outlet == "Associated Press"
    assert article.text.startswith("The United Nations human rights chief on Monday")
    assert article.captions == ["Soldiers patrol a village near the frontier last week"]
    assert "Image copyright" not in article.text and "Getty" not in article.text


@pytest.mark.parametrize("paragraph, place, outlet, rest", [
    ("NAIROBI, March 4 (Reuters) - Kenya's parliament voted.", "NAIROBI", "Reuters", "Kenya's"),
    ("GENEVA (AP) — The agency said.", "GENEVA", "AP", "The agency"),
    ("LONDON, 4 March: The minister resigned.", "LONDON", None, "The minister"),
    ("KYIV, Ukraine (AP) — Drones struck.", "KYIV, Ukraine", "AP", "Drones"),
    ("Beirut (AFP) – Talks resumed.", "Beirut", "AFP", "Talks"),
    ("WASHINGTON — Lawmakers returned.", "WASHINGTON", None, "Lawmakers"),
    ("ALBANY, N.Y., Oct. 14 (UPI) — The senator resigned.", "ALBANY, N.Y.", "UPI", "The senator"),
])
def test_article_dateline_variants(paragraph, place, outlet, rest):
    cleaned = Cleaned(paragraphs=[])
    assert take_dateline(paragraph, cleaned).startswith(rest)
    assert cleaned.dateline == place
    assert cleaned.outlet == outlet


@pytest.mark.parametrize("paragraph", [
    "UPDATE: The vote has been postponed.",
    "EXCLUSIVE – Minister says talks will fail.",
    "NATO said on Monday it would send more troops.",
    "The MINISTER - who spoke on Monday - said no.",
])
def test_article_not_a_dateline(paragraph):
    cleaned = Cleaned(paragraphs=[])
    assert take_dateline(paragraph, cleaned) == paragraph
    assert cleaned.dateline is None


@pytest.mark.parametrize("rest, names, outlet", [
    ("Peter Mwangi and Grace Njeri, Reuters", ["Peter Mwangi", "Grace Njeri"], "Reuters"),
    ("JEAN DUPONT Associated Press", ["Jean Dupont"], "Associated Press"),
    ("Maria de la Cruz, Staff Writer", ["Maria de la Cruz"], None),
    ("Ana Lima in Lisbon and Tom Reid in Beijing", ["Ana Lima", "Tom Reid"], None),
    ("Sam Ode | Daily Herald", ["Sam Ode"], "Daily Herald"),
])
def test_article_byline_parsing(rest, names, outlet):
    assert parse_byline(rest) == (names, outlet)


@pytest.mark.parametrize("rest", ["contrast, the government refused.", "Monday, officials said",
                                  "the end of the week the army had withdrawn"])
def test_article_by_phrase_is_not_a_byline(rest):
    assert parse_byline(rest) is None


def test_article_by_phrase_stays_in_body():
    raw = "Troops pull back from border town\n\nBy Monday, the army had withdrawn.\n\nTalks resume."
    article = read_article(raw)
    assert article.byline == []
    assert article.text.startswith("By Monday, the army had withdrawn.")


def test_article_single_paragraph_stays_text():
    article = read_article("Rebels seize airport in northern province")
    assert article.text == "Rebels seize airport in northern province"
    assert article.title is None


def test_article_first_sentence_is_not_a_title():
    raw = "The army seized the airport on Monday.\n\nRebels said they would fight back."
    article = read_article(raw)
    assert article.title is None
    assert article.text == raw


def test_article_clean_text_is_left_alone():
    raw = ('The minister resigned on Friday.\n\n"I have no regrets," she said.\n\n'
           "Her deputy will take over until an election in May.")
    assert read_article(raw).text == raw


def test_article_given_title_is_dropped_from_body():
    article = read_article("Talks collapse\n\nThe talks collapsed on Friday.", title="Talks collapse")
    assert article.title == "Talks collapse"
    assert article.text == "The talks collapsed on Friday."


def test_article_whitespace_normalised_paragraphs_kept():
    raw = "First\u00a0 paragraph\tends  here.\r\n\r\n\r\nSecond\u200b paragraph.\r\nThird one."
    assert read_article(raw).text == "First paragraph ends here.\n\nSecond paragraph.\n\nThird one."


def test_article_hard_wrapped_lines_joined():
    article = read_article((ARTICLES / "hard_wrapped.txt").read_text(encoding="utf-8"))
    assert article.title == "Ministers agree to extend grain corridor"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 2
    assert "agreed on Thursday to extend the grain corridor" in paragraphs[0]


def test_article_short_lines_are_not_hard_wrapped():
    assert not is_hard_wrapped(["Headline here", "A body paragraph that is long enough " * 4,
                                "Another.", "And one more paragraph of text that goes on " * 3])


def test_article_line_broken_at_a_link_is_rejoined():
    raw = "The senator\ncriticised\nthe plan on Monday.\n\nShe left."
    assert read_article(raw).text == "The senator criticised the plan on Monday.\n\nShe left."


def test_article_inline_credit_removed_from_long_paragraph():
    paragraph = ("The minister spoke for an hour " * 15) + "(Photo: Jo Bloggs/Agency) and left."
    line = clean_line(paragraph, Cleaned(paragraphs=[]))
    assert "Photo" not in line and line.endswith("and left.")


def test_article_body_sentence_with_images_by_is_kept():
    line = "The agency released satellite images by Maxar showing the damaged bridge."
    cleaned = Cleaned(paragraphs=[])
    assert clean_line(line, cleaned) == line
    assert cleaned.captions == []


@pytest.mark.parametrize("line, expected", [
    ("| | |", None), ("|---|:---:|", None), ("***", None),
    ("| Troops crossed the river at dawn. |", "Troops crossed the river at dawn."),
    ("**Breaking:** the vote passed", "Breaking: the vote passed"),
    ("He told them to \u201cgo f*** yourselves\u201d.", "He told them to \u201cgo f*** yourselves\u201d."),
    ("Read the [full statement](https://example.test/s) here today.", "Read the full statement here today."),
    ("## What happens next", "What happens next"),
    ("Share this article", None),
])
def test_article_line_residue(line, expected):
    assert clean_line(line, Cleaned(paragraphs=[])) == expected


@pytest.mark.parametrize("value, iso", [
    ("2026-03-04T10:32:00Z", "2026-03-04"), ("4 March 2026", "2026-03-04"),
    ("March 4, 2026", "2026-03-04"), ("Sept. 26, 2016", "2016-09-26"), ("no date", None),
])
def test_article_iso_date(value, iso):
    assert iso_date(value) == iso


def test_article_id_is_stable_and_ignores_page_junk():
    body = "Kenya's parliament rejected the budget.\n\nProtests continued."
    noisy = "Advertisement\n\n" + body + "\n\n| | |"
    assert read_article(body).id == read_article(noisy).id
    assert read_article(body, id="given").id == "given"


@pytest.mark.parametrize("line, caption", [
    ("Image caption, Rescue teams search the rubble", "Rescue teams search the rubble"),
    ("Media caption: The moment the dam burst", "The moment the dam burst"),
    ("FILE PHOTO: A man walks past the central bank in Nairobi, Kenya, March 3, 2026. "
     "REUTERS/Monicah Wanjiru/File Photo", None),
    ("Police stand guard at the court (Photo: Lee Park/Daily Herald)", None),
    ("Image source, Getty Images", ""),
    ("Getty Images", ""),
])
def test_article_caption_lines(line, caption):
    cleaned = Cleaned(paragraphs=[])
    assert clean_line(line, cleaned) is None
    assert cleaned.captions == ([caption or line] if caption != "" else [])


def test_article_published_given_in_words_is_normalised():
    assert read_article("Talks ended.", published="March 4, 2026").published == "2026-03-04"
    assert read_article("Talks ended.", published="2026-03-04").published == "2026-03-04"


def test_article_section_label_and_date_above_headline():
    raw = ("Middle East\n\n4 March 2026\n\nCeasefire talks resume in Cairo\n\n"
           "Negotiators returned to Cairo on Wednesday.\n\nBoth sides sent delegations.")
    article = read_article(raw)
    assert article.title == "Ceasefire talks resume in Cairo"
    assert article.published == "2026-03-04"
    assert article.text == "Negotiators returned to Cairo on Wednesday.\n\nBoth sides sent delegations."


def test_article_two_word_headline_is_still_a_title():
    article = read_article("Ceasefire collapses\n\nFighting resumed on Monday.\n\nDozens were hurt.")
    assert article.title == "Ceasefire collapses"
    assert article.text.startswith("Fighting resumed")


def test_article_reader_markdown_headers_menus_and_bracket_credits():
    article = read_article((ARTICLES / "reader_markdown.md").read_text(encoding="utf-8"))
    assert article.title == "Sudan army says it retook key bridge in Khartoum"
    assert article.published == "2026-03-04"                       # "Published Time:" header
    assert article.text.startswith("The Sudanese army said on Tuesday")   # menus, heading, rule gone
    assert "statement [sic], adding" in article.text                # brackets in prose are kept
    assert article.captions == [
        "Sudanese soldiers stand guard at a checkpoint",            # alt text, "Image 1:" dropped
        "Sudanese army soldiers stand guard in Omdurman, Sudan [File: Ahmed Salih/Reuters]"]
    for residue in ("URL Source", "Markdown Content", "Skip to", "News", "====", "Published On"):
        assert residue not in article.text
