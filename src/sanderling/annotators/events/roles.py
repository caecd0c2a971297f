"""Participants: who did it (subject, passive agent, the speaker a pronoun stands for), to
whom (objects, prepositional objects, datives), the entities those tokens name, participants the
actor layer could not code (kept with code None), and implied participants (the actor's own
country, the host country, the country an attack took place in).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span, Token

from ... import noun_senses
from ...records import EntityRef
from .. import base  # noqa: F401  (registers the Doc extensions)
from .. import event_checks
from ..base import layer
from .config import _cfg
from .implied import place_code
from ..places import PLACE_HEAD_WORDS
from ..clause import PARTICIPLE_EVENT_NOUNS, _infinitival
from .lexicon import (
    AGENT_WORDS, COMBATANT_WORDS, INSTRUMENT_NOUNS, CONVICTION_VERBS, IRREGULAR_NOMINALS, NOUNS, ALLY_PREPS, REASON_FOR_VERBS, SUBJECT_SHARING_PREPS, ATTACK_NOUNS, CLASSES, CLASH_NOUNS, COMBAT_VERBS, COUNTRY_CODES, HARM_VERBS, JOURNEY_PREPS, KIN_NOUNS, LAST_RESORT_PREPS, RECIPIENT_PREPS,
    CURRENCY_NOUNS, ISSUING_VERBS, MESSAGE_NOUNS, OPPONENT_NOUNS, ORIGIN_NOUNS, OUTSIDE_PARTY_NOUNS, BACKER_NOUNS, SAY_VERBS, SPEAKER_PRONOUNS, VERBS)
from .syntax import (
    NER_ACTOR, NER_PLACE, NOT_PARTICIPANT_ENTS, goods_with, PASSIVE_SUBJ_DEPS, SUBJ_DEPS, _antecedent, _children, _clause_verb, _direct_object, _shared_agent,
    _first, _is_passive, _misread_attack_noun, _misread_attackers, _obj_lookup, _whereabouts)


def _means(pobj: Token) -> bool:
    """A noun of means: weapons, or force / violence as a mass noun, with no article, owner or
    name ("met with force", "with overwhelming force"; "clashed with the air force", "with
    Chadian forces" name a body of troops)."""
    if any(w in CLASSES["weapons"] for w in (pobj.lower_, pobj.lemma_.lower())):
        return True
    return pobj.lower_ in INSTRUMENT_NOUNS and not any(
        c.dep_ in ("det", "poss", "compound", "nummod") or c.ent_type_ for c in pobj.children)


#: possessive pronouns that point back to the subject of the clause their noun is the object of
OWNER_PRONOUNS = ("their", "its", "his", "her")


#: what a possessive pronoun may stand for: entity kinds of the actor layer
POSSESSOR_KINDS = {"his": ("person",), "her": ("person", "country"), "its": ("country", "organisation", "group"),
                   "their": ("group", "organisation", "country")}


#: possessives that may point back past their own sentence, to the subject of the sentence
#: before when it names an entity of these kinds (``_previous_subject``; "their" is left out:
#: it is mostly people, whom the actor layer does not code by name)
PREVIOUS_SENTENCE_POSSESSIVES = {"its": ("country", "organisation")}


def _possessive_antecedent(poss: Token) -> Optional[Token]:
    """The token of the entity a possessive pronoun the actor layer left unresolved stands for:
    in a phrase fronted before the main clause, that clause's subject ("Since his call to X,
    Ms Y has ..."); otherwise the latest entity of the pronoun's kind named before it in its own
    sentence ("Oslo argued with Rome over its support for the militia": Rome's). None if none."""
    kinds = POSSESSOR_KINDS.get(poss.lower_)
    if kinds is None or poss.tag_ != "PRP$":
        return None
    doc, sent = poss.doc, poss.sent
    if base.entity_at(doc, poss.idx, poss.idx + len(poss)) is not None:
        return None  # the actor layer resolved it
    if poss.i + 1 < len(doc) and doc[poss.i + 1].lower_ == "own" and poss.lower_ in OWN_POSSESSIVES:
        return _own_antecedent(poss)  # "X went on with its own talks": X, not the last name
    root = sent.root
    subj = _first(root, {"nsubj"})
    reported = any(a.dep_ == "ccomp" for a in poss.ancestors)  # "X will go despite his Y, Z said"
    if subj is not None and poss.i < subj.left_edge.i and subj.i < root.i and root.pos_ in ("VERB", "AUX") \
            and not reported:  # (not a possessive inside the subject: "its support for X angered Y")
        return subj if subj.pos_ != "PRON" else None  # fronted before the subject: cataphora
    best = None
    for ent, m in base.entities_in(doc, sent.start_char, poss.idx):
        if ent.kind in kinds and ent.code:
            best = m
    if best is None:
        return _previous_subject(poss)
    span = doc.char_span(best.start, best.end, alignment_mode="expand")
    return span.root if span is not None else None


def _previous_subject(poss: Token) -> Optional[Token]:
    """"Iran meddled in Lebanon. Its support for the militia ...": a possessive "its" with no
    owner in its own sentence points back to the subject of the sentence before, when that
    subject names a coded state or organisation (the subject first, as centring has it; the
    actor layer reads "it" the same way). None otherwise."""
    kinds = PREVIOUS_SENTENCE_POSSESSIVES.get(poss.lower_)
    doc, sent = poss.doc, poss.sent
    if kinds is None or sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    subj = _first(before.root, {"nsubj", "nsubjpass"})
    if subj is None:
        return None
    for ent, m in base.entities_in(doc, before.start_char, before.end_char):
        if ent.kind in kinds and ent.code and m.start <= subj.idx < m.end:
            return subj
    return None


def _noun_owner(noun: Token) -> list:
    """Who the event noun belongs to: "the EU's demand", "an EU demand", "the decision by X"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"):
            continue  # "Friday's raid by X": the day owns nothing; the "by" phrase below names X
        if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS and noun.dep_ == "dobj":
            subj = _first(noun.head, {"nsubj"})
            if subj is not None and subj.pos_ != "PRON":
                return [subj]  # "Russian jets renewed their bombardment": "their" is the subject
        if c.dep_ == "poss" and c.lower_ in POSSESSOR_KINDS:
            antecedent = _possessive_antecedent(c)
            if antecedent is not None:
                return [antecedent]
        if c.dep_ == "poss" and c.lower_ == "whose":
            antecedent = _whose_antecedent(c)  # "Turkish officials, whose crackdown on X": theirs
            if antecedent is not None:
                return [antecedent]
        if c.dep_ == "poss" or (c.dep_ == "compound" and (
                c.pos_ == "PROPN" or base.entity_at(noun.doc, c.idx, c.idx + len(c)) is not None)):
            return [c]  # "the EU's demand", "coalition airstrikes" (a named coalition)
        if c.dep_ == "amod" and (c.ent_type_ in NER_ACTOR or c.pos_ == "PROPN"):
            return [c]  # "British demands"
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = _first(c, {"pobj"})
            if pobj is not None:
                return [pobj]
    if noun.dep_ == "appos" and noun.head.i != noun.i:
        return _noun_owner(noun.head)  # "the minister's first stop, a visit to X": the minister's
    return []


# --- actors and recipients ---------------------------------------------------------------

#: words that open a clause of time or manner but that the parser may read as prepositions
CLAUSE_OPENERS = {"as", "while", "when", "after", "before", "since", "until", "because"}


def _subject_of_misparsed_clause(verb: Token) -> Optional[Token]:
    """"... broke out as the minister, Ana Ruiz, visited Lima": the parser reads "as the
    minister" as a prepositional phrase of the main verb and "visited" as its conjunct or
    adverbial clause; the noun right before the verb is its subject. "Men thought to be bandits
    killed four": the reduced relative ("thought to be ...") is read as the main verb and the
    event verb as its complement clause; the noun before the relative is the subject."""
    if verb.dep_ == "ccomp" and verb.head.i < verb.i and _first(verb, SUBJ_DEPS) is None:
        head = verb.head
        subj = _first(head, {"nsubj"})
        to_be = any(c.dep_ == "xcomp" and c.lemma_ == "be" and head.i < c.i < verb.i and
                    any(a.tag_ == "TO" for a in c.children) for c in head.children)
        if to_be and subj is not None and subj.i < head.i:
            return subj
        return None
    if verb.dep_ == "ROOT" and _first(verb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is None:
        # "In mid-October General X, the chairman of Y, issued a warning": the date glued to the
        # name as its compound; the time phrase swallowed the subject
        for p in _children(verb, {"prep"}):
            pobj = _first(p, {"pobj"})
            if pobj is not None and p.i < verb.i and pobj.pos_ == "PROPN" and pobj.ent_type_ in NER_ACTOR \
                    and any(c.ent_type_ in ("DATE", "TIME") for c in pobj.lefts) \
                    and all(t.is_punct for t in verb.doc[pobj.right_edge.i + 1: verb.i]):
                return pobj
        # "UK ministers, habitually inclined to keep ..., openly criticised X": the parser takes
        # the adjective or participle that describes the subject for a clause with that subject
        for c in verb.children:
            subj = _first(c, {"nsubj"}) if c.dep_ == "ccomp" and c.i < verb.i and c.tag_ in ("JJ", "VBN") else None
            if subj is not None and subj.i < c.i:
                return subj
        return None
    if verb.dep_ not in ("conj", "advcl") or verb.head.i == verb.i or _first(verb, SUBJ_DEPS) is not None:
        return None
    for p in _children(verb.head, {"prep"}):
        pobj = _first(p, {"pobj"})
        if p.lower_ in CLAUSE_OPENERS and pobj is not None and p.i < verb.i and \
                pobj.right_edge.i < verb.i and all(t.is_punct for t in verb.doc[pobj.right_edge.i + 1: verb.i]):
            return pobj
    return None


def _message_issuer(subj: Token) -> Optional[Token]:
    """Whoever put out a message that stands as the subject ("a statement issued by the
    opposition demanded X", "the party's letter urged Y", "a video from the group threatened Z"),
    or None: the message acts for its owner, as for a saying verb on it (speech._sayer_tokens)."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in MESSAGE_NOUNS:
        return None
    owner = _first(subj, {"poss"})
    if owner is not None:
        # "Since his call congratulating X, Y has ...": an unresolved pronoun stands for whom
        # the possessive rule finds (the main subject after a fronted phrase)
        return (_possessive_antecedent(owner) or owner) if owner.pos_ == "PRON" else owner
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            return _first(c, {"pobj"})
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = _first(c, {"agent"})
            if agent is not None:
                return _first(agent, {"pobj"})
    if subj.dep_ == "dobj" and subj.head.lemma_.lower() in ISSUING_VERBS:
        issuer = _first(subj.head, {"nsubj"})
        if issuer is not None and issuer.pos_ != "PRON":
            return issuer  # "the bishop released a statement deploring X": the bishop did
    return None


def _cleft_focus(verb: Token, subj: Token) -> Optional[Token]:
    """"it is Israel that led the charge": in a cleft the "it" stands for the name the clause
    picks out (the attribute that carries the relative clause), else None."""
    if subj is None or subj.lower_ != "it" or verb.lemma_.lower() != "be":
        return None
    attr = _first(verb, {"attr"})
    if attr is None or attr.pos_ not in ("PROPN", "NOUN"):
        return None
    if any(c.dep_ == "relcl" for c in attr.children):
        return attr
    for c in verb.children:
        word = _first(c, {"nsubj", "mark"}) if c.dep_ in ("ccomp", "relcl") else None
        if word is not None and word.lower_ in ("that", "who"):
            return attr
    return None


def _subject_tokens(verb: Token) -> list:
    """Who did it: subject, passive agent, or the subject inherited from a governing clause."""
    if _is_passive(verb) and VERBS.get(verb.lemma_.lower(), {}).get("passive_actor"):
        return _children(verb, PASSIVE_SUBJ_DEPS)  # "X is committed to": a state of X
    if _is_passive(verb):
        agent = _first(verb, {"agent"})
        if agent is None:
            agent = _shared_agent(verb)
        if agent is not None:
            pobj = _first(agent, {"pobj"})
            planter = _planter(pobj) if pobj is not None else []
            if pobj is not None and not planter and _device_agent(agent):
                planter = _enemy_fought(verb)  # "killed by a landmine while fighting X": X's
            return (planter or [pobj]) if pobj is not None else []
        state = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")] in (["is"], ["are"])
        entry = VERBS.get(verb.lemma_.lower(), {})
        # forces given as aid ("were provided (with X)") received it; forces sent or deployed
        # with something ("were deployed with water cannon") still moved
        given = _gives_forces(entry)
        if entry.get("own_forces_object") and not state and not given:
            # (a plain present, "Danish troops are posted near the lake", tells where they stand)
            forces = [t for t in _children(verb, PASSIVE_SUBJ_DEPS) if t.lemma_.lower() in COMBATANT_WORDS
                      or t.lower_ in CLASSES["troops"] | CLASSES["police"]]
            if forces:
                return forces  # "troops were deployed to the border", "riot police were sent to X": the forces moved
        return _attacker_of_instrument(verb) or _weapon_owner(verb) or _doer_of_when_clause(verb) or _enemy_fought(verb)
    subj = _first(verb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)  # (a passive subject here: "were engaged in")
    if subj is not None:
        if subj.dep_ == "nsubj" and subj.tag_ == "WDT" or subj.lower_ in ("who", "which", "that"):
            if verb.dep_ == "relcl":
                return [_antecedent(verb, subj)]
            focus = _cleft_focus(verb.head, _first(verb.head, {"nsubj"})) if verb.dep_ == "ccomp" else None
            return [focus] if focus is not None else []  # "it is X that attacked Y": X
        if verb.lemma_.lower() in HARM_VERBS and subj.pos_ == "NOUN":
            attackers = _attacker_of_attack_noun(subj, subject=True)
            if attackers:
                return attackers  # "shelling by the army killed ten", "clashes between X and Y killed ten"
        issuer = _message_issuer(subj)
        if issuer is not None:
            return [issuer]  # "a statement issued by the opposition demanded X": the opposition did
        if subj.pos_ == "PRON" and subj.lower_ in SPEAKER_PRONOUNS:
            speaker = _speaker_of(verb)
            if speaker is not None:
                return [subj, speaker]  # the pronoun's own entity wins when the actor layer has one
        focus = _cleft_focus(verb, subj)
        return [focus if focus is not None else subj]
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in PARTICIPLE_EVENT_NOUNS:
        act = verb.head  # "Turkey launched an operation targeting X": who carries out the operation
        owner = _first(act, {"poss"})
        if owner is not None:
            return [owner]
        if act.dep_ == "dobj" and act.head.pos_ == "VERB":
            return _subject_tokens(act.head)
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        issuer = _message_issuer(verb.head)
        if issuer is not None:
            return [issuer]  # "the envoy's letter praising X": whoever wrote the letter
        writer = _addressed_by(verb.head)
        if writer is not None:
            return writer  # "wrote to the president demanding X": the writer demands, not the president
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and _infinitival(verb):
        owner = _noun_owner(verb.head)
        if owner:
            return owner  # "fulfilled his pledge to pull troops out", "X's decision to withdraw": X
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [verb.head]
    misparsed = _subject_of_misparsed_clause(verb)
    if misparsed is not None:
        return [misparsed]
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in ("for", "of") \
            and verb.head.dep_ == "prep" and verb.head.head.lemma_.lower() in CONVICTION_VERBS:
        court = verb.head.head  # "X was jailed for murdering Y", "the court convicted X of torturing Y": X
        return _children(court, PASSIVE_SUBJ_DEPS) if _is_passive(court) else _children(court, {"dobj"})
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in SUBJECT_SHARING_PREPS \
            and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject_tokens(verb.head.head)  # "by shelling X, the army defied Y"
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "xcomp":
            obj = _first(head, {"dobj"})
            asks = (VERBS.get(head.lemma_.lower()) or {}).get("frame") == "request_obj"
            if obj is not None and (obj.pos_ != "PRON" or asks):
                return [obj]  # "urged X to", "forced X to fall back": the object does it
            addressee = next((o for p in _children(head, {"prep"}) if p.lower_ in ("on", "upon")
                              for o in _children(p, {"pobj"})), None) if asks else None
            if addressee is not None:
                return [addressee]  # "called on X to defend Y": X is to defend
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # "they are willing to mediate"
        if verb.dep_ == "xcomp" and _is_passive(head) and _first(head, {"agent"}) is None:
            return _children(head, PASSIVE_SUBJ_DEPS)  # "X is expected / poised to vote"
        if head.pos_ in ("VERB", "AUX"):
            inherited = _subject_tokens(head)
            enemy = _enemy_of_fight(verb) if verb.dep_ == "advcl" and _is_passive(head) else None
            agent = _first(head, {"agent"})
            if enemy is not None and (any(t.i == enemy.i for t in inherited) or (
                    agent is not None and _device_word(_first(agent, {"pobj"})))):
                # "killed by a bomb while fighting X": X did the killing (_enemy_fought), so the
                # fighter is the one killed, not X fighting itself
                return [_antecedent(head, v) if v.lower_ in ("who", "that") and head.dep_ == "relcl" else v
                        for v in _children(head, PASSIVE_SUBJ_DEPS)]
            return inherited
    return []


#: "X, backed by Y, attacked": the backer acts with X (SENTENCE_GUIDE: compound actors acting
#: together are all actors)
BACKING_VERBS = {"back", "support", "aid", "assist", "accompany", "join", "reinforce", "help"}
#: events where a backer takes part in the act itself (not "X, backed by Y, said")
JOINT_ACT_TYPES = {"ASSAULT", "MOBILIZE", "COERCE"}


def _co_actors(actor_tokens: list) -> list:
    """The agents of a "backed by" / "supported by" phrase on an actor, and their conjuncts."""
    out = []
    for tok in actor_tokens:
        for acl in _children(tok, {"acl"}):
            if acl.tag_ != "VBN" or acl.lemma_.lower() not in BACKING_VERBS:
                continue
            agent = _first(acl, {"agent"})
            pobj = _first(agent, {"pobj"}) if agent is not None else None
            if pobj is not None:
                out.append(pobj)
                out.extend(pobj.conjuncts)
    return out


def _allies(verb: Token) -> list:
    """"fought alongside government troops": the objects of an ally preposition on the verb
    (and their conjuncts) acted on the subject's side."""
    out = []
    for p in _children(verb, {"prep"}):
        pobj = _first(p, {"pobj"}) if p.lower_ in ALLY_PREPS else None
        if pobj is not None:
            out.append(pobj)
            out.extend(pobj.conjuncts)
    return out


def _ally_place(tok: Optional[Token]) -> bool:
    """A place named as an ally ("fighting alongside Turkey", "alongside the Americans")."""
    while tok is not None and tok.dep_ in ("conj", "appos", "compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in ALLY_PREPS


def _attacker_of_attack_noun(noun: Token, subject: bool = False) -> list:
    """Who carried out the attack a noun names: its "by" phrase ("a drone strike by the navy"),
    the other side of a clash ("clashes with the militia"), or a modifier that names someone
    ("Malian artillery fire", "a government airstrike"). For a noun that is the ``subject`` of
    the harm ("clashes between X and Y killed ten"), both sides of a clash and no modifier: the
    subject's own modifiers already name the attacker ("Malian shelling killed ten"), and a
    place before it ("the Nairobi bombing killed ten") is where, not who."""
    if noun.lemma_.lower() not in ATTACK_NOUNS | CLASH_NOUNS:
        return []
    clash = noun.lemma_.lower() in CLASH_NOUNS
    for p2 in _children(noun, {"prep"}):
        if (p2.lower_ == "by" or p2.lower_ in ("with", "against") and clash or subject and clash and p2.lower_ == "between") \
                and _first(p2, {"pobj"}) is not None:
            return [_first(p2, {"pobj"})]
    if subject:
        return []
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss") and
            (c.ent_type_ in NER_ACTOR or c.pos_ == "PROPN" or c.lower_ in AGENT_WORDS  # "a government airstrike"
             or base.entity_at(noun.doc, c.idx, c.idx + len(c)) is not None)]  # "US-led coalition airstrikes"
    return mods[:1]


def _planter(device: Token) -> list:
    """"killed by a bomb planted by X", "hit by a missile fired by Y": the one who set off the
    weapon or device the passive names as its agent (the verb cues' classes ``weapons``, ``device``)."""
    if not _device_word(device):
        return []
    for c in device.children:
        agent = _first(c, {"agent"}) if c.dep_ == "acl" and c.tag_ == "VBN" else None
        pobj = _first(agent, {"pobj"}) if agent is not None else None
        if pobj is not None:
            return [pobj]
    return []


def _attack_verb(verb: Token) -> bool:
    """The verb's default reading in the lexicon is an attack (ASSAULT)."""
    return str((VERBS.get(verb.lemma_.lower()) or {}).get("default") or "").startswith("ASSAULT/")


def _attacker_of_instrument(verb: Token) -> list:
    """"died in a drone strike by the navy", "wounded in Malian artillery fire", "killed in
    clashes with the militia" (the other side of a clash); the phrase may hang on a coordinated
    verb that shares it ("a guard was shot and four were wounded in a rebel raid"), on a noun
    coordinated with the instrument ("in raids and shelling by X"), or on an attack the parser
    took for a verb beside the harm ("killed in raids and shelling by X": a party it names)."""
    for p in _children(verb, {"prep"}) + [p for c in verb.conjuncts if c.i > verb.i and (
            c.lemma_.lower() in HARM_VERBS or (c.tag_ == "VBG" and _first(c, SUBJ_DEPS) is None and _attack_verb(c)))
                                           for p in _children(c, {"prep"})]:
        if p.lower_ not in ("in", "by", "during"):
            continue
        pobj = _first(p, {"pobj"})
        if p.lower_ == "by" and p.head.i != verb.i and p.head.tag_ == "VBG" and pobj is not None \
                and _names_participant(pobj) and not _whereabouts(pobj):
            return [pobj]  # "hurt in raids and shelling by X": the parser reads "shelling" as a verb; X did it
        attackers = _attacker_of_attack_noun(pobj) if pobj is not None else []
        if not attackers and pobj is not None:  # "in raids and shellings by X": the phrase on the last noun
            attackers = next((a for c in pobj.conjuncts if (a := _attacker_of_attack_noun(c))), [])
        if not attackers and pobj is not None and _misread_attack_noun(pobj) is not None:
            attackers = _misread_attackers(pobj, AGENT_WORDS)  # "in Israeli tank shelling"
        if attackers:
            return attackers
    return []


def _fired_weapon(verb: Token) -> Optional[Token]:
    """"two rockets were fired at X": the passive subject of an attack verb that is a weapon
    (the verb cues' class ``weapons``) is what was used, not who was hit."""
    subj = _first(verb, PASSIVE_SUBJ_DEPS) if _is_passive(verb) else None
    return subj if subj is not None and _is_weapon(subj) else None


def _is_weapon(tok: Token) -> bool:
    """A word of the verb cues' class ``weapons`` ("rockets", "artillery"), by form or lemma."""
    return tok.lower_ in CLASSES["weapons"] or tok.lemma_.lower() in CLASSES["weapons"]


def _weapon_owner(verb: Token) -> list:
    """"Iranian rockets were fired at X": the nationality or name on the fired weapon struck."""
    weapon = _fired_weapon(verb)
    if weapon is None:
        return []
    return [c for c in weapon.children if c.dep_ in ("amod", "compound", "poss") and
            (c.ent_type_ in NER_ACTOR or c.pos_ == "PROPN")][:1]


#: adverbial clauses that tell how an agentless passive attack came about ("were killed when
#: police fired"); "after" is left out: "was captured after France warned Australia" names the
#: one who warned, not who captured
HOW_MARKS = ("when", "as")


def _doer_of_when_clause(verb: Token) -> list:
    """"Six were killed when a militiaman threw a grenade", "were wounded as troops fired on the
    crowd": for a verb of attack, the subject of a when/as clause that names a participant did it."""
    if not _attack_verb(verb):
        return []
    # "six were killed and eleven wounded when ...": the clause may hang on a conjoined verb
    clauses = [c for v in (verb, *verb.conjuncts) for c in _children(v, {"advcl"})]
    for clause in clauses:
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in HOW_MARKS for m in clause.children) or _is_passive(clause):
            continue
        subj = _first(clause, {"nsubj"})
        if subj is not None and subj.pos_ != "PRON" and _names_participant(subj):
            return [subj]
    return []


def _enemy_fought(verb: Token) -> list:
    """"a volunteer was killed fighting X", "was killed while serving with a militia fighting
    against X", "a soldier who travelled to Y to fight X was killed": the side the victim fought is
    who harmed them, when nothing else names a doer, or when the passive's agent is only a device
    ("killed by a landmine while fighting X"). (A clause without a subject of its own under
    the harm verb would inherit that doer, X fighting X; ``_subject_tokens`` gives such a fight
    the victims instead. Giving the victims to every such clause, its controller in English,
    lowered news300 check dyad .489 -> .478.) The fight is the
    harm verb's own clause without a subject of its own ("while battling X"), or a fighting
    group it serves with
    ("while working alongside units fighting X", "volunteering with a militia spearheading the
    battle against X"), or, in a relative clause on the victim, a fight they went or joined to
    fight ("who travelled to Y to fight X"; not "who had fought X", "who promised to fight X").
    A harm told with its own cause ("killed in an accidental blast", "in a robbery") is left
    to that cause."""
    agent = _first(verb, {"agent"})
    if verb.lemma_.lower() not in HARM_VERBS or not _is_passive(verb) or (agent is not None and not _device_agent(agent)):
        return []  # (a device names no doer: "killed by a landmine while fighting X")
    if any(p.lower_ in ("in", "by", "during") and (o := _first(p, {"pobj"})) is not None and not _whereabouts(o)
           and o.ent_type_ not in ("DATE", "TIME") for p in _children(verb, {"prep"})):
        return []  # "killed in a friendly-fire incident while fighting X": the cause is told
    victims = _children(verb, PASSIVE_SUBJ_DEPS) or ([verb.head] if verb.dep_ == "acl" else [])
    found = []
    for clause in verb.children:
        if clause.dep_ in ("advcl", "xcomp") and _first(clause, SUBJ_DEPS) is None:
            found += [_enemy_of_fight(v) for v in [clause, *clause.conjuncts]]
            found += [_enemy_of_fight(a, nouns=True) for p in _children(clause, {"prep"}) if p.lower_ in ALLY_PREPS | {"with"}
                      for o in _children(p, {"pobj"}) for a in _children(o, {"acl", "relcl"})]
    for v in victims:
        for rel in _children(v, {"relcl", "acl"}):
            if rel.lemma_.lower() in JOURNEY_TO_FIGHT_VERBS:
                found += [_enemy_of_fight(c, aim=True) for c in rel.children if c.dep_ in ("advcl", "xcomp")]
                found += [_enemy_of_fight(o, nouns=True) for o in _children(rel, {"dobj"})]
    enemy = next((e for e in found if e is not None and not any(e.i == v.i or e in v.conjuncts for v in victims)), None)
    return [enemy] if enemy is not None else []


def _gives_forces(entry: dict) -> bool:
    """A verb of giving forces as aid ("provided troops", "contributed soldiers") or goods."""
    return bool(entry.get("goods_with")) or str((entry.get("obj") or {}).get("@troops") or "").startswith("AID/")


def _device_word(obj: Optional[Token]) -> bool:
    """A device or weapon word (the classes list some words in the plural only: "rockets")."""
    return obj is not None and bool({obj.lower_, obj.lemma_.lower(), obj.lemma_.lower() + "s"}
                                    & (CLASSES["device"] | CLASSES["weapons"]))


def _device_agent(agent: Token) -> bool:
    """The "by" phrase of a passive names a device or weapon, not who used it ("by a landmine")."""
    obj = _first(agent, {"pobj"})
    if not _device_word(obj):
        return False
    # a device that names its owner ("Turkish artillery", "a government landmine", "his own
    # grenade") is that owner's doing, not the enemy's
    return not any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and (
        c.ent_type_ in NER_ACTOR or c.lemma_.lower() in AGENT_WORDS or c.lower_ == "own")) for c in obj.children)


