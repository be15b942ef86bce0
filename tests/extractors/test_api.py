"""The public API: extract(), extract_file(), NotAPage, Record.to_dict(), decoding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import NotAPage, Record, extract, extract_file
from extractors.decode import decode_bytes

PAGE = "<div><h2>某某项目招标公告</h2><p>项目编号：ABC-2026-01</p><p>招标人：衢州某某有限公司</p></div>"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"", "空"),
        (b"   \n", "空"),
        (b"%PDF-1.7\n...", "二进制"),
        (b"\x89PNG\r\n\x1a\n....", "二进制"),
        ("只是一段没有标签的文字".encode(), "不是网页"),
        (json.dumps({"data": {"title": "x", "content": "no html here"}}).encode(), "JSON"),
    ],
)
def test_not_a_page(body: bytes, fragment: str) -> None:
    with pytest.raises(NotAPage, match=fragment):
        extract(body)


def test_record_contract() -> None:
    rec = extract(PAGE.encode())
    assert isinstance(rec, Record)
    d = rec.to_dict()
    assert set(d) == {
        "domain",
        "notice_type",
        "fields",
        "provenance",
        "status",
        "warnings",
        "gaps",
        "type_basis",
        "type_provenance",
    }
    # the type rests on the heading '某某项目招标公告' (the page's title) and nothing in the body bears it out
    # (a project number and a party every stage prints): unsure since round 17a, and the record says so
    assert (d["type_basis"], d["type_provenance"]["method"]) == ("unsure", "unsure")
    assert d["type_provenance"]["snippet"] == "某某项目招标公告" and d["warnings"][0].startswith(
        "type_unsure:"
    )
    # a tendering item bears it out: confirmed, with its provenance
    sure = extract(
        PAGE.replace("</div>", "<p>投标截止时间：2026年3月26日9时30分</p></div>").encode()
    ).to_dict()
    assert (sure["type_basis"], sure["type_provenance"]["method"]) == ("title", "title")
    assert not sure["warnings"]
    assert d["fields"]["project_number"] == "ABC-2026-01"
    # each value carries its confidence next to its method and snippet
    assert d["provenance"]["project_number"] == {
        "snippet": "项目编号：ABC-2026-01",
        "method": "label_line",
        "confidence": 0.93,
    }
    assert all(0 < p["confidence"] <= 1 for k, p in d["provenance"].items() if k in d["fields"])
    json.dumps(d, ensure_ascii=False)


def test_hint_wins_over_title() -> None:
    rec = extract(PAGE.encode(), hint={"domain": "construction", "notice_type": "construction.correction"})
    assert rec.notice_type == "construction.correction"


def test_same_bytes_same_record() -> None:
    assert extract(PAGE.encode()).to_dict() == extract(PAGE.encode()).to_dict()


@pytest.mark.parametrize("charset", ["gbk", "gb2312", "gb18030"])
def test_gbk_header_and_meta(charset: str) -> None:
    body = PAGE.encode("gb18030")
    assert "招标人" in decode_bytes(body, {"Content-Type": f"text/html; charset={charset}"})
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'.encode() + body
    assert "招标人" in decode_bytes(meta, None)


def test_latin1_declared_page() -> None:
    assert decode_bytes("café".encode("latin-1"), {"Content-Type": "text/html; charset=ISO-8859-1"}) == "café"


def test_gbk_without_any_declaration_falls_back() -> None:
    assert "招标人" in decode_bytes(PAGE.encode("gbk"), None)


def test_wrong_header_charset_is_not_trusted_blindly() -> None:
    assert "招标人" in decode_bytes(PAGE.encode("utf-8"), {"content-type": "text/html; charset=gbk"})
    assert "招标人" in decode_bytes(
        b"\xef\xbb\xbf" + PAGE.encode("utf-8"), {"content-type": "text/html; charset=gbk"}
    )


def test_longyou_json_payload() -> None:
    body = json.dumps(
        {
            "data": {
                "title": "某某工程开标记录",
                "publishTime": "2026-03-02 10:00:00",
                "content": "<p>开标时间：2026-03-02 10:00:00</p>",
            }
        },
        ensure_ascii=False,
    ).encode()
    rec = extract(body)
    assert rec.fields["title"] == "某某工程开标记录"
    assert rec.fields["publish_date"] == "2026-03-02"
    assert rec.provenance["publish_date"].method == "json"


def test_extract_file(tmp_path: Path) -> None:
    page = tmp_path / "n.html"
    page.write_bytes(PAGE.encode())
    out = extract_file(page, url="https://example/n.html")
    assert out["fields"]["project_number"] == "ABC-2026-01"
    assert out["source"]["url"] == "https://example/n.html"
    bad = tmp_path / "n.pdf"
    bad.write_bytes(b"%PDF-1.4 ...")
    with pytest.raises(NotAPage, match=r"n\.pdf"):
        extract_file(bad)
    with pytest.raises(FileNotFoundError, match="文件不存在"):
        extract_file(tmp_path / "missing.html")


def test_money_mismatch_reaches_warnings() -> None:
    body = (
        "<div><h3>某某采购项目公开招标公告</h3><p>预算金额：壹佰万元整（小写：1200000元）</p></div>".encode()
    )
    rec = extract(body)
    assert rec.fields["budget"] == 1200000
    assert any("大写" in w for w in rec.warnings)


# --- hostile input: bounded work, clear errors, no characters that break storage, XLSX or the terminal --


def test_oversized_body_is_refused_before_parsing(tmp_path: Path) -> None:
    from extractors import MAX_BODY_BYTES, PageTooLarge

    body = b"<html><body>" + b"<p>x</p>" * (MAX_BODY_BYTES // 8) + b"</body></html>"
    with pytest.raises(PageTooLarge, match="页面过大") as info:
        extract(body)
    assert isinstance(info.value, NotAPage)  # the crawler's pipeline keeps the page as not_a_page
    huge = tmp_path / "huge.html"
    with huge.open("wb") as fh:
        fh.truncate(MAX_BODY_BYTES + 1)  # sparse: never read
    with pytest.raises(PageTooLarge, match=r"huge\.html"):
        extract_file(huge)


@pytest.mark.parametrize("payload", ["[" * 50_000 + "]" * 50_000, '{"a":' * 50_000 + "1" + "}" * 50_000])
def test_deeply_nested_json_is_not_a_page(payload: str) -> None:
    with pytest.raises(NotAPage, match="嵌套过深"):
        extract(payload.encode())


def test_control_characters_are_dropped_from_html_json_and_hints() -> None:
    html = extract(
        "<h1>衢州\x01项目\x00中标\x1b公告</h1><p>项目名称：道路\x07工程</p><p>采购人：衢州市财政局</p>".encode()
    )
    assert html.fields["title"] == "衢州项目中标公告" and html.fields["project_name"] == "道路工程"
    payload = json.dumps({"title": "衢州\u0000项目公告", "content": "<p>项目名称：道路\u0000工程</p>"})
    rec = extract(payload.encode(), hint={"title": "列表\u0000标题\u001b[31m"})
    text = json.dumps(rec.to_dict(), ensure_ascii=False)
    assert not any(c in text for c in "\x00\x01\x07\x1b"), text
    assert rec.fields["title"] == "列表标题[31m"


def test_random_bytes_are_not_a_page() -> None:
    """Random bytes used to "extract" as ``ok`` when the decoder found a stray ``<x…>`` in them."""
    import random

    from extractors import NotAPage, extract

    rng = random.Random(13)
    for size in (200, 3000, 20000, 100000):
        for _ in range(5):
            body = bytes(rng.getrandbits(8) for _ in range(size))
            with pytest.raises(NotAPage):
                extract(body)
