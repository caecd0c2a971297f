"""Trigger candidates from verbs and their cues (particle, object, preposition, object class,
that-clause, passive), nouns under a light verb ("held talks"), event nouns as subjects of
occurrence verbs ("riots erupted"), and the event a complement clause states.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ... import noun_senses
from .. import base, event_checks
from .config import _cfg
from .lexicon import (
    ACL_EVENT_NOUNS, ADVERB_PARTICLES, ATTACK_NOUNS, CLASSES, DEATH_VERBS, EVENT_SUBJECT_NOUNS, FALLBACK_TAGS, FALLBACK_VERBS,
    FIGURATIVE_TARGETS, MARKET_DEMAND_MODIFIERS, MARKET_PLACES, MILITARY_AIMS, MILITARY_STRIKE_MODIFIERS, MODALS,
    NOMINAL_SUFFIXES, NOUNS, OCCURRENCE_VERBS, SAY_VERBS, UNDERGO_VERBS, Spec, VERBS, lacks_needed_modifier, voided_by_modifier)
from .candidate import Candidate
from .roles import _names_participant, _subject_tokens, gift_without_giver
from .syntax import (
    goods_with,
    ARMED_SECTORS, NER_ACTOR, NOMINAL_DEPS, PASSIVE_SUBJ_DEPS, SUBJ_DEPS, _armed, _children, _different_countries,
    _direct_object, _embedded_verbs, _first, _hyphenated, _is_passive, _misread_attack_noun, _misread_attackers, _lemma_variants, _obj_class, _obj_lookup, _semantic_head, _silent_e_lemma)
from ..clause import HYPOTHETICAL_MODALS, OBLIGATION_HEADS, _infinitival, clause_facts


# --- matching a trigger --------------------------------------------------------------

#: acts done in words: a video or a poster that threatens, demands or accuses is its maker
#: speaking ("a video released by X threatened Y"), not a picture that depicts (hazard_subject)
SAYING_TYPES = {"THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "CONSULT"}


def _market_demand(noun: Token) -> bool:
    """"growing demand", "demand in the auto market", "fans' demand for great music": demand as
    buyers' appetite, not a demand put to someone (that one asks for an act: "the demand for
    his resignation", "their demands")."""
    if noun.lower_ != "demand":
        return False  # the plural is always a list of claims
    if any(c.dep_ in ("amod", "compound") and c.lower_ in MARKET_DEMAND_MODIFIERS for c in noun.children):
        return True
    for p in _children(noun, {"prep"}):
        pobj = _first(p, {"pobj"})
        if p.lower_ == "in" and pobj is not None and pobj.lemma_.lower() in MARKET_PLACES:
            return True
        if p.lower_ == "for" and pobj is not None and pobj.pos_ == "NOUN" and not _event_like(pobj):
            return True
    return False


def _event_like(noun: Token) -> bool:
    """A noun that names an act (an event noun of the lexicon, or a nominalisation)."""
    w = noun.lemma_.lower()
    return w in NOUNS or w in ("action", "talks", "vote") or any(
        w.endswith(suffix) for suffix, _ in NOMINAL_SUFFIXES if suffix != "s")


