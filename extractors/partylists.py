"""Lists of parties told lot by lot or rank by rank (round 22h).

Two mechanisms, each judged on every seen page at once:

1. **One winner per lot** (``lot_winners``). A result of several lots repeats its winner block under each lot's
   heading — 'A分标：' / '1.成交供应商名称：甲' … 'B分标：' / '1.成交供应商名称：乙', '第1包' / '包2' / '标段一' /
   '标项二' — and the label readers take the first finding of a key, lot A's winner alone. LABELLING's winner
   rule takes every lot's winner in page order. When two or more findings of the winner's label sit each under
   a different lot heading (the heading is the line itself or the nearest heading line above, with no other
   winner finding between), the winner is all of them in order. The lot heading is a family built from parts:
   a lot word (分标 / 包 / 标包 / 分包 / 包组 / 标段 / 标项 / 子包) and a lot mark (A–Z, 1–99, 一–十) on
   either side ('A分标', '第1包', '包2', '标段一', '标项三').

2. **A ranking told in prose** (``prose_ranking``). A report or news item ranks the candidates in sentences:
   '甲公司以190079068.90元投标报价、综合评标得分98.44，排序中标候选人第一名', '甲公司以10125.27万元的投标报价位列
   第一', '位列第三的是丙公司，其投标报价为…'. The ordinal family is built from parts: a verb of standing (位列 /
   排序 / 排名 / 名列 / 位居 / 排在 / 夺得 / 获得 / 成为 / 列), an optional role (中标候选人 / 成交候选人 /
   候选人), the ordinal 第N and an optional 名 / 位. The names are organisations by shape (…公司 / 集团 / …),
   the ranks run 1, 2, … without a gap; a list of one is read only when its sentence names the candidates'
   role (a ranking of '第一' alone may be any league table). LABELLING 'candidates: a ranked list of bidders'.
"""

from __future__ import annotations

import re

from .normalize import clean_text, money, rank_number
from .patterns import SUM_YUAN
from .readers import Finding, ListTable

_MARK = r"(?:[A-Z]|[1-9]\d?|[一二三四五六七八九十]{1,2})"
_LOT_WORD = r"(?:分标|标包|分包|包组|子包|标段|标项|包)"
# a lot heading opening its line: 'A分标：', '第1包', '包2', '标段一', '标项三：', '（二）标段二'
_LOT_HEAD = re.compile(
    rf"^\s*(?:[(（]?[一二三四五六七八九十\d]{{1,2}}[)）.．、]\s*)?"
    rf"(?P<lot>第?\s*{_MARK}\s*{_LOT_WORD}|{_LOT_WORD}\s*{_MARK})(?![\u4e00-\u9fff]{{0,2}}(?:及|和|与|、))"
)
_NEAR = 6


def _lot_of(lines: list[str], at: int) -> str | None:
    """The lot heading that governs ``lines[at]``: the line's own opening, else the nearest one above."""
    for i in range(at, max(-1, at - _NEAR), -1):
        m = _LOT_HEAD.match(clean_text(lines[i]))
        if m:
            return re.sub(r"\s+", "", m.group("lot"))
    return None


def lot_winners(lines: list[str], found: list[Finding]) -> list[Finding] | None:
    """The winner findings of a result told lot by lot, one per lot in page order (module doc), else None.

    ``found`` are the label readers' winner findings; each must sit on a line of ``lines`` under its own lot
    heading, two lots or more, each lot once."""
    placed: list[tuple[int, Finding]] = []
    for f in found:
        snip = f.snippet.strip()[:40]
        at = next((i for i, ln in enumerate(lines) if snip and snip in ln), None)
        if at is None:
            return None
        placed.append((at, f))
    placed.sort(key=lambda p: p[0])
    lots: list[str] = []
    out: list[Finding] = []
    prev = -1
    for at, f in placed:
        lot = _lot_of(lines, at)
        # the heading must lie after the previous winner's line: one heading over two findings is one lot
        if (
            lot is None
            or lot in lots
            or not any(_LOT_HEAD.match(clean_text(x)) for x in lines[prev + 1 : at + 1])
        ):
            return None
        lots.append(lot)
        out.append(f)
        prev = at
    values = {clean_text(f.raw) for f in out}
    if len(out) < 2 or len(values) < 2:
        return None
    return out


