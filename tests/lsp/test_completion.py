"""Completion through the protocol: torch members, keyword arguments, value choices, dims, names, snippets."""

import asyncio
import importlib.util
import os

import pytest
from lsp_support import client_for, inlay_hints, markdown, open_document, open_notebook
from lsprotocol import types
from pytest_lsp import LanguageClient
from torch_lsp.features.completion_context import CODE, COMMENT, STRING, Argument, read_cursor, visible_names
from torch_lsp.features.usage_rank import read_usage, usage_rank, usage_ranks

TENSORS = "import torch\nx = torch.randn(2, 3, 4)\na = torch.zeros(2, 3)\nb = torch.zeros(5, 3)\n"


CACHE = f"/tmp/torch_lsp_test/cache-{os.getpid()}"
# The completion-index cache in CACHE, so that the test does not touch ~/.cache.
ENV = {**os.environ, "XDG_CACHE_HOME": CACHE}
client = client_for(env=ENV)


async def complete(client: LanguageClient, uri: str, position: types.Position) -> list[types.CompletionItem]:
    """The items of a completion request (empty for a null answer)."""
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )
    if result is None:
        return []
    return list(result.items if isinstance(result, types.CompletionList) else result)


async def complete_at_end(client: LanguageClient, text: str) -> list[types.CompletionItem]:
    """Open `text`, let the server analyse it (inlay hints wait for that), and complete at its very end."""
    uri = open_document(client, text)
    await inlay_hints(client, uri)
    lines = text.split("\n")
    return await complete(client, uri, types.Position(line=len(lines) - 1, character=len(lines[-1])))


def ranked(items: list[types.CompletionItem]) -> list[types.CompletionItem]:
    """The items in the order an editor shows them: by their sort texts, which every item has."""
    assert all(item.sort_text is not None for item in items)
    return sorted(items, key=lambda item: item.sort_text or "")


def by_label(items: list[types.CompletionItem]) -> dict[str, types.CompletionItem]:
    return {item.label: item for item in items}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "import torch\ntorch.",
            {
                "cat": types.CompletionItemKind.Function,
                "Tensor": types.CompletionItemKind.Class,
                "nn": types.CompletionItemKind.Module,
                "float32": types.CompletionItemKind.Constant,
            },
        ),
        ("import torch as T\nT.", {"cat": types.CompletionItemKind.Function}),
        (
            "from torch import nn\nnn.",
            {"Conv2d": types.CompletionItemKind.Class, "init": types.CompletionItemKind.Module},
        ),
        ("import torch.nn.functional as F\nF.", {"relu": types.CompletionItemKind.Function}),
        ("import torch.optim as optim\noptim.", {"AdamW": types.CompletionItemKind.Class}),
        ("from torch.optim import lr_scheduler\nlr_scheduler.", {"StepLR": types.CompletionItemKind.Class}),
        ("from torch.utils import data\ndata.", {"DataLoader": types.CompletionItemKind.Class}),
        ("import torch\ntorch.utils.data.", {"TensorDataset": types.CompletionItemKind.Class}),
        (TENSORS + "x.", {"permute": types.CompletionItemKind.Method, "shape": types.CompletionItemKind.Property}),
        (
            "from torch import nn\nlayer = nn.Linear(3, 4)\nlayer.",
            {"weight": types.CompletionItemKind.Field, "forward": types.CompletionItemKind.Method},
        ),
        (
            "from torch import nn\nclass Norm(nn.LayerNorm):\n    pass\nnorm = Norm(8)\nnorm.",
            {"forward": types.CompletionItemKind.Method},
        ),
    ],
)
async def test_members_after_a_dot(client: LanguageClient, text, expected):
    items = by_label(await complete_at_end(client, text))
    for label, kind in expected.items():
        assert items[label].kind == kind, label
    assert not [label for label in items if label.startswith("_") or not label.isidentifier()]


