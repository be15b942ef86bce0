"""News reports: a headline found by what follows it, and the parties a report names (round 18h).

A news item (a county portal's report of a land auction, a mining right sold, a tender won) is labelled by
its headline (LABELLING.md 'title: a news item's headline') and by the values its sentences tell.  Round
15c found the headline over a byline with a clock time (``byline.byline_headline``); two more shapes put a
headline where no notice word ends it:

- a byline dated without its clock time ('来源:某融媒体中心 时间:2023-10-11', '发布日期: 2016-12-05
  来源:某交易网', '2010-08-20 来源:福建漳平'): a date and a byline's mark, no clause;
- (round 19f) a byline stamped in another order: '25.01.2016 00:51', '来源: 作者: 发表时间:12-10 18:49';
- a headline over the report's lede, the first sentence opening with its day or the news agency's 讯
  ('2021年11月24日,…', '近日,…', '中证网讯(记者 某某)…'), an author's name, a source or a subtitle at most
  between them.

Either fills a title only when no other reader found one (``core``), as the byline's headline does.
"""

from __future__ import annotations

import re

from .byline import _BYLINE_MARK, _ITEM_TIME, _RESIDUE, _headline_like, byline_headline
from .hanzi import translate_only
from .layout import SHELL_TITLES
from .normalize import DAY

_DAY = re.compile(DAY)
_CLAUSE = re.compile(r"[，,。；;]")


def dated_byline(line: str) -> bool:
    """A byline dated without its clock time: a day, a byline's mark (来源/作者/浏览…), no clause, no item."""
    if len(line) > 80 or _CLAUSE.search(line):
        return False
    folded = translate_only(line)
    return bool(_DAY.search(folded) and _BYLINE_MARK.search(folded)) and not _ITEM_TIME.search(folded)


# (round 19f) a post's stamp in another order: day.month.year with its clock time ('25.01.2016 00:51', fresh5 荆州),
# or month-day with its clock time and no year ('来源: 作者: 发表时间:12-10 18:49', fresh5 保障性住房)
_DMY_STAMP = re.compile(r"(?<![\d.\-/])\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\s*\d{1,2}:\d{2}(?!\d)")
_MD_STAMP = re.compile(r"(?<![\d.\-/])\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?![\d\-])")


def stamp_byline(line: str) -> bool:
    """A byline whose stamp is not year-month-day: day.month.year and clock time, alone or with a byline's mark;
    month-day and clock time only beside a byline's mark (来源/作者…)."""
    if len(line) > 80 or _CLAUSE.search(line):
        return False
    folded = translate_only(line)
    if _ITEM_TIME.search(folded):
        return False
    m = _DMY_STAMP.search(folded)
    if m:
        rest = (folded[: m.start()] + folded[m.end() :]).strip(" |:：")
        return not rest or bool(_BYLINE_MARK.search(folded))
    return bool(_MD_STAMP.search(folded) and _BYLINE_MARK.search(folded))


def stamped_headline(lines: list[str]) -> tuple[str, str] | None:
    """(headline, its line) over a byline stamped day.month.year or month-day (``stamp_byline``), or None."""
    return byline_headline(lines, byline=stamp_byline)


def dated_headline(lines: list[str]) -> tuple[str, str] | None:
    """(headline, its line) over a byline dated without its clock time, or None."""
    return byline_headline(lines, byline=dated_byline)


# a report's first sentence: its day ('2021年11月24日,', '10月16日,'), a relative day, or the agency's 讯
_LEDE = re.compile(
    # (round 28b: a site's summary tag before the lede, '导读', is no part of it)
    r"^(?:导读\s*[:：]?\s*)?"
    r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期|昨日|昨天|今天|今日"
    r"|[\u3400-\u9fff]{1,8}讯\s*[(（]"
    # (round 28b: the agency's 讯 with its reporters named and no bracket, '某某新闻网讯 记者甲、通讯员乙报道:')
    r"|[\u3400-\u9fff]{1,8}讯\s*(?:记者|通讯员|本报记者)[^，,。；;:：]{1,30}?报道\s*[:：]"
    # (round 28b: the report's source opening its first sentence, '据中国自然资源报,近日,…', '据报道:近日,…')
    r"|据[\u3400-\u9fff]{0,12}?(?:报道|消息|报|网|社|电视台|日报|晚报)\s*[,，:：]|据(?:悉|了解|介绍)\s*[,，:：]"
    # (round 28b: the agency's 讯 and the report's day, no bracket: '某某日报网讯 9月4日晚间,…')
    r"|[\u3400-\u9fff]{1,8}讯\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|近期|昨日|昨天|今天|今日)"
    r")"
)
# a photograph's credit is no headline ('记者某某摄'), nor a site's bilingual banner ('某某县人民政府 The People's
# Government of …')
_CREDIT = re.compile(r"摄$|^记者|^(?:图|文)\s*[:：/]|[A-Za-z']{3,}\s+[A-Za-z']{2,}\s+[A-Za-z']{2,}")
# what may stand between a headline and its lede: an author, a source, a subtitle (short, no clause)
_BETWEEN = 20


def lede_headline(lines: list[str], window: int = 6) -> tuple[str, str] | None:
    """(headline, its line): the first or second line when a report's lede follows it, or None."""
    top = [ln for ln in lines[:window] if ln.strip() and ln.strip() not in SHELL_TITLES]
    for i, ln in enumerate(top[:2]):
        head = _RESIDUE.sub("", ln).strip()
        if not _headline_like(head):
            continue
        if _CREDIT.search(head):
            continue
        for nxt in top[i + 1 : i + 4]:
            folded = translate_only(nxt.strip())
            if _LEDE.match(folded) and _CLAUSE.search(folded):
                return head, ln
            if len(nxt.strip()) > _BETWEEN or _CLAUSE.search(nxt) or re.search(r"[:：]", nxt):
                return None
        return None
    return None


# a place before a company's name: '广东省江门市' + '鹤山市某石业有限公司'
_PLACE_PREFIX = re.compile(r"^(?:[\u3400-\u9fff]{1,8}?(?:省|市|自治区|自治州|州|县|区|盟|旗))+$")


def _paired(name: str) -> bool:
    depth = 0
    for c in name:
        depth += c in "(（"
        depth -= c in ")）"
        if depth < 0:
            return False
    return depth == 0


def own_names(names: list[str]) -> list[str]:
    """The buyers a report names, each once and whole (value invariants, round 18h).

    A name whose brackets do not pair was cut from the middle of a sentence ('…控股集团有限公司所属公司)和某
    咨询有限公司(某地产股份有限公司': two buyers, each with its parent bracketed after it, read as one) and is
    no name; a company named again with its province or city before it ('广东省江门市鹤山市某石业有限公司' and
    '鹤山市某石业有限公司' in the next sentence) is one buyer, kept once as its name stands without the
    reporter's place, where it was first named.
    """
    kept = [n for n in names if _paired(n)]
    out: list[str] = []
    for n in kept:
        short = next(
            (m for m in kept if m != n and n.endswith(m) and _PLACE_PREFIX.match(n[: -len(m)])),
            n,
        )
        if short not in out:
            out.append(short)
    return out
