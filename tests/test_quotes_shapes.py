"""sanderling_quotes on invented news text: one test per quote shape, offsets checked."""
import pytest

from sanderling.annotators.quotes import find_quote_spans, sentence_starts


@pytest.fixture(scope="module")
def quote_nlp():
    from sanderling.nlp import get_nlp
    return get_nlp(only=("sanderling_actors", "sanderling_quotes"))


def quotes_of(nlp, text):
    doc = nlp(text)
    quotes = doc._.sanderling_quotes
    for q in quotes:
        assert text[q.start:q.end] == q.content
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker.text
        if q.cue_start is not None:
            assert text[q.cue_start:q.cue_end] == q.cue
    return quotes


def direct(quotes):
    return [q for q in quotes if q.direct]


def test_cue_after_curly_quote(quote_nlp):
    text = "Talks stalled on Monday.\n“We will not accept this,” the deputy minister said."
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.content == "“We will not accept this,”"
    assert q.cue == "said"
    assert q.speaker.text == "the deputy minister"


def test_split_quote_is_one_attribution(quote_nlp):
    text = "“We will not accept this,” she said, “and we will respond in kind.”"
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.start == 0 and q.end == len(text)
    assert q.speaker.text == "she"


def test_split_quote_across_sentences(quote_nlp):
    text = ('"The border stays closed," said Kofi Mensah. "Nobody crosses until the '
            'inquiry is over."')
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.content.endswith('over."')
    assert q.speaker.text == "Kofi Mensah"


def test_colon_introduces_quote(quote_nlp):
    text = 'The minister added: "Talks will resume next week in Geneva."'
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.content == '"Talks will resume next week in Geneva."'
    assert q.cue == "added"
    assert q.speaker.text == "The minister"


def test_inverted_cue_after_quote(quote_nlp):
    text = ('"We expect a ceasefire by Friday," said Foreign Minister Amina Diallo, '
            'who chairs the regional bloc.')
    [q] = direct(quotes_of(quote_nlp, text))
    assert "Amina Diallo" in q.speaker.text
    assert "who" not in q.speaker.text


def test_multi_sentence_quote_with_role_speaker(quote_nlp):
    text = ("“The convoy was hit twice. Two drivers were hurt. We are suspending deliveries,” "
            "the agency said in a statement.")
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.content.startswith("“The convoy") and q.content.endswith("deliveries,”")
    assert q.speaker.text == "the agency"
    assert q.speaker.entity_id is None or q.speaker.name


def test_paragraph_continued_quote(quote_nlp):
    text = ("The envoy said: “We came here to listen. The refugees need water first.\n\n"
            "“After that we can talk about the border,” he said.\n\nTalks resume on Monday.")
    quotes = direct(quotes_of(quote_nlp, text))
    assert len(quotes) == 1
    q = quotes[0]
    assert q.content.startswith("“We came") and q.content.endswith("border,”")
    assert "\n\n" in q.content


def test_anonymous_role_speaker(quote_nlp):
    text = ("“There is no deal yet,” a senior diplomat told reporters on condition of "
            "anonymity.")
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.speaker.text == "a senior diplomat"
    assert q.cue == "told"


def test_dash_byline(quote_nlp):
    text = "“We will keep marching until the law changes.” ― Maria Okafor\n"
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.speaker.text == "Maria Okafor"


def test_double_apostrophe_quotes(quote_nlp):
    text = "''The budget is a fantasy,'' Mr. Halvorsen said. ''Nobody believes it.''"
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.content.startswith("''The budget") and q.content.endswith("it.''")
    assert "Halvorsen" in q.speaker.text


def test_pronoun_speaker_resolves_to_previous_speaker(quote_nlp):
    text = ("“The sanctions will stay,” said Foreign Minister Mr. Jonas Berg.\n"
            "“We have no reason to lift them,” he said.")
    quotes = direct(quotes_of(quote_nlp, text))
    assert len(quotes) == 2
    second = quotes[1]
    assert second.speaker.text == "he"
    assert "Berg" in (second.speaker.name or "")


def test_scare_quotes_and_titles_are_not_quotes(quote_nlp):
    text = ('The so-called "peace plan" was rejected by the council. He wrote a book, '
            '"Border Lines", in 2019.')
    assert direct(quotes_of(quote_nlp, text)) == []


def test_that_clause_with_quote_is_reported_speech(quote_nlp):
    text = 'The agency writes in its bulletin that "the count was clean and orderly."'
    quotes = quotes_of(quote_nlp, text)
    assert direct(quotes) == []
    [q] = quotes
    assert q.content.startswith("that") or q.content.startswith('"the count')
    assert q.speaker.text == "The agency"


def test_indirect_said_that(quote_nlp):
    text = "The interior ministry said that it would reopen the northern border crossing."
    [q] = quotes_of(quote_nlp, text)
    assert q.direct is False
    assert q.content == "it would reopen the northern border crossing"
    assert q.speaker.text == "The interior ministry"
    assert q.cue == "said"


