"""Engine tests: `np.array` of lists and tuples whose leaves are arrays of one shape and dtype stacks them, also
for a list a loop filled once per item (its length the loop's count). Truths come from running each program."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse


def shapes(source: str) -> tuple[dict[str, str], dict[str, str]]:
    """name -> the engine's rendered hint, and name -> the shape the program's run left in that global."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    names: dict[str, object] = {}
    exec(textwrap.dedent(source), names)
    return found, {n: str(list(v.shape)) for n, v in names.items() if isinstance(v, torch.Tensor)}


def test_windows_appended_as_pairs_stack_into_one_array():
    found, truth = shapes(
        """
        import numpy as np
        import torch

        series = np.sin(np.arange(0, 60, 0.1))
        train = series[: int(len(series) * 0.7)]
        pairs = []
        for i in range(len(train) - 25):
            pairs.append((train[i : i + 20], train[i + 5 : i + 25]))
        windows = torch.FloatTensor(np.array(pairs))
        """
    )
    assert found.get("windows") == truth["windows"] == "[395, 2, 20]"


def test_known_lists_of_array_tuples_stack_and_mixed_dtypes_do_not():
    found, truth = shapes(
        """
        import numpy as np
        import torch

        a, b = np.zeros((3, 4), dtype=np.float32), np.ones((3, 4), dtype=np.float32)
        grid = torch.from_numpy(np.array([(a, b), (b, a), (a, a)]))
        mixed = torch.from_numpy(np.array([a, np.ones((3, 4))]))
        """
    )
    assert found.get("grid") == truth["grid"] == "[3, 2, 3, 4]"
    assert found.get("mixed") is None
