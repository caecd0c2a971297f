"""Acronym definitions in both orders, and the parentheses that are not acronyms."""
import pytest

from sanderling.annotators.acronyms import acronym_uses, find_acronyms, is_short_form


def _by_short(text):
    return {a.short: a for a in find_acronyms(text)}


@pytest.mark.parametrize("text, short, long", [
    ("Officials from the Intermediate-Range Nuclear Forces (INF) talks met again.",
     "INF", "Intermediate-Range Nuclear Forces"),
    ("Monitors from the Southern African Development Community (SADC) arrived on Tuesday.",
     "SADC", "Southern African Development Community"),
    ("Seoul let Washington deploy a Terminal High Altitude Area Defense (THAAD) battery.",
     "THAAD", "Terminal High Altitude Area Defense"),
    ("Envoys to the Shanghai Cooperation Organisation (SCO) assembled in Astana.",
     "SCO", "Shanghai Cooperation Organisation"),
    ("Roadside improvised explosive devices (IEDs) killed four soldiers.",
     "IEDs", "improvised explosive devices"),
])
def test_long_form_then_short_form(text, short, long):
    found = _by_short(text)
    assert short in found
    assert found[short].long == long
    assert text[found[short].start:found[short].end] == short
    assert found[short].entity_id is None


def test_short_form_then_long_form():
    text = "The IAEA (International Atomic Energy Agency) sent a team to the reactor."
    found = _by_short(text)
    assert found["IAEA"].long == "International Atomic Energy Agency"


def test_short_then_unrelated_parenthesis_is_not_a_definition():
    assert _by_short("The UN (under the existing rules) cannot vote.") == {}


@pytest.mark.parametrize("text", [
    "KABUL (Reuters) - Gunmen attacked a checkpoint overnight.",
    "NAIROBI, Kenya (AP) - Police fired tear gas at marchers.",
    "The treaty was signed in Vienna (2019) after long talks.",
    "The ministry paid a ransom ($5m) for the engineers.",
    "The defence minister (pictured) denied the report.",
])
def test_parentheses_that_are_not_acronyms(text):
    assert find_acronyms(text) == []


def test_later_uses_point_back_to_the_definition():
    text = ("The Syrian Democratic Forces (SDF) took the dam. SDF commanders said the "
            "SDF's losses were light, unlike those of the ASDF unit.")
    acronym = _by_short(text)["SDF"]
    uses = list(acronym_uses(text, acronym))
    assert [text[a:b] for a, b in uses] == ["SDF", "SDF"]
    assert all(a > acronym.end for a, _ in uses)


def test_short_form_shape():
    assert is_short_form("OPCW") and is_short_form("U.N.") and is_short_form("IEDs")
    assert not is_short_form("Reuters") and not is_short_form("AP") and not is_short_form("pictured")


def test_component_fills_the_layer():
    import spacy
    from sanderling.annotators import acronyms  # noqa: F401  registers the component
    nlp = spacy.blank("en")
    nlp.add_pipe("sanderling_acronyms")
    doc = nlp("The African Union (AU) sent troops.")
    assert [(a.short, a.long) for a in doc._.sanderling_acronyms] == [("AU", "African Union")]
