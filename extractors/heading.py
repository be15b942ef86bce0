"""A page's heading found by its place among the chrome around it (round 22d).

An aggregator or a site's article view prints the notice's heading among lines that are not the notice: the
post's date ('2025-04-30'), a region crumb ('湖南/长沙', '湖南/长沙-2025-04-30 00:00:00'), a channel tag
('招标采购'), a share box ('分享到：' / 'QQ空间' / a share script), a visit counter ('浏览量：(6次)', '访问量:'),
tool buttons ('【打印】').  The heading is the line that stands before such lines, or the line printed again
among them; what surrounds it is told by its SHAPE (a date, a counter, a crumb path, a short word with no verb,
a script), not by a list of sites or of the words a site uses.

Evidence a line is the page's heading (one is enough; the line itself must be heading-like: no clause marks,
no label's colon):
- it stands above a post's meta line (a date, a stamp, a counter, a source), only chrome between them;
- it is printed again among the chrome lines under it (a rendering of the page's <title>, its heading and the
  aggregator's own copy);
- a heading written 'issuer:title' ('某医院:…采购需求公开', '某股份:项目中标公告') whose title part is
  printed again on the next lines.
A heading with no such evidence is left to the other readers: a first line alone may be a crumb, a banner or a
sentence.
"""

from __future__ import annotations

import re

from .labels import core_label, keys_for

_CJK = re.compile(r"[\u3400-\u9fff]")
# brackets and what they hold: a colon inside one is the bracket's ('（项目编号：X）'), no label's
_BRACKETED = re.compile(r"[（(【\[][^（()）【】\[\]]{0,60}[)）】\]]")
# what a heading never holds: a sentence's marks, a crumb's, a table's cell bar
_NOT_HEADING = re.compile(r"[，,。；;！!？?|>»›]|您的位置|当前位置|首页")
_SECTION = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])"
)
# the items a post's meta line prints about the post, each label with its value: its date (figures), its
# counter (a number, or nothing yet), its source or author (a short name)
_TIME_LABEL = r"(?:发布|更新|信息|录入|添加|发表|公告)?(?:时间|日期)"
_COUNT_LABEL = r"(?:浏览|点击|阅读|访问)(?:量|次数?|人次|数)|人气"
_WHO_LABEL = r"来源|信息来源|作者|编辑|责任编辑|发布(?:者|人|机构|单位)|字[体号]"
_META_LABEL = rf"{_TIME_LABEL}|{_COUNT_LABEL}|{_WHO_LABEL}"
_META_ITEM = re.compile(
    rf"(?:{_TIME_LABEL})\s*[:：]\s*\d[\d\s年月日:：/.\-]*"
    rf"|(?:{_COUNT_LABEL})\s*[:：]?\s*(?:[(（]?\s*\d*\s*次?\s*[)）]?)"
    rf"|(?:{_WHO_LABEL})\s*[:：]\s*[^\s:：]{{0,30}}?(?=\s|$|(?:{_META_LABEL})\s*[:：])"
)
# a counter with no value or a bare number ('访问量:', '浏览次数 12')
_COUNTER = re.compile(
    r"^(?:浏览|点击|阅读|访问)(?:量|次数?|人次|数)\s*[:：]?\s*[(（]?\s*\d*\s*次?\s*[)）]?$|^人气\s*[:：]?\s*\d*$"
)
# a date or a stamp, alone or after a region crumb ('湖南/长沙-2025-04-30 00:00:00')
_YMD = r"(?:\d{4}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日))"
_DATE_LINE = re.compile(
    rf"^(?:[\u3400-\u9fff]{{2,8}}(?:\s*/\s*[\u3400-\u9fff]{{2,8}})*\s*[-—]?\s*)?{_YMD}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?$"
)
# tool buttons and their brackets: '【打印】', '[关闭窗口]', '【 】', '大 中 小'
_TOOL = re.compile(r"[【\[][^】\]]{0,6}[】\]]|\b[大中小]\s+[大中小]\s+[大中小]\b")
# a crumb path of short names ('湖南/长沙', '首页 > 公告'), no sentence
_CRUMB_PATH = re.compile(r"^[\u3400-\u9fff]{1,8}(?:\s*[/>»›]\s*[\u3400-\u9fff]{1,8})+$")
# a script's line: code marks and little Chinese
_CODE = re.compile(r"[{};=]|function\s*\(|\w+\.\w+\(")


# a menu of short words ('关怀版 无障碍 无障碍'), a navigation trail, a file's name
_MENU = re.compile(r"^[\u3400-\u9fffA-Za-z]{1,5}(?:\s+[\u3400-\u9fffA-Za-z]{1,5})+$")
_CRUMB = re.compile(r"[>»›]|您的位置|当前位置")
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|zip|rar|wps|jpe?g|png)\s*$", re.I)


