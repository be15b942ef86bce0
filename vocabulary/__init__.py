"""The one vocabulary of pubwatch: codes and their Chinese labels, imported by every package but the replica.

Why a package of its own, at the bottom of the layering: the monitor emits kinds and severities, the
e-mails and the dashboard show them, the extractors assign notice types and the monitor's catalog
checks rules against them. When each kept its own list they drifted apart (the monitor emitted
``serious``, which the e-mails did not know; one said 迟发布, the other 未按时公开). This module
imports nothing but the standard library, so ``extractors``, ``crawler``, ``storage``, ``monitor``,
``alerts``, ``dashboards`` and ``pubwatch`` may all import it without bending the arrows
(docs/architecture.md). The replica keeps its own copy on purpose (it is the independent ground truth).

Unknown codes fall back to the code itself in :func:`label`, never to an error: a new rule must not
stop a night's e-mails — but :func:`is_internal_key` lets tests prove no code reaches the office.
"""

from __future__ import annotations

from typing import Any

# --- notice taxonomy (docs/taxonomy.md) -------------------------------------------------------------

#: Domains and their notice types. ``extractors.taxonomy`` re-exports these names.
TYPES: dict[str, tuple[str, ...]] = {
    "procurement": (
        "intention",
        "prequalification",
        "tender",
        "single_source",
        "correction",
        "bid_opening",
        "result",
        "contract",
        "termination",
        "acceptance",
        "complaint_decision",
        "penalty",
        "consultation",
        "agency_assessment",
    ),
    "construction": (
        "approval",
        "credit",
        "prequalification",
        "tender",
        "correction",
        "bid_opening",
        "candidates",
        "result",
        "contract",
        "termination",
    ),
    "land": ("supply_plan", "transfer_notice", "deal_result"),
    "mining": ("transfer_notice", "deal_result", "approval_result"),
    "property": ("approval", "transfer_notice", "deal_result"),
    "emission": ("transfer_notice", "deal_result"),
    "housing": ("plan", "annual_plan", "progress", "allocation", "rural_renovation"),
    "admin": ("license", "penalty"),
    "other": ("other",),
}

NOTICE_TYPES: frozenset[str] = frozenset(f"{d}.{t}" for d, types in TYPES.items() for t in types)

#: The reference label keys (``../shared/reference/taxonomy.md``, never renamed), in docs/taxonomy.md's order: what
#: the bench and an acceptance draw score (``extractors.scoring``) and what the labelling sheet asks for
#: (``pubwatch.label_sheet``) — one list, so the sheet's ground truth and the scorer cannot drift apart.
REFERENCE_KEYS: tuple[str, ...] = (
    "title",
    "publish_date",
    "project_name",
    "project_number",
    "purchaser",
    "agency",
    "budget",
    "max_price",
    "winner",
    "amount",
    "experts",
    "candidates",
    "bid_deadline",
    "opening_time",
    "contact_phone",
    "parcel_no",
    "location",
    "area_m2",
    "land_use",
    "use_term_years",
    "starting_price",
)

