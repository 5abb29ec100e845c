"""Screenshots of every VS Code check before and after a change: the same driver, two versions of torch-lsp.

    .venv/bin/python tests/e2e/before_after.py                 # before = e6e4f24, after = the working tree
    .venv/bin/python tests/e2e/before_after.py --before REV

The "before" version is exported from git (`git archive REV`) to a temporary folder, its .vsix is built there
with its own `npm run package`, and its server runs from that folder's `server/` (PYTHONPATH) in this checkout's
.venv. Both runs use this checkout's driver and workspace, so each check shows the same scene. Writes
tests/e2e/artifacts/before/ and tests/e2e/artifacts/after/ (screenshots, result, logs) and
tests/e2e/artifacts/before-after.md, a table of each check's outcome in both runs with its two screenshots.
The default REV is the last commit before the editor work of the hover and editor-experience issue.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ARTIFACTS = HERE / "artifacts"
DEFAULT_BEFORE = "e6e4f24"
DRIVER_TIMEOUT_S = 1200


def _newest_vsix(folder: Path) -> Path:
    """The newest torch-lsp-*.vsix in folder."""
    found = sorted(glob.glob(str(folder / "torch-lsp-*.vsix")), key=os.path.getmtime)
    if not found:
        raise SystemExit(f"no torch-lsp-*.vsix in {folder}")
    return Path(found[-1])


def _package(folder: Path) -> Path:
    """Build folder's .vsix with its own `npm run package` (node_modules borrowed from this checkout)."""
    modules = folder / "node_modules"
    if not modules.exists():
        modules.symlink_to(REPO / "node_modules")
    subprocess.run(["npm", "run", "package"], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    return _newest_vsix(folder)


def _export(rev: str, folder: Path) -> None:
    """Write the tree of rev into folder."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)


def _interpreter_for(server: Path, folder: Path) -> Path:
    """A python that imports torch_lsp from server/ first: this checkout's .venv with PYTHONPATH set."""
    wrapper = folder / "python-with-server"
    wrapper.write_text(f'#!/bin/sh\nPYTHONPATH="{server}" exec "{REPO / ".venv" / "bin" / "python"}" "$@"\n')
    wrapper.chmod(0o755)
    return wrapper


def _drive(vsix: Path, python: Path, out: Path) -> dict:
    """One driver run writing into out; returns its result."""
    out.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "TORCH_LSP_E2E_VSIX": str(vsix),
        "TORCH_LSP_E2E_PYTHON": str(python),
        "TORCH_LSP_E2E_ARTIFACTS": str(out),
        "TORCH_LSP_E2E_RESULT": str(out / "vscode-result.json"),
    }
    with (out / "vscode-driver.log").open("w") as log:
        subprocess.run(
            ["node", str(HERE / "vscode_driver.mjs")],
            cwd=HERE,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=DRIVER_TIMEOUT_S,
            check=False,
        )
    result_file = out / "vscode-result.json"
    return json.loads(result_file.read_text()) if result_file.exists() else {"fatal": "the driver wrote no result"}


def _cell(check: dict | None, base: Path) -> tuple[str, str]:
    """(outcome text, Markdown image) of one check."""
    if check is None:
        return "not run", ""
    outcome = ("✓ " if check["ok"] else "✗ ") + " ".join(str(check["detail"]).split())[:160]
    shot = check.get("screenshot")
    return outcome, (f"![]({Path(shot).relative_to(base)})" if shot else "")


def _report(before_rev: str, before: dict, after: dict) -> str:
    """The Markdown table of both runs."""
    lines = [
        f"# VS Code checks: before ({before_rev}) and after (working tree)\n",
        "| check | before | after |",
        "|---|---|---|",
    ]
    for name in after.get("checks", {}) or before.get("checks", {}):
        old, old_shot = _cell(before.get("checks", {}).get(name), ARTIFACTS)
        new, new_shot = _cell(after.get("checks", {}).get(name), ARTIFACTS)
        lines.append(f"| {name} | {old}<br>{old_shot} | {new}<br>{new_shot} |")
    lines.append("\n| timing | before | after |\n|---|---|---|")
    for key in sorted(set(before.get("timings", {})) | set(after.get("timings", {}))):
        lines.append(f"| {key} | {before.get('timings', {}).get(key, '')} | {after.get('timings', {}).get(key, '')} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Run the driver on the before and after versions and write the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=DEFAULT_BEFORE, help="the git revision shown as 'before'")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="torch-lsp-before-") as tmp:
        folder = Path(tmp)
        _export(args.before, folder)
        before = _drive(_package(folder), _interpreter_for(folder / "server", folder), ARTIFACTS / "before")
    after = _drive(_package(REPO), REPO / ".venv" / "bin" / "python", ARTIFACTS / "after")
    report = ARTIFACTS / "before-after.md"
    report.write_text(_report(args.before, before, after))
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
