"""Go to definition through the protocol (user code in one file and across a workspace folder, torch's
Python source and its stubs), receiver types from jedi, and jedi kept off the inlay hints' path."""

import asyncio
from pathlib import Path
from urllib.parse import unquote, urlparse

import torch
from lsp_support import (
    FIXTURES,
    children_of,
    client_for,
    hint_shape,
    inlay_hints,
    open_document,
    open_notebook,
    position_of,
    server_pid,
)
from lsprotocol import types
from pygls.workspace import Workspace
from pytest_lsp import LanguageClient
from torch_lsp.documents import LspWorkspace
from torch_lsp.features.context import locate
from torch_lsp.features.jedi_names import JediNames, receiver_type

PROJECT = FIXTURES / "ide_project"


client = client_for()


async def definition(client: LanguageClient, uri: str, position: types.Position) -> list[types.Location]:
    result = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )
    if result is None:
        return []
    assert isinstance(result, list), result
    locations = [item for item in result if isinstance(item, types.Location)]
    assert len(locations) == len(result), result  # the server answers with locations, never links
    return locations


async def eventual_definition(client: LanguageClient, uri: str, position: types.Position) -> list[types.Location]:
    """Ask again until jedi has answered within its budget (its first inference of torch takes seconds)."""
    for _ in range(60):
        found = await definition(client, uri, position)
        if found:
            return found
        await asyncio.sleep(0.5)
    return []


def line_at(location: types.Location) -> str:
    path = Path(unquote(urlparse(location.uri).path))
    return path.read_text().splitlines()[location.range.start.line]


def open_file(client: LanguageClient, path: Path) -> tuple[str, str]:
    text = path.read_text()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=path.as_uri(), language_id="python", version=1, text=text)
        )
    )
    return path.as_uri(), text


async def test_user_function_in_the_same_file(client: LanguageClient):
    text = "def helper(a, b):\n    return a\n\n\nresult = helper(1, 2)\n"
    uri = open_document(client, text)
    [location] = await eventual_definition(client, uri, position_of(text, "helper", occurrence=1))
    assert location.uri == uri
    assert location.range.start == position_of(text, "helper")


async def test_user_class_and_function_in_another_file(client: LanguageClient):
    uri, text = open_file(client, PROJECT / "train.py")
    models = PROJECT / "models.py"
    [location] = await eventual_definition(client, uri, position_of(text, "Net", occurrence=1))
    assert unquote(urlparse(location.uri).path) == str(models)
    assert line_at(location).startswith("class Net(")
    assert location.range.start.character == len("class ")
    [location] = await eventual_definition(client, uri, position_of(text, "make_net", occurrence=1))
    assert line_at(location).startswith("def make_net(")


async def test_torch_function_goes_to_torch_source(client: LanguageClient):
    text = "import torch\nimport torch.nn.functional as F\n\nx = torch.randn(2, 3)\ny = F.relu(x)\n"
    uri = open_document(client, text)
    [location] = await definition(client, uri, position_of(text, "relu"))
    assert location.uri.endswith("/torch/nn/functional.py")
    assert line_at(location).startswith("def relu(")
    start, end = location.range.start.character, location.range.end.character
    assert line_at(location)[start:end] == "relu"


async def test_torch_class_and_c_function(client: LanguageClient):
    text = "import torch\nfrom torch import nn\n\nfc = nn.Linear(4, 2)\ny = torch.cat([torch.randn(2, 4)], dim=0)\n"
    uri = open_document(client, text)
    [location] = await definition(client, uri, position_of(text, "Linear"))
    assert location.uri.endswith("/torch/nn/modules/linear.py")
    assert line_at(location).startswith("class Linear(")
    [location] = await eventual_definition(client, uri, position_of(text, "cat"))
    assert "/torch/" in location.uri
    assert location.uri.endswith(".pyi")  # torch.cat is a C function: its stub
    assert "def cat(" in line_at(location)


