"""Who did it to whom: subjects, passive agents, compound actors, recipients."""
import pytest

from events_support import codes


def test_passive_agent_is_actor(events_of):
    ev = [e for e in events_of("Syrian soldiers were attacked by Turkish troops near Afrin.") if e.event == "ASSAULT"][0]
    assert codes(ev.actor) == {"TUR"}
    assert "SYR" in codes(ev.recipient)


def test_compound_actor_lists_both(events_of):
    ev = [e for e in events_of("Germany and France agreed to cooperate on energy security.") if e.event == "AGREE"][0]
    assert codes(ev.actor) == {"DEU", "FRA"}


def test_recipient_from_with_phrase(events_of):
    ev = [e for e in events_of("Brazil held talks with Argentina on Monday.") if e.event == "CONSULT"][0]
    assert codes(ev.actor) == {"BRA"} and codes(ev.recipient) == {"ARG"}


def test_no_entity_means_no_invented_actor(events_of):
    ev = [e for e in events_of("Somebody attacked a Kenyan bus near the market.") if e.event == "ASSAULT"][0]
    assert not any(a.code for a in ev.actor)


def test_we_in_a_quote_is_the_speaker(events_of):
    evs = events_of('"We are prepared to hold talks with Armenia," the Turkish defence minister said.')
    ev = [e for e in evs if e.event == "AGREE"][0]
    assert codes(ev.actor) == {"TUR"} and codes(ev.recipient) == {"ARM"}


def test_the_two_after_two_named_ministers_agree_together(events_of):
    evs = events_of("Ghana's Finance Minister Kwame Mensah met his Togolese counterpart Koffi Agbeko in "
                    "Accra on Monday, and the two agreed to build a new power line.")
    agree = [e for e in evs if e.event == "AGREE"]
    assert agree and codes(agree[0].actor) == {"GHA", "TGO"}


def test_the_ministry_acts_for_the_ministry_named_before(events_of):
    text = ("Peru hosted a regional summit in Lima on Monday. Peru's president opened the meeting. "
            "Peruvian officials praised the talks. The Bolivian foreign ministry rejected the final "
            "statement. The ministry accused Chile of blocking a deal on water rights.")
    acc = [e for e in events_of(text) if e.event == "ACCUSE"]
    assert acc and codes(acc[-1].actor) == {"BOL"}


def test_an_unnamed_armed_group_takes_the_country_it_acts_in_unless_that_country_is_its_target():
    # the full pipeline: the country comes from the places layer
    from sanderling.pipeline import code_text

    def events(text):
        return code_text(text, published="2026-03-04").events
    evs = [e for e in events("Government soldiers detained two village elders in the hills of Kayin State "
                             "on Friday.") if e.event == "COERCE"]
    assert evs and [a.code for a in evs[0].actor] == ["MMR"] and "place-bound" in evs[0].why
    evs = [e for e in events("Some 20,000 demonstrators marched against the pension cuts on Saturday, police "
                             "in Porto said.") if e.event == "PROTEST"]
    assert evs and [a.code for a in evs[0].actor] == ["PRT"]
    evs = [e for e in events("Terrorists might try to target Norway during the summit, police said.")
           if e.event == "ASSAULT"]
    assert all(not any(a.code for a in e.actor) for e in evs)
    # a town of that country as the target is no reason to leave the group uncoded
    evs = [e for e in events("Insurgents overran the town of Mocimboa da Praia on Tuesday.") if e.event == "ASSAULT"]
    assert evs and [a.code for a in evs[0].actor] == ["MOZ"] and "place-bound" in evs[0].why


