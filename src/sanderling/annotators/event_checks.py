"""Does an event candidate report an act that took place, and of which type? (issue 6, precision)

Small decisions the event stages ask about one trigger, each on the parse, each from general word
lists (``lexicons/events/checks.json``, the ``disaster`` class of ``triggers.json``, the CAMEO
verb dictionary ``cameo_derived.json``) and the clause module:

* ``not_done(tokens)``: the clause module says the act is spoken of, not reported: a generic
  activity ("shelling the port was a mistake") or a negated one ("did not attack", "no longer pose
  a threat"). Refusals turned into REJECT are the caller's exception.
* ``not_yet(noun)``: an event noun in passing whose clause is future or hypothetical.
* ``caused_by_disaster(verb)``: a hazard kills or injures, nobody attacks ("an outbreak killed
  ...", "were killed by a landslide", "died in the floods", "killed when their bus plunged into a
  river", "died battling a wildfire").
* ``hazard_subject(verb)``: the doer of any act is a hazard ("a cyclone struck the coast"), a
  misfortune ("a banking crisis hit Greece") or, for acts in deeds, a picture ("the photograph
  captured the miners' anger").
* ``aggregate_toll(verb)``: a count of the dead over weeks, months or years ("some 400 were
  killed over six months") describes no attack.
* ``opinion_not_demand(say_verb, clause)``: "voters believe X should resign" is a view, and
  "X should have known" a past criticism; neither is a REQUEST made to X.
* ``mandative(say_verb, clause)``: "suggested the city raise taxes" asks the city to (REQUEST).
* ``mandative_noun(noun, clause)``: "X's proposal that Peru pay" asks Peru to (REQUEST).
* ``past_reproach(clause)``: "Y should have known" reproaches Y (ACCUSE).
* ``wish_not_promise(frame_verb)``: "wanted to give up" is a wish, no commitment (AGREE).
* ``promise_to_nobody(promised_verb)``: "pledged to end youth unemployment" promises a policy to
  the public: no PLOVER act promised, no actor named, so no AGREE (ARTICLE_GUIDE: a commitment
  to a counterpart).
* ``poll_share(subject)``: "52% said the mayor was right" reports a poll, not a judgement.
* ``poll_result(trigger)``: "backed Lopez, 61 percent to 30 percent", "draws support from 41
  percent of voters": a poll result, not an act.
* ``dictionary_conflict_type(verb)``: the CAMEO dictionary's type for a verb the curated lexicon
  lacks, if it is a material conflict type ("vowed to crush X" is a threat, not a promise).
* ``verbal_protest(verb)``: a state "protesting" (subject a country or capital) protests in words:
  ACCUSE, not a street protest.
* ``feeling_not_judgement(adj)``: "pleased to give cash", "shocked to be told", "as far as the
  timing is concerned": a feeling about the subject's own doing or a topic idiom judges no one.
* ``impersonal_matter(noun)`` / ``worry_about_a_matter(feeling)``: "worried about the falling
  lira", "expressed concern over rising debt": a worry about a condition nobody is behind
  (WordNet: noun_senses) judges no one; "concerned about Peru's debt" names someone.
* ``self_inflicted(verb)``: "shot himself" is done to the doer: a suicide, no attack.
* ``verbal_attack(verb)``: a party or a legislator "attacking" someone criticises them: ACCUSE.
* ``locative_place(tok, verb)``: a city in an "in" phrase of the verb ("fired tear gas at students
  in Dhaka") is where it happened, not a participant.
"""
from __future__ import annotations

import json
from importlib import resources
from typing import Iterable, Optional

from spacy.tokens import Token

from .. import noun_senses
from . import base
from .clause import clause_facts


def _load(name: str) -> dict:
    return json.loads(resources.files("sanderling.lexicons.events").joinpath(name).read_text("utf-8"))


