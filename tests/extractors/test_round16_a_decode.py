"""Round 16a: a text record with a stray inline tag is still text (docs/extraction-conventions.md, "Round 16a").

A crawler's content_text printed a cell a line may keep one rich-text field's tags ('<p>无</p>'); read as HTML,
its lines ran into one paragraph and the title, hence the notice type, was lost. Made-up page."""

from __future__ import annotations

from extractors import extract
from extractors.decode import load

_LINES = [
    "某县某某中学运动场改造工程施工中标候选人公示",
    "（招标编号：AB12345678）",
    "公示开始时间:",
    "2026-01-05 09:00",
    "一、评标情况",
    "排序",
    "中标候选人名称",
    "1",
    "甲乙建设有限公司",
    "2",
    "丙丁建设有限公司",
    "三、其他公示内容",
    "<p>无</p>",
    "四、联系方式",
    "招标人:某县某某中学",
]


def test_a_text_record_with_a_stray_tag_is_read_as_text() -> None:
    body = "\n".join(_LINES).encode("utf-8")
    assert load(body, None).source == "text"
    rec = extract(body).to_dict()
    assert rec["notice_type"] == "construction.candidates"
    assert "<p>" not in rec["fields"].get("title", "")


def test_an_html_fragment_stays_html() -> None:
    body = "<div><p>某某中学运动场改造工程中标候选人公示</p><p>招标人:某中学</p></div>".encode()
    assert load(body, None).source != "text"