def test_an_uncoded_named_person_takes_the_country_the_sentence_places_the_act_in():
    from sanderling.pipeline import code_text

    evs = [e for e in code_text("Tomas Vrbanek stabbed a border guard outside a bar in Ostrava on Sunday.",
                                published="2026-03-04").events if e.event == "ASSAULT"]
    assert evs and [a.code for a in evs[0].actor] == ["CZE"] and "place-bound" in evs[0].why
    # places in two countries: nobody's country is known
    evs = [e for e in code_text("Tomas Vrbanek, who had lived in Vienna, stabbed a guard in Ostrava.",
                                published="2026-03-04").events if e.event == "ASSAULT"]
    assert evs and not any(a.code for a in evs[0].actor)


def test_an_uncoded_speaker_is_not_placed_in_the_country_of_what_he_says():
    from sanderling.pipeline import code_text

    # what the words are about ("that ... in Honduras") does not place the one who says them
    evs = [e for e in code_text("Essayist Ramon Ocampo complained that the reforms had failed in Honduras.",
                                published="2026-03-04").events if e.event == "ACCUSE"]
    assert evs and not any(a.code for a in evs[0].actor) and "place-bound" not in evs[0].why
    # a place outside the complaint still places him
    evs = [e for e in code_text("In Tegucigalpa, essayist Ramon Ocampo complained that the reforms had failed.",
                                published="2026-03-04").events if e.event == "ACCUSE"]
    assert evs and [a.code for a in evs[0].actor] == ["HND"]


def test_a_meeting_venue_does_not_place_the_people_who_travel_to_it():
    from sanderling.pipeline import code_text

    # the venue is the meeting's host (its recipient), not the home of the uncoded people meeting there
    evs = [e for e in code_text("Mirela Kovac and Tarek Haddad will meet in Helsinki next week.",
                                published="2026-03-04").events if e.event == "CONSULT"]
    assert evs and [r.code for r in evs[0].recipient] == ["FIN"]
    assert not any(a.code == "FIN" for a in evs[0].actor) and "place-bound" not in evs[0].why


def test_an_agentless_killing_takes_the_doer_of_its_when_clause(events_of):
    evs = [e for e in events_of("Four Malian farmers were killed when soldiers opened fire on a market.")
           if e.event == "ASSAULT" and e.event_text.startswith("kill")]
    assert evs and [a.text for a in evs[0].actor] == ["soldiers"]
    # a clause that tells what happened before is no doer ("after X warned Y")
    evs = [e for e in events_of("The Togolese smuggler was arrested after Ghana warned Togo about him.")
           if e.event == "COERCE"]
    assert all(not any(a.code == "GHA" for a in e.actor) for e in evs)


def test_victims_of_a_clash_were_hit_by_the_other_side_of_it(events_of):
    evs = [e for e in events_of("Two Malian gendarmes were wounded in a clash with jihadist fighters near Gao.")
           if e.event == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actor] == ["jihadist fighters"]
    # a clash noun names no attacker without its with/against phrase
    evs = [e for e in events_of("Two Malian gendarmes were wounded in a heavy clash near Gao.")
           if e.event == "ASSAULT"]
    assert evs and not evs[0].actor


def test_a_backer_of_the_attacker_attacks_with_it(events_of):
    evs = [e for e in events_of("The Malian army, backed by French helicopters, launched an offensive near Gao.")
           if e.event == "ASSAULT"]
    assert evs and codes(evs[0].actor) == {"MLI", "FRA"}
    # a backer of a speaker says nothing
    evs = [e for e in events_of("The Malian junta, backed by Russia, accused France of espionage.")
           if e.event == "ACCUSE"]
    assert evs and codes(evs[0].actor) == {"MLI"}


def test_every_country_a_force_comes_from_is_an_actor(events_of):
    evs = [e for e in events_of("A monitoring force from Ghana, Nigeria and Senegal is patrolling the border town.")
           if e.event == "MOBILIZE"]
    assert evs and codes(evs[0].actor) == {"GHA", "NGA", "SEN"}
    evs = [e for e in events_of("Hundreds of Kenyans and Ugandans marched through Busia on Sunday.")
           if e.event == "PROTEST"]
    assert evs and codes(evs[0].actor) == {"KEN", "UGA"}


