"""Quick fixes: each is applied through the protocol, the file re-analysed, and the fixed program run."""

import traceback
from collections.abc import Sequence

import pytest
from lsp_support import client_for, open_document, pulled_diagnostics
from lsprotocol import types
from pytest_lsp import LanguageClient

HEADER = "import torch\nfrom torch import nn\nimport torch.nn.functional as F\n"
CASES = [
    ("fc = nn.Linear(1024, 10)\nout = fc(torch.zeros(64, 32, 5, 5).flatten(1))\n", "Set in_features to 800"),
    ("conv = nn.Conv2d(3, 8, 3)\ny = conv(torch.zeros(2, 1, 8, 8))\n", "Set in_channels to 1"),
    ("x = torch.zeros(3, 4).t()\ny = x.view(12)\n", "Use .reshape() instead of .view()"),
    ("x = torch.zeros(3, 4).t()\ny = x.view(12)\n", "Insert .contiguous() before .view()"),
    ("bn = nn.BatchNorm2d(3)\ny = bn(torch.zeros(3, 8, 8))\n", "Add a batch dimension with .unsqueeze(0)"),
    ("loss = F.cross_entropy(torch.zeros(4, 10), torch.zeros(4).float())\n", "Convert to integer class indices"),
    ("y = torch.zeros(2, 3) @ torch.arange(12).reshape(3, 4)\n", "Convert to floating point"),
    ("loss = nn.BCEWithLogitsLoss()(torch.zeros(4), torch.zeros(4, dtype=torch.long))\n", "Convert to floating point"),
    ("e = nn.Embedding(10, 3)(torch.zeros(4))\n", "Convert to integer class indices"),
]


client = client_for()


def failure(program: str) -> str | None:
    """The traceback the program raises when run (in this process: the programs are the cases above), else None."""
    try:
        exec(program, {})
    except Exception:  # noqa: BLE001 (whatever the program raises is its failure)
        return traceback.format_exc()
    return None


def apply(text: str, edits: Sequence[types.TextEdit]) -> str:
    lines = text.split("\n")
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, end = edit.range.start, edit.range.end
        before = lines[start.line][: start.character]
        after = lines[end.line][end.character :]
        lines[start.line : end.line + 1] = (before + edit.new_text + after).split("\n")
    return "\n".join(lines)


@pytest.mark.parametrize(("body", "title"), CASES)
async def test_quick_fix_removes_the_error_and_the_program_runs(client: LanguageClient, body, title, tmp_path):
    text = HEADER + body
    assert failure(text) is not None, "the corpus program must really fail"
    uri = open_document(client, text)
    (diagnostic,) = await pulled_diagnostics(client, uri)
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert actions is not None
    (action,) = [a for a in actions if a.title.startswith(title)]
    assert isinstance(action, types.CodeAction) and action.kind == types.CodeActionKind.QuickFix
    assert action.edit is not None and action.edit.changes is not None
    fixed = apply(text, action.edit.changes[uri])
    fixed_uri = open_document(client, fixed)
    assert await pulled_diagnostics(client, fixed_uri) == []
    assert (error := failure(fixed)) is None, error