def _script(line: str) -> bool:
    return bool(_CODE.search(line)) and len(_CJK.findall(line)) * 4 < len(line)


def meta_line(line: str) -> bool:
    """A post's meta line: its date or stamp, a visit counter, or meta items ('发布时间:… 来源:…') and tools only."""
    s = line.strip()
    if not s or len(s) > 100:
        return False
    if _DATE_LINE.match(s) or _COUNTER.match(s):
        return True
    rest, n = _META_ITEM.subn(" ", s)
    rest, k = re.subn(rf"{_YMD}(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?", " ", rest)  # the stamp beside them
    if not n or not (k or re.search(_TIME_LABEL + "|" + _COUNT_LABEL, s)):
        return False  # meta items, and among them the post's date or its counter
    rest = _TOOL.sub(" ", rest)
    return not re.search(r"[\u3400-\u9fffA-Za-z0-9]", rest)


def chrome_line(line: str) -> bool:
    """A line of the page's chrome by its shape: empty, tools, a crumb path, a short tag, a script."""
    s = line.strip()
    if not re.search(r"[\u3400-\u9fffA-Za-z0-9]", _TOOL.sub("", s)):
        return True  # nothing but marks or tool buttons
    if _CRUMB_PATH.match(s) or _script(s):
        return True
    # a short tag or widget caption: a few characters, no figure, no clause ('招标采购', '分享到：', 'QQ空间', '微信')
    # (a known label printed one cell a line, '采购单位' / '公告时间', is a grid's, no chrome)
    return (
        len(s) <= 5
        and not re.search(r"\d", s)
        and not _NOT_HEADING.search(s)
        and not keys_for(core_label(re.sub(r"[:：]$", "", s))[0])
    )


def _issuer_colon(line: str) -> tuple[str, str] | None:
    """('某医院', '…采购需求公开') for a heading written 'issuer:title', None when the head is a label's."""
    m = re.fullmatch(r"([\u3400-\u9fff（）()]{2,20})\s*[:：]\s*([^:：]{6,})", line)
    if not m:
        return None
    head = m.group(1)
    if (
        keys_for(core_label(head)[0])
        or re.fullmatch(_META_LABEL, head)
        or re.search(r"附件|说明|备注|提示|注意|须知", head)
    ):
        return None
    return head, m.group(2)


def heading_like(line: str) -> bool:
    """A line that can be a heading: Chinese, no clause, no crumb, no numbered item, no label's colon."""
    s = line.strip()
    if not 6 <= len(s) <= 120 or len(_CJK.findall(s)) < 6:
        return False
    if _NOT_HEADING.search(_BRACKETED.sub("", s)) or _SECTION.match(s) or meta_line(s) or _script(s):
        return False
    unbracketed = _BRACKETED.sub("", s)
    return not re.search(r"[:：]", unbracketed) or _issuer_colon(unbracketed) is not None


def _sentence(line: str) -> bool:
    return len(line) >= 30 and bool(re.search(r"[，,。；;]", line))


def chrome_heading(lines: list[str], window: int = 30) -> tuple[str, str] | None:
    """(heading, its line) of a page whose heading stands among chrome lines, or None (see the module's doc)."""
    top = [ln.strip() for ln in lines[:window]]
    for i, h in enumerate(top):
        if not heading_like(h) or keys_for(core_label(h)[0]) or _FILE.search(h):
            if chrome_line(h) or meta_line(h) or _MENU.match(h) or _CRUMB.search(h):
                continue  # the chrome above the heading: a menu, a crumb, tools
            return None  # the first line that is neither chrome nor a heading: the heading is not here
        meta, again, j = False, False, i + 1
        while j < min(len(top), i + 14):
            x = top[j]
            if x == h:
                again = True
            elif meta_line(x) and not keys_for(core_label(re.sub(r"[:：]$", "", top[j - 1]))[0]):
                meta = (
                    True  # (a date under a label, '公告时间' / '2026年07月10日 15:23', is the label's value)
                )
            elif not chrome_line(x):
                break
            j += 1
        if meta and j < len(top) and j + 1 < len(top) and heading_like(top[j]) and h.endswith(top[j]):
            # the notice's own heading over the body, under the meta line: the page's heading with its
            # qualifier dropped ('2023年…工作进度' / '访问量:' / '…工作进度' / the body's first sentence);
            # LABELLING 'title: the body heading when the page has one'
            if _sentence(top[j + 1]):
                return top[j], lines[j]
        if meta or again:
            return h, lines[i]
        split = _issuer_colon(_BRACKETED.sub("", h))
        if split and i == 0 and any(split[1] in re.sub(r"\s", "", x) for x in top[1:4]):
            # 'issuer:title' whose title part the next lines print again (an exchange disclosure's header)
            return h, lines[i]
    return None


__all__ = ["chrome_heading", "chrome_line", "heading_like", "meta_line"]
