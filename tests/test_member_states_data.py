"""The BUR data: member-states.yaml and the BUR sections of the six language packs.

Always: self-consistency (193 States, the group counts of un-domain.md §2.1,
a name for every State in every language, no name shared by two States).
When ../shared/reference/member-states.csv is there: the data agree with it.
"""

import csv
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from undoc_lint.analysis.officers import GROUP_IDS, lexicon, name_key
from undoc_lint.lang import LANGUAGES, language_pack, member_states

CSV = Path(__file__).resolve().parents[2] / "shared" / "reference" / "member-states.csv"
CSV_COLUMNS = {"en": "english_short_name", "zh": "chinese", "fr": "french", "es": "spanish", "ru": "russian", "ar": "arabic"}
CSV_GROUPS = {
    "African States": "african",
    "Asia-Pacific States": "asia-pacific",
    "Eastern European States": "eastern-european",
    "Latin American and Caribbean States": "latin-american-caribbean",
    "Western European and other States": "western-european-other",
}
ROLES = {"chair", "vice-chair", "rapporteur", "vice-chair-and-rapporteur", "chair-and-rapporteur"}


def test_193_member_states_with_iso3_keys():
    states = member_states()
    assert len(states) == 193
    assert all(len(k) == 3 and k.isascii() and k.isupper() for k in states)


def test_group_counts_as_in_the_dgacm_list():
    states = member_states()
    groups = Counter(v.get("group") for v in states.values())
    assert groups == {"african": 54, "asia-pacific": 54, "eastern-european": 23,
                      "latin-american-caribbean": 33, "western-european-other": 28, None: 1}
    electoral = Counter(v.get("electoral_group") or v.get("group") for v in states.values())
    assert electoral["western-european-other"] == 29
    assert sum(electoral.values()) == 193 and None not in electoral
    assert set(electoral) == set(GROUP_IDS)


def test_special_cases():
    states = member_states()
    assert states["USA"]["group"] is None and states["USA"]["electoral_group"] == "western-european-other"
    assert states["TUR"]["group"] == "western-european-other" and "asia-pacific" in states["TUR"]["also"]
    assert states["KIR"]["group"] == "asia-pacific" and states["KIR"]["disputed"] is True
    assert states["ISR"]["group"] == "western-european-other"
    for iso, entry in states.items():
        assert set(entry) <= {"group", "electoral_group", "also", "disputed", "note"}, iso
        for g in [entry.get("group"), entry.get("electoral_group"), *(entry.get("also") or [])]:
            assert g is None or g in GROUP_IDS, (iso, g)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_state_has_a_name(lang):
    countries = language_pack(lang)["countries"]
    assert set(countries) == set(member_states())
    for iso, names in countries.items():
        assert names and all(isinstance(n, str) and n.strip() == n and n for n in names), (lang, iso)
        assert all(unicodedata.is_normalized("NFC", n) for n in names), (lang, iso)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_name_stands_for_two_states(lang):
    owner = {}
    for iso, names in language_pack(lang)["countries"].items():
        for n in names:
            assert owner.setdefault(name_key(n), iso) == iso, f"{lang}: {n!r} names {owner[name_key(n)]} and {iso}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bur_sections_complete(lang):
    pack = language_pack(lang)
    assert pack["language"] == lang and pack.get("name")
    assert set(pack["groups"]) == set(GROUP_IDS)
    assert all(pack["groups"][g] for g in GROUP_IDS)
    assert set(pack["officers"]) == ROLES and all(pack["officers"][r] for r in ROLES)
    assert pack["vacancy"]
    assert isinstance(pack["group_names_verified"], bool)
    lex = lexicon(lang)
    # a group name is never a State name, a title or a vacancy word, and names one group only
    keys = [name_key(n) for names in pack["groups"].values() for n in names]
    assert len(keys) == len(set(keys)), lang
    for k in keys:
        assert k not in lex.countries and k not in lex.roles and k not in lex.vacancy
    # a superseded name is not accepted, and points at a State
    for old, iso in (pack.get("countries_superseded") or {}).items():
        assert name_key(old) not in lex.countries and iso in member_states(), (lang, old)
    # an informal name likewise (`Ivory Coast`), and an informal group name points at a group
    for name, iso in (pack.get("countries_informal") or {}).items():
        assert name_key(name) not in lex.countries and iso in member_states(), (lang, name)
    for gid, names in (pack.get("groups_informal") or {}).items():
        assert gid in GROUP_IDS and all(name_key(n) not in lex.groups for n in names), (lang, gid)


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_detection_words_for_latin_languages(lang):
    words = language_pack(lang)["detect"]["words"]
    assert 15 <= len(words) <= 30


@pytest.mark.skipif(not CSV.exists(), reason="shared/reference/member-states.csv is not there")
def test_data_agree_with_the_reference_csv():
    with CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 193
    states = member_states()
    assert {r["iso3"] for r in rows} == set(states)
    for r in rows:
        entry = states[r["iso3"]]
        # the CSV gives the electoral group (the United States: WEOG)
        assert (entry.get("electoral_group") or entry["group"]) == CSV_GROUPS[r["regional_group"]], r["iso3"]
        if "Kiribati" in r["english_short_name"] or "FAQ says no group" in r["source_note"]:
            assert entry.get("disputed")
        for lang, column in CSV_COLUMNS.items():
            names = language_pack(lang)["countries"][r["iso3"]]
            assert names[0] == unicodedata.normalize("NFC", r[column]), (lang, r["iso3"], names[0], r[column])


@pytest.mark.skipif(not CSV.exists(), reason="shared/reference/member-states.csv is not there")
def test_variants_noted_in_the_reference_are_accepted():
    # un-domain.md §2.3: the five UNTERM/M49 differences, and the Arabic running-text forms
    accepted = {
        "zh": ["刚果（布）", "刚果"],
        "ar": ["أيرلندا", "آيرلندا", "تيمور- ليشتي", "تيمور - ليشتي", "جمهورية إيران الإسلامية",
               "دولة بوليفيا المتعددة القوميات", "ولايات ميكرونيزيا الموحدة", "جمهورية فنزويلا البوليفارية", "مملكة هولندا"],
        "ru": ["Папуа — Новая Гвинея", "Папуа-Новая Гвинея"],
        "en": ["United Republic of Tanzania", "the United Republic of Tanzania", "Türkiye"],
    }
    for lang, names in accepted.items():
        lex = lexicon(lang)
        for n in names:
            assert lex.country(n), (lang, n)
    assert lexicon("en").country("Turkey") is None
    assert lexicon("en").suggest_country("Turkey") == ("TUR", "Türkiye")
