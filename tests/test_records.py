"""records.dataclass behaves as dataclasses.dataclass for what undoc-lint uses,
and reads its compiled methods back from the user cache."""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from undoc_lint import records

FIELD = st.fixed_dictionaries({
    "kind": st.sampled_from(["required", "default", "factory", "field-default"]),
    "repr": st.booleans(),
    "compare": st.booleans(),
})
OPTIONS = st.fixed_dictionaries({"eq": st.booleans(), "frozen": st.booleans(), "slots": st.booleans()})


def make(decorator, specs, options):
    annotations, namespace = {}, {"__qualname__": "Thing", "__module__": __name__}
    for i, spec in enumerate(specs):
        name = f"f{i}"
        annotations[name] = "int"
        if spec["kind"] == "default":
            namespace[name] = i * 10
        elif spec["kind"] == "factory":
            namespace[name] = dataclasses.field(default_factory=list, repr=spec["repr"], compare=spec["compare"])
        elif spec["kind"] == "field-default":
            namespace[name] = dataclasses.field(default=None, repr=spec["repr"], compare=spec["compare"])
        elif not (spec["repr"] and spec["compare"]):
            namespace[name] = dataclasses.field(repr=spec["repr"], compare=spec["compare"])
    namespace["__annotations__"] = annotations
    namespace["total"] = property(lambda self: len(repr(self)))
    return decorator(**options)(type("Thing", (), namespace))


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as exc:  # noqa: BLE001
        return ("raises", type(exc))


@settings(max_examples=300, deadline=None)
@given(st.lists(FIELD, max_size=6), OPTIONS, st.lists(st.integers(0, 3), max_size=6))
def test_behaves_as_dataclasses(specs, options, values):
    real = outcome(lambda: make(dataclasses.dataclass, specs, options))
    mine = outcome(lambda: make(records.dataclass, specs, options))
    assert real[0] == mine[0]
    if real[0] == "raises":
        assert real[1] is mine[1]
        return
    Real, Mine = real[1], mine[1]
    names = [f"f{i}" for i in range(len(specs))]
    a, b = outcome(lambda: Real(*values)), outcome(lambda: Mine(*values))
    assert a[0] == b[0]
    if a[0] == "raises":
        assert a[1] is b[1]
        return
    x, y = a[1], b[1]
    assert [getattr(x, n) for n in names] == [getattr(y, n) for n in names]
    assert repr(x) == repr(y) and x.total == y.total
    x2, y2 = Real(*values), Mine(*values)
    assert (x == x2) == (y == y2) and (x != x2) == (y != y2)
    assert (Real.__hash__ is None) == (Mine.__hash__ is None)
    if Real.__hash__ is not None and options["eq"]:
        assert outcome(lambda: hash(x) == hash(x2)) == outcome(lambda: hash(y) == hash(y2))
    if names:
        assert type(outcome(lambda: setattr(x, names[0], 7))) is type(outcome(lambda: setattr(y, names[0], 7)))
        assert outcome(lambda: setattr(x, names[0], 7))[0] == outcome(lambda: setattr(y, names[0], 7))[0]
    assert hasattr(x, "__dict__") == hasattr(y, "__dict__")
    assert [(f.name, f.repr, f.compare) for f in dataclasses.fields(x)] == [(f.name, f.repr, f.compare) for f in dataclasses.fields(y)]
    if specs and not any(s["kind"] == "factory" for s in specs):
        assert dataclasses.asdict(x) == dataclasses.asdict(y)
        assert getattr(dataclasses.replace(y, f0=3), "f0") == 3
    globals()["Thing"] = Mine  # (pickle finds a class by its module and name)
    z = pickle.loads(pickle.dumps(y))
    assert type(z) is Mine and [getattr(z, n) for n in names] == [getattr(y, n) for n in names]
    assert outcome(lambda: setattr(x, "other", 1))[0] == outcome(lambda: setattr(y, "other", 1))[0]
    if specs and all(s["kind"] == "required" for s in specs):
        assert outcome(lambda: Real())[1] is outcome(lambda: Mine())[1] is TypeError


def test_factories_are_called_per_instance_and_post_init_runs():
    seen = []

    @records.dataclass(slots=True, eq=False)
    class Node:
        name: str
        children: list = dataclasses.field(default_factory=list)

        def __post_init__(self):
            seen.append(self.name)

    a, b = Node("a"), Node("b")
    a.children.append(1)
    assert b.children == [] and seen == ["a", "b"] and a != Node("a")


def test_unsupported_options_and_inheritance_are_refused():
    with pytest.raises(TypeError):
        records.dataclass(order=True)
    base = records.dataclass(type("Base", (), {"__annotations__": {"x": "int"}}))
    with pytest.raises(TypeError):
        records.dataclass(type("Sub", (base,), {"__annotations__": {"y": "int"}}))


def test_class_vars_are_not_fields():
    @records.dataclass
    class C:
        x: int
        kind: ClassVar[str] = "c"

    assert C(1).kind == "c" and repr(C(1)) == "test_class_vars_are_not_fields.<locals>.C(x=1)"


def test_a_second_process_loads_the_methods_from_the_cache(tmp_path):
    code = ("from undoc_lint import records\n"
            "@records.dataclass(frozen=True)\n"
            "class P:\n    x: int\n    y: int = 2\n"
            "print(P(1), hash(P(1)) == hash(P(1, 2)))\n")
    env = dict(os.environ, UNDOC_LINT_CACHE_DIR=str(tmp_path))
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert list((tmp_path / "undoc-lint" / "records").rglob("*"))
    no_compile = code.replace("\n@", "\ndef stop(*a, **k): raise SystemExit(3)\nrecords.compile = stop\n@", 1)
    second = subprocess.run([sys.executable, "-c", no_compile], env=env, capture_output=True, text=True, check=True)
    assert first.stdout == second.stdout == "P(x=1, y=2) True\n"