#: verbs by which someone went or signed up to fight ("who travelled to Y to fight X", "who
#: joined the fight against X", "who volunteered to fight X")
JOURNEY_TO_FIGHT_VERBS = {"go", "travel", "join", "volunteer", "leave", "head", "return", "enlist", "sign"}


def _enemy_of_fight(tok: Token, nouns: bool = False, aim: bool = False) -> Optional[Token]:
    """The other side of a fight: the object of "fight X" or the "against" phrase of "fight
    against X"; with ``nouns`` also of a verb whose object is "the battle/fight against X" (or of
    that noun itself); with ``aim`` only a fight set as an aim (an infinitive). A party, no place."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in COMBAT_VERBS:
        if aim and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return None
        heads = [tok]
    elif nouns and tok.pos_ == "NOUN" and lemma in CLASH_NOUNS:
        heads = [tok]
    elif nouns and tok.pos_ == "VERB":
        heads = [o for o in _children(tok, {"dobj"}) if o.lemma_.lower() in CLASH_NOUNS]
    else:
        return None
    enemy = next((o for h in heads if h.pos_ == "VERB" for o in _children(h, {"dobj"})), None)
    if enemy is None:
        enemy = next((o for h in heads for p in _children(h, {"prep"}) if p.lower_ == "against"
                      for o in _children(p, {"pobj"})), None)
    if enemy is None or not _names_participant(enemy) or _whereabouts(enemy):
        return None
    return enemy


def _speaker_of(verb: Token) -> Optional[Token]:
    """"Chile says it may reconsider ...": the subject of the saying verb this clause reports."""
    tok = verb
    for _ in range(3):
        if tok.dep_ in ("ccomp", "xcomp", "conj") and tok.head.i != tok.i:
            tok = tok.head
            if tok.lemma_.lower() in SAY_VERBS:
                subj = _first(tok, SUBJ_DEPS)
                if subj is not None and subj.pos_ != "PRON":
                    return subj
                if subj is None and tok.dep_ == "conj":
                    return _first(tok.head, SUBJ_DEPS)
                return None
        else:
            return None
    return None


def _giver(verb: Token) -> Optional[Token]:
    """"received arms from X" (the "from" phrase on the verb or on what was received): X, the
    party that gave what the subject received; None when no giver is named."""
    obj = _direct_object(verb)
    for head in [verb] + ([obj] if obj is not None else []):
        for p in _children(head, {"prep"}):
            if p.lower_ == "from":
                pobj = _first(p, {"pobj"})
                if pobj is not None:
                    return pobj
    return None


def received_gift(verb: Token) -> bool:
    """The verb receives something that someone gave (the entry's ``gifts``: aid, arms,
    assurances, a warning): the giver acts, the subject is the recipient."""
    gifts = (VERBS.get(verb.lemma_.lower()) or {}).get("gifts")
    obj = _direct_object(verb)
    return bool(gifts) and obj is not None and _obj_lookup({g: True for g in gifts}, obj)[0]


def gift_without_giver(verb: Token) -> bool:
    """"the family received threats", "had received no help": a gift that names no giver reports
    no act of anyone (measured on the tuning articles: three such, none in the gold)."""
    return received_gift(verb) and _giver(verb) is None


def _name_before_date(date: Token) -> Optional[Token]:
    """"met with President X Tuesday": the small model may make the day the object and the name
    its compound; the last name among the day's compounds is the object then, else None."""
    names = [c for c in date.children if c.dep_ == "compound" and c.i < date.i and c.ent_type_ in NER_ACTOR]
    return names[-1] if names else None


