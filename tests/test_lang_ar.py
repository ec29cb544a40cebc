"""Arabic (ar): dates, citations, instrument headings, bureaus, marker style,
footnote placement, language detection and right-to-left marks, all read
from lang/ar.yaml (un-domain.md §1.3, §2.2, §3.1-3.3)."""

import re
from pathlib import Path

import pytest

from helpers import date_ends, one_date

from undoc_lint.analysis.citations import document_citations, scan as scan_citations
from undoc_lint.analysis.dates import describe, document_dates, month_name, scan
from undoc_lint.analysis.numbering import instrument_numbers
from undoc_lint.analysis.officers import bureaus, lexicon, officers
from undoc_lint.analysis.symbols import document_symbols
from undoc_lint.api import parse_text, read_path
from undoc_lint.diagnostics import Severity
from undoc_lint.lang import language_pack
from undoc_lint.lang.detect import detect_text
from undoc_lint.runner import Linter
from undoc_lint.testing import check_text, fix_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "oecpr-2023-outcome.ar.undoc.md"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"


def one(text):
    return one_date(text, "ar")


ends = date_ends


def doc_ar(body):
    return parse_text("---\nlanguage: ar\n---\n\n" + body, "t.undoc.md")


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize("text,written,kind,value,sep", [
    # the masthead form, spaced hyphen between the dates [V-doc S17]
    ("نيروبي، 26 شباط/فبراير - 23 آذار/مارس 2018", "26 شباط/فبراير - 23 آذار/مارس 2018", "range",
     ((2018, 2, 26), (2018, 3, 23)), " - "),
    ("26 شباط/فبراير-23 آذار/مارس 2018", "26 شباط/فبراير-23 آذار/مارس 2018", "range",
     ((2018, 2, 26), (2018, 3, 23)), "-"),
    ("نيروبي، 29 أيار/مايو - 2 حزيران/يونيه 2023", "29 أيار/مايو - 2 حزيران/يونيه 2023", "range",
     ((2023, 5, 29), (2023, 6, 2)), " - "),
    ("29 أيار/مايو – 2 حزيران/يونيه 2023", "29 أيار/مايو – 2 حزيران/يونيه 2023", "range",
     ((2023, 5, 29), (2023, 6, 2)), " – "),
    # the citing form [V-doc S17]
    ("المؤرخ 24 آذار/مارس 2011", "24 آذار/مارس 2011", "date", ((2011, 3, 24), (2011, 3, 24)), None),
    ("المؤرخ 19 كانون الأول/ديسمبر 2017", "19 كانون الأول/ديسمبر 2017", "date", ((2017, 12, 19), (2017, 12, 19)), None),
    # every month's double name
    ("1 كانون الثاني/يناير 2024", "1 كانون الثاني/يناير 2024", "date", ((2024, 1, 1), (2024, 1, 1)), None),
    ("5 نيسان/أبريل 2022", "5 نيسان/أبريل 2022", "date", ((2022, 4, 5), (2022, 4, 5)), None),
    ("31 أيار/مايو 2019", "31 أيار/مايو 2019", "date", ((2019, 5, 31), (2019, 5, 31)), None),
    ("9 حزيران/يونيه 2023", "9 حزيران/يونيه 2023", "date", ((2023, 6, 9), (2023, 6, 9)), None),
    ("1 تموز/يوليه 2021", "1 تموز/يوليه 2021", "date", ((2021, 7, 1), (2021, 7, 1)), None),
    ("15 آب/أغسطس 2020", "15 آب/أغسطس 2020", "date", ((2020, 8, 15), (2020, 8, 15)), None),
    ("25 أيلول/سبتمبر 2015", "25 أيلول/سبتمبر 2015", "date", ((2015, 9, 25), (2015, 9, 25)), None),
    ("10 تشرين الأول/أكتوبر 2022", "10 تشرين الأول/أكتوبر 2022", "date", ((2022, 10, 10), (2022, 10, 10)), None),
    ("30 تشرين الثاني/نوفمبر 2022", "30 تشرين الثاني/نوفمبر 2022", "date", ((2022, 11, 30), (2022, 11, 30)), None),
    # spellings seen outside UN documents, and a single name alone: still dates
    ("9 حزيران/يونيو 2023", "9 حزيران/يونيو 2023", "date", ((2023, 6, 9), (2023, 6, 9)), None),
    ("1 تموز/يوليو 2021", "1 تموز/يوليو 2021", "date", ((2021, 7, 1), (2021, 7, 1)), None),
    ("9 حزيران 2023", "9 حزيران 2023", "date", ((2023, 6, 9), (2023, 6, 9)), None),
    ("9 يونيه 2023", "9 يونيه 2023", "date", ((2023, 6, 9), (2023, 6, 9)), None),
    # a month without a day
    ("في أيار/مايو 2019", "أيار/مايو 2019", "date", ((2019, 5, None), (2019, 5, None)), None),
    # running-text ranges
    ("في الفترة من 29 حزيران/يونيه إلى 1 تموز/يوليه 2021", "من 29 حزيران/يونيه إلى 1 تموز/يوليه 2021", "range",
     ((2021, 6, 29), (2021, 7, 1)), " إلى "),
    ("من 5 إلى 9 حزيران/يونيه 2023", "من 5 إلى 9 حزيران/يونيه 2023", "range", ((2023, 6, 5), (2023, 6, 9)), " إلى "),
    ("من 5 الى 9 حزيران/يونيه 2023", "من 5 الى 9 حزيران/يونيه 2023", "range", ((2023, 6, 5), (2023, 6, 9)), " الى "),
    ("بين 5 و 9 حزيران/يونيه 2023", "بين 5 و 9 حزيران/يونيه 2023", "range", ((2023, 6, 5), (2023, 6, 9)), " و "),
    ("5-9 حزيران/يونيه 2023", "5-9 حزيران/يونيه 2023", "range", ((2023, 6, 5), (2023, 6, 9)), "-"),
    ("من 29 كانون الأول/ديسمبر 2021 إلى 2 كانون الثاني/يناير 2022",
     "من 29 كانون الأول/ديسمبر 2021 إلى 2 كانون الثاني/يناير 2022", "range",
     ((2021, 12, 29), (2022, 1, 2)), " إلى "),
    ("من أيار/مايو 2019 إلى حزيران/يونيه 2020", "من أيار/مايو 2019 إلى حزيران/يونيه 2020", "range",
     ((2019, 5, None), (2020, 6, None)), " إلى "),
    # two days
    ("يومي 22 و 23 شباط/فبراير 2021", "22 و 23 شباط/فبراير 2021", "range", ((2021, 2, 22), (2021, 2, 23)), " و "),
    # periods
    ("الخطة الاستراتيجية للفترة 2020-2023", "2020-2023", "period", ((2020, None, None), (2023, None, None)), "-"),
    ("للفترة 2026–2029", "2026–2029", "period", ((2026, None, None), (2029, None, None)), "–"),
    ("من 2020 إلى 2023", "من 2020 إلى 2023", "period", ((2020, None, None), (2023, None, None)), " إلى "),
])
def test_arabic_date_forms(text, written, kind, value, sep):
    d = one(text)
    assert (d.text, d.kind, ends(d), d.separator) == (written, kind, value, sep)


