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
