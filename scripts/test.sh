#!/usr/bin/env bash
# Run every check: lint, format and types, then every test (engine unit tests, protocol tests over
# stdio, knowledge verification, snippets, corpora, real editors) with pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f package.json ] && [ -d node_modules ]; then
    npm run --silent lint
fi
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
