"""`python -m torch_lsp`: run the language server (stdio, or `--tcp HOST:PORT`)."""

from .cli import main

main(["serve", *__import__("sys").argv[1:]])
