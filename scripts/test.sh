#!/usr/bin/env bash
# Run every check: lint, format and types, then every test (engine unit tests, protocol tests over
# stdio, knowledge verification, snippets, corpora, real editors) with pytest.
#
# The static checks run beside the tests: they keep one core busy for about a minute while the first
# tests, the corpora, need one. Their output follows the tests'; either failing fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

static_checks() {
    if [ -f package.json ] && [ -d node_modules ]; then
        npm run --silent lint
    fi
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    .venv/bin/mypy
}

log=$(mktemp -t torch-lsp-static-checks.XXXXXX)
trap 'rm -f "$log"' EXIT
static_checks >"$log" 2>&1 &
checks=$!

tests=0
.venv/bin/python -m pytest -q "$@" || tests=$?
static=0
wait "$checks" || static=$?
echo "static checks (npm lint, ruff, ruff format, mypy):"
cat "$log"
if ((static)); then
    echo "static checks failed" >&2
fi
exit $((tests ? tests : static))