def _match_verb(tok: Token, entry: dict) -> tuple[bool, Optional[str], str]:
    """(found, spec, cue name) for a verb entry, most specific cue first."""
    if entry.get("achieved_only") and tok.tag_ not in FALLBACK_TAGS:
        return True, None, "aim"  # "a coalition to defeat X", "aims at ousting X": a goal, nothing won yet
    prts = _children(tok, {"prt"}) + [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES]
    obj = _direct_object(tok)
    if entry.get("needs_object") and obj is None and not _children(tok, {"xcomp", "ccomp", "prep", "dative"}):
        return True, None, "no-object"
    comp = _first(tok, {"ccomp"})
    if comp is not None and entry.get("ccomp_act") and not _children(tok, {"xcomp"}) \
            and not _states_an_act(comp):
        return True, None, "ccomp-prediction"  # "warned (Lima) that the siege would be brutal": a forecast
    if comp is not None and "ccomp" in entry and not _children(tok, {"xcomp", "dobj"}):
        modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in comp.children)
        future = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "wo", "shall") for c in comp.children)
        if future and "ccomp_future" in entry:
            return True, entry["ccomp_future"], "ccomp-future"
        if modal and "ccomp_modal" in entry:
            return True, entry["ccomp_modal"], "ccomp-modal"
        if "ccomp_pronoun" in entry:
            subj = _first(comp, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)
            if subj is not None and subj.pos_ == "PRON":
                return True, entry["ccomp_pronoun"], "ccomp-pronoun"
        return True, entry["ccomp"], "ccomp"
    # "ordered his troops to withdraw": the object is the one asked to act, and the frame decides
    # the type (a null cue still blocks: "told a radio show")
    asked_to_act = entry.get("frame") == "request_obj" and obj is not None and bool(_children(tok, {"xcomp"}))
    if obj is not None and "obj" in entry:
        hit, spec = _obj_lookup(entry["obj"], obj)
        if hit and not (asked_to_act and spec is not None):
            return True, spec, "obj:" + obj.lower_
        goods = None if hit else goods_with(tok, obj)
        if goods is not None:
            return True, _obj_lookup(entry["obj"], goods)[1], "obj_with:" + goods.lower_
    if obj is not None and "counted_object" in entry and not _children(tok, {"xcomp", "ccomp", "oprd"}) \
            and any(c.dep_ == "nummod" for c in obj.children) and not _children(obj, {"acl"}):
        return True, entry["counted_object"], "counted-object"  # "ordered 30 planes": bought
    if obj is not None and _market_demand(obj):
        return True, None, "market-demand"  # "to meet growing demand for water": buyers, no party
    if obj is not None and entry.get("intransitive"):
        return True, None, "transitive"  # "the vote demonstrated their strength": shown, not protested
    if obj is not None and "obj_prep" in entry and (
            (_obj_class(obj, tok.doc) == "actor" and not entry.get("obj_prep_armed")) or _armed(obj)):
        # "drove the rebels out of the town": a preposition that makes the verb an expulsion
        # counts only with someone to expel ("drove out of the city", "pushed the bill out of
        # committee" expel nobody; with "obj_prep_armed" only fighters count: "cleared the
        # minister of charges" expels no one)
        for p in _children(tok, {"prep"}) + prts:
            if p.lower_ in entry["obj_prep"] and p.i > tok.i:
                return True, entry["obj_prep"][p.lower_], "obj_prep:" + p.lower_
    for p in prts:
        if p.lower_ in entry.get("prt", {}):
            return True, entry["prt"][p.lower_], "prt:" + p.lower_
    if prts and "prt" in entry and entry.get("default") is None:
        return True, None, "prt-unknown"
    if "passive" in entry and _is_passive(tok):
        return True, entry["passive"], "passive"
    subj = _first(tok, SUBJ_DEPS)
    if entry.get("contest") and _contest(tok):
        return True, None, "contest"  # "beat the holders 3-1", "beat a rival bank to the deal"
    if entry.get("forceful_doer") and _no_force(subj if subj is not None else _passive_agent(tok)):
        return True, None, "no-force"  # "a weak yen hit importers", "hit by a scandal"
    if "thing_subject" in entry and subj is not None and _thing(subj):
        return True, entry["thing_subject"], "thing-subject"  # "the bill allows councils to ...": a rule, no act
    if "bare_present" in entry and tok.tag_ in ("VBZ", "VBP") and not _children(tok, {"xcomp", "ccomp"}) \
            and not any(p.lower_ in ("for", "against") for p in _children(tok, {"prep"})):
        # "a senator who appeals to rural voters": a standing quality, no act (an act asks for
        # something: "appeals to Peru to release them", "appeals for calm")
        return True, entry["bare_present"], "bare-present"
    doer = subj
    if doer is None and "subj" in entry:
        doer = _passive_agent(tok)  # "the office was raided by the police": a passive's doer
    if doer is None and "subj" in entry and tok.dep_ == "xcomp":
        # "gunmen are said to hold X", "the rebels vowed to defend X": the doer
        # of a verb with no subject of its own is the one roles gives it (one decision)
        inherited = _subject_tokens(tok)
        doer = inherited[0] if inherited else None
    if doer is not None and "subj" in entry and "prep_obj" in entry and any(
            _obj_lookup(entry["prep_obj"], o) == (True, None)
            for p in _children(tok, {"prep"}) for o in _children(p, {"pobj"})):
        doer = None  # "beheadings captured on film by the militants": a blocking phrase beats the doer
    if doer is not None and "subj" in entry:
        head = _semantic_head(doer)  # "hundreds of dockers and students": each of them
        for who in (head, *head.conjuncts):
            hit, spec = _obj_lookup(entry["subj"], who)
            if hit:
                return True, spec, "subj:" + who.lower_
    if "ccomp" in entry and tok.dep_ == "parataxis":
        return True, entry["ccomp"], "ccomp"
    # "called Lula on Monday": a preposition whose object is a date or time is when, not a cue
    # ("call on X" is an appeal)
    preps = [p for p in _children(tok, {"prep", "agent", "dative"})
             if not any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in p.children)
             or (p.lower_ == "for" and "@term" in entry.get("prep_obj", {}))]  # "jailed for eight years": a term
    # "called for Chile to withdraw": the parser makes "for" the mark of an infinitive clause with
    # its own subject; it is the verb's "for" all the same
    preps += [m for c in _children(tok, {"advcl"}) if _infinitival(c)
              for m in _children(c, {"mark"}) if m.lower_ == "for"]
    if "prep_obj" in entry:
        for p in preps:
            pobj = _first(p, {"pobj"})
            if pobj is not None:
                hit, spec = _obj_lookup(entry["prep_obj"], pobj)
                if hit:
                    return True, spec, "prep_obj:" + pobj.lower_
    for a in _children(tok, {"acomp", "oprd"}):
        if a.lower_ in entry.get("acomp", {}):
            return True, entry["acomp"][a.lower_], "acomp:" + a.lower_  # "pleaded guilty": no appeal
    if "say_advcl" in entry and any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SAY_VERBS
                                    for c in tok.children):
        return True, entry["say_advcl"], "say-advcl"  # "attacked the minister, saying he had lied": in words
    if "matter_agreed" in entry and any(p.lower_ == "with" and p.i > tok.i for p in preps) and (
            obj is not None or _children(tok, {"xcomp"}) or any(
            p.lower_ in ("on", "to", "over", "upon") and p.i > tok.i for p in preps)):
        # "agreed with Chile on a treaty", "agreed with X to cut tariffs", "agreed with X the sale
        # of ...": a matter settled between the two (without one, "agreed with X" shares X's view)
        return True, entry["matter_agreed"], "matter-agreed"
    for p in preps:
        # a phrasal cue follows its verb: "For the Greens, X called the plan weak" is no "call for"
        # ... and not after a naming predicate: "what they called a rough week for X" names it
        if p.lower_ in entry.get("prep", {}) and (p.i > tok.i or tok.dep_ == "relcl") \
                and not any(a.dep_ == "oprd" and a.i < p.i for a in tok.children):
            return True, entry["prep"][p.lower_], "prep:" + p.lower_
    if "impersonal_culprit" in entry:
        # "blamed high fuel prices for the losses", "blamed the fall on a weak dollar": a cause
        # nobody acts in is blamed, nobody is accused
        # (the parser may hang "on" inside the object: "blamed the problem of X on Y")
        ons = [p for p in preps if p.i > tok.i] + ([t for t in obj.subtree if t.dep_ == "prep"] if obj is not None else [])
        culprit = next((o for p in ons if p.lower_ == "on" for o in _children(p, {"pobj"})), obj)
        if culprit is not None and event_checks.impersonal_matter(culprit):
            return True, entry["impersonal_culprit"], "impersonal-culprit"
    if obj is not None and "obj_doing" in entry and obj.pos_ == "NOUN" and noun_senses.names_a_doing(obj.lemma_) \
            and base.entity_at(tok.doc, obj.idx, obj.idx + len(obj)) is None:
        return True, entry["obj_doing"], "obj-doing"  # "blocked the auction": a doing, no road
    if obj is not None and "obj_class" in entry:
        cls = _obj_class(obj, tok.doc)
        if cls in entry["obj_class"]:
            return True, entry["obj_class"][cls], "obj_class:" + cls
    if "xcomp" in entry and _first(tok, {"xcomp"}) is not None:
        return True, entry["xcomp"], "xcomp"
    if "xcomp" in entry and entry["xcomp"] is None and obj is None and _struggle_aim(tok):
        return True, None, "xcomp"  # "fought hard to keep the plant open": a struggle, not combat
    if "bare_single" in entry and obj is None and not preps and _one_speaker(tok) \
            and not _children(tok, {"xcomp", "ccomp", "dative", "prt"}):
        return True, entry["bare_single"], "bare-single"  # "Mr Holt agreed, but added ...": with a view
    return entry.get("default") is not None, entry.get("default"), "default"


