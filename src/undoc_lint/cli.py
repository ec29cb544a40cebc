"""The command line: `undoc-lint check | parse | rules | explain`.

Exit codes: 0 nothing at or above the failing severity; 1 diagnostics (or,
with --diff, changes); 2 usage or configuration error; 3 internal error.
Heavy modules are imported inside the commands, so `--version` and a small
`check` stay fast in a pre-commit hook.
"""

from __future__ import annotations

import os
import sys

import click

from . import __version__

EXIT_OK, EXIT_DIAGNOSTICS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
FORMAT_CHOICES = ["text", "concise", "json", "sarif", "github", "junit"]


def _split(values: tuple[str, ...]) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


_DEBUG = False  # `check --debug`: set by the subcommand, read by the group when something breaks


class _Group(click.Group):
    """Turns unexpected exceptions into exit code 3 with a short message."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:  # `undoc-lint … | head`: the reader left; say nothing more
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(EXIT_DIAGNOSTICS)
        except KeyboardInterrupt:
            click.echo("undoc-lint: interrupted", err=True)
            sys.exit(130)
        except Exception as exc:  # the last line of defence: no traceback unless asked
            if os.environ.get("UNDOC_LINT_DEBUG") or _DEBUG:
                raise
            click.echo(f"undoc-lint: internal error: {type(exc).__name__}: {exc}\n"
                       "This is a bug in undoc-lint; please report it with the input that caused it "
                       "(set UNDOC_LINT_DEBUG=1 for the traceback).", err=True)
            sys.exit(EXIT_INTERNAL)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="undoc-lint", message="%(prog)s %(version)s")
def main() -> None:
    """Lint drafts of United Nations outcome documents written in UNDoc markup."""


@main.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["json", "tree"]), default="json", show_default=True,
              help="JSON model, or an indented tree for reading.")
def parse(path: str, fmt: str) -> None:
    """Print the document model of PATH (`-` for stdin), as rules see it."""
    import json

    from .api import parse_bytes, read_path, read_stdin
    from .serialize import document_to_dict, document_to_tree

    doc = parse_bytes(read_stdin(), "<stdin>") if path == "-" else read_path(path)
    if fmt == "tree":
        click.echo(document_to_tree(doc), nl=False)
    else:
        click.echo(json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--select", multiple=True, help="Rule codes, prefixes (NUM, FN00), families or names to check (comma-separated); replaces the configuration's.")
@click.option("--extend-select", multiple=True, help="Add to the selection.")
@click.option("--ignore", multiple=True, help="Rule codes, prefixes, families or names to leave out.")
@click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default="text", show_default=True)
@click.option("-o", "--output-file", type=click.Path(dir_okay=False, writable=True), help="Write the report to this file.")
@click.option("--fix", is_flag=True, help="Apply safe fixes, writing files atomically.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply unsafe fixes too.")
@click.option("--diff", is_flag=True, help="Print the diff the fixes would make; write nothing, also with --fix (exit 1 if any).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), default=None,
              help="The lowest severity that makes the exit code 1 [default: warning, or the configuration's].")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are diagnostics.")
@click.option("--statistics", is_flag=True, help="Print counts per rule instead of each diagnostic.")
@click.option("--language", type=click.Choice(["ar", "en", "es", "fr", "ru", "zh"]), help="Language of documents whose front matter does not say.")
@click.option("--config", "config_file", type=click.Path(exists=True, dir_okay=False), help="Use this configuration file for every path.")
@click.option("--stdin-filename", help="The path to report for `-` (stdin); configuration is resolved as if the file were there.")
@click.option("--force-exclude", is_flag=True, help="Apply `exclude` and .gitignore to paths named explicitly too (for pre-commit).")
@click.option("--no-respect-gitignore", is_flag=True, help="Lint files that .gitignore ignores.")
@click.option("--ignore-directives", is_flag=True, help="Ignore `undoc-lint:` directives (audit what they hide).")
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only, no summary.")
@click.option("--follow-symlinks", is_flag=True, help="With --fix: write to the target of a symbolic link (refused otherwise).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores].")
@click.option("--no-cache", is_flag=True, help="Do not read or write the result cache (described above).")
@click.option("--debug", is_flag=True, help="Show time spent per rule (the cache is not used then), and tracebacks of internal errors.")
def check(paths, select, extend_select, ignore, fmt, output_file, fix, unsafe_fixes, diff, fail_on, exit_zero, statistics,
          language, config_file, stdin_filename, force_exclude, no_respect_gitignore, ignore_directives, quiet,
          follow_symlinks, jobs, no_cache, debug) -> None:
    """Lint PATHS (files or directories; `-` for stdin; default: the current directory).

    \b
    Results of unchanged files are cached, in undoc-lint/results under
    $UNDOC_LINT_CACHE_DIR (else $XDG_CACHE_HOME, else ~/.cache), keyed on
    the file's bytes and path, its effective settings, and the versions and
    code of undoc-lint and the rule packs. The cache is not used for stdin,
    --fix, --diff or --debug. Turn it off with --no-cache,
    UNDOC_LINT_NO_CACHE=1 or `cache: false` in the configuration; delete
    the directory to clear it.
    """
    global _DEBUG
    _DEBUG = debug  # (the group's handler of internal errors shows the traceback then)
    from .api import read_stdin
    from .batch import Job, process, report_once, run_files
    from .config import ConfigError
    from .diagnostics import Severity
    from .files import collect_files
    from .resultcache import disabled_by_environment
    from .runner import Overrides, Session, UsageError

    from .output import FORMATS

    # Options that would do nothing here are mistakes, not settings to drop without a word.
    if statistics and fmt in FORMATS:
        raise click.UsageError(f"--statistics goes with --format text or concise, not {fmt}")
    if unsafe_fixes and not (fix or diff):
        raise click.UsageError("--unsafe-fixes goes with --fix or --diff")
    overrides = Overrides(select=_split(select) or None, extend_select=_split(extend_select), ignore=_split(ignore),
                          language=language, use_directives=not ignore_directives, config_file=config_file)
    session = Session(overrides)
    job = Job(fix=fix, unsafe=unsafe_fixes, diff=diff, follow_symlinks=follow_symlinks, timings=debug,
              cache=not (no_cache or disabled_by_environment()))
    try:
        # (collecting reads the configuration of each directory: a bad one is a usage error, exit 2)
        files = collect_files(list(paths) or ["."], force_exclude=force_exclude, respect_gitignore=not no_respect_gitignore)
        on_disk = [f for f in files if f != "-"]
        results = run_files(session, on_disk, job, jobs or os.cpu_count() or 1)
        if "-" in files:
            name = stdin_filename or "<stdin>"
            stdin_result = process(session, "-", job, name=name, data=read_stdin())
            results.insert(files.index("-"), stdin_result)
            if stdin_result.fixed_text is not None:  # with `--fix -`, stdout carries the fixed document
                sys.stdout.buffer.write(stdin_result.fixed_text.encode("utf-8"))
                sys.stdout.flush()
        # Each file's own configuration says what fails it (results are in the order of files).
        thresholds = [Severity.parse(fail_on or session.config(f if f != "-" else stdin_filename or ".").fail_on
                                     or "warning") for f in files]
    except (UsageError, ConfigError) as exc:
        raise click.UsageError(str(exc)) from None

    report_once(results)
    for r in results:
        for warning in r.warnings:
            click.echo(f"undoc-lint: {warning}", err=True)
    if debug:
        _print_timings(results)
    if diff:
        # (the engine's own findings, a pack that failed to load or a rule that crashed, are not
        # in a diff: said on stderr, so that a broken pack does not go unnoticed)
        for d in (d for r in results for d in r.diagnostics if d.code.startswith("ENG")):
            click.echo(f"undoc-lint: {d.path}: {d.code} {d.message}", err=True)
        diffs = "".join(r.diff for r in results)
        click.echo(diffs, nl=False)
        sys.exit(EXIT_DIAGNOSTICS if diffs and not exit_zero else EXIT_OK)

    all_diags = [d for r in results for d in r.diagnostics]
    sources = {r.name: r.source for r in results}
    out = _render(all_diags, sources, fmt, statistics, quiet, [r.name for r in results], sum(r.fixed for r in results))
    if output_file:
        _write_report(output_file, out)
    elif out:
        click.echo(out, nl=False, err=fix and "-" in files)
    failing = any(d.severity >= threshold for r, threshold in zip(results, thresholds) for d in r.diagnostics)
    sys.exit(EXIT_DIAGNOSTICS if failing and not exit_zero else EXIT_OK)


def _write_report(path: str, text: str) -> None:
    """`-o`: a regular file (or a new one) is replaced atomically, through a symbolic link to
    it; anything else (/dev/null, a FIFO, a terminal) is written to, never replaced. The
    text is encoded as stdout is (a file name that is not UTF-8 keeps its bytes)."""
    import stat

    from .atomic import replace_atomically

    data = text.encode("utf-8", "surrogateescape")
    target = os.path.realpath(path)
    try:
        info = os.stat(target) if os.path.exists(target) else None
        if info is not None and not stat.S_ISREG(info.st_mode):
            with open(target, "wb") as fh:
                fh.write(data)
        else:
            mask = os.umask(0)  # (read, and put back: a new report gets the usual mode, not mkstemp's 0600)
            os.umask(mask)
            replace_atomically(target, data, mode=info.st_mode & 0o7777 if info else 0o666 & ~mask)
    except OSError as exc:
        raise click.UsageError(f"cannot write the report to {path}: {exc.strerror or exc}") from None


def _print_timings(results) -> None:
    total: dict[str, float] = {}
    for r in results:
        for code, seconds in r.timings.items():
            total[code] = total.get(code, 0.0) + seconds
    click.echo("undoc-lint: time spent per rule (all files):", err=True)
    for code, seconds in sorted(total.items(), key=lambda kv: -kv[1]):
        click.echo(f"  {code:<8} {seconds * 1000:9.2f} ms", err=True)


@main.command("config")
@click.argument("path", required=False, default=".", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def config_cmd(path: str, fmt: str) -> None:
    """Print the effective configuration for PATH and the file it came from."""
    import json

    from .config import ConfigError, config_for

    try:
        cfg = config_for(path)
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from None
    data = {"path": os.path.abspath(path), "config_file": cfg.path, "settings": cfg.as_dict()}
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"configuration for {data['path']}")
    click.echo(f"from: {cfg.path or 'built-in defaults (no .undoc-lint.yaml or [tool.undoc-lint] found above it)'}")
    for key, value in cfg.as_dict().items():
        click.echo(f"  {key}: {json.dumps(value, ensure_ascii=False)}")


def _render(diags, sources, fmt, statistics, quiet, files: list[str], fixed) -> str:
    from .output.text import format_concise, format_full, statistics as stats, summary

    from .output import FORMATS, render

    if fmt in FORMATS:
        return render(fmt, diags, sources, files)
    if statistics:
        return stats(diags)
    body = format_concise(diags) if fmt == "concise" else format_full(diags, sources, colour=_colour())
    if quiet:
        return body
    return body + summary(diags, len(files), fixed) + "\n"


def _colour() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_cmd(fmt: str) -> None:
    """List every rule: code, name, family, default severity, fixable, pack."""
    import json

    from .registry import load_registry
    from .syntax import CHECKS

    reg = load_registry()
    rows = [{"code": c.code, "name": c.name, "family": c.code.rstrip("0123456789"), "severity": str(c.severity),
             "fixable": False, "pack": "undoc-lint", "summary": c.summary} for c in CHECKS.values()]
    rows += [{"code": cls.code, "name": cls.name, "family": cls.family(), "severity": str(cls.severity),
              "fixable": cls.fixable, "pack": cls.pack, "summary": cls.summary()} for cls in reg.rules.values()]
    rows.sort(key=lambda r: r["code"])
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['code']:<8} {r['name']:<34} {r['severity']:<8} {'fix' if r['fixable'] else '   '}  {r['pack']:<10} {r['summary']}")
    for p in reg.problems:
        click.echo(f"! {p.message}", err=True)


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Print a rule's documentation (by code or name), with its examples."""
    import inspect

    from .registry import load_registry
    from .syntax import CHECKS

    reg = load_registry()
    cls = reg.lookup(rule)
    if cls is None:
        check_ = CHECKS.get(rule.upper()) or next((c for c in CHECKS.values() if c.name == rule.lower()), None)
        if check_ is None:
            import difflib

            pool = list(reg.rules) + list(reg.by_name) + list(CHECKS) + [c.name for c in CHECKS.values()]
            close = difflib.get_close_matches(rule, pool, n=1)
            raise click.UsageError(f"no rule `{rule}`" + (f"; did you mean `{close[0]}`?" if close else ""))
        click.echo(f"{check_.code} ({check_.name}) [{check_.severity}]\n\n{check_.summary}")
        return
    click.echo(f"{cls.code} ({cls.name}) [{cls.severity}]{' fixable' if cls.fixable else ''}, pack {cls.pack}\n")
    click.echo(inspect.cleandoc(cls.__doc__ or ""))
    options = _options_of(cls)
    if options:
        click.echo("\nOptions (`options:` in the configuration, under the rule's code or name):")
        for line in options:
            click.echo(f"    {line}")


def _options_of(cls) -> list[str]:
    """`name: type = default` of each of a rule's options (the configuration writes names in kebab-case)."""
    import dataclasses
    import typing

    if not dataclasses.is_dataclass(cls.Options):
        return []
    hints = typing.get_type_hints(cls.Options)
    made = cls.Options()
    out = []
    for f in dataclasses.fields(made):
        hint = hints.get(f.name)
        shown = getattr(hint, "__name__", None) if typing.get_origin(hint) is None else None
        out.append(f"{f.name.replace('_', '-')}: {shown or str(hint).replace('typing.', '')} = {getattr(made, f.name)!r}")
    return out


if __name__ == "__main__":  # pragma: no cover
    main()
