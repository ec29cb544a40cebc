import datetime as _dt
import re
from functools import lru_cache

from undoc_lint import regexes
from undoc_lint.analysis.dates import DatePart, compiled, document_dates, european, other_digits
from undoc_lint.diagnostics import Severity
from undoc_lint.frontmatter import declared_dates, iso_dates
from undoc_lint.model import Heading, Item, Section
from undoc_lint.rule import Rule


class FrontMatterDatesMismatch(Rule):
    """The front-matter `dates` disagree with the dates line of the document's heading block.

    What it checks:
        When the front matter has a valid `dates` (an ISO date or interval,
        `2021-06-29/2021-07-01`), the first date or range of days written
        in the heading block (the paragraphs and headings before the first
        `##` heading and before a line that ends with a comma, which begins
        an instrument: `*The Executive Board*,`, `*Recalling* …,`; `2021 年 6 月 29 日至 7 月 1 日，内罗毕`,
        `28–30 March 2023, Nairobi`) must give the same first and last day.
        A line with several days or ranges (a session held in two parts:
        `22 and 23 February 2021 and 28 February–2 March 2022`) runs from
        the first day of the first to the last day of the last, and one
        that begins with a day alone (`4 and 11–22 March 2024`) from that
        day, and one whose last date is followed by a day and a range of
        days of its month (zh `2024年3月4日和11日至22日`: the language's
        `dates_line_tail`) to the range's last day. Months
        without a day (`May 2019`) and year periods are not dates lines,
        nor is a masthead's issue date (`Distr.: General⏎11 April 2023`,
        after the language's `issue_date_marks`, on that line or alone on
        the next), nor a single date in a line that says it is the date of
        adoption (`Resolution adopted by the Human Rights Council on
        4 April 2023`, a title's usual form: the language's
        `adoption_date_marks`; a range there is still a dates line).
        Nothing is reported when either side is missing.

    Why:
        The front matter is what tools (search, export to AKN4UN) read; the
        masthead is what readers see. When they disagree, one of them is
        wrong, and an outcome document must carry the dates of its meeting
        correctly.

    Example:
        ```undoc fail lang=zh
        ---
        language: zh
        dates: 2021-06-29/2021-07-02
        ---

        2021 年 6 月 29 日至 7 月 1 日，内罗毕
        ```
        ```expect
        6:1 DATE006 2021-06-29/2021-07-01
        ```
        ```undoc pass lang=zh
        ---
        language: zh
        dates: 2021-06-29/2021-07-01
        ---

        2021 年 6 月 29 日至 7 月 1 日，内罗毕

        ## 第 2021/1 号建议：2019 年 5 月联合国人居大会第一届会议通过的各项决议的执行情况
        ```
        ```undoc pass lang=en
        ---
        language: en
        dates: 2023-03-28/2023-03-30
        ---

        28–30 March 2023, Nairobi
        ```
        ```undoc pass lang=en
        ---
        language: en
        dates: 2021-02-22/2022-03-02
        ---

        Nairobi (hybrid), 22 and 23 February 2021 and 28 February–2 March 2022
        ```
        ```undoc pass lang=en
        ---
        language: en
        dates: 2023-02-27/2023-04-04
        ---

        Distr.: General
        11 April 2023

        Human Rights Council, 27 February–4 April 2023
        ```
        ```undoc pass lang=en
        ---
        language: en
        dates: 2023-02-27/2023-04-04
        ---

        # Resolution adopted by the Human Rights Council on 4 April 2023
        ```

    Fix safety:
        No fix: the front matter or the dates line may be the wrong one.
    """

    code = "DATE006"
    name = "front-matter-dates-mismatch"
    severity = Severity.ERROR

    def check(self, doc):
        found = declared_dates(doc)
        if found is None:
            return  # (none, or malformed: SYN008)
        entry, declared = found
        marks = tuple(compiled(doc.language).data.get("issue_date_marks") or ())
        adopted = tuple(compiled(doc.language).data.get("adoption_date_marks") or ())
        line = []  # the days and ranges of the first block of the heading block that has any
        heading_block = None
        for d in document_dates(doc):
            if heading_block is None:
                heading_block = _heading_block(doc)
            if id(d.block) not in heading_block or (line and d.block is not line[0][0].block):
                break
            if marks and _issue_date(doc, d, marks):
                continue
            if adopted and d.kind == "date" and any(w in d.inline.text for w in adopted):
                continue  # (`Resolution adopted by the Human Rights Council on 4 April 2023`: its date of adoption)
            found = None if d.kind == "period" else d.interval()
            if found is not None:
                line.append((d, found))
        if not line:
            return
        found = (min(a for _, (a, _) in line), max(b for _, (_, b) in line))
        first = line[0][0]
        begin = first.start
        # (full-width or Arabic-Indic digits read as European ones, as in the dates: `４日和１１日至２２日`)
        read = european if other_digits(doc) else str
        day_before = _day_before(doc.language, first, read)  # (`4 and 11–22 March 2024`: a day, then a range)
        if day_before is not None and day_before[0] < found[0]:
            found, begin = (day_before[0], found[1]), day_before[1]
        last_day = _day_after(doc.language, line[-1][0], read)  # (zh `…4日和11日至22日`: to the 22nd)
        if last_day is not None and last_day[0] > found[1]:
            found = (found[0], last_day[0])
        if found != declared:
            last = line[-1][0]
            end = last_day[1] if last_day is not None and last_day[0] == found[1] else last.end
            written = first.inline.text[begin:end]
            yield self.diagnostic(
                first.inline.span_of(begin, end),
                f"the dates line `{written}` ({iso_dates(found)}) does not match the front-matter `dates: "
                f"{iso_dates(declared)}` (line {entry.value_span.line}); expected both to give the same days",
            )


