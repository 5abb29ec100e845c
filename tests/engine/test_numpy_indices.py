"""Engine tests: numpy's permutations, choices, repeats of a number and pairwise extremes, and tensors indexed by
numpy arrays."""

import pytest
from engine_support import hints_and_truth

PERMUTED_NODES = """
    import numpy as np
    import torch

    nodes = torch.rand(1, 7, 5)
    order = np.random.permutation(7)
    shuffled = nodes[:, order, :]
    rows = torch.rand(7, 3)[np.random.permutation(np.arange(7))]
    rng = np.random.default_rng(0)
    picked = nodes[0, rng.permutation(7)[:4]]
    adjacency = np.maximum(np.eye(4), np.random.rand(4, 4).T)
    clipped = torch.from_numpy(np.minimum(adjacency, 0.5))
    floor = torch.from_numpy(np.maximum(np.arange(3), 1))
"""


def test_permutations_index_tensors_and_extremes_broadcast(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(PERMUTED_NODES, monkeypatch)
    assert set(truth) == {"nodes", "shuffled", "rows", "picked", "clipped", "floor"}
    assert {name: found.get(name) for name in truth} == truth


REPLAY_SAMPLES = """
    import os

    import numpy as np
    import torch

    class Buffer:
        def __init__(self, size, batch_size):
            self.obs = np.zeros([size, 4], dtype=np.float32)
            self.acts = np.zeros([size], dtype=np.float32)
            self.size, self.batch_size = 0, batch_size

        def store(self, obs, act):
            self.obs[self.size] = obs
            self.acts[self.size] = act
            self.size += 1

        def sample(self):
            idxs = np.random.choice(self.size, size=self.batch_size, replace=False)
            return dict(obs=self.obs[idxs], acts=self.acts[idxs])

    buffer = Buffer(50, 6)
    for step in range(20):
        buffer.store(np.random.randn(4), step % 2)
    batch = buffer.sample()
    state = torch.FloatTensor(batch["obs"])
    action = torch.LongTensor(batch["acts"].reshape(-1, 1))
    drawn = torch.from_numpy(np.random.choice(np.arange(10), (2, 3)))
    steps = torch.from_numpy(np.repeat(7, 5)).long()
    batch = int(os.environ.get("BATCH", "5"))
    sized = torch.from_numpy(np.repeat(3, batch))
"""


def test_random_choices_and_repeated_numbers_make_arrays(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(REPLAY_SAMPLES, monkeypatch)
    assert set(truth) == {"state", "action", "drawn", "steps", "sized"}
    exact = {name: shape for name, shape in truth.items() if name != "sized"}
    assert {name: found.get(name) for name in exact} == exact
    assert (found["sized"], truth["sized"]) == ("[batch]", "[5]")  # as many as the size the program reads


PAIRS_BY_LABEL = """
    import numpy as np
    import torch

    labels = np.arange(30) % 5
    images = torch.rand(30, 1, 8, 8)
    same = np.where(labels == 2)[0]
    partner = np.random.choice(same)
    pair = images[partner]
    rows, cols = np.where(np.eye(4) > 0)
    picked = torch.from_numpy(cols)
"""


def test_indices_where_a_condition_holds_and_a_choice_among_them(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(PAIRS_BY_LABEL, monkeypatch)
    assert set(truth) == {"images", "pair", "picked"}
    assert found["images"] == truth["images"] and found["pair"] == truth["pair"]
    assert found["picked"] == "[?]"  # as many as the data holds


LABEL_SETS = """
    import numpy as np
    import torch

    labels = torch.arange(40) % 4
    images = torch.rand(40, 1, 8, 8)
    classes = set(labels.numpy())
    by_label = {label: np.where(labels.numpy() == label)[0] for label in classes}
    partner = images[np.random.choice(by_label[2])]
    fixed = np.random.RandomState(7)
    pairs = [[i, fixed.choice(by_label[labels[i].item()])] for i in range(0, 40, 2)]
    second = images[pairs[3][1]]
    drawn = torch.from_numpy(fixed.randn(3, 5))
    order = np.argsort(np.random.rand(6, 3), axis=0)
    inverse = np.argsort(np.arange(5)[::-1])
    reordered = torch.rand(2, 5)[:, inverse]
    ranked = torch.from_numpy(order)
    flat = torch.from_numpy(np.sort(np.random.rand(2, 3), axis=None))
    rows = torch.from_numpy(np.random.rand(4, 2).argsort())
"""


def test_sets_of_array_items_seeded_states_and_sorting(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(LABEL_SETS, monkeypatch)
    assert set(truth) == {"labels", "images", "partner", "second", "drawn", "reordered", "ranked", "flat", "rows"}
    assert {name: found.get(name) for name in truth} == truth


SHUFFLED_SEQUENCES = """
    import numpy as np
    import torch

    features = torch.rand(2, 6, 3)
    order = np.random.permutation(range(6))
    picked = features[:, torch.tensor(order[:4]), :]
    pairs = torch.from_numpy(np.random.permutation([[0, 1], [2, 3], [4, 5]]))
    kept = features[:, np.random.permutation((5, 0, 3)), :]
    first = torch.zeros(order[0] + 1)
"""


def test_a_permuted_list_is_the_array_numpy_makes_of_it_shuffled(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(SHUFFLED_SEQUENCES, monkeypatch)
    assert {name: found.get(name) for name in ("features", "picked", "pairs", "kept")} == {
        name: truth[name] for name in ("features", "picked", "pairs", "kept")
    }
    assert not any(size.isdigit() for size in found["first"].strip("[]").split(", "))  # the first item is any of six
