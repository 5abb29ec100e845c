"""Unit tests: `torch.mean(x)` of a value the engine does not know is a 0-d tensor (torch takes only a tensor there
and averages every element), of a floating dtype and a device that are not known; with a dim it stays unknown."""

from engine_support import hints_and_truth

METRICS = """
import pickle
import torch


def mae(pred, true, mask_value=None):
    if mask_value is not None:
        mask = torch.gt(true, mask_value)
        pred = torch.masked_select(pred, mask)
        true = torch.masked_select(true, mask)
    return torch.mean(torch.abs(true - pred))


pred = pickle.loads(pickle.dumps(torch.randn(4, 3)))
true = pickle.loads(pickle.dumps(torch.randn(4, 3)))
error = mae(pred, true)
masked_error = mae(pred, true, 0.0)
rmse = torch.sqrt(torch.mean((pred - true) ** 2))
scaled = rmse * torch.ones(3, dtype=torch.float64)
value = rmse.item()
array = rmse.detach().cpu().numpy()
per_row = torch.mean(pred, dim=1)
"""


def test_the_mean_of_an_unknown_tensor_is_0_d(monkeypatch):
    found, truth = hints_and_truth(METRICS, monkeypatch)
    for name in ("error", "masked_error", "rmse", "scaled"):
        assert found[name] == truth[name], name
    assert truth["per_row"] == "[4]" and "per_row" not in found
