"""Round 15b: a winner masked down to '有限公司' and a parcel code with a masked middle are not on the page
(LABELLING 'Masked values: more than a generic word left'; docs/extraction-conventions.md, "Round 15b").
Every page below is made up."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.masked import masked_code, only_org_words

_CONTRACT = (
    "某区政务大厅窗口改革服务项目合同公告\n"
    "一、合同编号：HT-2026-001\n"
    "二、合同名称：某区政务大厅窗口改革服务项目合同\n"
    "三、采购人（甲方）：某区政务服务中心\n"
    "四、供应商（乙方）：{winner}\n"
    "五、合同金额：120000元\n"
)


def test_a_winner_masked_down_to_company_words_is_no_winner() -> None:
    rec = extract(_CONTRACT.format(winner="******有限公司").encode())
    assert rec.notice_type == "procurement.contract"
    assert rec.fields.get("winner") is None


def test_a_winner_with_part_of_its_name_left_is_kept() -> None:
    rec = extract(_CONTRACT.format(winner="岱山******有限公司").encode())
    assert rec.fields.get("winner") == ["岱山******有限公司"]


@pytest.mark.parametrize(("code", "want"), [("2025**B2", None), ("**市CB030407地块", "**市CB030407地块")])
def test_a_parcel_code_masked_inside_is_no_parcel(code: str, want: str | None) -> None:
    page = f"某县国有建设用地使用权挂牌出让公告\n一、出让地块\n地块编号：{code}\n土地用途：工业用地\n出让年限：50年\n"
    rec = extract(page.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.fields.get("parcel_no") == want


def test_the_helpers() -> None:
    assert only_org_words("******有限责任公司") and not only_org_words("某某有限公司")
    assert masked_code("XJL-ZB-**-**") and not masked_code("**县周鹿镇")
