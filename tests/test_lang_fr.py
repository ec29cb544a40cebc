"""French (fr): every rule family on UN French forms (un-domain.md §1.3, §2.2, §3.1-3.3).

Dates, ranges and periods with their parsed values (`du 29 juin au 1er
juillet 2021`, `26 février-23 mars 2018`, `1er`) and the near-misses that are
not dates; citations (the body after the number: `la résolution 72/248 de
l'Assemblée générale, en date du 24 décembre 2017`, `la résolution 2334
(2016) du Conseil de sécurité`) and their agreement with the footnote
symbols; instrument headings; group names, officer titles, vacancy words and
the running-text forms of Member State names through the officer-line
analysis; the `a)` marker style; footnote calls before the punctuation;
language detection.
"""

from pathlib import Path

import pytest

from helpers import date_ends, one_date, parse_as, positions

from undoc_lint.analysis.citations import document_citations, scan as scan_citations
from undoc_lint.analysis.dates import document_dates, scan
from undoc_lint.analysis.numbering import instrument_numbers
from undoc_lint.analysis.officers import bureaus, lexicon, officers
from undoc_lint.api import parse_text
from undoc_lint.diagnostics import Severity
from undoc_lint.lang import language_pack
from undoc_lint.lang.detect import detect_text
from undoc_lint.testing import check_text, fix_text

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "habitat-eb-2024-1-outcome.fr.undoc.md"


def parse(text, language="fr"):
    return parse_as(text, language)


def codes(text, select, language="fr"):
    return positions(check_text(text, select, language))


# ------------------------------------------------------------------ dates
def one(text):
    return one_date(text, "fr")


ends = date_ends


@pytest.mark.parametrize("text,written,kind,value,sep", [
    # one day (lower-case months, `1er` for the first of the month), a month
    ("*Rappelant* sa résolution 72/248 en date du 24 décembre 2017,", "24 décembre 2017", "date",
     ((2017, 12, 24), (2017, 12, 24)), None),
    ("du 24 mars 2017", "24 mars 2017", "date", ((2017, 3, 24), (2017, 3, 24)), None),
    ("le 1er juillet", "1er juillet", "date", ((None, 7, 1), (None, 7, 1)), None),
    ("à compter du 1er janvier 2008", "1er janvier 2008", "date", ((2008, 1, 1), (2008, 1, 1)), None),
    ("à compter du 1ᵉʳ janvier 2025", "1ᵉʳ janvier 2025", "date", ((2025, 1, 1), (2025, 1, 1)), None),
    ("À COMPTER DU 1ER JANVIER 2008", "1ER JANVIER 2008", "date", ((2008, 1, 1), (2008, 1, 1)), None),
    ("en mai 2019", "mai 2019", "date", ((2019, 5, None), (2019, 5, None)), None),
    ("le 15 août 2023", "15 août 2023", "date", ((2023, 8, 15), (2023, 8, 15)), None),
    ("le 3 févr. 2024", "3 févr. 2024", "date", ((2024, 2, 3), (2024, 2, 3)), None),
    ("le 30 sept. 2023", "30 sept. 2023", "date", ((2023, 9, 30), (2023, 9, 30)), None),
    # mastheads and headings: closed-up hyphen [V-doc S31]
    ("Genève, 26 février-23 mars 2018", "26 février-23 mars 2018", "range", ((2018, 2, 26), (2018, 3, 23)), "-"),
    ("Vingtième session (4-8 avril 2005)", "4-8 avril 2005", "range", ((2005, 4, 4), (2005, 4, 8)), "-"),
    ("Nairobi, 6-8 mai 2024", "6-8 mai 2024", "range", ((2024, 5, 6), (2024, 5, 8)), "-"),
    ("29 décembre 2021-2 janvier 2022", "29 décembre 2021-2 janvier 2022", "range",
     ((2021, 12, 29), (2022, 1, 2)), "-"),
    # running text: `du X au Y`
    ("tenue du 10 au 21 juillet 2017", "du 10 au 21 juillet 2017", "range", ((2017, 7, 10), (2017, 7, 21)), " au "),
    ("du 29 juin au 1er juillet 2021", "du 29 juin au 1er juillet 2021", "range",
     ((2021, 6, 29), (2021, 7, 1)), " au "),
    ("Du 29 juin au 1er juillet 2021", "Du 29 juin au 1er juillet 2021", "range",
     ((2021, 6, 29), (2021, 7, 1)), " au "),
    ("du 29 décembre 2021 au 2 janvier 2022", "du 29 décembre 2021 au 2 janvier 2022", "range",
     ((2021, 12, 29), (2022, 1, 2)), " au "),
    ("du 5 au 9 juin", "du 5 au 9 juin", "range", ((None, 6, 5), (None, 6, 9)), " au "),
    ("du lundi 6 au mercredi 8 mai 2024", "du lundi 6 au mercredi 8 mai 2024", "range",
     ((2024, 5, 6), (2024, 5, 8)), " au "),
    # months; two days
    ("de janvier à mars 2024", "de janvier à mars 2024", "range", ((2024, 1, None), (2024, 3, None)), " à "),
    ("janvier-mars 2024", "janvier-mars 2024", "range", ((2024, 1, None), (2024, 3, None)), "-"),
    ("les 22 et 23 février 2021", "22 et 23 février 2021", "range", ((2021, 2, 22), (2021, 2, 23)), " et "),
    # periods
    ("pour la période 2020-2023", "2020-2023", "period", ((2020, None, None), (2023, None, None)), "-"),
    ("l'exercice biennal 2018-2019", "2018-2019", "period", ((2018, None, None), (2019, None, None)), "-"),
    ("entre 2020 et 2023", "entre 2020 et 2023", "period", ((2020, None, None), (2023, None, None)), " et "),
])
def test_french_forms(text, written, kind, value, sep):
    d = one(text)
    assert (d.text, d.kind, ends(d), d.separator) == (written, kind, value, sep)


