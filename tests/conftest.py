"""Shared fixtures: one spaCy pipeline per test session (loading it is the slow part)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = Path(__file__).resolve().parent / "resources"


@pytest.fixture(scope="session")
def nlp():
    from sanderling.nlp import get_nlp
    return get_nlp()


@pytest.fixture(scope="session")
def example_path() -> Path:
    return ROOT / "examples" / "kenya_border_talks.txt"


@pytest.fixture(scope="session")
def events_of():
    from events_support import make_events_of
    return make_events_of()
