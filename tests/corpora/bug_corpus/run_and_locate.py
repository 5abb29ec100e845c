"""Run programs one after another (each in a fresh namespace); print {path: line where it raised, 0 if none}."""

import json
import runpy
import sys
import traceback


def raising_line(path: str) -> int:
    """The 1-based line of `path` where running it raised, or 0."""
    try:
        runpy.run_path(path, run_name="__main__")
    except Exception as error:
        frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == path]
        return frames[-1].lineno if frames else -1
    return 0


print(json.dumps({path: raising_line(path) for path in sys.argv[1:]}))
