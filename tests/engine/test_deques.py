"""`collections.deque` as replay buffers use it, and numpy scalar types called on arrays (`np.float32(state)`)."""

import random
import textwrap

import numpy as np
import torch
from torch_lsp.analysis.engine import analyse

PROGRAM = textwrap.dedent("""
    import os
    import random
    from collections import deque

    import numpy as np
    import torch

    recent = deque(maxlen=3)
    for step in range(5):
        recent.append(torch.zeros(step + 1))
    kept = torch.cat(list(recent))
    recent.appendleft(torch.zeros(7))
    newest = recent[-1]
    oldest = recent.popleft()
    lengths = torch.zeros(len(recent), 2)

    bounded = deque([torch.zeros(2), torch.zeros(3)], maxlen=int(os.environ.get("KEEP", "1")))
    either = bounded[0]

    buffer = deque(maxlen=1000)
    for frame in range(int(os.environ.get("FRAMES", "40"))):
        state = np.random.rand(4)
        buffer.append((np.expand_dims(np.float32(state), 0), random.randrange(2), 1.0))
    states, actions, rewards = zip(*random.sample(buffer, 8))
    batch = torch.from_numpy(np.concatenate(states))
    chosen = torch.LongTensor(actions)
""")


def executed() -> dict[str, str]:
    random.seed(0)
    np.random.seed(0)
    names: dict[str, object] = {}
    exec(PROGRAM, names)
    return {name: str(list(value.shape)) for name, value in names.items() if isinstance(value, torch.Tensor)}


def test_a_deque_keeps_its_newest_items_and_a_replay_buffer_samples_batches():
    truth = executed()
    analysis = analyse(PROGRAM, torch, "cpu", 4096, 30.0)
    hints = {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}
    for name in ("kept", "newest", "oldest", "lengths", "batch", "chosen"):
        assert hints[name] == truth[name], name
    # past a bound the engine does not know, which items were kept is not known either
    assert hints["either"] == "[?]"
