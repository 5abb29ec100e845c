"""Snippet collection: data checks, expansion, execution, and the statement-position logic."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys

import pytest
from lsprotocol import types
from torch_lsp.features.snippets import SCOPES, Snippet, expand_snippet, load_snippets, snippet_completions

SNIPPETS = load_snippets()
BY_PREFIX = {snippet.prefix: snippet for snippet in SNIPPETS}

# Snippets that cannot run in the test environment, and why. Everything else is executed.
NEEDS_EXTERNAL = {
    "torch-image-dataset": "PIL and image files",
    "torch-transforms": "torchvision",
    "torch-imagefolder": "torchvision and image directories",
    "torch-train-test-split": "scikit-learn",
    "torch-scale": "scikit-learn",
    "torch-select-kbest": "scikit-learn",
    "torch-label-encoder": "scikit-learn",
    "torch-onehot-encoder": "scikit-learn",
}

# Patterns of the cheat sheet (and of the Completions issue) that the collection must cover.
REQUIRED_PREFIXES = {
    "torch-device", "torch-to-device", "torch-numpy", "torch-tensor", "torch-zeros", "torch-rand",
    "torch-like", "torch-arange", "torch-dataset", "torch-image-dataset", "torch-tensor-dataset",
    "torch-dataloader", "torch-transforms", "torch-imagefolder", "torch-weighted-sampler",
    "torch-train-test-split", "torch-module", "torch-train-loop", "torch-optim", "torch-optim-sgd",
    "torch-optim-adam", "torch-optim-adamw", "torch-optim-groups", "torch-optim-add-group",
    "torch-sched-step", "torch-sched-multistep", "torch-sched-exp", "torch-sched-cosine",
    "torch-sched-plateau", "torch-sched-onecycle", "torch-clip-grad", "torch-grad-accum", "torch-save",
    "torch-load", "torch-checkpoint-save", "torch-checkpoint-load", "torch-loss-mse-l1",
    "torch-loss-distill", "torch-focal-loss", "torch-remove-outliers", "torch-handle-missing",
    "torch-scale", "torch-select-kbest", "torch-label-encoder", "torch-data-pipeline",
}  # fmt: skip

TRAINING = """
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
device = torch.device("cpu")
model = nn.Linear(4, 3)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
data = TensorDataset(torch.randn(20, 4), torch.randint(0, 3, (20,)))
train_loader = DataLoader(data, batch_size=5, shuffle=True)
val_loader = DataLoader(data, batch_size=5)
num_epochs = 2
"""
STEP = "criterion(model(torch.randn(5, 4)), torch.randint(0, 3, (5,))).backward()\noptimizer.step()\n"

# Code run before a snippet's body (after its imports) to define the names it refers to.
SETUP = {
    "torch-to-device": "import torch\nx = torch.randn(2)\ndevice = torch.device('cpu')",
    "torch-numpy": "import torch\nx = torch.randn(2, requires_grad=True)",
    "torch-as-tensor": "data = [[1, 2], [3, 4]]",
    "torch-like": "x = torch.randn(2, 3)",
    "torch-tensor-dataset": "features = torch.randn(100, 4)\nlabels = torch.randint(0, 3, (100,))",
    "torch-dataloader": (
        "import torch\nfrom torch.utils.data import TensorDataset\ndataset = TensorDataset(torch.randn(10, 2))"
    ),
    "torch-batch": (
        "import torch\nfrom torch.utils.data import DataLoader, TensorDataset\n"
        "loader = DataLoader(TensorDataset(torch.randn(10, 2), torch.zeros(10)), batch_size=4)"
    ),
    "torch-weighted-sampler": (
        "from torch.utils.data import TensorDataset\ntorch.manual_seed(0)\n"
        "targets = torch.tensor([0] * 90 + [1] * 10)\ndataset = TensorDataset(torch.randn(100, 2), targets)"
    ),
    "torch-one-hot": "import torch\nlabels = torch.tensor([0, 2, 9])",
    "torch-init": "import torch\nlayer = nn.Linear(3, 2)",
    "torch-loss-mse-l1": "import torch\npred, target = torch.randn(4, 3), torch.randn(4, 3)",
    "torch-train-loop": TRAINING,
    "torch-train-epoch": TRAINING,
    "torch-evaluate": TRAINING,
    "torch-clip-grad": TRAINING + "criterion(model(torch.randn(5, 4)) * 100, torch.randint(0, 3, (5,))).backward()",
    "torch-grad-accum": TRAINING,
    "torch-optim": TRAINING,
    "torch-optim-sgd": TRAINING,
    "torch-optim-adam": TRAINING,
    "torch-optim-adamw": TRAINING,
    "torch-optim-groups": TRAINING + "model = nn.ModuleDict({'base': nn.Linear(4, 4), 'classifier': nn.Linear(4, 3)})",
    "torch-optim-add-group": TRAINING + "new_params = [torch.randn(3, 3, requires_grad=True)]",
    "torch-sched-step": TRAINING,
    "torch-sched-multistep": TRAINING,
    "torch-sched-exp": TRAINING,
    "torch-sched-cosine": TRAINING,
    "torch-sched-plateau": TRAINING,
    "torch-sched-onecycle": TRAINING,
    "torch-save": TRAINING,
    "torch-load": TRAINING + "reference = nn.Linear(4, 3)\ntorch.save(reference.state_dict(), 'model.pt')",
    "torch-checkpoint-save": TRAINING + "epoch = 3",
    "torch-checkpoint-load": TRAINING + "torch.save({'epoch': 3, 'model_state_dict': model.state_dict(),"
    " 'optimizer_state_dict': optimizer.state_dict()}, 'checkpoint.pt')",
}

# Code run after a snippet's body to check what it produced.
CHECK = {
    "torch-device": "assert device.type in ('cpu', 'cuda')",
    "torch-to-device": "assert x.device == device",
    "torch-numpy": "assert array.shape == (2,)",
    "torch-as-tensor": "assert x.shape == (2, 2)",
    "torch-tensor": "assert x.shape == (2, 2)",
    "torch-zeros": "assert x.shape == (5, 3)",
    "torch-full": "assert torch.equal(x, torch.full((5, 3), 4.0))",
    "torch-rand": "assert x.shape == (5, 3) and x.is_floating_point()",
    "torch-randint": "assert x.shape == (5,) and 0 <= x.min() and x.max() < 10",
    "torch-normal": "assert x.shape == (2, 4)",
    "torch-like": "assert y.shape == x.shape",
    "torch-arange": "assert x.tolist() == list(range(10))",
    "torch-linspace": "assert x.tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]",
    "torch-eye": "assert torch.equal(x, torch.diag(torch.ones(3)))",
    "torch-randperm": "assert sorted(perm.tolist()) == list(range(5))",
    "torch-dataset": (
        "ds = TensorPairDataset(torch.randn(10, 3), torch.randint(0, 2, (10,)))\n"
        "sample, label = ds[3]\nassert len(ds) == 10 and sample.shape == (3,) and label.dim() == 0"
    ),
    "torch-tensor-dataset": (
        "assert (len(ds_train), len(ds_val)) == (80, 20)\n"
        "batch, _ = next(iter(dl_train))\nassert batch.shape == (32, 4)"
    ),
    "torch-dataloader": "assert loader.batch_size == 32 and loader.num_workers == 4",
    "torch-batch": "assert features.shape == (4, 2) and labels.shape == (4,)",
    "torch-weighted-sampler": (
        "drawn = torch.cat([y for _, y in loader])\nassert len(drawn) == 100 and drawn.float().mean() > 0.25"
    ),
    "torch-remove-outliers": (
        "data = torch.randn(200, 3)\ndata[5, 1] = 100.0\ncleaned = remove_outliers(data)\n"
        "assert cleaned.shape[1] == 3 and len(cleaned) < 200 and not (cleaned == 100.0).any()\n"
        "assert remove_outliers(torch.tensor([1.0] * 24 + [50.0])).tolist() == [1.0] * 24"
    ),
    "torch-handle-missing": (
        "data = torch.tensor([[1.0, float('nan')], [3.0, 4.0], [5.0, 8.0]])\n"
        "assert handle_missing(data, 'mean').tolist() == [[1.0, 6.0], [3.0, 4.0], [5.0, 8.0]]\n"
        "assert handle_missing(data, 'median')[0, 1] == 4.0\n"
        "assert handle_missing(data, 'drop').tolist() == [[3.0, 4.0], [5.0, 8.0]]"
    ),
    "torch-one-hot": "assert one_hot.shape == (3, 10) and one_hot[2, 9] == 1.0",
    "torch-data-pipeline": (
        "pipeline = DataPipeline(lambda x: x + 1).add_transform(lambda x: x * 2)\n"
        "assert pipeline.process(1) == 4 and pipeline(1) == 4"
    ),
    "torch-module": "assert Net()(torch.randn(2, 3, 32, 32)).shape == (2, 10)",
    "torch-conv2d": "import torch\nassert conv(torch.randn(1, 3, 8, 8)).shape == (1, 16, 8, 8)",
    "torch-pool": "import torch\nassert pool(torch.randn(1, 1, 8, 8)).shape == (1, 1, 4, 4)",
    "torch-init": "assert torch.all(layer.bias == 0)",
    "torch-loss-ce": ("import torch\nassert criterion(torch.randn(4, 3), torch.tensor([0, 1, 2, 1])).isfinite().all()"),
    "torch-loss-mse-l1": "assert loss.dim() == 0",
    "torch-loss-distill": (
        "import torch\nstudent = torch.randn(8, 5, requires_grad=True)\ntargets = torch.randint(0, 5, (8,))\n"
        "distillation_loss(student, torch.randn(8, 5), targets).backward()\nassert student.grad is not None\n"
        "same = distillation_loss(student, student, targets, alpha=0.5)\n"
        "assert torch.isclose(same, 0.5 * F.cross_entropy(student, targets))"
    ),
    "torch-focal-loss": (
        "logits, targets = torch.randn(8, 5), torch.randint(0, 5, (8,))\n"
        "plain = FocalLoss(gamma=0.0, reduction='mean')(logits, targets)\n"
        "assert torch.isclose(plain, F.cross_entropy(logits, targets))\n"
        "assert FocalLoss(reduction='none')(logits, targets).shape == (8,)\n"
        "focal = FocalLoss(gamma=2.0, reduction='sum')(logits, targets)\n"
        "assert focal < F.cross_entropy(logits, targets, reduction='sum')\n"
        "weighted = FocalLoss(gamma=0.0, alpha=torch.full((5,), 2.0), reduction='mean')(logits, targets)\n"
        "assert torch.isclose(weighted, 2 * F.cross_entropy(logits, targets))"
    ),
    "torch-train-loop": "assert 0.0 <= val_acc <= 1.0 and train_loss > 0",
    "torch-train-epoch": "assert train_one_epoch(model, train_loader, optimizer, criterion, device) > 0",
    "torch-evaluate": (
        "loss, accuracy = evaluate(model, val_loader, criterion, device)\nassert 0 <= accuracy <= 1 and loss > 0"
    ),
    "torch-clip-grad": (
        "norm = torch.linalg.vector_norm(torch.stack([p.grad.norm() for p in model.parameters()]))\n"
        "assert norm <= 1.0 + 1e-5"
    ),
    "torch-grad-accum": "assert step == 3",
    "torch-optim": STEP,
    "torch-optim-sgd": STEP,
    "torch-optim-adam": STEP,
    "torch-optim-adamw": STEP,
    "torch-optim-groups": "assert [group['lr'] for group in optimizer.param_groups] == [1e-4, 1e-3]",
    "torch-optim-add-group": "assert optimizer.param_groups[-1]['lr'] == 1e-4",
    "torch-sched-step": STEP + "scheduler.step()",
    "torch-sched-multistep": STEP + "scheduler.step()",
    "torch-sched-exp": STEP + "scheduler.step()\nassert abs(optimizer.param_groups[0]['lr'] - 0.095) < 1e-9",
    "torch-sched-cosine": STEP + "scheduler.step()",
    "torch-sched-plateau": STEP + "scheduler.step(1.0)",
    "torch-sched-onecycle": STEP + "scheduler.step()",
    "torch-save": "import os\nassert os.path.getsize('model.pt') > 0",
    "torch-load": "assert torch.equal(model.weight, reference.weight)",
    "torch-checkpoint-save": "assert torch.load('checkpoint.pt', weights_only=True)['epoch'] == 3",
    "torch-checkpoint-load": "assert start_epoch == 4",
}

# Runs each program in a fresh namespace and a fresh working directory; prints {id: traceback or null}.
DRIVER = r"""
import json, os, sys, tempfile, traceback, warnings
warnings.simplefilter("ignore")
results = {}
for case in json.load(sys.stdin):
    with tempfile.TemporaryDirectory() as folder:
        os.chdir(folder)
        try:
            exec(compile(case["code"], case["id"], "exec"), {"__name__": "__main__"})
            results[case["id"]] = None
        except BaseException:
            results[case["id"]] = traceback.format_exc()
        os.chdir("/")
