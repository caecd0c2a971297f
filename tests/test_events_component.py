"""sanderling_events as a spaCy factory: found by name through the entry point, configured per pipeline."""
import subprocess
import sys

import pytest

from events_support import COMPONENTS, PUBLISHED


def test_factory_resolves_by_name_without_importing_sanderling():
    code = ("import spacy, sys\n"
            "nlp = spacy.blank('en')\n"
            "pipe = nlp.add_pipe('sanderling_events', config={'uncoded_events': 'none'})\n"
            "assert 'sanderling' in sys.modules\n"  # imported by the entry point, not by us
            "print(pipe.config.uncoded_events)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "none"


def test_bad_config_names_the_fix():
    import spacy
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="uncoded_events must be"):
        nlp.add_pipe("sanderling_events", config={"uncoded_events": "some"})


def test_config_switches_uncoded_events(nlp):
    from sanderling.nlp import load_model, add_components
    text = "The Zorvan Brigade shelled a remote hillside camp overnight."

    def run(pipeline):
        doc = pipeline.make_doc(text)
        doc._.sanderling_published = PUBLISHED
        return pipeline(doc)._.sanderling_events

    default = nlp  # the shared pipeline: uncoded participants kept
    strict = add_components(load_model(), tuple(c for c in COMPONENTS if c != "sanderling_events"))
    strict.add_pipe("sanderling_events", config={"uncoded_events": "none"}, before="sanderling_factuality")
    assert [e.event for e in run(default)] == ["ASSAULT"]
    assert run(strict) == []


def test_cameo_fallback_is_a_config_switch():
    from sanderling.nlp import load_model, add_components
    text = "Bolivian militias ravaged three Chilean villages last week."
    with_fallback = add_components(load_model(), tuple(c for c in COMPONENTS if c != "sanderling_events"))
    with_fallback.add_pipe("sanderling_events", config={"cameo_fallback": True}, before="sanderling_factuality")
    doc = with_fallback.make_doc(text)
    doc._.sanderling_published = PUBLISHED
    evs = with_fallback(doc)._.sanderling_events
    assert [(e.event, e.why.split(":")[0]) for e in evs] == [("ASSAULT", "cameo")]


def test_a_candidate_of_an_unknown_kind_is_refused():
    """The stages branch on Candidate.kind (never on the why string): a misspelt kind must fail
    where the candidate is made, not silently skip every kind-specific rule."""
    from sanderling.annotators.events.candidate import Candidate
    with pytest.raises(ValueError, match="kind"):
        Candidate(None, None, [], "verb:x:default", 0.5, kind="verbs")


def test_confidence_levels_are_component_config():
    """A verb trigger's confidence comes from the pipeline's config, not a module constant; an
    event with no actor loses the configured penalty; an out-of-range level names the setting."""
    import spacy
    from sanderling.nlp import load_model, add_components
    text = "Troops from Varnia shelled the Ostrelian border post of Kell on Sunday."
    tuned = add_components(load_model(), tuple(c for c in COMPONENTS if c != "sanderling_events"))
    tuned.add_pipe("sanderling_events", config={"conf_verb": 0.7, "no_actor_penalty": 0.0},
                   before="sanderling_factuality")
    doc = tuned.make_doc(text)
    doc._.sanderling_published = PUBLISHED
    evs = tuned(doc)._.sanderling_events
    assert [(e.event, e.confidence) for e in evs] == [("ASSAULT", 0.7)]
    with pytest.raises(ValueError, match="conf_noun is a confidence between 0 and 1"):
        spacy.blank("en").add_pipe("sanderling_events", config={"conf_noun": 2})


def test_every_component_resolves_by_name_from_a_blank_pipeline():
    """Each Sanderling component is a spaCy factory behind the spacy_factories entry point: a
    blank pipeline adds every one by name, in the order nlp.py runs them, without importing
    sanderling, and spaCy sees what each requires and assigns."""
    from sanderling.nlp import COMPONENTS as ALL
    names = ["sanderling_paragraphs", "sanderling_sentence_cap"] + [n for n, _ in ALL]
    code = ("import spacy, sys, json\n"
            "nlp = spacy.blank('en')\n"
            f"for name in {names!r}:\n"
            "    nlp.add_pipe(name)\n"
            "meta = {n: (nlp.get_pipe_meta(n).requires, nlp.get_pipe_meta(n).assigns) for n in nlp.pipe_names}\n"
            "print(json.dumps({'names': nlp.pipe_names, 'meta': meta}))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    import json
    got = json.loads(out.stdout)
    assert got["names"] == names
    assert "doc._.sanderling_events" in got["meta"]["sanderling_factuality"][0]
    assert got["meta"]["sanderling_timex"][1] == ["doc._.sanderling_timexes"]