def _struggle_aim(tok: Token) -> bool:
    """An infinitive the parser hangs on the verb as an adverbial, with an aim that is no
    holding or taking of ground: read as the complement ("fought to keep X open", "sought to
    end Y"); "fought to retake the port" stays combat (``MILITARY_AIMS``)."""
    return any(c.dep_ == "advcl" and c.i > tok.i and any(a.tag_ == "TO" for a in c.children)
               and c.lemma_.lower() not in MILITARY_AIMS for c in tok.children)


def _thing(subj: Token) -> bool:
    """A subject that names no one: a law, a plan, a scheme ("which" standing for one)."""
    if subj.lower_ in ("which", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head
    if subj.pos_ == "PRON":
        return subj.lower_ in ("this", "that", "which")  # "it" often stands for a state
    if any(c.dep_ == "compound" and c.ent_type_ == "ORG" for c in subj.children):
        return False  # "INS agents", "UN staff": a named body's people, no thing
    return subj.pos_ == "NOUN" and not _names_participant(subj) and not subj.ent_type_


#: verbs of a prize or first place won: "won the award, beating X" beat X in a contest
WIN_VERBS = {"win", "earn", "top", "clinch", "secure", "claim", "take"}


#: doers whose beating of a named person is a beating: armed parties and the police
FORCE_SECTORS = frozenset(ARMED_SECTORS | {"COP"})


def _contest(tok: Token) -> bool:
    """The verb (an entry flagged ``contest``: "beat") tells who won a contest, not who was hurt: a score ("beaten
    3-1"), a prize or place raced for ("beat X to the deal", "into second place", "beat X to buy
    the firm"), a win it comes with ("won the title, beating X"), or a loser that is a company, a
    party, a product or a work ("beat Labour", "beat the iPad"), not an armed group ("the militia
    has been beaten"). Not "beaten to death"."""
    for c in tok.children:
        if c.like_num and c.dep_ in ("npadvmod", "advmod", "attr"):
            return True  # a score
        if c.dep_ == "prep" and c.lower_ in ("to", "into") and not any(
                o.lemma_.lower() in ("death", "pulp") for o in c.children):
            return True
        if c.dep_ == "advcl" and _infinitival(c):
            return True
    if tok.dep_ in ("advcl", "conj") and tok.head.lemma_.lower() in WIN_VERBS:
        return True
    obj = _first(tok, {"dobj"}) if not _is_passive(tok) else _first(tok, {"nsubjpass"})
    if obj is not None and not _is_passive(tok) and not any(
            (c.dep_ == "prt" and c.lower_ == "up") or (c.dep_ in ("prep", "prt") and c.lower_ in ("with", "out"))
            for c in tok.children):  # ("beat the daylights out of X": X is the victim)
        subj = _first(tok, {"nsubj"})
        if obj.ent_type_ in ("PERSON", "GPE", "NORP") and not (subj is not None and _armed(subj, FORCE_SECTORS)):
            return True  # "would beat Smith", "beating Peru 2-0": a named loser (a victim beaten with
                         # something, beaten up or beaten by police, soldiers or guards is hurt)
        if obj.pos_ == "NOUN" and not obj.ent_type_ and noun_senses.classes(obj.lemma_)[:1] not in (
                ("person",), ("group",), ()):
            return True  # "beating films by rival nominees", "beat its savings target": no being beaten
    return obj is not None and obj.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART") and not _armed(obj)


def _passive_agent(tok: Token) -> Optional[Token]:
    """The noun after "by" of a passive verb ("was hit by a scandal"); None if there is none."""
    agent = _first(tok, {"agent"}) if _is_passive(tok) else None
    return _first(agent, {"pobj"}) if agent is not None else None


def _no_force(doer: Optional[Token]) -> bool:
    """A doer that strikes no one: a condition, a cause or a message ("a slump", "rising rents",
    "a bribery scandal", "reports of weak sales"; WordNet's commonest sense is no made thing), not a
    person, a body, a weapon or an attack ("an airstrike hit", "rockets hit"). Unknown words may
    strike."""
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_ or _names_participant(doer):
        return False
    lemma = doer.lemma_.lower()
    if lemma in ATTACK_NOUNS or any(lemma in CLASSES[c] or doer.lower_ in CLASSES[c]
                                    for c in ("weapons", "device", "violence", "troops", "police", "people")):
        return False
    found = noun_senses.classes(lemma)
    return bool(found) and found[0] != "artifact"


def _one_speaker(tok: Token) -> bool:
    """The verb's subject is one person or body, not several ("the two sides agreed")."""
    subj = _first(tok, {"nsubj"})
    if subj is None or subj.conjuncts or any(c.dep_ == "nummod" for c in subj.children):
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "i")
    return subj.tag_ in ("NN", "NNP")