def test_weekday():
    d = one("يوم الجمعة، 9 حزيران/يونيه 2023")  # (يوم, "day", is read with the weekday)
    assert d.kind == "date" and d.text == "يوم الجمعة، 9 حزيران/يونيه 2023"
    assert d.first.weekday == 4 and d.first.weekday_text == "يوم الجمعة"
    assert one("الخميس 8 حزيران/يونيه 2023").first.weekday == 3
    assert one("الاثنين، 5 حزيران/يونيه 2023").first.weekday == 0


def test_arabic_indic_digits_are_tolerated():
    d = one("المؤرخ ٢٤ آذار/مارس ٢٠١١")
    assert ends(d) == ((2011, 3, 24), (2011, 3, 24))
    d = one("من ٥ إلى ٩ حزيران/يونيه ٢٠٢٣")
    assert ends(d) == ((2023, 6, 5), (2023, 6, 9))
    doc = doc_ar("1. تقرر عقد الاجتماع في ٣١ حزيران/يونيه ٢٠٢٤.\n")
    (found,) = document_dates(doc)
    assert found.text == "٣١ حزيران/يونيه ٢٠٢٤"  # as written
    assert [d.code for d in check_text(doc.text, "DATE")] == ["DATE001"]


def test_preferred_forms_in_messages():
    assert month_name("ar", 6) == "حزيران/يونيه" and month_name("ar", 7) == "تموز/يوليه"
    assert month_name("ar", 12) == "كانون الأول/ديسمبر"
    d = one("9 حزيران/يونيو 2023")
    assert describe("ar", d.first) == "9 حزيران/يونيه 2023"


