"""`torch-lsp check` figures: bug detection, false alarms, and throughput on a 10,000-line tree.

Run: .venv/bin/python bench/check_bench.py
     .venv/bin/python bench/check_bench.py --corpus DIR   # detection and false alarms only, on DIR/buggy and DIR/fixed
Detection: each program in tests/corpora/bug_corpus/buggy is executed to find the line where torch raises; a bug
counts as detected when check reports an error on that line and on no other, and as flagged when on that line (the
same slip met again on a line the run never reaches may be reported too). False alarms: errors reported on the
fixed programs, on the shape-engine corpus (tests/corpora/shape_corpus) and on examples/. Throughput: lines per second
of `torch-lsp check` on a generated tree of about 10,000 lines (copies of the corpora), cold (one process,
torch import included) and warm (the analysis itself, in-process).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpora" / "bug_corpus"
SHAPE_CORPUS = ROOT / "tests" / "corpora" / "shape_corpus"
TREE_LINES = 10_000


def check_json(paths: list[Path]) -> dict:
    """Run `torch-lsp check --format json` in a fresh process."""
    command = [
        sys.executable,
        "-c",
        "from torch_lsp.cli import main; main()",
        "check",
        "--format",
        "json",
        *map(str, paths),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False)
    return json.loads(result.stdout)


def raising_lines(paths: list[Path]) -> dict[str, int]:
    """Execute the programs; the line where each raised (0 when it ran through)."""
    result = subprocess.run(
        [sys.executable, str(CORPUS / "run_and_locate.py"), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def errors_by_path(report: dict) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for diagnostic in report["diagnostics"]:
        if diagnostic["severity"] == "error":
            found.setdefault(diagnostic["path"], []).append(diagnostic["line"])
    return found


def build_tree(target: Path) -> int:
    """Copy corpus files into `target` until it holds about TREE_LINES lines; returns the line count."""
    sources = (
        sorted(SHAPE_CORPUS.glob("*.py"))
        + sorted((CORPUS / "fixed").glob("*.py"))
        + sorted((ROOT / "examples").glob("*.py"))
    )
    lines, copy = 0, 0
    while lines < TREE_LINES:
        for source in sources:
            destination = target / f"pkg{copy}" / source.name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, destination)
            lines += source.read_text(encoding="utf-8").count("\n") + 1
        copy += 1
    return lines


def detection(corpus: Path, more_clean: list[Path]) -> dict:
    """Bugs of `corpus`/buggy reported on the line where running them raises, and errors on its fixed twins and
    `more_clean`."""
    buggy = sorted((corpus / "buggy").glob("*.py"))
    clean = [corpus / "fixed" / p.name for p in buggy] + more_clean
    truth = raising_lines(buggy)
    report = errors_by_path(check_json(buggy + clean))
    detected = [p for p in buggy if report.get(str(p)) == [truth[str(p)]]]
    flagged = [p for p in buggy if truth[str(p)] in report.get(str(p), [])]
    false_alarms = {str(p): report[str(p)] for p in clean if str(p) in report}
    print(
        f"bug detection      {len(detected)}/{len(buggy)} ({len(detected) / len(buggy):.0%}) "
        f"missed: {', '.join(sorted(p.stem for p in buggy if p not in detected)) or 'none'}"
    )
    print(
        f"flagged            {len(flagged)}/{len(buggy)} (an error on the raising line, maybe others too) "
        f"also elsewhere: {', '.join(sorted(p.stem for p in flagged if p not in detected)) or 'none'}"
    )
    print(f"false alarms       {len(false_alarms)} on {len(clean)} clean files {false_alarms or ''}")
    return {
        "bugs": len(buggy),
        "detected": len(detected),
        "detection_rate": len(detected) / len(buggy),
        "flagged": len(flagged),
        "missed": sorted(p.stem for p in buggy if p not in detected),
        "clean_files": len(clean),
        "false_alarms": false_alarms,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="a bug set with buggy/ and fixed/ folders (default: bug_corpus)")
    args = parser.parse_args()
    if args.corpus:
        detection(args.corpus.resolve(), [])
        return
    results = detection(CORPUS, sorted(SHAPE_CORPUS.glob("*.py")) + sorted((ROOT / "examples").glob("*.py")))

    with tempfile.TemporaryDirectory() as folder:
        tree_lines = build_tree(Path(folder))
        start = time.perf_counter()
        tree = check_json([Path(folder)])
        cold = time.perf_counter() - start
        files = sorted(Path(folder).rglob("*.py"))
        import torch
        from torch_lsp.analysis.engine import analyse

        sources = [f.read_text(encoding="utf-8") for f in files]
        for source in sources:
            analyse(source, torch, "cpu", 4096, 30.0)
        start = time.perf_counter()
        for source in sources:
            analyse(source, torch, "cpu", 4096, 30.0)
        warm = time.perf_counter() - start

    results |= {
        "tree_files": tree["files"],
        "tree_lines": tree_lines,
        "tree_errors": len(errors_by_path(tree)),
        "cold_seconds": cold,
        "cold_lines_per_s": tree_lines / cold,
        "warm_seconds": warm,
        "warm_lines_per_s": tree_lines / warm,
    }
    print(
        f"check, cold        {tree_lines} lines in {tree['files']} files: {cold:.1f} s "
        f"({results['cold_lines_per_s']:.0f} lines/s, torch import included)"
    )
    print(f"check, warm        {warm:.2f} s ({results['warm_lines_per_s']:.0f} lines/s, analysis only)")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "check_bench.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
