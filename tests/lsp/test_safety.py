"""Safety through the protocol: hostile files are opened in a running server and nothing happens.

Each file in `tests/corpora/hostile/` would do damage if it were executed: run commands, write files, open
sockets, spin forever, allocate terabytes, load pickles, import hub code, change torch's global
state, start worker processes. The server only interprets code, so after each one we prove that no
sentinel file appeared, no connection reached a socket the test owns, the server has no child
process, `TORCH_HOME` was never created, and the server still answers a hover and inlay hints on a
normal document quickly (its own torch state intact: float32, cpu).

The servers run under `ulimit -v` so that a regression that does allocate cannot hurt the machine.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import select
import socket
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from lsp_support import (
    EditorClient,
    children_of,
    client_for,
    hint_shape,
    hover_text,
    inlay_hints,
    markdown,
    open_document,
    position_of,
    resolved,
    server_pid,
    shutdown,
    start,
    wait_until_ready,
)
from lsprotocol import types
from pytest_lsp import LanguageClient

HOSTILE = Path(__file__).parent.parent / "corpora" / "hostile"
BUDGET_S = 1.0
# Time from didOpen to hints of a hostile file: its analysis must stop at the budget.
ANALYSIS_LIMIT_S = BUDGET_S + 4.0
# A normal document after a hostile one: hover and hints must come back this quickly.
RESPONSIVE_LIMIT_S = 3.0
MEMORY_LIMIT_KB = 4 * 1024 * 1024
OPTIONS = {"torchLsp": {"analysis": {"budgetSeconds": BUDGET_S}}}
# Never created: torch.hub would download or unpack into it.
TORCH_HOME = Path(tempfile.gettempdir()) / f"torch_lsp_safety_{os.getpid()}" / "torch_home"
SERVER_ENV = {**os.environ, "TORCH_HOME": str(TORCH_HOME)}


def limited(*argv: str) -> list[str]:
    """`argv` run under a virtual-memory limit (so a regression raises MemoryError instead of swapping)."""
    return ["/bin/sh", "-c", f'ulimit -v {MEMORY_LIMIT_KB} 2>/dev/null; exec "$0" "$@"', *argv]


SERVER_ARGV = limited(sys.executable, "-m", "torch_lsp", "--stdio")

NORMAL = "import torch\nnormal = torch.zeros(2, 3)\njoined = torch.cat([normal, normal])\nprint(normal)\n"
WARM_UP = (
    "import torch\nfrom torch import nn\nx = torch.randn(4, 3) + 1\ny = x * 2.0 - x.mean()\n"
    "z = nn.Linear(3, 2)(x).relu()\nw = torch.cat([x, x], dim=1).sum(dim=0)\n"
)


def labels(hints: list[types.InlayHint]) -> list[tuple[int, int, str]]:
    return [(h.position.line, h.position.character, hint_shape(h)) for h in hints]


async def warm_up(client: LanguageClient) -> None:
    """Analyse a document using the common ops once: later timings exclude torch's lazy imports."""
    uri = open_document(client, WARM_UP)
    assert await inlay_hints(client, uri)
    close_document(client, uri)


def close_document(client: LanguageClient, uri: str) -> None:
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )


def forget_abandoned(client: LanguageClient) -> None:
    """Drop requests the test stopped waiting for: pygls's client raises on a late answer to a cancelled one."""
    for key, future in list(client.protocol._request_futures.items()):
        if future.done():
            client.protocol._request_futures.pop(key, None)


async def within(client: LanguageClient, awaitable, limit: float, what: str):
    """Await `awaitable`, failing the test (not hanging) when the server takes longer than `limit`."""
    begin = time.monotonic()
    try:
        result = await asyncio.wait_for(awaitable, limit)
    except TimeoutError:
        forget_abandoned(client)
        pytest.fail(f"{what}: no answer within {limit:.1f} s")
    return result, time.monotonic() - begin


