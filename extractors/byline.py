"""A news report's headline, found by the byline printed under it (round 15c).

A news page (a report of a sale or an award, a reprint) prints its headline, then a byline: the post's
date with its clock time and the source, the author or the site ('作者: 发布于:2016-11-30 16:13:52
来源:某某新闻网', '2013年09月03日 17:18   来源:某晚报', 'http://www.某.com.cn 2003年06月22日11:12 某日报'),
or the stamp alone under a channel tag ('2024-11-16 20:22' under '民生').  Such a headline ends with no
notice word, so the title readers that look for one pass it by; LABELLING.md takes it as the title ('A
news item: its headline').  The byline is what makes the line above it a headline: a report's first
line alone may be a sentence, a crumb or the site's banner.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from .hanzi import translate_only
from .labels import keys_for
from .normalize import DAY, parse_date

# a post's stamp: its date with the clock time (a notice's own dates are items: '开标时间:…' is labelled)
STAMP = re.compile(rf"({DAY})\s*\d{{1,2}}:\d{{2}}")
# what else a byline carries: the source, the author, the site
_ITEM_TIME = re.compile(r"截止|开标|报名|递交|提交|开启|期限|地点|签署|签订")
# (round 18e) or the post's counter, as a site prints it beside the stamp: '时间:2023-06-06 10:39 浏览量:1'
# (fresh17 鲤城), '发布日期:2022-11-01访问次数:' (fresh18 龙泉, fresh2 三门), '时间:2023-09-21人气:' (fresh16 廊坊)
_BYLINE_MARK = re.compile(
    r"来源|作者|发布于|编辑|记者|https?://|www\.|(?:浏览|点击|阅读|访问)(?:量|次数?|率)|人气"
)
# the rendering's table residue after a cell ('<headline> | ||'), and a table's rule row ('---|---|')
_RESIDUE = re.compile(r"[\s|]+$")
_RULE_ROW = re.compile(r"^[\s|:\-]*$")
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+")
# a channel's tag between the headline and its stamp ('民生')
_TAG = re.compile(r"^[\u3400-\u9fff]{1,4}$")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LABEL_END = re.compile(r"[\s:：|]+$")
# no headline: a sentence, a crumb trail, a site's banner or tool bar
_NOT_HEADLINE = re.compile(
    r"[。；;]|[>»›]|您的位置|当前位置|网站?\s*$|网\s*[_|｜\-—]|点击|打印|分享|收藏|首页"
)
# an issuer's line over a byline is a signature block, no headline
_ISSUER_END = re.compile(r"(?:中心|局|公司|委员会|政府|办公室|厅|院|所|站|集团|部)$")
_SLOGAN = re.compile(r"热烈(?:庆祝|祝贺|欢迎)|喜迎|周年$")
# a colon only after a short place name ('某市:首次网上拍卖排污权'), never a label's
_PLACE_COLON = re.compile(r"^[\u3400-\u9fff]{2,4}[:：][^:：]+$")


# (round 28f) a byline printed one item a line ('来源:某某网' / '时间:2020-11-04 18:06:06' / '热度:58'; '- 发布人:某处' /
# '- 时间:2022-08-20' / '- 点击:18517' / '- 来源:某处'): the bare 时间 / 日期 item dates the post when a byline's item
# stands on a line next to it (a notice's own 时间 items — 开标时间, 截止时间 — carry their act and are not bare)
ITEM_STAMP = re.compile(
    rf"^\s*(?:[-–—·•*]\s*)?(?:发布)?(?:时间|日期)\s*[:：]\s*({DAY})(?:\s*\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*$"
)
_BYLINE_ITEM = re.compile(
    r"^\s*(?:[-–—·•*]\s*)?(?:信息)?(?:来源|作者|编辑|责任编辑|发布人|发布者|点击(?:量|数|次数)?|浏览(?:量|次数)?|阅读(?:量|数)?"
    r"|访问(?:量|次数)|热度|人气)\s*[:：]"
)


# (round 28f) a notice's own heading ends with its notice word or its document number
_NOTICE_HEAD_END = re.compile(r"(?:公告|公示|通知|通告|决定书?|通报|公布|结果|记录|说明|函|号)\s*[)）]?$")


def item_stamp(lines: list[str], i: int) -> bool:
    """(round 28f) Whether ``lines[i]`` is a bare 时间 / 日期 item of a byline printed one item a line."""
    if not ITEM_STAMP.match(lines[i]):
        return False
    return any(_BYLINE_ITEM.match(lines[j]) for j in range(max(0, i - 2), min(len(lines), i + 3)) if j != i)


def is_byline(line: str) -> bool:
    """A post's stamp (date and clock time), alone or with the source, author or site beside it."""
    if len(line) > 80 or not STAMP.search(line):  # (digits and 年月日 are the same in both scripts)
        return False
    folded = translate_only(line)
    m = STAMP.search(folded)
    if not m or len(line) > 80 or re.search(r"[，,。；;]", line) or _ITEM_TIME.search(folded):
        # a sentence's deadline ('…并于2022年12月19日 09:30前递交投标文件。') or a labelled one
        # ('响应文件提交截止时间：2021年12月31日 09:30 地点（网址）：www.…') is an item, no stamp
        return False
    rest = (folded[: m.start()] + folded[m.end() :]).strip(" |:：")
    return not rest or bool(_BYLINE_MARK.search(folded))


