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
from itertools import pairwise

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


# --- round 22c: two more shapes of a grid printed without its grid -------------------------------------------

# (a) a key/value grid run into one line, each cell set off by a run of two or more spaces or a tab:
# '某某中标公示 招标人   某公司   工程名称  某工程   招标方式  公开招标   开标时间  …' (fresh30 亳州)
_PAIR_SEP = re.compile(r"\s*\t[\t ]*|[ \u3000]{2,}")
_PAIR_LABEL = re.compile(r"[\u3400-\u9fff（）()]{2,12}")
_MIN_PAIRS = 3


def _pair_label(cell: str, known: Callable[[str], bool]) -> bool:
    return bool(_PAIR_LABEL.fullmatch(cell)) and known(cell)


def _pair_value(cell: str, known: Callable[[str], bool]) -> bool:
    return bool(cell) and not known(cell)


def label_value_pairs(line: str, known: Callable[[str], bool]) -> list[str]:
    """``line`` as one item a line when it holds a run of at least three (label, value) cells set off by
    space runs: 'label:value' for each pair whose value has no colon of its own (a value holding labels of its
    own, '第一中标候选人：甲 第二中标候选人：乙', stays on a line of its own under its label, never joined).

    Structural and refused on any disagreement: the labels are known item labels (short, Han only), the values
    no labels; a run ends at the first cell that breaks the alternation. The first label may end a cell that
    opens with other text after a single space ('某某中标公示 招标人': a heading over the grid), split off.
    Cells outside a run are kept one a line (as ``textpage._unrun`` cuts such a line); a line without such a
    run is returned whole."""
    if "\t" not in line and "  " not in line and "\u3000\u3000" not in line:
        return [line]
    cells = [c.strip() for c in _PAIR_SEP.split(line.strip())]
    if len(cells) < 2 * _MIN_PAIRS:
        return [line]
    # the first cell may be 'heading label' (one space): split it when the last word is a known label
    heads: dict[int, tuple[str, str]] = {}
    for i, c in enumerate(cells):
        if " " in c and not _pair_label(c, known):
            pre, _, last = c.rpartition(" ")
            if pre.strip() and _pair_label(last, known):
                heads[i] = (pre.strip(), last)
    runs: list[tuple[int, int]] = []  # (start, pairs)
    i = 0
    while i < len(cells):
        k = 0
        while i + 2 * k + 1 < len(cells):
            lab = cells[i + 2 * k]
            if not (_pair_label(lab, known) or (k == 0 and i + 2 * k in heads)):
                break
            if not _pair_value(cells[i + 2 * k + 1], known):
                break
            k += 1
        if k >= _MIN_PAIRS:
            runs.append((i, k))
            i += 2 * k
        else:
            i += 1
    if not runs:
        return [line]
    out: list[str] = []
    i = 0
    for start, k in runs:
        out.extend(c for c in cells[i:start] if c)
        for p in range(k):
            lab, val = cells[start + 2 * p], cells[start + 2 * p + 1]
            if p == 0 and start in heads:
                pre, lab = heads[start]
                out.append(pre)
            if re.search(r"[:：]", val):
                out.extend([lab, val])
            else:
                out.append(f"{lab}:{val}")
        i = start + 2 * k
    out.extend(c for c in cells[i:] if c)
    return out


# (b) numbered items run into one line, each number glued to the item before it: '七、评审信息1.评审日期：…
# 2.评审地点：…3.评审委员会负责人：…4.评审委员会成员：甲、乙、丙5.评审意见…' (fresh30 珠海): a number continuing the
# sequence before it starts an item
_ITEM_NO = re.compile(r"(?<![\dA-Za-z.．,，])(?P<n>\d{1,2})(?P<s>[.．、])(?=[\u4e00-\u9fff])")
# a number glued to a word that counts ('采购包1、采购包2', '第1.', '附件3.') is part of a name, not an item's
_COUNTED = re.compile(r"[包号第标段批期章条款项件表图]$")
_MIN_ITEMS = 3
_MIN_ITEM_TEXT = 4
_LABELLED_ITEM = re.compile(r"\d{1,2}[.．、]\s*[^\s:：，,。；;、]{2,14}[:：]")


def items_in_turn(line: str) -> list[str]:
    """``line`` cut before each of its numbered items when they come in turn from 1 (1., 2., 3. … with one
    separator) and at least three of them; an item's text at least four characters. A number out of turn,
    a number after a counting word ('采购包2') or another separator breaks the run; an item run shorter than
    three cuts nothing. Nested lists restart at 1: the longest run in turn is cut."""
    if len(line) < 30:
        return [line]
    found = [m for m in _ITEM_NO.finditer(line) if not _COUNTED.search(line[: m.start()])]
    best: list[re.Match[str]] = []
    for a, first in enumerate(found):
        if first.group("n") != "1":
            continue
        run = [first]
        for m in found[a + 1 :]:
            if int(m.group("n")) != int(run[-1].group("n")) + 1 or m.group("s") != first.group("s"):
                break  # out of turn (a nested list's '1.', a figure's '8、'): the run ends
            run.append(m)
        if len(run) > len(best):
            best = run
    if len(best) < _MIN_ITEMS:
        return [line]
    cuts = [m.start() for m in best]
    bounds = [*cuts, len(line)]
    items = [line[a:b] for a, b in pairwise(bounds)]
    # every item's text long enough to be one ('1、采购包' is a list's word, not an item)
    if any(len(item.strip()) < _MIN_ITEM_TEXT + 2 for item in items):
        return [line]
    # the list is no label's value ('资格要求：1、…；2、…；3、…' is one value, its items stay together), and every
    # item but the last is a labelled item of its own ('2.评审地点：…'): a numbered run of items, each cut off
    if re.search(r"[:：]\s*$", line[: cuts[0]]) or not all(_LABELLED_ITEM.match(item) for item in items[:-1]):
        return [line]
    parts = [line[: cuts[0]], *items]
    return [p.strip() for p in parts if p.strip()]
