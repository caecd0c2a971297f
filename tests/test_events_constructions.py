"""A known verb in the constructions news uses: participles, coordination, X-to-do frames,
verbs of movement. Sentences are invented."""
from events_support import codes


def by_type(events, etype):
    return [e for e in events if e.event == etype]


def test_result_participle_is_its_own_event(events_of):
    evs = by_type(events_of("Bolivian troops shelled a Chilean border post on Sunday, killing four soldiers."),
                  "ASSAULT")
    assert {e.why.split(":")[1] for e in evs} >= {"shell", "kill"}


def test_coordinated_verbs_share_the_object(events_of):
    evs = by_type(events_of("Peruvian police detained and questioned two Bolivian journalists."), "COERCE")
    assert evs and codes(evs[0].recipient) == {"BOL"}


def test_persuading_someone_to_act_is_a_request_to_them(events_of):
    evs = by_type(events_of("Bolivia encouraged Paraguay to reopen the river crossing."), "REQUEST")
    assert evs and codes(evs[0].actor) == {"BOL"} and codes(evs[0].recipient) == {"PRY"}


def test_retaking_ground_is_an_assault(events_of):
    evs = by_type(events_of("The Chilean army recaptured the border town from Bolivian forces."), "ASSAULT")
    assert evs and codes(evs[0].actor) == {"CHL"}


def test_travel_to_a_country_is_a_visit(events_of):
    evs = by_type(events_of("The Peruvian president travelled to Chile on Monday."), "CONSULT")
    assert evs and evs[0].mode == "visit" and codes(evs[0].recipient) == {"CHL"}


def test_military_subject_of_strike_makes_it_an_attack(events_of):
    evs = events_of("Chilean warplanes struck near the southern border overnight.")
    assert by_type(evs, "ASSAULT") and not by_type(evs, "PROTEST")


def test_victim_of_a_relative_clause_passive_is_the_antecedent(events_of):
    evs = by_type(events_of("They mourned a Chilean sailor who was killed last week in a Peruvian airstrike."),
                  "ASSAULT")
    assert len(evs) == 1, "the airstrike that killed him is the same event"
    assert codes(evs[0].actor) == {"PER"} and codes(evs[0].recipient) == {"CHL"}


def test_obligation_is_no_event_that_happened(events_of):
    assert not events_of("Peru must withdraw its troops from the border.")
    assert not events_of("Peru has to pay compensation to the Bolivian families.")
    assert by_type(events_of("Peru withdrew its troops from the Bolivian border."), "RETREAT")


def test_purpose_of_a_meeting_is_no_second_event(events_of):
    evs = events_of("Peru's mining minister arrived in Bolivia on Monday to investigate the mine collapse.")
    assert [e.event for e in evs] == ["CONSULT"], [(e.event, e.why) for e in evs]


def test_a_list_of_passive_acts_on_one_person_is_each_an_act(events_of):
    # the parser hangs the middle participle as an adverbial clause of the first
    evs = events_of("The Bolivian teacher was beaten twice, detained for a week and tortured in a barracks.")
    assert [e.event_text for e in by_type(evs, "COERCE")] == ["detained"]
    assert {e.event_text for e in by_type(evs, "ASSAULT")} == {"beaten", "tortured"}
    assert all(codes(e.recipient) == {"BOL"} for e in evs)


def test_acts_of_one_type_with_different_modes_in_one_sentence_are_kept_apart(events_of):
    evs = by_type(events_of("Chilean soldiers shot and tortured a Peruvian farmer."), "ASSAULT")
    assert sorted(e.mode for e in evs) == ["firearms", "torture"]


def test_driving_fighters_out_of_a_town_is_an_assault_driving_out_of_it_is_not(events_of):
    evs = by_type(events_of("Nigerien soldiers drove the militants out of the market town."), "ASSAULT")
    assert evs and codes(evs[0].actor) == {"NER"}
    assert not by_type(events_of("The Nigerien minister drove out of the market town at dawn."), "ASSAULT")
    assert not by_type(events_of("The Nigerien cabinet pushed the tax bill out of committee."), "ASSAULT")


def test_retaking_a_town_or_control_of_it_is_an_assault(events_of):
    for text in ("Malian troops reclaimed the desert town last week.",
                 "Malian troops regained control of the desert town last week.",
                 "Malian troops liberated the desert town last week."):
        evs = by_type(events_of(text), "ASSAULT")
        assert evs and codes(evs[0].actor) == {"MLI"}, text


def test_a_clause_opened_by_as_that_the_parser_reads_as_a_preposition_keeps_its_subject(events_of):
    evs = by_type(events_of("A bitter dispute between the two neighbours flared up as the Peruvian trade minister, Luis Vega, visited Chile to defend the tariffs."), "CONSULT")
    assert evs and codes(evs[0].actor) == {"PER"} and codes(evs[0].recipient) == {"CHL"}


