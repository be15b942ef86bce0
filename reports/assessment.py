"""考核: a documented, configurable score per 责任单位, its ranking and its change against the period before.

Why these four parts: the plan (73号 四(三)–(四)) has the office inspect what was published, how
timely, and whether problems were put right, and praise (通报表扬) or criticise (通报批评) units by
the 政务公开 performance assessment. So a unit's score for a period is a weighted mean, 0–100, of

- 完整率 C — the dashboard's completeness (``dashboards.metrics``: the same numbers, same period);
- 及时率 T — the dashboard's timeliness;
- 整改得分 R — per rectifiable finding first seen in the period: 1 if rectified within
  ``rectify_days`` calendar days of being found, falling linearly to 0 at twice that, 0 if still open
  at the period's end; findings that went away with no fix found are left out; R = mean;
- 非重复得分 N — 1 − (repeated findings ÷ findings): a finding is *repeated* when the gap came back
  after it was resolved (reopened), or when the same unit already had a finding of the same rule at
  least ``repeat_grace_days`` earlier (time enough to have learnt from it).

score = 100 × (w_C·C + w_T·T + w_R·R + w_N·N) ÷ (sum of the weights of the parts that apply). A part
with nothing to measure (no notice with a deadline, no finding) drops out with its weight, so a unit
is neither rewarded nor punished for having no such notices. Findings the office dismissed count
nowhere. Units with fewer than ``min_due`` notices due are listed but not ranked or proposed.
Proposals: 通报表扬 when score ≥ ``praise_min``, 通报批评 when score < ``criticise_below``.
Kinds outside the monitor's disclosure vocabulary (e.g. pubwatch's own extraction gaps) are not the
unit's fault: they are counted apart and never scored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from dashboards.metrics import DEFAULT_JURISDICTION, IGNORED_STATUS, Figures, Tally, compute, previous_period
from storage.models import Finding, FindingEvent

#: kinds that are a unit's disclosure gap (monitor.taxonomy.KINDS); anything else is counted apart
SCORED_KINDS = frozenset(
    [
        "missing_field",
        "late_posting",
        "missing_followup",
        "not_shared",
        "removed_early",
        "silent_edit",
        "value_mismatch",
        "channel_silent",
    ]
)
#: gaps a unit can put right on the platform (a late or early-removed posting is history: it stays in T)
RECTIFIABLE_KINDS = frozenset(
    ["missing_field", "missing_followup", "not_shared", "silent_edit", "value_mismatch", "channel_silent"]
)


class ScaleError(ValueError):
    """An [assessment] setting that cannot work (the message names it)."""


@dataclass(frozen=True)
class Scale:
    """The 考核 scale (``pubwatch.toml`` [assessment]); defaults documented in the module docstring."""

    completeness: float = 0.35
    timeliness: float = 0.35
    rectification: float = 0.20
    repeats: float = 0.10
    rectify_days: int = 20
    repeat_grace_days: int = 7
    praise_min: float = 90.0
    criticise_below: float = 60.0
    min_due: int = 5

    def validate(self) -> Scale:
        """Raise ScaleError for weights or thresholds that cannot make a score."""
        weights = {
            "completeness": self.completeness,
            "timeliness": self.timeliness,
            "rectification": self.rectification,
            "repeats": self.repeats,
        }
        for name, w in weights.items():
            if not isinstance(w, int | float) or isinstance(w, bool) or w < 0:
                raise ScaleError(f"assessment.{name} 权重应为非负数 (weight must be a number >= 0): {w!r}")
        if sum(weights.values()) <= 0:
            raise ScaleError("assessment 权重之和应大于 0 (the weights must not all be 0)")
        for name in ("praise_min", "criticise_below"):
            v = getattr(self, name)
            if not isinstance(v, int | float) or isinstance(v, bool) or not 0 <= v <= 100:
                raise ScaleError(f"assessment.{name} 应在 0–100 之间 (must be within 0–100): {v!r}")
        if self.criticise_below > self.praise_min:
            raise ScaleError(
                f"assessment.criticise_below ({self.criticise_below}) 不得高于 praise_min "
                f"({self.praise_min}) (criticism threshold above the praise threshold)"
            )
        for name in ("rectify_days", "repeat_grace_days", "min_due"):
            v = getattr(self, name)
            if not isinstance(v, int) or isinstance(v, bool) or v < (1 if name == "rectify_days" else 0):
                raise ScaleError(
                    f"assessment.{name} 应为非负整数 (must be a whole number, rectify_days >= 1): {v!r}"
                )
        return self

    def formula(self) -> list[str]:
        """The formula with this scale's numbers, in Chinese, printed in every report."""
        w = (
            f"{self.completeness:g}×完整率 + {self.timeliness:g}×及时率 + {self.rectification:g}×整改得分 + "
            f"{self.repeats:g}×非重复得分"
        )
        return [
            f"考核得分 = 100 × （{w}） ÷ 适用各项权重之和；某项无可计量对象时（如无有法定时限的公告、无问题）该项及其权重不计。",
            "完整率、及时率：与监测报表同一口径、同一期间（见“指标口径”）。",
            f"整改得分：期间内发现的可整改问题（要素缺失、应发未发、未同步公开、未经更正修改、信息不一致、栏目长期未更新）逐条计分——"
            f"自发现之日起 {self.rectify_days} 日内整改得 1 分，超过后线性递减，{2 * self.rectify_days} 日及以上得 0 分；"
            "期末仍未整改得 0 分；问题消除但未找到整改依据的不计；取平均值。",
            f"非重复得分 = 1 − 重复问题数 ÷ 问题数；重复问题指整改后再次出现的问题，或同一责任单位在至少 {self.repeat_grace_days} "
            "日前已有同一规则问题后又出现的问题。",
            f"应公开数少于 {self.min_due} 的单位列出但不排名；得分 ≥ {self.praise_min:g} 建议通报表扬，"
            f"< {self.criticise_below:g} 建议通报批评。经办公室排除（已说明理由）的问题不计入任何数字。",
        ]


