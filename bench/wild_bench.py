"""The wild set: public PyTorch programs the engine was not built with, scored against their execution.

    python bench/wild_bench.py                       # assemble, trace, score every program
    python bench/wild_bench.py --files yunjey_cnn    # only the programs whose name contains one of these
    python bench/wild_bench.py --details             # and, per file, the wrong hints and the targets without one
    python bench/wild_bench.py --json                # the figures as JSON
    python bench/wild_bench.py --set fresh2          # a held-out set: holdout, fresh, fresh2..fresh29 (all: every set)
    python bench/wild_bench.py --false-alarms        # `torch-lsp check` on the programs: every error is a false one
    python bench/wild_bench.py --set all --jobs 2    # two programs at a time (one per free core)

The programs are listed in bench/wild_sources.toml (repository, commit, paths, and the small changes
that make each run quickly on a CPU without network). Their code never enters this repository: it is
read from the fetched git copies under --mirrors (`/work/.mirror/OWNER+NAME/repo`), assembled under
--programs (default /work/wild/programs), executed under tests/shape_truth.py's recorder (truths cached
in /work/wild/truth_cache) and opened in `python -m torch_lsp` over stdio, one fresh server per file,
so that a file's figures do not depend on which files were opened before it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import shape_truth  # noqa: E402
from lsp_support import EditorClient, start, wait_until_ready  # noqa: E402

SOURCES = ROOT / "bench" / "wild_sources.toml"
WILD = Path("/work/wild")
MIRRORS = Path("/work/.mirror")
SETS = ("main", "holdout", "fresh", *(f"fresh{n}" for n in range(2, 40)), "all")
SERVER_COMMAND = [sys.executable, "-m", "torch_lsp", "--stdio"]
TRUTH_TIMEOUT_S = 120.0


@dataclass
class Substitution:
    """A regular-expression replacement; a program's own must match (else its source has drifted), a
    shared group's may not apply to every program that uses the group."""

    pattern: str
    replace: str
    required: bool = True


@dataclass
class Program:
    """One wild program: where its code comes from and how it is made runnable."""

    name: str
    kind: str
    repo: str
    commit: str
    paths: list[str]
    set: str = "main"
    subs: list[Substitution] = field(default_factory=list)
    prelude: str = ""
    driver: str = ""

    @property
    def is_notebook(self) -> bool:
        return self.paths[0].endswith(".ipynb")

    @property
    def file_name(self) -> str:
        return f"{self.name}.ipynb" if self.is_notebook else f"{self.name}.py"


def load_programs(sources: Path = SOURCES) -> list[Program]:
    """The programs of the sources file, with their substitution groups expanded."""
    data = tomllib.loads(sources.read_text(encoding="utf-8"))
    groups = {
        name: [Substitution(**sub, required=False) for sub in group] for name, group in data.get("groups", {}).items()
    }
    programs = []
    for entry in data["program"]:
        subs = [sub for group in entry.get("groups", []) for sub in groups[group]]
        subs += [Substitution(**sub) for sub in entry.get("subs", [])]
        programs.append(
            Program(
                name=entry["name"],
                kind=entry["kind"],
                repo=entry["repo"],
                commit=entry["commit"],
                paths=entry["paths"],
                set=entry.get("set", "main"),
                subs=subs,
                prelude=entry.get("prelude", ""),
                driver=entry.get("driver", ""),
            )
        )
    return programs


def selected(programs: list[Program], which: str, parts: list[str] | None) -> list[Program]:
    """The programs of set `which` (`all`: every set) whose name contains one of `parts` (all when None)."""
    chosen = [p for p in programs if which in ("all", p.set)]
    return [p for p in chosen if not parts or any(part in p.name for part in parts)]


def original_files(program: Program, mirrors: Path) -> list[str]:
    """The program's files at its commit, read from the fetched git copy."""
    git_dir = mirrors / program.repo.replace("/", "+") / "repo"
    texts = []
    for path in program.paths:
        shown = subprocess.run(
            ["git", "-C", str(git_dir), "show", f"{program.commit}:{path}"], check=False, capture_output=True, text=True
        )
        if shown.returncode != 0:
            raise RuntimeError(f"{program.name}: cannot read {program.repo}@{program.commit}:{path}: {shown.stderr}")
        texts.append(shown.stdout)
    return texts


