"""Political talk (news36 PolNeAR and BBC tuning misses): judgements, criticism and endorsement
between politicians. Invented sentences only."""
import pytest

from events_support import codes


def of_type(events, etype):
    return [e for e in events if e.event == etype]


def test_a_conjoined_verb_of_the_judged_subject_judges_too(events_of):
    # "has forgotten X, and has broken Y": the second verb carries the judgement
    evs = of_type(events_of('Opening the debate, Senator Ted Cruz said: "Governor Greg Abbott has forgotten '
                            'the voters of this state, and has broken the promises he made."'), "ACCUSE")
    assert evs and "Greg Abbott" in evs[0].recipient[0].text


def test_a_conjoined_verb_with_its_own_subject_is_not_the_judged_subjects(events_of):
    evs = of_type(events_of("Senator Ted Cruz said Governor Greg Abbott visited Austin and the mayor "
                            "wasted millions."), "ACCUSE")
    assert not any("Abbott" in r.text for e in evs for r in e.recipient)


def test_being_a_critic_of_someone_is_disapproval(events_of):
    evs = of_type(events_of("For a decade Senator Ted Cruz has been a vocal critic of President Barack Obama."), "ACCUSE")
    assert evs and "Cruz" in evs[0].actor[0].text and "Obama" in evs[0].recipient[0].text
    evs = of_type(events_of("Mayor Lopez said he's been a critic of Governor Greg Abbott for years."), "ACCUSE")
    assert any("Abbott" in r.text for e in evs for r in e.recipient)


def test_a_critic_in_apposition_is_a_description_not_an_act(events_of):
    evs = of_type(events_of("Senator Ted Cruz, a fierce critic of President Barack Obama, flew to Denver on Monday."),
                  "ACCUSE")
    assert not evs


def test_calling_someone_a_liar_is_an_accusation(events_of):
    evs = of_type(events_of("Senator Ted Cruz called Governor Greg Abbott a liar on Tuesday."), "ACCUSE")
    assert evs and "Cruz" in evs[0].actor[0].text and "Abbott" in evs[0].recipient[0].text


def test_described_as_with_a_bare_adjective(events_of):
    evs = of_type(events_of("Senator Ted Cruz described Governor Greg Abbott as reckless."), "ACCUSE")
    assert evs and "Abbott" in evs[0].recipient[0].text


def test_a_strongly_positive_name_given_to_a_party_is_praise(events_of):
    # no curated praise word: the VADER rating of the name given decides
    evs = of_type(events_of("Premier Ana Duarte described the Uruguayan negotiator as a brilliant diplomat."),
                  "SUPPORT")
    assert evs and "speech:describe-as:support" in evs[0].why and "negotiator" in evs[0].recipient[0].text
    # in a relative clause the one described is the antecedent
    evs = of_type(events_of("Premier Ana Duarte said she had long known Mayor Luis Pereira, whom she described as truly fantastic."),
                  "SUPPORT")
    assert any(e.why.startswith("speech:describe-as") and "Pereira" in e.recipient[0].text for e in evs)
    # a mild word describes, it does not praise; nor does a word of a state or a mood
    assert not of_type(events_of("Premier Ana Duarte described the Uruguayan negotiator as popular."), "SUPPORT")
    assert not of_type(events_of("Premier Ana Duarte described the Uruguayan negotiators as happy with the draft."),
                       "SUPPORT")
    assert not of_type(events_of("Premier Ana Duarte described the Paraguayan navy as strong."), "SUPPORT")


def test_calling_it_reckless_that_y_judges_y(events_of):
    evs = of_type(events_of("Senator Ted Cruz called it reckless that Governor Greg Abbott has no flood plan."),
                  "ACCUSE")
    assert evs and "Abbott" in evs[0].recipient[0].text