@dataclass
class UnitScore:
    """One 责任单位's score for a period, with every count it rests on."""

    unit: str
    tally: Tally
    findings: int = 0  # scored findings first seen in the period (not dismissed)
    rectifiable: int = 0
    rectified: int = 0
    rectified_late: int = 0
    still_open: int = 0
    gone: int = 0
    repeats: int = 0
    dismissed: int = 0
    other_kinds: int = 0  # findings of kinds that are not the unit's gap (counted apart)
    rectify_days: list[int] = field(default_factory=list)
    credits: list[float] = field(default_factory=list, repr=False)  # per rectifiable finding, for R
    rectification: float | None = None
    non_repeat: float | None = None
    score: float | None = None
    rank: int | None = None
    prev_score: float | None = None
    prev_rank: int | None = None
    proposal: str = ""

    @property
    def label(self) -> str:
        return self.tally.label

    @property
    def mean_rectify_days(self) -> float | None:
        return sum(self.rectify_days) / len(self.rectify_days) if self.rectify_days else None

    @property
    def change(self) -> float | None:
        return None if self.score is None or self.prev_score is None else self.score - self.prev_score

    @property
    def rank_change(self) -> int | None:
        """Places gained (positive) since the previous period."""
        return None if self.rank is None or self.prev_rank is None else self.prev_rank - self.rank

    def as_row(self) -> dict[str, Any]:
        return {
            "unit": self.label,
            "due": self.tally.due,
            "notices": self.tally.notices,
            "completeness": self.tally.completeness,
            "timeliness": self.tally.timeliness,
            "findings": self.findings,
            "rectified": self.rectified,
            "still_open": self.still_open,
            "gone": self.gone,
            "repeats": self.repeats,
            "dismissed": self.dismissed,
            "mean_rectify_days": self.mean_rectify_days,
            "rectification": self.rectification,
            "non_repeat": self.non_repeat,
            "score": self.score,
            "rank": self.rank,
            "prev_score": self.prev_score,
            "prev_rank": self.prev_rank,
            "change": self.change,
            "rank_change": self.rank_change,
            "proposal": self.proposal,
        }


@dataclass
class Assessment:
    """The scores of one period (``units`` ranked first, then the unranked by name)."""

    date_from: dt.date
    date_to: dt.date
    scale: Scale
    figures: Figures
    units: list[UnitScore]
    prev_from: dt.date | None = None
    prev_to: dt.date | None = None

    def by_unit(self) -> dict[str, UnitScore]:
        return {u.tally.key: u for u in self.units}


def _finding_rows(engine: Engine, date_from: dt.date, date_to: dt.date) -> tuple[list[dict], set[int]]:
    f_, e_ = Finding.__table__, FindingEvent.__table__
    with engine.connect() as conn:
        rows = [
            dict(r)
            for r in conn.execute(
                select(
                    f_.c.id,
                    f_.c.kind,
                    f_.c.rule_id,
                    f_.c.status,
                    f_.c.responsible_unit,
                    f_.c.first_seen_on,
                    f_.c.resolved_on,
                    f_.c.rectified_on,
                ).where(f_.c.first_seen_on <= date_to)
            ).mappings()
        ]
        reopened = {
            fid
            for (fid,) in conn.execute(
                select(e_.c.finding_id).where(
                    e_.c.event == "reopened", e_.c.on >= date_from, e_.c.on <= date_to
                )
            )
        }
    return rows, reopened