async def assert_responsive(client: LanguageClient, limit: float = RESPONSIVE_LIMIT_S) -> None:
    """A fresh normal document gets its knowledge-base hover and correct hints quickly."""
    uri = open_document(client, NORMAL)
    try:
        hover, _ = await within(
            client, hover_text(client, uri, position_of(NORMAL, "cat")), limit, "hover on torch.cat"
        )
        assert hover is not None and "**`torch.cat`**" in hover
        hints, _ = await within(client, inlay_hints(client, uri), limit, "inlay hints of a normal document")
        assert labels(hints) == [(1, 6, "[2, 3]"), (2, 6, "[4, 3]")]
        (first, *_) = await resolved(client, hints)
        assert "`float32` · `cpu`" in markdown(first.tooltip)
        hover, _ = await within(
            client, hover_text(client, uri, position_of(NORMAL, "normal)")), limit, "hover on a tensor"
        )
        assert hover is not None and "`[2, 3]` · `float32` · `cpu`" in hover
    finally:
        close_document(client, uri)


def memory_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"no {field} for {pid}")


def reset_peak(pid: int) -> None:
    """Reset the process's VmHWM to its current RSS (Linux `clear_refs` 5), so a peak is this test's own."""
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


def render(name: str, **values: str) -> str:
    text = (HOSTILE / name).read_text(encoding="utf-8")
    for key, value in values.items():
        text = text.replace(f"__{key.upper()}__", value)
    assert "__SENTINEL__" not in text and "__PORT__" not in text
    return text


class _Payload:
    """Unpickling this runs a shell command (what a malicious checkpoint does)."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


class Trap:
    """Everything a hostile file could touch, and the checks that it did not."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sentinel = root / "SENTINEL"
        self.payload = root / "payload.pt"
        self.payload.write_bytes(pickle.dumps(_Payload(f"touch {self.sentinel}"), protocol=2))
        self.hub_repo = root / "hubrepo"
        self.hub_repo.mkdir()
        (self.hub_repo / "hubconf.py").write_text(
            f"open({str(self.sentinel)!r}, 'w').write('hubconf imported')\n\ndef model():\n    return None\n"
        )
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]

    def values(self) -> dict[str, str]:
        return {
            "sentinel": str(self.sentinel),
            "port": str(self.port),
            "payload": str(self.payload),
            "hubrepo": str(self.hub_repo),
        }

    def assert_untouched(self, pid: int) -> None:
        time.sleep(0.2)
        assert not self.sentinel.exists(), f"the analysis created {self.sentinel}"
        readable, _, _ = select.select([self.listener], [], [], 0.2)
        assert not readable, "the analysis connected to a socket"
        assert children_of(pid) == set(), "the server started child processes"
        assert not TORCH_HOME.parent.exists(), "torch.hub created its cache directory"

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def trap(tmp_path: Path):
    found = Trap(tmp_path)
    yield found
    found.close()


client = client_for(options=OPTIONS, command=SERVER_ARGV, env=SERVER_ENV, prepare=warm_up)


async def open_hostile(client: LanguageClient, name: str, trap: Trap) -> tuple[str, list, float]:
    """Open a hostile file and wait for its analysis (its hints): (text, hints, seconds)."""
    text = render(name, **trap.values())
    uri = open_document(client, text, name=f"hostile_{name}")
    hints, elapsed = await within(client, inlay_hints(client, uri), ANALYSIS_LIMIT_S + 10.0, f"hints of {name}")
    close_document(client, uri)
    return text, labels(hints), elapsed


# Files whose whole analysis must go through: the hint after the hostile lines is there too.
COMPLETE = [
    "os_system.py",
    "subprocess_run.py",
    "file_write.py",
    "socket_connect.py",
    "side_effects.py",
    "torch_io.py",
    "torch_hub.py",
    "dynamic_code.py",
    "constant_bombs.py",
    "huge_tensors.py",
    "global_state.py",
    "dataloader_workers.py",
]
# Files that may exhaust the analysis budget: only the hint before the hostile part is required.
BOUNDED = ["infinite_loop_module.py", "infinite_loop_function.py", "exponential_calls.py"]


