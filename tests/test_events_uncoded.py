"""Detect first, code second: an event whose participants the actor layer cannot code is still
recorded, with the participant's words and code None. Sentences are invented."""
from events_support import codes


def test_uncoded_attackers_are_kept_with_their_words(events_of):
    evs = [e for e in events_of("Masked gunmen ambushed a convoy of engineers on Tuesday.") if e.event == "ASSAULT"]
    assert evs, "an ambush by an uncoded group is still an event"
    ev = evs[0]
    assert [a.code for a in ev.actor] == [None]
    assert "gunmen" in ev.actor[0].text.lower()


def test_coded_side_still_carries_its_code(events_of):
    evs = [e for e in events_of("The Zorvan Brigade shelled a Chilean navy base overnight.")
           if e.event == "ASSAULT"]
    assert evs and "CHL" in codes(evs[0].recipient)
    assert any(a.code is None and "Zorvan" in a.text for a in evs[0].actor)


def test_things_and_pronouns_are_no_participants(events_of):
    # a thing in the object slot and an unresolved pronoun give no record on their own
    assert not events_of("It was attacked in the storm.")
    assert not [e for e in events_of("The proposal was rejected quickly.") if e.event == "REJECT"]


def test_a_bare_count_of_victims_is_a_participant(events_of):
    evs = [e for e in events_of("A bomb went off at a market in Maiduguri, wounding 12.") if e.event == "ASSAULT"]
    assert any([r.text for r in e.recipient] == ["12"] and e.event_text == "wounding" for e in evs)
    # a count that is no object of harm is nobody
    assert not [e for e in events_of("The council met for 12 hours in Maiduguri.") if e.event == "ASSAULT"]


def test_a_relative_is_the_victim_not_the_possessive_pronoun(events_of):
    evs = [e for e in events_of("Masked men kidnapped her two sons.") if e.event == "ASSAULT"]
    assert evs and any("sons" in r.text for r in evs[0].recipient)


def test_a_relative_takes_the_country_of_the_sentence_like_other_private_people():
    from sanderling.pipeline import code_text
    evs = [e for e in code_text("In Cochabamba, his teenage daughter was abducted on her way to school.",
                                published="2026-03-04").to_dict()["events"] if e["event"] == "ASSAULT"]
    assert evs and any("daughter" in r["text"] for r in evs[0]["recipient"])
    assert "BOL" in {r["code"] for r in evs[0]["recipient"]}


def test_victims_owned_by_an_unresolved_possessive_are_still_the_victims(events_of):
    evs = [e for e in events_of("Three of its soldiers were killed in the ambush.") if e.event == "ASSAULT"]
    assert evs and any("soldiers" in r.text for r in evs[0].recipient)



def test_a_pronoun_resolved_to_a_group_is_a_target(events_of):
    # "they" of the when-clause is the soldiers (actor layer); an uncoded but resolved target makes the attack an event
    text = "Witnesses said the soldiers were crossing the river when they came under attack at dawn."
    evs = [e for e in events_of(text) if e.event == "ASSAULT"]
    assert evs and evs[0].recipient and evs[0].recipient[0].name == "soldiers"
    # an unresolved pronoun still names nobody
    assert not [e for e in events_of("Witnesses said they came under attack at dawn.") if e.event == "ASSAULT"]


def test_clause_antecedent_needs_the_pronoun_kind():
    from sanderling.nlp import get_nlp
    from sanderling.annotators.events.roles import _clause_antecedent
    nlp = get_nlp(())
    doc = nlp("The herders were crossing the river when they were stopped.")
    assert _clause_antecedent([t for t in doc if t.lower_ == "they"][0]).lower_ == "herders"
    doc = nlp("The convoy was crossing the river when they were stopped.")
    assert _clause_antecedent([t for t in doc if t.lower_ == "they"][0]) is None


def test_an_accusation_with_no_accuser_named_is_still_an_accusation(events_of):
    # "was accused of", "has been blamed for": news names the accused and leaves the accuser out
    evs = [e for e in events_of("The Zambian mining minister was accused of taking bribes from a smelter.")
           if e.event == "ACCUSE"]
    assert evs and not evs[0].actor and "ZMB" in codes(evs[0].recipient)
    # a passive deal with nobody named stays dropped
    assert not [e for e in events_of("The ceasefire accord was signed late on Sunday.") if e.event == "AGREE"]
