"""Dyad defaults: who the recipient is when the sentence names none."""
import pytest

from events_support import codes


def test_targetless_threat_is_domestic(events_of):
    ev = [e for e in events_of("The Kenyan government threatened to impose a curfew.") if e.event == "THREATEN"][0]
    assert codes(ev.actor) == {"KEN"}
    assert codes(ev.recipient) == {"KEN"}


def test_targetless_cooperation_keeps_no_recipient(events_of):
    evs = [e for e in events_of("Kenya and Tanzania agreed on Monday to build a new railway.") if e.event == "AGREE"]
    assert evs and not codes(evs[0].recipient)


def test_named_target_is_not_overridden(events_of):
    ev = [e for e in events_of("Kenya threatened Somalia with sanctions.") if e.event == "THREATEN"][0]
    assert codes(ev.recipient) == {"SOM"}


@pytest.fixture(scope="module")
def full_events_of():
    from sanderling.nlp import get_nlp
    nlp = get_nlp()
    return lambda text: nlp(text)._.sanderling_events


def test_actorless_attack_on_foreigners_is_credited_to_the_place(full_events_of):
    text = "A roadside bomb near Kandahar killed two Canadian soldiers on Sunday, the military said."
    ev = [e for e in full_events_of(text) if e.event == "ASSAULT"][0]
    assert codes(ev.actor) == {"AFG"}
    assert codes(ev.recipient) == {"CAN"}


def test_evidence_against_is_an_accusation(events_of):
    ev = [e for e in events_of("Peru produced evidence against Ecuador during the hearing.")
          if e.event == "ACCUSE"][0]
    assert codes(ev.actor) == {"PER"}
    assert codes(ev.recipient) == {"ECU"}


def test_evidence_of_something_accuses_no_one(events_of):
    assert not [e for e in events_of("Kenya presented evidence of economic growth.") if e.event == "ACCUSE"]


def test_charges_against_and_under_investigation(events_of):
    ev = [e for e in events_of("Brazilian prosecutors filed charges against the Bolivian minister.")
          if e.event == "ACCUSE"][0]
    assert codes(ev.recipient) == {"BOL"}
    ev = [e for e in events_of("Peru was placed under investigation last week.") if e.event == "ACCUSE"][0]
    assert codes(ev.recipient) == {"PER"}


def test_meeting_abroad_takes_the_host_as_recipient(full_events_of):
    ev = [e for e in full_events_of("Brazil and Argentina met in Lisbon on Monday.") if e.event == "CONSULT"][0]
    assert codes(ev.recipient) == {"PRT"}
    assert "PRT" not in codes(ev.actor)


def test_a_protest_is_aimed_at_its_purpose_clause_target_not_at_where_it_was(events_of):
    evs = [e for e in events_of("Hundreds of teachers marched in Harare to seek a meeting with "
                                "President Mnangagwa.") if e.event == "PROTEST"]
    assert evs and [r.text for r in evs[0].recipient] == ["President Mnangagwa"]


def test_a_when_clause_on_a_conjoined_passive_names_the_attacker(events_of):
    # the parser hangs the when-clause on the second passive verb ("injured"), not on "killed"
    evs = [e for e in events_of("Four villagers were killed and nine injured when a Nepalese soldier "
                                "opened fire on a crowd.") if e.event == "ASSAULT"]
    killed = [e for e in evs if e.event_text == "killed"]
    assert killed and codes(killed[0].actor) == {"NPL"}


def test_a_resolved_place_the_actor_layer_does_not_know_is_coded_as_target(full_events_of):
    evs = [e for e in full_events_of("A car bomb exploded and wounded dozens in Khalis.") if e.event == "ASSAULT"]
    assert evs and codes(evs[0].recipient) == {"IRQ"}


def test_where_a_protest_was_stays_uncoded(full_events_of):
    evs = [e for e in full_events_of("Hundreds of nurses protested in Kunduz on Friday.") if e.event == "PROTEST"]
    assert evs and not codes(evs[0].recipient)


def test_the_area_a_force_patrols_is_no_target(full_events_of):
    evs = [e for e in full_events_of("On Friday French paratroopers patrolled the central market of Bamako.")
           if e.event == "MOBILIZE"]
    assert evs and codes(evs[0].actor) == {"FRA"} and not codes(evs[0].recipient)


def test_an_attack_noun_with_no_target_is_domestic_too(events_of):
    evs = [e for e in events_of("The Chadian army continued its bombardment of the northern hills on Monday.")
           if e.event == "ASSAULT"]
    assert evs and codes(evs[0].actor) == {"TCD"} and codes(evs[0].recipient) == {"TCD"}


def test_an_uncoded_rebel_held_in_a_named_place_takes_its_country(full_events_of):
    evs = [e for e in full_events_of("Residents of a village outside Gulu captured two rebel fighters on Sunday.")
           if e.event in ("ASSAULT", "COERCE")]
    assert evs and codes(evs[0].recipient) == {"UGA"}


def test_a_journey_end_is_no_place_an_attack_happened(full_events_of):
    # "who had flown to X": where the victim went is not where the attacker is from
    text = "A nurse who had flown to Kenya was abducted outside Mogadishu."
    ev = [e for e in full_events_of(text) if e.event == "ASSAULT"][0]
    assert codes(ev.actor) == {"SOM"}


