"""clause.clause_facts on invented sentences: one decision per test (negation and its scope,
future, condition, purpose, obligation, reported past), for verbs and event nouns."""
import pytest

from sanderling.annotators.clause import ClauseFacts, clause_facts

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def facts():
    from sanderling.nlp import get_nlp
    nlp = get_nlp(())

    def run(sentence: str, word: str, nth: int = 0) -> ClauseFacts:
        doc = nlp(sentence)
        toks = [t for t in doc if t.text == word]
        assert len(toks) > nth, f"{word!r} not in {sentence!r}"
        return clause_facts(toks[nth])
    return run


def flags(f: ClauseFacts) -> set:
    return {k for k in ("negated", "future", "hypothetical", "purpose", "obligation", "historical")
            if getattr(f, k)}


def test_plain_past_report_has_no_flags_and_is_past(facts):
    f = facts("Border guards in Laos detained two smugglers on Tuesday.", "detained")
    assert flags(f) == set() and f.past and f.realis


def test_reported_past_in_a_that_clause_is_past_not_future(facts):
    f = facts("The governor said rangers had captured three poachers.", "captured")
    assert flags(f) == set() and f.past


def test_negation_on_the_verb(facts):
    f = facts("Moldova did not ratify the energy accord.", "ratify")
    assert f.negated and "neg:not" in f.cues


def test_never_negates(facts):
    assert facts("The junta never released the journalists.", "released").negated


def test_negation_does_not_leak_into_a_conjunct_with_its_own_subject(facts):
    sentence = "Fiji did not recall its envoy, and Samoa expelled two Tongan diplomats on Sunday."
    assert facts(sentence, "recall").negated
    assert not facts(sentence, "expelled").negated


def test_negation_does_not_leak_into_a_conjunct_with_its_own_tense(facts):
    sentence = "The council did not approve the budget and dismissed the treasurer."
    assert not facts(sentence, "dismissed").negated


def test_shared_auxiliary_carries_negation_to_the_second_verb(facts):
    assert facts("Nepal will not sign or ratify the water treaty.", "ratify").negated


@pytest.mark.parametrize("sentence", [
    "The dockers never threatened anyone or blockaded the ferry terminal.",
    "The ferry crews were never violent, rude or blockaded the terminal, a steward said.",
])
def test_a_negated_list_of_alternatives_denies_each(facts, sentence):
    # "never A or B": each alternative is denied, also a finite verb that shares the subject
    assert facts(sentence, "blockaded").negated


def test_alternatives_without_a_negation_stay_affirmed(facts):
    assert not facts("The dockers threatened the managers or blockaded the terminal.", "blockaded").negated
    assert not facts("The dockers did not strike but blockaded the terminal.", "blockaded").negated


def test_failed_to_means_it_did_not_happen(facts):
    assert facts("Mediators failed to secure a truce in the valley.", "secure").negated


@pytest.mark.parametrize("sentence,word", [
    ("Austria will deport the smugglers next week.", "deport"),
    ("The cabinet plans to impose a curfew in the capital.", "impose"),
    ("Uruguay is ready to host the peace conference.", "host"),
    ("The envoy is to visit Hanoi in the spring.", "visit"),
    ("The court is expected to rule on the appeal.", "rule"),
    ("The ministry said the army would reopen the highway.", "reopen"),
    ("Farmers are going to block the motorway.", "block"),
])
def test_future(facts, sentence, word):
    f = facts(sentence, word)
    assert f.future and not f.past, f


def test_a_plan_in_the_past_is_not_a_future(facts):
    assert not facts("The league planned to expel the club.", "expel").future


@pytest.mark.parametrize("sentence,word", [
    ("If Gabon closes the pipeline, Cameroon will seize the tankers.", "closes"),
    ("If Gabon closes the pipeline, Cameroon will seize the tankers.", "seize"),
    ("The colonel said his unit would shell the ridge if fired upon.", "shell"),
    ("Hungary could block the trade deal.", "block"),
])
def test_conditions_and_possibility_are_hypothetical(facts, sentence, word):
    assert facts(sentence, word).hypothetical


@pytest.mark.parametrize("sentence,word", [
    ("The two foreign ministers met in Lisbon to discuss fishing quotas.", "discuss"),
    ("Sweden sent divers to inspect the damaged cable.", "inspect"),
    ("The union called a meeting in order to plan the strike.", "plan"),
    ("Rival clans held talks to settle the grazing dispute.", "settle"),
])
def test_purpose_clauses(facts, sentence, word):
    f = facts(sentence, word)
    assert f.purpose and not f.realis


