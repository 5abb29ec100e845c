"""Helpers shared by the protocol tests: start the server as an editor would and talk to it."""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import IO, Any, Literal

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import register_lsp_features

COMMAND = [sys.executable, "-m", "torch_lsp", "--stdio"]
FIXTURES = Path(__file__).parent / "fixtures"


class EditorClient(LanguageClient):
    """pytest-lsp's client that also answers what torch-lsp asks of an editor, and records it."""

    def __init__(self) -> None:
        super().__init__(converter_factory=default_converter)
        register_lsp_features(self)
        # `torchLsp/status` payloads: a dict, or an object with attributes when the converter made one.
        self.statuses: list[Any] = []
        self.registrations: list[types.Registration] = []
        self.inlay_hint_refreshes = 0

        @self.feature(types.CLIENT_REGISTER_CAPABILITY)
        def on_register(params: types.RegistrationParams) -> None:
            self.registrations.extend(params.registrations)

        @self.feature("torchLsp/status")
        def on_status(params: Any) -> None:
            self.statuses.append(params)

        @self.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
        def on_refresh(params: None) -> None:
            self.inlay_hint_refreshes += 1


def capabilities(resolve_hints: bool = True, pull_diagnostics: bool = True) -> types.ClientCapabilities:
    """A current VS Code's capabilities: the recorded 1.65 set plus inlay hints, notebooks and progress.

    Without `resolve_hints` the client cannot resolve a hint's tooltip; without `pull_diagnostics` it only
    takes pushed diagnostics."""
    caps = client_capabilities("visual-studio-code")
    assert caps.text_document is not None and caps.workspace is not None
    resolve = types.ClientInlayHintResolveOptions(properties=["tooltip"]) if resolve_hints else None
    caps.text_document.inlay_hint = types.InlayHintClientCapabilities(
        dynamic_registration=False, resolve_support=resolve
    )
    caps.workspace.inlay_hint = types.InlayHintWorkspaceClientCapabilities(refresh_support=True)
    pull = types.DiagnosticClientCapabilities(dynamic_registration=False) if pull_diagnostics else None
    caps.text_document.diagnostic = pull
    caps.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    caps.notebook_document = types.NotebookDocumentClientCapabilities(
        synchronization=types.NotebookDocumentSyncClientCapabilities(dynamic_registration=False)
    )
    return caps


async def start(
    client: EditorClient,
    locale: str = "en",
    options: dict[str, Any] | None = None,
    caps: types.ClientCapabilities | None = None,
    root: Path = FIXTURES,
) -> None:
    """Initialize a session the way VS Code does: `root` is both the root and the one workspace folder."""
    await client.initialize_session(
        types.InitializeParams(
            capabilities=caps or capabilities(),
            locale=locale,
            initialization_options=options or {},
            process_id=None,
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        )
    )


async def shutdown(client: LanguageClient, limit: float = 10.0) -> None:
    """Shut the server down as an editor does; one that has not exited within `limit` seconds is killed."""
    try:
        await asyncio.wait_for(client.shutdown_session(), limit)
    finally:
        if client._server is not None and client._server.returncode is None:
            client.protocol._request_futures.clear()  # answers still in the pipe must not reach them
            client._server.kill()


def client_for(
    locale: str = "en",
    *,
    options: dict[str, Any] | None = None,
    caps: types.ClientCapabilities | None = None,
    root: Path | str = FIXTURES,
    command: list[str] = COMMAND,
    env: dict[str, str] | None = None,
    scope: Literal["module", "function"] = "module",
    ready: bool = True,
    prepare: Callable[[EditorClient], Awaitable[None]] | None = None,
) -> object:
    """A pytest fixture: a server started with `command` (and `env`), initialized by `start` in `locale`.

    `root` is a folder or the name of a fixture that gives one. With `ready` the fixture waits until torch
    has loaded (and fails if it did not); `prepare(client)` then runs once, e.g. to warm the server up.
    Assign it to the fixture's name in a test module: `client = client_for()`, `zh_client = client_for("zh-cn")`.
    """
    config = ClientServerConfig(server_command=command, client_factory=EditorClient, server_env=env)

    async def session(lsp_client: EditorClient, request: pytest.FixtureRequest) -> AsyncIterator[None]:
        folder = request.getfixturevalue(root) if isinstance(root, str) else root
        await start(lsp_client, locale, options, caps, folder)
        if ready:
            status = await wait_until_ready(lsp_client)
            assert status["state"] == "ready", status
        if prepare is not None:
            await prepare(lsp_client)
        yield
        await shutdown(lsp_client)

    # A function-scoped fixture keeps the module's event loop (pytest-lsp would give it a loop of its own).
    scoped = {"scope": scope} if scope == "module" else {}
    return pytest_lsp.fixture(session, config=config, **scoped)


