"""The office's labelling sheet (issue 12): ``pubwatch acceptance draw`` writes 标注表.xlsx, ``pubwatch acceptance
import-sheet`` reads it back into the label files ``score_draw`` reads.

A draw from a test database (test_acceptance's made-up pages); the sheet filled with openpyxl as a clerk would
fill it in Excel (date cells, '万元' typed as text, names separated by '；', candidates in their own sheet);
its labels must equal hand-written JSON of the same content and score the same. Every refusal writes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine
from typer.testing import CliRunner

from pubwatch import label_values as lv
from pubwatch.acceptance import draw, score_draw
from pubwatch.cli import app
from pubwatch.label_import import SheetError, import_sheet
from pubwatch.label_sheet import (
    CANDIDATES,
    FIRST_ROW,
    KEY_ROW,
    LISTS,
    MAIN,
    SHEET_FILE,
    domain_choice,
    empty_label,
    type_choice,
)
from tests.pubwatch.test_acceptance import _award_label, _population, engine  # noqa: F401 (a fixture)
from vocabulary import NOTICE_TYPES, REFERENCE_KEYS, TYPES

runner = CliRunner()
N = 15


def _draw(engine: Engine, folder: Path) -> dict[str, int]:  # noqa: F811 (the fixture)
    """Draw 15 of the 30 made-up award pages; page file name → the page's number in AWARD."""
    _population(engine)
    result = draw(engine, "kecheng", N, 7, folder)
    rows = [line.split("\t") for line in (folder / "MANIFEST.tsv").read_text("utf-8").splitlines()[1:]]
    numbers = {name: int(url.rsplit("/k", 1)[1].removesuffix(".html")) for name, url, *_ in rows}
    assert list(numbers) == result.pages
    return numbers


def _labels(numbers: dict[str, int]) -> dict[str, dict[str, Any]]:
    """Hand-written labels of the drawn pages: as read, but the second page's winner is another (so the
    figures are not all 1.0) and the third carries experts, candidates and a deadline the page does not state."""
    out = {}
    for k, (name, i) in enumerate(numbers.items()):
        fields = _award_label(i)
        if k == 1:
            fields["winner"] = ["衢州市丙家具有限公司"]
        if k == 2:
            fields["experts"] = ["张三", "李四（组长）"]
            fields["bid_deadline"] = "2026-02-20 09:30"
            fields["candidates"] = [
                {"rank": 1, "name": "衢州市甲家具有限公司", "price": 356000},
                {"rank": 2, "name": "乙公司", "price": 125000.0},
                {"name": "丙公司"},
            ]
        out[name] = {
            "sample": name,
            "domain": "procurement",
            "notice_type": "procurement.result",
            "fields": fields,
            "notes": f"made up for a test, page {i}",
        }
    return out


def _keys(ws: Worksheet) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[KEY_ROW] if c.value}


def _fill(folder: Path, labels: dict[str, dict[str, Any]]) -> Path:
    """Fill the draw's sheet with ``labels`` as a clerk would: the domain from its drop-down, dates as Excel
    date cells on even rows and as text on odd ones, the amount as '万元' text on odd rows, names by '；'."""
    path = folder / SHEET_FILE
    wb = load_workbook(path)
    main, cands = wb[MAIN], wb[CANDIDATES]
    cols, ccols = _keys(main), _keys(cands)
    rows = {main.cell(r, 1).value: r for r in range(FIRST_ROW, main.max_row + 1)}
    crow = FIRST_ROW
    for n, (name, label) in enumerate(labels.items()):
        r = rows[name]
        main.cell(r, cols["domain"], domain_choice(label["domain"]))
        # the type as the drop-down shows it on even rows, the bare code on odd ones: both are read as the code
        main.cell(
            r, cols["notice_type"], type_choice(label["notice_type"]) if n % 2 == 0 else label["notice_type"]
        )
        main.cell(r, cols["notes"], label["notes"])
        for key, value in label["fields"].items():
            if key == "candidates":
                for cand in value:
                    cands.cell(crow, ccols["sample"], name)
                    for ckey in ("rank", "name", "price"):
                        if ckey in cand:
                            cands.cell(crow, ccols[ckey], cand[ckey])
                    crow += 1
                continue
            if isinstance(value, list):
                value = "；".join(value)
            elif key == "publish_date" and n % 2 == 0:
                value = dt.datetime.fromisoformat(value)
            elif key == "bid_deadline" and n % 2 == 0:
                value = dt.datetime.fromisoformat(value)
            elif key == "amount" and n % 2 == 1:
                value = f"{value / 10000:g}万元"
            main.cell(r, cols[key], value)
    wb.save(path)
    return path


