"""What a rule is: a class with a stable code, a kebab-case name, a default
severity, typed options, and a docstring that is its documentation.

A rule module holds one rule. The docstring has the sections
``What it checks``, ``Why``, ``Example`` and ``Fix safety``; the Example
section holds fenced blocks that the test suite runs::

    ```undoc fail lang=en
    1. First;
    3. Third.
    ```
    ```expect
    2:1 NUM001
    ```
    ```undoc fixed
    1. First;
    2. Third.
    ```
    ```undoc pass lang=zh
    1. 第一段。
    ```

A ``fail`` block must produce exactly the ``expect`` diagnostics of this
rule (``LINE:COLUMN CODE``, one a line); a ``pass`` block none; a ``fixed``
block is the ``fail`` text after this rule's fixes (safe and unsafe).
Options after the language (``scope=document``) set the rule's options.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from dataclasses import dataclass
from typing import Any, ClassVar, Iterable, Iterator

from . import regexes
from .diagnostics import Diagnostic, Fix, Severity
from .model import Document
from .source import Span

CODE = regexes.compile(r"^[A-Z]{2,6}[0-9]{3}$")
NAME = regexes.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


@dataclass
class NoOptions:
    """This rule has no options."""


class OptionError(ValueError):
    """A rule option with a wrong name or value (the message says which; ``option`` is its
    key as written, when known, so that a configuration error can name its line)."""

    def __init__(self, message: str, option: str | None = None):
        super().__init__(message)
        self.option = option


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    fixable: ClassVar[bool] = False
    Options: ClassVar[type] = NoOptions
    pack: ClassVar[str] = "builtin"

    def __init__(self, options: Any = None, severity: Severity | None = None):
        self.options = options if options is not None else self.Options()
        self.effective_severity = severity or type(self).severity
        self._doc: Document | None = None

    # -- identity --------------------------------------------------------
    @classmethod
    def family(cls) -> str:
        return re.match(r"^[A-Z]+", cls.code).group(0)

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0] if doc else cls.name

    # -- checking ----------------------------------------------------------
    def check(self, doc: Document) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def run(self, doc: Document) -> Iterator[Diagnostic]:
        self._doc = doc
        try:
            yield from self.check(doc)
        finally:
            self._doc = None

    def diagnostic(self, span: Span, message: str, fix: Fix | None = None, severity: Severity | None = None) -> Diagnostic:
        if isinstance(message, str) and "\n" in message:  # text quoted from a wrapped line: one line, `⏎` where it broke
            message = message.replace("\r\n", "\u23ce").replace("\n", "\u23ce")
        return Diagnostic(self.code, self.name, severity or self.effective_severity, message, span, fix,
                          path=self._doc.path if self._doc else "", pack=self.pack)

    # -- options -----------------------------------------------------------
    @classmethod
    def make_options(cls, values: dict[str, Any] | None) -> Any:
        """Typed options from a plain mapping; OptionError names what is wrong."""
        values = dict(values or {})
        fields = {f.name.replace("_", "-"): f for f in dataclasses.fields(cls.Options)}
        kwargs = {}
        for key, value in values.items():
            f = fields.get(key) or fields.get(key.replace("_", "-"))
            if f is None:
                known = ", ".join(sorted(fields)) or "none"
                raise OptionError(f"rule {cls.code} ({cls.name}) has no option `{key}` (options: {known})", key)
            if f.name in kwargs:  # (`max-spaces` and `max_spaces` both: the last one silently won)
                raise OptionError(f"rule {cls.code} ({cls.name}): option `{key}` is given twice (as "
                                  f"`{f.name.replace('_', '-')}` and `{f.name}`); keep one", key)
            try:
                kwargs[f.name] = _coerce(cls, f, value)
            except OptionError as exc:
                raise OptionError(str(exc), key) from None
        try:
            return cls.Options(**kwargs)
        except OptionError as exc:  # a range an Options class checks itself (__post_init__)
            raise OptionError(f"rule {cls.code} ({cls.name}): {exc}") from None
        except Exception as exc:  # (any other: the class is a pack's; the value is still the configuration's)
            raise OptionError(f"rule {cls.code} ({cls.name}) refuses these options: {type(exc).__name__}: {exc}") from None


def _coerce(cls, f: dataclasses.Field, value: Any) -> Any:
    hints = typing.get_type_hints(cls.Options)
    where = f"option `{f.name.replace('_', '-')}` of {cls.code} ({cls.name})"
    ok, coerced, wanted = _fit(hints.get(f.name, Any), value)
    if not ok:
        raise OptionError(f"{where} must be {wanted}, not {value!r}")
    return coerced


_KINDS = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}


def _fit(hint: Any, value: Any) -> tuple[bool, Any, str]:
    """Whether a configured value fits an option's annotation: (fits, the value as the rule
    gets it, what was wanted, for the message). Literal, bool, int, float, str, None, unions
    (`int | None`), lists, tuples, sets and frozensets of those, and dicts of them."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return True, value, "anything"
    if origin is typing.Literal:
        return value in args, value, "one of " + ", ".join(map(str, args))
    if hint is type(None):
        return value is None, value, "null"
    if origin in (typing.Union, types.UnionType):
        wanted = []
        for arm in args:
            ok, coerced, what = _fit(arm, value)
            if ok:
                return True, coerced, what
            wanted.append(what)
        return False, value, " or ".join(wanted)
    if hint in _KINDS:
        if hint is float:
            fits = isinstance(value, (int, float)) and not isinstance(value, bool)
            return fits, float(value) if fits else value, _KINDS[hint]
        fits = isinstance(value, hint) and (hint is bool or not isinstance(value, bool))
        return fits, value, _KINDS[hint]
    if origin in (list, tuple, set, frozenset):
        arm = args[0] if args else Any
        what = f"a list of {_KINDS.get(arm, 'values').replace('a ', '', 1)}s" if arm in _KINDS else "a list"
        if not isinstance(value, (list, tuple)):
            return False, value, what
        items = [_fit(arm, v) for v in value]
        if not all(ok for ok, _, _ in items):
            return False, value, what
        return True, origin(c for _, c, _ in items), what
    if origin is dict:
        key, val = args or (Any, Any)
        if not isinstance(value, dict):
            return False, value, "a mapping"
        items = [(_fit(key, k), _fit(val, v)) for k, v in value.items()]
        if not all(k[0] and v[0] for k, v in items):
            return False, value, "a mapping of the right kinds"
        return True, {k[1]: v[1] for k, v in items}, "a mapping"
    if isinstance(hint, type):
        return isinstance(value, hint), value, f"a {hint.__name__}"
    return True, value, str(hint)


