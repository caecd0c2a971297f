"""Direct and reported speech -> doc._.sanderling_quotes (records.Quote).

Direct quotes are found from the quotation marks (straight, curly and the NYT-style '' pair),
paired per paragraph, with a paragraph that leaves a quote open continued by the next one
when that opens with a quote mark. Each quote then looks for its cue in the text around it,
inside its own sentence: after it ("...," the minister said / said the minister) or before it
(He added: "..."). A quote sharing its cue with the quote before it ("A," she said, "B.") or
carrying no cue of its own right after an attributed quote is the SAME attribution: the
earlier quote is extended over it (PolNeAR annotates one attribution with several content
spans; we keep the envelope, so ``content == text[start:end]`` and contains the marks).

Reported speech (direct=False) comes from the parse: a cue verb with a clausal complement
("X said (that) ...", "X warned that ...") or "according to X, ...".

The speaker is the subject of the cue verb, resolved to an entity of the actors layer when
one lies under it; pronouns the actors layer left alone fall back to the latest speaker of
a compatible gender; role nouns ("the spokesman") stay as they are.
"""
from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import base
from ..records import EntityRef, Quote
from .events.implied import country_mentions

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "quotes_cues.json"
_LEX = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
CUE_FORMS = {f: lemma for lemma, forms in _LEX["verbs"].items() for f in forms}
INDIRECT_LEMMAS = set(_LEX["indirect_verbs"])
BELIEF_FORMS = {f: lemma for lemma, forms in _LEX["belief_verbs"].items() for f in forms}
PRONOUN_GENDER = _LEX["pronouns"]
PARTICLE_VERBS = _LEX["particle_verbs"]
OBJECT_FORMS = {f for forms in _LEX["object_verbs"].values() for f in forms}
INTENT_FORMS = {f: lemma for lemma, forms in _LEX["intent_verbs"].items() for f in forms}   # cue only with its particle: "pointed out", "went on"

#: After a quote the cue must come early, appositives included:
#: "...," Jo Smith, director of the institute and a former envoy to the region, said.
MAX_CUE_TOKENS_AFTER = 32
#: A speaker longer than this is a parse accident, not a name or a role.
MAX_SPEAKER_TOKENS = 14
#: Quoted stretches shorter than this (in words) with no cue are titles or scare quotes.
MIN_CUELESS_WORDS = 6
#: A quoted phrase of fewer words is only a direct quote when a cue stands right next to it.
MIN_DIRECT_WORDS = 3

OPEN_MARKS = {"“", "„", "``"}
CLOSE_MARKS = {"”"}
QUOTE_MARK_RE = re.compile(r"''|``|[\"“”„]")
# Words whose trailing period does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
    "adm", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "v", "jan", "feb",
    "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "pres", "gens", "messrs",
    "mass", "calif", "fla", "ill", "pa", "va", "wash", "ariz", "conn", "md", "mich", "minn", "nev",
    "tenn", "ore", "okla", "ky", "la", "ga", "ala", "colo", "del", "ind", "kan", "miss", "mo",
    "mont", "neb", "wis", "wyo", "e.g", "i.e", "etc", "approx", "est", "ft", "u.s", "u.n", "u.k",
}
#: A match starts only where a run of end marks starts (the lookbehind): inside a run of
#: 100,000 dots every position would otherwise retry the run, quadratic in its length.
SENTENCE_END_RE = re.compile(r"(?<![.!?])([.!?]+)([\"”'’)]*)(\s+)(?=[\"“'‘(\[]*[A-Z0-9])")
WORD_BEFORE_RE = re.compile(r"([A-Za-z.]+)$")
#: The word before a full stop is looked for in this many characters only: abbreviations
#: are short, and a backward search over the whole text is quadratic on long words.
WORD_BEFORE_WINDOW = 40
# Text between a cue and the opening mark that still leaves the quote standing on its own.
LEAD_IN_END_RE = re.compile(r"(?:[:,;—–-]|\bthat|\bsaying|\bas follows)\s*$", re.I)
TRAIL_PUNCT = ",.;:!?—–-"
PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "it", "you"}
FEMALE_HINTS = re.compile(r"\b(Mrs|Ms|Miss|Madam|Queen|Lady|spokeswoman|congresswoman|chairwoman|"
                          r"businesswoman|sister|mother|wife|daughter|she|her)\b", re.I)
MALE_HINTS = re.compile(r"\b(Mr|Sir|King|Lord|spokesman|congressman|chairman|businessman|"
                        r"brother|father|husband|son|he|his)\b", re.I)


@dataclass
class QuoteSpan:
    """A quoted stretch of text, marks included, and the paragraph it opens in."""
    start: int
    end: int
    para: int
    closed: bool = True


@dataclass
class Cue:
    token_start: int          # token indices of the cue words in the Doc
    token_end: int
    speaker: Optional[Span] = None
    kind: str = "verb"        # verb | according


@dataclass
class Attribution:
    start: int
    end: int
    para: int
    cue: Optional[Cue]
    direct: bool = True
    pieces: list = field(default_factory=list)
    home: Optional[str] = None   # a letter writer's country, from the place line under the signature


