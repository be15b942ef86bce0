"""Round 27c (issue 12): a lot named after its mark and a colon, '…项目2包：技术支持'.

Why (fresh46 山东税务, ccgp.gov.cn 公开招标公告): ccgp names one lot of a purchase so in its heading and its 项目名称;
the colon was taken for a label's, so the heading was no title and the name was refused by its shape (no title, no
project_name). Every page here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract
from extractors.shapes import refusal


def _page(name: str) -> str:
    return (
        f"## {name}公开招标公告\n2026年08月04日 19:50 来源：\n一、项目基本情况\n项目编号：SD2026-C0074\n"
        f"项目名称：{name}\n预算金额：252.000000 万元（人民币）\n"
    )


def test_lot_named_after_its_mark_is_title_and_project() -> None:
    name = "某省税务2026年基础环境运行保障服务项目2包：技术支持"
    f = extract(_page(name).encode()).to_dict()["fields"]
    assert f["title"] == f"{name}公开招标公告"
    assert f["project_name"] == name


def test_every_lot_mark_keeps_its_colon() -> None:
    for name in (
        "某某设备采购项目包1：检测设备",
        "某某道路工程标段二：监理",
        "某某医疗设备采购A包：超声设备",
    ):
        assert refusal("project_name", name, "label_line") is None, name


def test_guard_a_labels_colon_in_a_name_is_still_refused() -> None:
    assert refusal("project_name", "某某项目采购人：某某局", "label_line") is not None
    assert refusal("project_name", "三、公告媒体及日期：本项目", "label_line") is not None
