"""extractors.patterns: the shared regex parts read what each of their readers wrote out before (stop 31)."""

from __future__ import annotations

import re

from extractors import agents, partylists, readers, stated
from extractors.patterns import FIGURE, FIRM_END, SUM_YUAN


def test_firm_end_reads_a_company_and_a_small_trader() -> None:
    """The winner readers of stated and agents end a firm's name alike, small traders included."""
    name = re.compile(rf"^[\u3400-\u9fff]{{2,40}}?{FIRM_END}$")
    assert name.match("某某建设集团股份有限公司")
    assert name.match("某某五金商行")
    assert not name.match("某某县自然资源局")  # a public body is a buyer or a seller, never such a firm


def test_sum_yuan_takes_yuan_units_only() -> None:
    """A sum in yuan needs its 元; a reader that takes a bare 万 or 亿 widens FIGURE itself."""
    sum_yuan = re.compile(rf"^{SUM_YUAN}$")
    assert sum_yuan.match("1,234.56万元")
    assert sum_yuan.match("45亿元")
    assert not sum_yuan.match("45亿")
    assert re.fullmatch(rf"{agents._SUM}", "45亿")  # agents' report form ('以45亿竞得')


def test_the_sum_patterns_share_one_figure() -> None:
    """The three sum patterns open with the same figure (they wrote it out three times)."""
    assert agents._SUM.startswith(FIGURE)
    assert readers._SUM.startswith(FIGURE)
    assert partylists._PRICE_SAID.pattern.endswith(f"(?P<v>{SUM_YUAN})")
    assert stated._FIRM_CELL.pattern.endswith(FIRM_END)
