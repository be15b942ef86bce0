"""A two-level header grid whose rows a text rendering broke apart, put back by counting cells (round 25a).

Why: a lot sheet (a land, mining or lease notice's 地块 table) heads some columns with a spanning group cell
('规划指标' / '规划指标要求' / '出让地块规划指标要求') over its sub-headers ('容积率 | 建筑密度 | 绿地率'). A page
store's text rendering keeps the cells' order and loses the grid: the top row, then the sub-header row, then the
lot's values, in any of three shapes —

- one cell per line ('编号 |' / '土地 位置 |' / … ) with spacer lines of bare pipes ('||', '|||||||': the spanned
  slots printed empty) between the rows (the 浙江省自然资源智慧交易服务平台 template as 嘉兴 prints it);
- pipe rows whose top row is broken over two lines ('序号 | … | 土地用途' / '| 规划指标要求 | … | ||||');
- a data row as long as the flattened header, or one cell longer (a remark cell the header has no column for,
  printed after the last value), or one cell shorter (a sub-column's empty cell the rendering dropped).

The reader: the header rows are the leading rows whose cells are all short labels; the last of them is the
sub-header row, and exactly one cell of the rows above it is a group cell. The columns are the top cells with
the group replaced by the sub-headers (``top[:g] + subs + top[g+1:]``); the value cells (empty ones dropped,
they are the rendering's padding) must then fill whole rows of that width. Precision first, refused (``None``)
unless the count fits:

- exactly k rows of the width (k ≥ 2 only when the rows print as rows of that width, or each row's first cell
  has the same shape: '2008-66' / '2008-67', '1' / '2'): every cell under its column;
- one row and a tail of one or two long remark cells (a sentence, at least 20 characters): the row read, the
  remark kept as a paragraph;
- one row one cell short, the group inside the row: the columns left of the group read from the left, those
  right of it from the right, the group's own sub-columns left empty (which of them lost its cell is unknown).

Every read cell must fit its column (``fits``: a money, area or term column holds a figure, a planning
figure's column a figure): one misfit and the whole reading is refused. No field is mapped here: the clean
table goes to the layout readers, which map the header labels through ``labels.RULES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .labels import core_label

# a header cell: a short label, no figure in its words (a unit note may hold one: '面积(M2)')
_HEAD_WORDS = re.compile(r"[^\d:：，,。；;|]{1,16}")
_NOTE_HEAD = re.compile(r"备\s*注(?:信息|说明)?|说\s*明|注")
# a remark cell after the row: a sentence or a numbered list, long
_PROSE = re.compile(r"[。；;]|[:：]|\d[、.．]\S")
_MIN_PROSE = 20
_MAX_TAIL = 2


def _head_cell(cell: str) -> bool:
    core = core_label(cell)[0] or cell.strip()
    # (round 26a) a unit the rendering broke off its bracket ('土地 面积 2)' for '土地面积(m²)') is still a header's
    core = _BROKEN_UNIT.sub("", core)
    return len(cell.strip()) <= 24 and bool(_HEAD_WORDS.fullmatch(re.sub(r"\s+", "", core)))


# (round 26a) the remnant of a square-metre unit whose bracket or 'm' a rendering lost: '2)', 'm2)', '(m2'
_BROKEN_UNIT = re.compile(r"(?<=[\u4e00-\u9fff])\s*[(（]?\s*[mM]?\s*[2²]\s*[)）]?\s*$")


def _filled(row: list[str]) -> list[str]:
    return [c.strip() for c in row if c.strip()]


def _header_row(row: list[str]) -> bool:
    cells = _filled(row)
    return bool(cells) and all(_head_cell(c) for c in cells)


def _note_row(row: list[str]) -> bool:
    """'备注 | 1、…' or '备注:1、…' (a note across the table's width): the lot's rows end there."""
    cells = _filled(row)
    return bool(cells) and bool(
        _NOTE_HEAD.fullmatch(core_label(cells[0])[0]) or re.match(r"(备\s*注|说\s*明)\s*[:：]", cells[0])
    )


def _prose(cell: str) -> bool:
    return len(cell) >= _MIN_PROSE and bool(_PROSE.search(cell))


def _shape(cell: str) -> str:
    return re.sub(r"\d+", "0", re.sub(r"\s+", "", cell))


def _rows_line_up(rows: list[list[str]]) -> bool:
    """Rows cut from a run of cells are lots only when their first cells say so: the same code shape
    ('2008-66', '2008-67') or counting on ('1', '2', '3')."""
    firsts = [r[0] for r in rows]
    if all(re.fullmatch(r"\d{1,3}", f) for f in firsts):
        return [int(f) for f in firsts] == list(range(int(firsts[0]), int(firsts[0]) + len(firsts)))
    return len({_shape(f) for f in firsts}) == 1 and len(set(firsts)) == len(firsts)


def regrid(
    table: list[list[str]],
    is_group: Callable[[str], bool],
    fits: Callable[[str, str], bool],
    known: Callable[[str], bool],
) -> tuple[list[list[str]], list[str], list[list[str]]] | None:
    """(grid, remarks, rest) for a table opening with a two-level header (see the module's note), or None.

    ``grid`` is the flat header over the lot rows; ``remarks`` the remark cells printed after the row;
    ``rest`` the rows after the lot rows (a note row, a second table run on below), left as printed."""
    h = 0
    while h < len(table) and _header_row(table[h]):
        h += 1
    if h < 2 or h >= len(table):
        return None
    subs = _filled(table[h - 1])
    top = [c for r in table[: h - 1] for c in _filled(r)]
    groups = [i for i, c in enumerate(top) if is_group(c)]
    if len(groups) != 1 or len(subs) < 2 or len(top) < 3 or sum(1 for c in top if known(c)) < 2:
        return None
    g = groups[0]
    heads = top[:g] + subs + top[g + 1 :]
    width, n_sub = len(heads), len(subs)
    # the lot rows run to the next header row; a note row under each lot ('备注:…', fresh4's two-lot 嘉兴 sheet) is
    # set aside and kept under the rows, where the readers know it for a note
    end = h
    while end < len(table) and not _header_row(table[end]):
        end += 1
    data = [r for r in table[h:end] if not _note_row(r)]
    notes = [r for r in table[h:end] if _note_row(r)]
    if not data:
        return None
    stream = [c for r in data for c in _filled(r)]
    for rows, remarks in _readings(data, stream, width, g, n_sub):
        if all(fits(hd, v) for row in rows for hd, v in zip(heads, row, strict=True) if v.strip()):
            return [heads, *rows, *notes], remarks, table[end:]
    return None


def _readings(
    data: list[list[str]], stream: list[str], width: int, g: int, n_sub: int
) -> list[tuple[list[list[str]], list[str]]]:
    """The ways the value cells can fill rows of ``width`` columns, in order of trust: the rows as printed, the
    run of filled cells cut into rows, one row with a remark tail, one row one cell short (see the module's note).
    """
    out: list[tuple[list[list[str]], list[str]]] = []
    printed = [r[:width] for r in data if len(r) >= width and not any(c.strip() for c in r[width:])]
    if len(printed) == len(data) and all(_filled(r) for r in printed):
        out.append((printed, []))  # each row as wide as the header: an empty cell kept in its column
    if stream and len(stream) % width == 0:
        rows = [stream[k : k + width] for k in range(0, len(stream), width)]
        if len(rows) == 1 or _rows_line_up(rows):
            out.append((rows, []))
    if width < len(stream) <= width + _MAX_TAIL and all(_prose(c) for c in stream[width:]):
        out.append(([stream[:width]], stream[width:]))
    if len(stream) == width - 1 and 0 < g and g + n_sub < width and len(data) == 1:
        right = width - g - n_sub
        out.append(([stream[:g] + [""] * n_sub + stream[len(stream) - right :]], []))
    return out


def bands(
    table: list[list[str]], is_group: Callable[[str], bool], known: Callable[[str], bool]
) -> list[list[list[str]]]:
    """(round 26a) A lot sheet printed in bands, each its own header over its own values, as one table per band.

    Why: a sheet too wide for the page is printed in two bands ('地块名称 | 土地坐落 | 面积 | 用途 | 年限' over the
    lot's first cells, then '竞买保证金 | 履约保证金 | 各项规划指标要求' / '容积率 | 建筑密度 | …' over the rest, the
    瑞安 and 诸暨 templates); a rendering with no blank line between them gives one table whose later header rows
    sit among the values, and no column reads right. A band starts at a header row (short labels only, two known
    or a group cell among them) after a value row, when the table opened with a header row and the new band has a
    value row of its own; anything else is one band, as printed."""
    if len(table) < 4 or not _header_row(table[0]):
        return [table]
    cuts = [0]
    for r in range(1, len(table) - 1):
        row = _filled(table[r])
        if (
            _header_row(table[r])
            and not _header_row(table[r - 1])
            and not _note_row(table[r - 1])
            and (sum(1 for c in row if known(c)) >= 2 or any(is_group(c) for c in row))
            and any(not _header_row(x) for x in table[r + 1 :])
        ):
            cuts.append(r)
    if len(cuts) == 1:
        return [table]
    return [table[a:b] for a, b in zip(cuts, [*cuts[1:], len(table)], strict=True)]
