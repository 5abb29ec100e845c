"""`torchvision` as far as its datasets feed tensors, known by name without importing it (it may not be installed,
and it would run nothing the engine needs). A dataset of one image size (MNIST and its kin, CIFAR, SVHN, STL10,
FakeData) or ImageFolder yields an image and an int label; an image is its channels and size. The transforms
that decide a tensor's shape are modelled: ToTensor makes [C, H, W] float32, ToPILImage the image back, Resize,
CenterCrop, RandomCrop and RandomResizedCrop set the size, Pad grows it, Grayscale sets the channels, Normalize and
the random flips, rotations and colour changes keep it, Compose applies them in order and RandomApply may; a
program's own callable (a function, `Lambda(fn)`, an object with `__call__`) given as a transform is interpreted
on the image; any other transform makes the sample unknown."""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..callables import Builtin
from ..interp_api import InterpreterApi
from ..joins import join, same_dim
from ..symbols import Symbols, SymbolsDeferred
from ..values import (
    UNKNOWN,
    BoundMethod,
    Const,
    Dataset,
    Function,
    Modelled,
    Scalar,
    Sequence,
    SymDim,
    TensorValue,
    UserObject,
    Value,
)
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

    def join(self, other: Modelled, symbols: Symbols) -> Value:
        """An image of the channels and sides both have (None where they differ)."""
        if not isinstance(other, Image):
            return UNKNOWN
        channels = self.channels if self.channels == other.channels else None
        pairs = ((self.height, other.height), (self.width, other.width))
        sides = [a if a is not None and b is not None and same_dim(a, b) else None for a, b in pairs]
        return Image(channels, *sides)


Step = Callable[[InterpreterApi, Value], Value]


@dataclass(frozen=True, eq=False)
class Transform(Builtin):
    """A transform: calling it applies `step` to an image or a tensor."""

    step: Step | None = None


