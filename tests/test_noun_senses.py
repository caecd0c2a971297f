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
