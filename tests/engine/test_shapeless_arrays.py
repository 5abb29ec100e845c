"""Engine tests: `np.array(data)` of data whose shape is not known (read from a file) is still an array, and
reshaping it to sizes that are all given (no -1) gives exactly those sizes, in the dtype `dtype=` or `.astype`
names. A -1 to infer, or an unknown dtype, gives nothing. Truths come from running each program."""

from engine_support import hints_and_truth

RESHAPED_FILE_DATA = """
import os
import tempfile
import numpy as np
import torch

path = os.path.join(tempfile.mkdtemp(), "data.npy")
np.save(path, np.zeros((6, 20, 4, 4)))


def episodes(data, ways, shots, size):
    xs = []
    for _ in range(3):
        xs.append(data[np.random.choice(data.shape[0], ways, False)][:, :shots])
    images = np.array(xs).astype(np.float32).reshape(3, ways * shots, 1, size, size)
    labels = np.array(xs, dtype=np.int64).reshape((3, ways * shots * size * size))
    rows = np.array(xs).reshape(3, -1)
    return images, labels, rows


images, labels, rows = episodes(np.load(path), 2, 5, 4)
x = torch.from_numpy(images)
y = torch.from_numpy(labels)
r = torch.from_numpy(rows)
"""


def test_reshape_of_an_array_of_unknown_shape_to_given_sizes(monkeypatch):
    found, truth = hints_and_truth(RESHAPED_FILE_DATA, monkeypatch)
    assert found["x"] == truth["x"] == "[3, 10, 1, 4, 4]"
    assert found["y"] == truth["y"] == "[3, 160]"
    assert "r" not in found and truth["r"] == "[3, 160]"


BATCHES_OF_ROWS = """
import os
import numpy as np
import torch

count = int(os.environ.get("COUNT", "40"))
triples = [(i % 5, i % 3, (i * 7) % 5) for i in range(count)]
for start in range(0, len(triples), 16):
    batch = np.array(triples[start:start + 16])
    heads = torch.tensor(batch[:, 0])
    first = torch.from_numpy(batch[0])
    pairs = torch.from_numpy(batch[:, :2])
    last = torch.from_numpy(batch[-1, 1:])
    everything = torch.from_numpy(batch[:])
"""


def test_an_array_of_rows_of_a_list_of_unknown_length_is_indexed_as_its_rows(monkeypatch):
    found, truth = hints_and_truth(BATCHES_OF_ROWS, monkeypatch)
    assert (found.get("heads"), truth["heads"]) == ("[?]", "[8]")  # the last batch
    assert (found.get("pairs"), truth["pairs"]) == ("[?, 2]", "[8, 2]")
    assert found.get("first") == truth["first"] == "[3]"
    assert found.get("last") == truth["last"] == "[2]"
    assert "everything" not in found  # of an empty list, `[:]` gives one dimension of no items