def test_range_ends_and_what_is_written():
    d = one("du 29 juin au 1er juillet 2021")
    assert d.open == "du" and d.first.text == "29 juin" and d.last.text == "1er juillet 2021"
    assert "year" not in d.first.written and "year" in d.last.written
    d = one("6-8 mai 2024")
    assert d.first.written == frozenset({"day"}) and d.last.written == frozenset({"day", "month", "year"})


@pytest.mark.parametrize("text,weekday", [
    ("le lundi 6 mai 2024", 0), ("le mardi 5 novembre 2024", 1), ("le mercredi 8 mai 2024", 2),
    ("le jeudi 7 novembre 2024", 3), ("le vendredi 9 juin 2023", 4), ("le samedi 8 juin 2024", 5),
    ("le dimanche 9 juin 2024", 6), ("Vendredi 20 septembre 2024", 4),
])
def test_weekdays(text, weekday):
    d = one(text)
    assert d.kind == "date" and d.first.weekday == weekday and d.first.date().weekday() == weekday


@pytest.mark.parametrize("text", [
    "A/RES/75/224",
    "HSP/EB.2024/3/Add.1",
    "la résolution 75/224 de l'Assemblée générale",
    "sa décision 2021/3",
    "les 193 États membres",
    "le Programme de développement durable à l'horizon 2030",
    "les paragraphes 22 et 23",
    "du 5 au 9",                         # no month
    "de 9 heures à 13 heures",
    "2020 à 2023",
    "2020 et 2023",                      # `et` joins years only after `entre`
    "les articles 1234-1240",            # not years
    "les sept membres du Bureau",        # `sept` the number, not an abbreviated month
    "Supplément no 8 (A/60/8)",
    "le 1er de la liste",
])
def test_french_near_misses(text):
    assert [(d.kind, d.text) for d in scan(text, "fr")] == []


def test_de_a_joins_years_too():
    # (`la période allant de 2023 à 2020` was not read: a false-negative hunt)
    [d] = scan("la période allant de 2020 à 2023", "fr")
    assert (d.kind, d.text, d.open) == ("period", "de 2020 à 2023", "de")
    assert codes("1. *Adopte* le plan pour la période allant de 2023 à 2020.\n", "DATE") == ["1:44 DATE003"]


def test_de_before_a_hyphenated_period_is_not_an_opening_word():
    [d] = scan("le budget de 2024-2025", "fr")
    assert (d.kind, d.text, d.open) == ("period", "2024-2025", None)
    assert check_text("1. *Approuve* le budget de 2024-2025.\n", "DATE", "fr") == []
    # `du` is: `du 25-27 mars` mixes `du … au` with a dash
    assert codes("1. *Décide* de se réunir du 25-27 mars 2025.\n", "DATE") == ["1:26 DATE007"]


def test_a_bare_au_is_not_a_range():
    # `5 au 9 juin` without `du` is not a French range: only `9 juin` is a date
    assert [(d.kind, d.text) for d in scan("5 au 9 juin 2023", "fr")] == [("date", "9 juin 2023")]


