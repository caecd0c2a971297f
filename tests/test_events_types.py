"""Each PLOVER type from an invented news sentence, plus the type-boundary rules."""
import pytest
from events_support import codes


def types(events):
    return {e.event for e in events}


@pytest.mark.parametrize("text,expected", [
    ("Kenya and Tanzania agreed on Tuesday to reopen their shared border crossing.", "AGREE"),
    ("The Chilean foreign minister met his Peruvian counterpart in Lima on Friday.", "CONSULT"),
    ("The Canadian prime minister praised Mexico for its handling of the migrant crisis.", "SUPPORT"),
    ("Colombia eased restrictions on public gatherings after weeks of unrest.", "CONCEDE"),
    ("Norway shared intelligence with Sweden about the smuggling network.", "COOPERATE"),
    ("Japan donated medical supplies to flood victims in the Philippines.", "AID"),
    ("Rebels released twelve hostages to Red Cross officials in the south.", "RETREAT"),
    ("The Dutch government urged Venezuela to free jailed opposition leaders.", "REQUEST"),
    ("Greece accused Turkey of violating its airspace over the Aegean.", "ACCUSE"),
    ("Serbia rejected a proposal for new border talks with Kosovo.", "REJECT"),
    ("Pakistan threatened to expel Afghan diplomats over the border dispute.", "THREATEN"),
    ("Thousands of Chilean students marched through Santiago to demand free tuition.", "PROTEST"),
    ("Australia imposed sanctions on Myanmar's military leaders.", "SANCTION"),
    ("Ethiopia deployed troops along its border with Eritrea.", "MOBILIZE"),
    ("Police in Uganda arrested forty opposition supporters on Sunday.", "COERCE"),
    ("Gunmen shot dead three police officers in northern Nigeria.", "ASSAULT"),
])
def test_each_type(events_of, text, expected):
    assert expected in types(events_of(text))


def test_light_verb_noun_trigger(events_of):
    assert "CONSULT" in types(events_of("The Egyptian president held talks with Jordan's king in Cairo."))


def test_background_noun_is_not_an_event(events_of):
    assert events_of("The talks have been a recurring theme of the election campaign.") == []


def test_event_without_any_coded_participant_is_dropped(events_of):
    assert events_of("Somebody attacked a bus near the market.") == []


def test_condition_clause_is_not_an_event(events_of):
    assert "ASSAULT" not in types(events_of("Iran would respond firmly if Israel attacked its nuclear sites."))


def test_plain_said_is_no_event(events_of):
    assert events_of("The minister said the economy was growing faster than expected.") == []


def test_attacked_the_plan_is_accuse_not_assault(events_of):
    ts = types(events_of("The French opposition leader attacked the government's plan to raise fuel taxes."))
    assert "ACCUSE" in ts and "ASSAULT" not in ts


def test_attacked_a_village_is_assault(events_of):
    assert "ASSAULT" in types(events_of("Militants attacked a village in northern Mali on Sunday."))


def test_reported_speech_accusation(events_of):
    evs = events_of("The Labour chairman said the Conservative leader was responsible for the crisis.")
    assert [e.event for e in evs] == ["ACCUSE"]


def test_reported_demand(events_of):
    assert "REQUEST" in types(events_of("The French president said Russia must withdraw its forces."))


def test_frame_absorbs_embedded_event(events_of):
    ts = types(events_of("Iran refused to meet European negotiators in Vienna."))
    assert ts == {"REJECT"}


def test_impose_sanctions_vs_arrest_boundary(events_of):
    assert types(events_of("The European Union imposed an embargo on Belarus.")) == {"SANCTION"}
    assert types(events_of("Turkish police detained two journalists in Ankara.")) == {"COERCE"}


def test_withdraw_troops_is_retreat_but_withdraw_ambassador_is_sanction(events_of):
    assert "RETREAT" in types(events_of("Russia withdrew its troops from the border region."))
    assert "SANCTION" in types(events_of("Lithuania withdrew its ambassador from Minsk."))


def test_promise_of_material_help_is_agree(events_of):
    assert "AGREE" in types(events_of("Germany will provide emergency aid to Turkey, the chancellor said."))


