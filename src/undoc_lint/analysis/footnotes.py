"""What a footnote label is, for the FN rules.

UN resolutions and decisions number their footnotes; "asterisks and other
symbols are used mainly in decisions on elections of members of
intergovernmental bodies" (un-domain.md §3.3, Editorial Manual). A label
made of such symbols (`[^*]`, `[^**]`, `[^†]`) stands outside the 1, 2, 3
sequence and is no mistake; any other non-numeric label (`[^a]`, `[^note]`) is.
"""

SYMBOLS = frozenset("*†‡")


def is_symbol_label(label: str) -> bool:
    return bool(label) and set(label) <= SYMBOLS
