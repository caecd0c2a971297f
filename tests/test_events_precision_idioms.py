"""Idioms and senses that name no act of the type their trigger suggests (session 17,
precision on real articles); invented sentences, each paired where useful with the plain
construction that is still an event."""


def types(events):
    return {e.event for e in events}


def test_could_not_agree_more_is_agreement(events_of):
    # a negated could/can graded by a comparative is the highest degree, not a refusal
    assert "REJECT" not in types(events_of("The Chilean senator said she could not agree more with the Peruvian envoy."))
    assert "REJECT" not in types(events_of("The Ghanaian minister could not be more pleased with the Togolese offer, aides said."))
    assert "REJECT" in types(events_of("The Chilean senator said she could not agree with the Peruvian envoy."))


def test_feeling_about_own_doing_or_topic_judges_nobody(events_of):
    # "as far as X is concerned" names a topic; a feeling with an infinitive is about one's own doing
    assert "ACCUSE" not in types(events_of("As far as the Kenyan budget is concerned, the vote comes in June."))
    assert not types(events_of("The Malawian mayor was shocked to be told that his office in Zomba had flooded."))
    assert not types(events_of("The Zambian envoy said she was delighted to open the new clinic in Ndola."))
    # a feeling about someone else's act is still a judgement
    assert "ACCUSE" in types(events_of("The Malawian mayor was shocked at the Zambian governor's decision."))


def test_warning_that_advises_or_forecasts_is_no_threat(events_of):
    # advice to the warned (should) and forecasts of what others could undergo are no threats
    assert "THREATEN" not in types(events_of(
        "The Kenyan senator warned the ministers that they should expect a long fight over the budget."))
    assert "THREATEN" not in types(events_of(
        "Fishing crews could face heavy fines under the new rules, a panel of Chilean senators has warned."))
    assert "THREATEN" not in types(events_of(
        "The Kenyan senator warned that the ministry would need to spend far more to keep the port open."))
    # the warner's own act is still a threat
    assert "THREATEN" in types(events_of("The Chilean navy warned that it would board any trawler in its waters."))


def test_poll_shares_make_no_demand(events_of):
    # a ratio, a quantified group or the respondents of a survey report a poll (no event)
    for text in ("Most voters said Kenya should withdraw its troops from Somalia.",
                 "One in four said Kenya should withdraw its troops from Somalia.",
                 "Nearly half those polled said Kenya should withdraw its troops from Somalia."):
        assert "REQUEST" not in types(events_of(text)), text
    assert "REQUEST" in types(events_of("The Somali senators said Kenya should withdraw its troops from Somalia."))


def test_strikes_aimed_at_someone_are_military(events_of):
    for text in ("The Chilean navy launched strikes against the Peruvian rebels near Tacna.",
                 "The Chilean air force launched assassination strikes on rebel leaders."):
        got = types(events_of(text))
        assert "PROTEST" not in got and "ASSAULT" in got, text
    # a strike against a policy is a walkout
    assert "PROTEST" in types(events_of("Dockers in Valparaiso launched a strike against pension cuts."))


def test_protestations_are_words_not_a_demonstration(events_of):
    assert "PROTEST" not in types(events_of("The Bolivian widow's protestations to the Chilean police led nowhere."))


def test_conditional_should_is_a_rule_not_a_demand(events_of):
    assert "REQUEST" not in types(events_of(
        "The Kenyan minister said that if the Somali envoys broke the law, they should be expelled."))
    assert "REQUEST" in types(events_of("The Kenyan minister said the Somali envoys should be expelled."))


def test_a_possibility_weighed_is_no_accusation(events_of):
    assert "ACCUSE" not in types(events_of(
        "The Kenyan lawyer told the president that the Somali operation could be illegal."))
    assert "ACCUSE" in types(events_of("The Kenyan lawyer said the Somali operation was illegal."))


def test_accepting_a_fact_is_acknowledging_it(events_of):
    got = types(events_of("The Peruvian president cannot accept the fact that his budget in Lima had failed."))
    assert "REJECT" not in got and "AGREE" not in got
    assert "AGREE" in types(events_of("The Peruvian president accepted the Chilean offer."))


def test_subjectless_infinitive_as_subject_is_generic(events_of):
    assert "ASSAULT" not in types(events_of("To attack unarmed Kenyan protesters is cowardly, the senator said."))
    assert "ASSAULT" in types(events_of("Kenyan troops attacked unarmed Somali protesters."))


def test_generic_you_in_the_plain_present(events_of):
    assert "CONSULT" not in types(events_of("You rarely meet Kenyan generals who will admit defeat."))
    assert "CONSULT" in types(events_of("You met the Kenyan generals last week."))


def test_vow_of_a_policy_to_nobody_is_no_agreement(events_of):
    assert "AGREE" not in types(events_of("The Kenyan finance minister vowed to keep battling rural poverty in the west."))
    assert "AGREE" in types(events_of("The Kenyan president vowed to send aid to Somalia."))


