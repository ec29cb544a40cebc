"""The symbol analysis (undoc_lint.analysis.symbols) against un-domain.md §1.4–1.5."""

import time

import pytest

from undoc_lint.analysis.symbols import check_symbol, document_symbols, scan
from undoc_lint.api import parse_text

MUST_PASS = [
    "A/RES/75/224", "S/RES/2334 (2016)", "A/HRC/RES/47/1", "A/C.1/76/L.5", "E/CN.6/2021/L.3",
    "HSP/HA.1/Res.3", "HSP/EB.2020/29", "HSP/OECPR.2021/4", "HSP/OECPR.2021/INF/2",
    "UNEP/EA.5/Res.14", "FCCC/CP/2021/12/Add.1", "ICCD/COP(15)/23/Add.1", "TD/B/68/1",
    "CEDAW/C/GC/38", "A/76/L.1/Rev.1", "A/75/PV.3", "E/2021/SR.10", "S/PRST/2021/1",
    "A/RES/ES-10/19", "A/RES/S-27/2", "A/54/L.74/Add.1", "S/2012/10/Add.20", "A/HRC/37/2",
    "HSP/GC/25/L.6", "HSP/HA.1/HLS.3", "A/76/1*", "S/PV.6201 (Resumption 1)", "A/RES/3363(XXX)",
    "ST/AI/189/Add.9/Rev.2", "E/CN.4/Sub.2/1998/13", "UNEP/PP/OEWG/1/INF/1",
    "HSP/OECPR.2021/1/Add.1/Rev.1", "A/75/224", "HSP/HA/1/7",
    # attested elsewhere in §1.1–1.2
    "ST/LIB/SER.B/5/Rev.5", "HSP/GC/24/INF/6", "HSP/OECPR.2023/INF/1", "A/72/53/Add.1", "A/HRC/6/L.41",
    "HSP/HA.2/8", "HSP/EB.2020/13/Add.1", "A/74/8", "S/PRST/2014/16",
    # real symbols a false-positive hunt found rejected (session 6): roman-numbered organs and
    # sessions, treaty bodies' combined reports, UPR national reports, volumes, more series
    "BWC/CONF.IX/9", "CCW/CONF.VI/11", "TD/B/C.I/49", "TD/B/EX(70)/3", "A/CN.9/WG.III/WP.231",
    "CERD/C/SAU/CO/4-9", "CRC/C/ESP/CO/5-6", "CRPD/C/CHN/CO/2-3", "A/HRC/WG.6/45/RUS/1", "A/78/49 (Vol. I)",
    "CD/2321", "ECE/TRANS/WP.29/1177", "ECE/HBP/2023/1", "LC/SES.39/14",
    # convention bodies' sessions (a second hunt)
    "ICCD/CRIC(22)/2", "ICCD/CST(S-4)/3", "UNEP/CHW.16/1", "UNEP/FAO/RC/COP.11/1", "UNEP/POPS/COP.11/1",
    "UNEP/MC/COP.5/1", "UNEP/OzL.Pro.35/12", "UNEP/OzL.Pro.WG.1/45/4", "ECE/MP.PP/2021/2", "UNEP/EA.SS.1/L.1",
    # the Convention on Biological Diversity's decisions, under UNEP's series and its own (a hunt, session 9)
    "UNEP/CBD/COP/DEC/XII/1", "CBD/COP/DEC/XIII/5", "CBD/COP/DEC/15/4",
    # whole resolution symbols of every New York series (a cut-short one is reported)
    "E/RES/2020/5", "E/RES/1722(LIII)", "A/HRC/RES/S-29/1", "A/RES/75/224/Corr.1", "A/RES/60/1*",
]

