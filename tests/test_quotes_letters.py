"""Readers' letters pages (quotes.letter_attributions): under a capitals heading, the paragraphs
before a signature line are the writer's words, and the writer's judgements are the writer's
accusations. Invented text only."""
from sanderling.pipeline import code_text

PAGE = (
    "Governor's budget divides Ohio voters.\n\n"
    "MAILBAG.\n\n"
    "I have lived in Ohio for forty years and never seen such a mess. "
    "Governor Mike DeWine is a liar and his budget is a sham.\n\n"
    "Harriet Q. Lindqvist.\n\n"
    "Toledo, Ohio.\n\n"
    "ONLINE.\n\n"
    "Senator Sherrod Brown is a hypocrite. Nothing will change.\n\n"
    "@ohio_voter77.\n"
)


def test_letters_are_attributed_to_their_signatures():
    quotes = [q for q in code_text(PAGE, published="2026-02-02").quotes if q.cue_start is not None
              and PAGE[q.cue_start:q.cue_end] in ("Harriet Q. Lindqvist", "@ohio_voter77")]
    assert [(q.speaker.text, q.speaker.code, q.speaker.sector, q.direct) for q in quotes] == [
        ("Harriet Q. Lindqvist", "USA", "CVL", False), ("@ohio_voter77", "USA", "CVL", False)]
    assert quotes[0].content.startswith("I have lived") and quotes[0].content.endswith("a sham.")
    assert quotes[1].content == "Senator Sherrod Brown is a hypocrite. Nothing will change."


def test_a_writers_judgement_is_the_writers_accusation():
    evs = [e for e in code_text(PAGE, published="2026-02-02").events if e.event == "ACCUSE"]
    pairs = {(e.actor[0].text, e.recipient[0].text) for e in evs if e.actor and e.recipient}
    assert ("Harriet Q. Lindqvist", "Governor Mike DeWine") in pairs
    assert ("@ohio_voter77", "Senator Sherrod Brown") in pairs


def test_a_name_alone_without_a_heading_signs_nothing():
    text = ("The council met on Monday. The mayor is a crook, one resident said.\n\n"
            "Harriet Q. Lindqvist.\n")
    assert not any(q.cue == "Harriet Q. Lindqvist" for q in code_text(text, published="2026-02-02").quotes)


def test_terms_of_abuse_for_a_person_judge_him():
    # words of abuse ("crook", "con artist", "charlatan") are accusation predicates
    for text in ("Senator Ted Cruz said Governor Greg Abbott is a crook.",
                 "Senator Ted Cruz said Governor Greg Abbott is a con artist.",
                 "Senator Ted Cruz said Governor Greg Abbott was a charlatan."):
        evs = [e for e in code_text(text, published="2026-02-02").events if e.event == "ACCUSE"]
        assert evs and evs[0].recipient[0].text == "Governor Greg Abbott", text
