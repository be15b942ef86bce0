"""The public API: extract(), extract_file(), NotAPage, Record.to_dict(), decoding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors import NotAPage, Record, extract, extract_file
from extractors.decode import decode_bytes

PAGE = "<div><h2>某某项目招标公告</h2><p>项目编号：ABC-2026-01</p><p>招标人：衢州某某有限公司</p></div>"


@pytest.mark.parametrize(("body", "fragment"), [
    (b"", "空"),
    (b"   \n", "空"),
    (b"%PDF-1.7\n...", "二进制"),
    (b"\x89PNG\r\n\x1a\n....", "二进制"),
    ("只是一段没有标签的文字".encode(), "不是网页"),
    (json.dumps({"data": {"title": "x", "content": "no html here"}}).encode(), "JSON"),
])
def test_not_a_page(body: bytes, fragment: str) -> None:
    with pytest.raises(NotAPage, match=fragment):
        extract(body)


def test_record_contract() -> None:
    rec = extract(PAGE.encode())
    assert isinstance(rec, Record)
    d = rec.to_dict()
    assert set(d) == {"domain", "notice_type", "fields", "provenance", "status", "warnings"}
    assert d["fields"]["project_number"] == "ABC-2026-01"
    assert d["provenance"]["project_number"] == {"snippet": "项目编号：ABC-2026-01", "method": "label_line"}
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
    assert "招标人" in decode_bytes(b"\xef\xbb\xbf" + PAGE.encode("utf-8"), {"content-type": "text/html; charset=gbk"})


def test_longyou_json_payload() -> None:
    body = json.dumps({"data": {"title": "某某工程开标记录", "publishTime": "2026-03-02 10:00:00",
                                "content": "<p>开标时间：2026-03-02 10:00:00</p>"}}, ensure_ascii=False).encode()
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
    body = "<div><h3>某某采购项目公开招标公告</h3><p>预算金额：壹佰万元整（小写：1200000元）</p></div>".encode()
    rec = extract(body)
    assert rec.fields["budget"] == 1200000
    assert any("大写" in w for w in rec.warnings)