def test_date_rules_in_french():
    text = ("1. *Décide* de tenir sa session du 7 au 5 novembre 2024 ;\n\n"
            "2. *Décide également* de tenir des consultations le 31 septembre 2024 ;\n\n"
            "3. *Prie* d'établir le plan pour la période 2029-2026 ;\n\n"
            "4. *Décide* de tenir une réunion le jeudi 20 septembre 2024 ;\n\n"
            "5. *Rappelle* le plan pour la période 2020–2023 et la session du 29 février 2023.\n")
    assert codes(text, "DATE") == ["1:33 DATE002", "3:53 DATE001", "5:45 DATE003", "7:37 DATE004",
                                   "9:43 DATE005", "9:66 DATE001"]
    msgs = {d.code: d.message for d in check_text(text, "DATE", "fr")}
    assert "septembre has 30 days" in check_text(text, "DATE001", "fr")[0].message
    assert "`du 5 au 7 novembre 2024`" in msgs["DATE002"]
    assert "vendredi, not a jeudi" in msgs["DATE004"]


def test_range_dash_and_connector_fixes():
    text = "1. *Décide* de se réunir le 6–8 mai 2024, puis du 25-27 mars 2025, pour la période 2020 - 2023.\n"
    assert [d.code for d in check_text(text, "DATE", "fr")] == ["DATE005", "DATE007", "DATE005"]
    fixed = fix_text(text, "DATE", "fr")
    assert fixed == "1. *Décide* de se réunir le 6-8 mai 2024, puis du 25 au 27 mars 2025, pour la période 2020-2023.\n"
    assert check_text(fixed, "DATE", "fr") == []


def test_french_forms_pass_the_date_rules():
    text = ("1. *Décide* de se réunir à Nairobi du 29 juin au 1er juillet 2021, le vendredi 9 juin 2023, "
            "les 22 et 23 février 2021, de janvier à mars 2024, du 29 décembre 2021 au 2 janvier 2022 "
            "et le 1er juillet, pour la période 2020-2023, entre 2024 et 2025 (26 février-23 mars 2018).\n")
    assert check_text(text, "DATE", "fr") == []


@pytest.mark.parametrize("text,written,value", [
    # `entre le X et le Y` (a false-negative report: the article after `entre` hid the range)
    ("entre le 9 et le 13 juin 2023", "entre le 9 et le 13 juin 2023", ((2023, 6, 9), (2023, 6, 13))),
    ("Entre le 1er juillet 2022 et le 30 juin 2023", "Entre le 1er juillet 2022 et le 30 juin 2023",
     ((2022, 7, 1), (2023, 6, 30))),
    ("pendant la période comprise entre le 1er janvier et le 31 décembre 2020",
     "entre le 1er janvier et le 31 décembre 2020", ((2020, 1, 1), (2020, 12, 31))),
    ("entre le 5 juin et le 9 juin", "entre le 5 juin et le 9 juin", ((None, 6, 5), (None, 6, 9))),
    ("entre le lundi 5 et le vendredi 9 juin 2023", "entre le lundi 5 et le vendredi 9 juin 2023",
     ((2023, 6, 5), (2023, 6, 9))),
    ("entre le 9 et\nle 13 juin 2023", "entre le 9 et\nle 13 juin 2023", ((2023, 6, 9), (2023, 6, 13))),  # soft break
])
def test_entre_le_et_le(text, written, value):
    d = one(text)
    assert (d.text, d.kind, ends(d), d.open.lower(), d.is_list, d.open_mismatch) == (written, "range", value, "entre", False, False)


@pytest.mark.parametrize("text,found", [
    ("le 5 juin 2023 et le rapport", [("date", "5 juin 2023", False)]),
    ("entre le Conseil et le 5 juin", [("date", "5 juin", False)]),
    ("entre le 5 juin 2023 et le Conseil", [("date", "5 juin 2023", False)]),
    ("elle 5 et le 9 juin", [("date", "9 juin", False)]),
    # without `entre`, two days joined by `et` are a list, as `les 22 et 23 février` is
    ("le 5 juin 2023 et le 9 juin 2023", [("range", "le 5 juin 2023 et le 9 juin 2023", True)]),
    ("le 9 juin 2023 et le 5 juin 2023", [("range", "le 9 juin 2023 et le 5 juin 2023", True)]),
    # `entre le 5 et 9 juin` has no article on the end: read as before, the list `5 et 9 juin`
    ("entre le 5 et 9 juin 2023", [("range", "5 et 9 juin 2023", True)]),
    ("du 5 au 9 juin 2023 et le 10 juin 2023", [("range", "du 5 au 9 juin 2023", False), ("date", "10 juin 2023", False)]),
])
def test_entre_le_near_misses(text, found):
    assert [(d.kind, d.text, d.is_list) for d in scan(text, "fr")] == found


