"""Unit tests: lists whose length the engine does not know keep their element, and tensors made of them (open_lists,
unknown_numbers, the random module)."""

import textwrap

import torch
from torch_lsp.analysis.engine import analyse
from torch_lsp.analysis.values import UNKNOWN, Const, Scalar, Sequence, SymDim, TensorValue

PRELUDE = """
    import random
    import torch
    tables = [[4, 5], [6, 7, 8]]
    picked = tables[random.randrange(2)]
"""


def analysed(source: str):
    return analyse(textwrap.dedent(PRELUDE) + textwrap.dedent(source), torch, "cpu", 4096, 30.0)


def shapes(source: str) -> dict[str, str]:
    """name -> rendered shape of each tensor hint."""
    analysis = analysed(source)
    return {b.name: analysis.shape_text(b.value) for b in analysis.hints()}


def values(source: str) -> dict:
    """name -> the value of its last binding."""
    return {b.name: b.value for b in analysed(source).bindings}


def unknown(value, kind: type) -> bool:
    """Whether `value` is a number of `kind` whose value is not known."""
    return isinstance(value, Scalar) and value.kind is kind


def test_an_unknown_index_into_lists_of_different_lengths_keeps_their_element():
    picked = values("x = picked")["x"]
    assert isinstance(picked, Sequence) and picked.items is None and unknown(picked.element, int)


def test_joining_repeating_and_extending_lists_of_unknown_length_keep_the_element():
    found = values("""
        ids = [1] + picked + [2]
        seg = [0] * (len(picked) + 1) + [1]
        ids.extend([0] * (10 - len(ids)))
        ids[random.randrange(3)] = 3
        head = ids[: random.randrange(4)]
        flags = [True] * len(picked)
        flags.append(False)
        flags = flags
    """)
    for name, kind in (("ids", int), ("seg", int), ("head", int), ("flags", bool)):
        value = found[name]
        assert isinstance(value, Sequence) and value.items is None and unknown(value.element, kind), name


def test_an_assignment_at_an_unknown_index_keeps_a_known_length():
    found = shapes("""
        k = [1, 2, 3]
        k[random.randrange(3)] = 7
        t = torch.tensor(k)
    """)
    assert found["t"] == "[3]"


def test_tensors_of_lists_of_unknown_length_have_one_unknown_size_per_level():
    analysis = analysed("""
        ids = [1] + picked
        a = torch.tensor(ids)
        b = torch.LongTensor([ids, [0] * len(picked)])
        c = torch.tensor([[0.5, 1.5], picked])
        flags = torch.tensor([random.random() < 0.5 for _ in picked])
        negated = torch.tensor([-(random.random() < 0.5)])
    """)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    assert (found["a"], found["b"], found["c"]) == ("[?]", "[2, ?]", "[2, 2]")
    assert found["flags"] == "[?]"
    dtypes = {b.name: b.value.dtype_name for b in analysis.hints() if isinstance(b.value, TensorValue)}
    assert (dtypes["a"], dtypes["c"], dtypes["flags"], dtypes["negated"]) == ("int64", "float32", "bool", "int64")


def test_a_list_that_may_be_empty_above_the_innermost_level_gives_no_shape():
    found = shapes("""
        rows = []
        while random.random() < 0.5:
            rows.append(picked)
        nested = torch.tensor(rows)
        flat = torch.tensor([x for row in rows for x in row])
    """)
    assert "nested" not in found
    assert found["flat"] == "[?]"


def test_rows_whose_lengths_differ_or_that_hold_no_numbers_give_no_shape():
    found = shapes("""
        ragged = torch.tensor([[1, 2], [3, 4, 5], picked])
        words = torch.tensor(["a"] * len(picked))
        layers = torch.tensor([torch.ones(2)] * len(picked))
    """)
    assert found == {}


def test_columns_of_rows_built_in_a_loop_are_sized_by_the_rows():
    analysis = analysed("""
        def make(n):
            batch = []
            while len(batch) < n:
                ids = [1] + picked + [2]
                batch.append([ids, ids[:2], random.random() < 0.5])
            return batch
        batch = make(8)
        ids, pairs, labels = map(torch.LongTensor, zip(*batch))
    """)
    found = {b.name: analysis.shape_text(b.value) for b in analysis.hints()}
    # the while loop's test is decided on every pass: it runs 8 times, as Python does
    assert (found["ids"], found["pairs"], found["labels"]) == ("[8, ?]", "[8, ?]", "[8]")