# (symbol, problem kinds, corrected or None)
MUST_FAIL = [
    ("A/RES/75/224.", {"trailing-punctuation"}, "A/RES/75/224"),
    ("A/Res/75/224", {"res-style"}, "A/RES/75/224"),
    ("A/RES/75-224", {"dash-for-slash"}, "A/RES/75/224"),
    ("A / RES / 75 / 224", {"space"}, "A/RES/75/224"),
    ("S/RES/2334(2016)", {"year-space"}, "S/RES/2334 (2016)"),
    ("S/RES/2334", {"missing-year"}, None),
    ("S/RES /1019(1995)", {"space", "year-space"}, "S/RES/1019 (1995)"),
    ("HSP/OECPR.2021/INF.1", {"dot-for-slash"}, "HSP/OECPR.2021/INF/1"),
    ("HSP/OECPR/2023/CRP1", {"year-body-slash", "missing-dot"}, "HSP/OECPR.2023/CRP.1"),
    ("HSP/OECPR.2023/CRP7/Rev.1", {"missing-dot"}, "HSP/OECPR.2023/CRP.7/Rev.1"),
    ("HSP-OECPR-2025-3", {"hyphen-separator", "year-body-slash"}, "HSP/OECPR.2025/3"),
    ("HSP/OECPR.2021/l2/Rev.2", {"lowercase-l"}, "HSP/OECPR.2021/L.2/Rev.2"),
    ("A/54/L.74/ADD.1", {"modifier-case"}, "A/54/L.74/Add.1"),
    ("UNEP/EA.5/RES.14", {"res-style"}, "UNEP/EA.5/Res.14"),
    ("A/76/L.1/Rev1", {"missing-dot"}, "A/76/L.1/Rev.1"),
    ("A/76/L.1/rev.1", {"modifier-case"}, "A/76/L.1/Rev.1"),
    ("A/C1/76/L.5", {"missing-dot"}, "A/C.1/76/L.5"),
    ("E/CN6/2021/L.3", {"missing-dot"}, "E/CN.6/2021/L.3"),
    ("ICCD/COP15/23", {"missing-parentheses"}, "ICCD/COP(15)/23"),
    ("A/RES/75/224/", {"trailing-slash"}, "A/RES/75/224"),
    ("A/RES/75/224 ", {"whitespace"}, "A/RES/75/224"),
    # §1.5 and the brief's corrections
    ("HSP/GC/22/2.Add.3", {"modifier-separator"}, "HSP/GC/22/2/Add.3"),
    ("HSP/HA.1/Res2", {"missing-dot"}, "HSP/HA.1/Res.2"),
    ("A/54/L.74/Add1", {"missing-dot"}, "A/54/L.74/Add.1"),
    ("HSP/HA.1/RES.3", {"res-style"}, "HSP/HA.1/Res.3"),
    ("UNEP/EA.5/RES/14", {"res-style"}, "UNEP/EA.5/Res.14"),
    ("A/RES/2O21/1", {"letter-for-digit"}, "A/RES/2021/1"),
    ("A/RES/75/224(XXX)", {"roman-session"}, None),
    ("A//RES/75/224", {"empty-component"}, None),
    # a modifier needs a document's number to modify (the safe fix wrote `HSP/OECPR.2023/Rev.1`; an audit)
    ("HSP/OECPR.2023/Rev1", {"missing-dot", "grammar"}, None),
    ("A/RES/Rev.1", {"grammar"}, None),
    # a resolution symbol without its numbers: no fix can know them (the safe fix of `A/RES/75/` wrote `A/RES/75`)
    ("A/RES/75", {"cut-short"}, None),
    ("A/RES/75/", {"trailing-slash", "cut-short"}, None),
    ("E/RES/2020", {"cut-short"}, None),
    ("A/HRC/RES/37", {"cut-short"}, None),
    ("A/RES/75/Add.1", {"cut-short"}, None),
    ("A/78/459/Add. 2", {"space"}, "A/78/459/Add.2"),
    ("A/RES/75 224", {"space"}, "A/RES/75/224"),  # (nothing was reported; an audit)
    ("HSP/EB.2023/INF 5", {"space"}, "HSP/EB.2023/INF/5"),
    ("A/78/459/rev 1", {"space", "modifier-case"}, "A/78/459/Rev.1"),
    # a dash between numbers is a combined report only at the end of a treaty body's symbol
    ("\u0410/RES/75/224", {"lookalike"}, "A/RES/75/224"),  # a Cyrillic А (a Russian keyboard)
    ("S/R\u0415S/2334 (2016)", {"lookalike"}, "S/RES/2334 (2016)"),  # (Cyrillic Е; Cyrillic Р is a P)
    ("A/RES/75-76", {"dash-for-slash"}, "A/RES/75/76"),
    ("CERD/C/SAU/CO/9-4", {"dash-for-slash"}, "CERD/C/SAU/CO/9/4"),
    # RES after the session, where the series' resolution symbols have it before (nothing was reported)
    ("A/75/RES/224", {"res-position"}, "A/RES/75/224"),
    ("A/HRC/37/RES/4", {"res-position"}, "A/HRC/RES/37/4"),
    ("E/2020/RES/5", {"res-position"}, "E/RES/2020/5"),
    ("A/ES-10/RES/19", {"res-position"}, "A/RES/ES-10/19"),
    ("A/75/Res/224", {"res-style", "res-position"}, "A/RES/75/224"),
    ("A/75/RES/224/Corr.1", {"res-position"}, "A/RES/75/224/Corr.1"),
    # file-name style in any known series (a session keeps its own hyphen)
    ("A-RES-75-224", {"hyphen-separator"}, "A/RES/75/224"),
    ("A-RES-ES-10-19", {"hyphen-separator"}, "A/RES/ES-10/19"),
    ("A-C.1-76-L.5", {"hyphen-separator"}, "A/C.1/76/L.5"),
    ("A-75-RES-224", {"hyphen-separator", "res-position"}, "A/RES/75/224"),
]

