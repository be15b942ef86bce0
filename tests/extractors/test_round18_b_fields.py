"""Reading conventions added in issue 12, round 18b (docs/extraction-conventions.md, "Round 18b").

Generic keys on page-store text pages (fresh24, fresh25 and the other page-store sets): a letter halting,
ending or resuming a tender named by its heading, a project quoted after the body that runs it, an agency
company signing alone, a heading '<项目><procedure word>公告', a quoted project opening a sentence, a
reveal link alone over the heading, a crumb trail ending in the title, a budget after its currency sign.
Every page below is made up (no real page is copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


# -- 18b.1 a letter halting, ending or resuming a tender names its project in its heading -------------------------


def _letter(title: str) -> str:
    return (
        f"{title}\n"
        "各投标人:\n"
        "因项目前期工作尚未完成,经研究决定,本次招标活动暂停,恢复时间另行通知。给各投标人带来的不便,敬请谅解。\n"
        "某某建设有限公司\n"
        "2024年5月6日\n"
    )


def test_the_verb_after_the_name() -> None:
    rec = _rec(_letter("某县某某路提升改造工程施工终止招标公告"))
    assert rec.fields.get("project_name") == "某县某某路提升改造工程施工"


def test_the_verb_after_the_name_with_a_letter_word() -> None:
    rec = _rec(_letter("关于某市某区雨水管网改造项目—二期工程监理暂停招标的公告"))
    assert rec.fields.get("project_name") == "某市某区雨水管网改造项目—二期工程监理"


def test_a_resumption_explained() -> None:
    rec = _rec(_letter("关于某镇某片区农田建设项目施工恢复招投标活动及重新发布中标候选人公示的情况说明"))
    # (the heading is read for its project only; '…情况说明' is no notice word to type the page by)
    assert rec.fields.get("project_name") == "某镇某片区农田建设项目施工"


def test_the_verb_before_the_name() -> None:
    rec = _rec(_letter("关于暂停某市某办舞台灯光音响设备采购项目的通知"))
    assert rec.fields.get("project_name") == "某市某办舞台灯光音响设备采购项目"


def test_the_name_in_book_quotes() -> None:
    rec = _rec(_letter("关于《某大学工程项目招标代理机构遴选》采购工作调整的公告"))
    assert rec.fields.get("project_name") == "某大学工程项目招标代理机构遴选"


def test_a_halt_that_names_no_project_reads_none() -> None:
    # guards: a sale halted names no project; a cooperation halted is no tender
    assert "project_name" not in _rec(_letter("关于中止国有建设用地使用权挂牌出让的公告")).fields
    assert "project_name" not in _rec(_letter("关于在采购活动中暂停与某某有限公司合作的通知")).fields


def test_a_heading_printed_twice_names_no_one_project() -> None:
    # guard: two headings joined ('…的情况说明关于…的公告') are no name
    title = "关于某某工程监理暂停招标的情况说明关于某某工程监理暂停招标的公告"
    rec = _rec(_letter(title))
    assert "暂停招标的情况说明关于" not in str(rec.fields.get("project_name", ""))


# -- 18b.2 a project quoted after the body that runs it -----------------------------------------------------------


def test_the_agents_quoted_project() -> None:
    page = (
        "招标文件修改通知\n"
        "各投标单位:\n"
        "我公司代理的“某市某水厂输水管道改造工程”的招标文件内容作如下修改:\n"
        "投标人须知前附表1.4.1资质条件修改为市政公用工程施工总承包叁级。\n"
    )
    assert _rec(page).fields.get("project_name") == "某市某水厂输水管道改造工程"


def test_the_organisers_quoted_project_without_its_code() -> None:
    page = (
        "我中心组织的“某中心_某省2017年度疫苗采购及服务政府采购项目(项目编号:SC【2017】1234)”,招标文件发布后,"
        "某某有限公司对招标文件有关内容提出质疑。自公告发布之日起中止本项目采购活动。\n"
        "某省政府采购中心\n"
        "2017年8月1日\n"
    )
    assert _rec(page).fields.get("project_name") == "某中心_某省2017年度疫苗采购及服务政府采购项目"


def test_a_quote_that_is_no_project_reads_none() -> None:
    # guard: a quoted phrase that names no works or purchase ('“资格审查”的规定')
    page = (
        "招标文件修改通知\n"
        "各投标单位:\n"
        "我公司代理的“资格审查”的有关内容作如下修改:投标人须知前附表1.4.1资质条件修改为叁级。\n"
    )
    assert "project_name" not in _rec(page).fields


# -- 18b.3 an agency company signing alone --------------------------------------------------------------------------

_SIGNED = (
    "某河治理工程某局现场办公用房施工终止招标公告\n"
    "各投标人:\n"
    "某河治理工程某局现场办公用房施工(项目名称),因项目所在地规划调整,已无法继续实施。经研究决定,本次招标终止。\n"
    "给各投标人带来的不便,敬请谅解。\n"
    "{signer}\n"
    "2020年9月15日\n"
)


def test_an_agency_company_signing_alone_is_the_agency() -> None:
    rec = _rec(_SIGNED.format(signer="某某工程技术咨询服务有限公司"))
    assert rec.fields.get("agency") == "某某工程技术咨询服务有限公司"
    assert "purchaser" not in rec.fields


def test_an_owner_signing_alone_is_still_the_owner() -> None:
    # guard: a works company signing is the owner, no agency
    rec = _rec(_SIGNED.format(signer="某某城市建设投资有限公司"))
    assert rec.fields.get("purchaser") == "某某城市建设投资有限公司"
    assert "agency" not in rec.fields


def test_a_tendering_centre_signing_alone_is_no_agency() -> None:
    # guard: a 招标中心 / 交易中心 is no company by its trade
    rec = _rec(_SIGNED.format(signer="某市公共资源交易中心"))
    assert "agency" not in rec.fields


# -- 18b.4 a heading '<项目><procedure word>公告' -------------------------------------------------------------------


def test_the_heading_name_before_its_procedure_word() -> None:
    page = (
        "秋季校园绿化养护服务采购项目 询价公告(二次)\n"
        "拟对秋季校园绿化养护服务采购项目采用询价方式进行采购,特邀请符合本次采购要求的供应商参加报价:\n"
        "一、本项目维护品种及范围\n"
    )
    assert _rec(page).fields.get("project_name") == "秋季校园绿化养护服务采购项目"


def test_the_heading_name_before_its_evaluation_words() -> None:
    page = (
        "**市某镇乡村**示范带项目(某村、某某村)施工(第二次)招标评标过程及结果公示\n"
        "评标委员会推荐的中标候选人如下:\n"
        "第一中标候选人:某某建设有限公司\n"
    )
    assert _rec(page).fields.get("project_name") == "**市某镇乡村**示范带项目(某村、某某村)"


def test_a_heading_of_type_words_only_reads_no_name() -> None:
    # guard: once its mask is out, '****采购项目' leaves only type words
    page = "****采购项目询价公告\n拟对该项目采用询价方式进行采购,特邀请供应商参加报价。\n"
    assert "project_name" not in _rec(page).fields


# -- 18b.5 a quoted project opening a sentence, the pronoun's class word --------------------------------------------


def test_a_quoted_project_opening_the_sentence() -> None:
    page = (
        "“**市**区某镇场镇提质改造工程设计施工总承包”于2025年3月31日进行开评标,经评审推荐某某公司为第一中标"
        "候选人。经我单位研究,决定认定其中标无效,并重新招标。\n"
        "2025年4月18日\n"
    )
    assert _rec(page).fields.get("project_name") == "**市**区某镇场镇提质改造工程设计施工总承包"


def test_the_class_word_after_the_pronoun_is_no_part_of_the_name() -> None:
    page = (
        "我单位项目某旗某镇路灯节能改造工程于2021年8月12日在某旗交易中心开、评标。因投标企业提出质疑,"
        "经我单位研究决定暂停该项目招标投标活动。\n特此说明。\n某旗住房和城乡建设局\n2021年8月17日\n"
    )
    assert _rec(page).fields.get("project_name") == "某旗某镇路灯节能改造工程"


# -- 18b.6 a reveal link alone over the heading; 18b.7 a crumb trail ending in the title ----------------------------


def test_a_reveal_link_line_heads_no_title() -> None:
    page = (
        "点击登录查看\n"
        "某校园绿化养护服务采购项目询价公告(二次)\n"
        "点击登录查看拟对某校园绿化养护服务采购项目采用询价方式进行采购。\n"
    )
    assert _rec(page).fields.get("title") == "某校园绿化养护服务采购项目询价公告(二次)"


def test_a_crumb_trail_ending_in_the_title() -> None:
    page = (
        "某某招标网> 招标公告 > 某区档案馆馆藏档案数字化项目招标公告\n"
        "项目概况 项目名称:某区档案馆馆藏档案数字化项目 预算金额(元):100000\n"
    )
    assert _rec(page).fields.get("title") == "某区档案馆馆藏档案数字化项目招标公告"


def test_a_crumb_trail_ending_in_a_channel_is_left_alone() -> None:
    # guard: a last step that is a channel's name ('> 出让公告') is no notice's title
    from extractors.core import _crumb_tail

    assert _crumb_tail("首页 > 政务公开 > 出让公告") == "首页 > 政务公开 > 出让公告"
    assert _crumb_tail("某县某路改造工程招标公告") == "某县某路改造工程招标公告"


# -- 18b.8 a budget after its currency sign in a sentence -----------------------------------------------------------


def test_a_budget_after_its_currency_sign() -> None:
    page = (
        "某县某牧草种子采购项目公开招标公告\n"
        "1、项目名称:某县某牧草种子采购项目\n"
        "2、招标内容:牧草种子共计13225公斤,采购预算￥52.6万元,具体详见招标文件。\n"
    )
    assert _rec(page).fields.get("budget") == 526000.0


def test_a_deposit_after_its_currency_sign_is_no_budget() -> None:
    # guard: another figure's currency sign ('保证金￥1万元') is no budget
    page = (
        "某县某牧草种子采购项目公开招标公告\n"
        "1、项目名称:某县某牧草种子采购项目\n"
        "2、投标保证金￥1万元,具体详见招标文件。\n"
    )
    assert "budget" not in _rec(page).fields
