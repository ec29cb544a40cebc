"""Russian (lang/ru.yaml): dates, citations, instrument headings, bureau lines,
marker style, footnote placement and language detection, as UN Russian
documents write them (un-domain.md §1.3, §2.2, §3.1–3.3)."""

import re
from pathlib import Path

import pytest

from helpers import date_ends, one_date, parse_as, positions

from undoc_lint.analysis.citations import document_citations, scan as scan_citations
from undoc_lint.analysis.dates import scan
from undoc_lint.analysis.numbering import instrument_numbers
from undoc_lint.analysis.officers import lexicon, officers
from undoc_lint.api import parse_text
from undoc_lint.lang import language_pack
from undoc_lint.lang.detect import detect_text
from undoc_lint.testing import check_text, fix_text

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "habitat-eb-2023-2-outcome.ru.undoc.md"


def parse(text, language="ru"):
    return parse_as(text, language)


def one(text):
    return one_date(text, "ru")


ends = date_ends


codes = positions


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize("text,written,kind,value,sep", [
    # same-month ranges, closed-up en dash [V-doc S32, S51]
    ("сессия, 6–23 июня 2017 года", "6–23 июня 2017 года", "range", ((2017, 6, 6), (2017, 6, 23)), "–"),
    ("11–29 сентября 2017 года", "11–29 сентября 2017 года", "range", ((2017, 9, 11), (2017, 9, 29)), "–"),
    ("(8−26 сентября 2014 года)", "8−26 сентября 2014 года", "range", ((2014, 9, 8), (2014, 9, 26)), "−"),
    # a date in a citation: `от 20 апреля 2005 года` [V-doc S32]
    ("резолюцию 2005/55 Комиссии от 20 апреля 2005 года", "20 апреля 2005 года", "date", ((2005, 4, 20), (2005, 4, 20)), None),
    ("от 21 декабря 2020 года,", "21 декабря 2020 года", "date", ((2020, 12, 21), (2020, 12, 21)), None),
    ("1 января 2024 года", "1 января 2024 года", "date", ((2024, 1, 1), (2024, 1, 1)), None),
    ("21 декабря 2020 г.", "21 декабря 2020 г.", "date", ((2020, 12, 21), (2020, 12, 21)), None),
    # across months and years: a dash between two dates [V-doc A/63/49; B/M]
    ("29 июня — 1 июля 2021 года", "29 июня — 1 июля 2021 года", "range", ((2021, 6, 29), (2021, 7, 1)), " — "),
    ("29 ноября – 1 декабря 2023 года", "29 ноября – 1 декабря 2023 года", "range", ((2023, 11, 29), (2023, 12, 1)), " – "),
    ("25 декабря 2008 года — 14 сентября 2009 года", "25 декабря 2008 года — 14 сентября 2009 года", "range",
     ((2008, 12, 25), (2009, 9, 14)), " — "),
    # running text: с … по …
    ("провести сессию с 5 по 9 июня 2023 года;", "с 5 по 9 июня 2023 года", "range", ((2023, 6, 5), (2023, 6, 9)), " по "),
    ("в Найроби с 29 июня по 1 июля 2021 года", "с 29 июня по 1 июля 2021 года", "range", ((2021, 6, 29), (2021, 7, 1)), " по "),
    ("С 29 июня по 1 июля 2021 года", "С 29 июня по 1 июля 2021 года", "range", ((2021, 6, 29), (2021, 7, 1)), " по "),
    ("со 2 по 5 июня 2023 года", "со 2 по 5 июня 2023 года", "range", ((2023, 6, 2), (2023, 6, 5)), " по "),
    ("с 29 декабря 2021 года по 2 января 2022 года", "с 29 декабря 2021 года по 2 января 2022 года", "range",
     ((2021, 12, 29), (2022, 1, 2)), " по "),
    # two days
    ("22 и 23 февраля 2021 года", "22 и 23 февраля 2021 года", "range", ((2021, 2, 22), (2021, 2, 23)), " и "),
    # a month: nominative, prepositional, genitive
    ("в мае 2019 года", "мае 2019 года", "date", ((2019, 5, None), (2019, 5, None)), None),
    ("май 2019 года", "май 2019 года", "date", ((2019, 5, None), (2019, 5, None)), None),
    ("до конца декабря 2024 года", "декабря 2024 года", "date", ((2024, 12, None), (2024, 12, None)), None),
    # periods
    ("на период 2020–2023 годов", "2020–2023 годов", "period", ((2020, None, None), (2023, None, None)), "–"),
    ("на 2014–2019 годы", "2014–2019 годы", "period", ((2014, None, None), (2019, None, None)), "–"),
    ("в 2020–2023 годах", "2020–2023 годах", "period", ((2020, None, None), (2023, None, None)), "–"),
    ("с 2020 по 2023 год", "с 2020 по 2023 год", "period", ((2020, None, None), (2023, None, None)), " по "),
    ("2020–2023 гг.", "2020–2023 гг.", "period", ((2020, None, None), (2023, None, None)), "–"),
])
def test_russian_forms(text, written, kind, value, sep):
    d = one(text)
    assert (d.text, d.kind, ends(d), d.separator) == (written, kind, value, sep)


