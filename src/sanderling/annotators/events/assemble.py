"""Candidates -> Event records: participants as EntityRefs (coded or not, with implied ones),
date from the clause's timex, context, trigger offsets; then the per-article filters and dedupe.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Span

from ... import noun_senses
from ...records import Event, Evidence, Factuality
from .. import base
from ..base import layer
from ..timex import as_event_date
from .config import (AGENTLESS_PASSIVE_MODES, AGENTLESS_PASSIVE_TYPES, MOTION_VISIT_VERBS, PRESS_WORDS, TOPIC_CONSULT_VERBS,
                     VISITOR_SECTORS, _cfg)
from .. import clause, event_checks
from .implied import VICTIM_TYPES, aimed_abroad, place_bound_actor, said_ranges, victim_codes
from .lexicon import (
    AREA_VERBS, CAMEO_CONTEXT, CONTEST_WORDS, COUNTRY_CODES, FIRST_PERSON, MODE_CONTEXT, OCCASION_NOUNS, PRONOUNS, PROTECTIVE_VERBS, SAY_VERBS, SEPARATE_MARKS, Spec, SUPPORT_SHOWN_NOUNS, TOPIC_PREPS, TOPIC_TYPES, TYPE_CONTEXT, VERBS)
from .candidate import PASSING_KINDS, Candidate
from .nominals import _nominal_spec
from .syntax import NER_ACTOR, PASSIVE_SUBJ_DEPS, SUBJ_DEPS, _children, _clause_verb, _first, _is_passive, _semantic_head
from .roles import (
    JOINT_ACT_TYPES, _allies, _co_actors, _domestic_recipient, _host_recipient, _located_actor, _names_participant, _quote_speaker, _recipient_tokens_of, _refs,
    _giver, _measure_home, _noun_owner, _site_country, _speaker_of, _subject_tokens, _uncoded_refs, received_gift)
from .triggers import _verb_entry
from .sentence import sentence_candidates


def _dates_a_thing(span: Span, cand: Candidate) -> bool:
    """A date that modifies the name of a thing ("the 2015 treaty", "the 1982 convention") tells
    which thing, not when the act was done; one on an occasion or on the event's own noun dates
    it. An event noun the act judges, backs, refuses or leaves is such a thing too ("withdrew from
    the 2009 accord", "condemned the 2003 invasion": COMMENT_TYPES), and so is one in the "of"
    phrase of another noun ("in X, scene of the 2013 attack"): the date is that other event's."""
    root, head = span.root, span.root.head
    while head.dep_ in ("compound", "amod", "nummod", "nmod") and head.head.i > head.i \
            and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "the landmark 2015 Iran accord": the date names the accord
    if not (root.dep_ in ("compound", "amod", "nummod", "nmod") and head.pos_ == "NOUN"
            and head.i >= span.end and head.ent_type_ not in ("DATE", "TIME")):
        return False
    if head.lemma_.lower() not in OCCASION_NOUNS and _nominal_spec(head) is None:
        return True
    if head in cand.trigger or head == cand.anchor:
        return False
    outer = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if outer is not None and outer.pos_ in ("NOUN", "PROPN") and outer not in cand.trigger \
            and not (outer.dep_ == "pobj" and outer.head.lower_ in WHEN_WHERE_PREPS):
        # (a part of the occasion in a phrase of time still dates the act: "during the first week of
        # the 2024 elections, police arrested ...")
        return True  # "killed in X, scene of the 2013 attack", "survivors of the 1994 genocide marched"
    return cand.spec.type in COMMENT_TYPES and (
        head.dep_ == "dobj" or head.dep_ == "pobj" and head.head.lower_ not in WHEN_WHERE_PREPS)


#: acts that judge, back, refuse or leave another event: its year names it ("condemned the 1995
#: invasion", "withdrew from the 2009 accord"); one done at or to an occasion keeps it ("boycotted
#: the 2010 elections", "dispersed the 2019 protests", "signed the 2016 accord")
COMMENT_TYPES = {"ACCUSE", "REJECT", "SUPPORT", "SANCTION", "RETREAT"}


#: prepositions whose object is when or where the act took place: an occasion there dates the act
#: ("spoke at the Monday rally", "fled after the 1994 genocide"); one the act is done to does not
WHEN_WHERE_PREPS = {"at", "in", "during", "on", "after", "before", "following", "since", "until",
                    "by", "amid", "ahead", "throughout"}


def _event_date(doc: Doc, cand: Candidate, sent: Span) -> Optional[str]:
    shared = None
    for tx in layer(doc, "timexes"):
        if not (sent.start_char <= tx.start < sent.end_char) or not tx.value:
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or _dates_a_thing(span, cand):
            continue
        if _clause_verb(span.root) in cand.trigger or _clause_verb(span.root) == cand.anchor:
            return as_event_date(tx.value)  # an interval ("this week") -> its shared month/year
        if shared is None and cand.anchor.dep_ == "conj" and _clause_verb(span.root) == cand.anchor.head:
            shared = as_event_date(tx.value)
    return shared  # "met on Tuesday, and the two agreed": a conjoined verb shares the date


# --- assembling events ------------------------------------------------------------------

def _context(spec: Spec) -> Optional[str]:
    if spec.cameo and spec.cameo in CAMEO_CONTEXT:
        return CAMEO_CONTEXT[spec.cameo]
    return MODE_CONTEXT.get(spec.mode or "") or TYPE_CONTEXT.get(spec.type)


def _trigger_text(doc: Doc, trigger: list) -> tuple[str, int, int]:
    toks = sorted(set(trigger), key=lambda t: t.i)
    return " ".join(t.text for t in toks), toks[0].idx, toks[-1].idx + len(toks[-1])


#: prepositions that put what a protest opposes after the verb ("marched against the plan")
PROTEST_OBJECT_PREPS = {"against", "over"}


def _protests_a_measure(cand: Candidate, recipient_tokens: list) -> bool:
    """A protest aimed at something that is no participant: a plan, a law, a ruling ("students
    protested against the tuition rise"); the places a protest happened are no such thing."""
    if cand.spec.type != "PROTEST":
        return False
    for t in recipient_tokens:
        if t.pos_ != "NOUN" or t in cand.trigger or event_checks.locative_place(t, cand.anchor):
            continue
        if (t.dep_ == "pobj" and t.head.lower_ in PROTEST_OBJECT_PREPS) or (t.dep_ == "dobj" and t.head == cand.anchor):
            return True
    return False


def _judged_cause(cand: Candidate, actor_tokens: list) -> Optional["Token"]:
    """The subject of a judgement noun on a light verb when it is a thing, not a participant
    ("the Dutch plan raised concern", "her decision drew criticism"): the plan or decision is what is
    judged, so the entities in its phrase are the recipients; None otherwise."""
    if cand.spec.type != "ACCUSE" or not cand.trigger or cand.trigger[-1].pos_ != "NOUN" or cand.anchor.pos_ != "VERB":
        return None
    if len(actor_tokens) != 1 or actor_tokens[0] in cand.trigger:
        return None
    subj = actor_tokens[0]
    if subj.pos_ != "NOUN" or subj.dep_ != "nsubj" or subj.head != cand.anchor or _names_participant(subj):
        return None
    if base.entity_at(subj.doc, subj.idx, subj.idx + len(subj)) is not None:
        return None  # "the opposition leader launched an attack on X": an actor the actor layer knows
    return subj


def _unmarked_finite(clause) -> bool:
    """A clause with a tensed auxiliary and no conjunction ("... were forced out, and another
    million are seeking shelter in X", parsed as hanging on the first verb) is a clause of its
    own, not the purpose or the circumstance of the verb it hangs on."""
    return not any(c.dep_ == "mark" for c in clause.children) and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ", "VBD", "MD") for c in clause.children)


def _condition_subjects(verb) -> list:
    """Subjects of the if/unless clauses on a threat or on the act it threatens ("threatened to
    cut exports if Y raises the tariff"): the one the threat is aimed at."""
    out = []
    for v in [verb] + _children(verb, {"xcomp"}):
        for c in clause.condition_clauses(v):
            out.extend(_children(c, SUBJ_DEPS))
    return out


#: verbal and diplomatic types: their recipient is never the place named as where they happened
#: (not CONCEDE: a curfew lifted in a province is lifted for it; measured, gsr tuning dyad fell)
SAID_TYPES = {"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "AGREE"}


def _told_not_judged(cand: Candidate) -> bool:
    """Whom a judgement was told to is not whom it judges ("told reporter X that the response was
    inadequate"), unless the judged thing is "his"/"her"/"their" (the hearer's: "told the minister
    that his plan was a worrying issue")."""
    if cand.kind != "speech" or not cand.rule.endswith("-predicate") or cand.anchor.lemma_.lower() not in SAY_VERBS:
        return False
    return not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their")
                   for t in cand.recipient_tokens for c in (t, *t.children))


def _where_not_whom(doc: Doc, tokens: list, trigger) -> list:
    """A place in an "in" phrase of any of the event's phrases is where it happened, not whom it
    hit, when someone else is named ("engaged the guards in a gunfight in Xville", "shot two
    farmers in Yton"): the same rule as on the verb (roles), for phrases hung on a noun; the
    trigger noun itself ("in a gunfight") is no participant either."""
    if len(tokens) < 2:
        return tokens
    places = [t for t in tokens if t in trigger or
              (t.dep_ == "pobj" and event_checks.locative_place(t, t.head.head))]
    rest = [t for t in tokens if t not in places]
    if places and rest and _refs(doc, rest, set()):
        return rest
    return tokens


def _aimed_home(cand: Candidate) -> bool:
    """May an act with no target named be aimed at the actor's own country (roles._domestic_recipient)?
    Not a bare warning or threat, which names no act ("warned that the US would respond",
    "threatened their counterparts with a veto") and often has a foreign target; a threat of a
    known act ("prepared to impose martial law", "vowed to fight") may. Not fighting, which takes
    two sides: an unnamed foe is not the fighter's own country ("we are fighting a war", "fought
    back", "continue to hunt them down")."""
    if cand.spec.type == "THREATEN" and not (cand.absorbed or cand.converted == "future"):
        return False
    return not (cand.kind == "verb" and (VERBS.get(cand.anchor.lemma_.lower()) or {}).get("reciprocal"))


#: sectors of domestic politicians: "the government" they speak of is their own country's
DOMESTIC_POLITICS_SECTORS = {"PTY", "LEG", "OPP"}


def _own_government(actors: list, recipients: list) -> list:
    """"Labour's leader accused the government of ...": a bare "the government" aimed at by a
    party politician or legislator of one country (a state, not the EU) is that country's, whatever country the
    article is mostly about (the actor layer gave it the article's main country)."""
    home = {a.code for a in actors if a.code in COUNTRY_CODES and a.sector in DOMESTIC_POLITICS_SECTORS}
    if len(home) != 1:
        return recipients
    code = home.pop()
    return [replace(r, code=code) if r.text.lower() in ("government", "the government") and r.code != code
            else r for r in recipients]


#: pronouns of one person: a meeting with "her" or "him" has a counterpart, whom nothing codes
PERSON_PRONOUNS = {"her", "him", "me"}


def _private_counterpart(event_type: str, recipient_tokens: list) -> bool:
    """"He talked to her for hours about moving to X": a meeting whose counterpart is a person
    the text names (a pronoun of one person, or a name the NER calls a person) but nothing codes
    has that counterpart, not the host country of a place in the sentence."""
    if event_type != "CONSULT":
        return False
    return any(t.lower_ in PERSON_PRONOUNS or t.ent_type_ == "PERSON" for t in recipient_tokens)


def _codes_within(doc: Doc, tok, own: set) -> bool:
    """The place at tok has a country, and it is one of ``own``."""
    codes = {r.code for r in _refs(doc, [tok], set()) or _uncoded_refs(doc, [tok])}
    return bool(codes) and codes <= own


def _not_venue(doc: Doc, cand: Candidate, recipient_tokens: list, actors: list) -> list:
    """A meeting's town in the actors' own country is its venue, not its counterpart ("the
    party's conference in X", "X's ministers held talks in X's capital"). (A town abroad is the
    host's, whom coders take as the recipient; measured, dropping every venue lost a check event.)"""
    own = {a.code for a in actors if a.code}
    if cand.spec.type != "CONSULT" or not own:
        return recipient_tokens
    venues = [t for t in recipient_tokens if t.dep_ == "pobj" and (t.head.head == cand.anchor or t.head.head in cand.trigger)
              and event_checks.locative_place(t, t.head.head)
              and _codes_within(doc, t, own)]
    # (the meeting noun itself stands for no one: "held talks in X" would name X through it)
    return [t for t in recipient_tokens if t not in venues and not (venues and t in cand.trigger)]


def _build_event(doc: Doc, cand: Candidate, sent: Span, sent_i: int) -> Event:
    seen: set = set()
    actor_tokens = cand.actor_tokens or ([] if cand.kind in PASSING_KINDS + ("quoted",) else _subject_tokens(cand.anchor))
    if cand.kind == "noun" and not actor_tokens and _is_passive(cand.anchor):
        # "the raid by X was carried out": the light verb has no agent; the noun names its doer
        actor_tokens = _noun_owner(cand.trigger[-1])
    co_patients: list = []
    allies: list = []
    subject_tokens = list(actor_tokens)
    if cand.spec.type in JOINT_ACT_TYPES:
        # "X, backed by Y, attacked"; "X fought alongside Y"; but "X was seized alongside Y":
        # on a passive harm the ally phrase shares the victim's lot, not the deed ("troops were
        # deployed alongside Y" still deploy together)
        allies = [t for t in _allies(cand.anchor) if t not in actor_tokens]
        if cand.kind == "verb" and cand.spec.type in VICTIM_TYPES and _is_passive(cand.anchor):
            allies, co_patients = [], allies
        actor_tokens = list(actor_tokens) + _co_actors(actor_tokens) + allies
    receivers: list = []
    if cand.kind == "verb" and not cand.actor_tokens and received_gift(cand.anchor):
        # "the rebels received arms from X": X gave them; the subject is the recipient
        # "X's comments drew criticism from Y": the owner of what drew it is the one criticised
        receivers = [_first(t, {"poss"}) or t for t in actor_tokens]
        giver = _giver(cand.anchor)
        actor_tokens = [giver] if giver is not None else []
    if len(actor_tokens) == 2 and actor_tokens[0].pos_ == "PRON" and actor_tokens[0].lower_ in ("they", "we") \
            and actor_tokens[1].conjuncts:
        # "Chile and Peru said they will meet": the plural pronoun is every one of the speakers
        actors = _refs(doc, [actor_tokens[1], *actor_tokens[1].conjuncts], seen, doer=True)
    elif len(actor_tokens) == 2 and actor_tokens[0].pos_ == "PRON":
        actors = _refs(doc, actor_tokens[:1], seen, doer=True) or _refs(doc, actor_tokens[1:], seen, doer=True)
    else:
        actors = _refs(doc, actor_tokens, seen, doer=True)
    speaker = _quote_speaker(doc, cand.anchor.idx) if allies and subject_tokens \
        and subject_tokens[0].lower_ in FIRST_PERSON else []
    if speaker and not _refs(doc, subject_tokens, set(), doer=True):
        # "I went to X to fight alongside Y," Z said: Z fought, with the ally beside them (any
        # other subject that names no one leaves the ally as the actor found)
        actors = speaker + _refs(doc, allies, set(), doer=True)
    if cand.kind == "quoted" or (not actors and actor_tokens and actor_tokens[0].lower_ in FIRST_PERSON):
        actors = _quote_speaker(doc, cand.anchor.idx)
    if not actor_tokens and cand.converted == "future" and _is_passive(cand.anchor):
        # "the spokesman said an offensive would be launched if ...": an act announced in the
        # passive, its doer unnamed, is the announcer's promise or threat
        speaker = _speaker_of(cand.anchor)
        if speaker is not None:
            actor_tokens = [speaker]
            actors = _refs(doc, actor_tokens, seen, doer=True)
    cause = _judged_cause(cand, actor_tokens)
    if cause is not None:  # "X's decision raised concern": X is judged; who is concerned is not said
        actors, actor_tokens = [], []
        seen.clear()
    skip = TOPIC_PREPS if cand.spec.type in TOPIC_TYPES else ()
    recipient_tokens = receivers or cand.recipient_tokens or (
        [] if cand.kind in PASSING_KINDS else _recipient_tokens_of(cand.anchor, skip))
    # the actor is no recipient of its own act ("criticism from the unions grew", "the raid by X
    # was carried out")
    recipient_tokens = [t for t in recipient_tokens if t not in actor_tokens] + [
        t for t in co_patients if t not in recipient_tokens]
    if cand.spec.type in SAID_TYPES:
        # "refused to negotiate in Lima", "appealed for calm in Oruro": where a word was said is
        # no one it was said to (a place acting as a party is a subject or an object, not "in X")
        # ("deploy peacekeepers in X": an "in" phrase of the object says where they go)
        recipient_tokens = [t for t in recipient_tokens if not (
            t.dep_ == "pobj" and t.head.head.pos_ != "NOUN" and (event_checks.locative_place(t, t.head.head) or
                                  event_checks.locative_area(t, t.head.head)))]
    if cand.trigger and cand.trigger[-1].pos_ == "NOUN" and not cand.recipient_tokens:
        own = _recipient_tokens_of(cand.trigger[-1], skip)
        if _refs(doc, own, set()):  # "launched an attack on X in the hills of Y": Y is where
            recipient_tokens = [t for t in recipient_tokens if not event_checks.locative_place(t, cand.anchor)
                                and not event_checks.locative_area(t, cand.anchor)]
        recipient_tokens = own + recipient_tokens
        poss = _first(cand.trigger[-1], {"poss"})
        if poss is not None and not actor_tokens:
            actors = _refs(doc, [poss], seen, doer=True)
    at_venue = _not_venue(doc, cand, recipient_tokens, actors)
    # the town it was held in, in the actors' own country, and no counterpart phrase beside it
    # ("met in X with a delegation from Y" still lets the host rule find Y)
    venue_only = len(at_venue) < len(recipient_tokens) and not at_venue
    recipient_tokens = at_venue
    covers_area = cand.kind == "verb" and cand.anchor.lemma_.lower() in AREA_VERBS
    if covers_area:  # "patrolled the capital city of X": the area is where, not whom
        area = _first(cand.anchor, {"dobj"})
        recipient_tokens = [t for t in recipient_tokens if not event_checks.locative_place(t, cand.anchor)
                            and not (area is not None and area.left_edge.i <= t.i <= area.right_edge.i)]
    if cause is not None:
        recipient_tokens = [cause] + list(recipient_tokens)
    recipient_tokens = _where_not_whom(doc, recipient_tokens, cand.trigger)
    if cand.kind == "verb" and cand.rule.startswith("obj:") and (_verb_entry(cand.anchor) or {}).get("object_in_predicate"):
        # "joined forces with X": the object that makes the idiom is part of the predicate, no party
        recipient_tokens = [t for t in recipient_tokens if not (t.dep_ == "dobj" and t.head == cand.anchor
                                                                and "obj:" + t.lower_ == cand.rule)]
    recipients = _refs(doc, recipient_tokens, seen)
    if not recipients and cand.trigger[-1].pos_ == "NOUN":
        # "expressed alarm that prisons in Freedonia remain overcrowded"
        for c in cand.trigger[-1].children:
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
                recipients = _refs(doc, _children(c, SUBJ_DEPS | PASSIVE_SUBJ_DEPS), seen)
                if not recipients and cand.spec.type == "THREATEN" and clause.clause_facts(c).future:
                    # "Peru's threat to attack the border posts": the threatened act's target
                    recipients = _refs(doc, _recipient_tokens_of(c), seen)
                if recipients:
                    break
    if not recipients and cand.recipient_tokens and not _told_not_judged(cand):
        recipients = _refs(doc, _not_venue(doc, cand, _recipient_tokens_of(cand.anchor), actors), seen)
    if not recipients and any(t.tag_ == "PRP$" and t.lower_ in ("his", "her") for t in recipient_tokens):
        # "Ms X said the unions welcomed her reforms": an unresolved his/her is the speaker's
        speaker = _speaker_of(cand.anchor)
        if speaker is not None:
            recipients = _refs(doc, [speaker], seen)
    if not recipients and cand.spec.type in VICTIM_TYPES:
        # "two of its soldiers were killed": an unresolved possessive leaves the victims it owns
        recipients = _refs(doc, [t.head for t in recipient_tokens if t.dep_ == "poss" and t.pos_ == "PRON"
                                 and _names_participant(t.head)], seen)
    if not recipients and cand.spec.type == "ACCUSE" and cand.kind == "verb":
        # "the audit alleged that the ministry knew ...": the accused is the clause subject
        for c in _children(cand.anchor, {"ccomp"}):
            recipients = _refs(doc, _children(c, SUBJ_DEPS | PASSIVE_SUBJ_DEPS), seen)
            if recipients:
                break
    if not recipients and actors and cand.spec.type == "THREATEN":
        recipients = _refs(doc, _condition_subjects(cand.anchor), seen)
    only_where = cand.spec.type == "PROTEST" and bool(recipient_tokens) and all(
        event_checks.locative_place(t, cand.anchor) for t in recipient_tokens)
    if (not recipients or only_where) and cand.spec.type in ("PROTEST", "ASSAULT", "COERCE", "MOBILIZE"):
        # "marched to denounce X's ruling", "used tear gas to scatter X": the target is in the
        # purpose clause (also ahead of where a protest was: "rallied in Luanda to press X")
        for c in cand.anchor.children:
            if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and not any(
                    g.dep_ == "mark" and g.lower_ in SEPARATE_MARKS and g.lower_ != "when" for g in c.children) \
                    and not _unmarked_finite(c):
                # (a clause of another time or a cause, "since bombers hit X", "as X spoke at Y", is no
                # purpose; "killed when a gunman fired at X" still says whom the act was aimed at)
                aimed = _recipient_tokens_of(c)
                if c.lemma_.lower() in PROTECTIVE_VERBS:  # "fought to protect X from Y": Y
                    aimed = [o for p in _children(c, {"prep"}) if p.lower_ in ("from", "against")
                             for o in _children(p, {"pobj"})]
                found = _refs(doc, aimed, set(seen))
                recipients = found or recipients
                if found:
                    break
    why = cand.why
    own_country = False
    if not recipients and cand.spec.type != "PROTEST":
        # "besieged the city of X", "shelled X": the target named is a place the places layer
        # resolved; its country, before any default guesses one (a protest's place is where it was)
        named = _uncoded_refs(doc, recipient_tokens)  # (venues at home already left out above)
        recipients = named if any(r.code for r in named) else []
        why += "+recipient:named-place" if recipients else ""
    if not recipients:
        # (a meeting held at home has no host: another place in the sentence is its topic, "met
        # in X's capital on Y's war")
        recipients = [] if covers_area or venue_only or _private_counterpart(cand.spec.type, recipient_tokens) else \
            _host_recipient(doc, sent, cand.spec.type, actors, cand.anchor)
        if recipients:
            why += "+recipient:host-country"
        else:
            recipients = _domestic_recipient(cand.spec.type, actors) if _aimed_home(cand) else []
            if not recipients and _protests_a_measure(cand, recipient_tokens):
                recipients = _domestic_recipient("PROTEST", actors, protest_measure=True)
            own_country = bool(recipients)
            why += "+recipient:own-country" if recipients else ""
    conf = cand.confidence - (_cfg().no_actor_penalty if not actors else 0.0)
    if not actors and recipients:
        actors = _located_actor(doc, sent, cand.spec.type, recipients, cand.anchor)
        why += "+actor:place-country" if actors else ""
    if not actors:
        actors = _uncoded_refs(doc, actor_tokens)
    if not recipients:  # where a protest was is no target: "marched in X" leaves X uncoded
        recipients = _uncoded_refs(doc, recipient_tokens, cand.anchor if cand.spec.type == "PROTEST" else None)
    recipients, cue = victim_codes(doc, cand.spec.type, recipients, sent.start_char, sent.end_char)
    why += f"+recipient:{cue}" if cue else ""
    if cand.spec.type == "ASSAULT" and cand.spec.mode == "explosives" and not any(
            r.code for r in actors + recipients):
        site = _site_country(doc, sent)  # "a van packed with explosives detonated outside a market in X"
        recipients, why = recipients + site, why + ("+recipient:bomb-site" if site else "")
    if own_country and aimed_abroad(doc, recipients, cand.spec.type):
        recipients, why, own_country = [], why.replace("+recipient:own-country", ""), False  # detect first: no target known
    recipients = _own_government(actors, recipients)
    spec = cand.spec
    if _verbal_attack(spec, cand.anchor, actors, [] if own_country else recipients):
        spec = VERBAL_ATTACK_SPEC  # (an implied own-country target goes with the attack)
        if own_country:
            recipients, why = [], why.replace("+recipient:own-country", "")
        why += "+verbal-attack"
    text, start, end = _trigger_text(doc, cand.trigger)
    return Event(event=spec.type, actor=actors, recipient=recipients,
                 evidence=Evidence(sentence=sent_i, start=sent.start_char, end=sent.end_char, text=sent.text),
                 mode=spec.mode, context=_context(spec), cameo=spec.cameo,
                 date=_event_date(doc, cand, sent), event_text=text, trigger_start=start,
                 trigger_end=end, confidence=max(conf, 0.05), why=why, converted=cand.converted)


def _befalls_someone(verb) -> bool:
    """The passive subject names a party or a person ("Mr X was freed", "two men were released",
    "they were released"), not a thing ("gases were released", "the console is released in X")."""
    subj = _first(verb, {"nsubjpass"})
    while subj is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "was indicted and convicted": the first passive's subject
        subj = _first(verb, {"nsubjpass"})
    if subj is not None and subj.lower_ in ("who", "whom", "that") and verb.dep_ == "relcl":
        subj = verb.head  # "X, who was freed in May"
    return subj is not None and (subj.ent_type_ in NER_ACTOR or subj.lower_ in ("he", "she", "they", "we", "i")
                                 or noun_senses.names_a_person(subj.lemma_.lower()))


def _dedupe_key(ev: Event):
    return (ev.event, frozenset(a.entity_id or a.code for a in ev.actor),
            frozenset(r.entity_id or r.code for r in ev.recipient))


def _repeats(seen: list, sent_i: int, mode) -> bool:
    """An event with the key of one already kept repeats it, unless both stand in one sentence
    with different modes: "was shot, detained and tortured" reports three acts on one person."""
    return any(i != sent_i or m is None or mode is None or m == mode for i, m in seen)


def _praises_own_country(ev: Event) -> bool:
    """"Minister X said Norway remains dedicated to openness": a government speaking well of its own
    country is a statement, not SUPPORT (recipients are bare country names of the actor's code)."""
    actor_codes = {a.code for a in ev.actor if a.code}
    return bool(ev.recipient) and all(r.code in actor_codes and r.sector is None for r in ev.recipient)


def _participants_ok(ev: Event) -> bool:
    """Detect first, code second: an event needs a participant on the parse; whether one must
    also carry a code is UNCODED_EVENTS ("all": any participant; "named": an uncoded one must
    be a name; "none": at least one code)."""
    if any(r.code for r in ev.actor + ev.recipient):
        return True
    if _cfg().uncoded_events == "all":  # a pronoun the actor layer could not resolve names nobody
        # ... while one it resolved to a named group counts as the target ("when they came under attack")
        return any(r.text.lower() not in PRONOUNS for r in ev.actor + ev.recipient) or any(r.name for r in ev.recipient)
    if _cfg().uncoded_events == "named":
        return any(r.text[:1].isupper() for r in ev.actor + ev.recipient)
    return False


def _is_press(ref) -> bool:
    words = ref.text.lower().split()
    return ref.sector in ("MED", "JRN") or bool(words) and words[-1] in PRESS_WORDS


def _no_counterpart(ev: Event, cand) -> bool:
    """A CONSULT with nobody to consult: every recipient is the press (an interview), or a topic
    verb ("discuss") has no recipient and a single subject (one party talking about something)."""
    if ev.recipient and all(_is_press(r) for r in ev.recipient):
        return True
    if ev.recipient or cand.anchor.lemma_.lower() not in TOPIC_CONSULT_VERBS:
        return False
    subj = [c for c in cand.anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    plural = any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("we", "they") or any(c.dep_ == "conj" for c in t.children)
                 for t in subj)
    return len(ev.actor) < 2 and not plural


#: sectors that wage no war: lawmakers, parties, courts, elites, education, medicine, business, labour
CIVIC_SECTORS = {"LEG", "PTY", "JUD", "ELI", "EDU", "MED", "BUS", "LAB"}


def _political_contest(ev: Event, cand) -> bool:
    """"a bitter fight with the senator", "a tough battle in the upper chamber": a fight whose
    every participant is a lawmaker, party or other civic body is a political contest."""
    parties = [r for r in ev.actor + ev.recipient if r.code or r.sector]
    return ev.event == "ASSAULT" and cand.anchor.lemma_.lower() in CONTEST_WORDS and bool(parties) \
        and all(r.sector in CIVIC_SECTORS for r in parties)


#: verbs of attacking that politics uses for words: "attacked the party", "hit the Tories",
#: "was targeted by the newspaper"
VERBAL_ATTACK_WORDS = {"attack", "hit", "target", "assail"}
#: sectors that argue in public: parties, lawmakers and the press (one must take part)
ARGUING_SECTORS = {"PTY", "LEG", "JRN"}


#: what an attack in words is coded as
VERBAL_ATTACK_SPEC = Spec("ACCUSE", "disapprove", "111")


def _verbal_attack(spec: Spec, anchor, actors: list, named_recipients: list) -> bool:
    """"Mr X attacked the party he once led", "the latest Tory attack", "I attack him
    politically": an attack with no means named whose every named participant is a party,
    lawmaker, newspaper, government or other civic body, one of them a party, lawmaker or
    newspaper, is criticism (ACCUSE), as a fight among them is a contest (`_political_contest`).
    ``named_recipients`` leaves out a recipient only implied (the actor's own country)."""
    if spec.type != "ASSAULT" or spec.mode is not None or anchor.lemma_.lower() not in VERBAL_ATTACK_WORDS:
        return False
    parties = [r for r in actors + named_recipients if r.code or r.sector]
    return bool(parties) and all(r.sector in CIVIC_SECTORS | {"GOV", "JRN"} for r in parties) and \
        any(r.sector in ARGUING_SECTORS for r in parties)


#: verbal and cooperative types a firm's dealings are named by ("agreed to buy a stake",
#: "sued a rival", "held merger talks"): no political event when firms act on firms
COMMERCIAL_TYPES = {"SUPPORT", "AGREE", "CONSULT", "COOPERATE", "REQUEST", "ACCUSE", "REJECT"}


def _commercial(party) -> bool:
    """A firm: the business sector of a state or of none, or a multinational."""
    return party.code == "MNC" or (party.sector == "BUS" and (party.code is None or party.code in COUNTRY_CODES))


def _commercial_affair(ev: Event) -> bool:
    """"Two firms signed a memorandum", "the firm sued its former banker", "the airline is in
    talks with a rival": a dealing, lawsuit or statement whose actors are all firms and whose
    recipients, if any, are firms or nobody the text names with a code or sector. An act of
    a state, party or body on a firm ("the regulator fined the bank", "the minister praised
    the firm") and an accusation of a firm by someone unnamed (prosecutors) stay events."""
    return ev.event in COMMERCIAL_TYPES and bool(ev.actor) and all(_commercial(a) for a in ev.actor) and all(
        _commercial(r) or (r.code is None and r.sector is None) for r in ev.recipient)


def _shows_support(verb) -> bool:
    """"rallied in support of X", "demonstrated their support for X", "marched in solidarity
    with X": a protest held for someone, not against them."""
    nouns = _children(verb, {"dobj"}) + [t for p in _children(verb, {"prep"}) if p.lower_ == "in"
                                         for t in _children(p, {"pobj"})]
    return any(n.lemma_.lower() in SUPPORT_SHOWN_NOUNS for n in nouns)


def _support_shown(ev: Event, cand) -> Optional[Event]:
    """The SUPPORT a protest shows for its recipient (SENTENCE_GUIDE codes both events), or None."""
    if ev.event != "PROTEST" or cand.kind != "verb" or not any(r.code for r in ev.recipient) \
            or not _shows_support(cand.anchor):
        return None
    # a record of its own: its own participant lists and flags (factuality reads the type)
    return replace(ev, event="SUPPORT", mode=None, context=None, cameo="051", why=ev.why + "+support-shown",
                   actor=list(ev.actor), recipient=list(ev.recipient), factuality=Factuality())


def _riot_too(ev: Event, cand) -> Optional[Event]:
    """The riot a crowd's clash also is ("hundreds of workers clashed with riot police": PROTEST/
    riot beside the ASSAULT, as the sentence guide's coders record both), or None. The crowd
    nouns are the verb entry's ``riot_subjects``."""
    crowd = (VERBS.get(cand.anchor.lemma_.lower()) or {}).get("riot_subjects") if cand.kind == "verb" else None
    if ev.event != "ASSAULT" or not crowd:
        return None
    subj = _first(cand.anchor, SUBJ_DEPS)
    if subj is None or _semantic_head(subj).lower_ not in crowd:  # "hundreds of workers": workers
        return None
    return replace(ev, event="PROTEST", mode="riot", context=None, cameo="145", why=ev.why + "+riot",
                   actor=list(ev.actor), recipient=list(ev.recipient), factuality=Factuality())


def code_doc(doc: Doc) -> list:
    cfg = _cfg()
    events, seen_keys, seen_triggers = [], {}, set()
    for sent_i, sent in enumerate(doc.sents):
        if event_checks.title_case_headline(sent):
            continue  # "Senator Tells Reporter Not To Worry": a headline the parser misreads; the story tells it again
        for cand in sentence_candidates(sent):
            ev = _build_event(doc, cand, sent, sent_i)
            if not _participants_ok(ev):
                continue
            if cand.needs_recipient and cfg.measure_home and ev.event == "ACCUSE" and not ev.recipient:
                home = _measure_home(ev.actor, [t for t in cand.recipient_tokens if t is not None])
                if home:
                    ev = replace(ev, recipient=home, why=ev.why + "+recipient:own-country")
            if cand.needs_recipient and not any(r.code for r in ev.recipient) and not (
                    cand.rule.startswith("as:") and ev.recipient):
                # (a name given to someone, "called X a liar", names the one judged even when X
                # has no code: detect first; other speech needs a coded recipient)
                continue
            if cand.kind == "speech" and cand.rule == "support-predicate" and _praises_own_country(ev):
                continue
            if cfg.drop_actorless_visit and ev.event == "CONSULT" and ev.mode == "visit" and (
                    not any(a.code for a in ev.actor) or (cand.anchor.lemma_.lower() in MOTION_VISIT_VERBS and
                                                          not any(a.sector in VISITOR_SECTORS for a in ev.actor))):
                continue  # an uncoded or private traveller ("Ms X arrived in Y") makes no visit
            if cfg.consult_needs_partner and ev.event == "CONSULT" and ev.mode != "visit" and \
                    _no_counterpart(ev, cand):
                continue
            if cfg.drop_bare_refusal and ev.event == "REJECT" and cand.kind in ("verb", "cameo") and \
                    cand.rule == "default" and not cand.absorbed and not cand.converted and \
                    (_verb_entry(cand.anchor) or {}).get("frame") and not any(r.code for r in ev.recipient):
                continue
            if cfg.drop_agentless_passive and not ev.actor and _is_passive(cand.anchor) and \
                    cand.kind == "verb" and ev.event not in AGENTLESS_PASSIVE_TYPES and \
                    not ((ev.event, ev.mode) in AGENTLESS_PASSIVE_MODES
                         and (ev.event != "RETREAT" or _befalls_someone(cand.anchor))):
                continue
            if _political_contest(ev, cand):
                continue
            if cfg.drop_commercial and _commercial_affair(ev):
                continue  # firms' dealings among themselves: business news, no political event
            if cfg.place_bound_actors:
                ev.actor, coded = place_bound_actor(doc, sent.start_char, sent.end_char, ev.actor, ev.recipient,
                                                  said_ranges(cand.anchor), ev.event)
                if coded:
                    ev.why += "+actor:place-bound"
            tkey = (ev.event, ev.trigger_start)
            if tkey in seen_triggers:
                continue
            seen_triggers.add(tkey)
            if ev.actor or ev.recipient:
                key = _dedupe_key(ev) + (() if cfg.dedupe_per_article else (sent_i,))
                if _repeats(seen_keys.get(key, ()), sent_i, ev.mode):
                    continue
                seen_keys.setdefault(key, []).append((sent_i, ev.mode))
            shown = _support_shown(ev, cand) or _riot_too(ev, cand)
            if shown is not None and shown.event == "SUPPORT":
                ev.recipient = []  # "rallied in support of X": X is backed, not protested against
            events.append(ev)
            if shown is not None:
                events.append(shown)
    return events
