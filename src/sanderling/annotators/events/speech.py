"""Reported speech and judgements whose content is an event: "X described Y as Z",
"X said Y must go" (REQUEST), "X alleged that Y shelled Z" (ACCUSE), "X said Y was reckless"
(ACCUSE), "X is angry that / grateful for Y" (adjectives).
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ... import noun_senses
from .. import event_checks
from ..clause import HYPOTHETICAL_MODALS, clause_facts
from ..base import layer
from .config import _cfg, drops_unreal
from .lexicon import (
    ACCUSE_ADJ, ACCUSE_PRED, AGENT_WORDS, ALLEGE_VERBS, BLAME_OBJECT_VERBS, CONFLICT_MATERIAL, COOPERATIVE, DESCRIBE_VERBS, EVIDENTIAL_FRAMES,
    QUANTITY_NOUNS,
    GENERIC_SUBJECTS, MESSAGE_NOUNS, NEGATORS, REACTION_VERBS, PRAISE_PRED, RELATIVE_PRONOUNS, REQUEST_MODALS, REQUEST_MODE, SAY_VERBS,
    STANCE_NOUNS, SUPPORT_ADJ, UNDERGO_VERBS, Spec, _words, valence)
from .candidate import Candidate
from .syntax import PASSIVE_SUBJ_DEPS, SUBJ_DEPS, _children, _first, _hyphenated, _keys
from .roles import _names_participant, _subject_tokens
from .triggers import _inner_candidate, _verb_entry


# --- reported speech ---------------------------------------------------------------------

def _sayer_tokens(tok: Token) -> list:
    """Who says it: the saying verb's subject; for a message that says it ("released an ad
    calling X a liar", "his statement saying ..."), the message's owner or whoever put it out."""
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in MESSAGE_NOUNS and _first(tok, SUBJ_DEPS) is None:
        message = tok.head
        owner = _first(message, {"poss"})
        if owner is not None:
            return [owner]
        if message.dep_ in ("dobj", "pobj") and message.head.pos_ == "VERB":
            return _subject_tokens(message.head)
        return []
    return _subject_tokens(tok)


