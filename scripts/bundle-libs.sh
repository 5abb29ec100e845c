#!/usr/bin/env bash
# Fills bundled/libs with what the server needs besides torch: pygls, lsprotocol, jedi and their
# dependencies (exact, pure-Python wheels, installed with --no-deps so torch is never pulled in)
# and the torch_lsp package itself. The VS Code client prepends bundled/libs to PYTHONPATH.
#
# PYTHON=/path/to/python picks the interpreter that runs pip (default: .venv/bin/python, else python3).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
target=bundled/libs

# Pinned to the versions the server is tested with. All are py3-none-any wheels, so the bundle works
# on any platform and Python >= 3.10 (exceptiongroup and typing_extensions are what cattrs needs
# below 3.11). cattrs stays < 25: see the lsprotocol 2025 note in shared/guides/lsp-notes.md.
requirements=(
    "pygls==2.1.1"
    "lsprotocol==2025.0.0"
    "cattrs==24.1.3"
    "attrs==26.1.0"
    "jedi==0.20.1"
    "parso==0.8.7"
    "typing_extensions==4.16.0"
    "exceptiongroup==1.3.2"
)

rm -rf "$target"
mkdir -p "$target"
"$PYTHON" -m pip install --quiet --disable-pip-version-check --no-input \
    --target "$target" --no-deps --only-binary=:all: --no-compile "${requirements[@]}"

# The server package: copied from the source tree, so no in-tree build writes build/ or *.egg-info
# next to the sources.
cp -RL server/torch_lsp "$target/torch_lsp"

# Nothing that would run or shadow anything: no scripts, caches or compiled files; never torch.
rm -rf "$target/bin"
# jedi infers from its typeshed stdlib stubs; the third-party stubs (django, requests, ...) are four fifths
# of its size and describe libraries torch code does not need: jedi falls back to their sources.
rm -rf "$target/jedi/third_party/typeshed/stubs" "$target/jedi/third_party/django-stubs"
find "$target" -name __pycache__ -type d -prune -exec rm -rf {} +
find "$target" -name '*.py[co]' -delete
for forbidden in torch torchgen functorch nvidia triton numpy; do
    if [[ -e "$target/$forbidden" ]]; then
        echo "bundle-libs: $target/$forbidden must not be bundled" >&2
        exit 1
    fi
done

# The versions must agree: the .vsix is named after package.json's version.
npm_version="$(node -p "require('./package.json').version")"
py_version="$("$PYTHON" -S -c "import sys; sys.path.insert(0, '$target'); import torch_lsp; print(torch_lsp.__version__)")"
if [[ "$npm_version" != "$py_version" ]]; then
    echo "bundle-libs: package.json version $npm_version != torch_lsp.__version__ $py_version" >&2
    exit 1
fi

# The bundle must be self-contained: import it with site-packages switched off (-S).
PYTHONPATH="$target" "$PYTHON" -S -c "import pygls.lsp.server, lsprotocol.types, jedi, cattrs, torch_lsp"
# jedi still completes and resolves the standard library from what is left.
PYTHONPATH="$target" "$PYTHON" -S -c "
import jedi
completions = jedi.Script('import os.path\\nos.path.jo').complete(2, 10)
assert [c.name for c in completions] == ['join'], 'bundle-libs: jedi completes nothing in os.path'
definitions = jedi.Script('import os.path\\nos.path.join').goto(2, 10, follow_imports=True)
assert [d.name for d in definitions] == ['join'], 'bundle-libs: jedi finds no definition of os.path.join'
"
if [[ -f "$target/torch_lsp/server.py" || -d "$target/torch_lsp/server" ]]; then
    if ! PYTHONPATH="$target" "$PYTHON" -S -c "import torch_lsp.server" 2>/dev/null; then
        echo "bundle-libs: warning: torch_lsp.server does not import without site-packages" \
             "(it should import torch lazily, not at module level)" >&2
    fi
fi
find "$target" -name __pycache__ -type d -prune -exec rm -rf {} +
echo "bundle-libs: $(du -sh "$target" | cut -f1) in $target ($(ls "$target" | grep -v dist-info | tr '\n' ' '))"
