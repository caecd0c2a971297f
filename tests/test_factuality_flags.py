"""Factuality flags from invented sentences."""
import pytest


@pytest.fixture(scope="module")
def event_of(events_of):
    def run(text, etype, published="2026-03-04"):
        evs = [e for e in events_of(text, published) if e.event == etype]
        assert evs, f"no {etype} in {text!r}"
        return evs[0]
    return run


def test_factual_event_has_no_flags(event_of):
    f = event_of("Police in Kenya arrested six protesters on Monday.", "COERCE").factuality
    assert not (f.negated or f.hypothetical or f.future or f.historical)


def test_negated_act_is_dropped_by_default_and_flagged_when_kept(events_of):
    from events_support import COMPONENTS, PUBLISHED
    from sanderling.nlp import add_components, load_model
    text = "Russia did not sign the treaty with Ukraine."
    assert "AGREE" not in {e.event for e in events_of(text)}  # drop_negated (issue 6)
    kept = add_components(load_model(), tuple(c for c in COMPONENTS if c != "sanderling_events"))
    kept.add_pipe("sanderling_events", config={"drop_negated": False}, before="sanderling_factuality")
    doc = kept.make_doc(text)
    doc._.sanderling_published = PUBLISHED
    agree = [e for e in kept(doc)._.sanderling_events if e.event == "AGREE"]
    assert agree and agree[0].factuality.negated


def test_refusal_is_reject_not_negated(event_of):
    ev = event_of("Iran will not accept the new inspection regime.", "REJECT")
    assert not ev.factuality.negated


def test_hypothetical(event_of):
    assert event_of("Iran could attack Israeli ships in the Gulf, the general said.", "ASSAULT").factuality.hypothetical


def test_future(event_of):
    ev = event_of("The foreign ministers of Chile and Peru will meet in Lima next month.", "CONSULT")
    assert ev.factuality.future


def test_refusal_of_a_future_act_is_not_flagged_future(event_of):
    ev = event_of("Cuba will not attend the summit in Panama.", "REJECT")
    assert not ev.factuality.future and not ev.factuality.negated


def test_historical_by_date(event_of):
    ev = event_of("Iraq invaded Kuwait in 1990, the minister recalled.", "ASSAULT")
    assert ev.factuality.historical and not ev.factuality.future


def test_historical_years_ago(event_of):
    assert event_of("Indonesian soldiers killed dozens of villagers in East Timor twenty years ago.", "ASSAULT").factuality.historical


def test_factuality_negation_stops_at_a_conjunct_with_its_own_subject(nlp):
    from sanderling.pipeline import code_text
    result = code_text("Ghana did not sign the trade pact, and Japan sent food aid to Togo on Monday.",
                       published="2026-05-06", nlp=nlp)
    aid = [e for e in result.events if e.event == "AID"]
    assert aid and not aid[0].factuality.negated


def test_flags_come_from_the_clause_not_from_the_why_string(nlp):
    from sanderling.annotators.factuality import set_factuality
    from sanderling.records import Event, Evidence
    text = "Rangers in Gabon detained two poachers on Tuesday."
    doc = nlp.make_doc(text)
    doc._.sanderling_published = "2026-03-04"
    doc = nlp(doc)
    start = text.index("detained")
    ev = Event(event="COERCE", actor=[], recipient=[], evidence=Evidence(0, 0, len(text), text),
               trigger_start=start, trigger_end=start + len("detained"),
               why="verb:detain:negated+negated->reject+future->threaten")
    set_factuality(doc, ev)
    assert ev.factuality.to_dict() == {"negated": False, "hypothetical": False, "future": False,
                                       "historical": False}


def test_ready_to_is_future_and_dated_the_coming_day(events_of):
    # published on a Wednesday: the coming Friday, flagged future (whatever type the coder gives)
    evs = [e for e in events_of("Senegal is ready to send peacekeepers to Gambia on Friday.", "2026-03-04")
           if "send" in e.event_text]
    assert evs and all(e.factuality.future and e.date == "2026-03-06" for e in evs)


def test_a_plain_present_dated_ahead_is_future(event_of):
    ev = event_of("Chilean and Peruvian envoys meet in Lima on Friday.", "CONSULT")
    assert ev.factuality.future and ev.date == "2026-03-06"
    ev = event_of("Chilean and Peruvian envoys met in Lima on Friday.", "CONSULT")
    assert not ev.factuality.future


def test_a_year_naming_a_thing_does_not_date_the_act(event_of):
    ev = event_of("Peru withdrew from the 1998 fishing treaty on Monday.", "SANCTION", published="2026-03-04")
    assert ev.date == "2026-03-02" and not ev.factuality.historical
    ev = event_of("Up to 300 villagers were massacred during the 1996 war.", "ASSAULT", published="2026-03-04")
    assert ev.date == "1996" and ev.factuality.historical  # a war is an occasion the year dates


def test_a_period_that_holds_the_publication_day_is_not_historical(event_of):
    ev = event_of("Peru signed the fishing accord with Chile this year.", "AGREE", published="2026-03-04")
    assert ev.date == "2026" and not ev.factuality.historical
