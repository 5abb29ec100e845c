"""torch-lsp: a language server that makes PyTorch code explain itself."""

__version__ = "0.1.0"
