"""Chinese labels for the closed vocabularies shown to people (domains, regions, severities, kinds).

Why one module: the e-mails and the dashboard must name things identically, so an office that reads
"迟发布" in a digest finds the same word on the dashboard. ``dashboards`` imports this module too
(documented in docs/architecture.md). Unknown codes fall back to the code itself, never to an error:
a new rule or domain must not stop a night's e-mails.
"""

from __future__ import annotations

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

REGIONS: dict[str, str] = {
    "330800": "市本级",
    "330802": "柯城区",
    "330803": "衢江区",
    "330822": "常山县",
    "330824": "开化县",
    "330825": "龙游县",
    "330881": "江山市",
}

# Most serious first; the order of the sections in an e-mail.
SEVERITIES: dict[str, str] = {
    "violation": "违规",
    "warning": "警示",
    "notice": "提示",
    "info": "信息",
    "question": "待核实（渠道未经核实）",
}

KINDS: dict[str, str] = {
    "missing_field": "要素缺失",
    "late_posting": "迟发布",
    "missing_followup": "应发未发",
    "not_shared": "未同步公开",
    "removed_early": "提前撤除",
    "silent_edit": "未经更正修改",
    "value_mismatch": "信息不一致",
}

EVENTS: dict[str, str] = {
    "opened": "新发现",
    "reopened": "再次出现",
    "escalated": "升级",
    "resolved": "已整改",
}

UNKNOWN_UNIT = "未明确责任单位"


def label(table: dict[str, str], code: str | None, default: str = "未知") -> str:
    """The Chinese label of ``code`` in ``table``; the code itself when unknown, ``default`` when empty."""
    if not code:
        return default
    return table.get(code, code)


def severity_rank(code: str | None) -> int:
    """Sort key: known severities in their order, unknown ones after them."""
    order = list(SEVERITIES)
    return order.index(code) if code in order else len(order)
