"""Reading the office's filled labelling sheet (``pubwatch.label_sheet``) into ``labels/<page>.json`` of its
draw: ``pubwatch acceptance import-sheet`` (issue 12).

Why strict, and all or nothing: these label files are the ground truth an acceptance scores the extractors
against, and a clerk's slip (a type not in the taxonomy, '三十五万' in an amount, a row pasted twice) must not
become a truth that silently scores a right reading as wrong. So every cell is checked first; one error lists
every cell at fault by sheet, row and column, and nothing is written while one is; a label file already
filled (no longer ``draw``'s empty template) is overwritten only with ``force``. The label files are written
in the exact form ``pubwatch.acceptance.score_draw`` reads (``bench/fresh45/labels/*.json``). Like the
sheet's layout, this module imports nothing of ``extractors`` or ``monitor`` (contract
``labels-apart-from-extractors``).
"""

from __future__ import annotations

import json
import warnings
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet

from pubwatch import label_values as lv
from pubwatch.label_sheet import (
    CANDIDATE_COLUMNS,
    CANDIDATES,
    FIRST_ROW,
    KEY_ROW,
    MAIN,
    MAIN_COLUMNS,
    MANIFEST,
    SHEET_FILE,
    Column,
    domain_choice,
    empty_label,
    type_choice,
)
from vocabulary import DOMAINS, NOTICE_TYPES, REFERENCE_KEYS, TYPES


class SheetError(ValueError):
    """The sheet cannot be imported (nothing was written); the message lists every cell at fault."""


#: how a cell of each kind is read (pubwatch.label_values); page, domain and type are read apart
_PARSERS: dict[str, Callable[[Any], Any]] = {
    "text": lv.text,
    "names": lv.names,
    "money": lv.money,
    "area": lv.area,
    "years": lv.years,
    "date": lv.date,
    "datetime": lv.date_time,
    "rank": lv.rank,
}


#: the faulty cells an error lists (the rest are counted): a sheet pasted one column off has hundreds
_SHOWN = 60


@dataclass
class Imported:
    """What ``import_sheet`` did."""

    written: list[str] = field(default_factory=list)
    #: label files that already held exactly what the sheet says
    unchanged: list[str] = field(default_factory=list)
    #: drawn pages whose row is still empty (their label files were left as they were)
    unlabelled: list[str] = field(default_factory=list)


def manifest_pages(folder: Path) -> list[str]:
    """The draw's page file names, in MANIFEST order."""
    path = folder / MANIFEST
    if not path.is_file():
        raise SheetError(f"不是验收抽样目录 (not an acceptance draw: no {MANIFEST}): {folder}")
    lines = path.read_text("utf-8").splitlines()[1:]
    return [line.split("\t", 1)[0] for line in lines if line.strip()]