PROFILE_KINDS = {"cut-short", "res-style", "year-space", "missing-year", "modifier-case", "year-body-slash", "roman-session",
                 "res-position"}


@pytest.mark.parametrize("symbol", MUST_PASS)
def test_must_pass(symbol):
    c = check_symbol(symbol)
    assert c.valid, c.describe()
    assert c.problems == () and c.corrected is None
    assert c.known_series


@pytest.mark.parametrize("symbol,kinds,corrected", MUST_FAIL, ids=[f[0] for f in MUST_FAIL])
def test_must_fail(symbol, kinds, corrected):
    c = check_symbol(symbol)
    assert not c.valid
    assert {p.kind for p in c.problems} == kinds, c.describe()
    assert c.corrected == corrected
    for p in c.problems:
        assert p.layer == ("profile" if p.kind in PROFILE_KINDS else "syntax")
        assert p.message
    if corrected:
        assert check_symbol(corrected).valid
        assert f"expected `{corrected}`" in c.describe()


def test_unsafe_corrections():
    assert not check_symbol("HSP/OECPR.2021/l2/Rev.2").safe
    assert not check_symbol("A/RES/2O21/1").safe
    assert check_symbol("A/RES/75-224").safe
    assert check_symbol("A/75/RES/224").safe and check_symbol("A-RES-75-224").safe


@pytest.mark.parametrize("symbol", ["S/2016/RES/2334", "A/HRC/RES/37/4", "HSP/GC/24/INF/6", "E/CN.6/2021/L.3",
                                    "A/C.1/76/L.5"])
def test_res_where_no_resolution_symbol_would_have_it_is_not_moved(symbol):
    # (only where moving RES before the session makes a resolution symbol of the series)
    assert not any(p.kind == "res-position" for p in check_symbol(symbol).problems)


def test_res_position_message_says_the_shape():
    msg = check_symbol("A/75/RES/224").describe()
    assert "`RES` stands after the session `75`" in msg and "General Assembly" in msg
    assert "`A/RES/{session}/{number}`" in msg and "expected `A/RES/75/224`" in msg
    assert "Economic and Social Council are written `E/RES/{year}/{number}`" in check_symbol("E/2020/RES/5").describe()


@pytest.mark.parametrize("token,symbol", [
    ("A-RES-75-224", True), ("A-HRC-RES-37-4", True), ("E-CN.6-2021-L.3", True), ("A-76-L.1-Rev.1", True),
    ("S-PRST-2021-1", True), ("A-RES-ES-10-19", True),
    ("A-75-224", False), ("S-300-PMU", False), ("E-3-4", False), ("T-34-85", False), ("ST-SGB-2019-8", False),
    ("A-RES", False), ("E-commerce-led", False), ("A-RES-75", False), ("S-RES-2334", False), ("A-Res-75-224", False),
])
def test_hyphen_form_symbol(token, symbol):
    from undoc_lint.analysis.symbol_check import hyphen_form_symbol

    assert hyphen_form_symbol(token) is symbol