def test_a_country_acting_in_another_clause_is_no_host(full_events_of):
    # "Peru's president said ...": Peru speaks; the shelling happened near La Paz
    text = "Peru's president said Chilean troops had shelled a farm near La Paz."
    ev = [e for e in full_events_of(text) if e.event == "ASSAULT"][0]
    assert codes(ev.actor) == {"CHL"}
    assert codes(ev.recipient) == {"BOL"}


def test_a_country_named_as_the_doer_of_another_act_is_no_host(full_events_of):
    # "branded terrorists by Ecuador": Ecuador brands them; nothing says the raid was there
    text = "Peruvian guerrillas, long branded terrorists by Ecuador, raided a farm."
    ev = [e for e in full_events_of(text) if e.event == "ASSAULT"][0]
    assert "ECU" not in codes(ev.recipient)


def test_a_country_acting_in_a_sibling_clause_did_not_do_the_act(full_events_of):
    # Kenya readies a mission; the fighting is the militias', whose name nobody codes
    text = ("The envoy said Kenya was readying a mission north of the lake in Somalia, where clan-led "
            "militias, the Jubba Valley Guard, have fought the insurgents.")
    evs = [e for e in full_events_of(text) if e.event == "ASSAULT"]
    assert evs and all("KEN" not in codes(e.actor) for e in evs)


def test_a_place_in_a_coordinated_clause_is_no_host(full_events_of):
    # the second clause names a route through Bolivia; the war was not fought against Bolivia
    text = ("Chilean and Peruvian troops fought a short war in 1999, and officials now warn that "
            "smugglers move rifles to the rebels over a pass into Bolivia.")
    evs = [e for e in full_events_of(text) if e.event == "ASSAULT"]
    assert evs and all("BOL" not in codes(e.recipient) for e in evs)
    # a purpose clause still names where an attack went
    text = "Chilean troops launched the offensive on Sunday, aiming to drive the rebels out of Bolivia."
    evs = [e for e in full_events_of(text) if e.event == "ASSAULT"]
    assert evs and "BOL" in codes(evs[0].recipient)


def test_conjoined_passives_share_the_agent(events_of):
    # "were kidnapped and tortured by X": the by-phrase on the last participle names who kidnapped too
    evs = [e for e in events_of("Two journalists were kidnapped and tortured by Syrian militiamen.")
           if e.event == "ASSAULT"]
    assert evs and all(codes(e.actor) == {"SYR"} for e in evs)


def test_a_conjoined_clause_with_its_own_subject_keeps_its_agent(events_of):
    evs = [e for e in events_of("A Kenyan nurse was shot and a doctor was arrested by Somali police.")
           if e.event == "ASSAULT"]
    assert evs and not codes(evs[0].actor)


def test_participles_on_a_noun_share_the_agent_of_the_last(events_of):
    # "the X, who were robbed, beaten and kidnapped by Y": the noun is the victim, Y the doer
    text = "The Chadian farmers, who were robbed, beaten and kidnapped by Sudanese militiamen, later returned home."
    evs = [e for e in events_of(text) if e.event == "ASSAULT"]
    assert evs and all(codes(e.actor) == {"SDN"} and codes(e.recipient) == {"TCD"} for e in evs)


def test_a_fired_weapon_names_who_struck_not_who_was_hit(events_of):
    # "Iranian rockets were fired at X": the weapon's nationality struck; X was hit
    evs = [e for e in events_of("Two Iranian rockets were fired at a Kuwaiti oil platform on Monday.")
           if e.event == "ASSAULT"]
    assert evs and codes(evs[0].actor) == {"IRN"} and codes(evs[0].recipient) == {"KWT"}


@pytest.mark.parametrize("text,code", [
    ("Kenyan troops engaged Ugandan border guards in a firefight in Kampala on Monday.", "UGA"),
    ("Indian forces engaged Pakistani soldiers in a firefight in Kashmir on Friday.", "PAK")])
def test_place_of_a_noun_trigger_is_where_not_whom(events_of, text, code):
    # the "in" phrase hangs on the trigger noun, not on the verb: the place is where it happened
    evs = [e for e in events_of(text) if e.event == "ASSAULT"]
    assert evs and len(evs[0].recipient) == 1 and codes(evs[0].recipient) == {code}


@pytest.mark.parametrize("text", [
    "Officials said an explosive device was detonated beside a Kenyan army lorry near Mandera.",
    "A parcel bomb exploded outside a Nigerian police station late on Tuesday.",
])
def test_what_a_bomb_went_off_by_is_its_target(full_events_of, text):
    evs = [e for e in full_events_of(text) if e.event == "ASSAULT"]
    assert evs and codes(evs[0].recipient) & {"KEN", "NGA"}


def test_an_attack_phrase_on_a_coordinated_verb_names_the_attacker_of_both(full_events_of):
    text = "A Malian gendarme was killed and three were wounded in a Burkinabe army raid, officials said."
    evs = [e for e in full_events_of(text) if e.event == "ASSAULT" and e.event_text == "killed"]
    assert evs and "BFA" in codes(evs[0].actor)