def test_a_post_held_in_a_relative_clause_without_relative_word_is_no_seizure(events_of):
    """"a position X has occupied": the antecedent is the object, and occupying a post is no attack."""
    text = "Kenya's ruling party holds the top spot in the polls, a position the Kenyan party has occupied since 2010."
    assert "ASSAULT" not in {e.event for e in events_of(text)}


def test_a_place_taken_in_a_relative_clause_without_relative_word(events_of):
    """"the districts X had liberated from Y": the antecedent is what was taken."""
    events = events_of("Aid reached the districts Chadian troops had liberated from the rebels.")
    assert "ASSAULT" in {e.event for e in events}


def test_an_act_named_by_a_by_or_after_phrase_is_done_by_the_clause_subject(events_of):
    evs = by_type(events_of("By shelling the border posts, the Eritrean army openly defied the mediators."), "ASSAULT")
    assert evs and codes(evs[0].actor) == {"ERI"}
    evs = by_type(events_of("After meeting the Chilean envoy, the Peruvian foreign minister praised the new accord."),
                  "CONSULT")
    assert evs and codes(evs[0].actor) == {"PER"} and codes(evs[0].recipient) == {"CHL"}


def test_the_object_of_the_governing_clause_is_no_host_country_of_the_act(events_of):
    evs = by_type(events_of("By shelling the border posts, the Eritrean army openly defied Washington."), "ASSAULT")
    assert evs and "USA" not in codes(evs[0].recipient)


def test_an_act_before_which_something_is_demanded_is_not_done(events_of):
    evs = events_of("The rebels demanded a ceasefire before allowing food convoys into the valley.")
    assert not by_type(evs, "CONCEDE") and not by_type(evs, "AID")


def test_a_participle_on_a_planned_operation_is_planned_and_done_by_its_launcher(events_of):
    evs = by_type(events_of("Nairobi announced plans to launch an offensive targeting Somali militants."), "ASSAULT")
    assert evs and all(e.factuality.future for e in evs)
    evs = by_type(events_of("Kenya launched an operation targeting Somali militants in Gedo."), "ASSAULT")
    assert evs and codes(evs[0].actor) == {"KEN"} and not evs[0].factuality.future


def test_reinforcing_a_point_is_no_troop_move(events_of):
    assert not events_of("The minister wanted to reinforce to voters that the budget was fair.")
    assert by_type(events_of("Chad reinforced its garrison near the Libyan border."), "MOBILIZE")


def test_a_raid_by_police_is_a_law_enforcement_seizure_by_gunmen_an_attack(events_of):
    assert [e.event for e in events_of("Bolivian police raided the headquarters of the miners' union.")] == ["COERCE"]
    assert [e.event for e in events_of("The union headquarters in Oruro was raided by Bolivian police.")] == ["COERCE"]
    assert by_type(events_of("Gunmen raided a Bolivian army post near the border."), "ASSAULT")


def test_revoking_a_passport_restricts_its_holder(events_of):
    evs = events_of("The Chilean government revoked the passport of the Peruvian activist.")
    assert [(e.event, e.mode, codes(e.recipient)) for e in evs] == [("COERCE", "restrict", {"PER"})]


def test_a_detached_past_participle_with_a_named_doer_is_passive(events_of):
    evs = by_type(events_of("Backed by Chile, the Peruvian government pushed the reform through congress."), "SUPPORT")
    assert evs and codes(evs[0].actor) == {"CHL"} and codes(evs[0].recipient) == {"PER"}


def test_the_subject_of_a_clause_with_an_accused_participle_is_not_the_accuser(events_of):
    evs = by_type(events_of("The former Bolivian mayor is now on trial, accused of embezzling flood relief."), "ACCUSE")
    assert not any(codes(e.actor) == {"BOL"} for e in evs)


def test_an_object_needing_verb_without_object_is_a_misread_passive(events_of):
    # the parser reads "killed" as a past tense with "Danes" as its subject: they were killed
    for text in ("Other Danes killed fighting the Taliban in recent years include the medic Jens Holm, 29, "
                 "from Aarhus.",
                 "Other Danes killed fighting Isis over the last two years include the medic Jens Holm, 32, from Aarhus, "
                 "and Lars Berg, 22, from Odense."):   # the second: "include" parsed as a conjunct
        evs = by_type(events_of(text), "ASSAULT")
        assert evs and not any(codes(e.actor) == {"DNK"} for e in evs)
        assert any(codes(e.recipient) == {"DNK"} for e in evs)
    # coordinated verbs share the last one's object: the gunmen did it
    evs = by_type(events_of("Gunmen from Niger killed, wounded and robbed villagers in Zamfara."), "ASSAULT")
    assert evs and all(codes(e.actor) == {"NER"} for e in evs)


