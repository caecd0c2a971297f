"""The sanderling_actors component on invented sentences: titles, coreference, capitals,
IGOs, coordinated demonyms, collective agents, stable ids and one mention per phrase."""
import pytest

from sanderling.annotators.base import entities_in, entity_at
from sanderling.nlp import get_nlp

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(("sanderling_actors",))


def run(nlp, text, article_id="art-1"):
    doc = nlp.make_doc(text)
    doc._.sanderling_article_id = article_id
    doc = nlp(doc)
    for ent in doc._.sanderling_entities:
        for m in ent.mentions:
            assert doc.text[m.start:m.end] == m.text
    return doc


def entity_with_mention(doc, text):
    for ent in doc._.sanderling_entities:
        if any(m.text == text for m in ent.mentions):
            return ent
    raise AssertionError(f"no mention {text!r} in " +
                         repr([[m.text for m in e.mentions] for e in doc._.sanderling_entities]))


def test_title_with_demonym_gives_role_sector_country_and_one_mention(nlp):
    doc = run(nlp, "Norwegian Defence Minister Lars Holm visited Tallinn on Monday.")
    ent = entity_with_mention(doc, "Norwegian Defence Minister Lars Holm")
    assert (ent.code, ent.sector, ent.role, ent.name, ent.kind) == ("NOR", "GOV", "Defence Minister", "Lars Holm", "person")


def test_possessive_country_and_lowercase_title(nlp):
    doc = run(nlp, "Ghana's foreign minister flew to Lome on Tuesday.")
    ent = entity_with_mention(doc, "Ghana's foreign minister")
    assert (ent.code, ent.sector) == ("GHA", "GOV")
    assert ent.role.lower() == "foreign minister"


def test_surname_pronoun_and_the_minister_corefer(nlp):
    text = ("Norwegian Defence Minister Lars Holm visited Tallinn on Monday. "
            "Holm met officers at the port. He said the talks had gone well. "
            "The minister later flew home.")
    doc = run(nlp, text)
    ent = entity_with_mention(doc, "Norwegian Defence Minister Lars Holm")
    kinds = [(m.text, m.kind) for m in ent.mentions]
    assert kinds[1:] == [("Holm", "surname"), ("He", "pronoun"), ("minister", "title")]
    assert len([e for e in doc._.sanderling_entities if e.kind == "person"]) == 1


def test_honorific_surname_and_first_name_reference(nlp):
    text = ("Prime Minister Abiy Ahmed of Ethiopia met Mr Durand in Addis Ababa. "
            "Abiy thanked him. Mr Durand said she had been generous.")
    doc = run(nlp, text)
    abiy = entity_with_mention(doc, "Abiy")
    assert abiy.name == "Abiy Ahmed" and abiy.code == "ETH" and abiy.sector == "GOV"
    durand = entity_with_mention(doc, "Mr Durand")
    assert len([m for m in durand.mentions if "Durand" in m.text]) == 2


def test_capitals_stand_for_governments(nlp):
    doc = run(nlp, "Moscow rejected the offer, while Canberra and Ottawa welcomed it.")
    for text, code in (("Moscow", "RUS"), ("Canberra", "AUS"), ("Ottawa", "CAN")):
        ent = entity_with_mention(doc, text)
        assert (ent.code, ent.sector) == (code, "GOV")


def test_bare_country_has_no_sector(nlp):
    doc = run(nlp, "Portugal and Uruguay signed a fisheries accord.")
    assert (entity_with_mention(doc, "Portugal").code, entity_with_mention(doc, "Portugal").sector) == ("PRT", None)
    assert entity_with_mention(doc, "Uruguay").code == "URY"


def test_igos_and_eu(nlp):
    doc = run(nlp, "The United Nations and the EU urged calm, and NATO sent observers.")
    assert entity_with_mention(doc, "United Nations").code == "IGO"
    assert entity_with_mention(doc, "EU").code == "EUR"
    assert entity_with_mention(doc, "NATO").code == "IGO"


