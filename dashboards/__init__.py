"""Completeness and timeliness dashboards: one offline HTML file plus the same figures as XLSX and CSV.

Public API: ``export_report(engine, out_dir, date_from=None, date_to=None) -> dict`` of the paths written.

``export_report`` is imported on first use (PEP 562): the figures alone (``dashboards.metrics``, which
``reports.assessment`` and so every configuration check reads) then do not load openpyxl and Jinja2.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dashboards.export import export_report

__all__ = ["export_report"]


def __getattr__(name: str) -> Any:
    if name == "export_report":
        from dashboards.export import export_report

        globals()[name] = export_report
        return export_report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
