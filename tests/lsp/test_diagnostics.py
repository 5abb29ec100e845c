"""Shape-error diagnostics through the protocol: push and pull, each kind, both languages, notebooks."""

import asyncio

import pytest
from lsp_support import capabilities, client_for, open_document, open_notebook, pulled_diagnostics
from lsprotocol import types
from pytest_lsp import LanguageClient

CASES = [
    (
        "torch.cat([torch.zeros(2, 3), torch.zeros(4, 5)], dim=0)",
        "tensor 1 has size 5 where the others have 3; only dimension 0 may differ",
        "stack adds a new dim",
    ),
    ("torch.stack([torch.zeros(2, 3), torch.zeros(4, 3)])", "tensor 0 is [2, 3] but tensor 1 is [4, 3]", "cat joins"),
    ("torch.zeros(4, 6).view(5, 5)", "has 24 elements, which shape [5, 5] cannot hold", None),
    ("torch.zeros(3, 4).t().view(12)", "non-contiguous", ".contiguous()"),
    ("torch.zeros(2, 3) + torch.zeros(4, 3)", "dimension 0 is 2 on the left and 4 on the right", None),
    (
        "torch.zeros(2, 3) @ torch.zeros(4, 5)",
        "the left operand's last dimension is 3 but the right operand has 4 rows",
        None,
    ),
    (
        "nn.Linear(3000, 10)(torch.zeros(8, 3072))",
        "nn.Linear expects in_features=3000 but the input's last dimension is 3072",
        None,
    ),
    ("torch.zeros(2, 3).sum(dim=2)", "dim out of range", None),
    (
        "nn.Conv2d(3, 8, 3)(torch.zeros(2, 1, 8, 8))",
        "expects in_channels=3 but the input [2, 1, 8, 8] has 1 channels",
        None,
    ),
    ("nn.CrossEntropyLoss()(torch.zeros(4, 10), torch.zeros(4).float())", "dtype mismatch", None),
    ("nn.BCELoss()(torch.rand(4, 1), torch.rand(4))", "target and input shapes differ", "BCEWithLogitsLoss"),
    ("nn.Embedding(10, 3)(torch.zeros(4))", "indices must be integers", None),
]
HEADER = "import torch\nfrom torch import nn\n"


async def pushed(client: LanguageClient, uri: str, timeout: float = 20.0) -> list[types.Diagnostic]:
    for _ in range(int(timeout * 20)):
        if uri in client.diagnostics:
            return list(client.diagnostics[uri])
        await asyncio.sleep(0.05)
    raise AssertionError(f"no diagnostics published for {uri}")


client = client_for(caps=capabilities(pull_diagnostics=False))


@pytest.mark.parametrize(("code", "explanation", "advice"), CASES)
async def test_each_kind_of_shape_error_is_reported(client: LanguageClient, code, explanation, advice):
    uri = open_document(client, HEADER + f"result = {code}\n")
    (diagnostic,) = await pushed(client, uri)
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.range.start.line == 2
    assert explanation in diagnostic.message
    assert "torch: " in diagnostic.message
    if advice:
        assert advice in diagnostic.message


CORRECT_PROGRAMS = {
    "working code": "x = torch.zeros(2, 3)\ny = torch.cat([x, x]).t().reshape(6, 2)\n",
    "a library layer sized by a parameter": (
        "class Block(nn.Module):\n"
        "    def __init__(self, channels):\n"
        "        super().__init__()\n"
        "        self.norm = nn.GroupNorm(32, channels)\n"
    ),
    "a branch isinstance rules out": (
        "class Up(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.conv = nn.ConvTranspose2d(8, 8, 4, 2, 1)\n"
        "    def forward(self, x):\n"
        "        return self.conv(x)\n"
        "blocks = nn.ModuleList([nn.Conv2d(16, 8, 3, padding=1), Up()])\n"
        "x = torch.randn(2, 8, 4, 4)\n"
        "for block in blocks:\n"
        "    if isinstance(block, Up):\n"
        "        x = block(x)\n"
        "    else:\n"
        "        x = block(torch.cat((x, x), dim=1))\n"
    ),
    "a branch a tuple-or-list check rules out": (
        "def make(layers, width):\n"
        "    if isinstance(layers, (tuple, list)):\n"
        "        return nn.Linear(width, 2)\n"
        "    return nn.MultiheadAttention(width, width // 64)\n"
        "net = make((1, 1), 16)\n"
        "out = net(torch.randn(3, 16))\n"
    ),
}