def test_protest_against_a_measure_targets_own_country(events_of):
    # a protest against a law or plan (no participant) is aimed at the government that made it
    ev = [e for e in events_of("Hundreds of Bolivian miners protested against the new mining code.")
          if e.event == "PROTEST"][0]
    assert codes(ev.actor) == {"BOL"} and codes(ev.recipient) == {"BOL"}
    assert "recipient:own-country" in ev.why


def test_protest_at_a_place_gets_no_implied_target(events_of):
    evs = events_of("Hundreds of Bolivian miners protested outside the stadium.")
    ev = [e for e in evs if e.event == "PROTEST"][0]
    assert not codes(ev.recipient)


def test_subject_before_a_reduced_believed_to_be_relative(events_of):
    # "X thought to be Y killed Z": the parser makes "thought" the main verb; X still did it
    evs = events_of("Armed men thought to be bandits on Sunday killed four villagers in Zamfara State.")
    ev = [e for e in evs if e.event == "ASSAULT"][0]
    assert [a.text for a in ev.actor] == ["Armed men"]


def test_area_phrase_on_the_verb_is_where_not_whom(events_of):
    # "in the outskirts of <city>" says where; the people arrested are the recipients
    ev = [e for e in events_of("Kenyan police arrested Somali traders yesterday in the outskirts of Nairobi.")
          if e.event == "COERCE"][0]
    assert codes(ev.recipient) == {"SOM"}


def test_area_phrase_on_a_light_verb_is_where_not_whom(events_of):
    evs = events_of("A rebel brigade launched an offensive against the Islamic State on Friday in the "
                    "rocky countryside of the Homs Governorate.")
    ev = [e for e in evs if e.event == "ASSAULT"][0]
    assert [r.text for r in ev.recipient] == ["Islamic State"]


def test_a_plan_that_raised_concern_is_judged_not_judging(events_of):
    # "X's plan raised concern": the plan's owner is criticised; who is concerned goes unsaid
    evs = events_of("Brazil's plan to build the dam has raised concern among its neighbours.")
    ev = [e for e in evs if e.event == "ACCUSE"][0]
    assert not codes(ev.actor) and codes(ev.recipient) == {"BRA"}


def test_a_country_that_raised_concern_still_judges(events_of):
    evs = events_of("Germany has raised concerns about the Polish court reform.")
    ev = [e for e in evs if e.event == "ACCUSE"][0]
    assert codes(ev.actor) == {"DEU"}


def test_threat_is_aimed_at_the_subject_of_its_condition(events_of):
    ev = [e for e in events_of("Chile threatened to cut gas exports if Argentina raises the tariff.")
          if e.event == "THREATEN"][0]
    assert codes(ev.actor) == {"CHL"} and codes(ev.recipient) == {"ARG"}


@pytest.mark.parametrize("text, not_country", [
    ("New Mexico state senator Rosa Pena criticised the water plan on Tuesday.", "MEX"),
    ("The New Jersey attorney general sued the tobacco firm last week.", "GBR"),
])
def test_a_place_named_new_x_is_not_country_x(events_of, text, not_country):
    """"New Mexico", "New Jersey": a place named after a country (or island) is not that country."""
    evs = [e for e in events_of(text) if e.actor]
    assert evs
    assert not any(not_country in codes(e.actor) for e in evs)


def test_attack_noun_subject_names_its_attacker_by_phrase(events_of):
    # "an airstrike by X killed ten": the "by" phrase of the attack noun is who struck
    evs = [e for e in events_of("A raid by Eritrean commandos killed nine Djiboutian guards.") if e.event == "ASSAULT"]
    assert evs and "ERI" in codes(evs[0].actor)


def test_clash_subject_names_both_sides(events_of):
    evs = [e for e in events_of("Clashes between Somali militias and Ethiopian forces killed ten herders.") if e.event == "ASSAULT"]
    assert evs and {"SOM", "ETH"} <= codes(evs[0].actor)