def _headline_like(line: str) -> bool:
    return (
        6 <= len(line) <= 60
        and len(_CJK.findall(line)) >= 6
        and not _NOT_HEADLINE.search(line)
        and not _ISSUER_END.search(line)
        and (
            not re.search(r"[:：]", line)
            # (a short place, not a label: '采购单位:某某总队' is an item)
            or (bool(_PLACE_COLON.match(line)) and not keys_for(re.split(r"[:：]", line)[0]))
            or _topic_colon(line)
        )
    )


# (round 28c) a headline told as a topic and what is said of it, '棚户区改造任务:基本建成22167套住房', '某某建工:关于下属子公司
# 中标…的公告', '消失的预算后续:…结果已出!': one colon, a short topic before it that no reader knows as a label and that
# does not end as a label does (名称, 时间, 地点, 电话 …), a statement of four characters or more after it
_TOPIC_COLON = re.compile(r"^(?P<t>[\u3400-\u9fff“”\"0-9A-Za-z]{2,12})[:：](?P<s>[^:：]{4,})$")
_LABEL_TAIL = re.compile(
    r"(?:名称|时间|日期|地点|地址|电话|方式|编号|号码|金额|价格?|人|方|单位|机构|期限|要求|内容|范围|概况|说明|事项|情况|条件"
    r"|信息|须知|附件|备注|来源|作者|编辑|链接|网址|标题|主题|关键词|标签|栏目|位置|导航|导读|摘要|提示|声明|通知)$"
)


def _topic_colon(line: str) -> bool:
    m = _TOPIC_COLON.match(line.strip())
    if not m:
        return False
    topic = m.group("t")
    return not keys_for(topic) and not _LABEL_TAIL.search(topic) and len(_CJK.findall(m.group("s"))) >= 4


def byline_headline(
    lines: list[str], window: int = 10, byline: Callable[[str], bool] = is_byline
) -> tuple[str, str] | None:
    """(headline, its line) above the first byline among the first lines, or None.

    Blank lines, a table's rule row and one channel tag may stand between them; the rendering's cell
    residue after the headline is dropped.  ``byline``: what makes a line a byline (round 18h: a dated
    line without its clock time, ``news.dated_byline``).
    """
    for i, ln in enumerate(lines[:window]):
        itemised = byline is is_byline and item_stamp(lines, i)
        if not byline(ln) and not itemised:
            continue
        if i and keys_for(_LABEL_END.sub("", lines[i - 1])):
            return None  # '公告时间' / '2026年07月10日 15:23': a label's value printed on its own line
        j, tagged = i - 1, False
        while j >= 0 and (
            _RULE_ROW.match(lines[j])
            or (not tagged and _TAG.match(lines[j].strip()))
            # (round 28f: the byline's other items above its stamp, one a line: '来源:某某网' over '时间:…')
            or (itemised and _BYLINE_ITEM.match(lines[j]))
        ):
            tagged = tagged or bool(_TAG.match(lines[j].strip()))
            j -= 1
        if j < 0:
            return None
        # (round 19d: a text copy's heading mark, '## <heading>' over '2026年08月05日 11:30 来源:', is no part of it)
        head = _HEADING_MARK.sub("", _RESIDUE.sub("", lines[j])).strip()
        if itemised and not byline(ln) and _NOTICE_HEAD_END.search(head):
            # (round 28f: over an itemised byline, a notice's own heading — '政府采购投诉处理决定书〔2024〕9号' over '• 发布时间:…'
            # / '• 信息来源:…' — is left to the heading readers: it types the page, a news headline does not)
            return None
        return (head, lines[j]) if _headline_like(head) else None
    return None


