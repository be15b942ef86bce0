"""Round 11d: a 繁體 copy is read whole on its folded text, and its values are given back as printed.

Made-up pages (text written for these tests, in traditional characters as a converter prints them).
"""

from __future__ import annotations

from extractors import extract
from extractors.printed import Printed

_CHROME_TITLE = """<html><head><title>某縣國有建設用地使用權掛牌出讓公告</title></head><body>
<div class="nav">首頁 > 土地出讓</div>
<h1>某縣國有建設用地使用權掛牌出讓公告【信息時間：2024-03-05 閱讀次數：12】</h1>
<div class="content">
<p>經某縣人民政府批准，某縣自然資源局決定以掛牌方式出讓一宗國有建設用地使用權。</p>
<p>地塊編號：2024-05號</p>
<p>土地位置：某縣城關鎮新華路東側</p>
<p>出讓面積：3500平方米</p>
<p>土地用途：商業用地</p>
<p>出讓年限：40年</p>
<p>起始價：520萬元</p>
</div></body></html>"""


def test_title_chrome_in_traditional_is_trimmed_and_values_stay_as_printed() -> None:
    rec = extract(_CHROME_TITLE.encode())
    assert rec.notice_type == "land.transfer_notice"
    # '【信息時間…閱讀次數…】' is the template's chrome, as '【信息时间…阅读次数…】' is on a simplified page
    assert rec.fields["title"] == "某縣國有建設用地使用權掛牌出讓公告"
    # every value keeps the page's own characters
    assert rec.fields["location"] == "某縣城關鎮新華路東側"
    assert rec.fields["land_use"] == "商業用地"
    assert rec.fields["parcel_no"] == "2024-05號"
    assert rec.fields["starting_price"] == 5200000.0
    assert rec.provenance["location"].snippet.startswith("土地位置")  # the snippet as printed too


_TEXT_COPY = """首頁 > 交易信息 > 開標記錄
某縣人民醫院門診樓改造工程開標記錄
發佈時間：2022-03-01 瀏覽次數：21
項目名稱：某縣人民醫院門診樓改造工程
項目編號：YY-2022-0301
開標時間：2022年3月1日9時30分
"""


def test_text_copy_title_above_its_date_line() -> None:
    rec = extract(_TEXT_COPY.encode())
    assert rec.fields.get("title") == "某縣人民醫院門診樓改造工程開標記錄"
    assert rec.fields.get("publish_date") == "2022-03-01"


def test_printed_cuts_a_verbatim_value_at_the_same_positions() -> None:
    p = Printed("<p>項目名稱：某某發展項目</p><p>發佈時間：2021年</p>")
    assert p.folded == "<p>项目名称：某某发展项目</p><p>发布时间：2021年</p>"
    assert p.value("某某发展项目") == "某某發展項目"
    # not a verbatim cut (a reader joined two pieces): each character that stands for one printed form
    assert p.value("项目发布") == "項目發佈"
    assert p.value(["发展", {"a": "时间"}, 3]) == ["發展", {"a": "時間"}, 3]


def test_printed_keeps_a_character_the_page_prints_both_ways() -> None:
    # the page prints 发 and 發: a value that is no verbatim cut keeps the folded 发
    p = Printed("發佈時間 发布单位")
    assert p.value("发时") == "发時"
    assert p.value("發佈時間") == "發佈時間"  # (a value already as printed is untouched)


def test_simplified_page_is_not_copied() -> None:
    text = "<p>项目名称：某某发展项目</p>"
    p = Printed(text)
    assert p.folded is text


# a column table (one cell a line, heads wrapped) closed by its '備註' (备注) line: the note word ends the
# values only when it is read folded
_TEXT_COLUMNS = "\n".join(
    [
        "某縣國有建設用地使用權拍賣出讓公告",
        "一、出讓地塊的基本情況和規劃指標(詳見附表)",
        *[
            "地塊編號及土地位置",
            "土地",
            "面積",
            "(m2)",
            "土地",
            "用途",
            "容積率",
            "出讓",
            "年限",
            "起始價",
            "(萬元)",
        ],
        *["某縣工業園區東區QX-07號", "6200", "二類工業用地", "≥1.2", "50年", "186"],
        "備註",
        "規劃設計要求詳見某縣自然資源局出具的規劃條件。",
        "二、報名時間：2023年5月8日至2023年6月6日",
    ]
)


def test_text_copy_column_table_is_laid_out_on_its_folded_text() -> None:
    rec = extract(_TEXT_COLUMNS.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.fields.get("location") == "某縣工業園區東區QX-07號"
    assert rec.fields.get("area_m2") == 6200.0
    assert rec.fields.get("land_use") == "二類工業用地"
    assert rec.fields.get("use_term_years") == 50
    assert rec.fields.get("starting_price") == 1860000.0
