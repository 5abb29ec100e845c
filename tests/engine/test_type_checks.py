"""Engine tests: `type(x)` compared with classes decides a branch when x's exact class is known; a DataLoader's
collated batch of several tensors is a list."""

import pytest
from engine_support import executed, hints_and_truth

GENERIC_TRAINER = """
    import torch
    import torch.nn as nn

    class Pair(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = nn.Linear(4, 2)

        def forward(self, x1, x2):
            return self.net(x1), self.net(x2)

    def step(model, data, target):
        if not type(data) in (tuple, list):
            data = (data,)
        outputs = model(*data)
        if type(outputs) not in (tuple, list):
            outputs = (outputs,)
        loss_inputs = outputs
        if target is not None:
            loss_inputs += (target,)
        return loss_inputs

    single = step(nn.Linear(4, 3), torch.rand(5, 4), torch.rand(5))
    first, label = single
    paired = step(Pair(), (torch.rand(6, 4), torch.rand(6, 4)), None)
    left, right = paired
    exact = torch.zeros(2) if type(left) is list else torch.zeros(3)
    named = torch.zeros(4) if type(3) == int else torch.zeros(5)
"""


def test_type_compared_with_classes_decides_the_branch(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(GENERIC_TRAINER, monkeypatch)
    assert set(truth) == {"first", "label", "left", "right", "exact", "named"}
    assert {name: found.get(name) for name in truth} == truth


OPTIONAL_LABELS = """
    import os

    import torch
    from torch.utils.data import DataLoader, TensorDataset

    class Pairs:
        def __iter__(self):
            for start in range(0, 30, 6):
                yield list(range(start, start + 6))

    rows = torch.rand(30, 6)
    if os.environ.get("LABELLED") == "1":
        dataset = TensorDataset(rows, torch.load("labels.pt"))
    else:
        dataset = TensorDataset(rows)
    for batch in DataLoader(dataset, batch_size=10):
        if isinstance(batch, list):
            batch = batch[0]
        doubled = batch * 2
    for picked, in DataLoader(TensorDataset(rows), batch_sampler=Pairs()):
        halved = picked / 2
"""


def test_a_collated_batch_is_a_list_whatever_the_number_of_tensors(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(OPTIONAL_LABELS, monkeypatch)
    assert set(truth) == {"rows", "batch", "doubled", "picked", "halved"}
    assert {name: found.get(name) for name in ("rows", "batch", "doubled")} == {
        name: truth[name] for name in ("rows", "batch", "doubled")
    }
    assert found["halved"] == truth["halved"] == "[6, 6]"  # as many rows as the sampler lists


NAMED_SAMPLES = """
    from typing import NamedTuple

    import torch
    from torch.utils.data import DataLoader, Dataset

    class Pair(NamedTuple):
        image: torch.Tensor
        label: int

    class Pairs(Dataset):
        def __len__(self):
            return 8

        def __getitem__(self, index):
            return Pair(torch.rand(3), index)

    for batch in DataLoader(Pairs(), batch_size=4):
        images = batch.image if not isinstance(batch, list) else torch.zeros(1)
"""


def test_a_batch_of_named_tuples_is_a_named_tuple(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(NAMED_SAMPLES, monkeypatch)
    assert truth["images"] == "[4, 3]" and found.get("images") in (None, "[4, 3]")


CHOSEN_BACKBONE = """
    import os

    import torch
    import torch.nn as nn

    class Residual(nn.Module):
        def __init__(self):
            super().__init__()
            self.stem = nn.Conv2d(3, 8, 3, padding=1)
            self.layer1 = nn.Sequential(nn.Conv2d(8, 8, 3, padding=1), nn.ReLU())

        def forward(self, x):
            return self.layer1(self.stem(x)).mean((2, 3))

    class Patches(nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = nn.Conv2d(3, 8, 4, stride=4)

        def forward(self, x):
            return self.embed(x).flatten(2).mean(2)

    images = torch.rand(2, 3, 16, 16)
    visual = Residual() if os.environ.get("KIND", "residual") == "residual" else Patches()
    if isinstance(visual, Residual):
        stem_out = visual.stem(images)
    else:
        patches = visual.embed(images)
    if not isinstance(visual, Patches):
        blocks = visual.layer1(torch.rand(2, 8, 4, 4))
    out = visual(images)
"""


def test_isinstance_on_a_layer_chosen_among_several_keeps_the_options_of_each_branch(monkeypatch):
    found, truth = hints_and_truth(CHOSEN_BACKBONE, monkeypatch)
    assert found.get("stem_out") == truth["stem_out"] == "[2, 8, 16, 16]"  # only Residual reaches this branch
    assert found.get("blocks") == truth["blocks"] == "[2, 8, 4, 4]"
    assert found.get("out") == truth["out"] == "[2, 8]"
    other = executed(CHOSEN_BACKBONE, "KIND", "patches", monkeypatch)  # the other branch: Patches only
    assert found.get("patches") == str(list(other["patches"])) == "[2, 8, 4, 4]"
