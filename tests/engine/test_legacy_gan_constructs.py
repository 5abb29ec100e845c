"""Unit tests: constructs of legacy GAN programs: layers sized by values without a number, legacy tensor classes,
numpy arrays on their way to torch and numpy math on numbers, autograd.grad."""

import textwrap

import numpy as np
import torch
from torch_lsp.analysis.engine import analyse
from torch_lsp.analysis.values import TensorValue

OPTIONS = """
    import argparse
    import numpy as np
    import torch
    import torch.nn as nn
    from torch.autograd import Variable
    parser = argparse.ArgumentParser()
    parser.add_argument("--latent", type=int, default=100)
    parser.add_argument("--side", type=int, default=32)
    opt = parser.parse_args()
"""


def analysed(source: str, first_hint: int = 1009):
    return analyse(textwrap.dedent(OPTIONS) + textwrap.dedent(source), torch, "cpu", 4096, 30.0, first_hint=first_hint)


def shapes(source: str, first_hint: int = 1009) -> dict[str, str]:
    """name -> rendered shape of its last hint."""
    analysis = analysed(source, first_hint)
    return {b.name: analysis.shape_text(b.value) for b in analysis.hints()}


def test_a_layer_sized_by_an_option_follows_its_symbols():
    found = shapes("""
        z = torch.randn(8, opt.latent)
        grown = nn.Linear(opt.latent, 128 * (opt.side // 4) ** 2)(z)
        fixed = nn.Linear(opt.latent, 16)(z)
        conv = nn.Conv2d(3, opt.latent, 3, padding=1)(torch.randn(2, 3, 5, 5))
        normed = nn.BatchNorm1d(opt.latent, 0.8)(z)
        embedded = nn.Embedding(opt.latent, opt.side)(torch.zeros(4, 6, dtype=torch.long))
    """)
    assert found["grown"] == "[8, 128*((side//4))**2]"
    assert (found["fixed"], found["conv"], found["normed"]) == ("[8, 16]", "[2, latent, 5, 5]", "[8, latent]")
    assert found["embedded"] == "[4, 6, side]"


def test_layers_whose_parameters_grow_from_a_size_follow_its_symbol():
    found = shapes("""
        reads, state = nn.LSTM(opt.latent, 20)(torch.randn(5, 3, opt.latent))
        out, state = nn.LSTM(20, opt.latent)(torch.randn(5, 3, 20))
        norm = nn.LayerNorm(opt.latent)(torch.randn(2, opt.latent))
    """)
    assert found["reads"] == "[5, 3, 20]"  # weight_ih is [4 * hidden, input]: the input size is a stand-in's dim
    assert found["out"] == "[5, 3, latent]"  # ... and the hidden size one of 4 * hidden (recurrent_shapes)
    assert found["norm"] == "[2, latent]"  # normalized_shape, an attribute forward reads, takes the symbol


def test_hints_do_not_depend_on_the_probe_values():
    source = """
        z = torch.randn(8, opt.latent)
        out = nn.Sequential(nn.Linear(opt.latent, 64), nn.ReLU(), nn.Linear(64, opt.side))(z)
    """
    assert shapes(source, 1009) == shapes(source, 4001)
    assert shapes(source)["out"] == "[8, side]"


def test_legacy_tensor_classes_variable_and_numpy_noise():
    analysis = analysed("""
        cuda = True if torch.cuda.is_available() else False
        Tensor = torch.cuda.FloatTensor if cuda else torch.FloatTensor
        imgs = torch.rand(6, 1, 4, 4)
        valid = Variable(Tensor(imgs.shape[0], 1).fill_(1.0), requires_grad=False)
        real = Variable(imgs.type(Tensor))
        noise = np.random.normal(0, 1, (imgs.shape[0], opt.latent))
        z = Variable(Tensor(noise))
        ids = torch.LongTensor(np.random.randint(0, 10, 6))
        doubles = torch.from_numpy(np.zeros((3, 2)))
        cpu_only = torch.FloatTensor(2, 3)
    """)
    found = {b.name: b.value for b in analysis.hints()}
    assert "noise" not in found  # a numpy array is never shown as a tensor
    assert {name: analysis.shape_text(found[name]) for name in ("valid", "real", "z", "ids", "doubles")} == {
        "valid": "[6, 1]",
        "real": "[6, 1, 4, 4]",
        "z": "[6, latent]",
        "ids": "[6]",
        "doubles": "[3, 2]",
    }
    assert (found["z"].probe.dtype, found["ids"].probe.dtype) == (torch.float32, torch.int64)
    assert found["doubles"].probe.dtype == torch.float64
    assert found["valid"].device == "?" and found["cpu_only"].device == "cpu"  # cuda or cpu: not known
    assert all(isinstance(v, TensorValue) for v in found.values())


def test_a_legacy_class_refuses_a_tensor_of_another_dtype():
    found = shapes("""
        ints = torch.arange(4)
        floats = torch.FloatTensor(ints)
        same = torch.LongTensor(ints)
    """)
    assert "floats" not in found and found["same"] == "[4]"


def test_autograd_grad_gives_one_gradient_per_input_shaped_like_it():
    found = shapes("""
        mix = torch.rand(6, 1, 4, 4).requires_grad_(True)
        other = torch.rand(3, requires_grad=True)
        score = mix.flatten(1).sum(1, keepdim=True) + other.sum()
        grads = torch.autograd.grad(outputs=score, inputs=mix, grad_outputs=torch.ones(6, 1), create_graph=True)[0]
        both = torch.autograd.grad(score.sum(), [mix, other])
        first, second = both
        unused = torch.autograd.grad(score.sum(), [mix], allow_unused=True)[0]
    """)
    assert (found["grads"], found["first"], found["second"]) == ("[6, 1, 4, 4]", "[6, 1, 4, 4]", "[3]")
    assert "unused" not in found  # with allow_unused a gradient may be None


def test_a_nested_comprehension_of_known_ranges_is_unrolled_in_order():
    analysis = analysed("""
        pairs = [(row, col) for row in range(2) for col in range(3)]
        first, last = pairs[1], pairs[-1]
        ids = torch.LongTensor(np.array([k for _ in range(10) for k in range(10)]))
        skipped = torch.tensor([k for k in range(4) for j in range(k) if j > 0])
    """)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    assert found["ids"] == "[100]"
    assert found["skipped"] == "[3]"  # a condition decided on each item keeps the items it holds for
    values = {b.name: b.value for b in analysis.bindings}
    assert [item.value for item in values["first"].items] == [0, 1]
    assert [item.value for item in values["last"].items] == [1, 2]


def test_numpy_math_on_python_numbers_is_a_float_and_on_arrays_an_array():
    analysis = analysed("""
        scores = torch.randn(2, 4, 4) / np.sqrt(64)
        scaled = torch.randn(3) * np.exp(opt.latent)
        angle = np.pi / 4
        of_array = torch.from_numpy(np.sqrt(np.zeros((2, 2))))
    """)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    assert (found["scores"], found["scaled"]) == ("[2, 4, 4]", "[3]")
    assert found["of_array"] == "[2, 2]"  # on an array, an array of its shape
    values = {b.name: b.value for b in analysis.bindings}
    assert values["angle"].value == np.pi / 4
