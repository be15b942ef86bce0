"""A crawl child forked from the warm helper is the cold ``python -m crawler.run``: same output and exit
code; a timeout kills its whole tree and leaves the helper ready for the next night."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pubwatch import warmchild
from pubwatch.proctree import run_child, tree_alive

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork helper is Linux-only")
REPO = Path(__file__).resolve().parents[2]


def _crawl(*args: str) -> list[str]:
    return [sys.executable, "-m", "crawler.run", *args]


def _env(warm: str, **extra: str) -> dict[str, str]:
    return {**os.environ, warmchild.ENV_SWITCH: warm, **extra}


@pytest.mark.parametrize(
    "args",
    [
        ("--night", "2026-13-01"),  # a bad argument: exit 2 with the one-line message
        ("--sources", "nosuch", "--no-store"),  # an unknown source: the known ones listed
        ("--help",),  # argparse's help on stdout, exit 0
    ],
)
def test_warm_child_says_and_exits_as_the_cold_one(args: tuple[str, ...], tmp_path: Path) -> None:
    extra = {"PUBWATCH_DB_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    cold = run_child(_crawl(*args), env=_env("0", **extra), cwd=REPO, timeout=120)
    pids: list[int] = []
    warm = warmchild.run(_crawl(*args), env=_env("1", **extra), cwd=REPO, timeout=120, on_start=pids.append)
    assert warm is not None, "the warm helper should have run it"
    assert pids and warmchild._helper is not None and pids[0] != warmchild._helper.proc.pid
    assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, cold.stderr)


def test_a_timeout_kills_the_warm_childs_tree_and_the_helper_serves_the_next(tmp_path: Path) -> None:
    silent = socket.socket()  # accepts connections, never answers: the crawl hangs
    silent.bind(("127.0.0.1", 0))
    silent.listen(16)
    try:
        base = f"http://127.0.0.1:{silent.getsockname()[1]}"
        env = _env(
            "1",
            PUBWATCH_DB_URL=f"sqlite:///{tmp_path / 'x.db'}",
            PUBWATCH_SITE_URLS=json.dumps({"zfcg": base}),
        )
        pids: list[int] = []
        with pytest.raises(subprocess.TimeoutExpired):
            warmchild.run(
                _crawl("--night", "2026-02-10", "--sources", "zfcg"),
                env=env,
                cwd=REPO,
                timeout=3,  # the crawl would hang on the silent socket for ever: any deadline ends it
                on_start=pids.append,
            )
        assert pids and not tree_alive(pids[0])
        after = warmchild.run(_crawl("--help"), env=env, cwd=REPO, timeout=120, on_start=None)
        assert after is not None and after.returncode == 0 and "--night" in after.stdout
    finally:
        silent.close()
