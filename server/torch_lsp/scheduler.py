"""Run analyses off the event loop: debounced, one at a time, superseded by newer edits."""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .analysis.engine import Analysis, analyse
from .analysis.internal_errors import exit_if_strict
from .documents import Unit
from .gc_policy import collect_if_due
from .runtime import TorchRuntime
from .settings import Settings

DEBOUNCE_S = 0.05


@dataclass
class _Job:
    version: tuple
    task: asyncio.Task = field(init=False)
    analysed: asyncio.Event = field(default_factory=asyncio.Event)


class AnalysisScheduler:
    """Keeps the latest analysis of every unit and (re)computes it in a worker thread."""

    def __init__(
        self,
        runtime: TorchRuntime,
        settings: Callable[[], Settings],
        on_done: Callable[[Unit, Analysis], None],
        project: Callable[[Unit], tuple[Any, str | None]] = lambda unit: (None, None),
        on_idle: Callable[[], None] = lambda: None,
    ):
        self._runtime = runtime
        self._settings = settings
        self._on_done = on_done
        self._project = project  # the workspace a unit belongs to and its file (see analysis.workspace)
        self._on_idle = on_idle  # runs in the analysis thread whenever the analyses are done
        self._generations: dict[str, int] = {}  # bumped when files a unit's analysis read change
        self._executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="analysis")
        self._latest: dict[str, tuple[tuple, Analysis]] = {}
        self._jobs: dict[str, _Job] = {}
        self._wanted: dict[str, tuple] = {}

    def latest(self, key: str) -> Analysis | None:
        """The most recent finished analysis of a unit (possibly of an older version)."""
        found = self._latest.get(key)
        return found[1] if found else None

    def _version(self, unit: Unit) -> tuple:
        return (*unit.version, self._generations.get(unit.key, 0))

    def is_current(self, unit: Unit) -> bool:
        """Whether the latest analysis is of this exact version of the unit (and of the files it read)."""
        found = self._latest.get(unit.key)
        return found is not None and found[0] == self._version(unit)

    def busy(self) -> bool:
        """Whether an analysis is pending or running."""
        return any(job.task is not None and not job.task.done() for job in list(self._jobs.values()))

    def invalidate(self, unit: Unit) -> None:
        """Analyse `unit` again although its text did not change: files its analysis read did."""
        self._generations[unit.key] = self._generations.get(unit.key, 0) + 1
        self.schedule(unit)

    def schedule(self, unit: Unit) -> None:
        """Analyse `unit` soon; an older pending analysis of the same unit is cancelled."""
        version = self._version(unit)
        self._wanted[unit.key] = version
        job = self._jobs.get(unit.key)
        if job is not None and job.version == version and not job.task.done():
            return
        if job is not None and not job.task.done():
            job.task.cancel()
        job = self._jobs[unit.key] = _Job(version)
        job.task = asyncio.ensure_future(self._run(unit, job))
        job.task.add_done_callback(lambda _: self.when_idle())

    def forget(self, key: str) -> None:
        """Drop everything about a closed unit."""
        self._wanted.pop(key, None)
        self._latest.pop(key, None)
        self._generations.pop(key, None)
        job = self._jobs.pop(key, None)
        if job is not None:
            job.task.cancel()

    async def current(self, unit: Unit, timeout: float) -> Analysis | None:
        """The analysis of this version of `unit`, waiting up to `timeout` seconds for it."""
        if self.is_current(unit):
            return self.latest(unit.key)
        job = self._jobs.get(unit.key)
        if job is None or job.version != self._version(unit):
            self.schedule(unit)
            job = self._jobs[unit.key]
        try:
            await asyncio.wait_for(asyncio.shield(asyncio.ensure_future(self._first_result(job))), timeout)
        except (TimeoutError, asyncio.CancelledError):
            return None
        return self.latest(unit.key) if self.is_current(unit) else None

    @property
    def idle(self) -> bool:
        """Whether no analysis is running or waiting."""
        return all(job.task.done() for job in list(self._jobs.values()))

    async def in_worker(self, work: Callable[[], Any]) -> Any:
        """Run `work` in the analysis thread, after the analyses already queued (torch is not shared across
        threads)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)

    def submit(self, work: Callable[[], Any]) -> None:
        """Queue `work` in the analysis thread, after what is queued there, without waiting for it."""
        self._executor.submit(work)

    def when_idle(self) -> None:
        """Once no analysis is pending, do in the analysis thread what can wait: load torch's symbolic-shape
        machinery (over a second; first analyses run without it), the server's own idle work and a due garbage
        collection."""
        if self.idle:
            self._executor.submit(self._idle_work)

    def _idle_work(self) -> None:
        if self._runtime.torch() is not None:
            self._runtime.load_symbolic()
        self._on_idle()
        collect_if_due()

    @staticmethod
    async def _first_result(job: _Job) -> None:
        analysed = asyncio.ensure_future(job.analysed.wait())
        await asyncio.wait([analysed, job.task], return_when=asyncio.FIRST_COMPLETED)
        analysed.cancel()

    async def _run(self, unit: Unit, job: _Job) -> None:
        await asyncio.sleep(DEBOUNCE_S)
        loop = asyncio.get_running_loop()
        torch = self._runtime.torch() or await loop.run_in_executor(None, self._runtime.wait)
        if torch is None or self._wanted.get(unit.key) != job.version:
            return
        settings = self._settings()
        device = self._runtime.status.device
        project, path = self._project(unit)

        def cancelled() -> bool:
            return self._wanted.get(unit.key) != job.version

        while True:
            previous, symbolic = self.latest(unit.key), self._runtime.symbolic_ready
            try:
                analysis = await loop.run_in_executor(
                    self._executor,
                    functools.partial(
                        analyse,
                        unit.source,
                        torch,
                        device,
                        settings.probe_max_elements,
                        settings.analysis_budget_s,
                        cancelled,
                        unit.cell_lines,
                        previous,
                        symbolic,
                        project,
                        path,
                    ),
                )
            except Exception as error:
                exit_if_strict(error)
                raise
            if cancelled():
                return
            self._latest[unit.key] = (job.version, analysis)
            job.analysed.set()
            self._on_done(unit, analysis)
            if not analysis.deferred:
                return
            # first hints were shown without symbolic sizes; load the machinery, then analyse again
            await loop.run_in_executor(self._executor, self._runtime.load_symbolic)
            if cancelled():
                return
