"""Round 19a: notice types by who publishes under which law and what the body says happened: an agency's name
opening the title tells no domain; the national 政府采购 template's own sections make a purchase of works bought
so; a type the page's parties contest is not held to the items of the domain it was read as.

Made-up pages (no real page's text). Each test fails before round 19a and passes after; the guards beside them
keep what was right.
"""

from __future__ import annotations

from extractors import extract


def _rec(html: str) -> dict:
    return extract(html.encode()).to_dict()


def _type(html: str) -> str:
    return _rec(html)["notice_type"]


# --- 19a.1 an agency company's name opening the title tells no domain ---------------------------------------


def test_an_exchange_acting_as_a_purchase_agency_does_not_make_its_correction_a_property_notice() -> None:
    page = (
        "<h1>某某联合产权交易中心有限公司关于某某市消防救援支队训练设施维保项目更正公告</h1>"
        "<p>一、项目基本情况</p><p>原公告的采购项目编号：ABC2026-01</p>"
        "<p>原公告的采购项目名称：某某市消防救援支队训练设施维保项目</p>"
        "<p>二、更正信息</p><p>更正事项：采购文件</p><p>更正内容：响应文件递交的截止时间变更为2026年8月14日。</p>"
        "<p>1.采购人信息</p><p>名 称：某某市消防救援支队</p>"
        "<p>2.采购代理机构信息</p><p>名 称：某某联合产权交易中心有限公司</p>"
    )
    assert _type(page) == "procurement.correction"


def test_a_text_copy_whose_only_title_line_opens_with_the_agency_is_read_the_same() -> None:
    # a crawler's '# ' header line carries the title; the page's own heading line is cut (no title read)
    page = (
        "# 某某联合产权交易中心有限公司关于某某市消防救援支队训练设施维保项目更正公告2\n"
        "# URL: http://example.invalid/x.htm\n\n"
        "一、项目基本情况\n原公告的采购项目编号：ABC2026-01\n二、更正信息\n更正事项：采购文件\n"
        "更正内容：开标时间变更为2026年8月14日。\n1.采购人信息\n名 称：某某市消防救援支队\n"
        "2.采购代理机构信息\n名 称：某某联合产权交易中心有限公司\n"
    )
    assert extract(page.encode()).notice_type == "procurement.correction"


def test_an_exchange_selling_a_share_stays_property_and_an_office_keeps_its_domain() -> None:
    # guard: the object after 关于 still names the sale
    share = (
        "<h1>某某产权交易所有限公司关于某某科技有限公司40%股权转让的公告</h1>"
        "<p>转让方承诺：我方拟转让所持有标的企业产权。</p><p>挂牌起始日期：2026年3月1日</p>"
        "<p>转让底价：500万元</p><p>交易保证金：100万元</p>"
    )
    assert _type(share).startswith("property.")
    # guard: an office's name is the responsible unit and tells its domain (not stripped)
    office = (
        "<h1>某某市住房保障中心关于2026年度公共租赁住房配租结果的公示</h1>"
        "<p>经审核，以下家庭符合公共租赁住房保障条件，现将配租结果公示如下：</p><p>张某某 1号楼101</p>"
    )
    assert _type(office) == "housing.allocation"


# --- 19a.2 works bought under the 政府采购 template: a purchase --------------------------------------------


_WORKS_BOUGHT = (
    "<h1>某某海关综合业务楼维修改造公开招标公告</h1>"
    "<p>项目概况：某某海关综合业务楼维修改造招标项目的潜在投标人应在某平台获取招标文件，并于2026年8月25日14点00分前递交投标文件。</p>"
    "<p>一、项目基本情况</p><p>项目编号：A33000001</p><p>项目名称：某某海关综合业务楼维修改造</p>"
    "<p>预算金额：2399.3554万元（人民币）</p>"
    "<p>采购需求：本项目工程概算2375.68万元，建安工程造价2399.3554万元，改造建筑面积20095平方米，"
    "包括施工图范围内的地面、墙面、电气、给排水、暖通等装修工程施工。</p>"
    "<p>二、申请人的资格要求：</p><p>3.本项目的特定资格要求：投标人具备建筑装修装饰工程专业承包一级资质，"
    "拟派项目负责人具备建筑工程专业一级注册建造师执业资格。</p>"
    "<p>三、获取招标文件</p><p>时间：2026年8月4日至2026年8月25日</p>"
    "<p>四、提交投标文件截止时间、开标时间和地点</p><p>提交投标文件截止时间：2026年8月25日14点00分</p>"
    "<p>七、对本次招标提出询问，请按以下方式联系。</p>"
    "<p>1.采购人信息</p><p>名 称：某某海关</p><p>地址：某市某路7号</p>"
    "<p>2.采购代理机构信息</p><p>名 称：某某工程咨询集团有限公司</p>"
)


