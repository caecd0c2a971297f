"""Events named in passing (nouns, "due in"), negated disapproval, emotive participles,
relative-clause speech, and the event-date form."""
import re

import pytest

from events_support import codes

DATE_FORM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def only(events, etype):
    found = [e for e in events if e.event == etype]
    assert found, f"no {etype} in {[(e.event, e.why) for e in events]}"
    return found[0]


def test_demand_for_someone_to_act_is_request(events_of):
    evs = events_of("Talks resumed in spite of a German demand for Serbia to hand over the suspects.")
    ev = only(evs, "REQUEST")
    assert codes(ev.actor) == {"DEU"}
    assert codes(ev.recipient) == {"SRB"}
    assert not any(e.event == "RETREAT" and codes(e.recipient) == {"SRB"} for e in evs)


def test_claims_that_someone_acted_accuse_them(events_of):
    ev = only(events_of("Amid claims that Russian agents had entered Estonia, the minister cut short her trip."),
              "ACCUSE")
    assert codes(ev.recipient) == {"RUS"}


def test_one_sided_decision_is_no_agreement(events_of):
    evs = events_of("Observers noted the decision by Peru to build a new stadium.")
    assert not any(e.event == "AGREE" for e in evs)


def test_will_not_tolerate_is_disapproval_not_negated(events_of):
    ev = only(events_of("The Kenyan president said he would not tolerate Somali incursions."), "ACCUSE")
    assert not ev.factuality.negated


def test_tolerate_alone_is_no_event(events_of):
    assert not any(e.event == "ACCUSE" for e in events_of("Austria tolerated the Hungarian proposal."))


def test_emotive_participles_disapprove_of_the_that_clause_subject(events_of):
    evs = events_of("The Danish ambassador said she was appalled that Belarus had expelled the reporters.")
    ev = only(evs, "ACCUSE")
    assert codes(ev.recipient) == {"BLR"}


def test_relative_clause_speech_judges_the_antecedent(events_of):
    ev = only(events_of("Loans went to Ghana but not to Eritrea, which the Danish envoy said was a brutal "
                        "dictatorship."), "ACCUSE")
    assert codes(ev.recipient) == {"ERI"}


def test_event_date_is_never_an_interval(events_of):
    evs = events_of("Chinese and Vietnamese diplomats held talks in Hanoi last week.", published="2026-03-18")
    ev = only(evs, "CONSULT")
    assert ev.date is not None and "/" not in ev.date
    assert DATE_FORM.match(ev.date)


def test_specific_bombing_in_a_named_city_is_an_assault(events_of):
    evs = events_of("The Kenyan president condemned last week's bombing in the Somali capital of Mogadishu.")
    ev = only(evs, "ASSAULT")
    assert codes(ev.recipient) == {"SOM"}


def test_possible_or_generic_attacks_are_no_event(events_of):
    for text in ("Officials in Norway fear a possible attack in Oslo during the summit.",
                 "A lull in the mortar fire around Tikrit held overnight, locals said."):
        assert not any(e.event == "ASSAULT" and e.why.startswith("passing") for e in events_of(text)), text


def test_topic_of_talks_is_not_a_party(events_of):
    ev = only(events_of("Brazil held talks on Venezuelan migration with Colombia."), "CONSULT")
    assert codes(ev.recipient) == {"COL"}


def test_visit_without_a_visitor_is_dropped(events_of):
    evs = events_of("Two days ahead of touring the Italian quarter of Valletta, the interview was filmed.")
    assert not any(e.event == "CONSULT" and not e.actor for e in evs)


def test_refusal_of_nothing_aimed_at_nobody_is_dropped(events_of):
    evs = events_of("The Spanish minister refused to give credence to the rumours.")
    assert not any(e.event == "REJECT" for e in evs)
    assert any(e.event == "REJECT" for e in events_of("The Spanish minister refused to meet Moroccan envoys."))


def test_content_of_a_demand_is_not_a_separate_event(events_of):
    evs = events_of("Norway renewed its demand on Tuesday that Yemen lift its curbs on fuel shipments.")
    assert any(e.event == "REQUEST" for e in evs)
    assert not any(e.event == "CONCEDE" for e in evs)


def test_failure_reported_in_speech_is_no_judgement(events_of):
    evs = events_of("Serbia and Kosovo could not settle the customs row, diplomats from both capitals said.")
    assert not any(e.event == "ACCUSE" for e in evs)


@pytest.mark.parametrize("text", [
    # a blaming noun as the object of a verb that says nothing of its subject's doing
    "The Kenyan foreign minister said the Ugandan ceasefire had averted a humanitarian disaster.",
    # an intensifier of a quantity is no judgement
    "The Ugandan president said Kenya had won an awful lot of contracts.",
])
def test_a_bad_word_that_judges_nobody_is_no_accusation(events_of, text):
    assert not any(e.event == "ACCUSE" for e in events_of(text))


def test_posing_a_threat_is_still_blame(events_of):
    evs = events_of("The Ugandan president said Kenya's rebels posed a grave threat to the region.")
    assert any(e.event == "ACCUSE" and codes(e.recipient) == {"KEN"} for e in evs)