# --------------------------------------------------------------------------- paragraphs
def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """Line-based paragraphs (news bodies put one paragraph per line), blank lines skipped."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def sentence_starts(text: str) -> list[int]:
    """Offsets where a new sentence begins (regex; the parser stumbles on quotes)."""
    starts = []
    for m in SENTENCE_END_RE.finditer(text):
        if m.group(1) == "." and not m.group(2):
            word = word_before(text, m.start())
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        starts.append(m.end())
    return starts


def word_before(text: str, end: int) -> str:
    """The lower-cased word of letters and dots ending at ``end`` ("" when there is none or
    when it is longer than WORD_BEFORE_WINDOW, which no abbreviation is)."""
    lo = max(0, end - WORD_BEFORE_WINDOW)
    w = WORD_BEFORE_RE.search(text, lo, end)
    if w is None or (w.start() == lo and lo > 0 and WORD_BEFORE_RE.match(text[lo - 1])):
        return ""
    return w.group(1).lower().rstrip(".")


# --------------------------------------------------------------------------- quote marks
def mark_kind(text: str, start: int, end: int) -> str:
    """open | close | either, from the mark itself or from the spaces around it."""
    mark = text[start:end]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if mark in OPEN_MARKS:
        # a typo'd opening mark that closes: ... "Mostly False.“
        return "close" if (not before.isspace() and after.isspace() and before in ".,!?") else "open"
    if mark in CLOSE_MARKS:
        # a typo'd closing mark that opens a paragraph: ”Fear. I am ...
        return "open" if (before == "\n" or start == 0) and after.isalnum() else "close"
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-"):
        return "close"
    return "either"


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Pair quotation marks paragraph by paragraph; carry an open quote into a paragraph
    that starts with a quote mark (the news convention for multi-paragraph quotes)."""
    spans: list[QuoteSpan] = []
    paras = paragraph_bounds(text)
    pending: Optional[tuple[int, int]] = None  # (start, para) of a quote left open
    for pi, (ps, pe) in enumerate(paras):
        marks = [(m.start(), m.end(), mark_kind(text, m.start(), m.end()))
                 for m in QUOTE_MARK_RE.finditer(text, ps, pe)]
        open_at: Optional[tuple[int, int]] = None
        if pending is not None:
            first = marks[0] if marks else None
            if first and first[2] != "close" and not text[ps:first[0]].strip():
                open_at = pending
                marks = marks[1:]
            else:
                prev_end = paras[pi - 1][1]
                spans.append(QuoteSpan(pending[0], prev_end, pending[1], closed=False))
            pending = None
        depth = 0           # curly quotes nest: “He said “no” twice”
        last_close = None
        for s, e, kind in marks:
            if open_at is None:
                if kind != "close":
                    open_at, depth = (s, pi), 1
            elif kind == "open" and text[s:e] in OPEN_MARKS:
                depth += 1
            elif depth > 1 and text[s:e] in CLOSE_MARKS:
                depth -= 1
                last_close = e
            else:
                spans.append(QuoteSpan(open_at[0], e, open_at[1]))
                open_at, depth = None, 0
        if open_at is not None and depth > 1 and last_close is not None \
                and not text[last_close:pe].strip():
            spans.append(QuoteSpan(open_at[0], last_close, open_at[1]))  # unbalanced nesting
            open_at = None
        if open_at is not None:
            pending = open_at
    if pending is not None:
        spans.append(QuoteSpan(pending[0], paras[-1][1], pending[1], closed=False))
    return spans


# --------------------------------------------------------------------------- cues
def tokens_between(doc: Doc, start: int, end: int) -> Optional[Span]:
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="contract")


def is_cue_token(tok: Token) -> bool:
    if tok.lower_ not in CUE_FORMS or tok.pos_ not in ("VERB", "AUX"):
        return False
    particle = PARTICLE_VERBS.get(CUE_FORMS[tok.lower_])
    if particle is None:
        return True
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == particle   # "pointed out"


def according_to_at(doc: Doc, i: int) -> bool:
    return (doc[i].lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to")


def find_cue(frag: Span, last: bool) -> Optional[Cue]:
    """The first (or last) cue verb or 'according to' inside a text fragment."""
    toks = list(frag)
    order = reversed(range(len(toks))) if last else range(len(toks))
    for k in order:
        tok = toks[k]
        if according_to_at(tok.doc, tok.i) and tok.i + 1 < frag.end:
            return Cue(tok.i, tok.i + 2, kind="according")
        if is_cue_token(tok):
            return Cue(tok.i, tok.i + 1)
    return None


def clean_span(doc: Doc, start: int, end: int) -> Optional[Span]:
    """Trim punctuation, quote marks and spaces from both ends of a token range."""
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in ("and",)):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text != ".":
        end -= 1
    while end > start and doc[end - 1].text in (",", ".", ":", ";"):
        end -= 1
    if end <= start or end - start > MAX_SPEAKER_TOKENS:
        return None
    return doc[start:end]


QUOTE_CHARS = {'"', "“", "”", "''", "``", "„"}
SPEAKER_STOP = {",", "(", "—", "–", ";", ":", "―"}


def cut_at_comma(doc: Doc, start: int, end: int, head: int) -> int:
    """End the speaker at the first comma or bracket after its head (drops appositives)."""
    for j in range(max(head, start), end):
        if doc[j].text in SPEAKER_STOP or doc[j].text in QUOTE_CHARS:
            return j
    return end


NP_POS = {"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"}


def np_before(doc: Doc, i: int, lo: int) -> Optional[Span]:
    """The noun phrase ending right before token i ("the agency" said, "Sen. Jo Smith" told)."""
    j = i
    while j > lo and doc[j - 1].pos_ in ("AUX", "ADV", "PART") and doc[j - 1].tag_ != "POS":
        j -= 1
    end = j
    while j > lo and (doc[j - 1].pos_ in NP_POS or doc[j - 1].tag_ == "POS"
                      or (doc[j - 1].text == "." and j - 2 >= lo and doc[j - 2].pos_ == "PROPN")):
        j -= 1
    return clean_span(doc, j, end) if end > j else None


def np_after(doc: Doc, i: int, hi: int) -> Optional[Span]:
    """The noun phrase starting right after token i (said "the former minister", ...)."""
    j = i + 1
    while j < hi and doc[j].text not in SPEAKER_STOP and doc[j].text not in QUOTE_CHARS \
            and doc[j].text not in (".", "!", "?") and (doc[j].pos_ in NP_POS or doc[j].tag_ == "POS"
                                                        or doc[j].text in ("-", "'s", "of", "&")):
        j += 1
    # "of" may only join nouns: the leader of the party
    while j > i + 1 and doc[j - 1].lower_ in ("of", "&", "-"):
        j -= 1
    return clean_span(doc, i + 1, j) if j > i + 1 else None