@pytest.mark.parametrize("text", [
    "القرار 75/224",
    "المقرر 2023/1",
    "التوصية 2021/4",
    "HSP/OECPR.2023/6",
    "A/RES/75/224.",
    "S/RES/2573 (2021)",
    "خطة التنمية المستدامة لعام 2030",
    "ولا سيما الفقرة 17 منه",
    "الفقرات 1-3",
    "الفترة 1234-1240",
    "9 حزيران/مايو 2023",  # the halves disagree: not a date (DATE008 reports it)
    "نيسان/مايو 2020",
    "عام 2019 و 2020",
])
def test_near_misses(text):
    assert scan(text, "ar") == []


def test_range_rules_in_arabic():
    diags = check_text("1. في الفترة من 9 إلى 5 حزيران/يونيه 2023.\n", "DATE", "ar")
    assert [d.code for d in diags] == ["DATE002"]
    assert "من 5 إلى 9 حزيران/يونيه 2023" in diags[0].message
    diags = check_text("1. للفترة 2023-2020.\n", "DATE", "ar")
    assert [d.code for d in diags] == ["DATE003"]
    diags = check_text("1. يوم الخميس، 2 حزيران/يونيه 2023.\n", "DATE", "ar")
    assert [d.code for d in diags] == ["DATE004"]
    diags = check_text("1. من 4 - 8 أيار/مايو 2025.\n", "DATE", "ar")
    assert [d.code for d in diags] == ["DATE007"]
    # no dash style is prescribed: spaced and closed-up dashes both pass
    assert check_text("نيروبي، 26 شباط/فبراير - 23 آذار/مارس 2018\n\n5-9 حزيران/يونيه 2023\n", "DATE", "ar") == []


@pytest.mark.parametrize("text,bad", [
    ("في 9 حزيران/مايو 2023", True),
    ("في 9 حزيران/يونيه 2023", False),
    ("في 9 حزيران/يونيو 2023", False),
    ("في 1 تموز / يوليه 2021", False),
    ("في 1 تموز/أغسطس 2021", True),
    ("في 5 كانون الأول/يناير 2024", True),
    ("في 5 كانون الثاني/يناير 2024", False),
])
def test_month_pairs_agree(text, bad):
    diags = check_text(text + "\n", "DATE008", "ar")
    assert [d.code for d in diags] == (["DATE008"] if bad else [])


def test_month_pair_fix():
    assert fix_text("في 9 حزيران/مايو 2023\n", "DATE008", "ar") == "في 9 حزيران/يونيه 2023\n"


# ------------------------------------------------------------------ citations
def cites(text):
    return [(text[s:e], kind, body, [n.display() for n in numbers])
            for s, e, kind, body, numbers, _, _ in scan_citations(text, "ar")]


