"""Make ``import extractors`` find the package, not this tests folder of the same name.

pytest puts ``tests/`` on sys.path for the shared conftest, where ``tests/extractors`` would be taken
for a namespace package ``extractors``; the repository root must come first.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path[:1]:
    sys.path.insert(0, ROOT)
for name in [m for m in sys.modules if m == "extractors" or m.startswith("extractors.")]:
    if getattr(sys.modules[name], "__file__", None) is None:
        del sys.modules[name]