def test_evidence_and_trigger_offsets(events_of):
    text = "It was a quiet week. Police in Uganda arrested forty opposition supporters on Sunday."
    ev = events_of(text)[0]
    assert ev.evidence.sentence == 1
    assert text[ev.trigger_start:ev.trigger_end] == "arrested"
    assert ev.evidence.text.startswith("Police in Uganda")
    assert ev.why.startswith("verb:arrest")
    assert ev.cameo == "173"


def test_judgement_of_a_possessor_in_reported_speech(events_of):
    evs = events_of("The Labour chairman said the Conservative party's tax plan was reckless.")
    assert [e.event for e in evs] == ["ACCUSE"]


def test_take_part_in_talks_is_consult(events_of):
    assert "CONSULT" in types(events_of("Polish diplomats joined negotiations with Lithuania in Vilnius."))


def test_stative_relative_clause_is_background(events_of):
    assert "ASSAULT" not in types(events_of("Morocco, which occupies Western Sahara, signed a trade deal with Spain."))


def test_country_object_is_an_actor_not_a_place(events_of):
    evs = events_of("The Egyptian president defended Libya against Western criticism.")
    assert any(e.event == "SUPPORT" for e in evs)
    assert any(e.event == "ACCUSE" for e in events_of("The Canadian foreign minister blasted Iran over its nuclear plans."))
    assert any(e.event == "ASSAULT" for e in events_of("American warplanes hit Iraq on Monday."))


def test_planned_police_deployment_stays_mobilize_flagged_future(events_of):
    evs = events_of("The interior minister said Uganda would send 300 police officers to the northern "
                    "districts next week.")
    mob = [e for e in evs if e.event == "MOBILIZE"]
    assert mob and mob[0].mode == "police" and mob[0].factuality.future
    assert "THREATEN" not in types(evs)


def test_future_deployment_against_someone_is_a_threat(events_of):
    evs = events_of("Chad's president said Chad would send police against the protesters in the east.")
    assert "THREATEN" in types(evs) and "MOBILIZE" not in types(evs)


def test_sum_announced_in_aid_is_aid_to_the_named_recipients(events_of):
    evs = events_of("The World Bank announced 40 million dollars in emergency aid for flood victims "
                    "in southern Malawi on Monday.")
    aid = [e for e in evs if e.event == "AID"]
    assert aid and {r.code for r in aid[0].recipient} == {"MWI"}


def test_conjoined_verb_shares_the_date_of_its_head(events_of):
    evs = events_of("The Chilean foreign minister met his Peruvian counterpart in Lima on Monday, and "
                    "the two agreed to reopen the border.", published="2026-03-06")
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree and agree[0].date == "2026-03-02"


def test_a_siege_is_coercion_as_cameo_to_plover_has_it(events_of):
    # CAMEO 191 (impose blockade, restrict movement) -> PLOVER COERCE
    evs = events_of("Ethiopian troops besieged the town of Gondar for three weeks.")
    assert [e.event for e in evs if "besieg" in e.why] == ["COERCE"]


def test_calling_for_a_truce_asks_for_one_calling_a_truce_declares_it(events_of):
    asked = events_of("The Arab League called for an immediate truce in Yemen.")
    assert "REQUEST" in types(asked) and "RETREAT" not in types(asked)
    assert "RETREAT" in types(events_of("The two militias called a truce on Friday."))


def test_a_judgement_in_a_quote_s_own_sentence_is_the_speaker_s(events_of):
    """A quote's second sentence judges its subject: ACCUSE from the quote's speaker to it;
    a quoted sentence about the weather judges nobody."""
    evs = events_of('Peru\'s foreign minister spoke to reporters in Lima on Monday. "We asked for calm," '
                    'he said. "Bolivia\'s government has been reckless and dishonest."')
    accuse = [e for e in evs if e.event == "ACCUSE"]
    assert len(accuse) == 1 and accuse[0].why.startswith("quote:")
    assert [a.code for a in accuse[0].actor] == ["PER"] and [r.code for r in accuse[0].recipient] == ["BOL"]
    calm = events_of('"The talks went well," said the Chilean trade minister. "The weather was dreadful."')
    assert all(e.event != "ACCUSE" for e in calm)