def test_the_main_verb_of_a_purpose_sentence_is_a_plain_event(facts):
    f = facts("The two foreign ministers met in Lisbon to discuss fishing quotas.", "met")
    assert flags(f) == set() and f.past


@pytest.mark.parametrize("sentence,word,cue", [
    ("Belarus must return the seized aircraft.", "return", "aux:must"),
    ("The regulator should fine the airline.", "fine", "aux:should"),
    ("The province has to repay the federal loan.", "repay", "head:have"),
])
def test_obligation(facts, sentence, word, cue):
    f = facts(sentence, word)
    assert f.obligation and cue in f.cues


def test_event_nouns_take_their_support_verbs_clause(facts):
    assert facts("The rebels will hold negotiations in Doha.", "negotiations").future
    assert facts("The navy did not launch an offensive.", "offensive").negated
    assert facts("There were no arrests at the rally.", "arrests").negated
    assert facts("Unions oppose the proposed merger of the two ports.", "merger").future


def test_an_event_noun_object_of_an_ordinary_verb_keeps_no_flags(facts):
    # the condemning is negated, the bombing is not
    f = facts("The bishop did not condemn the bombing.", "bombing")
    assert not f.negated


def test_historical_text(facts):
    assert facts("Troops burned the village three years ago.", "burned").historical


def test_present_with_a_named_day_is_scheduled(facts):
    assert facts("The negotiators reconvene on Thursday.", "reconvene").scheduled_present
    assert not facts("The spokesman says the vote was fair.", "says").scheduled_present


@pytest.mark.parametrize("sentence,word,flag", [
    ("The union urged the mill owners to reinstate the workers.", "reinstate", "requested"),
    ("Their call to lift the blockade was rejected.", "lift", "requested"),
    ("The cabinet's decision to close the consulate surprised Oslo.", "close", "future"),
    ("Critics blamed the council's failure to repair the levee.", "repair", "negated"),
])
def test_infinitives_under_request_intent_and_failure_words(facts, sentence, word, flag):
    f = facts(sentence, word)
    assert getattr(f, flag) and not f.purpose, f


# --- generic gerunds, negating adjectives, obligation nouns --------------------------------
def test_gerund_subject_is_generic(facts):
    f = facts("Shelling the harbour was a mistake, the admiral conceded.", "Shelling")
    assert f.generic and not f.realis and "gerund:subject" in f.cues


def test_gerund_after_than_is_generic(facts):
    assert facts("A blockade hurts more than expelling the diplomats.", "expelling").generic


def test_gerund_under_a_temporal_preposition_is_a_real_act(facts):
    f = facts("After storming the depot, the rebels seized two trucks.", "storming")
    assert not f.generic


def test_charge_after_accused_of_is_not_generic(facts):
    assert not facts("Kiev accused the guards of mistreating the prisoners.", "mistreating").generic


def test_reluctant_to_negates(facts):
    f = facts("Several capitals are reluctant to recall their ambassadors.", "recall")
    assert f.negated and "head:reluctant" in f.cues


def test_duty_to_is_an_obligation(facts):
    f = facts("Neighbouring states have a duty to shelter the displaced.", "shelter")
    assert f.obligation and "noun:duty" in f.cues


def test_gerund_under_a_participle_modifier_is_generic(facts):
    f = facts("There are legal hurdles linked with extraditing the suspects.", "extraditing")
    assert f.generic


def test_charge_after_charged_with_is_not_generic(facts):
    assert not facts("Prosecutors charged the captain with smuggling weapons.", "smuggling").generic


def test_no_longer_negates(facts):
    f = facts("The militias no longer control the northern highway.", "control")
    assert f.negated and "neg:no-longer" in f.cues


@pytest.mark.parametrize("sentence, word, obliged", [
    ("The port authority has to compensate the fishermen.", "compensate", True),
    ("Every trawler is obliged to register its catch.", "register", True),
    ("The port authority had to compensate the fishermen last year.", "compensate", False),
    ("Both envoys expect they would not need to travel to Oslo.", "travel", False),
    ("If the strike spreads, the airline may have to cancel its flights.", "cancel", False),
])
def test_obligation_heads_oblige_only_in_the_present_and_unnegated(facts, sentence, word, obliged):
    assert facts(sentence, word).obligation is obliged


