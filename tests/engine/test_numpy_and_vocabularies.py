"""Engine tests: numpy arrays that feed tensors, legacy constructors over word ids, vocabularies built in loops."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse


def shapes(source: str) -> dict[str, str]:
    """name -> rendered shape of its last hint (dtype appended)."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return {b.name: f"{analysis.shape_text(b.value)} {b.value.probe.dtype}" for b in analysis.hints()}


def test_numpy_arrays_keep_shape_and_numpy_dtype_into_tensors():
    found = shapes("""
        import numpy as np
        import torch
        table = np.array([[p / np.power(10000, j / 4) for j in range(4)] for p in range(6)])
        table[:, 0::2] = np.sin(table[:, 0::2])
        a = torch.FloatTensor(table)
        b = torch.from_numpy(table)
        c = torch.from_numpy(np.triu(np.ones([2, 3, 3]), k=1)).byte()
        d = torch.tensor(np.asarray([1, 2, 3]))
        e = torch.from_numpy(np.eye(5)[[0, 2, 4]])
        f = torch.from_numpy(np.eye(5)[1:3, None])
        g = torch.randn(2, 3) / np.sqrt(3)
    """)
    assert found == {
        "a": "[6, 4] torch.float32",
        "b": "[6, 4] torch.float64",
        "c": "[2, 3, 3] torch.uint8",
        "d": "[3] torch.int64",
        "e": "[3, 5] torch.float64",
        "f": "[2, 1, 5] torch.float64",
        "g": "[2, 3] torch.float32",
    }


def test_ragged_or_unmodelled_arrays_give_no_tensor():
    found = shapes("""
        import numpy as np
        import torch
        ragged = torch.from_numpy(np.array([[1, 2], [3]]))
        fancy = torch.from_numpy(np.eye(4)[[0, 1], [1, 2]])
        backwards = torch.from_numpy(np.ones((3, 2))[::-1].copy())
    """)
    assert found == {}


ARRAY_METHODS = """
    import random

    import numpy as np
    import torch
    typed = torch.from_numpy(np.zeros(3, dtype=np.float32))
    empty = torch.from_numpy(np.empty((2, 5), np.int64))
    listed = torch.tensor(np.array([[1, 2], [3, 4]], dtype=np.float32))
    reshaped = torch.from_numpy(np.ones(6).reshape(2, 3))
    tupled = torch.from_numpy(np.ones(12).reshape((3, -1)))
    flat = torch.from_numpy(np.ones((2, 4)).ravel())
    column = torch.from_numpy(np.expand_dims(np.ones(5), axis=1))
    turned = torch.from_numpy(np.random.random_sample((4, 2)).T.copy())
    converted = torch.asarray(np.random.rand(2, 2), dtype=torch.float32)
    back = torch.from_numpy(torch.zeros(2, 7).numpy().T)
    table = np.ones((4, 3))
    if random.random() > 0.5:  # a condition the engine cannot decide: the arrays of both paths are joined
        table = np.zeros((4, 3))
    joined = torch.from_numpy(table)
"""


def test_array_methods_and_dtypes_follow_numpy():
    found = shapes(ARRAY_METHODS)
    executed: dict[str, object] = {}
    exec(textwrap.dedent(ARRAY_METHODS), executed)  # the program is the test's own: its truth by running it
    tensors = {name: value for name, value in executed.items() if isinstance(value, torch.Tensor)}
    assert found == {name: f"{list(value.shape)} {value.dtype}" for name, value in tensors.items()}


def test_word_ids_from_a_vocabulary_grown_under_unknown_keys():
    found = shapes("""
        import numpy as np
        import torch
        sentences = ["a b c", "c d e"]
        vocab = {"<pad>": 0}
        for i, w in enumerate(sorted(set(" ".join(sentences).split()))):
            vocab[w] = i + 1
        ids = torch.LongTensor([[vocab[w] for w in s.split()] for s in sentences])
        rows = torch.LongTensor([np.asarray([vocab[w] for w in s.split()]) for s in sentences])
        emb = torch.nn.Embedding(len(vocab), 8)(ids)
    """)
    assert found == {"ids": "[2, 3] torch.int64", "rows": "[2, 3] torch.int64", "emb": "[2, 3, 8] torch.float32"}


def test_a_dict_comprehension_over_known_strings_is_a_known_dict():
    found = shapes("""
        import torch
        letters = [c for c in "SEPab"]
        index = {c: i for i, c in enumerate(letters)}
        repeated = {k: 0 for k in ["x", "y", "x"]}
        x = torch.zeros(len(index), len(repeated))
    """)
    assert found == {"x": "[5, 2] torch.float32"}


def test_comprehensions_of_names_and_constants_are_folded_past_the_unroll_limit():
    found = shapes("""
        import torch
        letters = [c for c in "SEP" + "abcdefghijklmnopqrstuvwxyz"]
        index = {c: i for i, c in enumerate(letters)}
        pairs = list(enumerate(letters))
        x = torch.zeros(len(index), len(pairs))
    """)
    assert found == {"x": "[29, 29] torch.float32"}


def test_embedding_from_pretrained_has_its_table_shape():
    found = shapes("""
        import torch
        from torch import nn
        layer = nn.Embedding.from_pretrained(torch.randn(6, 4).double(), freeze=True)
        out = layer(torch.LongTensor([[1, 2, 3]]))
    """)
    assert found == {"out": "[1, 3, 4] torch.float64"}


def test_numpy_samplers_dtypes_products_and_tensor_round_trips():
    found = shapes("""
        import numpy as np
        import torch
        from torch import nn
        img_shape = (1, 28, 28)
        layer = nn.Linear(100, int(np.prod(img_shape)))
        z = torch.FloatTensor(np.random.normal(0, 1, (8, 100)))
        labels = torch.LongTensor(np.random.randint(0, 10, 8))
        xy = np.random.rand(50, 9).astype(np.float32)
        x = torch.from_numpy(xy[:, 0:-1])
        y = torch.from_numpy(xy[:, [-1]])
        back = torch.from_numpy(layer(z).detach().numpy())
    """)
    assert found == {
        "z": "[8, 100] torch.float32",
        "labels": "[8] torch.int64",
        "x": "[50, 8] torch.float32",
        "y": "[50, 1] torch.float32",
        "back": "[8, 784] torch.float32",
    }


def test_a_numpy_array_hovers_as_an_ndarray():
    from torch_lsp.features.hover import variable_markdown

    source = "import numpy as np\nimport torch\narr = torch.zeros(2, 3).numpy()\n"
    analysis = analyse(source, torch, "cpu", 4096, 30.0)
    text = variable_markdown("arr", analysis.value_at("arr", 2), "en", analysis)
    assert "numpy.ndarray" in text
