"""`np.quantile`, `np.percentile` and `np.median` reduce an array over `axis` as a mean does (keepdims kept), and
a list of quantiles adds a leading axis of their number; float32 data keeps float32 for one quantile, and a list
of quantiles gives float64 (truths and dtypes from the run)."""

from engine_support import hints_and_truth

QUANTILES = """
import numpy as np
import torch

scores = np.random.default_rng(0).normal(size=(20, 30)).astype(np.float32)
counts = np.arange(24).reshape(4, 6)
thresholds = torch.from_numpy(np.quantile(scores, 0.9, axis=1, keepdims=True))
mask = torch.from_numpy(scores >= np.quantile(scores, 0.9, axis=1, keepdims=True))
bands = torch.from_numpy(np.percentile(scores, [5, 50, 95], axis=0))
middle = torch.from_numpy(np.median(counts, axis=1))
everywhere = torch.from_numpy(np.nanquantile(scores, [0.25, 0.75]))
"""


def test_quantiles_reduce_like_a_mean(monkeypatch):
    found, truth = hints_and_truth(QUANTILES, monkeypatch)
    for name in ("thresholds", "mask", "bands", "middle", "everywhere"):
        assert found[name] == truth[name], name
    assert truth["bands"] == "[3, 30]" and truth["everywhere"] == "[2]"


def test_quantile_dtypes_follow_numpy():
    import torch
    from torch_lsp.analysis.engine import analyse

    ran: dict[str, torch.Tensor] = {}
    exec(QUANTILES, ran)
    analysis = analyse(QUANTILES, torch, "cpu", 4096, 30.0)
    found = {binding.name: binding.value.probe.dtype for binding in analysis.hints()}
    for name in ("thresholds", "bands", "middle", "everywhere"):
        assert found[name] == ran[name].dtype, name
