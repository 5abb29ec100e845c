"""Engine tests: numpy arrays that feed tensors, legacy constructors over word ids, vocabularies built in loops."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse


def shapes(source: str) -> dict[str, str]:
    """name -> rendered shape of its last hint (dtype appended)."""
    analysis = analyse(textwrap.dedent(source), torch, "cpu", 4096, 30.0)
    return {b.name: f"{analysis.shape_text(b.value)} {b.value.probe.dtype}" for b in analysis.hints()}


def run_truth(source: str) -> dict[str, str]:
    """name -> shape and dtype of each tensor the program leaves in its globals (the program is the test's own:
    its truth by running it)."""
    executed: dict[str, object] = {}
    exec(textwrap.dedent(source), executed)
    return {name: f"{list(v.shape)} {v.dtype}" for name, v in executed.items() if isinstance(v, torch.Tensor)}


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
        partly_backwards = torch.from_numpy(np.ones((3, 2))[2::-1].copy())
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
    backwards = torch.from_numpy(np.ones((3, 2))[::-1].copy())
    every_other_backwards = torch.from_numpy(np.ones((5, 2))[:, ::-2].copy())
    table = np.ones((4, 3))
    if random.random() > 0.5:  # a condition the engine cannot decide: the arrays of both paths are joined
        table = np.zeros((4, 3))
    joined = torch.from_numpy(table)
"""


def test_array_methods_and_dtypes_follow_numpy():
    assert shapes(ARRAY_METHODS) == run_truth(ARRAY_METHODS)


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


ANCHOR_GRIDS = """
import numpy as np
import torch
image = torch.zeros(2, 3, 40, 24)
sizes = np.array(image.shape[2:])
levels = [(sizes + 2**k - 1) // (2**k) for k in (2, 3)]
ratios = np.array([0.5, 1, 2])
scales = np.array([1.0, 1.5])
base = np.zeros((len(ratios) * len(scales), 4))
base[:, 2:] = 8 * np.tile(scales, (2, len(ratios))).T
widths = np.repeat(ratios, len(scales))
grid = np.zeros((0, 4)).astype(np.float32)
for level, stride in zip(levels, (4, 8)):
    xs = (np.arange(0, level[1]) + 0.5) * stride
    ys = (np.arange(0, level[0]) + 0.5) * stride
    xs, ys = np.meshgrid(xs, ys)
    shifts = np.vstack((xs.ravel(), ys.ravel(), xs.ravel(), ys.ravel())).transpose()
    A = base.shape[0]
    K = shifts.shape[0]
    cells = base.reshape((1, A, 4)) + shifts.reshape((1, K, 4)).transpose((1, 0, 2))
    grid = np.append(grid, cells.reshape((K * A, 4)), axis=0)
anchors = torch.from_numpy(np.expand_dims(grid, axis=0)).float()
level_shifts = torch.from_numpy(shifts)
ratio_widths = torch.from_numpy(widths)
tiled = torch.from_numpy(np.tile(base, 2))
rows = torch.from_numpy(np.hstack((np.arange(3), np.arange(4))))
cols = torch.from_numpy(np.hstack((np.ones((2, 3)), np.ones((2, 1)))))
stacked = torch.from_numpy(np.stack([np.arange(5), np.arange(5)], axis=1))
joined = torch.from_numpy(np.concatenate([np.ones((2, 3), dtype=np.float32), np.ones((1, 3))]))
ij, _ = np.meshgrid(np.arange(5), np.arange(3), indexing="ij")
ij_grid = torch.from_numpy(ij)
halves = torch.from_numpy(np.arange(6) / 2)
narrow = torch.from_numpy(np.ones(3, dtype=np.float32) * 2.0)
steps = torch.from_numpy(np.arange(1.0, 2.0, 0.3))
"""


def test_anchor_grids_follow_numpy_shapes_and_dtypes():
    assert shapes(ANCHOR_GRIDS) == run_truth(ANCHOR_GRIDS)


CHANGED_ITEMS = """
import numpy as np
import torch
sizes = np.array([4, 6])
alias = sizes
alias[0] = 9
after_item = torch.from_numpy(np.arange(0, sizes[0]))
grown = np.array([4, 6])
view = grown[:]
view += 3
after_view = torch.from_numpy(np.arange(0, grown[1]))
filled = np.array([4, 6])
filled.fill(2)
after_method = torch.from_numpy(np.arange(0, filled[0]))
scale = np.sqrt(4.0)
strong = torch.from_numpy(np.ones(3, dtype=np.float32) * scale)
"""