def test_indirect_warned_and_told(quote_nlp):
    text = ("The general warned that the army would respond to any incursion. "
            "Rebel leaders told reporters they had withdrawn from the town.")
    quotes = quotes_of(quote_nlp, text)
    assert [q.direct for q in quotes] == [False, False]
    assert quotes[0].speaker.text == "The general"
    assert quotes[0].content.startswith("the army would respond")
    assert quotes[1].speaker.text == "Rebel leaders"
    assert quotes[1].content.startswith("they had withdrawn")


def test_according_to(quote_nlp):
    text = "According to the health ministry, twelve people died in the floods."
    [q] = quotes_of(quote_nlp, text)
    assert q.direct is False
    assert q.cue == "According to"
    assert q.speaker.text == "the health ministry"
    assert q.content == "twelve people died in the floods"


def test_find_quote_spans_pairs_marks_per_paragraph():
    text = 'He said "yes" and "no".\n\n“One para.\n\n“Two para.”'
    spans = [(s.start, s.end) for s in find_quote_spans(text)]
    assert spans[0] == (8, 13) and spans[1] == (18, 22)
    assert text[spans[2][0]:spans[2][1]] == "“One para.\n\n“Two para.”"


def test_sentence_starts_skip_abbreviations():
    text = "Sen. Jo Smith spoke. Then Mr. Lee left."
    assert sentence_starts(text) == [text.index("Then")]


def test_cue_after_reported_sentence(quote_nlp):
    text = "The ceasefire has collapsed in two provinces, officials said on Monday."
    [q] = quotes_of(quote_nlp, text)
    assert q.direct is False
    assert q.content == "The ceasefire has collapsed in two provinces"
    assert q.speaker.text == "officials"


def test_particle_cue_pointed_out(quote_nlp):
    text = "“Nobody has paid the soldiers since March,” he pointed out."
    [q] = direct(quotes_of(quote_nlp, text))
    assert q.cue == "pointed"
    assert q.speaker.text == "he"


def test_speaker_entity_from_actors_layer(quote_nlp):
    from sanderling.records import Entity, Mention
    text = "“We will not sign,” said Prime Minister Abiy Tadesse."
    doc = quote_nlp.make_doc(text)
    for name, proc in quote_nlp.pipeline:
        doc = proc(doc)
    # whatever the actors layer found, a speaker span maps to the entity under its head word
    start = text.index("Abiy Tadesse")
    doc._.sanderling_entities = [Entity(id="e1", name="Abiy Tadesse", code="ETH", sector="GOV",
                                        kind="person",
                                        mentions=[Mention(start, start + 12, "Abiy Tadesse")])]
    from sanderling.annotators.quotes import extract_quotes
    [q] = extract_quotes(doc)
    assert q.speaker.entity_id == "e1" and q.speaker.code == "ETH"
    assert "Abiy Tadesse" in q.speaker.text


@pytest.mark.parametrize("text", ["", "\n\n", '"', "“Unclosed quote at the end", "” stray close.\n\n“",
                                  "''", 'He said: "', "“A “B” C” D said."])
def test_odd_inputs_do_not_crash(quote_nlp, text):
    quotes_of(quote_nlp, text)


def test_naming_and_label_lines(quote_nlp):
    text = ('Jo Smith: Voters Worried About The Border Plan\n'
            'The minister called the plan "a disaster" on Friday. He called the police.')
    quotes = quotes_of(quote_nlp, text)
    assert all(not q.direct for q in quotes)
    label = [q for q in quotes if q.cue == ":"]
    assert label and label[0].speaker.text == "Jo Smith"
    assert label[0].content == "Voters Worried About The Border Plan"
    named = [q for q in quotes if q.cue == "called"]
    assert len(named) == 1 and named[0].content.startswith("the plan")
    assert named[0].speaker.text == "The minister"


def test_parenthetical_cue_and_according_to_at_end(quote_nlp):
    text = ("The ceasefire, he says, is holding in the north. "
            "Turnout fell sharply, according to the electoral commission.")
    quotes = quotes_of(quote_nlp, text)
    assert [q.direct for q in quotes] == [False, False]
    assert quotes[0].speaker.text == "he" and quotes[0].cue == "says"
    assert quotes[0].content.startswith("The ceasefire")
    assert quotes[1].speaker.text == "the electoral commission"
    assert quotes[1].content == "Turnout fell sharply"


def test_object_and_intent_verbs_are_reported_speech(quote_nlp):
    text = ("The opposition leader criticized the new border tax. "
            "The president wants to reopen talks with the rebels.")
    quotes = quotes_of(quote_nlp, text)
    assert [q.direct for q in quotes] == [False, False]
    assert quotes[0].content == "the new border tax"
    assert quotes[0].speaker.text == "The opposition leader"
    assert quotes[1].content == "to reopen talks with the rebels"
    assert quotes[1].speaker.text == "The president"


def test_a_pronoun_speaker_never_refers_back_to_the_medium(quote_nlp):
    # the tagger may read "Twitter" as a person; where words were said is no speaker
    text = ("Duterte named nobody, and said on Twitter late on Sunday that the smugglers were "
            "“losing ground”. “They are cowards,” he wrote.")
    last = direct(quotes_of(quote_nlp, text))[-1]
    assert last.speaker.text == "he"
    assert last.speaker.name == "Duterte"
