"""Engine tests: numpy's element-wise functions (comparisons, logical functions, `abs`, `log1p`, ...) give arrays
of their operands' broadcast shape in numpy's dtypes; a full reduction is a numpy scalar, which `torch.tensor`
keeps in its dtype and torch's ops take as a Python number. Truths come from running each program."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse


def hints(source: str) -> dict[str, tuple[str, torch.dtype]]:
    """name -> (rendered shape, dtype) of its last hint."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return {b.name: (analysis.shape_text(b.value), b.value.probe.dtype) for b in analysis.hints()}


def executed(source: str) -> dict[str, tuple[str, torch.dtype]]:
    """The shapes and dtypes of the tensors the program leaves in its globals (its truth, by running it)."""
    names: dict[str, object] = {}
    exec(textwrap.dedent(source), names)
    return {n: (str(list(v.shape)), v.dtype) for n, v in names.items() if isinstance(v, torch.Tensor)}


def assert_exact(source: str) -> None:
    """Every tensor the program leaves is hinted with its executed shape and dtype."""
    found, truth = hints(source), executed(source)
    for name, expected in truth.items():
        assert found.get(name) == expected, (name, found.get(name), expected)


def test_comparison_and_logical_functions_give_bool_arrays_of_the_broadcast_shape():
    assert_exact(
        """
        import numpy as np
        import torch

        a = np.zeros((4, 5), dtype=np.int64)
        b = np.random.randn(4, 5)
        above = torch.from_numpy(np.greater(b, 0.5))
        zero = torch.from_numpy(np.equal(a, 0))
        both = torch.from_numpy(np.logical_and(b > 0, np.not_equal(a, 1)))
        either = torch.from_numpy(np.logical_or(a, np.zeros(5)))
        neither = torch.from_numpy(np.logical_not(a))
        missing = torch.from_numpy(np.isnan(b))
        """
    )


def test_math_functions_keep_the_shape_in_numpys_dtypes():
    assert_exact(
        """
        import numpy as np
        import torch

        a = np.arange(6).reshape(2, 3)
        b = np.random.randn(2, 3).astype(np.float32)
        magnitude = torch.from_numpy(np.abs(a))
        signs = torch.from_numpy(np.sign(b))
        smooth = torch.from_numpy(np.log1p(np.abs(b)) + np.arctan(b))
        ints_made_floats = torch.from_numpy(np.log2(a + 1))
        counted = torch.from_numpy(1 - np.equal(a, 0))
        scaled = torch.from_numpy(np.less(a, 3) * 2.5)
        """
    )


def test_numpy_scalars_keep_their_dtype_in_tensor_and_act_as_numbers_in_ops():
    assert_exact(
        """
        import numpy as np
        import torch

        rows = np.zeros((4, 5), dtype=np.int64)
        lengths = torch.tensor([np.sum(1 - np.equal(row, 0)) for row in rows])
        mean = torch.tensor(np.mean(np.random.randn(3)))
        steps = torch.arange(6)
        scaled = steps * np.mean(np.random.randn(3))
        shifted = torch.ones(3, dtype=torch.float64) + np.sum(rows)
        filled = torch.full((2,), np.max(np.random.randn(3)))
        ratio = steps / np.std(np.random.randn(3))
        """
    )


def test_linear_algebra_gives_the_arrays_torch_linalg_gives_in_numpys_layout():
    assert_exact(
        """
        import numpy as np
        import torch

        a = np.random.randn(12, 5)
        q, r = np.linalg.qr(a)
        full_q, full_r = np.linalg.qr(a, mode="complete")
        u, s, vh = np.linalg.svd(a)
        thin_u, thin_s, thin_vh = np.linalg.svd(a, full_matrices=False)
        m = np.random.randn(4, 4).astype(np.float32)
        w, v = np.linalg.eigh(m @ m.T)
        arrays = (q, r, full_q, full_r, u, s, vh, thin_u, thin_s, thin_vh, np.linalg.inv(m), w, v, np.linalg.pinv(a))
        tq, tr, tfq, tfr, tu, ts, tvh, ttu, tts, ttvh, tinv, tw, tv, tp = [torch.from_numpy(x) for x in arrays]
        identity = torch.from_numpy(np.linalg.inv(np.eye(3, dtype=np.int64)))
        sign, logdet = np.linalg.slogdet(m)
        scaled = torch.ones(2) * logdet
        """
    )
