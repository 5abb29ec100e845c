"""Library modules the interpreter models beside Python's builtins, one module each (as pytype's overlays):
what importing them binds, by module name."""

from __future__ import annotations

from ..values import Instance, Value
from . import (
    abc,
    accelerate,
    argparse,
    array_files,
    command_line,
    dataclasses,
    einops_model,
    enums,
    functools,
    itertools,
    json,
    lightning,
    numpy_model,
    numpy_padding,
    numpy_scalars,
    numpy_spectra,
    operators,
    os_paths,
    progress_bars,
    random,
    regex,
    shapeless_arrays,
    structured_arrays,
    torchvision_model,
    types,
    typing,
)

MODULES: dict[str, tuple[Instance, dict[str, Value]]] = {
    "abc": (Instance("abc"), abc.MEMBERS),
    "accelerate": (Instance("accelerate"), accelerate.MEMBERS),
    "argparse": (Instance("argparse"), argparse.MEMBERS),
    "dataclasses": (Instance("dataclasses"), dataclasses.MEMBERS),
    "einops": (Instance("einops"), einops_model.MEMBERS),
    "enum": (Instance("enum"), enums.MEMBERS),
    "functools": (Instance("functools"), functools.MEMBERS),
    "itertools": (Instance("itertools"), itertools.MEMBERS),
    "json": (Instance("json"), json.MEMBERS),
    "lightning": (Instance("lightning"), lightning.LIGHTNING),
    "pytorch_lightning": (Instance("pytorch_lightning"), lightning.PYTORCH_LIGHTNING),
    "numpy": (
        Instance("numpy"),
        {
            **numpy_model.MEMBERS,
            **array_files.MEMBERS,
            **numpy_spectra.MEMBERS,
            **numpy_padding.MEMBERS,
            **numpy_scalars.MEMBERS,
            **shapeless_arrays.MEMBERS,
            **structured_arrays.MEMBERS,
        },
    ),
    "operator": (Instance("operator"), operators.MEMBERS),
    "os": (Instance("os"), os_paths.MEMBERS),
    "random": (Instance("random"), random.MEMBERS),
    "re": (Instance("re"), regex.MEMBERS),
    "sys": (command_line.SYS, command_line.MEMBERS),
    "torchvision": (Instance("torchvision"), torchvision_model.MEMBERS),
    "tqdm": (Instance("tqdm"), progress_bars.MEMBERS),
    "types": (Instance("types"), types.MEMBERS),
    "typing": (Instance("typing"), typing.MEMBERS),
}
