"""Dependency-parse helpers shared by every stage: children by label, passive voice, the
direct object (through quantities and coordinated verbs), object classes, lemma variants, the
verbs a frame embeds, and the clause verb of a token.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from ... import noun_senses
from .. import base  # noqa: F401  (registers the Doc extensions)
from .config import _cfg
from .lexicon import AGENT_SECTORS, VERBS, CLASSES, COMBATANT_WORDS, COUNTRY_NAMES, CURRENCY_NOUNS, EVASION_VERBS, EXPERIENCE_HEADS, EXPERIENCE_PREPS, ON_COMPLEMENT_VERBS, PRICE_NOUNS, EXPLETIVE_OBJECTS, OFFICE_WORDS, POLICE_WORDS, ORIGIN_NOUNS, QUANTITY_NOUNS, RELATIVE_ADVERB_NOUNS, RELATIVE_PRONOUNS, STATE_PASSIVES


SUBJ_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
EMBED_DEPS = {"xcomp", "ccomp"}
NOMINAL_DEPS = {"amod", "compound", "pobj", "nmod", "nsubj", "nsubjpass", "dobj", "poss", "attr"}
NER_ACTOR = {"PERSON", "ORG", "GPE", "NORP"}
NER_PLACE = {"GPE", "LOC", "FAC"}


# --- small token helpers ------------------------------------------------------------

def _word(tok: Token) -> str:
    return tok.lower_


def _keys(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _children(tok: Token, deps) -> list:
    return [c for c in tok.children if c.dep_ in deps]


def _hyphenated(tok: Token) -> Optional[str]:
    """The hyphenated word ``tok`` ends, as written ("sit-in", "short-sighted": the tokenizer
    splits them into three tokens), or None."""
    doc = tok.doc
    if tok.i >= 2 and (doc[tok.i - 1].text == "-" or doc[tok.i - 1].tag_ == "HYPH") \
            and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return None


def _first(tok: Token, deps) -> Optional[Token]:
    kids = _children(tok, deps)
    return kids[0] if kids else None


def _is_passive(tok: Token) -> bool:
    """Passive: with a passive auxiliary or subject, a participle on a noun with a by-phrase
    ("the envoy expelled by X", "the farmers beaten and robbed by X"), or one coordinated
    with a passive verb."""
    if tok.lemma_.lower() in STATE_PASSIVES and not any(c.dep_ == "agent" for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ == "in" for c in tok.children):
        return False  # "militias were engaged in cleansing": the subject does it
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ in ("acl", "relcl")
        and (_first(tok, {"agent"}) is not None or _shared_agent(tok) is not None)) \
        or _shares_passive(tok) or _detached_participle(tok) or _misread_passive(tok)


#: verbs that need an object: with a subject and none, no auxiliary and no particle, the parser has
#: read a reduced passive as a past tense ("Other Danes killed fighting X include ...",
#: "three guards wounded in the blast"): the subject suffered the act
OBJECT_NEEDING_VERBS = {"kill", "wound", "injure", "kidnap", "abduct"}


def _misread_passive(tok: Token) -> bool:
    if tok.lemma_.lower() not in OBJECT_NEEDING_VERBS or tok.tag_ not in ("VBD", "VBN") \
            or tok.dep_ in ("relcl", "conj", "amod"):
        return False  # "the men they killed": the object is the antecedent
    if _first(tok, {"nsubj"}) is None or _first(tok, {"dobj", "obj", "aux", "auxpass", "prt", "ccomp", "dative"}):
        return False
    # "arrested and killed three men": a conjunct's object is shared, in a list joined by a
    # conjunction ("Danes killed fighting X include Y" is a misparse with no "and")
    joined = any(c.dep_ == "cc" for t in (tok, *tok.conjuncts) for c in t.children)
    return not (joined and any(_first(c, {"dobj", "obj"}) is not None for c in tok.conjuncts))


def _detached_participle(tok: Token) -> bool:
    """"Backed by Russia, the army ...", "(the governor is on trial,) accused of fraud": a bare
    past participle hanging on a clause, with no by-phrase or one naming someone, is passive; its
    patient is that clause's subject."""
    if tok.tag_ != "VBN" or tok.dep_ != "advcl" or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "mark") or c.tag_ == "WRB"
            for c in tok.children):
        return False  # "when used in conflicts": the weapons are used, not the clause's subject
    agent = _first(tok, {"agent"})  # with no doer, or a named one: "hit by setbacks" names a cause
    pobj = _first(agent, {"pobj"}) if agent is not None else None
    return agent is None or pobj is not None and bool(base.entities_in(tok.doc, pobj.left_edge.idx, pobj.idx + len(pobj)))