def test_ranges_with_articles_and_the_date_rules():
    assert codes("1. *Décide* de se réunir entre le 9 et le 5 juin 2023 ;\n", "DATE") == ["1:26 DATE002"]
    assert codes("1. *Décide* de se réunir du 9 au 5 juin 2023 ;\n", "DATE") == ["1:26 DATE002"]
    [d] = check_text("1. *Approuve* le budget pour la période comprise entre le 1er juillet 2022 et le 30 juin 2021 ;\n",
                     "DATE", "fr")
    assert d.code == "DATE002" and "`entre le 30 juin 2021 et le 1er juillet 2022`" in d.message
    text = ("1. *Approuve* le budget pour la période comprise entre le 1er juillet 2022 et le 30 juin 2023, "
            "se réunit entre le 9 et le 13 juin 2023, le 5 juin 2023 et le rapport, entre le Conseil et le 5 juin, "
            "le 5 juin 2023 et le 9 juin 2023, le 9 juin 2023 et le 5 juin 2023, entre le 5 et 9 juin 2023 "
            "et entre le lundi 5 et le vendredi 9 juin 2023.\n")
    assert check_text(text, "DATE", "fr") == []


def test_front_matter_dates_against_the_french_dates_line():
    head = "---\nlanguage: fr\ndates: {}\n---\n\nNairobi, 6-8 mai 2024\n\n# Décisions\n"
    assert check_text(head.format("2024-05-06/2024-05-08"), "DATE006") == []
    assert codes(head.format("2024-05-06/2024-05-09"), "DATE006") == ["6:10 DATE006"]
    cross = "---\nlanguage: fr\ndates: 2021-06-29/2021-07-01\n---\n\nNairobi, 29 juin-1er juillet 2021\n"
    assert check_text(cross, "DATE006") == []


# ------------------------------------------------------------------ instrument headings
def test_instrument_headings():
    text = ("## Décision 2024/1 : Élection du Bureau\n\n## Décision 2024/2 : Plan stratégique\n\n"
            "## Recommandation 2021/4 : Budget\n\n## Résolution 2334 (2016)\n\n## 75/224. Mise en œuvre\n")
    nums = instrument_numbers(parse(text))
    assert [(n.kind, n.prefix, n.number) for n in nums] == [
        ("decision", "2024", 1), ("decision", "2024", 2), ("recommendation", "2021", 4),
        ("resolution (through the years)", "2016", 2334), ("resolution", "75", 224)]


def test_instrument_sequence_in_french():
    text = ("## Décision 2024/1 : Un\n\n## Décision 2024/3 : Deux\n\n## Décision 2023/4 : Trois\n\n"
            "## Recommandation 2024/1 : Quatre\n")
    assert codes(text, "NUM007") == ["3:13 NUM007", "5:13 NUM007"]
    ok = "## Décision 2024/1 : Un\n\n## Décision 2024/2 : Deux\n\n## Recommandation 2024/1 : Trois\n"
    assert check_text(ok, "NUM007", "fr") == []


# ------------------------------------------------------------------ citations
def cited(text):
    return [(kind, body, [n.display() for n in numbers]) for _, _, kind, body, numbers, _, _ in scan_citations(text, "fr")]