def test_an_ally_fights_on_the_subjects_side(events_of):
    evs = [e for e in events_of("Dozens of Chadian volunteers fought alongside Nigerian troops near the lake.")
           if e.event == "ASSAULT"]
    assert evs and codes(evs[0].actor) == {"TCD", "NGA"}
    # a country named as the ally is no target of the fighting
    evs = [e for e in events_of("Zambian mercenaries fighting alongside Angola were ambushed last week.")
           if e.event == "ASSAULT" and e.event_text.startswith("fight")]
    assert evs and "AGO" not in codes(evs[0].recipient)


def test_only_a_threat_of_a_known_act_is_aimed_at_home(events_of):
    # a bare warning names no act and no target: no implied recipient
    ev = [e for e in events_of("The Omani foreign ministry warned on Monday that Oman would respond firmly.")
          if e.event == "THREATEN"][0]
    assert codes(ev.actor) == {"OMN"} and not codes(ev.recipient)
    # a threatened arrest with no one named is aimed at the actor's own country
    ev = [e for e in events_of("Omani police warned that they would arrest anyone who joined the march.")
          if e.event == "THREATEN"][0]
    assert codes(ev.recipient) == {"OMN"} and "recipient:own-country" in ev.why


def test_an_unnamed_foe_is_not_the_fighters_own_country(events_of):
    ev = [e for e in events_of("Kenyan soldiers fought for six hours near the town of Garissa on Sunday.")
          if e.event == "ASSAULT"][0]
    assert codes(ev.actor) == {"KEN"} and not codes(ev.recipient)
    # a one-sided act with no target named keeps the domestic default
    ev = [e for e in events_of("Kenyan police beat dozens near the town of Garissa on Sunday.")
          if e.event == "ASSAULT"][0]
    assert codes(ev.recipient) == {"KEN"}


def test_a_message_as_subject_acts_for_whoever_put_it_out(events_of):
    ev = [e for e in events_of("A communique released by the Gabonese army urged Cameroon to close the border.")
          if e.event == "REQUEST"][0]
    assert codes(ev.actor) == {"GAB"} and codes(ev.recipient) == {"CMR"}
    ev = [e for e in events_of("A letter from the Gabonese army urged Cameroon to close the border.")
          if e.event == "REQUEST"][0]
    assert codes(ev.actor) == {"GAB"}


def test_an_angry_relative_clause_is_felt_by_the_noun_it_is_on(events_of):
    # through the appositive too: "X, a close partner, which is furious about Y"
    evs = [e for e in events_of("The envoy hopes to calm Ghana's cabinet, a close partner, which is furious "
                                "about the Togolese tariffs on cocoa.") if e.event == "ACCUSE"]
    assert evs and codes(evs[0].actor) == {"GHA"} and "TGO" in codes(evs[0].recipient)


def test_a_message_s_participle_is_done_by_whoever_wrote_it(events_of):
    # the writer is named, though the actor layer has no code for him
    evs = [e for e in events_of("Okonkwo's letter praising Adeyemi was leaked to a Lagos daily.") if e.event == "SUPPORT"]
    assert evs and [a.text for a in evs[0].actor] == ["Okonkwo"]


def test_a_message_owned_by_a_pronoun_is_done_by_whom_it_stands_for(events_of):
    # "her" in a phrase fronted before the main clause is that clause's subject; a call is a message
    text = "After her call thanking the Tunisian coastguard, the Maltese prime minister met fishermen."
    evs = [e for e in events_of(text) if e.event == "SUPPORT"]
    assert evs and codes(evs[0].actor) == {"MLT"} and codes(evs[0].recipient) == {"TUN"}