async def test_members_have_signatures_and_knowledge_base_entries_first(client: LanguageClient):
    items = await complete_at_end(client, "import torch\ntorch.")
    cat = by_label(items)["cat"]
    assert cat.detail == "cat(tensors, dim=0, *, out=None)"
    assert cat.data == "torch.cat" and cat.documentation is None
    ordered = ranked(items)
    assert ordered.index(cat) < ordered.index(by_label(items)["lerp"])  # lerp is not in the cheat sheet
    assert "os" not in by_label(items) and "TYPE_CHECKING" not in by_label(items)


@pytest.mark.parametrize(
    ("text", "often", "rarely"),
    [
        ("import torch\ntorch.", ["zeros", "randn", "cat"], ["abs", "absolute"]),
        ("import torch\nx = torch.zeros(2, 3)\nx.", ["view", "size", "transpose"], ["abs", "absolute_"]),
        ("from torch import nn\nnn.", ["Linear", "Conv2d"], ["AdaptiveAvgPool1d"]),
    ],
)
async def test_members_are_ranked_by_use_in_real_code(client: LanguageClient, text, often, rarely):
    ordered = [item.label for item in ranked(await complete_at_end(client, text))]
    assert max(ordered.index(name) for name in often) < min(ordered.index(name) for name in rarely), ordered[:20]


def test_usage_file_reading(tmp_path):
    path = tmp_path / "api_usage.tsv"
    path.write_text(
        "# how it was made\napi\tkind\tuses\tfiles\ntorch.cat\ttorch.* functions\t7\t3\n"
        "Tensor.view\tTensor methods\t9\t4\nbroken line\ntorch.zeros\ttorch.* functions\tmany\t1\n"
    )
    assert read_usage(path) == {"torch.cat": 7, "torch.Tensor.view": 9}


def test_the_bundled_usage_file_ranks_common_apis_first():
    assert len(usage_ranks()) > 500
    assert usage_rank("torch.nn.Linear") < usage_rank("torch.Tensor.view") < usage_rank("torch.nn.AdaptiveAvgPool1d")


async def test_no_members_of_an_absent_or_unknown_module(client: LanguageClient):
    transforms = by_label(await complete_at_end(client, "from torchvision import transforms\ntransforms."))
    assert ("Resize" in transforms) if importlib.util.find_spec("torchvision") else transforms == {}
    assert await complete_at_end(client, "import torch\nunknown_thing.") == []
    assert await complete_at_end(client, "import torch\ns = 'torch.") == []
    assert await complete_at_end(client, "import torch\n# torch.") == []


async def test_resolve_adds_knowledge_base_documentation(client: LanguageClient):
    cat = by_label(await complete_at_end(client, "import torch\ntorch."))["cat"]
    resolved = await client.completion_item_resolve_async(cat)
    assert "Concatenates" in markdown(resolved.documentation)
    assert "cat(tensors" in markdown(resolved.documentation)


async def test_a_tensor_method_is_documented_with_the_method_form(client: LanguageClient):
    items = by_label(await complete_at_end(client, "import torch\nx = torch.zeros(2, 3)\nx."))
    assert items["abs"].detail == "abs()"
    resolved = await client.completion_item_resolve_async(items["abs"])
    assert markdown(resolved.documentation).startswith("```python\nTensor.abs()\n```")
    assert "abs(input" not in markdown(resolved.documentation) and "absolute value" in markdown(resolved.documentation)


async def test_resolve_documents_names_outside_the_sheet(client: LanguageClient):
    lerp = by_label(await complete_at_end(client, "import torch\ntorch."))["lerp"]
    resolved = await client.completion_item_resolve_async(lerp)
    assert "Not covered by the cheat sheet" in markdown(resolved.documentation)


