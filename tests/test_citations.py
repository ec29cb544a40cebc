"""The citation analysis (undoc_lint.analysis.citations): patterns per language, footnotes, P5."""

import time

import pytest

from undoc_lint.analysis.citations import (CitedNumber, document_citations, expected_symbol, meaning,
                                           same_instrument, scan)
from undoc_lint.api import parse_text


def _cites(text, language):
    return [(text[s:e], kind, body, [n.display() for n in numbers]) for s, e, kind, body, numbers, _, _ in scan(text, language)]


@pytest.mark.parametrize("text,expected", [
    ("*Recalling* its resolution 75/224 of 21 December 2020,",
     [("resolution 75/224", "resolution", None, ["75/224"])]),
    ("resolutions 31/6 A and B", [("resolutions 31/6 A and B", "resolution", None, ["31/6"])]),
    ("decision 2020/5", [("decision 2020/5", "decision", None, ["2020/5"])]),
    ("Security Council resolution 2334 (2016)",
     [("Security Council resolution 2334 (2016)", "resolution", "security-council", ["2334 (2016)"])]),
    ("General Assembly resolution 75/224",
     [("General Assembly resolution 75/224", "resolution", "general-assembly", ["75/224"])]),
    ("Council resolution 1978/66", [("resolution 1978/66", "resolution", None, ["1978/66"])]),
    ("resolution 3363 (XXX)", [("resolution 3363 (XXX)", "resolution", None, ["3363 (XXX)"])]),
    ("resolutions 70/1 and 71/256", [("resolutions 70/1 and 71/256", "resolution", None, ["70/1", "71/256"])]),
    ("resolution ES-10/19", [("resolution ES-10/19", "resolution", None, ["ES-10/19"])]),
    ("recommendation 2021/2 therein", [("recommendation 2021/2", "recommendation", None, ["2021/2"])]),
    ("the period 2021/22 and one third (1/3) of A/RES/75/224", []),
    ("decision 1/CP.26", []),
])
def test_english(text, expected):
    assert _cites(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("第 1/3 号决议", [("第 1/3 号决议", "resolution", None, ["1/3"])]),
    ("第1/3号决议", [("第1/3号决议", "resolution", None, ["1/3"])]),
    ("第 2020/5 号决定", [("第 2020/5 号决定", "decision", None, ["2020/5"])]),
    ("第2326(2016)号决议", [("第2326(2016)号决议", "resolution", None, ["2326 (2016)"])]),
    ("安全理事会第2326(2016)号决议", [("安全理事会第2326(2016)号决议", "resolution", "security-council", ["2326 (2016)"])]),
    ("第2326(2016)號決議", [("第2326(2016)號決議", "resolution", None, ["2326 (2016)"])]),
    ("联大第 75/224 号决议", [("联大第 75/224 号决议", "resolution", "general-assembly", ["75/224"])]),
    ("第 2021/1 号建议", [("第 2021/1 号建议", "recommendation", None, ["2021/1"])]),
    ("2020-2023 年期间，2021/22 年度", []),
])
def test_chinese(text, expected):
    assert _cites(text, "zh") == expected


@pytest.mark.parametrize("text,expected", [
    ("第２０２１/１号决定", [("第２０２１/１号决定", "decision", None, ["2021/1"])]),
    ("第 １/３ 号决议", [("第 １/３ 号决议", "resolution", None, ["1/3"])]),
    ("第２０２１／１号建议", [("第２０２１／１号建议", "recommendation", None, ["2021/1"])]),
    ("安全理事会第２３２６（２０１６）号决议", [("安全理事会第２３２６（２０１６）号决议", "resolution", "security-council", ["2326 (2016)"])]),
    ("联大第７５/２２４号决议和第７５/２２５号决议",
     [("联大第７５/２２４号决议", "resolution", "general-assembly", ["75/224"]),
      ("第７５/２２５号决议", "resolution", None, ["75/225"])]),
    ("第１/２号和第１/３号决议", [("第１/２号和第１/３号决议", "resolution", None, ["1/2", "1/3"])]),
    ("２０２０－２０２３年期间，２０２１/２２年度，第１７段", []),
])
def test_chinese_in_full_width_digits(text, expected):
    # (typed with a Chinese input method, or left by a PDF's text layer: nothing was found)
    assert _cites(text, "zh") == expected