def test_works_tendered_under_the_purchase_template_are_a_purchase() -> None:
    rec = _rec(_WORKS_BOUGHT)
    assert rec["notice_type"] == "procurement.tender"
    # and its buyer, a customs office (a state organ named by neither 局 nor 厅), is read from the 采购人信息 block
    assert rec["fields"].get("purchaser") == "某某海关"
    assert rec["fields"].get("agency") == "某某工程咨询集团有限公司"


def test_a_works_tender_of_the_tendering_law_stays_works() -> None:
    # guard: the 招标投标法 template's parties ('招标人：', '招标代理机构：') keep works works
    page = (
        "<h1>某某中学教学楼维修改造工程施工招标公告</h1>"
        "<p>1. 招标条件</p><p>本招标项目某某中学教学楼维修改造工程已由某某发改局批准建设，招标人为某某中学，"
        "项目已具备招标条件，现对该项目的施工进行公开招标。</p>"
        "<p>2. 项目概况与招标范围</p><p>建设地点：某某县城关镇；工期：120日历天；招标范围：施工图范围内的全部工程。</p>"
        "<p>3. 投标人资格要求</p><p>投标人须具备建筑工程施工总承包三级及以上资质。</p>"
        "<p>4. 招标文件的获取</p><p>投标截止时间：2026年8月25日9时30分。</p>"
        "<p>招标人：某某中学</p><p>招标代理机构：某某工程咨询有限公司</p>"
    )
    assert _type(page) == "construction.tender"


# --- 19a.3 a housing report of the year's work done: progress --------------------------------------------


