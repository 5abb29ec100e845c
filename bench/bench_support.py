"""What the benchmarks share: a client that answers the servers like an editor, and percentiles."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lsprotocol import types
from pygls.lsp.client import LanguageClient


def make_client(name: str, on_progress: Callable[[Any, Any], None] | None = None) -> LanguageClient:
    """A client that answers what the servers ask of an editor (progress, status, logs, diagnostics, watcher
    registrations, hint refreshes); `on_progress(token, value)` sees every `$/progress`."""
    client = LanguageClient(name, "1")

    @client.feature(types.WINDOW_WORK_DONE_PROGRESS_CREATE)
    def create_progress(params: types.WorkDoneProgressCreateParams) -> None:
        return None

    @client.feature(types.PROGRESS)
    def progress(params: types.ProgressParams) -> None:
        if on_progress is not None:
            on_progress(params.token, params.value)

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        return None

    @client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
    def refresh(params: None) -> None:
        return None

    @client.feature("torchLsp/status")
    def status(params: object) -> None:
        return None

    @client.feature(types.WINDOW_LOG_MESSAGE)
    def log(params: types.LogMessageParams) -> None:
        return None

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: types.PublishDiagnosticsParams) -> None:
        return None

    return client


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile of `values`."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]