def test_weekday_nominative_and_accusative():
    d = one("в пятницу, 9 июня 2023 года")
    assert d.kind == "date" and d.first.weekday == 4 and d.first.weekday_text == "пятницу"
    assert one("среда, 29 ноября 2023 года").first.weekday == 2


def test_range_ends_and_what_is_written():
    d = one("6–23 июня 2017 года")
    assert d.first.text == "6" and d.last.text == "23 июня 2017 года"
    assert d.first.written == {"day"} and d.last.written == {"day", "month", "year"}


@pytest.mark.parametrize("text", [
    "резолюция 75/224",
    "HSP/EB.2023/20.",
    "в 2023 году",
    "Повестка дня в области устойчивого развития на период до 2030 года",
    "решение 2021/3",
    "пункты 5–9 резолюции",
    "5 маяков",
    "на 2020/21 год",
    "коронавирусной инфекции (COVID-19)",
    "стр. 12–15",
    "1234–1240 годов",
    "с 5 по 9 пункт",
    "2019 и 2020 годы",
    "мая",
])
def test_near_misses(text):
    assert scan(text, "ru") == []


def test_dash_rule_for_ranges_and_periods():
    text = ("1. *постановляет* провести сессию 5-9 июня 2023 года и на период 2020 - 2023 годов, "
            "29 июня — 1 июля 2021 года, 29 ноября – 1 декабря 2023 года и 6–23 июня 2017 года.\n")
    assert codes(check_text(text, select="DATE005", language="ru")) == ["1:36 DATE005", "1:70 DATE005"]
    fixed = fix_text(text, select="DATE005", language="ru")
    assert "5–9 июня 2023 года" in fixed and "2020–2023 годов" in fixed
    assert "29 июня — 1 июля 2021 года" in fixed and "29 ноября – 1 декабря 2023 года" in fixed


def test_connector_mix_and_fix():
    text = "1. *постановляет* провести совещание с 22–23 февраля 2024 года.\n"
    assert codes(check_text(text, select="DATE007", language="ru")) == ["1:38 DATE007"]
    assert fix_text(text, select="DATE007", language="ru").endswith("с 22 по 23 февраля 2024 года.\n")


def test_date_errors():
    assert codes(check_text("1. брифинг 31 июня 2024 года.\n", select="DATE001", language="ru")) == ["1:12 DATE001"]
    assert codes(check_text("1. сессия с 9 по 5 июня 2023 года.\n", select="DATE002", language="ru")) == ["1:11 DATE002"]
    assert codes(check_text("1. план на период 2023–2020 годов.\n", select="DATE003", language="ru")) == ["1:19 DATE003"]
    assert codes(check_text("1. в четверг, 8 марта 2024 года.\n", select="DATE004", language="ru")) == ["1:6 DATE004"]
    assert check_text("1. в пятницу, 8 марта 2024 года.\n", select="DATE004", language="ru") == []


@pytest.mark.parametrize("text, suggestions", [
    # each month keeps the case its place gives it (с + genitive, по + accusative; в + prepositional)
    ("1. с июля по май 2022 года.\n", ["`с июля 2021 года по май 2022 года`", "`с мая по июль 2022 года`"]),
    ("1. в июле–мае 2022 года.\n", ["`июле 2021 года–мае 2022 года`", "`мае–июле 2022 года`"]),
    ("1. с 9 по 5 июня 2023 года.\n", ["`с 5 по 9 июня 2023 года`"]),
])
def test_range_suggestions_keep_the_case_written(text, suggestions):
    [diag] = check_text(text, select="DATE002", language="ru")
    assert re.findall(r"`[^`]*\d{4} года`\)", diag.message) == [s + ")" for s in suggestions]


