"""The language server: registers LSP features and delegates to the feature modules."""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs
from lsprotocol import types
from pygls.exceptions import JsonRpcInternalError
from pygls.lsp.server import LanguageServer

from . import __version__
from .analysis.engine import Analysis
from .analysis.workspace import Project
from .documents import LspWorkspace, Unit, file_path, unit_for
from .features.code_actions import quick_fixes
from .features.completion import completions, resolve_completion, warm_up
from .features.context import Target, locate, prepare, resolve_target
from .features.definition import definition
from .features.diagnostics import SOURCE, diagnostics
from .features.doc_examples import cached_doc_example, doc_example, docstring_steps
from .features.hover import hover_markdown, issue_at, knowledge_for
from .features.inlay_hints import HintView, hint_views, inlay_hints, requested_lines, resolve_tooltip
from .features.jedi_names import JediNames
from .features.signature_help import signature_help
from .hint_snapshots import HintSnapshots, engine_fingerprint
from .i18n import t
from .indexer import WorkspaceIndexer
from .knowledge.checked import CheckedExamples, named_in
from .knowledge.loader import load
from .knowledge.lookup import EntryIndex
from .runtime import ERROR, LOADING, RuntimeStatus, TorchRuntime
from .scheduler import AnalysisScheduler
from .settings import Settings, merge_settings, resolve_language

if TYPE_CHECKING:
    from pygls.server import ServerErrors

STATUS_NOTIFICATION = "torchLsp/status"
VERIFY_COMMAND = "torch-lsp.verify"
STATUS_COMMAND = "torch-lsp.status"
DEVICES_COMMAND = "torch-lsp.devices"
_HINT_WAIT_S = 10.0
_VALUE_WAIT_S = 2.0
_DOC_EXAMPLE_WAIT_S = 0.5
_PROGRESS_TOKEN = "torch-lsp/loading-torch"
_INDEX_TOKEN = "workspace-index"
_WATCH_ID = "torch-lsp/watch-python-files"
_WATCHED = ("**/*.py", "**/*.ipynb")


@attrs.define
class StatusParams:
    """Payload of the `torchLsp/status` notification (drives the client's status bar)."""

    state: str
    torch_version: str | None = None
    device: str | None = None
    message: str | None = None
    symbolic_shapes: bool = False