def test_returning_migrants_is_deportation_returning_prisoners_a_release(events_of):
    sent_back = [e for e in events_of("Malta returned 140 migrants to Libya on Sunday.") if e.event == "COERCE"]
    assert sent_back and sent_back[0].mode == "deport"
    freed = events_of("Colombian rebels returned twelve prisoners to the Red Cross.")
    assert [e.event for e in freed] == ["RETREAT"]


def test_a_date_after_a_verb_is_no_preposition_cue(events_of):
    # "call on X" is an appeal; "called X on Monday" is not
    assert not [e for e in events_of("The Kenyan president called his Ugandan counterpart on Monday.")
                if e.event == "REQUEST"]
    assert [e for e in events_of("The Kenyan president called on Uganda to reopen the border.")
            if e.event == "REQUEST"]


def test_capturing_a_named_place_is_an_attack_capturing_a_person_an_arrest(events_of):
    taken = events_of("Government troops captured Kilinochchi on Friday after a week of shelling.")
    assert "ASSAULT" in {e.event for e in taken} and "COERCE" not in {e.event for e in taken}
    held = events_of("Police in Lima captured the suspect on Friday.")
    assert "COERCE" in {e.event for e in held}


def test_ground_words_of_the_place_class_make_a_capture_an_attack(events_of):
    for text in ("Rebel fighters captured a border outpost near Bunia on Sunday.",
                 "The militia captured control of the northern district last month."):
        assert "ASSAULT" in {e.event for e in events_of(text)}, text


def test_capturing_fighters_is_an_act_of_war(events_of):
    evs = events_of("Tamil rebels captured seven Sri Lankan soldiers near Trincomalee.")
    assert [e.event for e in evs] == ["ASSAULT"] and evs[0].mode == "abduct"


def test_capturing_a_medal_or_seats_is_no_event(events_of):
    assert events_of("Kenya captured the gold medal in the marathon.") == []
    assert events_of("The ruling party captured 40 seats in parliament.") == []


def test_taking_prisoners_is_a_detention_taking_hostages_an_abduction(events_of):
    assert "COERCE" in {e.event for e in events_of("Bolivian police took twelve prisoners near Oruro.")}
    assert "ASSAULT" in {e.event for e in events_of("Gunmen took three hostages near Oruro.")}


def test_fighters_the_police_capture_are_arrested(events_of):
    assert [e.event for e in events_of("Turkish police captured dozens of alleged militants in Izmir.")] == ["COERCE"]
    assert "COERCE" in {e.event for e in events_of("Seven soldiers were captured by police in Jaffna.")}


def test_a_state_backing_another_country_s_armed_party_gives_military_aid(events_of):
    evs = events_of("Eritrea has backed the Somali militia for years.")
    aid = [e for e in evs if e.event == "AID"]
    assert aid and codes(aid[0].actor) == {"ERI"} and codes(aid[0].recipient) == {"SOM"}
    assert not [e for e in evs if e.event == "SUPPORT"]


def test_backing_the_own_country_s_army_is_no_military_aid(events_of):
    assert not [e for e in events_of("The Chilean senator backs the Chilean army.") if e.event == "AID"]


def test_a_withdrawal_decided_or_announced_is_a_concession_not_the_retreat(events_of):
    evs = events_of("The Chilean president's decision to withdraw troops from Peru angered his generals.")
    assert [e for e in evs if e.event == "CONCEDE"] and not [e for e in evs if e.event == "RETREAT"]
    evs = events_of("The Chilean president announced a substantial troop withdrawal.")
    assert [e for e in evs if e.event == "CONCEDE"] and not [e for e in evs if e.event == "RETREAT"]
    assert [e for e in events_of("Chilean troops withdrew from the border town.") if e.event == "RETREAT"]