@pytest.mark.parametrize("name", COMPLETE + BOUNDED)
async def test_hostile_file_has_no_effect(client: LanguageClient, trap: Trap, name: str):
    text, hints, elapsed = await open_hostile(client, name, trap)
    assert (position_of(text, "before =").line, 6, "[3]") in hints
    if name in COMPLETE:
        assert (position_of(text, "after =").line, 5, "[2, 2]") in hints
    assert elapsed < ANALYSIS_LIMIT_S, f"analysis of {name} took {elapsed:.1f} s (budget {BUDGET_S} s)"
    trap.assert_untouched(server_pid(client))
    await assert_responsive(client)


async def test_every_hostile_fixture_is_exercised():
    named = set(COMPLETE + BOUNDED) | set(MEMORY_BOMBS) | {"cpu_int_squaring.py"}
    assert named == {p.name for p in HOSTILE.glob("*.py")}


async def test_huge_tensors_get_shapes_without_allocating(client: LanguageClient, trap: Trap):
    reset_peak(server_pid(client))
    rss_before = memory_kb(server_pid(client), "VmRSS")
    text, hints, _ = await open_hostile(client, "huge_tensors.py", trap)
    for target, shape in [
        ("square", "[1000000, 1000000]"),
        ("line", "[1099511627776]"),
        ("big", "[20000, 20000]"),
        ("product", "[1000000, 1000000]"),
        ("steps", "[1000000000000]"),
        ("wide", "[1048576, 1048576]"),
        ("filled", "[50000, 50000]"),
    ]:
        assert (position_of(text, f"{target} =").line, len(target), shape) in hints
    grown_mb = (memory_kb(server_pid(client), "VmHWM") - rss_before) / 1024
    assert grown_mb < 256, f"peak RSS grew by {grown_mb:.0f} MB while analysing huge tensors"
    await assert_responsive(client)


async def test_global_state_of_the_server_is_unchanged(client: LanguageClient, trap: Trap):
    await open_hostile(client, "global_state.py", trap)
    await assert_responsive(client)
    text = (
        "import torch\nimport torch.nn.functional as F\nx = torch.zeros(2, 3)\ns = x + x\n"
        "r = F.relu(x)\nc = torch.cat([x, x])\nd = torch.randn(4).dtype\n"
    )
    uri = open_document(client, text)
    hints = await inlay_hints(client, uri)
    assert labels(hints) == [(2, 1, "[2, 3]"), (3, 1, "[2, 3]"), (4, 1, "[2, 3]"), (5, 1, "[4, 3]")]
    tooltips = [markdown(h.tooltip) for h in await resolved(client, hints)]
    assert all("`float32` · `cpu`" in t and "checked on cpu" in t for t in tooltips)
    close_document(client, uri)


async def test_dataloader_workers_start_no_process(client: LanguageClient, trap: Trap):
    pid = server_pid(client)
    assert children_of(pid) == set()
    text, hints, _ = await open_hostile(client, "dataloader_workers.py", trap)
    assert (position_of(text, "logits =").line, 10, "[32, 2]") in hints
    await asyncio.sleep(1.0)
    assert children_of(pid) == set()
    trap.assert_untouched(pid)


# -- a workspace that shadows the server's imports ----------------------------------------------------
SHADOWED = ["torch", "numpy", "typing_extensions", "sympy", "attrs", "cattrs", "lsprotocol", "pygls", "jedi"]


@contextlib.asynccontextmanager
async def server_in(workspace: Path) -> AsyncIterator[EditorClient]:
    """A server started from `workspace` with it as its root, as an editor that opens the folder does."""
    client = EditorClient()
    await client.start_io(*SERVER_ARGV, cwd=str(workspace), env=SERVER_ENV)
    try:
        await asyncio.wait_for(start(client, options=OPTIONS, root=workspace), 60)
        yield client
    finally:
        try:
            await shutdown(client)
        finally:
            await client.stop()


def shadow_workspace(root: Path, sentinel: Path, modules: list[str]) -> Path:
    root.mkdir()
    for module in modules:
        (root / f"{module}.py").write_text(
            f"open({str(sentinel)!r}, 'a').write({module!r} + ' imported\\n')\n__version__ = '0.0-shadow'\n"
        )
    (root / "train.py").write_text("import torch\nx = torch.zeros(2, 3)\ny = torch.cat([x, x])\n")
    return root


