#!/usr/bin/env bash
# Run every test: engine unit tests, protocol tests over stdio, knowledge verification, snippets.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f package.json ] && [ -d node_modules ]; then
    npm run --silent lint
fi
.venv/bin/python -m pytest -q "$@"
