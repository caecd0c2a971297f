"""Political talk (news36 PolNeAR and BBC tuning misses): judgements, criticism and endorsement
between politicians. Invented sentences only."""
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
