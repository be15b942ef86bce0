"""``pubwatch report annual``: the year-end inspection report (年度监督检查报告), as DOCX and PDF.

Why both: the office edits the DOCX (python-docx) before it goes to the 市政府办公室, and files the
PDF (the same content printed by Chromium, fonts embedded) as the record. One report for the city and
one for each 责任单位 (county government or department), each with: summary figures and their
definitions, per-domain / per-region / per-unit tables, the 考核 score with its formula, ranking and
change against the previous period, the findings opened, rectified and still open with their evidence
references, the dismissed ones with their reasons, a spot-check of the 信息公开 columns (what crawl
health shows per channel), and charts (``dashboards.charts``, the dashboard's own).

The numbers are the dashboard's (``dashboards.metrics.compute`` for the same period) and the scores
``reports.assessment``'s; ``summary.json`` carries them for machines. Scraped text (titles, reasons)
is escaped by Jinja2 in HTML and is plain text in the DOCX; lists are bounded (``MAX_LIST``), the full
findings list goes to ``findings.csv``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from sqlalchemy import Engine, case, func, or_, select

from dashboards import charts
from dashboards.metrics import COMPLETENESS_DEF, DEFAULT_JURISDICTION, TIMELINESS_DEF, Tally
from reports.assessment import Assessment, Scale, UnitScore, assess
from storage.models import Channel, CrawlHealth, Finding, Notice
from vocabulary import DOMAINS, KINDS, RECTIFICATION_STATES, UNKNOWN_UNIT, label, region_label

MAX_LIST = 100
CHROMIUM = os.environ.get("PUBWATCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-dev-shm-usage",
]
_ENV = Environment(
    loader=PackageLoader("reports", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
STATE_LABELS = RECTIFICATION_STATES
HOW_LABELS = {
    "followup_notice": "已发布后续公告",
    "provincial_copy": "已同步至省平台",
    "later_version": "原公告已修改补正",
    "correction_notice": "已发布更正公告",
}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SUMMARY_DEFS = {
    "due": "应公开数 = 期间内采集到的公告数 + 应发未发数（完整率的分母）",
    "notices": "期间内按发布日期采集到的公告",
    "missing": "应发布而未发现的公告（“应发未发”问题，按首次发现日期）",
    "completeness": COMPLETENESS_DEF,
    "timeliness": TIMELINESS_DEF,
    "opened": "期间内首次发现的问题（不含经办公室排除的）",
    "rectified": "已找到整改依据（后续公告、省平台同步、原公告修改或更正公告）并确定整改日期的问题",
    "gone": "不再检出但未找到整改依据的问题（如公告已撤下）",
    "still_open": "截至报告生成时仍未整改的问题",
    "dismissed": "经办公室排除（已说明理由、经办人、日期）的问题，不计入任何数字",
    "mean_days": "已整改问题自发现至整改的平均天数（日历日）",
}


class ReportError(ValueError):
    """The report cannot be made (bad period, no Chromium for the PDF …); the message says why."""


def clean(value: Any, limit: int = 300) -> str:
    """Scraped text for a document: control and bidi characters out, whitespace collapsed, bounded."""
    text = " ".join(_CONTROL.sub(" ", "" if value is None else str(value)).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def num(value: float | None, fmt: str = "{:.1f}") -> str:
    return "—" if value is None else fmt.format(value)


def signed(value: float | int | None, fmt: str = "{:+.1f}") -> str:
    return "—" if value is None else fmt.format(value)


def _period_text(a: dt.date | None, b: dt.date | None) -> str:
    return "—" if not a or not b else f"{a.isoformat()} 至 {b.isoformat()}"


# --- data ------------------------------------------------------------------------------------------


@dataclass
class Scope:
    """Whose report: the city (``unit`` None) or one 责任单位."""

    name: str
    unit: str | None = None
    regions: list[str] = field(default_factory=list)  # county codes (channel spot-check of a county)
    domains: list[str] = field(default_factory=list)  # domains a department leads (city channels)

    @property
    def slug(self) -> str:
        if self.unit is None:
            return "city"
        return "unit-" + re.sub(r"[^\w\u4e00-\u9fff]+", "_", self.unit)[:60]


def _evidence_ref(evidence: Any) -> str:
    for ev in evidence if isinstance(evidence, list) else []:
        if isinstance(ev, dict) and str(ev.get("version_id", "")).isdigit() and ev.get("sha256"):
            return f"document_versions/{int(ev['version_id'])}@sha256:{ev['sha256']}"
    return ""


def findings_of(
    engine: Engine, date_from: dt.date, date_to: dt.date, unit: str | None = None
) -> list[dict[str, Any]]:
    """Findings first seen in the period (all states), with state, days to rectify and evidence refs."""
    from monitor.review import lifecycle_state, notified_on

    f_ = Finding.__table__
    q = select(f_).where(f_.c.first_seen_on >= date_from, f_.c.first_seen_on <= date_to)
    if unit is not None:
        q = q.where(func.coalesce(f_.c.responsible_unit, "") == unit)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(q.order_by(f_.c.first_seen_on, f_.c.id)).mappings()]
        told = notified_on(conn)
    out = []
    for r in rows:
        fix = r["rectification"] or {}
        fix_ref = (
            f"document_versions/{fix['version_id']}@sha256:{fix['sha256']}"
            if fix.get("version_id") and fix.get("sha256")
            else ""
        )
        state = lifecycle_state(r["status"], r["rectified_on"], told.get(r["id"]))
        days = (
            max(0, (r["rectified_on"] - r["first_seen_on"]).days)
            if state == "rectified" and r["rectified_on"]
            else None
        )
        out.append(
            {
                "id": r["id"],
                "state": state,
                "state_label": STATE_LABELS[state],
                "kind": r["kind"],
                "kind_label": label(KINDS, r["kind"]),
                "domain": label(DOMAINS, r["domain"]),
                "region": region_label(r["region"]),
                "unit": r["responsible_unit"] or UNKNOWN_UNIT,
                "title": clean(r["title"], 120),
                "message": clean(r["message"], 200),
                "rule_id": r["rule_id"],
                "first_seen_on": r["first_seen_on"],
                "notified_on": told.get(r["id"]),
                "resolved_on": r["resolved_on"],
                "rectified_on": r["rectified_on"],
                "days": days,
                "how": HOW_LABELS.get(fix.get("how", ""), ""),
                "fix_ref": fix_ref,
                "fix_url": clean(fix.get("url"), 300),
                "url": clean(r["url"], 300),
                "evidence": _evidence_ref(r["evidence"]),
                "dismiss_reason": clean(r["dismiss_reason"], 500),
                "dismissed_by": clean(r["dismissed_by"], 100),
                "dismissed_at": r["dismissed_at"],
            }
        )
    return out


def spot_check(engine: Engine, date_from: dt.date, date_to: dt.date, scope: Scope) -> list[dict[str, Any]]:
    """Per source and channel: what crawl health shows over the period (the 信息公开 columns spot-check)."""
    h, n, c = CrawlHealth.__table__, Notice.__table__, Channel.__table__
    with engine.connect() as conn:
        health = conn.execute(
            select(
                h.c.source_key,
                h.c.channel_key,
                func.count(func.distinct(h.c.night)),
                func.sum(case((h.c.complete, 1), else_=0)),
                func.sum(case((h.c.blocked, 1), else_=0)),
                func.max(h.c.night),
                func.sum(h.c.listed),
                func.sum(h.c.new),
                func.sum(h.c.removed),
            )
            .where(h.c.night >= date_from, h.c.night <= date_to)
            .group_by(h.c.source_key, h.c.channel_key)
        ).all()
        posted = {
            (s, ch): (cnt, last)
            for s, ch, cnt, last in conn.execute(
                select(n.c.source_key, n.c.channel_key, func.count(), func.max(n.c.publish_date))
                .where(n.c.publish_date >= date_from, n.c.publish_date <= date_to)
                .group_by(n.c.source_key, n.c.channel_key)
            )
        }
        channels = {(r.source_key, r.channel_key): r for r in conn.execute(select(c))}
        silent_keys = set(
            conn.execute(
                select(Finding.key).where(
                    Finding.kind == "channel_silent",
                    Finding.status != "dismissed",
                    Finding.first_seen_on <= date_to,
                    or_(Finding.resolved_on.is_(None), Finding.resolved_on >= date_from),
                )
            ).scalars()
        )
    out = []
    for src, chk, nights, complete, blocked, last, _listed, new, removed in health:
        ch = channels.get((src, chk))
        if not _in_scope(scope, ch):
            continue
        cnt, last_pub = posted.get((src, chk), (0, None))
        complete = int(complete or 0)
        share = complete / nights if nights else None
        is_silent = bool(chk) and any(k.endswith(f":s{src}:{chk}") for k in silent_keys)
        if not chk:
            verdict = "整站记录"
        elif share is not None and share < 0.9:
            verdict = "采集不完整，未发现不等于未公开"
        elif is_silent:
            verdict = "栏目长期未更新"
        elif cnt == 0:
            verdict = "期间内无新公告"
        else:
            verdict = "正常"
        out.append(
            {
                "source": src,
                "channel": chk or "（整站）",
                "name": clean(ch.name if ch else "", 60),
                "domain": label(DOMAINS, ch.domain if ch else None, "—"),
                "nights": int(nights or 0),
                "complete": complete,
                "share": share,
                "blocked": int(blocked or 0),
                "last_night": last,
                "posted": int(cnt),
                "new": int(new or 0),
                "last_publish": last_pub,
                "removed": int(removed or 0),
                "verdict": verdict,
            }
        )
    out.sort(key=lambda r: (r["verdict"] == "正常", r["source"], r["channel"]))
    return out


def _in_scope(scope: Scope, ch: Any) -> bool:
    if scope.unit is None:
        return True
    if ch is None:
        return False
    if scope.regions:
        return (ch.region or "")[:6] in scope.regions
    return ch.domain in scope.domains and (ch.region or "330800")[:6] in ("330800", "")


def scopes(assessment: Assessment, jurisdiction: str = DEFAULT_JURISDICTION) -> list[Scope]:
    """The city, then every unit with something to report in the period, in ranking order."""
    from monitor.catalog import load_catalog

    p = load_catalog(jurisdiction).primary
    county = {u: code for code, u in p.by_region.items()}
    led: dict[str, list[str]] = {}
    for d, u in p.by_domain.items():
        led.setdefault(u, []).append(d)
    out = [Scope("全市")]
    for u in assessment.units:
        if not u.tally.key or (not u.tally.due and not u.findings and not u.dismissed):
            continue
        out.append(
            Scope(
                u.label,
                u.tally.key,
                [county[u.tally.key]] if u.tally.key in county else [],
                led.get(u.tally.key, []),
            )
        )
    return out


def _rate_rows(tallies: list[Tally]) -> list[dict[str, Any]]:
    return [
        {
            "label": t.label,
            "due": t.due,
            "notices": t.notices,
            "missing": t.missing,
            "complete": t.complete,
            "completeness": pct(t.completeness),
            "deadline_due": t.deadline_due,
            "timely": t.timely,
            "timeliness": pct(t.timeliness),
            "open": t.open_findings,
        }
        for t in tallies
    ]


def _score_row(u: UnitScore) -> dict[str, Any]:
    return {
        "rank": u.rank or "—",
        "unit": u.label,
        "due": u.tally.due,
        "completeness": pct(u.tally.completeness),
        "timeliness": pct(u.tally.timeliness),
        "rectification": pct(u.rectification),
        "non_repeat": pct(u.non_repeat),
        "score": num(u.score),
        "prev_score": num(u.prev_score),
        "change": signed(u.change),
        "rank_change": signed(u.rank_change, "{:+d}"),
        "proposal": u.proposal or "—",
        "findings": u.findings,
        "rectified": u.rectified,
        "still_open": u.still_open,
        "repeats": u.repeats,
        "dismissed": u.dismissed,
        "mean_days": num(u.mean_rectify_days),
    }


def build(
    engine: Engine, date_from: dt.date, date_to: dt.date, assessment: Assessment, scope: Scope, title: str
) -> dict[str, Any]:
    """Everything one report shows, as plain values (rendered to HTML/PDF and DOCX alike)."""
    fig = assessment.figures
    found = findings_of(engine, date_from, date_to, scope.unit)
    counted = [f for f in found if f["state"] != "dismissed"]
    by_state = {s: [f for f in found if f["state"] == s] for s in STATE_LABELS}
    rectified = by_state["rectified"]
    days = [f["days"] for f in rectified if f["days"] is not None]
    if scope.unit is None:
        total = fig.total
        units = [_score_row(u) for u in assessment.units]
    else:
        me = assessment.by_unit().get(scope.unit)
        total = me.tally if me else Tally(scope.unit, scope.name)
        units = [_score_row(me)] if me else []
    kinds: dict[str, dict[str, int]] = {}
    for f in found:
        row = kinds.setdefault(
            f["kind_label"], {"opened": 0, "rectified": 0, "gone": 0, "open": 0, "dismissed": 0}
        )
        key = {"rectified": "rectified", "resolved": "gone", "dismissed": "dismissed"}.get(f["state"], "open")
        row[key] += 1
        row["opened"] += int(f["state"] != "dismissed")
    summary = {
        "due": total.due,
        "notices": total.notices,
        "missing": total.missing,
        "completeness": total.completeness,
        "timeliness": total.timeliness,
        "opened": len(counted),
        "rectified": len(rectified),
        "gone": len(by_state["resolved"]),
        "still_open": len(by_state["open"]) + len(by_state["notified"]),
        "dismissed": len(by_state["dismissed"]),
        "mean_days": sum(days) / len(days) if days else None,
    }
    summary_rows = [
        ("应公开数", str(summary["due"]), SUMMARY_DEFS["due"]),
        ("已发布公告数", str(summary["notices"]), SUMMARY_DEFS["notices"]),
        ("应发未发数", str(summary["missing"]), SUMMARY_DEFS["missing"]),
        ("完整率", pct(summary["completeness"]), SUMMARY_DEFS["completeness"]),
        ("及时率", pct(summary["timeliness"]), SUMMARY_DEFS["timeliness"]),
        ("发现问题数", str(summary["opened"]), SUMMARY_DEFS["opened"]),
        ("已整改", str(summary["rectified"]), SUMMARY_DEFS["rectified"]),
        ("已消除（未见整改依据）", str(summary["gone"]), SUMMARY_DEFS["gone"]),
        ("仍未整改", str(summary["still_open"]), SUMMARY_DEFS["still_open"]),
        ("已排除", str(summary["dismissed"]), SUMMARY_DEFS["dismissed"]),
        ("平均整改天数", num(summary["mean_days"]), SUMMARY_DEFS["mean_days"]),
    ]
    me = assessment.by_unit().get(scope.unit) if scope.unit else None
    return {
        "title": title,
        "scope": scope.name,
        "unit": scope.unit,
        "slug": scope.slug,
        "period": _period_text(date_from, date_to),
        "prev_period": _period_text(assessment.prev_from, assessment.prev_to),
        "generated": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "summary": summary,
        "summary_rows": summary_rows,
        "formula": assessment.scale.formula(),
        "units": units,
        "unit_score": _score_row(me) if me else None,
        "praise": [u.label for u in assessment.units if u.proposal == "通报表扬"]
        if scope.unit is None
        else [],
        "criticise": [u.label for u in assessment.units if u.proposal == "通报批评"]
        if scope.unit is None
        else [],
        "by_domain": _rate_rows(fig.by_domain) if scope.unit is None else [],
        "by_region": _rate_rows(fig.by_region) if scope.unit is None else [],
        "kinds": [{"kind": k, **v} for k, v in sorted(kinds.items())],
        "rectified": rectified[:MAX_LIST],
        "rectified_total": len(rectified),
        "still_open": (by_state["notified"] + by_state["open"])[:MAX_LIST],
        "still_open_total": summary["still_open"],
        "dismissed": by_state["dismissed"][:MAX_LIST],
        "dismissed_total": len(by_state["dismissed"]),
        "spot_check": spot_check(engine, date_from, date_to, scope),
        "max_list": MAX_LIST,
        "charts": _charts(assessment, scope),
        "findings": found,
    }


def _charts(assessment: Assessment, scope: Scope) -> dict[str, Any]:
    fig = assessment.figures
    if scope.unit is not None:
        return {}
    ranked = [u for u in assessment.units if u.score is not None][:15]
    return {
        "domain": charts.bars(fig.by_domain),
        "region": charts.bars(fig.by_region),
        "trend": charts.trend(fig.by_month),
        "scores": score_bars(ranked),
    }


def score_bars(units: list[UnitScore], *, width: int = 640) -> Any:
    """Horizontal bars of the 考核 score per unit (this period solid, previous period as a tick)."""
    from markupsafe import Markup, escape

    row_h, top, left = 24, 22, 170
    plot = width - left - 70
    height = top + row_h * max(len(units), 1) + 8
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'viewBox="0 0 {width} {height}" class="chart">',
        f'<rect x="{left}" y="4" width="10" height="10" fill="{charts.C_COMPLETE}"/>'
        f'<text x="{left + 14}" y="13">本期得分</text>'
        f'<rect x="{left + 90}" y="8" width="14" height="2" fill="#b42318"/><text x="{left + 108}" y="13">上期得分</text>',
    ]
    for i, u in enumerate(units):
        y = top + i * row_h
        w = round(plot * (u.score or 0) / 100, 1)
        out.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end">{escape(u.label[:14])}</text>')
        out.append(f'<rect x="{left}" y="{y + 4}" width="{w}" height="14" fill="{charts.C_COMPLETE}"/>')
        out.append(f'<text x="{left + w + 4}" y="{y + 15}" class="v">{num(u.score)}</text>')
        if u.prev_score is not None:
            px = left + round(plot * u.prev_score / 100, 1)
            out.append(f'<rect x="{px - 1}" y="{y + 1}" width="2" height="20" fill="#b42318"/>')
    out.append("</svg>")
    return Markup("".join(out))


# --- output ----------------------------------------------------------------------------------------


def render_html(data: dict[str, Any]) -> str:
    return _ENV.get_template("annual.html").render(
        **data,
        pct=pct,
        num=num,
        signed=signed,
        completeness_def=COMPLETENESS_DEF,
        timeliness_def=TIMELINESS_DEF,
    )


def write_docx(data: dict[str, Any], path: Path, chart_pngs: dict[str, Path]) -> Path:
    """The editable report: the same sections and tables as the PDF, in Word's own styles."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(2)
    for style_name in ("Normal", "Heading 1", "Heading 2", "Title"):
        st = doc.styles[style_name]
        st.font.name = "宋体" if style_name == "Normal" else "黑体"
        rpr = st.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), st.font.name)
    doc.styles["Normal"].font.size = Pt(10.5)

    def table(headers: list[str], rows: list[list[Any]], size: float = 8) -> None:
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, headers, strict=True):
            cell.text = text
            for r in cell.paragraphs[0].runs:
                r.font.bold = True
                r.font.size = Pt(size)
        for row in rows:
            cells = t.add_row().cells
            for cell, value in zip(cells, row, strict=True):
                cell.text = "" if value is None else str(value)
                for r in cell.paragraphs[0].runs:
                    r.font.size = Pt(size)

    doc.add_heading(data["title"], level=0)
    doc.add_paragraph(
        f"范围：{data['scope']}　统计期间：{data['period']}　上期：{data['prev_period']}　"
        f"生成时间：{data['generated']}　数据来源：pubwatch 监测数据库（自动生成，可编辑）"
    )
    doc.add_heading("一、总体情况", level=1)
    table(["指标", "数值", "口径"], [list(r) for r in data["summary_rows"]], 9)
    doc.add_heading("二、考核评分办法", level=1)
    for line in data["formula"]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_heading("三、考核结果" if data["unit"] is None else "三、本单位考核结果", level=1)
    table(
        [
            "名次",
            "责任单位",
            "应公开",
            "完整率",
            "及时率",
            "整改得分",
            "非重复",
            "得分",
            "上期得分",
            "变化",
            "名次变化",
            "建议",
        ],
        [
            [
                u["rank"],
                u["unit"],
                u["due"],
                u["completeness"],
                u["timeliness"],
                u["rectification"],
                u["non_repeat"],
                u["score"],
                u["prev_score"],
                u["change"],
                u["rank_change"],
                u["proposal"],
            ]
            for u in data["units"]
        ],
        7.5,
    )
    if data["unit"] is None:
        doc.add_paragraph("建议通报表扬：" + ("、".join(data["praise"]) or "无"))
        doc.add_paragraph("建议通报批评：" + ("、".join(data["criticise"]) or "无"))
        if "scores" in chart_pngs:
            doc.add_picture(str(chart_pngs["scores"]), width=Cm(16))
        doc.add_heading("四、分领域、分地区情况", level=1)
        heads = [
            "应公开数",
            "已发布",
            "应发未发",
            "要素齐全",
            "完整率",
            "有时限应公开",
            "按时发布",
            "及时率",
            "未整改问题",
        ]
        keys = [
            "label",
            "due",
            "notices",
            "missing",
            "complete",
            "completeness",
            "deadline_due",
            "timely",
            "timeliness",
            "open",
        ]
        table(["领域", *heads], [[r[k] for k in keys] for r in data["by_domain"]], 8)
        if "domain" in chart_pngs:
            doc.add_picture(str(chart_pngs["domain"]), width=Cm(14))
        table(["地区", *heads], [[r[k] for k in keys] for r in data["by_region"]], 8)
        if "region" in chart_pngs:
            doc.add_picture(str(chart_pngs["region"]), width=Cm(14))
        if "trend" in chart_pngs:
            doc.add_heading("逐月趋势", level=2)
            doc.add_picture(str(chart_pngs["trend"]), width=Cm(16))
    n_findings, n_spot = ("五", "六") if data["unit"] is None else ("四", "五")
    doc.add_heading(f"{n_findings}、问题整改情况", level=1)
    table(
        ["问题类型", "发现", "已整改", "已消除", "仍未整改", "已排除"],
        [
            [k["kind"], k["opened"], k["rectified"], k["gone"], k["open"], k["dismissed"]]
            for k in data["kinds"]
        ],
        9,
    )
    doc.add_heading(f"已整改问题（{data['rectified_total']} 条）", level=2)
    table(
        ["编号", "责任单位", "问题", "发现日期", "整改日期", "天数", "整改依据", "证据"],
        [
            [
                f["id"],
                f["unit"],
                f"{f['kind_label']}：{f['title']}",
                f["first_seen_on"],
                f["rectified_on"],
                f["days"],
                f["how"],
                f["fix_ref"] or f["fix_url"],
            ]
            for f in data["rectified"]
        ],
        7,
    )
    doc.add_heading(f"仍未整改问题（{data['still_open_total']} 条）", level=2)
    table(
        ["编号", "状态", "责任单位", "问题", "发现日期", "页面与证据"],
        [
            [
                f["id"],
                f["state_label"],
                f["unit"],
                f"{f['kind_label']}：{f['title']}",
                f["first_seen_on"],
                f"{f['url']}\n{f['evidence']}".strip(),
            ]
            for f in data["still_open"]
        ],
        7,
    )
    doc.add_heading(f"已排除问题（{data['dismissed_total']} 条）", level=2)
    table(
        ["编号", "责任单位", "问题", "排除理由", "经办人", "排除时间"],
        [
            [
                f["id"],
                f["unit"],
                f"{f['kind_label']}：{f['title']}",
                f["dismiss_reason"],
                f["dismissed_by"],
                f["dismissed_at"] and f"{f['dismissed_at']:%Y-%m-%d}",
            ]
            for f in data["dismissed"]
        ],
        7,
    )
    if max(data["rectified_total"], data["still_open_total"], data["dismissed_total"]) > data["max_list"]:
        doc.add_paragraph(f"每类最多列出 {data['max_list']} 条；完整清单见同目录 findings.csv。")
    doc.add_heading(f"{n_spot}、信息公开栏目抽查", level=1)
    doc.add_paragraph(
        "依据每晚采集记录：采集完整的晚数、期间内新发布公告数、最近发布日期；采集不完整的栏目，其“未发现”不能作为“未公开”的依据。"
    )
    table(
        ["数据源", "栏目", "名称", "领域", "采集晚数", "完整晚数", "期间新公告", "最近发布", "撤下", "结论"],
        [
            [
                r["source"],
                r["channel"],
                r["name"],
                r["domain"],
                r["nights"],
                r["complete"],
                r["posted"],
                r["last_publish"],
                r["removed"],
                r["verdict"],
            ]
            for r in data["spot_check"]
        ],
        7,
    )
    doc.add_heading("附：指标口径", level=1)
    for name, _value, definition in data["summary_rows"]:
        doc.add_paragraph(f"{name}：{definition}")
    doc.save(str(path))
    return path


