"""Scraped text reaches the terminal as text: never read as Rich markup, never able to crash the output.

A notice title such as ``关于[/]的公告`` made ``pubwatch check`` and ``pubwatch extract`` die with a
MarkupError, and ``[red]…[/red]`` in a title restyled the table and vanished from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from rich.console import Console
from typer.testing import CliRunner

from pubwatch import cli
from pubwatch.cli import app
from pubwatch.crawl_runner import CrawlSummary
from pubwatch.status_view import render_status

runner = CliRunner()
HOSTILE = "关于[/]的公告[red]红[/red][link=https://evil.example]点我[/link] \\"


def _flat(text: str) -> str:
    return "".join(text.split()).replace("│", "")


def _seed(db: Path) -> None:
    from storage.db import get_engine, init_db, session_scope
    from tests.dashboards.demo_data import add_channel, add_notice

    engine = get_engine(f"sqlite:///{db}")
    init_db(engine)
    with session_scope(engine) as s:
        add_channel(s, "qz_hanweb", "cg", "procurement", "330800", "市财政局")
        add_notice(
            s,
            title=HOSTILE,
            domain="procurement",
            notice_type="procurement.result",
            region="330800",
            publish_date=dt.date(2026, 3, 2),
            channel_key="cg",
        )
    engine.dispose()


def test_check_shows_scraped_titles_literally_with_chinese_labels(tmp_path: Path) -> None:
    _seed(tmp_path / "x.db")
    # every source's missing items are findings here (the acceptance gate, which files them as review items
    # until a source is accepted, is tests/pubwatch/test_acceptance.py's): this test is about their labels
    cfg = tmp_path / "all.toml"
    cfg.write_text('[monitor]\nfield_findings = "all"\n', encoding="utf-8")
    result = runner.invoke(
        app,
        ["check", "--as-of", "2026-03-03", "-c", str(cfg)],
        env={"PUBWATCH_DB_URL": f"sqlite:///{tmp_path}/x.db", "COLUMNS": "400"},
    )
    assert result.exit_code == 0, result.output
    assert _flat(HOSTILE) in _flat(result.output)  # every bracket and the backslash, as scraped
    assert "要素缺失" in result.output and "违规" in result.output  # labels, not codes


def test_extract_shows_markup_in_a_page_literally(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        f"<html><body><h1>{HOSTILE}</h1><p>项目名称：[bold]道路[/]工程\x1b[31m</p></body></html>",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(page)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    assert _flat(HOSTILE) in _flat(result.output)
    assert "\x1b[31m" not in result.output  # no terminal escape sequence from the page


def test_an_error_quoting_brackets_is_printed_not_parsed(tmp_path: Path) -> None:
    # wide enough that the path is not wrapped: its length depends on pytest's temp folder (popen-gw0/…)
    result = runner.invoke(app, ["extract", str(tmp_path / "x[/]y[red].html")], env={"COLUMNS": "400"})
    assert result.exit_code == 2 and "x[/]y[red].html" in result.output and "MarkupError" not in result.output


def test_nightly_summary_escapes_source_keys_and_paths() -> None:
    console = Console(record=True, width=300, color_system=None)
    crawl = CrawlSummary(sources={"k[/]": {"requests": 1, "complete": False}})
    result = SimpleNamespace(
        night=dt.date(2026, 3, 2),
        crawl=crawl,
        checks={"by_kind": {"[/]odd": 1}},
        alerts={"built": 1, "note": "[/]"},
        report={"html": "var/[red]r[/].html"},
    )
    saved = cli.console
    cli.console = console
    try:
        cli.print_night(result, "[/]mail")
    finally:
        cli.console = saved
    out = console.export_text()
    assert "k[/]" in out and "[/]odd" in out and "var/[red]r[/].html" in out and "[/]mail" in out


def test_render_status_shows_database_text_exactly() -> None:
    status = {
        "timezone": "Asia/Shanghai",
        "now": None,
        "healthy": False,
        "jobs": [
            {
                "id": "group:[red]g",
                "cron": "0 2 * * *",
                "next_run": None,
                "last_run": {
                    "night": "2026-03-01",
                    "status": "error",
                    "catch_up": False,
                    "error": "boom [/] [bold]x\\",
                },
            }
        ],
        "lock": {
            "owner": "[/]owner\\",
            "host": "h[red]",
            "pid": 1,
            "since": None,
            "expires_at": None,
            "stale": True,
        },
        "last_crawl": {
            "night": "2026-03-01",
            "status": "ok",
            "incomplete_sources": ["k[/]\\"],
            "sources": {"k[/]\\": {"complete": False, "blocked": False, "requests": 1, "new": 0}},
        },
    }
    console = Console(record=True, width=200, color_system=None)
    console.print(render_status(status))
    out = console.export_text()
    assert "数据源组 [red]g" in out and "错误：boom [/] [bold]x\\" in out
    assert "占用：[/]owner\\（主机 h[red]" in out  # one backslash: rich's escape() would double it
    assert "未完整采集：k[/]\\（" in out and "数据源 k[/]\\ " in out
