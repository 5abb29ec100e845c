"""Signature help through the protocol: torch calls (active parameter, cheat-sheet text in both languages,
argument and result shapes), the user's own functions and modules (in the file and across files)."""

import asyncio

import torch
from lsp_support import FIXTURES, client_for, inlay_hints, markdown, open_document, position_of
from lsprotocol import types
from pytest_lsp import LanguageClient
from torch_lsp.features.completion_context import enclosing_call

PROJECT = FIXTURES / "ide_project"


client = client_for()


async def signature_at(client: LanguageClient, uri: str, text: str) -> types.SignatureHelp | None:
    """Signature help at the end of `text` (the document's whole text)."""
    lines = text.split("\n")
    return await client.text_document_signature_help_async(
        types.SignatureHelpParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=len(lines) - 1, character=len(lines[-1])),
        )
    )


def active(help: types.SignatureHelp | None) -> tuple[types.SignatureInformation, str | None]:
    """The active signature of a help that must be there, and the label of its active parameter (None when no
    parameter is active)."""
    assert help is not None and help.active_signature is not None
    signature = help.signatures[help.active_signature]
    assert signature.parameters is not None
    index = help.active_parameter
    if index is None or index >= len(signature.parameters):
        return signature, None
    label = signature.parameters[index].label
    assert isinstance(label, tuple), label
    start, end = label
    return signature, signature.label.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def parameter_text(signature: types.SignatureInformation, index: int | None) -> str:
    """The Markdown documentation of the signature's `index`-th parameter."""
    assert signature.parameters is not None and index is not None
    return markdown(signature.parameters[index].documentation)


async def test_active_parameter_follows_commas_and_keywords(client: LanguageClient):
    base = "import torch\na = torch.randn(4, 8)\nb = torch.randn(4, 3)\n"
    expected = [
        ("y = torch.cat(", "tensors"),
        ("y = torch.cat((a, b), ", "dim=0"),
        ("y = torch.cat((a, b), dim=", "dim=0"),
        ("y = torch.cat((a, b), out=None, d", "dim=0"),
        ("y = torch.cat((a, b), 1, ", None),  # out is keyword-only: no positional slot left
        ("y = torch.sum(a, ", "dim"),
        ("y = torch.sum(a, 1, keepdim=", "keepdim=False"),
    ]
    for line, parameter in expected:
        text = base + line
        uri = open_document(client, text)
        help = await signature_at(client, uri, text)
        assert help is not None, line
        signature, label = active(help)
        assert label == parameter, line
        assert signature.label.startswith("torch.")


async def test_nested_brackets_keep_the_outer_call(client: LanguageClient):
    text = "import torch\na = torch.randn(4, 8)\ny = torch.cat([a, a.float(), "
    uri = open_document(client, text)
    help = await signature_at(client, uri, text)
    signature, label = active(help)
    assert signature.label.startswith("torch.cat(tensors")
    assert label == "tensors"


async def test_no_signature_outside_calls(client: LanguageClient):
    text = "import torch\nx = (1, "
    uri = open_document(client, text)
    assert await signature_at(client, uri, text) is None


async def test_argument_shapes_and_result_shape(client: LanguageClient):
    text = "import torch\na = torch.randn(4, 8)\nb = torch.randn(4, 3)\ny = torch.cat((a, b), dim=1"
    uri = open_document(client, text)
    await inlay_hints(client, uri)  # waits for the analysis of this version
    help = await signature_at(client, uri, text)
    signature, label = active(help)
    assert label == "dim=0"
    a, b = torch.randn(4, 8), torch.randn(4, 3)
    shape = list(torch.cat((a, b), dim=1).shape)
    assert f"torch.cat((a {list(a.shape)}, b {list(b.shape)}), dim=1) → {shape}" in markdown(signature.documentation)
    tensors = parameter_text(signature, 0)
    assert f"(a {list(a.shape)}, b {list(b.shape)})" in tensors


