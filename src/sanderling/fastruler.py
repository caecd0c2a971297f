"""The model's attribute ruler, applied through a memo: the same attributes, a fraction of the time.

spaCy's ``AttributeRuler`` (in en_core_web_sm: 179 rules that give each token its
part of speech and morphology from its tag, word and dependency) runs a ``Matcher`` over
the Doc, then for every match builds a ``Span`` and sets the rule's attributes on one token
from Python. Nearly every token matches at least one rule, so in a full coding run it was
about 9% of a Doc's time, more than any Sanderling component.

``MemoAttributeRuler`` keeps the ruler's rules, settings and serialisation and changes only
how a Doc is walked. The rules' token patterns read four things (TAG, LOWER, DEP, IS_SPACE),
so the single-token rules a token matches are a function of those four values: worked out
once per combination by the stock ``Matcher`` itself (on a one-token Doc), then looked up.
The few two-token rules ("gon na", "let 's") are checked where their first token matches.
As in ``AttributeRuler.match``/``set_annotations``, every match is applied in rule order
(later rules win), and the result is written with one ``from_array`` (POS, MORPH, LEMMA,
TAG; a DEP rule, which only whitespace tokens meet, is set token by token). Any rule shape
this module does not know (patterns on other attributes, longer patterns) makes it fall
back to the stock ruler for the whole pipeline, so it is never wrong, only not faster.
``tests/test_fastruler.py`` checks every attribute of every token against the stock ruler.
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

#: The token attributes a rule pattern may read for the memo to be exact.
KEY_ATTRS = {"TAG", "LOWER", "DEP", "IS_SPACE"}
#: where each attribute written with from_array sits in its columns
COLUMN = {POS: 0, MORPH: 1, LEMMA: 2, TAG: 3}
#: The attributes a rule may set that we write (DEP token by token); any other: stock ruler.
WRITABLE = set(COLUMN) | {DEP}
#: A memo past this many (tag, word, dependency, space) combinations is emptied and refilled.
MEMO_MAX = 500_000


def _token_ok(spec: dict, strings: dict) -> bool:
    """One token pattern of the ruler (equality, IN, NOT_IN, REGEX) against a token's values."""
    for key, want in spec.items():
        have = strings[key]
        if isinstance(want, dict):
            for op, arg in want.items():
                if op == "IN" and have not in arg:
                    return False
                if op == "NOT_IN" and have in arg:
                    return False
                if op == "REGEX" and not re.search(arg, str(have)):
                    return False
                if op not in ("IN", "NOT_IN", "REGEX"):
                    raise ValueError(op)
        elif have != want:
            return False
    return True


class MemoAttributeRuler(AttributeRuler):
    """AttributeRuler whose __call__ looks matches up in a memo (see the module doc)."""

    def _memo_setup(self) -> bool:
        """Split the rules into one-token and two-token ones; False when a rule is of a shape
        the memo cannot reproduce exactly (then the stock __call__ runs)."""
        state = self.__dict__.get("_sanderling_rules")
        if state is not None:
            return state["ok"]
        single, double, ok = Matcher(self.vocab), [], True
        for rule_id, rule in enumerate(self.patterns):
            for pattern in rule["patterns"]:
                keys = {k for spec in pattern for k in spec}
                if not keys <= KEY_ATTRS or any(k not in WRITABLE for k in self.attrs[rule_id]) \
                        or len(pattern) not in (1, 2) or not isinstance(pattern, list):
                    ok = False
                elif len(pattern) == 1:
                    single.add(str(rule_id), [pattern])
                else:
                    double.append((rule_id, pattern, rule["index"]))
        self.__dict__["_sanderling_rules"] = {"ok": ok, "single": single, "double": double, "memo": {}, "fold": {}}
        return ok

    def _single_rules(self, strings: dict) -> tuple:
        """Rule ids of the one-token rules a token with these values matches (stock Matcher)."""
        state = self.__dict__["_sanderling_rules"]
        words = [strings["LOWER"] or " "]
        one = Doc(self.vocab, words=words, spaces=[False])
        tok = one[0]
        tok.tag_ = strings["TAG"]
        tok.dep_ = strings["DEP"]
        if strings["IS_SPACE"] != tok.is_space or tok.lower_ != strings["LOWER"]:
            return None             # the one-token stand-in does not read the same: no memo
        found = sorted({int(self.vocab.strings[m]) for m, _, _ in state["single"](one, allow_missing=True)})
        return tuple(found)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0 or not self._memo_setup():
            return super().__call__(doc)
        try:
            return self._memo_call(doc)
        except Exception:  # noqa: BLE001  (anything unexpected: the stock path decides)
            return super().__call__(doc)

    def _memo_call(self, doc: Doc) -> Doc:
        state = self.__dict__["_sanderling_rules"]
        memo, fold, double = state["memo"], state["fold"], state["double"]
        if len(memo) > MEMO_MAX:
            memo.clear()
        strings = self.vocab.strings
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        entries = []
        for tag, lower, dep, space in rows:
            key = (tag, lower, dep, space)
            entry = memo.get(key)
            if entry is None:
                vals = {"TAG": strings[tag] if tag else "", "LOWER": strings[lower],
                        "DEP": strings[dep] if dep else "", "IS_SPACE": bool(space)}
                single = self._single_rules(vals)
                if single is None:
                    return super().__call__(doc)
                # which two-token rules this token could open / close
                first = tuple(d for d, (_, pattern, _) in enumerate(double) if _token_ok(pattern[0], vals))
                second = frozenset(d for d, (_, pattern, _) in enumerate(double) if _token_ok(pattern[1], vals))
                entry = memo[key] = (single, first, second)
            entries.append(entry)
        applied = [list(e[0]) for e in entries]
        for i in range(len(entries) - 1):
            for d in entries[i][1]:
                if d in entries[i + 1][2]:
                    rule_id, _, index = double[d]
                    target = i + (index if index >= 0 else 2 + index)
                    applied[target] = sorted(applied[target] + [rule_id])
        columns = doc.to_array(list(COLUMN))
        dep_set = []
        for i, rules in enumerate(applied):
            if not rules:
                continue
            key = tuple(rules)
            attrs = fold.get(key)
            if attrs is None:
                attrs = {}
                for rule_id in rules:         # later rules win, as in set_annotations
                    attrs.update(self.attrs[rule_id])
                fold[key] = attrs
            for attr, value in attrs.items():
                if attr == DEP:
                    dep_set.append((i, value))
                else:
                    columns[i, COLUMN[attr]] = value
        doc.from_array(list(COLUMN), columns)
        for i, value in dep_set:
            doc[i].dep = value
        return doc


def memoise_attribute_ruler(nlp) -> None:
    """Swap the pipeline's attribute ruler for the memoised one (idempotent; a pipeline
    without one is left alone)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if type(ruler) is AttributeRuler:
        ruler.__class__ = MemoAttributeRuler
