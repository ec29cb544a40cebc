
from undoc_lint import regexes
from undoc_lint.analysis.officer_lexicon import electoral_group
from undoc_lint.analysis.officers import bureaus, lexicon, source_range
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule

_LINE_BREAK = regexes.compile(r"[\r\n]")


class UnknownGroup(Rule):
    """The group in an officer line is not a regional group name.

    What it checks:
        The bracketed GROUP of every officer line (`ROLE: MEMBER (GROUP)`) is
        one of the five regional groups, named as in the language pack
        (`groups`): the "X States" or the "Group of X States" form, or an
        older name the reference records ("Asian States"). The suggestion is
        the group of the State elected, when it is known; else a close
        misspelling gets the nearest name, and so does an informal name
        (`groups_informal`: "African Group", "GRULAC"). A group whose
        bracket is left open, or closed twice, is reported too (the line is
        still read, so the bureau is still checked). In a language whose group
        names are not yet verified against UN documents
        (`group_names_verified: false`: French, Russian, Arabic) the report
        is a warning.

    Why:
        The DGACM names the groups African States, Asia-Pacific States,
        Eastern European States, Latin American and Caribbean States and
        Western European and other States (un-domain.md §2.1–2.2); other
        forms cannot be checked for balance and read as a different body.

    Example:
        ```undoc fail lang=en
        - Chair: Pakistan (Asia Pacific States)
        - Vice-Chair: Morocco (Africa)
        - Rapporteur: Poland (Europe)
        - Rapporteur: Ruritania (Europe)
        ```
        ```expect
        1:20 BUR008 did you mean `Asia-Pacific States`
        2:24 BUR008 did you mean `African States`
        3:23 BUR008 did you mean `Eastern European States`
        4:26 BUR008 expected one of
        ```
        ```undoc fixed
        - Chair: Pakistan (Asia-Pacific States)
        - Vice-Chair: Morocco (African States)
        - Rapporteur: Poland (Eastern European States)
        - Rapporteur: Ruritania (Europe)
        ```
        ```undoc pass lang=en
        - Chair: Pakistan (Group of Asia-Pacific States)
        - Vice-Chair: Morocco (African States)
        ```
        ```undoc fail lang=en
        - Chair: Kenya ()
        ```
        ```expect
        1:17 BUR008 the brackets after the member are empty
        ```

    Fix safety:
        Unsafe: the suggestion is only the closest name. Safe: closing an
        open bracket, deleting an extra one.
    """

    code = "BUR008"
    name = "unknown-regional-group"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        found = bureaus(doc)
        if not found:
            return  # (most drafts have no officer lines: the groups' names are not listed for nothing)
        lex = lexicon(doc.language)
        severity = None if lex.groups_verified else min(self.effective_severity, Severity.WARNING)
        expected = ", ".join(f"`{n}`" for n in lex.group_display.values())
        for bureau in found:
            for o in bureau.officers:
                if o.bracket_problem:
                    yield self._bracket(o, severity)
                if o.group_text is None or o.group:
                    continue
                found = o.group_text.replace("\n", " ")
                if not found.strip():  # `Kenya ()`: a group left to fill in
                    yield self.diagnostic(o.group_span, f"the brackets after the member are empty: write its regional "
                                          f"group, one of {expected}", severity=severity)
                    continue
                # (the group of the State elected, when it is known: `Kenya (Estados de África Oriental)`
                # is nearer `Estados de Europa Oriental` as a string)
                suggestion = lex.suggest_group(o.group_text)
                own = electoral_group(o.iso3) if o.iso3 else None
                # (only for what reads as a group's name: `(African States, elected by acclamation` keeps its words)
                if own and (suggestion is not None or _short(found)):
                    suggestion = own, lex.group_display.get(own, own)
                fix = None
                if suggestion:
                    _, name = suggestion
                    message = f"`{found}` is not a regional group: did you mean `{name}`?"
                    start, end = source_range(o, o.group_start, o.group_end)
                    if not _LINE_BREAK.search(doc.text, start, end):  # a name wrapped over lines: no fix (it would join them)
                        fix = Fix(f"replace `{found}` with `{name}`", (Edit(start, end, name),), safe=False)
                else:
                    message = f"`{found}` is not a regional group: expected one of {expected}"
                yield self.diagnostic(o.group_span, message, fix=fix, severity=severity)

    def _bracket(self, o, severity):
        """A group's bracket left open (a closing one added), or closed twice (the extra one deleted)."""
        shown = o.group_text.replace("\n", " ")
        if o.bracket_problem == "extra":
            at = o.inline.source_offset(o.extra_at)
            return self.diagnostic(o.inline.span_of(o.extra_at, o.extra_at + 1),
                                   f"a closing bracket too many after the group `{shown}`",
                                   fix=Fix("delete the extra bracket", (Edit(at, at + 1, ""),)), severity=severity)
        written = o.group_in_brackets.format(shown)  # (in the line's own brackets: `（非洲国家）`)
        at = o.inline.source_end(o.group_end)
        return self.diagnostic(o.group_span, f"the bracket before the group `{shown}` is not closed: write `{written}`",
                               fix=Fix(f"close the bracket with `{written[-1]}`", (Edit(at, at, written[-1]),)),
                               severity=severity)


def _short(text: str) -> bool:
    """A few words and no clause: what may be a group's name, however wrong (`Europe`)."""
    return len(text.split()) <= 3 and not any(ch in text for ch in ",;:，；：、")
