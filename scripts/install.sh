#!/usr/bin/env bash
# Install everything torch-lsp needs into .venv (and build the VS Code extension when Node is present).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
# A bare `torch` requirement would pull a multi-GB CUDA build: install the pinned CPU wheel first
# when this environment has no torch (users bring their own torch; the package accepts a range).
.venv/bin/python -c "import torch" 2>/dev/null || .venv/bin/pip install --quiet torch==2.13.0
.venv/bin/pip install --quiet -e ".[test]"
if command -v npm >/dev/null && [ -f package.json ]; then
    npm ci --no-audit --no-fund --silent
    npm run --silent package
fi