def subject_of(verb: Token, lo: int, hi: int) -> Optional[Span]:
    """The nsubj of a cue verb (or of the verb it hangs from), limited to tokens [lo, hi)."""
    doc = verb.doc
    cand = verb
    for _ in range(4):
        for child in cand.children:
            if child.dep_ in ("nsubj", "nsubjpass") and lo <= child.i < hi:
                left = max(child.left_edge.i, lo)
                right = min(child.right_edge.i + 1, hi)
                right = cut_at_comma(doc, child.i, right, child.i)
                if child.i < verb.i:
                    right = min(right, verb.i)
                    left = max(left, cut_before_comma(doc, left, child.i))
                return clean_span(doc, left, max(right, child.i + 1))
        if cand.dep_ == "acl" and lo <= cand.head.i < hi and cand.head.pos_ in ("PROPN", "NOUN"):
            head = cand.head                   # footage of Jo Smith saying, "..."
            return clean_span(doc, max(head.left_edge.i, lo), head.i + 1)
        if cand.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp", "prep", "pobj") and cand.head is not cand:
            cand = cand.head
        else:
            break
    return None


def first_subject(doc: Doc, lo: int, hi: int) -> Optional[Span]:
    """The first nominal subject in [lo, hi): the actor of 'X did Y, saying "..."'."""
    for tok in doc[lo:hi]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("PROPN", "NOUN", "PRON") \
                and tok.lower_ not in ("which", "that", "who", "it"):
            left = cut_before_comma(doc, max(tok.left_edge.i, lo), tok.i)
            return clean_span(doc, left, cut_at_comma(doc, tok.i, min(tok.right_edge.i + 1, hi), tok.i))
    return None


def cut_before_comma(doc: Doc, left: int, head: int) -> int:
    """Start the subject after the last comma before its head ("In 2010, the party" -> "the party")."""
    for j in range(head - 1, left - 1, -1):
        if doc[j].text in SPEAKER_STOP:
            return j + 1
    return left


def speaker_by_position(doc: Doc, cue: Cue, lo: int, hi: int, after_quote: bool) -> Optional[Span]:
    """Fallback when the parse gives no subject: the noun phrase next to the cue."""
    if cue.kind == "according":
        j = cue.token_end
        end = j
        while end < hi and doc[end].text not in (",", ".", ";", ":", "!", "?") \
                and doc[end].text not in QUOTE_CHARS:
            end += 1
        return clean_span(doc, j, end)
    verb = doc[cue.token_start]
    before = np_before(doc, verb.i, lo)
    if before is not None:
        return before
    if after_quote or verb.i == lo or verb.is_sent_start:
        return np_after(doc, verb.i, hi)
    return None


#: Verbs that head a clause of their own; participles in appositives (", one of the firms
#: appealing the ruling,") and relative clauses do not stop the search for the cue.
CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "parataxis", "xcomp"}

DASHES = {"―", "—", "–", "-", "--"}


def dash_byline(doc: Doc, q: QuoteSpan, frag_end: int) -> Optional[Cue]:
    """'"..." ― Jo Smith': a dash and a name after the quote, nothing else."""
    frag = tokens_between(doc, q.end, frag_end)
    if frag is None or len(frag) < 2 or frag[0].text not in DASHES:
        return None
    name_end = frag.start + 1
    while name_end < frag.end and (doc[name_end].pos_ == "PROPN" or doc[name_end].text == "."
                                   or doc[name_end].is_title):
        name_end += 1
    rest = doc[name_end:frag.end].text.strip(" .,\n")
    if name_end == frag.start + 1 or rest:
        return None
    cue = Cue(frag.start, frag.start + 1, kind="dash")
    cue.speaker = clean_span(doc, frag.start + 1, name_end)
    return cue


def cue_after(doc: Doc, q: QuoteSpan, frag_end: int) -> Optional[Cue]:
    """'..., said the minister' / '...,' she added: the cue in the first words after a quote."""
    frag = tokens_between(doc, q.end, frag_end)
    if frag is None or len(frag) == 0:
        return None
    head = doc[frag.start:min(frag.end, frag.start + MAX_CUE_TOKENS_AFTER)]
    cue = find_cue(head, last=False)
    if cue is None:
        return dash_byline(doc, q, frag_end)
    verb = doc[cue.token_start]
    # the words before the cue must read as a subject, not as a new clause with a verb
    for t in doc[frag.start:verb.i]:
        if t.pos_ == "VERB" and t.dep_ in CLAUSE_DEPS:
            return None
    before = [t for t in doc[frag.start:verb.i] if not t.is_punct and t.pos_ not in ("ADV", "AUX")]
    if before and before[-1].lower_ in ("and", "but", "or", "then"):
        return None                        # "Stop!" and said that ...: a new clause
    if cue.kind == "verb" and any(c.dep_ == "ccomp" and c.left_edge.i <= verb.i + 2 < frag.end
                                  for c in verb.children if c.i > verb.i):
        return None                        # "Fox News Sunday," she said she wanted ...
    if cue.kind == "verb":
        cue.speaker = leading_subject(doc, frag.start, verb.i) or \
            subject_of(verb, frag.start, frag.end) or \
            speaker_by_position(doc, cue, frag.start, frag.end, after_quote=True)
    else:
        cue.speaker = speaker_by_position(doc, cue, frag.start, frag.end, after_quote=True)
    return cue


def leading_subject(doc: Doc, start: int, verb: int) -> Optional[Span]:
    """'"...," Jo Smith, 58, a former envoy, told AFP': the words from the closing mark to
    the first comma are the speaker (the parser often takes the object instead)."""
    i = start
    while i < verb and (doc[i].is_punct or doc[i].is_space):
        i += 1
    if i >= verb:
        return None
    end = cut_at_comma(doc, i, verb, i)
    span = clean_span(doc, i, end)
    if span is None or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in span):
        return None
    return span