def _shared_agent(verb: Token) -> Optional[Token]:
    """"were kidnapped and tortured by militiamen": the by-phrase on the last of conjoined
    participles is the agent of the earlier ones too (not when a conjunct has its own subject:
    "X was shot and Y was arrested by police")."""
    for conj in verb.conjuncts:
        if conj.i > verb.i and conj.tag_ == "VBN" and _first(conj, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is None:
            agent = _first(conj, {"agent"})
            if agent is not None:
                return agent
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        # "X, who were attacked, evicted and beaten by Y": the parser hangs the list's later
        # participles on the noun beside the first; the next one in the list shares its by-phrase
        for sib in verb.head.children:
            if sib.dep_ in ("acl", "relcl") and sib.tag_ == "VBN" and 0 < sib.i - verb.i <= LIST_GAP \
                    and all(t.is_punct or t.dep_ == "cc" for t in verb.doc[verb.i + 1: sib.i]) \
                    and _first(sib, SUBJ_DEPS | {"dobj"}) is None:
                return _first(sib, {"agent"}) or _shared_agent(sib)
    return None


#: at most this many tokens between two participles of one list ("targeted, expelled")
LIST_GAP = 3


def _shares_passive(tok: Token) -> bool:
    """"was shot, detained and tortured": a bare participle coordinated with a passive verb is
    passive too (it has no subject, object or auxiliary of its own); a regular "-ed" form the
    tagger read as past tense counts as one."""
    if tok.dep_ == "advcl":
        # the parser often hangs the middle of such a list as an adverbial clause ("shot twice,
        # detained and tortured": detained -advcl-> shot); one with no subordinating word is listed
        return tok.tag_ == "VBN" and tok.head.i != tok.i and tok.head.tag_ == "VBN" \
            and any(c.dep_ == "auxpass" for c in tok.head.children) \
            and _first(tok, SUBJ_DEPS | PASSIVE_SUBJ_DEPS | {"dobj", "aux", "auxpass", "mark"}) is None
    return tok.dep_ == "conj" and (tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.lower_.endswith("ed"))) \
        and tok.head.i != tok.i and _is_passive(tok.head) \
        and _first(tok, SUBJ_DEPS | PASSIVE_SUBJ_DEPS | {"dobj", "aux", "auxpass"}) is None


def _raised_patient(tok: Token) -> Optional[Token]:
    """"X is feared to have been abducted": the victim of the perfect passive infinitive is the
    subject of the passive verb of saying or thinking that raises it."""
    if tok.dep_ == "xcomp" and _first(tok, PASSIVE_SUBJ_DEPS) is None and _is_passive(tok.head) \
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children):
        subj = _first(tok.head, PASSIVE_SUBJ_DEPS)
        return _semantic_head(subj) if subj is not None else None
    return None


def _gerund_passive_controller(tok: Token) -> Optional[Token]:
    """"reported being beaten", "was held before being released", "regrouped after having been
    driven out": a passive gerund with no subject of its own befell the subject of the clause it
    hangs on, as the complement of a verb of telling or recalling or through a preposition of
    time ("avoided being arrested", "fear being detained" tell of nothing that happened)."""
    if not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBG" for c in tok.children):
        return None
    if tok.dep_ == "xcomp":
        gov = tok.head
        ok = gov.lemma_.lower() in EXPERIENCE_HEADS
    elif tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        prep, gov = tok.head, tok.head.head
        ok = (prep.lower_ == "of" and gov.lemma_.lower() in EXPERIENCE_HEADS) or (
            prep.lower_ in EXPERIENCE_PREPS
            # "fired back upon being attacked" is of time; "depends on being approved" is the
            # verb's own complement, a hope
            and not (prep.lower_ in ("on", "upon") and gov.lemma_.lower() in ON_COMPLEMENT_VERBS)
            # "fled before being arrested": the escape came first, the arrest may never have
            and not (prep.lower_ == "before" and gov.lemma_.lower() in EVASION_VERBS))
    else:
        return None
    if not ok or gov.pos_ not in ("VERB", "AUX") or gov.i == tok.i:
        return None
    subj = _first(gov, {"nsubj", "nsubjpass"})
    if subj is None or subj.lower_ in RELATIVE_PRONOUNS:
        return None
    return _semantic_head(subj)