@pytest.mark.parametrize("program", CORRECT_PROGRAMS.values(), ids=CORRECT_PROGRAMS.keys())
async def test_correct_code_has_no_diagnostics(client: LanguageClient, program: str):
    uri = open_document(client, HEADER + program)
    assert await pushed(client, uri) == []


async def test_a_model_converted_to_another_dtype_takes_inputs_of_that_dtype(client: LanguageClient):
    uri = open_document(
        client,
        HEADER + "layer = nn.Linear(4, 2)\nlayer.double()\n"
        "y = layer(torch.zeros(3, 4, dtype=torch.float64))\n"
        "z = nn.Linear(4, 2).to(torch.float16)(torch.zeros(3, 4).half())\n",
    )
    assert await pushed(client, uri) == []


async def test_related_information_points_to_the_layer_definition(client: LanguageClient):
    text = HEADER + (
        "class M(nn.Module):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.fc = nn.Linear(1024, 10)\n"
        "    def forward(self, x):\n"
        "        return self.fc(x.flatten(1))\n"
        "out = M()(torch.zeros(64, 32, 5, 5))\n"
    )
    uri = open_document(client, text)
    (diagnostic,) = await pushed(client, uri)
    assert diagnostic.range.start.line == 7
    assert "[64, 800]" in diagnostic.message
    assert diagnostic.related_information is not None
    assert any(
        "nn.Linear(1024, 10)" in info.message and info.location.range.start.line == 5
        for info in diagnostic.related_information
    )


async def test_notebook_diagnostics_land_on_the_right_cell(client: LanguageClient):
    cells = ["import torch\nx = torch.zeros(2, 3)", "ok = x.t()\nbad = x @ x"]
    uris = open_notebook(client, "diag.ipynb", cells)
    assert await pushed(client, uris[0]) == []
    (diagnostic,) = await pushed(client, uris[1])
    assert diagnostic.range.start.line == 1


zh_pull_client = client_for("zh-cn")


async def test_pull_diagnostics_in_chinese(zh_pull_client: LanguageClient):
    uri = open_document(zh_pull_client, HEADER + "bad = torch.zeros(3, 4).t().view(12)\n")
    (diagnostic,) = await pulled_diagnostics(zh_pull_client, uri)
    assert "非连续" in diagnostic.message and "contiguous()" in diagnostic.message
    assert uri not in zh_pull_client.diagnostics


async def test_a_pulling_client_gets_notebook_cell_diagnostics_pushed(zh_pull_client: LanguageClient):
    # VS Code pulls only for documents in tabs, never for notebook cells: the server pushes those
    uris = open_notebook(zh_pull_client, "pull.ipynb", ["import torch\nx = torch.zeros(2, 3)", "bad = x @ x"])
    (diagnostic,) = await pushed(zh_pull_client, uris[1])
    assert diagnostic.range.start.line == 0
    assert (
        await pulled_diagnostics(zh_pull_client, uris[1]) == []
    )  # pushed already: a client that also pulls for cells shows each once


async def test_a_layer_mismatch_names_both_sides_in_chinese(zh_pull_client: LanguageClient):
    uri = open_document(zh_pull_client, HEADER + "out = nn.Linear(3000, 10)(torch.zeros(8, 3072))\n")
    (diagnostic,) = await pulled_diagnostics(zh_pull_client, uri)
    assert "nn.Linear 的 in_features=3000，但输入最后一维是 3072（[8, 3072]）" in diagnostic.message


async def test_symbolic_errors_that_hold_for_every_size_are_errors(client: LanguageClient):
    text = HEADER + (
        "def project(x):  # x: [B, 3]\n    wrong = x @ torch.zeros(4, 5)\n    maybe = x.view(-1, 4)\n    return wrong\n"
    )
    uri = open_document(client, text)
    (diagnostic,) = await pushed(client, uri)
    assert diagnostic.severity == types.DiagnosticSeverity.Error  # `maybe` runs when 4 divides 3*B: no diagnostic
    assert diagnostic.range.start.line == 3
    assert "[B, 3] X [4, 5]" in diagnostic.message


async def test_an_error_with_the_command_line_defaults_names_them(client: LanguageClient):
    text = HEADER + (
        "import argparse\nparser = argparse.ArgumentParser()\n"
        'parser.add_argument("--hidden", type=int, default=32)\nparser.add_argument("--embed", type=int, default=24)\n'
        "args = parser.parse_args()\nscores = torch.randn(5, args.hidden) @ torch.randn(args.embed, 7)\n"
    )
    uri = open_document(client, text)
    (diagnostic,) = await pushed(client, uri)
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.range.start.line == 7
    assert "raises when run with the command line's defaults (" in diagnostic.message
    assert "hidden=32" in diagnostic.message and "embed=24" in diagnostic.message