@pytest.mark.parametrize("text,expected", [
    ("القرار 75/224", [("القرار 75/224", "resolution", None, ["75/224"])]),
    ("قرار 75/224", [("قرار 75/224", "resolution", None, ["75/224"])]),
    ("وإذ تشير إلى قرار الجمعية العامة 72/189 المؤرخ 19 كانون الأول/ديسمبر 2017",
     [("قرار الجمعية العامة 72/189", "resolution", "general-assembly", ["72/189"])]),
    ("قرارها 59/26", [("قرارها 59/26", "resolution", None, ["59/26"])]),
    ("وبقرارها 75/224", [("قرارها 75/224", "resolution", None, ["75/224"])]),
    ("للقرار 75/224", [("قرار 75/224", "resolution", None, ["75/224"])]),
    ("بالقرار 75/224", [("القرار 75/224", "resolution", None, ["75/224"])]),
    ("القرارين 70/1 و 71/256", [("القرارين 70/1 و 71/256", "resolution", None, ["70/1", "71/256"])]),
    ("قراري الجمعية العامة 70/1 و71/256",
     [("قراري الجمعية العامة 70/1 و71/256", "resolution", "general-assembly", ["70/1", "71/256"])]),
    ("القرارات 70/1، و71/256 و72/1", [("القرارات 70/1، و71/256 و72/1", "resolution", None, ["70/1", "71/256", "72/1"])]),
    ("القرار 31/6 ألف وباء", [("القرار 31/6 ألف وباء", "resolution", None, ["31/6"])]),
    ("القرار ES-10/19", [("القرار ES-10/19", "resolution", None, ["ES-10/19"])]),
    ("القرار 3363 (XXX)", [("القرار 3363 (XXX)", "resolution", None, ["3363 (XXX)"])]),
    # the Security Council form
    ("قرار مجلس الأمن 2334 (2016)", [("قرار مجلس الأمن 2334 (2016)", "resolution", "security-council", ["2334 (2016)"])]),
    ("القرار 2573 (2021)", [("القرار 2573 (2021)", "resolution", None, ["2573 (2021)"])]),
    ("قرار المجلس الاقتصادي والاجتماعي 1978/66",
     [("قرار المجلس الاقتصادي والاجتماعي 1978/66", "resolution", "economic-and-social-council", ["1978/66"])]),
    ("قرار مجلس حقوق الإنسان 37/4", [("قرار مجلس حقوق الإنسان 37/4", "resolution", "human-rights-council", ["37/4"])]),
    ("قرار جمعية الأمم المتحدة للبيئة 5/14", [("قرار جمعية الأمم المتحدة للبيئة 5/14", "resolution", "environment-assembly", ["5/14"])]),
    ("قرار جمعية موئل الأمم المتحدة 1/3", [("قرار جمعية موئل الأمم المتحدة 1/3", "resolution", "habitat-assembly", ["1/3"])]),
    # decisions and recommendations
    ("المقرر 2021/3", [("المقرر 2021/3", "decision", None, ["2021/3"])]),
    ("مقررها 2020/5", [("مقررها 2020/5", "decision", None, ["2020/5"])]),
    ("وبالمقرر 2020/5", [("المقرر 2020/5", "decision", None, ["2020/5"])]),
    ("المقررين 2021/1 و 2021/2", [("المقررين 2021/1 و 2021/2", "decision", None, ["2021/1", "2021/2"])]),
    ("مقرر الجمعية العامة 50/411", [("مقرر الجمعية العامة 50/411", "decision", "general-assembly", ["50/411"])]),
    ("التوصية 2021/2", [("التوصية 2021/2", "recommendation", None, ["2021/2"])]),
    ("بالتوصية 2021/4", [("التوصية 2021/4", "recommendation", None, ["2021/4"])]),
    ("التوصيات 2021/1 و2021/2", [("التوصيات 2021/1 و2021/2", "recommendation", None, ["2021/1", "2021/2"])]),
])
def test_citation_forms(text, expected):
    assert cites(text) == expected


@pytest.mark.parametrize("text", [
    "المقرر: بولندا (دول أوروبا الشرقية)",  # the Rapporteur, not a decision
    "المقرر الخاص 2021/3",
    "الفقرة 17 من القرار",
    "للفترة 2020-2023",
    "القرار 1/CP.26",
    "القراري 75/224",
    "استقرار 75/224",
    "A/RES/75/224",
    "75/224 - تنفيذ نتائج مؤتمر الأمم المتحدة",
])
def test_citation_near_misses(text):
    assert cites(text) == []