def test_full_width_numbers_are_read_in_ascii_and_kept_as_written():
    [(s, e, _, _, numbers, _, _)] = scan("回顾第２０２１/３号决定", "zh")
    [n] = numbers
    assert (s, e) == (2, 12) and (n.text, n.session, n.number) == ("２０２１/３", "2021", "3")
    doc = _doc("---\nlanguage: zh\n---\n\n2. 执行第１/３号决议[^3]。\n\n[^3]: HSP/HA.1/Res.3。\n")
    (c,) = document_citations(doc)
    assert c.text == "第１/３号决议" and doc.text[c.span.start:c.span.end] == "第１/３号决议"
    assert [n.display() for n in c.numbers] == ["1/3"] and [r.label for r in c.refs] == ["3"]
    assert same_instrument(c.numbers[0], meaning(c.symbols[0].check.normalized))


def test_numbers_keep_their_text_as_written_where_a_session_prefix_is_read():
    # (ar `دإط-10` is session ES-10: the number's text stays as written, for SYM007's lists)
    [(_, _, _, _, numbers, _, _)] = scan("القرار دإط-10/19 و75/224", "ar")
    assert [(n.text, n.session, n.number) for n in numbers] == [("دإط-10/19", "ES-10", "19"), ("75/224", "75", "224")]


def _doc(text):
    return parse_text(text, "t.undoc.md")


def test_footnote_after_the_citation_zh():
    doc = _doc("---\nlanguage: zh\n---\n\n2. 执行第 1/3 号决议[^3]第 2 段。\n\n[^3]: HSP/HA.1/Res.4。\n")
    (c,) = document_citations(doc)
    assert [r.label for r in c.refs] == ["3"]
    assert [s.text for s in c.symbols] == ["HSP/HA.1/Res.4"]
    assert doc.cache["citations"] is document_citations(doc)


def test_footnote_after_date_and_punctuation_en():
    doc = _doc("---\nlanguage: en\n---\n\n*Recalling* its resolution 75/224 of 21 December 2020,[^1] and 76/1,\n\n[^1]: A/RES/75/224.\n")
    (c,) = document_citations(doc)
    assert [r.label for r in c.refs] == ["1"] and [s.text for s in c.symbols] == ["A/RES/75/224"]


@pytest.mark.parametrize("language,text", [
    ("en", 'its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda\n'
           'for Sustainable Development",[^1] and'),
    ("en", "its resolution 70/1, entitled \u201cOur common agenda\u201d;[^1]"),
    ("en", "its resolution 70/1 of 2 March 2022 on sustainable nitrogen management,[^1]"),
    ("en", "resolution 70/1 of the Council of 3 April 2023,[^1]"),
    ("ru", "резолюцию 70/1 Совета от 3 апреля 2023 года[^1],"),
    ("fr", "sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre monde »[^1],"),
    ("es", "su resolución 70/1, de 25 de septiembre de 2015, titulada \u201cTransformar nuestro mundo\u201d[^1],"),
    ("ru", "свою резолюцию 70/1 от 25 сентября 2015 года, озаглавленную «Преобразование нашего мира»[^1],"),
    ("ar", "إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015، المعنون \"تحويل عالمنا\"[^1]،"),
])
def test_footnote_after_date_and_title(language, text):
    # (a footnote after the title was linked to nothing, so a wrong symbol went unreported)
    doc = _doc(f"---\nlanguage: {language}\n---\n\n{text}\n\n[^1]: A/RES/70/1.\n")
    (c,) = document_citations(doc)
    assert [r.label for r in c.refs] == ["1"] and [s.text for s in c.symbols] == ["A/RES/70/1"]


@pytest.mark.parametrize("language,text,numbers", [
    ("en", "its resolutions 71/225 of 21 December 2016 and 72/217 of 20 December 2017,[^1]", ["71/225", "72/217"]),
    ("fr", "ses résolutions 73/239 du 20 décembre 2018 et 77/164 du 14 décembre 2022[^1],", ["73/239", "77/164"]),
    ("es", "sus resoluciones 73/239, de 20 de diciembre de 2018, y 77/164, de 14 de diciembre de 2022[^1],",
     ["73/239", "77/164"]),
    ("ru", "свои резолюции 73/239 от 20 декабря 2018 года и 77/164 от 14 декабря 2022 года[^1],", ["73/239", "77/164"]),
    ("ar", "إلى قراريها 73/239 المؤرخ 20 كانون الأول/ديسمبر 2018 و 77/164 المؤرخ 14 كانون الأول/ديسمبر 2022[^1]،",
     ["73/239", "77/164"]),
])
def test_a_list_with_a_date_after_each_number(language, text, numbers):
    # (the list stopped at the first date, so the footnote was compared with its last number only)
    doc = _doc(f"---\nlanguage: {language}\n---\n\n{text}\n\n[^1]: A/RES/73/239 A/RES/77/164.\n")
    (c,) = document_citations(doc)
    assert [n.display() for n in c.numbers] == numbers and [r.label for r in c.refs] == ["1"]


