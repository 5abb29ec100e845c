"""Hover on every name segment: chained calls, subscripts, call results, unknown receivers, notebook cells;
the shape of the very call, functional forms and their layers, the short layout, error hovers."""

import asyncio

from lsp_support import (
    client_for,
    expect_hover,
    hover_text,
    open_document,
    open_notebook,
    position_of,
    pulled_diagnostics,
)
from pytest_lsp import LanguageClient

HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"


client = client_for()


async def hover_on(client: LanguageClient, text: str, word: str, occurrence: int = 0) -> str:
    return await expect_hover(client, open_document(client, text), position_of(text, word, occurrence))


async def test_a_method_on_a_call_result_shows_its_meaning_and_this_calls_shapes(client: LanguageClient):
    text = HEADER + "x = torch.randn(2, 32)\ny = x.view(2, 4, 8).transpose(1, 2)\n"
    hover = await hover_on(client, text, "transpose")
    assert "**`torch.transpose`**" in hover
    assert "`[2, 4, 8]` → `[2, 8, 4]`" in hover


async def test_every_segment_of_a_chain_with_subscripts_hovers(client: LanguageClient):
    text = HEADER + "x = torch.randn(4, 6)\ny = x.chunk(2)[0].sum(0).abs()\n"
    chunk = await hover_on(client, text, "chunk")
    assert "chunk" in chunk
    total = await hover_on(client, text, "sum")
    assert "**`torch.sum`**" in total
    assert "`[2, 6]` → `[6]`" in total
    assert "`[6]` → `[6]`" in await hover_on(client, text, "abs")


async def test_a_method_on_a_model_call_and_on_a_loss(client: LanguageClient):
    text = (
        HEADER + "model = nn.Linear(4, 2)\nx = torch.randn(3, 4)\ntotal = model(x).sum()\n"
        "criterion = nn.MSELoss()\nloss = criterion(model(x), torch.zeros(3, 2))\nvalue = loss.item()\n"
    )
    total = await hover_on(client, text, "sum")
    assert "`[3, 2]` → `[]`" in total
    assert "**`torch.Tensor.item`**" in await hover_on(client, text, "item")


async def test_a_method_of_a_model_chosen_on_an_unknown_condition(client: LanguageClient):
    text = HEADER + (
        "import random\n\n\nclass Small(nn.Module):\n    pass\n\n\nclass Large(nn.Module):\n    pass\n\n\n"
        "model = Small() if random.random() > 0.5 else Large()\nmodel.cuda()\n"
    )
    hover = await hover_on(client, text, "cuda")
    assert "**`torch.nn.Module.cuda`**" in hover


async def test_a_tensor_only_method_resolves_whatever_the_receiver(client: LanguageClient):
    text = HEADER + "def split_heads(q):\n    return q.transpose(1, 2).masked_fill(q == 0, 0.0)\n"
    assert "**`torch.transpose`**" in await hover_on(client, text, "transpose")
    masked = await hover_on(client, text, "masked_fill")
    assert "Tensor.masked_fill" in masked
    assert "Module" not in masked


async def test_a_shared_method_name_on_an_unknown_receiver_lists_its_owners(client: LanguageClient):
    text = HEADER + "def move(thing, device):\n    return thing.to(device)\n"
    hover = await hover_on(client, text, "to(")
    assert "Tensor.to / Module.to" in hover


async def test_a_known_receiver_picks_its_own_class(client: LanguageClient):
    text = (
        HEADER + "model = nn.Linear(4, 2)\nopt = torch.optim.SGD(model.parameters(), lr=0.1)\nopt.zero_grad()\n"
        "model.zero_grad()\n"
    )
    optimizer = await hover_on(client, text, "zero_grad")
    assert "**`torch.optim.Optimizer.zero_grad`**" in optimizer
    assert " / " not in optimizer
    module = await hover_on(client, text, "zero_grad", occurrence=1)
    assert "**`torch.nn.Module.zero_grad`**" in module


async def test_a_user_module_inherits_torch_methods_but_keeps_its_own(client: LanguageClient):
    text = (
        HEADER + "class Net(nn.Module):\n    def reset(self):\n        pass\n\nnet = Net()\nnet.eval()\nnet.reset()\n"
    )
    assert "**`torch.nn.Module.eval`**" in await hover_on(client, text, "eval")
    uri = open_document(client, text)
    assert await hover_text(client, uri, position_of(text, "reset", occurrence=1)) is None


async def test_every_statement_of_a_line_joined_by_semicolons_hovers(client: LanguageClient):
    text = HEADER + "xs = [torch.randn(3)]\nfor i in range(1):\n    a = xs[i].data.numpy(); b = xs[i].data.numpy()\n"
    for occurrence in (0, 1):
        hover = await hover_on(client, text, "numpy()", occurrence)
        assert "**`torch.Tensor.numpy`**" in hover


async def test_reach_in_a_notebook_cell(client: LanguageClient):
    cells = ["import torch", "x = torch.randn(2, 3)\ny = x.unsqueeze(0).permute(2, 0, 1)"]
    uris = open_notebook(client, "reach.ipynb", cells)
    hover = await expect_hover(client, uris[1], position_of(cells[1], "permute"))
    assert "permute" in hover
    assert "`[1, 2, 3]` → `[3, 1, 2]`" in hover