def test_a_message_that_says_it_is_said_by_whoever_put_it_out(events_of):
    evs = of_type(events_of("Senator Ted Cruz aired a radio ad describing Governor Greg Abbott as reckless."), "ACCUSE")
    assert evs and "Cruz" in evs[0].actor[0].text
    evs = of_type(events_of("Senator Ted Cruz issued a statement saying Governor Greg Abbott was reckless."), "ACCUSE")
    assert evs and "Cruz" in evs[0].actor[0].text


def test_heralding_is_praise(events_of):
    evs = of_type(events_of("President Macron heralded Spain's pact with Morocco as a turning point."), "SUPPORT")
    assert evs and codes(evs[0].actor) == {"FRA"} and "ESP" in codes(evs[0].recipient)


def test_should_have_done_is_a_reproach_not_a_demand(events_of):
    evs = events_of("Senator Ted Cruz said Governor Greg Abbott should have known that the dam was unsafe.")
    assert of_type(evs, "ACCUSE") and not of_type(evs, "REQUEST")
    assert "Abbott" in of_type(evs, "ACCUSE")[0].recipient[0].text
    evs = events_of("Senator Ted Cruz said Governor Greg Abbott should resign.")
    assert of_type(evs, "REQUEST") and not of_type(evs, "ACCUSE")


def test_a_bare_verb_under_a_verb_of_proposing_is_a_request(events_of):
    evs = of_type(events_of("Chancellor Merkel suggested the Greek government sell its ports to pay the debt."),
                  "REQUEST")
    assert evs and codes(evs[0].actor) == {"DEU"} and codes(evs[0].recipient) == {"GRC"}
    evs = of_type(events_of("President Macron proposed that Belgium host the summit."), "REQUEST")
    assert evs and codes(evs[0].recipient) == {"BEL"}


def test_a_finite_clause_under_suggest_is_a_statement(events_of):
    assert not of_type(events_of("Chancellor Merkel suggested the Greek government was selling its ports."),
                       "REQUEST")
    assert not of_type(events_of("The Bundesbank report suggests Greece needs more time."), "REQUEST")


def test_more_words_of_condemnation_judge(events_of):
    for text in ("Senator Ted Cruz said Governor Greg Abbott's remark was stupid.",
                 "Senator Ted Cruz said Governor Greg Abbott holds despicable opinions.",
                 "Senator Ted Cruz said Governor Greg Abbott's tactics were sinister."):
        evs = of_type(events_of(text), "ACCUSE")
        assert evs and "Abbott" in evs[0].recipient[0].text, text


def test_hyphenated_predicates_of_the_lexicon_match(events_of):
    # "short-sighted" is three tokens on the parse; the lexicon lists the whole word
    evs = of_type(events_of("Senator Ted Cruz said Governor Greg Abbott's plan was short-sighted."), "ACCUSE")
    assert evs and "Abbott" in evs[0].recipient[0].text


def test_contradicting_someone_is_disapproval(events_of):
    evs = of_type(events_of("Chancellor Merkel openly contradicted President Macron on the budget rules."), "ACCUSE")
    assert evs and codes(evs[0].actor) == {"DEU"} and codes(evs[0].recipient) == {"FRA"}


def test_a_judged_thing_done_by_someone_judges_the_doer(events_of):
    evs = of_type(events_of("Senator Ted Cruz said it was a reckless move by Governor Greg Abbott."), "ACCUSE")
    assert evs and "Abbott" in evs[0].recipient[0].text
    evs = of_type(events_of('Senator Ted Cruz said: "We welcome questions. This is a cynical stunt by Governor '
                            'Greg Abbott to win votes."'), "ACCUSE")
    assert evs and "Abbott" in " ".join(r.text for r in evs[0].recipient)
    assert not of_type(events_of("Senator Ted Cruz said it was dangerous."), "ACCUSE")


def test_resenting_and_bemoaning_are_disapproval(events_of):
    evs = of_type(events_of("Several EU governments resent that Morocco exploited the talks for money."),
                  "ACCUSE")
    assert evs and codes(evs[0].recipient) == {"MAR"}
    evs = of_type(events_of("Senator Ted Cruz bemoaned Governor Greg Abbott's handling of the floods."), "ACCUSE")
    assert evs and "Abbott" in evs[0].recipient[0].text