async def test_keyword_arguments_of_data_loader(client: LanguageClient):
    text = "from torch.utils.data import DataLoader\ndl = DataLoader(ds, "
    items = by_label(await complete_at_end(client, text))
    for keyword in ("batch_size=", "shuffle=", "num_workers=", "pin_memory=", "drop_last=", "collate_fn="):
        assert items[keyword].kind == types.CompletionItemKind.Variable
    assert "dataset=" not in items  # given positionally
    assert items["batch_size="].detail == "batch_size=1"
    assert markdown(items["batch_size="].documentation)  # the knowledge base's note


async def test_keywords_already_given_are_not_offered(client: LanguageClient):
    text = "from torch.utils.data import DataLoader\ndl = DataLoader(ds, batch_size=4,\n    shu"
    items = by_label(await complete_at_end(client, text))
    assert "shuffle=" in items and "batch_size=" not in items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from torch import nn\nloss = nn.CrossEntropyLoss(reduction=", ["'mean'", "'sum'", "'none'"]),
        ("import torch.nn.functional as F\nloss = F.mse_loss(a, b, reduction='", ["'mean'", "'sum'", "'none'"]),
        (
            "from torch.optim.lr_scheduler import ReduceLROnPlateau\ns = ReduceLROnPlateau(opt, mode=",
            ["'min'", "'max'"],
        ),
        (
            "from torch import nn\nconv = nn.Conv2d(1, 8, 3, padding_mode=",
            ["'zeros'", "'reflect'", "'replicate'", "'circular'"],
        ),
        ("from torch import nn\nrnn = nn.RNN(4, 8, nonlinearity=", ["'tanh'", "'relu'"]),
        ("import torch\nx = torch.zeros(2, 3, device=", ["'cpu'", "'cuda'", "'mps'"]),
        ("from torch.utils.data import DataLoader\ndl = DataLoader(ds, shuffle=", ["True", "False"]),
    ],
)
async def test_value_choices_of_closed_domains(client: LanguageClient, text, expected):
    items = await complete_at_end(client, text)
    assert [item.label for item in items[: len(expected)]] == expected


async def test_value_choice_replaces_the_typed_quote(client: LanguageClient):
    text = "from torch import nn\nloss = nn.CrossEntropyLoss(reduction='me"
    mean = by_label(await complete_at_end(client, text))["'mean'"]
    assert isinstance(mean.text_edit, types.TextEdit)
    assert mean.text_edit.new_text == "'mean'"
    assert mean.text_edit.range.start.character == text.rsplit("\n", maxsplit=1)[-1].index("'")


def dim_details(items: list[types.CompletionItem]) -> dict[str, str | None]:
    return {item.label: item.detail for item in items if item.kind == types.CompletionItemKind.Value}


async def test_dims_of_a_reduction_with_resulting_shapes(client: LanguageClient):
    details = dim_details(await complete_at_end(client, TENSORS + "s = x.sum("))
    assert details == {
        "0": "0 → [3, 4]",
        "1": "1 → [2, 4]",
        "2": "2 → [2, 3]",
        "-1": "-1 → [2, 3]",
        "-2": "-2 → [2, 4]",
        "-3": "-3 → [3, 4]",
    }


async def test_dims_after_dim_keyword_and_alongside_keywords(client: LanguageClient):
    assert dim_details(await complete_at_end(client, TENSORS + "m = x.mean(dim="))["-1"] == "-1 → [2, 3]"
    items = by_label(await complete_at_end(client, TENSORS + "s = x.sum("))
    assert "keepdim=" in items
    unsqueeze = dim_details(await complete_at_end(client, TENSORS + "u = x.unsqueeze("))
    assert unsqueeze["3"] == "3 → [2, 3, 4, 1]" and unsqueeze["-4"] == "-4 → [1, 2, 3, 4]"
    softmax = dim_details(
        await complete_at_end(client, "import torch.nn.functional as F\n" + TENSORS + "p = F.softmax(x, dim=")
    )
    assert softmax["1"] == "1 → [2, 3, 4]"