@lru_cache(maxsize=None)
def _list_end(language: str | None) -> re.Pattern | None:
    """A day number and a list connector (`4 and `, `4, `) that end a text."""
    seps = [c["sep"] for c in compiled(language).connectors if c.get("kind") == "list"]
    if not seps:
        return None
    return regexes.compile(rf"(?<![0-9/.])([0-9]{{1,2}})\s*(?:,|{'|'.join(map(re.escape, seps))})\s*$")


def _day_before(language: str | None, d, read=str) -> tuple[_dt.date, int] | None:
    """The day written alone before the first date of a dates line, in its month (`4 and 11–22
    March 2024`: 4 March 2024), and where it is written; None if there is none."""
    pattern = _list_end(language)
    m = pattern.search(read(d.inline.text), max(0, d.start - 12), d.start) if pattern is not None else None
    day = DatePart(int(m.group(1)), d.first.month, d.first.year).date() if m is not None else None  # (None: no such day)
    return (day, m.start(1)) if day is not None else None


@lru_cache(maxsize=None)
def _tail(language: str | None) -> re.Pattern | None:
    pattern = compiled(language).data.get("dates_line_tail")
    return regexes.compile(pattern) if pattern else None


def _day_after(language: str | None, d, read=str) -> tuple[_dt.date, int] | None:
    """The later day that the language's `dates_line_tail` writes after the last date of a dates
    line, in that date's month, and where it ends; None if there is none."""
    pattern = _tail(language)
    m = pattern.match(read(d.inline.text), d.end) if pattern is not None else None
    day = DatePart(int(m.group("day")), d.last.month, d.last.year).date() if m is not None else None
    return (day, m.end()) if day is not None else None


def _issue_date(doc, d, marks: tuple[str, ...]) -> bool:
    """Whether a date is a masthead's issue date: in the block that begins with an issue date
    mark (`Distr.: General⏎11 April 2023`), or alone in the block right after it."""
    text = d.inline.text
    if text.lstrip().startswith(marks):
        return True
    if text.strip() != d.text:
        return False
    blocks = doc.blocks
    k = next((i for i, b in enumerate(blocks) if b is d.block), 0)
    before = getattr(blocks[k - 1], "content", None) if k > 0 else None
    return before is not None and before.text.lstrip().startswith(marks)


# What ends the first sentence's lines of an instrument: its acting body's line and each
# preambular paragraph (`*The Executive Board*,`, `*Recalling* …,`, `回顾……，`), never a dates line
_CLAUSE_END = tuple(",，،;；")


def _heading_block(doc) -> set[int]:
    """The ids of the blocks of the heading block: those before the first `##` heading, the
    body's paragraphs, and the first line that ends with a comma (in a short document with no
    `##`: its acting body's line or first preambular paragraph, whose dates are no dates line)."""
    found = set()
    for block in doc.blocks:
        if not _in_heading_block(block):
            break
        text = block.content.text if getattr(block, "kind", None) == "paragraph" else ""
        if text.rstrip("\ufffc \n").endswith(_CLAUSE_END):
            break
        found.add(id(block))
    return found


def _in_heading_block(block) -> bool:
    """Before the first `##` heading: not a `##`+ heading, not inside a `##`+ section, and not
    a numbered or lettered paragraph (the body: a short decision with no `##` has its dates
    line above its first paragraph, and a date in `1. *Decides* …` is none: a hunt)."""
    if isinstance(block, Item) or isinstance(block, Heading) and block.level >= 2:
        return False
    node = getattr(block, "parent", None)
    while node is not None:
        if isinstance(node, Item) or isinstance(node, Section) and node.level >= 2:
            return False
        node = getattr(node, "parent", None)
    return True