def test_numbers_are_read_in_stored_order():
    """`75/224` as stored is session 75, number 224, whatever a right-to-left display shows (§1.3)."""
    (_, _, _, _, (n,), _, _), = scan_citations("القرار 75/224", "ar")
    assert (n.session, n.number) == ("75", "224")
    (_, _, _, _, (n,), _, _), = scan_citations("قرارها 26/59", "ar")  # read as written, not reversed
    assert (n.session, n.number) == ("26", "59")


def test_footnote_follows_the_date_before_or_after_the_punctuation():
    for call in ("2020[^1]،", "2020،[^1]", "2020[^1]"):
        doc = doc_ar(f"إذ تشير إلى قرارها 75/224 المؤرخ 21 كانون الأول/ديسمبر {call} ولا سيما\n\n[^1]: A/RES/75/224.\n")
        (c,) = document_citations(doc)
        assert [r.label for r in c.refs] == ["1"] and [s.text for s in c.symbols] == ["A/RES/75/224"], call
    doc = doc_ar("القرار 1/3[^3]\n\n[^3]: HSP/HA.1/Res.3.\n")
    (c,) = document_citations(doc)
    assert [s.text for s in c.symbols] == ["HSP/HA.1/Res.3"]


@pytest.mark.parametrize("text,footnote,bad", [
    ("إذ تشير إلى قرار الجمعية العامة 75/224 المؤرخ 21 كانون الأول/ديسمبر 2020[^1]،", "A/RES/75/224.", False),
    ("إذ تشير إلى قرار الجمعية العامة 75/224 المؤرخ 21 كانون الأول/ديسمبر 2020[^1]،", "A/RES/75/225.", True),
    ("وإذ تشير إلى قرار جمعية موئل الأمم المتحدة 1/3[^1]،", "HSP/HA.1/Res.3.", False),
    ("وإذ تشير إلى قرار جمعية موئل الأمم المتحدة 1/3[^1]،", "HSP/HA.1/Res.4.", True),
    ("وإذ تضع في اعتبارها قرار مجلس الأمن 2573 (2021)[^1]،", "S/RES/2573 (2021).", False),
    ("وإذ تضع في اعتبارها قرار مجلس الأمن 2573 (2021)[^1]،", "S/RES/2573 (2020).", True),
    ("وإذ تشير إلى قرار مجلس حقوق الإنسان 37/4[^1]،", "A/HRC/RES/37/4.", False),
    ("وإذ تشير إلى قرار مجلس حقوق الإنسان 37/4[^1]،", "A/RES/37/4.", True),  # another body's resolution
    ("وإذ تشير إلى المقرر 2021/3[^1]،", "HSP/EB.2021/11.", False),
    ("وإذ تشير إلى المقرر 2021/3[^1]،", "HSP/EB.2020/29.", True),  # a document of another year
    ("وإذ تحيط علما بالتوصية 2021/4[^1]،", "HSP/OECPR.2021/8.", False),
    ("وإذ تشير إلى قرارها 75/224[^1]،", "HSP/EB.2021/11.", False),  # not a resolution symbol: nothing to compare
])
def test_citation_and_footnote_agree(text, footnote, bad):
    diags = check_text(f"{text}\n\n[^1]: {footnote}\n", "SYM005", "ar")
    assert [d.code for d in diags] == (["SYM005"] if bad else [])


def test_report_symbol_for_a_resolution():
    diags = check_text("وإذ تشير إلى قرارها 71/256[^1]،\n\n[^1]: A/71/256.\n", "SYM006", "ar")
    assert [d.code for d in diags] == ["SYM006"]


def test_security_council_symbol_keeps_its_space():
    assert check_text("القرار 2573 (2021)[^1]\n\n[^1]: S/RES/2573 (2021).\n", "SYM", "ar") == []
    assert [d.code for d in check_text("القرار 2573 (2021)[^1]\n\n[^1]: S/RES/2573(2021).\n", "SYM", "ar")] == ["SYM002"]


