"""English dates in US order and what DATE010 writes for them: lists of several days, a weekday
with no comma, `through`, the spaces written between the parts, wrapped ranges, and the other
DATE rules' suggestions for such dates (in UN order, as DATE010's)."""

import pytest

from undoc_lint.analysis import dates
from undoc_lint.analysis.dates import document_dates, scan, un_separator, un_written, written_gaps
from undoc_lint.api import parse_text
from undoc_lint.runner import Linter, Selection
from undoc_lint.testing import check_text, fix_text

NB = "\u00a0"  # a no-break space


def one(text, language="en"):
    found = scan(text, language)
    assert len(found) == 1, f"{text!r}: {[(d.kind, d.text) for d in found]}"
    return found[0]


def days(d):
    return [(p.year, p.month, p.day) for p in (d.first, *d.middle, d.last)]


def lint(text, select="DATE010"):
    _, diags = Linter(Selection(select=[select])).lint_text(f"---\nlanguage: en\n---\n\n{text}\n", "d.undoc.md")
    return diags


# ------------------------------------------------------------------ lists of several days
@pytest.mark.parametrize("text,written,first,middle,last", [
    ("on 5, 6 and 7 April 2023;", "5, 6 and 7 April 2023", "5", ["6"], "7 April 2023"),
    ("on April 5, 6 and 7, 2023;", "April 5, 6 and 7, 2023", "April 5", ["6"], "7, 2023"),
    ("on April 5, 6, and 7, 2023;", "April 5, 6, and 7, 2023", "April 5", ["6"], "7, 2023"),  # (a serial comma)
    ("on 1, 2, 3, 4 and 5 May 2023;", "1, 2, 3, 4 and 5 May 2023", "1", ["2", "3", "4"], "5 May 2023"),
    ("on April 5, 6th and 7, 2023;", "April 5, 6th and 7, 2023", "April 5", ["6th"], "7, 2023"),
])
def test_a_list_of_several_days_is_read_whole(text, written, first, middle, last):
    d = one(text)
    assert (d.kind, d.text, d.is_list, d.separator.strip()) == ("range", written, True, "and")
    assert (d.first.text, [p.text for p in d.middle], d.last.text) == (first, middle, last)
    assert {p.month for p in (d.first, *d.middle, d.last)} == {d.first.month} and d.first.month is not None
    assert all(p.written == {"day"} and p.year == d.last.year for p in d.middle)
    # (the offsets of each middle day are its own, and the first end stops before them)
    assert all(text[p.start:p.end] == p.text for p in d.middle) and d.first.end <= d.middle[0].start


def test_a_list_of_several_days_keeps_its_days_in_order():
    assert days(one("April 5, 6 and 7, 2023")) == [(2023, 4, 5), (2023, 4, 6), (2023, 4, 7)]
    assert days(one("29, 30 and 31 June 2023")) == [(2023, 6, 29), (2023, 6, 30), (2023, 6, 31)]


@pytest.mark.parametrize("text,found", [
    ("paragraphs 5, 6 and 7, 2023", []),  # (no month: no date)
    ("April 5, 6 or 7, 2023", []),  # (`or` joins no list)
    ("April 5, 6 and 7,2023", []),
    ("5,6 and 7 April 2023", [("range", "6 and 7 April 2023")]),
    ("5, 6–9 April 2023", [("range", "6–9 April 2023")]),  # (the middle days go with a list connector only)
    ("5, 6 and 7–9 April 2023", [("range", "7–9 April 2023")]),  # (a list whose last day begins a range is no list)
    ("5, 6, 7 April 2023", [("date", "7 April 2023")]),
    ("A/RES/5, 6 and 7 April 2023", [("range", "6 and 7 April 2023")]),
])
def test_lists_of_several_days_near_misses(text, found):
    assert [(d.kind, d.text) for d in scan(text, "en")] == found


def test_the_middle_days_of_a_list_have_exact_spans_in_a_document():
    doc = parse_text("---\nlanguage: en\n---\n\n1. *Decides* to meet on April 5,\n   6 and 7, 2023 and on ５, ６ and ７ "
                     "April ２０２３;\n", "d.undoc.md")
    a, b = document_dates(doc)
    assert [(doc.text[s.start:s.end], s.line) for s in map(a.part_span, a.middle)] == [("6", 6)]
    assert [(p.text, p.day) for p in b.middle] == [("６", 6)]
    assert a.middle_days() == ", 6" and b.middle_days() == ", ６"


# ------------------------------------------------------------------ a weekday with no comma
def test_a_weekday_with_no_comma_before_a_us_order_date_is_read():
    d = one("on Friday April 7, 2023.")
    assert (d.text, d.first.weekday, d.first.weekday_text, d.first.key()) == ("Friday April 7, 2023", 4, "Friday",
                                                                               (2023, 4, 7))


@pytest.mark.parametrize("text,found", [
    ("on Friday April 7 2023", []),
    ("on friday April 7, 2023", [("April 7, 2023", None)]),  # (a weekday in lower case is no weekday)
    ("on Friday 7 April 2023", [("Friday 7 April 2023", 4)]),
])
def test_a_weekday_with_no_comma_near_misses(text, found):
    assert [(d.text, d.first.weekday) for d in scan(text, "en")] == found


