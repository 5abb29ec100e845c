"""Unit tests of the shape engine: abstract interpretation with probes, without the protocol."""

import textwrap
from collections.abc import Callable

import pytest
import torch
from torch_lsp.analysis.engine import analyse


def shapes(source: str, device: str | None = "cpu") -> dict[str, str]:
    """name -> rendered shape of its last hint."""
    analysis = analyse(textwrap.dedent(source), torch, device, 4096, 30.0)
    return {b.name: analysis.shape_text(b.value) for b in analysis.hints()}


def test_creation_styles():
    found = shapes("""
        import torch
        a = torch.randn(2, 3)
        b = torch.randn((2, 3))
        c = torch.tensor([[1, 2, 3], [4, 5, 6]])
        d = torch.arange(1, 4)
        e = torch.full((5, 3), 4)
        f = torch.ones_like(a, dtype=torch.double)
        g = torch.linspace(0, 1, 9)
        h = torch.tensor(3.0)
    """)
    assert found == {
        "a": "[2, 3]",
        "b": "[2, 3]",
        "c": "[2, 3]",
        "d": "[3]",
        "e": "[5, 3]",
        "f": "[2, 3]",
        "g": "[9]",
        "h": "[]",
    }


def test_views_indexing_and_named_tuples():
    found = shapes("""
        import torch as T
        x = T.randn(1, 5, 2)
        v = x.view(-1, 2)
        p = x.permute(2, 0, 1)
        s = x[:, :3]
        n = x[..., None]
        values, indices = x.max(dim=1)
        top = x.sort(dim=1).values
    """)
    assert found == {
        "x": "[1, 5, 2]",
        "v": "[5, 2]",
        "p": "[2, 1, 5]",
        "s": "[1, 3, 2]",
        "n": "[1, 5, 2, 1]",
        "values": "[1, 2]",
        "indices": "[1, 2]",
        "top": "[1, 5, 2]",
    }


def test_user_module_forward_is_interpreted_with_the_call_site_shapes():
    found = shapes("""
        import torch
        from torch import nn

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv = nn.Conv2d(3, 8, 3, padding=1)
                self.head = nn.Sequential(nn.Flatten(), nn.Linear(8 * 16 * 16, 10))

            def forward(self, x):
                h = torch.relu(self.conv(x))
                h = nn.functional.max_pool2d(h, 2)
                return self.head(h)

        out = Net()(torch.randn(4, 3, 32, 32))
    """)
    assert found["out"] == "[4, 10]"
    assert found["h"] == "[4, 8, 16, 16]"


def test_symbolic_shapes_from_annotations_and_comments():
    found = shapes("""
        import torch
        import torch.nn.functional as F

        def block(x):  # x: [B, 3, H, W]
            y = F.max_pool2d(x, 2)
            return y

        def typed(z: "Float[Tensor, 'batch 16']"):
            w = z.sum(dim=1, keepdim=True)
            return w
    """)
    assert found["y"] == "[B, 3, H//2, W//2]"
    assert found["w"] == "[batch, 1]"


def test_loader_batches_and_the_smaller_last_batch():
    found = shapes("""
        import torch
        from torch.utils.data import DataLoader, TensorDataset
        ds = TensorDataset(torch.randn(100, 3), torch.randint(0, 2, (100,)))
        for xb, yb in DataLoader(ds, batch_size=32, drop_last=True):
            pass
        for xl, yl in DataLoader(ds, batch_size=32):
            pass
        for xe, ye in DataLoader(ds, batch_size=25):
            pass
    """)
    assert (found["xb"], found["yb"]) == ("[32, 3]", "[32]")
    assert (found["xl"], found["yl"]) == ("[≤32, 3]", "[≤32]")
    assert (found["xe"], found["ye"]) == ("[25, 3]", "[25]")


def test_branches_join_and_loops_reach_a_fixed_point():
    found = shapes("""
        import torch
        def pick(flag):
            if flag:
                y = torch.zeros(2, 3)
            else:
                y = torch.zeros(2, 5)
            same = torch.zeros(2, 3) if flag else torch.ones(2, 3)
            return y, same
        r, s = pick(unknown_flag)
        w = torch.zeros(1)
        for _ in range(100):
            w = torch.cat([w, torch.zeros(1)])
    """)
    assert found["r"] == "[2, ?]"
    assert found["s"] == "[2, 3]"
    assert found["w"] == "[?]"


def test_data_dependent_sizes_become_unknown():
    found = shapes("""
        import torch
        x = torch.randn(4, 3)
        m = x[x > 0]
        u = torch.nonzero(x)
    """)
    assert found["m"] == "[?]"
    assert found["u"] == "[?, 2]"