LEX = _load("checks.json")
BELIEF_VERBS = set(LEX["belief_verbs"])
WISH_VERBS = set(LEX["wish_verbs"])
REPROACH_MODALS = set(LEX["reproach_modals"])
PROPOSAL_VERBS = set(LEX["proposal_verbs"])
PROPOSAL_NOUNS = set(LEX["proposal_nouns"])
#: finite verb tags: a clause carrying one states a fact, it demands nothing
FINITE_TAGS = {"VBD", "VBZ", "VBN", "VBG", "MD"}
DISASTER_PREPS = set(LEX["disaster_preps"])
ACCIDENT_VERBS = set(LEX["accident_verbs"])
LOCATIVE_PREPS = set(LEX["locative_preps"])
PLACE_ENTITIES = set(LEX["place_entities"])
#: the curated trigger lexicon, read once (its word classes and its verbs)
_TRIGGERS = _load("triggers.json")
DISASTER_WORDS = set(_TRIGGERS["classes"]["disaster"])
#: troubles that strike like hazards ("a banking crisis hit Greece"): nobody acts
MISFORTUNE_NOUNS = set(LEX["misfortune_nouns"])
#: pictures and recordings: as a verb's doer they depict, no one acts ("the photograph captured X")
DEPICTION_NOUNS = set(LEX["depiction_nouns"])
#: material conflict types a dictionary verb may give an intent frame (cf. events' CONFLICT_MATERIAL)
CONFLICT_TYPES = {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
#: the CAMEO dictionary's types, for verbs the curated lexicon (which decides its own) lacks
DICTIONARY_TYPES = {verb: e["default"]["type"] for verb, e in _load("cameo_derived.json").get("verbs", {}).items()
                    if verb not in _TRIGGERS["verbs"]}


def not_done(tokens: Iterable[Token]) -> Optional[str]:
    """"generic" or "negated" when the clause of any of the tokens (a verb; a noun trigger and
    its support verb) says the act is only spoken of or did not happen, else None."""
    facts = [clause_facts(t) for t in tokens]
    if any(f.generic for f in facts):
        return "generic"
    if any(f.negated for f in facts):
        return "negated"
    return None


def not_yet(noun: Token) -> bool:
    """An event noun named in passing whose clause makes it future or only possible ("a
    pullout is likely to prove costly", "the planned offensive"): spoken of before it happens."""
    facts = clause_facts(noun)
    return facts.future or facts.hypothetical


def _words(t: Token) -> set:
    return {t.lower_, t.lemma_.lower()} | {c.lower_ for c in t.children if c.dep_ in ("compound", "amod", "nmod")}


def _hazard_words(t: Token) -> set:
    """_words of a noun and of its conjuncts ("an earthquake and giant waves")."""
    return set().union(*(_words(c) for c in [t] + list(t.conjuncts))) & DISASTER_WORDS


#: words that name an attack or its means: a sentence naming one reports violence, whatever
#: hazard it also names ("killed in a bombing after the floods")
VIOLENCE_WORDS = set(_load("words.json")["attack_nouns"]["words"]).union(
    *(_TRIGGERS["classes"][c] for c in ("weapons", "device", "violence")))


#: verbs of a toll that do not say how it was taken
TOLL_VERBS = {"kill", "injure", "wound", "hurt"}


def _agentless_toll_in_disaster(verb: Token) -> bool:
    """"3,000 were killed and thousands left homeless after an earthquake struck", "killed in X,
    the country closest to the quake": a passive toll with no agent, in a sentence that names a
    hazard and no attack, weapon or violence, is the hazard's, however the parser hung the words."""
    if verb.lemma_.lower() not in TOLL_VERBS:
        return False  # ("shot dead in the quake zone" says how: by someone)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod", "advcl", "conj", "pobj", "xcomp"))
    if not passive or any(c.dep_ == "agent" for c in verb.children):
        return False
    hazards = {w for t in verb.sent for w in (t.lower_, t.lemma_.lower())} & DISASTER_WORDS
    violence = {w for t in verb.sent if t.pos_ in ("NOUN", "PROPN") for w in (t.lower_, t.lemma_.lower())} & VIOLENCE_WORDS
    return bool(hazards) and not violence


def caused_by_disaster(verb: Token) -> bool:
    """The verb's subject, agent or cause/setting phrase is a hazard, an illness or an accident;
    for a verb with no subject of its own, the one it hangs on ("mudslides that killed 20", "an
    earthquake killing 30", "a landslide buried the village, killing 12", "the bus overturned,
    injuring nine": what an accident verb sets off)."""
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") and _hazard_words(c):
            return True
        if c.dep_ in ("agent", "prep") and c.lower_ in DISASTER_PREPS and any(
                o.dep_ == "pobj" and _hazard_words(o) for o in c.children):
            return True
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and (
                c.lemma_.lower() in ACCIDENT_VERBS and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children)
                or c.tag_ == "VBG" and any(o.dep_ == "dobj" and _words(o) & DISASTER_WORDS for o in c.children)):
            return True  # "were killed when their bus plunged into a river", "died battling a wildfire"
        if c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children) and any(
                n.dep_ == "nsubj" and _words(n) & DISASTER_WORDS for n in c.children):
            return True  # "were killed after an earthquake sent waves into the coast"
    if any(c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in verb.children):
        return False
    if _agentless_toll_in_disaster(verb):
        return True
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
        return bool(_words(head) & DISASTER_WORDS)
    if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in ACCIDENT_VERBS and not any(
            c.dep_ in ("dobj", "agent") for c in head.children) or caused_by_disaster(head)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return caused_by_disaster(head)  # "floods swept away homes and killed 14": the shared subject
    return False