def test_slash_hyphens_keeps_a_session_hyphen():
    from undoc_lint.analysis.symbol_check import slash_hyphens

    assert slash_hyphens("A-RES-ES-10-19") == "A/RES/ES-10/19"
    assert slash_hyphens("A-RES-S-27-2") == "A/RES/S-27/2"
    assert slash_hyphens("S-2021-18") == "S/2021/18"  # (the series S is no session)
    assert slash_hyphens("HSP-OECPR-2025-3") == "HSP/OECPR/2025/3"


def test_security_council_year_space_follows_the_language():
    assert check_symbol("S/RES/2326(2016)", year_space=False).valid
    zh = check_symbol("S/RES/2326 (2016)", year_space=False)
    assert not zh.valid and zh.corrected == "S/RES/2326(2016)"
    assert {p.kind for p in zh.problems} == {"year-space"}


def test_messages_say_what_is_wrong_and_what_is_expected():
    msg = check_symbol("A/Res/75/224").describe()
    assert "`Res` must be `RES`" in msg and "New York" in msg and "expected `A/RES/75/224`" in msg
    msg = check_symbol("UNEP/EA.5/RES.14").describe()
    assert "`RES.14` must be `Res.14`" in msg and "UNEP/EA" in msg
    msg = check_symbol("S/RES/2334").describe()
    assert "year" in msg and "S/RES/2334 (YYYY)" in msg


@pytest.mark.parametrize("symbol", ["A/HL\u017f.1", "A/75/\u017fR.1", "A/RES/75/\u212a.1", "A/75/\u017fummary"])
def test_letters_that_only_fold_to_ascii_are_not_symbol_words(symbol):
    # (`ſ` matched `s` and the Kelvin sign `K` under re.I, then no listed word matched
    # them and every SYM rule raised StopIteration: found by fuzzing)
    check = check_symbol(symbol)
    assert not check.valid and check.corrected is None
    assert any(p.kind == "grammar" or "not a recognised" in p.message for p in check.problems), check.problems


def test_unknown_series_is_not_a_problem():
    c = check_symbol("XYZ/2021/1")
    assert c.valid and not c.known_series and c.series == "XYZ"


def _found(text):
    return [text[s:e] for s, e in scan(text)]


@pytest.mark.parametrize("text,symbols", [
    ("[^1]: A/RES/75/224.", ["A/RES/75/224"]),
    ("见 HSP/HA.1/Res.3。", ["HSP/HA.1/Res.3"]),
    ("见HSP/HA.1/Res.3。", ["HSP/HA.1/Res.3"]),
    ("回顾第2326(2016)号决议", []),
    ("(A/75/224), and A/RES/70/1 and A/RES/71/256;", ["A/75/224", "A/RES/70/1", "A/RES/71/256"]),
    ("Security Council S/RES/2334 (2016).", ["S/RES/2334 (2016)"]),
    ("the report A/75/224 (2020) was", ["A/75/224"]),
    ("meeting S/PV.6201 (Resumption 1), and A/76/1*.", ["S/PV.6201 (Resumption 1)", "A/76/1*"]),
    ("Official Records, Supplement No. 25 (A/75/25).", ["A/75/25"]),
    ("the period 2021/22, one third 1/3, resolution 75/224, 第 1/3 号决议, decision 2021/3", []),
    ("decision 1/CP.26 and decision 33/COP.14", []),
    ("https://undocs.org/A/RES/75/224 and https://undocs.org/en/S/RES/2334(2016)", []),
    ("HIV/AIDS, N/A, and/or, UN-Habitat/UNEP", []),
    ("PRST/31/1", []),
    ("A / RES / 75 / 224 and S/RES /1019(1995)", ["A / RES / 75 / 224", "S/RES /1019(1995)"]),
    ("See HSP-OECPR-2025-3; COVID-19, UNEP-WCMC.", ["HSP-OECPR-2025-3"]),
    ("the reports A/75/RES/224 and A-RES-75-224, and", ["A/75/RES/224", "A-RES-75-224"]),
    ("见A-RES-75-224。E-CN.6-2021-L.3.", ["A-RES-75-224", "E-CN.6-2021-L.3"]),
    ("COVID-19, SDG-11, ISO-3166-1, G-77, 2020-2023, A-RES, A-75-224, S-300-PMU, E-commerce-led", []),
    ("file A-RES-75-224.pdf, https://undocs.org/A-RES-75-224, x/A-RES-75-224, A-RES-75-224-", []),
    ("A/75/719-S/2021/18 and A-RES-75-224; HSP-OECPR-2025-3", ["A/75/719", "S/2021/18", "A-RES-75-224", "HSP-OECPR-2025-3"]),
    ("See A/RES/75/224/ here", ["A/RES/75/224/"]),
])
def test_scan(text, symbols):
    assert _found(text) == symbols


