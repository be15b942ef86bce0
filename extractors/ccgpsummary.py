"""The ccgp.gov.cn 公告概要, as a text copy prints it: one run of labels glued to their values (round 27f).

Why: every ccgp.gov.cn detail page opens with the platform's own summary grid (``ccgpgrid``, which finds the run and
cuts it at the grid's fixed labels). An HTML copy keeps it a table (layout's summary tables, read by ``kv_tables``); a
text copy (the BidAgent crawler's, fresh45/46) runs the cells together with no separator, so no label reader sees it.
Most pages state the same items again in their body (采购人信息 / 采购代理机构信息); a works result of the 北京 platform
(fresh45 西城 中国科学院) states its buyer's phone and its agency only here. This module is the policy: which cells give
which keys, each read once, and its items are read after the body's (a fallback for keys still missing).
"""

from __future__ import annotations

from .ccgpgrid import cells, summary_run
from .readers import Finding

# the keys the grid's items give (the owner side's phone: LABELLING contact_phone); not the buyer, which round 17b's
# summary reader cuts only before its 行政区域 cell (a run without it names no buyer: test_round17_b_fields)
_KEYS = {
    "采购项目名称": "project_name",
    "代理机构名称": "agency",
    "采购单位联系方式": "contact_phone",
    "预算金额": "budget",
    "总中标金额": "amount",
    "总成交金额": "amount",
}


def summary_items(lines: list[str]) -> list[Finding]:
    """The 公告概要 run's items for the keys it names, each read once (its first value), in the grid's order."""
    out: list[Finding] = []
    seen: set[str] = set()
    for label, value in cells(summary_run(lines)):
        key = _KEYS.get(label)
        value = value.strip()
        if key is None or key in seen or not value:
            continue
        seen.add(key)
        out.append(Finding(key, value, "", f"{label}：{value}", "kv_table"))
    return out
