"""``pubwatch extract FILE --json``: each item the notice type requires is read, missing or a gap;
plain text input (a text rendering, a JSON record whose content is text) is read like a page."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pubwatch.cli import app

runner = CliRunner()

PAGE = (
    "<h1 class='title'>某某道路工程中标结果公告</h1><p>项目编号：GC-2026-01</p><p>中标人：</p>"
    "<p>中标价：120万元</p><p>衢州市某某建设有限公司</p><p>2026年3月5日</p>"
)


def _run(path: Path) -> dict:
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_required_says_read_missing_or_gap(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    page.write_text(PAGE, encoding="utf-8")
    out = _run(page)
    assert out["notice_type"] == "construction.result"
    # 中标人 is printed without a value: a gap; 投诉渠道 is not printed at all: missing
    assert out["required"] == {"winner": "gap", "complaint_channel": "missing"}
    assert out["gaps"] == {"winner": "中标人"}
    assert out["provenance"]["amount"]["confidence"] > 0.5


def test_text_rendering_and_json_record_with_text_content(tmp_path: Path) -> None:
    text = (
        "衢州市2026年第1期政府储备排污权电子竞价公告\n出让指标名称:化学需氧量\n数量:12.5吨\n报名条件:已取得环评批复的排污单位\n"
        "竞价时间 | 2026年4月30日9时至10时 |\n竞价地点:浙江省排污权交易网\n竞价方式:电子竞价\n传真号码:0570-8300694\n"
        "保证金缴纳方式:银行转账\n报名提供资料:营业执照副本\n"
    )
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    (tmp_path / "r.json").write_text(
        json.dumps({"data": {"title": "x", "content": text}}, ensure_ascii=False), encoding="utf-8"
    )
    for name in ("t.txt", "r.json"):
        out = _run(tmp_path / name)
        assert out["notice_type"] == "emission.transfer_notice", name
        assert out["fields"]["registration_materials"] == "营业执照副本"
        assert out["fields"]["schedule"] == "2026年4月30日9时至10时"
        assert set(out["required"].values()) == {"read"}, out["required"]