@pytest.mark.parametrize("text", [
    "1/" * 50_000,
    "A/" + "1/" * 50_000,
    "A/RES/" + "7" * 100_000,
    "A " * 50_000,
    "A/" * 50_000,
    "HSP-" + "1-" * 50_000,
    "S/RES/1 (" * 10_000,
    # file-name style in any known series: each candidate checked once, and not against every symbol
    "A-" + "RES-" * 50_000,
    "A-RES-75-224 " * 20_000,
    "A/1/2 S-300-PMU " * 10_000,
    "A/1/2 HSP-1-2 " * 10_000,
    "".join(f"A-RES-75-{i} " for i in range(2_000)),
    "AAAAAA-" * 30_000,
])
def test_scan_is_fast(text):
    t0 = time.perf_counter()
    for s, e in scan(text):
        check_symbol(text[s:e])
    assert time.perf_counter() - t0 < 0.5


SEED_FOOTNOTES = """---
symbol: HSP/OECPR.2021/8
language: zh
---

1. 表示注意到报告；[^1]

[^1]: HSP/OECPR.2021/4。
[^2]: HSP/HA.1/Res.2。
[^3]: HSP/HA.1/Res.3。
[^4]: HSP/HA.1/Res.4。
[^5]: HSP/HA.1/Res.5。
[^6]: HSP/HA.1/Res.3。
[^7]: HSP/EB.2020/29。
[^8]: HSP/EB.2020/13/Add.1。
[^9]: HSP/EB.2021/11。
[^10]: HSP/OECPR.2021/2。
[^11]: HSP/OECPR.2021/INF/2。
[^12]: HSP/OECPR.2021/3。
[^13]: A/RES/75/224。
[^14]: A/74/8。
"""


def test_seed_footnotes_are_valid_and_cached():
    doc = parse_text(SEED_FOOTNOTES, "seed.undoc.md")
    ds = document_symbols(doc)
    assert document_symbols(doc) is ds is doc.cache["symbols"]
    assert [s.text for s in ds.found] == [
        "HSP/OECPR.2021/4", "HSP/HA.1/Res.2", "HSP/HA.1/Res.3", "HSP/HA.1/Res.4", "HSP/HA.1/Res.5",
        "HSP/HA.1/Res.3", "HSP/EB.2020/29", "HSP/EB.2020/13/Add.1", "HSP/EB.2021/11", "HSP/OECPR.2021/2",
        "HSP/OECPR.2021/INF/2", "HSP/OECPR.2021/3", "A/RES/75/224", "A/74/8"]
    assert all(s.valid and s.check.known_series and s.footnote is not None for s in ds.found)
    assert ds.front_matter.valid and ds.front_matter.text == "HSP/OECPR.2021/8"
    first = ds.found[0]
    assert doc.text[first.span.start:first.span.end] == "HSP/OECPR.2021/4"
    assert (first.span.line, first.span.column) == (8, 7)


def test_spans_in_text_with_footnote_references():
    doc = parse_text("*Recalling* A/Res/75/224,[^1] and S/RES/2334.\n\n[^1]: X.\n", "t.undoc.md")
    ds = document_symbols(doc)
    assert [(s.text, s.span.column, s.span.end_column) for s in ds.found] == [
        ("A/Res/75/224", 13, 25), ("S/RES/2334", 35, 45)]
    assert all(s.exact for s in ds.found)


@pytest.mark.parametrize("after, fixed", [
    ("\uff21\uff22 today.", False), ("\u2014224 today.", False), ("_224 today.", False),
    ("\n   224 today.", False), (" today.", True), (".", True)])
