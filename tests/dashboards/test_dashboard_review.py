"""The office's review list (待人工核对（未能识别）) in the dashboard, the workbook and the CSV, and the
status labels 已整改 (a fix was found) / 已消除 (the gap went away, no fix seen)."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from dashboards import export_report
from dashboards.metrics import iter_findings
from dashboards.review import REVIEW_COLUMNS, iter_review
from monitor.catalog import load_catalog
from monitor.messages import field_label
from storage.db import get_engine, session_scope
from storage.models import Finding, Notice
from tests.dashboards.demo_data import add_item_finding, add_notice, add_source
from vocabulary import KINDS, RECTIFIED, REVIEW_UNIT, STATUSES, status_label

D = dt.date(2026, 3, 2)
XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture()
def engine(migrated_sqlite: Callable[[str], str]) -> Engine:
    eng = get_engine(migrated_sqlite("pubwatch.db"))  # a copy of the session's migrated file
    return eng


def _notice(s, title: str, url: str, source_key: str = "qz_hanweb") -> Notice:
    return add_notice(s, title=title, url=url, publish_date=D, source_key=source_key, channel_key="cg")


def _finding(
    s,
    notice: Notice,
    kind: str,
    field: str,
    unit: str,
    *,
    status: str = "open",
    rectified_on: dt.date | None = None,
) -> Finding:
    f = add_item_finding(s, notice, kind, field, unit, on=D, message="m")
    f.status, f.resolved_on, f.rectified_on = status, D if status == "resolved" else None, rectified_on
    return f


def _seed(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as s:
        add_source(s)
        gap_notice = _notice(s, XSS, "https://ggzy.qz.gov.cn/art/2026/3/2/art_1.html")
        hostile = _notice(s, "某采购结果公告", "javascript:alert(1)", source_key="unknown_src")
        other = _notice(s, "另一结果公告", "https://ggzy.qz.gov.cn/art/2026/3/2/art_3.html")
        gap = _finding(s, gap_notice, "extraction_gap", "amount", REVIEW_UNIT)
        gap2 = _finding(s, hostile, "extraction_gap", "winner", REVIEW_UNIT)
        dismissed_gap = _finding(s, other, "extraction_gap", "budget", REVIEW_UNIT, status="dismissed")
        violation = _finding(s, other, "missing_field", "winner", "市财政局")
        fixed = _finding(
            s,
            other,
            "missing_field",
            "amount",
            "市财政局",
            status="resolved",
            rectified_on=D + dt.timedelta(days=3),
        )
        gone = _finding(s, other, "late_posting", "award_date", "市财政局", status="resolved")
        return {
            "gap": gap.id,
            "gap2": gap2.id,
            "dismissed_gap": dismissed_gap.id,
            "violation": violation.id,
            "fixed": fixed.id,
            "gone": gone.id,
        }


def test_status_label_says_rectified_only_when_a_fix_was_found() -> None:
    assert status_label("resolved", D) == RECTIFIED == "已整改"
    assert status_label("resolved", None) == STATUSES["resolved"] == "已消除"
    assert status_label("resolved", False) == "已消除"
    assert status_label("open", D) == "未整改"  # a rectified date on an open finding never says 已整改
    assert status_label("dismissed") == "已排除"


def test_problem_list_labels_rectified_and_vanished_apart(engine: Engine, tmp_path: Path) -> None:
    ids = _seed(engine)
    rows = {f["id"]: f for f in iter_findings(engine)}
    assert rows[ids["fixed"]]["status"] == "已整改"
    assert rows[ids["gone"]]["status"] == "已消除"
    assert rows[ids["violation"]]["status"] == "未整改"
    paths = export_report(engine, tmp_path / "out")
    with open(paths["csv_findings"], encoding="utf-8-sig") as fh:
        by_id = {r["编号"]: r["状态"] for r in csv.DictReader(fh)}
    assert by_id[str(ids["fixed"])] == "已整改" and by_id[str(ids["gone"])] == "已消除"
    ws = load_workbook(paths["xlsx"])["问题清单"]
    head = [c.value for c in ws[1]]
    xl = {
        str(r[head.index("编号")]): r[head.index("状态")] for r in ws.iter_rows(min_row=2, values_only=True)
    }
    assert xl[str(ids["fixed"])] == "已整改" and xl[str(ids["gone"])] == "已消除"


def test_review_list_carries_each_gap_with_its_item_platform_and_links(engine: Engine) -> None:
    ids = _seed(engine)
    rows = {r["id"]: r for r in iter_review(engine)}
    assert set(rows) == {ids["gap"], ids["gap2"]}  # no violation, no dismissed gap
    gap = rows[ids["gap"]]
    catalog = load_catalog()
    assert gap["item"] == field_label("amount", catalog) and gap["item"] != "amount"
    assert re.search(r"[\u4e00-\u9fff]", gap["item"])
    assert gap["source"] == "衢州市公共资源交易网"
    assert rows[ids["gap2"]]["source"] == "unknown_src"  # a platform without a registry name: its key
    assert gap["url"] == "https://ggzy.qz.gov.cn/art/2026/3/2/art_1.html"
    assert gap["archive"].startswith("evidence/") and gap["evidence"].startswith("document_versions/")
    assert gap["first_seen_on"] == D.isoformat() and gap["title"] == XSS
    assert list(iter_review(engine, D + dt.timedelta(days=1))) == []  # bounded by the period


def test_dashboard_xlsx_and_csv_show_the_review_list_escaped(engine: Engine, tmp_path: Path) -> None:
    ids = _seed(engine)
    out = tmp_path / "out"
    paths = export_report(engine, out)
    html = Path(paths["html"]).read_text(encoding="utf-8")
    section = html[html.index('<section id="review-section">') :]
    section = section[: section.index("</section>")]
    assert "待人工核对（未能识别）" in section and "共 2 条" in section
    assert XSS not in html and "&lt;img src=x onerror=alert(1)&gt;" in section  # escaped, not live
    assert "javascript:" not in section  # a hostile original never becomes a link
    amount = field_label("amount", load_catalog())
    assert f'<td class="item">{amount}</td>' in section
    assert "衢州市公共资源交易网" in section
    assert 'href="https://ggzy.qz.gov.cn/art/2026/3/2/art_1.html"' in section
    archive = next(r["archive"] for r in iter_review(engine) if r["id"] == ids["gap"])
    assert f'href="{archive}"' in section and (out / archive).exists()  # the archived copy beside the report
    assert f'data-id="{ids["violation"]}"' not in section  # violations stay in the problem list
    with open(paths["csv_review"], encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [title for _, title in REVIEW_COLUMNS]
    assert sorted(int(r[0]) for r in rows[1:]) == sorted([ids["gap"], ids["gap2"]])
    ws = load_workbook(paths["xlsx"])["待人工核对"]
    values = list(ws.iter_rows(values_only=True))
    assert list(values[0]) == [title for _, title in REVIEW_COLUMNS]
    assert {r[0] for r in values[1:]} == {ids["gap"], ids["gap2"]}
    assert amount in {r[REVIEW_COLUMNS.index(("item", "未能识别的事项"))] for r in values[1:]}
    assert KINDS["extraction_gap"] not in {r[2] for r in values[1:]}  # a status column, not the kind


def test_review_section_is_bounded_and_says_where_the_rest_is(engine: Engine, tmp_path: Path) -> None:
    _seed(engine)
    paths = export_report(engine, tmp_path / "out", embed_limit=1)
    html = Path(paths["html"]).read_text(encoding="utf-8")
    section = html[html.index('<section id="review-section">') :]
    section = section[: section.index("</section>")]
    assert section.count("<tr data-id=") == 1 and "本页列出前 1 条" in section and "review.csv" in section


def test_empty_review_list_says_so(engine: Engine, tmp_path: Path) -> None:
    paths = export_report(engine, tmp_path / "out")
    html = Path(paths["html"]).read_text(encoding="utf-8")
    assert "统计期间内没有待人工核对的事项" in html