def test_a_transposed_masked_selection_joins_across_loop_iterations():
    found = shapes("""
        import torch
        scores = torch.randn(30)
        for step in range(2):
            targets = torch.ones(30, 3)
            kept = scores[scores > 0.5]
            if kept.numel() > 0:
                targets = torch.stack((kept, kept * 2)).t()
                scaled = targets / torch.tensor([[0.1, 0.2]])
    """)
    assert found["targets"] == "[?, 2]"
    assert found["scaled"] == "[?, 2]"


def test_shape_errors_are_recorded_with_torchs_message():
    analysis = analyse("import torch\nbad = torch.randn(2, 3) @ torch.randn(4, 5)\n", torch, "cpu", 4096, 30.0)
    (issue,) = analysis.issues
    assert issue.line == 1 and issue.concrete
    assert "mat1 and mat2 shapes cannot be multiplied (2x3 and 4x5)" in issue.error.message
    assert issue.error.confirmed_on == "cpu"


def test_small_probes_are_checked_on_the_device_and_large_ones_stay_on_meta():
    analysis = analyse("import torch\na = torch.randn(2, 3)\nb = torch.randn(1000, 1000)\n", torch, "cpu", 4096, 30.0)
    checked = {b.name: b.value.checked_on for b in analysis.hints()}
    assert checked == {"a": "cpu", "b": None}
    assert all(b.value.probe.device.type == "meta" for b in analysis.hints())


@pytest.mark.parametrize(
    "source",
    [
        "import torch\nx = torch.randn(10**6, 10**6)\n",
        "import torch\nn = 2 ** 10 ** 10\nx = torch.zeros(3)\n",
        "import torch\ns = 'a' * 10 ** 12\nx = torch.zeros(3)\n",
    ],
)
def test_giant_inputs_stay_bounded(source):
    analysis = analyse(source, torch, "cpu", 4096, 10.0)
    assert analysis.completed


def test_the_contents_a_tensor_may_share_memory_with_are_listed_once():
    analysis = analyse("import torch\nx = torch.tensor([1.0, 2.0])\n" + "x = x + x\n" * 16, torch, "cpu", 4096, 10.0)
    assert [len(b.value.literals) for b in analysis.hints()] == [1] * 17  # not 2 ** 16 for the last one


def test_contents_derived_through_a_long_chain_of_ops_stay_bounded():
    source = "import torch\nx = torch.arange(8.)\n" + "x = x + 1\n" * 600 + "picked = x[x > 100]\n"
    assert shapes(source)["picked"] == "[?]"  # past 64 ops the contents are dropped, not a RecursionError


def test_user_code_is_interpreted_never_executed(tmp_path):
    sentinel = tmp_path / "ran"
    source = f"""
import torch, os
def side_effect():
    open({str(sentinel)!r}, "w").write("x")
    os.system("touch {sentinel}")
    return torch.zeros(2)
y = side_effect()
"""
    found = shapes(source)
    assert found["y"] == "[2]"
    assert not sentinel.exists()


def test_editing_a_notebook_cell_resumes_at_that_cell():
    cells = [
        "import torch\nfrom torch import nn\nx = torch.randn(8, 4)",
        "layer = nn.Linear(4, 3)\nh = layer(x)",
        "y = h.sum(dim=0)",
    ]

    def joined(texts):
        starts, line = [], 0
        for text in texts:
            starts.append(line)
            line += text.count("\n") + 1
        return "\n".join(texts), tuple(starts)

    source, starts = joined(cells)
    first = analyse(source, torch, "cpu", 4096, 30.0, cell_lines=starts)
    assert first.resumed_from is None
    edited, starts = joined([cells[0], cells[1], "y = h.mean(dim=1, keepdim=True)"])
    second = analyse(edited, torch, "cpu", 4096, 30.0, cell_lines=starts, previous=first)
    assert second.resumed_from == starts[2]
    assert {b.name: second.shape_text(b.value) for b in second.hints()} == {"x": "[8, 4]", "h": "[8, 3]", "y": "[8, 1]"}
    changed_first, starts = joined(["import torch\nfrom torch import nn\nx = torch.randn(5, 4)", *cells[1:]])
    third = analyse(changed_first, torch, "cpu", 4096, 30.0, cell_lines=starts, previous=second)
    assert third.resumed_from == 0
    assert {b.name: third.shape_text(b.value) for b in third.hints()}["y"] == "[3]"


def test_a_resumed_notebook_analysis_remembers_functions_handed_to_torch():
    cells = [
        "import torch\ndef scale(t):\n    s = t * 2\n    return s\nout = scale(torch.randn(3))\n"
        "w = torch.randn(4, requires_grad=True)\nw.register_hook(scale)",
        "y = out.sum()",
    ]
    source, starts = "\n".join(cells), (0, cells[0].count("\n") + 1)
    first = analyse(source, torch, "cpu", 4096, 30.0, cell_lines=starts)
    edited = analyse(
        source.replace("out.sum()", "out.mean()"), torch, "cpu", 4096, 30.0, cell_lines=starts, previous=first
    )
    assert edited.resumed_from == starts[1]
    for analysis in (first, edited):  # torch calls the hook with w's gradient: `s` is [3] and [4]
        assert {b.name: analysis.shape_text(b.value) for b in analysis.hints()} == {"out": "[3]", "w": "[4]", "y": "[]"}


