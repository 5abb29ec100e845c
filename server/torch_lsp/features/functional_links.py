"""Functional forms and their layers (`F.relu` ↔ `nn.ReLU`), paired by a naming rule checked against torch."""

from __future__ import annotations

import functools
import inspect
from types import ModuleType

_F = "torch.nn.functional"
_NN = "torch.nn"


def _key(name: str) -> str:
    return name.replace("_", "").lower()


def _initials_key(name: str) -> str | None:
    """`bce` + `withlogits` for `binary_cross_entropy_with_logits` (a layer named by its initials)."""
    words = name.split("_")
    head = words[: words.index("with")] if "with" in words else words
    if len(head) < 2:
        return None
    return "".join(w[0] for w in head) + "".join(words[len(head) :])


@functools.lru_cache(maxsize=2)
def _pairs(torch: ModuleType) -> tuple[dict[str, str], dict[str, str]]:
    """Pair `F.x_y` with the layer `nn.XY` or `nn.XYLoss` (case and underscores ignored),
    or by its words' initials (`binary_cross_entropy` ↔ `BCELoss`); both must exist."""
    layers: dict[str, str] = {}
    for name in dir(torch.nn):
        cls = getattr(torch.nn, name, None)
        if inspect.isclass(cls) and issubclass(cls, torch.nn.Module) and not name.startswith("_"):
            layers[_key(name)] = name
    to_layer: dict[str, str] = {}
    for name in dir(torch.nn.functional):
        if name.startswith("_") or not callable(getattr(torch.nn.functional, name, None)):
            continue
        layer = _layer_named(layers, _key(name)) or _layer_named(layers, _initials_key(name))
        if layer is not None:
            to_layer[f"{_F}.{name}"] = f"{_NN}.{layer}"
    to_functional: dict[str, str] = {}
    for functional, layer in sorted(to_layer.items()):
        to_functional.setdefault(layer, functional)  # `relu` before its in-place twin `relu_`
    return to_layer, to_functional


def _layer_named(layers: dict[str, str], key: str | None) -> str | None:
    if key is None:
        return None
    return layers.get(key) or (None if key.endswith("loss") else layers.get(key + "loss"))


def layer_of(torch: ModuleType, functional: str) -> str | None:
    """`torch.nn.ReLU` for `torch.nn.functional.relu`, or None."""
    return _pairs(torch)[0].get(functional)


def functional_of(torch: ModuleType, layer: str) -> str | None:
    """`torch.nn.functional.relu` for `torch.nn.ReLU`, or None."""
    return _pairs(torch)[1].get(layer)