def test_where_words_were_said_is_no_one_they_were_said_to(full_events_of):
    # "refused to negotiate in Lima": the city is where the refusal was, not whom it was aimed at
    evs = [e for e in full_events_of("The Chilean envoy refused to negotiate in Lima.") if e.event == "REJECT"]
    assert evs and all("PER" not in codes(e.recipient) for e in evs)


def test_a_bomb_that_names_no_one_is_coded_against_the_country_it_struck(full_events_of):
    evs = [e for e in full_events_of("A minibus loaded with explosives was detonated in the centre of Medellin.")
           if e.event == "ASSAULT"]
    assert evs and codes(evs[0].recipient) == {"COL"} and not codes(evs[0].actor)


def test_a_threat_is_aimed_at_the_target_of_the_act_it_threatens(full_events_of):
    evs = [e for e in full_events_of("Ecuador repeated its threat to shell Peruvian border posts.")
           if e.event == "THREATEN"]
    assert evs and codes(evs[0].actor) == {"ECU"} and codes(evs[0].recipient) == {"PER"}


def test_the_reason_of_a_blame_is_no_recipient(events_of):
    evs = [e for e in events_of("The Ghanaian president blamed a foreign plot for the Accra riots.")
           if e.event == "ACCUSE"]
    assert evs and not any("Accra" in r.text for r in evs[0].recipient)


def test_reinforcing_support_for_a_party_is_support_not_a_troop_move(events_of):
    evs = events_of("Qatar and Turkey reinforced their support for the Libyan unity government.")
    assert [e.event for e in evs] == ["SUPPORT"] and codes(evs[0].recipient) == {"LBY"}
    assert [e.event for e in events_of("Qatar reinforced its backing for the Libyan unity government.")] == ["SUPPORT"]


def test_what_is_received_from_a_party_was_given_by_that_party(events_of):
    evs = events_of("Zambia received maize aid from Norway last month.")
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in evs] == [("AID", {"NOR"}, {"ZMB"})]
    evs = events_of("The Libyan opposition received assurances from the Tunisian government.")
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in evs] == [("AGREE", {"TUN"}, {"LBY"})]


def test_a_gift_with_no_giver_and_a_host_receiving_people_are_not_inverted(events_of):
    assert not events_of("The Zambian villagers received threats after the vote.")
    evs = events_of("Tanzania received 4,000 refugees from Burundi.")
    assert evs and codes(evs[0].actor) == {"TZA"}


def test_criticism_or_pressure_faced_from_a_party_comes_from_that_party(events_of):
    evs = events_of("The Malawian finance minister faced fierce criticism from Zambia over the dam.")
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in evs] == [("ACCUSE", {"ZMB"}, {"MWI"})]
    evs = events_of("The Gabonese president's decree drew criticism from Cameroon.")
    assert [(e.event, codes(e.actor), codes(e.recipient)) for e in evs] == [("ACCUSE", {"CMR"}, {"GAB"})]
    assert not [e for e in events_of("The Gabonese president faces growing pressure.") if e.event == "REQUEST"]


def test_the_party_behind_an_act_is_not_also_its_recipient(events_of):
    evs = [e for e in events_of("Criticism from the Ugandan bishops mounted after the raid.") if e.event == "ACCUSE"]
    assert evs and evs[0].actor and not ({r.text for r in evs[0].recipient} & {a.text for a in evs[0].actor})


def test_a_rally_held_for_someone_is_also_support_for_them(events_of):
    evs = events_of("Several thousand Bolivians marched in La Paz in solidarity with the jailed Bolivian governor.")
    assert {e.event for e in evs} == {"PROTEST", "SUPPORT"}
    assert evs[0].factuality is not evs[1].factuality and evs[0].actor is not evs[1].actor  # two records
    assert [e.event for e in events_of("Several thousand Bolivians marched in La Paz against the Bolivian governor.")] == ["PROTEST"]


def test_a_rally_held_for_someone_is_not_against_them(events_of):
    evs = events_of("Hundreds of Zambian farmers rallied in Lusaka in support of the jailed Zambian union chief.")
    protest = [e for e in evs if e.event == "PROTEST"][0]
    support = [e for e in evs if e.event == "SUPPORT"][0]
    assert codes(protest.actor) == {"ZMB"} and not protest.recipient  # the backed chief is no target
    assert codes(support.recipient) == {"ZMB"}
    against = [e for e in events_of("Hundreds of Zambian farmers rallied in Lusaka against the Zambian union chief.")
               if e.event == "PROTEST"][0]
    assert codes(against.recipient) == {"ZMB"}


def test_the_party_urged_to_act_is_the_recipient_not_the_object_of_the_act(events_of):
    evs = [e for e in events_of("Amnesty urged the Chilean government to step up pressure on Bolivia.")
           if e.event == "REQUEST"]
    assert evs and codes(evs[0].recipient) == {"CHL"}


def test_an_attack_made_on_a_channel_of_words_is_an_accusation(events_of):
    evs = events_of("The Peruvian minister attacked her rival on Twitter.")
    assert [e.event for e in evs] == ["ACCUSE"]


