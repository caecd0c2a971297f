"""Session 19 lead changes. Invented sentences only."""


def of_type(events, etype):
    return [e for e in events if e.event == etype]


def test_waging_war_on_someone_is_an_attack(events_of):
    # PETRARCH2's pattern WAGE * WAR (CAMEO 190); spaCy lemmatises "waged" as "wag"
    evs = of_type(events_of("Separatist guerrillas waged war against the federal police for a decade."), "ASSAULT")
    assert evs and "guerrillas" in evs[0].actor[0].text and "police" in evs[0].recipient[0].text


def test_waging_a_campaign_is_no_attack(events_of):
    assert not of_type(events_of("The new mayor waged a campaign against corruption in the port."), "ASSAULT")


def test_a_topic_discussed_by_one_party_is_no_consultation(events_of):
    assert not of_type(events_of("Governor Ruiz barely discussed the budget in his speech on Monday."), "CONSULT")


def test_a_topic_discussed_with_someone_or_by_several_is_a_consultation(events_of):
    evs = of_type(events_of("Governor Ruiz discussed the budget with Mayor Chen on Monday."), "CONSULT")
    assert evs and "Chen" in evs[0].recipient[0].text
    assert of_type(events_of("The two governors discussed the budget on Monday."), "CONSULT")


def test_remarks_to_the_press_are_no_consultation(events_of):
    assert not of_type(events_of("Governor Ruiz talked to reporters in Austin after the vote."), "CONSULT")
    assert of_type(events_of("Governor Ruiz talked to the mayor of Austin after the vote."), "CONSULT")


def test_a_feeling_someone_ought_to_have_is_no_judgement(events_of):
    assert not of_type(events_of("Canada should be grateful for Senator Lopez's leadership."), "SUPPORT")
    assert of_type(events_of("Canada is grateful for Senator Lopez's leadership."), "SUPPORT")


def test_rallying_someone_is_no_protest(events_of):
    assert not of_type(events_of("The Spanish premier rallied his allies against the separatist bill."),
                       "PROTEST")
    assert of_type(events_of("Thousands of farmers rallied outside parliament in Madrid on Monday."), "PROTEST")


def test_charging_a_price_is_no_accusation(events_of):
    assert not of_type(events_of("The landlord, Senator Brooks, has charged more than that for years."), "ACCUSE")
    assert not of_type(events_of("Smugglers were charging a fee of 900 euros per person to cross."), "ACCUSE")
    assert of_type(events_of("Senator Brooks charged the governor with lying."), "ACCUSE")


def test_us_party_members_are_coded(events_of):
    evs = of_type(events_of("Democrats in the state senate blasted Republicans over the stalled budget."), "ACCUSE")
    assert evs and (evs[0].actor[0].code, evs[0].actor[0].sector) == ("USA", "PTY")
    assert (evs[0].recipient[0].code, evs[0].recipient[0].sector) == ("USA", "PTY")


def test_the_republican_guard_is_no_us_party(events_of):
    evs = of_type(events_of("The Republican Guard shelled the suburb at dawn."), "ASSAULT")
    assert evs and all(a.code != "USA" for a in evs[0].actor)