def substituted(program: Program, texts: list[str]) -> list[str]:
    """`texts` with the program's substitutions applied to each, in order."""
    for sub in program.subs:
        found = 0
        for index, text in enumerate(texts):
            texts[index], count = re.subn(sub.pattern, sub.replace, text, flags=re.MULTILINE)
            found += count
        if not found and sub.required:
            raise RuntimeError(f"{program.name}: substitution {sub.pattern!r} matches nothing")
    return texts


def assemble(program: Program, mirrors: Path) -> str:
    """The runnable program: the original files joined, the substitutions applied, prelude and driver
    added; a notebook stays a notebook (substitutions apply to its code cells, the driver is a last cell)."""
    files = original_files(program, mirrors)
    if program.is_notebook:
        notebook = json.loads(files[0])
        cells = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
        sources = substituted(program, ["".join(cell["source"]) for cell in cells])
        for cell, source in zip(cells, sources, strict=True):
            cell["source"] = source.splitlines(keepends=True)
        cell = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None}
        if program.prelude:
            notebook["cells"].insert(0, {**cell, "source": program.prelude.strip("\n").splitlines(keepends=True)})
        if program.driver:
            notebook["cells"].append({**cell, "source": program.driver.strip("\n").splitlines(keepends=True)})
        return json.dumps(notebook, indent=1, ensure_ascii=False) + "\n"
    text = "\n\n".join(t.rstrip("\n") + "\n" for t in substituted(program, files))
    parts = [program.prelude.strip("\n") + "\n\n" if program.prelude else "", text]
    if program.driver:
        parts.append("\n\n" + program.driver.strip("\n") + "\n")
    return "".join(parts)


def assemble_all(programs: list[Program], mirrors: Path, folder: Path) -> list[Path]:
    """Write every program under `folder`; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for program in programs:
        path = folder / program.file_name
        text = assemble(program, mirrors)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def trace_each(paths: list[Path], cache_dir: Path) -> dict[Path, shape_truth.Truth]:
    """The truth of every program that runs; a program that fails is reported and left out."""
    truths = {}
    for path in paths:
        try:
            truths[path] = shape_truth.trace(path, TRUTH_TIMEOUT_S, cache_dir)
        except (RuntimeError, subprocess.TimeoutExpired) as failure:
            print(f"{path.name}: no truth, left out: {str(failure)[-600:]}", file=sys.stderr)
    return truths


async def file_hints(path: Path, options: dict) -> list[tuple[tuple[int, int], str]]:
    """The inlay hints a fresh server gives `path` (opened as an editor would)."""
    client = EditorClient()
    await client.start_io(*SERVER_COMMAND)
    try:
        await start(client, locale="en", options=options)
        await wait_until_ready(client)
        return await shape_truth.server_hints(client, path, tag="-wild")
    finally:
        await client.shutdown_session()
        await client.stop()


async def score_all(paths: list[Path], truths: dict, options: dict, jobs: int) -> list[shape_truth.FileScore]:
    """Score every program's hints against its truth, `jobs` fresh servers at a time."""
    slots = asyncio.Semaphore(jobs)

    async def score_one(path: Path) -> shape_truth.FileScore:
        error = None
        async with slots:
            try:
                hints = await file_hints(path, options)
            except Exception as failure:  # noqa: BLE001 -- one file's failure must not hide the others
                hints, error = [], f"{type(failure).__name__}: {failure}"
        result = shape_truth.score(path.stem, truths[path], hints, shape_truth.joined_source(path).split("\n"))
        result.error = error
        return result

    return list(await asyncio.gather(*(score_one(path) for path in paths)))


def hinted_share(result: shape_truth.FileScore | shape_truth.Totals) -> float:
    """Correct hints (exact or symbolic) over tensor targets."""
    return result.correct / result.targets if result.targets else 1.0


def figures(scores: list[shape_truth.FileScore]) -> dict:
    """The per-file and total figures, as data."""
    totals = shape_truth.totals(scores)
    return {
        "files": [
            {
                "name": s.name,
                "targets": s.targets,
                "hinted": s.correct,
                "exact": s.exact,
                "symbolic": s.symbolic,
                "wrong": len(s.wrong),
                "missing": len(s.missing),
                "error": s.error,
                "wrong_hints": s.wrong,
                "missing_targets": s.missing,
            }
            for s in scores
        ],
        "targets": totals.targets,
        "hinted": totals.correct,
        "exact": totals.exact,
        "wrong": totals.wrong,
        "hinted_share": hinted_share(totals),
        "exact_share": totals.exact_recall,
        "multi_shape_targets": totals.multi_shape_targets,
        "single_shape_exact_share": totals.single_shape_exact_recall,
    }


