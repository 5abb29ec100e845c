"""Hover through the protocol: every import style, tensor methods, instances, notebooks, both languages."""

import pytest
from lsp_support import client_for, expect_hover, hover_text, open_document, open_notebook, position_of
from lsprotocol import types
from pytest_lsp import LanguageClient

IMPORT_STYLES = [
    ("import torch\ny = torch.cat([a, b])\n", "cat", "torch.cat"),
    ("import torch as T\ny = T.cat([a, b])\n", "cat", "torch.cat"),
    ("from torch import nn\nconv = nn.Conv2d(1, 8, 3)\n", "Conv2d", "torch.nn.Conv2d"),
    ("import torch.nn.functional as F\ny = F.softmax(x, dim=1)\n", "softmax", "torch.nn.functional.softmax"),
    (
        "from torch.utils.data import DataLoader\ndl = DataLoader(ds, batch_size=4)\n",
        "DataLoader(",
        "torch.utils.data.DataLoader",
    ),
    (
        "from torch.optim.lr_scheduler import StepLR\ns = StepLR(opt, step_size=30)\n",
        "StepLR(",
        "torch.optim.lr_scheduler.StepLR",
    ),
    ("import torch.optim as optim\nopt = optim.AdamW(params, lr=1e-3)\n", "AdamW", "torch.optim.AdamW"),
    (
        "from torch.nn import CrossEntropyLoss\nloss = CrossEntropyLoss()\n",
        "CrossEntropyLoss()",
        "torch.nn.CrossEntropyLoss",
    ),
]


client = client_for("en")


@pytest.mark.parametrize(("text", "word", "qualname"), IMPORT_STYLES)
async def test_hover_resolves_every_import_style(client: LanguageClient, text, word, qualname):
    uri = open_document(client, text)
    hover = await expect_hover(client, uri, position_of(text, word, occurrence=text.count(word) - 1))
    assert f"**`{qualname}`**" in hover
    assert "Documentation" in hover


async def test_hover_shows_signature_explanation_and_checked_example(client: LanguageClient):
    text = "import torch\ny = torch.cat([a, b], dim=0)\n"
    uri = open_document(client, text)
    hover = await expect_hover(client, uri, position_of(text, "cat"))
    assert "cat(tensors" in hover
    assert "Concatenates" in hover
    assert "✓ checked on cpu" in hover
    assert "# → [3, 5, 2] float32" in hover


async def test_hover_on_tensor_method_uses_inferred_receiver(client: LanguageClient):
    text = "import torch\nx = torch.randn(1, 5, 2)\ny = x.permute(2, 0, 1)\n"
    uri = open_document(client, text)
    hover = await expect_hover(client, uri, position_of(text, "permute"))
    assert "**`torch.permute`**" in hover or "**`torch.Tensor.permute`**" in hover


async def test_hover_on_instance_names_its_class(client: LanguageClient):
    text = "from torch import nn\nloss_fn = nn.CrossEntropyLoss()\nloss = loss_fn\n"
    uri = open_document(client, text)
    hover = await expect_hover(client, uri, position_of(text, "loss_fn", occurrence=1))
    assert "instance of `torch.nn.CrossEntropyLoss`" in hover
    assert "**`torch.nn.CrossEntropyLoss`**" in hover


async def test_hover_on_tensor_variable_shows_shape_dtype_device(client: LanguageClient):
    text = "import torch\nx = torch.zeros(5, 3, dtype=torch.long)\nprint(x)\n"
    uri = open_document(client, text)
    hover = await expect_hover(client, uri, position_of(text, "x)"))
    assert "`[5, 3]` · `int64` · `cpu`" in hover


async def test_hover_after_a_branch_or_loop_claims_a_shape_only_where_every_path_gives_it(client: LanguageClient):
    text = (
        "import os\nimport torch\nx = torch.zeros(4, 3)\nif os.environ.get('POOL'):\n    x = x[:2]\nprint(x)\n"
        "y = torch.zeros(4, 3)\nif os.environ.get('RELU'):\n    y = y.relu()\nprint(y)\n"
        "total = 0\nfor step in range(len(os.environ.get('STEPS', ''))):\n    total = total + torch.ones(2)\n"
        "print(total)\n"
    )
    uri = open_document(client, text)
    either = await hover_text(client, uri, position_of(text, "x)"))
    assert either is None or "**shape**" not in either  # [4, 3] or [2, 3]: no shape is claimed
    same = await expect_hover(client, uri, position_of(text, "y)"))
    assert "`[4, 3]` · `float32` · `cpu`" in same
    maybe_number = await hover_text(client, uri, position_of(text, "total)"))
    assert maybe_number is None or "**shape**" not in maybe_number  # 0 when the loop does not run


async def test_hover_shows_corrections_of_the_sheet(client: LanguageClient):
    text = "import torch\nx = torch.arange(24).reshape([2, 3, 4])\ns = x.sum(dim=1)\n"
    uri = open_document(client, text)
    hover = await expect_hover(client, uri, position_of(text, "sum"))
    assert "✓ corrected" in hover
    assert "the cheat sheet says" in hover


async def test_hover_outside_the_sheet_is_marked(client: LanguageClient):
    text = "import torch\ny = torch.lerp(a, b, 0.5)\n"
    uri = open_document(client, text)
    hover = await expect_hover(client, uri, position_of(text, "lerp"))
    assert "Not covered by the cheat sheet" in hover
    assert "lerp(" in hover


async def test_unknown_names_have_no_hover(client: LanguageClient):
    text = "import torch\nvalue = something_unknown + 1\n"
    uri = open_document(client, text)
    assert await hover_text(client, uri, position_of(text, "something_unknown")) is None
    assert await hover_text(client, uri, types.Position(line=40, character=3)) is None


async def test_hover_works_in_a_file_with_a_syntax_error(client: LanguageClient):
    text = "import torch\nx = torch.randn(2, 3\ny = (\nz = torch.cat([x, x])\n"
    uri = open_document(client, text)
    hover = await expect_hover(client, uri, position_of(text, "cat"))
    assert "**`torch.cat`**" in hover


async def test_hover_in_a_notebook_cell_sees_imports_from_earlier_cells(client: LanguageClient):
    cells = ["import torch.nn as nn", "%matplotlib inline\nlayer = nn.Linear(4, 2)"]
    cell_uris = open_notebook(client, "hover.ipynb", cells)
    hover = await expect_hover(client, cell_uris[1], position_of(cells[1], "Linear"))
    assert "**`torch.nn.Linear`**" in hover


zh_client = client_for("zh-cn")


async def test_hover_follows_the_client_locale(zh_client: LanguageClient):
    text = "import torch\ny = torch.cat([a, b])\n"
    uri = open_document(zh_client, text)
    hover = await expect_hover(zh_client, uri, position_of(text, "cat"))
    assert "拼接" in hover
    assert "✓ 已在 cpu 上执行验证" in hover


async def test_language_setting_overrides_the_locale(zh_client: LanguageClient):
    zh_client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"torchLsp": {"language": "en"}})
    )
    text = "import torch\ny = torch.cat([a, b])\n"
    uri = open_document(zh_client, text)
    hover = await expect_hover(zh_client, uri, position_of(text, "cat"))
    assert "Concatenates" in hover
    zh_client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"torchLsp": {"language": "auto"}})
    )