#: acts done by saying: reported in the present tense they are still events ("X, whom Y accuses of ...")
VERBAL_ACT_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}


def _verbal_act(tok: Token) -> Optional[str]:
    spec = Spec.parse((VERBS.get(tok.lemma_.lower()) or {}).get("default"))
    return spec.type if spec is not None and spec.type in VERBAL_ACT_TYPES else None


def _endorses_someone(tok: Token) -> bool:
    """"a committeewoman who openly supports Trump", "a senator who endorses the governor": a
    backing of a named party, told in the present, is the endorsement campaign coverage codes
    (SUPPORT); "the causes he supports", "a principle I recognise" back no one."""
    spec = Spec.parse((VERBS.get(tok.lemma_.lower()) or {}).get("default"))
    obj = _first(tok, {"dobj"})
    return spec is not None and spec.type == "SUPPORT" and obj is not None and _names_participant(obj)


def _is_modifier_use(tok: Token) -> bool:
    """"the extended curfew", "a Qatar-funded militia", "after the shooting of": background."""
    if tok.dep_ in NOMINAL_DEPS:
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and _first(tok, {"agent"}) is None \
            and _first(tok, {"dobj"}) is None:  # with an object of its own it is a misparsed finite verb
        return True
    if tok.dep_ == "acl" and tok.head.lemma_.lower() not in ACL_EVENT_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return True
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not _children(tok, {"aux", "auxpass"}) \
            and _verbal_act(tok) is None and not _endorses_someone(tok):
        return True  # "Ruritania, which controls the islands": a standing state, not news
    return clause_facts(tok).in_condition


