"""Session 19 lead changes. Invented sentences only."""


def of_type(events, etype):
    return [e for e in events if e.event == etype]


def test_waging_war_on_someone_is_an_attack(events_of):
    # PETRARCH2's pattern WAGE * WAR (CAMEO 190); spaCy lemmatises "waged" as "wag"
    evs = of_type(events_of("Separatist guerrillas waged war against the federal police for a decade."), "ASSAULT")
    assert evs and "guerrillas" in evs[0].actor[0].text and "police" in evs[0].recipient[0].text


def test_waging_a_campaign_is_no_attack(events_of):
    assert not of_type(events_of("The new mayor waged a campaign against corruption in the port."), "ASSAULT")