def test_taken_alongside_someone_shares_the_victims_lot(events_of):
    evs = [e for e in events_of("The Danish engineer was kidnapped in 2014 alongside the Kenyan photographer "
                                "Amos Otieno, who was later freed.") if e.event == "ASSAULT"]
    assert evs and "KEN" not in codes(evs[0].actor) and "KEN" in codes(evs[0].recipient)


def test_fighting_alongside_someone_is_fighting_with_them(events_of):
    evs = [e for e in events_of("Danish volunteers fought alongside Kenyan troops against the rebels.")
           if e.event == "ASSAULT"]
    assert evs and "KEN" in codes(evs[0].actor)


def test_misread_attack_noun_after_its_modifier_names_the_attacker(events_of):
    evs = [e for e in events_of("Six Ethiopian herders were killed in Eritrean mortar shelling near the border.")
           if e.event == "ASSAULT"]
    assert len(evs) == 1 and codes(evs[0].actor) == {"ERI"} and codes(evs[0].recipient) == {"ETH"}


def test_protest_against_a_named_forces_firing_keeps_the_forces(events_of):
    evs = [e for e in events_of("Hundreds of Kenyan traders protested against the police firing in Mombasa.")
           if e.event == "PROTEST"]
    assert evs and evs[0].recipient


def test_a_name_the_parser_hung_on_the_day_is_still_the_partner(events_of):
    evs = [e for e in events_of("Kenya's foreign minister met with Ugandan President Yoweri Museveni Monday "
                                "to discuss trade.") if e.event == "CONSULT"]
    assert evs and "UGA" in codes(evs[0].recipient)


def test_the_government_a_party_politician_accuses_is_her_own(events_of):
    text = ("Somalia's army shelled Kismayo. Somalia says Somali troops will hold Baidoa. The Kenyan "
            "opposition MP Amina Odhiambo has accused the government of taking its orders from abroad.")
    evs = [e for e in events_of(text) if e.event == "ACCUSE"]
    assert evs and codes(evs[0].recipient) == {"KEN"}


def test_a_foreign_body_speaking_of_the_government_keeps_the_article_country(events_of):
    text = ("Kenya's parliament passed the bill. The Kenyan government is being naive about the bill, "
            "a senior EU politician says.")
    evs = [e for e in events_of(text) if e.event == "ACCUSE"]
    assert all("EUR" not in codes(e.recipient) for e in evs)


def test_nobody_is_taken_when_a_killing_is_captured_on_film(events_of):
    evs = events_of("The killings of two Kenyan reporters were captured on film by the militants.")
    assert not [e for e in evs if e.event_text and "captured" in e.event_text]


def test_thanks_go_to_whom_one_is_grateful_to(events_of):
    evs = [e for e in events_of("The Ugandan minister was grateful to Kenya for the loan.") if e.event == "SUPPORT"]
    assert evs and codes(evs[0].recipient) == {"KEN"} and codes(evs[0].actor) == {"UGA"}


def test_dying_in_misread_shelling_is_an_attack_by_its_modifier(events_of):
    evs = [e for e in events_of("Six Ethiopian herders died in Eritrean mortar shelling near the border.")
           if e.event == "ASSAULT"]
    assert len(evs) == 1 and codes(evs[0].actor) == {"ERI"} and codes(evs[0].recipient) == {"ETH"}


def test_a_verb_with_its_own_phrase_does_not_take_the_next_verbs_object(events_of):
    evs = events_of("The Peruvian and Chilean envoys met in Geneva and denounced Bolivia.")
    meet = [e for e in evs if e.event == "CONSULT"]
    accuse = [e for e in evs if e.event == "ACCUSE"]
    assert meet and "BOL" not in codes(meet[0].recipient)
    assert accuse and codes(accuse[0].recipient) == {"BOL"}


def test_the_country_an_act_happened_in_is_no_second_target(events_of):
    evs = [e for e in events_of("Ugandan troops attacked Somali pirates in Kenya last week.") if e.event == "ASSAULT"]
    assert evs and codes(evs[0].recipient) == {"SOM"}


def test_a_country_acted_in_is_still_the_target_when_no_one_else_is(events_of):
    evs = [e for e in events_of("Ugandan troops fought in Kenya last week.") if e.event == "ASSAULT"]
    assert evs and codes(evs[0].recipient) == {"KEN"}


def test_being_engaged_in_an_act_is_doing_it(events_of):
    evs = [e for e in events_of("Eritrean units were engaged in ethnic cleansing against Ethiopian herders.")
           if e.event == "ASSAULT"]
    assert evs and codes(evs[0].actor) == {"ERI"} and "ERI" not in codes(evs[0].recipient)


def test_the_country_someone_was_held_in_is_where_not_whom(events_of):
    evs = [e for e in events_of("A Chilean aid worker was detained in Peru on Sunday.") if e.event == "COERCE"]
    assert evs and codes(evs[0].recipient) == {"CHL"}


def test_the_first_word_of_a_name_with_s_owns_nothing(events_of):
    evs = events_of("Nurses blocked King's Cross station in London on Tuesday morning.")
    assert evs and all(r.text != "King" for e in evs for r in e.recipient)


