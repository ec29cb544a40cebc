"""Invalid input gets a clear diagnostic naming the path; the other files are
still linted; the exit code says so."""

import json
import os
import sys

import pytest
from click.testing import CliRunner

from undoc_lint import api
from undoc_lint.api import parse_bytes, read_path
from undoc_lint.cli import main

GOOD = "1. One.\n\n3. Three.\n"  # one NUM001


def check_json(*paths, extra=()):
    r = CliRunner().invoke(main, ["check", "--format", "json", *extra, *map(str, paths)])
    return r, json.loads(r.stdout or "[]")


def by_file(diags):
    return {(os.path.basename(d["path"]), d["code"]) for d in diags}


@pytest.fixture
def good(tmp_path):
    f = tmp_path / "good.undoc.md"
    f.write_text(GOOD, encoding="utf-8")
    return f


@pytest.mark.parametrize("data, offset", [
    (b"1. One.\n\n2. Caf\xe9.\n", 15),  # Latin-1, as Word may save it
    (b"\xff\xfe1\x00.\x00", 0),  # UTF-16 LE: its byte-order mark says so (SYN001: it was called binary)
    ("1. 文".encode()[:-1], 3),  # cut in the middle of a character
    ("1. \ud800.\n".encode("utf-8", "surrogatepass"), 3),  # a lone surrogate (CESU-8)
    (b"1. \xc0\xaf\n", 3),  # overlong
])
def test_invalid_utf8_names_the_byte_offset(tmp_path, good, data, offset):
    bad = tmp_path / "bad.undoc.md"
    bad.write_bytes(data)
    r, diags = check_json(bad, good)
    assert r.exit_code == 1
    [d] = [d for d in diags if d["path"] == str(bad)]
    if d["code"] == "SYN001" and data.startswith(b"\xff\xfe"):
        assert "UTF-16" in d["message"] and "save it as UTF-8" in d["message"]
    elif d["code"] == "SYN001":
        assert f"at byte {offset}" in d["message"]
        line = data.count(b"\n", 0, offset) + 1
        assert d["line"] == line and f"(line {line}," in d["message"]
    else:
        assert d["code"] == "SYN003"
    assert ("good.undoc.md", "NUM001") in by_file(diags)


def test_binary_file(tmp_path, good):
    bad = tmp_path / "image.undoc.md"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    r, diags = check_json(bad, good)
    assert r.exit_code == 1
    assert by_file(diags) == {("image.undoc.md", "SYN003"), ("good.undoc.md", "NUM001")}


def test_missing_file(tmp_path, good):
    r, diags = check_json(tmp_path / "nope.undoc.md", good)
    assert r.exit_code == 1
    [d] = [d for d in diags if d["code"] == "SYN002"]
    assert d["path"] == str(tmp_path / "nope.undoc.md") and "No such file" in d["message"]
    assert ("good.undoc.md", "NUM001") in by_file(diags)


def test_directory_given_as_a_file(tmp_path):
    d = tmp_path / "looks-like.undoc.md"
    d.mkdir()
    doc = read_path(d)
    [diag] = doc.diagnostics
    assert diag.code == "SYN002" and "directory" in diag.message and diag.path == str(d)
    # on the command line a directory is searched (here: nothing in it), not an error
    r = CliRunner().invoke(main, ["check", str(d)])
    assert r.exit_code == 0, r.output
    # `parse` takes one file: a usage error naming the path
    r = CliRunner().invoke(main, ["parse", str(d)])
    assert r.exit_code == 2 and str(d) in r.output


def test_unreadable_file(tmp_path, good, monkeypatch):
    bad = tmp_path / "secret.undoc.md"
    bad.write_text(GOOD, encoding="utf-8")
    real_open = os.open

    def deny(name, *a, **k):
        if os.fspath(name) == str(bad):
            raise PermissionError(13, "Permission denied", str(bad))
        return real_open(name, *a, **k)

    monkeypatch.setattr(os, "open", deny)  # (root can read a 000 file: simulate it)
    r, diags = check_json(bad, good)
    assert r.exit_code == 1
    [d] = [d for d in diags if d["path"] == str(bad)]
    assert d["code"] == "SYN002" and "Permission denied" in d["message"]
    assert ("good.undoc.md", "NUM001") in by_file(diags)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads a mode-000 file")