async def test_workspace_modules_do_not_shadow_the_servers_imports(tmp_path: Path):
    import torch

    sentinel = tmp_path / "SHADOW_IMPORTED"
    workspace = shadow_workspace(tmp_path / "workspace", sentinel, SHADOWED)
    async with server_in(workspace) as client:
        status = await wait_until_ready(client)
        assert status["state"] == "ready"
        assert status["torchVersion"] == torch.__version__
        text = (workspace / "train.py").read_text()
        uri = (workspace / "train.py").as_uri()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
            )
        )
        assert labels(await inlay_hints(client, uri)) == [(1, 1, "[2, 3]"), (2, 1, "[4, 3]")]
        hover = await hover_text(client, uri, position_of(text, "cat"))
        assert hover is not None and "**`torch.cat`**" in hover
        completion = await client.text_document_completion_async(
            types.CompletionParams(
                text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line=2, character=10)
            )
        )
        assert completion is not None
    assert not sentinel.exists(), f"the server imported the workspace's modules: {sentinel.read_text()}"


def test_jupyter_launch_command_does_not_run_a_workspace_torch_lsp(tmp_path: Path):
    """jupyter-lsp starts `argv` from the notebook folder: a `torch_lsp.py` there must not run."""
    import subprocess

    from torch_lsp.jupyter import spec

    sentinel = tmp_path / "SHADOW_IMPORTED"
    workspace = shadow_workspace(tmp_path / "workspace", sentinel, ["torch", "torch_lsp"])
    argv = spec(None)["torch-lsp"]["argv"]
    # No client: stdin is closed, so a real server exits at once; a shadow module runs at start-up.
    subprocess.run(
        limited(*argv),
        cwd=workspace,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=SERVER_ENV,
        timeout=60,
        check=False,
    )
    assert not sentinel.exists(), f"launching {argv} from the workspace ran: {sentinel.read_text()!r}"


# -- constant folding that grows without bound: in a server of their own, the peak RSS reset before each -------
MEMORY_BOMBS = [
    "growth_string_doubling.py",
    "growth_repeat_chain.py",
    "growth_percent_format.py",
    "growth_sequence_doubling.py",
]


bomb_client = client_for(options=OPTIONS, command=SERVER_ARGV, env=SERVER_ENV, prepare=warm_up)
fresh_client = client_for(options=OPTIONS, command=SERVER_ARGV, env=SERVER_ENV, prepare=warm_up, scope="function")


@pytest.mark.parametrize("name", MEMORY_BOMBS)
async def test_constant_folding_is_bounded_in_memory(bomb_client: LanguageClient, trap: Trap, name: str):
    pid = server_pid(bomb_client)
    reset_peak(pid)
    rss_before = memory_kb(pid, "VmRSS")
    text, hints, _ = await open_hostile(bomb_client, name, trap)
    grown_mb = (memory_kb(pid, "VmHWM") - rss_before) / 1024
    assert (position_of(text, "before =").line, 6, "[3]") in hints
    assert grown_mb < 256, f"{name}: the server's peak RSS grew by {grown_mb:.0f} MB folding constants"
    await assert_responsive(bomb_client)


async def test_constant_folding_is_bounded_in_time(fresh_client: LanguageClient, trap: Trap):
    """One statement of big-integer squarings: the server must stay responsive (the GIL must not be held)."""
    text = render("cpu_int_squaring.py", **trap.values())
    uri = open_document(fresh_client, text, name="hostile_cpu_int_squaring.py")
    await asyncio.sleep(1.0)
    await assert_responsive(fresh_client, limit=5.0)
    hints, _ = await within(
        fresh_client, inlay_hints(fresh_client, uri), ANALYSIS_LIMIT_S, "hints of cpu_int_squaring.py"
    )
    assert (position_of(text, "before =").line, 6, "[3]") in labels(hints)
