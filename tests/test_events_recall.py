"""Recall additions (issue 6): verbs from the CAMEO dictionary the curated lexicon lacked, and
constructions that lost a known event's participants. Invented sentences only."""
from events_support import codes


def by_type(events, etype):
    return [e for e in events if e.event == etype]


def test_told_someone_to_act_is_a_request(events_of):
    # CAMEO files "tell X to" under demands; a bare "told" (saying) is no event
    evs = by_type(events_of("The Kenyan president told Uganda to withdraw its soldiers from the island."), "REQUEST")
    assert evs and "UGA" in codes(evs[0].recipient)


def test_told_without_a_directive_is_no_request(events_of):
    assert not by_type(events_of("The Kenyan president told reporters that the talks went well."), "REQUEST")


def test_rescue_is_aid(events_of):
    evs = by_type(events_of("Greek coastguards rescued forty Libyan migrants off Crete on Monday."), "AID")
    assert evs and "GRC" in codes(evs[0].actor)


def test_mistreat_is_assault(events_of):
    assert by_type(events_of("Human rights groups say Belarusian police mistreated Polish journalists."), "ASSAULT")


def test_taking_in_refugees_is_aid(events_of):
    # CAMEO 075 (grant asylum): a state that takes in, hosts or resettles refugees
    evs = by_type(events_of("Germany took in 800,000 Syrian refugees in 2015."), "AID")
    assert evs and codes(evs[0].actor) == {"DEU"}


def test_hosting_refugees_is_aid_not_a_visit(events_of):
    evs = events_of("Jordan is hosting more than 600,000 Syrian refugees.")
    assert by_type(evs, "AID") and not by_type(evs, "CONSULT")


def test_taking_hostages_is_not_aid(events_of):
    assert not by_type(events_of("Rebels took twenty hostages near the Colombian border."), "AID")

