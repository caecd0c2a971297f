"""Event location: the place where THIS event happened, chosen on the dependency parse.

A sentence often names several places: where the event happened ("shot in Nablus"), where
an actor comes from ("Kabul police", "a Paris spokesman"), a place that acts ("Moscow
warned"), or where another event in another clause happened.  Each place in the trigger's
sentence gets a score from its tree path to the trigger: short paths through locative
prepositions win; paths that cross into a clause without the trigger, places that modify
an actor noun, and places that are the subject of a verb lose.  Below MIN_SCORE there is no
event place (most such sentences name no location of the event at all).
"""
from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Place
from . import base  # noqa: F401
from .places import PLACE_HEAD_WORDS, TERRITORY_VERBS

#: Prepositions that put an event at a place.
AT_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout", "within",
            "nearby", "along", "off", "over", "between", "among", "beside", "outskirts"}
#: Prepositions of motion (and "on", often "pressure on X"): weaker evidence of place.
MOTION_PREPS = {"from", "to", "into", "towards", "toward", "through", "via", "onto", "on"}
#: Nouns naming an event or a spot, whose place modifier locates the event ("the Helmand
#: battle", "his north Belfast home").
EVENT_NOUNS = {"battle", "attack", "attacks", "fighting", "clashes", "clash", "offensive",
               "bombing", "raid", "violence", "blast", "explosion", "operation", "home", "house",
               "protest", "protests", "rally", "siege", "massacre", "shelling", "airstrike",
               "airstrikes", "strike", "strikes", "ambush", "front", "frontline", "riots"}
#: Dependency labels that open a new clause; a path entering one is leaving the trigger's
#: clause.  Strong ones (relative, reported, adnominal clauses) usually tell of other
#: events; weak ones ("when", "while", "to", coordinated verbs) often share the place.
STRONG_CLAUSE_DEPS = {"ccomp", "relcl", "parataxis", "acl", "csubj"}
WEAK_CLAUSE_DEPS = {"advcl", "xcomp", "pcomp"}
#: Edges of a prepositional chain cost less than other edges ("in a field near the edge
#: of Tartu" is one long locative phrase).
PREP_EDGE_DEPS = {"prep", "pobj"}
#: Dependency labels by which a place names an actor (its subject) rather than a location.
ACTOR_DEPS = {"nsubj", "agent", "dobj", "dative"}

# Scores.
BASE_SCORE = 3.0
DISTANCE_WEIGHT = 0.5       # per dependency edge between place and trigger
AT_PREP_BONUS = 2.0         # governed by in/at/near/outside...
MOTION_PREP_BONUS = 0.5     # governed by from/to/into...
OF_PLACE_BONUS = 1.5        # "the town of Kidal", "outskirts of Aleppo"
PLACE_HEAD_BONUS = 1.5      # modifies a place noun: "a Baghdad market", "Idlib province"
CLAUSE_PENALTY = 2.0        # per strong clause boundary crossed away from the trigger
WEAK_CLAUSE_PENALTY = 0.75  # per weak clause boundary
SUBJECT_MODIFIER_PENALTY = 1.5  # place inside the trigger's subject phrase describes the participant
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
PREP_EDGE_WEIGHT = 0.25     # per prep/pobj edge (instead of DISTANCE_WEIGHT)
ACTOR_PENALTY = 3.0         # subject/object of a verb: "Moscow warned", "attacked Russia"
ACTOR_MODIFIER_PENALTY = 3.0  # inside an actor noun phrase: "Kabul police", "Damascus government"
OTHER_SENTENCE_PENALTY = 4.0  # place outside the trigger's sentence (never chosen on its own)
MIN_SCORE = 0.5             # below this the sentence gives no event place
LINEAR_TIEBREAK = 0.01      # per token of distance, breaks ties towards the nearer place


