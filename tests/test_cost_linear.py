"""Coding time grows linearly with text length for adversarial input (issue 8, item 6).

Each kind of text (benchmarks/adversarial.py: quotation marks around or between sentences,
dots, one long word, photo-credit tails, a huge capitalised label, emoji runs, ...) is
coded at 10,000 and 100,000 characters. Every one of them once took minutes or never
finished. CPU time of this process is compared (other processes on a shared machine do
not count); 10x the text may cost at most MAX_RATIO times the time, and no 100,000-character
text may take more than MAX_SECONDS.
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


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_cost_is_linear(kind, nlp):
    cpu_time(KINDS[kind](2_000), nlp)                     # warm-up (lazy lexicons)
    small = max(cpu_time(KINDS[kind](10_000), nlp), 0.05)
    big = cpu_time(KINDS[kind](100_000), nlp)
    assert big < MAX_SECONDS, f"{kind}: {big:.1f} s for 100,000 characters"
    assert big / small < MAX_RATIO, f"{kind}: 10k {small:.2f} s, 100k {big:.2f} s (x{big / small:.1f})"