def test_government_praising_its_own_country_is_no_support(events_of):
    evs = events_of("The Thai trade minister said Thailand is committed to opening its markets.")
    assert not any(e.event == "SUPPORT" for e in evs)
    evs = events_of("The British foreign secretary said Israel was committed to the peace plan.")
    assert any(e.event == "SUPPORT" and codes(e.recipient) == {"ISR"} for e in evs)


def test_scheduled_meeting_stays_consult_flagged_future(events_of):
    ev = only(events_of("The Peruvian president will meet his Bolivian counterpart in La Paz."), "CONSULT")
    assert ev.factuality.future
    assert not any(e.event == "AGREE" for e in events_of("The Peruvian president will meet his Bolivian counterpart."))


def test_claim_that_someone_attacked_is_an_allegation_against_them(events_of):
    evs = events_of("Georgian officials alleged on Sunday that Russian troops bombarded two villages near Gori.")
    ev = only(evs, "ACCUSE")
    assert codes(ev.recipient) == {"RUS"}


def test_alleged_that_clause_subject_is_accused(events_of):
    ev = only(events_of("A report by Chilean officials alleged that Bolivia was aware of the smuggling."), "ACCUSE")
    assert codes(ev.recipient) == {"BOL"}


def test_unresolved_possessive_in_speech_is_the_speaker(events_of):
    evs = events_of("The Dutch justice minister said the police backed his reforms.")
    ev = only(evs, "SUPPORT")
    assert codes(ev.recipient) == {"NLD"}


def test_an_attack_named_as_the_setting_of_a_death_hit_the_dead(events_of):
    for text in ("Six Chilean miners died in a Peruvian airstrike near Tacna.",
                 "Six Chilean miners are said to have died in a Peruvian airstrike near Tacna."):
        evs = [e for e in events_of(text) if e.event == "ASSAULT"]
        assert evs and {r.code for r in evs[0].recipient} == {"CHL"}, text
        assert {a.code for a in evs[0].actor} == {"PER"}, text


def test_coming_under_attack_is_being_attacked_coming_under_fire_for_a_decision_is_not(events_of):
    evs = [e for e in events_of("Kenyan troops came under attack near Garissa on Thursday.") if e.event == "ASSAULT"]
    assert evs and {r.code for r in evs[0].recipient} == {"KEN"}
    assert not [e for e in events_of("The Kenyan interior minister came under fire for closing the Dadaab camp.")
                if e.event == "ASSAULT"]


def test_who_leads_a_raid_did_it(events_of):
    # "X who led a raid on Y": a light verb of leading gives the noun its doer, through the relative clause
    evs = [e for e in events_of("Ugandan police officers who led a raid on a Kenyan village were suspended.")
           if e.event == "ASSAULT"]
    assert evs and codes(evs[0].actor) == {"UGA"}


def test_a_claim_that_tells_no_wrong_accuses_nobody(events_of):
    evs = events_of("Her claim that the Malawian delegation had arrived early amused the hosts.")
    assert not any(e.event == "ACCUSE" for e in evs)
    # one that tells a wrong still accuses its doer
    ev = only(events_of("Officials dismissed Kenyan claims that Ugandan troops had shelled a border post."), "ACCUSE")
    assert "UGA" in codes(ev.recipient)


def test_an_attack_judged_by_others_still_happened(events_of):
    evs = events_of("Bolivia condemned Chile's weekend offensive against rebel camps in northern Peru.")
    # the condemnation is one event; the offensive it judges is another, with its own doer
    assert codes(only(evs, "ACCUSE").actor) == {"BOL"}
    assert codes(only(evs, "ASSAULT").actor) == {"CHL"}


def test_an_attack_that_is_asked_for_is_no_attack(events_of):
    evs = events_of("Bolivia demanded a Chilean offensive against the rebel camps.")
    assert not [e for e in evs if e.event == "ASSAULT" and not (e.factuality.future or e.factuality.hypothetical)]


def test_not_opposing_is_no_rejection(events_of):
    # a rejection verb under a negation rejects nothing ("will not oppose" lets it through) ...
    assert not [e for e in events_of("Ghana's regulator will not oppose the sale of the mine, its chairman said.")
                if e.event == "REJECT"]
    assert not [e for e in events_of("Ghana has not ruled out new tariffs on Togolese cement.")
                if e.event == "REJECT"]
    # ... while a negated act that is itself the refusal stays one
    assert [e for e in events_of("Ghana will not attend the summit in Lome.") if e.event == "REJECT"]


def test_a_judged_attack_needs_its_own_doer(events_of):
    # no doer named: the judge is no attacker, and a place is no doer either
    evs = events_of("Ghana condemned an attack on Togolese traders near the border.")
    assert not [e for e in evs if e.event == "ASSAULT" and "GHA" in codes(e.actor)]
    # a rejected or generic attack is no attack that took place
    assert not [e for e in events_of("Peru rejected an invasion of Bolivia as unthinkable.") if e.event == "ASSAULT"]
    assert not [e for e in events_of("Ghana condemns attacks on journalists.") if e.event == "ASSAULT"]


def test_a_negation_that_says_the_act_happened(events_of):
    # "did not hesitate to refuse": the refusal took place
    assert [e for e in events_of("Ecuador did not hesitate to refuse the Peruvian demand.") if e.event == "REJECT"]
    assert [e for e in events_of("Ghana did not hesitate to condemn the Togolese coup.") if e.event == "ACCUSE"]
