"""What ``pubwatch status`` says overall: complete, incomplete, interrupted, running, failed or none.

Why one function: "healthy" used to be computed from a list of status strings that missed the
crawler's own ``complete``/``incomplete``, so a complete crawl read "✗ 需要关注", while a run left
``running`` by Ctrl-C, and an empty database, read "✓ 正常". The rules, in order:

- no crawl and no scheduled run recorded → ``none`` (nothing has run; not healthy);
- the last crawl or job is ``running``: ``running`` while the run lock is held and not stale, else
  ``interrupted`` (the process that wrote it is gone);
- ``interrupted`` recorded (Ctrl-C) → ``interrupted``;
- ``error``/``failed`` → ``failed``; a scheduled run skipped for a held lock (``locked``) → ``skipped``;
- the crawl ``incomplete``, or any source of it not complete → ``incomplete``;
- otherwise ``complete`` — the only healthy state.
"""

from __future__ import annotations

from typing import Any

DONE = {"ok", "complete", "finished", "done"}
FAILED = {"error", "failed"}

STATES: dict[str, tuple[str, str]] = {  # state -> (symbol and Chinese label, Rich colour)
    "complete": ("✓ 正常：最近一次运行完整结束", "green"),
    "incomplete": ("✗ 不完整：部分数据源未采集完整", "red"),
    "interrupted": ("✗ 已中断：最近一次运行未结束（Ctrl-C 或进程中止），下次运行将重新采集", "red"),
    "running": ("… 运行中", "yellow"),
    "failed": ("✗ 失败：最近一次运行出错", "red"),
    "skipped": ("✗ 已跳过：计划运行时另一运行持有锁", "red"),
    "none": ("— 尚无运行记录", "yellow"),
}


def overall_state(
    jobs: list[dict[str, Any]], crawl: dict[str, Any] | None, lock: dict[str, Any] | None
) -> str:
    """The overall state from ``scheduler_status``'s parts (see the module docstring)."""
    last_jobs = [j["last_run"] for j in jobs if j.get("last_run")]
    if crawl is None and not last_jobs:
        return "none"
    statuses = [j["status"] for j in last_jobs] + ([crawl["status"]] if crawl else [])
    if "running" in statuses:
        alive = lock is not None and not lock.get("stale")
        return "running" if alive else "interrupted"
    if "interrupted" in statuses:
        return "interrupted"
    if any(s in FAILED for s in statuses):
        return "failed"
    if "locked" in statuses:
        return "skipped"
    if crawl is not None and (crawl["status"] not in DONE or crawl.get("incomplete_sources")):
        return "incomplete"
    return "complete"
