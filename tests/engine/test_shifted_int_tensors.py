"""An integer tensor known by bounds plus an int (`end = start + n`): each element is the one at the same index of
`start` plus n, and reading the same index of `start` twice reads the same int, so the patches
`x[start[i]:end[i]]` of a random crop are n long where the bounds put them inside `x`."""

import textwrap

from engine_support import seeded_runs_and_hints

PROGRAM = textwrap.dedent("""
    import torch

    x = torch.zeros(4, 1, 36, 36)
    start = torch.randint(0, 29, (4, 2))
    end = start + 8
    patches = []
    for i in range(4):
        patches.append(x[i, :, start[i, 1]:end[i, 1], start[i, 0]:end[i, 0]])
    crops = torch.stack(patches)
    back = 8 + start
    first = x[0, 0, 0, start[0, 0]:back[0, 0]]
    lows = end - 8
    again = x[0, 0, 0, lows[1, 1]:end[1, 1]]
    wide = torch.randint(0, 40, (4, 2))
    past = x[0, 0, 0, wide[0, 0]:(wide + 8)[0, 0]]
    crossed = x[0, 0, 0, start[0, 1]:end[1, 1]]
    flipped = 30 - start
    reversed_ = x[0, 0, 0, start[0, 0]:flipped[0, 0]]
    moved = torch.randint(0, 29, (4,))
    stop = moved + 8
    moved[0] = 30
    changed = x[0, 0, 0, moved[0]:stop[0]]
""")


def test_a_random_int_tensor_plus_an_int_reads_each_element_plus_that_int():
    runs, hints = seeded_runs_and_hints(PROGRAM)
    for name in ("crops", "first", "again"):
        (truth,) = {str(run[name]) for run in runs}
        assert hints[name] == truth
    # past the end of `x`, two indices, `n - start`, or `start` changed in place: the lengths vary
    for name in ("past", "crossed", "reversed_", "changed"):
        truths = {str(run[name]) for run in runs}
        assert len(truths) > 1 and hints[name] == "[?]"
