"""The layering contracts (.importlinter) hold on the tree, and they do catch a forbidden import.

Why the second test: a contract file that names no real module, or a layer order that allows
everything, passes silently. Copying the packages into a scratch folder, planting one import the
architecture forbids and running the same contracts there proves the file has teeth.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = (
    "pubwatch",
    "vocabulary",
    "crawler",
    "spiders",
    "extractors",
    "storage",
    "monitor",
    "alerts",
    "dashboards",
    "reports",
    "replica",
)
LINT = str(Path(sys.executable).with_name("lint-imports"))


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run(
        [LINT, "--config", str(root / ".importlinter"), "--no-cache"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _copy_tree(dst: Path) -> None:
    shutil.copy(REPO / ".importlinter", dst / ".importlinter")
    for pkg in PACKAGES:
        shutil.copytree(
            REPO / pkg, dst / pkg, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "templates")
        )


def test_the_tree_keeps_every_contract(tmp_path: Path) -> None:
    _copy_tree(tmp_path)
    run = _lint(tmp_path)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_a_forbidden_import_is_caught(tmp_path: Path) -> None:
    _copy_tree(tmp_path)
    # the monitor reaching into the crawler: the arrow runs the wrong way
    (tmp_path / "monitor" / "reaches_back.py").write_text(
        "from crawler import sources  # forbidden\n", encoding="utf-8"
    )
    # and the replica sharing code with what it is the ground truth for
    (tmp_path / "replica" / "peeks.py").write_text("import extractors  # forbidden\n", encoding="utf-8")
    run = _lint(tmp_path)
    assert run.returncode != 0
    assert "monitor.reaches_back -> crawler.sources" in run.stdout, run.stdout[-3000:]
    assert "replica.peeks -> extractors" in run.stdout, run.stdout[-3000:]
    assert "BROKEN" in run.stdout
