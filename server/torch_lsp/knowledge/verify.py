"""Execute the knowledge base's examples and checks on a device and report the outcome.

Only the knowledge base's own, reviewed code runs here, never a user's.
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..default_dtype_lock import unchanged_default_dtype
from .model import Check, Entry, Example, Expectation, KnowledgeBase, Text

PASS, CORRECTED, FAIL, SKIPPED = "pass", "corrected", "FAIL", "skipped"
_SMALL = 64


@dataclass(frozen=True)
class Outcome:
    """The result of one example or check on one device."""

    entry: str
    claim: str
    result: str
    status: str
    device: str
    correction: Text | None = None
    detail: str = ""


def _namespace() -> dict[str, Any]:
    import torch
    import torch.nn.functional as F
    from torch import nn, optim
    from torch.optim import lr_scheduler
    from torch.utils import data

    names: dict[str, Any] = {
        "torch": torch,
        "nn": nn,
        "F": F,
        "optim": optim,
        "lr_scheduler": lr_scheduler,
        "math": math,
        "data": data,
    }
    names.update(
        {
            n: getattr(data, n)
            for n in (
                "Dataset",
                "TensorDataset",
                "DataLoader",
                "random_split",
                "WeightedRandomSampler",
                "ConcatDataset",
                "Subset",
            )
        }
    )
    names.update(
        {
            n: getattr(lr_scheduler, n)
            for n in ("StepLR", "MultiStepLR", "ExponentialLR", "CosineAnnealingLR", "ReduceLROnPlateau", "OneCycleLR")
        }
    )
    return names


def _dtype_name(dtype: Any) -> str:
    return str(dtype).removeprefix("torch.")


def describe(result: Any, with_values: bool = True) -> str:
    """Render a result the way the report and hovers show it (values only for small tensors)."""
    import torch

    if isinstance(result, torch.Tensor):
        shape = "[" + ", ".join(str(d) for d in result.shape) + "]"
        text = f"{shape} {_dtype_name(result.dtype)}"
        if with_values and result.numel() <= _SMALL and result.device.type != "meta":
            text += f" = {result.detach().cpu().tolist()}"
        return text
    if isinstance(result, tuple):
        return "(" + ", ".join(describe(item, with_values) for item in result) + ")"
    return repr(result)


def _has_values(expect: Expectation) -> bool:
    if expect.items is not None:
        return any(_has_values(item) for item in expect.items)
    return expect.values is not None or expect.value is not None


def _close(actual: Any, expected: Any) -> bool:
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(expected)
            and all(_close(a, e) for a, e in zip(actual, expected, strict=False))
        )
    if isinstance(expected, bool) or isinstance(actual, bool):
        return actual == expected
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(actual, expected, rel_tol=1e-4, abs_tol=1e-5) or (
            math.isinf(expected) and actual == expected
        )
    return actual == expected


def matches(result: Any, expect: Expectation) -> bool:
    """Whether an executed result satisfies an expectation."""
    import torch

    if expect.items is not None:
        return (
            isinstance(result, tuple)
            and len(result) == len(expect.items)
            and all(matches(r, e) for r, e in zip(result, expect.items, strict=True))
        )
    if isinstance(result, torch.Tensor):
        if expect.shape is not None and list(result.shape) != list(expect.shape):
            return False
        if expect.dtype is not None and _dtype_name(result.dtype) != expect.dtype:
            return False
        if expect.values is not None and not _close(result.detach().cpu().tolist(), expect.values):
            return False
        return expect.value is None or _close(result.detach().cpu().item(), expect.value)
    if expect.shape is not None or expect.dtype is not None or expect.values is not None:
        return False
    return _close(result, expect.value)


def _available(requires: str | None) -> bool:
    if not requires:
        return True
    try:
        importlib.import_module(requires)
    except Exception:  # noqa: BLE001 a module that fails to import in any way is unavailable
        return False
    return True


def _run(setup: str, code: str, device: str) -> tuple[Any, BaseException | None]:
    import torch

    scope = _namespace()
    scope["device"] = torch.device(device)
    try:
        with unchanged_default_dtype(), torch.device(device):
            exec(compile(setup, "<knowledge setup>", "exec"), scope)
            return eval(compile(code, "<knowledge example>", "eval"), scope), None
    except Exception as error:  # noqa: BLE001 what an example raises is its result, compared with the expected one
        return None, error


def run_example(entry: str, example: Example, device: str) -> Outcome:
    """Execute one example and judge it against the verified truth and the sheet's claim."""
    claim = example.code
    if not _available(example.requires):
        return Outcome(entry, claim, f"needs {example.requires}", SKIPPED, device)
    result, error = _run(example.setup, example.code, device)
    if error is not None:
        shown = f"raises {type(error).__name__}"
        truth_ok = example.expect.raises == type(error).__name__
        sheet_ok = example.sheet is None or example.sheet.raises == type(error).__name__
        detail = str(error).splitlines()[0] if str(error) else ""
    else:
        shown = describe(result, _has_values(example.expect))
        truth_ok = example.expect.raises is None and matches(result, example.expect)
        sheet_ok = example.sheet is None or (example.sheet.raises is None and matches(result, example.sheet))
        detail = ""
    return Outcome(
        entry,
        claim,
        shown,
        _judge(truth_ok, sheet_ok, example.correction),
        device,
        example.correction,
        detail or ("" if truth_ok else f"expected {example.expect.describe()}"),
    )


def _judge(truth_ok: bool, sheet_ok: bool, correction: Text | None) -> str:
    if not truth_ok:
        return FAIL
    if sheet_ok:
        return FAIL if correction else PASS
    return CORRECTED if correction else FAIL


def run_check(owner: str, check: Check, device: str) -> Outcome:
    """Evaluate one prose claim: its truth must hold; the sheet's version must hold unless corrected."""
    claim = check.claim.en
    if not _available(check.requires):
        return Outcome(owner, claim, f"needs {check.requires}", SKIPPED, device)
    truth, error = _run(check.setup, check.truth, device)
    if error is not None:
        return Outcome(owner, claim, f"raises {type(error).__name__}: {error}", FAIL, device)
    sheet_ok = True
    if check.sheet_claim:
        sheet_result, sheet_error = _run(check.setup, check.sheet_claim, device)
        sheet_ok = sheet_error is None and bool(sheet_result)
    result = "holds" if truth else "does not hold"
    return Outcome(owner, claim, result, _judge(bool(truth), sheet_ok, check.correction), device, check.correction)


def verify_entry(entry: Entry, device: str) -> list[Outcome]:
    """Run every example and check of one entry."""
    return [run_example(entry.name, e, device) for e in entry.examples] + [
        run_check(entry.name, c, device) for c in entry.checks
    ]


def verify_all(kb: KnowledgeBase, device: str) -> Iterable[Outcome]:
    """Run every example and check of the knowledge base, entries first, then notes."""
    for entry in kb.entries:
        yield from verify_entry(entry, device)
    for note in kb.notes:
        for check in note.checks:
            yield run_check(f"note:{note.id}", check, device)
