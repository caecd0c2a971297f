"""Helpers shared by the actor tests: code a text with the actor layer, find a mention's entity."""


def coded_entities(nlp, text, published, article_id="actors-1"):
    """The entities the pipeline gives ``text`` published on ``published``."""
    doc = nlp.make_doc(text)
    doc._.sanderling_article_id = article_id
    doc._.sanderling_published = published
    return nlp(doc)._.sanderling_entities


def owner(ents, text):
    """The one entity with a mention reading ``text`` (fails, listing all, if not exactly one)."""
    found = [e for e in ents if any(m.text == text for m in e.mentions)]
    assert len(found) == 1, (text, [(e.name, e.code, [m.text for m in e.mentions]) for e in ents])
    return found[0]
