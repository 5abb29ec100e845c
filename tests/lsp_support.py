"""Helpers shared by the protocol tests: start the server as an editor would and talk to it."""

from __future__ import annotations

import asyncio
import itertools
import sys
import time
from pathlib import Path

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "torch_lsp", "--stdio"])
FIXTURES = Path(__file__).parent / "fixtures"


def capabilities() -> types.ClientCapabilities:
    """A current VS Code's capabilities: the recorded 1.65 set plus inlay hints, notebooks and progress."""
    caps = client_capabilities("visual-studio-code")
    caps.text_document.inlay_hint = types.InlayHintClientCapabilities(
        dynamic_registration=False, resolve_support=types.ClientInlayHintResolveOptions(properties=["tooltip"])
    )
    caps.workspace.inlay_hint = types.InlayHintWorkspaceClientCapabilities(refresh_support=True)
    caps.text_document.diagnostic = types.DiagnosticClientCapabilities(dynamic_registration=False)
    caps.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(refresh_support=True)
    caps.notebook_document = types.NotebookDocumentClientCapabilities(
        synchronization=types.NotebookDocumentSyncClientCapabilities(dynamic_registration=False)
    )
    return caps


async def start(
    client: LanguageClient,
    locale: str = "en",
    options: dict | None = None,
    caps: types.ClientCapabilities | None = None,
    root: Path = FIXTURES,
) -> None:
    """Initialize a session the way VS Code does (answering the server's requests and notifications)."""
    client.statuses = []
    client.inlay_hint_refreshes = 0
    client.registrations = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def on_register(params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    @client.feature("torchLsp/status")
    def on_status(params) -> None:
        client.statuses.append(params)

    @client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
    def on_refresh(params) -> None:
        client.inlay_hint_refreshes += 1

    await client.initialize_session(
        types.InitializeParams(
            capabilities=caps or capabilities(),
            locale=locale,
            initialization_options=options or {},
            process_id=None,
            root_uri=root.as_uri(),
        )
    )


async def wait_until_ready(client: LanguageClient, timeout: float = 90.0) -> dict:
    """Poll the server's status command until torch and its symbolic-shape machinery have loaded."""
    deadline = time.monotonic() + timeout
    while True:
        status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="torch-lsp.status"))
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
    return None if result is None else result.contents.value


async def inlay_hints(client: LanguageClient, uri: str, lines: int = 10_000) -> list[types.InlayHint]:
    """All inlay hints of a document."""
    result = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=lines, character=0)),
        )
    )
    return result or []


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


def hint_shape(hint: types.InlayHint) -> str:
    """A shape hint's text without the `: ` that makes it read as an annotation (`: [2, 3]` -> `[2, 3]`)."""
    assert isinstance(hint.label, str) and hint.label.startswith(": "), hint.label
    return hint.label[2:]
