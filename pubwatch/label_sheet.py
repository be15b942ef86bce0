"""The office's labelling sheet for an acceptance draw: 标注表.xlsx, written by ``pubwatch acceptance draw``
and read back by ``pubwatch acceptance import-sheet`` (``pubwatch.label_import``) into ``labels/<page>.json``
(issue 12). This module holds the sheet's layout and writes it.

Why a spreadsheet: an acceptance (``pubwatch.acceptance``) needs every drawn page labelled by hand, and a
city supervision office's clerk does not hand-write JSON in taxonomy keys. The sheet has one row per drawn
page (its file name only: no scraped text goes into the sheet), drop-downs for 领域 and 公告类型, one
column per reference key with its unit or format in the header, a sheet 候选人 for ranked candidates and a
sheet 说明 with the rules that matter most (bench/LABELLING.md).

Why apart: the sheet and its reader give the ground truth the extractors are scored against, so this
module, ``label_import`` and ``label_values`` import nothing of ``extractors`` or ``monitor``, not even
``pubwatch.acceptance`` (whose scoring imports the extractors): import-linter contract
``labels-apart-from-extractors``. A truth sharing code with what it measures measures nothing. Hence the
copies below of the reference keys and of the draw's file names, each held equal to its original by a test.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from vocabulary import DOMAINS, NOTICE_TYPE_NAMES, TYPES

SHEET_FILE = "标注表.xlsx"
#: a draw's page list (``pubwatch.acceptance`` takes the name from here: the reader may not import it)
MANIFEST = "MANIFEST.tsv"
MAIN, CANDIDATES, HELP, LISTS = "标注", "候选人", "说明", "词表"
#: row 1: the Chinese header; row 2: the label key (the importer finds columns by it); data from row 3
HEADER_ROW, KEY_ROW, FIRST_ROW = 1, 2, 3
#: rows of the 候选人 sheet prepared with the page drop-down
CANDIDATE_ROWS = 400


@dataclass(frozen=True)
class Column:
    """A column of a sheet: the label key it fills, its Chinese header, how its cells are read."""

    key: str
    header: str
    kind: str
    width: int = 16


_FORMATS = {"text": "@", "names": "@", "page": "@", "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}
_LIST = "（多个用“；”分隔）"

MAIN_COLUMNS: tuple[Column, ...] = (
    Column("sample", "页面文件（点击打开）", "page", 30),
    Column("domain", "领域（下拉选择）", "domain", 22),
    Column("notice_type", "公告类型（下拉选择）", "type", 30),
    Column("title", "公告标题", "text", 36),
    Column("publish_date", "发布日期（YYYY-MM-DD）", "date", 14),
    Column("project_name", "项目名称", "text", 30),
    Column("project_number", "项目编号", "text", 18),
    Column("purchaser", "采购人／招标人／出让方（业主一方）", "text", 24),
    Column("agency", "代理机构", "text", 24),
    Column("budget", "预算金额（元）", "money"),
    Column("max_price", "最高限价（元）", "money"),
    Column("winner", f"中标（成交）人{_LIST}", "names", 28),
    Column("amount", "中标（成交）金额（元）", "money"),
    Column("experts", f"评审专家{_LIST}", "names", 28),
    Column("bid_deadline", "投标截止时间（YYYY-MM-DD HH:MM）", "datetime", 18),
    Column("opening_time", "开标时间（YYYY-MM-DD HH:MM）", "datetime", 18),
    Column("contact_phone", "联系电话（业主一方）", "text"),
    Column("parcel_no", "地块编号", "text"),
    Column("location", "位置（地块位置、建设地点）", "text", 24),
    Column("area_m2", "面积（m²）", "area"),
    Column("land_use", "土地用途", "text"),
    Column("use_term_years", "出让年限（年）", "years"),
    Column("starting_price", "起始价（元）", "money"),
    Column("notes", "备注（判断理由；拿不准写 DOUBTFUL）", "text", 40),
)
CANDIDATE_COLUMNS: tuple[Column, ...] = (
    Column("sample", "页面文件（下拉选择）", "page", 30),
    Column("rank", "名次（1、2、3…）", "rank", 10),
    Column("name", "候选人名称", "text", 36),
    Column("price", "报价（元）", "money", 16),
)


def empty_label(page: str) -> dict[str, Any]:
    """The empty label template ``draw`` writes for a page (what the importer may overwrite)."""
    return {"sample": page, "domain": "", "notice_type": "", "fields": {}, "notes": ""}


def domain_choice(code: str) -> str:
    """A domain as its drop-down shows it: the code and vocabulary's Chinese name ('land 国有土地使用权出让')."""
    return f"{code} {DOMAINS[code]}" if code in DOMAINS else code


