"""Candidates a notice says are not ranked (round 18d).

Why: LABELLING's candidates rule takes a ranked list of bidders. A candidates publicity that names its
candidates '（排序不分先后）' / '（排名不分先后）' / '…中标候选人，排名不分先后' prints no ranking: the order of its
table or sentence is no rank, so no list is read (fresh19 永城 '评标委员会推荐的中标候选人（排序不分先后）' over a
table, fresh21 宜昌 西陵 '中标候选人为（排名不分先后）：A、B、C', fresh23 宜昌 '…排名不分先后'; fresh8 当阳's older
label, marked DOUBTFUL, still ranks its three by column order).
"""

from __future__ import annotations

import re

_UNRANKED = re.compile(r"候选人[^。\n]{0,6}?[，,（(]\s*(?:排序|排名|顺序)不分先后")


def unranked_candidates(lines: list[str]) -> bool:
    """True when the page says its candidates are listed in no rank order."""
    return any(_UNRANKED.search(ln) for ln in lines)