def test_functions_handed_to_torch_methods_show_no_shapes_inside_but_an_optimizer_closure_does():
    found = shapes("""
        import torch
        from torch import nn

        def init(m):
            w = m.weight
            return w

        def closure():
            loss = torch.randn(3).sum()
            return loss

        model = nn.Sequential(nn.Linear(4, 3), nn.Linear(3, 2))
        model.apply(init)
        init(model[0])
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        opt.step(closure)
    """)
    assert "w" not in found and found["loss"] == "[]"  # SGD calls its closure once, with no arguments


def test_without_symbolic_machinery_values_needing_symbols_stay_unknown():
    source = textwrap.dedent("""
        import torch
        from torch.utils.data import DataLoader, TensorDataset
        x = torch.randn(10, 3)
        loader = DataLoader(TensorDataset(x), batch_size=4)
        for (xb,) in loader:
            y = xb * 2
        z = x.sum(dim=0)
    """)
    full = analyse(source, torch, "cpu", 4096, 30.0)
    first = analyse(source, torch, "cpu", 4096, 30.0, symbolic=False)
    assert first.deferred and not full.deferred
    full_hints = {(b.line, b.column): full.shape_text(b.value) for b in full.hints()}
    first_hints = {(b.line, b.column): first.shape_text(b.value) for b in first.hints()}
    assert set(first_hints.values()) == {"[10, 3]", "[3]"}
    assert first_hints.items() < full_hints.items()
    assert "[≤4, 3]" in full_hints.values()


def test_lists_filled_once_per_batch_know_each_batch():
    found = shapes("""
        import torch
        from torch import nn
        from torch.utils.data import DataLoader, TensorDataset
        loader = DataLoader(TensorDataset(torch.randn(40, 3), torch.randn(40, 1)), batch_size=16)
        model = nn.Linear(3, 1)
        preds, losses, kept = [], [], []
        for xb, yb in loader:
            with torch.no_grad():
                out = model(xb)
            preds.append(out)
            losses.append(((out - yb) ** 2).mean())
        p = torch.cat(preds)
        l = torch.stack(losses)
        ys = torch.cat([t for _, t in loader])
        for xb, yb in loader:
            if xb.shape[0] > 8:
                continue
            kept.append(xb)
        k = torch.cat(kept)
    """)
    assert (found["out"], found["p"], found["l"], found["ys"]) == ("[≤16, 1]", "[40, 1]", "[3]", "[40, 1]")
    assert found["k"] == "[?, 3]"


def test_data_dependent_ops_on_literal_tensors_use_their_contents():
    found = shapes("""
        import random
        import torch
        u = torch.unique(torch.tensor([3, 1, 2, 3, 1]))
        t = torch.tensor([[0, 1], [2, 0]])
        nz = torch.nonzero(t)
        a = torch.tensor([1, 0, 0, 1])
        view = a[:2]
        view.zero_()
        changed_through_a_view = torch.nonzero(a)
        b = torch.tensor([1, 0, 0, 1])
        b[0] = 0
        assigned = torch.nonzero(b)
        c = torch.tensor([1, 0, 0, 1])
        c += 1
        augmented = torch.nonzero(c)
        d = torch.tensor([1, 0, 0, 1])
        print(d)
        printed = torch.nonzero(d)
        random.shuffle(d)
        passed_to_other_code = torch.nonzero(d)
        drawn = torch.multinomial(torch.tensor([0.5, 0.5]), 1)
    """)
    assert (found["u"], found["nz"], found["printed"], found["drawn"]) == ("[3]", "[2, 2]", "[2, 1]", "[1]")
    assert {found[k] for k in ("changed_through_a_view", "assigned", "augmented", "passed_to_other_code")} == {"[?, 1]"}


def test_a_collate_fn_over_known_samples_is_interpreted_batch_by_batch():
    found = shapes("""
        import torch
        from torch.utils.data import DataLoader
        def collate(batch):
            lengths = torch.tensor([len(s) for s in batch])
            return torch.nn.utils.rnn.pad_sequence(batch, batch_first=True), lengths
        loader = DataLoader([torch.ones(n, 2) for n in (3, 5, 4, 2)], batch_size=2, collate_fn=collate)
        for padded, lengths in loader:
            last = padded[torch.arange(padded.size(0)), lengths - 1]
    """)
    assert (found["padded"], found["lengths"], found["last"]) == ("[2, ?, 2]", "[2]", "[2, 2]")


