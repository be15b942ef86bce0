"""Round 19f: project names that ran on into the next item, or were a bidder's past work.

- a correction's '原公告的采购项目名称:<名称>首次公告日期:…' run into one line: the first notice's date label, which
  no key reads, still ends the name;
- '(一)采矿权名称:<矿>;(二)矿山地址:…' run into one line: the next item's number after the stop is no part of the
  name;
- a '项目名称' under a bidder's 业绩 heading names a project the bidder did before, not the notice's.

Made-up pages (no real page's text). Each test fails before round 19f and passes after; the guards keep what was
right.
"""

from __future__ import annotations

from extractors import extract


def _fields(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


# --- 19f.1 another notice's date label glued after the name ends it ---------------------------------------


def test_f_first_notice_date_label_ends_the_name_before_it() -> None:
    page = (
        "2026年某某市某某服务中心绿化养护采购项目更正公告\n"
        "一、项目基本情况原公告的采购项目编号:AB20260108原公告的采购项目名称:2026年某某市某某服务中心绿化养护采购项目"
        "首次公告日期:2026年03月27日\n"
        "二、更正信息\n更正事项:采购文件\n更正内容:投标截止时间顺延。\n"
        "三、其他补充事宜\n无\n"
        "四、凡对本次公告内容提出询问,请按以下方式联系。\n1.采购人信息\n名称:某某市某某服务中心\n"
    )
    f = _fields(page)
    assert f["project_name"] == "2026年某某市某某服务中心绿化养护采购项目"
    assert f.get("publish_date") != "2026-03-27"  # the first notice's date is still not this one's


def test_f_guard_first_notice_date_on_its_own_line_is_no_publish_date() -> None:
    page = (
        "某某设备采购项目更正公告\n"
        "原公告的采购项目名称:某某设备采购项目\n首次公告日期:2026年03月27日\n"
        "更正事项:采购文件\n更正日期:2026年04月02日\n"
    )
    f = _fields(page)
    assert f["project_name"] == "某某设备采购项目"
    assert f.get("publish_date") != "2026-03-27"


# --- 19f.2 the next item's number after a stop ---------------------------------------------------------------


def test_f_next_item_number_after_a_stop_ends_the_value() -> None:
    page = (
        "某某县某某村建筑石料用灰岩矿采矿权出让结果公示\n"
        "一、成交采矿权基本情况(一)采矿权名称:某某县某某镇某某村建筑石料用灰岩矿;(二)矿山地址:某某县某某镇某某村;"
        "(三)出让年限:16年;(四)矿区面积:0.5平方公里\n"
        "二、成交情况\n竞得人:某某建材有限公司\n成交价:2000万元\n"
    )
    assert _fields(page)["project_name"] == "某某县某某镇某某村建筑石料用灰岩矿"


def test_f_guard_a_stop_inside_a_name_without_a_number_stays() -> None:
    page = (
        "某某采购项目招标公告\n"
        "项目名称:某某学校食堂食材采购(肉类;蔬菜类)项目\n"
        "项目编号:AB-2026-01\n"
        "预算金额:50万元\n"
    )
    assert _fields(page)["project_name"] == "某某学校食堂食材采购(肉类;蔬菜类)项目"


# --- 19f.3 a bidder's past work is not the notice's project ---------------------------------------------------


def test_f_project_name_under_a_past_work_heading_is_not_the_project() -> None:
    page = (
        "某某市工程建设项目中标人公告\n"
        "编号:G20260001\n"
        "根据工程招标投标的有关法律、法规、规章和该工程招标文件的规定,\n某某文旅发展有限公司\n的\n"
        "某某中心局部装修工程\n中标候选人公示已经结束,中标人已经确定。现将中标人情况公告如下:\n"
        "中标人名称\n某某装饰有限公司\n中标价(万元)\n3602.56\n中标工期\n200天\n"
        "企业类似业绩\n项目名称\n某某康养院新建工程内部装饰工程\n类型\n类似业绩\n申报单位\n某某装饰有限公司\n"
    )
    assert _fields(page).get("project_name") != "某某康养院新建工程内部装饰工程"


def test_f_guard_project_name_before_the_past_work_heading_is_read() -> None:
    page = (
        "某某中心局部装修工程中标结果公告\n"
        "项目名称\n某某中心局部装修工程\n"
        "中标人名称\n某某装饰有限公司\n中标价(万元)\n3602.56\n"
        "企业类似业绩\n项目名称\n某某康养院新建工程内部装饰工程\n"
    )
    assert _fields(page)["project_name"] == "某某中心局部装修工程"


# --- 19f.4 a name and the next item on one line, apart by a space --------------------------------------------


def test_f_space_before_the_next_items_label_keeps_the_names_last_word() -> None:
    page = (
        "某某平台升级改造设备采购更正公告\n"
        "项目名称：某某平台升级改造设备采购 项目编号：AB(4)2026040XY\n"
        "更正事项：开标时间\n更正日期：2026年07月26日\n"
    )
    assert _fields(page)["project_name"] == "某某平台升级改造设备采购"


def test_f_wide_space_before_a_budget_label_keeps_the_names_last_word() -> None:
    page = (
        "某某市某某局精密空调采购项目结果公告\n"
        "一、项目名称 采购项目名称：某某市某某局机房精密空调采购项目 \u3000\u3000预算金额(元)： 878800\n"
        "二、中标信息\n供应商名称：某某科技有限公司\n中标金额：800000元\n"
    )
    assert _fields(page)["project_name"] == "某某市某某局机房精密空调采购项目"


def test_f_guard_letter_spaced_label_still_reads() -> None:
    page = "某某设备采购项目招标公告\n采购人名 称：某某市某某中心\n联 系 人：张某\n联系电话：0571-88880000\n"
    f = _fields(page)
    assert f.get("contact_phone") == "0571-88880000"


def test_f_guard_seal_note_after_a_party_is_no_part_of_its_name() -> None:
    page = (
        "某某平台项目推迟开标情况说明\n"
        "各投标人:\n某某平台项目原定于2026年3月5日9时开标,因故推迟,开标时间另行通知。\n"
        "招标人:某某市气象局(盖章单位) 代理机构:某某招标有限公司\n2026年3月4日\n"
    )
    assert _fields(page).get("purchaser") == "某某市气象局"


# --- 19f.5 the notice a correction follows, named by its title ------------------------------------------------


def test_f_supplement_names_the_dated_notice_it_supplements() -> None:
    page = (
        "某某小学食堂采购补充公告\n"
        "某某小学经学校采购小组市场询价对比,并经校长室同意。对2026年8月18日发布的“某某小学食堂食材采购及配送项目询价公告"
        "(SC—2026—006—某某小学)。作如下补充规定:\n"
        "蔬菜类、肉类按每周报价执行。\n某某小学\n2026年8月21日\n"
    )
    assert _fields(page)["project_name"] == "某某小学食堂食材采购及配送项目"


def test_f_correction_names_the_prequalification_notice_it_follows() -> None:
    page = (
        "资格预审文件发售时间延长变更公告\n"
        "各潜在投标人:\n某某公司已在某某招标网上发布了《某某高速公路通行能力提升改造一期工程(某某收费站、某某收费站改扩建工程)"
        "施工招标资格预审公告》,并于2026年3月17日至2026年3月27日发售资格预审文件。现将发售时间延长至2026年4月3日。\n"
        "招标人:某某高速公路有限公司\n2026年3月26日\n"
    )
    assert (
        _fields(page)["project_name"]
        == "某某高速公路通行能力提升改造一期工程(某某收费站、某某收费站改扩建工程)"
    )


def test_f_guard_a_quoted_law_is_no_project() -> None:
    page = (
        "某某采购文件澄清公告\n"
        "对2026年5月1日发布的《中华人民共和国政府采购法实施条例》作如下说明:本次采购适用该条例。\n"
        "采购人:某某市某某局\n2026年5月3日\n"
    )
    assert _fields(page).get("project_name") != "中华人民共和国政府采购法实施条例"


# --- 19f.6 a contract's title with a colon in a bracket -------------------------------------------------------


def test_f_contract_title_with_a_colon_inside_its_bracket() -> None:
    page = (
        "某某河风光带日常维护服务外包项目(三标段:某某桥北至某某公园界)续签合同政府采购合同(服务类) 政府采购合同编号: "
        "AB-GK-2026-1 采购方式: 公开招标 合同类型:服务类 采购人(甲方):某某市某某局 供应商(乙方):某某物业有限公司\n"
        "一、标的信息\n"
    )
    f = _fields(page)
    assert (
        f["title"]
        == "某某河风光带日常维护服务外包项目(三标段:某某桥北至某某公园界)续签合同政府采购合同(服务类)"
    )
    assert f["project_name"] == "某某河风光带日常维护服务外包项目(三标段:某某桥北至某某公园界)续签合同"


# --- 19f.7 a dash line continues the name; a labour lot's heading ---------------------------------------------


def test_f_dash_line_under_a_labelled_name_is_part_of_it() -> None:
    page = (
        "某某公园改造提升工程\n--灯光工程\n中标候选人公示\n"
        "项目标段名称\n某某公园改造提升工程\n--灯光工程\n最高限价\n1377750.64元\n"
        "招标人\n某某农业发展有限公司\n"
        "中标候选人排序\n名称\n投标报价\n第一名\n某某建筑工程有限公司\n698757.43\n"
    )
    assert _fields(page)["project_name"] == "某某公园改造提升工程--灯光工程"


def test_f_guard_a_labelled_line_after_the_name_is_not_joined() -> None:
    page = (
        "某某工程中标候选人公示\n项目名称:某某公园改造提升工程\n-最高限价:1377750.64元\n招标人:某某有限公司\n"
    )
    assert _fields(page)["project_name"] == "某某公园改造提升工程"


def test_f_labour_lot_heading_names_its_project() -> None:
    page = (
        "某某发展建设有限公司\n某某市体育公园建设项目\n-\n单体建筑主体工程劳务招标\n结果的公示\n"
        "我公司于2026年3月16日组织的某某市体育公园建设项目-单体建筑主体工程劳务招标,经评审专家评审已确定中标候选人,"
        "现将结果公示如下:\n一、中标候选人排序\n第一名.某某建设工程有限公司 下浮比例:24.91%\n"
    )
    assert _fields(page)["project_name"] == "某某市体育公园建设项目-单体建筑主体工程劳务"


# --- 19f.8 a news headline over a stamp in another order ------------------------------------------------------


def test_f_headline_over_a_day_month_year_stamp() -> None:
    page = (
        "某某市首次排污权专场交易在某某举行\n25.01.2016 00:51\n"
        "为深入推进某某市排污权交易试点工作,2016年1月20日,某某市环保局委托某某交易中心组织开展了排污权交易。\n"
        "本次交易COD成交量9.195吨,成交额为96473.55元。\n"
    )
    assert _fields(page)["title"] == "某某市首次排污权专场交易在某某举行"


def test_f_headline_over_a_byline_with_a_month_day_stamp() -> None:
    page = (
        "截至11月底,全市保障性住房目标任务完成率达110.59%\n来源: 作者: 发表时间:12-10 18:49\n"
        "2012年,省下达我市保障性安居工程目标总任务为14622套,其中廉租住房1852套。\n"
    )
    assert _fields(page)["title"] == "截至11月底,全市保障性住房目标任务完成率达110.59%"


def test_f_guard_a_month_day_time_alone_is_no_byline() -> None:
    from extractors.news import stamp_byline

    assert not stamp_byline("12-10 18:49")
    assert not stamp_byline("开标时间:12-10 18:49 来源:本站")
    assert stamp_byline("25.01.2016 00:51")


# --- 19f.9 an aggregator's summary grid run into one line -------------------------------------------------------


def test_f_glued_grid_name_between_its_label_and_the_next() -> None:
    page = (
        "江苏[0]某某中学分校项目的招标公告\n"
        "[*]某某中学分校项目的招标公告项目编号AB**********项目名称某某中学分校项目标段编号AB**********-**;"
        "标段名称某某高级中学二期工程施工图设计;招标人名称代理机构名称工程地点公告开始时间****年*月**日\n"
        "某某高级中学二期工程施工图设计\n江苏省工程建设项目招标公告(资格后审)\n"
        "一、某某高级中学的某某高级中学二期工程施工图设计已经相关部门批准实施。现邀请合格的潜在投标人参加本工程的投标。\n"
    )
    assert _fields(page)["project_name"] == "某某中学分校项目"


def test_f_glued_grid_numbered_name_before_its_bracketed_code() -> None:
    page = (
        "采购公告详情\n"
        "[公开比选]某某楼停车场遮阳棚施工采购项目比选公告 某某楼停车场遮阳棚施工采购项目(项目编号***具备采购条件,"
        "现公开邀请有意向的单位参加。 1.采购项目简介 1.1采购项目名称某某楼停车场遮阳棚施工、闸机改造采购项目(项目编号***"
        "包一编号***1)。 1.2采购预算***\n"
    )
    assert _fields(page)["project_name"] == "某某楼停车场遮阳棚施工、闸机改造采购项目"


def test_f_guard_a_sentence_naming_the_label_is_no_grid() -> None:
    page = (
        "某某设备采购项目招标公告\n项目名称:某某学校实验室设备采购项目\n项目编号:AB-2026-01\n"
        "投标人应在投标文件中写明项目名称和项目编号。\n"
    )
    assert _fields(page)["project_name"] == "某某学校实验室设备采购项目"


# --- 19f.10 the works template's heading: a project line over its kind line -------------------------------------


def test_f_works_template_heading_joined_under_the_pages_title() -> None:
    page = (
        "首页 > 交易信息 > 建设工程 > 招标公告/资审公告\n"
        "某某中学校区改造工程\n"
        "信息发布时间：2026-07-06 22:41:54 来源：某某交易集团工程阅读次数：\n"
        "某某中学校区改造工程（项目名称）某某中学校区改造工程（标段名称）施工\n招标公告\n"
        "S3205010304000797001001（标段编号）\n1.招标条件\n"
        "本招标项目某某中学校区改造工程（项目名称）已由某某数据局批准建设,项目业主为某某中学,建设资金来自财政资金。\n"
    )
    assert (
        _fields(page)["title"]
        == "某某中学校区改造工程（项目名称）某某中学校区改造工程（标段名称）施工招标公告"
    )


def test_f_guard_a_county_contracting_heading_leaves_the_pages_title() -> None:
    page = (
        "某某镇某某路道路工程施工[抽签法]\n"
        "【信息时间： 2021/5/11 阅读次数： 422 】 【我要打印】 【关闭】\n"
        "某某镇某某路道路工程\n发包公告\n"
        "某某镇某某路道路工程经主管部门同意建设。建设地址位于某某镇。项目已具备发包条件,现对该项目的施工进行公开发包。\n"
        "一、本次发包范围:\n"
    )
    assert _fields(page)["title"] == "某某镇某某路道路工程施工[抽签法]"