async def test_a_functional_form_without_an_entry_shows_its_layers_sheet_entry(client: LanguageClient):
    text = HEADER + "y = F.leaky_relu(torch.randn(3))\nlayer = nn.LeakyReLU()\n"
    functional = await hover_on(client, text, "leaky_relu")
    assert "**`torch.nn.functional.leaky_relu`** · functional form of `torch.nn.LeakyReLU`" in functional
    assert "Not covered by the cheat sheet" not in functional
    assert "functional form: `F.leaky_relu`" in await hover_on(client, text, "LeakyReLU")


async def test_functional_and_layer_entries_link_to_each_other(client: LanguageClient):
    text = HEADER + "y = F.relu(torch.randn(3))\nlayer = nn.ReLU()\n"
    assert "layer form: `nn.ReLU`" in await hover_on(client, text, "relu")
    assert "functional form: `F.relu`" in await hover_on(client, text, "ReLU")


async def test_hovers_lead_with_signature_meaning_and_checked_example(client: LanguageClient):
    text = HEADER + "y = torch.cat([a, b], dim=0)\nlayer = nn.Linear(4, 2)\n"
    first, _, second = (await hover_on(client, text, "cat")).partition("\n\n---\n\n")
    assert first.startswith("```python\n") and "cat(tensors" in first.splitlines()[1]
    assert "✓ checked on" in first
    assert "Parameters" not in first and "Parameters" in second
    assert "from the cheat sheet" in second
    linear = await hover_on(client, text, "Linear")
    assert "-> None" not in linear


async def test_off_topic_notes_stay_out_of_a_layers_hover(client: LanguageClient):
    text = HEADER + "conv = nn.Conv2d(3, 8, 3)\n"
    hover = await hover_on(client, text, "Conv2d")
    assert "Output size of convolution and pooling" in hover
    assert "Xavier" not in hover


async def test_the_hover_on_a_shape_error_stands_on_its_own(client: LanguageClient):
    text = HEADER + "y = nn.Linear(3000, 10)(torch.zeros(8, 3072))\nok = nn.Linear(3000, 10)\n"
    uri = open_document(client, text)
    diagnostics = await pulled_diagnostics(client, uri)
    assert "in_features=3000" in diagnostics[0].message  # the user sees the error before hovering it
    healthy = await expect_hover(client, uri, position_of(text, "Linear", occurrence=1))
    assert "Parameters" in healthy
    failing = await expect_hover(client, uri, position_of(text, "Linear"))
    assert "**`torch.nn.Linear`**" in failing
    assert "Parameters" not in failing and "---" not in failing


async def test_outside_the_sheet_the_docstring_summary_reads_cleanly(client: LanguageClient):
    text = HEADER + "y = torch.lerp(a, b, 0.5)\n"
    hover = await hover_on(client, text, "lerp")
    assert "Not covered by the cheat sheet" in hover
    assert ":math:" not in hover and ":attr:" not in hover


async def checked_hover(client: LanguageClient, text: str, word: str) -> str:
    """The hover once the docstring example is checked (it is checked in the background on the first hover)."""
    uri = open_document(client, text)
    for _ in range(40):
        hover = await hover_text(client, uri, position_of(text, word))
        if hover is not None and "✓" in hover:
            return hover
        await asyncio.sleep(0.25)
    raise AssertionError(f"no checked example for {word!r}: {hover}")


async def test_outside_the_sheet_the_docstring_example_is_checked_by_the_shape_engine(client: LanguageClient):
    text = HEADER + "g = torch.gcd(a, b)\nx = torch.randn(3)\ny = x.bitwise_xor(x)\n"
    hover = await checked_hover(client, text, "gcd")
    assert "torch.gcd(a, b)" in hover
    assert "✓ checked on cpu: the shape engine's results match the printed output" in hover
    method = await checked_hover(client, text, "bitwise_xor")
    assert "torch.bitwise_xor(" in method


async def test_a_method_after_a_bracket_hovers_on_a_line_that_does_not_parse(client: LanguageClient):
    text = HEADER + "x = torch.randn(2, 3)\ny = x.view(3, 2).permute(1, 0\n"
    assert "permute" in await hover_on(client, text, "permute")


async def test_the_sheets_corrections_stay_below_the_first_section(client: LanguageClient):
    text = HEADER + "x = torch.arange(24).reshape([2, 3, 4])\ns = x.sum(dim=1)\n"
    first, _, second = (await hover_on(client, text, "sum")).partition("\n\n---\n\n")
    assert "✓ checked on cpu" in first and "the cheat sheet says" not in first
    assert "✓ corrected — the cheat sheet says" in second


async def test_a_layer_held_by_a_module_hovers_as_that_layer(client: LanguageClient):
    text = (
        HEADER + "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.fc = nn.Linear(4, 2)\n\n    def forward(self, x):\n        return self.fc(x)\n\n"
        "net = Net()\nout = net(torch.randn(3, 4))\n"
    )
    hover = await hover_on(client, text, "fc(x)")
    assert "instance of `torch.nn.Linear`" in hover
    assert "**`torch.nn.Linear`**" in hover
