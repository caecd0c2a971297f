"""The WordNet noun classes the event coder asks (sanderling.noun_senses)."""
from sanderling import noun_senses


def test_classes_come_commonest_first_and_unknown_words_have_none():
    assert noun_senses.classes("weather")[0] == "phenomenon"
    assert "person" in noun_senses.classes("diplomat")
    assert noun_senses.classes("zzqxv") == ()


def test_impersonal_nouns_are_conditions_and_amounts_not_people_or_bodies():
    for word in ("inflation", "drought", "currency", "price"):
        assert noun_senses.impersonal(word), word
    for word in ("minister", "army", "government", "smuggler", "plan"):
        assert not noun_senses.impersonal(word), word


def test_doings_are_acts_messages_and_plans_not_ways_or_crowds():
    for word in ("auction", "bill", "proposal", "operation"):
        assert noun_senses.names_a_doing(word), word
    for word in ("road", "highway", "convoy", "border"):
        assert not noun_senses.names_a_doing(word), word


def test_build_valence_keeps_words_and_their_means_only(tmp_path):
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location(
        "build_valence", Path(__file__).resolve().parent.parent / "scripts" / "build_valence.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    lex = tmp_path / "vader_lexicon.txt"
    lex.write_text("grumpy\t-1.8\t0.6\t[-2, -2]\n:-(\t-2.0\t0.5\t[-2]\nsunny\t2.1\t0.3\t[2, 2]\n4ever\t1.0\t0\t[1]\n",
                   encoding="utf-8")
    assert mod.read_lexicon(lex) == {"grumpy": -1.8, "sunny": 2.1}


def test_the_shipped_valence_rates_blame_low_and_praise_high():
    from sanderling.annotators.events.lexicon import valence
    assert valence("murderer") <= -2.0 < valence("neighbour")
    assert valence("zzqxv") == 0.0


def test_kinds_of_person_are_people_not_things_or_acts():
    for word in ("murderer", "diplomat", "smuggler"):
        assert noun_senses.names_a_person(word), word
    for word in ("price", "auction", "road"):
        assert not noun_senses.names_a_person(word), word
