"""Run the crawler for one night in a child process.

Why a child process: Scrapy's Twisted reactor can run only once per process, while the nightly job,
the scheduler and ``pubwatch simulate`` run many nights in one process. The child is
``python -m crawler.run``, which records its health in the database and prints one JSON summary line.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pubwatch.proctree import run_child
from storage.db import redact

# Against our own replica on 127.0.0.1 politeness delays only slow tests and demos down; against real
# sites the registry's per-source delays and AutoThrottle apply unchanged.
REPLICA_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "RANDOMIZE_DOWNLOAD_DELAY": "False",
}


class CrawlFailed(RuntimeError):
    """The crawler process could not run at all (not: a source was down — that is health)."""


@dataclass
class CrawlSummary:
    """What ``crawler.run`` reported for one night."""

    run_id: int | None = None
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    stderr_tail: str = ""

    def total(self, key: str) -> int:
        """Sum a counter over all sources."""
        return sum(int(s.get(key, 0) or 0) for s in self.sources.values())

    @property
    def incomplete(self) -> list[str]:
        """Sources whose listing could not be completed this night."""
        return sorted(k for k, s in self.sources.items() if not s.get("complete", False))


def run_crawl(
    night: dt.date,
    *,
    db_url: str,
    sources: Sequence[str] | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    site_urls: Mapping[str, str] | None = None,
    settings: Mapping[str, str] | None = None,
    registry: str | os.PathLike[str] | None = None,
    timeout: float | None = 3600,
    on_start: Callable[[int], Any] | None = None,
    warm: bool = False,
) -> CrawlSummary:
    """Crawl the given sources (default all) for ``night`` and return the child's summary.

    The child is one process tree tied to this process (``pubwatch.proctree``): it dies with us
    and is gone when this returns or raises; ``on_start(pid)`` lets the caller record it.
    The database URL reaches the child through its environment (``PUBWATCH_DB_URL``), never its
    command line: a password in argv is readable by every local user (``ps``, ``/proc/*/cmdline``).
    ``warm=True`` (a process that runs many nights, e.g. ``pubwatch simulate``) forks the child from
    a warm interpreter, as ``PUBWATCH_WARM_CRAWLER=1`` does (``pubwatch.warmchild``).
    """
    cmd = [sys.executable, "-m", "crawler.run", "--night", night.isoformat()]
    if sources:
        cmd += ["--sources", ",".join(sources)]
    if since:
        cmd += ["--since", since.isoformat()]
    if until:
        cmd += ["--until", until.isoformat()]
    for name, value in (settings or {}).items():
        cmd += ["-s", f"{name}={value}"]
    env = dict(os.environ)
    env["PUBWATCH_DB_URL"] = db_url
    if site_urls:
        env["PUBWATCH_SITE_URLS"] = json.dumps(dict(site_urls))
    if registry:
        env["PUBWATCH_REGISTRY"] = str(registry)
    if warm:
        env["PUBWATCH_WARM_CRAWLER"] = "1"
    try:
        proc = run_child(cmd, env=env, timeout=timeout, on_start=on_start)
    except subprocess.TimeoutExpired as exc:
        raise CrawlFailed(f"抓取超时 (crawl timed out after {timeout}s)") from exc
    tail = _hide_secret("\n".join(proc.stderr.strip().splitlines()[-15:]), db_url)
    said = [ln for ln in proc.stderr.splitlines() if ln.startswith("crawler.run: error:")]
    if proc.returncode != 0 and said:  # the child said what went wrong in one line: pass that on
        raise CrawlFailed(_hide_secret(said[-1].removeprefix("crawler.run: error:").strip(), db_url))
    if proc.returncode != 0:
        raise CrawlFailed(
            f"抓取进程失败 (crawler exited with code {proc.returncode}, db {redact(db_url)}):\n"
            f"{tail or _hide_secret(proc.stdout[-2000:], db_url)}"
        )
    summary_line = next((ln for ln in reversed(proc.stdout.splitlines()) if ln.startswith("{")), None)
    if summary_line is None:
        raise CrawlFailed(f"抓取进程没有输出汇总 (crawler printed no summary):\n{tail}")
    try:
        data = json.loads(summary_line)
    except ValueError as exc:
        raise CrawlFailed(
            f"抓取进程的汇总不是 JSON (crawler summary is not JSON): "
            f"{_hide_secret(summary_line[:300], db_url)}"
        ) from exc
    return CrawlSummary(run_id=data.get("run_id"), sources=data.get("sources", {}), stderr_tail=tail)


def _hide_secret(text: str, db_url: str) -> str:
    """``text`` (the child's output, shown to the user) with the database password and URL masked."""
    from sqlalchemy.engine import make_url

    try:
        password = make_url(db_url).password
    except Exception:  # an unparsable URL: the child failed on it; hide the whole URL
        password = None
    text = text.replace(db_url, redact(db_url))
    if password:
        text = text.replace(str(password), "***")
    return text
