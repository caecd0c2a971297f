"""The soft-news gate on invented articles: an arts report's acts between singers, bands and
film-makers are no political events, a ministry's ban in it is; a business report's deals between
firms are none, a ministry's fine in it is; a political report is untouched."""
import pytest
from events_support import POLITICAL_REPORT as POLITICS

from sanderling.learned.soft_news_gate import THRESHOLD, SoftNewsGate, soft_news_probabilities

pytestmark = pytest.mark.slow

ARTS = ("The singer Marisol Vega has teamed up with the veteran rock band Los Faros to record a new album, which "
        "goes on sale in March. The band's guitarist said the sessions in a Madrid studio had been the happiest of "
        "his career, and the label plans a world tour with dates in Mexico City, Lima and Buenos Aires. Vega, who won "
        "two Latin Grammy awards last year, also stars in a new film about a travelling circus, directed by the "
        "Oscar-nominated film-maker Ines Roldan. Critics praised the actress for her performance at the festival "
        "premiere, and the soundtrack entered the charts at number three. Peru's culture ministry banned the film "
        "from cinemas over a scene showing a military parade, a decision the director attacked as censorship. "
        "The album's first single has been streamed more than ten million times, and fans queued overnight for "
        "tickets to the opening concert. Vega said she would donate part of the proceeds to a music school.")

BUSINESS = ("Shares in the Chilean copper miner Andes Cobre rose 6% on Tuesday after it agreed to buy the smaller "
            "rival Minera Pampa for $2.1bn in cash. The deal, which the boards of both companies have approved, "
            "will make the group the country's third-largest producer. Analysts said the price was high but "
            "welcomed the cost savings, which the firm puts at $150m a year. Andes Cobre signed an agreement with "
            "its bankers to fund the purchase with a bond issue, and said profits for the year would beat forecasts "
            "thanks to strong demand from smelters. Chile's mining ministry fined the company $3m for a spill at one "
            "of its mines last spring, a penalty the firm said it would appeal. Investors expect the merger to close "
            "by the end of the third quarter, once shareholders have voted on it at a meeting in Santiago.")


def test_an_arts_report_is_soft_news_and_a_political_report_is_not():
    assert max(soft_news_probabilities(ARTS).values()) >= THRESHOLD
    assert max(soft_news_probabilities(POLITICS).values()) < THRESHOLD


@pytest.fixture(scope="module")
def nlp():
    from sanderling.nlp import get_nlp
    return get_nlp()


def _before_gate(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "sanderling_soft_news_gate":
            break
        doc = proc(doc)
    return doc


def test_the_gate_keeps_only_the_events_of_states_in_soft_news(nlp):
    doc = _before_gate(nlp, ARTS)
    before = {e.event for e in doc._.sanderling_events}
    assert "COOPERATE" in before, "the rule coder reads a band's collaboration as an event"
    after = SoftNewsGate(enabled=True)(doc)._.sanderling_events
    assert "COOPERATE" not in {e.event for e in after}
    assert any(e.event == "COERCE" and any(a.code == "PER" for a in e.actor) for e in after)  # the ministry's ban


def test_a_business_report_keeps_only_the_events_of_states(nlp):
    assert soft_news_probabilities(BUSINESS)["BUSINESS"] >= THRESHOLD
    assert soft_news_probabilities(POLITICS)["BUSINESS"] < THRESHOLD
    doc = _before_gate(nlp, BUSINESS)
    before = [e for e in doc._.sanderling_events]
    assert any(e.event == "AGREE" for e in before), "the rule coder reads the firms' deal as an agreement"
    after = SoftNewsGate(enabled=True)(doc)._.sanderling_events
    assert not any(e.event == "AGREE" for e in after)
    assert any(e.event == "SANCTION" and any(a.code == "CHL" for a in e.actor) for e in after)  # the ministry's fine


def test_a_political_report_keeps_every_event(nlp):
    doc = _before_gate(nlp, POLITICS)
    before = list(doc._.sanderling_events)
    assert before and SoftNewsGate(enabled=True)(doc)._.sanderling_events == before


def test_the_gate_can_be_switched_off(nlp, monkeypatch):
    doc = _before_gate(nlp, ARTS)
    before = list(doc._.sanderling_events)
    assert SoftNewsGate(enabled=False)(doc)._.sanderling_events == before
    monkeypatch.setenv("SANDERLING_SOFT_NEWS_GATE", "0")
    assert SoftNewsGate(enabled=True)(doc)._.sanderling_events == before


def test_every_pipeline_component_is_a_registered_spacy_factory():
    # nlp.add_pipe("sanderling_soft_news_gate") in anyone's pipeline finds it by the entry point
    from importlib.metadata import entry_points
    from sanderling.nlp import COMPONENTS
    declared = {e.name for e in entry_points(group="spacy_factories")}
    assert {name for name, _ in COMPONENTS} <= declared
