"""Recognisers for what rules read inside text (symbols, citations, dates, officer lines), computed once per document."""