def test_a_collate_fn_over_a_user_dataset_whose_samples_share_one_shape_sees_each_batch_size():
    found = shapes("""
        import torch
        from torch.utils.data import DataLoader, Dataset
        class Points(Dataset):
            def __init__(self):
                self.points = [torch.rand(3) for _ in range(10)]
            def __len__(self):
                return len(self.points)
            def __getitem__(self, i):
                return self.points[i], i % 2
        def collate(samples):
            return torch.stack([p for p, _ in samples]), torch.tensor([c for _, c in samples])
        for points, classes in DataLoader(Points(), batch_size=5, collate_fn=collate):
            pass
    """)
    assert (found["points"], found["classes"]) == ("[5, 3]", "[5]")


def test_parameters_are_tensors():
    found = shapes("""
        import torch
        from torch import nn

        class Tokens(nn.Module):
            def __init__(self, dim=8):
                super().__init__()
                self.cls_token = nn.Parameter(torch.zeros(1, 1, dim))
                self.scale = nn.Parameter(torch.ones(dim), requires_grad=False)

            def forward(self, x):
                cls = self.cls_token.expand(x.shape[0], -1, -1)
                return torch.cat((cls, x), dim=1) * self.scale

        out = Tokens()(torch.randn(2, 5, 8))
    """)
    assert (found["self.cls_token"], found["self.scale"], found["cls"], found["out"]) == (
        "[1, 1, 8]",
        "[8]",
        "[2, 1, 8]",
        "[2, 6, 8]",
    )


def test_an_unknown_training_flag_does_not_hide_dropout_shapes():
    found = shapes("""
        import torch
        import torch.nn.functional as F
        from torch import nn

        class Block(nn.Module):
            def __init__(self):
                super().__init__()
                self.linear = nn.Linear(4, 6)

            def forward(self, x):
                h = F.dropout(self.linear(x), p=0.5, training=self.training)
                return F.batch_norm(h, None, None, training=self.training)

        y = Block()(torch.randn(3, 4))
    """)
    assert (found["h"], found["y"]) == ("[3, 6]", "[3, 6]")


def test_min_and_max_of_a_known_tuple_are_folded():
    found = shapes("""
        import torch

        def top(scores, ks=(1, 3)):
            values, indices = scores.topk(max(ks), dim=1)
            return indices

        picked = top(torch.randn(16, 10))
        grid = torch.zeros(max([2, 5]), min(4, 3))
    """)
    assert (found["picked"], found["grid"]) == ("[16, 3]", "[5, 3]")


def test_integer_contents_flow_through_ops_until_something_may_change_them():
    found = shapes("""
        import torch

        batch = torch.tensor([0, 0, 0, 1, 1])
        num_graphs = int(batch.max()) + 1
        pooled = torch.zeros(num_graphs, 4)
        counts = torch.bincount(batch, minlength=num_graphs)
        total = torch.zeros(counts.sum().item())
        idx = torch.arange(6)
        above = idx[idx > 2]
        view = idx[:3]
        idx.add_(10)
        after_change = view[view > 11]
        blank = torch.empty(3, dtype=torch.long)
        from_blank = torch.zeros(int(blank[0]))
        grid = torch.arange(12, dtype=torch.float32).reshape(3, 4) * 2
        above_ten = grid[grid > 10]
        halves = torch.tensor([0.5, 2.5]) * 3
        from_halves = torch.zeros(int(halves[1]))
        grown = torch.tensor([0.5, 2.5]).exp()
        from_floats = torch.zeros(int(grown[1]))
    """)
    assert (found["pooled"], found["counts"], found["total"], found["above"]) == ("[2, 4]", "[2]", "[5]", "[3]")
    assert found["after_change"] == "[?]"  # the view shares memory with idx, changed in place
    # no size read from contents that are not known: `int(t)` of them is an int whose value is unknown
    assert found.get("from_blank", "[?]") == "[?]"  # empty tensors hold whatever memory held
    assert found["above_ten"] == "[6]"  # whole float results of exactly rounded ops are contents too
    for name in ("from_halves", "from_floats"):  # fractions and exp may differ by device
        assert found.get(name, "[?]") == "[?]"


def test_a_deep_copied_model_has_the_same_shapes_and_its_own_attributes():
    found = shapes("""
        import copy
        import torch
        from torch import nn

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 2)

            def forward(self, x):
                return self.fc(x)

        model = Net()
        ema = copy.deepcopy(model)
        ema.fc = nn.Linear(4, 7)
        from_copy = ema(torch.randn(3, 4))
        from_model = model(torch.randn(3, 4))
        snapshot = copy.copy(torch.zeros(2, 3))
    """)
    assert (found["from_copy"], found["from_model"], found["snapshot"]) == ("[3, 7]", "[3, 2]", "[2, 3]")