# ---- the event coder's readings (ClauseFacts.intended, future_by_will, purpose_infinitive,
# in_condition): decided here, read by events/frames.py, sentence.py, nominals.py, triggers.py

def test_intended_reads_a_promise_stated_in_the_past_that_future_does_not(facts):
    f = facts("The militia was preparing to shell the harbour district.", "shell")
    assert f.intended and not f.future


def test_intended_reads_would_on_the_verb_itself(facts):
    assert facts("Uruguay would supply two patrol boats.", "supply").intended


def test_intended_is_inherited_by_a_conjunct_but_not_by_a_plain_past(facts):
    sentence = "The rebels are ready to disarm and surrender their rifles."
    assert facts(sentence, "surrender").intended
    assert not facts("The rebels disarmed near the lake.", "disarmed").intended


def test_future_by_will_only_for_a_bare_will_on_the_verb(facts):
    assert facts("The two foreign ministers will meet in Riga on Thursday.", "meet").future_by_will
    assert not facts("The two foreign ministers plan to meet in Riga.", "meet").future_by_will


def test_purpose_infinitive_on_an_adverbial_not_on_a_frame_complement(facts):
    assert facts("Engineers travelled to Kandy to repair the dam.", "repair").purpose_infinitive
    assert not facts("Norway urged Chad to release the pilots.", "release").purpose_infinitive


def test_purpose_infinitive_not_under_an_event_complement_noun(facts):
    f = facts("The cabinet announced a decision to close the consulate.", "close")
    assert not f.purpose_infinitive


def test_in_condition_only_under_if_or_unless(facts):
    assert facts("Peru will retaliate if Bolivia seizes the barge.", "seizes").in_condition
    assert not facts("Peru will retaliate if Bolivia seizes the barge.", "retaliate").in_condition


def test_a_subject_with_no_negates_the_clause(facts):
    f = facts("No neighbouring state has recognised the breakaway council.", "recognised")
    assert f.negated and "subj:no" in f.cues
    assert not facts("Several neighbouring states have recognised the council.", "recognised").negated
    assert not facts("No fewer than nine fishermen were detained off Luzon.", "detained").negated


def test_a_gerund_under_without_or_instead_of_is_not_done(facts):
    assert facts("The governor closed the port without consulting the harbour board.", "consulting").negated
    assert facts("Instead of negotiating, the council fined the drivers.", "negotiating").negated
    assert not facts("After negotiating for a week, the council fined the drivers.", "negotiating").negated


def test_a_gerund_under_a_noun_of_risk_is_generic_but_not_under_a_charge(facts):
    assert facts("Analysts weighed the risk of striking the fuel depot.", "striking").generic
    assert not facts("The envoy faces charges of smuggling rifles.", "smuggling").generic


def test_a_gerund_under_a_noun_of_thought_is_a_thought_not_an_act(facts):
    # the holder is the verb's object, which the charge rule above leaves an act
    f = facts("The mayor shared the council's view on closing the mines.", "closing")
    assert f.generic and "gerund:thought" in f.cues
    # a noun of a way of acting is no thought: the act is done
    assert not facts("The junta resumed its tactic of jailing the mayors.", "jailing").generic
    assert facts("Oslo has shown little interest in hosting the envoys.", "hosting").generic
    # a noun of a deed keeps its gerund an act
    assert not facts("The envoy faces charges of smuggling rifles.", "smuggling").generic
    # a noun of intent plans its gerund: announced for later, not a thought
    f = facts("Quito announced plans for deploying marines to the islands.", "deploying")
    assert f.future and not f.generic
    # an effort may be under way
    assert not facts("Quito praised the effort of rebuilding the bridge.", "rebuilding").future


def test_an_intention_in_the_that_clause_of_a_message_noun_is_reported_and_so_future(facts):
    f = facts("Riots followed the mayor's statement that he intended to close the market.", "close")
    assert f.future
    # the same past intention told by the narrator is no announcement of a future act
    assert not facts("The mayor intended to close the market.", "close").future