def test_an_unresolved_possessive_owner_is_the_entity_it_stands_for(events_of):
    # the latest state named before "its" in the sentence ...
    evs = [e for e in events_of("Accra has argued with Lome over its support for the Ivorian rebels.") if e.event == "AID"]
    assert evs and codes(evs[0].actor) == {"TGO"} and codes(evs[0].recipient) == {"CIV"}
    # ... and in a phrase fronted before the main clause, that clause's subject
    evs = [e for e in events_of("During her talks with Macky Sall, the Liberian president raised the fishing dispute.")
           if e.event == "CONSULT"]
    assert evs and codes(evs[0].actor) == {"LBR"}


def test_a_message_issued_acts_for_the_subject_that_issued_it(events_of):
    evs = [e for e in events_of("The Ugandan archbishop issued a statement denouncing the Kenyan police raid.")
           if e.event == "ACCUSE"]
    assert evs and codes(evs[0].actor) == {"UGA"} and "KEN" in codes(evs[0].recipient)


def test_a_list_of_participles_shares_its_by_phrase(events_of):
    text = "The Christians, who were attacked, evicted and beaten by Sudanese militiamen, reached Chad."
    evs = [e for e in events_of(text) if e.event == "ASSAULT"]
    assert evs and all(codes(e.actor) == {"SDN"} for e in evs)  # not the place they reached


def test_a_lone_surname_the_tagger_misreads_still_names_the_office_holder_of_the_day(events_of):
    # the small tagger reads these surnames as a common noun, a place or a nationality; the
    # dated KB still knows who held a top office that day (and nobody afterwards)
    for text, day, code in (("Trump has cut funding for the refugee agency.", "2018-05-02", "USA"),
                            ("Yıldırım condemned the attack on the consulate.", "2017-10-02", "TUR"),
                            ("Mattis’s aides met Afghan officials.", "2018-09-02", "USA")):
        evs = events_of(text, published=day)
        assert evs and code in {a.code for a in evs[0].actor}, text


def test_relief_organisations_and_opposition_bodies_named_after_the_old_dictionaries_are_coded(events_of):
    for text, who, code in (("Save the Children urged the Danish government to take in orphans.", "Save the Children", "NGO"),
                            ("The White Helmets accused Damascus of shelling a bakery.", "White Helmets", "SYR"),
                            ("The Syrian Negotiations Commission rejected the Russian plan.", "Syrian Negotiations Commission", "SYR")):
        evs = events_of(text, published="2018-03-01")
        assert evs, text
        assert any(who in a.text and a.code == code for a in evs[0].actor), (text, evs[0].actor)


def test_backers_and_critics_named_by_a_possessor_are_not_the_possessor(events_of):
    # "X's backers" are not X; a state's or a leader's backers are not of its country either
    evs = [e for e in events_of("The Venezuelan president’s foreign backers met in Minsk to plan the loans.")
           if e.event == "CONSULT"]
    assert evs and all("VEN" not in codes(e.actor) for e in evs)
    assert any("backers" in r.text for e in evs for r in e.actor)
    # a critic named by the possessor: not the governor himself, though of his country
    evs = [e for e in events_of("The Peruvian governor’s critics marched through Cusco on Friday.")
           if e.event == "PROTEST"]
    assert evs and all(r.sector != "GOV" for e in evs for r in e.actor)
    assert any("critics" in r.text and r.code == "PER" for e in evs for r in e.actor)


def test_a_time_phrase_that_swallowed_the_subject_gives_it_back(events_of):
    # "In mid-March General X, ..., issued": the parser reads the name as the object of "In"
    evs = [e for e in events_of("In mid-March General Ana Ibarra, the head of the Chilean navy, issued a stern "
                                "warning about foreign trawlers.") if e.event == "ACCUSE"]  # (warned of them)
    assert evs and all(codes(e.actor) == {"CHL"} for e in evs)
    assert all("Ibarra" not in r.text for e in evs for r in e.recipient)


