"""``pubwatch sources`` shows every channel's evidence; ``--json`` gives it to machines."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pubwatch.cli import app

runner = CliRunner()


def test_sources_json_gives_every_channel_its_evidence_or_none() -> None:
    result = runner.invoke(app, ["sources", "--json"], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)["sources"]
    assert {s["key"] for s in data} >= {"zfcg", "qz_hanweb", "ccgp"} and "jsrender" not in {
        s["key"] for s in data
    }
    for src in data:
        assert src["evidence"] and isinstance(src["verified"], bool)
        for ch in src["channels"]:
            assert ch["evidence"], (src["key"], ch["key"])
            assert ch["verified"] is (ch["evidence"] != "none")
    hanweb = next(s for s in data if s["key"] == "qz_hanweb")
    assert sum(not c["verified"] for c in hanweb["channels"]) == 26


def test_sources_table_marks_unverified() -> None:
    result = runner.invoke(app, ["sources"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    assert "未核实" in result.output and "已核实" in result.output
