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
        Months without a day (`May 2019`), year periods and lists of days
        are not dates lines. Nothing is reported when either side is
        missing.

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
        for d in document_dates(doc):
            if not _in_heading_block(d.block):
                return
            if d.kind == "period" or d.is_list:
                continue
            found = d.interval()
            if found is None:
                continue
            if found != declared:
                shown = _iso(found)
                yield self.diagnostic(
                    d.span,
                    f"the dates line `{d.text}` ({shown}) does not match the front-matter `dates: "
                    f"{_iso(declared)}` (line {entry.value_span.line}); expected both to give the same days",
                )
            return


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