def test_a_describing_adjective_read_as_a_clause_keeps_the_subject(events_of):
    # "X, usually inclined to ..., criticised Y": the parser makes X the subject of "inclined"
    # (a clause of the verb) and leaves the verb with no subject
    evs = [e for e in events_of("Chilean navy commanders, usually inclined to keep their disputes with Peru quiet, "
                                "openly criticised the treaty.") if e.event == "ACCUSE"]
    assert evs and all(codes(e.actor) == {"CHL"} for e in evs)


def test_a_place_after_in_on_the_doer_says_where_not_who(events_of):
    # "X in <capital>" is no metonym for the capital's government on the actor side
    for text in ("Some accountants in Caracas are calling for lower taxes.",
                 "The new office in Caracas will fund the clinics."):
        assert not any(a.sector == "GOV" and "Caracas" in a.text for e in events_of(text) for a in e.actor)
    # on the target side it may still name the target's country
    ev = [e for e in events_of("Masked gunmen raided two prisons in Caracas.") if e.event == "ASSAULT"][0]
    assert "VEN" in codes(ev.recipient)


def test_a_participle_on_the_one_written_to_is_the_writers_act(events_of):
    # "X wrote to Y demanding Z": the parser hangs the participle on Y; X demands, of Y
    ev = [e for e in events_of("The Chilean envoy wrote to the Bolivian interior minister demanding "
                               "the return of a seized truck.") if e.event == "REQUEST"][0]
    assert codes(ev.actor) == {"CHL"} and codes(ev.recipient) == {"BOL"}
    # with a party of its own, that party is the target, and the addressee only the reader
    ev = [e for e in events_of("A Bolivian senator wrote to the Peruvian foreign minister accusing Chile of spying.")
          if e.event == "ACCUSE"][0]
    assert codes(ev.actor) == {"BOL"} and codes(ev.recipient) == {"CHL"}


def test_acting_against_someones_advice_does_not_target_them(events_of):
    ev = [e for e in events_of("The Chilean army attacked the town against the wishes of the Peruvian government.")
          if e.event == "ASSAULT"][0]
    assert "PER" not in codes(ev.recipient)


def test_the_it_of_a_cleft_is_the_name_it_picks_out(events_of):
    # "it is X that ...": the "it" of the main clause, which an adverbial clause shares, is X
    evs = [e for e in events_of("While warning of Guyanese plots to attack, it is Suriname that has struck first.")
           if e.event == "ACCUSE"]
    assert evs and [a.code for a in evs[0].actor] == ["SUR"]
    # and the clause the cleft picks the name out for
    evs = [e for e in events_of("It is Suriname that shelled the Guyanese border post.") if e.event == "ASSAULT"]
    assert evs and [a.code for a in evs[0].actor] == ["SUR"]


def test_a_place_outside_the_events_clause_does_not_stand_in_for_its_actor():
    from sanderling.pipeline import code_text

    def full_events_of(text):
        return code_text(text, published="2026-03-04").events
    # the camp's town is where they trained, in the clause that governs the fighting
    evs = [e for e in full_events_of("After a week at a camp near Tacna, the volunteers later returned to fight in Oruro.")
           if e.event == "ASSAULT"]
    assert evs and not any(a.code == "PER" for a in evs[0].actor)
    # a place of the event's own clause still does: foreigners attacked there
    evs = [e for e in full_events_of("Two Chilean engineers were killed in an ambush near Oruro.")
           if e.event == "ASSAULT"]
    assert evs and [a.code for a in evs[0].actor] == ["BOL"] and "actor:place-country" in evs[0].why


def test_where_someone_fled_to_or_where_a_place_lies_is_not_where_the_attack_was():
    from sanderling.pipeline import code_text

    def full_events_of(text):
        return code_text(text, published="2026-03-04").events
    # the end of a flight, through "the town of X" and "X in Y", is no place of the attack
    evs = [e for e in full_events_of(
        "Two Chilean engineers were wounded after they had fled to the town of Oruro in the Bolivian highlands.")
        if e.event == "ASSAULT"]
    assert evs and not any(a.code == "BOL" for a in evs[0].actor)
    # nor is a country named only to say where the attacked place lies
    evs = [e for e in full_events_of(
        "Two Chilean engineers were wounded at a copper mine, which sits close to the frontier of Bolivia.")
        if e.event == "ASSAULT"]
    assert evs and not any(a.code == "BOL" for a in evs[0].actor)