#: A notice type's Chinese name, as an office reads it (the labelling sheet's drop-down, ``label_sheet``); the
#: names follow docs/taxonomy.md and the plan's wording, one per code, unique across domains.
NOTICE_TYPE_NAMES: dict[str, str] = {
    "procurement.intention": "政府采购意向公开",
    "procurement.prequalification": "政府采购资格预审公告",
    "procurement.tender": "政府采购公告（招标/谈判/磋商/询价）",
    "procurement.single_source": "单一来源采购公示",
    "procurement.correction": "政府采购更正公告",
    "procurement.bid_opening": "政府采购开标记录",
    "procurement.result": "中标（成交）结果公告",
    "procurement.contract": "政府采购合同公告",
    "procurement.termination": "政府采购终止（废标、流标）公告",
    "procurement.acceptance": "政府采购履约验收公告",
    "procurement.complaint_decision": "政府采购投诉处理决定",
    "procurement.penalty": "政府采购行政处罚决定",
    "procurement.consultation": "政府采购需求征求意见",
    "procurement.agency_assessment": "集中采购机构考核结果",
    "construction.approval": "工程项目审批（核准、备案）信息",
    "construction.credit": "工程建设信用信息",
    "construction.prequalification": "工程资格预审公告",
    "construction.tender": "工程招标公告",
    "construction.correction": "工程招标更正（澄清、答疑）公告",
    "construction.bid_opening": "工程开标记录",
    "construction.candidates": "工程中标候选人公示",
    "construction.result": "工程中标结果公告",
    "construction.contract": "工程合同订立及履行信息",
    "construction.termination": "工程招标终止（流标）公告",
    "land.supply_plan": "国有建设用地供应计划",
    "land.transfer_notice": "国有土地使用权出让公告",
    "land.deal_result": "国有土地使用权出让结果公示",
    "mining.transfer_notice": "矿业权出让公告",
    "mining.deal_result": "矿业权出让结果公示",
    "mining.approval_result": "矿业权审批登记结果",
    "property.approval": "国有产权交易批准信息",
    "property.transfer_notice": "国有产权转让（招租）公告",
    "property.deal_result": "国有产权交易结果公告",
    "emission.transfer_notice": "排污权出让（交易）公告",
    "emission.deal_result": "排污权交易结果公示",
    "housing.plan": "保障性住房建设规划",
    "housing.annual_plan": "保障性住房年度计划",
    "housing.progress": "保障性住房建设进度",
    "housing.allocation": "保障性住房分配（配租、配售）公示",
    "housing.rural_renovation": "农村危房改造信息",
    "admin.license": "行政许可决定",
    "admin.penalty": "行政处罚决定",
    "other.other": "其他（非上述公告）",
}

DOMAINS: dict[str, str] = {
    "housing": "住房保障",
    "land": "国有土地使用权出让",
    "mining": "矿业权出让",
    "procurement": "政府采购",
    "property": "国有产权交易",
    "construction": "工程建设项目招标投标",
    "emission": "排污权交易",
    "admin": "行政许可与处罚",
    "other": "其他",
}

# --- regions (the jurisdiction's administrative codes) ---------------------------------------------

REGIONS: dict[str, str] = {
    "330800": "市本级",
    "330802": "柯城区",
    "330803": "衢江区",
    "330822": "常山县",
    "330824": "开化县",
    "330825": "龙游县",
    "330881": "江山市",
}
NO_REGION = "未注明地区"
#: Labels for every region code a finding may carry: the jurisdiction's own (``REGIONS``, which
#: lists, orders and rolls up) plus codes above it that a provincial platform's records carry.
REGION_LABELS: dict[str, str] = {**REGIONS, "330000": "浙江省（省级）"}

# --- findings ------------------------------------------------------------------------------------------

#: Finding kinds: the replica manifest's defect kinds plus the monitor's own ``channel_silent``.
KINDS: dict[str, str] = {
    "missing_field": "要素缺失",
    "late_posting": "未按时公开",
    "missing_followup": "应公开未公开",
    "not_shared": "未同步至省平台",
    "removed_early": "公示期未满即撤下",
    "silent_edit": "修改未发更正公告",
    "value_mismatch": "信息不一致",
    "channel_silent": "栏目长期未更新",
    # not a defect of the notice: its label is printed but the value was not read (office review list,
    # never sent to a unit; no rule has this kind, ``required_fields`` rules produce it)
    "extraction_gap": "未能识别，待人工核对",
}

#: Severities, most serious first (the order of an e-mail's sections and of the problem list).
SEVERITIES: dict[str, str] = {
    "serious": "严重",
    "violation": "违规",
    "warning": "警示",
    "info": "提示",
    # a missing posting only an unverified channel could have shown: a question for the office about
    # the channel, not a violation by the unit (monitor/provenance.py)
    "question": "待核实（渠道未经核实）",
}
#: Higher = more serious (the lifecycle escalates a finding when its rank rises).
SEVERITY_RANK: dict[str, int] = {code: len(SEVERITIES) - i for i, code in enumerate(SEVERITIES)}

#: Lifecycle events of a finding, as a digest names them.
EVENTS: dict[str, str] = {
    "opened": "新发现",
    "reopened": "再次出现",
    "escalated": "升级",
    "resolved": "已整改",
}