def import_sheet(folder: Path, sheet: Path | None = None, force: bool = False) -> Imported:
    """Read the draw's sheet, check every cell, then write ``labels/<page>.json`` of every labelled row.

    Nothing is written when any cell is at fault, or when a label file that is no longer the empty template
    would change (unless ``force``): one error lists them all."""
    pages = manifest_pages(folder)
    path = sheet or folder / SHEET_FILE
    labels, problems = read_labels(path, pages)
    if problems:
        raise SheetError(
            f"标注表有 {len(problems)} 处错误，未写入任何文件 (the sheet has {len(problems)} errors; nothing "
            f"written): {path}\n  "
            + "\n  ".join(problems[:_SHOWN])
            + (
                f"\n  …另有 {len(problems) - _SHOWN} 处 (and {len(problems) - _SHOWN} more)"
                if len(problems) > _SHOWN
                else ""
            )
        )
    result = Imported(unlabelled=[p for p in pages if p not in labels])
    refused: list[str] = []
    todo: list[tuple[Path, dict[str, Any]]] = []
    for page, label in labels.items():
        target = folder / "labels" / f"{page}.json"
        existing = _read_json(target)
        if existing == label:
            result.unchanged.append(page)
            continue
        if target.exists() and existing != empty_label(page) and not force:
            refused.append(target.name)
            continue
        todo.append((target, label))
    if refused:
        raise SheetError(
            f"{len(refused)} 个标注文件已有内容，与标注表不同，未覆盖，未写入任何文件；确需覆盖请加 --force "
            f"({len(refused)} label files are no longer empty templates and differ from the sheet; nothing "
            f"written, use --force to overwrite): " + "，".join(refused)
        )
    for target, label in todo:
        target.parent.mkdir(exist_ok=True)
        target.write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        result.written.append(label["sample"])
    return result


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def read_labels(path: Path, pages: list[str]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """(page → label, problems): every labelled row of the sheet at ``path`` as the label file it gives,
    and every cell at fault as '标注!E7「发布日期（YYYY-MM-DD）」: why'."""
    if not path.is_file():
        raise SheetError(f"找不到标注表 (no such sheet): {path}")
    try:
        with warnings.catch_warnings():  # Excel's extensions openpyxl does not keep: we only read values
            warnings.simplefilter("ignore")
            wb = load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SheetError(
            f"无法读取标注表，应为 .xlsx 文件 (cannot read the sheet as .xlsx): {path}: {exc}"
        ) from exc
    problems: list[str] = []
    for name in (MAIN, CANDIDATES):
        if name not in wb.sheetnames:
            problems.append(f"缺少工作表“{name}” (no sheet {name})")
    if problems:
        return {}, problems
    labels = _read_main(wb[MAIN], set(pages), problems)
    _read_candidates(wb[CANDIDATES], set(pages), labels, problems)
    for label in labels.values():  # fields in the reference keys' order, as a hand-written label
        label["fields"] = {k: label["fields"][k] for k in REFERENCE_KEYS if k in label["fields"]}
    return labels, problems


def _columns(ws: Worksheet, columns: tuple[Column, ...], problems: list[str]) -> dict[int, Column] | None:
    """Column index → Column, by the keys of row 2 (a column the clerk added, with no key, is ignored);
    None when a column the sheet cannot be read without is missing."""
    known = {c.key: c for c in columns}
    out: dict[int, Column] = {}
    for cell in ws[KEY_ROW]:
        key = "" if lv.is_blank(cell.value) else str(cell.value).strip()
        if not key:
            continue
        if key not in known:
            problems.append(f"{ws.title}!{cell.coordinate}: 未知的列 (unknown column key) {key!r}")
        elif key in {c.key for c in out.values()}:
            problems.append(f"{ws.title}!{cell.coordinate}: 重复的列 (duplicate column) {key!r}")
        else:
            out[cell.column] = known[key]
    missing = [
        k
        for k in ("sample", "notice_type" if columns is MAIN_COLUMNS else "name")
        if k not in {c.key for c in out.values()}
    ]
    for key in missing:
        problems.append(f"{ws.title}: 缺少列 (missing column) {key!r}「{known[key].header}」")
    return None if missing else out


def _rows(ws: Worksheet, columns: dict[int, Column]) -> Iterable[tuple[int, dict[str, tuple[str, Any]]]]:
    """(row, key → (cell reference, value)) of every row below the headers with a non-blank cell."""
    for row in ws.iter_rows(min_row=FIRST_ROW):
        cells = {
            columns[c.column].key: (f"{ws.title}!{c.coordinate}「{columns[c.column].header}」", c.value)
            for c in row
            if c.column in columns and not lv.is_blank(c.value)
        }
        if cells:
            yield row[0].row, cells


def _page(
    ws: Worksheet, row: int, cells: dict[str, tuple[str, Any]], pages: set[str], problems: list[str]
) -> str:
    if "sample" not in cells:
        problems.append(f"{ws.title}!A{row}: 缺少页面文件名 (no page file name)")
        return ""
    where, value = cells["sample"]
    page = str(value).strip()
    if page not in pages:
        problems.append(
            f"{where}: 页面不在本抽样的 MANIFEST.tsv 中 (page not in the draw's MANIFEST): {page!r}"
        )
        return ""
    return page


def _read_main(ws: Worksheet, pages: set[str], problems: list[str]) -> dict[str, dict[str, Any]]:
    columns = _columns(ws, MAIN_COLUMNS, problems)
    labels: dict[str, dict[str, Any]] = {}
    if columns is None:
        return labels
    first_row: dict[str, int] = {}
    for row, cells in _rows(ws, columns):
        page = _page(ws, row, cells, pages, problems)
        if page in first_row:
            problems.append(
                f"{ws.title}!A{row}: 重复的行，与第 {first_row[page]} 行是同一页面 (duplicate row) {page!r}"
            )
            continue
        if page:
            first_row[page] = row
        content = {k: v for k, v in cells.items() if k != "sample"}
        if not content:
            continue  # a drawn page not labelled yet
        label = _label(f"{ws.title} 第 {row} 行 (row {row})", page, content, problems)
        if page and label is not None:
            labels[page] = label
    return labels


def _label(
    row: str, page: str, cells: dict[str, tuple[str, Any]], problems: list[str]
) -> dict[str, Any] | None:
    """One row's label, or None (its problems recorded) when a cell is at fault."""
    before = len(problems)
    ntype = domain = ""
    if "notice_type" not in cells:
        problems.append(f"{row}: 已填内容但缺少公告类型 (row filled but no notice type)")
    else:
        where, value = cells["notice_type"]
        ntype = _notice_type(str(value).strip())
        if ntype not in NOTICE_TYPES:
            problems.append(f"{where}: 未知的公告类型 (unknown notice type) {ntype!r}，请从下拉列表选择")
    if "domain" in cells:
        where, value = cells["domain"]
        domain = _domain(str(value).strip())
        if not domain:
            problems.append(f"{where}: 未知的领域 (unknown domain) {value!r}，请从下拉列表选择")
        elif ntype in NOTICE_TYPES and not ntype.startswith(f"{domain}."):
            problems.append(f"{where}: 领域与公告类型不符 (domain {domain} does not match type {ntype})")
    fields: dict[str, Any] = {}
    kinds = {c.key: c.kind for c in MAIN_COLUMNS}
    for key, (where, value) in cells.items():
        if key in ("sample", "domain", "notice_type"):
            continue
        try:
            parsed = _PARSERS[kinds[key]](value)
        except lv.CellError as exc:
            problems.append(f"{where}: {exc}")
            continue
        if parsed not in ("", []):
            fields[key] = parsed
    if len(problems) > before:
        return None
    notes = fields.pop("notes", "")
    return {
        "sample": page,
        "domain": domain or ntype.split(".")[0],
        "notice_type": ntype,
        "fields": fields,
        "notes": notes,
    }


def _notice_type(value: str) -> str:
    """A notice-type code from what the drop-down shows ('procurement.result 中标（成交）结果公告') or the code;
    anything else is returned as typed (and refused by the caller)."""
    code = value.split(" ", 1)[0]
    return code if code in NOTICE_TYPES and value in (code, type_choice(code)) else value


def _domain(value: str) -> str:
    """A domain code from what the drop-down shows, the code or the Chinese name; '' when none."""
    for code in TYPES:
        if value in (code, domain_choice(code), DOMAINS.get(code)):
            return code
    return ""


def _read_candidates(
    ws: Worksheet, pages: set[str], labels: dict[str, dict[str, Any]], problems: list[str]
) -> None:
    columns = _columns(ws, CANDIDATE_COLUMNS, problems)
    if columns is None:
        return
    for row, cells in _rows(ws, columns):
        page = _page(ws, row, cells, pages, problems)
        if page and page not in labels:
            problems.append(
                f"{cells['sample'][0]}: 该页面在“{MAIN}”表中未标注或有错 (the page's row in {MAIN} is not "
                f"labelled or is at fault) {page!r}"
            )
        candidate: dict[str, Any] = {}
        if "name" not in cells:
            problems.append(f"{ws.title}!C{row}: 缺少候选人名称 (no candidate name)")
        for key in ("rank", "name", "price"):  # the key order of the hand-written labels
            if key not in cells:
                continue
            where, value = cells[key]
            kind = next(c.kind for c in CANDIDATE_COLUMNS if c.key == key)
            try:
                candidate[key] = _PARSERS[kind](value)
            except lv.CellError as exc:
                problems.append(f"{where}: {exc}")
        if page in labels and "name" in candidate:
            labels[page]["fields"].setdefault("candidates", []).append(candidate)