def _print(pages: list[tuple[Path, Path, dict[str, Path]]], chromium: str) -> None:
    """Print each HTML file to PDF and screenshot its charts to PNG, in one Chromium."""
    if not (Path(chromium).exists()):
        raise ReportError(
            f"找不到 Chromium，无法生成 PDF (Chromium not found at {chromium}; "
            "apt-get install chromium, or set PUBWATCH_CHROMIUM)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 900, "height": 1200}, device_scale_factor=2)
            for html, pdf, pngs in pages:
                page.goto(html.resolve().as_uri())
                for name, png in pngs.items():
                    el = page.query_selector(f"#chart-{name} svg")
                    if el is not None:
                        el.screenshot(path=str(png))
                page.pdf(
                    path=str(pdf),
                    format="A4",
                    print_background=True,
                    display_header_footer=True,
                    header_template="<span></span>",
                    footer_template='<div style="font-size:8px;width:100%;text-align:center">'
                    '<span class="pageNumber"></span> / <span class="totalPages"></span></div>',
                    margin={"top": "14mm", "bottom": "16mm", "left": "12mm", "right": "12mm"},
                )
        finally:
            browser.close()


def annual_report(
    engine: Engine,
    out_dir: str | Path,
    date_from: dt.date,
    date_to: dt.date,
    *,
    scale: Scale | None = None,
    jurisdiction: str = DEFAULT_JURISDICTION,
    units: list[str] | None = None,
    pdf: bool = True,
    chromium: str = CHROMIUM,
) -> dict[str, Any]:
    """Write the city's report and each unit's (DOCX, PDF, HTML) plus ``summary.json`` and ``findings.csv``.

    ``units`` limits the unit reports to those names (the city's is always made). Returns the paths.
    """
    if date_from > date_to:
        raise ReportError(f"起始日期晚于结束日期 (the period's start {date_from} is after its end {date_to})")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    assessment = assess(engine, date_from, date_to, scale, jurisdiction=jurisdiction)
    whole_year = (date_from.month, date_from.day, date_to.month, date_to.day) == (
        1,
        1,
        12,
        31,
    ) and date_from.year == date_to.year
    name = f"{date_from.year}年度" if whole_year else f"{date_from.isoformat()}至{date_to.isoformat()}"
    chosen = scopes(assessment, jurisdiction)
    if units is not None:
        unknown = sorted(set(units) - {s.unit for s in chosen if s.unit})
        if unknown:
            raise ReportError(
                f"期间内没有这些责任单位的数据 (no data for unit(s) in the period): {', '.join(unknown)}"
            )
        chosen = [s for s in chosen if s.unit is None or s.unit in units]
    paths: dict[str, Any] = {"reports": {}}
    to_print: list[tuple[Path, Path, dict[str, Path]]] = []
    datas = []
    for scope in chosen:
        title = f"{name}公共资源配置领域政府信息公开监督检查报告（{scope.name}）"
        data = build(engine, date_from, date_to, assessment, scope, title)
        base = out / scope.slug
        html = base.with_suffix(".html")
        html.write_text(render_html(data), encoding="utf-8")
        pngs = {k: out / f"{scope.slug}-chart-{k}.png" for k in data["charts"]}
        to_print.append((html, base.with_suffix(".pdf"), pngs))
        datas.append((scope, data, base, pngs))
    if pdf:
        _print(to_print, chromium)
    for scope, data, base, pngs in datas:
        docx = write_docx(data, base.with_suffix(".docx"), {k: p for k, p in pngs.items() if p.exists()})
        entry = {"scope": scope.name, "html": str(base.with_suffix(".html")), "docx": str(docx)}
        if pdf:
            entry["pdf"] = str(base.with_suffix(".pdf"))
        paths["reports"][scope.unit or ""] = entry
    city = datas[0][1]
    _write_findings_csv(out / "findings.csv", city["findings"])
    summary = {
        "period": [date_from.isoformat(), date_to.isoformat()],
        "previous_period": [assessment.prev_from.isoformat(), assessment.prev_to.isoformat()]
        if assessment.prev_from and assessment.prev_to
        else None,
        "formula": assessment.scale.formula(),
        "scale": vars(assessment.scale),
        "total": {k: v for k, v in city["summary"].items()},
        "by_domain": [t.as_row() for t in assessment.figures.by_domain],
        "by_region": [t.as_row() for t in assessment.figures.by_region],
        "units": [
            {
                **u.as_row(),
                "key": u.tally.key,
                **{
                    k: v
                    for k, v in u.tally.as_row().items()
                    if k in ("missing", "open_findings", "deadline_due")
                },
            }
            for u in assessment.units
        ],
    }
    (out / "summary.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
    paths["summary"] = str(out / "summary.json")
    paths["findings_csv"] = str(out / "findings.csv")
    return paths


def _write_findings_csv(path: Path, found: list[dict[str, Any]]) -> None:
    cols = [
        ("id", "编号"),
        ("state_label", "状态"),
        ("kind_label", "问题类型"),
        ("unit", "责任单位"),
        ("domain", "领域"),
        ("region", "地区"),
        ("title", "公告标题"),
        ("rule_id", "规则"),
        ("first_seen_on", "发现日期"),
        ("notified_on", "通知日期"),
        ("rectified_on", "整改日期"),
        ("days", "整改天数"),
        ("how", "整改依据"),
        ("fix_ref", "整改证据"),
        ("url", "页面链接"),
        ("evidence", "留存证据"),
        ("dismiss_reason", "排除理由"),
        ("dismissed_by", "经办人"),
    ]
    from dashboards.export import _cell

    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([t for _, t in cols])
        for f in found:
            w.writerow([_cell(f.get(k)) for k, _ in cols])


def default_period(
    year: int | None, date_from: dt.date | None, date_to: dt.date | None
) -> tuple[dt.date, dt.date]:
    """``--year`` or ``--from/--to`` (exactly one way), as two dates."""
    if year is not None and (date_from or date_to):
        raise ReportError("--year 与 --from/--to 只能二选一 (give --year or --from/--to, not both)")
    if year is not None:
        if not 2000 <= year <= 2100:
            raise ReportError(f"--year 不合理 (year out of range): {year}")
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if not (date_from and date_to):
        raise ReportError(
            "请给出 --year YYYY，或同时给出 --from 与 --to (give --year, or both --from and --to)"
        )
    return date_from, date_to