# --- acts weighed or prevented, not done (round 15) ----------------------------------------
@pytest.mark.parametrize("sentence,word,cue", [
    ("The bandits who fled north look increasingly hard to capture.", "capture", "adj:hard"),
    ("The militia was far too weak to hold the bridge.", "hold", "adj:too"),
    ("The garrison was not large enough to storm the fortress.", "storm", "adj:enough"),
])
def test_infinitive_under_a_weighing_adjective_is_generic(facts, sentence, word, cue):
    f = facts(sentence, word)
    assert f.generic and cue in f.cues and not f.realis


def test_infinitive_under_an_intent_adjective_is_not_weighed(facts):
    f = facts("The navy is ready to escort the grain ships.", "escort")
    assert not f.generic and f.future


@pytest.mark.parametrize("sentence,word,cue", [
    ("The truce was meant to avert a fresh offensive against the port.", "offensive", "prevent:avert"),
    ("Night patrols deterred the smugglers from raiding the depot.", "raiding", "prevent:deter"),
])
def test_a_prevented_act_is_negated(facts, sentence, word, cue):
    f = facts(sentence, word)
    assert f.negated and cue in f.cues


def test_an_act_that_was_stopped_midway_is_not_prevented(facts):
    assert not facts("Villagers halted the offensive at the river.", "offensive").negated


# --- a purpose is no more real than the act it serves (session 16) -------------------------
@pytest.mark.parametrize("sentence,word,flag", [
    ("Tamil guerrillas plan to cross the lagoon to raid the naval depot.", "raid", "future"),
    ("The navy will send two frigates to patrol the straits.", "patrol", "future"),
    ("Helicopters could fly in to evacuate the stranded miners.", "evacuate", "hypothetical"),
])
def test_a_purpose_takes_the_future_or_condition_of_the_act_it_serves(facts, sentence, word, flag):
    f = facts(sentence, word)
    assert f.purpose and getattr(f, flag)


def test_a_purpose_of_a_past_act_is_not_future(facts):
    f = facts("Tamil guerrillas crossed the lagoon to raid the naval depot.", "raid")
    assert f.purpose and not f.future and not f.hypothetical


def test_a_condition_covers_a_conjunct_without_its_own_subject(facts):
    sentence = "If the bishop flies to Manila and is detained by customs officers, his order will complain."
    f = facts(sentence, "detained")
    assert f.hypothetical and f.in_condition


def test_a_condition_does_not_cover_a_conjunct_with_its_own_subject(facts):
    sentence = "If the bishop flies to Manila and customs officers detain him, his order will complain."
    assert not facts(sentence, "detain").in_condition


def test_a_denied_act_is_negated(facts):
    f = facts("The admiral denied shelling the fishing village.", "shelling")
    assert f.negated and "head:deny" in f.cues


@pytest.mark.parametrize("sentence,negated", [
    ("Inspectors found no evidence that the miners were beaten by guards.", True),
    ("Inspectors found evidence that the miners were beaten by guards.", False),
    ("There is no doubt that the miners were beaten by guards.", False),
])
def test_no_evidence_that_negates_its_clause(facts, sentence, negated):
    assert facts(sentence, "beaten").negated is negated


def test_an_event_noun_said_to_be_imminent_is_future(facts):
    assert facts("Chile believes Peruvian raids on its border posts are imminent.", "raids").future


@pytest.mark.parametrize("sentence,word,future", [
    # a time clause on a future or possible act is still to come
    ("Once the Danish envoys arrive, the ministers will sign the fisheries pact.", "arrive", True),
    ("When the miners end their strike, the company will reopen the pits.", "end", True),
    ("The pact could not be ratified until Peru had withdrawn its objections.", "withdrawn", True),
    # in the simple past, or on a reported past act, it is reported
    ("When the miners ended their strike, the company reopened the pits.", "ended", False),
    ("Before the envoys arrived, the ministers had signed the pact.", "arrived", False),
])
def test_a_time_clause_takes_the_future_of_its_main_clause(facts, sentence, word, future):
    f = facts(sentence, word)
    assert f.future is future and not f.hypothetical


@pytest.mark.parametrize("sentence,word,future", [
    ("The militia is days away from seizing the port of Mersa.", "seizing", True),
    ("Officials said the two parties were on the brink of signing a ceasefire.", "signing", True),
    ("The convoy turned away from the border after guards fired on it.", "fired", False),
])
def test_an_act_said_to_be_near_is_future(facts, sentence, word, future):
    assert facts(sentence, word).future is future