print(json.dumps(results))
sys.exit(any(results.values()))
"""

CHOICE = re.compile(r"\$\{(\d+)\|((?:\\.|[^\\|])*)\|\}")


def choice_variants(text: str) -> dict[str, str]:
    """Map '' to the snippet text, and '$n=option' to the text with that choice option made the default."""
    variants = {"": text}
    for match in CHOICE.finditer(text):
        options = match[2].split(",")
        for option in options[1:]:
            reordered = ",".join([option] + [other for other in options if other != option])
            variants[f"${match[1]}={option}"] = text[: match.start(2)] + reordered + text[match.end(2) :]
    return variants


def program(snippet: Snippet, text: str) -> str:
    """Return a runnable program: the snippet's imports, its setup, the expanded body, then its checks."""
    setup, check = SETUP.get(snippet.prefix, ""), CHECK.get(snippet.prefix, "")
    parts = [*snippet.imports, setup, expand_snippet(text), check]
    return "\n".join(parts) + "\n"


def adjust_indentation(text: str, indent: str) -> str:
    """Indent every line after the first, as a client does for InsertTextMode.AdjustIndentation."""
    first, *rest = text.split("\n")
    return "\n".join([first, *(indent + line if line else line for line in rest)])


RUNNABLE = [snippet for snippet in SNIPPETS if snippet.prefix not in NEEDS_EXTERNAL]
CASES = [
    (f"{snippet.prefix}{'[' + label + ']' if label else ''}", snippet, text)
    for snippet in RUNNABLE
    for label, text in choice_variants(snippet.text).items()
]


