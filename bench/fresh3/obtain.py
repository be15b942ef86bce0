"""Re-obtain the fresh3 pages: ``bench/fresh/obtain.py --set fresh3`` (one script for the three sets).

    .venv/bin/python bench/fresh3/obtain.py [--mirror-root /work/.mirror] [--out DIR] [--transcripts DIR]

Kept beside the set's manifest so its README can point at it; every option of the shared script
applies (see its docstring for what is mechanical and what needs a hand).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent / "fresh" / "obtain.py"


def main(argv: list[str] | None = None) -> int:
    """Load the shared script by path (bench/ is no package) and run it for this set."""
    spec = importlib.util.spec_from_file_location("fresh_obtain", SHARED)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.main(argv, default_set="fresh3")


if __name__ == "__main__":
    sys.exit(main())
