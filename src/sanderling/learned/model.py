"""A multi-label logistic regression over sentence features: which PLOVER types a sentence reports.

One weight vector per type over the features of ``features.py``; a sentence's probability
for a type is the logistic of the sum of its features' weights (each scaled by
1/sqrt(number of features), so long sentences do not shout) plus the type's bias.
Training is full-batch Adam on the mean log loss with an L2 penalty, from zero weights: no
random numbers anywhere, so the same data always gives the same weights.

Why not scikit-learn or spaCy's textcat: the model is ~30 lines of numpy (already a spaCy
dependency), needs no new package at run time or training time, and reads parse features
(dependency triples) that spaCy's bag-of-words textcat cannot see. The weights ship as a
small ``.npz`` (float16) plus a JSON file with the vocabulary, labels and thresholds.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..ontology import PLOVER_TYPES

LABELS: tuple[str, ...] = tuple(PLOVER_TYPES)
#: Package folder with the shipped weights (written by scripts/train_event_classifier.py).
PACKAGE_MODEL = "models/event_classifier"


@dataclass
class TypeModel:
    labels: tuple[str, ...]
    vocab: dict[str, int]
    weights: np.ndarray            # (features, labels) float32
    bias: np.ndarray               # (labels,) float32
    meta: dict = field(default_factory=dict)

    def vectorise(self, feats: Iterable[str]) -> np.ndarray:
        return np.array(sorted({self.vocab[f] for f in feats if f in self.vocab}), dtype=np.int64)

    def proba(self, feats: Iterable[str]) -> dict[str, float]:
        """Type -> probability for one sentence's feature set."""
        idx = self.vectorise(feats)
        z = self.bias.astype(np.float64).copy()
        if len(idx):
            z += self.weights[idx].astype(np.float64).sum(axis=0) / np.sqrt(len(idx))
        p = 1.0 / (1.0 + np.exp(-z))
        return {lab: float(p[j]) for j, lab in enumerate(self.labels)}

    def top_feature(self, feats: Iterable[str], label: str, prefix: str = "w:") -> str | None:
        """The feature with the highest weight for ``label`` (used to name a trigger word)."""
        j = self.labels.index(label)
        best, best_w = None, 0.0
        for f in feats:
            if f.startswith(prefix) and f in self.vocab:
                w = float(self.weights[self.vocab[f], j])
                if w > best_w:
                    best, best_w = f, w
        return best

    # --- storage -------------------------------------------------------------------
    def save(self, folder: Path | str) -> None:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        vocab = sorted(self.vocab, key=self.vocab.get)
        np.savez_compressed(folder / "weights.npz", weights=self.weights.astype(np.float16),
                            bias=self.bias.astype(np.float32))
        meta = {**self.meta, "labels": list(self.labels), "vocab": vocab}
        (folder / "model.json").write_text(json.dumps(meta, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                           encoding="utf-8")

    @classmethod
    def load(cls, folder: Path | str | None = None) -> "TypeModel":
        """Load from a folder, or (default) the weights shipped in the package."""
        base = Path(folder) if folder is not None else Path(str(resources.files("sanderling") / PACKAGE_MODEL))
        meta = json.loads((base / "model.json").read_text(encoding="utf-8"))
        with np.load(base / "weights.npz", allow_pickle=False) as npz:
            weights, bias = npz["weights"].astype(np.float32), npz["bias"].astype(np.float32)
        vocab = {f: i for i, f in enumerate(meta.pop("vocab"))}
        labels = tuple(meta.pop("labels"))
        return cls(labels=labels, vocab=vocab, weights=weights, bias=bias, meta=meta)


def build_vocab(feature_sets: Sequence[set[str]], min_count: int) -> dict[str, int]:
    """Features seen in at least ``min_count`` training sentences, in a fixed (sorted) order."""
    counts: dict[str, int] = {}
    for fs in feature_sets:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}


def fit(feature_sets: Sequence[set[str]], label_sets: Sequence[set[str]], *, labels: Sequence[str] = LABELS,
        min_count: int = 2, l2: float = 1e-3, steps: int = 300, lr: float = 0.05,
        class_weight: float = 1.0, sample_weight: Sequence[float] | None = None) -> TypeModel:
    """Train a TypeModel (deterministic: zero start, full batch, fixed step count).
    ``sample_weight``: one weight per training unit (default 1), e.g. less for silver labels."""
    vocab = build_vocab(feature_sets, min_count)
    n, n_lab = len(feature_sets), len(labels)
    rows = [np.array(sorted(vocab[f] for f in fs if f in vocab), dtype=np.int64) for fs in feature_sets]
    lens = np.array([len(r) for r in rows])
    flat = np.concatenate(rows) if n and lens.sum() else np.zeros(0, dtype=np.int64)
    row_of = np.repeat(np.arange(n), lens)
    scale = np.repeat(1.0 / np.sqrt(np.maximum(lens, 1)), lens)
    order = np.argsort(flat, kind="stable")
    uniq, starts = np.unique(flat[order], return_index=True)
    y = np.zeros((n, n_lab))
    for i, ls in enumerate(label_sets):
        for lab in ls:
            if lab in labels:
                y[i, labels.index(lab)] = 1.0
    sw = None if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    w = np.zeros((len(vocab), n_lab))
    b = np.zeros(n_lab)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for t in range(1, steps + 1):
        z = np.zeros((n, n_lab)) + b
        if len(flat):
            contrib = w[flat] * scale[:, None]
            np.add.at(z, row_of, contrib)
        p = 1.0 / (1.0 + np.exp(-z))
        # positives of a type weigh class_weight times a negative: most sentences report nothing
        r = (p - y) * (1.0 + (class_weight - 1.0) * y) / max(n, 1)
        if sw is not None:
            r *= sw[:, None]
        gw = l2 * w
        if len(flat):
            per = (r[row_of] * scale[:, None])[order]
            gw[uniq] += np.add.reduceat(per, starts, axis=0)
        gb = r.sum(axis=0)
        for g, m, v, param in ((gw, mw, vw, w), (gb, mb, vb, b)):
            m *= beta1
            m += (1 - beta1) * g
            v *= beta2
            v += (1 - beta2) * g * g
            param -= lr * (m / (1 - beta1 ** t)) / (np.sqrt(v / (1 - beta2 ** t)) + eps)
    return TypeModel(labels=tuple(labels), vocab=vocab, weights=w.astype(np.float32), bias=b.astype(np.float32),
                     meta={"min_count": min_count, "l2": l2, "steps": steps, "lr": lr,
                           "class_weight": class_weight, "sentences": n})
