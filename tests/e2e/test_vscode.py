"""torch-lsp in real VS Code: code-server 4.100.3 + the built .vsix, driven in headless chromium.

    .venv/bin/python -m pytest tests/e2e -q          # or: -m e2e

1. `tests/e2e/install.sh` (idempotent; seconds when everything is there): Debian chromium + fonts-dejavu-core +
   fonts-noto-cjk, code-server cached in /opt/torch-lsp-e2e/code-server (TORCH_LSP_E2E_HOME moves it), playwright-core
   into tests/e2e/node_modules.
2. The newest `torch-lsp-*.vsix` at the repo root; when there is none, `npm run package` builds it.
3. `node tests/e2e/vscode_driver.mjs`: a fresh user-data-dir, extensions dir and copy of
   tests/e2e/workspace/, the .vsix installed, `torchLsp.interpreter` = <repo>/.venv/bin/python, then checks
   from the DOM and writes tests/e2e/artifacts/vscode-result.json plus a screenshot per check
   (tests/e2e/artifacts/vscode-N-<check>.png) and the window's logs (tests/e2e/artifacts/vscode-logs/).

Each check is its own test. Nothing here skips: an editor that cannot be installed or started fails every test.
Timings go to tests/e2e/artifacts/vscode-timings.json.
"""

from __future__ import annotations

import glob
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(3600)]  # the first test also installs code-server

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ARTIFACTS = HERE / "artifacts"
RESULT = ARTIFACTS / "vscode-result.json"
TIMINGS = ARTIFACTS / "vscode-timings.json"
DRIVER = HERE / "vscode_driver.mjs"
CHECKS = [
    "language_choice",
    "status_bar",
    "py_shape_hint",
    "hover_cat",
    "snippet_completion",
    "notebook_shape_hint",
    "notebook_bare_expression",
    "notebook_squiggle",
    "status_menu",
    "device_list",
    "cross_file_hint",
    "signature_help_zh",
    "definition",
    "reload_first_hint",
]
INSTALL_TIMEOUT_S = 1800  # a cold install (apt + code-server's native modules) takes minutes on 2 cores
PACKAGE_TIMEOUT_S = 900
DRIVER_TIMEOUT_S = 600

timings: dict[str, float] = {}


def _interpreter() -> str:
    """The interpreter for torchLsp.interpreter: <repo>/.venv/bin/python, absolute but not resolved (the venv's
    python is a symlink to the base interpreter; following it would leave the venv)."""
    override = os.environ.get("TORCH_LSP_E2E_PYTHON")
    if override:
        return os.path.abspath(override)
    venv = REPO / ".venv" / "bin" / "python"
    return os.path.abspath(venv if venv.exists() else sys.executable)


def _tail(text: str | bytes | None, n: int = 4000) -> str:
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    return (text or "")[-n:]


def _save_timings() -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    TIMINGS.write_text(json.dumps(timings, indent=1) + "\n")


