"""The eval table prints a silver set whose check part is not annotated yet, and the gap
only where both parts have figures."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import eval_all  # noqa: E402


def test_table_with_a_missing_check_part():
    fig = {"records": 3, "f1": 0.5, "located_f1": 0.25, "p": 0.6, "r": 0.4}
    summary = {"silver_polnear": {"tuning": fig, "check": None},
               "silver_bbc": {"tuning": fig, "check": dict(fig, f1=0.4)}}
    rows = eval_all.table(summary).splitlines()
    pol = [r for r in rows if r.startswith("| silver_polnear")][0]
    assert pol == "| silver_polnear (3/0) | f1 | 0.500 | - | - | - | - |"
    bbc = [r for r in rows if r.startswith("| silver_bbc")][0]
    assert bbc.endswith("| 0.500 | 0.400 | - | -0.100 | - |")


def test_table_prints_the_intervals_it_is_given():
    fig = {"records": 30, "type": 0.8, "dyad": 0.5, "actor": 0.7}
    summary = {"gsr": {"tuning": fig, "check": dict(fig, type=0.7, type_ci=(0.61, 0.78)),
                       "gap_ci": {"type": (-0.21, 0.02)}}}
    row = [r for r in eval_all.table(summary).splitlines() if r.startswith("| gsr")][0]
    assert row == "| gsr (30/30) | type | 0.800 | 0.700 | 0.610 .. 0.780 | -0.100 | -0.210 .. +0.020 |"


def test_every_silver_set_names_a_stored_tuning_file():
    for name, files in eval_all.SILVER.items():
        assert (eval_all.ANNOTATIONS / files[0]).is_file(), name