def _verb_entry(tok: Token) -> Optional[dict]:
    e_lemma = _silent_e_lemma(tok) if tok.pos_ == "VERB" else None
    entry = (VERBS.get(e_lemma) if e_lemma else None) or VERBS.get(tok.lemma_.lower()) or VERBS.get(tok.lower_)
    if entry is None and tok.pos_ == "VERB":
        for v in _lemma_variants(tok):
            if v in VERBS:
                return VERBS[v]
        if _cfg().cameo_fallback:
            return FALLBACK_VERBS.get(tok.lemma_.lower())
    return entry


#: verbs of being: a clause built on them states a condition, not what someone will do
COPULAS = {"be", "seem", "become", "remain", "appear", "look"}


def _states_an_act(clause: Token) -> bool:
    """A that-clause of a warning tells what someone will do ("warned that its troops would
    advance", "warned it would strike back"), not how things will be ("warned that the siege
    could be brutal", "warned that his actions would cause instability"): a verb other than a
    copula, whose subject names a participant or is a personal pronoun, in a clause that neither
    advises (should, must, have to, "would need to spend more") nor forecasts what others could do
    (could, may, might)."""
    if clause.lemma_.lower() in COPULAS or clause.lemma_.lower() in UNDERGO_VERBS:
        return False  # (nor what will befall someone: "warned that councils would face cuts")
    subj = _first(clause, {"nsubj", "nsubjpass"})
    facts = clause_facts(clause)
    forecast = any(c.startswith("aux:") and c[4:] in HYPOTHETICAL_MODALS for c in facts.cues)
    obliged = clause.lemma_.lower() in OBLIGATION_HEADS and any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in clause.children)
    if facts.obligation or obliged or (forecast and (subj is None or subj.pos_ != "PRON")):
        return False  # advice ("warned ministers they should prepare") or a forecast about others
        # ("warned that farmers could be fined"); "warned it could strike back" still threatens
    if subj is None:
        return True
    if subj.pos_ == "PRON":
        return subj.lower_ not in ("this", "that", "these", "those", "which", "what")
    return _names_participant(subj)


#: nouns of fighting that a backer joins: attack nouns, and a campaign or a war
FIGHTING_NOUNS = ATTACK_NOUNS | {"campaign", "war"}