def test_arming_or_equipping_an_armed_party_is_military_aid_arming_a_device_is_not(events_of):
    evs = events_of("Eritrea is arming the security forces of its Somali ally.")
    assert [e for e in evs if e.event == "AID" and codes(e.actor) == {"ERI"}]
    assert [e for e in events_of("Eritrea has equipped the Somali army with drones.") if e.event == "AID"]
    assert not [e for e in events_of("The engineers armed the device before dawn.") if e.event == "AID"]


def test_turning_down_an_offer_is_a_refusal_and_a_call_for_someone_to_act_is_a_request_to_them(events_of):
    evs = [e for e in events_of("Peru turned down the Chilean offer of talks.") if e.event == "REJECT"]
    assert evs and codes(evs[0].actor) == {"PER"}
    assert not [e for e in events_of("The Chilean president turned down the volume.") if e.event == "REJECT"]
    req = [e for e in events_of("The Chilean president called for the Peruvian government to release the fishermen.")
           if e.event == "REQUEST"]
    assert req and codes(req[0].recipient) == {"PER"}


def test_partnering_or_teaming_up_with_another_party_is_cooperation(events_of):
    evs = [e for e in events_of("Chile teamed up with Peru against the smugglers last year.") if e.event == "COOPERATE"]
    assert evs and codes(evs[0].actor) == {"CHL"} and "PER" in codes(evs[0].recipient)


@pytest.mark.parametrize("text,expected", [
    ("Ottawa hit Belarus with fresh sanctions on Thursday.", "SANCTION"),
    ("Jakarta slapped Malaysia with tariffs on palm oil refineries.", "SANCTION"),
])
def test_hit_or_slap_with_sanctions_is_a_sanction_not_an_attack(events_of, text, expected):
    found = types(events_of(text))
    assert expected in found and "ASSAULT" not in found


def test_joining_forces_is_cooperation_with_the_partner_not_the_forces(events_of):
    evs = [e for e in events_of("Kenya joined forces with Uganda to hunt the cattle raiders.") if e.event == "COOPERATE"]
    assert evs and codes(evs[0].actor) == {"KEN"} and codes(evs[0].recipient) == {"UGA"}
    assert not any(r.text == "forces" for r in evs[0].recipient)
    assert not [e for e in events_of("Kenya joined the regional bloc in 2000.") if e.event == "COOPERATE"]


def test_resigning_in_protest_is_a_protest(events_of):
    evs = events_of("Two Zambian ministers resigned in protest at the mining deal.")
    assert [e.event for e in evs] == ["PROTEST"] and codes(evs[0].actor) == {"ZMB"}
    assert [e.event for e in events_of("Two Zambian ministers resigned on Friday.")] == ["RETREAT"]


def test_a_pledge_to_oppose_is_a_refusal_not_a_threat(events_of):
    evs = events_of("The Chilean senators pledged to oppose the pension bill.")
    assert [e.event for e in evs] == ["REJECT"] and codes(evs[0].actor) == {"CHL"}
    assert [e.event for e in events_of("The Chilean army vowed to attack the smugglers.")] == ["THREATEN"]


def test_troops_that_leave_withdraw(events_of):
    ev = [e for e in events_of("Chilean troops left the Bolivian border town on Monday.") if e.event == "RETREAT"]
    assert ev and ev[0].mode == "withdraw"
    # anyone else leaving a place is no event
    assert not events_of("The Chilean minister left Lima on Monday.")


@pytest.mark.parametrize("text", [
    "Two Danish aid workers were detained by Islamic State near Raqqa in 2014.",
    "Al-Qaeda gunmen imprisoned the village elders for a month.",
])
def test_a_group_tied_to_no_state_abducts_whom_it_detains(events_of, text):
    got = {(e.event, e.mode) for e in events_of(text)}
    assert ("ASSAULT", "abduct") in got and not any(t == "COERCE" for t, _ in got)


def test_police_still_arrest(events_of):
    assert {(e.event, e.mode) for e in events_of("Police in Oslo detained two smugglers on Friday.")} \
        == {("COERCE", "arrest")}


