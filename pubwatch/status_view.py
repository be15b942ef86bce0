"""``pubwatch status`` for a person: the status of :func:`pubwatch.scheduler.scheduler_status` as a
Rich table with Chinese labels.

Why apart from the scheduler: the scheduler runs jobs; this only words and colours what it and the
crawl recorded, and every string from the database is shown as plain text (never Rich markup).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from rich.table import Table
from rich.text import Text

from pubwatch.runstate import STATES
from pubwatch.scheduler import NIGHTLY_ID

RUN_STATUS = {
    "ok": "成功",
    "error": "失败",
    "locked": "跳过（另一运行持有锁）",
    "running": "运行中",
    "interrupted": "已中断",
}
CRAWL_STATUS = {
    "ok": "完成",
    "finished": "完成",
    "done": "完成",
    "complete": "完整结束",
    "incomplete": "不完整",
    "running": "运行中",
    "interrupted": "已中断",
    "error": "失败",
    "failed": "失败",
}


def _when(value: str | None) -> str:
    """An ISO timestamp from ``scheduler_status`` as ``2026-03-11 02:00`` (local time as given)."""
    if not value:
        return "—"
    try:
        return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _plain(value: Any) -> str:
    """Text from the database shown as it is: no control characters (ESC could drive the terminal)."""
    return _CONTROL.sub(" ", "" if value is None else str(value))


def _lines(*lines: Text | str) -> Text:
    """Several lines in one table cell; ``str`` parts are plain text, never markup."""
    return Text("\n").join(line if isinstance(line, Text) else Text(_plain(line)) for line in lines)


def render_status(status: dict[str, Any]) -> Table:
    """``scheduler_status(...)`` as a Rich table with Chinese labels, for ``pubwatch status``.

    Why a table and not JSON: the reader is the office's operator checking "did last night run, will
    tonight run, is anything stuck". Everything from the database is put into ``rich.text.Text``
    objects, never into markup strings: an error message or source key holding ``[brackets]`` or a
    backslash must be shown exactly as stored (``rich.markup.escape`` doubles a trailing backslash).
    """
    state = status.get("state") or ("complete" if status.get("healthy") else "incomplete")
    table = Table(
        title=Text(f"pubwatch 运行状态（{_plain(status.get('timezone', ''))}，{_when(status.get('now'))}）"),
        show_lines=True,
    )
    table.add_column("项目", style="bold", no_wrap=True)
    table.add_column("状态", overflow="fold")
    words, colour = STATES.get(state, (state, "red"))
    table.add_row("总体", Text(words, style=colour))
    for job in status.get("jobs", []):
        name = "夜间任务" if job["id"] == NIGHTLY_ID else f"数据源组 {job['id'].split(':', 1)[-1]}"
        lines: list[Text | str] = [f"计划：{job['cron']}", f"下次运行：{_when(job.get('next_run'))}"]
        last = job.get("last_run")
        if last is None:
            lines.append("上次运行：尚未运行")
        else:
            word = RUN_STATUS.get(last["status"], _plain(last["status"]))
            colour = (
                "green" if last["status"] == "ok" else ("yellow" if last["status"] == "running" else "red")
            )
            if last["status"] == "running" and state == "interrupted":
                word, colour = "已中断（运行记录未结束，进程已不在）", "red"
            lines.append(
                Text.assemble(
                    f"上次运行：{_plain(last['night'])} 夜 ",
                    (word, colour),
                    "（补跑）" if last.get("catch_up") else "",
                )
            )
            lines.append(f"开始 {_when(last.get('started_at'))}，结束 {_when(last.get('finished_at'))}")
            if last.get("error"):
                lines.append(Text(f"错误：{_plain(last['error'])}", style="red"))
        table.add_row(Text(_plain(name)), _lines(*lines))
    lock = status.get("lock")
    if lock is None:
        table.add_row("运行锁", "空闲")
    else:
        table.add_row(
            "运行锁",
            _lines(
                f"占用：{lock['owner']}（主机 {lock['host']}，进程 {lock['pid']}）",
                Text.assemble(
                    f"自 {_when(lock.get('since'))}，到期 {_when(lock.get('expires_at'))}",
                    ("（已过期，下次运行将接管）", "red") if lock.get("stale") else "",
                ),
            ),
        )
    crawl = status.get("last_crawl")
    if crawl is None:
        table.add_row("最近一次采集", "尚无采集记录")
    else:
        incomplete = crawl.get("incomplete_sources") or []
        word = CRAWL_STATUS.get(crawl["status"], _plain(crawl["status"]))
        if crawl["status"] == "running" and state == "interrupted":
            word = "已中断（运行记录未结束，进程已不在）"
        summary: list[Text | str] = [
            f"{crawl['night']} 夜，{word}，数据源 {len(crawl.get('sources', {}))} 个",
            f"开始 {_when(crawl.get('started_at'))}，结束 {_when(crawl.get('finished_at'))}",
        ]
        if incomplete:
            summary.append(
                Text.assemble(
                    (f"未完整采集：{_plain('、'.join(incomplete))}", "red"),
                    "（其“未发现”不作为“未公开”的依据）",
                )
            )
        table.add_row("最近一次采集", _lines(*summary))
        for key, src in sorted(crawl.get("sources", {}).items()):
            mark = (
                Text("✓ 完整", style="green")
                if src["complete"]
                else Text("✗ 被拦截" if src["blocked"] else "✗ 不完整", style="red")
            )
            table.add_row(
                Text(f"  数据源 {_plain(key)}"),
                Text.assemble(mark, f"，请求 {src['requests']}，新增 {src['new']}"),
            )
    return table