# ---------------------------------------------------------------- the data


def test_collection_is_loaded():
    assert len(SNIPPETS) >= 50
    assert load_snippets() == SNIPPETS and load_snippets() is not SNIPPETS


def test_prefixes_are_unique_and_consistent():
    prefixes = [snippet.prefix for snippet in SNIPPETS]
    assert len(prefixes) == len(set(prefixes))
    for prefix in prefixes:
        assert re.fullmatch(r"torch(-[a-z0-9]+)+", prefix), prefix


def test_required_patterns_are_covered():
    assert BY_PREFIX.keys() >= REQUIRED_PREFIXES, sorted(REQUIRED_PREFIXES - BY_PREFIX.keys())


def test_test_tables_name_real_snippets():
    for table in (NEEDS_EXTERNAL, SETUP, CHECK):
        assert table.keys() <= BY_PREFIX.keys(), sorted(table.keys() - BY_PREFIX.keys())
    assert not NEEDS_EXTERNAL.keys() & (SETUP.keys() | CHECK.keys())


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda snippet: snippet.prefix)
def test_snippet_fields(snippet: Snippet):
    assert snippet.scope in SCOPES
    assert snippet.description.isascii() and snippet.description.strip()
    assert re.search(r"[\u4e00-\u9fff]", snippet.description_zh)
    assert snippet.body and all("\t" not in line and line == line.rstrip() for line in snippet.body)
    for line in snippet.imports:
        assert isinstance(ast.parse(line).body[0], (ast.Import, ast.ImportFrom)), line
    if snippet.scope == "toplevel":
        assert re.match(r"(class|def|@)", snippet.body[0]), snippet.body[0]


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda snippet: snippet.prefix)
def test_mirrors_refer_to_defined_tab_stops(snippet: Snippet):
    defined = set(re.findall(r"\$\{(\d+)[:|]", snippet.text))
    used = {a or b for a, b in re.findall(r"\$(\d+)|\$\{(\d+)\}", snippet.text)}
    assert used - {"0"} <= defined