def test_a_stroke_the_symbol_goes_on_after_gets_no_fix(after, fixed):
    # (the safe fix deleted a stroke inside `A/RES/75/２２４`: found by fuzzing; full-width digits
    # are now read as the symbol's own, test_full_width_digits_after_a_stroke_are_the_symbols;
    # full-width letters, `ＡＢ`, still go on after it)
    from undoc_lint.runner import Linter, Selection

    _, diags = Linter(Selection(select=["SYM001"])).lint_text(f"1. *Notes* document A/HRC/37/{after}\n", "d.undoc.md")
    [d] = diags
    assert ("oblique stroke" in d.message or "broken over two lines after a stroke" in d.message) and (d.fix is not None) == fixed


def test_full_width_digits_after_a_stroke_are_the_symbols():
    # (the symbol was cut short at them, `A/HRC/37/`, and got no fix: now it is read whole and
    # written in ASCII digits, its strokes kept)
    from undoc_lint.runner import Linter, Selection

    _, diags = Linter(Selection(select=["SYM001"])).lint_text("1. *Notes* document A/HRC/37/\uff12\uff12\uff14 today.\n",
                                                               "d.undoc.md")
    [d] = diags
    assert "full-width digits" in d.message and d.fix.safe
    [edit] = d.fix.edits
    assert edit.content == "A/HRC/37/224" and (d.span.column, d.span.end_column) == (21, 33)


def test_full_width_digits_in_symbols_are_found_as_written():
    assert _found("见A/RES/７５/２２４、HSP/HA.１/Res.３和S/RES/２３３４（２０１６）。") == [
        "A/RES/７５/２２４", "HSP/HA.１/Res.３", "S/RES/２３３４（２０１６）"]
    assert _found("见A／RES／７５／２２４、A-RES-７５-２２４。") == ["A／RES／７５／２２４", "A-RES-７５-２２４"]
    # (after no known series, full-width digits make no symbol: `HIV/２型`, HIV type 2)
    assert _found("HIV/２型、COVID/１９、TB/HIV/１、２０２１/２２年度、ＨＳＰ/ＥＢ.２０２０/２９") == []


@pytest.mark.parametrize("text, corrected, kinds", [
    ("A/RES/７５/２２４", "A/RES/75/224", {"fullwidth-digit"}),
    ("HSP/HA.１/Res.３", "HSP/HA.1/Res.3", {"fullwidth-digit"}),
    ("A／RES／７３／２３９", "A/RES/73/239", {"fullwidth-digit", "fullwidth-stroke"}),
    ("A/７６/L.１/Rev１", "A/76/L.1/Rev.1", {"fullwidth-digit", "missing-dot"}),
    ("S/RES/２３３４", None, {"fullwidth-digit", "missing-year"}),  # (no valid symbol: no correction)
    ("A/RES/７５/２２４/ABC", None, {"fullwidth-digit", "grammar"}),
])
def test_full_width_digits_in_a_symbol(text, corrected, kinds):
    c = check_symbol(text, year_space=False)
    assert not c.valid and c.corrected == corrected and {p.kind for p in c.problems} == kinds
    assert all(p.safe for p in c.problems if p.kind == "fullwidth-digit")


def test_a_year_in_full_width_brackets():
    # (SYM002 said the symbol lacked its year, and SYM005 that it was no resolution symbol)
    assert _found("见 S/RES/2334（2016）。A/75/224（秘书长的报告）。") == ["S/RES/2334（2016）", "A/75/224"]
    c = check_symbol("S/RES/2334（2016）", year_space=False)
    assert {p.kind for p in c.problems} == {"fullwidth-bracket"} and c.corrected == "S/RES/2334(2016)"


def test_a_space_where_a_stroke_belongs_before_the_number():
    assert _found("of HSP/EB.2023/INF 5 and A/RES/75 224.") == ["HSP/EB.2023/INF 5", "A/RES/75 224"]
    assert _found("A/RES/75 and 224 others; A/75/224 12 times; A/RES/75 2.5 m") == ["A/RES/75", "A/75/224", "A/RES/75"]


def test_cyrillic_capitals_are_a_symbol_only_when_they_spell_a_known_series():
    assert _found("см. \u0410/RES/75/224 и \u0421\u041c/2023/4, \u041e\u041e\u041d/2023/4") == ["\u0410/RES/75/224"]