def hazard_subject(verb: Token, depiction: bool = True) -> bool:
    """The verb's doer is a hazard ("a cyclone struck the coast", "a landslide that blocked the
    road", "floods swept in and cut the highway"): no one acted, whatever the verb would code.
    With ``depiction`` (acts in deeds; the caller decides), a picture as the doer is one too."""
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who"):
            # the head noun only: "anti-virus firms" act; a misfortune acts as a hazard does, and a
            # picture only depicts ("the photograph captured the miners' anger")
            pictures = DEPICTION_NOUNS if depiction and c.pos_ == "NOUN" and not c.ent_type_ else set()
            return bool({c.lower_, c.lemma_.lower()} & (DISASTER_WORDS | MISFORTUNE_NOUNS | pictures))
    head = verb.head
    if head.i == verb.i:
        return False
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
        # hazards only: "the crisis in which the compound was attacked" names a real attack
        return bool({head.lower_, head.lemma_.lower()} & DISASTER_WORDS)
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        # (after a judgement of a picture the parser may hang the speaker's next verb on the
        # copula: "said the image was crude but urged calm" is the speaker's appeal)
        return hazard_subject(head, depiction=depiction and head.lemma_.lower() != "be")
    return False


SPAN_NOUNS = set(LEX["span_nouns"])
TOLL_VERBS = set(LEX["toll_verbs"])
ATTACK_SETTINGS = set(LEX["attack_settings"])
TOLL_ORIGINS = set(LEX["toll_origins"])


def _long_span(p: Token) -> bool:
    pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return False
    if p.lower_ == "since":  # "since the outbreak of the revolt", "since 2011"
        return pobj.lemma_.lower() in TOLL_ORIGINS or (pobj.like_num and len(pobj.text) == 4)
    return p.lower_ in ("in", "over", "during", "within") and pobj.lower_ in SPAN_NOUNS and any(
        c.dep_ in ("nummod", "amod") for c in pobj.children) and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children)  # "in two days of fighting"


#: a count of dead this large, reported in the perfect ("have been killed"), sums a war, not one
#: attack (the deadliest single attacks in the gold sets kill hundreds)
WAR_TOLL_MIN = 5000


def _count(subj: Token) -> int:
    """The largest number in a counted subject ("500,000 people", "more than 9,000"), else 0."""
    best = 0
    for t in subj.subtree:
        if t.like_num:
            digits = t.text.replace(",", "")
            if digits.isdigit():
                best = max(best, int(digits))
            elif t.lower_ in ("million", "millions"):
                best = max(best, 1_000_000)
            elif t.lower_ in ("thousand", "thousands"):
                best = max(best, 1000)
    return best


def aggregate_toll(verb: Token) -> bool:
    """"Some 400 villagers were killed over six months", "9,000 were killed since 2014": a
    count of the dead over a span of time with no attack described (ARTICLE_GUIDE: not an event).
    An agentless passive whose subject is counted and that spans weeks, months or years, or whose
    count is a war's (WAR_TOLL_MIN, in the perfect)."""
    if verb.lemma_.lower() not in TOLL_VERBS or not any(c.dep_ == "auxpass" for c in verb.children) \
            or any(c.dep_ == "agent" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or not any(c.dep_ == "nummod" or c.like_num for c in subj.subtree):
        return False
    if _count(subj) >= WAR_TOLL_MIN and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return True  # a war's dead summed up ("some 250,000 civilians have reportedly been killed")
    preps = [p for p in verb.children if p.dep_ == "prep"]
    if any(o.dep_ == "pobj" and o.lower_ in ATTACK_SETTINGS for p in preps for o in p.children):
        return False  # "killed by shelling within a week": the attack is named
    return any(_long_span(p) for p in preps)


def opinion_not_demand(say_verb: Token, clause: Token) -> bool:
    """A modal clause under an opinion verb, or a perfect modal ("should have known")."""
    if say_verb.lemma_.lower() in BELIEF_VERBS:
        return True
    return clause.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ == "have" for a in clause.children)


