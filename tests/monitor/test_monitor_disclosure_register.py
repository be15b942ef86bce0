"""Register import (CSV/XLSX) with clear errors, and register items becoming findings once due."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import Data
from openpyxl import Workbook
from sqlalchemy import Engine

import monitor
from monitor.disclosure_register import RegisterError, import_register, parse_register

D = dt.date
HEADER = "事项,领域,公告类型,责任单位,应公开日期,项目编号\n"


def test_csv_register_becomes_findings_once_due(engine: Engine, data: Data, tmp_path: Path) -> None:
    f = tmp_path / "reg.csv"
    f.write_text(
        HEADER + "2026年保障性安居工程年度建设计划,住房保障,housing.annual_plan,市住建局,2026-03-31,\n"
        "某某行政处罚决定,,admin.penalty,市场监管局,2026年3月20日,XZCF-7\n",
        encoding="utf-8",
    )
    assert import_register(engine, f) == {"rows": 2, "created": 2, "updated": 0}
    assert import_register(engine, f)["updated"] == 2  # idempotent
    data.notice(
        "admin.penalty",
        D(2026, 3, 18),
        {"decision_date": "2026-03-16", "penalty_basis": "x"},
        project_number="XZCF-7",
    )
    monitor.run_checks(engine, D(2026, 3, 31))
    assert [f for f in monitor.findings_as_json(engine, D(2026, 3, 31)) if f["field"] == "register"] == []
    monitor.run_checks(engine, D(2026, 4, 1))
    fs = [f for f in monitor.findings_as_json(engine, D(2026, 4, 1)) if f["field"] == "register"]
    assert (
        len(fs) == 1
        and fs[0]["responsible_unit"] == "市住房和城乡建设局"
        and "年度建设计划" in fs[0]["message"]
    )


def test_xlsx_register(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["事项", "公告类型", "应公开日期"])
    ws.append(["土地供应计划", "land.supply_plan", dt.datetime(2026, 2, 27)])
    f = tmp_path / "reg.xlsx"
    wb.save(f)
    [row] = parse_register(f)
    assert (row.subject, row.domain, row.due_date, row.line) == ("土地供应计划", "land", D(2026, 2, 27), 2)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("事项,应公开日期\n计划,2026-13-01\n", r"row 2, column 应公开日期"),
        ("事项,领域,应公开日期\n计划,天文,2026-03-01\n", r"row 2, column 领域: unknown 领域"),
        ("事项,公告类型,应公开日期\n计划,housing.plans,2026-03-01\n", r"row 2, column 公告类型"),
        ("事项,领域,公告类型,应公开日期\n计划,政府采购,land.supply_plan,2026-03-01\n", "does not belong"),
        ("事项,备注,应公开日期\n", r"row 1: 未知列 \(unknown column\) '备注'"),
        ("事项,责任单位\n", "missing column"),
        ("事项,应公开日期\n,2026-03-01\n", r"row 2, column 事项: 事项为空"),
        ("事项,地区,应公开日期\n计划," + "3" * 40 + ",2026-03-01\n", r"row 2, column 地区: 内容过长"),
        ("", "empty"),
    ],
)
def test_register_errors_name_row_and_column(tmp_path: Path, body: str, message: str) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(RegisterError, match=message):
        parse_register(f)


def test_register_wrong_file_type(tmp_path: Path) -> None:
    f = tmp_path / "reg.txt"
    f.write_text("x", encoding="utf-8")
    with pytest.raises(RegisterError, match="unsupported file type"):
        parse_register(f)
    g = tmp_path / "broken.xlsx"
    g.write_bytes(b"not a zip")
    with pytest.raises(RegisterError, match="not a readable XLSX"):
        parse_register(g)


def test_control_characters_are_dropped_and_directories_refused(tmp_path: Path) -> None:
    f = tmp_path / "reg.csv"
    f.write_text("事项,应公开日期\n年度\x00计划,2026-03-01\n", encoding="utf-8")
    [row] = parse_register(f)
    assert row.subject == "年度计划"
    folder = tmp_path / "dir.csv"
    folder.mkdir()
    with pytest.raises(RegisterError, match="目录"):
        parse_register(folder)