# ------------------------------------------------------------------ instrument headings
def test_instrument_headings():
    doc = doc_ar("## التوصية 2023/1: الأعمال التحضيرية\n\n## التوصية 2023/2: الخطة\n\n"
                 "## المقرر 2023/1: انتخاب أعضاء المكتب\n\n## القرار 1/3: بناء القدرات\n\n"
                 "## 75/224 - تنفيذ نتائج مؤتمر الأمم المتحدة\n\n## القرار 2334 (2016)\n")
    assert [(i.kind, i.prefix, i.number) for i in instrument_numbers(doc)] == [
        ("recommendation", "2023", 1), ("recommendation", "2023", 2), ("decision", "2023", 1),
        ("resolution", "1", 3), ("resolution", "75", 224), ("resolution (through the years)", "2016", 2334)]
    assert [i.span.column for i in instrument_numbers(doc)][:3] == [12, 12, 11]


def test_instrument_sequence():
    text = "## التوصية 2023/1: أ\n\n## التوصية 2023/3: ب\n\n## التوصية 2022/4: ج\n\n## المقرر 2023/1: د\n"
    diags = check_text(text, "NUM007", "ar")
    assert [(d.span.line, d.code) for d in diags] == [(3, "NUM007"), (5, "NUM007")]
    assert "2023/2" in diags[0].message


# ------------------------------------------------------------------ bureaus
GROUPS = [(name, gid) for gid, names in language_pack("ar")["groups"].items() for name in names]
TITLES = [(title, rid) for rid, titles in language_pack("ar")["officers"].items() for title in titles]
MEMBER_OF = {"african": "كينيا", "asia-pacific": "جمهورية إيران الإسلامية", "eastern-european": "بولندا",
             "latin-american-caribbean": "المكسيك", "western-european-other": "ألمانيا"}
EXPECTED_ISO = {"كينيا": "KEN", "جمهورية إيران الإسلامية": "IRN", "بولندا": "POL", "المكسيك": "MEX", "ألمانيا": "DEU"}


def test_issue_titles_and_groups_are_in_the_pack():
    titles = {t for t, _ in TITLES}
    assert {"الرئيس", "نائب الرئيس", "المقرر"} <= titles
    names = {n for n, _ in GROUPS}
    assert {"الدول الأفريقية", "دول آسيا والمحيط الهادئ", "دول أوروبا الشرقية",
            "دول أمريكا اللاتينية ومنطقة البحر الكاريبي", "دول أوروبا الغربية ودول أخرى"} <= names


@pytest.mark.parametrize("name,gid", GROUPS)
def test_every_group_name(name, gid):
    member = MEMBER_OF[gid]
    doc = doc_ar(f"- الرئيس: {member} ({name})\n")
    (o,) = officers(doc)
    assert (o.role, o.iso3, o.group, o.vacant) == ("chair", EXPECTED_ISO[member], gid, False)
    assert check_text(doc.text, ["BUR002", "BUR008"]) == []


@pytest.mark.parametrize("title,rid", TITLES)
def test_every_officer_title(title, rid):
    doc = doc_ar(f"- {title}: بولندا (دول أوروبا الشرقية)\n")
    (o,) = officers(doc)
    assert (o.role, o.role_text, o.iso3, o.group) == (rid, title, "POL", "eastern-european")


@pytest.mark.parametrize("word", language_pack("ar")["vacancy"])
def test_every_vacancy_word(word):
    doc = doc_ar(f"- نائب الرئيس: {word} (دول أوروبا الغربية ودول أخرى)\n")
    (o,) = officers(doc)
    assert o.vacant and o.iso3 is None and o.group == "western-european-other"
    diags = check_text(doc.text, "BUR")
    assert [(d.code, d.severity) for d in diags] == [("BUR007", Severity.INFO)]


@pytest.mark.parametrize("text", [
    "- الرئيس التنفيذي: بولندا (دول أوروبا الشرقية)\n",  # not an officer title of a bureau
    "- المقرر الخاص: بولندا (دول أوروبا الشرقية)\n",
    "الرئيس: افتتح الرئيس الاجتماع.\n",
    "## الرئيس: بولندا (دول أوروبا الشرقية)\n",
])
def test_officer_near_misses(text):
    assert bureaus(doc_ar(text)) == []


