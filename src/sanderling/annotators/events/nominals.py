"""Events named by a noun wherever it stands: passing nouns ("a request for X to ...",
"claims that ..."), nominalisations with an owner or object ("Turkey's offensive", "airstrikes on
Z", "talks between X and Y"), attacks on a named place ("last week's bombing in X"). Hedged or
generic nouns ("a possible raid", "plans for talks") are no event.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .. import base, event_checks  # noqa: F401  (base registers the Doc extensions)
from ... import noun_senses
from .config import _cfg
from .lexicon import (
    ACCUSE_PRED, ANY_COUNTRY_NAME, ATTACK_HEDGES, CLASSES, DEATH_VERBS, FIGURATIVE_TARGETS, ATTACK_SUSPENDERS, HOLDING_VERBS, INTENT_FRAMES, IRREGULAR_NOMINALS, MILITARY_STRIKE_MODIFIERS, NOMINAL_HEDGES,
    INTRUSION_VERBS, NEUTRAL_CLAIM_NOUNS, NOMINAL_OBJECT_PREPS, NOMINAL_SUFFIXES, NOMINAL_SUSPENDERS, NOT_NOMINAL, OWN_ACT_WITHHOLDERS, NOUNS, PASSING_NOUNS,
    PLACE_HEADS, QUANTITY_NOUNS, RELATIVE_PRONOUNS, SETTING_PREPS, Spec, TOPIC_PREPS, TOPIC_TYPES, UNDERGOER_NOMINALS, UNREAL_MODALS, VERBS, DOER_NOMINALS, AFTERMATH_HEADS, OUTCOME_VERBS, voided_by_modifier,
    lacks_needed_modifier)
from .candidate import Candidate
from .syntax import (
    NER_ACTOR, NER_PLACE, NOT_PARTICIPANT_ENTS, SUBJ_DEPS, _armed, _children, _different_countries, _clause_verb, _first,
    _names_country, _obj_lookup, _whereabouts, _xcomp_chain)
from ..clause import _infinitival, clause_facts
from .roles import _names_participant, _noun_owner


def _infinitive_after(tok: Token) -> Optional[Token]:
    """The verb of a "to VERB" right after ``tok`` ("for Peru to extradite"), however parsed."""
    doc = tok.doc
    j = tok.right_edge.i + 1
    if j + 1 < len(doc) and doc[j].lower_ == "to" and doc[j].tag_ == "TO" and doc[j + 1].tag_ == "VB":
        return doc[j + 1]
    return None


def _passing_noun_candidate(tok: Token, consumed: set) -> Optional[Candidate]:
    """Event nouns that report an event wherever they stand ("amid a Dutch request for Peru
    to extradite the suspect", "after allegations that Chilean sailors entered the bay")."""
    if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod"):
        return None
    lemma = tok.lemma_.lower()
    spec = PASSING_NOUNS["request"].get(lemma)
    if spec is not None:
        asked = _done_at_request(tok)
        owner = _noun_owner(tok) or [o for p in _children(tok, {"prep"}) if p.lower_ == "of" for o in _children(p, {"pobj"})]
        if asked is not None and owner:
            # "intervened at Assad's request", "sent troops at the request of Mogadishu": the
            # owner asked, the doer of the governing act was asked
            return Candidate(Spec.parse(spec), tok, [tok], f"passing-noun:{lemma}-at", _cfg().conf_passing,
                             owner, [asked], kind="passing-noun", rule="at-request")
        for p in _children(tok, {"prep"}):
            pobj = _first(p, {"pobj"}) if p.lower_ == "for" else None
            inner = _infinitive_after(pobj) if pobj is not None else None
            if inner is not None and (pobj.ent_type_ in NER_ACTOR or pobj.pos_ == "PROPN"):
                consumed.update(t.i for t in inner.subtree if t.pos_ in ("VERB", "NOUN", "AUX"))
                consumed.add(inner.i)
                return Candidate(Spec.parse(spec), tok, [tok, inner], f"passing-noun:{lemma}-for-to",
                                 _cfg().conf_passing, _noun_owner(tok), [pobj], kind="passing-noun", rule="for-to")
        return None
    spec = PASSING_NOUNS["claim"].get(lemma)
    if spec is not None:
        for c in tok.children:
            if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                subj = _first(c, SUBJ_DEPS)
                if lemma in NEUTRAL_CLAIM_NOUNS and not _tells_a_wrong(c):
                    return None  # "his claim that the talks went well" accuses nobody
                if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS | {"it", "there", "this"}:
                    consumed.update(t.i for t in c.subtree if t.pos_ in ("VERB", "NOUN", "AUX"))
                    return Candidate(Spec.parse(spec), tok, [tok], f"passing-noun:{lemma}-that",
                                     _cfg().conf_passing, _noun_owner(tok), [subj], kind="passing-noun", rule="that")
        return None
    return None


def _done_at_request(noun: Token) -> Optional[Token]:
    """"at X's request", "at the request of X": the subject (or, for a noun, the owner) of the
    act done so, or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    if prep.head.pos_ == "NOUN":  # "Russia's intervention at Assad's request": whose act it was
        owners = _noun_owner(prep.head)
        return owners[0] if owners else None
    return _first(prep.head, SUBJ_DEPS) if prep.head.pos_ in ("VERB", "AUX") else None


#: event types that are a wrong done to someone: a claim that one happened accuses its doer
WRONG_TYPES = {"ASSAULT", "COERCE", "THREATEN", "SANCTION"}


def _tells_a_wrong(clause: Token) -> bool:
    """The clause says someone did wrong: a judging word ("lied", "rigged", "corrupt", "blame")
    or a verb of harm or force ("attacked", "detained")."""
    for t in clause.subtree:
        if t.lower_ in ACCUSE_PRED or t.lemma_.lower() in ACCUSE_PRED:
            return True
        spec = (VERBS.get(t.lemma_.lower()) or {}).get("default") if t.pos_ == "VERB" else None
        if spec and spec.split("/")[0] in WRONG_TYPES:
            return True
        if t.pos_ == "VERB" and t.lemma_.lower() in INTRUSION_VERBS and (
                t.lemma_.lower() not in ("enter", "cross") or any(
                    o.ent_type_ in NER_PLACE for c in t.children for o in [c] + list(c.children)
                    if c.dep_ in ("dobj", "prep") or o.dep_ == "pobj")):
            return True  # "claims that agents had entered Estonia": an incursion
    return False


#: a "call" with one of these compounds is a consultation, not an appeal ("a call for calm")
PHONE_WORDS = {"phone", "telephone"}


#: types a noun of the same form as its verb may name by the verb's default ("the massacre of",
#: "an ambush on", "riots against"); other such nouns name things ("a jail", "the fund", "a permit")
ZERO_NOMINAL_TYPES = {"ASSAULT", "PROTEST"}


def _nominal_spec(tok: Token) -> Optional[Spec]:
    """The event a noun names, from the curated nominal triggers or the verb it nominalises."""
    w, lemma = tok.lower_, tok.lemma_.lower()
    if lemma == "call" and any(c.dep_ == "compound" and c.lower_ in PHONE_WORDS for c in tok.children):
        return Spec("CONSULT", "phone", "041")  # "a phone call between X and Y" (CAMEO 041)
    entry = NOUNS.get(w) or NOUNS.get(lemma)
    if entry is not None and w in ("strike", "strikes") and any(
            c.dep_ in ("compound", "amod") and c.lower_ in MILITARY_STRIKE_MODIFIERS for c in tok.children):
        return Spec.parse(entry["spec"])   # "a drone strike": a "strike" with a military word
    if w in NOT_NOMINAL or lemma in NOT_NOMINAL:
        return None
    if entry is not None and w not in ("strike", "strikes"):
        required = entry.get("require_prep")
        if required and not any(c.dep_ == "prep" and c.lower_ in required for c in tok.children):
            return None  # "the evidence of his senses" accuses no one; "evidence against X" may
        if voided_by_modifier(tok, entry):
            return None  # "a custody battle with the agency": a dispute, no fighting
        if lacks_needed_modifier(tok, entry):
            return None  # "a costly exercise for the EU": a task, no manoeuvre
        return Spec.parse(entry["spec"])
    verbs = [IRREGULAR_NOMINALS[lemma]] if lemma in IRREGULAR_NOMINALS else []
    if not verbs and tok.tag_ in ("NN", "NNS") and \
            str((VERBS.get(lemma) or {}).get("default") or "").split("/")[0] in ZERO_NOMINAL_TYPES:
        verbs = [lemma]  # zero derivation, for violence only: "the massacre of", "an ambush on"
    for suffix, endings in NOMINAL_SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) > len(suffix) + 2:
            stem = lemma[: -len(suffix)]
            verbs += [stem + e for e in endings]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                verbs.append(stem[:-1])  # "shelling" -> "shell", "controlled" stems
    for v in verbs:
        default = (VERBS.get(v) or {}).get("default")
        if default:
            return Spec.parse(default)
    return None
REPORTED_NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "appos", "ROOT", "oprd"}


#: heads of "N of <event noun>" that only count or time the events: "dozens of raids",
#: "weeks of clashes", "a wave of arrests" stand where their head stands
SPAN_NOUNS = {"day", "days", "wave", "waves", "series", "spate", "string", "round", "rounds", "barrage", "campaign"}
COUNTING_HEADS = QUANTITY_NOUNS | CLASSES["term"] | SPAN_NOUNS | AFTERMATH_HEADS  # (and what says it happened)


def _nominal_reported(tok: Token) -> bool:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN" and (
            tok.head.head.lemma_.lower() in COUNTING_HEADS or tok.head.head.lower_ in COUNTING_HEADS):
        tok = tok.head.head  # "suffered weeks of shelling": the shelling stands where "weeks" does
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
    if tok.dep_ in REPORTED_NOUN_DEPS:
        return True
    if tok.dep_ != "pobj" or tok.head.head.pos_ not in ("VERB", "AUX"):
        return False
    prep = tok.head
    # "On a visit to Kenya, the president praised ...": a fronted "on" phrase is a setting
    # ("commented on the visit" is a topic)
    if prep.lower_ == "to" and prep.head.lemma_.lower() in OUTCOME_VERBS:
        return True  # "the deal led to criticism of X": what came of it took place
    return prep.lower_ in SETTING_PREPS or prep.lower_ == "on" and prep.i < prep.head.i


def _nominal_hedged(tok: Token, standing: bool = False) -> bool:
    """A noun named in passing, under a negation, modal, intent or hedge, is no event reported.
    ``standing``: a state of affairs ("a state's backing of an armed party") is one wherever the
    noun stands ("quarrelled over its support for the militia"), unless hedged otherwise."""
    if not standing and not _nominal_reported(tok):
        return True
    verb = _clause_verb(tok)
    if verb is not tok and verb.pos_ in ("VERB", "AUX"):
        chain = _xcomp_chain(verb)
        if clause_facts(verb).negated or any(c.dep_ == "aux" and c.lower_ in UNREAL_MODALS for t in chain for c in t.children) \
                or any(t.lemma_.lower() in INTENT_FRAMES for t in chain[1:]):
            return True  # "has not shared those concerns", "is no threat", "trying to justify an attack"
        if clause_facts(verb).purpose_infinitive:
            return True  # "the need to restore the ceasefire": an aim, not an event
        if any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children):
            return True
    mods = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "nummod", "neg")}
    if mods & NOMINAL_HEDGES or clause_facts(tok).in_condition:
        return True
    governor = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ != "nsubj" and (governor.lower_ in NOMINAL_SUSPENDERS or governor.lemma_.lower() in NOMINAL_SUSPENDERS):
        return True  # (what ends or averts something took place: "the recapture of X ended the siege")
    if tok.dep_ == "dobj" and governor.lemma_.lower() in OWN_ACT_WITHHOLDERS and all(
            c.pos_ == "PRON" for c in tok.children if c.dep_ == "poss"):
        return True  # "withholding his endorsement": the subject's own act, kept back
    return tok.dep_ in ("compound", "amod") or tok.head.lemma_.lower() in INTENT_FRAMES


def _verb_owning(noun: Token, spec: Spec) -> Optional[Token]:
    """The verb whose subject did what an ownerless event noun names: a light verb of holding
    ("held a phone call with X", "carried out air strikes"), or, for visits and talks, the verb
    of the clause the noun is the fronted setting of ("On a visit to Kenya, the president
    praised ..."; "During the withdrawal, the mayor asked ...": the subject need not be the one
    withdrawing)."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLDING_VERBS:
        return noun.head
    prep = noun.head
    if spec.type == "CONSULT" and noun.dep_ == "pobj" and prep.lower_ in ("on", "during") and \
            prep.head.pos_ in ("VERB", "AUX") and prep.i < prep.head.i:
        return prep.head
    return None


#: light verbs whose doer asks for or arranges the act rather than doing it ("the accord brokered
#: by X", "the expulsion demanded by X"): X is no party to it (not "call": "the ceasefire called
#: by X" is X's own)
BROKER_VERBS = {"broker", "demand", "request", "propose", "seek", "mediate", "urge"}
#: nouns of an "on" phrase that say on whose word or in what setting, not at whom ("on the orders of")
NOT_TARGETS_ON = {"order", "orders", "behalf", "eve", "anniversary", "scale", "basis", "ground", "grounds",
                  "pretext", "charge", "charges", "instruction", "instructions", "day", "night", "morning"}
#: a light participle's phrases that name what the act was aimed at ("imposed by X on Y")
PARTICIPLE_TARGET_PREPS = ("against", "on", "upon", "into")


def light_participle(verb: Token) -> bool:
    """verb is a participle of one of its noun's light verbs ("the offensive ordered by X"), or of
    a holding verb for a noun the lexicon lists none for, and no verb of brokering or asking."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ != "NOUN":
        return False
    noun = verb.head
    entry = NOUNS.get(noun.lower_) or NOUNS.get(noun.lemma_.lower()) or {}
    if verb.lemma_.lower() not in set(entry.get("light") or HOLDING_VERBS) or verb.lemma_.lower() in BROKER_VERBS:
        return False
    return verb.lemma_.lower() != "carry" or any(p.dep_ == "prt" and p.lower_ == "out" for p in verb.children)


def _light_participle_agent(noun: Token) -> list:
    """"airstrikes carried out by X", "the offensive ordered by X": the agent of a light
    participle (``light_participle``) did what the noun names, as in "X carried out airstrikes".
    Not the agent of any participle: "the offensive condemned by X" is not X's."""
    for c in noun.children:
        if light_participle(c):
            return [o for a in _children(c, {"agent"}) for o in _children(a, {"pobj"})]
    return []


def _light_participle_targets(noun: Token) -> list:
    """"the embargo imposed by X on Y", "the offensive launched by X against Y": Y."""
    return [o for c in noun.children if light_participle(c)
            for p in _children(c, {"prep"}) if p.lower_ in PARTICIPLE_TARGET_PREPS for o in _children(p, {"pobj"})
            if not (p.lower_ in ("on", "upon") and (o.lower_ in NOT_TARGETS_ON or o.ent_type_ in ("DATE", "TIME")))]


#: nouns of backing that name military aid when an armed party of another country gets it
MILITARY_SUPPORT_NOUNS = {"support", "backing", "assistance", "sponsorship"}


def _military_support(tok: Token) -> Optional[Spec]:
    """"US support for the Kurdish militia", "Iran's backing of the Houthis": a state's backing of
    another country's armed party is military aid (CAMEO 072); "support for the reform" is no event."""
    if tok.lemma_.lower() not in MILITARY_SUPPORT_NOUNS:
        return None
    owner = _noun_owner(tok)
    backed = [o for p in _children(tok, {"prep"}) if p.lower_ in ("for", "to", "of")
              for o in _children(p, {"pobj"}) if _armed(o)]
    if not owner or not backed or not _different_countries(owner[0], backed[0]):
        return None
    return Spec("AID", None, "072")


def _recognition(tok: Token) -> Optional[Spec]:
    """"X's recognition of Y as Z" (Y as a state, a capital, a government): diplomatic recognition
    (CAMEO 054), a standing act wherever the noun stands; "in recognition of her work" has no "as"."""
    if tok.lemma_.lower() != "recognition":
        return None
    doc = tok.doc
    for p in _children(tok, {"prep"}):
        after = p.right_edge.i + 1  # "as" on the noun, or right after its "of" phrase however parsed
        if p.lower_ == "of" and after < len(doc) and doc[after].lower_ == "as":
            return Spec("SUPPORT", None, "054")
    return None


#: prepositions that carry a zero-derived noun's object ("a cut in aid", "cuts to funding")
ZERO_OBJECT_PREPS = ("in", "to", "on", "of")


def _object_cue(tok: Token) -> Optional[Spec]:
    """"the US cut in aid to X", "a freeze on assets": a noun spelled like its verb, whose phrase
    holds an object the verb's object cues name (cut + aid, freeze + assets), is that cue's event.
    Only object cues count: the bare noun ("a cut", "the freeze") names nothing."""
    lemma = tok.lemma_.lower()
    entry = VERBS.get(lemma)
    if not entry or not entry.get("obj") or tok.tag_ not in ("NN", "NNS") or entry.get("achieved_only"):
        return None  # ("the defeat of X" is mostly a war aim: "the goal is the defeat of X")
    for p in _children(tok, {"prep"}):
        if p.lower_ not in ZERO_OBJECT_PREPS:
            continue
        for pobj in _children(p, {"pobj"}):
            hit, spec = _obj_lookup(entry["obj"], pobj)
            if hit and spec:
                return Spec.parse(spec)
    return None


def _of_names_subject(noun: Token, pobj: Token) -> bool:
    """The noun carries a "to" infinitive after its "of" phrase ("the refusal of X to talk",
    "a decision of the board to withdraw"): the "of" phrase names the infinitive's subject."""
    return any(c.dep_ == "acl" and c.i > pobj.i and _infinitival(c) for c in noun.children)


def _befallen(noun: Token, owner: list) -> list:
    """"his arrest", "the Taliban rout", "Khashoggi's killing": the owner of an undergoer noun
    (UNDERGOER_NOMINALS) is the one the act befell, unless an "of" phrase names that one
    ("Russia's capture of the town") or the owner is the noun's "by" phrase."""
    if not owner or noun.lemma_.lower() not in UNDERGOER_NOMINALS:
        return []
    preps = _children(noun, {"prep"})
    if any(p.lower_ == "of" and _first(p, {"pobj"}) is not None for p in preps):
        return []
    if any(o.i == t.i for p in preps if p.lower_ == "by" for t in _children(p, {"pobj"}) for o in owner):
        return []
    return owner


def _owned_by_from(noun: Token, owner: list) -> bool:
    """The noun's owner is only what its "from" phrase names ("a withdrawal from X", "a request
    from Y": roles._noun_owner reads "from" as the owner)."""
    return bool(owner) and all(o.head.head.i == noun.i and o.head.lower_ == "from" for o in owner)


def _of_doer(noun: Token, owner: list) -> Optional[Token]:
    """"the resignation of the minister", "the withdrawal of the troops from X": the "of" phrase
    of a noun of a verb used without an object (DOER_NOMINALS) names its doer when it names a
    party or a person, and the noun has no owner but its "from" phrase, the place left. Under a
    verb's object only a person is: "X ordered the withdrawal of the troops" is X's doing, while
    "X accepted the resignation of the minister" is still the minister's."""
    if noun.lemma_.lower() not in DOER_NOMINALS:
        return None
    if owner and not _owned_by_from(noun, owner):
        return None
    for p in _children(noun, {"prep"}):
        pobj = _first(p, {"pobj"})
        if p.lower_ == "of" and pobj is not None and _names_participant(pobj) and (
                noun.dep_ != "dobj" or pobj.ent_type_ == "PERSON" or noun_senses.names_a_person(pobj.lemma_.lower())):
            return pobj
    return None


def _nominal_candidate(tok: Token) -> Optional[Candidate]:
    """An event named by a noun wherever it stands, with its owner ("Turkey's offensive",
    "a Saudi airstrike", "the withdrawal by X") or its object ("airstrikes on Z", "talks between
    X and Y"); a noun with neither, or hedged ("a possible raid", "plans for talks"), is no event."""
    if tok.pos_ != "NOUN" or not _cfg().nominal_events:
        return None
    if (NOUNS.get(tok.lower_) or NOUNS.get(tok.lemma_.lower()) or {}).get("light_only"):
        return None  # "GM's European operations": a word that names its event only after a light verb
    standing = _military_support(tok) or _recognition(tok)
    spec = standing or _nominal_spec(tok) or _object_cue(tok)
    if spec is None or _nominal_hedged(tok, standing=standing is not None):
        return None
    owner = [c for c in _noun_owner(tok) if c.ent_type_ not in NOT_PARTICIPANT_ENTS]
    objects, parties = _befallen(tok, owner), []
    if objects:
        owner = [o for p in _children(tok, {"prep"}) if p.lower_ == "by" for o in _children(p, {"pobj"})]
    left = tok.lemma_.lower() in DOER_NOMINALS and _owned_by_from(tok, owner) and all(  # (not "of support from X": X's)
        _whereabouts(o) or _names_country(o.doc, o) for o in owner)
    doer = _of_doer(tok, owner)
    if doer is not None or left:
        # "a withdrawal from X": X is the place left, the "by" phrase (if any) the doer
        owner = [doer] if doer is not None else [
            o for p in _children(tok, {"prep"}) if p.lower_ == "by" for o in _children(p, {"pobj"})]
    for p in _children(tok, {"prep"}):
        pobj = _first(p, {"pobj"})
        if pobj is None or pobj.ent_type_ in NOT_PARTICIPANT_ENTS:
            continue
        if p.lower_ == "between" or (p.lower_ == "among"):
            parties.append(pobj)
        elif p.lower_ == "of" and not owner and _of_names_subject(tok, pobj):
            owner = [pobj]  # "the refusal of X to negotiate": X is who would (not) negotiate
        elif p.lower_ == "of" and any(o.i == pobj.i for o in owner):
            continue  # the doer named by the "of" phrase (_of_doer)
        elif objects and p.lower_ in ("in", "at") and tok.lemma_.lower() in UNDERGOER_NOMINALS:
            continue  # "his arrest in Kenya": where it befell him, not a second target
        elif p.lower_ == "for" and spec.type == "ASSAULT":
            continue  # "years of fighting for the rebels", "a raid for ransom": the side or the aim, not the target
        elif p.lower_ in NOMINAL_OBJECT_PREPS and not (spec.type in TOPIC_TYPES and p.lower_ in TOPIC_PREPS):
            objects.append(pobj)
    if spec.type == "ACCUSE" and event_checks.worry_about_a_matter(tok):
        return None  # "concern over the safety of the route": a worry, nobody judged
    if spec.type == "ASSAULT" and objects and all(o.lemma_.lower() in FIGURATIVE_TARGETS for o in objects):
        return None  # "an attack on our sovereignty": a judgement, no violence
    if parties:
        owner, objects = owner + parties, objects
    if not owner:
        owner = _light_participle_agent(tok)
    objects = objects + [o for o in _light_participle_targets(tok) if o not in objects]
    if not owner:
        verb = _verb_owning(tok, spec)
        doer = _first(verb, SUBJ_DEPS) if verb is not None else None
        if doer is not None and doer.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            doer = verb.head  # "the rebels who led the raid": the noun the clause is on
        owner = [doer] if doer is not None else []
    died_in = False
    if spec.type == "ASSAULT" and not objects and tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") \
            and tok.head.head.lemma_.lower() in DEATH_VERBS:
        died = tok.head.head
        victim = _first(died, SUBJ_DEPS)
        if victim is None and died.dep_ == "xcomp":
            victim = _first(died.head, SUBJ_DEPS | {"nsubjpass"})  # "are said to have died in"
        if victim is not None and (victim.pos_ != "PRON" or victim.lower_ in ("he", "she", "they")):
            objects = [victim]  # "six miners died in a Peruvian airstrike": the dead were its target
            died_in = True
    doc = tok.doc
    coded = [t for t in owner + objects if base.entities_in(doc, t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
             or base.entity_at(doc, t.idx, t.idx + len(t))]
    if not coded and not died_in:
        return None  # (people who died in an attack are its victims, named or not: detect first)
    return Candidate(spec, tok, [tok], f"passing-event:{tok.lemma_.lower()}", _cfg().conf_nominal, owner, objects,
                     kind="passing-event")


#: nouns of "come under X": the subject was attacked ("came under rebel attack", "came under fire")
UNDER_ATTACK_NOUNS = {"attack", "attacks", "fire", "shelling", "bombardment", "assault", "rocket", "mortar"}
#: verbs of giving way under an assault ("the town fell under the assault", "the defences
#: collapsed under sustained attack"): the assault took place; only the literal attack nouns
#: ("under fire" stays with "come": "the minister is under fire" is criticism)
GIVE_WAY_VERBS = {"collapse", "crumble", "buckle", "fall"}
LITERAL_ATTACK_NOUNS = UNDER_ATTACK_NOUNS - {"fire"}


def _from_phrases(verb: Token, noun: Token) -> list:
    """The objects of "from" on "come" or on its "under" noun ("came under fire from X")."""
    return [o for t in (verb, noun) for p in _children(t, {"prep"}) if p.lower_ == "from" for o in _children(p, {"pobj"})]


def _faulted_for(verb: Token, noun: Token) -> bool:
    """"came under fire for his decision", "... from MPs over his remarks": a phrase of what the
    subject is blamed for, on the verb, the noun or the "from" phrase ("over the weekend", "over
    the border" say when or where shots were fired: only a doing, a message or a plan counts)."""
    for p in (c for h in [verb, noun] + _from_phrases(verb, noun) for c in _children(h, {"prep"})):
        if p.lower_ == "for":
            return True
        if p.lower_ == "over" and noun.lower_ == "fire" and any(
                o.dep_ == "pcomp" or (not o.ent_type_ and noun_senses.names_a_measure(o.lemma_.lower()))
                for o in _children(p, {"pobj", "pcomp"})):
            return True  # (over a doing or a message: "over her questions", "over what she said")
    return False


def _under_attack_candidate(tok: Token) -> Optional[Candidate]:
    """"Kenyan troops came under rebel attack": an attack on the subject of "come under", by
    the noun's modifier when it names someone."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.lower_ not in UNDER_ATTACK_NOUNS:
        return None
    prep, verb = tok.head, tok.head.head
    if prep.lower_ != "under" or not (verb.lemma_.lower() == "come" or (
            verb.lemma_.lower() in GIVE_WAY_VERBS and tok.lower_ in LITERAL_ATTACK_NOUNS)):
        return None
    victim = _first(verb, SUBJ_DEPS)
    if victim is None or victim.lemma_.lower() in FIGURATIVE_TARGETS:
        return None
    if _faulted_for(verb, tok):
        # "came under fire for his decision (from MPs)": criticised, not shot at
        return Candidate(Spec("ACCUSE", "disapprove", "111"), tok, [prep, tok], f"passing-event:under-{tok.lower_}-for",
                         _cfg().conf_nominal, _from_phrases(verb, tok), [victim], kind="passing-event", rule="under-for")
    attackers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss") and _names_participant(c)]
    # "came under attack by / from rebels": the phrase on the noun or, as the parser often has
    # it, on the verb
    attackers += [o for t in (tok, verb) for p in _children(t, {"prep", "agent"}) if p.lower_ == "by"
                  for o in _children(p, {"pobj"})] + _from_phrases(verb, tok)
    return Candidate(Spec("ASSAULT", None, "190"), tok, [prep, tok], f"passing-event:under-{tok.lemma_.lower()}",
                     _cfg().conf_nominal, attackers, [victim], kind="passing-event", rule="under")


def _names_a_state(tok: Token) -> bool:
    """A nationality ("Israeli") or the name of a country ("US"), not a city or a region."""
    return tok.ent_type_ == "NORP" or tok.lower_ in ANY_COUNTRY_NAME


def _attack_noun_candidate(tok: Token) -> Optional[Candidate]:
    """"last Friday's bombing in Tel Aviv", "the Madrid bomb": a specific past attack on a
    named place. Generic or possible attacks ("an attack", "a possible strike") are no event."""
    spec = PASSING_NOUNS["attack"].get(tok.lower_) or PASSING_NOUNS["attack"].get(tok.lemma_.lower())
    if spec is None or tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod"):
        return None
    mods = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "compound", "nummod")}
    if mods & ATTACK_HEDGES or mods & {"a", "an", "no"} or clause_facts(tok).in_condition:
        return None
    governor = tok.head.head if tok.dep_ == "pobj" else tok.head
    if governor.lemma_.lower() in ATTACK_SUSPENDERS | NOMINAL_SUSPENDERS:
        return None  # "a lull in the shelling", "the danger of a raid", "plotted attacks in X"
    doc = tok.doc
    # "the Madrid bombing": the place hit; "US airstrikes", "an Israeli raid": a state or a
    # nationality names who struck (_nominal_candidate codes those as the owner)
    targets = [c for c in tok.children if c.dep_ in ("compound", "amod") and
               c.ent_type_ in NER_PLACE | {"NORP"} and base.entity_at(doc, c.idx, c.idx + len(c))
               and not (spec.startswith("ASSAULT") and _names_a_state(c))]
    for p in _children(tok, {"prep"}):
        pobj = _first(p, {"pobj"})
        if p.lower_ in ("in", "on", "against") and pobj is not None and \
                (pobj.ent_type_ in NER_PLACE or pobj.lemma_.lower() in PLACE_HEADS) \
                and base.entities_in(doc, pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)):
            targets.append(pobj)
    if not targets:
        return None
    owner = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")] + \
        [c for c in tok.children if c.dep_ in ("compound", "amod") and c not in targets and _names_a_state(c)
         and base.entity_at(doc, c.idx, c.idx + len(c))]
    return Candidate(Spec.parse(spec), tok, [tok], f"passing-noun:{tok.lemma_.lower()}-place", _cfg().conf_passing,
                     owner, targets, kind="passing-noun", rule="place")
