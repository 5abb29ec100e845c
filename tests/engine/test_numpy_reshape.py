"""Engine tests: an array of a length the data decides, cut to a multiple of a batch and reshaped with -1 (the
character-level batching idiom), keeps its known sizes; a reshape whose -1 would need the length's value to be
decided gives no hint. Truths come from running the program."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse

BATCHING = """
import numpy as np
import torch

with open(__file__) as f:
    text = f.read()
codes = np.array([ord(c) for c in text])
whole = codes[: (len(codes) // 24) * 24]
grid = torch.from_numpy(whole.reshape((8, -1)))
rows = torch.from_numpy(whole.reshape(-1, 6, 4))
ragged = torch.from_numpy(codes.reshape(8, -1)) if len(codes) % 8 == 0 else torch.zeros(8, 3)
"""


def test_a_batched_reshape_keeps_its_known_sizes_and_an_undecided_one_gives_none(tmp_path):
    program = tmp_path / "batching.py"
    program.write_text(textwrap.dedent(BATCHING))
    analysis = analyse(program.read_text(), torch, "cpu", 4096, 30.0)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    names: dict[str, object] = {"__file__": str(program)}
    exec(compile(program.read_text(), str(program), "exec"), names)
    truth = {n: list(v.shape) for n, v in names.items() if isinstance(v, torch.Tensor)}
    assert truth["grid"][0] == 8 and found["grid"] == "[8, ?]"
    assert truth["rows"][1:] == [6, 4] and found["rows"] == "[?, 6, 4]"
    assert "ragged" not in found  # an unknown length reshaped to 8 rows: torch must know it divides
