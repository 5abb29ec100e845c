"""Load torch in the background and pick the active device, so the server answers at once."""

from __future__ import annotations

import gc
import threading
import types
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from .gc_policy import freeze_loaded

LOADING, READY, ERROR = "loading", "ready", "error"
# How long background work (analyses, completion, code actions) waits for torch to load.
TORCH_WAIT_S = 60.0


@dataclass(frozen=True)
class RuntimeStatus:
    """What the client's status bar shows."""

    state: str
    torch_version: str | None = None
    device: str | None = None
    message: str | None = None


class TorchRuntime:
    """Imports torch once, off the request path; features ask `torch()` and get None while it loads."""

    def __init__(self, device_setting: str = "auto") -> None:
        self._device_setting = device_setting
        self._torch: ModuleType | None = None
        self._status = RuntimeStatus(LOADING)
        self._ready = threading.Event()
        self._listeners: list[Callable[[RuntimeStatus], None]] = []
        self._lock = threading.Lock()
        self._symbolic_lock = threading.Lock()
        self._symbolic_ready = False

    @property
    def status(self) -> RuntimeStatus:
        """The current loading state, version and device."""
        return self._status

    def torch(self) -> ModuleType | None:
        """The torch module once loaded, else None (never blocks)."""
        return self._torch if self._ready.is_set() else None

    def wait(self, timeout: float | None = TORCH_WAIT_S) -> ModuleType | None:
        """Block until torch is loaded (or failed), at most `timeout` seconds; for background work only."""
        self._ready.wait(timeout)
        return self.torch()

    @property
    def symbolic_ready(self) -> bool:
        """Whether torch's symbolic-shape machinery is loaded (see `load_symbolic`)."""
        return self._symbolic_ready

    def load_symbolic(self) -> None:
        """Load torch's symbolic-shape machinery (once; blocks). The scheduler does it once the first
        analyses, which run without it, are done: the first hints do not wait for it."""
        from .analysis.symbols import prepare

        with self._symbolic_lock:
            if not self._symbolic_ready:
                prepare()
                freeze_loaded()
                self._symbolic_ready = True

    def on_change(self, listener: Callable[[RuntimeStatus], None]) -> None:
        """Call `listener` whenever the status changes."""
        self._listeners.append(listener)

    def start(self) -> None:
        """Start importing torch in a daemon thread."""
        threading.Thread(target=self._load, name="torch-import", daemon=True).start()

    def set_device(self, setting: str) -> None:
        """Switch the active device (from the `torchLsp.device` setting)."""
        self._device_setting = setting
        if self._torch is not None:
            self._publish(self._describe(self._torch))

    def _load(self) -> None:
        try:
            import torch

            torch.set_num_threads(1)
            _skip_dynamo_disable_wrappers(torch)
            _warm_up(torch)
            freeze_loaded()
            self._torch = torch
            status = self._describe(torch)
        except Exception as error:  # noqa: BLE001 any failure importing torch is reported in the status, the server keeps running
            status = RuntimeStatus(ERROR, message=f"torch could not be imported: {error}")
        self._ready.set()
        self._publish(status)

    def _describe(self, torch: ModuleType) -> RuntimeStatus:
        from .device import resolve_device

        try:
            device = resolve_device(self._device_setting)
            return RuntimeStatus(READY, torch.__version__, device)
        except ValueError as error:
            return RuntimeStatus(READY, torch.__version__, "cpu", f"{error}; using cpu")

    def _publish(self, status: RuntimeStatus) -> None:
        with self._lock:
            self._status = status
        for listener in self._listeners:
            listener(status)


def _skip_dynamo_disable_wrappers(torch: ModuleType) -> None:
    """Keep torch's meta kernels from importing torch._dynamo on their first call.

    About 300 of torch's Python decompositions are wrapped by `torch._compile._disable_dynamo`, whose
    first call imports the whole of torch._dynamo (over a second) only to turn the compiler off around
    the function; the wrapper caches the result in the function's `__dynamo_disable` attribute. The
    server never compiles, so the function itself is the right cache value. If torch changes this
    mechanism, nothing is found and torch behaves as before.
    """
    marker = getattr(getattr(torch, "_compile", None), "_disable_dynamo", None)
    if marker is None:
        return
    import torch._decomp
    import torch._refs.nn.functional

    code = marker(lambda: None).__code__
    if "fn" not in code.co_freevars:
        return
    cell = code.co_freevars.index("fn")
    for obj in gc.get_referrers(code):  # the wrappers: their code is the marker's (a third of a full scan's time)
        if type(obj) is types.FunctionType and obj.__code__ is code and obj.__closure__ is not None:
            wrapped = obj.__closure__[cell].cell_contents
            if getattr(wrapped, "__dynamo_disable", None) is None:
                wrapped.__dynamo_disable = wrapped


def _warm_up(torch: ModuleType) -> None:
    """Run one of each kind of meta computation, so torch's lazy imports are not paid by the first analysis."""
    import torch.nn.functional as F

    with torch.device("meta"):
        x = torch.empty(2, 3, 8, 8)
        conv = torch.nn.Conv2d(3, 4, 3)
        y = F.max_pool2d(F.relu(conv(x)), 2).flatten(1)
        torch.cat([y, y]).view(-1).sum(dim=0).softmax(dim=0)
        z = torch.empty(2, 3).permute(1, 0).reshape(6)[None, :3]
        (z * 0.5 + 1) @ torch.empty(3, 2)
