"""Real-editor tests (Neovim, JupyterLab): register the `editors` marker; see docs/editors.md."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "editors: drives real editors (Neovim, JupyterLab in chromium); installs them on first run"
    )