#: Finding statuses, as the dashboard names them. ``resolved`` alone says only that the gap is no longer
#: seen (已消除); it is 已整改 only when a fix was found (``findings.rectified_on``): see :func:`status_label`.
STATUSES: dict[str, str] = {
    "open": "未整改",
    "escalated": "已升级",
    "reopened": "再次出现",
    "resolved": "已消除",
    "dismissed": "已排除",
}
#: A resolved finding whose fix was found on the platform (``monitor.rectify`` set ``rectified_on``).
RECTIFIED = "已整改"

#: A finding's place in the 整改 (rectification) lifecycle kept by ``monitor.review``: the office's
#: review list, ``pubwatch findings`` and the year-end report name these states the same way. A
#: resolved finding with no fix seen is 已消除 (the gap went away), never 已整改.
RECTIFICATION_STATES: dict[str, str] = {
    "open": "未整改（未通知）",
    "notified": "已通知待整改",
    "rectified": RECTIFIED,
    "resolved": "已消除（未见整改依据）",
    "dismissed": STATUSES["dismissed"],
}

#: A finding whose deadline falls in a year the official calendar does not yet describe.
PROVISIONAL = "待官方日历确认"

UNKNOWN_UNIT = "未明确责任单位"
#: Where extraction gaps go: the office's review list (未能识别，待人工核对), never a responsible unit.
REVIEW_UNIT = "监管办（人工核对）"

#: What a notice's type rests on (``extractors.classify.type_basis``; the ``notices.type_basis`` column).
#: ``hint``: the platform's channel declared it (or a caller's hint named it); ``title``: the notice's
#: own title names it (招标公告, 中标结果公示, 出让结果 …); ``heading``: a heading tag or a short line just
#: under the title names it; ``body``: only body cues (items, sentences, tables) suggested it; ``none``:
#: nothing did (``other.other``).
TYPE_BASES: dict[str, str] = {
    "hint": "栏目标明",
    "title": "标题标明",
    "heading": "标题栏标明",
    "body": "由正文推断",
    # round 17a: a title or heading names the type, the body bears out no stage of it (a '招标公告' heading
    # over a lease, a failed tender's '…招标失败…通知', a news headline): the type is unsure
    "unsure": "仅标题标明，正文未见佐证",
    "none": "未能判断",
}
#: Bases that only infer the type. A notice typed on one of these is never accused of lacking an item
#: its type requires (the type itself may be our mistake): the item goes to the office's review list.
#: A stored notice with no basis (written before the column existed) counts as confirmed.
INFERRED_TYPE_BASES: frozenset[str] = frozenset({"body", "none", "unsure"})
#: The reason such an item carries (``monitor.required``, the review-list message).
TYPE_INFERRED_REASON = "类型由正文推断，待人工核对"
#: The marker an extraction gap carries in its ``value1`` when it is one because the type was inferred
#: (written by ``monitor.checks``, read by ``monitor.messages``).
TYPE_INFERRED = "type_inferred"
#: Round 17a: the same for a type only its title names (basis ``unsure``): its reason and marker. A late
#: posting of such a notice goes to the review list too (a deadline of the wrong stage is no deadline).
TYPE_UNSURE_REASON = "类型仅凭标题判断，正文未见佐证，待人工核对"
#: how an extraction gap that only MENTIONS the item begins (extractors/mentioned.py, the safety net under 'missing'):
#: the page names the item's concept but no label of it was found; the monitor words such a gap apart
MENTION_MARK = "提及「"
#: how an extraction gap that rests on a label we could not map begins (extractors/unread.py, the guard under the net):
#: the page prints a value under a label no rule knows whose head and value could be the item's
UNREAD_MARK = "页面有未识别的栏目「"
TYPE_UNSURE = "type_unsure"
#: the reasons an item is on the review list because of its notice's type (not an unread label)
TYPE_REASONS: frozenset[str] = frozenset({TYPE_INFERRED_REASON, TYPE_UNSURE_REASON})
#: Issue 12 (never accuse on our own mistake): a required item missing from a notice of a source whose pages
#: have not passed an acceptance (a random draw of its pages labelled by hand before any extractor output was
#: seen, scored blind at F1 >= 0.95 and notice types >= 0.95: ``pubwatch acceptance``, docs/rules.md) is the
#: office's to check, never a 要素缺失 sent to a unit — on never-seen sites 21 of 52 such findings were false.
#: Its marker in an extraction gap's ``value1`` (written by ``monitor.checks``, read by ``monitor.messages``)
#: and the reason it carries.
SOURCE_UNACCEPTED = "source_unaccepted"
SOURCE_UNACCEPTED_REASON = "本来源版式尚未经抽样验收，待人工核对"


