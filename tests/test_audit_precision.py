"""scripts/audit_precision.py --tally: the strict count and the guide reading of a judged sheet."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_script():
    spec = importlib.util.spec_from_file_location("audit_precision", ROOT / "scripts" / "audit_precision.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SHEET = """# Precision audit: 4 of 9 events

## 1. a-1  ASSAULT/  2020-01-01
verdict: right

## 2. a-1  CONSULT/  2020-01-02 ['future']
verdict: wrong
guide: right

## 3. a-2  REQUEST/  2020-01-01
verdict: wrong

## 4. a-2  AGREE/  2020-01-01
verdict:
"""


def test_tally_counts_strict_and_guide_readings(tmp_path, capsys):
    sheet = tmp_path / "sheet.md"
    sheet.write_text(SHEET, encoding="utf-8")
    assert load_script().tally(sheet) == 0
    out = capsys.readouterr().out
    assert "1 of 3 judged events right: precision 0.33 (1 unjudged)" in out
    assert "guide reading ('guide:' marks): 2 of 3 right: precision 0.67" in out


def test_tally_without_guide_marks_prints_one_figure(tmp_path, capsys):
    sheet = tmp_path / "sheet.md"
    sheet.write_text(SHEET.replace("guide: right\n", ""), encoding="utf-8")
    assert load_script().tally(sheet) == 0
    assert "guide reading" not in capsys.readouterr().out


def test_tally_of_an_unjudged_sheet_names_the_fix(tmp_path, capsys):
    sheet = tmp_path / "sheet.md"
    sheet.write_text("# empty\n\n## 1. a  ASSAULT/\nverdict: \n", encoding="utf-8")
    assert load_script().tally(sheet) == 2
    assert "write 'verdict: right'" in capsys.readouterr().err
