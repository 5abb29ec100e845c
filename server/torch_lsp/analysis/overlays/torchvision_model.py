"""`torchvision` as far as its datasets feed tensors, known by name without importing it (it may not be installed,
and it would run nothing the engine needs). A dataset of one image size (MNIST and its kin, CIFAR, SVHN, STL10,
FakeData) or ImageFolder yields an image and an int label; an image is its channels and size. The transforms
that decide a tensor's shape are modelled: ToTensor makes [C, H, W] float32, Resize, CenterCrop, RandomCrop and
RandomResizedCrop set the size, Grayscale the channels, Normalize and the random flips, rotations and colour
changes keep it, Compose applies them in order; any other transform makes the sample unknown."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..joins import same_dim
from ..symbols import SymbolsDeferred
from ..values import UNKNOWN, Const, Dataset, Modelled, Scalar, Sequence, SymDim, TensorValue, Value
from .submodules import Submodule


@dataclass(frozen=True, eq=False)
class Image(Modelled):
    """A PIL image: its channels and size (ints or symbolic sizes), None where unknown."""

    channels: int | None
    height: Any
    width: Any

    def member(self, name: str) -> Value:
        """Attributes of images are not modelled."""
        return UNKNOWN


Step = Callable[[InterpreterApi, Value], Value]


@dataclass(frozen=True, eq=False)
class Transform(Builtin):
    """A transform: calling it applies `step` to an image or a tensor."""

    step: Step | None = None


def _transform(name: str, step: Step) -> Transform:
    def call(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return step(interp, args[0]) if len(args) == 1 and not kwargs else UNKNOWN

    return Transform(name, call, step=step)


def _side(value: Value) -> Any:
    """One side given to a transform or a dataset: a positive int or a symbolic size; None otherwise."""
    if isinstance(value, Const) and type(value.value) is int and value.value > 0:
        return value.value
    return value.value if isinstance(value, SymDim) else None


def _size_pair(value: Value) -> Any:
    """A transform's size argument: one side (the shorter side, or a square's) or an (h, w) pair; None if unknown."""
    if isinstance(value, Sequence) and value.items is not None and len(value.items) in (1, 2):
        sides = [_side(item) for item in value.items]
        return (sides[0], sides[-1]) if all(side is not None for side in sides) else None
    return _side(value)


def _with_size(interp: InterpreterApi, value: Value, height: Any, width: Any) -> Value:
    """`value` (an image or a [..., H, W] tensor) at another size (None: unknown)."""
    if isinstance(value, Image):
        return Image(value.channels, height, width)
    if isinstance(value, TensorValue) and value.probe.dim() >= 2 and height is not None and width is not None:
        return _tensor(interp, [*value.probe.shape[:-2], height, width], value)
    return UNKNOWN


def _tensor(interp: InterpreterApi, shape: list[Any], like: TensorValue | None = None) -> Value:
    torch = interp.torch
    try:
        probe = interp.calls.empty(shape, like.probe.dtype if like is not None else torch.float32)
    except SymbolsDeferred:
        return UNKNOWN
    if like is None:
        return TensorValue(probe, "cpu", ("torchvision.transforms",))
    return TensorValue(probe, like.device, ("torchvision.transforms",), dtypes=like.dtypes)


def _resize(interp: InterpreterApi, value: Value, size: Any) -> Value:
    """Resize: an (h, w) pair sets both sides; one side sets the shorter side, the longer keeping the aspect (a
    square stays square; for other images both sides must be known ints)."""
    if isinstance(size, tuple):
        return _with_size(interp, value, *size)
    height, width = _sides(value)
    if height is not None and width is not None and same_dim(height, width):
        return _with_size(interp, value, size, size)
    if type(height) is not int or type(width) is not int or type(size) is not int:
        return _with_size(interp, value, None, None)
    if height <= width:
        return _with_size(interp, value, size, int(size * width / height))
    return _with_size(interp, value, int(size * height / width), size)


def _sides(value: Value) -> tuple[Any, Any]:
    if isinstance(value, Image):
        return value.height, value.width
    if isinstance(value, TensorValue) and value.probe.dim() >= 2:
        height, width = value.probe.shape[-2:]
        return (height if isinstance(height, int) else None, width if isinstance(width, int) else None)
    return None, None


def _sized(name: str, resize: bool) -> Builtin:
    """Resize (`resize`) or a crop to a size: `T(size, ...)`."""

    def make(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        size = _size_pair(args[0] if args else kwargs.get("size", UNKNOWN))
        if size is None:
            return UNKNOWN
        if resize:
            return _transform(name, lambda interp, value: _resize(interp, value, size))
        pair = size if isinstance(size, tuple) else (size, size)
        return _transform(name, lambda interp, value: _with_size(interp, value, *pair))

    return Builtin(name, make)


def _keeping(name: str) -> Builtin:
    """A transform that keeps the shape (Normalize, flips, rotations, colour changes)."""

    def make(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return _transform(name, lambda interp, value: value if isinstance(value, (Image, TensorValue)) else UNKNOWN)

    return Builtin(name, make)


def _to_tensor_step(interp: InterpreterApi, value: Value) -> Value:
    if not isinstance(value, Image) or value.channels is None:
        return UNKNOWN
    try:
        sides = [size if size is not None else interp.symbols.unknown() for size in (value.height, value.width)]
    except SymbolsDeferred:
        return UNKNOWN
    return _tensor(interp, [value.channels, *sides])


def _to_tensor(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    return _transform("ToTensor", _to_tensor_step) if not args and not kwargs else UNKNOWN


def _grayscale(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    count = args[0] if args else kwargs.get("num_output_channels", Const(1))
    if not (isinstance(count, Const) and count.value in (1, 3)):
        return UNKNOWN
    channels = count.value
    return _transform(
        "Grayscale",
        lambda interp, value: Image(channels, value.height, value.width) if isinstance(value, Image) else UNKNOWN,
    )


def _compose(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    given = args[0] if len(args) == 1 and not kwargs else None
    transforms = given.items if isinstance(given, Sequence) and given.items is not None else None
    steps = [t.step for t in transforms or () if isinstance(t, Transform) and t.step is not None]
    if transforms is None or len(steps) != len(transforms):
        return UNKNOWN

    def apply(interp: InterpreterApi, value: Value) -> Value:
        for step in steps:
            if value is UNKNOWN:
                return UNKNOWN
            value = step(interp, value)
        return value

    return _transform("Compose", apply)


def _argument(args: list[Value], kwargs: dict[str, Value], position: int, name: str, default: Value) -> Value:
    return args[position] if len(args) > position else kwargs.get(name, default)


def _samples(interp: InterpreterApi, picture: Image, kwargs: dict[str, Value], transform: Value) -> Value:
    """The (image, label) samples of a dataset of `picture`s, through its transform."""
    if isinstance(transform, Const) and transform.value is None:
        image: Value = picture
    elif isinstance(transform, Transform) and transform.step is not None:
        image = transform.step(interp, picture)
    else:
        image = UNKNOWN
    target = kwargs.get("target_transform", Const(None))
    label = Scalar(int) if isinstance(target, Const) and target.value is None else UNKNOWN
    return Sequence((image, label), "tuple")


def _dataset(name: str, picture: Image, transform_at: int) -> Builtin:
    """A dataset class whose samples are (image, int label); `transform_at` is the position of `transform`."""

    def make(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        transform = _argument(args, kwargs, transform_at, "transform", Const(None))
        return Dataset(_samples(interp, picture, kwargs, transform), None, f"torchvision.datasets.{name}")

    return Builtin(name, make)


def _fake_data(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`FakeData(size=1000, image_size=(3, 224, 224), num_classes=10, transform=None)`."""
    size = _argument(args, kwargs, 0, "size", Const(1000))
    shape = _argument(args, kwargs, 1, "image_size", Sequence((Const(3), Const(224), Const(224))))
    items = shape.items if isinstance(shape, Sequence) and shape.items is not None else ()
    dims = [_side(item) for item in items]
    if len(dims) != 3 or not isinstance(dims[0], int) or any(dim is None for dim in dims):
        return Dataset(UNKNOWN, None, "torchvision.datasets.FakeData")
    transform = _argument(args, kwargs, 3, "transform", Const(None))
    length = size.value if isinstance(size, Const) and type(size.value) is int else None
    return Dataset(_samples(interp, Image(*dims), kwargs, transform), length, "torchvision.datasets.FakeData")