@pytest.mark.parametrize("text,expected", [
    ("la résolution 75/224", [("resolution", None, ["75/224"])]),
    ("sa résolution 75/224", [("resolution", None, ["75/224"])]),
    ("Résolution 75/224", [("resolution", None, ["75/224"])]),
    ("la résolution 72/248 de l'Assemblée générale, en date du 24 décembre 2017",
     [("resolution", "general-assembly", ["72/248"])]),
    ("la résolution 72/248 de l’Assemblée générale", [("resolution", "general-assembly", ["72/248"])]),
    ("la résolution 2334 (2016) du Conseil de sécurité", [("resolution", "security-council", ["2334 (2016)"])]),
    ("la résolution 2334\u00a0(2016)", [("resolution", None, ["2334 (2016)"])]),
    ("la résolution 1978/66 du Conseil économique et social",
     [("resolution", "economic-and-social-council", ["1978/66"])]),
    ("la résolution 37/4 du Conseil des droits de l'homme", [("resolution", "human-rights-council", ["37/4"])]),
    ("la résolution 5/14 de l'Assemblée des Nations Unies pour l'environnement",
     [("resolution", "environment-assembly", ["5/14"])]),
    ("la résolution 2/1 de l'Assemblée des Nations Unies pour l'habitat",
     [("resolution", "habitat-assembly", ["2/1"])]),
    ("la résolution 1/3 de l'Assemblée d'ONU-Habitat", [("resolution", "habitat-assembly", ["1/3"])]),
    ("les résolutions 70/1 et 71/256 de l'Assemblée générale",
     [("resolution", "general-assembly", ["70/1", "71/256"])]),
    ("les résolutions 31/6 A et B", [("resolution", None, ["31/6"])]),
    ("la résolution 3363 (XXX)", [("resolution", None, ["3363 (XXX)"])]),
    ("la résolution 3362 (S-VII)", [("resolution", None, ["3362 (S-VII)"])]),
    ("la résolution ES-10/19", [("resolution", None, ["ES-10/19"])]),
    ("sa décision 2021/3", [("decision", None, ["2021/3"])]),
    ("les décisions 31/308 et 50/411", [("decision", None, ["31/308", "50/411"])]),
    ("Décision 2024/1", [("decision", None, ["2024/1"])]),
    ("la recommandation 2021/4", [("recommendation", None, ["2021/4"])]),
    ("les recommandations 2021/1, 2021/2 et 2021/3", [("recommendation", None, ["2021/1", "2021/2", "2021/3"])]),
])
def test_french_citations(text, expected):
    assert cited(text) == expected


def test_parts_of_a_multi_part_resolution():
    [(_, _, _, _, numbers, _, _)] = scan_citations("les résolutions 31/6 A et B", "fr")
    assert numbers[0].parts == "A et B"


@pytest.mark.parametrize("text", [
    "la résolution",
    "le projet de résolution A/75/L.5",
    "la résolution 75/224/Add.1",
    "la résolution-cadre 2021/1",
    "une résolution adoptée en 2021",
    "la décision de 2021",
    "la résolution 75-224",
])
def test_french_citation_near_misses(text):
    assert cited(text) == []


@pytest.mark.parametrize("text,labels", [
    ("*Rappelant* la résolution 73/239 de l'Assemblée générale, en date du 20 décembre 2018[^1], qui porte",
     ["1"]),
    ("*Rappelant* sa résolution 70/1 du 25 septembre 2015[^1],", ["1"]),
    ("*Rappelant* sa décision 2023/1[^1], par laquelle", ["1"]),
    ("*Conscient* de la résolution 2573 (2021) du Conseil de sécurité[^1] et", ["1"]),
    ("*Rappelant* la résolution 75/224, en date du 1er juin 2024[^1] ;", ["1"]),
    ("*Rappelant* les résolutions 70/1 et 71/256[^1][^2],", ["1", "2"]),
    # the English order (reported by FN008) still links the footnote
    ("*Rappelant* la résolution 75/224,[^1]", ["1"]),
    # something else between the citation and the call: not its footnote
    ("*Rappelant* la résolution 75/224 et le rapport[^1],", []),
])
def test_footnote_after_the_citation(text, labels):
    defs = "".join(f"\n[^{n}]: A/RES/75/224." for n in ("1", "2"))
    doc = parse(text + "\n" + defs + "\n")
    [c] = document_citations(doc)[:1]
    assert [r.label for r in c.refs] == labels


@pytest.mark.parametrize("text,footnote", [
    ("la résolution 75/224 de l'Assemblée générale, en date du 21 décembre 2020[^1],", "A/RES/75/224."),
    ("la résolution 2/1 de l'Assemblée des Nations Unies pour l'habitat[^1],", "HSP/HA.2/Res.1."),
    ("la résolution 2573 (2021) du Conseil de sécurité[^1],", "S/RES/2573 (2021)."),
    ("les résolutions 70/1 et 71/256 de l'Assemblée générale[^1],", "A/RES/70/1 et A/RES/71/256."),
    ("sa décision 2023/1[^1],", "Voir HSP/EB.2023/10."),
    ("la résolution 37/4 du Conseil des droits de l'homme[^1],", "A/HRC/RES/37/4."),
    ("la résolution 5/14 de l'Assemblée des Nations Unies pour l'environnement[^1],", "UNEP/EA.5/Res.14."),
])
def test_citations_that_agree_with_their_footnotes(text, footnote):
    assert check_text(f"*Rappelant* {text}\n\n[^1]: {footnote}\n", "SYM", "fr") == []