def test_a_comprehension_over_a_named_length_keeps_it():
    found = shapes("""
        def read(lines):
            rows = []
            for line in lines:
                rows.append(([1.0, 2.0], 3))
            return rows
        rows = read(open("data.txt"))
        feats, labels = zip(*rows)
        widened = torch.tensor([list(f) + [0.0] for f in feats])
        sized = torch.zeros(len(labels))
        kept = torch.tensor([f[0] for f in feats if f[0] > 0])
    """)
    assert (found["widened"], found["sized"], found["kept"]) == ("[rows, 3]", "[rows]", "[?]")


def test_random_draws_are_numbers_and_items_of_their_population():
    found = values("""
        from random import *
        i = randrange(3)
        u = uniform(0, 1)
        one = choice([1, 2, 3])
        few = sample([1, 2, 3], 2)
        known = [1, 2, 3]
        shuffle(known)
        first = known[0]
    """)
    assert isinstance(found["i"], SymDim)  # an unknown int bound to a name: a size named after it
    assert unknown(found["u"], float) and isinstance(found["one"], SymDim)
    few = found["few"]
    assert isinstance(few, Sequence) and few.items is not None and len(few.items) == 2
    first = found["first"]
    assert isinstance(first, SymDim)  # shuffled: an int that may be any of 1, 2, 3, not the 1 it held


def test_min_max_and_round_of_unknown_numbers_keep_their_kind():
    found = values("""
        n = min(5, max(1, int(round(len(picked) * 0.15))))
        r = round(random.random(), 2)
        mixed = max(1, random.random())
        known = max(1, 2)
    """)
    assert unknown(found["r"], float)
    assert found["mixed"] is UNKNOWN  # max(1, 0.5) is an int, max(1, 2.5) a float
    assert isinstance(found["known"], Const) and found["known"].value == 2
    assert isinstance(found["n"], SymDim)


def test_a_display_that_unpacks_a_list_of_unknown_length_keeps_the_element():
    found = shapes("""
        t = torch.tensor([0, *picked, 9])
        rows = torch.tensor([[*picked], [1, 2]])
    """)
    assert (found["t"], found["rows"]) == ("[?]", "[2, 2]")


def test_sorted_of_anything_is_a_list_and_index_is_an_int():
    found = values("""
        words = open("corpus.txt").read().split()
        vocab = sorted(set(words))
        position = vocab.index(words[0])
        ids = torch.tensor([vocab.index(w) for w in words], dtype=torch.long)
    """)
    vocab = found["vocab"]
    assert isinstance(vocab, Sequence) and vocab.kind == "list" and vocab.items is None
    assert isinstance(found["position"], (Scalar, SymDim)) and not isinstance(found["position"], Const)
    ids = found["ids"]
    assert isinstance(ids, TensorValue) and ids.probe.dim() == 1 and ids.probe.dtype == torch.long


def test_sequences_of_different_lengths_keep_the_items_they_both_start_with():
    found = values("""
        pair = (torch.zeros(2), torch.ones(3, 3)) if random.random() < 0.5 else (torch.zeros(2),)
        first = pair[0]
        second = pair[1]
        head, tail = pair
        rows = [torch.zeros(4)] if random.random() < 0.5 else [torch.zeros(4), torch.zeros(5, 5)]
        rows.reverse()
        last = rows[0]
        shuffled = [torch.zeros(4)] if random.random() < 0.5 else [torch.zeros(4), torch.zeros(5, 5)]
        random.shuffle(shuffled)
        moved = shuffled[0]
    """)
    assert isinstance(found["first"], TensorValue) and list(found["first"].shape) == [2]
    assert isinstance(found["head"], TensorValue) and list(found["head"].shape) == [2]
    assert found["second"] is UNKNOWN and found["tail"] is UNKNOWN  # the join of [2] and [3, 3]
    assert found["last"] is UNKNOWN and found["moved"] is UNKNOWN  # reordered: the first item is any of them


def test_a_set_of_items_the_engine_does_not_list_pops_one_of_them():
    found = values("""
        import numpy as np
        labels = set(np.random.randint(0, 5, 8))
        label = labels.pop()
        labels.add("other")
        other = [v for v in labels]
    """)
    assert isinstance(found["label"], (SymDim, Scalar))  # an int of the array, not the None `add` gives
    assert isinstance(found["other"], Sequence) and found["other"].element is UNKNOWN  # an int or "other"