def test_whose_points_to_the_noun_the_clause_is_on(events_of):
    evs = [e for e in events_of("Kenya sees the men as members of al-Shabab, whose insurgency in the north "
                                "it continues to fight.") if e.event == "ASSAULT"]
    assert evs and codes(evs[0].recipient) == {"SOM"}


def test_a_meeting_in_a_where_clause_is_its_own_event(events_of):
    evs = events_of("The Ghanaian minister flew on to Nairobi, where she met Kenya's foreign minister.")
    meet = [e for e in evs if e.event == "CONSULT" and e.event_text and "met" in e.event_text]
    assert meet and codes(meet[0].recipient) == {"KEN"}


def test_critics_of_someone_are_not_that_someone(events_of):
    evs = [e for e in events_of("Tanzanian police detained three critics of the Kenyan president.") if e.event == "COERCE"]
    assert evs and [r.text for r in evs[0].recipient] != ["Kenyan president"]
    assert codes(evs[0].recipient) == {"KEN"} and all(r.sector is None for r in evs[0].recipient)


def test_a_places_conjunct_that_is_an_act_adds_no_target(events_of):
    evs = [e for e in events_of("Ties with Lusaka soured over the bombing in Kigali, Rwanda and the kidnapping "
                                "of the Ugandan consul.") if e.event == "ASSAULT" and "bombing" in (e.event_text or "")]
    assert evs and "UGA" not in codes(evs[0].recipient)


def test_an_act_announced_in_the_passive_is_the_announcer_s_threat(events_of):
    evs = [e for e in events_of("The Malian army spokesman said a ground assault would be launched if the "
                                "insurgents refused to quit Gao.") if e.event == "THREATEN"]
    assert evs and codes(evs[0].actor) == {"MLI"}
    # with its doer named, the doer threatens
    evs = [e for e in events_of("The Malian army spokesman said Burkinabe troops would storm the camp.")
           if e.event == "THREATEN"]
    assert evs and "BFA" in codes(evs[0].actor)


def test_a_fronted_with_phrase_is_a_setting_not_the_target(events_of):
    text = "With the blessing of the United Nations, the Nigerien army launched its raid on the camp."
    ev = [e for e in events_of(text) if e.event == "ASSAULT"][0]
    assert codes(ev.actor) == {"NER"} and "IGO" not in codes(ev.recipient)
    ev = [e for e in events_of("The Nigerien army clashed with the Chadian air force.") if e.event == "ASSAULT"][0]
    assert "TCD" in codes(ev.recipient) | codes(ev.actor)


def test_withdrawn_forces_are_the_actors_own_not_the_recipient(events_of):
    for text in ("Chile will withdraw troops from the disputed valley next month.",
                 "Chile pulled troops out of the border region on Monday."):
        evs = [e for e in events_of(text) if e.event in ("RETREAT", "CONCEDE", "AGREE")]
        assert evs, text
        assert not any(w in r.text for r in evs[0].recipient for w in ("troops", "soldiers")), text


def test_forces_provided_or_contributed_are_the_givers_not_a_recipient(events_of):
    # the troops a state provides are its own; whom they are provided to is the one aided
    for text in ("Ghana provided 300 soldiers to the Malian government last year.",
                 "Senegal contributed troops to the regional force in Gambia."):
        evs = [e for e in events_of(text) if e.event == "AID"]
        assert evs, text
        assert evs[0].recipient and not any(w in r.text for r in evs[0].recipient for w in ("troops", "soldiers")), text


def test_provided_someone_with_something_aids_the_one_provided(events_of):
    # the object of a verb of giving names who gets it; the "with" phrase is what, no party
    for text in ("Togo supplied the Beninese border police with rifles and radios.",
                 "Niger provided the Malian militias with troops last spring."):
        evs = [e for e in events_of(text) if e.event == "AID"]
        assert evs, text
        texts = [r.text for r in evs[0].recipient]
        assert any("police" in t or "militias" in t for t in texts), text
        assert not any("rifles" in t or "troops" in t for t in texts), text
    # weapons provided are military aid, as weapons supplied or delivered are
    evs = [e for e in events_of("Ghana provided weapons to the Ivorian army.") if e.event == "AID"]
    assert evs and evs[0].cameo == "072"


def test_forces_provided_with_something_receive_it(events_of):
    # "provided the army with X": the army gets X, whatever X is; forces "were provided with X"
    # received it and did nothing
    evs = [e for e in events_of("Senegal provided the Gambian army with training and radios.") if e.event == "AID"]
    assert evs and "GMB" in {r.code for r in evs[0].recipient}
    evs = [e for e in events_of("Border guards were provided with new rifles and helmets.") if e.event == "AID"]
    assert not any("guards" in a.text for e in evs for a in e.actor)
    evs = [e for e in events_of("Soldiers were provided to protect the ballot boxes in Gabon.") if e.event == "AID"]
    assert not any("Soldiers" in a.text for e in evs for a in e.actor)


