"""Round 26a: the Zhejiang lot sheet in the other renderings fresh42 shows, read by the same column count.

Why: round 25a's two-level grid reader fired on 3 of fresh42's 11 piped lot sheets. The others were refused or never
reached: an indicator column priced per unit ('亩均税收(万元/亩)') holding a bound or a phrase; a term cell naming its
use ('工业40') and a header whose unit the rendering broke ('土地 面积 2)'); a sheet printed in two bands, each with
its own header; a row broken round a cell printed bare; a sheet one cell per line whose heads are long only by their
unit note; a sheet run into one paragraph line. Made-up pages only; each shape, and what must stay unread.
"""

from __future__ import annotations

from extractors import extract
from extractors.labels import keys_for
from extractors.masked import masked_code
from extractors.normalize import duration_years

HEAD = "某市自然资源和规划局\n国有建设用地使用权挂牌出让公告\n某土告字[2031]第7号\n"
OPEN = "经某市人民政府批准,某市自然资源和规划局决定以挂牌方式出让下列地块的国有建设用地使用权。现将有关事项公告如下:\n"
TAIL = "二、竞买资格和要求:\n中华人民共和国境内外的法人和其他组织均可申请参加。\n"


def _fields(page: str) -> dict[str, object]:
    rec = extract(page.encode())
    assert rec.notice_type == "land.transfer_notice"
    return rec.fields


def test_two_level_grid_with_rate_columns_is_read() -> None:
    """Rate columns ('万元/亩') hold bounds and phrases: the grid is still read, the lots' shared use taken."""
    sheet = (
        "一、挂牌出让地块的基本情况和规划指标\n"
        "| 序号 | 地块 编号 | 土地位置 | 土地 面积 (公顷) | 土地用途 | 规划指标要求 | 投资强度(万元/亩) | 亩均税收 (万元/亩)"
        " | 单位能耗增加值(万元/吨标煤) | 出让年限 (年) | 起始价(万元) | |\n"
        "| 容积率 | 建筑密度 | |||||||||\n"
        "| 1 | 某字0001号 | 甲镇某路东侧 | 1.2000 | 二类工业用地 | 1.5-3.5 | ≤50% | ≥300 | 投产后前3年20、25、30 | ≥4.8"
        " | 50 | 1200 |\n"
        "| 2 | 某字0002号 | 乙镇某路南侧 | 2.3000 | 二类工业用地 | 1.8-3.0 | ≤55% | ≥320 | 投产后前3年21、26、31 | ≥4.5"
        " | 50 | 2300 |\n"
    )
    f = _fields(HEAD + OPEN + sheet + TAIL)
    assert f["land_use"] == "二类工业用地"
    assert f["use_term_years"] == 50
    assert "starting_price" not in f and "area_m2" not in f  # two lots: no one price or area


def test_use_named_term_and_broken_area_unit() -> None:
    sheet = (
        "一、挂牌出让地块位置及规划指标概况:\n"
        "土地位置 | 土地 面积 2) | 土地 用途 | 规划指标要求 | 出让 年限(年) | 起始 总价 (万元) | 竞买保证金(万元) | |||\n"
        "容积率 | 建筑 密度 | 绿地率 | 建筑 高度 | ||||||\n"
        "某单元甲路以南、乙街以东 | 20000.5 | 工业用地(M2) | 2.0 -2.5 | 30% -50% | 10% -15% | 生产性用房≤ 40米 | 工业40"
        " | 3000 | 600 |\n"
    )
    f = _fields(HEAD + OPEN + sheet + TAIL)
    assert f["location"] == "某单元甲路以南、乙街以东"
    assert f["land_use"] == "工业用地(M2)"
    assert f["use_term_years"] == 40
    assert f["starting_price"] == 30_000_000
    assert "area_m2" not in f  # the area's unit is lost: no area


def test_sheet_in_two_bands_each_under_its_own_header() -> None:
    sheet = (
        "一、挂牌出让地块的基本情况和规划指标要求:\n"
        "地块 名称 | 地块 编号 | 地块 位置 | 出让用地面积(㎡) | 土地用途 | 出让年限 | 起始地价 (万元) |\n"
        "某中心区C-1-1地块 | 2031XG001号 | 某中心区甲路以北,乙路以西地块 | 12345.6 | 住宅用地 | 70年 | 45678 |\n"
        "竞买保 证金 (万元) | 履约保 证金 | 各项规划指标要求 | |||||\n"
        "容积率 | 建筑密度 | 绿地率 | 建筑高度 | |||\n"
        "9000 | / | ≤2.3且>1.0 | ≤25% | ≥30% | ≤80m |\n"
        "备注:1、本地块具体规划指标详见规划条件。\n"
    )
    f = _fields(HEAD + OPEN + sheet + TAIL)
    assert f["parcel_no"] == "2031XG001号"  # the 编号 column before the 名称 column
    assert f["location"] == "某中心区甲路以北,乙路以西地块"
    assert f["area_m2"] == 12345.6
    assert f["land_use"] == "住宅用地"
    assert f["use_term_years"] == 70
    assert f["starting_price"] == 456_780_000