_ORG_CH = r"[^\s，,。；;:：!！?？、“”\"《》的是为以其该]"
_ORG = rf"{_ORG_CH}{{2,40}}?(?:公司|集团|合作社|研究院|设计院|事务所|工程局)"
_ORDINAL = r"第\s*(?P<rank>[一二三四五六七八九十]|[1-9])\s*(?:名|位)?"
_ROLE = r"(?:(?:中标|成交|中选)?候选(?:人|单位|供应商))"
_STAND = r"(?:位列|排序|排名|名列|位居|排在|排列|夺得|获得|成为|列)"
# '甲公司以X元投标报价…排序中标候选人第一名' / '甲公司,该公司以X万元的投标报价位列第二'
_NAME_THEN_RANK = re.compile(
    rf"(?:^|(?<=[\s，,。；;:：!！、]|是|为))(?P<name>{_ORG})\s*(?:[，,]\s*(?:该公司|该单位|其))?"
    rf"(?:以\s*(?P<price>{SUM_YUAN})[^。；;!！\n]{{0,30}}?)?"
    rf"{_STAND}\s*(?P<role>{_ROLE})?\s*{_ORDINAL}(?P<role2>{_ROLE})?"
)
# '位列第三的是丙公司，其投标报价为…'
_RANK_THEN_NAME = re.compile(
    rf"{_STAND}\s*(?P<role>{_ROLE})?\s*{_ORDINAL}(?P<role2>{_ROLE})?的(?:是|为)\s*(?P<name>{_ORG})(?=[\s，,。；;!！]|$)"
)
_PRICE_SAID = re.compile(rf"(?:投标(?:总)?报价|报价)(?:为|是|[:：])?\s*(?P<v>{SUM_YUAN})")
_BID_WORDS = re.compile(r"投标|报价|候选")


def prose_ranking(lines: list[str]) -> ListTable | None:
    """The candidates a report ranks in sentences (module doc), else None."""
    ranked: dict[int, dict[str, object]] = {}
    roles = False
    snippet = ""
    for ln in lines:
        text = clean_text(ln)
        hits = [*_NAME_THEN_RANK.finditer(text), *_RANK_THEN_NAME.finditer(text)]
        for m in sorted(hits, key=lambda x: x.start()):
            sentence_end = re.search(r"[。；;!！\n]|$", text[m.end() :])
            sentence = text[m.start() : m.end() + (sentence_end.start() if sentence_end else 0)]
            if not _BID_WORDS.search(sentence):
                continue  # a standing in some league table, not a bid's
            rank = rank_number(m.group("rank"))
            if rank is None:
                continue
            name = m.group("name")
            price_text = m.groupdict().get("price") or None
            if price_text is None:
                p = _PRICE_SAID.search(sentence)
                price_text = p.group("v") if p else None
            price = money(price_text) if price_text else None
            had = ranked.get(rank)
            if had is not None:
                if had["name"] != name:
                    return None  # two names at one rank: lots, or a reading gone wrong
                if had["price"] is None:
                    had["price"] = price
                continue
            if any(r["name"] == name for r in ranked.values()):
                return None  # one name at two ranks
            ranked[rank] = {"rank": rank, "name": name, "price": price}
            roles = roles or bool(m.group("role") or m.group("role2"))
            snippet = snippet or text[max(0, m.start() - 10) : m.end() + 40]
    if not ranked or sorted(ranked) != list(range(1, len(ranked) + 1)):
        return None
    if len(ranked) == 1 and not roles:
        return None
    rows = [ranked[k] for k in sorted(ranked)]
    return ListTable(["排名", "中标候选人"], rows, snippet[:200], winner_table=False)