def test_force_used_where_the_articles_towns_lie_abroad_has_no_own_country_target():
    from sanderling.pipeline import code_text
    text = ("Chile's defence minister spoke in Santiago on Monday. Chile has been pounding the border "
            "villages with artillery fire, and many families have fled to Tacna. The Chilean interior "
            "minister has banned all rallies. Aid workers in Moquegua said shelters were full, officials "
            "in Puno asked for tents, and a convoy left Cusco with food.")
    events = code_text(text, published="2026-03-04").events
    # the towns are Peruvian (at least implied.THEATRE_MIN_PLACES of them): the shelling is aimed
    # abroad, at no one named, not at Chile
    shelling = [e for e in events if e.event == "ASSAULT"]
    assert shelling and not any(r.code == "CHL" for r in shelling[0].recipient)
    # a ban by decree is still the minister's own country's affair
    ban = [e for e in events if e.event == "COERCE"]
    assert ban and [r.code for r in ban[0].recipient] == ["CHL"]


def test_an_ally_fought_beside_the_subject_and_does_not_replace_it():
    from sanderling.pipeline import code_text
    text = '"I went to Peru to fight alongside the Bolivian army," Juan Perez, a Chilean volunteer, told police.'
    fights = [e for e in code_text(text, published="2026-03-04").events if e.event == "ASSAULT"]
    # "I" is the quote's speaker, who fought; the ally fought beside him
    assert fights and {a.code for a in fights[0].actor} == {"CHL", "BOL"}


def test_the_doer_of_a_coordinated_attack_noun_kills():
    from sanderling.pipeline import code_text
    text = "At least 90 villagers were killed in raids and shelling by militias serving the Bolivian president near Oruro."
    killed = [e for e in code_text(text, published="2026-03-04").events if e.event_text == "killed"]
    # the parser reads "shelling" as a verb beside "killed"; its "by" phrase names who killed
    assert killed and [a.code for a in killed[0].actor] == ["BOL"]


def test_a_single_town_abroad_makes_no_theatre():
    from sanderling.pipeline import code_text
    text = ("Uganda's army opened fire during the night, residents said. The opposition leader, who was "
            "in Nairobi, said the shooting was a crime.")
    fire = [e for e in code_text(text, published="2026-03-04").events if e.event == "ASSAULT"]
    # where one leader happened to be is not where the article's events are: home is still the target
    assert fire and [r.code for r in fire[0].recipient] == ["UGA"]


def test_a_place_in_a_relative_clause_of_the_event_still_counts():
    from sanderling.pipeline import code_text
    text = "Three Senegalese soldiers who were serving in Mali were killed in an ambush."
    killed = [e for e in code_text(text, published="2026-03-04").events if e.event == "ASSAULT"]
    assert killed and [a.code for a in killed[0].actor] == ["MLI"]


def test_a_named_group_on_a_coordinated_attack_kills_but_a_place_does_not():
    from sanderling.pipeline import code_text

    def killers(text):
        return [a.code for e in code_text(text, published="2026-03-04").events
                if e.event_text == "killed" for a in e.actor]
    # a group named by its own name is a party, though the tagger calls it a proper noun
    assert killers("Nine Kenyan soldiers were killed in raids and shelling by Al-Shabaab near the border.") == ["SOM"]
    # a border is where, not who
    assert killers("Ten Venezuelan farmers were killed in raids and shelling by the Colombian border.") == []