class TorchLanguageServer(LanguageServer):
    """The torch-lsp server: state shared by the features."""

    def __init__(self) -> None:
        super().__init__(
            "torch-lsp",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            notebook_document_sync=types.NotebookDocumentSyncOptions(
                notebook_selector=[
                    types.NotebookDocumentFilterWithCells(
                        cells=[types.NotebookCellLanguage(language="python")], notebook="*"
                    )
                ],
                save=True,
            ),
        )
        self.settings = Settings()
        self.locale: str | None = None
        self.runtime = TorchRuntime()
        # before torch's import starts: a thread beside it would slow it down (one GIL), and with the
        # cache the knowledge base loads in ~35 ms; so does reading the package's files for the fingerprint
        self.index = EntryIndex(load())
        self.snapshots = HintSnapshots(engine_fingerprint())
        self.runtime.on_change(self.status_changed)
        self.runtime.start()  # before `initialize` arrives: importing torch takes seconds
        self.checked = CheckedExamples()
        self.names = JediNames(lambda: self.workspace.root_path)  # jedi: its own worker thread, started lazily
        self.project = Project()
        self.scheduler = AnalysisScheduler(
            self.runtime,
            lambda: self.settings,
            self._analysed,
            lambda unit: (self.project, file_path(unit.key)),
            self._when_idle,
        )
        self._last_source = ""  # the last analysed unit's source, whose hovers the idle analysis thread prepares
        # by unit: the latest complete analysis whose hints the idle analysis thread has not kept on disk yet
        self._unsaved_hints: dict[str, tuple[str, Unit, Settings, Analysis]] = {}
        self.indexer = WorkspaceIndexer(self.project, self._index_waits, self._files_changed, self._index_progress)
        self.doc_checks: dict[str, asyncio.Future] = {}  # docstring examples being checked, by API
        self._loop: asyncio.AbstractEventLoop | None = None
        self._progress_open = False
        self._index_percent: int | None = None
        self.closing = False  # the client sent `shutdown` or `exit`

    @property
    def language(self) -> str:
        """'zh' or 'en' for every user-facing text."""
        return resolve_language(self.settings.language, self.locale)

    def log(self, message: str, kind: types.MessageType = types.MessageType.Log) -> None:
        """Write to the client's output channel (never to stdout)."""
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def report_server_error(self, error: Exception, source: ServerErrors) -> None:
        """Show unexpected errors to the user, except a failure to send: showing it sends again, and once the
        client has closed the connection (after `exit`) each attempt fails and reports itself, recursively."""
        if source is not JsonRpcInternalError:  # pygls's source for a message that could not be written
            super().report_server_error(error, source)

    def unit(self, uri: str) -> Unit | None:
        """The analysis unit of a document or notebook cell."""
        return unit_for(self.workspace, uri)

    def reanalyse(self, uri: str) -> None:
        """Schedule analysis of the unit containing `uri`."""
        unit = self.unit(uri)
        if unit is not None:
            self.scheduler.schedule(unit)

    def is_notebook(self, unit: Unit) -> bool:
        """Whether `unit` is a notebook's cells (not a text document)."""
        return self.workspace.get_notebook_document(notebook_uri=unit.key) is not None

    def edited(self, uri: str, closed: bool = False) -> None:
        """A document was opened, edited or closed: analyse it, and let the project see its current text
        (the files that import it or that it imports are analysed again once the index has it)."""
        unit = None if closed else self.unit(uri)
        if unit is not None:
            self.scheduler.schedule(unit)
        path = file_path(unit.key if unit is not None else uri)
        if path is None:
            return
        if unit is not None:
            self.project.overlay[path] = unit.source
        else:
            self.project.overlay.pop(path, None)
        self.indexer.touch(path)

    def open_units(self) -> list[Unit]:
        """Every open file and notebook, once each."""
        units: dict[str, Unit] = {}
        for uri in list(self.workspace.text_documents):
            unit = self.unit(uri)
            if unit is not None:
                units.setdefault(unit.key, unit)
        return list(units.values())

    def _index_waits(self) -> bool:
        """(From the index thread.) Whether indexing waits: while torch loads and while an analysis is pending, the
        open files' first hints come first (on a small CPU the index would take the interpreter lock from both)."""
        return self.runtime.status.state == LOADING or self.scheduler.busy()

    def _files_changed(self, paths: set[str]) -> None:
        """(From the index thread.) Files' texts changed: analyse again the open units they affect."""
        self._from_thread(self._reanalyse_affected, paths)

    def _reanalyse_affected(self, paths: set[str]) -> None:
        for unit in self.open_units():
            analysis = self.scheduler.latest(unit.key)
            path = file_path(unit.key)
            if analysis is not None and path is not None and self.project.affects(paths, path, analysis.sources):
                self.scheduler.invalidate(unit)

    def _index_progress(self, done: int, total: int) -> None:
        """(From the index thread.) Report indexing with `$/progress`."""
        self._from_thread(self._report_index, done, total)

    def _report_index(self, done: int, total: int) -> None:
        if self._index_percent is None:
            return
        if done >= total:
            self._index_percent = None
            self.work_done_progress.end(
                _INDEX_TOKEN, types.WorkDoneProgressEnd(message=t("indexed", self.language, count=total))
            )
            return
        percent = done * 100 // total
        if percent > self._index_percent:
            self._index_percent = percent
            self.work_done_progress.report(
                _INDEX_TOKEN, types.WorkDoneProgressReport(message=f"{done}/{total}", percentage=percent)
            )

    def start_indexing(self) -> None:
        """Index the workspace in the background, with `$/progress` when the client supports it, and ask the
        client to report changes to Python files and notebooks when it can register watchers dynamically."""
        window = self.client_capabilities.window
        if window and window.work_done_progress:

            def created(*_: Any) -> None:
                self.work_done_progress.begin(
                    _INDEX_TOKEN,
                    types.WorkDoneProgressBegin(
                        title="torch-lsp", message=t("indexing", self.language), percentage=0, cancellable=False
                    ),
                )
                self._index_percent = 0

            self.work_done_progress.create(_INDEX_TOKEN, created)
        workspace = self.client_capabilities.workspace
        watched = workspace.did_change_watched_files if workspace else None
        if watched and watched.dynamic_registration:
            options = types.DidChangeWatchedFilesRegistrationOptions(
                watchers=[types.FileSystemWatcher(glob_pattern=pattern) for pattern in _WATCHED]
            )
            self.client_register_capability(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id=_WATCH_ID, method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
                        )
                    ]
                )
            )
        self.indexer.start()

    @property
    def pulls_diagnostics(self) -> bool:
        """Whether the client asks for diagnostics (LSP 3.17 pull) instead of receiving them."""
        text = self.client_capabilities.text_document
        return bool(text and text.diagnostic)

    @property
    def resolves_hint_tooltips(self) -> bool:
        """Whether the client fetches inlay-hint tooltips with `inlayHint/resolve` (VS Code does)."""
        text = self.client_capabilities.text_document
        support = text and text.inlay_hint and text.inlay_hint.resolve_support
        return bool(support and "tooltip" in support.properties)

    def document_diagnostics(self, unit: Unit, analysis: Analysis, uri: str) -> list[types.Diagnostic]:
        """The diagnostics of one member document of an analysed unit."""
        span = unit.span_of(uri)
        if span is None:
            return []
        document = self.workspace.get_text_document(uri)
        lines = [line.rstrip("\r\n") for line in document.lines]
        codec = document.position_codec

        def encode(line: int, column: int) -> types.Position:
            return codec.position_to_client_units(document.lines, types.Position(line=line, character=column))

        return diagnostics(analysis, span, uri, lines, self.language, encode)

    def _analysed(self, unit: Unit, analysis: Analysis) -> None:
        self.log(
            f"analysed {unit.key}: {analysis.line_count} lines in {analysis.duration_s * 1000:.0f} ms, "
            f"{len(analysis.hints())} shapes"
            + ("" if analysis.resumed_from is None else f" (resumed at line {analysis.resumed_from + 1})")
            + ("" if analysis.completed else " (stopped early)")
            + (" (symbolic sizes still loading)" if analysis.deferred else ""),
            types.MessageType.Log,  # once per edit: the lowest level, below Info
        )
        workspace = self.client_capabilities.workspace
        if workspace and workspace.inlay_hint and workspace.inlay_hint.refresh_support:
            self.workspace_inlay_hint_refresh(None)
        pulled = bool(
            self.pulls_diagnostics and workspace and workspace.diagnostics and workspace.diagnostics.refresh_support
        )
        if pulled:
            self.workspace_diagnostic_refresh(None)
        warm_up(self)  # the completion index, once: after the first hints, which it would slow down
        self._last_source = unit.source
        torch = self.runtime.torch()
        if torch is not None:  # before anything else queued there: the next request on this source needs it
            self.scheduler.submit(functools.partial(prepare, unit.source, torch))
        path = file_path(unit.key)
        if path is not None and analysis.completed and not analysis.deferred and not analysis.internal_errors:
            self._unsaved_hints[unit.key] = (path, unit, self.settings, analysis)
        # VS Code pulls only for documents shown in tabs: notebook cells get theirs pushed
        if pulled and not self.is_notebook(unit):
            return
        for span in unit.spans:
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=span.uri, diagnostics=self.document_diagnostics(unit, analysis, span.uri)
                )
            )

    def snapshot_hints(self, unit: Unit) -> list[HintView] | None:
        """The hints kept on disk for this exact text of a unit never analysed in this session (see
        hint_snapshots): shown while its first analysis waits for torch."""
        path = file_path(unit.key)
        if path is None or self.scheduler.latest(unit.key) is not None:
            return None
        return self.snapshots.load(path, unit, self.settings, self.project.source)

    def _when_idle(self) -> None:
        """In the analysis thread, once it is idle: keep the latest complete analyses' hints on disk (see
        hint_snapshots), then check the examples the last analysed unit's hovers will show, so that a first hover
        costs what the next ones do."""
        while self._unsaved_hints:
            path, unit, settings, analysis = self._unsaved_hints.popitem()[1]
            self.snapshots.store(path, unit, settings, list(hint_views(analysis)), analysis.sources)
        device = self.runtime.status.device
        if device is not None:
            named = named_in(self._last_source, self.index.kb.entries)
            self.checked.check_ahead(named, device, lambda: not self.scheduler.idle)

    def begin_loading_progress(self) -> None:
        """Show `$/progress` while torch loads, if the client supports it."""
        window = self.client_capabilities.window
        if not (window and window.work_done_progress) or self.runtime.status.state != LOADING:
            return

        def created(*_: Any) -> None:
            self.work_done_progress.begin(
                _PROGRESS_TOKEN,
                types.WorkDoneProgressBegin(
                    title="torch-lsp", message=t("loading_torch", self.language), cancellable=False
                ),
            )
            self._progress_open = True
            if self.runtime.status.state != LOADING:
                self._end_loading_progress()

        self.work_done_progress.create(_PROGRESS_TOKEN, created)

    def _end_loading_progress(self) -> None:
        if self._progress_open:
            self._progress_open = False
            status = self.runtime.status
            self.work_done_progress.end(
                _PROGRESS_TOKEN,
                types.WorkDoneProgressEnd(
                    message=status.message
                    or t("torch_loaded", self.language, version=status.torch_version, device=status.device)
                ),
            )

    def status_changed(self, status: RuntimeStatus) -> None:
        """Forward torch's loading status to the client (thread-safe)."""
        self._from_thread(self._send_status, status)

    def _from_thread(self, callback: Callable[..., None], *args: Any) -> None:
        """Run `callback` on the event loop from another thread; dropped once the loop has closed (shutdown)."""
        loop = self._loop
        if loop is None:
            return
        try:
            loop.call_soon_threadsafe(self._unless_closing, callback, *args)
        except RuntimeError:  # the loop closed while the thread was finishing its work
            if not loop.is_closed():
                raise

    def _unless_closing(self, callback: Callable[..., None], *args: Any) -> None:
        """Run `callback` unless the client has asked the server to shut down or exit: what it would send could
        reach a closed output."""
        if not self.closing:
            callback(*args)

    def _send_status(self, status: RuntimeStatus) -> None:
        self.protocol.notify(
            STATUS_NOTIFICATION,
            StatusParams(
                status.state, status.torch_version, status.device, status.message, self.runtime.symbolic_ready
            ),
        )
        if status.state != LOADING:
            self._end_loading_progress()
        if status.state == ERROR:
            self.log(status.message or "torch is unavailable", types.MessageType.Warning)
        elif status.state != LOADING:
            self.log(
                t("torch_loaded", self.language, version=status.torch_version, device=status.device),
                types.MessageType.Info,
            )
            for key in list(self.workspace.text_documents):
                self.reanalyse(key)
            if self.scheduler.idle:  # else once the open files' first hints are out (`_analysed`)
                warm_up(self)
            self.scheduler.when_idle()


