"""Start JupyterLab (jupyter-lsp + jupyterlab-lsp + torch-lsp) on a copy of the fixture notebook, check
`/lsp/status`, and drive a hover in headless chromium (jupyterlab_hover.mjs).

    python tests/editors/jupyterlab_run.py [RESULT.json]       # after `python tests/editors/install_editors.py`

Returns/prints one JSON object: `checks` (spec_listed, only_python_server, page, lsp_session, hover,
diagnostic, each {ok, detail, ms}), `lsp_status` before and after, the screenshot path and timings.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
ARTIFACTS = REPO / "tests" / "e2e" / "artifacts"
sys.path.insert(0, str(HERE))

import install_editors as install  # noqa: E402

CHECKS = ("spec_listed", "only_python_server", "page", "lsp_session", "hover", "diagnostic")
BROWSER_CHECKS = CHECKS[2:]
START_TIMEOUT_S = 90
BROWSER_TIMEOUT_S = 300
# jupyterlab-lsp notices and JupyterLab's news prompt would cover the notebook in screenshots.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_json(url: str, timeout: float = 10) -> dict:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


def _python_servers(status: dict) -> list[str]:
    """The installed Python language servers: `sessions` has one per installed server (started or not),
    while `specs` also lists the servers jupyter-lsp knows of but did not find."""
    return sorted(
        name
        for name, session in (status.get("sessions") or {}).items()
        if "python" in ((session.get("spec") or {}).get("languages") or [])
    )


def run(result_path: Path | None = None, screenshot: Path | None = None) -> dict:
    """Install (cached), start JupyterLab, run the checks, stop everything; returns the result."""
    timings: dict[str, float] = {}
    started = time.monotonic()
    python = install.ensure_jupyter()
    chromium = install.ensure_browser()
    timings["install_s"] = round(time.monotonic() - started, 1)
    screenshot = screenshot or ARTIFACTS / "jupyterlab-hover.png"
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    for stale in (
        screenshot,
        screenshot.with_name(screenshot.stem + "-failed.png"),
        screenshot.with_name(screenshot.stem + "-diagnostic.png"),
    ):
        stale.unlink(missing_ok=True)

    work = Path(tempfile.mkdtemp(prefix="torch-lsp-jupyterlab-"))
    workspace = work / "workspace"
    workspace.mkdir()
    shutil.copy(HERE / "fixtures" / "shapes.ipynb", workspace / "shapes.ipynb")
    settings = work / "lab-settings"
    for name, value in LAB_SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(value))
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    venv_bin = str(python.parent)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "VIRTUAL_ENV", "PYTHON"))},
        # Only the Jupyter environment on PATH: jupyter-lsp finds language servers on PATH too.
        "PATH": f"{venv_bin}:/usr/local/bin:/usr/bin:/bin",
        "VIRTUAL_ENV": str(python.parent.parent),
        "JUPYTER_CONFIG_DIR": str(work / "config"),
        "JUPYTER_DATA_DIR": str(work / "data"),
        "JUPYTER_RUNTIME_DIR": str(work / "runtime"),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(work / "lab-workspaces"),
        "XDG_CACHE_HOME": str(work / "cache"),
        "IPYTHONDIR": str(work / "ipython"),
    }
    log_file = (work / "jupyterlab.log").open("w")
    command = [
        str(python),
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        "--ServerApp.disable_check_xsrf=True",
        f"--ServerApp.root_dir={workspace}",
    ]
    result: dict = {"checks": {}, "url": url, "workspace": str(workspace), "log_file": str(work / "jupyterlab.log")}
    process = subprocess.Popen(
        command, cwd=workspace, env=env, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True
    )

    def record(name: str, ok: bool, detail: str, since: float) -> None:
        result["checks"][name] = {"ok": ok, "detail": detail, "ms": int((time.monotonic() - since) * 1000)}

    try:
        t0 = time.monotonic()
        status = None
        error = ""
        while time.monotonic() - t0 < START_TIMEOUT_S and process.poll() is None:
            try:
                status = _get_json(f"{url}/lsp/status")
                break
            except OSError as exc:
                error = str(exc)
                time.sleep(0.5)
        timings["start_s"] = round(time.monotonic() - t0, 1)
        if status is None:
            log_file.flush()
            tail = (work / "jupyterlab.log").read_text()[-3000:]
            raise RuntimeError(
                f"JupyterLab did not answer /lsp/status within {START_TIMEOUT_S} s "
                f"(exit {process.poll()}, last error {error}):\n{tail}"
            )
        result["lsp_status_before"] = status
        specs = status.get("specs") or {}
        record(
            "spec_listed",
            "torch-lsp" in specs,
            json.dumps(specs.get("torch-lsp"))[:600] if "torch-lsp" in specs else f"specs: {sorted(specs)}",
            t0,
        )
        python_servers = _python_servers(status)
        record("only_python_server", python_servers == ["torch-lsp"], f"installed Python servers: {python_servers}", t0)

        t1 = time.monotonic()
        node_result = work / "browser.json"
        node_env = {
            **os.environ,
            "JUPYTER_URL": url,
            "NOTEBOOK": "shapes.ipynb",
            "RESULT": str(node_result),
            "SCREENSHOT": str(screenshot),
            "CHROMIUM": str(chromium),
            "NODE_PATH": str(install.node_modules()),
        }
        try:
            browser = subprocess.run(
                ["node", str(HERE / "jupyterlab_hover.mjs")],
                cwd=HERE,
                env=node_env,
                capture_output=True,
                text=True,
                timeout=BROWSER_TIMEOUT_S,
                check=False,
            )
            result["browser_stderr"] = browser.stderr[-4000:]
        except subprocess.TimeoutExpired as exc:
            result["browser_stderr"] = f"timed out after {BROWSER_TIMEOUT_S} s\n{install.captured(exc.stderr)}"[-4000:]
        timings["browser_s"] = round(time.monotonic() - t1, 1)
        if node_result.exists():
            browser_result = json.loads(node_result.read_text())
            result["checks"].update(browser_result.get("checks", {}))
            result["browser_log"] = browser_result.get("log", [])
            result["screenshot"] = browser_result.get("screenshot")
            result["hover_attempts"] = browser_result.get("hover_attempts")
            result["lsp_status_after"] = browser_result.get("lsp_status")
            if browser_result.get("error"):
                result["browser_error"] = browser_result["error"]
            result["diagnostic_screenshot"] = browser_result.get("diagnostic_screenshot")
        for name in BROWSER_CHECKS:
            result["checks"].setdefault(
                name,
                {
                    "ok": False,
                    "ms": 0,
                    "detail": "the browser script did not run it: "
                    + result.get("browser_error", result.get("browser_stderr", ""))[-1500:],
                },
            )
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait(timeout=10)
        log_file.close()
        result["jupyterlab_log_tail"] = (work / "jupyterlab.log").read_text(errors="replace")[-3000:]
        timings["total_s"] = round(time.monotonic() - started, 1)
        result["timings"] = timings
        if result_path is not None:
            result_path.write_text(json.dumps(result, indent=1))
    shutil.rmtree(work, ignore_errors=True)
    return result


if __name__ == "__main__":
    out = run(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
    print(json.dumps({name: (check["ok"], check["ms"]) for name, check in out["checks"].items()}, indent=1))
    print(json.dumps(out["timings"]))
    sys.exit(0 if all(check["ok"] for check in out["checks"].values()) else 1)
