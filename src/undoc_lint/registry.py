"""Rule packs, found through the entry-point group ``undoc_lint.rules``.

An entry point names a module (or object) with ``get_rules()`` returning
rule classes, or a ``RULES`` sequence. The built-in rules (``rules/``) are
registered exactly so. A pack that fails to load, or a rule class that is
malformed, is recorded as a LoadProblem and reported loudly; the other
packs still load. Only installed entry points are loaded: nothing in a
draft or a drafts repository can make undoc-lint import code.
"""

from __future__ import annotations

import importlib
import os
import re
import sys

from .records import dataclass, field
from .rule import Rule, validate_rule_class
from .syntax import CHECKS

GROUP = "undoc_lint.rules"


@dataclass
class LoadProblem:
    pack: str
    message: str


@dataclass
class Registry:
    rules: dict[str, type[Rule]] = field(default_factory=dict)  # code -> class
    by_name: dict[str, type[Rule]] = field(default_factory=dict)
    packs: dict[str, str] = field(default_factory=dict)  # pack name -> version
    problems: list[LoadProblem] = field(default_factory=list)

    def add_pack(self, pack: str, classes, version: str = "", builtin: bool = False) -> None:
        self.packs[pack] = version
        for cls in classes:
            problems = validate_rule_class(cls, check_options=not builtin)
            code = getattr(cls, "code", "?")
            if not problems and (code in self.rules or code in CHECKS):
                other = self.rules[code].pack if code in self.rules else "undoc-lint (SYN)"
                problems.append(f"code {code} is already defined by {other}")
            if not problems and cls.name in self.by_name:
                problems.append(f"name {cls.name} is already used by {self.by_name[cls.name].code}")
            if not problems:  # (a name a selector reads as other rules' code or prefix: `all`, `fn001`, `num`)
                if cls.name.upper() == "ALL" or any(c.startswith(cls.name.upper()) for c in [*self.rules, *CHECKS]):
                    problems.append(f"name {cls.name} reads as a selector of other rules (`all`, or their code or its prefix)")
                elif any(code.startswith(n.upper()) for n in self.by_name):
                    problems.append(f"code {code} begins with the name of another rule, which a selector would read as its prefix")
            if problems:
                self.problems.append(LoadProblem(pack, f"rule pack `{pack}`: rule {getattr(cls, '__name__', cls)!s} not "
                                                 f"loaded: " + "; ".join(problems)))
                continue
            cls.pack = pack
            self.rules[code] = cls
            self.by_name[cls.name] = cls

    def lookup(self, code_or_name: str) -> type[Rule] | None:
        if not code_or_name.isascii():  # (`ſym001`.upper() is `SYM001`)
            return None
        return self.rules.get(code_or_name.upper()) or self.by_name.get(code_or_name.lower())


@dataclass(frozen=True)
class _EntryPoint:
    """An entry point read straight from a distribution's entry_points.txt."""

    name: str
    value: str
    dist_name: str
    dist_version: str

    @property
    def dist(self):
        return self

    @property
    def version(self) -> str:
        return self.dist_version

    def load(self):
        module, _, attr = self.value.partition(":")
        obj = importlib.import_module(module.strip())
        for part in filter(None, attr.strip().split(".")):
            obj = getattr(obj, part)
        return obj


# (`name.egg-info` without a version: what `setup.py develop` leaves; its version is in PKG-INFO)
_DIST = re.compile(r"^(?P<name>[^-]+)(?:-(?P<version>[^-]+?)(?:-py[\d.]+)?)?\.(?:dist|egg)-info$")