def test_forces_sent_with_something_are_still_the_senders_own(events_of):
    # "with" says what the forces carry when they are sent or deployed, not who gets them
    evs = [e for e in events_of("Zambian riot police were deployed with water cannon in Lusaka.") if e.event == "MOBILIZE"]
    assert evs and any("police" in a.text for a in evs[0].actor)
    evs = [e for e in events_of("Malawi sent soldiers with armoured trucks to Mzuzu.") if e.event == "MOBILIZE"]
    assert evs and not any("soldiers" in r.text for r in evs[0].recipient)


def test_infinitive_on_an_owned_noun_is_done_by_the_owner(events_of):
    # "his pledge to pull troops out": the owner of the pledge pulls them out
    evs = [e for e in events_of("The timing will change when Gabriel Boric fulfils his pledge to pull Chilean "
                                "troops out of the area.") if e.event in ("CONCEDE", "RETREAT", "AGREE")]
    assert evs and codes(evs[0].actor) == {"CHL"}


def test_possessive_in_a_reported_clause_ahead_of_its_speaker(events_of):
    # the clause is reported; its possessive looks back into it, not forward to the speaker
    evs = [e for e in events_of("Michelle Bachelet will keep troops in the valley despite her decision last week "
                                "to launch air strikes on rebel camps, a senior senator has said.")
           if e.event == "ASSAULT"]
    assert evs and "Bachelet" in evs[0].actor[0].text


def test_object_pronoun_of_a_participle_is_the_head_clauses_object_not_its_subject(events_of):
    # the participle's unspoken subject is the caller; "him" is the one called
    evs = [e for e in events_of("Pedro Castillo phoned Jair Bolsonaro on Friday, pressing him to reopen the "
                                "border crossing.", published="2022-03-04") if e.event == "REQUEST"]
    assert evs and evs[0].recipient and "Bolsonaro" in evs[0].recipient[0].text


def test_an_unnamed_target_abroad_is_left_uncoded(events_of):
    # the domestic default (own country as target) is wrong abroad, and the article's country
    # is only a guess: the event keeps no recipient
    text = ("Fighting spread across Darfur and Khartoum this week, and thousands fled El Fasher and Nyala in "
            "Sudan. Chadian aircraft bombed positions near the river on Tuesday.")
    evs = [e for e in events_of(text) if e.event == "ASSAULT" and codes(e.actor) == {"TCD"}]
    assert evs and not codes(evs[0].recipient)


def test_clause_of_another_time_gives_no_target(events_of):
    # "since X hit Y" tells when, not whom the arrests were aimed at (a purpose clause would)
    evs = [e for e in events_of("Chilean police have detained dozens of suspects since suicide bombers hit "
                                "Santiago in 2019.") if e.event == "COERCE"]
    assert evs and all("Santiago" not in r.text for r in evs[0].recipient)


def test_plural_pronoun_of_coordinated_speakers_is_all_of_them(events_of):
    evs = [e for e in events_of("Ecuador and Colombia said they had signed a fishing accord.") if e.event == "AGREE"]
    assert evs and codes(evs[0].actor) == {"ECU", "COL"}


def test_forces_sent_are_the_senders_own_and_the_destination_is_the_party(events_of):
    ev = [e for e in events_of("Peru sent soldiers into Ecuador after the border clash.") if e.event == "MOBILIZE"][0]
    assert codes(ev.actor) == {"PER"}
    assert not any("soldiers" in r.text for r in ev.recipient) and "ECU" in codes(ev.recipient)
    # a refusal to station peacekeepers somewhere keeps the place where they would have gone
    ev = [e for e in events_of("Finland declined to deploy peacekeepers in Mali.") if e.event == "REJECT"][0]
    assert "MLI" in codes(ev.recipient)


def test_its_own_is_the_subject_of_its_clause_not_the_last_name_before_it(events_of):
    ev = [e for e in events_of("Argentina, annoyed with Brazil, went on with its own trade talks with Uruguay.")
          if e.event == "CONSULT"][0]
    assert codes(ev.actor) == {"ARG"} and "URY" in codes(ev.recipient)


def test_whose_event_noun_belongs_to_the_noun_the_clause_is_on(events_of):
    evs = [e for e in events_of("The revolt has alarmed Chilean officials, whose crackdown on the Mapuche has "
                                "intensified.") if e.event == "COERCE"]
    assert evs and "CHL" in codes(evs[0].actor)


def test_a_clause_of_its_own_gives_no_target_to_the_verb_it_hangs_on(events_of):
    # a tensed clause with no conjunction, parsed as hanging on the first verb, is another clause
    evs = events_of("Over three million of them were pushed out as refugees and another million are seeking shelter in Norway.")
    assert not any(r.code == "NOR" for e in evs if e.event == "ASSAULT" for r in e.recipient)
    # a purpose clause still names the target
    evs = events_of("Soldiers in Lima fired tear gas to disperse the striking teachers.")
    assert any("teachers" in r.text for e in evs for r in e.recipient)


def test_who_a_fight_protects_is_not_its_target(events_of):
    # the purpose "to protect X from Y" aims the fight at Y, never at X
    evs = [e for e in events_of("Bolivian marines fought to protect Chilean fishermen from the pirates.") if e.event == "ASSAULT"]
    assert evs and not any(r.code == "CHL" for e in evs for r in e.recipient)
    assert any("pirates" in r.text for e in evs for r in e.recipient)


