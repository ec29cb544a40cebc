"""Time undoc-lint against markdownlint-cli2 and pymarkdown on the same documents.

    python3 benchmarks/compare.py                 # everything (pymarkdown on the corpus takes ~2 min)
    python3 benchmarks/compare.py --skip-slow     # without pymarkdown on the 1,000-document corpus
    python3 benchmarks/compare.py --only a,d      # some parts: a b c d (see below)

What it does:

0. Writes the inputs if missing (make_corpus.py: 1,000 x 12 KB into
   benchmarks/corpus/, and the 100 KB and 10 MB single documents into
   benchmarks/single/) and installs the tools that are missing:
   hyperfine and /usr/bin/time (Debian packages `hyperfine`, `time`, with
   apt-get when run as root; without hyperfine it times with /usr/bin/time),
   markdownlint-cli2 (npm, into benchmarks/.tools/) and pymarkdownlnt (pip,
   into its own venv benchmarks/.tools/pymarkdown-venv/, not the project's).
1. (a) one 12 KB document, each linter as a fresh process (hyperfine, warm-up
   runs, --ignore-failure since linters exit 1 on findings), with
   `python -c pass` as the interpreter floor;
   (b) the 1,000-document corpus in one call per linter (undoc-lint with its
   default --jobs, all cores, and with --jobs 1), checks that the report is the
   same whatever the job count, and measures the peak memory of the whole
   process tree (sampled from /proc);
   (c) undoc-lint on the 100 KB and 10 MB documents: wall time (hyperfine),
   peak RSS (/usr/bin/time -v), time per MB, peak RSS / file size; the
   linearity figure is taken in one process (rules and grammar loaded first)
   so that start-up does not hide it, the fresh-process figures are printed too;
   (d) `python -X importtime -c "import undoc_lint.cli"` and of a whole
   `undoc-lint check FILE`, summarised into tables of the top imports.
2. Prints a summary with the ratios and PASS/FAIL against the targets, and
   writes benchmarks/results/ (git-ignored): the raw hyperfine JSON, the
   /usr/bin/time and -X importtime outputs, summary.json and summary.md (a
   markdown table to paste into benchmarks/README.md).

Standard library only; run it with any Python 3.9+.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOOLS = HERE / ".tools"
RESULTS = HERE / "results"
CORPUS = HERE / "corpus"
SINGLE = HERE / "single"

MARKDOWNLINT_CLI2 = "markdownlint-cli2@0.22.1"  # the versions the README's figures were taken with
PYMARKDOWNLNT = "pymarkdownlnt==0.9.41"

TARGET_ONE_MS = 100.0  # one 12 KB document, fresh process
TARGET_ONE_VS_MDL = 1 / 3  # ... and under a third of markdownlint-cli2
TARGET_CORPUS_VS_MDL = 1 / 4  # 1,000 documents: at most a quarter of markdownlint-cli2
TARGET_LINEAR = 1.5  # time per MB at 10 MB / time per MB at 100 KB
TARGET_RSS_FACTOR = 20.0  # peak RSS / file size for the 10 MB document
TARGET_CORPUS_MB = 200.0  # peak memory, 1,000-document corpus


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=False, text=True, capture_output=True, **kw)


# --- tools -------------------------------------------------------------------


def apt_install(*packages: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        log(f"  cannot install {' '.join(packages)}: needs apt-get as root (install them by hand)")
        return False
    log(f"  apt-get install -y {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if not getattr(apt_install, "updated", False):
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=False)
        apt_install.updated = True  # type: ignore[attr-defined]
    return subprocess.run(["apt-get", "install", "-y", "-qq", *packages], check=False, env=env).returncode == 0


def ensure_tools(install: bool) -> dict[str, str | None]:
    tools: dict[str, str | None] = {}
    hf = shutil.which("hyperfine")
    if not hf and install and apt_install("hyperfine"):
        hf = shutil.which("hyperfine")
    tools["hyperfine"] = hf
    gnu_time = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
    if not gnu_time and install and apt_install("time"):
        gnu_time = "/usr/bin/time" if Path("/usr/bin/time").exists() else None
    tools["time"] = gnu_time
    if not hf and not gnu_time:
        sys.exit("neither hyperfine nor /usr/bin/time is available")

    mdl = TOOLS / "node_modules" / ".bin" / "markdownlint-cli2"
    if not mdl.exists() and install:
        if not shutil.which("npm"):
            apt_install("nodejs", "npm")
        if shutil.which("npm"):
            TOOLS.mkdir(parents=True, exist_ok=True)
            log(f"  npm install --prefix {TOOLS.relative_to(ROOT)} {MARKDOWNLINT_CLI2}")
            subprocess.run(["npm", "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund",
                            "--loglevel=error", MARKDOWNLINT_CLI2], check=False)
    tools["markdownlint-cli2"] = str(mdl) if mdl.exists() else None

    venv = TOOLS / "pymarkdown-venv"
    pym = venv / "bin" / "pymarkdown"
    if not pym.exists() and install:
        log(f"  python3 -m venv {venv.relative_to(ROOT)} && pip install {PYMARKDOWNLNT}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=False)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", PYMARKDOWNLNT], check=False)
    tools["pymarkdown"] = str(pym) if pym.exists() else None
    return tools


def first_line(cmd: list[str]) -> str:
    try:
        out = run(cmd, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    text = (out.stdout or out.stderr).strip()
    return text.splitlines()[0] if text else "?"


def machine_info(tools: dict[str, str | None], undoc: str, python: str) -> dict:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = "?"
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal"):
            mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    osname = platform.platform()
    if Path("/etc/os-release").exists():
        m = re.search(r'^PRETTY_NAME="?([^"\n]*)', Path("/etc/os-release").read_text(), re.MULTILINE)
        osname = (m.group(1) if m else osname) + f", kernel {platform.release()}"
    git = run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]).stdout.strip()
    dirty = run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src", "rules", "grammar"]).stdout.strip()
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory": mem,
        "os": osname,
        "load_average_at_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": first_line([python, "-VV"]),
        "undoc-lint": first_line([undoc, "--version"]) + f" (commit {git}{' + uncommitted changes' if dirty else ''})",
        "hyperfine": first_line([tools["hyperfine"], "--version"]) if tools["hyperfine"] else "not installed",
        "node": first_line(["node", "--version"]) if shutil.which("node") else "not installed",
        "markdownlint-cli2": first_line([tools["markdownlint-cli2"], "--help"]) if tools["markdownlint-cli2"] else "not installed",
        "pymarkdown": ("pymarkdownlnt " + first_line([tools["pymarkdown"], "version"])) if tools["pymarkdown"] else "not installed",
    }


# --- timing --------------------------------------------------------------------


def hyperfine(tools, name: str, commands: dict[str, list[str]], runs: int, warmup: int, cwd: Path | None = None) -> dict[str, dict]:
    """{label: {mean, stddev, median, min, max, user, system, runs}} in seconds."""
    out_json = RESULTS / f"{name}.json"
    if tools["hyperfine"]:
        cmd = [tools["hyperfine"], "-N", "--ignore-failure", "--warmup", str(warmup), "--runs", str(runs),
               "--style", "basic", "--export-json", str(out_json), "--export-markdown", str(RESULTS / f"{name}.md")]
        for label, argv in commands.items():
            cmd += ["-n", label, " ".join(_quote(a) for a in argv)]
        log("  " + " ".join(cmd[:1] + cmd[1:12]) + " …")
        proc = subprocess.run(cmd, check=False, cwd=cwd, text=True, capture_output=True)
        (RESULTS / f"{name}.hyperfine.txt").write_text(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            log(proc.stderr)
            raise SystemExit(f"hyperfine failed for {name}")
        data = json.loads(out_json.read_text())
        res = {}
        for r in data["results"]:
            res[r["command"]] = {
                "mean": r["mean"], "stddev": r.get("stddev") or 0.0, "median": r["median"],
                "min": r["min"], "max": r["max"], "user": r["user"], "system": r["system"],
                "runs": len(r["times"]),
            }
        return res
    # fallback: /usr/bin/time per run
    res = {}
    raw = {}
    for label, argv in commands.items():
        times, users, systems = [], [], []
        for i in range(warmup + runs):
            proc = subprocess.run([tools["time"], "-f", "%e %U %S %M", *argv], check=False, cwd=cwd, text=True,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            wall, user, system, _ = proc.stderr.strip().splitlines()[-1].split()
            if i >= warmup:
                times.append(float(wall)); users.append(float(user)); systems.append(float(system))
        raw[label] = times
        res[label] = {"mean": statistics.mean(times), "stddev": statistics.pstdev(times),
                      "median": statistics.median(times), "min": min(times), "max": max(times),
                      "user": statistics.mean(users), "system": statistics.mean(systems), "runs": len(times)}
    out_json.write_text(json.dumps({"tool": "/usr/bin/time", "results": res, "times": raw}, indent=2))
    return res


def _quote(arg: str) -> str:
    return arg if re.fullmatch(r"[\w./=:,@+-]+", arg) else "'" + arg.replace("'", "'\\''") + "'"


def gnu_time_v(tools, argv: list[str], name: str, cwd: Path | None = None) -> dict:
    """Wall seconds and max RSS (bytes) of one run under /usr/bin/time -v."""
    proc = subprocess.run([tools["time"], "-v", *argv], check=False, cwd=cwd, text=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    (RESULTS / f"{name}.time-v.txt").write_text(proc.stderr)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    w = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    wall = (int(w.group(1) or 0) * 3600 + int(w.group(2)) * 60 + float(w.group(3))) if w else float("nan")
    return {"wall": wall, "max_rss": int(m.group(1)) * 1024 if m else 0, "exit": proc.returncode}


def tree_memory(argv: list[str], cwd: Path | None = None, interval: float = 0.02) -> dict:
    """Peak of the summed RSS and PSS of a process and all its descendants, sampled from /proc."""
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak_rss = peak_pss = 0
    peak_procs = 0
    t0 = time.perf_counter()
    while proc.poll() is None:
        pids = _descendants(proc.pid)
        rss = pss = 0
        for pid in pids:
            try:
                text = Path(f"/proc/{pid}/smaps_rollup").read_text()
            except OSError:
                continue
            r = re.search(r"^Rss:\s+(\d+)", text, re.MULTILINE)
            p = re.search(r"^Pss:\s+(\d+)", text, re.MULTILINE)
            rss += int(r.group(1)) * 1024 if r else 0
            pss += int(p.group(1)) * 1024 if p else 0
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        peak_procs = max(peak_procs, len(pids))
        time.sleep(interval)
    return {"peak_rss_sum": peak_rss, "peak_pss_sum": peak_pss, "max_processes": peak_procs,
            "wall": time.perf_counter() - t0, "exit": proc.returncode}


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, []))
    return out


# --- the parts -------------------------------------------------------------------


def ensure_inputs(python: str) -> dict[str, Path]:
    make = [sys.executable, str(HERE / "make_corpus.py")]
    docs = sorted(CORPUS.glob("doc-*.undoc.md"))
    if len(docs) != 1000:
        log("  writing the corpus (make_corpus.py)")
        subprocess.run(make, check=True)
    inputs = {"one": CORPUS / "doc-0000.en.undoc.md", "corpus": CORPUS}
    for size in ("100KB", "10MB"):
        path = SINGLE / f"single-{size}.en.undoc.md"
        if not path.exists():
            subprocess.run([*make, "--single", size, "-o", str(SINGLE)], check=True)
        inputs[size] = path
    return inputs


def part_a(tools, undoc, python, inputs, args) -> dict:
    log("(a) one 12 KB document, fresh process")
    f = str(inputs["one"])
    cmds = {"python -c pass": [python, "-c", "pass"], "undoc-lint": [undoc, "check", f]}
    if tools["markdownlint-cli2"]:
        cmds["markdownlint-cli2"] = [tools["markdownlint-cli2"], f]
    if tools["pymarkdown"]:
        cmds["pymarkdown"] = [tools["pymarkdown"], "scan", f]
    res = hyperfine(tools, "a-one-document", cmds, runs=args.runs, warmup=3)
    res["undoc-lint"]["max_rss"] = gnu_time_v(tools, [undoc, "check", f], "a-undoc-lint")["max_rss"]
    return {"file": f, "bytes": inputs["one"].stat().st_size, "results": res}


def part_b(tools, undoc, python, inputs, args) -> dict:
    log("(b) the 1,000-document corpus, one call each")
    d = str(inputs["corpus"])
    files = sorted(inputs["corpus"].glob("doc-*.undoc.md"))
    size = sum(p.stat().st_size for p in files)
    has_jobs = "--jobs" in run([undoc, "check", "--help"]).stdout
    cmds = {"undoc-lint": [undoc, "check", d]}
    if has_jobs:
        cmds["undoc-lint --jobs 1"] = [undoc, "check", "--jobs", "1", d]
    if tools["markdownlint-cli2"]:
        cmds["markdownlint-cli2"] = [tools["markdownlint-cli2"], f"{d}/*.undoc.md"]
    res = hyperfine(tools, "b-corpus", cmds, runs=args.corpus_runs, warmup=1)
    if tools["pymarkdown"] and not args.skip_slow:
        log("  pymarkdown on the corpus (about 2 minutes; --skip-slow to leave it out)")
        res.update(hyperfine(tools, "b-corpus-pymarkdown", {"pymarkdown": [tools["pymarkdown"], "scan", d]},
                             runs=1, warmup=0))
    out = {"directory": d, "files": len(files), "bytes": size, "has_jobs": has_jobs, "results": res}
    # the same report whatever the job count
    if has_jobs:
        reports = {j: run([undoc, "check", "--format", "concise", "--jobs", str(j), d]).stdout for j in (1, 2)}
        out["deterministic"] = reports[1] == reports[2] and bool(reports[1])
        out["diagnostics"] = len(reports[1].splitlines())
    else:
        out["deterministic"] = None
    log("  peak memory of the process tree")
    out["memory"] = tree_memory([undoc, "check", d])
    out["memory"]["time_v_max_rss"] = gnu_time_v(tools, [undoc, "check", d], "b-undoc-lint")["max_rss"]
    return out


IN_PROCESS = r"""
import json, sys, time
from undoc_lint.runner import Linter
linter = Linter()
out = {}
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8").read()
    linter.lint_text(text[:20000], path)  # warm: grammar, rules, language data
    best = float("inf")
    for _ in range(7 if len(text) < 1_000_000 else 2):
        t0 = time.perf_counter()
        linter.lint_text(text, path)
        best = min(best, time.perf_counter() - t0)
    out[path] = best