def test_the_side_a_victim_fought_harmed_them():
    from sanderling.pipeline import code_text

    def killers(text):
        return [a.code for e in code_text(text, published="2026-03-04").events
                if e.event_text == "killed" for a in e.actor]
    # harmed while fighting X, or after going abroad to fight X: X's side did it, not the country
    assert killers("Three Kenyan soldiers were killed in Somalia while battling al-Shabaab.") == ["SOM"]
    assert killers("A Norwegian man who travelled to Iraq to fight Islamic State last year was killed near Mosul.") == ["IMG"]
    assert killers("A Danish nurse was killed while working alongside Kurdish units fighting Islamic State.") == ["IMG"]
    # a fight long past, in a relative clause, is no aim: it says nothing of who killed him
    assert "AFG" not in killers("A Tajik commander who had fought the Taliban in the 1990s was killed in Dushanbe.")


def test_a_device_names_no_doer_of_a_victim_harmed_while_fighting():
    from sanderling.pipeline import code_text

    def doers(text):
        return {e.event_text: [a.text for a in e.actor]
                for e in code_text(text, published="2026-03-04").events if e.event == "ASSAULT"}
    # the bomb was the enemy's, not the country's where it went off; the one killed did the fighting
    for text, enemy in (("A Chadian sergeant was killed by two landmines while fighting Boko Haram in Nigeria.", "Boko Haram"),
                        ("A Kenyan sergeant who was killed by a landmine while fighting the militants in Somalia "
                         "has been named.", "militants")):
        found = doers(text)
        assert found.get("killed") == [enemy], text
        assert any("sergeant" in t for t in found.get("fighting", [])), text


def test_a_device_that_names_its_owner_is_the_owners_doing():
    from sanderling.pipeline import code_text

    killers = [a.code for e in code_text("A Bolivian corporal was killed by Peruvian artillery while fighting the "
                                         "smugglers near Oruro.", published="2026-03-04").events
               if e.event_text == "killed" for a in e.actor]
    assert killers == ["PER"]
    # the one killed did the fighting, whoever's the device was
    fighters = [a.text for e in code_text("A Bolivian corporal was killed by Peruvian artillery while fighting the "
                                          "smugglers near Oruro.", published="2026-03-04").events
                if e.event_text == "fighting" for a in e.actor]
    assert any("corporal" in t for t in fighters)


def test_a_patron_state_is_no_party_to_what_its_clients_do():
    from sanderling.pipeline import code_text

    def doers(text):
        return sorted({a.code for e in code_text(text, published="2026-03-04").events
                       if e.event == "ASSAULT" for a in e.actor})
    # the Venezuelan patron backs the militia; it does not take part in the raid
    assert doers("Venezuelan-backed Colombian guerrillas raided a police post near Cucuta.") == ["COL"]
    assert doers("Chilean-trained Bolivian troops shelled rebel camps near Oruro.") == ["BOL"]


def test_a_victims_enemy_is_not_guessed_past_a_told_cause_or_a_buried_fight():
    from sanderling.pipeline import code_text

    def killers(text):
        return [a.code for e in code_text(text, published="2026-03-04").events
                if e.event_text == "killed" for a in e.actor]
    # the harm has its own cause: friendly fire is no act of the enemy fought
    assert killers("A Ghanaian corporal was killed in a friendly-fire accident while battling Boko Haram.") == []
    # the fight belongs to someone else: a reporter covering it did not fight
    assert killers("A Beninese cameraman was killed while filming the army's fight against Boko Haram.") == []


def test_patrons_in_a_chain_and_patrons_of_an_act():
    from sanderling.pipeline import code_text

    def doers(text):
        return sorted({a.code for e in code_text(text, published="2026-03-04").events
                       if e.event == "ASSAULT" for a in e.actor if a.code})
    # each state of a patron chain backs the group; none of them raided anything
    assert not {"CHL", "PER"} & set(doers("Chilean- and Peruvian-backed Bolivian rebels raided a border post."))
    # a state that backs an act is a party to it
    assert "CHL" in doers("A Chilean-backed offensive killed twelve smugglers near Arica.")
