"""The machine-readable report formats: SARIF 2.1.0, GitHub workflow commands, JUnit XML.

Diagnostics come from linting real text; SARIF is validated against the
official OASIS schema vendored in tests/fixtures (see its README.md).
"""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from undoc_lint.output import FORMATS, render
from undoc_lint.output.github import escape_data, escape_property, format_github
from undoc_lint.output.junit import format_junit
from undoc_lint.output.sarif import format_sarif, path_to_uri
from undoc_lint.runner import Linter

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

GAP = "1. One.\n\n3. Three.\n"  # NUM001 at 3:1 with a safe fix
ZH = "1. 第一段。\n\n3. 第三段。\n"  # the same in Chinese: 3 bytes a character
BUREAU = "- Chair: Pakistann (Asia-Pacific States)\n- Vice-Chair: (vacant) (Western European and other States)\n"
CLEAN = "1. One.\n\n2. Two.\n"
HOSTILE_PATH = 'drafts/a, b: c <&>"% 草案.undoc.md'
HOSTILE_MESSAGE = 'bad, value: "x" <&> 100%\r\nsecond line\x00 NUL\x1b ESC :: end'


def lint(files: dict[str, str]):
    """Lint each text; returns (diagnostics, sources, paths)."""
    linter, diags, sources = Linter(), [], {}
    for path, text in files.items():
        doc, found = linter.lint_text(text, path)
        sources[path] = doc.source
        diags.extend(found)
    return diags, sources, list(files)


@pytest.fixture
def report():
    return lint({"gap.undoc.md": GAP, "zh.undoc.md": ZH, "bureau.undoc.md": BUREAU, "clean.undoc.md": CLEAN})


def test_formats_are_registered(report):
    diags, sources, files = report
    for name, func in (("sarif", format_sarif), ("github", format_github), ("junit", format_junit)):
        assert name in FORMATS
        assert render(name, diags, sources, files) == func(diags, sources, files=files)


# -- SARIF --------------------------------------------------------------------

def validate_sarif(text: str) -> dict:
    log = json.loads(text)
    # The OASIS schema declares draft-04; it must pass a Draft 7 validator too.
    for validator in (jsonschema.Draft4Validator, jsonschema.Draft7Validator):
        validator.check_schema(SCHEMA)
        errors = sorted(validator(SCHEMA).iter_errors(log), key=lambda e: list(e.path))
        assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    # jsonschema checks `format: uri-reference` only with rfc3987 installed, so check it here:
    # RFC 3986 characters only, and no colon in a relative reference's first segment.
    for uri in re.findall(r'"uri": "([^"]*)"', text):
        rest = uri.removeprefix("file://")
        assert re.fullmatch(r"[A-Za-z0-9\-._~!$&'()*+,;=@/%:]*", rest), uri
        assert uri.startswith("file://") or ":" not in uri.split("/")[0], uri
    return log