def test_front_matter_dates_against_the_dates_line():
    head = "---\nlanguage: ru\ndates: {}\n---\n\n29 ноября — 1 декабря 2023 года, Найроби\n"
    assert check_text(head.format("2023-11-29/2023-12-01"), select="DATE006") == []
    assert codes(check_text(head.format("2023-11-28/2023-12-01"), select="DATE006")) == ["6:1 DATE006"]


# ------------------------------------------------------------------ citations
def cites(text):
    return [(text[s:e], kind, body, [n.display() for n in numbers])
            for s, e, kind, body, numbers, _, _ in scan_citations(text, "ru")]


RESOLUTION_CASES = ["резолюция", "резолюции", "резолюцию", "резолюцией", "резолюций", "резолюциям", "резолюциями", "резолюциях"]
DECISION_CASES = ["решение", "решения", "решению", "решением", "решении", "решений", "решениям", "решениями", "решениях"]
RECOMMENDATION_CASES = ["рекомендация", "рекомендации", "рекомендацию", "рекомендацией", "рекомендаций", "рекомендациям",
                        "рекомендациями", "рекомендациях"]


@pytest.mark.parametrize("word,kind", [(w, "resolution") for w in RESOLUTION_CASES]
                         + [(w, "decision") for w in DECISION_CASES]
                         + [(w, "recommendation") for w in RECOMMENDATION_CASES])
def test_every_case_of_the_kind_words(word, kind):
    text = f"ссылаясь на {word} 75/224"
    assert cites(text) == [(f"{word} 75/224", kind, None, ["75/224"])]
    capital = word[0].upper() + word[1:]
    assert cites(f"{capital} 2021/2") == [(f"{capital} 2021/2", kind, None, ["2021/2"])]


@pytest.mark.parametrize("text,expected", [
    ("ссылаясь на резолюцию 75/224 Генеральной Ассамблеи от 21 декабря 2020 года",
     [("резолюцию 75/224 Генеральной Ассамблеи", "resolution", "general-assembly", ["75/224"])]),
    ("резолюцию 2005/55 Комиссии от 20 апреля 2005 года", [("резолюцию 2005/55", "resolution", None, ["2005/55"])]),
    # Security Council, body after the number and before it
    ("резолюция 2334 (2016) Совета Безопасности",
     [("резолюция 2334 (2016) Совета Безопасности", "resolution", "security-council", ["2334 (2016)"])]),
    ("резолюции Совета Безопасности 2334 (2016)",
     [("резолюции Совета Безопасности 2334 (2016)", "resolution", None, ["2334 (2016)"])]),
    ("резолюцию Генеральной Ассамблеи 70/1", [("резолюцию Генеральной Ассамблеи 70/1", "resolution", None, ["70/1"])]),
    ("резолюция 2573 (2021)", [("резолюция 2573 (2021)", "resolution", None, ["2573 (2021)"])]),
    # other bodies
    ("резолюцию 1/1 Ассамблеи Организации Объединенных Наций по населенным пунктам",
     [("резолюцию 1/1 Ассамблеи Организации Объединенных Наций по населенным пунктам", "resolution", "habitat-assembly", ["1/1"])]),
    ("резолюции 5/14 Ассамблеи Организации Объединенных Наций по окружающей среде",
     [("резолюции 5/14 Ассамблеи Организации Объединенных Наций по окружающей среде", "resolution", "environment-assembly", ["5/14"])]),
    ("резолюцию 37/4 Совета по правам человека",
     [("резолюцию 37/4 Совета по правам человека", "resolution", "human-rights-council", ["37/4"])]),
    ("резолюцию 1978/66 Экономического и Социального Совета",
     [("резолюцию 1978/66 Экономического и Социального Совета", "resolution", "economic-and-social-council", ["1978/66"])]),
    # before 1976, parts, special sessions
    ("резолюцией 169 (II) Генеральной Ассамблеи",
     [("резолюцией 169 (II) Генеральной Ассамблеи", "resolution", "general-assembly", ["169 (II)"])]),
    ("резолюции 3411 A и B (XXX)", [("резолюции 3411 A и B (XXX)", "resolution", None, ["3411 (XXX)"])]),
    ("резолюции 31/6 A и B", [("резолюции 31/6 A и B", "resolution", None, ["31/6"])]),
    ("резолюцию ES-10/19", [("резолюцию ES-10/19", "resolution", None, ["ES-10/19"])]),
    # lists, with or without a date for each number
    ("резолюции 70/1 и 71/256", [("резолюции 70/1 и 71/256", "resolution", None, ["70/1", "71/256"])]),
    ("свои резолюции 55/162 от 14 декабря 2000 года, 56/95 от 14 декабря 2001 года и 57/144",
     [("резолюции 55/162 от 14 декабря 2000 года, 56/95 от 14 декабря 2001 года и 57/144", "resolution", None,
       ["55/162", "56/95", "57/144"])]),
    ("свое решение 2023/2", [("решение 2023/2", "decision", None, ["2023/2"])]),
    # near-misses
    ("решения 1/CP.26", []),
    ("проект резолюции A/78/L.5", []),
    ("решение о продлении на 2020–2023 годы, 2021/22", []),
    ("нерезолюция 75/224", []),
    ("в резолюции говорится, что 1/3 средств", []),
])
def test_citations(text, expected):
    assert cites(text) == expected


