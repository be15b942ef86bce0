"""Chinese messages, dates and titles of findings.

Why separate: the wording is what a 责任单位 reads in the digest e-mail and the dashboard; it must
say what is missing, by when it was due, what was compared and on which legal basis, in plain
Chinese, and must be the same wherever the finding is shown.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from monitor.catalog import Catalog, Rule
from vocabulary import (
    KINDS,
    SOURCE_UNACCEPTED,
    SOURCE_UNACCEPTED_REASON,
    TYPE_INFERRED,
    TYPE_INFERRED_REASON,
    TYPE_UNSURE,
    TYPE_UNSURE_REASON,
)

#: the review-list marker of an item held back because the notice's type is doubtful (``monitor.checks``'s
#: ``value1``) → how the message says what the type rests on, and the reason it carries
_TYPE_DOUBT: dict[str, tuple[str, str]] = {
    TYPE_INFERRED: ("由正文推断（标题、栏目均未标明类型）", TYPE_INFERRED_REASON),
    TYPE_UNSURE: ("仅凭标题判断（正文未见该阶段的内容）", TYPE_UNSURE_REASON),
}

FIELD_LABELS: dict[str, str] = {
    "award_date": "确定中标(成交)日期",
    "sign_date": "合同签订日期",
    "decision_date": "作出决定日期",
    "approval_date": "批准日期",
    "formed_date": "信息形成日期",
    "deal_date": "成交日期",
    "bid_deadline": "投标截止时间",
    "publicity_end": "公示期截止日",
    "publicity_start": "公示期起始日",
    "publish_date": "发布日期",
    "amount": "中标(成交)金额",
    "contract_amount": "合同金额",
    "winner": "中标(成交)供应商",
    "budget": "预算金额",
    "max_price": "最高限价",
    "result": "中标(成交)结果或终止公告",
    "contract": "采购合同公告",
    "register": "公开清单事项",
}


def field_label(key: str | None, catalog: Catalog, rule: Rule | None = None) -> str:
    """The plan's wording of a key in the rule's own list, else a generic label, else any catalog label."""
    if not key:
        return ""
    if rule is not None and rule.check == "required_fields":
        for f in rule.params["fields"]:
            if f.key == key:
                return f.label
    if key in FIELD_LABELS:
        return FIELD_LABELS[key]
    for r in catalog.by_check("required_fields"):
        for f in r.params["fields"]:
            if f.key == key:
                return f.label
    return FIELD_LABELS.get(key, key)


def item_name(key: str | None, catalog: Catalog | None) -> str:
    """A finding's item in Chinese, for the e-mails and the review list: the catalog's wording
    (``field_label``), the generic label when the catalog could not be loaded (``None``), the internal
    key only when nothing names it, and 未注明事项 when the finding names no item."""
    if not key:
        return "未注明事项"
    return (field_label(key, catalog) if catalog is not None else FIELD_LABELS.get(key, key)) or key


def _d(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


def compose(row: dict[str, Any], rule: Rule | None, catalog: Catalog, as_of: dt.date) -> dict[str, Any]:
    """Title, message and dates of one finding from its candidate row."""
    kind = row["kind"]
    title = row.get("title") or ""
    q = f"「{title}」" if title else "该公告"
    label = field_label(row.get("field"), catalog, rule)
    ev, due, actual = _d(row.get("event_date")), _d(row.get("due_date")), _d(row.get("actual_date"))
    name = rule.name if rule else row["rule_id"]
    dates: dict[str, Any] = {"as_of": as_of.isoformat()}
    pn = row.get("project_number")
    proj = f"项目{pn}" if pn else "该项目"
    if kind == "extraction_gap" and row.get("held") == SOURCE_UNACCEPTED and rule is not None:
        # issue 12 (monitor.unaccepted): what the rule would say rests on our reading of a source whose pages
        # passed no acceptance; told as our reading, to the office, and nobody is accused
        inner = compose(
            {**row, "kind": rule.kind, "held": None, "responsible_unit": None}, rule, catalog, as_of
        )
        src = row.get("source_name") or row.get("source_key") or "该来源"
        reason = held_reason(rule.kind)
        msg = (
            f"待人工核对：按系统对页面的读取，{short_message(inner['message'])}该公告来源（{src}）的页面版式"
            f"尚未经抽样验收（随机抽取页面、人工标注后盲测），系统读取的公告类型、日期或数值可能有误。"
            f"{reason}，不作为违规通报。规则：{name}。"
        )
        dates.update({**inner["dates"], "reason": reason})
    elif row.get("calendar_unknown") and row.get("value2") == "provisional":
        year = row["due_date"].year if isinstance(row.get("due_date"), dt.date) else as_of.year
        what = (
            f"实际首次发布于{actual}，介于两者之间"
            if kind == "late_posting"
            else f"截至{as_of.isoformat()}未发现{label or '后续公告'}"
        )
        msg = (
            f"待官方日历确认：{q}的期限涉及{year}年，该年节假日安排尚未正式公布；按法定节假日推算，"
            f"应公开截止日最早为{row.get('value1')}、最晚为{due}，{what}。是否逾期待官方日历公布后自动复核，"
            f"在此之前不计入及时率。规则：{name}。"
        )
        dates.update(
            {
                "event": ev,
                "deadline_earliest": row.get("value1"),
                "deadline": due,
                "published": actual,
                "calendar": "provisional",
            }
        )
    elif row.get("calendar_unknown"):
        year = (
            (row.get("event_date") or as_of).year
            if isinstance(row.get("event_date"), dt.date)
            else as_of.year
        )
        msg = (
            f"日历未知：{q}的期限涉及尚未公布节假日安排的年份（{year}年前后），无法按工作日判断是否逾期，"
            f"待系统管理员更新节假日数据后复核。规则：{name}。"
        )
        dates.update({"event": ev, "calendar": "unknown"})
    elif kind == "missing_field":
        msg = f"{q}缺少必填项「{label}」。规则：{name}。"
        dates.update({"published": actual})
    elif kind == "extraction_gap" and row.get("value1") == TYPE_UNSURE and row.get("due_date"):
        # round 17a: a deadline of the type only the title names, the body bearing out no stage of it: the
        # deadline may be another stage's; the office checks, nobody is accused
        basis, reason = _TYPE_DOUBT[TYPE_UNSURE]
        msg = (
            f"未能识别，待人工核对：{q}的公告类型{basis}，按该类型应于{due}前公开"
            f"（{label}{ev}起算），实际首次发布于{actual}。{reason}，不作为违规通报。规则：{name}。"
        )
        dates.update({"event": ev, "deadline": due, "published": actual, "reason": reason})
    elif kind == "extraction_gap" and row.get("value1") in _TYPE_DOUBT:
        # the notice's type is our guess (body cues alone, or a title the body does not bear out): the item
        # may be absent only because the type is wrong (a result read as a tender lacks a tender's items);
        # the office checks, nobody is accused
        basis, reason = _TYPE_DOUBT[row["value1"]]
        msg = (
            f"未能识别，待人工核对：{q}的公告类型{basis}，按该类型应载「{label}」一项，"
            f"系统未见该项。{reason}，不作为违规通报。规则：{name}。"
        )
        dates.update({"published": actual, "reason": reason})
    elif kind == "extraction_gap" and row.get("value1") == SOURCE_UNACCEPTED:
        # issue 12: no acceptance of this source's pages is in force: the item may be absent only because we
        # misread a layout we never measured; the office checks, nobody is accused
        src = row.get("source_name") or row.get("source_key") or "该来源"
        msg = (
            f"未能识别，待人工核对：系统未在{q}中见到必填项「{label}」。该公告来源（{src}）的页面版式尚未经"
            f"抽样验收（随机抽取页面、人工标注后盲测），系统的读取可能有误。{SOURCE_UNACCEPTED_REASON}，"
            f"不作为违规通报。规则：{name}。"
        )
        dates.update({"published": actual, "reason": SOURCE_UNACCEPTED_REASON})
    elif kind == "extraction_gap":
        # the page prints the item's label; the value was not read: the office checks, nobody is accused
        msg = f"未能识别，待人工核对：{q}载有「{label}」一项，但系统未能读取其内容。请核对原文，不作为违规通报。规则：{name}。"
        dates.update({"published": actual})
    elif kind == "late_posting" and row.get("field") == "publish_date":
        msg = f"{q}发布于{actual}，而后续采购活动公告发布于{due}，间隔不足规定天数。规则：{name}。"
        dates.update({"published": actual, "later_notice": due})
    elif kind == "late_posting":
        msg = f"{q}应于{due}前公开（{label}{ev}起算），实际首次发布于{actual}，已逾期。规则：{name}。"
        dates.update({"event": ev, "deadline": due, "published": actual})
    elif kind == "missing_followup" and row.get("field") == "register":
        msg = f"公开清单事项「{title}」应于{due}前公开，截至{as_of.isoformat()}未发现相应公告。"
        if row.get("overdue"):
            msg += f"已逾期{row['overdue']}个工作日。"
        dates.update({"deadline": due, "overdue_wd": row.get("overdue")})
    elif kind == "missing_followup":
        msg = (
            f"{proj}{q}之后应于{due}前发布{label}，截至{as_of.isoformat()}未发现"
            f"（已逾期{row.get('overdue')}个工作日）。规则：{name}。"
        )
        dates.update({"event": ev, "deadline": due, "overdue_wd": row.get("overdue")})
    elif kind == "not_shared":
        msg = (
            f"{q}于{ev}在{row.get('source_name') or row.get('source_key')}发布，应于{due}前同步发布至浙江省公共资源交易服务平台，"
            f"截至{as_of.isoformat()}未发现。"
        )
        dates.update({"published": ev, "deadline": due})
    elif kind == "removed_early" and rule is not None and rule.check == "period":
        unit = "个工作日" if rule.params.get("unit") == "wd" else "日"
        msg = (
            f"{q}公示期{ev}至{actual}，仅{row.get('overdue')}{unit}，少于规定的{rule.params.get('min')}{unit}。"
            f"规则：{name}。"
        )
        dates.update({"publicity_start": ev, "publicity_end": actual})
    elif kind == "removed_early":
        msg = f"{q}公示期至{due}，但于{actual}已从网站撤下，公示期未满。"
        dates.update({"published": ev, "publicity_end": due, "removed": actual})
    elif kind == "silent_edit":
        what = f"「{label}」" if label else "内容"
        change = ""
        if row.get("value1") or row.get("value2"):
            change = f"（原：{row.get('value1') or '—'}；现：{row.get('value2') or '—'}）"
        msg = f"{q}发布于{ev}，于{actual}被修改{what}{change}，未发现对应的更正公告。"
        dates.update({"published": ev, "changed": actual})
    elif kind == "value_mismatch":
        v1 = row.get("num1") if row.get("num1") is not None else row.get("value1")
        v2 = row.get("num2") if row.get("num2") is not None else row.get("value2")
        msg = f"{proj}不同公告的「{label}」不一致：{_fmt(v1)} 与 {_fmt(v2)}。规则：{name}。"
        dates.update({})
    elif kind == "channel_silent":
        msg = (
            f"栏目{row.get('source_name') or row.get('source_key')}/{row.get('value1')}自{actual}起已连续{row.get('overdue')}个完整采集夜"
            f"无新公告，超过其通常间隔（阈值{_fmt(row.get('num1'))}天）。"
        )
        dates.update({"last_posting": actual, "quiet_nights": row.get("overdue")})
        title = f"{row.get('source_key')}/{row.get('value1')}"
    else:
        msg = f"{q}：{name}。"
    if row.get("responsible_unit"):
        msg += f"责任单位：{row['responsible_unit']}"
        plan = row.get("plan_units")
        msg += f"（实施方案所列责任单位：{plan}）。" if plan and plan != row["responsible_unit"] else "。"
    if rule is not None:
        msg += f"依据：{rule.legal_source}。"
    return {"title": title or name, "message": msg, "dates": dates}


def held_reason(kind: str) -> str:
    """Why a finding of ``kind`` held by ``monitor.unaccepted`` is on the review list, as the list shows it
    after the item (``vocabulary.with_reason``): what the rule would say, and that the source is not
    accepted (e.g. 疑似未按时公开，本来源版式尚未经抽样验收，待人工核对)."""
    return f"疑似{KINDS.get(kind, kind)}，{SOURCE_UNACCEPTED_REASON}"


_TAIL = re.compile(r"(规则：[^。]*。|责任单位：.*$|依据：.*$)")


def short_message(message: str | None) -> str:
    """The message without the parts a digest item or the problem list shows on their own lines
    (the rule's name, the responsible unit, the legal basis)."""
    return _TAIL.sub("", message or "").strip()


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:,.2f}"
    return "—" if v is None else str(v)