def _token_for(doc: Doc, start: int, end: int) -> Optional[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _ancestors_path(tok: Token) -> list[Token]:
    """tok, its head, its head's head ... up to the root."""
    path = [tok]
    while path[-1].head.i != path[-1].i and len(path) < 60:
        path.append(path[-1].head)
    return path


def _tree_path(a: Token, b: Token) -> tuple[list[Token], list[Token]]:
    """The two half paths from a and b up to (not including) their lowest common ancestor,
    and the ancestor last in the first list's partner: (a..below LCA, b..below LCA)."""
    pa, pb = _ancestors_path(a), _ancestors_path(b)
    ib = {t.i: k for k, t in enumerate(pb)}
    for k, t in enumerate(pa):
        if t.i in ib:
            return pa[:k + 1], pb[:ib[t.i] + 1]
    return pa, pb


def _attachment(tok: Token) -> Token:
    """The top of the place's own noun phrase: "Ashmi" in "in the village of Ashmi" -> village,
    "Nineveh" in "Nineveh province" -> province.  Distances are measured from here."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            break
        if cur.dep_ in ("compound", "nmod", "appos", "poss") and head.lower_ in PLACE_HEAD_WORDS:
            cur = head
        elif cur.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_HEAD_WORDS:
            cur = head.head
        else:
            break
    return cur


def _governing_prep(tok: Token) -> Optional[Token]:
    """The preposition a place hangs from, climbing through compounds and appositions
    ("in the city of Homs" -> in, "near Aleppo's airport" -> near)."""
    cur = _attachment(tok)
    for _ in range(4):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.pos_ in ("NOUN", "PROPN", "ADV", "ADP"):
            if cur.head.head.lower_ in ("outside", "outskirts", "part", "parts", "west", "east", "north", "south", "center", "centre", "heart"):
                cur = cur.head.head
                continue
        if cur.dep_ == "pobj" and cur.head.pos_ in ("ADP", "SCONJ"):
            return cur.head
        if cur.dep_ in ("compound", "appos", "poss", "nmod", "amod", "conj", "npadvmod") and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ == "pobj" and cur.head.lower_ == "of":
            cur = cur.head.head
            continue
        break
    return None


def _is_actor_modifier(tok: Token) -> bool:
    """Place word inside an actor's noun phrase: 'Kabul police', 'the Damascus regime'."""
    cur = tok
    while cur.dep_ in ("compound", "poss", "amod", "nmod") and cur.head.i != cur.i:
        head = cur.head
        if head.lower_ in PLACE_HEAD_WORDS or head.lower_ in EVENT_NOUNS:
            return False
        if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("GPE", "LOC", "FAC"):
            # "outside the UN's Baghdad headquarters", "patrolled Venezuela's oil fields":
            # a noun that is itself a location keeps its place modifier a location
            if head.dep_ == "pobj" and head.head.lower_ in AT_PREPS:
                return False
            if head.dep_ == "dobj" and head.head.lemma_ in TERRITORY_VERBS:
                return False
            return True
        cur = head
    return False


TERRITORY_OBJECT_BONUS = 3.0  # "captured Mazar-e-Sharif": the object is where it happened
ORIGIN_PENALTY = 2.0          # a place hanging from a person/group noun says where they are from


def _has_located_prep(verb: Token) -> bool:
    """The verb has its own "in/at <Place>": then an unknown object name is a captive, not
    the place ("captured Ocalan in Kenya")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in AT_PREPS:
            if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in child.subtree):
                return True
    return False


def place_score(doc: Doc, trigger: Token, place: Place, place_tok: Token) -> float:
    anchor = _attachment(place_tok)
    verb = anchor.head
    if anchor.dep_ in ("dobj", "nsubjpass") and verb.lemma_ in TERRITORY_VERBS and (
            verb.i == trigger.i or trigger.head.i == verb.i or verb.head.i == trigger.i) and (
            place.geonameid is not None or not _has_located_prep(verb)):
        return BASE_SCORE + TERRITORY_OBJECT_BONUS - DISTANCE_WEIGHT * (verb.i != trigger.i)
    place_tok = anchor
    up_place, up_trigger = _tree_path(place_tok, trigger)
    lca = up_place[-1]
    edges = up_place[:-1] + up_trigger[:-1]
    score = BASE_SCORE - sum(PREP_EDGE_WEIGHT if t.dep_ in PREP_EDGE_DEPS else DISTANCE_WEIGHT
                             for t in edges)
    prep = _governing_prep(place_tok)
    if prep is not None:
        word = prep.lower_
        if word in AT_PREPS:
            score += AT_PREP_BONUS
        elif word in MOTION_PREPS:
            score += MOTION_PREP_BONUS
        if word in MOTION_PREPS | {"for", "with", "by", "including"} and prep.head.pos_ in ("NOUN", "PROPN") \
                and prep.head.lower_ not in PLACE_HEAD_WORDS | EVENT_NOUNS:
            score -= ORIGIN_PENALTY  # "settlers from Hebron", "pressure on Russia"
        elif word == "of" and prep.head.lower_ in PLACE_HEAD_WORDS | {"outskirts", "west", "east", "north", "south"}:
            score += OF_PLACE_BONUS
    elif place_tok.dep_ in ("compound", "nmod", "poss") and place_tok.head.lower_ in PLACE_HEAD_WORDS | EVENT_NOUNS:
        score += PLACE_HEAD_BONUS
    elif place_tok.dep_ in ("npadvmod", "appos") or place_tok.dep_ == "ROOT":
        score += 0.0
    # clause boundaries crossed on the place's side (not counting the LCA itself)
    strong = sum(1 for t in up_place[:-1] if t.dep_ in STRONG_CLAUSE_DEPS)
    weak = sum(1 for t in up_place[:-1] if t.dep_ in WEAK_CLAUSE_DEPS
               or (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")))
    strong += sum(1 for t in up_trigger[:-1] if t.dep_ in ("relcl", "ccomp", "parataxis"))
    score -= CLAUSE_PENALTY * strong + WEAK_CLAUSE_PENALTY * weak
    if len(up_place) >= 2 and lca.i == trigger.i and up_place[-2].dep_ in SUBJECT_DEPS \
            and up_place[-2].i != place_tok.i:
        score -= SUBJECT_MODIFIER_PENALTY  # "the fighting in Chad has displaced", "the gang leader in Cali was shot"
    if prep is None and place_tok.dep_ in ACTOR_DEPS:
        score -= ACTOR_PENALTY
    if prep is None and place_tok.dep_ == "poss" and place_tok.head.lower_ not in PLACE_HEAD_WORDS:
        score -= ACTOR_MODIFIER_PENALTY / 2
    if _is_actor_modifier(place_tok):
        score -= ACTOR_MODIFIER_PENALTY
    if lca.i != trigger.i and lca.i != place_tok.i and trigger.sent.start != place_tok.sent.start:
        score -= OTHER_SENTENCE_PENALTY
    score -= LINEAR_TIEBREAK * abs(place_tok.i - trigger.i)
    return score


#: Rank of a resolution level: the most specific place of a nested phrase is the event's
#: place ("Lucciana, in upper Corsica", "Iraq's Nineveh province").  Unresolved names are
#: usually small places the gazetteer lacks.
SPECIFICITY = {None: 3, "city": 2, "province": 1, "country": 0}
#: Named buildings rank below the town they stand in ("the Danish Consulate in Quito").
FACILITY_WORDS = {"embassy", "hotel", "consulate", "building", "office", "offices", "headquarters",
                  "ministry", "parliament", "hospital", "university", "school", "mosque", "church"}
FACILITY_SPECIFICITY = 1.5
#: Places scoring within this margin of the best are near-ties: the most specific wins.
NEAR_TIE_MARGIN = 0.0
#: Places within this many tree edges of each other, with no verb between, form one phrase.
PHRASE_MAX_EDGES = 4


def _same_phrase(a: Token, b: Token) -> bool:
    up_a, up_b = _tree_path(a, b)
    if len(up_a) + len(up_b) - 2 > PHRASE_MAX_EDGES:
        return False
    between = up_a[1:] + up_b[1:]
    return not any(t.pos_ in ("VERB", "AUX") for t in between)


def scored_places(doc: Doc, trigger_start: int, trigger_end: int,
                  places: list[Place]) -> list[tuple[float, Place, Token]]:
    """(score, place, token) for each place in the trigger's sentence, best first."""
    trigger = _token_for(doc, trigger_start, trigger_end)
    if trigger is None:
        return []
    sent = trigger.sent
    out = []
    for place in places:
        if not (sent.start_char <= place.start < sent.end_char):
            continue
        if place.start < trigger_end and trigger_start < place.end:
            continue  # the trigger itself ("the Paris attack" names the event, not here)
        tok = _token_for(doc, place.start, place.end)
        if tok is None:
            continue
        out.append((place_score(doc, trigger, place, tok), place, tok))
    out.sort(key=lambda x: -x[0])
    return out


def choose_event_place(doc: Doc, trigger_start: int, trigger_end: int,
                       places: list[Place], min_score: float = None) -> Optional[Place]:
    """The place where the event whose trigger is at [trigger_start, trigger_end) happened,
    or None when its sentence names none."""
    threshold = MIN_SCORE if min_score is None else min_score
    scored = scored_places(doc, trigger_start, trigger_end, places)
    if not scored or scored[0][0] < threshold:
        return None
    best_score, best, best_tok = scored[0]
    phrase = [(p, t) for s, p, t in scored
              if _same_phrase(best_tok, t) or s >= best_score - NEAR_TIE_MARGIN]
    phrase.sort(key=lambda pt: _phrase_rank(pt[0], pt[1]))
    return phrase[0][0] if phrase else best


def _depth(tok: Token) -> int:
    return len(_ancestors_path(tok))


def _phrase_rank(place: Place, tok: Token) -> tuple:
    """Within one location phrase the syntactic head is the most specific place ("Tabag
    village in Uruzgan", "Dagestan's capital Makhachkala"); then non-possessives, then the
    finer resolution level, then the later name ("Miami's Little Havana neighborhood")."""
    top = _attachment(tok)
    return (_depth(top), tok.dep_ == "poss", -_specificity(place), -place.start)


def _specificity(place: Place) -> float:
    last = place.extracted_place.split()[-1].lower() if place.extracted_place.split() else ""
    if place.resolution is None and last in FACILITY_WORDS:
        return FACILITY_SPECIFICITY
    return SPECIFICITY.get(place.resolution, 3)


def event_places_component(doc: Doc) -> Doc:
    places = base.layer(doc, "places")
    for event in base.layer(doc, "events"):
        if event.trigger_start < 0:
            continue
        event.event_loc = choose_event_place(doc, event.trigger_start, event.trigger_end, places)
    return doc


@Language.factory("sanderling_event_places", requires=["doc._.sanderling_events", "doc._.sanderling_places"],
                  assigns=["doc._.sanderling_events"])
def make_event_places(nlp: Language, name: str):
    """nlp.add_pipe("sanderling_event_places"); also found through the spacy_factories entry point."""
    return event_places_component