def _label_files(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in sorted((folder / "labels").iterdir())}


# --- the sheet a draw writes --------------------------------------------------------------------------


def test_a_draw_writes_the_sheet_one_row_per_page_with_its_drop_downs(
    engine: Engine,  # noqa: F811
    tmp_path: Path,
) -> None:
    numbers = _draw(engine, tmp_path / "d")
    wb = load_workbook(tmp_path / "d" / SHEET_FILE)
    assert wb.sheetnames == ["说明", MAIN, CANDIDATES, LISTS] and wb[LISTS].sheet_state == "hidden"
    main = wb[MAIN]
    pages = [main.cell(r, 1).value for r in range(FIRST_ROW, main.max_row + 1)]
    assert pages == list(numbers)  # one row per drawn page, in MANIFEST order
    assert [main.cell(r, 1).hyperlink.target for r in (FIRST_ROW,)] == [f"pages/{pages[0]}"]
    keys = list(_keys(main))
    assert keys == [
        "sample",
        "domain",
        "notice_type",
        *(k for k in REFERENCE_KEYS if k != "candidates"),
        "notes",
    ]
    assert main.protection.sheet and main.cell(FIRST_ROW, 1).protection.locked
    assert not main.cell(FIRST_ROW, 2).protection.locked
    headers = {main.cell(1, c).value for c in range(1, main.max_column + 1)}
    assert {
        "中标（成交）金额（元）",
        "面积（m²）",
        "发布日期（YYYY-MM-DD）",
        "开标时间（YYYY-MM-DD HH:MM）",
    } <= headers

    lists = wb[LISTS]
    domains = [lists.cell(r, 1).value for r in range(2, lists.max_row + 1) if lists.cell(r, 1).value]
    types = [lists.cell(r, 2).value for r in range(2, lists.max_row + 1) if lists.cell(r, 2).value]
    assert domains == [domain_choice(d) for d in TYPES] and "land 国有土地使用权出让" in domains
    assert sorted(t.split(" ", 1)[0] for t in types) == sorted(NOTICE_TYPES)
    assert "procurement.result 中标（成交）结果公告" in types  # the clerk picks by the Chinese name
    last = FIRST_ROW + N - 1
    rules = {(str(dv.sqref), dv.type, dv.formula1) for dv in main.data_validations.dataValidation}
    assert rules == {
        (f"B{FIRST_ROW}:B{last}", "list", f"'{LISTS}'!$A$2:$A${len(domains) + 1}"),
        (f"C{FIRST_ROW}:C{last}", "list", f"'{LISTS}'!$B$2:$B${len(types) + 1}"),
    }
    cand_rules = {(dv.type, dv.formula1) for dv in wb[CANDIDATES].data_validations.dataValidation}
    assert ("list", f"'{MAIN}'!$A${FIRST_ROW}:$A${last}") in cand_rules and ("whole", "1") in cand_rules
    assert list(_keys(wb[CANDIDATES])) == ["sample", "rank", "name", "price"]

    help_text = "\n".join(str(c.value) for row in wb["说明"].iter_rows() for c in row if c.value)
    for phrase in (
        "运行任何抽取程序之前",
        "只填页面写明的内容",
        "万元 ×10000",
        "遮挡",
        "多个标段",
        "import-sheet",
        "score",
    ):
        assert phrase in help_text
    assert "F1 ≥ 0.95" in help_text
    # nothing of the pages is in the workbook: only our file names and the vocabulary
    cells = [str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells if "课桌椅" in c or "某某小学" in c or "家具有限公司" in c]
    readme = (tmp_path / "d" / "README.md").read_text("utf-8")
    assert SHEET_FILE in readme and "import-sheet" in readme


def test_the_sheet_and_the_scorer_ask_for_the_same_keys() -> None:
    """The sheet's columns and the scorer's keys are one list (vocabulary.REFERENCE_KEYS), the MANIFEST one name."""
    from extractors.scoring import REFERENCE_KEYS as SCORED
    from pubwatch import acceptance, label_sheet

    assert set(REFERENCE_KEYS) == SCORED and len(REFERENCE_KEYS) == len(SCORED) == 21
    assert label_sheet.MANIFEST == acceptance.MANIFEST == "MANIFEST.tsv"