@pytest.mark.parametrize("sentence,word,negated", [
    ("The smuggler was mistakenly believed to have been shot by coastguards off Crete.", "shot", True),
    ("The envoy was wrongly reported to have fled to Ecuador.", "fled", True),
    # on the act itself the adverb judges an act that happened
    ("The cartoonist was wrongly detained by border police in Minsk.", "detained", False),
])
def test_an_act_only_mistakenly_believed_is_negated(facts, sentence, word, negated):
    assert facts(sentence, word).negated is negated


@pytest.mark.parametrize("sentence,word", [
    ("Nepal hopes to reopen the mountain pass before winter.", "reopen"),
    ("The rebels wanted to seize the dam.", "seize"),
    ("The finance minister is expected to cut fuel taxes next week.", "cut"),
    # a preference or a polite wish, stated now: nothing done
    ("The trawler captains would rather blockade the harbour than pay the levy.", "blockade"),
    ("One farmer said he'd sooner go and block the dairy gates than sell at that price.", "block"),
    ("The archbishop would like to visit the flooded parishes in Malawi.", "visit"),
    # another party's act foreseen or believed: no promise of that party
    ("Currency traders wager that the Peruvian central bank will cut rates in May.", "cut"),
    ("Some diplomats believe Eritrea would close the border crossing again.", "close"),
])
def test_predicted_reads_a_wish_or_someone_elses_forecast(facts, sentence, word):
    assert facts(sentence, word).predicted


@pytest.mark.parametrize("sentence,word", [
    ("Nepal expects to reopen the mountain pass before winter.", "reopen"),  # its own plan
    ("Nepal plans to reopen the mountain pass before winter.", "reopen"),
    ("Nepal reopened the mountain pass, as many had hoped.", "reopened"),
    # a verbal act done by saying it: "I would like to thank X" thanks X
    ("\u201cWe would like to thank the lifeboat crews of Cornwall,\u201d the mayor said.", "thank"),
    ("The trawler captains would blockade the harbour if the levy passed.", "blockade"),
    # one's own plan, however it is phrased, stays a plan
    ("Nepal expects it will reopen the mountain pass before winter.", "reopen"),
])
def test_predicted_leaves_plans_and_done_acts(facts, sentence, word):
    assert not facts(sentence, word).predicted


@pytest.mark.parametrize("sentence,word", [
    ("The commission has the power to dismiss or suspend the harbour master.", "suspend"),
    ("Wardens were given the authority to arrest poachers.", "arrest"),
])
def test_the_infinitive_of_a_capacity_noun_is_generic(facts, sentence, word):
    assert facts(sentence, word).generic


def test_an_act_after_a_capacity_is_still_done(facts):
    # the noun names the capacity; the act that used it is reported
    assert not facts("Using its new powers, the commission suspended the harbour master.", "suspended").generic


def test_was_able_to_reports_an_act_done_not_intended(facts):
    assert not facts("The coast guard was able to rescue forty fishermen.", "rescue").intended
    assert facts("The coast guard is able to rescue forty fishermen.", "rescue").intended


def test_a_participle_takes_the_future_or_condition_of_its_head(facts):
    # "while continuing to ...": no tense of its own, as future as the act it goes with
    f = facts("Ecuador said it would close the camps while continuing to patrol the river.", "patrol")
    assert f.future
    f = facts("If fishermen come ashore asking for shelter they will be turned away.", "asking")
    assert f.hypothetical
    # a bare participle after a refusal is the reason given now
    f = facts("The Ecuadorean unions said they would not march, citing the heavy rain.", "citing")
    assert not f.future


def test_in_case_opens_a_condition(facts):
    f = facts("Each nurse carries a whistle in case she is attacked on the night shift.", "attacked")
    assert f.hypothetical


def test_an_infinitive_the_parser_calls_a_relative_clause_still_reads_its_noun(facts):
    # spaCy labels this infinitive relcl: "threats to shell X" is still the threat's content
    f = facts("Then there are repeated threats to shell Chilean ports, and his refusal of the treaty.", "shell")
    assert f.future


def test_can_states_an_ability_and_cannot_a_refusal(facts):
    assert facts("Under the new decree, suspects can be held for a month without charge in Quito.", "held").hypothetical
    f = facts("Ecuador cannot accept the tribunal's ruling, the foreign minister said.", "accept")
    assert f.negated and not f.hypothetical