def type_choice(code: str) -> str:
    """A notice type as its drop-down shows it: the code and its Chinese name
    ('procurement.result 中标（成交）结果公告'), so a clerk picks by the name and the code is what is stored."""
    return f"{code} {NOTICE_TYPE_NAMES[code]}" if code in NOTICE_TYPE_NAMES else code


# --- writing ----------------------------------------------------------------------------------------

_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_PAGE_FILL = PatternFill("solid", fgColor="EDEDED")


def write_sheet(path: Path, pages: Iterable[str], goal: str) -> None:
    """Write the labelling sheet for ``pages`` (the draw's page file names, in MANIFEST order).

    ``goal`` is the acceptance goal as a sentence for 说明 (the caller's thresholds: this module does not
    import ``pubwatch.acceptance``)."""
    pages = list(pages)
    wb = Workbook()
    help_ws = wb.active
    help_ws.title = HELP
    _write_help(help_ws, goal)
    main = wb.create_sheet(MAIN)
    cands = wb.create_sheet(CANDIDATES)
    lists = wb.create_sheet(LISTS)
    lists.sheet_state = "hidden"
    domains = [domain_choice(d) for d in TYPES]
    types = [type_choice(f"{d}.{t}") for d, ts in TYPES.items() for t in ts]
    lists["A1"], lists["B1"] = "领域", "公告类型"
    for i, value in enumerate(domains, 2):
        lists.cell(i, 1, value)
    for i, value in enumerate(types, 2):
        lists.cell(i, 2, value)

    last = FIRST_ROW + len(pages) - 1
    _headers(main, MAIN_COLUMNS, last)
    for row, page in enumerate(pages, FIRST_ROW):
        cell = main.cell(row, 1, page)
        cell.hyperlink = f"pages/{page}"
        cell.font = Font(color="0563C1", underline="single")
        cell.fill = _PAGE_FILL
        for col in range(2, len(MAIN_COLUMNS) + 1):
            main.cell(row, col).protection = Protection(locked=False)
    _choice(main, f"'{LISTS}'!$A$2:$A${len(domains) + 1}", f"B{FIRST_ROW}:B{last}", "领域")
    _choice(main, f"'{LISTS}'!$B$2:$B${len(types) + 1}", f"C{FIRST_ROW}:C{last}", "公告类型")
    main.protection.sheet = True  # the page names are ours: the clerk fills, never renames, a row
    main.protection.formatColumns = False
    main.protection.formatRows = False

    cand_last = FIRST_ROW + CANDIDATE_ROWS - 1
    _headers(cands, CANDIDATE_COLUMNS, cand_last)
    _choice(cands, f"'{MAIN}'!$A${FIRST_ROW}:$A${last}", f"A{FIRST_ROW}:A{cand_last}", "页面文件")
    rank = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="1", allow_blank=True)
    rank.error, rank.errorTitle, rank.showErrorMessage = "名次应为正整数（1、2、3…）", "名次", True
    cands.add_data_validation(rank)
    rank.add(f"B{FIRST_ROW}:B{cand_last}")
    wb.active = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def _headers(ws: Worksheet, columns: tuple[Column, ...], last: int) -> None:
    """Chinese headers (row 1), keys (row 2, small and grey), widths and cell formats down to ``last``."""
    for col, column in enumerate(columns, 1):
        head = ws.cell(HEADER_ROW, col, column.header)
        head.font, head.fill = Font(bold=True), _HEAD_FILL
        head.alignment = Alignment(wrap_text=True, vertical="center")
        ws.cell(KEY_ROW, col, column.key).font = Font(size=8, color="808080")
        ws.column_dimensions[get_column_letter(col)].width = column.width
        fmt = _FORMATS.get(column.kind)
        for row in range(FIRST_ROW, last + 1):
            if fmt:
                ws.cell(row, col).number_format = fmt
            if column.kind in ("names", "text") and column.width >= 24:
                ws.cell(row, col).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[HEADER_ROW].height = 48
    ws.freeze_panes = ws.cell(FIRST_ROW, 2)


