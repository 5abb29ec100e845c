"""The workspace index, kept current in a background thread: built once at start, then one file at a time
as documents are edited and files change on disk. It waits while the server says so (torch loading, analyses
pending: the open files' hints come first), the listing of the workspace's files included."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

from .analysis.workspace import Project

_PAUSE_S = 0.02
_MAX_YIELD_S = 0.05


class WorkspaceIndexer:
    """Indexes `project` off the event loop; reports progress and the files whose text changed."""

    def __init__(
        self,
        project: Project,
        paused: Callable[[], bool],
        changed: Callable[[set[str]], None],
        progress: Callable[[int, int], None],
    ) -> None:
        self.project = project
        self._paused = paused
        self._changed = changed
        self._progress = progress
        self._queue: queue.SimpleQueue[str] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._work, name="workspace-index", daemon=True)
        self.built = threading.Event()
        self._resumed = time.perf_counter()

    def start(self) -> None:
        """Build the index in the background, then follow changes."""
        self._thread.start()

    def touch(self, path: str) -> None:
        """Re-index `path` soon (created, edited, saved or deleted)."""
        self._queue.put(path)

    def _wait_while_paused(self) -> None:
        """Sleep as long as the last file took (the thread holds the interpreter lock at most half the time, so
        requests on the event loop get it at once), then wait while an analysis is pending."""
        time.sleep(min(time.perf_counter() - self._resumed, _MAX_YIELD_S))
        while self._paused():
            time.sleep(_PAUSE_S)
        self._resumed = time.perf_counter()

    def _work(self) -> None:
        self._wait_while_paused()  # before listing the workspace's files, which is work too
        self.project.build(self._wait_while_paused, self._progress)
        self.built.set()
        self._changed(set(self.project.entries))
        while True:
            paths = {self._queue.get()}
            self._wait_while_paused()
            while not self._queue.empty():
                paths.add(self._queue.get())
            changed = {path for path in sorted(paths) if self.project.update(path)}
            if changed:
                self._changed(changed)
