"""Scraped text cannot forge log lines: pubwatch's log messages are escaped to one line."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap

from conftest import REPO

from crawler.health import HealthTracker
from crawler.logsafe import escape_controls, install, make_safe

FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s"  # Scrapy's LOG_FORMAT


def _record(name: str, msg: str, *args: object) -> logging.LogRecord:
    return logging.getLogger(name).makeRecord(name, logging.WARNING, __file__, 1, msg, args, None)


def test_escape_keeps_chinese_and_escapes_controls() -> None:
    assert escape_controls("衢州市\u3000公告") == "衢州市\u3000公告"
    assert escape_controls("a\nb\rc\x1b[31md\u2028e") == "a\\nb\\rc\\x1b[31md\\u2028e"


def test_record_with_newline_formats_as_one_line() -> None:
    install()
    record = _record(
        "crawler.health",
        "health %s/%s: %s %s",
        "zfcg",
        "cg",
        "http_5xx",
        "detail 关于某项目的公告\n2026-02-10 00:00:00 [crawler] INFO: FAKE LINE",
    )
    line = logging.Formatter(FORMAT).format(record)
    assert "\n" not in line and "\r" not in line
    assert "关于某项目的公告\\n2026-02-10 00:00:00 [crawler] INFO: FAKE LINE" in line


def test_scrapy_loggers_are_left_alone() -> None:
    install()
    assert (
        _record("scrapy.statscollectors", "Dumping Scrapy stats:\n%s", "{}").getMessage()
        == "Dumping Scrapy stats:\n{}"
    )
    assert make_safe(_record("x", "a\n%s", "b")).getMessage() == "a\\nb"


def test_health_warning_is_one_line(caplog) -> None:
    install()
    tracker = HealthTracker("zfcg", ["cg"])
    with caplog.at_level(logging.WARNING, logger="crawler.health"):
        tracker.error("cg", "http_5xx", "detail title\nFAKE LINE\r\x1b[2J")
    messages = [r.getMessage() for r in caplog.records if r.name == "crawler.health"]
    assert messages == ["health zfcg/cg: http_5xx detail title\\nFAKE LINE\\r\\x1b[2J"]


SPIDER_SCRIPT = textwrap.dedent("""
    import logging
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    class Tiny(scrapy.Spider):
        name = "tinysource"

        async def start(self):
            self.logger.warning("spider title\\nFAKE SPIDER LINE")
            logging.getLogger("crawler.families.base").warning("%s", "module title\\nFAKE MODULE LINE")
            return
            yield

    settings = get_project_settings()
    settings.set("ITEM_PIPELINES", {})
    process = CrawlerProcess(settings)
    process.crawl(process.create_crawler(Tiny))
    process.start()
""")


def test_installed_for_scrapy_crawls() -> None:
    """With the project's settings (``scrapy crawl``, ``crawler.run``) Scrapy's own log handler
    writes the escaped message: the forged text never starts a line."""
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawler.settings", PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, "-c", SPIDER_SCRIPT],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stderr.splitlines()
    assert any("spider title\\nFAKE SPIDER LINE" in line for line in lines), proc.stderr[-2000:]
    assert any("module title\\nFAKE MODULE LINE" in line for line in lines), proc.stderr[-2000:]
    assert not any(line.startswith("FAKE") for line in lines)