def test_reacting_angrily_is_disapproval(events_of):
    evs = of_type(events_of("The Polish government reacted angrily to Germany's budget plan."), "ACCUSE")
    assert evs and codes(evs[0].actor) == {"POL"} and codes(evs[0].recipient) == {"DEU"}
    assert not of_type(events_of("The Polish government responded quickly to the Franco-German plan."), "ACCUSE")


def test_the_hell_out_of_x_makes_x_the_object(events_of):
    evs = of_type(events_of("President Macron vowed to beat the daylights out of Boko Haram militants in Mali."),
                  "THREATEN")
    assert evs and "Boko Haram" in evs[0].recipient[0].text


def test_a_proposal_that_someone_act_is_a_request(events_of):
    evs = of_type(events_of("Critics compared the plan to Chancellor Merkel's proposal that Greece sell its islands."),
                  "REQUEST")
    assert evs and codes(evs[0].actor) == {"DEU"} and codes(evs[0].recipient) == {"GRC"}
    assert not of_type(events_of("Chancellor Merkel rejected the suggestion that Greece leaves the euro."), "REQUEST")


def test_more_verbs_of_criticism(events_of):
    for verb in ("excoriated", "pilloried", "belittled", "admonished", "rounded on"):
        evs = of_type(events_of(f"Chancellor Merkel {verb} President Macron at the summit."), "ACCUSE")
        assert evs and codes(evs[0].recipient) == {"FRA"}, verb
    assert of_type(events_of("Police rounded up forty Belgian protesters."), "COERCE")


def test_more_idioms_of_endorsement(events_of):
    for text in ("Chancellor Merkel threw her weight behind President Macron.",
                 "Chancellor Merkel sided with President Macron in the dispute.",
                 "German ministers rallied behind President Macron."):
        evs = of_type(events_of(text), "SUPPORT")
        assert evs and codes(evs[0].recipient) == {"FRA"}, text


def test_went_on_to_names_the_next_act_not_an_aim(events_of):
    # "went on to X" / "proceeded to X": the infinitive happened, in the head's tense
    for head in ("went on to", "then proceeded to"):
        evs = of_type(events_of(f"Chancellor Merkel opened the summit and {head} criticise President Macron."), "ACCUSE")
        assert evs and codes(evs[0].recipient) == {"FRA"}, head
        assert not evs[0].factuality.future, head
    evs = of_type(events_of("Chancellor Merkel will go on to criticise President Macron."), "ACCUSE")
    assert all(e.factuality.future for e in evs)


def test_colloquial_verbs_of_campaign_attack(events_of):
    for text in ("Chancellor Merkel savaged President Macron in a radio interview.",
                 "Chancellor Merkel pummeled President Macron as careless.",
                 "Chancellor Merkel hammered President Macron over the pension plan.",
                 "Chancellor Merkel railed against President Macron at the congress.",
                 "The German minister jabbed back at his French rival.",
                 "Chancellor Merkel tore into President Macron on Sunday.",
                 "Chancellor Merkel laid into President Macron on Sunday."):
        evs = of_type(events_of(text), "ACCUSE")
        assert evs and codes(evs[0].recipient) == {"FRA"}, text
    # a beating with no 'as/for/over' and a person as object stays uncoded as criticism
    assert not of_type(events_of("Riot police pummeled forty Belgian students."), "ACCUSE")


def test_more_pejorative_labels_of_a_rival(events_of):
    for text in ('President Macron called Chancellor Merkel a "petulant child".',
                 'President Macron called Chancellor Merkel "totally delusional" on Sunday.',
                 "President Macron said Chancellor Merkel was unfit for office.",
                 "President Macron called Chancellor Merkel a coward."):
        evs = of_type(events_of(text), "ACCUSE")
        assert evs and codes(evs[0].recipient) == {"DEU"}, text