def test_coordinated_demonyms_give_two_entities(nlp):
    doc = run(nlp, "Senior Polish and Czech officials met in Brno on Friday.")
    subject = doc[4]  # officials
    assert subject.text == "officials"
    pairs = entities_in(doc, doc[0].idx, subject.idx + len(subject.text))
    codes = {(e.code, e.sector) for e, _ in pairs}
    assert codes == {("POL", "GOV"), ("CZE", "GOV")}
    for _, m in pairs:
        assert m.text.endswith("officials")


@pytest.mark.parametrize("text,phrase,code,sector", [
    ("Chilean police arrested forty people.", "Chilean police", "CHL", "COP"),
    ("The Russian army shelled the village.", "Russian army", "RUS", "MIL"),
    ("Malian rebels seized the town.", "Malian rebels", "MLI", "REB"),
    ("Kenyan lawmakers rejected the bill.", "Kenyan lawmakers", "KEN", "LEG"),
    ("A Peruvian judge ordered his release.", "Peruvian judge", "PER", "JUD"),
])
def test_demonym_agent_phrases(nlp, text, phrase, code, sector):
    doc = run(nlp, text)
    ent = entity_with_mention(doc, phrase)
    assert (ent.code, ent.sector) == (code, sector)


def test_bare_agents_take_the_article_country(nlp):
    doc = run(nlp, "Thousands marched in Lima on Sunday. Police fired tear gas at the protesters, "
                   "Peruvian officials said.")
    police = entity_with_mention(doc, "Police")
    assert (police.code, police.sector) == ("PER", "COP")
    protesters = entity_with_mention(doc, "protesters")
    assert (protesters.code, protesters.sector) == ("PER", "CVL")


def test_bare_agent_without_clear_country_has_no_code(nlp):
    doc = run(nlp, "Rebels attacked a convoy near the border between Chad and Sudan.")
    rebels = entity_with_mention(doc, "Rebels")
    assert rebels.code is None and rebels.sector == "REB"


def test_entity_at_finds_the_subject_entity(nlp):
    doc = run(nlp, "Former Bolivian President Ana Rojas criticised the court.")
    tok = next(t for t in doc if t.text == "Rojas")
    ent, mention = entity_at(doc, tok.idx, tok.idx + len(tok.text))
    assert (ent.code, ent.sector, ent.name) == ("BOL", "ELI", "Ana Rojas")
    assert mention.text == "Former Bolivian President Ana Rojas"


def test_lowercase_us_and_person_names_are_not_countries(nlp):
    doc = run(nlp, "He told us that Chad Morgan would stay.")
    codes = {e.code for e in doc._.sanderling_entities}
    assert "USA" not in codes and "TCD" not in codes


def test_stable_ids_per_article(nlp):
    text = "Brazilian troops crossed the river, Brasilia said."
    a = [e.id for e in run(nlp, text, "a")._.sanderling_entities]
    b = [e.id for e in run(nlp, text, "a")._.sanderling_entities]
    c = [e.id for e in run(nlp, text, "b")._.sanderling_entities]
    assert a == b and a and set(a).isdisjoint(c)


def test_one_entity_per_actor_and_no_nested_mentions(nlp):
    text = ("Iraqi police clashed with protesters in Basra. Iraqi police later withdrew. "
            "Iraq's government said it regretted the deaths.")
    doc = run(nlp, text)
    police = [e for e in doc._.sanderling_entities if e.sector == "COP"]
    assert len(police) == 1 and len(police[0].mentions) == 2
    spans = sorted((m.start, m.end) for e in doc._.sanderling_entities for m in e.mentions)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2


def test_it_and_they_as_subjects_refer_to_the_last_country_or_group(nlp):
    doc = run(nlp, "Austria said it would close the crossing. Bolivian miners said they would strike.")
    austria = entity_with_mention(doc, "Austria")
    assert [m.text for m in austria.mentions] == ["Austria", "it"]
    miners = entity_with_mention(doc, "Bolivian miners")
    assert [m.text for m in miners.mentions] == ["Bolivian miners", "they"]


