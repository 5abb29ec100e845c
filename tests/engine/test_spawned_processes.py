"""Engine tests: `torch.multiprocessing.spawn(fn, nprocs=n, args=(...))` calls `fn(i, *args)` in each process it
starts, so what the engine infers inside `fn` stands, also where the program calls `fn` itself on one branch and
spawns it on another (one process per GPU). Truths come from running each program."""

from engine_support import hints_and_truth

TRAINING = """
import os
import torch
import torch.multiprocessing as mp


def train(rank, width, steps):
    global features, pooled
    features = torch.randn(steps, width)
    pooled = features.mean(0)


gpus = int(os.environ.get("UNUSED") or 0)
if gpus > 1:
    mp.spawn(train, nprocs=gpus, args=(8, 3))
else:
    train(0, 8, 3)
"""


def test_a_spawned_function_keeps_its_hints(monkeypatch):
    found, truth = hints_and_truth(TRAINING, monkeypatch)
    for name in ("features", "pooled"):
        assert found.get(name) == truth[name], (name, found.get(name), truth[name])


def test_the_process_index_is_an_int_below_nprocs(monkeypatch):
    source = """
    import os
    import torch
    import torch.multiprocessing as mp


    def work(rank, table):
        global row
        row = table[rank]


    table = torch.randn(4, 5)
    if int(os.environ.get("UNUSED") or 0) > 1:
        mp.spawn(work, args=(table,), nprocs=4)
    else:
        work(0, table)
    """
    found, truth = hints_and_truth(source, monkeypatch)
    assert found.get("row") == truth["row"] == "[5]"
