"""Inlay hints through the protocol: placement, labels, tooltips, notebooks, UTF-16, settings."""

from lsp_support import (
    capabilities,
    client_for,
    hint_label,
    inlay_hints,
    markdown,
    open_document,
    open_notebook,
    position_of,
    resolved,
)
from lsprotocol import types
from pytest_lsp import LanguageClient

SOURCE = """import torch
from torch import nn
x = torch.randn(64, 1, 28, 28)
y = x.view(64, -1)
values, indices = y.max(dim=1)
lstm = nn.LSTM(10, 20, batch_first=True)
out, (h, c) = lstm(torch.randn(8, 7, 10))
"""


client = client_for()


def labels(hints: list[types.InlayHint]) -> list[tuple[int, int, str]]:
    return [(h.position.line, h.position.character, hint_label(h)) for h in hints]


async def test_hints_sit_right_after_each_target(client: LanguageClient):
    uri = open_document(client, SOURCE)
    found = labels(await inlay_hints(client, uri))
    expected = [
        (position_of(SOURCE, "x =").line, 1, ": [64, 1, 28, 28]"),
        (position_of(SOURCE, "y =").line, 1, ": [64, 784]"),
        (position_of(SOURCE, "values").line, 6, ": [64]"),
        (position_of(SOURCE, "values").line, 15, ": [64]"),
        (position_of(SOURCE, "out,").line, 3, ": [8, 7, 20]"),
        (position_of(SOURCE, "out,").line, 7, ": [1, 8, 20]"),
        (position_of(SOURCE, "out,").line, 10, ": [1, 8, 20]"),
    ]
    assert found == expected


async def test_hint_tooltip_says_dtype_device_and_origin(client: LanguageClient):
    uri = open_document(client, "import torch\nidx = torch.randint(0, 5, (3,)).cuda()\n")
    (unresolved,) = await inlay_hints(client, uri)
    assert unresolved.tooltip is None and unresolved.data is not None
    (hint,) = await resolved(client, [unresolved])
    assert hint.kind == types.InlayHintKind.Type and hint.label == ": [3]"
    assert "`int64`" in markdown(hint.tooltip) and "`cuda`" in markdown(hint.tooltip)
    assert "torch.randint → cuda" in markdown(hint.tooltip)
    assert "checked on cpu" in markdown(hint.tooltip)


async def test_chinese_text_before_a_hint_does_not_shift_it(client: LanguageClient):
    text = "import torch\n张量 = torch.zeros(2, 3)  # 中文注释\nx = torch.ones(4); s = '形状'; y = x * 2\n"
    uri = open_document(client, text)
    found = labels(await inlay_hints(client, uri))
    assert (1, 2, ": [2, 3]") in found
    assert (2, position_of(text, "y =").character + 1, ": [4]") in found


async def test_only_the_requested_range_is_answered(client: LanguageClient):
    uri = open_document(client, SOURCE)
    result = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=3, character=0), end=types.Position(line=4, character=0)),
        )
    )
    assert result is not None
    assert [h.position.line for h in result] == [3, 4, 4]


async def test_hints_follow_edits(client: LanguageClient):
    uri = open_document(client, "import torch\nx = torch.zeros(2)\n")
    assert labels(await inlay_hints(client, uri)) == [(1, 1, ": [2]")]
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=1, character=16), end=types.Position(line=1, character=17)
                    ),
                    text="7, 3",
                )
            ],
        )
    )
    assert labels(await inlay_hints(client, uri)) == [(1, 1, ": [7, 3]")]


async def test_notebook_cells_share_shapes_in_cell_order(client: LanguageClient):
    cells = ["import torch\nx = torch.randn(2, 3)", "# markdown-like comment\n%time\ny = x.t()"]
    uris = open_notebook(client, "hints.ipynb", cells)
    assert labels(await inlay_hints(client, uris[0])) == [(1, 1, ": [2, 3]")]
    assert labels(await inlay_hints(client, uris[1])) == [(2, 1, ": [3, 2]")]


async def test_settings_switch_hints_off_and_add_dtypes(client: LanguageClient):
    uri = open_document(client, "import torch\ni = torch.arange(5)\n")
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"torchLsp": {"inlayHints": {"dtype": True}}})
    )
    assert labels(await inlay_hints(client, uri)) == [(1, 1, ": [5] int64")]
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"torchLsp": {"inlayHints": {"shapes": False, "dtype": False}}})
    )
    assert await inlay_hints(client, uri) == []
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"torchLsp": {"inlayHints": {"shapes": True}}})
    )
    assert labels(await inlay_hints(client, uri)) == [(1, 1, ": [5]")]


async def test_a_changed_hint_is_not_given_a_stale_tooltip(client: LanguageClient):
    uri = open_document(client, "import torch\nx = torch.zeros(2)\n")
    (old,) = await inlay_hints(client, uri)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="import torch\nx = torch.zeros(7)\n")],
        )
    )
    assert labels(await inlay_hints(client, uri)) == [(1, 1, ": [7]")]
    (stale,) = await resolved(client, [old])
    assert stale.label == ": [2]" and stale.tooltip is None


eager_client = client_for(caps=capabilities(resolve_hints=False), scope="function")


async def test_clients_that_cannot_resolve_get_tooltips_at_once(eager_client: LanguageClient):
    uri = open_document(eager_client, "import torch\nx = torch.zeros(2, dtype=torch.int8)\n")
    (hint,) = await inlay_hints(eager_client, uri)
    assert hint.data is None and "`int8` · `cpu`" in markdown(hint.tooltip)


async def test_hints_read_as_annotations_and_a_0d_tensor_says_scalar_or_its_value(client: LanguageClient):
    text = (
        "import torch\nx = torch.zeros(2, 3)\ntotal = x.sum()\nhalf = torch.tensor(0.5)\n"
        "steps = torch.tensor(3)\nr = torch.randn(4).mean()\n"
    )
    uri = open_document(client, text)
    assert labels(await inlay_hints(client, uri)) == [
        (1, 1, ": [2, 3]"),
        (2, 5, ": 0.0"),
        (3, 4, ": 0.5"),
        (4, 5, ": 3"),
        (5, 1, ": scalar"),
    ]


async def test_a_bare_expression_in_a_notebook_cell_shows_its_shape(client: LanguageClient):
    cells = ["import torch\ny = torch.zeros(2, 3)\ny", "y.shape", "y.size()\ny.t()\nprint(y)\ny.shape[0]\ny.size(0)"]
    uris = open_notebook(client, "bare.ipynb", cells)
    assert labels(await inlay_hints(client, uris[0])) == [(1, 1, ": [2, 3]"), (2, 1, ": [2, 3]")]
    assert labels(await inlay_hints(client, uris[1])) == [(0, 7, ": [2, 3]")]
    assert labels(await inlay_hints(client, uris[2])) == [(0, 8, ": [2, 3]"), (1, 5, ": [3, 2]")]


async def test_a_bare_expression_in_a_python_file_shows_nothing(client: LanguageClient):
    uri = open_document(client, "import torch\ny = torch.zeros(2, 3)\ny\ny.shape\n")
    assert labels(await inlay_hints(client, uri)) == [(1, 1, ": [2, 3]")]
