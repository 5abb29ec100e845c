"""A count that is an expression over random draws (`20 - len(tokens)` where the tokens number
`random.randint(5, 12) + 2`) whose bounds keep it at least 1 sizes a list `[0] * count` and the items of
`range(count)` exactly: a caption padded to a fixed length is that long on every run. A count the bounds may take
to 0 or below gives a list of unknown length (Python makes an empty list)."""

import textwrap

from engine_support import seeded_runs_and_hints

PROGRAM = textwrap.dedent("""
    import random

    import torch

    length = random.randint(5, 12)
    drawn = torch.zeros(length)
    tokens = [1] + [random.randint(2, 9) for _ in range(length)] + [0]
    padded = tokens + [0] * (20 - len(tokens))
    batch = torch.tensor([padded, padded])
    gap = torch.zeros(len([0] * (30 - length)))
    steps = torch.zeros(len([step for step in range(16 - length)]))
    short = torch.zeros(len([0] * (10 - length)))
""")


def test_a_count_the_bounds_of_random_draws_keep_positive_is_the_length():
    runs, hints = seeded_runs_and_hints(PROGRAM)
    assert {str(run["batch"]) for run in runs} == {hints["batch"]} == {"[2, 20]"}
    assert (hints["gap"], hints["steps"]) == ("[30-length]", "[16-length]")
    assert all(run["gap"] == [30 - run["drawn"][0]] and run["steps"] == [16 - run["drawn"][0]] for run in runs)
    # `10 - length` may be 0 or less, where Python makes an empty list
    assert 0 in {run["short"][0] for run in runs} and hints["short"] in (None, "[?]")
