"""Parties listed on the line after a lone 当事人 label, each behind a role label."""

from __future__ import annotations

from extractors import extract

PAGE = """<div class="notice-content"><h3>江山市财政局关于某检测服务项目投诉处理结果的公告</h3>
<p>　　1. 项目名称:某检测服务项目</p>
<p>　　3. 相关当事人:</p><p>　　投诉人：江山钱江检测技术有限公司；被投诉人：江山市交通运输局、江山锦程项目管理有限公司</p>
<p>　　4. 投 诉 事 项:投诉人认为评审过程中对其投标文件的评分有误。</p>
<p>　　处理日期：2026年2月20日</p></div>"""


def test_parties_on_the_next_line_are_read_over_their_role_labels() -> None:
    rec = extract(
        PAGE.encode("utf-8"), hint={"domain": "procurement", "notice_type": "procurement.complaint_decision"}
    )
    assert rec.fields["parties"] == [
        "江山钱江检测技术有限公司",
        "江山市交通运输局",
        "江山锦程项目管理有限公司",
    ]


def test_a_lone_label_does_not_swallow_an_ordinary_labelled_line() -> None:
    page = PAGE.replace(
        "投诉人：江山钱江检测技术有限公司；被投诉人：江山市交通运输局、江山锦程项目管理有限公司",
        "联系电话：0570-1234567",
    )
    rec = extract(
        page.encode("utf-8"), hint={"domain": "procurement", "notice_type": "procurement.complaint_decision"}
    )
    assert "parties" not in rec.fields
