"""Make ``import extractors`` find the package, not this tests folder of the same name.

pytest puts ``tests/`` on sys.path for the shared conftest, where ``tests/extractors`` would be taken
for a namespace package ``extractors``; the repository root must come first.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path[:1]:
    sys.path.insert(0, ROOT)
for name in [m for m in sys.modules if m == "extractors" or m.startswith("extractors.")]:
    if getattr(sys.modules[name], "__file__", None) is None:
        del sys.modules[name]


BENCH = Path(ROOT) / "bench"


@pytest.fixture(scope="session")
def bench_script() -> Callable[[str], ModuleType]:
    """A loader of bench/ scripts as modules: bench/ is no package, yet its scoring code is tested like code.

    Each call executes the script afresh (a test may change a class attribute without leaking it).
    """

    def load(filename: str) -> ModuleType:
        path = BENCH / filename
        spec = importlib.util.spec_from_file_location(f"bench_{path.stem}_for_tests", path)
        assert spec and spec.loader, path
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # its dataclasses look their module up by name
        spec.loader.exec_module(module)
        return module

    return load