# a newspaper's digital edition prints the page it is on above the headline: '00014版:今日衢州', '第A03版：要闻'
# (round 16b): the report then has no byline stamp, only its authors' names under the headline
_EDITION = re.compile(r"^(?:第\s*)?[A-Z]?\d{1,5}\s*版\s*[:：]?\s*[\u3400-\u9fff]{0,10}$")


def edition_headline(lines: list[str], window: int = 10) -> tuple[str, str] | None:
    """(headline, its line): the first line under a newspaper's edition line ('00014版:今日衢州'), or None."""
    for i, ln in enumerate(lines[:window]):
        if not _EDITION.match(ln.strip()):
            continue
        nxt = next((x for x in lines[i + 1 : i + 3] if x.strip()), None)
        if nxt is None:
            return None
        head = _RESIDUE.sub("", nxt).strip()
        return (head, nxt) if _headline_like(head) else None
    return None


def edition_date(lines: list[str], window: int = 10) -> tuple[str, str] | None:
    """(round 22d) (date, its line): the issue's date a newspaper's edition prints with its edition line.

    The digital edition heads the page with the edition line ('第04版:西南各地') and the issue's date beside it or
    on the lines down to the headline ('内容详情 2019年11月19日返回该版首页'): the day the report was published.
    Only a full date (year, month, day), and only between the edition line and the headline.
    """
    for i, ln in enumerate(lines[:window]):
        if not _EDITION.match(ln.strip()):
            continue
        for x in lines[i : i + 3]:
            if x != ln and _headline_like(_RESIDUE.sub("", x).strip()):
                return None  # the headline: no date printed with the edition line
            m = _FULL_DAY.search(x)
            if m:
                d = parse_date(m.group(0))
                return (d, x) if d else None
        return None
    return None


_FULL_DAY = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}-\d{1,2}-\d{1,2}")


def doubled_headline(lines: list[str], window: int = 8) -> tuple[str, str] | None:
    """(headline, its line): a headline-like line printed twice in a row among the first lines, or None.

    Round 17b: an aggregator or a news page prints its headline twice, once as the page's heading and once
    over the text ('Aggregators repeat the title twice', ../shared/reference/notice-anatomy.md; seen on
    fresh, fresh4, fresh12 ×2 and fresh22 ×2 pages, where the doubled line is the labelled title each time).
    """
    # (the page's first lines only, a stray mark before them at most, and no banner's slogan: '热烈庆祝…周年'
    # printed twice further down is the site's, no headline)
    top = [ln.strip() for ln in lines[:window] if ln.strip()][:3]
    for a, b in pairwise(top):
        if a == b and _headline_like(_RESIDUE.sub("", a).strip()) and not _SLOGAN.search(a):
            return _RESIDUE.sub("", a).strip(), a
    return None


# (round 17c) a reprint's '原标题:' line, wherever it sits ('原标题:某市首笔排污权交易创新高' as the first line or
# under the body; a traditional copy's '原標(biāo)題:'): the headline the report was first published under,
# LABELLING 'title: a 原标题 line is the headline when the page prints no other'
_ORIGINAL_TITLE = re.compile(
    r"^\s*原标(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?题(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?\s*[:：]\s*"
)


def original_headline(lines: list[str]) -> tuple[str, str] | None:
    """(headline, its line) from a reprint's one '原标题:' line, or None (none, or two that differ)."""
    found = {}
    for ln in lines:
        if len(ln) > 90:
            continue
        m = _ORIGINAL_TITLE.match(translate_only(ln))
        if m:
            head = _RESIDUE.sub("", ln[m.end() :]).strip()
            if 6 <= len(head) <= 60 and not re.search(r"[。；;]", head):
                found.setdefault(head, ln)
    if len(found) != 1:
        return None
    head, ln = next(iter(found.items()))
    return head, ln
