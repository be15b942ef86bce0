"""The safety net under 'missing' (extractors/mentioned.py): made-up pages, never real page text."""

from __future__ import annotations

from extractors import extract
from extractors.mentioned import mentioned, stems, strip_generic
from monitor.required import required_detail

_HEAD = "<html><head><title>某某镇某地块国有建设用地使用权挂牌出让公告</title></head><body>"
_TAIL = "</body></html>"


def _page(*paras: str) -> bytes:
    return (_HEAD + "".join(f"<p>{p}</p>" for p in paras) + _TAIL).encode()


_BASE = (
    "<h2>某某镇某地块国有建设用地使用权挂牌出让公告</h2>",
    "经某某县人民政府批准，某某县自然资源局决定以挂牌方式出让一宗国有建设用地使用权。",
    "地块编号：某某2099-01号",
    "出让面积：12345平方米",
    "土地用途：工业用地",
    "出让年限：50年",
    "挂牌起始价：1000万元",
    "容积率：≥1.0",
    "挂牌时间：2099年1月1日至2099年1月11日",
    "联系电话：0570-1234567",
)


def _status(body: bytes, key: str) -> tuple[str, str]:
    rec = extract(body).to_dict()
    assert rec["notice_type"] == "land.transfer_notice"
    return required_detail(rec)[key]


def test_item_mentioned_but_unlabelled_is_a_gap() -> None:
    # the bidder's qualification told under a heading the label table does not know, with the clause after it
    body = _page(*_BASE, "八、竞价者资格要件说明", "凡某某境内的法人均可参加。")
    status, why = _status(body, "qualification")
    assert status == "gap"
    assert "者资格" in why


def test_item_absent_altogether_keeps_its_finding() -> None:
    body = _page(*_BASE)
    assert _status(body, "qualification") == ("missing", "")


def test_near_miss_a_review_of_qualification_states_no_qualification() -> None:
    # '资格审查' is a step of the procedure, not the bidder's qualification: no stem of it
    body = _page(*_BASE, "竞买申请的资格审查由出让人负责。")
    assert _status(body, "qualification") == ("missing", "")


def test_stems_are_distinctive() -> None:
    assert strip_generic("竞买人资格要求") == "资格"  # 竞买, 人, 要求 generic
    assert "资格" not in stems("qualification")  # a bare 资格 is as often a 资格审查
    for key in ("qualification", "agency", "schedule", "amount", "supply_method", "correction_items"):
        for stem in stems(key):
            assert len(stem) >= 2 and stem not in ("时间", "日期", "名称", "项目", "单位", "内容", "方式")
    assert "代理" not in stems("agency")  # two characters, derived: a clause's 代理商 is no agency
    assert not {"更正", "变更"} & set(stems("correction_items"))


def test_mention_evidence_is_the_phrase() -> None:
    got = mentioned("一、概述\n本宗地拐点坐标详见附图。\n", ["coordinates"])
    assert got["coordinates"].startswith("提及「拐点坐标」")
    assert "详见附图" in got["coordinates"]