def test_a_vow_to_go_on_attacking_is_a_threat(events_of):
    # an aspect verb ("keep", "continue") between the vow and the act: the act is what is vowed
    for text in ("The Chilean army vowed to keep shelling the smugglers' camps.",
                 "The Chilean general vowed he would continue to bomb the smugglers' camps."):
        assert "THREATEN" in types(events_of(text)), text
    # a vow to go on with a cooperative act stays a promise
    assert "THREATEN" not in types(events_of("The Chilean minister vowed to keep sending food aid to Bolivia."))


def test_fighters_driven_or_cleared_from_a_place_are_attacked(events_of):
    evs = [e for e in events_of("Bolivian troops drove the smugglers' militia from the border town.") if e.event == "ASSAULT"]
    assert evs and codes(evs[0].actor) == {"BOL"}
    assert "ASSAULT" in types(events_of("Bolivian soldiers cleared the militants from the ridge on Sunday."))
    # cleared of charges, a road cleared, a crowd cleared: no attack
    assert "ASSAULT" not in types(events_of("A Bolivian court cleared the minister from all charges."))
    assert "ASSAULT" not in types(events_of("Bolivian police cleared the road from debris after the storm."))


def test_met_with_words_is_no_meeting_and_met_with_force_is_force(events_of):
    assert "CONSULT" not in types(events_of("The Bolivian minister's budget met with harsh reviews from economists."))
    assert "CONSULT" in types(events_of("The Bolivian minister met with Chilean officials in Arica."))
    # a meeting "for" talks or "amid" rumours is still a meeting
    assert "CONSULT" in types(events_of("The Bolivian minister met the Chilean envoy amid rumours of a new treaty."))
    threat = [e for e in events_of("The Bolivian president vowed that any Chilean incursion would be met with force.")
              if e.event == "THREATEN"]
    assert threat and codes(threat[0].actor) == {"BOL"}
    # the means is no party
    assert all(r.text != "force" for e in events_of("Protesters in Sucre were met with force by police.")
               for r in e.recipient)


def test_a_military_operation_launched_is_an_attack(events_of):
    for text in ("The Bolivian army launched a military operation against smugglers near Oruro.",
                 "The Bolivian president ordered a new ground operation against the cartel.",
                 "Bolivian troops mounted an incursion into Paraguayan territory on Friday."):
        assert "ASSAULT" in types(events_of(text)), text
    # ordering an operation is doing it, not asking for something
    assert "REQUEST" not in types(events_of("The Bolivian president ordered a military operation in the Chaco."))
    # an operation with no military word and no target, or a firm's operations, is no attack
    for text in ("Bolivian police launched a rescue operation after the mudslide.",
                 "The Bolivian mining firm, whose Chilean operations lose money, sold its stake."):
        assert "ASSAULT" not in types(events_of(text)), text


def test_a_year_naming_another_event_the_act_is_done_to_does_not_date_the_act(events_of):
    # the year names which accord or invasion; the act itself takes the story's date
    quit_ = [e for e in events_of("Bolivia withdrew from the landmark 2009 Andean water agreement.",
                                  published="2026-03-06") if e.event == "SANCTION"]
    assert quit_ and quit_[0].date in (None, "2026-03-06")  # None: the story's date, filled in later
    blamed = [e for e in events_of("Peru's president condemned the 1995 invasion of the province.",
                                   published="2026-03-06") if e.event == "ACCUSE"]
    assert blamed and blamed[0].date in (None, "2026-03-06")
    # the event noun's own year still dates it
    launched = [e for e in events_of("Ecuadorian troops launched the 2004 offensive against the rebels.",
                                     published="2026-03-06") if e.event == "ASSAULT"]
    assert launched and launched[0].date == "2004"
    # an act done at the occasion keeps its year (only judging, backing, refusing or leaving loses it)
    boycott = [e for e in events_of("The Gabonese opposition boycotted the 2016 elections.") if e.event == "PROTEST"]
    assert boycott and boycott[0].date == "2016"
    # a part of the occasion in a phrase of time still dates the act
    day_one = [e for e in events_of("During the opening week of the 2024 elections, Ghanaian police detained "
                                    "forty opposition activists.") if e.event == "COERCE"]
    assert day_one and day_one[0].date == "2024"