async def test_cat_and_stack_offer_only_the_valid_dims(client: LanguageClient):
    assert dim_details(await complete_at_end(client, TENSORS + "c = torch.cat([a, b], dim=")) == {
        "0": "0 → [7, 3]",
        "-2": "-2 → [7, 3]",
    }
    stacked = dim_details(await complete_at_end(client, TENSORS + "s = torch.stack([a, a], "))
    assert stacked == {
        "0": "0 → [2, 2, 3]",
        "1": "1 → [2, 2, 3]",
        "2": "2 → [2, 3, 2]",
        "-1": "-1 → [2, 3, 2]",
        "-2": "-2 → [2, 2, 3]",
        "-3": "-3 → [2, 2, 3]",
    }


async def test_dims_on_symbolic_shapes(client: LanguageClient):
    text = (
        "import torch\nfrom jaxtyping import Float\n\ndef f(h: Float[torch.Tensor, 'B 3 4']):\n"
        "    y = torch.cat([h, h], dim=\n    return y\n"
    )
    uri = open_document(client, text)
    await inlay_hints(client, uri)
    details = dim_details(await complete(client, uri, types.Position(line=4, character=30)))
    assert details["0"] == "0 → [2*B, 3, 4]" and details["-1"] == "-1 → [B, 3, 8]"


async def test_dims_without_shapes_when_the_call_needs_more_arguments(client: LanguageClient):
    details = dim_details(await complete_at_end(client, TENSORS + "t = x.transpose("))
    assert details == {"0": None, "1": None, "2": None, "-1": None, "-2": None, "-3": None}
    assert dim_details(await complete_at_end(client, TENSORS + "t = x.transpose(0, "))["2"] == "2 → [4, 3, 2]"


async def test_snippets_at_statement_positions_only(client: LanguageClient):
    items = await complete_at_end(client, "import torch\n\ntrai")
    assert any(item.kind == types.CompletionItemKind.Snippet for item in items)
    inside = await complete_at_end(client, "import torch\ny = torch.cat(trai")
    assert not any(item.kind == types.CompletionItemKind.Snippet for item in inside)
    after_dot = await complete_at_end(client, "import torch\ntorch.tra")
    assert not any(item.kind == types.CompletionItemKind.Snippet for item in after_dot)


async def test_the_users_own_names_in_scope(client: LanguageClient):
    text = (
        "import torch\nfrom torch.utils.data import DataLoader\nmodel_size = 3\n"
        "def train(model_in, steps):\n    local_steps = steps\n    mo"
    )
    items = by_label(await complete_at_end(client, text))
    assert items["model_size"].kind == types.CompletionItemKind.Variable
    assert items["model_in"].kind == types.CompletionItemKind.Variable
    assert items["train"].kind == types.CompletionItemKind.Function
    assert items["DataLoader"].kind == types.CompletionItemKind.Class
    assert items["torch"].kind == types.CompletionItemKind.Module
    assert "print" not in items and "len" not in items  # builtins are the editor's business


async def test_notebook_cells_see_names_from_earlier_cells(client: LanguageClient):
    cells = ["import torch as T\nfeatures = T.randn(8, 5)", "%matplotlib inline\nfea", "features.sum("]
    cell_uris = open_notebook(client, "completion.ipynb", cells)
    await inlay_hints(client, cell_uris[0])
    names = by_label(await complete(client, cell_uris[1], types.Position(line=1, character=3)))
    assert "features" in names and "T" in names
    dims = dim_details(await complete(client, cell_uris[2], types.Position(line=0, character=len(cells[2]))))
    assert dims["1"] == "1 → [8]"


async def test_the_index_is_cached_on_disk(client: LanguageClient):
    await complete_at_end(client, "import torch\ntorch.")
    for _ in range(100):
        files = os.listdir(os.path.join(CACHE, "torch-lsp")) if os.path.isdir(os.path.join(CACHE, "torch-lsp")) else []
        if files:
            break
        await asyncio.sleep(0.1)
    assert any(name.startswith("completion-index-") and name.endswith(".json") for name in files)