def test_array_items_are_forgotten_once_changed_in_place_and_numpy_scalars_are_not_guessed():
    analysis = analyse(textwrap.dedent(CHANGED_ITEMS), torch, "cpu", 4096, 30.0)
    strong = next(b.value for b in analysis.hints() if b.name == "strong")
    found = shapes(CHANGED_ITEMS)
    truth = run_truth(CHANGED_ITEMS)
    assert truth["strong"] == "[3] torch.float64"  # np.sqrt gives a numpy float64, which widens a float32 array
    assert f"{analysis.shape_text(strong)} torch.float64" == truth["strong"] and strong.dtype_name == "?"
    found.pop("strong")
    assert all(found[name] == truth[name] for name in found)  # the items as first made would give [4] and [6]


def test_numpy_bool_is_a_dtype_and_new_tensor_takes_the_receiver_dtype():
    found = shapes("""
        import numpy as np
        import torch
        done = np.zeros(shape=4, dtype=np.bool)
        q = torch.randn(4, 2, dtype=torch.float64)
        done_mask = q.new_tensor(done)
        rows = q.new_tensor(np.zeros((4, 3), dtype=np.int32))
    """)
    assert found == {
        "q": "[4, 2] torch.float64",
        "done_mask": "[4] torch.float64",
        "rows": "[4, 3] torch.float64",
    }


PRODUCTS_AND_COMPARISONS = """
import numpy as np
import torch
rows = np.random.rand(6, 4).astype(np.float32)
column = np.random.rand(4)
batch = np.ones((2, 6, 4), dtype=np.float32)
counts = np.arange(12).reshape(3, 4)
row_times_column = torch.from_numpy(rows @ column)
column_times_matrix = torch.from_numpy(column @ rows.T)
batched = torch.from_numpy(batch @ rows.T)
int_product = torch.from_numpy(counts @ counts.T)
mixed_product = torch.from_numpy(counts @ rows.T)
named_product = torch.from_numpy(np.matmul(batch, column))
dotted = torch.from_numpy(np.dot(rows, column))
positive = torch.from_numpy(rows @ column > 0.5)
equal = torch.from_numpy(rows == rows[0])
flipped = torch.from_numpy(2 <= counts)
scalar_product = column @ column
deep_dot = torch.from_numpy(np.dot(batch, rows.T))
"""


def test_numpy_products_and_comparisons_follow_numpy_shapes_and_dtypes():
    found = shapes(PRODUCTS_AND_COMPARISONS)
    truth = run_truth(PRODUCTS_AND_COMPARISONS)
    assert "deep_dot" not in found  # np.dot of a 3-d array is not matmul's product: not modelled
    assert found == {name: shape for name, shape in truth.items() if name != "deep_dot"}


CAUSAL_MASKS = """
import torch
from torch import nn
tokens = torch.zeros(5, 7, dtype=torch.long)
mask = nn.Transformer.generate_square_subsequent_mask(tokens.size(1))
half = nn.Transformer.generate_square_subsequent_mask(4, dtype=torch.float16)
"""


def test_a_causal_mask_is_square_in_the_size_it_is_given():
    found = shapes(CAUSAL_MASKS)
    executed: dict[str, object] = {}
    exec(CAUSAL_MASKS, executed)  # the program is the test's own: its truth by running it
    assert found == {name: f"{list(v.shape)} {v.dtype}" for name, v in executed.items() if isinstance(v, torch.Tensor)}


FILLED_AND_DRAWN = """
    import numpy as np
    import torch

    low = np.full((6,), -1.0)
    high = np.full(6, 1, dtype=np.float32)
    flags = torch.from_numpy(np.full((2, 3), True))
    scale = torch.FloatTensor((high - low) / 2.0)
    grid = np.zeros((3, 4), dtype=np.float32)
    cleared = torch.from_numpy(np.zeros_like(grid))
    ones = torch.from_numpy(np.ones_like(grid, dtype=np.int64))
    sevens = torch.from_numpy(np.full_like(grid, 7))
    hot = np.zeros((grid.size, 5), dtype=np.float32)
    one_hot = torch.from_numpy(hot.reshape((*grid.shape, 5)))
    pixels = np.random.randint(0, 256, (28, 28), dtype=np.uint8)
    image = torch.from_numpy(np.expand_dims(np.asarray(pixels) / 255, 0)).float()
    action = torch.from_numpy(np.random.uniform(low, high))
    noise = torch.from_numpy(np.random.normal(np.zeros((2, 1)), np.ones(3)))
    number = torch.tensor(np.random.uniform(-1.0, 1.0))
    drawn = torch.tensor(np.random.normal(np.zeros(3), 1.0))
    rewards = torch.from_numpy(np.stack([0.5, 1.0, 2.0]))
    counts = torch.from_numpy(np.stack((1, 2)))
"""