async def wait_until_ready(client: LanguageClient, timeout: float = 90.0) -> dict[str, Any]:
    """Poll the server's status command until torch and its symbolic-shape machinery have loaded."""
    deadline = time.monotonic() + timeout
    while True:
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="torch-lsp.status"))
        assert isinstance(status, dict), status
        loaded = status["state"] == "error" or (status["state"] == "ready" and status.get("symbolicShapes"))
        if loaded or time.monotonic() > deadline:
            return status
        await asyncio.sleep(0.1)


_documents = itertools.count(1)


def open_document(client: LanguageClient, text: str, name: str | None = None) -> str:
    """Open an in-memory Python document; returns its URI."""
    uri = f"file:///tmp/torch_lsp_test/{name or f'doc{next(_documents)}.py'}"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
        )
    )
    return uri


def position_of(text: str, needle: str, occurrence: int = 0, offset: int = 0) -> types.Position:
    """The position of the `occurrence`-th `needle` in `text` (+ offset characters), in UTF-16 units."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    index += offset
    line = text.count("\n", 0, index)
    line_start = text.rfind("\n", 0, index) + 1
    column = len(text[line_start:index].encode("utf-16-le")) // 2
    return types.Position(line=line, character=column)


async def hover_text(client: LanguageClient, uri: str, position: types.Position) -> str | None:
    """The Markdown of a hover, or None."""
    result = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )
    if result is None:
        return None
    assert isinstance(result.contents, types.MarkupContent), result.contents
    return result.contents.value


async def expect_hover(client: LanguageClient, uri: str, position: types.Position) -> str:
    """The Markdown of a hover that must be there."""
    text = await hover_text(client, uri, position)
    assert text is not None, f"no hover at {position}"
    return text


async def inlay_hints(client: LanguageClient, uri: str, lines: int = 10_000) -> list[types.InlayHint]:
    """All inlay hints of a document."""
    result = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=lines, character=0)),
        )
    )
    return list(result or [])


async def pulled_diagnostics(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    """A document's diagnostics pulled by `textDocument/diagnostic`, as a full report."""
    report = await client.text_document_diagnostic_async(
        types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert isinstance(report, types.RelatedFullDocumentDiagnosticReport), report
    return list(report.items)


async def resolved(client: LanguageClient, hints: list[types.InlayHint]) -> list[types.InlayHint]:
    """The hints with their tooltips, fetched by `inlayHint/resolve` as VS Code does on mouse-over."""
    return [await client.inlay_hint_resolve_async(hint) for hint in hints]


def open_notebook(client: LanguageClient, name: str, cells: list[str]) -> list[str]:
    """Open a notebook of Python code cells through notebook sync, as VS Code does; returns the cell URIs."""
    uris = [f"vscode-notebook-cell:/tmp/torch_lsp_test/{name}#W{i}sZmlsZQ%3D%3D" for i in range(len(cells))]
    client.notebook_document_did_open(
        types.DidOpenNotebookDocumentParams(
            notebook_document=types.NotebookDocument(
                uri=f"file:///tmp/torch_lsp_test/{name}",
                notebook_type="jupyter-notebook",
                version=1,
                cells=[types.NotebookCell(kind=types.NotebookCellKind.Code, document=u) for u in uris],
            ),
            cell_text_documents=[
                types.TextDocumentItem(uri=u, language_id="python", version=1, text=t)
                for u, t in zip(uris, cells, strict=False)
            ],
        )
    )
    return uris


def server_pid(client: LanguageClient) -> int:
    """The process id of the client's server."""
    assert client._server is not None
    return client._server.pid


def children_of(pid: int) -> set[int]:
    """Direct child processes of `pid` (every thread's children list)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            found.update(int(p) for p in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def markdown(content: str | types.MarkupContent | None) -> str:
    """The text of a Markdown field (a tooltip, documentation) that must be there."""
    assert isinstance(content, types.MarkupContent), content
    return content.value


def hint_label(hint: types.InlayHint) -> str:
    """A hint's label, which torch-lsp always sends as one string."""
    assert isinstance(hint.label, str), hint.label
    return hint.label


def hint_shape(hint: types.InlayHint) -> str:
    """A shape hint's text without the `: ` that makes it read as an annotation (`: [2, 3]` -> `[2, 3]`)."""
    label = hint_label(hint)
    assert label.startswith(": "), label
    return label[2:]


def frame(message: dict[str, Any]) -> bytes:
    """A JSON-RPC message as it travels over stdio: a Content-Length header and the JSON body."""
    body = json.dumps({"jsonrpc": "2.0", **message}).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def read_message(stream: IO[bytes]) -> dict[str, Any] | None:
    """The next JSON-RPC message on `stream` (its headers read and dropped); None once the stream has ended."""
    length = 0
    while line := stream.readline().strip():
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(stream.read(length)) if length else None
