
from undoc_lint import regexes
from undoc_lint.analysis.officers import bureaus, lexicon, name_key, source_range
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule

_LINE_BREAK = regexes.compile(r"[\r\n]")
_LIST_MARK = regexes.compile(r"[;,，、；،؛]")


class UnknownMemberState(Rule):
    """An elected member is not a Member State name in the document's language.

    What it checks:
        The MEMBER of every officer line (`ROLE: MEMBER (GROUP)`, spec §5) is
        the UN short name of a Member State in the document's language, as
        listed under `countries` in the language pack (the UNTERM short names
        of `member-states.csv`, with the variants the reference supports).
        Vacancy words (`(vacant)`, `（空缺）`) are not names and pass.
        Spacing, letter case and full-width or half-width punctuation do not
        matter. A misspelt name gets the closest accepted name as a
        suggestion; a former name (`Turkey`, `Swaziland`) gets the current one.

    Why:
        A bureau is elected from Member States, and UN documents name them by
        their official short names (UNTERM). A misspelt or outdated name in an
        adopted decision has to be corrected by a corrigendum.

    Example:
        ```undoc fail lang=en
        - Chair: Pakistann (Asia-Pacific States)
        - Vice-Chair: Turkey (Western European and other States)
        ```
        ```expect
        1:10 BUR001 did you mean `Pakistan`
        2:15 BUR001 `Türkiye`
        ```
        ```undoc fixed
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: Türkiye (Western European and other States)
        ```
        ```undoc pass lang=zh
        - 主席：巴基斯坦（亚太国家）
        - 副主席：（空缺）（西欧和其他国家）
        ```

    Fix safety:
        Unsafe: the suggestion is the closest name, which may not be the
        State that was meant, and a former name may be right in a historical
        text.
    """

    code = "BUR001"
    name = "unknown-member-state"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        lex = lexicon(doc.language)
        for bureau in bureaus(doc):
            for o in bureau.officers:
                if o.vacant or o.iso3:
                    continue
                found = o.member_text.replace("\n", " ")
                suggestion = lex.suggest_country(o.member_text)
                fix = None
                if suggestion is None:
                    message = (f"`{found}` is not the name of a Member State: expected a UN short name "
                               f"(language pack `{lex.language}`, `countries`) or a vacancy word")
                else:
                    _, name = suggestion
                    if name_key(o.member_text) in lex.superseded:
                        message = f"`{found}` is a former name: the Member State is now `{name}`"
                    elif name_key(o.member_text) in lex.informal:
                        message = f"`{found}` is not the UN short name of the Member State: write `{name}`"
                    else:
                        message = f"`{found}` is not the name of a Member State: did you mean `{name}`?"
                    start, end = source_range(o, o.member_start, o.member_end)
                    # No fix for a name wrapped over lines (it would join them), nor for what lists
                    # several (`Maldives;Iraq`: replacing it with one name would drop the others).
                    if not _LINE_BREAK.search(doc.text, start, end) and not _LIST_MARK.search(found):
                        fix = Fix(f"replace `{found}` with `{name}`", (Edit(start, end, name),), safe=False)
                yield self.diagnostic(o.member_span, message, fix=fix)

