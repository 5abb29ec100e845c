"""Engine tests: `np.mgrid` / `np.ogrid` index grids, `np.reshape` / `np.transpose` as functions, the `repeat`
method, bool literals in logical functions and `np.arange(..., dtype=)`, as synthetic data generators use them.
Truths come from running each program."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse

GENERATOR = """
import numpy as np
import torch

height, width = 24, 20
canvas = np.zeros((height, width), dtype=bool)
rows, cols = np.mgrid[: canvas.shape[0], : canvas.shape[1]]
ring = np.sqrt((rows - 6) ** 2 + (cols - 9) ** 2)
disc = np.logical_or(canvas, np.logical_and(ring < 5, True))
image = np.reshape(disc, (1, height, width)).astype(np.float32)
batch = np.asarray([image, image, image]) * 255
rgb = np.transpose(batch.repeat(3, axis=1), (0, 2, 3, 1)).astype(np.uint8)
open_rows, open_cols = np.ogrid[0:height:2, :width]
stepped = np.mgrid[2:11:3]

grid_t = torch.from_numpy(rows)
ring_t = torch.from_numpy(ring)
disc_t = torch.from_numpy(disc)
image_t = torch.from_numpy(image)
rgb_t = torch.from_numpy(rgb)
open_rows_t = torch.from_numpy(open_rows)
open_cols_t = torch.from_numpy(open_cols)
stepped_t = torch.from_numpy(stepped)
inputs = torch.from_numpy(rgb).permute(0, 3, 1, 2).float() / 255
steps = torch.from_numpy(np.arange(0, 40, dtype=np.float32))
halves = torch.from_numpy(np.arange(0, 5, 0.5, dtype="float16"))
"""


def test_index_grids_and_array_functions_follow_numpy():
    analysis = analyse(textwrap.dedent(GENERATOR), torch, "cpu", 4096, 30.0)
    found = {b.name: (analysis.shape_text(b.value), b.value.probe.dtype) for b in analysis.hints()}
    names: dict[str, object] = {}
    exec(textwrap.dedent(GENERATOR), names)
    truth = {n: (str(list(v.shape)), v.dtype) for n, v in names.items() if isinstance(v, torch.Tensor)}
    assert truth, "the program leaves tensors"
    for name, expected in truth.items():
        assert found.get(name) == expected, (name, found.get(name), expected)