def test_unreadable_file_for_real(tmp_path, good):
    bad = tmp_path / "secret.undoc.md"
    bad.write_text(GOOD, encoding="utf-8")
    bad.chmod(0)
    try:
        r, diags = check_json(bad, good)
    finally:
        bad.chmod(0o644)
    assert r.exit_code == 1 and ("secret.undoc.md", "SYN002") in by_file(diags)


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_symlink_loop_explicit_and_in_a_directory(tmp_path, good):
    a, b = tmp_path / "a.undoc.md", tmp_path / "b.undoc.md"
    a.symlink_to(b)
    b.symlink_to(a)
    (tmp_path / "dangling.undoc.md").symlink_to(tmp_path / "gone.undoc.md")
    r, diags = check_json(a, good)
    assert r.exit_code == 1
    [d] = [d for d in diags if d["path"] == str(a)]
    assert d["code"] == "SYN002" and "symbolic links" in d["message"]
    r, diags = check_json(tmp_path)  # found by the directory walk
    assert r.exit_code == 1
    assert by_file(diags) == {("a.undoc.md", "SYN002"), ("b.undoc.md", "SYN002"), ("dangling.undoc.md", "SYN002"),
                              ("good.undoc.md", "NUM001")}


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_directory_symlink_loop_is_not_followed_forever(tmp_path, good):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    r, diags = check_json(tmp_path)
    assert r.exit_code == 1 and by_file(diags) == {("good.undoc.md", "NUM001")}


def test_invalid_files_with_fix_are_left_alone(tmp_path, good):
    bad = tmp_path / "bad.undoc.md"
    data = b"1. One.\n\n3. Caf\xe9.\n"
    bad.write_bytes(data)
    r = CliRunner().invoke(main, ["check", "--fix", str(bad), str(good)])
    assert r.exit_code == 1
    assert bad.read_bytes() == data and good.read_text(encoding="utf-8") == "1. One.\n\n2. Three.\n"


def test_too_many_tokens_is_a_diagnostic_not_gigabytes(tmp_path, good):
    """Regression: 10 MB of `[^` took 6 GB of memory; now a SYN002 naming the cap."""
    big = tmp_path / "brackets.undoc.md"
    big.write_text("1. " + "[^" * (api.MAX_UNITS + 1) + "\n", encoding="utf-8")
    r, diags = check_json(big, good)
    [d] = [d for d in diags if d["path"] == str(big)]
    assert d["code"] == "SYN002" and str(api.MAX_UNITS) in d["message"]
    assert r.exit_code == 1 and ("good.undoc.md", "NUM001") in by_file(diags)


def test_oversized_file_is_a_diagnostic(tmp_path, monkeypatch):
    f = tmp_path / "big.undoc.md"
    f.write_text(GOOD * 10, encoding="utf-8")
    monkeypatch.setattr(api, "MAX_BYTES", 100)
    [d] = read_path(f).diagnostics
    assert d.code == "SYN002" and "100 bytes" in d.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_not_read_and_does_not_hang(tmp_path, good):
    # (opening a FIFO named like a draft blocked the run until a writer came: found by fuzzing)
    os.mkfifo(tmp_path / "pipe.undoc.md")
    r, diags = check_json(tmp_path)
    assert r.exit_code == 1
    assert by_file(diags) == {("pipe.undoc.md", "SYN002"), ("good.undoc.md", "NUM001")}
    [d] = [d for d in diags if d["code"] == "SYN002"]
    assert "not a regular file" in d["message"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="a device without end")
def test_a_device_is_not_read_without_end():
    # (its size reads as 0, so the 64 MB limit did not apply: /dev/zero ran out of memory)
    [d] = read_path("/dev/zero").diagnostics
    assert d.code == "SYN002" and "not a regular file" in d.message


def test_oversized_stdin_is_a_diagnostic(monkeypatch, tmp_path):
    # (in a directory of its own: the limit applies to configuration files too, and the
    # project's pyproject.toml above the tests is longer than 100 bytes)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(api, "MAX_BYTES", 100)
    r = CliRunner().invoke(main, ["check", "--format", "json", "-"], input=GOOD * 20)
    [d] = json.loads(r.stdout)
    assert d["code"] == "SYN002" and "100 bytes" in d["message"] and r.exit_code == 1


def test_stdin_binary_is_a_diagnostic():
    r = CliRunner().invoke(main, ["check", "--format", "json", "-"], input=b"\x00\x01\x02binary")
    assert [d["code"] for d in json.loads(r.stdout)] == ["SYN003"] and r.exit_code == 1


def test_nul_late_in_a_text_file_is_a_control_character_warning():
    doc = parse_bytes(b"1. One.\n" * 2000 + b"2. \x00Two.\n")
    assert [d.code for d in doc.diagnostics] == ["SYN017"]
