"""`einops.pack` flattens each tensor's `*` dimensions into one and concatenates there, giving the shapes it
flattened; `einops.unpack` splits them back (a class token packed with patch tokens, heads packed into the batch
dimension of an attention). Truths from the run."""

from engine_support import hints_and_truth

PACKING = """
import torch
from einops import pack, unpack

q = torch.zeros(2, 4, 128, 64)
k = torch.zeros(2, 4, 128, 64)
(packed_q, packed_shape), (packed_k, _) = map(lambda t: pack([t], "* n d"), (q, k))
cls = torch.zeros(2, 16)
tokens = torch.zeros(2, 9, 16)
both, shapes = pack([cls, tokens], "b * d")
back_cls, back_tokens = unpack(both, shapes, "b * d")
restored = unpack(packed_q, packed_shape, "* n d")[0]
"""


def test_pack_and_unpack_follow_the_star(monkeypatch):
    found, truth = hints_and_truth(PACKING, monkeypatch)
    for name in ("packed_q", "packed_k", "both", "back_cls", "back_tokens", "restored"):
        assert found[name] == truth[name], name
    assert truth["both"] == "[2, 10, 16]" and truth["restored"] == "[2, 4, 128, 64]"