def colon_cue(doc: Doc, q: QuoteSpan, frag_start: int) -> Optional[Cue]:
    """'Cruz called them on it: "..."' - a clause ending in a colon introduces the quote;
    its subject is the speaker."""
    frag = tokens_between(doc, frag_start, q.start)
    if frag is None or len(frag) < 3 or frag[-1].text != ":":
        return None
    for tok in frag:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") \
                and frag.start <= tok.head.i < frag.end and (
                    tok.pos_ == "PROPN" or tok.lower_ in PERSONAL_PRONOUNS - {"it"}
                    or (tok.pos_ == "NOUN" and tok.ent_type_ in ("ORG", "PERSON", "NORP"))):
            left = max(tok.left_edge.i, frag.start)
            right = cut_at_comma(doc, tok.i, min(tok.right_edge.i + 1, frag.end), tok.i)
            left = cut_before_comma(doc, left, tok.i)
            speaker = clean_span(doc, left, max(right, tok.i + 1))
            if speaker is not None:
                return Cue(frag.end - 1, frag.end, speaker=speaker, kind="colon")
    return None


@dataclass
class LeadIn:
    cue: Cue
    indirect_from: Optional[int] = None   # content starts here instead (that-clause, mid-sentence)


def cue_before(doc: Doc, q: QuoteSpan, frag_start: int) -> Optional[LeadIn]:
    """'He added: "...' / 'She told reporters "...': the cue in the lead-in to the quote."""
    frag = tokens_between(doc, frag_start, q.start)
    if frag is None or len(frag) == 0:
        return None
    cue = find_cue(frag, last=True)
    if cue is None:
        return None
    between = doc[cue.token_end:frag.end]
    if len(between) > MAX_LEAD_IN_GAP:
        return None
    that = [t for t in between if t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "dobj", "det")
            or t.lower_ == "that" and t.i == between.end - 1
            or t.lower_ == "that" and t.nbor(1).text in (",",) + tuple(QUOTE_CHARS)]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return None                        # said the plan "was a disaster": a partial quote
    if not all(hangs_from(t, doc[cue.token_start], frag.end) for t in between):
        return None                        # says voter fraud "would be ...": a partial quote
    if any(not t.is_punct for t in between) and \
            len(text_of(doc)[q.start:q.end].split()) < MIN_DIRECT_WORDS:
        return None                        # wrote a book, "Border Lines": a title
    verb = doc[cue.token_start]
    if cue.kind == "verb":
        cue.speaker = subject_of(verb, frag.start, frag.end) or \
            speaker_by_position(doc, cue, frag.start, frag.end, after_quote=False) or \
            first_subject(doc, frag.start, verb.i)
    else:
        cue.speaker = speaker_by_position(doc, cue, frag.start, frag.end, after_quote=True)
    lead = LeadIn(cue)
    if that:
        lead.indirect_from = that[0].idx
    elif starts_lowercase(text_of(doc), q) and text_of(doc)[between.start_char:q.start].strip() not in (":", ""):
        lead.indirect_from = between.start_char   # said, by contrast, "the plan holds"
    else:
        # content already running before the speaker: "It was, the president said, "..."
        first = cue.speaker.start if cue.speaker is not None else cue.token_start
        prefix = doc[frag.start:first]
        if starts_lowercase(text_of(doc), q) and \
                any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in prefix):
            lead.indirect_from = doc[frag.start].idx
    return lead


#: How a lead-in may end and still leave the quote after it standing on its own.
LEAD_IN_OK = ":—–―("

#: Words allowed between a cue before a quote and its opening mark ("told reporters on Monday:").
MAX_LEAD_IN_GAP = 10


def starts_lowercase(text: str, q: QuoteSpan) -> bool:
    """A quote opening in lower case continues the sentence around it."""
    m = re.search(r"[A-Za-z0-9]", text[q.start:q.end])
    return bool(m) and m.group(0).islower()


def hangs_from(tok: Token, cue: Token, quote_tok: int) -> bool:
    """Does a word between cue and quote depend on the cue (told *reporters*), rather than
    on a word inside the quote (says *voter fraud* "would be ...")?"""
    if tok.is_punct or tok.lower_ == "that":
        return True
    for _ in range(6):
        if tok.i == cue.i:
            return True
        if tok.i >= quote_tok or tok.head is tok:
            return False
        tok = tok.head
    return False


def ends_clause(text: str, q: QuoteSpan, frag_end: int) -> bool:
    """Does the quote end where a clause ends (punctuation inside the marks or right after)?"""
    after = text[q.end:frag_end].lstrip()
    return inner_end(text, q) in TRAIL_PUNCT + "…" or not after or after[0] in TRAIL_PUNCT + ")"


def stands_alone(text: str, lead_in: str) -> bool:
    """Is the quote a sentence of its own, not a phrase inside one?"""
    s = lead_in.strip()
    return not s or s[-1] in ":,;—–-―(" or bool(LEAD_IN_END_RE.search(s))


def inner_end(text: str, q: QuoteSpan) -> str:
    """The last character inside the marks (",", ".", "?", ...)."""
    inner = text[q.start:q.end].rstrip("\"”'` ")
    return inner[-1:]


# --------------------------------------------------------------------------- speakers
def speaker_ref(doc: Doc, span: Span, history: list[EntityRef]) -> EntityRef:
    """Entity under the speaker span, or a pronoun's antecedent, or the surface text."""
    text = span.text
    found = entity_for_span(doc, span)
    if found is not None:
        return found.ref(text)
    if text.lower() in PERSONAL_PRONOUNS and len(span) == 1:
        prior = antecedent(text.lower(), history)
        if prior is not None:
            return EntityRef(text=text, code=prior.code, sector=prior.sector,
                             name=prior.name or prior.text, role=prior.role,
                             entity_id=prior.entity_id)
    return EntityRef(text=text)


#: A mention that misses the speaker's head word must still cover this share of the span
#: ("the Kenyan foreign minister" is not the country Kenya).
MIN_MENTION_COVER = 0.5