@pytest.mark.parametrize("name,iso", [
    ("إيران (جمهورية - الإسلامية)", "IRN"), ("جمهورية إيران الإسلامية", "IRN"),
    ("بوليفيا (دولة - المتعددة القوميات)", "BOL"), ("دولة بوليفيا المتعددة القوميات", "BOL"),
    ("فنزويلا (جمهورية - البوليفارية)", "VEN"), ("جمهورية فنزويلا البوليفارية", "VEN"),
    ("ميكرونيزيا (ولايات - الموحدة)", "FSM"), ("ولايات ميكرونيزيا الموحدة", "FSM"),
    ("هولندا (مملكة _)", "NLD"), ("مملكة هولندا", "NLD"),
    ("المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية", "GBR"),
    ("المملكة المتحدة لبريطانيا العظمى وآيرلندا الشمالية", "GBR"),
    ("تيمور- ليشتي", "TLS"), ("تيمور - ليشتي", "TLS"), ("تيمور-ليشتي", "TLS"),
    ("جمهورية تنزانيا المتحدة", "TZA"), ("تركيا", "TUR"), ("الولايات المتحدة الأمريكية", "USA"),
])
def test_member_state_names_and_running_text_forms(name, iso):
    assert lexicon("ar").country(name) == iso


def test_member_state_near_misses():
    lex = lexicon("ar")
    assert lex.country("تنزانيا") is None and lex.suggest_country("تنزانيا") == ("TZA", "جمهورية تنزانيا المتحدة")
    assert lex.country("إيران") is None
    diags = check_text("- الرئيس: سوازيلند (الدول الأفريقية)\n", "BUR001", "ar")
    assert [d.code for d in diags] == ["BUR001"] and "إسواتيني" in diags[0].message


def test_a_full_bureau_one_officer_per_group():
    text = ("- الرئيس: المكسيك (دول أمريكا اللاتينية ومنطقة البحر الكاريبي)\n"
            "- نائب الرئيس: جمهورية تنزانيا المتحدة (الدول الأفريقية)\n"
            "- نائب الرئيس: جمهورية إيران الإسلامية (دول آسيا والمحيط الهادئ)\n"
            "- نائب الرئيس: (شاغر) (دول أوروبا الغربية ودول أخرى)\n"
            "- المقرر: بولندا (دول أوروبا الشرقية)\n")
    (b,) = bureaus(doc_ar(text))
    assert b.size == 5 and {o.counted_group for o in b.officers} == {
        "african", "asia-pacific", "eastern-european", "latin-american-caribbean", "western-european-other"}
    assert [d.code for d in check_text(text, "BUR", "ar")] == ["BUR007"]


def test_unverified_group_names_are_warnings():
    diags = check_text("- الرئيس: بولندا (أوروبا)\n", "BUR008", "ar")
    assert [d.severity for d in diags] == [Severity.WARNING]


# ------------------------------------------------------------------ marker style, footnote placement
def test_marker_style():
    good = "1. تطلب إلى المديرة التنفيذية ما يلي:\n\n    (a) أن تنظم إحاطة؛\n    (b) أن تقدم تقريرا.\n"
    assert check_text(good, "NUM005", "ar") == []
    bad = "1. تطلب إلى المديرة التنفيذية ما يلي:\n\n    a) أن تنظم إحاطة؛\n    b) أن تقدم تقريرا.\n"
    diags = check_text(bad, "NUM005", "ar")
    assert [(d.span.line, d.code, d.severity) for d in diags] == [(3, "NUM005", Severity.WARNING), (4, "NUM005", Severity.WARNING)]
    assert fix_text(bad, "NUM005", "ar") == good


def test_footnote_placement_has_no_rule_in_arabic():
    """The pack sets no footnote-call position for Arabic (un-domain.md §3.3 open point): FN008 stays silent."""
    assert language_pack("ar")["footnotes"]["reference_position"] is None
    for call in ("2020[^1]،", "2020،[^1]", "2020[^1],", "2020,[^1]"):
        assert check_text(f"قرارها 75/224 المؤرخ 21 كانون الأول/ديسمبر {call}\n\n[^1]: A/RES/75/224.\n",
                          "FN008", "ar") == []


