"""The nightly summary's findings table adds up: its 新增 total is the sum of its rows.

A second ``make run`` of the same night printed 12, 7, 1, 1, 2 new findings by kind and a total of 0 (the
total counted what that run added, the rows what the night added)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from rich.console import Console

from pubwatch import cli
from pubwatch.crawl_runner import CrawlSummary


def _printed(checks: dict, monkeypatch: pytest.MonkeyPatch) -> str:
    console = Console(record=True, width=200, color_system=None)
    monkeypatch.setattr(cli, "console", console)
    cli.print_night(
        SimpleNamespace(
            night=dt.date(2026, 3, 2), crawl=CrawlSummary(sources={}), checks=checks, alerts=None, report=None
        )
    )
    return console.export_text()


def _total_row(out: str) -> list[str]:
    line = [ln for ln in out.splitlines() if "合计 total" in ln][-1]  # the findings table comes last
    return [cell.strip() for cell in line.split("│") if cell.strip()][1:]


def test_a_rerun_of_the_night_totals_the_rows_it_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    checks = {
        "by_kind": {"late_posting": 12, "missing_field": 7},
        "new_by_kind": {"late_posting": 12, "missing_field": 7},
        "open": 19,
        "new": 0,  # this run added nothing: the night ran before
    }
    assert _total_row(_printed(checks, monkeypatch))[-2:] == ["19", "19"]


def test_without_rows_by_kind_the_total_is_the_runs_count(monkeypatch: pytest.MonkeyPatch) -> None:
    checks = {"by_kind": {"late_posting": 3}, "open": 3, "new": 2}
    assert _total_row(_printed(checks, monkeypatch))[-2:] == ["3", "2"]
