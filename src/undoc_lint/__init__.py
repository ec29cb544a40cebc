"""undoc-lint: a linter for United Nations outcome documents in UNDoc markup.

The pipeline, one module each:

    source (read bytes) -> parser (grammar/undoc.lark, LALR) -> builder
    (document model in model.py, every node with its Span) -> engine
    (rules from entry points) -> diagnostics -> output formats / fixes
"""

__version__ = "0.1.0"