def _choice(ws: Worksheet, source: str, cells: str, what: str) -> None:
    """A drop-down of the values in ``source`` on ``cells``; anything else typed is refused by Excel."""
    dv = DataValidation(type="list", formula1=source, allow_blank=True)
    dv.error, dv.errorTitle, dv.showErrorMessage = f"请从下拉列表中选择{what}", what, True
    dv.prompt, dv.promptTitle, dv.showInputMessage = f"从下拉列表中选择{what}", what, True
    ws.add_data_validation(dv)
    dv.add(cells)


HELP_LINES: tuple[str, ...] = (
    "验收抽样标注表 说明",
    "",
    "一、先标注，后运行",
    "1. 在运行任何抽取程序之前标注（不要运行 pubwatch extract、bench 脚本或看板），也不要查看本来源的监测结果。",
    "2. 每个页面一行（“标注”表）。点击页面文件名打开 pages/ 中的页面。领域、公告类型从下拉列表选择（类型见 docs/taxonomy.md）。",
    "3. 只填页面写明的内容：页面没有写明的要素留空；不从文件名、网址推断，不自行计算（不把各标段金额相加）。",
    "4. 判断理由写在“备注”栏；拿不准的，写明理由并注明 DOUBTFUL。",
    "",
    "二、最要紧的规则（完整规则见 bench/LABELLING.md）",
    "• 金额一律以“元”为单位：万元 ×10000，亿元 ×100000000。可直接填数字，也可填“12.5万元”，导入时换算为 125000。",
    "  页面未印单位的金额按元计；单位与表头矛盾的数字不填。单价（元/平方米、元/吨、每年每亩）不是起始价。",
    "• 面积以平方米计：公顷 ×10000，亩 ×666.67（也可填“2公顷”“30亩”）。年限填年数。",
    "• 日期填 YYYY-MM-DD；投标截止时间、开标时间填 YYYY-MM-DD HH:MM，页面只有日期没有时刻的不填。",
    "• 打码、遮挡（*、#、(略)、点击查看）：名称、标题、地点去掉遮挡后仍留有地名或具体名称的，连同遮挡符照录；",
    "  金额、日期、电话、编号和被遮挡的单位名称不填。",
    "• 多个标段或地块：地块编号、位置、面积、用途、年限、起始价只在各标段都相同时填；中标人列出所有标段的；",
    "  页面印有合计金额的填合计，不自行相加。",
    "• 多个名称（中标人、评审专家）按页面顺序，用全角分号“；”分隔（或在格内换行）；评审专家包括采购人代表。",
    "• 候选人填在“候选人”表，一行一个：页面文件（下拉选择）、名次、名称、报价（元）。"
    "开标记录的投标人按页面顺序编名次；印有“排名不分先后”的名单不填。",
    "• 联系电话：业主一方（采购人、招标人）的第一个联系电话，照录；不填代理机构、交易中心或投诉电话。",
    "• 文字照录页面（繁体、括号、空格照录）。",
    "",
    "三、导入与评分",
    "1. 填完并保存后运行：pubwatch acceptance import-sheet <本抽样目录>",
    "   程序逐格检查；有任何错误（未知类型或领域、金额不是数字、日期无效、页面不在抽样中、重复行等）时，"
    "列出行号和列名，不写入任何文件。",
    "   无误时写入 labels/<页面文件>.json。已有内容的标注文件不覆盖，确需覆盖时加 --force。",
    "2. 评分：pubwatch acceptance score <本抽样目录>",
    "3. 达标后记录：pubwatch acceptance score <本抽样目录> --record --by 标注人",
    "4. 评分后发现标注有误，只能在备注中写明证据后改正；此后本抽样已被看过，须用新的随机种子重新抽样作为记录。",
)


def _write_help(ws: Worksheet, goal: str) -> None:
    ws.column_dimensions["A"].width = 120
    for row, line in enumerate((*HELP_LINES, "", f"验收标准：{goal}"), 1):
        cell = ws.cell(row, 1, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if row == 1 or line.startswith(("一、", "二、", "三、")):
            cell.font = Font(bold=True, size=14 if row == 1 else 11)
    ws.protection.sheet = True