RESERVED_PREFIXES = ("SYN", "ENG")  # the parser's and the engine's own codes


def validate_rule_class(cls: type, check_options: bool = True) -> list[str]:
    """Problems with a rule class's declaration (empty when it is well formed). ``check_options``:
    make its Options with their defaults and check them against their types (for a pack's rules;
    the built-in ones are checked by the test suite, and every process start-up would pay)."""
    if not (isinstance(cls, type) and issubclass(cls, Rule)):
        return [f"{cls!r} is not a subclass of undoc_lint.rule.Rule"]
    problems = []
    code, name = getattr(cls, "code", ""), getattr(cls, "name", "")
    if not (isinstance(code, str) and CODE.fullmatch(code)):
        problems.append(f"code {code!r} is not LETTERS + 3 digits")
    elif code.startswith(RESERVED_PREFIXES):
        problems.append(f"code {code!r}: the prefixes {' and '.join(RESERVED_PREFIXES)} are undoc-lint's own")
    if not (isinstance(name, str) and NAME.fullmatch(name)):
        problems.append(f"name {name!r} is not kebab-case")
    if not isinstance(cls.severity, Severity):
        problems.append(f"severity {cls.severity!r} is not a Severity (ERROR, WARNING or INFO)")
    if not (cls.__doc__ or "").strip():
        problems.append("has no docstring")
    if check_options:
        problems += _options_problems(cls.Options)
    return problems


def _options_problems(options: Any) -> list[str]:
    """What would fail at every run: an `Options` that is no dataclass, or one that cannot be made
    with its defaults (a field without a default, a default its own checks refuse)."""
    if options is NoOptions:
        return []
    if not (isinstance(options, type) and dataclasses.is_dataclass(options)):
        return [f"Options {options!r} is not a dataclass"]
    try:
        made = options()
        hints = typing.get_type_hints(options)
    except Exception as exc:  # (any: the class is the pack's)
        return [f"Options() with its defaults fails: {type(exc).__name__}: {exc} (every option needs a default)"]
    problems = []
    for f in dataclasses.fields(made):
        if f.name in hints:
            fits, _, wanted = _fit(hints[f.name], getattr(made, f.name))
            if not fits:
                problems.append(f"the default of option `{f.name}`, {getattr(made, f.name)!r}, is not {wanted}")
    return problems
