"""Crawl children forked from a warm interpreter instead of started cold (opt-in).

Why: every night is a fresh ``python -m crawler.run`` (Scrapy's reactor runs once per process), and a
py-spy profile of the test suite's nights showed about 1.4 s of each child's CPU going to importing
Scrapy, SQLAlchemy, Playwright, cn2an and the extractors before the first request — the bulk of a
small night. A process that runs many nights (the test suite, ``pubwatch simulate``) pays it once
when ``PUBWATCH_WARM_CRAWLER=1``: a *warm* helper process imports those libraries and then forks one
child per night, which runs ``crawler.run`` exactly as ``python -m`` would (its own ``__main__``,
argv, environment, working directory, output and exit code). Off by default: a scheduler that runs
for weeks would keep old library code in the helper across an upgrade.

The process tree keeps ``pubwatch.proctree``'s promises: each child is a session leader (its pid is
its group id), asks for SIGKILL when its parent (the helper) dies and exits if the helper is already
gone, and the helper asks for SIGKILL when this process dies and lives in a session of its own (a
terminal's Ctrl-C reaches only this process, which then kills the crawl's tree). Children of the
helper share its hash seed (``PYTHONHASHSEED``); ``random`` is reseeded at fork by Python itself.
"""

from __future__ import annotations

import contextlib
import json
import locale
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

ENV_SWITCH = "PUBWATCH_WARM_CRAWLER"
MODULE = "crawler.run"
# Imported once by the helper. Only modules that read neither the environment nor the registry at
# import time (the spiders and crawler.families do: they stay cold, imported by each child).
PRELOAD = (
    "scrapy.crawler",
    "scrapy.core.engine",
    "scrapy.core.scraper",
    "scrapy.core.downloader.handlers.http11",
    "scrapy.spiders",
    "scrapy.utils.project",
    "sqlalchemy.orm",
    "alembic.command",
    "alembic.config",
    "lxml.html",
    "parsel",
    "cn2an",
    "tldextract",
    "protego",
    "playwright.async_api",
    "scrapy_playwright.handler",
    "storage.models",
    "storage.evidence",
    "extractors.core",  # the package alone imports nothing (extractors/__init__: on first use)
)
# A child started cold reads these at interpreter start-up; a warm child has the helper's values, so
# a request whose values differ is started cold.
_STARTUP_VARS = ("PYTHON", "LANG", "LC_")


class _Helper:
    """The warm process and its two pipes (requests in, replies out, one JSON line each)."""

    def __init__(self, proc: subprocess.Popen[bytes], write_req: int, read_rep: int, env: dict[str, str]):
        self.proc = proc
        self.requests = os.fdopen(write_req, "w", encoding="utf-8")
        self.replies = os.fdopen(read_rep, "r", encoding="utf-8")
        self.startup_env = env

    def stop(self) -> None:
        for pipe in (self.requests, self.replies):
            with contextlib.suppress(OSError):
                pipe.close()
        with contextlib.suppress(OSError):
            self.proc.kill()
        self.proc.wait()


_lock = threading.Lock()
_helper: _Helper | None = None


def wanted(cmd: Sequence[str], env: Mapping[str, str] | None) -> bool:
    """Whether ``cmd`` (``python -m crawler.run …``) may run in a warm child."""
    return (
        (os.environ if env is None else env).get(ENV_SWITCH) == "1"
        and sys.platform.startswith("linux")
        and len(cmd) >= 3
        and list(cmd[:3]) == [sys.executable, "-m", MODULE]
    )


def _startup_part(env: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in env.items() if k.startswith(_STARTUP_VARS)}


def run(
    cmd: Sequence[str],
    *,
    env: Mapping[str, str] | None,
    cwd: str | os.PathLike[str] | None,
    timeout: float | None,
    on_start: Callable[[int], Any] | None,
) -> subprocess.CompletedProcess[str] | None:
    """Run ``cmd`` in a warm child; ``None`` when none is free or usable (start it cold then).

    Only the main thread starts the helper: the kernel's parent-death signal follows the thread that
    forked, so a helper started by a short-lived thread (the scheduler's) would die with it.
    """
    env = dict(os.environ if env is None else env)
    if not _lock.acquire(blocking=False):  # another thread's night holds the helper
        return None
    try:
        helper = _ready_helper(env)
        if helper is None:
            return None
        return _run_in(helper, list(cmd), env, os.fspath(cwd or os.getcwd()), timeout, on_start)
    finally:
        _lock.release()