def test_fighting_a_scourge_is_no_attack(events_of):
    assert "ASSAULT" not in types(events_of(
        "The Kenyan police said the new cards would help them fight crime and corruption in Nairobi."))
    assert "ASSAULT" in types(events_of("Kenyan troops fought Somali militants near the border."))


def test_legislators_attack_in_words(events_of):
    got = types(events_of("Kenyan MPs attacked the finance minister."))
    assert "ASSAULT" not in got and "ACCUSE" in got
    assert "ASSAULT" in types(events_of("Kenyan troops attacked Somali militants."))


def test_acts_someone_was_steered_away_from_did_not_happen(events_of):
    for text in ("The general steered the Chilean president away from launching air strikes against Peru.",
                 "The general dissuaded the Chilean president from bombing Peruvian ports."):
        assert "ASSAULT" not in types(events_of(text)), text


def test_event_noun_spoken_of_before_it_happens(events_of):
    assert "RETREAT" not in types(events_of(
        "Even with tight objectives, a Kenyan withdrawal from Somalia is likely to prove costly."))
    assert "RETREAT" in types(events_of("The Kenyan withdrawal from Somalia was messy."))


def test_gerund_of_an_aim_reports_no_act(events_of):
    assert "CONSULT" not in types(events_of("The first step is convening a summit of Kenyan and Somali leaders."))
    assert "COERCE" not in types(events_of("Their priority is arresting the Somali smugglers in Mombasa."))
    assert "COERCE" in types(events_of("Kenyan police are arresting the Somali smugglers in Mombasa."))


def test_feeling_about_ones_own_lot_judges_nobody(events_of):
    assert "SUPPORT" not in types(events_of(
        "The Kenyan senator said: \"I am so pleased I was allowed to stand against the governor in Mombasa.\""))
    assert "SUPPORT" in types(events_of("The Kenyan senator said she was delighted that Uganda had reopened the border."))


def test_policy_promised_to_voters_is_no_agreement(events_of):
    assert "AGREE" not in types(events_of("The Kenyan opposition has promised lower fuel taxes."))
    assert "AGREE" in types(events_of("The Kenyan president promised Somalia new aid."))


def test_acts_weighed_or_asked_about_are_not_reported(events_of):
    assert "ASSAULT" not in types(events_of(
        "It is one thing to shell a Kenyan barracks, it is another to shell a Somali school."))
    assert "AID" not in types(events_of("What aid can Kenya send to the Somali refugees?"))
    assert "AID" in types(events_of("Kenya sent aid to the Somali refugees."))


def test_word_senses_of_funding_a_scourge_and_beheading_videos(events_of):
    assert "AID" not in types(events_of("His parents in Nairobi face claims that they funded terrorism."))
    assert "ASSAULT" not in types(events_of("She had also watched beheading videos from Somalia."))
    assert "ASSAULT" in types(events_of("Militants beheaded two Kenyan soldiers."))


def test_sanctioning_an_action_authorises_it_and_resisting_a_temptation_refuses_nobody(events_of):
    assert "SANCTION" not in types(events_of(
        "The lawyer said a war on Somalia needed a UN resolution sanctioning military action."))
    assert "REJECT" not in types(events_of("Kenyan voters could not resist the temptation to punish the ruling party."))
    assert "SANCTION" in types(events_of("The UN sanctioned Somalia over the arms shipments."))


def test_acts_that_almost_happened_did_not(events_of):
    assert "THREATEN" not in types(events_of("Erdogan all but declared war on Egypt."))
    assert "ASSAULT" not in types(events_of("Kenyan troops almost attacked the Somali camp."))
    assert "ASSAULT" in types(events_of("Nearly 400 Kenyans were injured by Somali militants."))


def test_concerns_someone_else_appreciates_are_not_voiced(events_of):
    assert "ACCUSE" not in types(events_of(
        "The Kenyan minister said he appreciated the Somali farmers' concerns about the border."))
    assert "ACCUSE" in types(events_of("The Somali farmers expressed concern about the Kenyan border closure."))


def test_offering_ones_life_is_no_offer(events_of):
    # a sacrifice for a cause, made to no one; an offer of help to someone stays AGREE
    assert "AGREE" not in types(events_of(
        "Hundreds of young Malian volunteers are offering their lives to drive the jihadists from Gao."))
    assert "AGREE" in types(events_of("Senegal offered troops to the Malian government to drive the jihadists from Gao."))


def test_goods_and_markets_are_no_orders_demands_or_troops(events_of):
    # a counted object nobody is told to move is a purchase; buyers' demand is no party's demand;
    # "mass produce" makes goods
    assert "REQUEST" not in types(events_of("The Kenyan bus company ordered 40 electric buses for its city routes."))
    assert "CONCEDE" not in types(events_of("The Chilean brewer will build a plant to meet growing demand for beer."))
    assert "MOBILIZE" not in types(events_of("The Peruvian firm can mass produce cheap solar panels."))
    # troops ordered, massed or a demand met are still events
    assert "CONCEDE" in types(events_of("The Chilean minister met the miners’ demands after a week of talks."))
    assert "MOBILIZE" in types(events_of("Peru massed troops on its northern border on Tuesday."))