def test_generic_you_with_a_modal_of_ability_is_generic(facts):
    f = facts("\"You cannot move an army across a desert in a week,\" the Omani general said.", "move")
    assert f.generic and "subject:you" in f.cues
    # a modal of ability with a named subject, or "will" with "you", is no generic statement
    assert not facts("\"Oman cannot move its army across the desert,\" the general said.", "move").generic
    assert not facts("\"You will move your army out of the desert,\" the envoy told Riyadh.", "move").generic


def test_an_adverb_of_habit_on_a_present_describes_a_habit(facts):
    f = facts("The Uzbek interior ministry routinely jails bloggers who criticise the mayor.", "jails")
    assert f.generic and "habitual:routinely" in f.cues
    assert facts("Officials in Tashkent say the minister often meets the Kazakh envoy.", "meets").generic
    # past acts stay reported, also when they were frequent
    assert not facts("The Uzbek police often detained bloggers last year.", "detained").generic
    assert not facts("The Uzbek police detain two bloggers in Tashkent.", "detain").generic


def test_every_act_of_a_hoped_for_list_is_wished(facts):
    text = "\"I hope the Omani court will act quickly, drop the charges and release me,\" the prisoner said."
    assert facts(text, "release").predicted and facts(text, "drop").predicted
    assert not facts("The Omani court acted quickly, dropped the charges and released him.", "released").predicted


def test_an_in_case_clause_is_a_condition(facts):
    assert facts("Recruits are told to write a will in case they are captured by the militia.", "captured").hypothetical
    assert facts("The Ghanaian envoy kept a car ready in case the rebels attacked the embassy.", "attacked").hypothetical
    assert not facts("The Ghanaian envoy left the capital after the rebels attacked the embassy.", "attacked").hypothetical


def test_a_rate_on_a_present_verb_describes_a_habit(facts):
    assert facts("Unexploded mines still maim four children a week in northern Laos.", "maim").generic
    assert facts("Guards at the Omani border turn back hundreds of migrants every day.", "turn").generic
    assert not facts("Guards at the Omani border turned back hundreds of migrants last week.", "turned").generic


@pytest.mark.parametrize("sentence,word", [
    ("Left alone, the militia would have little difficulty holding the mountain pass.", "have"),
    ("Left alone, the militia would have little difficulty holding the mountain pass.", "holding"),
    ("The auditors blocked reforms that would have doubled the Latvian pension bill.", "doubled"),
])
def test_would_with_no_condition_and_no_reporter_is_imagined(facts, sentence, word):
    assert facts(sentence, word).hypothetical


@pytest.mark.parametrize("sentence,word,flag", [
    ("The Latvian minister said the ferry would sail on Friday.", "sail", "future"),
    ("The Latvian minister would like to visit Accra in May.", "like", None),
])
def test_reported_or_wished_would_is_not_imagined(facts, sentence, word, flag):
    f = facts(sentence, word)
    assert not f.hypothetical and (flag is None or getattr(f, flag))


def test_a_gerund_that_is_part_of_a_planned_act_is_planned(facts):
    f = facts("Kenyan commandos plan to assist in retaking the airfield.", "retaking")
    assert f.future


def test_a_gerund_given_as_a_reason_keeps_its_own_time(facts):
    f = facts("The minister said Kenya would regret it for leaving the trade pact.", "leaving")
    assert not f.future and not f.hypothetical


@pytest.mark.parametrize("sentence,word", [
    ("Trapping stays legal so long as the keepers release the hares.", "release"),
    ("The militia will keep the truce as long as the Latvian army holds its fire.", "holds"),
])
def test_an_as_long_as_clause_is_a_proviso(facts, sentence, word):
    assert facts(sentence, word).hypothetical


def test_a_comparative_tough_adjective_weighs_its_infinitive(facts):
    f = facts("The new fence made it harder to raid the Ghanaian depot.", "raid")
    assert f.generic and not f.realis and "adj:hard" in f.cues


def test_a_denied_clause_is_not_asserted(facts):
    f = facts("The Zambian general denied that his troops had shelled the camp.", "shelled")
    assert f.negated and "head:deny" in f.cues
    assert not facts("The Zambian general said that his troops had shelled the camp.", "shelled").negated
    # ... and so is the content of reports or claims he denied
    f = facts("The Zambian general denied claims that his troops had shelled the camp.", "shelled")
    assert f.negated and "head:deny" in f.cues
    assert not facts("The Zambian general confirmed reports that his troops had shelled the camp.", "shelled").negated


