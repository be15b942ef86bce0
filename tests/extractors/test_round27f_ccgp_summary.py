"""Round 27f (issue 12): the ccgp.gov.cn 公告概要 run of a text copy, a fallback for keys the body leaves unread.

Why (fresh45 西城 中国科学院, a works 中标结果公示 of the 北京 platform reprinted on ccgp.gov.cn): the body states no 采购人信息
/ 代理机构信息 blocks; the buyer's phone and the agency are printed only in the 概要 run ('…采购单位联系方式010-…代理机构名称
<agency>代理机构地址…'), which no label reader cut. Its '评审专家名单不详' was read as an expert named 不详, and its body's
'工程名称：<名称> 公告信息为准' read the sentence on past the name. Every page here is made up; the guards say what must
NOT be read so.
"""

from __future__ import annotations

from extractors import extract
from extractors.ccgpsummary import summary_items

_SUMMARY = (
    "## 公告概要：公告信息：采购项目名称某某研究院办公楼维修工程采购项目品目\n"
    "采购单位某某研究院行政区域市辖区公告时间2026年08月04日 17:35评审专家名单不详总中标金额￥69.354598 万元（人民币）"
    "联系人及联系方式：项目联系人张工项目联系电话010-55603662采购单位某某研究院采购单位地址北京市西城区某路52号"
    "采购单位联系方式010-68597533代理机构名称某某机关政府采购中心代理机构地址某胡同9号院代理机构联系方式010-83083702"
    "附件：附件1中标通知书.zip\n"
)


def test_summary_run_gives_the_buyers_phone_and_the_agency() -> None:
    page = (
        "## 某某研究院办公楼维修工程采购项目中标结果公示\n2026年08月04日 17:35 来源：\n"
        + _SUMMARY
        + "项目编号：GC-260596B\n"
        "本项目相关信息以某市公共资源交易服务平台工程编号：F0SG202600328 工程名称：某某研究院办公楼维修工程 公告信息为准。\n"
    )
    f = extract(page.encode()).to_dict()["fields"]
    assert f["agency"] == "某某机关政府采购中心"
    assert f["contact_phone"] == "010-68597533"
    assert "experts" not in f  # '不详': not known
    assert not str(f.get("project_name", "")).endswith("为准")


def test_guard_the_bodys_own_items_win_over_the_summary() -> None:
    page = (
        "## 某某研究院办公楼维修工程采购项目中标结果公示\n"
        + _SUMMARY
        + "四、凡对本次公告内容提出询问，请按以下方式联系。\n"
        "1.采购人信息\n名 称：某某研究院\n联系方式：王老师 010-12345678\n2.采购代理机构信息\n名 称：某某招标有限公司\n"
    )
    f = extract(page.encode()).to_dict()["fields"]
    assert f["contact_phone"] == "010-12345678"
    assert f["agency"] == "某某招标有限公司"


def test_guard_a_run_that_is_not_the_platforms_grid_gives_nothing() -> None:
    assert summary_items(["公告概要：本项目代理机构名称为某某公司，采购单位联系方式见附件。"]) == []
