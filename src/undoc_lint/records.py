"""``dataclass``: the part of ``dataclasses.dataclass`` undoc-lint uses, at a
fraction of its start-up cost.

Every ``@dataclasses.dataclass`` compiles three to six small functions from
generated source each time the program starts: ~0.45 ms a class, and
undoc-lint has some fifty on its start-up path, a fifth of a pre-commit run on
one file. This decorator generates the same methods, but compiles their
source once and keeps the code in the user cache (``marshal``, keyed on the
Python build), so that later processes only load it.

It takes the same arguments for what it supports: fields from annotations
(``ClassVar`` left out), defaults, ``dataclasses.field(default=,
default_factory=, repr=, compare=)``, ``eq``, ``frozen`` (with the hash that
goes with it), ``slots``, ``__post_init__``; ``dataclasses.fields``,
``replace`` and ``asdict`` work on the result. Anything else (``order``,
``kw_only``, inheritance between records …) is refused at import time rather
than silently ignored. Rule options stay real dataclasses (third-party
packs declare theirs with ``dataclasses``).
"""

from __future__ import annotations

import builtins
import marshal
import sys
from dataclasses import _FIELD, MISSING, FrozenInstanceError, Field, field

from .cachedir import cache_path, digest, write_bytes

__all__ = ["dataclass", "field"]

_TAG = f"{sys.implementation.cache_tag}-{digest(sys.version.encode())}" if sys.implementation.cache_tag else None
_FACTORY = object()  # the default of a field that has a default_factory
_SUPPORTED = {"eq", "frozen", "slots", "repr"}


def dataclass(cls=None, /, **options):
    """``@dataclass`` or ``@dataclass(eq=…, frozen=…, slots=…, repr=…)``."""
    unknown = set(options) - _SUPPORTED
    if unknown:
        raise TypeError(f"records.dataclass does not support {', '.join(sorted(unknown))}")
    if cls is None:
        return lambda c: _record(c, eq=options.get("eq", True), frozen=options.get("frozen", False),
                                 slots=options.get("slots", False), with_repr=options.get("repr", True))
    return _record(cls, eq=True, frozen=False, slots=False, with_repr=True)


def _record(cls, *, eq: bool, frozen: bool, slots: bool, with_repr: bool):
    if any(hasattr(base, "__record_fields__") for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__name__}: a record cannot inherit from another record")
    fields = _fields(cls)
    names = [f.name for f in fields]
    source = _source(fields, frozen, eq, with_repr, hasattr(cls, "__post_init__"))
    args = {"__object__": object, "__factory__": _FACTORY, "__frozen_error__": FrozenInstanceError}
    for i, f in enumerate(fields):
        if f.default is not MISSING:
            args[f"__default_{i}__"] = f.default
        elif f.default_factory is not MISSING:
            args[f"__make_{i}__"] = f.default_factory
    namespace: dict = {}
    exec(_code(source, cls.__qualname__), {"__builtins__": builtins}, namespace)  # noqa: S102 (our generated source)
    methods = namespace["__create__"](**args)
    for name, fn in methods.items():
        fn.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, fn)
    if eq:
        cls.__hash__ = methods["__hash__"] if frozen else None
    if slots:
        cls = _with_slots(cls, names)
        if frozen:  # unpickling sets each slot, which a frozen class refuses (as dataclasses does)
            cls.__getstate__ = _getstate
            cls.__setstate__ = _setstate
    cls.__record_fields__ = tuple(names)
    cls.__dataclass_fields__ = {f.name: f for f in fields}  # dataclasses.fields(), replace(), asdict() work
    cls.__match_args__ = tuple(names)
    return cls


def _fields(cls) -> list[Field]:
    out: list[Field] = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if isinstance(annotation, str) and annotation.replace("typing.", "").startswith("ClassVar"):
            continue
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else field(default=value)
        f.name, f.type, f._field_type = name, annotation, _FIELD  # what dataclasses.fields() reads
        required = f.default is MISSING and f.default_factory is MISSING
        if required and any(g.default is not MISSING or g.default_factory is not MISSING for g in out):
            raise TypeError(f"{cls.__name__}: non-default field {name!r} follows a default field")
        if isinstance(value, Field):  # the class attribute is the default itself (or nothing), as dataclasses leaves it
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        out.append(f)
    return out