_DATASETS = Submodule(
    {
        **{name: _dataset(name, Image(1, 28, 28), 2) for name in ("MNIST", "FashionMNIST", "KMNIST", "QMNIST")},
        **{name: _dataset(name, Image(3, 32, 32), 2) for name in ("CIFAR10", "CIFAR100")},
        "SVHN": _dataset("SVHN", Image(3, 32, 32), 2),
        "STL10": _dataset("STL10", Image(3, 96, 96), 3),
        "ImageFolder": _dataset("ImageFolder", Image(3, None, None), 1),
        "FakeData": Builtin("FakeData", _fake_data),
    }
)

_TRANSFORMS = Submodule(
    {
        "Compose": Builtin("Compose", _compose),
        "ToTensor": Builtin("ToTensor", _to_tensor),
        "Grayscale": Builtin("Grayscale", _grayscale),
        "Resize": _sized("Resize", resize=True),
        **{name: _sized(name, resize=False) for name in ("CenterCrop", "RandomCrop", "RandomResizedCrop")},
        **{
            name: _keeping(name)
            for name in (
                "Normalize",
                "RandomHorizontalFlip",
                "RandomVerticalFlip",
                "RandomRotation",
                "ColorJitter",
                "RandomAffine",
                "GaussianBlur",
            )
        },
    }
)

MEMBERS: dict[str, Value] = {
    "datasets": _DATASETS,
    "transforms": _TRANSFORMS,
    **{f"datasets.{name}": value for name, value in _DATASETS.members.items()},
    **{f"transforms.{name}": value for name, value in _TRANSFORMS.members.items()},
}