def _relative_party(rel_verb: Token) -> Optional[Token]:
    """The party a prepositional relative ("with whom", "against which") stands for: the noun the
    clause hangs on, or, when the parser hung it on the first of a list, the member named last,
    right before the relative ("between the ELN and the FARC, with whom X fought": the FARC); a
    name with no entity type counts. None when the clause hangs on an idea, not a party."""
    head = rel_verb.head
    last = [c for c in head.conjuncts if head.i < c.i < rel_verb.left_edge.i]
    if last:
        head = last[-1]
    if _party_word(head):
        return head
    if any(c.lower_ == "whom" for c in rel_verb.subtree):
        # "no distinction between X in A and Y in B, with whom ...": the parser hung it on the
        # idea; "whom" is the group named right before it (past "in B"), if that names a party
        # (never a possessor inside an earlier member: "Boric's party and the movement, with whom")
        i = rel_verb.left_edge.i - 1
        while i > head.i and rel_verb.doc[i].is_punct:
            i -= 1
        last = rel_verb.doc[i]
        if last.ent_type_ in NER_PLACE and last.dep_ == "pobj" and last.head.lower_ == "in":
            last = rel_verb.doc[last.head.i - 1]  # "the ELN in Peru, with whom": the ELN
        if i > head.i and last.ent_type_ in ("ORG", "PERSON", "NORP") and last.dep_ != "poss":
            return last
    return None


