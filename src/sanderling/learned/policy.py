"""How the classifier's probabilities change the rule coder's event types in one sentence.

One place for the decision, used both by the spaCy component (on Event records) and by the
training script (on type sets, to choose the thresholds on out-of-fold tuning figures):

- filter:  a rule event whose type the classifier gives less than ``filter_below`` in its
           sentence is dropped ...
- correct: ... unless another type reaches ``correct_above`` there: then it takes that type.
- add:     a type at ``add_above`` or more that no rule event in the sentence has is added;
           ``add_by_type`` may set a type's own threshold (the classifier is good at some
           types, e.g. attacks, and poor at others, so one threshold for all would either
           miss the good ones or flood the poor ones). With ``add_only_empty`` it adds only
           to sentences where the rules found no event: where they found one they are
           mostly right, and a second, learned type there is mostly a false alarm.

A threshold above 1 switches its step off.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

COMPONENT = "sanderling_event_classifier"


@dataclass(frozen=True)
class Thresholds:
    filter_below: float = 0.0
    add_above: float = 1.01
    correct_above: float = 1.01
    add_by_type: dict = field(default_factory=dict)
    add_only_empty: bool = False

    def add_threshold(self, etype: str) -> float:
        return self.add_by_type.get(etype, self.add_above)

    def to_dict(self) -> dict:
        return asdict(self)


def correction(rule_type: str, probs: dict[str, float], taken: set[str], th: Thresholds) -> str | None:
    """The type a filtered rule event takes instead, or None (it is dropped)."""
    best = max((t for t in probs if t != rule_type and t not in taken), key=lambda t: probs[t], default=None)
    if best is not None and probs[best] >= th.correct_above:
        return best
    return None


def keep(rule_type: str, probs: dict[str, float], th: Thresholds) -> bool:
    return probs.get(rule_type, 1.0) >= th.filter_below


def additions(present: set[str], probs: dict[str, float], th: Thresholds) -> list[str]:
    """Types the classifier is confident of and no event in the sentence has, most probable first."""
    if th.add_only_empty and present:
        return []
    return sorted((t for t, p in probs.items() if p >= th.add_threshold(t) and t not in present),
                  key=lambda t: (-probs[t], t))


def apply_types(rule_types: set[str], probs: dict[str, float], th: Thresholds) -> set[str]:
    """The sentence's set of types after the post-step (what the training script scores)."""
    out: set[str] = set()
    for t in sorted(rule_types):
        if keep(t, probs, th):
            out.add(t)
        else:
            u = correction(t, probs, rule_types | out, th)
            if u is not None:
                out.add(u)
    return out | set(additions(out, probs, th))