def test_row_broken_round_a_bare_cell() -> None:
    sheet = (
        "一、挂牌出让地块的基本情况和规划指标要求:\n"
        "地块 名称 | 地块 编号 | 地块 位置 | 出让用地面积(㎡) | 土地用途 | 出让年限 | 起始地价 (万元) |\n"
        "某街道1-2地块 | 2031CG002号 |\n"
        "某街道,环山路以南\n"
        "| 5000.5㎡ | 工业用地 | 50 | 1000.5 |\n"
    )
    f = _fields(HEAD + OPEN + sheet + TAIL)
    assert f["parcel_no"] == "2031CG002号"
    assert f["location"] == "某街道,环山路以南"
    assert f["land_use"] == "工业用地"
    assert f["use_term_years"] == 50
    assert f["starting_price"] == 10_005_000


def test_bare_line_sheet_with_long_indicator_heads() -> None:
    heads = [
        "序号", "地块名称", "坐落位置", "土地用途", "用地面积(平方米)", "规划指标要求", "出让", "年限(年)",
        "投资强度(万元/公顷)", "单位能耗增加值(万元/吨标煤)", "R&D经费支出占营业收入比(%)", "保证金(万元)",
        "起始价(元/平方米)", "容积率", "绿地率(%)", "建筑密度(%)",
    ]  # fmt: skip
    values = [
        "1", "某区某镇AB(ZB)01-02-3#地块", "某区某镇", "二类工业(电子设备制造业)", "26000", "2.0-3.0", "5%-20%",
        "30%-55%", "50", "≥8000", "≥5.1", "≥3.6%", "1400", "1125",
    ]  # fmt: skip
    sheet = "一、拍卖出让地块的基本情况和规划指标要求:\n" + "\n\n".join(heads + values) + "\n\n"
    note = "地块详细资料和具体条件见拍卖出让文件和规划控制文本,并以其为准\n"
    f = _fields(HEAD + OPEN + sheet + note + TAIL)
    assert f["parcel_no"] == "某区某镇AB(ZB)01-02-3#地块"  # '3#' is the number sign, no mask
    assert f["location"] == "某区某镇"
    assert f["area_m2"] == 26000
    assert f["land_use"] == "二类工业(电子设备制造业)"
    assert f["use_term_years"] == 50
    assert "starting_price" not in f  # a price per m²


def test_sheet_run_into_one_paragraph_line() -> None:
    line = (
        "根据有关规定,经某市人民政府批准,某市自然资源和规划局决定以挂牌方式出让以下地块的国有建设用地使用权。现将有关事项公告如下:"
        " 一、 挂牌出让地块的基本情况和规划指标要求 序号 地块名称 坐落位置 土地用途 用地面积(平方米) 规划指标要求"
        " 出让年限(年) 保证金(万元) 起始价(元/平方米) 容积率 绿地率(%) 建筑密度(%) 建筑高度(米)"
        " 1 新区C4-A地块 甲路东、乙河南 商服用地(仅限汽车4S店) 10765.6 >1.0且≤1.8 ≥20% ≤60% ≤24 40 900 833(楼面地价)"
        " 注:竞买人须另付项目保证金。 二、竞买资格及要求:境内企业均可参加报名。\n"
    )
    f = _fields("某市自然资源和规划局国有建设用地使用权挂牌出让公告\n" + line)
    assert f["parcel_no"] == "新区C4-A地块"
    assert f["location"] == "甲路东、乙河南"
    assert f["area_m2"] == 10765.6
    assert f["land_use"] == "商服用地(仅限汽车4S店)"
    assert f["use_term_years"] == 40
    assert "starting_price" not in f


def test_spaced_run_with_a_value_holding_a_space_is_refused() -> None:
    """A value with a space in it shifts every cell after it: the line is left as printed, nothing misread."""
    line = (
        "现将有关事项公告如下: 一、 出让地块的基本情况 序号 地块名称 坐落位置 土地用途 用地面积(平方米) 出让年限(年)"
        " 保证金(万元) 起始价(万元) 1 新区C4-A地块 甲路东 乙河南 商服用地 10765.6 40 900 8330 二、竞买资格:境内企业。\n"
    )
    f = _fields("某市自然资源和规划局国有建设用地使用权挂牌出让公告\n" + line)
    assert "area_m2" not in f and "starting_price" not in f and "land_use" not in f


def test_masked_codes_and_number_signs() -> None:
    assert masked_code("西二环路(略)-(略)地块")
    assert masked_code("某区ZH**-**-**-**地块")
    assert not masked_code("某区AB(ZB)11-04-16-2#地块")
    assert not masked_code("12#楼")
    assert masked_code("2##地块")
    assert not masked_code("**市CB030407地块")  # a masked place before a whole code


def test_price_words_and_use_column() -> None:
    assert keys_for("起始总价") == ("starting_price",)
    assert keys_for("起始地价") == ("starting_price",)
    assert keys_for("楼面地价") == ()  # a price per m² of floor, no stem of a starting price
    assert "land_use" in keys_for("用地性质")
    assert duration_years("工业40") == 40
    assert duration_years("住宅70,商业40") is None  # a term per use: no one term
    assert duration_years("第40") is None