def test_sarif_validates_and_describes_the_run(report):
    log = validate_sarif(format_sarif(*report[:2], files=report[2]))
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"] == [{"executionSuccessful": True}]
    assert [a["location"]["uri"] for a in run["artifacts"]] == report[2]  # clean files too
    driver = run["tool"]["driver"]
    assert driver["name"] == "undoc-lint" and driver["version"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert sorted(rules) == ["BUR001", "BUR007", "NUM001"]  # one descriptor per code that appears
    assert rules["NUM001"]["name"] == "operative-sequence"
    assert rules["NUM001"]["shortDescription"]["text"].startswith("Operative paragraphs are numbered")
    assert "numbered paragraphs at column 0" in rules["NUM001"]["fullDescription"]["text"]
    assert rules["NUM001"]["defaultConfiguration"] == {"level": "error"}
    assert rules["BUR007"]["defaultConfiguration"] == {"level": "note"}
    assert rules["BUR007"]["properties"]["tags"] == ["BUR"]
    for result in run["results"]:
        assert driver["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    assert {r["ruleId"]: r["level"] for r in run["results"]} == {"NUM001": "error", "BUR001": "error", "BUR007": "note"}


def test_sarif_regions_count_code_points_and_bytes(report):
    run = json.loads(format_sarif(*report[:2], files=report[2]))["runs"][0]
    zh = next(r for r in run["results"] if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "zh.undoc.md")
    region = zh["locations"][0]["physicalLocation"]["region"]
    start = ZH.index("3.")
    assert region == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 3, "charOffset": start, "charLength": 2,
                      "byteOffset": len(ZH[:start].encode()), "byteLength": 2}
    assert region["byteOffset"] == 17 and region["charOffset"] == 9


def test_sarif_fixes_apply_to_the_file_bytes(report):
    run = json.loads(format_sarif(*report[:2], files=report[2]))["runs"][0]
    texts = {"gap.undoc.md": GAP, "zh.undoc.md": ZH}
    for result in run["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        if uri not in texts:
            continue
        (fix,) = result["fixes"]
        assert fix["description"]["text"] and fix["properties"] == {"applicability": "safe"}
        (replacement,) = fix["artifactChanges"][0]["replacements"]
        region, data = replacement["deletedRegion"], texts[uri].encode()
        fixed = data[:region["byteOffset"]] + replacement["insertedContent"]["text"].encode() + \
            data[region["byteOffset"] + region["byteLength"]:]
        assert fixed.decode() == texts[uri].replace("3.", "2.")
    unsafe = next(r for r in run["results"] if r["ruleId"] == "BUR001")
    assert unsafe["fixes"][0]["properties"] == {"applicability": "unsafe"}
    assert not any("fixes" in r for r in run["results"] if r["ruleId"] == "BUR007")


def test_sarif_hostile_text_and_paths():
    diags, sources, files = lint({HOSTILE_PATH: "1. One\x00.\n\n3. Three.\n", "/abs/dir/x y.undoc.md": GAP})
    diags[0].message = HOSTILE_MESSAGE
    log = validate_sarif(format_sarif(diags, sources, files=files))
    run = log["runs"][0]
    assert run["results"][0]["message"]["text"] == HOSTILE_MESSAGE
    assert {r["ruleId"] for r in run["results"]} == {"SYN017", "NUM001"}
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    assert uris == ["drafts/a,%20b%3A%20c%20%3C&%3E%22%25%20%E8%8D%89%E6%A1%88.undoc.md", "file:///abs/dir/x%20y.undoc.md"]
    assert [unquote(u) for u in uris] == [HOSTILE_PATH, "file:///abs/dir/x y.undoc.md"]
    assert path_to_uri("a:b.undoc.md") == "a%3Ab.undoc.md"  # not a URI scheme
    # a file name that is not UTF-8 (surrogate escapes) keeps its bytes (crashed: found by fuzzing)
    assert path_to_uri("bad\udcff.undoc.md") == "bad%FF.undoc.md"
    assert path_to_uri("/abs/bad\udcff.undoc.md") == "file:///abs/bad%FF.undoc.md"


def test_sarif_without_diagnostics_is_valid():
    log = validate_sarif(format_sarif([], {}, files=["clean.undoc.md"]))
    assert log["runs"][0]["results"] == [] and log["runs"][0]["tool"]["driver"]["rules"] == []


# -- GitHub -------------------------------------------------------------------

def test_github_annotations(report):
    out = format_github(*report[:2], files=report[2])
    lines = out.splitlines()
    assert lines[0] == ("::error file=gap.undoc.md,line=3,col=1,endLine=3,endColumn=3,"
                        "title=NUM001 (operative-sequence)::paragraph numbered 3 after paragraph 1: expected 2")
    assert len(lines) == len(report[0]) and out.endswith("\n")
    info = next(line for line in lines if "BUR007" in line)
    assert info.startswith("::notice file=bureau.undoc.md,line=2,col=15,endLine=2,endColumn=23,title=BUR007 (vacant-office)::")


def test_github_escaping_is_exact():
    assert escape_data("100%\r\nx: a, b") == "100%25%0D%0Ax: a, b"
    assert escape_property("100%\r\nx: a, b") == "100%25%0D%0Ax%3A a%2C b"
    diags, sources, files = lint({HOSTILE_PATH: "1. One\x00.\n\n3. Three.\n"})
    diags[0].message = HOSTILE_MESSAGE
    first = format_github(diags, sources, files=files).splitlines()[0]
    assert first == ('::warning file=drafts/a%2C b%3A c <&>"%25 草案.undoc.md,line=1,col=7,endLine=1,endColumn=8,'
                     'title=SYN017 (control-character)::bad, value: "x" <&> 100%25%0D%0Asecond line\x00 NUL\x1b ESC :: end')


def test_github_annotation_stays_one_line_for_any_line_separator():
    # (a vertical tab, NEL or U+2028 from the document split an annotation for str.splitlines: fuzzing)
    diags, sources, files = lint({"gap.undoc.md": GAP})
    diags[0].message = "a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g"
    [line] = format_github(diags, sources, files=files).splitlines()
    assert line.endswith("::a\\u000bb\\u000cc\\u001cd\\u0085e\\u2028f\\u2029g")


def test_json_is_valid_utf8_for_a_file_name_that_is_not():
    # (a name read from disk with a 0xFF byte is held as a lone surrogate; written raw, the
    # JSON was not UTF-8 and json.load failed: found by fuzzing)
    path = "bad\udcff.undoc.md"
    diags, sources, files = lint({path: GAP})
    text = render("json", diags, sources, files)
    assert json.loads(text.encode("utf-8").decode("utf-8"))[0]["path"] == path


def test_github_multiline_span_gives_lines_only():
    diags, sources, files = lint({"gap.undoc.md": GAP})
    wide = dataclasses.replace(diags[0], span=sources["gap.undoc.md"].span(0, len(GAP) - 1))
    assert format_github([wide], sources, files=files).startswith("::error file=gap.undoc.md,line=1,endLine=3,title=NUM001")


# -- JUnit --------------------------------------------------------------------

def test_junit_counts_and_cases(report):
    root = ET.fromstring(format_junit(*report[:2], files=report[2]))
    assert root.tag == "testsuites"
    (suite,) = root
    for element in (root, suite):
        assert {k: element.get(k) for k in ("tests", "failures", "errors", "skipped")} == \
            {"tests": "4", "failures": "3", "errors": "0", "skipped": "0"}
    assert suite.get("name") == "undoc-lint"
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert list(cases) == report[2] and {c.get("classname") for c in cases.values()} == {"undoc-lint"}
    assert len(cases["clean.undoc.md"]) == 0  # passes
    gap = cases["gap.undoc.md"].find("failure")
    assert gap.get("type") == "error" and gap.get("message") == "1 error in gap.undoc.md"
    assert gap.text == "3:1 NUM001 paragraph numbered 3 after paragraph 1: expected 2"
    bureau = cases["bureau.undoc.md"]
    assert "BUR001" in bureau.find("failure").text and "BUR007" not in bureau.find("failure").text
    assert bureau.find("system-out").text.startswith("2:15 BUR007 the office of `Vice-Chair` is vacant")


def test_junit_info_only_file_passes():
    diags, sources, files = lint({"v.undoc.md": "- Chair: Pakistan (Asia-Pacific States)\n- Vice-Chair: (vacant) (Western European and other States)\n"})
    assert [str(d.severity) for d in diags] == ["info"]
    root = ET.fromstring(format_junit(diags, sources, files=files))
    assert root.get("failures") == "0" and root.get("tests") == "1"
    case = root.find("testsuite/testcase")
    assert case.find("failure") is None and "BUR007" in case.find("system-out").text


def test_junit_is_well_formed_for_any_text():
    diags, sources, files = lint({HOSTILE_PATH: "1. One\x00.\n\n3. Three.\n"})
    diags[0].message = HOSTILE_MESSAGE + "".join(map(chr, range(32))) + "\ud800\ufffe"
    root = ET.fromstring(format_junit(diags, sources, files=files))
    case = root.find("testsuite/testcase")
    assert case.get("name") == HOSTILE_PATH
    failure = case.find("failure")
    assert failure.get("type") == "error"
    assert failure.get("message") == f"1 error, 1 warning in {HOSTILE_PATH}"
    first = failure.text.splitlines()[0]
    assert first.startswith('1:7 SYN017 bad, value: "x" <&> 100%') and "\x00" not in failure.text
    assert "second line\ufffd NUL\ufffd ESC :: end" in failure.text
    assert "NUM001" in failure.text.splitlines()[-1]


def test_junit_without_files_or_diagnostics():
    root = ET.fromstring(format_junit([], {}, files=[]))
    assert root.get("tests") == "0" and root.find("testsuite").get("name") == "undoc-lint"


def test_the_summary_counts_as_fixable_with_fix_only_safe_fixes():
    # ("1 fixable with `--fix`" when the one fix was unsafe and `--fix` did nothing: a hunt)
    from undoc_lint.diagnostics import Diagnostic, Edit, Fix, Severity
    from undoc_lint.output.text import summary
    from undoc_lint.source import Source

    span = Source("x\n", "d").span(0, 1)

    def d(safe):
        return Diagnostic("NUM001", "n", Severity.ERROR, "m", span, Fix("f", (Edit(0, 1, "y"),), safe=safe))

    assert summary([d(False)], 1).endswith("1 fixable with `--fix --unsafe-fixes`.")
    assert summary([d(True), d(False)], 1).endswith("1 fixable with `--fix` (1 more with `--unsafe-fixes`).")
    assert summary([d(True)], 1).endswith("1 fixable with `--fix`.")
