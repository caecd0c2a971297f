"""Shared by the event and factuality tests: the components they need and small readers."""
COMPONENTS = ("sanderling_acronyms", "sanderling_actors", "sanderling_timex", "sanderling_quotes",
              "sanderling_events", "sanderling_factuality")
PUBLISHED = "2026-03-04"
#: An invented political report of article length, for the article-level gates' tests.
POLITICAL_REPORT = ("Chile's interior minister met opposition leaders in Santiago on Monday to discuss the new security "
                    "law, a week after riot police fired tear gas at protesters outside the national stadium. The "
                    "opposition accused the government of ignoring the courts, and the minister promised to present "
                    "amendments to parliament before the end of the month. Lawmakers from the governing coalition said they "
                    "would back the amendments if the government dropped a clause on detention without charge. Human rights "
                    "groups called for an independent inquiry into the use of force by the police, and the national ombudsman "
                    "said her office had received more than forty complaints from people injured during the demonstration. "
                    "The president, speaking in Valparaiso, defended the minister and said the law would be enforced.")


def codes(refs):
    return {r.code for r in refs if r.code}


def make_events_of():
    """text (+ publication date) -> the events the pipeline codes in it."""
    from sanderling.nlp import get_nlp
    nlp = get_nlp(COMPONENTS)

    def run(text, published=PUBLISHED):
        doc = nlp.make_doc(text)
        doc._.sanderling_published = published
        return nlp(doc)._.sanderling_events
    return run
