"""How many of torch's public APIs get a docstring example checked by the shape engine (hover fallback).

Counts, for torch.*, torch.Tensor.*, torch.nn.* and torch.nn.functional.*: the APIs whose docstring has a
`>>>` example, those whose example produced at least one output comparable with the printed one, and
those marked ✓ (every compared output matched). Run: `PYTHONPATH=server .venv/bin/python
bench/doc_examples_bench.py [--device cpu]`.
"""

from __future__ import annotations

import argparse
import inspect
import time

import torch
from torch_lsp.features.doc_examples import doc_example

NAMESPACES = {
    "torch.*": ("torch", torch),
    "Tensor.*": ("torch.Tensor", torch.Tensor),
    "nn.*": ("torch.nn", torch.nn),
    "F.*": ("torch.nn.functional", torch.nn.functional),
}


def public_apis(prefix: str, owner: object) -> list[str]:
    """Public callables of a namespace (classes included; submodules and constants left out)."""
    names = []
    for name in dir(owner):
        obj = getattr(owner, name, None)
        if name.startswith("_") or inspect.ismodule(obj) or not callable(obj):
            continue
        names.append(f"{prefix}.{name}")
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    doc_example("torch.cat", torch, args.device, 4096)  # warm up the engine outside the timings
    print("| namespace | public APIs | with a `>>>` example | compared | ✓ | ✓ by values |")
    print("|---|---|---|---|---|---|")
    start = time.perf_counter()
    for label, (prefix, owner) in NAMESPACES.items():
        apis = public_apis(prefix, owner)
        found = [doc_example(name, torch, args.device, 4096) for name in apis]
        examples = [e for e in found if e is not None]
        compared = [e for e in examples if e.compared]
        verified = [e for e in compared if e.verified]
        exact = [e for e in verified if not e.by_shape]
        print(f"| {label} | {len(apis)} | {len(examples)} | {len(compared)} | {len(verified)} | {len(exact)} |")
    print(f"\n{time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
