"""Times a notice states outside a 'label：value' pair: under a heading that names them, or as the end
of a submission window in a sentence (issue 12, round 3)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labels import DATETIME, core_label, keys_for, kind_of
from .normalize import parse_datetime
from .readers import _DATE_TIME as DATE_TIME
from .readers import SECTION_HEAD, Finding

_TIMED_PART = re.compile(r"[、和及与]")
# a heading that names the opening without the word 时间: '五、开启', '响应文件开启', '开标'
_OPENING_HEAD = re.compile(
    r"(?:(?:响应|投标)文件)?开启|开标|开标(?:安排|信息)|(?:开标|开启)(?:时间)?(?:和|及|、)?地点"
)
_PLACE_PART = re.compile(r"(?:递交|提交|开标|会议)?(?:地点|方式|地址)")
# (round 20b) a heading over the window in which bids are handed in: '五、递交投标文件时间及地点' over '1、时间：2016年6月23日
# 08时30分至2016年6月23日09时30分' (fresh30 招远), '五、递交响应文件时间及地点' over '时间：2016年03月31日 08:30—09:30'
# (fresh30 济南): the bids are received until the window's end, the bid deadline
_SUBMISSION_HEAD = re.compile(r"(?:递交|提交|送达|接收)(?:投标|响应)文件的?时间(?:(?:和|及|、)地点)?")
_CLOCK = r"\d{1,2}\s*[:：时点]\s*\d{0,2}\s*分?"
_DAY = r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
_SUBMISSION_WINDOW = re.compile(
    rf"^\s*(?P<d1>{_DAY})\s*(?:上午|下午)?\s*{_CLOCK}\s*(?:[至～~—－-]+|到)\s*(?P<d2>{_DAY})?\s*(?P<ap>上午|下午)?\s*"
    rf"(?P<t2>{_CLOCK})"
)


def timed_sections(lines: list[str]) -> Iterator[Finding]:
    """'九、投标截止时间、开标时间及地点：' over '兹定于2018年04月13日09：00时…公开开标': a heading that names
    one or more times (and a place), the time stated once in the sentence or the '时间：' line below it.

    The heading says which items the time is; the body's first line must hold exactly one date with a
    clock time (a window or two dates are not one time), so a heading over a table or a list reads nothing.
    """
    for i, line in enumerate(lines[:-1]):
        if len(line) > 40 or not SECTION_HEAD.match(line):
            continue
        head = re.sub(r"[:：]\s*$", "", line)
        if ":" in head or "：" in head:
            continue  # 'label：value' on the heading's own line: label_lines reads it
        core, _ = core_label(head)
        keys: list[str] = []
        for part in _TIMED_PART.split(core):
            if not part or _PLACE_PART.fullmatch(part):
                continue
            found = keys_for(part)
            if not found or kind_of(found[0]) != DATETIME:
                keys = []
                break
            keys += [k for k in found if k not in keys]
        if not keys and _OPENING_HEAD.fullmatch(core):
            keys = ["opening_time"]  # the 2020 template's '五、开启' over '时间：…' / '地点：…'
        window = not keys and bool(_SUBMISSION_HEAD.fullmatch(core))
        if window:
            keys = ["bid_deadline"]
        if not keys:
            continue
        body = lines[i + 1]
        m = re.match(r"^\s*(?:[(（]?\d[)）.．、]\s*)?(?:时间|日期)\s*[:：](.*)$", body)
        raw = m.group(1) if m else body
        if m and not raw.strip() and i + 2 < len(lines) and not SECTION_HEAD.match(lines[i + 2]):
            # '时间：' over '2026-03-27 09:00:00': the value printed as a line of its own
            raw = lines[i + 2]
        # ('1.时间：…' under '五、开启' is the heading's own numbered item, not the next heading)
        if m is None and ("：" in body[:12] or ":" in body[:12] or SECTION_HEAD.match(body)):
            continue  # another item's label, or the next heading
        if window:
            w = _SUBMISSION_WINDOW.match(raw)
            if not w:
                continue
            raw = f"{w.group('d2') or w.group('d1')}{w.group('ap') or ''}{w.group('t2')}"
        if len(re.findall(r"\d{4}\s*年|\d{4}-\d{1,2}-\d{1,2}", raw)) != 1 or not parse_datetime(raw):
            continue
        for key in keys:
            yield Finding(key, raw, "", f"{line} / {body[:80]}", "section")


# a submission window: '响应文件必须在2016年3月18日下午14:30～15:00 (北京时间)之间送到…' — the bids are
# received from the first time to the second, so the second is the deadline
_WINDOW = re.compile(
    r"(?:投标|响应)文件[^。\n]{0,12}?(?:在|于)\s*(?P<d>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?P<ap>上午|下午)?\s*"
    r"\d{1,2}\s*[:：时]\s*\d{0,2}\s*分?\s*[～~至\-—]\s*(?P<end>\d{1,2}\s*[:：时]\s*\d{0,2}\s*分?)"
    r"\s*(?:[(（]北京时间[)）])?\s*(?:之间|期间)?\s*(?:送到|送达|递交|提交|送交)"
)


def window_deadline(lines: list[str]) -> Iterator[Finding]:
    """The end of a bid-submission window stated in a sentence, as the bid deadline."""
    for ln in lines[:200]:
        m = _WINDOW.search(ln)
        if m:
            yield Finding(
                "bid_deadline", f"{m.group('d')}{m.group('ap') or ''}{m.group('end')}", "", ln, "regex"
            )
            return


# (round 19d) a correction's change table: '序号 | 更正项 | 更正前(内容) | 更正后(内容)' (the national procurement
# template, fresh21 瓯海, fresh27 丽水 and 温州), printed glued into one line by a text copy ('…更正后内容1<item>
# 2026年08月04日 14:302026年08月07日 9:30') or one cell a line.  The item names the times it changes; of the two
# values under it, the one before is withdrawn and the one after is the notice's.
_CHANGE_HEAD = re.compile(r"(?P<w>更正|变更|修改)前(?:内容)?\s*(?P=w)后(?:内容)?")
# (round 27a) the cells of the header printed one a line: '更正前(内容)' over '更正后(内容)', or a 澄清公告's '原文' over
# '修改后现文' (fresh46 深圳 中山大学: '条款号 | 原文 | 修改后现文')
_BEFORE_CELL = re.compile(r"^\s*(?:(?:更正|变更|修改|澄清)前(?:内容)?|原(?:文|内容|公告内容))\s*$")
_AFTER_CELL = re.compile(
    r"^\s*(?:(?:更正|变更|修改|澄清)后(?:内容|现文)?|现(?:文|内容)|(?:更正|修改|变更)为)\s*$"
)
_DT = rf"(?:{DATE_TIME}(?:\s*\d{{1,2}}\s*秒)?|\d{{4}}-\d{{1,2}}-\d{{1,2}}\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)"
# (round 27a) a time printed with its zone, '2026年8月27日09时00分（北京时间）' (fresh46 富川): the zone is no part of the
# item after it
_ZONE = r"(?:\s*[（(]北京时间[)）])?"
_CHANGED_PAIR = re.compile(rf"(?P<item>[^\d。；;]{{2,60}}?)\s*(?P<a>{_DT}){_ZONE}\s*(?P<b>{_DT})")
# the items a time's name says: the bids' deadline (not a registration's or the documents' sale), the opening
_DEADLINE_ITEM = re.compile(r"(?:投标|响应|递交|提交|上传)[^、，,及和]{0,8}截止")
_OPENING_ITEM = re.compile(r"开标|(?:响应|投标)文件开启")
# (round 27a) an item named by the bare word '截止时间' (fresh46 富川 '1 截止时间 <before> <after>'): a correction's
# table changes the bids' deadline so; a named other deadline ('报名截止时间', '获取…截止') is kept out by the words
_BARE_DEADLINE = re.compile(r"^[\s\d.、．]*截止(?:时间|日期)[\s:：]*$")
_TABLE_END = re.compile(r"^\s*(?:(?:更正|变更)日期|[一二三四五六七八九十]{1,2}\s*、)")
# (round 27a) a table one cell a line reprints the clauses it changes with their own numbered headings ('四、投标文件
# 提交', '五、开启', fresh46 北海): only the notice's date of change or its next own section ends it
_CELL_TABLE_END = re.compile(
    r"^\s*(?:(?:更正|变更|澄清)日期|[一二三四五六七八九十]{1,2}\s*、\s*(?:其[他它]补充事宜|凡对|对本次|其[他它]事项))"
)
# (round 27a) a clause's time under its clause heading: '四、投标文件提交' over '截止时间：…', '五、开启' over '时间：…'
_TIME_LABEL = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]\s*)?(?P<w>截止)?时间\s*[:：]?\s*$")
_SUBMIT_CLAUSE = re.compile(r"(?:投标|响应)文件(?:的)?(?:提交|递交)|(?:提交|递交)(?:投标|响应)文件")
_OPEN_CLAUSE = re.compile(r"开启|开标")
# a sentence's deadline told after its time: '并于2026年8月10日15点30分（北京时间）前提交投标文件'
_DEADLINE_AFTER = re.compile(rf"^{_ZONE}\s*(?:之)?前\s*(?:提交|递交|上传)(?:投标|响应)文件")


def _changed_keys(item: str) -> list[str]:
    keys = [
        k for k, rx in (("bid_deadline", _DEADLINE_ITEM), ("opening_time", _OPENING_ITEM)) if rx.search(item)
    ]
    if not keys and _BARE_DEADLINE.match(item):
        keys = ["bid_deadline"]
    return keys


def _cell_keys(ln: str, dt: re.Match[str], heading: str) -> list[str]:
    """The keys a time in a one-cell-a-line change table states: by its label, its clause heading, or the words after."""
    before = ln[: dt.start()]
    keys = [
        k
        for k, rx in (("bid_deadline", _DEADLINE_ITEM), ("opening_time", _OPENING_ITEM))
        if rx.search(before[-40:])
    ]
    if keys:
        return keys
    label = _TIME_LABEL.match(before)
    if label and heading:
        if label.group("w") and _SUBMIT_CLAUSE.search(heading):
            return ["bid_deadline"]
        if not label.group("w") and _OPEN_CLAUSE.search(heading) and not _SUBMIT_CLAUSE.search(heading):
            return ["opening_time"]
    if _DEADLINE_AFTER.match(ln[dt.end() :]) and not re.search(r"截止|报名|获取", before[-20:]):
        return ["bid_deadline"]
    return []


def corrected_times(lines: list[str]) -> Iterator[Finding]:
    """The deadline and opening a correction's 更正前 / 更正后 table sets: the value after, never the one before."""
    for i, line in enumerate(lines):
        head = _CHANGE_HEAD.search(line)
        if head:  # the table glued into one line
            for m in _CHANGED_PAIR.finditer(line, head.end()):
                for key in _changed_keys(m.group("item")):
                    yield Finding(key, m.group("b"), "", m.group(0)[:120], "table")
            continue
        if not (_BEFORE_CELL.match(line) and any(_AFTER_CELL.match(x) for x in lines[i + 1 : i + 3])):
            continue
        # one cell a line: each time stated under the before cell is stated again under the after cell
        stated: dict[str, list[tuple[str, str]]] = {}
        heading = ""
        for ln in lines[i + 2 : i + 90]:
            if _CELL_TABLE_END.match(ln):
                break
            dts = list(re.finditer(_DT, ln))
            if not dts:
                heading = ln  # a clause's heading (or an item's name) over the times under it
                continue
            for dt in dts:
                for key in _cell_keys(ln, dt, heading):
                    stated.setdefault(key, []).append((dt.group(0), ln))
        for key, said in stated.items():
            if len(said) >= 2 and parse_datetime(said[-1][0]):
                yield Finding(key, said[-1][0], "", said[-1][1][:120], "table")
        return


# (round 22d) the post's 发布时间 printed with a two-digit year, '发布时间:19-06-12 字体:【 】' (a site's meta line):
# the year is this century's; only under the post's own date label and only as a whole date (no digit, dash or dot
# after it: '19-06-12-3' is a code, not a date)
_SHORT_YEAR = re.compile(
    r"(?:发布|信息|公告|更新)(?:时间|日期)\s*[:：]\s*(?P<y>\d{2})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d\-/.])"
)


def short_year_date(lines: list[str], window: int = 15) -> tuple[str, str] | None:
    """(date, its line) of a 发布时间 written 'YY-MM-DD' among the first lines, or None."""
    from datetime import date

    for ln in lines[:window]:
        m = _SHORT_YEAR.search(ln)
        if not m:
            continue
        try:
            d = date(2000 + int(m.group("y")), int(m.group("m")), int(m.group("d")))
        except ValueError:
            return None
        return d.isoformat(), ln
    return None