def test_parameters_and_state_dict_of_models_built_from_torch_layers():
    found = shapes("""
        import torch
        from torch import nn

        model = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.BatchNorm1d(64), nn.Linear(64, 4))
        state = model.state_dict()
        first_weight = state["0.weight"]
        running_mean = state["2.running_mean"]
        flat = torch.cat([p.detach().flatten() for p in model.parameters()])
        shared = nn.Linear(2, 2)
        once = torch.cat([p.flatten() for p in nn.Sequential(shared, shared).parameters()])
        first_shared = next(nn.Sequential(shared, shared).parameters())

        class Custom(nn.Module):
            def __init__(self):
                super().__init__()
                self.scale = torch.ones(3)
                self.fc = nn.Linear(3, 3)

        custom = torch.cat([p.flatten() for p in nn.Sequential(Custom()).parameters()])
        first = next(Custom().parameters())
    """)
    assert (found["first_weight"], found["running_mean"], found["flat"], found["first_shared"]) == (
        "[64, 10]",
        "[64]",
        "[1092]",
        "[2, 2]",
    )
    # a layer met twice may be one layer or two the engine holds as one value (see repeated_objects)
    assert found.get("once", "[?]") == "[?]"
    assert (found["custom"], found["first"]) == ("[12]", "[3, 3]")  # a plain tensor attribute is not a parameter


def test_what_the_program_saved_is_what_it_loads():
    source = """
        import io
        import torch
        from torch import nn

        model = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.Linear(64, 4))
        buffer = io.BytesIO()
        torch.save({"model": model.state_dict(), "step": 3, "best": torch.tensor(0.5)}, buffer)
        buffer.seek(0)
        checkpoint = torch.load(buffer)
        weight = checkpoint["model"]["0.weight"]
        best = checkpoint["best"]
        torch.save(model.state_dict(), "model.pt")
        head = torch.load("model.pt", map_location="cuda")["2.weight"]
        for epoch in range(3):
            if epoch % 2 == 0:  # epochs 0 and 2
                torch.save(torch.randn(epoch + 1), "varies.pt")
        varies = torch.load("varies.pt")
        stale = torch.load("never_saved.pt")["0.weight"]
        pickled = torch.load(io.BytesIO())
    """
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    found = {b.name: (analysis.shape_text(b.value), b.value.device) for b in analysis.hints()}
    assert found["weight"] == ("[64, 10]", "?") and found["best"] == ("[]", "cpu")
    assert found["head"] == ("[4, 64]", "cuda")  # map_location moves every tensor
    assert found["varies"][0] == "[?]"  # saved with a different shape on each pass of the loop
    assert "stale" not in found and "pickled" not in found  # written by something else, or another buffer


def test_a_resumed_notebook_analysis_loads_what_earlier_cells_saved():
    cells = ["import torch\ntorch.save({'w': torch.randn(3, 5)}, 'w.pt')", "w = torch.load('w.pt')['w']"]
    source, starts = "\n".join(cells), (0, 2)
    first = analyse(source, torch, "cpu", 4096, 30.0, cell_lines=starts)
    edited = analyse(source.replace("['w']", "['w'].T"), torch, "cpu", 4096, 30.0, cell_lines=starts, previous=first)
    assert edited.resumed_from == starts[1]
    assert {b.name: edited.shape_text(b.value) for b in edited.hints()} == {"w": "[5, 3]"}


def test_clip_grad_norm_returns_the_total_norm_in_the_parameters_dtype():
    source = """
        import torch
        from torch import nn

        net = nn.Sequential(nn.Linear(4, 2), nn.Linear(2, 1))
        norm = nn.utils.clip_grad_norm_(net.parameters(), max_norm=1.0)
        half = torch.nn.utils.clip_grad_norm_([torch.zeros(3, dtype=torch.float16)], 1.0)
        norms = torch.stack([norm, norm])
    """
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    found = {b.name: (analysis.shape_text(b.value), b.value.dtype_name) for b in analysis.hints()}
    assert found == {"norm": ("[]", "float32"), "half": ("[]", "float16"), "norms": ("[2]", "float32")}


def test_contents_survive_user_functions_unless_they_change_them():
    found = shapes("""
        import torch

        def largest(ids):
            return ids.max()

        def shift(ids):
            ids.add_(1)

        labels = torch.tensor([0, 1, 1, 2])
        largest(labels)
        kept = torch.bincount(labels)
        shift(labels)
        changed = torch.bincount(labels)
        other = torch.tensor([0, 1, 1, 2])
        shift(other)  # the memoised call above saw `labels` change, not this tensor
        memoised = torch.bincount(other)
    """)
    assert (found["kept"], found["changed"], found["memoised"]) == ("[3]", "[?]", "[?]")


def test_contents_are_forgotten_when_a_view_of_them_changes_not_a_new_tensor():
    found = shapes("""
        import torch
        from torch import nn

        labels = torch.tensor([0, 1, 1, 2])
        shifted = labels + 1
        shifted.add_(5)
        summed = torch.zeros(3, 2).index_add_(0, labels, torch.ones(4, 2))
        nn.ReLU(inplace=True)(summed)
        kept = torch.bincount(labels)
        alias = labels.view(2, 2)
        alias.add_(1)
        changed = torch.bincount(labels)
    """)
    assert (found["kept"], found["changed"]) == ("[3]", "[?]")