def test_a_no_break_space_before_the_year_is_the_space():
    # (French word processors write one; it was SYM002 "carries its year", and hid a SYM005)
    assert check_symbol("S/RES/2457\u00a0(2019)").valid
    assert _found("voir S/RES/2457\u00a0(2019).") == ["S/RES/2457\u00a0(2019)"]
    assert _found("voir A/78/459/Add. 2 et 3") == ["A/78/459/Add. 2"]


@pytest.mark.parametrize("text, found, message", [
    ("[^1]: A/\n    HRC/37/2.", ["A/"], "`A/HRC/37/2`"),  # (was SYM003 on `HRC/37/2`, an unknown series)
    ("[^1]: UNEP/\n    EA.5/Res.2.", ["UNEP/"], "`UNEP/EA.5/Res.2`"),
    ("[^1]: A/RES/\n    75/224.", ["A/RES/"], "`A/RES/75/224`"),
])
def test_a_symbol_wrapped_after_its_series_is_one_symbol(text, found, message):
    from undoc_lint.runner import Linter, Selection

    doc, diags = Linter(Selection(select=["SYM"])).lint_text(f"Text.[^1]\n\n{text}\n", "d.undoc.md")
    assert [s.text for s in document_symbols(doc).found] == found
    [d] = diags
    assert d.code == "SYM001" and "broken over two lines" in d.message and message in d.message


@pytest.mark.parametrize("text", ["see annex A/\nthe end of 2020.", "A/\nB 2 c", "and/\nHRC/37/2"])
def test_a_stroke_at_a_line_end_before_prose_is_no_symbol(text):
    assert _found(text) == ([] if not text.startswith("and") else ["HRC/37/2"])


# ------------------------------------------------------------------ joint symbols, wrapped years
@pytest.mark.parametrize("text,symbols", [
    ("the letter A/75/719-S/2021/18, and", ["A/75/719", "S/2021/18"]),
    ("A/ES-10/123-S/2021/456.", ["A/ES-10/123", "S/2021/456"]),
    ("A/76/100\u2013S/2021/500", ["A/76/100", "S/2021/500"]),
    ("A/75/L.1/Rev.1-S/2021/18/Add.1", ["A/75/L.1/Rev.1", "S/2021/18/Add.1"]),
    ("A/75/719-S/2021", ["A/75/719", "S/2021"]),
    ("A/RES/ES-10/19, A/RES/S-27/2, A/HRC/RES/S-30/1, A/RES/75-224",
     ["A/RES/ES-10/19", "A/RES/S-27/2", "A/HRC/RES/S-30/1", "A/RES/75-224"]),
    ("A/75/719-XYZ/2021/18", ["A/75/719-XYZ/2021/18"]),  # not a known series: one (malformed) symbol
    ("S/RES/2334\n(2016),", ["S/RES/2334\n(2016)"]),
    ("S/PV.6201\n(Resumption 1).", ["S/PV.6201\n(Resumption 1)"]),
    ("S/RES/2334\n(see annex)", ["S/RES/2334"]),
    ("S/RES/2334\n(20161)", ["S/RES/2334"]),
    ("S/RES/2334,\n(2016)", ["S/RES/2334"]),
    ("the report A/75/224\n(2020) was", ["A/75/224"]),
])
def test_scan_joint_symbols_and_wrapped_years(text, symbols):
    assert _found(text) == symbols


def test_joint_symbol_parts_are_checked_on_their_own_with_their_own_spans():
    doc = parse_text("1. *Notes* the letter A/75/719-S/2021/18 and A/75/720-S/2021.\n", "j.undoc.md")
    found = document_symbols(doc).found
    assert [(s.text, s.span.column, s.span.end_column, s.valid) for s in found] == [
        ("A/75/719", 23, 31, True), ("S/2021/18", 32, 41, True), ("A/75/720", 46, 54, True), ("S/2021", 55, 61, False)]
    assert {p.kind for p in found[3].problems} == {"joint-part"} and found[3].corrected is None
    assert check_symbol("S/2021").valid  # (alone it is the grammar's: only a part of a joint symbol needs a number)


