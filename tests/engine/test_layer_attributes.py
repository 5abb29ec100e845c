"""Engine tests: `hasattr` / `getattr(..., default)` on a torch layer the program built: what its class and
constructor give it, unless the program may set that name itself or torch's utilities add it."""

import textwrap

import torch
from engine_support import hints_and_truth
from torch_lsp.analysis.engine import analyse

CACHE = """
import torch
import torch.nn as nn


class Cache(nn.Module):
    def __init__(self, batch, length, dtype):
        super().__init__()
        self.register_buffer("keys", torch.zeros((batch, length, 8), dtype=dtype))


output = nn.Linear(8, 40, bias=False)
dtype = output.weight.dtype
if hasattr(output, "scales"):  # a quantized layer keeps its dtype in its scales
    dtype = output.scales.dtype
cache = Cache(2, 16, dtype).keys
bias = getattr(output, "bias", None)
zeros = getattr(output, "zeros", torch.zeros(3))
names = sorted(vars(output))  # read, not written: the attributes stay those torch gave
"""


def test_a_layer_has_no_attribute_its_class_does_not_give_and_the_program_never_sets(monkeypatch):
    found, truth = hints_and_truth(CACHE, monkeypatch)
    assert found == {"cache": "[2, 16, 8]", "zeros": "[3]"} and found["cache"] == truth["cache"]


def test_an_attribute_the_program_sets_or_torch_may_add_stays_unknown():
    def hints(source: str) -> dict[str, str]:
        analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
        return {binding.name: analysis.shape_text(binding.value) for binding in analysis.hints()}

    set_elsewhere = CACHE + "\n\ndef quantize(layer):\n    layer.scales = torch.ones(40, dtype=torch.float16)\n"
    assert "cache" not in hints(set_elsewhere)
    written = CACHE + "\nvars(output)[input()] = torch.ones(40)\n"
    assert "cache" not in hints(written)  # a name not written out: any attribute may be set
    pruned = CACHE.replace('"scales"', '"weight_orig"').replace("output.scales", "output.weight_orig")
    assert "cache" not in hints(pruned)  # torch.nn.utils.prune adds `weight_orig`