def create_server() -> TorchLanguageServer:
    """Build the server with every feature registered."""
    server = TorchLanguageServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: TorchLanguageServer, params: types.InitializeParams) -> None:
        ls.workspace.__class__ = LspWorkspace
        ls.locale = params.locale
        ls.settings = merge_settings(ls.settings, params.initialization_options)
        ls.runtime.set_device(ls.settings.device)
        ls._loop = asyncio.get_event_loop()
        folders = [folder.uri for folder in params.workspace_folders or ()] or [params.root_uri or ""]
        ls.project.roots = [path for path in map(file_path, folders) if path is not None]

    @server.feature(types.INITIALIZED)
    def initialized(ls: TorchLanguageServer, params: types.InitializedParams) -> None:
        ls._send_status(ls.runtime.status)
        ls.begin_loading_progress()
        ls.start_indexing()

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: TorchLanguageServer, params: None) -> None:
        ls.closing = True

    @server.feature(types.EXIT)
    def exit_notification(ls: TorchLanguageServer, params: None) -> None:
        ls.closing = True

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(ls: TorchLanguageServer, params: types.DidChangeConfigurationParams) -> None:
        ls.settings = merge_settings(ls.settings, params.settings)
        ls.runtime.set_device(ls.settings.device)
        for key in list(ls.workspace.text_documents):
            ls.reanalyse(key)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: TorchLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.edited(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: TorchLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.edited(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: TorchLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.scheduler.forget(params.text_document.uri)
        ls.edited(params.text_document.uri, closed=True)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_OPEN)
    def notebook_did_open(ls: TorchLanguageServer, params: types.DidOpenNotebookDocumentParams) -> None:
        if params.cell_text_documents:
            ls.edited(params.cell_text_documents[0].uri)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def notebook_did_change(ls: TorchLanguageServer, params: types.DidChangeNotebookDocumentParams) -> None:
        notebook = ls.workspace.get_notebook_document(notebook_uri=params.notebook_document.uri)
        if notebook is not None and notebook.cells:
            ls.edited(notebook.cells[0].document)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def notebook_did_close(ls: TorchLanguageServer, params: types.DidCloseNotebookDocumentParams) -> None:
        ls.scheduler.forget(params.notebook_document.uri)
        ls.edited(params.notebook_document.uri, closed=True)

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: TorchLanguageServer, params: types.DidChangeWatchedFilesParams) -> None:
        for change in params.changes:
            path = file_path(change.uri)
            if path is not None:
                ls.indexer.touch(path)

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: TorchLanguageServer, params: types.HoverParams) -> types.Hover | None:
        return await _hover(ls, params)

    @server.feature(types.TEXT_DOCUMENT_INLAY_HINT, types.InlayHintOptions(resolve_provider=True))
    async def inlay_hint(ls: TorchLanguageServer, params: types.InlayHintParams) -> list[types.InlayHint]:
        unit = ls.unit(params.text_document.uri)
        span = unit.span_of(params.text_document.uri) if unit is not None else None
        if unit is None or span is None:
            return []
        views: Iterable[HintView] | None = ls.snapshot_hints(unit)
        from_snapshot = views is not None
        if views is None:
            analysis = await ls.scheduler.current(unit, _HINT_WAIT_S)
            if analysis is None:
                return []
            views = hint_views(analysis, *requested_lines(span, params.range))
        document = ls.workspace.get_text_document(params.text_document.uri)
        lines = document.lines
        codec = document.position_codec

        def encode(line: int, column: int) -> types.Position:
            return codec.position_to_client_units(lines, types.Position(line=line, character=column))

        return inlay_hints(
            views,
            span,
            [line.rstrip("\r\n") for line in lines],
            params.range,
            ls.settings,
            ls.language,
            encode,
            params.text_document.uri if ls.resolves_hint_tooltips else None,
            from_snapshot,
        )

    @server.feature(types.INLAY_HINT_RESOLVE)
    def inlay_hint_resolve(ls: TorchLanguageServer, hint: types.InlayHint) -> types.InlayHint:
        unit = ls.unit(hint.data[0]) if isinstance(hint.data, list) and len(hint.data) == 3 else None
        analysis = ls.scheduler.latest(unit.key) if unit is not None else None
        if analysis is None:
            return hint
        return resolve_tooltip(hint, analysis, ls.settings, ls.language)

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=[".", "(", ",", "=", " "], resolve_provider=True),
    )
    async def completion(ls: TorchLanguageServer, params: types.CompletionParams) -> types.CompletionList | None:
        return await completions(ls, params)

    @server.feature(types.COMPLETION_ITEM_RESOLVE)
    def completion_resolve(ls: TorchLanguageServer, item: types.CompletionItem) -> types.CompletionItem:
        return resolve_completion(ls, item)

    @server.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(identifier=SOURCE, inter_file_dependencies=False, workspace_diagnostics=False),
    )
    async def pull_diagnostics(
        ls: TorchLanguageServer, params: types.DocumentDiagnosticParams
    ) -> types.RelatedFullDocumentDiagnosticReport:
        unit = ls.unit(params.text_document.uri)
        if unit is not None and ls.runtime.torch() is None:
            await asyncio.get_running_loop().run_in_executor(None, ls.runtime.wait)
        if unit is None or ls.is_notebook(unit):  # a cell's diagnostics are pushed
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        analysis = await ls.scheduler.current(unit, _HINT_WAIT_S)
        items = ls.document_diagnostics(unit, analysis, params.text_document.uri) if analysis is not None else []
        return types.RelatedFullDocumentDiagnosticReport(items=items)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix])
    )
    async def code_action(ls: TorchLanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        unit = ls.unit(params.text_document.uri)
        analysis = await ls.scheduler.current(unit, _HINT_WAIT_S) if unit is not None else None
        if unit is None or analysis is None:
            return []

        def encode(uri: str, line: int, column: int) -> types.Position:
            document = ls.workspace.get_text_document(uri)
            return document.position_codec.position_to_client_units(
                document.lines, types.Position(line=line, character=column)
            )

        return quick_fixes(analysis, unit, params.text_document.uri, params.range, params.context, ls.language, encode)

    # -- jedi-backed navigation and signature help ----------------------------------------------------
    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    async def goto_definition(ls: TorchLanguageServer, params: types.DefinitionParams) -> list[types.Location] | None:
        return await definition(ls, params)

    @server.feature(
        types.TEXT_DOCUMENT_SIGNATURE_HELP,
        types.SignatureHelpOptions(trigger_characters=["(", ","], retrigger_characters=[")"]),
    )
    async def signature(ls: TorchLanguageServer, params: types.SignatureHelpParams) -> types.SignatureHelp | None:
        return await signature_help(ls, params)

    @server.command(VERIFY_COMMAND)
    async def verify(ls: TorchLanguageServer, *args: Any) -> str:
        from .knowledge.report import render_report

        torch = await asyncio.get_running_loop().run_in_executor(None, ls.runtime.wait)
        if torch is None:
            return ls.runtime.status.message or "torch is unavailable"
        device = ls.runtime.status.device or "cpu"
        return await asyncio.get_running_loop().run_in_executor(
            None, lambda: render_report(ls.index.kb, device, ls.language)
        )

    @server.command(DEVICES_COMMAND)
    async def devices(ls: TorchLanguageServer, *args: Any) -> list[str]:
        from .device import available_devices

        torch = await asyncio.get_running_loop().run_in_executor(None, ls.runtime.wait)
        return available_devices() if torch is not None else []

    @server.command(STATUS_COMMAND)
    def status(ls: TorchLanguageServer, *args: Any) -> StatusParams:
        current = ls.runtime.status
        return StatusParams(
            current.state, current.torch_version, current.device, current.message, ls.runtime.symbolic_ready
        )

    return server


async def _check_doc_example(ls: TorchLanguageServer, target: Target, torch: Any) -> None:
    """Check the docstring example of a torch API outside the knowledge base, once, in the analysis thread;
    the hover waits for it only when no analysis is queued before it."""
    device = ls.runtime.status.device
    if torch is None or device is None or target.qualname is None or target.variable is not None:
        return
    if knowledge_for(target.qualname, torch, ls.index)[0] is not None or cached_doc_example(target.qualname, device)[0]:
        return
    pending = ls.doc_checks.get(target.qualname)
    if (pending is not None and not pending.done()) or not docstring_steps(target.qualname, torch):
        return
    work = functools.partial(doc_example, target.qualname, torch, device, ls.settings.probe_max_elements)
    checking = ls.doc_checks[target.qualname] = asyncio.ensure_future(ls.scheduler.in_worker(work))
    if ls.scheduler.idle:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(checking), _DOC_EXAMPLE_WAIT_S)


async def _hover(ls: TorchLanguageServer, params: types.HoverParams) -> types.Hover | None:
    place = locate(ls.workspace, params.text_document.uri, params.position)
    if place is None:
        return None
    unit = place.unit
    line_text = place.lines[place.line].rstrip("\r\n")
    analysis = ls.scheduler.latest(unit.key) if ls.scheduler.is_current(unit) else None
    torch = ls.runtime.torch()
    target = resolve_target(unit, line_text, place.character, place.unit_line, analysis, torch)
    if (target is None or target.owners) and analysis is None and torch is not None:
        analysis = await ls.scheduler.current(unit, _VALUE_WAIT_S)
        target = resolve_target(unit, line_text, place.character, place.unit_line, analysis, torch)
    if target is None:
        return None
    await _check_doc_example(ls, target, torch)
    compact = issue_at(analysis, place.unit_line, place.character)
    markdown = hover_markdown(
        target, ls.language, torch, ls.runtime.status.device, ls.index, ls.checked, analysis, compact
    )
    if markdown is None:
        return None
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=markdown),
        range=types.Range(
            start=place.client_position(place.line, target.start), end=place.client_position(place.line, target.end)
        ),
    )