def _direct_object(tok: Token) -> Optional[Token]:
    obj = _direct_object_of(tok)
    if obj is None and _is_passive(tok):
        obj = _raised_patient(tok) or (_direct_object(tok.head) if _shares_passive(tok) else None)
    return obj


def _direct_object_of(tok: Token) -> Optional[Token]:
    if _is_passive(tok):
        subj = _first(tok, PASSIVE_SUBJ_DEPS)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            return _antecedent(tok, subj)  # "a fighter who was killed in a raid": the antecedent suffered it
        if subj is not None:
            return _semantic_head(subj)
        if _misread_passive(tok):
            return _semantic_head(_first(tok, {"nsubj"}))
        controller = _gerund_passive_controller(tok)
        if controller is not None:
            return controller
        if tok.dep_ == "acl":
            return tok.head  # "civilians killed by troops"
        if _detached_participle(tok) and tok.head.pos_ in ("VERB", "AUX"):
            subj = _first(tok.head, {"nsubj", "nsubjpass"})
            return _semantic_head(subj) if subj is not None and subj.pos_ != "PRON" or (
                subj is not None and subj.lower_ in ("he", "she", "they")) else None
        if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
            # "two commanders returned to Gaza and were arrested": the shared subject suffered it
            head = tok
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
                subj = _first(head, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)
                if subj is not None:
                    return None if subj.lower_ in RELATIVE_PRONOUNS else _semantic_head(subj)
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.pos_ in ("NOUN", "PROPN") \
            and not any(c.dep_ in ("dobj", "obj", "nsubj", "ccomp", "xcomp") for c in tok.children):
        return tok.head  # "the deal, struck at the summit": a participle on its noun, read as a past tense
    obj = _first(tok, {"dobj", "obj"})
    if obj is None:
        # "arrested and deported three men": coordinated verbs share the object of the last one
        for c in tok.children:
            if _cfg().shared_object and c.dep_ == "conj" and c.pos_ == "VERB" and not _is_passive(c) and _first(c, SUBJ_DEPS) is None \
                    and not any(p.dep_ == "prep" and tok.i < p.i < c.i for p in tok.children):
                # (not past the first verb's own phrase: "met in Cairo and condemned X")
                obj = _first(c, {"dobj", "obj"})
                if obj is not None:
                    break
    if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
        return tok.head  # "the navy, which Bolivia accuses of piracy": the object is the antecedent
    if obj is None and _contact_relative(tok):
        return tok.head  # "the seat she has occupied since 2010": no relative word, the antecedent
    if obj is not None and obj.lower_ in EXPLETIVE_OBJECTS:
        # "bomb the hell out of X": X is what is bombed
        for out in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "out"):
            for of in (c for c in out.children if c.dep_ == "prep" and c.lower_ == "of"):
                target = _first(of, {"pobj"})
                if target is not None:
                    return _semantic_head(target)
    return _semantic_head(obj) if obj is not None else None


#: relative pronouns that stand for a person
PERSONAL_RELATIVES = ("who", "whom")


def _whereabouts(tok: Token) -> bool:
    """A place or an origin ("the border region", "Eritrean roots"): never what "who" stands for."""
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.lemma_.lower() in CLASSES["place"] \
        or tok.lemma_.lower() in ORIGIN_NOUNS


def _member_of(group: Token) -> Optional[Token]:
    """"X is among those who called for Y", "Chile was one of the countries that voted against Z":
    the group a relative clause describes is one X is said to belong to, so X did what it did."""
    prep = group.head if group.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("among", "of"):
        return None
    holder = prep.head
    if prep.lower_ == "of":
        if holder.lower_ != "one" or holder.dep_ != "attr":
            return None
        holder = holder.head
    if holder.lemma_ != "be":
        return None
    subj = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


