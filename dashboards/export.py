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
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import Engine

from dashboards import charts
from dashboards.metrics import (
    COMPLETENESS_DEF,
    DEFAULT_JURISDICTION,
    FINDING_COLUMNS,
    TIMELINESS_DEF,
    Figures,
    Tally,
    UnitChange,
    compare_units,
    compute,
    iter_findings,
    league,
    previous_period,
)
from dashboards.review import REVIEW_COLUMNS, SECTION_TITLE, count_review, iter_review
from storage.archive import ARCHIVE_DIR, export_archive

EMBED_LIMIT = 2000
CRAWL_DAYS = 30
_ENV = Environment(
    loader=PackageLoader("dashboards", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

RATE_COLUMNS: list[tuple[str, str]] = [
    ("label", "分组"),  # renamed per table by _rate_columns (领域 / 地区 / 责任单位 / 月份)
    ("due", "应公开数"),
    ("notices", "已发布公告数"),
    ("missing", "应发未发数"),
    ("complete", "要素齐全数"),
    ("completeness", "完整率"),
    ("deadline_due", "有法定时限的应公开数"),
    ("timely", "按时发布数"),
    ("timeliness", "及时率"),
    ("open_findings", "未整改问题数"),
    ("to_review", "未能识别，待人工核对"),
]
CRAWL_COLUMNS: list[tuple[str, str]] = [
    ("source", "数据源"),
    ("last_night", "最近一次"),
    ("last_state", "状态"),
    ("last_reason", "结束原因"),
    ("last_requests", "请求数"),
    ("last_new", "新增"),
    ("last_errors", "错误数"),
    ("nights", "统计晚数"),
    ("complete_nights", "完整采集晚数"),
    ("complete_share", "完整采集比例"),
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


def export_report(
    engine: Engine,
    out_dir: str | Path,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    *,
    embed_limit: int = EMBED_LIMIT,
    jurisdiction: str = DEFAULT_JURISDICTION,
) -> dict[str, str]:
    """Write ``report.html``, ``report.xlsx`` and ``*.csv`` into ``out_dir``; returns their paths by name.

    ``jurisdiction`` names the rules catalog that says which notice types have a deadline.
    """
    if date_from and date_to and date_from > date_to:
        raise ValueError(f"起始日期晚于结束日期 (date_from {date_from} is after date_to {date_to})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    figures = compute(engine, date_from, date_to, jurisdiction=jurisdiction)
    cur_period, prev_period, comparison = period_comparison(engine, figures, jurisdiction=jurisdiction)
    paths: dict[str, str] = {}
    tables = _tables(figures)
    tables["comparison"] = (COMPARISON_COLUMNS, [_comparison_row(c) for c in comparison])
    for name, (columns, rows) in tables.items():
        paths[f"csv_{name}"] = str(_write_csv(out / f"{name}.csv", columns, rows))
    findings_csv = out / "findings.csv"
    wb = Workbook(write_only=True)
    for name, (columns, rows) in tables.items():
        ws = wb.create_sheet(SHEET_NAMES[name])
        _sheet_head(ws, columns, len(rows))
        for row in rows:
            ws.append([_xlsx_cell(ws, key, row.get(key)) for key, _ in columns])
    total_findings = _count_findings(engine, date_from, date_to, jurisdiction)
    ws = wb.create_sheet("问题清单")
    _sheet_head(ws, FINDING_COLUMNS, total_findings)
    to_archive: list[tuple[int, str]] = []
    with findings_csv.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([title for _, title in FINDING_COLUMNS])
        for f in iter_findings(engine, date_from, date_to, jurisdiction=jurisdiction):
            writer.writerow([_cell(f.get(key)) for key, _ in FINDING_COLUMNS])
            ws.append([_xlsx_cell(ws, key, f.get(key)) for key, _ in FINDING_COLUMNS])
            if f["evidence"] and len(to_archive) < ARCHIVE_LIMIT:
                vid, _, sha = f["evidence"].removeprefix("document_versions/").partition("@sha256:")
                to_archive.append((int(vid), sha))
    paths["csv_findings"] = str(findings_csv)
    # the office's review list (待人工核对): extraction gaps, apart from the problem list's violations
    review_csv = out / "review.csv"
    ws = wb.create_sheet(REVIEW_SHEET)
    _sheet_head(ws, REVIEW_COLUMNS, count_review(engine, date_from, date_to))
    with review_csv.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow([title for _, title in REVIEW_COLUMNS])
        for r in iter_review(engine, date_from, date_to, jurisdiction=jurisdiction):
            writer.writerow([_cell(r.get(key)) for key, _ in REVIEW_COLUMNS])
            ws.append([_xlsx_cell(ws, key, r.get(key)) for key, _ in REVIEW_COLUMNS])
    paths["csv_review"] = str(review_csv)
    # the archived copies beside the report, so a link opens on a computer without pubwatch
    archived = export_archive(engine, out, to_archive)
    paths["evidence_dir"] = str(out / ARCHIVE_DIR)
    xlsx = out / "report.xlsx"
    wb.save(xlsx)
    paths["xlsx"] = str(xlsx)
    embedded = list(iter_findings(engine, date_from, date_to, limit=embed_limit, jurisdiction=jurisdiction))
    review = list(iter_review(engine, date_from, date_to, limit=embed_limit, jurisdiction=jurisdiction))
    for f in (*embedded, *review):  # link only to copies that were written
        if f["archive"] and not (out / f["archive"]).exists():
            f["archive"] = ""
    for r in review:  # only http(s) originals become links (a scraped javascript: URL never does)
        r["link"] = r["url"] if r["url"].lower().startswith(("http://", "https://")) else ""
    html = _ENV.get_template("report.html").render(
        period=_period_text(date_from, date_to),
        generated=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        total=figures.total,
        by_domain=figures.by_domain,
        by_region=figures.by_region,
        by_unit=figures.by_unit,
        by_month=figures.by_month,
        league=league(figures.by_unit),
        crawl=figures.crawl,
        crawl_days=CRAWL_DAYS,
        chart_domain=charts.bars(figures.by_domain),
        chart_region=charts.bars(figures.by_region),
        chart_trend=charts.trend(figures.by_month),
        findings_json=embedded,
        embedded=len(embedded),
        findings_total=figures.findings_total,
        completeness_def=COMPLETENESS_DEF,
        timeliness_def=TIMELINESS_DEF,
        pct=pct,
        mean=_mean,
        archived=len(archived),
        unknown_units=figures.unknown_units,
        comparison=comparison,
        cur_period=_period_text(*cur_period),
        prev_period=_period_text(*prev_period),
        pct_change=pct_change,
        review=review,
        review_total=count_review(engine, date_from, date_to),
        review_title=SECTION_TITLE,
    )
    html_path = out / "report.html"
    html_path.write_text(html, encoding="utf-8")
    paths["html"] = str(html_path)
    return paths


SHEET_NAMES = {
    "overview": "概览",
    "by_domain": "按领域",
    "by_region": "按地区",
    "by_unit": "按责任单位",
    "by_month": "按月",
    "league": "责任单位排名",
    "crawl_health": "采集健康",
    "comparison": "本期与上期",
}
REVIEW_SHEET = "待人工核对"
COMPARISON_COLUMNS: list[tuple[str, str]] = [
    ("label", "责任单位"),
    ("due", "本期应公开数"),
    ("completeness", "本期完整率"),
    ("timeliness", "本期及时率"),
    ("open_findings", "本期未整改问题数"),
    ("prev_due", "上期应公开数"),
    ("prev_completeness", "上期完整率"),
    ("prev_timeliness", "上期及时率"),
    ("prev_open_findings", "上期未整改问题数"),
    ("completeness_change", "完整率变化（百分点）"),
    ("timeliness_change", "及时率变化（百分点）"),
]
COMPARISON_DAYS = 30


def pct_change(value: float | None) -> str:
    """A change of a rate in percentage points, signed (``+2.5``; ``—`` without both periods)."""
    return "—" if value is None else f"{value * 100:+.1f}"


def period_comparison(
    engine: Engine, figures: Figures, *, jurisdiction: str = DEFAULT_JURISDICTION
) -> tuple[tuple[dt.date, dt.date], tuple[dt.date, dt.date], list[UnitChange]]:
    """This period against the previous one, per unit.

    With both bounds the period is the dashboard's own and the previous one comes from
    ``previous_period``; an open-ended dashboard compares its last ``COMPARISON_DAYS`` days (up to
    ``date_to`` or the newest notice) with the days before.
    """
    from sqlalchemy import func, select

    from storage.models import Notice

    if figures.date_from and figures.date_to:
        cur, current = (figures.date_from, figures.date_to), figures
    else:
        with engine.connect() as conn:
            newest = conn.scalar(select(func.max(Notice.publish_date)))
        end = figures.date_to or newest or dt.date.today()
        start = (
            max(figures.date_from, end - dt.timedelta(days=COMPARISON_DAYS - 1))
            if figures.date_from
            else end - dt.timedelta(days=COMPARISON_DAYS - 1)
        )
        cur = (start, end)
        current = compute(engine, start, end, jurisdiction=jurisdiction)
    prev = previous_period(*cur)
    previous = compute(engine, *prev, jurisdiction=jurisdiction)
    return cur, prev, compare_units(current, previous)


def _comparison_row(c: UnitChange) -> dict[str, Any]:
    return {
        "label": c.label,
        "due": c.current.due,
        "completeness": c.current.completeness,
        "timeliness": c.current.timeliness,
        "open_findings": c.current.open_findings,
        "prev_due": c.previous.due,
        "prev_completeness": c.previous.completeness,
        "prev_timeliness": c.previous.timeliness,
        "prev_open_findings": c.previous.open_findings,
        "completeness_change": None
        if c.completeness_change is None
        else round(c.completeness_change * 100, 2),
        "timeliness_change": None if c.timeliness_change is None else round(c.timeliness_change * 100, 2),
    }


def _rate_columns(first: str) -> list[tuple[str, str]]:
    """The rate columns with the group column named for what it holds (not the generic 分组)."""
    return [("label", first), *RATE_COLUMNS[1:]]


def _tables(figures: Figures) -> dict[str, tuple[list[tuple[str, str]], list[dict[str, Any]]]]:
    def rows(tallies: Iterable[Tally]) -> list[dict[str, Any]]:
        return [t.as_row() for t in tallies]

    overview = [
        {"label": "统计期间", "value": _period_text(figures.date_from, figures.date_to)},
        {"label": "完整率", "value": pct(figures.total.completeness), "definition": COMPLETENESS_DEF},
        {"label": "及时率", "value": pct(figures.total.timeliness), "definition": TIMELINESS_DEF},
        {"label": "应公开数", "value": figures.total.due, "definition": "完整率的分母"},
        {"label": "有法定时限的应公开数", "value": figures.total.deadline_due, "definition": "及时率的分母"},
        {"label": "已发布公告数", "value": figures.total.notices},
        {"label": "应发未发数", "value": figures.total.missing},
        {"label": "未整改问题数", "value": figures.total.open_findings},
        {"label": "问题总数", "value": figures.findings_total},
    ]
    league_rows = [{"rank": i, **t.as_row()} for i, t in enumerate(league(figures.by_unit), start=1)]
    return {
        "overview": ([("label", "指标"), ("value", "数值"), ("definition", "口径")], overview),
        "by_domain": (_rate_columns("领域"), rows(figures.by_domain)),
        "by_region": (_rate_columns("地区"), rows(figures.by_region)),
        "by_unit": (_rate_columns("责任单位"), rows(figures.by_unit)),
        "by_month": (_rate_columns("月份"), rows(figures.by_month)),
        "league": ([("rank", "名次"), *_rate_columns("责任单位")], league_rows),
        "crawl_health": (CRAWL_COLUMNS, figures.crawl),
    }


#: Column widths in characters (CJK counts as two) for the workbook; others get DEFAULT_WIDTH.
WIDTHS: dict[str, int] = {
    "label": 24,
    "rank": 6,
    "id": 8,
    "first_seen_on": 12,
    "status": 10,
    "severity": 10,
    "kind": 16,
    "domain": 22,
    "region": 10,
    "unit": 22,
    "overdue_wd": 10,
    "due": 12,
    "title": 50,
    "message": 70,
    "rule_name": 30,
    "legal_source": 30,
    "dates": 40,
    "url": 50,
    "archive": 34,
    "evidence": 40,
    "definition": 80,
    "value": 24,
    "source": 24,
    "last_reason": 20,
    "item": 24,
}
DEFAULT_WIDTH = 14
RATE_KEYS = {"completeness", "timeliness", "complete_share"}
LINK_KEYS = {"url", "archive"}
ARCHIVE_LIMIT = 50_000


def _sheet_head(ws: Any, columns: list[tuple[str, str]], rows: int) -> None:
    """Widths, a frozen header row and a filter over the whole table (set before any row is written)."""
    for i, (key, _) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = WIDTHS.get(key, DEFAULT_WIDTH)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{rows + 1}"
    ws.append([_bold(ws, title) for _, title in columns])


def _bold(ws: Any, title: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=title)
    cell.font = Font(bold=True)
    return cell


def _xlsx_cell(ws: Any, key: str, value: Any) -> Any:
    """A workbook cell: rates as percentages (the value stays a number), links clickable, text made safe."""
    if key in RATE_KEYS and isinstance(value, int | float):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "0.0%"
        return cell
    safe = _cell(value)
    if (
        key in LINK_KEYS
        and isinstance(safe, str)
        and (safe.startswith(("http://", "https://")) or safe.startswith(ARCHIVE_DIR + "/"))
    ):
        cell = WriteOnlyCell(ws, value=safe)
        cell.hyperlink = safe
        cell.style = "Hyperlink"
        return cell
    return safe


def _count_findings(
    engine: Engine, date_from: dt.date | None, date_to: dt.date | None, jurisdiction: str
) -> int:
    from sqlalchemy import func, select

    from storage.models import Finding

    conds = [
        c
        for c in (
            (Finding.first_seen_on >= date_from) if date_from else None,
            (Finding.first_seen_on <= date_to) if date_to else None,
        )
        if c is not None
    ]
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Finding).where(*conds)) or 0)


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