def _transform(name: str, step: Step, wraps: Value | None = None) -> Transform:
    def call(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return step(interp, args[0]) if len(args) == 1 and not kwargs else UNKNOWN

    return Transform(name, call, wraps=wraps, step=step)


_PROGRAM_CALLABLES = (Function, BoundMethod, UserObject)


def _step_of(transform: Value, node: ast.AST) -> Step | None:
    """How a transform given to torchvision applies: its own step, or a call of the program's callable (interpreted
    on each value it is given); None for anything else."""
    if isinstance(transform, Transform):
        return transform.step
    if isinstance(transform, _PROGRAM_CALLABLES):
        return _calling(transform, node)
    return None


def _calling(function: Value, node: ast.AST) -> Step:
    """The step that calls the program's own callable `function` on each value, interpreted."""
    return lambda interp, value: interp.call(function, [value], {}, node)


def _steps_of(transforms: Value, node: ast.AST) -> list[Step] | None:
    """The steps of a list of transforms, in order; None unless each is known."""
    items = transforms.items if isinstance(transforms, Sequence) and transforms.items is not None else None
    steps = [_step_of(t, node) for t in items or ()]
    if items is None or any(step is None for step in steps):
        return None
    return [step for step in steps if step is not None]


def _in_order(steps: list[Step]) -> Step:
    def apply(interp: InterpreterApi, value: Value) -> Value:
        for step in steps:
            if value is UNKNOWN:
                return UNKNOWN
            value = step(interp, value)
        return value

    return apply


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


def _kept(interp: InterpreterApi, value: Value) -> Value:
    return value if isinstance(value, (Image, TensorValue)) else UNKNOWN


def _keeping(name: str) -> Builtin:
    """A transform that keeps the shape (Normalize, flips, colour changes, affine maps, augmentation policies)."""

    def make(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        return _transform(name, _kept)

    return Builtin(name, make)


def _rotation(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`RandomRotation(degrees, interpolation, expand=False, ...)`: the size kept unless the image may expand."""
    expand = _argument(args, kwargs, 2, "expand", Const(False))
    if isinstance(expand, Const) and expand.value is False:
        return _transform("RandomRotation", _kept)
    return _transform("RandomRotation", lambda interp, value: _with_size(interp, value, None, None))


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
    steps = _steps_of(args[0], node) if len(args) == 1 and not kwargs else None
    return UNKNOWN if steps is None else _transform("Compose", _in_order(steps))


def _random_apply(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`RandomApply(transforms, p=0.5)`: the value as it was or through every transform."""
    if len(args) > 2 or set(kwargs) - {"transforms", "p"}:
        return UNKNOWN
    steps = _steps_of(_argument(args, kwargs, 0, "transforms", UNKNOWN), node)
    if steps is None:
        return UNKNOWN
    applied = _in_order(steps)
    return _transform("RandomApply", lambda interp, value: join(value, applied(interp, value), interp.symbols))


def _lambda(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`Lambda(fn)`: fn is interpreted wherever the transform is applied, and escapes wherever the transform goes."""
    function = _argument(args, kwargs, 0, "lambd", UNKNOWN)
    if len(args) + len(kwargs) != 1 or not isinstance(function, _PROGRAM_CALLABLES):
        return UNKNOWN
    interp.model_every_call(function)
    return _transform("Lambda", _calling(function, node), wraps=function)


def _to_pil_image(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`ToPILImage()`: a [C, H, W] or [H, W] tensor as an image (a `mode` may change the channels: unknown)."""
    if args or kwargs:
        return UNKNOWN

    def step(interp: InterpreterApi, value: Value) -> Value:
        if not isinstance(value, TensorValue) or value.probe.dim() not in (2, 3):
            return UNKNOWN
        shape = list(value.probe.shape)
        channels = shape[0] if len(shape) == 3 else 1
        return Image(channels, *shape[-2:]) if type(channels) is int else UNKNOWN

    return _transform("ToPILImage", step)


def _pad(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
    """`Pad(padding)`: one int for every side, (left/right, top/bottom) or (left, top, right, bottom)."""
    given = _argument(args, kwargs, 0, "padding", UNKNOWN)
    items = given.items if isinstance(given, Sequence) and given.items is not None else (given,)
    sides = [item.value if isinstance(item, Const) and type(item.value) is int else None for item in items]
    if len(sides) not in (1, 2, 4) or None in sides:
        return UNKNOWN
    left, top, right, bottom = sides * (4 // len(sides))

    def step(interp: InterpreterApi, value: Value) -> Value:
        if isinstance(value, Image):
            height, width = value.height, value.width
        elif isinstance(value, TensorValue) and value.probe.dim() >= 2:
            height, width = value.probe.shape[-2:]
        else:
            return UNKNOWN
        grown = [
            side + before + after if side is not None else None
            for side, before, after in ((height, top, bottom), (width, left, right))
        ]
        return _with_size(interp, value, *grown)

    return _transform("Pad", step)


def _argument(args: list[Value], kwargs: dict[str, Value], position: int, name: str, default: Value) -> Value:
    return args[position] if len(args) > position else kwargs.get(name, default)


def _samples(
    interp: InterpreterApi, picture: Image, kwargs: dict[str, Value], transform: Value, node: ast.AST
) -> Value:
    """The (image, label) samples of a dataset of `picture`s, through its transform (the program's own callable is
    interpreted once on the image that stands for them all)."""
    step = _step_of(transform, node)
    if isinstance(transform, Const) and transform.value is None:
        image: Value = picture
    elif step is not None:
        image = step(interp, picture)
        interp.model_every_call(transform)
    else:
        image = UNKNOWN
    target = kwargs.get("target_transform", Const(None))
    label = Scalar(int) if isinstance(target, Const) and target.value is None else UNKNOWN
    return Sequence((image, label), "tuple")


def _dataset(name: str, picture: Image, transform_at: int) -> Builtin:
    """A dataset class whose samples are (image, int label); `transform_at` is the position of `transform`."""

    def make(interp: InterpreterApi, args: list[Value], kwargs: dict[str, Value], node: ast.AST) -> Value:
        transform = _argument(args, kwargs, transform_at, "transform", Const(None))
        return Dataset(_samples(interp, picture, kwargs, transform, node), None, f"torchvision.datasets.{name}")

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
    return Dataset(_samples(interp, Image(*dims), kwargs, transform, node), length, "torchvision.datasets.FakeData")


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
        "ToPILImage": Builtin("ToPILImage", _to_pil_image),
        "Grayscale": Builtin("Grayscale", _grayscale),
        "RandomApply": Builtin("RandomApply", _random_apply),
        "Lambda": Builtin("Lambda", _lambda),
        "Pad": Builtin("Pad", _pad),
        "RandomRotation": Builtin("RandomRotation", _rotation),
        "Resize": _sized("Resize", resize=True),
        **{name: _sized(name, resize=False) for name in ("CenterCrop", "RandomCrop", "RandomResizedCrop")},
        **{
            name: _keeping(name)
            for name in (
                "Normalize",
                "RandomHorizontalFlip",
                "RandomVerticalFlip",
                "ColorJitter",
                "RandomAffine",
                "RandomPerspective",
                "GaussianBlur",
                "RandomGrayscale",
                "RandomErasing",
                "RandomInvert",
                "RandomPosterize",
                "RandomSolarize",
                "RandomAdjustSharpness",
                "RandomAutocontrast",
                "RandomEqualize",
                "AutoAugment",
                "RandAugment",
                "TrivialAugmentWide",
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
