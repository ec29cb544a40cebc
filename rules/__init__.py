"""The built-in rule pack of undoc-lint, one rule per module.

Modules are named ``<code>_<what>.py`` (``num001_operative_sequence.py``),
so the folder lists the rules family by family. This package is registered
through the ``undoc_lint.rules`` entry point, like any third-party pack.
"""

from __future__ import annotations

import importlib
import pkgutil

from undoc_lint import regexes

_MODULE = regexes.compile(r"^[a-z]{2,6}[0-9]{3}_\w+$")


def get_rules() -> list[type]:
    from undoc_lint.rule import Rule

    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if not _MODULE.match(info.name):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Rule) and value.__module__ == module.__name__ and hasattr(value, "code"):
                found.append(value)
    return found
