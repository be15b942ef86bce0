"""Round 19d: titles, project names and the times of tenders, read by the page's conventions.

- a notice to the bidders names its tender as its first sentence's subject, the round or the lot's code bracketed
  after it ('<工程>监理(第二次)于2021年…', '<项目>(巴东县2025)(标段编号:…)于2025年…', '<工程>勘察设计于…');
- the works template's '本招标项目<name>已由…' with a name past 80 characters (a list of roads);
- a 政府信息公开 grid's 名称 / 标题 cell is the document's title;
- a correction's 更正前 / 更正后 table: the time after the change;
- a heading over its byline below a long menu, a text copy's '## ' mark dropped.

Made-up pages (no real page's text). Each test fails before round 19d and passes after; the guards keep what was
right.
"""

from __future__ import annotations

from extractors import extract


def _fields(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


# --- 19d.1 the tender a letter to the bidders is about: its first sentence's subject ----------------------


def test_d_subject_with_its_round_bracketed_is_the_project() -> None:
    page = (
        "关于暂停“某某镇供水厂扩建工程监理(第二次)”招投标活动的通知\n"
        "发布时间: 2026-03-16 10:03:09 来源: 本站\n"
        "某某镇供水厂扩建工程监理(第二次)于2026年3月11日发布了定标结果公示,公示期为2026年3月12日至2026年3月16日。"
        "因收到投标人的异议,现暂停该项目的招投标活动。\n"
        "特此通知\n招标人:某某水务有限公司\n2026年3月16日\n"
    )
    assert _fields(page)["project_name"] == "某某镇供水厂扩建工程监理(第二次)"


def test_d_subject_with_the_lots_code_bracketed_after_it_is_the_project() -> None:
    page = (
        "各投标人:\n"
        "某某县某某河段生态修复项目(某某县2026)(标段编号:AB-2026-01)于2026年2月3日在某某平台发布招标公告,"
        "经评标委员会评审,有效投标人不足三家,将重新组织招标。\n"
        "某某县林业局\n2026年3月1日\n"
    )
    assert _fields(page)["project_name"] == "某某县某某河段生态修复项目(某某县2026)"


def test_d_survey_and_design_closes_the_subject() -> None:
    page = (
        "关于某某工业园区基础设施(某某路)建设工程勘察设计招标失败的公告\n"
        "致各投标人:\n"
        "某某工业园区基础设施(某某路)建设工程勘察设计于2026年1月7日9时30分在某某交易中心举行开标评标会,"
        "有效投标人少于3家,本项目本次招标失败。\n特此公告。\n招标人:某某镇人民政府\n2026年1月9日\n"
    )
    assert _fields(page)["project_name"] == "某某工业园区基础设施(某某路)建设工程勘察设计"


def test_d_guard_a_company_before_its_date_is_no_project() -> None:
    page = (
        "关于某某事项的通知\n"
        "某某建设有限公司(第二次)于2026年3月11日提交了材料,经审查不符合要求。\n"
        "特此通知\n2026年3月16日\n"
    )
    assert "project_name" not in _fields(page)


def test_d_long_works_name_of_the_tender_conditions() -> None:
    roads = "、".join(f"第{n}号路(某某路-某某路)" for n in "一二三四五六")
    page = (
        f"本招标项目{roads}道路工程已由某某开发区管理委员会以某发计[2026]26号文批准建设,建设资金来自企业自筹。"
        "招标人为某某基础设施建设管理有限公司,项目已具备招标条件,现对该项目的道路照明工程施工进行公开招标。\n"
    )
    assert len(roads) > 80
    assert _fields(page)["project_name"] == f"{roads}道路工程"


# --- 19d.2 the title a disclosure grid names ---------------------------------------------------------------


def test_d_disclosure_grid_name_cell_is_the_title() -> None:
    page = (
        "索引号: | 11340000000000000A/202310-00001 | 组配分类: | 补助标准 |\n"
        "发布机构: | 某某镇人民政府 | 主题分类: | 其他 |\n"
        "名称: | 2026年农村危房改造补助对象申请条件及补助标准 | 文号: | 无 |\n"
        "生成日期: | 2026-03-09 | 发布日期: | 2026-03-09 |\n"
        "(一)补助对象\n农村危房改造补助对象是居住在危房中的低保户、农村分散供养特困人员等重点对象。\n"
    )
    assert _fields(page)["title"] == "2026年农村危房改造补助对象申请条件及补助标准"


def test_d_disclosure_grid_title_glued_to_its_label() -> None:
    page = (
        "当前位置:首页 > 函复类文件 > 某政函\n"
        "索引号111423LL00100/2026-00001\n发文字号某政函〔2026〕8号 发文时间2026-03-14\n"
        "标题某县人民政府 关于2026-1号宗地国有建设用地使用权 挂牌出让方案的批复\n"
        "主题分类 发布日期2026-03-14\n"
        "县自然资源局:\n你局《关于2026-1号宗地国有建设用地使用权挂牌出让方案的请示》收悉。经研究,原则同意。\n"
    )
    # (the page's lines drop the spaces between Chinese words; the score compares without white space)
    assert _fields(page)["title"] == "某县人民政府关于2026-1号宗地国有建设用地使用权挂牌出让方案的批复"


def test_d_guard_a_name_cell_without_the_grid_is_no_title() -> None:
    page = (
        "一、出让人\n名称: | 某某省自然资源厅 |\n场所: | 某某市某某大街29号 |\n"
        "二、受让人\n名称: | 某某建材有限公司 |\n"
    )
    assert "title" not in _fields(page)


# --- 19d.3 a correction's change table: the time after -----------------------------------------------------


def test_d_glued_change_table_gives_the_time_after() -> None:
    page = (
        "某某代理有限公司关于某某中心运营管理项目的更正公告\n"
        "二、更正信息\n更正事项：更正采购公告\n更正内容：\n"
        "序号更正项更正前内容更正后内容1原磋商公告中涉及提交响应文件截止时间、开标时间的修改"
        "2026年03月04日 14:302026年03月07日 9:30\n"
        "更正日期：2026年03月04日\n"
    )
    f = _fields(page)
    assert (f["bid_deadline"], f["opening_time"]) == ("2026-03-07 09:30", "2026-03-07 09:30")


def test_d_change_table_one_cell_a_line_gives_the_time_after() -> None:
    page = (
        "某某中心有限公司关于某某训练设施维保项目更正公告\n"
        "二、更正信息\n更正事项：采购文件\n更正内容：\n序号\n更正项\n更正前\n更正后\n1\n"
        "“竞争性磋商公告”“五、响应文件的递交、开标时间和地点”\n"
        "响应文件递交的截止时间（即投标截止时间）为2026年03月06日09:30。\n网上开标时间：2026年03月06日09:30\n"
        "响应文件递交的截止时间（即投标截止时间）为2026年03月14日09:30。\n网上开标时间：2026年03月14日09:30\n"
        "更正日期：2026年03月05日\n"
    )
    f = _fields(page)
    assert (f["bid_deadline"], f["opening_time"]) == ("2026-03-14 09:30", "2026-03-14 09:30")


def test_d_guard_a_changed_registration_deadline_is_no_bid_deadline() -> None:
    page = (
        "某某代理有限公司关于某某项目的更正公告\n"
        "序号更正项更正前内容更正后内容1报名截止时间2026年03月04日 17:002026年03月07日 17:00\n"
        "更正日期：2026年03月04日\n"
    )
    assert "bid_deadline" not in _fields(page)


# --- 19d.4 a heading over its byline below a long menu -------------------------------------------------------


def test_d_heading_over_its_byline_below_a_long_menu() -> None:
    menu = "".join(f"- 栏目{n}\n" for n in "一二三四五六七八九十")
    page = (
        "财政部指定政府采购信息发布媒体\n服务热线：400-000-0000\n"
        + menu
        + "当前位置：首页 »\n政采公告 » 中央公告 » 更正公告\n"
        "## 某某中心有限公司关于某某训练设施维保项目更正公告2\n"
        "2026年03月05日 11:30 来源： 【打印】\n"
        "一、项目基本情况\n原公告的采购项目名称：某某训练设施维保项目\n"
    )
    assert _fields(page)["title"] == "某某中心有限公司关于某某训练设施维保项目更正公告2"


# --- 19d.5 a cover's kind line; the body's heading repeated; a result's bid deadline ---------


def test_d_guard_a_label_line_is_no_title() -> None:
    page = "项目编号:0615-2026000001 成交公告\n供应商名称:某某大厦有限公司\n成交金额:170万元\n"
    assert "title" not in _fields(page)


def test_d_tender_documents_cover_names_title_and_project() -> None:
    page = (
        "某某集团标准招标文件 ZGS-FW-1\n"
        "某某高速·某某公馆 监理\n"
        "招 标 文 件\n"
        "招标编号:FGGJ-GC2026-031\n招标人: 某某置业有限公司\n招标代理机构:某某工程项目管理有限公司\n"
        "2026 年 2 月 26 日\n使用说明\n"
        "一、本招标文件是根据《标准监理招标文件》(2017年版)和相关法律、法规编制而成。\n"
    )
    f = _fields(page)
    assert (f["title"], f["project_name"]) == ("某某高速·某某公馆监理招标文件", "某某高速·某某公馆监理")


def test_d_repeated_project_line_over_its_kind_is_the_title() -> None:
    page = (
        "某某镇某某村某某地块土地发包项目\n"
        "发布日期: 2026/03/17阅读:次\n"
        "某某镇某某村某某地块土地发包项目\n"
        "招 标 公 告\n"
        "某招字【2026】7号\n"
        "经某某村村务联席会议讨论、村民代表会议通过,决定将某某地块土地进行公开发包,现将有关事宜公告如下:\n"
    )
    f = _fields(page)
    assert (f["title"], f["project_name"]) == (
        "某某镇某某村某某地块土地发包项目招标公告",
        "某某镇某某村某某地块土地发包项目",
    )


def test_d_guard_a_lease_objects_heading_names_no_project() -> None:
    # LABELLING: the '<object><type word>' headings of property notices were left as labelled (no project_name)
    page = (
        "某某县某某村三块鱼池发包公告\n"
        "经村民代表大会讨论通过,决定对某某村三块鱼池进行公开发包,现将有关事项公告如下:\n"
        "一、发包期限:5年。\n"
    )
    assert "project_name" not in _fields(page)


def test_d_result_states_the_bid_deadline_of_its_tender() -> None:
    page = (
        "某市某某局用餐服务项目成交公告\n"
        "成交供应商:某某大厦有限公司\n成交金额:170万元\n"
        "项目概况\n"
        "某市某某局用餐服务项目采购项目的潜在供应商应在某市某某路19号获取采购文件,"
        "并于2026年03月30日09点30分(北京时间)前提交响应文件。\n"
    )
    assert _fields(page)["bid_deadline"] == "2026-03-30 09:30"


# --- 19d.6 the template's subject sentence: any service closing the name, a blank date; a certificate's 编号 -------


def test_d_subject_closed_by_a_service_with_its_date_left_blank() -> None:
    page = (
        "<h3>中标候选人公示</h3><p>标段（包）编号：ABC010041-202601-01</p><p>一、招标概况</p>"
        "<p>某某市某某项目全过程工程咨询服务于在某某公共资源交易电子服务系统发布招标公告，2026年03月02日 09时00分"
        "在某某公共资源交易中心开标、评标,根据评标委员会提交的评标报告，现将中标候选人公示如下：</p>"
    )
    f = extract(page.encode()).to_dict()["fields"]
    assert f["project_name"] == "某某市某某项目全过程工程咨询服务"


def test_d_certificate_number_is_no_project_number() -> None:
    page = (
        "<h3>中标候选人公示</h3><p>标段（包）编号：ABC010041-202601-01</p>"
        "<table><tr><td>专职安全员</td><td>张某,安全生产考核合格证(C证),编号:京建安C2(2018)0000001、王某,"
        "安全生产考核合格证(C证),编号:京建安C3(2024)0000002</td></tr></table>"
    )
    f = extract(page.encode()).to_dict()["fields"]
    assert f["project_number"] == "ABC010041-202601-01"


def test_d_guard_a_bare_number_label_is_still_the_project_number() -> None:
    page = "<h3>某某项目招标公告</h3><p>编号:ABC-2026-001</p><p>招标人:某某公司</p>"
    assert extract(page.encode()).to_dict()["fields"]["project_number"] == "ABC-2026-001"


# --- 19d.7 the notice's own heading over the body; a letter headed '关于…的情况说明' --------------------------------


def test_d_notice_heading_over_the_body_not_the_aggregators_wording() -> None:
    page = (
        "某某招标通\n"
        "某市某区某某第三小学厨具设备中标公告\n"
        "您的位置: 首页 > 中标公告 > 某市某区某某三小校园文化及食堂设备工程\n"
        "某市某区某某三小校园文化及食堂设备工程\n招标详情\n"
        "某市某区某某三小校园文化及食堂设备工程竞争性磋商成交公告\n"
        "本采购项目某市某区某某三小校园文化及食堂设备工程已列入某区政府采购计划,某某项目管理有限公司受某某小学的委托,"
        "拟就该项目进行竞争性磋商采购。现就本次磋商的成交结果公告如下:\n"
        "成交供应商:某某装饰工程股份有限公司\n"
    )
    assert _fields(page)["title"] == "某市某区某某三小校园文化及食堂设备工程竞争性磋商成交公告"


def test_d_guard_the_fuller_page_title_is_kept() -> None:
    page = (
        "PW2026(SZ)GK0005某市排污权公开出让(2026年第2期第3次)交易方式公告\n"
        "2026年06月26日\n"
        "某市排污权交易方式公告\n"
        "根据 PW2026(SZ)GK0005 排污权交易项目的意向受让登记情况,按照有关规定,确定项目各排污指标的交易方式,具体如下:\n"
    )
    assert _fields(page)["title"] == "PW2026(SZ)GK0005某市排污权公开出让(2026年第2期第3次)交易方式公告"


def test_d_letter_headed_as_an_explanation_is_titled() -> None:
    page = (
        "关于2026年度某区某镇高标准农田建设项目施工恢复招投标活动及重新发布中标候选人公示的情况说明\n"
        "2026年度某区某镇高标准农田建设项目施工(项目编号:AB-2026-001)于2026年3月10日发布了中标候选人公示,"
        "公示期间收到异议,本项目的招投标活动已于2026年3月13日暂停。\n特此公告!\n日期:2026年3月18日\n"
    )
    assert _fields(page)["title"] == (
        "关于2026年度某区某镇高标准农田建设项目施工恢复招投标活动及重新发布中标候选人公示的情况说明"
    )


def test_d_fuller_body_heading_over_its_document_number_wins() -> None:
    page = (
        "国有土地使用权挂牌出让公告\n某国土挂字〔2026〕9号\n"
        "发布时间:2026-03-20 11:21 信息来源:县国土资源局\n"
        "某某县国土资源局国有土地使用权挂牌出让公告\n某国土挂字〔2026〕9号\n"
        "经某某县人民政府批准,某某县国土资源局决定以挂牌方式出让2(幅)地块的国有土地使用权。现将有关事项公告如下:\n"
    )
    assert _fields(page)["title"] == "某某县国土资源局国有土地使用权挂牌出让公告"


def test_d_guard_a_parcel_title_over_a_numbered_sale_heading_stays() -> None:
    page = (
        "某市核心片区某某单元A-14b地块\n发布时间:2026-05-06 17:50:04 来源:本站原创\n"
        "某市国有建设用地使用权挂牌出让结果公布\n某政务中心土公布字〔2026〕23号\n"
        "根据《土地管理法》等法律法规,遵循公开、公平、公正的原则,某市自然资源和规划局委托某中心挂牌出让某地块。\n"
    )
    assert _fields(page)["title"] == "某市核心片区某某单元A-14b地块"


def test_d_place_before_the_parcels_code_is_its_location() -> None:
    # a title found makes the type the title's: the place the approval states must be read, or it is accused missing
    page = (
        "索引号111423LL00100/2026-00001\n"
        "标题某县人民政府 关于2026-1号宗地国有建设用地使用权 挂牌出让方案的批复\n"
        "县自然资源局:\n你局《关于2026-1号宗地国有建设用地使用权挂牌出让方案的请示》收悉。经研究,原则同意该方案批复如下:\n"
        "一、同意将位于某县某某乡某某村,编号为2026-1号宗地,面积为26730.66平方米的国有建设用地使用权以挂牌方式出让。\n"
    )
    assert _fields(page)["location"] == "某县某某乡某某村"


# --- 19d.8 a halted round's own time, recounted as 原定 -----------------------------------------------------------


def test_d_halted_rounds_planned_opening_is_its_opening_time() -> None:
    page = (
        "关于暂停某市某办舞台灯光音响设备采购的通知\n各潜在投标人:\n"
        "原定于2026年8月23日上午9时(北京时间)在某市某酒店九楼会议室开标的某市某办舞台灯光音响设备采购项目,"
        "因报名供应商对招标货物的参数多次提出质疑,经研究决定暂停本次采购活动。\n某某招标代理有限公司\n"
    )
    rec = extract(page.encode()).to_dict()
    assert rec["notice_type"].endswith(".termination")
    assert rec["fields"]["opening_time"] == "2026-08-23 09:00"


def test_d_guard_a_moved_opening_keeps_the_new_time() -> None:
    page = (
        "关于某某工程延期开标的公告\n"
        "某某工程原定于2026年8月19日上午10:00开标,因故延期。开标时间变更为2026年8月30日上午10:00。\n"
    )
    assert extract(page.encode()).to_dict()["fields"].get("opening_time") != "2026-08-19 10:00"


def test_d_guard_a_result_reprinting_its_documents_is_not_titled_by_their_cover() -> None:
    page = (
        "招标详情\n"
        "某市某某局机关 某市某某局用餐服务项目 (项目编号:0615-2026000001)成交公告\n"
        "包号 | 供应商名称 | 成交金额(万元) |\n第1包 | 某某大厦有限公司 | 170 |\n"
        "某某国际招标有限公司\n2026年3月31日\n"
        "某市某某局用餐服务项目\n竞争性磋商文件\n项目编号:0615-2026000001\n"
    )
    rec = extract(page.encode()).to_dict()
    assert rec["fields"].get("title") != "某市某某局用餐服务项目竞争性磋商文件"
    assert rec["notice_type"] == "procurement.result"
