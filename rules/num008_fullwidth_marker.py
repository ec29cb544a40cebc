import unicodedata

from undoc_lint.analysis.numbering import fullwidth_markers
from undoc_lint.diagnostics import Edit, Fix, Severity
from undoc_lint.rule import Rule


class FullwidthMarker(Rule):
    """A line begins with a marker in full-width characters, `（a）` or `１.`, which the markup reads as text.

    What it checks:
        A paragraph line, or a continuation line of an item, that begins
        with a subparagraph or paragraph marker written with full-width
        brackets, letters or digits (`（a）`, `(ｂ)`, `１.`, with or without
        the space after them that Chinese leaves out), in Arabic-Indic
        digits (`٢.`), after an invisible character (a direction mark
        U+200F, a zero-width space, a BOM left mid-file), followed by a
        no-break, narrow no-break or ideographic space or by text with no
        space at all (`(a)To report`; not what a language's
        `not_a_marker_before` says begins a cited item: zh `（b）项`), or with letters
        of another script that the language pack lists as standing for
        Latin ones (`marker_letters`: Cyrillic `а)`, `с)` in Russian, which
        look like `a)`, `c)`; Arabic `(أ)`, `(ب)` in Arabic, the UN's Arabic
        lettering). The markup's markers are ASCII (spec §2): such a line
        is read as text, so its list loses an item and the items after it
        are numbered as if it were not there.

    Why:
        A Chinese or Japanese keyboard writes full-width brackets, and a
        Russian one Cyrillic letters; the draft looks right, but the
        subparagraph is not one, and NUM002 then reports (and would
        renumber) the next one.

    Example:
        ```undoc fail lang=zh
        1. 请秘书长：

        （a） 提交报告；

        (b) 加强协调。
        ```
        ```expect
        3:1 NUM008 `(a)`
        ```
        ```undoc fixed
        1. 请秘书长：

        (a) 提交报告；

        (b) 加强协调。
        ```
        ```undoc pass lang=zh
        1. 请秘书长：

        (a) 提交报告；

        (b) 加强协调。
        ```

        ```undoc fail lang=ru
        1. *призывает* государства:

            а) включать вопросы урбанизации в планы;
            b) укреплять потенциал.
        ```
        ```expect
        3:5 NUM008 Cyrillic letters
        ```
        ```undoc fixed
        1. *призывает* государства:

            a) включать вопросы урбанизации в планы;
            b) укреплять потенциал.
        ```

    Fix safety:
        Unsafe: writing the marker in ASCII makes the line an item, which
        changes how the list around it is read.
    """

    code = "NUM008"
    name = "fullwidth-marker"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc):
        for start, end, ascii_marker in fullwidth_markers(doc):
            written = doc.text[start:end]
            if unicodedata.category(written[0]) == "Cf":  # (U+200F, a right-to-left mark; U+200B, U+FEFF …)
                what = unicodedata.name(written[0], "format character").lower()
                message = (f"an invisible character (U+{ord(written[0]):04X}, {what}) stands before the marker, so "
                           f"the markup reads the line as text; write `{ascii_marker}`")
            elif written[-1] in "\u00a0\u202f\u3000":
                what = {"\u3000": "an ideographic space"}.get(written[-1], "a no-break space")
                message = (f"`{written[:-1]}` is followed by {what} (U+{ord(written[-1]):04X}), so the markup "
                           f"reads the line as text; write an ordinary space after it")
            elif written == ascii_marker:
                message = f"`{written}` is followed by text with no space, so the markup reads the line as text; write a space after it"
            else:
                message = f"`{written}` is written {_how(written)}, so the markup reads the line as text; write `{ascii_marker}`"
            if not ascii_marker.endswith(" ") and doc.text[end:end + 1] not in ("", " ", "\t", "\n", "\r"):
                if written != ascii_marker:  # (`（a）提交`: a space after it too)
                    message += " and a space after it"
                ascii_marker += " "
            yield self.diagnostic(doc.span(start, end), message,
                                  Fix(f"write `{ascii_marker}`", (Edit(start, end, ascii_marker),), safe=False))


def _how(written: str) -> str:
    """`in full-width characters`, `with Cyrillic letters`, `with Arabic-Indic digits` (the script of a
    character that is not Latin)."""
    for ch in written:
        if ch.isalnum() and unicodedata.normalize("NFKC", ch) == ch and not ch.isascii():
            what = "letters" if ch.isalpha() else "digits"
            return f"with {unicodedata.name(ch, 'LETTER').split()[0].title()} {what}"
    return "in full-width characters"