def test_whom_an_act_is_done_on_behalf_of_is_no_party_to_it(events_of):
    evs = events_of("A Chadian militia raided the camps of the rebels on behalf of Khartoum.")
    assert evs and not any("Khartoum" in r.text for e in evs for r in e.recipient)
    evs = events_of("Lawyers petitioned the tribunal on behalf of the fishermen's union.")
    assert not any("union" in r.text for e in evs for r in e.recipient)


def test_who_stands_for_the_person_not_for_their_origin(events_of):
    # "a fighter with Eritrean roots, who was killed": the fighter was killed, not Eritrea
    evs = [e for e in events_of("She wed a Canadian rebel fighter with Eritrean roots, who was killed weeks later by a Turkish drone.")
           if e.event == "ASSAULT"]
    assert evs and not any(r.code == "ERI" for e in evs for r in e.recipient)
    evs = [e for e in events_of("A Kenyan officer from the Somali border region, who ambushed the convoy, was later detained.")
           if e.event == "ASSAULT"]
    assert evs and all(a.code == "KEN" for e in evs for a in e.actor)


def test_the_country_of_a_currency_is_no_party(events_of):
    evs = events_of("Bolivia's central bank barred all trading in Chilean pesos.")
    assert evs and not any(r.code == "CHL" for e in evs for r in e.recipient)
    evs = events_of("Venezuela banned all payments in Chilean pesos.")
    assert evs and not any(r.code == "CHL" for e in evs for r in e.recipient)


@pytest.mark.parametrize("text", [
    "Oslo and Copenhagen are confident that the Ghanaian engineer was killed.",
    "Norway's police told their Swedish counterparts the Ghanaian engineer was shot.",
])
def test_a_place_that_reports_an_attack_is_not_where_it_happened(full_events_of, text):
    # the place acts in the reporting clause; the attack, in its complement, names no place
    # (an attack on foreigners where it happened: test_actorless_attack_on_foreigners_...)
    evs = [e for e in full_events_of(text) if e.event == "ASSAULT"]
    assert evs and codes(evs[0].recipient) == {"GHA"}
    assert not codes(evs[0].actor), evs[0].why



def test_allies_are_named_by_their_apposition_not_their_possessor(events_of):
    evs = [e for e in events_of("Chile signed a deal with Peru's allies, Bolivia and Ecuador.") if e.event == "AGREE"]
    assert evs and codes(evs[0].recipient) == {"BOL", "ECU"}


def test_a_states_allies_are_not_that_state(events_of):
    # whose allies they are is no code of theirs (nor a place's country taken from the name)
    evs = [e for e in events_of("Chilean jets attacked Peru's allies near the border.") if e.event == "ASSAULT"]
    assert evs and "PER" not in codes(evs[0].recipient)


def test_a_town_the_tagger_calls_an_organisation_is_still_where_it_happened(full_events_of):
    # the small model tags some towns ORG; the places layer resolved it, so it is no party
    text = "A Danish jihadist suspect was caught by Kurdish police and is still detained in Erbil."
    evs = [e for e in full_events_of(text) if e.event == "COERCE" and e.event_text == "detained"]
    assert evs and "Erbil" not in [r.text for r in evs[0].recipient]
    assert codes(evs[0].recipient) == {"DNK"}


def test_a_named_place_as_target_gives_its_country_before_any_default(full_events_of):
    # the target is a town the places layer puts in another state: its country, not the
    # actor's own (the domestic default) and not an empty recipient
    text = "Fighting has spread across Iraq this month. Iranian militias besieged the town of Tikrit on Friday."
    ev = [e for e in full_events_of(text) if e.event == "COERCE"][0]
    assert codes(ev.actor) == {"IRN"} and codes(ev.recipient) == {"IRQ"}
    assert "recipient:named-place" in ev.why and "Tikrit" in ev.recipient[0].text
    # a protest's place stays where it was, not whom it was against
    evs = [e for e in full_events_of("Thousands of Peruvians protested in the city of Cusco on Friday.")
           if e.event == "PROTEST"]
    assert evs and not any("Cusco" in r.text for e in evs for r in e.recipient)


def test_who_planted_or_fired_the_weapon_that_killed_did_it(events_of):
    # the passive's agent is a device; the one who planted or fired it is the attacker
    evs = [e for e in events_of("Two Afghan policemen were wounded by a rocket fired by Taliban fighters.")
           if e.event == "ASSAULT"]
    assert evs and codes(evs[0].actor) == {"AFG"} and "Taliban fighters" in [a.text for a in evs[0].actor]
    evs = [e for e in events_of("A Malian guard was killed by a landmine laid by jihadist fighters of Ansar Dine.")
           if e.event == "ASSAULT"]
    assert evs and evs[0].actor and "landmine" not in evs[0].actor[0].text


def test_where_a_named_person_was_arrested_is_no_second_target(events_of):
    # the passive subject names the one arrested; "at Lima airport" says where
    evs = [e for e in events_of("Senator Ruiz was arrested at Lima airport.") if e.event == "COERCE"]
    assert evs and "Senator Ruiz" in [r.text for r in evs[0].recipient]
    assert "PER" not in codes(evs[0].recipient)