def _backs_an_attack(tok: Token) -> bool:
    """"an offensive, supported by coalition airstrikes", "a campaign backed by the US": the
    support is taking part in the fighting, not a statement of support."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    agent = _first(tok, {"agent"})
    backer = _first(agent, {"pobj"}) if agent is not None else None
    lemmas = {tok.head.lemma_.lower()} | ({backer.lemma_.lower()} if backer is not None else set())
    return bool(lemmas & FIGHTING_NOUNS)


def _backs_foreign_fighters(tok: Token) -> bool:
    """"Russia backed the Syrian army", "X, backed by Y": the backer is a coded actor of another
    country than the armed party it backs (military aid); a politician backing the troops of
    the own country, or a backer the actor layer cannot code, is support."""
    doer = _first(tok, {"nsubj"})
    agent = _first(tok, {"agent"})
    if agent is not None:
        doer = _first(agent, {"pobj"})
    obj = _direct_object(tok)
    return doer is not None and obj is not None and _different_countries(doer, obj)


def _died_in_misread(noun: Token, entry: dict) -> Optional[Candidate]:
    """"Three farmers died in Turkish artillery shelling" (parsed "in Turkish artillery" plus a
    clause "shelling"): the attack the noun names hit those who died, by whoever its national
    modifier names; under any other verb the noun is only the means (the verb codes the event)."""
    verb = noun.head
    if verb.lemma_.lower() not in DEATH_VERBS:
        return None
    spec = Spec.parse((entry or {}).get("default"))
    victim = _first(verb, SUBJ_DEPS)
    if spec is None or spec.type != "ASSAULT" or victim is None:
        return None
    attackers = _misread_attackers(noun.doc[noun.i - 1])
    return Candidate(spec, noun, [noun], f"verb:{noun.lemma_.lower()}:died-in", _cfg().conf_verb,
                     attackers, [victim], kind="verb", rule="died-in")


def _verb_candidate(tok: Token) -> Optional[Candidate]:
    if tok.pos_ not in ("VERB",) and not (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
        return None
    entry = _verb_entry(tok)      # a dictionary look-up first: most verbs are in no lexicon
    if entry is None or _is_modifier_use(tok):
        return None
    if tok.i > 0 and _misread_attack_noun(tok.doc[tok.i - 1]) == tok:
        return _died_in_misread(tok, entry)  # "killed in Turkish artillery shelling": a noun, the means
    lemma = tok.lemma_.lower()
    found, spec, cue = _match_verb(tok, entry)
    if not found and "negated" in entry and clause_facts(tok).negated:
        found, spec, cue = True, entry["negated"], "negated"  # "will not tolerate X": disapproval
    spec = Spec.parse(spec) if found else None
    trigger = [tok] + _children(tok, {"prt"})
    if spec is not None and spec.type == "ASSAULT" and (event_checks.caused_by_disaster(tok)
                                                        or event_checks.aggregate_toll(tok)):
        return None  # "an outbreak killed 200", "400 were killed over six months": no attack named
    if spec is not None and spec.type == "ASSAULT" and event_checks.self_inflicted(tok):
        return None  # "shot himself to avoid capture": a suicide, nobody attacked
    if spec is not None and event_checks.citation(tok):
        return None  # "As X warned, power has its own logic": a citation of the main clause
    if spec is not None and gift_without_giver(tok):
        return None  # "they received threats": nobody named gave them
    if spec is not None and event_checks.hazard_subject(tok, depiction=spec.type not in SAYING_TYPES):
        return None  # "a cyclone struck the coast", "a landslide blocked the road": nobody acted
    if spec is not None and spec.type in ("SUPPORT", "AID") and _backs_an_attack(tok):
        return None  # "an offensive supported by US airstrikes": the backer fights along (roles._co_actors)
    armed_cue = (entry.get("obj") or {}).get("@armed") if entry.get("armed_needs_foreign") else None
    if armed_cue and spec is not None and spec == Spec.parse(armed_cue) and cue.startswith("obj:") \
            and not _backs_foreign_fighters(tok):
        return None  # "the senator backs our troops", "forces backed by air support": no aid given
    protest_in_words = spec is not None and spec.type == "PROTEST" and lemma == "protest" and \
        event_checks.verbal_protest(tok)
    if protest_in_words:  # "Ankara protested at the alliance": a state protests in words (CAMEO 11x)
        spec = Spec("ACCUSE", "disapprove", "111")
    if spec is not None and spec.type == "ASSAULT" and lemma == "attack" and event_checks.verbal_attack(tok):
        spec = Spec("ACCUSE", "disapprove", "111")  # "the Tory leader attacked Labour": in words
    if spec is None:
        if ((entry.get("frame") in ("intent", "fail") and cue == "default") or
                (entry.get("frame") and cue == "thing-subject")) and _embedded_verbs(tok):
            # the frame still holds its embedded act: "the bill would allow X to fight" reports no fighting
            return Candidate(None, tok, trigger, f"verb:{lemma}:frame", _cfg().conf_verb, kind="verb", rule="frame")
        return None
    if entry.get("fallback"):
        # a bare dictionary verb counts only finite and affirmed ("crushing X is a priority",
        # "we are not combatting Y" report nothing done)
        if tok.tag_ not in FALLBACK_TAGS or clause_facts(tok).negated:
            return None
        return Candidate(spec, tok, trigger, f"cameo:{lemma}:{cue}", _cfg().conf_fallback, kind="cameo", rule=cue)
    cand = Candidate(spec, tok, trigger, f"verb:{lemma}:{cue}" + ("+state-subject" if protest_in_words else ""),
                     _cfg().conf_verb, kind="verb", rule=cue)
    if cue == "negated":
        cand.converted = "negated"  # the negation made the type: the event itself is not negated
    return cand


def _noun_candidate(tok: Token) -> Optional[Candidate]:
    """A nominal trigger ("talks", "attack") counts only as the object of a light verb."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in ("DATE", "TIME"):
        return None  # (a word of a date names a day, no act: "held on 20 March")
    key = tok.lower_ if tok.lower_ in NOUNS else tok.lemma_.lower()
    joined = _hyphenated(tok)
    if joined in NOUNS:
        key = joined  # "a sit-in": the tokenizer splits it into "sit", "-", "in"
    if key == "strike" or key == "strikes":
        key = _strike_sense(tok)
    entry = NOUNS.get(key)
    if entry is None or tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OCCURRENCE_VERBS:
        return _subject_noun_candidate(tok, key)  # "clashes broke out": also a noun of light verbs
    head = tok.head
    # "go on strike", "engage in ethnic cleansing": the noun hangs under a preposition
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ == "for":
            return None   # "called for a ceasefire" asks for one (the verb's REQUEST), declares none
        head = head.head
        if head.lemma_.lower() == "part" and head.head.lemma_.lower() == "take":
            head = head.head  # "took part in the negotiations"
    elif tok.dep_ == "conj" and tok.head.dep_ in ("dobj", "nsubjpass"):
        head = tok.head.head
    elif tok.dep_ not in ("dobj", "nsubjpass", "attr", "obj"):
        return None
    if head.pos_ not in ("VERB", "AUX") or not (_lemma_variants(head) & set(entry["light"] + ["go", "engage"])):
        return None
    if head.lemma_.lower() in ("go", "engage") and head.lemma_.lower() not in entry["light"] and key not in ("strike@protest", "cleansing"):
        return None
    if any(c.dep_ == "prt" and c.lower_ not in ("out", "up") for c in head.children):
        return None  # "called off a strike" is not "called a strike"
    required = entry.get("require_prep")
    if required and not any(c.dep_ == "prep" and c.lower_ in required for c in tok.children):
        return None  # "presented evidence of growth" accuses no one; "evidence against X" does
    if voided_by_modifier(tok, entry):
        return None  # "fought a legal battle": a dispute, no fighting
    light_preps = entry.get("light_needs_mods_or_prep")
    if light_preps is not None and lacks_needed_modifier(tok, entry) and not any(
            c.dep_ == "prep" and c.lower_ in light_preps for c in tok.children):
        return None  # "launched a rescue operation": no military word, no "against X"
    spec = Spec.parse(entry.get("light_spec", {}).get(head.lemma_.lower(), entry["spec"]))
    for p in _children(tok, {"prep"}):
        if p.lower_ in entry.get("prep", {}):  # "a warning about X" reads as "warned of X"
            spec = Spec.parse(entry["prep"][p.lower_])
            break
    if spec is None:
        return None
    if spec.type == "ACCUSE" and event_checks.worry_about_a_matter(tok):
        return None  # "expressed concern about rising debt": a worry, nobody judged
    if spec.type == "ASSAULT" and key in ("attack", "attacks") and _attack_in_words(tok, head):
        spec = Spec("ACCUSE", "disapprove", "111")  # an attack on a plan or a cost: in words
    return Candidate(spec, head, [head, tok], f"noun:{head.lemma_.lower()}+{key}", _cfg().conf_noun, kind="noun", rule=key)