def past_reproach(clause: Token) -> bool:
    """"Y should have known", "Y ought to have resigned": a perfect modal of obligation judges
    what Y failed to do (a criticism of Y, not a demand)."""
    aux = {a.lower_ for a in clause.children if a.dep_ == "aux"}
    return clause.tag_ == "VBN" and "have" in aux and bool(aux & REPROACH_MODALS)


def mandative(say_verb: Token, clause: Token) -> bool:
    """"suggested the city raise taxes", "proposed that Peru pay": a verb of proposing with a
    clause whose verb is bare (no auxiliary, no tense; a present form counts only under a past
    proposing verb, where a statement would have taken the past) asks the clause's subject to act."""
    if say_verb.lemma_.lower() not in PROPOSAL_VERBS or clause.dep_ != "ccomp":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children) or clause.tag_ in FINITE_TAGS:
        return False
    if clause.tag_ == "VBP" and say_verb.tag_ not in ("VBD", "VBN"):
        return False
    return clause.tag_ in ("VB", "VBP") or (clause.tag_ == "NN" and any(c.dep_ == "nsubj" for c in clause.children))


def mandative_noun(noun: Token, clause: Token) -> bool:
    """"X's proposal that Peru pay for it": a noun of proposing with a clause on it whose verb is
    bare; a present form counts only with a singular noun subject (a statement would say "pays")."""
    if noun.lemma_.lower() not in PROPOSAL_NOUNS or clause.dep_ not in ("acl", "ccomp"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and subj.tag_ in ("NN", "NNP"))


def wish_not_promise(frame_verb: Token) -> bool:
    return frame_verb.lemma_.lower() in WISH_VERBS


def promise_to_nobody(promised: Token) -> bool:
    """A promised act that is no PLOVER act ("pledged to end youth unemployment", "promised the
    scheme would be a priority") and names no actor in its clause: a policy promised to the public,
    not a commitment to a counterpart (ARTICLE_GUIDE: AGREE only then)."""
    doc = promised.doc
    span = doc[promised.left_edge.i: promised.right_edge.i + 1]
    if _mutual(promised):
        return False  # "X and Y pledged to work together": each is the other's counterpart
    return not base.entities_in(doc, span.start_char, span.end_char)


#: adverbs that make an act the joint doing of its subjects ("work together")
MUTUAL_ADVERBS = {"together", "jointly"}