async def test_receiver_types_from_jedi():
    text = (
        "import torch\nfrom torch import nn\n\n"
        "class Head(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.cls_token = nn.Parameter(torch.zeros(1, 1, 8))\n\n"
        "    def forward(self, x):\n"
        "        return self.cls_token.expand(x.shape[0], -1, -1)\n\n"
        "def train(model, optimizer: torch.optim.Optimizer, loader, lr=0.1):\n"
        "    optimizer.zero_grad()\n"
        "    lr.hex()\n"
    )
    workspace: Workspace = LspWorkspace(None)
    uri = "file:///tmp/torch_lsp_test/receivers.py"
    workspace.put_text_document(types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text))
    names = JediNames(lambda: None)

    async def type_at(needle: str) -> str | None:
        place = locate(workspace, uri, position_of(text, needle))
        assert place is not None
        for _ in range(60):
            found = await receiver_type(names, place, torch, budget_s=2.0)
            if found is not None:
                return found
        return None

    assert await type_at("zero_grad") == "torch.optim.Optimizer"
    assert await type_at("expand") == "torch.nn.Parameter"
    assert await type_at("hex") == "builtins.float"


fresh = client_for(scope="function")


async def test_pending_jedi_work_never_delays_inlay_hints(fresh: LanguageClient):
    text = "import torch\n\nx = torch.randn(2, 3)\ny = torch.cat([x, x], dim=1)\n"
    uri = open_document(fresh, text)
    assert await inlay_hints(fresh, uri)
    # jedi has not run in this server yet: its first look at torch.cat takes seconds, in its own thread
    jedi_work = asyncio.ensure_future(definition(fresh, uri, position_of(text, "cat")))
    await asyncio.sleep(0)
    hints = asyncio.ensure_future(inlay_hints(fresh, uri))
    done, _ = await asyncio.wait({jedi_work, hints}, return_when=asyncio.FIRST_COMPLETED)
    assert done == {hints}
    x = torch.randn(2, 3)
    assert [hint_shape(hint) for hint in hints.result()] == [
        str(list(x.shape)),
        str(list(torch.cat([x, x], dim=1).shape)),
    ]
    await jedi_work
    assert await eventual_definition(fresh, uri, position_of(text, "cat"))
    assert children_of(server_pid(fresh)) == set()  # jedi runs in the server's process: no subprocess


async def test_completion_on_a_receiver_only_jedi_knows(client: LanguageClient):
    text = "import torch\n\n\ndef train(model, optimizer: torch.optim.Optimizer, loader):\n    optimizer."
    uri = open_document(client, text)
    position = position_of(text, "optimizer.", offset=len("optimizer."))
    labels: set[str] = set()
    for _ in range(60):  # jedi answers within the completion's budget once it has looked at torch
        result = await client.text_document_completion_async(
            types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
        )
        assert result is None or isinstance(result, types.CompletionList), result
        labels = {item.label for item in (result.items if result else [])}
        if labels:
            break
        await asyncio.sleep(0.5)
    assert {"zero_grad", "step", "add_param_group"} <= labels


async def test_definition_and_signature_in_notebook_cells(client: LanguageClient):
    cells = ["import torch\n\ndef helper(x, scale=2):\n    return x * scale", "y = helper(torch.randn(3), "]
    uris = open_notebook(client, "ide.ipynb", cells)
    [location] = await eventual_definition(client, uris[1], position_of(cells[1], "helper"))
    assert location.uri == uris[0]
    assert location.range.start == position_of(cells[0], "helper")
    help = await client.text_document_signature_help_async(
        types.SignatureHelpParams(
            text_document=types.TextDocumentIdentifier(uri=uris[1]),
            position=position_of(cells[1], ", ", offset=2),
        )
    )
    assert help is not None and help.active_signature is not None
    signature = help.signatures[help.active_signature]
    assert signature.label == "helper(x, scale=2)"
    assert help.active_parameter == 1