def entity_for_span(doc: Doc, span: Span):
    """The entity whose mention holds the speaker's head word, else one covering most of it."""
    head = span.root
    found = base.entity_at(doc, head.idx, head.idx + len(head.text))
    if found is None:
        found = base.entity_at(doc, span.start_char, span.end_char)
        if found is not None:
            m = found[1]
            inter = min(m.end, span.end_char) - max(m.start, span.start_char)
            if inter < MIN_MENTION_COVER * (span.end_char - span.start_char):
                found = None
    return found[0] if found is not None else None


def gender_of(ref: EntityRef) -> Optional[str]:
    blob = " ".join(x for x in (ref.text, ref.name, ref.role) if x)
    if FEMALE_HINTS.search(blob):
        return "f"
    if MALE_HINTS.search(blob):
        return "m"
    return None


def antecedent(pronoun: str, history: list[EntityRef]) -> Optional[EntityRef]:
    """The latest named (non-pronoun) speaker whose gender does not contradict the pronoun."""
    want = PRONOUN_GENDER.get(pronoun)
    if want not in ("m", "f"):
        return None
    for ref in reversed(history):
        if (ref.text or "").lower() in PERSONAL_PRONOUNS and not ref.name:
            continue
        g = gender_of(ref)
        if g is None or g == want:
            return ref
    return None


# --------------------------------------------------------------------------- direct quotes
def lead_in_start(text: str, q: QuoteSpan, paras, sents, prev_end: int) -> int:
    """Where the sentence holding the opening mark starts; a paragraph that opens with the
    quote reaches back into the previous paragraph when that one ends with a colon."""
    ps = paras[q.para][0]
    i = bisect.bisect_right(sents, q.start) - 1
    start = max(ps, prev_end, sents[i] if i >= 0 else 0)
    if start == ps and q.para > 0 and not text[ps:q.start].strip():
        pps, ppe = paras[q.para - 1]
        if text[pps:ppe].rstrip().endswith(":") and prev_end <= pps:
            k = bisect.bisect_right(sents, ppe - 1) - 1
            start = max(pps, sents[k] if k >= 0 else 0)
    return start


def tail_end(text: str, q: QuoteSpan, paras, para_starts, sents, next_start: int) -> int:
    end_para = paras[bisect.bisect_right(para_starts, q.end - 1) - 1][1]
    # a sentence boundary right at the closing mark ("Why?" she asked) does not count
    j = bisect.bisect_right(sents, q.end)
    while j < len(sents) and not text[q.end:sents[j]].strip(" \n'\"”’"):
        j += 1
    return min(end_para, next_start, sents[j] if j < len(sents) else len(text))


def direct_attributions(doc: Doc) -> list[Attribution]:
    text = text_of(doc)
    paras = paragraph_bounds(text)
    para_starts = [p[0] for p in paras]
    sents = sentence_starts(text)
    spans = find_quote_spans(text)
    out: list[Attribution] = []
    for k, q in enumerate(spans):
        prev_end = spans[k - 1].end if k > 0 else 0
        next_start = spans[k + 1].start if k + 1 < len(spans) else len(text)
        lead_start = lead_in_start(text, q, paras, sents, prev_end)
        t_end = tail_end(text, q, paras, para_starts, sents, next_start)
        last_char = inner_end(text, q)
        cue, indirect_from = None, None
        if q.closed and (last_char != "." or continues_lowercase(text, q.end, t_end)):
            cue = cue_after(doc, q, t_end)
        elif q.closed:
            cue = dash_byline(doc, q, t_end)
        from_tail = cue is not None
        if cue is None:
            lead = cue_before(doc, q, lead_start)
            if lead is not None:
                cue, indirect_from = lead.cue, lead.indirect_from
        if cue is None:
            cue = colon_cue(doc, q, lead_start)
        prev = out[-1] if out else None
        if prev is not None and prev.cue is not None and cue is not None \
                and cue.token_start == prev.cue.token_start:
            prev.end = q.end                      # "A," she said, "B."
            prev.pieces.append((q.start, q.end))
            continue
        words = len(text[q.start:q.end].split())
        closes = ends_clause(text, q, t_end) or (from_tail and only_speaker_between(doc, q, cue))
        lead_text = text[lead_start:q.start].strip()
        if cue is None:
            if prev is not None and prev.direct and prev.cue is not None and not lead_text \
                    and closes and words >= MIN_DIRECT_WORDS and continues(text, paras, prev, q):
                prev.end = q.end                  # more of the same speaker's words
                prev.pieces.append((q.start, q.end))
            continue
        if not closes:
            continue                              # "Morning Joe" on Friday: a title inside a clause
        if from_tail and lead_text and lead_text[-1].isalnum() and not starts_lowercase(text, q):
            continue                              # on the broadcast of "Fox News Sunday," he said
        if from_tail and lead_text and lead_text[-1] not in LEAD_IN_OK and starts_lowercase(text, q):
            # With spare pumps in place, "nothing can stop the flow," he said.
            indirect_from = lead_start
        if indirect_from is not None:
            out.append(Attribution(indirect_from, q.end, q.para, cue, False, [(q.start, q.end)]))
            continue
        out.append(Attribution(q.start, q.end, q.para, cue, True, [(q.start, q.end)]))
    return out


def only_speaker_between(doc: Doc, q: QuoteSpan, cue: Cue) -> bool:
    """'"It is a game of inches" Okafor said': nothing but a name between quote and cue
    ('"A challenge" for Clinton, said Kunin' continues the sentence instead)."""
    between = tokens_between(doc, q.end, doc[cue.token_start].idx)
    if between is None:
        return True
    return not any(t.pos_ in ("VERB", "AUX", "SCONJ", "ADP", "CCONJ") for t in between)


def continues_lowercase(text: str, start: int, end: int) -> bool:
    """'"...." the report says' - the sentence goes on after a full stop inside the marks."""
    m = re.match(r"\s*([A-Za-z])", text[start:end])
    return bool(m) and m.group(1).islower()


