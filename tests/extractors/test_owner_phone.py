"""Whose phone is the notice's contact (issue 12, second fresh set): taxonomy.md keeps the owner side's
first 联系电话.  Made-up pages in the contact-block families of several provinces' templates."""

from __future__ import annotations

from extractors import extract


def test_the_owner_blocks_phone_beats_a_project_contact_printed_before_it() -> None:
    # ccgp head: 项目联系方式 (the agency's handler) / 采购人联系方式 / 代理机构联系方式
    page = (
        "<p>某县医院设备采购项目公开招标公告</p><p>项目名称：某县医院设备采购项目</p><p>项目编号：AB-2016-ZC-001</p>"
        "<p>项目联系方式：</p><p>项目联系人：王经理</p><p>项目联系电话：13800000001</p>"
        "<p>采购人联系方式：</p><p>采购人：某县医院</p><p>地址：某县某路1号</p><p>联系方式：李老师13900000002</p>"
        "<p>代理机构联系方式：</p><p>代理机构：某某招标有限公司</p><p>代理机构联系人：王经理13800000001</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert rec.fields["contact_phone"] == "13900000002"


def test_a_project_contact_alone_is_still_read() -> None:
    page = (
        "<h1>某县医院设备采购项目公开招标公告</h1><p>采购人：某县医院</p>"
        "<p>项目联系人：王经理</p><p>项目联系电话：13800000001</p>"
    )
    assert extract(page.encode("utf-8")).fields["contact_phone"] == "13800000001"


def test_a_numbered_agency_block_keeps_its_phone() -> None:
    page = (
        "<h1>某县医院远程会诊系统公开招标公告</h1><p>十二、其他事项：</p>"
        "<p>1.采购人名称：某县医院</p><p>地址：某县某路</p><p>联系人：</p><p>联系电话：</p>"
        "<p>2.采购代理机构名称：某某招投标代理有限公司</p><p>项目联系人：张某</p><p>联系电话：0851-80000000</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert "contact_phone" not in rec.fields


def test_an_agency_with_its_own_address_line_keeps_its_phone() -> None:
    page = (
        "<h1>某水库闸门更新工程中标候选人公示</h1><p>招标人：某区水利局</p>"
        "<p>招标代理人：某某招标咨询有限公司</p><p>办公地址：某区某街1号</p><p>联系人：陈某</p>"
        "<p>联系电话：024-30000000</p>"
    )
    assert "contact_phone" not in extract(page.encode("utf-8")).fields


def test_the_supervisors_block_is_not_the_owners() -> None:
    page = (
        "<h1>某路改扩建工程监理招标公告</h1><p>9.监督部门及电话：某市住建局电话：0597-3000001</p>"
        "<p>某市交通运输局电话：0597-3000002</p><p>10.联系方式</p>"
        "<p>招标人：某某路桥投资建设有限公司；</p><p>地址：某市某路1号；</p><p>电话：15900000003；</p>"
    )
    assert extract(page.encode("utf-8")).fields["contact_phone"] == "15900000003"


def test_a_flat_numbered_list_is_no_agency_block() -> None:
    page = (
        "<h1>某县某所维修工程发包公告</h1><p>11. 发包人：某县公安局</p>"
        "<p>12. 发包代理机构：某某工程咨询有限责任公司</p><p>13. 联系电话：0570-5200000</p>"
    )
    assert extract(page.encode("utf-8")).fields["contact_phone"] == "0570-5200000"
