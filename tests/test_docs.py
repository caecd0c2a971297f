"""Docs that teach must stay true: every CLI option is in --help with an example, and the
README's two set-up commands exist in the Makefile."""
import re
from pathlib import Path

from sanderling.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def test_docs_readme_names_exactly_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text()
    block = readme.split("## Set up", 1)[1].split("```")[1]
    commands = [l.split("#")[0].strip() for l in block.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_docs_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_docs_code_help_has_examples_and_every_option():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices["code"]
    text = sub.format_help()
    assert "Examples:" in text
    for action in sub._actions:
        for flag in action.option_strings:
            assert flag in text


def test_docs_schema_doc_lists_every_event_field():
    from sanderling.ontology import article_result_schema
    doc = (ROOT / "docs" / "schema.md").read_text()
    fields = article_result_schema()["properties"]["events"]["items"]["properties"]
    missing = [f for f in fields if f"`{f}`" not in doc and f not in doc]
    assert not missing, missing


def test_docs_choices_explains_every_direct_dependency():
    pyproject = (ROOT / "pyproject.toml").read_text()
    deps = re.findall(r'"([A-Za-z0-9_.-]+)==', pyproject.split("dependencies", 1)[1].split("]", 1)[0])
    choices = (ROOT / "docs" / "choices.md").read_text().lower()
    for dep in deps:
        assert dep.lower() in choices, dep