def _source(fields: list[Field], frozen: bool, eq: bool, with_repr: bool, post_init: bool) -> str:
    params, body = ["self"], []
    for i, f in enumerate(fields):
        if f.default is not MISSING:
            params.append(f"{f.name}=__default_{i}__")
            value = f.name
        elif f.default_factory is not MISSING:
            params.append(f"{f.name}=__factory__")
            value = f"__make_{i}__() if {f.name} is __factory__ else {f.name}"
        else:
            params.append(f.name)
            value = f.name
        body.append(f"__object__.__setattr__(self, {f.name!r}, {value})" if frozen else f"self.{f.name} = {value}")
    if post_init:
        body.append("self.__post_init__()")
    defaults = [f"__default_{i}__" for i, f in enumerate(fields) if f.default is not MISSING]
    makers = [f"__make_{i}__" for i, f in enumerate(fields) if f.default is MISSING and f.default_factory is not MISSING]
    lines = [f"def __create__(__object__, __factory__, __frozen_error__{''.join(', ' + a for a in defaults + makers)}):",
             f"    def __init__({', '.join(params)}):"]
    lines += [f"        {line}" for line in body or ["pass"]]
    methods = ["__init__"]
    if with_repr:
        shown = ", ".join(f"{f.name}={{self.{f.name}!r}}" for f in fields if f.repr)
        lines += ["    def __repr__(self):", f"        return f\"{{self.__class__.__qualname__}}({shown})\""]
        methods.append("__repr__")
    if eq:
        mine = "".join(f"self.{f.name}, " for f in fields if f.compare)
        theirs = "".join(f"other.{f.name}, " for f in fields if f.compare)
        lines += ["    def __eq__(self, other):", "        if other.__class__ is self.__class__:",
                  f"            return ({mine}) == ({theirs})", "        return NotImplemented"]
        methods.append("__eq__")
        if frozen:
            lines += ["    def __hash__(self):", f"        return hash(({mine}))"]
            methods.append("__hash__")
    if frozen:
        lines += ["    def __setattr__(self, name, value):",
                  "        raise __frozen_error__(f'cannot assign to field {name!r}')",
                  "    def __delattr__(self, name):",
                  "        raise __frozen_error__(f'cannot delete field {name!r}')"]
        methods += ["__setattr__", "__delattr__"]
    lines.append(f"    return {{{', '.join(f'{m!r}: {m}' for m in methods)}}}")
    return "\n".join(lines) + "\n"


def _code(source: str, name: str):
    """The compiled source, from the user cache when this Python compiled it before."""
    if _TAG is None:
        return compile(source, f"<record {name}>", "exec")
    path = cache_path(f"records/{_TAG}", digest(source.encode()))
    try:
        with open(path, "rb") as fh:
            stored, code = marshal.load(fh)
        if stored == source:
            return code
    except Exception:  # missing, unreadable, another build: compile afresh  # noqa: BLE001
        pass
    code = compile(source, f"<record {name}>", "exec")
    write_bytes(path, marshal.dumps((source, code)))
    return code


def _getstate(self):
    return [getattr(self, name) for name in self.__record_fields__]


def _setstate(self, state):
    for name, value in zip(self.__record_fields__, state):
        object.__setattr__(self, name, value)


def _with_slots(cls, names: list[str]):
    """The class again, with ``__slots__`` for its fields (as dataclasses does)."""
    namespace = dict(cls.__dict__)
    for name in (*names, "__dict__", "__weakref__"):
        namespace.pop(name, None)
    namespace["__slots__"] = tuple(names)
    new = type(cls)(cls.__name__, cls.__bases__, namespace)
    new.__qualname__ = cls.__qualname__
    return new