def test_filled_arrays_draws_over_array_parameters_and_stacked_numbers_follow_numpy():
    assert shapes(FILLED_AND_DRAWN) == run_truth(FILLED_AND_DRAWN)


NUMPY_SUMMARIES = """
import numpy as np
import torch
rng = np.random.default_rng(0)
table = rng.normal(size=(6, 20)).astype(np.float32)
counts = np.random.poisson(2, size=(4, 3))
standardized = torch.from_numpy((table - table.mean(axis=1, keepdims=True)) / table.std(axis=1, keepdims=True))
column_means = torch.from_numpy(np.mean(table, 0))
int_means = torch.from_numpy(counts.mean(-1))
totals = torch.from_numpy(counts.sum(axis=(0, 1), keepdims=True))
peaks = torch.from_numpy(counts.max(0))
lows = torch.from_numpy(np.amin(table, axis=1))
spread = torch.from_numpy(table.var(keepdims=True, ddof=1))
flagged = torch.from_numpy(((counts > 2) | (counts == 0)) & (counts != 1))
flag_counts = torch.from_numpy(((counts > 2) ^ (counts < 1)).sum(1))
columns = torch.from_numpy(np.column_stack([np.arange(4), counts.std(axis=1), np.ones((4, 2), dtype=np.float32)]))
draws = torch.from_numpy(rng.poisson(lam=3.0, size=(2, 5)))
trials = torch.from_numpy(np.random.binomial(5, 0.3, 6))
waits = torch.from_numpy(rng.exponential(2.0, (3,)))
"""


def test_numpy_reductions_joins_and_samplers_follow_numpy_shapes_and_dtypes():
    assert shapes(NUMPY_SUMMARIES) == run_truth(NUMPY_SUMMARIES)


def test_samplers_given_arrays_draw_their_shape_and_reductions_to_one_number_are_numpy_scalars():
    found = shapes("""
        import numpy as np
        import torch
        rates = np.ones(3)
        per_rate = torch.from_numpy(np.random.poisson(rates))
        total = torch.tensor(rates.sum())
        by_dtype = torch.from_numpy(rates.sum(axis=0, dtype=np.float32))
        pixel_sums = torch.from_numpy(np.zeros((2, 3), dtype=np.uint8).sum(axis=0))  # numpy: uint64
    """)
    assert found["per_rate"] == "[3] torch.int64"  # a draw per rate: the rates' shape
    assert found["total"] == "[] torch.float64"  # a numpy scalar: torch.tensor keeps its dtype
    assert not {"by_dtype", "pixel_sums"} & set(found)  # a dtype argument, uint64 sums


LONG_VOCABULARY = """
import torch
text = (
    "it was the best of times it was the worst of times it was the age of wisdom it was the age of "
    "foolishness it was the epoch of belief it was the epoch of incredulity it was the season of light"
)
vocab = {}
for word in text.split():
    if word not in vocab:
        vocab[word] = len(vocab)
table = torch.zeros(len(vocab), 4)
kept = []
for word in text.split():
    if word == "age":
        break
    kept.append(word)
before_age = torch.zeros(len(kept))
odd = []
for i in [1, 2, 3, 4, 5]:
    if i % 2 == 0:
        continue
    odd.append(i)
odds = torch.zeros(len(odd))
"""


def test_a_vocabulary_counted_over_a_long_text_is_exact_and_loops_that_break_or_continue_stop_where_python_does():
    found, truth = shapes(LONG_VOCABULARY), run_truth(LONG_VOCABULARY)
    assert found["table"] == truth["table"] == "[15, 4] torch.float32"
    assert found["before_age"] == truth["before_age"]  # the words before the first `break`
    assert found["odds"] == truth["odds"]  # the items no `continue` skipped


CLIPPED = """
import numpy as np
import torch
ints = np.arange(6).reshape(2, 3)
bound = 2.5
int_clip = torch.from_numpy(np.clip(ints, 0, 4))
float_bounds = torch.from_numpy(ints.clip(0.5, bound))
narrow = torch.from_numpy(np.zeros((2, 3), dtype=np.float32).clip(-1, 1))
row_bounds = torch.from_numpy(np.clip(np.zeros(3), np.zeros((2, 1)), None))
upper_only = torch.from_numpy(ints.clip(max=3))
"""


def test_clipped_arrays_take_the_broadcast_shape_and_numpy_dtype():
    assert shapes(CLIPPED) == run_truth(CLIPPED)
