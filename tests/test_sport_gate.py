"""The sport gate on invented articles: a match report's metaphors ("crushed", "stormed",
"battled") make no political events; a political report that mentions a stadium keeps its own."""
import pytest
from events_support import POLITICAL_REPORT as POLITICS

from sanderling.learned.sport_gate import THRESHOLD, SportGate, sport_probability

pytestmark = pytest.mark.slow

MATCH = ("Valparaiso Rovers crushed Deportivo Sur 4-1 on Saturday to go three points clear at the summit of "
         "the table. The striker Tomas Ibarra scored twice before half-time, and the visiting goalkeeper was sent "
         "off after a foul in the penalty area. Rovers' coach said his players had battled through a tough "
         "first half. The champions stormed back after the break, and the midfielder added a fourth goal in "
         "injury time. Sur now face a cup quarter-final against the defending champions on Wednesday. In the "
         "qualifiers, Peru's national team beat Bolivia 3-0 in La Paz and Ecuador attacked Colombia relentlessly. "
         "The winger, signed from a second-division club last season, has now scored in five consecutive league "
         "matches, and the manager expects him to start the derby. Tickets for the final home fixture of the "
         "season sold out within an hour, the club said.")



def test_a_match_report_is_sport_and_a_political_report_is_not():
    assert sport_probability(MATCH) >= THRESHOLD
    assert sport_probability(POLITICS) < THRESHOLD


@pytest.fixture(scope="module")
def nlp():
    from sanderling.nlp import get_nlp
    return get_nlp()


def test_the_gate_removes_the_events_of_a_sport_report_only(nlp):
    match = nlp(MATCH)
    assert match._.sanderling_sport >= THRESHOLD and match._.sanderling_events == []
    politics = nlp(POLITICS)
    assert politics._.sanderling_sport < THRESHOLD and politics._.sanderling_events


def test_a_single_sentence_is_not_judged(nlp):
    doc = nlp("Ecuador attacked Colombia relentlessly in the second half.")
    assert doc._.sanderling_sport is None and doc._.sanderling_events


def test_the_gate_can_be_switched_off(nlp, monkeypatch):
    doc = nlp.make_doc(MATCH)
    for name, proc in nlp.pipeline:
        if name == "sanderling_sport_gate":
            break
        doc = proc(doc)
    before = list(doc._.sanderling_events)
    assert before, "the rule coder reads metaphors as events: the gate has something to remove"
    assert SportGate(enabled=False)(doc)._.sanderling_events == before
    monkeypatch.setenv("SANDERLING_SPORT_GATE", "0")
    assert SportGate(enabled=True)(doc)._.sanderling_events == before