zh_client = client_for("zh-cn", env=ENV)


async def test_resolve_follows_the_client_locale(zh_client: LanguageClient):
    cat = by_label(await complete_at_end(zh_client, "import torch\ntorch."))["cat"]
    resolved = await zh_client.completion_item_resolve_async(cat)
    assert "拼接" in markdown(resolved.documentation)


async def test_keyword_notes_follow_the_client_locale(zh_client: LanguageClient):
    items = by_label(await complete_at_end(zh_client, "from torch.utils.data import DataLoader\ndl = DataLoader(ds, "))
    assert any("\u4e00" <= char <= "\u9fff" for char in markdown(items["batch_size="].documentation))


@pytest.mark.parametrize(
    ("text", "where", "member", "callee", "keyword", "prefix"),
    [
        ("torch.nn.", CODE, ("torch", "nn"), None, None, None),
        ("y = F .relu", CODE, ("F",), None, None, None),
        ("foo().bar.", CODE, None, None, None, None),
        ("s = 'torch.", STRING, None, None, None, None),
        ("x = 1  # torch.", COMMENT, None, None, None, None),
        ("dl = DataLoader(ds,\n    bat", CODE, None, ("DataLoader",), None, "bat"),
        ("loss = nn.MSELoss(reduction='su", STRING, None, ("nn", "MSELoss"), "reduction", "'su"),
        ("s = x.sum(dim=-", CODE, None, ("x", "sum"), "dim", "-"),
        ("y = torch.cat([a, b", CODE, None, None, None, None),
        ("def forward(self, ", CODE, None, None, None, None),
        ("broken = f(\nx.sum(", CODE, None, ("x", "sum"), None, ""),
        ("y = F.interpolate(x,  # the batch\n    mode=", CODE, None, ("F", "interpolate"), "mode", ""),
        ("y = größe.", CODE, ("größe",), None, None, None),
        ("y = f'{x.", STRING, None, None, None, None),
        ("%timeit torch.", CODE, ("torch",), None, None, None),
        ("!pip install torch.", CODE, None, None, None, None),
        ("y = x.view(\r\n\t2, di", CODE, None, ("x", "view"), None, "di"),
    ],
)
def test_read_cursor(text, where, member, callee, keyword, prefix):
    cursor = read_cursor(text)
    assert cursor.where == where and cursor.member == member
    assert (cursor.call.callee if cursor.call else None) == callee
    if cursor.call is not None:
        assert (cursor.call.keyword, cursor.call.prefix) == (keyword, prefix)


def test_read_cursor_collects_the_previous_arguments():
    call = read_cursor("opt = optim.SGD(model.parameters(), lr=f(1, 2), mom").call
    assert call is not None
    assert call.previous == (Argument("model.parameters()"), Argument("f(1, 2)", "lr"))
    assert call.slot is None and call.prefix_start == len("opt = optim.SGD(model.parameters(), lr=f(1, 2), ")


def test_visible_names_follow_scopes():
    source = (
        "import torch.nn as nn\nlimit = 3\nclass Net(nn.Module):\n    width = 4\n    dep\n"
        "    def forward(self, x, *rest):\n        for i, (j, k) in enumerate(x):\n            pass\n"
        "        \nwith open('f') as handle:\n    hand\n"
    )
    in_method = visible_names(source, 8)
    assert {"nn", "limit", "Net", "handle", "self", "x", "rest", "i", "j", "k"} <= in_method.keys()
    assert "width" not in in_method  # class attributes are not in scope inside methods
    in_class = visible_names(source, 4)
    assert {"width", "forward"} <= in_class.keys() and "self" not in in_class
    assert "handle" in visible_names(source, 10) and "self" not in visible_names(source, 10)