def test_footnote_follows_the_date_before_the_punctuation():
    doc = parse("*ссылаясь* на резолюцию 75/224 Генеральной Ассамблеи от 21 декабря 2020 года[^1],\n\n[^1]: A/RES/75/224.\n")
    (c,) = document_citations(doc)
    assert [r.label for r in c.refs] == ["1"] and [s.text for s in c.symbols] == ["A/RES/75/224"]


@pytest.mark.parametrize("text", [
    "*ссылаясь* на резолюцию 75/224 Генеральной Ассамблеи от 21 декабря 2020 года[^1],\n\n[^1]: A/RES/75/224.\n",
    "*памятуя* о резолюции 2573 (2021) Совета Безопасности[^1],\n\n[^1]: S/RES/2573 (2021).\n",
    "*ссылаясь* на резолюцию 1/3 Ассамблеи Организации Объединенных Наций по населенным пунктам[^1],\n\n[^1]: HSP/HA.1/Res.3.\n",
    "*ссылаясь* на свое решение 2023/2[^1],\n\n[^1]: HSP/EB.2023/10.\n",
    "*ссылаясь* на резолюции 70/1 и 71/256 Генеральной Ассамблеи[^1],\n\n[^1]: A/RES/70/1 и A/RES/71/256.\n",
])
def test_citation_and_footnote_agree(text):
    assert check_text(text, select="SYM", language="ru") == []


@pytest.mark.parametrize("text,expect", [
    ("*ссылаясь* на резолюцию 1/3 Ассамблеи Организации Объединенных Наций по населенным пунктам[^1],\n\n[^1]: HSP/HA.1/Res.4.\n",
     "HSP/HA.1/Res.3"),
    ("*ссылаясь* на резолюцию 37/4 Генеральной Ассамблеи[^1],\n\n[^1]: A/HRC/RES/37/4.\n", "Human Rights Council"),
    ("*памятуя* о резолюции 2573 (2021) Совета Безопасности[^1],\n\n[^1]: S/RES/2574 (2021).\n", "S/RES/2573 (2021)"),
    ("*ссылаясь* на свое решение 2022/2[^1],\n\n[^1]: HSP/EB.2023/10.\n", "year 2022"),
])
def test_citation_and_footnote_disagree(text, expect):
    diags = check_text(text, select="SYM005", language="ru")
    assert [d.code for d in diags] == ["SYM005"] and expect in diags[0].message


def test_resolution_with_a_report_symbol():
    text = "*ссылаясь* на резолюцию 71/256 Генеральной Ассамблеи[^1],\n\n[^1]: A/71/256.\n"
    assert [d.code for d in check_text(text, select="SYM006", language="ru")] == ["SYM006"]
    text = "*ссылаясь* на резолюцию 71/256 Генеральной Ассамблеи[^1],\n\n[^1]: См. A/71/256.\n"
    assert [d.code for d in check_text(text, select="SYM006", language="ru")] == ["SYM006"]


# ------------------------------------------------------------------ instrument headings
def test_instrument_headings():
    doc = parse("## Решение 2023/5. Выборы\n\n## Решение 2023/6. План\n\n## Рекомендация 2021/1. Итоги\n\n"
                "## 75/224. Осуществление решений\n\n## Резолюция 2334 (2016)\n\n## Резолюция 2335 (2017)\n")
    got = [(i.kind, i.prefix, i.number) for i in instrument_numbers(doc)]
    assert got == [("decision", "2023", 5), ("decision", "2023", 6), ("recommendation", "2021", 1),
                   ("resolution", "75", 224), ("resolution (through the years)", "2016", 2334),
                   ("resolution (through the years)", "2017", 2335)]