def test_the_contract_catches_the_reader_reaching_the_extractors(tmp_path: Path) -> None:
    """``labels-apart-from-extractors`` has teeth: an import of pubwatch.acceptance (whose scoring imports
    the extractors) planted in a copy of the reader breaks it."""
    from tests.architecture.test_import_contracts import _copy_tree, _lint

    _copy_tree(tmp_path)
    values = tmp_path / "pubwatch" / "label_values.py"
    values.write_text(values.read_text("utf-8") + "\nfrom pubwatch import acceptance  # planted\n", "utf-8")
    run = _lint(tmp_path)
    assert run.returncode != 0 and "pubwatch.label_values -> pubwatch.acceptance" in run.stdout, run.stdout[
        -3000:
    ]
    assert "labelling sheet" in run.stdout.split("Broken contracts", 1)[-1]


# --- import: the labels as hand-written, scored the same -------------------------------------------------


def test_an_imported_sheet_gives_the_hand_written_labels_and_the_same_score(
    engine: Engine,  # noqa: F811
    tmp_path: Path,
) -> None:
    numbers = _draw(engine, tmp_path / "sheet")
    shutil.copytree(tmp_path / "sheet", tmp_path / "json")
    labels = _labels(numbers)
    for name, label in labels.items():  # the JSON path: hand-written label files
        (tmp_path / "json" / "labels" / f"{name}.json").write_text(
            json.dumps(label, ensure_ascii=False), "utf-8"
        )
    _fill(tmp_path / "sheet", labels)

    out = runner.invoke(app, ["acceptance", "import-sheet", str(tmp_path / "sheet")])
    assert out.exit_code == 0, out.output
    assert "wrote 15" in out.output and "not labelled 0" in out.output
    for name, label in labels.items():
        written = json.loads((tmp_path / "sheet" / "labels" / f"{name}.json").read_text("utf-8"))
        assert written == label
        assert list(written) == ["sample", "domain", "notice_type", "fields", "notes"]
    by_sheet, by_json = score_draw(tmp_path / "sheet"), score_draw(tmp_path / "json")
    figures = ("pages", "precision", "recall", "f1", "types_right", "errors")
    assert [getattr(by_sheet, f) for f in figures] == [getattr(by_json, f) for f in figures]
    assert (
        by_sheet.recall < 1.0 and by_sheet.types_right == N
    )  # the wrong winner and the made-up values count

    again = import_sheet(tmp_path / "sheet")  # the same sheet again: nothing to change, nothing refused
    assert (again.written, len(again.unchanged)) == ([], N)


def test_a_partly_filled_sheet_writes_the_labelled_rows_only(
    engine: Engine,  # noqa: F811
    tmp_path: Path,
) -> None:
    numbers = _draw(engine, tmp_path / "d")
    first = next(iter(numbers))
    _fill(tmp_path / "d", {first: _labels(numbers)[first]})
    result = import_sheet(tmp_path / "d")
    assert result.written == [first] and len(result.unlabelled) == N - 1
    untouched = [n for n in numbers if n != first]
    for name in untouched:
        assert json.loads((tmp_path / "d" / "labels" / f"{name}.json").read_text("utf-8")) == empty_label(
            name
        )


def test_a_sheet_saved_elsewhere_is_read_with_sheet_and_a_file_that_is_no_sheet_is_refused(
    engine: Engine,  # noqa: F811
    tmp_path: Path,
) -> None:
    numbers = _draw(engine, tmp_path / "d")
    path = _fill(tmp_path / "d", _labels(numbers))
    saved = tmp_path / "标注表(1).xlsx"
    path.rename(saved)
    missing = runner.invoke(app, ["acceptance", "import-sheet", str(tmp_path / "d")])
    assert missing.exit_code == 2 and "找不到标注表" in missing.output
    ok = runner.invoke(app, ["acceptance", "import-sheet", str(tmp_path / "d"), "--sheet", str(saved)])
    assert ok.exit_code == 0 and "wrote 15" in ok.output, ok.output
    (tmp_path / "not.xlsx").write_text("page,type\n", "utf-8")
    with pytest.raises(SheetError, match="cannot read the sheet"):
        import_sheet(tmp_path / "d", tmp_path / "not.xlsx", force=True)


