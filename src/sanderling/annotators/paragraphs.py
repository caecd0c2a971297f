"""Sentence starts at paragraph breaks, set before the parser so it cannot glue a closing
quote mark onto the next paragraph's first sentence (evidence spans must start cleanly)."""
from spacy.language import Language
from spacy.tokens import Doc

CLOSERS = {'"', "\u201d", "'", "\u2019", ")", "]"}


def paragraphs_component(doc: Doc) -> Doc:
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