def test_a_talk_with_a_person_takes_no_host_country(full_events_of):
    # the counterpart is named ("her"), only uncoded: no country of a place stands in for her
    events = full_events_of("The Danish envoy talked to her for hours in Erbil on Monday.")
    assert not [e for e in events if e.event == "CONSULT" and any(r.code == "IRQ" for r in e.recipient)]
    events = full_events_of("The Danish envoy held talks in Erbil on Monday.")
    assert [e for e in events if e.event == "CONSULT" and any(r.code == "IRQ" for r in e.recipient)]


def test_an_event_nouns_for_phrase_hung_on_the_light_verb_still_names_its_target(events_of):
    # with a numeral the parser hangs "for two ... officers" on "issued", not on "warrants"
    evs = [e for e in events_of("A judge in Quito issued arrest warrants for three Colombian pilots.")
           if e.event == "COERCE"]
    assert evs and [r.code for r in evs[0].recipient] == ["COL"]


def test_the_guns_fired_are_no_target(events_of):
    from sanderling.pipeline import code_text  # the full pipeline: the town is a resolved place

    evs = [e for e in code_text("She said Ecuadorian units kept firing artillery at Tumbes from the riverbank.",
                                published="2026-03-04").events if e.event == "ASSAULT"]
    assert evs and not any(r.text == "artillery" for r in evs[0].recipient)
    assert any(r.code == "PER" for r in evs[0].recipient)
    # someone's weapons are theirs: seizing the rebels' rifles is done to the rebels
    evs = [e for e in events_of("Guyanese police seized the rebels' rifles.") if e.event == "COERCE"]
    assert evs and any(r.text == "rebels" for r in evs[0].recipient)


def test_a_place_that_qualifies_a_party_is_no_host_country(full_events_of):
    # "the departing Peruvian police units": whose units, not where the talk was
    events = full_events_of("On Friday Chile's foreign minister talked with partners about a Chilean mission "
                            "taking over from the departing Peruvian police units in Bolivia.")
    consult = [e for e in events if e.event == "CONSULT"]
    assert consult and not any(r.code == "PER" for r in consult[0].recipient)
    # "demands from Ecuador": whose demands
    events = full_events_of("The Lima talks were soured by new tariff demands from Ecuador and Colombia.")
    consult = [e for e in events if e.event == "CONSULT"]
    assert consult and not any(r.code in ("ECU", "COL") for r in consult[0].recipient)
    # a gathering named by its city is where the meeting was
    events = full_events_of("Chilean and Bolivian ministers met at a Geneva gathering on water.")
    consult = [e for e in events if e.event == "CONSULT"]
    assert consult and any(r.code == "CHE" for r in consult[0].recipient)


def test_a_possessive_object_with_a_nationality_is_a_party_of_its_own(events_of):
    # "their Chilean counterparts" are Chile's officials, not the subject's own people
    evs = [e for e in events_of("Peruvian diplomats criticised their Chilean counterparts.") if e.event == "ACCUSE"]
    assert evs and codes(evs[0].recipient) == {"CHL"}
    # also a person noun the actor layer does not know as a group ("colleagues", "neighbours")
    evs = [e for e in events_of("Ghanaian police detained their Togolese colleagues.") if e.event == "COERCE"]
    assert evs and codes(evs[0].recipient) == {"TGO"}
    # staff and members stay the possessor's own people
    evs = [e for e in events_of("The Ghanaian army detained its Togolese recruits.") if e.event == "COERCE"]
    assert evs and "TGO" not in codes(evs[0].recipient)
    # without a nationality the possessor still stands for the object ("the rebels' rifles")
    evs = [e for e in events_of("Guyanese police seized the rebels' rifles.") if e.event == "COERCE"]
    assert evs and any(r.text == "rebels" for r in evs[0].recipient)


def test_a_meeting_s_town_in_the_actors_own_country_is_no_counterpart(full_events_of):
    party = [e for e in full_events_of("The Chilean opposition party began its yearly conference in Valparaiso on Saturday.")
             if e.event == "CONSULT"]
    assert party and not party[0].recipient
    joint = [e for e in full_events_of("Peruvian and Bolivian ministers held talks in Lima.") if e.event == "CONSULT"]
    assert joint and "PER" not in codes(joint[0].recipient)
    # a meeting held at home has no host: another country in the sentence is its topic
    home = [e for e in full_events_of("Ghanaian ministers met in Accra to discuss the unrest in Togo.")
            if e.event == "CONSULT"]
    assert home and not codes(home[0].recipient)
    # a counterpart phrase beside the venue still lets the host rule find where the visitors came from
    visitors = [e for e in full_events_of("Chinese officials met in Beijing with a delegation that had "
                                          "travelled from Pyongyang.") if e.event == "CONSULT"]
    assert visitors and codes(visitors[0].recipient) == {"PRK"}
    # a town abroad is still the host's: coders take the host country as the recipient
    abroad = [e for e in full_events_of("The Kenyan president held talks in Kampala.") if e.event == "CONSULT"]
    assert abroad and codes(abroad[0].recipient) == {"UGA"}
