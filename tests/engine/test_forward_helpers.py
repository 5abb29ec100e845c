"""Engine tests: the helpers a torch layer's own forward calls (`nn.TransformerEncoderLayer._sa_block`,
`_ff_block`), called by a user subclass that writes its own forward."""

import pytest
from engine_support import hints_and_truth

CACHED_LAYER = """
    import torch
    import torch.nn as nn

    class CachedLayer(nn.TransformerEncoderLayer):
        def forward(self, x, past):
            context = torch.cat([past, x], dim=1)
            attended = self.self_attn(x, context, context, need_weights=False)[0]
            x = self.norm1(x + self.dropout1(attended))
            return self.norm2(x + self._ff_block(x)), context

    layer = CachedLayer(16, 2, 40, batch_first=True, dropout=0.0)
    step = torch.randn(2, 1, 16)
    past = torch.zeros(2, 3, 16)
    out, context = layer(step, past)
    fed = layer._ff_block(out)
    attended = layer._sa_block(step, None, None)
"""


def test_helpers_of_a_torch_forward_run_on_probes(monkeypatch: pytest.MonkeyPatch):
    found, truth = hints_and_truth(CACHED_LAYER, monkeypatch)
    assert set(truth) == {"step", "past", "out", "context", "fed", "attended"}
    assert {name: found.get(name) for name in truth} == truth