print(json.dumps(out))
"""


def part_c(tools, undoc, python, inputs, args) -> dict:
    log("(c) single documents: 100 KB and 10 MB")
    out = {}
    cmds = {size: [undoc, "check", str(inputs[size])] for size in ("100KB", "10MB")}
    res_small = hyperfine(tools, "c-single-100KB", {"100KB": cmds["100KB"]}, runs=10, warmup=2)
    res_big = hyperfine(tools, "c-single-10MB", {"10MB": cmds["10MB"]}, runs=3, warmup=0)
    floor = hyperfine(tools, "c-start-up", {"start-up": [undoc, "check", str(inputs["one"])]}, runs=10, warmup=2)
    for size, res in (("100KB", res_small["100KB"]), ("10MB", res_big["10MB"])):
        nbytes = inputs[size].stat().st_size
        mb = nbytes / 1e6
        tv = gnu_time_v(tools, cmds[size], f"c-{size}")
        out[size] = {
            "bytes": nbytes, "wall": res["mean"], "wall_min": res["min"], "stddev": res["stddev"],
            "s_per_mb": res["mean"] / mb,
            "s_per_mb_net": max(res["mean"] - floor["start-up"]["mean"], 0.0) / mb,
            "max_rss": tv["max_rss"], "rss_factor": tv["max_rss"] / nbytes,
        }
    out["start_up_12KB"] = floor["start-up"]["mean"]
    proc = run([python, "-c", IN_PROCESS, str(inputs["100KB"]), str(inputs["10MB"])])
    if proc.returncode == 0:
        best = json.loads(proc.stdout.strip().splitlines()[-1])
        for size in ("100KB", "10MB"):
            out[size]["in_process"] = best[str(inputs[size])]
            out[size]["in_process_s_per_mb"] = best[str(inputs[size])] / (out[size]["bytes"] / 1e6)
        out["linearity"] = out["10MB"]["in_process_s_per_mb"] / out["100KB"]["in_process_s_per_mb"]
        out["linearity_basis"] = "in-process lint_text, best of several"
    else:
        (RESULTS / "c-in-process.err").write_text(proc.stderr)
        out["linearity"] = out["10MB"]["s_per_mb_net"] / max(out["100KB"]["s_per_mb_net"], 1e-9)
        out["linearity_basis"] = "fresh process, start-up subtracted"
    out["linearity_fresh_raw"] = out["10MB"]["s_per_mb"] / out["100KB"]["s_per_mb"]
    out["linearity_fresh_net"] = out["10MB"]["s_per_mb_net"] / max(out["100KB"]["s_per_mb_net"], 1e-9)
    return out


def importtime(python: str, argv: list[str], name: str) -> dict:
    rows = []
    for _ in range(3):  # keep the best of 3 (bytecode cached after the first)
        proc = run([python, "-X", "importtime", *argv])
        text = proc.stderr
        parsed = []
        for line in text.splitlines():
            m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
            if m:
                parsed.append((m.group(4), int(m.group(1)), int(m.group(2)), len(m.group(3)) // 2))
        total = sum(c for _, _, c, depth in parsed if depth == 0)
        if not rows or total < rows[0]:
            rows = [total, parsed, text]
    total, parsed, text = rows
    (RESULTS / f"d-{name}.importtime.txt").write_text(text)
    top = sorted((p for p in parsed if p[3] == 0), key=lambda p: -p[2])
    by_self = sorted(parsed, key=lambda p: -p[1])
    return {
        "argv": argv, "total_us": total, "modules": len(parsed),
        "top_cumulative": [{"module": m, "self_us": s, "cumulative_us": c} for m, s, c, _ in top[:15]],
        "top_self": [{"module": m, "self_us": s, "cumulative_us": c} for m, s, c, _ in by_self[:10]],
    }


def part_d(tools, undoc, python, inputs, args) -> dict:
    log("(d) python -X importtime")
    return {
        "import_cli": importtime(python, ["-c", "import undoc_lint.cli"], "import-cli"),
        "check_file": importtime(python, [undoc, "check", str(inputs["one"])], "check-file"),
    }


# --- summary ---------------------------------------------------------------------


def ms(s: float) -> str:
    return f"{s * 1000:,.0f} ms" if s < 10 else f"{s:,.1f} s"


def mib(b: float) -> str:
    return f"{b / 1024 / 1024:,.0f} MiB"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("PASS" if ok else "FAIL")


def summarise(info: dict, parts: dict) -> tuple[list[list[str]], list[str]]:
    """Rows of the targets table and the other tables (markdown)."""
    rows: list[list[str]] = []
    md: list[str] = []
    a, b, c, d = (parts.get(k) for k in "abcd")
    if a:
        r = a["results"]
        u = r["undoc-lint"]["mean"]
        rows.append(["one 12 KB document, fresh process", f"{ms(u)} (median {ms(r['undoc-lint']['median'])})",
                     f"≤ {TARGET_ONE_MS:.0f} ms", verdict(u * 1000 <= TARGET_ONE_MS)])
        if "markdownlint-cli2" in r:
            ratio = u / r["markdownlint-cli2"]["mean"]
            rows.append(["… against markdownlint-cli2 on the same file",
                         f"{ratio:.2f}× ({ms(u)} / {ms(r['markdownlint-cli2']['mean'])})",
                         "< 0.33×", verdict(ratio < TARGET_ONE_VS_MDL)])
        md.append(f"One document ({a['bytes']:,} bytes, `{Path(a['file']).name}`), fresh process, "
                  f"hyperfine, {r['undoc-lint']['runs']} runs after 3 warm-ups:\n")
        md.append("| command | mean ± σ | median | min | user + sys | undoc-lint ÷ this |")
        md.append("|---|---|---|---|---|---|")
        for label, x in r.items():
            md.append(f"| `{label}` | {ms(x['mean'])} ± {ms(x['stddev'])} | {ms(x['median'])} | {ms(x['min'])} | "
                      f"{ms(x['user'] + x['system'])} | {u / x['mean']:.2f}× |")
        md.append("")
    if b:
        r = b["results"]
        u = r["undoc-lint"]["mean"]
        if "markdownlint-cli2" in r:
            ratio = u / r["markdownlint-cli2"]["mean"]
            rows.append([f"{b['files']:,} documents ({b['bytes'] / 1e6:.1f} MB), one call",
                         f"{ratio:.2f}× ({ms(u)} / {ms(r['markdownlint-cli2']['mean'])})",
                         "≤ 0.25× markdownlint-cli2", verdict(ratio <= TARGET_CORPUS_VS_MDL)])
        cpu = (r["undoc-lint"]["user"] + r["undoc-lint"]["system"]) / u
        jobs = "default `--jobs` (all cores)" if b["has_jobs"] else "no `--jobs` option yet"
        rows.append(["… using both cores, same report whatever `--jobs`",
                     (f"CPU {cpu:.2f}× wall, {jobs}; report identical for --jobs 1 and 2: "
                     f"{'yes' if b['deterministic'] else 'no' if b['deterministic'] is not None else 'n/a'}"),
                     "≈ 2× on 2 cores; identical", verdict((cpu >= 1.5) and bool(b["deterministic"]))])
        peak = b["memory"]["peak_pss_sum"]
        rows.append(["peak memory, 1,000 documents",
                     (f"{mib(peak)} PSS summed over {b['memory']['max_processes']} processes "
                     f"(RSS summed {mib(b['memory']['peak_rss_sum'])}; largest single process "
                     f"{mib(b['memory']['time_v_max_rss'])})"),
                     f"< {TARGET_CORPUS_MB:.0f} MB", verdict(peak < TARGET_CORPUS_MB * 1e6)])
        md.append(f"{b['files']:,} documents, {b['bytes']:,} bytes, one call each (hyperfine):\n")
        md.append("| command | mean ± σ | runs | user + sys | CPU ÷ wall | MB/s | undoc-lint ÷ this |")
        md.append("|---|---|---|---|---|---|---|")
        for label, x in r.items():
            md.append(f"| `{label}` | {ms(x['mean'])} ± {ms(x['stddev'])} | {x['runs']} | {ms(x['user'] + x['system'])} | "
                      f"{(x['user'] + x['system']) / x['mean']:.2f} | {b['bytes'] / 1e6 / x['mean']:.2f} | {u / x['mean']:.2f}× |")
        md.append("")
    if c:
        rows.append(["linear cost: time per MB at 10 MB ÷ at 100 KB",
                     (f"{c['linearity']:.2f} ({c['linearity_basis']}; fresh process: "
                     f"{c['linearity_fresh_raw']:.2f} raw, {c['linearity_fresh_net']:.2f} start-up subtracted)"),
                     f"≤ {TARGET_LINEAR}", verdict(c["linearity"] <= TARGET_LINEAR)])
        big = c["10MB"]
        rows.append(["peak memory, one 10 MB document",
                     f"{big['rss_factor']:.1f}× the file ({mib(big['max_rss'])} for {big['bytes'] / 1e6:.1f} MB)",
                     f"< {TARGET_RSS_FACTOR:.0f}×", verdict(big["rss_factor"] < TARGET_RSS_FACTOR)])
        md.append("Single documents, `undoc-lint check FILE` (hyperfine mean; peak RSS from `/usr/bin/time -v`; "
                  f"\"net\" subtracts the {ms(c['start_up_12KB'])} of a 12 KB run):\n")
        md.append("| document | wall (mean ± σ) | s per MB | s per MB, net | in one process | s per MB, in one process | peak RSS | RSS ÷ size |")
        md.append("|---|---|---|---|---|---|---|---|")
        for size in ("100KB", "10MB"):
            x = c[size]
            inproc = f"{ms(x['in_process'])} | {x['in_process_s_per_mb']:.3f}" if "in_process" in x else "– | –"
            md.append(f"| {size} ({x['bytes']:,} bytes) | {ms(x['wall'])} ± {ms(x['stddev'])} | {x['s_per_mb']:.3f} | "
                      f"{x['s_per_mb_net']:.3f} | {inproc} | {mib(x['max_rss'])} | {x['rss_factor']:.1f}× |")
        md.append("")
    if d:
        for key, title in (("import_cli", '`python -X importtime -c "import undoc_lint.cli"`'),
                           ("check_file", "`python -X importtime undoc-lint check FILE` (the imports of a whole run)")):
            x = d[key]
            md.append(f"{title}: {x['total_us'] / 1000:.0f} ms of imports in total, {x['modules']} modules "
                      f"(best of 3). Top-level imports by cumulative time:\n")
            md.append("| module | cumulative | self |")
            md.append("|---|---|---|")
            for row in x["top_cumulative"][:12]:
                md.append(f"| `{row['module']}` | {row['cumulative_us'] / 1000:.1f} ms | {row['self_us'] / 1000:.1f} ms |")
            md.append("")
        x = d["check_file"]
        md.append("Modules with the largest self time (whole run):\n")
        md.append("| module | self | cumulative |")
        md.append("|---|---|---|")
        for row in x["top_self"]:
            md.append(f"| `{row['module']}` | {row['self_us'] / 1000:.1f} ms | {row['cumulative_us'] / 1000:.1f} ms |")
        md.append("")
    return rows, md


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--undoc-lint", default=str(ROOT / ".venv" / "bin" / "undoc-lint"),
                    help="the undoc-lint executable (default .venv/bin/undoc-lint)")
    ap.add_argument("--skip-slow", action="store_true", help="leave out pymarkdown on the corpus (~2 min)")
    ap.add_argument("--skip-install", action="store_true", help="use only the tools already there")
    ap.add_argument("--only", default="a,b,c,d", help="parts to run, e.g. a,d (default all)")
    ap.add_argument("--runs", type=int, default=20, help="hyperfine runs for one document (default 20)")
    ap.add_argument("--corpus-runs", type=int, default=3, help="hyperfine runs for the corpus (default 3)")
    args = ap.parse_args(argv)
    # undoc-lint's result cache would turn every run after the first into a cache read:
    # these figures are of linting (the cache's own figures are in benchmarks/README.md).
    os.environ["UNDOC_LINT_NO_CACHE"] = "1"

    undoc = str(Path(args.undoc_lint).resolve()) if Path(args.undoc_lint).exists() else shutil.which(args.undoc_lint)
    if not undoc:
        sys.exit(f"undoc-lint not found: {args.undoc_lint}")
    python = str(Path(undoc).parent / "python")  # the interpreter undoc-lint runs in
    if not Path(python).exists():
        python = sys.executable
    RESULTS.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    if load > 0.7:
        log(f"warning: load average {load:.2f} at start: something else is running on this machine; "
            "the figures will be slower and noisier than on a quiet one")
    log("tools and inputs")
    tools = ensure_tools(install=not args.skip_install)
    inputs = ensure_inputs(python)
    info = machine_info(tools, undoc, python)
    parts = {}
    funcs = {"a": part_a, "b": part_b, "c": part_c, "d": part_d}
    for key in [k.strip() for k in args.only.split(",") if k.strip()]:
        parts[key] = funcs[key](tools, undoc, python, inputs, args)
    info["load_average_at_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    rows, md = summarise(info, parts)

    table = ["| target | measured | limit | result |", "|---|---|---|---|"]
    table += [f"| {' | '.join(r)} |" for r in rows]
    machine = [f"- {k}: {v}" for k, v in info.items()]
    summary = "\n".join([f"## Results of {info['date']}", "", *machine, "", *table, "", *md])
    (RESULTS / "summary.md").write_text(summary + "\n")
    (RESULTS / "summary.json").write_text(json.dumps({"machine": info, "parts": parts,
                                                      "targets": rows}, indent=2, default=str) + "\n")
    print(summary)
    print(f"\nraw results in {RESULTS.relative_to(ROOT)}/ (summary.md, summary.json, hyperfine JSON, time -v, importtime)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