def continues(text: str, paras: list, prev: Attribution, q: QuoteSpan) -> bool:
    """A cueless quote continues the previous attribution in the same or the next paragraph,
    when nothing but the previous cue stands between them."""
    prev_para = bisect.bisect_right([p[0] for p in paras], prev.end - 1) - 1
    if q.para not in (prev_para, prev_para + 1):
        return False
    if q.para == prev_para + 1:
        ps = paras[q.para][0]
        if text[ps:q.start].strip():
            return False
    return True


# --------------------------------------------------------------------------- reported speech
def clause_span(tok: Token) -> tuple[int, int]:
    """The subtree of a reported clause, stopped before a subjectless coordinated verb
    ("said the vote will go ahead and noted that ...": 'noted' belongs to the speaker)."""
    end = tok.right_edge.i + 1
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            cut = c.left_edge.i
            while cut > tok.i + 1 and tok.doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            end = min(end, cut)
    return tok.left_edge.i, end


def inside_any(i: int, ranges: list[tuple[int, int]]) -> bool:
    for a, b in ranges:
        if a <= i < b:
            return True
    return False


class CharRanges:
    """Character ranges merged once, so that 'is offset i inside one?' is a binary search
    (``inside_any`` over every token and every quote was quadratic on quote-heavy texts)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for a, b in sorted(r for r in ranges if r[1] > r[0]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def __contains__(self, i: int) -> bool:
        k = bisect.bisect_right(self.starts, i) - 1
        return k >= 0 and i < self.ends[k]


def indirect_attributions(doc: Doc, taken_chars: list[tuple[int, int]],
                          used_cues: set[int]) -> list[Attribution]:
    """'X said (that) ...', 'X warned that ...', 'according to X, ...' -> direct=False."""
    out = []
    taken = CharRanges(taken_chars)
    for tok in doc:
        if tok.i in used_cues or tok.idx in taken:
            continue
        if according_to_at(doc, tok.i):
            lo, hi = clause_bounds(tok)
            pobj_end = tok.i + 2
            while pobj_end < hi and doc[pobj_end].text not in (",", ";", ".", "!", "?") \
                    and doc[pobj_end].text not in QUOTE_CHARS:
                pobj_end += 1                  # the source runs to the next comma
            cue = Cue(tok.i, tok.i + 2, kind="according")
            cue.speaker = clean_span(doc, tok.i + 2, pobj_end)
            if tok.i - lo <= 1:                # According to X, CONTENT.
                a, b = pobj_end, hi
            else:                              # CONTENT, according to X.
                a, b = lo, tok.i
            a, b = trim_tokens(doc, a, b)
            if b > a and cue.speaker is not None:
                out.append(Attribution(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), -1, cue, False))
            continue
        if tok.lower_ in CALL_FORMS and tok.pos_ == "VERB":
            att = naming_attribution(tok)
            if att is not None:
                out.append(att)
            continue
        if tok.pos_ == "VERB" and (tok.lower_ in OBJECT_FORMS or tok.lower_ in INTENT_FORMS):
            att = object_attribution(tok)
            if att is not None:
                out.append(att)
                continue
        lemma = CUE_FORMS.get(tok.lower_) or BELIEF_FORMS.get(tok.lower_)
        if lemma is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.lower_ in CUE_FORMS and lemma not in INDIRECT_LEMMAS:
            continue
        lo, hi = clause_bounds(tok)
        subj = subject_of(tok, lo, hi) or np_before(doc, tok.i, lo)
        if subj is None:
            continue
        span = reported_clause(tok, subj)
        if span is None:
            continue
        a, b = span
        cue = Cue(tok.i, tok.i + 1, speaker=subj)
        out.append(Attribution(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), -1, cue, False))
    return out


CALL_FORMS = {"call", "calls", "called", "calling", "dubbed", "dubs", "labelled", "labeled", "branded"}


def naming_attribution(verb: Token) -> Optional[Attribution]:
    """'Clinton called the plan "a disaster"': the object and what it was called."""
    doc = verb.doc
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objs or any(c.dep_ == "prt" for c in verb.children):
        return None                          # called off / called up
    after_obj = objs[0].right_edge.i + 1
    named = any(c.dep_ in ("oprd", "xcomp", "ccomp", "dobj") and c.i > objs[0].i for c in verb.children)
    quoted = any(t.text in QUOTE_CHARS for t in doc[objs[0].i + 1:min(after_obj + 1, len(doc))])
    if not (named or quoted):
        return None                          # "called the police": no name given
    subj = subject_of(verb, *clause_bounds(verb))
    if subj is None or subj.root.lower_ in ("which", "that", "what", "who"):
        return None
    a, b = trim_tokens(doc, objs[0].left_edge.i, verb.right_edge.i + 1)
    if b - a < 2:
        return None
    cue = Cue(verb.i, verb.i + 1, speaker=subj)
    return Attribution(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), -1, cue, False)


def object_attribution(verb: Token) -> Optional[Attribution]:
    """'X criticized the plan' (object), 'X wants to leave' / 'X asked Y to leave' /
    'X called for talks' (the wish) -> reported speech whose content is that phrase."""
    doc = verb.doc
    if verb.lower_ in INTENT_FORMS:
        lemma = INTENT_FORMS[verb.lower_]
        if lemma == "call for":
            heads = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == verb.i + 1]
            heads = [p for h in heads for p in h.children if p.dep_ == "pobj"]
        else:
            heads = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i]
        if not heads:
            return None
        a, b = clause_span(heads[0])
        if lemma != "call for" and doc[a].lower_ != "to" and heads[0].dep_ == "xcomp":
            a = max(a, verb.i + 1)
    else:
        objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if not objs or objs[0].pos_ == "PRON":
            return None
        a, b = objs[0].left_edge.i, objs[0].right_edge.i + 1
    lo, hi = clause_bounds(verb)
    subj = subject_of(verb, lo, hi)
    if subj is None or subj.root.lower_ in ("which", "that", "what", "who", "it"):
        return None
    a, b = trim_tokens(doc, max(a, lo), min(b, hi))
    if b - a < 2:
        return None
    cue = Cue(verb.i, verb.i + 1, speaker=subj)
    return Attribution(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), -1, cue, False)


def label_attributions(doc: Doc) -> list[Attribution]:
    """'PENCE: Well, look ...' / 'Pat Caddell: Voters worried about ...' - a paragraph
    opening with a short name and a colon (transcripts, headlines)."""
    out = []
    for ps, pe in paragraph_bounds(text_of(doc)):
        m = LABEL_RE.match(text_of(doc), ps, pe)
        if m is None:
            continue
        name = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if name is None or not all(t.pos_ == "PROPN" or t.text.isupper() or t.text == "." for t in name):
            continue
        rest = text_of(doc)[m.end():pe].rstrip()
        if len(rest.split()) < MIN_LABEL_WORDS:
            continue
        cs = m.end()
        ce = cs + len(rest)
        colon = doc.char_span(m.end(1), m.end(1) + 1, alignment_mode="expand")
        if colon is None:
            continue
        out.append(Attribution(cs, ce, -1, Cue(colon.start, colon.end, speaker=name, kind="label"),
                               False))
    return out


#: "NAME:" at the start of a paragraph, optionally inside an opening quote mark. Each word
#: is taken whole (the lookahead): a regex free to cut a capitalised word into pieces
#: backtracks through every cut, and a 500-letter token took 82 s.
LABEL_RE = re.compile(r"[\"“'‘]?((?:[A-Z][\w’'.-]*(?![\w’'.-])\s?){1,4}):\s+(?=\S)")
#: A label line needs some words after the colon to be speech, not a list heading.
MIN_LABEL_WORDS = 3


# --------------------------------------------------------------------------- letters pages
#: A section heading of a readers' page: a line of capitals alone ("LETTERS.", "ONLINE COMMENTS.").
SECTION_HEADING_RE = re.compile(r"[A-Z][A-Z&' ]{2,29}\.?")
#: A signature line: a name of two to four capitalised words or initials ("Jo R. Banks."),
#: or a social-media handle ("@jbanks."), alone on its line.
SIGNATURE_RE = re.compile(r"(?:@\w{2,30}|[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?){1,3})\.?")
#: A place line under a signature ("Springfield, Ill."): at most this many words, with a comma.
MAX_PLACE_LINE_WORDS = 5


def is_place_line(line: str) -> bool:
    return "," in line and len(line.split()) <= MAX_PLACE_LINE_WORDS and line[:1].isupper()


def place_country(doc: Doc, start: int, end: int) -> Optional[str]:
    """The country of the first place the places layer resolved in [start, end)."""
    for p in base.layer(doc, "places"):
        if start <= p.start < end and p.country_code:
            return p.country_code
    return None


def letter_attributions(doc: Doc) -> list[Attribution]:
    """Readers' letters and posts under a section heading, each closed by its writer's
    signature line: the paragraphs since the heading or the previous signature (and its place
    line) are the writer's words, as if the writer had said them. Without a heading no line
    counts as a signature (a news story may end on a name alone)."""
    text = text_of(doc)
    out: list[Attribution] = []
    in_section, body_start, body_end = False, None, None
    after_signature = False
    for ps, pe in paragraph_bounds(text):
        line = text[ps:pe].strip()
        if SECTION_HEADING_RE.fullmatch(line) and any(c.isalpha() for c in line):
            in_section, body_start, body_end, after_signature = True, None, None, False
            continue
        if not in_section:
            continue
        if after_signature and is_place_line(line):
            if out:
                out[-1].home = place_country(doc, ps, pe)
            continue
        after_signature = False
        if SIGNATURE_RE.fullmatch(line) and body_start is not None:
            name = doc.char_span(ps + (len(text[ps:pe]) - len(text[ps:pe].lstrip())),
                                 ps + len(text[ps:pe].rstrip().rstrip(".")), alignment_mode="expand")
            if name is not None:
                out.append(Attribution(body_start, body_end, -1,
                                       Cue(name.start, name.end, speaker=name, kind="signature"), False))
            body_start, body_end, after_signature = None, None, True
            continue
        if body_start is None:
            body_start = ps
        body_end = pe
    return out


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token, the start and end token of its sentence; computed once per Doc
    (Token.sent walks the whole Doc on every call)."""
    cached = doc.user_data.get(SENT_BOUNDS_KEY)
    if cached is None or len(cached[0]) != len(doc):
        starts, ends = [0] * len(doc), [0] * len(doc)
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                starts[i], ends[i] = sent.start, sent.end
        cached = (starts, ends)
        doc.user_data[SENT_BOUNDS_KEY] = cached
    return cached