@pytest.mark.parametrize("year_space,one_line", [(True, "S/RES/2334 (2016)"), (False, "S/RES/2334(2016)")])
def test_a_line_break_before_the_year_is_the_space_or_none(year_space, one_line):
    c = check_symbol("S/RES/2334\n(2016)", year_space)
    assert c.valid and c.problems == () and c.corrected is None
    assert c.normalized == one_line  # (what citations compare)
    fixed = check_symbol("S/RES/2334/\n(2016)", year_space)
    assert {p.kind for p in fixed.problems} == {"trailing-slash"}
    assert fixed.corrected == "S/RES/2334\n(2016)" and fixed.normalized == one_line
    assert "`S/RES/2334/\u23ce(2016)`" in fixed.describe()


def test_wrapped_symbols_in_text_and_footnotes():
    text = ("---\nlanguage: zh\n---\n\n回顾第2334(2016)号决议，载于S/RES/2334\n(2016)号文件[^1]\n\n"
            "[^1]: S/RES/2334\n    (2016)。\n")
    doc = parse_text(text, "w.undoc.md")
    found = document_symbols(doc).found
    assert [(s.text, s.valid) for s in found] == [("S/RES/2334\n(2016)", True)] * 2
    assert doc.text[found[1].span.start:found[1].span.end] == "S/RES/2334\n    (2016)"
    assert found[1].replacement("S/RES/2335\n(2016)") == "S/RES/2335\n    (2016)"
    assert found[1].replacement("S/RES/2335 (2016)") is None  # (a fix that would join the lines: none)


def test_a_fix_keeps_the_line_break_and_the_indentation():
    from undoc_lint.runner import Linter, Selection

    text = "See S/RES/2334/\n(2016).[^1]\n\n[^1]: S/RES/2334/\n    (2016).\n"
    _, diags = Linter(Selection(select=["SYM001"])).lint_text(text, "d.undoc.md")
    assert [(d.span.line, d.fix.edits[0].content if d.fix else None) for d in diags] == [
        (1, "S/RES/2334\n(2016)"), (4, "S/RES/2334\n    (2016)")]


@pytest.mark.parametrize("text", [
    "A/1-S/" * 20_000,
    "A/1-S/1-" * 20_000,
    "A/1\u2013S/1/" * 20_000,
    "A/1-" + "1-" * 50_000,
    "S/RES/1\n(" * 20_000,
    "S/RES/1\n(2016)\n" * 20_000,
])
def test_scan_of_joint_and_wrapped_symbols_is_fast(text):
    t0 = time.perf_counter()
    for s, e in scan(text):
        check_symbol(text[s:e], True, True)
    # (about 0.2 s; quadratic, these 120 KB would take minutes: 2 s leaves room for a loaded machine,
    # where 0.5 s failed now and then)
    assert time.perf_counter() - t0 < 2.0


def test_a_hyphenated_code_without_a_symbol_only_component_gets_no_safe_fix():
    # (`--fix` turned `UNEP-WCMC-2023-5`, a project's code, into `UNEP/WCMC/2023/5`: a hunt)
    from undoc_lint.runner import Linter

    draft = "---\nlanguage: en\n---\n\nSee the UNEP-WCMC-2023-5 report and A-RES-75-224.\n"
    fixed, _, _ = Linter().fix_text(draft, "x.undoc.md")
    assert fixed.endswith("See the UNEP-WCMC-2023-5 report and A/RES/75/224.\n")


@pytest.mark.parametrize("symbol, body", [
    ("A/RES/75/224", "general-assembly"), ("A/C.2/78/L.5", "general-assembly"),
    ("A/HRC/RES/50/1", "human-rights-council"), ("A/CONF.231/4", None),
    ("E/RES/2023/5", "economic-and-social-council"), ("E/2024/L.1", "economic-and-social-council"),
    ("E/ICEF/2023/20", None), ("E/CN.7/2023/15", None), ("E/C.12/2023/1", None), ("E/ECE/1500", None),
    ("S/RES/2334 (2016)", "security-council"), ("UNEP/EA.5/Res.2", "environment-assembly"),
    ("HSP/HA.2/Dec.1", "habitat-assembly"), ("HSP/EB.2023/10", None),
])
def test_the_body_a_document_symbol_tells(symbol, body):
    from undoc_lint.analysis.bodies import body_of_symbol
    assert body_of_symbol(symbol) == body