def test_a_function_called_with_other_contents_is_not_answered_from_its_memo():
    found = shapes("""
        import torch

        def counts(ids):
            return torch.bincount(ids)

        few = counts(torch.tensor([0, 1]))
        more = counts(torch.tensor([0, 5]))
    """)
    assert (found["few"], found["more"]) == ("[2]", "[6]")


def test_models_converted_to_another_dtype_compute_in_it():
    source = """
        import sys
        import torch
        from torch import nn

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 2)
                self.scale = nn.Parameter(torch.ones(2))

            def forward(self, x):
                return self.fc(x) * self.scale

        net = Net().double()
        out = net(torch.randn(3, 4, dtype=torch.float64))
        layer = nn.Linear(4, 2)
        layer.to(torch.float16)
        half = layer(torch.randn(3, 4).half())
        like = nn.Linear(4, 2).to(torch.randn(1, dtype=torch.float64))(torch.randn(3, 4).double())
        maybe = nn.Linear(4, 2)
        if len(sys.argv) > 1:
            maybe.half()
        either = maybe(torch.randn(3, 4))
        plain = nn.Linear(4, 2)(torch.randn(3, 4))
        mismatch = nn.Linear(4, 2).double()(torch.randn(3, 4))  # a float32 input: torch raises
    """
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    found = {b.name: (analysis.shape_text(b.value), b.value.dtype_name) for b in analysis.hints()}
    assert (found["out"], found["half"], found["like"]) == (
        ("[3, 2]", "float64"),
        ("[3, 2]", "float16"),
        ("[3, 2]", "float64"),
    )
    assert "either" not in found  # converted on one path only: no shape, and no false dtype error
    lines = textwrap.dedent(source).split("\n")
    mismatch_line = next(number for number, line in enumerate(lines) if line.startswith("mismatch"))
    assert [issue.line for issue in analysis.issues] == [mismatch_line]  # not the cached float32 call


def test_dataclass_instances_take_their_keyword_arguments_not_the_class_defaults():
    found = shapes(
        """
        from dataclasses import dataclass, field
        import torch

        @dataclass
        class Config:
            n_embd: int = 768
            n_head: int = 12
            sizes: list = field(default_factory=lambda: [4, 8])
            head_dim: int = field(init=False, default=0)

            def __post_init__(self):
                self.head_dim = self.n_embd // self.n_head

        cfg = Config(n_embd=32, n_head=4)
        w = torch.ones(cfg.n_embd, cfg.head_dim, cfg.sizes[1])
        positional = Config(16)
        p = torch.ones(positional.n_embd, positional.n_head)
        """
    )
    assert found["w"] == "[32, 8, 8]"
    assert found["p"] == "[16, 12]"


def test_classes_built_by_code_the_engine_does_not_model_never_show_their_class_defaults():
    found = shapes(
        """
        import torch
        from somewhere import BaseSettings

        class Settings(BaseSettings):
            width = 16

        s = Settings(width=8)
        q = torch.zeros(s.width, 3)
        """
    )
    assert found["q"] == "[width, 3]"


def test_argparse_options_are_sizes_named_after_them_and_a_literal_argument_list_is_parsed():
    found = shapes(
        """
        import argparse
        import torch

        parser = argparse.ArgumentParser()
        parser.add_argument("--batch-size", type=int, default=64, help=f"{3}")
        parser.add_argument("--lr", type=float, default=0.1)
        parser.add_argument("--hidden", default=32)
        args = parser.parse_args()
        x = torch.randn(args.batch_size, 1, 28, 28)
        h = torch.randn(args.hidden, 2)
        fixed = parser.parse_args(["--batch-size", "8"])
        y = torch.randn(fixed.batch_size, fixed.hidden)
        parser.add_argument("--word", default=False, type=bool)
        flagged = parser.parse_args(["--word", "False"])
        z = torch.randn(fixed.batch_size if flagged.word else 3)
        """
    )
    assert found["x"] == "[batch_size, 1, 28, 28]"
    assert found["h"] == "[hidden, 2]"
    assert found["y"] == "[8, 32]"
    assert found["z"] == "[8]"  # argparse applies bool to the word: bool("False") is True


def test_unknown_ints_are_named_after_the_variable_they_are_assigned_to():
    source = """
        import torch
        import torch.nn as nn

        chars = sorted(set(open("input.txt").read()))
        vocab_size = len(chars)
        logits = nn.Linear(16, vocab_size)(torch.randn(4, 8, 16))
        n = int(0.9 * vocab_size)
        head = torch.zeros(vocab_size)[:n]
        """
    found = shapes(source)
    assert found["logits"] == "[4, 8, vocab_size]"
    assert found["head"] in ("[Min(n,vocab_size)]", "[Min(vocab_size,n)]")  # which is smaller is not known
    assert analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0).issues == []


