"""CLI help in Chinese with English, and no reStructuredText markup showing."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from pubwatch.cli import app

runner = CliRunner()
OWN = [
    "run",
    "crawl",
    "check",
    "report",
    "extract",
    "simulate",
    "schedule",
    "status",
    "calendar",
    "evidence",
    "sources",
]


@pytest.mark.parametrize("command", [[], *[[c] for c in OWN]])
def test_help_is_chinese_with_english_and_shows_no_markup(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    text = result.output
    assert re.search(r"[\u4e00-\u9fff]", text) and re.search(r"[A-Za-z]{4,}", text)
    assert "``" not in text and ":func:" not in text and ":class:" not in text
