"""``pubwatch sources discover`` and ``pubwatch probe`` on the replica's drift scenario, end to end
through the CLI (exit code 1 on drift, JSON naming the moved Epoint category)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pubwatch.cli import app

runner = CliRunner()
ENV = {"COLUMNS": "400", "PUBWATCH_DB_URL": ""}


@pytest.fixture()
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)  # the replica corpus goes to ./var
    return tmp_path


def test_discover_prints_the_moved_epoint_category(in_tmp: Path) -> None:
    calm = runner.invoke(app, ["sources", "discover", "qz_epoint", "--replica"], env=ENV)
    assert calm.exit_code == 0, calm.output
    assert "与登记一致" in calm.output and "已知未监测" in calm.output
    drift = runner.invoke(
        app, ["sources", "discover", "qz_epoint", "--replica", "--drift", "--json"], env=ENV
    )
    assert drift.exit_code == 1, drift.output
    found = json.loads(drift.output)
    assert (found["new"], found["vanished"], found["drift"]) == (["002004005"], ["002004003"], True)


def test_probe_without_database_names_the_move(in_tmp: Path) -> None:
    result = runner.invoke(
        app,
        ["probe", "--sources", "qz_epoint", "--replica", "--drift", "--no-db", "--json"],
        env=ENV,
    )
    assert result.exit_code == 1, result.output
    rows = {r["channel"]: r for r in json.loads(result.output)["channels"]}
    parsed = rows["002004003"]["checks"]["parsed"]
    assert parsed["ok"] is False and parsed["reason"].startswith(
        "moved: the site's structure lists '成交公告' under 002004005"
    )
