"""Record the truths of the programs in torchvision_corpus by executing them.

torchvision's wheels do not load beside the CPU build of torch the project pins, so CI cannot run these programs;
their truths are recorded by running them under tests/shape_truth.py's recorder in an environment that has both
(here: `python3.11 -m venv V && V/bin/pip install torch==2.14.1 torchvision==0.29.1 numpy`):

    V/bin/python tests/corpora/record_torchvision_truths.py

It writes torchvision_corpus/truths/NAME.json (every assignment's observed shapes, as the recorder gives them).
MNIST is read from small files of random digits written in MNIST's own format, so nothing is downloaded.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

CORPUS = Path(__file__).resolve().parent / "torchvision_corpus"
RECORDER = CORPUS.parent.parent / "shape_truth.py"


def write_mnist(root: Path, images: int = 64) -> None:
    """MNIST's four idx files (training and test) of random 28x28 digits."""
    raw = root / "MNIST" / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(0)
    for split in ("train", "t10k"):
        pixels = rng.integers(0, 256, size=(images, 28, 28), dtype=np.uint8)
        labels = rng.integers(0, 10, size=images, dtype=np.uint8)
        (raw / f"{split}-images-idx3-ubyte").write_bytes(struct.pack(">IIII", 2051, images, 28, 28) + pixels.tobytes())
        (raw / f"{split}-labels-idx1-ubyte").write_bytes(struct.pack(">II", 2049, images) + labels.tobytes())


def main() -> None:
    out_dir = CORPUS / "truths"
    out_dir.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="torchvision_truth_") as work:
        write_mnist(Path(work))
        env = {**os.environ, "MNIST_ROOT": work, "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}
        for program in sorted(CORPUS.glob("*.py")):
            out = out_dir / f"{program.stem}.json"
            subprocess.run(
                [sys.executable, str(RECORDER), "--child", str(out), str(program)],
                cwd=work,
                env=env,
                check=True,
            )
            print(f"recorded {out.relative_to(CORPUS)}")


if __name__ == "__main__":
    main()
