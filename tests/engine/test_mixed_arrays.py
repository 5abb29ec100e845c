"""Unit tests: a numpy array made in float64 on one path and float32 on another (a random action or the policy's)
keeps its shape where the paths merge, its dtype not known: numpy's stacking, indexing, arithmetic and reshapes
keep the shape, torch's constructors give the dtype they convert to or one that is not known, and nothing reads
the array's dtype as one of them."""

import sys
import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

ACTIONS = """
import os
import numpy as np
import torch
import torch.nn as nn

policy = nn.Linear(3, 6)
state = np.zeros(3, dtype=np.float32)
if os.environ.get("RANDOM"):
    action = np.random.uniform(-1, 1, 6)
else:
    action = policy(torch.FloatTensor(state).unsqueeze(0)).detach().cpu().numpy()[0]
pushed = [(state, action, 1.0) for _ in range(5)]
states, actions, rewards = map(np.stack, zip(*pushed))
batch = torch.FloatTensor(actions)
converted = torch.from_numpy(actions)
typed = torch.tensor(actions, dtype=torch.float32)
shifted = torch.tensor(actions * 2 + 1)
flat = torch.from_numpy(actions.reshape(-1))
row = torch.tensor(actions[0])
joined = torch.from_numpy(np.concatenate([actions, -actions], 1))
made = torch.tensor(np.array([action, action]))
q = nn.Linear(9, 1)(torch.cat([torch.FloatTensor(states), batch], 1))
cast = converted.float()
halved = converted * 0.5
narrowed = torch.from_numpy(np.float32(actions))
counted = torch.zeros(len(actions))
same_kind = torch.zeros(2, dtype=converted.dtype)
"""


def _run(random: str, monkeypatch) -> dict[str, torch.Tensor]:
    monkeypatch.setenv("RANDOM", random)
    monkeypatch.setattr(sys, "argv", ["program"])
    names: dict[str, object] = {}
    exec(textwrap.dedent(ACTIONS), names)
    return {name: value for name, value in names.items() if isinstance(value, torch.Tensor)}


def test_an_action_array_of_either_dtype_keeps_its_shape(monkeypatch):
    analysis = analyse(textwrap.dedent(ACTIONS), torch, "cpu", 4096, 30.0)
    hinted = {binding.name: binding.value for binding in analysis.hints()}
    runs = [_run(random, monkeypatch) for random in ("", "1")]
    assert runs[0]["converted"].dtype != runs[1]["converted"].dtype  # the two paths differ in dtype
    names = ["batch", "converted", "typed", "shifted", "flat", "row", "joined", "made", "q", "cast", "halved"]
    names += ["narrowed", "counted", "same_kind"]
    for name in names:
        shapes = {str(list(run[name].shape)) for run in runs}
        dtypes = {str(run[name].dtype).removeprefix("torch.") for run in runs}
        assert {analysis.shape_text(hinted[name])} == shapes, name
        assert hinted[name].dtype_name == (dtypes.pop() if len(dtypes) == 1 else "?"), name
    assert analysis.issues == []


KINDS = """
import os
import numpy as np
import torch

if os.environ.get("RANDOM"):
    picked = np.random.uniform(-1, 1, 6)
else:
    picked = np.arange(6)
kinds = torch.from_numpy(picked * 2)
"""


def test_arrays_of_a_float_or_an_int_dtype_stay_unknown():
    analysis = analyse(textwrap.dedent(KINDS), torch, "cpu", 4096, 30.0)
    assert "kinds" not in {binding.name for binding in analysis.hints()}  # int64 or float64: not a floating choice


SCALED = """
import os
import numpy as np
import torch

def read_wav(path):
    wav = np.zeros(4608, dtype=np.int16)
    if wav.dtype == np.int16:
        wav = wav / 32768.0
    elif wav.dtype == np.int32:
        wav = wav / 2147483648.0
    return wav.astype(np.float32)

audio = torch.from_numpy(read_wav("a.wav")).unsqueeze(0)
image = np.zeros((32, 24, 3), dtype=np.uint8)
if not os.environ.get("RAW"):
    image = image / 255.0
pixels = torch.from_numpy(image.astype(np.float32)).permute(2, 0, 1)
halved = torch.FloatTensor(image[::2])
either = torch.from_numpy(image)
"""


def test_an_int_array_scaled_to_floats_on_one_path_keeps_its_shape(monkeypatch):
    found, truth = hints_and_truth(SCALED, monkeypatch)
    for name in ("audio", "pixels", "halved"):
        assert found.get(name) == truth[name], name
    assert "either" not in found  # uint8 or float64: a tensor's dtype is never claimed