def _party_word(tok: Token) -> bool:
    return tok.ent_type_ in ("ORG", "PERSON", "NORP") or tok.lemma_.lower() in AGENT_WORDS \
        or (tok.pos_ == "PROPN" and tok.ent_type_ not in NER_PLACE | {"DATE", "TIME"})


def _whose_antecedent(whose: Token) -> Optional[Token]:
    """The noun a "whose" clause is on: the relative clause's head when the parse has one, else
    the noun just before the word (past a comma): "the PKK, whose insurgency ..."."""
    clause = whose.head
    while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    i = whose.i - 1
    while i >= 0 and whose.doc[i].is_punct:
        i -= 1
    return whose.doc[i] if i >= 0 and whose.doc[i].pos_ in ("NOUN", "PROPN") else None


#: what one acts "against" without acting on its owner: counsel, wishes, orders
COUNSEL_NOUNS = {"advice", "wish", "wishes", "will", "recommendation", "objection", "order", "instruction",
                 "guidance", "warning"}


def _befallen_named(verb: Token, patient: Optional[Token]) -> bool:
    """A passive whose subject is a name ("Ms X was convicted in Turkey", "two Britons were
    kidnapped in Kenya"): its "in"/"at" phrase says where, since the one it befell is named. (A
    common noun keeps the place: "two men were shot in Kabul" is coded against the place's country.)"""
    if patient is None or not _is_passive(verb):
        return False
    return patient.ent_type_ in ("PERSON", "NORP") or (patient.pos_ == "PROPN" and patient.ent_type_ not in ("GPE", "LOC", "FAC"))