def entry_points_in_path(group: str) -> list[_EntryPoint]:
    """The group's entry points of every distribution on sys.path.

    Reading entry_points.txt directly costs a few milliseconds;
    importlib.metadata costs about twenty (it imports the email package),
    which a pre-commit hook pays on every commit.
    """
    found: list[_EntryPoint] = []  # (each distribution's own: two packs may both call theirs `rules`)
    seen_dists: set[str] = set()
    for i, entry in enumerate(sys.path):
        if i == 0 and _is_cwd(entry):
            # `python -m undoc_lint` (and `-c`) put the current directory first on sys.path: in a
            # drafts repository, a `*.dist-info` there must not make undoc-lint import the repository's code.
            continue
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in sorted(names):
            m = _DIST.match(name)
            if not m:
                continue
            dist = m.group("name").lower().replace("_", "-")
            if dist in seen_dists:  # the first on sys.path wins, as for imports
                continue
            seen_dists.add(dist)
            try:
                with open(os.path.join(entry or ".", name, "entry_points.txt"), encoding="utf-8") as fh:
                    text = fh.read()
            except OSError:
                continue
            section, names_here = None, set()
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("[") and line.endswith("]"):
                    section = line[1:-1].strip()
                elif section == group and "=" in line and not line.startswith(("#", ";")):
                    ep_name, _, value = line.partition("=")
                    if ep_name.strip() not in names_here:
                        names_here.add(ep_name.strip())
                        version = m.group("version") or _pkg_info_version(os.path.join(entry or ".", name))
                        found.append(_EntryPoint(ep_name.strip(), value.strip(), dist, version))
    return found


def _pkg_info_version(directory: str) -> str:
    try:
        with open(os.path.join(directory, "PKG-INFO"), encoding="utf-8") as fh:
            return next((line.split(":", 1)[1].strip() for line in fh if line.startswith("Version:")), "")
    except OSError:
        return ""


def _is_cwd(entry: str) -> bool:
    try:
        return entry in ("", ".") or os.path.samefile(entry, os.getcwd())
    except OSError:
        return False


def _classes_of(obj) -> list:
    if hasattr(obj, "get_rules"):
        return list(obj.get_rules())
    if hasattr(obj, "RULES"):
        return list(obj.RULES)
    if isinstance(obj, type) and issubclass(obj, Rule):
        return [obj]
    raise TypeError("an undoc_lint.rules entry point must name a module or object with get_rules() or RULES")


_REGISTRY: Registry | None = None


def load_registry(extra_entry_points=None) -> Registry:
    """All installed packs (cached for the process)."""
    global _REGISTRY
    if _REGISTRY is not None and extra_entry_points is None:
        return _REGISTRY
    reg = Registry()
    eps = list(entry_points_in_path(GROUP)) + list(extra_entry_points or [])
    # The built-in pack first, by what it is (not by its name: another pack may call its own
    # `builtin`), then the others by name and distribution.
    eps.sort(key=lambda ep: (ep.value != _BuiltinEP.value, ep.name, _dist_name(ep)))
    if not any(ep.value == _BuiltinEP.value for ep in eps):
        # Running from a source tree without installed metadata: the built-in pack still loads.
        eps.insert(0, _BuiltinEP())
    names: set[str] = set()
    for ep in eps:
        builtin = ep.value == _BuiltinEP.value
        name = ep.name if builtin else _pack_name(ep, names)
        if builtin and name in names:
            continue  # (the built-in pack seen twice on sys.path: once is enough)
        names.add(name)
        version = ""
        try:
            dist = getattr(ep, "dist", None)
            version = dist.version if dist is not None else ""
            obj = ep.load()
            classes = _classes_of(obj)
        except Exception as exc:  # a broken pack must not take the others down
            reg.problems.append(LoadProblem(name, f"failed to load rule pack `{name}` ({ep.value}): {type(exc).__name__}: {exc}"))
            continue
        reg.add_pack(name, classes, version, builtin=builtin)
    if extra_entry_points is None:
        _REGISTRY = reg
    return reg


def _dist_name(ep) -> str:
    dist = getattr(ep, "dist", None)
    return getattr(dist, "dist_name", None) or getattr(dist, "name", None) or ""


def _pack_name(ep, taken: set[str]) -> str:
    """The entry point's name, or, when another pack (or the built-in one) has it already, the
    name with its distribution's (`rules (beta-undoc-rules)`): both packs load."""
    if ep.name not in taken:
        return ep.name
    return f"{ep.name} ({_dist_name(ep) or ep.value})"


class _BuiltinEP:
    name = "builtin"
    value = "undoc_lint.rules"
    dist = None

    def load(self):
        return importlib.import_module(self.value)
