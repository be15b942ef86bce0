"""The title a government information-disclosure grid names (round 19d).

A page published through a 政府信息公开 catalogue prints the catalogue's metadata grid above the document: its
索引号, 发布机构, 文号, 生成日期 / 发文时间 and the document's name under 名称 / 标题 / 信息名称 / 文件名称
('名称: | <title> | 文号: | 无 |' (fresh26 绩溪), '标题<title>' glued to its label (fresh26 兴县), '信息名称: <title>
本县告字[2017]1号 主题分类: 土地供应' (fresh22 本溪)).  The name is the document's own title (LABELLING title: the
notice's own heading as printed); the page may print it again as its heading, or not at all (a 政策 page that
opens on its first item).  A 名称 cell means the document's name only inside such a grid: elsewhere '名称:' is a
party's or a lot's ('出让人 / 名称:某厅'), so the grid's 索引号 must stand among the first lines.
"""

from __future__ import annotations

import re

from .precise import reference_number

# the catalogue's index number, the grid's one mark no notice prints of itself
_INDEX = re.compile(r"(?:信息)?索引号")
# the document's name in the grid: the label at a cell's start, a colon or nothing after it
_NAME = re.compile(r"^(?:信息名称|文件名称|公开事项名称|名\s*称|标\s*题)\s*[:：]?\s*")
# the next cell of the grid on the same line: '主题分类:', '文 号:', '发布机构:'
_NEXT_CELL = re.compile(r"\s+[\u3400-\u9fff][\u3400-\u9fff\s]{1,7}[:：]")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def disclosure_title(lines: list[str], window: int = 20) -> tuple[str, str] | None:
    """(title, its line) named by the disclosure grid's 名称 / 标题 cell, or None (no grid, no such cell)."""
    top = lines[:window]
    at = next((i for i, ln in enumerate(top) if _INDEX.search(ln) and len(ln) <= 200), None)
    if at is None:
        return None
    start = max(0, at - 4)
    for j, ln in enumerate(top[start : at + 16], start):
        cells = _cells(ln)
        for k, cell in enumerate(cells):
            m = _NAME.match(cell)
            if not m:
                continue
            value = cell[m.end() :]
            if not value and k + 1 < len(cells):
                value = cells[k + 1]  # '名称: | <title> |': the value is the next cell
            elif not value and len(cells) == 1 and j + 1 < len(lines):
                value = lines[j + 1]  # the grid one cell a line: '名称:' / '<title>'
                ln = f"{ln}{value}"
            nxt = _NEXT_CELL.search(value)
            if nxt:
                value = value[: nxt.start()]
            words = value.split()
            if len(words) > 1 and reference_number(words[-1]):
                value = value[: value.rfind(words[-1])]  # the 文号 printed after the name is no part of it
            value = value.strip()
            if len(_CJK.findall(value)) >= 6 and not re.search(r"[:：]$", value):
                return value, ln
            return None
    return None