@pytest.mark.parametrize("text,footnote,expected", [
    ("la résolution 2/1 de l'Assemblée des Nations Unies pour l'habitat[^1],", "HSP/HA.2/Res.2.",
     ["1:16 SYM005"]),
    ("la résolution 2573 (2021) du Conseil de sécurité[^1],", "S/RES/2573 (2020).", ["1:16 SYM005"]),
    ("la résolution 75/224 du Conseil de sécurité[^1],", "A/RES/75/224.", ["1:16 SYM005"]),
    ("sa décision 2023/1[^1],", "HSP/EB.2022/10.", ["1:16 SYM005"]),
    ("sa décision 2023/1[^1],", "A/RES/75/224.", ["1:16 SYM005"]),
    ("la résolution 71/256 de l'Assemblée générale[^1],", "A/71/256.", ["1:16 SYM006"]),
    ("la résolution 71/256[^1],", "Voir A/71/256.", ["1:16 SYM006"]),
])
def test_citations_that_disagree_with_their_footnotes(text, footnote, expected):
    assert codes(f"*Rappelant* {text}\n\n[^1]: {footnote}\n", "SYM") == expected


def test_security_council_symbol_needs_its_space_in_french():
    text = "*Conscient* de la résolution 2573 (2021) du Conseil de sécurité[^1],\n\n[^1]: S/RES/2573(2021).\n"
    assert [d.code for d in check_text(text, "SYM", "fr")] == ["SYM002"]


# ------------------------------------------------------------------ bureau
GROUP_NAMES = [(gid, name) for gid, names in language_pack("fr")["groups"].items() for name in names]
MEMBER_OF = {"african": "Kenya", "asia-pacific": "Japon", "eastern-european": "Pologne",
             "latin-american-caribbean": "Mexique", "western-european-other": "France"}


def test_every_group_name_of_the_pack_is_tested():
    assert len(GROUP_NAMES) == sum(len(v) for v in language_pack("fr")["groups"].values()) >= 10


@pytest.mark.parametrize("gid,name", GROUP_NAMES)
def test_group_names_in_officer_lines(gid, name):
    doc = parse(f"- Président : {MEMBER_OF[gid]} ({name})\n")
    [o] = officers(doc)
    assert (o.role, o.group, o.group_text) == ("chair", gid, name)
    assert check_text(f"- Président : {MEMBER_OF[gid]} ({name})\n", ["BUR002", "BUR008"], "fr") == []


@pytest.mark.parametrize("name", ["Groupe des États africains", "États d'Asie centrale", "Europe de l'Est",
                                  "Groupe des Amériques"])
def test_group_names_that_are_not_french_un_names(name):
    doc = parse(f"- Président : Kenya ({name})\n")
    [o] = officers(doc)
    assert o.group is None
    [d] = check_text(f"- Président : Kenya ({name})\n", "BUR008", "fr")
    # a warning while `group_names_verified` is false (un-domain.md §2.2 recommendation)
    assert d.severity == Severity.WARNING


TITLES = [(t, role) for role, titles in language_pack("fr")["officers"].items() for t in titles]


def test_every_title_of_the_pack_is_tested():
    titles = {t for t, _ in TITLES}
    assert {"Président", "Présidente", "Président(e)", "Vice-Président", "Vice-Présidente", "Vice-Président(e)",
            "Rapporteur", "Rapporteuse", "Rapporteur(e)", "Vice-Président-Rapporteur"} <= titles


@pytest.mark.parametrize("title,role", TITLES)
def test_officer_titles(title, role):
    [o] = officers(parse(f"- {title} : Pologne (États d'Europe orientale)\n"))
    assert (o.role, o.role_text, o.iso3, o.group) == (role, title, "POL", "eastern-european")
    # without the space before the colon, and in lower case, as in running lists
    [o] = officers(parse(f"- {title.lower()}: Pologne (États d'Europe orientale)\n"))
    assert o.role == role


@pytest.mark.parametrize("word", language_pack("fr")["vacancy"])
def test_vacancy_words(word):
    [o] = officers(parse(f"- Vice-Président : {word} (États d'Europe occidentale et autres États)\n"))
    assert o.vacant and o.iso3 is None and o.group == "western-european-other"
    [d] = check_text(f"- Vice-Président : {word} (États d'Europe occidentale et autres États)\n", "BUR", "fr")
    assert (d.code, d.severity) == ("BUR007", Severity.INFO)


