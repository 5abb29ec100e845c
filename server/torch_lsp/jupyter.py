"""Registration with jupyter-lsp (entry point `jupyter_lsp_spec_v1`): JupyterLab finds the server by itself."""

from __future__ import annotations

import sys
from typing import Any


def spec(manager: Any) -> dict[str, dict[str, Any]]:
    """The jupyter-lsp language-server spec (version 2) for torch-lsp, run with Jupyter's interpreter."""
    return {
        "torch-lsp": {
            "version": 2,
            "argv": [sys.executable, "-m", "torch_lsp", "--stdio"],
            "languages": ["python"],
            "mime_types": ["text/python", "text/x-python", "text/x-ipython"],
            "display_name": "torch-lsp",
            "urls": {"home": "https://github.com/torch-lsp/torch-lsp"},
        }
    }
