"""Which items a page *states*: the keys whose printed label (or a synonym) appears as a label.

Why: a key the reader did not fill is either not on the page (the label is absent: the notice omits
the item, a 要素缺失 the office may raise) or on the page but not read (the label is there, its value
was not understood: an extraction gap, for a person to check — never an accusation). The test is on
labels in label position (a 'label：' span, a label cell of a table, a line that is only the label, or
a heading naming several items, '项目概况与招标范围'), never a word anywhere in prose, so a sentence
mentioning 位置 does not make 位置 stated; a sentence states an item only when its label is followed
by the value (:func:`stated_in_sentences`: '开采矿种为建筑用石料').
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from .hanzi import fold
from .labels import (
    AGENCY_SECTION,
    AREA,
    DATE,
    DATETIME,
    MONEY,
    NUMBER,
    OWNER_SECTION,
    PHONE,
    PHONE_EXCLUDE,
    PHONE_LABEL,
    RULES,
    YEARS,
    core_label,
    keys_for,
    kind_of,
)
from .layout import Page
from .readers import _label_spans

_MAX_LINE = 400
_CRUMB_LINE = re.compile(r"^\s*(您)?(当前|所在)(的)?位置|^\s*您的位置")
# a compound label or section heading names several items at once ('项目概况与招标范围', '挂牌时间、地点、
# 期限', '标的名称和数量'); a part shorter than 3 characters ('地点', '期限') is too vague to name one
_JOINER = re.compile(r"[与和及、/]")
_MIN_PART = 3
# what follows an item's label in a sentence when the sentence states its value ('开采矿种为建筑用石料',
# '本次招标范围为苍南县…', 'SO2竞价时间为14:00-15:00', '矿区面积约0.*平方千米'). Never a colon: a
# 'label：value' is in label position, where the whole label decides (``stated_labels``: a
# '采购公告发布日期：' dates the tender notice, not this one, and must not state this one's 发布日期)
# (white space within a line only: the text is searched whole, one line a row)
_SAID = r"[^\S\n]*(?:为|是)[^\S\n]*"
_VALUE_AFTER: dict[str, re.Pattern[str]] = {
    "figure": re.compile(
        r"[^\S\n]*(?:为|是|约|共计|合计)?[^\S\n]*(?:人民币)?[^\S\n]*[￥¥]?[^\S\n]*(?:\d|[*＊]|[壹贰叁肆伍陆柒捌玖零])"
    ),
    "date": re.compile(
        r"[^\S\n]*(?:为|是|于)?[^\S\n]*\d{4}[^\S\n]*[-/.年][^\S\n]*\d{1,2}|" + _SAID + r"\d{1,2}[:：]\d{2}"
    ),
    "phone": re.compile(_SAID + r"[\d（(]"),
    "text": re.compile(_SAID + r"[\w\u3400-\u9fff*＊]{2}"),
}
# a line that may state a value of that kind in a sentence: the words or figures the value needs
_MAY_SAY: dict[str, re.Pattern[str]] = {
    "figure": re.compile(r"[\d*＊壹贰叁肆伍陆柒捌玖零]"),
    "date": re.compile(r"\d"),
    "phone": re.compile(r"[为是]"),
    "text": re.compile(r"[为是]"),
}
_FIGURES = {MONEY, NUMBER, AREA, YEARS}
# a label naming the ranked candidates ('中标候选人名称', '第一中标候选人', '候选人'), or the bidders' column an
# evaluation report ranks them in ('投标人名称', a 候选人公示's usual column head)
# (a title's '…中标候选人公示' names the notice, not its list; '候选人须…' is a rule)
_CANDIDATE_LABEL = re.compile(r"候选人(?!.*(?:须|应|公示|公告))|^(?:投标人|投标单位)(?:名称)?$")
# round 9a: the winner's party block ('中标人信息' over '单位名称 / X公司'), as the buyer's block states the buyer
_WINNER_SECTION = re.compile(r"(?:中标|成交|中选)(?:人|单位|供应商)信息$|(?:竞得|受让)(?:人|单位)信息$")
# one half of a wrapped header cell: two to four characters, no figure, no punctuation
_WRAPPED_PART = re.compile(r"[\u3400-\u9fff]{2,4}")
# round 8: sentences that state an item by a verb rather than its label: where the lot lies ('矿区位于祁东县…',
# '该宗地位于文县…'), who runs the tender for the buyer ('X公司(招标代理机构名称)受招标人的委托…',
# 'X公司受招标人委托负责本工程的招标事宜')
_STATED_BY_VERB: dict[str, re.Pattern[str]] = {
    "location": re.compile(
        r"(?:矿区|矿山|宗地|地块|标的物?|房产|房屋|资产)[^\S\n]*(?:位于|坐落于?)[^\S\n]*[\u3400-\u9fff]{2}"
    ),
    "agency": re.compile(
        r"(?:公司|中心|事务所|院)[^\S\n]*(?:[(（][^)）\n]{0,12}[)）])?[^\S\n]*受(?:招标人|采购人|建设单位|项目业主|业主|发包人)的?委托"
    ),
}


# round 11a: a summary grid a text copy flattened into one line, each label run into its value with no colon
# ('采购单位大连某大学行政区域某省公告时间2026年…评审专家名单陈*…', the ccgp 公告概要 grid): a line with no
# sentence in it where at least three known labels each open a value are in label position
_RUN_MIN_LABELS = 3
_RUN_LABEL_MIN = 4
_RUN_VALUE_START = re.compile(r"[\w\u3400-\u9fff￥¥*＊]")


# (the words most labels end in: a line with fewer than three of them is no grid, and is not searched further)
_LABEL_TAIL = re.compile(r"名称|单位|人|时间|日期|金额|价|名单|编号|电话|地址|区域|方式|预算")


def _run_labels(line: str) -> list[str]:
    """The known labels of a flattened grid line ('采购单位X行政区域Y公告时间Z'), or [] when the line is no such
    grid (a sentence, or fewer than three labels opening a value)."""
    if "。" in line or "，" in line or len(line) <= 24:
        return []
    text = fold(line)
    if len(_LABEL_TAIL.findall(text)) < _RUN_MIN_LABELS:
        return []
    spans: list[tuple[int, int]] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            a, b = m.span()
            if b - a < _RUN_LABEL_MIN or not _RUN_VALUE_START.match(text, b):
                continue
            if not any(a < e and s < b for s, e in spans):
                spans.append((a, b))
    if len(spans) < _RUN_MIN_LABELS:
        return []
    return [text[a:b] for a, b in sorted(spans)]


@lru_cache(maxsize=65536)
def _label_keys(label: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(core label, the keys a label states before a notice type's alias is tried, the keys after), in
    the order ``stated_labels`` records them: a function of the label alone, cached, since the same
    labels come back on every page.
    """
    core, _ = core_label(label)
    if not core:
        return core, (), ()
    before = list(keys_for(core))
    if len(core) <= 20:
        # a party block's heading states its party ('采购人信息' / '名称：…'), a phone label the phone
        if OWNER_SECTION.search(core):
            before.append("purchaser")
        elif AGENCY_SECTION.search(core) and "代理" in core:
            before.append("agency")
        elif _WINNER_SECTION.search(core):
            before.append("winner")
        if (
            PHONE_LABEL.fullmatch(core) or re.search(r"(联系|咨询)电话|联系方式", core)
        ) and not PHONE_EXCLUDE.search(core):
            before.append("contact_phone")
    after: list[str] = []
    if len(core) <= 20 and _CANDIDATE_LABEL.search(core):
        # round 8: the ranking's own label ('中标候选人名称', '第一中标候选人') states the candidates,
        # whichever key (winner) the label table gives it
        after.append("candidates")
    if len(core) <= 24 and _JOINER.search(core):
        for part in _JOINER.split(core):
            part = core_label(part)[0]
            if len(part) >= _MIN_PART:
                after.extend(keys_for(part))
    return core, tuple(before), tuple(after)


