"""The shape engine against the truth: every corpus program's inlay hints, target by target.

The truth comes from running each program (tests/shape_truth.py); nothing here is written by hand.
Rules (see shape_truth.classify): a hint is correct when each concrete dim equals what ran and each
symbolic dim is justified; it is WRONG when its rank or a concrete dim disagrees with any observed
shape. A wrong hint is worse than none, so the corpus must have none. Run with `-s` to see the table
always; it is also printed (uncaptured) by the totals test.
"""

from __future__ import annotations

import pytest
import shape_truth
from lsp_support import client_for
from pytest_lsp import LanguageClient

# The floor is on exact recall over the targets that held one shape while the program ran: a target that held
# several needs a symbol, and the open-world programs (ragged batches, lists of random length, options read from
# the command line) hold more of them each time one is added, which pulled the plain exact recall down without
# any change in the engine. History of the plain figure: 78.0 % of 706 targets when this harness was written,
# 86.8 % of 1,030 (a perfect engine 88.3 %), 85.4 % of 1,148 (86.8 %), 84.5 % of 1,312 (87.2 %), where the
# engine is exact on 96.9 % of the one-shape targets. A size read from the command line held one value in the run
# but must stay a symbol (`[batch_size, hidden]`): recurrent_cli_sizes.py, whose layers are all sized that way,
# added 23 such targets and took the one-shape figure from 96.2 % to 94.5 % with every other program's hints
# unchanged. The floor leaves a point for changes that trade a few hints: raise it as the engine improves.
EXACT_RECALL_FLOOR = 0.935
MAX_WRONG_HINTS = 0
# The protocol's hint wait and the analysis budget are the product's; the test gives the analysis
# more time so that a loaded machine does not turn into missing hints (the bench measures the default).
OPTIONS = {"torchLsp": {"analysis": {"budgetSeconds": 20}}}

# The first test also traces every program for its truths (minutes on a cold cache and a loaded machine).
pytestmark = pytest.mark.timeout(1800)

FILES = shape_truth.corpus_files()
_scores: dict[str, shape_truth.FileScore] = {}


client = client_for(options=OPTIONS)


@pytest.fixture(scope="module")
def truths(request) -> dict:
    """The recorded truth of every corpus file (cached in .pytest_cache by program, tracer and torch)."""
    return shape_truth.trace_all(FILES, cache_dir=request.config.cache.mkdir("shape_truth"))


async def _score(client: LanguageClient, truths: dict, path) -> shape_truth.FileScore:
    if path.name not in _scores:
        error = None
        try:
            hints = await shape_truth.server_hints(client, path)
        except Exception as failure:  # noqa: BLE001 a server error on one file must not hide the others
            hints, error = [], f"{type(failure).__name__}: {failure}"
        lines = shape_truth.joined_source(path).split("\n")
        _scores[path.name] = shape_truth.score(path.name, truths[path], hints, lines)
        _scores[path.name].error = error
    return _scores[path.name]


def test_corpus_is_large_enough():
    assert 17 <= len(FILES) <= 55
    assert sum(p.suffix == ".ipynb" for p in FILES) >= 2


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
async def test_no_wrong_hints(client: LanguageClient, truths: dict, path):
    result = await _score(client, truths, path)
    assert result.error is None, f"the server failed on {path.name}: {result.error}"
    assert not result.wrong, "wrong hints:\n" + "\n".join(result.wrong)


async def test_corpus_totals(client: LanguageClient, truths: dict, capsys):
    scores = [await _score(client, truths, path) for path in FILES]
    report = shape_truth.table(scores)
    wrong = [line for s in scores for line in s.wrong]
    unverified = [line for s in scores for line in s.unverified]
    errors = [f"{s.name}: {s.error}" for s in scores if s.error]
    with capsys.disabled():
        print("\n" + report)
        for title, lines in (
            ("WRONG", wrong),
            ("UNVERIFIED (no executed target there)", unverified),
            ("SERVER ERRORS (counted as no hints)", errors),
        ):
            if lines:
                print(f"\n{title}:\n" + "\n".join(lines))
    totals = shape_truth.totals(scores)
    assert totals.targets > 0
    assert totals.wrong <= MAX_WRONG_HINTS, report + "\n" + "\n".join(wrong)
    assert totals.single_shape_exact_recall >= EXACT_RECALL_FLOOR, report
