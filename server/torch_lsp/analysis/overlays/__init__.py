"""Library modules the interpreter models beside Python's builtins, one module each (as pytype's overlays):
what importing them binds, by module name."""

from __future__ import annotations

from typing import Any

from ..values import Instance
from . import argparse, dataclasses, functools, numpy, types, typing

MODULES: dict[str, tuple[Instance, dict[str, Any]]] = {
    "argparse": (Instance("argparse"), argparse.MEMBERS),
    "dataclasses": (Instance("dataclasses"), dataclasses.MEMBERS),
    "functools": (Instance("functools"), functools.MEMBERS),
    "numpy": (Instance("numpy"), numpy.MEMBERS),
    "numpy.random": (numpy.RANDOM, numpy.RANDOM_MEMBERS),
    "types": (Instance("types"), types.MEMBERS),
    "typing": (Instance("typing"), typing.MEMBERS),
}
