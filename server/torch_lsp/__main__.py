"""`python -m torch_lsp`: run the language server (stdio, or `--tcp HOST:PORT`), or any `torch-lsp` command
(`python -m torch_lsp check FILE`)."""

import os
import sys

# `python -m` puts the working directory first on sys.path: a workspace's own `torch.py` must never
# shadow torch inside the server.
sys.path[:] = [p for p in sys.path if p not in ("", os.getcwd())]

from torch_lsp.cli import COMMANDS, main  # noqa: E402

arguments = sys.argv[1:]
main(arguments if arguments and arguments[0] in COMMANDS else ["serve", *arguments])
