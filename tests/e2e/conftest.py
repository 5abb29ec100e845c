def pytest_configure(config):
    config.addinivalue_line(
        "markers", "e2e: drives VS Code (code-server) in headless chromium; minutes on a cold machine"
    )