@pytest.fixture(scope="module")
def code_server() -> str:
    """Run install.sh; returns the code-server binary. Fails (never skips) when the install fails."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            ["bash", str(HERE / "install.sh")],
            check=False,
            capture_output=True,
            text=True,
            timeout=INSTALL_TIMEOUT_S,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as error:
        pytest.fail(
            f"tests/e2e/install.sh did not finish within {INSTALL_TIMEOUT_S} s:\n{_tail(error.stderr)}", pytrace=False
        )
    timings["install_s"] = round(time.monotonic() - started, 1)
    _save_timings()
    if done.returncode != 0:
        pytest.fail(
            f"tests/e2e/install.sh failed (exit {done.returncode}): cannot install code-server/chromium/"
            f"playwright-core\n{_tail(done.stdout)}\n{_tail(done.stderr)}",
            pytrace=False,
        )
    binary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    if not os.access(binary, os.X_OK):
        pytest.fail(f"install.sh printed no usable code-server binary: {binary!r}\n{_tail(done.stderr)}", pytrace=False)
    return binary


@pytest.fixture(scope="module")
def vsix() -> Path:
    """The newest torch-lsp-*.vsix at the repo root; built with `npm run package` when there is none."""

    def newest() -> Path | None:
        found = sorted(glob.glob(str(REPO / "torch-lsp-*.vsix")), key=os.path.getmtime)
        return Path(found[-1]) if found else None

    if newest() is None:
        started = time.monotonic()
        steps = ([["npm", "ci", "--no-audit", "--no-fund"]] if not (REPO / "node_modules").is_dir() else []) + [
            ["npm", "run", "package"]
        ]
        for command in steps:
            try:
                done = subprocess.run(
                    command,
                    check=False,
                    cwd=REPO,
                    capture_output=True,
                    text=True,
                    timeout=PACKAGE_TIMEOUT_S,
                    stdin=subprocess.DEVNULL,
                )
            except subprocess.TimeoutExpired as error:
                pytest.fail(
                    f"`{' '.join(command)}` did not finish within {PACKAGE_TIMEOUT_S} s:\n"
                    f"{_tail(error.stdout)}\n{_tail(error.stderr)}",
                    pytrace=False,
                )
            if done.returncode != 0:
                pytest.fail(
                    f"`{' '.join(command)}` failed (exit {done.returncode}):\n{_tail(done.stdout)}\n"
                    f"{_tail(done.stderr)}",
                    pytrace=False,
                )
        timings["package_s"] = round(time.monotonic() - started, 1)
    built = newest()
    if built is None:
        pytest.fail(f"`npm run package` left no torch-lsp-*.vsix in {REPO}", pytrace=False)
    return built


def _kill_group(pgid: int | None, sig: int) -> None:
    if not pgid:
        return
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


@pytest.fixture(scope="module")
def run(code_server: str, vsix: Path) -> dict:
    """One driver run; returns its result ({fatal, checks, timings, ...}) plus exit code and output."""
    RESULT.unlink(missing_ok=True)
    env = {
        **os.environ,
        "TORCH_LSP_E2E_CODE_SERVER": code_server,
        "TORCH_LSP_E2E_VSIX": str(vsix),
        "TORCH_LSP_E2E_PYTHON": _interpreter(),
        "TORCH_LSP_E2E_RESULT": str(RESULT),
        "TORCH_LSP_E2E_ARTIFACTS": str(ARTIFACTS),
    }
    started = time.monotonic()
    # its own process group: on a timeout the driver, and through it code-server and chromium, get SIGTERM
    driver = subprocess.Popen(
        ["node", str(DRIVER)],
        cwd=HERE,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        stdin=subprocess.DEVNULL,
    )
    timed_out = False
    try:
        output, _ = driver.communicate(timeout=DRIVER_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(driver.pid, signal.SIGTERM)
        try:
            output, _ = driver.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            _kill_group(driver.pid, signal.SIGKILL)
            output, _ = driver.communicate()
    finally:
        wall = round(time.monotonic() - started, 1)
    (ARTIFACTS / "vscode-driver.log").write_text(output or "")
    result = json.loads(RESULT.read_text()) if RESULT.exists() else {}
    # code-server runs in a process group of its own (extension host and language server included): make sure
    # nothing of it outlives the run, whatever happened to the driver
    _kill_group(result.get("code_server_pgid"), signal.SIGKILL)
    timings["run_s"] = wall
    timings.update({f"run_{k}": v for k, v in result.get("timings", {}).items()})
    _save_timings()
    print(f"\nVS Code e2e run: {wall} s (install.sh {timings.get('install_s')} s); timings in {TIMINGS}")
    result.update(exit_code=driver.returncode, output=output or "", timed_out=timed_out, wall_s=wall)
    return result


def _explain(run: dict) -> str:
    if run["timed_out"]:
        return f"the driver did not finish within {DRIVER_TIMEOUT_S} s:\n{_tail(run['output'])}"
    if not run.get("checks") and not run.get("fatal"):
        return f"the driver wrote no result (exit {run['exit_code']}):\n{_tail(run['output'])}"
    return f"VS Code could not be started or driven: {run['fatal']}\n{_tail(run['output'], 2500)}"


def test_editor_started(run: dict) -> None:
    """code-server, the extension install and chromium all came up (else every check below fails too)."""
    if run["timed_out"] or run.get("fatal") or not run.get("checks"):
        pytest.fail(_explain(run), pytrace=False)


@pytest.mark.parametrize("name", CHECKS)
def test_check(run: dict, name: str) -> None:
    entry = run.get("checks", {}).get(name)
    if entry is None:
        pytest.fail(f"{name} did not run: {_explain(run)}", pytrace=False)
    if not entry["ok"]:
        pytest.fail(
            f"{name} failed after {entry['seconds']} s: {entry['detail']}\nscreenshot: {entry['screenshot']}\n"
            f"logs: {ARTIFACTS / 'vscode-logs'}",
            pytrace=False,
        )