async def test_tensor_method_shows_receiver_and_result(client: LanguageClient):
    text = "import torch\nx = torch.randn(2, 3, 4)\ny = x.permute(2, 0, 1"
    uri = open_document(client, text)
    await inlay_hints(client, uri)
    help = await signature_at(client, uri, text)
    signature, _ = active(help)
    x = torch.randn(2, 3, 4)
    assert f"x {list(x.shape)}.permute(2, 0, 1) → {list(x.permute(2, 0, 1).shape)}" in markdown(signature.documentation)


async def test_user_module_forward_with_call_site_shapes(client: LanguageClient):
    text = (
        "import torch\nfrom torch import nn\n\n"
        "class Net(nn.Module):\n"
        "    def __init__(self, n_in=8, n_out=3):\n"
        "        super().__init__()\n"
        "        self.fc = nn.Linear(n_in, n_out)\n\n"
        "    def forward(self, x, scale: float = 1.0):\n"
        "        return self.fc(x) * scale\n\n"
        "model = Net()\n"
        "y = model(torch.randn(16, 8))\n"
        "z = model("
    )
    uri = open_document(client, text)
    await inlay_hints(client, uri)
    help = await signature_at(client, uri, text)
    signature, label = active(help)
    assert signature.label == "model(x, scale: float = 1.0)"
    assert label == "x"
    assert f"`{list(torch.randn(16, 8).shape)}`" in parameter_text(signature, 0)
    again = text + ")\nagain = Net(4, "
    init = await signature_at(client, open_document(client, again), again)
    signature, label = active(init)
    assert signature.label == "Net(n_in=8, n_out=3)"
    assert label == "n_out=3"


async def test_torch_layer_called_on_self_inside_forward(client: LanguageClient):
    text = (
        "import torch\nfrom torch import nn\n\n"
        "class Net(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.fc = nn.Linear(8, 3)\n\n"
        "    def forward(self, x):\n"
        "        return self.fc("
    )
    uri = open_document(client, text)
    help = None
    for _ in range(60):  # jedi tells what self.fc is, within its budget once its caches are warm
        help = await signature_at(client, uri, text)
        if help is not None:
            break
        await asyncio.sleep(0.5)
    signature, label = active(help)
    assert signature.label == "self.fc(input: torch.Tensor)"
    assert label == "input: torch.Tensor"


async def test_user_module_from_another_file(client: LanguageClient):
    path = PROJECT / "train.py"
    text = path.read_text() + "w = model(x, "
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
        )
    )
    help = None
    for _ in range(60):  # jedi answers within its budget once its caches are warm
        help = await signature_at(client, uri, text)
        if help is not None:
            break
        await asyncio.sleep(0.5)
    signature, label = active(help)
    assert signature.label == "model(x, scale: float = 1.0)"
    assert label == "scale: float = 1.0"


chinese = client_for("zh-cn", scope="function")


async def test_parameter_text_in_chinese(chinese: LanguageClient):
    text = "import torch\na = torch.randn(4, 8)\ny = torch.cat((a, a), "
    uri = open_document(chinese, text)
    help = await signature_at(chinese, uri, text)
    signature, label = active(help)
    assert help is not None and label == "dim=0"
    assert "拼接所沿的维度" in parameter_text(signature, help.active_parameter)
    assert "同维拼接" in markdown(signature.documentation)
    assert position_of(text, "cat")  # the document is the one asked about


def test_enclosing_call_reads_any_argument():
    site = enclosing_call("y = F.pad(x, (1, 1),\n         mode='refl")
    assert site is not None
    assert site.callee == ("F", "pad")
    assert [a.text for a in site.previous] == ["x", "(1, 1)"]
    assert (site.keyword, site.prefix) == ("mode", "'refl")
    site = enclosing_call("y = torch.cat([a, b.view(2, 3)], dim=a.size(0) + ")
    assert site is not None
    assert (site.callee, site.keyword, site.prefix) == (("torch", "cat"), "dim", "a.size(0) + ")
    assert enclosing_call("y = torch.cat([a, b])") is None
    assert enclosing_call("x = (1, 2") is None
    site = enclosing_call("y = torch.cat([a,  # first\n    b], dim=0,\n    ")
    assert site is not None
    assert [a.text for a in site.previous] == ["[a, b]", "0"]  # one expression, without the comment
