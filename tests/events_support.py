"""Shared by the event and factuality tests: the components they need and small readers."""
COMPONENTS = ("sanderling_acronyms", "sanderling_actors", "sanderling_timex", "sanderling_quotes",
              "sanderling_events", "sanderling_factuality")
PUBLISHED = "2026-03-04"


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
