"""Rounds 28m and 28n (issue 12): a works project's approval reply — its addressee is the owner, its heading names the project.

Why (two government publishers: fresh24 a county 发改局's '关于核准<某医院改扩建项目>招标事项的批复' to '<某城市建设投资开发有限
责任公司>' / '你单位报来的…'; fresh44 a mirror of a county 发改局's '关于<某区块道路工程>项目可行性研究报告的批复' to '<某建设开发有限
公司>:' / '你公司要求审批…'): the reply names the project's owner only as its addressee, and the project only in its heading
before the step approved; neither was read. Every page here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _reply(heading: str, addressee: str, address: str) -> dict:
    page = (
        f"某发改招〔2017〕26号\n某某市发展和改革局\n{heading}\n{addressee}\n\n{address}\n"
        "一、原则同意该项目。\n二、项目建设内容:新建道路7条。\n某某市发展和改革局\n2017年6月13日\n"
    )
    rec = extract(page.encode())
    assert rec.notice_type == "construction.approval", rec.notice_type
    return rec.fields


def test_owner_addressed_and_project_named_in_the_heading() -> None:
    f = _reply(
        "关于核准某某市人民医院改扩建项目招标事项的批复",
        "某某市城市建设投资开发有限责任公司",
        "你单位报来的《关于申请核准某某市人民医院改扩建项目招标事项的报告》及有关材料收悉。经审核,现批复如下:",
    )
    assert f.get("purchaser") == "某某市城市建设投资开发有限责任公司"
    assert f.get("project_name") == "某某市人民医院改扩建项目"


def test_feasibility_reply_with_a_colon() -> None:
    f = _reply(
        "关于某某新区某区块道路工程项目可行性研究报告的批复",
        "某某新区建设开发有限公司:",
        "你公司要求审批某某新区某区块道路工程项目可行性研究报告的申请收悉。经研究批复如下:",
    )
    assert f.get("purchaser") == "某某新区建设开发有限公司"
    assert f.get("project_name") == "某某新区某区块道路工程"


def test_guard_a_land_sale_plans_reply_names_no_seller() -> None:
    # the 批复 of a land sale's plan is addressed to the bureau that asked; LABELLING names no 出让人 from it
    page = (
        "兴政函〔2025〕88号\n某某县人民政府\n关于2025-11号宗地国有建设用地使用权挂牌出让方案的批复\n县自然资源局:\n\n"
        "你局《关于2025-11号宗地国有建设用地使用权挂牌出让方案的请示》收悉。经研究,原则同意该方案,批复如下:\n"
    )
    assert extract(page.encode()).fields.get("purchaser") is None


def test_guard_no_reply_address_no_addressee() -> None:
    f = _reply(
        "关于核准某某学校教学楼项目招标事项的批复",
        "某某县教育局",
        "根据《招标投标法》,现就该工程的招标事项核准如下:",
    )
    assert f.get("purchaser") != "某某县教育局"