@pytest.mark.parametrize("name,iso", [
    ("Pologne", "POL"), ("la Pologne", "POL"), ("Maroc", "MAR"), ("le Maroc", "MAR"), ("l'Iraq", "IRQ"),
    ("l’Iraq", "IRQ"), ("les Philippines", "PHL"), ("Côte d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"),
    ("Türkiye", "TUR"), ("États-Unis d'Amérique", "USA"), ("les États-Unis d'Amérique", "USA"),
    ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "GBR"),
    ("Iran (République islamique d')", "IRN"), ("la République islamique d'Iran", "IRN"),
    ("Bolivie (État plurinational de)", "BOL"), ("l'État plurinational de Bolivie", "BOL"),
    ("Venezuela (République bolivarienne du)", "VEN"), ("la République bolivarienne du Venezuela", "VEN"),
    ("Micronésie (États fédérés de)", "FSM"), ("les États fédérés de Micronésie", "FSM"),
    ("Pays-Bas (Royaume des)", "NLD"), ("Pays-Bas", "NLD"), ("les Pays-Bas", "NLD"),
    ("République-Unie de Tanzanie", "TZA"), ("la République-Unie de Tanzanie", "TZA"),
    ("République démocratique du Congo", "COD"), ("le Congo", "COG"), ("Niger", "NER"), ("le Nigéria", "NGA"),
    ("Cuba", "CUB"), ("Haïti", "HTI"), ("Saint-Vincent-et-les Grenadines", "VCT"), ("Eswatini", "SWZ"),
])
def test_member_state_names_and_running_text_forms(name, iso):
    assert lexicon("fr").country(name) == iso


@pytest.mark.parametrize("name", ["Turquie", "Iran", "Bolivie", "Tanzanie", "Royaume-Uni", "Swaziland",
                                  "République tchèque", "la Cuba", "Corée du Sud"])
def test_names_that_are_not_french_un_names(name):
    assert lexicon("fr").country(name) is None


def test_superseded_names_point_to_the_current_name():
    assert lexicon("fr").suggest_country("Turquie") == ("TUR", "Türkiye")
    [d] = check_text("- Président : Turquie (États d'Europe occidentale et autres États)\n", "BUR001", "fr")
    assert "Türkiye" in d.message


def test_a_five_officer_bureau_with_one_vacancy_lints_clean():
    text = ("1. *Élit* les membres suivants du Bureau :\n\n"
            "- Présidente : Nigéria (États d'Afrique)\n"
            "- Vice-Président : Japon (États d'Asie et du Pacifique)\n"
            "- Vice-Présidente : Brésil (États d'Amérique latine et des Caraïbes)\n"
            "- Vice-Président : (vacant) (États d'Europe occidentale et autres États)\n"
            "- Rapporteuse : Serbie (États d'Europe orientale)\n")
    [bureau] = bureaus(parse(text))
    assert [(o.role, o.iso3, o.group) for o in bureau.officers] == [
        ("chair", "NGA", "african"), ("vice-chair", "JPN", "asia-pacific"),
        ("vice-chair", "BRA", "latin-american-caribbean"), ("vice-chair", None, "western-european-other"),
        ("rapporteur", "SRB", "eastern-european")]
    assert [d.code for d in check_text(text, "BUR", "fr")] == ["BUR007"]


def test_bureau_errors_in_french():
    text = ("- Président : Nigéria (États d'Afrique)\n"
            "- Présidente : Mexique (États d'Amérique latine et des Caraïbes)\n"
            "- Vice-Président : Japon (États d'Europe orientale)\n"
            "- Vice-Président-Rapporteur : Japon (États d'Asie et du Pacifique)\n"
            "- Rapporteur : Royaume-Uni (États d'Europe occidentale et autres États)\n")
    # the joint `Vice-Président-Rapporteur` counts as a Rapporteur (BUR009)
    assert codes(text, "BUR") == ["2:3 BUR006", "3:27 BUR002", "4:31 BUR005", "5:3 BUR009", "5:16 BUR001"]


@pytest.mark.parametrize("text", [
    "Le Président : il ouvre la session.",
    "Note : Pologne (États d'Europe orientale)",
    "Présidence : la séance est levée.",
])
def test_lines_that_are_not_officer_lines(text):
    assert officers(parse(text + "\n")) == []


# ------------------------------------------------------------------ subparagraph markers
SUBPARAS = ("1. *Prie* la Directrice exécutive :\n\n    {a} De faire rapport ;\n    {b} De consulter :\n"
            "        {i} Les États membres ;\n        {ii} Les autres parties prenantes.\n")


def test_rparen_is_the_french_style():
    text = SUBPARAS.format(a="a)", b="b)", i="i)", ii="ii)")
    assert check_text(text, "NUM", "fr") == []
    # in English, the same markers are a warning
    assert [(d.code, d.severity) for d in check_text(text, "NUM005", "en")] == [("NUM005", Severity.WARNING)] * 4


