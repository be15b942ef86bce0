"""Candidate lists the header-row reader cannot see: tables printed column-wise, and text blocks.

Several provinces' 中标候选人公示 templates (沈阳公共资源交易, railway tenders, and others) lay the
ranked list out sideways::

    投标人排序     | 第一名 | 第二名 | 第三名
    中标候选人名称 | A      | B      | C
    投标报价(元)   | 1      | 2      | 3

The header-row reader sees no column named 中标候选人名称 there, so the list is read here: the row
whose cells after its label are all rank words gives the ranks, the name row under the same columns
the candidates, and a price row (if any) their prices.

Others (湖南 and more) print one text block per candidate: '第一中标候选人：A' then its 信用等级,
投标报价, 项目负责人… lines up to the next '第二中标候选人：B' (``candidate_blocks``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .labels import core_label
from .layout import Table
from .normalize import clean_text, is_placeholder, money, rank_number, strip_value, unit_from_label
from .readers import ListTable

_RANK_WORD = re.compile(r"^第\s*([一二三四五六七八九十\d]{1,3})\s*(?:名|中标候选人|候选人|位)?$")
_NAME_ROW = re.compile(r"(?:中标|推荐|投标)?候选人(?:名称)?|投标人(?:名称)?|(?:投标|候选)?单位(?:名称)?")
_PRICE_ROW = re.compile(r"(?:投标|中标|评标)?(?:报价|价格|总价|金额)(?:金额)?")


def transposed_candidates(tables: list[Table]) -> Iterator[ListTable]:
    """A ListTable for each column-wise candidate table among ``tables``."""
    for t in tables:
        grid = [[strip_value(c[0]) for c in r] for r in t.grid_cells()]
        for ri, row in enumerate(grid):
            lc = next((i for i, c in enumerate(row) if _RANK_WORD.match(c)), None)
            if lc is None or lc == 0 or len(row) - lc < 2:
                continue
            ranks = [_RANK_WORD.match(c) for c in row[lc:]]
            if not all(ranks):
                continue
            width = len(row)
            label_at = lc - 1
            named = [
                r
                for r in grid[ri + 1 :]
                if len(r) == width and _NAME_ROW.fullmatch(core_label(r[label_at])[0])
            ]
            if not named:
                break
            priced = [
                r
                for r in grid[ri + 1 :]
                if len(r) == width and _PRICE_ROW.fullmatch(core_label(r[label_at])[0])
            ]
            unit = unit_from_label(priced[0][label_at]) if priced else None
            rows: list[dict[str, object]] = []
            for k, m in enumerate(ranks):
                name = named[0][lc + k]
                if not name or is_placeholder(name) or len(name) > 60:
                    continue
                price = money(priced[0][lc + k], unit or "元") if priced else None
                rows.append({"rank": rank_number(m.group(1)) if m else None, "name": name, "price": price})
            if rows:
                header = [row[label_at], named[0][label_at]]
                yield ListTable(header, rows, " | ".join(row)[:200], winner_table=False)
            break
        else:
            found = _unranked(grid)
            if found is not None:
                yield found


# the row naming the candidates where no rank row is printed: its label says they are candidates
_CANDIDATE_ROW = re.compile(r"(?:中标|推荐|成交)?候选人(?:名称)?")
_ORG = re.compile(r".{2,58}(?:公司|集团|合作社|研究院|设计院|事务所|院|所|厂|中心)")


def _unranked(grid: list[list[str]]) -> ListTable | None:
    """'中标候选人名称 | A | B | C' over '投标报价(元) | 1 | 2 | 3' (宜昌's candidates notice): a sideways
    list without a rank row, the candidates in rank order from the left (the notice lists its
    candidates first to third; only organisations' names, three at most beside one label)."""
    for ri, row in enumerate(grid):
        if not row or not _CANDIDATE_ROW.fullmatch(core_label(row[0])[0]):
            continue
        lc = max(i for i, c in enumerate(row) if c == row[0]) + 1  # a label spanning two columns
        names = row[lc:]
        if not 2 <= len(names) <= 3 or not all(_ORG.fullmatch(n) for n in names):
            return None
        width = len(row)
        priced = [r for r in grid[ri + 1 :] if len(r) == width and _PRICE_ROW.fullmatch(core_label(r[0])[0])]
        unit = unit_from_label(priced[0][0]) if priced else None
        rows: list[dict[str, object]] = [
            {"rank": k + 1, "name": n, "price": money(priced[0][lc + k], unit or "元") if priced else None}
            for k, n in enumerate(names)
        ]
        return ListTable([row[0]], rows, " | ".join(row)[:200], winner_table=False)
    return None


_BLOCK_HEAD = re.compile(
    r"^\s*第\s*([一二三四五六七八九十\d]{1,3})\s*(?:名\s*)?(?:中标|成交)?候选(?:人|单位|供应商)(?:名称)?\s*[:：]\s*(?P<name>\S.*)$"
)
# (round 22h) the same head with the rank after the role or a rank word: '中标候选人第一名：A', '排名第一：A'
_BLOCK_HEAD_AFTER = re.compile(
    r"^\s*(?:(?:中标|成交|中选)?候选(?:人|单位|供应商)|排名|排序|名次)\s*第\s*([一二三四五六七八九十\d]{1,3})\s*(?:名|位)?"
    r"(?:名称)?\s*[:：]\s*(?P<name>\S.*)$"
)
# an evaluation report's ranked lines: '第一名：甲建设有限公司' / '第1名 乙建筑工程有限公司' (the whole
# line is the rank and one organisation's name: a score table's '第一名' cell has more on its line)
_RANK_LINE = re.compile(
    r"^\s*第\s*([一二三四五六七八九十\d]{1,2})\s*名\s*[:：]?\s*"
    r"(?P<name>[^\s，,。；;:：|]{2,40}?(?:公司|集团|合作社|厂|研究院|设计院|事务所))\s*$"
)
# (round 19g) a rank alone on its line ('第一名' / '.'), the candidate's name opening the next line (a ranking or a
# table printed one cell a line: fresh10 华蓥 '第一名 / . / 四川某建安建设工程有限公司  下浮比例', fresh15 泸定 '第一名 /
# 中国某工程局有限公司 / 符合…'; a short label may follow the name on its line)
_RANK_ALONE = re.compile(r"^\s*第\s*([一二三四五六七八九十\d]{1,2})\s*名\s*[:：.．、]?\s*$")
_NAME_OPENS = re.compile(
    r"^\s*(?P<name>[^\s，,。；;:：|]{2,40}?(?:公司|集团|合作社|厂|研究院|设计院|事务所|工程局))"
    r"(?:\s|$|(?=(?!有限|股份|公司|分公司|集团|责任)[\u4e00-\u9fff]{2,8}\s*[:：]?\s*$))"
)
_PUNCT_ONLY = re.compile(r"^\s*[.．、:：|]?\s*$")


def _ranks_alone(lines: list[str]) -> list[tuple[int, str]]:
    """(line index, name) of each rank printed alone with the name opening the next line (a '.' between)."""
    out = []
    for i, ln in enumerate(lines):
        if not _RANK_ALONE.match(clean_text(ln)):
            continue
        j = i + 1
        while j < len(lines) and j <= i + 2 and _PUNCT_ONLY.match(lines[j]):
            j += 1
        m = _NAME_OPENS.match(lines[j]) if j < len(lines) else None
        out.append((i, m.group("name") if m else ""))
    return out


# the next 'label:' item on the same line, after a separator (a figure's thousands commas are no separator)
_INLINE_ITEM = re.compile(
    r"(?<!\d)[，,；;\s]+(?=[^，,；;\s:：\d]{2,10}[:：])|(?<=\d)[，；;\s]+(?=[^，,；;\s:：\d]{2,10}[:：])"
)
_BLOCK_PRICE = re.compile(
    r"^\s*(?:投标|评标|中标)?(?:报价|总价|价格)(?:金额)?\s*(?P<note>[(（][^()（）]{1,6}[)）])?\s*[:：]\s*(?P<v>.+)$"
)


def candidate_blocks(lines: list[str]) -> ListTable | None:
    """The candidates printed as '第一中标候选人：A' blocks, with the 投标报价 line of each block."""
    heads = [
        (i, m)
        for i, ln in enumerate(lines)
        if (m := _BLOCK_HEAD.match(clean_text(ln)) or _BLOCK_HEAD_AFTER.match(clean_text(ln)))
    ]
    if not heads:
        heads = [(i, m) for i, ln in enumerate(lines) if (m := _RANK_LINE.match(clean_text(ln)))]
    if not heads:
        alone = _ranks_alone(lines)
        ranks = [rank_number(_RANK_ALONE.match(clean_text(lines[i])).group(1)) for i, _ in alone]  # type: ignore[union-attr]
        # every rank names its candidate, the ranks run 1, 2, 3 …: a name shifted from a column after the rank
        # (the next row's) would leave the last rank without one
        if len(alone) < 2 or not all(name for _, name in alone) or ranks != list(range(1, len(alone) + 1)):
            return None
        rows_alone = [
            {"rank": r, "name": name, "price": None} for r, (_, name) in zip(ranks, alone, strict=True)
        ]
        return ListTable(["排名", "中标候选人"], rows_alone, lines[alone[0][0]][:200], winner_table=False)
    if len(heads) < 2:
        return None
    rows: list[dict[str, object]] = []
    for k, (i, m) in enumerate(heads):
        # one line may carry the whole block: '第一中标候选人:甲公司,投标报价:1234567.00元,项目经理:张三'
        parts = _INLINE_ITEM.split(m.group("name"))
        name = strip_value(parts[0])
        if not name or is_placeholder(name) or len(name) > 60:
            return None
        end = heads[k + 1][0] if k + 1 < len(heads) else min(len(lines), i + 15)
        price = None
        for ln in parts[1:] + lines[i + 1 : end]:
            pm = _BLOCK_PRICE.match(clean_text(ln))
            if pm:
                price = money(pm.group("v"), unit_from_label(pm.group("note") or "") or "元")
                break
        rows.append({"rank": rank_number(m.group(1)), "name": name, "price": price})
    ranks = [r["rank"] for r in rows]
    if len(set(ranks)) != len(ranks):
        return None  # two lots each with their own 第一中标候选人: not one list
    return ListTable(["中标候选人"], rows, lines[heads[0][0]][:200], winner_table=False)


# A table whose cells ran together in a copy ('序号供应商名称最终报价评审结果1 甲公司770000.00元第一名2 乙公司
# 790000.00元第二名…'): each row is its number, an organisation, its bid in 元 and, within a few words, the
# rank word that repeats the row's number ('第一名', '第二中标候选人')
_GLUED_ROW = re.compile(
    r"(?<![\d.,])(?P<n>[1-9])\s*(?P<name>[\u4e00-\u9fff（）()]{4,40}?(?:公司|集团|中心|研究院|设计院|事务所|厂))"
    # (round 22h: a bid with no unit printed when the rank word follows it at once, '…公司272000.00第一成交候选人'
    # — money with no unit is yuan — and the rank word of the ordinal family: 名, any 候选人/候选单位/候选供应商)
    r"\s*(?P<price>\d[\d,]*\.\d{1,2})\s*(?:元[^第\d]{0,20}?(?:[\d.]+\s*分[^第]{0,8}?)?|(?=第))"
    r"第(?P<rank>[一二三四五六七八九十])(?:名|(?:中标|成交|中选)?候选(?:人|单位|供应商))"
)


def glued_ranked_rows(lines: list[str]) -> ListTable | None:
    """The candidates of a table whose cells ran together, when two or more rows follow in turn (row
    number 1, 2, … each with the same rank word): a run-together line names no column, so the number
    and the rank word agreeing is what tells a row from a sentence."""
    for ln in lines:
        rows: list[dict[str, object]] = []
        for m in _GLUED_ROW.finditer(ln):
            n, rank = int(m.group("n")), rank_number(m.group("rank"))
            if n != rank or n != len(rows) + 1:
                break
            rows.append({"rank": n, "name": m.group("name"), "price": money(m.group("price") + "元", "元")})
        if len(rows) >= 2:
            return ListTable(["排名", "中标候选人"], rows, ln[:200], winner_table=False)
    return None


# the candidates told in one sentence of an evaluation report: '…分别为: 第一中标候选人:甲公司 综合得分:90.76分;
# 第二中标候选人:乙公司 …' / '第一中标候选人为甲公司,第二中标候选人为乙公司,第三中标候选人为丙公司。'
_SAID_RANK = re.compile(
    r"第\s*(?P<rank>[一二三四五六七八九十\d]{1,2})\s*(?:名|(?:中标|成交)?候选(?:人|单位|供应商))\s*(?:为|是|[:：])\s*"
    # (the longest name before a separator or the next 'label:' a cleaned copy ran on: '…有限公司综合得分:90.76分')
    r"(?P<name>[^\s，,。；;:：|为是]{2,40}(?:公司|集团|合作社|厂|研究院|设计院|事务所))"
    r"(?=[\s，,。；;|]|$|[\u4e00-\u9fff]{2,8}[:：])"
)


def said_candidates(lines: list[str]) -> ListTable | None:
    """The candidates a report names in one line, ranked 1, 2, … in turn ('第一中标候选人为甲公司,第二中标候选人
    为乙公司'): two or more ranks in order on one line are a list, one '第一中标候选人为…' alone is a sentence
    on the winner (read elsewhere)."""
    for ln in lines:
        rows: list[dict[str, object]] = []
        for m in _SAID_RANK.finditer(ln):
            if rank_number(m.group("rank")) != len(rows) + 1:
                break
            rows.append({"rank": len(rows) + 1, "name": m.group("name"), "price": None})
        if len(rows) >= 2:
            return ListTable(["排名", "中标候选人"], rows, ln[:200], winner_table=False)
    return None


# round 17e: a report of a candidates notice that names its first-ranked candidate alone, in a sentence, with no
# ranking beside it: '经评审,第一中标候选人为<公司>,投标总报价…' (fresh16 安庆), '第一中标候选人由<公司>与<公司>共同
# 组成的联合体,他们以22765.4669万元的投标报价…' (fresh14 西咸: the consortium's lead member, named first, stands
# for it, as the labels take it).  LABELLING 'candidates: a ranked list of bidders' — a list of one.
_LONE_FIRST = re.compile(
    r"第一\s*(?:中标|成交)?候选(?:人|单位)\s*(?:(?:为|是)\s*(?P<name>[^\s，,。；;:：|为是]{2,40}?(?:公司|集团|工程局))"
    r"(?=[\s，,。；;(（])"
    r"|由\s*(?P<lead>[^\s，,。；;:：|与和]{2,40}?(?:公司|集团|工程局))\s*(?:与|和|及)[^。；;]{2,60}?(?:共同)?组成的?联合体)"
)
# the candidate's bid in the same sentence, as a plain figure (not '17.1781余亿元', '约…')
_LONE_PRICE = re.compile(
    r"(?:投标(?:总)?报价(?:为|是|[:：])?\s*|以\s*)(?<![约近])(?P<v>\d[\d,]*(?:\.\d+)?)\s*(?P<u>万元|元|亿元)"
    r"(?:的投标(?:总)?报价)?"
)
_OTHER_RANK = re.compile(r"第[二三四五2-5]\s*(?:名|(?:中标|成交)?候选(?:人|单位))|[二三两2-5]\s*名中标候选人")


# (round 19g) a procurement 候选人公示 naming its one candidate under the candidate's label, alone on its line:
# '第一中选候选人:宁波某公司' (fresh13 宁波, a 比选), '成交候选人:马鞍山市某公司' (fresh28 马鞍山, its 项目相关情况 list)
_LABELLED_LONE = re.compile(
    r"^\s*(?:第一\s*)?(?:中标|成交|中选)候选(?:人|单位)\s*[:：]\s*"
    r"(?P<name>[^\s，,。；;:：|]{2,40}?(?:公司|集团|工程局|事务所))\s*$",
    re.M,
)


def labelled_lone_candidate(lines: list[str]) -> ListTable | None:
    """The one candidate a procurement publicity names under a candidate label on a line of its own, when the
    page ranks no other: a list of one at rank 1 (LABELLING candidates: a ranked list whatever it is called)."""
    text = "\n".join(lines)
    found = list(_LABELLED_LONE.finditer(text))
    if len(found) != 1 or _OTHER_RANK.search(text):
        return None
    m = found[0]
    return ListTable(
        ["排名", "中标候选人"],
        [{"rank": 1, "name": m.group("name"), "price": None}],
        m.group(0).strip()[:200],
        winner_table=False,
    )


def lone_first_candidate(lines: list[str]) -> ListTable | None:
    """The first-ranked candidate a report names alone in a sentence ('第一中标候选人为<公司>'), when the page
    ranks no other candidate: a list of one, with the bid the same sentence states in figures."""
    text = "\n".join(lines)
    found = list(_LONE_FIRST.finditer(text))
    if len(found) != 1 or _OTHER_RANK.search(text):
        return None
    m = found[0]
    name = m.group("name") or m.group("lead")
    sentence = re.split(r"[。；;\n]", text[m.end() :], maxsplit=1)[0]
    p = _LONE_PRICE.search(sentence)
    price = money(p.group("v") + p.group("u")) if p else None
    snippet = text[max(0, m.start() - 10) : m.end() + len(sentence)][:200]
    return ListTable(
        ["排名", "中标候选人"], [{"rank": 1, "name": name, "price": price}], snippet, winner_table=False
    )
