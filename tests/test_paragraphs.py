"""Paragraph breaks are sentence breaks, and a closing quote mark stays with its sentence."""


def test_paragraphs_closing_quote_stays_with_its_sentence(nlp):
    doc = nlp('"Our two countries will act together."\n\nThe minister said talks would resume.')
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ['"Our two countries will act together."', "The minister said talks would resume."]


def test_paragraphs_headline_without_period_is_its_own_sentence(nlp):
    doc = nlp("Rebels seize border town\n\nRebels seized the town of Kalemie on Monday.")
    assert [s.text.strip() for s in doc.sents][0] == "Rebels seize border town"


def test_a_subheading_fused_to_its_sentence_is_split_off(nlp):
    # web texts lose the line break after a sub-heading: the capitalised opener starts the sentence
    doc = nlp("Talks stall again Despite weeks of mediation, the Bolivian and Chilean envoys left Lima.")
    assert [s.text.strip() for s in doc.sents][-1].startswith("Despite weeks of mediation")
    # a capitalised word joined by a hyphen inside a sentence starts nothing
    doc = nlp("Chile backed the Aymara-led council in the north.")
    assert len(list(doc.sents)) == 1
