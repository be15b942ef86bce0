"""A table printed without its grid: cells separated by tabs or runs of spaces (round 21).

Why: a text copy of an HTML table often keeps the cells' order and drops the grid, a tab or a run of spaces
between the cells instead of ``|``. The header row is then a line of column labels and each data row a line
of as many cells ('包<TAB>货物名称<TAB>供应商资格要求<TAB>预算金额' / '1<TAB>…<TAB>…<TAB>52.51万元', fresh30 招远),
or the whole grid runs on inside one long line whose cells are separated by runs of tabs (fresh30 济南:
'…包号<TABS>货物服务名称<TABS>供应商资格要求<TABS>本包预算金额<TABS>未分包<TABS>…<TABS>48万元<TABS>四、…').

This rewrites such a header and its row(s) as ``a | b | c |`` lines, so the text page's table path
(``textpage._text_to_html``) makes them the same HTML table the layout readers pair by column: no field is
mapped here. Precision first: the header must be a line of column labels (short, no figure, no colon, at
least two of them labels a key is read from); a row must have exactly as many cells as the header (a cell
count that differs is refused, never shifted); inside a long line the row must be followed by the line's end
or a numbered chapter heading, so the cells after the header are that one row and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .labels import kv_like

# the cell separator: a tab (any number) or three or more spaces (two spaces part words of one cell)
_SEP = re.compile(r"\s*\t[\t ]*|[ \u3000]{3,}")
_LABEL_CELL = re.compile(r"[\u3400-\u9fff（）()]{1,12}")
_CHAPTER = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|[（(][一二三四五六七八九十]{1,3}[)）])")
_MIN_COLUMNS = 3


def _split(line: str) -> list[str]:
    return [c.strip() for c in _SEP.split(line.strip())]


def _header(cells: list[str], opens: Callable[[str], bool]) -> bool:
    """A row of column labels: each a short label (no figure, no colon), two or more a label we read."""
    if len(cells) < _MIN_COLUMNS or not all(_LABEL_CELL.fullmatch(c) for c in cells):
        return False
    # (a header whose known labels alternate with other words, '包号 | 货物服务名称 | 供应商资格要求 | 本包预算金额',
    # reads as label, value, label, value to the key/value table reader too: two readings, none taken)
    return sum(1 for c in cells if opens(c)) >= 2 and not kv_like(cells)


# an item of the text around a table, no cell of it: a chapter heading or a 'label：value' item
_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*、|\d{1,2}\s*[、.．]\D|[^：:]{1,12}[：:])")


def _row(cells: list[str], width: int, opens: Callable[[str], bool]) -> bool:
    """A data row under a header of ``width`` columns: as many cells, all filled, none an item of the text
    around the table, not a second header."""
    return len(cells) == width and all(c and not _ITEM.match(c) for c in cells) and not _header(cells, opens)


def _pipes(cells: list[str]) -> str:
    return " | ".join(c.replace("|", "/") for c in cells) + " |"


def space_tables(lines: list[str], opens: Callable[[str], bool]) -> list[str]:
    """``lines`` with each tab or space-run table rewritten as ``|`` rows (see the module's note)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if "\t" not in ln and "   " not in ln:
            out.append(ln)
            i += 1
            continue
        cells = _split(ln)
        if _header(cells, opens):
            j = i + 1
            rows: list[list[str]] = []
            while j < len(lines) and _row(_split(lines[j]), len(cells), opens):
                rows.append(_split(lines[j]))
                j += 1
            if rows:
                out.extend([_pipes(cells), *(_pipes(r) for r in rows)])
                i = j
                continue
        out.extend(_inline(ln, cells, opens))
        i += 1
    return out


def _inline(line: str, cells: list[str], opens: Callable[[str], bool]) -> list[str]:
    """A long line holding a header and its one row among other items: those two cut out as ``|`` rows, the
    other items one a line (as ``textpage._unrun`` cuts a long line at its space runs).

    Every run of label cells is tried from its start at every width; exactly one reading must fit (a second
    one is an ambiguity, and nothing is cut)."""
    fits: list[tuple[int, int]] = []
    for start in range(len(cells)):
        if start and _LABEL_CELL.fullmatch(cells[start - 1]):
            continue  # a header opens its run of labels: a run's tail is no header
        longest = 0
        while start + longest < len(cells) and _LABEL_CELL.fullmatch(cells[start + longest]):
            longest += 1
        for width in range(_MIN_COLUMNS, longest + 1):
            head = cells[start : start + width]
            end = start + 2 * width
            row = cells[start + width : end]
            # the row must end the line or be followed by a chapter heading: then nothing else is in it
            if (
                _header(head, opens)
                and _row(row, width, opens)
                and (end == len(cells) or _CHAPTER.match(cells[end]))
            ):
                fits.append((start, width))
    if len(fits) != 1:
        return [line]
    start, width = fits[0]
    end = start + 2 * width
    before, after = cells[:start], cells[end:]
    return [
        *before,
        _pipes(cells[start : start + width]),
        _pipes(cells[start + width : end]),
        *after,
    ]