# ------------------------------------------------------------------ through
@pytest.mark.parametrize("text,written,opener,value,un", [
    ("April 5 through 9, 2023", "April 5 through 9, 2023", None, ((2023, 4, 5), (2023, 4, 9)), "–"),
    ("from April 5 through 9, 2023", "from April 5 through 9, 2023", "from", ((2023, 4, 5), (2023, 4, 9)), " to "),
    ("From April 30 through May 2, 2023", "From April 30 through May 2, 2023", "From", ((2023, 4, 30), (2023, 5, 2)),
     " to "),
    ("on 5 through 9 April 2023", "5 through 9 April 2023", None, ((2023, 4, 5), (2023, 4, 9)), "–"),
    ("the period 1 January through 31 December 2024", "1 January through 31 December 2024", None,
     ((2024, 1, 1), (2024, 12, 31)), "–"),  # (`period` opens `to` only)
])
def test_through_joins_a_range(text, written, opener, value, un):
    d = one(text)
    assert (d.kind, d.text, d.open, d.open_mismatch, d.separator.strip()) == ("range", written, opener, False, "through")
    assert (d.first.key(), d.last.key()) == value
    assert un_separator(d) == un


@pytest.mark.parametrize("text,found", [
    ("For 2020 through 2023", []),  # (no period of years: through joins days)
    ("valid through 9 April 2023", [("date", "9 April 2023")]),
])
def test_through_near_misses(text, found):
    assert [(d.kind, d.text) for d in scan(text, "en")] == found


def test_between_and_through_is_a_mix():
    d = one("between April 5 through 9, 2023")
    assert d.open == "between" and d.open_mismatch


# ------------------------------------------------------------------ the spaces written between the parts
def test_written_gaps_are_those_between_the_parts():
    d = one(f"on from April{NB}5 to 9,{NB}2023")  # (not after the opening word, nor the connector's)
    assert written_gaps(d) == [NB, NB]
    d = one(f"April{NB}5, 6 and{NB}7, 2023")  # (nor the list's middle days')
    assert written_gaps(d) == [NB, " "]
    d = one("April\n5, 2023")  # (a line break read as a space)
    assert written_gaps(d) == [" ", " "]


@pytest.mark.parametrize("text,want", [
    (f"April{NB}5, 2023", f"5{NB}April 2023"),
    (f"April 5,{NB}2023", f"5 April{NB}2023"),
    (f"Friday April{NB}5, 2023", f"Friday, 5{NB}April 2023"),
    (f"Friday,{NB}April 5, 2023", f"Friday,{NB}5 April 2023"),
    (f"April{NB}30–May{NB}2,{NB}2023", f"30{NB}April–2{NB}May{NB}2023"),
    (f"April 30, 2022{NB}–{NB}May{NB}2, 2023", f"30 April 2022{NB}–{NB}2{NB}May 2023"),
    (f"April{NB}5 through 9, 2023", f"5–9{NB}April 2023"),
    ("April\u202f5, 6, and 7, 2023", "5, 6, and 7\u202fApril 2023"),
])
def test_date010_keeps_the_spaces_written_and_its_fix_is_safe(text, want):
    assert un_written(one(text)) == (want, True)
    [diag] = lint(f"To meet on {text}.")
    assert [e.content for e in diag.fix.edits] == [want] and diag.fix.safe
    assert fix_text(f"To meet on {text}.\n", "DATE010", "en") == f"To meet on {want}.\n"


def test_date010_fix_is_unsafe_when_the_spaces_written_cannot_be_kept(monkeypatch):
    """A language whose month may be two words: a US date then holds more spaces than its template,
    and the n-th space written has no n-th place; spaces all alike are kept, else the fix writes plain
    spaces and is unsafe (a no-break space written would be lost)."""
    import undoc_lint.analysis.date_templates as date_templates
    from undoc_lint.rules import date010_date_style

    months = [[f"Month{k}"] for k in range(1, 13)]
    months[4] = ["Big Month"]
    pack = {"language": "fr", "dates": {
        "month_names": months, "space": "required", "connectors": [{"sep": "–", "dash": True}],
        "style": {"templates": {"{month} {day}, {year}": "{day} {month} {year}"}},
        "templates": {"date": ["{day} {month} {year}", "{month} {day}, {year}"]}}}
    real = date_templates.language_pack
    monkeypatch.setattr(date_templates, "language_pack", lambda code: pack if code == "fr" else real(code))
    caches = (dates.compiled, date010_date_style._style)
    for cache in caches:
        cache.cache_clear()
    try:
        d = one(f"Big Month{NB}5,{NB}2023", "fr")
        assert written_gaps(d) == [" ", NB, NB]
        assert un_written(d) == ("5 Big Month 2023", False)
        [diag] = check_text(f"Le Big Month{NB}5,{NB}2023.\n", "DATE010", "fr")
        assert [e.content for e in diag.fix.edits] == ["5 Big Month 2023"] and not diag.fix.safe
        d = one(f"Big{NB}Month{NB}5,{NB}2023", "fr")  # (all alike: kept)
        assert un_written(d) == (f"5{NB}Big Month{NB}2023", True)
        [diag] = check_text("Le Big Month 5, 2023.\n", "DATE010", "fr")  # (plain spaces: nothing is lost)
        assert [e.content for e in diag.fix.edits] == ["5 Big Month 2023"] and diag.fix.safe
    finally:
        for cache in caches:
            cache.cache_clear()


