"""Write the dashboard (one self-contained HTML file), the workbook (XLSX) and CSV files.

Why one offline file: the supervision office's intranet often has no internet, so the page carries
its CSS, JavaScript and SVG charts inline and loads nothing. Why a cap on embedded findings: the page
must stay small (< 10 MB) for 1M notices; the full findings list goes to CSV and XLSX instead.
Everything scraped is escaped by Jinja2's autoescape (HTML) or ``tojson`` (embedded JSON, which
also escapes ``<`` so a title cannot close the script element); the client renders with
``textContent`` only. Spreadsheet cells that would start a formula are prefixed with ``'``.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import Engine

from dashboards import charts
from dashboards.metrics import (
    COMPLETENESS_DEF,
    DEFAULT_JURISDICTION,
    FINDING_COLUMNS,
    TIMELINESS_DEF,
    Figures,
    Tally,
    compute,
    iter_findings,
    league,
)

EMBED_LIMIT = 2000
CRAWL_DAYS = 30
_ENV = Environment(loader=PackageLoader("dashboards", "templates"), autoescape=True, undefined=StrictUndefined,
                   trim_blocks=True, lstrip_blocks=True)

RATE_COLUMNS: list[tuple[str, str]] = [
    ("label", "分组"), ("due", "应公开数"), ("notices", "已发布公告数"), ("missing", "应发未发数"),
    ("complete", "要素齐全数"), ("completeness", "完整率"), ("deadline_due", "有法定时限的应公开数"),
    ("timely", "按时发布数"), ("timeliness", "及时率"),
    ("open_findings", "未整改问题数"), ("to_review", "未能识别，待人工核对"),
]
CRAWL_COLUMNS: list[tuple[str, str]] = [
    ("source", "数据源"), ("last_night", "最近一次"), ("last_state", "状态"), ("last_reason", "结束原因"),
    ("last_requests", "请求数"), ("last_new", "新增"), ("last_errors", "错误数"), ("nights", "统计晚数"),
    ("complete_nights", "完整采集晚数"), ("complete_share", "完整采集比例"),
]


def pct(value: float | None) -> str:
    """A rate as ``95.2%`` (``—`` when there is nothing to measure)."""
    return "—" if value is None else f"{value * 100:.1f}%"


def _mean(t: Tally) -> float | None:
    rates = [r for r in (t.completeness, t.timeliness) if r is not None]
    return sum(rates) / len(rates) if rates else None


# What a spreadsheet may read as the start of a formula, also after leading blanks (LibreOffice trims
# them on CSV import) and in full width (an IME's ＝ is turned into = by Excel in CJK locales).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def _cell(value: Any) -> Any:
    """Spreadsheet-safe value: formulas from scraped text are neutralised, control characters (which
    XLSX cannot hold: openpyxl refuses the whole workbook) removed."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value.lstrip(" \u3000\xa0")[:1] in _FORMULA_START:
            return "'" + value
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def export_report(engine: Engine, out_dir: str | Path, date_from: dt.date | None = None,
                  date_to: dt.date | None = None, *, embed_limit: int = EMBED_LIMIT,
                  jurisdiction: str = DEFAULT_JURISDICTION) -> dict[str, str]:
    """Write ``report.html``, ``report.xlsx`` and ``*.csv`` into ``out_dir``; returns their paths by name.

    ``jurisdiction`` names the rules catalog that says which notice types have a deadline.
    """
    if date_from and date_to and date_from > date_to:
        raise ValueError(f"起始日期晚于结束日期 (date_from {date_from} is after date_to {date_to})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    figures = compute(engine, date_from, date_to, jurisdiction=jurisdiction)
    paths: dict[str, str] = {}
    tables = _tables(figures)
    for name, (columns, rows) in tables.items():
        paths[f"csv_{name}"] = str(_write_csv(out / f"{name}.csv", columns, rows))
    findings_csv = out / "findings.csv"
    wb = Workbook(write_only=True)
    for name, (columns, rows) in tables.items():
        ws = wb.create_sheet(SHEET_NAMES[name])
        ws.append([title for _, title in columns])
        for row in rows:
            ws.append([_cell(row.get(key)) for key, _ in columns])
    ws = wb.create_sheet("问题清单")
    ws.append([title for _, title in FINDING_COLUMNS])
    with findings_csv.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([title for _, title in FINDING_COLUMNS])
        for f in iter_findings(engine, date_from, date_to):
            values = [_cell(f.get(key)) for key, _ in FINDING_COLUMNS]
            writer.writerow(values)
            ws.append(values)
    paths["csv_findings"] = str(findings_csv)
    xlsx = out / "report.xlsx"
    wb.save(xlsx)
    paths["xlsx"] = str(xlsx)
    embedded = list(iter_findings(engine, date_from, date_to, limit=embed_limit))
    html = _ENV.get_template("report.html").render(
        period=_period_text(date_from, date_to),
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        total=figures.total, by_domain=figures.by_domain, by_region=figures.by_region, by_unit=figures.by_unit,
        by_month=figures.by_month, league=league(figures.by_unit), crawl=figures.crawl, crawl_days=CRAWL_DAYS,
        chart_domain=charts.bars(figures.by_domain), chart_region=charts.bars(figures.by_region),
        chart_trend=charts.trend(figures.by_month),
        findings_json=embedded, embedded=len(embedded), findings_total=figures.findings_total,
        completeness_def=COMPLETENESS_DEF, timeliness_def=TIMELINESS_DEF, pct=pct, mean=_mean,
    )
    html_path = out / "report.html"
    html_path.write_text(html, encoding="utf-8")
    paths["html"] = str(html_path)
    return paths


SHEET_NAMES = {"overview": "概览", "by_domain": "按领域", "by_region": "按地区", "by_unit": "按责任单位",
               "by_month": "按月", "league": "责任单位排名", "crawl_health": "采集健康"}


def _tables(figures: Figures) -> dict[str, tuple[list[tuple[str, str]], list[dict[str, Any]]]]:
    def rows(tallies: Iterable[Tally]) -> list[dict[str, Any]]:
        return [t.as_row() for t in tallies]

    overview = [{"label": "统计期间", "value": _period_text(figures.date_from, figures.date_to)},
                {"label": "完整率", "value": pct(figures.total.completeness), "definition": COMPLETENESS_DEF},
                {"label": "及时率", "value": pct(figures.total.timeliness), "definition": TIMELINESS_DEF},
                {"label": "应公开数", "value": figures.total.due, "definition": "完整率的分母"},
                {"label": "有法定时限的应公开数", "value": figures.total.deadline_due, "definition": "及时率的分母"},
                {"label": "已发布公告数", "value": figures.total.notices},
                {"label": "应发未发数", "value": figures.total.missing},
                {"label": "未整改问题数", "value": figures.total.open_findings},
                {"label": "问题总数", "value": figures.findings_total}]
    league_rows = [{"rank": i, **t.as_row()} for i, t in enumerate(league(figures.by_unit), start=1)]
    return {
        "overview": ([("label", "指标"), ("value", "数值"), ("definition", "口径")], overview),
        "by_domain": (RATE_COLUMNS, rows(figures.by_domain)),
        "by_region": (RATE_COLUMNS, rows(figures.by_region)),
        "by_unit": (RATE_COLUMNS, rows(figures.by_unit)),
        "by_month": (RATE_COLUMNS, rows(figures.by_month)),
        "league": ([("rank", "名次"), *RATE_COLUMNS], league_rows),
        "crawl_health": (CRAWL_COLUMNS, figures.crawl),
    }


def _write_csv(path: Path, columns: list[tuple[str, str]], rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([title for _, title in columns])
        for row in rows:
            writer.writerow([_cell(row.get(key)) for key, _ in columns])
    return path


def _period_text(date_from: dt.date | None, date_to: dt.date | None) -> str:
    if not date_from and not date_to:
        return "全部"
    return f"{date_from.isoformat() if date_from else '最早'} 至 {date_to.isoformat() if date_to else '最新'}"
