"""Names as people write them (invented names and texts): a person named as the possessor
or modifier of a phrase that is no actor ("X's plan") is still a mention of that person."""
import pytest

from actors_support import coded_entities, owner
from sanderling.actor_kb import use_overlay
from sanderling.nlp import get_nlp

pytestmark = pytest.mark.slow

OVERLAY = """\
actors:
  - name: Tomas Verhalen
    code: NLD
    sector: GOV
    role: foreign minister
    from: 2019-01-01
  - name: Lena Frost
    code: NLD
    sector: GOV
    role: prime minister
    from: 2019-01-01
  - name: Coastal Liberation Front
    kind: organisation
    code: KEN
    sector: REB
  - name: Black Banner Network
    kind: organisation
    code: IMG
    sector: REB
"""


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(("sanderling_acronyms", "sanderling_actors"))


@pytest.fixture
def overlay(tmp_path):
    path = tmp_path / "my_actors.yaml"
    path.write_text(OVERLAY, encoding="utf-8")
    use_overlay(path)
    yield path
    use_overlay(None)


def entities(nlp, text, published="2021-04-02"):
    return coded_entities(nlp, text, published, "names-1")


def test_possessor_name_of_a_non_actor_phrase_is_a_mention(nlp, overlay):
    ents = entities(nlp, "Tomas Verhalen flew to Quito on Monday. Farmers there criticised "
                         "Verhalen's plan for new tariffs.")
    ent = owner(ents, "Tomas Verhalen")
    assert ent.code == "NLD"
    assert owner(ents, "Verhalen") is ent


def test_full_name_as_possessor_is_coded_from_the_kb(nlp, overlay):
    ents = entities(nlp, "Union leaders in Quito rejected Tomas Verhalen's proposals on Friday.")
    assert owner(ents, "Tomas Verhalen").code == "NLD"


def test_untitled_surname_takes_the_one_named_state_whose_office_holders_bear_it(nlp, overlay):
    # undated text: no date resolves the name, but the article names the Netherlands, and
    # only a Dutch office holder of the KB (the overlay's) is called Verhalen
    ents = entities(nlp, "Verhalen toured a dairy near Utrecht while Dutch dockworkers went on strike.",
                    published=None)
    assert owner(ents, "Verhalen").code == "NLD"


def test_leader_of_an_organisation_is_not_the_state_leader(nlp, overlay):
    # the KB knows Kenya's president that day; "the leader of" an armed group is not him
    ents = entities(nlp, "On Tuesday the leader of the Coastal Liberation Front threatened new attacks.",
                    published="2018-06-05")
    leader = owner(ents, "leader")
    assert leader.name == "leader" and leader.code == "KEN"


def test_name_in_apposition_to_a_title_is_one_coded_person(nlp):
    ents = entities(nlp, "In a radio interview, the head of the World Bank, Ana Rojas, contradicted the minister.")
    person = owner(ents, "Ana Rojas")
    assert owner(ents, "head") is person and person.code == "IGO"


def test_a_possessor_beside_an_apposition_is_not_the_person_named(nlp):
    # "X, Y's ally,": Y owns the noun in apposition; Y is not X (the title, the name and the
    # possessor had been made one entity, coded by the possessor)
    ents = entities(nlp, "The Dutch foreign minister, Tomas Verhalen, Putin’s fiercest critic, left the summit early.",
                    published="2019-05-02")
    person = owner(ents, "Tomas Verhalen")
    assert person.code == "NLD"
    assert owner(ents, "Putin") is not person and owner(ents, "Putin").code == "RUS"


def test_a_bare_title_goes_to_the_last_named_holder_of_that_office_on_the_day(nlp, overlay):
    # the overlay makes Verhalen foreign minister from 2019; the text never calls him so
    ents = entities(nlp, "The Belgian foreign minister, Lena Dumont, welcomed the plan. Aides said Tomas Verhalen "
                         "had opposed it, and the foreign minister later left the talks.")
    verhalen = owner(ents, "Tomas Verhalen")
    assert verhalen.code == "NLD"
    assert any(m.text == "foreign minister" for m in verhalen.mentions)
    assert owner(ents, "Lena Dumont").code == "BEL"


def test_a_bare_title_goes_to_the_holder_named_in_most_sentences(nlp, overlay):
    ents = entities(nlp, "Tomas Verhalen flew to Lima on Sunday. Verhalen met fishermen in the port. The Belgian "
                         "foreign minister, Lena Dumont, stayed in Brussels. On Monday the foreign minister "
                         "promised the fishermen new nets.")
    assert any(m.text == "foreign minister" and m.start > 100 for m in owner(ents, "Tomas Verhalen").mentions)


def test_a_known_surname_the_tagger_reads_as_a_noun_is_still_a_possessor_mention(nlp, overlay):
    # the small tagger reads "Frost" (curly apostrophe) as a common noun and an ORG; the dated KB knows her
    ents = entities(nlp, "Frost’s decision angered the dairy farmers.")
    assert owner(ents, "Frost").code == "NLD"