def test_instrument_sequence():
    text = "## Решение 2023/5. Один\n\n## Решение 2023/7. Два\n\n## Решение 2022/8. Три\n"
    assert codes(check_text(text, select="NUM007", language="ru")) == ["3:12 NUM007", "5:12 NUM007"]
    assert check_text("## Решение 2023/5. Один\n\n## Решение 2023/6. Два\n", select="NUM007", language="ru") == []


# ------------------------------------------------------------------ bureau lines
GROUPS = {
    "african": ["Группа африканских государств", "африканские государства"],
    "asia-pacific": ["Группа азиатско-тихоокеанских государств", "азиатско-тихоокеанские государства",
                     "Группа государств Азии и Тихого океана", "государства Азии и Тихого океана",
                     "Группа азиатских государств", "азиатские государства"],
    "eastern-european": ["Группа восточноевропейских государств", "восточноевропейские государства",
                         "Группа государств Восточной Европы", "государства Восточной Европы"],
    "latin-american-caribbean": ["Группа государств Латинской Америки и Карибского бассейна",
                                 "государства Латинской Америки и Карибского бассейна",
                                 "Группа латиноамериканских и карибских государств", "латиноамериканские и карибские государства",
                                 "Группа латиноамериканских государств", "латиноамериканские государства"],
    "western-european-other": ["Группа западноевропейских и других государств", "западноевропейские и другие государства",
                               "Группа государств Западной Европы и других государств",
                               "государства Западной Европы и другие государства"],
}
MEMBER = {"african": ("Кения", "KEN"), "asia-pacific": ("Исламская Республика Иран", "IRN"),
          "eastern-european": ("Польша", "POL"), "latin-american-caribbean": ("Бразилия", "BRA"),
          "western-european-other": ("Германия", "DEU")}


@pytest.mark.parametrize("gid,name", [(g, n) for g, names in GROUPS.items() for n in names])
def test_every_group_name_in_an_officer_line(gid, name):
    member, iso = MEMBER[gid]
    (o,) = officers(parse(f"- Председатель: {member} ({name})\n"))
    assert (o.role, o.iso3, o.group_text, o.group) == ("chair", iso, name, gid)


@pytest.mark.parametrize("title,role", [
    ("Председатель", "chair"),
    ("заместитель Председателя", "vice-chair"),
    ("Заместитель Председателя", "vice-chair"),
    ("Вице-председатель", "vice-chair"),
    ("Докладчик", "rapporteur"),
    ("Заместитель Председателя и Докладчик", "vice-chair-and-rapporteur"),
    ("заместитель Председателя — Докладчик", "vice-chair-and-rapporteur"),
    ("*Председатель*", "chair"),
])
def test_every_officer_title(title, role):
    (o,) = officers(parse(f"- {title}: Польша (Группа восточноевропейских государств)\n"))
    assert (o.role, o.iso3, o.group) == (role, "POL", "eastern-european")


@pytest.mark.parametrize("word", ["(вакантно)", "вакантно", "(вакансия)", "вакансия", "(вакантная должность)", "Вакантно"])
def test_vacancy_words(word):
    (o,) = officers(parse(f"- Заместитель Председателя: {word} (Группа азиатско-тихоокеанских государств)\n"))
    assert o.vacant and o.iso3 is None and o.group == "asia-pacific"


@pytest.mark.parametrize("text", [
    "- Председатель сессии отметил: вопрос решен (в целом)\n",      # not a title followed by a colon
    "Председатель: выступление Директора-исполнителя\n",            # prose after the title
    "- Координатор: Польша (Группа восточноевропейских государств)\n",  # not a bureau title
])
def test_not_officer_lines(text):
    assert officers(parse(text)) == []


@pytest.mark.parametrize("name,iso", [
    ("Иран (Исламская Республика)", "IRN"), ("Исламская Республика Иран", "IRN"),
    ("Боливия (Многонациональное Государство)", "BOL"), ("Многонациональное Государство Боливия", "BOL"),
    ("Венесуэла (Боливарианская Республика)", "VEN"), ("Боливарианская Республика Венесуэла", "VEN"),
    ("Микронезия (Федеративные Штаты)", "FSM"), ("Федеративные Штаты Микронезии", "FSM"),
    ("Нидерланды (Королевство)", "NLD"), ("Королевство Нидерландов", "NLD"),
    ("Папуа — Новая Гвинея", "PNG"), ("Папуа-Новая Гвинея", "PNG"),
    ("Кот-д’Ивуар", "CIV"), ("Кот-д'Ивуар", "CIV"), ("Объединенная Республика Танзания", "TZA"),
])
def test_member_state_names(name, iso):
    assert lexicon("ru").country(name) == iso


