"""Registration with jupyter-lsp (entry point `jupyter_lsp_spec_v1`): JupyterLab finds the server by itself."""

from __future__ import annotations

import sys
from typing import Any


def spec(manager: Any) -> dict[str, dict[str, Any]]:
    """The jupyter-lsp language-server spec (version 2) for torch-lsp, run with Jupyter's interpreter."""
    return {
        "torch-lsp": {
            "version": 2,
            # -P: jupyter-lsp starts servers in the folder Jupyter was started in; a torch_lsp.py or
            # torch.py there must not be importable.
            "argv": [sys.executable, "-P", "-m", "torch_lsp", "--stdio"],
            "languages": ["python"],
            "mime_types": ["text/python", "text/x-python", "text/x-ipython"],
            "display_name": "torch-lsp",
            "urls": {"home": "https://github.com/torch-lsp/torch-lsp"},
        }
    }
