"""Coding time grows linearly with text length for adversarial input (issue 8, item 6).

Each kind of text (benchmarks/adversarial.py: quotation marks around or between sentences,
dots, one long word, photo-credit tails, a huge capitalised label, emoji runs, ...) is
coded at 10,000 and 100,000 characters. Every one of them once took minutes or never
finished. CPU time of this process is compared (other processes on a shared machine do
not count). No 100,000-character text may take more than MAX_SECONDS in all, and 10x the
text may cost our own pipeline components at most MAX_RATIO times their time: spaCy's
parse of one huge Doc itself grows faster than the text on some kinds (x25 measured for
spaced dots, only quotation marks, brackets: numpy stacking in tok2vec), which is not ours to
fix and would hide ours; a cost of ours that grows with the square of the text (a title
lookup over every earlier mention, round 32: x50 on our components) stands out.
"""
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from adversarial import KINDS  # noqa: E402

from sanderling.pipeline import code_text  # noqa: E402

pytestmark = pytest.mark.slow

#: Linear would be 10; quadratic 100. Generous for noise and for fixed costs at 10k.
MAX_RATIO = 25
#: CPU seconds for one 100,000-character text (the worst kind, 100,000 emoji tokens, takes
#: about a third of this on one idle core).
MAX_SECONDS = 150


def cpu_time(text: str, nlp) -> float:
    t0 = time.process_time()
    code_text(text, id="adversarial", published="2026-01-15", nlp=nlp)
    return time.process_time() - t0


def own_cpu_time(text: str, nlp) -> float:
    """CPU seconds spent in Sanderling's pipeline components (spaCy's own left out)."""
    doc = nlp.make_doc(text)
    doc._.sanderling_article_id = "adversarial"
    doc._.sanderling_published = "2026-01-15"
    own = 0.0
    for name, proc in nlp.pipeline:
        t0 = time.process_time()
        doc = proc(doc)
        if name.startswith("sanderling_"):
            own += time.process_time() - t0
    return own


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_cost_is_linear(kind, nlp):
    cpu_time(KINDS[kind](2_000), nlp)                     # warm-up (lazy lexicons)
    total = cpu_time(KINDS[kind](100_000), nlp)
    assert total < MAX_SECONDS, f"{kind}: {total:.1f} s for 100,000 characters"
    small = max(own_cpu_time(KINDS[kind](10_000), nlp), 0.05)
    big = own_cpu_time(KINDS[kind](100_000), nlp)
    if big / small >= MAX_RATIO:
        # once more, keeping the faster of two runs of each: on a busy machine one slow run
        # (caches shared with other processes) is noise; a cost that grows faster than the
        # text fails twice
        small = min(small, max(own_cpu_time(KINDS[kind](10_000), nlp), 0.05))
        big = min(big, own_cpu_time(KINDS[kind](100_000), nlp))
    assert big / small < MAX_RATIO, \
        f"{kind}: our components 10k {small:.2f} s, 100k {big:.2f} s (x{big / small:.1f})"
