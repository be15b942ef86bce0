"""The dashboard export: figures against hand-counted data, escaping, offline, CSV/XLSX completeness."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from dashboards import export_report
from dashboards.metrics import compute, deadline_types
from storage.db import get_engine, session_scope
from tests.dashboards.demo_data import add_channel, add_crawl, add_event, add_finding, add_notice

D = dt.date(2026, 3, 2)
XSS = "<script>alert(1)</script>"


@pytest.fixture()
def engine(migrated_sqlite: Callable[[str], str]) -> Engine:
    eng = get_engine(migrated_sqlite("pubwatch.db"))  # a copy of the session's migrated file
    return eng


def _seed(engine: Engine) -> None:
    """Procurement/市本级 (市财政局): 4 notices — 3 of types with a deadline (results, contract) and a
    tender notice without one —, 1 missing field, 1 late, 1 missing follow-up, 1 dismissed.
    Land/柯城区 (柯城区人民政府): 2 notices in March (a deal result, with a deadline, on time; a
    transfer notice, without one), 1 in January (outside the period tested), none flawed."""
    with session_scope(engine) as s:
        add_channel(s, "qz_hanweb", "cg", "procurement", "330800", "市财政局")
        add_channel(s, "kecheng", "td", "land", "330802", "柯城区人民政府")
        ps = [
            add_notice(
                s,
                title=t,
                domain="procurement",
                notice_type=nt,
                region="330800",
                publish_date=D,
                channel_key="cg",
            )
            for t, nt in (
                (XSS, "procurement.result"),
                ("采购招标公告", "procurement.tender"),
                ('=HYPERLINK("http://evil")', "procurement.result"),
                ("采购合同公告", "procurement.contract"),
            )
        ]
        for day, nt in (
            (D, "land.deal_result"),
            (D, "land.transfer_notice"),
            (dt.date(2026, 1, 10), "land.deal_result"),
        ):
            add_notice(
                s,
                title="柯城区土地出让公告",
                domain="land",
                notice_type=nt,
                region="330802",
                publish_date=day,
                source_key="kecheng",
                channel_key="td",
            )
        add_finding(s, kind="missing_field", on=D, unit="市财政局", notice=ps[0], message="缺少专家名单")
        late = add_finding(s, kind="late_posting", on=D, unit="市财政局", notice=ps[2])
        add_event(s, late, "resolved", D + dt.timedelta(days=2))  # fixed later, but it was late
        add_finding(
            s,
            kind="missing_followup",
            on=D,
            unit="市财政局",
            domain="procurement",
            region="330800",
            title="某项目未发布合同公告",
        )
        dismissed = add_finding(s, kind="missing_field", on=D, unit="市财政局", notice=ps[3])
        dismissed.status = "dismissed"
        add_crawl(
            s,
            D,
            [
                {"source_key": "qz_hanweb", "complete": True, "requests": 10},
                {"source_key": "kecheng", "complete": False, "errors": {"http_5xx": 3}},
            ],
        )


def test_rates_match_hand_counts(engine: Engine) -> None:
    _seed(engine)
    fig = compute(engine, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    dom = {t.key: t for t in fig.by_domain}
    assert (dom["procurement"].notices, dom["procurement"].missing, dom["procurement"].due) == (4, 1, 5)
    assert dom["procurement"].completeness == pytest.approx(3 / 5)  # the dismissed finding does not count
    # timeliness: the tender notice has no deadline and is left out; the missing notice counts as late
    assert (dom["procurement"].timed, dom["procurement"].deadline_due, dom["procurement"].timely) == (3, 4, 2)
    assert dom["procurement"].timeliness == pytest.approx(2 / 4)  # resolved-late still late
    assert dom["land"].notices == 2 and dom["land"].completeness == 1.0
    assert dom["land"].deadline_due == 1 and dom["land"].timeliness == 1.0
    assert fig.total.due == 7 and fig.total.completeness == pytest.approx(5 / 7)
    assert fig.total.deadline_due == 5 and fig.total.timeliness == pytest.approx(3 / 5)
    units = {t.key: t for t in fig.by_unit}
    assert units["市财政局"].due == 5 and units["柯城区人民政府"].due == 2
    assert {t.key for t in fig.by_region} == {"330800", "330802"}
    assert [t.key for t in fig.by_month] == ["2026-03"]
    assert compute(engine).total.notices == 7  # without a period the January notice counts
    health = {c["source"]: c for c in fig.crawl}
    assert health["qz_hanweb"]["last_ok"] and not health["kecheng"]["last_ok"]
    assert health["kecheng"]["last_errors"] == 3
    # with no type having a deadline, only notices found late (and missing ones) are in the denominator
    bare = compute(engine, dt.date(2026, 3, 1), dt.date(2026, 3, 31), timed_types=[])
    assert bare.total.deadline_due == 2 and bare.total.timeliness == 0.0


def test_deadline_types_come_from_the_rules_catalog() -> None:
    timed = deadline_types()
    assert {
        "procurement.result",
        "procurement.contract",
        "procurement.intention",
        "land.deal_result",
    } <= timed
    assert not {"procurement.tender", "land.transfer_notice", "construction.tender"} & timed


def test_html_is_offline_escaped_and_shows_definitions(engine: Engine, tmp_path: Path) -> None:
    _seed(engine)
    paths = export_report(engine, tmp_path / "out", dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    html = Path(paths["html"]).read_text(encoding="utf-8")
    assert XSS not in html and "alert(1)" in html  # present, but only in escaped form
    assert not re.search(r"<(link|img|iframe)\b", html) and not re.search(r"\bsrc\s*=", html)
    assert "default-src 'none'" in html  # the page may not load anything, even if a template slips
    assert not re.search(r"url\(|@import", html)
    assert html.count("完整率 = 要素齐全的已发布公告数") >= 5  # next to the KPI and each table
    assert 'id="total-completeness" data-value="0.714' in html and ">71.4%<" in html
    data = re.search(r'<script type="application/json" id="findings-data">(.*?)</script>', html, re.S)
    assert data is not None and "<" not in data.group(1)
    findings = json.loads(data.group(1))
    assert {f["title"] for f in findings} >= {XSS, "某项目未发布合同公告"}
    with_ev = [f for f in findings if f["evidence"]]
    assert with_ev and all(
        re.fullmatch(r"document_versions/\d+@sha256:[0-9a-f]{64}", f["evidence"]) for f in with_ev
    )
    # the archived copy is exported beside the report and opens without pubwatch
    out = Path(paths["html"]).parent
    for f in with_ev:
        vid, sha = re.fullmatch(r"document_versions/(\d+)@sha256:([0-9a-f]{64})", f["evidence"]).groups()
        assert f["archive"] == f"evidence/{vid}-{sha[:16]}.html"
        copy = (out / f["archive"]).read_bytes()
        assert copy.startswith(b'<meta http-equiv="Content-Security-Policy"')
        assert hashlib.sha256(copy.split(b"\n", 1)[1]).hexdigest() == sha  # the stored bytes, unchanged
    assert "pubwatch evidence" not in html
    assert all(f["url"].startswith("https://") for f in with_ev)
    assert 'id="total-deadline-due">5<' in html and "有法定时限的应公开数" in html
    assert html.count("无法定发布时限的公告类型不计入及时率") >= 5


def test_csv_and_xlsx_carry_the_full_list_and_neutralise_formulas(engine: Engine, tmp_path: Path) -> None:
    _seed(engine)
    paths = export_report(engine, tmp_path / "out", embed_limit=2)
    html = Path(paths["html"]).read_text(encoding="utf-8")
    assert "本页内嵌 2 条（共 4 条" in html
    with open(paths["csv_findings"], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 4 and rows[0]["严重程度"] == "违规"
    titles = {r["公告标题"] for r in rows}
    assert '\'=HYPERLINK("http://evil")' in titles and XSS in titles
    wb = load_workbook(paths["xlsx"], read_only=True)
    assert {"概览", "按领域", "按地区", "按责任单位", "按月", "责任单位排名", "采集健康", "问题清单"} <= set(
        wb.sheetnames
    )
    sheet_rows = list(wb["问题清单"].iter_rows(values_only=True))
    assert len(sheet_rows) == 5 and all(not str(v).startswith("=") for r in sheet_rows for v in r if v)
    by_domain = {r[0]: r for r in wb["按领域"].iter_rows(values_only=True)}
    assert by_domain["政府采购"][1] == 5  # 应公开数
    with open(paths["csv_by_region"], encoding="utf-8-sig") as fh:
        assert "柯城区" in fh.read()
    # named group columns; rates as percentages (numbers kept); widths, frozen header, filter, links
    assert next(wb["按责任单位"].iter_rows(values_only=True))[0] == "责任单位"
    wb = load_workbook(paths["xlsx"])
    rates = wb["按领域"]
    header = [c.value for c in rates[1]]
    assert header[0] == "领域" and "分组" not in header
    rate = rates.cell(row=2, column=header.index("完整率") + 1)
    assert isinstance(rate.value, int | float) and rate.number_format == "0.0%"
    issues = wb["问题清单"]
    assert (
        issues.freeze_panes == "A2"
        and issues.auto_filter.ref == f"A1:{issues.cell(1, issues.max_column).column_letter}5"
    )
    head = [c.value for c in issues[1]]
    assert issues.column_dimensions[issues.cell(1, head.index("说明") + 1).column_letter].width >= 60
    links = [issues.cell(r, head.index("原页面") + 1) for r in range(2, 6)]
    assert any(c.hyperlink is not None and c.hyperlink.target.startswith("https://") for c in links)


def test_bad_period_is_a_clear_error(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="起始日期晚于结束日期"):
        export_report(engine, tmp_path, dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_empty_database_exports(engine: Engine, tmp_path: Path) -> None:
    paths = export_report(engine, tmp_path / "empty")
    html = Path(paths["html"]).read_text(encoding="utf-8")
    assert "暂无采集记录" in html and 'id="total-completeness" data-value=""' in html


def test_scraped_control_characters_and_disguised_formulas_do_not_break_the_workbook(
    engine: Engine, tmp_path: Path
) -> None:
    """A title with a control character made openpyxl refuse the whole workbook (IllegalCharacterError);
    a formula behind blanks or in full width (＝) slipped past the ``'`` guard."""
    with session_scope(engine) as s:
        add_channel(s, "qz_hanweb", "cg", "procurement", "330800", "市财政局")
        for title in ("铃声\x07标题\x1b[31m", ' =HYPERLINK("http://evil")', "＝1+1", "\u3000@SUM(A1)"):
            n = add_notice(
                s,
                title=title,
                domain="procurement",
                notice_type="procurement.result",
                region="330800",
                publish_date=D,
                channel_key="cg",
            )
            add_finding(s, kind="missing_field", on=D, unit="市财政局", notice=n, message=title)
    paths = export_report(engine, tmp_path / "out")
    sheet = list(load_workbook(paths["xlsx"], read_only=True)["问题清单"].iter_rows(values_only=True))
    with open(paths["csv_findings"], encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    for table in (sheet, rows):
        col = list(table[0]).index("公告标题")
        titles = {r[col] for r in table[1:]}
        assert "铃声标题[31m" in titles  # the text kept, the control characters gone
        assert titles - {"铃声标题[31m"} == {'\' =HYPERLINK("http://evil")', "'＝1+1", "'\u3000@SUM(A1)"}
        firsts = {str(v).lstrip(" \u3000")[:1] for r in table for v in r if v not in (None, "")}
        assert not firsts & set("=+-@＝＋－＠"), firsts


def test_extraction_gaps_are_counted_apart_not_as_incomplete(engine: Engine) -> None:
    """A notice whose required item is printed but was not read is neither incomplete nor an open finding
    of its unit: it is counted in ``to_review`` (未能识别，待人工核对)."""
    with session_scope(engine) as s:
        add_channel(s, "qz_hanweb", "cg", "procurement", "330800", "市财政局")
        ns = [
            add_notice(
                s,
                title=f"结果{i}",
                domain="procurement",
                notice_type="procurement.result",
                region="330800",
                publish_date=D,
                channel_key="cg",
            )
            for i in range(3)
        ]
        add_finding(s, kind="extraction_gap", on=D, unit="监管办（人工核对）", notice=ns[0], severity="info")
        add_finding(s, kind="missing_field", on=D, unit="市财政局", notice=ns[1])
    fig = compute(engine, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert (fig.total.notices, fig.total.incomplete, fig.total.to_review) == (3, 1, 1)
    assert fig.total.completeness == pytest.approx(2 / 3)
    assert fig.total.open_findings == 1  # the gap is the office's review item, not a unit's open problem


def test_one_row_per_unit_whatever_the_spelling_and_trend_by_due_month(
    engine: Engine, tmp_path: Path
) -> None:
    """江山市政府 (registry) and 江山市人民政府 (findings) are one unit; a gap is filed under the month its
    disclosure fell due, not the month it was found."""
    with session_scope(engine) as s:
        add_channel(s, "jiangshan", "cg", "procurement", "330881", "江山市政府")
        n = add_notice(
            s,
            title="江山市某采购结果公告",
            domain="procurement",
            notice_type="procurement.result",
            region="330881",
            publish_date=D,
            source_key="jiangshan",
            channel_key="cg",
        )
        add_finding(s, kind="missing_field", on=D, unit="江山市人民政府", notice=n)
        add_finding(s, kind="missing_field", on=D, unit="江山市政府", notice=n, key="alias-spelling")
        add_finding(
            s,
            kind="missing_followup",
            on=dt.date(2026, 4, 20),
            unit="江山市人民政府",
            domain="procurement",
            region="330881",
            title="某项目未发布合同公告",
            dates={"deadline": "2026-02-06"},
        )
    fig = compute(engine)
    assert [t.label for t in fig.by_unit] == ["江山市人民政府"]
    months = {t.key: t for t in fig.by_month}
    assert months["2026-02"].missing == 1 and "2026-04" not in months  # due in February, found in April
    paths = export_report(engine, tmp_path / "out")
    wb = load_workbook(paths["xlsx"], read_only=True)
    assert [r[0] for r in list(wb["按责任单位"].iter_rows(values_only=True))[1:]] == ["江山市人民政府"]
    assert [r[1] for r in list(wb["责任单位排名"].iter_rows(values_only=True))[1:]] == ["江山市人民政府"]