def _recipient_tokens_of(verb: Token, skip_preps: tuple = ()) -> list:
    obj = _direct_object(verb)
    if obj is not None and obj == _fired_weapon(verb):
        obj = None  # "rockets were fired at the port": the port was hit, not the rockets
    if obj is not None and _is_weapon(obj) and not any(
            c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and (c.ent_type_ in NER_ACTOR or c.pos_ == "PROPN"))
            for c in obj.children):
        obj = None  # "firing artillery at the town": the guns are what was used, not who was hit
        # (unless they are someone's: "downed two Israeli missiles", "seized the rebels' weapons")
    if obj is not None and (VERBS.get(verb.lemma_.lower()) or {}).get("object_is_own_side"):
        obj = None  # "distanced Turkey from X": the state moved is the actor's own; X is the party
    out = []
    goods = goods_with(verb, obj)  # "provided the rebels with rifles": the rebels get them, the rifles are none
    if obj is not None and obj.pos_ in ("PROPN", "PRON") or (obj is not None and obj.ent_type_ in NER_ACTOR | NER_PLACE):
        out.append(obj)
    elif obj is not None:
        poss = _first(obj, {"poss"})
        if poss is not None and poss.pos_ == "PRON" and obj.lower_ in KIN_NOUNS:
            poss = None  # "kidnapped her son": the son suffered it; "her" is no party
        if poss is not None and obj.lemma_.lower() in RELATED_NOUNS:
            poss = None  # "attacked Peru's allies", "met Peru's rivals, Chad and Niger": not Peru
        if poss is not None and poss.pos_ == "PRON" and any(
                c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE") for c in obj.children) \
                and not any(c.lower_ == "own" for c in obj.children) \
                and (base.entity_at(obj.doc, obj.idx, obj.idx + len(obj)) is not None
                     or obj.lemma_.lower() in OUTSIDE_PARTY_NOUNS):
            poss = None  # "met their Chilean counterparts": a nationality makes the object a party of its own
        if poss is not None and poss.lower_ == "whose":
            poss = _whose_antecedent(poss)  # "the PKK, whose insurgency it fights": the PKK
        if poss is not None and poss.i + 2 < len(poss.doc) and poss.doc[poss.i + 2].ent_iob_ == "I" \
                and poss.doc[poss.i + 1].ent_iob_ == "I":
            poss = None  # "occupied King's Cross station": a name, whose first word owns nothing
        entry = VERBS.get(verb.lemma_.lower()) or {}
        own_forces = entry.get("own_forces_object") and poss is None \
            and obj.lemma_.lower() in COMBATANT_WORDS and goods is None \
            and not (_gives_forces(entry) and any(p.lower_ == "with" and p.i > obj.i for p in _children(verb, {"prep"})))
        # ("provided the army with training": the army is who gets it, whatever is given; "sent
        # soldiers with armoured vehicles" still sends the actor's own)
        if not own_forces:  # "withdrew troops from X": the forces are the actor's own; X is the party
            out.append(poss if poss is not None else obj)
        # "the plan of X", "troops from X"; "blamed a plot for the crash": the reason, no party
        reason = verb.lemma_.lower() in REASON_FOR_VERBS
        # "issued warrants for two men": the parser may hang the event noun's phrase on the verb
        stray = [p for p in _children(verb, {"prep"}) if p.lower_ == "for" and p.i == obj.right_edge.i + 1
                 and (obj.lower_ in NOUNS or obj.lemma_.lower() in NOUNS)]
        for p in _children(obj, {"prep"}) + stray:
            if p.lower_ in ("of", "from", "against", "on", "with", "to", "for", "by") and not (reason and p.lower_ == "for") \
                    or (own_forces and p.lower_ in ("in", "into")):  # "deploy peacekeepers in X": where they go
                pobj = _first(p, {"pobj"})
                if pobj is not None and pobj.lemma_.lower() not in ORIGIN_NOUNS:  # "with Eritrean roots"
                    if p.lower_ not in skip_preps:
                        out.append(pobj)
                    # "talks on migration with Colombia": the party may hang under the topic
                    out.extend(_first(p2, {"pobj"}) for p2 in _children(pobj, {"prep"})
                               if p2.lower_ in ("with", "to", "against") and _first(p2, {"pobj"}) is not None)
    dative = _first(verb, {"dative"})
    if dative is not None:
        out.append(_first(dative, {"pobj"}) or dative)
    subj = _first(verb, SUBJ_DEPS)
    for p in _children(verb, {"prep"}):
        if p.lower_ in RECIPIENT_PREPS:
            pobj = _first(p, {"pobj"})
            relative = pobj is not None and pobj.lower_ in ("whom", "which") and verb.dep_ == "relcl"
            if relative:
                # "the militia, with whom it fought": the militia, if the clause hangs on a party
                # (the parser may hang it on an idea further up: "no distinction between ...")
                pobj = _relative_party(verb)
            elif p.lower_ == "with" and subj is not None and p.i < subj.i < verb.i:
                continue  # "With the approval of X, the army launched ...": a setting ahead of the clause
            if pobj is not None and event_checks.names_medium(p):
                continue  # "paid tribute to him on Facebook": the channel, no party
            if pobj is not None and pobj.lower_ == "behalf":
                continue  # "attacked X on behalf of Y": Y is whom the actor serves, no party hit
            if pobj is not None and p.lower_ == "against" and pobj.lemma_.lower() in COUNSEL_NOUNS:
                continue  # "against the advice of Y", "against the wishes of Y": Y was overruled, not hit
            if pobj is not None and pobj.lemma_.lower() in CURRENCY_NOUNS:
                continue  # "banned trading in Chilean pesos": a currency's country is no party
            if pobj is not None and p.lower_ in ("in", "during") and _misread_attack_noun(pobj) is not None:
                continue  # "killed in Israeli tank shelling": the means, no party hit
            if pobj is not None and p.lower_ in ("in", "at") and _befallen_named(verb, obj) and _whereabouts(pobj):
                continue  # "Senator X was arrested at Lima airport": where; the senator was arrested
            if pobj is not None and p.lower_ in ("in", "at") and pobj.lemma_.lower() in CLASSES["confinement"] \
                    and "@confinement" in (VERBS.get(verb.lemma_.lower()) or {}).get("prep_obj", {}):
                continue  # "held in a Kenyan prison, in Nairobi": where someone is kept, no party
            if pobj is not None and p.lower_ == "with" and (_means(pobj) or pobj == goods):
                continue  # "was met with force", "attacked them with rockets": the means, no party
            if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                pobj = _name_before_date(pobj)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                if p.lower_ not in skip_preps:
                    out.append(pobj)
                else:
                    out.extend(_first(p2, {"pobj"}) for p2 in _children(pobj, {"prep"})
                               if p2.lower_ == "with" and _first(p2, {"pobj"}) is not None)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and not any(t is not None and _names_participant(t) for t in out) \
            and _addressed_by(verb.head) is not None:
        out.append(verb.head)  # "wrote to the president demanding X": the one written to is asked
        # (not when the participle names its own party: "wrote to the watchdog accusing X")
    device = obj is not None and obj.lemma_.lower() in CLASSES["device"]  # "a bomb was detonated"
    if device:
        out = [t for t in out if t is not obj]
    if not out and (obj is None or device):
        # "the device detonated outside the barracks": what a bomb went off by was its target
        for p in _children(verb, {"prep"}):
            if p.lower_ in (VERBS.get(verb.lemma_.lower()) or {}).get("target_preps", ()):
                pobj = _first(p, {"pobj"})
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                    out.append(pobj)
    if not out:
        for p in _children(verb, {"prep"}):
            if p.lower_ in LAST_RESORT_PREPS:
                pobj = _first(p, {"pobj"})
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                    out.append(pobj)
    places = [t for t in out if event_checks.locative_place(t, verb) or event_checks.locative_area(t, verb)
              or (t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head == verb and t.ent_type_ == "GPE")]
    if places:  # "fired tear gas at students ... in Dhaka": the city is where, when someone else is hit
        rest = [t for t in out if t not in places]
        if _refs(verb.doc, rest, set()):
            return rest
    return out


#: endings of nouns that name acts ("poisoning", "invasion", "deployment")
ACT_NOUN_ENDINGS = ("ing", "tion", "sion", "ment")


