"""Random ints known by their bounds: `random.randint`, `random.randrange`, `np.random.randint` without a size, and
each element of `torch.randint(...)` until something may change the tensor in place. A window `data[i:i + n]` of a
long enough `data` is n long whatever `i` is drawn."""

import textwrap

from engine_support import seeded_runs_and_hints

PROGRAM = textwrap.dedent("""
    import random

    import numpy as np
    import torch

    data = torch.arange(100)
    block = 8
    start = random.randint(0, len(data) - block - 1)
    chunk = data[start:start + block]
    target = data[start + 1:start + block + 1]
    j = np.random.randint(len(data) - block)
    window = data[j:j + block]
    k = random.randrange(10, 50)
    head = data[:k]
    beyond = data[random.randint(0, 200):][:4]
""")


ELEMENTS = textwrap.dedent("""
    import numpy as np
    import torch

    data = torch.arange(100)
    offsets = torch.randint(len(data) - 8, (4,))
    batch = torch.stack([data[i:i + 8] for i in offsets])
    shifted = torch.stack([data[i + 1:i + 9] for i in offsets])
    moved = torch.randint(90, (4,))
    moved += 50
    beyond = data[moved[0]:moved[0] + 8]
    filled = torch.randint(90, (4,))
    first = filled[0]
    filled.fill_(97)
    refilled = data[first:first + 8]
    a, b = torch.randint(50, (2,))
    between = data[a:b + 50]
    previous = None
    for i in torch.randint(50, (3,)):
        if previous is not None:
            gap = data[previous:i + 50]
        previous = i
    table = np.arange(100)
    starts = np.random.randint(0, len(table) - 8, size=4)
    first_start = starts[0]
    window = torch.from_numpy(table[first_start:first_start + 8])
""")


def test_elements_of_a_random_int_tensor_start_windows_of_their_length_until_it_changes_in_place():
    runs, hints = seeded_runs_and_hints(ELEMENTS)
    for name in ("batch", "shifted", "window"):
        (truth,) = {str(run[name]) for run in runs}
        assert hints[name] == truth
    # two elements, each its own int (`a` is not `b`, nor one step's `i` the next's): the lengths vary
    for name in ("beyond", "refilled", "between", "gap"):  # or changed in place: the start may lie past the end
        truths = {str(run[name]) for run in runs}
        assert truths != {"[8]"} and (hints[name] == "[?]" or {hints[name]} == truths)


def test_a_window_at_a_random_start_has_the_window_length():
    runs, hints = seeded_runs_and_hints(PROGRAM)
    for name in ("chunk", "target", "window"):
        (truth,) = {str(run[name]) for run in runs}  # the same length in every run
        assert hints[name] == truth
    assert len({str(run["head"]) for run in runs}) > 1 and hints["head"] == "[k]"
    assert len({str(run["beyond"]) for run in runs}) > 1 and not hints["beyond"][1:-1].isdigit()
