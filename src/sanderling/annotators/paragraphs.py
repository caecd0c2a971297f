"""Sentence starts at paragraph breaks, set before the parser so it cannot glue a closing
quote mark onto the next paragraph's first sentence (evidence spans must start cleanly)."""
from spacy.language import Language
from spacy.tokens import Doc

CLOSERS = {'"', "\u201d", "'", "\u2019", ")", "]"}


#: Tags of words that open a sentence but are written lower-case inside one ("About", "Once",
#: "While", "Despite"): capitalised right after a lower-case word they mark a sub-heading fused
#: to the sentence that follows it ("Remaining fighters About 500 ...")
OPENER_TAGS = {"IN", "RB", "WRB"}


def paragraphs_component(doc: Doc) -> Doc:
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        hyphened = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"  # "the Kurdish-led force"
        if tok.tag_ in OPENER_TAGS and tok.is_title and len(tok) > 1 and prev.is_alpha and prev.is_lower \
                and not hyphened:
            tok.is_sent_start = True  # a heading with no full stop: the sentence starts here
    for i, tok in enumerate(doc[:-1]):
        if not (tok.is_space and "\n" in tok.text):
            continue
        doc[i + 1].is_sent_start = True
        if i > 0:
            tok.is_sent_start = False
        j = i - 1
        while j > 0 and doc[j].text in CLOSERS:
            doc[j].is_sent_start = False  # a closing mark ends the sentence before it
            j -= 1
    return doc


@Language.factory("sanderling_paragraphs", requires=[],
                  assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str):
    """nlp.add_pipe("sanderling_paragraphs"); also found through the spacy_factories entry point."""
    return paragraphs_component
