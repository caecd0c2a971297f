"""annotators/event_checks.py on invented sentences: one decision per test, each with a contrast."""
import pytest

from sanderling.annotators import event_checks as X

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tok():
    from sanderling.nlp import get_nlp
    nlp = get_nlp(())

    docs = {}

    def run(sentence: str, word: str):
        doc = docs.setdefault(sentence, nlp(sentence))     # one parse per sentence: tokens compare
        hits = [t for t in doc if t.text == word]
        assert hits, f"{word!r} not in {sentence!r}"
        return hits[0]
    return run


def test_generic_gerund_is_not_done(tok):
    assert X.not_done([tok("Shelling the harbour was a grave mistake.", "Shelling")]) == "generic"


def test_negated_act_is_not_done(tok):
    assert X.not_done([tok("The Bolivian army did not attack the camp.", "attack")]) == "negated"


def test_reported_act_is_done(tok):
    assert X.not_done([tok("The Bolivian army attacked the camp on Monday.", "attacked")]) is None


@pytest.mark.parametrize("sentence,verb", [
    ("A cholera outbreak killed forty villagers in Malawi.", "killed"),
    ("Eleven miners were killed by a landslide in northern Peru.", "killed"),
    ("Dozens of villagers were killed in the floods in southern Malawi.", "killed"),
    ("HIV has killed thousands of teachers in rural Zambia.", "killed"),
])
def test_disaster_causes(tok, sentence, verb):
    assert X.caused_by_disaster(tok(sentence, verb))


@pytest.mark.parametrize("sentence,verb", [
    ("Six hikers were killed when their minibus skidded off a mountain road in Bolivia.", "killed"),
    ("Two rangers died battling a bushfire outside Perth.", "died"),
])
def test_accident_clause_and_fight_against_a_hazard_cause_the_harm(tok, sentence, verb):
    assert X.caused_by_disaster(tok(sentence, verb))


def test_gunmen_are_no_disaster(tok):
    assert not X.caused_by_disaster(tok("Eleven miners were killed by gunmen in northern Peru.", "killed"))


def test_opinion_and_perfect_modal_are_no_demand(tok):
    s1 = "Most Peruvians believe the president should do more."
    assert X.opinion_not_demand(tok(s1, "believe"), tok(s1, "do"))
    s2 = "The auditor said the minister should have known about the contracts."
    assert X.opinion_not_demand(tok(s2, "said"), tok(s2, "known"))
    s3 = "The Ecuadorean president said Peru should withdraw its troops."
    assert not X.opinion_not_demand(tok(s3, "said"), tok(s3, "withdraw"))


def test_wish_and_dictionary_type(tok):
    assert X.wish_not_promise(tok("The rebels wanted to give up.", "wanted"))
    assert not X.wish_not_promise(tok("The rebels promised to give up.", "promised"))
    assert X.dictionary_conflict_type(tok("The general vowed to crush the rebels.", "crush")) == "ASSAULT"
    assert X.dictionary_conflict_type(tok("The general vowed to hold elections.", "hold")) is None


def test_state_protest_is_verbal(tok):
    assert X.verbal_protest(tok("Bolivia protested at the Chilean naval exercise.", "protested"))
    assert not X.verbal_protest(tok("Students protested outside the Chilean embassy.", "protested"))


def test_city_in_a_locative_phrase_is_a_place(tok):
    s = "Police fired tear gas at demonstrators outside parliament in Accra."
    assert X.locative_place(tok(s, "Accra"), tok(s, "fired"))
    assert not X.locative_place(tok(s, "demonstrators"), tok(s, "fired"))


@pytest.mark.parametrize("sentence,verb,hazard", [
    ("A typhoon struck the northern coast of Luzon on Sunday.", "struck", True),
    ("A mudslide that blocked the road to Cusco stranded two buses.", "blocked", True),
    ("Striking dockers blocked the road to the port of Santos.", "blocked", False),
])
def test_hazard_as_the_doer(tok, sentence, verb, hazard):
    assert X.hazard_subject(tok(sentence, verb)) is hazard


def test_violence_done_to_oneself_is_no_attack(tok):
    assert X.self_inflicted(tok("The fugitive colonel shot himself before the patrol reached the farm.", "shot"))
    # a particle or a second object keeps the act: a suicide attack, or others killed too
    assert not X.self_inflicted(tok("A militant blew himself up beside an army truck near Gao.", "blew"))
    assert not X.self_inflicted(tok("The attacker killed himself and three wardens at the jail.", "killed"))
    assert not X.self_inflicted(tok("The colonel shot two deserters at the farm.", "shot"))


def test_a_misfortune_as_the_doer_is_no_attacker(tok):
    assert X.hazard_subject(tok("A banking crisis hit Portugal hard in 2011.", "hit"))
    assert X.hazard_subject(tok("A bribery scandal has struck the Bolivian cabinet.", "struck"))
    assert not X.hazard_subject(tok("Bolivian troops struck a rebel camp near the border.", "struck"))
    # a misfortune that only frames the clause is no doer
    assert not X.hazard_subject(tok("It was a crisis in which the embassy was attacked by a mob.", "attacked"))
