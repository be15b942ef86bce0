"""A repost's own summary block, told apart from the notice it reposts.

Aggregators (bidcenter, qianlima, 88cc88, datauseful…) print their own summary above the notice:
a status grid ('编号 | 交易状态 | 起始价 | 成交价'), a 公告摘要 whose labels are the aggregator's
mapping ('招标代理机构 X' for the seller itself), placeholders behind a login wall.  A line that is
only a body heading ('详细内容', '公告正文', '公告详情') ends that block.  Why it matters: the block's
values are the aggregator's annotations, not the notice's statements, so items are read from the
notice below it; only the page's own title and date (which the repost states for the page) are
taken from the block.
"""

from __future__ import annotations

import re

from .layout import Page, Table

_BODY_HEADING = re.compile(r"^(?:详细内容|公告正文|公告详情|正文内容|正文|信息正文|公告内容详情)[:：]?$")
_WINDOW = 60


def body_start(lines: list[str]) -> int:
    """Index of the first line of the reposted notice (after its last body heading), 0 when none."""
    start = 0
    for i, ln in enumerate(lines[:_WINDOW]):
        if _BODY_HEADING.match(ln.strip()):
            start = i + 1
    return start if start < len(lines) else 0


def body_tables(page: Page, start: int) -> list[Table]:
    """The tables of the notice itself: those whose first text is not printed above ``start``."""
    if not start:
        return page.tables
    head = set(page.lines[:start])
    tail = set(page.lines[start:])
    out = []
    for t in page.tables:
        first = next((c[0] for r in t.rows for c in r if c[0]), "")
        if first in head and first not in tail:
            continue
        out.append(t)
    return out