def _mutual(promised: Token) -> bool:
    """The promised act is done together by coordinated promisers ("X and Y pledged to work
    together", "agreed to cooperate jointly"): a commitment of each to the other."""
    if not any(c.dep_ == "advmod" and c.lower_ in MUTUAL_ADVERBS for c in promised.children):
        return False
    subjects = [c for c in promised.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (the parser may hang the first promiser inside the second's name, "X and Speaker Y", and
    # read a dateline as a second subject)
    return any(t.dep_ == "conj" for subj in subjects for t in subj.subtree)


SHARE_WORDS = set(LEX["share_words"])
POLLED_GROUPS = set(LEX["polled_groups"])


POLL_VERBS = set(LEX["poll_verbs"])
POLL_QUANTIFIERS = set(LEX["poll_quantifiers"])


def _ratio(subj: Token) -> bool:
    """"one in four", "two in five": a number with an "in" phrase whose object is a number."""
    return subj.like_num and any(p.dep_ == "prep" and p.lower_ == "in" and any(
        o.dep_ == "pobj" and o.like_num for o in p.children) for p in subj.children)


def poll_share(subj: Token) -> bool:
    """The subject is a share of respondents ("52% said", "forty per cent thought", "a third of
    voters backed", "one in four said", "half those surveyed said", "most voters said"): a poll
    result, not an act of anyone (ARTICLE_GUIDE: polls are no events)."""
    if _ratio(subj):
        return True
    if subj.lower_ in POLLED_GROUPS and any(
            (c.dep_ in ("amod", "det", "predet") and c.lower_ in POLL_QUANTIFIERS | SHARE_WORDS) or
            (c.dep_ == "acl" and c.lemma_.lower() in POLL_VERBS) for c in subj.children):
        return True
    if subj.lower_ not in SHARE_WORDS:
        return False
    groups = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    # a share of a whole people ("61% of Danes") is a poll's too
    return not groups or any(o.lower_ in POLLED_GROUPS or o.ent_type_ == "NORP" for o in groups)


#: words that make a share in the sentence a poll's ("52 percent of voters", "in the survey")
POLL_WORDS = POLLED_GROUPS | {"poll", "polls", "survey", "surveys", "pollster", "pollsters"}
#: the types a poll result is told with ("backed", "would beat", "pledged to vote for")
POLL_RESULT_TYPES = ("SUPPORT", "AGREE", "REJECT", "THREATEN", "ASSAULT")
#: how deep under the trigger a share may hang ("backed X, 57 percent to 22 percent": appos of
#: the object; "draws support from 33 percent": the object of a preposition)
POLL_SHARE_DEPTH = 3


def poll_result(anchor: Token) -> bool:
    """The trigger states a poll result, not an act (ARTICLE_GUIDE: polls are no events): a
    share with a number hangs on it or its phrases and is split against another share ("backed
    Lopez, 61 percent to 30 percent", "would beat her 52 to 40 percent"), is the source of the
    support ("draws support from 41 percent"), or the sentence names the polled ("of likely
    voters", "the survey"). "Backed the budget by 60 percent" (a vote) is none of these."""
    for t in anchor.subtree:
        if t.lower_ not in SHARE_WORDS or not any(c.like_num for c in t.children):
            continue
        depth, h = 0, t
        while h.i != anchor.i and depth <= POLL_SHARE_DEPTH and h.head.i != h.i:
            if h.dep_ in ("ccomp", "advcl", "relcl", "xcomp"):
                break  # a share inside another clause is that clause's
            h, depth = h.head, depth + 1
        if h.i != anchor.i or depth > POLL_SHARE_DEPTH:
            continue
        if t.head.lower_ == "from" or any(
                c.dep_ == "prep" and c.lower_ == "to" and c.i > t.i
                and any(o.lower_ in SHARE_WORDS or o.like_num for o in c.children)
                for c in (*t.children, *t.head.children)):
            return True
        if t.head.lower_ != "by" and any(w.lower_ in POLL_WORDS for w in anchor.sent):
            return True
    return False


def dictionary_conflict_type(verb: Token) -> Optional[str]:
    t = DICTIONARY_TYPES.get(verb.lemma_.lower())
    return t if t in CONFLICT_TYPES else None


def verbal_protest(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.ent_type_ == "GPE" for c in verb.children)


#: sectors whose members fight with words: a party or a legislator that "attacks" someone
#: criticises them (ARTICLE_GUIDE: "a candidate attacking a rival is ACCUSE")
WORDS_SECTORS = {"PTY", "LEG"}


MEDIUM_NOUNS = set(LEX["medium_nouns"])
CITING_VERBS = set(LEX["citing_verbs"])
REFLEXIVES = set(LEX["reflexive_pronouns"])


def self_inflicted(verb: Token) -> bool:
    """"shot himself to avoid capture", "hanged herself in her cell": the only object of the act
    is a reflexive pronoun, so the doer did it to themselves: no attack on anyone. A particle
    ("blew himself up") or a second object ("killed himself and six guards") keeps the act."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objs) == 1 and objs[0].lower_ in REFLEXIVES and not any(
        c.dep_ == "conj" for c in objs[0].children)


def citation(verb: Token) -> bool:
    """"As Machiavelli warned, power has its own logic": a verb of saying in an "as" clause with
    nothing said in it cites the main clause; it is no warning, accusation or demand of its own."""
    return verb.lemma_.lower() in CITING_VERBS and verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "dative") for c in verb.children)


def names_medium(prep: Token) -> bool:
    """"on Twitter", "via radio", "over the phone": the preposition names a channel of words."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ in ("on", "via", "over") and pobj is not None and pobj.lower_ in MEDIUM_NOUNS


def verbal_attack(verb: Token) -> bool:
    """The subject of "attack" is a party, a candidate or a legislator ("the Tory leader attacked
    Labour's record", "MPs attacked the minister"), or the attack goes out on a channel of words
    ("attacked her rival on Twitter"): an attack in words."""
    doc = verb.doc
    if any(c.dep_ == "prep" and names_medium(c) for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        hit = base.entity_at(doc, c.idx, c.idx + len(c))
        if hit is not None and hit[0].sector in WORDS_SECTORS:
            return True
    return False


def locative_place(tok: Token, verb: Token) -> bool:
    """tok is a place (not a country named as a whole) in an "in" phrase hanging on verb."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in LOCATIVE_PREPS or tok.head.head != verb:
        return False
    if tok.ent_type_ not in PLACE_ENTITIES and not resolved_place(tok):
        return False  # (the small model tags some towns ORG: the places layer resolved them)
    hit = base.entity_at(tok.doc, tok.idx, tok.idx + len(tok))
    names_country = hit is not None and hit[0].kind == "country" and hit[1].text.lower() == hit[0].name.lower()
    return not names_country


def resolved_place(tok: Token) -> bool:
    """The places layer resolved a place at this token (a gazetteer name with its country)."""
    return any(p.start <= tok.idx < p.end and p.country_code for p in tok.doc._.sanderling_places or [])


def locative_area(tok: Token, verb: Token) -> bool:
    """tok is an area named by a common noun ("in the eastern countryside of X", "near the
    village") in a place phrase hanging on verb: where it happened, like ``locative_place``."""
    from .places import PLACE_HEAD_WORDS
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS and tok.head.head == verb and \
        tok.pos_ == "NOUN" and tok.lower_ in PLACE_HEAD_WORDS


def feeling_not_judgement(adj: Token) -> bool:
    """A judging adjective or participle that judges nobody: with an infinitive complement it is a
    feeling about the subject's own doing ("was pleased to give money", "was shocked to be told",
    "delighted to announce") or, with a first-person clause, about the feeler's own lot ("glad we
    were spared"); as "concerned" in "as far as X is concerned" it names a topic."""
    if any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
           for c in adj.children):
        return True
    if any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in SELF_PRONOUNS
                                     for s in c.children) for c in adj.children):
        return True  # "delighted I have been given the chance": about the feeler's own lot
    head = adj.head
    return adj.dep_ == "advcl" and "as" in {c.lower_ for c in adj.children if c.dep_ == "mark"} \
        and head.lower_ == "far"


def impersonal_matter(tok: Token) -> bool:
    """A common noun nobody is behind (a price, the weather, a risk: noun_senses.impersonal),
    with no owner and no name in its phrase ("Beijing's currency" has someone behind it)."""
    return tok.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in tok.children) \
        and noun_senses.impersonal(tok.lemma_) \
        and not base.entities_in(tok.doc, tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge))