def test_keyword_expansion_dicts_and_kwargs_parameters():
    found = shapes(
        """
        import torch
        import torch.nn as nn
        from torch.utils.data import DataLoader, TensorDataset

        opts = {"batch_size": 4}
        opts["drop_last"] = True
        if torch.cuda.is_available():
            opts.update(num_workers=2, pin_memory=True)
        loader = DataLoader(TensorDataset(torch.randn(10, 3)), **opts)
        (xb,) = next(iter(loader))
        layer = nn.Linear(3, **dict(out_features=5))
        out = layer(xb)

        def build(*sizes, **options):
            return torch.zeros(*sizes, **options)

        z = build(2, 3, dtype=torch.float64)
        """
    )
    assert found["xb"] == "[4, 3]"
    assert found["out"] == "[4, 5]"
    assert found["z"] == "[2, 3]"


def test_named_tuples_namespaces_partials_and_wrapped_models():
    found = shapes(
        """
        import functools
        from types import SimpleNamespace
        from typing import NamedTuple
        import torch
        import torch.nn as nn

        class Spec(NamedTuple):
            channels: int
            size: int = 8

        c, s = Spec(3)
        img = torch.zeros(c, s, s)
        ns = SimpleNamespace(dim=4)
        ns.dim = 6
        v = torch.zeros(ns.dim)

        def scaled(x, scale):
            y = x * scale
            return y

        double = functools.partial(scaled, scale=2)
        d = double(torch.ones(5, 2))
        net = nn.Linear(4, 3)
        if torch.cuda.device_count() > 1:
            net = nn.DataParallel(net)
        o = net(torch.ones(2, 4))
        strides = [2] + [1] * 2
        stack = nn.Sequential(*[nn.Conv2d(1, 1, 3, stride=st, padding=1) for st in strides])
        m = stack(torch.ones(1, 1, 8, 8))
        """
    )
    assert found["img"] == "[3, 8, 8]"
    assert found["v"] == "[6]"
    assert found["y"] == "[5, 2]"
    assert found["o"] == "[2, 3]"
    assert found["m"] == "[1, 1, 4, 4]"


def test_a_condition_on_a_layer_or_none_is_decided_by_python_truth():
    found = shapes(
        """
        import torch
        import torch.nn as nn

        class Block(nn.Module):
            def __init__(self, cin, cout, down=None):
                super().__init__()
                self.conv = nn.Conv2d(cin, cout, 3, padding=1, stride=2 if down else 1)
                self.down = down

            def forward(self, x):
                residual = self.down(x) if self.down else x
                return self.conv(x) + residual

        y1 = Block(4, 4)(torch.zeros(2, 4, 8, 8))
        y2 = Block(4, 8, nn.Conv2d(4, 8, 1, stride=2))(y1)
        """
    )
    assert found["y2"] == "[2, 8, 4, 4]"


def test_methods_of_constant_strings_are_folded():
    found = shapes(
        """
        import torch

        sentences = ["ich mochte ein bier P", "S i want a beer"]
        vocab = {"P": 0, "ich": 1, "mochte": 2, "ein": 3, "bier": 4}
        x = torch.LongTensor([[vocab[w] for w in sentences[0].split()]])
        words = " ".join(sentences).lower().split()
        y = torch.zeros(len(words), 2)
        huge = ("ab" * 2000).replace("a", "a" * 4000)
        """
    )
    assert found["x"] == "[1, 5]"
    assert found["y"] == "[10, 2]"


def test_item_assignment_replaces_the_item_a_list_or_dict_holds():
    found = shapes(
        """
        import torch

        xs = [torch.zeros(3), torch.zeros(3)]
        xs[0] = torch.zeros(5)
        a = xs[0]
        b = xs[1]
        xs[int(input())] = torch.zeros(7)
        c = xs[1]
        d = {k: torch.zeros(3) for k in ["p", "q"]}
        d["p"] = torch.zeros(5)
        e = d["q"]
        u = {k: torch.zeros(3) for k in input().split()}
        u["p"] = torch.zeros(5)
        f = u["q"]
        """
    )
    assert (found["a"], found["b"], found["c"]) == ("[5]", "[3]", "[?]")
    assert (found["e"], found["f"]) == ("[3]", "[?]")


def test_class_attributes_classmethods_and_class_identity_read_through_the_class():
    found = shapes(
        """
        import torch
        import torch.nn as nn

        class Basic(nn.Module):
            expansion = 1

            @classmethod
            def width(cls, planes):
                return torch.zeros(planes * cls.expansion)

        class Wide(Basic):
            expansion = 4

        def pick(block):
            return torch.zeros(2 if block == Basic else 3, block.expansion)

        w = Wide.width(8)
        p = pick(Wide)
        """
    )
    assert found["w"] == "[32]"
    assert found["p"] == "[3, 4]"