def test_dataloader_annotates_the_six_common_options():
    text = BY_PREFIX["torch-dataloader"].text
    for option in ("batch_size", "shuffle", "num_workers", "pin_memory", "drop_last"):
        assert re.search(rf"^    {option}=.*  # ", text, re.MULTILINE), option
    assert re.search(r"^    \$\{2:dataset\},  # ", text, re.MULTILINE)


# ---------------------------------------------------------------- expansion and parsing


def test_expand_snippet():
    text = r"${1:foo} = $1 + ${2|a,b|}$2 ${3:x${4:y}z} $4 \$ \} $0"
    assert expand_snippet(text) == "foo = foo + aa xyz y $ } "
    assert expand_snippet(r"${1|a\,b,c|}") == "a,b"
    assert expand_snippet("f({})") == "f({})"


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda snippet: snippet.prefix)
def test_expanded_snippet_parses(snippet: Snippet):
    for text in choice_variants(snippet.text).values():
        ast.parse(expand_snippet(text))


@pytest.mark.parametrize("snippet", [s for s in SNIPPETS if s.scope == "statement"], ids=lambda snippet: snippet.prefix)
def test_statement_snippet_parses_when_inserted_indented(snippet: Snippet):
    inserted = adjust_indentation(snippet.text, "        ")
    ast.parse(expand_snippet(f"class Model:\n    def method(self):\n        {inserted}\n"))