def test_a_relative_clause_on_the_object_asks_nothing_of_its_subject(events_of):
    evs = by_type(events_of("The Gabonese opposition demanded a referendum that Oligui cannot control."), "REQUEST")
    assert evs and not any(e.recipient for e in evs)
    # a misparsed "urged X to do" still names the party asked
    evs = by_type(events_of("The Gabonese opposition urged Cameroon to reopen the border."), "REQUEST")
    assert evs and codes(evs[0].recipient) == {"CMR"}


def test_ordering_an_act_done_to_someone_is_that_act(events_of):
    evs = events_of("The Kenyan judge ordered the two Ugandan activists to be released.")
    assert any(e.event == "RETREAT" and codes(e.actor) == {"KEN"} and codes(e.recipient) == {"UGA"} for e in evs)
    # ordering someone to act is a demand made of them
    evs = events_of("The Kenyan judge ordered the Ugandan embassy to hand over the documents.")
    assert any(e.event == "REQUEST" for e in evs) and not any(e.event == "RETREAT" for e in evs)


def test_forces_ordered_to_act_do_the_act_of_the_one_who_commands(events_of):
    evs = events_of("The Malian colonel ordered his soldiers to withdraw from the Niger border town.")
    assert any(e.event == "RETREAT" and codes(e.actor) == {"MLI"} for e in evs)
    assert not any(e.event in ("MOBILIZE", "REQUEST") for e in evs)
    # a state ordered to act is asked to
    evs = events_of("The Malian colonel ordered Niger to pull its soldiers out of the border town.")
    assert any(e.event == "REQUEST" and codes(e.recipient) == {"NER"} for e in evs)


def test_someone_who_died_in_an_attack_was_its_victim_even_unnamed(events_of):
    evs = by_type(events_of("Three Bolivian boys, whose father died in a drone strike, live with an aunt in Oruro."),
                  "ASSAULT")
    assert evs and any("father" in (r.text or "") for e in evs for r in e.recipient)


def test_preposition_with_whom_names_the_party_the_clause_is_on(events_of):
    # a relative pronoun under the verb's preposition stands for the noun the clause hangs on,
    # not a setting fronted before the subject
    evs = [e for e in events_of("Officials named the Peruvian militia, with whom Ecuador has fought a long war.")
           if e.event == "ASSAULT"]
    assert evs and any("militia" in r.text for r in evs[0].recipient)


def test_preposition_with_whom_after_a_list_names_the_group_named_last(events_of):
    # the parser may hang the relative on the idea the list serves ("no difference between ...")
    # or on the list's first member; "whom" is the group named right before it, not a country
    for text in ("Quito insisted there was no difference between the ELN in Ecuador and the FARC in Colombia, "
                 "with whom Quito has fought a long war.",
                 "Quito insisted there was no difference between the ELN and the FARC, with whom Quito has fought a long war."):
        evs = [e for e in events_of(text) if e.event == "ASSAULT"]
        assert evs and [r.text for r in evs[0].recipient] == ["FARC"], text


def test_preposition_with_whom_never_takes_a_possessor_of_an_earlier_member(events_of):
    # "whom" is the member named right before it; when that names no party, nobody is guessed
    evs = [e for e in events_of("Reporters described the feud between Lasso's party and the farmers' union, "
                                "with whom the police have clashed.") if e.event == "ASSAULT"]
    assert not any("party" in r.text or "Lasso" in r.text for e in evs for r in e.recipient)


def test_the_one_an_attack_prompted_to_act_acts_in_an_event_of_its_own(events_of):
    # "..., prompting X to V": X's act is reported as done, not the content of the attack
    types = {e.event for e in events_of("Bandits raided a police post near Kisumu, prompting the Kenyan "
                                        "government to deploy soldiers.")}
    assert {"ASSAULT", "MOBILIZE"} <= types
    # a noun consequence is no act of anyone's
    types = {e.event for e in events_of("Bandits raided a police post near Kisumu, prompting fears of unrest.")}
    assert types == {"ASSAULT"}


def test_attack_nouns_share_the_verbs_that_carry_an_attack_out(events_of):
    # one list of light verbs for the attack nouns: staged, resumed, stepped up ... an assault,
    # a bombing campaign or raids are attacks carried out
    for text in ("Armed men staged an assault on a police station in Beni.",
                 "The Sudanese air force resumed its bombing of rebel camps.",
                 "Ugandan forces stepped up their raids on rebel hideouts."):
        assert "ASSAULT" in {e.event for e in events_of(text)}, text