def _noun_phrase_entities(doc: Doc, tok: Token, seen: set, doer: bool = False) -> list:
    """Entities named by the noun phrase headed by ``tok`` (its modifiers, appositions and
    "of"-complements; conjuncts each in turn), as EntityRefs. For a ``doer`` (the actor side) an
    "in" phrase says where it is, not who ("a delegation in X demanded": not X's government);
    for a target it may ("raids on prisons in X")."""
    preps = ("of", "from") if doer else ("of", "from", "in")
    refs, related_refs = [], []
    # a place's conjunct that is an act ("the attack in X and the poisoning of Y") is another
    # matter, no second place or party ("Turkey and a proxy force" stay two parties)
    conjuncts = [c for c in tok.conjuncts if c.i > tok.i
                 and not (tok.ent_type_ in NER_PLACE and c.pos_ == "NOUN" and c.ent_type_ not in NER_PLACE
                          and c.lemma_.lower().endswith(ACT_NOUN_ENDINGS))]
    for head in [tok] + conjuncts:
        found = _apposed_entities(doc, head)  # "Peru's allies, Bolivia and Ecuador": the two named
        apposed = bool(found)
        if not found:
            found = base.entities_in(doc, head.left_edge.idx, head.idx + len(head))
        if not found:
            hit = base.entity_at(doc, head.idx, head.idx + len(head))
            found = [hit] if hit else []
        if not found:
            for c in head.children:
                if c.dep_ == "appos":
                    found = base.entities_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
                elif c.dep_ == "prep" and c.lower_ in preps and head.pos_ == "NOUN":
                    pobj = _first(c, {"pobj"})
                    if pobj is not None and pobj.lemma_.lower() not in CURRENCY_NOUNS:  # "payments in US dollars"
                        found = base.entities_in(doc, pobj.left_edge.idx, pobj.idx + len(pobj)) or (
                            [base.entity_at(doc, pobj.idx, pobj.idx + len(pobj))] if base.entity_at(doc, pobj.idx, pobj.idx + len(pobj)) else [])
                if found:
                    break
        found = list(found) + _origin_conjunct_entities(doc, head)
        if len(found) > 1:  # "Iranian-backed militias": the militias act; their patron does not
            found = [f for f in found if not _patron_mention(doc, f[1])] or found
        relation = head.lemma_.lower() if head.pos_ == "NOUN" and not base.entity_at(
            doc, head.idx, head.idx + len(head)) else ""
        rivals, backers = relation in OPPONENT_NOUNS, relation in BACKER_NOUNS
        poss = _first(head, {"poss"}) if rivals or backers else None
        for ent, mention in found:
            key = ent.id or (ent.code, ent.name)
            if key in seen:
                continue
            seen.add(key)
            ref = ent.ref(mention.text)
            related = (rivals or backers) and not apposed and (mention.start > head.idx or poss is not None and (
                poss.left_edge.idx <= mention.start <= poss.idx))
            if related:
                # "critics of the president", "the president's supporters" are not the president:
                # his country, none of his role; "Assad's backers" (of a state, a leader or an
                # armed group) are not even of his country, a party's backers are
                foreign = backers and ref.sector not in DOMESTICALLY_BACKED
                code = None if foreign else (ref.code or "")[:3] or None
                ref = EntityRef(text=f"{head.text} of {mention.text}", code=code)
                related_refs.append(ref)  # (the place named in it is whose they are: no code from it)
                continue
            refs.append(ref)
    return place_code(doc, tok, refs) + related_refs


def _patron_mention(doc: Doc, mention) -> bool:
    """A state named as the patron of a group ("Iranian-backed militias", "US-trained
    forces": the mention is followed by a hyphen and one of the actor layer's patron words)."""
    from ..actors import PATRON_WORDS  # (the actor layer imports this package: read at call time)
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    # over a chain of patrons: "Chilean-Peruvian-backed", "Chilean- and Peruvian-backed" (an "and"
    # only after a hyphen: "Russian and Iran-backed forces" may be two parties)
    for tok in doc[span.end: span.end + 8]:
        if tok.lower_ in PATRON_WORDS:
            # the patron of a group, not of an act ("a Chilean-backed offensive" is Chile's own)
            return tok.i > span.end and doc[tok.i - 1].text == "-" and tok.head.lemma_.lower() not in EVENT_NOUNS
        if tok.lower_ == "and" and doc[tok.i - 1].text != "-":
            return False
        if not (tok.text in ("-", ",", "and") or tok.ent_type_ in ("NORP", "GPE") or tok.pos_ == "PROPN"):
            return False
    return False


#: nouns whose possessor or "of" complement is whom they back or oppose, not who they are
RELATED_NOUNS = OPPONENT_NOUNS | BACKER_NOUNS


def _apposed_entities(doc: Doc, head: Token) -> list:
    """A noun of backing or rivalry that is no entity itself, with an apposition that names some
    ("X's allies, Bolivia and Ecuador", "its two rivals, Chad and Niger"): the apposition says
    who they are (the possessor is whose they are)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in RELATED_NOUNS \
            or base.entity_at(doc, head.idx, head.idx + len(head)) is not None:
        return []
    for c in head.children:
        if c.dep_ == "appos" and c.i > head.i:
            found = base.entities_in(doc, c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            if found:
                return list(found)
    return []


#: sectors whose backers are of their own country: parties, opposition, civil society, business,
#: labour, religion (a state, its leader or an armed group is backed from abroad)
DOMESTICALLY_BACKED = {"PTY", "OPP", "CVL", "SOC", "BUS", "LAB", "REL", "EDU", "MED", "JRN", "LEG"}


def _origin_conjunct_entities(doc: Doc, head: Token) -> list:
    """"a force from Chad, Niger and Benin", "the armies of Chad and Niger": the later conjuncts
    of the origin are members too (the first is in the phrase the actor layer found)."""
    if head.pos_ != "NOUN":
        return []
    out = []
    for p in _children(head, {"prep"}):
        if p.lower_ not in ("from", "of"):
            continue
        pobj = _first(p, {"pobj"})
        for conj in (pobj.conjuncts if pobj is not None else ()):
            if conj.i > pobj.i:
                hit = base.entity_at(doc, conj.idx, conj.idx + len(conj))
                if hit is not None:
                    out.append(hit)
    return out


def _names_participant(head: Token) -> bool:
    """A name (person, organisation, place, nationality), an agent noun or a relative ("her son"),
    not a thing or an event."""
    if head.ent_type_ in NER_ACTOR or (head.pos_ == "PROPN" and head.ent_type_ not in NOT_PARTICIPANT_ENTS):
        return True
    return head.lower_ in AGENT_WORDS or head.lemma_.lower() in AGENT_WORDS or head.lower_ in KIN_NOUNS


def _counted_victims(tok: Token) -> bool:
    """A bare number as object of a verb of harm ("killing five"): that many people."""
    return tok.like_num and tok.dep_ in ("dobj", "nsubjpass") and not list(tok.children) \
        and tok.head.lemma_.lower() in HARM_VERBS


#: verbs whose patient can only be a living being: "a road engineer was shot dead" names a
#: victim whatever the noun (verbs of harm, and shooting)
PATIENT_VERBS = HARM_VERBS | {"shoot", "stab", "torture", "assassinate", "lynch", "murder"}


def _harmed_one(noun: Token) -> bool:
    """The passive subject of a verb of harm ("the engineer was shot dead"): a person,
    though no agent noun; not a place, thing or idea ("the tyres were shot")."""
    verb = noun.head
    w, lemma = noun.lower_, noun.lemma_.lower()
    if lemma in ("other", "others", "one"):
        return False  # "several others were wounded": more of the victims already named
    return noun.pos_ == "NOUN" and noun.dep_ == "nsubjpass" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in PATIENT_VERBS and not any(
            w in CLASSES[c] or lemma in CLASSES[c] for c in ("physical", "abstract", "place", "weapons", "device"))


def _uncoded_refs(doc: Doc, tokens: list, where_of: Optional[Token] = None) -> list:
    """Participants the actor layer has no entity for ("guerrillas", "a refinery crew"):
    kept with their words and ``code`` None, so the event is recorded and a reader sees who.
    Only nouns standing in a role on the parse count; pronouns, dates, numbers and abstract
    nouns ("the plan") are no participant. One that is a place the places layer resolved
    ("struck Kunduz province") takes its country, unless it only says where the act of
    ``where_of`` happened ("protested in Bilbao": the town is no target)."""
    refs = []
    for tok in tokens:
        tok = _clause_antecedent(tok) or tok  # "when they were stopped": the herders
        if where_of is None:  # (a protest "in the city of X" was there, not against it)
            tok = _named_place_of(tok) or tok  # "the town of X": X
        for head in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
            if _counted_victims(head):
                refs.append(EntityRef(text=head.text, code=None))  # "..., killing five": five people
                continue
            if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in NOT_PARTICIPANT_ENTS:
                continue
            if not (_names_participant(head) or _harmed_one(head)):
                continue
            words = [t for t in doc[head.left_edge.i: head.i + 1] if t.pos_ not in ("DET", "PUNCT")]
            text = " ".join(t.text for t in words[-_cfg().uncoded_max_tokens:])
            if text and all(r.text != text for r in refs):
                # "struck Kunduz province": a place the places layer resolved takes its country
                ref = EntityRef(text=text, code=None)
                where = where_of is not None and event_checks.locative_place(tok, where_of)  # or its conjunct
                refs.extend([ref] if where else place_code(doc, head, [ref]))
    return refs


def _named_place_of(tok: Token) -> Optional[Token]:
    """"the Kurdish city of X", "the province of Y": the name after "of" on a place noun."""
    if tok.pos_ != "NOUN" or tok.lower_ not in PLACE_HEAD_WORDS:
        return None
    of = next((p for p in _children(tok, {"prep"}) if p.lower_ == "of"), None)
    name = _first(of, {"pobj"}) if of is not None else None
    return name if name is not None and name.pos_ == "PROPN" else None


#: verbs of writing or sending to someone: a participle on the addressee is the sender's
ADDRESS_VERBS = {"write", "send", "turn", "reply", "respond", "appeal", "petition", "cable", "fax", "email", "e-mail"}


def _addressed_by(noun: Token) -> Optional[list]:
    """"X wrote to Y demanding ...", "X sent a letter to Y urging ...": Y is the addressee of a
    verb of writing or sending (its "to" object); the subject of that verb is who demands."""
    to = noun.head if noun.dep_ == "pobj" else None
    if to is None or to.lower_ != "to" or to.dep_ not in ("prep", "dative"):
        return None
    verb = to.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ADDRESS_VERBS:
        return None
    return _subject_tokens(verb) or None


def _refs(doc: Doc, tokens: list, seen: set, doer: bool = False) -> list:
    out = []
    for t in tokens:
        found = _noun_phrase_entities(doc, t, seen, doer)
        antecedent = None if found else _clause_antecedent(t) or _doing_owner(t)
        if antecedent is not None:
            found = _noun_phrase_entities(doc, antecedent, seen, doer)
        out.extend(found)
    return out


#: nouns of the lexicon that name an event ("support", "call", "offensive", "withdrawal")
EVENT_NOUNS = set(NOUNS) | ATTACK_NOUNS | set(IRREGULAR_NOMINALS)


def _doing_owner(tok: Token) -> Optional[Token]:
    """"condemned its support for the militia": a participant that is an event noun owned by a
    possessive "its" the actor layer left unresolved stands for the doing's owner
    (``_possessive_antecedent``); None otherwise."""
    if tok.tag_ == "PRP$" and tok.dep_ == "poss":
        tok = tok.head  # (the owner already picked as the participant: "its" of "its support")
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in EVENT_NOUNS:
        return None  # (only the lexicon's event nouns: "its labour markets" owns no act)
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$" and c.lower_ == "its"), None)
    if poss is None:
        return None
    owner = _possessive_antecedent(poss)
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
    doers = _subject_tokens(verb) if verb is not None and verb.pos_ == "VERB" else []
    if owner is not None and (owner.tag_ in ("NNS", "NNPS") or any(d.i == owner.i for d in doers)):
        # "officials condemned its support", "Riyadh condemned its attacks": who acts on a
        # doing is not its owner here (nor is a plural); the sentence before names the owner
        owner = _previous_subject(poss)
    if owner is not None and any(d.i == owner.i for d in doers):
        return None  # "a team able to defend its case": the doer's own
    return owner


#: pronouns that, as a participant of an adverbial or coordinated clause, point back to the
#: subject of the clause it hangs on, with what that subject must be
CLAUSE_PRONOUNS = {"they": "plural", "them": "plural", "he": "person", "him": "person", "she": "person"}


#: possessives that, before "own", are bound to the subject of their clause
OWN_POSSESSIVES = {"its": "thing", "their": "plural", "his": "person", "her": "person"}


def _own_antecedent(poss: Token) -> Optional[Token]:
    """"X went on with its own talks", "they shelled their own villages": a possessive
    before "own" is the subject of its clause (the first conjunct's, for coordinated verbs), when
    that subject is a noun of the possessive's kind."""
    verb, steps = poss.head, 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 4:
        verb, steps = verb.head, steps + 1
    subj = _first(verb, SUBJ_DEPS)
    while subj is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        subj = _first(verb, SUBJ_DEPS)
    if subj is None and verb.dep_ == "acl":
        subj = verb.head  # "X, going on with its own talks": the participle's noun
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    kind = OWN_POSSESSIVES[poss.lower_]
    plural = subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)
    person = subj.ent_type_ == "PERSON" or subj.lower_ in AGENT_WORDS
    ok = {"plural": plural, "person": not plural and person, "thing": not plural and not subj.ent_type_ == "PERSON"}[kind]
    return subj if ok else None


