"""The actor lexicons: well-formed, PLOVER codes and sectors only, and the everyday
forms a coder needs (country names, demonyms, capitals, IGOs, agents, titles)."""
import re

import pytest

from sanderling.annotators import actors

PLOVER_SECTORS = {"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK",
                  "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP",
                  "PRE", "REL", "SOC"}
INTERNATIONAL = {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"}


@pytest.fixture(scope="module")
def lex():
    return actors.load_lexicons()


def test_codes_are_alpha3_or_international(lex):
    for code in lex["countries"]:
        assert re.fullmatch(r"[A-Z]{3}", code)
    for org in lex["orgs"]:
        assert org["code"] is None or re.fullmatch(r"[A-Z]{3}", org["code"])
    for person in lex["people"]:
        assert re.fullmatch(r"[A-Z]{3}", person["code"]) and person["code"] not in INTERNATIONAL


def test_sectors_are_plover_sectors(lex):
    assert set(lex["agents"].values()) <= PLOVER_SECTORS
    assert {t["sector"] for t in lex["titles"]["titles"].values()} <= PLOVER_SECTORS
    assert {o["sector"] for o in lex["orgs"] if o["sector"]} <= PLOVER_SECTORS


@pytest.mark.parametrize("code,name,demonym,capital", [
    ("USA", "United States", "American", "Washington"), ("GBR", "Britain", "British", "London"),
    ("FRA", "France", "French", "Paris"), ("DEU", "Germany", "German", "Berlin"),
    ("RUS", "Russia", "Russian", "Moscow"), ("CHN", "China", "Chinese", "Beijing"),
    ("IRN", "Iran", "Iranian", "Tehran"), ("ISR", "Israel", "Israeli", "Jerusalem"),
    ("KEN", "Kenya", "Kenyan", "Nairobi"), ("JOR", "Jordan", "Jordanian", "Amman"),
    ("SRB", "Serbia", "Serbian", "Belgrade"), ("PSE", "Palestine", "Palestinian", "Ramallah"),
])
def test_major_countries_have_name_demonym_capital(lex, code, name, demonym, capital):
    c = lex["countries"][code]
    assert name in c["names"] and demonym in c["demonyms"] and capital in c["capitals"]


def test_dependencies_fold_into_their_state(lex):
    table = actors.phrase_table()
    assert table["puerto rico"]["code"] == "USA"
    assert table["hong kong"]["code"] == "CHN"
    assert "PRI" not in lex["countries"] and "HKG" not in lex["countries"]


@pytest.mark.parametrize("phrase,code", [
    ("united nations", "IGO"), ("un", "IGO"), ("nato", "IGO"), ("european union", "EUR"),
    ("eu", "EUR"), ("african union", "IGO"), ("arab league", "IGO"), ("hamas", "PSE"),
    ("hezbollah", "LBN"), ("taliban", "AFG"), ("islamic state", "IMG"),
])
def test_well_known_organisations(phrase, code):
    assert actors.phrase_table()[phrase]["code"] == code


@pytest.mark.parametrize("phrase,sector", [
    ("police", "COP"), ("rebels", "REB"), ("troops", "MIL"), ("soldiers", "MIL"),
    ("protesters", "CVL"), ("demonstrators", "CVL"), ("officials", "GOV"), ("lawmakers", "LEG"),
    ("judge", "JUD"), ("opposition", "OPP"), ("journalists", "JRN"), ("refugees", "REF"),
    ("foreign minister", "GOV"), ("defence secretary", "GOV"), ("general", "MIL"),
    ("senator", "LEG"), ("chief justice", "JUD"), ("police chief", "COP"), ("rebel commander", "REB"),
])
def test_agents_and_titles(phrase, sector):
    assert actors.phrase_table()[phrase]["sector"] == sector


def test_plurals_of_titles():
    assert actors.plural_of("spokesman") == "spokesmen"
    assert actors.plural_of("secretary of state") == "secretaries of state"
    assert actors.plural_of("minister") == "ministers"
