"""`python -m torch_lsp`: run the language server (stdio, or `--tcp HOST:PORT`)."""

import os
import sys

# `python -m` puts the working directory first on sys.path: a workspace's own `torch.py` must never
# shadow torch inside the server.
sys.path[:] = [p for p in sys.path if p not in ("", os.getcwd())]

from torch_lsp.cli import main  # noqa: E402

main(["serve", *sys.argv[1:]])