def test_a_gerund_talked_or_thought_about_is_a_topic_not_an_act(facts):
    f = facts("The governor keeps posting about shelling the islands and blockading their ports.", "shelling")
    assert f.generic and "gerund:topic" in f.cues
    # its conjunct shares the topic
    assert facts("The governor keeps posting about shelling the islands and blockading their ports.",
                 "blockading").generic
    # a boast or a charge names an act that happened
    assert not facts("The colonel boasted about shelling the islands.", "shelling").generic
    assert not facts("Norway accused the colonel of shelling the islands.", "shelling").generic


def test_infinitive_after_expletive_it_is_generic(facts):
    # "it is ... to V": the infinitive is the sentence's real subject, an act spoken of
    f = facts("Surely it was rather soon to blame the Chilean navy for the sinking.", "blame")
    assert f.generic and "infinitive:extraposed" in f.cues
    assert not facts("The navy was ordered to blame the storm.", "blame").generic


def test_neither_nor_negates_the_clause_for_both(facts):
    assert facts("Neither Bolivia nor Paraguay has recognised the breakaway council.", "recognised").negated
    assert facts("The fishing board approved neither the quota nor the levy.", "approved").negated
    assert not facts("Both Bolivia and Paraguay have recognised the breakaway council.", "recognised").negated


@pytest.mark.parametrize("sentence,word", [
    ("The Andean ministers did not claim that smugglers had bribed the customs chief.", "bribed"),
    ("It is far too early to say that the guerrillas have been crushed in Cauca.", "crushed"),
    ("It would be premature to report that Bogota had expelled the envoy.", "expelled"),
])
def test_what_nobody_asserts_is_not_reported(facts, sentence, word):
    f = facts(sentence, word)
    assert f.generic and any(c.startswith("unsaid:") for c in f.cues)


@pytest.mark.parametrize("sentence,word", [
    ("The Andean ministers claimed that smugglers had bribed the customs chief.", "bribed"),
    ("It is fair to say that the guerrillas have been crushed in Cauca.", "crushed"),
    ("The envoy denied that Bogota had expelled anyone.", "expelled"),  # a denial: negated, as before
])
def test_what_someone_asserts_stays_reported(facts, sentence, word):
    assert not any(c.startswith("unsaid:") for c in facts(sentence, word).cues)


@pytest.mark.parametrize("sentence,word", [
    ("Under the new code, ferry operators will have to refund stranded passengers.", "refund"),
    ("Lenders will need to notify the Danish regulator within a week.", "notify"),
])
def test_a_duty_to_come_is_an_obligation(facts, sentence, word):
    assert facts(sentence, word).obligation


@pytest.mark.parametrize("sentence,word", [
    ("The ferry operators had to refund the stranded passengers.", "refund"),  # done
    ("The ferry operators will not have to refund anyone.", "refund"),         # no duty
])
def test_a_past_or_denied_duty_obliges_no_one(facts, sentence, word):
    assert not facts(sentence, word).obligation


@pytest.mark.parametrize("sentence", [
    "He is accused of planning attacks on Chilean embassies.",     # the gerund read as a compound
    "Peruvian police said the cell planned attacks on Chilean embassies.",
    "Attacks on Chilean embassies were plotted by the cell.",
])
def test_an_event_noun_that_is_planned_is_future(facts, sentence):
    assert facts(sentence, "attacks" if "attacks" in sentence else "Attacks").future


def test_a_planning_word_before_a_determiner_plans_nothing(facts):
    # "a planning meeting" is a meeting held; only a bare gerund before its object plans the act
    assert not facts("The Chilean envoy attended a planning meeting in Lima.", "meeting").future


def test_a_negation_that_says_the_act_took_place(facts):
    # "did not hesitate to X", "has not stopped X-ing": X took place
    assert not facts("Ecuador did not hesitate to expel the envoy.", "expel").negated
    assert not facts("Peru has not stopped shelling the border villages.", "shelling").negated
    # "did not stop to X" (a purpose) and "did not deny X-ing" confirm nothing
    assert facts("The envoy did not stop to meet the rebels.", "meet").negated
    assert facts("Chad has not denied sending troops.", "sending").negated
