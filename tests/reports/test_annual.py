"""Issue 14 end to end on a replica year: a fix on the platform is found and dated, the office dismisses a
finding (with a reason, kept in the append-only audit trail, through a re-run of the night), the score
moves, and the year-end report (DOCX and PDF) carries the dashboard's numbers for the same period.

The tests share one crawled year (``replica_year``) and run in file order: dismissal before the report.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select, text
from typer.testing import CliRunner

from dashboards import export_report
from monitor.review import audit_rows, dismiss, list_findings, show
from pubwatch.cli import app
from reports.annual import annual_report
from reports.assessment import Scale, assess
from storage.models import DocumentVersion, Finding, Notice

pytestmark = pytest.mark.slow  # a real crawl and check of seven nights (about a minute and a half)

H2 = (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
UNIT = "龙游县人民政府"
REASON = "该修改系补正缺失的受让方资格条件，属整改行为，并非未经更正的修改"


def _finding(engine, **where) -> dict:
    with engine.connect() as conn:
        rows = (
            conn.execute(select(Finding.__table__).filter_by(**where).order_by(Finding.id)).mappings().all()
        )
    assert rows, f"no finding with {where}"
    return dict(rows[0])


def test_fix_on_the_platform_is_found_and_dated(replica_year) -> None:
    engine = replica_year.engine
    fixed = [
        f
        for f in list_findings(engine, unit=UNIT, limit=None)
        if f["rule_id"] == "property.transfer_notice.fields"
    ]
    assert fixed and all(f["state"] == "rectified" for f in fixed), fixed
    f = show(engine, fixed[0]["id"])
    # the page changed on 2025-10-25; the first night after it is 2025-11-01: the fix is dated then
    assert f["rectified_on"] == dt.date(2025, 11, 1) and f["first_seen_on"] == dt.date(2025, 10, 21)
    fix = f["rectification"]
    assert fix["how"] == "later_version"
    with engine.connect() as conn:
        version = conn.execute(
            select(DocumentVersion.sha256, DocumentVersion.document_id).where(
                DocumentVersion.id == fix["version_id"]
            )
        ).one()
        doc = conn.scalar(select(Notice.document_id).where(Notice.id == f["notice_id"]))
    assert version.sha256 == fix["sha256"] and version.document_id == doc  # evidence: the very page version
    actions = [a["action"] for a in f["audit"]]
    assert actions[:1] == ["opened"] and "resolved" in actions and "rectified" in actions


def test_dismiss_needs_a_reason(replica_year, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUBWATCH_DB_URL", replica_year.db_url)
    target = _finding(replica_year.engine, kind="silent_edit", responsible_unit=UNIT)
    for args in (
        ["findings", "dismiss", str(target["id"])],
        ["findings", "dismiss", str(target["id"]), "--reason", "  "],
    ):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, result.output
        message = result.output.strip()
        assert "理由" in message and "reason" in message and "Traceback" not in message
    assert _finding(replica_year.engine, id=target["id"])["status"] == "open"  # nothing changed
    missing = CliRunner().invoke(app, ["findings", "dismiss", "999999", "--reason", "x"])
    assert missing.exit_code == 2 and "999999" in missing.output


def test_dismissal_changes_the_score_is_audited_and_survives_a_rerun(replica_year, monkeypatch) -> None:
    engine = replica_year.engine
    target = _finding(engine, kind="silent_edit", responsible_unit=UNIT)
    before = assess(engine, *H2).by_unit()[UNIT]
    monkeypatch.setenv("PUBWATCH_DB_URL", replica_year.db_url)
    result = CliRunner().invoke(
        app, ["findings", "dismiss", str(target["id"]), "--reason", REASON, "--by", "办公室 张三"]
    )
    assert result.exit_code == 0, result.output
    after = assess(engine, *H2).by_unit()[UNIT]
    # the silent edit was a rectifiable finding still open: dismissed, it leaves the counts and the score rises
    assert after.findings == before.findings - 1 and after.dismissed == before.dismissed + 1
    assert after.score is not None and before.score is not None and after.score > before.score
    trail = audit_rows(engine, [target["id"]])
    assert [
        (a["action"], a["from_status"], a["to_status"], a["actor"], a["reason"])
        for a in trail
        if a["action"] == "dismissed"
    ] == [("dismissed", "open", "dismissed", "办公室 张三", REASON)]
    rows_before = audit_rows(engine)

    replica_year.run_night(dt.date(2025, 12, 31))  # the same night again: crawl and checks
    assert _finding(engine, id=target["id"])["status"] == "dismissed"
    rows_after = audit_rows(engine)
    assert rows_after[: len(rows_before)] == rows_before  # nothing rewritten, nothing lost
    assert len({r["event_id"] for r in rows_after if r["event_id"]}) == sum(
        1 for r in rows_after if r["event_id"]
    )
    with engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("DELETE FROM findings_audit"))
    with engine.begin() as conn, pytest.raises(Exception, match="append-only"):
        conn.execute(text("UPDATE findings_audit SET reason = 'x'"))
    assert len(audit_rows(engine)) == len(rows_after)

    # withdrawn and dismissed again: both in the trail, the finding back to where it was in between
    assert (
        CliRunner().invoke(app, ["findings", "reopen", str(target["id"]), "--by", "办公室 李四"]).exit_code
        == 0
    )
    assert _finding(engine, id=target["id"])["status"] == "open"
    dismiss(engine, target["id"], REASON, "办公室 张三")
    assert [a["action"] for a in audit_rows(engine, [target["id"]])][-3:] == [
        "dismissed",
        "reopened_by_office",
        "dismissed",
    ]


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}"


def test_annual_report_has_the_dashboards_numbers(replica_year, tmp_path: Path, chromium_path: str) -> None:
    engine = replica_year.engine
    dash = export_report(engine, tmp_path / "dash", *H2)
    paths = annual_report(
        engine, tmp_path / "annual", *H2, scale=Scale(), units=[UNIT], chromium=chromium_path
    )
    summary = json.loads(Path(paths["summary"]).read_text("utf-8"))
    assert summary["previous_period"] == ["2025-01-01", "2025-06-30"]

    # per unit: the dashboard's table and the report's agree, number for number
    by_unit = {r["责任单位"]: r for r in _csv(Path(dash["csv_by_unit"]))}
    units = {u["unit"]: u for u in summary["units"]}
    assert by_unit and set(by_unit) <= set(units)
    for name, row in by_unit.items():
        u = units[name]
        assert int(row["应公开数"]) == u["due"] and int(row["已发布公告数"]) == u["notices"], name
        assert int(row["应发未发数"]) == u["missing"] and int(row["未整改问题数"]) == u["open_findings"], name
        assert _pct(float(row["完整率"]) if row["完整率"] else None) == _pct(u["completeness"]), name
        assert _pct(float(row["及时率"]) if row["及时率"] else None) == _pct(u["timeliness"]), name
    comparison = {r["责任单位"]: r for r in _csv(Path(dash["csv_comparison"]))}
    for name, row in comparison.items():  # the dashboard's period comparison: this period = the report's
        if name in units:
            assert int(row["本期应公开数"]) == units[name]["due"], name
    overview = {r["指标"]: r["数值"] for r in _csv(Path(dash["csv_overview"]))}
    assert int(overview["应公开数"]) == summary["total"]["due"]
    assert int(overview["已发布公告数"]) == summary["total"]["notices"]
    for domain_row, d in zip(_csv(Path(dash["csv_by_domain"])), summary["by_domain"], strict=True):
        assert int(domain_row["应公开数"]) == d["due"]

    # the dismissed finding is out of every count, and listed with its reason
    assert summary["total"]["dismissed"] >= 1
    assert units[UNIT]["dismissed"] >= 1 and units[UNIT]["rectified"] >= 1

    city = paths["reports"][""]
    for key in ("docx", "pdf", "html"):
        assert Path(city[key]).stat().st_size > 1000
    assert set(paths["reports"]) == {"", UNIT}
    doc = Document(city["docx"])
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "考核得分 = 100 ×" in body  # the formula, in every report
    cells = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    ranking = next(r for r in cells if len(r) == 12 and r[1] == UNIT)
    me = units[UNIT]
    assert ranking[2] == str(me["due"]) and ranking[7] == f"{me['score']:.1f}"
    assert any(REASON in c for r in cells for c in r), "dismissed findings are listed with their reason"
    unit_doc = Document(paths["reports"][UNIT]["docx"])
    assert any(REASON in c.text for t in unit_doc.tables for row in t.rows for c in row.cells)
    assert "考核得分 = 100 ×" in "\n".join(p.text for p in unit_doc.paragraphs)

    pdf = Path(city["pdf"])
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdffonts") and shutil.which("pdftotext"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert all(" yes " in line for line in fonts.splitlines()[2:]) and len(fonts.splitlines()) > 2
        words = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "公共资源配置领域政府信息公开" in words and "考核得分" in words and UNIT in words


def test_cli_annual_report(replica_year, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUBWATCH_DB_URL", replica_year.db_url)
    runner = CliRunner()
    bad = runner.invoke(
        app,
        [
            "report",
            "annual",
            "--year",
            "2025",
            "--from",
            "2025-01-01",
            "--to",
            "2025-06-30",
            "--out",
            str(tmp_path / "x"),
        ],
    )
    assert bad.exit_code == 2 and "--year" in bad.output
    ok = runner.invoke(
        app, ["report", "annual", "--year", "2025", "--out", str(tmp_path / "y"), "--no-pdf", "--unit", UNIT]
    )
    assert ok.exit_code == 0, ok.output
    summary = json.loads((tmp_path / "y" / "summary.json").read_text("utf-8"))
    assert summary["period"] == ["2025-01-01", "2025-12-31"] and summary["previous_period"][0] == "2024-01-01"
    assert (tmp_path / "y" / "city.docx").exists() and not (tmp_path / "y" / "city.pdf").exists()
