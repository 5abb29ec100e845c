"""Loading torch in the server: what the first analysis finds already loaded, and what it must not pay for."""

import json
import subprocess
import sys

# A fresh process: the test process has imported torch._dynamo long ago.
FIRST_ANALYSIS = """
import json
import sys
from torch_lsp.analysis.engine import analyse
from torch_lsp.runtime import TorchRuntime

runtime = TorchRuntime()
runtime.start()
torch = runtime.wait()
source = "import torch\\nimport torch.nn as nn\\nx = torch.randn(2, 3, 8, 8)\\ny = nn.Conv2d(3, 4, 3)(x).relu()\\n"
analysis = analyse(source, torch, "cpu", 1_000_000, 30.0, symbolic=False)
shapes = sorted(list(b.value.probe.shape) for b in analysis.hints())
print(json.dumps({"shapes": shapes, "compiler imported": "torch._dynamo" in sys.modules}))
"""


def test_meta_kernels_run_without_importing_the_compiler():
    """torch's decompositions import torch._dynamo (over a second) on their first call unless the runtime marked
    them; after loading, an analysis running a convolution on meta tensors leaves it unimported."""
    run = subprocess.run(
        [sys.executable, "-c", FIRST_ANALYSIS], check=False, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"shapes": [[2, 3, 8, 8], [2, 4, 6, 6]], "compiler imported": False}
