"""Which title reader wins: the candidates' evidence, not the readers' call order (round 23d).

Several readers each find a page's title (the page's title markup, a 政府信息公开 grid's 名称, the top lines, the
heading among chrome, a news report's headline over its byline). Before round 23d the first reader to answer won,
so an image caption, a '相关新闻' list item or a section caption styled as a heading was taken before the heading
with its date under it (docs/blind-errors.md, Stop 30: #5, #14, #38). Here every reader's candidate is scored by
what the page shows AROUND its line, by shape only:

- +2 dated: the first line under it (blank lines, chrome and the title's own wrapped parts skipped) is the post's
  meta line, a byline or a stamp (``heading.meta_line``, ``byline.is_byline``, ``news.dated_byline`` /
  ``stamp_byline``);
- +1 again: the same line is printed again among the top lines (the page's <title>, its heading, a copy);
- refused (never a title): the line is an item of a list (it opens with a list mark and a neighbour opens with
  the same mark, or a related-items head — 相关…, 推荐…, 上一篇/下一篇 — stands just above it), or a photograph's
  caption (a '(资料图片)' note above it, or a caption's own words: 截图, 图为…, …摄).

A candidate whose line is not among the page's lines (a heading outside the content container) counts as
``UNPLACED``: its markup is its evidence, and only a located candidate with more (dated AND printed again) displaces
it. Ties keep the readers' order, so where no reader's candidate shows more evidence nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .byline import is_byline
from .hanzi import translate_only
from .heading import chrome_line, meta_line
from .news import dated_byline, stamp_byline
from .precise import reference_number
from .textpage import TRUNCATED, in_cut_list

#: the evidence a title candidate outside the page's lines carries (its markup)
UNPLACED = 2
#: a refused candidate (a list item, a caption)
REFUSED = -1

# a list item's mark at the start of its line ('- 某公告', '· 某新闻', '• …')
_BULLET = re.compile(r"^\s*([-–—·•●○◆◇▪■□※>»])\s*(?=\S)")
# the head of a list of other items: related news, recommended reading, the neighbouring posts
_LIST_HEAD = re.compile(
    r"^\s*[【\[]?\s*(?:相关|推荐|延伸|热点|热门|最新|更多)(?:新闻|阅读|文章|链接|信息|资讯|公告|报道|推荐)"
    r"|^\s*(?:上|下)一(?:篇|条)"
)
# a photograph's note or caption: '(资料图片)', '…官网截图', '图为…', '记者某某摄'
_PICTURE_NOTE = re.compile(r"^\s*[（(]\s*(?:资料|网络|新闻)?(?:图片|照片|图)\s*[)）]\s*$")
_CAPTION = re.compile(r"截图$|^图为|摄$|^[（(]?\s*(?:资料)?图片|(?:图片|照片)\s*来源")
# a document number (文号) ending the line: '【出让公告】宁排污出让告字[2025] 10号' is the notice's number, no title
# (an issuer's code, '…告字', before the year: '政府采购投诉处理决定书〔2024〕9号' is a decision's own title)
_DOC_NUMBER_END = re.compile(
    r"字\s*[〔\[(（【]\s*(?:19|20|\*)[\d*]{2,3}\s*[〕\])）】]\s*(?:第\s*)?[\d*＊]+\s*号\s*$"
)
# a heading mark of a text copy ('## <heading>')
_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _bare(line: str) -> str:
    return re.sub(r"\s", "", _HEADING_MARK.sub("", line))


def _located(lines: Sequence[str], line: str, window: int = 60) -> int | None:
    want = _bare(line)
    if not want:
        return None
    for i, ln in enumerate(lines[:window]):
        if _bare(ln) == want:
            return i
    return None


def _dated_under(lines: Sequence[str], i: int, title: str) -> bool:
    own = re.sub(r"\s", "", title)
    for ln in lines[i + 1 : i + 6]:
        s = ln.strip()
        if not s or (_bare(s) in own) or chrome_line(s) or reference_number(s):
            continue  # blank, the title's wrapped part, a tag or a tool button, the notice's 文号
        return meta_line(s) or is_byline(s) or dated_byline(s) or stamp_byline(s)
    return False


def _listed(lines: Sequence[str], i: int) -> bool:
    m = _BULLET.match(lines[i])
    if m:
        mark = m.group(1)
        for j in (i - 1, i + 1):
            n = _BULLET.match(lines[j]) if 0 <= j < len(lines) else None
            if n and n.group(1) == mark:
                return True
    return any(_LIST_HEAD.match(translate_only(lines[j])) for j in range(max(0, i - 3), i))


def _caption(lines: Sequence[str], i: int) -> bool:
    s = translate_only(lines[i].strip())
    if _CAPTION.search(s):
        return True
    return i > 0 and bool(_PICTURE_NOTE.match(translate_only(lines[i - 1])))


def title_evidence(lines: Sequence[str], title: str, line: str) -> int | None:
    """How far the page bears out ``title`` printed on ``line`` as its title (see the module's doc), ``REFUSED`` for
    a list item or a caption, None when the line is not among the page's top lines."""
    number = re.sub(r"^\s*[(（]\s*|\s*[)）]\s*$", "", title)  # (a 文号 printed in brackets under its heading)
    if reference_number(number) or _DOC_NUMBER_END.search(number):
        return REFUSED
    if TRUNCATED.search(title):
        return (
            REFUSED  # (round 25b) a list's entry cut by the site ('某新区国有资...'), another notice's title
        )
    i = _located(lines, line)
    if i is None:
        return None
    if _listed(lines, i) or _caption(lines, i) or in_cut_list(list(lines), i):
        return REFUSED
    score = 2 if _dated_under(lines, i, title) else 0
    own = _bare(title)
    if len(_CJK.findall(own)) >= 6 and sum(_bare(ln) == own for ln in lines[:40]) >= 2:
        score += 1  # the whole title printed again
    return score


def pick_title(lines: Sequence[str], candidates: Sequence[tuple[str, str, str]]) -> tuple[int, int] | None:
    """(index, evidence) of the candidate (title, its line, reader) with the most evidence, the readers' order
    breaking ties; refused candidates never win; None when every candidate is refused (or there is none)."""
    best: tuple[int, int] | None = None
    scores: dict[str, int] = {}  # the same title from two readers is one candidate, scored by its best line
    for title, line, _reader in candidates:
        if title:
            ev = title_evidence(lines, title, line)
            score = UNPLACED if ev is None else ev
            was = scores.get(_bare(title), score)
            scores[_bare(title)] = (
                REFUSED if min(was, score) < 0 else max(was, score)
            )  # refused by any line: refused
    for k, (title, _line, _reader) in enumerate(candidates):
        score = scores.get(_bare(title), REFUSED) if title else REFUSED
        if score >= 0 and (best is None or score > best[1]):
            best = (k, score)
    return best


__all__ = ["REFUSED", "UNPLACED", "pick_title", "title_evidence"]
