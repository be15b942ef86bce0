"""Reading conventions added in issue 12, round 16b (docs/extraction-conventions.md, "Round 16b").

Each rule reads a class of wording or layout the never-seen sets kept missing: a rendering that lost its line
breaks and runs the 落款 (signing body and date) on to the last sentence, a number given inside a bracketed
aside, an undated 落款 under '特此通知', the project named in the heading of a notice amending or ending a
tender, and the '受…委托,对<项目>(编号:…)进行公开招标' sentence.  Every page below is made up (no real page is
copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str, hint: str | None = None) -> Any:
    return extract(page.encode("utf-8"), hint) if hint else extract(page.encode("utf-8"))


# -- a 落款 run on to the last sentence's line ----------------------------------------------------------------

_RUN_ON_LAND = (
    "某市自然资源和规划局国有建设用地使用权划拨供地公示\n"
    "根据某省企业投资项目备案证明,我局拟将位于某路以东、某广场以北的国有土地使用权,经实地勘测面积12345平方米,"
    "采用划拨方式供应给某某集团公司某市分公司。"
    "任何单位对本公告所列内容有异议的,须自公告发布之日起10日内以书面形式向某市自然资源和规划局某科"
    "(某路5号楼,联系电话:1234567)提出,逾期我局将上报某市人民政府审批。 某市自然资源和规划局 2021年3月9日"
)


def test_a_signature_run_on_to_the_last_sentence_dates_and_signs_the_notice() -> None:
    rec = _rec(_RUN_ON_LAND)
    assert rec.fields.get("publish_date") == "2021-03-09"
    assert rec.fields.get("purchaser") == "某市自然资源和规划局"


def test_a_number_in_a_bracketed_aside_ends_at_its_bracket() -> None:
    assert _rec(_RUN_ON_LAND).fields.get("contact_phone") == "1234567"


def test_a_date_inside_the_last_sentence_is_no_signature() -> None:
    # the date belongs to the sentence (no full stop before the body's name): nothing is split off
    page = _RUN_ON_LAND.replace(
        "审批。 某市自然资源和规划局 2021年3月9日", "审批,某市自然资源和规划局 2021年3月9日前答复"
    )
    assert _rec(page).fields.get("publish_date") is None


# -- an undated 落款 under the closing formula ------------------------------------------------------------------

_SUPPLEMENT = (
    "某市某路网道路工程BT建设项目补充公告\n"
    "各投标人:\n"
    "一、本项目投标保证金的到账截止时间按原招标文件保持不变。\n"
    "二、开标时间及投标截止时间推迟至2022年5月10日上午9时30分。\n"
    "特此通知!\n"
    "某市城市建设投资集团有限公司\n"
    "某省招标有限责任公司\n"
)


def test_an_undated_signature_under_the_closing_formula_names_owner_and_agent() -> None:
    rec = _rec(_SUPPLEMENT)
    assert rec.notice_type == "construction.correction"
    assert rec.fields.get("purchaser") == "某市城市建设投资集团有限公司"
    assert rec.fields.get("agency") == "某省招标有限责任公司"


def test_bodies_without_the_closing_formula_are_no_signature() -> None:
    rec = _rec(_SUPPLEMENT.replace("特此通知!\n", "请各投标人按时参加。\n"))
    assert rec.fields.get("purchaser") is None


# -- the project named in the heading of an amendment or termination ----------------------------------------


def test_a_supplement_heading_names_its_project() -> None:
    assert _rec(_SUPPLEMENT).fields.get("project_name") == "某市某路网道路工程BT建设项目"


def test_a_postponement_heading_names_the_works_before_its_tender_words() -> None:
    page = (
        "某服务区新建排污点建设工程施工招标(第二次)开标时间延期公告\n"
        "各投标人:\n"
        "因疫情防控需要,现对本项目的开标时间进行延期,具体开标时间另行通告。\n"
        "某某实业发展有限公司\n"
        "2020年1月30日\n"
    )
    assert _rec(page).fields.get("project_name") == "某服务区新建排污点建设工程"


def test_a_termination_heading_with_a_stray_quote_names_its_project() -> None:
    page = (
        "关于某医院新建综合楼10kV专变工程”项目终止公告\n"
        "经清标后发现符合招标文件定标要求的投标单位不满3家,经招标人研究决定终止本次招标,进行重新招标。\n"
        "某某有限公司\n"
        "2025年2月26日\n"
    )
    assert _rec(page).fields.get("project_name") == "某医院新建综合楼10kV专变工程"


def test_a_tender_heading_is_not_read_as_an_amendment() -> None:
    # ('<项目>招标公告' is a tender's own heading: the amendment rule does not read it)
    page = "某某道路工程招标公告\n某某道路工程已由某发改委批准建设。\n"
    rec = _rec(page)
    assert rec.provenance.get("project_name") is None or rec.provenance["project_name"].method != "title"


# -- '受…委托,对<项目>(编号:…)进行公开招标' -------------------------------------------------------------------


def test_the_commissioned_project_before_its_bracketed_code_is_the_project_name() -> None:
    page = (
        "某大学附属医院被服洗涤服务项目更正公告\n"
        "某某招标有限公司受某大学附属医院的委托,对被服洗涤服务项目 (采购项目编号:QQ[2020]1186)进行公开招标采购,"
        "现将更正事项公告如下:投标截止时间和开标时间延期至2020年05月21日上午09:30。\n"
    )
    assert _rec(page).fields.get("project_name") == "被服洗涤服务项目"


# -- new times in either order, and a deadline handed in '(上传)' ---------------------------------------------


def test_opening_then_deadline_moved_sets_both_times() -> None:
    rec = _rec(_SUPPLEMENT)
    assert rec.fields.get("bid_deadline") == "2022-05-10 09:30"
    assert rec.fields.get("opening_time") == "2022-05-10 09:30"


def test_a_response_deadline_handed_in_by_upload_in_brackets() -> None:
    page = (
        "某市中心血站动力系统维护竞争性磋商公告\n"
        "项目概况\n"
        "某市中心血站动力系统维护采购项目的潜在供应商应在某电子交易系统获取采购文件,"
        "并于2024年02月05日10点00分前提交(上传)响应文件。\n"
        "一、项目基本情况\n"
        "项目编号:2024AB00087\n"
    )
    assert _rec(page).fields.get("bid_deadline") == "2024-02-05 10:00"


# -- a grid's caption row between two grids, and the 标的物基本位置 column ---------------------------------------

_TWO_GRIDS = (
    "某中心商铺网上公开招租公告\n"
    "受某单位的委托,我中心对该单位商铺进行网上公开招租,现将有关事项公告如下:\n"
    "(二)租赁标的相关信息表\n"
    "标的物 | 起始价(元) | 竞价增幅(元/次) | 标的物基本位置 | 标的物总体情况 | ||||\n"
    "某某商铺 | 123456 | 1000 | 某镇某路1号(某办公楼临街房产) | 商铺3间120.5平方米。 | ||||\n"
    "某某商铺具体情况 | |||||||\n"
    "编号 | 实际用途 | 建筑面积(㎡) | 评估租赁总价(元/年) | |||\n"
    "101 | 商铺 | 70.41 | 27600 | |||\n"
    "102 | 商铺 | 50.09 | 19800 | |||\n"
)


def test_a_caption_row_ends_the_grid_above_it() -> None:
    rec = _rec(_TWO_GRIDS)
    assert rec.fields.get("starting_price") == 123456
    assert rec.fields.get("location") == "某镇某路1号(某办公楼临街房产)"


def test_a_one_cell_row_that_is_no_caption_stays_in_its_grid() -> None:
    # ('合计 | ||' closes the grid's own rows; it is no caption of another grid)
    from extractors.textpage import text_to_html

    html = text_to_html("甲 | 乙 |\n1 | 2 |\n合计 | |\n")
    assert html.count("<table>") == 1


# -- a flattened 公告概要 grid: label run into value, no colon -----------------------------------------------------

_FLAT_SUMMARY = (
    "某某招标代理有限公司关于某中心房屋租赁项目中标(成交)结果公告\n"
    "公告概要：\n"
    "采购单位某市某局（本级）行政区域某省公告时间2026年08月05日 13:18评审专家名单甲一明，乙二红，"
    "丙三强（第1标项采购人代表）总中标金额￥80.000000 万元（人民币）联系人及联系方式：项目联系人某某"
    "项目联系电话13500000000\n"
    "一、项目编号：AB-2026-001\n"
    "二、项目名称：某中心房屋租赁项目\n"
)


def test_a_flattened_summary_grid_gives_its_date_experts_and_amount() -> None:
    rec = _rec(_FLAT_SUMMARY)
    assert rec.fields.get("publish_date") == "2026-08-05"
    assert rec.fields.get("experts") == ["甲一明", "乙二红", "丙三强"]
    assert rec.fields.get("amount") == 800000


def test_masked_experts_in_a_flattened_grid_are_not_read() -> None:
    page = _FLAT_SUMMARY.replace("甲一明，乙二红，丙三强", "甲*，乙*，丙*")
    assert _rec(page).fields.get("experts") is None


def test_a_label_read_as_a_person_is_no_expert() -> None:
    from extractors.flatgrid import _people

    assert _people("供应商名称") is None
    assert _people("甲一明（采购人代表），乙二红") == ["甲一明", "乙二红"]


# -- the result grid's header and its one row run into one line --------------------------------------------------

_GLUED_ROW = (
    "某县某初中厕所改造项目中标(成交)结果公告\n"
    "一、项目编号：AB（东2026010号）\n"
    "二、项目名称：某初中厕所改造项目\n"
    "三、中标（成交）信息\n"
    "1.中标结果：\n"
    "序号中标（成交）金额(元)中标供应商名称中标供应商地址评审总得分1磋商报价：667113（元）"
    "某市甲乙建设有限公司某市环城北路88号二楼84.46\n"
    "四、主要标的信息\n"
)


def test_a_glued_result_row_gives_the_winner_and_amount() -> None:
    rec = _rec(_GLUED_ROW)
    assert rec.fields.get("winner") == ["某市甲乙建设有限公司"]
    assert rec.fields.get("amount") == 667113


def test_a_glued_grid_of_two_lots_names_no_winner() -> None:
    page = _GLUED_ROW.replace("二楼84.46", "二楼84.462磋商报价：123456（元）某市丙丁建设有限公司某路1号80.1")
    assert _rec(page).fields.get("winner") is None


# -- a newspaper's digital edition: the headline under the edition line ------------------------------------------

_EDITION_PAGE = (
    "某某日报 数字报纸\n"
    "\n"
    "00014版:今日某市\n"
    "\n"
    "某县完成全省首笔排污权跨区交易\n"
    "\n"
    "甲某某 乙某\n"
    "近日,某县甲建材有限公司与某某科技有限公司就相关水污染物排放指标转让签订合作协议。\n"
)


def test_a_newspaper_edition_line_is_followed_by_the_headline() -> None:
    assert _rec(_EDITION_PAGE).fields.get("title") == "某县完成全省首笔排污权跨区交易"


def test_a_sentence_under_an_edition_line_is_no_headline() -> None:
    from extractors.byline import edition_headline

    assert edition_headline(["00014版:今日某市", "近日,某县完成了一笔交易。"]) is None


def test_a_place_followed_by_its_bounds_is_the_parcels_location() -> None:
    assert (
        _rec(
            _RUN_ON_LAND.replace("某广场以北的国有土地", "某广场以北,四至为东至某社区、西至某路的国有土地")
        ).fields.get("location")
        == "某路以东、某广场以北"
    )


def test_a_place_without_bounds_after_it_is_not_read_so() -> None:
    assert _rec(_RUN_ON_LAND).fields.get("location") is None
