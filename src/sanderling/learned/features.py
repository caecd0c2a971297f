"""Sentence features for the learned event-type classifier, read from the spaCy parse.

One sentence becomes a set of string features; the model (``model.py``) weighs them.
Names are replaced by their entity label ("Kenya" -> "@GPE", "Amina" -> "@PERSON") and
numbers by "@NUM", so the model learns how events are *said*, not who took part in the
training sentences. Feature families (prefix: meaning):

- ``w:`` lemma of every content token           ``w:attack``
- ``b:`` lemma bigram                           ``b:air_strike``
- ``d:`` head lemma, dependency, child lemma    ``d:attack>dobj>@GPE``
- ``p:`` head lemma and its preposition         ``p:talk_with``
- ``n:`` a negated head                         ``n:sign``
- ``r:`` the sentence root                      ``r:say``
- ``v:``/``vn:`` PLOVER type of a verb (noun) in the PETRARCH2 CAMEO verb dictionary,
  through cameo_to_plover.json: ``v:ASSAULT`` for "shelled" even when no training sentence
  had that verb (``vp:``: a type only some of the verb's patterns give). The lemma -> types
  table is built by the training script from the dictionary and ships with the weights.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

#: Entity labels whose words are replaced by the label.
NAME_LABELS = {"GPE", "NORP", "PERSON", "ORG", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}
#: Dependencies whose (head, dep, child) triple is a feature: the verb's arguments and the
#: noun's modifiers that tell an event's kind ("fired >dobj> missile", "strike >amod> aerial").
ARG_DEPS = {"dobj", "nsubj", "nsubjpass", "agent", "xcomp", "ccomp", "acomp", "attr", "compound",
            "amod", "poss", "dative", "oprd", "advcl", "acl", "relcl", "conj"}


def word(tok: Token) -> str:
    """The normalised form of a token: entity label, @NUM, or lower-case lemma."""
    if tok.ent_type_ in NAME_LABELS:
        return "@" + tok.ent_type_
    if tok.like_num or tok.ent_type_ in {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}:
        return "@NUM"
    if tok.ent_type_ in {"DATE", "TIME"}:
        return "@DATE"
    return (tok.lemma_ or tok.text).lower()


def _kept(tok: Token) -> bool:
    return not (tok.is_punct or tok.is_space or tok.pos_ in {"DET", "PUNCT", "SPACE", "SYM"})


def sentence_features(sent: Span, verb_types: dict | None = None) -> set[str]:
    """The feature set of one sentence (or any span of parsed tokens); ``verb_types`` maps a
    lemma to [default types, pattern-only types] (see the module doc)."""
    feats: set[str] = set()
    prev = None
    for tok in sent:
        if not _kept(tok):
            continue
        w = word(tok)
        feats.add("w:" + w)
        if prev is not None:
            feats.add(f"b:{prev}_{w}")
        prev = w
        if verb_types and tok.pos_ in {"VERB", "NOUN"}:
            entry = verb_types.get(tok.lemma_.lower())
            if entry:
                tag = "v:" if tok.pos_ == "VERB" else "vn:"
                feats.update(tag + t for t in entry[0])
                feats.update("vp:" + t for t in entry[1])
        head = tok.head
        if head.i == tok.i:
            feats.add("r:" + w)
            continue
        hw = word(head)
        if tok.dep_ in ARG_DEPS:
            feats.add(f"d:{hw}>{tok.dep_}>{w}")
        elif tok.dep_ == "pobj" and head.dep_ == "prep":
            # "attack on Kabul": the preposition's head, the preposition, its object
            feats.add(f"d:{word(head.head)}>{hw}>{w}")
        elif tok.dep_ == "prep":
            feats.add(f"p:{hw}_{w}")
        elif tok.dep_ == "neg":
            feats.add("n:" + hw)
    return feats