def _clause_antecedent(tok: Token) -> Optional[Token]:
    """"While he backs the deal, Ms Ortiz doubts ...", "the envoy left after he met the rebels":
    a pronoun of an adverbial or coordinated clause the actor layer left unresolved is the
    subject of the clause it hangs on, when that subject is a noun of the pronoun's kind (a
    plural noun for "they", a person for "he"/"she"); None otherwise."""
    kind = CLAUSE_PRONOUNS.get(tok.lower_)
    if kind is None or tok.pos_ != "PRON":
        return None
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ in ("prep", "agent"):
        verb = verb.head
    if tok.lower_ in ("him", "them") and _first(verb, SUBJ_DEPS) is None and verb.dep_ in ("advcl", "conj", "xcomp") \
            and verb.head.pos_ in ("VERB", "AUX"):
        # "X called Y, urging him to ...": the clause's unspoken subject is X, and a plain object
        # pronoun is never its own subject; it is the head clause's object when that is a person
        obj = _first(verb.head, {"dobj"})
        if obj is not None and obj.pos_ != "PROPN":
            obj = _first(obj, {"appos"})  # "singled out the minister, Ana Ruiz, accusing him"
        if obj is not None and obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON" and tok.lower_ == "him":
            return obj
        return None
    while verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
        subj = _first(verb, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)
        if subj is None:
            continue
        if subj.pos_ not in ("NOUN", "PROPN"):
            return None
        plural = subj.tag_ in ("NNS", "NNPS") or bool(subj.conjuncts)
        person = not plural and (subj.ent_type_ == "PERSON" or subj.lower_ in AGENT_WORDS)
        return subj if (plural if kind == "plural" else person) else None
    return None


def _quote_speaker(doc: Doc, char: int) -> list:
    """"We will sign tomorrow," Ms Varga said: "we" inside a quote is its speaker."""
    for q in layer(doc, "quotes"):
        if q.start <= char < q.end and q.speaker is not None and q.speaker.code:
            return [q.speaker]
    return []


# Coercion, attack or threat with no named target: coders treat it as aimed at the
# actor's own country (police vs. its citizens). PROTEST/REJECT/CONCEDE
# are left out: measured, they as often have no target or a foreign one; a protest against a
# measure (a law, a plan: assemble._protests_a_measure) is the exception.
DOMESTIC_DEFAULT_TYPES = {"ASSAULT", "COERCE", "THREATEN"}


def _domestic_recipient(event_type: str, actors: list, protest_measure: bool = False) -> list:
    """The actor's own country as recipient when a domestic event names no target; for a protest
    only when it opposes a measure (``protest_measure``: "marched against the new tax" is aimed at
    the government that made it)."""
    if event_type not in DOMESTIC_DEFAULT_TYPES and not (event_type == "PROTEST" and protest_measure):
        return []
    codes = {a.code for a in actors if a.code}
    if len(codes) != 1 or not codes <= COUNTRY_CODES:
        return []
    code = codes.pop()
    # No words in the sentence name it: empty text, and the event's `why` says it was implied.
    return [EntityRef(text="", code=code)]


#: speakers whose judgement of an unowned measure is no political act: firms, schools, doctors,
#: the press, private people and trades (a firm calling a claim false, a chemist calling prices
#: unreasonable); speakers the actor layer gave no sector are let through
NOT_MEASURE_JUDGE_SECTORS = {"BUS", "EDU", "MED", "JRN", "CVL", "LAB", "AGR", "REL", "CRM", "REF"}


def _measure_home(actors: list, targets: list) -> list:
    """"X called the plans reckless", "said lifting the ban would be irresponsible": a judgement
    of a measure or an act (no person, group, name or pronoun) whose owner goes unnamed is aimed
    at the speaker's own country, when the speakers are of one and none is a private party."""
    if any(a.sector in NOT_MEASURE_JUDGE_SECTORS for a in actors):
        return []
    if not targets or not all(t.pos_ == "VERB" or (t.pos_ == "NOUN" and noun_senses.names_a_measure(t.lemma_))
                              for t in targets) or any(
            _names_participant(t) for t in targets):  # (a name, an agent noun, a relative)
        return []
    codes = {a.code for a in actors if a.code}
    if len(codes) != 1 or not codes <= COUNTRY_CODES:
        return []
    return [EntityRef(text="", code=codes.pop())]


# An attack, crackdown or riot with no named perpetrator ("a mine wounded four Danish
# deminers near the border"): coders credit it to the country where it happened. Only for
# foreign victims: article coders leave the actor of a domestic attack empty. Measured: crackdowns
# and riots (COERCE, PROTEST) and a victim-country fallback cost more than they gained.
LOCATED_ACTOR_TYPES = {"ASSAULT"}


def _located_actor(doc: Doc, sent: Span, event_type: str, recipients: list, anchor: Token) -> list:
    """The country of the sentence's first place, for an actorless attack on foreigners there
    (skipping a place that reports it: "Oslo is sure that X was killed")."""
    if event_type not in LOCATED_ACTOR_TYPES:
        return []
    victims = {r.code for r in recipients if r.code}
    for place in doc._.sanderling_places or []:
        if sent.start_char <= place.start < sent.end_char and place.country_code in COUNTRY_CODES:
            if _journey_end(doc, place) or _reporting_place(doc, place, anchor) or _party_elsewhere(doc, place, anchor) \
                    or not _under_event_clause(_place_token(doc, place), anchor):
                continue
            if place.country_code in victims or any(
                    r.text and (r.text in place.extracted_place or place.extracted_place in r.text) for r in recipients):
                return []  # a domestic attack, or an attack on the place itself ("the Lyon bombings")
            return [EntityRef(text=place.extracted_place, code=place.country_code)]
    return []