def test_expletive_it_is_not_linked(nlp):
    doc = run(nlp, "It is raining in Quito, Ecuador said.")
    assert all(m.text != "It" for e in doc._.sanderling_entities for m in e.mentions)


def test_org_modifier_gives_code_and_head_gives_sector(nlp):
    doc = run(nlp, "UN peacekeepers and Hezbollah fighters exchanged fire.")
    assert (entity_with_mention(doc, "UN peacekeepers").code, entity_with_mention(doc, "UN peacekeepers").sector) == ("IGO", "MIL")
    assert entity_with_mention(doc, "Hezbollah fighters").code == "LBN"


def test_person_noun_before_a_name_acts_as_title(nlp):
    doc = run(nlp, "Peruvian Labour Minister Ana Quispe met the unions on Friday.")
    ent = entity_with_mention(doc, "Peruvian Labour Minister Ana Quispe")
    assert (ent.code, ent.sector, ent.role, ent.name) == ("PER", "GOV", "Labour Minister", "Ana Quispe")


def test_demonym_split_from_its_coordinated_head(nlp):
    doc = run(nlp, "Soldiers turned back hundreds of Guinean and Malian refugees.")
    sle = entity_with_mention(doc, "Guinean and Malian refugees")
    lbr = entity_with_mention(doc, "Malian refugees")
    assert (sle.code, sle.sector, lbr.code, lbr.sector) == ("GIN", "REF", "MLI", "REF")


def test_country_subject_is_not_merged_into_a_later_group(nlp):
    doc = run(nlp, "Uruguay signed the deal, and Paraguayan officials welcomed it.")
    assert entity_with_mention(doc, "Uruguay").sector is None
    assert entity_with_mention(doc, "Paraguayan officials").code == "PRY"


@pytest.mark.parametrize("text", [
    "Marta Lopez, the Bolivian foreign minister, said she was hopeful.",
    "The envoy met his Bolivian counterpart, Marta Lopez, on Monday.",
])
def test_apposition_names_one_person(nlp, text):
    doc = run(nlp, text)
    ent = entity_with_mention(doc, "Marta Lopez")
    assert ent.code == "BOL" and ent.sector == "GOV"
    assert any(m.kind == "title" for m in ent.mentions)


def test_acronym_refers_to_its_long_form_entity():
    nlp = get_nlp(("sanderling_acronyms", "sanderling_actors"))
    doc = run(nlp, "The Malawi Electoral Reform Commission (MERC) met on Monday. "
                   "MERC said it would publish the results.")
    ent = entity_with_mention(doc, "MERC")
    assert ent.code == "MWI"
    assert any("Commission" in m.text for m in ent.mentions)
    assert all(a.entity_id == ent.id for a in doc._.sanderling_acronyms if a.short == "MERC")


def test_pronoun_gender_follows_honorifics(nlp):
    doc = run(nlp, "Health Secretary Joan Pike met Mr Okafor on Monday. She said the talks went well.")
    pike = entity_with_mention(doc, "She")
    assert pike.name == "Joan Pike"


def test_title_words_before_common_nouns_are_no_people(nlp):
    doc = run(nlp, "The General Election will be held in May, Ghana's electoral commission said.")
    assert all(e.kind != "person" for e in doc._.sanderling_entities)


def test_possessive_pronoun_gives_the_group_its_country(nlp):
    doc = run(nlp, "Chile and Peru held talks. Peru then moved its troops in Bolivia to the border.")
    troops = entity_with_mention(doc, "troops")
    assert (troops.code, troops.sector) == ("PER", "MIL")


def test_the_ministry_belongs_to_the_first_state_named(nlp):
    doc = run(nlp, "Nepal will staff a new trade office in Dhaka, the foreign ministry announced.")
    ministry = entity_with_mention(doc, "foreign ministry")
    assert (ministry.code, ministry.sector) == ("NPL", "GOV")