def test_a_title_without_its_closing_quote_links_nothing():
    doc = _doc('---\nlanguage: en\n---\n\nresolution 70/1, entitled "Transforming our world,[^1]\n\n[^1]: A/RES/70/1.\n')
    (c,) = document_citations(doc)
    assert c.refs == []


def test_footnote_not_directly_after():
    doc = _doc("---\nlanguage: en\n---\n\nresolution 1/1 of the Assembly, on the plan,[^3]\n\n[^3]: HSP/HA.1/Res.1.\n")
    (c,) = document_citations(doc)
    assert c.refs == [] and c.symbols == []


@pytest.mark.parametrize("symbol,kind,session,number", [
    ("HSP/HA.1/Res.3", "resolution", "1", "3"),
    ("A/RES/75/224", "resolution", "75", "224"),
    ("A/HRC/RES/37/4", "resolution", "37", "4"),
    ("UNEP/EA.5/Res.14", "resolution", "5", "14"),
    ("E/RES/1978/66", "resolution", "1978", "66"),
    ("S/RES/2334 (2016)", "resolution", None, "2334"),
    ("S/RES/2326(2016)", "resolution", None, "2326"),
    ("HSP/EB.2020/29", "session", "2020", None),
    ("HSP/HA/1/7", "session", "1", None),
    ("A/75/224", "other", None, None),
    ("A/74/8", "other", None, None),
])
def test_meaning(symbol, kind, session, number):
    m = meaning(symbol)
    assert (m.kind, m.session, m.number) == (kind, session, number)


def test_p5_mapping():
    assert same_instrument(CitedNumber("1/3", "3", "1"), meaning("HSP/HA.1/Res.3"))
    assert not same_instrument(CitedNumber("1/3", "3", "1"), meaning("HSP/HA.1/Res.4"))
    assert same_instrument(CitedNumber("2334 (2016)", "2334", year="2016"), meaning("S/RES/2334 (2016)"))
    assert not same_instrument(CitedNumber("2334 (2016)", "2334", year="2016"), meaning("S/RES/2334 (2017)"))
    assert same_instrument(CitedNumber("3363 (XXX)", "3363", roman="XXX"), meaning("A/RES/3363(XXX)"))
    assert expected_symbol(CitedNumber("75/224", "224", "75"), "general-assembly") == "A/RES/75/224"
    assert expected_symbol(CitedNumber("1/3", "3", "1"), "habitat-assembly") == "HSP/HA.1/Res.3"
    assert expected_symbol(CitedNumber("2334 (2016)", "2334", year="2016"), "security-council") == "S/RES/2334 (2016)"


def test_scan_is_fast():
    text = "resolution " + "1/" * 50_000 + " 第 " + "1/" * 50_000
    t0 = time.perf_counter()
    scan(text, "en")
    scan(text, "zh")
    assert time.perf_counter() - t0 < 0.5


# ---------------------------------------------------------------- where citations can begin
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


def _every_position(text, language):
    """The reference: the pattern tried at every position (no `starts_with` shortcut)."""
    from undoc_lint.analysis import citations

    g = citations.grammar(language)
    out = []
    for m in g.citation.finditer(text):
        citations._add(g, text, m, out)
    return [(s, e, kind, body, [n.display() for n in numbers], rs, re_) for s, e, kind, body, numbers, rs, re_ in out]


def _with_lead(text, language):
    return [(s, e, kind, body, [n.display() for n in numbers], rs, re_) for s, e, kind, body, numbers, rs, re_ in scan(text, language)]


def _pieces(language):
    from undoc_lint.lang import language_pack

    c = language_pack(language)["citations"]
    words = [w for ws in c["kinds"].values() for w in ws] + [w for ws in c["bodies"].values() for w in ws]
    return words + ["75/224", "2334 (2016)", "3363 (XXX)", "1/3", "ES-10/19", "A", "B", " and ", "、", "和", " و ",
                    "第", "号", "號", " ", "\n", ",", "-", "(", ")", "\ufffc", "x", "of 21 December 2020"]


def test_every_pack_says_where_citations_begin():
    from undoc_lint.analysis.citations import grammar

    assert all(grammar(language).lead is not None for language in LANGUAGES)