def _under_event_clause(tok: Optional[Token], anchor: Token) -> bool:
    """The place lies inside the event's clause (the subtree of the verb the event word stands
    in), not in a clause that governs it or stands beside it ("after a month at a camp near X,
    they were sent to fight in Y": X is no place of the fighting), nor in a relative clause
    inside it that places something next to it ("which lies near the border with Y")."""
    if tok is None:
        return True
    home = _clause_verb(anchor)
    path = []
    for a in (tok, *tok.ancestors):
        if a == home or a == anchor:
            return True
        if a.dep_ == "relcl" and any(t.lemma_.lower() in NEARNESS_WORDS for t in path):
            return False  # "from X, which sits near the frontier of Y": Y neighbours X
        path.append(a)
    return False


#: words by which a relative clause places something beside a place ("which lies near the
#: border with Y", "which sits across the frontier from Y"): Y is a neighbour, not where it is
NEARNESS_WORDS = {"near", "close", "border", "frontier", "across", "beside", "next", "edge", "outskirts"}


def _site_country(doc: Doc, sent: Span) -> list:
    """The country of the sentence's first place that is no journey's end: where a bomb that
    names no one went off ("a car bomb detonated in a district of X"); coders record such a
    bombing against the country it struck."""
    for place in doc._.sanderling_places or []:
        if sent.start_char <= place.start < sent.end_char and place.country_code in COUNTRY_CODES \
                and not _journey_end(doc, place):
            return [EntityRef(text=place.extracted_place, code=place.country_code)]
    return []


def _place_token(doc: Doc, place) -> Optional[Token]:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def _journey_end(doc: Doc, place) -> bool:
    """"a priest from Lyon", "after she moved to Oslo", "was taken into Chad": a place where
    someone came from or went to (its noun phrase hangs on a journey preposition) is no place
    an attack happened."""
    tok = _place_token(doc, place)
    while tok is not None and tok.head.i != tok.i and (tok.dep_ in ("conj", "appos", "compound") or (
            tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in") and _names_a_place(tok.head.head))):
        tok = tok.head if tok.dep_ != "pobj" else tok.head.head  # ("fled to the town of X in Y": X, Y)
    return tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in JOURNEY_PREPS


def _names_a_place(tok: Token) -> bool:
    """A name, or a noun whose two commonest WordNet senses include a location ("town",
    "enclave", "hinterland"; not "invasion")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and "location" in noun_senses.classes(tok.lemma_.lower())[:2])


#: events whose host country skips a place that acts in another clause (measured: for CONSULT
#: it cost a correct counterpart named as a subject elsewhere)
ACTING_PLACE_TYPES = {"ASSAULT"}


def _acting_place(doc: Doc, place, anchor: Token) -> bool:
    """"Oslo and Rome have long disagreed over Y, where X seized ...", "Peru's leaders said ...":
    a place named as the subject (or the by-agent) of another clause than the event's, as the
    object of the clause that governs it, or as the owner or modifier of one, stands for a party
    of that clause, not for where the event happened."""
    tok = _place_token(doc, place)
    while tok is not None and tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok is not None and tok.dep_ in ("poss", "compound", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    if tok is not None and tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ == "by"):
        return tok.head.head != anchor  # "listed as terrorists by Oslo": the doer of another act
    if tok is not None and tok.dep_ == "dobj" and anchor.pos_ == "VERB" and tok.head != anchor \
            and tok.head in anchor.ancestors:
        return True  # "by shelling X, the army defied Washington": the object of the governing act
    return tok is not None and tok.dep_ in SUBJ_DEPS and tok.head != anchor


def _reporting_place(doc: Doc, place, anchor: Token) -> bool:
    """"Oslo is sure that X was killed", "the agency told its Danish counterparts X was shot": a
    place acting in a clause that reports the event (the event sits in its complement clause)
    is a source, not where it happened. (A place acting in a clause that governs the event
    otherwise is often its doer: "Oslo's plans to launch an operation targeting X".)"""
    if not _acting_place(doc, place, anchor):
        return False
    verb = next((a for a in _place_token(doc, place).ancestors if a.pos_ in ("VERB", "AUX", "ADJ")), None)
    reported, cur = False, anchor
    while cur.head.i != cur.i and cur != verb:
        reported = reported or cur.dep_ == "ccomp"
        cur = cur.head
    return cur == verb and reported


def _party_elsewhere(doc: Doc, place, anchor: Token) -> bool:
    """"said Oslo was preparing an operation, and rebels have fought X": a place acting in a
    clause that does not govern the event (a sibling or coordinated clause) is a party of that
    clause; it neither did the event nor says where it was."""
    if not _acting_place(doc, place, anchor):
        return False
    verb = next((a for a in _place_token(doc, place).ancestors if a.pos_ in ("VERB", "AUX", "ADJ")), None)
    return verb is not None and verb != anchor and verb not in anchor.ancestors


def _in_event_clause(tok: Optional[Token], anchor: Token) -> bool:
    """The place's phrase may say where the event was: it is not in a clause coordinated with
    the event's ("fought a war, and officials warned of a route through X"). A place in a purpose
    or participle clause often names where an attack went ("launched the assault, aiming to drive
    them out of X"); measured, requiring the event's own clause (the first verb above the place
    is the event's) also for meetings cost correct venues of summits named in another clause."""
    if tok is None:
        return True
    home = _clause_verb(anchor)
    cur, verb = tok, None
    while cur.head.i != cur.i:
        cur = cur.head
        if cur == anchor:
            return True
        if cur.pos_ in ("VERB", "AUX"):
            verb = cur
            break
    if verb is None or verb == home:
        return True
    while verb.head.i != verb.i and verb != home:
        if verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX"):
            return False
        verb = verb.head
    return True


#: prepositions whose object is where or when something took place ("at a Lima forum")
VENUE_PREPS = {"at", "in", "during", "after", "before", "following", "on", "inside", "outside"}
#: WordNet classes beside "group" that make a noun a gathering or a building, not a body of people
GATHERING_SENSES = {"act", "event", "artifact", "communication", "location", "time"}


def _party_modifier(tok: Optional[Token], anchor: Token) -> bool:
    """A place that qualifies a party rather than saying where: the modifier of a noun whose
    commonest WordNet sense is a group or a person ("US ground troops", "a Lima administration",
    "a Quito resident"), or the "from" phrase of a noun other than the event's ("proposals from
    Oslo"). A modifier of the event noun itself ("a Lima summit"), of another event noun ("met at a
    Lima conference") or of a noun in a phrase of place or time ("at a Lima forum") still says where."""
    if tok is None:
        return False
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("compound", "amod") and head != anchor and head.pos_ == "NOUN":
        senses = noun_senses.classes(head.lemma_.lower())
        if head.lemma_.lower() in EVENT_NOUNS or head.lower_ in EVENT_NOUNS or (
                head.dep_ == "pobj" and head.head.lower_ in VENUE_PREPS and set(senses[:3]) & GATHERING_SENSES):
            # "met at a Lima conference", "talks during a Quito forum": where, not whose ("serving
            # in a Lima militia", a group and nothing else, is whose)
            return False
        return senses[:1] in (("group",), ("person",))
    if tok.dep_ == "pobj" and head.lower_ == "from" and head.head.pos_ in ("NOUN", "PROPN") and head.head != anchor:
        return True
    return False


# Meetings, troop moves and attacks abroad with no named counterpart ("met in Zurich", "holding
# exercises in Alaska"): coders take the host country as the recipient.
HOST_RECIPIENT_TYPES = {"CONSULT", "MOBILIZE", "ASSAULT"}


def _host_recipient(doc: Doc, sent: Span, event_type: str, actors: list, anchor: Token) -> list:
    """The country of the sentence's first place outside the actors' own countries (for an
    attack, skipping places that act in another clause)."""
    if event_type not in HOST_RECIPIENT_TYPES or not actors:
        return []
    own = {a.code for a in actors if a.code}
    for place in doc._.sanderling_places or []:
        if sent.start_char <= place.start < sent.end_char and place.country_code in COUNTRY_CODES \
                and place.country_code not in own:
            if event_type in ACTING_PLACE_TYPES and _acting_place(doc, place, anchor):
                continue
            if not _in_event_clause(_place_token(doc, place), anchor):
                continue  # "fought a war, and officials warned of a route through X": another clause's place
            if _ally_place(_place_token(doc, place)):
                continue  # "rebels fighting alongside Turkey": an ally is no target
            if _party_modifier(_place_token(doc, place), anchor):
                continue  # "the departing US troops in X", "proposals from Oslo": whose, not where
            return [EntityRef(text=place.extracted_place, code=place.country_code)]
    return []