def _ready_helper(env: dict[str, str]) -> _Helper | None:
    global _helper
    if _helper is not None and (_helper.proc.poll() is not None or _helper.startup_env != _startup_part(env)):
        _stop_helper()
    if _helper is None and threading.current_thread() is threading.main_thread():
        from pubwatch.proctree import die_with

        read_req, write_req = os.pipe()
        read_rep, write_rep = os.pipe()
        try:
            proc = subprocess.Popen(
                [sys.executable, "-m", "pubwatch.warmchild", str(read_req), str(write_rep)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                env=env,
                pass_fds=(read_req, write_rep),
                start_new_session=True,
                preexec_fn=die_with(os.getpid()),
            )
        except OSError:
            for fd in (read_req, write_req, read_rep, write_rep):
                os.close(fd)
            return None
        os.close(read_req)
        os.close(write_rep)
        _helper = _Helper(proc, write_req, read_rep, _startup_part(env))
    return _helper


def _stop_helper() -> None:
    global _helper
    if _helper is not None:
        _helper.stop()
        _helper = None


def _reply(helper: _Helper, deadline: float | None) -> dict[str, Any] | None:
    """The helper's next line, or ``None`` when the deadline passes first (EOF: RuntimeError)."""
    replies = helper.replies
    while True:
        wait = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([replies], [], [], wait)
        if not ready:
            return None
        line = replies.readline()
        if not line:
            raise RuntimeError("warm crawler helper exited")
        return dict(json.loads(line))


def _run_in(
    helper: _Helper,
    cmd: list[str],
    env: dict[str, str],
    cwd: str,
    timeout: float | None,
    on_start: Callable[[int], Any] | None,
) -> subprocess.CompletedProcess[str] | None:
    from pubwatch.proctree import kill_tree, tree_alive

    outdir = tempfile.mkdtemp(prefix="pubwatch-warm-")
    out, err = os.path.join(outdir, "stdout"), os.path.join(outdir, "stderr")
    try:
        request = {"argv": cmd[3:], "env": env, "cwd": cwd, "stdout": out, "stderr": err}
        try:
            helper.requests.write(json.dumps(request) + "\n")
            helper.requests.flush()
            started = _reply(helper, time.monotonic() + 60)
        except (OSError, RuntimeError, ValueError):
            _stop_helper()
            return None
        if started is None or "pid" not in started:
            _stop_helper()
            return None
        pid = int(started["pid"])
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            if on_start is not None:
                on_start(pid)
            done = _reply(helper, deadline)
            if done is None:
                raise subprocess.TimeoutExpired(cmd, timeout or 0.0)
        except BaseException:
            kill_tree(pid)
            try:
                if _reply(helper, time.monotonic() + 10) is None:
                    _stop_helper()
            except (RuntimeError, ValueError, OSError):
                _stop_helper()
            raise
        if tree_alive(pid):  # the leader exited; anything it started must not outlive the run
            kill_tree(pid)
        encoding = locale.getpreferredencoding(False)
        with open(out, encoding=encoding) as fh_out, open(err, encoding=encoding) as fh_err:
            stdout, stderr = fh_out.read(), fh_err.read()
        return subprocess.CompletedProcess(cmd, int(done["returncode"]), stdout, stderr)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


# --- the helper process ------------------------------------------------------------------------


def _serve(read_fd: int, write_fd: int) -> None:
    """The helper's loop: one request at a time; returns only in a forked child, ready to run."""
    import importlib

    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    _prebuild()
    requests = os.fdopen(read_fd, "r", encoding="utf-8")
    replies = os.fdopen(write_fd, "w", encoding="utf-8")
    me = os.getpid()
    for line in requests:
        request = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            requests.close()
            replies.close()
            _become_child(request, me)
            return
        replies.write(json.dumps({"pid": pid}) + "\n")
        replies.flush()
        _, status = os.waitpid(pid, 0)
        replies.write(json.dumps({"returncode": os.waitstatus_to_exitcode(status)}) + "\n")
        replies.flush()
    sys.exit(0)  # the parent closed the pipe: it is gone or done


def _prebuild() -> None:
    """Build once, in the helper, what a library builds on its first use in every child.

    Why: a forked child starts with the helper's memory, but whatever is computed lazily after the
    fork is computed again by each child and thrown away with it. Scrapy's cookie middleware splits
    a cookie's domain with a module-level ``tldextract.TLDExtract``, whose public-suffix trie (17,000
    suffixes) is built on the first cookie of a night (0.25 s of a child under cProfile). Best effort: a
    failure here leaves the child to build it as before.
    """
    with contextlib.suppress(Exception):
        from scrapy.downloadermiddlewares import cookies

        from crawler.cookies import use_bundled_suffix_list

        use_bundled_suffix_list()  # the bundled list, never a download (crawler/cookies.py)
        cookies._split_domain("example.com")


def _become_child(request: dict[str, Any], helper: int) -> None:
    """In the forked child: what ``subprocess.Popen(start_new_session=True, preexec_fn=…)`` and a cold
    interpreter started with ``-m crawler.run`` would have set up."""
    from pubwatch.proctree import die_with

    os.setsid()
    die_with(helper)()
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    time.tzset()
    for fd, path, flags in (
        (0, os.devnull, os.O_RDONLY),
        (1, request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
        (2, request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
    ):
        opened = os.open(path, flags, 0o600)
        os.dup2(opened, fd)
        os.close(opened)
    sys.argv = [MODULE, *request["argv"]]
    sys.path[0] = os.getcwd()  # as ``python -m`` sets it


def main() -> None:
    """``python -m pubwatch.warmchild READ_FD WRITE_FD``: serve; in a child, run ``crawler.run``."""
    import runpy

    _serve(int(sys.argv[1]), int(sys.argv[2]))
    runpy.run_module(MODULE, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