def test_a_housing_report_of_work_done_is_progress() -> None:
    page = (
        "<p>首页 > 政务动态 > 部门动态</p>"
        "<p>截止1月4日，我区2026年度住房保障年审工作圆满完成。</p>"
        "<p>为加强公共租赁住房保障对象动态管理，区住保中心联合各镇民政部门对已在保的公共租赁住房家庭共120户进行了年审。"
        "经过两个月的审核，符合条件的公共租赁住房保障对象共计110户，其中租金补贴90户，实物配租20户。</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "housing.progress"
    assert rec["type_basis"] == "body"  # a report: its items go to the review list, never a finding


def test_a_housing_notice_that_promises_work_to_be_done_is_not_progress() -> None:
    # guard: a draw's notice ('摇号') stays an allocation though it tells the earlier work done
    draw = (
        "<h1>某某区2026年公共租赁住房摇号配租公告</h1>"
        "<p>某某区公共租赁住房资格审核工作已全部完成，定于2026年3月10日在区政务中心进行摇号配租。</p>"
    )
    assert _type(draw) == "housing.allocation"


# --- 19a.4 a lease's rent set by the price won is a term of the offer, not a deal ---------------------------


def test_a_news_report_of_a_letting_to_come_is_the_transfer_notice() -> None:
    page = (
        "<p>某某网 2026-04-25 11:25 来源：某某商报</p>"
        "<p>市国土房产局日前推出了4个公房店面，将于5月8日上午9点通过公开招租的方式，定向出租给民营实体书店。"
        "符合条件的企业可以购买竞标文件，申请参加直管公有房屋竞标。</p>"
        "<p>公房招租 起拍价低于市场价</p>"
        "<p>本次公开招租的公房共有4间，其中1间位于某某路82号第一层，建筑面积53.76平方米，月租金起叫价2500元。</p>"
        "<p>这些公房的租赁期限都是5年，前3年的月租金按竞得价，后2年的月租金按竞得价递增15%（即为竞得价的115%）。</p>"
    )
    assert _type(page) == "property.transfer_notice"


def test_a_price_won_stated_is_still_a_deal() -> None:
    # guard: '竞得价：' stated as the deal's figure keeps a result a result
    page = (
        "<h1>某某市国有资产公开招租结果公示</h1>"
        "<p>标的：某某路12号店面，承租方：某某贸易有限公司，竞得价：每年12.5万元。</p>"
    )
    assert _type(page) == "property.deal_result"


# --- 19a.5 a tendering domain the page's own parties and law contest: unsure -------------------------------


def test_works_read_over_a_body_naming_the_purchase_agency_is_unsure() -> None:
    # both parties' labels are printed (no label decides), the works words outweigh: works by the scores, but the
    # page names a 采购代理机构 — a tender's items of works must not be asked of it as findings
    page = (
        "<h1>某某街道某某路改造工程施工招标公告</h1>"
        "<p>招标人：某某街道办事处</p><p>采购代理机构：某某工程咨询有限公司</p>"
        "<p>工程概况：某某路改造工程，道路长1.2公里，施工内容包括路基、路面、排水工程施工，工期90日历天。</p>"
        "<p>投标人须具备市政公用工程施工总承包三级资质，项目经理具备市政专业二级注册建造师资格。</p>"
        "<p>投标截止时间：2026年9月1日9时30分。</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "construction.tender"
    assert rec["type_basis"] == "unsure"


def test_a_purchase_read_over_a_body_of_the_tendering_law_alone_is_unsure() -> None:
    page = (
        "<h1>某某医院医用空调设备采购招标公告</h1>"
        "<p>根据《中华人民共和国招标投标法》，某某医院医用空调设备采购项目已具备招标条件，现进行公开招标。</p>"
        "<p>招标人：某某医院</p><p>招标代理机构：某某招标有限公司</p>"
        "<p>投标截止时间：2026年9月1日9时30分。</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "procurement.tender"
    assert rec["type_basis"] == "unsure"


def test_an_uncontested_tender_keeps_its_title_basis() -> None:
    # guards: a works tender of the tendering law, a purchase of the purchase template
    works = (
        "<h1>某某中学教学楼维修改造工程施工招标公告</h1>"
        "<p>根据《中华人民共和国招标投标法》，本招标项目已具备招标条件，现对该项目的施工进行公开招标。</p>"
        "<p>工期：120日历天。投标截止时间：2026年8月25日9时30分。</p><p>招标人：某某中学</p>"
    )
    assert (_rec(works)["notice_type"], _rec(works)["type_basis"]) == ("construction.tender", "title")
    rec = _rec(_WORKS_BOUGHT)
    assert (rec["notice_type"], rec["type_basis"]) == ("procurement.tender", "title")


# --- 19a.6 pages with no title of their own, typed by what the body says happened -------------------------


def test_an_aggregator_grid_prompt_is_no_intention_and_the_template_opening_is_the_tender() -> None:
    page = (
        "<p>感谢您关注某某项目网 注册免费体验</p><p>服务热线：400-000-0000</p><p>项目</p>"
        "<p>发布时间 2026-11-12 截止日期 立即查看</p><p>联系人 立即查看 联系电话 立即查看</p>"
        "<p>预计采购时间 立即查看 预算金额 立即查看</p>"
        "<p>[公开比选]某某分公司办公楼停车场遮阳棚施工、闸机改造采购项目比选公告 某某分公司办公楼停车场遮阳棚施工、"
        "闸机改造采购项目具备采购条件，现公开邀请有意向的单位***。 1.采购项目简介 1.2采购人：***。"
        " 1.3采购代理机构：***。 1.5标包：本项目划分2个标包。</p>"
    )
    assert _type(page) == "procurement.tender"


def test_an_intention_states_its_expected_month() -> None:
    # guard: a 采购意向 stating its 预计采购时间 stays an intention
    page = (
        "<p>为便于供应商及时了解政府采购信息，现将某某学校2026年采购意向公开如下：</p>"
        "<p>采购项目名称：食堂后勤服务</p><p>预算金额：120万元</p><p>预计采购时间：2026年5月</p>"
    )
    assert _type(page) == "procurement.intention"


def test_a_candidate_named_under_its_label_is_the_ranking() -> None:
    page = (
        "<p>一、项目相关情况</p><p>项目名称：某某医院年度固定资产报废拍卖服务代理机构比选</p>"
        "<p>采购方式：院内比选</p><p>成交候选人：某某拍卖有限责任公司</p><p>采购人名称：某某医院财务科</p>"
        "<p>若供应商对上述结果有异议，可在公示期内以书面形式提出。</p>"
    )
    assert _type(page) == "procurement.result"  # a purchase's ranking is its result
    works = (
        "<p>某某镇污水管网工程</p><p>中标候选人：某某建设工程有限公司</p><p>投标报价：1234567元</p>"
        "<p>招标人：某某镇人民政府</p>"
    )
    assert _type(works) == "construction.candidates"


def test_a_tender_speaking_of_candidates_to_come_is_no_ranking() -> None:
    # guard: '中标候选人：' with no named organisation (a tender's rule) names no candidate
    page = (
        "<p>某某路面改造工程施工招标</p><p>招标人：某某交通局</p>"
        "<p>评标委员会推荐的中标候选人：不超过3名，并标明排序。</p><p>工期：60日历天</p>"
    )
    assert not _type(page).endswith(".candidates")


def test_a_decision_to_tender_anew_is_the_termination() -> None:
    page = (
        "<p>各投标人：</p><p>某某水土保持与生态修复项目于2025年9月19日发布招标公告，于2025年10月14日发布了招标评标结果公示。"
        "公示期内收到有关投标人的异议函，经招标人复核审查，异议内容成立，中标候选人不足三家，经招标人报送相关部门同意后，"
        "将重新组织招标。</p><p>请各投标人自行关注交易中心网站信息。</p><p>某某县林业局</p><p>2025年10月27日</p>"
        "<p>项目建设地点：某某县，施工工期：180日历天。</p>"
    )
    assert _type(page) == "construction.termination"


def test_a_re_tender_that_recalls_its_decision_and_a_rule_of_relisting_stay_tenders() -> None:
    # guards: the re-tender invites in the same sentence; a tender's rule names no decision
    retender = (
        "<p>某某道路工程第一次招标因投标人不足三家而失败，经研究决定重新组织招标，现对该项目的施工进行公开招标。</p>"
        "<p>工期：90日历天。投标截止时间：2026年9月1日9时30分。</p><p>招标人：某某街道办事处</p>"
    )
    assert _type(retender) == "construction.tender"
    rule = (
        "<p>某某道路工程施工招标</p><p>招标人：某某街道办事处</p>"
        "<p>投标人少于三个的，招标人应当依法重新招标。</p><p>投标截止时间：2026年9月1日9时30分。工期：90日历天。</p>"
    )
    assert _type(rule) == "construction.tender"


# --- 19a.7 an exchange's 增资 disclosure: the shares offered --------------------------------------------------


def test_a_capital_increase_disclosure_is_the_offer() -> None:
    page = (
        "<table><tr><td>标的名称</td><td>某某科技有限公司增资扩股</td></tr>"
        "<tr><td>信息披露起始日期</td><td>2026-01-17</td></tr><tr><td>信息披露结束日期</td><td>2026-02-18</td></tr>"
        "<tr><td>拟募集资金金额</td><td>不少于人民币2500万元</td></tr>"
        "<tr><td>拟征集投资方数量</td><td>1</td></tr><tr><td>原股东是否放弃优先认缴权</td><td>否</td></tr></table>"
    )
    assert _type(page) == "property.transfer_notice"


def test_a_capital_increase_result_stays_the_deal() -> None:
    # guard: the result names the investor and its price, though it restates the sum sought
    page = (
        "<p>某某新材料有限公司增资扩股项目已成交。</p><p>拟募集资金金额：3000万元</p>"
        "<p>最终投资方：某某投资有限公司，成交价为3200万元。</p><p>成交日期：2026-03-01</p>"
    )
    assert _type(page) == "property.deal_result"


# --- 19a.8 the Ministry of Finance's purchase circulars cited: a government purchase --------------------------


def test_a_notice_citing_a_purchase_circular_is_a_purchase() -> None:
    page = (
        "<h1>关于某某学院工程项目造价咨询机构遴选工作调整的公告</h1>"
        "<p>为贯彻《财政部关于促进政府采购公平竞争优化营商环境的通知》（财库〔2019〕38号）精神，某某学院将暂停"
        "《某某学院工程项目造价咨询机构遴选》的采购工作，原定的评审工作取消。</p><p>特此通告。</p>"
        "<p>某某学院采购与招投标管理中心</p>"
    )
    assert _type(page) == "procurement.termination"


def test_a_tender_naming_another_circular_keeps_its_domain() -> None:
    # guard: a works tender citing the building ministry's documents ('建市〔2019〕1号') stays works
    page = (
        "<h1>某某镇文化站改造工程施工招标公告</h1>"
        "<p>项目已具备招标条件，现对该项目的施工进行公开招标。投标人资格按建市〔2019〕1号文执行。</p>"
        "<p>工期：90日历天。投标截止时间：2026年9月1日9时30分。</p><p>招标人：某某镇人民政府</p>"
    )
    rec = _rec(page)
    assert (rec["notice_type"], rec["type_basis"]) == ("construction.tender", "title")


def test_an_agency_name_in_the_title_confirms_no_type() -> None:
    # the title's own part names no stage ('…项目的公告'); the agency's 招标 is its trade, not the notice's type
    # ('…项目的公告' over a body that puts the opening off: the body's change is the notice, not a tender the
    # agency's name would confirm and hold to a tender's items)
    page = (
        "<h1>某某招标代理有限公司关于某某学校物业服务项目的公告</h1>"
        "<p>各供应商：某某学校物业服务项目原定2026年9月1日的开标时间推迟至2026年9月8日，其他内容不变。</p>"
        "<p>采购人：某某学校</p><p>联系人：王先生 0571-00000000</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "procurement.correction"
