"""Engine tests: `copy.deepcopy` / `copy.copy` of a numpy array is an array of its shape and dtype (an observation
copied before it is stored or fed to a policy keeps its shape); what is known of its items holds only while the
original is not changed in place either."""

from engine_support import agrees, hints_and_truth

COPIED = """
import copy
import numpy as np
import torch

observation = np.random.uniform(-1, 1, 3).astype(np.float32)
kept = copy.deepcopy(observation)
state = torch.from_numpy(np.array([kept]))
shallow = torch.from_numpy(copy.copy(np.zeros((2, 5))))
sizes = np.array(torch.zeros(4, 6).shape)
sizes_copy = copy.deepcopy(sizes)
sizes[0] = 9
grid = torch.zeros(int(sizes_copy[0]), int(sizes_copy[1]))
"""


def test_a_copied_array_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(COPIED, monkeypatch)
    assert found.get("state") == truth["state"] == "[1, 3]"
    assert found.get("shallow") == truth["shallow"] == "[2, 5]"
    assert agrees(found.get("grid"), truth["grid"])
