#!/usr/bin/env bash
# Install what the VS Code end-to-end test (tests/e2e) needs; idempotent, fast when everything is there.
#
#   tests/e2e/install.sh            # as root on Debian 12 with Node 20 and npm
#
# 1. Debian packages: chromium + fonts-dejavu-core + fonts-noto-cjk (the browser; the CJK fonts render the
#    Chinese texts in screenshots), ripgrep and the build dependencies of code-server's native modules
#    (kerberos, native-keymap, @vscode/spdlog, node-pty, ...).
# 2. code-server 4.100.3 (VS Code 1.100; the newest release whose engines.node is 20) from npm, cached
#    outside the repository in $TORCH_LSP_E2E_HOME/code-server (default /opt/torch-lsp-e2e/code-server).
# 3. playwright-core from tests/e2e/package-lock.json into tests/e2e/node_modules (npm ci).
#
# Needs only the Debian and npm registries. Prints the code-server binary's path on its last line.
set -euo pipefail

CS_VERSION=4.100.3
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
E2E_HOME=${TORCH_LSP_E2E_HOME:-/opt/torch-lsp-e2e}
DEST=$E2E_HOME/code-server
MARKER=$DEST/.installed-$CS_VERSION
export DEBIAN_FRONTEND=noninteractive

log() { echo "install.sh: $*" >&2; }

mkdir -p "$E2E_HOME"
# one install at a time (two test sessions starting together would otherwise both run npm in $DEST)
exec 9>"$E2E_HOME/.install.lock"
flock 9

# --- 1. Debian packages ---------------------------------------------------------------------------
PACKAGES=(chromium fonts-dejavu-core fonts-noto-cjk ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
          pkg-config python3 make g++)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    log "apt-get install ${missing[*]}"
    if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ -x /usr/bin/chromium ] || { log "/usr/bin/chromium is missing after apt-get install"; exit 1; }

# --- 2. code-server --------------------------------------------------------------------------------
if [ -f "$MARKER" ] && "$DEST/node_modules/.bin/code-server" --version >/dev/null 2>&1; then
    log "code-server $CS_VERSION already in $DEST"
else
    log "installing code-server $CS_VERSION into $DEST (a few minutes)"
    rm -rf "$DEST"
    mkdir -p "$DEST"
    TMP=$(mktemp -d)
    trap 'rm -rf "$TMP"' EXIT
    # @vscode/ripgrep's postinstall downloads rg from GitHub (unreachable here). It first looks for
    # $TMPDIR/vscode-ripgrep-cache-<pkgver>/ripgrep-<rgver>-x86_64-unknown-linux-musl.tar.gz: seed it with
    # Debian's rg (versions as pinned by code-server 4.100.3).
    mkdir -p "$TMP/vscode-ripgrep-cache-1.15.11" "$TMP/rg"
    cp /usr/bin/rg "$TMP/rg/rg"
    tar czf "$TMP/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$TMP/rg" rg
    cd "$DEST"
    npm init -y >/dev/null
    # npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
    # npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which would otherwise ask.
    # npm_config_nodedir: build native modules against the installed Node headers, no download.
    nodedir=${npm_config_nodedir:-}
    if [ -z "$nodedir" ] && [ -f /usr/include/node/node.h ]; then nodedir=/usr; fi
    env TMPDIR="$TMP" npm_config_unsafe_perm=true npm_config_yes=true ${nodedir:+npm_config_nodedir="$nodedir"} \
        npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2
    # On its first run (no config file yet) code-server logs "Wrote default config file" before the version.
    output=$("$DEST/node_modules/.bin/code-server" --version 2>&1)
    version=$(grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+ ' <<<"$output" || true)
    case "$version" in
        "$CS_VERSION "*) ;;
        *) log "unexpected code-server version output: $output"; exit 1 ;;
    esac
    touch "$MARKER"
    cd "$HERE"
fi

# --- 3. playwright-core ----------------------------------------------------------------------------
want=$(node -p "require('$HERE/package-lock.json').packages['node_modules/playwright-core'].version")
have=$(node -p "try { require('$HERE/node_modules/playwright-core/package.json').version } catch { '' }")
if [ "$want" != "$have" ]; then
    log "npm ci (playwright-core $want) in $HERE"
    (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

echo "$DEST/node_modules/.bin/code-server"
