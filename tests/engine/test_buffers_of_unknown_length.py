"""Engine tests: `np.frombuffer` always gives one dimension (its length the buffer's, not known when the bytes
come from a file), `np.split` along a dimension of unknown length gives as many parts as the cuts make, and a
user function called with a row of a tensor of unknown length (whose strides are symbolic) runs as any call does.
Truths come from running each program."""

from engine_support import hints_and_truth

FILE_BYTES = """
import gzip
import os
import tempfile

import numpy as np
import torch

path = os.path.join(tempfile.mkdtemp(), "bytes.gz")
with gzip.open(path, "wb") as sink:
    sink.write(bytes(range(32, 127)) * 8)
with gzip.open(path) as source:
    raw = np.frombuffer(source.read(700), dtype=np.uint8)
    head, tail = np.split(raw, [600])
    head_tokens, tail_tokens = torch.from_numpy(head), torch.from_numpy(tail)
counted = torch.from_numpy(np.frombuffer(bytes(40), dtype=np.float32, count=6).copy())
rows = torch.from_numpy(np.split(np.zeros((3, len(raw))), 4, axis=1)[1])
"""


def test_bytes_read_from_a_file_make_one_dimension_of_unknown_length(monkeypatch):
    found, truth = hints_and_truth(FILE_BYTES, monkeypatch)
    assert truth["head_tokens"] == "[600]" and truth["tail_tokens"] == "[100]"
    assert found["head_tokens"] == found["tail_tokens"] == "[?]"
    assert found["counted"] == truth["counted"] == "[6]"
    assert truth["rows"] == "[3, 175]" and found["rows"] == "[3, ?]"


ROWS = """
import os
import tempfile

import torch

def scaled(row):
    return row * 2

path = os.path.join(tempfile.mkdtemp(), "text.txt")
with open(path, "w") as sink:
    sink.write("some text")
length = len(open(path).read())
steps = torch.zeros(1, length, 8)
last = scaled(steps[:, -1, :])
"""


def test_a_call_on_a_row_with_symbolic_strides_runs(monkeypatch):
    found, truth = hints_and_truth(ROWS, monkeypatch)
    assert found["last"] == truth["last"] == "[1, 8]"
