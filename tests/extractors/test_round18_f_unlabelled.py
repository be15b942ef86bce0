"""Never accuse on our own mistake, on pages never seen: round 18f (docs/extraction-conventions.md, "Round 18f").

A 要素缺失 finding stands only when the page does not state the item. When the item is printed under a label
no reader knows, the second line (``stated_by_content``) looks for a value of the item's shape beside that
label. Round 18f widens the shapes (an agency's name, a public body, a code with words in it, a capital
figure with 万, a term from an event, a place of divisions or bounds) and the layouts ('label：' over the next
line, a party block for the agency, a second party glued to the first's name), and narrows what is evidence
(a label that names a place or a site's tool, a 落款's name). Each test has its guard: a near miss that must
stay unstated, so a real omission still yields the finding. Made-up pages and names; '戊己栏' is a label no
reader knows.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from extractors.layout import build_page
from extractors.stated import stated_by_content, stated_in_sentences, stated_labels
from monitor.required import required_status

NONCE = "戊己栏"


def _html(*lines: str) -> str:
    return "".join(f"<p>{ln}</p>" for ln in lines)


def _by_content(key: str, *lines: str, fields: dict[str, Any] | None = None) -> bool:
    return key in stated_by_content(build_page(_html(*lines)), [key], fields or {})


# --- an agency's name under a label we do not know ---------------------------------------------------


def test_an_agency_named_by_what_it_does_under_an_unknown_label_is_stated() -> None:
    assert _by_content("agency", "九、联系方式", f"{NONCE}：某某建设管理有限公司", "联系人：张先生")
    assert _by_content("agency", f"{NONCE}：某市政府采购中心")
    assert _by_content("agency", f"{NONCE}:浙江某某招(投)标公司")
    # guard: a firm whose name says nothing of tenders is no agency
    assert not _by_content("agency", "九、联系方式", f"{NONCE}：某某电子科技有限公司", "联系人：张先生")


def test_a_party_block_under_an_unknown_heading_states_the_agency() -> None:
    block = ("1.采购人信息", "名称：某市某局", f"2.{NONCE}", "名称：某某工程顾问有限公司", "地址：某路1号")
    assert _by_content("agency", *block, fields={"purchaser": "某市某局"})
    # guard: the buyer's own block (its name held by the buyer) states no agency
    assert not _by_content("agency", f"2.{NONCE}", "名称：某市某局", fields={"purchaser": "某市某局"})


def test_a_second_party_glued_to_the_first_name_is_read() -> None:
    line = f"招标人：某某城市建设投资有限公司{NONCE}：某某投资建设管理有限公司"
    assert _by_content("agency", "8. 联系方式", line, fields={"purchaser": "某某城市建设投资有限公司"})
    # guard: the buyer alone
    assert not _by_content(
        "agency",
        "8. 联系方式",
        "招标人：某某城市建设投资有限公司",
        fields={"purchaser": "某某城市建设投资有限公司"},
    )


def test_a_place_label_or_a_signature_names_no_party() -> None:
    # '开标地点：某交易中心（某路1号）' tells where bids open, not who runs the tender
    assert not _by_content("agency", "开标地点：某市公共资源交易中心（某路1号）")
    assert _by_content("agency", f"{NONCE}：某市公共资源交易中心")
    # a 落款 of two names, one over the other: the first is no label of the second
    assert not _by_content("agency", "特此公告", "某某城市建设投资有限公司", "某某建设管理有限公司")


# --- the buyer, the winner --------------------------------------------------------------------------


def test_a_buyer_as_any_public_body_with_a_note_in_brackets() -> None:
    assert _by_content("purchaser", f"{NONCE}：某市环境卫生管理处", "地址：某路1号")
    assert _by_content("purchaser", NONCE, "名称：某县体育中心（某县少年儿童业余体校）", "地址：某路1号")
    # guard: a bank is never the buyer
    assert not _by_content("purchaser", f"{NONCE}：某银行某支行", "地址：某路1号")


def test_a_buyer_named_inside_the_project_name_is_still_evidence() -> None:
    fields = {"project_name": "2026年某市某局某分局空气检测设备采购项目"}
    assert _by_content("purchaser", NONCE, "名称：某市某局某分局", "地址：某路1号", fields=fields)
    # guard: a name the record holds as the agency's is the agency's
    assert not _by_content("purchaser", NONCE, "名称：某市某局某分局", fields={"agency": "某市某局某分局"})


def test_a_public_body_or_a_masked_name_wins_a_transfer() -> None:
    assert _by_content("winner", f"{NONCE}:某市江南城市防洪工程建设指挥部", "三、采矿权取得方式")
    assert _by_content("winner", f"{NONCE}:岱******。")
    # the winner is one of the candidates: their name on a line of its own may be the winner's
    fields = {"candidates": [{"rank": 1, "name": "某某检测有限公司"}]}
    assert _by_content("winner", f"{NONCE}:某某检测有限公司", fields=fields)
    # guard: the winner's name is no ranking of candidates
    assert not _by_content("candidates", f"{NONCE}:某某检测有限公司", fields={"winner": ["某某检测有限公司"]})


# --- codes, sums, terms, areas, places, lists ------------------------------------------------------


def test_a_code_with_words_inside_is_a_project_number() -> None:
    assert _by_content("project_number", f"{NONCE}：千秋-ABCDEF（2021）第30号", "二、项目名称：某项目")
    assert _by_content("project_number", f"{NONCE}：330783263601470000008-某建航招（东2026010号）")
    assert _by_content("project_number", f"{NONCE}：FZHB-0432606-148（招标文件编号：FZHB-0432606-148）")
    # guards: a help line's number, an attachment's file name
    assert not _by_content("project_number", f"{NONCE}：400-810-1996")
    assert not _by_content("project_number", "附件：ae963acd104247b41067e244c38bb6a.jpg")


def test_a_label_with_a_colon_over_its_value_is_label_value() -> None:
    assert _by_content(
        "project_number", "某考点网上巡查系统设备采购项目", f"{NONCE}：", "SDGP370211000202602000063"
    )
    # guard: a bare cell (no colon, no grid) may hold any code: not a project's number
    assert not _by_content(
        "project_number", "某考点网上巡查系统设备采购项目", NONCE, "SDGP370211000202602000063"
    )


def test_a_sum_in_capital_figures_with_wan_and_a_unit_below_the_figure() -> None:
    assert _by_content("amount", "成交供应商名称：某某科技有限公司", f"{NONCE}：柒万伍仟元整（75,000.00元）")
    assert _by_content("budget", "竞争性磋商", f"{NONCE}：", "179.3", "(万元)", "二、申请人的资格要求")
    # guard: a row's ordinal under a priced column is no sum
    assert not _by_content("budget", "竞争性磋商", f"{NONCE}：", "1", "(元)", "二、申请人的资格要求")


def test_a_contract_total_is_never_the_budget() -> None:
    lines = ("合同金额", "合计金额大写:陆佰叁拾肆万柒仟壹佰壹拾贰元整")
    assert not _by_content("budget", *lines)
    assert _by_content("budget", "预算金额大写:陆佰叁拾肆万柒仟壹佰壹拾贰元整")
    # a 合同包 is a lot: its ceiling price is a budget's figure
    assert _by_content("budget", "合同包最高限价：1,198,050.00元")


def test_a_term_counted_from_an_event_or_with_two_decimals() -> None:
    assert _by_content("use_term_years", f"{NONCE}:自采矿许可证颁发之日起4年。")
    assert _by_content("use_term_years", f"{NONCE}:23.03年(含基建期,自取得采矿许可证之日起计算)。")
    # guard: a year is no term
    assert not _by_content("use_term_years", f"{NONCE}:2026年3月1日")


def test_an_area_given_as_about() -> None:
    assert _by_content("area_m2", f"{NONCE}:约0.23平方千米")
    assert not _by_content("area_m2", f"{NONCE}:约0.23米")


def test_a_place_of_divisions_or_of_bounds() -> None:
    assert _by_content("location", f"{NONCE}:湖北省某某市某某市")
    assert _by_content("location", f"(二)出让区块{NONCE}:内蒙古自治区某某县;")
    assert _by_content("location", f"{NONCE}:某江西溪南岸,某大桥以东、某大桥以西,某路以北。")
    # guards: divisions inside a longer value name something else; a single bound with a comma is no place
    assert not _by_content("location", f"{NONCE}:河北省某某市政府储备排污权")
    assert not _by_content("location", f"{NONCE}:挂牌工作由某某市某某区国土资源局委托某交易市场实施")
    assert not _by_content("location", f"{NONCE}:详见附件,某路以东")


def test_a_list_of_names_with_a_role_in_brackets() -> None:
    assert _by_content(
        "experts", f"{NONCE}：", "符某某（组长）、张某某、杨某、彭某某、罗某某（采购人代表：罗某某）。"
    )
    assert _by_content("experts", "256100.00", NONCE, "姜某某; 陈某;刘某某;", "6、保证金退还时间：另行通知")
    # guard: a list of firms is no panel
    assert not _by_content("experts", f"{NONCE}：", "某某公司、某某中心、某某厂")


# --- labels a site prints that state nothing ------------------------------------------------------------


def test_a_site_tool_or_tag_labels_nothing() -> None:
    title = "某市国有建设用地使用权出让公告"
    page = build_page(_html("关键词：", title, "字体大小：", "某市自然资源和规划局"))
    assert "project_name" not in stated_by_content(page, ["project_name"], {"title": title})
    assert "land_use" not in stated_by_content(page, ["land_use"], {"title": title})


# --- a header row on a line of its own (stated_labels) ---------------------------------------------------


def test_a_header_row_on_its_own_line_over_its_first_row_states_its_columns() -> None:
    head = "序号宗地编号用地位置用地面积(公顷)容积率出让年期用途竞买保证金(万元)"
    stated = stated_labels(build_page(_html(head, "1 2017-2 某街道某村 0.3685 ≥1 50 工业用地 20")))
    assert {"land_use", "location", "area_m2", "use_term_years"} <= set(stated)
    assert "project_number" not in stated  # '宗地编号' is the plot's, not its '编号'
    # guard: the same words over a sentence are no table
    assert "land_use" not in stated_labels(build_page(_html(head, "详见出让文件。")))


# --- sentences (stated_in_sentences) ----------------------------------------------------------------


def test_the_land_or_its_right_lies_somewhere_and_a_plot_numbered_in_a_sentence() -> None:
    page = build_page(
        _html(
            "某市国土资源局决定公开出让编号为09031号地块国有建设用地使用权。",
            "09031号国有建设用地使用权位于某路以西,某路以南。",
        )
    )
    assert set(stated_in_sentences(page, ["location", "parcel_no"])) == {"location", "parcel_no"}
    masked = build_page(_html("以挂牌方式公开出让某镇某安置点编号为****号地块范围内的国有建设用地使用权。"))
    assert "parcel_no" in stated_in_sentences(masked, ["parcel_no"])
    # guards: a right's money and a file's number state neither
    page = build_page(_html("土地使用权出让收入用于某项目。", "文件编号为ABC-1的通知。"))
    assert stated_in_sentences(page, ["location", "parcel_no"]) == {}


# --- end to end: gap with the value, missing without it ----------------------------------------------


def test_end_to_end_an_unknown_agency_label_is_a_gap_and_its_absence_a_finding() -> None:
    head = (
        "某市某局某某配餐服务项目竞争性磋商公告",
        "一、项目基本情况",
        "1.项目编号:ABC-2026001",
        "2.采购人:某市某局",
        "3.预算金额:人民币100.00万元",
        "二、申请人的资格要求:满足政府采购法第二十二条规定",
        "三、获取采购文件:2026年6月1日至6月5日,在某市公共资源交易中心网站下载",
        "四、采购需求:配餐服务,详见磋商文件。",
        "五、联系方式",
    )
    with_it = extract("\n".join((*head, f"{NONCE}：某某建设管理有限公司", "联系人：张先生")).encode())
    without = extract("\n".join((*head, "联系人：张先生")).encode())
    assert with_it.notice_type == without.notice_type == "procurement.tender"
    assert required_status(with_it.to_dict()).get("agency") == "gap"
    assert required_status(without.to_dict()).get("agency") == "missing"