def stated_labels(page: Page, aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """key → the first label text the page prints for it (label spans, label cells, label-only lines).

    ``aliases``: labels one notice type reads as another key (投标报价 is the amount of a result).
    """
    found: dict[str, str] = {}
    aliases = aliases or {}

    def note(label: str) -> None:
        core, before, after = _label_keys(label)
        if not core:
            return
        text = label.strip()[:60]
        for key in before:
            found.setdefault(key, text)
        if core in aliases:
            found.setdefault(aliases[core], text)
        for key in after:
            found.setdefault(key, text)

    prev = ""
    for line in page.lines:
        if _CRUMB_LINE.search(line):
            continue  # '当前位置：首页 > 土地' is the site's navigation, not the notice's 位置
        if len(line) > _MAX_LINE:
            line = line[:_MAX_LINE]
        if ":" in line or "：" in line:
            for _ls, _vs, label, _known in _label_spans(line):
                note(label)
        if len(line) > 24:
            for label in _run_labels(line):
                note(label)
        elif ":" not in line and "：" not in line:
            note(line)
            if _WRAPPED_PART.fullmatch(prev) and _WRAPPED_PART.fullmatch(line):
                # round 8: a header cell a text copy wrapped over two lines ('宗地' / '编号', '出让' / '年限')
                note(prev + line)
        prev = line.strip()
    for table in page.tables:
        for row in table.rows:
            for text, _span in row:
                if text and len(text) <= 24 and ":" not in text and "：" not in text:
                    note(text)
    return found


def stated_in_sentences(page: Page, keys: list[str]) -> dict[str, str]:
    """key → the words of a sentence that state it: an item's label (or a synonym) followed by its value
    ('开采矿种为建筑用石料', '本次招标范围为…', 'SO2竞价时间为14:00-15:00'), for the ``keys`` no label names.

    Why: such a page states the item even though no reader took its value; calling it missing would
    accuse the unit of an omission that is on the page. The value must follow the label at once (为, 是;
    a figure for an amount, a date for a date), so a sentence that only mentions the item
    ('超过预算审核价的投标无效') states nothing. Conservative in the other direction: a doubt makes the
    item a gap for the office's review, never a finding.
    """
    found: dict[str, str] = {}
    if not keys:
        return found
    # folded once as one text (per line, folding cost more than the search)
    lines = fold("\n".join(ln[:_MAX_LINE] for ln in page.lines if not _CRUMB_LINE.search(ln))).split("\n")
    # only the lines that can hold such a statement are searched (a tenth of the time of reading all)
    texts: dict[str, str] = {}
    whole = ""
    for key in keys:
        verb = _STATED_BY_VERB.get(key)
        if verb:
            whole = whole or "\n".join(lines)
            m = verb.search(whole)
            if m:
                found[key] = m.group(0)[:60]
                continue
        kind = _value_kind(key)
        if kind not in texts:
            texts[kind] = "\n".join(ln for ln in lines if _MAY_SAY[kind].search(ln))
        if not texts[kind]:
            continue
        after = _VALUE_AFTER[kind]
        for rule in RULES:
            if key not in rule.keys:
                continue
            hit = _said(rule.pattern, after, texts[kind])
            if hit:
                found[key] = hit
                break
    return found


def _value_kind(key: str) -> str:
    kind = kind_of(key)
    if kind in _FIGURES:
        return "figure"
    if kind in (DATE, DATETIME):
        return "date"
    return "phone" if kind == PHONE else "text"


def _said(label: re.Pattern[str], after: re.Pattern[str], text: str) -> str | None:
    """The first 'label + value' in ``text`` (its line, from the label, ≤ 60 characters), else None."""
    for m in label.finditer(text):
        if m.end() - m.start() >= 2 and after.match(text, m.end()):
            return text[m.start() : m.end() + 30].split("\n", 1)[0].strip()[:60]
    return None
