"""The exported dashboard in headless Chromium: figures match the database, XSS stays text, filters work."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from dashboards import export_report
from storage.db import get_engine, init_db, session_scope
from storage.models import Finding, Notice
from tests.dashboards.demo_data import populate_demo

pytestmark = pytest.mark.browser
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture()
def demo(tmp_path: Path) -> tuple[Engine, dict[str, str]]:
    engine = get_engine(f"sqlite:///{tmp_path / 'demo.db'}")
    init_db(engine)
    with session_scope(engine) as s:
        populate_demo(s, notices=300)
    return engine, export_report(engine, tmp_path / "report")


def _expected_completeness(engine: Engine) -> tuple[str, int]:
    """Recount from the tables directly (not through dashboards.metrics)."""
    with session_scope(engine) as s:
        notices = s.scalar(select(func.count()).select_from(Notice)) or 0
        missing = (
            s.scalar(select(func.count()).select_from(Finding).where(Finding.kind == "missing_followup")) or 0
        )
        incomplete = (
            s.scalar(
                select(func.count(func.distinct(Finding.notice_id))).where(Finding.kind == "missing_field")
            )
            or 0
        )
    return f"{(notices - incomplete) / (notices + missing) * 100:.1f}%", notices


def test_dashboard_in_chromium(
    demo: tuple[Engine, dict[str, str]], chromium_path: str, tmp_path: Path
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    engine, paths = demo
    expected_rate, notices = _expected_completeness(engine)
    with session_scope(engine) as s:
        late = s.scalar(select(func.count()).select_from(Finding).where(Finding.kind == "late_posting"))
    dialogs: list[str] = []
    requests: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium_path, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(Path(paths["html"]).as_uri())
            assert page.locator("#total-completeness").inner_text() == expected_rate
            assert page.locator("#total-notices").inner_text() == str(notices)
            assert "完整率 =" in page.locator("#overview").inner_text()
            xss = page.locator("#findings .title", has_text="<script>alert(1)</script>")
            assert xss.count() == 1  # shown as text
            assert page.locator("#findings script").count() == 0
            first = page.locator("#findings tbody tr", has=page.locator("a")).first
            link = first.locator("a", has_text="原页面")
            assert link.get_attribute("href", timeout=2000).startswith("https://")
            archive = first.locator("a", has_text="存档副本").get_attribute("href")
            assert (
                archive and (Path(paths["html"]).parent / archive).is_file()
            )  # the copy is beside the report
            assert "pubwatch evidence" not in page.content()
            # severity in Chinese, never a code
            sevs = set(page.locator("#findings tbody td:nth-child(2)").all_inner_texts())
            assert sevs and sevs <= {"严重", "违规", "警示", "提示"}, sevs
            # sort by lateness (most working days late first), offline
            page.click("#findings th[data-sort=overdue_wd]")
            lates = [t for t in page.locator("#findings tbody td.late").all_inner_texts() if t != "—"]
            assert lates == sorted(lates, key=int, reverse=True)
            page.select_option("#f-kind", "未按时公开")
            kinds = page.locator("#findings tbody tr td:nth-child(3)").all_inner_texts()
            assert len(kinds) == late and set(kinds) == {"未按时公开"}
            assert f"符合条件 {late} 条" in page.locator("#f-count").inner_text()
            page.fill("#f-text", "不存在的关键词")
            assert page.locator("#findings tbody tr").count() == 0
            shot = tmp_path / "dashboard.png"
            page.screenshot(path=str(shot))
            assert shot.stat().st_size > 10_000
        finally:
            browser.close()
    assert dialogs == []
    assert all(u.startswith("file://") for u in requests), requests  # nothing fetched from a network
