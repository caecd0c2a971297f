"""The event's own place, not a place inside an actor's name or another clause."""
import pytest

from sanderling.annotators.event_places import choose_event_place


@pytest.fixture(scope="module")
def nlp():
    from sanderling.nlp import get_nlp
    return get_nlp(only=("sanderling_places",))


def _choose(nlp, text, trigger):
    doc = nlp(text)
    start = text.index(trigger)
    place = choose_event_place(doc, start, start + len(trigger), doc._.sanderling_places)
    return place.extracted_place if place else None


def test_place_attached_to_the_trigger(nlp):
    assert _choose(nlp, "Gunmen killed four farmers in Maiduguri on Sunday.", "killed") == "Maiduguri"


def test_place_in_an_actor_name_is_not_the_event_place(nlp):
    text = "Kabul police arrested three suspects at a checkpoint in Jalalabad."
    assert _choose(nlp, text, "arrested") == "Jalalabad"


def test_country_acting_as_an_actor_is_not_a_place(nlp):
    assert _choose(nlp, "Moscow condemned the sanctions on Tuesday.", "condemned") is None


def test_place_of_another_clause_is_not_taken(nlp):
    text = ("The minister, who grew up in Lagos, was attacked outside his home "
            "in Abuja late on Friday.")
    assert _choose(nlp, text, "attacked") == "Abuja"


def test_most_specific_place_of_a_nested_phrase(nlp):
    text = "A roadside mine exploded near the hamlet of Kafr Zeita in western Iraq, wounding four."
    assert _choose(nlp, text, "exploded") == "Kafr Zeita"


def test_no_place_when_the_sentence_has_none(nlp):
    assert _choose(nlp, "The rebels said they would keep fighting.", "fighting") is None


def test_component_sets_event_loc_from_the_events_layer(nlp):
    from sanderling.annotators import event_places
    from sanderling.records import Event, Evidence
    text = "Soldiers shelled the town of Hasaka overnight."
    doc = nlp(text)
    start = text.index("shelled")
    event = Event(event="ASSAULT", actor=[], recipient=[],
                  evidence=Evidence(0, 0, len(text), text),
                  trigger_start=start, trigger_end=start + len("shelled"))
    doc._.sanderling_events = [event]
    event_places.event_places_component(doc)
    assert event.event_loc is not None and event.event_loc.extracted_place == "Hasaka"
