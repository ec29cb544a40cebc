from undoc_lint.analysis.dates import document_dates
from undoc_lint.diagnostics import Severity
from undoc_lint.frontmatter import parse_dates
from undoc_lint.model import Heading, Section
from undoc_lint.rule import Rule


class FrontMatterDatesMismatch(Rule):
    """The front-matter `dates` disagree with the dates line of the document's heading block.

    What it checks:
        When the front matter has a valid `dates` (an ISO date or interval,
        `2021-06-29/2021-07-01`), the first date or range of days written
        in the heading block (the paragraphs and headings before the first
        `##` heading: `2021 年 6 月 29 日至 7 月 1 日，内罗毕`,
        `28–30 March 2023, Nairobi`) must give the same first and last day.
        A line with several days or ranges (a session held in two parts:
        `22 and 23 February 2021 and 28 February–2 March 2022`) runs from
        the first day of the first to the last day of the last. Months
        without a day (`May 2019`) and year periods are not dates lines.
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

    Fix safety:
        No fix: the front matter or the dates line may be the wrong one.
    """

    code = "DATE006"
    name = "front-matter-dates-mismatch"
    severity = Severity.ERROR

    def check(self, doc):
        fm = doc.front_matter
        entry = fm.entries.get("dates") if fm is not None else None
        if entry is None:
            return
        declared = parse_dates(entry.value)
        if declared is None:
            return  # SYN008 reports a malformed value
        line = []  # the days and ranges of the first block of the heading block that has any
        for d in document_dates(doc):
            if not _in_heading_block(d.block) or (line and d.block is not line[0][0].block):
                break
            found = None if d.kind == "period" else d.interval()
            if found is not None:
                line.append((d, found))
        if not line:
            return
        found = (min(a for _, (a, _) in line), max(b for _, (_, b) in line))
        if found != declared:
            first, last = line[0][0], line[-1][0]
            written = first.inline.text[first.start:last.end]
            yield self.diagnostic(
                first.inline.span_of(first.start, last.end),
                f"the dates line `{written}` ({_iso(found)}) does not match the front-matter `dates: "
                f"{_iso(declared)}` (line {entry.value_span.line}); expected both to give the same days",
            )


def _iso(interval) -> str:
    a, b = interval
    return a.isoformat() if a == b else f"{a.isoformat()}/{b.isoformat()}"


def _in_heading_block(block) -> bool:
    """Before the first `##` heading: not a `##`+ heading, and not inside a `##`+ section."""
    if isinstance(block, Heading) and block.level >= 2:
        return False
    node = getattr(block, "parent", None)
    while node is not None:
        if isinstance(node, Section) and node.level >= 2:
            return False
        node = getattr(node, "parent", None)
    return True
