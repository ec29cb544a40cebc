"""regexes.compile: the compiled form read back from the user cache behaves
exactly as re.compile, and every way the cache can fail falls back to it."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from undoc_lint import regexes
from undoc_lint.analysis.date_templates import compiled

SAMPLES = ["du 5 au 9 juin 2023", "Friday, 9 June 2023", "A/RES/75/224", "2021 年 6 月 29 日至 7 月 1 日", "",
           "29 June–1 July 2021", "ÉTATS D'AFRIQUE", "с 5 по 9 июня 2023 года", "x" * 50]


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("UNDOC_LINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regexes, "_memo", {})
    return tmp_path


def patterns() -> list[tuple[str, int]]:
    out = [(r"(?P<a>x)(y)?|(?i:Z+)", 0), (r"^\s*undoc-lint\s*:(?P<body>.*)$", re.S), (r"[\u3400-\u9fff]+", 0),
           (r"juin|JUILLET", re.IGNORECASE), (rb"bytes".decode(), re.M)]
    for language in ("en", "fr", "zh", "ru", "ar"):
        comp = compiled(language)
        out += [(t.source, t.flags) for t in comp.templates] + [(comp.anchor_source, re.I if comp.ignore_case else 0)]
    return out


def same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in SAMPLES:
        for pos in range(0, len(text), 3):
            ma, mb = a.search(text, pos), b.search(text, pos)
            assert (ma and (ma.span(), ma.groups())) == (mb and (mb.span(), mb.groups()))


def test_read_back_from_the_cache_as_compiled(cache, monkeypatch):
    fresh = {p: regexes.compile(*p) for p in patterns()}
    stored = list((cache / "undoc-lint" / "regex").rglob("*"))
    assert len([f for f in stored if f.is_file()]) == len(fresh)
    regexes._memo.clear()

    def no_parsing(*args):
        raise AssertionError("compiled again instead of read from the cache")

    monkeypatch.setattr(regexes, "_fresh", no_parsing)
    for (pattern, flags), first in fresh.items():
        again = regexes.compile(pattern, flags)
        assert again is not first
        same(again, re.compile(pattern, flags))


def test_bad_cache_files_are_compiled_again(cache):
    pattern = r"(?P<day>[0-9]{1,2}) (?P<month>juin)"
    regexes.compile(pattern)
    (path,) = [f for f in (cache / "undoc-lint" / "regex").rglob("*") if f.is_file()]
    for junk in (b"", b"\x00garbage", path.read_bytes()[:-7]):
        path.write_bytes(junk)
        regexes._memo.clear()
        same(regexes.compile(pattern), re.compile(pattern))
        assert path.read_bytes() not in (b"", b"\x00garbage")  # rewritten


def test_another_pattern_in_the_same_file_is_not_used(cache, monkeypatch):
    monkeypatch.setattr(regexes, "_path", lambda pattern, flags: str(cache / "one-file"))
    same(regexes.compile("abc"), re.compile("abc"))
    regexes._memo.clear()
    same(regexes.compile("xyz"), re.compile("xyz"))


def test_unwritable_cache_and_switch(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    monkeypatch.setenv("UNDOC_LINT_CACHE_DIR", str(blocked))
    monkeypatch.setattr(regexes, "_memo", {})
    same(regexes.compile(r"\d+(?P<x>a)"), re.compile(r"\d+(?P<x>a)"))
    monkeypatch.setenv("UNDOC_LINT_CACHE_DIR", str(tmp_path / "off"))
    monkeypatch.setattr(regexes, "_DISABLED", True)
    regexes.compile("q+")
    assert not (tmp_path / "off").exists()


def test_errors_are_re_errors(cache):
    with pytest.raises(re.error):
        regexes.compile("(unclosed")


def test_a_second_process_reads_what_the_first_wrote(cache):
    code = ("from undoc_lint import regexes\n"
            "p = regexes.compile(r'(?P<y>[0-9]{4})年', 0)\n"
            "print(p.search('2021年').group('y'))")
    env = dict(os.environ, UNDOC_LINT_CACHE_DIR=str(cache))
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    # a second compile would end the process (SystemExit is not caught as a failure of the internals)
    blocked = code.replace("\np =", "\ndef stop(*a): raise SystemExit(3)\nregexes._fresh = stop\np =")
    second = subprocess.run([sys.executable, "-c", blocked], env=env, capture_output=True, text=True, check=True)
    assert first.stdout == second.stdout == "2021\n"