def assess(
    engine: Engine,
    date_from: dt.date,
    date_to: dt.date,
    scale: Scale | None = None,
    *,
    jurisdiction: str = DEFAULT_JURISDICTION,
    with_previous: bool = True,
) -> Assessment:
    """Score every 责任单位 for the period (inclusive); with the previous period's scores and ranks."""
    scale = (scale or Scale()).validate()
    figures = compute(engine, date_from, date_to, jurisdiction=jurisdiction)
    units = {t.key: UnitScore(t.key, t) for t in figures.by_unit}
    rows, reopened = _finding_rows(engine, date_from, date_to)
    earlier: dict[tuple[str, str], list[dt.date]] = {}
    for r in sorted(rows, key=lambda r: (r["first_seen_on"], r["id"])):
        if r["status"] == IGNORED_STATUS:
            if date_from <= r["first_seen_on"] <= date_to and r["kind"] in SCORED_KINDS:
                _unit(units, r["responsible_unit"]).dismissed += 1
            continue
        key = (r["responsible_unit"] or "", r["rule_id"])
        before = earlier.setdefault(key, [])
        in_period = date_from <= r["first_seen_on"] <= date_to
        if in_period:
            u = _unit(units, r["responsible_unit"])
            if r["kind"] not in SCORED_KINDS:
                u.other_kinds += 1
            else:
                u.findings += 1
                if r["id"] in reopened or any(
                    d + dt.timedelta(days=scale.repeat_grace_days) <= r["first_seen_on"] for d in before
                ):
                    u.repeats += 1
                if r["kind"] in RECTIFIABLE_KINDS:
                    _rectification(u, r, date_to, scale)
        if r["kind"] in SCORED_KINDS:
            before.append(r["first_seen_on"])
    for u in units.values():
        _score(u, scale)
    ranked = sorted(
        (u for u in units.values() if u.score is not None and u.tally.due >= scale.min_due),
        key=lambda u: (-round(u.score or 0, 6), u.tally.open_findings, u.label),
    )
    for i, u in enumerate(ranked, start=1):
        u.rank = i
        u.proposal = (
            "通报表扬"
            if (u.score or 0) >= scale.praise_min
            else ("通报批评" if (u.score or 0) < scale.criticise_below else "")
        )
    rest = sorted((u for u in units.values() if u.rank is None), key=lambda u: u.label)
    result = Assessment(date_from, date_to, scale, figures, [*ranked, *rest])
    if with_previous:
        pa, pb = previous_period(date_from, date_to)
        prev = assess(engine, pa, pb, scale, jurisdiction=jurisdiction, with_previous=False).by_unit()
        result.prev_from, result.prev_to = pa, pb
        for u in result.units:
            p = prev.get(u.tally.key)
            if p is not None:
                u.prev_score, u.prev_rank = p.score, p.rank
    return result


def _unit(units: dict[str, UnitScore], name: str | None) -> UnitScore:
    from vocabulary import UNKNOWN_UNIT

    key = name or ""
    if key not in units:
        units[key] = UnitScore(key, Tally(key, name or UNKNOWN_UNIT))
    return units[key]


def _rectification(u: UnitScore, r: dict[str, Any], date_to: dt.date, scale: Scale) -> None:
    u.rectifiable += 1
    fixed = r["rectified_on"]
    if r["status"] == "resolved" and fixed and fixed <= date_to:
        days = max(0, (fixed - r["first_seen_on"]).days)
        u.rectified += 1
        u.rectify_days.append(days)
        if days > scale.rectify_days:
            u.rectified_late += 1
        credit = 1.0 if days <= scale.rectify_days else max(0.0, 2.0 - days / scale.rectify_days)
        u.credits.append(credit)
    elif r["status"] == "resolved" and not fixed and r["resolved_on"] and r["resolved_on"] <= date_to:
        u.gone += 1  # went away with no fix found: neither credit nor blame
    else:
        u.still_open += 1
        u.credits.append(0.0)


def _score(u: UnitScore, scale: Scale) -> None:
    u.rectification = sum(u.credits) / len(u.credits) if u.credits else None
    u.non_repeat = (1 - u.repeats / u.findings) if u.findings else None
    parts = [
        (scale.completeness, u.tally.completeness),
        (scale.timeliness, u.tally.timeliness),
        (scale.rectification, u.rectification),
        (scale.repeats, u.non_repeat),
    ]
    weight = sum(w for w, x in parts if x is not None and w > 0)
    if weight <= 0 or u.tally.completeness is None:
        u.score = None
        return
    u.score = round(100 * sum(w * x for w, x in parts if x is not None and w > 0) / weight, 2)