def test_going_after_someone_is_a_verbal_attack(events_of):
    evs = of_type(events_of("Chancellor Merkel has repeatedly gone after President Macron for his pension plan."), "ACCUSE")
    assert evs and codes(evs[0].actor) == {"DEU"}
    assert not of_type(events_of("After the vote, the German delegates went home."), "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Zambian opposition has branded the Malawian levy a waste of money.",   # the name given as a second object
    "Zambia branded Malawi's fishing plan deeply flawed.",                       # read as a small clause
])
def test_branding_a_thing_with_a_name_of_blame_judges_its_owner(events_of, text):
    evs = of_type(events_of(text), "ACCUSE")
    assert evs and codes(evs[0].actor) == {"ZMB"} and codes(evs[0].recipient) == {"MWI"}


def test_a_name_of_blame_the_parser_hangs_on_the_object_still_judges(events_of):
    # the parser reads "dangerous" as a modifier after "plans", not as the name given
    evs = of_type(events_of("Refugee groups called the Dutch plans dangerous and deeply unjust."), "ACCUSE")
    assert evs and codes(evs[0].recipient) == {"NLD"}


def test_a_name_given_to_someone_uncoded_is_still_an_accusation(events_of):
    # detect first: the one judged has no code, the judgement is still reported
    evs = [e for e in events_of("Chilean officials called Zorvath a liar.") if e.event == "ACCUSE"]
    assert evs and evs[0].actor[0].code == "CHL"
    assert any("Zorvath" in r.text for r in evs[0].recipient)


def test_whom_a_judgement_is_told_to_is_not_whom_it_judges(events_of):
    evs = [e for e in events_of("The Chilean health minister told the Peruvian envoy that the "
                                "response was inadequate.") if e.event == "ACCUSE"]
    assert not any("PER" in {r.code for r in e.recipient} for e in evs)
    # ... unless the judged thing is the hearer's own
    evs = [e for e in events_of("The Chilean health minister told the Peruvian envoy that his "
                                "plan was a worrying blunder.") if e.event == "ACCUSE"]
    assert evs and "PER" in {r.code for r in evs[0].recipient}


def test_an_attack_launched_on_a_plan_or_by_a_party_is_made_in_words(events_of):
    # as the verb ("attacked the Tory plans"): a nominal attack on a policy or a cost, or one a
    # party launches, is an accusation; an armed group's attack on a base is still an assault
    evs = events_of("The Chilean opposition leader launched a fierce attack on the government’s pension plans.")
    assert {e.event for e in evs} == {"ACCUSE"}
    assert all(r.sector == "OPP" for e in evs for r in e.actor)
    assert {e.event for e in events_of("A Peruvian columnist mounted a sharp attack on the costs of the Lima stadium.")} \
        == {"ACCUSE"}
    assert "ASSAULT" in {e.event for e in events_of("Rebels launched an attack on an army base near Arauca.")}


def test_calling_for_someone_to_act_asks_them_to(events_of):
    # the parser makes "for" the mark of an infinitive clause with its own subject
    evs = [e for e in events_of("Uruguay called for Paraguay to reopen the river crossing.") if e.event == "REQUEST"]
    assert evs and codes(evs[0].actor) == {"URY"} and codes(evs[0].recipient) == {"PRY"}


@pytest.mark.parametrize("text", [
    "Zambia's foreign minister regards the Malawian militia as smugglers and killers.",   # VADER person nouns
    "The Zambian government considers the Malawian militia a terrorist network.",         # 'considers Y Z'; a person-noun modifier
    "Zambia's foreign minister said the Malawian blockade was a brazen attack on its ports.",  # a doing
])
def test_a_strongly_negative_name_for_a_party_or_its_act_is_blame(events_of, text):
    # names of blame no curated list holds, judged by their VADER valence (lexicons/events/valence.json)
    evs = of_type(events_of(text), "ACCUSE")
    assert evs and codes(evs[0].actor) == {"ZMB"} and codes(evs[0].recipient) == {"MWI"}, text


