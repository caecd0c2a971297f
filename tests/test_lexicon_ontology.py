"""Every event lexicon entry speaks the one PLOVER vocabulary of sanderling.ontology."""
import json
from importlib import resources

from sanderling.annotators import events
from sanderling.ontology import PLOVER_TYPES

#: modes the lexicon uses beyond the PLOVER manual's list (they name a sub-kind coders use)
EXTRA_MODES = {"ASSAULT": set(), "COERCE": set()}


def specs(node, path=()):
    if isinstance(node, str) and node.count("/") == 2 and node.split("/")[0].isupper():
        yield path, node
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from specs(v, path + (k,))
    elif isinstance(node, list):
        for v in node:
            yield from specs(v, path)


def test_every_trigger_spec_has_a_plover_type_and_mode():
    lex = json.loads(resources.files("sanderling.lexicons.events").joinpath("triggers.json").read_text("utf-8"))
    bad = []
    found = list(specs(lex))
    assert len(found) > 500
    for path, spec in found:
        etype, mode, cameo = spec.split("/")
        if etype not in PLOVER_TYPES:
            bad.append((path, spec, "type"))
        elif mode != "-" and mode not in PLOVER_TYPES[etype][1]:
            bad.append((path, spec, "mode"))
        elif cameo != "-" and not cameo.isdigit():
            bad.append((path, spec, "cameo"))
    assert not bad, bad[:10]


def test_cameo_fallback_entries_use_plover_types():
    assert events.FALLBACK_VERBS, "the CAMEO fallback lexicon is loaded"
    for verb, entry in events.FALLBACK_VERBS.items():
        etype, mode, _ = entry["default"].split("/")
        assert etype in PLOVER_TYPES, (verb, entry)
        assert mode == "-" or mode in PLOVER_TYPES[etype][1], (verb, entry)