def _antecedent(rel_verb: Token, pronoun: Optional[Token] = None) -> Token:
    """What a relative clause is about: the noun it hangs on; for "who", past a place or an
    origin the parser hung it on to the one they belong to ("a fighter with Eritrean roots, who
    was killed": the fighter, not the roots)."""
    head = rel_verb.head
    member = _member_of(head)
    if member is not None:
        return member
    if pronoun is None or pronoun.lower_ not in PERSONAL_RELATIVES or not _whereabouts(head):
        return head
    up = head
    while up.dep_ == "pobj" and up.head.dep_ == "prep":
        prep, owner = up.head, up.head.head
        if owner.pos_ == "VERB":
            # "married a fighter with Eritrean roots": the phrase hung on the verb, right after its object
            owner = next((o for o in owner.children if o.dep_ == "dobj" and o.right_edge.i + 1 == prep.i), None)
        if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
            break
        up = owner
        if not _whereabouts(up):
            return up
    return head


def _contact_relative(tok: Token) -> bool:
    """An active relative clause with no relative word, its own subject and no object ("the seat
    she has occupied", "the town the rebels seized"): its antecedent is the verb's object. Not
    when a preposition is left without its object ("the town the army withdrew from"), nor when
    the antecedent stands for when/why/how ("the day the army attacked", "the way they fought"),
    nor when the verb takes a clause ("the man they said had fled")."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN") or _first(tok, SUBJ_DEPS) is None:
        return False
    if any(c.dep_ in ("mark", "advmod") and c.tag_ in ("WDT", "WP", "WRB", "IN") for c in tok.children) or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in tok.children):
        return False
    if any(c.dep_ == "prep" and _first(c, {"pobj", "pcomp"}) is None for c in tok.children) or any(
            c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return False
    head = tok.head
    return head.lower_ not in RELATIVE_ADVERB_NOUNS and head.ent_type_ not in ("DATE", "TIME")


def _semantic_head(tok: Token) -> Token:
    """"400 tonnes of grain" -> grain; "a handful of detainees" -> detainees;
    "20 million euros in aid" -> aid."""
    money = tok.ent_type_ == "MONEY" or tok.lemma_.lower() in CURRENCY_NOUNS
    if tok.lemma_.lower() in QUANTITY_NOUNS or tok.like_num or money:
        for p in tok.children:
            if p.dep_ == "prep" and (p.lower_ == "of" or p.lower_ == "in" and money):
                pobj = _first(p, {"pobj"})
                if pobj is not None:
                    return pobj
    return tok


def _amount(tok: Token) -> bool:
    """A sum, a number or a price ("$5", "twenty euros", "a fee", "more")."""
    return (tok.ent_type_ in ("MONEY", "CARDINAL", "PERCENT", "QUANTITY") or tok.like_num or
            tok.lemma_.lower() in CURRENCY_NOUNS or tok.lower_ in PRICE_NOUNS or tok.lemma_.lower() in PRICE_NOUNS)


def _commonest_sense_in(tok: Token, classes: tuple) -> bool:
    """The common noun's commonest WordNet sense is in ``classes`` and no person is among its
    two commonest ("guard" is both a made thing and a person)."""
    found = noun_senses.classes(tok.lemma_)
    return bool(found) and found[0] in classes and "person" not in found[:2]


def _artifact(tok: Token) -> bool:
    """A made thing (WordNet noun.artifact: a phone, a battery, a car)."""
    return _commonest_sense_in(tok, ("artifact",))


def _made_or_message(tok: Token) -> bool:
    """A made thing or a message (noun.artifact or noun.communication: a console, an album, a
    report, the figures)."""
    return _commonest_sense_in(tok, ("artifact", "communication"))


def _obj_lookup(table: dict, obj: Token) -> tuple[bool, Optional[str]]:
    """Find an object cue for ``obj``: a two-word phrase with its modifier ("martial law", which
    beats "law"), its word, lemma, a compound modifier or a class (@name)."""
    for c in obj.children:
        if c.dep_ in ("compound", "amod") and f"{c.lower_} {obj.lower_}" in table:
            return True, table[f"{c.lower_} {obj.lower_}"]
    words = list(_keys(obj)) + [c.lower_ for c in obj.children if c.dep_ in ("compound", "amod")]
    for w in words:
        if w in table:
            return True, table[w]
    for key, spec in table.items():
        if key.startswith("@") and any(w in CLASSES.get(key[1:], ()) for w in _keys(obj)):
            return True, spec
    if "@place" in table and obj.ent_type_ in NAMED_PLACE_ENTS:
        return True, table["@place"]  # "captured Brazzaville": a named place is a place
    if "@person" in table and (obj.ent_type_ == "PERSON" or any(w in OFFICE_WORDS for w in _keys(obj))):
        return True, table["@person"]  # "Senator X clashed with the president": people who hold office
    if "@combatant" in table and any(w in COMBATANT_WORDS for w in _keys(obj)) and not _by_police(obj.head):
        return True, table["@combatant"]  # "captured seven soldiers" (police who capture militants arrest them)
    if "@impersonal" in table and obj.pos_ == "NOUN" and _obj_class(obj, obj.doc) is None \
            and noun_senses.impersonal(obj.lemma_.lower()):
        return True, table["@impersonal"]  # "fight rising prices", "battle inflation": a condition, no foe
    if "@idea" in table and obj.pos_ == "NOUN" and obj.head.lower_ == "with" and _idea(obj.lemma_):
        return True, table["@idea"]  # "met with scathing reviews", "met with questions": words met, nobody
    if "@amount" in table and _amount(obj):
        return True, table["@amount"]  # "charged a fee", "charged $20", "charged more": a price
    if "@artifact" in table and obj.pos_ == "NOUN" and _artifact(obj):
        return True, table["@artifact"]  # "charged their phones": a made thing, not a person
    if "@made" in table and obj.pos_ == "NOUN" and not obj.ent_type_ and _made_or_message(obj):
        return True, table["@made"]  # "released a new console", "released the figures": no captive
    if "@feeling" in table and obj.pos_ == "NOUN" and _first(obj, {"poss"}) is not None \
            and noun_senses.names_a_feeling(obj.lemma_.lower()):
        return True, table["@feeling"]  # "held back their fury": their own feeling, nobody repressed
        # (a feeling of others stays: "suppress popular discontent" is a crackdown)
    if "@armed" in table and _armed(obj):
        return True, table["@armed"]  # "Iran backs the Houthis": an armed party backed is armed
    if "@insurgent" in table and _armed(obj, IRREGULAR_SECTORS):
        return True, table["@insurgent"]  # "rebels captured him": taken by an armed group, no arrest
    if "@stateless" in table and _stateless(obj):
        return True, table["@stateless"]  # "detained by Isis": a group tied to no state arrests nobody
    return False, None


#: sectors of armed parties (army, rebels, militias, armed groups)
ARMED_SECTORS = {"MIL", "REB", "PRM", "UAF"}
#: armed parties outside the state's forces: what they capture is taken, never arrested (the
#: sentence guide keeps COERCE/arrest for detention by police; state forces' captures stay open)
IRREGULAR_SECTORS = frozenset({"REB", "UAF"})


def _armed(obj: Token, sectors: frozenset = frozenset(ARMED_SECTORS)) -> bool:
    """An armed party: a combatant word ("militia", "rebels", "army") or a name the actor layer
    codes with an armed sector ("the Houthis", "Hezbollah"); ``sectors`` narrows which."""
    if any(AGENT_SECTORS.get(w) in sectors for w in _keys(obj) if w in COMBATANT_WORDS):
        return True
    hit = base.entity_at(obj.doc, obj.idx, obj.idx + len(obj))
    return hit is not None and hit[0].sector in sectors


#: the code of militant groups tied to no state (PLOVER/CAMEO "IMG", international militant group)
STATELESS_CODES = {"IMG"}


def _stateless(tok: Token) -> bool:
    """A name the actor layer codes as a militant group tied to no state ("Isis", "al-Qaida"):
    it holds no authority to arrest, so whom it detains or jails it abducts (CAMEO 181)."""
    hit = base.entity_at(tok.doc, tok.idx, tok.idx + len(tok))
    return hit is not None and hit[0].code in STATELESS_CODES


def _different_countries(a: Token, b: Token) -> bool:
    """Both tokens name entities the actor layer coded, with different country codes (a backer
    and the armed party it backs: "Russia" and "the Syrian army")."""
    doc = a.doc
    x = base.entity_at(doc, a.idx, a.idx + len(a))
    y = base.entity_at(doc, b.idx, b.idx + len(b))
    if x is not None and y is not None and x[0].code and y[0].code:
        return x[0].code != y[0].code
    # a head the layer did not code takes the codes of its modifiers ("French and Chadian allies")
    xs, ys = _phrase_codes(a), _phrase_codes(b)
    return bool(xs) and bool(ys) and not xs & ys


def _phrase_codes(tok: Token) -> set:
    """The codes of the entities in the noun phrase of ``tok`` (its modifiers, before the head)."""
    hit = base.entity_at(tok.doc, tok.idx, tok.idx + len(tok))
    if hit is not None and hit[0].code:
        return {hit[0].code}
    start = tok.left_edge.idx
    return {e.code for e, _ in base.entities_in(tok.doc, start, tok.idx + len(tok)) if e.code}


def _by_police(tok: Token) -> bool:
    """The doer of the verb governing ``tok`` (its subject, or a passive's agent) is the police."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    doer = _first(verb, {"nsubj"})
    if doer is None:
        agent = _first(verb, {"agent"})
        doer = _first(agent, {"pobj"}) if agent is not None else None
    return doer is not None and any(w in POLICE_WORDS for w in _keys(doer))


#: entity labels of the small model that name a place (not a state acting: "GPE" is both, but
#: an object of capture/seize/overrun is the ground taken)
NAMED_PLACE_ENTS = {"GPE", "LOC", "FAC"}


def _names_country(doc: Doc, tok: Token) -> bool:
    """The token is a country named as a whole, by its name or another name of it ("the US")."""
    hit = base.entity_at(doc, tok.idx, tok.idx + len(tok))
    if hit is None or hit[0].kind != "country":
        return False
    said = hit[1].text.lower()
    return said == hit[0].name.lower() or said in COUNTRY_NAMES.get(hit[0].code, ())


def goods_with(verb: Token, obj: Optional[Token]) -> Optional[Token]:
    """"Provided the rebels with rifles": for a verb of giving whose entry says so (``goods_with``),
    an object naming a party is who gets it and the "with" phrase what is given, when that phrase
    matches one of the verb's object cues; the token given, else None."""
    entry = VERBS.get(verb.lemma_.lower()) or {}
    if obj is None or not entry.get("goods_with") or not (
            _obj_class(obj, obj.doc) == "actor" or obj.ent_type_ in NER_ACTOR or obj.lemma_.lower() in AGENT_SECTORS):
        return None
    for p in _children(verb, {"prep"}) + _children(obj, {"prep"}):
        goods = _first(p, {"pobj"}) if p.lower_ == "with" and p.i > obj.i else None  # (not "With help from Y, ...")
        if goods is not None and _obj_lookup(entry.get("obj") or {}, goods)[0]:
            return goods
    return None


def _obj_class(obj: Token, doc: Doc) -> Optional[str]:
    w, lemma = _keys(obj)
    # the form before the lemma: "positions" held by troops are ground, a "position" is a view
    if w in CLASSES["abstract"] or (lemma in CLASSES["abstract"] and w not in CLASSES["physical"]) \
            or w in ("it", "this", "that", "what") \
            or (w.endswith("ism") and len(w) > 5):
        return "abstract"  # (nouns of doctrine: "fought racism", "attacked populism")
    if obj.ent_type_ in NER_PLACE and _names_country(doc, obj):
        return "actor"  # "defended Iraq": a country named as a whole is a political actor
    if obj.ent_type_ in NER_PLACE or w in CLASSES["physical"] or lemma in CLASSES["physical"]:
        return "physical"
    if obj.ent_type_ in NER_ACTOR or obj.pos_ in ("PROPN",) or (
            obj.pos_ == "PRON" and w in ("him", "her", "them", "us", "me")):
        return "actor"
    if base.entity_at(doc, obj.idx, obj.idx + len(obj)) is not None:
        return "actor"
    if obj.pos_ == "NOUN" and _idea(obj.lemma_):
        return "abstract"  # "attacked the falling standards", "fought the proposal": words and ideas
    return None


#: WordNet classes of words and ideas (a statement, a policy) and of what an abstract noun may
#: also name that can be struck (a thing, a place, people, a crowd's doing: "the protest")
IDEA_CLASSES = ("communication", "cognition")
STRIKABLE_CLASSES = {"artifact", "location", "person", "group", "act", "object"}


def _idea(lemma: str) -> bool:
    """The noun's commonest sense is a message or an idea, and neither of its two commonest is a
    thing, a place, people or a doing (noun_senses: "standard", "policy", "proposal"; not "target",
    "pipeline", "protest")."""
    found = noun_senses.classes(lemma)
    return bool(found) and found[0] in IDEA_CLASSES and not STRIKABLE_CLASSES & set(found[:2])


def _lemma_variants(tok: Token) -> set:
    """The lemma plus naive de-inflections of the form: the small model lemmatises
    some verbs wrongly ("staged" -> "stag")."""
    w = tok.lower_
    out = {tok.lemma_.lower(), w}
    if w.endswith("ed"):
        out.update({w[:-1], w[:-2]})
    if w.endswith("ied"):
        out.add(w[:-3] + "y")  # "cosied" -> "cosy" (the model gives "cosie")
    if w.endswith("ing"):
        out.update({w[:-3], w[:-3] + "e"})
    if w.endswith("s"):
        out.add(w[:-1])
    return out


VOWELS = set("aeiou")


def _silent_e_lemma(tok: Token) -> Optional[str]:
    """The "-e" verb a form without a doubled consonant comes from, where the small model's
    lemmatizer strips too much ("raped" -> "rap", "taped" -> "tap"): a one-syllable stem ending
    consonant-vowel-consonant doubles its consonant before "-ed"/"-ing" ("rap" -> "rapped"), so
    "raped" with one "p" is "rape"."""
    w, lemma = tok.lower_, tok.lemma_.lower()
    for suffix in ("ed", "ing"):
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and lemma == stem and len(stem) >= 3 and stem[-1] not in VOWELS | set("wxy") \
                and stem[-2] in VOWELS and stem[-3] not in VOWELS and sum(ch in VOWELS for ch in stem) == 1:
            return stem + "e"
    return None


# --- embedded verbs and clause verbs ---------------------------------------------------

def _embedded_verbs(tok: Token) -> list:
    """The verbs in the xcomp/ccomp of ``tok`` and their conjuncts."""
    out = []
    kids = _children(tok, EMBED_DEPS)
    if not kids:  # the parser sometimes hangs "sworn to fight" as an infinitival advcl
        kids = [c for c in tok.children if c.dep_ == "advcl" and
                any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for c in kids:
        out.append(c)
        out.extend(t for t in c.conjuncts if t.i > c.i)
    # "urged X to do": the xcomp may hang under the object in some parses
    obj = _first(tok, {"dobj"})
    if obj is not None:
        # ("a referendum that X cannot control", "a transition in which X plays no part" are
        # relative clauses with a subject of their own: nothing asked of anyone)
        out.extend(c for c in obj.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"
                   and _first(c, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is None)
    return out


#: entity types of the small model that never name a participant
NOT_PARTICIPANT_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _xcomp_chain(tok: Token) -> list:
    """"would not have to sign" -> [sign, have]: the verbs whose aux/neg govern ``tok``."""
    chain = [tok]
    while tok.dep_ == "xcomp" and tok.head.i != tok.i and len(chain) < 3:
        tok = tok.head
        chain.append(tok)
    return chain


#: "-ing" nouns of attack the small model misreads as a verb after a noun ("killed in Israeli tank
#: shelling": "tank" the object of "in", "shelling" a clause of its own)
MISREAD_ATTACK_NOUNS = {"shelling", "bombing", "firing", "bombardment"}


def _misread_attack_noun(pobj: Token) -> Optional[Token]:
    """For the object of a preposition, the "-ing" attack noun the parser cut off after it and hung
    on the verb as a clause ("in Turkish artillery shelling"), or None."""
    doc = pobj.doc
    if pobj.i + 1 >= len(doc) or pobj.dep_ != "pobj" or pobj.head.lower_ not in ("in", "during", "by"):
        return None  # (the means of a harm; "protesting against the CRPF firing" names a party)
    nxt = doc[pobj.i + 1]
    if nxt.lower_ in MISREAD_ATTACK_NOUNS and nxt.dep_ in ("advcl", "acl", "xcomp", "conj") \
            and nxt.head.i in (pobj.head.head.i, pobj.i) and _first(nxt, {"nsubj"}) is None:
        return nxt
    return None


def _misread_attackers(means: Token, words: frozenset = frozenset()) -> list:
    """Who a misread attack noun's object names as attacker: its first modifier (or itself)
    that is a name, nationality or organisation, or one of ``words`` ("in Israeli tank shelling")."""
    return [c for c in [means, *means.children] if c.dep_ in ("amod", "compound", "poss")
            and (c.ent_type_ in NER_ACTOR or c.lower_ in words)][:1]


def _clause_verb(tok: Token) -> Token:
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i:
        tok, d = tok.head, d + 1
    return d