def test_wan_yuan_typed_as_text_is_yuan(engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    numbers = _draw(engine, tmp_path / "d")
    first = next(iter(numbers))
    label = _labels(numbers)[first]
    path = _fill(tmp_path / "d", {first: label})
    wb = load_workbook(path)
    wb[MAIN].cell(FIRST_ROW, _keys(wb[MAIN])["amount"], "12.5万元")
    wb.save(path)
    import_sheet(tmp_path / "d")
    written = json.loads((tmp_path / "d" / "labels" / f"{first}.json").read_text("utf-8"))
    assert written["fields"]["amount"] == 125000.0


# --- refusals: one error naming every faulty cell, nothing written ---------------------------------------


def _set(sheet: str, key: str, value: Any, row: int = FIRST_ROW) -> Callable[[Any], None]:
    def change(wb: Any) -> None:
        wb[sheet].cell(row, _keys(wb[sheet])[key]).value = value  # (cell(r, c, None) would keep the value)

    return change


def _duplicate(wb: Any) -> None:
    main = wb[MAIN]
    for col in range(1, main.max_column + 1):
        main.cell(main.max_row + 1 if col == 1 else main.max_row, col, main.cell(FIRST_ROW, col).value)


@pytest.mark.parametrize(
    ("change", "where", "why"),
    [
        (_set(MAIN, "notice_type", "procurement.award"), f"{MAIN}!C{FIRST_ROW}", "未知的公告类型"),
        (  # a code with another type's name: which one was meant is not known
            _set(MAIN, "notice_type", "procurement.result 工程中标结果公告"),
            f"{MAIN}!C{FIRST_ROW}",
            "未知的公告类型",
        ),
        (_set(MAIN, "domain", "transport 交通"), f"{MAIN}!B{FIRST_ROW}", "未知的领域"),
        (_set(MAIN, "domain", domain_choice("land")), f"{MAIN}!B{FIRST_ROW}", "领域与公告类型不符"),
        (_set(MAIN, "amount", "三十五万"), f"{MAIN}!M{FIRST_ROW}", "不是金额"),
        (_set(MAIN, "amount", "35.6美元"), f"{MAIN}!M{FIRST_ROW}", "不是金额"),
        (_set(MAIN, "publish_date", "2026-02-30"), f"{MAIN}!E{FIRST_ROW}", "日期无效"),
        (_set(MAIN, "publish_date", "三月五日"), f"{MAIN}!E{FIRST_ROW}", "不是日期"),
        (_set(MAIN, "opening_time", dt.datetime(2026, 3, 5)), f"{MAIN}!P{FIRST_ROW}", "缺少时刻"),
        (_set(MAIN, "sample", "kecheng_99_v999.html"), f"{MAIN}!A{FIRST_ROW}", "不在本抽样的 MANIFEST"),
        (_duplicate, f"{MAIN}!A{FIRST_ROW + N}", "重复的行"),
        (_set(MAIN, "notice_type", None), f"{MAIN} 第 {FIRST_ROW} 行", "缺少公告类型"),
        (_set(CANDIDATES, "sample", "nosuch.html"), f"{CANDIDATES}!A{FIRST_ROW}", "不在本抽样的 MANIFEST"),
        (_set(CANDIDATES, "rank", "第一"), f"{CANDIDATES}!B{FIRST_ROW}", "名次应为正整数"),
        (_set(CANDIDATES, "name", None), f"{CANDIDATES}!C{FIRST_ROW}", "缺少候选人名称"),
        (_set(CANDIDATES, "price", "约十万"), f"{CANDIDATES}!D{FIRST_ROW}", "不是金额"),
    ],
)
def test_a_faulty_cell_is_refused_and_nothing_is_written(
    engine: Engine,  # noqa: F811
    tmp_path: Path,
    change: Callable[[Any], None],
    where: str,
    why: str,
) -> None:
    numbers = _draw(engine, tmp_path / "d")
    labels = _labels(numbers)
    third = list(labels)[2]  # the page with candidates goes first, so that its row is the first row
    path = _fill(tmp_path / "d", {third: labels[third], **{k: v for k, v in labels.items() if k != third}})
    wb = load_workbook(path)
    main = wb[MAIN]
    rows = {main.cell(r, 1).value: r for r in range(FIRST_ROW, FIRST_ROW + N)}
    if rows[third] != FIRST_ROW:  # swap the rows so that the page with candidates is the first
        for col in range(1, main.max_column + 1):
            a, b = main.cell(FIRST_ROW, col), main.cell(rows[third], col)
            a.value, b.value = b.value, a.value
    change(wb)
    wb.save(path)
    before = _label_files(tmp_path / "d")
    with pytest.raises(SheetError) as err:
        import_sheet(tmp_path / "d")
    message = str(err.value)
    assert "未写入任何文件" in message
    assert any(where in line and why in line for line in message.splitlines()), message
    assert _label_files(tmp_path / "d") == before

    out = runner.invoke(app, ["acceptance", "import-sheet", str(tmp_path / "d")])
    assert out.exit_code == 2 and why in out.output
    assert _label_files(tmp_path / "d") == before


def test_every_faulty_cell_is_listed_at_once(engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    numbers = _draw(engine, tmp_path / "d")
    path = _fill(tmp_path / "d", _labels(numbers))
    wb = load_workbook(path)
    for change in (
        _set(MAIN, "amount", "x", FIRST_ROW + 4),
        _set(MAIN, "publish_date", "2026-13-01", FIRST_ROW + 7),
    ):
        change(wb)
    wb.save(path)
    with pytest.raises(SheetError, match="2 处错误") as err:
        import_sheet(tmp_path / "d")
    assert f"{MAIN}!M{FIRST_ROW + 4}" in str(err.value) and f"{MAIN}!E{FIRST_ROW + 7}" in str(err.value)


def test_a_filled_label_file_is_overwritten_only_with_force(engine: Engine, tmp_path: Path) -> None:  # noqa: F811
    numbers = _draw(engine, tmp_path / "d")
    labels = _labels(numbers)
    path = _fill(tmp_path / "d", labels)
    import_sheet(tmp_path / "d")
    first = next(iter(labels))
    wb = load_workbook(path)
    row = next(r for r in range(FIRST_ROW, FIRST_ROW + N) if wb[MAIN].cell(r, 1).value == first)
    wb[MAIN].cell(row, _keys(wb[MAIN])["amount"], 999)
    wb.save(path)
    before = _label_files(tmp_path / "d")
    with pytest.raises(SheetError, match="--force") as err:
        import_sheet(tmp_path / "d")
    assert f"{first}.json" in str(err.value) and _label_files(tmp_path / "d") == before
    refused = runner.invoke(app, ["acceptance", "import-sheet", str(tmp_path / "d")])
    assert refused.exit_code == 2 and _label_files(tmp_path / "d") == before

    forced = runner.invoke(app, ["acceptance", "import-sheet", str(tmp_path / "d"), "--force"])
    assert forced.exit_code == 0, forced.output
    written = json.loads((tmp_path / "d" / "labels" / f"{first}.json").read_text("utf-8"))
    assert written["fields"]["amount"] == 999 and written == {
        **labels[first],
        "fields": {**labels[first]["fields"], "amount": 999},
    }


# --- the cell readers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "yuan"),
    [
        ("12.5万元", 125000.0),
        ("12.5万", 125000.0),
        ("1.15万元", 11500),
        ("1,450,000元", 1450000),
        ("145.0000000（万元）", 1450000),
        ("人民币3亿元", 300000000),
        ("￥ 2,000.50", 2000.5),
        ("35.6万元整", 356000),
        (1450000, 1450000),
        (35.5, 35.5),
    ],
)
def test_money_is_read_in_yuan(typed: Any, yuan: float) -> None:
    assert lv.money(typed) == yuan


@pytest.mark.parametrize(
    "typed", ["三十五万", "12.5美元", "-3", "1.2.3万", "", True, dt.datetime(2026, 1, 1)]
)
def test_money_that_is_not_a_number_is_refused(typed: Any) -> None:
    with pytest.raises(lv.CellError):
        lv.money(typed)


def test_areas_years_dates_and_names() -> None:
    assert (lv.area("2.5公顷"), lv.area("30亩"), lv.area("1,200平方米"), lv.area(88.5)) == (
        25000,
        20000.1,
        1200,
        88.5,
    )
    assert (lv.years("40年"), lv.years(50)) == (40, 50)
    for typed in (
        "2026-3-5",
        "2026/03/05",
        "2026年3月5日",
        "2026.03.05",
        "2026-03-05 08:09",
        dt.date(2026, 3, 5),
    ):
        assert lv.date(typed) == "2026-03-05"
    assert lv.date(dt.datetime(2026, 3, 5, 8, 9)) == "2026-03-05"
    for typed in ("2026-03-05 09:30", "2026年3月5日9时30分", "2026/3/5 9:30", dt.datetime(2026, 3, 5, 9, 30)):
        assert lv.date_time(typed) == "2026-03-05 09:30"
    assert lv.date_time("2026-03-05 00:00") == "2026-03-05 00:00"  # a real midnight, typed as text
    for bad in ("2026-03-05", "2026-03-05 25:00", dt.datetime(2026, 3, 5)):
        with pytest.raises(lv.CellError):
            lv.date_time(bad)
    assert lv.names("甲公司；乙公司\n丙公司；") == ["甲公司", "乙公司", "丙公司"]
    assert lv.names("A、B联合体") == ["A、B联合体"]  # a consortium printed as one name stays whole
    assert (lv.text(13812345678), lv.text(" KC-1 ")) == ("13812345678", "KC-1")
    assert (lv.rank(2), lv.rank("3"), lv.rank(1.0)) == (2, 3, 1)
