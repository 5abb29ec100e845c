"""The explicit allow-list: which torch callables the engine may execute on its own probe tensors.

Everything else (user code, other libraries, torch's I/O, process-level and global-state APIs) is
modelled or ignored, never called.
"""

from __future__ import annotations

import inspect
from typing import Any

# Namespaces whose functions are pure tensor computations.
_FUNCTION_NAMESPACES = {
    "torch",
    "torch.nn.functional",
    "torch.linalg",
    "torch.fft",
    "torch.special",
    "torch.functional",
    "torch.sparse",
}
# Pure tensor functions that live in otherwise denied namespaces.
_ALLOWED_FUNCTIONS = {"torch.nn.utils.rnn.pad_sequence", "torch.nn.Transformer.generate_square_subsequent_mask"}
# Tensor subclasses a model wraps its tensors in (built from the engine's probe).
_TENSOR_CLASSES = {"torch.nn.Parameter", "torch.nn.Buffer"}

# Never executed, even though they are torch's own.
_DENIED_PREFIXES = (
    "torch.save",
    "torch.load",
    "torch.hub",
    "torch.jit",
    "torch.ops",
    "torch.utils",
    "torch.compile",
    "torch.distributed",
    "torch.multiprocessing",
    "torch.manual_seed",
    "torch.seed",
    "torch.initial_seed",
    "torch.set_",
    "torch.cuda",
    "torch.backends",
    "torch.mps",
    "torch.xpu",
    "torch.random",
    "torch.use_deterministic",
    "torch.from_file",
    "torch.from_numpy",
    "torch.frombuffer",
    "torch.autograd",
    "torch.sparse.as_sparse_gradcheck",
    "torch.onnx",
    "torch.export",
    "torch.fx",
    "torch.testing",
    "torch.package",
    "torch.profiler",
    "torch.library",
    "torch.overrides",
    "torch.nn.init",
    "torch.nn.utils",
    "torch.nn.parallel",
    "torch.optim",
    "torch.get_rng_state",
    "torch.set_rng_state",
    "torch.cond",
    "torch.vmap",
    "torch.func",
    "torch.sym_",
    "torch.chunk_",
    "torch.storage",
    "torch.serialization",
    "torch.DataParallel",
    "torch.nn.DataParallel",
    "torch.nn.Module",
    "torch.nn.Sequential",
    "torch.nn.ModuleList",
    "torch.nn.ModuleDict",
    "torch.nn.ParameterList",
    "torch.nn.ParameterDict",
    "torch.nn.SyncBatchNorm",
    "torch.nn.LazyLinear",
)
_DENIED_MODULES = (
    "torch.serialization",
    "torch.hub",
    "torch.random",
    "torch._dynamo",
    "torch.jit",
    "torch.distributed",
    "torch.multiprocessing",
    "torch.utils",
    "torch.cuda",
)

# Tensor methods that leave the tensor world, touch global state or run hooks: never executed.
DENIED_TENSOR_METHODS = frozenset(
    {
        "tolist",
        "numpy",
        "item",
        "backward",
        "register_hook",
        "register_post_accumulate_grad_hook",
        "apply_",
        "map_",
        "map2_",
        "storage",
        "untyped_storage",
        "data_ptr",
        "share_memory_",
        "pin_memory",
        "record_stream",
        "cuda",
        "cpu",
        "to",
        "mps",
        "xpu",
        "retain_grad",
        "storage_offset",
        "set_",
        "__reduce_ex__",
        "__setstate__",
        "__getstate__",
        "__deepcopy__",
        "__array__",
        "__dlpack__",
        "__iter__",
        "dim_order",
        "is_pinned",
        "is_shared",
        "module_load",
        "element_size",
        "nbytes",
    }
)


def is_allowed_function(qualname: str, obj: Any) -> bool:
    """Whether torch function `qualname` may run on the engine's own probes."""
    if qualname in _ALLOWED_FUNCTIONS:
        return callable(obj)
    if qualname.startswith(_DENIED_PREFIXES) or not callable(obj):
        return False
    namespace = qualname.rpartition(".")[0]
    if namespace not in _FUNCTION_NAMESPACES or qualname.rpartition(".")[2].startswith("_"):
        return False
    module = getattr(obj, "__module__", None) or ""
    if module.startswith(_DENIED_MODULES):
        return False
    return (
        inspect.isbuiltin(obj)
        or inspect.isfunction(obj)
        or type(obj).__name__ in ("builtin_function_or_method", "_VariableFunctionsClass")
    )


def is_allowed_module_class(qualname: str, obj: Any) -> bool:
    """Whether `qualname` is a torch.nn layer class the engine may build on the meta device."""
    import torch

    if qualname.startswith(_DENIED_PREFIXES) or not inspect.isclass(obj):
        return False
    return issubclass(obj, torch.nn.Module) and obj.__module__.startswith("torch.nn.modules")


def is_allowed_tensor_class(qualname: str, obj: Any) -> bool:
    """Whether `qualname` is a tensor subclass (`nn.Parameter`) the engine may wrap its probes in."""
    import torch

    return qualname in _TENSOR_CLASSES and inspect.isclass(obj) and issubclass(obj, torch.Tensor)


def is_allowed_tensor_method(name: str) -> bool:
    """Whether Tensor method `name` may run on the engine's own probes."""
    import torch

    return not name.startswith("_") and name not in DENIED_TENSOR_METHODS and hasattr(torch.Tensor, name)