def with_reason(item: str, dates: Any) -> str:
    """A review item with why it is on the list when that is not an unread label: the notice's type
    was only inferred from its body (a finding's ``dates["reason"]``, set by ``monitor.messages``)."""
    reason = dates.get("reason") if isinstance(dates, dict) else None
    return f"{item}（{str(reason)[:40]}）" if reason else item


def label(table: dict[str, str], code: str | None, default: str = "未知") -> str:
    """The Chinese label of ``code`` in ``table``; the code itself when unknown, ``default`` when empty."""
    if not code:
        return default
    return table.get(code, code)


def region_label(code: str | None) -> str:
    """How a reader sees a finding's or notice's region: its label, 未注明地区 when it has none."""
    return label(REGION_LABELS, code, NO_REGION)


#: What a registry ``evidence`` value says when nothing public supports a source or channel
#: (optionally ``"none: why"``).
NO_EVIDENCE = "none"


def is_verified(evidence: str) -> bool:
    """Whether an ``evidence`` value cites something. Why here: the crawler's registry and health and the
    monitor's provenance step read the same stored value, and the monitor may not import the crawler."""
    text = evidence.strip().lower()
    return bool(text) and not (
        text == NO_EVIDENCE or text.startswith(NO_EVIDENCE + ":") or text.startswith(NO_EVIDENCE + " ")
    )


def status_label(status: str | None, rectified: object = None) -> str:
    """The one place that names a finding's status for a reader: a resolved finding is 已整改 only when
    a fix was found (``rectified`` is its ``rectified_on``, or any truthy flag), else 已消除 (the gap went
    away with no fix seen: the notice was withdrawn, a rule changed …). Why here: the dashboard, the
    workbook and ``pubwatch findings list`` must never call a vanished gap rectified."""
    if status == "resolved" and rectified:
        return RECTIFIED
    return label(STATUSES, status)


def severity_order(code: str | None) -> int:
    """Sort key, most serious first: known severities in their order, unknown ones after them."""
    order = list(SEVERITIES)
    return order.index(code) if code in order else len(order)


#: Codes that must never reach a reader (an e-mail or the dashboard shows the label instead).
INTERNAL_KEYS: frozenset[str] = frozenset(
    [*KINDS, *SEVERITIES, *EVENTS, "as_of", "overdue_wd", "calendar_unknown", "pubwatch "]
)


#: The dates (and day counts) a finding carries in ``findings.dates``, as a reader names them. A key
#: mapped to ``None`` is internal and never shown (the e-mail and the report state their own date).
FINDING_DATES: dict[str, str | None] = {
    "as_of": None,
    "calendar": None,
    "event": "起算日期",
    "published": "发布日期",
    "publish_date": "发布日期",
    "later_notice": "后续公告发布日期",
    "deadline": "应公开截止日",
    "deadline_earliest": "最早可能截止日",
    "due": "应公开截止日",
    "due_date": "应公开截止日",
    "overdue_wd": "已逾期工作日数",
    "publicity_start": "公示开始",
    "publicity_end": "公示结束",
    "removed": "撤下日期",
    "removed_on": "撤下日期",
    "changed": "修改日期",
    "changed_on": "修改日期",
    "last_posting": "最近一次发布",
    "quiet_nights": "连续无新公告采集夜数",
    "award_date": "定标日期",
    "sign_date": "合同签订日期",
    "decision_date": "决定日期",
    "deal_date": "成交日期",
    "approval_date": "批准日期",
    "formed_date": "信息形成日期",
    "detected_on": "发现日期",
}


def finding_dates(dates: dict[str, object] | None) -> list[tuple[str, str]]:
    """A finding's dates as (label, value) pairs a reader understands; internal and unknown keys left out."""
    out: list[tuple[str, str]] = []
    for key, value in (dates or {}).items():
        name = FINDING_DATES.get(key)
        if not name or value in (None, ""):
            continue
        text = str(value)
        if key == "overdue_wd":
            text = f"{value} 个工作日"
        elif key == "quiet_nights":
            text = f"{value} 晚"
        out.append((name, text))
    return out