def test_paren_style_is_a_warning_in_french_with_a_safe_fix():
    text = SUBPARAS.format(a="(a)", b="(b)", i="(i)", ii="(ii)")
    diags = check_text(text, "NUM005", "fr")
    assert [(d.code, d.severity, d.fix.safe) for d in diags] == [("NUM005", Severity.WARNING, True)] * 4
    assert fix_text(text, "NUM005", "fr") == SUBPARAS.format(a="a)", b="b)", i="i)", ii="ii)")


# ------------------------------------------------------------------ footnote placement
def test_footnote_calls_stand_before_the_punctuation():
    ok = ("*Rappelant* sa résolution 75/224[^1], et sa décision 2021/3[^2] ;\n\n"
          "[^1]: A/RES/75/224.\n[^2]: HSP/EB.2021/11.\n")
    assert check_text(ok, "FN008", "fr") == []
    bad = ok.replace("[^1],", ",[^1]")
    diags = check_text(bad, "FN008", "fr")
    assert [(d.code, d.severity, d.fix.safe) for d in diags] == [("FN008", Severity.WARNING, True)]
    assert fix_text(bad, "FN008", "fr") == ok
    # the English placement is the opposite
    assert [d.code for d in check_text(ok, "FN008", "en")] == ["FN008"]
    assert check_text(bad.replace("[^2] ;", ";[^2]"), "FN008", "en") == []


# ------------------------------------------------------------------ language detection and the example
def body_of(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return text.split("\n---\n", 1)[1]


def test_language_detected_from_the_example_without_front_matter():
    body = body_of(EXAMPLE)
    assert detect_text(body) == "fr"
    assert parse_text(body, "x.undoc.md").language == "fr"


def test_the_example_reads_as_intended():
    doc = parse_text(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE))
    assert doc.language == "fr"
    assert [(n.kind, n.label()) for n in instrument_numbers(doc)] == [("decision", f"2024/{i}") for i in range(1, 5)]
    found = document_dates(doc)
    assert {"date", "range", "period"} <= {d.kind for d in found}
    assert {"6-8 mai 2024", "1er juin 2024", "du 5 au 9 juin 2023", "du 29 mai au 2 juin 2023",
            "vendredi 20 septembre 2024", "12 et 13 septembre 2024", "du mardi 5 au jeudi 7 novembre 2024",
            "2020-2025"} <= {d.text for d in found}
    cited = [(c.text, c.body, [r.label for r in c.refs]) for c in document_citations(doc) if c.refs]
    assert ("résolution 2573 (2021) du Conseil de sécurité", "security-council", ["5"]) in cited
    assert ("résolution 2/1 de l'Assemblée des Nations Unies pour l'habitat", "habitat-assembly", ["4"]) in cited
    assert len(cited) == 6
    [bureau] = bureaus(doc)
    assert [(o.role, o.iso3, o.group) for o in bureau.officers] == [
        ("chair", "NGA", "african"), ("vice-chair", "JPN", "asia-pacific"),
        ("vice-chair", "BRA", "latin-american-caribbean"), ("vice-chair", None, "western-european-other"),
        ("rapporteur", "SRB", "eastern-european")]
    diags = check_text(EXAMPLE.read_text(encoding="utf-8"), None, None)
    assert [d.code for d in diags] == ["BUR007"]


# ------------------------------------------------------------------ bidi marks
def test_bidi_marks_do_not_break_dates_or_citations():
    # Text pasted from a right-to-left editor can carry U+200E/U+200F/U+061C; the
    # model drops them from Inline.text (with exact spans), so they break nothing.
    text = ("*Rappelant* la résolution 75/\u200e224 de l'Assemblée générale, en date du 21\u200f décembre 2020[^1],"
            "\n\n[^1]: A/RES/\u061c75/224.\n")
    doc = parse(text)
    assert [(d.kind, (d.first.year, d.first.month, d.first.day)) for d in document_dates(doc)] == [
        ("date", (2020, 12, 21))]
    [c] = document_citations(doc)
    assert [n.display() for n in c.numbers] == ["75/224"] and [s.text for s in c.symbols] == ["A/RES/75/224"]
    assert codes(text, "SYM") == [] and codes(text, "DATE") == []
    # the spans still cover the marks in the source
    [d] = document_dates(doc)
    assert text[d.span.start:d.span.end] == "21\u200f décembre 2020"
    assert text[c.span.start:c.span.end] == "résolution 75/\u200e224 de l'Assemblée générale"