# ---------------------------------------------------------------- execution


@pytest.fixture(scope="module")
def run_results() -> tuple[int, dict[str, str | None], str]:
    cases = [{"id": case_id, "code": program(snippet, text)} for case_id, snippet, text in CASES]
    done = subprocess.run(
        [sys.executable, "-c", DRIVER],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    return done.returncode, json.loads(lines[-1]) if lines else {}, done.stderr


def test_runnable_snippets_all_exit_cleanly(run_results):
    returncode, results, stderr = run_results
    failed = sorted(case_id for case_id, error in results.items() if error)
    assert returncode == 0 and len(results) == len(CASES), (failed, stderr[-2000:])


@pytest.mark.parametrize(("case_id", "snippet", "text"), CASES, ids=[case[0] for case in CASES])
def test_snippet_runs(run_results, case_id: str, snippet: Snippet, text: str):
    _, results, stderr = run_results
    assert case_id in results, stderr[-2000:]
    assert results[case_id] is None, f"{program(snippet, text)}\n{results[case_id]}"


# ---------------------------------------------------------------- statement positions


def labels(source: str, line: int | None = None, character: int | None = None) -> set[str]:
    """Labels offered with the cursor at (line, character), by default at the very end of `source`."""
    lines = source.split("\n")
    line = len(lines) - 1 if line is None else line
    character = len(lines[line]) if character is None else character
    return {item.label for item in snippet_completions(source, line, character, "en")}


STATEMENT = {snippet.prefix for snippet in SNIPPETS if snippet.scope == "statement"}
EVERYTHING = set(BY_PREFIX)

OFFERED_EVERYWHERE = {
    "empty document": "",
    "empty line": "import torch\n\n",
    "typed prefix": "import torch\ntorch-de",
    "after a closed call": "print(1)\n",
    "after a multi-line call": "x = f(\n    1,\n)\n",
    "after a string with a hash": 's = "a # b"\n',
    "after a comment ending in an operator": "x = 1  # a +\n",
    "after a closed triple-quoted string": 'doc = """a\n(\n"""\n',
    "after a function": "def f():\n    return 1\n\n",
    "after an ellipsis body": "class A:\n    def f(self): ...\n",
    "after a star import": "from torch import *\n",
}
OFFERED_STATEMENTS_ONLY = {
    "indented line inside a def": "def f():\n    x = 1\n    ",
    "typed prefix inside a def": "def f():\n    torch-tr",
    "indented line inside a class": "class A:\n    ",
    "column 0 right after a def line": "def f():\n",
    "column 0 blank line inside a body": ("def f():\n    x = 1\n\n    return x\n", 2, 0),
    "column 0 blank line before a comment": ("def f():\n    x = 1\n\n    # done\n    return x\n", 2, 0),
}
NOT_OFFERED = {
    "inside an open call": "foo(",
    "inside an open call after an argument": "foo(1, tor",
    "next line of an open call": "foo(\n    ",
    "next line of an open list": "x = [\n    1,\n",
    "inside a string": 'x = "tor',
    "inside a triple-quoted string": 'x = """\n',
    "inside a comment": "# tor",
    "after an assignment": "x = ",
    "after an attribute dot": "x.tor",
    "after a keyword on the line": "return tor",
    "after a line ending with an operator": "x = 1 +\n",
    "after a line ending with a comma": "x = 1,\n",
    "after a line ending with `and`": "ok = a and\n",
    "after a backslash": "x = 1 + \\\n",
    "inside a backslash-continued string": 'x = "abc\\\n',
    "after a decorator sign": "@\n",
}


@pytest.mark.parametrize("case", OFFERED_EVERYWHERE.values(), ids=OFFERED_EVERYWHERE.keys())
def test_offered_with_toplevel(case):
    assert labels(*(case if isinstance(case, tuple) else (case,))) == EVERYTHING


@pytest.mark.parametrize("case", OFFERED_STATEMENTS_ONLY.values(), ids=OFFERED_STATEMENTS_ONLY.keys())
def test_offered_without_toplevel(case):
    assert labels(*(case if isinstance(case, tuple) else (case,))) == STATEMENT


@pytest.mark.parametrize("source", NOT_OFFERED.values(), ids=NOT_OFFERED.keys())
def test_not_offered(source):
    assert labels(source) == set()


def test_line_endings_and_out_of_range_positions():
    assert labels("foo(\r\n", 1, 0) == set()
    assert labels("def f():\r\n    ", 1, 4) == STATEMENT
    assert snippet_completions("x = 1\n", 5, 0, "en") == []
    assert labels("\n", 0, 99) == EVERYTHING


def test_toplevel_snippets_are_not_offered_inside_def_or_class():
    toplevel = EVERYTHING - STATEMENT
    assert toplevel and "torch-module" in toplevel
    assert not toplevel & labels("class Model(nn.Module):\n    def forward(self, x):\n        ")
    assert not toplevel & labels("def f():\n    if x:\n        pass\n    ")


# ---------------------------------------------------------------- completion items


def test_completion_item_fields():
    source = "def f():\n    torch-dev"
    (item,) = [item for item in snippet_completions(source, 1, 13, "en") if item.label == "torch-device"]
    snippet = BY_PREFIX["torch-device"]
    assert item.kind == types.CompletionItemKind.Snippet
    assert item.insert_text_format == types.InsertTextFormat.Snippet
    assert item.insert_text_mode == types.InsertTextMode.AdjustIndentation
    assert item.insert_text == "\n".join(snippet.body)
    assert item.filter_text == "torch-device"
    assert item.sort_text is not None and item.sort_text > "zzzz"
    assert item.detail == snippet.description
    assert isinstance(item.text_edit, types.TextEdit)
    assert item.text_edit.range.start == types.Position(line=1, character=4)
    assert item.text_edit.range.end == types.Position(line=1, character=13)
    assert item.text_edit.new_text == item.insert_text
    assert isinstance(item.documentation, types.MarkupContent)
    assert item.documentation.kind == types.MarkupKind.Markdown
    assert snippet.description not in item.documentation.value  # shown once, as the detail
    assert "```python\n" + expand_snippet(snippet.text) + "\n```" in item.documentation.value
    assert "`import torch`" in item.documentation.value


def test_completion_item_in_chinese():
    items = {item.label: item for item in snippet_completions("", 0, 0, "zh")}
    snippet = BY_PREFIX["torch-train-loop"]
    loop, device = items["torch-train-loop"].documentation, items["torch-device"].documentation
    assert isinstance(loop, types.MarkupContent) and isinstance(device, types.MarkupContent)
    assert items["torch-train-loop"].detail == snippet.description_zh
    assert snippet.description_zh not in loop.value
    assert device.value.startswith("需要导入：`import torch`")


def test_reading_down_a_document_line_by_line_matches_reading_each_position_afresh():
    source = (
        'import torch\ndoc = """\n(\n"""\nx = f(\n    1,\n)\ny = 1 + \\\n    2\ndef g():\n    # note\n    return [\n'
        "        1,\n    ]\n\nz = 3\nclass A:\n\n"
    )
    count = source.count("\n") + 1
    down = [labels(source, line, 0) for line in range(count)]  # each request extends the lines read before
    up = [labels(source, line, 0) for line in reversed(range(count))][::-1]  # each request reads afresh
    assert down == up
    assert down[2] == set() and down[5] == set() and down[8] == set() and down[15] == EVERYTHING
    assert down[-1] == STATEMENT  # the blank line between adds no code: `class A:` is still the last line