def test_a_name_the_ner_calls_a_person_is_a_name_though_the_tagger_reads_a_noun(nlp):
    # the small tagger reads the second "Frost" (subject of a relative clause) as a common noun;
    # the NER calls it a person: it is a mention of the prime minister named before
    text = ("Prime Minister Lena Frost met the farmers on Monday. Jan Bakker, whom Frost calls a loyal "
            "friend, resigned.")
    ents = entities(nlp, text)
    second = text.rindex("Frost")
    assert any(m.start == second for m in owner(ents, "Prime Minister Lena Frost").mentions)


def test_a_bare_title_is_not_a_former_holder(nlp):
    ents = entities(nlp, "Former president Ana Ortiz attended the ceremony in Quito. The new president, Luis Marin, "
                         "spoke first. Later Ortiz criticised the budget, and the president replied sharply.")
    marin = owner(ents, "Luis Marin")
    assert sum(m.text == "president" for m in marin.mentions) == 1
    assert not any(m.text == "president" for m in owner(ents, "Ortiz").mentions)


def test_jihadists_after_a_named_transnational_group_are_of_it(nlp, overlay):
    ents = entities(nlp, "The Black Banner Network claimed the bombing. Officials said the extremists "
                         "had attacked a market in Gao on Friday.")
    assert owner(ents, "extremists").code == "IMG"  # not Mali, where the market is


def test_a_country_inside_a_group_s_long_name_is_part_of_the_name(nlp):
    # the group's name spelt out: no separate mention of the country it contains
    ents = entities(nlp, "Islamic State of Iraq fighters stormed two villages near Palmyra at dawn.")
    assert owner(ents, "Islamic State of Iraq fighters").code == "IMG"
    assert not any(e.code == "IRQ" for e in ents)


def test_a_surname_the_lexicon_knows_is_an_actor_as_possessor_not_as_compound(nlp):
    ents = entities(nlp, "Netanyahu's visit to Kenya lasted two days.")
    assert owner(ents, "Netanyahu").code == "ISR"
    ents = entities(nlp, "Pilgrims from Mombasa gathered at the Netanyahu memorial hall.")
    assert not any(m.text == "Netanyahu" for e in ents for m in e.mentions)


def test_he_in_a_reported_clause_is_the_reporter_not_the_last_person_named():
    from sanderling.nlp import get_nlp
    doc = get_nlp()("Mr Ochieng told the Ugandan envoy Joseph Kato he would resign.")
    owner = next(e for e in doc._.sanderling_entities if any(m.text == "he" for m in e.mentions))
    assert "Ochieng" in owner.name


def test_a_title_of_a_coded_body_beats_a_surname_guess(nlp):
    # "Ramos" alone is the surname of office holders of one other state in the people lexicon;
    # the apposition says whose officer this one is
    ents = entities(nlp, "General Ramos, the commander of the Paraguayan navy, inspected the river fleet.")
    person = owner(ents, "General Ramos")
    assert owner(ents, "commander") is person and person.code == "PRY"


def test_a_faith_is_no_actor_whatever_the_ner_calls_it(nlp):
    # (the small NER tags "Islam" a person or an organisation; a pronoun could then stand for it)
    doc = nlp("Lena Okafor wed Tomas Berg, 31, a Swedish convert to Islam, a week after reaching the town in 2016.")
    assert "Islam" not in {m.text for e in doc._.sanderling_entities for m in e.mentions}


def test_a_title_word_used_as_an_idea_is_no_person(nlp):
    ents = entities(nlp, "Relatives of the miners in Oruro vowed on Sunday to seek justice.")
    assert "justice" not in [m.text for e in ents for m in e.mentions]
    ents = entities(nlp, "The justice of the Bolivian court heard the miners on Monday.")
    assert [e.sector for e in ents if any(m.text == "justice" for m in e.mentions)] == ["JUD"]


def test_a_us_party_tag_names_no_one_and_makes_the_person_an_american_legislator(nlp):
    ents = entities(nlp, "Budget Committee Chairman Walter Quill (R-Idaho) wrote to the Treasury. "
                         "Quill also asked for the audit.")
    quill = owner(ents, "Quill")
    assert quill.name == "Walter Quill" and quill.code == "USA"
    assert not any(m.text.startswith("R-") for e in ents for m in e.mentions)
    ents = entities(nlp, "Ada Fenn (D-Ore.) voted against the bill.")
    assert owner(ents, "Ada Fenn").code == "USA" and owner(ents, "Ada Fenn").sector == "LEG"


def test_a_head_of_the_body_is_no_office_holder(nlp):
    ents = entities(nlp, "Bandits in Zamfara paraded the heads of two hostages on a truck.")
    assert not any(m.text.lower() in ("heads", "head") for e in ents for m in e.mentions)
    ents = entities(nlp, "A Nigerian soldier was shot in the head by the bandits.")
    assert not any(m.text.lower() == "head" for e in ents for m in e.mentions)
    ents = entities(nlp, "The head of the Nigerian customs service resigned on Friday.")
    assert any(m.text.lower().startswith("head") for e in ents for m in e.mentions)