def test_in_place_changes_through_data_are_allowed():
    source = """
        import torch.nn as nn

        class Head(nn.Module):
            def __init__(self):
                super().__init__()
                self.output = nn.Conv2d(16, 36, 3, padding=1)

        class Model(nn.Module):
            def __init__(self):
                super().__init__()
                self.head = Head()
                self.head.output.weight.data.fill_(0)
                self.head.output.bias.data.zero_()

        model = Model()
    """
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    assert analysis.issues == []  # `.data` is outside autograd: no "leaf Variable that requires grad" error


def test_a_sparse_tensor_keeps_its_shape_and_analysis_goes_on():
    source = """
        import torch
        edges = torch.randint(0, 6, (2, 9))
        adjacency = torch.sparse_coo_tensor(edges, torch.ones(9), (6, 6))
        after = torch.randn(6, 4)
    """
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    adjacency = torch.sparse_coo_tensor(torch.randint(0, 6, (2, 9)), torch.ones(9), (6, 6))
    assert analysis.internal_errors == 0
    assert found["adjacency"] == str(list(adjacency.shape))
    assert found["after"] == str(list(torch.randn(6, 4).shape))


@pytest.mark.timeout(120)
def test_a_layer_count_without_a_value_builds_no_stack_of_layers():
    found = shapes("""
        import argparse
        import torch
        from torch import nn

        parser = argparse.ArgumentParser()
        parser.add_argument("--n_layers", type=int, default=2)
        args = parser.parse_args()
        gru = nn.GRU(16, 16, args.n_layers)
        out, hidden = gru(torch.randn(5, 3, 16))
        stack = nn.TransformerEncoder(nn.TransformerEncoderLayer(16, 4), num_layers=args.n_layers)
        encoded = stack(torch.randn(5, 3, 16))
        fixed = nn.GRU(16, 16, 2)(torch.randn(5, 3, 16))[0]
    """)
    assert "encoded" not in found  # not millions of stand-in layers: unknown
    assert (found["out"], found["hidden"]) == ("[5, 3, 16]", "[n_layers, 3, 16]")  # documented over num_layers
    assert found["fixed"] == "[5, 3, 16]"


CALLED_TWICE = """
import torch

def double(x):
    y = x * 2
    return y

a = double(torch.zeros(3))
for step in range(3):
    b = torch.ones(4 + step)
c = double(torch.zeros(5, 5))
"""


def _cancelled_after(checks: int) -> Callable[[], bool]:
    """A cancellation check that says "go on" `checks` times, then "stop"."""
    ticks = iter(range(checks))
    return lambda: next(ticks, None) is None


def test_an_analysis_cut_short_shows_only_hints_the_whole_analysis_shows():
    whole = analyse(CALLED_TWICE, torch, "cpu", 4096, 30.0)
    expected = {(b.line, b.column): whole.shape_text(b.value) for b in whole.hints()}
    assert whole.completed and "[5, 5]" in expected.values()
    cuts = 0
    for allowed in range(1, 200):
        cut = analyse(CALLED_TWICE, torch, "cpu", 4096, 30.0, cancelled=_cancelled_after(allowed))
        if cut.completed:
            break
        cuts += 1
        shown = {(b.line, b.column): cut.shape_text(b.value) for b in cut.hints()}
        assert shown.items() <= expected.items(), f"cut after {allowed} checks: {shown} against {expected}"
    assert cuts > 3  # the program was cut at several places, inside `double` and inside the loop among them


def test_json_loads_of_a_written_string_gives_its_numbers():
    found = shapes("""
        import json
        import torch
        config = json.loads('{"sizes": [2, 3], "depth": 4, "name": "x"}')
        grid = torch.zeros(*config["sizes"], config["depth"])
        unknown = json.loads(open("settings.json").read())
        other = torch.zeros(unknown["depth"])
    """)
    assert found["grid"] == "[2, 3, 4]" and "other" not in found


def test_an_error_in_a_call_that_may_not_run_is_reported_where_the_same_call_surely_runs():
    analysis = analyse(
        textwrap.dedent("""
        import torch
        layer = torch.nn.Linear(6, 1)
        x = torch.randn(6, 120)

        def predict():
            return layer(x)

        order = sorted([3, 1], key=lambda v: predict())
        y = predict()
        """),
        torch,
        "cpu",
        4096,
        30.0,
    )
    assert [issue.line for issue in analysis.issues] == [6]


def test_a_loader_with_a_sampler_does_not_take_the_dataset_length_for_its_batches():
    found = shapes("""
        import torch
        from torch.utils.data import DataLoader, SubsetRandomSampler, TensorDataset
        dataset = TensorDataset(torch.randn(12, 3))
        for (drawn,) in DataLoader(dataset, batch_size=4, sampler=SubsetRandomSampler(list(range(6)))):
            pass
        for (every,) in DataLoader(dataset, batch_size=4, shuffle=True):
            pass
    """)
    assert (found["drawn"], found["every"]) == ("[≤4, 3]", "[4, 3]")  # the sampler's 6 samples: batches of 4 and 2