def test_a_participle_the_tagger_reads_as_a_past_tense_takes_its_noun_as_object(events_of):
    # "the deal, struck at the summit": "struck" tagged as a past tense on the noun; the deal is
    # what was struck (an agreement), not a strike
    types = {e.event for e in events_of("The deal, struck with Chile at the Andean summit last month, angered the unions.")}
    assert "PROTEST" not in types and "AGREE" in types


def test_the_act_a_court_convicted_someone_of_is_their_event(events_of):
    # the verdict finds the act done: the one convicted did it (an accusation's content is no event)
    for text in ("Two Peruvian soldiers were convicted of torturing a Bolivian student.",
                 "A Lima court convicted two Peruvian soldiers of torturing a Bolivian student."):
        evs = [e for e in events_of(text) if e.event == "ASSAULT"]
        assert evs and codes(evs[0].actor) == {"PER"} and codes(evs[0].recipient) == {"BOL"}, text
    evs = events_of("Two Peruvian soldiers were accused of torturing a Bolivian student.")
    assert not [e for e in evs if e.event == "ASSAULT"]


def test_one_said_to_be_among_those_who_acted_did_it(events_of):
    # "X is among those who ...", "X was one of the ... that ...": the clause is X's act
    evs = by_type(events_of("The Bolivian foreign minister is among those who have demanded a recount."), "REQUEST")
    assert evs and codes(evs[0].actor) == {"BOL"}
    evs = by_type(events_of("Uruguay was among the nations which recognised the new Haitian government."), "SUPPORT")
    assert evs and codes(evs[0].actor) == {"URY"}


def test_a_denied_intention_is_no_refusal(events_of):
    # the denial is the government's; the minister refused nothing ("will not resign" would be a refusal)
    evs = events_of("The Zambian cabinet office has denied reports that the minister is preparing to resign.")
    assert not [e for e in evs if e.event in ("REJECT", "RETREAT")]
    assert by_type(events_of("The Zambian minister will not resign."), "REJECT")


def test_a_denied_obligation_or_ability_is_no_refusal(events_of):
    # no duty to act, no means to act: nothing refused
    assert not by_type(events_of("The Malawian envoys will not have to resign over the remarks."), "REJECT")
    assert not by_type(events_of("The Zambian treasury cannot fund the dam without loans from abroad."), "REJECT")
    # the will not to act is a refusal
    assert by_type(events_of("The Malawian envoys will not resign over the remarks."), "REJECT")


def test_held_in_a_prison_or_camp_is_detention_and_an_act_done_before_stands_on_its_own(events_of):
    # "held in a desert camp" is detention; "having been captured by X" is X's earlier act, not its content
    evs = events_of("Forty Malian soldiers are being held in a desert camp, having been captured by Tuareg rebels last year.")
    held = [e for e in evs if e.event == "COERCE" and e.mode == "arrest"]
    assert held and "MLI" in {r.code for r in held[0].recipient}
    assert [e for e in evs if e.event_text == "captured" and "MLI" in codes(e.actor)]
    # holding talks at a camp is a meeting, no detention
    assert not [e for e in events_of("Chile held talks at the refugee camp on Monday.") if e.event == "COERCE"]


def test_a_passive_gerund_befalls_the_subject_it_hangs_on(events_of):
    # told or recalled, or after / before another act: it happened to the subject
    evs = [e for e in events_of("Two Bolivian union leaders reported being beaten by prison guards.") if e.event == "ASSAULT"]
    assert evs and "BOL" in codes(evs[0].recipient)
    evs = [e for e in events_of("The Chilean consul was questioned for hours before being released by Peruvian police.")
           if e.event == "RETREAT"]
    assert evs and "CHL" in codes(evs[0].recipient) and "PER" in codes(evs[0].actor)
    # avoided or feared, it did not happen
    assert not [e for e in events_of("The Bolivian treasurer narrowly avoided being arrested.") if e.event == "COERCE"]
    # "on" after a verb that takes it is the verb's own preposition: a hope, nothing done
    assert not [e for e in events_of("The Ghanaian grant depends upon being approved by Togo.") if e.event == "AID"]
    # ... after any other verb it is of time, also when the clause comes first
    evs = [e for e in events_of("The Togolese guards fired back upon being attacked by Ghanaian troops.")
           if e.event == "ASSAULT" and "GHA" in codes(e.actor)]
    assert evs and "TGO" in codes(evs[0].recipient)
    # "before" an escape: the detention may never have happened, and is not pinned on the fugitives
    evs = [e for e in events_of("The Peruvian rebels escaped into the jungle before being detained by Bolivian troops.")
           if e.event == "COERCE"]
    assert not any("PER" in codes(e.recipient) for e in evs)
