#!/usr/bin/env bash
# Install everything, then run the main job on the bundled example: shapes, errors, and the
# cheat-sheet verification summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
.venv/bin/torch-lsp check --hints examples/mnist_cnn.py
.venv/bin/torch-lsp verify --quiet
