"""Every test runs the engine in strict mode: an internal exception fails the test instead of becoming an
unknown value. Servers started by the protocol tests inherit it through the environment."""

import os

os.environ["TORCH_LSP_STRICT"] = "1"