def test_bureau_rules_in_russian():
    good = ("- Председатель: Кения (Группа африканских государств)\n"
            "- Заместитель Председателя: Бразилия (Группа государств Латинской Америки и Карибского бассейна)\n"
            "- Заместитель Председателя: Германия (Группа западноевропейских и других государств)\n"
            "- Заместитель Председателя: (вакантно) (Группа азиатско-тихоокеанских государств)\n"
            "- Докладчик: Польша (Группа восточноевропейских государств)\n")
    assert [d.code for d in check_text(good, select="BUR", language="ru")] == ["BUR007"]
    bad = good.replace("Кения (Группа африканских", "Кения (Группа азиатско-тихоокеанских")
    assert "BUR002" in [d.code for d in check_text(bad, select="BUR", language="ru")]
    typo = good.replace("Кения", "Кенья")
    (d,) = check_text(typo, select="BUR001", language="ru")
    assert "`Кения`" in d.message
    unknown = good.replace("Группа восточноевропейских государств", "Группа восточных государств")
    (d,) = check_text(unknown, select="BUR008", language="ru")
    assert d.severity.name == "WARNING"  # group names not yet verified in a Russian bureau list


# ------------------------------------------------------------------ subparagraph markers
def test_marker_style_rparen_is_the_russian_norm():
    rparen = "1. *просит*:\n\n    a) доклад;\n    b) оценку;\n        i) первое;\n        ii) второе;\n"
    assert check_text(rparen, select="NUM005", language="ru") == []
    paren = "1. *просит*:\n\n    (a) доклад;\n    (b) оценку.\n"
    assert codes(check_text(paren, select="NUM005", language="ru")) == ["3:5 NUM005", "4:5 NUM005"]
    assert fix_text(paren, select="NUM005", language="ru") == "1. *просит*:\n\n    a) доклад;\n    b) оценку.\n"
    # the same `a)` lines are a warning in English
    assert [d.code for d in check_text(rparen, select="NUM005", language="en")] == ["NUM005"] * 4


# ------------------------------------------------------------------ footnote placement
def test_footnote_reference_before_the_punctuation():
    assert language_pack("ru")["footnotes"]["reference_position"] == "before"
    good = "*ссылаясь* на резолюцию 75/224 от 21 декабря 2020 года[^1],\n\n[^1]: A/RES/75/224.\n"
    assert check_text(good, select="FN008", language="ru") == []
    bad = good.replace("года[^1],", "года,[^1]")
    assert codes(check_text(bad, select="FN008", language="ru")) == ["1:56 FN008"]
    assert fix_text(bad, select="FN008", language="ru") == good
    # the English order is the other way round
    assert codes(check_text(good, select="FN008", language="en")) == ["1:55 FN008"]


# ------------------------------------------------------------------ detection and the example
def _body(path):
    text = path.read_text(encoding="utf-8")
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)


def test_language_detected_from_the_example_text():
    body = _body(EXAMPLE)
    assert "language:" not in body
    assert detect_text(body) == "ru"
    assert parse_text(body, "x.undoc.md").language == "ru"


def test_example_reads_as_intended():
    doc = parse_text(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE))
    assert doc.language == "ru"
    assert [(i.kind, i.prefix, i.number) for i in instrument_numbers(doc)] == [
        ("decision", "2023", 5), ("decision", "2023", 6), ("decision", "2023", 7)]
    bureau = officers(doc)
    assert [o.role for o in bureau] == ["chair", "vice-chair", "vice-chair", "vice-chair", "rapporteur"]
    assert sorted(o.group for o in bureau) == sorted(GROUPS)
    assert [o.vacant for o in bureau].count(True) == 1
    cited = [(c.text.split()[1], [s.text for s in c.symbols]) for c in document_citations(doc) if c.refs]
    assert len(cited) == 7 and all(symbols for _, symbols in cited)
    markers = [i.marker.style for i in doc.items if i.marker.kind in ("letter", "roman")]
    assert markers and set(markers) == {"rparen"}
