"""One process tree per run: the crawler child dies with its parent and is waited for.

Why: ``pubwatch run`` and the scheduler start ``python -m crawler.run`` as a child. When the parent
was killed (SIGKILL, OOM killer, a closed terminal) the child went on crawling; the run lock, whose
holder pid was gone, was taken over at once, and two crawls of the same night overlapped and
wrote over each other. So the child

* runs in a process group of its own (``start_new_session``), so that it and everything it starts
  (the Playwright browser) can be signalled and checked as one (:func:`tree_alive`);
* asks the kernel to SIGKILL it when its parent dies (Linux ``prctl(PR_SET_PDEATHSIG)``), and exits
  at once if the parent is already gone by the time it starts;
* is killed with its whole group and waited for whenever the parent leaves :func:`run_child` early
  (a timeout, Ctrl-C, an exception), so the run lock is released only after the tree is gone.

The lock records the child's group (``run_locks.child_pid``) so that a later run does not take over
a lock whose crawler is still alive (``pubwatch.runlock._acquire``).
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

PR_SET_PDEATHSIG = 1


def _load_prctl() -> Callable[..., int] | None:
    """libc's ``prctl``, resolved before any fork (nothing may be imported or loaded in the child)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


_PRCTL = _load_prctl()


def die_with(parent: int) -> Callable[[], None]:
    """The child's pre-exec step: SIGKILL on parent death; exit if the parent is already gone. (Also run
    by ``pubwatch.warmchild`` in a child it forks itself, with no exec.)"""
    prctl = _PRCTL

    def preexec() -> None:
        if prctl is not None:
            prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        if os.getppid() != parent:  # the parent died between fork and prctl
            os._exit(1)

    return preexec


def tree_alive(pgid: int | None) -> bool:
    """Whether any process of process group ``pgid`` still exists (on this host)."""
    if not pgid or pgid <= 0:
        return False
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def kill_tree(pgid: int, *, wait: float = 10.0) -> bool:
    """SIGKILL process group ``pgid`` and wait up to ``wait`` seconds for it to be gone."""
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    deadline = time.monotonic() + wait
    while tree_alive(pgid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def run_child(
    cmd: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    timeout: float | None = None,
    on_start: Callable[[int], Any] | None = None,
    cwd: str | os.PathLike[str] | None = None,
    **_: Any,
) -> subprocess.CompletedProcess[str]:
    """``subprocess.run(cmd, capture_output=True, text=True)`` as one process tree tied to us.

    ``on_start(pid)`` is called once the child exists (its pid is also its process group id).
    Raises ``subprocess.TimeoutExpired`` after killing the tree when ``timeout`` passes.
    ``python -m crawler.run`` is forked from a warm interpreter when ``PUBWATCH_WARM_CRAWLER=1``
    (``pubwatch.warmchild``: same tree, output and exit code, without the import cost).
    """
    from pubwatch import warmchild

    if warmchild.wanted(cmd, env):
        done = warmchild.run(cmd, env=env, cwd=cwd, timeout=timeout, on_start=on_start)
        if done is not None:
            return done
    proc = subprocess.Popen(
        list(cmd),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
        start_new_session=True,
        preexec_fn=die_with(os.getpid()),
    )
    try:
        if on_start is not None:
            on_start(proc.pid)
        stdout, stderr = proc.communicate(timeout=timeout)
    except BaseException:
        kill_tree(proc.pid)
        proc.kill()
        proc.communicate()
        raise
    # the group leader exited; anything it started must not outlive the run either
    if tree_alive(proc.pid):
        kill_tree(proc.pid)
    return subprocess.CompletedProcess(list(cmd), proc.returncode, stdout, stderr)
