"""Spanish (es): every rule family on UN Spanish forms (un-domain.md §1.3, §2.2, §3.1-3.3).

Dates, ranges and periods with their parsed values and the near-misses that
are not dates; citations (the body after the number: `la resolución 75/224
de la Asamblea General`, `la resolución 2334 (2016) del Consejo de
Seguridad`) and their agreement with the footnote symbols; instrument
headings; group names, officer titles, vacancy words and the running-text
forms of Member State names through the officer-line analysis; the `a)`
marker style; footnote calls before the punctuation; language detection.
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

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "habitat-eb-2023-2-outcome.es.undoc.md"


def parse(text, language="es"):
    return parse_as(text, language)


def codes(text, select, language="es"):
    return positions(check_text(text, select, language))


# ------------------------------------------------------------------ dates
def one(text):
    return one_date(text, "es")


ends = date_ends


@pytest.mark.parametrize("text,written,kind,value,sep", [
    # one day, a month (UN Spanish: `1 de julio`, lower-case months)
    ("Recordando su resolución 75/224, de 21 de diciembre de 2020,", "21 de diciembre de 2020", "date",
     ((2020, 12, 21), (2020, 12, 21)), None),
    ("el 1 de julio de 2021", "1 de julio de 2021", "date", ((2021, 7, 1), (2021, 7, 1)), None),
    ("a partir del 1 de julio", "1 de julio", "date", ((None, 7, 1), (None, 7, 1)), None),
    ("en mayo de 2019", "mayo de 2019", "date", ((2019, 5, None), (2019, 5, None)), None),
    ("el 30 de septiembre de 2023", "30 de septiembre de 2023", "date", ((2023, 9, 30), (2023, 9, 30)), None),
    ("el 30 de setiembre de 2023", "30 de setiembre de 2023", "date", ((2023, 9, 30), (2023, 9, 30)), None),
    # headings and mastheads: `X a Y de mes de año` [V-doc S50]
    ("(6 a 23 de junio de 2017)", "6 a 23 de junio de 2017", "range", ((2017, 6, 6), (2017, 6, 23)), " a "),
    ("(27 de febrero a 24 de marzo de 2017)", "27 de febrero a 24 de marzo de 2017", "range",
     ((2017, 2, 27), (2017, 3, 24)), " a "),
    ("Nairobi, 29 de noviembre a 1 de diciembre de 2023", "29 de noviembre a 1 de diciembre de 2023", "range",
     ((2023, 11, 29), (2023, 12, 1)), " a "),
    # running text: `del X al Y de mes de año`
    ("del 29 de junio al 1 de julio de 2021", "del 29 de junio al 1 de julio de 2021", "range",
     ((2021, 6, 29), (2021, 7, 1)), " al "),
    ("Del 29 de junio al 1 de julio de 2021", "Del 29 de junio al 1 de julio de 2021", "range",
     ((2021, 6, 29), (2021, 7, 1)), " al "),
    ("del 12 al 30 de septiembre de 2011", "del 12 al 30 de septiembre de 2011", "range",
     ((2011, 9, 12), (2011, 9, 30)), " al "),
    ("del 29 de diciembre de 2021 al 2 de enero de 2022", "del 29 de diciembre de 2021 al 2 de enero de 2022",
     "range", ((2021, 12, 29), (2022, 1, 2)), " al "),
    ("29 de diciembre de 2021 a 2 de enero de 2022", "29 de diciembre de 2021 a 2 de enero de 2022", "range",
     ((2021, 12, 29), (2022, 1, 2)), " a "),
    ("del 5 al 9 de junio", "del 5 al 9 de junio", "range", ((None, 6, 5), (None, 6, 9)), " al "),
    # months, two days
    ("de enero a marzo de 2022", "de enero a marzo de 2022", "range", ((2022, 1, None), (2022, 3, None)), " a "),
    ("de enero de 2020 a diciembre de 2021", "de enero de 2020 a diciembre de 2021", "range",
     ((2020, 1, None), (2021, 12, None)), " a "),
    ("los días 22 y 23 de febrero de 2021", "22 y 23 de febrero de 2021", "range", ((2021, 2, 22), (2021, 2, 23)), " y "),
    # periods
    ("para el período 2020-2023", "2020-2023", "period", ((2020, None, None), (2023, None, None)), "-"),
    ("el bienio 2018-2019", "2018-2019", "period", ((2018, None, None), (2019, None, None)), "-"),
    ("de 2020 a 2023", "de 2020 a 2023", "period", ((2020, None, None), (2023, None, None)), " a "),
    ("entre 2020 y 2023", "entre 2020 y 2023", "period", ((2020, None, None), (2023, None, None)), " y "),
    ("desde 2020 hasta 2023", "desde 2020 hasta 2023", "period", ((2020, None, None), (2023, None, None)), " hasta "),
])
def test_spanish_forms(text, written, kind, value, sep):
    d = one(text)
    assert (d.text, d.kind, ends(d), d.separator) == (written, kind, value, sep)


def test_range_then_date_with_one_year():
    # `(12 a 30 de septiembre y 21 de octubre de 2011)` [V-doc S50]: the range takes no year of its own
    found = scan("(12 a 30 de septiembre y 21 de octubre de 2011)", "es")
    assert [(d.kind, d.text, ends(d)) for d in found] == [
        ("range", "12 a 30 de septiembre", ((None, 9, 12), (None, 9, 30))),
        ("date", "21 de octubre de 2011", ((2011, 10, 21), (2011, 10, 21)))]


def test_range_ends_and_open_word():
    text = "del 29 de junio al 1 de julio de 2021"
    d = one(text)
    assert d.open == "del" and text[d.open_start:d.open_end] == "del"
    assert d.first.text == "29 de junio" and d.last.text == "1 de julio de 2021"
    assert d.first.written == {"day", "month"} and d.last.written == {"day", "month", "year"}
    assert not d.open_mismatch


@pytest.mark.parametrize("text,weekday", [
    ("el viernes 9 de junio de 2023", 4),
    ("el viernes, 9 de junio de 2023", 4),
    ("el miércoles 29 de noviembre de 2023", 2),
    ("el sábado 2 de diciembre de 2023", 5),
    ("el lunes 4 de diciembre de 2023", 0),
])
def test_weekdays(text, weekday):
    d = one(text)
    assert d.kind == "date" and d.first.weekday == weekday


@pytest.mark.parametrize("text", [
    "resolución 75/224",
    "A/RES/75/224.",
    "HSP/EB.2023/10.",
    "S/RES/2334 (2016)",
    "la Agenda 2030 para el Desarrollo Sostenible",
    "decisión 2021/3, párrafo 4",
    "en su 5º período de sesiones",
    "de 3 a 5 expertos",
    "los párrafos 2 a 4 de la resolución",
    "en 2019 y 2020",
    "la enfermedad por coronavirus (COVID-19)",
    "el Grupo de los 77 y China",
    "una mayor de 2020 personas",
    "en marzo",
    "resoluciones 70/1 y 71/256",
])
def test_spanish_near_misses(text):
    assert scan(text, "es") == []


def test_date_rules_in_spanish():
    text = ("1. *Decide* reunirse del 28 al 26 de marzo de 2024, el 31 de junio de 2024, el jueves 15 de marzo de 2024,\n"
            "para el período 2029-2026 y el período 2020–2023, y del 19-21 de noviembre de 2024.\n")
    got = [(d.code, d.span.line) for d in check_text(text, "DATE", "es")]
    assert sorted(got) == sorted([("DATE002", 1), ("DATE001", 1), ("DATE004", 1), ("DATE003", 2), ("DATE005", 2),
                                  ("DATE007", 2)])


def test_date_fixes_in_spanish():
    fixed = fix_text("Para el período 2020–2023 y del 19-21 de noviembre de 2024.\n", "DATE", "es")
    assert fixed == "Para el período 2020-2023 y del 19 al 21 de noviembre de 2024.\n"


def test_spanish_forms_pass_the_date_rules():
    text = ("Nairobi, 29 de noviembre a 1 de diciembre de 2023\n\n"
            "1. *Decide* reunirse del 26 al 28 de marzo de 2024 y el viernes 15 de marzo de 2024, los días 22 y 23 de\n"
            "febrero de 2024, para el período 2026-2029, de 2020 a 2023 y entre 2020 y 2023.\n")
    assert check_text(text, "DATE", "es") == []


@pytest.mark.parametrize("text,written,value,open_word", [
    # `entre el X y el Y`, the UN budget title form (a false-negative report: the article hid the range)
    ("para el período comprendido entre el 1 de julio de 2022 y el 30 de junio de 2023",
     "entre el 1 de julio de 2022 y el 30 de junio de 2023", ((2022, 7, 1), (2023, 6, 30)), "entre"),
    ("Entre el 9 y el 13 de junio de 2023", "Entre el 9 y el 13 de junio de 2023", ((2023, 6, 9), (2023, 6, 13)), "entre"),
    ("entre el 29 de junio y el 1 de julio", "entre el 29 de junio y el 1 de julio", ((None, 6, 29), (None, 7, 1)), "entre"),
    ("entre el lunes 5 y el viernes 9 de junio de 2023", "entre el lunes 5 y el viernes 9 de junio de 2023",
     ((2023, 6, 5), (2023, 6, 9)), "entre"),
    ("entre el 1 de mayo y\nel 30 de septiembre de 2025", "entre el 1 de mayo y\nel 30 de septiembre de 2025",
     ((2025, 5, 1), (2025, 9, 30)), "entre"),  # a soft line break
    # `desde el X hasta el Y`
    ("desde el 9 hasta el 13 de junio de 2023", "desde el 9 hasta el 13 de junio de 2023",
     ((2023, 6, 9), (2023, 6, 13)), "desde"),
    ("desde el 1 de enero de 2016 hasta el 31 de diciembre de 2030",
     "desde el 1 de enero de 2016 hasta el 31 de diciembre de 2030", ((2016, 1, 1), (2030, 12, 31)), "desde"),
])
def test_ranges_with_articles(text, written, value, open_word):
    d = one(text)
    assert (d.text, d.kind, ends(d), d.open.lower(), d.is_list, d.open_mismatch) == (
        written, "range", value, open_word, False, False)


@pytest.mark.parametrize("text,found", [
    ("el 5 de junio de 2023 y el informe", [("date", "5 de junio de 2023", False)]),
    ("entre el Consejo y el 5 de junio", [("date", "5 de junio", False)]),
    ("entre el 5 de junio de 2023 y el Consejo", [("date", "5 de junio de 2023", False)]),
    # `hasta el` needs `desde`: `el 1 de enero hasta el 5 de junio` is two dates
    ("aplazado el 1 de enero hasta el 5 de junio", [("date", "1 de enero", False), ("date", "5 de junio", False)]),
    # without `entre`, two days joined by `y` are a list, as `22 y 23 de febrero` is
    ("el 5 de junio de 2023 y el 9 de junio de 2023", [("range", "el 5 de junio de 2023 y el 9 de junio de 2023", True)]),
    ("el 9 de junio de 2023 y el 5 de junio de 2023", [("range", "el 9 de junio de 2023 y el 5 de junio de 2023", True)]),
    # no article on the end: read as before
    ("entre el 5 y 9 de junio de 2023", [("range", "5 y 9 de junio de 2023", True)]),
    ("del 5 al 9 de junio y el 10 de junio", [("range", "del 5 al 9 de junio", False), ("date", "10 de junio", False)]),
])
def test_ranges_with_articles_near_misses(text, found):
    assert [(d.kind, d.text, d.is_list) for d in scan(text, "es")] == found


def test_ranges_with_articles_and_the_date_rules():
    bad = ("1. *Aprueba* el presupuesto para el período comprendido entre el 1 de julio de 2022 y el 30 de junio de 2021;\n\n"
           "2. *Decide* reunirse del 9 al 5 de junio de 2023 y desde el 9 hasta el 5 de junio de 2023.\n")
    got = check_text(bad, "DATE", "es")
    assert [(d.code, d.span.line) for d in got] == [("DATE002", 1), ("DATE002", 3), ("DATE002", 3)]
    assert "`entre el 30 de junio de 2021 y el 1 de julio de 2022`" in got[0].message
    assert "`desde el 5 hasta el 9 de junio de 2023`" in got[2].message
    good = ("1. *Aprueba* el presupuesto para el período comprendido entre el 1 de julio de 2022 y el 30 de junio de 2023,\n"
            "se reúne del 5 al 9 de junio de 2023 y desde el 5 hasta el 9 de junio de 2023, el 5 de junio de 2023 y el\n"
            "informe, entre el Consejo y el 5 de junio, el 5 de junio de 2023 y el 9 de junio de 2023, el 9 de junio de 2023\n"
            "y el 5 de junio de 2023, entre el 5 y 9 de junio de 2023 y entre el lunes 5 y el viernes 9 de junio de 2023.\n")
    assert check_text(good, "DATE", "es") == []


def test_front_matter_dates_against_the_spanish_dates_line():
    head = "---\nlanguage: es\ndates: {}\n---\n\nNairobi, 29 de noviembre a 1 de diciembre de 2023\n"
    assert codes(head.format("2023-11-29/2023-12-01"), "DATE006") == []
    assert codes(head.format("2023-11-29/2023-12-02"), "DATE006") == ["6:10 DATE006"]


def test_month_names_render_in_messages():
    [d] = check_text("el 31 de junio de 2024\n", "DATE001", "es")
    assert "junio has 30 days" in d.message


# ------------------------------------------------------------------ instruments
def test_instrument_headings():
    doc = parse("## Decisión 2023/5: Composición de la Mesa\n\n## Recomendación 2021/1: Aplicación\n\n"
                "## 75/224. Aplicación de los resultados\n\n## Resolución 2334 (2016)\n")
    assert [(n.kind, n.prefix, n.number) for n in instrument_numbers(doc)] == [
        ("decision", "2023", 5), ("recommendation", "2021", 1), ("resolution", "75", 224),
        ("resolution (through the years)", "2016", 2334)]


def test_instrument_sequence_in_spanish():
    text = "## Decisión 2023/5: Una\n\n## Decisión 2023/7: Dos\n\n## Decisión 2022/8: Tres\n"
    assert codes(text, "NUM007") == ["3:13 NUM007", "5:13 NUM007"]
    assert codes("## Decisión 2023/5: Una\n\n## Decisión 2023/6: Dos\n\n## Recomendación 2023/1: Tres\n", "NUM007") == []


# ------------------------------------------------------------------ citations
def cites(text):
    return [(text[s:e], kind, body, [n.display() for n in numbers])
            for s, e, kind, body, numbers, _, _ in scan_citations(text, "es")]


@pytest.mark.parametrize("text,expected", [
    ("*Recordando* su resolución 75/224, de 21 de diciembre de 2020,",
     [("resolución 75/224", "resolution", None, ["75/224"])]),
    ("la resolución 75/224 de la Asamblea General, de 21 de diciembre de 2020",
     [("resolución 75/224 de la Asamblea General", "resolution", "general-assembly", ["75/224"])]),
    ("la resolución 2334 (2016) del Consejo de Seguridad",
     [("resolución 2334 (2016) del Consejo de Seguridad", "resolution", "security-council", ["2334 (2016)"])]),
    ("su resolución 2573 (2021)", [("resolución 2573 (2021)", "resolution", None, ["2573 (2021)"])]),
    ("la resolución 1978/66 del Consejo Económico y Social",
     [("resolución 1978/66 del Consejo Económico y Social", "resolution", "economic-and-social-council", ["1978/66"])]),
    ("la resolución 37/4 del Consejo de Derechos Humanos",
     [("resolución 37/4 del Consejo de Derechos Humanos", "resolution", "human-rights-council", ["37/4"])]),
    ("la resolución 5/14 de la Asamblea de las Naciones Unidas sobre el Medio Ambiente",
     [("resolución 5/14 de la Asamblea de las Naciones Unidas sobre el Medio Ambiente", "resolution",
       "environment-assembly", ["5/14"])]),
    ("la resolución 1/3 de la Asamblea de las Naciones Unidas sobre los Asentamientos Humanos",
     [("resolución 1/3 de la Asamblea de las Naciones Unidas sobre los Asentamientos Humanos", "resolution",
       "habitat-assembly", ["1/3"])]),
    ("la resolución 1/3 de la Asamblea de ONU-Hábitat",
     [("resolución 1/3 de la Asamblea de ONU-Hábitat", "resolution", "habitat-assembly", ["1/3"])]),
    ("las resoluciones 31/6 A y B", [("resoluciones 31/6 A y B", "resolution", None, ["31/6"])]),
    ("las resoluciones 70/1 y 71/256 de la Asamblea General",
     [("resoluciones 70/1 y 71/256 de la Asamblea General", "resolution", "general-assembly", ["70/1", "71/256"])]),
    ("las resoluciones 70/1, 71/256 y 75/224",
     [("resoluciones 70/1, 71/256 y 75/224", "resolution", None, ["70/1", "71/256", "75/224"])]),
    ("la resolución 3363 (XXX)", [("resolución 3363 (XXX)", "resolution", None, ["3363 (XXX)"])]),
    ("la resolución ES-10/19", [("resolución ES-10/19", "resolution", None, ["ES-10/19"])]),
    ("su decisión 2021/3, en particular el párrafo 4", [("decisión 2021/3", "decision", None, ["2021/3"])]),
    ("las decisiones 2020/5 y 2021/3", [("decisiones 2020/5 y 2021/3", "decision", None, ["2020/5", "2021/3"])]),
    ("la decisión 50/411 de la Asamblea General",
     [("decisión 50/411 de la Asamblea General", "decision", "general-assembly", ["50/411"])]),
    ("su recomendación 2021/2", [("recomendación 2021/2", "recommendation", None, ["2021/2"])]),
    ("Recomendación 2021/4", [("Recomendación 2021/4", "recommendation", None, ["2021/4"])]),
    # `Asamblea` alone is no body: the Assembly of what?
    ("la resolución 75/224 de la Asamblea", [("resolución 75/224", "resolution", None, ["75/224"])]),
])
def test_spanish_citations(text, expected):
    assert cites(text) == expected


@pytest.mark.parametrize("text", [
    "la decisión de la Junta Ejecutiva",
    "una resolución sobre el plan 2020-2023",
    "la decisión 1/CP.26",
    "el período 2021/22 y un tercio (1/3) de A/RES/75/224",
    "la resolución75/224",
    "la irresolución 75/224",
])
def test_spanish_citation_near_misses(text):
    assert cites(text) == []


@pytest.mark.parametrize("text,labels", [
    ("*Recordando* la resolución 75/224 de la Asamblea General, de 21 de diciembre de 2020[^1],\n", ["1"]),
    ("*Recordando* su resolución 75/224, de 21 de diciembre de 2020[^1],\n", ["1"]),
    ("*Recordando* su resolución 75/224 de 21 de diciembre de 2020[^1],\n", ["1"]),
    ("*Recordando* la resolución 75/224 de la Asamblea General[^1],\n", ["1"]),
    ("*Recordando* la resolución 75/224[^1] y la decisión 2021/3,\n", ["1"]),
    # a call placed after the punctuation (FN008 reports it) still belongs to the citation
    ("*Recordando* la resolución 75/224 de la Asamblea General,[^1]\n", ["1"]),
    # not directly after the citation: another phrase stands between
    ("*Recordando* la resolución 75/224, relativa a la aplicación de la Nueva Agenda Urbana[^1],\n", []),
])
def test_footnote_after_the_citation(text, labels):
    doc = parse(text + "\n[^1]: A/RES/75/224.\n")
    c = document_citations(doc)[0]
    assert [r.label for r in c.refs] == labels
    assert [s.text for s in c.symbols] == (["A/RES/75/224"] if labels else [])


@pytest.mark.parametrize("text,footnote", [
    ("*Recordando* la resolución 75/224 de la Asamblea General, de 21 de diciembre de 2020[^1],", "A/RES/75/224."),
    ("*Teniendo presente* la resolución 2573 (2021) del Consejo de Seguridad[^1],", "S/RES/2573 (2021)."),
    ("*Recordando* la resolución 2/1 de la Asamblea de las Naciones Unidas sobre los Asentamientos Humanos[^1],",
     "HSP/HA.2/Res.1."),
    ("*Recordando* las resoluciones 70/1 y 71/256 de la Asamblea General[^1],", "A/RES/70/1 y A/RES/71/256."),
    ("*Recordando* su decisión 2023/1[^1],", "Véase HSP/EB.2023/10."),
    ("*Recordando* la resolución 3363 (XXX) de la Asamblea General[^1],", "A/RES/3363(XXX)."),
])
def test_citations_that_agree_with_their_footnotes(text, footnote):
    assert codes(f"{text}\n\n[^1]: {footnote}\n", "SYM") == []


@pytest.mark.parametrize("text,footnote,expected", [
    ("*Recordando* la resolución 75/224 de la Asamblea General[^1],", "A/RES/75/225.", "1:17 SYM005"),
    ("*Teniendo presente* la resolución 2573 (2021) del Consejo de Seguridad[^1],", "S/RES/2537 (2021).",
     "1:24 SYM005"),
    # the body named after the number is not the body of the symbol
    ("*Recordando* la resolución 2/1 de la Asamblea General[^1],", "HSP/HA.2/Res.1.", "1:17 SYM005"),
    # a decision of 2023 footnoted with a document of 2022
    ("*Recordando* su decisión 2023/1[^1],", "Véase HSP/EB.2022/10.", "1:17 SYM005"),
    # a report symbol for a resolution
    ("*Recordando* la resolución 71/256 de la Asamblea General[^1],", "A/71/256.", "1:17 SYM006"),
    ("*Recordando* la resolución 71/256 de la Asamblea General[^1],", "Véase A/71/256.", "1:17 SYM006"),
])
def test_citations_that_disagree_with_their_footnotes(text, footnote, expected):
    assert codes(f"{text}\n\n[^1]: {footnote}\n", "SYM") == [expected]


def test_security_council_symbol_needs_its_space_in_spanish():
    assert language_pack("es")["citations"]["symbol_year_space"] is True
    assert codes("*Recordando* la resolución 2573 (2021)[^1],\n\n[^1]: S/RES/2573(2021).\n", "SYM") == ["3:7 SYM002"]


# ------------------------------------------------------------------ bureau
GROUPS = [
    ("Estados de África", "african"),
    ("Grupo de Estados de África", "african"),
    ("Grupo de los Estados de África", "african"),
    ("Estados de Asia y el Pacífico", "asia-pacific"),
    ("Grupo de Estados de Asia y el Pacífico", "asia-pacific"),
    ("Grupo de los Estados de Asia y el Pacífico", "asia-pacific"),
    ("Estados de Asia", "asia-pacific"),
    ("Grupo de los Estados de Asia", "asia-pacific"),
    ("Estados de Europa Oriental", "eastern-european"),
    ("Grupo de Estados de Europa Oriental", "eastern-european"),
    ("Grupo de los Estados de Europa Oriental", "eastern-european"),
    ("Estados de América Latina y el Caribe", "latin-american-caribbean"),
    ("Grupo de Estados de América Latina y el Caribe", "latin-american-caribbean"),
    ("Grupo de los Estados de América Latina y el Caribe", "latin-american-caribbean"),
    ("Estados de América Latina", "latin-american-caribbean"),
    ("Estados de Europa Occidental y otros Estados", "western-european-other"),
    ("Grupo de Estados de Europa Occidental y otros Estados", "western-european-other"),
    ("Grupo de los Estados de Europa Occidental y otros Estados", "western-european-other"),
]


def test_every_group_name_of_the_pack_is_tested():
    assert {n for names in language_pack("es")["groups"].values() for n in names} == {n for n, _ in GROUPS}


@pytest.mark.parametrize("name,gid", GROUPS)
def test_group_names_in_officer_lines(name, gid):
    [o] = officers(parse(f"- Vicepresidente: Chile ({name})\n"))
    assert (o.role, o.iso3, o.group) == ("vice-chair", "CHL", gid)


TITLES = [
    ("Presidente", "chair"), ("Presidenta", "chair"), ("Presidencia", "chair"),
    ("Vicepresidente", "vice-chair"), ("Vicepresidenta", "vice-chair"), ("Vicepresidencia", "vice-chair"),
    ("Relator", "rapporteur"), ("Relatora", "rapporteur"), ("Relatoría", "rapporteur"),
    ("Vicepresidente y Relator", "vice-chair-and-rapporteur"),
    ("Vicepresidenta y Relatora", "vice-chair-and-rapporteur"),
    ("Vicepresidente y Relatora", "vice-chair-and-rapporteur"),
    ("Vicepresidenta y Relator", "vice-chair-and-rapporteur"),
    ("Vicepresidencia y Relatoría", "vice-chair-and-rapporteur"),
    ("Presidente-Relator", "chair-and-rapporteur"), ("Presidenta-Relatora", "chair-and-rapporteur"),
    ("Presidente-Relatora", "chair-and-rapporteur"), ("Presidenta-Relator", "chair-and-rapporteur"),
    ("Presidencia-Relatoría", "chair-and-rapporteur"), ("Presidente y Relator", "chair-and-rapporteur"),
    ("Presidenta y Relatora", "chair-and-rapporteur"),
]


def test_every_title_of_the_pack_is_tested():
    assert {t for titles in language_pack("es")["officers"].values() for t in titles} == {t for t, _ in TITLES}


@pytest.mark.parametrize("title,role", TITLES)
def test_officer_titles(title, role):
    [o] = officers(parse(f"- {title}: Polonia (Estados de Europa Oriental)\n"))
    assert (o.role, o.role_text, o.iso3, o.group) == (role, title, "POL", "eastern-european")


@pytest.mark.parametrize("word", ["(vacante)", "vacante", "Vacante", "(Vacante)"])
def test_vacancy_words(word):
    [o] = officers(parse(f"- Vicepresidente: {word} (Estados de Europa Occidental y otros Estados)\n"))
    assert o.vacant and o.iso3 is None and o.group == "western-european-other"
    assert [d.code for d in check_text(f"- Vicepresidente: {word} (Estados de Europa Occidental y otros Estados)\n",
                                       "BUR007", "es")] == ["BUR007"]


@pytest.mark.parametrize("name,iso", [
    ("Pakistán", "PAK"), ("el Pakistán", "PAK"), ("la Argentina", "ARG"), ("el Brasil", "BRA"),
    ("las Bahamas", "BHS"), ("los Estados Unidos de América", "USA"), ("los Emiratos Árabes Unidos", "ARE"),
    ("la República Unida de Tanzanía", "TZA"), ("la Federación de Rusia", "RUS"), ("el Reino Unido de Gran Bretaña e Irlanda del Norte", "GBR"),
    ("Irán (República Islámica del)", "IRN"), ("la República Islámica del Irán", "IRN"),
    ("República Islámica del Irán", "IRN"), ("el Estado Plurinacional de Bolivia", "BOL"),
    ("Venezuela (República Bolivariana de)", "VEN"), ("la República Bolivariana de Venezuela", "VEN"),
    ("Micronesia (Estados Federados de)", "FSM"), ("los Estados Federados de Micronesia", "FSM"),
    ("Países Bajos (Reino de los)", "NLD"), ("el Reino de los Países Bajos", "NLD"), ("los Países Bajos", "NLD"),
    ("Côte d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"), ("Türkiye", "TUR"),
])
def test_member_state_names_and_running_text_forms(name, iso):
    assert lexicon("es").country(name) == iso


@pytest.mark.parametrize("name", ["la Pakistán", "el Argentina", "Tanzanía", "Irán", "Turquía", "Swazilandia", "Pakistan"])
def test_names_that_are_not_spanish_un_names(name):
    assert lexicon("es").country(name) is None


def test_superseded_names_point_to_the_current_name():
    diags = check_text("- Presidenta: Turquía (Estados de Europa Occidental y otros Estados)\n"
                       "- Relatora: Swazilandia (Estados de África)\n", "BUR001", "es")
    assert [("Türkiye" in d.message, "Eswatini" in d.message) for d in diags] == [(True, False), (False, True)]


def test_a_five_officer_bureau_with_one_vacancy_lints_clean():
    text = ("1. *Elige* a los siguientes miembros de la Mesa:\n\n"
            "- Presidenta: el Pakistán (Estados de Asia y el Pacífico)\n"
            "- Vicepresidente: la República Unida de Tanzanía (Estados de África)\n"
            "- Vicepresidencia: Colombia (Grupo de los Estados de América Latina y el Caribe)\n"
            "- Vicepresidente: (vacante) (Estados de Europa Occidental y otros Estados)\n"
            "- Relatoría: Polonia (Estados de Europa Oriental)\n")
    [bureau] = bureaus(parse(text))
    assert bureau.size == 5
    assert [d.code for d in check_text(text, "BUR", "es")] == ["BUR007"]


def test_bureau_errors_in_spanish():
    text = ("- Presidente: Polonia (Estados de Europa Oriental)\n"
            "- Presidenta: México (Estados de África)\n"
            "- Vicepresidente: Polonia (Estados de Europa Oriental)\n"
            "- Relator: Kenya (Estados de África Oriental)\n"
            "- Relatora: Chile (Estados de América Latina y el Caribe)\n")
    got = [(d.span.line, d.code) for d in check_text(text, "BUR", "es")]
    assert got == [(2, "BUR006"), (2, "BUR002"), (3, "BUR005"), (3, "BUR003"), (4, "BUR008"), (5, "BUR009")]


@pytest.mark.parametrize("text", [
    "## Presidente: Pakistán (Estados de Asia y el Pacífico)\n",
    "Nota: Pakistán (Estados de Asia y el Pacífico)\n",
    "Presidente de la Junta: Pakistán (Estados de Asia y el Pacífico)\n",
    "Presidente: la sesión fue abierta por la Presidenta.\n",
])
def test_lines_that_are_not_officer_lines(text):
    assert bureaus(parse(text)) == []


# ------------------------------------------------------------------ subparagraph markers
def test_rparen_is_the_spanish_style():
    text = "1. *Solicita*:\n\n    a) Un informe;\n    b) Un análisis:\n        i) Del nivel;\n        ii) De las contribuciones;\n"
    assert check_text(text, "NUM", "es") == []
    # the same markers are a warning in English
    assert [d.code for d in check_text(text, "NUM005", "en")] == ["NUM005"] * 4


def test_paren_style_is_a_warning_in_spanish_with_a_safe_fix():
    text = "1. *Solicita*:\n\n    (a) Un informe;\n    (b) Un análisis;\n"
    diags = check_text(text, "NUM005", "es")
    assert [(d.code, d.severity) for d in diags] == [("NUM005", Severity.WARNING)] * 2
    assert fix_text(text, "NUM005", "es") == "1. *Solicita*:\n\n    a) Un informe;\n    b) Un análisis;\n"


# ------------------------------------------------------------------ footnote placement
def test_footnote_calls_stand_before_the_punctuation():
    ok = "*Recordando* su resolución 75/224[^1], y su decisión 2021/3[^2];\n\n[^1]: A/RES/75/224.\n[^2]: HSP/EB.2021/11.\n"
    assert check_text(ok, "FN008", "es") == []
    bad = ok.replace("[^1],", ",[^1]").replace("[^2];", ";[^2]")
    diags = check_text(bad, "FN008", "es")
    assert [(d.code, d.severity, d.fix.safe) for d in diags] == [("FN008", Severity.WARNING, True)] * 2
    assert fix_text(bad, "FN008", "es") == ok
    # the English placement is the opposite
    assert [d.code for d in check_text(ok, "FN008", "en")] == ["FN008", "FN008"]


# ------------------------------------------------------------------ language detection and the example
def body_of(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return text.split("\n---\n", 1)[1]


def test_language_detected_from_the_example_without_front_matter():
    body = body_of(EXAMPLE)
    assert detect_text(body) == "es"
    assert parse_text(body, "x.undoc.md").language == "es"


def test_the_example_reads_as_intended():
    doc = parse_text(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE))
    assert doc.language == "es"
    assert [(n.kind, n.label()) for n in instrument_numbers(doc)] == [("decision", f"2023/{i}") for i in range(5, 9)]
    kinds = [d.kind for d in document_dates(doc)]
    assert {"date", "range", "period"} <= set(kinds)
    cited = [(c.text, [r.label for r in c.refs]) for c in document_citations(doc) if c.refs]
    assert ("resolución 2573 (2021) del Consejo de Seguridad", ["6"]) in cited
    assert len(cited) == 7
    [bureau] = bureaus(doc)
    assert [(o.role, o.iso3, o.group) for o in bureau.officers] == [
        ("chair", "POL", "eastern-european"), ("vice-chair", "MAR", "african"),
        ("vice-chair", "MEX", "latin-american-caribbean"), ("vice-chair", None, "western-european-other"),
        ("rapporteur", "IRN", "asia-pacific")]
    diags = check_text(EXAMPLE.read_text(encoding="utf-8"), None, None)
    assert [d.code for d in diags] == ["BUR007"]


# ------------------------------------------------------------------ bidi marks
def test_bidi_marks_do_not_break_dates_or_citations():
    # Text pasted from a right-to-left editor can carry U+200E/U+200F/U+061C; the
    # model drops them from Inline.text (with exact spans), so they break nothing.
    text = "*Recordando* la resolución 75/\u200e224, de 21\u200f de diciembre de 2020[^1],\n\n[^1]: A/RES/\u061c75/224.\n"
    doc = parse(text)
    assert [(d.kind, (d.first.year, d.first.month, d.first.day)) for d in document_dates(doc)] == [
        ("date", (2020, 12, 21))]
    [c] = document_citations(doc)
    assert [n.display() for n in c.numbers] == ["75/224"] and [s.text for s in c.symbols] == ["A/RES/75/224"]
    assert codes(text, "SYM") == []


def test_a_day_with_an_ordinal_sign_is_read_so_that_date010_can_say_un_spanish_writes_none():
    # (`1º de julio` was a near miss, not read: DATE010 now reports the sign, and the date is checked)
    d = one("el 1º de julio de 2023")
    assert d.kind == "date" and (d.first.day, d.first.month, d.first.year) == (1, 7, 2023)