@pytest.mark.parametrize("text,want", [
    ("on April 5, 6 and 7, 2023", "5, 6 and 7 April 2023"),
    ("on Friday April 7, 2023", "Friday, 7 April 2023"),
    ("on April 5 through 9, 2023", "5–9 April 2023"),
    ("from April 5 through 9, 2023", "5 to 9 April 2023"),
])
def test_date010_fixes_of_lists_weekdays_and_through_are_whole_and_safe(text, want):
    [diag] = lint(f"1. *Decides* to meet {text};")
    assert [e.content for e in diag.fix.edits] == [want] and diag.fix.safe


def test_date010_fix_of_through_in_un_order_changes_the_connector_only():
    [diag] = lint("1. *Decides* to meet from 5 through 9 April 2023, on 5\n   through 9 April 2023;")[:1]
    assert [e.content for e in diag.fix.edits] == [" to "] and diag.fix.safe
    wrapped = lint("1. *Decides* to meet on 5 through\n   9 April 2023;")
    assert [d.fix for d in wrapped] == [None] and "expected `5–9 April 2023`" in wrapped[0].message


# ------------------------------------------------------------------ wrapped ranges
@pytest.mark.parametrize("text,want", [
    ("on April 30–\nMay 2, 2023", "`30 April–2 May 2023`"),
    ("on April 30 –\nMay 2, 2023", "`30 April–2 May 2023`"),
    ("from April 5 to\n9, 2023", "`5 to 9 April 2023`"),
    ("on April 5 and\n6, 2023", "`5 and 6 April 2023`"),
    ("on April\n5, 6 and 7, 2023", "`5, 6 and 7 April 2023`"),
])
def test_a_wrapped_us_order_range_is_suggested_without_the_line_break(text, want):
    [diag] = lint(f"To meet {text}.")
    assert diag.message.endswith(f"expected {want}") and diag.fix is None


def test_date002_suggestion_of_a_range_wrapped_at_its_connector_has_no_line_break_artefact():
    [diag] = lint("Held on 9–\n5 June 2023 and on May 9 to\n5, 2023.", "DATE002")
    assert "(`5–9 June 2023`)" in diag.message


# ------------------------------------------------------------------ the rules agree
@pytest.mark.parametrize("text,rule,own", [
    ("on April 5-9, 2023", "DATE005", "5–9 April 2023"),
    (f"on April 5{NB}-{NB}9,{NB}2023", "DATE005", f"5–9 April{NB}2023"),
    ("on April 30 — May 2, 2023", "DATE005", "30 April–2 May 2023"),
    ("on December 29, 2022-January 2, 2023", "DATE005", "29 December 2022–2 January 2023"),
    ("from April 5–9, 2023", "DATE007", "from 5 to 9 April 2023"),
])
def test_the_suggestion_of_date005_and_date007_is_what_every_fix_writes(text, rule, own):
    """A US-order range with a wrong connector: DATE005 (or DATE007) expects the text in UN order
    with its own correction, DATE010 the same order with the connector as written; --fix applies
    both (in either order) and writes what DATE005 (DATE007) expected."""
    [mine] = lint(f"To meet {text}.", rule)
    [order] = lint(f"To meet {text}.", "DATE010")
    assert mine.message.endswith(f"`{own}`")
    assert own.endswith(order.fix.edits[0].content[-9:])  # (the same UN order)
    assert lint(f"To meet {own}.", "DATE") == []  # (what it suggests, no DATE rule reports)
    lead = "on " if text.startswith("on ") else ""
    assert fix_text(f"To meet {text}.\n", "DATE", "en") == f"To meet {lead}{own}.\n"
    # (each rule's fix alone changes only what it reports)
    assert len(mine.fix.edits) == 1 and mine.fix.edits[0].end - mine.fix.edits[0].start <= 3


@pytest.mark.parametrize("text,want", [
    ("on May 9–5, 2023", "`5–9 May 2023`"),
    ("on May 2–April 30, 2023", "`30 April–2 May 2023`"),
    ("on April 6 and 5, 2023", "`5 and 6 April 2023`"),
    ("on April 7, 5 and 6, 2023", "`5, 6 and 7 April 2023`"),
    ("from May 9 through 5, 2023", "`from 5 to 9 May 2023`"),
    (f"on May{NB}9–5, 2023", f"`5–9{NB}May 2023`"),
])
def test_date002_suggests_the_ends_swapped_in_the_order_date010_writes(text, want):
    [diag] = lint(f"Held {text}.", "DATE002")
    assert want in diag.message
    assert lint(f"Held {want.strip('`')}.", "DATE") == []  # (what it suggests, no DATE rule reports)
