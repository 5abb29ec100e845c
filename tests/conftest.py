"""Every test runs the engine in strict mode: an internal exception fails the test instead of becoming an
unknown value. A test session keeps torch-lsp's caches in a folder of its own, so that no test sees what an earlier
session left (the hint snapshots of its documents above all). Servers started by the protocol tests inherit both
through the environment."""

import atexit
import os
import shutil
import tempfile

os.environ["TORCH_LSP_STRICT"] = "1"
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="torch-lsp-test-cache-")
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)