SENT_BOUNDS_KEY = "sanderling_quotes_sentence_bounds"
TEXT_KEY = "sanderling_quotes_text"


def text_of(doc: Doc) -> str:
    """Doc.text, joined once per Doc (spaCy rebuilds the string on every access)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = "".join(t.text_with_ws for t in doc)
        doc.user_data[TEXT_KEY] = text
    return text


def clause_bounds(tok: Token) -> tuple[int, int]:
    """The token range of the sentence holding tok, cut at paragraph breaks (the parser
    runs a headline into the paragraph after it)."""
    doc = tok.doc
    sent_start, sent_end = sentence_bounds(doc)
    newlines, token_starts = line_index(doc)
    k = bisect.bisect_left(newlines, tok.idx)        # newlines[k - 1] < tok.idx <= newlines[k]
    para_start = newlines[k - 1] + 1 if k > 0 else 0
    para_end = newlines[k] if k < len(newlines) else len(text_of(doc))
    lo, hi = sent_start[tok.i], sent_end[tok.i]
    # first token of the sentence at or after para_start; last one before para_end
    lo = min(tok.i, max(lo, bisect.bisect_left(token_starts, para_start, lo, hi)))
    hi = max(tok.i + 1, min(hi, bisect.bisect_left(token_starts, para_end, lo, hi)))
    return lo, hi


LINES_KEY = "sanderling_quotes_lines"


def line_index(doc: Doc) -> tuple[list[int], list[int]]:
    """Offsets of every newline and of every token, computed once per Doc (searching the
    text for the nearest newline on each call was quadratic on texts without any)."""
    cached = doc.user_data.get(LINES_KEY)
    if cached is None or len(cached[1]) != len(doc):
        text = text_of(doc)
        cached = ([m.start() for m in re.finditer("\n", text)], [t.idx for t in doc])
        doc.user_data[LINES_KEY] = cached
    return cached


def reported_clause(verb: Token, subj: Span) -> Optional[tuple[int, int]]:
    """The token range of what was reported: the clause after the cue ("said (that) X"),
    or the sentence before it ("X, officials said.")."""
    doc = verb.doc
    after = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    before = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i]
    if after:
        a, b = clause_span(after[0])
        if doc[a].lower_ == "that":
            a += 1
    elif before and verb.lower_ in CUE_FORMS and subj.start > before[0].i:
        a, sent_end = clause_bounds(verb)
        rest = [t for t in doc[verb.i + 1:sent_end] if not t.is_punct]
        if rest and not all(t.dep_ in ("npadvmod", "advmod", "prep", "pobj", "det", "amod",
                                       "compound", "dative", "dobj", "poss", "nummod", "case") for t in rest):
            b = sent_end                    # "X, she said, and Y": the whole sentence
        else:
            b = subj.start                  # "X, she said on Monday."
    elif verb.lower_ in CUE_FORMS and subj.start > verb.i - 3 and is_parenthetical(verb, subj):
        a, b = clause_bounds(verb)            # "This budget, she argues, is fair."
    elif CUE_FORMS.get(verb.lower_) == "say" and subj.end <= verb.i:
        a, b = verb.i + 1, clause_bounds(verb)[1]   # "X says the conflict ... remain": a misparse
        if doc[a].lower_ == "that":
            a += 1
    else:
        return None
    a, b = trim_tokens(doc, a, b)
    return (a, b) if b - a >= 3 else None


def is_parenthetical(verb: Token, subj: Span) -> bool:
    """', he says,' set off by commas inside a sentence that goes on around it."""
    doc = verb.doc
    lo, hi = clause_bounds(verb)
    return (subj.start - 1 > lo and doc[subj.start - 1].text == ","
            and verb.i + 1 < hi - 1 and doc[verb.i + 1].text == ",")


def trim_tokens(doc: Doc, a: int, b: int) -> tuple[int, int]:
    while a < b and (doc[a].is_punct or doc[a].is_space):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space):
        b -= 1
    return a, b


# --------------------------------------------------------------------------- records
def to_quote(doc: Doc, att: Attribution, history: list[EntityRef]) -> Quote:
    cue_text = cue_start = cue_end = None
    speaker = sp_start = sp_end = None
    if att.cue is not None:
        cs = doc[att.cue.token_start:att.cue.token_end]
        cue_text, cue_start, cue_end = cs.text, cs.start_char, cs.end_char
        if att.cue.speaker is not None:
            sp = att.cue.speaker
            speaker = speaker_ref(doc, sp, history)
            if att.cue.kind == "signature":
                speaker = letter_writer(speaker, att.home or article_home(doc))
            sp_start, sp_end = sp.start_char, sp.end_char
            history.append(speaker)
    return Quote(speaker=speaker, cue=cue_text, content=text_of(doc)[att.start:att.end],
                 start=att.start, end=att.end, direct=att.direct, speaker_start=sp_start,
                 speaker_end=sp_end, cue_start=cue_start, cue_end=cue_end)


#: The sector of a letter writer: a private citizen.
WRITER_SECTOR = "CVL"


def article_home(doc: Doc) -> Optional[str]:
    """The state the article's coded mentions name most often (a readers' page of a national
    paper is about its own country's affairs); None on a tie. The counts are the event coder's
    (``implied.country_mentions``), only the tie rule is the writer's own."""
    ranked = country_mentions(doc).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def letter_writer(ref: EntityRef, home: Optional[str]) -> EntityRef:
    """A signature's writer is a private citizen, of the country of the place line under the
    name (else of the article's own country) when the actors layer gave the name none."""
    return EntityRef(text=ref.text, code=ref.code or home, sector=ref.sector or WRITER_SECTOR,
                     name=ref.name or ref.text, role=ref.role, entity_id=ref.entity_id)