@pytest.mark.parametrize("text", [
    "Zambia's foreign minister said the situation at the Malawian border was a nightmare.",  # a state of affairs
    "Zambia's foreign minister said the Malawian port was a ticking bomb.",                   # a thing, no doing
    "Zambia's foreign minister said the Malawian farmers were heartbroken.",                 # a feeling (adjective)
])
def test_a_negative_word_about_a_state_a_thing_or_a_feeling_is_no_blame(events_of, text):
    assert not of_type(events_of(text), "ACCUSE"), text


def test_the_subject_of_a_name_given_is_a_phrase_of_its_own(events_of):
    # the parser makes "a terrorist network" a small clause whose subject is the militia: the
    # judged one is the militia, not "militia a terrorist network"
    evs = of_type(events_of("The Zambian government considers the Malawian militia a terrorist network."), "ACCUSE")
    assert evs and evs[0].recipient[0].text == "Malawian militia"


def test_a_clause_coordinated_with_what_is_said_is_said_too(events_of):
    # "said A, but B": B, with its own subject, is the speaker's too
    evs = of_type(events_of("“The talks were long, but the Malawian delegates were cowards,” Zambia's "
                            "foreign minister said."), "ACCUSE")
    assert evs and codes(evs[0].actor) == {"ZMB"} and codes(evs[0].recipient) == {"MWI"}
    evs = of_type(events_of("“Exports have grown, but the Malawian customs office must reopen the border "
                            "post,” Zambia's trade minister said."), "REQUEST")
    assert evs and codes(evs[0].actor) == {"ZMB"}


@pytest.mark.parametrize("text", [
    "“Anyone can see the Malawian envoy is a fraud,” Zambia's foreign minister said.",
    "Zambia's foreign minister said it was obvious that the Malawian envoy was a fraud.",
])
def test_a_claim_inside_a_frame_of_seeing_or_knowing_is_the_speakers(events_of, text):
    evs = of_type(events_of(text), "ACCUSE")
    assert evs and codes(evs[0].actor) == {"ZMB"} and codes(evs[0].recipient) == {"MWI"}, text


def test_a_negated_frame_of_knowing_claims_nothing(events_of):
    evs = of_type(events_of("Zambia's foreign minister insisted he never knew that the Malawian envoy was a fraud."), "ACCUSE")
    assert not any("MWI" in codes(e.recipient) for e in evs)


def test_a_politicians_judgement_of_an_unowned_measure_is_aimed_at_their_own_country(events_of):
    # "called the plans reckless": the measure's owner goes unnamed; domestic speakers judge their own state's
    evs = [e for e in events_of('Kenya\'s opposition leader called the new fuel levy "cruel and reckless".')
           if e.event == "ACCUSE"]
    assert evs and codes(evs[0].actor) == {"KEN"} and codes(evs[0].recipient) == {"KEN"}
    assert "+recipient:own-country" in evs[0].why
    # a private party judging a thing makes no political act; a place a word "lies" in is no lie
    assert not [e for e in events_of('A Kenyan bank economist called the shilling "very weak".') if e.event == "ACCUSE"]
    assert not [e for e in events_of("Kenya's opposition leader said the real danger lies in the new fuel levy.")
                if e.event == "ACCUSE"]


def test_a_passive_modal_demand_is_not_made_of_its_subject(events_of):
    # how the migrants ought to be treated, by nobody named: a view, no demand made of them
    evs = events_of("An Ecuadorian senator said the Colombian migrants should be treated with dignity.")
    assert not any(e.event == "REQUEST" and "COL" in codes(e.recipient) for e in evs)
    # a passive clause that makes its subject act, or names what is to befall it, is still a demand
    evs = events_of("An Ecuadorian senator said Colombia should be made to pay for the damage.")
    assert any(e.event == "REQUEST" and codes(e.recipient) == {"COL"} for e in evs)