def _speech_candidates(tok: Token, consumed: set) -> list:
    """Content of reported speech that is itself an event (accusation, praise, demand)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SAY_VERBS | DESCRIBE_VERBS:
        return []  # "called X a liar": a describing verb that is no verb of saying
    speaker = _first(tok, {"nsubj"})
    if speaker is not None and event_checks.poll_share(speaker):
        return []  # "52% said the mayor was right": a poll
    if drops_unreal(event_checks.not_done([tok])):
        return []  # "did not claim that X was beaten", "too soon to say Y is a liar": nothing said
    out = []
    lemma = tok.lemma_.lower()
    if lemma in DESCRIBE_VERBS:
        objs = _children(tok, {"dobj"})
        obj = objs[0] if objs else None
        # "branded the levy a waste of money": the parser may read the name given as a second object
        pred = [c for c in tok.children if c.dep_ in ("oprd",)] + objs[1:] + [
            c for c in tok.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and obj is not None and c.i > obj.i
            and any(d.dep_ == "det" for d in c.children)]  # ("branded the levy a farce": npadvmod)
        for p in _children(tok, {"prep"}):
            if p.lower_ == "as":
                pred.extend(_children(p, {"pobj", "amod", "acomp"}))  # "as reckless": amod on the parse
        if obj is not None and not pred:
            # "called the plans dangerous": the parser may hang the name given on the object, after it
            pred = [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i]
        if obj is None and not pred:
            # "branded X's plan deeply flawed": read as a small clause with X's plan as its subject
            for clause in _children(tok, {"ccomp"}):
                subj = _first(clause, {"nsubj"})
                if clause.pos_ in ("ADJ", "NOUN") and subj is not None and subj.i < clause.i:
                    obj, pred = subj, [clause]
                    break
        if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            obj = tok.head  # "Y, whom X described as talented": the one described is the antecedent
        if obj is not None and obj.lower_ == "it":
            # "called it reckless that Y has no plan": the judged one is the clause's subject
            clause = _first(tok, {"ccomp"})
            subj = _first(clause, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) if clause is not None else None
            obj = subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None
        if obj is not None and pred:
            t = _predicate_type(pred) or ("ACCUSE" if _derogatory(pred, obj) else None) or (
                "SUPPORT" if _laudatory(pred, obj) else None)
            if t:
                return [Candidate(Spec(t, "disapprove" if t == "ACCUSE" else None, "111" if t == "ACCUSE" else "051"),
                                  tok, [tok] + pred, f"speech:{lemma}-as:{t.lower()}", _cfg().conf_speech,
                                  _sayer_tokens(tok), [obj], kind="speech", rule="as:" + t.lower())]
        return []
    comps = _children(tok, {"ccomp"})
    # "said there was nothing to like, but they were cowards": a clause coordinated with what is
    # said, with a subject of its own, is said too
    comps += [c for comp in comps for c in comp.conjuncts if c.pos_ in ("VERB", "AUX")
              and c.i > comp.i and _first(c, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is not None]
    comps += [e for e in map(_evident_content, comps) if e is not None]  # "said anyone can see Y is Z"
    for comp in comps:
        subj = _first(comp, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)
        aux = {c.lower_ for c in comp.children if c.dep_ == "aux"}
        if aux & REQUEST_MODALS and subj is not None and subj.lower_ not in ("i", "we", "it", "there"):
            inverted = any(c.dep_ == "aux" and c.lower_ in REQUEST_MODALS and c.i < subj.i for c in comp.children)
            if "condition" in clause_facts(comp).cues or inverted:  # (inverted: "Should X win, ...", "should X go?")
                consumed.update(t.i for t in comp.subtree if t.pos_ in ("VERB", "NOUN"))
                continue  # "if they broke the law they should be punished": a rule, no demand made
            demand = _demanded(comp)
            if demand is not None:
                consumed.update(t.i for t in comp.subtree if t.pos_ in ("VERB", "NOUN"))
                if event_checks.opinion_not_demand(tok, comp):
                    if event_checks.past_reproach(comp) and subj.pos_ in ("PROPN", "NOUN", "PRON"):
                        # "X said Y should have known": X reproaches Y
                        out.append(Candidate(Spec("ACCUSE", "disapprove", "111"), tok, [tok, comp],
                                             "speech:reproach", _cfg().conf_speech, _sayer_tokens(tok), [subj],
                                             kind="speech", rule="reproach"))
                    continue  # "voters believe X should resign", "X should have known": no demand
                trig = [tok] + [c for c in comp.children if c.dep_ == "aux" and c.lower_ in REQUEST_MODALS] + [comp]
                out.append(Candidate(demand, tok, trig, "speech:modal-request",
                                     _cfg().conf_speech, _sayer_tokens(tok), _addressee(subj, comp), kind="speech",
                                     rule="modal-request"))
            continue
        if lemma in ALLEGE_VERBS and subj is not None and subj.pos_ != "PRON":
            inner = _inner_candidate(comp)
            if inner is not None and inner.spec.type in CONFLICT_MATERIAL:
                # "Oslo alleged that the cartel had shelled a depot": an allegation against the cartel
                out.append(Candidate(Spec("ACCUSE", "allege", "112"), tok, [tok], f"speech:{lemma}-conflict",
                                     _cfg().conf_speech, _sayer_tokens(tok), [subj], kind="speech", rule="conflict"))
                continue
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
            subj = tok.head  # "X, which she said was untrustworthy": the content is about X
        if subj is None:
            continue
        if subj.lower_ in ("it", "there", "this", "that", "i", "we"):
            judgement = _owner_judgement(comp, subj)
        elif subj.lower_ in GENERIC_SUBJECTS or subj.lemma_.lower() in GENERIC_SUBJECTS:
            continue
        elif comp.lemma_.lower() != "be" and (_verb_entry(comp) or {}).get("frame") and _children(comp, {"xcomp"}):
            continue  # "the sides had not managed to settle": the frame verb codes it
        else:
            judgement = _judgement(comp, subj)
        if judgement is not None and any(c.startswith("aux:") and c[4:] in HYPOTHETICAL_MODALS
                                         for c in clause_facts(comp).cues):
            continue  # "said the war could be illegal": a possibility weighed, no judgement passed
        if judgement is not None:
            t, pred, judged = judgement
            out.append(Candidate(Spec(t, "disapprove" if t == "ACCUSE" else None, "112" if t == "ACCUSE" else "051"),
                                 tok, [tok] + pred, f"speech:{t.lower()}-predicate", _cfg().conf_speech,
                                 _sayer_tokens(tok), judged, kind="speech", rule=t.lower() + "-predicate"))
    return out


def _demanded(clause: Token) -> Optional[Spec]:
    """The REQUEST a modal clause makes ("Y must withdraw", "Y should talk to Z"): its mode from
    the act demanded, a cooperative or conflict act of the lexicon, or none ("Y must go"); None
    for any other act ("Y should be praised" asks for no act of Y's)."""
    inner = _inner_candidate(clause)
    if inner is not None and inner.spec.type not in COOPERATIVE | CONFLICT_MATERIAL:
        return None
    return Spec("REQUEST", REQUEST_MODE.get(inner.spec.type, "change") if inner else "change", "100")


def _mandative_candidates(tok: Token, consumed: set) -> list:
    """"X suggested the city raise taxes", "X proposed that Peru pay for it", "X's proposal that
    Peru pay": X asks the clause's subject to act (REQUEST), like "X said Y should ..."
    (`_speech_candidates`)."""
    if tok.pos_ == "VERB":
        clauses = [c for c in _children(tok, {"ccomp"}) if event_checks.mandative(tok, c)]
        sayer = _sayer_tokens(tok)
    elif tok.pos_ == "NOUN":
        clauses = [c for c in _children(tok, {"acl", "ccomp"}) if event_checks.mandative_noun(tok, c)]
        sayer = _children(tok, {"poss"})
    else:
        return []
    out = []
    for comp in clauses:
        subj = _first(comp, SUBJ_DEPS)
        if subj is None or subj.lower_ in NOT_JUDGED:
            continue
        demand = _demanded(comp)
        if demand is None:
            continue
        consumed.update(t.i for t in comp.subtree if t.pos_ in ("VERB", "NOUN"))
        out.append(Candidate(demand, tok, [tok, comp], "speech:mandative",
                             _cfg().conf_speech, sayer, [subj], kind="speech", rule="mandative"))
    return out


#: verbs whose object's adjective praises their subject: the verbs of doing and showing of
#: words.json blame_object_verbs, and "have" ("did a great job", "has remarkable ability")
JUDGED_OBJECT_VERBS = BLAME_OBJECT_VERBS | {"have"}


def _judgement(comp: Token, subj: Token) -> Optional[tuple]:
    """A clause that judges its subject ("Y was reckless", "Y has shown a heavy-handed stance")
    -> (ACCUSE or SUPPORT, the predicate tokens, the judged tokens), else None."""
    if comp.lemma_.lower() in UNDERGO_VERBS:
        return None  # "Y has suffered a strategic failure": Y undergoes it, nobody judges Y
    if comp.lemma_.lower() == "lie" and any(c.dep_ in ("prep", "advmod") and c.lower_ not in ("about", "to")
                                            for c in comp.children):
        return None  # "the answer lies in X", "the power lay behind the camera": where, no untruth
    acomp_cues = (_verb_entry(comp) or {}).get("acomp", {})
    if any(c.dep_ in ("acomp", "oprd") and c.lower_ in acomp_cues and acomp_cues[c.lower_] is None
           for c in comp.children):
        return None  # "said he would plead not guilty": the lexicon's reading of the verb, no judgement
    pred = [c for c in comp.children if c.dep_ in ("acomp", "attr", "oprd")]
    if comp.lemma_.lower() != "be":
        pred = [comp] + [c for c in comp.children if c.dep_ in ("acomp",)]
        # "has ignored the voters and broken its promises": a conjoined verb of the same subject
        pred.extend(c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB"
                    and _first(c, SUBJ_DEPS | PASSIVE_SUBJ_DEPS) is None)
        # "had shown a reckless attitude": the object's adjectives judge too ("sold an awful lot of
        # tickets": not an intensifier of a quantity)
        for obj in _children(comp, {"dobj"}):
            if obj.lemma_.lower() not in QUANTITY_NOUNS:
                pred.extend(c for c in obj.children if c.dep_ == "amod")
    else:
        # "yet another sign of the cabinet's heavy-handed stance"
        for p in pred[:]:
            for prep in _children(p, {"prep"}):
                if prep.lower_ == "of":
                    pred.extend(_children(prep, {"pobj"}))
    if subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they") and pred == []:
        return None
    t = _predicate_type(pred)
    if t == "SUPPORT" and comp.lemma_.lower() not in JUDGED_OBJECT_VERBS | {"be"}:
        # praise through an object's adjective only under a verb of doing, showing or having
        # ("did a great job", "has remarkable ability"; "expecting the best season ever", "asked
        # the right questions" praise nobody); blame reads any verb ("holds abhorrent views")
        pred = [p for p in pred if not (p.dep_ == "amod" and p.head.dep_ == "dobj" and p.head.head.i == comp.i)]
        t = _predicate_type(pred)
    if not t and comp.lemma_.lower() == "be" and _derogatory(
            [c for c in comp.children if c.dep_ in ("acomp", "attr", "oprd")], subj):
        t = "ACCUSE"  # "Y is a thug", "the levy was a crude attack": a strongly negative name given
    if not t or (t == "SUPPORT" and any(c.lower_ in NEGATORS for c in comp.children)):
        return None
    if t == "ACCUSE" and any(c.dep_ == "neg" for c in comp.children) and comp.lemma_.lower() == "be":
        return None
    poss = _first(subj, {"poss"}) if subj.pos_ == "NOUN" else None
    judged = [poss] if poss is not None else [subj]  # "the US's refusal is undermining ..."
    judged += _predicate_owners(pred)
    return t, pred, judged


def _predicate_owners(pred: list) -> list:
    """Whose the judged thing is: "... Labour's response", "a cynical attempt by the Tories"."""
    owners = [c for p in pred for c in p.children if c.dep_ == "poss"]
    for p in pred:
        if p.pos_ == "NOUN":
            owners.extend(o for b in _children(p, {"prep"}) if b.lower_ == "by" for o in _children(b, {"pobj"}))
    return owners


#: subjects that point at a thing said or done: "this is a cynical stunt by X" judges X
POINTING_SUBJECTS = ("this", "that", "it")


def _evident_content(clause: Token) -> Optional[Token]:
    """"anyone can see Y is a fraud", "it is clear that Y is a fraud", "we all know Y lied": a
    frame of seeing or knowing, affirmed, holds the speaker's own claim in its content clause;
    that clause (else None)."""
    frame, subj = clause.lemma_.lower(), _first(clause, SUBJ_DEPS)
    if frame == "be" and subj is not None and subj.lower_ == "it":
        adj = _first(clause, {"acomp"})  # "it is clear that ..."
        frame = adj.lower_ if adj is not None else ""
    if frame not in EVIDENTIAL_FRAMES or clause_facts(clause).negated:
        return None
    content = _first(clause, {"ccomp"})
    return content if content is not None and content.pos_ in ("VERB", "AUX") else None


def _owner_judgement(comp: Token, subj: Token) -> Optional[tuple]:
    """"This is a cynical stunt by the Greens", "it was a reckless move by Y": a pointing
    subject names nobody; the predicate's owner is the one judged."""
    if subj.lower_ not in POINTING_SUBJECTS or comp.lemma_.lower() != "be":
        return None
    judgement = _judgement(comp, subj)
    if judgement is None:
        return None
    t, pred, _ = judgement
    owners = _predicate_owners(pred)
    return (t, pred, owners) if owners else None


#: Subjects a quoted judgement is never about: the speaker's own side, dummies, the addressee.
NOT_JUDGED = ("it", "there", "this", "that", "i", "we", "you", "what", "which", "who")


def _quoted_judgement_candidates(sent) -> list:
    """A sentence of a quote (or of a signed letter the quote layer attributes) whose main clause
    judges its subject: "Y is a fraud", "Y has broken its pledges". The judgement is the
    speaker's: ACCUSE (or SUPPORT) from the speaker to the subject, like "X said Y was reckless"
    (`_speech_candidates`) when the saying is outside the sentence. A main verb that is itself an
    event of the lexicon is coded as that event instead."""
    root = sent.root
    root = _evident_content(root) or root  # ""Anyone can see Y is a fraud"": the claim is the content
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in SAY_VERBS or _verb_entry(root):
        return []
    if not any(q.start <= root.idx < q.end and q.speaker is not None for q in layer(sent.doc, "quotes")):
        return []
    subj = _first(root, SUBJ_DEPS)
    if subj is None:
        return []
    if subj.lower_ in POINTING_SUBJECTS:
        judgement = _owner_judgement(root, subj)
    elif subj.lower_ in NOT_JUDGED or subj.lower_ in GENERIC_SUBJECTS or subj.lemma_.lower() in GENERIC_SUBJECTS:
        return []
    else:
        judgement = _judgement(root, subj)
    if judgement is None:
        return []
    t, pred, judged = judgement
    return [Candidate(Spec(t, "disapprove" if t == "ACCUSE" else None, "112" if t == "ACCUSE" else "051"),
                      root, [root] + pred, f"quote:{t.lower()}-predicate", _cfg().conf_speech,
                      [], judged, kind="quoted", rule=t.lower() + "-predicate")]


def _quoted_demand_candidates(sent, consumed: set) -> list:
    """A sentence of a quote whose main clause tells a named party what it must or should do
    ("the ministry must release the files", in a quote of X's): the speaker's demand (REQUEST) to that
    party, as "X said the ministry must release the files" is (`_speech_candidates`), with the
    same limits: no condition ("if they broke the law they should be punished"), no perfect
    ("should have known": a reproach), and the demanded act a cooperative or conflict act of the
    lexicon, or none."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() in SAY_VERBS:
        return []
    if not any(q.start <= root.idx < q.end and q.speaker is not None for q in layer(sent.doc, "quotes")):
        return []
    subj = _first(root, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)
    modals = [c for c in root.children if c.dep_ == "aux" and c.lower_ in REQUEST_MODALS]
    if subj is None or not modals or subj.pos_ not in ("NOUN", "PROPN") or subj.i > root.i:
        return []  # (an inverted "should X win": a condition)
    if subj.lower_ in NOT_JUDGED or subj.lemma_.lower() in GENERIC_SUBJECTS or not _names_participant(subj):
        return []
    if "condition" in clause_facts(root).cues or \
            any(a.dep_ == "aux" and a.lower_ in ("have", "will", "would") for a in root.children):
        return []  # (a perfect reproaches, event_checks.past_reproach; "X will and should win" forecasts)
    demand = _demanded(root)
    if demand is None:
        return []
    consumed.update(t.i for t in root.subtree if t.pos_ in ("VERB", "NOUN") and t.i != root.i)
    return [Candidate(demand, root, [modals[0], root], "quote:modal-request",
                      _cfg().conf_speech, [], _addressee(subj, root), kind="quoted", rule="modal-request")]


#: verbs of how someone is dealt with or judged (lexicons/events/words.json)
TREATMENT_VERBS = set(_words("treatment_verbs"))


def _addressee(subj: Token, clause: Token) -> list:
    """Whom a modal demand is made of: the subject that is to act ("the ministry must release
    the files", "X should be made to pay") or whom the demanded act befalls ("the envoys should
    be expelled"); none when a passive clause says only how its subject ought to be treated or
    judged ("X should be judged by results", "they ought to be handled gently"): a view, by
    nobody named, no demand made of the subject."""
    return [] if subj.dep_ == "nsubjpass" and clause.lemma_.lower() in TREATMENT_VERBS else [subj]


PREDICATE_MOD_DEPS = {"amod", "compound", "advmod", "xcomp", "aux", "prt", "acomp", "dobj", "attr"}


def _emotive_participle(tok: Token) -> Optional[Token]:
    """"She was appalled that ...", "... shocked at X and appalled that Y": the parser reads
    these adjectives as passive verbs; returns the token whose subject feels the emotion."""
    if tok.pos_ != "VERB" or tok.lower_ not in ACCUSE_ADJ | SUPPORT_ADJ or not (
            tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.dep_ == "conj")):
        return None
    if _first(tok, {"agent"}) is not None and tok.lower_ not in ACCUSE_ADJ:
        return None  # "he was worried by X" stays a plain passive ("outraged by X" judges X)
    if _first(tok, PASSIVE_SUBJ_DEPS) is not None:
        return tok
    if tok.dep_ == "conj" and _first(tok.head, PASSIVE_SUBJ_DEPS) is not None:
        return tok.head
    return None


def _someone_in(tok: Token) -> bool:
    """The noun phrase headed by tok names a party: a name or agent noun at its head or before it
    ("the euro's strength" names none, "Lima's decision", "the US recognition of X" do)."""
    return any(_names_participant(t) for t in tok.doc[tok.left_edge.i: tok.i + 1]) or any(
        _names_participant(p) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
        for p in c.children if p.dep_ == "pobj")


def _adjective_candidates(tok: Token) -> list:
    """"Opposition MPs are angry that ...", "X was critical of Y": the subject disapproves."""
    felt_by = _emotive_participle(tok)
    if (tok.pos_ not in ("ADJ", "VERB") or tok.dep_ != "acomp") and felt_by is None:
        return []
    lemma = tok.lemma_.lower() if tok.pos_ == "ADJ" else tok.lower_  # "appalled", not "appal"
    t = ACCUSE_ADJ.get(lemma) or SUPPORT_ADJ.get(lemma)
    if t is None:
        return []
    if event_checks.feeling_not_judgement(tok):
        return []
    verb = tok.head if felt_by is None else felt_by
    subj = _first(verb, SUBJ_DEPS if felt_by is None else PASSIVE_SUBJ_DEPS)
    if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subj = verb.head  # "X's cabinet, which is furious about Y": the noun the clause is on
        while subj.dep_ == "appos" and subj.head.i != subj.i:
            subj = subj.head  # ("X's cabinet, a close partner, which is furious ...": the cabinet)
    if subj is None or subj.lower_ in GENERIC_SUBJECTS or subj.lower_ in ("it", "this", "that", "there"):
        return []
    spec = Spec.parse(t)
    if spec.type == "ACCUSE" and event_checks.worry_about_a_matter(tok):
        return []  # "the bank is concerned about the risks": a worry, nobody judged
    # "grateful to Germany", "thankful for Kenya's help": thanks go to someone ("critical to the
    # plan" means vital, so "to" names a party only for approval)
    preps = ("of", "with", "at", "about", "over", "by", "toward", "towards") + (
        ("to", "for") if spec.type == "SUPPORT" else ())
    recipients = []
    for c in tok.children:
        if (c.dep_ == "prep" and c.lower_ in preps) or (c.dep_ == "agent" and felt_by is not None):
            recipients.extend(_children(c, {"pobj"}))
        elif c.dep_ == "ccomp":
            recipients.extend(_children(c, SUBJ_DEPS))
    # "appalled by recent comments by X": whose comments they were
    recipients += [p for r in list(recipients) if r.pos_ == "NOUN" for c in r.children
                   if c.dep_ == "prep" and c.lower_ == "by" for p in c.children if p.dep_ == "pobj"]
    named = recipients + [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if spec.type == "SUPPORT" and not any(_someone_in(r) for r in named):
        # "the rebels were reportedly delighted", "delighted by the prospect of a run": glad of a
        # thing, nobody approved of or thanked ("grateful to Germany", "delighted for the couple"
        # name someone). Concern and anger about a thing stay ACCUSE: the gold codes them
        return []
    cand = Candidate(spec, verb, [verb, tok], f"adjective:{lemma}", _cfg().conf_speech, [subj], recipients,
                     kind="adjective")
    return [cand]


def _adjective_of_adverb(word: str) -> str:
    """angrily -> angry, sceptically -> sceptical, furiously -> furious."""
    if word.endswith("ily"):
        return word[:-3] + "y"
    return word[:-2] if word.endswith("ly") else word


def _reaction_candidates(tok: Token) -> list:
    """"X reacted angrily to Y", "X responded sceptically to Y": the manner is one of the judging
    adjectives (`_adjective_candidates`), so X judges Y."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in REACTION_VERBS:
        return []
    for adv in _children(tok, {"advmod"}):
        spec = ACCUSE_ADJ.get(_adjective_of_adverb(adv.lower_)) or SUPPORT_ADJ.get(_adjective_of_adverb(adv.lower_))
        if spec is None:
            continue
        subj = _first(tok, SUBJ_DEPS)
        targets = [o for p in _children(tok, {"prep"}) if p.lower_ == "to" for o in _children(p, {"pobj"})]
        targets += [c for o in targets for c in o.children if c.dep_ == "poss"]  # "to Y's proposal"
        if subj is None or not targets or subj.lower_ in GENERIC_SUBJECTS:
            return []
        return [Candidate(Spec.parse(spec), tok, [tok, adv], f"adjective:{adv.lower_}", _cfg().conf_speech,
                          [subj], targets, kind="adjective")]
    return []


def _stance_noun_candidates(tok: Token) -> list:
    """"X has long been a critic of Y": X disapproves of Y, as in "X is critical of Y"
    (`_adjective_candidates`); "X has been a supporter of Y": X backs Y. The holder is the
    copula's subject; a supporter is also read in an apposition ("Rep. X, a Y supporter"), whose
    head is the holder, while a critic there stays a description in passing."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STANCE_NOUNS:
        return []
    spec = Spec.parse(STANCE_NOUNS[tok.lemma_.lower()])
    targets = [o for p in _children(tok, {"prep"}) if p.lower_ == "of" for o in _children(p, {"pobj"})]
    if spec.type == "SUPPORT" and tok.dep_ == "appos" and _names_participant(tok.head):
        # "Rep. X, a Trump supporter, said": an endorsement told in passing (as
        # triggers._endorses_someone reads "X, who supports Y"); the backed one named before the noun
        targets = targets or [c for c in tok.children if c.dep_ == "compound" and _names_participant(c)]
        if targets:
            return [Candidate(spec, tok, [tok], f"stance-noun:{tok.lemma_.lower()}", _cfg().conf_speech,
                              [tok.head], targets, kind="adjective", rule="appos")]
    if not targets:
        return []
    if tok.dep_ != "attr" or tok.head.lemma_.lower() != "be":
        return []  # "X, a critic of Y, died": a description in passing, no act of X's
    anchor, holder = tok.head, _first(tok.head, SUBJ_DEPS | PASSIVE_SUBJ_DEPS)  # "he's been": nsubjpass
    if holder is None or holder.lower_ in GENERIC_SUBJECTS or holder.lower_ in ("it", "this", "that", "there"):
        return []
    return [Candidate(spec, anchor, [tok], f"stance-noun:{tok.lemma_.lower()}",
                      _cfg().conf_speech, [holder], targets, kind="adjective")]


#: words that make "right" (or "left") a side of politics: "hard right", "far right", "centre right"
SIDE_MODIFIERS = {"hard", "far", "centre", "center", "radical", "extreme", "alt", "new", "populist"}


def _political_side(tok: Token) -> bool:
    """tok is "right" naming a political side ("hard right", "far-right", "right-wing")."""
    if tok.lower_ != "right":
        return False
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if before == "-" and tok.i > 1:
        before = doc[tok.i - 2].lower_
    after = doc[tok.i + 1: tok.i + 3].text.lower() if tok.i + 1 < len(doc) else ""
    return before in SIDE_MODIFIERS or after.startswith("-wing") or after.startswith("wing")


def _predicate_type(pred: list) -> Optional[str]:
    """ACCUSE / SUPPORT from the predicate word and its close modifiers (not whole clauses)."""
    words = set()
    for p in pred:
        words.update(_keys(p))
        for c in p.children:
            if c.dep_ == "dobj" and p.pos_ == "VERB" and p.lemma_.lower() not in BLAME_OBJECT_VERBS:
                continue  # "averted a disaster", "put the damage at": the object judges nobody
            if c.dep_ in PREDICATE_MOD_DEPS and not (c.dep_ == "amod" and c.lower_ == "responsible"):
                words.update(_keys(c))  # (before a noun "responsible" is sensible: "the responsible thing")
    words.update(k for k in map(_hyphenated, [t for p in pred for t in (p, *p.children)]) if k)
    if any(_political_side(t) for p in pred for t in (p, *p.children)):
        words.discard("right")  # "a hard right agenda", "the right-wing press": a side, no praise
    if words & ACCUSE_PRED:
        return "ACCUSE"
    if words & PRAISE_PRED and not any(_complemented(p) or _of_another_party(p) for p in pred):
        return "SUPPORT"
    return None


def _of_another_party(noun: Token) -> bool:
    """"views X as an ally of Y", "calls X a friend of the regime": a praise noun tied by "of" to
    a named party other than the speaker says whose side X is on, which may as well be blame; it
    praises nobody. ("X called Y a true friend of X", "a friend of our country": the speaker's
    own side, praise.)"""
    if noun.pos_ != "NOUN":
        return False
    speaker = noun.head
    while speaker.dep_ not in ("ROOT",) and speaker.pos_ != "VERB" and speaker.head.i != speaker.i:
        speaker = speaker.head
    subj = _first(speaker, SUBJ_DEPS) if speaker.pos_ == "VERB" else None
    own = {t.lower_ for t in subj.subtree} if subj is not None else set()
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for o in _children(c, {"pobj"}):
            if any(p.dep_ == "poss" and p.lower_ in ("our", "my") for p in o.children) or o.lower_ in ("us", "me"):
                continue  # "a friend of our country": the speaker's own side
            if o.pos_ == "PROPN" and o.lower_ in own:
                continue  # "Bolivia called Chile a true friend of Bolivia"
            if o.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") or o.pos_ == "PROPN" or o.lower_ in AGENT_WORDS:
                return True
    return False


#: how negative (VADER mean of ten ratings, -4 .. +4) a noun given as a name must be to count as
#: blame when no curated predicate word matched: -2.0 takes "terrorist" (-3.7), "murderer"
#: (-3.6), "attack" (-2.1), "criminal" (-2.4) and leaves "mistake" (-1.4), "problem" (-1.7),
#: "victim" (-1.1), which name a hard case as often as they blame anyone
BLAME_VALENCE = -2.0


def _derogatory(pred: list, judged: Token) -> bool:
    """"X regards Y as terrorists", "X said the levy was a crude attack on Z": the name given
    is a strongly negative noun of the VADER lexicon that names a kind of person ("murderer") or
    a doing ("attack", "fraud"), or has such a person noun as its modifier ("a terrorist group"),
    and the one it is given to is a party or something a party did ("the plan"), not a state of
    affairs. Adjectives are left to the curated lists: VADER rates feelings ("frustrated") and
    hardships ("poor") as low as blame."""
    if not (_names_participant(judged) or noun_senses.names_a_doing(judged.lemma_.lower())):
        return False

    def person_noun(t: Token) -> bool:
        return noun_senses.names_a_person(t.lemma_.lower())

    def negative(t: Token) -> bool:
        return min(valence(t.lower_), valence(t.lemma_.lower())) <= BLAME_VALENCE

    for p in pred:
        if p.pos_ != "NOUN":
            continue
        if negative(p) and (person_noun(p) or noun_senses.names_a_doing(p.lemma_.lower())):
            return True
        if any(c.dep_ in ("amod", "compound") and negative(c) and person_noun(c) for c in p.children):
            return True
    return False


#: how positive (VADER, -4 .. +4) a word of the name given to a party must be to count as praise
#: when no curated predicate word matched: 2.3 takes "talented" (2.3), "fantastic" (2.6), "hero"
#: (2.6), "brilliant" (2.8) and leaves "nice" (1.8), "popular" (1.8), "clever" (2.0), which
#: describe more often than they praise
PRAISE_VALENCE = 2.3
#: positive words of a state or a mood, not a merit ("happy with the draft", "free to leave",
#: "strong", "rich"): no praise, however VADER rates them
STATE_ADJECTIVES = set(_words("state_adjectives"))


def _laudatory(pred: list, judged: Token) -> bool:
    """"X described Y as very talented", "X called Y a brilliant negotiator": the one named is a
    party and the name given (an adjective, a noun or a noun's adjective) is strongly positive in
    the VADER lexicon, and not negated."""
    if not _names_participant(judged):
        return False

    def positive(t: Token) -> bool:
        return max(valence(t.lower_), valence(t.lemma_.lower())) >= PRAISE_VALENCE and \
            t.lemma_.lower() not in STATE_ADJECTIVES and t.lower_ not in STATE_ADJECTIVES and \
            not any(c.dep_ == "neg" or c.lower_ in ("not", "never", "hardly") for c in t.children)

    return any((positive(p) and not _complemented(p) and not _children(p, {"prep"}))
               or (p.pos_ == "NOUN" and any(c.dep_ == "amod" and positive(c) for c in p.children))
               for p in pred if p.pos_ in ("ADJ", "NOUN"))


def _complemented(adj: Token) -> bool:
    """"is committed to leaving", "is able to win", "was right to resign": an adjective with a
    verbal complement says what its subject will, can or did do, which the intent and clause readings
    code; it is no judgement of the subject itself."""
    return any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "to" and _first(c, {"pcomp"}) is not None)
               for c in adj.children)  # ("committed to the peace plan" stays praise)