def test_the_examples_scan_as_trying_every_position_does():
    from pathlib import Path

    from undoc_lint.analysis.texts import digit_texts

    root = Path(__file__).resolve().parent.parent
    seen = 0
    for path in sorted(root.glob("examples/**/*.undoc.md")):
        doc = parse_text(path.read_text(encoding="utf-8"), str(path))
        for _, _, text in digit_texts(doc):
            expected = _every_position(text, doc.language)
            seen += len(expected)
            assert _with_lead(text, doc.language) == expected, (doc.language, text)
    assert seen > 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_generated_text_scans_as_trying_every_position_does(language):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_pieces(language)), min_size=1, max_size=14))
    def check(pieces):
        text = "".join(pieces)
        assert _with_lead(text, language) == _every_position(text, language)

    check()


# ---------------------------------------------------------------- parts of multi-part resolutions
@pytest.mark.parametrize("language,text,parts,letters", [
    ("en", "resolutions 31/6 A and B", "A and B", {"A", "B"}),
    ("en", "resolution 74/264 A–C", "A–C", {"A", "B", "C"}),
    ("en", "resolutions 3411 A and B (XXX)", "A and B", {"A", "B"}),
    ("fr", "résolution 75/290 B", "B", {"B"}),
    ("fr", "résolutions 31/6 A et B", "A et B", {"A", "B"}),
    ("es", "resoluciones 31/6 A y B", "A y B", {"A", "B"}),
    ("ru", "резолюции 31/6 A и B", "A и B", {"A", "B"}),
    ("ru", "резолюции 31/6 A-B", "A-B", {"A", "B"}),
    ("zh", "第 75/290 B 号决议", "B", {"B"}),
    ("zh", "第 31/6 A和B 号决议", "A和B", {"A", "B"}),
    ("ar", "قرارها 75/290 باء", "باء", {"B"}),
    ("ar", "قراريها 31/6 ألف وباء", "ألف وباء", {"A", "B"}),
])
def test_cited_parts_are_read_as_letters(language, text, parts, letters):
    from undoc_lint.analysis.citations import part_letters

    [(_, _, _, _, [number], _, _)] = scan(text, language)
    assert number.parts == parts
    assert part_letters(language, number.parts) == letters


@pytest.mark.parametrize("language,footnote,written", [
    ("en", "A/RES/75/290 A.", "A"),
    ("en", "A/RES/31/6 A and B, annex.", "A and B"),
    ("en", "A/RES/74/264 A–C.", "A–C"),
    ("en", "A/RES/75/290 A and A/RES/75/291 B.", "A"),
    ("en", "A/RES/75/290 and A/RES/75/291.", None),
    ("en", "A/RES/75/290 A/C.2/75/L.5.", None),
    ("fr", "A/RES/31/6 A et B.", "A et B"),
    ("es", "A/RES/31/6 A y B.", "A y B"),
    ("ru", "A/RES/31/6 A и B.", "A и B"),
    ("zh", "A/RES/75/290 B。", "B"),
    ("zh", "A/RES/31/6 A和B。", "A和B"),
    ("ar", "A/RES/75/290 B.", "B"),
    ("ar", "A/RES/31/6 ألف وباء.", "ألف وباء"),
])
def test_parts_after_a_symbol_in_a_footnote(language, footnote, written):
    from undoc_lint.analysis.citations import symbol_parts
    from undoc_lint.analysis.symbols import document_symbols

    doc = _doc(f"---\nlanguage: {language}\n---\n\nText.[^1]\n\n[^1]: {footnote}\n")
    first = document_symbols(doc).found[0]
    assert symbol_parts(language, first) == written


def test_the_parts_a_shared_footnote_names_are_worked_out_once_for_each_resolution():
    from undoc_lint.analysis.citations import footnote_symbols

    doc = _doc("*Recalling* resolutions 31/6 A and B[^1] and 31/6 B,[^1]\n\n[^1]: A/RES/31/6 A and A/RES/31/6 B.\n")
    (c,) = document_citations(doc)
    fs = footnote_symbols(doc, c)
    first, letters = fs.named_parts("resolution", c.numbers[0], "en")
    assert first.text == "A/RES/31/6" and letters == {"A", "B"}
    assert fs.named_parts("resolution", c.numbers[1], "en") is fs.named_parts("resolution", c.numbers[0], "en")
    whole = _doc("*Recalling* resolution 31/6 A,[^1]\n\n[^1]: A/RES/31/6 A and A/RES/31/6.\n")
    (c,) = document_citations(whole)
    assert footnote_symbols(whole, c).named_parts("resolution", c.numbers[0], "en") is None  # (the whole resolution)
