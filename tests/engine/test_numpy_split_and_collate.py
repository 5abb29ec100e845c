"""Engine tests: `np.split` / `np.array_split` into parts, and a DataLoader batching numpy samples into tensors."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse


def shapes(source: str) -> dict[str, str]:
    """name -> rendered shape of its last hint (dtype appended)."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return {b.name: f"{analysis.shape_text(b.value)} {b.value.probe.dtype}" for b in analysis.hints()}


def run_truth(source: str) -> dict[str, str]:
    """name -> shape and dtype of each tensor the program leaves in its globals (its truth, by running it)."""
    executed: dict[str, object] = {}
    exec(textwrap.dedent(source), executed)
    return {name: f"{list(v.shape)} {v.dtype}" for name, v in executed.items() if isinstance(v, torch.Tensor)}


SPLITS = """
    import numpy as np
    import torch
    series = np.zeros((5 * 8, 3))
    windows = np.split(series, 5)
    first = torch.from_numpy(windows[0])
    stacked = torch.from_numpy(np.array(windows))
    columns = torch.from_numpy(np.split(series, 3, axis=1)[2])
    head, middle, tail = np.split(np.ones((10, 4), dtype=np.float32), [2, 7])
    middle_rows = torch.from_numpy(middle)
    tail_rows = torch.from_numpy(tail)
    uneven = torch.from_numpy(np.array_split(np.arange(11), 3)[0])
    last_uneven = torch.from_numpy(np.array_split(np.arange(11), 3)[-1])
"""


def test_split_gives_the_parts_numpy_cuts():
    assert shapes(SPLITS) == run_truth(SPLITS)


def test_split_that_numpy_refuses_or_cannot_be_sized_gives_nothing():
    found = shapes("""
        import numpy as np
        import torch

        def parts(n):
            return np.split(np.zeros((12, 2)), n)

        odd = torch.from_numpy(np.split(np.zeros((10, 2)), 3)[0])
        unsized = torch.from_numpy(parts(int(input()))[0])
    """)
    assert found == {}


NUMPY_SAMPLES = """
    import numpy as np
    import torch

    class Windows(torch.utils.data.Dataset):
        def __init__(self):
            self.series = np.random.rand(12, 7, 2)

        def __len__(self):
            return len(self.series)

        def __getitem__(self, index):
            window = self.series[index]
            return np.copy(window[:-1, :]), window[-1, :].astype(np.float32), np.int64(index)

    loader = torch.utils.data.DataLoader(Windows(), batch_size=4, drop_last=True)
    for inputs, labels, indices in loader:
        inputs = inputs.float()
    sampled = torch.utils.data.DataLoader(
        Windows(), batch_size=3, sampler=torch.utils.data.SubsetRandomSampler([0, 2, 4, 6, 8, 10]), drop_last=True
    )
    for sampled_inputs, sampled_labels, _ in sampled:
        pass
"""


def test_default_collate_turns_numpy_samples_into_tensors():
    truth = run_truth(NUMPY_SAMPLES)
    found = shapes(NUMPY_SAMPLES)
    assert {name: found[name] for name in truth} == truth