# ------------------------------------------------------------------ language detection
def _without_front_matter(text):
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)


def test_detection_of_the_example():
    body = _without_front_matter(EXAMPLE.read_text(encoding="utf-8"))
    assert "language:" not in body
    assert detect_text(body) == "ar"
    assert parse_text(body, "x.undoc.md").language == "ar"


def test_detection_with_symbols_and_latin_markers():
    assert detect_text("1. تحيط علما بالتقرير[^1]؛\n\n(a) A/RES/75/224 HSP/OECPR.2023/6") == "ar"


# ------------------------------------------------------------------ right-to-left marks
# The model drops U+200E, U+200F and U+061C from Inline.text (with exact
# span mapping), so they break neither dates, citations nor symbols.
def test_bidi_marks_do_not_break_dates():
    doc = doc_ar(f"1. المؤرخ 24 آذار/{RLM}مارس {LRM}2011{LRM}، وللفترة 2020{ALM}-2023.\n")
    found = document_dates(doc)
    assert [(d.kind, ends(d)) for d in found] == [
        ("date", ((2011, 3, 24), (2011, 3, 24))), ("period", ((2020, None, None), (2023, None, None)))]
    assert doc.text[found[0].span.start:found[0].span.end] == f"24 آذار/{RLM}مارس {LRM}2011"


def test_bidi_marks_do_not_break_citations_or_symbols():
    doc = doc_ar(f"إذ تشير إلى قرار الجمعية العامة {LRM}75/224{LRM} المؤرخ 21 كانون الأول/ديسمبر 2020[^1]،\n\n"
                 f"[^1]: {RLM}A/RES/{LRM}75/224{RLM}.\n")
    (c,) = document_citations(doc)
    assert [n.display() for n in c.numbers] == ["75/224"] and [r.label for r in c.refs] == ["1"]
    assert [s.check.normalized for s in c.symbols] == ["A/RES/75/224"]
    assert [s.check.valid for s in document_symbols(doc).found] == [True]
    assert check_text(doc.text, ["SYM", "DATE"]) == []


def test_bidi_marks_around_the_month_pair_joiner():
    diags = check_text(f"في 9 حزيران{RLM}/{RLM}مايو 2023\n", "DATE008", "ar")
    assert [d.code for d in diags] == ["DATE008"]


# ------------------------------------------------------------------ the example
def test_example_lints_clean_and_reads_as_arabic():
    _, diags = Linter().lint_path(str(EXAMPLE))
    assert [(d.code, d.severity) for d in diags] == [("BUR007", Severity.INFO)]
    doc = read_path(EXAMPLE)
    assert doc.language == "ar"
    first = document_dates(doc)[0]
    assert first.text == "29 أيار/مايو - 2 حزيران/يونيه 2023" and first.interval()[1].isoformat() == "2023-06-02"
    assert [(i.kind, i.prefix, i.number) for i in instrument_numbers(doc)] == [
        ("recommendation", "2023", 1), ("recommendation", "2023", 2), ("decision", "2023", 1)]
    cited = [(c.kind, [n.display() for n in c.numbers], [s.text for s in c.symbols]) for c in document_citations(doc) if c.refs]
    assert ("resolution", ["2573 (2021)"], ["S/RES/2573 (2021)"]) in cited and len(cited) == 8
    assert [(o.role, o.iso3 or "-") for o in officers(doc)] == [
        ("chair", "MEX"), ("vice-chair", "TZA"), ("vice-chair", "IRN"), ("vice-chair", "-"), ("rapporteur", "POL")]
    assert 5_000 <= EXAMPLE.stat().st_size <= 12_000


def test_arabic_patterns_are_fast():
    import time

    texts = ["القرار " + "1/" * 50_000, "وبال" * 30_000 + " 1/2", "15 حزيران/يونيه 2023 - " * 3_000, "1 و " * 20_000]
    t0 = time.perf_counter()
    for text in texts:
        scan_citations(text, "ar")
        scan(text, "ar")
    assert time.perf_counter() - t0 < 1.0
