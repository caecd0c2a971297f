"""PLOVER event coding: trigger lexicon + dependency rules -> doc._.sanderling_events.

Why rules and not a model: every event must say which words triggered it and which rule
fired (``Event.why``), and must be reproducible without training data. The trigger
lexicon (lexicons/events/triggers.json) is hand-curated from the CAMEO verb classes; the
raw CAMEO-derived lexicon (cameo_derived.json) is used only for contexts here (and for the
optional verb fallback); every other word list is in lexicons/events/words.json.

Whether a clause is negated, future, conditional, a purpose or an obligation is not decided
here: every stage reads ``annotators.clause.clause_facts`` (the same decision factuality and
the time resolver read), as fields of its answer.

Pipeline per sentence (``sentence.sentence_candidates``):
1. frames: verbs that embed another event ("threatened to cut", "urged X to withdraw",
   "refused to meet") code the frame type and consume the embedded verb;
2. nominal triggers with a light verb ("held talks", "launched an attack");
3. verb triggers with particle / object / preposition cues ("lift sanctions", "hit out");
4. reported speech whose content is an event ("X said Y was responsible" -> ACCUSE,
   "X said Y must go" -> REQUEST); a plain "said" is no event.
Actors are the subject (passive: the "by" agent), recipients the object / prep object /
possessor, all mapped to doc._.sanderling_entities; participants with no entity are kept
with their words and code None.

The package by stage, each module importing only those above it:

    config     the component's switches (EventsConfig) and confidence levels
    lexicon    triggers.json, cameo_derived.json, words.json; Spec
    candidate  Candidate, the unit the stages pass on
    syntax     parse helpers (objects, passives, embedded verbs, clause verbs)
    implied    codes from the article for participants the actor layer left uncoded
    roles      actors, recipients, uncoded and implied participants
    triggers   verb, light-verb noun and subject-noun triggers
    nominals   events named by nouns in passing ("Turkey's offensive", "airstrikes on Z")
    speech     reported speech and judging adjectives
    frames     frame verbs absorbing their embedded event; future/negated conversions
    sentence   all candidates of one sentence, nesting and consumption
    assemble   Candidate -> Event record, per-article filters and dedupe
    component  the spaCy factory ``sanderling_events``

This module re-exports the public names, so ``sanderling.annotators.events`` keeps working
as before (the ``spacy_factories`` entry point, ``nlp.COMPONENTS``, tests).
"""
from .assemble import code_doc
from .candidate import Candidate
from .component import EventsComponent, make_events_component
from .config import EventsConfig
from .lexicon import FALLBACK_VERBS, NOUNS, VERBS, Spec
from .sentence import sentence_candidates

__all__ = ["Candidate", "EventsComponent", "EventsConfig", "FALLBACK_VERBS", "NOUNS", "Spec", "VERBS",
           "code_doc", "make_events_component", "sentence_candidates"]