def extract_quotes(doc: Doc) -> list[Quote]:
    try:
        direct = direct_attributions(doc)
        taken = [(a.start, a.end) for a in direct]
        used = {a.cue.token_start for a in direct if a.cue is not None}
        spans = [(s.start, s.end) for s in find_quote_spans(text_of(doc))]
        indirect = indirect_attributions(doc, taken + spans, used)
        taken_ranges = CharRanges(taken)
        labels = [a for a in label_attributions(doc) if a.start not in taken_ranges]
        atts = sorted(direct + indirect + labels + letter_attributions(doc), key=lambda a: a.start)
        history: list[EntityRef] = []
        return [to_quote(doc, a, history) for a in atts]
    finally:
        doc.user_data.pop(SENT_BOUNDS_KEY, None)   # private caches, not part of the Doc contract
        doc.user_data.pop(TEXT_KEY, None)
        doc.user_data.pop(LINES_KEY, None)


def quotes_component(doc: Doc) -> Doc:
    doc._.sanderling_quotes = extract_quotes(doc)
    return doc


@Language.factory("sanderling_quotes", requires=["token.dep"],
                  assigns=["doc._.sanderling_quotes"])
def make_quotes(nlp: Language, name: str):
    """nlp.add_pipe("sanderling_quotes"); also found through the spacy_factories entry point."""
    return quotes_component