#: prepositions naming what a worry is about
WORRY_PREPS = {"about", "over", "at", "regarding"}


def worry_about_a_matter(feeling: Token) -> bool:
    """"traders voiced concern over the weak peso", "the bank is concerned about the risks":
    everything the worry is about is an impersonal matter, and no clause says who did what: a
    worry, no judgement of anyone."""
    if any(c.dep_ == "ccomp" for c in feeling.children):
        return False
    matters = [o for c in feeling.children if c.dep_ == "prep" and c.lower_ in WORRY_PREPS
               for o in c.children if o.dep_ == "pobj"]
    # ("angry at the way the crisis was handled": a clause on the matter says someone acted)
    return bool(matters) and all(impersonal_matter(o) and not any(c.dep_ == "relcl" for c in o.children)
                                 for o in matters)


#: subjects of a feeling's clause that make it about the feeler's own lot
SELF_PRONOUNS = {"i", "we"}


HEADLINE_SMALL_WORDS = set(LEX["headline_small_words"])
#: a sentence of at least this many words, every other one capitalised, is a title-case headline
#: (4 since round 43: a four-word headline of the news36 tuning part made a false event; five
#: words had been the first setting, round 29)
HEADLINE_MIN_WORDS = 4


def title_case_headline(sent) -> bool:
    """A headline written in title case ("Senator Tells Reporter Not To Worry About Polls"):
    every word but the small ones capitalised. The small model parses such lines badly (verbs
    read as names) and the story below tells the same news in a sentence it can read."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < HEADLINE_MIN_WORDS:
        return False
    content = [t for t in words if t.lower_ not in HEADLINE_SMALL_WORDS]
    lower_verbs = [t for t in content if t.text[:1].islower()]
    return not lower_verbs and sum(1 for t in content if t.text[:1].isupper() and not t.is_upper) >= 3 \
        and sum(1 for t in content if t.ent_type_ == "") >= 2