def _attack_in_words(noun: Token, light: Token) -> bool:
    """An attack launched on a plan, a policy, a record or a cost ("mounted a fierce attack on
    the party's spending plans"), or by a party, a candidate or a legislator, is made in words
    (as the verb: ``event_checks.verbal_attack``)."""
    for p in _children(noun, {"prep"}):
        pobj = _first(p, {"pobj"})
        if p.lower_ in ("on", "against") and pobj is not None and (
                _obj_class(pobj, noun.doc) == "abstract" or pobj.lemma_.lower() in FIGURATIVE_TARGETS):
            return True
    return event_checks.verbal_attack(light)


def _subject_noun_candidate(tok: Token, key: str) -> Optional[Candidate]:
    """"Riots erupted", "fighting continued": an event noun as subject of an occurrence verb."""
    if key in ("strike", "strikes"):  # the military sense (_strike_sense): "drone strikes intensified"
        spec = NOUNS[key]["spec"]
    else:
        spec = EVENT_SUBJECT_NOUNS.get(key) or EVENT_SUBJECT_NOUNS.get(tok.lemma_.lower()) or EVENT_SUBJECT_NOUNS.get(tok.lower_)
    if spec is None or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in OCCURRENCE_VERBS:
        return None
    cand = Candidate(Spec.parse(spec), tok.head, [tok, tok.head], f"noun-subject:{key}", _cfg().conf_noun, kind="noun-subject", rule=key)
    # a modifier that names a party ("rebel attacks", "Kurdish protests", "the army's offensive"),
    # not one of place or kind ("border clashes", "street protests")
    cand.actor_tokens = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss")
                         and (c.dep_ == "poss" or _names_participant(c) or c.ent_type_ in NER_ACTOR)][:1]
    if key in ("strike", "strikes"):  # "drone strikes": the kind of strike, not who struck
        cand.actor_tokens = [c for c in cand.actor_tokens if c.ent_type_ in NER_ACTOR]
    elif key == "strike@protest":  # "a general strike" (an adjective of kind); "dockers' strike" names who
        cand.actor_tokens = [c for c in cand.actor_tokens if c.dep_ != "amod" or c.ent_type_ in NER_ACTOR]
    if not cand.actor_tokens:  # "clashes broke out between rival gangs": the parties
        cand.actor_tokens = [o for p in list(tok.children) + list(tok.head.children)
                             if p.dep_ == "prep" and p.lower_ in ("between", "among")
                             for o in p.children if o.dep_ == "pobj"]
    cand.recipient_tokens = [p2 for p in tok.children if p.dep_ == "prep" and p.lower_ in ("against", "with")
                             for p2 in p.children if p2.dep_ == "pobj"]
    return cand


def _strike_sense(tok: Token) -> str:
    """"air strikes", "strikes on the airbase", "strikes against the warlord": military; "a general
    strike", "a strike against pension cuts": a walkout. The military words are words.json's; a
    strike aimed on/against a person, group, country or place is military too."""
    mods = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    if mods & MILITARY_STRIKE_MODIFIERS:
        return "strikes"
    if "hunger" in mods:
        return "hunger"
    for p in _children(tok, {"prep"}):
        target = _first(p, {"pobj"}) if p.lower_ in ("on", "against") else None
        if target is not None and _obj_class(target, tok.doc) in ("actor", "physical"):
            return "strikes"
    return "strike@protest"


def _inner_candidate(tok: Token) -> Optional[Candidate]:
    """The event a complement clause states, if it has a type (an unresolved frame has none)."""
    return _typed(_noun_from_verb(tok)) or _typed(_verb_candidate(tok))


def _typed(cand: Optional[Candidate]) -> Optional[Candidate]:
    return cand if cand is not None and cand.spec is not None else None


def _noun_from_verb(tok: Token) -> Optional[Candidate]:
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            cand = _noun_candidate(c)
            if cand is not None:
                return cand
    return None