def render(scores: list[shape_truth.FileScore], details: bool) -> str:
    """The per-file table and the totals; with `details`, each file's wrong hints, unhinted targets and symbolic or
    imprecise hints."""
    header = f"{'file':<28}{'targets':>8}{'hinted':>8}{'%':>6}{'exact':>7}{'%':>6}{'wrong':>7}"
    rows = [header, "-" * len(header)]

    def row(name: str, item) -> str:
        wrong = item.wrong if isinstance(item.wrong, int) else len(item.wrong)
        exact_share = item.exact / item.targets if item.targets else 1.0
        return (
            f"{name:<28}{item.targets:>8}{item.correct:>8}{hinted_share(item):>6.0%}"
            f"{item.exact:>7}{exact_share:>6.0%}{wrong:>7}"
        )

    for s in scores:
        rows.append(row(s.name, s) + (f"   SERVER ERROR: {s.error}" if s.error else ""))
    totals = shape_truth.totals(scores)
    rows += ["-" * len(header), row("TOTAL", totals)]
    rows.append(
        f"{totals.multi_shape_targets} targets held several shapes at run time (no exact hint can be right for"
        f" them); exact on the others: {totals.single_shape_exact_recall:.1%}"
    )
    if details:
        for s in scores:
            rows += ["", f"== {s.name}: {len(s.wrong)} wrong, {len(s.missing)} tensor targets without a hint"]
            rows += [f"WRONG   {line}" for line in s.wrong]
            rows += [f"missing {line}" for line in s.missing]
            rows += [f"symbolic {line}" for line in s.symbolic_hints]
            rows += [f"imprecise {line}" for line in s.imprecise_hints]
    return "\n".join(rows)


def false_alarms(paths: list[Path], budget: float, jobs: int) -> str:
    """The errors `torch-lsp check` reports on programs that ran to the end (every one is a false alarm), one line
    each, and how many programs and errors; `jobs` check processes share the programs."""
    command = [sys.executable, "-m", "torch_lsp", "check", "--format", "json", "--budget", str(budget)]
    shares = [paths[start::jobs] for start in range(jobs) if paths[start::jobs]]
    runs = [subprocess.Popen([*command, *map(str, share)], stdout=subprocess.PIPE, text=True) for share in shares]
    found = [diagnostic for run in runs for diagnostic in json.loads(run.communicate()[0])["diagnostics"]]
    order = {str(path): index for index, path in enumerate(paths)}
    errors = sorted((d for d in found if d["severity"] == "error"), key=lambda d: (order.get(d["path"], 0), d["line"]))
    lines = [f"{Path(d['path']).stem}:{d['line']}: {d['message']}" for d in errors]
    return "\n".join([*lines, f"{len(errors)} error(s) on {len(paths)} programs that ran to the end"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", nargs="+", metavar="PART", help="only programs whose name contains one of these")
    parser.add_argument("--set", choices=SETS, default="main", help="the main set, a held-out set, or all")
    parser.add_argument("--mirrors", type=Path, default=MIRRORS, help="where the fetched git copies are")
    parser.add_argument("--programs", type=Path, default=WILD / "programs", help="where to assemble the programs")
    parser.add_argument("--truth-cache", type=Path, default=WILD / "truth_cache", help="where truths are cached")
    parser.add_argument("--budget", type=float, default=20.0, help="the server's analysis budget in seconds")
    parser.add_argument("--details", action="store_true", help="print each file's wrong, unhinted and symbolic targets")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--jobs", type=int, default=1, help="programs analysed at a time (one per free core)")
    parser.add_argument("--assemble-only", action="store_true", help="assemble and trace, do not start the server")
    parser.add_argument(
        "--false-alarms", action="store_true", help="run `torch-lsp check` on the programs instead: each error is false"
    )
    args = parser.parse_args()

    programs = selected(load_programs(), args.set, args.files)
    paths = assemble_all(programs, args.mirrors, args.programs)
    truths = trace_each(paths, args.truth_cache)
    if args.assemble_only:
        for path, truth in truths.items():
            print(f"{path.name:<32}{len(truth.tensor_targets()):>6} tensor targets  {truth.duration_s:6.1f} s")
        return
    paths = list(truths)
    if args.false_alarms:
        print(false_alarms(paths, args.budget, args.jobs))
        return
    options = {"torchLsp": {"analysis": {"budgetSeconds": args.budget}}}
    scores = asyncio.run(score_all(paths, truths, options, args.jobs))
    print(json.dumps(figures(scores), indent=2) if args.json else render(scores, args.details))


if __name__ == "__main__":
    main()
